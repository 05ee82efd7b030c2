import { DEFAULT_STAGES } from '@shared/domain/defaultWorkspace';
import { playbookEn } from '@shared/i18n/messages/playbook.en';
import { playbookRu } from '@shared/i18n/messages/playbook.ru';
import { stagePlaybook } from '@shared/i18n/stagePlaybook';
import { describe, expect, it } from 'vitest';

/** A translator over one language's playbook messages, answering the key itself when it has none (as i18next). */
const translatorOf =
  (messages: typeof playbookRu) =>
  (key: string): string => {
    const found = key
      .replace(/^playbook\./, '')
      .split('.')
      .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
    return typeof found === 'string' ? found : key;
  };
const en = translatorOf(playbookEn);

describe('stagePlaybook', () => {
  it('gives every seeded stage a standard text in both languages, until the workspace writes its own', () => {
    for (const stage of DEFAULT_STAGES) {
      const seeded = { playbook: null, defaultKey: stage.key };
      expect(stagePlaybook(seeded, en)).toEqual({ text: playbookEn.standard[stage.key as 'new_lead'], standard: true });
      expect(stagePlaybook(seeded, translatorOf(playbookRu))?.text).toMatch(/Что делать: .+\nГотово, когда: /);
    }
  });

  it('prefers what the workspace wrote, for a seeded stage and its own', () => {
    expect(stagePlaybook({ playbook: 'Call within 2 hours', defaultKey: 'new_lead' }, en)).toEqual({
      text: 'Call within 2 hours',
      standard: false,
    });
    expect(stagePlaybook({ playbook: 'Pilot for 2 weeks', defaultKey: null }, en)).toEqual({
      text: 'Pilot for 2 weeks',
      standard: false,
    });
  });

  it('has none when emptied, for a stage of the user’s own without text, or a seeded key it does not know', () => {
    expect(stagePlaybook({ playbook: '', defaultKey: 'new_lead' }, en)).toBeNull();
    expect(stagePlaybook({ playbook: '  \n ', defaultKey: null }, en)).toBeNull();
    expect(stagePlaybook({ playbook: null, defaultKey: null }, en)).toBeNull();
    expect(stagePlaybook({ playbook: null, defaultKey: 'a_later_stage' }, en)).toBeNull();
  });
});
