import { searchPaletteEn } from '@shared/i18n/messages/searchPalette.en';
import { searchPaletteRu } from '@shared/i18n/messages/searchPalette.ru';
import type { i18n } from 'i18next';
import { ensurePageMessages } from '../../../platform/ensurePageMessages';

/** The palette's messages travel with its chunk: the shell and the board carry only the button's. */
export const ensureSearchPaletteMessages = (instance: i18n): void =>
  ensurePageMessages(instance, 'searchPalette', { ru: searchPaletteRu, en: searchPaletteEn });
