export const FormTokens = {
  renderer: Symbol.for('madoguchi.form.FormRenderer'),
  lookup: Symbol.for('madoguchi.form.FormTemplatesLookup'),
  manageTemplates: Symbol.for('madoguchi.form.ManageFormTemplatesHandler'),
  seedTemplates: Symbol.for('madoguchi.form.SeedFormTemplatesHandler'),
  seedData: Symbol.for('madoguchi.form.SeedData'),
  runner: Symbol.for('madoguchi.form.VisitFormsRunner'),
  fill: Symbol.for('madoguchi.form.FillVisitFormsHandler'),
  complete: Symbol.for('madoguchi.form.CompleteFormsHandler'),
  render: Symbol.for('madoguchi.form.RenderVisitFormsHandler'),
  preview: Symbol.for('madoguchi.form.PreviewTemplateHandler'),
  query: Symbol.for('madoguchi.form.VisitFormsQuery'),
} as const;
