import { parseArgs } from "node:util";
import { validationJson } from "../app/validation-json";
import type { Lang } from "../core/rules/types";
import { standardSetById } from "../core/standards/sets";
import { UsageError, validateWorkbook } from "../core/validate/validate";
import { readWorkbookFile, WorkbookReadError } from "../xlsx/read-workbook";
import { formatValidationText } from "./format-text";
import { CliError, type Io } from "./main";
import { CLI } from "./messages";

export async function validateCommand(args: string[], lang: Lang, io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      sheet: { type: "string" },
      "standard-set": { type: "string" },
      format: { type: "string", default: "text" },
      lang: { type: "string", default: "vi" },
    },
  });
  if (values.format !== "text" && values.format !== "json") throw new CliError(CLI.badOption[lang](`--format ${values.format}`));
  if (values.lang !== "vi" && values.lang !== "en") throw new CliError(CLI.badOption[lang](`--lang ${values.lang}`));
  const setId = values["standard-set"];
  if (setId !== undefined && !standardSetById(setId)) throw new CliError(CLI.unknownSet[lang](setId));
  const file = positionals[0];
  if (!file) throw new CliError(CLI.needFile[lang]);
  if (positionals.length > 1) throw new CliError(CLI.badOption[lang](positionals.slice(1).join(" ")));

  let workbook;
  try {
    workbook = await readWorkbookFile(file);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw new CliError(CLI.read[e.reason][lang](file));
    throw e;
  }
  if (workbook.sheets.length === 0) throw new CliError(CLI.noSheets[lang]);
  if (values.sheet !== undefined && !workbook.sheets.some((s) => s.name === values.sheet)) {
    throw new CliError(CLI.noSheet[lang]({ sheet: values.sheet, sheets: workbook.sheets.map((s) => `"${s.name}"`).join(", ") }));
  }
  let validation;
  try {
    validation = validateWorkbook(workbook, { sheet: values.sheet, standardSet: setId });
  } catch (e) {
    if (e instanceof UsageError) throw new CliError(e.message);
    throw e;
  }
  if (values.format === "json") io.out(`${JSON.stringify(validationJson(file, validation, lang), null, 2)}\n`);
  else io.out(`${formatValidationText(file, validation, lang)}\n`);
  return validation.summary.errors > 0 ? 1 : 0;
}
