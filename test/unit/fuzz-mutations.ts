import fc from 'fast-check';

/**
 * Malformed files made from a valid one, the way real files go wrong and hostile files are
 * made: keys deleted, values of the wrong type, huge numbers, odd Unicode, forbidden keys
 * (also hidden behind \u escapes), duplicated records, truncation and random JSON.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const FORBIDDEN = ['__proto__', 'constructor', 'prototype'] as const;

const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    -1,
    0,
    0.5,
    2 ** 53,
    '',
    ' ',
    '\u0000',
    '\u202eevil',
    '\ud800',
    '🚀'.repeat(50),
    'x'.repeat(100_001),
    '2026-13-45T99:99:99Z',
    '<img src=x onerror="globalThis.__xss=1">',
    null,
    true,
    [],
    {},
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.jsonValue({ maxDepth: 2 }),
);

export const mutationArb = fc.record({
  kind: fc.constantFrom(
    'delete',
    'replace',
    'replace',
    'forbidden-key',
    'duplicate',
    'swap-reference',
    'truncate',
    'escaped-forbidden-key',
    'random-json',
    'random-text',
    'bom',
  ),
  pick: fc.nat(),
  other: fc.nat(),
  value: oddValue,
  forbidden: fc.constantFrom(...FORBIDDEN),
});
export type Mutation =
  | (typeof mutationArb extends fc.Arbitrary<infer T> ? T : never)
  | (typeof editPlanArb extends fc.Arbitrary<(infer T)[]> ? T : never);

export const planArb = fc.array(mutationArb, { minLength: 1, maxLength: 3 });

/** Plausible edits (a string or a date-time changed): many stay valid and reach the database. */
export const editPlanArb = fc.array(
  fc.record({
    kind: fc.constant('edit-string' as const),
    pick: fc.nat(),
    other: fc.nat(),
    value: fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.constantFrom('2026-12-01T10:00:00.000Z', '2027-01-01T00:00:00.000Z', 'c1', 'm1', 'a1'),
    ),
    forbidden: fc.constant('__proto__' as const),
  }),
  { minLength: 1, maxLength: 4 },
);

function paths(value: Json, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => paths(item, [...path, i], out));
  else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) paths(value[key]!, [...path, key], out);
  }
  return out;
}

function at(root: Json, path: Path): Json {
  let node: Json = root;
  for (const key of path) node = (node as Record<string | number, Json>)[key]!;
  return node;
}

/** Own property, even for "__proto__" (plain assignment would set the prototype instead). */
function setOwn(target: object, key: string | number, value: unknown) {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** Applies a plan to a copy of `valid`, returning the file text. */
export function mutate(valid: unknown, plan: readonly Mutation[]): string {
  let tree = JSON.parse(JSON.stringify(valid)) as Json;
  let text: string | null = null;
  for (const step of plan) {
    if (text !== null) {
      // After a text mutation the file may be no JSON at all: only text mutations apply.
      text = mutateText(text, step);
      continue;
    }
    const all = paths(tree);
    const path = all[step.pick % all.length]!;
    const parentPath = path.slice(0, -1);
    const key = path[path.length - 1];
    const parent = path.length > 0 ? at(tree, parentPath) : null;
    switch (step.kind) {
      case 'delete':
        if (parent === null) tree = {};
        else if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete (parent as Record<string, Json>)[key as string];
        break;
      case 'replace':
        if (parent === null) tree = step.value as Json;
        else setOwn(parent as object, key!, step.value);
        break;
      case 'forbidden-key': {
        const objects = all.filter((p) => {
          const node = at(tree, p);
          return node !== null && typeof node === 'object' && !Array.isArray(node);
        });
        if (objects.length === 0) break;
        const target = at(tree, objects[step.pick % objects.length]!) as object;
        setOwn(target, step.forbidden, step.value ?? { polluted: true });
        break;
      }
      case 'duplicate': {
        const arrays = all.filter(
          (p) => Array.isArray(at(tree, p)) && (at(tree, p) as Json[]).length,
        );
        if (arrays.length === 0) break;
        const list = at(tree, arrays[step.pick % arrays.length]!) as Json[];
        list.push(JSON.parse(JSON.stringify(list[step.other % list.length])));
        break;
      }
      case 'edit-string': {
        const strings = all.filter((p) => p.length > 0 && typeof at(tree, p) === 'string');
        if (strings.length === 0) break;
        const target = strings[step.pick % strings.length]!;
        setOwn(at(tree, target.slice(0, -1)) as object, target[target.length - 1]!, step.value);
        break;
      }
      case 'swap-reference': {
        // An id-like field takes the value of another id-like field: dangling references.
        const ids = all.filter(
          (p) => /id$/i.test(String(p[p.length - 1])) && typeof at(tree, p) === 'string',
        );
        if (ids.length < 2) break;
        const from = ids[step.pick % ids.length]!;
        const to = ids[step.other % ids.length]!;
        setOwn(at(tree, to.slice(0, -1)) as object, to[to.length - 1]!, `${at(tree, from)}-x`);
        break;
      }
      default:
        text = mutateText(JSON.stringify(tree), step);
    }
  }
  return text ?? JSON.stringify(tree);
}

function mutateText(text: string, step: Mutation): string {
  switch (step.kind) {
    case 'truncate':
      return text.slice(0, step.pick % Math.max(1, text.length));
    case 'escaped-forbidden-key': {
      // "\u005f_proto__" is "__proto__" to JSON.parse but not to a plain text scan.
      const escaped = `"\\u00${step.forbidden.charCodeAt(0).toString(16)}${step.forbidden.slice(1)}":`;
      const keys = [...text.matchAll(/"[A-Za-z]+":/g)];
      if (keys.length === 0) return text;
      const match = keys[step.pick % keys.length]!;
      return text.slice(0, match.index) + escaped + text.slice(match.index + match[0].length);
    }
    case 'random-json':
      return JSON.stringify(step.value) ?? 'null';
    case 'random-text':
      return typeof step.value === 'string' ? step.value : String(step.value);
    case 'bom':
      return `\ufeff${text}`;
    default:
      return text;
  }
}

/** Any own key named __proto__, constructor or prototype, at any depth. */
export function hasForbiddenKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasForbiddenKey);
  if (value === null || typeof value !== 'object') return false;
  return Object.keys(value).some(
    (key) =>
      (FORBIDDEN as readonly string[]).includes(key) ||
      hasForbiddenKey((value as Record<string, unknown>)[key]),
  );
}

/** Fails when anything was added to Object.prototype (prototype pollution). */
export function prototypeIsClean(): boolean {
  return (
    Object.getOwnPropertyNames(Object.prototype).every((name) => CLEAN_PROTOTYPE.has(name)) &&
    ({} as Record<string, unknown>).polluted === undefined
  );
}
const CLEAN_PROTOTYPE = new Set(Object.getOwnPropertyNames(Object.prototype));
