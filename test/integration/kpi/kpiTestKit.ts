import { calendarDateInZone } from '@shared/domain/calendarDate';
import type { KpiReportInput } from '@shared/contract/schemas/kpi';
import type { KpiReportResult } from '@shared/contract/schemas/kpi';
import { DEFAULT_LOSS_REASONS, DEFAULT_PIPELINE, DEFAULT_STAGES } from '@shared/domain/defaultWorkspace';
import { v7 as uuidv7 } from 'uuid';
import { createDealsKit, type DealsKit } from '../core/dealsTestKit';

export type StageKey = 'new_lead' | 'qualification' | 'proposal' | 'negotiation' | 'contract' | 'customer';

export const stageOf = (key: StageKey): string => DEFAULT_STAGES.find((stage) => stage.key === key)?.id ?? '';
export const reasonOf = (key: string): string => DEFAULT_LOSS_REASONS.find((reason) => reason.key === key)?.id ?? '';
const rankOf = (stageId: string): number => DEFAULT_STAGES.findIndex((stage) => stage.id === stageId);

/** A wall-clock time in a fixed-offset zone (Moscow is UTC+3 all year). */
export const local =
  (offsetHours: number) =>
  (month: number, day: number, hour: number, minute = 0) =>
    Date.UTC(2026, month - 1, day, hour - offsetHours, minute);

export type KpiKit = DealsKit & {
  deal(
    at: number,
    options: {
      title: string;
      stage?: StageKey;
      value?: number;
      owner?: string;
      company?: string;
      campaign?: string;
      expectedCloseAt?: number;
    },
  ): Promise<string>;
  /** Ticks the required items of the current and every skipped stage, then moves. */
  move(id: string, to: StageKey, at: number): Promise<void>;
  /** Moves back without ticking (backward moves are never gated). */
  back(id: string, to: StageKey, at: number): Promise<void>;
  win(id: string, at: number): Promise<void>;
  lose(id: string, reason: string, at: number): Promise<void>;
  reopen(id: string, at: number): Promise<void>;
  remove(id: string, at: number): Promise<void>;
  activity(fields: {
    type: string;
    direction?: 'outbound' | 'inbound' | null;
    deal?: string;
    owner: string;
    doneAt?: number | null;
    dueAt?: number | null;
    createdAt: number;
    deletedAt?: number | null;
    /** A manager's quality review: the 1–5 score and when it was given. */
    review?: { score: number; at: number };
  }): void;
  company(name: string, segment?: string | null): string;
  report(input: KpiReportInput): Promise<KpiReportResult>;
};

/** The workspace starts on 1 October 2026, before every history the tests write (the HLC only moves forward). */
export const createKpiKit = async (timeZone = 'Europe/Moscow'): Promise<KpiKit> => {
  const kit = await createDealsKit(Date.UTC(2026, 9, 1));
  const { client, clock, backend } = kit;
  await client.call('settings.set', { 'workspace.timeZone': timeZone });
  const stageNow = async (id: string): Promise<string> => (await client.call('deals.get', { id })).stageId;
  const tickUpTo = async (id: string, fromRank: number, toRank: number) => {
    for (let rank = fromRank; rank < toRank; rank += 1) {
      for (const point of DEFAULT_STAGES[rank]?.controlPoints ?? []) {
        if (point.required) await client.call('deals.check', { dealId: id, controlPointId: point.id, checked: true });
      }
    }
  };
  return {
    ...kit,
    async deal(at, options) {
      clock.set(at);
      const created = await client.call('deals.create', {
        title: options.title,
        pipelineId: DEFAULT_PIPELINE.id,
        stageId: stageOf(options.stage ?? 'new_lead'),
        valueMinor: options.value ?? 0,
        ownerId: options.owner ?? kit.anna,
        ...(options.company ? { companyId: options.company } : {}),
        ...(options.campaign ? { campaignId: options.campaign } : {}),
        ...(options.expectedCloseAt ? { expectedCloseOn: calendarDateInZone(options.expectedCloseAt, timeZone) } : {}),
      });
      return created.id;
    },
    async move(id, to, at) {
      clock.set(at);
      const from = rankOf(await stageNow(id));
      await tickUpTo(id, from, rankOf(stageOf(to)));
      await client.call('deals.move', { id, toStageId: stageOf(to) });
    },
    async back(id, to, at) {
      clock.set(at);
      await client.call('deals.move', { id, toStageId: stageOf(to) });
    },
    async win(id, at) {
      clock.set(at);
      await tickUpTo(id, rankOf(await stageNow(id)), rankOf(stageOf('customer')));
      await client.call('deals.win', { id });
    },
    async lose(id, reason, at) {
      clock.set(at);
      await client.call('deals.lose', { id, lossReasonId: reasonOf(reason) });
    },
    async reopen(id, at) {
      clock.set(at);
      await client.call('deals.reopen', { id });
    },
    async remove(id, at) {
      clock.set(at);
      await client.call('deals.delete', { id });
    },
    activity(fields) {
      backend.db.sqlite
        .prepare(
          `INSERT INTO activities (id, type, direction, subject, deal_id, owner_id, due_at, done_at, created_at, updated_at, deleted_at, review_score, reviewed_at)
           VALUES (?, ?, ?, 'x', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          uuidv7(),
          fields.type,
          fields.direction ?? null,
          fields.deal ?? null,
          fields.owner,
          fields.dueAt ?? null,
          fields.doneAt ?? null,
          fields.createdAt,
          fields.createdAt,
          fields.deletedAt ?? null,
          fields.review?.score ?? null,
          fields.review?.at ?? null,
        );
    },
    company(name, segment = null) {
      const id = uuidv7();
      backend.db.sqlite
        .prepare('INSERT INTO companies (id, name, segment, created_at, updated_at) VALUES (?, ?, ?, 0, 0)')
        .run(id, name, segment);
      return id;
    },
    async report(input) {
      return await client.call('kpi.report', input);
    },
  };
};
