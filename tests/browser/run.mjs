// End-to-end tests of a built hub in Debian's headless Chromium, driven by playwright-core
// (no browser download), with axe-core accessibility checks and screenshots.
//
//   node tests/browser/run.mjs <built-site-dir> <artifacts-dir>
//
// Serves the site on a loopback port with a tiny static server, runs every check, writes
// screenshots of each page type at 375 px and 1280 px into <artifacts-dir>, and exits 1 if
// any check fails.
import { chromium } from "playwright-core";
import { createServer } from "node:http";
import { readFile, mkdir, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

const [siteDir, artifactsDir] = process.argv.slice(2);
if (!siteDir || !artifactsDir) {
  console.error("usage: node run.mjs <built-site-dir> <artifacts-dir>");
  process.exit(2);
}
const require = createRequire(import.meta.url);
const axeSource = await readFile(require.resolve("axe-core/axe.min.js"), "utf8");

const types = {
  ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript",
  ".json": "application/json", ".svg": "image/svg+xml", ".xml": "application/xml",
};
const server = createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  let file = path.join(siteDir, decodeURIComponent(url.pathname));
  if (!file.startsWith(path.resolve(siteDir))) { res.writeHead(404); res.end(); return; }
  try {
    if ((await stat(file)).isDirectory()) file = path.join(file, "index.html");
    const body = await readFile(file);
    res.writeHead(200, { "content-type": types[path.extname(file)] || "application/octet-stream" });
    res.end(body);
  } catch {
    res.writeHead(404, { "content-type": "text/html; charset=utf-8" });
    res.end(await readFile(path.join(siteDir, "404.html")));
  }
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"],
});
await mkdir(artifactsDir, { recursive: true });
const failures = [];
let passed = 0;
async function check(name, fn) {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  // Pages carry a strict Content-Security-Policy: any violation (an inline script or
  // style, an outside host) fails the check.
  page.on("console", (m) => { if (/Content Security Policy/i.test(m.text())) errors.push("CSP: " + m.text()); });
  try {
    await fn(page);
    if (errors.length) throw new Error("JavaScript errors: " + errors.join("; "));
    passed++;
    console.log(`ok   ${name}`);
  } catch (e) {
    failures.push(name);
    console.log(`FAIL ${name}\n     ${String(e && e.stack || e).split("\n").slice(0, 4).join("\n     ")}`);
  } finally {
    await page.close();
  }
}
function assert(cond, message) { if (!cond) throw new Error(message); }

await check("search for “link worker” shows the term first and the click lands on it", async (page) => {
  await page.goto(`${base}/search/?q=link%20worker`);
  const first = page.locator("#search-results li a").first();
  await first.waitFor({ timeout: 10000 });
  assert((await first.textContent()).trim().startsWith("Link worker"), "first result: " + await first.textContent());
  await first.click();
  await page.waitForURL(/\/glossary\/link-worker\/$/);
});

await check("search forgives a typo and a missing accent", async (page) => {
  const firstFor = async (q) => {
    await page.goto(`${base}/search/?q=${encodeURIComponent(q)}`);
    const first = page.locator("#search-results li a").first();
    await first.waitFor({ timeout: 10000 });
    return (await first.textContent()).trim();
  };
  const lonely = await firstFor("lonliness");
  assert(lonely.startsWith("Loneliness"), "“lonliness” finds Loneliness first, not: " + lonely);
  await page.goto(`${base}/search/?q=Neuchatel`);
  await page.locator("#search-results li a").first().waitFor({ timeout: 10000 });
  const titles = await page.locator("#search-results li a").allTextContents();
  assert(titles.some((t) => t.includes("Neuchâtel")), "“Neuchatel” finds Neuchâtel: " + titles.slice(0, 5).join(" | "));
  // A word inside a run of Japanese text (処方 in 社会的処方) is found, and so is the whole
  // run typed as a query (split into the same pairs as the index).
  for (const q of ["処方", "社会的処方"]) {
    await page.goto(`${base}/search/?q=${encodeURIComponent(q)}`);
    await page.locator("#search-results li a").first().waitFor({ timeout: 10000 });
    const ja = await page.locator("#search-results li a").allTextContents();
    assert(ja.some((t) => t.includes("Japan")), `“${q}” finds the Japanese case study: ` + ja.slice(0, 5).join(" | "));
  }
});

