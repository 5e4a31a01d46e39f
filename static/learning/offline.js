// Learning without a connection: keep a course on the phone, record "I have finished this
// lesson" while offline and send it when the connection returns, list the saved courses.
// The service worker loads this file too (importScripts) for the queue alone.
(function (global) {
  "use strict";

  var DB_NAME = "bdhvs-offline";
  var EVENTS = "events";
  var META = "meta";
  var SYNC_TAG = "bdhvs-progress";
  var COURSE_PREFIX = "bdhvs-course-";

  // --- The queue (IndexedDB), shared with the service worker -----------------------------

  function openDb() {
    return new Promise(function (resolve, reject) {
      var request = global.indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = function () {
        var db = request.result;
        if (!db.objectStoreNames.contains(EVENTS)) { db.createObjectStore(EVENTS, { keyPath: "id" }); }
        if (!db.objectStoreNames.contains(META)) { db.createObjectStore(META); }
      };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }

  function withStore(name, mode, work) {
    return openDb().then(function (db) {
      return new Promise(function (resolve, reject) {
        var transaction = db.transaction(name, mode);
        var result = work(transaction.objectStore(name));
        transaction.oncomplete = function () {
          db.close();
          resolve(result && "result" in result ? result.result : result);
        };
        transaction.onerror = function () { db.close(); reject(transaction.error); };
        transaction.onabort = function () { db.close(); reject(transaction.error); };
      });
    });
  }

  function queueEvent(event) { return withStore(EVENTS, "readwrite", function (store) { store.put(event); }); }
  function allEvents() { return withStore(EVENTS, "readonly", function (store) { return store.getAll(); }); }
  function setMeta(key, value) { return withStore(META, "readwrite", function (store) { store.put(value, key); }); }
  function getMeta(key) { return withStore(META, "readonly", function (store) { return store.get(key); }); }
  function deleteEvents(ids) {
    return withStore(EVENTS, "readwrite", function (store) { ids.forEach(function (id) { store.delete(id); }); });
  }

  var sending = null;

  // Post the signed-in person's queued events; forget those the server accepted (applied now
  // or before: each event has its own id, so sending twice never counts twice).
  function sendQueue(syncUrl) {
    if (sending) {
      // A send is under way; it may have read the queue before the latest event was added, so
      // send again once it is done (an event sent twice is recognised by its id).
      var again = function () { return sendQueue(syncUrl); };
      return sending.then(again, again);
    }
    sending = getMeta("session").then(function (session) {
      if (!session || !session.person) { return null; }
      return allEvents().then(function (events) {
        var mine = events.filter(function (event) { return String(event.person) === String(session.person); });
        if (!mine.length) { return { applied: 0, duplicates: 0, accepted: [], rejected: [] }; }
        return fetch(syncUrl || session.syncUrl, {
          method: "POST",
          credentials: "same-origin",
          headers: { "Content-Type": "application/json", "Accept": "application/json", "X-CSRFToken": session.csrf },
          body: JSON.stringify({ events: mine.map(function (event) {
            return { id: event.id, type: event.type, lesson_id: event.lesson_id, course_id: event.course_id, occurred_at: event.occurred_at };
          }) })
        }).then(function (response) {
          if (!response.ok) { throw new Error("sync failed: " + response.status); }
          return response.json();
        }).then(function (report) {
          return deleteEvents(report.accepted || []).then(function () { return report; });
        });
      });
    });
    var done = function () { sending = null; };
    sending.then(done, done);
    return sending;
  }

  global.BdhvsOffline = { queueEvent: queueEvent, allEvents: allEvents, sendQueue: sendQueue, setMeta: setMeta };

  if (typeof document === "undefined" || !global.indexedDB) { return; }

  // --- Page behaviour ---------------------------------------------------------------------

  var root = document.querySelector("[data-offline]");
  if (!root) { return; }
  var texts = root.dataset;
  var person = texts.person || "";
  var syncUrl = texts.syncUrl;

  function cookie(name) {
    var match = document.cookie.match(new RegExp("(?:^|; )" + name + "=([^;]*)"));
    return match ? decodeURIComponent(match[1]) : "";
  }

  function csrfToken() {
    var field = document.querySelector("input[name=csrfmiddlewaretoken]");
    return cookie("csrftoken") || (field ? field.value : "");
  }

  function newId() {
    if (global.crypto && global.crypto.randomUUID) { return global.crypto.randomUUID(); }
    var bytes = new Uint8Array(16);
    global.crypto.getRandomValues(bytes);
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join("");
    return hex.slice(0, 8) + "-" + hex.slice(8, 12) + "-" + hex.slice(12, 16) + "-" + hex.slice(16, 20) + "-" + hex.slice(20);
  }

  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, key) { return key in values ? values[key] : all; });
  }

  var sessionReady = person ?
    setMeta("session", { person: person, csrf: csrfToken(), syncUrl: syncUrl }).catch(function () {}) :
    Promise.resolve();

  // Completion while offline.
  var lesson = document.querySelector("[data-lesson]");
  var form = document.querySelector("[data-complete-form]");
  var status = document.querySelector("[data-complete-status]");

  function showQueued() {
    if (status) { status.textContent = texts.textQueued; }
    if (form) {
      var button = form.querySelector("button");
      if (button) { button.disabled = true; }
      form.dataset.queued = "1";
    }
  }

  function queuedForThisLesson() {
    if (!lesson) { return Promise.resolve(false); }
    return allEvents().then(function (events) {
      return events.some(function (event) {
        return String(event.lesson_id) === lesson.dataset.lesson && String(event.person) === person;
      });
    });
  }

  if (form && lesson && person) {
    form.addEventListener("submit", function (submitEvent) {
      if (navigator.onLine !== false) { return; }
      submitEvent.preventDefault();
      var event = {
        id: newId(),
        type: "lesson_completed",
        lesson_id: Number(lesson.dataset.lesson),
        course_id: Number(texts.courseId),
        occurred_at: new Date().toISOString(),
        person: person
      };
      queueEvent(event).then(function () {
        showQueued();
        if (global.navigator.serviceWorker && global.ServiceWorkerRegistration &&
            "sync" in global.ServiceWorkerRegistration.prototype) {
          navigator.serviceWorker.ready.then(function (registration) {
            return registration.sync.register(SYNC_TAG);
          }).catch(function () {});
        }
      }, function () {
        if (status) { status.textContent = texts.textQueueFailed; }
      });
    });
    queuedForThisLesson().then(function (queued) { if (queued) { showQueued(); } }).catch(function () {});
  }

  function afterSync(report) {
    if (!report || !status || !form || form.dataset.queued !== "1") { return; }
    queuedForThisLesson().then(function (queued) {
      if (!queued) {
        status.textContent = texts.textSynced;
        form.dataset.queued = "sent";
        root.dataset.synced = "1";
      }
    });
  }

  function sync() {
    if (!person || navigator.onLine === false) { return; }
    sessionReady.then(function () { return sendQueue(syncUrl); }).then(afterSync).catch(function () {});
  }

  global.addEventListener("online", sync);
  if (navigator.serviceWorker) {
    navigator.serviceWorker.addEventListener("message", function (message) {
      if (message.data && message.data.type === "bdhvs-synced") { afterSync(message.data.report); }
    });
  }
  sync();

  // Keeping a course on the phone.
  var saveBox = document.querySelector("[data-offline-save]");
  var saveButton = document.querySelector("[data-save-offline]");
  var saveStatus = document.querySelector("[data-offline-status]");

  function say(text) { if (saveStatus) { saveStatus.textContent = text; } }

  function assetsIn(html, base) {
    var found = [];
    var page = new DOMParser().parseFromString(html, "text/html");
    page.querySelectorAll("img[src], script[src], link[rel=stylesheet][href], link[rel=icon][href]").forEach(function (node) {
      found.push(node.getAttribute("src") || node.getAttribute("href"));
    });
    page.querySelectorAll("img[srcset], source[srcset]").forEach(function (node) {
      if (node.parentElement && node.parentElement.tagName === "VIDEO") { return; }
      node.getAttribute("srcset").split(",").forEach(function (part) {
        var address = part.trim().split(/\s+/)[0];
        if (address) { found.push(address); }
      });
    });
    return found.map(function (address) { return new URL(address, base); })
      .filter(function (url) { return url.origin === global.location.origin; })
      .map(function (url) { return url.href; });
  }

  function storeCopy(cache, url, response) {
    // A clean copy: a redirected response cannot answer a navigation.
    var headers = new Headers(response.headers);
    // The body is stored decoded: these would describe the compressed original.
    headers.delete("Content-Encoding");
    headers.delete("Content-Length");
    return response.blob().then(function (body) {
      return cache.put(url, new Response(body, { status: 200, headers: headers }));
    });
  }

  function saveCourse() {
    var packUrl = saveButton.dataset.packUrl;
    saveButton.disabled = true;
    say(texts.textSaving);
    var pack;
    var cache;
    fetch(packUrl, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (response) {
        return response.json().then(function (body) {
          if (!response.ok) { throw new Error(body.detail || texts.textSaveFailed); }
          return body;
        });
      })
      .then(function (body) {
        pack = body;
        return caches.open(pack.cache);
      })
      .then(function (opened) {
        cache = opened;
        var assets = pack.assets.slice();
        var done = 0;
        return pack.pages.reduce(function (previous, item) {
          return previous.then(function () {
            return fetch(item.url, { credentials: "same-origin", headers: { "X-Offline-Save": "1" } }).then(function (response) {
              if (!response.ok) { throw new Error(texts.textSaveFailed); }
              return response.clone().text().then(function (html) {
                assets = assets.concat(assetsIn(html, response.url));
                return storeCopy(cache, item.url, response);
              });
            }).then(function () {
              done += 1;
              say(format(texts.textProgress, { done: done, total: pack.pages.length }));
            });
          });
        }, Promise.resolve()).then(function () {
          var unique = assets.filter(function (url, index) { return assets.indexOf(url) === index; });
          return Promise.all(unique.map(function (url) {
            return fetch(url, { credentials: "same-origin" }).then(function (response) {
              if (response.ok) { return cache.put(url, response); }
            }).catch(function () {});
          }));
        });
      })
      .then(function () {
        pack.saved_at = new Date().toISOString();
        return cache.put(packUrl, new Response(JSON.stringify(pack), { headers: { "Content-Type": "application/json" } }));
      })
      .then(function () {
        say(format(texts.textSaved, { count: pack.pages.length - 1 }));
        root.dataset.saved = "1";
        saveButton.disabled = false;
      })
      .catch(function (error) {
        say(error && error.message ? error.message : texts.textSaveFailed);
        saveButton.disabled = false;
      });
  }

  if (saveBox && saveButton && global.caches && navigator.serviceWorker) {
    saveBox.hidden = false;
    saveButton.addEventListener("click", saveCourse);
    caches.has(COURSE_PREFIX + texts.courseId).then(function (has) {
      if (has) { say(texts.textAlreadySaved); }
    });
  }

  // The offline page: the courses kept on this phone.
  var list = document.querySelector("[data-saved-courses]");
  var empty = document.querySelector("[data-saved-empty]");

  function savedPacks() {
    return caches.keys().then(function (names) {
      return Promise.all(names.filter(function (name) { return name.indexOf(COURSE_PREFIX) === 0; }).map(function (name) {
        return caches.open(name).then(function (cache) {
          return cache.keys().then(function (requests) {
            var packRequest = requests.filter(function (request) { return request.url.indexOf("/ngoai-tuyen/khoa/") !== -1; })[0];
            if (!packRequest) { return null; }
            return cache.match(packRequest).then(function (response) { return response.json(); })
              .then(function (pack) { pack.cacheName = name; return pack; });
          });
        });
      }));
    }).then(function (packs) { return packs.filter(Boolean); });
  }

  function link(url, text) {
    var anchor = document.createElement("a");
    anchor.href = url;
    anchor.textContent = text;
    return anchor;
  }

  function showSaved() {
    savedPacks().then(function (packs) {
      list.replaceChildren();
      if (empty) { empty.hidden = packs.length > 0; }
      packs.forEach(function (pack) {
        var item = document.createElement("li");
        var heading = document.createElement("h2");
        heading.appendChild(link(pack.course.url, pack.course.title));
        item.appendChild(heading);
        var lessons = document.createElement("ol");
        pack.pages.filter(function (page) { return page.kind === "lesson"; }).forEach(function (page) {
          var row = document.createElement("li");
          row.appendChild(link(page.url, page.title));
          lessons.appendChild(row);
        });
        item.appendChild(lessons);
        var remove = document.createElement("button");
        remove.type = "button";
        remove.className = "button-plain";
        remove.textContent = texts.textRemove;
        remove.setAttribute("aria-label", texts.textRemove + ": " + pack.course.title);
        remove.addEventListener("click", function () { caches.delete(pack.cacheName).then(showSaved); });
        item.appendChild(remove);
        list.appendChild(item);
      });
    }).catch(function () { if (empty) { empty.hidden = false; } });
  }

  if (list && global.caches) { showSaved(); }
})(self);
