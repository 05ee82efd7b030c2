/** What one action did, or why it did nothing: a code the UI translates, with its parameters. */
export type ActionDetail = { code: string; params: Record<string, string | number | null> };

/** Facts an action works on: the rule, the record the run is keyed by, its occurrence and the deal. */
export type ActionTarget = {
  ruleId: string;
  recordId: string;
  occurrence: string;
  actionIndex: number;
  dealId: string;
};
