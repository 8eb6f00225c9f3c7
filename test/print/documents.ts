/**
 * The documents the print test prints, built as a school makes them: `khct template` (an empty
 * plan for every standard set), the template filled with long real texts (the 2018 plans of
 * documents 000, 002 and 004; TT57 texts of our own) then laid out with `khct layout`, and the
 * report — fresh from `khct report`, and refreshed after staff typed long results into it.
 */
import JSZip from "jszip";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { PlanRow } from "../../src/core/plan/types";
import type { PatchValue, SheetPatch } from "../../src/core/sheet/patch";
import { buildTemplate } from "../../src/core/template/build-template";
import { resolveTemplate, type TemplateRequest } from "../../src/core/template/options";
import { validateWorkbook } from "../../src/core/validate/validate";
import { a1 } from "../../src/core/sheet/address";
import { readWorkbookFile } from "../../src/xlsx/read-workbook";
import { writePatches } from "../../src/xlsx/write-patches";
import { typeCells } from "./type-cells";
import { run } from "../cli/run-khct";
import { doc000 } from "../fixtures/documents/doc000";
import { doc002 } from "../fixtures/documents/doc002";
import { doc004 } from "../fixtures/documents/doc004";
import type { GridWorkbook } from "../fixtures/grid";
import { workbookSnapshot } from "../fixtures/to-snapshot";
import { TT57_CODES, TT57_ITEMS, TT57_MONITORING, TT57_PROBLEMS, TT57_RESULTS } from "../fixtures/print/tt57-texts";

const TODAY = "2026-11-23";

/** What a printed document must show, for the assertions. */
export interface Expectation {
  /** each table: a phrase of its header that prints on one line, and phrases that start lines of its rows */
  tables: { header: string; rows: (string | RegExp)[] }[];
  /** the signer's lines and the recipients: all on one page, the last */
  signature: string[];
  present: string[];
  absent: string[];
}

export interface PrintedDocument {
  name: string;
  file: string;
  expect: Expectation;
}

type Fill = { target?: string; tasks?: string; lead?: string; period?: string; budget?: string; support?: string; notes?: string };

/** The criterion rows of a real plan (document fixtures), as the reader joins them. */
function planRowsOf(doc: GridWorkbook): Map<string, Fill> {
  const v = validateWorkbook(workbookSnapshot(doc), { sheet: "Kế hoạch" });
  const out = new Map<string, Fill>();
  const text = (r: PlanRow, role: string) => (r.fields as Record<string, { text: string } | undefined>)[role]?.text;
  for (const r of v.table!.rows) {
    if (r.kind !== "criterion" || !r.code || out.has(r.code)) continue;
    const start = text(r, "periodStart");
    const end = text(r, "periodEnd");
    out.set(r.code, {
      target: text(r, "target"),
      tasks: text(r, "tasks"),
      lead: text(r, "lead"),
      period: text(r, "period") ?? (start || end ? [start, end].filter(Boolean).join(" – ") : undefined),
      budget: text(r, "budget"),
      support: text(r, "support"),
      notes: text(r, "notes"),
    });
  }
  return out;
}

/** Staff type into the template's criterion rows (the file keeps the heights the template had). */
function type2018(patch: SheetPatch, rows: Map<string, Fill>): SheetPatch {
  const values = patch.blocks[0].values.map((r) => [...r]);
  values.forEach((row, i) => {
    const m = typeof row[1] === "string" ? /^Tiêu chí (\d+\.\d+)$/.exec(row[1]) : null;
    const fill = m ? rows.get(m[1]) : undefined;
    if (!fill) return;
    const cells: PatchValue[] = [fill.target ?? null, fill.tasks ?? null, fill.lead ?? null, fill.period ?? null, fill.budget ?? null, fill.support ?? null, fill.notes ?? null];
    cells.forEach((v, j) => {
      if (v !== null) values[i][2 + j] = v;
    });
  });
  return { ...patch, blocks: [{ ...patch.blocks[0], values }] };
}

