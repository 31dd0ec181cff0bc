import type { ProposedProcedure } from './checklist';
import type { VisitPerson } from './visit-person';

/**
 * Parts of Visit event payloads, frozen as they are stored (version 1). They look like the aggregate's own
 * types today but are their own: the state may change shape, a stored event never does (a new shape is a
 * new schema version with an upcaster in application/visit/visit-events.reader.ts).
 */

export type PersonSourceV1 = 'register' | 'card' | 'pre-entry' | 'manual';
export type ProcedureStatusV1 = 'not_started' | 'in_progress' | 'done' | 'not_needed';

export interface InsuranceV1 {
  readonly kokuho: boolean;
  readonly koki: boolean;
  readonly employee: boolean;
  readonly kaigo: string;
  readonly nenkin: string | null;
}

export interface AllowancesV1 {
  readonly jidoTeate: boolean;
  readonly kodomoIryo: boolean;
  readonly jidoFuyoTeate: boolean;
  readonly hitorioyaIryo: boolean;
  readonly tokubetsuJidoFuyoTeate: boolean;
  readonly shogaiTecho: boolean;
}

/** A person as PersonAddedToVisit v1 carries them: a snapshot taken when added. */
export interface VisitPersonV1 {
  readonly personId: string;
  readonly source: PersonSourceV1;
  readonly atenaNumber: string | null;
  readonly householdNumber: string | null;
  readonly name: string;
  readonly nameKana: string;
  /** ISO date */
  readonly birthDate: string;
  readonly sex: 'male' | 'female' | 'unspecified';
  readonly relationship: string;
  readonly isHouseholdHead: boolean;
  readonly address: string;
  readonly applicant: boolean;
  readonly concerned: boolean;
  readonly facts: {
    readonly insurance: InsuranceV1;
    readonly allowances: AllowancesV1;
    readonly sealRegistered: boolean;
    readonly hasMyNumberCard: boolean;
    readonly registered: boolean;
  };
}

export interface PersonDetailsV1 {
  readonly postalCode: string;
  readonly addressLine: string;
  readonly katagaki: string;
  readonly previousAddress: string | null;
  /** ISO date */
  readonly movedOn: string | null;
  readonly nationality: string | null;
  readonly residenceStatus: string | null;
}

/** A person as PersonAddedToVisit v2 carries them: v1 and the details each form box needs. */
export interface VisitPersonV2 extends VisitPersonV1 {
  readonly details: PersonDetailsV1;
}

/**
 * A v1 person's details, from the one line v1 stored ('〒025-0075 岩手県花巻市花城町9番30号 方書'): the
 * postal code comes apart; 方書 cannot be told from the address in a line typed by hand, so it stays in it.
 */
export function detailsFromV1Address(address: string): PersonDetailsV1 {
  const match = /^〒\s*(\d{3}-?\d{4})\s*(.*)$/u.exec(address.trim());
  return {
    postalCode: match?.[1] ?? '',
    addressLine: (match?.[2] ?? address).trim(),
    katagaki: '',
    previousAddress: null,
    movedOn: null,
    nationality: null,
    residenceStatus: null,
  };
}

/** A procedure as ProceduresProposed v1 and ProcedureAddedByHand v1 carry it. */
export interface ProposedProcedureV1 {
  readonly procedureId: string;
  readonly departmentId: string;
  readonly personIds: readonly string[];
  readonly reasons: readonly string[];
  readonly ruleIds: readonly string[];
}

/** The person as the event records them, field by field (nothing of the state leaks into the event). */
export function personPayload(person: VisitPerson): VisitPersonV2 {
  const { facts, details } = person;
  return {
    personId: person.personId,
    source: person.source,
    atenaNumber: person.atenaNumber,
    householdNumber: person.householdNumber,
    name: person.name,
    nameKana: person.nameKana,
    birthDate: person.birthDate,
    sex: person.sex,
    relationship: person.relationship,
    isHouseholdHead: person.isHouseholdHead,
    address: person.address,
    applicant: person.applicant,
    concerned: person.concerned,
    facts: {
      insurance: { ...facts.insurance },
      allowances: { ...facts.allowances },
      sealRegistered: facts.sealRegistered,
      hasMyNumberCard: facts.hasMyNumberCard,
      registered: facts.registered,
    },
    details: {
      postalCode: details.postalCode,
      addressLine: details.addressLine,
      katagaki: details.katagaki,
      previousAddress: details.previousAddress,
      movedOn: details.movedOn,
      nationality: details.nationality,
      residenceStatus: details.residenceStatus,
    },
  };
}

/** The person of the state, from what the event recorded. */
export function personFromPayload(person: VisitPersonV2): VisitPerson {
  return {
    ...person,
    facts: { ...person.facts, insurance: { ...person.facts.insurance }, allowances: { ...person.facts.allowances } },
    details: { ...person.details },
  };
}

export function procedurePayload(procedure: ProposedProcedure): ProposedProcedureV1 {
  return {
    procedureId: procedure.procedureId,
    departmentId: procedure.departmentId,
    personIds: [...procedure.personIds],
    reasons: [...procedure.reasons],
    ruleIds: [...procedure.ruleIds],
  };
}

export function procedureFromPayload(procedure: ProposedProcedureV1): ProposedProcedure {
  return { ...procedure };
}
