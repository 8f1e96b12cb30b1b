// Sets the colour theme before the first paint, from the reader's saved choice or the system setting, and marks
// the page as having JavaScript (class "js"): only then are texts clamped behind "Read more" and script-only
// controls shown (the `js:` and `no-js:` variants in src/index.css).
(function () {
  document.documentElement.classList.add('js');
  var theme = 'system';
  try {
    var saved = JSON.parse(localStorage.getItem('verdict:reader') || 'null');
    if (saved && saved.state && typeof saved.state.theme === 'string') theme = saved.state.theme;
  } catch (e) {
    /* storage unavailable or corrupted: follow the system */
  }
  var dark = theme === 'dark' || (theme === 'system' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  if (dark) document.documentElement.classList.add('dark');
})();
