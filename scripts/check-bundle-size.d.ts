// Types of the helpers in check-bundle-size.js, for the unit tests.
type Chunk = { file: string; name: string; minified: number; gzip: number };
type ManifestEntry = { file: string; name?: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] };
export declare const BOARD_ROUTE_BUDGET: { minified: number; gzip: number };
export declare const staticClosure: (manifest: Record<string, ManifestEntry>, keys: readonly string[]) => string[];
export declare const measureBoardRoute: (outDir: string) => {
  chunks: Chunk[];
  minified: number;
  gzip: number;
  charts: Chunk[];
};
