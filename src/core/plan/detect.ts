import { SCHOOL_TYPES, schoolTypeById, type SchoolTypeId } from "../standards/school-types";
import { indexOf, setsForCircular, setsForSchoolType, setsInForce, STANDARD_SETS, standardSetById } from "../standards/sets";
import type { StandardSet } from "../standards/types";
import type { SheetView } from "../sheet/snapshot";
import { cleanText, foldKey } from "../text/normalize";
import type { PlanTable } from "./types";

export type EvidenceSource = "user" | "circular" | "schoolType" | "schoolYear" | "layout" | "codes" | "default";

export interface Evidence {
  source: EvidenceSource;
  evidence: string;
  cell?: string;
  /** set when the evidence is on another sheet than the table's */
  sheet?: string;
}

export interface SchoolInfo {
  name?: string;
  /** the governing body written above the school's name ("UBND HUYỆN HÓC MÔN") */
  governingBody?: string;
  type?: SchoolTypeId;
  /** "2023-2024" */
  year?: string;
  yearCell?: string;
  yearSheet?: string;
}

export interface Detection {
  set: StandardSet;
  detectedFrom: Evidence[];
  school: SchoolInfo;
}

interface TextCell {
  text: string;
  cell: string;
  sheet?: string;
}

const CIRCULAR = /(?<!\d)(\d{1,2})\s*\/\s*(20\d\d)\s*\/\s*(?:tt|qđ|nđ|tt-bgdđt|qđ-bgdđt)/g;
const SCHOOL_YEAR = /năm học\s*:?\s*(20\d\d)\s*-\s*(20\d\d)/;
const CITATION_WORDS = /thông tư|căn cứ|quyết định|công văn|văn bản/;

/** Text cells outside the tables: the document header, title and prose, read for detection only. */
function outsideText(view: SheetView, tables: PlanTable[], otherSheet: boolean): TextCell[] {
  const inTable = (r: number) => tables.some((t) => r >= t.headerRows[0] && r <= t.lastRow);
  const out: TextCell[] = [];
  for (let r = view.top; r <= view.bottom; r++) {
    if (inTable(r)) continue;
    for (let c = view.left; c <= view.right; c++) {
      const v = view.value(r, c);
      if (typeof v !== "string" || v.trim() === "") continue;
      out.push({ text: cleanText(v), cell: view.cell(r, c).address, sheet: otherSheet ? view.name : undefined });
    }
  }
  return out;
}

const WHOLE_WORDS = new Map<string, RegExp>();

function wholeWord(haystack: string, token: string): boolean {
  if (!haystack.includes(token)) return false; // most cells hold no token at all: no regex for them
  let re = WHOLE_WORDS.get(token);
  if (!re) {
    const esc = token.replace(/[.*+?^${}()|[\]\\&]/g, (ch) => (ch === "&" ? "&" : `\\${ch}`));
    WHOLE_WORDS.set(token, (re = new RegExp(`(?<![\\p{L}\\d])${esc}(?![\\p{L}\\d])`, "u")));
  }
  return re.test(haystack);
}

function findSchool(cells: TextCell[]): SchoolInfo & { typeCell?: TextCell; typeToken?: string } {
  const info: SchoolInfo & { typeCell?: TextCell; typeToken?: string } = {};
  const short = cells.filter((c) => c.text.length <= 100 && !CITATION_WORDS.test(foldKey(c.text)));
  // a school ("TRƯỜNG THPT …", named without the word) or a continuing-education centre ("TRUNG TÂM GDNN-GDTX …", named with it)
  const nameCell = short.find((c) => /^(trường|trung tâm)\s+\S/.test(foldKey(c.text)) && c.text.length <= 80);
  if (nameCell) info.name = nameCell.text.replace(/^trường\s+/i, "").trim();
  // a template's placeholder ("TRƯỜNG …") names no school
  if (info.name && !/[\p{L}\d]/u.test(info.name)) info.name = undefined;
  const body = short.find((c) => /^(ubnd|ủy ban nhân dân|sở giáo dục|phòng giáo dục|phòng gd)/.test(foldKey(c.text)));
  if (body) info.governingBody = body.text;
  else {
    for (const c of short) {
      const m = /\btrường\s+((?:mầm non|mẫu giáo|tiểu học|thcs|thpt|th|mn|mg|gdtx|ptdtnt|pt)\b.*?)(?:\s+năm học.*)?$/iu.exec(c.text);
      if (m) {
        info.name = m[1].trim();
        break;
      }
    }
  }
  // school type: the name first, then the document number, then titles
  const ordered = [...(nameCell ? [nameCell] : []), ...short.filter((c) => /^số\b/.test(foldKey(c.text))), ...short];
  outer: for (const c of ordered) {
    const key = foldKey(c.text);
    for (const t of SCHOOL_TYPES) {
      for (const token of t.tokens) {
        if (wholeWord(key, token)) {
          info.type = t.id;
          info.typeCell = c;
          info.typeToken = token;
          break outer;
        }
      }
    }
  }
  for (const c of cells) {
    const m = SCHOOL_YEAR.exec(foldKey(c.text));
    if (m && Number(m[2]) === Number(m[1]) + 1) {
      info.year = `${m[1]}-${m[2]}`;
      info.yearCell = c.cell;
      info.yearSheet = c.sheet;
      break;
    }
  }
  return info;
}

