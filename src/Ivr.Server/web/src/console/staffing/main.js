// Staffing: every counselor with presence and languages; move one between languages in two clicks (choose, Move),
// edit levels, and move many at once. Every change goes through /api/staffing (audited, applied from the next match).
// Presence is pushed every ~2 s over SignalR (/hubs/staffing); only the presence cells change, so a half-chosen move stays.
import { api } from '../../shared/api.js';
import { $, html, raw, setMarkup } from '../../shared/dom.js';
import { t } from '../../shared/i18n.js';
import { connectHub, showLiveStatus } from '../../shared/live.js';
import { say, startConsole } from '../../shared/console-shell.js';
import './labels.js';
import { bindSetting, chooseMode, leave, loadSessions, monitorControls, monitorStatus, onSessionsChanged } from './monitoring.js';

/** @typedef {import('../../shared/types.js').Counselor} Counselor */

const levels = [1, 2, 3, 4, 5];
/** @type {{ counselors: Counselor[], languages: string[], names: Map<string, string>, [other: string]: any }} */
const page = { counselors: [], languages: [], names: new Map(), canEdit: false, editing: null, live: 'offline' };

function showLive() {
  showLiveStatus($('live-status'), page.live);
}

const languageName = (code) => (page.names.has(code) ? `${code} ${page.names.get(code)}` : code);
const options = (codes) => codes.map((code) => html`<option value="${code}">${languageName(code)}</option>`);
const skillText = (skills) => Object.entries(skills).sort(([, a], [, b]) => b - a).map(([code, level]) => `${code} ${level}`).join(', ');
const nameOf = (counselor) => counselor.displayName || counselor.id;
const teamText = (teams) => (teams?.length ? teams.join(', ') : '—');
const shapeOf = (counselor) => `${counselor.id} ${skillText(counselor.skills)} ${teamText(counselor.teams)}`;
const disabled = () => (page.canEdit ? '' : html` disabled`);

/** @param {Counselor} counselor */
function row(counselor) {
  const name = nameOf(counselor);
  const state = counselor.state.toLowerCase();
  const own = Object.keys(counselor.skills);
  return html`<tr data-counselor="${counselor.id}">
    <th scope="row">${name} <small>${counselor.id}</small></th>
    <td data-field="presence" data-state="${state}">${t(`presence.${state}`)}</td>
    <td data-field="skills">${skillText(counselor.skills)}</td>
    <td data-field="teams">${teamText(counselor.teams)}</td>
    <td><div class="controls">
      <select data-move-from aria-label="${t('staffing.move-from', { name })}"${disabled()}>${options(own)}</select>
      <select data-move-to aria-label="${t('staffing.move-to', { name })}"${disabled()}>
        <option value="">${t('staffing.move-to-choose')}</option>${options(page.languages.filter((code) => !own.includes(code)))}</select>
      <button type="button" data-move${disabled()}>${t('staffing.move-button')}</button>
    </div></td>
    <td><button type="button" data-edit>${t('staffing.edit-button')}</button></td>
    <td data-field="monitor">${monitorControls(counselor, name)}</td>
  </tr>`;
}

function render() {
  setMarkup($('counselor-rows'), page.counselors.map(row));
  showMonitoring();
}

// The Monitor cells and the status line: after a session changes, or a counselor's presence does.
// Keyboard focus stays on the button pressed, though the cell is drawn again.
function showMonitoring() {
  const focused = /** @type {HTMLElement | null} */ (document.activeElement?.closest('[data-field="monitor"] button') ?? null);
  const focusedRow = focused?.closest('tr')?.dataset.counselor;
  for (const counselor of page.counselors) {
    const cell = document.querySelector(`tr[data-counselor="${CSS.escape(counselor.id)}"] [data-field="monitor"]`);
    if (cell) setMarkup(cell, monitorControls(counselor, nameOf(counselor)));
  }
  if (focused && focusedRow) {
    const selector = focused.dataset.monitor ? `[data-monitor="${focused.dataset.monitor}"]` : '[data-monitor-leave]';
    /** @type {HTMLElement | null} */ (document.querySelector(`tr[data-counselor="${CSS.escape(focusedRow)}"] ${selector}`)
      ?? document.querySelector(`tr[data-counselor="${CSS.escape(focusedRow)}"] [data-monitor]`))?.focus();
  }
  $('monitor-status').textContent = monitorStatus((id) => nameOf(page.counselors.find((item) => item.id === id) ?? { id }));
}

// Presence changes by itself: update those cells only, so a half-chosen move is not reset.
function updatePresence(counselors) {
  const changedShape = counselors.length !== page.counselors.length
    || counselors.some((counselor, index) => shapeOf(counselor) !== shapeOf(page.counselors[index]));
  page.counselors = counselors;
  if (changedShape) {
    render();
    return;
  }
  let changed = false;
  for (const counselor of counselors) {
    const cell = /** @type {HTMLElement | null} */ (document.querySelector(`tr[data-counselor="${CSS.escape(counselor.id)}"] [data-field="presence"]`));
    const state = counselor.state.toLowerCase();
    if (cell && cell.dataset.state !== state) {
      cell.dataset.state = state;
      cell.textContent = t(`presence.${state}`);
      changed = true;
    }
  }
  // A call began or ended: who is monitored may have changed too.
  if (changed) loadSessions().catch((error) => say(error.message, true));
}

async function load() {
  updatePresence(await api('GET', '/api/staffing/counselors'));
}

