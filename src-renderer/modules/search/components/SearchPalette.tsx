import type { SearchHit, SearchHitKind } from '@shared/contract/schemas/search';
import { SEARCH_TEXT_MAX_LENGTH } from '@shared/contract/searchLimits';
import { MIN_SEARCH_LENGTH } from '@shared/domain/search/searchQueryPlan';
import { formatInstant } from '@shared/i18n/formatDates';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useDateFormat } from '../../../platform/useDateFormat';
import { useLanguage } from '../../../platform/useLanguage';
import { Icon, type IconName } from '../../../ui/Icon';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';
import { useLastLoaded } from '../../../ui/useLastLoaded';
import { activityTypeIcon } from '../../activities/utils/activityTypeIcon';
import { useSearchPaletteStore } from '../stores/searchPaletteStore';
import { ensureSearchPaletteMessages } from '../utils/ensureSearchPaletteMessages';
import { readRecentHits, type RecentHit } from '../utils/readRecentHits';
import { rememberRecentHit } from '../utils/rememberRecentHit';
import { searchHitHash } from '../utils/searchHitHash';
import './SearchPalette.css';

const KIND_ICONS: Record<SearchHitKind, IconName> = {
  lead: 'leads',
  deal: 'deals',
  company: 'companies',
  contact: 'contacts',
  activity: 'activities',
};

/** Hits per kind: enough to pick from, few enough that four groups fit the window. */
const PER_KIND = 5;

type Row = RecentHit & Partial<Pick<SearchHit, 'inn' | 'email' | 'phone' | 'exact' | 'activity'>>;
/** `start`: the flat index of the group's first row (arrows move through all groups as one list). */
type Group = { key: string; label: string; rows: Row[]; start: number };

const groupsOf = (rows: readonly Row[], label: (kind: SearchHitKind) => string): Group[] => {
  const groups: Group[] = [];
  rows.forEach((row, index) => {
    const last = groups.at(-1);
    if (last?.key === row.kind) last.rows.push(row);
    else groups.push({ key: row.kind, label: label(row.kind), rows: [row], start: index });
  });
  return groups;
};

/** The hit's second line: where it belongs and how to reach it (an activity: whose timeline, and when). */
const detailOf = (row: Row, innLabel: string, formatAt: (at: number) => string): string => {
  const target = row.activity?.target ?? row.target;
  // An activity's date first: its subject often repeats ("Follow-up call"), its date tells them apart.
  return [
    row.activity ? formatAt(row.activity.at) : null,
    target && target.title !== row.companyName ? target.title : null,
    row.companyName,
    row.inn ? `${innLabel} ${row.inn}` : null,
    row.email,
    row.phone,
  ]
    .filter(Boolean)
    .join(' · ');
};

/**
 * The Ctrl+K search: one box over leads, deals, companies, contacts (names, INN, e-mail, phone
 * in any format, custom text) and activities (subject, text), hits grouped by kind, arrows to move, Enter to open, Escape to
 * leave; with nothing typed it lists the records last opened from it.
 */
