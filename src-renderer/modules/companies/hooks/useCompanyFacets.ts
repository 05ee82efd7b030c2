import type { z } from 'zod';
import type { companyFacetsSchema } from '@shared/contract/schemas/companies';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';

export type CompanyFacets = z.infer<typeof companyFacetsSchema>;

/** Industries, regions and segments in use (with counts): filter options and form suggestions. */
export const useCompanyFacets = (): CompanyFacets | null => useLiveQuery('companies.facets', {}, ['companies']).data;
