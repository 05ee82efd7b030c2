import type { ActivityRow } from '@shared/contract/schemas/activities';
import { SETTING_DEFAULTS } from '@shared/contract/settingDefaults';
import { useSettingsStore } from '../../settings/stores/settingsStore';
import { ActivityDialog } from './ActivityDialog';

/**
 * My day's "complete and log": the log form prefilled from the task (its kind and subject; the
 * task keeps its deal, company and contact, named in the title), whose save completes the task and
 * records what was done in one write.
 */
export const CompleteAndLogDialog = ({ task, onDone }: { task: ActivityRow | null; onDone(): void }) => {
  const currency = useSettingsStore(
    (state) => state.settings?.['workspace.currency'] ?? SETTING_DEFAULTS['workspace.currency'],
  );
  // Always mounted, opened and closed: the native dialog then gives the focus back to the row.
  return (
    <ActivityDialog
      open={task !== null}
      links={{}}
      about={task ? (task.dealTitle ?? task.companyName ?? task.contactName ?? undefined) : undefined}
      currency={task?.currency ?? currency}
      completing={task ?? undefined}
      onDone={onDone}
    />
  );
};
