// hub: small progressive enhancements. Everything works without this script.

// The texts this script shows, in the page's language: each is read from a data-msg-<name>
// attribute that the template writes (from the theme's catalogue, i18n/*.ftl) on an element
// the script uses anyway (a status line, a list, a button). The English text given here is
// used where the attribute is missing (a site's own template written before them).
// "{name}" in a message is replaced by values[name], in one pass, so a replacement (what was
// searched) is never read as a token itself.
window.hubMessage = function (el, name, fallback, values) {
  var text = (el && el.getAttribute("data-msg-" + name)) || fallback;
  return text.replace(/\{(\w+)\}/g, function (token, key) {
    return values && Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : token;
  });
};

// A list split into pages (data-list-pages on its container): the items of its other pages,
// fetched once, when a filter is first used, so that filters cover every record. They are
// put in page order and marked data-other-page (shown only while a filter is active).
window.hubLoadWholeList = function (list) {
  if (list.hubWhole) return list.hubWhole;
  var count = Number(list.getAttribute("data-list-pages") || 1);
  if (!(count >= 2)) return (list.hubWhole = Promise.resolve(false));
  var base = list.getAttribute("data-list-base"), current = Number(list.getAttribute("data-list-page") || 1);
  var numbers = [];
  for (var n = 1; n <= count; n++) if (n !== current) numbers.push(n);
  var status = document.querySelector("[data-list-status]");
  if (status) status.textContent = window.hubMessage(status, "loading", "Loading every page of the list…");
  list.hubWhole = Promise.all(numbers.map(function (n) {
    return fetch(n === 1 ? base : base + "page/" + n + "/").then(function (r) {
      if (!r.ok) throw new Error("page " + n + ": " + r.status);
      return r.text();
    });
  })).then(function (pages) {
    var parser = new DOMParser(), first = list.firstElementChild;
    pages.forEach(function (html, i) {
      var other = parser.parseFromString(html, "text/html").getElementById(list.id);
      if (!other) return;
      Array.prototype.slice.call(other.children).forEach(function (child) {
        child.setAttribute("data-other-page", "");
        if (numbers[i] < current) list.insertBefore(child, first); else list.appendChild(child);
      });
    });
    if (status) status.textContent = "";
    return true;
  }).catch(function () {
    // Try again at the next choice; until then the filter covers this page only, and says so.
    list.hubWhole = null;
    if (status) status.textContent = window.hubMessage(status, "load-failed", "Could not load every page of the list: showing this page only.");
    return false;
  });
  return list.hubWhole;
};

// While a filter is active on a paginated list, its page links would mislead: they hide.
window.hubShowWholeList = function (list, whole) {
  Array.prototype.slice.call(list.querySelectorAll("[data-other-page]")).forEach(function (el) {
    if (!whole) el.hidden = true;
  });
  document.querySelectorAll(".pagination").forEach(function (nav) { nav.hidden = whole; });
};

