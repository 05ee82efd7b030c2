import { BoardPage } from '../../board/components/BoardPage';
import { StagesSettingsPage } from '../../stagesSettings/components/StagesSettingsPage';
import { useHashPath } from '../hooks/useHashPath';

/** The Pipeline section: the board, and its settings at `#/pipeline/stages`. */
export const PipelinePage = () => {
  const path = useHashPath();
  return path.startsWith('/pipeline/stages') ? <StagesSettingsPage /> : <BoardPage />;
};
