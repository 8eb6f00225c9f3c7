import { areaToA1 } from "../core/sheet/address";
import { areasOf } from "./addresses";

/**
 * Merged areas read in tiles. `getMergedAreasOrNullObject` "will fail to return the result" when a
 * range holds more than 512 merged areas (its reference text; whether it then throws or gives a null
 * object is not confirmed, and office-js issue 3611 reports it returns only the areas whose top-left
 * cell is in the range). A tile of at most 512 cells cannot hold more than 512 merged areas under
 * either reading, so its answer — null included — can be trusted; areas met by several tiles are
 * counted once.
 */

/** A region of a sheet whose merged areas must be read in tiles. */
export interface MergeTile {
  /** the sheet's index in the caller's list */
  sheet: number;
  worksheet: Excel.Worksheet;
  top: number;
  left: number;
  rows: number;
  columns: number;
}

const TILE_CELLS = 512;
/** Tiles queued per sync (each a few hundred bytes of request). */
const TILES_PER_SYNC = 1000;

function tilesOf(region: MergeTile): MergeTile[] {
  const columns = Math.min(region.columns, TILE_CELLS);
  const rows = Math.max(1, Math.floor(TILE_CELLS / columns));
  const out: MergeTile[] = [];
  for (let top = region.top; top < region.top + region.rows; top += rows) {
    for (let left = region.left; left < region.left + region.columns; left += columns) {
      out.push({ ...region, top, left, rows: Math.min(rows, region.top + region.rows - top), columns: Math.min(columns, region.left + region.columns - left) });
    }
  }
  return out;
}

/** The merged areas of the regions, by sheet; `failed`: sheets whose tiles Excel would not read (the pane says so). */
export async function readMergeTiles(context: Excel.RequestContext, regions: MergeTile[]): Promise<{ merges: Map<number, string[]>; failed: Set<number> }> {
  const merges = new Map<number, string[]>();
  const failed = new Set<number>();
  const tiles = regions.flatMap(tilesOf);
  for (let i = 0; i < tiles.length; i += TILES_PER_SYNC) {
    const batch = tiles.slice(i, i + TILES_PER_SYNC).map((t) => ({ tile: t, areas: t.worksheet.getRangeByIndexes(t.top, t.left, t.rows, t.columns).getMergedAreasOrNullObject().load("address") }));
    try {
      await context.sync();
    } catch {
      for (const { tile } of batch) failed.add(tile.sheet);
      continue;
    }
    for (const { tile, areas } of batch) {
      if (areas.isNullObject) continue;
      merges.set(tile.sheet, [...(merges.get(tile.sheet) ?? []), ...areasOf(areas.address).map(areaToA1)]);
    }
  }
  return { merges, failed };
}
