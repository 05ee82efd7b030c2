import type { IcpProfileForFit } from '@shared/domain/bestIcpFit';
import type { Db } from '../../db/Db';
import type { IcpProfilesTable } from '../../db/schema';
import { prepare } from '../../db/sql';
import { icpRules } from './icpRules';

/**
 * The live approved profiles in the order a tie between them is settled: first approved first,
 * then by id, so every device derives the same best profile from the same data.
 */
export const approvedIcpProfiles = (db: Db): IcpProfileForFit[] =>
  (
    prepare(
      db,
      `SELECT * FROM icp_profiles WHERE status = 'approved' AND deleted_at IS NULL ORDER BY approved_at, id`,
    ).all() as IcpProfilesTable[]
  ).map((row) => ({ id: row.id, name: row.name, rules: icpRules(row) }));
