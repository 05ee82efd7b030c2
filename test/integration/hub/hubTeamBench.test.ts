import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runHubTeam } from '../../bench/support/runHubTeam';
import { type BenchHub, startBenchHub } from '../../bench/support/startBenchHub';
import { hubSkipReason } from './hubTestKit';

let hub: BenchHub | null = null;
beforeAll(async () => {
  if (hubSkipReason === null) hub = await startBenchHub();
}, 60_000);
afterAll(() => hub?.stop());

/**
 * `npm run bench:hub`'s team day at a small size (a manager and five reps, each on a device of
 * their own with their own login, working and syncing for a few seconds): what the bench quotes
 * is only worth quoting if every device ends with exactly what its role sees and nothing is lost.
 */
describe.skipIf(hubSkipReason !== null)('the hub bench’s team day, small', () => {
  it('converges by role, loses and repeats nothing, and the hub refuses nothing of a rep’s day', async () => {
    const report = await runHubTeam(hub!, { devices: 6, seconds: 4, dealsPerRep: 3, seed: 3 });
    expect(report.failedSyncs).toBe(0);
    expect(report.rejected).toBe(0);
    expect(report.syncs).toBeGreaterThanOrEqual(6);
    expect(Object.values(report.actions).reduce((sum, action) => sum + action.failed, 0)).toBe(0);
    expect(report.pushed).toBeGreaterThan(0);
    // What the devices pushed in the window is what the hub gained, each message once.
    expect(report.hubMessages).toBe(report.pushed);
    expect(report.mismatches).toEqual([]);
    expect(report.converged).toBe(6);
    expect(report.missing).toEqual([]);
    expect(report.complete).toBe(7);
  }, 120_000);
});
