import { syncFolderEn } from '@shared/i18n/messages/syncFolder.en';
import { syncFolderRu } from '@shared/i18n/messages/syncFolder.ru';
import type { i18n } from 'i18next';
import { ensurePageMessages } from '../../../platform/ensurePageMessages';

/** The Shared folder card's words travel with the Settings page, not in the start-up catalogue. */
export const ensureSyncFolderMessages = (instance: i18n): void =>
  ensurePageMessages(instance, 'syncFolder', { ru: syncFolderRu, en: syncFolderEn });
