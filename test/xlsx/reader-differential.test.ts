/**
 * KHCT reads workbooks itself (src/xlsx/read-xlsx.ts: the zip, then the XML parser) instead of with
 * exceljs. Nothing a user sees may change: on every workbook the tests know — the committed files,
 * the grid fixtures as Excel-like writers save them, what `khct template`, `report`, `import` and
 * the batch summary write, the same after a LibreOffice save, and cells of every kind written part
 * by part — the new reader's snapshots equal the exceljs reader's (test/fixtures/exceljs-reader.ts),
 * value for value, text for text, formula for formula.
 *
 * Where exceljs read a cell wrongly the new reader reads it as Excel shows it; those few cases are
 * listed at the end, each with what Excel shows.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { summaryPatch } from "../../src/cli/batch/summary-sheet";
import { checkFile } from "../../src/cli/batch/check-file";
import { buildReport, reportSheetName } from "../../src/core/report/build-report";
import { validateWorkbook } from "../../src/core/validate/validate";
import { buildTemplate } from "../../src/core/template/build-template";
import { resolveTemplate } from "../../src/core/template/options";
import { importPatches } from "../../src/docx/import-patches";
import { readDocx } from "../../src/docx/read-docx";
import { readWorkbookBuffer } from "../../src/xlsx/read-workbook";
import { writePatches } from "../../src/xlsx/write-patches";
import { filledTemplate } from "../../bench/workbooks";
import { doc000 } from "../fixtures/documents/doc000";
import { doc002 } from "../fixtures/documents/doc002";
import { doc004 } from "../fixtures/documents/doc004";
import { evaluationWithPlan } from "../fixtures/evaluation/with-plan";
import { mistakesEvaluation } from "../fixtures/evaluation/mistakes";
import { oneColumnEvaluation } from "../fixtures/evaluation/one-column";
import { tt17Evaluation } from "../fixtures/evaluation/tt17";
import { tt18Evaluation } from "../fixtures/evaluation/tt18";
import { tt19Evaluation } from "../fixtures/evaluation/tt19";
import { tt57Evaluation } from "../fixtures/evaluation/tt57";
import { wordFixture } from "../fixtures/docx/word-plans";
import { readWithExcelJs } from "../fixtures/exceljs-reader";
import type { GridWorkbook } from "../fixtures/grid";
import { textCell, workbookParts, zipOf, type RawSheet } from "../fixtures/hostile";
import { crit, plan2018, taskRows, THPT_2023_HEADER, THPT_HEADER_MERGES } from "../fixtures/plans";
import { gridToXlsx } from "../fixtures/to-xlsx";
import { convertWithLibreOffice, featuresWorkbook, sofficeAvailable } from "./helpers";

const ROOT = join(__dirname, "..", "..");

/** The reader under test: KHCT's, as the CLI runs it (node:zlib inflating). */
const workbookSnapshotOf = readWorkbookBuffer;

/** A plan with cells of every kind a grid fixture holds: numbers, dates, formulas and their errors, text formats, merges. */
const KINDS: GridWorkbook = plan2018(
  [
    ["MỨC 2"],
    [1, "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"],
    crit("Tiêu chí 1.1", undefined, { budget: { value: "#REF!", formula: "=SUM(#REF!)" } }),
    crit({ value: 1.2, text: "1.2" }, undefined, { period: { value: 45200, numberFormat: "mm/yyyy" } }),
    crit({ value: "1.10", numberFormat: "@" }, undefined, { period: { value: 45231, numberFormat: "dd/mm/yyyy" }, budget: { value: 1500000, formula: "=500000*3", numberFormat: "#,##0" } }),
    crit("Tiêu chí 1.4", undefined, { lead: { value: "#NAME?", formula: "=-Hiệu trưởng" }, period: { value: 45292.5, numberFormat: "d-mmm-yy h:mm" } }),
    crit("Tiêu chí 1.5", { value: true }, { tasks: "Dòng một\nDòng hai\tcó tab", budget: { value: 0.25, numberFormat: "0%" } }),
    ...taskRows(60),
  ],
  { header: THPT_2023_HEADER, merges: [...THPT_HEADER_MERGES, "B12:B14"] },
);

const GRIDS: Record<string, GridWorkbook> = { doc000, doc002, doc004, tt17Evaluation, tt18Evaluation, tt19Evaluation, tt57Evaluation, mistakesEvaluation, oneColumnEvaluation, evaluationWithPlan, KINDS };

