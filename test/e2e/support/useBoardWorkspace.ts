import { test } from '../fixtures';
import { type BoardWorkspace, startBoardWorkspace } from './boardWorkspace';

export type UseBoardWorkspaceOptions = {
  language?: 'ru' | 'en';
  /** The core runs on a test clock started at the file's start (`app.advanceClock` moves it). */
  testClock?: boolean;
};

/**
 * The spec file's own workspace (a host with two reps, Anna as "me"), started before its first
 * test and stopped after its last, on a 1280×720 page. Call at the top of a spec file; the object
 * returned is filled in by then, and a test that restarts the host may replace its `host`/`rpc`.
 */
export const useBoardWorkspace = ({ language = 'ru', testClock = false }: UseBoardWorkspaceOptions = {}) => {
  const ws = {} as BoardWorkspace;
  test.use({ viewport: { width: 1280, height: 720 } });
  test.beforeAll(async () => {
    Object.assign(ws, await startBoardWorkspace(language, testClock ? { testClockAt: Date.now() } : {}));
  });
  test.afterAll(async () => {
    await ws.host?.stop();
  });
  return ws;
};
