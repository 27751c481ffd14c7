// Hours: the emergency closure switch with its message, what a caller hears right now in each language, public
// holidays, and each language's weekly opening hours. Changes go through /api/ivr (audited, effective for new calls).
import { api } from '../../shared/api.js';
import { $, html, setMarkup } from '../../shared/dom.js';
import { t } from '../../shared/i18n.js';
import { say, startConsole } from '../../shared/console-shell.js';
import './labels.js';

/** @typedef {import('../../shared/types.js').HearNow} HearNow */
/** @typedef {import('../../shared/types.js').Holiday} Holiday */
/** @typedef {import('../../shared/types.js').Language} Language */

const days = [1, 2, 3, 4, 5, 6, 0];
/** @type {{ now: HearNow | null, holidays: Holiday[], languages: Language[], [other: string]: any }} */
const page = { canEdit: false, closure: null, now: null, holidays: [], languages: [], editing: null };
const disabled = () => (page.canEdit ? '' : html` disabled`);
const hhmm = (time) => time.slice(0, 5);

function showClosure() {
  const { closure } = page;
  if (!closure) return;
  $('closure-state').textContent = t(closure.active ? 'closure.on' : 'closure.off');
  $('closure-state').dataset.active = String(closure.active);
}

function showNow() {
  const now = page.now;
  if (!now) return;
  $('now-time').textContent = t('now.local', { time: now.localTime.replace('T', ' '), version: now.menuVersion });
  setMarkup($('now-rows'), now.languages.map((language) => html`
    <tr data-language="${language.code}">
      <th scope="row">${language.code} <span lang="${language.code}">${language.nativeName}</span></th>
      <td>${language.menuNumber}</td>
      <td data-field="open">${t(language.open ? 'yes' : 'no')}</td>
      <td data-field="step" data-step="${language.step}">${t(`step.${language.step}`)}</td>
      <td>${language.nextOpening?.replace('T', ' ')}</td>
      <td><details><summary>${t('now.show-twiml')}</summary><pre>${language.twiml}</pre></details></td>
    </tr>`));
}

function showHolidays() {
  setMarkup($('holidays'), page.holidays.length === 0 ? html`<li>${t('holidays.none')}</li>` : page.holidays.map((holiday) => html`
    <li data-holiday="${holiday.date}">${holiday.date} ${holiday.name}
      <button type="button" data-remove="${holiday.date}" aria-label="${t('holidays.remove', holiday)}"${disabled()}>${t('schedules.remove-button')}</button></li>`));
}

const scheduleText = (schedule) => (schedule.length === 0 ? t('schedules.closed')
  : [...schedule].sort((a, b) => days.indexOf(a.day) - days.indexOf(b.day) || a.open.localeCompare(b.open))
    .map((period) => `${t(`day.${period.day}`)} ${hhmm(period.open)}–${hhmm(period.close)}`).join(', '));

function showSchedules() {
  setMarkup($('schedule-rows'), page.languages.map((language) => html`
    <tr data-language="${language.code}">
      <th scope="row">${language.code} <span lang="${language.code}">${language.nativeName}</span></th>
      <td data-field="schedule">${scheduleText(language.schedule)}</td>
      <td><button type="button" data-edit="${language.code}">${t('schedules.edit-button', { language: language.code })}</button></td>
    </tr>`));
}

function showPeriods() {
  const { periods } = page.editing;
  setMarkup($('period-rows'), periods.map((period, index) => html`
    <tr>
      <td><select data-index="${index}" data-field="day" aria-label="${t('schedules.day')} ${index + 1}"${disabled()}>${days.map((day) =>
        html`<option value="${day}"${day === period.day ? html` selected` : ''}>${t(`day.${day}`)}</option>`)}</select></td>
      <td><input type="time" data-index="${index}" data-field="open" value="${hhmm(period.open)}" aria-label="${t('schedules.open')} ${index + 1}" required${disabled()}></td>
      <td><input type="time" data-index="${index}" data-field="close" value="${hhmm(period.close)}" aria-label="${t('schedules.close')} ${index + 1}" required${disabled()}></td>
      <td><button type="button" data-remove-period="${index}"${disabled()}>${t('schedules.remove-button')}</button></td>
    </tr>`));
}

