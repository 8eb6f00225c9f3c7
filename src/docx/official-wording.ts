/**
 * The wording of an administrative document's header and signature block (Nghị định 30/2020/NĐ-CP):
 * governing body and school, quốc hiệu and tiêu ngữ, number, place and date; "Nơi nhận" and the
 * signer. The Word export takes it from here only. Today it is what src/core/template writes into
 * the plan template (read back from the template's own header and signature rows, so the two never
 * differ); this is the one function to switch when that wording becomes data of its own.
 */
import type { SchoolTypeId } from "../core/standards/school-types";
import { SheetBuilder } from "../core/sheet/builder";
import { recipients } from "../core/template/build-template";
import { writeDocumentHeader, writeSignature } from "../core/template/document-header";

export interface DocumentFacts {
  kind: "KH" | "BC";
  governingBody?: string;
  school?: string;
  /** "216/KH-THPT.TL", without "Số:" */
  number?: string;
  /** the place and date line as the document wrote it ("Hóc Môn, ngày 15 tháng 8 năm 2020"); else the template's blank one */
  placeAndDate?: string;
  schoolType?: SchoolTypeId;
}

export interface OfficialWording {
  /** the header's left lines (governing body, school, number) and right lines (quốc hiệu, tiêu ngữ, place and date) */
  left: string[];
  right: string[];
  receiversTitle: string;
  receivers: string[];
  /** the signer's title lines ("HIỆU TRƯỞNG") and the note under them */
  signer: string[];
  signNote: string;
}

/** The non-empty cells of each row a builder wrote, left to right. */
function rowsOf(b: SheetBuilder): string[][] {
  const values = b.patch("wording").blocks[0]?.values ?? [];
  return values.map((r) => r.filter((v): v is string => typeof v === "string" && v !== ""));
}

export function officialWording(facts: DocumentFacts): OfficialWording {
  const header = new SheetBuilder(9);
  writeDocumentHeader(header, { governingBody: facts.governingBody ?? "", school: facts.school ?? "", number: facts.number, kind: facts.kind, title: [] });
  const [body, motto, numberAndDate] = rowsOf(header);
  const signature = new SheetBuilder(9);
  writeSignature(signature, recipients({ schoolType: facts.schoolType }));
  const [first, ...rest] = rowsOf(signature).filter((r) => r.length > 0);
  return {
    left: [body[0], motto[0], numberAndDate[0]],
    right: [body[1], motto[1], facts.placeAndDate?.trim() || numberAndDate[1]],
    receiversTitle: first[0],
    receivers: rest.map((r) => r[0]),
    signer: first.slice(1),
    signNote: rest[0]?.[1] ?? "",
  };
}
