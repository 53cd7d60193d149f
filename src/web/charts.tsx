/**
 * Small SVG charts drawn on the server (no script, no external library): they render under the strict
 * CSP, work offline and are countable in browser tests (`rect.bar`). Styling comes from app.css classes.
 */
import type { Child } from 'hono/jsx';

export interface RateDatum {
  label: string;
  /** 0..1 or null when nothing was decided */
  rate: number | null;
  low: number | null;
  high: number | null;
  n: number;
  href?: string;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Horizontal bars of a rate per group with Wilson interval whiskers and an overall reference line. */
export function RateBars(props: { data: RateDatum[]; overall?: number | null; title: string }) {
  const rowH = 24;
  const left = 190;
  const right = 70;
  const width = 720;
  const plotW = width - left - right;
  const top = 22;
  const height = top + props.data.length * rowH + 10;
  const x = (v: number) => left + Math.max(0, Math.min(1, v)) * plotW;
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  const rows: Child[] = props.data.map((d, i) => {
    const y = top + i * rowH;
    const label = d.label.length > 28 ? `${d.label.slice(0, 27)}…` : d.label;
    const text = <text x={left - 8} y={y + rowH / 2 + 4} text-anchor="end">{label}</text>;
    return (
      <g class="row">
        <title>{`${d.label}: ${d.rate == null ? 'no decided motions' : `${pct(d.rate)} granted`} (n=${d.n}${d.low != null && d.high != null ? `, 95% CI ${pct(d.low)}–${pct(d.high)}` : ''})`}</title>
        {d.href ? <a href={d.href}>{text}</a> : text}
        {d.rate != null ? <rect class="bar" x={left} y={y + 5} width={Math.max(1, x(d.rate) - left)} height={rowH - 10} data-rate={d.rate.toFixed(4)} /> : null}
        {d.low != null && d.high != null ? (
          <g class="ci">
            <line class="whisker" x1={x(d.low)} x2={x(d.high)} y1={y + rowH / 2} y2={y + rowH / 2} />
            <line class="whisker" x1={x(d.low)} x2={x(d.low)} y1={y + 7} y2={y + rowH - 7} />
            <line class="whisker" x1={x(d.high)} x2={x(d.high)} y1={y + 7} y2={y + rowH - 7} />
          </g>
        ) : null}
        <text x={width - right + 8} y={y + rowH / 2 + 4}>{d.rate == null ? '—' : `${pct(d.rate)} · ${d.n}`}</text>
      </g>
    );
  });
  return (
    <svg class="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={props.title}>
      <title>{props.title}</title>
      {ticks.map((t) => (
        <g>
          <line class="grid" x1={x(t)} x2={x(t)} y1={top - 4} y2={height - 6} />
          <text x={x(t)} y={top - 8} text-anchor="middle">{pct(t)}</text>
        </g>
      ))}
      {props.overall != null ? <line class="avg" x1={x(props.overall)} x2={x(props.overall)} y1={top - 4} y2={height - 6} /> : null}
      {rows}
    </svg>
  );
}

export interface MonthDatum {
  /** `2020-06` */
  month: string;
  granted: number;
  decided: number;
  rate: number | null;
  low: number | null;
  high: number | null;
}

/** Vertical bars of the grant rate per month (whiskers for the interval), with decided counts below. */
export function MonthBars(props: { data: MonthDatum[]; title: string }) {
  const width = 720;
  const height = 240;
  const left = 40;
  const right = 10;
  const top = 12;
  const bottom = 52;
  const plotH = height - top - bottom;
  const n = Math.max(1, props.data.length);
  const step = (width - left - right) / n;
  const barW = Math.max(2, Math.min(36, step * 0.7));
  const y = (v: number) => top + (1 - Math.max(0, Math.min(1, v))) * plotH;
  const labelEvery = Math.max(1, Math.ceil(n / 12));
  return (
    <svg class="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={props.title}>
      <title>{props.title}</title>
      {[0, 0.25, 0.5, 0.75, 1].map((t) => (
        <g>
          <line class="grid" x1={left} x2={width - right} y1={y(t)} y2={y(t)} />
          <text x={left - 6} y={y(t) + 4} text-anchor="end">{pct(t)}</text>
        </g>
      ))}
      <line class="axis" x1={left} x2={width - right} y1={y(0)} y2={y(0)} />
      {props.data.map((d, i) => {
        const cx = left + step * i + step / 2;
        return (
          <g>
            <title>{`${d.month}: ${d.rate == null ? 'no decided motions' : `${pct(d.rate)} granted`} (${d.granted} of ${d.decided})`}</title>
            {d.rate != null ? <rect class="bar" x={cx - barW / 2} y={y(d.rate)} width={barW} height={Math.max(1, y(0) - y(d.rate))} data-rate={d.rate.toFixed(4)} /> : null}
            {d.low != null && d.high != null ? <line class="whisker" x1={cx} x2={cx} y1={y(d.high)} y2={y(d.low)} /> : null}
            {i % labelEvery === 0 ? <text x={cx} y={height - bottom + 16} text-anchor="middle">{d.month}</text> : null}
            <text x={cx} y={height - bottom + 32} text-anchor="middle" class="muted">{`n=${d.decided}`}</text>
          </g>
        );
      })}
    </svg>
  );
}

export interface CountDatum {
  label: string;
  sub?: string | null;
  count: number;
  href?: string;
}

/** Horizontal bars of counts (e.g. documents citing each authority). */
export function CountBars(props: { data: CountDatum[]; title: string }) {
  const rowH = 24;
  const left = 320;
  const right = 50;
  const width = 720;
  const top = 6;
  const height = top + props.data.length * rowH + 6;
  const max = Math.max(1, ...props.data.map((d) => d.count));
  const w = (v: number) => (v / max) * (width - left - right);
  return (
    <svg class="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={props.title}>
      <title>{props.title}</title>
      {props.data.map((d, i) => {
        const yy = top + i * rowH;
        const label = d.label.length > 50 ? `${d.label.slice(0, 49)}…` : d.label;
        const text = <text x={left - 8} y={yy + rowH / 2 + 4} text-anchor="end">{label}</text>;
        return (
          <g>
            <title>{`${d.label}${d.sub ? ` (${d.sub})` : ''}: ${d.count}`}</title>
            {d.href ? <a href={d.href}>{text}</a> : text}
            <rect class="bar alt" x={left} y={yy + 5} width={Math.max(1, w(d.count))} height={rowH - 10} />
            <text x={left + w(d.count) + 6} y={yy + rowH / 2 + 4}>{String(d.count)}</text>
          </g>
        );
      })}
    </svg>
  );
}
