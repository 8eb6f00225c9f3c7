import { basename, dirname, extname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { Lang } from "../core/rules/types";
import { exportPlan, NothingToExport } from "../docx/export-plan";
import { readDocx } from "../docx/read-docx";
import { wordBytes } from "../docx/word-document";
import { exists, writeAtomically } from "./files";
import { CliError, type Io } from "./main";
import { CLI } from "./messages";
import { inCore } from "./options";
import { isWordFile, readInputWorkbook } from "./read-input";
import { WORD_CLI } from "./word-messages";

/**
 * `khct export plan.xlsx [--sheet NAME] [-o plan.docx] [--force]`: the plan (or report) sheet as the
 * Word document an office receives. The output is read back before it is written: a document KHCT
 * cannot read again is never written.
 */
export async function exportCommand(args: string[], lang: Lang, io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { sheet: { type: "string" }, output: { type: "string", short: "o" }, force: { type: "boolean", default: false }, lang: { type: "string" } },
  });
  const input = positionals[0];
  if (!input) throw new CliError(WORD_CLI.needXlsxInput[lang]);
  if (positionals.length > 1) throw new CliError(CLI.badOption[lang](positionals.slice(1).join(" ")));
  const output = values.output ?? join(dirname(input), `${basename(input, extname(input))}.docx`);
  if (extname(output).toLowerCase() !== ".docx") throw new CliError(WORD_CLI.outputNotDocx[lang](output));
  if (resolve(output) === resolve(input) || (exists(output) && !values.force)) throw new CliError(CLI.outputExists[lang](output));
  if (isWordFile(input)) throw new CliError(WORD_CLI.needXlsxInput[lang]);

  const workbook = await readInputWorkbook(input, values.sheet, lang);
  let exported;
  try {
    exported = inCore(lang, () => exportPlan(workbook, values.sheet));
  } catch (e) {
    if (e instanceof NothingToExport) throw new CliError(WORD_CLI.nothingToExport[lang](e.sheet));
    throw e;
  }
  const bytes = await wordBytes(exported.spec);
  readDocx(bytes);
  await writeAtomically(resolve(output), bytes);
  io.out(`${WORD_CLI.exported[lang]({ input, output, sheet: exported.sheet, rows: exported.rows, landscape: exported.landscape })}\n`);
  return 0;
}
