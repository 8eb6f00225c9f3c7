/**
 * An Office file (.docx, .xlsx) opened for reading: its magic bytes checked, its zip checked
 * against the limits before anything is inflated, then its parts inflated on demand. Pure and
 * browser-safe: a Uint8Array in; the inflate function can be swapped (node:zlib in the CLI).
 */
import { fflateInflate, type InflateRaw } from "./inflate";
import { checkZipLimits, ZipLimitError, type CheckedZip, type ZipFacts, type ZipRefusal } from "./limits";
import { storedBytes, ZipFormatError, type ZipEntry } from "./zip-directory";

/** Why a file cannot be opened as an Office package. */
export type PackageFailure =
  /** an OLE compound file: Word 97-2003 (.doc), Excel 97-2003 (.xls), or a password-protected Office file */
  | "ole-container"
  /** not a zip at all (an RTF or HTML file renamed, a PDF, text) */
  | "not-a-zip"
  /** a zip whose directory or parts cannot be read */
  | "damaged"
  | ZipRefusal;

export class PackageError extends Error {
  constructor(
    readonly reason: PackageFailure,
    readonly detail = "",
    readonly facts: ZipFacts = {},
  ) {
    super(`${reason}${detail ? `: ${detail}` : ""}`);
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

const utf8 = new TextDecoder("utf-8");

/** A part's bytes as text: UTF-8 (the BOM dropped), or UTF-16 when a BOM says so. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8.decode(bytes.subarray(3));
  return utf8.decode(bytes);
}

export class ZipPackage {
  private readonly byName = new Map<string, ZipEntry>();
  /** parts inflated when the limits were checked, each given out once (a reader reads a part once) */
  private readonly inflated: Map<ZipEntry, Uint8Array>;

  private constructor(
    private readonly bytes: Uint8Array,
    { entries, inflated }: CheckedZip,
    private readonly inflate: InflateRaw,
  ) {
    // part names are case-insensitive (OPC); a leading "/" is not part of a zip entry's name
    for (const e of entries) if (!e.name.endsWith("/")) this.byName.set(e.name.toLowerCase(), e);
    this.inflated = inflated;
  }

  /** Opens `bytes`; throws PackageError with the reason a person can act on. */
  static open(bytes: Uint8Array, inflate: InflateRaw = fflateInflate): ZipPackage {
    if (startsWith(bytes, OLE_MAGIC)) throw new PackageError("ole-container");
    if (!startsWith(bytes, ZIP_MAGIC)) throw new PackageError("not-a-zip");
    try {
      return new ZipPackage(bytes, checkZipLimits(bytes, inflate), inflate);
    } catch (e) {
      if (e instanceof ZipLimitError) throw new PackageError(e.reason, e.detail, e.facts);
      if (e instanceof ZipFormatError) throw new PackageError("damaged", e.message);
      throw e;
    }
  }

  private entry(path: string): ZipEntry | undefined {
    return this.byName.get(path.replace(/^\//, "").toLowerCase());
  }

  has(path: string): boolean {
    return this.entry(path) !== undefined;
  }

  /** The part's uncompressed bytes; undefined when the zip has no such part. Throws PackageError("damaged"). */
  read(path: string): Uint8Array | undefined {
    const entry = this.entry(path);
    if (!entry) return undefined;
    const measured = this.inflated.get(entry);
    if (measured) {
      this.inflated.delete(entry);
      if (measured.length > entry.declaredSize) throw new PackageError("damaged", `${entry.name} is larger than it declares`);
      return measured;
    }
    try {
      const stored = storedBytes(this.bytes, entry);
      if (entry.method === 0) return stored;
      if (entry.method !== 8) throw new ZipFormatError(`compression method ${entry.method} in ${entry.name}`);
      // the sizes were checked against the limits: a part larger than it declared is a damaged (or crafted) zip
      const out = this.inflate(stored, entry.declaredSize);
      if (out === null) throw new ZipFormatError(`${entry.name} is larger than it declares`);
      return out;
    } catch (e) {
      if (e instanceof PackageError) throw e;
      throw new PackageError("damaged", e instanceof Error ? e.message : String(e));
    }
  }

  /** The part as text; undefined when absent. */
  text(path: string): string | undefined {
    const bytes = this.read(path);
    return bytes === undefined ? undefined : decodeText(bytes);
  }
}
