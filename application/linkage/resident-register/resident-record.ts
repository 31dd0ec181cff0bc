import type { AllowanceStatus, InsuranceStatus } from '../../../domain/shared';

/**
 * One resident as the resident register (住民記録システム) knows them, following the national standard's
 * items. The simulated register (infrastructure/linkage/simulated-register) and later the real linkage
 * return this shape.
 */
export interface ResidentAddress {
  readonly postalCode: string;
  /** 岩手県花巻市 */
  readonly city: string;
  /** 町名・字, e.g. 花城町 */
  readonly town: string;
  /** 番地, e.g. 9番30号 or 第2地割21番地 */
  readonly banchi: string;
  /** 方書 (building, room), may be empty */
  readonly katagaki: string;
}

export interface ResidentRecord {
  /** 宛名番号: digits with a modulus-11 check digit (weights 2..7) at the end. */
  readonly atenaNumber: string;
  /** 世帯番号: digits with a modulus-11 check digit. */
  readonly householdNumber: string;
  /** 氏名 exactly as registered (Unicode, may carry IVS). */
  readonly name: string;
  /** 氏名 with characters outside JIS X 0208 replaced (外字の代替). */
  readonly nameFallback: string;
  /** 氏名フリガナ (full-width katakana, space between family and given name) */
  readonly nameKana: string;
  /** Whether the reading was confirmed with the person (フリガナ確認済). */
  readonly nameKanaConfirmed: boolean;
  readonly formerSurname: string | null;
  /** ISO date YYYY-MM-DD (Gregorian; screens show the era). */
  readonly birthDate: string;
  readonly sex: 'male' | 'female' | 'unspecified';
  /** 続柄 from the standard list (世帯主, 妻, 子, 父, 母, 子の妻 ...). */
  readonly relationship: string;
  readonly isHouseholdHead: boolean;
  readonly address: ResidentAddress;
  /** 住所を定めた年月日 */
  readonly addressSince: string;
  /** 転入前住所 (free text), null if born here */
  readonly previousAddress: string | null;
  /** 本籍 and 筆頭者 */
  readonly honseki: string;
  readonly hittosha: string;
  readonly insurance: InsuranceStatus;
  readonly allowances: AllowanceStatus;
  readonly sealRegistered: boolean;
  readonly hasMyNumberCard: boolean;
  /** 抑止 (DV・ストーカー等の支援措置): never show, print or reveal this record to the unentitled. */
  readonly suppressed: boolean;
  /** 住民 (resident), 転出 (moved out), 死亡 (deceased) */
  readonly status: '住民' | '転出' | '死亡';
}

export interface ResidentSearchQuery {
  /** Kanji name or part of it (spaces ignored). */
  readonly name?: string;
  /** Katakana or hiragana reading, or part of it (normalised to katakana, spaces ignored). */
  readonly kana?: string;
  /** ISO date */
  readonly birthDate?: string;
  /** Part of the address (town, banchi, katagaki); digits may be full- or half-width. */
  readonly address?: string;
  readonly atenaNumber?: string;
  readonly limit?: number;
}
