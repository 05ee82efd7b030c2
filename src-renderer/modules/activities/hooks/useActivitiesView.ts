import type { ActivitiesListInput, ActivityRow } from '@shared/contract/schemas/activities';
import { type RecordView, useRecordView } from '../../../platform/data/useRecordView';
import { useActivitiesStore } from '../stores/activitiesStore';

/** One page of logged activities; refetched when activities change or the names they show do. */
export const useActivitiesView = (query: ActivitiesListInput): RecordView<ActivityRow> =>
  useRecordView({
    store: useActivitiesStore,
    method: 'activities.list',
    viewKey: 'activities.table',
    query,
    tables: ['activities', 'deals', 'companies', 'contacts', 'users'],
  });
