export declare const INLINE_SCRIPT_HASHES: string;
export declare function inlineScripts(html: string): string[];
export declare function sha256(text: string): string;
export declare function withScriptHashes(html: string, page?: string): string;
export declare class CspHashPlugin {
  apply(compiler: unknown): void;
}
