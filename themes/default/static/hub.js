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
