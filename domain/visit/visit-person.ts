import type { PersonFacts } from '../procedure';

/** Where what we know about a person came from. */
export type PersonSource = 'register' | 'card' | 'pre-entry' | 'manual';

/**
 * A person concerned by the visit: the applicant (来庁者) and the household members the life event is
 * about or that the rules must see. A snapshot taken when added; the register stays the source of truth.
 */
export interface VisitPerson {
  readonly personId: string;
  readonly source: PersonSource;
  /** 宛名番号 when known from the register. */
  readonly atenaNumber: string | null;
  readonly householdNumber: string | null;
  readonly name: string;
  readonly nameKana: string;
  /** ISO date */
  readonly birthDate: string;
  readonly sex: 'male' | 'female' | 'unspecified';
  /** 続柄 */
  readonly relationship: string;
  readonly isHouseholdHead: boolean;
  /** One line: 〒, 住所, 方書 */
  readonly address: string;
  /** The one who came to the counter (来庁者). */
  readonly applicant: boolean;
  /** The life event is about this person (moves, is born, died, marries ...). */
  readonly concerned: boolean;
  readonly facts: Pick<PersonFacts, 'insurance' | 'allowances' | 'sealRegistered' | 'hasMyNumberCard' | 'registered'>;
}