await check("“Show more results” adds the next results and moves the focus to them", async (page) => {
  await page.goto(`${base}/search/?q=social`);
  await page.locator("#search-results li").first().waitFor({ timeout: 10000 });
  assert(await page.locator("#search-results li").count() === 10, "10 results first");
  const status = await page.locator(".search-status").textContent();
  assert(/^10 of \d+ results/.test(status), "status: " + status);
  await page.click(".search-more");
  await page.waitForFunction(() => document.querySelectorAll("#search-results li").length > 10);
  assert(await page.evaluate(() => document.activeElement === document.querySelectorAll("#search-results li a")[10]),
    "the focus moves to the first new result");
});

await check("a paginated list links its pages, and its filter covers every page", async (page) => {
  await page.goto(`${base}/glossary/`);
  const next = await page.locator('link[rel="next"]').getAttribute("href");
  assert(next === "/glossary/page/2/", "rel=next: " + next);
  assert(await page.locator('.pagination a[rel="next"]').count() === 1, "a Next link");
  // A term of the second page, found from the first by the filter.
  const later = await page.evaluate(async () => {
    const html = await (await fetch("/glossary/page/2/")).text();
    return new DOMParser().parseFromString(html, "text/html").querySelector("#glossary-list .filter-item dt a").textContent;
  });
  assert(await page.locator("#glossary-list").getByText(later, { exact: true }).count() === 0, "not on page 1 before filtering");
  await page.fill("#glossary-filter", later.toLowerCase());
  await page.locator("#glossary-list").getByText(later, { exact: true }).waitFor({ timeout: 10000 });
  assert(await page.locator(".pagination").isHidden(), "page links hide while filtering");
  await page.fill("#glossary-filter", "");
  await page.waitForFunction(() => !document.querySelector(".pagination").hidden);
  assert(await page.locator("#glossary-list").getByText(later, { exact: true }).isHidden(), "page 2's terms hide again");
});

await check("searching from the header of any page opens the results", async (page) => {
  await page.goto(`${base}/evidence/`);
  await page.fill("#site-search-q", "Japan");
  await page.press("#site-search-q", "Enter");
  await page.waitForURL(/\/search\/\?q=Japan$/);
  await page.locator("#search-results li").first().waitFor({ timeout: 10000 });
  const text = await page.locator("#search-results").textContent();
  assert(/Japan/.test(text), "results mention Japan");
  assert(await page.locator("#search-results mark").count() > 0, "matches are highlighted");
  await page.press("#search-q", "ArrowDown");
  assert(await page.evaluate(() => document.activeElement.closest("#search-results") !== null), "arrow keys reach the results");
});

await check("clicking a country on the map lands on its country page", async (page) => {
  await page.goto(`${base}/case-studies/`);
  // A real mouse click on a point inside Japan's outline.
  const point = await page.locator('svg.world-map a[href$="/countries/jp/"] path').evaluate((path) => {
    const box = path.getBBox();
    const svg = path.ownerSVGElement;
    for (let i = 1; i < 400; i++) {
      const p = svg.createSVGPoint();
      p.x = box.x + box.width * ((i * 37) % 100) / 100;
      p.y = box.y + box.height * ((i * 61) % 100) / 100;
      if (path.isPointInFill(p)) {
        const s = p.matrixTransform(path.getScreenCTM());
        return { x: s.x, y: s.y };
      }
    }
    return null;
  });
  assert(point, "a point inside Japan");
  await page.mouse.click(point.x, point.y);
  await page.waitForURL(/\/countries\/jp\/$/);
  assert((await page.locator("h1").textContent()).includes("Japan"), "country page heading");
  // The same map works from the keyboard.
  await page.goto(`${base}/case-studies/`);
  await page.locator('svg.world-map a[href$="/countries/ca/"]').focus();
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/countries\/ca\/$/);
});

