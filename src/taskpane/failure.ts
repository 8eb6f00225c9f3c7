import type { Bilingual } from "../core/rules/types";
import { T } from "./i18n";

/** What to tell the user about a failure: the adapter's own sentence, or an honest generic one. */
export function failureText(e: unknown): Bilingual {
  const text = (e as { text?: Bilingual } | null)?.text;
  if (text && typeof text.vi === "string" && typeof text.en === "string") return text;
  const message = e instanceof Error ? e.message : String(e);
  return { vi: T.unexpected.vi(message), en: T.unexpected.en(message) };
}
