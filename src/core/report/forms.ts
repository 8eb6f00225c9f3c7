/**
 * The report forms KHCT writes, as data. 2018 plans: the layout schools submit (document 004,
 * second table). TT57 plans: no national form exists; progress lives in "Mức độ thực hiện" and the
 * monitoring table, so the report lists each plan row with its status and result for the period.
 */
import type { Role } from "../layouts/layouts";

export type ColumnSource =
  | { kind: "plan"; from: Role[] } // copied from the plan at every build
  | { kind: "frozen"; from: Role[] } // copied from the plan at the first build, then kept
  | { kind: "staff" } // typed by staff: always kept
  | { kind: "status" } // staff's status (dropdown); drives the summary
  | { kind: "code" } // "Tiêu chí 1.2" on the criterion's first row
  | { kind: "tt" }
  | { kind: "key" }; // the hidden stable key of the row

export interface ReportColumn {
  role: Role;
  header: string;
  /** a parent header spanning the following sibling columns that share it */
  parent?: string;
  width: number;
  source: ColumnSource;
  /** outside the printed area (a helper column for staff) */
  unprinted?: boolean;
  hidden?: boolean;
}

export interface ReportForm {
  id: "report-2018" | "report-tt57";
  columns: ReportColumn[];
  /** result columns in the order done, in progress, not started (2018 form) */
  resultRoles?: { done: Role; inProgress: Role; notStarted: Role };
}

export const REPORT_2018: ReportForm = {
  id: "report-2018",
  columns: [
    { role: "tt", header: "TT", width: 5, source: { kind: "tt" } },
    { role: "criterion", header: "Tiêu chuẩn, tiêu chí", width: 16, source: { kind: "code" } },
    { role: "planned", parent: "ND Kế hoạch cải tiến chất lượng giáo dục năm học {year}", header: "ND kế hoạch cải tiến chất lượng được xây dựng đầu năm", width: 40, source: { kind: "frozen", from: ["tasks"] } },
    { role: "adjusted", parent: "ND Kế hoạch cải tiến chất lượng giáo dục năm học {year}", header: "ND kế hoạch cải tiến chất lượng đã được điều chỉnh", width: 26, source: { kind: "staff" } },
    { role: "done", parent: "Kết quả thực hiện", header: "Những công việc đã triển khai xong theo đúng KH", width: 22, source: { kind: "staff" } },
    { role: "inProgress", parent: "Kết quả thực hiện", header: "Những công việc đang triển khai theo KH, hoặc chậm so với KH", width: 22, source: { kind: "staff" } },
    { role: "notStarted", parent: "Kết quả thực hiện", header: "Những công việc chưa triển khai", width: 20, source: { kind: "staff" } },
    { role: "notes", header: "Ghi chú", width: 14, source: { kind: "staff" } },
    { role: "status", header: "Trạng thái (chọn; không in)", width: 16, source: { kind: "status" }, unprinted: true },
    { role: "key", header: "Mã dòng (KHCT)", width: 10, source: { kind: "key" }, unprinted: true, hidden: true },
  ],
  resultRoles: { done: "done", inProgress: "inProgress", notStarted: "notStarted" },
};

export const REPORT_TT57: ReportForm = {
  id: "report-tt57",
  columns: [
    { role: "tt", header: "TT", width: 5, source: { kind: "tt" } },
    { role: "content", header: "Nội dung cải tiến", width: 24, source: { kind: "plan", from: ["content"] } },
    { role: "tasks", header: "Hoạt động/giải pháp", width: 30, source: { kind: "frozen", from: ["tasks"] } },
    { role: "indicator", header: "Chỉ số đánh giá kết quả", width: 18, source: { kind: "plan", from: ["indicator"] } },
    { role: "period", header: "Thời gian thực hiện", width: 13, source: { kind: "plan", from: ["period"] } },
    { role: "lead", header: "Đơn vị/cá nhân phụ trách", width: 15, source: { kind: "plan", from: ["lead"] } },
    { role: "status", header: "Mức độ thực hiện", width: 14, source: { kind: "status" } },
    { role: "resultGroup", header: "Kết quả thực hiện, minh chứng ({period})", width: 28, source: { kind: "staff" } },
    { role: "adjusted", header: "Điều chỉnh (nếu có)", width: 20, source: { kind: "staff" } },
    { role: "notes", header: "Ghi chú", width: 12, source: { kind: "staff" } },
    { role: "key", header: "Mã dòng (KHCT)", width: 10, source: { kind: "key" }, unprinted: true, hidden: true },
  ],
};

/** Free-text blocks under the table, kept across refreshes by their label. */
export const REPORT_BLOCKS = [
  { label: "Nhận xét, đánh giá:", heading: true },
  { label: "+ Ưu điểm:" },
  { label: "+ Hạn chế:" },
  { label: "Kiến nghị, đề xuất:" },
] as const;

export interface ReportPeriod {
  id: "hk1" | "year";
  report: string; // "Học kỳ I" / "Cả năm học"
  monitoring: string; // "Cuối học kỳ I" / "Cuối năm học"
}

export const REPORT_PERIODS: Record<ReportPeriod["id"], ReportPeriod> = {
  hk1: { id: "hk1", report: "Học kỳ I", monitoring: "Cuối học kỳ I" },
  year: { id: "year", report: "Cả năm học", monitoring: "Cuối năm học" },
};

/** The summary under the report's table: counts and shares of the tasks, per standard for 2018 plans. */
export const SUMMARY = {
  title: "TỔNG HỢP KẾT QUẢ THỰC HIỆN",
  header: ["Nội dung", "Số công việc", "Tỷ lệ"],
  total: "Tổng số công việc",
} as const;
