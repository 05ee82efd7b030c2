import type { UsersTable } from '../../db/schema';
import { DAY } from './createWorkClock';
import type { SeedContext } from './SeedContext';

export type SeedUser = {
  id: string;
  name: string;
  role: 'rep' | 'manager';
  /** Multiplies a rep's chance to move deals forward. */
  skill: number;
  /** Multiplies how many activities a rep logs. */
  diligence: number;
  /** Share of new leads routed to this rep. */
  leadWeight: number;
  hiredAt: number;
  /** Last day with new leads; null while still on the team. */
  leftAt: number | null;
  row: UsersTable;
};

const MANAGERS = 2;
const DEALS_PER_REP = 400;
const MIN_REPS = 5;
const MAX_REPS = 60;

export const repCountFor = (deals: number): number =>
  Math.min(MAX_REPS, Math.max(MIN_REPS, Math.round(deals / DEALS_PER_REP)));

const emailFor = (ctx: SeedContext, first: string, last: string, taken: Set<string>): string => {
  const domain = ctx.catalog.lang === 'ru' ? 'voronka-demo.ru' : 'voronka-demo.com';
  const stem = `${ctx.catalog.latin(first).slice(0, 1)}.${ctx.catalog.latin(last)}`;
  let email = `${stem}@${domain}`;
  for (let n = 2; taken.has(email); n += 1) email = `${stem}${n}@${domain}`;
  taken.add(email);
  return email;
};

/**
 * Two sales managers and a team of reps sized to the deal count. Most reps were there before the
 * window; a few join during it and one leaves, so rep reports have real gaps.
 */
export const generateUsers = (ctx: SeedContext, deals: number): SeedUser[] => {
  const { random, faker, catalog } = ctx;
  const taken = new Set<string>();
  const reps = repCountFor(deals);
  const span = ctx.end - ctx.start;
  const users: SeedUser[] = [];
  const make = (role: 'rep' | 'manager', managerId: string | null, index: number): SeedUser => {
    const sex = random.chance(role === 'manager' ? 0.4 : 0.45) ? 'female' : 'male';
    const first = faker.person.firstName(sex);
    const last = faker.person.lastName(sex);
    const middle = catalog.lang === 'ru' ? faker.person.middleName(sex) : null;
    const lateJoiner = role === 'rep' && index >= 3 && random.chance(0.15);
    const hiredAt = lateJoiner
      ? ctx.clock.nextWorkTime(ctx.start + Math.floor(random.float() * span * 0.6))
      : ctx.clock.nextWorkTime(ctx.start - random.int(60, 900) * DAY);
    const leaves = role === 'rep' && index === 1 && reps > 2;
    const leftAt = leaves ? ctx.start + Math.floor(span * (0.55 + random.float() * 0.3)) : null;
    const id = ctx.newId(hiredAt);
    return {
      id,
      name: catalog.personName(first, middle, last),
      role,
      skill: Math.min(1.25, Math.max(0.75, 1 + random.normal() * 0.12)),
      diligence: Math.min(1.35, Math.max(0.7, 1 + random.normal() * 0.15)),
      leadWeight: 0.6 + random.float() * 0.8,
      hiredAt,
      leftAt,
      row: {
        id,
        name: catalog.personName(first, middle, last),
        email: emailFor(ctx, first, last, taken),
        role,
        manager_id: managerId,
        team_id: null,
        active: leftAt === null ? 1 : 0,
        created_at: hiredAt,
        updated_at: leftAt ?? hiredAt,
        deleted_at: null,
      },
    };
  };
  for (let index = 0; index < MANAGERS; index += 1) users.push(make('manager', null, index));
  for (let index = 0; index < reps; index += 1) {
    const manager = users[index % MANAGERS];
    users.push(make('rep', manager?.id ?? null, index));
  }
  return users;
};
