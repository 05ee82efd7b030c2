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

  add(table: string, id: string): void {
    let ids = this.byTable.get(table);
    if (ids === undefined) {
      ids = new Set();
      this.byTable.set(table, ids);
    }
    ids.add(id);
  }
}
