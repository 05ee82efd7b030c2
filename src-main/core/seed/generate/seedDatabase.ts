import { Faker } from '@faker-js/faker';
import { DEFAULT_STAGES } from '@shared/domain/defaultWorkspace';
import { DomainError } from '../../DomainError';
import type { Db } from '../../db/Db';
import { setSettings } from '../../modules/settings/settings.service';
import { createBulkWriter } from './BulkWriter';
import { rebuildSearchIndex } from '../../search/rebuildSearchIndex';
import { transaction } from '../../db/sql';
import { newestStamp } from '../../sync/changeLogStore';
import { catalogFor, type SeedLanguage } from './catalog/catalogFor';
import { createIdMaker } from './createIdMaker';
import { createRandom } from './createRandom';
import { createWorkClock } from './createWorkClock';
import { checkRows, contactFor, dealRow, transitionRows } from './dealRecords';
import { activityRows, activityScale } from './generateActivities';
import { generateCampaigns } from './generateCampaigns';
import { companyRow, contactRow, generateCompanies, placeCompanies, type SeedCompany } from './generateCompanies';
import { customerRow, npsRows } from './generateCustomers';
import { generateUsers } from './generateUsers';
import { firstDealsByCompany, planDeals } from './planDeals';
import type { SeedContext } from './SeedContext';
import { createTimeline } from './createTimeline';
import { withSeedPragmas } from './withSeedPragmas';
import { SEED_GENERATOR_VERSION } from './seedGeneratorVersion';

export type SeedOptions = {
  deals: number;
  seed: number;
  lang: SeedLanguage;
  /** The window the history covers (see resolveSeedWindow); `end` is its "now". */
  start: number;
  end: number;
  /** Average activities per deal (default 10). */
  activitiesPerDeal?: number;
  /** Rows per transaction (default 100,000, with about twenty change-log messages each). */
  chunkRows?: number;
  /** Wall time the change-log stamps are taken at (default: the real clock at the start). */
  hlcNow?: number;
  onProgress?: (progress: SeedProgress) => void;
};

export type SeedProgress = { dealsWritten: number; dealsTotal: number; elapsedMs: number };

export type SeedSummary = {
  rows: Record<string, number>;
  messages: number;
  /** Deciding every deal's story up front. */
  planMs: number;
  /** Building row objects in JavaScript while writing. */
  buildMs: number;
  /** Inside SQLite: inserting rows, generating their change-log messages, committing. */
  rowsMs: number;
  messagesMs: number;
  commitMs: number;
  writeMs: number;
  totalMs: number;
  /** synchronous=OFF and a rollback journal were used (a fresh workspace only). */
  fastPragmas: boolean;
};

const COMPANIES_PER_DEAL = 0.35;

const countDeals = (db: Db): number => db.sqlite.prepare('SELECT count(*) FROM deals').pluck().get() as number;

const readDeviceId = (db: Db): string => {
  const id = db.sqlite.prepare("SELECT value FROM meta WHERE key = 'device_id'").pluck().get() as string | undefined;
  if (!id) throw new Error('The database has no device id: open it with createBackend first');
  return id;
};

const requireDefaultPipeline = (db: Db): void => {
  const present = db.sqlite.prepare('SELECT count(*) FROM stages WHERE id = ? AND deleted_at IS NULL').pluck();
  for (const stage of DEFAULT_STAGES) {
    if ((present.get(stage.id) as number) === 0) {
      throw new DomainError('CONFLICT', `The default pipeline's stage "${stage.key}" is missing; seed a new database`, {
        stage: stage.key,
      });
    }
  }
};

const validate = (options: SeedOptions): void => {
  if (!Number.isInteger(options.deals) || options.deals < 1) {
    throw new DomainError('BAD_INPUT', 'deals must be a whole number of at least 1', { field: 'deals' });
  }
  if (!Number.isInteger(options.seed))
    throw new DomainError('BAD_INPUT', 'seed must be a whole number', { field: 'seed' });
  if (!(options.end > options.start)) throw new DomainError('BAD_INPUT', 'The window is empty', { field: 'start' });
};

const createContext = (options: SeedOptions): SeedContext => {
  const catalog = catalogFor(options.lang);
  const faker = new Faker({ locale: catalog.locales });
  faker.seed(options.seed);
  const random = createRandom(options.seed);
  return {
    catalog,
    faker,
    random,
    newId: createIdMaker(createRandom(options.seed ^ 0x5eed_1d5)),
    clock: createWorkClock(random, catalog.utcOffsetMinutes),
    start: options.start,
    end: options.end,
  };
};

/**
 * Fills a workspace with a realistic, reproducible sales history (see DESIGN §4–6): users,
 * campaigns with weekly costs, companies and contacts, deals flowing through the default funnel
 * with transitions, checklist ticks and activities, customers with NPS answers, follow-up deals.
 * Rows are written in the order things happened (a time-ordered queue drained as deals are
 * generated in creation order), through the bulk writer, so the change log holds the messages the
 * app's own write path would have written. Refuses a database that already has deals.
 */
