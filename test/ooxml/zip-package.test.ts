import { strToU8, zipSync } from "fflate";
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import { fflateInflate } from "../../src/ooxml/inflate";
import { ZIP_LIMITS } from "../../src/ooxml/limits";
import { nodeInflate } from "../../src/ooxml/node-inflate";
import { readRelationships } from "../../src/ooxml/relationships";
import { parseXml, XmlFormatError } from "../../src/ooxml/xml";
import { PackageError, ZipPackage } from "../../src/ooxml/zip-package";
import { deflatedRepeat, oleContainer, rawZip } from "../fixtures/hostile";

const MB = 1024 * 1024;

function refusal(open: () => unknown): PackageError {
  try {
    open();
  } catch (e) {
    if (e instanceof PackageError) return e;
    throw e;
  }
  throw new Error("opened");
}

describe("the shared zip layer (browser-safe: Uint8Array in, fflate by default)", () => {
  it("reads the parts of an Office zip as text, whatever the case of their names, in UTF-8 or UTF-16", () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from("<a>Tiêu chí</a>", "utf16le")]);
    const bytes = zipSync({ "word/document.xml": strToU8("\ufeff<w>Kế hoạch</w>"), "word/other.xml": utf16, "_rels/.rels": strToU8("<Relationships/>") });
    const pkg = ZipPackage.open(bytes);
    expect(pkg.text("word/document.xml")).toBe("<w>Kế hoạch</w>");
    expect(pkg.text("/Word/Document.XML")).toBe("<w>Kế hoạch</w>");
    expect(pkg.text("word/other.xml")).toBe("<a>Tiêu chí</a>");
    expect(pkg.text("word/missing.xml")).toBeUndefined();
  });

  it("node:zlib plugged in reads the same bytes as fflate", () => {
    const text = "<w:t>Hiệu trưởng</w:t>".repeat(5000);
    const bytes = zipSync({ "a.xml": strToU8(text) });
    expect(Buffer.from(ZipPackage.open(bytes, nodeInflate).read("a.xml")!).toString()).toBe(text);
    expect(Buffer.from(ZipPackage.open(bytes, fflateInflate).read("a.xml")!).toString()).toBe(text);
  });

  it("both inflaters stop at the limit and say so, small limits and large alike", () => {
    const data = deflateRawSync(Buffer.alloc(40 * MB, 0x41));
    for (const inflate of [fflateInflate, nodeInflate]) {
      expect(inflate(data, 40 * MB)!.length).toBe(40 * MB);
      expect(inflate(data, 40 * MB - 1)).toBeNull();
      expect(inflate(data, 1000)).toBeNull();
    }
  });

  it("refuses an OLE container (.doc, .xls, a password-protected file) and what is not a zip", () => {
    expect(refusal(() => ZipPackage.open(oleContainer())).reason).toBe("ole-container");
    expect(refusal(() => ZipPackage.open(Buffer.from("{\\rtf1\\ansi Kế hoạch}"))).reason).toBe("not-a-zip");
    expect(refusal(() => ZipPackage.open(new Uint8Array(0))).reason).toBe("not-a-zip");
  });

  it("calls a cut-off or broken zip damaged, and a part larger than it declares too", () => {
    const whole = Buffer.from(zipSync({ "a.xml": strToU8("<a/>".repeat(100)) }));
    expect(refusal(() => ZipPackage.open(whole.subarray(0, whole.length - 30))).reason).toBe("damaged");
    const lying = rawZip([{ name: "a.xml", data: deflateRawSync(Buffer.alloc(5000, 0x41)), declaredSize: 100 }]);
    const pkg = ZipPackage.open(lying);
    expect(refusal(() => pkg.read("a.xml")).reason).toBe("damaged");
    const notDeflate = rawZip([{ name: "a.xml", data: Buffer.alloc(50, 0xff), declaredSize: 100 }]);
    expect(refusal(() => ZipPackage.open(notDeflate).read("a.xml")).reason).toBe("damaged");
  });

  it("inflates a part once when its size had to be measured, and still refuses one larger than it declares", () => {
    // compressed parts this large could hide more than the limits: each is inflated (up to the limit) before anything is read
    const noise = randomBytes(300_000); // does not compress: 300 kB deflated
    const calls: number[] = [];
    const counting = (data: Uint8Array, limit: number) => (calls.push(limit), nodeInflate(data, limit));
    const honest = rawZip([{ name: "xl/worksheets/sheet1.xml", data: deflateRawSync(noise), declaredSize: noise.length }]);
    const pkg = ZipPackage.open(honest, counting);
    expect(calls).toHaveLength(1);
    expect(Buffer.from(pkg.read("xl/worksheets/sheet1.xml")!).equals(noise)).toBe(true);
    expect(calls).toHaveLength(1);
    expect(Buffer.from(pkg.read("xl/worksheets/sheet1.xml")!).equals(noise)).toBe(true); // read again: inflated again
    expect(calls).toHaveLength(2);
    const lying = rawZip([{ name: "xl/worksheets/sheet1.xml", data: deflateRawSync(noise), declaredSize: 1000 }]);
    expect(refusal(() => ZipPackage.open(lying, counting).read("xl/worksheets/sheet1.xml")).reason).toBe("damaged");
  });

  it("refuses a zip bomb from its directory, before inflating anything (the bytes are not even deflate data)", () => {
    const garbage = rawZip([{ name: "word/document.xml", data: Buffer.alloc(2000, 0xff), declaredSize: 300 * MB }]);
    const e = refusal(() => ZipPackage.open(garbage));
    expect(e.reason).toBe("unzipped-too-large");
    expect(e.facts).toEqual({ part: "word/document.xml", megabytes: 300, limit: ZIP_LIMITS.partBytes / MB });
  });

  it("measures a bomb that lies about its size, in the browser's inflater as with node:zlib", () => {
    const bomb = deflatedRepeat("<w:p/>".repeat(174763), 300); // 300 MB of "<w:p/>" in a few hundred kilobytes
    const lying = rawZip([{ name: "word/document.xml", data: bomb, declaredSize: 1000 }]);
    for (const inflate of [fflateInflate, nodeInflate]) {
      const t = Date.now();
      const e = refusal(() => ZipPackage.open(lying, inflate));
      expect(e.reason).toBe("unzipped-too-large");
      expect(e.facts.part).toBe("word/document.xml");
      expect(Date.now() - t).toBeLessThan(10_000);
    }
  });

  it("refuses more parts than the limit, counted from the directory", () => {
    const entries = Array.from({ length: ZIP_LIMITS.parts + 1 }, (_, i) => ({ name: `p${i}.xml`, data: Buffer.alloc(0), method: 0 as const, declaredSize: 0 }));
    const e = refusal(() => ZipPackage.open(rawZip(entries)));
    expect(e.reason).toBe("too-many-parts");
    expect(e.facts).toEqual({ count: ZIP_LIMITS.parts + 1, limit: ZIP_LIMITS.parts });
  });
});

