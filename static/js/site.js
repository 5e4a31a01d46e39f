// Progressive enhancements only: every page works without this file.
(function () {
  "use strict";
  // Native share sheet (reaches Zalo, Messenger… on phones) where the browser has one.
  document.querySelectorAll(".share-native").forEach(function (button) {
    if (!navigator.share) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.share({ title: button.dataset.title, url: button.dataset.url }).catch(function () {});
    });
  });
  // Select the whole link when the reader taps it, ready to copy.
  document.querySelectorAll(".share-link input").forEach(function (input) {
    input.addEventListener("focus", function () { input.select(); });
  });
  // Load a YouTube player only when the reader asks for it (saves data on slow networks).
  document.querySelectorAll(".video-frame").forEach(function (frame) {
    var link = frame.querySelector(".video-link");
    if (!link) { return; }
    link.addEventListener("click", function (event) {
      event.preventDefault();
      var iframe = document.createElement("iframe");
      iframe.src = "https://www.youtube-nocookie.com/embed/" + frame.dataset.videoId + "?autoplay=1";
      iframe.title = frame.dataset.videoTitle || "Video";
      iframe.allow = "autoplay; encrypted-media; picture-in-picture";
      iframe.allowFullscreen = true;
      frame.replaceChildren(iframe);
    });
  });
})();
