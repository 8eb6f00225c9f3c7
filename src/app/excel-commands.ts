/**
 * The pane's and the ribbon's commands as Excel host commands (read → compute in the core → write):
 * the same objects run in Excel, in the test double, and in the task pane.
 */
import { evaluateWorkbook } from "../core/evaluation/evaluate";
import { buildSummaryPatch } from "../core/evaluation/summary-patch";
import { buildReport, reportSheetName } from "../core/report/build-report";
import { areaToA1 } from "../core/sheet/address";
import type { SheetPatch, WorkbookPatch } from "../core/sheet/patch";
import type { SheetSnapshot } from "../core/sheet/snapshot";
import type { SchoolProfile } from "../core/store";
import type { SchoolTypeId } from "../core/standards/school-types";
import { EXCEL_DEFAULT_FONT } from "../core/print/looks";
import { buildTemplate } from "../core/template/build-template";
import { resolveTemplate } from "../core/template/options";
import { validateWorkbook } from "../core/validate/validate";
import type { Command } from "../excel/run-command";

/** Inserts the template for the profile: a new sheet under a free name, and the (idempotent) list sheet. Reads nothing. */
export function templateCommand(profile: SchoolProfile, today: string): Command {
  return {
    read: [],
    compute: ({ state }) => {
      const plan = resolveTemplate(
        {
          standardSet: profile.standardSet || undefined,
          schoolType: (profile.schoolType || undefined) as SchoolTypeId | undefined,
          school: profile.schoolName,
          governingBody: profile.governingBody || undefined,
          year: profile.year || undefined,
          signer: { name: profile.signerName || undefined },
        },
        today,
      );
      // laid out for the open workbook, whose default font KHCT does not read: Excel's (see print/page-setup.ts)
      const [sheet, lists] = buildTemplate(plan, EXCEL_DEFAULT_FONT).sheets;
      const listsExist = state.sheets.some((s) => s.name === lists.sheet);
      return { sheets: [sheet, { ...lists, create: !listsExist }] } satisfies WorkbookPatch;
    },
  };
}

/** The rows of the old sheet below the last row the new patch writes (A1), when the old sheet went further. */
function refreshLeftovers(old: SheetSnapshot, patch: SheetPatch): string | undefined {
  const oldBottom = old.top + old.values.length - 1;
  const newBottom = Math.max(-1, ...patch.blocks.map((b) => b.top + b.values.length - 1));
  if (oldBottom <= newBottom) return undefined;
  const oldRight = old.left + Math.max(0, ...old.values.map((r) => r.length)) - 1;
  const newRight = Math.max(0, ...patch.blocks.map((b) => b.left + Math.max(0, ...b.values.map((r) => r.length)) - 1));
  return areaToA1({ top: newBottom + 1, left: 0, bottom: oldBottom, right: Math.max(oldRight, newRight) });
}

export interface ReportOutcome {
  sheet: string;
  tasks: number;
  late: number;
  refreshed: boolean;
  /** what a refresh did with the report's rows (a new report: every task added, nothing kept) */
  kept: number;
  added: number;
  orphans: number;
  inserted: number;
}

/**
 * Builds or refreshes the report sheet of a period from the plan in the workbook. `outcome()` says
 * what was done after the command ran (null: no plan table, nothing written).
 */
export function reportCommand(profile: SchoolProfile, period: "hk1" | "year", date: string): Command & { outcome(): ReportOutcome | null } {
  let outcome: ReportOutcome | null = null;
  return {
    read: "all",
    alsoRead: [reportSheetName(period)],
    notesOf: [reportSheetName(period)],
    compute: ({ workbook }) => {
      const validation = validateWorkbook(workbook, { standardSet: profile.standardSet || undefined });
      if (!validation.table || validation.table.layout.kind !== "plan") return { sheets: [] };
      const name = reportSheetName(period);
      const existing = workbook.sheets.find((s) => s.name === name);
      const planSheet = workbook.sheets.find((s) => s.name === validation.sheet);
      const { patch, stats } = buildReport({ plan: validation.table, detection: validation.detection, period, date, existing, planSheet, signer: { name: profile.signerName || undefined } });
      outcome = { sheet: name, tasks: stats.tasks, late: stats.late, refreshed: !!existing, kept: stats.kept, added: stats.added, orphans: stats.orphans, inserted: stats.inserted };
      // a refreshed report's rows move: its old merged areas go first, so no value lands in a cell one of
      // them covers; what the old report held below the new one's end (a shorter report) is cleared
      const left = existing ? refreshLeftovers(existing, patch) : undefined;
      return {
        sheets: [
          {
            ...patch,
            create: !existing,
            unmerges: existing?.merges.length ? [...existing.merges, ...(patch.unmerges ?? [])] : patch.unmerges,
            ...(left ? { clear: [...(patch.clear ?? []), left] } : {}),
          },
        ],
      };
    },
    outcome: () => outcome,
  };
}

/**
 * Writes the self-evaluation's summary block (live formulas with cached values) next to its table,
 * into the same sheet: only the summary's cells are written. `written()` names the sheet, or null
 * when the workbook holds no self-evaluation table.
 */
export function evaluationSummaryCommand(profile: SchoolProfile): Command & { written(): string | null } {
  let sheet: string | null = null;
  return {
    read: "all",
    compute: ({ workbook }) => {
      const patch = buildSummaryPatch(evaluateWorkbook(workbook, { standardSet: profile.standardSet || undefined }));
      sheet = patch?.sheet ?? null;
      return { sheets: patch ? [patch] : [] };
    },
    written: () => sheet,
  };
}
