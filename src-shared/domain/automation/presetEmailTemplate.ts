import type { Language } from '../../contract/schemas/common';
import type { Translate } from '../../i18n/Translate';
import { presetTemplateId } from './automationId';

/**
 * The template a ready-made e-mail rule sends, in the user's language. The catalogue writes its
 * variables as [[deal.title]] (i18next would fill {{…}} itself); they become {{deal.title}} here.
 */
export const presetEmailTemplate = (key: 'thank_you_email', t: Translate, language: Language) => {
  const text = (path: string) => t(`automation.presets.${key}.${path}`).replace(/\[\[([\w.]+)\]\]/g, '{{$1}}');
  return {
    id: presetTemplateId(key),
    name: text('templateName'),
    language,
    subject: text('subject'),
    body: text('body'),
  };
};
