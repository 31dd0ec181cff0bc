import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type FieldDefinition, type FormTemplateContent, parseBinding, validateFormTemplate } from '../../../domain/form';

const cityDir = join(__dirname, '../../../infrastructure/city/cities/hanamaki');
const formsDir = join(cityDir, 'forms');
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

const files = readdirSync(formsDir).filter((name) => name.endsWith('.json')).sort();
const templates = files.map((name) => ({ file: name, template: readJson<FormTemplateContent>(join(formsDir, name)) }));
const procedures = readJson<Array<{ id: string; formIds: string[] }>>(join(cityDir, 'catalogue/procedures.json'));
const lifeEvents = readJson<Array<{ questions: Array<{ id: string }> }>>(join(cityDir, 'catalogue/life-events.json'));

/**
 * Field ids used by several templates on purpose with different labels or types. Empty: every shared id
 * means one item. Add an entry (id → why) only for a deliberate exception.
 */
const deliberateExceptions: Readonly<Record<string, string>> = {};

describe('Hanamaki form templates', () => {
  it('has at least 55 templates, each in a file named after its id', () => {
    expect(templates.length).toBeGreaterThanOrEqual(55);
    expect(templates.filter(({ file, template }) => file !== `${template.id}.json`).map(({ file }) => file)).toEqual([]);
  });

  it.each(templates.map(({ template }) => [template.id, template] as const))('%s is valid', (_id, template) => {
    expect(validateFormTemplate(template)).toEqual([]);
  });

  it('has a template for every form a procedure names', () => {
    const known = new Set(templates.map(({ template }) => template.id));
    const missing = procedures.flatMap((procedure) => procedure.formIds.filter((id) => !known.has(id)).map((id) => `${procedure.id} → ${id}`));
    expect(missing).toEqual([]);
  });

  it('gives a shared field id one label, one type and one binding in every template', () => {
    const seen = new Map<string, { field: FieldDefinition; templateId: string }>();
    const conflicts: string[] = [];
    for (const { template } of templates) {
      for (const field of template.fields) {
        const first = seen.get(field.id);
        if (!first) {
          seen.set(field.id, { field, templateId: template.id });
          continue;
        }
        if (field.id in deliberateExceptions) continue;
        for (const key of ['label', 'type', 'binding'] as const) {
          if (first.field[key] !== field[key]) conflicts.push(`${field.id}.${key}: ${first.templateId} "${first.field[key]}" / ${template.id} "${field[key]}"`);
        }
      }
    }
    expect(conflicts).toEqual([]);
  });

  it('reads only interview answers the catalogue asks', () => {
    const questionIds = new Set(lifeEvents.flatMap((event) => event.questions.map((question) => question.id)));
    const unknown = templates.flatMap(({ template }) =>
      template.fields
        .filter((field) => field.binding && parseBinding(field.binding).root === 'answers')
        .filter((field) => !questionIds.has(String(parseBinding(field.binding!).path[0])))
        .map((field) => `${template.id}.${field.id}: ${field.binding}`),
    );
    expect(unknown).toEqual([]);
  });

  it('gives every signature field a signature box and asks for 届出人 data by binding, not by hand', () => {
    const unsigned = templates.filter(({ template }) => !template.fields.some((field) => field.type === 'signature')).map(({ template }) => template.id);
    // Forms without a resident signature: notices the office issues.
    expect(unsigned).toEqual(['tennyugaku-tsuchisho']);
    const unbound = templates.flatMap(({ template }) => template.fields.filter((field) => /^(applicant|person|head)_(name|birth_date|address)$/.test(field.id) && !field.binding).map((field) => `${template.id}.${field.id}`));
    expect(unbound).toEqual([]);
  });
});
