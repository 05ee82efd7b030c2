import Database from 'better-sqlite3';
import { DEFAULT_PIPELINE, DEFAULT_STAGES } from '@shared/domain/defaultWorkspace';
import { evenPositions } from '@shared/domain/listPlacement';
import { foldText } from '@shared/domain/foldText';
import { v7 as uuidv7 } from 'uuid';
import { createBackend } from '../../../src-main/core/createBackend';

const DAY = 86_400_000;

/** Users and companies through the core (they are few); 10,000 deals through one prepared insert. */
export const seedBoard = async (dbPath: string, openDeals: number): Promise<void> => {
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
  db.pragma('optimize');
  db.close();
};
