import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { zodJitless } from '../../../src-renderer/platform/zodJitless';

type ZodGlobal = { __zod_globalConfig?: { jitless?: boolean } };

describe('zodJitless', () => {
  const before = (globalThis as ZodGlobal).__zod_globalConfig?.jitless;
  afterEach(() => {
    z.config({ jitless: before });
  });

  it('sets jitless in the settings object zod itself reads', () => {
    zodJitless(globalThis);
    expect(z.config().jitless).toBe(true);
    expect(z.config()).toBe((globalThis as ZodGlobal).__zod_globalConfig);
  });

  it('is adopted by a zod that loads after it (the page sets it before zod arrives)', () => {
    // A fresh process: zod is not loaded yet when the setting is made, as in the page.
    const script = `
      globalThis.__zod_globalConfig = { jitless: true };
      const { z } = await import('zod');
      const issue = z.object({ a: z.string() }).safeParse({ a: 1 }).error?.issues[0]?.message;
      process.stdout.write(JSON.stringify({ jitless: z.config().jitless, issue }));`;
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
    expect(out).toMatchObject({ jitless: true, issue: expect.stringMatching(/string/) });
  });
});
