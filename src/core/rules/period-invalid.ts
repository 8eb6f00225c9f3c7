import type { Field } from "../plan/field";
import { combinePeriods, formatPoint, parsePeriod, periodFromDate, type Period } from "../text/period";
import { at, quote } from "./helpers";
import type { Bilingual, Finding, Rule } from "./types";

function periodOf(field: Field): Period {
  if (field.date) return periodFromDate(field.date.year, field.date.month);
  if (field.isNumber && typeof field.value === "number" && Number.isInteger(field.value)) return parsePeriod(String(field.value));
  return parsePeriod(field.text);
}

function explain(p: Extract<Period, { kind: "invalid" }>, written: string, start?: Period, end?: Period): Bilingual {
  switch (p.reason) {
    case "ends-before-start": {
      const s = start?.kind === "range" ? formatPoint(start.start) : "";
      const e = end?.kind === "range" ? formatPoint(end.end) : "";
      const detail = s && e ? ` (${e} trước ${s})` : "";
      const detailEn = s && e ? ` (${e} before ${s})` : "";
      return {
        vi: `Thời gian ${quote(written)} kết thúc trước khi bắt đầu${detail}. Kiểm tra lại tháng, năm.`,
        en: `The period ${quote(written)} ends before it starts${detailEn}. Check the months and years.`,
      };
    }
    case "bad-month":
      return { vi: `Thời gian ${quote(written)} có tháng không hợp lệ (tháng phải từ 1 đến 12).`, en: `The period ${quote(written)} has an impossible month (months run from 1 to 12).` };
    case "bad-year":
      return { vi: `Thời gian ${quote(written)} có năm không hợp lý.`, en: `The period ${quote(written)} has an implausible year.` };
    default:
      return {
        vi: `Không đọc được thời gian ${quote(written)}. Viết theo dạng "10/2023-05/2024", "Tháng 9/2023 - Tháng 5/2024", "Năm học 2023-2024" hoặc "Hằng năm".`,
        en: `Cannot read the period ${quote(written)}. Write it as "10/2023-05/2024", "Tháng 9/2023 - Tháng 5/2024", "Năm học 2023-2024" or "Hằng năm".`,
      };
  }
}

export const periodInvalid: Rule = {
  id: "period/invalid",
  severity: "error",
  appliesTo: ["plan"],
  description: { vi: "Thời gian không đọc được hoặc kết thúc trước khi bắt đầu", en: "An unreadable period, or one ending before it starts" },
  check({ table }) {
    const out: Finding[] = [];
    for (const row of table.rows) {
      if (row.kind !== "criterion" && row.kind !== "task" && row.kind !== "item") continue;
      const code = row.code ?? row.parent?.code;
      const { period, periodStart, periodEnd } = row.fields;
      if (period) {
        const p = periodOf(period);
        if (p.kind === "invalid") out.push(at(period, explain(p, period.text), { criterion: code }));
        continue;
      }
      if (!periodStart && !periodEnd) continue;
      const s = periodStart ? periodOf(periodStart) : undefined;
      const e = periodEnd ? periodOf(periodEnd) : undefined;
      if (s?.kind === "invalid" && periodStart) {
        out.push(at(periodStart, explain(s, periodStart.text), { criterion: code }));
        continue;
      }
      if (e?.kind === "invalid" && periodEnd) {
        out.push(at(periodEnd, explain(e, periodEnd.text), { criterion: code }));
        continue;
      }
      if (s && e) {
        const both = combinePeriods(s, e);
        if (both.kind === "invalid" && periodEnd) out.push(at(periodEnd, explain(both, `${periodStart?.text} – ${periodEnd.text}`, s, e), { criterion: code }));
      }
    }
    return out;
  },
};
