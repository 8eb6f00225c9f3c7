/**
 * What KHCT refuses to unzip, and why: the same limits for an .xlsx and a .docx. A school's plan is
 * a few hundred rows in a file of tens of kilobytes; the limits sit far above any real plan and far
 * below what would exhaust memory (in a browser tab as in the CLI).
 *
 * - fileBytes: 50 MB on disk (photos and scanned pages make files large, not plans).
 * - parts: 10,000 entries in the zip (an Office file has tens).
 * - partBytes / unzippedBytes: 100 MB for one uncompressed part, 200 MB for all of them.
 *
 * A zip bomb is refused from its central directory, before anything is inflated. A zip that lies
 * about its sizes is measured (inflating at most one byte past the limit) whenever its compressed
 * bytes could inflate past a limit.
 */
import { fflateInflate, type InflateRaw } from "./inflate";
import { readZipDirectory, storedBytes, worstCaseSize, ZipFormatError, type ZipEntry } from "./zip-directory";

export const ZIP_LIMITS = {
  /** bytes of the file */
  fileBytes: 50 * 1024 * 1024,
  /** entries of the zip */
  parts: 10_000,
  /** uncompressed bytes of one part (a sheet's or the document's XML, an image) */
  partBytes: 100 * 1024 * 1024,
  /** uncompressed bytes of all parts */
  unzippedBytes: 200 * 1024 * 1024,
};

export type ZipRefusal = "too-many-parts" | "unzipped-too-large";

/** What the sentence about a refusal can name: the part, its size, the count and the limit. */
export interface ZipFacts {
  /** the zip entry ("word/document.xml"); absent when all parts together are too large */
  part?: string;
  megabytes?: number;
  count?: number;
  limit?: number;
}

/** A zip over the limits: its reason and the facts a sentence needs. */
export class ZipLimitError extends Error {
  constructor(
    readonly reason: ZipRefusal,
    readonly detail: string,
    readonly facts: ZipFacts,
  ) {
    super(`${reason}: ${detail}`);
  }
}

const MB = 1024 * 1024;
const megabytes = (bytes: number) => Math.ceil(bytes / MB);

function checkSizes(entries: ZipEntry[], sizeOf: (e: ZipEntry) => number): void {
  let total = 0;
  for (const entry of entries) {
    const size = sizeOf(entry);
    if (size > ZIP_LIMITS.partBytes) {
      throw new ZipLimitError("unzipped-too-large", entry.name, { part: entry.name, megabytes: Number.isFinite(size) ? megabytes(size) : undefined, limit: megabytes(ZIP_LIMITS.partBytes) });
    }
    total += size;
    if (total > ZIP_LIMITS.unzippedBytes) throw new ZipLimitError("unzipped-too-large", "all parts", { limit: megabytes(ZIP_LIMITS.unzippedBytes) });
  }
}

/** An entry's bytes inflated, at most `cap + 1` of them: null when it inflates to more than `cap`. */
function inflateAtMost(bytes: Uint8Array, entry: ZipEntry, cap: number, inflate: InflateRaw): Uint8Array | null {
  const data = storedBytes(bytes, entry);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new ZipFormatError(`compression method ${entry.method} in ${entry.name}`);
  try {
    return inflate(data, cap);
  } catch (e) {
    throw new ZipFormatError(`cannot inflate ${entry.name}: ${(e as Error).message}`);
  }
}

const XML_PART = /\.(xml|rels)$/i;

/** A zip within the limits: its entries, and the XML parts already inflated to measure them (kept, so that none is inflated twice). */
export interface CheckedZip {
  entries: ZipEntry[];
  inflated: Map<ZipEntry, Uint8Array>;
}

/**
 * The zip's entries, once its parts are known to be few and small enough. Reads the central
 * directory only; inflates (up to the limit) only the parts of a file whose compressed bytes could
 * hide more than the limits allow, and hands those on. Throws ZipLimitError over the limits,
 * ZipFormatError when the bytes are not a readable zip.
 */
export function checkZipLimits(bytes: Uint8Array, inflate: InflateRaw = fflateInflate): CheckedZip {
  const { entries, count } = readZipDirectory(bytes, ZIP_LIMITS.parts);
  if (count > ZIP_LIMITS.parts) throw new ZipLimitError("too-many-parts", String(count), { count, limit: ZIP_LIMITS.parts });
  checkSizes(entries, (e) => e.declaredSize);
  const inflated = new Map<ZipEntry, Uint8Array>();
  const worstCase = entries.map(worstCaseSize);
  const couldHideMore = worstCase.some((w) => w > ZIP_LIMITS.partBytes) || worstCase.reduce((a, b) => a + b, 0) > ZIP_LIMITS.unzippedBytes;
  if (couldHideMore) {
    checkSizes(entries, (e) => {
      const out = inflateAtMost(bytes, e, ZIP_LIMITS.partBytes, inflate);
      if (out === null) return Infinity;
      // XML parts are what the readers read next; an image (a scanned signature, a logo) is let go
      if (e.method === 8 && XML_PART.test(e.name)) inflated.set(e, out);
      return out.length;
    });
  }
  return { entries, inflated };
}
