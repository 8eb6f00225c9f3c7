/**
 * An .xlsx file as a zip of parts, to write into. Parts KHCT does not write are carried over
 * untouched: their stored bytes are copied as they were (zip-writer.ts), so they stay
 * byte-identical. Only parts written with `writeText` (or removed) differ in the output. Reading
 * goes through the shared zip layer (src/ooxml: the limits, node:zlib inflating).
 */
import { nodeInflate } from "../ooxml/node-inflate";
import { readZipDirectory, type ZipEntry } from "../ooxml/zip-directory";
import { decodeText, ZipPackage } from "../ooxml/zip-package";
import { writeZip, type ZipItem } from "./zip-writer";

export class OoxmlPackage {
  private readonly texts = new Map<string, string>();
  private readonly changed = new Set<string>();
  private readonly byLowerName = new Map<string, string>();
  /** every entry name (folders too), in the zip's order, then the parts added */
  private readonly order: string[] = [];

  private constructor(
    private readonly source: Buffer | null,
    private readonly zip: ZipPackage | null,
    private readonly entries: Map<string, ZipEntry>,
  ) {
    for (const name of entries.keys()) {
      this.order.push(name);
      this.byLowerName.set(name.toLowerCase(), name);
    }
  }

  /** Opens a workbook's bytes; throws PackageError (see src/ooxml/zip-package.ts) when they are not a zip KHCT reads. */
  static async load(bytes: Buffer): Promise<OoxmlPackage> {
    const zip = ZipPackage.open(bytes, nodeInflate);
    const entries = new Map<string, ZipEntry>();
    for (const e of readZipDirectory(bytes).entries) if (!entries.has(e.name)) entries.set(e.name, e);
    return new OoxmlPackage(bytes, zip, entries);
  }

  static fromParts(parts: Record<string, string>): OoxmlPackage {
    const pkg = new OoxmlPackage(null, null, new Map());
    for (const [path, text] of Object.entries(parts)) pkg.writeText(path, text);
    return pkg;
  }

  /** The entry name of a part (OPC part names are case-insensitive), or undefined. */
  private entryName(path: string): string | undefined {
    return this.byLowerName.get(path.toLowerCase());
  }

  private isFolder(name: string): boolean {
    return this.entries.has(name) && name.endsWith("/");
  }

  has(path: string): boolean {
    const name = this.entryName(path);
    if (name === undefined) return false;
    return this.entries.has(name) ? !this.isFolder(name) : this.texts.has(name);
  }

  /** Every part's path: those of the zip in its order, then the parts added. */
  paths(): string[] {
    return this.order.filter((n) => !this.isFolder(n));
  }

  async readText(path: string): Promise<string> {
    const name = this.entryName(path);
    if (name === undefined) throw new Error(`missing part ${path}`);
    const cached = this.texts.get(name);
    if (cached !== undefined) return cached;
    const text = decodeText(this.zip!.read(name)!);
    this.texts.set(name, text);
    return text;
  }

  async readTextIfPresent(path: string): Promise<string | undefined> {
    return this.has(path) ? this.readText(path) : undefined;
  }

  writeText(path: string, text: string): void {
    let name = this.entryName(path);
    if (name === undefined) {
      name = path;
      this.byLowerName.set(name.toLowerCase(), name);
      this.order.push(name);
    }
    this.texts.set(name, text);
    this.changed.add(name);
  }

  remove(path: string): void {
    const name = this.entryName(path);
    if (name === undefined) return;
    this.order.splice(this.order.indexOf(name), 1);
    this.entries.delete(name);
    this.texts.delete(name);
    this.changed.delete(name);
    this.byLowerName.delete(name.toLowerCase());
  }

  /** The first name `make(n)` (n = 1, 2, …) that no part has yet. */
  freePath(make: (n: number) => string): string {
    for (let n = 1; ; n++) {
      const path = make(n);
      if (this.entryName(path) === undefined) return path;
    }
  }

  /** The parts written (or added) since the package was opened: what toBuffer deflates anew. */
  writtenParts(): string[] {
    return this.order.filter((n) => this.changed.has(n));
  }

  async toBuffer(): Promise<Buffer> {
    const items: ZipItem[] = this.order.map((name) =>
      this.changed.has(name) ? { name, data: Buffer.from(withUtf8Declaration(this.texts.get(name)!), "utf8") } : { copy: this.entries.get(name)! },
    );
    return writeZip(this.source, items);
  }
}

/** KHCT writes parts as UTF-8: a part read from UTF-16 must not keep declaring UTF-16. */
function withUtf8Declaration(text: string): string {
  return text.replace(/^(<\?xml[^>]*encoding=)(["'])UTF-16\2/i, "$1$2UTF-8$2");
}

export { folderOf, relativeTarget, relsPathOf, resolveTarget } from "../ooxml/part-names";
