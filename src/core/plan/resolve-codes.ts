import type { SetIndex } from "../standards/sets";
import { groupedRef } from "../text/criterion-ref";
import type { PlanTable } from "./types";

/**
 * Reads the whole numbers Excel made of codes typed under digit grouping as the code the standard
 * set has (110 → "1.10", 11 → "1.1"), for the criterion row and its task rows. A number that fits
 * no code of the set, or more than one, stays unread (criterion/unknown) and its rows are not
 * judged against any criterion. Runs once the set is known; changes the table in place.
 */
export function resolveGroupedCodes(table: PlanTable, index: SetIndex): void {
  for (const row of table.rows) {
    if (!row.groupedCodes || row.ref) continue;
    const known = row.groupedCodes.filter((c) => index.criteria.has(c));
    if (known.length !== 1) continue;
    row.ref = groupedRef(known[0]);
    row.code = known[0];
    row.unreadableCode = false;
    for (const task of table.rows) if (task.parent === row) task.code = row.code;
  }
}
