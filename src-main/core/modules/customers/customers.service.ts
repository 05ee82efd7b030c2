import {
  type CompanyCustomer,
  type Customer,
  type NpsRecordInput,
  ONBOARDING_STEPS,
  type OnboardingStep,
} from '@shared/contract/schemas/customers';
import { calendarDateInZone } from '@shared/domain/calendarDate';
import { npsOf } from '@shared/domain/npsOf';
import { TZDate } from '@date-fns/tz';
import { v7 as uuidv7 } from 'uuid';
import { conflictError } from '../../conflictError';
import type { HandlerContext } from '../../HandlerContext';
import type { Db } from '../../db/Db';
import type { CustomersTable } from '../../db/schema';
import { requireLiveCompanyRow } from '../companies/companies.service';
import { fieldError } from '../companies/fieldError';
import { findContactRow } from '../contacts/contacts.repo';
import { notFound } from '../pipelines/notFound';
import { getSettings } from '../settings/settings.service';
import {
  findCustomerRow,
  findNpsRow,
  findOnboardingRow,
  listNpsAnswers,
  listOnboardingRows,
  selectLastContactAt,
} from './customers.repo';

const DAY_MS = 86_400_000;

const toCustomer = (db: Db, row: CustomersTable, now: number): Customer => {
  const ticks = new Map(listOnboardingRows(db, row.id).map((tick) => [tick.step, tick]));
  const lastContactAt = selectLastContactAt(db, row.id);
  const noContactDays = getSettings(db)['retention.noContactDays'];
  // A customer never contacted counts from the day it became one.
  const quietSince = lastContactAt ?? row.since_at;
  return {
    companyId: row.id,
    status: row.status,
    sinceAt: row.since_at,
    activeAt: row.active_at,
    churnedAt: row.churned_at,
    churnReason: row.churn_reason,
    onboarding: ONBOARDING_STEPS.map((step) => {
      const tick = ticks.get(step);
      return { step, doneAt: tick?.done_at ?? null, doneByName: tick?.done_at == null ? null : tick.done_by_name };
    }),
    lastContactAt,
    noContactDays,
    noContact: row.status !== 'churned' && now - quietSince > noContactDays * DAY_MS,
  };
};

/** The company's retention card. */
export const getCompanyCustomer = (ctx: HandlerContext, companyId: string): CompanyCustomer => {
  requireLiveCompanyRow(ctx.db, companyId);
  const row = findCustomerRow(ctx.db, companyId);
  const nps = listNpsAnswers(ctx.db, companyId);
  return {
    customer: row && row.deleted_at === null ? toCustomer(ctx.db, row, ctx.clock.now()) : null,
    nps,
    npsScore: npsOf(nps.map((answer) => answer.score)),
  };
};

const requireCustomer = (db: Db, companyId: string): CustomersTable => {
  requireLiveCompanyRow(db, companyId);
  const row = findCustomerRow(db, companyId);
  if (!row || row.deleted_at !== null) {
    throw conflictError('not_a_customer', 'The company is not a customer: win one of its deals first', { companyId });
  }
  return row;
};

/** Ticks or unticks a step; the last step ticked makes an onboarding customer active. */
export const tickOnboarding = (
  ctx: HandlerContext,
  input: { companyId: string; step: OnboardingStep; done: boolean },
): CompanyCustomer => {
  ctx.write((writer, now) => {
    const customer = requireCustomer(ctx.db, input.companyId);
    if (customer.status === 'churned') {
      throw conflictError('customer_churned', 'The customer has churned; reactivate it first', {
        companyId: input.companyId,
      });
    }
    const id = `${customer.id}:${input.step}`;
    const current = findOnboardingRow(ctx.db, id);
    const done = input.done ? { done_at: now, done_by: ctx.actorId() } : { done_at: null, done_by: null };
    if (!current) {
      writer.insert('customer_onboarding', {
        id,
        customer_id: customer.id,
        step: input.step,
        ...done,
        created_at: now,
        updated_at: now,
        deleted_at: null,
      });
    } else if ((current.done_at !== null) !== input.done || current.deleted_at !== null) {
      writer.update('customer_onboarding', id, { ...done, deleted_at: null }, current);
    }
    if (!input.done || customer.status !== 'onboarding') return;
    const ticked = new Set(
      listOnboardingRows(ctx.db, customer.id)
        .filter((row) => row.done_at !== null)
        .map((row) => row.step),
    );
    if (ONBOARDING_STEPS.every((step) => ticked.has(step))) {
      writer.update('customers', customer.id, { status: 'active', active_at: now }, customer);
    }
  });
  return getCompanyCustomer(ctx, input.companyId);
};

