// The web page's markup and style; its script is page-script.ts, served at /page.js.
export const PAGE_HTML = String.raw`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>factline: numbers in the news, sourced</title>
<style>
  :root { --ink: #1d232b; --muted: #5b6572; --line: #dde2e8; --accent: #0b5cad; --warn: #a4330b; --bg: #fafbfc; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: var(--bg); }
  header { padding: 14px 24px; border-bottom: 1px solid var(--line); background: #fff; display: flex; gap: 16px; align-items: baseline; flex-wrap: wrap; }
  header h1 { margin: 0; font-size: 20px; }
  header p { margin: 0; color: var(--muted); }
  main { display: grid; grid-template-columns: minmax(220px, 300px) 1fr; gap: 0; min-height: calc(100vh - 60px); }
  nav { border-right: 1px solid var(--line); padding: 16px; background: #fff; overflow: auto; }
  nav h2, section h2 { font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 0 0 8px; }
  nav ul { list-style: none; margin: 0 0 16px; padding: 0; }
  nav li.subject > span { font-weight: 600; display: block; margin-top: 10px; }
  nav a { color: var(--accent); text-decoration: none; display: block; padding: 2px 0 2px 10px; }
  nav a[aria-current="true"] { font-weight: 600; border-left: 3px solid var(--accent); padding-left: 7px; }
  section { padding: 20px 28px; overflow: auto; }
  form { display: flex; gap: 8px; margin-bottom: 12px; }
  input[type=search] { flex: 1; padding: 6px 10px; border: 1px solid var(--line); border-radius: 6px; font: inherit; }
  button { font: inherit; padding: 6px 12px; border: 1px solid var(--accent); background: var(--accent); color: #fff; border-radius: 6px; cursor: pointer; }
  .kind { margin: 18px 0; }
  .kind h3 { margin: 0 0 8px; font-size: 16px; }
  .fact { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; margin-bottom: 10px; }
  .fact .value { font-size: 22px; font-weight: 700; }
  .fact .period { color: var(--muted); margin-left: 8px; }
  .appearance { border-left: 3px solid var(--line); padding: 4px 0 4px 10px; margin-top: 8px; color: #333; }
  .appearance q { font-style: italic; }
  .meta { color: var(--muted); font-size: 13px; }
  .relation { margin: 4px 0; }
  .relation.conflicts { color: var(--warn); font-weight: 600; }
  .empty { color: var(--muted); }
  .error { color: var(--warn); }
  a.export { font-size: 13px; margin-left: 10px; }
</style>
</head>
<body>
<header>
  <h1>factline</h1>
  <p>Numeric claims in the news: who said what number, when, and where sources disagree.</p>
</header>
<main>
  <nav aria-label="Subjects and metrics">
    <h2>Subjects</h2>
    <ul id="subjects"><li class="empty">Loading…</li></ul>
    <h2>Open conflicts</h2>
    <ul id="conflicts"><li class="empty">Loading…</li></ul>
  </nav>
  <section id="content" aria-live="polite">
    <form id="search" role="search">
      <input type="search" name="q" placeholder="Search facts, e.g. tariff, defence, GDP" aria-label="Search facts">
      <button type="submit">Search</button>
    </form>
    <div id="view"><p class="empty">Pick a subject and a metric to see its series, or search the facts.</p></div>
  </section>
</main>
<script type="module" src="/page.js"></script>
</body>
</html>
`;
