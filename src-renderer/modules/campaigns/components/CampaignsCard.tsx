import type { Campaign } from '@shared/contract/schemas/campaigns';
import { displayName } from '@shared/i18n/displayName';
import { flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { Icon } from '../../../ui/Icon';
import { useReportError } from '../../../ui/toasts/useReportError';
import { type CampaignActions, useCampaignColumns } from '../hooks/useCampaignColumns';
import { CampaignDialog } from './CampaignDialog';
import { CampaignPage } from './CampaignPage';

type Editing = { campaign?: Campaign } | null;

/** Settings → campaigns: the table, the campaign form and the campaign page with its weekly spend. */
export const CampaignsCard = () => {
  const { t } = useTranslation();
  const client = useClient();
  const reportError = useReportError();
  const [showArchived, setShowArchived] = useState(false);
  const campaigns = useLiveQuery('campaigns.list', { includeArchived: showArchived }, ['campaigns']).data;
  const sources = useLiveQuery('leadSources.list', { includeArchived: true }, ['lead_sources']).data;
  const [editing, setEditing] = useState<Editing>(null);
  const [openId, setOpenId] = useState<string | null>(null);

  const actions = useMemo<CampaignActions>(() => {
    const names = new Map((sources ?? []).map((source) => [source.id, displayName(source, t, 'leadSource')]));
    return {
      sourceName: (id) => (id === null ? '—' : (names.get(id) ?? '—')),
      open: (campaign) => setOpenId(campaign.id),
      edit: (campaign) => setEditing({ campaign }),
      setArchived: (campaign, archived) =>
        void client
          .call(archived ? 'campaigns.archive' : 'campaigns.unarchive', { id: campaign.id })
          .catch(reportError),
    };
  }, [sources, t, client, reportError]);
  const columns = useCampaignColumns(actions);
  // eslint-disable-next-line react-hooks/incompatible-library -- the table is read only during this render
  const table = useReactTable({
    data: campaigns ?? [],
    columns,
    getRowId: (row) => row.id,
    getCoreRowModel: getCoreRowModel(),
  });

  return (
    <section className="card campaigns-card" aria-labelledby="campaigns-title" data-testid="campaigns-card">
      <header className="campaigns-card-header">
        <div className="campaigns-card-title">
          <h2 id="campaigns-title">{t('campaigns.table.title')}</h2>
          <p className="muted">{t('campaigns.table.hint')}</p>
        </div>
        <div className="campaigns-card-tools">
          <label className="campaigns-toggle">
            <input type="checkbox" checked={showArchived} onChange={(event) => setShowArchived(event.target.checked)} />
            {t('campaigns.table.showArchived')}
          </label>
          <button type="button" className="button" onClick={() => setEditing({})}>
            <Icon name="plus" size={18} />
            {t('campaigns.table.add')}
          </button>
        </div>
      </header>
      {campaigns === null ? (
        <p className="muted campaigns-pad">{t('common.loading')}</p>
      ) : campaigns.length === 0 ? (
        <p className="muted campaigns-pad">{t('campaigns.table.empty')}</p>
      ) : (
        <div className="campaigns-table-wrap">
          <table className="campaigns-table" aria-labelledby="campaigns-title">
            <thead>
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id}>
                  {group.headers.map((header) => (
                    <th key={header.id} scope="col" className={`col-${header.column.id}`}>
                      {flexRender(header.column.columnDef.header, header.getContext())}
                    </th>
                  ))}
                </tr>
              ))}
            </thead>
            <tbody>
              {table.getRowModel().rows.map((row) => (
                <tr key={row.id} className={row.original.archivedAt === null ? undefined : 'is-archived'}>
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id} className={`col-${cell.column.id}`}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <CampaignDialog
        open={editing !== null}
        campaign={editing?.campaign}
        sources={sources ?? []}
        onClose={() => setEditing(null)}
      />
      <CampaignPage campaignId={openId} sourceName={actions.sourceName} onClose={() => setOpenId(null)} />
    </section>
  );
};
