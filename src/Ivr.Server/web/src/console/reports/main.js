// Reports: the records API's reports as charts, each with a table of the same numbers and its CSV link. The
// filters live in the address (?from=&to=&period=&language=&measure=), so a view can be bookmarked or shared.
import { startConsole } from '../../shared/console-shell.js';
import { api } from '../../shared/api.js';
import { t } from '../../shared/i18n.js';
import { buckets, fetchReport, records, reportUrl } from './fetch.js';
import './labels.js';
import { showArrivals, showCallbacks, showCallsByLanguage, showLanguageService, showQuality, showResidency, showTrend } from './views.js';
import { $, $$ } from '../../shared/dom.js';

const form = $('filters');
const maxTrendPeriods = 62;
let shown = null;

function status(state, text) {
  $('status').dataset.status = state;
  $('status').textContent = text;
}

function say(text) {
  $('message').textContent = text;
  $('message').dataset.kind = text ? 'error' : 'info';
}

function readFilters() {
  const language = form.language.value;
  return { from: form.from.value, to: form.to.value, period: form.period.value, language: language === '*' ? null : language, measure: form.measure.value };
}

function fillForm() {
  const query = new URLSearchParams(location.search);
  const today = new Date();
  const firstOfMonth = new Date(Date.UTC(today.getFullYear(), today.getMonth(), 1));
  const yearAgo = new Date(Date.UTC(today.getFullYear() - 1, today.getMonth(), 1));
  form.from.value = query.get('from') ?? yearAgo.toISOString().slice(0, 10);
  form.to.value = query.get('to') ?? firstOfMonth.toISOString().slice(0, 10);
  form.period.value = ['day', 'month', 'year'].includes(query.get('period')) ? query.get('period') : 'month';
  form.measure.value = query.get('measure') === 'consultations' ? 'consultations' : 'calls';
  form.language.value = query.get('language') ?? '*';
  if (form.language.selectedIndex < 0) form.language.value = '*';
}

async function fillLanguages() {
  const select = form.language;
  const all = new Option(t('reports.all-languages'), '*');
  all.dataset.i18n = 'reports.all-languages';
  const languages = await api('GET', '/api/ivr/languages');
  select.replaceChildren(all, ...languages.map((language) => new Option(`${language.code} — ${language.nativeName}`, language.code)));
}

async function show(filters) {
  say('');
  status('loading', t('reports.loading'));
  for (const link of $$('a.csv')) link.href = reportUrl(link.dataset.report, filters, 'csv');
  const periods = buckets(filters.from, filters.to, filters.period);
  if (periods.length > maxTrendPeriods) throw new Error(t('reports.too-many-buckets', { max: maxTrendPeriods }));
  const [byLanguage, residency, arrivals, service, callbacks, quality] = await Promise.all(
    ['calls-by-language', 'calls-by-residency-status', 'arrivals-by-hour', 'language-service', 'callbacks', 'quality'].map((name) => fetchReport(name, filters)));
  // The trend asks the same language-service report for each period (a few at a time, the server's pool is small).
  const trend = [];
  for (let i = 0; i < periods.length; i += 6) {
    const batch = periods.slice(i, i + 6);
    trend.push(...await Promise.all(batch.map(async (bucket) => ({ label: bucket.label, table: await fetchReport('language-service', bucket) }))));
  }
  shown = { filters, byLanguage, residency, arrivals, service, callbacks, quality, trend };
  render();
  status('ready', t('reports.ready', { from: filters.from, to: filters.to }));
}

function render() {
  if (!shown) return;
  const { filters, byLanguage, residency, arrivals, service, callbacks, quality, trend } = shown;
  showCallsByLanguage(byLanguage, filters);
  showResidency(residency);
  showArrivals(arrivals);
  showLanguageService(service, filters);
  showCallbacks(callbacks, filters);
  showQuality(quality, filters);
  // Without a language filter, the trend follows the language with the most queued calls in the range.
  showTrend(trend, filters.language ?? records(service)[0]?.language ?? null);
}

async function apply() {
  const filters = readFilters();
  const query = new URLSearchParams({ from: filters.from, to: filters.to, period: filters.period, measure: filters.measure });
  if (filters.language !== null) query.set('language', filters.language);
  history.replaceState(null, '', `?${query}`);
  try {
    await show(filters);
  } catch (error) {
    status('error', '');
    say(error.message);
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  apply();
});

try {
  await startConsole({ current: 'reports', onLanguage: render });
  await fillLanguages();
  fillForm();
  await apply();
} catch (error) {
  say(error.message);
}
