import { statSync } from "node:fs";
import { parseArgs } from "node:util";
import { validationJson } from "../app/validation-json";
import type { Diagnostic, Lang } from "../core/rules/types";
import { validateWorkbook } from "../core/validate/validate";
import { validateBatch } from "./batch/command";
import { formatValidationText } from "./format-text";
import { CliError, type Io } from "./main";
import { CLI } from "./messages";
import { CHECK_OPTIONS, checkOutputOptions, checkStandardSet, inCore } from "./options";
import { refuseNotReadYet } from "./not-read-yet";
import { readInput } from "./read-input";
import { WORD_PLACE } from "./word-read-messages";

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * `khct validate <file.xlsx>` checks one plan; given a folder, several files or --summary it checks
 * them all (batch mode, see batch/command.ts).
 */
export async function validateCommand(args: string[], lang: Lang, io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...CHECK_OPTIONS, summary: { type: "string" }, force: { type: "boolean", default: false }, recursive: { type: "boolean", default: false } },
  });
  const format = checkOutputOptions(values, lang);
  const setId = checkStandardSet(values["standard-set"], lang);
  const file = positionals[0];
  if (!file) throw new CliError(CLI.needFile[lang]);
  if (positionals.length > 1 || values.summary !== undefined || isFolder(file)) {
    const { sheet, summary, force, recursive } = values;
    return validateBatch(positionals, { sheet, standardSet: setId, format, summary, force, recursive }, lang, io);
  }
  if (values.force || values.recursive) throw new CliError(CLI.badOption[lang](values.force ? "--force" : "--recursive"));

  refuseNotReadYet(file, lang);
  const { workbook, sources } = await readInput(file, values.sheet, lang);
  const validation = inCore(lang, () => validateWorkbook(workbook, { sheet: values.sheet, standardSet: setId }));
  const inWord = sources?.at.bind(sources);
  const place = (d: Diagnostic) => {
    const source = d.cell === null ? undefined : inWord?.(validation.sheet, d.row, d.col);
    return source && WORD_PLACE[lang](source);
  };
  if (format === "json") io.out(`${JSON.stringify(validationJson(file, validation, lang, inWord), null, 2)}\n`);
  else io.out(`${formatValidationText(file, validation, lang, inWord && place)}\n`);
  return validation.summary.errors > 0 ? 1 : 0;
}
