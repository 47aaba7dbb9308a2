/*
 * Math for the study guide: typeset every `.arithmatex` element (written by
 * pymdownx.arithmatex in generic mode) with KaTeX, served from this site.
 * Runs on every page load and, with Material's instant navigation, on every
 * page change (document$). Exposes window.studyGuideRenderMath(root) so that
 * other scripts (the quiz) can typeset HTML they insert.
 */
(function () {
  "use strict";

  function strip(tex) {
    var t = tex.trim();
    if (t.startsWith("\\(") && t.endsWith("\\)")) return { tex: t.slice(2, -2), display: false };
    if (t.startsWith("\\[") && t.endsWith("\\]")) return { tex: t.slice(2, -2), display: true };
    return { tex: t, display: false };
  }

  function renderMath(root) {
    if (!window.katex || !root) return;
    root.querySelectorAll(".arithmatex").forEach(function (el) {
      if (el.dataset.sgMath === "done") return;
      var math = strip(el.textContent);
      var display = math.display || el.tagName === "DIV";
      try {
        window.katex.render(math.tex, el, { displayMode: display, throwOnError: false });
        el.dataset.sgMath = "done";
      } catch (err) {
        el.dataset.sgMath = "error";
      }
    });
  }

  window.studyGuideRenderMath = renderMath;
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(function () { renderMath(document.body); });
  } else {
    document.addEventListener("DOMContentLoaded", function () { renderMath(document.body); });
  }
})();
