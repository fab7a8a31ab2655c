// Chooses how to load the page: ES modules over http(s); from disk (file://),
// where browsers refuse modules and worker files, the classic single-file core
// and the classic bundle of the page. Over http it also starts the explainer's
// worker at once, so the wasm core loads while the page's modules do
// (main.js adopts it).
(function boot() {
  var http = location.protocol !== 'file:';
  if (http && typeof Worker === 'function') {
    try {
      var worker = new Worker('worker.js', { type: 'module', name: 'article-explainer' });
      worker.addEventListener('error', function () { worker.failed = true; });
      window.__articleExplainerWorker = worker;
    } catch (err) { /* main.js starts one itself, or falls back */ }
  }
  var scripts = http ? [['main.js', 'module']] : [['core-single.js', ''], ['page-classic.js', '']];
  for (var i = 0; i < scripts.length; i++) {
    var s = document.createElement('script');
    s.src = scripts[i][0];
    if (scripts[i][1]) s.type = scripts[i][1];
    s.async = false;  // keep order: the core before the page
    document.body.appendChild(s);
  }
}());
