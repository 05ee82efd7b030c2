import { useHashRecordId } from '../../../app/useHashRecordId';
import { CompaniesPage } from './CompaniesPage';
import { CompanyPage } from './CompanyPage';

/** `#/companies` is the table, `#/companies/<id>` one company's page. */
export const CompaniesRoute = () => {
  const companyId = useHashRecordId('companies');
  // Keyed by id: moving to another company (a duplicate's link) starts its page afresh.
  return companyId ? <CompanyPage key={companyId} id={companyId} /> : <CompaniesPage />;
};
