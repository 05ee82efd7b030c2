import type { CustomersTable, NpsResponsesTable } from '../../db/schema';
import { DAY } from './createWorkClock';
import type { SeedCompany } from './generateCompanies';
import type { CustomerPlan } from './planCustomers';
import type { SeedContext } from './SeedContext';

export const customerRow = (ctx: SeedContext, plan: CustomerPlan, company: SeedCompany): CustomersTable => {
  const status = plan.churnedAt !== null ? 'churned' : plan.activeAt !== null ? 'active' : 'onboarding';
  return {
    id: company.id,
    status,
    since_at: plan.sinceAt,
    active_at: plan.activeAt,
    churned_at: plan.churnedAt,
    churn_reason: plan.churnReason === null ? null : (ctx.catalog.churnReasons[plan.churnReason] ?? null),
    created_at: plan.sinceAt,
    updated_at: plan.churnedAt ?? plan.activeAt ?? plan.sinceAt,
    deleted_at: null,
  };
};

/**
 * NPS survey answers: the first a month after go-live, then about quarterly until the window ends
 * or the customer leaves. Customers who later churn answer far more harshly.
 */
export const npsRows = (ctx: SeedContext, plan: CustomerPlan, company: SeedCompany): NpsResponsesTable[] => {
  const { random, clock, catalog, end } = ctx;
  if (plan.activeAt === null) return [];
  const rows: NpsResponsesTable[] = [];
  const until = plan.churnedAt ?? end;
  const respondent = company.contacts.find((contact) => contact.role === 'decision_maker') ?? company.contacts[0];
  for (let at = clock.nextWorkTime(plan.activeAt + random.int(20, 40) * DAY); at < until;) {
    if (random.chance(0.8)) {
      const roll = random.float();
      const churning = plan.churnedAt !== null;
      const score = churning
        ? random.int(roll < 0.7 ? 1 : 5, roll < 0.7 ? 6 : 8)
        : roll < 0.5
          ? random.int(9, 10)
          : roll < 0.8
            ? random.int(7, 8)
            : random.int(2, 6);
      const comments =
        score >= 9
          ? catalog.npsComments.promoter
          : score >= 7
            ? catalog.npsComments.passive
            : catalog.npsComments.detractor;
      rows.push({
        id: ctx.newId(at),
        company_id: company.id,
        contact_id: respondent && respondent.createdAt <= at ? respondent.id : null,
        deal_id: plan.firstWin.id,
        score,
        comment: random.chance(0.35) ? random.pick(comments) : null,
        responded_at: at,
        created_at: at,
        updated_at: at,
        deleted_at: null,
      });
    }
    at = clock.nextWorkTime(at + random.int(75, 105) * DAY);
  }
  return rows;
};
