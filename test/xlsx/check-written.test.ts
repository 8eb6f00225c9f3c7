/**
 * The check `khct report` makes of the workbook it wrote, instead of reading it all again: it passes
 * what the writer makes, and refuses a file damaged in any of the ways a writer could damage it.
 */
import type { SheetPatch } from "../../src/core/sheet/patch";
import { checkWrittenWorkbook } from "../../src/xlsx/check-written";
import { OoxmlPackage } from "../../src/xlsx/ooxml-package";
import { readZipDirectory } from "../../src/ooxml/zip-directory";
import { writePatches } from "../../src/xlsx/write-patches";

const PLAN: SheetPatch = {
  sheet: "Kế hoạch",
  blocks: [{ top: 0, left: 0, values: [["TT", "Tiêu chí", "Công việc"], [1, "Tiêu chí 1.1", "Rà soát kế hoạch & <quy chế>"]] }],
  styles: [{ range: "A1:C1", style: { font: { bold: true }, border: "thin" } }],
};

/** A report sheet with texts the plan does not have (so shared strings are written too). */
const REPORT: SheetPatch = { sheet: "Báo cáo", create: true, blocks: [{ top: 0, left: 0, values: [["Kết quả thực hiện"], ["Đã hoàn thành đúng tiến độ"]] }] };

async function plan(): Promise<Buffer> {
  return (await writePatches(null, [PLAN])).output;
}

describe("checkWrittenWorkbook", () => {
  it("passes a new workbook and a sheet added to a user's workbook, naming the parts written", async () => {
    const first = await writePatches(null, [PLAN]);
    expect(() => checkWrittenWorkbook(first.output, first.parts)).not.toThrow();
    const added = await writePatches(first.output, [REPORT]);
    expect(added.parts).toEqual(expect.arrayContaining(["xl/workbook.xml", "xl/sharedStrings.xml"]));
    expect(added.parts.some((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))).toBe(true);
    expect(() => checkWrittenWorkbook(added.output, added.parts)).not.toThrow();
  });

  it("refuses a part whose compressed bytes were damaged", async () => {
    const { output, parts } = await writePatches(await plan(), [REPORT]);
    const strings = readZipDirectory(output).entries.find((e) => e.name === "xl/sharedStrings.xml")!;
    const damaged = Buffer.from(output);
    const dataStart = strings.localHeaderOffset + 30 + damaged.readUInt16LE(strings.localHeaderOffset + 26) + damaged.readUInt16LE(strings.localHeaderOffset + 28);
    for (let i = 0; i < 8; i++) damaged[dataStart + Math.floor(strings.compressedSize / 2) + i] ^= 0x5a;
    expect(() => checkWrittenWorkbook(damaged, parts)).toThrow();
  });

  it("refuses a truncated file, a directory pointing at the wrong place, and a part missing", async () => {
    const { output, parts } = await writePatches(null, [PLAN]);
    expect(() => checkWrittenWorkbook(output.subarray(0, output.length - 40), parts)).toThrow();
    const moved = Buffer.from(output);
    const first = readZipDirectory(output).entries[1];
    moved.writeUInt32LE(first.localHeaderOffset + 3, first.centralStart + 42);
    expect(() => checkWrittenWorkbook(moved, parts)).toThrow();
    expect(() => checkWrittenWorkbook(output, [...parts, "xl/worksheets/sheet9.xml"])).toThrow(/missing/);
  });

  it("refuses a written part that is not well-formed XML", async () => {
    const pkg = await OoxmlPackage.load(await plan());
    pkg.writeText("xl/workbook.xml", '<?xml version="1.0"?><workbook><sheets><sheet name="a"/></workbook>');
    const bytes = await pkg.toBuffer();
    expect(() => checkWrittenWorkbook(bytes, pkg.writtenParts())).toThrow();
    for (const broken of ['<workbook a="1" a="2"/>', "<workbook>&nbsp;</workbook>", "<workbook><x></workbook>", "<workbook/><more/>", "<workbook>"]) {
      pkg.writeText("xl/workbook.xml", broken);
      const written = await pkg.toBuffer();
      expect(() => checkWrittenWorkbook(written, pkg.writtenParts())).toThrow(/./);
    }
  });
});
