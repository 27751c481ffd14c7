// Report requests: the same /api/reports/{name} JSON and CSV the API gives to anyone else.
import { api } from '../../shared/api.js';

export function reportUrl(name, { from, to, period }, format) {
  const query = new URLSearchParams({ from, to });
  if (period) query.set('period', period);
  if (format) query.set('format', format);
  return `/api/reports/${name}?${query}`;
}

export const fetchReport = (name, filters) => api('GET', reportUrl(name, filters));

/** Rows as objects keyed by the report's column names. */
export const records = (table) => table.rows.map((row) => Object.fromEntries(table.columns.map((column, index) => [column, row[index]])));

const iso = (date) => date.toISOString().slice(0, 10);

/** The [from, to) ranges of each day, month or year the range touches, clipped to the range. */
export function buckets(from, to, period) {
  const result = [];
  const end = new Date(`${to}T00:00:00Z`);
  let start = new Date(`${from}T00:00:00Z`);
  while (start < end) {
    const next = new Date(start);
    if (period === 'day') next.setUTCDate(next.getUTCDate() + 1);
    else if (period === 'year') next.setUTCFullYear(next.getUTCFullYear() + 1, 0, 1);
    else next.setUTCMonth(next.getUTCMonth() + 1, 1);
    const clipped = next < end ? next : end;
    result.push({ label: label(start, period), from: iso(start), to: iso(clipped) });
    start = next;
  }
  return result;
}

function label(date, period) {
  const text = iso(date);
  return period === 'year' ? text.slice(0, 4) : period === 'month' ? text.slice(0, 7) : text;
}
