import type { FieldDefinition } from '@madoguchi/application/form/contracts/form-template.contract';

/**
 * Items most forms ask for, ready to add: the same ids as the city's other forms, so a clerk who enters one
 * at a visit (the phone number) has it in every form (項目IDが同じ項目は、来庁ごとに一度の入力で済みます).
 */
export const fieldPresets: readonly FieldDefinition[] = [
  { id: 'submitted_on', label: '届出日', type: 'text', required: true, binding: 'today|era' },
  { id: 'applicant_name', label: '氏名', type: 'text', required: true, maxLength: 40, binding: 'applicant.name' },
  { id: 'applicant_kana', label: 'フリガナ', type: 'kana', required: false, maxLength: 60, binding: 'applicant.nameKana|katakana' },
  { id: 'applicant_birth_date', label: '生年月日', type: 'date', required: false, binding: 'applicant.birthDate' },
  { id: 'applicant_address', label: '住所', type: 'text', required: true, maxLength: 120, binding: 'applicant.address' },
  {
    id: 'applicant_phone',
    label: '電話番号',
    type: 'phone',
    required: false,
    pattern: '^0\\d{1,4}-?\\d{1,4}-?\\d{3,4}$',
    patternMessage: '電話番号は0から始まる数字で、ハイフン（-）で区切って入力してください（例: 0198-24-2111）',
    help: '日中に連絡のつく番号（携帯電話で可）',
  },
  { id: 'applicant_signature', label: '署名', type: 'signature', required: true, help: '窓口のタッチパネルに署名してください' },
];

export const fieldTypeLabels: Readonly<Record<FieldDefinition['type'], string>> = {
  text: '文字',
  multiline: '複数行の文字',
  kana: 'フリガナ（カタカナ）',
  date: '日付（印刷は和暦）',
  number: '数値',
  phone: '電話番号',
  'postal-code': '郵便番号',
  choice: '選択肢',
  checkbox: 'チェックボックス（はい・いいえ）',
  signature: '署名（タッチパネル）',
};

export const elementKindLabels = {
  text: 'テキスト',
  field: '項目',
  rect: '枠',
  line: '線',
  check: 'チェック',
  signature: '署名',
  qr: 'QR',
} as const;
