/**
 * Implementation statuses: one vocabulary, as data. No copy of TT57 fixes the values of "Mức độ
 * thực hiện"; applications use these. Each maps to one of the three result columns of the 2018
 * report form; "Không thực hiện" is counted apart and explained in Ghi chú.
 */
export type Bucket = "done" | "inProgress" | "notStarted" | "dropped";

export interface StatusDef {
  label: string;
  bucket: Bucket;
  en: string;
}

export const STATUS_DEFS: StatusDef[] = [
  { label: "Hoàn thành", bucket: "done", en: "Done" },
  { label: "Đang thực hiện", bucket: "inProgress", en: "In progress" },
  { label: "Chậm tiến độ", bucket: "inProgress", en: "Late" },
  { label: "Chưa thực hiện", bucket: "notStarted", en: "Not started" },
  { label: "Không thực hiện", bucket: "dropped", en: "Dropped" },
];

export const STATUSES = STATUS_DEFS.map((s) => s.label);

export const BUCKET_LABELS: Record<Bucket, { vi: string; en: string }> = {
  done: { vi: "Đã triển khai xong theo đúng kế hoạch", en: "Done as planned" },
  inProgress: { vi: "Đang triển khai hoặc chậm so với kế hoạch", en: "In progress or late" },
  notStarted: { vi: "Chưa triển khai", en: "Not started" },
  dropped: { vi: "Không thực hiện", en: "Dropped" },
};
