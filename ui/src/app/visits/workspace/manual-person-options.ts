/** Choices of the 「住民記録にない方を追加」 form, in the words staff use with residents. */

export const relationshipSuggestions = [
  '世帯主', '妻', '夫', '子', '父', '母', '子の妻', '子の夫', '妻の父', '妻の母', '夫の父', '夫の母', '兄', '姉', '弟', '妹', '同居人', '縁故者',
] as const;

export type HealthInsurance = 'employee' | 'kokuho' | 'koki' | 'none';

export const healthInsuranceChoices: ReadonlyArray<{ readonly value: HealthInsurance; readonly label: string }> = [
  { value: 'employee', label: '勤め先の健康保険（社会保険・共済組合など）に入っている／入り続ける' },
  { value: 'kokuho', label: '花巻市の国民健康保険に入っている' },
  { value: 'koki', label: '後期高齢者医療（75歳以上）に入っている' },
  { value: 'none', label: 'どれにも入っていない（前の市町村の国保・退職・自営業になった など）' },
];

export const kaigoChoices: ReadonlyArray<{ readonly value: string; readonly label: string }> = [
  { value: 'none', label: '対象ではない（40歳未満）' },
  { value: 'insured', label: '加入している（要介護認定なし）' },
  ...['要支援1', '要支援2', '要介護1', '要介護2', '要介護3', '要介護4', '要介護5'].map((value) => ({ value, label: `認定あり：${value}` })),
];

export type Nenkin = '1' | '2' | '3' | 'none';

export const nenkinChoices: ReadonlyArray<{ readonly value: Nenkin; readonly label: string }> = [
  { value: '1', label: '第1号（自営業・学生・無職など）' },
  { value: '2', label: '第2号（会社員・公務員）' },
  { value: '3', label: '第3号（会社員・公務員に扶養される配偶者）' },
  { value: 'none', label: '該当なし・わからない' },
];

/** ひらがな → カタカナ, half-width spaces → full-width: フリガナ as the register writes it. */
export function toKatakana(text: string): string {
  return text
    .trim()
    .replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60))
    .replace(/ +/g, '\u3000');
}

export function isKatakana(text: string): boolean {
  return /^[\u30a0-\u30ff\u3000]+$/.test(text);
}

/** Age in whole years on `today` (both YYYY-MM-DD). */
export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

export type Allowance = 'jidoTeate' | 'kodomoIryo' | 'jidoFuyoTeate' | 'hitorioyaIryo' | 'tokubetsuJidoFuyoTeate' | 'shogaiTecho';

/** 受けている手当・持っている手帳: what a person typed by hand may already receive. */
export const allowanceChoices: ReadonlyArray<{ readonly value: Allowance; readonly label: string }> = [
  { value: 'jidoTeate', label: '児童手当を受けている' },
  { value: 'kodomoIryo', label: '子ども医療費助成の受給者証がある' },
  { value: 'jidoFuyoTeate', label: '児童扶養手当を受けている' },
  { value: 'hitorioyaIryo', label: 'ひとり親家庭医療費助成の受給者証がある' },
  { value: 'tokubetsuJidoFuyoTeate', label: '特別児童扶養手当を受けている' },
  { value: 'shogaiTecho', label: '障害者手帳を持っている' },
];

const female = new Set(['妻', '母', '姉', '妹', '子の妻', '妻の母', '夫の母', '妻（未届）']);
const male = new Set(['夫', '父', '兄', '弟', '子の夫', '妻の父', '夫の父', '夫（未届）']);

/** The sex a 続柄 tells (妻 → 女, 父 → 男); null when it does not (世帯主, 子). */
export function sexOfRelationship(relationship: string): 'male' | 'female' | null {
  return female.has(relationship.trim()) ? 'female' : male.has(relationship.trim()) ? 'male' : null;
}

/** 〒 as 025-0075 (digits typed without the hyphen get it). */
export function postalCode(text: string): string {
  const digits = text.replace(/[^0-9０-９]/g, '').replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  return digits.length === 7 ? `${digits.slice(0, 3)}-${digits.slice(3)}` : text.trim();
}

/** The family name before the first space (花巻 太郎 → 花巻), '' when there is none. */
export function surnameOf(name: string): string {
  const match = /^(\S+)[\s\u3000]+\S/u.exec(name.trim());
  return match?.[1] ?? '';
}

/**
 * What the next member of a household starts with, from the one just registered: the surname and its
 * reading (with the space after them), the address, 方書, 前の住所, 異動日, the health insurance and
 * whether they live abroad (the nationality too).
 */
export function sharedWithHousehold(previous: {
  readonly name: string;
  readonly nameKana: string;
  readonly postalCode: string;
  readonly address: string;
  readonly katagaki: string;
  readonly previousAddress: string;
  readonly movedOn: string;
  readonly health: HealthInsurance;
  readonly foreign: boolean;
  readonly nationality: string;
  readonly concerned: boolean;
}) {
  const surname = surnameOf(previous.name);
  const kana = surnameOf(toKatakana(previous.nameKana));
  return {
    name: surname === '' ? '' : `${surname} `,
    nameKana: kana === '' ? '' : `${kana}\u3000`,
    postalCode: postalCode(previous.postalCode),
    address: previous.address,
    katagaki: previous.katagaki,
    previousAddress: previous.previousAddress,
    movedOn: previous.movedOn,
    health: previous.health === 'koki' ? ('none' as HealthInsurance) : previous.health,
    foreign: previous.foreign,
    nationality: previous.nationality,
    concerned: previous.concerned,
  };
}
