import type { Client } from '@shared/contract/createClient';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { primedCalls } from '../../../platform/data/primedCalls';
import { useBoardFiltersStore } from '../stores/boardFiltersStore';
import { boardInput, FIRST_PAGE, toBoardFilter } from './boardQuery';

/**
 * Sends the board's first requests while its code is still downloading: the cards of the last
 * chosen (or the seeded) pipeline, the pipeline list and the toolbar's lists. BoardPage and its
 * toolbar then take these answers instead of asking again after they render.
 */
export const primeBoard = (client: Client): void => {
  const filters = useBoardFiltersStore.getState();
  const pipelineId = filters.pipelineId ?? DEFAULT_PIPELINE.id;
  // The bench reads the first board request from this mark (the loader's own is a no-op after it).
  if (performance.getEntriesByName('voronka:board-requested').length === 0) performance.mark('voronka:board-requested');
  primedCalls.prime(client, 'deals.board', boardInput(pipelineId, toBoardFilter(filters, filters.search), FIRST_PAGE));
  primedCalls.prime(client, 'pipelines.list', {});
  primedCalls.prime(client, 'users.current', {});
  primedCalls.prime(client, 'leadSources.list', {});
};
