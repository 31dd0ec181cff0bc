import type { PersonFacts, PersonInput } from '../../../domain/procedure';

/** Overrides for one person; insurance and allowances may be given in part. */
export type PersonOverrides = Partial<Omit<PersonInput, 'insurance' | 'allowances'>> & {
  readonly insurance?: Partial<PersonFacts['insurance']>;
  readonly allowances?: Partial<PersonFacts['allowances']>;
};

let sequence = 0;

/**
 * A resident for proposal tests: by default a registered adult, not concerned, with no insurance,
 * allowance, seal or card. Give only what the scenario is about.
 */
export function aPerson(overrides: PersonOverrides = {}): PersonInput {
  sequence += 1;
  const age = overrides.age ?? 40;
  const { insurance, allowances, ...rest } = overrides;
  return {
    personId: `p-${sequence}`,
    name: `花巻 住民${sequence}`,
    age,
    ageMonths: age * 12,
    sex: 'unspecified',
    relationship: '世帯主',
    isHouseholdHead: false,
    concerned: false,
    applicant: false,
    registered: true,
    nationality: null,
    foreign: false,
    residenceStatus: null,
    previousAddress: null,
    previousAddressInPrefecture: null,
    movedOn: null,
    sealRegistered: false,
    hasMyNumberCard: false,
    ...rest,
    insurance: { kokuho: false, koki: false, employee: false, kaigo: 'none', nenkin: null, ...insurance },
    allowances: {
      jidoTeate: false,
      kodomoIryo: false,
      jidoFuyoTeate: false,
      hitorioyaIryo: false,
      tokubetsuJidoFuyoTeate: false,
      shogaiTecho: false,
      ...allowances,
    },
  };
}

/** A person as a rule sees them, with no parts in any life event (for tests of the pieces after the context is built). */
export function factsOf(person: PersonInput): PersonFacts {
  return { ...person, roles: [], rolesIn: {}, concernedIn: [] };
}
