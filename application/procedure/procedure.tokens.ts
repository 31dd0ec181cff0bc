export const ProcedureTokens = {
  catalogueQueries: Symbol.for('madoguchi.procedure.CatalogueQueries'),
  seedCatalogue: Symbol.for('madoguchi.procedure.SeedCatalogueHandler'),
  saveCatalogueEntry: Symbol.for('madoguchi.procedure.SaveCatalogueEntryHandler'),
  /** The city folder's catalogue (seed data). */
  seedData: Symbol.for('madoguchi.procedure.SeedData'),
} as const;
