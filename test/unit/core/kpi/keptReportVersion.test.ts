import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEPT_REPORT_VERSION } from '../../../../src-main/core/modules/kpi/keptReport';

/**
 * Reports of closed periods are kept in the file (m0081) under a key holding KEPT_REPORT_VERSION.
 * A build that computes a figure differently must not read what an older build kept, so a change
 * to the engine's code bumps the version. This holds the version to a fingerprint of that code:
 * when it fails, bump KEPT_REPORT_VERSION (in keptReport.ts) if a figure or the kept shape can
 * have changed, and write the new fingerprint below either way.
 */
const ENGINE = [
  'src-shared/domain/kpi',
  'src-main/core/modules/kpi',
  'src-main/core/modules/analytics',
  'src-shared/contract/schemas/kpi.ts',
  'src-shared/contract/schemas/analytics.ts',
];

const filesOf = (path: string): string[] =>
  path.endsWith('.ts')
    ? [path]
    : readdirSync(path)
        .filter((name) => name.endsWith('.ts'))
        .map((name) => join(path, name));

const fingerprint = (): string => {
  const hash = createHash('sha256');
  for (const file of ENGINE.flatMap(filesOf).sort()) hash.update(file).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
};

describe('KEPT_REPORT_VERSION', () => {
  it('was looked at since the engine’s code last changed', () => {
    expect({ version: KEPT_REPORT_VERSION, engine: fingerprint() }).toEqual({ version: 1, engine: '7dfb637a92add8ec' });
  });
});
