/** Page 5: the analytics dashboard: grant rates by district and by month (Wilson 95% intervals), top authorities. */
import type { AuthorityCount, StatsResult } from '../corpus/store.js';
import { MonthBars, RateBars } from './charts.js';
import { TopChart } from './citator-page.js';
import { humanize, Layout, percent, queryString } from './layout.js';

export interface StatsParams {
  motion?: string;
  court?: string;
  judge?: string;
  from?: string;
  to?: string;
}

function StatsTable(props: { stats: StatsResult; label: string; link?: (key: string) => string }) {
  return (
    <table class="stats" data-by={props.stats.by}>
      <thead>
        <tr><th>{props.label}</th><th class="num">Motions</th><th class="num">Decided</th><th class="num">Granted</th><th class="num">Denied</th><th class="num">Other</th><th class="num">Grant rate</th><th class="num">95% CI</th></tr>
      </thead>
      <tbody>
        {[...props.stats.rows, { ...props.stats.total, key: 'All' }].map((r) => (
          <tr class={r.key === 'All' ? 'total' : ''}>
            <td>{props.link && r.key !== 'All' ? <a href={props.link(r.key)}>{r.key}</a> : <strong>{r.key}</strong>}</td>
            <td class="num">{r.motions.toLocaleString('en-US')}</td>
            <td class="num">{r.decided.toLocaleString('en-US')}</td>
            <td class="num">{r.granted.toLocaleString('en-US')}</td>
            <td class="num">{r.denied.toLocaleString('en-US')}</td>
            <td class="num">{r.other.toLocaleString('en-US')}</td>
            <td class="num">{percent(r.rate)}</td>
            <td class="num small">{r.low == null || r.high == null ? '—' : `${percent(r.low, 0)}–${percent(r.high, 0)}`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function StatsPage(props: { params: StatsParams; byCourt: StatsResult; byMonth: StatsResult; top: AuthorityCount[]; motions: string[] }) {
  const p = props.params;
  const qs = (extra: Record<string, string | undefined>) => queryString({ ...p, ...extra });
  const total = props.byCourt.total;
  const searchLink = (court: string) => `/search?${queryString({ motion: p.motion, court, from: p.from, to: p.to })}`;
  return (
    <Layout title="Analytics" section="stats">
      <h1>Analytics{p.motion ? `: ${humanize(p.motion)}` : ''}</h1>
      <form class="card row" method="get" action="/stats" id="stats-form">
        <label>Motion{' '}
          <select name="motion" data-autosubmit="">
            <option value="" selected={!p.motion}>all motions</option>
            {props.motions.map((m) => <option value={m} selected={m === p.motion}>{humanize(m)}</option>)}
          </select>
        </label>
        <label>Court <input type="text" name="court" value={p.court ?? ''} size={8} placeholder="ncwd" /></label>
        <label>Judge <input type="text" name="judge" value={p.judge ?? ''} size={14} /></label>
        <label>From <input type="text" name="from" value={p.from ?? ''} size={9} placeholder="2020-01" /></label>
        <label>To <input type="text" name="to" value={p.to ?? ''} size={9} placeholder="2021-12" /></label>
        <button type="submit">Update</button>
      </form>
      <div class="kpis">
        <div class="kpi"><div class="v">{total.motions.toLocaleString('en-US')}</div><div class="l">Motions</div></div>
        <div class="kpi"><div class="v">{total.decided.toLocaleString('en-US')}</div><div class="l">Decided</div></div>
        <div class="kpi"><div class="v">{total.granted.toLocaleString('en-US')}</div><div class="l">Granted</div></div>
        <div class="kpi"><div class="v" id="overall-rate">{percent(total.rate)}</div><div class="l">Grant rate {total.low != null && total.high != null ? `(95% CI ${percent(total.low, 0)}–${percent(total.high, 0)})` : ''}</div></div>
      </div>
      <div class="card" id="by-court">
        <div class="row"><h2>Grant rate by district</h2><span class="small muted">bars: share of decided motions granted; whiskers: Wilson 95% interval; dashed: overall</span>
          <span class="small"><a href={`/api/stats.csv?${qs({ by: 'court' })}`} download="grant-rate-by-court.csv">CSV</a> · <a href={`/api/stats?${qs({ by: 'court' })}`}>JSON</a></span></div>
        {props.byCourt.rows.length ? (
          <RateBars title="Grant rate by district" overall={total.rate}
            data={props.byCourt.rows.map((r) => ({ label: r.key, rate: r.rate, low: r.low, high: r.high, n: r.decided, href: searchLink(r.key) }))} />
        ) : <p class="muted">No decided motions match.</p>}
        <StatsTable stats={props.byCourt} label="Court" link={searchLink} />
      </div>
      <div class="card" id="by-month">
        <div class="row"><h2>Grant rate by month</h2>
          <span class="small"><a href={`/api/stats.csv?${qs({ by: 'month' })}`} download="grant-rate-by-month.csv">CSV</a> · <a href={`/api/stats?${qs({ by: 'month' })}`}>JSON</a></span></div>
        {props.byMonth.rows.length ? (
          <MonthBars title="Grant rate by month"
            data={[...props.byMonth.rows].sort((a, b) => a.key.localeCompare(b.key)).map((r) => ({ month: r.key, granted: r.granted, decided: r.decided, rate: r.rate, low: r.low, high: r.high }))} />
        ) : <p class="muted">No dated motions match.</p>}
      </div>
      <div class="card" id="top-cited">
        <div class="row"><h2>Most cited cases</h2><span class="small muted">documents citing each case{p.motion ? ', in orders on these motions' : ''}</span><span class="small"><a href="/citator">full list</a> · <a href={`/api/citator?${qs({ kind: 'case' })}`}>JSON</a></span></div>
        {props.top.length ? <TopChart rows={props.top} /> : <p class="muted">No citations match.</p>}
      </div>
    </Layout>
  );
}