/** Staff fill TT57's three tables. */
function typeTt57(patch: SheetPatch): SheetPatch {
  const values = patch.blocks[0].values.map((r) => [...r]);
  const headerRow = (text: string) => values.findIndex((r) => r[0] === "TT" && r.includes(text));
  const problems = headerRow("Đánh giá hiện trạng") + 1;
  TT57_PROBLEMS.forEach((p, i) => {
    const r = values[problems + i];
    [r[1], r[2], r[4], r[6], r[8]] = [p.standard, p.criteria, p.state, p.limitation, p.cause];
  });
  const items = headerRow("Hoạt động/giải pháp") + 1;
  TT57_ITEMS.forEach((p, i) => {
    const r = values[items + i];
    // the first rows cite the criteria the template was made for
    const content = TT57_CODES[i] ? `${p.content} (Tiêu chí ${TT57_CODES[i]})` : p.content;
    [r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9]] = [content, p.goal, p.tasks, p.indicator, p.period, p.lead, p.resources, p.evidence, p.status];
  });
  const monitoring = values.findIndex((r) => r[0] === "Cuối học kỳ I");
  TT57_MONITORING.forEach((m, i) => {
    const r = values[monitoring + i];
    [r[2], r[4], r[7], r[9]] = [m.monitored, m.result || null, m.adjusted || null, m.evaluator];
  });
  return { ...patch, blocks: [{ ...patch.blocks[0], values }] };
}

/**
 * A copy of a workbook holding only `sheet` in its tab list (LibreOffice prints hidden sheets too
 * when it exports a PDF): the other sheets' entries and their print names are dropped.
 */
export async function onlySheet(xlsx: Buffer, sheet: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const wb = await zip.file("xl/workbook.xml")!.async("string");
  const tags = [...wb.matchAll(/<sheet\b[^>]*?\/>/g)].map((m) => m[0]);
  const keep = tags.findIndex((t) => t.includes(`name="${sheet}"`));
  let edited = wb.replace(/<sheets>[\s\S]*?<\/sheets>/, `<sheets>${tags[keep]}</sheets>`);
  edited = edited.replace(/<definedName\b[^>]*?localSheetId="(\d+)"[^>]*>[\s\S]*?<\/definedName>/g, (name, id: string) => (Number(id) === keep ? name.replace(/localSheetId="\d+"/, 'localSheetId="0"') : ""));
  zip.file("xl/workbook.xml", edited.replace(/activeTab="\d+"/, 'activeTab="0"'));
  return zip.generateAsync({ type: "nodebuffer" });
}

const REPORT_SHEET = "Báo cáo tiến độ - Cả năm học";
const STATUS_AND_KEY = ["Trạng thái", "Mã dòng (KHCT)", "#1", "#2"];

async function mustRun(...argv: string[]): Promise<void> {
  const r = await run(...argv);
  if (r.code !== 0) throw new Error(`khct ${argv.join(" ")}: ${r.err}`);
}

/** Staff type results and assessments into the report (in Excel: the file keeps its styles). */
async function typeResults(file: string, results: (key: string) => { col: number; text: string; status?: string } | undefined, blocks: Record<string, string>): Promise<void> {
  const sheet = (await readWorkbookFile(file)).sheets.find((s) => s.name === REPORT_SHEET)!;
  const keyCol = sheet.values.find((r) => r.includes("Mã dòng (KHCT)"))!.indexOf("Mã dòng (KHCT)");
  const texts = new Map<string, string>();
  sheet.values.forEach((row, i) => {
    const r = sheet.top + i;
    const key = row[keyCol];
    const typed = typeof key === "string" ? results(key) : undefined;
    if (typed) {
      texts.set(a1(r, typed.col), typed.text);
      if (typed.status) texts.set(a1(r, keyCol - 1), typed.status);
    }
    const label = row[0];
    if (typeof label === "string" && blocks[label]) texts.set(a1(r, 2), blocks[label]);
  });
  writeFileSync(file, await typeCells(readFileSync(file), REPORT_SHEET, texts));
}

