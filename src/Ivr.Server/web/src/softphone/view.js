// Renders the softphone's state into the page (static HTML in wwwroot/softphone/index.html).
import { $, $$ } from '../shared/dom.js';
import { currentLanguage, t } from '../shared/i18n.js';
import { interpretationRows } from './institutions.js';

export function languageName(code) {
  if (!code) return '—';
  try {
    const name = new Intl.DisplayNames([currentLanguage()], { type: 'language' }).of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

export function duration(milliseconds) {
  const total = Math.max(0, Math.floor(milliseconds / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return `${minutes}:${seconds}`;
}

function repeatText(count) {
  if (count === null || count === undefined) return t('repeat.unknown');
  return count === 0 ? t('repeat.first') : t('repeat.count', { count });
}

function tagsText(tags) {
  if (!tags?.length) return '—';
  return tags.map((tag) => {
    const label = t(`tag.${tag}`);
    return label === `tag.${tag}` ? tag : label;
  }).join(', ');
}

// A callback the caller asked for on hold: the number's last digits, which dial this is, how long they held before asking.
function callbackRows(call) {
  const callback = call.callback;
  if (!callback) return [];
  const { numberEnding: ending, attempt, maxAttempts: max } = callback;
  return [
    ['field.callback', t('callback.summary', { ending, attempt, max })],
    ['field.callback-waited', call.arrivedAt ? duration(Date.parse(callback.requestedAt) - Date.parse(call.arrivedAt)) : '—'],
  ];
}

// A call the counselor placed: the number's last digits, and whether it returns a message.
function outboundRows(call) {
  const outbound = call.outbound;
  if (!outbound) return [];
  const key = outbound.followUpId ? 'outbound.summary-task' : 'outbound.summary';
  return [['field.outbound', t(key, { ending: outbound.numberEnding })]];
}

function details(list, call, now) {
  const rows = [
    ...interpretationRows(call),
    ['field.language', languageName(call.language)],
    ['field.wait', call.arrivedAt ? duration((call.connectedAt ? Date.parse(call.connectedAt) : now) - Date.parse(call.arrivedAt)) : '—'],
    ['field.menu', call.menuPath?.length ? call.menuPath.join(' › ') : '—'],
    ['field.topic', call.topic ?? '—'],
    ['field.tags', tagsText(call.tags)],
    ['field.repeat', repeatText(call.repeatCalls)],
    ...callbackRows(call),
    ...outboundRows(call),
  ];
  list.replaceChildren(...rows.flatMap(([label, value]) => {
    const term = document.createElement('dt');
    term.textContent = t(label);
    const description = document.createElement('dd');
    description.textContent = value;
    description.dataset.field = label;
    return [term, description];
  }));
}

export function fillCodes(select, codes) {
  const placeholder = new Option(t('wrapup.choose'), '');
  select.replaceChildren(placeholder, ...codes.map((code) => new Option(`${code.code} — ${code.name}`, code.code)));
}

// Break reasons are the server's (Acd:BreakReasons); known ones have a label, others show as they are.
export function fillBreakReasons(select, reasons) {
  const current = select.value;
  select.replaceChildren(...reasons.map((reason) => {
    const label = t(`break.${reason}`);
    return new Option(label === `break.${reason}` ? reason : label, reason);
  }));
  if (current) select.value = current;
}

export function fillLanguages(select, languages) {
  const current = select.value;
  select.replaceChildren(new Option(t('transfer.none'), ''), ...languages.map((code) => new Option(languageName(code), code)));
  select.value = current;
}

/** Shows the state; `now` is the server's clock as the page estimates it. */
export function render({ state, device, call, readOnly, now }) {
  const presence = state?.presence ?? 'offline';
  const status = $('presence-state');
  status.textContent = t(`presence.${presence}`);
  status.dataset.state = presence;
  $('presence-since').textContent = state?.since
    ? t('presence.since', { time: new Date(state.since).toLocaleTimeString(currentLanguage(), { hour: '2-digit', minute: '2-digit' }) })
    : '';
  document.body.dataset.presence = presence;

  const ringing = presence === 'reserved' && state.call;
  const onCall = presence === 'oncall' && state.call;
  $('incoming').hidden = !ringing;
  $('call').hidden = !onCall;
  $('wrap-up').hidden = presence !== 'wrapup';
  if (ringing) details($('incoming-details'), state.call, now);
  if (onCall) details($('call-details'), state.call, now);

  const deviceStatus = device?.status ?? 'offline';
  $('device-status').textContent = readOnly ? '' : t(`device.${deviceStatus}`);
  $('device-status').dataset.status = deviceStatus;

  for (const button of $$('[data-action]')) button.disabled = readOnly;
  if (!readOnly) {
    $('accept').disabled = !(ringing && deviceStatus === 'ringing');
    $('go-available').disabled = ['available', 'reserved', 'oncall'].includes(presence);
    $('go-break').disabled = ['break', 'reserved', 'oncall', 'offline'].includes(presence);
    $('go-offline').disabled = ['offline', 'reserved', 'oncall'].includes(presence);
    // Calls are placed while available: the counselor is then On call for it, and no caller is offered meanwhile.
    $('call-number').disabled = presence !== 'available';
    // A consult in progress can be completed or cancelled; without one, only started.
    const consulting = Boolean(call?.consult);
    $('consult-complete').disabled = !consulting;
    $('consult-cancel').disabled = !consulting;
    $('consult').disabled = consulting;
    $('transfer').disabled = consulting;
  }
  $('mute').setAttribute('aria-pressed', String(Boolean(call?.muted)));
  $('hold').setAttribute('aria-pressed', String(Boolean(call?.held)));
  renderParticipants(call?.participants ?? [], readOnly);
  // Shown only when operations let counselors see that a supervisor monitors the call.
  $('monitor-notice').textContent = onCall && call?.monitor ? t(`monitor.notice-${call.monitor}`) : '';
  tick(state, now);
}

function renderParticipants(participants, readOnly) {
  $('parties').replaceChildren(...participants.map((party) => {
    const item = document.createElement('li');
    item.textContent = `${party.label ?? party.number ?? party.id} (${party.state ?? ''}) `;
    const drop = document.createElement('button');
    drop.type = 'button';
    drop.textContent = t('action.drop-party');
    drop.dataset.action = 'drop-party';
    drop.dataset.participant = party.id;
    drop.disabled = readOnly;
    item.append(drop);
    return item;
  }));
}

/** The clocks: call time, wait time while ringing, wrap-up countdown. */
export function tick(state, now) {
  const call = state?.call;
  $('call-timer').textContent = call?.connectedAt ? duration(now - Date.parse(call.connectedAt)) : '0:00';
  const wait = document.querySelector('#incoming-details [data-field="field.wait"]');
  if (wait && call?.arrivedAt && !call.connectedAt) wait.textContent = duration(now - Date.parse(call.arrivedAt));
  $('wrap-up-countdown').textContent = state?.wrapUpDeadline ? duration(Date.parse(state.wrapUpDeadline) - now) : '—';
}
