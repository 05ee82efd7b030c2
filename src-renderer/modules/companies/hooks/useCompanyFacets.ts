import type { z } from 'zod';
import type { companyFacetsSchema } from '@shared/contract/schemas/companies';
import { useCallback, useEffect, useState } from 'react';
import { useClient } from '../../../platform/ClientContext';
import { useTablesChanged } from '../../../platform/data/useTablesChanged';
import { useReportError } from '../../../ui/toasts/useReportError';

export type CompanyFacets = z.infer<typeof companyFacetsSchema>;

/** Industries, regions and segments in use (with counts): filter options and form suggestions. */
export const useCompanyFacets = (): CompanyFacets | null => {
  const client = useClient();
  const reportError = useReportError();
  const [facets, setFacets] = useState<CompanyFacets | null>(null);
  const reload = useCallback(() => {
    client.call('companies.facets').then(setFacets, reportError);
  }, [client, reportError]);
  useEffect(reload, [reload]);
  useTablesChanged(['companies'], reload);
  return facets;
};
