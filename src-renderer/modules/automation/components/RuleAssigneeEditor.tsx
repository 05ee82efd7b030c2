import type { RuleAction } from '@shared/contract/schemas/automation';
import { useTranslation } from 'react-i18next';
import type { RuleEditorOptions } from '../types/RuleEditorOptions';
import { ruleOptionsOf } from '../utils/ruleOptionsOf';
import { RuleSelect } from './RuleSelect';

type AssignedAction = Extract<RuleAction, { type: 'create_task' | 'notify' | 'assign_owner' }>;

/** Who an action's task, notification or deal goes to: the owner, the manager, in turn (within a team), or a user. */
export const RuleAssigneeEditor = ({
  action,
  options,
  onChange,
}: {
  action: AssignedAction;
  options: RuleEditorOptions;
  onChange(action: RuleAction): void;
}) => {
  const { t } = useTranslation();
  const assignees =
    action.type === 'assign_owner'
      ? (['round_robin', 'user'] as const)
      : (['owner', 'manager', 'round_robin', 'user'] as const);
  // A team belongs to round-robin only: another choice drops it; so does "all reps".
  const { teamId: _team, ...withoutTeam } = action;
  return (
    <>
      <RuleSelect
        label={t('automation.editor.assignee')}
        value={action.assignee}
        options={ruleOptionsOf(assignees, (who) => t(`automation.editor.assignees.${who}`))}
        onChange={(assignee) =>
          onChange({
            ...withoutTeam,
            assignee: assignee as 'owner',
            userIds: assignee === 'user' ? [options.users[0]?.value ?? ''] : [],
          } as RuleAction)
        }
      />
      {action.assignee === 'round_robin' && action.userIds.length === 0 && options.teams.length > 0 ? (
        <RuleSelect
          label={t('automation.editor.roundRobinTeam.team')}
          value={action.teamId ?? ''}
          options={options.teams}
          blank={{ label: t('automation.editor.roundRobinTeam.allReps') }}
          onChange={(teamId) => onChange((teamId ? { ...withoutTeam, teamId } : withoutTeam) as RuleAction)}
        />
      ) : null}
      {action.assignee === 'user' ? (
        <RuleSelect
          label={t('automation.editor.user')}
          value={action.userIds[0] ?? ''}
          options={options.users}
          onChange={(userId) => onChange({ ...action, userIds: [userId] } as RuleAction)}
        />
      ) : null}
    </>
  );
};
