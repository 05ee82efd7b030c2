import type Database from 'better-sqlite3';
import type { RuleCreateInput } from '@shared/contract/schemas/automation';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { scanTimeTriggers } from '../core/automation/scanTimeTriggers';
import type { Backend } from '../core/createBackend';
import { compareFigure } from './compareFigure';
import type { BenchFigure } from './formatBenchTable';
import { median } from './measure';

/** Budgets from the sales-automation acceptance: what 50 rules may add to one update, and one scan. */
export const RULES_EXTRA_MS = 1;
export const SCAN_TARGET_MS = 200;
const RULE_COUNT = 50;
const HOUR = 3_600_000;
const DAY = 86_400_000;

type Unwrap = <T>(
  envelope: Promise<{ ok: true; value: unknown } | { ok: false; error: { message: string } }>,
) => Promise<T>;

type Deal = { id: string; value_minor: number; owner_id: string | null; stage_id: string; currency: string };

/**
 * Fifty enabled rules as a busy workspace has them, most of which a value edit does not concern
 * or whose conditions it fails: triggers on creation, stages, wins and losses, and field changes
 * (the value among them); conditions on stage, owner, value bands, sources and text fields. Two
 * value rules match the benched deal and run (a set_field that changes nothing), as some would.
 */
const benchRules = (deal: Deal, otherStage: string): RuleCreateInput[] => {
  const task: RuleCreateInput['actions'][number] = {
    type: 'create_task',
    taskType: 'task',
    subject: 'Bench follow-up',
    dueInMinutes: 60,
    assignee: 'owner',
  };
  const noChange: RuleCreateInput['actions'][number] = { type: 'set_field', field: 'kind', value: 'new' };
  const triggers: RuleCreateInput['trigger'][] = [
    { type: 'deal_created' },
    { type: 'stage_entered', stageId: otherStage },
    { type: 'stage_left', stageId: otherStage },
    { type: 'deal_won' },
    { type: 'deal_lost' },
    { type: 'field_changed', field: 'ownerId' },
    { type: 'field_changed', field: 'notes' },
    { type: 'field_changed', field: 'expectedCloseOn' },
    { type: 'field_changed', field: 'valueMinor' },
    { type: 'field_changed', field: 'valueMinor' },
  ];
  const conditions: RuleCreateInput['conditions'][] = [
    [],
    [{ type: 'stage', ids: [otherStage] }],
    [{ type: 'value', min: 1_000_000_000_00, max: null, currency: deal.currency }],
    [{ type: 'field', field: 'title', op: 'contains', value: 'no deal is called this' }],
    [{ type: 'owner', ids: [null] }],
  ];
  return Array.from({ length: RULE_COUNT }, (_, index) => {
    const trigger = triggers[index % triggers.length] as RuleCreateInput['trigger'];
    const matching = index === 8 || index === 9;
    return {
      name: `Bench rule ${index + 1}`,
      pipelineId: index % 3 === 0 ? null : DEFAULT_PIPELINE.id,
      trigger,
      conditions: matching
        ? [{ type: 'stage', ids: [deal.stage_id] }]
        : (conditions[index % conditions.length] as RuleCreateInput['conditions']),
      actions: [matching ? noChange : task],
      enabled: true,
    };
  });
};

/** The time rules a workspace runs on its schedule, one of each kind. */
const TIME_TRIGGERS: RuleCreateInput['trigger'][] = [
  { type: 'task_overdue' },
  { type: 'sla_breached' },
  { type: 'deal_rotting' },
  { type: 'before_close', days: 3 },
  { type: 'after_win', months: 6 },
];

const timeRules = (): RuleCreateInput[] =>
  TIME_TRIGGERS.map((trigger, index): RuleCreateInput => ({
    name: `Bench time rule ${index + 1}`,
    pipelineId: null,
    trigger,
    conditions: [],
    actions: [
      { type: 'create_task', taskType: 'task', subject: 'Bench reminder', dueInMinutes: 60, assignee: 'owner' },
    ],
    enabled: true,
  }));

/**
 * The scan's candidate queries by hand, for the same window and triggers: what the database must
 * read whatever the engine does with the rows (the deals whose SLA or rot clock, close date or
 * win anniversary fell in the last hour, and the tasks that went overdue in it).
 */
