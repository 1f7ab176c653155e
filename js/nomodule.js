// Loaded with <script nomodule defer>: only a browser without ES modules
// runs it, and there <hitech-eligibility> never starts. It shows the
// portal's fallback content (children with class hitech-fallback) at once:
// hidden until then, either by `hidden` so that a modern browser never
// flashes them, or by the portal's CSS rule, which would show them only
// after its delay (WIDGET.md). ES5 on purpose.
(function () {
  var fallback = document.querySelectorAll('hitech-eligibility > .hitech-fallback');
  for (var i = 0; i < fallback.length; i++) {
    fallback[i].removeAttribute('hidden');
    fallback[i].style.visibility = 'visible';
  }
})();
