import type { Pipeline } from '@shared/contract/schemas/pipelines';
import { displayName } from '@shared/i18n/displayName';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Translate } from '@shared/i18n/Translate';
import { useBoardStore } from '../stores/boardStore';
import { Select } from '../../../ui/form/Select';
import { Icon } from '../../../ui/Icon';
import { lazyPart } from '../../../ui/lazyPart';
import { SearchBox } from '../../../ui/SearchBox';
import { useLanguage } from '../../../platform/useLanguage';
import { OwnerPicker } from '../../users/components/OwnerPicker';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useBoardFiltersStore } from '../stores/boardFiltersStore';
import { formatMoney } from '@shared/i18n/formatMoney';
import { addCurrencyTotals } from '@shared/domain/addCurrencyTotals';
import { inCurrencyOrder } from '@shared/domain/inCurrencyOrder';
import { CurrencyAmounts } from './CurrencyAmounts';

export type BoardToolbarProps = {
  pipelines: readonly Pipeline[];
  pipelineId: string | null;
  onNewDeal(): void;
};

// The saved views load after the board: their own chunk (the filters' URL sync is the page's).
const BoardSavedViews = lazyPart(() => import('./BoardSavedViews'), 'BoardSavedViews');
// The segment filter (and its messages) loads on its own: most boards have no segment, and the
// board route's script stays within its budget.
const BoardSegmentFilter = lazyPart(() => import('../../segments/components/BoardSegmentFilter'), 'BoardSegmentFilter');

/** The chosen pipeline's name as the picker shows it. */
const pipelineName = (pipelines: readonly Pipeline[], pipelineId: string | null, t: Translate): string | undefined => {
  const pipeline = pipelines.find((candidate) => candidate.id === pipelineId);
  return pipeline ? displayName(pipeline, t, 'pipeline') : undefined;
};

/** Currencies the toolbar lists before folding the rest into «+N». */
const TOOLBAR_CURRENCIES = 3;

/**
 * The pipeline's totals per currency, added up from the column headers (so an optimistic move
 * shows at once): the sums first, then the deal count and the weighted sums. Subscribes to the
 * board itself so a move re-renders only this line. One line: when it does not fit, it ends in
 * an ellipsis and the tooltip has every figure.
 */
const BoardSummary = ({ pipelineId }: { pipelineId: string | null }) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const data = useBoardStore((state) => (state.data?.pipeline.id === pipelineId ? state.data : null));
  if (!data) return null;
  const columns = data.stageIds.map((id) => data.columns[id]).filter((column) => column !== undefined);
  const count = columns.reduce((total, column) => total + column.count, 0);
  const totals = inCurrencyOrder(addCurrencyTotals(columns.map((column) => column.byCurrency)), data.currencies);
  const money = (amount: 'sumMinor' | 'weightedMinor') =>
    totals.length === 0
      ? formatMoney(0, data.currency, language)
      : totals.map((total) => formatMoney(total[amount], total.currency, language)).join(' · ');
  const full = [
    money('sumMinor'),
    t('board.column.deals', { count }),
    `${t('board.summary.weightedLabel')} ${money('weightedMinor')}`,
    t('board.summary.weightedHint'),
  ].join('\n');
  return (
    <p className="board-summary" data-testid="board-summary" title={full}>
      <CurrencyAmounts
        className="num board-summary-sum"
        testId="board-summary-sum"
        totals={totals}
        amount="sumMinor"
        zeroCurrency={data.currency}
        max={TOOLBAR_CURRENCIES}
      />
      <span className="board-summary-sep" aria-hidden="true">
        {' · '}
      </span>
      <span className="num">{t('board.column.deals', { count })}</span>
      <span className="board-summary-sep" aria-hidden="true">
        {' · '}
      </span>
      <span className="num" data-testid="board-summary-weighted">
        {t('board.summary.weightedLabel')}{' '}
        <CurrencyAmounts totals={totals} amount="weightedMinor" zeroCurrency={data.currency} max={TOOLBAR_CURRENCIES} />
      </span>
    </p>
  );
};

