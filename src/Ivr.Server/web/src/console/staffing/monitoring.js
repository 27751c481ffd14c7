// Call monitoring on the staffing page: a supervisor joins a counselor's live call from this browser — Listen (nobody
// hears them), Whisper (only the counselor), Barge in (everyone) — switches between them, and leaves; the call goes
// on. The browser's audio device is the softphone's (Twilio's Voice SDK or the simulator's), registered as
// client:supervisor-{account id} the first time a call is joined; the server rings it and this page answers.
import { api } from '../../shared/api.js';
import { $, html } from '../../shared/dom.js';
import { t } from '../../shared/i18n.js';
import { say } from '../../shared/console-shell.js';
import { createDevice } from '../../softphone/devices/audio-device.js';

/** @typedef {import('../../shared/types.js').MonitorSession} MonitorSession */

const modes = ['listen', 'whisper', 'barge'];

/** @type {{ sessions: MonitorSession[], device: any, joining: boolean, onChange: () => void }} */
const monitor = { sessions: [], device: null, joining: false, onChange: () => {} };

const mine = () => monitor.sessions.find((session) => session.mine) ?? null;

/** The Monitor cell's content for a counselor: the mode buttons while they are on a call, and Leave for one's own session. */
export function monitorControls(counselor, name) {
  if (counselor.state.toLowerCase() !== 'oncall') return html`—`;
  const session = monitor.sessions.find((item) => item.counselorId === counselor.id);
  if (session && !session.mine) return html`${t('monitor.by-other', { who: session.supervisor, mode: t(`monitor.${session.mode}`) })}`;
  const own = mine();
  const busy = own && own.counselorId !== counselor.id ? html` disabled` : '';
  const pressed = (mode) => (session?.mode === mode ? 'true' : 'false');
  return html`<div class="controls" role="group" aria-label="${t('monitor.group', { name })}">
    ${modes.map((mode) => html`<button type="button" data-monitor="${mode}" aria-pressed="${pressed(mode)}"${busy}>${t(`monitor.${mode}`)}</button>`)}
    ${session ? html`<button type="button" class="danger" data-monitor-leave>${t('monitor.leave')}</button>` : ''}
  </div>`;
}

/** What this supervisor is doing now, for the page's status line. */
export function monitorStatus(names) {
  const session = mine();
  if (!session) return '';
  const name = names(session.counselorId);
  return session.state === 'connected' ? t(`monitor.status-${session.mode}`, { name }) : t('monitor.status-ringing', { name });
}

export async function loadSessions() {
  monitor.sessions = await api('GET', '/api/monitoring/sessions');
  monitor.onChange();
}

async function ensureDevice() {
  if (monitor.device) return;
  const [config, device] = await Promise.all([api('GET', '/api/softphone/config'), api('GET', '/api/monitoring/device')]);
  monitor.device = await createDevice(config, device.identity, async () => (await api('GET', '/api/monitoring/voice-token')).token);
  monitor.device.onChange(deviceChanged);
  await monitor.device.start();
}

// The server rings this browser into the call: answer it; when the leg ends (left, or the call ended), read again.
function deviceChanged(snapshot) {
  const session = mine();
  if (snapshot.status === 'ringing' && (monitor.joining || (session && (!session.leg || session.leg === snapshot.callSid)))) {
    monitor.device.accept().catch((error) => say(error.message, true));
  }
  if (snapshot.status === 'connected') monitor.joining = false;
  if (snapshot.status === 'connected' || snapshot.status === 'ready') loadSessions().catch(() => {});
}

/** A mode button of a counselor's row: join their call in that mode, or switch one's session to it. */
export async function chooseMode(counselorId, mode) {
  try {
    const session = mine();
    if (session?.counselorId === counselorId) {
      await api('POST', `/api/monitoring/sessions/${encodeURIComponent(session.id)}/mode`, { mode });
    } else {
      await ensureDevice();
      // Until the device answers: the server may ring it before this request returns.
      monitor.joining = true;
      try {
        await api('POST', '/api/monitoring/sessions', { counselorId, mode });
      } catch (error) {
        monitor.joining = false;
        throw error;
      }
    }
    await loadSessions();
  } catch (error) {
    say(error.message, true);
  }
}

export async function leave() {
  const session = mine();
  if (!session) return;
  try {
    await api('DELETE', `/api/monitoring/sessions/${encodeURIComponent(session.id)}`);
    say(t('monitor.left'));
    await loadSessions();
  } catch (error) {
    say(error.message, true);
  }
}

/** The operations setting: counselors see that a supervisor listens (supervisors see it, disabled). */
export async function bindSetting(canEdit) {
  const box = /** @type {HTMLInputElement} */ ($('tell-counselors'));
  box.checked = (await api('GET', '/api/monitoring/settings')).tellCounselors;
  box.disabled = !canEdit;
  box.addEventListener('change', async () => {
    try {
      await api('PUT', '/api/monitoring/settings', { tellCounselors: box.checked });
      say(t(box.checked ? 'monitor.tell-on' : 'monitor.tell-off'));
    } catch (error) {
      box.checked = !box.checked;
      say(error.message, true);
    }
  });
}

export function onSessionsChanged(listener) {
  monitor.onChange = listener;
}
