import { formatMoney } from '@shared/i18n/formatMoney';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../platform/useLanguage';
import { Modal } from '../../../ui/Modal/Modal';

export type CurrencyChangeDialogProps = {
  /** The workspace currency now, and the one picked; `to` null: the dialog is closed. */
  from: string;
  to: string | null;
  onConfirm(to: string): Promise<void>;
  onCancel(): void;
};

/**
 * Before the workspace currency changes, what the change does in plain words: new deals take the
 * new currency, existing deals keep theirs (nothing is converted), the board totals each currency
 * apart, and the weekly report counts money in the workspace currency only.
 */
export const CurrencyChangeDialog = ({ from, to, onConfirm, onCancel }: CurrencyChangeDialogProps) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const [busy, setBusy] = useState(false);
  const names = new Intl.DisplayNames(language, { type: 'currency' });
  const name = (code: string) => names.of(code) ?? code;
  return (
    <Modal
      open={to !== null}
      title={to ? t('settings.currency.change.title', { name: name(to) }) : ''}
      onClose={onCancel}
    >
      {to ? (
        <>
          <div className="modal-body" data-testid="currency-change-warning">
            <ul className="currency-change-points">
              <li>{t('settings.currency.change.newDeals', { name: name(to), code: to })}</li>
              <li>{t('settings.currency.change.existing', { name: name(from), code: from })}</li>
              <li>
                {t('settings.currency.change.board', {
                  example: `${formatMoney(1_200_000_00, from, language)} · ${formatMoney(15_000_00, to, language)}`,
                })}
              </li>
              <li>{t('settings.currency.change.report', { code: to })}</li>
              <li>{t('settings.currency.change.revert')}</li>
            </ul>
          </div>
          <footer className="modal-footer">
            <button type="button" className="button" data-autofocus="" onClick={onCancel}>
              {t('common.actions.cancel')}
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={async () => {
                setBusy(true);
                try {
                  await onConfirm(to);
                } finally {
                  setBusy(false);
                }
              }}
            >
              {t('settings.currency.change.confirm', { code: to })}
            </button>
          </footer>
        </>
      ) : null}
    </Modal>
  );
};
