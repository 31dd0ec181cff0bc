import { missingItems } from './missing-items';
import { aField, aForm, phone } from './visit-forms.fixture';

describe('missingItems', () => {
  it('puts required items first and keeps the strictest length of a shared item', () => {
    const items = missingItems([
      aForm({ fields: [phone({ maxLength: 20 }), aField({ id: 'move_date', label: '異動日', value: null, source: 'empty' })] }),
      aForm({ formId: 'f-2', fields: [phone({ maxLength: 15, required: true })] }),
    ]);

    expect(items.map((item) => [item.id, item.required, item.maxLength, item.usedIn.length])).toEqual([
      ['applicant_phone', true, 15, 2],
      ['move_date', true, 40, 1],
    ]);
  });

  it('leaves out what is known or entered, and voided forms', () => {
    expect(missingItems([aForm({ fields: [aField(), phone({ source: 'entered', value: '0198-24-2111' })] }), aForm({ voided: true, fields: [phone()] })])).toEqual([]);
  });
});
