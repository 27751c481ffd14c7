// The counselor softphone: presence, the ringing call's screen pop, the call's operations and the wrap-up form.
// State comes from the server (GET /api/counselor/state, then SignalR pushes), so a reload or a server restart
// brings the page back to where it was.
import { api, ApiError } from '../shared/api.js';
import { applyLabels, bindLanguageToggle, t } from '../shared/i18n.js';
import './labels.js';
import { $ } from '../shared/dom.js';
import { connectHub, showLiveStatus } from '../shared/live.js';
import { createDevice } from './devices/audio-device.js';
import { createFollowUps } from './followups.js';
import { createHistory } from './history.js';
import { bindInstitutionPicker, bindReferral, submitReferral } from './institutions.js';
import { createLawyerBooking } from './lawyer.js';
import { bindShortcuts } from './shortcuts.js';
import { fillBreakReasons, fillCodes, fillLanguages, render, tick } from './view.js';

/** @typedef {import('../shared/types.js').SoftphoneConfig} SoftphoneConfig */
/** @typedef {import('../shared/types.js').SoftphoneState} SoftphoneState */

/** @type {{ config: SoftphoneConfig | null, state: SoftphoneState | null, live: import('../shared/live.js').LiveStatus, [other: string]: any }} */
const page = { config: null, state: null, call: null, device: null, followUps: null, readOnly: true, stateUrl: '', clockOffset: 0, live: 'offline' };

const now = () => Date.now() + page.clockOffset;

function show() {
  showLiveStatus($('live-status'), page.live);
  render({ state: page.state, device: page.device?.snapshot, call: page.call, readOnly: page.readOnly, now: now() });
}

function say(text, isError = false) {
  const message = $('message');
  message.textContent = text;
  message.dataset.kind = isError ? 'error' : 'info';
}

/** @param {SoftphoneState | null} state from GET /api/counselor/state or the hub's push */
function setState(state) {
  if (!state) return;
  page.state = state;
  page.clockOffset = Date.parse(state.serverTime) - Date.now();
  show();
  if (state.presence === 'oncall') refreshCall();
  else page.call = null;
  page.history?.follow(state.presence === 'oncall' ? state.call?.callSid ?? null : null);
  page.lawyer?.follow(state.presence === 'oncall' && state.call?.language ? { callSid: state.call.callSid, language: state.call.language } : null);
  // The repeat-caller count needs the call's record, which the records writer lands a moment after the call arrives.
  if (state.call && state.call.repeatCalls === null) setTimeout(refreshState, 1500);
}

async function refreshState() {
  try {
    setState(await api('GET', page.stateUrl));
  } catch (error) {
    say(error.message, true);
  }
}

// The in-call details (mute, hold, parties) from call control; absent (204) between calls.
async function refreshCall() {
  if (page.readOnly) return;
  try {
    page.call = await api('GET', '/api/counselor/call');
  } catch {
    page.call = null;
  }
  show();
}

// Runs a counselor action; its error is shown, and the state is read again either way.
async function act(action) {
  if (page.readOnly) return;
  try {
    say('');
    await action();
  } catch (error) {
    say(error instanceof ApiError || error instanceof Error ? error.message : String(error), true);
  }
  await refreshState();
}

const callApi = (method, path, body) => api(method, `/api/counselor/call${path}`, body);

// A call the counselor places rings their own softphone first (the server then dials the number): that ring is
// answered without a second click. Expected from just before the request until a minute later.
async function placeCall(request) {
  page.ownRingUntil = Date.now() + 60_000;
  try {
    await request();
  } catch (error) {
    page.ownRingUntil = 0;
    throw error;
  }
  say(t('outbound.ringing'));
}

function deviceChanged() {
  if (page.device?.snapshot.status === 'ringing' && Date.now() < (page.ownRingUntil ?? 0)) {
    page.ownRingUntil = 0;
    actions.accept();
  }
  show();
}

const actions = {
  available: () => act(() => api('POST', '/api/counselor/presence', { state: 'available' })),
  break: () => act(() => api('POST', '/api/counselor/presence', { state: 'break', reason: $('break-reason').value })),
  offline: () => act(() => api('POST', '/api/counselor/presence', { state: 'offline' })),
  accept: () => act(() => page.device.accept()),
  decline: () => act(() => (page.device?.snapshot.status === 'ringing' ? page.device.reject() : callApi('POST', '/decline'))),
  mute: () => act(() => callApi('POST', '/mute', { muted: !page.call?.muted })),
  hold: () => act(() => callApi('POST', '/hold', { held: !page.call?.held })),
  transfer: () => act(() => {
    const counselorId = $('transfer-counselor').value.trim();
    const language = $('transfer-language').value;
    if (!counselorId && !language) {
      $('transfer-language').focus();
      return Promise.resolve();
    }
    return callApi('POST', '/transfer', counselorId ? { counselorId } : { language });
  }),
  consult: () => act(() => callApi('POST', '/consult', { counselorId: $('transfer-counselor').value.trim() })),
  consultComplete: () => act(() => callApi('POST', '/consult/complete')),
  consultCancel: () => act(() => callApi('POST', '/consult/cancel')),
  callNumber: () => act(async () => {
    const number = $('outbound-number').value.trim();
    if (!number) {
      $('outbound-number').focus();
      return;
    }
    await placeCall(() => api('POST', '/api/softphone/outbound', { number }));
    $('outbound-number').value = '';
  }),
  addParty: () => act(() => callApi('POST', '/participants', { number: $('party-number').value.trim() })),
  dropParty: (id) => act(() => callApi('DELETE', `/participants/${encodeURIComponent(id)}`)),
  hangUp: () => act(() => (page.device?.snapshot.status === 'connected' ? page.device.hangUp() : callApi('POST', '/hangup'))),
  wrapUp: () => act(async () => {
    const form = $('wrap-up-form');
    await submitReferral(page.state.wrapUpCallSid);
    await api('POST', '/api/counselor/wrap-up', {
      callSid: page.state.wrapUpCallSid,
      residencyStatus: form.residencyStatus.value || null,
      topic: form.topic.value || null,
      note: form.note.value.trim() || null,
    });
    form.reset();
    say(t('saved'));
  }),
};

