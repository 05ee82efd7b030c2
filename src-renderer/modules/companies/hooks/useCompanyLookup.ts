import { useCallback } from 'react';
import { useClient } from '../../../platform/ClientContext';
import type { LookupOption } from '../../../ui/form/LookupPicker';

const SUGGESTIONS = 8;

/** The company lookup of pickers: name, INN or domain, searched on the server; the INN as the hint. */
export const useCompanyLookup = () => {
  const client = useClient();
  return useCallback(
    (search: string): Promise<LookupOption[]> =>
      client
        .call('companies.list', { ...(search ? { search } : {}), limit: SUGGESTIONS })
        .then((page) => page.rows.map((company) => ({ id: company.id, name: company.name, hint: company.inn }))),
    [client],
  );
};
