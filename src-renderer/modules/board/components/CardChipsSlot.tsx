import type { BoardCard } from '@shared/contract/schemas/board';
import { useContext } from 'react';
import { lazyPart } from '../../../ui/lazyPart';
import { CardFieldsContext } from '../hooks/CardFieldsContext';

/**
 * The chips' code (value wording by type, option colours) loads only for a pipeline that shows
 * card fields: the board route's bundle stays within its budget for everyone else.
 */
const LazyCardChips = lazyPart(() => import('./CardChips'), 'CardChips');

/** Where a card's chips go: nothing at all while its pipeline shows no card fields. */
export const CardChipsSlot = ({ card }: { card: BoardCard }) => {
  const fields = useContext(CardFieldsContext);
  if (fields.length === 0 || !card.customValues) return null;
  return <LazyCardChips card={card} />;
};
