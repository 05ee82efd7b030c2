import type { Pipeline } from '@shared/contract/schemas/pipelines';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { lazyPart } from '../../../ui/lazyPart';
import { EmptyState } from '../../../ui/EmptyState';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';
import { openDeal } from '../../dealDrawer/hooks/useDealRoute';
import { useBoardActions } from '../hooks/useBoardActions';
import { useBoardLoader } from '../hooks/useBoardLoader';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useBoardFiltersInUrl } from '../hooks/useBoardFiltersInUrl';
import { useBoardFiltersStore } from '../stores/boardFiltersStore';
import { useBoardStore } from '../stores/boardStore';
import { toBoardFilter } from '../utils/boardQuery';
import { BoardCanvas } from './BoardCanvas';
import { BoardSkeleton } from './BoardSkeleton';
import { BoardToolbar } from './BoardToolbar';
import './BoardPage.css';

const NO_PIPELINES: readonly Pipeline[] = [];

/** Search waits for a pause in typing, so the board is not reloaded per keystroke. */
const SEARCH_DEBOUNCE_MS = 250;

/** The new-deal form (and the contact and phone rules it validates with) loads when first opened. */
const NewDealDialog = lazyPart(() => import('../../deals/components/NewDealDialog'), 'NewDealDialog');

/** The loss dialog too (with its reasons form): the board route's script budget pays for saved views. */
const LoseDealDialog = lazyPart(() => import('./LoseDealDialog'), 'LoseDealDialog');

/** The kanban board of a pipeline: filters, columns of cards, drag and drop, Won/Lost. */
export const BoardPage = () => {
  const { t } = useTranslation();
  const client = useClient();
  const pipelines = useLiveQuery('pipelines.list', {}, ['pipelines']).data;
  // Here, not in the lazily loaded saved views: the toolbar's filters can be changed as soon as it
  // shows and each change must reach the URL, and a URL naming filters is read before the first
  // board request instead of after it. Before the store is read, so this render has them.
  useBoardFiltersInUrl();
  const filters = useBoardFiltersStore();
  const search = useDebouncedValue(filters.search, SEARCH_DEBOUNCE_MS);
  const filter = useMemo(() => toBoardFilter(filters, search), [filters, search]);
  const [creating, setCreating] = useState(false);
  const openNewDeal = useCallback(() => setCreating(true), []);

  const chosen = pipelines?.find((pipeline) => pipeline.id === filters.pipelineId);
  const pipeline = chosen ?? pipelines?.find((candidate) => candidate.id === DEFAULT_PIPELINE.id) ?? pipelines?.[0];
  // Before the pipeline list arrives, load the last chosen (or the seeded) pipeline's board at
  // once instead of waiting a round trip; the list then confirms or corrects it.
  const pipelineId = pipelines ? (pipeline?.id ?? null) : (filters.pipelineId ?? DEFAULT_PIPELINE.id);

  const reload = useBoardLoader(pipelineId, filter);
  const actions = useBoardActions(client, filter, reload);
  const data = useBoardStore((state) => state.data);
  const status = useBoardStore((state) => state.status);
  const losingDealId = useBoardStore((state) => state.losingDealId);
  const setLosing = useBoardStore((state) => state.setLosing);
  const shown = data && data.pipeline.id === pipelineId ? data : null;

  // A panel about a refused move belongs to the view it was shown in.
  useEffect(() => () => useBoardStore.getState().setGate(null), [pipelineId]);
  // So does a Lost dialog: leaving the board closes it unsaved (the store outlives the page, and
  // the dialog's own route listener may be gone before it hears the change).
  useEffect(() => () => useBoardStore.getState().setLosing(null), []);

  const losingTitle = losingDealId ? (shown?.cards[losingDealId]?.title ?? null) : null;
  // A search that matches nothing says so instead of showing empty columns ("drop a deal here").
  const noMatches =
    shown !== null &&
    filter.search !== undefined &&
    shown.stageIds.every((stageId) => (shown.columns[stageId]?.count ?? 0) === 0);
  return (
    <div className="board-page">
      <BoardToolbar pipelines={pipelines ?? NO_PIPELINES} pipelineId={pipelineId} onNewDeal={openNewDeal} />
      {pipelines && pipelines.length === 0 ? (
        <EmptyState icon="pipeline" title={t('board.noPipelines')} />
      ) : shown && shown.stageIds.length === 0 ? (
        <EmptyState
          icon="pipeline"
          title={t('board.noStages')}
          action={
            <a className="button button-primary" href="#/pipeline/stages">
              {t('board.settingsLink')}
            </a>
          }
        />
      ) : shown && noMatches ? (
        <EmptyState
          icon="search"
          title={t('board.noMatches.title', { query: filter.search })}
          body={t('board.noMatches.body')}
          action={
            <button type="button" className="button" onClick={() => filters.update({ search: '' })}>
              {t('board.noMatches.reset')}
            </button>
          }
        />
      ) : shown ? (
        <BoardCanvas
          pipeline={shown.pipeline}
          stageIds={shown.stageIds}
          columns={shown.columns}
          currency={shown.currency}
          asOf={shown.asOf}
          actions={actions}
          onOpen={openDeal}
        />
      ) : (
        <BoardSkeleton failed={status === 'error'} onRetry={reload} />
      )}
      {losingDealId ? (
        <LoseDealDialog
          dealTitle={losingTitle}
          onClose={() => setLosing(null)}
          onConfirm={(reasonId, note) => {
            const id = losingDealId;
            setLosing(null);
            if (id) void actions.lose(id, reasonId, note);
          }}
        />
      ) : null}
      {creating && <NewDealDialog open onClose={() => setCreating(false)} pipelineId={pipelineId ?? undefined} />}
    </div>
  );
};
