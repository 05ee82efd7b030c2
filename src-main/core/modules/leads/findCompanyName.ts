import type { Db } from '../../db/Db';
import { selectFirst } from '../../db/sql';

/** A live company's name; null when there is none (the deal's own check then names the problem). */
export const findCompanyName = (db: Db, id: string): string | null =>
  selectFirst(db, db.q.selectFrom('companies').select('name').where('id', '=', id).where('deleted_at', 'is', null))
    ?.name ?? null;