const rawCandidates = (db: Database.Database) => {
  const touch = `(SELECT min(a.done_at) FROM activities a WHERE a.deal_id = d.id AND a.deleted_at IS NULL
    AND a.done_at IS NOT NULL
    AND a.type IN ('call', 'email', 'meeting') AND (a.direction IS NULL OR a.direction = 'outbound'))`;
  const statements = [
    db.prepare(`SELECT d.*, t.id AS task_id, t.due_at FROM activities t JOIN deals d ON d.id = t.deal_id
      WHERE t.done_at IS NULL AND t.deleted_at IS NULL AND t.due_at > @from AND t.due_at <= @to AND d.deleted_at IS NULL`),
    db.prepare(`SELECT d.*, s.sla_hours, ${touch} AS first_touch_at FROM deals d JOIN stages s ON s.id = d.stage_id
      WHERE d.status = 'open' AND d.deleted_at IS NULL AND s.sla_hours IS NOT NULL
        AND d.stage_entered_at + s.sla_hours * ${HOUR} > @from AND d.stage_entered_at + s.sla_hours * ${HOUR} <= @to`),
    db.prepare(`SELECT d.*, s.rot_days FROM deals d JOIN stages s ON s.id = d.stage_id
      WHERE d.status = 'open' AND d.deleted_at IS NULL AND s.rot_days IS NOT NULL
        AND d.stage_entered_at + (s.rot_days + 1) * ${DAY} > @from AND d.stage_entered_at + (s.rot_days + 1) * ${DAY} <= @to`),
    db.prepare(`SELECT d.* FROM deals d WHERE d.status = 'open' AND d.deleted_at IS NULL
      AND d.expected_close_on BETWEEN @fromDate AND @toDate`),
    db.prepare(`SELECT d.* FROM deals d WHERE d.status = 'won' AND d.deleted_at IS NULL
      AND d.won_at > @wonFrom AND d.won_at <= @wonTo`),
  ];
  return (from: number, to: number) => {
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const params = {
      from,
      to,
      fromDate: day(from + 2 * DAY),
      toDate: day(to + 4 * DAY),
      wonFrom: from - 183 * DAY,
      wonTo: to - 181 * DAY,
    };
    let rows = 0;
    for (const statement of statements) {
      const wanted = Object.fromEntries(Object.entries(params).filter(([key]) => statement.source.includes(`@${key}`)));
      rows += statement.all(wanted).length;
    }
    return rows;
  };
};

/** Removes the bench's rules and everything they left, so the cached database stays as it was. */
const removeRules = (db: Database.Database, ids: readonly string[]) => {
  const list = ids.map(() => '?').join(', ');
  db.prepare(`DELETE FROM automation_runs WHERE rule_id IN (${list})`).run(...ids);
  db.prepare(`DELETE FROM automation_scans WHERE rule_id IN (${list})`).run(...ids);
  db.prepare(`DELETE FROM automation_rules WHERE id IN (${list})`).run(...ids);
};

/**
 * (a) One deal update through dispatch with no rules and with 50 enabled ones, timed in
 * alternating blocks (the rules are switched on and off between blocks, outside the timing): the
 * extra the rule engine costs a write. (b) The schedule's time-trigger scan over every deal, with
 * one rule of each time trigger and a one-hour window since the last scan (the steady state of a
 * workspace that is open), each run rolled back so every run scans the same state; its raw twin
 * runs the same candidate queries by hand.
 */
