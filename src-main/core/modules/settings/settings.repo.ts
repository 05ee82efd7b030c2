import type { Db } from '../../db/Db';
import { execute, selectAll } from '../../db/sql';

export const readSettingRows = (db: Db): { key: string; value: string }[] =>
  selectAll(db, db.q.selectFrom('settings').select(['key', 'value']));

export const writeSettingRow = (db: Db, key: string, value: string, now: number): void => {
  execute(
    db,
    db.q
      .insertInto('settings')
      .values({ key, value, updated_at: now })
      .onConflict((conflict) => conflict.column('key').doUpdateSet({ value, updated_at: now })),
  );
};
