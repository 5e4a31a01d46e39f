// Lesson page: knowledge checks answer at once; uploaded videos play the size the reader picks.
(function () {
  "use strict";

  function checkAnswer(box) {
    var inputs = box.querySelectorAll("input");
    var chosen = [];
    var right = true;
    var feedback = [];
    inputs.forEach(function (input) {
      var isCorrect = input.dataset.correct === "1";
      if (input.checked) {
        chosen.push(input);
        if (input.dataset.feedback) { feedback.push(input.dataset.feedback); }
      }
      if (input.checked !== isCorrect) { right = false; }
    });
    var result = box.querySelector("[data-check-result]");
    if (!chosen.length) {
      result.textContent = box.dataset.textEmpty;
      return;
    }
    result.textContent = (right ? "✓ " + box.dataset.textRight : "✗ " + box.dataset.textWrong) + " " + feedback.join(" ");
    result.className = "check-result " + (right ? "check-right" : "check-wrong");
    if (!right) { box.querySelector("details").open = true; }
  }

  document.querySelectorAll("[data-knowledge-check]").forEach(function (box) {
    var button = box.querySelector("[data-check]");
    if (!button) { return; }
    button.hidden = false;
    button.addEventListener("click", function () { checkAnswer(box); });
  });

  document.querySelectorAll("[data-video-file]").forEach(function (figure) {
    var video = figure.querySelector("video");
    figure.querySelectorAll("[data-video-size]").forEach(function (link) {
      link.addEventListener("click", function (event) {
        event.preventDefault();
        video.src = link.href;
        video.play();
      });
    });
  });
})();
