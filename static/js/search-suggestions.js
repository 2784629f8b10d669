/* Suggestions for the search fields (templates/includes/search_form.html): while someone types, the
   titles that /suche/vorschlaege/ finds fill the shared <datalist>. Without this file the fields
   work as plain forms. A file of the portal's own, as the Content-Security-Policy asks
   (script-src 'self', docs/security.md). */
(function () {
  "use strict";
  var list = document.getElementById("site-search-suggestions");
  if (!list || !window.fetch) { return; }
  var timer = null;
  var asked = "";

  function fill(titles) {
    list.textContent = "";
    titles.forEach(function (title) {
      var option = document.createElement("option");
      option.value = title;
      list.appendChild(option);
    });
  }

  function ask(input) {
    var query = input.value.trim();
    if (query.length < 2 || query === asked) { return; }
    asked = query;
    var url = input.getAttribute("data-suggestions") + "?q=" + encodeURIComponent(query);
    fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
      .then(function (data) { if (input.value.trim() === query) { fill(data.suggestions || []); } })
      .catch(function () { /* no suggestions: the form still works */ });
  }

  document.querySelectorAll("input[data-suggestions]").forEach(function (input) {
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { ask(input); }, 200);
    });
  });
})();
