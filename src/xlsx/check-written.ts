/**
 * The check a command makes of the workbook it has just written, before it replaces any file: the
 * zip's directory reads (within the limits), every entry's local header is where the directory
 * says, and each part KHCT wrote inflates to its declared size and CRC and parses as XML (saxes).
 * (VML drawings excepted: Excel's own are not always well-formed, see notes-part.ts). The parts
 * copied from the input are the input's own bytes, located, not inflated.
 * A fraction of reading the whole workbook again, and it still refuses a damaged file.
 */
import { nodeInflate } from "../ooxml/node-inflate";
import { checkWellFormed } from "../ooxml/xml";
import { readZipDirectory } from "../ooxml/zip-directory";
import { decodeText, ZipPackage } from "../ooxml/zip-package";
import { crc32 } from "./zip-writer";

const LOCAL_HEADER = 0x04034b50;

/** Throws when `output` is not a workbook KHCT wrote whole: `written` names the parts it wrote. */
export function checkWrittenWorkbook(output: Buffer, written: string[]): void {
  const zip = ZipPackage.open(output, nodeInflate);
  const { entries } = readZipDirectory(output);
  const wanted = new Set(written.map((p) => p.toLowerCase()));
  for (const entry of entries) {
    const at = entry.localHeaderOffset;
    if (at + 30 > output.length || output.readUInt32LE(at) !== LOCAL_HEADER) throw new Error(`written workbook: no local header for ${entry.name}`);
    if (!wanted.has(entry.name.toLowerCase())) continue;
    const bytes = zip.read(entry.name)!;
    if (bytes.length !== entry.declaredSize || crc32(bytes) !== entry.crc32) throw new Error(`written workbook: ${entry.name} does not match its directory entry`);
    if (!/\.vml$/i.test(entry.name)) checkWellFormed(decodeText(bytes));
    wanted.delete(entry.name.toLowerCase());
  }
  if (wanted.size) throw new Error(`written workbook: missing ${[...wanted].join(", ")}`);
}
