import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type DuplicateItem, DuplicatesNotice } from './DuplicatesNotice';
import type { RecordFormState } from './useRecordForm';
import './FormGrid.css';

export type RecordFormProps<V> = {
  form: RecordFormState<V>;
  /** The feature's own class beside `record-form` (e.g. `company-form`). */
  className: string;
  submitLabel: string;
  onCancel(): void;
  /** Records that may be this one: a warning under the fields, never a block. */
  duplicates: { title: string; openLabel: string; items: readonly DuplicateItem[] };
  /** A footer button at the start, away from Cancel and Save (e.g. Delete). */
  footerStart?: ReactNode;
  /** Rendered in the body after the grid (e.g. the <datalist>s the boxes suggest from). */
  extra?: ReactNode;
  /** The grid's cells. */
  children: ReactNode;
};

/** A record's create/edit form in a modal: a six-column grid of fields, duplicates, Cancel and Save. */
export const RecordForm = <V,>({
  form,
  className,
  submitLabel,
  onCancel,
  duplicates,
  footerStart,
  extra,
  children,
}: RecordFormProps<V>) => {
  const { t } = useTranslation();
  return (
    <form className={`record-form ${className}`} noValidate onSubmit={form.submit}>
      <div className="modal-body">
        <div className="form-grid">{children}</div>
        {extra}
      </div>
      {duplicates.items.length > 0 ? (
        <div className="form-notices">
          <DuplicatesNotice title={duplicates.title} openLabel={duplicates.openLabel} items={duplicates.items} />
        </div>
      ) : null}
      <footer className="modal-footer">
        {footerStart}
        <button type="button" className="button" onClick={onCancel}>
          {t('common.actions.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={form.submitting}>
          {submitLabel}
        </button>
      </footer>
    </form>
  );
};
