import fc from 'fast-check';
import type { z } from 'zod';

/** Object keys that walk into prototypes when code merges or indexes carelessly. */
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

/** An object literal whose own keys include `__proto__` (JSON.parse makes one; `{__proto__: x}` would not). */
const withOwnKeys = (entries: [string, unknown][]): Record<string, unknown> => {
  const object: Record<string, unknown> = {};
  for (const [key, value] of entries) Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  return object;
};

const deepNest = (depth: number, leaf: unknown): unknown => {
  let value = leaf;
  for (let level = 0; level < depth; level += 1) value = level % 2 === 0 ? { a: value } : [value];
  return value;
};

const wrongScalar = fc.oneof(
  fc.constantFrom(null, undefined, true, false, 0, -1, 1e308, Number.NaN, Number.POSITIVE_INFINITY, -0, '', ' '),
  fc.integer(),
  fc.double(),
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('1970-01-01', '9999-12-31', '00000000-0000-0000-0000-000000000000', "'; DROP TABLE deals; --", '=cmd|"/c calc"!A1', '\u0000', '../../etc/passwd'),
);

const hugeString = fc.constantFrom(200_000, 1_000_000).map((length) => 'я'.repeat(length));

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: wrongScalar },
  { weight: 3, arbitrary: fc.anything({ maxDepth: 3, withNullPrototype: true, withObjectString: true, withSparseArray: true }) },
  { weight: 1, arbitrary: hugeString },
  { weight: 1, arbitrary: fc.integer({ min: 50, max: 3_000 }).map((depth) => deepNest(depth, 'leaf')) },
  { weight: 1, arbitrary: fc.array(wrongScalar, { minLength: 1_000, maxLength: 5_000 }) },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.tuple(fc.constantFrom(...PROTOTYPE_KEYS), fc.anything({ maxDepth: 1 })), { minLength: 1, maxLength: 3 })
      .map(withOwnKeys),
  },
);

/** The top-level keys a procedure's input object takes (through defaults, optionals and pipes). */
const keysOf = (schema: z.ZodType): string[] => {
  let current: unknown = schema;
  for (let step = 0; step < 6 && current; step += 1) {
    const shape = (current as { shape?: Record<string, unknown> }).shape;
    if (shape && typeof shape === 'object') return Object.keys(shape);
    const def = (current as { def?: { innerType?: unknown; in?: unknown; schema?: unknown } }).def;
    current = def?.innerType ?? def?.in ?? def?.schema;
  }
  return [];
};

/**
 * Random and hostile inputs for one procedure: anything at all, and objects with the procedure's
 * own keys (so the value reaches the fields and nested schemas) filled with wrong types, huge
 * strings, deep nesting and prototype keys, plus keys it does not know.
 */
export const hostileInput = (schema: z.ZodType): fc.Arbitrary<unknown> => {
  const keys = keysOf(schema);
  const shaped =
    keys.length === 0
      ? fc.dictionary(fc.string({ maxLength: 8 }), hostileValue, { maxKeys: 4 })
      : fc
          .tuple(
            fc.subarray(keys, { minLength: 1 }),
            fc.array(hostileValue, { minLength: keys.length, maxLength: keys.length }),
            fc.array(fc.tuple(fc.constantFrom(...PROTOTYPE_KEYS, 'unknownKey'), hostileValue), { maxLength: 2 }),
          )
          .map(([chosen, values, extra]) => withOwnKeys([...chosen.map((key, index): [string, unknown] => [key, values[index]]), ...extra]));
  return fc.oneof({ weight: 1, arbitrary: hostileValue }, { weight: 3, arbitrary: shaped });
};

/** Method names that are not in the contract: near misses, prototype names, junk. */
export const unknownMethod = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'deals', 'deals.', '.create', 'deals.create ', 'DEALS.CREATE', 'deals.create\u0000'),
  fc.string({ maxLength: 30 }),
);
