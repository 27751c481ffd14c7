// Hours: the emergency closure switch with its message in each language, whether callers' languages are remembered,
// each language's waiting (callback offer, maximum wait: waiting.js), what a caller hears right now in each language, public holidays (with the languages kept open that day), and each language's weekly opening hours. Changes go through /api/ivr (audited, effective for new calls).
import { api } from '../../shared/api.js';
import { $, html, setMarkup } from '../../shared/dom.js';
import { t } from '../../shared/i18n.js';
import { say, startConsole } from '../../shared/console-shell.js';
import './labels.js';
import { bindRemembered, loadRemembered, showRemembered } from './remembered.js';
import { bindWaiting, loadWaiting, showWaiting } from './waiting.js';
import { bindRecording, loadRecording, showRecording } from './recording.js';

/** @typedef {import('../../shared/types.js').HearNow} HearNow */
/** @typedef {import('../../shared/types.js').Holiday} Holiday */
/** @typedef {import('../../shared/types.js').Language} Language */

const days = [1, 2, 3, 4, 5, 6, 0];
/** @type {{ now: HearNow | null, holidays: Holiday[], languages: Language[], [other: string]: any }} */
const page = { canEdit: false, closure: null, now: null, holidays: [], languages: [], editing: null, holidayOpen: [] };
const disabled = () => (page.canEdit ? '' : html` disabled`);
const hhmm = (time) => time.slice(0, 5);

function showClosure() {
  const { closure } = page;
  if (!closure) return;
  $('closure-state').textContent = t(closure.active ? 'closure.on' : 'closure.off');
  $('closure-state').dataset.active = String(closure.active);
}

// The message fields are drawn once per load, not on every render, so switching the page language keeps what was
// typed. The first two languages (Korean and English) are always shown; the others in a disclosure, open when one of
// them has a message.
function showClosureMessages() {
  const messages = { ...(page.closure?.messages ?? {}) };
  // A message stored without a language (before messages per language) is the default language's: Korean.
  if (page.closure?.message && !messages.ko) messages.ko = page.closure.message;
  const field = (language) => html`
    <label for="closure-message-${language.code}">${language.code} <span lang="${language.code}">${language.nativeName}</span></label>
    <textarea id="closure-message-${language.code}" data-language="${language.code}" lang="${language.code}" rows="2" maxlength="500"${disabled()}>${messages[language.code] ?? ''}</textarea>`;
  const enabled = page.languages.filter((language) => language.enabled);
  const [first, others] = [enabled.slice(0, 2), enabled.slice(2)];
  const written = others.filter((language) => messages[language.code]).length;
  setMarkup($('closure-message-rows'), html`
    <div class="message-rows">${first.map(field)}</div>
    <details id="closure-more"${written > 0 ? html` open` : ''}>
      <summary data-count="${others.length}" data-written="${written}">${t('closure.more', { count: others.length, written })}</summary>
      <div class="message-rows">${others.map(field)}</div>
    </details>`);
}

function closureMessages() {
  const messages = {};
  for (const field of $('closure-message-rows').querySelectorAll('textarea')) {
    const text = field.value.trim();
    if (text) messages[field.dataset.language] = text;
  }
  return messages;
}

function showNow() {
  const now = page.now;
  if (!now) return;
  $('now-time').textContent = t('now.local', { time: now.localTime.replace('T', ' '), version: now.menuVersion })
    + (now.holiday ? ` · ${t('now.holiday', { name: now.holiday })}` : '');
  setMarkup($('now-rows'), now.languages.map((language) => html`
    <tr data-language="${language.code}">
      <th scope="row">${language.code} <span lang="${language.code}">${language.nativeName}</span></th>
      <td>${language.menuNumber}</td>
      <td data-field="open">${t(language.open ? 'yes' : 'no')}</td>
      <td data-field="step" data-step="${language.step}">${t(`step.${language.step}`)}</td>
      <td>${language.nextOpening?.replace('T', ' ')}</td>
      <td><details><summary>${t('now.show-twiml')}</summary><pre>${language.twiml}</pre></details>${language.rememberedOffer
        ? html`<details data-field="remembered-offer"><summary>${t('now.show-offer')}</summary><pre>${language.rememberedOffer}</pre></details>` : ''}</td>
    </tr>`));
}

const openText = (openLanguages) => {
  const codes = Object.keys(openLanguages ?? {}).sort();
  return codes.length === 0 ? t('holidays.all-closed')
    : t('holidays.open', { languages: codes.map((code) => `${code} ${openLanguages[code].map((hours) => `${hours.from}–${hours.to}`).join(', ')}`).join('; ') });
};

