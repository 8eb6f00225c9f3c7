/**
 * A Word document from plain data, built with the `docx` package (no XML written by hand): A4
 * sections in portrait or landscape, Times New Roman, lines of text, borderless two-sided blocks
 * (the administrative header, the signature) and tables with their merges and repeated header
 * rows, page numbers centred at the top from the second page on (Nghị định 30/2020/NĐ-CP).
 * Node only (the CLI's export; the test fixtures): the task pane never loads it.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
  type ISectionOptions,
} from "docx";
import type { Area } from "../core/sheet/address";

export const WORD_FONT = "Times New Roman";

export interface WordLine {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  align?: "left" | "center" | "right" | "justify";
  /** points; the document's size by default */
  size?: number;
  /** printed on the same page as what follows (a heading, a line leading into a table) */
  keepNext?: boolean;
}

/** Text split into runs where a caller wants them (a fixture's runs split mid-word); one run by default. */
export type Runs = (text: string) => string[];

export interface WordTable {
  kind: "table";
  /** the grid's cells, row by row; "\n" starts a new paragraph in a cell */
  rows: (string | null)[][];
  /** merged areas, 0-based in the grid */
  merges: Area[];
  /** the first rows, repeated at the top of each page */
  headerRows: number;
  /** rows set in bold (header, groups, standards) */
  boldRows?: Set<number>;
  /** relative widths of the columns */
  weights: number[];
  /** points */
  size?: number;
  /** printed whole on one page (a short table) */
  keepTogether?: boolean;
}

/** A borderless two-column block: the administrative header, the signature. */
export interface WordSides {
  kind: "sides";
  left: WordLine[];
  right: WordLine[];
  /** the left column's share of the width */
  split?: number;
}

export type WordBlock = ({ kind: "line" } & WordLine) | WordTable | WordSides;

export interface WordSection {
  landscape: boolean;
  blocks: WordBlock[];
}

export interface WordDocumentSpec {
  sections: WordSection[];
  /** points */
  size?: number;
  title?: string;
  runs?: Runs;
}

/** A4 in twips, and the margins of Nghị định 30/2020: top and bottom 20 mm, left 30 mm, right 15 mm. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: 1134, bottom: 1134, left: 1701, right: 851 };
const NO_BORDERS = TableBorders.NONE;
const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const ALL_LINES = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED } as const;

/** The width text may take on a page of this orientation, in twips. */
export function contentWidth(landscape: boolean): number {
  return (landscape ? A4.height : A4.width) - MARGIN.left - MARGIN.right;
}

function paragraph(line: WordLine, runs: Runs, spacingAfter = 60): Paragraph {
  const pieces = line.text === "" ? [] : runs(line.text);
  return new Paragraph({
    alignment: ALIGN[line.align ?? "left"],
    spacing: { before: 0, after: spacingAfter },
    keepNext: line.keepNext,
    children: pieces.map((t) => new TextRun({ text: t, bold: line.bold, italics: line.italic, underline: line.underline ? {} : undefined, size: line.size ? line.size * 2 : undefined })),
  });
}

/** The narrowest column: "TT" in bold 12 pt with the cell's margins, on one line. */
const MIN_COLUMN = 620;

/** Column widths in twips filling `total`, in proportion to the weights, none narrower than MIN_COLUMN. */
function widths(weights: number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const narrow = weights.map((w) => (w / sum) * total < MIN_COLUMN);
  const rest = total - MIN_COLUMN * narrow.filter(Boolean).length;
  const wide = weights.reduce((n, w, i) => (narrow[i] ? n : n + w), 0) || 1;
  return weights.map((w, i) => (narrow[i] ? MIN_COLUMN : Math.floor((w / wide) * rest)));
}

