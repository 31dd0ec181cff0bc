import { bindingRoots, type BindingValueKind, personKeys } from '@madoguchi/application/form/contracts/binding-vocabulary.contract';

/**
 * The words a binding may use, for the designer's picker: the server's own vocabulary (published by
 * `application/form/contracts/binding-vocabulary.contract.ts`) with the Japanese names the picker shows.
 */
export { bindingFilters, bindingRoots, filterAccepts, personKeys } from '@madoguchi/application/form/contracts/binding-vocabulary.contract';

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
  newAddressLine: '新しい住所（方書を除く）',
  newKatagaki: '新しい住所の方書',
  atenaNumber: '宛名番号',
  previousAddress: '前の住所（転入は転入前、住民は住民記録の住所）',
  movedOn: '異動日',
  nationality: '国籍・地域',
  residenceStatus: '在留資格',
  relationToNotifier: '届出人との関係（本人・妻・子 …）',
  notifierCapacity: '届出人と対象者の関係（本人・同じ世帯）',
  age: '年齢',
  date: '来庁日',
  ticketNumber: '受付番号',
  lifeEvents: 'ライフイベント',
  lifeEventId: 'この様式のライフイベントのID（tennyu など）',
  department: '課',
  phone: '電話番号',
  mayor: '市長名',
};

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
