import type { Lang } from "../core/rules/types";
import { READ_FAILURES } from "./read-messages";
import { REFRESH_DETAILS } from "../app/report-messages";

type Text = Record<Lang, string>;
type Template<P> = Record<Lang, (p: P) => string>;

/** Every sentence the CLI prints, Vietnamese first. */
export const CLI = {
  usage: {
    vi: `Cách dùng:
  khct validate <tệp.xlsx|tệp.docx> [--sheet TÊN] [--standard-set MÃ] [--format text|json] [--lang vi|en]
  khct validate <thư-mục|tệp…> [--summary tong-hop.xlsx] [--force] [--recursive] [--format text|json] [--lang vi|en]
  khct evaluate <tệp.xlsx> [--sheet TÊN] [--standard-set MÃ] [--format text|json] [--lang vi|en]
  khct template [--standard-set MÃ] [--school-type mn|th|thcs|thpt|th-thcs|thcs-thpt|gdtx]
                [--criteria all|mandatory|none|1.3,1.4] [--school TÊN] [--governing-body CƠ-QUAN]
                [--number SỐ] [--date YYYY-MM-DD] [--place ĐỊA-DANH] [--year 2026-2027]
                [--address ĐỊA-CHỈ] [--signer HỌ-TÊN] [--deputy] -o ke-hoach.xlsx [--force]
  khct report <ke-hoach.xlsx> [--sheet TRANG-KẾ-HOẠCH] [--period hk1|year] [--date YYYY-MM-DD] [--year-end YYYY-MM-DD]
                [--to NƠI-NHẬN] [--place ĐỊA-DANH] [--signer HỌ-TÊN] [--deputy] [-o bao-cao.xlsx | --in-place] [--force]
  khct layout <tệp.xlsx> [--sheet TÊN] [-o tệp-in.xlsx] [--force]     chuẩn bị bản in (không đổi ô nào)
  khct import <ke-hoach.docx> [-o ke-hoach.xlsx] [--force]
  khct export <ke-hoach.xlsx> [--sheet TÊN] [-o ke-hoach.docx] [--force]

Kiểm tra kế hoạch cải tiến chất lượng giáo dục trong một tệp Excel: mã tiêu chí, tên tiêu chuẩn,
mức, thời gian và các cột bắt buộc. Mã thoát: 0 không có lỗi, 1 có lỗi, 2 không chạy được.
Với một thư mục hoặc nhiều tệp, KHCT kiểm tra tất cả (mỗi tệp một dòng) và ghi bảng tổng hợp khi có --summary.
evaluate đọc bảng kết quả tự đánh giá, kiểm tra bảng và tính mức đánh giá của trường.
import chuyển kế hoạch từ tệp Word sang Excel; export xuất kế hoạch hoặc báo cáo thành tệp Word.
Bộ tiêu chuẩn: tt17-2018, tt18-2018, tt19-2018, tt57-2026-mam-non, tt57-2026-pho-thong, tt57-2026-gdtx.
Hướng dẫn và mọi tham số của từng lệnh: khct <lệnh> --help. Phiên bản: khct --version.`,
    en: `Usage:
  khct validate <file.xlsx|file.docx> [--sheet NAME] [--standard-set ID] [--format text|json] [--lang vi|en]
  khct validate <folder|files…> [--summary summary.xlsx] [--force] [--recursive] [--format text|json] [--lang vi|en]
  khct evaluate <file.xlsx> [--sheet NAME] [--standard-set ID] [--format text|json] [--lang vi|en]
  khct template [--standard-set ID] [--school-type mn|th|thcs|thpt|th-thcs|thcs-thpt|gdtx]
                [--criteria all|mandatory|none|1.3,1.4] [--school NAME] [--governing-body TEXT]
                [--number TEXT] [--date YYYY-MM-DD] [--place TEXT] [--year 2026-2027]
                [--address TEXT] [--signer NAME] [--deputy] -o plan.xlsx [--force]
  khct report <plan.xlsx> [--sheet PLAN-SHEET] [--period hk1|year] [--date YYYY-MM-DD] [--year-end YYYY-MM-DD]
                [--to RECIPIENT] [--place TEXT] [--signer NAME] [--deputy] [-o out.xlsx | --in-place] [--force]
  khct layout <file.xlsx> [--sheet NAME] [-o printable.xlsx] [--force]     lay out for print (no cell changes)
  khct import <plan.docx> [-o plan.xlsx] [--force]
  khct export <plan.xlsx> [--sheet NAME] [-o plan.docx] [--force]

Checks an education quality improvement plan in an Excel file: criterion codes, standard titles,
levels, periods and required columns. Exit codes: 0 no error, 1 errors found, 2 could not run.
Given a folder or several files, KHCT checks them all (one line per file) and writes a summary with --summary.
evaluate reads the self-evaluation table, checks it and computes the school's level.
import brings a plan from a Word file into Excel; export writes a plan or report as a Word file.
Standard sets: tt17-2018, tt18-2018, tt19-2018, tt57-2026-mam-non, tt57-2026-pho-thong, tt57-2026-gdtx.
Each command's usage and every flag: khct <command> --help. Version: khct --version.`,
  } satisfies Text,
  unknownCommand: { vi: (c: string) => `Lệnh không hợp lệ: "${c}". Gõ "khct --help" để xem cách dùng.`, en: (c: string) => `Unknown command "${c}". Run "khct --help" for usage.` } satisfies Template<string>,
  badOption: { vi: (m: string) => `Tham số không hợp lệ: ${m}. Gõ "khct --help" để xem cách dùng.`, en: (m: string) => `Invalid option: ${m}. Run "khct --help" for usage.` } satisfies Template<string>,
  needFile: { vi: "Thiếu tên tệp cần kiểm tra: khct validate <tệp.xlsx>.", en: "Missing the file to check: khct validate <file.xlsx>." } satisfies Text,
  unknownSet: {
    vi: (id: string) => `Không có bộ tiêu chuẩn "${id}"; chọn một trong: tt17-2018, tt18-2018, tt19-2018, tt57-2026-mam-non, tt57-2026-pho-thong, tt57-2026-gdtx.`,
    en: (id: string) => `There is no standard set "${id}"; choose one of: tt17-2018, tt18-2018, tt19-2018, tt57-2026-mam-non, tt57-2026-pho-thong, tt57-2026-gdtx.`,
  } satisfies Template<string>,
  noSheet: {
    vi: (p: { sheet: string; sheets: string }) => `Không có trang tính "${p.sheet}" trong tệp; các trang có: ${p.sheets}.`,
    en: (p: { sheet: string; sheets: string }) => `The workbook has no sheet "${p.sheet}"; its sheets are: ${p.sheets}.`,
  } satisfies Template<{ sheet: string; sheets: string }>,
  noSheets: { vi: "Tệp không có trang tính nào để kiểm tra.", en: "The workbook has no sheet to check." } satisfies Text,
  read: READ_FAILURES,
  severity: {
    error: { vi: "lỗi", en: "error" },
    warning: { vi: "cảnh báo", en: "warning" },
    info: { vi: "gợi ý", en: "info" },
  },
  heading: {
    vi: (p: { file: string; sheet: string; range: string }) => `KHCT — kiểm tra kế hoạch: ${p.file}, trang "${p.sheet}"${p.range ? ` (bảng ${p.range})` : ""}`,
    en: (p: { file: string; sheet: string; range: string }) => `KHCT — plan check: ${p.file}, sheet "${p.sheet}"${p.range ? ` (table ${p.range})` : ""}`,
  },
  standardSet: {
    vi: (p: { name: string; circular: string; from: string }) => `Bộ tiêu chuẩn: ${p.name} (Thông tư ${p.circular}), xác định từ: ${p.from}`,
    en: (p: { name: string; circular: string; from: string }) => `Standard set: ${p.name} (Circular ${p.circular}), detected from: ${p.from}`,
  },
  source: {
    user: { vi: "lựa chọn của người dùng", en: "the user's choice" },
    circular: { vi: "thông tư được trích dẫn", en: "the circular cited" },
    schoolType: { vi: "loại trường", en: "the school type" },
    schoolYear: { vi: "năm học", en: "the school year" },
    layout: { vi: "mẫu bảng", en: "the table layout" },
    codes: { vi: "các mã tiêu chí", en: "the criterion codes" },
    default: { vi: "mặc định", en: "default" },
  },
  school: {
    vi: (p: { name: string; year: string }) => `Trường: ${p.name || "(không rõ)"}${p.year ? `; năm học ${p.year}` : ""}`,
    en: (p: { name: string; year: string }) => `School: ${p.name || "(unknown)"}${p.year ? `; school year ${p.year}` : ""}`,
  },
  fix: { vi: (s: string) => `→ Đề xuất sửa thành: "${s}"`, en: (s: string) => `→ Proposed fix: "${s}"` },
  summary: {
    vi: (p: { errors: number; warnings: number; infos: number; criteria: number }) => `Tổng cộng: ${p.errors} lỗi, ${p.warnings} cảnh báo, ${p.infos} gợi ý; bảng có ${p.criteria} tiêu chí.`,
    en: (p: { errors: number; warnings: number; infos: number; criteria: number }) => `Total: ${p.errors} errors, ${p.warnings} warnings, ${p.infos} infos; the table cites ${p.criteria} criteria.`,
  },
  clean: { vi: "Không phát hiện vấn đề nào.", en: "No problems found." },
  needOutput: { vi: "Thiếu tệp kết quả: thêm -o ke-hoach.xlsx.", en: "Missing the output file: add -o plan.xlsx." } satisfies Text,
  outputExists: {
    vi: (f: string) => `Tệp "${f}" đã có: KHCT không ghi đè. Chọn tên khác bằng -o, hoặc thêm --force để ghi đè.`,
    en: (f: string) => `"${f}" already exists: KHCT does not overwrite it. Choose another name with -o, or add --force to overwrite it.`,
  } satisfies Template<string>,
  outAndInPlace: { vi: "Chỉ dùng một trong hai: -o hoặc --in-place.", en: "Use either -o or --in-place, not both." } satisfies Text,
  badDate: { vi: (d: string) => `Ngày "${d}" không hợp lệ: viết theo dạng YYYY-MM-DD, ví dụ 2026-09-05.`, en: (d: string) => `Invalid date "${d}": write it as YYYY-MM-DD, e.g. 2026-09-05.` } satisfies Template<string>,
  badYear: { vi: (y: string) => `Năm học "${y}" không hợp lệ: viết theo dạng 2026-2027.`, en: (y: string) => `Invalid school year "${y}": write it as 2026-2027.` } satisfies Template<string>,
  badChoice: {
    vi: (p: { option: string; value: string; allowed: string }) => `Giá trị "${p.value}" của ${p.option} không hợp lệ; chọn một trong: ${p.allowed}.`,
    en: (p: { option: string; value: string; allowed: string }) => `"${p.value}" is not a valid value of ${p.option}; choose one of: ${p.allowed}.`,
  } satisfies Template<{ option: string; value: string; allowed: string }>,
  noPlanTable: {
    vi: (sheet: string) => `Không tìm thấy bảng kế hoạch trong trang "${sheet}" để lập báo cáo; chỉ rõ trang kế hoạch bằng --sheet.`,
    en: (sheet: string) => `No plan table in sheet "${sheet}" to report on; name the plan sheet with --sheet.`,
  } satisfies Template<string>,
  templateWritten: {
    vi: (p: { file: string; sheet: string; set: string; criteria: number }) => `Đã tạo mẫu kế hoạch: ${p.file}, trang "${p.sheet}" (${p.set}, ${p.criteria} tiêu chí).`,
    en: (p: { file: string; sheet: string; set: string; criteria: number }) => `Plan template written: ${p.file}, sheet "${p.sheet}" (${p.set}, ${p.criteria} criteria).`,
  },
  reportWritten: {
    vi: (p: { file: string; sheet: string; refreshed: boolean; tasks: number; kept: number; added: number; orphans: number; late: number; inserted?: number }) =>
      `Đã ${p.refreshed ? "cập nhật" : "lập"} báo cáo: ${p.file}, trang "${p.sheet}" — ${p.tasks} công việc${p.refreshed ? `, ${REFRESH_DETAILS.vi(p)}` : ""}, ${p.late} công việc quá hạn.`,
    en: (p: { file: string; sheet: string; refreshed: boolean; tasks: number; kept: number; added: number; orphans: number; late: number; inserted?: number }) =>
      `Report ${p.refreshed ? "refreshed" : "written"}: ${p.file}, sheet "${p.sheet}" — ${p.tasks} tasks${p.refreshed ? `, ${REFRESH_DETAILS.en(p)}` : ""}, ${p.late} late.`,
  },
  planFindings: {
    vi: (p: { errors: number; warnings: number }) => `Kế hoạch còn ${p.errors} lỗi và ${p.warnings} cảnh báo; xem bằng: khct validate.`,
    en: (p: { errors: number; warnings: number }) => `The plan still has ${p.errors} errors and ${p.warnings} warnings; see them with: khct validate.`,
  },
  otherTables: {
    vi: (list: string) => `Bảng khác trong tệp (kiểm tra bằng --sheet): ${list}`,
    en: (list: string) => `Other tables in the workbook (check them with --sheet): ${list}`,
  },
  tablesOnThisSheet: {
    vi: (list: string) => `Trang này còn bảng ${list} (không được kiểm tra).`,
    en: (list: string) => `This sheet also holds the tables ${list} (not checked).`,
  } satisfies Template<string>,
  tablesNotChecked: {
    vi: (list: string) => `Bảng khác không được kiểm tra: ${list}.`,
    en: (list: string) => `Other tables, not checked: ${list}.`,
  } satisfies Template<string>,
  unfilledRows: {
    vi: (p: { count: number; rows: string }) => `${p.count} dòng chưa được điền (hàng ${p.rows}): điền các cột bắt buộc cho tiêu chí nhà trường cải tiến, xóa dòng của tiêu chí không cải tiến.`,
    en: (p: { count: number; rows: string }) => `${p.count} rows not filled in (rows ${p.rows}): fill in the required columns for the criteria the school improves; delete the rows of the others.`,
  } satisfies Template<{ count: number; rows: string }>,
  fixAsText: {
    vi: (s: string) => `→ Đề xuất sửa thành văn bản «${s}» (không phải công thức; khi gõ tay, bắt đầu bằng dấu ': '${s})`,
    en: (s: string) => `→ Proposed fix, as text: «${s}» (not a formula; when typing it, start with ': '${s})`,
  } satisfies Template<string>,
};