describe("the XML layer (saxes)", () => {
  it("gives elements by namespace and local name, whatever prefix the producer chose", () => {
    const seen: string[] = [];
    const visit = (xml: string) => {
      seen.length = 0;
      parseXml(xml, { open: (e) => seen.push(`${e.ns}|${e.local}|${e.attr("val") ?? ""}`), close: () => undefined, text: () => undefined });
      return [...seen];
    };
    const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    expect(visit(`<w:document xmlns:w="${W}"><w:b w:val="0"/></w:document>`)).toEqual([`${W}|document|`, `${W}|b|0`]);
    expect(visit(`<ns0:document xmlns:ns0="${W}"><ns0:b ns0:val="1"/></ns0:document>`)).toEqual([`${W}|document|`, `${W}|b|1`]);
    expect(visit(`<document xmlns="${W}"><b val="1"/><x:b xmlns:x="urn:other"/></document>`)).toEqual([`${W}|document|`, `${W}|b|1`, "urn:other|b|"]);
  });

  it("decodes entities and character references, and refuses malformed XML", () => {
    let text = "";
    parseXml("<t>Nơi nhận &amp; lưu &#x1EA1;&lt;</t>", { open: () => undefined, close: () => undefined, text: (t) => (text += t) });
    expect(text).toBe("Nơi nhận & lưu ạ<");
    expect(() => parseXml("<a><b></a>", { open: () => undefined, close: () => undefined, text: () => undefined })).toThrow(XmlFormatError);
  });

  it("reads a part's relationships", () => {
    const rels = readRelationships(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://x/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="t" Target="http://a" TargetMode="External"/></Relationships>`,
    );
    expect(rels).toEqual([
      { id: "rId1", type: "http://x/officeDocument", target: "word/document.xml", external: false },
      { id: "rId2", type: "t", target: "http://a", external: true },
    ]);
  });
});

describe("what the browser loads", () => {
  it("the zip-and-XML layer imports no Node module (the CLI's plugs aside: node-inflate.ts, node-file.ts)", () => {
    const dir = join(__dirname, "..", "..", "src", "ooxml");
    const files = readdirSync(dir);
    expect(files.filter((f) => f.startsWith("node-")).sort()).toEqual(["node-file.ts", "node-inflate.ts"]);
    for (const file of files.filter((f) => !f.startsWith("node-"))) {
      const source = readFileSync(join(dir, file), "utf8");
      expect({ file, node: /from "node:|require\("node:|\bBuffer\b|from "(fs|zlib|path)"/.test(source) }).toEqual({ file, node: false });
    }
  });
});
