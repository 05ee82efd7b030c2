import { hashOf } from '../../../app/pages';

/**
 * After a switch every record, id and cached view on the page belongs to the other file: start the
 * page afresh on the board (ids in the URL would point at nothing), in the workspace's language.
 */
export const reopenApp = (): void => {
  window.location.hash = hashOf('pipeline');
  window.location.reload();
};
