// Types of the helpers in check-core-imports.js, for the unit tests.
export declare const ON_DEMAND: string[];
export declare const CHECKED_ENTRIES: string[];
export declare const staticImports: (entryPath: string) => Promise<{ files: string[]; packages: string[] }>;
export declare const startUpViolations: (entryPath: string) => Promise<string[]>;
