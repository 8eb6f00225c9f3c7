/** Styles set row by row are written as one range per run of rows, without changing what any cell looks like. */
import { coalesceStyles } from "../../src/core/sheet/builder";
import type { Style } from "../../src/core/sheet/patch";

const CELL: Style = { wrap: true, border: "thin" };
const CENTRE: Style = { hAlign: "center" };
const LEFT: Style = { hAlign: "left" };

describe("styles given row by row", () => {
  it("a table whose rows each set their cells' style and their TT's alignment: two ranges, not two per row", () => {
    const rows = [12, 13, 14, 15].flatMap((r) => [
      { range: `A${r}:J${r}`, style: CELL },
      { range: `A${r}`, style: CENTRE },
    ]);
    expect(coalesceStyles(rows)).toEqual([
      { range: "A12:J15", style: CELL },
      { range: "A12:A15", style: CENTRE },
    ]);
  });

  it("never moves a style before one it overlaps: a later style still wins where both apply", () => {
    // A13 ends centred; joining its CENTRE into A12's would apply it before A13's LEFT, leaving A13 left-aligned
    const styles = [
      { range: "A12", style: CENTRE },
      { range: "A13", style: LEFT },
      { range: "A13", style: CENTRE },
    ];
    expect(coalesceStyles(styles)).toEqual(styles);
  });
});
