import type { CallLead, ImportRowIssue, UnknownCallNumber } from '@shared/contract/schemas/imports';
import { callParties } from '@shared/domain/calls/callParties';
import { parseCallDirection, type CallDirection } from '@shared/domain/calls/parseCallDirection';
import { parseCallDuration } from '@shared/domain/calls/parseCallDuration';
import { parseCallOutcome } from '@shared/domain/calls/parseCallOutcome';
import { parseCallTime } from '@shared/domain/calls/parseCallTime';
import { foldText } from '@shared/domain/foldText';
import { formatPhone, normalizePhone } from '@shared/domain/normalizePhone';
import { normalizeEmail } from '@shared/domain/normalizeEmail';
import type { HandlerContext } from '../../HandlerContext';
import { prepare } from '../../db/sql';
import { callActivityId } from './callIdentity';
import { dateToEpoch, textField, type ImportSession, type Outcome } from './createImportSession';
import { createPhoneMatcher } from './createPhoneMatcher';
import type { DealPlan } from './dealPlan';
import { importLead } from './importLead';
import type { ImportRecord, RecordIssue } from './ImportRecord';

/** A logged time may run a minute ahead (two clocks), as when a rep logs a call by hand. */
const FUTURE_SLACK_MS = 60_000;

/** The mapping's translation of an extension ("101" → "Анна Смирнова"), if it has one. */
const translated = (session: ImportSession, extension: string): string => {
  const table = session.mapping.values['extension'] ?? {};
  for (const [from, to] of Object.entries(table)) {
    if (foldText(from) === foldText(extension) && typeof to === 'string') return to;
  }
  return extension;
};

/** The rep a call is logged for: an existing user the extension or employee names; else the importer. */
const ownerOf = (session: ImportSession, named: string | null, issues: RecordIssue[]): string | null => {
  if (named === null) return session.actorId;
  const users = session.index('users');
  const email = normalizeEmail(named);
  const found = users.find(email ? [`email:${email}`] : users.keysOf({ name: named }, ['name']));
  if (found) return found;
  // A call log names extensions, not people: an unknown one is not made a user, it is reported.
  issues.push({ field: 'extension', reason: 'unknown_owner', value: named });
  return session.actorId;
};

/**
 * A PBX call log's rows as call activities. Each row's client number is matched, normalised in
 * the workspace's phone country, to a contact (then its company and open deal) or a company; a
 * row whose number matches nothing is left out and its number listed as unknown, with its calls
 * counted, to be offered as a new lead. Numbers the user chose are made leads first (the New
 * lead path, its duplicate checks), so their calls land on them in the same import. A call's id
 * comes from its number, start and direction: a call already logged is skipped, one an undone
 * import logged is brought back.
 */
