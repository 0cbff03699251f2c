// hub: small progressive enhancements. Everything works without this script.
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
      var shown = 0;
      items.forEach(function (item) {
        var match = !q || item.getAttribute("data-search").indexOf(q) !== -1;
        item.hidden = !match;
        if (match) shown++;
      });
      list.querySelectorAll("section").forEach(function (section) {
        section.hidden = !section.querySelector(".filter-item:not([hidden])");
      });
      if (status) status.textContent = q ? shown + " of " + items.length + " terms" : "";
      var url = new URL(window.location.href);
      if (q) url.searchParams.set("q", q); else url.searchParams.delete("q");
      window.history.replaceState(null, "", url);
    }
    input.value = new URL(window.location.href).searchParams.get("q") || "";
    input.addEventListener("input", apply);
    if (input.value) apply();
  });

  // Term tooltips: Escape hides the definition shown on focus (WCAG 1.4.13).
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && document.activeElement && document.activeElement.classList.contains("term-link")) {
      document.activeElement.classList.add("tip-dismissed");
    }
  });
  document.addEventListener("focusout", function (e) {
    if (e.target.classList && e.target.classList.contains("term-link")) e.target.classList.remove("tip-dismissed");
  });
})();

// Search: runs pagefind's index in the browser (files of this site; no third party).
(function () {
  "use strict";
  var box = document.querySelector("[data-search-page]");
  if (!box) return;
  var script = document.querySelector("script[data-base]");
  var base = (script && script.getAttribute("data-base")) || "/";
  var input = box.querySelector("input[name=q]");
  var list = box.querySelector("#search-results");
  var status = box.querySelector(".search-status");
  var pagefind = null;
  var seq = 0;

  function load() {
    if (!pagefind) {
      pagefind = import(base + "pagefind/pagefind.js").then(function (pf) {
        return pf.options({ baseUrl: base }).then(function () { return pf; });
      });
    }
    return pagefind;
  }

  function escapeText(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  function run() {
    var q = input.value.trim();
    var mine = ++seq;
    var url = new URL(window.location.href);
    if (q) url.searchParams.set("q", q); else url.searchParams.delete("q");
    window.history.replaceState(null, "", url);
    if (!q) { list.innerHTML = ""; status.textContent = ""; return; }
    status.textContent = "Searching…";
    load().then(function (pf) { return pf.search(q); }).then(function (search) {
      return Promise.all(search.results.slice(0, 20).map(function (r) { return r.data(); }));
    }).then(function (results) {
      if (mine !== seq) return;
      // A glossary term whose label is the query comes first, then other terms that
      // contain it; otherwise pagefind's ranking is kept.
      var needle = q.toLowerCase();
      function rank(r) {
        var title = ((r.meta && r.meta.title) || "").toLowerCase().replace(/\s*\(.*\)$/, "");
        var isTerm = r.meta && r.meta.type === "Glossary term";
        if (isTerm && title === needle) return 0;
        if (isTerm && title.indexOf(needle) !== -1) return 1;
        return 2;
      }
      results = results.map(function (r, i) { return { r: r, i: i, k: rank(r) }; })
        .sort(function (a, b) { return a.k - b.k || a.i - b.i; })
        .map(function (x) { return x.r; });
      list.innerHTML = results.map(function (r) {
        var type = (r.meta && r.meta.type) || "";
        return '<li class="search-result"><a href="' + escapeText(r.url) + '">' + escapeText((r.meta && r.meta.title) || r.url) +
          "</a>" + (type ? ' <span class="kind">' + escapeText(type) + "</span>" : "") +
          '<p class="excerpt">' + r.excerpt + "</p></li>";
      }).join("");
      status.textContent = results.length ? results.length + " result" + (results.length === 1 ? "" : "s") + " for “" + q + "”" : "No results for “" + q + "”";
    }).catch(function () {
      status.textContent = "Search could not load. Browse the glossary or case studies instead.";
    });
  }

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
      var shown = 0;
      items.forEach(function (item) {
        var ok = selects.every(function (s) {
          if (!s.value) return true;
          var v = item.getAttribute("data-" + s.getAttribute("data-attr")) || "";
          return s.hasAttribute("data-multi") ? v.split("|").indexOf(s.value) !== -1 : v === s.value;
        });
        item.hidden = !ok;
        if (ok) shown++;
      });
      target.querySelectorAll(".filter-group").forEach(function (g) {
        g.hidden = !g.querySelector(".filter-item:not([hidden])");
      });
      var active = selects.filter(function (s) { return s.value; });
      if (status) status.textContent = active.length ? shown + " of " + items.length + " shown" : "";
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
      var rows = Array.prototype.slice.call(body.rows);
      var attr = key === "strength" ? "data-rank" : "data-year";
      rows.sort(function (a, b) {
        var d = Number(a.getAttribute(attr)) - Number(b.getAttribute(attr));
        return dir === "ascending" ? d : -d;
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
    if (!source || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      var status = document.querySelector(".copy-status");
      navigator.clipboard.writeText(source.textContent.trim()).then(function () {
        if (status) status.textContent = button.textContent.replace("Copy", "Copied") + ".";
      }, function () {
        if (status) status.textContent = "Copying was not allowed; select the text instead.";
      });
    });
  });
})();
