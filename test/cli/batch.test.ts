import ExcelJS from "exceljs";
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { promisify } from "node:util";
import { checkFiles } from "../../src/cli/batch/pool";
import { emptyWorkbookPackage } from "../../src/xlsx/new-workbook";
import { doc000 } from "../fixtures/documents/doc000";
import { doc004 } from "../fixtures/documents/doc004";
import { deflatedRepeat, oleContainer, rawEntries, rawWorkbook, rawZip, row, textCell, workbookParts } from "../fixtures/hostile";
import { crit, plan2018 } from "../fixtures/plans";
import { gridToXlsx } from "../fixtures/to-xlsx";
import { run, runWith } from "./run-khct";

const root = mkdtempSync(join(tmpdir(), "khct-batch-"));
/** What an education office received: plans and reports of several schools, and what else came with them. */
const office = join(root, "so-gd");
const cleanOnly = join(root, "sach");
const DIST_WORKER = join(__dirname, "..", "..", "dist", "cli", "batch", "worker.js");
const BIN = join(__dirname, "..", "..", "bin", "khct.js");

const CLEAN_PLAN = plan2018([["MỨC 2"], [1, "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"], crit("Tiêu chí 1.1"), crit("Tiêu chí 1.2")]);

beforeAll(async () => {
  for (const d of [office, cleanOnly, join(office, "phong-gd"), join(office, ".an"), join(root, "trong")]) mkdirSync(d, { recursive: true });
  writeFileSync(join(root, "trong", "ghi-chu.txt"), "nothing to check here");
  writeFileSync(join(office, "truong-a.xlsx"), await gridToXlsx(doc000)); // 7 errors, 2 warnings
  writeFileSync(join(office, "truong-b.xlsx"), await gridToXlsx(doc004)); // warnings only, and the school's own report
  writeFileSync(join(office, "truong-c.xlsx"), await gridToXlsx(CLEAN_PLAN)); // clean
  expect(await run("report", join(office, "truong-c.xlsx"), "--in-place", "--date", "2024-03-15")).toMatchObject({ code: 0 }); // + KHCT's report
  writeFileSync(join(office, "cu.xls"), oleContainer());
  writeFileSync(join(office, "mat-khau.xlsx"), oleContainer()); // password-protected: an OLE container named .xlsx
  writeFileSync(join(office, "ke-hoach.docx"), "PK not really a docx");
  writeFileSync(join(office, "bao-cao.pdf"), "%PDF-1.4");
  writeFileSync(join(office, "hong.xlsx"), "this is not a workbook");
  writeFileSync(join(office, "ghi-chu.txt"), "not a document KHCT looks at");
  for (const skipped of [".an.xlsx", "~$truong-a.xlsx", ".truong-a.xlsx.4242.khct-tmp"]) writeFileSync(join(office, skipped), "skip me");
  writeFileSync(join(office, ".an", "truong-x.xlsx"), "hidden folder");
  writeFileSync(join(office, "phong-gd", "truong-d.xlsx"), await gridToXlsx(CLEAN_PLAN));
  copyFileSync(join(office, "truong-b.xlsx"), join(cleanOnly, "truong-b.xlsx"));
  copyFileSync(join(office, "truong-c.xlsx"), join(cleanOnly, "truong-c.xlsx"));
});


const lines = (s: string) => s.trim().split("\n");
const jsonLines = (s: string) => lines(s).map((l) => JSON.parse(l));
const names = (s: string) => lines(s).map((l) => basename(l.split(":")[0]));

