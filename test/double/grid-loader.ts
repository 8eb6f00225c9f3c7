import type { GridCell, GridWorkbook } from "../fixtures/grid";
import { parseRangeAddress } from "./areas";
import type { ExcelDouble } from "./index";

/**
 * Puts a fixture workbook into the double as Excel stored it (no typing: a text cell holds exactly
 * its text, a number its number, a failed formula its formula and error), replacing its sheets.
 */
export function loadGrid(double: ExcelDouble, book: GridWorkbook): void {
  const model = double.model;
  model.sheets = [];
  model.activeSheet = null;
  for (const g of book.sheets) {
    const sheet = model.addSheet(g.name);
    if (g.hidden) sheet.visibility = "Hidden";
    g.rows.forEach((row, r) =>
      row.forEach((cell: GridCell, c) => {
        if (cell === null) return;
        const target = sheet.ensure(r, c);
        if (typeof cell === "string" || typeof cell === "number") target.value = cell;
        else {
          target.value = cell.formula ? null : cell.value;
          target.formula = cell.formula ?? null;
          if (cell.numberFormat) target.format.numberFormat = cell.numberFormat;
        }
      }),
    );
    sheet.merges = (g.merges ?? []).map((m) => parseRangeAddress(m)!.area);
  }
}
