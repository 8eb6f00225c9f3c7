import { fieldFromCell } from "../plan/field";
import type { SheetView } from "../sheet/snapshot";
import { foldKey } from "../text/normalize";
import type { Conclusion } from "./types";

export interface Claim {
  subject: Conclusion["subject"];
  negative: boolean;
  level: number;
}

const MAX_CONCLUSION_TEXT = 300;
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const NUM = String.raw`(\d|iv|i{1,3})(?![\p{L}\d])`;
/** The sentence is about the school: "Trường … đạt …", "Nhà trường chưa đạt …", "Mức đánh giá của trường: …". */
const SCHOOL_SUBJECT = /^(?:(?:nhà\s+)?trường(?![\p{L}])|mức đánh giá(?![\p{L}]))/u;
/** "đạt Mức 2", "chưa đạt kiểm định chất lượng giáo dục Mức độ 1", "đạt chuẩn quốc gia mức độ 1". */
const CLAIM = new RegExp(
  String.raw`(?:(chưa|không)\s+)?đạt\s+(?:(kiểm định chất lượng giáo dục|kđclgd|kiểm định|chuẩn quốc gia|cqg)\s+)?(?:ở\s+)?mức(?:\s+độ)?\s*${NUM}`,
  "gu",
);
/** "Mức đánh giá của Trường Tiểu học Cầu Xáng: Mức 1". */
const STATED_LEVEL = new RegExp(String.raw`^mức đánh giá[^:]{0,100}:\s*(?:(chưa|không)\s+đạt\s+)?mức(?:\s+độ)?\s*${NUM}`, "u");
/** Goals, plans and history are not conclusions: "phấn đấu đạt Mức 3", "được công nhận … năm 2015". */
const NOT_A_CONCLUSION = /phấn đấu|mục tiêu|dự kiến|đề nghị|đăng ký|hướng tới|kế hoạch|sẽ đạt|nâng lên|cần đạt|duy trì|giữ vững|công nhận|tiêu chí\s*\d|số lượng|tỷ lệ|tỉ lệ/;

function levelNumber(s: string): number {
  return ROMAN[s] ?? Number(s);
}

/** What a sentence states about the school's level or national-standard degree; [] when it states none. */
export function parseConclusion(text: string): Claim[] {
  if (text.length > MAX_CONCLUSION_TEXT) return [];
  const key = foldKey(text)
    .replace(/^[-+*•\s]+/, "")
    .replace(/^kết luận(?:\s+chung)?\s*[:.-]?\s*/, "");
  if (!SCHOOL_SUBJECT.test(key) || NOT_A_CONCLUSION.test(key)) return [];
  const stated = STATED_LEVEL.exec(key);
  if (stated) return [{ subject: "level", negative: !!stated[1], level: levelNumber(stated[2]) }];
  return [...key.matchAll(CLAIM)].map((m) => ({
    subject: m[2] === "chuẩn quốc gia" || m[2] === "cqg" ? "nationalStandard" : "level",
    negative: !!m[1],
    level: levelNumber(m[3]),
  }));
}

/** Conclusions written in a sheet, outside the rows `inTable` claims (tables are not prose). */
export function findConclusions(view: SheetView, inTable: (row: number) => boolean): Conclusion[] {
  const out: Conclusion[] = [];
  for (let r = view.top; r <= view.bottom; r++) {
    if (inTable(r)) continue;
    for (let c = view.left; c <= view.right; c++) {
      const v = view.value(r, c);
      if (typeof v !== "string" || v.trim() === "") continue;
      const field = fieldFromCell(view.cell(r, c));
      if (!field) continue;
      for (const claim of parseConclusion(field.text)) out.push({ sheet: view.name, field, ...claim });
    }
  }
  return out;
}
