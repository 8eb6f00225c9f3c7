/**
 * The production task pane in Debian's Chromium, 350 px wide as Excel shows it, with the Excel test
 * double served in place of office.js and every other non-local request blocked. Clicks and types
 * through as staff do; each state is photographed at 350 and at 500 px in test-results/screens/.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { bundleSizes } from "../../scripts/bundle-size";
import { wordFixture } from "../fixtures/docx/word-plans";
import { tt17Evaluation } from "../fixtures/evaluation/tt17";
import { tt18Evaluation } from "../fixtures/evaluation/tt18";
import { openPane, startPane, WEB, type PanePage } from "./pane-page";

const SCREENS = join(__dirname, "..", "..", "test-results", "screens");
const PLAN = "Kế hoạch cải tiến";
const REPORT = "Báo cáo tiến độ - Cả năm học";
const WIDTHS = [350, 500];

let pane: PanePage;
let page: Page;
let blocked: string[];
/** every URL the page asked for, in order */
let requested: string[];
const problems: string[] = [];
let step = 0;

/** Screenshots of what the pane shows (350 and 500 px wide, 900 high), scrolled to `focus` when given. */
async function shot(name: string, focus?: Locator): Promise<void> {
  step++;
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    if (focus) await focus.first().evaluate((el) => (el.scrollIntoView({ block: "start" }), window.scrollBy(0, -80)));
    await page.screenshot({ path: join(SCREENS, `${String(step).padStart(2, "0")}-${name}-${width}.png`) });
  }
  await page.setViewportSize({ width: WIDTHS[0], height: 900 });
}

type DoubleWindow = {
  khctDouble: {
    model: { sheet(n: string): { cells: Map<string, { value: unknown; formula: string | null }> } | undefined; selection: unknown; sheets: unknown[]; changeHandlerCount: number; selectionHandlers: Set<unknown> };
    look(n: string): { value(c: string): unknown };
    user: { type(s: string, c: string, t: string): void; select(s: string, c: string): void };
    stats: { roundTrips: number };
  };
  khctOpen(book: unknown): void;
};

/** Runs code against the double inside the page (the workbook staff see). */
function inExcel<T>(fn: (args: { sheet: string; text?: string; cell?: string }) => T, args: { sheet: string; text?: string; cell?: string }): Promise<T> {
  return page.evaluate(fn, args);
}

const findCell = (sheet: string, text: string) =>
  inExcel(({ sheet: name, text: wanted }) => {
    const s = (window as unknown as DoubleWindow).khctDouble.model.sheet(name);
    if (!s) return null;
    for (const [k, c] of s.cells) {
      if (c.value === wanted) {
        const [r, col] = k.split(",").map(Number);
        return `${String.fromCharCode(65 + col)}${r + 1}`;
      }
    }
    return null;
  }, { sheet, text });

const valueAt = (sheet: string, cell: string) => inExcel(({ sheet: name, cell: address }) => (window as unknown as DoubleWindow).khctDouble.look(name).value(address!), { sheet, cell });

const typeInto = (sheet: string, cell: string, text: string) => inExcel(({ sheet: name, cell: address, text: typed }) => (window as unknown as DoubleWindow).khctDouble.user.type(name, address!, typed!), { sheet, cell, text });

const roundTrips = () => page.evaluate(() => (window as unknown as DoubleWindow).khctDouble.stats.roundTrips);
const changeHandlers = () => page.evaluate(() => (window as unknown as DoubleWindow).khctDouble.model.changeHandlerCount);
const selectionHandlers = () => page.evaluate(() => (window as unknown as DoubleWindow).khctDouble.model.selectionHandlers.size);

/** Polls until `ok` holds (or 5 s), returning the last value. */
async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  let v = await read();
  for (let i = 0; i < 50 && !ok(v); i++) {
    await new Promise((r) => setTimeout(r, 100));
    v = await read();
  }
  return v;
}

const selection = () => page.evaluate(() => (window as unknown as DoubleWindow).khctDouble.model.selection);
const summaryLine = () => page.locator("#results-summary");
const finding = (rule: string, cell?: string) => page.locator(`li[data-rule="${rule}"]${cell ? `[data-cell="${cell}"]` : ""}`);

