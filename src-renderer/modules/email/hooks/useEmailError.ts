import { RpcFailure } from '@shared/contract/createClient';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../ui/toasts/describeError';
import { translateIssue } from '../../../ui/form/translateIssue';

/**
 * An e-mail call's refusal in words: the outbox's own reasons (`email.errors.<reason>`, with the
 * server's text), a field's issue, or the error code's general text.
 */
export const useEmailError = () => {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown): string => {
      if (error instanceof RpcFailure) {
        const reason = error.error.params?.reason;
        if (typeof reason === 'string' && (reason.startsWith('email_') || reason.startsWith('send_'))) {
          const key = `email.errors.${reason.replace(/^email_send_/, 'send_')}`;
          const detail = error.error.params?.detail;
          return t(key, { detail: typeof detail === 'string' ? detail : '', defaultValue: error.error.message });
        }
        const issue = error.error.issues?.[0];
        if (issue) return translateIssue(issue, t);
      }
      return describeError(error, (key, values) => t(key, values ?? {})).message;
    },
    [t],
  );
};
