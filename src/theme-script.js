// Before the first paint: marks that script runs ("js", src/index.css), and sets the saved or system theme.
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
