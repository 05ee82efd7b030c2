import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { Select } from '../../../ui/form/Select';

/**
 * A report's team filter (Analytics, the weekly report): every team by name, and "all teams".
 * Renders nothing while there are no teams, so a workspace without them sees no empty control.
 */
export const TeamFilter = ({
  value,
  onChange,
  label,
  allLabel,
}: {
  value: string;
  onChange(teamId: string): void;
  label: string;
  allLabel: string;
}) => {
  const teams = useLiveQuery('teams.list', {}, ['teams']).data ?? [];
  if (teams.length === 0 && value === '') return null;
  return (
    <Select aria-label={label} value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">{allLabel}</option>
      {teams.map((team) => (
        <option key={team.id} value={team.id}>
          {team.name}
        </option>
      ))}
    </Select>
  );
};
