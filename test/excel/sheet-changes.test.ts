/**
 * Live checking listens to the plan sheet's changes (Worksheet.onChanged, ExcelApi 1.7). The double
 * raises them as Excel does — after the change, asynchronously, for a person's typing and row
 * insertion as for an add-in's writes, with `triggerSource` from ExcelApi 1.14 — and the Excel host's
 * watch is removed when the pane stops listening.
 */
import { watchSheetChanges, type SheetChange } from "../../src/excel";
import { ExcelDouble, installOfficeGlobals } from "../double";
import type { WorksheetChangedEvent } from "../double/model";

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("the double's Worksheet.onChanged", () => {
  async function listen(excel: ExcelDouble, sheet = "Sheet1") {
    const heard: WorksheetChangedEvent[] = [];
    let remove: { remove(): void; context: unknown } | undefined;
    await excel.run(async (context) => {
      remove = context.workbook.worksheets.getItem(sheet).onChanged.add(async (e) => void heard.push(e as unknown as WorksheetChangedEvent));
      await context.sync();
    });
    return { heard, remove: remove! };
  }

  it("tells the sheet's handlers of a person's typing and row insertion, after the change, with triggerSource 'Unknown'", async () => {
    const excel = new ExcelDouble({ sheets: ["Sheet1", "Other"] });
    const { heard } = await listen(excel);
    excel.user.type("Sheet1", "B12", "Tiêu chí 1.3");
    expect(heard).toEqual([]); // asynchronous, as in Excel
    await settle();
    excel.user.insertRows("Sheet1", 7, 2);
    excel.user.type("Other", "A1", "x");
    await settle();
    expect(heard.map((e) => [e.address, e.changeType, e.triggerSource])).toEqual([
      ["B12", "RangeEdited", "Unknown"],
      ["7:8", "RowInserted", "Unknown"],
    ]);
  });

  it("tells them of an add-in's writes of content (not of fills) as ThisLocalAddin", async () => {
    const excel = new ExcelDouble();
    const { heard } = await listen(excel);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B2").values = [["a", "b"], ["c", "d"]];
      sheet.getRange("C3").format.fill.color = "#FFC7CE";
      sheet.getRange("D4").clear("Contents");
    });
    await settle();
    expect(heard.map((e) => [e.address, e.triggerSource])).toEqual([
      ["A1:B2", "ThisLocalAddin"],
      ["D4", "ThisLocalAddin"],
    ]);
  });

  it("does not say who made a change below ExcelApi 1.14 (Office 2019)", async () => {
    const excel = new ExcelDouble({ version: "office-2019-volume" });
    const { heard } = await listen(excel);
    excel.user.type("Sheet1", "A1", "x");
    await excel.run(async (context) => void (context.workbook.worksheets.getItem("Sheet1").getRange("A2").values = [["y"]]));
    await settle();
    expect(heard).toHaveLength(2);
    expect(heard.every((e) => !("triggerSource" in e))).toBe(true);
  });

  it("has no change events below ExcelApi 1.7", async () => {
    const excel = new ExcelDouble({ version: "1.6" });
    await expect(excel.run(async (context) => void context.workbook.worksheets.getItem("Sheet1").onChanged)).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("removes a handler at the next sync of its own request context", async () => {
    const excel = new ExcelDouble();
    const { heard, remove } = await listen(excel);
    expect(excel.model.changeHandlerCount).toBe(1);
    await excel.run(remove.context as Excel.RequestContext, async (context) => {
      remove.remove();
      await context.sync();
    });
    expect(excel.model.changeHandlerCount).toBe(0);
    excel.user.type("Sheet1", "A1", "x");
    await settle();
    expect(heard).toEqual([]);
  });
});

describe("the Excel host's watch of a sheet", () => {
  let uninstall: () => void = () => undefined;
  afterEach(() => uninstall());

  function install(excel: ExcelDouble) {
    uninstall = installOfficeGlobals(globalThis as unknown as Record<string, unknown>, excel);
  }

  it("hears the user's edits as not KHCT's and KHCT's writes as its own, then is removed from Excel", async () => {
    const excel = new ExcelDouble({ sheets: ["Kế hoạch"] });
    install(excel);
    const heard: SheetChange[] = [];
    const watch = watchSheetChanges("Kế hoạch", (c) => heard.push(c));
    await expect(watch.ready).resolves.toBe(true);
    expect(excel.model.changeHandlerCount).toBe(1);
    excel.user.type("Kế hoạch", "D14", "Hiệu trưởng");
    await excel.run(async (context) => void (context.workbook.worksheets.getItem("Kế hoạch").getRange("B14").values = [["Tiêu chí 1.3"]]));
    await settle();
    expect(heard).toEqual([
      { address: "D14", byThisAddin: false },
      { address: "B14", byThisAddin: true },
    ]);
    watch.stop();
    await settle();
    expect(excel.model.changeHandlerCount).toBe(0);
    excel.user.type("Kế hoạch", "D15", "x");
    await settle();
    expect(heard).toHaveLength(2);
  });

  it("says nothing of who made a change below ExcelApi 1.14", async () => {
    const excel = new ExcelDouble({ version: "office-2019-volume" });
    install(excel);
    const heard: SheetChange[] = [];
    const watch = watchSheetChanges("Sheet1", (c) => heard.push(c));
    await watch.ready;
    excel.user.type("Sheet1", "A1", "x");
    await settle();
    expect(heard).toEqual([{ address: "A1", byThisAddin: null }]);
    watch.stop();
  });

  it("removes the handler even when the pane stops before it is in place", async () => {
    const excel = new ExcelDouble();
    install(excel);
    const watch = watchSheetChanges("Sheet1", () => undefined);
    watch.stop();
    await watch.ready;
    await settle();
    expect(excel.model.changeHandlerCount).toBe(0);
  });

  it("reports a sheet that is not there, without throwing", async () => {
    const excel = new ExcelDouble();
    install(excel);
    const watch = watchSheetChanges("Không có", () => undefined);
    await expect(watch.ready).resolves.toBe(false);
    expect(excel.model.changeHandlerCount).toBe(0);
  });
});
