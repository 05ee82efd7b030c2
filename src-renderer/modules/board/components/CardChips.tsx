import type { BoardCard } from '@shared/contract/schemas/board';
import { customFieldName } from '@shared/domain/customFields/customFieldName';
import { useContext } from 'react';
import { cardChipsOf } from '../utils/cardChipsOf';
import { CardFieldsContext } from '../hooks/CardFieldsContext';
import { useCardText } from '../hooks/useCardText';
// The option colours (cf-colour-*), as the tables show them.
import '../../customFields/components/CustomFields.css';

/**
 * The pipeline's chosen custom fields as small chips under the card's signals: each value as its
 * table cell words it (an option in its colour), cut to the card's width with the whole value and
 * the field's name in the title. Empty values, and unticked checkboxes, show nothing.
 */
export const CardChips = ({ card }: { card: BoardCard }) => {
  const fields = useContext(CardFieldsContext);
  const {
    t,
    language,
    dates: { timeZone },
  } = useCardText();
  if (fields.length === 0 || !card.customValues) return null;
  const chips = cardChipsOf(fields, card, {
    t,
    language,
    timeZone,
    nameOf: (id) => card.customRefNames?.[id] ?? null,
    fieldName: (field) => customFieldName(field, language),
  });
  if (chips.length === 0) return null;
  return (
    <div className="deal-card-chips" data-testid="card-chips">
      {chips.map((chip) => (
        <span
          key={chip.fieldId}
          className={`deal-chip cf-colour-${chip.colour ?? 'grey'}`}
          title={chip.title}
          data-field-id={chip.fieldId}
        >
          {chip.text}
        </span>
      ))}
    </div>
  );
};