/** Onboarding over without every step ticked (the manager's call). */
export const activateCustomer = (ctx: HandlerContext, companyId: string): CompanyCustomer => {
  ctx.write((writer, now) => {
    const customer = requireCustomer(ctx.db, companyId);
    if (customer.status !== 'onboarding') {
      throw conflictError('customer_not_onboarding', 'Only an onboarding customer can be made active', { companyId });
    }
    writer.update('customers', companyId, { status: 'active', active_at: now }, customer);
  });
  return getCompanyCustomer(ctx, companyId);
};

/**
 * A day in the workspace's zone as a moment: today is now; an earlier day is its local noon (a
 * stable time inside the day whatever the DST). Days after today are refused.
 */
const momentOfDay = (ctx: HandlerContext, day: string | undefined, field: string, now: number): number => {
  const timeZone = getSettings(ctx.db)['workspace.timeZone'];
  const today = calendarDateInZone(now, timeZone);
  if (day === undefined || day === today) return now;
  if (day > today) throw fieldError([field], 'date_in_future', 'The date is in the future');
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return new TZDate(year, month - 1, date, 12, 0, 0, timeZone).getTime();
};

/** The customer left, on a day and for a reason; onboarding or active customers only. */
export const churnCustomer = (
  ctx: HandlerContext,
  input: { companyId: string; reason: string; churnedOn?: string | undefined },
): CompanyCustomer => {
  ctx.write((writer, now) => {
    const customer = requireCustomer(ctx.db, input.companyId);
    if (customer.status === 'churned') {
      throw conflictError('customer_churned', 'The customer has already churned', { companyId: input.companyId });
    }
    const churnedAt = momentOfDay(ctx, input.churnedOn, 'churnedOn', now);
    writer.update(
      'customers',
      customer.id,
      { status: 'churned', churned_at: Math.max(churnedAt, customer.since_at), churn_reason: input.reason },
      customer,
    );
  });
  return getCompanyCustomer(ctx, input.companyId);
};

/** A churned customer is back: active from now, the churn cleared. */
export const reactivateCustomer = (ctx: HandlerContext, companyId: string): CompanyCustomer => {
  ctx.write((writer, now) => {
    const customer = requireCustomer(ctx.db, companyId);
    if (customer.status !== 'churned') {
      throw conflictError('customer_not_churned', 'Only a churned customer can be reactivated', { companyId });
    }
    writer.update(
      'customers',
      companyId,
      { status: 'active', active_at: now, churned_at: null, churn_reason: null },
      customer,
    );
  });
  return getCompanyCustomer(ctx, companyId);
};

/** An NPS answer of a customer, optionally by one of the company's own contacts. */
export const recordNps = (ctx: HandlerContext, input: NpsRecordInput): CompanyCustomer => {
  ctx.write((writer, now) => {
    requireCustomer(ctx.db, input.companyId);
    if (input.contactId !== null) {
      const contact = findContactRow(ctx.db, input.contactId);
      if (!contact || contact.deleted_at !== null)
        throw fieldError(['contactId'], 'contact_not_found', 'Contact not found');
      if (contact.company_id !== input.companyId) {
        throw fieldError(['contactId'], 'contact_other_company', 'The contact works at another company');
      }
    }
    writer.insert('nps_responses', {
      id: uuidv7(),
      company_id: input.companyId,
      contact_id: input.contactId,
      deal_id: null,
      score: input.score,
      comment: input.comment === null || input.comment === '' ? null : input.comment,
      responded_at: momentOfDay(ctx, input.respondedOn, 'respondedOn', now),
      created_at: now,
      updated_at: now,
      deleted_at: null,
    });
  });
  return getCompanyCustomer(ctx, input.companyId);
};

export const deleteNps = (ctx: HandlerContext, id: string): CompanyCustomer => {
  const row = findNpsRow(ctx.db, id);
  if (!row || row.company_id === null) throw notFound('npsResponse', id);
  ctx.write((writer, now) => {
    if (row.deleted_at === null) writer.update('nps_responses', id, { deleted_at: now });
  });
  return getCompanyCustomer(ctx, row.company_id);
};
