/** A token as an FTS5 string: folded tokens hold only letters and digits, quoting is for safety. */
const quoted = (token: string): string => `"${token.replaceAll('"', '""')}"`;

/**
 * The FTS5 MATCH text of a plan's prefix groups: every group must match, a group by any of its
 * prefixes (`("а"* OR "б"*) AND "в"*`), optionally within one column.
 */
export const ftsMatchExpression = (groups: readonly (readonly string[])[], column?: string): string => {
  const body = groups
    .map((group) => {
      const alternatives = group.map((token) => `${quoted(token)}*`);
      return alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(' OR ')})`;
    })
    .join(' AND ');
  return column ? `${column} : (${body})` : body;
};