describe("khct validate <folder>: an education office checks every school's file at once", () => {
  it("prints one line per file, worst first (not read, then most errors, most warnings, name), then a total; exits 1", async () => {
    const r = await run("validate", office);
    expect(r.code).toBe(1);
    expect(r.err).toBe("");
    const out = lines(r.out);
    expect(names(out.slice(0, -1).join("\n"))).toEqual(["bao-cao.pdf", "cu.xls", "hong.xlsx", "ke-hoach.docx", "mat-khau.xlsx", "truong-a.xlsx", "truong-b.xlsx", "truong-c.xlsx"]);
    expect(out).toContain(`${join(office, "truong-a.xlsx")}: (không rõ trường), năm học 2023-2024, TT18/2018 — 7 lỗi, 2 cảnh báo, 11 tiêu chí`);
    expect(out).toContain(`${join(office, "truong-b.xlsx")}: THPT chuyên Lê Hồng Phong, năm học 2023-2024, TT18/2018 — 0 lỗi, 5 cảnh báo, 28 tiêu chí; báo cáo: 22 hoàn thành, 3 đang thực hiện, 3 chưa thực hiện`);
    expect(out.at(-1)).toBe("Tổng cộng: 8 tệp — 2 không có lỗi, 1 có lỗi, 5 không đọc được.");
  });

  it("a file it does not read yet (.xls, .pdf) or cannot read (a damaged .docx or .xlsx) gets a row saying what to do, and the run goes on", async () => {
    const out = lines((await run("validate", office)).out);
    const about = (name: string) => out.find((l) => l.startsWith(join(office, name)))!;
    expect(about("cu.xls")).toMatch(/không đọc được — KHCT chưa đọc được tệp \.xls: hãy mở ".*cu\.xls" bằng Excel \(hoặc LibreOffice\) và lưu lại dưới dạng \.xlsx\.$/);
    expect(about("ke-hoach.docx")).toContain("không phải tệp Word .docx đọc được");
    expect(about("bao-cao.pdf")).toContain("KHCT chưa đọc được tệp PDF");
    expect(about("mat-khau.xlsx")).toContain("bỏ mật khẩu nếu có và lưu lại dưới dạng .xlsx");
    expect(about("hong.xlsx")).toContain("không phải tệp Excel .xlsx đọc được");
  });

  it("skips hidden files and folders, Excel's lock files, KHCT's temporary files and other documents; subfolders only with --recursive", async () => {
    const files = jsonLines((await run("validate", office, "--format", "json")).out).map((j) => j.file);
    expect(files).toHaveLength(8);
    expect(files.some((f: string) => /\.an|~\$|khct-tmp|ghi-chu|phong-gd/.test(f))).toBe(false);
    const deep = jsonLines((await run("validate", office, "--format", "json", "--recursive")).out).map((j) => j.file);
    expect(deep).toContain(join(office, "phong-gd", "truong-d.xlsx"));
    expect(deep).toHaveLength(9);
  });

  it("exits 0 when every file was read and has no error, warnings allowed", async () => {
    const r = await run("validate", cleanOnly);
    expect(r.code).toBe(0);
    expect(lines(r.out).at(-1)).toBe("Tổng cộng: 2 tệp — 2 không có lỗi, 0 có lỗi, 0 không đọc được.");
  });

  it("--format json prints one JSON line per file: the single-file object plus reportCounts and error", async () => {
    const r = await run("validate", office, "--format", "json");
    const byName = new Map(jsonLines(r.out).map((j) => [basename(j.file), j]));
    const single = JSON.parse((await run("validate", join(office, "truong-a.xlsx"), "--format", "json")).out);
    expect(byName.get("truong-a.xlsx")).toEqual({ ...single, reportCounts: null, error: null });
    expect(byName.get("truong-c.xlsx").reportCounts).toEqual({ sheet: "Báo cáo tiến độ - Cả năm học", tasks: 2, done: 0, inProgress: 0, notStarted: 2, dropped: 0 });
    expect(byName.get("mat-khau.xlsx")).toEqual({ file: join(office, "mat-khau.xlsx"), reportCounts: null, error: { reason: "xls-or-encrypted", message: expect.stringContaining("mật khẩu") } });
    expect(byName.get("cu.xls").error.reason).toBe("not-read-yet");
  });

  it("--summary writes one sheet 'Tổng hợp': a bold header row that stays in view, widths, one row per file, worst first", async () => {
    const summary = join(root, "tong-hop.xlsx");
    const r = await run("validate", office, "--summary", summary);
    expect(r.code).toBe(1);
    expect(lines(r.out).at(-1)).toBe(`Đã ghi bảng tổng hợp: ${summary}.`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(summary);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Tổng hợp"]);
    const ws = wb.worksheets[0];
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(["Tệp", "Trường", "Năm học", "Bộ tiêu chuẩn", "Lỗi", "Cảnh báo", "Số tiêu chí", "Hoàn thành", "Đang thực hiện", "Chưa thực hiện", "Không thực hiện", "Ghi chú"]);
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.getColumn(1).width).toBeGreaterThan(30);
    expect(ws.rowCount).toBe(9);
    const rows = [2, 3, 4, 5, 6, 7, 8, 9].map((n) => (ws.getRow(n).values as unknown[]).slice(1));
    expect(rows.map((v) => basename(String(v[0])))).toEqual(["bao-cao.pdf", "cu.xls", "hong.xlsx", "ke-hoach.docx", "mat-khau.xlsx", "truong-a.xlsx", "truong-b.xlsx", "truong-c.xlsx"]);
    expect(rows[6]).toEqual([join(office, "truong-b.xlsx"), "THPT chuyên Lê Hồng Phong", "2023-2024", "TT18/2018", 0, 5, 28, 22, 3, 3, 0, 'Báo cáo: trang "Kết quả thực hiện"']);
    expect(rows[5].slice(4, 7)).toEqual([7, 2, 11]);
    expect(rows[5][11]).toBe("Không có trang báo cáo thực hiện");
    expect(String(rows[1][11])).toContain("lưu lại dưới dạng .xlsx");
    expect(ws.getRow(3).height).toBeGreaterThan(15); // the long note wraps onto more lines
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: 1 });
  });

  it("never overwrites a summary without --force, and never takes its own summary for a school's file", async () => {
    const folder = join(root, "sach-va-tong-hop");
    mkdirSync(folder);
    for (const f of readdirSync(cleanOnly)) copyFileSync(join(cleanOnly, f), join(folder, f));
    const summary = join(folder, "tong-hop.xlsx");
    expect((await run("validate", folder, "--summary", summary)).code).toBe(0);
    const again = await run("validate", folder, "--summary", summary);
    expect(again.code).toBe(2);
    expect(again.err).toBe(`khct: Tệp "${summary}" đã có: KHCT không ghi đè. Chọn tên khác bằng -o, hoặc thêm --force để ghi đè.\n`);
    const forced = await run("validate", folder, "--summary", summary, "--force", "--format", "json");
    expect(forced.code).toBe(0);
    expect(jsonLines(forced.out).map((j) => basename(j.file))).toEqual(["truong-b.xlsx", "truong-c.xlsx"]);
    expect(forced.err).toBe(`Đã ghi bảng tổng hợp: ${summary}.\n`); // stdout stays JSON lines only
  });

  it("several files named on the command line are a batch; so is one file with --summary", async () => {
    const r = await run("validate", join(office, "truong-c.xlsx"), join(office, "cu.xls"), "--format", "json");
    expect(jsonLines(r.out).map((j) => basename(j.file))).toEqual(["cu.xls", "truong-c.xlsx"]);
    expect(r.code).toBe(1);
    const one = await run("validate", join(office, "truong-c.xlsx"), "--summary", join(root, "mot-tep.xlsx"));
    expect(one.code).toBe(0);
    expect(existsSync(join(root, "mot-tep.xlsx"))).toBe(true);
  });

  it("speaks English with --lang en, in the lines and in the summary's titles", async () => {
    const summary = join(root, "summary-en.xlsx");
    const r = await run("validate", office, "--lang", "en", "--summary", summary);
    expect(lines(r.out)).toContain(`${join(office, "truong-a.xlsx")}: (unknown school), school year 2023-2024, TT18/2018 — 7 errors, 2 warnings, 11 criteria`);
    expect(r.out).toContain("Total: 8 files — 2 without errors, 1 with errors, 5 not read.");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(summary);
    expect(wb.worksheets[0].name).toBe("Summary");
    expect(wb.worksheets[0].getCell("E1").value).toBe("Errors");
  });

  describe("usage errors exit 2 with one sentence, before any work", () => {
    it.each([
      ["a missing folder", () => ["validate", join(root, "khong-co"), join(office, "truong-a.xlsx")], /^khct: Không tìm thấy tệp hoặc thư mục ".*khong-co"\.\n$/],
      ["a folder with nothing to check", () => ["validate", join(root, "trong")], /Không có tệp \.xlsx hay \.docx nào để kiểm tra trong ".*trong" \(KHCT không đọc thư mục con, trừ khi thêm --recursive\)\./],
      ["a summary in a folder that does not exist", () => ["validate", office, "--summary", join(root, "khong-co", "th.xlsx")], /Không có thư mục ".*khong-co" để ghi bảng tổng hợp\./],
      ["a summary that is not .xlsx", () => ["validate", office, "--summary", join(root, "th.csv")], /đặt tên tệp có đuôi \.xlsx/],
      ["an unknown option", () => ["validate", office, "--bogus"], /Tham số không hợp lệ/],
      ["--force for one file without --summary", () => ["validate", join(office, "truong-a.xlsx"), "--force"], /Tham số không hợp lệ: --force/],
    ])("%s", async (_what, argv, message) => {
      const r = await run(...argv());
      expect(r.code).toBe(2);
      expect(r.out).toBe("");
      expect(r.err).toMatch(message);
      expect(lines(r.err)).toHaveLength(1);
    });
  });

  it("draws a progress bar on stderr when it is a terminal, and nothing otherwise", async () => {
    const tty = await runWith({ tty: true }, "validate", cleanOnly);
    expect(tty.err).toContain("] 2/2 ");
    expect(tty.err.endsWith("\r\x1b[K")).toBe(true); // cleared before the results
    expect((await run("validate", cleanOnly)).err).toBe("");
  });
});

