// provaudit report: highlighted passages toggle their note (click, Enter or Space; Esc closes).
(function () {
  "use strict";
  var openMark = null;

  function pieces(mark) {
    return document.querySelectorAll('[data-hl="' + mark.id + '"]');
  }
  function noteOf(mark) {
    return document.getElementById(mark.getAttribute("aria-controls"));
  }
  function mark(id, on) {
    var all = pieces(id), i;
    for (i = 0; i < all.length; i += 1) { all[i].classList.toggle("active", on); }
  }
  function close(restoreFocus) {
    if (!openMark) { return; }
    var note = noteOf(openMark);
    if (note) { note.hidden = true; }
    openMark.setAttribute("aria-expanded", "false");
    mark(openMark, false);
    if (restoreFocus) { openMark.focus(); }
    openMark = null;
  }
  function open(target) {
    close(false);
    var note = noteOf(target);
    if (!note) { return; }
    note.hidden = false;
    target.setAttribute("aria-expanded", "true");
    mark(target, true);
    openMark = target;
  }
  function toggle(target) {
    if (openMark === target) { close(false); } else { open(target); }
  }
  function primaryOf(el) {
    return document.getElementById(el.getAttribute("data-hl"));
  }

  document.addEventListener("click", function (event) {
    var el = event.target instanceof Element ? event.target : null;
    if (!el) { return; }
    var hl = el.closest("mark[data-hl]");
    if (hl) {
      var target = primaryOf(hl);
      if (target) { event.preventDefault(); toggle(target); }
      return;
    }
    if (el.closest(".note .close")) { close(true); }
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" || event.key === "Esc") {
      if (openMark) { event.preventDefault(); close(true); }
      return;
    }
    var el = event.target;
    if (el instanceof Element && el.matches("mark[role=button]") &&
        (event.key === "Enter" || event.key === " " || event.key === "Spacebar")) {
      event.preventDefault();
      toggle(el);
    }
  });

  // Following a link to a passage (chain, scorecard) opens its note and focuses it.
  function openFromHash() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id ? document.getElementById(id) : null;
    if (target && target.matches("mark[role=button]")) {
      open(target);
      target.focus();
    }
  }
  window.addEventListener("hashchange", openFromHash);
  openFromHash();
})();
