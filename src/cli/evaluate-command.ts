import { parseArgs } from "node:util";
import { evaluationJson } from "../app/evaluation-json";
import { evaluateWorkbook } from "../core/evaluation/evaluate";
import type { Lang } from "../core/rules/types";
import { formatEvaluationText } from "./evaluate-format";
import { EVALUATE } from "./evaluate-messages";
import { CliError, type Io } from "./main";
import { CLI } from "./messages";
import { CHECK_OPTIONS, checkOutputOptions, checkStandardSet, inCore } from "./options";
import { refuseNotReadYet } from "./not-read-yet";
import { readInputWorkbook } from "./read-input";

/**
 * `khct evaluate <file.xlsx>`: reads the self-evaluation table, checks it, computes the school's
 * level and cross-checks the plan beside it. Exit codes as validate: 0 no error, 1 errors, 2 cannot run.
 */
export async function evaluateCommand(args: string[], lang: Lang, io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...CHECK_OPTIONS },
  });
  const format = checkOutputOptions(values, lang);
  const setId = checkStandardSet(values["standard-set"], lang);
  const file = positionals[0];
  if (!file) throw new CliError(EVALUATE.needFile[lang]);
  if (positionals.length > 1) throw new CliError(CLI.badOption[lang](positionals.slice(1).join(" ")));

  refuseNotReadYet(file, lang);
  const workbook = await readInputWorkbook(file, values.sheet, lang);
  const evaluation = inCore(lang, () => evaluateWorkbook(workbook, { sheet: values.sheet, standardSet: setId }));
  if (format === "json") io.out(`${JSON.stringify(evaluationJson(file, evaluation, lang), null, 2)}\n`);
  else io.out(`${formatEvaluationText(file, evaluation, lang)}\n`);
  return evaluation.summary.errors > 0 ? 1 : 0;
}
