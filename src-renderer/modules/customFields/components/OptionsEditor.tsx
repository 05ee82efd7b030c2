import { CUSTOM_OPTION_COLOURS, type CustomOptionColour } from '@shared/domain/customFields/customFieldKinds';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../ui/Icon';
import { Select } from '../../../ui/form/Select';

export type OptionDraft = { key: string; id?: string; label: string; colour: CustomOptionColour };

const move = <T,>(list: readonly T[], from: number, to: number): T[] => {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
};

/** A select field's options: label, colour, order; a removed one is archived by the core. */
export const OptionsEditor = ({
  options,
  onChange,
}: {
  options: readonly OptionDraft[];
  onChange(options: OptionDraft[]): void;
}) => {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<OptionDraft>) =>
    onChange(options.map((option, i) => (i === index ? { ...option, ...patch } : option)));
  return (
    <fieldset className="cf-options">
      <legend>{t('customFields.options')}</legend>
      <ol className="cf-option-list">
        {options.map((option, index) => {
          const n = index + 1;
          return (
            <li key={option.key} className="cf-option-row">
              <span className={`cf-swatch cf-colour-${option.colour}`} aria-hidden="true" />
              <input
                className="input"
                aria-label={t('customFields.optionLabel', { n })}
                value={option.label}
                maxLength={120}
                onChange={(event) => update(index, { label: event.target.value })}
              />
              <Select
                aria-label={t('customFields.optionColour', { n })}
                value={option.colour}
                onChange={(event) => update(index, { colour: event.target.value as CustomOptionColour })}
              >
                {CUSTOM_OPTION_COLOURS.map((colour) => (
                  <option key={colour} value={colour}>
                    {t(`customFields.colours.${colour}`)}
                  </option>
                ))}
              </Select>
              <button
                type="button"
                className="icon-button"
                aria-label={t('customFields.optionUp', { n })}
                disabled={index === 0}
                onClick={() => onChange(move(options, index, index - 1))}
              >
                <Icon name="chevronUp" size={16} />
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={t('customFields.optionDown', { n })}
                disabled={index === options.length - 1}
                onClick={() => onChange(move(options, index, index + 1))}
              >
                <Icon name="chevronDown" size={16} />
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={t('customFields.optionRemove', { n })}
                onClick={() => onChange(options.filter((_, i) => i !== index))}
              >
                <Icon name="close" size={16} />
              </button>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button button-small"
        onClick={() =>
          onChange([
            ...options,
            {
              key: `new-${Date.now()}-${options.length}`,
              label: '',
              colour: CUSTOM_OPTION_COLOURS[(options.length + 6) % CUSTOM_OPTION_COLOURS.length] ?? 'grey',
            },
          ])
        }
      >
        <Icon name="plus" size={16} />
        {t('customFields.addOption')}
      </button>
      <p className="muted cf-hint">{t('customFields.optionsHint')}</p>
    </fieldset>
  );
};
