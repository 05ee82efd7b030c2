import type { Language } from '@shared/contract/schemas/common';
import type { Db } from '../../db/Db';
import { setSettings } from '../../modules/settings/settings.service';
import { seedDatabase } from '../generate/seedDatabase';
import { resolveSeedWindow } from '../generate/seedWindow';
import { writeSampleMarker } from './sampleMarker';

/**
 * The sample's size: a few hundred deals over the last quarter. Shorter histories leave more deals
 * open (a fuller board) and longer ones fill the analytics; a quarter gives ~50 open deals across
 * the first four stages, a week-by-week history for the analytics, and tasks due today and ahead,
 * generated in well under a second.
 */
export const SAMPLE_SIZE = { deals: 400, weeks: 13, seed: 2026 } as const;

/** The rep with the most open tasks: the sample opens as them, so My day has a day's work in it. */
const busiestRep = (db: Db): string | null =>
  (db.sqlite
    .prepare(
      `SELECT u.id FROM users u JOIN activities a ON a.owner_id = u.id
        WHERE u.role = 'rep' AND a.type = 'task' AND a.done_at IS NULL AND a.deleted_at IS NULL
        GROUP BY u.id ORDER BY count(*) DESC, u.id LIMIT 1`,
    )
    .pluck()
    .get() as string | undefined) ?? null;

/**
 * Fills a new workspace with the generator's history in `language` (companies, people, money and
 * texts of that language), dated so that it ends now, and marks it as a sample.
 */
export const seedSampleWorkspace = (db: Db, language: Language, now: number): void => {
  seedDatabase(db, {
    deals: SAMPLE_SIZE.deals,
    seed: SAMPLE_SIZE.seed,
    lang: language,
    ...resolveSeedWindow({ weeks: SAMPLE_SIZE.weeks, now }),
    hlcNow: now,
  });
  const rep = busiestRep(db);
  if (rep !== null) setSettings(db, { 'user.currentId': rep }, now);
  writeSampleMarker(db, { language, createdAt: now, deals: SAMPLE_SIZE.deals });
};
