/**
 * `xl/styles.xml`: the cell formats a patch needs, appended after the workbook's own. Existing
 * fonts, fills, borders, number formats and cell formats keep their indexes (cells of other sheets
 * point at them); an entry identical to one already there is reused, so writing the same report
 * twice does not grow the file.
 */
import { GENERAL_FORMAT, type CellInput } from "../core/sheet/cell-input";
import type { Style } from "../core/sheet/patch";
import { escapeAttribute } from "./xml-escape";
import { appendChildren, attribute, editRoot, insertChildAt, joinElement, localName, parseDocument, prefixOf, qualify, replaceChildAt, splitElement, withAttributes, type SplitElement } from "./xml-raw";

/** Children of <styleSheet>, in the order the schema requires. */
const STYLESHEET_ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

/** Number formats every spreadsheet program knows by id; anything else becomes a custom numFmt (id ≥ 164). */
const BUILT_IN_FORMATS: Record<string, number> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10, "0.00E+00": 11, "@": 49 };

/** One list of styleSheet entries (fonts, fills …): the existing ones as written, then those KHCT adds. */
class EntryList {
  readonly added: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(readonly existing: string[]) {
    existing.forEach((raw, i) => {
      if (!this.index.has(raw)) this.index.set(raw, i);
    });
  }

  /** The index of an entry with exactly this XML, appending it if there is none. */
  indexOf(raw: string): number {
    const found = this.index.get(raw);
    if (found !== undefined) return found;
    const i = this.existing.length + this.added.length;
    this.added.push(raw);
    this.index.set(raw, i);
    return i;
  }
}

/** The key of cells without a style in StylesPart's memo by object. */
const NO_STYLE: Style = {};

interface DefaultFont {
  name?: string;
  size?: string;
}

export class StylesPart {
  private readonly prefix: string;
  private readonly lists: Record<"fonts" | "fills" | "borders" | "cellXfs", EntryList>;
  private readonly numFmts = new Map<string, number>();
  private readonly addedNumFmts: { id: number; code: string }[] = [];
  private nextNumFmtId: number;
  private readonly defaultFont: DefaultFont;
  private readonly hasCellStyleXfs: boolean;
  private readonly memo = new Map<string, number>();
  /** format indexes by style object, then by quote prefix and number format ("1@", "0#,##0") */
  private readonly byObject = new WeakMap<Style, Map<string, number>>();

  constructor(private readonly xml: string) {
    const root = splitElement(parseDocument(xml).root);
    this.prefix = prefixOf(root.qname);
    const entries = (name: string) => {
      const container = root.children.find((c) => localName(c.qname) === name);
      return container ? splitElement(container.raw).children.map((c) => c.raw) : [];
    };
    this.lists = { fonts: new EntryList(entries("fonts")), fills: new EntryList(entries("fills")), borders: new EntryList(entries("borders")), cellXfs: new EntryList(entries("cellXfs")) };
    let maxId = 163;
    for (const raw of entries("numFmts")) {
      const id = Number(attribute(raw, "numFmtId"));
      const code = attribute(raw, "formatCode");
      if (code !== undefined && !this.numFmts.has(code)) this.numFmts.set(code, id);
      maxId = Math.max(maxId, id);
    }
    this.nextNumFmtId = maxId + 1;
    const font0 = this.lists.fonts.existing[0] ?? "";
    this.defaultFont = { name: valOf(font0, "name"), size: valOf(font0, "sz") };
    this.hasCellStyleXfs = entries("cellStyleXfs").length > 0;
  }

  private q(name: string): string {
    return qualify(this.prefix, name);
  }

  /** The workbook's default font (the first font, which the Normal style uses): the unit of its column widths. */
  workbookFont(): { name?: string; size?: number } {
    const size = Number(this.defaultFont.size);
    return { name: this.defaultFont.name, size: Number.isFinite(size) && size > 0 ? size : undefined };
  }

