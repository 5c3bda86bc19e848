// Client-side search: loads the site's small index once, matches every word typed, and lists the
// results as links. The result count is announced through the status region for screen readers.
(function () {
  "use strict";
  var form = document.querySelector(".search-form");
  if (!form) { return; }
  var input = document.getElementById("search-query");
  var status = document.getElementById("search-status");
  var results = document.getElementById("search-results");
  var index = null;

  function load() {
    if (index) { return Promise.resolve(index); }
    return fetch(form.getAttribute("data-index")).then(function (r) { return r.json(); }).then(function (docs) {
      index = docs.map(function (d) {
        d.hay = [d.t, d.s, d.h, d.g, d.w].join(" ").toLowerCase();
        return d;
      });
      return index;
    });
  }

  function search(query) {
    var words = query.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length > 0; });
    results.innerHTML = "";
    if (!words.length) { status.textContent = ""; return; }
    load().then(function (docs) {
      var found = docs.filter(function (d) {
        return words.every(function (w) { return d.hay.indexOf(w) >= 0; });
      });
      found.sort(function (a, b) {
        var ta = words.every(function (w) { return a.t.toLowerCase().indexOf(w) >= 0; }) ? 0 : 1;
        var tb = words.every(function (w) { return b.t.toLowerCase().indexOf(w) >= 0; }) ? 0 : 1;
        return ta - tb;
      });
      found.forEach(function (d) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = d.u;
        a.textContent = d.t;
        li.appendChild(a);
        var kind = document.createElement("span");
        kind.className = "search-kind";
        kind.textContent = " (" + d.y + ")";
        li.appendChild(kind);
        if (d.s) {
          var p = document.createElement("p");
          p.textContent = d.s;
          li.appendChild(p);
        }
        results.appendChild(li);
      });
      status.textContent = found.length === 0 ? "No pages found for \u201c" + query + "\u201d."
        : found.length + (found.length === 1 ? " page found" : " pages found") + " for \u201c" + query + "\u201d.";
    }, function () {
      status.textContent = "Search could not load. Please try again.";
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var query = input.value.trim();
    history.replaceState(null, "", "?q=" + encodeURIComponent(query));
    search(query);
  });
  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) {
    input.value = initial;
    search(initial);
  }
})();
