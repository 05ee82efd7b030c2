import type { HubProblem } from '@shared/contract/schemas/hub';
import { useTranslation } from 'react-i18next';

/** A hub problem in the user's words: the hub's message for its reason, else the generic one with the detail. */
export const HubProblemText = ({ problem }: { problem: HubProblem }) => {
  const { t, i18n } = useTranslation();
  return (
    <span className="shared-folder-problem" data-testid="hub-problem-text">
      {i18n.exists(`hub.${problem.reason}`)
        ? t(`hub.${problem.reason}`, problem.params)
        : t('hub.other', { detail: String(problem.params.detail ?? problem.reason) })}
    </span>
  );
};
