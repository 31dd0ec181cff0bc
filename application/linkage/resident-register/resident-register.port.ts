import type { ResidentRecord, ResidentSearchQuery } from './resident-record';

/**
 * The resident register (住民記録) behind the Linkage context. Today a simulation with synthetic
 * residents (clearly named so); the real base-system linkage implements the same port later.
 */
export interface ResidentRegister {
  /** Human-readable name of the source, shown on screens: '住民記録（シミュレーション）'. */
  readonly sourceName: string;
  /** Suppressed (抑止) records are never returned by search. */
  search(query: ResidentSearchQuery): Promise<ResidentRecord[]>;
  /** undefined for an unknown number, and for a suppressed record. */
  byAtenaNumber(atenaNumber: string): Promise<ResidentRecord | undefined>;
  /** Every current member of the household, head first; suppressed members left out. */
  household(householdNumber: string): Promise<ResidentRecord[]>;
}
