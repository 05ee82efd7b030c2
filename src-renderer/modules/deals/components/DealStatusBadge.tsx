import type { DealStatus } from '@shared/contract/schemas/deals';
import { useTranslation } from 'react-i18next';

export const DealStatusBadge = ({ status }: { status: DealStatus }) => {
  const { t } = useTranslation();
  return <span className={`badge badge-${status}`}>{t(`deal.status.${status}`)}</span>;
};
