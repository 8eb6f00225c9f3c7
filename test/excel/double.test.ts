/**
 * The double must fail where Excel fails, or the adapter's tests prove nothing. These tests pin the
 * behaviours bugs hide behind: unloaded reads, writes applied only at sync, typed-input parsing by
 * locale, array shapes, protection, partial application of a failed batch, requirement sets.
 */
import { ExcelDouble } from "../double";

describe("the Excel double behaves like office-js where bugs hide", () => {
  it("throws PropertyNotLoaded for a property read before load and sync, and after load but before sync", async () => {
    const excel = new ExcelDouble();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([[""]]);
    });
  });

  it("applies writes at sync, not when queued, and Excel.run's final sync applies what is left", async () => {
    const excel = new ExcelDouble();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
      expect(excel.look("Sheet1").value("A1")).toBeNull();
      await context.sync();
      expect(excel.look("Sheet1").value("A1")).toBe("x");
      context.workbook.worksheets.getItem("Sheet1").getRange("A2").values = [["y"]];
    });
    expect(excel.look("Sheet1").value("A2")).toBe("y");
    expect(excel.stats.roundTrips).toBe(2);
  });

  it("reads strings written to a General cell as typed on en-US: formulas, numbers, dates, percentages", async () => {
    const excel = new ExcelDouble({ locale: "en-US" });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A9").values = [["=x"], ["- Tham mưu"], ["1.10"], ["9/2022"], ["1,000"], ["50%"], ["'1.10"], ["TRUE"], ["09/2023-05/2024"]];
    });
    const sheet = excel.look("Sheet1");
    expect([sheet.formula("A1"), sheet.value("A1")]).toEqual(["=x", "#NAME?"]);
    expect([sheet.formula("A2"), sheet.value("A2")]).toEqual(["=- Tham mưu", "#NAME?"]);
    expect(sheet.value("A3")).toBe(1.1);
    expect([sheet.value("A4"), sheet.numberFormat("A4"), sheet.text("A4")]).toEqual([44805, "mmm-yy", "Sep-22"]);
    expect([sheet.value("A5"), sheet.text("A5")]).toEqual([1000, "1,000"]);
    expect(sheet.value("A6")).toBe(0.5);
    expect(sheet.value("A7")).toBe("1.10");
    expect(sheet.value("A8")).toBe(true);
    expect(sheet.value("A9")).toBe("09/2023-05/2024");
  });

  it("reads them by vi-VN rules: decimal comma, dot grouping, day before month", async () => {
    const excel = new ExcelDouble({ locale: "vi-VN" });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A5").values = [["1,10"], ["10.000.000"], ["1.10"], ["5/9/2022"], ["9/2022"]];
    });
    const sheet = excel.look("Sheet1");
    expect([sheet.value("A1"), sheet.text("A1")]).toEqual([1.1, "1,1"]);
    expect([sheet.value("A2"), sheet.text("A2")]).toEqual([10000000, "10.000.000"]);
    expect(sheet.value("A3")).toBe("1.10");
    expect([sheet.value("A4"), sheet.text("A4")]).toEqual([44809, "05/09/2022"]); // 5 September
    expect(sheet.value("A5")).toBe(44805);
  });

  it("keeps a string as written in a cell formatted as text, when the format is set first in the same batch", async () => {
    const excel = new ExcelDouble();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A3");
      range.numberFormat = [["@"], ["@"], ["@"]];
      range.values = [["=x"], ["1.10"], ["- Tham mưu"]];
    });
    const sheet = excel.look("Sheet1");
    expect([sheet.value("A1"), sheet.formula("A1"), sheet.value("A2"), sheet.value("A3")]).toEqual(["=x", null, "1.10", "- Tham mưu"]);
  });

  it("returns what was assigned, not what Excel made of it, when a property is read back before loading", async () => {
    const excel = new ExcelDouble();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [["1.10"]];
      expect(range.values).toEqual([["1.10"]]);
      await context.sync();
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([[1.1]]);
    });
  });

  it("fails at sync on an array of the wrong shape", async () => {
    const excel = new ExcelDouble();
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [["a", "b"]];
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument", debugInfo: { errorLocation: "Range.values" } });
  });

  it("leaves the writes queued before a failing one applied, as Excel does (so the adapter must check first)", async () => {
    const excel = new ExcelDouble({ sheets: ["Open", "Locked"] });
    excel.user.protect("Locked");
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Open").getRange("A1").values = [["written"]];
        context.workbook.worksheets.getItem("Locked").getRange("A1").values = [["refused"]];
        context.workbook.worksheets.getItem("Open").getRange("A2").values = [["dropped"]];
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect([excel.look("Open").value("A1"), excel.look("Locked").value("A1"), excel.look("Open").value("A2")]).toEqual(["written", null, null]);
  });

  it("lets a read-only workbook be edited (desktop Excel blocks only saving), unless it is open view-only", async () => {
    const excel = new ExcelDouble();
    excel.user.openReadOnly();
    await excel.run(async (context) => void (context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]]));
    expect(excel.look("Sheet1").value("A1")).toBe("x");
    excel.user.openReadOnly({ refusesWrites: true });
    await expect(excel.run(async (context) => void (context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["y"]]))).rejects.toMatchObject({ code: "AccessDenied" });
  });

  it("refuses adding, hiding or deleting a sheet when the workbook structure is protected, and says so when loaded", async () => {
    const excel = new ExcelDouble();
    excel.user.protectWorkbook();
    await expect(excel.run(async (context) => void context.workbook.worksheets.add("Mới"))).rejects.toMatchObject({ code: "AccessDenied", debugInfo: { errorLocation: "WorksheetCollection.add" } });
    await expect(excel.run(async (context) => void (context.workbook.worksheets.getItem("Sheet1").visibility = "Hidden" as Excel.SheetVisibility))).rejects.toMatchObject({ code: "AccessDenied" });
    const loaded = await excel.run(async (context) => {
      const protection = context.workbook.protection.load("protected");
      await context.sync();
      return protection.protected;
    });
    expect(loaded).toBe(true);
  });

  it("refuses a note on a cell holding a threaded comment (a cell holds one or the other), keeping what ran before", async () => {
    const excel = new ExcelDouble();
    excel.user.addComment("Sheet1", "B2", "Hỏi lại tổ chuyên môn");
    const attempt = excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B2").format.fill.color = "#FFC7CE";
      sheet.notes.add("B2", "KHCT [x]");
    });
    await expect(attempt).rejects.toMatchObject({ code: "InvalidOperation", debugInfo: { errorLocation: "NoteCollection.add" } });
    expect(excel.look("Sheet1").fill("B2")).toBe("#FFC7CE");
    const cells = await excel.run(async (context) => {
      const comments = context.workbook.worksheets.getItem("Sheet1").comments.load("items/id");
      await context.sync();
      const locations = comments.items.map((c) => c.getLocation().load("address"));
      await context.sync();
      return locations.map((l) => l.address);
    });
    expect(cells).toEqual(["Sheet1!B2"]);
  });

  it("refuses a request over 5 MB before running any of it, and fails a sync whose response passes 5 MB", async () => {
    const excel = new ExcelDouble();
    const big = Array.from({ length: 30_000 }, () => ["x".repeat(200)]);
    const write = excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("C1").values = [["first"]];
      sheet.getRange("A1:A30000").values = big;
    });
    await expect(write).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(excel.look("Sheet1").value("C1")).toBeNull();
    excel.sheet("Sheet1").ensure(0, 0).value = "y".repeat(30_000);
    for (let r = 1; r < 200; r++) excel.sheet("Sheet1").ensure(r, 0).value = "y".repeat(30_000);
    const read = excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A200").load("values,text");
      await context.sync();
    });
    await expect(read).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  it("gives null values for a read over 5,000,000 cells (or fails, as the quirk chosen)", async () => {
    const read = (excel: ExcelDouble) =>
      excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:E1048576").load("values");
        await context.sync();
        return range.values;
      });
    await expect(read(new ExcelDouble())).resolves.toBeNull();
    await expect(read(new ExcelDouble({ quirks: { overLimitRead: "error" } }))).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  it("fails getMergedAreasOrNullObject over 512 areas (or gives a null object), and can return only the areas whose top-left cell is in the range", async () => {
    const merged = (options: ConstructorParameters<typeof ExcelDouble>[0]) => {
      const excel = new ExcelDouble(options);
      for (let r = 1; r <= 600; r++) excel.user.merge("Sheet1", `A${r}:B${r}`);
      return excel.run(async (context) => {
        const areas = context.workbook.worksheets.getItem("Sheet1").getRange("B1:C600").getMergedAreasOrNullObject().load("areaCount");
        await context.sync();
        return areas.isNullObject ? null : areas.areaCount;
      });
    };
    await expect(merged({})).rejects.toMatchObject({ code: "InvalidOperation" });
    await expect(merged({ quirks: { tooManyMerges: "null" } })).resolves.toBeNull();
    await expect(merged({ quirks: { mergedAreas: "top-left" } })).resolves.toBeNull(); // B1:C600 holds no area's top-left cell
  });

  it("refuses a value written into a cell covered by a merged area (or drops it, as the quirk chosen); empty values pass", async () => {
    const write = (options: ConstructorParameters<typeof ExcelDouble>[0], values: string[][]) => {
      const excel = new ExcelDouble(options);
      excel.user.merge("Sheet1", "A1:B1");
      return excel.run(async (context) => void (context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1").values = values)).then(() => [excel.look("Sheet1").value("A1"), excel.look("Sheet1").value("B1"), excel.look("Sheet1").value("C1")]);
    };
    await expect(write({}, [["a", "b", "c"]])).rejects.toMatchObject({ code: "InvalidOperation", debugInfo: { errorLocation: "Range.values" } });
    await expect(write({}, [["a", "", "c"]])).resolves.toEqual(["a", null, "c"]);
    await expect(write({ quirks: { mergedWrite: "ignored" } }, [["a", "b", "c"]])).resolves.toEqual(["a", null, "c"]);
  });

  it("refuses everything while a cell is being edited", async () => {
    const excel = new ExcelDouble();
    excel.user.startEditingCell();
    await expect(excel.run(async (context) => void context.workbook.worksheets.load("items/name"))).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
  });

  it("answers isSetSupported for the Excel version chosen and fails newer APIs with ApiNotFound", async () => {
    const excel = new ExcelDouble({ version: "office-2019-volume" });
    expect([excel.isSetSupported("ExcelApi", "1.7"), excel.isSetSupported("ExcelApi", "1.8")]).toEqual([true, false]);
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").getMergedAreasOrNullObject().load("address");
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("has a used range by values and one by formats, which a formatted column makes a million rows tall", async () => {
    const excel = new ExcelDouble();
    excel.user.type("Sheet1", "B3", "x");
    excel.user.formatColumns("Sheet1", "D:D", "@");
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const byValues = sheet.getUsedRange(true).load("address");
      const byFormats = sheet.getUsedRange().load("address");
      await context.sync();
      expect([byValues.address, byFormats.address]).toEqual(["Sheet1!B3", "Sheet1!B:D"]);
      sheet.getUsedRange().load("values");
      await expect(context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    });
  });

  it("gives a null object for a sheet that does not exist, and refuses to navigate from it", async () => {
    const excel = new ExcelDouble();
    await excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      missing.load("name");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
    });
    await expect(excel.run(async (context) => void context.workbook.worksheets.getItemOrNullObject("Nope").getRange("A1").load("values"))).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("moves references to a sheet's rows when a user inserts or deletes rows", () => {
    const excel = new ExcelDouble({ sheets: ["Kế hoạch", "Data"] });
    excel.user.type("Kế hoạch", "C11", "Đạt mức 3");
    excel.sheet("Data").ensure(0, 0).formula = "='Kế hoạch'!C11";
    excel.user.insertRows("Kế hoạch", 5, 2);
    expect(excel.look("Data").formula("A1")).toBe("='Kế hoạch'!C13");
    expect(excel.look("Data").value("A1")).toBe("Đạt mức 3");
    excel.user.deleteRows("Kế hoạch", 13);
    expect(excel.look("Data").formula("A1")).toBe("='Kế hoạch'!#REF!");
  });
});
