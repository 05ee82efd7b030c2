import type { Language } from '@shared/contract/schemas/common';
import type { ReportSection } from '@shared/reports/ReportSection';
import { formatOf } from '@shared/reports/ReportSection';
import { formatCell } from '@shared/reports/formatCell';
import { useTranslation } from 'react-i18next';
import { changeTone } from '../utils/changeTone';

const NUMERIC = new Set(['int', 'money', 'ratio', 'days', 'hours', 'score', 'points', 'change']);

/** A name in a cell (a campaign, a stage, a rep): two lines at most, the whole of it in the title. */
const ClampedText = ({ text }: { text: string }) => (
  <span className="clamp-2" title={text}>
    {text}
  </span>
);

/** One section of the report as a table, cells formatted exactly as in the PDF. */
export const ReportTable = ({
  section,
  language,
  currency,
}: {
  section: ReportSection;
  language: Language;
  currency: string;
}) => {
  const { t } = useTranslation();
  const translate = (key: string, values?: Record<string, unknown>) => t(key, values ?? {});
  return (
    <section
      className="report-section card"
      aria-labelledby={`report-${section.key}`}
      data-testid={`report-${section.key}`}
    >
      <h2 id={`report-${section.key}`} className="report-section-title">
        {section.title}
      </h2>
      <div className="report-table-wrap">
        <table className="report-table">
          <thead>
            <tr>
              {section.columns.map((column) => (
                <th key={column.key} scope="col" className={NUMERIC.has(column.format) ? 'numeric' : undefined}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {section.rows.length === 0 ? (
              // As the PDF: a dash across, not a header over nothing (a week without campaigns).
              <tr>
                <td className="report-table-empty" colSpan={section.columns.length}>
                  {t('kpiReport.values.none')}
                </td>
              </tr>
            ) : null}
            {section.rows.map((row, rowIndex) => (
              <tr key={rowIndex}>
                {row.cells.map((cell, column) => {
                  const format = formatOf(section, row, column);
                  const text = formatCell(cell, format, language, currency, translate);
                  const tone = changeTone(cell, format, row.better);
                  return column === 0 ? (
                    <th key={column} scope="row">
                      <ClampedText text={text} />
                    </th>
                  ) : NUMERIC.has(format) ? (
                    <td key={column} className={`numeric ${tone ?? ''}`.trim()}>
                      {text}
                    </td>
                  ) : (
                    <td key={column}>
                      <ClampedText text={text} />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
};
