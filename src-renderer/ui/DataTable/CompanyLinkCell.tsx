import type { ReactNode } from 'react';
import { recordHash } from '../../app/useHashRecordId';

/** A row's company as a link to its page (clipped like CellText), or `none` when the row has none. */
export const CompanyLinkCell = ({
  companyId,
  name,
  none,
}: {
  companyId: string | null;
  name: string | null;
  none: ReactNode;
}) =>
  companyId && name ? (
    <a className="table-link cell-text" href={recordHash('companies', companyId)} title={name}>
      {name}
    </a>
  ) : (
    none
  );
