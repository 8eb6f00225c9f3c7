import type { CellValue } from "../src/core/sheet/snapshot";
import type { SheetPatch } from "../src/core/sheet/patch";
import { buildTemplate } from "../src/core/template/build-template";
import { resolveTemplate } from "../src/core/template/options";
import { writePatches } from "../src/xlsx/write-patches";
import { criterionRows } from "./plans";

const LEADS = ["Hiệu trưởng", "Phó Hiệu trưởng", "Tổ trưởng chuyên môn", "Tổ văn phòng", "Giáo viên chủ nhiệm", "Bí thư Đoàn trường"];
const VERBS = ["Rà soát, bổ sung", "Xây dựng và triển khai", "Tổ chức tập huấn về", "Kiểm tra, đánh giá việc thực hiện", "Tham mưu cấp trên đầu tư", "Phối hợp với cha mẹ học sinh thực hiện"];
const OBJECTS = ["kế hoạch chiến lược phát triển nhà trường", "quy chế chi tiêu nội bộ", "hồ sơ quản lý chuyên môn", "cơ sở vật chất, thiết bị dạy học", "hoạt động trải nghiệm, hướng nghiệp", "công tác bồi dưỡng đội ngũ giáo viên", "thư viện và phòng học bộ môn"];

/** A task text no other row has: staff write each task in their own words. */
function taskText(i: number): string {
  return `${VERBS[i % VERBS.length]} ${OBJECTS[(i * 5) % OBJECTS.length]} (nội dung số ${i + 1}); phân công thành viên theo dõi, báo cáo kết quả hằng tháng.`;
}

/**
 * The plan workbook `khct template --standard-set tt18-2018` writes, filled by staff with `rows`
 * criterion rows: level groups of the set's 28 criteria under their standards, each row with its
 * target, a task text and a lead of its own, when and the budget (about 6.4 cells a row). One row
 * in 50 carries a typical mistake (a Mức 3 target where the criterion stops at Mức 2). Written by
 * KHCT's own .xlsx writer, as the template is.
 */
export async function filledTemplate(rows: number): Promise<Buffer> {
  const [plan, lists] = buildTemplate(resolveTemplate({ standardSet: "tt18-2018", school: "Trường THPT Nguyễn Du" }, "2024-09-01")).sheets;
  const templateValues = plan.blocks[0].values as CellValue[][];
  const headerAt = templateValues.findIndex((r) => r[0] === "TT");
  const values: CellValue[][] = [
    ...templateValues.slice(0, headerAt + 1).map((r) => [...r]),
    ...criterionRows(rows, (i) => [taskText(i), `${LEADS[i % LEADS.length]}, phối hợp nhóm ${i + 1}`, "10/2024-05/2025", i % 3 ? "Không" : "5.000.000 đồng"]),
  ];
  const filled: SheetPatch = {
    ...plan,
    blocks: [{ top: 0, left: 0, values }],
    merges: (plan.merges ?? []).filter((m) => Number(/\d+/.exec(m)![0]) <= headerAt + 1),
    styles: [...(plan.styles ?? []).filter((s) => Number(/\d+/.exec(s.range)![0]) <= headerAt + 1)],
    validations: [],
    rowHeights: (plan.rowHeights ?? []).filter((h) => h.row <= headerAt),
  };
  return (await writePatches(null, [filled, lists])).output;
}