  /** The font and wrap setting of the cell format at `xfIndex` (as it stands in the file), for measuring text. */
  lookOfXf(xfIndex: number): { font: { name?: string; size?: number; bold: boolean; italic: boolean }; wrap: boolean } {
    const xf = this.lists.cellXfs.existing[xfIndex] ?? this.lists.cellXfs.existing[0] ?? "";
    const fontRaw = this.lists.fonts.existing[Number(xf ? attribute(xf, "fontId") ?? 0 : 0)] ?? "";
    const children = fontRaw ? splitElement(fontRaw).children : [];
    const has = (name: string) => {
      const el = children.find((c) => localName(c.qname) === name);
      return !!el && attribute(el.raw, "val") !== "0" && attribute(el.raw, "val") !== "false";
    };
    const size = Number(valOf(fontRaw, "sz"));
    const alignment = xf ? splitElement(xf).children.find((c) => localName(c.qname) === "alignment") : undefined;
    const wrap = alignment ? ["1", "true"].includes(attribute(alignment.raw, "wrapText") ?? "") : false;
    return { font: { name: valOf(fontRaw, "name"), size: Number.isFinite(size) && size > 0 ? size : undefined, bold: has("b"), italic: has("i") }, wrap };
  }

  /**
   * The cellXfs index of a cell with this style and the number format and quote prefix the core's
   * rule gives its value (`core/sheet/cell-input`); a plain General cell is the default format 0.
   */
  xfIndex(style: Style | undefined, input: CellInput): number {
    const numberFormat = input.numberFormat ?? undefined;
    const plain = !style || Object.keys(style).length === 0;
    if (plain && !input.quotePrefix && (numberFormat === undefined || numberFormat === GENERAL_FORMAT)) return 0;
    // by the style object first (cells share their style objects), then by content
    const variant = `${input.quotePrefix ? 1 : 0}${numberFormat ?? ""}`;
    const owner = style ?? NO_STYLE;
    let byVariant = this.byObject.get(owner);
    if (!byVariant) this.byObject.set(owner, (byVariant = new Map()));
    let index = byVariant.get(variant);
    if (index !== undefined) return index;
    const key = JSON.stringify([style ?? {}, numberFormat ?? null, input.quotePrefix]);
    index = this.memo.get(key);
    if (index === undefined) {
      index = this.lists.cellXfs.indexOf(this.xf(style ?? {}, numberFormat, input.quotePrefix));
      this.memo.set(key, index);
    }
    byVariant.set(variant, index);
    return index;
  }

  private xf(style: Style, numberFormat: string | undefined, quotePrefix: boolean): string {
    const q = (n: string) => this.q(n);
    const numFmtId = numberFormat === undefined ? 0 : this.numFmtId(numberFormat);
    const fontId = style.font ? this.lists.fonts.indexOf(this.font(style.font)) : 0;
    const fillId = style.fill === undefined ? 0 : this.fillId(style.fill);
    const borderId = style.border === undefined ? 0 : this.borderId(style.border);
    const alignment = [
      style.hAlign ? ` horizontal="${style.hAlign}"` : "",
      style.vAlign ? ` vertical="${style.vAlign}"` : "",
      style.wrap !== undefined ? ` wrapText="${style.wrap ? 1 : 0}"` : "",
    ].join("");
    const apply = [
      numberFormat !== undefined ? ' applyNumberFormat="1"' : "",
      style.font ? ' applyFont="1"' : "",
      style.fill !== undefined ? ' applyFill="1"' : "",
      style.border !== undefined ? ' applyBorder="1"' : "",
      alignment ? ' applyAlignment="1"' : "",
      quotePrefix ? ' quotePrefix="1"' : "",
    ].join("");
    const head = `<${q("xf")} numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}"${this.hasCellStyleXfs ? ' xfId="0"' : ""}${apply}`;
    return alignment ? `${head}><${q("alignment")}${alignment}/></${q("xf")}>` : `${head}/>`;
  }

