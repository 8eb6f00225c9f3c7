"use strict";
/**
 * The pages' Content-Security-Policy allows their inline scripts by hash, never by 'unsafe-inline'.
 * A page's policy (a <meta http-equiv="Content-Security-Policy"> before any script) names
 * INLINE_SCRIPT_HASHES where the hashes go; once the page is final, this computes the SHA-256 of each
 * inline script exactly as it will be served and puts them there. A page with an inline script and
 * no such policy fails the build.
 */
const crypto = require("crypto");

const INLINE_SCRIPT_HASHES = "'inline-script-hashes'";

/** The text of each <script> without a src, as the browser hashes it. */
function inlineScripts(html) {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter((m) => !/\bsrc\s*=/i.test(m[1])).map((m) => m[2]);
}

function sha256(text) {
  return `'sha256-${crypto.createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/** The page with its policy's placeholder replaced by its inline scripts' hashes. */
function withScriptHashes(html, page = "page") {
  const scripts = inlineScripts(html);
  if (!html.includes(INLINE_SCRIPT_HASHES)) {
    if (scripts.length) throw new Error(`${page} has an inline script but no Content-Security-Policy naming ${INLINE_SCRIPT_HASHES}`);
    return html;
  }
  const policy = /<meta[^>]+http-equiv=["']?Content-Security-Policy["']?[^>]*>/i.exec(html);
  const firstScript = html.search(/<script\b/i);
  if (!policy || (firstScript >= 0 && policy.index > firstScript)) throw new Error(`${page}: the Content-Security-Policy must come before every script`);
  return html.split(INLINE_SCRIPT_HASHES).join(scripts.map(sha256).join(" "));
}

/**
 * Runs after every asset step (webpack's own minimizer rewrites the HTML, inline scripts included,
 * after html-webpack-plugin has written it), so the hashes are those of the files as served.
 */
class CspHashPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("CspHashPlugin", (compilation) => {
      compilation.hooks.afterProcessAssets.tap("CspHashPlugin", (assets) => {
        for (const name of Object.keys(assets).filter((n) => n.endsWith(".html"))) {
          const html = compilation.getAsset(name).source.source().toString();
          try {
            compilation.updateAsset(name, new compiler.webpack.sources.RawSource(withScriptHashes(html, name)));
          } catch (e) {
            compilation.errors.push(e);
          }
        }
      });
    });
  }
}

module.exports = { CspHashPlugin, withScriptHashes, inlineScripts, sha256, INLINE_SCRIPT_HASHES };