/** The message sits right under the element that caused it, inside the window: no scrolling to find it. */
async function expectBeside(message: Locator, cause: Locator): Promise<void> {
  const [m, c] = [await message.boundingBox(), await cause.boundingBox()];
  expect(m && c).toBeTruthy();
  expect(m!.y).toBeGreaterThanOrEqual(c!.y + c!.height - 1);
  expect(m!.y - (c!.y + c!.height)).toBeLessThan(160);
  const viewport = page.viewportSize()!;
  expect(m!.y + m!.height).toBeLessThanOrEqual(viewport.height + (await page.evaluate(() => window.scrollY)) + 1);
}

beforeAll(async () => {
  rmSync(SCREENS, { recursive: true, force: true });
  mkdirSync(SCREENS, { recursive: true });
  pane = await openPane();
  ({ page, requested, blocked } = pane);
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  await page.addInitScript(() => {
    window.addEventListener("unhandledrejection", (e) => console.error(`unhandled rejection: ${String(e.reason)}`));
    // the pane under its Content-Security-Policy: anything the policy blocks is a problem
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await startPane(pane);
});

afterAll(async () => {
  await pane?.close();
});

describe("the task pane, as staff use it", () => {
  it("opens in Vietnamese, with labelled controls and the three steps, 350 px wide", async () => {
    await page.getByText("Kế hoạch cải tiến chất lượng").first().waitFor();
    await expect(page.getByRole("button", { name: "Chèn mẫu kế hoạch" }).isVisible()).resolves.toBe(true);
    await expect(page.getByLabel("Loại trường").isVisible()).resolves.toBe(true);
    for (const name of ["Bước 1: Tạo kế hoạch", "Bước 2: Kiểm tra", "Bước 3: Báo cáo và in"]) await expect(page.getByRole("heading", { level: 2, name }).isVisible()).resolves.toBe(true);
    // the language picker sits beside the title on one line
    const [title, language] = [await page.getByRole("heading", { name: "KHCT" }).boundingBox(), await page.getByLabel("Ngôn ngữ").boundingBox()];
    expect(Math.abs(title!.y + title!.height / 2 - (language!.y + language!.height / 2))).toBeLessThan(20);
    // the double is Microsoft 365 (ExcelApi 1.20): each command is one step of Excel's own undo
    await expect(page.locator("#undo-kind").textContent()).resolves.toContain("một bước Hoàn tác (Ctrl+Z) của Excel");
    await shot("mo-khung");
  });

  it("sets the school profile (a 2018 circular for an existing plan), which then folds into one line with 'Sửa'", async () => {
    await page.getByLabel("Loại trường").selectOption("thpt");
    await expect(page.getByLabel("Bộ tiêu chuẩn").inputValue()).resolves.toBe("tt57-2026-pho-thong");
    await page.getByLabel("Bộ tiêu chuẩn").selectOption("tt18-2018");
    await page.getByLabel("Tên trường").fill("THPT Nguyễn Du");
    await page.getByLabel("Năm học").fill("2025-2026");
    await shot("thong-tin-truong");
    await page.getByRole("button", { name: "Lưu thông tin" }).click();
    await page.locator("#message-profile").getByText("Đã lưu thông tin trường vào sổ tính.").waitFor();
    await expect(page.locator("#profile-title").textContent()).resolves.toBe("Thông tin trường: THPT Nguyễn Du · TT18/2018 · 2025-2026");
    await expect(page.getByLabel("Tên trường").count()).resolves.toBe(0);
    await shot("thong-tin-da-luu");
    await page.getByRole("button", { name: "Sửa thông tin trường" }).click();
    await expect(page.getByLabel("Tên trường").inputValue()).resolves.toBe("THPT Nguyễn Du");
    await page.getByRole("button", { name: "Hủy" }).click();
    await page.getByRole("button", { name: "Sửa thông tin trường" }).waitFor();
  });

  it("inserts the plan template into a new sheet; the message is under the button, and the new plan is checked", async () => {
    const button = page.getByRole("button", { name: "Chèn mẫu kế hoạch" });
    await button.click();
    const message = page.locator("#message-create").getByText(`Đã chèn mẫu kế hoạch vào trang "${PLAN}".`);
    await message.waitFor();
    await expectBeside(message, button);
    expect(await findCell(PLAN, "Tiêu chí 1.10")).toMatch(/^B\d+$/);
    expect(await valueAt(PLAN, "A2")).toBe("TRƯỜNG THPT NGUYỄN DU");
    await expect(summaryLine().textContent()).resolves.toBe("28 lỗi · 5 cảnh báo · 0 gợi ý · 28 tiêu chí");
    // a fresh template's rows not filled in are one line, not 28
    await expect(page.locator('details[data-group="error"] li').count()).resolves.toBe(1);
    await expect(page.getByRole("switch", { name: "Kiểm tra khi nhập" }).isChecked()).resolves.toBe(true);
    await shot("chen-mau");
  });

  it("staff type a wrong code into a criterion cell ('Tiêu chuẩn 1.3' for criterion 1.3); the check finds it", async () => {
    const cell = (await findCell(PLAN, "Tiêu chí 1.3"))!;
    await page.getByRole("switch", { name: "Kiểm tra khi nhập" }).uncheck(); // this test is about the button
    await typeInto(PLAN, cell, "Tiêu chuẩn 1.3");
    await page.getByRole("button", { name: "Kiểm tra kế hoạch" }).click();
    const entry = finding("criterion/standard-as-criterion");
    await entry.waitFor();
    await expect(entry.textContent()).resolves.toContain('"Tiêu chuẩn 1.3" là một tiêu chí, không phải tiêu chuẩn');
    // 1 warning for the code, 5 for the template's Mức 4 placeholders staff have not replaced yet
    await expect(summaryLine().textContent()).resolves.toMatch(/^\d+ lỗi · 6 cảnh báo · 0 gợi ý · 28 tiêu chí$/);
    await expect(page.locator("details[data-group]").evaluateAll((groups) => groups.map((g) => g.getAttribute("data-group")))).resolves.toEqual(["error", "warning"]);
    await page.getByRole("switch", { name: "Kiểm tra khi nhập" }).check();
    await shot("kiem-tra", page.getByRole("heading", { name: "Kết quả kiểm tra" }));
  });

  it("the template's rows not filled in are one collapsible line; opened, it lists their cells, and a cell goes to its row", async () => {
    const line = finding("required/unfilled");
    await expect(line.count()).resolves.toBe(1);
    await expect(finding("required/empty").count()).resolves.toBe(0);
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

  it("groups by standard → criterion when asked, and back by severity", async () => {
    await page.getByLabel("Nhóm theo").selectOption("standard");
    await expect(page.locator("details[data-group]").evaluateAll((groups) => groups.map((g) => g.getAttribute("data-group")))).resolves.toEqual(["general", "s1"]); // general: the template's Mức 4 placeholders
    await expect(page.locator('details[data-group="s1"]').getByText("Tiêu chí 1.3", { exact: true }).count()).resolves.toBe(1);
    await shot("theo-tieu-chuan", page.getByRole("heading", { name: "Kết quả kiểm tra" }));
    await page.getByLabel("Nhóm theo").selectOption("severity");
  });

  it("clicking the finding's cell selects that cell in Excel, and shows the criterion's official title", async () => {
    const entry = finding("criterion/standard-as-criterion");
    const cell = (await findCell(PLAN, "Tiêu chuẩn 1.3"))!;
    await entry.getByRole("button", { name: `Đến ô ${cell}` }).click();
    expect(await until(selection, (s) => JSON.stringify(s) === JSON.stringify({ sheet: PLAN, address: cell }))).toEqual({ sheet: PLAN, address: cell });
    await page.getByText("Tiêu chí 1.3: Tổ chức Đảng Cộng sản Việt Nam, các đoàn thể và tổ chức khác trong nhà trường").waitFor();
    await shot("chon-o", page.getByRole("heading", { name: "Tiêu chí đang chọn" }));
  });

  it("selecting a cell on a criterion row in Excel shows that criterion's official title and levels", async () => {
    const code = (await findCell(PLAN, "Tiêu chí 2.2"))!;
    await page.evaluate((cell) => (window as unknown as DoubleWindow).khctDouble.user.select("Kế hoạch cải tiến", cell), `D${code.slice(1)}`);
    await page.getByText("Tiêu chí 2.2: Đối với giáo viên").waitFor();
    await page.getByText("Các mức: 1, 2, 3").waitFor();
    await shot("chon-dong-tieu-chi", page.getByRole("heading", { name: "Tiêu chí đang chọn" }));
  });

  it("a finding with a fix shows old → new with 'Áp dụng' and 'Bỏ qua'; applied, the cell holds the text and 'Hoàn tác' is offered beside the message", async () => {
    const entry = finding("criterion/standard-as-criterion");
    const cell = (await findCell(PLAN, "Tiêu chuẩn 1.3"))!;
    await entry.getByText("“Tiêu chuẩn 1.3” → “Tiêu chí 1.3”").waitFor();
    await entry.getByRole("button", { name: `Bỏ qua ô ${cell}` }).waitFor();
    await shot("xem-truoc-sua", entry);
    const before = await roundTrips();
    await entry.getByRole("button", { name: `Áp dụng sửa ô ${cell}` }).click();
    const message = page.locator("#message-check").getByText("Đã sửa 1 ô. Có thể hoàn tác.");
    await message.waitFor();
    expect(await valueAt(PLAN, cell)).toBe("Tiêu chí 1.3");
    await expect(finding("criterion/standard-as-criterion").count()).resolves.toBe(0);
    const undo = page.getByRole("button", { name: "Hoàn tác (1)" });
    await undo.waitFor();
    // focus and the eye go to the message (the finding it came from is gone), with Hoàn tác right under it
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("message-check");
    await expectBeside(undo, page.locator("#message-check"));
    await shot("da-sua", page.locator("#message-check"));
    // KHCT's own write to the plan sheet starts no live check: the fix (3 round trips) and its check (2), no more
    await new Promise((r) => setTimeout(r, 1600));
    expect((await roundTrips()) - before).toBe(5);
  });

  it("'Hoàn tác' puts the cell back as it was, and the check finds it again", async () => {
    const cell = (await findCell(PLAN, "Tiêu chí 1.3"))!;
    await page.getByRole("button", { name: "Hoàn tác (1)" }).click();
    await page.locator("#message-check").getByText("Đã hoàn tác 1 ô.").waitFor();
    expect(await valueAt(PLAN, cell)).toBe("Tiêu chuẩn 1.3");
    const entry = finding("criterion/standard-as-criterion");
    await entry.waitFor();
    await entry.getByRole("button", { name: `Áp dụng sửa ô ${cell}` }).click();
    await page.locator("#message-check").getByText("Đã sửa 1 ô. Có thể hoàn tác.").waitFor();
  });

  it("'Bỏ qua' leaves a finding out of the list and counts it; 'Hiện lại' brings it back", async () => {
    const cell = (await findCell(PLAN, "Tiêu chí 4.1"))!;
    await typeInto(PLAN, cell, "Tiêu chuẩn 4.1");
    const entry = finding("criterion/standard-as-criterion", cell);
    await entry.waitFor(); // checked as typed
    await entry.getByRole("button", { name: `Bỏ qua ô ${cell}` }).click();
    await expect(entry.count()).resolves.toBe(0);
    await page.getByText("1 mục đã bỏ qua").waitFor();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("show-ignored"); // focus is not lost with the button
    await expect(summaryLine().textContent()).resolves.toMatch(/· 6 cảnh báo ·/); // still counted (with the template's 5 Mức 4 placeholders)
    await page.getByRole("button", { name: "Hiện lại" }).click();
    await entry.waitFor();
    await entry.getByRole("button", { name: `Áp dụng sửa ô ${cell}` }).click();
    await page.locator("#message-check").getByText("Đã sửa 1 ô. Có thể hoàn tác.").waitFor();
  });
});

describe("checking as staff type (Kiểm tra khi nhập)", () => {
  it("a wrong code typed into the plan shows up without pressing 'Kiểm tra', groups and scroll position kept; fixed by typing, it goes", async () => {
    await expect(changeHandlers()).resolves.toBe(1);
    const errors = page.locator('details[data-group="error"]');
    await errors.locator(":scope > summary").click(); // the user closes the errors group …
    await expect(errors.getAttribute("open")).resolves.toBeNull();
    await page.setViewportSize({ width: 350, height: 600 });
    await page.locator("#results-summary").scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(0);
    const cell = (await findCell(PLAN, "Tiêu chí 2.2"))!;
    await typeInto(PLAN, cell, "Tiêu chuẩn 2.2");
    const entry = finding("criterion/standard-as-criterion", cell);
    await entry.waitFor();
    await page.getByText(/Cập nhật khi nhập lúc \d\d:\d\d:\d\d/).waitFor();
    await expect(errors.getAttribute("open")).resolves.toBeNull(); // … and it stays closed
    await expect(page.evaluate(() => window.scrollY)).resolves.toBe(scrolled);
    await page.setViewportSize({ width: 350, height: 900 });
    await shot("kiem-tra-khi-nhap", page.locator("#results-summary"));
    await typeInto(PLAN, cell, "Tiêu chí 2.2");
    await until(() => entry.count(), (n) => n === 0);
    await expect(entry.count()).resolves.toBe(0);
    await errors.locator(":scope > summary").click();
    await shot("kiem-tra-khi-nhap-da-sua", page.locator("#results-summary"));
  });

  it("a burst of typing is one check (2 round trips), a second after the last edit; edits outside the table start none", async () => {
    const before = await roundTrips();
    const rows = (await findCell(PLAN, "Tiêu chí 3.1"))!.slice(1);
    for (const text of ["H", "Hi", "Hiệu", "Hiệu trưởng"]) await typeInto(PLAN, `E${rows}`, text);
    await new Promise((r) => setTimeout(r, 400));
    expect(await roundTrips()).toBe(before); // not yet: debounced
    await until(roundTrips, (n) => n > before);
    await new Promise((r) => setTimeout(r, 300));
    expect((await roundTrips()) - before).toBe(2);
    const after = await roundTrips();
    await typeInto(PLAN, "A3", "Số: 12/KH-THPT"); // the document header, above the table
    await typeInto(PLAN, "Z40", "ghi chú riêng"); // beside the table
    await new Promise((r) => setTimeout(r, 1600));
    expect(await roundTrips()).toBe(after);
  });

  it("the switch off removes the handler from Excel; on, it is back", async () => {
    const live = page.getByRole("switch", { name: "Kiểm tra khi nhập" });
    await live.uncheck();
    await expect(until(changeHandlers, (n) => n === 0)).resolves.toBe(0);
    const before = await roundTrips();
    const cell = (await findCell(PLAN, "Tiêu chí 2.3"))!;
    await typeInto(PLAN, cell, "Tiêu chuẩn 2.3");
    await new Promise((r) => setTimeout(r, 1600));
    expect(await roundTrips()).toBe(before);
    await expect(finding("criterion/standard-as-criterion", cell).count()).resolves.toBe(0);
    await live.check();
    await expect(until(changeHandlers, (n) => n === 1)).resolves.toBe(1);
    await typeInto(PLAN, cell, "Tiêu chí 2.3");
  });
});

describe("live checking writes nothing", () => {
  it("with the cells marked, a fix typed in Excel updates the list but not the marks (no write), and the pane says so; 'Xóa đánh dấu' clears them", async () => {
    const cell = (await findCell(PLAN, "Tiêu chí 2.4"))!;
    await typeInto(PLAN, cell, "Tiêu chuẩn 2.4");
    await finding("criterion/standard-as-criterion", cell).waitFor();
    await page.getByRole("switch", { name: "Đánh dấu ô có lỗi trên trang tính" }).check();
    await page.getByRole("button", { name: "Kiểm tra kế hoạch" }).click();
    await page.locator("#message-check").getByText(/^Đã đánh dấu \d+ ô\.$/).waitFor();
    const fill = () => inExcel(({ sheet, cell: address }) => (window as unknown as { khctDouble: { look(n: string): { fill(c: string): string | null } } }).khctDouble.look(sheet).fill(address!), { sheet: PLAN, cell });
    const marked = await fill();
    expect(marked).toMatch(/^#[0-9A-F]{6}$/);
    await typeInto(PLAN, cell, "Tiêu chí 2.4");
    await until(() => finding("criterion/standard-as-criterion", cell).count(), (n) => n === 0);
    await page.getByText("Các ô đã đánh dấu trên trang tính chưa đổi theo: bấm “Kiểm tra kế hoạch” để đánh dấu lại.").waitFor();
    expect(await fill()).toBe(marked); // live checking painted nothing, cleared nothing
    await shot("danh-dau-chua-cap-nhat", page.locator("#results-summary"));
    await page.getByRole("switch", { name: "Đánh dấu ô có lỗi trên trang tính" }).uncheck();
    await page.getByRole("button", { name: "Xóa đánh dấu" }).click();
    await page.locator("#message-check").getByText(/^Đã xóa đánh dấu \d+ ô, trả lại màu nền cũ\.$/).waitFor();
    expect(await fill()).toBeNull();
    await expect(page.getByText(/Các ô đã đánh dấu trên trang tính chưa đổi theo/).count()).resolves.toBe(0);
  });
});

describe("the report", () => {
  it("shows the report date day first in Vietnamese, builds the report, then refreshes it without losing what staff typed", async () => {
    const date = page.getByLabel("Ngày báo cáo (ngày/tháng/năm)");
    await expect(date.inputValue()).resolves.toMatch(/^\d\d\/\d\d\/\d{4}$/);
    await date.fill("31/11/2026");
    await page.getByText("Không phải ngày: viết ngày/tháng/năm, ví dụ 30/11/2026.").waitFor();
    await expect(page.getByRole("button", { name: "Tạo báo cáo tiến độ" }).isDisabled()).resolves.toBe(true);
    await date.fill("30/11/2026");
    const button = page.getByRole("button", { name: "Tạo báo cáo tiến độ" });
    await button.click();
    const message = page.locator("#message-report").getByText(new RegExp(`Đã tạo báo cáo "${REPORT}": 28 công việc`));
    await message.waitFor();
    await expectBeside(message, button);
    const key = (await findCell(REPORT, "1.2#1"))!;
    const row = key.slice(1);
    await typeInto(REPORT, `E${row}`, "Đã kiện toàn Hội đồng trường");
    await shot("bao-cao", button);
    await button.click();
    await page.locator("#message-report").getByText(new RegExp(`Đã cập nhật báo cáo "${REPORT}": 28 công việc, giữ nguyên 28 dòng đã nhập, thêm 0, 0 dòng không còn trong kế hoạch \\(đã đánh dấu\\), \\d+ quá hạn\\.$`)).waitFor();
    expect(await valueAt(REPORT, `E${row}`)).toBe("Đã kiện toàn Hội đồng trường");
    await shot("cap-nhat-bao-cao", page.locator("#message-report"));
  });

  it("'Chuẩn bị bản in' lays the plan and the report out for print and says, beside it, how many pages each takes", async () => {
    const button = page.getByRole("button", { name: "Chuẩn bị bản in" });
    await button.click();
    const notice = page.locator("#message-report").getByText(/^Đã chuẩn bị bản in: /);
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(new RegExp(`"${REPORT}" \\d+ trang \\(tỷ lệ \\d+%\\)`));
    await expectBeside(notice, button);
    await shot("chuan-bi-ban-in", page.locator("#message-report"));
  });
});

describe("the self-evaluation tab", () => {
  it("shows the school's level as a headline and the counts per level as a table with bars", async () => {
    await page.evaluate((book) => (window as unknown as DoubleWindow).khctOpen(book), tt18Evaluation as unknown);
    await page.getByRole("tab", { name: "Tự đánh giá" }).click();
    await page.getByRole("button", { name: "Tính mức đạt của trường" }).click();
    const result = page.locator("#evaluation-result");
    await expect(until(() => page.locator("#school-level").textContent(), (t) => t === "Mức 4")).resolves.toBe("Mức 4");
    const row = result.locator('tr[data-level="2"]');
    await expect(row.textContent()).resolves.toBe("Mức 228/28100%");
    await page.getByText(/^Chuẩn quốc gia: kết quả này tương ứng mức độ 2/).waitFor();
    await expect(page.getByRole("button", { name: "Chèn mẫu kế hoạch" }).isVisible()).resolves.toBe(false); // the plan's steps are in the other tab
    await shot("tu-danh-gia", page.getByRole("tab", { name: "Tự đánh giá" }));
    await page.getByRole("button", { name: "Ghi bảng tổng hợp cạnh bảng tự đánh giá" }).click();
    await page.locator("#message-evaluation").getByText('Đã ghi bảng tổng hợp (công thức) vào trang "TĐG".').waitFor();
    const formulas = await page.evaluate(() => [...(window as unknown as DoubleWindow).khctDouble.model.sheet("TĐG")!.cells.values()].filter((c) => c.formula).length);
    expect(formulas).toBeGreaterThan(5);
  });

  it("a primary school at Mức 1 (TT17): what Mức 2 needs, each criterion a link to its row", async () => {
    await page.evaluate((book) => (window as unknown as DoubleWindow).khctOpen(book), tt17Evaluation as unknown);
    // another school's workbook: its profile is a primary school's under TT17
    await page.getByRole("button", { name: "Sửa thông tin trường" }).click();
    await page.getByLabel("Loại trường").selectOption("th");
    await page.getByLabel("Bộ tiêu chuẩn").selectOption("tt17-2018");
    await page.getByLabel("Tên trường").fill("Tiểu học Cầu Xáng");
    await page.getByRole("button", { name: "Lưu thông tin" }).click();
    await page.getByRole("button", { name: "Sửa thông tin trường" }).waitFor();
    await page.getByRole("button", { name: "Tính mức đạt của trường" }).click();
    const result = page.locator("#evaluation-result");
    await expect(until(() => page.locator("#school-level").textContent(), (t) => t === "Mức 1")).resolves.toBe("Mức 1");
    await expect(result.locator('tr[data-level="2"]').textContent()).resolves.toBe("Mức 218/2766,7%");
    await page.getByRole("heading", { name: "Để đạt Mức 2" }).waitFor();
    await expect(result.locator("li[data-criterion]").count()).resolves.toBe(9);
    await expect(result.locator('li[data-criterion="3.2"]').textContent()).resolves.toBe("Tiêu chí 3.2 cần đạt Mức 2 (hiện Mức 1)");
    await shot("tu-danh-gia-muc-1", page.getByRole("heading", { name: "Để đạt Mức 2" }));
    await result.getByRole("button", { name: "Tiêu chí 3.2, đến ô A26" }).click();
    expect(await until(selection, (s) => JSON.stringify(s) === JSON.stringify({ sheet: "Tự đánh giá", address: "A26" }))).toEqual({ sheet: "Tự đánh giá", address: "A26" });
    await page.getByRole("tab", { name: "Kế hoạch" }).click();
  });
});

describe("in English, by keyboard, from Word", () => {
  it("switches to English and remembers it; the period and date fit at 350 px", async () => {
    await page.getByLabel("Ngôn ngữ").selectOption("en");
    await page.getByRole("button", { name: "Check plan" }).waitFor();
    await page.reload();
    await page.getByRole("button", { name: "Insert plan template" }).waitFor();
    const period = page.getByLabel("Reporting period");
    await period.selectOption("year");
    // the whole option shows: the select is wider than its text
    const fits = await period.evaluate((el: HTMLSelectElement) => {
      const probe = document.createElement("span");
      probe.style.font = getComputedStyle(el).font;
      probe.textContent = el.selectedOptions[0].text;
      document.body.append(probe);
      const width = probe.getBoundingClientRect().width;
      probe.remove();
      return el.clientWidth - width;
    });
    expect(fits).toBeGreaterThan(40);
    await expect(page.getByLabel("Report date (day month year)").inputValue()).resolves.toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}$/);
    await shot("english", page.getByRole("heading", { name: "Step 3: Report and print" }));
    await page.getByLabel("Language").selectOption("vi");
  });

  it("works by keyboard, in a sensible order: language, profile, tabs, steps, results", async () => {
    await page.keyboard.press("Escape");
    await page.locator("body").click({ position: { x: 1, y: 1 } });
    const order: string[] = [];
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press("Tab");
      order.push(await page.evaluate(() => (document.activeElement?.getAttribute("aria-label") || (document.activeElement as HTMLElement | null)?.innerText || document.activeElement?.id || "").trim().split("\n")[0]));
    }
    const at = (name: string) => order.findIndex((o) => o.startsWith(name));
    expect(at("Ngôn ngữ")).toBe(0);
    expect(at("Ngôn ngữ")).toBeLessThan(at("Lưu thông tin"));
    expect(at("Lưu thông tin")).toBeLessThan(at("Kế hoạch"));
    expect(at("Kế hoạch")).toBeLessThan(at("Chèn mẫu kế hoạch"));
    expect(at("Chèn mẫu kế hoạch")).toBeLessThan(at("Kiểm tra kế hoạch"));
    expect(order.filter((o) => o === "Tự đánh giá")).toEqual([]); // one tab stop for the tabs; arrows move between them
    while (!(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText ?? "")).startsWith("Kiểm tra kế hoạch")) await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Kết quả kiểm tra" }).waitFor();
    await page.getByRole("tab", { name: "Kế hoạch" }).focus();
    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("tab", { name: "Tự đánh giá" }).getAttribute("aria-selected")).resolves.toBe("true");
    await page.keyboard.press("ArrowLeft");
    await expect(page.getByRole("tab", { name: "Kế hoạch" }).getAttribute("aria-selected")).resolves.toBe("true");
  });

  it("imports a plan from Word: the Word reader loads only once a file is picked; the plan goes in as a new sheet and is checked", async () => {
    const wordChunk = (url: string) => /\/word\.[0-9a-f]+\.js$/.test(url);
    expect(requested.filter(wordChunk)).toEqual([]);
    await page.evaluate(() => (window as unknown as DoubleWindow).khctOpen({ source: "empty", sheets: [{ name: "Sheet1", rows: [] }] }));
    const button = page.getByRole("button", { name: "Nhập kế hoạch từ Word" });
    await button.waitFor();
    const docx = await wordFixture("doc000");
    await page.locator('input[type="file"]').setInputFiles({ name: "ke-hoach-000.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: docx });
    const message = page.locator("#message-create").getByText('Đã nhập "ke-hoach-000.docx" vào trang "Kế hoạch cải tiến" và kiểm tra kế hoạch.');
    await message.waitFor();
    await expectBeside(message, button);
    expect(requested.filter(wordChunk)).toHaveLength(1);
    expect(await valueAt(PLAN, "B16")).toBe("Tiêu chí 1.10");
    expect(await valueAt(PLAN, "A1")).toBe("Số: 216/KH-THPT.TL");
    await expect(summaryLine().textContent()).resolves.toBe("7 lỗi · 2 cảnh báo · 0 gợi ý · 11 tiêu chí");
    await shot("nhap-tu-word", message);
    await shot("nhap-tu-word-ket-qua", page.getByRole("heading", { name: "Kết quả kiểm tra" }));
  });

  it("a .doc picked by mistake gets its sentence beside the button, and nothing is written", async () => {
    const before = await page.evaluate(() => (window as unknown as DoubleWindow).khctDouble.model.sheets.length);
    const ole = Buffer.alloc(1536);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    await page.locator('input[type="file"]').setInputFiles({ name: "ke-hoach-cu.doc", mimeType: "application/msword", buffer: ole });
    const alert = page.locator("#message-create").getByRole("alert");
    await alert.getByText(/"ke-hoach-cu\.doc" là tệp Word 97-2003 \(\.doc\) hoặc có đặt mật khẩu/).waitFor();
    await expectBeside(alert, page.getByRole("button", { name: "Nhập kế hoạch từ Word" }));
    expect(await page.evaluate(() => (window as unknown as DoubleWindow).khctDouble.model.sheets.length)).toBe(before);
    await shot("word-loi", alert);
  });

  it("has no serious or critical accessibility violation (axe-core), with results listed", async () => {
    // evaluated, not added as a <script>: the pane's policy blocks inline scripts (csp.e2e.ts)
    await page.evaluate(readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run();
      return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
  });

  it("removes its handlers from Excel when the pane closes (pagehide)", async () => {
    await expect(changeHandlers()).resolves.toBe(1);
    await expect(selectionHandlers()).resolves.toBe(1);
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent("pagehide", { persisted: false })));
    await expect(until(changeHandlers, (n) => n === 0)).resolves.toBe(0);
    await expect(until(selectionHandlers, (n) => n === 0)).resolves.toBe(0);
  });

  it("made no request outside 127.0.0.1, and logged no error, unhandled rejection or CSP violation", () => {
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
