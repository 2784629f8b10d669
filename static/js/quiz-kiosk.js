// The Gewinnspiel at a conference stand (templates/quiz/form.html, docs/quiz.md): a form that nobody
// has touched for `data-kiosk-reset` seconds goes back to the empty start, so the next person never
// sees what the last one began. Without JavaScript the stand works the same, only without this reset.
(function () {
  "use strict";
  var form = document.querySelector("form[data-kiosk-reset]");
  if (!form) {
    return;
  }
  var seconds = parseInt(form.getAttribute("data-kiosk-reset"), 10) || 120;
  var target = form.getAttribute("data-kiosk-url");
  var timer = null;
  function restart() {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      form.reset();
      window.location.replace(target);
    }, seconds * 1000);
  }
  ["input", "change", "keydown", "pointerdown", "scroll"].forEach(function (name) {
    document.addEventListener(name, restart, { passive: true });
  });
  restart();
})();
