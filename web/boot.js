// Chooses how to load the page: ES modules over http(s); from disk (file://),
// where browsers refuse modules and worker files, the classic single-file core
// and the classic bundle of the page.
(function boot() {
  var scripts = location.protocol === 'file:'
    ? [['core-single.js', ''], ['page-classic.js', '']]
    : [['main.js', 'module']];
  for (var i = 0; i < scripts.length; i++) {
    var s = document.createElement('script');
    s.src = scripts[i][0];
    if (scripts[i][1]) s.type = scripts[i][1];
    s.async = false;  // keep order: the core before the page
    document.body.appendChild(s);
  }
}());
