/** What the walk reads back over the clerk's own session (the reads the screen makes): never counted as effort. */
import type { Page } from 'playwright-core';

/** The ids of the required items (signatures aside) still empty on the forms of 市民登録課's procedures (read over the page's session). */
export async function ownMissing(page: Page, visitId: string): Promise<string[]> {
  const { forms, ownProcedureNames } = await visitForms(page, visitId);
  const ids = forms.filter((form) => !form.voided && form.procedureNames.some((name) => ownProcedureNames.includes(name))).flatMap((form) => form.fields.filter((field) => field.required && field.source === 'empty' && field.type !== 'signature').map((field) => field.id));
  return [...new Set(ids)];
}

export interface FormRead {
  readonly formId: string;
  readonly templateId: string;
  readonly name: string;
  readonly personName: string | null;
  readonly procedureNames: readonly string[];
  readonly missingRequired: readonly string[];
  readonly voided: boolean;
  readonly fields: ReadonlyArray<{ readonly id: string; readonly type: string; readonly required: boolean; readonly source: string; readonly value: string | boolean | null }>;
}

/** The visit's forms and the names of 市民登録課's procedures on its checklist, as the clerk's session reads them. */
export async function visitForms(page: Page, visitId: string): Promise<{ forms: FormRead[]; ownProcedureNames: string[] }> {
  return page.evaluate(async (id) => {
    const get = async (path: string) => {
      const response = await fetch(path);
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      return response.json();
    };
    const forms = (await get(`/api/visits/${id}/forms`)) as { forms: FormRead[] };
    const workspace = (await get(`/api/visits/${id}`)) as { checklist: Array<{ departmentId: string; name: string; dropped: boolean }> };
    const ownProcedureNames = workspace.checklist.filter((item) => item.departmentId === 'shimin-toroku' && !item.dropped).map((item) => item.name);
    return { forms: forms.forms, ownProcedureNames };
  }, visitId);
}
