import type { ExcelDouble } from "./index";

/**
 * Puts the double where office.js would be: `Excel.run` and the parts of `Office` KHCT uses
 * (`onReady`, `context.requirements.isSetSupported`). For a browser page that runs the task pane
 * against the double instead of Excel, and for tests of code that calls the globals. Returns a
 * function that removes them again.
 */
export function installOfficeGlobals(target: Record<string, unknown>, double: ExcelDouble): () => void {
  const before = { Excel: target.Excel, Office: target.Office };
  target.Excel = { run: double.run };
  target.Office = {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Excel", platform: "OfficeOnline" };
      callback?.(info);
      return Promise.resolve(info);
    },
    context: { requirements: { isSetSupported: double.isSetSupported } },
  };
  return () => {
    target.Excel = before.Excel;
    target.Office = before.Office;
  };
}
