/**
 * Office 2019 and earlier (volume licensed) host add-ins in Internet Explorer 11's webview (Trident)
 * or Edge Legacy's (EdgeHTML): Microsoft's "Support older Microsoft webviews and Office versions"
 * recommends a graceful message there. Chromium cannot be Trident, so these tests check what can be
 * checked: the page's first script (ES5, before office.js and the bundle) shows the bilingual message
 * for those user agents and keeps the pane from starting, and the bundle does use what EdgeHTML
 * lacks (so detecting it, rather than supporting it, is right).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import { transformSync } from "esbuild";
import { chromium, type Browser } from "playwright-core";
import { serveFolder } from "./serve";

const WEB = join(__dirname, "..", "..", "dist-web");
const SCREENS = join(__dirname, "..", "..", "test-results", "webview");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const USER_AGENTS = {
  trident: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko",
  edgehtml: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045",
  webview2: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0",
};

let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(join(WEB, "taskpane.html"))) throw new Error("dist-web/ is not built: run `npm run build` first (npm run test:e2e does)");
  mkdirSync(SCREENS, { recursive: true });
  ({ server, origin } = await serveFolder(WEB));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update"] });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

/** The pane opened under a user agent, office.js answered by an empty script (no Office here). */
async function open(userAgent: string) {
  const context = await browser.newContext({ userAgent, viewport: { width: 350, height: 700 }, locale: "vi-VN" });
  const page = await context.newPage();
  await page.route("**/*", (route) => (route.request().url().startsWith(origin) ? route.continue() : route.fulfill({ status: 200, contentType: "text/javascript", body: "" })));
  await page.goto(`${origin}/taskpane.html`);
  await page.waitForLoadState("load");
  return { page, context };
}

describe("the pane in an old Office webview", () => {
  it.each(["trident", "edgehtml"] as const)("on %s shows, in Vietnamese then English, what to use instead, and does not start", async (kind) => {
    const { page, context } = await open(USER_AGENTS[kind]);
    const note = page.locator("#unsupported");
    await expect(note.isVisible()).resolves.toBe(true);
    await expect(note.textContent()).resolves.toMatch(/Microsoft 365 hoặc Office 2021 trở lên[\s\S]*khct[\s\S]*Use Microsoft 365 or Office 2021 or later/);
    await expect(page.getAttribute("html", "data-unsupported")).resolves.toBe(kind);
    await page.waitForTimeout(300);
    await expect(page.locator("#root").innerHTML()).resolves.toBe("");
    await page.screenshot({ path: join(SCREENS, `${kind}.png`) });
    await context.close();
  });

  it("stays out of the way in Edge's WebView2 (Chromium), which runs the pane", async () => {
    const { page, context } = await open(USER_AGENTS.webview2);
    await expect(page.locator("#unsupported").isVisible()).resolves.toBe(false);
    await expect(page.getAttribute("html", "data-unsupported")).resolves.toBeNull();
    await context.close();
  });

  it("detects the webview with a script Trident can run (ES5), placed before office.js and the bundle", () => {
    const html = readFileSync(join(WEB, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    const first = scripts[0];
    expect(first[1]).not.toMatch(/src=/);
    expect(() => transformSync(first[2], { target: "es5", loader: "js" })).not.toThrow();
    expect(first[2]).toMatch(/Trident/);
  });

  it("is right to stop EdgeHTML: the bundle uses regular expressions Edge Legacy cannot parse and methods it lacks", () => {
    const bundle = readdirSync(WEB)
      .filter((f) => /^taskpane\..*\.js$/.test(f))
      .map((f) => readFileSync(join(WEB, f), "utf8"))
      .join("\n");
    expect(bundle).toMatch(/\\p\{L\}/); // Unicode property escapes (ES2018): a SyntaxError in EdgeHTML 18
    expect(bundle).toMatch(/\(\?<!/); // look-behind (ES2018): a SyntaxError too
    expect(bundle).toMatch(/Object\.fromEntries|\.flatMap\(/); // ES2019 methods EdgeHTML 18 lacks
  });
});
