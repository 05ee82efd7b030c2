import { idSchema } from '@shared/contract/schemas/common';

/** Whether a record id from the address is one at all (the contract would refuse the call). */
export const isRecordId = (id: string): boolean => idSchema.safeParse(id).success;
