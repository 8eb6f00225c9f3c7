/**
 * What the printed plan and report say, as data beside their layouts (see shared forms.md and
 * Nghị định 30/2020/NĐ-CP): the form each plan follows and how sure we are of its citation, the
 * institution word and the signer of each school type, who receives the document. A corrected
 * citation, a new kind of school or a province's usage is a change here, not in the builders.
 */
import type { SchoolTypeId } from "../standards/school-types";
import type { StandardSet } from "../standards/types";
import { foldKey } from "../text/normalize";

export type WordingStatus = "confirmed" | "unconfirmed" | "common-practice";

export interface FormCitation {
  /** the italic line under the title */
  line: string;
  status: WordingStatus;
  note: string;
}

/** The form a plan of this standard set follows. */
export function formCitation(set: StandardSet): FormCitation {
  if (set.circular.startsWith("57/2026")) {
    return {
      line: `(Biểu 2, Phụ lục V kèm theo Thông tư số ${set.circular})`,
      status: "unconfirmed",
      note: "Biểu 2 of Phụ lục V (Điều 10), as two independent public school applications reproduce it; the circular's own text was not available, so its exact wording is unconfirmed (forms.md B).",
    };
  }
  return {
    line: `(Theo Thông tư số ${set.circular})`,
    status: "common-practice",
    note: "No national form prescribes the 2018 plan table; schools and education offices use this layout (forms.md A).",
  };
}

export interface Institution {
  /** the word before the name: "Trường", "Trung tâm" */
  word: string;
  /** the head's title as signed */
  head: string;
  deputy: string;
  /** "Loại hình" in section I of TT57's form */
  kind: string;
}

const SCHOOL: Omit<Institution, "kind"> = { word: "Trường", head: "HIỆU TRƯỞNG", deputy: "PHÓ HIỆU TRƯỞNG" };
const CENTRE: Omit<Institution, "kind"> = { word: "Trung tâm", head: "GIÁM ĐỐC", deputy: "PHÓ GIÁM ĐỐC" };

export const INSTITUTIONS: Record<SchoolTypeId, Institution> = {
  mn: { ...SCHOOL, kind: "Trường mầm non" },
  th: { ...SCHOOL, kind: "Trường tiểu học" },
  thcs: { ...SCHOOL, kind: "Trường trung học cơ sở" },
  thpt: { ...SCHOOL, kind: "Trường trung học phổ thông" },
  "th-thcs": { ...SCHOOL, kind: "Trường phổ thông có nhiều cấp học (tiểu học và trung học cơ sở)" },
  "thcs-thpt": { ...SCHOOL, kind: "Trường phổ thông có nhiều cấp học (trung học cơ sở và trung học phổ thông)" },
  gdtx: { ...CENTRE, kind: "Trung tâm giáo dục thường xuyên" },
};

/** A name that starts with its own institution word keeps it ("Trường PTDTNT …", "Trung tâm GDNN-GDTX …"). */
const OWN_WORD = [
  { word: /^trung tâm\s/u, institution: CENTRE },
  { word: /^trường\s/u, institution: SCHOOL },
];

/** The institution a plan is issued by: from the name's own word, else the school type, else a school. */
export function institutionOf(name: string, type: SchoolTypeId | undefined): Institution {
  const fromType = type ? INSTITUTIONS[type] : undefined;
  const own = OWN_WORD.find((o) => o.word.test(foldKey(name.trim())));
  return { ...(fromType ?? { ...SCHOOL, kind: "…" }), ...(own?.institution ?? {}) };
}

/** "Trường THCS Văn Lang", "Trung tâm GDNN-GDTX Quận 3": the name with its institution word, as written. */
export function institutionName(name: string, type: SchoolTypeId | undefined): string {
  const n = name.trim();
  if (!n) return "…";
  if (OWN_WORD.some((o) => o.word.test(foldKey(n)))) return n;
  return `${institutionOf(n, type).word} ${n}`;
}

/** "TRƯỜNG THPT NGUYỄN DU", "TRUNG TÂM GDNN-GDTX QUẬN 3" (the issuer's line of the header). */
export function issuerHeading(name: string, type: SchoolTypeId | undefined): string {
  if (!name.trim() || !/[\p{L}\d]/u.test(name)) return `${institutionOf(name, type).word} …`.toLocaleUpperCase("vi");
  return institutionName(name, type).toLocaleUpperCase("vi");
}

export interface Signer {
  /** printed name, when known */
  name?: string;
  /** a deputy signs on the head's behalf ("KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG") */
  deputy?: boolean;
}

/** The signer's title lines. */
export function signerTitle(institution: Institution, signer: Signer = {}): string[] {
  return signer.deputy ? [`KT. ${institution.head}`, institution.deputy] : [institution.head];
}

/**
 * How the template marks wording staff must replace (red italics on screen; it prints as written,
 * so an unreplaced placeholder shows on paper too); validation flags cells still holding it.
 */
