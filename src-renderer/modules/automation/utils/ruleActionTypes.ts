/** The actions the editor offers (a rule may hold others, made elsewhere; the editor keeps them). */
export const RULE_ACTION_TYPES = ['create_task', 'notify', 'move_stage', 'assign_owner', 'send_email'] as const;
