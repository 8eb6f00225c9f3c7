/** The regional settings the double's Excel runs under: how typed numbers and dates are read and shown. */
export type Locale = "en-US" | "vi-VN";

export interface LocaleRules {
  decimal: string;
  group: string;
  /** day/month order of typed and shown short dates */
  dayFirst: boolean;
  months: string[];
  fullMonths: string[];
}

export const LOCALES: Record<Locale, LocaleRules> = {
  "en-US": {
    decimal: ".",
    group: ",",
    dayFirst: false,
    months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    fullMonths: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  },
  "vi-VN": {
    decimal: ",",
    group: ".",
    dayFirst: true,
    months: Array.from({ length: 12 }, (_, i) => `Thg ${i + 1}`),
    fullMonths: Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`),
  },
};
