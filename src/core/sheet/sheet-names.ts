/**
 * Excel's rules for sheet names: 1–31 characters, none of : \ / ? * [ ], not starting or ending with
 * an apostrophe, not "History" (reserved by Excel), unique ignoring case. KHCT never overwrites a
 * sheet: a name that is taken gets " (2)", " (3)" … like Excel does when it copies a sheet.
 */

export const MAX_SHEET_NAME = 31;

/** Case-insensitive comparison key, the way Excel compares sheet names. */
export function sheetNameKey(name: string): string {
  return name.normalize("NFC").toUpperCase();
}

/** A name Excel accepts, as close to `wanted` as possible (forbidden characters become "-"). */
export function cleanSheetName(wanted: string): string {
  const cleaned = wanted
    .normalize("NFC")
    // eslint-disable-next-line no-control-regex -- control characters cannot be in a sheet name
    .replace(/[\u0000-\u001F\u007F]/g, "")
    .replace(/[:\\/?*[\]]/g, "-")
    .trim()
    .replace(/^'+|'+$/g, "")
    .trim();
  const cut = truncate(cleaned, MAX_SHEET_NAME).trim();
  if (cut === "" || sheetNameKey(cut) === "HISTORY") return cut === "" ? "Sheet" : `${cut} (2)`;
  return cut;
}

/** Cuts to `max` UTF-16 units without splitting a surrogate pair. */
function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** `wanted` if free, else "wanted (2)", "wanted (3)" …, each cut to fit 31 characters. */
export function freeSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map(sheetNameKey));
  const base = cleanSheetName(wanted);
  if (!used.has(sheetNameKey(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${truncate(base, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
    if (!used.has(sheetNameKey(candidate))) return candidate;
  }
}

/** The sheet name as it appears in a formula: quoted unless it is a plain identifier. */
export function sheetReference(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^R\d*C\d*$/i.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
