/**
 * word/document.xml → the document's blocks (document.ts), streamed through the XML parser. What
 * Word shows is what is read:
 *
 * - runs are joined, however formatting, proofing marks or bookmarks split a word;
 * - tracked changes: deleted and moved-away text (w:del, w:delText, w:moveFrom) is not text, a
 *   deleted table row is no row; inserted text is;
 * - fields: the result is text, the code is not (w:instrText); page numbers (PAGE, NUMPAGES,
 *   SECTIONPAGES) are left out, as they depend on where the page breaks fall;
 * - hidden text (w:vanish) is left out; content controls (w:sdt) are read through, except the
 *   placeholder a control shows while empty;
 * - text boxes, drawings and the fallback copy of alternate content are not read (their text is a
 *   drawing's, and Word keeps two copies of it);
 * - tabs and line breaks become "\t" and "\n"; a non-breaking hyphen "-"; a soft hyphen nothing.
 */
import { parseXml, type XmlElement } from "../ooxml/xml";
import type { DocBlock, DocCell, DocParagraph, DocRow, DocTable, Edges } from "./document";

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const W_STRICT_NS = "http://purl.oclc.org/ooxml/wordprocessingml/main";
const MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/** Elements whose whole content is not text. */
const SKIPPED = new Set(["del", "moveFrom", "delText", "delInstrText", "txbxContent", "drawing", "pict", "object", "sectPr", "footnoteReference", "endnoteReference", "commentReference", "rPrChange", "pPrChange", "tblPrChange", "trPrChange", "tcPrChange", "sectPrChange"]);
const EDGES = new Set(["top", "left", "bottom", "right", "start", "end", "insideH", "insideV"]);
const NOT_SPACE = /\S/;
const PAGE_FIELD = /^\s*(PAGE|NUMPAGES|SECTIONPAGES)\b/i;

/** "on" for a toggle property's w:val: absent, or anything but false. */
export function isOn(val: string | undefined): boolean {
  return val === undefined || !(val === "0" || val === "false" || val === "off" || val === "none");
}

/** A border edge whose w:val draws a line. */
export function edgeDrawn(val: string | undefined): boolean {
  return val !== undefined && val !== "nil" && val !== "none";
}

interface Field {
  code: string;
  result: boolean;
  page: boolean;
}

interface ParagraphState {
  parts: string[];
  /** some visible text, and some of it not bold */
  text: boolean;
  plain: boolean;
  center: boolean;
  heading: boolean;
}

interface RunState {
  bold: boolean;
  hidden: boolean;
}

