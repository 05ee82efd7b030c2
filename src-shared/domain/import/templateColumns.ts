/** A column template's placeholders: `{column}` names a header of the file. */
const COLUMN_TEMPLATE = /\{([^{}]+)\}/gu;

/**
 * The headers a mapping's column spec reads: the header itself, or a template's placeholders
 * ("{opportunity_id} · {product}"). Shared by the engine (checking the file has them) and the
 * wizard (applying a mapping file to the file at hand).
 */
export const templateColumns = (spec: string): string[] =>
  spec.includes('{') ? [...spec.matchAll(COLUMN_TEMPLATE)].map((match) => (match[1] ?? '').trim()) : [spec];

/**
 * A template filled from a row's cells (`cell` gives a header's text, '' when blank). Its parts
 * (split by ";") whose columns are all blank are dropped, so "Est. {year}; part of {parent}" reads
 * "Est. 1996" for a company without a parent; separators left at the ends go too.
 */
export const fillColumnTemplate = (spec: string, cell: (header: string) => string): string =>
  spec
    .split(';')
    .filter((part) => !part.includes('{') || templateColumns(part).some((name) => cell(name) !== ''))
    .map((part) => part.replace(COLUMN_TEMPLATE, (_, name: string) => cell(name.trim())).trim())
    .join('; ')
    .replace(/^[\s·,:|/—–-]+|[\s·,:|/—–-]+$/gu, '')
    .replace(/\s+/gu, ' ');
