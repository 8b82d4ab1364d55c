// An entity's timeline as an SVG chart: a date axis, a mark per article and per dated mention,
// a bar per role. Every mark is focusable (one tab stop; arrow keys, Home and End move between
// marks, in screen direction) and named; the mark pointed at or focused shows its sentence below.
import { useMemo, useRef, useState } from 'preact/hooks';
import { axisPx, layoutChart, stepMark } from '@/lib/timeline-chart';
import type { Translate } from '../i18n';
import './chart.css';

export interface ChartEntry {
  id: string;
  kind: 'article' | 'mention' | 'role';
  /** YYYY, YYYY-MM or YYYY-MM-DD; null when unknown. */
  start: string | null;
  /** Roles: where it ended; null while it lasts. */
  end?: string | null;
  /** The article's title, or the role. */
  title: string;
  /** The sentence that named the entity. */
  sentence?: string | null;
  site?: string;
}

export interface TimelineChartProps {
  t: Translate;
  entries: readonly ChartEntry[];
  /** YYYY-MM-DD: where a role still held ends. */
  today: string;
  rtl: boolean;
  /** The UI language, for dates on the axis and in names. */
  lang: string;
}

const W = 372;
const INSET = 14;
const LANE_SPAN = 11;
const LANE_POINT = 15;
const R = 5;

const KIND_KEY = { article: 'chartArticle', mention: 'chartMention', role: 'chartRole' } as const;

/** A date at the precision it has, in the UI language (2024, March 2024, 12 March 2024). */
export function formatDate(iso: string, lang: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const opts: Intl.DateTimeFormatOptions = {
    year: 'numeric',
    timeZone: 'UTC',
    ...(m ? { month: d ? 'short' : 'long' } : {}),
    ...(d ? { day: 'numeric' } : {}),
  };
  try {
    return new Intl.DateTimeFormat(lang, opts).format(new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1)));
  } catch {
    return iso;
  }
}

function when(e: ChartEntry, t: Translate, lang: string): string {
  if (e.kind !== 'role') return e.start ? formatDate(e.start, lang) : t('undated');
  const from = e.start ? formatDate(e.start, lang) : '…';
  return `${from} – ${e.end ? formatDate(e.end, lang) : t('chartOngoing')}`;
}

export function TimelineChart({ t, entries, today, rtl, lang }: TimelineChartProps) {
  const layout = useMemo(
    () =>
      layoutChart(
        entries.map((e) => ({
          id: e.id,
          kind: e.kind === 'role' ? 'span' : 'point',
          start: e.start,
          end: e.end ?? null,
        })),
        { today },
      ),
    [entries, today],
  );
  const byId = useMemo(() => new Map(entries.map((e) => [e.id, e])), [entries]);
  const [focused, setFocused] = useState<string | null>(null);
  const [pointed, setPointed] = useState<string | null>(null);
  // The one tab stop: the focused mark, else the latest.
  const stop = focused ?? layout.order[layout.order.length - 1] ?? null;
  const svg = useRef<SVGSVGElement>(null);
  const detailId = useMemo(() => `chart-detail-${Math.random().toString(36).slice(2)}`, []);

  const top = 8;
  const spansY = top;
  const pointsBase =
    spansY + layout.spanLanes * LANE_SPAN + (layout.spanLanes ? 8 : 0) + layout.pointLanes * LANE_POINT;
  const axisY = pointsBase + 8;
  const height = axisY + 30;
  const px = (x: number) => axisPx(x, W, INSET, rtl);

  const onKey = (ev: KeyboardEvent) => {
    const next = stepMark(layout.order, focused, ev.key, rtl);
    if (!next) return;
    ev.preventDefault();
    svg.current?.querySelector<SVGGElement>(`[data-id="${CSS.escape(next)}"]`)?.focus();
  };

  const shown = byId.get(pointed ?? focused ?? '') ?? null;
  const label = (e: ChartEntry) => `${when(e, t, lang)}, ${t(KIND_KEY[e.kind])}: ${e.title}`;
  const markProps = (id: string) => {
    const e = byId.get(id)!;
    return {
      'data-id': id,
      class: `mark ${e.kind}${id === (pointed ?? focused) ? ' active' : ''}`,
      role: 'img' as const,
      tabindex: id === stop ? 0 : -1,
      'aria-label': label(e),
      'aria-describedby': detailId,
      onFocus: () => setFocused(id),
      onBlur: () => setFocused((f) => (f === id ? null : f)),
      onMouseEnter: () => setPointed(id),
      onMouseLeave: () => setPointed((p) => (p === id ? null : p)),
    };
  };

  if (layout.order.length === 0 && layout.undated.length === 0) return null;
  return (
    <figure class="timeline-chart" dir={rtl ? 'rtl' : 'ltr'}>
      {layout.order.length > 0 && (
        <svg
          ref={svg}
          viewBox={`0 0 ${W} ${height}`}
          width="100%"
          role="group"
          aria-label={t('chartTitle')}
          onKeyDown={onKey}
        >
          <line class="axis" x1={INSET / 2} x2={W - INSET / 2} y1={axisY} y2={axisY} />
          {layout.ticks.map((tk) => (
            <g key={tk.date} class="tick" aria-hidden="true">
              <line x1={px(tk.x)} x2={px(tk.x)} y1={axisY} y2={axisY + 4} />
              <text x={px(tk.x)} y={axisY + 17} text-anchor="middle">
                {formatDate(tk.date, lang)}
              </text>
            </g>
          ))}
          {layout.spans.map((s) => {
            const [a, b] = [px(s.x1), px(s.x2)];
            return (
              <g key={s.id} {...markProps(s.id)}>
                <rect
                  x={Math.min(a, b)}
                  y={spansY + s.lane * LANE_SPAN}
                  width={Math.max(3, Math.abs(b - a))}
                  height={LANE_SPAN - 3}
                  rx={3}
                />
              </g>
            );
          })}
          {layout.points.map((p) => (
            <g key={p.id} {...markProps(p.id)}>
              <line class="stem" x1={px(p.x)} x2={px(p.x)} y1={axisY} y2={pointsBase - p.lane * LANE_POINT} />
              <circle cx={px(p.x)} cy={pointsBase - p.lane * LANE_POINT - R + 2} r={R} />
            </g>
          ))}
        </svg>
      )}
      <figcaption>
        <p id={detailId} class="chart-detail" aria-live="polite">
          {shown ? (
            <>
              <strong>{when(shown, t, lang)}</strong> <span class="kind">{t(KIND_KEY[shown.kind])}</span>{' '}
              <span class="title" dir="auto">
                {shown.title}
              </span>
              {shown.sentence ? (
                <q class="sentence" dir="rtl" lang="ar">
                  {shown.sentence}
                </q>
              ) : null}
            </>
          ) : layout.order.length > 0 ? (
            <span class="hint">{t('chartHint')}</span>
          ) : null}
        </p>
        <p class="legend" aria-hidden="true">
          <span class="key article">{t('chartArticle')}</span> <span class="key mention">{t('chartMention')}</span>{' '}
          <span class="key role">{t('chartRole')}</span>
        </p>
        {layout.undated.length > 0 ? (
          <p class="undated-count">{t('chartUndated', String(layout.undated.length))}</p>
        ) : null}
      </figcaption>
    </figure>
  );
}
