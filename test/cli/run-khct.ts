import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { main, type Io } from "../../src/cli/main";

/** Runs `khct …` in process, capturing what it prints and its exit code; `io` overrides streams or flags. */
export async function runWith(io: Partial<Io>, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s), ...io });
  return { code, out, err };
}

export const run = (...argv: string[]) => runWith({}, ...argv);

/** A file's SHA-256: to prove a command left it as it was. */
export const sha = (path: string): string => createHash("sha256").update(readFileSync(path)).digest("hex");
