import type { ActivityRow } from '@shared/contract/schemas/activities';
import { createRecordStore } from '../../../platform/data/createRecordStore';

/** Activity rows by id plus the ids of the activities table's page on screen. */
export const useActivitiesStore = createRecordStore<ActivityRow>();
