// Loaded with <script nomodule defer>: only a browser without ES modules
// runs it, and there <hitech-eligibility> never starts. It shows the
// portal's fallback content (children with class hitech-fallback, hidden
// until then so that a modern browser never flashes them). ES5 on purpose.
(function () {
  var fallback = document.querySelectorAll('hitech-eligibility > .hitech-fallback');
  for (var i = 0; i < fallback.length; i++) fallback[i].removeAttribute('hidden');
})();
