// The live wallboard: per language, callers waiting and counselors now, and today's results, coloured against the
// thresholds operations staff set. The server pushes a new picture every ~2 s over SignalR (/hubs/wallboard).
// With ?wall the page is a wall screen: the table alone, sized to fit the screen, for a display in the counselors' room.
import { api } from '../../shared/api.js';
import { t } from '../../shared/i18n.js';
import { say, startConsole } from '../../shared/console-shell.js';
import { $, html, setMarkup } from '../../shared/dom.js';
import { connectHub, showLiveStatus } from '../../shared/live.js';
import './labels.js';
import { ownBands, renderWallboard, thresholdMetrics } from './view.js';

const serviceLevelChoices = [5, 10, 15, 20, 25, 30, 45, 60, 90, 120, 180, 240, 300, 600];
// own: each language's own bands as saved or being edited ({ zh: { waiting: { warn, alert } } }); ownLanguage: the
// language whose bands the inputs show.
/** @type {{ snapshot: import('../../shared/types.js').WallboardSnapshot | null, [other: string]: any }} */
const page = { snapshot: null, names: new Map(), live: 'offline', own: {}, ownLanguage: null };

function show() {
  showLiveStatus($('live-status'), page.live);
  if (!page.snapshot) return;
  renderWallboard($('wallboard-rows'), page.snapshot, page.names);
  $('wallboard-time').textContent = t('wallboard.updated', { time: new Date(page.snapshot.at).toLocaleTimeString() });
  $('wallboard-sl-note').textContent = t('wallboard.sl-note', { seconds: page.snapshot.thresholds.serviceLevelSeconds });
  $('wallboard-plan-note').textContent = page.snapshot.interval
    ? t('wallboard.plan-note', { interval: page.snapshot.interval }) : t('wallboard.no-plan');
  document.body.dataset.pushes = String(Number(document.body.dataset.pushes ?? 0) + 1);
}

function drawThresholdForm() {
  setMarkup($('thresholds-rows'), thresholdMetrics.map((metric) => html`
    <tr>
      <th scope="row" id="th-${metric}" data-i18n="thresholds.${metric}"></th>
      <td><input id="${metric}-warn" name="${metric}-warn" type="number" min="0" step="any" required data-operations-only aria-labelledby="th-${metric} th-warn"></td>
      <td><input id="${metric}-alert" name="${metric}-alert" type="number" min="0" step="any" required data-operations-only aria-labelledby="th-${metric} th-alert"></td>
    </tr>`));
  const heads = $('thresholds-form').querySelectorAll('thead th');
  heads[1].id = 'th-warn';
  heads[2].id = 'th-alert';
  setMarkup($('own-rows'), thresholdMetrics.map((metric) => html`
    <tr>
      <th scope="row" id="th-own-${metric}" data-i18n="thresholds.${metric}"></th>
      <td><input id="own-${metric}-warn" name="own-${metric}-warn" type="number" min="0" step="any" data-operations-only aria-labelledby="th-own-${metric} th-own-warn"></td>
      <td><input id="own-${metric}-alert" name="own-${metric}-alert" type="number" min="0" step="any" data-operations-only aria-labelledby="th-own-${metric} th-own-alert"></td>
    </tr>`));
  setMarkup($('service-level-seconds'), serviceLevelChoices.map((seconds) => html`<option value="${seconds}">${seconds}</option>`));
}

function fillThresholds(thresholds) {
  for (const metric of thresholdMetrics) {
    $(`${metric}-warn`).value = thresholds[metric].warn;
    $(`${metric}-alert`).value = thresholds[metric].alert;
  }
  $('service-level-seconds').value = String(thresholds.serviceLevelSeconds);
  page.own = Object.fromEntries(Object.entries(thresholds.languages ?? {}).map(([language, bands]) => [language, ownBands(bands)]));
  showOwn();
}

// The selected language's own bands into the inputs; a blank input shows the general value it falls back to.
function showOwn() {
  const bands = page.own[page.ownLanguage] ?? {};
  for (const metric of thresholdMetrics) {
    for (const level of ['warn', 'alert']) {
      const input = $(`own-${metric}-${level}`);
      input.value = bands[metric]?.[level] ?? '';
      input.placeholder = $(`${metric}-${level}`).value;
    }
  }
  const set = Object.keys(page.own).sort();
  $('own-set').textContent = set.length ? t('thresholds.own-set', { languages: set.join(', ') }) : t('thresholds.own-none');
}

// The inputs back into page.own for `language`: only measures with both levels; one level alone is refused.
function readOwn(language) {
  const bands = {};
  for (const metric of thresholdMetrics) {
    const warn = $(`own-${metric}-warn`).value;
    const alert = $(`own-${metric}-alert`).value;
    if (warn === '' && alert === '') continue;
    if (warn === '' || alert === '') throw new Error(t('thresholds.both-or-neither', { language, measure: t(`thresholds.${metric}`) }));
    bands[metric] = { warn: Number(warn), alert: Number(alert) };
  }
  if (Object.keys(bands).length) page.own[language] = bands;
  else delete page.own[language];
}

function chooseOwnLanguage() {
  try {
    readOwn(page.ownLanguage);
  } catch (error) {
    $('own-language').value = page.ownLanguage;
    say(error.message, true);
    return;
  }
  page.ownLanguage = $('own-language').value;
  showOwn();
}

async function saveThresholds(event) {
  event.preventDefault();
  const body = { serviceLevelSeconds: Number($('service-level-seconds').value) };
  for (const metric of thresholdMetrics) {
    body[metric] = { warn: Number($(`${metric}-warn`).value), alert: Number($(`${metric}-alert`).value) };
  }
  try {
    readOwn(page.ownLanguage);
    body.languages = page.own;
    fillThresholds(await api('PUT', '/api/wallboard/thresholds', body));
    await refresh();
    say(t('thresholds.saved'));
  } catch (error) {
    say(error.message, true);
  }
}

async function refresh() {
  try {
    page.snapshot = await api('GET', '/api/wallboard');
    show();
  } catch (error) {
    say(error.message, true);
  }
}

async function main() {
  if (new URLSearchParams(location.search).has('wall')) document.body.classList.add('wall-screen');
  drawThresholdForm();
  await startConsole({ current: 'wallboard', onLanguage: () => { show(); showOwn(); } });
  const languages = await api('GET', '/api/ivr/languages');
  page.names = new Map(languages.map((language) => [language.code, language.nativeName]));
  setMarkup($('own-language'), languages.map((language) =>
    html`<option value="${language.code}">${language.code} ${language.nativeName}</option>`));
  page.ownLanguage = $('own-language').value;
  fillThresholds(await api('GET', '/api/wallboard/thresholds'));
  $('own-language').addEventListener('change', chooseOwnLanguage);
  $('thresholds-form').addEventListener('submit', saveThresholds);
  await connectHub({
    path: '/hubs/wallboard',
    message: 'wallboard',
    onMessage: (snapshot) => {
      page.snapshot = snapshot;
      show();
    },
    onLive: refresh,
    onStatus: (status) => {
      page.live = status;
      show();
    },
  });
  document.body.dataset.ready = 'true';
}

main().catch((error) => say(error.message, true));
