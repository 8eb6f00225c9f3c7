/**
 * The production pane opened as the browser tests need it: dist-web/ served on 127.0.0.1, Debian's
 * Chromium (never a downloaded browser), 350 × 900 in Vietnamese, the Excel double bundled in place
 * of office.js, and every other request recorded and blocked.
 */
import { existsSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import { build } from "esbuild";
import { chromium, type Browser, type Page } from "playwright-core";
import { serveFolder } from "./serve";

export const WEB = join(__dirname, "..", "..", "dist-web");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

export interface PanePage {
  browser: Browser;
  page: Page;
  server: Server;
  origin: string;
  /** every URL the page asked for, in order */
  requested: string[];
  /** the requests for other hosts, refused */
  blocked: string[];
  close(): Promise<void>;
}

/** The page, not yet navigated (add init scripts first), with the double served as office.js. */
export async function openPane(): Promise<PanePage> {
  if (!existsSync(join(WEB, "taskpane.html"))) throw new Error("dist-web/ is not built: run `npm run build` first (npm run test:e2e does)");
  const bundled = await build({ entryPoints: [join(__dirname, "double-page.ts")], bundle: true, write: false, platform: "browser", format: "iife", target: "es2019" });
  const { server, origin } = await serveFolder(WEB);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const context = await browser.newContext({ viewport: { width: 350, height: 900 }, locale: "vi-VN" });
  const page = await context.newPage();
  const requested: string[] = [];
  const blocked: string[] = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    requested.push(url);
    if (url.startsWith(origin)) return route.continue();
    if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: "text/javascript", body: bundled.outputFiles[0].text });
    blocked.push(url);
    return route.abort();
  });
  return {
    browser,
    page,
    server,
    origin,
    requested,
    blocked,
    close: async () => {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
  };
}

/** Navigates to the pane and waits for it to start. */
export async function startPane(pane: PanePage): Promise<void> {
  await pane.page.goto(`${pane.origin}/taskpane.html`);
  await pane.page.getByRole("heading", { name: "KHCT" }).waitFor();
}