/** Reads the body of word/document.xml into blocks. Throws XmlFormatError when the XML is malformed. */
export function parseBody(xml: string): DocBlock[] {
  const body: DocBlock[] = [];
  /** where blocks go: the body, or the innermost open cell */
  const containers: DocBlock[][] = [body];
  const tables: DocTable[] = [];
  const rows: (DocRow & { deleted: boolean })[] = [];
  const cells: DocCell[] = [];
  /** the property element being read, and the edges it collects */
  let props: "table" | "row" | "cell" | "paragraph" | "run" | undefined;
  let propsDepth = 0;
  let edges: Edges | undefined;
  let edgesDepth = 0;
  const startProps = (kind: typeof props) => {
    props = kind;
    propsDepth = depth;
  };
  const startEdges = (into: Edges) => {
    edges = into;
    edgesDepth = depth;
  };
  let paragraph: ParagraphState | undefined;
  let run: RunState | undefined;
  let inText = false;
  let inInstr = false;
  const fields: Field[] = [];
  /** content controls: whether each one shows its placeholder */
  const sdts: boolean[] = [];
  let skipDepth = 0;
  let depth = 0;
  let inBody = false;

  const showing = () => fields.length === 0 || fields.every((f) => f.result && !f.page);
  const emit = (text: string) => {
    if (!paragraph || !run || run.hidden || !showing()) return;
    paragraph.parts.push(text);
    if (!paragraph.plain && NOT_SPACE.test(text)) {
      paragraph.text = true;
      if (!run.bold) paragraph.plain = true;
    }
  };

  const open = (e: XmlElement) => {
    depth++;
    if (skipDepth) return;
    const { local, ns } = e;
    if (ns === MC_NS) {
      if (local === "Fallback") skipDepth = depth;
      return;
    }
    if (ns !== W_NS && ns !== W_STRICT_NS) return;
    if (!inBody) {
      if (local === "body") inBody = true;
      return;
    }
    // properties first: some share names with content elements (w:del, w:tab, w:vMerge …)
    if (props) {
      switch (props) {
        case "table":
          if (local === "tblStyle") tables[tables.length - 1].style = e.attr("val");
          else if (local === "tblBorders") startEdges(tables[tables.length - 1].edges);
          else if (edges && EDGES.has(local)) edges[local] = edgeDrawn(e.attr("val"));
          return;
        case "row": {
          const row = rows[rows.length - 1];
          if (local === "gridBefore") row.before = Number(e.attr("val")) || 0;
          else if (local === "gridAfter") row.after = Number(e.attr("val")) || 0;
          else if (local === "tblHeader") row.header = isOn(e.attr("val"));
          else if (local === "del") row.deleted = true;
          return;
        }
        case "cell": {
          const cell = cells[cells.length - 1];
          if (local === "gridSpan") cell.span = Math.max(1, Number(e.attr("val")) || 1);
          else if (local === "vMerge") cell.vMerge = e.attr("val") === "restart" ? "restart" : "continue";
          else if (local === "hMerge") cell.hMerge = e.attr("val") === "restart" ? "restart" : "continue";
          else if (local === "tcBorders") startEdges(cell.edges);
          else if (edges && EDGES.has(local)) edges[local] = edgeDrawn(e.attr("val"));
          return;
        }
        case "paragraph":
          if (local === "jc") paragraph!.center = e.attr("val") === "center";
          else if (local === "pStyle") paragraph!.heading = /^(heading|title|tieude|tiêu đề)/i.test(e.attr("val") ?? "");
          else if (SKIPPED.has(local)) skipDepth = depth;
          return;
        case "run":
          if (local === "b") run!.bold = isOn(e.attr("val"));
          else if (local === "vanish") run!.hidden = isOn(e.attr("val"));
          else if (SKIPPED.has(local)) skipDepth = depth;
          return;
      }
    }
    if (SKIPPED.has(local)) {
      skipDepth = depth;
      return;
    }
    switch (local) {
      case "tbl": {
        const table: DocTable = { kind: "table", columns: [], rows: [], edges: {} };
        containers[containers.length - 1].push(table);
        tables.push(table);
        return;
      }
      case "tblPr":
        startProps("table");
        return;
      case "gridCol":
        if (tables.length) tables[tables.length - 1].columns.push(Number(e.attr("w")) || 0);
        return;
      case "tr":
        rows.push({ cells: [], before: 0, after: 0, header: false, deleted: false });
        return;
      case "trPr":
        startProps("row");
        return;
      case "tc": {
        const cell: DocCell = { blocks: [], span: 1, edges: {} };
        cells.push(cell);
        containers.push(cell.blocks);
        return;
      }
      case "tcPr":
        startProps("cell");
        return;
      case "p":
        paragraph = { parts: [], text: false, plain: false, center: false, heading: false };
        return;
      case "pPr":
        startProps("paragraph");
        return;
      case "r":
        run = { bold: false, hidden: false };
        return;
      case "rPr":
        if (run) startProps("run");
        return;
      case "t":
        inText = true;
        return;
      case "instrText":
        inInstr = true;
        return;
      case "tab":
      case "ptab":
        if (run) emit("\t");
        return;
      case "br":
      case "cr":
        if (run) emit("\n");
        return;
      case "noBreakHyphen":
        if (run) emit("-");
        return;
      case "sym": {
        const char = e.attr("char");
        if (run && char) emit(String.fromCharCode(parseInt(char, 16) || 0x20));
        return;
      }
      case "fldChar": {
        const type = e.attr("fldCharType");
        if (type === "begin") fields.push({ code: "", result: false, page: false });
        else if (type === "separate" && fields.length) {
          const f = fields[fields.length - 1];
          f.result = true;
          f.page = PAGE_FIELD.test(f.code);
        } else if (type === "end") fields.pop();
        return;
      }
      case "fldSimple": {
        const code = e.attr("instr") ?? "";
        fields.push({ code, result: true, page: PAGE_FIELD.test(code) });
        return;
      }
      case "sdt":
        sdts.push(false);
        return;
      case "showingPlcHdr":
        if (sdts.length) sdts[sdts.length - 1] = isOn(e.attr("val"));
        return;
      case "sdtContent":
        if (sdts.length && sdts[sdts.length - 1]) skipDepth = depth;
        return;
    }
  };

  const close = (local: string, ns: string) => {
    if (skipDepth) {
      if (depth === skipDepth) skipDepth = 0;
      depth--;
      return;
    }
    if (edges && depth === edgesDepth) edges = undefined;
    if (props && depth === propsDepth) {
      props = undefined;
      depth--;
      return;
    }
    depth--;
    if (props || (ns !== W_NS && ns !== W_STRICT_NS)) return;
    switch (local) {
      case "tbl":
        tables.pop();
        return;
      case "tr": {
        const row = rows.pop()!;
        if (!row.deleted && tables.length) tables[tables.length - 1].rows.push({ cells: row.cells, before: row.before, after: row.after, header: row.header });
        return;
      }
      case "tc": {
        const cell = cells.pop()!;
        containers.pop();
        if (rows.length) rows[rows.length - 1].cells.push(cell);
        return;
      }
      case "p": {
        if (!paragraph) return;
        const p: DocParagraph = {
          kind: "paragraph",
          text: paragraph.parts.join(""),
          bold: paragraph.heading || (paragraph.text && !paragraph.plain),
          center: paragraph.center,
        };
        containers[containers.length - 1].push(p);
        paragraph = undefined;
        return;
      }
      case "r":
        run = undefined;
        return;
      case "t":
        inText = false;
        return;
      case "instrText":
        inInstr = false;
        return;
      case "fldSimple":
        fields.pop();
        return;
      case "sdt":
        sdts.pop();
        return;
      case "body":
        inBody = false;
        return;
    }
  };

  const text = (t: string) => {
    if (skipDepth) return;
    if (inText) emit(t);
    else if (inInstr && fields.length) fields[fields.length - 1].code += t;
  };

  parseXml(xml, { open, close, text });
  return body;
}
