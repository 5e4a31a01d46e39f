// Self-assessment enhancements; every page works without this file.
(function () {
  "use strict";
  var root = document.documentElement;
  var LARGE = "bdhvs-large-text";
  try { if (localStorage.getItem(LARGE) === "1") { root.classList.add("text-large"); } } catch (e) {}

  function setUp(scope) {
    // Read the question aloud with the phone's own voice (Vietnamese where it has one).
    if ("speechSynthesis" in window) {
      scope.querySelectorAll("[data-read-aloud]").forEach(function (button) {
        button.hidden = false;
        button.addEventListener("click", function () {
          var question = button.closest("[data-question]") || document;
          var text = Array.prototype.map.call(question.querySelectorAll("[data-read]"), function (node) {
            return node.textContent.trim();
          }).join(". ");
          window.speechSynthesis.cancel();
          var utterance = new SpeechSynthesisUtterance(text);
          utterance.lang = root.lang === "en" ? "en-US" : "vi-VN";
          utterance.rate = 0.9;
          window.speechSynthesis.speak(utterance);
        });
      });
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    setUp(document);
    document.querySelectorAll("[data-large-text]").forEach(function (button) {
      button.hidden = false;
      button.setAttribute("aria-pressed", root.classList.contains("text-large") ? "true" : "false");
      button.addEventListener("click", function () {
        var on = root.classList.toggle("text-large");
        button.setAttribute("aria-pressed", on ? "true" : "false");
        try { localStorage.setItem(LARGE, on ? "1" : "0"); } catch (e) {}
      });
    });
    document.querySelectorAll("[data-print]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () { window.print(); });
    });
    document.querySelectorAll(".share-link input").forEach(function (input) {
      input.addEventListener("focus", function () { input.select(); });
    });
  });

  // htmx swapped in the next question: read-aloud again, focus its text for screen readers.
  document.addEventListener("htmx:afterSwap", function (event) {
    if ("speechSynthesis" in window) { window.speechSynthesis.cancel(); }
    var question = document.getElementById("question");
    if (!question) { return; }
    setUp(question);
    var stem = question.querySelector(".question-stem");
    if (stem) { stem.setAttribute("tabindex", "-1"); stem.focus(); }
  });
  // The answer did not reach the server: say so; sending again is safe (answers are idempotent).
  function offline(event) {
    var form = event.target.closest ? event.target.closest("form") : null;
    var note = form && form.querySelector("[data-offline]");
    if (note) { note.hidden = false; }
  }
  document.addEventListener("htmx:sendError", offline);
  document.addEventListener("htmx:timeout", offline);
  document.addEventListener("htmx:beforeRequest", function (event) {
    var form = event.target.closest ? event.target.closest("form") : null;
    var note = form && form.querySelector("[data-offline]");
    if (note) { note.hidden = true; }
  });
})();
