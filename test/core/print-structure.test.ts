/** Where the layout step may break a page in TT57's form: never between a section's heading and its table, never inside a short table. */
import { layoutSheet } from "../../src/core/print/layout-sheet";
import { KHCT_WORKBOOK_FONT, looksOfPatch } from "../../src/core/print/looks";
import { applyPatchToSnapshot } from "../../src/core/sheet/apply";
import { buildTemplate } from "../../src/core/template/build-template";
import { resolveTemplate } from "../../src/core/template/options";

const req = { schoolType: "thpt" as const, school: "THPT Nguyễn Du", governingBody: "SỞ GIÁO DỤC VÀ ĐÀO TẠO TP. HỒ CHÍ MINH", criteria: "mandatory", year: "2026-2027", place: "Quận 10", signer: { name: "Trần Văn An" } };

describe("TT57's section VI on a page break", () => {
  it("its heading, its lead-in line and its two-row monitoring table print on one page", () => {
    const [plan] = buildTemplate(resolveTemplate(req, "2026-11-23")).sheets;
    const snapshot = applyPatchToSnapshot(null, plan);
    const { pages } = layoutSheet(snapshot, looksOfPatch(plan, KHCT_WORKBOOK_FONT));
    const rowOf = (start: string) => snapshot.values.findIndex((r) => typeof r[0] === "string" && r[0].startsWith(start));
    const heading = rowOf("VI.");
    const lastRow = rowOf("Cuối năm học");
    const pageOf = (row: number) => pages.findIndex(([first, last]) => row >= first && row <= last);
    expect(pages.length).toBeGreaterThan(1);
    expect(heading).toBeGreaterThan(0);
    expect(pageOf(heading)).toBe(pageOf(lastRow));
    for (let r = heading; r <= lastRow; r++) expect(pageOf(r)).toBe(pageOf(heading));
  });
});
