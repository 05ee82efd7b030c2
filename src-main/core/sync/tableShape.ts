import type { Db } from '../db/Db';

export type TableShape = {
  columns: ReadonlySet<string>;
  /** Columns an INSERT must give (NOT NULL without a default). */
  required: readonly string[];
  /** Each referencing column and the table it points to (all references are to `id`). */
  references: readonly { column: string; table: string }[];
};

const shapes = new WeakMap<Db, Map<string, TableShape>>();

/** A table's columns and references as the file has them, read once per open database. */
export const tableShape = (db: Db, table: string): TableShape => {
  let byTable = shapes.get(db);
  if (!byTable) shapes.set(db, (byTable = new Map()));
  let shape = byTable.get(table);
  if (!shape) {
    const info = db.sqlite.pragma(`table_info("${table}")`) as {
      name: string;
      notnull: number;
      dflt_value: unknown;
      pk: number;
    }[];
    const keys = db.sqlite.pragma(`foreign_key_list("${table}")`) as { table: string; from: string }[];
    shape = {
      columns: new Set(info.map((column) => column.name)),
      required: info
        .filter((column) => column.notnull === 1 && column.dflt_value === null && column.pk === 0)
        .map((column) => column.name),
      references: keys.map((key) => ({ column: key.from, table: key.table })),
    };
    byTable.set(table, shape);
  }
  return shape;
};
