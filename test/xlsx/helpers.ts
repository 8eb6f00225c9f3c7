import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";

/** The LibreOffice-made workbook with a chart, images, notes, conditional formats, lists, names, print setup and a hidden sheet. */
export function featuresWorkbook(): Buffer {
  return readFileSync(join(__dirname, "../fixtures/xlsx/features.xlsx"));
}

/** Every part of an .xlsx file, uncompressed. */
export async function zipParts(xlsx: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(xlsx);
  const out = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files)) {
    if (!zip.files[name].dir) out.set(name, await zip.files[name].async("nodebuffer"));
  }
  return out;
}

export async function partText(xlsx: Buffer, path: string): Promise<string> {
  const part = (await zipParts(xlsx)).get(path);
  if (!part) throw new Error(`no part ${path}`);
  return part.toString("utf8");
}

/** The raw text of each element named `name` (no nesting of the same name), in document order. */
export function elements(xml: string, name: string): string[] {
  return xml.match(new RegExp(`<${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</${name}>)`, "g")) ?? [];
}

export async function openInExcelJs(xlsx: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  return wb;
}

/** The text of a cell's note as exceljs reads it (a string, or rich text runs). */
export function noteText(cell: ExcelJS.Cell): string | undefined {
  const note = cell.note as string | { texts?: { text: string }[] } | undefined;
  return typeof note === "string" || note === undefined ? note : (note.texts ?? []).map((t) => t.text).join("");
}

export function sofficeAvailable(): boolean {
  return spawnSync("soffice", ["--version"], { stdio: "ignore" }).status === 0;
}

/** Converts a workbook (or, with `from`, another document) with LibreOffice (headless, a private profile so parallel runs do not collide). */
export function convertWithLibreOffice(bytes: Buffer | Uint8Array, to: "pdf" | "xlsx" | "docx", from: "xlsx" | "docx" = "xlsx"): Buffer {
  const dir = mkdtempSync(join(tmpdir(), "khct-lo-"));
  try {
    const input = join(dir, `in.${from}`);
    const outDir = join(dir, "out");
    writeFileSync(input, bytes);
    const filter = to === "xlsx" ? "xlsx:Calc MS Excel 2007 XML" : to === "docx" ? "docx:MS Word 2007 XML" : "pdf";
    execFileSync("soffice", [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", filter, "--outdir", outDir, input], { stdio: "pipe", timeout: 120_000 });
    return readFileSync(join(outDir, `in.${to}`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
