/** The kinds of task a `create_task` action can make (every activity type but a note). */
export const RULE_TASK_TYPES = ['call', 'email', 'meeting', 'task', 'demo', 'proposal'] as const;
