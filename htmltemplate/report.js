(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.add("js");
  function each(sel, fn) { Array.prototype.forEach.call(document.querySelectorAll(sel), fn); }
  // Hovering or focusing a cue, source or content outlines the whole attribution.
  function link(ev, on) {
    var t = ev.target.closest ? ev.target.closest("[data-attr]") : null;
    if (t) { each('[data-attr="' + t.getAttribute("data-attr") + '"]', function (x) { x.classList.toggle("linked", on); }); }
  }
  document.addEventListener("mouseover", function (ev) { link(ev, true); });
  document.addEventListener("mouseout", function (ev) { link(ev, false); });
  // Clicking a statement's text opens or closes its explanation (unless text is being selected).
  document.addEventListener("click", function (ev) {
    var t = ev.target.closest ? ev.target.closest(".text") : null;
    if (!t) { return; }
    var sel = window.getSelection ? String(window.getSelection()) : "";
    if (sel) { return; }
    var d = t.parentNode.querySelector("details.why");
    if (d) { d.open = !d.open; }
  });
  // Escape closes the explanation that holds the focus.
  document.addEventListener("keydown", function (ev) {
    if (ev.key !== "Escape") { return; }
    var d = document.activeElement && document.activeElement.closest ? document.activeElement.closest("details.why[open]") : null;
    if (d) { d.open = false; d.querySelector("summary").focus(); }
  });
  each("[data-expand]", function (b) {
    b.addEventListener("click", function () {
      var open = b.getAttribute("data-expand") === "open";
      each("details.why", function (d) { d.open = open; });
    });
  });
  // Print every explanation.
  var opened = [];
  window.addEventListener("beforeprint", function () {
    each("details.why:not([open])", function (d) { d.open = true; opened.push(d); });
  });
  window.addEventListener("afterprint", function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });
})();
