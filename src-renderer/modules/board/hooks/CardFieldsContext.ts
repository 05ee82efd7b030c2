import type { CustomField } from '@shared/contract/schemas/customFields';
import { createContext } from 'react';

/**
 * The deal custom fields the board's pipeline shows on its cards, in order: given once by the
 * canvas rather than passed through every column and card.
 */
export const CardFieldsContext = createContext<readonly CustomField[]>([]);
