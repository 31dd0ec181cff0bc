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

  /** Fields a template places on its pages (as a value). */
  const placedFields = (template: FormTemplateContent) => {
    const placed = new Set(template.pages.flatMap((page) => page.elements.flatMap((element) => (element.kind === 'field' ? [element.fieldId] : []))));
    return template.fields.filter((field) => placed.has(field.id));
  };

  it('continues every list of persons on 続紙: a template that prints a second row of a list declares how it continues', () => {
    const lists = ['concerned', 'household', 'children'] as const;
    const undeclared = templates.flatMap(({ template }) =>
      lists
        .filter((list) => placedFields(template).some((field) => field.binding && parseBinding(field.binding).root === list && parseBinding(field.binding).path[0] === 1))
        .filter((list) => !(template.continuations ?? []).some((rule) => rule.list === list))
        .map((list) => `${template.id}: ${list}`),
    );
    expect(undeclared).toEqual([]);
    const continued = templates.flatMap(({ template }) => (template.continuations ?? []).map((rule) => `${template.id}: ${rule.list} ×${rule.rowsPerSheet}`));
    expect(continued).toEqual(expect.arrayContaining(['jumin-ido-todoke: concerned ×6', 'kokuho-shikaku-todoke: concerned ×5', 'jido-teate-nintei-seikyu: children ×4']));
  });

  /** Forms whose address is still one line: their generator files are being changed elsewhere (koseki.mjs). */
  const oneLineAddressPending = ['kaso-kyoka-shinsei', 'shibo-todoke', 'shussei-todoke'];

  it('prints a person\'s address as the address line and the 方書 on a line of its own', () => {
    const oneLine = templates.flatMap(({ template }) =>
      placedFields(template)
        .filter((field) => field.binding && /^(applicant|person|head|concerned|household|children)$/.test(parseBinding(field.binding).root) && parseBinding(field.binding).path.at(-1) === 'address')
        .map((field) => `${template.id}.${field.id}`),
    );
    expect(oneLine.filter((entry) => !oneLineAddressPending.includes(entry.split('.')[0]!))).toEqual([]);
    for (const { template } of templates) {
      const bound = new Set(placedFields(template).map((field) => field.binding));
      for (const root of ['applicant', 'person', 'head', 'concerned[0]']) {
        if (bound.has(`${root}.addressLine`)) expect([template.id, root, bound.has(`${root}.katagaki`)]).toEqual([template.id, root, true]);
      }
    }
  });

  it('has an empty 12-box 個人番号 where the official form asks for it', () => {
    const withBox = new Set(
      templates
        .filter(({ template }) => template.pages.some((page) => page.elements.some((element) => element.kind === 'field' && element.comb === 12 && /_individual_number$/.test(element.fieldId))))
        .map(({ template }) => template.id),
    );
    for (const id of ['jumin-ido-todoke', 'kokuho-shikaku-todoke', 'jido-teate-nintei-seikyu', 'jido-fuyo-teate-nintei-seikyu', 'tokubetsu-jido-fuyo-teate-nintei-seikyu', 'koki-shikaku-todoke', 'kaigo-shikaku-todoke', 'kaigo-nintei-shinsei', 'kokumin-nenkin-hihokensha-todoke', 'kokumin-nenkin-menjo-shinsei']) {
      expect([id, withBox.has(id)]).toEqual([id, true]);
    }
    const numberFields = templates.flatMap(({ template }) => template.fields.filter((field) => field.id.endsWith('_individual_number')));
    expect(numberFields.filter((field) => field.binding !== undefined || field.pattern !== '^\\d{12}$')).toEqual([]);
  });
});
