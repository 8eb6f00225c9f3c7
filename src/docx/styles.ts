/**
 * Table styles from word/styles.xml, for one question: does a table draw lines? A table that says
 * nothing of its borders takes them from its style (Word's "Table Grid" draws them all) or from the
 * document's default table style (normally none).
 */
import { parseXml } from "../ooxml/xml";
import type { DocTable, Edges } from "./document";
import { edgeDrawn, W_NS } from "./parse-body";

const W_STRICT_NS = "http://purl.oclc.org/ooxml/wordprocessingml/main";
const EDGES = new Set(["top", "left", "bottom", "right", "start", "end", "insideH", "insideV"]);

interface TableStyle {
  basedOn?: string;
  edges: Edges;
}

export interface TableStyles {
  styles: Map<string, TableStyle>;
  /** the style of tables that name none */
  defaultId?: string;
}

export function readTableStyles(xml: string | undefined): TableStyles {
  const styles = new Map<string, TableStyle>();
  let defaultId: string | undefined;
  if (!xml) return { styles };
  let current: TableStyle | undefined;
  let inTablePr = 0;
  let inBorders = false;
  let depth = 0;
  parseXml(xml, {
    open: (e) => {
      const { local, ns } = e;
      depth++;
      if (ns !== W_NS && ns !== W_STRICT_NS) return;
      if (local === "style" && depth === 2) {
        const id = e.attr("styleId");
        current = e.attr("type") === "table" ? { edges: {} } : undefined;
        if (current && id) {
          styles.set(id, current);
          if (e.attr("default") === "1" || e.attr("default") === "true") defaultId = id;
        }
      } else if (current && local === "basedOn") current.basedOn = e.attr("val");
      // the style's own table properties, not those of its conditional parts (w:tblStylePr)
      else if (current && local === "tblPr" && depth === 3) inTablePr = depth;
      else if (current && inTablePr && local === "tblBorders") inBorders = true;
      else if (current && inBorders && EDGES.has(local)) current.edges[local] = edgeDrawn(e.attr("val"));
    },
    close: (local) => {
      if (local === "tblBorders") inBorders = false;
      if (local === "tblPr" && depth === inTablePr) inTablePr = 0;
      if (local === "style" && depth === 2) current = undefined;
      depth--;
    },
    text: () => undefined,
  });
  return { styles, defaultId };
}

/** The edges a style gives, its base styles' first (at most 10 levels: a loop in basedOn stops there). */
function styleEdges(styles: TableStyles, id: string | undefined): Edges {
  const chain: TableStyle[] = [];
  for (let s = id ? styles.styles.get(id) : undefined; s && chain.length < 10; s = s.basedOn ? styles.styles.get(s.basedOn) : undefined) chain.unshift(s);
  return Object.assign({}, ...chain.map((s) => s.edges));
}

/** True when the table draws any line: its own borders over its style's, or any cell's. */
export function drawsLines(table: DocTable, styles: TableStyles): boolean {
  const edges = { ...styleEdges(styles, table.style ?? styles.defaultId), ...table.edges };
  if (Object.values(edges).some(Boolean)) return true;
  return table.rows.some((r) => r.cells.some((c) => Object.values(c.edges).some(Boolean)));
}
