import { useContext } from 'react';
import { type CardText, CardTextContext } from './CardTextContext';

/** The board's card wording (see CardTextContext); a card rendered outside a board canvas is a bug. */
export const useCardText = (): CardText => {
  const text = useContext(CardTextContext);
  if (!text) throw new Error('a board card rendered outside BoardCanvas (no CardTextContext)');
  return text;
};
