import type { Language } from '@shared/contract/schemas/common';
import type { RenderedEmail } from '@shared/contract/schemas/email';
import type { Settings } from '@shared/contract/schemas/settings';
import { renderEmailTemplate } from '@shared/domain/email/renderEmailTemplate';
import type { Db } from '../../db/Db';
import { notFound } from '../pipelines/notFound';
import { sampleFacts, templateFacts } from './templateFacts';

type RenderInput = { dealId: string | null; language: Language; subject: string; body: string };

/** A subject and body filled for a deal, or for a sample deal (the template editor's live preview). */
export const renderEmail = (db: Db, input: RenderInput, settings: Settings, now: number): RenderedEmail => {
  const facts =
    input.dealId === null
      ? sampleFacts(input.language, settings['workspace.currency'], now)
      : templateFacts(db, input.dealId, input.language, now);
  if (!facts) throw notFound('deal', input.dealId ?? '');
  const options = { language: input.language, timeZone: settings['workspace.timeZone'] };
  const subject = renderEmailTemplate(input.subject, facts, options);
  const body = renderEmailTemplate(input.body, facts, options);
  return {
    subject: subject.text,
    body: body.text,
    to: facts.contact?.email ?? null,
    unknown: [...new Set([...subject.unknown, ...body.unknown])],
    empty: [...new Set([...subject.empty, ...body.empty])],
  };
};
