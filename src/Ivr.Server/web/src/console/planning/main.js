// Workforce planning (docs/planning.md): for one language and date, the forecast (calls, AHT) and the counselors
// required (Erlang A and C) and planned, as charts over the day's 48 half hours and a table whose planned cells
// operations edit and save as a new version (this date or the weekly template), or replace by the requirement.
import { api } from '../../shared/api.js';
import { $, html, setMarkup } from '../../shared/dom.js';
import { currentLanguage, t } from '../../shared/i18n.js';
import { say, startConsole } from '../../shared/console-shell.js';
import { colour, drawChart } from '../shared/charts.js';
import './labels.js';

const halfHours = Array.from({ length: 48 }, (_, i) => `${String(Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`);

/** @type {{ date: string, language: string, need: Map<string, any>, planned: number[], source: string, version: any, canEdit: boolean, teams: any[] }} */
const page = { date: '', language: '', need: new Map(), planned: [], source: 'none', version: null, canEdit: false, teams: [] };

const query = () => `from=${page.date}&language=${encodeURIComponent(page.language)}`;
const records = (table) => table.rows.map((row) => Object.fromEntries(table.columns.map((column, i) => [column, row[i]])));
const weekday = (date) => new Date(`${date}T12:00:00`).toLocaleDateString(currentLanguage() === 'ko' ? 'ko-KR' : 'en-US', { weekday: 'long' });
const addDays = (date, days) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function load() {
  const [requirement, plan, versions] = await Promise.all([
    api('GET', `/api/planning/requirement?${query()}`),
    api('GET', `/api/planning/plan/days?${query()}`),
    api('GET', '/api/planning/plan/versions'),
  ]);
  page.need = new Map(records(requirement).filter((row) => row.date === page.date).map((row) => [row.interval, row]));
  const planned = records(plan);
  page.planned = halfHours.map((interval) => planned.find((row) => row.interval === interval)?.planned ?? 0);
  page.source = planned[0]?.source ?? 'none';
  page.version = versions[0] ?? null;
  for (const [id, name] of [['csv-forecast', 'forecast'], ['csv-requirement', 'requirement']]) $(id).href = `/api/planning/${name}?${query()}&format=csv`;
  page.teams = records(await api('GET', `/api/planning/teams?from=${page.date}`));
  $('csv-plan').href = `/api/planning/plan/days?${query()}&days=28&format=csv`;
  show();
}

function show() {
  const need = (interval, key) => page.need.get(interval)?.[key] ?? 0;
  drawChart($('chart-forecast'), {
    type: 'bar',
    data: { labels: halfHours, datasets: [
      { label: t('chart.calls'), data: halfHours.map((i) => need(i, 'offered')), backgroundColor: colour(0), yAxisID: 'y' },
      { type: 'line', label: t('chart.aht'), data: halfHours.map((i) => need(i, 'ahtSeconds') || null), borderColor: colour(1), backgroundColor: colour(1), yAxisID: 'aht' },
    ] },
    options: { scales: { y: { beginAtZero: true, title: { display: true, text: t('chart.calls') } },
      aht: { position: 'right', beginAtZero: true, grid: { drawOnChartArea: false }, title: { display: true, text: t('chart.aht') } } } },
  });
  drawChart($('chart-staffing'), {
    type: 'line',
    data: { labels: halfHours, datasets: [
      { label: t('planning.erlang-c'), data: halfHours.map((i) => need(i, 'erlangC')), borderColor: colour(1), backgroundColor: colour(1), borderDash: [6, 3] },
      { label: t('planning.erlang-a'), data: halfHours.map((i) => need(i, 'erlangA')), borderColor: colour(0), backgroundColor: colour(0) },
      { label: t('planning.planned'), data: page.planned, borderColor: colour(2), backgroundColor: colour(2), stepped: true },
    ] },
    options: { scales: { y: { beginAtZero: true, title: { display: true, text: t('chart.counselors') } } } },
  });
  $('plan-caption').textContent = t('planning.caption', { language: page.language, date: page.date, source: t(`planning.source-${page.source}`) });
  setMarkup($('plan-rows'), halfHours.map((interval, index) => {
    const row = page.need.get(interval);
    const short = page.planned[index] < (row?.required ?? 0);
    return html`<tr data-interval="${interval}">
      <th scope="row">${interval}</th>
      <td class="number">${row?.offered ?? 0}</td>
      <td class="number">${row?.ahtSeconds ?? '—'}</td>
      <td class="number">${row?.erlangC ?? 0}</td>
      <td class="number">${row?.erlangA ?? 0}</td>
      <td class="number" data-field="required">${row?.required ?? 0}</td>
      <td${short ? html` data-level="alert"` : ''}><input type="number" min="0" max="500" step="1" required name="planned-${index}"
        data-index="${index}" value="${page.planned[index]}" aria-label="${t('planning.planned-at', { interval })}"${page.canEdit ? '' : html` disabled`}>${
        short ? html` <small>${t('planning.short', { count: (row?.required ?? 0) - page.planned[index] })}</small>` : ''}</td>
    </tr>`;
  }));
  setMarkup($('teams-rows'), page.teams.length
    ? page.teams.map((team) => html`<tr>
      <th scope="row">${team.languages}</th>
      <td class="number">${team.counselors}</td>
      <td class="number">${team.alone}</td>
      <td class="number">${team.pooled}</td>
      <td class="number">${team.fewerPercent ?? '—'}</td>
    </tr>`)
    : [html`<tr><td colspan="5">${t('planning.no-teams')}</td></tr>`]);
  $('save-as-date').textContent = t('planning.save-date', { date: page.date });
  $('save-as-template').textContent = t('planning.save-template', { weekday: weekday(page.date) });
  $('plan-version').textContent = page.version
    ? t('planning.version', { version: page.version.version, who: page.version.createdBy, time: new Date(page.version.createdAt).toLocaleString(), note: page.version.note ?? '' })
    : t('planning.no-version');
}

