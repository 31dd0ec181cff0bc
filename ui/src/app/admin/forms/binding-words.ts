import type { BindingFilterSpec, BindingRootShape, BindingValueKind } from '@madoguchi/domain/form/binding-vocabulary';

/**
 * The words a binding may use, for the designer's picker: the same lists as the server's
 * `domain/form/binding-vocabulary.ts` (values cannot be imported into the UI bundle; a spec keeps the two equal),
 * with the Japanese names the picker shows.
 */
export const personKeys: Readonly<Record<string, BindingValueKind>> = {
  name: 'text',
  nameKana: 'text',
  birthDate: 'date',
  sex: 'sex',
  relationship: 'text',
  address: 'text',
  postalCode: 'text',
  addressLine: 'text',
  katagaki: 'text',
  registeredAddress: 'text',
  newAddress: 'text',
  atenaNumber: 'text',
  age: 'number',
};

export const bindingRoots: Readonly<Record<string, BindingRootShape & { readonly label: string }>> = {
  applicant: { shape: 'person', label: '来庁者（届出人・申請者）' },
  person: { shape: 'person', label: 'この様式の対象者（1人ごとの様式）' },
  concerned: { shape: 'person-list', label: '手続きの対象者（一覧）' },
  head: { shape: 'person', label: '世帯主' },
  household: { shape: 'person-list', label: '世帯員（一覧）' },
  visit: { shape: 'record', keys: { date: 'date', ticketNumber: 'text', lifeEvents: 'list' }, label: '来庁' },
  answers: { shape: 'answers', label: '聞き取りの回答' },
  staff: { shape: 'record', keys: { name: 'text', department: 'text' }, label: '窓口の担当者' },
  office: { shape: 'record', keys: { name: 'text', address: 'text', phone: 'text' }, label: '庁舎' },
  city: { shape: 'record', keys: { name: 'text', mayor: 'text' }, label: '市' },
  today: { shape: 'value', kind: 'date', label: '記入日' },
};

export const bindingFilters: Readonly<Record<string, BindingFilterSpec>> = {
  era: { accepts: ['date'], gives: 'text', label: '和暦（令和8年11月24日）' },
  eraShort: { accepts: ['date'], gives: 'text', label: '和暦の略記（R8.11.24）' },
  eraYear: { accepts: ['date'], gives: 'text', label: '和暦の年（令和8年）' },
  age: { accepts: ['date'], gives: 'number', label: '満年齢（記入日現在）' },
  katakana: { accepts: ['text'], gives: 'text', label: 'ひらがなをカタカナに' },
  fullwidth: { accepts: ['text', 'number'], gives: 'text', label: '英数字を全角に' },
  sexLabel: { accepts: ['sex'], gives: 'text', label: '性別（男・女）' },
  yesNo: { accepts: ['boolean'], gives: 'text', label: 'はい・いいえ' },
  first: { accepts: ['text'], gives: 'text', label: '1行目だけ' },
};

/** What each key means, in the words of the counter. */
export const keyLabels: Readonly<Record<string, string>> = {
  name: '氏名',
  nameKana: 'フリガナ',
  birthDate: '生年月日',
  sex: '性別',
  relationship: '続柄',
  address: '住所（方書まで）',
  postalCode: '郵便番号',
  addressLine: '住所（方書を除く）',
  katagaki: '方書（建物名・部屋番号）',
  registeredAddress: '住民記録の住所（転居・転出では前の住所）',
  newAddress: '窓口で聞いた新しい住所（市外からの転入）',
  atenaNumber: '宛名番号',
  age: '年齢',
  date: '来庁日',
  ticketNumber: '受付番号',
  lifeEvents: 'ライフイベント',
  department: '課',
  phone: '電話番号',
  mayor: '市長名',
};

/** Whether a filter takes a value of this kind (an answer, `any`, fits every filter). */
export function filterAccepts(filter: BindingFilterSpec, kind: BindingValueKind): boolean {
  return kind === 'any' || filter.accepts.includes(kind);
}

/** The keys one may pick after a root (none for answers, which take a question id, and for `today`). */
export function keysOf(root: string): Readonly<Record<string, BindingValueKind>> {
  const spec = bindingRoots[root];
  if (!spec) return {};
  switch (spec.shape) {
    case 'person':
    case 'person-list':
      return personKeys;
    case 'record':
      return spec.keys;
    default:
      return {};
  }
}
