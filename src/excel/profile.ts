import { STORE_SHEET, type SchoolProfile } from "../core/store";
import { queueWorkbookPatch } from "./apply-patch";
import type { ExcelCapabilities } from "./capabilities";
import { readStoreSheet, storeWrite } from "./store";
import { assertCanWrite, readWorkbookState } from "./workbook-state";

export interface ProfileRead {
  /** the school profile kept in the workbook (empty when none was saved) */
  profile: SchoolProfile;
  /** the workbook is open read-only (null: this Excel cannot tell): what KHCT writes cannot be saved to the file */
  readOnly: boolean | null;
}

/** The school profile kept in the workbook, and whether the workbook is open read-only. Two syncs at most. */
export async function readProfile(context: Excel.RequestContext, caps: ExcelCapabilities): Promise<ProfileRead> {
  const state = await readWorkbookState(context, caps);
  return { profile: (await readStoreSheet(context, state, caps)).store.profile, readOnly: state.readOnly };
}

/** Saves the school profile into the workbook (its very hidden sheet), keeping marks and fixes. Three syncs at most. */
export async function saveProfile(context: Excel.RequestContext, caps: ExcelCapabilities, profile: SchoolProfile): Promise<void> {
  const state = await readWorkbookState(context, caps);
  const read = await readStoreSheet(context, state, caps);
  assertCanWrite(state, [STORE_SHEET]);
  await queueWorkbookPatch(context, { sheets: [storeWrite({ ...read.store, profile }, read)] }, state, caps);
  await context.sync();
}
