/**
 * An .xlsx file as a zip of parts. Parts KHCT does not write are carried over untouched: jszip
 * copies their compressed bytes as they were, so they stay byte-identical. Only parts written with
 * `writeText` (or removed) differ in the output.
 */
import JSZip from "jszip";

export class OoxmlPackage {
  private readonly texts = new Map<string, string>();
  private readonly changed = new Set<string>();
  private readonly byLowerName = new Map<string, string>();

  private constructor(private readonly zip: JSZip) {
    for (const name of Object.keys(zip.files)) this.byLowerName.set(name.toLowerCase(), name);
  }

  static async load(bytes: Buffer): Promise<OoxmlPackage> {
    return new OoxmlPackage(await JSZip.loadAsync(bytes));
  }

  static fromParts(parts: Record<string, string>): OoxmlPackage {
    const pkg = new OoxmlPackage(new JSZip());
    for (const [path, text] of Object.entries(parts)) pkg.writeText(path, text);
    return pkg;
  }

  /** The zip entry name of a part (OPC part names are case-insensitive), or undefined. */
  private entryName(path: string): string | undefined {
    return this.byLowerName.get(path.toLowerCase());
  }

  has(path: string): boolean {
    const name = this.entryName(path);
    if (name === undefined) return false;
    const entry = this.zip.files[name];
    return entry ? !entry.dir : this.texts.has(name);
  }

  /** Every part's path: those of the zip in its order, then the parts added. */
  paths(): string[] {
    const inZip = Object.keys(this.zip.files).filter((n) => !this.zip.files[n].dir);
    return [...inZip, ...[...this.changed].filter((n) => !this.zip.files[n])];
  }

  async readText(path: string): Promise<string> {
    const name = this.entryName(path);
    if (name === undefined) throw new Error(`missing part ${path}`);
    const cached = this.texts.get(name);
    if (cached !== undefined) return cached;
    const text = decodeXmlBytes(await this.zip.files[name].async("nodebuffer"));
    this.texts.set(name, text);
    return text;
  }

  async readTextIfPresent(path: string): Promise<string | undefined> {
    return this.has(path) ? this.readText(path) : undefined;
  }

  writeText(path: string, text: string): void {
    const name = this.entryName(path) ?? path;
    this.byLowerName.set(name.toLowerCase(), name);
    this.texts.set(name, text);
    this.changed.add(name);
  }

  remove(path: string): void {
    const name = this.entryName(path);
    if (name === undefined) return;
    this.zip.remove(name);
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

  async toBuffer(): Promise<Buffer> {
    for (const name of this.changed) this.zip.file(name, Buffer.from(withUtf8Declaration(this.texts.get(name)!), "utf8"));
    this.changed.clear();
    return this.zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
  }
}

/** A part's text: UTF-8 (with or without a byte-order mark) or UTF-16 with its byte-order mark. */
function decodeXmlBytes(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString("utf16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString("utf16le");
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString("utf8");
  return bytes.toString("utf8");
}

/** KHCT writes parts as UTF-8: a part read from UTF-16 must not keep declaring UTF-16. */
function withUtf8Declaration(text: string): string {
  return text.replace(/^(<\?xml[^>]*encoding=)(["'])UTF-16\2/i, "$1$2UTF-8$2");
}

export { folderOf, relativeTarget, relsPathOf, resolveTarget } from "../ooxml/part-names";
