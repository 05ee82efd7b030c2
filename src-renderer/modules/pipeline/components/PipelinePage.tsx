import { BoardPage } from '../../board/components/BoardPage';
import { lazyPage } from '../../../ui/lazyPage';
import { useHashPath } from '../hooks/useHashPath';

/** Stage settings are their own chunk: the board's first paint does not wait for their code. */
const StagesSettingsPage = lazyPage(
  () => import('../../stagesSettings/components/StagesSettingsPage'),
  'StagesSettingsPage',
);

/** The Pipeline section: the board, and its settings at `#/pipeline/stages`. */
export const PipelinePage = () => {
  const path = useHashPath();
  return path.startsWith('/pipeline/stages') ? <StagesSettingsPage /> : <BoardPage />;
};
