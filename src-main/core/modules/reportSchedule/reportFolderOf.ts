import type { ReportSchedule } from '@shared/contract/schemas/reportSchedule';
import type { ReportFolderPolicy } from './ReportFolderPolicy';

/** The folder the next run writes to, and where it came from (the host's rule wins over a stored choice). */
export const reportFolderOf = (policy: ReportFolderPolicy, chosen: string | null): ReportSchedule['folder'] => {
  if (policy.hostDir !== null) return { path: policy.hostDir, source: 'host', canChoose: false };
  if (policy.canChoose && chosen !== null) return { path: chosen, source: 'chosen', canChoose: true };
  return { path: policy.defaultDir, source: 'default', canChoose: policy.canChoose };
};
