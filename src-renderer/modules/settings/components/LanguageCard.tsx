import { type Language, languageSchema } from '@shared/contract/schemas/common';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { switchLanguage } from '../../../platform/switchLanguage';
import { useLanguage } from '../../../platform/useLanguage';
import { useSaveSettings } from '../hooks/useSaveSettings';
import { SettingCard } from './SettingCard';

/** ru/en switch: the UI changes at once, the choice is stored in `ui.language`. */
export const LanguageCard = () => {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const save = useSaveSettings();
  // The choice shows at once, even before i18next has switched and re-rendered the page.
  const [pending, setPending] = useState<Language | null>(null);
  const shown = pending ?? language;

  const choose = async (next: Language) => {
    const previous = language;
    setPending(next);
    try {
      await switchLanguage(i18n, next);
      if (!(await save({ 'ui.language': next }))) await switchLanguage(i18n, previous);
    } finally {
      setPending(null);
    }
  };

  return (
    <SettingCard
      title={t('settings.language.title')}
      description={t('settings.language.description')}
      controlId="language"
    >
      <div className="segmented" role="radiogroup" aria-labelledby="language-title">
        {languageSchema.options.map((option) => (
          <label key={option} lang={option}>
            <input
              type="radio"
              name="language"
              value={option}
              checked={shown === option}
              onChange={() => void choose(option)}
            />
            {t(`settings.language.${option}`)}
          </label>
        ))}
      </div>
    </SettingCard>
  );
};
