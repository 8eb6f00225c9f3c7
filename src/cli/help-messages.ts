import type { Lang } from "../core/rules/types";
import { SCHOOL_TYPE_ORDER } from "../core/standards/school-types";
import { STANDARD_SETS } from "../core/standards/sets";

const SETS = STANDARD_SETS.map((s) => s.id).join(", ");
const TYPES = SCHOOL_TYPE_ORDER.join("|");

const CHECK_FLAGS = {
  vi: `  --sheet TÊN              trang tính cần đọc (mặc định: trang hiển thị có bảng khớp mẫu nhất)
  --standard-set MÃ        ${SETS}
                           (mặc định: tự xác định từ thông tư trích dẫn, loại trường, năm học, mẫu bảng, mã tiêu chí)
  --format text|json       kết quả cho người đọc hoặc cho máy (mặc định: text)
  --lang vi|en             ngôn ngữ (mặc định: vi)`,
  en: `  --sheet NAME             the sheet to read (default: the visible sheet whose table matches a layout best)
  --standard-set ID        ${SETS}
                           (default: detected from the circular cited, the school type, the year, the layout, the codes)
  --format text|json       output for people or for machines (default: text)
  --lang vi|en             language (default: vi)`,
};

const HELP_FLAG = { vi: "  -h, --help               in hướng dẫn này", en: "  -h, --help               print this help" };