  private numFmtId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    const known = this.numFmts.get(code);
    if (known !== undefined) return known;
    const id = this.nextNumFmtId++;
    this.numFmts.set(code, id);
    this.addedNumFmts.push({ id, code });
    return id;
  }

  private font(font: NonNullable<Style["font"]>): string {
    const q = (n: string) => this.q(n);
    const size = font.size !== undefined ? String(font.size) : this.defaultFont.size;
    const name = font.name ?? this.defaultFont.name;
    const color = argb(font.color);
    return [
      `<${q("font")}>`,
      font.bold ? `<${q("b")}/>` : "",
      font.italic ? `<${q("i")}/>` : "",
      font.underline ? `<${q("u")}/>` : "",
      size ? `<${q("sz")} val="${escapeAttribute(size)}"/>` : "",
      color ? `<${q("color")} rgb="${color}"/>` : "",
      name ? `<${q("name")} val="${escapeAttribute(name)}"/>` : "",
      `</${q("font")}>`,
    ].join("");
  }

  private fillId(fill: string | null): number {
    const q = (n: string) => this.q(n);
    const color = fill === null ? undefined : argb(fill);
    if (!color) {
      const first = this.lists.fills.existing[0];
      if (first && /patternType\s*=\s*["']none["']/.test(first)) return 0;
      return this.lists.fills.indexOf(`<${q("fill")}><${q("patternFill")} patternType="none"/></${q("fill")}>`);
    }
    return this.lists.fills.indexOf(`<${q("fill")}><${q("patternFill")} patternType="solid"><${q("fgColor")} rgb="${color}"/><${q("bgColor")} indexed="64"/></${q("patternFill")}></${q("fill")}>`);
  }

  private borderId(border: "thin" | "none"): number {
    const q = (n: string) => this.q(n);
    if (border === "none") {
      const first = this.lists.borders.existing[0];
      if (first !== undefined && !/\sstyle\s*=/.test(first)) return 0;
    }
    const edge = (side: string) =>
      border === "thin" ? `<${q(side)} style="thin"><${q("color")} indexed="64"/></${q(side)}>` : `<${q(side)}/>`;
    return this.lists.borders.indexOf(`<${q("border")}>${edge("left")}${edge("right")}${edge("top")}${edge("bottom")}<${q("diagonal")}/></${q("border")}>`);
  }

  /** The new styles.xml, or undefined when the patch needed nothing new (the part stays byte-identical). */
  serialize(): string | undefined {
    const lists = this.lists;
    const added: Record<string, string[]> = {
      numFmts: this.addedNumFmts.map((f) => `<${this.q("numFmt")} numFmtId="${f.id}" formatCode="${escapeAttribute(f.code)}"/>`),
      fonts: lists.fonts.added,
      fills: lists.fills.added,
      borders: lists.borders.added,
      cellXfs: lists.cellXfs.added,
    };
    if (Object.values(added).every((a) => a.length === 0)) return undefined;
    return editRoot(this.xml, (rootRaw) => {
      let root = splitElement(rootRaw);
      for (const [name, entries] of Object.entries(added)) {
        if (entries.length) root = appendEntries(root, name, entries);
      }
      return joinElement(root);
    });
  }
}

/** Appends entries to the container `name` (fixing its count), creating it at its place in the schema order if missing. */
function appendEntries(root: SplitElement, name: string, entries: string[]): SplitElement {
  const at = root.children.findIndex((c) => localName(c.qname) === name);
  const q = qualify(prefixOf(root.qname), name);
  const added = entries.map((raw) => ({ qname: q, raw }));
  if (at >= 0) {
    const container = appendChildren(splitElement(root.children[at].raw), added);
    const raw = withAttributes(joinElement(container), { count: String(container.children.length) });
    return replaceChildAt(root, at, { qname: root.children[at].qname, raw });
  }
  const created = { qname: q, raw: `<${q} count="${entries.length}">${entries.join("")}</${q}>` };
  const rank = STYLESHEET_ORDER.indexOf(name);
  const before = root.children.findIndex((c) => STYLESHEET_ORDER.indexOf(localName(c.qname)) > rank);
  return insertChildAt(root, before < 0 ? root.children.length : before, created);
}

/** The `val` of a font's child element (`<sz val="11"/>` → "11"). */
function valOf(fontRaw: string, child: string): string | undefined {
  if (!fontRaw) return undefined;
  const el = splitElement(fontRaw).children.find((c) => localName(c.qname) === child);
  return el ? attribute(el.raw, "val") : undefined;
}

/** "#1f77b4" → "FF1F77B4"; anything that is not a hex colour → undefined (no colour written). */
function argb(color: string | undefined | null): string | undefined {
  if (!color) return undefined;
  const hex = color.replace(/^#/, "");
  if (/^[0-9a-fA-F]{6}$/.test(hex)) return `FF${hex.toUpperCase()}`;
  if (/^[0-9a-fA-F]{8}$/.test(hex)) return hex.toUpperCase();
  return undefined;
}
