/**
 * A patch refers to the sheets it creates by the names it asked for. When a name was taken and the
 * sheet got "Báo cáo (2)", references to 'Báo cáo' in the patch's formulas, list sources and names
 * must follow. This rewrites sheet prefixes (`'Báo cáo'!A1`, `KHCT!A1`) outside string literals.
 */
import { sheetNameKey, sheetReference } from "./sheet-names";

/** Renames keyed by `sheetNameKey(old name)`. */
export type SheetRenames = Map<string, string>;

export function sheetRenames(pairs: { asked: string; given: string }[]): SheetRenames {
  return new Map(pairs.filter((p) => p.asked !== p.given).map((p) => [sheetNameKey(p.asked), p.given]));
}

const UNQUOTED_SHEET = /[\p{L}\p{N}_.\\]/u;

/** `formula` with every reference to a renamed sheet pointing at its new name. */
export function renameSheetReferences(formula: string, renames: SheetRenames): string {
  if (renames.size === 0) return formula;
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      const end = endOfQuoted(formula, i, '"');
      out += formula.slice(i, end);
      i = end;
    } else if (ch === "'") {
      const end = endOfQuoted(formula, i, "'");
      const name = formula.slice(i + 1, end - 1).replace(/''/g, "'");
      const renamed = formula[end] === "!" ? renames.get(sheetNameKey(name)) : undefined;
      out += renamed !== undefined ? sheetReference(renamed) : formula.slice(i, end);
      i = end;
    } else if (UNQUOTED_SHEET.test(ch) && (i === 0 || !UNQUOTED_SHEET.test(formula[i - 1]))) {
      let end = i;
      while (end < formula.length && UNQUOTED_SHEET.test(formula[end])) end++;
      const word = formula.slice(i, end);
      const renamed = formula[end] === "!" ? renames.get(sheetNameKey(word)) : undefined;
      out += renamed !== undefined ? sheetReference(renamed) : word;
      i = end;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** Index just past a quoted run starting at `start` (doubled quotes stay inside). */
function endOfQuoted(s: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < s.length) {
    if (s[i] === quote) {
      if (s[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return s.length;
}
