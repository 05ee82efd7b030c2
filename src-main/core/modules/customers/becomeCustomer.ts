import type { ChangeWriter } from '../../changes/ChangeWriter';
import type { Db } from '../../db/Db';
import { findCustomerRow } from './customers.repo';

/**
 * A won deal makes its company a customer: a new one starts onboarding from the win; a churned
 * one is active again (reactivated by the sale); a tombstoned record starts over. An onboarding or
 * active customer stays as it is. The row's id is the company's, so devices that each record a
 * win converge on one customer.
 */
/** Where the customer row is written: the write path, or an import's journal (so undo reverts it). */
export type CustomerSink = Pick<ChangeWriter, 'insert' | 'update'>;

export const becomeCustomer = (db: Db, writer: CustomerSink, companyId: string, wonAt: number, now: number): void => {
  const current = findCustomerRow(db, companyId);
  if (!current) {
    writer.insert('customers', {
      id: companyId,
      status: 'onboarding',
      since_at: wonAt,
      active_at: null,
      churned_at: null,
      churn_reason: null,
      created_at: now,
      updated_at: now,
      deleted_at: null,
    });
    return;
  }
  if (current.deleted_at !== null) {
    writer.update(
      'customers',
      companyId,
      {
        status: 'onboarding',
        since_at: wonAt,
        active_at: null,
        churned_at: null,
        churn_reason: null,
        deleted_at: null,
      },
      current,
    );
    return;
  }
  if (current.status === 'churned') {
    writer.update(
      'customers',
      companyId,
      { status: 'active', active_at: wonAt, churned_at: null, churn_reason: null },
      current,
    );
  }
};
