import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../../platform/useDateFormat';
import { Icon } from '../../../ui/Icon';

/** The erased state: when the person was erased, what stays, and that older backups still hold them. */
export const ContactErasedNotice = ({ erasedAt }: { erasedAt: number }) => {
  const { t } = useTranslation();
  const dates = useDateFormat();
  return (
    <div className="notice notice-warning" role="status" data-testid="contact-erased-notice">
      <Icon name="lock" size={18} />
      <div className="notice-body">
        <p className="notice-title">{t('contactErase.banner', { date: dates.instant(erasedAt) })}</p>
        <p>{t('contactErase.bannerBackups')}</p>
      </div>
    </div>
  );
};
