/** The table's exportable columns the user has not hidden, in the table's order. */
export const visibleExportColumns = <Id extends string>(all: readonly Id[], hidden: readonly string[]): Id[] =>
  all.filter((id) => !hidden.includes(id));
