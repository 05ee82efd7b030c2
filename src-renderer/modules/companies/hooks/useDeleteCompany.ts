import type { Company } from '@shared/contract/schemas/companies';
import { useDeleteWithUndo } from '../../../platform/data/useDeleteWithUndo';

/** Deletes a company (a tombstone: history and links stay) with Undo; resolves true once deleted. */
export const useDeleteCompany = (): ((company: Pick<Company, 'id' | 'name'>) => Promise<boolean>) =>
  useDeleteWithUndo('companies');
