// Classroom mode: applies the remembered projector theme before the deck paints, so a dark theme
// never flashes light first. Loaded as a blocking script by app/present/layout.tsx; the key and
// values match components/present/use-theme.ts.
(function () {
  var theme = "light";
  try {
    if (window.localStorage.getItem("parley-present-theme") === "dark") theme = "dark";
  } catch {
    // storage may be off (private mode, policies): the light theme is the safe default
  }
  document.documentElement.setAttribute("data-theme", theme);
})();
