import { formatPeriodLabel } from '@shared/i18n/formatPeriodLabel';
import type { ReportSchedule } from '@shared/contract/schemas/reportSchedule';
import { REPORT_FORMATS, type ReportFormat } from '@shared/contract/schemas/reports';
import { displayName } from '@shared/i18n/displayName';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useDateFormat } from '../../../platform/useDateFormat';
import { useLanguage } from '../../../platform/useLanguage';
import { Select } from '../../../ui/form/Select';
import { OwnerOptionGroups } from '../../users/components/OwnerOptionGroups';
import { useCurrentUser } from '../../users/hooks/useCurrentUser';
import { ownerOptions } from '../../users/utils/ownerOptions';
import { useReportSchedule } from '../hooks/useReportSchedule';
import { weekdayNames } from '../utils/weekdayNames';
import './ReportSchedulePanel.css';

/** When the schedule writes next, and how its last run went with the files it wrote. */
const ScheduleRuns = ({ schedule }: { schedule: ReportSchedule }) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const dates = useDateFormat();
  const lastRun = schedule.lastRun;
  return (
    <>
      <p>
        {schedule.enabled && schedule.nextRunAt !== null
          ? t('reportsPage.schedule.next', { when: dates.instant(schedule.nextRunAt, 'dateTime') })
          : t('reportsPage.schedule.off')}
      </p>
      {lastRun === null ? (
        <p className="muted">{t('reportsPage.schedule.never')}</p>
      ) : (
        <>
          <p className={lastRun.problem === null ? undefined : 'schedule-problem'}>
            {t('reportsPage.schedule.lastRun', {
              when: dates.instant(lastRun.at, 'dateTime'),
              trigger: t(`reportsPage.schedule.triggers.${lastRun.trigger}`),
              week: formatPeriodLabel(lastRun.week, language, t),
            })}
            {lastRun.problem === null ? null : ` — ${t(`reportsPage.schedule.problems.${lastRun.problem}`)}`}
          </p>
          {lastRun.files.length > 0 ? (
            <ul className="schedule-files" aria-label={t('reportsPage.schedule.folder')}>
              {lastRun.files.map((file) => (
                <li key={file}>
                  <code>{file}</code>
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}
    </>
  );
};

/**
 * The weekly report's schedule on this device: on/off, the day and time (workspace clock), the
 * formats, language, owner and pipeline, the folder (chosen in the desktop's dialog, or the
 * browser host's, read-only), "Save now", and how the last run went with the files it wrote.
 */
export const ReportSchedulePanel = () => {
  const { t } = useTranslation();
  const language = useLanguage();
  const dates = useDateFormat();
  const { schedule, settings, failed, busy, save, runNow, chooseFolder } = useReportSchedule();
  const pipelines = useLiveQuery('pipelines.list', {}, ['pipelines']).data ?? [];
  const { user, users } = useCurrentUser();
  const owners = ownerOptions(users ?? [], user?.id ?? null, settings?.ownerId ?? null, { includeInactive: true });
  const disabled = settings === null || busy !== null;
  const toggleFormat = (format: ReportFormat, on: boolean) => {
    if (!settings) return;
    const formats = on ? [...settings.formats, format] : settings.formats.filter((kept) => kept !== format);
    // The contract's order, so the files list reads the same whichever was ticked first.
    void save({ formats: REPORT_FORMATS.filter((candidate) => formats.includes(candidate)) });
  };
  const folder = schedule?.folder ?? null;

  return (
    <section className="card schedule-panel" aria-labelledby="schedule-title" data-testid="report-schedule">
      <header className="schedule-header">
        <div>
          <h2 id="schedule-title">{t('reportsPage.schedule.title')}</h2>
          <p className="muted">{t('reportsPage.schedule.description')}</p>
        </div>
        <label className="checkbox-label schedule-toggle">
          <input
            type="checkbox"
            role="switch"
            checked={settings?.enabled ?? false}
            disabled={disabled}
            onChange={(event) => void save({ enabled: event.target.checked })}
          />
          {t('reportsPage.schedule.enabled')}
        </label>
      </header>

      <div className="schedule-fields">
        <label className="schedule-field">
          <span>{t('reportsPage.schedule.weekday')}</span>
          <Select
            value={String(settings?.weekday ?? 1)}
            disabled={disabled}
            onChange={(event) => void save({ weekday: Number(event.target.value) })}
          >
            {weekdayNames(language).map((name, index) => (
              <option key={name} value={index + 1}>
                {name}
              </option>
            ))}
          </Select>
        </label>
        <label
          className="schedule-field schedule-time"
          title={t('reportsPage.schedule.zone', { zone: dates.timeZone })}
        >
          <span>{t('reportsPage.schedule.time')}</span>
          <input
            type="time"
            className="input"
            required
            value={settings?.time ?? '09:00'}
            disabled={disabled}
            onChange={(event) => {
              if (/^\d{2}:\d{2}$/.test(event.target.value)) void save({ time: event.target.value });
            }}
          />
        </label>
        <div className="schedule-field" role="group" aria-labelledby="schedule-formats-label">
          <span id="schedule-formats-label">{t('reportsPage.schedule.formats')}</span>
          <div className="schedule-formats">
            {REPORT_FORMATS.map((format) => {
              const checked = settings?.formats.includes(format) ?? false;
              const last = checked && settings?.formats.length === 1;
              return (
                <label
                  key={format}
                  className="checkbox-label"
                  title={last ? t('reportsPage.schedule.lastFormat') : undefined}
                >
                  <input
                    type="checkbox"
                    checked={checked}
                    disabled={disabled || last}
                    onChange={(event) => toggleFormat(format, event.target.checked)}
                  />
                  {t(`reportsPage.formats.${format}`)}
                </label>
              );
            })}
          </div>
        </div>
        <label className="schedule-field">
          <span>{t('reportsPage.schedule.language')}</span>
          <Select
            value={settings?.language ?? language}
            disabled={disabled}
            onChange={(event) => void save({ language: event.target.value === 'en' ? 'en' : 'ru' })}
          >
            <option value="ru">{t('reportsPage.schedule.languages.ru')}</option>
            <option value="en">{t('reportsPage.schedule.languages.en')}</option>
          </Select>
        </label>
        <label className="schedule-field">
          <span>{t('reportsPage.owner')}</span>
          <Select
            value={settings?.ownerId ?? ''}
            disabled={disabled}
            onChange={(event) => void save({ ownerId: event.target.value || null })}
          >
            <option value="">{t('reportsPage.allOwners')}</option>
            <OwnerOptionGroups options={owners} />
          </Select>
        </label>
        <label className="schedule-field">
          <span>{t('reportsPage.pipeline')}</span>
          <Select
            value={settings?.pipelineId ?? ''}
            disabled={disabled}
            onChange={(event) => void save({ pipelineId: event.target.value || null })}
          >
            <option value="">{t('reportsPage.allPipelines')}</option>
            {pipelines.map((pipeline) => (
              <option key={pipeline.id} value={pipeline.id}>
                {displayName(pipeline, (key, values) => t(key, values ?? {}))}
              </option>
            ))}
          </Select>
        </label>
        <div className="schedule-field schedule-folder" role="group" aria-labelledby="schedule-folder-label">
          <span id="schedule-folder-label">{t('reportsPage.schedule.folder')}</span>
          <div className="schedule-folder-line">
            {schedule === null ? (
              <span className="muted">{t('common.none')}</span>
            ) : (
              <code data-testid="report-folder">{folder?.path ?? t('reportsPage.schedule.noFolder')}</code>
            )}
            {folder ? <span className="muted">{t(`reportsPage.schedule.folderSources.${folder.source}`)}</span> : null}
            {folder?.canChoose ? (
              <button
                type="button"
                className="button button-small"
                disabled={disabled}
                onClick={() => void chooseFolder()}
              >
                {t('reportsPage.schedule.chooseFolder')}
              </button>
            ) : null}
          </div>
        </div>
      </div>

      <footer className="schedule-status">
        <div className="schedule-runs" role="status" data-testid="report-schedule-status">
          {schedule === null ? (
            // Not loaded (the core unreachable as the page opened): say so, never «выключено» or
            // «не сохранялся», which it does not know.
            <p className="muted">{failed ? t('connection.loadFailed') : t('common.loading')}</p>
          ) : (
            <ScheduleRuns schedule={schedule} />
          )}
        </div>
        <button
          type="button"
          className="button"
          disabled={disabled}
          aria-busy={busy === 'run'}
          onClick={() => void runNow()}
        >
          {busy === 'run' ? t('reportsPage.schedule.running') : t('reportsPage.schedule.runNow')}
        </button>
      </footer>
    </section>
  );
};
