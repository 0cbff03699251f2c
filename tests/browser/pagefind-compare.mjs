// Runs the relevance suite (relevance.json) against Pagefind's index of the same built site,
// for the comparison in BENCHMARKS.md. Not part of the tests (Pagefind is not a dependency):
//
//   npx pagefind --site <copy-of-site>   # writes <copy-of-site>/pagefind/
//   echo '<!doctype html><title>pf</title>' > <copy-of-site>/pf.html   # a page without the CSP (Pagefind needs WebAssembly)
//   node tests/browser/pagefind-compare.mjs <copy-of-site>
import { chromium } from "playwright-core";
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";

const siteDir = path.resolve(process.argv[2]);
const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".json": "application/json", ".wasm": "application/wasm", ".css": "text/css" };
const server = createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  let file = path.join(siteDir, decodeURIComponent(url.pathname));
  try {
    if ((await stat(file)).isDirectory()) file = path.join(file, "index.html");
    const body = await readFile(file);
    res.writeHead(200, { "content-type": types[path.extname(file)] || "application/octet-stream" });
    res.end(body);
  } catch { res.writeHead(404); res.end(); }
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: ["--no-sandbox"] });
const { queries } = JSON.parse(await readFile(new URL("./relevance.json", import.meta.url), "utf8"));
const rows = [];
for (const { q, expect, kind } of queries) {
  const page = await browser.newPage();
  let bytes = 0;
  const pending = [];
  page.on("response", (r) => { if (r.url().includes("/pagefind/")) pending.push(r.body().then((b) => { bytes += b.length; }, () => {})); });
  await page.goto(`${base}/pf.html`);
  const started = Date.now();
  const urls = await page.evaluate(async (q) => {
    const pf = await import("/pagefind/pagefind.js");
    const r = await pf.search(q);
    const top = await Promise.all(r.results.slice(0, 10).map((x) => x.data()));
    return top.map((d) => new URL(d.url, location.href).pathname.replace(/index\.html$/, ""));
  }, q);
  const ms = Date.now() - started;
  await Promise.all(pending);
  const rank = urls.findIndex((u) => expect.includes(u)) + 1;
  rows.push({ q, kind, rank, bytes, ms, top: urls[0] || "" });
  await page.close();
}
const n = rows.length;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(JSON.stringify({
  queries: n,
  hit1: +(rows.filter((r) => r.rank === 1).length / n).toFixed(3),
  hit3: +(rows.filter((r) => r.rank >= 1 && r.rank <= 3).length / n).toFixed(3),
  mrr: +(rows.reduce((a, r) => a + (r.rank ? 1 / r.rank : 0), 0) / n).toFixed(3),
  medianBytes: median(rows.map((r) => r.bytes)), maxBytes: Math.max(...rows.map((r) => r.bytes)),
  medianMs: median(rows.map((r) => r.ms)), maxMs: Math.max(...rows.map((r) => r.ms)),
}));
for (const r of rows.filter((r) => r.rank !== 1)) console.log(`miss@1 [${r.kind}] ${r.q} → rank ${r.rank || "none"} (top: ${r.top})`);
await browser.close();
server.close();