await check("filtering champions by profession shows only those and keeps the filter in the URL", async (page) => {
  await page.goto(`${base}/champions/`);
  const options = await page.locator("#filter-profession option").allTextContents();
  const choice = options.find((o) => o !== "Any");
  await page.selectOption("#filter-profession", choice);
  const visible = await page.locator(".champion-card:visible").all();
  assert(visible.length > 0, "some champions shown");
  for (const card of visible) assert((await card.getAttribute("data-profession")) === choice, "only the chosen profession");
  assert(new URL(page.url()).searchParams.get("profession") === choice, "URL keeps the filter: " + page.url());
  await page.reload();
  assert((await page.locator(".champion-card:visible").count()) === visible.length, "the shared URL shows the same list");
});

await check("sorting the evidence table by year", async (page) => {
  await page.goto(`${base}/evidence/`);
  // Undated reports (no data-year) come last in either order; the dated ones are sorted.
  const years = async () => {
    const all = await page.locator("#evidence-rows tr:visible").evaluateAll((rows) => rows.map((r) => r.dataset.year));
    const firstUndated = all.indexOf("");
    assert(firstUndated === -1 || all.slice(firstUndated).every((v) => v === ""), "undated rows last: " + all);
    return all.filter((v) => v !== "").map(Number);
  };
  await page.click("th[data-sort=year] button");
  let y = await years();
  assert(y.every((v, i) => i === 0 || y[i - 1] <= v), "ascending after one click: " + y);
  await page.click("th[data-sort=year] button");
  y = await years();
  assert(y.every((v, i) => i === 0 || y[i - 1] >= v), "descending after two: " + y);
  assert(/sort=year-desc/.test(page.url()), "URL keeps the order");
  await page.selectOption("#filter-strength", "low");
  const strengths = await page.locator("#evidence-rows tr:visible").evaluateAll((rows) => rows.map((r) => r.dataset.strength));
  assert(strengths.length > 0 && strengths.every((s) => s === "low"), "strength filter");
});

await check("a term link shows its definition on keyboard focus", async (page) => {
  await page.goto(`${base}/case-studies/rotherham-social-prescribing-service/`);
  const link = page.locator("a.term-link").first();
  await link.focus();
  const tip = await link.evaluate((a) => getComputedStyle(a, "::after").content);
  assert(tip && tip.length > 10 && tip !== "none", "tooltip on focus: " + tip);
  const described = await link.getAttribute("aria-describedby");
  assert(await page.locator(`#${described}`).count() === 1, "screen readers get the definition");
});

const pageTypes = {
  home: "/", term: "/glossary/link-worker/", glossary: "/glossary/", "case-study": "/case-studies/rotherham-social-prescribing-service/",
  "case-studies": "/case-studies/", country: "/countries/jp/", "evidence-index": "/evidence/",
  evidence: "/evidence/rotherham-pilot-2014/", champions: "/champions/", champion: null, search: "/search/?q=loneliness",
  "not-found": "/no/such/page/", contribute: "/contribute/", events: "/events/",
  event: "/events/social-prescribing-show-2023/",
  // The same checks in other languages: Arabic (right to left) and French.
  "ar-home": "/ar/", "ar-term": "/ar/glossary/social-prescribing/", "ar-glossary": "/ar/glossary/",
  "fr-term": "/fr/glossary/link-worker/",
};
for (const [name, route] of Object.entries(pageTypes)) {
  await check(`${name}: no layout shift, no serious or critical accessibility violations, screenshots`, async (page) => {
    let target = route;
    if (!target) {
      await page.goto(`${base}/champions/`);
      target = new URL(await page.locator(".champion-card h3 a").first().getAttribute("href"), base).pathname;
    }
    // Layout shift, as Lighthouse counts it: the sum of shifts without recent input.
    await page.addInitScript(() => {
      window.__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
      }).observe({ type: "layout-shift", buffered: true });
    });
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${base}${target}`);
      if (name === "search") await page.locator("#search-results li").first().waitFor({ timeout: 10000 });
      await page.waitForTimeout(300);
      const cls = await page.evaluate(() => window.__cls);
      assert(cls < 0.02, `layout shift ${cls.toFixed(3)} at ${width} px`);
      await page.screenshot({ path: path.join(artifactsDir, `${name}-${width}.png`), fullPage: true });
    }
    // Evaluated over the DevTools protocol, which the page's CSP does not govern (a script
    // tag would be refused, as it should be).
    await page.evaluate(axeSource);
    const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ["violations"] }));
    const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    assert(bad.length === 0, bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`).join("\n     "));
  });
}

