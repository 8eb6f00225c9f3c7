/**
 * A zip file's table of contents (its central directory), read without inflating anything: the
 * name, compression method and sizes of every entry, as the file declares them. ZIP64 sizes are
 * read from their extra field; a size that cannot be read counts as 4 GB, so limits refuse it.
 */
import { inflateRawSync } from "node:zlib";

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is not a package Excel writes */
  method: number;
  compressedSize: number;
  /** the uncompressed size the file declares (a crafted file can lie) */
  declaredSize: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const MAX32 = 0xffffffff;
/** what a size counts as when the file says "see the ZIP64 field" and that field is missing */
const UNREADABLE_SIZE = 2 ** 32;

export class ZipFormatError extends Error {}

function endOfCentralDirectory(bytes: Buffer): number {
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= earliest; i--) if (bytes.readUInt32LE(i) === EOCD) return i;
  throw new ZipFormatError("no end of central directory");
}

function readUInt64(bytes: Buffer, at: number): number {
  return Number(bytes.readBigUInt64LE(at));
}

/** Where the central directory starts and how many entries it has (ZIP64 aware). */
function directoryLocation(bytes: Buffer): { offset: number; count: number } {
  const eocd = endOfCentralDirectory(bytes);
  let count = bytes.readUInt16LE(eocd + 10);
  let offset = bytes.readUInt32LE(eocd + 16);
  const locator = eocd - 20;
  if ((count === 0xffff || offset === MAX32) && locator >= 0 && bytes.readUInt32LE(locator) === ZIP64_LOCATOR) {
    const record = readUInt64(bytes, locator + 8);
    if (record + 56 > bytes.length || bytes.readUInt32LE(record) !== ZIP64_EOCD) throw new ZipFormatError("bad ZIP64 end record");
    count = readUInt64(bytes, record + 32);
    offset = readUInt64(bytes, record + 48);
  }
  return { offset, count };
}

/** The ZIP64 extra field's sizes, for those the header marks as 0xFFFFFFFF. */
function zip64Sizes(extra: Buffer, marked: { size: boolean; compressed: boolean; offset: boolean }): { size?: number; compressed?: number; offset?: number } {
  for (let i = 0; i + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(i);
    const length = extra.readUInt16LE(i + 2);
    if (id === 0x0001) {
      const out: { size?: number; compressed?: number; offset?: number } = {};
      let at = i + 4;
      const next = () => (at + 8 <= i + 4 + length && at + 8 <= extra.length ? ((at += 8), readUInt64(extra, at - 8)) : undefined);
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
export function readZipDirectory(bytes: Buffer, maxEntries = Infinity): { entries: ZipEntry[]; count: number } {
  const { offset, count } = directoryLocation(bytes);
  const entries: ZipEntry[] = [];
  if (count > maxEntries) return { entries, count };
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL_HEADER) throw new ZipFormatError(`bad central directory entry ${n}`);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const compressed = bytes.readUInt32LE(at + 20);
    const size = bytes.readUInt32LE(at + 24);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.toString("utf8", at + 46, at + 46 + nameLength);
    const extra = bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
    const wide = zip64Sizes(extra, { size: size === MAX32, compressed: compressed === MAX32, offset: local === MAX32 });
    entries.push({
      name,
      method: bytes.readUInt16LE(at + 10),
      compressedSize: compressed === MAX32 ? (wide.compressed ?? UNREADABLE_SIZE) : compressed,
      declaredSize: size === MAX32 ? (wide.size ?? UNREADABLE_SIZE) : size,
      localHeaderOffset: local === MAX32 ? (wide.offset ?? UNREADABLE_SIZE) : local,
    });
    at += 46 + nameLength + extraLength + commentLength;
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

/**
 * The size an entry really inflates to, inflating at most `cap + 1` bytes: `Infinity` when it is
 * larger than `cap` (the inflation stops there).
 */
export function inflatedSize(bytes: Buffer, entry: ZipEntry, cap: number): number {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_HEADER) throw new ZipFormatError(`bad local header for ${entry.name}`);
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data.length;
  if (entry.method !== 8) throw new ZipFormatError(`compression method ${entry.method} in ${entry.name}`);
  try {
    return inflateRawSync(data, { maxOutputLength: cap + 1 }).length;
  } catch (e) {
    if ((e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") return Infinity;
    throw new ZipFormatError(`cannot inflate ${entry.name}: ${(e as Error).message}`);
  }
}