/** A data table: each merged area one cell (w:gridSpan across, w:vMerge down), header rows repeated. */
function table(t: WordTable, width: number, runs: Runs): Table {
  const columns = widths(t.weights, width);
  const height = t.rows.length;
  const areaAt = new Map<number, Area>();
  for (const m of t.merges) for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) areaAt.set(r * 16384 + c, m);
  const rows: TableRow[] = [];
  for (let r = 0; r < height; r++) {
    const cells: TableCell[] = [];
    for (let c = 0; c < columns.length; ) {
      const m = areaAt.get(r * 16384 + c);
      const span = m ? m.right - m.left + 1 : 1;
      const first = !m || m.top === r;
      const text = first ? (t.rows[r][c] ?? "") : "";
      const bold = r < t.headerRows || t.boldRows?.has(r);
      // a short table stays on one page: each row's text keeps with the next row
      const keepNext = t.keepTogether && r < height - 1 ? true : undefined;
      const lines = text.split("\n").map((s) => paragraph({ text: s, bold, size: t.size, align: r < t.headerRows ? "center" : "left", keepNext }, runs, 0));
      cells.push(
        new TableCell({
          children: lines,
          columnSpan: span > 1 ? span : undefined,
          verticalMerge: m && m.bottom > m.top ? (first ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE) : undefined,
          width: { size: columns.slice(c, c + span).reduce((a, b) => a + b, 0), type: WidthType.DXA },
          verticalAlign: r < t.headerRows ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
        }),
      );
      c += span;
    }
    // a row never splits across pages (a criterion's title and its tasks print together)
    rows.push(new TableRow({ children: cells, tableHeader: r < t.headerRows ? true : undefined, cantSplit: true }));
  }
  return new Table({
    rows,
    columnWidths: columns,
    width: { size: columns.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: ALL_LINES,
  });
}

/** Two borderless columns of centred lines. */
function sides(s: WordSides, width: number, runs: Runs): Table {
  const left = Math.floor(width * (s.split ?? 0.42));
  const column = (lines: WordLine[], w: number) =>
    new TableCell({
      children: lines.length ? lines.map((l) => paragraph({ align: "center", ...l }, runs, 0)) : [new Paragraph({})],
      width: { size: w, type: WidthType.DXA },
      borders: NO_BORDERS,
    });
  return new Table({
    // a signature never splits across pages: the row moves to the next page whole
    rows: [new TableRow({ children: [column(s.left, left), column(s.right, width - left)], cantSplit: true })],
    columnWidths: [left, width - left],
    width: { size: width, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
  });
}

function pageNumberHeader(): Header {
  return new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] });
}

export function buildWordDocument(spec: WordDocumentSpec): Document {
  const runs = spec.runs ?? ((t: string) => [t]);
  const sections: ISectionOptions[] = spec.sections.map((section, i) => {
    const width = contentWidth(section.landscape);
    const children: (Paragraph | Table)[] = [];
    for (const block of section.blocks) {
      if (block.kind === "line") children.push(paragraph(block, runs));
      else if (block.kind === "table") children.push(table(block, width, runs));
      else children.push(sides(block, width, runs));
      // Word joins two tables that touch: a paragraph keeps them apart
      if (block.kind !== "line") children.push(new Paragraph({ spacing: { before: 0, after: 0 } }));
    }
    return {
      properties: {
        page: {
          size: { ...A4, orientation: section.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
          margin: MARGIN,
        },
        titlePage: i === 0,
      },
      headers: i === 0 ? { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({})] }) } : { default: pageNumberHeader() },
      children,
    };
  });
  const font = { ascii: WORD_FONT, hAnsi: WORD_FONT, cs: WORD_FONT, eastAsia: WORD_FONT };
  return new Document({
    title: spec.title,
    creator: "KHCT",
    styles: { default: { document: { run: { font, size: (spec.size ?? 13) * 2 } } } },
    sections,
  });
}

/** The document as .docx bytes. */
export async function wordBytes(spec: WordDocumentSpec): Promise<Buffer> {
  return Packer.toBuffer(buildWordDocument(spec));
}
