/**
 * The two static files of the web app, kept as strings so the built `dist/` needs nothing copied.
 * Served from /static/ with a strict Content-Security-Policy (no inline script or style anywhere).
 */

export const styleSheet = `
:root { --ink:#1d2330; --muted:#5b6577; --line:#dde2ea; --bg:#f6f7f9; --card:#fff; --accent:#1f5fa8;
  --accent-soft:#e8f0fa; --grant:#2e7d4f; --deny:#b3412f; --mark:#fff1b8; --mark-on:#ffd54a; }
* { box-sizing: border-box; }
html { font-size: 15px; }
body { margin:0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color:var(--ink); background:var(--bg); line-height:1.5; }
a { color:var(--accent); text-decoration:none; }
a:hover { text-decoration:underline; }
header.top { background:#17263c; color:#fff; }
header.top .wrap { display:flex; align-items:center; gap:28px; padding:10px 24px; }
header.top .brand { font-weight:700; font-size:1.15rem; color:#fff; letter-spacing:.2px; }
header.top nav a { color:#c9d6ea; margin-right:18px; }
header.top nav a.on, header.top nav a:hover { color:#fff; text-decoration:none; }
header.top form { margin-left:auto; }
header.top input[type=search] { width:240px; padding:5px 9px; border-radius:4px; border:1px solid #3a4d6b;
  background:#22344f; color:#fff; }
main { max-width:1200px; margin:0 auto; padding:20px 24px 48px; }
h1 { font-size:1.45rem; margin:.2em 0 .6em; }
h2 { font-size:1.1rem; margin:1.4em 0 .5em; }
h3 { font-size:.95rem; margin:1em 0 .4em; color:var(--muted); text-transform:uppercase; letter-spacing:.5px; }
.muted { color:var(--muted); }
.small { font-size:.86rem; }
.card { background:var(--card); border:1px solid var(--line); border-radius:6px; padding:14px 18px; margin-bottom:16px; }
.card > h2:first-child, .card > .row:first-child h2 { margin-top:.2em; }
.card > .row:first-child { margin-bottom:.4em; }
.grid { display:grid; grid-template-columns: minmax(0,1fr) 380px; gap:20px; align-items:start; }
.grid-side { display:grid; grid-template-columns: 220px minmax(0,1fr); gap:20px; align-items:start; }
.cols2 { display:grid; grid-template-columns: 1fr 1fr; gap:20px; }
@media (max-width: 900px) { .grid, .grid-side, .cols2 { grid-template-columns: 1fr; } }
table { border-collapse:collapse; width:100%; font-size:.92rem; }
th, td { text-align:left; padding:6px 8px; border-bottom:1px solid var(--line); vertical-align:top; }
th { font-weight:600; color:var(--muted); font-size:.82rem; text-transform:uppercase; letter-spacing:.4px; }
td.num, th.num { text-align:right; font-variant-numeric: tabular-nums; }
tr:hover td { background:#fafbfd; }
textarea { width:100%; min-height:240px; font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace;
  font-size:.85rem; padding:8px; border:1px solid var(--line); border-radius:4px; }
input[type=text], input[type=search], select { padding:6px 8px; border:1px solid #c5ccd8; border-radius:4px; font:inherit; }
button, .button { display:inline-block; background:var(--accent); color:#fff; border:0; border-radius:4px;
  padding:7px 16px; font:inherit; font-weight:600; cursor:pointer; }
button:hover, .button:hover { background:#174c87; text-decoration:none; }
.button.secondary { background:#e4e9f1; color:var(--ink); }
.row { display:flex; gap:10px; align-items:center; flex-wrap:wrap; }
.doc-text { white-space:pre-wrap; font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace;
  font-size:.82rem; line-height:1.55; background:#fff; border:1px solid var(--line); border-radius:6px;
  padding:16px 18px; overflow-x:auto; }
.doc-text a.cite { background:var(--accent-soft); border-bottom:1px solid #9dbbe0; color:#123e70; }
.doc-text a.cite.short { background:#eef3e6; border-bottom-color:#a7c08a; color:#35521a; }
.doc-text a.cite.law { background:#f1ecf7; border-bottom-color:#b9a6d6; color:#4a2f73; }
.doc-text a.cite.record { background:#f3f3f3; border-bottom-color:#bbb; color:#444; }
.doc-text a.cite:target, .doc-text a.cite.flash { outline:2px solid var(--accent); }
.doc-text mark { background:var(--mark); color:inherit; border-radius:2px; }
.doc-text mark:target, .doc-text mark.on { background:var(--mark-on); outline:2px solid #e0a800; }
.facts td.field { color:var(--muted); white-space:nowrap; font-size:.85rem; }
.facts td.field { width:34%; }
.facts td.val { font-weight:600; overflow-wrap:anywhere; }
.facts .rule { font-family: ui-monospace, Menlo, Consolas, monospace; font-size:.7rem; font-weight:400; color:var(--muted); }
.tag { display:inline-block; padding:1px 7px; border-radius:10px; font-size:.78rem; font-weight:600; background:#eceff4; color:#3a4457; }
.tag.granted, .tag.granted_in_part { background:#e2f3e8; color:var(--grant); }
.tag.denied, .tag.denied_without_prejudice, .tag.dismissed, .tag.dismissed_without_prejudice { background:#f8e5e1; color:var(--deny); }
.facet h3 { margin-top:1.2em; }
.facet ul { list-style:none; padding:0; margin:0; font-size:.9rem; }
.facet li { display:flex; justify-content:space-between; padding:2px 0; }
.facet li a.on { font-weight:700; }
.facet .count { color:var(--muted); font-variant-numeric: tabular-nums; }
.hit { padding:12px 0; border-bottom:1px solid var(--line); }
.hit:last-child { border-bottom:0; }
.hit .title { font-weight:600; font-size:1rem; }
.hit .meta { color:var(--muted); font-size:.85rem; }
.hit .snippet { font-size:.9rem; margin-top:4px; }
.hit .snippet b, .hit .snippet em { background:var(--mark); font-style:normal; font-weight:600; }
.pager { display:flex; gap:8px; align-items:center; margin-top:14px; }
.notice { padding:10px 14px; border-radius:6px; margin-bottom:16px; border:1px solid; }
.notice.error { background:#fdecea; border-color:#f3b8ae; color:#7d2418; }
.notice.warn { background:#fff7e0; border-color:#f0d68a; color:#6b5310; }
.kpis { display:flex; gap:14px; flex-wrap:wrap; margin-bottom:16px; }
.kpi { background:#fff; border:1px solid var(--line); border-radius:6px; padding:10px 16px; min-width:150px; }
.kpi .v { font-size:1.35rem; font-weight:700; }
.kpi .l { color:var(--muted); font-size:.8rem; text-transform:uppercase; letter-spacing:.4px; }
svg.chart { width:100%; height:auto; font-family: inherit; }
svg.chart text { font-size:11px; fill:#3a4457; }
svg.chart .axis { stroke:#c5ccd8; stroke-width:1; }
svg.chart .grid { stroke:#eef1f5; stroke-width:1; }
svg.chart .bar { fill:#5b8fd0; }
svg.chart .bar.alt { fill:#8aa8cf; }
svg.chart .whisker { stroke:#1d2330; stroke-width:1.2; }
svg.chart .avg { stroke:#b3412f; stroke-dasharray:4 3; stroke-width:1.2; }
details.json summary { cursor:pointer; font-weight:600; color:var(--accent); }
pre.json { max-height:420px; overflow:auto; background:#0f1724; color:#d6e2f5; padding:12px; border-radius:6px; font-size:.78rem; }
footer { color:var(--muted); font-size:.8rem; text-align:center; padding:20px; }
`;

/** Progressive enhancement only: every page works without it. */
export const clientScript = `
(function () {
  // Clicking a fact row highlights its evidence in the text and scrolls to it.
  document.addEventListener('click', function (ev) {
    var t = ev.target.closest ? ev.target.closest('[data-fact]') : null;
    if (!t) return;
    var id = t.getAttribute('data-fact');
    document.querySelectorAll('mark.on').forEach(function (m) { m.classList.remove('on'); });
    document.querySelectorAll('mark[data-f~="' + id + '"]').forEach(function (m) { m.classList.add('on'); });
  });
  // Auto-submit facet selects.
  document.querySelectorAll('select[data-autosubmit]').forEach(function (s) {
    s.addEventListener('change', function () { s.form && s.form.submit(); });
  });
})();
`;
