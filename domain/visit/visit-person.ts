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
  /** One line: 〒, 住所, 方書 (for screens; forms print `details`' parts each in its box). */
  readonly address: string;
  readonly details: PersonDetails;
  /** The one who came to the counter (来庁者). */
  readonly applicant: boolean;
  /** The life event is about this person (moves, is born, died, marries ...). */
  readonly concerned: boolean;
  readonly facts: Pick<PersonFacts, 'insurance' | 'allowances' | 'sealRegistered' | 'hasMyNumberCard' | 'registered'>;
}

/** What a person's forms need beyond the register's one line, entered once and read by every form. */
export interface PersonDetails {
  /** 〒 as 025-8601, empty when not known. */
  readonly postalCode: string;
  /** The address without 方書: 岩手県花巻市花城町9番30号. */
  readonly addressLine: string;
  /** 方書 (building and room), empty when none. */
  readonly katagaki: string;
  /** 前住所 (moving in: where from; in the register: the previous address it holds); null when not known. */
  readonly previousAddress: string | null;
  /** 異動日: the day the person moved (転入・転居・転出の日), ISO; null when not known. */
  readonly movedOn: string | null;
  /** 国籍・地域 of a foreign resident; null for a Japanese national. */
  readonly nationality: string | null;
  /** 在留資格 of a foreign resident; null otherwise. */
  readonly residenceStatus: string | null;
}

/** The one line screens show: 〒, the address, 方書. */
export function oneLineAddress(details: Pick<PersonDetails, 'postalCode' | 'addressLine' | 'katagaki'>): string {
  return [details.postalCode ? `〒${details.postalCode}` : '', details.addressLine, details.katagaki].filter((part) => part !== '').join(' ');
}
