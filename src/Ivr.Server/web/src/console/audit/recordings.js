// Recorded calls (GET /api/recordings), newest first, each played through the server: the audio element asks
// GET /api/recordings/{callSid}?recording={sid} only when played, and the server audits every playback.
import { api } from '../../shared/api.js';
import { $, html, setMarkup } from '../../shared/dom.js';
import { addLabels, t } from '../../shared/i18n.js';

addLabels({
  'recordings.heading': ['녹음된 통화 (최신순, 재생 시 기록됨)', 'Recorded calls, newest first (each playback is audited)'],
  'recordings.when': ['녹음 시각', 'Recorded'],
  'recordings.call': ['통화', 'Call'],
  'recordings.language': ['언어', 'Language'],
  'recordings.seconds': ['길이 (초)', 'Seconds'],
  'recordings.expires': ['삭제 예정', 'Deleted on'],
  'recordings.play': ['재생', 'Play'],
  'recordings.none': ['녹음된 통화가 없습니다.', 'No recorded calls.'],
});

/** @type {import('../../shared/types.js').RecordingView[]} */
let recordings = [];

export function renderRecordings() {
  setMarkup($('recording-rows'), recordings.map((recording) => html`
    <tr data-call="${recording.callSid}">
      <td><time datetime="${recording.recordedAt}">${new Date(recording.recordedAt).toLocaleString()}</time></td>
      <td>${recording.callSid}${recording.tags.length ? ` (${recording.tags.join(', ')})` : ''}</td>
      <td>${recording.language}</td>
      <td>${recording.seconds}</td>
      <td><time datetime="${recording.expiresAt}">${new Date(recording.expiresAt).toLocaleDateString()}</time></td>
      <td><audio controls preload="none" aria-label="${t('recordings.play')}"
        src="/api/recordings/${encodeURIComponent(recording.callSid)}?recording=${encodeURIComponent(recording.recordingSid)}"></audio></td>
    </tr>`));
  $('recordings-status').textContent = recordings.length ? '' : t('recordings.none');
}

export async function loadRecordings() {
  recordings = await api('GET', '/api/recordings?limit=50');
  renderRecordings();
}
