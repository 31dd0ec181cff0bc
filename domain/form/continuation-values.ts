import { resolveBinding } from './binding';
import type { BindingValue } from './binding-filters';
import { formatBinding, parseBinding } from './binding-syntax';
import { continuationKey, rowFieldsOf, sheetsFor } from './continuation-sheets';
import type { FormDataContext } from './form-data-context';
import type { FormTemplateContent } from './form-template.types';

/**
 * The rows of the 続紙 of a form being filled: for every list that has more persons than the template's
 * rows, each row field's binding moved on to the next persons (`concerned[0].name` on sheet 2 of a six-row
 * table reads `concerned[6].name`), kept under `<fieldId>@<sheet>`. Empty values are left out; an empty
 * object when everybody fits on the template's own rows.
 */
export function continuationValues(template: FormTemplateContent, context: FormDataContext): Record<string, BindingValue> {
  const values: Record<string, BindingValue> = {};
  const bindings = new Map(template.fields.map((field) => [field.id, field.binding]));
  for (const rule of template.continuations ?? []) {
    const sheets = sheetsFor(context[rule.list].length, rule.rowsPerSheet);
    const rows = rowFieldsOf(template, rule);
    for (let sheet = 2; sheet <= sheets; sheet++) {
      for (const { fieldId, row } of rows) {
        const parsed = parseBinding(bindings.get(fieldId)!);
        const moved = formatBinding({ ...parsed, path: [row + (sheet - 1) * rule.rowsPerSheet, ...parsed.path.slice(1)] });
        const value = resolveBinding(moved, context);
        if (value !== null && value !== '') values[continuationKey(fieldId, sheet)] = value;
      }
    }
  }
  return values;
}
