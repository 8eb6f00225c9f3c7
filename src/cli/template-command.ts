import { resolve } from "node:path";
import { parseArgs } from "node:util";
import type { Lang } from "../core/rules/types";
import { SCHOOL_TYPE_ORDER } from "../core/standards/school-types";
import { setLabel, standardSetById } from "../core/standards/sets";
import { buildTemplate } from "../core/template/build-template";
import { TemplateError, resolveTemplate } from "../core/template/options";
import { writePatches } from "../xlsx/write-patches";
import { exists, writeAtomically } from "./files";
import { CliError, type Io } from "./main";
import { CLI } from "./messages";
import { checkChoice, checkDate, checkYear, today } from "./options";

export async function templateCommand(args: string[], lang: Lang, io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: false,
    options: {
      "standard-set": { type: "string" },
      "school-type": { type: "string" },
      criteria: { type: "string" },
      school: { type: "string" },
      "governing-body": { type: "string" },
      number: { type: "string" },
      date: { type: "string" },
      place: { type: "string" },
      year: { type: "string" },
      address: { type: "string" },
      signer: { type: "string" },
      deputy: { type: "boolean", default: false },
      output: { type: "string", short: "o" },
      force: { type: "boolean", default: false },
      lang: { type: "string" },
    },
  });
  void positionals;
  const setId = values["standard-set"];
  if (setId !== undefined && !standardSetById(setId)) throw new CliError(CLI.unknownSet[lang](setId));
  const schoolType = checkChoice("--school-type", values["school-type"], SCHOOL_TYPE_ORDER, lang);
  const date = checkDate(values.date, lang);
  const year = checkYear(values.year, lang);
  const output = values.output;
  if (!output) throw new CliError(CLI.needOutput[lang]);
  if (exists(output) && !values.force) throw new CliError(CLI.outputExists[lang](output));

  let patches;
  let plan;
  try {
    plan = resolveTemplate(
      {
        standardSet: setId,
        schoolType,
        criteria: values.criteria,
        school: values.school,
        governingBody: values["governing-body"],
        number: values.number,
        date,
        place: values.place,
        year,
        address: values.address,
        signer: { name: values.signer, deputy: values.deputy },
      },
      today(),
    );
    patches = buildTemplate(plan).sheets;
  } catch (e) {
    if (e instanceof TemplateError) throw new CliError(e.text[lang]);
    throw e;
  }
  const { output: bytes, sheetNames } = await writePatches(null, patches);
  await writeAtomically(resolve(output), bytes);
  io.out(`${CLI.templateWritten[lang]({ file: output, sheet: sheetNames[0], set: setLabel(plan.set), criteria: plan.criteria.length })}\n`);
  return 0;
}