/** What `khct <command> --help` prints: the command's usage and every flag, Vietnamese first. */
export const COMMAND_HELP: Record<string, Record<Lang, string>> = {
  validate: {
    vi: `khct validate — kiểm tra kế hoạch cải tiến chất lượng giáo dục trong tệp Excel hoặc Word, ô theo ô.

Cách dùng:
  khct validate <tệp.xlsx|tệp.docx> [tham số]
  khct validate <thư-mục|tệp…> [--summary tong-hop.xlsx] [--force] [--recursive] [tham số]

Tham số:
${CHECK_FLAGS.vi}
  --summary TỆP.xlsx       (nhiều tệp) ghi bảng tổng hợp, mỗi tệp một dòng
  --force                  (nhiều tệp) ghi đè bảng tổng hợp đã có
  --recursive              (thư mục) đọc cả thư mục con
${HELP_FLAG.vi}

Mã thoát: 0 không có lỗi (có thể có cảnh báo), 1 có lỗi hoặc có tệp không đọc được, 2 không chạy được.`,
    en: `khct validate — checks an education quality improvement plan in an Excel or Word file, cell by cell.

Usage:
  khct validate <file.xlsx|file.docx> [options]
  khct validate <folder|files…> [--summary summary.xlsx] [--force] [--recursive] [options]

Options:
${CHECK_FLAGS.en}
  --summary FILE.xlsx      (many files) write a summary workbook, one row per file
  --force                  (many files) overwrite an existing summary
  --recursive              (folders) read subfolders too
${HELP_FLAG.en}

Exit codes: 0 no error (warnings allowed), 1 errors or a file not read, 2 could not run.`,
  },
  evaluate: {
    vi: `khct evaluate — đọc bảng kết quả tự đánh giá, kiểm tra bảng và tính mức đánh giá của trường.

Cách dùng:
  khct evaluate <tệp.xlsx|tệp.docx> [tham số]

Tham số:
${CHECK_FLAGS.vi}
${HELP_FLAG.vi}

Mã thoát: 0 không có lỗi, 1 có lỗi, 2 không chạy được.`,
    en: `khct evaluate — reads the self-evaluation table, checks it and computes the school's level.

Usage:
  khct evaluate <file.xlsx|file.docx> [options]

Options:
${CHECK_FLAGS.en}
${HELP_FLAG.en}

Exit codes: 0 no error, 1 errors, 2 could not run.`,
  },
  template: {
    vi: `khct template — tạo tệp Excel mẫu kế hoạch cải tiến chất lượng.

Cách dùng:
  khct template (--standard-set MÃ | --school-type LOẠI) [tham số] -o ke-hoach.xlsx

Tham số:
  --standard-set MÃ        ${SETS}
                           (mặc định: Thông tư 57/2026 của loại trường)
  --school-type ${TYPES}
  --criteria all|mandatory|none|1.3,1.4
                           các dòng tiêu chí (mặc định: all theo thông tư 2018, none theo TT57; mandatory chỉ có ở TT57)
  --school TÊN             tên trường
  --governing-body CƠ-QUAN cơ quan quản lý (mặc định theo loại trường)
  --number SỐ              số văn bản
  --date YYYY-MM-DD        ngày văn bản
  --place ĐỊA-DANH         địa danh ghi trước ngày
  --year 2026-2027         năm học (mặc định: năm học hiện tại)
  --address ĐỊA-CHỈ        địa chỉ (mục I của mẫu TT57)
  --signer HỌ-TÊN          họ tên người ký, in dưới chữ ký (mặc định: "(Ký, ghi rõ họ tên, đóng dấu)")
  --deputy                 cấp phó ký thay: "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG" (trung tâm: GIÁM ĐỐC)
  -o TỆP                   tệp kết quả (bắt buộc)
  --force                  ghi đè tệp đã có
  --lang vi|en             ngôn ngữ của thông báo
${HELP_FLAG.vi}

Mã thoát: 0 đã ghi, 2 không chạy được.`,
    en: `khct template — writes an Excel plan template.

Usage:
  khct template (--standard-set ID | --school-type TYPE) [options] -o plan.xlsx

Options:
  --standard-set ID        ${SETS}
                           (default: Circular 57/2026 for the school type)
  --school-type ${TYPES}
  --criteria all|mandatory|none|1.3,1.4
                           the criterion rows (default: all for the 2018 circulars, none for TT57; mandatory is TT57's)
  --school NAME            the school's name
  --governing-body TEXT    the governing body (default by school type)
  --number TEXT            the document number
  --date YYYY-MM-DD        the document date
  --place TEXT             the place written before the date
  --year 2026-2027         the school year (default: the current one)
  --address TEXT           the address (section I of the TT57 form)
  --signer NAME            the signer's name, printed under the signature (default: "(Ký, ghi rõ họ tên, đóng dấu)")
  --deputy                 a deputy signs: "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG" (a centre: GIÁM ĐỐC)
  -o FILE                  the file to write (required)
  --force                  overwrite an existing file
  --lang vi|en             language of the messages
${HELP_FLAG.en}

Exit codes: 0 written, 2 could not run.`,
  },
  report: {
    vi: `khct report — lập hoặc cập nhật báo cáo tiến độ thực hiện kế hoạch, giữ nguyên mọi ô cán bộ đã nhập.

Cách dùng:
  khct report <ke-hoach.xlsx> [tham số] [-o bao-cao.xlsx | --in-place]

Tham số:
  --sheet TRANG            trang kế hoạch (mặc định: trang có bảng kế hoạch khớp nhất)
  --period hk1|year        kỳ báo cáo: Học kỳ I hoặc Cả năm học; mỗi kỳ một trang báo cáo
                           (mặc định: trang báo cáo đã có trong tệp nếu chỉ có một, nếu không: year)
  --date YYYY-MM-DD        ngày báo cáo, để đánh dấu công việc quá hạn (mặc định: hôm nay)
  --year-end YYYY-MM-DD    ngày kết thúc của công việc "Hằng năm", "Thường xuyên"… (mặc định: 31/5 năm thứ hai của năm học)
  --to NƠI-NHẬN            "Kính gửi: …" dưới tiêu đề; Nơi nhận khi đó ghi "- Như trên;" (mặc định: không có)
  --place ĐỊA-DANH         địa danh ghi trước ngày (mặc định: địa danh của kế hoạch)
  --signer HỌ-TÊN, --deputy  người ký, như khct template
  -o TỆP                   tệp kết quả (mặc định: <tên>-bao-cao.xlsx bên cạnh)
  --in-place               ghi vào chính tệp đầu vào
  --force                  ghi đè tệp kết quả đã có
  --lang vi|en             ngôn ngữ của thông báo
${HELP_FLAG.vi}

Mã thoát: 0 đã ghi, 2 không chạy được.`,
    en: `khct report — writes or refreshes the progress report of a plan, keeping every cell staff typed.

Usage:
  khct report <plan.xlsx> [options] [-o report.xlsx | --in-place]

Options:
  --sheet NAME             the plan sheet (default: the sheet whose plan table matches best)
  --period hk1|year        the period: Học kỳ I (term I) or Cả năm học (the year); one report sheet each
                           (default: the report sheet already in the file when there is one, else year)
  --date YYYY-MM-DD        the report date, for late tasks (default: today)
  --year-end YYYY-MM-DD    when "Hằng năm", "Thường xuyên"… tasks end (default: 31 May of the school year's second year)
  --to RECIPIENT           "Kính gửi: …" under the title; Nơi nhận then reads "- Như trên;" (default: none)
  --place TEXT             the place written before the date (default: the plan's)
  --signer NAME, --deputy  the signer, as for khct template
  -o FILE                  the file to write (default: <name>-bao-cao.xlsx beside the input)
  --in-place               write into the input file itself
  --force                  overwrite an existing output file
  --lang vi|en             language of the messages
${HELP_FLAG.en}

Exit codes: 0 written, 2 could not run.`,
  },
  import: {
    vi: `khct import — chuyển kế hoạch (và bảng báo cáo, bảng tự đánh giá nếu có) từ tệp Word sang một tệp Excel
trình bày như các trang của KHCT, để kiểm tra, sửa và lập báo cáo trong Excel.

Cách dùng:
  khct import <ke-hoach.docx> [-o ke-hoach.xlsx] [--force]

Tham số:
  -o TỆP                   tệp Excel kết quả (mặc định: cùng tên, đuôi .xlsx, bên cạnh)
  --force                  ghi đè tệp đã có
  --lang vi|en             ngôn ngữ của thông báo
${HELP_FLAG.vi}

Mã thoát: 0 đã ghi, 2 không chạy được (tệp .doc, tệp có mật khẩu hoặc hỏng: một câu giải thích).`,
    en: `khct import — brings the plan (and a report or self-evaluation table, when there is one) from a Word file
into an Excel file laid out as KHCT's own sheets, to check, fix and report on it in Excel.

Usage:
  khct import <plan.docx> [-o plan.xlsx] [--force]

Options:
  -o FILE                  the Excel file to write (default: the same name with .xlsx, beside it)
  --force                  overwrite an existing file
  --lang vi|en             language of the messages
${HELP_FLAG.en}

Exit codes: 0 written, 2 could not run (a .doc, password-protected or damaged file: one sentence says why).`,
  },
  export: {
    vi: `khct export — xuất trang kế hoạch hoặc trang báo cáo thành tệp Word để in, ký và gửi.

Cách dùng:
  khct export <ke-hoach.xlsx> [--sheet TRANG] [-o ke-hoach.docx] [--force]

Tham số:
  --sheet TRANG            trang cần xuất (mặc định: trang có bảng kế hoạch khớp nhất)
  -o TỆP                   tệp Word kết quả (mặc định: cùng tên, đuôi .docx, bên cạnh)
  --force                  ghi đè tệp đã có
  --lang vi|en             ngôn ngữ của thông báo
${HELP_FLAG.vi}

Mã thoát: 0 đã ghi, 2 không chạy được.`,
    en: `khct export — writes the plan or report sheet as a Word file, to print, sign and send.

Usage:
  khct export <plan.xlsx> [--sheet NAME] [-o plan.docx] [--force]

Options:
  --sheet NAME             the sheet to export (default: the sheet whose plan table matches best)
  -o FILE                  the Word file to write (default: the same name with .docx, beside it)
  --force                  overwrite an existing file
  --lang vi|en             language of the messages
${HELP_FLAG.en}

Exit codes: 0 written, 2 could not run.`,
  },
  layout: {
    vi: `khct layout — chuẩn bị bản in: đo lại chiều cao hàng theo nội dung đã nhập, đặt ngắt trang (khối chữ ký không
bị tách, tiêu đề không đứng cuối trang, tiêu đề bảng luôn có dòng của bảng bên dưới), vùng in và thiết lập
trang A4 ngang. Chỉ ghi những thứ đó, không đổi ô nào.

Cách dùng:
  khct layout <ke-hoach.xlsx> [--sheet TRANG] [-o ban-in.xlsx] [--force]

Tham số:
  --sheet TRANG            chỉ trang này (mặc định: mọi trang kế hoạch và báo cáo)
  -o TỆP                   ghi ra tệp khác (mặc định: ghi vào chính tệp)
  --force                  ghi đè tệp -o đã có
  --lang vi|en             ngôn ngữ của thông báo
${HELP_FLAG.vi}

Mã thoát: 0 đã ghi, 2 không chạy được.`,
    en: `khct layout — prepares the sheets for print: re-measures row heights from what was typed, places page breaks
(the signature block never split, no heading alone at the foot of a page, a table header always with rows of
its table under it), the print area and A4 landscape page setup. Writes only those, never a cell.

Usage:
  khct layout <plan.xlsx> [--sheet NAME] [-o printable.xlsx] [--force]

Options:
  --sheet NAME             this sheet only (default: every plan and report sheet)
  -o FILE                  write another file (default: the input itself)
  --force                  overwrite an existing -o file
  --lang vi|en             language of the messages
${HELP_FLAG.en}

Exit codes: 0 written, 2 could not run.`,
  },
};
