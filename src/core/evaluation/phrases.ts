/**
 * The result in words, as schools write it ("Số lượng đạt Mức 2: 18/27 – Tỷ lệ 66,7%"), in
 * Vietnamese and English, for the CLI, the JSON and the task pane.
 */
import type { Bilingual } from "../rules/types";
import { formatPercent, type LevelCount, type Tally } from "./counts";
import type { GapChoice, GapItem, Level4Outcome, SchoolLevelResult } from "./school-level";

export function levelName(level: number): Bilingual {
  return level === 0 ? { vi: "Chưa đạt Mức 1", en: "Below Mức 1" } : { vi: `Mức ${level}`, en: `Mức ${level}` };
}

function groups(c: LevelCount): Bilingual {
  if (!c.mandatory || !c.others) return { vi: "", en: "" };
  const t = (x: Tally) => `${x.reached}/${x.of}`;
  return {
    vi: ` (tiêu chí bắt buộc: ${t(c.mandatory)}; tiêu chí khác: ${t(c.others)})`,
    en: ` (mandatory criteria: ${t(c.mandatory)}; other criteria: ${t(c.others)})`,
  };
}

/** "Số lượng đạt Mức 2: 18/27 – Tỷ lệ 66,7%". */
export function reachedLine(c: LevelCount): Bilingual {
  const g = groups(c);
  return {
    vi: `Số lượng đạt Mức ${c.level}: ${c.reached}/${c.of} – Tỷ lệ ${formatPercent(c.percent, "vi")}${g.vi}`,
    en: `Criteria at Mức ${c.level}: ${c.reached}/${c.of} – ${formatPercent(c.percent, "en")}${g.en}`,
  };
}

/** "Số lượng không đạt Mức 2: 9/27 – Tỷ lệ 33,3%". */
export function notReachedLine(c: LevelCount): Bilingual {
  return {
    vi: `Số lượng không đạt Mức ${c.level}: ${c.notReached}/${c.of} – Tỷ lệ ${formatPercent(c.notReachedPercent, "vi")}`,
    en: `Criteria below Mức ${c.level}: ${c.notReached}/${c.of} – ${formatPercent(c.notReachedPercent, "en")}`,
  };
}

export function schoolLevelLine(r: SchoolLevelResult): Bilingual {
  const name = levelName(r.level);
  return { vi: `Mức đánh giá của trường: ${name.vi}`, en: `The school's level: ${name.en}` };
}

export function nationalStandardLine(r: SchoolLevelResult): Bilingual {
  const condition = r.rule.nationalStandardCondition;
  const first = Math.min(...r.rule.nationalStandard.map((s) => s.minLevel));
  if (r.nationalStandard === 0) {
    return {
      vi: `Chuẩn quốc gia: chưa đủ điều kiện mức độ 1 (cần đạt Mức ${first}). ${condition.vi}`,
      en: `National standard: not yet degree 1 (needs Mức ${first}). ${condition.en}`,
    };
  }
  return {
    vi: `Chuẩn quốc gia: kết quả này tương ứng mức độ ${r.nationalStandard}. ${condition.vi}`,
    en: `National standard: this result supports degree ${r.nationalStandard}. ${condition.en}`,
  };
}

function gapItem(g: GapItem): Bilingual {
  const unknown = g.current === null ? { vi: " (chưa có kết quả)", en: " (no result yet)" } : { vi: "", en: "" };
  return { vi: `Tiêu chí ${g.criterion} cần đạt Mức ${g.needs}${unknown.vi}`, en: `criterion ${g.criterion} needs Mức ${g.needs}${unknown.en}` };
}

export function gapChoice(c: GapChoice): Bilingual {
  const among = c.among.join(", ");
  const which = c.group === "others" ? { vi: "tiêu chí không bắt buộc", en: "non-mandatory criteria" } : { vi: "tiêu chí", en: "criteria" };
  return {
    vi: `thêm ${c.count} trong các ${which.vi} ${among} cần đạt Mức ${c.needs}`,
    en: `${c.count} more of the ${which.en} ${among} need Mức ${c.needs}`,
  };
}

export function level4Gap(o: Level4Outcome): Bilingual {
  if (o.status === "no-table") return { vi: "đánh giá các yêu cầu của Mức 4 (chưa có bảng Mức 4)", en: "assess the Mức 4 requirements (no Mức 4 table)" };
  const list = [...o.unmet, ...o.undetermined].join(", ");
  return { vi: `đáp ứng yêu cầu ${list} của Mức 4`, en: `meet Mức 4 requirement(s) ${list}` };
}

/** "Để đạt Mức 2: Tiêu chí 1.2 cần đạt Mức 2; …"; null at the top level. */
export function gapLine(r: SchoolLevelResult): Bilingual | null {
  if (r.next === null) return null;
  const parts = [...r.gap.map(gapItem), ...r.gapChoices.map(gapChoice), ...(r.next === 4 && r.level4 ? [level4Gap(r.level4)] : [])];
  return {
    vi: `Để đạt Mức ${r.next}: ${parts.map((p) => p.vi).join("; ")}.`,
    en: `To reach Mức ${r.next}: ${parts.map((p) => p.en).join("; ")}.`,
  };
}

/** Mức 4 in words; null when the set has none. */
export function level4Line(r: SchoolLevelResult): Bilingual | null {
  const o = r.level4;
  if (!o) return null;
  switch (o.status) {
    case "unknown-count":
      return {
        vi: "Mức 4: không tính được — số yêu cầu Mức 4 của bộ tiêu chuẩn này chưa được xác nhận trong dữ liệu của KHCT.",
        en: "Mức 4: cannot be computed — the number of Mức 4 requirements of this standard set is not confirmed in KHCT's data.",
      };
    case "no-table":
      return { vi: "Mức 4: chưa có bảng đánh giá các yêu cầu Mức 4.", en: "Mức 4: no table assessing the Mức 4 requirements." };
    default:
      return {
        vi: `Mức 4: đáp ứng ${o.met.length}/${o.requirements} yêu cầu.`,
        en: `Mức 4: ${o.met.length}/${o.requirements} requirements met.`,
      };
  }
}

export function undeterminedLine(r: SchoolLevelResult): Bilingual | null {
  if (r.undetermined.length === 0) return null;
  const list = r.undetermined.join(", ");
  return {
    vi: `Chưa xác định được mức của ${r.undetermined.length} tiêu chí (${list}); mức của trường được tính như thể các tiêu chí này chưa đạt.`,
    en: `The level of ${r.undetermined.length} criteria is not stated (${list}); the school's level is computed as if they were not reached.`,
  };
}

export function ruleLine(r: SchoolLevelResult): Bilingual {
  return { vi: `Quy tắc: ${r.rule.source.vi}. ${r.rule.status.vi}`, en: `Rule: ${r.rule.source.en}. ${r.rule.status.en}` };
}

/** Every line of the result, in order, for a text report or the pane. */
export function resultLines(r: SchoolLevelResult): Bilingual[] {
  const lines: (Bilingual | null)[] = [
    schoolLevelLine(r),
    ...r.counts.flatMap((c) => [reachedLine(c), notReachedLine(c)]),
    r.level >= 3 || r.level4?.status !== "no-table" ? level4Line(r) : null,
    nationalStandardLine(r),
    gapLine(r),
    undeterminedLine(r),
    ruleLine(r),
  ];
  return lines.filter((l): l is Bilingual => l !== null);
}
