/**
 * How a load reads what it names by deal. `auto` seeks the few and scans for the many (a window of
 * months names most deals of the file); the others force one way, so tests hold both to the same input.
 */
export type KpiReadPlan = 'auto' | 'seek' | 'scan';