(function () {
  "use strict";

  // Glossary: filter the A–Z list as you type; the filter is kept in the URL (?q=).
  document.querySelectorAll("[data-filter-target]").forEach(function (box) {
    var list = document.querySelector(box.getAttribute("data-filter-target"));
    var input = box.querySelector("input");
    var status = box.querySelector(".filter-status");
    if (!list || !input) return;
    box.hidden = false;
    var items = Array.prototype.slice.call(list.querySelectorAll(".filter-item"));
    function apply() {
      var q = input.value.trim().toLowerCase();
      if (q && list.hasAttribute("data-list-pages") && !list.hubWhole) {
        window.hubLoadWholeList(list).then(function (loaded) {
          if (!loaded) return;
          items = Array.prototype.slice.call(list.querySelectorAll(".filter-item"));
          apply();
        });
      }
      var shown = 0;
      items.forEach(function (item) {
        var match = !q || item.getAttribute("data-search").indexOf(q) !== -1;
        item.hidden = !match;
        if (match) shown++;
      });
      if (!q) items.forEach(function (item) { if (item.closest("[data-other-page]")) item.hidden = true; });
      list.querySelectorAll("section").forEach(function (section) {
        section.hidden = !section.querySelector(".filter-item:not([hidden])");
      });
      window.hubShowWholeList(list, !!q);
      if (status) status.textContent = q ? window.hubMessage(status, "shown", "{shown} of {total} shown", { shown: shown, total: items.length }) : "";
      var url = new URL(window.location.href);
      if (q) url.searchParams.set("q", q); else url.searchParams.delete("q");
      window.history.replaceState(null, "", url);
    }
    input.value = new URL(window.location.href).searchParams.get("q") || "";
    input.addEventListener("input", apply);
    if (input.value) apply();
  });

  // Term tooltips: each term link's definition is on the page once, in the hidden element
  // its aria-describedby names (what screen readers read); the tooltip shows that text.
  document.querySelectorAll("a.term-link[aria-describedby]").forEach(function (a) {
    var tip = document.getElementById(a.getAttribute("aria-describedby"));
    if (tip) a.setAttribute("data-tip", tip.textContent);
  });
  // Escape hides the definition shown on focus (WCAG 1.4.13).
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && document.activeElement && document.activeElement.classList.contains("term-link")) {
      document.activeElement.classList.add("tip-dismissed");
    }
  });
  document.addEventListener("focusout", function (e) {
    if (e.target.classList && e.target.classList.contains("term-link")) e.target.classList.remove("tip-dismissed");
  });
})();