function showHolidays() {
  setMarkup($('holidays'), page.holidays.length === 0 ? html`<li>${t('holidays.none')}</li>` : page.holidays.map((holiday) => html`
    <li data-holiday="${holiday.date}">${holiday.date} ${holiday.name} <span data-field="open">${openText(holiday.openLanguages)}</span>
      <button type="button" data-edit-holiday="${holiday.date}" aria-label="${t('holidays.edit', holiday)}"${disabled()}>${t('schedules.edit')}</button>
      <button type="button" data-remove="${holiday.date}" aria-label="${t('holidays.remove', holiday)}"${disabled()}>${t('schedules.remove-button')}</button></li>`));
}

// One row per opening: a language kept open twice in the day has two rows.
function showHolidayOpen() {
  const enabled = page.languages.filter((language) => language.enabled);
  setMarkup($('holiday-open-rows'), page.holidayOpen.map((row, index) => html`
    <tr>
      <td><select data-index="${index}" data-field="language" aria-label="${t('now.language')} ${index + 1}"${disabled()}>${enabled.map((language) =>
        html`<option value="${language.code}"${language.code === row.language ? html` selected` : ''}>${language.code} ${language.nativeName}</option>`)}</select></td>
      <td><input type="time" data-index="${index}" data-field="from" value="${row.from}" aria-label="${t('schedules.open')} ${index + 1}" required${disabled()}></td>
      <td><input type="time" data-index="${index}" data-field="to" value="${row.to}" aria-label="${t('schedules.close')} ${index + 1}" required${disabled()}></td>
      <td><button type="button" data-remove-open="${index}"${disabled()}>${t('schedules.remove-button')}</button></td>
    </tr>`));
}

function holidayOpenLanguages() {
  const open = {};
  for (const row of page.holidayOpen) (open[row.language] ??= []).push({ from: row.from, to: row.to });
  return open;
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
  showRemembered();
  showWaiting();
  showRecording();
  const more = /** @type {HTMLElement | null} */ (document.querySelector('#closure-more summary'));
  if (more) more.textContent = t('closure.more', { count: more.dataset.count, written: more.dataset.written });
  showNow();
  showHolidays();
  showHolidayOpen();
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
  await Promise.all([loadNow(), loadRemembered(), loadWaiting(page.languages), loadRecording(page.languages)]);
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
    change(() => api('PUT', '/api/ivr/closure', { active, message: null, messages: closureMessages() }), () => {
      showClosureMessages();
      return t(active ? 'closure.saved-on' : 'closure.saved-off');
    });
  });
  $('now-refresh').addEventListener('click', () => loadNow().catch((error) => say(error.message, true)));
  $('holiday-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const date = $('holiday-date').value;
    const name = $('holiday-name').value.trim();
    change(() => api('PUT', `/api/ivr/holidays/${date}`, { name, openLanguages: holidayOpenLanguages() }), () => {
      page.holidayOpen = [];
      showHolidayOpen();
      return t('holidays.saved', { date, name });
    });
  });
  $('holiday-open-add').addEventListener('click', () => {
    const taken = new Set(page.holidayOpen.map((row) => row.language));
    const next = page.languages.find((language) => language.enabled && !taken.has(language.code)) ?? page.languages[0];
    page.holidayOpen.push({ language: next.code, from: '09:00', to: '18:00' });
    showHolidayOpen();
    $('holiday-open-rows').querySelector('tr:last-child select')?.focus();
  });
  $('holiday-open-rows').addEventListener('change', (event) => {
    const { index, field } = event.target.dataset;
    if (index !== undefined) page.holidayOpen[Number(index)][field] = event.target.value;
  });
  $('holiday-open-rows').addEventListener('click', (event) => {
    const index = event.target.closest('[data-remove-open]')?.dataset.removeOpen;
    if (index === undefined) return;
    page.holidayOpen.splice(Number(index), 1);
    showHolidayOpen();
  });
  $('holidays').addEventListener('click', (event) => {
    const edit = event.target.closest('[data-edit-holiday]')?.dataset.editHoliday;
    const holiday = page.holidays.find((item) => item.date === edit);
    if (holiday) {
      $('holiday-date').value = holiday.date;
      $('holiday-name').value = holiday.name;
      page.holidayOpen = Object.entries(holiday.openLanguages ?? {})
        .flatMap(([language, openings]) => openings.map((hours) => ({ language, from: hours.from, to: hours.to })));
      showHolidayOpen();
      $('holiday-name').focus();
      return;
    }
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
  bindRemembered(canEdit, change);
  bindWaiting(canEdit, change);
  bindRecording(canEdit, change);
  await load();
  $('closure-active').checked = page.closure.active;
  showClosureMessages();
  document.body.dataset.ready = 'true';
}

main().catch((error) => say(error.message, true));
