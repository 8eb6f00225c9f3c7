/**
 * "Sửa tất cả lỗi loại này" (fix all of this kind) and "Hoàn tác" (undo) from the pane: one batch
 * each, with the same round trips for one fix and for twenty.
 */
import { validateInExcel } from "../../src/excel";
import { applyFixes, revertFixes, storeProfile } from "../../src/taskpane/operations";
import { installOfficeGlobals, type ExcelDouble } from "../double";
import { crit, plan2018, THPT_HEADER_MERGES } from "../fixtures/plans";
import { excelWith, inExcel } from "./helpers";

const CODES = ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6"];

let uninstall: () => void = () => undefined;
afterEach(() => uninstall());

/** A plan whose criterion cells were typed as standards ("Tiêu chuẩn 1.3"): one finding each, each with a fix. */
function office(count: number): ExcelDouble {
  const excel = excelWith(plan2018(CODES.slice(0, count).map((c) => crit(`Tiêu chuẩn ${c}`)), { merges: THPT_HEADER_MERGES }), { locale: "vi-VN" });
  uninstall = installOfficeGlobals(globalThis as unknown as Record<string, unknown>, excel);
  return excel;
}

async function fixAll(excel: ExcelDouble): Promise<{ trips: number; undoTrips: number; fixed: number }> {
  // KHCT's data sheet exists (its first write makes it, very hidden, in one more round trip outside Excel's undo group)
  await storeProfile({ schoolType: "thpt" });
  const { validation } = await inExcel(excel, (c, caps) => validateInExcel(c, caps));
  const kind = validation.diagnostics.filter((d) => d.rule === "criterion/standard-as-criterion" && d.fix);
  let fixed = 0;
  const trips = await excel.roundTripsOf(async () => (fixed = (await applyFixes(validation.sheet, kind)).length));
  expect(kind.map((d) => excel.look("Kế hoạch").value(d.fix!.cell))).toEqual(kind.map((d) => d.fix!.new));
  const ids = kind.map((_, i) => `F${i + 1}`);
  const undoTrips = await excel.roundTripsOf(() => revertFixes(ids));
  expect(kind.map((d) => excel.look("Kế hoạch").value(d.fix!.cell))).toEqual(kind.map((d) => d.fix!.old));
  return { trips, undoTrips, fixed };
}

describe("fixing all of a kind from the pane", () => {
  it("takes three round trips for twenty fixes as for one, and undoing them all four", async () => {
    const one = await fixAll(office(1));
    const twenty = await fixAll(office(20));
    expect(twenty.fixed).toBe(20);
    expect([twenty.trips, twenty.undoTrips]).toEqual([one.trips, one.undoTrips]);
    expect([one.trips, one.undoTrips]).toEqual([3, 4]);
  });

  it("writes nothing when one of the cells changed since the check", async () => {
    const excel = office(5);
    const { validation } = await inExcel(excel, (c, caps) => validateInExcel(c, caps));
    const kind = validation.diagnostics.filter((d) => d.fix);
    excel.user.type("Kế hoạch", kind[3].fix!.cell, "Tiêu chí 1.4 (đã sửa tay)");
    await expect(applyFixes(validation.sheet, kind)).rejects.toMatchObject({ kind: "fix-outdated" });
    expect(excel.look("Kế hoạch").value(kind[0].fix!.cell)).toBe(kind[0].fix!.old);
    expect(excel.sheetNames()).not.toContain("KHCT_DATA");
  });
});
