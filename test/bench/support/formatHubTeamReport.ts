import type { RepAction } from './repDayAction';
import type { HubTeamReport } from './runHubTeam';

/**
 * A rep's working day, by action (an assumption, said so in the output): about thirty calls,
 * e-mails and meetings logged, twenty edits, a dozen next steps planned or done, five moves and
 * two new deals. A manager's day is counted as a rep's.
 */
export const REP_DAY: Record<RepAction, number> = { activity: 30, edit: 20, task: 12, move: 5, newDeal: 2 };
const WORKING_DAYS_PER_MONTH = 21;

const n = (value: number, digits = 0) =>
  value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Messages a team of `people` makes in a day, from the messages each action made in the bench. */
export const teamDay = (report: HubTeamReport, people: number) => {
  const perAction = (action: RepAction) => {
    const { done, messages } = report.actions[action];
    return done === 0 ? 0 : messages / done;
  };
  const perRep = (Object.keys(REP_DAY) as RepAction[]).reduce(
    (sum, action) => sum + REP_DAY[action] * perAction(action),
    0,
  );
  const bytesPerMessage = report.hubMessages === 0 ? 0 : report.hubBytes / report.hubMessages;
  const messages = perRep * people;
  return { perRep, messages, bytesPerMessage, bytes: messages * bytesPerMessage };
};

export const formatHubTeamReport = (report: HubTeamReport): string => {
  const day = teamDay(report, 50);
  const lines = [
    `Team: ${report.devices} devices (teams of a manager and nine reps, each their own login), ${n(report.seconds, 1)} s of work`,
    `  setup: ${n(report.setup.messages)} messages on the hub; each device's first sync p50 ${n(report.setup.firstSyncP50Ms)} ms, ` +
      `p95 ${n(report.setup.firstSyncP95Ms)} ms (all ${report.devices} at once; ${n(report.setup.seconds, 1)} s with the admin's setup)`,
    `  syncs: ${n(report.syncs)} (${n(report.syncs / report.seconds, 1)}/s), failed ${report.failedSyncs}; round trip ` +
      `(connect, push, pull, apply) p50 ${n(report.latencyP50Ms)} ms, p95 ${n(report.latencyP95Ms)} ms, max ${n(report.latencyMaxMs)} ms`,
    `  hub sessions active ${n(report.hubBusyMs / 1000, 1)} s, summed over sessions, in the ${n(report.seconds, 1)} s ` +
      `(${n(report.syncs === 0 ? 0 : report.hubBusyMs / report.syncs)} ms a sync: running statements, or waiting — for the push lock, ` +
      `which a push holds until its client commits, or for a slow client)`,
    `  pushed ${n(report.pushed)} messages (${n(report.pushPerSecond, 1)}/s), refused ${report.rejected}; ` +
      `pulled ${n(report.received)} (${n(report.receivedPerSecond, 1)}/s; ${n(report.duplicates)} held already)`,
    `  actions: ${Object.entries(report.actions)
      .map(
        ([action, a]) =>
          `${action} ${a.done}${a.failed > 0 ? ` (${a.failed} failed)` : ''} × ${n(a.done === 0 ? 0 : a.messages / a.done, 1)} msg`,
      )
      .join(', ')}`,
    `  hub: +${n(report.hubMessages)} messages, +${n(report.hubBytes / 1024)} kB (hub.messages and hub.rows with their indexes; ${n(day.bytesPerMessage)} B a message)`,
    `  converged: ${report.converged}/${report.devices} devices hold exactly what their role sees, with the admin's values` +
      (report.mismatches.length > 0 ? ` — ${report.mismatches.slice(0, 5).join('; ')}` : ''),
    `  complete: ${report.complete}/${report.devices + 1} devices' messages all on the hub, each once` +
      (report.missing.length > 0 ? ` — ${report.missing.slice(0, 5).join('; ')}` : ''),
    `  a 50-person team's day (each: ${Object.entries(REP_DAY)
      .map(([action, count]) => `${count} ${action}`)
      .join(', ')}): ${n(day.perRep)} messages a person, ${n(day.messages)} a day, ` +
      `${n(day.bytes / 1024 ** 2, 1)} MB a day on the hub, ${n((day.bytes * WORKING_DAYS_PER_MONTH) / 1024 ** 2)} MB a month (${WORKING_DAYS_PER_MONTH} working days)`,
  ];
  return lines.join('\n');
};
