import type { Campaign } from '@shared/contract/schemas/campaigns';
import { type ColumnDef, createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../platform/useLanguage';
import { Icon } from '../../../ui/Icon';
import { campaignPeriodText } from '../utils/campaignPeriodText';

const column = createColumnHelper<Campaign>();

export type CampaignActions = {
  sourceName(id: string | null): string;
  open(campaign: Campaign): void;
  edit(campaign: Campaign): void;
  setArchived(campaign: Campaign, archived: boolean): void;
};

const STATUS_BADGE: Record<Campaign['status'], string> = {
  planned: 'badge badge-open',
  active: 'badge badge-won',
  finished: 'badge',
  archived: 'badge',
};

/**
 * The campaigns table's columns: the name (with its channel under it) opens the campaign page,
 * actions edit and archive.
 */
export const useCampaignColumns = (actions: CampaignActions): ColumnDef<Campaign, unknown>[] => {
  const { t } = useTranslation();
  const language = useLanguage();
  return useMemo(
    () =>
      [
        column.accessor('name', {
          header: t('campaigns.table.name'),
          cell: (info) => (
            <>
              <button
                type="button"
                className="campaign-name-link"
                title={info.getValue()}
                aria-label={t('campaigns.table.open', { name: info.getValue() })}
                onClick={() => actions.open(info.row.original)}
              >
                {info.getValue()}
              </button>
              {info.row.original.channel ? (
                <span className="campaign-channel muted" title={info.row.original.channel}>
                  {info.row.original.channel}
                </span>
              ) : null}
            </>
          ),
        }),
        column.accessor('sourceId', {
          header: t('campaigns.table.source'),
          cell: (info) => <span className="campaign-cell-text">{actions.sourceName(info.getValue())}</span>,
        }),
        column.display({
          id: 'period',
          header: t('campaigns.table.period'),
          cell: (info) => <span className="campaign-period">{campaignPeriodText(info.row.original, t, language)}</span>,
        }),
        column.accessor('status', {
          header: t('campaigns.table.status'),
          cell: (info) => (
            <span className={STATUS_BADGE[info.getValue()]}>{t(`campaigns.status.${info.getValue()}`)}</span>
          ),
        }),
        column.display({
          id: 'actions',
          header: () => <span className="visually-hidden">{t('campaigns.table.actions')}</span>,
          cell: (info) => {
            const campaign = info.row.original;
            const archived = campaign.archivedAt !== null;
            return (
              <span className="campaign-actions">
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`${t('campaigns.table.edit')}: ${campaign.name}`}
                  title={t('campaigns.table.edit')}
                  onClick={() => actions.edit(campaign)}
                >
                  <Icon name="edit" size={18} />
                </button>
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`${t(archived ? 'campaigns.table.unarchive' : 'campaigns.table.archive')}: ${campaign.name}`}
                  onClick={() => actions.setArchived(campaign, !archived)}
                >
                  {t(archived ? 'campaigns.table.unarchive' : 'campaigns.table.archive')}
                </button>
              </span>
            );
          },
        }),
      ] as ColumnDef<Campaign, unknown>[],
    [t, language, actions],
  );
};