async function save(event) {
  event.preventDefault();
  const template = $('save-as').value === 'template';
  const dayOfWeek = new Date(`${page.date}T12:00:00`).getDay();
  const cells = [...document.querySelectorAll('#plan-rows input')]
    .map((input) => ({ index: Number(/** @type {HTMLInputElement} */ (input).dataset.index), count: Number(/** @type {HTMLInputElement} */ (input).value) }))
    .filter(({ index, count }) => count !== page.planned[index])
    .map(({ index, count }) => ({ language: page.language, interval: index, count, ...(template ? { dayOfWeek } : { date: page.date }) }));
  if (!cells.length) {
    say(t('planning.nothing-changed'), true);
    return;
  }
  await saved(api('PUT', '/api/planning/plan', { note: $('plan-note').value, cells }));
}

async function accept(event) {
  event.preventDefault();
  await saved(api('POST', '/api/planning/plan/accept', {
    from: $('accept-from').value, to: $('accept-to').value, into: $('accept-into').value, languages: [page.language],
    note: $('plan-note').value || null,
  }));
}

async function saved(request) {
  try {
    const plan = await request;
    $('plan-note').value = '';
    await load();
    say(t('planning.saved', { version: plan.version }));
  } catch (error) {
    say(error.message, true);
  }
}

async function choose(event) {
  event?.preventDefault();
  page.date = $('date').value;
  page.language = $('language-filter').value;
  $('accept-from').value = page.date;
  $('accept-to').value = addDays(page.date, 7);
  history.replaceState(null, '', `?date=${page.date}&language=${page.language}`);
  try {
    await load();
  } catch (error) {
    say(error.message, true);
  }
}

async function main() {
  ({ canEdit: page.canEdit } = await startConsole({ current: 'planning', onLanguage: show }));
  const languages = await api('GET', '/api/ivr/languages');
  setMarkup($('language-filter'), languages.map((language) => html`<option value="${language.code}">${language.code} ${language.nativeName}</option>`));
  const params = new URLSearchParams(location.search);
  $('date').value = params.get('date') ?? new Date().toISOString().slice(0, 10);
  if (params.get('language')) $('language-filter').value = params.get('language');
  $('filters').addEventListener('submit', choose);
  $('plan-form').addEventListener('submit', save);
  $('accept-form').addEventListener('submit', accept);
  await choose();
  document.body.dataset.ready = 'true';
}

main().catch((error) => say(error.message, true));
