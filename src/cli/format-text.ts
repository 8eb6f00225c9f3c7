import type { Lang } from "../core/rules/types";
import { setLabel } from "../core/standards/sets";
import type { Validation } from "../core/validate/validate";
import { CLI } from "./messages";

/** The validation as people read it in a terminal. */
export function formatValidationText(file: string, v: Validation, lang: Lang): string {
  const lines: string[] = [];
  lines.push(CLI.heading[lang]({ file, sheet: v.sheet, range: v.table?.range ?? "" }));
  const from = v.detection.detectedFrom
    .map((e) => `${CLI.source[e.source][lang]} "${e.evidence}"${e.cell ? ` (${e.sheet ? `'${e.sheet}'!` : ""}${e.cell})` : ""}`)
    .join("; ");
  lines.push(CLI.standardSet[lang]({ name: setLabel(v.detection.set), circular: v.detection.set.circular, from }));
  lines.push(CLI.school[lang]({ name: v.detection.school.name ?? "", year: v.detection.school.year ?? "" }));
  lines.push("");
  if (v.diagnostics.length === 0) lines.push(CLI.clean[lang]);
  const width = Math.max(4, ...v.diagnostics.map((d) => (d.cell ?? "").length));
  for (const d of v.diagnostics) {
    const sev = CLI.severity[d.severity][lang];
    lines.push(`${(d.cell ?? "—").padEnd(width)}  ${sev.padEnd(8)}  ${d.rule}`);
    lines.push(`${" ".repeat(width)}  ${d.message[lang]}`);
    if (d.fix) lines.push(`${" ".repeat(width)}  ${CLI.fix[lang](d.fix.new)}`);
  }
  lines.push("");
  lines.push(CLI.summary[lang](v.summary));
  if (v.otherTables.length) lines.push(CLI.otherTables[lang](v.otherTables.map((t) => `'${t.sheet}'!${t.range}`).join(", ")));
  return lines.join("\n");
}
