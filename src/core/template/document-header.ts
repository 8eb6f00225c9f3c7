import type { SheetBuilder } from "../sheet/builder";
import type { Style } from "../sheet/patch";

/** What the top of an administrative document says (Nghị định 30/2020/NĐ-CP). */
export interface DocumentInfo {
  governingBody: string;
  school: string;
  /** "97/KH-CX"; empty → "…/KH-…" */
  number?: string;
  /** document kind in the number: "KH" (kế hoạch), "BC" (báo cáo) */
  kind: "KH" | "BC";
  place?: string;
  /** YYYY-MM-DD */
  date?: string;
  /** centred bold lines: "KẾ HOẠCH", "Cải tiến chất lượng giáo dục năm học 2026 - 2027" */
  title: string[];
  /** italic line under the title (the circular followed) */
  subtitle?: string;
}

export const FONT = "Times New Roman";
const BOLD: Style = { font: { name: FONT, size: 13, bold: true }, hAlign: "center", vAlign: "center", wrap: true };
const PLAIN: Style = { font: { name: FONT, size: 13 }, hAlign: "center", vAlign: "center", wrap: true };
const ITALIC: Style = { font: { name: FONT, size: 13, italic: true }, hAlign: "center", vAlign: "center", wrap: true };

/** "TRƯỜNG THPT NGUYỄN DU" from "THPT Nguyễn Du" or "Trường THPT Nguyễn Du". */
export function schoolHeading(name: string): string {
  const n = name.trim().replace(/^trường\s+/iu, "");
  return `TRƯỜNG ${n}`.toLocaleUpperCase("vi");
}

/** "Hóc Môn, ngày 15 tháng 8 năm 2020" (days and months below 10 without a leading zero is common; the decree writes 01–09 with one). */
export function placeAndDate(place: string | undefined, iso: string | undefined): string {
  const where = place?.trim() || "……";
  if (!iso) return `${where}, ngày … tháng … năm 20…`;
  const [y, m, d] = iso.split("-").map(Number);
  const two = (n: number) => (n < 10 ? `0${n}` : String(n));
  return `${where}, ngày ${two(d)} tháng ${m < 3 ? two(m) : String(m)} năm ${y}`;
}

/** Writes the header block: governing body and school (left), national motto (right), place and date, title. */
export function writeDocumentHeader(b: SheetBuilder, info: DocumentInfo, w = b.width): void {
  const leftEnd = Math.max(1, Math.min(2, w - 6));
  const rightStart = Math.max(leftEnd + 1, w - 5);
  const line = (left: string, right: string, leftStyle: Style, rightStyle: Style) => {
    const r = b.row();
    b.set(r, 0, left);
    b.set(r, rightStart, right);
    b.merge(r, 0, r, leftEnd);
    b.merge(r, rightStart, r, w - 1);
    b.style(r, 0, r, leftEnd, leftStyle);
    b.style(r, rightStart, r, w - 1, rightStyle);
    return r;
  };
  line(info.governingBody || "…", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", PLAIN, BOLD);
  line(schoolHeading(info.school || "…"), "Độc lập - Tự do - Hạnh phúc", { ...BOLD, font: { ...BOLD.font, underline: true } }, { ...BOLD, font: { ...BOLD.font, underline: true } });
  line(`Số: ${info.number?.trim() || `…/${info.kind}-…`}`, placeAndDate(info.place, info.date), PLAIN, ITALIC);
  b.row();
  for (const t of info.title) b.spanRow(t, BOLD, 0, w - 1);
  if (info.subtitle) b.spanRow(info.subtitle, ITALIC, 0, w - 1);
  b.row();
}

/** "Nơi nhận" (left) and the signer (right) under the document. */
export function writeSignature(b: SheetBuilder, recipients: string[], w = b.width): void {
  const rightStart = Math.max(3, w - 4);
  b.row();
  const first = b.row();
  b.set(first, 0, "Nơi nhận:");
  b.style(first, 0, first, 0, { font: { name: FONT, size: 12, bold: true, italic: true } });
  b.set(first, rightStart, "HIỆU TRƯỞNG");
  b.merge(first, rightStart, first, w - 1);
  b.style(first, rightStart, first, w - 1, BOLD);
  recipients.forEach((rcp, i) => {
    const r = i === 0 ? b.row() : b.row();
    b.set(r, 0, rcp);
    b.style(r, 0, r, 0, { font: { name: FONT, size: 11 } });
    if (i === 0) {
      b.set(r, rightStart, "(Ký, ghi rõ họ tên, đóng dấu)");
      b.merge(r, rightStart, r, w - 1);
      b.style(r, rightStart, r, w - 1, ITALIC);
    }
  });
}
