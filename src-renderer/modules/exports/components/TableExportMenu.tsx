import { useLanguage } from '../../../platform/useLanguage';
import { useExportTable } from '../hooks/useExportTable';
import type { TableExportView } from '../utils/TableExportView';
import { ExportMenu } from './ExportMenu';

/**
 * A table page's Export menu: Excel or CSV of the view the page describes when asked (its
 * filters, sort and visible columns), rendered by the core and saved or downloaded.
 */
export const TableExportMenu = ({ view }: { view(): TableExportView }) => {
  const language = useLanguage();
  const exporter = useExportTable();
  return (
    <ExportMenu
      busy={exporter.busy}
      onExport={(format) => void exporter.exportTable({ ...view(), format, language })}
    />
  );
};
