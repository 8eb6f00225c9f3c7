import { resolve } from "node:path";
import { parseArgs } from "node:util";
import type { Lang } from "../core/rules/types";
import { buildReport, reportSheetName } from "../core/report/build-report";
import { validateWorkbook } from "../core/validate/validate";
import { checkWrittenWorkbook } from "../xlsx/check-written";
import { readWorkbookBuffer, readWorkbookBytes, WorkbookReadError } from "../xlsx/read-workbook";
import { writePatches } from "../xlsx/write-patches";
import { workbookFontOf } from "../xlsx/write-layout";
import { WorkbookWriteError } from "../xlsx/write-errors";
import { besideWithSuffix, exists, writeAtomically } from "./files";
import { CliError, type Io } from "./main";
import { CLI } from "./messages";
import { refuseNotReadYet } from "./not-read-yet";
import { checkChoice, checkDate, inCore, today } from "./options";
import { isWordFile } from "./read-input";
import { WORD_CLI } from "./word-messages";

export async function reportCommand(args: string[], lang: Lang, io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      sheet: { type: "string" },
      period: { type: "string" },
      date: { type: "string" },
      "year-end": { type: "string" },
      place: { type: "string" },
      to: { type: "string" },
      signer: { type: "string" },
      deputy: { type: "boolean", default: false },
      output: { type: "string", short: "o" },
      "in-place": { type: "boolean", default: false },
      force: { type: "boolean", default: false },
      lang: { type: "string" },
    },
  });
  const asked = checkChoice("--period", values.period, ["hk1", "year"] as const, lang);
  const date = checkDate(values.date, lang) ?? today();
  // when "Hằng năm" / "Cả năm học" tasks end; by default 31 May of the school year's second year
  const schoolYearEnd = checkDate(values["year-end"], lang);
  const input = positionals[0];
  if (!input) throw new CliError(CLI.needFile[lang]);
  if (positionals.length > 1) throw new CliError(CLI.badOption[lang](positionals.slice(1).join(" ")));
  if (isWordFile(input)) throw new CliError(WORD_CLI.reportNeedsWorkbook[lang](input));
  refuseNotReadYet(input, lang);
  if (values.output && values["in-place"]) throw new CliError(CLI.outAndInPlace[lang]);
  const output = values["in-place"] ? input : (values.output ?? besideWithSuffix(input, "-bao-cao"));
  if (!values["in-place"] && exists(output) && !values.force) throw new CliError(CLI.outputExists[lang](output));

  // the plan read, checked and turned into the report's patch; the plan's snapshot is let go before writing
  const planReport = async () => {
    let workbook;
    let bytes: Buffer;
    try {
      bytes = await readWorkbookBytes(input);
      workbook = await readWorkbookBuffer(bytes, { notes: true }); // a refreshed report's notes follow their rows
    } catch (e) {
      if (e instanceof WorkbookReadError) throw new CliError(CLI.read[e.reason][lang](input, e.facts));
      throw e;
    }
    if (values.sheet !== undefined && !workbook.sheets.some((s) => s.name === values.sheet)) {
      throw new CliError(CLI.noSheet[lang]({ sheet: values.sheet, sheets: workbook.sheets.map((s) => `"${s.name}"`).join(", ") }));
    }
    const validation = inCore(lang, () => validateWorkbook(workbook, { sheet: values.sheet }));
    if (!validation.table || validation.table.layout.kind !== "plan") throw new CliError(CLI.noPlanTable[lang](validation.sheet));

    // without --period, refresh the report sheet the file already has (when it has exactly one)
    const present = (["hk1", "year"] as const).filter((p) => workbook.sheets.some((s) => s.name === reportSheetName(p)));
    const period = asked ?? (present.length === 1 ? present[0] : "year");
    const name = reportSheetName(period);
    const existing = workbook.sheets.find((s) => s.name === name);
    const { patch, stats } = buildReport({
      plan: validation.table,
      detection: validation.detection,
      period,
      date,
      existing,
      schoolYearEnd,
      planSheet: workbook.sheets.find((s) => s.name === validation.sheet),
      place: values.place,
      addressedTo: values.to,
      signer: { name: values.signer, deputy: values.deputy },
      workbookFont: await workbookFontOf(bytes),
    });
    patch.create = !existing;
    return { bytes, patch, stats, refreshed: !!existing, summary: validation.summary };
  };
  const { bytes, patch, stats, refreshed, summary } = await planReport();
  let written;
  try {
    written = await writePatches(bytes, [patch]);
  } catch (e) {
    if (e instanceof WorkbookWriteError) throw new CliError(e.text(lang));
    throw e;
  }
  // check the result before replacing anything: a damaged file is never written
  checkWrittenWorkbook(written.output, written.parts);
  await writeAtomically(resolve(output), written.output);
  io.out(`${CLI.reportWritten[lang]({ file: output, sheet: written.sheetNames[0], refreshed, ...stats })}\n`);
  const { errors, warnings } = summary;
  if (errors + warnings > 0) io.out(`${CLI.planFindings[lang]({ errors, warnings })}\n`);
  return 0;
}
