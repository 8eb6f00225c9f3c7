import { a1, parseArea } from "../core/sheet/address";
import { cellInput, typedText } from "../core/sheet/cell-input";
import { isFormulaValue, type Block, type SheetPatch, type StyledRange } from "../core/sheet/patch";
import { jsonBytes } from "./payload";

export { WRITE_BUDGET } from "./payload";

/**
 * Text fidelity. Excel parses what an add-in writes to `range.values`/`range.formulas` as if typed:
 * "=x" becomes a formula, "- Tham mưu" a formula error, "1.10" the number 1.1, "9/2022" a date,
 * "'x" loses its apostrophe. Each cell gets the number format of the core's rule
 * (`core/sheet/cell-input`: "@" on short strings Excel would change, a quote prefix on long ones,
 * "General" on everything else) in the same batch, before the value.
 */

/** What to set on a block's range: number formats first (null leaves a cell's format), then inputs. */
export interface CellWrites {
  address: string;
  numberFormats: (string | null)[][];
  inputs: (string | number | boolean)[][];
}

/** The number format the patch's styles give a cell, if any (the last style wins). */
function numberFormatsOfStyles(styles: StyledRange[] | undefined): (row: number, col: number) => string | null {
  const formats = (styles ?? []).filter((s) => s.style.numberFormat).map((s) => ({ area: parseArea(s.range), format: s.style.numberFormat! }));
  return (row, col) => {
    let format: string | null = null;
    for (const { area: a, format: f } of formats) if (row >= a.top && row <= a.bottom && col >= a.left && col <= a.right) format = f;
    return format;
  };
}

/** A string as Excel must receive it to store exactly that string in a cell formatted as text. */
export function textInput(s: string): string {
  return s.startsWith("'") ? `'${s}` : s;
}

export function blockWrites(block: Block, styles: StyledRange[] | undefined, formula: (f: string) => string = (f) => f): CellWrites {
  const width = Math.max(1, ...block.values.map((r) => r.length));
  const styleNumberFormatAt = numberFormatsOfStyles(styles);
  const numberFormats: (string | null)[][] = [];
  const inputs: (string | number | boolean)[][] = [];
  block.values.forEach((row, i) => {
    const formats: (string | null)[] = [];
    const values: (string | number | boolean)[] = [];
    for (let j = 0; j < width; j++) {
      const v = row[j] ?? null;
      const input = cellInput(v, styleNumberFormatAt(block.top + i, block.left + j));
      formats.push(input.numberFormat);
      if (typeof v === "string") values.push(typedText(v, input));
      else if (v !== null && isFormulaValue(v)) values.push(formula(v.formula));
      else values.push(v === null ? "" : v);
    }
    numberFormats.push(formats);
    inputs.push(values);
  });
  const address = `${a1(block.top, block.left)}:${a1(block.top + block.values.length - 1, block.left + width - 1)}`;
  return { address, numberFormats, inputs };
}

/** About the bytes a row of values takes in a write request, its number formats included. */
function rowBytes(row: Block["values"][number]): number {
  return row.reduce<number>((n, v) => n + (v !== null && isFormulaValue(v) ? jsonBytes(v.formula) : jsonBytes(v)) + 10, 2);
}

/** About the bytes a block takes in a write request. */
export function blocksBytes(block: Block): number {
  return block.values.reduce((n, row) => n + rowBytes(row), 0);
}

/**
 * A sheet patch's blocks in chunks of at most `budget` bytes each (a longer row is a chunk of its
 * own): one chunk, or none, for every normal plan.
 */
export function splitBlocks(p: SheetPatch, budget: number): Block[][] {
  const chunks: Block[][] = [];
  let current: Block[] = [];
  let size = 0;
  for (const block of p.blocks) {
    // every part keeps the block's width: a short row still clears the cells to the block's right edge
    const width = Math.max(1, ...block.values.map((r) => r.length));
    const part = (from: number, to: number): Block => ({ top: block.top + from, left: block.left, values: block.values.slice(from, to).map((r) => (r.length < width ? [...r, ...new Array<null>(width - r.length).fill(null)] : r)) });
    let start = 0;
    block.values.forEach((row, i) => {
      const bytes = rowBytes(row);
      if (size + bytes > budget && size > 0) {
        if (i > start) current.push(part(start, i));
        chunks.push(current);
        current = [];
        size = 0;
        start = i;
      }
      size += bytes;
    });
    if (block.values.length > start) current.push(part(start, block.values.length));
  }
  if (current.length) chunks.push(current);
  return chunks;
}
