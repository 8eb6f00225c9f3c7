/**
 * Text typed in the legacy TCVN3 (ABC) or VNI encodings and pasted as Unicode reads as
 * "Tiªu chÝ" or "Tieâu chí". KHCT reports it rather than misreading it.
 */

// Latin-1 symbols no Vietnamese word contains, but TCVN3 uses for letters (ª = ê, ¸ = á, ® = đ …).
const TCVN3_SYMBOLS = /[\p{L}][¡¢¤¥¦§¨©ª«¬®¯´µ¶¸¹º»¼½¾¿]|[¡¢¤¥¦§¨©ª«¬®¯´µ¶¸¹º»¼½¾¿][\p{L}]/gu;
// A lower-case letter followed by an upper-case Latin-1 letter inside a word: "chÝ", "chuÈn".
const TCVN3_CASE = /[a-zàáâãèéêìíòóôõùúýăđơư][ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝÞ]/g;
// VNI: a vowel followed by a Latin-1 letter Vietnamese never writes after a vowel ("aø", "eâ", "oä").
const VNI_PAIRS = /[aeoAEO]â|[aeiouyAEIOUY][øïåäëöæçû]|[ñÑ][aeiouô]/g;

export function legacyEncodingScore(text: string): number {
  const n1 = text.match(TCVN3_SYMBOLS)?.length ?? 0;
  const n2 = text.match(TCVN3_CASE)?.length ?? 0;
  const n3 = text.match(VNI_PAIRS)?.length ?? 0;
  return n1 + n2 + n3;
}

// Every signature above needs one of these characters: most text has none and is not scanned further.
const MAY_BE_LEGACY = /[¡¢¤¥¦§¨©ª«¬®¯´µ¶¸¹º»¼½¾¿À-ÏÑ-ÖØ-Þøïåäëöæçûñâ]/;
// … and what each needs around it (a symbol or a VNI letter, "â" after a, e or o, an upper-case Latin-1
// letter after a lower-case one): Vietnamese text, where "â" and "Â" are common, stops here.
const MAY_BE_LEGACY_PAIRS = /[¡¢¤¥¦§¨©ª«¬®¯´µ¶¸¹º»¼½¾¿øïåäëöæçûñÑ]|[aeoAEO]â|[a-zàáâãèéêìíòóôõùúýăđơư][ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝÞ]/;

/** True when the text looks like TCVN3 or VNI bytes shown as Unicode. */
export function looksLikeLegacyEncoding(text: string): boolean {
  if (!MAY_BE_LEGACY.test(text) || !MAY_BE_LEGACY_PAIRS.test(text)) return false;
  const score = legacyEncodingScore(text);
  if (score === 0) return false;
  const words = text.trim().split(/\s+/).length;
  return score >= 2 || words <= 3;
}
