import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReportError } from '../toasts/useReportError';
import type { FieldErrors } from './fieldErrors';
import { serverFieldErrors } from './serverFieldErrors';

/**
 * Saves a form: `busy` while the write runs; a refusal about fields goes next to them, and any
 * other failure (the host stopped, a conflict) becomes an error toast, so a Save never fails
 * silently and the form keeps what was typed.
 */
export const useFormSave = (setErrors: (errors: FieldErrors) => void) => {
  const { t } = useTranslation();
  const reportError = useReportError();
  const [busy, setBusy] = useState(false);
  const save = useCallback(
    async (write: () => Promise<unknown>): Promise<void> => {
      setBusy(true);
      try {
        await write();
      } catch (error) {
        const fieldErrors = serverFieldErrors(error, t);
        if (fieldErrors) setErrors(fieldErrors);
        else reportError(error);
      } finally {
        setBusy(false);
      }
    },
    [reportError, setErrors, t],
  );
  return { busy, save };
};
