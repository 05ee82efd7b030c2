import type { connectionRu } from './connection.ru';

/** English messages about reaching the core; the same keys as the Russian reference. */
export const connectionEn: typeof connectionRu = {
  offline: {
    title: 'Cannot reach Voronka',
    body: 'You are seeing the data loaded last. Changes cannot be saved right now; what you typed in forms is kept.',
    retryIn: 'Trying again in {{seconds}} s',
    checking: 'Connecting…',
    retryNow: 'Retry now',
  },
  restored: 'Connection to Voronka restored; the data is up to date.',
  restarted: 'Voronka was restarted. The page reconnected and the data is up to date.',
  pageOffline: {
    title: 'This section could not load: Voronka cannot be reached',
    body: 'It opens by itself once the connection is back.',
  },
  loadFailed: 'Could not load the data: Voronka cannot be reached.',
  downloadUnreachable: {
    message: 'Could not download the file: Voronka cannot be reached.',
    advice: 'Try again once the connection is back.',
  },
  failures: {
    unreachable: 'Cannot reach Voronka, so nothing was saved.',
    bad_reply: 'Voronka sent a reply this page cannot read.',
    session_expired: 'Voronka was restarted and this page could not reconnect.',
  },
  advice: {
    unreachable: 'What you entered is still here: try again once the connection is back.',
    bad_reply: 'Reload the page and try again.',
    session_expired: 'Reload the page (F5).',
  },
};
