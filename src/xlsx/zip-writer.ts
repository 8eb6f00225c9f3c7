/**
 * Writes the .xlsx zip (Node: the CLI's writer). Parts KHCT did not change are copied from the
 * input as they were stored — local header, compressed bytes and directory record — so they stay
 * byte for byte what the program that saved the file wrote; parts KHCT wrote are deflated with
 * node:zlib. No ZIP64: KHCT's limits keep files far below 4 GB and 65,535 parts.
 */
import * as zlib from "node:zlib";
import type { ZipEntry } from "../ooxml/zip-directory";

/** A part of the output: copied from the input zip, or written now. */
export type ZipItem = { copy: ZipEntry } | { name: string; data: Uint8Array };

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const DATA_DESCRIPTOR = 0x08074b50;
const UTF8_NAMES = 0x0800;

let table: Int32Array | undefined;

/** CRC-32 of `data` (zlib.crc32 where Node has it, from 20.15). */
export function crc32(data: Uint8Array): number {
  const native = (zlib as { crc32?: (d: Uint8Array) => number }).crc32;
  if (native) return native(data);
  if (!table) {
    table = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c;
    }
  }
  let c = -1;
  for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** The date and time fields of a zip header (MS-DOS format, local time). */
function dosDateTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** The bytes an input entry occupies from its local header to the end of its data (and data descriptor). */
function storedRange(source: Buffer, entry: ZipEntry): [number, number] {
  const at = entry.localHeaderOffset;
  const dataStart = at + 30 + source.readUInt16LE(at + 26) + source.readUInt16LE(at + 28);
  let end = dataStart + entry.compressedSize;
  if (entry.flags & 0x0008) end += end + 4 <= source.length && source.readUInt32LE(end) === DATA_DESCRIPTOR ? 16 : 12;
  return [at, end];
}

/** The zip of `items`, in their order; `source` holds the entries copied. */
export function writeZip(source: Buffer | null, items: ZipItem[], now = new Date()): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const { time, date } = dosDateTime(now);
  for (const item of items) {
    if ("copy" in item) {
      const [start, end] = storedRange(source!, item.copy);
      const central = Buffer.from(source!.subarray(item.copy.centralStart, item.copy.centralEnd));
      central.writeUInt32LE(offset, 42);
      locals.push(source!.subarray(start, end));
      centrals.push(central);
      offset += end - start;
      continue;
    }
    const name = Buffer.from(item.name, "utf8");
    const data = zlib.deflateRawSync(item.data, { level: 6 });
    const crc = crc32(item.data);
    const flags = /[^\x20-\x7e]/.test(item.name) ? UTF8_NAMES : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(item.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    // the directory record repeats the local header's fields (version needed … name length) after its "version made by"
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL_HEADER, 0);
    central.writeUInt16LE(20, 4);
    local.copy(central, 6, 4, 30);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_DIRECTORY, 0);
  end.writeUInt16LE(items.length, 8);
  end.writeUInt16LE(items.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
