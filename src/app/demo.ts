/**
 * `npm run demo`: what KHCT does, end to end, on a sample THPT plan for 2026-2027 (TT57):
 * insert the template, fill rows as staff would (with a few typical mistakes), validate, write the
 * execution-status report. Files go to the folder given (demo-output/ by default), KHCT's own.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { typedAsFormula } from "../core/plan/field";
import { withLayout } from "../core/print/layout-patch";
import { KHCT_WORKBOOK_FONT } from "../core/print/looks";
import { buildReport, reportSheetName } from "../core/report/build-report";
import type { Lang } from "../core/rules/types";
import type { PatchValue, SheetPatch } from "../core/sheet/patch";
import { buildTemplate } from "../core/template/build-template";
import { resolveTemplate } from "../core/template/options";
import { validateWorkbook } from "../core/validate/validate";
import { readWorkbookBuffer } from "../xlsx/read-workbook";
import { writePatches } from "../xlsx/write-patches";

type Row = [goal: PatchValue, activity: string, indicator: string, period: PatchValue, lead: PatchValue, resources: string, evidence: string, status: string];

/** What staff type into the plan table (columns C..J), mistakes included. */
const STAFF_ROWS: Row[] = [
  ["Đạt mức 2 (hiện trạng mức 1)", "Cập nhật phần mềm quản lý hồ sơ học sinh, đội ngũ; rà soát dữ liệu mỗi tháng.", "100% hồ sơ được cập nhật đúng hạn", "09/2026-12/2026", "Phó Hiệu trưởng; tổ văn phòng", "Ngân sách nhà trường", "Báo cáo rà soát dữ liệu", "Đang thực hiện"],
  ["Đạt Mức 3", "Rà soát kế hoạch cải tiến mỗi học kỳ; công khai kết quả trên cổng thông tin.", "02 lần rà soát/năm học", "Học kỳ I", "Hội đồng tự đánh giá", "Không", "Biên bản rà soát", "Chưa thực hiện"],
  ["Đạt mức 2 (hiện trạng mức 1)", "Bồi dưỡng giáo viên về chương trình môn học và kiểm tra đánh giá.", "90% giáo viên hoàn thành bồi dưỡng", "Tháng 13/2026", "Tổ trưởng chuyên môn", "Kinh phí bồi dưỡng thường xuyên", "Chứng nhận bồi dưỡng", "Chưa thực hiện"],
  ["Duy trì mức 2", "Dự giờ, góp ý đổi mới phương pháp dạy học theo nghiên cứu bài học.", "Mỗi giáo viên ít nhất 02 tiết/học kỳ", "Hằng năm", null, "Không", "Phiếu dự giờ", "Chưa thực hiện"],
  ["Đạt mức 2 (hiện trạng mức 1)", "Kiểm tra an toàn phòng học, phòng thí nghiệm; diễn tập phòng cháy.", "Không có sự cố mất an toàn", "10/2026-05/2027", { formula: "=-Tổ trưởng tổ văn phòng", cached: "#NAME?" }, "Ngân sách nhà trường", "Biên bản kiểm tra", "Chưa thực hiện"],
];

/** Fills the template's plan rows as staff would: C..J of each criterion row, and one row citing a code TT57 lacks. */
function fillAsStaff(plan: SheetPatch): void {
  const values = plan.blocks[0].values;
  const first = values.findIndex((r) => r[1] === "Nội dung cải tiến") + 1;
  STAFF_ROWS.forEach((row, i) => values[first + i].splice(2, row.length, ...row));
  const extra = values[first + STAFF_ROWS.length];
  extra.splice(1, 9, "TC 5.1: Kết quả giáo dục", "Đạt mức 2 (hiện trạng mức 1)", "Phụ đạo học sinh yếu kém.", "Tỷ lệ lên lớp 98%", "Cả năm học", "Giáo viên chủ nhiệm", "Không", "Sổ theo dõi", "Chưa thực hiện");
}

export async function runDemo(folder: string, lang: Lang, say: (s: string) => void): Promise<void> {
  const t = (vi: string, en: string) => (lang === "en" ? en : vi);
  await mkdir(folder, { recursive: true });
  const plan = resolveTemplate(
    { schoolType: "thpt", criteria: "1.3,1.4,2.2,3.2,4.2", school: "THPT Nguyễn Du", governingBody: "SỞ GIÁO DỤC VÀ ĐÀO TẠO TP. HỒ CHÍ MINH", number: "45/KH-THPTND", place: "Quận 10", date: "2026-09-15", year: "2026-2027" },
    "2026-09-15",
  );
  const patches = buildTemplate(plan).sheets;
  say(t(`1. Chèn mẫu kế hoạch ${plan.set.circular} (Phụ lục ${plan.set.annex}) cho trường THPT, 5 tiêu chí ưu tiên.`, `1. Insert the ${plan.set.circular} plan template (annex ${plan.set.annex}) for an upper secondary school, 5 priority criteria.`));
  fillAsStaff(patches[0]);
  // Excel grows each row to its text as staff type; rows filled here get the heights their text needs
  patches[0] = withLayout(patches[0], KHCT_WORKBOOK_FONT).patch;
  say(t("2. Điền các dòng như cán bộ thường làm, kèm vài lỗi hay gặp (Mức 3, tháng 13, thiếu người phụ trách, \"-Tổ trưởng\" thành công thức, TC 5.1).", "2. Fill the rows as staff do, with a few typical mistakes (Mức 3, month 13, no person in charge, \"-Tổ trưởng\" turned into a formula, TC 5.1)."));
  const planFile = join(folder, "ke-hoach-thpt-nguyen-du.xlsx");
  const written = await writePatches(null, patches);
  await writeFile(planFile, written.output);

  const workbook = await readWorkbookBuffer(written.output);
  const validation = validateWorkbook(workbook);
  const { errors, warnings, infos, criteria } = validation.summary;
  say(t(`3. Kiểm tra kế hoạch: ${errors} lỗi, ${warnings} cảnh báo, ${infos} gợi ý; ${criteria} tiêu chí.`, `3. Validate the plan: ${errors} errors, ${warnings} warnings, ${infos} infos; ${criteria} criteria.`));
  const fixed = (text: string) => (typedAsFormula(text) ? t(` → văn bản «${text}»`, ` → as text «${text}»`) : ` → "${text}"`);
  for (const d of validation.diagnostics) say(`   ${d.cell ?? "—"}  ${d.rule}: ${d.message[lang]}${d.fix ? fixed(d.fix.new) : ""}`);

  const { patch, stats } = buildReport({ plan: validation.table!, detection: validation.detection, period: "hk1", date: "2027-01-15", place: "Quận 10" });
  patch.create = true;
  const reported = await writePatches(written.output, [patch]);
  const reportFile = join(folder, "ke-hoach-thpt-nguyen-du-bao-cao.xlsx");
  await writeFile(reportFile, reported.output);
  say(t(`4. Lập báo cáo tiến độ "${reportSheetName("hk1")}": ${stats.tasks} công việc, ${stats.late} quá hạn.`, `4. Build the progress report "${reportSheetName("hk1")}": ${stats.tasks} tasks, ${stats.late} late.`));
  say(t(`\nCác tệp:\n  ${planFile}\n  ${reportFile}\nThử thêm: npx khct validate ${planFile}`, `\nFiles:\n  ${planFile}\n  ${reportFile}\nTry: npx khct validate ${planFile} --lang en`));
}
