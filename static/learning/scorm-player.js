// SCORM player (the lesson page, same origin as the portal): receives the SCO's commits from
// the sandboxed frame's shim by postMessage and saves them with the CSRF token. Each payload
// gets a new sequence number; a retry resends the same number, so the server applies it once.
// Plain ES2017, no build step.
(function () {
  "use strict";

  var RETRY_MS = [2000, 5000, 10000, 30000, 60000];

  function setUp(player) {
    var frame = player.querySelector("[data-scorm-frame]");
    var status = player.querySelector("[data-scorm-status]");
    var saveUrl = player.dataset.saveUrl || "";
    var csrf = player.dataset.csrf || "";
    var sequence = Number(player.dataset.sequence) || 0;
    var pending = null; // {body, sequence}
    var inFlight = false;
    var failures = 0;
    var retryTimer = null;
    var isStopped = false;

    frame.style.width = "100%";
    frame.style.minHeight = "75vh";
    frame.style.border = "1px solid #bbb";
    frame.style.borderRadius = "6px";

    function say(text) { if (status && text) { status.textContent = text; } }

    function payload(message) {
      sequence += 1;
      return {
        sequence: sequence,
        body: JSON.stringify({
          sequence: sequence,
          session: String(message.session || ""),
          finished: Boolean(message.finished),
          cmi: message.cmi || {}
        })
      };
    }

    function send() {
      if (!pending || inFlight || isStopped) { return; }
      var sending = pending;
      inFlight = true;
      say(player.dataset.textSaving);
      fetch(saveUrl, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRFToken": csrf },
        body: sending.body
      }).then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (data) {
          return { ok: response.ok, status: response.status, data: data };
        });
      }).then(function (reply) {
        inFlight = false;
        if (!reply.ok && reply.status >= 400 && reply.status < 500) {
          isStopped = true;
          say((reply.data && reply.data.error) || player.dataset.textRefused);
          player.dataset.state = "refused";
          return;
        }
        if (!reply.ok) { throw new Error("HTTP " + reply.status); }
        failures = 0;
        var data = reply.data || {};
        if (Number(data.sequence) > sequence) { sequence = Number(data.sequence); }
        if (data.applied === false && pending === sending) {
          // Another tab saved a later commit: send ours again with a higher number.
          var again = JSON.parse(sending.body);
          pending = payload(again);
          send();
          return;
        }
        if (pending === sending) { pending = null; }
        // The first save enrolled the learner: the notice saying it would is now done.
        var notice = player.querySelector("[data-scorm-enrol-notice]");
        if (notice) { notice.hidden = true; }
        player.dataset.state = data.is_done ? "done" : "saved";
        player.dataset.savedSequence = String(data.sequence || "");
        say(data.is_done ? player.dataset.textDone : player.dataset.textSaved);
        send();
      }).catch(function () {
        inFlight = false;
        failures += 1;
        player.dataset.state = "retrying";
        say(player.dataset.textRetrying);
        clearTimeout(retryTimer);
        retryTimer = setTimeout(send, RETRY_MS[Math.min(failures, RETRY_MS.length) - 1]);
      });
    }

    function flushOnLeave() {
      if (!pending || isStopped) { return; }
      var body = pending.body;
      pending = null;
      try {
        fetch(saveUrl, {
          method: "POST",
          credentials: "same-origin",
          keepalive: true,
          headers: { "Content-Type": "application/json", "X-CSRFToken": csrf },
          body: body
        });
      } catch (error) {
        if (navigator.sendBeacon) {
          var form = new FormData();
          form.append("csrfmiddlewaretoken", csrf);
          form.append("payload", body);
          navigator.sendBeacon(saveUrl, form);
        }
      }
    }

    window.addEventListener("message", function (event) {
      // Only the lesson's own frame; its origin is opaque ("null"), so check the window.
      if (event.source !== frame.contentWindow) { return; }
      var message = event.data;
      if (!message || message.type !== "scorm:commit" || typeof message.cmi !== "object") { return; }
      if (!saveUrl) { return; }
      pending = payload(message);
      send();
    });
    window.addEventListener("pagehide", flushOnLeave);
  }

  document.querySelectorAll("[data-scorm-player]").forEach(setUp);
})();