describe("the pool of worker threads", () => {
  const files = () => readdirSync(office).filter((f) => !f.startsWith(".") && !f.startsWith("~$") && !f.endsWith(".txt") && f !== "phong-gd").map((f) => join(office, f));

  /** A worker script that answers each file with a stub row, and dies on a file named "crash…". */
  const crashingWorker = (name: string) => {
    const worker = join(root, name);
    writeFileSync(
      worker,
      `const { parentPort } = require("node:worker_threads");
       parentPort.on("message", (job) => {
         if (job.file.includes("crash")) process.exit(3);
         parentPort.postMessage({ id: job.id, result: { file: job.file, reportCounts: null, error: { reason: "not-xlsx", message: "stub" } } });
       });`,
    );
    return worker;
  };

  it("runs the compiled worker (dist/) on two threads with the same results as one thread", async () => {
    expect(existsSync(DIST_WORKER)).toBe(true); // npm test builds dist/ before jest
    const inThisThread = await checkFiles(files(), { lang: "vi" }, { workerFile: null });
    const onWorkers = await checkFiles(files(), { lang: "vi" }, { workerFile: DIST_WORKER, threads: 2 });
    expect(onWorkers).toEqual(inThisThread);
    expect(onWorkers.filter((r) => !r.error)).toHaveLength(3);
  });

  it("a worker that dies costs only its file a row saying so; the other files are still checked", async () => {
    const worker = crashingWorker("crashing-worker.js");
    const results = await checkFiles(["a.xlsx", "crash.xlsx", "b.xlsx", "c.xlsx"], { lang: "en" }, { workerFile: worker, threads: 2 });
    expect(results.map((r) => [r.file, r.error?.reason])).toEqual([
      ["a.xlsx", "not-xlsx"],
      ["crash.xlsx", "internal"],
      ["b.xlsx", "not-xlsx"],
      ["c.xlsx", "not-xlsx"],
    ]);
    expect(results[1].error?.message).toMatch(/^KHCT failed while reading this file \(worker exit 3\); the other files are still checked/);
  });

  it("the files sent ahead to a worker that dies go to a new worker, and only the file it died on gets the row", async () => {
    const worker = crashingWorker("crashing-worker-one-thread.js");
    const seen: string[] = [];
    const results = await checkFiles(["crash.xlsx", "a.xlsx", "crash-2.xlsx", "b.xlsx"], { lang: "vi" }, { workerFile: worker, threads: 1, onResult: (r) => seen.push(r.file) });
    expect(results.map((r) => [r.file, r.error?.reason])).toEqual([
      ["crash.xlsx", "internal"],
      ["a.xlsx", "not-xlsx"],
      ["crash-2.xlsx", "internal"],
      ["b.xlsx", "not-xlsx"],
    ]);
    expect(seen.sort()).toEqual(["a.xlsx", "b.xlsx", "crash-2.xlsx", "crash.xlsx"]); // each file answered once
  });

  it("the installed command checks a folder on its worker threads and prints every line through a pipe", async () => {
    const result = await promisify(execFile)(process.execPath, [BIN, "validate", office, "--format", "json"]).catch((e) => e);
    expect(result.code).toBe(1);
    expect(jsonLines(result.stdout)).toHaveLength(8);
  }, 30_000); // a child process and two worker threads, each loading exceljs (about 1 s of CPU): over jest's 5 s on a busy 2-core machine
});

