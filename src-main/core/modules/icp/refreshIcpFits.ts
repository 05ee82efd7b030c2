import { bestIcpFit } from '@shared/domain/bestIcpFit';
import type { Db } from '../../db/Db';
import { prepare } from '../../db/sql';
import { approvedIcpProfiles } from './approvedIcpProfiles';
import { companyIcpFacts } from './companyIcpFacts';

type FitRow = Record<string, string | number | null> & { id: string; icp_fit: number | null };

/**
 * After the approved profiles changed: every company's stored fit derived again (tombstoned ones
 * too, so a restore shows the right one). The fit is a derived column — no change-log message, no
 * `updated_at`: each device derives it from the profiles it has. Returns how many rows changed.
 */
export const refreshIcpFits = (db: Db): number => {
  const profiles = approvedIcpProfiles(db);
  const rows = prepare(
    db,
    'SELECT id, industry, size, region, segment, notes, annual_revenue_minor, icp_fit FROM companies',
  ).all() as FitRow[];
  const write = prepare(db, 'UPDATE companies SET icp_fit = ? WHERE id = ?');
  let changed = 0;
  for (const row of rows) {
    const fit = bestIcpFit(companyIcpFacts(row), profiles)?.fit ?? null;
    if (fit !== row.icp_fit) {
      write.run(fit, row.id);
      changed += 1;
    }
  }
  return changed;
};
