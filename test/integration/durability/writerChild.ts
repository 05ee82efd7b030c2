/**
 * The writer the durability test kills: opens the workspace and writes without pause — deal
 * creates, stage moves, company imports — printing one JSON line before each call (`intent`) and
 * one after it answered (`ack` or `refused`). stdout to a pipe is synchronous on Linux, so a line
 * printed is a line the parent receives, however abruptly this process dies.
 *   node --import tsx writerChild.ts <dbPath> <tag> <seed>
 */
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { createBackend } from '../../../src-main/core/createBackend';

const [dbPath, tag, seedText] = process.argv.slice(2) as [string, string, string];
let seed = Number(seedText) >>> 0;
/** mulberry32: a small deterministic generator, so a failing cycle can be replayed from its seed. */
const random = (): number => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
};

const say = (line: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(line)}\n`);

export const IMPORT_ROWS = 120;

const companiesCsv = (prefix: string): string =>
  ['Название', ...Array.from({ length: IMPORT_ROWS }, (_, row) => `${prefix}-${row}`)].join('\n');

const main = async () => {
  const backend = createBackend({ dbPath, platform: 'test' });
  const stages = (
    backend.db.sqlite.prepare('SELECT id FROM stages WHERE pipeline_id = ? ORDER BY position').pluck().all(DEFAULT_PIPELINE.id) as string[]
  ).slice(0, 2);
  const deals = backend.db.sqlite.prepare("SELECT id FROM deals WHERE status = 'open' AND deleted_at IS NULL").pluck().all() as string[];
  say({ type: 'ready' });
  for (let n = 0; ; n += 1) {
    const pick = random();
    if (pick < 0.5 || deals.length === 0) {
      const title = `${tag}-deal-${n}`;
      say({ type: 'intent', op: 'create', title });
      const result = await backend.dispatch('deals.create', { title, pipelineId: DEFAULT_PIPELINE.id });
      if (!result.ok) say({ type: 'refused', op: 'create', error: result.error.code });
      else {
        const deal = result.value as { id: string; stageId: string };
        deals.push(deal.id);
        say({ type: 'ack', op: 'create', title, id: deal.id, stageId: deal.stageId });
      }
    } else if (pick < 0.9) {
      const id = deals[Math.floor(random() * deals.length)]!;
      const toStageId = stages[Math.floor(random() * stages.length)]!;
      say({ type: 'intent', op: 'move', id, toStageId });
      const result = await backend.dispatch('deals.move', { id, toStageId });
      say(result.ok ? { type: 'ack', op: 'move', id, toStageId } : { type: 'refused', op: 'move', id, error: result.error.code });
    } else {
      const prefix = `${tag}-import-${n}`;
      say({ type: 'intent', op: 'import', prefix });
      const result = await backend.dispatch('imports.run', {
        fileName: `${prefix}.csv`,
        base64: Buffer.from(companiesCsv(prefix)).toString('base64'),
        mapping: { entity: 'companies', columns: { name: 'Название' } },
      });
      say(result.ok ? { type: 'ack', op: 'import', prefix } : { type: 'refused', op: 'import', prefix, error: result.error.code });
    }
  }
};

void main();
