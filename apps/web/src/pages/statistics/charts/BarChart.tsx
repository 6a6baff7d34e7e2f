import { useEffect, useLayoutEffect, useRef } from 'react';
import { BarElement, CategoryScale, Chart, type ChartOptions, Legend, LinearScale, Tooltip } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import { formatShare } from '../figures-format';
import { wrapLabel } from './wrap-label';

// Only what bar charts need: chart.js loads with the statistics pages only (a lazy chunk).
Chart.register(CategoryScale, LinearScale, BarElement, Tooltip, Legend);
Chart.defaults.font.family = "'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";
Chart.defaults.font.size = 14;
Chart.defaults.color = '#0b0c0c';

/** Dark enough on white and distinct in grey when printed: green, blue, purple (the page's own colours). */
const COLOURS = ['#0b5d3b', '#1d4fa0', '#4c2c92'];
/** A reference series (a target): grey. */
const REFERENCE = '#8a8b8c';

export interface ChartSeries {
  label: string;
  /** Drawn in grey: a reference (a target) rather than a result. */
  reference?: boolean;
  /** One value per category; null draws no bar (a suppressed "< 5" cell, or nothing known). */
  values: readonly (number | null)[];
}

export interface BarChartProps {
  /** What the chart shows, for screen readers (its table follows it). */
  label: string;
  categories: readonly string[];
  series: readonly ChartSeries[];
  /** Bars from the left: for categories with long names. */
  horizontal?: boolean;
  /** Values are shares 0–1, shown as percentages. */
  percent?: boolean;
  /** A title under the categories' axis (e.g. "Month" under 1…12). */
  categoryTitle?: string;
}

/**
 * A bar chart as an image for screen readers (role img, its aria-label), never alone: the caller
 * puts the same figures in a table beside it. No animation; redrawn to the paper's width to print.
 */
export function BarChart({
  label,
  categories,
  series,
  horizontal = false,
  percent = false,
  categoryTitle,
}: BarChartProps) {
  const { t, i18n } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<Chart<'bar', (number | null)[]> | undefined>(undefined);
  const locale = i18n.language === 'en' ? 'en-GB' : 'vi-VN';

  // Horizontal bars need room for each category; set through the DOM (the CSP forbids inline style attributes).
  useLayoutEffect(() => {
    if (!box.current || !horizontal) return;
    const bars = categories.length * Math.max(series.length, 1);
    box.current.style.height = `${Math.max(160, 56 + bars * 26 + categories.length * 14)}px`;
  }, [horizontal, categories.length, series.length]);

  useEffect(() => {
    const resize = () => chart.current?.resize();
    window.addEventListener('beforeprint', resize);
    window.addEventListener('afterprint', resize);
    return () => {
      window.removeEventListener('beforeprint', resize);
      window.removeEventListener('afterprint', resize);
    };
  }, []);

  const valueAxis = {
    beginAtZero: true,
    ...(percent && { max: 1 }),
    ticks: {
      precision: 0,
      callback: (value: string | number) =>
        percent ? formatShare(Number(value), i18n.language) : Number(value).toLocaleString(locale),
    },
  };
  const options: ChartOptions<'bar'> = {
    indexAxis: horizontal ? 'y' : 'x',
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    locale,
    scales: horizontal
      ? { x: valueAxis, y: { ticks: { autoSkip: false } } }
      : { y: valueAxis, x: { title: { display: Boolean(categoryTitle), text: categoryTitle ?? '' } } },
    plugins: {
      legend: { display: series.length > 1, position: 'bottom' },
      tooltip: {
        callbacks: percent
          ? { label: (item) => `${item.dataset.label ?? ''}: ${formatShare(Number(item.raw), i18n.language)}` }
          : {},
      },
    },
  };
  const data = {
    labels: categories.map((category) => (horizontal ? wrapLabel(category) : category)),
    datasets: series.map((s, i) => {
      const colour = s.reference ? REFERENCE : COLOURS[i % COLOURS.length];
      return { label: s.label, data: [...s.values], backgroundColor: colour, borderColor: colour, maxBarThickness: 40 };
    }),
  };
  return (
    <div ref={box} className={horizontal ? 'chart chart--horizontal' : 'chart'}>
      <Bar
        ref={chart}
        data={data}
        options={options}
        role="img"
        aria-label={label}
        fallbackContent={t('statistics.chart.fallback')}
      />
    </div>
  );
}
