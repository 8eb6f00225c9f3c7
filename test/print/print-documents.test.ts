/**
 * The documents a principal signs, printed as a school prints them: LibreOffice (Liberation Serif
 * standing in for Times New Roman) converts every plan and report KHCT makes to PDF — in one
 * soffice call — and each page is read back with pdftotext. For every standard set, an empty
 * template and one filled with long real texts (laid out by `khct layout`); the 2018 and TT57
 * reports, fresh and refreshed after staff typed long results. Three controls laid out badly on
 * purpose prove the checks catch what they look for. Skipped, saying so, where soffice or
 * pdftotext is missing (CI installs both: .ci/run).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import type { SheetPatch } from "../../src/core/sheet/patch";
import { buildTemplate } from "../../src/core/template/build-template";
import { resolveTemplate } from "../../src/core/template/options";
import { writePatches } from "../../src/xlsx/write-patches";
import { sofficeAvailable } from "../xlsx/helpers";
import { blankBands, headersPrinted, headersWithoutRows, pageNumbers, signatureSplit, wording } from "./check-pages";
import { buildDocuments, onlySheet, type PrintedDocument } from "./documents";
import { pdfPages, type PdfPage } from "./pdf-text";

const tools = sofficeAvailable() && spawnSync("pdftotext", ["-v"], { stdio: "ignore" }).status === 0;
const why = tools ? "" : " (SKIPPED: needs LibreOffice's soffice and poppler's pdftotext: apt-get install libreoffice-calc poppler-utils)";
if (!tools) console.warn(`Printing KHCT's documents${why}`);
const maybe = tools ? describe : describe.skip;

/** Converts every workbook to PDF in one soffice run (a private profile, so parallel runs do not collide). */
function printAll(dir: string, files: string[]): void {
  execFileSync("soffice", [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", join(dir, "pdf"), ...files], { stdio: "pipe", timeout: 600_000 });
}

const pdfOf = (dir: string, file: string) => join(dir, "pdf", basename(file).replace(/\.xlsx$/, ".pdf"));

/** The empty TT57 template, with its layout spoiled by `spoil`. */
async function control(dir: string, name: string, spoil: (p: SheetPatch) => SheetPatch): Promise<string> {
  const [plan, lists] = buildTemplate(resolveTemplate({ schoolType: "thcs", school: "THCS Văn Lang", year: "2026-2027" }, "2026-11-23")).sheets;
  const file = join(dir, `${name}.xlsx`);
  writeFileSync(file, (await writePatches(null, [spoil(plan), lists])).output);
  return file;
}

maybe(`Printing KHCT's documents through LibreOffice${why}`, () => {
  const dir = mkdtempSync(join(tmpdir(), "khct-print-"));
  let printed: { doc: PrintedDocument; pages: PdfPage[] }[] = [];
  const controls: Record<string, PdfPage[]> = {};
  const each = (check: (d: { doc: PrintedDocument; pages: PdfPage[] }) => string[]) => printed.flatMap((p) => check(p).map((problem) => `${p.doc.name}: ${problem}`));

  beforeAll(async () => {
    const docs = await buildDocuments(dir);
    const sectionRows = (p: SheetPatch) => p.blocks[0].values.flatMap((r, i) => (typeof r[0] === "string" && /^[IVX]+\. /.test(r[0]) ? [i] : []));
    const spoiled = {
      // the defect of the issue: section headings at the foot of tall rows
      "control-tall-headings": await control(dir, "control-tall-headings", (p) => ({ ...p, rowHeights: [...(p.rowHeights ?? []), ...sectionRows(p).map((row) => ({ row, height: 150 }))], print: { ...p.print!, pageBreaks: [] } })),
      // one table's header as print titles: it repeats above sections VI–VIII and the signature
      "control-print-titles": await control(dir, "control-print-titles", (p) => {
        const header = p.blocks[0].values.findIndex((r) => r[0] === "TT" && r.includes("Hoạt động/giải pháp"));
        return { ...p, print: { ...p.print!, repeatRows: `$${header + 1}:$${header + 1}`, pageBreaks: [] } };
      }),
    };
    // a report printed whole: its status and key columns show
    const report = docs.find((d) => d.name === "report-2018-refreshed")!;
    const wholeReport = join(dir, "control-whole-report.xlsx");
    const xml = readFileSync(report.file);
    writeFileSync(wholeReport, await onlySheet(await stripPrintArea(xml), "Báo cáo tiến độ - Cả năm học"));
    printAll(dir, [...docs.map((d) => d.file), ...Object.values(spoiled), wholeReport]);
    printed = docs.map((doc) => ({ doc, pages: pdfPages(pdfOf(dir, doc.file)) }));
    for (const [name, file] of Object.entries({ ...spoiled, "control-whole-report": wholeReport })) controls[name] = pdfPages(pdfOf(dir, file));
  }, 900_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("prints every document: the empty templates, the filled plans of every standard set, both reports fresh and refreshed", () => {
    expect(printed.map((p) => p.doc.name)).toEqual([
      "template-tt17-2018",
      "template-tt18-2018",
      "template-tt19-2018",
      "template-tt57-mam-non",
      "template-tt57-pho-thong",
      "template-tt57-gdtx",
      "plan-tt18-doc004",
      "plan-tt18-doc000",
      "plan-tt17-doc002",
      "plan-tt19-doc004",
      "plan-tt57-pho-thong",
      "plan-tt57-mam-non",
      "plan-tt57-gdtx",
      "report-2018-fresh",
      "report-2018-refreshed",
      "report-tt57-fresh",
      "report-tt57-refreshed",
    ]);
    for (const p of printed) expect(p.pages.length).toBeGreaterThan(0);
    // the empty TT57 form took 3 pages with its tall heading rows
    for (const p of printed.filter((x) => x.doc.name.startsWith("template-tt57"))) expect(p.pages.length).toBeLessThanOrEqual(2);
  });

  it("no page has a blank band taller than 4 text lines in its left half", () => {
    expect(each(({ pages }) => blankBands(pages))).toEqual([]);
    expect(blankBands(controls["control-tall-headings"]).length).toBeGreaterThan(3);
  });

  it("every printed table header has rows of its table under it, on the same page", () => {
    expect(each(({ doc, pages }) => [...headersPrinted(pages, doc.expect.tables), ...headersWithoutRows(pages, doc.expect.tables)])).toEqual([]);
    const tables = printed.find((p) => p.doc.name === "template-tt57-pho-thong")!.doc.expect.tables;
    expect(headersWithoutRows(controls["control-print-titles"], tables)).toEqual([expect.stringMatching(/^page 2: header "Hoạt động\/giải pháp" has no row/)]);
  });

  it("the signature block prints whole on the last page, with its recipients", () => {
    expect(each(({ doc, pages }) => signatureSplit(pages, doc.expect.signature))).toEqual([]);
  });

  it("pages are numbered at the top from page 2, as Nghị định 30/2020 asks", () => {
    expect(each(({ pages }) => pageNumbers(pages))).toEqual([]);
  });

  it("prints the documents' wording and no status or key column", () => {
    expect(each(({ doc, pages }) => wording(pages, doc.expect))).toEqual([]);
    expect(wording(controls["control-whole-report"], { present: [], absent: ["Trạng thái", "Mã dòng (KHCT)"] })).toContain('prints "Trạng thái"');
  });
});

/** The workbook without its print areas (what printing a report looked like before). */
async function stripPrintArea(xlsx: Buffer): Promise<Buffer> {
  const JSZip = (await import("jszip")).default;
  const zip = await JSZip.loadAsync(xlsx);
  const wb = await zip.file("xl/workbook.xml")!.async("string");
  zip.file("xl/workbook.xml", wb.replace(/<definedName name="_xlnm\.Print_Area"[^>]*>[^<]*<\/definedName>/g, ""));
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async("string");
    zip.file(name, xml.replace(/<col min="(\d+)" max="(\d+)"([^>]*?) hidden="1"/g, '<col min="$1" max="$2"$3'));
  }
  return zip.generateAsync({ type: "nodebuffer" });
}
