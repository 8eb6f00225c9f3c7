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

/**
 * Runs adapter work in `Excel.run` with this host's capabilities. Refuses hosts below the minimum
 * requirement set, and turns every failure into a KhctExcelError with a message in both languages.
 */
export async function withExcel<T>(work: (context: Excel.RequestContext, caps: ExcelCapabilities) => Promise<T>): Promise<T> {
  const isSetSupported = officeIsSetSupported();
  if (!meetsMinimum(isSetSupported)) throw new KhctExcelError("host-too-old", excelMessages.hostTooOld());
  const caps = detectCapabilities(isSetSupported);
  try {
    return await Excel.run((context) => work(context, caps));
  } catch (e) {
    throw toKhctExcelError(e);
  }
}
