// The live wallboard: per language, callers waiting and counselors now, and today's results, coloured against the
// thresholds operations staff set. The server pushes a new picture every ~2 s over SignalR (/hubs/wallboard).
// With ?wall the page is a wall screen: the table alone, in large type, for a display in the counselors' room.
import { api } from '../../shared/api.js';
import { t } from '../../shared/i18n.js';
import { say, startConsole } from '../../shared/console-shell.js';
import { connectHub } from '../shared/live.js';
import './labels.js';
import { renderWallboard, thresholdMetrics } from './view.js';

const $ = (id) => document.getElementById(id);
const serviceLevelChoices = [5, 10, 15, 20, 25, 30, 45, 60, 90, 120, 180, 240, 300, 600];
const page = { snapshot: null, names: new Map(), live: 'offline' };

function show() {
  $('live-status').textContent = t(`live.${page.live}`);
  $('live-status').dataset.status = page.live;
  if (!page.snapshot) return;
  renderWallboard($('wallboard-rows'), page.snapshot, page.names);
  $('wallboard-time').textContent = t('wallboard.updated', { time: new Date(page.snapshot.at).toLocaleTimeString() });
  $('wallboard-sl-note').textContent = t('wallboard.sl-note', { seconds: page.snapshot.thresholds.serviceLevelSeconds });
  document.body.dataset.pushes = String(Number(document.body.dataset.pushes ?? 0) + 1);
}

function drawThresholdForm() {
  $('thresholds-rows').innerHTML = thresholdMetrics.map((metric) => `
    <tr>
      <th scope="row" id="th-${metric}" data-i18n="thresholds.${metric}"></th>
      <td><input id="${metric}-warn" name="${metric}-warn" type="number" min="0" step="any" required data-operations-only aria-labelledby="th-${metric} th-warn"></td>
      <td><input id="${metric}-alert" name="${metric}-alert" type="number" min="0" step="any" required data-operations-only aria-labelledby="th-${metric} th-alert"></td>
    </tr>`).join('');
  const heads = $('thresholds-form').querySelectorAll('thead th');
  heads[1].id = 'th-warn';
  heads[2].id = 'th-alert';
  $('service-level-seconds').innerHTML = serviceLevelChoices.map((seconds) => `<option value="${seconds}">${seconds}</option>`).join('');
}

function fillThresholds(thresholds) {
  for (const metric of thresholdMetrics) {
    $(`${metric}-warn`).value = thresholds[metric].warn;
    $(`${metric}-alert`).value = thresholds[metric].alert;
  }
  $('service-level-seconds').value = String(thresholds.serviceLevelSeconds);
}

async function saveThresholds(event) {
  event.preventDefault();
  const body = { serviceLevelSeconds: Number($('service-level-seconds').value) };
  for (const metric of thresholdMetrics) {
    body[metric] = { warn: Number($(`${metric}-warn`).value), alert: Number($(`${metric}-alert`).value) };
  }
  try {
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
  await startConsole({ current: 'wallboard', onLanguage: show });
  const languages = await api('GET', '/api/ivr/languages');
  page.names = new Map(languages.map((language) => [language.code, language.nativeName]));
  fillThresholds(await api('GET', '/api/wallboard/thresholds'));
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
