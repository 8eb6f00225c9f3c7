/**
 * The production task pane in Debian's Chromium, 350 px wide as Excel shows it, with the Excel test
 * double served in place of office.js and every other non-local request blocked. Clicks through as
 * staff do; screenshots of each step go to test-results/screens/.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { gzipSync } from "node:zlib";
import type { Server } from "node:http";
import { join } from "node:path";
import { build } from "esbuild";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import { bundleSizes } from "../../scripts/bundle-size";
import { wordFixture } from "../fixtures/docx/word-plans";
import { tt18Evaluation } from "../fixtures/evaluation/tt18";
import { serveFolder } from "./serve";

const ROOT = join(__dirname, "..", "..");
const WEB = join(ROOT, "dist-web");
const SCREENS = join(ROOT, "test-results", "screens");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const PLAN = "Kế hoạch cải tiến";
const REPORT = "Báo cáo tiến độ - Cả năm học";

let server: Server;
let origin: string;
let browser: Browser;
let page: Page;
let doubleBundle: string;
const blocked: string[] = [];
/** every URL the page asked for, in order */
const requested: string[] = [];
const problems: string[] = [];
let step = 0;

/** A screenshot of what the pane shows (350 × 900), scrolled to `focus` when given. */
async function shot(name: string, focus?: Locator): Promise<void> {
  step++;
  if (focus) await focus.first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SCREENS, `${String(step).padStart(2, "0")}-${name}.png`) });
}

/** Runs code against the double inside the page (the workbook staff see). */
function inExcel<T>(fn: (args: { sheet: string; text?: string; cell?: string }) => T, args: { sheet: string; text?: string; cell?: string }): Promise<T> {
  return page.evaluate(fn, args);
}

const findCell = (sheet: string, text: string) =>
  inExcel(({ sheet: name, text: wanted }) => {
    const d = (window as unknown as { khctDouble: { model: { sheet(n: string): { cells: Map<string, { value: unknown }> } | undefined } } }).khctDouble;
    const s = d.model.sheet(name);
    if (!s) return null;
    for (const [k, c] of s.cells) {
      if (c.value === wanted) {
        const [r, col] = k.split(",").map(Number);
        return `${String.fromCharCode(65 + col)}${r + 1}`;
      }
    }
    return null;
  }, { sheet, text });

const valueAt = (sheet: string, cell: string) =>
  inExcel(({ sheet: name, cell: address }) => {
    const d = (window as unknown as { khctDouble: { look(n: string): { value(c: string): unknown } } }).khctDouble;
    return d.look(name).value(address!);
  }, { sheet, cell });

const typeInto = (sheet: string, cell: string, text: string) =>
  inExcel(({ sheet: name, cell: address, text: typed }) => {
    const d = (window as unknown as { khctDouble: { user: { type(s: string, c: string, t: string): void } } }).khctDouble;
    d.user.type(name, address!, typed!);
  }, { sheet, cell, text });

/** Polls until `ok` holds (or 5 s), returning the last value. */
async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  let v = await read();
  for (let i = 0; i < 50 && !ok(v); i++) {
    await new Promise((r) => setTimeout(r, 100));
    v = await read();
  }
  return v;
}

const selection = () => page.evaluate(() => (window as unknown as { khctDouble: { model: { selection: unknown } } }).khctDouble.model.selection);

