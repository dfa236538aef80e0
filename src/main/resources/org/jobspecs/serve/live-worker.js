// jobspecs serve: the one live-reload event stream of a browser, shared by every open page of the
// site (see live.js). Each page connects with a port, gets the server's generation (and the
// problems of a failed rebuild) at once, then every event; it says 'bye' when it is hidden away.
'use strict';
const ports = new Set();
let generation = null;
let problems = null;

function send(port, type, data) {
  port.postMessage({ type, data });
}

function broadcast(type, data) {
  for (const port of ports) send(port, type, data);
}

const events = new EventSource('/_jobspecs/events');
events.addEventListener('hello', (e) => {
  generation = e.data;
  problems = null; // the server sends them again after its hello when the last rebuild failed
  broadcast('hello', e.data);
});
events.addEventListener('reload', (e) => {
  generation = e.data;
  problems = null;
  broadcast('reload', e.data);
});
events.addEventListener('problems', (e) => {
  problems = e.data;
  broadcast('problems', e.data);
});

self.addEventListener('connect', (e) => {
  const port = e.ports[0];
  ports.add(port);
  port.onmessage = (m) => {
    if (m.data && m.data.type === 'bye') {
      ports.delete(port);
      port.close();
    }
  };
  port.start();
  if (generation !== null) send(port, 'hello', generation);
  if (problems !== null) send(port, 'problems', problems);
});
