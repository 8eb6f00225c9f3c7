/** Excel's 1900 date system (serial 1 = 1900-01-01, with the phantom 29 February 1900). */
const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86400000;

export function serialOf(year: number, month: number, day: number): number {
  const days = Math.round((Date.UTC(year, month - 1, day) - EPOCH) / DAY);
  return days < 61 ? days - 1 : days;
}

export function partsOf(serial: number): { year: number; month: number; day: number; hours: number; minutes: number; seconds: number } {
  const whole = Math.floor(serial);
  const d = new Date(EPOCH + (whole < 61 ? whole + 1 : whole) * DAY);
  const secondsOfDay = Math.round((serial - whole) * 86400);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hours: Math.floor(secondsOfDay / 3600), minutes: Math.floor((secondsOfDay % 3600) / 60), seconds: secondsOfDay % 60 };
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
