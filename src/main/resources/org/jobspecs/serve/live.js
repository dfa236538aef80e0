// jobspecs serve: reloads the page after a good rebuild, and shows the problems of a broken one
// over the last good page. Added to pages by `jobspecs serve` only; built files never carry it.
(() => {
  'use strict';
  const script = document.currentScript;
  const generation = script ? script.dataset.generation : '';
  const OVERLAY = 'jobspecs-problems';

  // One event stream per browser, not per page: Chromium allows six HTTP/1.1 connections per host,
  // so a stream per page stalled the seventh page (issue 11). A shared worker holds the one stream
  // and passes its events to every open page of the site; without shared workers the page holds its
  // own stream. Either way a page that is hidden away (navigated from, kept in the back/forward
  // cache, closed) lets go on `pagehide` and connects again on `pageshow`.
  let port = null;
  let events = null;

  function receive(type, data) {
    if (type === 'hello' || type === 'reload') {
      if (data !== generation) location.reload();
    } else if (type === 'problems') {
      show(JSON.parse(data));
    }
  }

  function connect() {
    if (port || events) return;
    if (typeof SharedWorker === 'function') {
      try {
        port = new SharedWorker('/_jobspecs/live-worker.js', { name: 'jobspecs-live' }).port;
        port.onmessage = (e) => receive(e.data.type, e.data.data);
        port.start();
        return;
      } catch (e) {
        port = null; // e.g. workers blocked: fall back to a stream of the page's own
      }
    }
    events = new EventSource('/_jobspecs/events');
    for (const type of ['hello', 'reload', 'problems']) {
      events.addEventListener(type, (e) => receive(type, e.data));
    }
  }

  function disconnect() {
    if (port) {
      port.postMessage({ type: 'bye' });
      port.close();
      port = null;
    }
    if (events) {
      events.close();
      events = null;
    }
  }

  window.addEventListener('pagehide', disconnect);
  window.addEventListener('pageshow', connect);
  // Without a shared worker, a page in a background tab lets its stream go as well; shown again, it
  // connects and reloads if the site changed meanwhile.
  document.addEventListener('visibilitychange', () => {
    if (port) return;
    if (document.visibilityState === 'hidden') disconnect();
    else connect();
  });
  connect();

  function element(tag, text, style) {
    const el = document.createElement(tag);
    if (text) el.textContent = text;
    Object.assign(el.style, style || {});
    return el;
  }

  function hide() {
    const old = document.getElementById(OVERLAY);
    if (old) old.remove();
    document.removeEventListener('keydown', onKey);
  }

  function onKey(e) {
    if (e.key === 'Escape') hide();
  }

  function show(report) {
    hide();
    const box = element('section', '', {
      position: 'fixed', left: '0', right: '0', bottom: '0', zIndex: '2147483647', boxSizing: 'border-box',
      maxHeight: '70vh', overflow: 'auto', padding: '1rem', background: '#ffffff', color: '#1a1a1a',
      borderTop: '0.375rem solid #b3261e', boxShadow: '0 -0.25rem 1rem rgba(0, 0, 0, 0.3)',
      font: '1rem/1.5 system-ui, sans-serif', overflowWrap: 'anywhere'
    });
    box.id = OVERLAY;
    box.setAttribute('role', 'alert');
    box.setAttribute('aria-labelledby', OVERLAY + '-title');
    const count = report.count === 1 ? '1 error' : report.count + ' errors';
    const title = element('h2', 'The last edit did not build: ' + count, { margin: '0 0 0.5rem', fontSize: '1.25rem', color: '#b3261e' });
    title.id = OVERLAY + '-title';
    box.append(title, element('p', 'This is the last good version of the page. Correct the problems below and save: '
      + 'the page reloads by itself.', { margin: '0 0 0.5rem' }));
    const list = element('ul', '', { margin: '0 0 0.75rem', paddingLeft: '1.25rem' });
    for (const p of report.problems) {
      const item = element('li', '', { margin: '0 0 0.5rem' });
      item.append(element('code', p.file + (p.line > 0 ? ':' + p.line : ''), { fontWeight: 'bold' }),
        document.createTextNode(': ' + p.message + (p.fix ? ' — ' + p.fix : '')));
      list.append(item);
    }
    if (report.count > report.problems.length) {
      list.append(element('li', 'and ' + (report.count - report.problems.length) + ' more (the terminal lists them all)'));
    }
    const close = element('button', 'Dismiss (Esc)', {
      font: 'inherit', padding: '0.5rem 1rem', minHeight: '2.75rem', color: '#ffffff', background: '#1a1a1a',
      border: '0.125rem solid #1a1a1a', borderRadius: '0.25rem', cursor: 'pointer'
    });
    close.type = 'button';
    close.addEventListener('click', hide);
    box.append(list, close);
    document.body.prepend(box);
    document.addEventListener('keydown', onKey);
  }
})();
