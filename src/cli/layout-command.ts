import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { documentSheets } from "../core/print/document-sheets";
import { layoutSheet, type SheetLayout } from "../core/print/layout-sheet";
import type { Lang } from "../core/rules/types";
import { checkWrittenWorkbook } from "../xlsx/check-written";
import { layoutWorkbookFile } from "../xlsx/write-layout";
import { WorkbookWriteError } from "../xlsx/write-errors";
import { exists, writeAtomically } from "./files";
import { LAYOUT_MESSAGES } from "./layout-messages";
import { CliError, type Io } from "./main";
import { CLI } from "./messages";
import { readInputWorkbook } from "./read-input";

/**
 * `khct layout <plan.xlsx> [--sheet NAME] [-o out.xlsx] [--force]`: lays the plan and report sheets
 * out for print — measured row heights, page breaks, print area, page setup — and writes nothing
 * else: every cell staff typed stays as it is. In place unless -o names another file.
 */
export async function layoutCommand(args: string[], lang: Lang, io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      sheet: { type: "string" },
      output: { type: "string", short: "o" },
      force: { type: "boolean", default: false },
      lang: { type: "string" },
    },
  });
  const input = positionals[0];
  if (!input) throw new CliError(LAYOUT_MESSAGES.needFile[lang]);
  if (positionals.length > 1) throw new CliError(CLI.badOption[lang](positionals.slice(1).join(" ")));
  const output = values.output ?? input;
  if (values.output && exists(output) && !values.force) throw new CliError(CLI.outputExists[lang](output));

  const workbook = await readInputWorkbook(input, values.sheet, lang);
  const sheets = documentSheets(workbook, values.sheet);
  if (!sheets.length) throw new CliError(LAYOUT_MESSAGES.nothing[lang](input));
  const layouts = new Map<string, SheetLayout>();
  let written: { output: Buffer; parts: string[] };
  try {
    written = await layoutWorkbookFile(await readFile(input), sheets, (name, looks) => {
      const layout = layoutSheet(workbook.sheets.find((s) => s.name === name)!, looks);
      layouts.set(name, layout);
      return { sheet: name, rowHeights: layout.rowHeights, print: layout.print };
    });
  } catch (e) {
    if (e instanceof WorkbookWriteError) throw new CliError(e.text(lang));
    throw e;
  }
  // check the result before replacing anything: a damaged file is never written
  checkWrittenWorkbook(written.output, written.parts);
  await writeAtomically(resolve(output), written.output);
  for (const [sheet, layout] of layouts) {
    io.out(`${LAYOUT_MESSAGES.laidOut[lang]({ file: output, sheet, pages: layout.pages.length, scale: layout.print.scale ?? 100 })}\n`);
    if (layout.missingHeaders) io.out(`${LAYOUT_MESSAGES.headerCopies[lang]({ sheet, pages: layout.missingHeaders })}\n`);
  }
  return 0;
}
