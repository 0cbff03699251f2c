// Builds ../../data/world-map.json: a pre-projected world map that `hub`
// turns into an accessible inline SVG at build time (DESIGN.md §6, "map").
//
//   cd tools/map && npm ci && node build-map.mjs
//
// Inputs (all installed from npm at the exact versions pinned in package.json):
//   - world-atlas countries-110m.json: Natural Earth 1:110m Admin 0 countries
//     (public domain), packaged as TopoJSON by world-atlas (ISC licence).
//     These are the outlines.
//   - world-atlas countries-10m.json: Natural Earth 1:10m Admin 0 countries.
//     Used only to place a marker at the centroid of each country listed in
//     data/countries.yaml that is too small to appear at 1:110m (Singapore,
//     Malta, Hong Kong, ...).
//   - i18n-iso-countries (MIT): ISO 3166-1 numeric -> alpha-2 codes, and
//     English names for countries not listed in data/countries.yaml.
//   - d3-geo (ISC): the Equal Earth projection; topojson-client (ISC): TopoJSON
//     decoding; yaml (ISC): reading data/countries.yaml.
//
// The output is deterministic: it depends only on the pinned inputs and on
// data/countries.yaml. Re-run this script whenever data/countries.yaml gains a
// country, so that a new small state gets its marker.

import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import { geoArea, geoCentroid, geoEqualEarth, geoPath } from "d3-geo";
import countriesLib from "i18n-iso-countries";
import { feature, merge } from "topojson-client";
import YAML from "yaml";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, "..", "..");
const OUT = join(repo, "data", "world-map.json");
const COUNTRIES_YAML = join(repo, "data", "countries.yaml");

const WIDTH = 1000;
const HEIGHT = 500;
const MARGIN = 2; // keeps outline strokes inside the viewBox

// d3-geo's "exports" hide its package.json, so read versions from node_modules.
const versionOf = (pkg) =>
  JSON.parse(readFileSync(join(here, "node_modules", pkg, "package.json"), "utf8")).version;
const atlasVersion = versionOf("world-atlas");
const d3geoVersion = versionOf("d3-geo");
const world110 = require("world-atlas/countries-110m.json");
const world10 = require("world-atlas/countries-10m.json");
countriesLib.registerLocale(require("i18n-iso-countries/langs/en.json"));

// Natural Earth features with no usable ISO 3166-1 numeric id in world-atlas,
// matched by their Natural Earth name instead. Older Natural Earth releases
// gave France and Norway an ISO_N3 of -99; world-atlas 2.x carries 250 and
// 578, but the fallback keeps FR and NO on the map if a future release
// regresses. Kosovo has no ISO 3166-1 code; XK is the user-assigned code in
// general use (EU, IMF, CLDR).
const BY_NAME = { France: "FR", Norway: "NO", Kosovo: "XK" };

// Natural Earth separates these de facto entities, which have no ISO 3166-1
// code. ISO 3166-1 counts their territory as part of CY and SO, so we fold
// them into those outlines rather than leave holes in the map.
const MERGE_INTO = { "N. Cyprus": "CY", Somaliland: "SO" };

// Not drawn: Antarctica (saves space, no case studies there).
const EXCLUDE = new Set(["AQ"]);

// English names where the i18n-iso-countries default is long-winded or not
// the usual short form. data/countries.yaml names win over both.
const NAME_OVERRIDES = {
  BN: "Brunei",
  CI: "Côte d'Ivoire",
  CN: "China",
  CZ: "Czechia",
  FK: "Falkland Islands",
  GM: "Gambia",
  IR: "Iran",
  LA: "Laos",
  MD: "Moldova",
  MK: "North Macedonia",
  PS: "Palestine",
  RU: "Russia",
  SY: "Syria",
  TW: "Taiwan",
  TZ: "Tanzania",
  US: "United States",
  XK: "Kosovo",
};

// Last resort for a listed country that is in neither the 1:110m nor the
// 1:10m Natural Earth data: [longitude, latitude] in degrees, with a comment
// citing the source (e.g. the capital's coordinates). Empty while every
// country in data/countries.yaml is covered by Natural Earth.
const FALLBACK_LONLAT = {};

// ---------------------------------------------------------------------------

const listed = YAML.parse(readFileSync(COUNTRIES_YAML, "utf8"));
if (!Array.isArray(listed)) throw new Error("data/countries.yaml: expected a list");
const listedName = new Map(listed.map((c) => [String(c.code), String(c.name)]));

function alpha2(geometry) {
  const byName = BY_NAME[geometry.properties?.name];
  if (byName) return byName;
  if (geometry.id === undefined || Number(geometry.id) < 0) return undefined;
  return countriesLib.numericToAlpha2(geometry.id);
}

function nameOf(code, fallback) {
  return (
    listedName.get(code) ??
    NAME_OVERRIDES[code] ??
    countriesLib.getName(code, "en") ??
    fallback
  );
}

// Group the 1:110m geometries by alpha-2 code.
const objects = world110.objects.countries;
const groups = new Map(); // code -> [geometry, ...]
const skipped = [];
for (const g of objects.geometries) {
  const name = g.properties?.name;
  const code = MERGE_INTO[name] ?? alpha2(g);
  if (!code) {
    skipped.push(name);
    continue;
  }
  if (EXCLUDE.has(code)) continue;
  if (!groups.has(code)) groups.set(code, []);
  groups.get(code).push(g);
}

const features = [...groups.keys()].sort().map((code) => {
  const geoms = groups.get(code);
  const geometry =
    geoms.length === 1 ? feature(world110, geoms[0]).geometry : merge(world110, geoms);
  const primary = geoms.find((g) => !MERGE_INTO[g.properties?.name]) ?? geoms[0];
  return {
    type: "Feature",
    properties: { code, name: nameOf(code, primary.properties?.name ?? code) },
    geometry,
  };
});

