import Database from 'better-sqlite3';
import { DEFAULT_PIPELINE, DEFAULT_STAGES } from '@shared/domain/defaultWorkspace';
import { evenPositions } from '@shared/domain/listPlacement';
import { foldText } from '@shared/domain/foldText';
import { v7 as uuidv7 } from 'uuid';
import { createBackend } from '../../../src-main/core/createBackend';

const DAY = 86_400_000;

/**
 * Users and companies through the core (they are few); 10,000 deals through one prepared insert;
 * then, when asked, `tasks` planned tasks of the current user on those deals through the core (a
 * third overdue, a third due later today, a third in the coming days), for My day.
 */
export const seedBoard = async (dbPath: string, openDeals: number, tasks = 0): Promise<void> => {
  const backend = createBackend({ dbPath, platform: 'cli' });
  const call = async (method: string, input: unknown) => {
    const envelope = await backend.dispatch(method as never, input as never);
    if (!envelope.ok) throw new Error(`${method}: ${JSON.stringify(envelope.error)}`);
    return envelope.value as { id: string; company?: { id: string } };
  };
  const users: string[] = [];
  for (const name of [
    'Анна Смирнова',
    'Олег Кузнецов',
    'Мария Волкова',
    'Игорь Соколов',
    'Елена Попова',
    'Дмитрий Лебедев',
  ]) {
    users.push((await call('users.create', { name, role: 'rep' })).id);
  }
  await call('settings.set', { 'user.currentId': users[0], 'ui.language': 'ru' });
  const companies: string[] = [];
  for (let index = 0; index < 400; index += 1) {
    companies.push((await call('companies.create', { name: `ООО «Компания ${index + 1}»` })).company!.id);
  }
  backend.close();

  const db = new Database(dbPath);
  const now = Date.now();
  const insert = db.prepare(
    `INSERT INTO deals (id, title, title_key, pipeline_id, stage_id, position, status, value_minor, currency, kind,
       owner_id, company_id, stage_entered_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 'open', ?, 'RUB', 'new', ?, ?, ?, ?, ?)`,
  );
  const perStage = Math.ceil(openDeals / DEFAULT_STAGES.length);
  db.transaction(() => {
    let made = 0;
    for (const stage of DEFAULT_STAGES) {
      const positions = evenPositions(perStage);
      for (let index = 0; index < perStage && made < openDeals; index += 1, made += 1) {
        const entered = now - ((made * 7) % 40) * DAY;
        const title = `Сделка ${made + 1}: поставка оборудования`;
        insert.run(
          uuidv7(),
          title,
          foldText(title),
          DEFAULT_PIPELINE.id,
          stage.id,
          positions[index],
          ((made * 7919) % 5_000_000) * 100,
          users[made % users.length],
          companies[made % companies.length],
          entered,
          entered,
          now,
        );
      }
    }
  })();
  const dealIds = tasks > 0 ? db.prepare('SELECT id FROM deals ORDER BY id LIMIT ?').pluck().all(tasks) : [];
  db.pragma('optimize');
  db.close();
  if (tasks === 0) return;
  const again = createBackend({ dbPath, platform: 'cli' });
  const startOfDay = new Date(now).setHours(0, 0, 0, 0);
  for (let index = 0; index < tasks; index += 1) {
    const band = index % 3;
    // Overdue by up to a week; later today (before midnight); one to seven days ahead.
    const dueAt =
      band === 0
        ? now - (1 + (index % 7)) * DAY
        : band === 1
          ? Math.min(now + 60_000 * (1 + index), startOfDay + DAY - 60_000)
          : now + (1 + (index % 7)) * DAY;
    const envelope = await again.dispatch('activities.plan' as never, {
      subject: `Позвонить по сделке ${index + 1}`,
      dueAt,
      dealId: dealIds[index % dealIds.length],
    } as never);
    if (!envelope.ok) throw new Error(`activities.plan: ${JSON.stringify(envelope.error)}`);
  }
  again.close();
};
