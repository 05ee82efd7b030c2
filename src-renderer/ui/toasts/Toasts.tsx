import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../Icon';
import { type Toast, useToastStore } from './toastStore';
import './Toasts.css';

/** Errors stay until read for longer; confirmations go quickly. */
const LIFETIME_MS: Record<Toast['tone'], number> = { info: 4000, success: 3000, warning: 6000, error: 8000 };
/** A toast with a button (Undo) stays long enough to reach for it. */
const ACTION_LIFETIME_MS = 10_000;

const ToastItem = ({ toast }: { toast: Toast }) => {
  const { t } = useTranslation();
  const dismiss = useToastStore((state) => state.dismiss);
  useEffect(() => {
    const lifetime = toast.action ? Math.max(ACTION_LIFETIME_MS, LIFETIME_MS[toast.tone]) : LIFETIME_MS[toast.tone];
    const timer = setTimeout(() => dismiss(toast.id), lifetime);
    return () => clearTimeout(timer);
  }, [dismiss, toast.id, toast.tone, toast.action]);
  return (
    <div className={`toast toast-${toast.tone}`} role={toast.tone === 'error' ? 'alert' : 'status'} data-testid="toast">
      <Icon name={toast.tone === 'error' || toast.tone === 'warning' ? 'alert' : 'check'} className="toast-icon" />
      <div className="toast-body">
        <p className="toast-message" title={toast.message}>
          {toast.message}
        </p>
        {toast.detail ? <p className="toast-detail">{toast.detail}</p> : null}
      </div>
      {toast.action ? (
        <button
          type="button"
          className="button button-small toast-action"
          onClick={() => {
            dismiss(toast.id);
            toast.action?.run();
          }}
        >
          {toast.action.label}
        </button>
      ) : null}
      <button
        type="button"
        className="icon-button toast-close"
        aria-label={t('common.actions.dismiss')}
        onClick={() => dismiss(toast.id)}
      >
        <Icon name="close" />
      </button>
    </div>
  );
};

export const Toasts = () => {
  const { t } = useTranslation();
  const toasts = useToastStore((state) => state.toasts);
  return (
    <section className="toasts" aria-label={t('toasts.region')}>
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} />
      ))}
    </section>
  );
};
