// Progressive enhancement only: every page works without this file.
// A cost run being computed reloads its page every few seconds until the run is done ("live progress").
(function () {
  'use strict';
  var progress = document.querySelector('[data-reload-every]');
  if (progress) {
    var seconds = parseInt(progress.getAttribute('data-reload-every'), 10) || 2;
    window.setTimeout(function () { window.location.reload(); }, seconds * 1000);
  }
  // Destructive actions ask once more before the form is sent.
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm'))) {
        event.preventDefault();
      }
    });
  });
})();
