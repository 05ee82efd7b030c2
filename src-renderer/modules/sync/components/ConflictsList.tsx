import type { SyncConflict, SyncConflictPage } from '@shared/contract/schemas/sync';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useDateFormat } from '../../../platform/useDateFormat';
import { useLanguage } from '../../../platform/useLanguage';
import { useReportError } from '../../../ui/toasts/useReportError';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { useSettingsStore } from '../../settings/stores/settingsStore';
import { describeConflictValue } from '../utils/describeConflictValue';

const PAGE = 50;

const TABLE_KEYS = new Set(['deals', 'companies', 'contacts', 'activities']);

/** A delete against an edit reads as what happened, not as a «не удалено» value nobody set. */
const lineKey = (conflict: SyncConflict): string => {
  if (conflict.fields[0] === 'deletedAt') {
    if (conflict.side === 'lost' && conflict.theirs['deletedAt'] != null) return 'sync.conflicts.deletedLost';
    if (conflict.side === 'won' && conflict.mine['deletedAt'] != null) return 'sync.conflicts.deletedWon';
  }
  return conflict.side === 'lost' ? 'sync.conflicts.lost' : 'sync.conflicts.won';
};

const ConflictRow = ({
  conflict,
  refs,
  busy,
  onKeep,
  onAccept,
}: {
  conflict: SyncConflict;
  refs: SyncConflictPage['refs'];
  busy: boolean;
  onKeep: () => void;
  onAccept: () => void;
}) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const dates = useDateFormat();
  const currency = useSettingsStore((state) => state.settings?.['workspace.currency'] ?? 'RUB');
  const text = describeConflictValue(conflict, { refs, t, language, currency });
  const weekday = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: dates.timeZone }).format(
    conflict.theirAt,
  );
  const kind = t(`sync.conflicts.tables.${TABLE_KEYS.has(conflict.table) ? conflict.table : 'other'}`);
  const recordName = conflict.label
    ? t('sync.conflicts.record', { kind, label: conflict.label, interpolation: { escapeValue: false } })
    : kind;
  return (
    <li className="sync-conflict" data-testid="sync-conflict" data-side={conflict.side}>
      <div className="sync-conflict-text">
        <span className="sync-conflict-where">
          {conflict.label && conflict.table === 'deals' ? (
            <a href={`#/settings?deal=${encodeURIComponent(conflict.rowId)}`}>{recordName}</a>
          ) : (
            recordName
          )}{' '}
          · {text.field}
        </span>
        <span data-testid="sync-conflict-line">
          {t(lineKey(conflict), {
            mine: text.mine,
            theirs: text.theirs,
            who: conflict.theirName ?? t('sync.conflicts.someone'),
            when: `${weekday}, ${dates.instant(conflict.theirAt, 'dateTime')}`,
            interpolation: { escapeValue: false },
          })}
        </span>
      </div>
      <div className="sync-conflict-actions">
        {conflict.side === 'lost' && (
          <button type="button" className="button button-small" disabled={busy} onClick={onKeep}>
            {t('sync.conflicts.keepMine')}
          </button>
        )}
        <button type="button" className="button button-small" disabled={busy} onClick={onAccept}>
          {t('sync.conflicts.accept')}
        </button>
      </div>
    </li>
  );
};

/**
 * The conflicts view: each open conflict as "your value X was replaced by Y from Anna, Tuesday",
 * with keep mine (written again as a new change) and accept, and accept all.
 */
export const ConflictsList = ({ openCount }: { openCount: number }) => {
  const { t } = useTranslation();
  const client = useClient();
  const reportError = useReportError();
  const push = useToastStore((state) => state.push);
  const [limit, setLimit] = useState(PAGE);
  const [busy, setBusy] = useState(false);
  const page = useLiveQuery('sync.conflicts', { offset: 0, limit }, ['sync_conflicts']);
  const data = page.data;

  const act = async (work: () => Promise<unknown>, message?: string) => {
    setBusy(true);
    try {
      await work();
      if (message) push({ tone: 'success', message });
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="sync-conflicts" data-testid="sync-conflicts" id="sync-conflicts">
      <div className="sync-conflicts-header">
        <h3 className="sync-subtitle">
          {t('sync.conflicts.title')}
          {openCount > 0 && (
            <span
              className="sync-count"
              data-testid="sync-conflicts-count"
              aria-label={t('sync.conflicts.count', { count: openCount })}
            >
              {openCount}
            </span>
          )}
        </h3>
        {data !== null && data.conflicts.length > 1 && (
          <button
            type="button"
            className="button button-small"
            disabled={busy}
            onClick={() => void act(() => client.call('sync.acceptAllConflicts', {}))}
          >
            {t('sync.conflicts.acceptAll')}
          </button>
        )}
      </div>
      <p className="muted">{t('sync.conflicts.hint')}</p>
      {data === null ? null : data.conflicts.length === 0 ? (
        <p className="muted">{t('sync.conflicts.empty')}</p>
      ) : (
        <ul className="sync-conflict-list">
          {data.conflicts.map((conflict) => (
            <ConflictRow
              key={conflict.id}
              conflict={conflict}
              refs={data.refs}
              busy={busy}
              onKeep={() => void act(() => client.call('sync.keepMine', { id: conflict.id }), t('sync.conflicts.kept'))}
              onAccept={() => void act(() => client.call('sync.acceptConflict', { id: conflict.id }))}
            />
          ))}
        </ul>
      )}
      {data !== null && data.total > data.conflicts.length && (
        <button type="button" className="button button-small" onClick={() => setLimit((current) => current + PAGE)}>
          {t('sync.conflicts.more')}
        </button>
      )}
    </div>
  );
};
