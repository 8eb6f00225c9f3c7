/** `[Content_Types].xml`: which content type each part has. KHCT adds overrides and never changes existing ones. */
import { escapeAttribute } from "./xml-escape";
import { attributes, editChildren, editRoot, localName, parseDocument, prefixOf, qualify, splitElement } from "./xml-raw";

export const CONTENT_TYPES_PATH = "[Content_Types].xml";

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  sharedStrings: "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vmlDrawing: "application/vnd.openxmlformats-officedocument.vmlDrawing",
  relationships: "application/vnd.openxmlformats-package.relationships+xml",
} as const;

/** The content type the package gives a part: its override, else the default of its extension. */
export function contentTypeOf(xml: string, path: string): string | undefined {
  const entries = splitElement(parseDocument(xml).root).children.map((c) => ({ kind: localName(c.qname), a: attributes(c.raw) }));
  const partName = `/${path}`.toLowerCase();
  const override = entries.find((e) => e.kind === "Override" && (e.a.get("PartName") ?? "").toLowerCase() === partName);
  if (override) return override.a.get("ContentType");
  const ext = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
  return entries.find((e) => e.kind === "Default" && (e.a.get("Extension") ?? "").toLowerCase() === ext)?.a.get("ContentType");
}

/** Gives `path` the content type `type` with an Override, unless it already has that type. */
export function ensureOverride(xml: string, path: string, type: string): string {
  if (contentTypeOf(xml, path) === type) return xml;
  return editRoot(xml, (root) =>
    editChildren(root, (children, split) => {
      const q = qualify(prefixOf(split.qname), "Override");
      const partName = `/${path}`.toLowerCase();
      const others = children.filter((c) => !(localName(c.qname) === "Override" && (attributes(c.raw).get("PartName") ?? "").toLowerCase() === partName));
      return [...others, { qname: q, raw: `<${q} PartName="/${escapeAttribute(path)}" ContentType="${escapeAttribute(type)}"/>` }];
    }),
  );
}

/** Drops the Override of a part that no longer exists. */
export function removeOverride(xml: string, path: string): string {
  const partName = `/${path}`.toLowerCase();
  return editRoot(xml, (root) =>
    editChildren(root, (children) => children.filter((c) => !(localName(c.qname) === "Override" && (attributes(c.raw).get("PartName") ?? "").toLowerCase() === partName))),
  );
}