await check("Arabic pages are laid out right to left, and the switcher goes to the same page", async (page) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${base}/ar/glossary/social-prescribing/`);
  assert(await page.getAttribute("html", "dir") === "rtl", "html dir");
  assert(await page.getAttribute("html", "lang") === "ar", "html lang");
  const brand = await page.locator(".brand").boundingBox();
  assert(brand.x > 640, "the site's name starts on the right: x = " + brand.x);
  const crumbs = await page.locator(".breadcrumbs li").evaluateAll((li) => li.map((e) => e.getBoundingClientRect().x));
  assert(crumbs.length > 1 && crumbs[0] > crumbs[1], "breadcrumbs run right to left: " + crumbs);
  await page.locator('.language-switch a[hreflang="fr"]').click();
  await page.waitForURL(/\/fr\/glossary\/social-prescribing\/$/);
  assert(await page.getAttribute("html", "dir") === "ltr", "French is left to right");
});

await check("a Chinese query of two or three characters finds the Chinese pages that hold them", async (page) => {
  for (const q of ["处方", "社会处"]) {
    await page.goto(`${base}/zh/search/?q=${encodeURIComponent(q)}`);
    const first = page.locator("#search-results li a").first();
    await first.waitFor({ timeout: 10000 });
    const href = await first.getAttribute("href");
    assert(/\/zh\/glossary\//.test(href), `${q}: first result ${href}`);
    assert((await first.textContent()).includes(q), `${q}: first result ` + await first.textContent());
  }
});

await check("the French search page searches the French pages first", async (page) => {
  await page.goto(`${base}/fr/search/?q=${encodeURIComponent("agent de liaison")}`);
  const first = page.locator("#search-results li a").first();
  await first.waitFor({ timeout: 10000 });
  assert(/\/fr\/glossary\/link-worker\/$/.test(await first.getAttribute("href")), "first result: " + await first.getAttribute("href"));
  // Pages not translated are offered through the same query in the English search.
  const elsewhere = await page.locator("[data-search-elsewhere]").getAttribute("href");
  assert(elsewhere === "/search/?q=agent+de+liaison", "the English search: " + elsewhere);
});

// The relevance suite: every query of relevance.json in a fresh page (cold cache), its
// rank of the first expected page, the bytes of the index files it fetched and the time
// until results show. Fails below the thresholds, which were set from the measured figures.
// Measured at 1.00 / 1.00 / 1.00 on 71 queries (BENCHMARKS.md); the margin absorbs content
// changes, not a worse ranking.
const THRESHOLDS = { hit1: 0.95, hit3: 0.98, mrr: 0.97, medianBytes: 40 * 1024, maxBytes: 100 * 1024 };

await check("hub.js cuts every script into the same words as the Rust index", async (page) => {
  if (!process.env.HUB_TOKEN_PARITY) return;
  const expected = JSON.parse(await readFile(process.env.HUB_TOKEN_PARITY, "utf8"));
  await page.goto(`${base}/search/`);
  const got = await page.evaluate((texts) => texts.map((t) => window.hubSearchWords(t)), Object.keys(expected));
  const diffs = Object.keys(expected).filter((t, i) => JSON.stringify(got[i]) !== JSON.stringify(expected[t]))
    .map((t) => `${t}: rust ${JSON.stringify(expected[t])} js ${JSON.stringify(got[Object.keys(expected).indexOf(t)])}`);
  assert(diffs.length === 0, diffs.join("\n     "));
});
await check("search relevance suite meets its thresholds (hit@1, hit@3, MRR, bytes per query)", async () => {
  const { queries } = JSON.parse(await readFile(new URL("./relevance.json", import.meta.url), "utf8"));
  const rows = [];
  for (const { q, expect, kind } of queries) {
    const page = await browser.newPage();
    let bytes = 0;
    const pending = [];
    page.on("response", (r) => {
      if (r.url().includes("/search-index/")) pending.push(r.body().then((b) => { bytes += b.length; }, () => {}));
    });
    const started = Date.now();
    await page.goto(`${base}/search/?q=${encodeURIComponent(q)}`);
    await page.waitForFunction(() => {
      const s = document.querySelector(".search-status");
      return s && s.textContent && !/Searching/.test(s.textContent);
    }, null, { timeout: 10000 });
    const ms = Date.now() - started;
    const urls = await page.locator("#search-results li a").evaluateAll((as) => as.map((a) => new URL(a.href).pathname));
    await Promise.all(pending);
    const rank = urls.findIndex((u) => expect.includes(u)) + 1;
    rows.push({ q, kind, rank, bytes, ms, top: urls[0] || "" });
    await page.close();
  }
  const n = rows.length;
  const hit1 = rows.filter((r) => r.rank === 1).length / n;
  const hit3 = rows.filter((r) => r.rank >= 1 && r.rank <= 3).length / n;
  const mrr = rows.reduce((a, r) => a + (r.rank ? 1 / r.rank : 0), 0) / n;
  const sorted = (xs) => [...xs].sort((a, b) => a - b);
  const median = (xs) => sorted(xs)[Math.floor(xs.length / 2)];
  const bytes = rows.map((r) => r.bytes), ms = rows.map((r) => r.ms);
  const summary = { queries: n, hit1: +hit1.toFixed(3), hit3: +hit3.toFixed(3), mrr: +mrr.toFixed(3),
    medianBytes: median(bytes), maxBytes: Math.max(...bytes), medianMs: median(ms), maxMs: Math.max(...ms) };
  console.log("     relevance " + JSON.stringify(summary));
  for (const r of rows.filter((r) => r.rank !== 1)) console.log(`     miss@1 [${r.kind}] ${r.q} → rank ${r.rank || "none"} (top: ${r.top})`);
  await import("node:fs/promises").then((fs) => fs.writeFile(path.join(artifactsDir, "relevance.json"), JSON.stringify({ summary, rows }, null, 1)));
  assert(hit1 >= THRESHOLDS.hit1, `hit@1 ${hit1.toFixed(3)} < ${THRESHOLDS.hit1}`);
  assert(hit3 >= THRESHOLDS.hit3, `hit@3 ${hit3.toFixed(3)} < ${THRESHOLDS.hit3}`);
  assert(mrr >= THRESHOLDS.mrr, `MRR ${mrr.toFixed(3)} < ${THRESHOLDS.mrr}`);
  assert(summary.medianBytes <= THRESHOLDS.medianBytes, `median bytes per query ${summary.medianBytes} > ${THRESHOLDS.medianBytes}`);
  assert(summary.maxBytes <= THRESHOLDS.maxBytes, `largest query ${summary.maxBytes} bytes > ${THRESHOLDS.maxBytes}`);
});

await browser.close();
server.close();
console.log(`\n${passed} passed, ${failures.length} failed; screenshots in ${artifactsDir}`);
process.exit(failures.length ? 1 : 0);
