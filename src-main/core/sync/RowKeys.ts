/**
 * A set of rows named by table and id, one set of ids per table: looked up per reference and per
 * message of a whole workspace's bundle (millions of times), where a `table\0id` key would build a
 * string each time.
 */
export class RowKeys {
  private readonly byTable = new Map<string, Set<string>>();

  has(table: string, id: string): boolean {
    return this.byTable.get(table)?.has(id) === true;
  }

  /** Adds the row; false when it was there already (one lookup where `has` and then `add` took two). */
  add(table: string, id: string): boolean {
    let ids = this.byTable.get(table);
    if (ids === undefined) {
      ids = new Set();
      this.byTable.set(table, ids);
    }
    const before = ids.size;
    ids.add(id);
    return ids.size !== before;
  }
}
