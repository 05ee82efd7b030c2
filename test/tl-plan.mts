import Database from 'better-sqlite3';
import { timelineRows } from '../src-main/core/modules/timeline/timelineRows';
const sqlite = new Database('/work/wt/tl/.bench/bench-d5000-s1-v14-g2.sqlite', { readonly: true });
const deal = '019dfd33-5df5-754c-ab91-5fcb2fd5f818';
let text = '';
const fake = { statements: new Map(), sqlite: { prepare: (s: string) => { text = s; return sqlite.prepare(s); } } } as never;
const types = new Set(['activity', 'stage', 'field', 'check'] as const);
for (let i = 0; i < 5; i++) timelineRows(fake, 'deal', deal, types, null, 51);
let t = performance.now();
for (let i = 0; i < 20; i++) timelineRows(fake, 'deal', deal, types, null, 51);
console.log('all', (performance.now() - t) / 20);
for (const only of ['activity', 'stage', 'field', 'check'] as const) {
  t = performance.now();
  for (let i = 0; i < 20; i++) timelineRows(fake, 'deal', deal, new Set([only]), null, 51);
  console.log(only, (performance.now() - t) / 20);
}
const params = { id: deal, activities: 1, stages: 1, fields: 1, checks: 1, afterAt: null, afterKey: null, beforeAt: Number.MAX_SAFE_INTEGER, limit: 51 };
for (const row of sqlite.prepare('EXPLAIN QUERY PLAN ' + text).all(params) as { detail: string }[]) console.log(row.detail);
