import type { KpiReport } from '../../contract/schemas/kpi';
import { countValue, lostInPeriod, wonInPeriod } from './closingFigures';
import { groupBy } from './groupBy';
import type { KpiContext } from './KpiContext';
import { ratio } from './ratio';

type RepRow = KpiReport['reps'][number];

/** Activity types counted in each rep column (a presentation is demo work). */
const COLUMNS: Record<string, 'calls' | 'meetings' | 'emails' | 'demos' | 'proposals'> = {
  call: 'calls',
  meeting: 'meetings',
  email: 'emails',
  demo: 'demos',
  presentation: 'demos',
  proposal: 'proposals',
};

/**
 * One line per owner with any activity, close, overdue task or gated exit; best revenue first.
 * The review average is the mean manager rating (1–5, one decimal) of the rep's reviewed activities.
 */
export const repFigures = (ctx: KpiContext): RepRow[] => {
  const names = new Map(ctx.input.users.map((user) => [user.id, user.name]));
  const rows = new Map<string | null, RepRow>();
  const row = (id: string | null): RepRow => {
    let existing = rows.get(id);
    if (!existing) {
      existing = {
        id,
        name: id === null ? null : (names.get(id) ?? null),
        calls: 0,
        meetings: 0,
        emails: 0,
        demos: 0,
        proposals: 0,
        won: 0,
        revenue: 0,
        winRate: null,
        overdueTasks: 0,
        compliance: null,
        reviewAverage: null,
        reviews: 0,
      };
      rows.set(id, existing);
    }
    return existing;
  };
  for (const count of ctx.input.activityCounts) {
    const column = COLUMNS[count.type];
    if (column) row(count.ownerId)[column] += count.n;
  }
  for (const overdue of ctx.input.overdueTasks) row(overdue.ownerId).overdueTasks += overdue.n;
  for (const review of ctx.input.reviewScores) {
    const rep = row(review.ownerId);
    rep.reviews = review.n;
    rep.reviewAverage = review.n === 0 ? null : Math.round((review.total / review.n) * 10) / 10;
  }
  const ownerOf = (facts: { deal: { ownerId: string | null } }) => facts.deal.ownerId;
  const won = groupBy(wonInPeriod(ctx), ownerOf);
  const lost = groupBy(lostInPeriod(ctx), ownerOf);
  const exits = groupBy(ctx.gatedExitsInPeriod(), (exit) => ownerOf(exit.facts));
  for (const ownerId of new Set([...won.keys(), ...lost.keys(), ...exits.keys()])) {
    const rep = row(ownerId);
    const repWon = countValue(ctx, won.get(ownerId) ?? []);
    const repExits = exits.get(ownerId) ?? [];
    rep.won = repWon.count;
    rep.revenue = repWon.value;
    rep.winRate = ratio(repWon.count, repWon.count + (lost.get(ownerId) ?? []).length);
    rep.compliance = ratio(repExits.filter((exit) => exit.compliant).length, repExits.length);
  }
  return [...rows.values()].sort(
    (a, b) =>
      b.revenue - a.revenue ||
      b.won - a.won ||
      (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff') ||
      String(a.id).localeCompare(String(b.id)),
  );
};
