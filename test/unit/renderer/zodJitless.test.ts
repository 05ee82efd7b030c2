import { afterEach, describe, expect, it, vi } from 'vitest';
import { zodJitless } from '../../../src-renderer/platform/zodJitless';

type ZodGlobal = { __zod_globalConfig?: object };

describe('zodJitless', () => {
  const saved = (globalThis as ZodGlobal).__zod_globalConfig;
  afterEach(() => {
    (globalThis as ZodGlobal).__zod_globalConfig = saved;
    vi.resetModules();
  });

  it('is what zod reads when it loads after it (zod then never probes for eval)', async () => {
    delete (globalThis as ZodGlobal).__zod_globalConfig;
    vi.resetModules();
    zodJitless(globalThis);
    const { z } = await import('zod');
    expect(z.config().jitless).toBe(true);
    expect(z.config()).toBe((globalThis as ZodGlobal).__zod_globalConfig);
    // Parsing works without compiled parsers, messages included.
    expect(z.object({ a: z.string() }).safeParse({ a: 1 }).error?.issues[0]?.message).toMatch(/string/);
  });

  it('keeps what zod set when zod came first', async () => {
    delete (globalThis as ZodGlobal).__zod_globalConfig;
    vi.resetModules();
    const { z } = await import('zod');
    zodJitless(globalThis);
    expect(z.config().jitless).toBe(true);
  });
});