beforeAll(async () => {
  if (!existsSync(join(WEB, "taskpane.html"))) throw new Error("dist-web/ is not built: run `npm run build` first (npm run test:e2e does)");
  rmSync(SCREENS, { recursive: true, force: true });
  mkdirSync(SCREENS, { recursive: true });
  const bundled = await build({ entryPoints: [join(__dirname, "double-page.ts")], bundle: true, write: false, platform: "browser", format: "iife", target: "es2019" });
  doubleBundle = bundled.outputFiles[0].text;
  ({ server, origin } = await serveFolder(WEB));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const context = await browser.newContext({ viewport: { width: 350, height: 900 }, locale: "vi-VN" });
  page = await context.newPage();
  await page.route("**/*", (route) => {
    const url = route.request().url();
    requested.push(url);
    if (url.startsWith(origin)) return route.continue();
    if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: "text/javascript", body: doubleBundle });
    blocked.push(url);
    return route.abort();
  });
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  await page.addInitScript(() => window.addEventListener("unhandledrejection", (e) => console.error(`unhandled rejection: ${String(e.reason)}`)));
  await page.goto(`${origin}/taskpane.html`);
  await page.getByRole("heading", { name: "KHCT" }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

describe("the task pane, as staff use it", () => {
  it("opens in Vietnamese, with labelled controls, 350 px wide", async () => {
    await page.getByText("Kế hoạch cải tiến chất lượng").first().waitFor();
    await expect(page.getByRole("button", { name: "Chèn mẫu kế hoạch" }).isVisible()).resolves.toBe(true);
    await expect(page.getByLabel("Loại trường").isVisible()).resolves.toBe(true);
    // the double is Microsoft 365 (ExcelApi 1.20): each command is one step of Excel's own undo
    await expect(page.locator("#undo-kind").textContent()).resolves.toContain("một bước Hoàn tác (Ctrl+Z) của Excel");
    await shot("mo-khung");
  });

  it("sets the school profile: type, standard set (a 2018 circular for an existing plan), name, year", async () => {
    await page.getByLabel("Loại trường").selectOption("thpt");
    await expect(page.getByLabel("Bộ tiêu chuẩn").inputValue()).resolves.toBe("tt57-2026-pho-thong");
    await page.getByLabel("Bộ tiêu chuẩn").selectOption("tt18-2018");
    await page.getByLabel("Tên trường").fill("THPT Nguyễn Du");
    await page.getByLabel("Năm học").fill("2025-2026");
    await page.getByRole("button", { name: "Lưu thông tin" }).click();
    await page.getByText("Đã lưu thông tin trường vào sổ tính.").waitFor();
    await shot("thong-tin-truong");
  });

  it("inserts the plan template into a new sheet", async () => {
    await page.getByRole("button", { name: "Chèn mẫu kế hoạch" }).click();
    await page.getByText(`Đã chèn mẫu kế hoạch vào trang "${PLAN}".`).waitFor();
    expect(await findCell(PLAN, "Tiêu chí 1.10")).toMatch(/^B\d+$/);
    expect(await valueAt(PLAN, "A2")).toBe("TRƯỜNG THPT NGUYỄN DU");
    await shot("chen-mau");
  });

  it("staff type a wrong code into a criterion cell ('Tiêu chuẩn 1.3' for criterion 1.3); the check finds it", async () => {
    const cell = (await findCell(PLAN, "Tiêu chí 1.3"))!;
    await typeInto(PLAN, cell, "Tiêu chuẩn 1.3");
    await page.getByRole("button", { name: "Kiểm tra kế hoạch" }).click();
    const entry = page.locator('li[data-rule="criterion/standard-as-criterion"]');
    await entry.waitFor();
    await expect(entry.textContent()).resolves.toContain('"Tiêu chuẩn 1.3" là một tiêu chí, không phải tiêu chuẩn');
    // 1 warning for the code, 5 for the template's Mức 4 placeholders staff have not replaced yet
    await expect(page.getByRole("status").first().textContent()).resolves.toMatch(/\d+ lỗi · 6 cảnh báo · 0 gợi ý · 28 tiêu chí/);
    await shot("kiem-tra", page.getByRole("heading", { name: "Kết quả kiểm tra" }));
  });

  it("the template's rows not filled in yet are one collapsible line; opened, it lists their cells, and a cell goes to its row", async () => {
    const line = page.locator('li[data-rule="required/unfilled"]');
    await expect(line.count()).resolves.toBe(1);
    await expect(page.locator('li[data-rule="required/empty"]').count()).resolves.toBe(0);
    await expect(line.locator("summary").textContent()).resolves.toContain("Lỗi 28 dòng chưa được điền");
    const cells = line.getByRole("button", { name: /^Đến ô D\d+$/ });
    await expect(cells.count()).resolves.toBe(0); // collapsed
    await line.locator("summary").click();
    await expect(cells.count()).resolves.toBe(28);
    const cell = (await cells.nth(2).textContent())!;
    await shot("dong-chua-dien", line);
    await cells.nth(2).click();
    expect(await until(selection, (s) => JSON.stringify(s) === JSON.stringify({ sheet: PLAN, address: cell }))).toEqual({ sheet: PLAN, address: cell });
    await line.locator("summary").click();
    await expect(cells.count()).resolves.toBe(0);
  });

  it("clicking the finding's cell selects that cell in Excel, and shows the criterion's official title", async () => {
    const entry = page.locator('li[data-rule="criterion/standard-as-criterion"]');
    const cell = (await findCell(PLAN, "Tiêu chuẩn 1.3"))!;
    await entry.getByRole("button", { name: `Đến ô ${cell}` }).click();
    expect(await until(selection, (s) => JSON.stringify(s) === JSON.stringify({ sheet: PLAN, address: cell }))).toEqual({ sheet: PLAN, address: cell });
    await page.getByText("Tiêu chí 1.3: Tổ chức Đảng Cộng sản Việt Nam, các đoàn thể và tổ chức khác trong nhà trường").waitFor();
    await shot("chon-o", page.getByRole("heading", { name: "Tiêu chí đang chọn" }));
  });

  it("selecting a cell on a criterion row in Excel shows that criterion's official title and levels", async () => {
    const code = (await findCell(PLAN, "Tiêu chí 2.2"))!;
    await page.evaluate((cell) => (window as unknown as { khctDouble: { user: { select(s: string, c: string): void } } }).khctDouble.user.select("Kế hoạch cải tiến", cell), `D${code.slice(1)}`);
    await page.getByText("Tiêu chí 2.2: Đối với giáo viên").waitFor();
    await page.getByText("Các mức: 1, 2, 3").waitFor();
    await shot("chon-dong-tieu-chi", page.getByRole("heading", { name: "Tiêu chí đang chọn" }));
  });

  it("'Sửa' shows old → new, applies the fix, and the cell holds the text; 'Hoàn tác' is offered", async () => {
    const entry = page.locator('li[data-rule="criterion/standard-as-criterion"]');
    const cell = (await findCell(PLAN, "Tiêu chuẩn 1.3"))!;
    await entry.getByRole("button", { name: `Sửa ${cell}` }).click();
    await entry.getByText("“Tiêu chuẩn 1.3” → “Tiêu chí 1.3”").waitFor();
    await shot("xem-truoc-sua", entry);
    await entry.getByRole("button", { name: "Áp dụng" }).click();
    await page.getByText("Đã sửa 1 ô. Có thể hoàn tác.").waitFor();
    expect(await valueAt(PLAN, cell)).toBe("Tiêu chí 1.3");
    await expect(page.locator('li[data-rule="criterion/standard-as-criterion"]').count()).resolves.toBe(0);
    await page.getByRole("button", { name: "Hoàn tác (1)" }).waitFor();
    await shot("da-sua", page.getByRole("button", { name: "Hoàn tác (1)" }));
  });

  it("'Hoàn tác' puts the cell back as it was, and the check finds it again", async () => {
    const cell = (await findCell(PLAN, "Tiêu chí 1.3"))!;
    await page.getByRole("button", { name: "Hoàn tác (1)" }).click();
    await page.getByText("Đã hoàn tác 1 ô.").waitFor();
    expect(await valueAt(PLAN, cell)).toBe("Tiêu chuẩn 1.3");
    await page.locator('li[data-rule="criterion/standard-as-criterion"]').waitFor();
    const entry = page.locator('li[data-rule="criterion/standard-as-criterion"]');
    await entry.getByRole("button", { name: `Sửa ${cell}` }).click();
    await entry.getByRole("button", { name: "Áp dụng" }).click();
    await page.getByText("Đã sửa 1 ô. Có thể hoàn tác.").waitFor();
  });

  it("builds the progress report, then refreshes it without losing what staff typed", async () => {
    await page.getByRole("button", { name: "Tạo báo cáo tiến độ" }).click();
    await page.getByText(new RegExp(`Đã tạo báo cáo "${REPORT}": 28 công việc`)).waitFor();
    const key = (await findCell(REPORT, "1.2#1"))!;
    const row = key.slice(1);
    await typeInto(REPORT, `E${row}`, "Đã kiện toàn Hội đồng trường");
    await shot("bao-cao", page.getByRole("button", { name: "Tạo báo cáo tiến độ" }));
    await page.getByRole("button", { name: "Tạo báo cáo tiến độ" }).click();
    await page.getByText(new RegExp(`Đã cập nhật báo cáo "${REPORT}"`)).waitFor();
    expect(await valueAt(REPORT, `E${row}`)).toBe("Đã kiện toàn Hội đồng trường");
    await shot("cap-nhat-bao-cao", page.getByRole("status").first());
  });

  it("'Chuẩn bị bản in' lays the plan and the report out for print and says how many pages each takes", async () => {
    await page.getByRole("button", { name: "Chuẩn bị bản in" }).click();
    const notice = page.getByText(/^Đã chuẩn bị bản in: /);
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(new RegExp(`"${REPORT}" \\d+ trang \\(tỷ lệ \\d+%\\)`));
    await shot("chuan-bi-ban-in", page.getByRole("status").first());
  });

  it("switches to English and remembers it", async () => {
    await page.getByLabel("Ngôn ngữ").selectOption("en");
    await page.getByRole("button", { name: "Check plan" }).waitFor();
    await page.reload();
    await page.getByRole("button", { name: "Insert plan template" }).waitFor();
    await shot("english");
    await page.getByLabel("Language").selectOption("vi");
  });

  it("works by keyboard, in a sensible order: language, profile, actions, results", async () => {
    await page.keyboard.press("Escape");
    await page.locator("body").click({ position: { x: 1, y: 1 } });
    const order: string[] = [];
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press("Tab");
      order.push(await page.evaluate(() => (document.activeElement?.getAttribute("aria-label") || (document.activeElement as HTMLElement | null)?.innerText || document.activeElement?.id || "").trim().split("\n")[0]));
    }
    const at = (name: string) => order.findIndex((o) => o.startsWith(name));
    expect(at("Tiếng Việt")).toBeLessThan(at("Lưu thông tin"));
    expect(at("Lưu thông tin")).toBeLessThan(at("Chèn mẫu kế hoạch"));
    expect(at("Chèn mẫu kế hoạch")).toBeLessThan(at("Kiểm tra kế hoạch"));
    while (!(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText ?? "")).startsWith("Kiểm tra kế hoạch")) await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Kết quả kiểm tra" }).waitFor();
  });

  it("computes the school's level from a self-evaluation table and writes the summary beside it", async () => {
    await page.evaluate((book) => (window as unknown as { khctOpen(b: unknown): void }).khctOpen(book), tt18Evaluation as unknown);
    await page.getByRole("button", { name: "Tính mức đạt của trường" }).click();
    await page.getByText(/Mức 4/).first().waitFor();
    await page.getByText("Số lượng đạt Mức 2: 28/28 – Tỷ lệ 100%").waitFor();
    await shot("tu-danh-gia", page.getByText("Số lượng đạt Mức 2: 28/28 – Tỷ lệ 100%"));
    await page.getByRole("button", { name: "Ghi bảng tổng hợp cạnh bảng tự đánh giá" }).click();
    await page.getByText('Đã ghi bảng tổng hợp (công thức) vào trang "TĐG".').waitFor();
    const formulas = await page.evaluate(() => {
      const d = (window as unknown as { khctDouble: { model: { sheet(n: string): { cells: Map<string, { formula: string | null }> } } } }).khctDouble;
      return [...d.model.sheet("TĐG").cells.values()].filter((c) => c.formula).length;
    });
    expect(formulas).toBeGreaterThan(5);
  });

  it("imports a plan from Word: the Word reader loads only once a file is picked; the plan goes in as a new sheet and is checked", async () => {
    const wordChunk = (url: string) => /\/word\.[0-9a-f]+\.js$/.test(url);
    expect(requested.filter(wordChunk)).toEqual([]);
    await page.evaluate(() => (window as unknown as { khctOpen(b: unknown): void }).khctOpen({ source: "empty", sheets: [{ name: "Sheet1", rows: [] }] }));
    await page.getByRole("button", { name: "Nhập kế hoạch từ Word" }).waitFor();
    const docx = await wordFixture("doc000");
    await page.locator('input[type="file"]').setInputFiles({ name: "ke-hoach-000.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: docx });
    await page.getByText('Đã nhập "ke-hoach-000.docx" vào trang "Kế hoạch cải tiến" và kiểm tra kế hoạch.').waitFor();
    expect(requested.filter(wordChunk)).toHaveLength(1);
    expect(await valueAt(PLAN, "B16")).toBe("Tiêu chí 1.10");
    expect(await valueAt(PLAN, "A1")).toBe("Số: 216/KH-THPT.TL");
    await page.getByText("7 lỗi · 2 cảnh báo · 0 gợi ý · 11 tiêu chí").waitFor();
    await shot("nhap-tu-word", page.getByRole("heading", { name: "Kết quả kiểm tra" }));
  });

  it("a .doc picked by mistake gets its sentence, and nothing is written", async () => {
    const before = await page.evaluate(() => (window as unknown as { khctDouble: { model: { sheets: unknown[] } } }).khctDouble.model.sheets.length);
    const ole = Buffer.alloc(1536);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    await page.locator('input[type="file"]').setInputFiles({ name: "ke-hoach-cu.doc", mimeType: "application/msword", buffer: ole });
    await page.getByText(/"ke-hoach-cu\.doc" là tệp Word 97-2003 \(\.doc\) hoặc có đặt mật khẩu/).waitFor();
    expect(await page.evaluate(() => (window as unknown as { khctDouble: { model: { sheets: unknown[] } } }).khctDouble.model.sheets.length)).toBe(before);
    await shot("word-loi", page.getByRole("alert"));
  });

  it("has no serious or critical accessibility violation (axe-core)", async () => {
    await page.addScriptTag({ content: readFileSync(require.resolve("axe-core/axe.min.js"), "utf8") });
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run();
      return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
  });

  it("made no request outside 127.0.0.1, and logged no error or unhandled rejection", () => {
    expect(blocked).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe("the task pane's size", () => {
  it("loads under 200 KB gzip of JavaScript at first; the Word reader is a chunk of its own, loaded on demand", () => {
    const js = readdirSync(WEB).filter((f) => f.endsWith(".js"));
    const sizes = bundleSizes(WEB);
    const firstLoad = sizes.filter((s) => s.firstLoad);
    const gzipKB = firstLoad.reduce((n, s) => n + gzipSync(readFileSync(join(WEB, s.file)), { level: 9 }).length / 1024, 0);
    expect(gzipKB).toBeLessThan(200);
    expect(firstLoad.map((s) => s.entry).sort()).toEqual(["commands", "taskpane"]);
    expect(sizes.filter((s) => !s.firstLoad).map((s) => s.entry)).toEqual(["word"]);
    expect(js).toHaveLength(3);
    console.log(`first load ${gzipKB.toFixed(1)} KB gzip; Word chunk ${sizes.find((s) => s.entry === "word")!.gzipKB} KB gzip`);
  });
});
