type ZodGlobal = { __zod_globalConfig?: { jitless?: boolean } };

/**
 * Tells zod, before it loads, not to compile parsers with `new Function`: the page's CSP forbids
 * eval, and zod's probe for it is itself reported as a violation. zod keeps its settings in
 * `globalThis.__zod_globalConfig` (shared by every copy of zod, see zod/v4/core/core.js) and adopts
 * an object already there, so this costs the first screen no zod code: zod loads later, with the
 * first form or push event. test/unit/renderer/zodJitless.test.ts holds zod to this.
 */
export const zodJitless = (scope: object): void => {
  const global = scope as ZodGlobal;
  global.__zod_globalConfig = Object.assign(global.__zod_globalConfig ?? {}, { jitless: true });
};
