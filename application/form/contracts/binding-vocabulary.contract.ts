/**
 * The words a template's bindings may use (roots, the keys of each root, filters) and the kind of value
 * each gives, for the designer's binding picker. The one source is the domain's vocabulary
 * (domain/form/binding-vocabulary.ts), which template validation checks every binding against; this
 * contract publishes it under its own types, so the designer never imports the domain.
 */
import * as vocabulary from '../../../domain/form/binding-vocabulary';
import * as roleVocabulary from '../../../domain/shared/participant-role';

/** What a value is, so that a filter can be checked against what it receives. */
export type BindingValueKind = 'text' | 'date' | 'sex' | 'number' | 'boolean' | 'list' | 'any';

export type BindingRootShape =
  /** One person: `applicant.name` */
  | { readonly shape: 'person' }
  /** A list of persons: `concerned[0].name` */
  | { readonly shape: 'person-list' }
  /** The first person playing a part in the form's life event: `role.husband.name` */
  | { readonly shape: 'role' }
  /** Everyone playing a part: `roles.child[0].name` */
  | { readonly shape: 'role-list' }
  /** A record with fixed keys: `visit.date` */
  | { readonly shape: 'record'; readonly keys: Readonly<Record<string, BindingValueKind>> }
  /** Interview answers: `answers.<questionId>`, optionally `[n]` into a multi-choice answer. */
  | { readonly shape: 'answers' }
  /** A value on its own: `today` */
  | { readonly shape: 'value'; readonly kind: BindingValueKind };

export type BindingRootSpec = BindingRootShape & { readonly label: string };

export interface BindingFilterSpec {
  /** Kinds the filter accepts ('any' accepts everything). */
  readonly accepts: readonly BindingValueKind[];
  /** Kind of the result. */
  readonly gives: BindingValueKind;
  readonly label: string;
}

/** The parts a person may play in a life event, for `role.<part>` and `roles.<part>[n]`. */
export const participantRoleLabels: Readonly<Record<string, string>> = roleVocabulary.participantRoleLabels;

/** The keys of a person (and `age`: 満年齢 on the day the form is filled). */
export const personKeys: Readonly<Record<string, BindingValueKind>> = vocabulary.personKeys;

export const bindingRoots: Readonly<Record<string, BindingRootSpec>> = vocabulary.bindingRoots;

/** The filters by name; binding-filters.contract.ts applies them. */
export const bindingFilters: Readonly<Record<string, BindingFilterSpec>> = vocabulary.bindingFilters;

export const bindingValueKindLabels: Readonly<Record<BindingValueKind, string>> = vocabulary.bindingValueKindLabels;

/** Whether a filter takes a value of this kind (`any`, an answer, fits every filter). */
export const filterAccepts: (filter: BindingFilterSpec, kind: BindingValueKind) => boolean = vocabulary.filterAccepts;
