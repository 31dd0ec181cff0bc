import type { ParticipantRole } from '../shared/participant-role';

/**
 * What a form's bindings read: everything known about a visit when its forms are filled. Built by the
 * application from the visit (persons, answers), the staff member and the office; the domain only reads it.
 * Dates are ISO (YYYY-MM-DD): the template chooses how to print them (`|era`, `|eraShort`, ...).
 */

export type Sex = 'male' | 'female' | 'unspecified';

/** One person as a form prints them (from the register, the My Number card, the pre-entry or the clerk). */
export interface PersonData {
  readonly name: string;
  /** フリガナ (katakana or hiragana as recorded; `|katakana` prints katakana). */
  readonly nameKana: string;
  readonly birthDate: string;
  readonly sex: Sex;
  /** 続柄 as the resident register writes it (世帯主, 妻, 子, 子の妻 ...). */
  readonly relationship: string;
  /** The full address on one line, 方書 included: 岩手県花巻市花城町9番30号 花城アパート201号. */
  readonly address: string;
  /** 〒 as 025-8601. */
  readonly postalCode: string;
  /** The address without 方書: 岩手県花巻市花城町9番30号. */
  readonly addressLine: string;
  /** The address the register holds (the address before a 転居 or 転出); empty for someone not in the register. */
  readonly registeredAddress: string;
  /** The new address heard at the counter for someone moving in from outside; empty for someone in the register. */
  readonly newAddress: string;
  /** newAddress without 方書 (empty for someone in the register). */
  readonly newAddressLine: string;
  /** The 方書 of newAddress (empty for someone in the register or when none). */
  readonly newKatagaki: string;
  /** 方書 (building and room), empty when none. */
  readonly katagaki: string;
  /** 宛名番号 of the base systems; null for someone not (yet) in the register. */
  readonly atenaNumber: string | null;
  /** 前の住所: the register's address for a resident (before a 転居・転出), where they came from for someone moving in; empty when not known. */
  readonly previousAddress: string;
  /** 異動日 (ISO), empty when not known. */
  readonly movedOn: string;
  /** 国籍・地域, empty for a Japanese national. */
  readonly nationality: string;
  /** 在留資格, empty when none. */
  readonly residenceStatus: string;
  /**
   * 届出人との関係: this person seen from the form's 届出人 (本人, 妻, 子, 父 ...), derived per form; empty
   * when the two 続柄 do not tell it.
   */
  readonly relationToNotifier: string;
  /** 届出人と対象者の関係 as the forms' choice writes it: 'self' (本人), 'household' (同じ世帯の方), '' when not known. */
  readonly notifierCapacity: string;
}

export interface FormDataContext {
  /** 来庁者: the person at the counter (届出人 / 申請者). */
  readonly applicant: PersonData | null;
  /** The form's own person when the template is per person (one form each); null otherwise. */
  readonly person: PersonData | null;
  /** The persons the procedure is for, in household order. */
  readonly concerned: readonly PersonData[];
  /** 世帯主 */
  readonly head: PersonData | null;
  /** Who plays which part in the form's life event (夫, 妻, 父, 母, 子, 届出人 ...), in household order. */
  readonly roles: Readonly<Partial<Record<ParticipantRole, readonly PersonData[]>>>;
  /** Everyone known in the household, in register order. */
  readonly household: readonly PersonData[];
  /** The children of the household (児童: up to the March 31 after turning 18), oldest first. */
  readonly children: readonly PersonData[];
  readonly visit: {
    readonly date: string;
    /** 受付番号 (null when the visit has none). */
    readonly ticketNumber: string | null;
    /** Names of the chosen life events (転入, 出生 ...). */
    readonly lifeEvents: readonly string[];
    /** The id of the form's own (first) life event: tennyu, tenkyo … (a 住民異動届's 届出の種類). */
    readonly lifeEventId?: string | null;
  };
  /** Interview answers by question id (as the catalogue defines them). */
  readonly answers: Readonly<Record<string, unknown>>;
  readonly staff: { readonly name: string; readonly department: string };
  readonly office: { readonly name: string; readonly address: string; readonly phone: string };
  readonly city: { readonly name: string; readonly mayor: string };
  /** The day the form is filled, in the city's time zone (counts 満年齢). */
  readonly today: string;
}
