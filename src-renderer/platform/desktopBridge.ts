import type { VoronkaBridge } from '@shared/contract/VoronkaBridge';

/**
 * The preload's bridge in the desktop app; undefined in the browser shell, which has none of
 * main's dialogs or the OS keychain and falls back to the contract (downloads, no folder picking).
 */
export const desktopBridge = (): VoronkaBridge | undefined => (window as { voronka?: VoronkaBridge }).voronka;
