import type { BoardCard } from '@shared/contract/schemas/board';
import type { CustomField } from '@shared/contract/schemas/customFields';
import type { CustomOptionColour } from '@shared/domain/customFields/customFieldKinds';
import { type CustomValueLabelContext, customValueLabel } from '../../customFields/utils/customValueLabel';

export type CardChip = {
  fieldId: string;
  /** What the chip says (CSS cuts it to the card's width). */
  text: string;
  /** The field's name and the whole value, for the tooltip. */
  title: string;
  /** A single select's option colour. */
  colour: CustomOptionColour | null;
};

export type CardChipContext = CustomValueLabelContext & { fieldName(field: CustomField): string };

/**
 * A card's chips for the pipeline's card fields, in their order: each filled value worded by type
 * as its table cell is (money with currency, dates in the UI language, options by label, a
 * reference by the name the board sent). A ticked checkbox shows the field's name ("Да" alone says
 * nothing); an unticked one, like an empty value, shows no chip.
 */
export const cardChipsOf = (
  fields: readonly CustomField[],
  card: Pick<BoardCard, 'customValues'>,
  context: CardChipContext,
): CardChip[] =>
  fields.flatMap((field): CardChip[] => {
    const value = card.customValues?.[field.id];
    if (value === undefined || value === null || value === false || value === '') return [];
    if (Array.isArray(value) && value.length === 0) return [];
    const name = context.fieldName(field);
    const text = value === true ? name : customValueLabel(field, value, context);
    const option = field.type === 'single_select' ? field.options.find((item) => item.id === value) : undefined;
    return [
      { fieldId: field.id, text, title: value === true ? name : `${name}: ${text}`, colour: option?.colour ?? null },
    ];
  });
