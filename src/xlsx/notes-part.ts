/**
 * Notes (Excel's legacy comments) live in two parts: the text in a comments part
 * (`xl/commentsN.xml`) and the yellow boxes in a VML drawing (`xl/drawings/vmlDrawingN.vml`) that
 * the sheet points at with <legacyDrawing>. A sheet's notes that the patch does not write are kept
 * as they were in both parts; a note on a cell the patch writes a note for is replaced. The VML
 * drawing may also hold form controls (buttons, check boxes): those are kept too.
 *
 * VML from Excel is not always well-formed XML (`<br>`), so it is edited with patterns on its
 * <v:shape> elements, never parsed as a whole.
 */
import { a1 } from "../core/sheet/address";
import type { Note } from "../core/sheet/patch";
import { checkedArea } from "./sheet-data";
import { escapeText, textElement } from "./xml-escape";
import { appendChildren, attributes, editRoot, findChild, insertChildAt, joinElement, localName, prefixOf, qualify, replaceChildAt, splitElement, textContent, withChildren, type RawElement, type SplitElement } from "./xml-raw";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const DEFAULT_NOTE_AUTHOR = "KHCT";
/** Excel gives each VML drawing a block of 1024 shape ids (o:idmap); shape n of block b is _x0000_s{b·1024+n}. */
const SHAPES_PER_BLOCK = 1024;

export const EMPTY_COMMENTS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN_NS}"><authors></authors><commentList></commentList></comments>`;

