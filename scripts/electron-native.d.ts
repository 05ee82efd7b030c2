// Types of electron-native.js, for the unit tests.
export type NativePaths = {
  dir: string;
  binary: string;
  stamp: string;
  electronPackage: string;
  sqlitePackageDir: string;
};
export type BuildTarget = { electron: string; betterSqlite3: string; platform: string; arch: string };
export declare const nativePaths: (root: string) => NativePaths;
export declare const buildTarget: (root: string, platform?: string, arch?: string) => BuildTarget;
export declare const stampMatches: (stampText: string, target: BuildTarget) => boolean;
export declare const isUpToDate: (root: string, target: BuildTarget) => boolean;
export declare const lastErrorLine: (output: string) => string;
export declare const ensureElectronNative: (root?: string) => number;
