// Each report as a chart and the table of the same numbers (the table is built from the chart's own data).
import { colour, drawChart } from '../shared/charts.js';
import { renderTable } from '../shared/table.js';
import { t } from '../../shared/i18n.js';
import { records } from './fetch.js';
import { $ } from '../../shared/dom.js';

const languageName = (code) => (code === '' ? t('language.none') : code);

/** Chart datasets as a table: one row per label, one column per dataset. */
function tableFromChart(table, caption, firstColumn, labels, datasets, keys) {
  renderTable(table, {
    caption,
    columns: [{ key: firstColumn, label: t(`column.${firstColumn}`) }, ...datasets.map((dataset, index) => ({ key: keys[index], label: dataset.label }))],
    rows: labels.map((label, row) => ({ key: label, cells: [label, ...datasets.map((dataset) => dataset.data[row])] })),
  });
}

export function showCallsByLanguage(table, filters) {
  const rows = records(table).filter((row) => filters.language === null || row.language === filters.language);
  const periods = [...new Set(rows.map((row) => row.period))].sort();
  const totals = new Map();
  for (const row of rows) totals.set(row.language, (totals.get(row.language) ?? 0) + row[filters.measure]);
  const languages = [...totals.keys()].sort((a, b) => totals.get(b) - totals.get(a) || a.localeCompare(b));
  const value = new Map(rows.map((row) => [`${row.period}|${row.language}`, row[filters.measure]]));
  const datasets = languages.map((language, index) => ({
    label: languageName(language),
    data: periods.map((period) => value.get(`${period}|${language}`) ?? 0),
    borderColor: colour(index),
    backgroundColor: colour(index),
  }));
  const single = periods.length === 1;
  drawChart($('chart-calls-by-language'), {
    type: single ? 'bar' : 'line',
    data: { labels: periods, datasets },
    options: { scales: { y: { beginAtZero: true, title: { display: true, text: t(`measure.${filters.measure}`) } } } },
  });
  tableFromChart($('table-calls-by-language'), `${t('chart.calls-by-language')} (${t(`measure.${filters.measure}`)})`, 'period', periods, datasets, languages.map((language) => `lang-${language}`));
}

export function showResidency(table) {
  const totals = new Map();
  const names = new Map();
  for (const row of records(table)) {
    totals.set(row.code, (totals.get(row.code) ?? 0) + row.calls);
    names.set(row.code, row.name);
  }
  const codes = [...totals.keys()].sort((a, b) => totals.get(b) - totals.get(a) || a.localeCompare(b));
  drawChart($('chart-calls-by-residency-status'), {
    type: 'bar',
    data: { labels: codes, datasets: [{ label: t('column.calls'), data: codes.map((code) => totals.get(code)), backgroundColor: colour(0) }] },
    options: { indexAxis: 'y', plugins: { legend: { display: false } } },
  });
  renderTable($('table-calls-by-residency-status'), {
    caption: t('chart.residency'),
    columns: ['code', 'name', 'calls'].map((key) => ({ key, label: t(`column.${key}`) })),
    rows: codes.map((code) => ({ key: code, cells: [code, names.get(code), totals.get(code)] })),
  });
}

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

// A table heatmap: ten shades (heat-0 .. heat-9, all dark text at AA contrast) by the share of the busiest cell.
export function showArrivals(table) {
  const rows = records(table);
  const busiest = Math.max(1, ...rows.flatMap((row) => weekdays.map((day) => row[day])));
  renderTable($('table-arrivals-by-hour'), {
    caption: t('chart.arrivals'),
    columns: [{ key: 'hour', label: t('column.hour') }, ...weekdays.map((day) => ({ key: day, label: t(`day.${day}`) })), { key: 'total', label: t('column.total') }],
    rows: rows.map((row) => ({ key: String(row.hour), cells: [`${String(row.hour).padStart(2, '0')}:00`, ...weekdays.map((day) => row[day]), row.total] })),
    cellClass: (value, index) => (index >= 1 && index <= 7 ? `heat-${Math.min(9, Math.floor((10 * value) / (busiest + 1)))}` : undefined),
  });
}

const serviceColumns = ['queued', 'answered', 'abandoned', 'short_abandons', 'service_level_pct', 'answered_within_pct', 'asa_s', 'abandon_pct', 'aht_s', 'acw_s', 'longest_wait_s'];

