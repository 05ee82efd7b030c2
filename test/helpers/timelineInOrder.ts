import type { Client } from '@shared/contract/createClient';
import type { TIMELINE_SUBJECTS, TimelinePage } from '@shared/contract/schemas/timeline';

/**
 * A record's whole timeline oldest first, every page of `timeline.page` read: for tests that
 * assert what happened in which order rather than how it is paged.
 */
export const timelineInOrder = async (
  client: Pick<Client, 'call'>,
  id: string,
  subject: (typeof TIMELINE_SUBJECTS)[number] = 'deal',
): Promise<Pick<TimelinePage, 'entries' | 'refs'>> => {
  const entries: TimelinePage['entries'] = [];
  let refs: TimelinePage['refs'] = {};
  let after: TimelinePage['next'] = null;
  do {
    const page: TimelinePage = await client.call('timeline.page', {
      subject,
      id,
      limit: 200,
      ...(after ? { after } : {}),
    });
    entries.push(...page.entries);
    refs = { ...refs, ...page.refs };
    after = page.next;
  } while (after);
  return { entries: entries.reverse(), refs };
};