const SETS = ["tt17-2018", "tt18-2018", "tt19-2018", "tt57-2026-mam-non", "tt57-2026-pho-thong", "tt57-2026-gdtx"];

async function template(standardSet: string, criteria?: string): Promise<Buffer> {
  const plan = resolveTemplate({ standardSet, criteria, school: "Trường THPT Nguyễn Du" }, "2024-09-01");
  const [sheet, lists] = buildTemplate(plan).sheets;
  return (await writePatches(null, [sheet, lists])).output;
}

/** The report KHCT writes into the workbook (a refresh when `input` has one already). */
async function withReport(input: Buffer, period: "hk1" | "year" = "year"): Promise<Buffer> {
  const workbook = await readWithExcelJs(input);
  const v = validateWorkbook(workbook);
  const existing = workbook.sheets.find((s) => s.name === reportSheetName(period));
  const { patch } = buildReport({ plan: v.table!, detection: v.detection, period, date: "2024-03-15", existing });
  return (await writePatches(input, [{ ...patch, create: !existing }])).output;
}

async function imported(name: "doc000" | "doc002" | "doc004"): Promise<Buffer> {
  return (await writePatches(null, importPatches(readDocx(await wordFixture(name))))).output;
}

/** Every workbook KHCT's own writer makes, as the commands write them. */
const KHCT_WRITTEN: [string, () => Promise<Buffer>][] = [
  ...SETS.map((set): [string, () => Promise<Buffer>] => [`khct template --standard-set ${set}`, () => template(set)]),
  ["khct template --criteria none", () => template("tt18-2018", "none")],
  ["khct template --criteria 1.3,1.4 (TT57)", () => template("tt57-2026-pho-thong", "1.3,1.4")],
  ["a filled template (300 rows)", () => filledTemplate(300)],
  ["khct report on document 000", async () => withReport(await gridToXlsx(doc000))],
  ["khct report --period hk1 on document 004, then refreshed", async () => withReport(await withReport(await gridToXlsx(doc004), "hk1"), "hk1")],
  ["a plan added to a school's workbook (chart, images, notes, names), then its report", async () => withReport((await writePatches(featuresWorkbook(), buildTemplate(resolveTemplate({ standardSet: "tt18-2018" }, "2024-09-01")).sheets.map((s) => ({ ...s, create: true })))).output)],
  ["khct import of document 000 (Word)", () => imported("doc000")],
  ["khct import of document 002 (Word)", () => imported("doc002")],
  ["khct import of document 004 (Word)", () => imported("doc004")],
  [
    "the batch summary workbook",
    async () => {
      const results = await Promise.all([join(ROOT, "samples", "ke-hoach-thpt-mau.xlsx"), "/nonexistent.xlsx"].map((f) => checkFile(f, { lang: "vi" })));
      return (await writePatches(null, [summaryPatch(results, "vi")])).output;
    },
  ],
];

const FILES: [string, () => Promise<Buffer>][] = [
  ["samples/ke-hoach-thpt-mau.xlsx", async () => readFileSync(join(ROOT, "samples", "ke-hoach-thpt-mau.xlsx"))],
  ["test/fixtures/xlsx/features.xlsx (LibreOffice: chart, images, notes, dropdowns, names)", async () => featuresWorkbook()],
];

const GRID_FILES: [string, () => Promise<Buffer>][] = Object.entries(GRIDS).map(([name, book]) => [`${name} as exceljs writes it`, () => gridToXlsx(book)]);

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A workbook written part by part, with a shared-strings part, a styles part and edits to its parts. */
function partByPart(sheets: RawSheet[], more: { strings?: string[]; styles?: string; edit?: (parts: Record<string, string>) => void } = {}): Promise<Buffer> {
  const parts = workbookParts(sheets);
  const rels: string[] = [];
  if (more.strings) {
    parts["xl/sharedStrings.xml"] = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN_NS}" count="${more.strings.length}" uniqueCount="${more.strings.length}">${more.strings.join("")}</sst>`;
    rels.push(`<Relationship Id="rId90" Type="${OFFICE_RELS}/sharedStrings" Target="sharedStrings.xml"/>`);
  }
  if (more.styles) {
    parts["xl/styles.xml"] = `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN_NS}">${more.styles}</styleSheet>`;
    rels.push(`<Relationship Id="rId91" Type="${OFFICE_RELS}/styles" Target="styles.xml"/>`);
  }
  parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace("</Relationships>", `${rels.join("")}</Relationships>`);
  more.edit?.(parts);
  return zipOf(parts);
}