export function showLanguageService(table, filters) {
  const rows = records(table).filter((row) => filters.language === null || row.language === filters.language);
  const labels = rows.map((row) => languageName(row.language));
  drawChart($('chart-language-service'), {
    type: 'bar',
    data: {
      labels,
      datasets: [
        { label: t('column.service_level_pct'), data: rows.map((row) => row.service_level_pct), backgroundColor: colour(0) },
        { label: t('column.abandon_pct'), data: rows.map((row) => row.abandon_pct), backgroundColor: colour(1) },
      ],
    },
    options: { scales: { y: { beginAtZero: true, max: 100, title: { display: true, text: '%' } } } },
  });
  renderTable($('table-language-service'), {
    caption: t('chart.service'),
    columns: ['language', ...serviceColumns].map((key) => ({ key, label: t(`column.${key}`) })),
    rows: rows.map((row) => ({ key: row.language, cells: [languageName(row.language), ...serviceColumns.map((column) => numeric(row[column]))] })),
  });
}

const callbackColumns = ['requested', 'completed', 'failed', 'cancelled', 'pending', 'completion_pct', 'avg_time_to_callback_s', 'dials'];

export function showCallbacks(table, filters) {
  const rows = records(table).filter((row) => filters.language === null || row.language === filters.language);
  renderTable($('table-callbacks'), {
    caption: t('chart.callbacks'),
    columns: ['period', 'language', ...callbackColumns].map((key) => ({ key, label: t(`column.${key}`) })),
    rows: rows.map((row) => ({
      key: `${row.period}|${row.language}`,
      cells: [row.period, languageName(row.language), ...callbackColumns.map((column) => numeric(row[column]))],
    })),
  });
}

const qualityColumns = ['reviews', 'avg_score', 'min_score', 'max_score'];

// Quality review scores over time: a line per counselor (of the language filtered, if any), and the table per language.
export function showQuality(table, filters) {
  const rows = records(table).filter((row) => filters.language === null || row.language === filters.language);
  const periods = [...new Set(rows.map((row) => row.period))].sort();
  const counselors = [...new Set(rows.map((row) => row.counselor))].sort();
  // A counselor reviewed in several languages in one period: the mean of their reviews, weighted by count.
  const mean = (counselor, period) => {
    const matching = rows.filter((row) => row.counselor === counselor && row.period === period);
    const reviews = matching.reduce((sum, row) => sum + row.reviews, 0);
    return reviews ? Math.round((10 * matching.reduce((sum, row) => sum + row.avg_score * row.reviews, 0)) / reviews) / 10 : null;
  };
  drawChart($('chart-quality'), {
    type: periods.length === 1 ? 'bar' : 'line',
    data: {
      labels: periods,
      datasets: counselors.map((counselor, index) => ({
        label: counselor, data: periods.map((period) => mean(counselor, period)), borderColor: colour(index), backgroundColor: colour(index), spanGaps: true,
      })),
    },
    options: { scales: { y: { beginAtZero: true, max: 100, title: { display: true, text: t('column.avg_score') } } } },
  });
  renderTable($('table-quality'), {
    caption: t('chart.quality'),
    columns: ['period', 'counselor', 'language', ...qualityColumns].map((key) => ({ key, label: t(`column.${key}`) })),
    rows: rows.map((row) => ({
      key: `${row.period}|${row.counselor}|${row.language}`,
      cells: [row.period, row.counselor, languageName(row.language), ...qualityColumns.map((column) => numeric(row[column]))],
    })),
  });
}

// PostgreSQL numerics come as numbers; a division by zero comes as null.
const numeric = (value) => (value === null || value === undefined ? null : Number(value));

/** @param {{ label: string, table: object }[]} perBucket the language-service report of each period. */
export function showTrend(perBucket, language) {
  $('trend-language').textContent = language === null ? '—' : languageName(language);
  const pick = (table) => records(table).find((row) => row.language === language);
  const labels = perBucket.map((bucket) => bucket.label);
  const series = (column) => perBucket.map((bucket) => numeric(pick(bucket.table)?.[column] ?? null));
  const datasets = [
    { label: t('column.service_level_pct'), data: series('service_level_pct'), borderColor: colour(0), backgroundColor: colour(0), yAxisID: 'pct' },
    { label: t('column.abandon_pct'), data: series('abandon_pct'), borderColor: colour(1), backgroundColor: colour(1), yAxisID: 'pct' },
    { label: t('column.asa_s'), data: series('asa_s'), borderColor: colour(2), backgroundColor: colour(2), yAxisID: 'seconds' },
  ];
  drawChart($('chart-service-trend'), {
    type: 'line',
    data: { labels, datasets },
    options: {
      scales: {
        pct: { type: 'linear', position: 'left', beginAtZero: true, max: 100, title: { display: true, text: '%' } },
        seconds: { type: 'linear', position: 'right', beginAtZero: true, grid: { drawOnChartArea: false }, title: { display: true, text: t('column.asa_s') } },
      },
    },
  });
  tableFromChart($('table-service-trend'), `${t('chart.trend')}: ${$('trend-language').textContent}`, 'period', labels, datasets, ['service_level_pct', 'abandon_pct', 'asa_s']);
}
