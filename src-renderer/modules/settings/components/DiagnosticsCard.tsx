import { diagnosticsEn } from '@shared/i18n/messages/diagnostics.en';
import { diagnosticsRu } from '@shared/i18n/messages/diagnostics.ru';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { ensurePageMessages } from '../../../platform/ensurePageMessages';
import { useReportError } from '../../../ui/toasts/useReportError';
import { useToastStore } from '../../../ui/toasts/toastStore';

/** "Copy diagnostics": what support needs, fetched fresh from the core and put on the clipboard. */
export const DiagnosticsCard = () => {
  const { t, i18n } = useTranslation();
  ensurePageMessages(i18n, 'diagnostics', { ru: diagnosticsRu, en: diagnosticsEn });
  const client = useClient();
  const reportError = useReportError();
  const push = useToastStore((state) => state.push);
  const [busy, setBusy] = useState(false);

  const copy = async () => {
    setBusy(true);
    try {
      const { text } = await client.call('app.diagnostics', {});
      try {
        await navigator.clipboard.writeText(text);
      } catch {
        push({ tone: 'error', message: t('diagnostics.copyFailed') });
        return;
      }
      push({ tone: 'success', message: t('diagnostics.copied') });
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card setting-card" aria-labelledby="diagnostics-title" data-testid="diagnostics-card">
      <div className="setting-text">
        <h2 id="diagnostics-title">{t('diagnostics.title')}</h2>
        <p className="muted">{t('diagnostics.description')}</p>
      </div>
      <div className="setting-control">
        <button type="button" className="button" disabled={busy} onClick={() => void copy()}>
          {t('diagnostics.copy')}
        </button>
      </div>
    </section>
  );
};
