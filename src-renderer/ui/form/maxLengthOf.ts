import type { ZodType } from 'zod';

type SchemaDef = { type: string; in?: unknown; innerType?: unknown; shape?: Record<string, unknown> };
const defOf = (schema: unknown): SchemaDef | undefined =>
  (schema as { _zod?: { def: SchemaDef } } | undefined)?._zod?.def;

/**
 * The most characters a text field of the contract takes, read from its zod schema (through
 * `.nullable()`, `.optional()` and transforms), so inputs enforce the limit the core applies.
 * With `field`, the schema is an object and the limit is its field's.
 */
export const maxLengthOf = (schema: ZodType | undefined, field?: string): number | undefined => {
  let current: unknown = field === undefined ? schema : defOf(schema)?.shape?.[field];
  for (let depth = 0; depth < 10 && current; depth += 1) {
    const def = defOf(current);
    if (!def) return undefined;
    if (def.type === 'string') return (current as { maxLength: number | null }).maxLength ?? undefined;
    current = def.type === 'pipe' ? def.in : def.innerType;
  }
  return undefined;
};
