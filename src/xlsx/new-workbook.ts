/**
 * The parts of an empty workbook, for `writePatches(null, …)`: the patches' sheets are then added
 * to it exactly as they are added to a user's workbook. No theme and no document properties: Excel,
 * LibreOffice and exceljs open a workbook without them.
 */
import { OoxmlPackage } from "./ooxml-package";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const DECLARATION = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;

/**
 * Times New Roman 12 (the font of Vietnamese administrative documents, and the unit of column
 * widths: with it LibreOffice draws KHCT's columns exactly as wide as Excel does, see
 * core/measure/excel-geometry.ts), no fill (plus the gray125 fill Excel reserves), no border, one
 * cell format.
 */
export const DEFAULT_STYLES =
  DECLARATION +
  `<styleSheet xmlns="${MAIN_NS}">` +
  `<fonts count="1"><font><sz val="12"/><name val="Times New Roman"/><family val="1"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
  `</styleSheet>`;

export function emptyWorkbookPackage(): OoxmlPackage {
  return OoxmlPackage.fromParts({
    "[Content_Types].xml":
      DECLARATION +
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
      `</Types>`,
    "_rels/.rels":
      DECLARATION +
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>` +
      `</Relationships>`,
    "xl/workbook.xml":
      DECLARATION +
      `<workbook xmlns="${MAIN_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
      `<bookViews><workbookView activeTab="0"/></bookViews><sheets/><calcPr calcId="191029"/></workbook>`,
    "xl/_rels/workbook.xml.rels":
      DECLARATION +
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
      `</Relationships>`,
    "xl/styles.xml": DEFAULT_STYLES,
  });
}
