import { basename, dirname, extname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { Lang } from "../core/rules/types";
import { validateWorkbook } from "../core/validate/validate";
import { DocxReadError } from "../docx/read-errors";
import { readDocxFile } from "../docx/read-docx-file";
import { importPatches } from "../docx/import-patches";
import { readWorkbookBuffer } from "../xlsx/read-workbook";
import { writePatches } from "../xlsx/write-patches";
import { exists, writeAtomically } from "./files";
import { CliError, type Io } from "./main";
import { CLI } from "./messages";
import { isWordFile } from "./read-input";
import { WORD_CLI } from "./word-messages";
import { WORD_READ_FAILURES } from "./word-read-messages";

/** "ke-hoach.docx" → "ke-hoach.xlsx", beside it. */
function besideAsXlsx(input: string): string {
  return join(dirname(input), `${basename(input, extname(input))}.xlsx`);
}

/**
 * `khct import plan.docx [-o plan.xlsx] [--force]`: the Word document's plan (and its report or
 * self-evaluation table) into a new workbook, laid out as KHCT's own sheets, so that validating the
 * workbook finds what validating the document finds.
 */
export async function importCommand(args: string[], lang: Lang, io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { output: { type: "string", short: "o" }, force: { type: "boolean", default: false }, lang: { type: "string" } },
  });
  const input = positionals[0];
  if (!input) throw new CliError(WORD_CLI.needWordFile[lang]);
  if (positionals.length > 1) throw new CliError(CLI.badOption[lang](positionals.slice(1).join(" ")));
  if (!isWordFile(input)) throw new CliError(WORD_CLI.notWordInput[lang](input));
  const output = values.output ?? besideAsXlsx(input);
  if (extname(output).toLowerCase() !== ".xlsx") throw new CliError(WORD_CLI.outputNotXlsx[lang](output));
  if (exists(output) && !values.force) throw new CliError(CLI.outputExists[lang](output));

  let doc;
  try {
    doc = await readDocxFile(input);
  } catch (e) {
    if (e instanceof DocxReadError) throw new CliError(WORD_READ_FAILURES[e.reason][lang](input, e.facts));
    throw e;
  }
  const written = await writePatches(null, importPatches(doc));
  // read the result back before writing anything: a file KHCT cannot read again is never written
  const workbook = await readWorkbookBuffer(written.output);
  await writeAtomically(resolve(output), written.output);
  const validation = validateWorkbook(workbook);
  io.out(`${WORD_CLI.imported[lang]({ input, output, sheets: written.sheetNames.map((s) => `"${s}"`).join(", "), rows: validation.table ? validation.table.rows.length : 0 })}\n`);
  const { errors, warnings } = validation.summary;
  if (errors + warnings > 0) io.out(`${CLI.planFindings[lang]({ errors, warnings })}\n`);
  return 0;
}
