import type { KpiSource } from '@shared/domain/kpi/sourceFigures';
import { sql } from 'kysely';
import type { Db } from '../../db/Db';
import { selectRaw } from '../../db/sql';

/** Lead sources, archived ones too (history refers to them), by name. */
export const selectSources = (db: Db): KpiSource[] =>
  selectRaw(
    db,
    sql<KpiSource>`SELECT id, name, default_key AS defaultKey FROM lead_sources WHERE deleted_at IS NULL
      ORDER BY coalesce(name, default_key), id`,
  );

/** Live campaigns with their source, by name. */
export const selectCampaignSources = (db: Db): { id: string; name: string; sourceId: string | null }[] =>
  selectRaw(
    db,
    sql<{ id: string; name: string; sourceId: string | null }>`SELECT id, name, source_id AS sourceId FROM campaigns
      WHERE deleted_at IS NULL ORDER BY name, id`,
  );
