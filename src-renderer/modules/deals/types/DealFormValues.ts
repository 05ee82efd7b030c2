import type { LookupValue } from '../../../ui/form/LookupPicker';
import type { CustomDraft } from '../../customFields/hooks/useCustomDraft';

/**
 * The sum and date as typed; `stageId` is blank until the user picks one (then the first stage); a
 * company or contact without an id is one to create with the deal.
 */
export type DealFormValues = {
  title: string;
  value: string;
  currency: string;
  stageId: string;
  company: LookupValue | null;
  contact: LookupValue | null;
  ownerId: string | null;
  closeDate: string;
  sourceId: string;
  campaignId: string;
  /** Custom field values, sent with the deal in its create. */
  custom: CustomDraft;
};
