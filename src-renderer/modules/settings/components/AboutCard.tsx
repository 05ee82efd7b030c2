import { useTranslation } from 'react-i18next';
import { useAppInfo } from '../hooks/useAppInfo';

/** What support asks first: versions, where the data file is, which device this is. */
export const AboutCard = () => {
  const { t } = useTranslation();
  const info = useAppInfo();
  const rows: [string, string | undefined, boolean][] = [
    ['appVersion', info?.appVersion, false],
    ['schemaVersion', info ? String(info.schemaVersion) : undefined, false],
    ['platform', info ? t(`platform.${info.platform}`) : undefined, false],
    ['dbPath', info?.dbPath, true],
    ['deviceId', info?.deviceId, true],
  ];
  return (
    <section className="card about-card" aria-labelledby="about-title">
      <header className="card-header">
        <h2 id="about-title">{t('settings.about.title')}</h2>
      </header>
      <dl className="about-list">
        {rows.map(([key, value, mono]) => (
          <div key={key} className="about-row">
            <dt>{t(`settings.about.${key}`)}</dt>
            <dd className={mono ? 'mono' : undefined} data-testid={`about-${key}`}>
              {value ?? t('common.loading')}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
};
