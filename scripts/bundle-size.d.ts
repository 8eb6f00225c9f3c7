export interface BundleSize {
  entry: string;
  file: string;
  /** loaded by a page (taskpane.html, commands.html); false for chunks loaded on demand */
  firstLoad: boolean;
  rawKB: number;
  gzipKB: number;
}
export declare function bundleSizes(dir?: string): BundleSize[];
export declare const BUDGET_GZIP_KB: number;
export declare class BundleSizePlugin {
  apply(compiler: unknown): void;
}
