import { existsSync } from "node:fs";
import { rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";

/** "ke-hoach.xlsx" → "ke-hoach-bao-cao.xlsx", beside the input. */
export function besideWithSuffix(input: string, suffix: string): string {
  const ext = extname(input) || ".xlsx";
  return join(dirname(input), `${basename(input, ext)}${suffix}${ext}`);
}

export function exists(path: string): boolean {
  return existsSync(path);
}

/**
 * Writes a file so that a failure leaves what was there untouched: the bytes go to a temporary
 * file in the same folder, which then replaces the target in one rename.
 */
export async function writeAtomically(path: string, bytes: Buffer): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.khct-tmp`);
  try {
    await writeFile(tmp, bytes);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}
