/**
 * The report as another spreadsheet sees it: LibreOffice recalculates the summary from the cells
 * (cached values removed first, so it must) and gets the values KHCT cached; the plan and the
 * report convert to PDF. Skipped, saying so, where soffice is missing (CI installs it).
 */
import JSZip from "jszip";
import { buildReport } from "../../src/core/report/build-report";
import { applyPatchToSnapshot } from "../../src/core/sheet/apply";
import { isFormulaValue } from "../../src/core/sheet/patch";
import { buildTemplate } from "../../src/core/template/build-template";
import { resolveTemplate } from "../../src/core/template/options";
import { validateWorkbook } from "../../src/core/validate/validate";
import { writePatches } from "../../src/xlsx/write-patches";
import { doc000 } from "../fixtures/documents/doc000";
import { workbookSnapshot } from "../fixtures/to-snapshot";
import { convertWithLibreOffice, sofficeAvailable } from "./helpers";

const soffice = sofficeAvailable();
if (!soffice) console.warn("soffice not found: LibreOffice report tests skipped (CI installs LibreOffice)");
const maybe = soffice ? describe : describe.skip;

/** The same workbook with every formula's cached value removed. */
async function withoutCachedValues(xlsx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async("string");
    zip.file(name, xml.replace(/(<c\b[^>]*?)\s+t="[^"]*"([^>]*>\s*<f>[\s\S]*?<\/f>)\s*<v>[\s\S]*?<\/v>/g, "$1$2").replace(/(<f>[\s\S]*?<\/f>)\s*<v>[\s\S]*?<\/v>/g, "$1"));
  }
  return zip.generateAsync({ type: "nodebuffer" });
}

/**
 * The values LibreOffice computed for the formula cells of the first sheet, by "row:col" (0-based).
 * Read from the XML: exceljs drops a formula's cached result when it is 0.
 */
async function computedValues(xlsx: Buffer): Promise<Map<string, number | string>> {
  const zip = await JSZip.loadAsync(xlsx);
  const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  const out = new Map<string, number | string>();
  for (const m of xml.matchAll(/<c r="([A-Z]+)(\d+)"[^>]*?(?:t="([a-z]+)")?[^>]*>\s*<f[^>]*>[\s\S]*?<\/f>\s*<v>([\s\S]*?)<\/v>/g)) {
    const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    out.set(`${Number(m[2]) - 1}:${col}`, m[3] === "str" || m[3] === "e" ? m[4] : Number(m[4]));
  }
  return out;
}

maybe("the report in LibreOffice", () => {
  const v = validateWorkbook(workbookSnapshot(doc000));
  const first = buildReport({ plan: v.table!, detection: v.detection, period: "year", date: "2024-03-01" });
  // staff set a few statuses and results, then the report is refreshed
  const typed = applyPatchToSnapshot(null, first.patch);
  const key = (k: string) => typed.values.findIndex((r) => r[9] === k);
  typed.values[key("1.2#1")][4] = "Đã kiện toàn các hội đồng";
  typed.values[key("1.7#1")][8] = "Chậm tiến độ";
  typed.values[key("3.1#1")][8] = "Không thực hiện";
  typed.values[key("5.3#1")][5] = "Đang phối hợp sưu tầm tư liệu";
  const { patch } = buildReport({ plan: v.table!, detection: v.detection, period: "year", date: "2024-03-01", existing: typed });

  it("recalculates every summary formula to the value KHCT cached", async () => {
    const cached = new Map<string, number | string>();
    patch.blocks[0].values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (isFormulaValue(value)) cached.set(`${r}:${c}`, value.cached);
      }),
    );
    expect(cached.size).toBeGreaterThan(20);
    const { output } = await writePatches(null, [patch]);
    const recalculated = await computedValues(convertWithLibreOffice(await withoutCachedValues(output), "xlsx"));
    const seen = [...cached.keys()].map((k) => {
      const v = recalculated.get(k);
      return [k, typeof v === "number" ? Math.round(v * 1e6) / 1e6 : v];
    });
    expect(seen).toEqual([...cached.entries()].map(([k, v]) => [k, typeof v === "number" ? Math.round(v * 1e6) / 1e6 : v]));
    expect([...cached.values()].filter((x) => Number.isInteger(x)).slice(0, 5)).toEqual([11, 1, 2, 7, 1]); // total, done, in progress, not started, dropped
  }, 180_000);

  it("prints the plan template and the report to PDF", async () => {
    const template = buildTemplate(resolveTemplate({ standardSet: "tt18-2018", school: "THPT Nguyễn Du", year: "2025-2026" }, "2025-09-01")).sheets;
    const { output: planXlsx } = await writePatches(null, template);
    const { output: both } = await writePatches(planXlsx, [{ ...patch, create: true }]);
    const pdf = convertWithLibreOffice(both, "pdf");
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(10_000);
  }, 180_000);
});
