/**
 * A zip file's table of contents (its central directory), read without inflating anything: the
 * name, compression method and sizes of every entry, as the file declares them. ZIP64 sizes are
 * read from their extra field; a size that cannot be read counts as 4 GB, so limits refuse it.
 *
 * Pure and browser-safe: bytes in (a Uint8Array; what Node reads from disk is one too), plain data out.
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is not a package Office writes */
  method: number;
  compressedSize: number;
  /** the uncompressed size the file declares (a crafted file can lie) */
  declaredSize: number;
  localHeaderOffset: number;
  /** general purpose flags (bit 3: sizes and CRC follow the data) */
  flags: number;
  crc32: number;
  /** where the entry's central directory record lies in the file: [start, end) */
  centralStart: number;
  centralEnd: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const MAX32 = 0xffffffff;
/** what a size counts as when the file says "see the ZIP64 field" and that field is missing */
const UNREADABLE_SIZE = 2 ** 32;

/** Not a zip, or a zip whose structure is broken. */
export class ZipFormatError extends Error {}

const names = new TextDecoder("utf-8");

function dataView(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** An unsigned 64-bit little-endian integer as a number (exact below 2^53, which any real size is). */
function uint64(view: DataView, at: number): number {
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
}

function endOfCentralDirectory(view: DataView): number {
  const earliest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= earliest; i--) if (view.getUint32(i, true) === EOCD) return i;
  throw new ZipFormatError("no end of central directory");
}

/** Where the central directory starts and how many entries it has (ZIP64 aware). */
function directoryLocation(view: DataView): { offset: number; count: number } {
  const eocd = endOfCentralDirectory(view);
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const locator = eocd - 20;
  if ((count === 0xffff || offset === MAX32) && locator >= 0 && view.getUint32(locator, true) === ZIP64_LOCATOR) {
    const record = uint64(view, locator + 8);
    if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD) throw new ZipFormatError("bad ZIP64 end record");
    count = uint64(view, record + 32);
    offset = uint64(view, record + 48);
  }
  return { offset, count };
}

/** The ZIP64 extra field's sizes, for those the header marks as 0xFFFFFFFF. */
function zip64Sizes(view: DataView, from: number, to: number, marked: { size: boolean; compressed: boolean; offset: boolean }): { size?: number; compressed?: number; offset?: number } {
  for (let i = from; i + 4 <= to; ) {
    const id = view.getUint16(i, true);
    const length = view.getUint16(i + 2, true);
    if (id === 0x0001) {
      const out: { size?: number; compressed?: number; offset?: number } = {};
      let at = i + 4;
      const next = () => (at + 8 <= i + 4 + length && at + 8 <= to ? ((at += 8), uint64(view, at - 8)) : undefined);
      if (marked.size) out.size = next();
      if (marked.compressed) out.compressed = next();
      if (marked.offset) out.offset = next();
      return out;
    }
    i += 4 + length;
  }
  return {};
}

/**
 * Every entry of the central directory. `maxEntries` stops reading early (the caller refuses the
 * file): a directory can list millions of entries in a few megabytes.
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries = Infinity): { entries: ZipEntry[]; count: number } {
  const view = dataView(bytes);
  if (view.byteLength < 22) throw new ZipFormatError("too short for a zip");
  const { offset, count } = directoryLocation(view);
  const entries: ZipEntry[] = [];
  if (count > maxEntries) return { entries, count };
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL_HEADER) throw new ZipFormatError(`bad central directory entry ${n}`);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const local = view.getUint32(at + 42, true);
    const nameEnd = Math.min(at + 46 + nameLength, view.byteLength);
    const name = names.decode(bytes.subarray(at + 46, nameEnd));
    const extraEnd = Math.min(nameEnd + extraLength, view.byteLength);
    const wide = zip64Sizes(view, nameEnd, extraEnd, { size: size === MAX32, compressed: compressed === MAX32, offset: local === MAX32 });
    const end = at + 46 + nameLength + extraLength + commentLength;
    entries.push({
      name,
      method: view.getUint16(at + 10, true),
      compressedSize: compressed === MAX32 ? (wide.compressed ?? UNREADABLE_SIZE) : compressed,
      declaredSize: size === MAX32 ? (wide.size ?? UNREADABLE_SIZE) : size,
      localHeaderOffset: local === MAX32 ? (wide.offset ?? UNREADABLE_SIZE) : local,
      flags: view.getUint16(at + 8, true),
      crc32: view.getUint32(at + 16, true),
      centralStart: at,
      centralEnd: Math.min(end, view.byteLength),
    });
    at = end;
  }
  return { entries, count };
}

/** The most a deflate stream can inflate per byte (its best ratio is about 1032:1). */
const DEFLATE_MAX_RATIO = 1032;

/** The largest size an entry can really inflate to, whatever it declares. */
export function worstCaseSize(entry: ZipEntry): number {
  if (entry.method === 0) return entry.compressedSize;
  if (entry.method === 8) return entry.compressedSize * DEFLATE_MAX_RATIO;
  return Infinity;
}

/** The entry's stored bytes (deflated unless its method is 0), found through its local header. */
export function storedBytes(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = dataView(bytes);
  const at = entry.localHeaderOffset;
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL_HEADER) throw new ZipFormatError(`bad local header for ${entry.name}`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > view.byteLength) throw new ZipFormatError(`${entry.name} runs past the end of the file`);
  return bytes.subarray(start, start + entry.compressedSize);
}
