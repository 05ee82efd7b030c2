import { RpcFailure } from '@shared/contract/createClient';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../ui/toasts/describeError';
import { translateIssue } from '../../../ui/form/translateIssue';

/**
 * Runs a settings write and turns a refusal into the message to show next to the edited value
 * (the field's issue, or the error code's text); null when it saved.
 */
export const useSaver = () => {
  const { t } = useTranslation();
  return useCallback(
    async (write: () => Promise<unknown>): Promise<string | null> => {
      try {
        await write();
        return null;
      } catch (error) {
        const issue = error instanceof RpcFailure ? error.error.issues?.[0] : undefined;
        if (issue) return translateIssue(issue, t);
        return describeError(error, (key, values) => t(key, values ?? {})).message;
      }
    },
    [t],
  );
};
