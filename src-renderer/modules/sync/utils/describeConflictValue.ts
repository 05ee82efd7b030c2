import type { Language } from '@shared/contract/schemas/common';
import type { SyncConflict, SyncConflictPage } from '@shared/contract/schemas/sync';
import { displayName } from '@shared/i18n/displayName';
import { formatMoney } from '@shared/i18n/formatMoney';
import type { Translate } from '@shared/i18n/Translate';
import {
  describeTimelineEntry,
  type TimelineSubject,
  timelineFieldLabel,
} from '../../timeline/utils/describeTimelineEntry';

export type ConflictText = { field: string; mine: string; theirs: string };

type Context = { refs: SyncConflictPage['refs']; t: Translate; language: Language; currency: string };

type Cells = SyncConflict['mine'];

const SUBJECTS: Partial<Record<string, TimelineSubject>> = {
  deals: 'deal',
  companies: 'company',
  contacts: 'contact',
};

/**
 * A conflict's field and both values as the timeline words a field edit (money with its
 * currency, stage and user names, dates), reusing its wording: the conflict reads like the line
 * of history it replaced.
 */
export const describeConflictValue = (conflict: SyncConflict, context: Context): ConflictText => {
  const { t } = context;
  const [field = ''] = conflict.fields;
  const subject = SUBJECTS[conflict.table];
  const at = conflict.theirAt;
  const base = { at, actorId: null, actorName: null, key: String(conflict.id), dealId: null, dealTitle: null };
  // Whole texts: two long values that differ only at the end would read the same cut.
  const describe = { refs: context.refs, t, language: context.language, currency: context.currency, wholeText: true };
  if (field === 'deletedAt') {
    const word = (cells: Cells) =>
      t(cells['deletedAt'] === null ? 'sync.conflicts.notDeleted' : 'sync.conflicts.deleted');
    return { field: t('sync.conflicts.deletedField'), mine: word(conflict.mine), theirs: word(conflict.theirs) };
  }
  if (field === 'status') {
    // A loss carries its reason and note in the same unit: «Проиграна (Цена — ушли к конкуренту)»,
    // so the side whose win was replaced learns why the deal is lost.
    const word = (cells: Cells) => {
      const status = t(`deal.status.${String(cells['status'])}`);
      const reasonRef = typeof cells['lossReasonId'] === 'string' ? context.refs[cells['lossReasonId']] : undefined;
      const why = [reasonRef ? displayName(reasonRef, t, 'lossReason') : '', cells['lossNote']]
        .filter((part) => typeof part === 'string' && part !== '')
        .join(' — ');
      return cells['status'] === 'lost' && why !== '' ? `${status} (${why})` : status;
    };
    return { field: t('deal.fields.status'), mine: word(conflict.mine), theirs: word(conflict.theirs) };
  }
  if (field === 'pipelineId' || field === 'stageId') {
    const line = describeTimelineEntry(
      {
        entry: {
          kind: 'stage',
          ...base,
          fromStageId: (conflict.mine['stageId'] as string | null) ?? null,
          toStageId: String(conflict.theirs['stageId']),
          fromStatus: 'open',
          toStatus: 'open',
        },
      },
      describe,
    );
    return { field: t('deal.fields.stage'), mine: line.change?.from ?? '', theirs: line.change?.to ?? '' };
  }
  if (field === 'valueMinor') {
    const money = (cells: Cells) =>
      typeof cells['valueMinor'] === 'number'
        ? formatMoney(cells['valueMinor'], String(cells['currency'] ?? context.currency), context.language)
        : t('common.none');
    return { field: t('deal.fields.value'), mine: money(conflict.mine), theirs: money(conflict.theirs) };
  }
  const line = describeTimelineEntry(
    {
      entry: {
        kind: 'field',
        ...base,
        field,
        oldValue: conflict.mine[field] ?? null,
        newValue: conflict.theirs[field] ?? null,
      },
    },
    { ...describe, ...(subject ? { subject } : {}) },
  );
  return {
    field: timelineFieldLabel(field, subject, t),
    mine: line.change?.from ?? '',
    theirs: line.change?.to ?? '',
  };
};
