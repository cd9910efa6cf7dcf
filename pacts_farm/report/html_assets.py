"""The inline stylesheet and script of report.html (no network: everything ships inside the file)."""

from __future__ import annotations

CSS = """
:root { --ok:#1a7f37; --heal:#0a7ea4; --flaky:#b35900; --fail:#cf222e; --err:#8250df; --muted:#57606a;
        --line:#d0d7de; --bg:#f6f8fa; --mono:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace; }
* { box-sizing:border-box; }
body { margin:0; font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif; color:#1f2328; background:#fff; }
header.top { padding:16px 24px; border-bottom:1px solid var(--line); background:var(--bg); }
header.top h1 { margin:0 0 4px; font-size:20px; }
header.top .meta { color:var(--muted); }
main { padding:16px 24px 48px; max-width:1400px; }
.status { display:inline-block; padding:1px 8px; border-radius:10px; color:#fff; font-weight:600; font-size:12px;
          text-transform:uppercase; letter-spacing:.03em; vertical-align:middle; }
.v-passed { background:var(--ok); } .v-healed { background:var(--heal); } .v-flaky { background:var(--flaky); }
.v-failed { background:var(--fail); } .v-error { background:var(--err); } .v-cancelled { background:#6e7781; }
.v-queued, .v-running { background:#6e7781; }
.cards { display:flex; flex-wrap:wrap; gap:10px; margin:12px 0 16px; }
.card { border:1px solid var(--line); border-radius:8px; padding:8px 14px; min-width:110px; background:#fff; }
.card .n { font-size:22px; font-weight:650; } .card .l { color:var(--muted); font-size:12px; }
.card.passed .n { color:var(--ok); } .card.healed .n { color:var(--heal); } .card.flaky .n { color:var(--flaky); }
.card.failed .n { color:var(--fail); } .card.error .n { color:var(--err); }
.notes { border-left:4px solid var(--flaky); background:#fff8c5; padding:6px 12px; margin:0 0 12px; }
.filters { display:flex; flex-wrap:wrap; gap:8px; align-items:center; padding:10px 0; border-bottom:1px solid var(--line);
           position:sticky; top:0; background:#fff; z-index:2; }
.filters label.chip { border:1px solid var(--line); border-radius:14px; padding:2px 10px; cursor:pointer; user-select:none; }
.filters input[type=search] { padding:4px 8px; min-width:260px; border:1px solid var(--line); border-radius:6px; }
.filters select { padding:3px 6px; border:1px solid var(--line); border-radius:6px; }
.filters .shown { color:var(--muted); margin-left:auto; }
details.item { border:1px solid var(--line); border-radius:8px; margin:10px 0; background:#fff; }
details.item > summary { padding:8px 12px; cursor:pointer; display:flex; gap:10px; align-items:center; flex-wrap:wrap; list-style:none; }
details.item > summary::-webkit-details-marker { display:none; }
details.item > summary::before { content:"\\25B8"; color:var(--muted); }
details.item[open] > summary::before { content:"\\25BE"; }
details.item[open] > summary { border-bottom:1px solid var(--line); background:var(--bg); border-radius:8px 8px 0 0; }
.key { font-family:var(--mono); font-weight:600; }
.title { flex:1 1 300px; }
.tag { font-size:11px; border:1px solid var(--line); border-radius:10px; padding:0 7px; color:var(--muted); }
.dur { color:var(--muted); font-variant-numeric:tabular-nums; }
.unmet { color:var(--fail); font-weight:600; }
.body { padding:10px 14px 14px; }
.kv { display:grid; grid-template-columns:max-content 1fr; gap:2px 14px; margin:6px 0 10px; }
.kv dt { color:var(--muted); } .kv dd { margin:0; overflow-wrap:anywhere; }
.error-box { border-left:4px solid var(--fail); background:#ffebe9; padding:8px 12px; margin:8px 0; white-space:pre-wrap;
             overflow-wrap:anywhere; font-family:var(--mono); font-size:12.5px; }
.flaky-box { border-left:4px solid var(--flaky); background:#fff1e5; padding:8px 12px; margin:8px 0; }
.cause { border-left:4px solid var(--err); background:#fbefff; padding:8px 12px; margin:8px 0; white-space:pre-wrap; }
table.steps { border-collapse:collapse; width:100%; margin:8px 0; table-layout:fixed; }
table.steps th, table.steps td { border-bottom:1px solid var(--line); padding:5px 6px; text-align:left; vertical-align:top;
                                  overflow-wrap:anywhere; }
table.steps th { font-size:12px; color:var(--muted); font-weight:600; }
table.steps col.n { width:34px; } table.steps col.a { width:122px; } table.steps col.o { width:76px; } table.steps col.d { width:170px; }
tr.o-failed td, tr.o-error td { background:#fff5f5; } tr.o-skipped td { color:#8c959f; } tr.o-healed td { background:#f0fbff; }
.loc { font-family:var(--mono); font-size:12px; }
.src { font-size:11px; border-radius:8px; padding:0 6px; margin-left:4px; border:1px solid var(--line); white-space:nowrap; }
.src-redis { background:#ffeff0; } .src-database { background:#eef6ff; } .src-discovered { background:#f0fff4; } .src-healed { background:#e6f7fb; } .src-assisted { background:#fff7e6; }
.bar { height:8px; background:#8c959f; border-radius:4px; min-width:2px; display:inline-block; vertical-align:middle; }
tr.o-failed .bar, tr.o-error .bar { background:var(--fail); } tr.o-healed .bar { background:var(--heal); } tr.o-passed .bar { background:var(--ok); }
.ms { font-size:12px; color:var(--muted); margin-left:6px; font-variant-numeric:tabular-nums; white-space:nowrap; }
.heal { font-family:var(--mono); font-size:12px; color:var(--heal); margin-top:3px; }
.heal .changed { color:var(--flaky); font-weight:600; } .heal .undo code { background:#f6f8fa; padding:0 3px; }
.cands { font-size:12px; color:var(--muted); margin:3px 0 0 16px; padding:0; }
.evidence { display:flex; gap:16px; flex-wrap:wrap; align-items:flex-start; margin:10px 0; }
.evidence figure { margin:0; } .evidence figcaption { font-size:12px; color:var(--muted); }
img.thumb { width:280px; max-width:100%; border:1px solid var(--line); border-radius:6px; cursor:zoom-in; display:block; }
pre.dom { background:var(--bg); border:1px solid var(--line); border-radius:6px; padding:8px; max-height:260px; overflow:auto;
          font-size:12px; white-space:pre-wrap; overflow-wrap:anywhere; }
.console { font-family:var(--mono); font-size:12px; color:var(--fail); margin:4px 0; padding-left:18px; }
.hist { display:inline-flex; gap:2px; vertical-align:middle; }
.hist i { width:8px; height:14px; border-radius:2px; display:inline-block; }
.h-passed { background:var(--ok); } .h-healed { background:var(--heal); } .h-flaky { background:var(--flaky); }
.h-failed { background:var(--fail); } .h-error { background:var(--err); }
.rate { font-size:12px; color:var(--muted); }
h3 { font-size:14px; margin:14px 0 4px; }
code { font-family:var(--mono); font-size:12px; background:var(--bg); padding:0 4px; border-radius:4px; }
#lightbox { position:fixed; inset:0; background:rgba(0,0,0,.82); display:none; align-items:center; justify-content:center;
            z-index:10; cursor:zoom-out; }
#lightbox.open { display:flex; } #lightbox img { max-width:96vw; max-height:94vh; background:#fff; }
.empty { color:var(--muted); padding:24px 0; }
"""

