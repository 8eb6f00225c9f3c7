import { STORE_SHEET, type SchoolProfile } from "../core/store";
import { queueWorkbookPatch } from "./apply-patch";
import type { ExcelCapabilities } from "./capabilities";
import { readStoreSheet, storeWrite } from "./store";
import { assertCanWrite, readWorkbookState } from "./workbook-state";

/** The school profile kept in the workbook (empty when none was saved). Two syncs at most. */
export async function readProfile(context: Excel.RequestContext, caps: ExcelCapabilities): Promise<SchoolProfile> {
  const state = await readWorkbookState(context, caps);
  return (await readStoreSheet(context, state, caps)).store.profile;
}

/** Saves the school profile into the workbook (its very hidden sheet), keeping marks and fixes. Three syncs at most. */
export async function saveProfile(context: Excel.RequestContext, caps: ExcelCapabilities, profile: SchoolProfile): Promise<void> {
  const state = await readWorkbookState(context, caps);
  const read = await readStoreSheet(context, state, caps);
  assertCanWrite(state, [STORE_SHEET]);
  queueWorkbookPatch(context, { sheets: [storeWrite({ ...read.store, profile }, read)] }, state, caps);
  await context.sync();
}
