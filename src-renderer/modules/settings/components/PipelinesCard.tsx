import { useTranslation } from 'react-i18next';
import { SettingCard } from './SettingCard';

/** The way from Settings to the stage editor, which lives beside the board at #/pipeline/stages. */
export const PipelinesCard = () => {
  const { t } = useTranslation();
  return (
    <SettingCard title={t('settings.pipelines.title')} description={t('settings.pipelines.description')}>
      <a className="button" href="#/pipeline/stages">
        {t('settings.pipelines.open')}
      </a>
    </SettingCard>
  );
};