export const PLACEHOLDER_MARKS = ["chưa có nội dung chính thức", "[chưa đối chiếu nguyên văn Điều 22]"];

/** Quốc hiệu and tiêu ngữ, at the top right of every administrative document. */
export const NATIONAL_HEADING = { name: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", motto: "Độc lập - Tự do - Hạnh phúc" };

export const SIGNATURE = {
  recipients: "Nơi nhận:",
  /** under the title while nobody's name is printed */
  instruction: "(Ký, ghi rõ họ tên, đóng dấu)",
  archive: "- Lưu: VT.",
  asAbove: "- Như trên;",
  /** points left for the signature and the seal */
  signingSpace: 72,
};

/** Words of organisation names written in capitals in a header, and how a sentence writes them. */
const ORG_WORDS: [RegExp, string][] = [
  [/^SỞ GIÁO DỤC VÀ ĐÀO TẠO(?!\p{L})/u, "Sở Giáo dục và Đào tạo"],
  [/^PHÒNG GIÁO DỤC VÀ ĐÀO TẠO(?!\p{L})/u, "Phòng Giáo dục và Đào tạo"],
  [/^(ỦY|UỶ) BAN NHÂN DÂN(?!\p{L})/u, "Ủy ban nhân dân"],
  [/^SỞ(?!\p{L})/u, "Sở"],
  [/^PHÒNG(?!\p{L})/u, "Phòng"],
  [/^(THÀNH PHỐ|THỊ TRẤN|THỊ XÃ|ĐẶC KHU|XÃ|PHƯỜNG|HUYỆN|QUẬN|TỈNH)(?!\p{L})/u, ""],
];
/** Abbreviations kept as written: these, and words without a vowel ("TP.", "HCM", "GD&ĐT"). */
const KEPT = /^(?:UBND|HĐND|UBMTTQ)$/u;
const isAbbreviation = (word: string) => KEPT.test(word) || !/[AEIOUY]/u.test(word.normalize("NFD").replace(/[\u0300-\u036f]/gu, ""));

/**
 * An organisation written in capitals in a header, as a sentence writes it: "UBND PHƯỜNG BẾN
 * THÀNH" → "UBND phường Bến Thành", "SỞ GIÁO DỤC VÀ ĐÀO TẠO TP. HỒ CHÍ MINH" → "Sở Giáo dục và
 * Đào tạo TP. Hồ Chí Minh". A name already in mixed case is kept as written.
 */
export function organisationInSentence(text: string): string {
  const t = text.trim();
  if (t !== t.toLocaleUpperCase("vi")) return t;
  let out = "";
  let rest = t;
  while (rest) {
    const separator = /^(?:\s+|\/)/u.exec(rest);
    const org = separator ? undefined : ORG_WORDS.find(([re]) => re.test(rest));
    const token = separator?.[0] ?? (org ? org[0].exec(rest)![0] : /^[^\s/]+/u.exec(rest)![0]);
    out += separator ? token : org ? org[1] || token.toLocaleLowerCase("vi") : isAbbreviation(token) ? token : capitalised(token);
    rest = rest.slice(token.length);
  }
  return out;
}

function capitalised(word: string): string {
  const lower = word.toLocaleLowerCase("vi");
  return lower.charAt(0).toLocaleUpperCase("vi") + lower.slice(1);
}

/** Nơi nhận of a plan: the governing body it reports to, and the archive. */
export function planRecipients(governingBody: string): string[] {
  return [`- ${organisationInSentence(governingBody || "…")} (để báo cáo);`, SIGNATURE.archive];
}

/** Nơi nhận of a report: "Như trên" when it is addressed to someone ("Kính gửi"), else the governing body. */
export function reportRecipients(governingBody: string, addressedTo?: string): string[] {
  return addressedTo?.trim() ? [SIGNATURE.asAbove, SIGNATURE.archive] : planRecipients(governingBody);
}

export const REPORT_WORDING = {
  kind: "BC" as const,
  title: "BÁO CÁO",
  addressedTo: (to: string) => `Kính gửi: ${to.trim()}`,
};

/**
 * TT57 section II's first ground: the self-evaluation, against the criteria of the set's annex
 * ("Phụ lục II" for general education) — which also tells a reader which set the plan follows.
 */
export function selfEvaluationGround(set: StandardSet): string {
  return `1. Báo cáo tự đánh giá năm học … theo các tiêu chí tại Phụ lục ${set.annex ?? "…"} Thông tư số ${set.circular}.`;
}

/** TT57 section I, filled from what is known. */
export function generalInformationLines(name: string, type: SchoolTypeId | undefined, address?: string): string[] {
  const inst = institutionOf(name, type);
  return [`1. Tên cơ sở giáo dục: ${name.trim() ? institutionName(name, type) : "…"}`, `2. Loại hình: ${inst.kind}`, `3. Địa chỉ: ${address?.trim() || "…"}`];
}
