/* Service worker of the portal: serves saved lessons when there is no connection, and sends
   progress recorded offline when it returns. Rendered by views_offline.service_worker, so the
   addresses below are those of this deployment (hashed static files in production). */
"use strict";

var CONFIG = {{ config_json|safe }};
var SYNC_TAG = "bdhvs-progress";
// On a slow network, a saved copy is shown after this long rather than a blank screen.
var NETWORK_TIMEOUT_MS = 6000;
// Never intercepted: administration, accounts, the API, uploads of documents.
var PASS_THROUGH = ["/admin/", "/django-admin/", "/api/", "/tai-khoan/", "/en/tai-khoan/", "/quan-ly/", "/en/quan-ly/", "/documents/", "/sw.js"];

importScripts(CONFIG.queueScript);

self.addEventListener("install", function (event) {
  event.waitUntil(
    caches.open(CONFIG.shellCache).then(function (cache) {
      // Without credentials: the offline page must not carry anyone's name.
      return Promise.all(CONFIG.precache.map(function (url) {
        return fetch(url, { credentials: "omit", cache: "no-cache" }).then(function (response) {
          if (response.ok) { return cache.put(url, response); }
        }).catch(function () {});
      }));
    }).then(function () { return self.skipWaiting(); })
  );
});

self.addEventListener("activate", function (event) {
  event.waitUntil(
    caches.keys().then(function (names) {
      return Promise.all(names.filter(function (name) {
        return (name.indexOf("bdhvs-shell-") === 0 && name !== CONFIG.shellCache) ||
          (name.indexOf("bdhvs-static-") === 0 && name !== CONFIG.staticCache);
      }).map(function (name) { return caches.delete(name); }));
    }).then(function () { return self.clients.claim(); })
  );
});

function isPassThrough(url) {
  return PASS_THROUGH.some(function (prefix) { return url.pathname.indexOf(prefix) === 0; });
}

function cacheFirst(request, keep) {
  return caches.match(request, { ignoreVary: true }).then(function (cached) {
    if (cached) { return cached; }
    return fetch(request).then(function (response) {
      if (keep && response.ok && response.type === "basic") {
        var copy = response.clone();
        caches.open(CONFIG.staticCache).then(function (cache) { cache.put(request, copy); });
      }
      return response;
    });
  });
}

function courseCacheHolding(request) {
  return caches.keys().then(function (names) {
    var courses = names.filter(function (name) { return name.indexOf(CONFIG.coursePrefix) === 0; });
    return courses.reduce(function (found, name) {
      return found.then(function (hit) {
        if (hit) { return hit; }
        return caches.open(name).then(function (cache) {
          return cache.match(request, { ignoreVary: true }).then(function (match) { return match ? cache : null; });
        });
      });
    }, Promise.resolve(null));
  });
}

function withTimeout(promise, milliseconds) {
  if (!milliseconds) { return promise; }
  return new Promise(function (resolve, reject) {
    var timer = setTimeout(function () { reject(new Error("timeout")); }, milliseconds);
    promise.then(function (value) { clearTimeout(timer); resolve(value); },
      function (error) { clearTimeout(timer); reject(error); });
  });
}

function offlineFallback() {
  return caches.match(CONFIG.offlineUrl, { ignoreVary: true }).then(function (page) {
    return page || new Response("Không có mạng. / You are offline.", {
      status: 503, headers: { "Content-Type": "text/plain; charset=utf-8" }
    });
  });
}

// Pages: the network first (fresh progress), the saved copy when there is no network.
function networkFirst(request) {
  return caches.match(request, { ignoreVary: true }).then(function (cached) {
    var network = fetch(request);
    return withTimeout(network, cached ? NETWORK_TIMEOUT_MS : 0).then(function (response) {
      if (cached && response.ok && !response.redirected) {
        var copy = response.clone();
        // Keep the saved copy up to date ("Done" badges, the next lesson).
        courseCacheHolding(request).then(function (cache) { if (cache) { cache.put(request, copy); } });
      }
      return response;
    }).catch(function () {
      return cached || offlineFallback();
    });
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET") { return; }
  var url = new URL(request.url);
  if (url.origin !== self.location.origin || isPassThrough(url)) { return; }
  if (url.pathname.indexOf("/static/") === 0) {
    event.respondWith(cacheFirst(request, true));
  } else if (url.pathname.indexOf("/media/") === 0) {
    // Pictures of saved lessons; others are not kept (a phone's storage is small).
    event.respondWith(cacheFirst(request, false));
  } else if (request.mode === "navigate") {
    // Only page loads: htmx and fetch calls keep seeing network errors as errors.
    event.respondWith(networkFirst(request));
  }
});

self.addEventListener("sync", function (event) {
  if (event.tag === SYNC_TAG) {
    event.waitUntil(self.BdhvsOffline.sendQueue(CONFIG.syncUrl).then(function (report) {
      return self.clients.matchAll().then(function (clients) {
        clients.forEach(function (client) { client.postMessage({ type: "bdhvs-synced", report: report }); });
      });
    }));
  }
});
