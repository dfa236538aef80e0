// The home page's "Go to class code" field (issue 11). Without JavaScript the form opens the search
// page with the code as its query, and the search page leads to the class. With it, a code that has a
// page of its own goes straight there; anything else still goes to the search page, never a dead end.
(function () {
  'use strict';
  var form = document.querySelector('form.class-code-form');
  if (!form || !window.fetch) {
    return;
  }
  var input = form.querySelector('input[name="q"]');
  form.addEventListener('submit', function (event) {
    var code = input.value.trim();
    if (!/^[A-Za-z0-9_-]{1,40}$/.test(code)) {
      return; // not a class code: the search page takes it
    }
    event.preventDefault();
    var page = new URL(form.getAttribute('data-classes') + encodeURIComponent(code) + '/', document.baseURI).href;
    fetch(page, {method: 'HEAD'}).then(function (response) {
      if (response.ok) {
        window.location.href = page;
      } else {
        form.submit();
      }
    }, function () {
      form.submit();
    });
  });
}());