export const seedDatabase = (db: Db, options: SeedOptions): SeedSummary => {
  const began = performance.now();
  validate(options);
  const existing = countDeals(db);
  if (existing > 0) {
    throw new DomainError('CONFLICT', `The database already has ${existing} deals; seed only a new database`, {
      deals: existing,
    });
  }
  requireDefaultPipeline(db);
  const ctx = createContext(options);
  const users = generateUsers(ctx, options.deals);
  const { campaigns, costs } = generateCampaigns(ctx);
  const companies = generateCompanies(ctx, Math.max(10, Math.round(options.deals * COMPANIES_PER_DEAL)));
  const reps = users.filter((user) => user.role === 'rep');
  const { plans, customers } = planDeals(
    ctx,
    { users, campaigns, companies, churnReasons: ctx.catalog.churnReasons.length },
    options.deals,
  );
  placeCompanies(
    ctx,
    companies,
    firstDealsByCompany(plans, companies.length),
    reps.map((rep) => rep.id),
  );
  const scale = activityScale(plans, options.activitiesPerDeal ?? 10);
  const planned = performance.now();

  const lastHlc = newestStamp(db);
  const writer = createBulkWriter({ db, deviceId: readDeviceId(db), lastHlc, hlcNow: options.hlcNow ?? Date.now() });
  let fastPragmas: boolean;
  try {
    fastPragmas = withSeedPragmas(db, () => {
      for (const user of users) writer.add('users', user.row);
      for (const campaign of campaigns) writer.add('campaigns', campaign.row);
      for (const cost of costs) writer.add('campaign_costs', cost);
      for (const company of companies) {
        writer.add('companies', companyRow(company));
        for (const contact of company.contacts) writer.add('contacts', contactRow(company, contact));
      }
      writer.flush();

      const timeline = createTimeline();
      for (const customer of customers.values()) {
        const company = companies[customer.companyIndex] as SeedCompany;
        const row = customerRow(ctx, customer, company);
        timeline.push(row.created_at, 'customers', row);
        for (const answer of npsRows(ctx, customer, company)) timeline.push(answer.created_at, 'nps_responses', answer);
      }
      const chunkRows = options.chunkRows ?? 100_000;
      let pending = 0;
      let dealsWritten = 0;
      const writeUntil = (at: number) => {
        for (const { table, row } of timeline.drainUntil(at)) {
          writer.add(table, row);
          pending += 1;
          if (table === 'deals') dealsWritten += 1;
        }
        if (pending < chunkRows && at !== Number.POSITIVE_INFINITY) return;
        writer.flush();
        pending = 0;
        options.onProgress?.({ dealsWritten, dealsTotal: plans.length, elapsedMs: performance.now() - began });
      };
      for (const plan of plans) {
        const company = companies[plan.companyIndex] as SeedCompany;
        const deal = dealRow(ctx, plan, company);
        timeline.push(plan.createdAt, 'deals', deal);
        for (const transition of transitionRows(ctx, plan))
          timeline.push(transition.at, 'stage_transitions', transition);
        for (const check of checkRows(ctx, plan)) timeline.push(check.created_at, 'deal_checks', check);
        const contactId = deal.contact_id ?? contactFor(company, 0, plan.createdAt);
        for (const activity of activityRows(ctx, plan, company, contactId, scale)) {
          timeline.push(activity.created_at, 'activities', activity);
        }
        // Later deals only add rows at or after their own creation: everything up to here is final.
        writeUntil(plan.createdAt);
      }
      writeUntil(Number.POSITIVE_INFINITY);
    });
  } finally {
    writer.close();
  }
  // The bulk writer bypasses the per-row write path, so the search index is built once at the end.
  transaction(db, () => rebuildSearchIndex(db.sqlite));

  const manager = users.find((user) => user.role === 'manager');
  setSettings(
    db,
    {
      'ui.language': options.lang,
      'workspace.currency': ctx.catalog.currency,
      'workspace.timeZone': ctx.catalog.timeZone,
      'workspace.phoneCountry': ctx.catalog.phoneCountry,
      'user.currentId': manager?.id ?? null,
    },
    options.hlcNow ?? Date.now(),
  );
  const info = {
    version: SEED_GENERATOR_VERSION,
    seed: options.seed,
    deals: options.deals,
    lang: options.lang,
    start: options.start,
    end: options.end,
  };
  db.sqlite.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('seed.info', ?)").run(JSON.stringify(info));

  const finished = performance.now();
  const timings = writer.timings();
  const writeMs = finished - planned;
  return {
    rows: writer.rowsWritten(),
    messages: writer.messagesWritten,
    planMs: planned - began,
    buildMs: writeMs - timings.rowsMs - timings.messagesMs - timings.commitMs,
    ...timings,
    writeMs,
    totalMs: finished - began,
    fastPragmas,
  };
};
