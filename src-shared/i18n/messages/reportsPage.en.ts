import type { reportsPageRu } from './reportsPage.ru';

/** English messages of the Reports page; the same keys as Russian. */
export const reportsPageEn: typeof reportsPageRu = {
  controls: 'Report settings',
  week: 'Week',
  previousWeek: 'Previous week',
  nextWeek: 'Next week',
  lastWeek: 'Last week',
  owner: 'Owner',
  allOwners: 'All owners',
  pipeline: 'Pipeline',
  allPipelines: 'All pipelines',
  download: 'Download',
  formats: { pdf: 'PDF', xlsx: 'Excel', csv: 'CSV', json: 'JSON' },
  formatHint: {
    pdf: 'To print and send: tables and charts',
    xlsx: 'A sheet per section, numbers with formats',
    csv: 'Tables to import into other systems',
    json: 'The figures for integrations',
  },
  saving: 'Preparing {{format}}…',
  saved: 'Report saved: {{fileName}}',
  downloaded: 'Report downloaded: {{fileName}}',
  saveFailed: 'Could not save the report',
  loading: 'Computing the figures…',
  charts: 'Charts',
};
