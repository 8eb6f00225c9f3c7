import type { CellValue, SheetSnapshot } from "../src/core/sheet/snapshot";
import { indexOf, standardSetById } from "../src/core/standards/sets";

/**
 * `rows` criterion rows of a TT18 plan as staff fill one: level groups of the set's 28 criteria (so
 * no duplicates) under their standards, each row with a target and what `rest` gives for row i (tasks,
 * lead, period, budget); one row in 50 carries a typical mistake (a Mức 3 target where the criterion
 * stops at Mức 2).
 */
export function criterionRows(rows: number, rest: (i: number) => CellValue[]): CellValue[][] {
  const set = standardSetById("tt18-2018")!;
  const criteria = [...indexOf(set).criteria.values()];
  const values: CellValue[][] = [];
  let written = 0;
  while (written < rows) {
    values.push([`MỨC ${(written / criteria.length) % 3 === 0 ? "1, 2, 3" : "1, 2"}`, null, null, null, null, null, null, null, null]);
    let lastStandard = 0;
    for (const c of criteria) {
      if (written >= rows) break;
      const std = Number(c.code.split(".")[0]);
      if (std !== lastStandard) {
        values.push([std, `Tiêu chuẩn ${std}: ${set.standards[std - 1].title}`, null, null, null, null, null, null, null]);
        lastStandard = std;
      }
      const target = written % 50 === 7 ? "Đạt mức 3 (hiện trạng mức 2)" : "Đạt mức 2 (hiện trạng mức 1)";
      values.push([null, `Tiêu chí ${c.code}`, target, ...rest(written), null, null]);
      written++;
    }
  }
  return values;
}

/**
 * A synthetic TT18 plan of `rows` criterion rows, as staff fill one: level groups of 28 criteria
 * each (so no duplicates), every row with a target, tasks, lead, period and budget; one row in 50
 * carries a typical mistake (a Mức 3 target where the criterion stops at Mức 2).
 */
export function syntheticPlan(rows: number): SheetSnapshot {
  const header: CellValue[][] = [
    ["SỞ GIÁO DỤC VÀ ĐÀO TẠO TP. HỒ CHÍ MINH", null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["TRƯỜNG THPT NGUYỄN DU", null, null, null, "Độc lập - Tự do - Hạnh phúc"],
    ["Số: 12/KH-THPTND", null, null, null, "Quận 10, ngày 15 tháng 9 năm 2023"],
    ["KẾ HOẠCH Cải tiến chất lượng giáo dục năm học 2023 - 2024"],
    [],
    ["TT", "Tiêu chuẩn, tiêu chí", "Kết quả cần đạt (so với hiện trạng)", "Công việc/giải pháp cần thực hiện", "Chủ trì và phối hợp thực hiện", "Thời gian thực hiện và hoàn thành", "Dự kiến kinh phí", "Điều kiện hỗ trợ khác", "Ghi chú"],
  ];
  const values: CellValue[][] = [
    ...header.map((r) => [...r, ...new Array(9 - r.length).fill(null)]),
    ...criterionRows(rows, () => ["Rà soát, bổ sung kế hoạch; phân công thành viên theo dõi, đánh giá định kỳ.", "Hiệu trưởng, Phó Hiệu trưởng", "10/2023-05/2024", "Không"]),
  ];
  return { name: "Kế hoạch", visible: true, top: 0, left: 0, values, merges: [] };
}
