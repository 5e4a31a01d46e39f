// Installs the service worker that keeps saved lessons readable without a connection.
// Every page works without it; browsers without service workers simply skip this.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!("serviceWorker" in navigator) || !script || !script.dataset.serviceWorker) { return; }
  window.addEventListener("load", function () {
    navigator.serviceWorker.register(script.dataset.serviceWorker, { scope: "/" }).catch(function () {});
  });

  // Signing out on a shared phone: the saved courses show the person's name in the page
  // header, so they go with the session. Lessons finished offline and not yet sent stay queued
  // (they are tagged with their owner and sent only under that person's account).
  var COURSE_CACHE_PREFIX = "bdhvs-course-";
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.hasAttribute || !form.hasAttribute("data-sign-out") || !window.caches || form.dataset.cleared) { return; }
    event.preventDefault();
    var done = function () {
      if (form.dataset.cleared) { return; }
      form.dataset.cleared = "1";
      form.submit();
    };
    var timer = window.setTimeout(done, 1500);
    caches.keys().then(function (names) {
      return Promise.all(names.filter(function (name) {
        return name.indexOf(COURSE_CACHE_PREFIX) === 0;
      }).map(function (name) { return caches.delete(name); }));
    }).catch(function () {}).then(function () { window.clearTimeout(timer); done(); });
  });
})();
