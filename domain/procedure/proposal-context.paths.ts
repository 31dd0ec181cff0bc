/**
 * The data paths rules, askIf conditions and reason templates may read from the proposal context, kept
 * in step with the types by `satisfies` (adding a field to PersonFacts without listing it here fails
 * to compile). Answers are checked separately against the catalogue's question ids.
 */
import type { PersonFacts, ProposalContext } from './proposal-context';

/** 'leaf': a value; an object: its fields; { '[]': schema }: an array of such elements; { '*': schema }: any key. */
export type PathSchema = 'leaf' | { readonly [field: string]: PathSchema };

const insuranceSchema = {
  kokuho: 'leaf',
  koki: 'leaf',
  employee: 'leaf',
  kaigo: 'leaf',
  nenkin: 'leaf',
} as const satisfies Record<keyof PersonFacts['insurance'], PathSchema>;

const allowanceSchema = {
  jidoTeate: 'leaf',
  kodomoIryo: 'leaf',
  jidoFuyoTeate: 'leaf',
  hitorioyaIryo: 'leaf',
  tokubetsuJidoFuyoTeate: 'leaf',
  shogaiTecho: 'leaf',
} as const satisfies Record<keyof PersonFacts['allowances'], PathSchema>;

const list = { '[]': 'leaf', length: 'leaf' } as const;

export const personSchema = {
  personId: 'leaf',
  name: 'leaf',
  age: 'leaf',
  ageMonths: 'leaf',
  sex: 'leaf',
  relationship: 'leaf',
  isHouseholdHead: 'leaf',
  concerned: 'leaf',
  applicant: 'leaf',
  roles: list,
  rolesIn: { '*': list },
  concernedIn: list,
  registered: 'leaf',
  insurance: insuranceSchema,
  allowances: allowanceSchema,
  sealRegistered: 'leaf',
  hasMyNumberCard: 'leaf',
  nationality: 'leaf',
  foreign: 'leaf',
  residenceStatus: 'leaf',
  previousAddress: 'leaf',
  previousAddressInPrefecture: 'leaf',
  movedOn: 'leaf',
} as const satisfies Record<keyof PersonFacts, PathSchema>;

export const householdSchema = {
  size: 'leaf',
  children: 'leaf',
  under16: 'leaf',
  under19: 'leaf',
  over64: 'leaf',
  over74: 'leaf',
  remainingAfter: 'leaf',
} as const satisfies Record<keyof ProposalContext['household'], PathSchema>;

/** The context without answers (those are the catalogue's questions). */
export const contextSchema: PathSchema = {
  lifeEvents: { '[]': 'leaf', length: 'leaf' },
  household: householdSchema,
  persons: { '[]': personSchema, length: 'leaf' },
  participants: { '*': { '*': list } },
  person: personSchema,
};

function step(schema: PathSchema, segment: string): PathSchema | undefined {
  if (schema === 'leaf') return undefined;
  const key = /^\d+$/.test(segment) && Object.hasOwn(schema, '[]') ? '[]' : segment;
  if (segment === '[]' || segment === '*') return undefined;
  if (Object.hasOwn(schema, key)) return schema[key];
  return Object.hasOwn(schema, '*') ? schema['*'] : undefined;
}

function resolve(schema: PathSchema, path: string): PathSchema | undefined {
  if (path === '') return schema;
  let current: PathSchema | undefined = schema;
  for (const segment of path.split('.')) {
    if (current === undefined) return undefined;
    current = step(current, segment);
  }
  return current;
}

/** Whether a dot path exists in a schema ('persons.0.age' reads an element; '' is the whole). */
export function pathExists(schema: PathSchema, path: string): boolean {
  return resolve(schema, path) !== undefined;
}

/** Whether a dot path ends on a value (a placeholder must render a value, not an object). */
export function pathIsLeaf(schema: PathSchema, path: string): boolean {
  return resolve(schema, path) === 'leaf';
}
