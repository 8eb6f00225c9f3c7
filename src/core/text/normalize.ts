/**
 * Vietnamese text as it arrives from Excel and Word: NFD accents (Word on macOS), non-breaking
 * and repeated spaces, dash variants, old and new tone placement ("hoà"/"hòa"), and "Ð" (U+00D0)
 * left by VNI conversions for "Đ". `cleanText` keeps the text readable; `foldKey` is for comparing.
 */

import { memoText } from "./memo";

const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
// Old tone placement on open "oa", "oe", "uy" syllables ("hoà", "khoẻ", "uỷ") → new ("hòa", "khỏe", "ủy").
const OLD_TONE: Record<string, string> = {
  oà: "òa", oá: "óa", oả: "ỏa", oã: "õa", oạ: "ọa",
  oè: "òe", oé: "óe", oẻ: "ỏe", oẽ: "õe", oẹ: "ọe",
  uỳ: "ùy", uý: "úy", uỷ: "ủy", uỹ: "ũy", uỵ: "ụy",
};
const OLD_TONE_RE = /(^|[^q])(o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ])(?!\p{L})/gu;

// Text that is already clean: printable ASCII and precomposed Latin/Vietnamese letters (no "Ð"/"ð",
// no combining marks, no odd spaces or dashes), single spaces, nothing to trim. Most cells are.
const ALREADY_CLEAN = /^(?:[\x21-\x7e\u00a1-\u00cf\u00d1-\u00ef\u00f1-\u024f\u1e00-\u1eff]| (?! ))*$/;

/** NFC, "Ð"→"Đ", one plain space for any run of spaces, "-" for any dash, trimmed. */
export function cleanText(s: string): string {
  if (s.length === 0 || (s[0] !== " " && s[s.length - 1] !== " " && ALREADY_CLEAN.test(s))) return s;
  return s
    .normalize("NFC")
    .replace(/\u00d0/g, "Đ")
    .replace(/\u00f0/g, "đ")
    .replace(DASHES, "-")
    .replace(SPACES, " ")
    .trim();
}

/**
 * Key for comparing and matching Vietnamese text: clean, lower case, new tone placement.
 * Patterns matched against it are written in lower case with the new placement ("hòa").
 */
export function foldKey(s: string): string {
  return cleanText(s)
    .toLowerCase()
    .replace(OLD_TONE_RE, (_all, before: string, pair: string) => before + OLD_TONE[pair]);
}

/** foldKey of the texts a sheet repeats (codes, headings, levels): answers are remembered. */
export const foldKeyOfShortText: (s: string) => string = memoText(foldKey);

/** Key without any diacritics (đ→d): for matching words whatever the accents. */
export function asciiKey(s: string): string {
  return cleanText(s)
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d");
}

/** True when the two texts are the same after folding (case, Unicode form, spacing, dashes, tone placement). */
export function sameText(a: string, b: string): boolean {
  return foldKey(a) === foldKey(b);
}