export const createCallApplier = (
  ctx: HandlerContext,
  session: ImportSession,
  plan: DealPlan,
  newLeads: readonly CallLead[],
) => {
  const { country, settings } = session;
  const timeZone = settings['workspace.timeZone'];
  const leadIssues: ImportRowIssue[] = [];
  /** The unknown numbers to make leads of, by E.164; each is tried once, at its first call. */
  const chosen = new Map<string, CallLead>();
  for (const lead of newLeads) {
    const number = normalizePhone(lead.number, country);
    if (number === null) leadIssues.push({ line: 0, field: 'number', reason: 'phone_invalid', value: lead.number });
    else chosen.set(number, lead);
  }
  /**
   * A lead made from a number at its first call in the log, owned by the rep on that call and
   * sourced as an inbound call or cold outreach by its direction. Through the New lead path:
   * a number that is a contact's or company's by now is not made twice.
   */
  const makeLead = (
    number: string,
    display: string,
    direction: CallDirection,
    ownerId: string | null,
    issues: RecordIssue[],
  ) => {
    const lead = chosen.get(number);
    chosen.delete(number);
    if (!lead) return false;
    const outcome = importLead(
      ctx,
      session.journal,
      {
        pipelineId: plan.pipelineId,
        contactName: lead.name ?? display,
        companyName: null,
        inn: null,
        phone: display,
        email: null,
        sourceId: plan.source(direction === 'inbound' ? 'inbound_call' : 'cold_outreach') ?? null,
        campaignId: null,
        notes: null,
        ownerId,
      },
      'skip',
    );
    if (outcome.kind === 'skipped') issues.push({ field: 'number', reason: 'lead_duplicate_skipped', value: display });
    if (outcome.kind === 'invalid') issues.push({ field: outcome.field, reason: 'lead_invalid', value: display });
    return outcome.kind === 'created';
  };
  const match = createPhoneMatcher(session.db);
  const existing = prepare(session.db, 'SELECT deleted_at FROM activities WHERE id = ?');
  const unknown = new Map<string, UnknownCallNumber>();

  const apply = (record: ImportRecord): Outcome => {
    const { fields, issues } = record;
    const get = (field: string) => textField(fields.get(field));
    const timeText = get('callTime');
    const time = timeText === null ? null : parseCallTime(timeText);
    if (time === null) {
      issues.push({
        field: 'callTime',
        reason: timeText === null ? 'required_missing' : 'date_unreadable',
        value: timeText,
      });
      return 'skipped';
    }
    const directionText = get('direction');
    const direction = directionText === null ? null : parseCallDirection(directionText);
    if (directionText !== null && direction === null) {
      issues.push({ field: 'direction', reason: 'unknown_value', value: directionText });
    }
    const parties = callParties({ number: get('number'), caller: get('caller'), callee: get('callee'), direction });
    if (parties === null) {
      issues.push({
        field: 'number',
        reason: 'call_party_unknown',
        value: get('number') ?? get('caller') ?? get('callee'),
      });
      return 'skipped';
    }
    const number = normalizePhone(parties.external, country);
    if (number === null) {
      issues.push({ field: 'number', reason: 'phone_invalid', value: parties.external });
      return 'skipped';
    }
    const startedAt = dateToEpoch({ date: time.date, minutes: null }, timeZone) + time.seconds * 1000;
    if (startedAt > session.now + FUTURE_SLACK_MS) {
      issues.push({ field: 'callTime', reason: 'call_in_future', value: timeText });
      return 'skipped';
    }
    const durationText = get('duration');
    const duration = durationText === null ? null : parseCallDuration(durationText);
    if (durationText !== null && duration === null) {
      issues.push({ field: 'duration', reason: 'number_unreadable', value: durationText });
    }
    const answeredText = get('answered');
    let outcome = answeredText === null ? null : parseCallOutcome(answeredText);
    if (answeredText !== null && outcome === null)
      issues.push({ field: 'answered', reason: 'unknown_value', value: answeredText });
    // A log without a status column still tells an answered call by its talk time.
    if (answeredText === null && duration !== null) outcome = duration > 0 ? 'reached' : 'no_answer';
    const display = formatPhone(number, country) ?? number;
    const named = get('extension') ?? (parties.extension === null ? null : translated(session, parties.extension));
    const ownerId = ownerOf(session, named, issues);
    let found = match(number);
    if (found === null && makeLead(number, display, parties.direction, ownerId, issues)) found = match(number, true);
    if (found === null) {
      const seen = unknown.get(number) ?? {
        number,
        display,
        calls: 0,
        inbound: 0,
        missed: 0,
        firstAt: startedAt,
        lastAt: startedAt,
      };
      seen.calls += 1;
      if (parties.direction === 'inbound') seen.inbound += 1;
      if (outcome === 'no_answer' || outcome === 'busy') seen.missed += 1;
      seen.firstAt = Math.min(seen.firstAt, startedAt);
      seen.lastAt = Math.max(seen.lastAt, startedAt);
      unknown.set(number, seen);
      return 'skipped';
    }
    const id = callActivityId(number, startedAt, parties.direction);
    const prior = existing.get(id) as { deleted_at: number | null } | undefined;
    if (prior && prior.deleted_at === null) {
      issues.push({ field: null, reason: 'call_already_logged', value: display });
      return 'skipped';
    }
    const links = { deal_id: found.dealId, company_id: found.companyId, contact_id: found.contactId };
    const details = {
      direction: parties.direction,
      outcome,
      duration_sec: duration,
      subject: display,
      body: get('notes'),
      owner_id: ownerId,
      done_at: startedAt,
    };
    if (prior) {
      // Logged by an import that was undone: brought back (and put back to undone by this one's undo).
      session.journal.update('activities', id, { ...details, ...links, deleted_at: null });
      return 'created';
    }
    session.journal.insert('activities', {
      id,
      type: 'call',
      ...details,
      amount_minor: null,
      currency: null,
      file_ref: null,
      content_kind: null,
      engagement: null,
      ...links,
      due_at: null,
      review_score: null,
      review_comment: null,
      reviewed_by: null,
      reviewed_at: null,
      created_at: session.now,
      updated_at: session.now,
      deleted_at: null,
    });
    return 'created';
  };

  return {
    apply,
    /** Chosen numbers that are no phone numbers. */
    leadIssues: () => leadIssues,
    /** Unknown numbers, most calls first. */
    unknownNumbers: (): UnknownCallNumber[] =>
      [...unknown.values()].sort(
        (a, b) => b.calls - a.calls || b.lastAt - a.lastAt || a.number.localeCompare(b.number),
      ),
  };
};
