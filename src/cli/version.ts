import { readFileSync } from "node:fs";
import { join } from "node:path";

/** KHCT's version, from package.json (two folders up from both src/cli and dist/cli). */
export function version(): string {
  const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string };
  return pkg.version;
}
