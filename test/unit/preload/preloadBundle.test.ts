import { resolve } from 'node:path';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

/**
 * Bundles the preload as electron-vite does (one CommonJS file, every dependency inlined except
 * `electron`) and checks what a sandboxed preload can load: nothing but `electron`, and no zod.
 */
const bundlePreload = async (): Promise<string> => {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    resolve: { alias: { '@shared': resolve(root, 'src-shared') } },
    build: {
      write: false,
      minify: false,
      ssr: true,
      rolldownOptions: {
        input: resolve(root, 'src-main/preload/preload.ts'),
        external: ['electron'],
        output: { format: 'cjs' },
      },
    },
    ssr: { noExternal: true },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = outputs.flatMap((output) => output.output).filter((item) => item.type === 'chunk');
  expect(chunks).toHaveLength(1);
  return chunks[0]?.type === 'chunk' ? chunks[0].code : '';
};

describe('preload bundle', () => {
  it('is one CommonJS file whose only require is electron, without zod', async () => {
    const code = await bundlePreload();
    const requires = [...code.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]);
    expect(new Set(requires)).toEqual(new Set(['electron']));
    expect(code).not.toMatch(/zod/i);
    expect(code).not.toMatch(/^\s*import\s/m);
    expect(code).toContain('exposeInMainWorld');
  });
});
