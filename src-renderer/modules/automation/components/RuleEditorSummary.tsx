import { ruleSummarizeInputSchema } from '@shared/contract/schemas/automation';
import type { Language } from '@shared/contract/schemas/common';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import type { RuleDraft } from '../types/RuleDraft';
import { ruleIssueText } from '../utils/ruleIssueText';

/** The sentence the rule reads as, live as it is written; or which part is not valid yet. */
export const RuleEditorSummary = ({ draft }: { draft: RuleDraft }) => {
  const { t, i18n } = useTranslation();
  const language = (i18n.language === 'en' ? 'en' : 'ru') as Language;
  const parsed = ruleSummarizeInputSchema.safeParse({
    language,
    trigger: draft.trigger,
    conditions: draft.conditions,
    actions: draft.actions,
  });
  const firstIssue = parsed.success ? undefined : parsed.error.issues[0];
  const summary = useLiveQuery('automation.summarize', parsed.success ? parsed.data : null, [
    'stages',
    'users',
    'segments',
    'teams',
    'email_templates',
  ]).data;
  return (
    <div>
      <strong>{t('automation.editor.summary')}</strong>
      <p className="rule-editor-summary" data-testid="rule-editor-summary" aria-live="polite">
        {parsed.success
          ? (summary?.text ?? '…')
          : t('automation.editor.invalid', { issue: firstIssue ? ruleIssueText(firstIssue, t) : '' })}
      </p>
    </div>
  );
};
