import { describe, expect, it, vi } from 'vitest';
import { type GuardedContents, guardWebContents } from '../../../src-main/electron/guardWebContents';

type NavigationEvent = { url: string; preventDefault: () => void };
type OpenHandler = (details: { url: string }) => { action: string };

/** A webContents stand-in that records the handlers the guard installs. */
const fakeContents = () => {
  const listeners = new Map<string, (event: NavigationEvent) => void>();
  let openHandler: OpenHandler = () => ({ action: 'allow' });
  const contents = {
    on: (name: string, listener: (event: NavigationEvent) => void) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: OpenHandler) => (openHandler = handler),
  };
  const fire = (name: string, url: string) => {
    const event = { url, preventDefault: vi.fn() };
    listeners.get(name)?.(event);
    return event;
  };
  return { contents: contents as unknown as GuardedContents, fire, open: (url: string) => openHandler({ url }) };
};

const guarded = () => {
  const fake = fakeContents();
  const openExternal = vi.fn(async () => undefined);
  guardWebContents(fake.contents, openExternal);
  return { ...fake, openExternal };
};

describe('guardWebContents', () => {
  it('lets the app navigate within its own origin', () => {
    const { fire, openExternal } = guarded();
    expect(fire('will-navigate', 'app://voronka/index.html').preventDefault).not.toHaveBeenCalled();
    expect(fire('will-redirect', 'app://voronka/deals').preventDefault).not.toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('stops navigation to another origin and opens a safe https link in the OS browser', () => {
    const { fire, openExternal } = guarded();
    expect(fire('will-navigate', 'https://example.com/docs').preventDefault).toHaveBeenCalled();
    expect(openExternal).toHaveBeenCalledWith('https://example.com/docs');
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'app://evil/index.html', 'https://u:p@example.com/'])(
    'stops navigation to %s and opens nothing',
    (url) => {
      const { fire, openExternal } = guarded();
      expect(fire('will-navigate', url).preventDefault).toHaveBeenCalled();
      expect(openExternal).not.toHaveBeenCalled();
    },
  );

  it('stops redirects away from the app without opening them', () => {
    const { fire, openExternal } = guarded();
    expect(fire('will-redirect', 'https://example.com/').preventDefault).toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('denies every window.open; safe links go to the OS browser, others nowhere', () => {
    const { open, openExternal } = guarded();
    expect(open('https://example.com/')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://example.com/');
    openExternal.mockClear();
    expect(open('app://voronka/index.html')).toEqual({ action: 'deny' });
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('hands the outbox’s mailto: link to the mail app, but not one asking to attach a file', () => {
    const { open, openExternal } = guarded();
    expect(open('mailto:maria@romashka.test?subject=Hi&body=Text')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('mailto:maria@romashka.test?subject=Hi&body=Text');
    openExternal.mockClear();
    expect(open('mailto:maria@romashka.test?attach=/home/user/.ssh/id_rsa')).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('refuses to attach a <webview>', () => {
    const { fire } = guarded();
    expect(fire('will-attach-webview', 'app://voronka/').preventDefault).toHaveBeenCalled();
  });

  it('survives a failing openExternal', async () => {
    const fake = fakeContents();
    guardWebContents(fake.contents, () => Promise.reject(new Error('no browser')));
    expect(fake.open('https://example.com/')).toEqual({ action: 'deny' });
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
});
