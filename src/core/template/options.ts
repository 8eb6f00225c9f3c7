import { schoolTypeById, type SchoolTypeId } from "../standards/school-types";
import { indexOf, setsForSchoolType, setsInForce, standardSetById } from "../standards/sets";
import type { Criterion, StandardSet } from "../standards/types";
import type { Bilingual } from "../rules/types";

/** A template request that cannot be met; the message says why, in both languages. */
export class TemplateError extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en);
  }
}

export interface TemplateRequest {
  standardSet?: string;
  schoolType?: SchoolTypeId;
  /** "all", "mandatory", "none" or a list of codes ("1.3,1.4") */
  criteria?: string;
  school?: string;
  governingBody?: string;
  number?: string;
  /** YYYY-MM-DD */
  date?: string;
  place?: string;
  /** "2026-2027" */
  year?: string;
  /** phrases to pre-fill in "Kết quả cần đạt" by criterion code (from a self-evaluation) */
  targets?: Map<string, string>;
  sheetName?: string;
  /** the signer's printed name, and whether a deputy signs on the head's behalf (KT.) */
  signer?: { name?: string; deputy?: boolean };
  /** the school's address (TT57 section I) */
  address?: string;
}

export interface TemplatePlan {
  set: StandardSet;
  schoolType?: SchoolTypeId;
  criteria: Criterion[];
  school: string;
  governingBody: string;
  number?: string;
  date?: string;
  place?: string;
  year: string;
  targets: Map<string, string>;
  sheetName: string;
  signer: { name?: string; deputy?: boolean };
  address?: string;
}

const isTt57 = (set: StandardSet) => set.level4 === null && set.levels.length === 2;

/** The current school year on a date: from September on, the year that starts then. */
export function schoolYearOn(iso: string): string {
  const [y, m] = iso.split("-").map(Number);
  const start = m >= 8 ? y : y - 1;
  return `${start}-${start + 1}`;
}

/** Resolves and checks a template request: the set (TT57 for the school type by default), the criteria, the header. */
export function resolveTemplate(req: TemplateRequest, today: string): TemplatePlan {
  let set: StandardSet | undefined;
  if (req.standardSet) {
    set = standardSetById(req.standardSet);
    if (!set) throw new TemplateError({ vi: `Không có bộ tiêu chuẩn "${req.standardSet}".`, en: `There is no standard set "${req.standardSet}".` });
  } else if (req.schoolType) {
    set = setsInForce(setsForSchoolType(req.schoolType), today)[0];
  }
  if (!set) {
    throw new TemplateError({ vi: "Hãy chọn bộ tiêu chuẩn (--standard-set) hoặc loại trường (--school-type).", en: "Choose a standard set (--standard-set) or a school type (--school-type)." });
  }
  const all = indexOf(set);
  const choice = (req.criteria ?? (isTt57(set) ? "none" : "all")).trim();
  let criteria: Criterion[];
  if (choice === "all") criteria = [...all.criteria.values()];
  else if (choice === "none") criteria = [];
  else if (choice === "mandatory") {
    if (!isTt57(set)) {
      throw new TemplateError({
        vi: `Bộ tiêu chuẩn ${set.circular} không có tiêu chí bắt buộc; dùng --criteria all, none hoặc danh sách mã (1.3,1.4).`,
        en: `Standard set ${set.circular} has no mandatory criteria; use --criteria all, none or a list of codes (1.3,1.4).`,
      });
    }
    criteria = [...all.criteria.values()].filter((c) => c.mandatory);
  } else {
    const codes = choice.split(/[,;\s]+/).filter(Boolean);
    const unknown = codes.filter((c) => !all.criteria.has(c));
    if (unknown.length) {
      throw new TemplateError({ vi: `Bộ tiêu chuẩn ${set.circular} không có tiêu chí ${unknown.join(", ")}.`, en: `Standard set ${set.circular} has no criterion ${unknown.join(", ")}.` });
    }
    criteria = [...all.criteria.values()].filter((c) => codes.includes(c.code));
  }
  const type = req.schoolType;
  return {
    set,
    schoolType: type,
    criteria,
    school: req.school ?? "",
    governingBody: req.governingBody ?? (type ? schoolTypeById(type)!.governingBody : "UBND XÃ/PHƯỜNG …"),
    number: req.number,
    date: req.date,
    place: req.place,
    year: req.year ?? schoolYearOn(req.date ?? today),
    targets: req.targets ?? new Map(),
    sheetName: req.sheetName ?? "Kế hoạch cải tiến",
    signer: req.signer ?? {},
    address: req.address,
  };
}

export { isTt57 };
