/**
 * Line breaks and tabs are control characters too: a DTO string field refuses them unless it is declared
 * multi-line (a note, a reason, a description). Free-form maps (interview answers, form values, template
 * content) are not DTO fields and keep the JSON reader's rule (no NUL or other controls, tab and line
 * breaks allowed).
 */
const multiLineFields = new WeakMap<object, Set<string>>();

/** Declares a DTO string property that may hold line breaks and tabs. */
export function MultiLine(): PropertyDecorator {
  return (target: object, property: string | symbol) => {
    const fields = multiLineFields.get(target) ?? new Set<string>();
    fields.add(String(property));
    multiLineFields.set(target, fields);
  };
}

const lineControls = /[\t\n\r]/;

function allowsLines(instance: object, property: string): boolean {
  for (let proto = Object.getPrototypeOf(instance) as object | null; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto) as object | null) {
    if (multiLineFields.get(proto)?.has(property)) return true;
  }
  return false;
}

const isDto = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) !== Object.prototype && !Array.isArray(value);

/** The first single-line DTO field (path) whose text holds a line break or tab, in a validated DTO tree. */
export function lineBreakFault(dto: object, parent = ''): string | undefined {
  for (const [key, value] of Object.entries(dto)) {
    const path = parent ? `${parent}.${key}` : key;
    const items = Array.isArray(value) ? value : [value];
    for (const item of items) {
      if (typeof item === 'string' && lineControls.test(item) && !allowsLines(dto, key)) return path;
      if (isDto(item)) {
        const nested = lineBreakFault(item, path);
        if (nested) return nested;
      }
    }
  }
  return undefined;
}
