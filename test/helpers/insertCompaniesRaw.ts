import { companyNameKey } from '@shared/domain/companyNameKey';
import { foldText } from '@shared/domain/foldText';
import { DEFAULT_PIPELINE, DEFAULT_STAGES } from '@shared/domain/defaultWorkspace';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../src-main/core/db/Db';

const NAMES = ['Ромашка', 'Вектор', 'Альфа', 'Гранит', 'Север', 'Орион', 'Тайга', 'Simplex', 'Nord', 'Атлант'];
const FORMS = ['ООО', 'АО', 'ПАО', 'ИП', 'LLC'];
const INDUSTRIES = ['IT', 'Розница', 'Производство', 'Логистика', 'Телеком', 'Финансы'];
const REGIONS = ['Москва', 'Санкт-Петербург', 'Казань', 'Новосибирск', 'Екатеринбург'];
const SIZES = ['micro', 'small', 'medium', 'large', 'enterprise'];

const pick = <T>(items: readonly T[], n: number): T => items[n % items.length] as T;

/**
 * Many companies (and open deals on every other one) in one transaction through raw prepared
 * statements: for measuring reads at scale, not for testing the write path (no change log; the
 * derived keys are filled as the write path would).
 */
export const insertCompaniesRaw = (db: Db, count: number, now: number): string[] => {
  const company = db.sqlite.prepare(
    `INSERT INTO companies (id, name, name_key, sort_key, inn, industry, industry_key, size, region, region_key, segment, domain, website, email, phone, phone_normalized, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const deal = db.sqlite.prepare(
    `INSERT INTO deals (id, title, title_key, pipeline_id, stage_id, position, value_minor, currency, company_id, stage_entered_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'RUB', ?, ?, ?, ?)`,
  );
  const stageId = DEFAULT_STAGES[1]?.id ?? '';
  const ids: string[] = [];
  db.sqlite.transaction(() => {
    for (let n = 0; n < count; n += 1) {
      const id = uuidv7();
      ids.push(id);
      const domain = `firm${n}.ru`;
      const name = `${pick(FORMS, n)} «${pick(NAMES, n)} ${n}»`;
      company.run(
        id,
        name,
        companyNameKey(name) || null,
        foldText(name),
        String(7_700_000_000 + n),
        pick(INDUSTRIES, n),
        foldText(pick(INDUSTRIES, n)),
        pick(SIZES, n),
        pick(REGIONS, n),
        foldText(pick(REGIONS, n)),
        n % 3 === 0 ? 'enterprise' : 'smb',
        domain,
        `https://${domain}`,
        `info@${domain}`,
        `+7 495 ${String(n).padStart(7, '0')}`,
        `+7495${String(n).padStart(7, '0')}`,
        now - n * 1000,
        now - n * 1000,
      );
      if (n % 2 === 0) {
        deal.run(
          uuidv7(),
          `Сделка ${n}`,
          `сделка ${n}`,
          DEFAULT_PIPELINE.id,
          stageId,
          `a${n}`,
          (n % 97) * 10_000,
          id,
          now,
          now,
          now,
        );
      }
    }
  })();
  return ids;
};
