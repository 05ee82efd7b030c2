import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISOLATED } from '../../vitest.config';

const ROOT = join(import.meta.dirname, '..', '..');

const testFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.test.ts') ? [relative(ROOT, path)] : [];
  });

describe('test files sharing a process', () => {
  // A file run after another in the same process gets the modules that one loaded: a vi.mock of a
  // module already loaded there never reaches it (CI failed so once: the mocked module's calls
  // were not seen when the import module had been loaded by an earlier file).
  it('are none that mock a module or stub a global: those run in a process of their own', () => {
    const replacing = [join(ROOT, 'test', 'unit'), join(ROOT, 'test', 'integration')]
      .flatMap(testFiles)
      .filter((file) => /\bvi\.(mock|doMock|stubGlobal)\(/.test(readFileSync(join(ROOT, file), 'utf8')))
      .sort();
    expect(replacing.length).toBeGreaterThan(0);
    expect(replacing.filter((file) => !ISOLATED.includes(file))).toEqual([]);
  });
});
