import { sampleEn } from '@shared/i18n/messages/sample.en';
import { sampleRu } from '@shared/i18n/messages/sample.ru';
import type { i18n } from 'i18next';
import { ensurePageMessages } from '../../../platform/ensurePageMessages';

/** The sample workspace's words travel with its lazily loaded banner, offer and card. */
export const ensureSampleMessages = (instance: i18n): void =>
  ensurePageMessages(instance, 'sample', { ru: sampleRu, en: sampleEn });
