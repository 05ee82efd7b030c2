import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { SwitchingTo } from '../hooks/useWorkspaceSwitch';
import './SampleWorkspace.css';

/**
 * The wait while the host makes (or opens) the other file: the window stays responsive, just busy.
 * Over the whole window, or `inline` inside a modal dialog (which sits above anything on the body).
 */
export const SwitchingOverlay = ({ to, inline = false }: { to: SwitchingTo; inline?: boolean }) => {
  const { t } = useTranslation();
  if (to === null) return null;
  const status = (
    <div className="sample-switching-card" role="status" aria-live="polite" data-testid="sample-switching">
      <span className="sample-spinner" aria-hidden="true" />
      <span className="sample-switching-text">
        <strong>{t(to === 'sample' ? 'sample.preparing' : 'sample.returning')}</strong>
        {to === 'sample' ? <span className="muted">{t('sample.preparingHint')}</span> : null}
      </span>
    </div>
  );
  return inline ? status : createPortal(<div className="sample-switching">{status}</div>, document.body);
};