describe("every refusal is one sentence: exit 2 for one file, a row for a batch", () => {
  const hostile = join(root, "hostile");
  const cases: [string, string, () => Promise<Buffer | null>, RegExp, RegExp][] = [
    ["a zip bomb", "bom.xlsx", async () => rawZip(rawEntries(workbookParts([{ name: "A", body: "<sheetData/>" }])).map((e) => (e.name.includes("sheet1") ? { ...e, data: deflatedRepeat("<row/>", 1000), declaredSize: 300 * 1024 * 1024 } : e))), /khi giải nén quá lớn \(phần "xl\/worksheets\/sheet1\.xml" 300 MB, giới hạn 100 MB mỗi phần\)/, /too large once unzipped/],
    ["a workbook with no sheet", "trong.xlsx", () => emptyWorkbookPackage().toBuffer(), /^Tệp không có trang tính nào để kiểm tra\.$/, /^The workbook has no sheet to check\.$/],
    ["a password-protected workbook", "mat-khau.xlsx", async () => oleContainer(), /bỏ mật khẩu nếu có/, /remove any password/],
    ["values 200,000 rows apart", "xa.xlsx", () => rawWorkbook([{ name: "KH", body: `<sheetData>${row(1, ["TT"])}${row(200000, ["x"])}</sheetData>` }]), /có dữ liệu trên 200\.000 hàng \(vùng A1:A200000\), quá 100\.000 hàng.*Ctrl\+End/, /holds data over 200,000 rows \(A1:A200000\).*Ctrl\+End/],
    ["a file over 50 MB", "lon.xlsx", async () => null, /lớn hơn 50 MB/, /larger than 50 MB/],
    ["a stray value in column XFD", "rong.xlsx", () => rawWorkbook([{ name: "KH", body: `<sheetData>${row(1, ["TT"])}<row r="300">${textCell("XFD300", "x")}</row></sheetData>` }]), /quá nhiều ô \(trên 3\.000\.000.*trang "KH" trải trên vùng A1:XFD300\).*Ctrl\+End/, /too many cells \(over 3,000,000.*sheet "KH" spans A1:XFD300\)/],
    ["a zip of 10,001 parts", "nhieu-phan.xlsx", async () => rawZip(Array.from({ length: 10001 }, (_, i) => ({ name: `x/${i}`, data: Buffer.from([3, 0]), declaredSize: 0 }))), /chứa 10\.001 phần nén bên trong \(giới hạn 10\.000\)/, /holds 10,001 compressed parts/],
  ];

  beforeAll(async () => {
    mkdirSync(hostile);
    for (const [, name, make] of cases) {
      const bytes = await make();
      writeFileSync(join(hostile, name), bytes ?? "");
      if (!bytes) truncateSync(join(hostile, name), 51 * 1024 * 1024);
    }
  });

  it.each(cases)("%s", async (_what, name, _make, vi, en) => {
    const file = join(hostile, name);
    for (const [lang, sentence] of [["vi", vi], ["en", en]] as const) {
      const single = await run("validate", file, "--lang", lang);
      expect(single.code).toBe(2);
      expect(single.out).toBe("");
      expect(lines(single.err)).toHaveLength(1);
      const text = single.err.replace(/^khct: /, "").trim();
      expect(text).toMatch(sentence);
      const batch = jsonLines((await run("validate", hostile, "--format", "json", "--lang", lang)).out).find((j) => j.file === file);
      expect(batch.error.message).toBe(text);
    }
  });

  it("a batch of files KHCT refuses exits 1 and still lists them all", async () => {
    const r = await run("validate", hostile);
    expect(r.code).toBe(1);
    expect(lines(r.out).at(-1)).toBe(`Tổng cộng: ${cases.length} tệp — 0 không có lỗi, 0 có lỗi, ${cases.length} không đọc được.`);
  });
});

