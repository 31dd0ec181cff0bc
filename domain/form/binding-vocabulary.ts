/**
 * The words a binding may use: its roots, the keys of each root and the filters, with the kind of value
 * each gives. `validateBinding` checks against it; the designer UI lists it; docs/contexts/form.md
 * documents it.
 */

/** What a value is, so that a filter can be checked against what it receives. */
export type BindingValueKind = 'text' | 'date' | 'sex' | 'number' | 'boolean' | 'list' | 'any';

/** The keys of a person (PersonData, plus `age`: 満年齢 on `today`). */
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
  newAddressLine: 'text',
  newKatagaki: 'text',
  atenaNumber: 'text',
  previousAddress: 'text',
  movedOn: 'date',
  nationality: 'text',
  residenceStatus: 'text',
  relationToNotifier: 'text',
  notifierCapacity: 'text',
  age: 'number',
};

export type BindingRootShape =
  /** One person: `applicant.name` */
  | { readonly shape: 'person' }
  /** A list of persons: `concerned[0].name` */
  | { readonly shape: 'person-list' }
  /** The first person playing a part in the form's life event: `role.husband.name` */
  | { readonly shape: 'role' }
  /** Everyone playing a part: `roles.child[0].name` */
  | { readonly shape: 'role-list' }
  /** A record with fixed keys: `visit.date` */
  | { readonly shape: 'record'; readonly keys: Readonly<Record<string, BindingValueKind>> }
  /** Interview answers: `answers.<questionId>`, optionally `[n]` into a multi-choice answer. */
  | { readonly shape: 'answers' }
  /** A value on its own: `today` */
  | { readonly shape: 'value'; readonly kind: BindingValueKind };

export const bindingRoots: Readonly<Record<string, BindingRootShape & { readonly label: string }>> = {
  applicant: { shape: 'person', label: '来庁者（届出人・申請者）' },
  person: { shape: 'person', label: 'この様式の対象者（1人ごとの様式）' },
  concerned: { shape: 'person-list', label: '手続きの対象者（一覧）' },
  head: { shape: 'person', label: '世帯主' },
  household: { shape: 'person-list', label: '世帯員（一覧）' },
  children: { shape: 'person-list', label: '世帯の児童（18歳の年度末まで、年長順）' },
  role: { shape: 'role', label: 'この様式の出来事で役割のある方（夫・妻・父・母・届出人 …）' },
  roles: { shape: 'role-list', label: '役割のある方（一覧: 子 …）' },
  visit: { shape: 'record', keys: { date: 'date', ticketNumber: 'text', lifeEvents: 'list', lifeEventId: 'text' }, label: '来庁' },
  answers: { shape: 'answers', label: '聞き取りの回答' },
  staff: { shape: 'record', keys: { name: 'text', department: 'text' }, label: '窓口の担当者' },
  office: { shape: 'record', keys: { name: 'text', address: 'text', phone: 'text' }, label: '庁舎' },
  city: { shape: 'record', keys: { name: 'text', mayor: 'text' }, label: '市' },
  today: { shape: 'value', kind: 'date', label: '記入日' },
};

export interface BindingFilterSpec {
  /** Kinds the filter accepts ('any' accepts everything). */
  readonly accepts: readonly BindingValueKind[];
  /** Kind of the result. */
  readonly gives: BindingValueKind;
  readonly label: string;
}

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

/** Whether a filter takes a value of this kind (`any`, an answer, fits every filter). */
export function filterAccepts(filter: BindingFilterSpec, kind: BindingValueKind): boolean {
  return kind === 'any' || filter.accepts.includes(kind);
}

export const bindingValueKindLabels: Readonly<Record<BindingValueKind, string>> = {
  text: '文字',
  date: '日付',
  sex: '性別',
  number: '数値',
  boolean: 'はい・いいえ',
  list: '一覧',
  any: '回答',
};
