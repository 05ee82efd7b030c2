import type { FunnelRow } from '../../contract/schemas/analytics';
import { FUNNEL_STEPS } from '../funnelSteps';
import type { KpiContext } from './KpiContext';
import { ratio } from './ratio';

/**
 * Entered, converted and dropped per funnel step, by the same cohort predicates as the report's
 * conversion (so conversion here equals `KpiReport.conversion`), with the counts behind it.
 */
export const funnelCounts = (ctx: KpiContext): FunnelRow[] =>
  FUNNEL_STEPS.map((step, index) => {
    const entered = ctx.facts.filter((facts) => ctx.enteredInPeriod(facts, index));
    const converted = entered.filter((facts) => ctx.converted(facts, index)).length;
    const last = index === FUNNEL_STEPS.length - 1;
    return {
      step,
      entered: entered.length,
      converted,
      dropOff: last ? null : entered.length - converted,
      conversion: last ? null : ratio(converted, entered.length),
    };
  });