const DATE_STYLES =
  `<numFmts count="3"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="[$-42A]mmmm\\ yyyy"/><numFmt numFmtId="166" formatCode="#,##0&quot; đ&quot;"/></numFmts>` +
  `<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>` +
  `<cellXfs count="8"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="20"/><xf numFmtId="166"/><xf numFmtId="165"/><xf numFmtId="27"/><xf numFmtId="49"/></cellXfs>`;

const dateCells = (r: number) =>
  [
    `<c r="A${r}" s="1"><v>45200</v></c>`,
    `<c r="B${r}" s="2"><v>45231.75</v></c>`,
    `<c r="C${r}" s="3"><v>0.5</v></c>`,
    `<c r="D${r}" s="4"><v>1234.5</v></c>`,
    `<c r="E${r}" s="5"><v>45000</v></c>`,
    `<c r="F${r}" s="6"><v>45000</v></c>`,
    `<c r="G${r}" s="7"><v>12</v></c>`,
    `<c r="H${r}" s="0"><v>7</v></c>`,
    `<c r="I${r}"><v>1E-3</v></c>`,
    `<c r="J${r}" s="2"><f>A${r}+1</f><v>45201</v></c>`,
  ].join("");

const DATES: RawSheet = { name: "KH", body: `<sheetData><row r="1">${dateCells(1)}</row><row r="2" hidden="1">${dateCells(2)}</row></sheetData>` };

/** Cells of every kind, written part by part as Excel and other programs store them. */
const PART_BY_PART: [string, () => Promise<Buffer>][] = [
  [
    "shared strings: rich text runs, a phonetic guide, _x000D_ escapes, spaces kept, an empty string",
    () =>
      partByPart(
        [{ name: "KH", body: `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row><row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c><c r="C2" t="s" s="1"><v>1</v></c></row></sheetData>` }],
        {
          strings: [
            `<si><r><rPr><b/></rPr><t>Tiêu chí </t></r><r><t xml:space="preserve">1.1  </t></r></si>`,
            `<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1"/></si>`,
            `<si><t>Dòng một_x000D_\nDòng hai</t></si>`,
            `<si><t/></si>`,
            `<si><t xml:space="preserve">  Hiệu trưởng &amp; Phó hiệu trưởng  </t></si>`,
          ],
          styles: `<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="49" applyNumberFormat="1"/></cellXfs>`,
        },
      ),
  ],
  ["numbers, dates and times under built-in, custom and locale formats (1900 date system)", () => partByPart([DATES], { styles: DATE_STYLES })],
  ["the same in the 1904 date system", () => partByPart([DATES], { styles: DATE_STYLES, edit: (p) => (p["xl/workbook.xml"] = p["xl/workbook.xml"].replace("<sheets>", `<workbookPr date1904="1"/><sheets>`)) })],
  [
    "booleans, error values, formulas with number, text, boolean, error and missing results",
    () =>
      partByPart([
        {
          name: "KH",
          body:
            `<sheetData><row r="2"><c r="B2" t="b"><v>1</v></c><c r="C2" t="b"><v>0</v></c><c r="D2" t="e"><v>#N/A</v></c><c r="E2"><f>1+1</f><v>2</v></c>` +
            `<c r="F2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="G2" t="b"><f>TRUE()</f><v>1</v></c><c r="H2" t="e"><f>-Hiệu trưởng</f><v>#NAME?</v></c><c r="I2"><f>A1</f></c>` +
            `<c r="J2" t="str"><f>""</f><v></v></c></row></sheetData>`,
        },
      ]),
  ],
  [
    "inline strings, rich inline strings, cells only formatted, hidden rows with and without values",
    () =>
      partByPart([
        {
          name: "KH",
          body:
            `<sheetData><row r="3">${textCell("B3", "  Tiêu chí 1.1 ")}<c r="C3" t="inlineStr"><is><r><t>Đạt </t></r><r><rPr><i/></rPr><t>mức 2</t></r></is></c><c r="D3" s="3"/><c r="E3"/>` +
            `<c r="F3" t="inlineStr"><is><t></t></is></c></row><row r="5" hidden="1"><c r="A5" s="2"/></row><row r="6" hidden="true">${textCell("C6", "ẩn")}</row></sheetData>`,
        },
      ]),
  ],
  [
    "sheets hidden and very hidden, merged areas with values left inside them, a merge over whole columns, one that is no range",
    () =>
      partByPart(
        [
          { name: "Ẩn", hidden: true, body: `<sheetData><row r="1">${textCell("A1", "cũ")}</row></sheetData>` },
          {
            name: "Kế hoạch",
            body: `<sheetData><row r="1">${textCell("A1", "Tiêu đề")}${textCell("B1", "còn sót")}</row><row r="2">${textCell("A2", "a")}${textCell("K2", "k")}</row></sheetData><mergeCells count="3"><mergeCell ref="A1:B1"/><mergeCell ref=" k1:k1048576 "/><mergeCell ref="nonsense"/></mergeCells>`,
          },
          { name: "Rất ẩn", body: `<sheetData><row r="4">${textCell("D4", "x")}</row></sheetData>` },
        ],
        { edit: (p) => (p["xl/workbook.xml"] = p["xl/workbook.xml"].replace(`name="Rất ẩn" sheetId="3"`, `name="Rất ẩn" sheetId="3" state="veryHidden"`)) },
      ),
  ],
];

