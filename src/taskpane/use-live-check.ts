/**
 * "Kiểm tra khi nhập" in the pane: while `enabled`, the plan sheet's changes (heard by the Excel host)
 * go through LiveCheck and run `recheck`. The handler is removed when the switch goes off, when the
 * plan sheet changes, when the pane unmounts and when the page is hidden for good (pagehide: the pane
 * closes or reloads).
 */
import { useEffect, useRef } from "react";
import { watchSheetChanges } from "../excel";
import { LiveCheck, OwnWrites, touchesTable, type TableSpan } from "./live-check";

/** KHCT's own commands, for hosts that do not say who changed a sheet (below ExcelApi 1.14). */
export const ownWrites = new OwnWrites();

export function useLiveCheck(enabled: boolean, sheet: string | undefined, table: TableSpan | undefined, recheck: () => Promise<void>): void {
  const latest = useRef({ table, recheck });
  latest.current = { table, recheck };
  useEffect(() => {
    if (!enabled || !sheet) return;
    const live = new LiveCheck({ recheck: () => latest.current.recheck(), relevant: (address) => touchesTable(address, latest.current.table), ownWrites });
    const watch = watchSheetChanges(sheet, (change) => live.hear(change));
    const stop = () => {
      live.dispose();
      watch.stop();
    };
    window.addEventListener("pagehide", stop);
    return () => {
      window.removeEventListener("pagehide", stop);
      stop();
    };
  }, [enabled, sheet]);
}
