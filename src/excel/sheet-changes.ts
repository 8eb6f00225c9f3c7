/**
 * Hearing a sheet's edits (`Worksheet.onChanged`, ExcelApi 1.7), for the pane's live checking. Like
 * host.ts this touches the `Excel` global: a handler outlives the `Excel.run` that added it, and is
 * removed in that batch's request context (`Excel.run(handler.context, …)`), as office-js requires.
 * It only listens: adding or removing a handler writes nothing to the workbook.
 */

/** One change Excel reported on the sheet. */
export interface SheetChange {
  /** the changed area, without the sheet name: "B12", "A5:I9", "7:8" (rows inserted or deleted) */
  address: string;
  /**
   * Who made it, from `triggerSource` (ExcelApi 1.14): true for this add-in's own writes, false for the
   * user's (or another add-in's); null where Excel does not say (below 1.14).
   */
  byThisAddin: boolean | null;
}

/** What office-js hands a change handler (WorksheetChangedEventArgs): the part read here. */
interface ChangedEventArgs {
  address: string;
  triggerSource?: string;
}

export function sheetChange(args: ChangedEventArgs): SheetChange {
  return { address: args.address, byThisAddin: args.triggerSource === undefined ? null : args.triggerSource === "ThisLocalAddin" };
}

/** How to stop listening, and when the handler is in place (false: Excel refused it, e.g. no such sheet). */
export interface SheetWatch {
  stop(): void;
  ready: Promise<boolean>;
}

/**
 * Calls `onChange` for each change Excel reports on `sheet` (one round trip to add the handler, one
 * to remove it). `stop()` may come before the handler is in place: it is then removed as soon as it is.
 */
export function watchSheetChanges(sheet: string, onChange: (change: SheetChange) => void): SheetWatch {
  let stopped = false;
  let remove: (() => Promise<void>) | null = null;
  const ready = Excel.run(async (context) => {
    const handler = context.workbook.worksheets.getItem(sheet).onChanged.add(async (args) => {
      if (!stopped) onChange(sheetChange(args as unknown as ChangedEventArgs));
    });
    await context.sync();
    remove = () =>
      Excel.run(handler.context, async (ctx) => {
        handler.remove();
        await ctx.sync();
      }).catch(() => undefined);
    if (stopped) await remove();
    return true;
  }).catch(() => false);
  return {
    ready,
    stop: () => {
      if (stopped) return;
      stopped = true;
      void remove?.();
    },
  };
}
