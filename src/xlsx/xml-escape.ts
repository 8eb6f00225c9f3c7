/**
 * Escaping for the XML KHCT writes into .xlsx parts (XML 1.0, UTF-8).
 *
 * XML 1.0 cannot hold most C0 control characters at all, not even as character references. Cell
 * text, note text and cached formula text are OOXML "ST_Xstring"s, where Excel writes such a
 * character as `_xHHHH_` (and a literal "_xHHHH_" typed by a user as `_x005F_xHHHH_`, so that it is
 * not decoded); Excel, LibreOffice and exceljs (in shared strings) decode both. Everywhere else
 * (attribute values, formulas, names) those characters are dropped: no program could read them back.
 */

/** Characters XML 1.0 forbids (C0 controls other than tab, line feed and carriage return; U+FFFE, U+FFFF). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/** A surrogate without its other half cannot be encoded in UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const XSTRING_ESCAPE_LOOKALIKE = /_(x[0-9A-Fa-f]{4}_)/g;

function hex4(ch: string): string {
  return ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
}

function wellFormed(s: string): string {
  return s.replace(LONE_SURROGATE, "\uFFFD");
}

/** Text content of an element: & < > escaped; forbidden characters dropped. */
export function escapeText(s: string): string {
  return wellFormed(s).replace(FORBIDDEN, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** An attribute value (to be put between double quotes); tab and line breaks survive as character references. */
export function escapeAttribute(s: string): string {
  return escapeText(s).replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");
}

/**
 * An ST_Xstring (cell text, note text): exactly the text the user wrote, control characters included,
 * as `_xHHHH_`; carriage returns too, because XML parsers turn a raw CR into a line feed.
 */
export function escapeXstring(s: string): string {
  const encoded = wellFormed(s)
    .replace(XSTRING_ESCAPE_LOOKALIKE, "_x005F_$1")
    .replace(FORBIDDEN, (ch) => `_x${hex4(ch)}_`)
    .replace(/\r/g, "_x000D_");
  return encoded.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** True when a <t> element needs xml:space="preserve" to keep its whitespace. */
export function needsSpacePreserve(s: string): boolean {
  return /^\s|\s$|\s\s|[\t\n\r]/.test(s);
}

/** `<t>…</t>` holding exactly `s` (prefix is the namespace prefix in use, usually ""). */
export function textElement(s: string, prefix = ""): string {
  const tag = prefix ? `${prefix}:t` : "t";
  return `<${tag}${needsSpacePreserve(s) ? ' xml:space="preserve"' : ""}>${escapeXstring(s)}</${tag}>`;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Undoes XML escaping: the five named entities and numeric character references. */
export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9A-Fa-f]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e.startsWith("#x")) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return ENTITIES[e];
  });
}

/** Undoes ST_Xstring escaping (after unescapeXml): `_xHHHH_` → the character. */
export function decodeXstring(s: string): string {
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}
