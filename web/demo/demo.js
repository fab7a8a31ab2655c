// The demo site's own script: it listens to the widgets' events, the way a
// news site would wire them to its analytics or UI. No inline scripts: the
// page runs under a strict Content-Security-Policy.
const log = document.getElementById('events');

document.addEventListener('explained', (event) => {
  const r = event.detail;
  const n = (k) => (Array.isArray(r[k]) ? r[k].length : 0);
  log.textContent = `#${event.target.id} explained ${r.length} characters: ` +
    `${n('quotes')} quotes, ${n('claims')} claims, ${n('contrasts')} contrasts, ${n('entities')} entities.`;
});

document.addEventListener('select', (event) => {
  if (event.target.localName !== 'article-explainer') return;
  log.textContent = `#${event.target.id} selected ${event.detail ? event.detail.id : 'nothing'}.`;
});
