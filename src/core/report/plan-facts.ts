import type { SheetView } from "../sheet/snapshot";
import { cleanText } from "../text/normalize";

/** What a plan's header says that its report repeats: the issuer's code in its number, and its place. */
export interface PlanFacts {
  /** "THPT.TL" of "Số: 216/KH-THPT.TL" */
  issuerCode?: string;
  /** "Thành phố Hồ Chí Minh" of "Thành phố Hồ Chí Minh, ngày 18 tháng 10 năm 2023" */
  place?: string;
}

const NUMBER = /^số\s*:?\s*[^/]*\/\s*kh\s*-\s*([^\s,;]+)/iu;
const PLACE_DATE = /^(.+?),\s*ngày\b/iu;

/** Reads the plan's header block (the rows above its table). */
export function planFacts(view: SheetView, tableTop = view.bottom): PlanFacts {
  const facts: PlanFacts = {};
  for (let r = view.top; r < Math.min(tableTop, view.top + 30); r++) {
    for (let c = view.left; c <= view.right; c++) {
      const v = view.value(r, c);
      if (typeof v !== "string") continue;
      const t = cleanText(v);
      const n = NUMBER.exec(t);
      if (n && !facts.issuerCode && /[\p{L}\d]/u.test(n[1])) facts.issuerCode = n[1];
      const p = PLACE_DATE.exec(t);
      if (p && !facts.place && /\p{L}/u.test(p[1])) facts.place = p[1].trim();
    }
  }
  return facts;
}
