/**
 * Table layouts schools use, as data (see shared forms.md). A column's role is found from its
 * header text, never from its position; a layout is recognised by the roles its header has.
 * Patterns are matched against the header text folded to lower case without diacritics.
 */

export type Role =
  | "tt"
  | "criterion"
  | "target"
  | "tasks"
  | "lead"
  | "period"
  | "periodStart"
  | "periodEnd"
  | "budget"
  | "support"
  | "notes"
  | "plannedGroup"
  | "planned"
  | "adjusted"
  | "resultGroup"
  | "done"
  | "inProgress"
  | "notStarted"
  | "content"
  | "goal"
  | "indicator"
  | "resources"
  | "evidence"
  | "status"
  | "standard"
  | "relatedCriteria"
  | "currentState"
  | "limitation"
  | "cause"
  | "time"
  | "monitored"
  | "evaluator"
  | "key";

/** Header vocabulary, most specific first: the first pattern that matches decides the role. */
export const ROLE_PATTERNS: [Role, RegExp][] = [
  ["tt", /^(s\.?\s?tt|tt|so tt|thu tu)$/],
  ["relatedCriteria", /^tieu chi lien quan/],
  ["criterion", /^(tieu chuan\s*[,/]?\s*(va\s+)?tieu chi|tieu chi|tc)\b/],
  ["standard", /^tieu chuan$/],
  ["content", /^noi dung cai tien/],
  ["goal", /^muc tieu cai tien|^muc tieu$/],
  ["target", /^(ket qua can dat|muc tieu can dat|muc can dat|ket qua du kien|chi tieu)/],
  ["planned", /^(nd|noi dung) ke hoach.*(dau nam|xd|xay dung)/],
  ["adjusted", /(da duoc )?dieu chinh/],
  ["plannedGroup", /^(nd|noi dung) ke hoach/],
  ["done", /(da trien khai xong|da hoan thanh|da thuc hien xong)/],
  ["inProgress", /(dang trien khai|dang thuc hien|cham so voi)/],
  ["notStarted", /(chua trien khai|chua thuc hien)/],
  ["status", /^(muc do thuc hien|trang thai)/],
  ["key", /^ma dong/],
  ["indicator", /^chi so/],
  ["evidence", /^(thong tin,? du lieu|minh chung)/],
  ["resources", /^nguon luc/],
  ["monitored", /^noi dung theo doi/],
  ["time", /^thoi diem/],
  ["evaluator", /^nguoi danh gia/],
  ["currentState", /^(danh gia )?hien trang/],
  ["limitation", /^(diem )?han che/],
  ["cause", /^nguyen nhan/],
  ["tasks", /^(cong viec|giai phap|bien phap|cac bien phap|noi dung cong viec|hoat dong)/],
  ["lead", /^(chu tri|nguoi thuc hien|nguoi phu trach|don vi\s*\/?\s*(ca nhan )?phu trach|bo phan (thuc hien|phu trach)|nguoi chiu trach nhiem|phan cong)/],
  ["periodStart", /^(bat dau|tu ngay|tu thang|thoi gian bat dau|tu)$/],
  ["periodEnd", /^(hoan thanh|ket thuc|den ngay|den thang|den|thoi han hoan thanh|thoi gian hoan thanh)$/],
  ["period", /^(thoi gian|thoi han|tien do)/],
  ["budget", /^(du kien )?kinh phi/],
  ["support", /^dieu kien ho tro/],
  ["notes", /^ghi chu/],
  ["resultGroup", /^ket qua thuc hien/],
];

export type TableKind = "plan" | "report" | "problems" | "monitoring";

export interface Layout {
  id: "plan-2018" | "report-2018" | "plan-tt57" | "report-tt57" | "problems-tt57" | "monitoring-tt57";
  kind: TableKind;
  /** which standard sets' era the layout belongs to */
  era: "2018" | "tt57";
  /** a header is this layout only if it has all of these roles … */
  keyRoles: Role[][];
  /** … and it scores one point for each of these it has */
  roles: Role[];
  /** where criterion codes live: a code column, prose citing "Tiêu chí x.y", or a list of codes */
  codes: { role: Role; how: "cell" | "prose" | "list" } | null;
  /** fields every task row must have (required/empty) */
  required: Role[];
}

export const LAYOUTS: Layout[] = [
  {
    id: "plan-2018",
    kind: "plan",
    era: "2018",
    keyRoles: [["criterion"], ["target", "tasks", "lead"]],
    roles: ["tt", "criterion", "target", "tasks", "lead", "period", "periodStart", "periodEnd", "budget", "support", "notes"],
    codes: { role: "criterion", how: "cell" },
    required: ["tasks", "lead"],
  },
  {
    id: "report-2018",
    kind: "report",
    era: "2018",
    keyRoles: [["criterion"], ["done", "inProgress", "notStarted", "planned"]],
    roles: ["tt", "criterion", "plannedGroup", "planned", "adjusted", "resultGroup", "done", "inProgress", "notStarted", "notes", "status", "key"],
    codes: { role: "criterion", how: "cell" },
    required: [],
  },
  {
    id: "plan-tt57",
    kind: "plan",
    era: "tt57",
    keyRoles: [["content", "goal"], ["indicator", "evidence", "status", "resources"]],
    roles: ["tt", "content", "goal", "tasks", "indicator", "period", "lead", "resources", "evidence", "status"],
    codes: { role: "content", how: "prose" },
    required: ["tasks", "indicator", "period", "lead"],
  },
  {
    // the progress report KHCT writes for a TT57 plan (no national form; see forms.md)
    id: "report-tt57",
    kind: "report",
    era: "tt57",
    keyRoles: [["key"], ["content"], ["status"]],
    roles: ["tt", "content", "tasks", "indicator", "period", "lead", "status", "resultGroup", "adjusted", "notes", "key"],
    codes: { role: "content", how: "prose" },
    required: [],
  },
  {
    id: "problems-tt57",
    kind: "problems",
    era: "tt57",
    keyRoles: [["standard"], ["relatedCriteria"]],
    roles: ["tt", "standard", "relatedCriteria", "currentState", "limitation", "cause"],
    codes: { role: "relatedCriteria", how: "list" },
    required: [],
  },
  {
    id: "monitoring-tt57",
    kind: "monitoring",
    era: "tt57",
    keyRoles: [["time"], ["monitored"]],
    roles: ["time", "monitored", "resultGroup", "adjusted", "evaluator"],
    codes: null,
    required: [],
  },
];

export function layoutById(id: Layout["id"]): Layout {
  return LAYOUTS.find((l) => l.id === id) as Layout;
}