/** A fresh VML drawing using shape-id block `block`. */
export function emptyVml(block: number): string {
  return (
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>` +
    NOTE_SHAPETYPE +
    `</xml>`
  );
}

const NOTE_SHAPETYPE =
  `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">` +
  `<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>`;

/** The shape-id blocks (o:idmap data) a VML drawing uses. */
export function vmlIdBlocks(vml: string): number[] {
  const blocks: number[] = [];
  for (const m of vml.matchAll(/<o:idmap\b[^>]*\bdata\s*=\s*["']([^"']*)["']/g)) {
    for (const n of m[1].split(",")) if (/^\s*\d+\s*$/.test(n)) blocks.push(Number(n));
  }
  return blocks;
}

/** A note's cell as "B2" (a range names its top-left cell). */
function noteCell(note: Note): { row: number; col: number; ref: string } {
  const area = checkedArea(note.cell);
  return { row: area.top, col: area.left, ref: a1(area.top, area.left) };
}

/** One note per cell: when a patch gives a cell two notes, the last one counts (Excel allows one). */
export function distinctNotes(notes: Note[]): Note[] {
  return [...new Map(notes.map((n) => [noteCell(n).ref, n] as const)).values()];
}

function normalizedRef(ref: string): string {
  return ref.replace(/\$/g, "").toUpperCase();
}

/** The comments part with `notes` written in: other notes kept, a note on the same cell replaced, the notes on the cells `removed` deleted. */
export function mergeComments(xml: string, notes: Note[], removed: string[] = []): string {
  const refs = new Set([...notes.map(noteCell), ...removed.map((cell) => noteCell({ cell, text: "" }))].map((c) => c.ref));
  return editRoot(xml, (rootRaw) => {
    const root = splitElement(rootRaw);
    const q = (name: string) => qualify(prefixOf(root.qname), name);
    const authorsEl = findChild(root.children, "authors");
    const listEl = findChild(root.children, "commentList");
    let authors: SplitElement = splitElement(authorsEl?.raw ?? `<${q("authors")}></${q("authors")}>`);
    const names = authors.children.filter((c) => localName(c.qname) === "author").map((c) => textContent(c.raw));
    const authorId = (name: string) => {
      let i = names.indexOf(name);
      if (i < 0) {
        i = names.push(name) - 1;
        authors = appendChildren(authors, [{ qname: q("author"), raw: `<${q("author")}>${escapeText(name)}</${q("author")}>` }]);
      }
      return i;
    };
    let list: SplitElement = splitElement(listEl?.raw ?? `<${q("commentList")}></${q("commentList")}>`);
    list = withChildren(list, list.children.filter((c) => !refs.has(normalizedRef(attributes(c.raw).get("ref") ?? ""))));
    const added = notes.map((note) => {
      const { ref } = noteCell(note);
      const id = authorId(note.author ?? DEFAULT_NOTE_AUTHOR);
      return { qname: q("comment"), raw: `<${q("comment")} ref="${ref}" authorId="${id}"><${q("text")}><${q("r")}>${textElement(note.text, prefixOf(root.qname))}</${q("r")}></${q("text")}></${q("comment")}>` };
    });
    list = appendChildren(list, added);
    return joinElement(
      putChild(putChild(root, "authors", { qname: authors.qname, raw: joinElement(authors) }, 0), "commentList", { qname: list.qname, raw: joinElement(list) }, 1),
    );
  });
}

/** Replaces the child named `name`, or inserts `child` at `index` when there is none. */
function putChild(e: SplitElement, name: string, child: RawElement, index: number): SplitElement {
  const at = e.children.findIndex((c) => localName(c.qname) === name);
  return at >= 0 ? replaceChildAt(e, at, child) : insertChildAt(e, Math.min(index, e.children.length), child);
}

/** The VML drawing with a note box for each of `notes`; boxes of replaced notes and of the cells `removed` deleted, everything else kept. */
export function mergeVmlNotes(vml: string, notes: Note[], removed: string[] = []): string {
  const cells = notes.map(noteCell);
  const replaced = new Set([...cells, ...removed.map((cell) => noteCell({ cell, text: "" }))].map((c) => `${c.row},${c.col}`));
  let out = vml.replace(/<v:shape\b[\s\S]*?<\/v:shape>/g, (shape) => {
    if (!/ObjectType\s*=\s*["']Note["']/.test(shape)) return shape;
    const row = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(shape)?.[1];
    const col = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(shape)?.[1];
    return replaced.has(`${row},${col}`) ? "" : shape;
  });
  out = withVmlNamespaces(out);
  if (!/<v:shapetype\b[^>]*\bid\s*=\s*["']_x0000_t202["']/.test(out)) out = insertBeforeVmlEnd(out, NOTE_SHAPETYPE);
  const block = vmlIdBlocks(out)[0] ?? 1;
  const usedIds = [...out.matchAll(/_x0000_s(\d+)/g)].map((m) => Number(m[1]));
  let next = Math.max(block * SHAPES_PER_BLOCK, ...usedIds) + 1;
  const shapes = cells.map((c) => noteShape(next++, c.row, c.col)).join("");
  return insertBeforeVmlEnd(out, shapes);
}

function withVmlNamespaces(vml: string): string {
  const declarations: Record<string, string> = {
    "xmlns:v": "urn:schemas-microsoft-com:vml",
    "xmlns:o": "urn:schemas-microsoft-com:office:office",
    "xmlns:x": "urn:schemas-microsoft-com:office:excel",
  };
  return vml.replace(/<xml\b[^>]*>/, (tag) => {
    let t = tag;
    for (const [name, uri] of Object.entries(declarations)) {
      if (!new RegExp(`\\s${name}\\s*=`).test(t)) t = t.replace(/>$/, ` ${name}="${uri}">`);
    }
    return t;
  });
}

function insertBeforeVmlEnd(vml: string, xml: string): string {
  const end = vml.lastIndexOf("</xml>");
  return end < 0 ? vml + xml : vml.slice(0, end) + xml + vml.slice(end);
}

/** A hidden yellow note box anchored next to its cell, as Excel draws one. */
function noteShape(id: number, row: number, col: number): string {
  const anchor = [col + 1, 15, Math.max(row - 1, 0), 10, col + 3, 15, row + 3, 4].join(", ");
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:${id % SHAPES_PER_BLOCK};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    `<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>` +
    `<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill>` +
    `<x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
  );
}
