/** The command line's first hour: each command's help, the version, advice for files KHCT does not read, choices in a natural order. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "./run-khct";

const dir = mkdtempSync(join(tmpdir(), "khct-help-"));

describe("khct <command> --help", () => {
  it.each([
    ["validate", ["--summary", "--recursive", "--standard-set", "--format text|json", "tt57-2026-gdtx"]],
    ["evaluate", ["--sheet", "--standard-set", "--format text|json"]],
    ["template", ["--school-type mn|th|thcs|thpt|th-thcs|thcs-thpt|gdtx", "--criteria all|mandatory|none|1.3,1.4", "--governing-body", "--signer", "--deputy", "--address", "-o"]],
    ["report", ["--period hk1|year", "--year-end", "--in-place", "--to", "--place", "trang báo cáo đã có trong tệp nếu chỉ có một"]],
    ["import", ["<ke-hoach.docx>", "-o TỆP", "--force"]],
    ["layout", ["<ke-hoach.xlsx>", "--sheet TRANG", "-o TỆP", "không đổi ô nào"]],
    ["export", ["<ke-hoach.xlsx>", "--sheet TRANG", "-o TỆP", "--force"]],
  ])("%s: prints its usage and every flag, exit 0", async (command, flags) => {
    for (const argv of [[command, "--help"], [command, "-h"], ["help", command], [command, "ke-hoach.xlsx", "--help"]]) {
      const r = await run(...argv);
      expect(r).toMatchObject({ code: 0, err: "" });
      expect(r.out.startsWith(`khct ${command} — `)).toBe(true);
      for (const f of flags) expect(r.out).toContain(f);
    }
  });

  it("in English with --lang en", async () => {
    const r = await run("report", "--help", "--lang", "en");
    expect(r.out).toContain("the report sheet already in the file when there is one, else year");
  });

  it("the general usage points to it", async () => {
    const r = await run("--help");
    expect(r.code).toBe(0);
    expect(r.out).toContain("khct <lệnh> --help");
  });
});

describe("khct --version", () => {
  it("prints the version of package.json", async () => {
    const { version } = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8"));
    for (const flag of ["--version", "-v"]) expect(await run(flag)).toEqual({ code: 0, out: `khct ${version}\n`, err: "" });
  });
});

describe("a single file of a kind KHCT does not read gets the advice batch mode gives", () => {
  it.each([
    ["ke-hoach.pdf", "validate", "KHCT chưa đọc được tệp PDF: hãy xin nhà trường tệp Excel", "%PDF-1.4\n"],
    ["ke-hoach.doc", "validate", "là tệp Word 97-2003 (.doc) hoặc có đặt mật khẩu: hãy mở bằng Word, bỏ mật khẩu nếu có và lưu lại dưới dạng .docx", "\u00d0\u00cf\u0011\u00e0"],
    ["ke-hoach.xls", "validate", "KHCT chưa đọc được tệp .xls: hãy mở", "\u00d0\u00cf\u0011\u00e0"],
    ["ke-hoach.ods", "validate", "KHCT chưa đọc được tệp .ods: hãy mở", "PK\u0003\u0004"],
    ["tu-danh-gia.pdf", "evaluate", "KHCT chưa đọc được tệp PDF", "%PDF-1.4\n"],
    ["ke-hoach.xls", "report", "KHCT chưa đọc được tệp .xls", "\u00d0\u00cf\u0011\u00e0"],
  ])("%s (khct %s): one sentence saying what to do, exit 2", async (name, command, advice, bytes) => {
    const file = join(dir, name);
    writeFileSync(file, bytes, "latin1");
    const r = await run(command, file);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err.startsWith("khct: ")).toBe(true);
    expect(r.err).toContain(advice);
    expect(r.err).toContain(file);
    expect(r.err.trim().split("\n")).toHaveLength(1);
  });

  it("a missing .pdf is still 'not found'", async () => {
    expect((await run("validate", join(dir, "khong-co.pdf"))).err).toContain("Không tìm thấy tệp");
  });
});

describe("choices are listed in a natural order", () => {
  it("--school-type: mn, th, thcs, thpt, th-thcs, thcs-thpt, gdtx", async () => {
    const r = await run("template", "--school-type", "dai-hoc", "-o", join(dir, "x.xlsx"));
    expect(r.err).toContain("chọn một trong: mn, th, thcs, thpt, th-thcs, thcs-thpt, gdtx.");
  });
});
