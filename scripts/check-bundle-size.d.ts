// Types of the helpers in check-bundle-size.js, for the unit tests.
/** `zod`: the chunk carries zod's code. */
type Chunk = { file: string; name: string; minified: number; gzip: number; zod: boolean };
type ManifestEntry = { file: string; name?: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] };
export declare const BOARD_ROUTE_BUDGET: { minified: number; gzip: number };
export declare const staticClosure: (manifest: Record<string, ManifestEntry>, keys: readonly string[]) => string[];
export declare const measureBoardRoute: (outDir: string) => {
  chunks: Chunk[];
  minified: number;
  gzip: number;
  charts: Chunk[];
  /** Chunks of the route that carry zod (the route should have none). */
  validators: Chunk[];
};
