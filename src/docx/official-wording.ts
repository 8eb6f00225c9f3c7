/**
 * The wording of an administrative document's header and signature block (Nghị định 30/2020/NĐ-CP):
 * governing body and issuer, quốc hiệu and tiêu ngữ, number, place and date; "Nơi nhận" and the
 * signer. The Word export takes it from here, and here from the wording data the template and the
 * report print (src/core/template/wording.ts), so a printed sheet and its Word copy say the same.
 */
import type { SchoolTypeId } from "../core/standards/school-types";
import { placeAndDate } from "../core/template/document-header";
import { institutionOf, issuerHeading, NATIONAL_HEADING, planRecipients, reportRecipients, SIGNATURE, signerTitle } from "../core/template/wording";

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
  /** the header's left lines (governing body, issuer, number) and right lines (quốc hiệu, tiêu ngữ, place and date) */
  left: string[];
  right: string[];
  receiversTitle: string;
  receivers: string[];
  /** the signer's title lines ("HIỆU TRƯỞNG"; "KT. …" when a deputy signs) and the note under them */
  signer: string[];
  signNote: string;
}

export function officialWording(facts: DocumentFacts): OfficialWording {
  const governingBody = facts.governingBody ?? "";
  const school = facts.school ?? "";
  return {
    left: [governingBody || "…", issuerHeading(school, facts.schoolType), `Số: ${facts.number?.trim() || `…/${facts.kind}-…`}`],
    right: [NATIONAL_HEADING.name, NATIONAL_HEADING.motto, facts.placeAndDate?.trim() || placeAndDate(undefined, undefined)],
    receiversTitle: SIGNATURE.recipients,
    receivers: facts.kind === "BC" ? reportRecipients(governingBody) : planRecipients(governingBody),
    signer: signerTitle(institutionOf(school, facts.schoolType)),
    signNote: SIGNATURE.instruction,
  };
}
