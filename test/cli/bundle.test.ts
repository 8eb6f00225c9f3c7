/**
 * The installed command is bundled (scripts/build-cli.js, run by `npm run build:cli`, `prepare` and
 * `npm test` before jest): `khct --help` and `khct validate` load one file of KHCT's, nothing from
 * node_modules; a command that writes loads its own bundle beside it; a batch's worker threads load
 * only the worker's bundle, which holds no writer and no Word library.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { run } from "./run-khct";

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "khct.js");
const SAMPLE = join(ROOT, "samples", "ke-hoach-thpt-mau.xlsx");
const dir = mkdtempSync(join(tmpdir(), "khct-bundle-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the installed command; what it printed and every file of KHCT's (or of node_modules) it loaded. */
function installed(...args: string[]): { out: string; loaded: string[] } {
  const log = join(dir, `loaded-${args[0]}-${Date.now()}.txt`);
  let out: string;
  try {
    out = execFileSync(process.execPath, ["-r", join(__dirname, "helpers", "record-loaded.js"), BIN, ...args], { env: { ...process.env, KHCT_LOADED: log }, cwd: dir, encoding: "utf8" });
  } catch (e) {
    out = (e as { stdout: string }).stdout; // exit 1: the plan has errors
  }
  const loaded = readFileSync(log, "utf8").trim().split("\n");
  return { out, loaded: [...new Set(loaded.map((f) => relative(ROOT, f)).filter((f) => !f.startsWith("..") && !f.includes("record-loaded")))].sort() };
}

describe("the bundled khct command", () => {
  jest.setTimeout(60_000);

  it("prints its help loading one file of KHCT's and nothing from node_modules", () => {
    const { out, loaded } = installed("--help");
    expect(out).toContain("khct validate");
    expect(loaded).toEqual(["bin/khct.js", "dist/cli/main.js"]);
  });

  it("validates a workbook loading that one file, with the same JSON as the sources give", async () => {
    const { out, loaded } = installed("validate", SAMPLE, "--format", "json");
    expect(loaded).toEqual(["bin/khct.js", "dist/cli/main.js"]);
    expect(JSON.parse(out)).toEqual(JSON.parse((await run("validate", SAMPLE, "--format", "json")).out));
  });

  it("loads the report command's own bundle when asked for a report", () => {
    const { out, loaded } = installed("report", SAMPLE, "-o", join(dir, "bao-cao.xlsx"), "--date", "2024-03-15");
    expect(out).toContain("bao-cao.xlsx");
    expect(loaded).toEqual(["bin/khct.js", "dist/cli/main.js", "dist/cli/report-command.js"]);
  });

  it("checks a folder on worker threads that load only the worker's bundle: no writer, no Word library", () => {
    const { out, loaded } = installed("validate", join(ROOT, "samples"), "--format", "json");
    expect(JSON.parse(out).file).toBe(SAMPLE);
    expect(loaded).toEqual(["bin/khct.js", "dist/cli/batch/worker.js", "dist/cli/main.js"]);
    // the .xlsx writer (its zip writer) and the docx package, as their code names them, are in the bundles that write, not in these
    const holds = (path: string, code: RegExp) => code.test(readFileSync(join(ROOT, "dist", path), "utf8"));
    const WRITER = /\bwriteZip\b/;
    const DOCX_PACKER = /\bclass Packer\d*\b/;
    expect([holds("cli/report-command.js", WRITER), holds("cli/export-command.js", DOCX_PACKER)]).toEqual([true, true]);
    for (const path of ["cli/batch/worker.js", "cli/main.js"]) expect([path, holds(path, WRITER), holds(path, DOCX_PACKER)]).toEqual([path, false, false]);
  });
});
