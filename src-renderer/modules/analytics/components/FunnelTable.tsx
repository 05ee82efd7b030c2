import type { AnalyticsOverview } from '@shared/contract/schemas/analytics';
import { useTranslation } from 'react-i18next';
import type { FigureFormat } from '../hooks/useFigureFormat';
import type { DrillRequest } from '../utils/DrillRequest';

type Props = { data: AnalyticsOverview; format: FigureFormat; onDrill(request: DrillRequest): void };

/** Entered, moved on, conversion and drop-off per step, with the previous period's entries. */
export const FunnelTable = ({ data, format, onDrill }: Props) => {
  const { t } = useTranslation();
  return (
    <section className="analytics-section card" aria-labelledby="analytics-funnel-title">
      <h2 id="analytics-funnel-title" className="analytics-section-title">
        {t('analytics.funnel.title')}
      </h2>
      <div className="analytics-table-wrap">
        <table className="analytics-table" data-testid="funnel-table">
          <thead>
            <tr>
              <th scope="col">{t('analytics.funnel.step')}</th>
              <th scope="col" className="numeric">
                {t('analytics.funnel.entered')}
              </th>
              <th scope="col" className="numeric">
                {t('analytics.funnel.previous')}
              </th>
              <th scope="col" className="numeric">
                {t('analytics.funnel.converted')}
              </th>
              <th scope="col" className="numeric">
                {t('analytics.funnel.conversion')}
              </th>
              <th scope="col" className="numeric">
                {t('analytics.funnel.dropOff')}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.current.funnel.map((row, index) => {
              const step = t(`funnel.step.${row.step}`);
              const cell = (value: number | null, request: DrillRequest) =>
                value === null || value === 0 ? (
                  format.int(value)
                ) : (
                  <button type="button" className="button-link figure-link" onClick={() => onDrill(request)}>
                    {format.int(value)}
                  </button>
                );
              return (
                <tr key={row.step} data-step={row.step}>
                  <th scope="row">{step}</th>
                  <td className="numeric">
                    {cell(row.entered, {
                      title: t('analytics.figures.entered', { step }),
                      figure: { figure: 'entered', step: row.step },
                    })}
                  </td>
                  <td className="numeric muted">{format.int(data.previous.funnel[index]?.entered ?? 0)}</td>
                  <td className="numeric">
                    {cell(row.converted, {
                      title: t('analytics.figures.converted', { step }),
                      figure: { figure: 'converted', step: row.step },
                    })}
                  </td>
                  <td className="numeric">{format.percent(row.conversion)}</td>
                  <td className="numeric">
                    {cell(row.dropOff, {
                      title: t('analytics.figures.dropOff', { step }),
                      figure: { figure: 'dropOff', step: row.step },
                    })}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
};
