/** A column template's placeholders: `{column}` names a header of the file. */
export const COLUMN_TEMPLATE = /\{([^{}]+)\}/gu;

/**
 * The headers a mapping's column spec reads: the header itself, or a template's placeholders
 * ("{opportunity_id} · {product}"). Shared by the engine (checking the file has them) and the
 * wizard (applying a mapping file to the file at hand).
 */
export const templateColumns = (spec: string): string[] =>
  spec.includes('{') ? [...spec.matchAll(COLUMN_TEMPLATE)].map((match) => (match[1] ?? '').trim()) : [spec];
