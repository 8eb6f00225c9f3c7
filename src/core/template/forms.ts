/**
 * The forms KHCT writes, as data (see shared forms.md): columns with their official header text
 * and print width. A province's variant or a corrected form is a change here, not in code.
 */
import type { Role } from "../layouts/layouts";

export interface FormColumn {
  role: Role;
  header: string;
  /** width in characters */
  width: number;
  /**
   * A column of short codes (TT, criterion, period, budget): its input cells get the text format,
   * so that what staff type there ("1.10", "9/2022", "10.000.000") stays as typed. Long-text
   * columns stay General (see core/sheet/cell-input).
   */
  code?: true;
}

/** 2018 circulars: the 9-column plan table schools use (documents 000, 004). */
export const PLAN_2018_COLUMNS: FormColumn[] = [
  { role: "tt", header: "TT", width: 5, code: true },
  { role: "criterion", header: "Tiêu chuẩn, tiêu chí", width: 20, code: true },
  { role: "target", header: "Kết quả cần đạt (so với hiện trạng)", width: 22 },
  { role: "tasks", header: "Công việc/giải pháp cần thực hiện", width: 44 },
  { role: "lead", header: "Chủ trì và phối hợp thực hiện", width: 20 },
  { role: "period", header: "Thời gian thực hiện và hoàn thành", width: 15, code: true },
  { role: "budget", header: "Dự kiến kinh phí", width: 13, code: true },
  { role: "support", header: "Điều kiện hỗ trợ khác", width: 16 },
  { role: "notes", header: "Ghi chú", width: 10 },
];

/** TT57/2026, Biểu 2 Phụ lục V, section IV: key problems. */
export const TT57_PROBLEM_COLUMNS: FormColumn[] = [
  { role: "tt", header: "TT", width: 5, code: true },
  { role: "standard", header: "Tiêu chuẩn", width: 22 },
  { role: "relatedCriteria", header: "Tiêu chí liên quan (nếu có)", width: 30 },
  { role: "currentState", header: "Đánh giá hiện trạng", width: 30 },
  { role: "limitation", header: "Điểm hạn chế", width: 26 },
  { role: "cause", header: "Nguyên nhân của hạn chế", width: 26 },
];

/** Section V: the 10-column improvement plan. */
export const TT57_PLAN_COLUMNS: FormColumn[] = [
  { role: "tt", header: "TT", width: 5, code: true },
  { role: "content", header: "Nội dung cải tiến", width: 26 },
  { role: "goal", header: "Mục tiêu cải tiến", width: 20 },
  { role: "tasks", header: "Hoạt động/giải pháp", width: 30 },
  { role: "indicator", header: "Chỉ số đánh giá kết quả", width: 20 },
  { role: "period", header: "Thời gian thực hiện", width: 14, code: true },
  { role: "lead", header: "Đơn vị/cá nhân phụ trách", width: 16 },
  { role: "resources", header: "Nguồn lực bảo đảm", width: 14 },
  { role: "evidence", header: "Thông tin, dữ liệu hoặc minh chứng dự kiến", width: 18 },
  { role: "status", header: "Mức độ thực hiện", width: 14 },
];

/** Section VI: monitoring, reviewed at least twice a year (end of term I, end of year). */
export const TT57_MONITORING_COLUMNS: FormColumn[] = [
  { role: "time", header: "Thời điểm", width: 16 },
  { role: "monitored", header: "Nội dung theo dõi", width: 34 },
  { role: "resultGroup", header: "Kết quả thực hiện", width: 30 },
  { role: "adjusted", header: "Điều chỉnh (nếu có)", width: 24 },
  { role: "evaluator", header: "Người đánh giá", width: 18 },
];

export const TT57_MONITORING_MOMENTS = ["Cuối học kỳ I", "Cuối năm học"];

/** TT57 Biểu 2 sections, as reproduced by public applications (wording unconfirmed against the circular). */
export const TT57_SECTIONS = {
  general: "I. THÔNG TIN CHUNG",
  grounds: "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH",
  purpose: "III. MỤC ĐÍCH, YÊU CẦU",
  problems: "IV. TÓM TẮT CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN",
  plan: "V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG",
  monitoring: "VI. THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN",
  organisation: "VII. TỔ CHỨC THỰC HIỆN",
  reporting: "VIII. CƠ CHẾ ĐÁNH GIÁ VÀ BÁO CÁO",
};

export const TT57_SECTION_LINES: Record<keyof typeof TT57_SECTIONS, string[]> = {
  // filled from what is known: see wording.ts (generalInformationLines, selfEvaluationGround)
  general: ["1. Tên cơ sở giáo dục: …", "2. Loại hình: …", "3. Địa chỉ: …"],
  grounds: [
    "1. Báo cáo tự đánh giá năm học …",
    "2. Kết quả rà soát việc thực hiện kế hoạch cải tiến chất lượng năm học trước.",
    "3. Kế hoạch năm học và định hướng phát triển của nhà trường.",
  ],
  purpose: [
    "1. Không xây dựng kế hoạch cải tiến đối với toàn bộ tiêu chí mà tập trung vào các vấn đề ưu tiên.",
    "2. Kế hoạch nêu rõ nội dung, mục tiêu, biện pháp, thời gian, nguồn lực, trách nhiệm và kết quả cần đạt.",
  ],
  problems: [],
  plan: [],
  monitoring: ["Hội đồng tự đánh giá theo dõi, đánh giá việc thực hiện kế hoạch tối thiểu 02 lần trong năm học."],
  organisation: [
    "1. Người đứng đầu nhà trường: chỉ đạo, phân công và kiểm tra việc thực hiện kế hoạch.",
    "2. Hội đồng tự đánh giá: theo dõi, đánh giá và đề xuất điều chỉnh kế hoạch.",
    "3. Các tổ chuyên môn, bộ phận: thực hiện các hoạt động được phân công.",
  ],
  reporting: ["Kết quả thực hiện kế hoạch là căn cứ cho việc tự đánh giá và xây dựng kế hoạch cải tiến năm học sau."],
};
