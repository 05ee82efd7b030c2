import type { CustomFilter } from '../../contract/schemas/customFields';
import { isNumericType, type CustomFieldType } from '../customFields/customFieldKinds';
import { foldText } from '../foldText';
import type { CustomCell } from './segmentFacts';

const isFilled = (cell: CustomCell | undefined): cell is CustomCell =>
  cell !== undefined && (cell.text !== null || cell.number !== null);

/**
 * A custom-field filter on one record's value, in memory, exactly as `customFilterCondition` does
 * it in SQL (the segment property test holds the two to each other).
 */
export const matchesCustomFilter = (
  filter: CustomFilter,
  cell: CustomCell | undefined,
  type: CustomFieldType,
): boolean => {
  switch (filter.op) {
    case 'range': {
      if (!isFilled(cell)) return false;
      const value = type === 'date' ? cell.text : isNumericType(type) ? cell.number : null;
      if (value === null) return false;
      if (filter.min !== null && value < filter.min) return false;
      return !(filter.max !== null && value > filter.max);
    }
    case 'contains':
      return cell?.text != null && foldText(cell.text).includes(foldText(filter.text));
    case 'anyOf': {
      if (cell?.text == null) return false;
      if (type !== 'multi_select') return filter.ids.includes(cell.text);
      const chosen = JSON.parse(cell.text) as unknown;
      return Array.isArray(chosen) && chosen.some((id) => filter.ids.includes(String(id)));
    }
    case 'checked':
      return filter.value ? cell?.number === 1 : cell?.number !== 1;
    case 'filled':
      return isFilled(cell);
    case 'empty':
      return !isFilled(cell);
  }
};
