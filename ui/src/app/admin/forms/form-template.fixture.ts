import type { FormTemplateContent } from '@madoguchi/application/form/contracts/form-template.contract';

/** Test data: a small template as the designer edits it (used by specs only). */
export function aTemplate(extra: Partial<FormTemplateContent> = {}): FormTemplateContent {
  return {
    id: 'test-todoke',
    name: 'テスト届',
    category: 'テスト',
    description: '',
    paper: { size: 'A4', orientation: 'portrait' },
    perPerson: false,
    fields: [{ id: 'applicant_name', label: '氏名', type: 'text', required: true, binding: 'applicant.name' }],
    pages: [
      {
        elements: [
          { kind: 'text', box: { x: 30, y: 12, width: 150, height: 12 }, text: 'テスト届', size: 18, align: 'center' },
          { kind: 'field', box: { x: 40, y: 40, width: 100, height: 10 }, fieldId: 'applicant_name' },
          { kind: 'line', from: { x: 20, y: 60 }, to: { x: 120, y: 60 } },
          { kind: 'qr', box: { x: 182, y: 8, width: 18, height: 18 } },
        ],
      },
    ],
    ...extra,
  };
}