const DOC004_BLOCKS = {
  "+ Ưu điểm:": "Có sự thống nhất cao của tập thể trong việc thực hiện các chủ trương của nhà trường. Tích cực chủ động trong việc thực hiện các kế hoạch đề ra.",
  "+ Hạn chế:": "Vì phải phụ thuộc vào kế hoạch chiến lược của địa phương và của thành phố về đầu tư cơ sở vật chất cho cơ sở giáo dục nên một số hạng mục của nhà trường chưa thể chủ động thực hiện được.",
  "Kiến nghị, đề xuất:": "Dự án xây dựng giai đoạn 2 trùng tu, nâng cấp khu A (Khu bảo tồn) được phê duyệt tiếp tục triển khai thực hiện. Thành phố đầu tư cơ sở vật chất đáp ứng tiêu chuẩn trường THPT chuyên theo Thông tư 05/2023/TT-BGDĐT ngày 28 tháng 02 năm 2023.",
};

/** Long results a school typed (document 004's report), by criterion. */
function doc004Results(): Map<string, string> {
  const sheet = doc004.sheets.find((s) => s.name === "Kết quả thực hiện")!;
  const out = new Map<string, string>();
  for (const row of sheet.rows) {
    const m = typeof row[1] === "string" ? /(\d+\.\d+)$/.exec(row[1]) : null;
    const result = row.slice(4, 7).find((v) => typeof v === "string" && v.length > 0);
    if (m && typeof result === "string") out.set(m[1], `${result} ${typeof row[2] === "string" ? `Cụ thể: ${row[2]}` : ""}`.trim());
  }
  return out;
}

const SIGNATURE_2018 = ["Nơi nhận:", "- Lưu: VT.", "HIỆU TRƯỞNG"];