function bindControls() {
  const clicks = {
    'go-available': actions.available, 'go-break': actions.break, 'go-offline': actions.offline,
    accept: actions.accept, decline: actions.decline, mute: actions.mute, hold: actions.hold, transfer: actions.transfer,
    consult: actions.consult, 'consult-complete': actions.consultComplete, 'consult-cancel': actions.consultCancel,
    'add-party': actions.addParty, 'hang-up': actions.hangUp, 'call-number': actions.callNumber,
  };
  for (const [id, action] of Object.entries(clicks)) $(id).addEventListener('click', () => action());
  $('parties').addEventListener('click', (event) => {
    const id = event.target.closest('[data-participant]')?.dataset.participant;
    if (id) actions.dropParty(id);
  });
  bindInstitutionPicker((pick) => act(() => callApi('POST', '/participants', pick)));
  bindReferral();
  $('wrap-up-form').addEventListener('submit', (event) => {
    event.preventDefault();
    actions.wrapUp();
  });
  bindShortcuts({
    accept: () => !$('accept').disabled && actions.accept(),
    hold: () => !$('call').hidden && actions.hold(),
    transfer: () => !$('call').hidden && $('transfer-language').focus(),
    ready: () => !$('go-available').disabled && actions.available(),
  });
}

function relabel() {
  fillCodes($('residency-status'), page.config.codes.residencyStatuses);
  fillCodes($('topic'), page.config.codes.topics);
  fillLanguages($('transfer-language'), page.config.languages);
  fillBreakReasons($('break-reason'), page.config.breakReasons);
  page.followUps?.relabel();
  show();
}

async function main() {
  applyLabels();
  page.config = await api('GET', '/api/softphone/config');
  bindLanguageToggle($('language'), relabel);
  const watched = new URLSearchParams(location.search).get('counselor');
  const counselorId = page.config.counselorId ?? watched;
  page.readOnly = page.config.readOnly;
  $('who').textContent = page.config.userName ?? '';
  if (!counselorId) {
    say(t('not-linked'), true);
    return;
  }
  page.stateUrl = page.config.counselorId ? '/api/counselor/state' : `/api/staffing/counselors/${encodeURIComponent(counselorId)}/state`;
  if (page.readOnly) $('read-only').textContent = t('read-only', { id: counselorId });
  page.followUps = createFollowUps({ list: $('followup-list'), count: $('followups-count'), counselorId: page.config.counselorId, readOnly: page.readOnly, say, placeCall });
  page.history = createHistory({ details: $('history'), list: $('history-list'), readOnly: page.readOnly, say });
  page.lawyer = createLawyerBooking({
    details: /** @type {HTMLDetailsElement} */ ($('lawyer')), form: /** @type {HTMLFormElement} */ ($('lawyer-form')),
    slot: /** @type {HTMLSelectElement} */ ($('lawyer-slot')), topic: /** @type {HTMLSelectElement} */ ($('lawyer-topic')),
    summary: /** @type {HTMLTextAreaElement} */ ($('lawyer-summary')), result: $('lawyer-result'), readOnly: page.readOnly,
  });
  relabel();
  bindControls();

  if (!page.readOnly) {
    try {
      page.device = await createDevice(page.config, page.config.counselorId, async () => (await api('GET', '/api/counselor/voice-token')).token);
      page.device.onChange(deviceChanged);
      await page.device.start();
    } catch (error) {
      // Stays on screen (other messages come and go): without a device no call can ring here.
      $('device-problem').textContent = error.message;
    }
  }
  await connectHub({
    path: '/hubs/softphone',
    message: 'state',
    onMessage: setState,
    // Staff watching a counselor ask the hub for that counselor's pushes again after every reconnection.
    onConnected: page.readOnly ? (connection) => connection.invoke('Watch', counselorId) : undefined,
    // A language's messages changed: read the list again (the server decides which tasks this page may see).
    also: { followups: () => page.followUps.refresh() },
    onLive: () => {
      refreshState();
      page.followUps.refresh();
    },
    onStatus: (status) => {
      page.live = status;
      show();
    },
  });
  setInterval(() => tick(page.state, now()), 1000);
  document.body.dataset.ready = 'true';
}

main().catch((error) => say(error.message, true));
