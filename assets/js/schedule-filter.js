// The salary schedule's filter box (issue 11): shows only the rows whose class code or title
// contains what is typed, and says how many are shown (a polite live region). Without JavaScript
// the box stays hidden and the page's A–Z jump index finds a class instead.
(function () {
  'use strict';
  var form = document.getElementById('schedule-filter');
  var table = document.querySelector('table.schedule');
  if (!form || !table) {
    return;
  }
  var input = document.getElementById('schedule-filter-input');
  var status = document.getElementById('schedule-filter-status');
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var keys = rows.map(function (row) {
    return normalize(row.cells[0].textContent + ' ' + row.cells[1].textContent);
  });
  var total = rows.length;
  var timer = 0;

  function normalize(text) {
    return text.toLowerCase().replace(/\s+/g, ' ').trim();
  }

  function plural(n) {
    return n.toLocaleString('en-US') + (n === 1 ? ' class' : ' classes');
  }

  function apply() {
    var words = normalize(input.value).split(' ').filter(Boolean);
    var shown = 0;
    for (var i = 0; i < total; i++) {
      var match = words.every(function (w) { return keys[i].indexOf(w) >= 0; });
      rows[i].hidden = !match;
      if (match) {
        shown++;
      }
    }
    status.textContent = words.length === 0 ? ''
        : shown === 0 ? 'No class on this schedule matches “' + input.value.trim() + '”.'
        : 'Showing ' + plural(shown) + ' of ' + total.toLocaleString('en-US') + '.';
  }

  form.hidden = false;
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    apply();
  });
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(apply, 150);
  });
}());
