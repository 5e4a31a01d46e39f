// Commune picker on the profile page: lists matching communes while the person types.
// Without this file the "Find" button submits the form and the server lists them instead.
(function () {
  "use strict";
  var picker = document.querySelector(".unit-picker[data-search-url]");
  if (!picker) { return; }
  var input = picker.querySelector("input[name='unit_query']");
  var list = picker.querySelector(".unit-list");
  var status = picker.querySelector(".unit-status");
  var button = picker.querySelector(".unit-find");
  if (!input || !list || !status) { return; }
  var timer = null;
  var latest = 0;

  function selectedValue() {
    var checked = list.querySelector("input[name='unit']:checked");
    return checked ? checked.value : "";
  }

  function search() {
    var query = input.value.trim();
    if (query.length < 2) { return; }
    var ticket = ++latest;
    var url = picker.dataset.searchUrl + "?q=" + encodeURIComponent(query) +
      "&selected=" + encodeURIComponent(selectedValue());
    status.textContent = picker.dataset.searchingText || "";
    fetch(url, { credentials: "same-origin", headers: { "X-Requested-With": "fetch" } })
      .then(function (response) {
        if (!response.ok) { throw new Error(String(response.status)); }
        return response.text();
      })
      .then(function (html) {
        if (ticket !== latest) { return; }
        list.innerHTML = html;
        var results = list.querySelector("[data-count]");
        var count = results ? parseInt(results.dataset.count, 10) : 0;
        status.textContent = count > 0
          ? (picker.dataset.foundText || "{count}").replace("{count}", String(count))
          : (picker.dataset.noneText || "");
      })
      .catch(function () {
        if (ticket === latest) { status.textContent = picker.dataset.errorText || ""; }
      });
  }

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(search, 300);
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      event.preventDefault();
      window.clearTimeout(timer);
      search();
    }
  });
  if (button) {
    button.addEventListener("click", function (event) {
      event.preventDefault();
      window.clearTimeout(timer);
      search();
    });
  }
})();
