import type { HandlersOf } from '../../Handlers';
import {
  activateCustomer,
  churnCustomer,
  deleteNps,
  getCompanyCustomer,
  reactivateCustomer,
  recordNps,
  tickOnboarding,
} from './customers.service';

export const customerHandlers: HandlersOf<
  | 'customers.get'
  | 'customers.tickOnboarding'
  | 'customers.activate'
  | 'customers.churn'
  | 'customers.reactivate'
  | 'nps.record'
  | 'nps.delete'
> = {
  'customers.get': (input, ctx) => getCompanyCustomer(ctx, input.companyId),
  'customers.tickOnboarding': (input, ctx) => tickOnboarding(ctx, input),
  'customers.activate': (input, ctx) => activateCustomer(ctx, input.companyId),
  'customers.churn': (input, ctx) => churnCustomer(ctx, input),
  'customers.reactivate': (input, ctx) => reactivateCustomer(ctx, input.companyId),
  'nps.record': (input, ctx) => recordNps(ctx, input),
  'nps.delete': (input, ctx) => deleteNps(ctx, input.id),
};