export const measureAutomationFigures = async (
  backend: Backend,
  raw: Database.Database,
  runs: number,
  unwrap: Unwrap,
  log: (text: string) => void,
): Promise<BenchFigure[]> => {
  const sqlite = backend.db.sqlite;
  const deal = sqlite
    .prepare(
      `SELECT id, value_minor, owner_id, stage_id, currency FROM deals
       WHERE status = 'open' AND deleted_at IS NULL ORDER BY stage_id, position LIMIT 1`,
    )
    .get() as Deal;
  const otherStage = sqlite
    .prepare('SELECT id FROM stages WHERE pipeline_id = ? AND id <> ? AND deleted_at IS NULL ORDER BY position LIMIT 1')
    .pluck()
    .get(DEFAULT_PIPELINE.id, deal.stage_id) as string;
  const created: string[] = [];
  try {
    for (const rule of benchRules(deal, otherStage)) {
      created.push((await unwrap<{ id: string }>(backend.dispatch('automation.create', rule))).id);
    }
    const setEnabled = async (enabled: boolean) => {
      for (const id of created) await unwrap(backend.dispatch('automation.setEnabled', { id, enabled }));
    };
    let counter = 0;
    const update = async () => {
      counter += 1;
      const valueMinor = deal.value_minor + 100 * ((counter % 2) + 1);
      const began = performance.now();
      await unwrap(backend.dispatch('deals.update', { id: deal.id, patch: { valueMinor } }));
      return performance.now() - began;
    };
    const withRules: number[] = [];
    const without: number[] = [];
    const blocks = 4;
    const perBlock = Math.max(5, Math.ceil(runs / 2));
    for (let block = 0; block < blocks; block += 1) {
      const on = block % 2 === 0;
      await setEnabled(on);
      for (let run = 0; run < 3; run += 1) await update();
      for (let run = 0; run < perBlock; run += 1) (on ? withRules : without).push(await update());
    }
    await unwrap(backend.dispatch('deals.update', { id: deal.id, patch: { valueMinor: deal.value_minor } }));
    const times = { app: median(withRules), raw: median(without) };
    const extra = times.app - times.raw;
    log(
      `bench: deal update with ${RULE_COUNT} rules ${times.app.toFixed(3)} ms, with none ${times.raw.toFixed(3)} ms: ` +
        `extra ${extra.toFixed(3)} ms (budget ${RULES_EXTRA_MS} ms), ratio ${(times.app / times.raw).toFixed(2)}\n`,
    );
    const rulesFigure: BenchFigure = {
      name: `automation: deal update with ${RULE_COUNT} active rules (raw: with none)`,
      unit: 'ms',
      value: times.app,
      raw: times.raw,
      ratio: times.app / times.raw,
      target: `≤ ${RULES_EXTRA_MS} ms extra`,
      met: extra <= RULES_EXTRA_MS,
    };
    removeRules(sqlite, created.splice(0));

    for (const rule of timeRules()) {
      created.push((await unwrap<{ id: string }>(backend.dispatch('automation.create', rule))).id);
    }
    const now = Date.now();
    const scannedTo = now - HOUR;
    for (const id of created) {
      sqlite.prepare('INSERT OR REPLACE INTO automation_scans (rule_id, scanned_to) VALUES (?, ?)').run(id, scannedTo);
    }
    const candidates = rawCandidates(raw);
    const timeZone = sqlite.prepare("SELECT value FROM settings WHERE key = 'workspace.timeZone'").pluck().get();
    const zone = typeof timeZone === 'string' ? JSON.parse(timeZone) : 'Europe/Moscow';
    const scanTimes: number[] = [];
    const rawTimes: number[] = [];
    let fired = 0;
    let rows = 0;
    for (let run = 0; run < 2 + runs; run += 1) {
      const began = performance.now();
      fired = await backend.runLocal(async (ctx) => {
        // Rolled back: every run scans the same hour, and the cached database is left as it was.
        sqlite.exec('BEGIN');
        try {
          return ctx.write((writer, at) =>
            scanTimeTriggers({ db: ctx.db, writer, now: at, actorId: ctx.actorId() }, zone),
          );
        } finally {
          sqlite.exec('ROLLBACK');
        }
      });
      const scanTime = performance.now() - began;
      const rawBegan = performance.now();
      rows = candidates(scannedTo, now);
      const rawTime = performance.now() - rawBegan;
      if (run >= 2) {
        scanTimes.push(scanTime);
        rawTimes.push(rawTime);
      }
    }
    log(`bench: time-trigger scan fired ${fired} runs from ${rows} candidate rows\n`);
    const scanFigure = compareFigure(
      'automation: time-trigger scan over every deal (5 time rules, 1 h window)',
      { app: median(scanTimes), raw: median(rawTimes) },
      SCAN_TARGET_MS,
    );
    return [rulesFigure, scanFigure];
  } finally {
    removeRules(sqlite, created);
  }
};
