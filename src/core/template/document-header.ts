import type { SheetBuilder } from "../sheet/builder";
import type { Style } from "../sheet/patch";
import type { SchoolTypeId } from "../standards/school-types";
import { institutionOf, issuerHeading, NATIONAL_HEADING, SIGNATURE, signerTitle, type Signer } from "./wording";

/** What the top of an administrative document says (Nghị định 30/2020/NĐ-CP). */
export interface DocumentInfo {
  governingBody: string;
  school: string;
  schoolType?: SchoolTypeId;
  /** "97/KH-CX"; empty → "…/KH-…" */
  number?: string;
  /** document kind in the number: "KH" (kế hoạch), "BC" (báo cáo) */
  kind: "KH" | "BC";
  place?: string;
  /** YYYY-MM-DD */
  date?: string;
  /** centred bold lines: "KẾ HOẠCH", "Cải tiến chất lượng giáo dục năm học 2026 - 2027" */
  title: string[];
  /** italic line under the title (the form followed) */
  subtitle?: string;
  /** "Kính gửi: …" under the title */
  addressedTo?: string;
}

export const FONT = "Times New Roman";
const BOLD: Style = { font: { name: FONT, size: 13, bold: true }, hAlign: "center", vAlign: "center", wrap: true };
const PLAIN: Style = { font: { name: FONT, size: 13 }, hAlign: "center", vAlign: "center", wrap: true };
const ITALIC: Style = { font: { name: FONT, size: 13, italic: true }, hAlign: "center", vAlign: "center", wrap: true };
const RECIPIENTS_HEAD: Style = { font: { name: FONT, size: 12, bold: true, italic: true }, vAlign: "top" };
const RECIPIENT: Style = { font: { name: FONT, size: 11 }, vAlign: "top" };

/** "Hóc Môn, ngày 15 tháng 8 năm 2020" (days below 10 and months below 3 with a leading zero, as the decree writes them). */
export function placeAndDate(place: string | undefined, iso: string | undefined): string {
  const where = place?.trim() || "……";
  if (!iso) return `${where}, ngày … tháng … năm 20…`;
  const [y, m, d] = iso.split("-").map(Number);
  const two = (n: number) => (n < 10 ? `0${n}` : String(n));
  return `${where}, ngày ${two(d)} tháng ${m < 3 ? two(m) : String(m)} năm ${y}`;
}

/**
 * Where the header's left block (governing body, issuer, number) ends and the right block (national
 * motto, place and date) starts: the left block takes the columns filling up to 60 % of the width,
 * so the issuer's name stays on one line, and the right block the rest.
 */
export function headerColumns(widths: number[]): { leftEnd: number; rightStart: number } {
  const total = widths.reduce((a, b) => a + b, 0);
  let leftEnd = 0;
  let sum = widths[0] ?? 0;
  while (leftEnd + 2 < widths.length && sum + widths[leftEnd + 1] <= total * 0.6) sum += widths[++leftEnd];
  leftEnd = Math.max(1, leftEnd);
  return { leftEnd, rightStart: leftEnd + 1 };
}

/**
 * Writes the header block: governing body and issuer (left), national motto (right), number, place
 * and date, title — over the columns whose widths (characters) are given.
 */
export function writeDocumentHeader(b: SheetBuilder, info: DocumentInfo, widths: number[]): void {
  const w = widths.length;
  const { leftEnd, rightStart } = headerColumns(widths);
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
  const underlined = { ...BOLD, font: { ...BOLD.font, underline: true } };
  line(info.governingBody || "…", NATIONAL_HEADING.name, PLAIN, BOLD);
  line(issuerHeading(info.school, info.schoolType), NATIONAL_HEADING.motto, underlined, underlined);
  line(`Số: ${info.number?.trim() || `…/${info.kind}-…`}`, placeAndDate(info.place, info.date), PLAIN, ITALIC);
  b.row();
  for (const t of info.title) b.spanRow(t, BOLD, 0, w - 1);
  if (info.subtitle) b.spanRow(info.subtitle, ITALIC, 0, w - 1);
  if (info.addressedTo) b.spanRow(info.addressedTo, PLAIN, 0, w - 1);
  b.row();
}

/**
 * "Nơi nhận" (left) and the signer (right) under the document: the signer's title ("HIỆU
 * TRƯỞNG"; "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG" when a deputy signs; "GIÁM ĐỐC" for a centre), room
 * to sign and seal, then the signer's name — or, while nobody's name is known, the form's
 * instruction "(Ký, ghi rõ họ tên, đóng dấu)" under the title. One line per row, so the recipients
 * stand one line apart whatever the right side holds. The signer stands under the national motto.
 */
export function writeSignature(b: SheetBuilder, recipients: string[], issuer: { school: string; schoolType?: SchoolTypeId }, signer: Signer, widths: number[]): void {
  const w = widths.length;
  const { rightStart } = headerColumns(widths);
  const right: { text: string; style: Style }[] = signerTitle(institutionOf(issuer.school, issuer.schoolType), signer).map((text) => ({ text, style: BOLD }));
  if (!signer.name?.trim()) right.push({ text: SIGNATURE.instruction, style: ITALIC });
  const left: { text: string; style: Style }[] = [{ text: SIGNATURE.recipients, style: RECIPIENTS_HEAD }, ...recipients.map((text) => ({ text, style: RECIPIENT }))];
  b.row();
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const r = b.row();
    if (left[i]) {
      b.set(r, 0, left[i].text);
      b.style(r, 0, r, 0, left[i].style);
    }
    if (right[i]) {
      b.set(r, rightStart, right[i].text);
      b.merge(r, rightStart, r, w - 1);
      b.style(r, rightStart, r, w - 1, right[i].style);
    }
  }
  b.height(b.row(), SIGNATURE.signingSpace);
  if (signer.name?.trim()) {
    const r = b.row();
    b.set(r, rightStart, signer.name.trim());
    b.merge(r, rightStart, r, w - 1);
    b.style(r, rightStart, r, w - 1, BOLD);
  }
}
