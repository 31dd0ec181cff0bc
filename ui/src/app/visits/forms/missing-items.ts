import type { FormFieldDto, VisitFormDto } from '@madoguchi/application/form/read-models/visit-forms.dto';

/** Where a missing item is used: the form, and for whom when the form is per person. */
export interface MissingItemUse {
  readonly formId: string;
  readonly formName: string;
  readonly personName: string | null;
}

/** One item still empty, asked once for the whole visit however many forms use it. */
export interface MissingItem {
  readonly id: string;
  readonly label: string;
  readonly type: string;
  /** Required on at least one of the forms. */
  readonly required: boolean;
  readonly maxLength: number | null;
  readonly choices: FormFieldDto['choices'];
  readonly help: string | null;
  readonly usedIn: readonly MissingItemUse[];
}

/**
 * The empty items of the live forms, grouped by field id (the same id in several forms is the same item):
 * required ones first, each in the order the forms list it.
 */
export function missingItems(forms: readonly VisitFormDto[]): MissingItem[] {
  const items = new Map<string, MissingItem>();
  for (const form of forms) {
    if (form.voided) continue;
    for (const field of form.fields) {
      if (field.source !== 'empty') continue;
      const use: MissingItemUse = { formId: form.formId, formName: form.name, personName: form.personName };
      const known = items.get(field.id);
      items.set(
        field.id,
        known
          ? {
              ...known,
              required: known.required || field.required,
              maxLength: smaller(known.maxLength, field.maxLength),
              help: known.help ?? field.help,
              usedIn: [...known.usedIn, use],
            }
          : {
              id: field.id,
              label: field.label,
              type: field.type,
              required: field.required,
              maxLength: field.maxLength,
              choices: field.choices,
              help: field.help,
              usedIn: [use],
            },
      );
    }
  }
  const all = [...items.values()];
  return [...all.filter((item) => item.required), ...all.filter((item) => !item.required)];
}

/** 住民異動届（花巻 太郎さん）、印鑑登録申請書 */
export function usedInText(item: MissingItem): string {
  return item.usedIn.map((use) => (use.personName ? `${use.formName}（${use.personName}さん）` : use.formName)).join('、');
}

function smaller(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}