function findCircular(cells: TextCell[]): { key: string; cell: TextCell; written: string } | undefined {
  for (const c of cells) {
    const key = foldKey(c.text);
    CIRCULAR.lastIndex = 0;
    for (let m = CIRCULAR.exec(key); m; m = CIRCULAR.exec(key)) {
      const k = `${Number(m[1])}/${m[2]}`;
      if (!setsForCircular(k).length) continue;
      const written = /\d{1,2}\s*\/\s*20\d\d\s*\/\s*[^\s,;)]*/u.exec(c.text.slice(m.index))?.[0] ?? k;
      return { key: k, cell: c, written };
    }
  }
  return undefined;
}

/** The first "Phụ lục <n>" written in a cell citing the circular that is the annex of one of its sets. */
function annexNamingASet(cells: TextCell[], circularKey: string, sets: StandardSet[]): string | undefined {
  for (const c of cells) {
    const key = foldKey(c.text);
    CIRCULAR.lastIndex = 0;
    const cites = [...key.matchAll(CIRCULAR)].some((m) => `${Number(m[1])}/${m[2]}` === circularKey);
    if (!cites) continue;
    for (const m of key.matchAll(/phụ lục\s+(i{1,3}|iv|v)\b/g)) {
      const annex = m[1].toUpperCase();
      if (sets.some((s) => s.annex === annex)) return annex;
    }
  }
  return undefined;
}

function citedCodes(tables: PlanTable[]): string[] {
  const codes = new Set<string>();
  for (const t of tables) {
    for (const row of t.rows) {
      if (row.code) codes.add(row.code);
      for (const r of row.refs ?? []) codes.add(r.ref.code);
    }
  }
  return [...codes];
}

/**
 * Which standard set the plan follows, by precedence: the user's choice > the circular the
 * document cites > the school type (name, number, title) > the school year against the sets'
 * dates > the layout's era > the codes used (which only rule sets out). Titles never vote.
 */
export function detectStandardSet(
  view: SheetView,
  tables: PlanTable[],
  userSetId?: string,
  otherSheets: { view: SheetView; tables: PlanTable[] }[] = [],
): Detection {
  // the sheet's own text first; a workbook's other sheets (a cover page, the plan beside a report) after
  const cells = [view, ...otherSheets.map((o) => o.view)].flatMap((v, i) => outsideText(v, i === 0 ? tables : otherSheets[i - 1].tables, i > 0));
  const school = findSchool(cells);
  const { typeCell, typeToken, ...schoolInfo } = school;
  const detectedFrom: Evidence[] = [];
  if (userSetId) {
    const set = standardSetById(userSetId);
    if (!set) throw new Error(`unknown standard set ${userSetId}`);
    return { set, detectedFrom: [{ source: "user", evidence: userSetId }], school: schoolInfo };
  }
  let candidates: StandardSet[] = [...STANDARD_SETS];
  /** Keeps the candidates the evidence allows; evidence that only confirms is recorded unless `onlyIfNarrows`. */
  const narrow = (next: StandardSet[], ev: Evidence, onlyIfNarrows = false) => {
    if (next.length === 0) return;
    if (onlyIfNarrows && next.length === candidates.length) return;
    candidates = next;
    detectedFrom.push(ev);
  };
  const circular = findCircular(cells);
  if (circular) {
    // "Phụ lục II, Thông tư 57/2026": an annex of the circular that names one of its sets (not the form's own Phụ lục V)
    const sets = setsForCircular(circular.key);
    const annex = annexNamingASet(cells, circular.key, sets);
    const byAnnex = annex ? sets.filter((s) => s.annex === annex) : [];
    narrow(byAnnex.length ? byAnnex : sets, { source: "circular", evidence: byAnnex.length ? `${circular.written}, Phụ lục ${annex}` : circular.written, cell: circular.cell.cell, sheet: circular.cell.sheet });
  }
  if (school.type && typeCell) {
    const ofType = setsForSchoolType(school.type);
    const label = schoolTypeById(school.type)?.vi ?? school.type;
    narrow(candidates.filter((s) => ofType.includes(s)), { source: "schoolType", evidence: `${typeToken?.toUpperCase()} → ${label}`, cell: typeCell.cell, sheet: typeCell.sheet });
  }
  if (school.year && candidates.length > 1) {
    const startOfYear = `${school.year.slice(0, 4)}-09-01`;
    narrow(setsInForce(candidates, startOfYear), { source: "schoolYear", evidence: `năm học ${school.year}`, cell: school.yearCell, sheet: school.yearSheet });
  }
  const eras = new Set(tables.map((t) => t.layout.era));
  if (eras.size === 1) {
    const era = [...eras][0];
    const isTt57 = (s: StandardSet) => s.levels.length === 2 && !s.level4;
    narrow(candidates.filter((s) => (era === "tt57" ? isTt57(s) : !isTt57(s))), { source: "layout", evidence: tables[0].layout.id }, true);
  }
  const codes = citedCodes(tables);
  if (codes.length) {
    const unknownCount = (s: StandardSet) => codes.filter((c) => !indexOf(s).criteria.has(c)).length;
    const fewest = Math.min(...candidates.map(unknownCount));
    narrow(candidates.filter((s) => unknownCount(s) === fewest), { source: "codes", evidence: codes.slice(0, 12).join(", ") }, true);
  }
  if (detectedFrom.length === 0) detectedFrom.push({ source: "default", evidence: candidates[0].id });
  return { set: candidates[0], detectedFrom, school: schoolInfo };
}

