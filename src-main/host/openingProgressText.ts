import { openingEn } from '@shared/i18n/messages/opening.en';
import { openingRu } from '@shared/i18n/messages/opening.ru';
import type { MigrationProgress } from '../core/db/MigrationProgress';

export type OpeningText = { title: string; status: string; detail: string | null; hint: string };

const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => String(values[name] ?? whole));

/** The console's word, when opening takes a while: where the opening page is. */
export const openingConsoleLine = (url: string, language: 'ru' | 'en'): string =>
  fill((language === 'ru' ? openingRu : openingEn).console, { url });

/** What the opening page (and the host's console) says about `progress`; null: nothing reported yet. */
export const openingProgressText = (progress: MigrationProgress | null, language: 'ru' | 'en'): OpeningText => {
  const messages = language === 'ru' ? openingRu : openingEn;
  const number = (value: number) => value.toLocaleString(language === 'ru' ? 'ru-RU' : 'en-US');
  let status = messages.starting;
  let detail: string | null = null;
  if (progress?.phase === 'backup') status = messages.backup;
  if (progress?.phase === 'compact') status = messages.compact;
  if (progress?.phase === 'migrate') {
    status = fill(messages.step, { step: progress.step, steps: progress.steps });
    if (progress.done !== null && progress.total !== null && progress.total > 0) {
      const percent = Math.floor((progress.done / progress.total) * 100);
      detail = fill(messages.rows, { done: number(progress.done), total: number(progress.total), percent });
    }
  }
  return { title: messages.title, status, detail, hint: messages.hint };
};
