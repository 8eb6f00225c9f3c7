import { readStore, STORE_SHEET, storePatch, type KhctStore } from "../core/store";
import type { SheetPatch } from "../core/sheet/patch";
import type { SheetSnapshot } from "../core/sheet/snapshot";
import type { ExcelCapabilities } from "./capabilities";
import { queueDataSnapshot } from "./read-snapshot";
import { sheetNamed, type WorkbookState } from "./workbook-state";

/** KHCT's data as read from its very hidden sheet, with the sheet itself (to rewrite it later). */
export interface StoreRead {
  store: KhctStore;
  sheet: SheetSnapshot | undefined;
}

export function storeFrom(sheet: SheetSnapshot | undefined): StoreRead {
  return { store: readStore(sheet), sheet };
}

/** Queues the read of the store sheet if it exists (nothing otherwise); the function returned reads it after the sync. */
export function queueStoreRead(context: Excel.RequestContext, state: WorkbookState, caps: ExcelCapabilities): () => StoreRead {
  const info = sheetNamed(state, STORE_SHEET);
  if (!info) return () => storeFrom(undefined);
  void caps;
  const read = queueDataSnapshot(context.workbook.worksheets.getItem(info.name), info);
  return () => storeFrom(read());
}

/** One sync when the store sheet exists, none when it does not. */
export async function readStoreSheet(context: Excel.RequestContext, state: WorkbookState, caps: ExcelCapabilities): Promise<StoreRead> {
  const read = queueStoreRead(context, state, caps);
  if (sheetNamed(state, STORE_SHEET)) await context.sync();
  return read();
}

/** The patch that saves `store` over what was read. */
export function storeWrite(store: KhctStore, read: StoreRead): SheetPatch {
  return storePatch(store, read.sheet);
}
