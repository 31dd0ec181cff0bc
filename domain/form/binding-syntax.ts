import { BindingError } from './binding.errors';

/**
 * A binding as written: `<root>(.<key> | [<n>])* (| <filter>)*`, for example
 * `concerned[0].birthDate|era` → `{ root: 'concerned', path: [0, 'birthDate'], filters: ['era'] }`.
 * Spaces are allowed around `|` and at both ends, nowhere else.
 */
export interface ParsedBinding {
  readonly root: string;
  /** Keys (text) and list indexes (numbers) after the root, in order. */
  readonly path: ReadonlyArray<string | number>;
  readonly filters: readonly string[];
}

const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_]*/y;
const INDEX = /\[(\d+)\]/y;
const PIPE = /\s*\|\s*/y;

function syntaxError(binding: string, position: number, what: string): BindingError {
  const shown = binding.length > 60 ? `${binding.slice(0, 60)}…` : binding;
  return new BindingError('FORM.BINDING_SYNTAX', binding, `データの指定「${shown}」の${position + 1}文字目: ${what}`, position);
}

function readAt(pattern: RegExp, text: string, position: number): RegExpExecArray | null {
  pattern.lastIndex = position;
  return pattern.exec(text);
}

/** Parses a binding; throws `BindingError` (`FORM.BINDING_SYNTAX`) naming the place of the first mistake. */
export function parseBinding(binding: string): ParsedBinding {
  if (typeof binding !== 'string' || binding.trim() === '') {
    throw new BindingError('FORM.BINDING_SYNTAX', String(binding ?? ''), 'データの指定が空です（例: applicant.name）', 0);
  }
  const text = binding.trimEnd();
  let position = text.length - text.trimStart().length;

  const root = readAt(IDENTIFIER, text, position);
  if (!root) throw syntaxError(binding, position, 'データの名前（applicant、visit など）で始めてください');
  position += root[0].length;

  const path: Array<string | number> = [];
  while (position < text.length && (text[position] === '.' || text[position] === '[')) {
    if (text[position] === '.') {
      const key = readAt(IDENTIFIER, text, position + 1);
      if (!key) throw syntaxError(binding, position + 1, '「.」の後に項目の名前（英字で始まる名前）が必要です');
      path.push(key[0]);
      position += 1 + key[0].length;
    } else {
      const index = readAt(INDEX, text, position);
      if (!index) throw syntaxError(binding, position, '「[」の後は番号と「]」にしてください（例: concerned[0]）');
      path.push(Number(index[1]));
      position += index[0].length;
    }
  }

  const filters: string[] = [];
  while (position < text.length) {
    const pipe = readAt(PIPE, text, position);
    if (!pipe) throw syntaxError(binding, position, `「${text[position]}」は使えません（項目は「.」、番号は「[0]」、書式は「|」でつなぎます）`);
    position += pipe[0].length;
    const filter = readAt(IDENTIFIER, text, position);
    if (!filter) throw syntaxError(binding, position, '「|」の後に書式の名前（era、katakana など）が必要です');
    filters.push(filter[0]);
    position += filter[0].length;
  }
  return { root: root[0], path, filters };
}

/** The binding written back in its canonical form (no spaces). */
export function formatBinding(parsed: ParsedBinding): string {
  const path = parsed.path.map((step) => (typeof step === 'number' ? `[${step}]` : `.${step}`)).join('');
  return [`${parsed.root}${path}`, ...parsed.filters].join('|');
}
