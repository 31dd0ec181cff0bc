import { isParticipantRole, participantRoles } from '../shared/participant-role';
import { BindingError } from './binding.errors';
import { type ParsedBinding, parseBinding } from './binding-syntax';
import {
  bindingFilters,
  bindingRoots,
  type BindingValueKind,
  bindingValueKindLabels,
  filterAccepts,
  personKeys,
} from './binding-vocabulary';

export interface BindingAnalysis {
  /** Japanese, one per problem; empty when the binding is valid. */
  readonly problems: readonly string[];
  /** The kind of value the binding gives after its filters (null when it has problems). */
  readonly kind: BindingValueKind | null;
}

const list = (words: Iterable<string>): string => [...words].join('、');

type Step = string | number;

function describe(step: Step): string {
  return typeof step === 'number' ? `[${step}]` : `.${step}`;
}

/** The kind the path leads to, or the problems on the way. */
function pathKind(parsed: ParsedBinding): { kind: BindingValueKind | null; problems: string[] } {
  const { root, path } = parsed;
  const spec = bindingRoots[root];
  if (!spec) return { kind: null, problems: [`「${root}」というデータはありません（使えるもの: ${list(Object.keys(bindingRoots))}）`] };
  const rest = (steps: readonly Step[], what: string): string[] =>
    steps.length === 0 ? [] : [`「${what}」の後に「${steps.map(describe).join('')}」は続けられません`];
  const keyOf = (step: Step | undefined, keys: Readonly<Record<string, BindingValueKind>>, what: string): { kind: BindingValueKind | null; problems: string[] } => {
    if (step === undefined) return { kind: null, problems: [`「${what}」の項目を指定してください（${list(Object.keys(keys))}）`] };
    if (typeof step === 'number') return { kind: null, problems: [`「${what}」は一覧ではないため [${step}] は使えません`] };
    const kind = keys[step];
    return kind ? { kind, problems: [] } : { kind: null, problems: [`「${what}」に「${step}」という項目はありません（使えるもの: ${list(Object.keys(keys))}）`] };
  };

  switch (spec.shape) {
    case 'value':
      return { kind: spec.kind, problems: path.length > 0 ? [`「${root}」には項目も番号も付けられません`] : [] };
    case 'person': {
      const found = keyOf(path[0], personKeys, root);
      return found.kind ? { kind: found.kind, problems: rest(path.slice(1), `${root}.${String(path[0])}`) } : found;
    }
    case 'person-list': {
      const index = path[0];
      if (typeof index !== 'number') return { kind: null, problems: [`「${root}」は一覧です。${root}[0].name のように番号を付けてください`] };
      const found = keyOf(path[1], personKeys, `${root}[${index}]`);
      return found.kind ? { kind: found.kind, problems: rest(path.slice(2), `${root}[${index}].${String(path[1])}`) } : found;
    }
    case 'role':
    case 'role-list': {
      const [role, ...after] = path;
      if (typeof role !== 'string' || !isParticipantRole(role)) {
        return { kind: null, problems: [`「${root}」には役割を付けてください（使えるもの: ${list(participantRoles)}）`] };
      }
      if (spec.shape === 'role') {
        const found = keyOf(after[0], personKeys, `${root}.${role}`);
        return found.kind ? { kind: found.kind, problems: rest(after.slice(1), `${root}.${role}.${String(after[0])}`) } : found;
      }
      const index = after[0];
      if (typeof index !== 'number') return { kind: null, problems: [`「${root}.${role}」は一覧です。${root}.${role}[0].name のように番号を付けてください`] };
      const found = keyOf(after[1], personKeys, `${root}.${role}[${index}]`);
      return found.kind ? { kind: found.kind, problems: rest(after.slice(2), `${root}.${role}[${index}].${String(after[1])}`) } : found;
    }
    case 'record': {
      const found = keyOf(path[0], spec.keys, root);
      if (!found.kind) return found;
      const [, next, ...more] = path;
      if (found.kind === 'list' && typeof next === 'number') return { kind: 'text', problems: rest(more, `${root}.${String(path[0])}[${next}]`) };
      return { kind: found.kind, problems: rest(path.slice(1), `${root}.${String(path[0])}`) };
    }
    case 'answers': {
      const [question, next, ...more] = path;
      if (typeof question !== 'string') return { kind: null, problems: ['「answers」には質問のIDを付けてください（例: answers.moved_from）'] };
      if (typeof next === 'number') return { kind: 'any', problems: rest(more, `answers.${question}[${next}]`) };
      return { kind: 'any', problems: rest(path.slice(1), `answers.${question}`) };
    }
  }
}

/** Checks a binding against the vocabulary: syntax, root, keys, indexes and each filter's input. */
export function analyseBinding(binding: string): BindingAnalysis {
  let parsed: ParsedBinding;
  try {
    parsed = parseBinding(binding);
  } catch (error) {
    if (error instanceof BindingError) return { problems: [error.message], kind: null };
    throw error;
  }
  const found = pathKind(parsed);
  const problems = [...found.problems];
  let kind = found.kind;
  for (const name of parsed.filters) {
    const filter = bindingFilters[name];
    if (!filter) {
      problems.push(`「${name}」という書式はありません（使えるもの: ${list(Object.keys(bindingFilters))}）`);
      kind = null;
    } else if (kind && !filterAccepts(filter, kind)) {
      problems.push(`書式「${name}」は${bindingValueKindLabels[kind]}には使えません（${filter.accepts.map((k) => bindingValueKindLabels[k]).join('・')}に使います）`);
      kind = null;
    } else if (kind) {
      kind = filter.gives;
    }
  }
  return { problems, kind: problems.length === 0 ? kind : null };
}

/** The problems of a binding, in Japanese; empty when it is valid. */
export function validateBinding(binding: string): string[] {
  return [...analyseBinding(binding).problems];
}
