/** Excel's 1900 date system: serial 1 is 1900-01-01; serial 60 is the phantom 1900-02-29. */
export interface YMD {
  year: number;
  month: number;
  day: number;
}

const EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86400000;

export function serialToDate(serial: number): YMD {
  const whole = Math.floor(serial);
  const days = whole < 61 ? whole + 1 : whole; // Excel counts a 29 February 1900 that never was
  const d = new Date(EPOCH + days * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function dateToSerial(ymd: YMD): number {
  const days = Math.round((Date.UTC(ymd.year, ymd.month - 1, ymd.day) - EPOCH) / DAY_MS);
  return days < 61 ? days - 1 : days;
}

/** Serial of a JS Date read as a calendar date and time in UTC (how .xlsx libraries hand dates over). */
export function jsDateToSerial(date: Date): number {
  return (date.getTime() - EPOCH) / DAY_MS;
}
