import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src-main/cli/CliCommand';
import { runCli } from '../../../src-main/cli/runCli';
import { createKpiKit, type KpiKit } from './kpiTestKit';
import { buildWeekFixture } from './kpiWeekFixture';
import { pdfWordsOutsideMargins } from './pdfWordsOutsideMargins';

const run = async (args: string[]) => {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
  };
  const code = await runCli(args, io);
  return { code, out, err };
};

describe('voronka report', () => {
  let kit: KpiKit;
  let db: string;
  const out = (name: string) => join(kit.backend.dir, name);
  beforeAll(async () => {
    kit = await createKpiKit('Europe/Moscow');
    await buildWeekFixture(kit);
    db = kit.backend.dbPath;
  }, 60_000);
  afterAll(() => kit.dispose());

  it('writes the week as JSON, byte-identical on a second run', async () => {
    const first = await run(['report', '--db', db, '--week', '2026-W48', '--format', 'json', '--out', out('a.json')]);
    expect(first.code, first.err).toBe(0);
    expect(first.out).toMatch(/^Wrote .*a\.json \(/);
    await run(['report', '--db', db, '--week', '2026-W48', '--format', 'json', '--out', out('b.json')]);
    expect(readFileSync(out('b.json'))).toEqual(readFileSync(out('a.json')));
    const report = JSON.parse(readFileSync(out('a.json'), 'utf8')) as { revenue: number; period: { label: string } };
    expect([report.revenue, report.period.label]).toEqual([500_000, '2026-W48']);
  });

  it('filters by owner name and pipeline name (seeded names in either language), and honours --as-of', async () => {
    const owner = await run([
      'report',
      '--db',
      db,
      '--week',
      '2026-W48',
      '--owner',
      'борис иванов',
      '--pipeline',
      'Sales',
      '--format',
      'json',
      '--out',
      out('boris.json'),
    ]);
    expect(owner.code, owner.err).toBe(0);
    const boris = JSON.parse(readFileSync(out('boris.json'), 'utf8')) as { won: { value: number } };
    expect(boris.won.value).toBe(400_000);
    const early = await run([
      'report',
      '--db',
      db,
      '--week',
      '2026-W48',
      '--as-of',
      '2026-11-24',
      '--format',
      'json',
      '--out',
      out('early.json'),
    ]);
    expect(early.code, early.err).toBe(0);
    const asOf = JSON.parse(readFileSync(out('early.json'), 'utf8')) as {
      period: { asOf: number };
      won: { count: number };
    };
    // The end of 24 November in Moscow.
    expect(asOf.period.asOf).toBe(Date.UTC(2026, 10, 24, 21) - 1);
    expect(asOf.won.count).toBe(0);
  });

  it('filters by team name (any case); a team nobody has named is a usage error', async () => {
    const team = await kit.client.call('teams.create', { name: 'Юг', leadId: null });
    await kit.client.call('users.update', { id: kit.boris, patch: { teamId: team.id } });
    const args = (name: string, file: string) => [
      'report',
      '--db',
      db,
      '--week',
      '2026-W48',
      '--team',
      name,
      '--format',
      'json',
      '--out',
      out(file),
    ];
    const south = await run(args('юг', 'south.json'));
    expect(south.code, south.err).toBe(0);
    const report = JSON.parse(readFileSync(out('south.json'), 'utf8')) as { won: { value: number } };
    expect(report.won.value).toBe(400_000);
    const nobody = await run(args('Север', 'north.json'));
    expect([nobody.code, nobody.err]).toEqual([2, expect.stringMatching(/No --team named "Север"/)]);
    await kit.client.call('users.update', { id: kit.boris, patch: { teamId: null } });
    await kit.client.call('teams.delete', { id: team.id });
  });

  it('writes PDF, XLSX and CSV for a custom range in English', async () => {
    for (const format of ['pdf', 'xlsx', 'csv']) {
      const result = await run([
        'report',
        '--db',
        db,
        '--from',
        '2026-11-23',
        '--to',
        '2026-11-29',
        '--lang',
        'en',
        '--format',
        format,
        '--out',
        out(`range.${format}`),
      ]);
      expect(result.code, result.err).toBe(0);
    }
    const text = execFileSync('pdftotext', [out('range.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('Period 11/23/2026 – 11/29/2026');
    // The chart legends name both ranges; none runs past the page's margin.
    expect(pdfWordsOutsideMargins(out('range.pdf'))).toEqual([]);
    expect(readFileSync(out('range.csv'), 'utf8')).toContain('Win rate,');
    expect(readFileSync(out('range.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses bad options with exit 2 and one line', async () => {
    const cases: [string[], RegExp][] = [
      [['--format', 'json', '--out', out('x.json')], /exactly one period/],
      [['--week', '2026-W48', '--month', '2026-11', '--format', 'json', '--out', out('x.json')], /exactly one period/],
      [['--week', '2026-48', '--format', 'json', '--out', out('x.json')], /--week must look like/],
      [['--week', '2025-W53', '--format', 'json', '--out', out('x.json')], /No such ISO week/],
      [['--week', '2026-W48', '--format', 'doc', '--out', out('x.json')], /--format must be/],
      [['--week', '2026-W48', '--format', 'json'], /Missing --out/],
      [
        ['--week', '2026-W48', '--owner', 'Nobody', '--format', 'json', '--out', out('x.json')],
        /No --owner named "Nobody"/,
      ],
      [['--week', '2026-W48', '--as-of', 'yesterday', '--format', 'json', '--out', out('x.json')], /--as-of must be/],
    ];
    for (const [args, message] of cases) {
      const result = await run(['report', '--db', db, ...args]);
      expect([result.code, result.err], args.join(' ')).toEqual([2, expect.stringMatching(message)]);
    }
    const missing = await run([
      'report',
      '--db',
      out('missing.sqlite'),
      '--week',
      '2026-W48',
      '--format',
      'json',
      '--out',
      out('x.json'),
    ]);
    expect(missing.code).toBe(2);
  });
});