function render() {
  showClosure();
  showNow();
  showHolidays();
  showSchedules();
  if (page.editing) {
    $('schedule-form-heading').textContent = t('schedules.form-heading', { language: page.editing.language.code });
    showPeriods();
  }
}

async function loadNow() {
  page.now = await api('GET', '/api/ivr/now');
  showNow();
}

async function load() {
  const [closure, holidays, languages] = await Promise.all([api('GET', '/api/ivr/closure'), api('GET', '/api/ivr/holidays'), api('GET', '/api/ivr/languages')]);
  Object.assign(page, { closure, holidays, languages: [...languages].sort((a, b) => a.menuNumber - b.menuNumber) });
  render();
  await loadNow();
}

// Runs a change, reports it, and reads everything again (a change alters what callers hear now).
async function change(action, done) {
  try {
    await action();
    await load();
    say(done());
  } catch (error) {
    say(error.message, true);
  }
}

function bind() {
  $('closure-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const active = $('closure-active').checked;
    change(() => api('PUT', '/api/ivr/closure', { active, message: $('closure-message').value.trim() || null }),
      () => t(active ? 'closure.saved-on' : 'closure.saved-off'));
  });
  $('now-refresh').addEventListener('click', () => loadNow().catch((error) => say(error.message, true)));
  $('holiday-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const date = $('holiday-date').value;
    const name = $('holiday-name').value.trim();
    change(() => api('PUT', `/api/ivr/holidays/${date}`, { name }), () => `${date} ${name}`);
  });
  $('holidays').addEventListener('click', (event) => {
    const date = event.target.closest('[data-remove]')?.dataset.remove;
    if (date) change(() => api('DELETE', `/api/ivr/holidays/${date}`), () => date);
  });
  $('schedule-rows').addEventListener('click', (event) => {
    const code = event.target.closest('[data-edit]')?.dataset.edit;
    if (!code) return;
    const language = page.languages.find((item) => item.code === code);
    page.editing = { language, periods: language.schedule.map((period) => ({ ...period })) };
    $('schedule-form').hidden = false;
    render();
    $('period-rows').querySelector('select, input')?.focus();
  });
  $('period-rows').addEventListener('change', (event) => {
    const { index, field } = event.target.dataset;
    if (index === undefined) return;
    page.editing.periods[Number(index)][field] = field === 'day' ? Number(event.target.value) : `${event.target.value}:00`;
  });
  $('period-rows').addEventListener('click', (event) => {
    const index = event.target.closest('[data-remove-period]')?.dataset.removePeriod;
    if (index === undefined) return;
    page.editing.periods.splice(Number(index), 1);
    showPeriods();
  });
  $('period-add').addEventListener('click', () => {
    page.editing.periods.push({ day: 1, open: '09:00:00', close: '18:00:00' });
    showPeriods();
  });
  $('schedule-cancel').addEventListener('click', () => {
    page.editing = null;
    $('schedule-form').hidden = true;
  });
  $('schedule-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const { language, periods } = page.editing;
    change(() => api('PUT', `/api/ivr/languages/${language.code}`, {
      nativeName: language.nativeName, menuNumber: language.menuNumber, sayLanguage: language.sayLanguage, sayVoice: language.sayVoice,
      enabled: language.enabled, schedule: periods,
    }), () => {
      page.editing = null;
      $('schedule-form').hidden = true;
      return t('schedules.saved', { language: language.code });
    });
  });
}

async function main() {
  const { canEdit } = await startConsole({ current: 'hours', onLanguage: render });
  page.canEdit = canEdit;
  bind();
  await load();
  $('closure-active').checked = page.closure.active;
  $('closure-message').value = page.closure.message ?? '';
  document.body.dataset.ready = 'true';
}

main().catch((error) => say(error.message, true));
