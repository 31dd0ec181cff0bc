/** Constructors of field definitions (the JSON shape of domain/form/form-template.types.ts FieldDefinition). */

export const PHONE = { pattern: '^0\\d{1,4}-?\\d{1,4}-?\\d{3,4}$', patternMessage: '電話番号は0から始まる数字で、ハイフン（-）で区切って入力してください（例: 0198-24-2111）' };
export const POSTAL = { pattern: '^\\d{3}-?\\d{4}$', patternMessage: '郵便番号は7桁の数字で入力してください（例: 025-8601）' };
export const ACCOUNT = { pattern: '^\\d{7}$', patternMessage: '口座番号は7桁の数字で入力してください（7桁に満たないときは前に0を付けます）' };

export const text = (id, label, extra = {}) => ({ id, label, type: 'text', required: false, ...extra });
export const kana = (id, label, extra = {}) => ({ id, label, type: 'kana', required: false, ...extra });
export const date = (id, label, extra = {}) => ({ id, label, type: 'date', required: false, ...extra });
export const number = (id, label, extra = {}) => ({ id, label, type: 'number', required: false, ...extra });
export const multiline = (id, label, extra = {}) => ({ id, label, type: 'multiline', required: false, ...extra });
export const checkbox = (id, label, extra = {}) => ({ id, label, type: 'checkbox', required: false, ...extra });
export const phone = (id, label, extra = {}) => ({ id, label, type: 'phone', required: false, ...PHONE, ...extra });
/** A choice field: `choices` as [value, label] pairs. */
export const choice = (id, label, choices, extra = {}) => ({ id, label, type: 'choice', required: false, choices: choices.map(([value, choiceLabel]) => ({ value, label: choiceLabel })), ...extra });
