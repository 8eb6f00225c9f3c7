import { detectCapabilities, meetsMinimum, type ExcelCapabilities, type IsSetSupported } from "./capabilities";
import { KhctExcelError, toKhctExcelError } from "./errors";
import { excelMessages } from "./messages";

/**
 * The only place that touches the `Office` and `Excel` globals (office.js in Excel, or the test double
 * installed in their place). Everything else takes a request context and capabilities as arguments.
 */

function officeIsSetSupported(): IsSetSupported {
  return (name, version) => Office.context.requirements.isSetSupported(name, version);
}

/** What this Excel can do beyond the minimum; the pane shows what is degraded. */
export function officeCapabilities(): ExcelCapabilities {
  return detectCapabilities(officeIsSetSupported());
}

/** The undo the user has for KHCT's commands: Excel's own (Ctrl+Z, one step per command) from ExcelApi 1.20, else KHCT's journal of fixes. */
export function undoKind(): "excel" | "journal" {
  return officeCapabilities().undoGroups ? "excel" : "journal";
}

/**
 * Runs adapter work in `Excel.run` with this host's capabilities. Refuses hosts below the minimum
 * requirement set, and turns every failure into a KhctExcelError with a message in both languages.
 * `undoGroup`: a user command that writes runs as one undo group where Excel has them (ExcelApi
 * 1.20: `Excel.run({ mergeUndoGroup: true }, …)`), so that one Ctrl+Z takes it back whole.
 */
export async function withExcel<T>(work: (context: Excel.RequestContext, caps: ExcelCapabilities) => Promise<T>, options: { undoGroup?: boolean } = {}): Promise<T> {
  const isSetSupported = officeIsSetSupported();
  if (!meetsMinimum(isSetSupported)) throw new KhctExcelError("host-too-old", excelMessages.hostTooOld());
  const caps = detectCapabilities(isSetSupported);
  try {
    if (options.undoGroup && caps.undoGroups) {
      const outsideUndoGroup = (batch: (context: Excel.RequestContext) => Promise<void>) => Excel.run(batch);
      return await Excel.run({ mergeUndoGroup: true }, (context) => work(context, { ...caps, outsideUndoGroup }));
    }
    return await Excel.run((context) => work(context, caps));
  } catch (e) {
    throw toKhctExcelError(e);
  }
}
