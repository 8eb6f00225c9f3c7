/** A one-line progress bar redrawn on a terminal: "[██████░░░░░░░░░░] 120/200 truong-a.xlsx". */
export class ProgressBar {
  private done = 0;

  constructor(
    private readonly total: number,
    private readonly write: (s: string) => void,
    private readonly columns = 80,
  ) {}

  tick(label: string): void {
    this.done++;
    const width = 24;
    const filled = Math.round((this.done / this.total) * width);
    const head = `[${"█".repeat(filled)}${"░".repeat(width - filled)}] ${this.done}/${this.total} `;
    const room = Math.max(0, this.columns - head.length - 1);
    const tail = label.length > room ? `…${label.slice(label.length - room + 1)}` : label;
    this.write(`\r\x1b[K${head}${tail}`);
  }

  /** Clears the bar, so what follows starts on a clean line. */
  clear(): void {
    this.write("\r\x1b[K");
  }
}
