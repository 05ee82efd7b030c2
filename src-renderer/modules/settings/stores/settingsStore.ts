import type { AppInfo } from '@shared/contract/schemas/app';
import type { Settings } from '@shared/contract/schemas/settings';
import { create } from 'zustand';

type SettingsState = {
  /** Null until the first `settings.get` answers (bootstrap loads it before the first paint). */
  settings: Settings | null;
  appInfo: AppInfo | null;
  setSettings(settings: Settings): void;
  setAppInfo(appInfo: AppInfo): void;
};

export const useSettingsStore = create<SettingsState>()((set) => ({
  settings: null,
  appInfo: null,
  setSettings: (settings) => set({ settings }),
  setAppInfo: (appInfo) => set({ appInfo }),
}));
