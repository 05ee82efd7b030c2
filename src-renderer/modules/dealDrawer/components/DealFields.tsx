import { DEAL_KINDS, type Deal, type DealKind, type DealPatch } from '@shared/contract/schemas/deals';
import { displayName } from '@shared/i18n/displayName';
import { currencyExponent } from '@shared/domain/currencyExponent';
import { formatMoney } from '@shared/i18n/formatMoney';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../../platform/useDateFormat';
import { useLanguage } from '../../../platform/useLanguage';
import { moneyIssue } from '../../../ui/form/moneyIssue';
import { parseMoneyInput } from '../../../ui/form/parseMoneyInput';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { currencyOptions } from '../../settings/utils/currencyOptions';
import { OwnerPicker } from '../../users/components/OwnerPicker';
import type { DealMutations } from '../hooks/useDealMutations';
import { fromDateInput } from '../utils/dateInput';
import { toMoneyInput } from '../utils/moneyInput';
import { CompanyPicker } from './CompanyPicker';
import { ContactPicker } from './ContactPicker';
import { EditableField } from './EditableField';
import { SelectField } from './SelectField';
import { campaignFitsSource } from '@shared/domain/campaignFitsSource';
import { CampaignOptions } from '../../campaigns/components/CampaignOptions';
import { useCampaignChoices } from '../../campaigns/hooks/useCampaignChoices';

/**
 * Every field a user edits on a deal, each saved on its own (one change-log message, one line in
 * the timeline) and validated by the contract's patch schema before it is sent.
 */
export const DealFields = ({ deal, mutations }: { deal: Deal; mutations: DealMutations }) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const dates = useDateFormat();
  const sources = useLiveQuery('leadSources.list', { includeArchived: true }, ['lead_sources']).data ?? [];
  const save = (patch: DealPatch) => mutations.update(patch);
  const liveSources = sources.filter((source) => source.archivedAt === null || source.id === deal.sourceId);
  const campaigns = useCampaignChoices(deal.sourceId, deal.campaignId);
  const currentCampaign = deal.campaignId ? campaigns.byId.get(deal.campaignId) : undefined;

  return (
    <div className="drawer-fields">
      <EditableField
        id="deal-value"
        label={t('deal.fields.value')}
        display={<span className="num">{formatMoney(deal.valueMinor, deal.currency, language)}</span>}
        initial={toMoneyInput(deal.valueMinor, deal.currency, language)}
        onSave={async (text) => {
          const digits = currencyExponent(deal.currency);
          const issue = moneyIssue(text, digits, t, (minor) => formatMoney(minor, deal.currency, language));
          const valueMinor = parseMoneyInput(text, digits);
          return issue ?? (valueMinor === null ? t('issues.money') : save({ valueMinor }));
        }}
        editor={({ id, value, invalid, onChange, onKeyDown }) => (
          <input
            id={id}
            className="input num"
            inputMode="decimal"
            autoFocus
            autoComplete="off"
            aria-label={t('deal.fields.value')}
            aria-invalid={invalid ? 'true' : undefined}
            value={value}
            onChange={(event) => onChange(event.target.value)}
            onKeyDown={onKeyDown}
          />
        )}
      />
      <SelectField
        id="deal-currency"
        label={t('deal.fields.currency')}
        value={deal.currency}
        onSave={(currency) => save({ currency })}
      >
        {currencyOptions(deal.currency, language).map((option) => (
          <option key={option.code} value={option.code}>
            {option.label}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="deal-kind"
        label={t('deal.fields.kind')}
        value={deal.kind}
        onSave={(kind) => save({ kind: kind as DealKind })}
      >
        {DEAL_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`deal.kind.${kind}`)}
          </option>
        ))}
      </SelectField>
      <div className="drawer-field" data-field="deal-owner">
        <label className="drawer-field-label" htmlFor="deal-owner">
          {t('deal.fields.owner')}
        </label>
        <div className="drawer-field-control">
          <OwnerPicker
            id="deal-owner"
            className="ghost-select"
            value={deal.ownerId}
            onChange={(ownerId) => void save({ ownerId })}
          />
        </div>
      </div>
      <CompanyPicker companyId={deal.companyId} onPick={(companyId) => save({ companyId })} />
      <ContactPicker
        contactId={deal.contactId}
        companyId={deal.companyId}
        onPick={(contactId) => save({ contactId })}
      />
      <SelectField
        id="deal-source"
        label={t('deal.fields.source')}
        value={deal.sourceId ?? ''}
        onSave={(sourceId) =>
          // A campaign of another source goes with the old source, in the same write.
          save(
            currentCampaign && !campaignFitsSource(currentCampaign.sourceId, sourceId || null)
              ? { sourceId: sourceId || null, campaignId: null }
              : { sourceId: sourceId || null },
          )
        }
      >
        <option value="">{t('common.none')}</option>
        {liveSources.map((source) => (
          <option key={source.id} value={source.id}>
            {displayName(source, t, 'leadSource')}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="deal-campaign"
        label={t('campaigns.picker.label')}
        value={deal.campaignId ?? ''}
        onSave={(campaignId) => save({ campaignId: campaignId || null })}
      >
        <CampaignOptions campaigns={campaigns.offered} sources={sources} />
      </SelectField>
      <EditableField
        id="deal-close"
        label={t('deal.fields.expectedCloseOn')}
        display={
          deal.expectedCloseOn === null ? (
            <span className="muted">{t('common.none')}</span>
          ) : (
            <span className="num">{dates.calendar(deal.expectedCloseOn)}</span>
          )
        }
        initial={deal.expectedCloseOn ?? ''}
        onSave={async (text) => {
          const expectedCloseOn = fromDateInput(text);
          return expectedCloseOn === undefined ? t('issues.invalid_format') : save({ expectedCloseOn });
        }}
        editor={({ id, value, invalid, onChange, onKeyDown }) => (
          <input
            id={id}
            type="date"
            className="input"
            autoFocus
            aria-label={t('deal.fields.expectedCloseOn')}
            aria-invalid={invalid ? 'true' : undefined}
            value={value}
            onChange={(event) => onChange(event.target.value)}
            onKeyDown={onKeyDown}
          />
        )}
      />
      <EditableField
        id="deal-notes"
        label={t('deal.fields.notes')}
        multiline
        display={
          deal.notes ? (
            <span className="drawer-notes">{deal.notes}</span>
          ) : (
            <span className="muted">{t('dealDrawer.addNote')}</span>
          )
        }
        initial={deal.notes ?? ''}
        onSave={(text) => save({ notes: text.trim() === '' ? null : text })}
        editor={({ id, value, invalid, onChange, onKeyDown }) => (
          <textarea
            id={id}
            className="input textarea"
            rows={4}
            autoFocus
            aria-label={t('deal.fields.notes')}
            aria-invalid={invalid ? 'true' : undefined}
            value={value}
            onChange={(event) => onChange(event.target.value)}
            onKeyDown={onKeyDown}
          />
        )}
      />
    </div>
  );
};
