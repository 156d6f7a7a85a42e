// Progressive enhancement for the plain-language check: as a practitioner types, ask the server for hints and show
// them beside the field. The server renders the hints (the same code as without JavaScript), so it stays the source
// of truth; if a request fails, the check still runs when the form is saved.
(function () {
  'use strict';
  var form = document.querySelector('form[data-wording-form]');
  if (!form || !window.fetch || !window.FormData) {
    return;
  }
  var tokenInput = form.querySelector('input[name="__RequestVerificationToken"]');
  if (!tokenInput) {
    return;
  }
  var regions = form.querySelectorAll('[data-wording-for]');
  Array.prototype.forEach.call(regions, function (region) {
    var field = document.getElementById(region.getAttribute('data-wording-for'));
    if (!field) {
      return;
    }
    var timer = null;
    var lastChecked = field.value;
    var latest = 0;
    field.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(check, 600);
    });
    function check() {
      var text = field.value;
      if (text === lastChecked) {
        return;
      }
      lastChecked = text;
      var body = new FormData();
      body.append('Text', text);
      body.append('Purpose', region.getAttribute('data-wording-purpose') || 'facts');
      body.append('__RequestVerificationToken', tokenInput.value);
      var request = ++latest;
      window.fetch('/language/check', { method: 'POST', body: body, credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (result) {
          // Only the newest answer counts: an older, slower one must not replace it.
          if (result && request === latest) {
            region.innerHTML = result.html;
          }
        })
        .catch(function () { /* the server checks again when the form is saved */ });
    }
  });
})();
