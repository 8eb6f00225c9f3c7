import { KhctExcelError } from "./errors";
import { excelMessages } from "./messages";

/** Shows a cell: activates its sheet and selects it (Excel scrolls it into view). One sync. */
export async function revealCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(cell).select();
  try {
    await context.sync();
  } catch (e) {
    if ((e as { code?: string }).code === "ItemNotFound") throw new KhctExcelError("sheet-missing", excelMessages.sheetMissing(sheet), "ItemNotFound");
    throw e;
  }
}
