import type { VoronkaBridge } from '@shared/contract/VoronkaBridge';

/** In the desktop app (the preload's bridge is there) main shows reminders as the OS's notifications. */
export const isDesktopShell = (): boolean => (window as { voronka?: VoronkaBridge }).voronka !== undefined;