/**
 * Which pipeline and which of its deals: text search (title or company), owner, lead source and
 * "my deals"; the pipeline's totals; the way to the stage settings and a new deal.
 */
export const BoardToolbar = memo(function BoardToolbar({ pipelines, pipelineId, onNewDeal }: BoardToolbarProps) {
  const { t } = useTranslation();
  const filters = useBoardFiltersStore();
  const sources = useLiveQuery('leadSources.list', {}, ['lead_sources']).data ?? [];
  const me = useLiveQuery('users.current', {}, ['settings', 'users']).data ?? null;
  const filtered =
    filters.ownerId !== null ||
    filters.sourceId !== null ||
    filters.segmentId !== null ||
    filters.search !== '' ||
    filters.mine;

  return (
    <div className={pipelines.length > 1 ? 'board-toolbar has-pipeline-picker' : 'board-toolbar'}>
      <div className="board-toolbar-filters">
        <BoardSavedViews />
        {pipelines.length > 1 ? (
          <Select
            className="board-pipeline"
            aria-label={t('board.filters.pipeline')}
            // At 1280 px a long name ends in "…": the tooltip names it in full.
            title={pipelineName(pipelines, pipelineId, t)}
            value={pipelineId ?? ''}
            onChange={(event) => filters.update({ pipelineId: event.target.value })}
          >
            {pipelines.map((pipeline) => (
              <option key={pipeline.id} value={pipeline.id}>
                {displayName(pipeline, t, 'pipeline')}
              </option>
            ))}
          </Select>
        ) : null}
        <SearchBox
          className="board-search"
          label={t('board.filters.search')}
          placeholder={t('board.filters.searchPlaceholder')}
          hint={t('board.filters.searchHint')}
          value={filters.search}
          onChange={(search) => filters.update({ search })}
        />
        <OwnerPicker
          className="board-owner"
          aria-label={t('board.filters.owner')}
          value={filters.ownerId}
          unassignedLabel={t('board.filters.allOwners')}
          includeInactive
          onChange={(ownerId) => filters.update({ ownerId })}
        />
        <Select
          className="board-source"
          aria-label={t('board.filters.source')}
          value={filters.sourceId ?? ''}
          onChange={(event) => filters.update({ sourceId: event.target.value || null })}
        >
          <option value="">{t('board.filters.allSources')}</option>
          {sources.map((source) => (
            <option key={source.id} value={source.id}>
              {displayName(source, t, 'leadSource')}
            </option>
          ))}
        </Select>
        <BoardSegmentFilter
          value={filters.segmentId ?? ''}
          onChange={(segmentId) => filters.update({ segmentId: segmentId || null })}
        />
        <button
          type="button"
          className={filters.mine ? 'button toggle-button is-on' : 'button toggle-button'}
          aria-pressed={filters.mine}
          aria-label={t('board.filters.mine')}
          disabled={me === null}
          title={me === null ? t('board.filters.mineNoUser') : t('board.filters.mine')}
          onClick={() => filters.update({ mine: !filters.mine })}
        >
          <Icon name="person" size={16} />
          {/* The short label where a narrow toolbar also holds the pipeline picker (CSS picks). */}
          <span className="board-mine-full">{t('board.filters.mine')}</span>
          <span className="board-mine-short">{t('board.filters.mineShort')}</span>
        </button>
        {filtered ? (
          // An icon with its name in the tooltip: the toolbar keeps to one row at 1280 px.
          <button
            type="button"
            className="icon-button board-reset"
            aria-label={t('board.filters.reset')}
            title={t('board.filters.reset')}
            onClick={filters.reset}
          >
            <Icon name="close" size={18} />
          </button>
        ) : null}
      </div>
      <BoardSummary pipelineId={pipelineId} />
      <div className="board-toolbar-end">
        <a
          className="icon-button"
          href="#/pipeline/stages"
          aria-label={t('board.settingsLink')}
          title={t('board.settingsLink')}
        >
          <Icon name="gear" size={20} />
        </a>
        <button type="button" className="button button-primary" onClick={onNewDeal}>
          <Icon name="plus" size={18} />
          {t('board.newDeal')}
        </button>
      </div>
    </div>
  );
});
