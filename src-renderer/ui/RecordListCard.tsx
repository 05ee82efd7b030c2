import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSaver } from '../modules/stagesSettings/hooks/useSaver';
import '../modules/campaigns/components/Campaigns.css';
import '../modules/icp/components/Icp.css';

type Named = { id: string; name: string };

/** Runs a row's write; a refusal shows under the list. */
export type RowAction = (write: () => Promise<unknown>) => Promise<void>;

type Props<T extends Named> = {
  /** Names the heading (`${name}-title`) that labels the card and its list. */
  name: string;
  testId: string;
  rowTestId: string;
  title: string;
  hint: string;
  addLabel: string;
  emptyText: string;
  /** Null while loading. */
  records: readonly T[] | null | undefined;
  onAdd: () => void;
  onEdit: (record: T) => void;
  /** What a row says under (and next to) its name. */
  renderMain: (record: T) => ReactNode;
  /** Buttons between Edit and Delete (approve, …). */
  renderActions?: (record: T, act: RowAction) => ReactNode;
  deleteLabel: (record: T) => string;
  deleteConfirm: (record: T) => string;
  onDelete: (record: T) => Promise<unknown>;
  /** The edit dialog, when open. */
  children?: ReactNode;
};

/**
 * A Settings card listing a workspace's named records (ICP profiles, personas, segments): a
 * heading with its hint and Add button, a row per record with Edit, its own actions and a
 * confirmed Delete, and the refusal of the last row action under the list.
 */
export const RecordListCard = <T extends Named>(props: Props<T>) => {
  const { t } = useTranslation();
  const save = useSaver();
  const [rowError, setRowError] = useState<string | null>(null);
  const act: RowAction = async (write) => setRowError(await save(write));
  const titleId = `${props.name}-title`;
  const { records } = props;
  return (
    <section className="card campaigns-card" aria-labelledby={titleId} data-testid={props.testId}>
      <header className="campaigns-card-header">
        <div className="campaigns-card-title">
          <h2 id={titleId}>{props.title}</h2>
          <p className="muted">{props.hint}</p>
        </div>
        <button type="button" className="button" onClick={props.onAdd}>
          {props.addLabel}
        </button>
      </header>
      {!records ? (
        <p className="muted campaigns-pad">{t('common.loading')}</p>
      ) : records.length === 0 ? (
        <p className="muted campaigns-pad">{props.emptyText}</p>
      ) : (
        <ul className="icp-profile-list" aria-labelledby={titleId}>
          {records.map((record) => (
            <li key={record.id} className="icp-profile-row" data-testid={props.rowTestId}>
              <div className="icp-profile-main">{props.renderMain(record)}</div>
              <div className="icp-profile-actions">
                <button type="button" className="button button-small" onClick={() => props.onEdit(record)}>
                  {t('common.actions.edit')}
                </button>
                {props.renderActions?.(record, act)}
                <button
                  type="button"
                  className="button button-small button-danger"
                  aria-label={props.deleteLabel(record)}
                  onClick={() => {
                    if (window.confirm(props.deleteConfirm(record))) void act(() => props.onDelete(record));
                  }}
                >
                  {t('common.actions.delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {rowError ? <p className="field-error campaigns-pad">{rowError}</p> : null}
      {props.children}
    </section>
  );
};
