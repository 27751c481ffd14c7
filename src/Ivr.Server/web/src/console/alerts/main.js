// Alerts: the open ones with an Acknowledge button, those cleared in the last day, and the rules per language that
// raise them. The shell's connection to /hubs/alerts dispatches each change ('ivr-alert') and its status; the page
// reads the list again on each, so every console shows the same alerts.
import { api } from '../../shared/api.js';
import { $, html, setMarkup } from '../../shared/dom.js';
import { applyLabels, t } from '../../shared/i18n.js';
import { say, startConsole } from '../../shared/console-shell.js';
import { showLiveStatus } from '../../shared/live.js';
import './labels.js';

// The rule fields, in the order of the table's columns, with the measure each raises.
const fields = [
  ['longestWaitSeconds', 'longest-wait', 1],
  ['serviceLevelPct', 'service-level', 1],
  ['waitingPerAvailable', 'waiting-per-available', 0.1],
  ['onCallSeconds', 'counselor-on-call', 1],
  ['wrapUpSeconds', 'counselor-wrap-up', 1],
  ['missedSeconds', 'counselor-missed', 1],
  ['staffingGapCounselors', 'staffing-gap', 1],
];

/** @type {{ alerts: { open: any[], recent: any[] }, languages: any[], names: Map<string, string>, live: import('../../shared/live.js').LiveStatus }} */
const page = { alerts: { open: [], recent: [] }, languages: [], names: new Map(), live: 'offline' };

const when = (at) => html`<time datetime="${at}">${new Date(at).toLocaleString()}</time>`;
const languageName = (code) => (code ? `${code} ${page.names.get(code) ?? ''}`.trim() : '—');

function cells(alert) {
  return html`
    <td>${t(`measure.${alert.measure}`)}</td>
    <td>${languageName(alert.language)}</td>
    <td data-field="subject">${alert.subject}</td>
    <td class="number" data-field="value">${alert.value}</td>
    <td class="number">${alert.threshold}</td>`;
}

function acknowledgement(alert) {
  return alert.acknowledgedAt
    ? html`<td data-field="acknowledged">${t('alerts.by', { who: alert.acknowledgedBy, time: new Date(alert.acknowledgedAt).toLocaleTimeString() })}</td>`
    : html`<td data-field="acknowledged"><button type="button" class="primary" data-acknowledge="${alert.id}"
        aria-label="${t('alerts.acknowledge-label', { measure: t(`measure.${alert.measure}`), subject: alert.subject })}">${t('alerts.acknowledge')}</button></td>`;
}

function renderAlerts() {
  const { open, recent } = page.alerts;
  setMarkup($('alerts-open-rows'), open.map((alert) => html`
    <tr data-alert="${alert.id}" data-acknowledged="${alert.acknowledgedAt ? 'true' : 'false'}">
      <td>${when(alert.raisedAt)}</td>${cells(alert)}${acknowledgement(alert)}
    </tr>`));
  setMarkup($('alerts-recent-rows'), recent.map((alert) => html`
    <tr data-alert="${alert.id}">
      <td>${when(alert.raisedAt)}</td><td>${when(alert.clearedAt)}</td>${cells(alert)}
      <td>${alert.acknowledgedBy ?? '—'}</td>
    </tr>`));
  $('alerts-open-status').textContent = open.length ? t('alerts.count-open', { count: open.length }) : t('alerts.none-open');
}

async function readAlerts() {
  try {
    page.alerts = await api('GET', '/api/alerts');
    renderAlerts();
    document.body.dataset.reads = String(Number(document.body.dataset.reads ?? 0) + 1);
  } catch (error) {
    say(error.message, true);
  }
}

async function acknowledge(event) {
  const button = event.target.closest('button[data-acknowledge]');
  if (!button) return;
  button.disabled = true;
  try {
    await api('POST', `/api/alerts/${button.dataset.acknowledge}/acknowledge`);
    say(t('alerts.acknowledged-done'));
    await readAlerts();
  } catch (error) {
    button.disabled = false;
    say(error.message, true);
  }
}

function drawRules() {
  setMarkup($('rules-head'), html`<th scope="col" id="rule-col-language" data-i18n="rules.language"></th>${fields.map(([field, measure]) =>
    html`<th scope="col" id="rule-col-${field}" data-i18n="measure.${measure}"></th>`)}`);
  const rows = [['general', null], ...page.languages.map((language) => [language.code, language])];
  setMarkup($('rules-rows'), rows.map(([code, language]) => html`
    <tr data-rules="${code}">
      <th scope="row" id="rule-row-${code}">${language ? `${language.code} ${language.nativeName}` : html`<span data-i18n="rules.general"></span>`}</th>
      ${fields.map(([field, , step]) => html`<td><input id="rule-${code}-${field}" type="number" min="0" step="${step}" data-operations-only
        aria-labelledby="rule-row-${code} rule-col-${field}"></td>`)}
    </tr>`));
  applyLabels($('rules-table'));
}

function fillRules(rules) {
  const own = rules.languages ?? {};
  for (const [field] of fields) {
    $(`rule-general-${field}`).value = rules.general[field] ?? '';
    for (const { code } of page.languages) {
      const input = $(`rule-${code}-${field}`);
      input.value = own[code]?.[field] ?? '';
      input.placeholder = rules.general[field] ?? '';
    }
  }
  $('rules-records-lag').value = rules.recordsLagEvents ?? '';
}

function readThresholds(code) {
  const thresholds = {};
  for (const [field] of fields) {
    const value = $(`rule-${code}-${field}`).value;
    if (value !== '') thresholds[field] = Number(value);
  }
  return thresholds;
}

async function saveRules(event) {
  event.preventDefault();
  const languages = {};
  for (const { code } of page.languages) {
    const thresholds = readThresholds(code);
    if (Object.keys(thresholds).length) languages[code] = thresholds;
  }
  const lag = $('rules-records-lag').value;
  try {
    fillRules(await api('PUT', '/api/alerts/rules', { general: readThresholds('general'), languages, recordsLagEvents: lag === '' ? null : Number(lag) }));
    say(t('rules.saved'));
  } catch (error) {
    say(error.message, true);
  }
}

async function main() {
  document.addEventListener('ivr-alerts-status', (event) => {
    page.live = /** @type {CustomEvent} */ (event).detail;
    showLiveStatus($('live-status'), page.live);
  });
  document.addEventListener('ivr-alert', () => readAlerts());
  const { canEdit } = await startConsole({ current: 'alerts', onLanguage: () => { renderAlerts(); showLiveStatus($('live-status'), page.live); } });
  page.languages = await api('GET', '/api/ivr/languages');
  page.names = new Map(page.languages.map((language) => [language.code, language.nativeName]));
  drawRules();
  if (!canEdit) for (const input of $('rules-table').querySelectorAll('input')) input.disabled = true;
  fillRules(await api('GET', '/api/alerts/rules'));
  $('alerts-open-rows').addEventListener('click', acknowledge);
  $('rules-form').addEventListener('submit', saveRules);
  await readAlerts();
  document.body.dataset.ready = 'true';
}

main().catch((error) => say(error.message, true));
