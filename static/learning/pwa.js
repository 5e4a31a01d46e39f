// Installs the service worker that keeps saved lessons readable without a connection.
// Every page works without it; browsers without service workers simply skip this.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!("serviceWorker" in navigator) || !script || !script.dataset.serviceWorker) { return; }
  window.addEventListener("load", function () {
    navigator.serviceWorker.register(script.dataset.serviceWorker, { scope: "/" }).catch(function () {});
  });
})();
