// Chooses how to load the page: ES modules over http(s); from disk (file://),
// where browsers refuse modules and worker files, the classic single-file core
// and the classic bundle of the page.
//
// It runs from <head>, before the stylesheets, so over http the worker (and
// with it the wasm core), the demo article and every module of the page start
// loading at once instead of one import level after another; the preloads are
// added here, not in index.html, because from file:// they would fail.
(function boot() {
  performance.mark && performance.mark('ae-boot');
  var http = location.protocol !== 'file:';
  var head = document.head;
  function link(rel, href, as) {
    var l = document.createElement('link');
    l.rel = rel;
    l.href = href;
    if (as) {
      l.as = as;
      l.crossOrigin = 'anonymous';  // matches the fetch() in main.js, so it is reused
    }
    head.appendChild(l);
  }
  function script(src, type) {
    var s = document.createElement('script');
    s.src = src;
    if (type) s.type = type;
    s.async = false;  // keep order: the core before the page
    (document.body || head).appendChild(s);
  }
  if (!http) {
    // Classic scripts run as soon as they arrive: wait for the DOM they use.
    document.addEventListener('DOMContentLoaded', function () {
      script('core-single.js', '');
      script('page-classic.js', '');
    });
    return;
  }
  if (typeof Worker === 'function') {
    try {
      var worker = new Worker('worker.js?wasm=page', { type: 'module', name: 'article-explainer' });
      worker.addEventListener('error', function () { worker.failed = true; });
      window.__articleExplainerWorker = worker;
      // Starting a worker takes a while; compile core.wasm here meanwhile
      // (off the main thread, streaming) and hand the worker the result. On
      // any failure the worker loads it itself, and reports what goes wrong.
      var load = function (module) { worker.postMessage({ type: 'load', module: module, v: 1 }); };
      if (typeof WebAssembly === 'object' && WebAssembly.compileStreaming) {
        WebAssembly.compileStreaming(fetch('core.wasm')).then(function (module) {
          performance.mark && performance.mark('ae-wasm-compiled');
          load(module);
        }, function () { load(); });
      } else {
        load();
      }
    } catch (err) { /* main.js starts one itself, or falls back */ }
  }
  link('preload', 'demo-article.txt', 'fetch');
  // The page's module graph (main.js and what it imports), fetched in parallel.
  var modules = ['main.js', 'explainer-client.js', 'page.js', 'explanation-model.js', 'highlight.js',
    'html-to-text.js', 'markdown.js', 'panel.js'];
  for (var i = 0; i < modules.length; i++) link('modulepreload', modules[i]);
  script('main.js', 'module');
}());
