/**
 * The build puts the hashes of a page's inline scripts into its Content-Security-Policy, computed
 * from the page as served; a page whose inline script has no policy to take its hash fails the build.
 */
import { createHash } from "node:crypto";
import { inlineScripts, INLINE_SCRIPT_HASHES, withScriptHashes } from "../../scripts/csp";

const page = (head: string) => `<!doctype html><html><head>${head}</head><body></body></html>`;
const POLICY = `<meta http-equiv="Content-Security-Policy" content="script-src 'self' ${INLINE_SCRIPT_HASHES}">`;

describe("Content-Security-Policy hashes", () => {
  it("hashes each inline script exactly as written (not scripts with a src)", () => {
    const html = withScriptHashes(page(`${POLICY}<script>var a = 1;</script><script src="x.js"></script><script>\n b()\n</script>`));
    const expected = ["var a = 1;", "\n b()\n"].map((s) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`);
    expect(html).toContain(`script-src 'self' ${expected.join(" ")}"`);
    expect(html).not.toContain(INLINE_SCRIPT_HASHES);
  });

  it("leaves a page without a policy or inline script alone, and a policy without inline scripts with none", () => {
    expect(withScriptHashes(page('<script src="x.js"></script>'))).toBe(page('<script src="x.js"></script>'));
    expect(withScriptHashes(page(`${POLICY}<script src="x.js"></script>`))).toContain(`script-src 'self' "`);
  });

  it("refuses an inline script with no policy to take its hash, and a policy after a script", () => {
    expect(() => withScriptHashes(page("<script>a()</script>"), "taskpane.html")).toThrow(/taskpane.html has an inline script but no Content-Security-Policy/);
    expect(() => withScriptHashes(page(`<script>a()</script>${POLICY}`))).toThrow(/must come before every script/);
  });

  it("finds inline scripts whatever their attributes", () => {
    expect(inlineScripts('<script type="text/javascript">x</script><SCRIPT defer src=a.js></SCRIPT>')).toEqual(["x"]);
  });
});