describe("the new reader reads every workbook as the exceljs reader did", () => {
  jest.setTimeout(60_000);

  it.each([...FILES, ...GRID_FILES, ...KHCT_WRITTEN, ...PART_BY_PART])("%s", async (_name, make) => {
    const bytes = await make();
    expect(await workbookSnapshotOf(bytes)).toStrictEqual(await readWithExcelJs(bytes));
  });

  (sofficeAvailable() ? it : it.skip)("the same workbooks after a LibreOffice save (shared strings, its styles and number formats)", async () => {
    for (const make of [() => template("tt18-2018"), async () => withReport(await gridToXlsx(doc000)), () => gridToXlsx(KINDS), () => imported("doc004")]) {
      const resaved = convertWithLibreOffice(await make(), "xlsx");
      expect(await workbookSnapshotOf(resaved)).toStrictEqual(await readWithExcelJs(resaved));
    }
  }, 180_000);
});

describe("where exceljs read a cell wrongly, the new reader reads what Excel shows", () => {
  const cell = async (body: string) => {
    const bytes = await partByPart([{ name: "KH", body: `<sheetData>${body}</sheetData>` }]);
    return { now: (await workbookSnapshotOf(bytes)).sheets[0], before: (await readWithExcelJs(bytes)).sheets[0] };
  };

  it("a formula filled down (a shared formula) is each cell's own formula, not the address of the first cell", async () => {
    const { now, before } = await cell(
      `<row r="1"><c r="A1"><f t="shared" ref="A1:A3" si="0">B1*2</f><v>2</v></c></row><row r="2"><c r="A2"><f t="shared" si="0"/><v>4</v></c></row>` +
        `<row r="3"><c r="A3" t="e"><f t="shared" si="0"/><v>#NAME?</v></c></row><row r="4"><c r="E4" t="e"><f t="shared" ref="E4:E5" si="1">-Hiệu trưởng</f><v>#NAME?</v></c></row><row r="5"><c r="E5" t="e"><f t="shared" si="1"/><v>#NAME?</v></c></row>`,
    );
    expect(now.formulas!.map((r) => r.filter(Boolean))).toEqual([["=B1*2"], ["=B2*2"], ["=B3*2"], ["=-Hiệu trưởng"], ["=-Hiệu trưởng"]]);
    expect(before.formulas!.map((r) => r.filter(Boolean))).toEqual([["=B1*2"], ["=A1"], ["=A1"], ["=-Hiệu trưởng"], ["=E4"]]);
    expect(now.values).toEqual(before.values);
  });

  it("a formula's text result holding '&amp;' is read once, not unescaped twice", async () => {
    const { now, before } = await cell(`<row r="1"><c r="A1" t="str"><f>"R&amp;amp;D"</f><v>R&amp;amp;D</v></c></row>`);
    expect(now.values).toEqual([["R&amp;D"]]);
    expect(before.values).toEqual([["R&D"]]);
  });
});
