import type { ResidentAddress, ResidentRecord } from './resident-record';

/**
 * What the resident endpoints answer (GET /api/residents, GET /api/residents/:atenaNumber). Plain types:
 * the Angular app imports them with `import type`.
 */

/** One search hit: who the person is and where they live, without insurance or allowance details. */
export interface ResidentSummaryDto {
  readonly atenaNumber: string;
  readonly householdNumber: string;
  /** 氏名 as registered (may carry characters outside JIS X 0208 or an IVS); family and given name separated by a full-width space. */
  readonly name: string;
  /** 氏名 with such characters replaced, for fonts and systems without them. */
  readonly nameFallback: string;
  /** Full-width katakana, family and given name separated by a full-width space. */
  readonly nameKana: string;
  readonly nameKanaConfirmed: boolean;
  /** ISO date (YYYY-MM-DD); screens show the Japanese era. */
  readonly birthDate: string;
  readonly sex: ResidentRecord['sex'];
  /** 続柄 */
  readonly relationship: string;
  readonly isHouseholdHead: boolean;
  readonly address: ResidentAddress;
  /** 住民, 転出 (moved out) or 死亡 (deceased). */
  readonly status: ResidentRecord['status'];
}

/** GET /api/residents */
export interface ResidentSearchResultDto {
  /** Where the data comes from, shown on screen: '住民記録（シミュレーション）'. */
  readonly source: string;
  readonly results: readonly ResidentSummaryDto[];
}

/** GET /api/residents/:atenaNumber */
export interface ResidentDetailDto {
  readonly source: string;
  /** The full record (insurance, allowances, 本籍 ...). */
  readonly resident: ResidentRecord;
  /** The current members of the household (住民 only), head first; the resident is among them while a 住民. */
  readonly household: readonly ResidentSummaryDto[];
}
