/**
 * What the base systems say about a person's insurance and benefits: the register's record carries it,
 * and the proposal rules read it. One definition for both.
 */
export interface InsuranceStatus {
  /** 国民健康保険 */
  readonly kokuho: boolean;
  /** 後期高齢者医療 */
  readonly koki: boolean;
  /** 被用者保険 (社会保険, 共済): employee insurance */
  readonly employee: boolean;
  /** 介護保険: 'none' | 'insured' (65+ or 40-64 with need) | '要支援1'...'要介護5' */
  readonly kaigo: string;
  /** 国民年金 種別: '1号' | '2号' | '3号' | null */
  readonly nenkin: string | null;
}

export interface AllowanceStatus {
  /** 児童手当 受給 (as recipient) */
  readonly jidoTeate: boolean;
  /** 子ども医療費助成 受給者証 */
  readonly kodomoIryo: boolean;
  /** 児童扶養手当 */
  readonly jidoFuyoTeate: boolean;
  /** ひとり親家庭医療費助成 */
  readonly hitorioyaIryo: boolean;
  /** 特別児童扶養手当 */
  readonly tokubetsuJidoFuyoTeate: boolean;
  /** 障害者手帳 */
  readonly shogaiTecho: boolean;
}
