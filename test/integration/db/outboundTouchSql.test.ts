import { describe, expect, it } from 'vitest';
import { ACTIVITY_TYPES } from '@shared/contract/schemas/activities';
import { isOutboundTouch } from '@shared/domain/activities/isOutboundTouch';
import { outboundTouchSql } from '@shared/domain/activities/outboundTouchSql';
import { LATEST_SCHEMA_VERSION } from '../../../src-main/core/db/migrations/migrations';
import { useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('outbound-touch');
const DIRECTIONS = [null, 'outbound', 'inbound'] as const;

describe('outboundTouchSql', () => {
  it('selects exactly the activities isOutboundTouch counts, every type and direction', () => {
    const db = file.open(LATEST_SCHEMA_VERSION);
    db.sqlite.pragma('foreign_keys = OFF');
    const insert = db.sqlite.prepare(
      'INSERT INTO activities (id, type, direction, subject, done_at, created_at, updated_at) VALUES (?, ?, ?, ?, 1, 1, 1)',
    );
    const expected: string[] = [];
    for (const type of ACTIVITY_TYPES) {
      for (const direction of DIRECTIONS) {
        const id = `${type}-${direction ?? 'none'}`;
        // The schema allows a direction only on calls and e-mails.
        try {
          insert.run(id, type, direction, id);
        } catch {
          continue;
        }
        if (isOutboundTouch({ type, direction })) expected.push(id);
      }
    }
    const selected = db.sqlite
      .prepare(`SELECT a.id FROM activities a WHERE ${outboundTouchSql('a')} ORDER BY a.id`)
      .pluck()
      .all();
    expect(selected).toEqual(expected.sort());
    expect(selected.length).toBeGreaterThan(3);
  });

  it('matches the first-touch partial index (m0013), so INDEXED BY can use it', () => {
    const db = file.open(LATEST_SCHEMA_VERSION);
    const plan = db.sqlite
      .prepare(
        `EXPLAIN QUERY PLAN SELECT a.deal_id, min(a.done_at) FROM activities a INDEXED BY activities_first_touch
          WHERE a.deal_id IN ('x') AND ${outboundTouchSql('a')} AND a.done_at IS NOT NULL GROUP BY a.deal_id`,
      )
      .all() as { detail: string }[];
    expect(plan.map((row) => row.detail).join('\n')).toMatch(/activities_first_touch/);
  });

  it('refuses an alias that is not a plain name', () => {
    expect(() => outboundTouchSql('a; DROP TABLE deals')).toThrow(/alias/);
  });
});
