import { useTranslation } from 'react-i18next';
import { useHashRecordId } from '../../../app/useHashRecordId';
import { ensureActivityTableMessages } from '../utils/ensureActivityTableMessages';
import { ActivitiesTablePage } from './ActivitiesTablePage';
import { MyDayPage } from './MyDayPage';
import './ActivitiesRoute.css';

/** `#/activities` is My day, `#/activities/all` the table of every logged activity; tabs switch. */
export const ActivitiesRoute = () => {
  const { t, i18n } = useTranslation();
  ensureActivityTableMessages(i18n);
  const all = useHashRecordId('activities') === 'all';
  return (
    <div className="activities-route">
      <nav className="activities-tabs" aria-label={t('activityTable.tabs.label')}>
        <a className="activities-tab" href="#/activities" aria-current={all ? undefined : 'page'}>
          {t('activityTable.tabs.myDay')}
        </a>
        <a className="activities-tab" href="#/activities/all" aria-current={all ? 'page' : undefined}>
          {t('activityTable.tabs.all')}
        </a>
      </nav>
      {all ? <ActivitiesTablePage /> : <MyDayPage />}
    </div>
  );
};