// Search: hub's static index (search-index/, files of this site; no third party). A query
// fetches one small file per word and the page files of the results shown; see
// src/search/mod.rs for the layout. Words are split exactly as the index split them.
(function () {
  "use strict";
  var box = document.querySelector("[data-search-page]");
  if (!box) return;
  var script = document.querySelector("script[data-base]");
  var base = (script && script.getAttribute("data-base")) || "/";
  // The index of the page's language (each language has its own, under /<lang>/).
  var root = (script && script.getAttribute("data-index")) || base + "search-index/";
  var input = box.querySelector("input[name=q]");
  var list = box.querySelector("#search-results");
  var status = box.querySelector(".search-status");
  var cache = {};
  var seq = 0;
  var SHOWN = 10;

  function fetchJson(path) {
    if (!cache[path]) {
      cache[path] = fetch(root + path).then(function (r) {
        if (r.status === 404) return null;
        if (!r.ok) throw new Error(path + ": " + r.status);
        return r.json();
      });
    }
    return cache[path];
  }

  // Same rules as src/search/tokens.rs: letters and digits (Unicode Alphabetic or Numeric;
  // a combining mark continues its word), lower-cased, accents folded ("â" → "a"); "&"
  // between two runs joins them (A&E); words of one character are left out.
  var ACCENT = /[\u0300-\u036f]/;
  function fold(c, word) {
    if (c.length === 1 && c.charCodeAt(0) < 128) return c.toLowerCase();
    if (ACCENT.test(c) && /[a-z0-9]$/.test(word)) return "";
    var d = c.normalize("NFKD");
    return /^[A-Za-z0-9]/.test(d) ? d.replace(/[\u0300-\u036f]/g, "").toLowerCase() : c.toLowerCase();
  }
  // Han and kana, written without spaces, become overlapping pairs (社会的処方 → 社会, 会的, …).
  var UNSPACED = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]/;
  function searchWords(text) {
    var out = [], word = "", amp = false, previous = "";
    function finish() { if (Array.from(word).length > 1) out.push(word); word = ""; amp = false; }
    Array.from(text).forEach(function (c) {
      if (UNSPACED.test(c)) {
        finish();
        if (previous) out.push(previous + c);
        previous = c;
        return;
      }
      previous = "";
      if (/[\p{Alphabetic}\p{N}]/u.test(c) || (word && /\p{M}/u.test(c))) {
        if (amp) { word += "&"; amp = false; }
        word += fold(c, word);
      } else if (c === "&" && word && !amp) {
        amp = true;
      } else {
        finish();
      }
    });
    finish();
    return out;
  }

  // The tokenizer, for the browser test that holds it to src/search/tokens.rs.
  window.hubSearchWords = searchWords;

  // A key of an index object: only its own (a query "constructor" must not reach
  // Object.prototype).
  function own(object, key) {
    return object && Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
  }

  function hexOf(chars) {
    var bytes = new TextEncoder().encode(chars.join(""));
    return Array.from(bytes).map(function (b) { return (b < 16 ? "0" : "") + b.toString(16); }).join("");
  }

  // The word file for `word`: named by its first two characters, or three where the index
  // split a large two-character file (meta.split), as tokens::shard_of does.
  function shardOf(meta, word) {
    var chars = Array.from(word);
    var two = hexOf(chars.slice(0, 2));
    var split = (meta.split || []).indexOf(two) !== -1;
    return split && chars.length > 2 ? hexOf(chars.slice(0, 3)) : two;
  }

  // Edit distance with transpositions (optimal string alignment), stopping early past `max`.
  function distance(a, b, max) {
    a = Array.from(a); b = Array.from(b);
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var rows = [];
    for (var i = 0; i <= a.length; i++) {
      rows[i] = [i];
      var best = i;
      for (var j = 1; j <= b.length; j++) {
        if (i === 0) { rows[0][j] = j; continue; }
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var v = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rows[i - 2][j - 2] + 1);
        rows[i][j] = v;
        if (v < best) best = v;
      }
      if (i > 0 && best > max) return max + 1;
    }
    return rows[a.length][b.length];
  }

  // Index words a query word stands for, each with how much a match counts: the word
  // itself, words with the same stem, (for the word being typed) longer words, and, when
  // none of these exists, words one typo away (two for words of 9 letters or more; only
  // for words of 5 or more), found in the word file the query already fetched. Exact
  // matches always count most.
  function expand(shard, word, typing) {
    var found = {};
    var exact = own(shard, word);
    if (shard) {
      Object.keys(shard).forEach(function (w) {
        if (w === " ") return; // the names filed in this word file, not a word
        if (w === word) found[w] = 1;
        else if (exact && shard[w][0] === exact[0]) found[w] = 0.8;
        else if ((typing || !exact) && w.lastIndexOf(word, 0) === 0) found[w] = 0.5;
      });
      var length = Array.from(word).length;
      if (!Object.keys(found).length && length >= 5) {
        var max = length >= 9 ? 2 : 1;
        Object.keys(shard).forEach(function (w) {
          if (w === " ") return;
          var d = distance(word, w, max);
          if (d <= max) found[w] = d === 1 ? 0.4 : 0.3;
        });
      }
    }
    return found;
  }

  // Score of every page for one query word (the best of the words it stands for): BM25
  // over the plain occurrences, plus a bonus for emphasised ones (title, aliases), and
  // whether it is emphasised there. A posting's value is tf + 256 × emphasised weight
  // (src/search/mod.rs). A word on very many pages lists only the pages where it weighs
  // most, then how many pages hold it (its third item): `pruned` records that.
  function scoreWord(meta, shard, matches, pruned) {
    var k1 = 1.2, scores = {};
    Object.keys(matches).forEach(function (w) {
      var postings = shard[w][1];
      var df = shard[w].length > 2 ? shard[w][2] : postings.length / 2;
      // (A prefix completed while typing does not count: the status would flicker.)
      if (shard[w].length > 2 && matches[w] !== 0.5) pruned.any = true;
      var idf = Math.log(1 + (meta.pages - df + 0.5) / (df + 0.5));
      var page = 0;
      for (var i = 0; i < postings.length; i += 2) {
        page += postings[i];
        // The index gives BM25's term-frequency part, already normalised by the page's
        // length, scaled to 0–255 (src/search/mod.rs, posting_score).
        var tf = (postings[i + 1] % 256) / 255 * (k1 + 1), emphasised = Math.floor(postings[i + 1] / 256);
        var s = matches[w] * idf * (tf + Math.min(emphasised, 20) / 4);
        var best = scores[page] || (scores[page] = { s: 0, emphasised: false });
        if (s > best.s) best.s = s;
        if (emphasised > 0) best.emphasised = true;
      }
    });
    return scores;
  }

  // The stem a query word stands for: its own (from the index), or that of the word it
  // was expanded to (the typo corrected), or the word itself.
  // A word only completed as a prefix (the one being typed) stands for no stem: null, and
  // the query then names no page.
  function stemOf(shard, word, matches) {
    if (!shard) return word;
    if (own(shard, word)) return shard[word][0];
    var best = null, weight = 0;
    Object.keys(matches).forEach(function (w) { if (matches[w] > weight) { weight = matches[w]; best = w; } });
    if (weight === 0.5) return null;
    return best ? shard[best][0] : word;
  }

  function search(q) {
    var words = searchWords(q).filter(function (w, i, all) { return all.indexOf(w) === i; });
    if (!words.length) return Promise.resolve({ ranked: [], words: [] });
    return fetchJson("meta.json").then(function (meta) {
      // Format 2 has no page counts (third items); this script reads both, so that a
      // cached script and a new index (or the reverse) still work together.
      if (!meta || (meta.format !== 2 && meta.format !== 3)) throw new Error("unknown search index format");
      return Promise.all(words.map(function (w) { return fetchJson("words/" + shardOf(meta, w) + ".json"); }))
        .then(function (shards) {
          // A word file holds the words of its first two letters, so a typo that swaps the
          // second letter with a neighbour ("wroker", "lnik") is looked for in the files of
          // the word with letters 2–3, then 1–2, swapped: at most two more small files.
          return Promise.all(words.map(function (w, i) {
            var chars = Array.from(w);
            if (chars.length < 5 || Object.keys(expand(shards[i], w, i === words.length - 1)).length) return shards[i];
            var swap = function (a) {
              var c = chars.slice(); var t = c[a]; c[a] = c[a + 1]; c[a + 1] = t;
              return fetchJson("words/" + shardOf(meta, c.join("")) + ".json");
            };
            return Promise.all([swap(1), swap(0)]).then(function (alts) {
              var alt = alts.filter(function (a) { return a && Object.keys(expand(a, w, false)).length; })[0];
              return alt || shards[i];
            });
          }));
        })
        .then(function (shards) {
          var matched = {};
          var stems = [];
          var pruned = { any: false };
          var perWord = words.map(function (w, i) {
            var m = expand(shards[i], w, i === words.length - 1);
            Object.keys(m).forEach(function (x) { matched[x] = true; });
            stems.push(stemOf(shards[i], w, m));
            return scoreWord(meta, shards[i], m, pruned);
          });
          // Pages that have every word; if none has, pages with most of them. A page whose
          // title or aliases hold every word (a glossary term named by the query) comes first.
          var totals = {};
          perWord.forEach(function (scores) {
            Object.keys(scores).forEach(function (p) {
              var t = totals[p] || (totals[p] = { page: +p, hits: 0, score: 0, emphasised: 0 });
              t.hits++;
              t.score += scores[p].s;
              if (scores[p].emphasised) t.emphasised++;
            });
          });
          Object.keys(totals).forEach(function (p) {
            if (totals[p].emphasised === words.length) totals[p].score += 100;
          });
          // A page named by the query (its title, or a term's abbreviation, alias, regional
          // label or translation, compared by stems after typo correction) comes first:
          // titles before other names, then the name spelt closest to the query.
          // A name is filed with its rarest word, in one of the files this query fetched.
          var named = null, seen = [];
          if (stems.indexOf(null) === -1) {
            shards.forEach(function (shard) {
              if (seen.indexOf(shard) !== -1) return;
              seen.push(shard);
              var found = own(own(shard, " "), stems.join(" "));
              if (found) named = (named || []).concat(found);
            });
          }
          if (named) {
            var typed = words.join(" ");
            named.forEach(function (n) {
              var t = totals[n[0]] || (totals[n[0]] = { page: n[0], hits: words.length, score: 0, emphasised: 0 });
              t.hits = words.length;
              t.score += 1000 + 200 * n[2] - 10 * distance(typed, n[1], 10);
            });
          }
          // Pages that have every word only, unless a word's list was cut to the pages where
          // it weighs most: a page missing from it may still hold the word, so pages with
          // fewer of the words follow, still after those known to have them all.
          var ranked = Object.keys(totals).map(function (p) { return totals[p]; });
          var all = ranked.filter(function (t) { return t.hits === words.length; });
          if (all.length && !pruned.any) ranked = all;
          ranked.sort(function (x, y) { return y.hits - x.hits || y.score - x.score || x.page - y.page; });
          return { meta: meta, ranked: ranked, words: Object.keys(matched), pruned: pruned.any };
        });
    });
  }

  // The page entries (title, URL, kind, opening text) of some ranked results.
  function entries(found, from, to) {
    return Promise.all(found.ranked.slice(from, to).map(function (t) {
      return fetchJson("pages/" + Math.floor(t.page / found.meta.per_file) + ".json").then(function (pages) {
        return pages && pages[t.page % found.meta.per_file];
      });
    })).then(function (list) { return list.filter(Boolean); });
  }

  function escapeText(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  // About 30 words of the page's opening text around the first match, matches marked.
  function excerpt(text, matched) {
    var parts = text.split(/(\s+)/);
    var isMatch = function (part) {
      return searchWords(part).some(function (w) { return matched.indexOf(w) !== -1; });
    };
    var first = 0;
    for (var i = 0; i < parts.length; i += 2) if (isMatch(parts[i])) { first = i; break; }
    var from = Math.max(0, first - 20), to = Math.min(parts.length, from + 60);
    var html = parts.slice(from, to).map(function (part, j) {
      return (j % 2 === 0 && isMatch(part)) ? "<mark>" + escapeText(part) + "</mark>" : escapeText(part);
    }).join("");
    return (from > 0 ? "… " : "") + html + (to < parts.length ? " …" : "");
  }

  function item(r, words) {
    return '<li class="search-result"><a href="' + escapeText(base + r.u) + '">' + escapeText(r.t || r.u) +
      "</a>" + (r.k ? ' <span class="kind">' + escapeText(r.k) + "</span>" : "") +
      '<p class="excerpt">' + excerpt(r.x || "", words) + "</p></li>";
  }

  var current = null;

  // The status line: its messages (data-msg-short, -none, -one, -all, -some, -best) say how many
  // results there are without plural forms, which the script does not know.
  function showStatus(q) {
    var shown = list.children.length, total = current ? current.ranked.length : 0;
    var values = { query: q, shown: shown, total: total };
    if (!searchWords(q).length) status.textContent = window.hubMessage(status, "short", "Type a word of at least two letters.");
    else if (!total) status.textContent = window.hubMessage(status, "none", "No results for “{query}”", values);
    else if (current.pruned) status.textContent = window.hubMessage(status, "best", "{shown} of the {total} most relevant results for “{query}”", values);
    else if (total > shown) status.textContent = window.hubMessage(status, "some", "{shown} of {total} results for “{query}”", values);
    else if (total === 1) status.textContent = window.hubMessage(status, "one", "1 result for “{query}”", values);
    else status.textContent = window.hubMessage(status, "all", "{total} results for “{query}”", values);
    more.hidden = !(total > shown);
  }

  function run() {
    var q = input.value.trim();
    var mine = ++seq;
    var url = new URL(window.location.href);
    if (q) url.searchParams.set("q", q); else url.searchParams.delete("q");
    window.history.replaceState(null, "", url);
    // The same query in the default language's search (pages not translated are there).
    var elsewhere = document.querySelector("[data-search-elsewhere]");
    if (elsewhere) {
      var target = new URL(elsewhere.href, window.location.href);
      if (q) target.searchParams.set("q", q); else target.searchParams.delete("q");
      elsewhere.href = target.pathname + target.search;
    }
    current = null;
    more.hidden = true;
    if (!q) { list.innerHTML = ""; status.textContent = ""; return; }
    status.textContent = window.hubMessage(status, "searching", "Searching…");
    search(q).then(function (found) {
      return entries(found, 0, SHOWN).then(function (results) {
        if (mine !== seq) return;
        current = found;
        list.innerHTML = results.map(function (r) { return item(r, found.words); }).join("");
        showStatus(q);
      });
    }).catch(function () {
      if (mine !== seq) return;
      status.textContent = window.hubMessage(status, "failed", "Search could not load. Browse the glossary or case studies instead.");
    });
  }

  // "Show more results" adds the next results and moves the focus to the first of them.
  var more = document.createElement("button");
  more.type = "button";
  more.className = "search-more";
  more.textContent = window.hubMessage(list, "more", "Show more results");
  more.hidden = true;
  list.insertAdjacentElement("afterend", more);
  more.addEventListener("click", function () {
    var found = current, mine = seq, q = input.value.trim();
    if (!found) return;
    var from = list.children.length;
    entries(found, from, from + SHOWN).then(function (results) {
      if (mine !== seq || found !== current) return;
      list.insertAdjacentHTML("beforeend", results.map(function (r) { return item(r, found.words); }).join(""));
      var next = list.children[from] && list.children[from].querySelector("a");
      if (next) next.focus();
      showStatus(q);
    });
  });

  var timer = null;
  input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 120); });
  box.querySelector("form").addEventListener("submit", function (e) { e.preventDefault(); run(); });
  // Arrow keys move between the search box and the results.
  box.addEventListener("keydown", function (e) {
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
    var links = Array.prototype.slice.call(list.querySelectorAll("a"));
    if (!links.length) return;
    var i = links.indexOf(document.activeElement);
    if (e.key === "ArrowDown") (i < links.length - 1 ? links[i + 1] : links[0]).focus();
    else if (i <= 0) input.focus(); else links[i - 1].focus();
    e.preventDefault();
  });
  var initial = new URL(window.location.href).searchParams.get("q");
  if (initial) { input.value = initial; run(); }
})();

