import { useTranslation } from 'react-i18next';
import type { ImportEntity } from '@shared/contract/schemas/imports';
import { isPartialOutcome, mappingOutcomeMessage, type MappingOutcome } from '../utils/mappingOutcome';

/**
 * The note under the preset picker and the mapping-file control: green when a mapping applied
 * whole, amber listing what it could not apply, red (an alert) when a file was refused.
 */
export const ImportMappingOutcome = ({ outcome, entity }: { outcome: MappingOutcome | null; entity: ImportEntity }) => {
  const { t, i18n } = useTranslation();
  if (!outcome) return null;
  const className =
    outcome.kind === 'refused'
      ? 'import-problem'
      : isPartialOutcome(outcome)
        ? 'import-mapping-note import-mapping-note-partial'
        : 'import-mapping-note';
  return (
    <p
      className={className}
      role={outcome.kind === 'refused' ? 'alert' : 'status'}
      data-testid="import-mapping-outcome"
    >
      {mappingOutcomeMessage(outcome, entity, t, i18n.language)}
    </p>
  );
};
