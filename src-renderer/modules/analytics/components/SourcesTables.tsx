import type { AnalyticsOverview } from '@shared/contract/schemas/analytics';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalyticsNames } from '../hooks/useAnalyticsNames';
import type { FigureFormat } from '../hooks/useFigureFormat';
import type { DrillRequest } from '../utils/DrillRequest';

type Props = {
  data: AnalyticsOverview;
  names: AnalyticsNames;
  format: FigureFormat;
  onDrill(request: DrillRequest): void;
};

const link = (value: number, format: FigureFormat, onClick: () => void): ReactNode =>
  value === 0 ? (
    format.int(0)
  ) : (
    <button type="button" className="button-link figure-link" onClick={onClick}>
      {format.int(value)}
    </button>
  );

/** Leads, qualified and won per source and per campaign, with cost per lead where cost was entered. */
export const SourcesTables = ({ data, names, format, onDrill }: Props) => {
  const { t } = useTranslation();
  const { report, sources } = data.current;
  const money = (value: number | null) => format.money(value, report.currency);
  return (
    <>
      <section className="analytics-section card" aria-labelledby="analytics-sources-title">
        <h2 id="analytics-sources-title" className="analytics-section-title">
          {t('analytics.sources.title')}
        </h2>
        {sources.length === 0 ? (
          <p className="muted">{t('analytics.charts.noData')}</p>
        ) : (
          <div className="analytics-table-wrap">
            <table className="analytics-table" data-testid="sources-table">
              <thead>
                <tr>
                  <th scope="col">{t('analytics.sources.source')}</th>
                  <th scope="col" className="numeric">
                    {t('analytics.sources.leads')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('analytics.sources.qualified')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('analytics.sources.won')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('analytics.sources.cpl')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('analytics.sources.costPerQualified')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {sources.map((row) => {
                  const name = names.source(row.id);
                  return (
                    <tr key={row.id ?? 'none'}>
                      <th scope="row">{name}</th>
                      <td className="numeric">
                        {link(row.leads, format, () =>
                          onDrill({
                            title: t('analytics.figures.sourceLeads', { source: name }),
                            figure: { figure: 'sourceLeads', sourceId: row.id },
                          }),
                        )}
                      </td>
                      <td className="numeric">{format.int(row.qualified)}</td>
                      <td className="numeric">
                        {link(row.won, format, () =>
                          onDrill({
                            title: t('analytics.figures.sourceWon', { source: name }),
                            figure: { figure: 'sourceWon', sourceId: row.id },
                          }),
                        )}
                      </td>
                      <td className="numeric" title={row.cost === null ? t('analytics.sources.noCost') : undefined}>
                        {money(row.cpl)}
                      </td>
                      <td className="numeric">{money(row.costPerQualified)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className="analytics-section card" aria-labelledby="analytics-campaigns-title">
        <h2 id="analytics-campaigns-title" className="analytics-section-title">
          {t('analytics.campaigns.title')}
        </h2>
        {report.campaigns.length === 0 ? (
          <p className="muted">{t('analytics.charts.noData')}</p>
        ) : (
          <div className="analytics-table-wrap">
            <table className="analytics-table" data-testid="campaigns-table">
              <thead>
                <tr>
                  <th scope="col">{t('analytics.campaigns.campaign')}</th>
                  <th scope="col" className="numeric">
                    {t('analytics.sources.cost')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('analytics.sources.leads')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('analytics.sources.cpl')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('analytics.sources.costPerQualified')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('analytics.sources.won')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('analytics.campaigns.cac')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.campaigns.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">{row.name}</th>
                    <td className="numeric">{money(row.cost)}</td>
                    <td className="numeric">
                      {link(row.leads, format, () =>
                        onDrill({
                          title: t('analytics.figures.campaignLeads', { campaign: row.name }),
                          figure: { figure: 'campaignLeads', campaignId: row.id },
                        }),
                      )}
                    </td>
                    <td className="numeric">{money(row.cpl)}</td>
                    <td className="numeric">{money(row.costPerQualified)}</td>
                    <td className="numeric">
                      {link(row.won, format, () =>
                        onDrill({
                          title: t('analytics.figures.campaignWon', { campaign: row.name }),
                          figure: { figure: 'campaignWon', campaignId: row.id },
                        }),
                      )}
                    </td>
                    <td className="numeric">{money(row.cac)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
};