// Filters on index pages (champions, evidence): the lists are complete without JavaScript;
// with it, choices filter instantly and are kept in the URL so a filtered view can be shared.
(function () {
  "use strict";
  document.querySelectorAll("form[data-filters]").forEach(function (form) {
    var target = document.querySelector(form.getAttribute("data-filters"));
    if (!target) return;
    form.hidden = false;
    var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-attr]"));
    var items = Array.prototype.slice.call(target.querySelectorAll(".filter-item"));
    var status = form.querySelector(".filter-status");
    var url = new URL(window.location.href);
    selects.forEach(function (s) { s.value = url.searchParams.get(s.name) || ""; });
    function apply() {
      var filtering = selects.some(function (s) { return s.value; });
      if (filtering && target.hasAttribute("data-list-pages") && !target.hubWhole) {
        window.hubLoadWholeList(target).then(function (loaded) {
          if (!loaded) return;
          items = Array.prototype.slice.call(target.querySelectorAll(".filter-item"));
          apply();
        });
      }
      var shown = 0;
      items.forEach(function (item) {
        var ok = selects.every(function (s) {
          if (!s.value) return true;
          var v = item.getAttribute("data-" + s.getAttribute("data-attr")) || "";
          return s.hasAttribute("data-multi") ? v.split("|").indexOf(s.value) !== -1 : v === s.value;
        });
        if (!filtering && (item.hasAttribute("data-other-page") || item.closest("[data-other-page]"))) ok = false;
        item.hidden = !ok;
        if (ok) shown++;
      });
      target.querySelectorAll(".filter-group").forEach(function (g) {
        g.hidden = !g.querySelector(".filter-item:not([hidden])");
      });
      window.hubShowWholeList(target, filtering || !!target.hubSortedWhole);
      var active = selects.filter(function (s) { return s.value; });
      if (status) status.textContent = active.length ? window.hubMessage(status, "shown", "{shown} of {total} shown", { shown: shown, total: items.length }) : "";
      var u = new URL(window.location.href);
      selects.forEach(function (s) { if (s.value) u.searchParams.set(s.name, s.value); else u.searchParams.delete(s.name); });
      window.history.replaceState(null, "", u);
    }
    selects.forEach(function (s) { s.addEventListener("change", apply); });
    form.addEventListener("reset", function () { setTimeout(apply, 0); });
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    apply();
  });

  // Sortable tables: header buttons sort by year or strength; the order is kept in the URL.
  document.querySelectorAll("table[data-sortable]").forEach(function (table) {
    var body = table.tBodies[0];
    var headers = Array.prototype.slice.call(table.querySelectorAll("th[data-sort]"));
    function sortBy(key, dir) {
      // A table split into pages is sorted whole: its other pages are fetched first, then
      // every row is shown, in order, while the sort is on.
      if (body.hasAttribute("data-list-pages") && !body.hubSortedWhole) {
        window.hubLoadWholeList(body).then(function (loaded) {
          if (!loaded) return;
          body.hubSortedWhole = true;
          Array.prototype.slice.call(body.querySelectorAll("[data-other-page]")).forEach(function (r) {
            r.removeAttribute("data-other-page");
            r.hidden = false;
          });
          window.hubShowWholeList(body, true);
          sortBy(key, dir);
        });
        return;
      }
      var rows = Array.prototype.slice.call(body.rows);
      var attr = key === "strength" ? "data-rank" : "data-year";
      // Rows without a value (an undated report) stay last in either direction.
      function value(r) { var v = r.getAttribute(attr); return v ? Number(v) : null; }
      rows.sort(function (a, b) {
        var x = value(a), y = value(b);
        if (x === null || y === null) return (x === null) - (y === null);
        return dir === "ascending" ? x - y : y - x;
      });
      rows.forEach(function (r) { body.appendChild(r); });
      headers.forEach(function (h) {
        if (h.getAttribute("data-sort") === key) h.setAttribute("aria-sort", dir); else h.removeAttribute("aria-sort");
      });
      var u = new URL(window.location.href);
      u.searchParams.set("sort", key + "-" + (dir === "ascending" ? "asc" : "desc"));
      window.history.replaceState(null, "", u);
    }
    headers.forEach(function (h) {
      var label = h.textContent;
      h.textContent = "";
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort-button";
      button.textContent = label;
      button.addEventListener("click", function () {
        var key = h.getAttribute("data-sort");
        var current = h.getAttribute("aria-sort");
        // Strength sorts strongest first; year newest first; a second click reverses.
        var first = key === "strength" ? "ascending" : "descending";
        sortBy(key, current === first ? (first === "ascending" ? "descending" : "ascending") : first);
      });
      h.appendChild(button);
    });
    var initial = new URL(window.location.href).searchParams.get("sort");
    if (initial) {
      var parts = initial.split("-");
      if (parts[0] === "year" || parts[0] === "strength") sortBy(parts[0], parts[1] === "asc" ? "ascending" : "descending");
    }
  });
})();

// "Copy link" and "Copy citation" buttons on term pages (hidden without JavaScript, where
// the address and citation stay selectable text).
(function () {
  "use strict";
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    var source = document.querySelector(button.getAttribute("data-copy"));
    if (!source || !navigator.clipboard) {
      button.hidden = true; // no clipboard here (a page served over plain http): no button
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      var status = document.querySelector(".copy-status");
      navigator.clipboard.writeText(source.textContent.trim()).then(function () {
        if (status) status.textContent = window.hubMessage(button, "copied", button.textContent.replace("Copy", "Copied") + ".");
      }, function () {
        if (status) status.textContent = window.hubMessage(status, "failed", "Copying was not allowed; select the text instead.");
      });
    });
  });
})();
