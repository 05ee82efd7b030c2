/** The conditions the editor offers (a rule may hold others, made elsewhere; the editor keeps them). */
export const RULE_CONDITION_TYPES = ['stage', 'owner', 'team', 'value', 'source', 'segment'] as const;
