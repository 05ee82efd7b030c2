import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../ui/toasts/describeError';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { reopenApp } from '../utils/reopenApp';
import { switchWorkspace } from '../utils/switchWorkspace';

export type SwitchingTo = 'sample' | 'own' | null;

/**
 * Opening the sample workspace (in the UI's language) and going back. While the host prepares the
 * file the caller shows a wait state (`switching`); on success the page starts afresh on the other
 * file, so it stays in the wait state until the reload.
 */
export const useWorkspaceSwitch = () => {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'ru' ? 'ru' : 'en';
  const push = useToastStore((state) => state.push);
  const [switching, setSwitching] = useState<SwitchingTo>(null);

  const run = useCallback(
    async (to: Exclude<SwitchingTo, null>, fresh = false) => {
      setSwitching(to);
      try {
        await switchWorkspace(to === 'own' ? { action: 'openOwn' } : { action: 'openSample', language, fresh });
        reopenApp();
      } catch (error) {
        setSwitching(null);
        push({ tone: 'error', message: t('sample.failed', { message: describeError(error, t).message }) });
      }
    },
    [language, push, t],
  );

  return {
    switching,
    openSample: (fresh = false) => run('sample', fresh),
    backToOwn: () => run('own'),
  };
};
