import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ru } from '@shared/i18n/ru';
import { shellText } from '../../../src-main/electron/shellText';
import { describe, expect, it } from 'vitest';

type Tree = { [key: string]: unknown };

const strings = (node: unknown, path: string): [string, string][] =>
  typeof node === 'string'
    ? [[path, node]]
    : node && typeof node === 'object'
      ? Object.entries(node as Tree).flatMap(([key, value]) => strings(value, path ? `${path}.${key}` : key))
      : [];

const MESSAGES = resolve(import.meta.dirname, '../../../src-shared/i18n/messages');

/** Every Russian catalogue: the start-up one and each page's (loaded with its page). */
const russianCatalogues = async (): Promise<[string, string][]> => {
  const files = readdirSync(MESSAGES).filter((file) => file.endsWith('.ru.ts'));
  const modules = await Promise.all(files.map(async (file) => [file, await import(join(MESSAGES, file))] as const));
  return [...strings(ru, 'ru'), ...modules.flatMap(([file, module]) => strings(module, file))];
};

describe('the Russian interface', () => {
  // The Russian UI calls the app «Воронка» (its sidebar, «Нет связи с Воронкой»): a Latin «Voronka»
  // in a Russian sentence read as untranslated. Command names and VORONKA_* variables stay as typed.
  it('names the app in Cyrillic', async () => {
    const latin = (await russianCatalogues()).filter(([, text]) => /\bVoronka\b/u.test(text));
    expect(latin).toEqual([]);
  });

  it('names the app in Cyrillic in the desktop menu and the main process dialogs too', () => {
    const text = shellText('ru-RU');
    const shown = Object.entries(text).map(
      ([key, value]) =>
        [key, typeof value === 'function' ? (value as (...args: unknown[]) => string)(3, 1) : value] as const,
    );
    expect(shown.filter(([, value]) => /\bVoronka\b/u.test(value))).toEqual([]);
    expect(text.quit).toBe('Выйти из Воронки');
  });
});
