/**
 * "Kiểm tra khi nhập" (check while typing): which of the plan sheet's changes call for a new check,
 * and when. Pure timing and filtering; the Excel host hears the changes (excel/sheet-changes.ts) and
 * the pane runs the check, which only reads.
 *
 * - A change counts when it touches the plan table: its columns, from the header row down (rows typed
 *   under the table may extend it). Without a table any change on the sheet counts.
 * - KHCT's own writes do not count: Excel says so from ExcelApi 1.14 (`triggerSource`); below it,
 *   changes heard while a KHCT command runs, or within OWN_WRITE_QUIET_MS after, are taken for KHCT's
 *   (every KHCT command that writes on the plan sheet checks it again itself).
 * - Changes are debounced: the check runs LIVE_DEBOUNCE_MS after the last one, never while another
 *   live check or a KHCT command runs (then right after it).
 */
import type { SheetChange } from "../excel";

export const LIVE_DEBOUNCE_MS = 1000;
export const OWN_WRITE_QUIET_MS = 1500;

/** The part of a plan table a change must touch (0-based rows and columns). */
export interface TableSpan {
  top: number;
  left: number;
  right: number;
}

interface Span {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

function column(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

const ANY = Number.MAX_SAFE_INTEGER;

/** "B12", "A5:I9", "7:8" (whole rows), "C:D" (whole columns), with or without "Sheet!" and "$". */
export function changedSpan(address: string): Span | null {
  const ref = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "").trim();
  const [a, b = a] = ref.split(":");
  const cell = (s: string) => /^([A-Za-z]{1,3})?(\d+)?$/.exec(s);
  const p = cell(a);
  const q = cell(b);
  if (!p || !q || (!p[1] && !p[2]) || (!q[1] && !q[2])) return null;
  const rows = [p[2], q[2]].map((r) => (r ? Number(r) - 1 : null));
  const cols = [p[1], q[1]].map((c) => (c ? column(c) : null));
  return {
    top: rows[0] ?? 0,
    bottom: rows[1] ?? ANY,
    left: cols[0] ?? 0,
    right: cols[1] ?? ANY,
  };
}

/** True when the changed area (one or more, comma-separated) meets the table's columns at or below its header. */
export function touchesTable(address: string, table: TableSpan | undefined): boolean {
  if (!table) return true;
  return address.split(",").some((part) => {
    const s = changedSpan(part);
    if (!s) return true; // an address this cannot read: check rather than miss a change
    return s.bottom >= table.top && s.left <= table.right && s.right >= table.left;
  });
}

/** KHCT's own commands, for hosts that do not say who changed a sheet (below ExcelApi 1.14). */
export class OwnWrites {
  private running = 0;
  private quietUntil = 0;
  constructor(private readonly now: () => number = Date.now) {}

  begin(): void {
    this.running++;
  }

  end(): void {
    this.running = Math.max(0, this.running - 1);
    this.quietUntil = this.now() + OWN_WRITE_QUIET_MS;
  }

  /** A KHCT command is running now. */
  get busy(): boolean {
    return this.running > 0;
  }

  /** A change heard now may be KHCT's own. */
  covers(): boolean {
    return this.running > 0 || this.now() < this.quietUntil;
  }
}

export interface LiveCheckOptions {
  /** the check itself (reads only; shows its own failures) */
  recheck: () => Promise<void>;
  /** whether a change touches the plan table */
  relevant: (address: string) => boolean;
  ownWrites: OwnWrites;
  delay?: number;
}

/** Turns heard changes into checks: filtered, debounced, one at a time. */
export class LiveCheck {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running = false;
  private again = false;
  private disposed = false;
  /** changes that counted, and checks run (for tests and the README's figures) */
  readonly stats = { heard: 0, counted: 0, checks: 0 };

  constructor(private readonly options: LiveCheckOptions) {}

  hear(change: SheetChange): void {
    if (this.disposed) return;
    this.stats.heard++;
    if (change.byThisAddin === true) return;
    if (change.byThisAddin === null && this.options.ownWrites.covers()) return;
    if (!this.options.relevant(change.address)) return;
    this.stats.counted++;
    this.arm();
  }

  private arm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.fire(), this.options.delay ?? LIVE_DEBOUNCE_MS);
  }

  private async fire(): Promise<void> {
    this.timer = null;
    if (this.disposed) return;
    if (this.running || this.options.ownWrites.busy) {
      if (this.running) this.again = true;
      else this.arm();
      return;
    }
    this.running = true;
    try {
      this.stats.checks++;
      await this.options.recheck();
    } catch {
      // the pane shows a failed check where the check's messages go; listening goes on
    } finally {
      this.running = false;
      if (this.again && !this.disposed) {
        this.again = false;
        this.arm();
      }
    }
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
