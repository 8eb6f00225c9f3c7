/**
 * Periods schools write instead of dates, as data: a task done "Hằng năm", "Định kỳ hàng tháng",
 * "Thường xuyên", "Suốt năm học", "Đầu năm học". Each is read as running within the school year: a
 * report counts such a task late only after the school year ends, like "Hằng năm". A phrase is matched at the start of the period
 * cell, folded (lower case, one space, new tone placement), and must end at a word boundary
 * ("Hàng quý", not "Hàng quýt"); a cell that also holds dates ("Hằng năm (9/2023-5/2024)") is read
 * by its dates. Both spellings of "kỳ"/"kì" are written, so both are here.
 */
export interface RecurringPeriod {
  /** a regular-expression source over the folded text, without anchors */
  phrase: string;
  /** cells as staff write them (each is tested on a plan row) */
  examples: string[];
  en: string;
}

const KY = "(?:kỳ|kì)";
const EVERY = "(?:hàng|hằng|mỗi|từng)";

export const RECURRING_PERIODS: readonly RecurringPeriod[] = [
  { phrase: `(?:thực hiện\\s+)?${EVERY}\\s+(?:năm|tháng|tuần|quý|ngày|học ${KY}|${KY})(?:\\s+học)?`, examples: ["Hằng tháng", "Hàng quý", "Hằng tuần", "Hằng năm", "Hàng năm học", "Mỗi học kỳ", "Thực hiện hằng kỳ"], en: "every month (year, week, quarter, term)" },
  { phrase: `định ${KY}`, examples: ["Định kỳ hàng tháng", "Định kì hằng quý", "Định kỳ"], en: "periodically" },
  { phrase: "thường xuyên|liên tục|quanh năm", examples: ["Thường xuyên", "Liên tục", "Thường xuyên, liên tục", "Quanh năm"], en: "continuously" },
  { phrase: "cả năm(?:\\s+học)?|suốt(?:\\s+cả)?\\s+năm học|trong(?:\\s+suốt)?\\s+năm học|năm học", examples: ["Suốt năm học", "Cả năm học", "Trong năm học", "Năm học"], en: "throughout the school year" },
  { phrase: `theo (?:kế hoạch|năm học|học ${KY})`, examples: ["Theo kế hoạch", "Theo học kỳ"], en: "as scheduled" },
  { phrase: `học ${KY}\\s*(?:i{1,2}|1|2)|hk\\s*(?:i{1,2}|1|2)`, examples: ["Học kỳ I", "Học kì 2", "HK II"], en: "a term of the school year" },
  { phrase: `cuối (?:mỗi|các|từng) (?:học ${KY}|tháng|quý)`, examples: ["Cuối mỗi học kỳ", "Cuối các tháng"], en: "at the end of each term (month, quarter)" },
  { phrase: `đầu (?:mỗi|các|từng) (?:năm học|học ${KY}|tháng)`, examples: ["Đầu mỗi năm học", "Đầu các học kỳ"], en: "at the start of each school year (term, month)" },
  // once in the year, named by its place in it: read as within the school year, like "Học kỳ I"
  { phrase: `(?:đầu|giữa|cuối) (?:năm học|học ${KY}\\s*(?:i{1,2}|1|2))`, examples: ["Đầu năm học", "Cuối năm học", "Giữa học kỳ I"], en: "at the start (middle, end) of the school year or of a term" },
];

/** Does the folded text of a period cell start with a recurring phrase? */
export const RECURRING_PERIOD = new RegExp(`^(?:${RECURRING_PERIODS.map((p) => p.phrase).join("|")})(?![\\p{L}\\p{N}])`, "u");