JS = """
(function () {
  "use strict";
  var items = Array.prototype.slice.call(document.querySelectorAll("details.item"));
  var search = document.getElementById("f-text");
  var tag = document.getElementById("f-tag");
  var boxes = Array.prototype.slice.call(document.querySelectorAll("input[data-verdict]"));
  var shown = document.getElementById("f-shown");
  var empty = document.getElementById("f-empty");
  function apply() {
    var text = (search.value || "").toLowerCase();
    var wanted = {};
    boxes.forEach(function (b) { wanted[b.getAttribute("data-verdict")] = b.checked; });
    var t = tag.value;
    var n = 0;
    items.forEach(function (el) {
      var ok = wanted[el.getAttribute("data-verdict")] !== false;
      if (ok && t) { ok = (" " + el.getAttribute("data-tags") + " ").indexOf(" " + t + " ") >= 0; }
      if (ok && text) { ok = el.getAttribute("data-text").indexOf(text) >= 0; }
      el.hidden = !ok;
      if (ok) { n += 1; }
    });
    shown.textContent = n + " of " + items.length + " shown";
    empty.hidden = n !== 0;
  }
  search.addEventListener("input", apply);
  tag.addEventListener("change", apply);
  boxes.forEach(function (b) { b.addEventListener("change", apply); });
  var box = document.getElementById("lightbox");
  var big = box.querySelector("img");
  document.addEventListener("click", function (ev) {
    var target = ev.target;
    if (target.classList && target.classList.contains("thumb")) {
      big.src = target.src; big.alt = target.alt; box.classList.add("open"); ev.preventDefault();
    } else if (box.classList.contains("open") && (target === box || target === big)) {
      box.classList.remove("open"); big.removeAttribute("src");
    }
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") { box.classList.remove("open"); big.removeAttribute("src"); }
  });
  apply();
})();
"""
