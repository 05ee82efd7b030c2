import type { NpsAnswer } from '@shared/contract/schemas/customers';
import type { Db } from '../../db/Db';
import type { CustomerOnboardingTable, CustomersTable } from '../../db/schema';
import { prepare } from '../../db/sql';

export const findCustomerRow = (db: Db, companyId: string): CustomersTable | undefined =>
  prepare(db, 'SELECT * FROM customers WHERE id = ?').get(companyId) as CustomersTable | undefined;

export const listOnboardingRows = (
  db: Db,
  customerId: string,
): (CustomerOnboardingTable & { done_by_name: string | null })[] =>
  prepare(
    db,
    `SELECT o.*, u.name AS done_by_name FROM customer_onboarding o LEFT JOIN users u ON u.id = o.done_by
      WHERE o.customer_id = ? AND o.deleted_at IS NULL`,
  ).all(customerId) as (CustomerOnboardingTable & { done_by_name: string | null })[];

export const findOnboardingRow = (db: Db, id: string): CustomerOnboardingTable | undefined =>
  prepare(db, 'SELECT * FROM customer_onboarding WHERE id = ?').get(id) as CustomerOnboardingTable | undefined;

/**
 * The latest done activity other than a note on the company `companyId` names (an SQL expression),
 * on its contacts or on its deals: a call, a letter, a meeting… is a contact; a note written about
 * the customer is not. Also the automation scan's `no_contact` trigger.
 */
export const lastContactSql = (companyId: string): string =>
  `(SELECT max(la.done_at) FROM activities la
      WHERE la.deleted_at IS NULL AND la.done_at IS NOT NULL AND la.type <> 'note'
        AND (la.company_id = ${companyId}
          OR la.deal_id IN (SELECT ld.id FROM deals ld WHERE ld.company_id = ${companyId})
          OR la.contact_id IN (SELECT lc.id FROM contacts lc WHERE lc.company_id = ${companyId})))`;

export const selectLastContactAt = (db: Db, companyId: string): number | null =>
  prepare(db, `SELECT ${lastContactSql('@id')} AS at`)
    .pluck()
    .get({ id: companyId }) as number | null;

/**
 * The customer's latest won deal: what a retention rule (churn, a detractor's answer, no contact)
 * runs on, for its conditions, owner and actions. Null when none is left (deleted since).
 */
export const latestWonDealId = (db: Db, companyId: string): string | null =>
  (prepare(
    db,
    `SELECT id FROM deals WHERE company_id = ? AND status = 'won' AND deleted_at IS NULL
      ORDER BY won_at DESC, id DESC LIMIT 1`,
  )
    .pluck()
    .get(companyId) as string | undefined) ?? null;

export const listNpsAnswers = (db: Db, companyId: string): NpsAnswer[] =>
  (
    prepare(
      db,
      `SELECT r.id, r.score, r.comment, r.contact_id, c.name AS contact_name, r.responded_at
        FROM nps_responses r LEFT JOIN contacts c ON c.id = r.contact_id
        WHERE r.company_id = ? AND r.deleted_at IS NULL
        ORDER BY r.responded_at DESC, r.id DESC`,
    ).all(companyId) as {
      id: string;
      score: number;
      comment: string | null;
      contact_id: string | null;
      contact_name: string | null;
      responded_at: number;
    }[]
  ).map((row) => ({
    id: row.id,
    score: row.score,
    comment: row.comment,
    contactId: row.contact_id,
    contactName: row.contact_name,
    respondedAt: row.responded_at,
  }));

export const findNpsRow = (
  db: Db,
  id: string,
): { id: string; company_id: string | null; deleted_at: number | null } | undefined =>
  prepare(db, 'SELECT id, company_id, deleted_at FROM nps_responses WHERE id = ?').get(id) as
    { id: string; company_id: string | null; deleted_at: number | null } | undefined;
