/**
 * The reader gives each sheet its notes (Excel's yellow notes, the comments part): a report refresh
 * moves them with their rows, so they must read as Excel shows them.
 */
import { readWorkbookBuffer as readAll } from "../../src/xlsx/read-workbook";
import { textCell, workbookParts, zipOf } from "../fixtures/hostile";
import { featuresWorkbook } from "./helpers";

/** The reader as `khct report` runs it: with the notes. */
const readWorkbookBuffer = (bytes: Uint8Array) => readAll(bytes, { notes: true });

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A one-sheet workbook whose sheet relates to the comments part `comments`. */
function withComments(comments: string): Promise<Buffer> {
  const parts = workbookParts([{ name: "Báo cáo", body: `<sheetData><row r="1">${textCell("A1", "Nội dung")}</row></sheetData>` }]);
  parts["xl/worksheets/_rels/sheet1.xml.rels"] =
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${OFFICE_RELS}/comments" Target="../comments1.xml"/></Relationships>`;
  parts["xl/comments1.xml"] = `<?xml version="1.0" encoding="UTF-8"?><x:comments xmlns:x="${MAIN_NS}">${comments}</x:comments>`;
  return zipOf(parts);
}

describe("the notes of a sheet", () => {
  it("reads a LibreOffice workbook's notes, sheet by sheet", async () => {
    const book = await readWorkbookBuffer(featuresWorkbook());
    expect(book.sheets.map((s) => [s.name, s.notes?.map((n) => [n.cell, n.text])])).toEqual([
      ["Kế hoạch", [["B2", "Mã tiêu chí gõ dạng chữ: 1.10"]]],
      ["Biểu đồ", undefined],
      ["Báo cáo", [["B2", "Ghi chú của cán bộ"]]],
      ["Danh mục", undefined],
    ]);
  });

  it("joins rich-text runs as Excel shows them, leaves phonetic runs out, names the author, and skips a note whose cell cannot be read", async () => {
    const bytes = await withComments(
      `<x:authors><x:author>Nguyễn Thị Lan</x:author><x:author>KHCT</x:author></x:authors><x:commentList>` +
        `<x:comment ref="h26" authorId="0"><x:text><x:r><x:rPr><x:b/></x:rPr><x:t>Nguyễn Thị Lan:</x:t></x:r><x:r><x:t xml:space="preserve">&#10;Cần bổ sung &amp; minh chứng_x000D_</x:t></x:r><x:rPh sb="0" eb="1"><x:t>ふりがな</x:t></x:rPh></x:text></x:comment>` +
        `<x:comment ref="$I$13" authorId="1"><x:text><x:t>KHCT: quá hạn</x:t></x:text></x:comment>` +
        `<x:comment ref="not a cell" authorId="1"><x:text><x:t>lạc</x:t></x:text></x:comment>` +
        `</x:commentList>`,
    );
    expect((await readWorkbookBuffer(bytes)).sheets[0].notes).toEqual([
      { cell: "H26", text: "Nguyễn Thị Lan:\nCần bổ sung & minh chứng\r", author: "Nguyễn Thị Lan" },
      { cell: "I13", text: "KHCT: quá hạn", author: "KHCT" },
    ]);
  });

  it("leaves out the stand-in Excel writes for a threaded comment (it lives in its own part), giving its cell apart", async () => {
    const bytes = await withComments(
      `<x:authors><x:author>tc={5B8A1F2C-0000-4C2B-9D9E-1A2B3C4D5E6F}</x:author><x:author>Lan</x:author></x:authors><x:commentList>` +
        `<x:comment ref="B2" authorId="0"><x:text><x:t>[Threaded comment]

Your version of Excel allows you to read this threaded comment…</x:t></x:text></x:comment>` +
        `<x:comment ref="C3" authorId="1"><x:text><x:t>Ghi chú thường</x:t></x:text></x:comment>` +
        `</x:commentList>`,
    );
    const [sheet] = (await readWorkbookBuffer(bytes)).sheets;
    expect(sheet.notes).toEqual([{ cell: "C3", text: "Ghi chú thường", author: "Lan" }]);
    expect(sheet.threadedComments).toEqual(["B2"]);
  });

  it("reads no notes unless asked (validate and the batch never use them)", async () => {
    expect((await readAll(featuresWorkbook())).sheets.map((s) => s.notes)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("gives a sheet without notes none", async () => {
    const parts = workbookParts([{ name: "Kế hoạch", body: `<sheetData><row r="1">${textCell("A1", "x")}</row></sheetData>` }]);
    expect((await readWorkbookBuffer(await zipOf(parts))).sheets[0].notes).toBeUndefined();
  });
});
