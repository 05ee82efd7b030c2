import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from './describeError';
import { useToastStore } from './toastStore';

/** A stable callback that shows any failed call as a translated error toast. */
export const useReportError = (): ((error: unknown) => void) => {
  const { t } = useTranslation();
  const push = useToastStore((state) => state.push);
  return useCallback(
    (error: unknown) => {
      push({ tone: 'error', ...describeError(error, (key, values) => t(key, values ?? {})) });
    },
    [push, t],
  );
};