export const SearchPalette = () => {
  const { t, i18n } = useTranslation();
  ensureSearchPaletteMessages(i18n);
  const language = useLanguage();
  const { timeZone } = useDateFormat();
  const formatAt = (at: number) => formatInstant(at, 'date', language, timeZone);
  const hide = useSearchPaletteStore((state) => state.hide);
  const dialog = useRef<HTMLDialogElement>(null);
  const listId = useId();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const [recent] = useState(readRecentHits);
  const typed = useDebouncedValue(text, 120).trim();
  const searching = text.trim().replace(/\s/gu, '').length >= MIN_SEARCH_LENGTH;
  const found = useLastLoaded(
    useLiveQuery('search.everywhere', searching && typed ? { query: typed, limit: PER_KIND } : null, [
      'deals',
      'companies',
      'contacts',
      'custom_values',
      'activities',
      'search_index',
    ]).data,
  );
  const rows: Row[] = searching ? (found?.hits ?? []) : recent;
  const groups = searching
    ? groupsOf(rows, (kind) => t(`searchPalette.kinds.${kind}`))
    : rows.length > 0
      ? [{ key: 'recent', label: t('searchPalette.recent'), rows, start: 0 }]
      : [];
  const current = Math.min(active, Math.max(rows.length - 1, 0));

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const open = (row: Row) => {
    const target = row.activity ? row.activity.target : row.target;
    const link = { kind: row.kind, id: row.id, title: row.title, companyName: row.companyName };
    rememberRecentHit(row.kind === 'activity' ? { ...link, target } : link);
    hide();
    window.location.hash = searchHitHash({ kind: row.kind, id: row.id, target }, window.location.hash);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(rows.length === 0 ? 0 : (current + step + rows.length) % rows.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const row = rows[current];
      if (row) open(row);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="modal search-palette"
      aria-label={t('searchPalette.title')}
      data-testid="search-palette"
      onCancel={(event) => {
        event.preventDefault();
        hide();
      }}
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) hide();
      }}
    >
      <div className="search-palette-box">
        <Icon name="search" size={20} className="search-palette-icon" />
        <input
          className="search-palette-input"
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-label={t('searchPalette.title')}
          aria-activedescendant={rows.length > 0 ? `${listId}-${current}` : undefined}
          aria-autocomplete="list"
          autoFocus
          autoComplete="off"
          spellCheck={false}
          // A longer text (a pasted paragraph) would be refused by the search with a bare "check the input".
          maxLength={SEARCH_TEXT_MAX_LENGTH}
          placeholder={t('searchPalette.placeholder')}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <kbd className="search-palette-kbd">Esc</kbd>
      </div>
      <div className="search-palette-results" id={listId} role="listbox" aria-label={t('searchPalette.results')}>
        {searching && found?.indexing ? (
          <p className="search-palette-indexing" role="status">
            {t('searchPalette.indexing')}
          </p>
        ) : null}
        {groups.map((group) => (
          <div key={group.key} role="group" aria-label={group.label} className="search-palette-group">
            <div className="search-palette-group-label" aria-hidden="true">
              {group.label}
            </div>
            {group.rows.map((row, offset) => {
              const at = group.start + offset;
              const detail = detailOf(row, t('searchPalette.inn'), formatAt);
              return (
                <div
                  key={row.id}
                  id={`${listId}-${at}`}
                  role="option"
                  aria-selected={at === current}
                  className={at === current ? 'search-palette-hit is-active' : 'search-palette-hit'}
                  onMouseDown={(event) => event.preventDefault()}
                  onMouseMove={() => setActive(at)}
                  onClick={() => open(row)}
                >
                  <Icon
                    name={row.activity ? activityTypeIcon[row.activity.type] : KIND_ICONS[row.kind]}
                    size={18}
                    className="search-palette-kind"
                  />
                  <span className="search-palette-title">{row.title}</span>
                  {detail ? <span className="search-palette-detail">{detail}</span> : null}
                  {row.exact ? <span className="search-palette-exact">{t('searchPalette.exact')}</span> : null}
                </div>
              );
            })}
          </div>
        ))}
        {searching && found !== null && rows.length === 0 ? (
          <p className="search-palette-empty">{t('searchPalette.nothing')}</p>
        ) : null}
        {!searching && rows.length === 0 ? <p className="search-palette-empty">{t('searchPalette.hint')}</p> : null}
      </div>
      <footer className="search-palette-footer">
        <span>
          <kbd>↑</kbd>
          <kbd>↓</kbd> {t('searchPalette.keys.move')}
        </span>
        <span>
          <kbd>Enter</kbd> {t('searchPalette.keys.open')}
        </span>
        <span>
          <kbd>Esc</kbd> {t('searchPalette.keys.close')}
        </span>
      </footer>
    </dialog>
  );
};
