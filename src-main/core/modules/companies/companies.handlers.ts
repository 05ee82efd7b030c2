import type { HandlersOf } from '../../Handlers';
import { getSettings } from '../settings/settings.service';
import { companyFacet, listCompanies } from './companies.repo';
import { createCompany, getCompany, setCompanyDeleted, updateCompany } from './companies.service';
import { companyCard } from './companyCard';
import { companyDuplicates } from './companyDuplicates';

export const companiesHandlers: HandlersOf<
  | 'companies.list'
  | 'companies.facets'
  | 'companies.get'
  | 'companies.create'
  | 'companies.update'
  | 'companies.delete'
  | 'companies.restore'
  | 'companies.duplicates'
  | 'companies.card'
> = {
  'companies.list': (input, ctx) => listCompanies(ctx.db, input, getSettings(ctx.db)['workspace.currency']),
  'companies.facets': (_input, ctx) => ({
    industries: companyFacet(ctx.db, 'industry'),
    regions: companyFacet(ctx.db, 'region'),
    segments: companyFacet(ctx.db, 'segment'),
  }),
  'companies.get': (input, ctx) => getCompany(ctx.db, input.id),
  'companies.create': (input, ctx) => createCompany(ctx, input),
  'companies.update': (input, ctx) => updateCompany(ctx, input.id, input.patch),
  'companies.delete': (input, ctx) => setCompanyDeleted(ctx, input.id, true),
  'companies.restore': (input, ctx) => setCompanyDeleted(ctx, input.id, false),
  'companies.duplicates': (input, ctx) => companyDuplicates(ctx.db, input),
  'companies.card': (input, ctx) => companyCard(ctx.db, input, getSettings(ctx.db)['workspace.currency']),
};
