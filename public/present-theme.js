// Classroom mode: applies the remembered projector theme before the deck paints, so a dark theme
// never flashes light first, and holds back a reveal-step slide's answers. Loaded as a blocking script by app/present/layout.tsx; the key and
// values match components/present/use-theme.ts.
(function () {
  var theme = "light";
  try {
    if (window.localStorage.getItem("parley-present-theme") === "dark") theme = "dark";
  } catch {
    // storage may be off (private mode, policies): the light theme is the safe default
  }
  document.documentElement.setAttribute("data-theme", theme);
  // a reveal-step link: keep each side and the verdict hidden until the deck has read its URL,
  // so a "predict, then reveal" slide never flashes its answer (app/globals.css)
  if (/[?&]reveal=1(&|$)/.test(window.location.search)) document.documentElement.setAttribute("data-reveal-pending", "");
})();
