import { playbookEn } from '@shared/i18n/messages/playbook.en';
import { playbookRu } from '@shared/i18n/messages/playbook.ru';
import type { i18n } from 'i18next';
import { ensurePageMessages } from '../../../platform/ensurePageMessages';

/** The playbook lines and the seeded stages' standard texts travel with the drawer and stage settings. */
export const ensurePlaybookMessages = (instance: i18n): void =>
  ensurePageMessages(instance, 'playbook', { ru: playbookRu, en: playbookEn });