const projection = geoEqualEarth().fitExtent(
  [
    [MARGIN, MARGIN],
    [WIDTH - MARGIN, HEIGHT - MARGIN],
  ],
  { type: "FeatureCollection", features },
);

// Serialises projected rings as compact SVG path data: coordinates are kept
// as integers in tenths of a unit (so relative steps carry no rounding drift),
// each ring starts with an absolute M, continues with relative l steps,
// repeated points are dropped, and rings that collapse below 3 points vanish.
function pathData(geometry) {
  const rings = [];
  let ring = null;
  const ctx = {
    moveTo(x, y) {
      ring = [[Math.round(x * 10), Math.round(y * 10)]];
      rings.push(ring);
    },
    lineTo(x, y) {
      const p = [Math.round(x * 10), Math.round(y * 10)];
      const q = ring[ring.length - 1];
      if (p[0] !== q[0] || p[1] !== q[1]) ring.push(p);
    },
    closePath() {
      ring = null;
    },
    arc() {
      throw new Error("unexpected point geometry");
    },
  };
  geoPath(projection, ctx)(geometry);

  const num = (t) => String(t / 10); // t is an integer: prints e.g. 12.3, -0.4, 7
  const join = (nums) => nums.map((n, i) => (i > 0 && !n.startsWith("-") ? " " : "") + n).join("");
  let d = "";
  for (const r of rings) {
    const first = r[0];
    const last = r[r.length - 1];
    if (r.length > 1 && first[0] === last[0] && first[1] === last[1]) r.pop();
    if (r.length < 3) continue;
    d += "M" + join([num(first[0]), num(first[1])]);
    const steps = [];
    for (let i = 1; i < r.length; i++) {
      steps.push(num(r[i][0] - r[i - 1][0]), num(r[i][1] - r[i - 1][1]));
    }
    d += "l" + join(steps) + "Z";
  }
  return d;
}

const round1 = (v) => {
  const r = Math.round(v * 10) / 10;
  return Object.is(r, -0) ? 0 : r;
};

const countries = [];
const outlined = new Set();
const collapsed = [];
for (const f of features) {
  const d = pathData(f.geometry);
  if (!d) {
    collapsed.push(f.properties.code);
    continue;
  }
  countries.push({ code: f.properties.code, name: f.properties.name, d });
  outlined.add(f.properties.code);
}

// Markers: listed countries without an outline, placed at the spherical
// centroid of the largest part of their 1:10m Natural Earth outline (the
// largest part, so that an outlying island does not drag the marker out to
// sea).
const tenM = new Map();
for (const g of world10.objects.countries.geometries) {
  const code = alpha2(g);
  if (code && !tenM.has(code)) tenM.set(code, g);
}

function largestPart(geometry) {
  if (geometry.type !== "MultiPolygon") return geometry;
  let best = null;
  let bestArea = -1;
  for (const coordinates of geometry.coordinates) {
    const part = { type: "Polygon", coordinates };
    const a = geoArea(part);
    if (a > bestArea) {
      best = part;
      bestArea = a;
    }
  }
  return best;
}

const markers = [];
const missing = [];
for (const code of [...listedName.keys()].sort()) {
  if (outlined.has(code) || EXCLUDE.has(code)) continue;
  let lonlat;
  const g = tenM.get(code);
  if (g) lonlat = geoCentroid(largestPart(feature(world10, g).geometry));
  else if (FALLBACK_LONLAT[code]) lonlat = FALLBACK_LONLAT[code];
  else {
    missing.push(code);
    continue;
  }
  const [x, y] = projection(lonlat);
  markers.push({ code, name: nameOf(code, code), x: round1(x), y: round1(y) });
}
if (missing.length) {
  throw new Error(
    `no outline or centroid for ${missing.join(", ")}: add [lon, lat] to FALLBACK_LONLAT`,
  );
}

const out = {
  source:
    `Natural Earth Admin 0 countries (v4.1.0) via world-atlas ${atlasVersion}: ` +
    "outlines from countries-110m.json (1:110m), marker centroids from countries-10m.json (1:10m); " +
    "generated by tools/map/build-map.mjs",
  license:
    "Natural Earth data is in the public domain; world-atlas packaging is ISC licensed",
  projection: `d3-geo ${d3geoVersion} geoEqualEarth, fitted to ${WIDTH}x${HEIGHT} with a ${MARGIN}-unit margin, Antarctica excluded`,
  width: WIDTH,
  height: HEIGHT,
  countries,
  markers,
};

// One country or marker per line keeps diffs readable.
const lines = ["{"];
for (const key of ["source", "license", "projection", "width", "height"]) {
  lines.push(`  ${JSON.stringify(key)}: ${JSON.stringify(out[key])},`);
}
for (const key of ["countries", "markers"]) {
  const items = out[key].map((o) => "    " + JSON.stringify(o));
  lines.push(`  ${JSON.stringify(key)}: [`);
  lines.push(items.join(",\n"));
  lines.push(key === "markers" ? "  ]" : "  ],");
}
lines.push("}");
const text = lines.filter((l) => l !== "").join("\n") + "\n";
JSON.parse(text); // sanity check
writeFileSync(OUT, text);

console.log(
  `wrote ${OUT}: ${countries.length} countries, ${markers.length} markers, ${Buffer.byteLength(text)} bytes`,
);
if (skipped.length) console.log(`skipped (no ISO code): ${skipped.join(", ")}`);
if (collapsed.length) console.log(`collapsed at this scale: ${collapsed.join(", ")}`);
console.log(`markers: ${markers.map((m) => m.code).join(", ") || "(none)"}`);
