import type { useRuleEditorOptions } from '../hooks/useRuleEditorOptions';

/** What the rule editor's selects offer (see useRuleEditorOptions). */
export type RuleEditorOptions = ReturnType<typeof useRuleEditorOptions>;
