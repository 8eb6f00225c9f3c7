import { memoText } from "./memo";
import { foldKey } from "./normalize";

/**
 * A target-level statement from "Kết quả cần đạt (so với hiện trạng)": "Đạt mức 3 (hiện trạng mức 2)",
 * "Đạt mức 1", "Mức 2", "Duy trì mức 3", "Giữ vững Mức 2". Prose goals ("Xây dựng thư viện thông
 * minh.") are not level statements and are not errors.
 */
export interface LevelStatement {
  target: number;
  current?: number;
  /** "duy trì" / "giữ vững": the target may equal the current level */
  maintain: boolean;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5 };
const NUM = String.raw`(\d{1,2}|iv|v|i{1,3})`;
const VERB = String.raw`(?:(?:phấn đấu|tiếp tục|cố gắng)\s+)?(đạt được|đạt|duy trì|giữ vững|giữ|nâng lên|lên|tăng lên)?`;
const STATEMENT = new RegExp(String.raw`^${VERB}\s*(?:ở\s+)?mức(?:\s+độ)?\s*${NUM}(?![\p{L}\d])`, "u");
const CURRENT = new RegExp(String.raw`(?:hiện trạng|hiện tại|hiện nay|hiện đang|so với)\s*(?:là|:|-|đạt)?\s*(?:ở\s+)?mức(?:\s+độ)?\s*${NUM}(?![\p{L}\d])`, "u");

function levelNumber(s: string): number {
  return ROMAN[s] ?? Number(s);
}

export const parseLevelStatement: (text: string) => LevelStatement | undefined = memoText(readLevelStatement);

function readLevelStatement(text: string): LevelStatement | undefined {
  const t = foldKey(text);
  const m = STATEMENT.exec(t);
  if (!m) return undefined;
  const verb = m[1] ?? "";
  const statement: LevelStatement = {
    target: levelNumber(m[2]),
    maintain: verb === "duy trì" || verb.startsWith("giữ"),
  };
  const c = CURRENT.exec(t.slice(m[0].length));
  if (c) statement.current = levelNumber(c[1]);
  return statement;
}

/** The phrase KHCT writes and proposes: "Đạt mức 2 (hiện trạng mức 1)", "Duy trì mức 2". */
export function levelPhrase(target: number, current?: number): string {
  if (current !== undefined && current === target) return `Duy trì mức ${target}`;
  return current === undefined ? `Đạt mức ${target}` : `Đạt mức ${target} (hiện trạng mức ${current})`;
}

/** The numbering of a part of the plan before its level group: "I.", "II)", "A.", "Phần I:", "1." */
const GROUP_NUMBER = /^(?:phần\s+)?(?:[ivx]{1,4}|[a-dđ]|\d)\s*[.):\-–]\s*/;
/** A group's number standing alone (in the TT column, its title beside it): "I", "II.", "A", "B)" */
const GROUP_NUMBER_ONLY = /^(?:[ivx]{1,4}|[a-dđ])[.)]?$/;

/** Whether a cell holds only the number of a level group ("II" beside "Mức 4"). */
export function isGroupNumber(text: string): boolean {
  return GROUP_NUMBER_ONLY.test(foldKey(text));
}

/** Words before "mức" in a group's title: "Các tiêu chí đạt", "Tiêu chí ở", "Nhóm tiêu chí" */
const GROUP_WORDS = /^(?:(?:các|nhóm)\s+)?(?:tiêu chí\s+(?:(?:đạt|ở|đánh giá)\s+)?)?/;

/**
 * A level-group row: "MỨC 1", "MỨC 1, 2, 3", "Mức 4", "MỨC 1 VÀ 2", numbered or titled as staff
 * write them: "I. MỨC 1, 2, 3", "II. Các tiêu chí đạt Mức 4", "Phần A: Tiêu chí mức 1 - 3".
 * Every row's first cell is asked: answers are remembered.
 */
export const parseLevelGroup: (text: string) => number[] | undefined = memoText(readLevelGroup);

function readLevelGroup(text: string): number[] | undefined {
  const t = foldKey(text).replace(/[:.]$/, "").replace(GROUP_NUMBER, "").replace(GROUP_WORDS, "");
  const m = /^mức(?:\s+độ)?\s*(\d(?:\s*(?:,|;|và|&|-|–)\s*\d)*)$/.exec(t);
  if (!m) return undefined;
  const nums = m[1].split(/\s*(?:,|;|và|&)\s*/).flatMap((part) => {
    const r = /^(\d)\s*[-–]\s*(\d)$/.exec(part);
    if (!r) return [Number(part)];
    const out: number[] = [];
    for (let i = Number(r[1]); i <= Number(r[2]); i++) out.push(i);
    return out;
  });
  return nums.every((n) => Number.isFinite(n)) ? nums : undefined;
}