/** Writes every document into `dir`; returns them with what each must show. */
export async function buildDocuments(dir: string): Promise<PrintedDocument[]> {
  const docs: PrintedDocument[] = [];
  const template = async (name: string, req: TemplateRequest, expect: Expectation, fill?: (p: SheetPatch) => SheetPatch) => {
    const [plan, lists] = buildTemplate(resolveTemplate(req, TODAY)).sheets;
    const file = join(dir, `${name}.xlsx`);
    writeFileSync(file, (await writePatches(null, [fill ? fill(plan) : plan, lists])).output);
    if (fill) await mustRun("layout", file);
    docs.push({ name, file, expect });
    return file;
  };
  const criteriaRows = /^Tiêu chí \d+\.\d+$/;
  const tt57Tables = (filled: boolean): Expectation["tables"] => [
    { header: "Đánh giá hiện trạng", rows: filled ? ["Tiêu chuẩn 1:", "Tiêu chuẩn 2:", "Tiêu chuẩn 4:"] : [/^[1-6]$/] },
    { header: "Hoạt động/giải pháp", rows: filled ? [/^[1-6]\b/, "Chuẩn hóa", "Nâng cao", "Bồi dưỡng", "Theo dõi", "Hoàn thiện", "Tăng cường"] : [/^[1-6]$/] },
    { header: "Nội dung theo dõi", rows: ["Cuối học kỳ I", "Cuối năm học"] },
  ];

  // empty templates, one per standard set
  for (const [set, extra] of [
    ["tt17-2018", {}],
    ["tt18-2018", {}],
    ["tt19-2018", {}],
  ] as const) {
    await template(`template-${set}`, { standardSet: set, school: "Trường Thực Hành", year: "2026-2027", ...extra }, {
      tables: [{ header: "Công việc/giải pháp cần thực hiện", rows: [criteriaRows, /^Yêu cầu \d/, /^Yêu cầu \(Điều 22\)/] }],
      signature: SIGNATURE_2018,
      present: [`(Theo Thông tư số ${set.slice(2, 4)}/2018/TT-BGDĐT)`, "TRƯỜNG THỰC HÀNH"],
      absent: ["Phụ lục II"],
    });
  }
  await template("template-tt57-mam-non", { schoolType: "mn", school: "Trường Mầm non Hoa Sen", governingBody: "UBND PHƯỜNG BẾN THÀNH", year: "2026-2027" }, {
    tables: tt57Tables(false),
    signature: ["Nơi nhận:", "- UBND phường Bến Thành (để báo cáo);", "- Lưu: VT.", "HIỆU TRƯỞNG", "(Ký, ghi rõ họ tên, đóng dấu)"],
    present: ["(Biểu 2, Phụ lục V kèm theo Thông tư số 57/2026/TT-BGDĐT)", "1. Tên cơ sở giáo dục: Trường Mầm non Hoa Sen", "2. Loại hình: Trường mầm non", "TRƯỜNG MẦM NON HOA SEN"],
    absent: ["Phụ lục II", "Sở GD&ĐT (để báo cáo)"],
  });
  await template("template-tt57-pho-thong", { schoolType: "thcs", school: "THCS Văn Lang", year: "2026-2027", signer: { name: "Nguyễn Thị Lan" } }, {
    tables: tt57Tables(false),
    signature: ["Nơi nhận:", "- UBND xã/phường … (để báo cáo);", "HIỆU TRƯỞNG", "Nguyễn Thị Lan"],
    present: ["1. Tên cơ sở giáo dục: Trường THCS Văn Lang", "2. Loại hình: Trường trung học cơ sở", "TRƯỜNG THCS VĂN LANG"],
    absent: ["(Ký, ghi rõ họ tên, đóng dấu)"],
  });
  await template(
    "template-tt57-gdtx",
    { schoolType: "gdtx", school: "Trung tâm GDNN-GDTX Quận 3", governingBody: "SỞ GIÁO DỤC VÀ ĐÀO TẠO TP. HỒ CHÍ MINH", address: "12 Lê Quý Đôn, phường Xuân Hòa, TP. Hồ Chí Minh", year: "2026-2027", signer: { deputy: true } },
    {
      tables: tt57Tables(false),
      signature: ["Nơi nhận:", "- Sở Giáo dục và Đào tạo TP. Hồ Chí Minh (để báo cáo);", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Ký, ghi rõ họ tên, đóng dấu)"],
      present: ["TRUNG TÂM GDNN-GDTX QUẬN 3", "2. Loại hình: Trung tâm giáo dục thường xuyên", "3. Địa chỉ: 12 Lê Quý Đôn"],
      absent: ["TRƯỜNG TRUNG TÂM", "HIỆU TRƯỞNG"],
    },
  );

  // the templates filled with long real texts, then laid out by `khct layout`
  const filled2018 = async (name: string, set: string, doc: GridWorkbook, header: Partial<TemplateRequest>) => {
    const known = new Set(resolveTemplate({ standardSet: set, criteria: "all" }, TODAY).criteria.map((c) => c.code));
    const rows = planRowsOf(doc);
    const codes = [...rows.keys()].filter((c) => known.has(c));
    return template(name, { standardSet: set, criteria: codes.join(","), year: "2023-2024", ...header }, {
      tables: [{ header: "Công việc/giải pháp cần thực hiện", rows: [criteriaRows, /^Yêu cầu/] }],
      signature: SIGNATURE_2018,
      present: [],
      absent: [],
    }, (p) => type2018(p, rows));
  };
  const plan18 = await filled2018("plan-tt18-doc004", "tt18-2018", doc004, { school: "THPT chuyên Lê Hồng Phong", governingBody: "SỞ GIÁO DỤC VÀ ĐÀO TẠO TP. HỒ CHÍ MINH", number: "218-01/KH-THPTChLHP", place: "Thành phố Hồ Chí Minh", date: "2023-09-12" });
  await filled2018("plan-tt18-doc000", "tt18-2018", doc000, { school: "THPT Thạnh Lộc", number: "216/KH-THPT.TL", place: "Thành phố Hồ Chí Minh", date: "2023-10-18" });
  await filled2018("plan-tt17-doc002", "tt17-2018", doc002, { school: "TH Cầu Xáng", governingBody: "UBND HUYỆN HÓC MÔN", number: "97/KH-CX", place: "Hóc Môn", date: "2020-08-15", year: "2020-2021", signer: { name: "Trương Văn Hậu" } });
  // no mầm non plan among the documents: document 004's tasks, as a mầm non school would reuse their wording
  await filled2018("plan-tt19-doc004", "tt19-2018", doc004, { school: "Mầm non Sơn Ca", governingBody: "UBND PHƯỜNG SÀI GÒN" });
  const tt57Filled = async (name: string, schoolType: TemplateRequest["schoolType"], school: string) =>
    template(name, { schoolType, school, criteria: TT57_CODES.join(","), year: "2026-2027", number: "15/KH-TH", place: "Phường Bến Thành", date: "2026-09-20", signer: { name: "Lê Văn Minh" } }, {
      tables: tt57Tables(true),
      signature: ["Nơi nhận:", "- Lưu: VT.", "Lê Văn Minh"],
      present: [],
      absent: [],
    }, typeTt57);
  const plan57 = await tt57Filled("plan-tt57-pho-thong", "thcs", "THCS Văn Lang");
  await tt57Filled("plan-tt57-mam-non", "mn", "Mầm non Hoa Sen");
  await tt57Filled("plan-tt57-gdtx", "gdtx", "Trung tâm GDTX Quận 1");

  // reports: fresh, and refreshed after staff typed long results
  const report = async (name: string, plan: string, year: number, args: string[], expect: Expectation, typing?: (file: string) => Promise<void>) => {
    const file = join(dir, `${name}.work.xlsx`);
    await mustRun("report", plan, "-o", file, "--force", "--date", `${year}-01-15`, ...args);
    if (typing) {
      await typing(file);
      await mustRun("report", file, "--in-place", "--date", `${year}-05-25`, ...args);
    }
    const printed = join(dir, `${name}.xlsx`);
    writeFileSync(printed, await onlySheet(readFileSync(file), REPORT_SHEET));
    docs.push({ name, file: printed, expect });
  };
  const results004 = doc004Results();
  const report2018: Expectation = {
    tables: [{ header: "Kết quả thực hiện", rows: [criteriaRows] }],
    signature: ["Nơi nhận:", "- Sở Giáo dục và Đào tạo TP. Hồ Chí Minh (để báo cáo);", "HIỆU TRƯỞNG", "Phạm Thị Bé Hiền"],
    present: ["Số: …/BC-THPTChLHP", "Thành phố Hồ Chí Minh, ngày", "TRƯỜNG THPT CHUYÊN LÊ HỒNG PHONG", "TỔNG HỢP KẾT QUẢ THỰC HIỆN"],
    absent: [...STATUS_AND_KEY, "Kính gửi", "- Như trên;"],
  };
  await report("report-2018-fresh", plan18, 2024, ["--signer", "Phạm Thị Bé Hiền"], report2018);
  await report("report-2018-refreshed", plan18, 2024, ["--signer", "Phạm Thị Bé Hiền", "--to", "Phòng Khảo thí và Kiểm định chất lượng giáo dục"], {
    ...report2018,
    signature: ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "HIỆU TRƯỞNG", "Phạm Thị Bé Hiền"],
    present: [...report2018.present, "Kính gửi: Phòng Khảo thí và Kiểm định chất lượng giáo dục", "Đã thực hiện, kết quả tốt."],
    absent: STATUS_AND_KEY,
  }, (file) =>
    typeResults(file, (key) => {
      const text = results004.get(key.split("#")[0]);
      const late = /^(3\.5|3\.6|4\.2)#/.test(key);
      return text ? { col: late ? 5 : 4, text, status: late ? "Đang thực hiện" : "Hoàn thành" } : undefined;
    }, DOC004_BLOCKS),
  );
  const reportTt57: Expectation = {
    tables: [{ header: "Hoạt động/giải pháp", rows: [/^[1-6]\b/, "Chuẩn hóa", "Nâng cao", "Bồi dưỡng", "Theo dõi", "Hoàn thiện", "Tăng cường"] }],
    signature: ["Nơi nhận:", "- Lưu: VT.", "HIỆU TRƯỞNG"],
    present: ["Số: …/BC-TH", "Phường Bến Thành, ngày", "TRƯỜNG THCS VĂN LANG"],
    absent: ["Mã dòng (KHCT)", "#1", "Kính gửi", "- Như trên;"],
  };
  await report("report-tt57-fresh", plan57, 2027, [], reportTt57);
  await report("report-tt57-refreshed", plan57, 2027, [], { ...reportTt57, present: [...reportTt57.present, "Đã phân công người phụ trách"] }, (file) =>
    typeResults(file, (key) => {
      // keys: "1.3#1" for an item citing a criterion, "#1", "#2" for the others in order
      const [code, ordinal] = key.split("#");
      const text = TT57_RESULTS[code ? TT57_CODES.indexOf(code) : TT57_CODES.length + Number(ordinal) - 1];
      return text ? { col: 7, text } : undefined;
    }, DOC004_BLOCKS),
  );
  return docs;
}
