import { stagesSettingsEn } from '@shared/i18n/messages/stagesSettings.en';
import { stagesSettingsRu } from '@shared/i18n/messages/stagesSettings.ru';
import type { i18n } from 'i18next';
import { ensurePageMessages } from '../../../platform/ensurePageMessages';

/** The pipeline's stage settings and the Settings page's inline editors say their lines with these. */
export const ensureStagesSettingsMessages = (instance: i18n): void =>
  ensurePageMessages(instance, 'stagesSettings', { ru: stagesSettingsRu, en: stagesSettingsEn });
