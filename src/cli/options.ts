import type { Lang } from "../core/rules/types";
import { standardSetById } from "../core/standards/sets";
import { UsageError } from "../core/validate/validate";
import { CliError } from "./main";
import { CLI } from "./messages";

/** Checks a YYYY-MM-DD date (a real calendar day). */
export function checkDate(value: string | undefined, lang: Lang): string | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!d || d.toISOString().slice(0, 10) !== value) throw new CliError(CLI.badDate[lang](value));
  return value;
}

export function checkYear(value: string | undefined, lang: Lang): string | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4})\s*-\s*(\d{4})$/.exec(value);
  if (!m || Number(m[2]) !== Number(m[1]) + 1) throw new CliError(CLI.badYear[lang](value));
  return `${m[1]}-${m[2]}`;
}

export function checkChoice<T extends string>(option: string, value: string | undefined, allowed: readonly T[], lang: Lang): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) throw new CliError(CLI.badChoice[lang]({ option, value, allowed: allowed.join(", ") }));
  return value as T;
}

/** Today in the user's time zone, YYYY-MM-DD. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** `--format text|json` and `--lang vi|en`, as validate and evaluate take them. */
export function checkOutputOptions(values: { format?: string; lang?: string }, lang: Lang): "text" | "json" {
  if (values.format !== undefined && values.format !== "text" && values.format !== "json") throw new CliError(CLI.badOption[lang](`--format ${values.format}`));
  if (values.lang !== undefined && values.lang !== "vi" && values.lang !== "en") throw new CliError(CLI.badOption[lang](`--lang ${values.lang}`));
  return values.format === "json" ? "json" : "text";
}

/** A standard set id the user gave, checked against the data. */
export function checkStandardSet(id: string | undefined, lang: Lang): string | undefined {
  if (id !== undefined && !standardSetById(id)) throw new CliError(CLI.unknownSet[lang](id));
  return id;
}

/** Runs the core; a request the workbook cannot meet becomes the command's one sentence (exit 2). */
export function inCore<T>(lang: Lang, work: () => T): T {
  try {
    return work();
  } catch (e) {
    if (e instanceof UsageError) throw new CliError(e.text[lang]);
    throw e;
  }
}

/** The options every checking command (validate, evaluate) takes. */
export const CHECK_OPTIONS = {
  sheet: { type: "string" },
  "standard-set": { type: "string" },
  format: { type: "string", default: "text" },
  lang: { type: "string", default: "vi" },
} as const;