async function move(tr) {
  const counselor = page.counselors.find((item) => item.id === tr.dataset.counselor);
  const from = tr.querySelector('[data-move-from]').value;
  const to = tr.querySelector('[data-move-to]').value;
  if (!to) {
    tr.querySelector('[data-move-to]').focus();
    return;
  }
  try {
    await api('POST', `/api/staffing/counselors/${encodeURIComponent(counselor.id)}/move`, { from, to });
    say(t('staffing.moved', { name: nameOf(counselor), from, to }));
    await load();
  } catch (error) {
    say(error.message, true);
  }
}

function edit(id) {
  const counselor = page.counselors.find((item) => item.id === id);
  page.editing = { counselor, skills: { ...counselor.skills } };
  $('edit').hidden = false;
  $('edit-heading').textContent = t('staffing.edit-heading', { name: nameOf(counselor) });
  $('edit-teams').value = (counselor.teams ?? []).join(', ');
  drawLevels();
  $('edit-levels').querySelector('select')?.focus();
}

function drawLevels() {
  const { skills } = page.editing;
  const selected = (yes) => (yes ? html` selected` : '');
  // The legend is the page's own markup (static HTML), kept as it is.
  const legend = raw($('edit-levels').querySelector('legend').outerHTML);
  setMarkup($('edit-levels'), [legend, ...Object.entries(skills).map(([code, level]) => html`
    <label for="level-${code}">${languageName(code)}</label>
    <select id="level-${code}" data-language="${code}"${disabled()}>
      <option value=""${selected(level === null)}>—</option>${levels.map((value) => html`<option value="${value}"${selected(value === level)}>${value}</option>`)}
    </select>`)]);
  setMarkup($('edit-add-language'), html`<option value="">${t('staffing.add-choose')}</option>${options(page.languages.filter((code) => !(code in skills)))}`);
}

async function saveEdit(event) {
  event.preventDefault();
  const { counselor } = page.editing;
  const skills = {};
  for (const select of $('edit-levels').querySelectorAll('select[data-language]')) {
    if (select.value) skills[select.dataset.language] = Number(select.value);
  }
  try {
    await api('PUT', `/api/staffing/counselors/${encodeURIComponent(counselor.id)}`, {
      displayName: counselor.displayName, skills, teams: $('edit-teams').value.split(',').map((team) => team.trim()).filter(Boolean),
      wrapUpSeconds: counselor.wrapUpSeconds, userId: counselor.userId,
    });
    say(t('staffing.saved', { name: nameOf(counselor) }));
    $('edit').hidden = true;
    await load();
  } catch (error) {
    say(error.message, true);
  }
}

async function bulkMove(event) {
  event.preventDefault();
  const form = $('bulk-form');
  try {
    const moved = await api('POST', '/api/staffing/bulk-move', {
      speaks: form.speaks.value,
      minimumLevel: Number(form.minimumLevel.value),
      to: form.to.value,
      level: form.level.value ? Number(form.level.value) : null,
      exclusive: form.exclusive.checked,
    });
    say(t('bulk.done', { count: moved.length, ids: moved.join(', ') }));
    await load();
  } catch (error) {
    say(error.message, true);
  }
}

function fillBulkForm() {
  const levelOptions = levels.map((value) => html`<option value="${value}">${value}</option>`);
  setMarkup($('bulk-speaks'), options(page.languages));
  setMarkup($('bulk-to'), options(page.languages));
  setMarkup($('bulk-minimum'), levelOptions);
  setMarkup($('bulk-level'), [html`<option value=""></option>`, ...levelOptions]);
}

function bind() {
  $('counselor-rows').addEventListener('click', (event) => {
    const tr = event.target.closest('tr[data-counselor]');
    if (!tr) return;
    if (event.target.closest('[data-move]')) move(tr);
    if (event.target.closest('[data-edit]')) edit(tr.dataset.counselor);
    const mode = event.target.closest('[data-monitor]')?.dataset.monitor;
    if (mode) chooseMode(tr.dataset.counselor, mode);
    if (event.target.closest('[data-monitor-leave]')) leave();
  });
  // Kept as chosen (null = removed) so adding another language does not undo it.
  $('edit-levels').addEventListener('change', (event) => {
    const code = event.target.dataset.language;
    if (code) page.editing.skills[code] = event.target.value ? Number(event.target.value) : null;
  });
  $('edit-add-language').addEventListener('change', () => {
    const code = $('edit-add-language').value;
    if (!code) return;
    page.editing.skills[code] = 3;
    drawLevels();
    $(`level-${code}`).focus();
  });
  $('edit-form').addEventListener('submit', saveEdit);
  $('edit-cancel').addEventListener('click', () => {
    $('edit').hidden = true;
  });
  $('bulk-form').addEventListener('submit', bulkMove);
}

async function main() {
  const { canEdit } = await startConsole({ current: 'staffing', onLanguage: () => { render(); showLive(); } });
  page.canEdit = canEdit;
  const [statistics, languages] = await Promise.all([api('GET', '/api/staffing/statistics'), api('GET', '/api/ivr/languages')]);
  page.languages = statistics.map((language) => language.language);
  page.names = new Map(languages.map((language) => [language.code, language.nativeName]));
  fillBulkForm();
  bind();
  onSessionsChanged(showMonitoring);
  await bindSetting(canEdit);
  await load();
  await loadSessions();
  render();
  await connectHub({
    path: '/hubs/staffing',
    message: 'counselors',
    onMessage: updatePresence,
    onLive: () => load().catch((error) => say(error.message, true)),
    onStatus: (status) => {
      page.live = status;
      showLive();
    },
  });
  document.body.dataset.ready = 'true';
}

main().catch((error) => say(error.message, true));
