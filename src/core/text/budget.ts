import { foldKey } from "./normalize";

/** A budget cell: "Không", "50 tỷ đồng", "5,5 tỷ đồng", "10.000.000 đồng", or where the money comes from. */
export type Budget =
  | { kind: "none" }
  | { kind: "amount"; dong: number }
  | { kind: "source"; text: string };

const UNITS: Record<string, number> = { tỷ: 1e9, tỉ: 1e9, triệu: 1e6, tr: 1e6, nghìn: 1e3, ngàn: 1e3, đồng: 1, đ: 1, vnđ: 1, vnd: 1 };

/** "10.000.000" (vi-VN grouping), "5,5" (decimal comma), "1,000,000" (en-US grouping), "2.5" */
function parseAmount(s: string): number | undefined {
  const t = s.replace(/\s/g, "");
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(t)) return Number(t.replace(/\./g, "").replace(",", "."));
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ""));
  if (/^\d+(?:[.,]\d+)?$/.test(t)) return Number(t.replace(",", "."));
  return undefined;
}

export function parseBudget(value: string | number): Budget {
  if (typeof value === "number") return Number.isFinite(value) && value > 0 ? { kind: "amount", dong: value } : { kind: "none" };
  const t = foldKey(value);
  if (t === "" || /^(không|không có|0|-|0 đồng|chưa có)$/.test(t)) return { kind: "none" };
  const m = /^(?:khoảng|dự kiến|ước tính)?\s*([\d][\d.,\s]*)\s*(tỷ|tỉ|triệu|tr|nghìn|ngàn|đồng|đ|vnđ|vnd)?(?:\s*(đồng|đ|vnđ))?\.?$/.exec(t);
  if (m) {
    const amount = parseAmount(m[1]);
    if (amount !== undefined) return { kind: "amount", dong: Math.round(amount * (UNITS[m[2] ?? "đồng"] ?? 1)) };
  }
  return { kind: "source", text: value.trim() };
}
