// @ts-check
// Call recording on the hours page: whether each language's calls are recorded (a recorded language plays the consent
// announcement, in the caller's language, before the queue; a caller who presses 7 is not recorded), the switch for
// languages not set one by one, and the victim-support team's calls (off unless operations turn them on). Each change
// goes through PUT /api/ivr/recording (audited); a switch never saved shows the deployment's default.
import { api } from '../../shared/api.js';
import { $, $$, html, setMarkup } from '../../shared/dom.js';
import { addLabels, t } from '../../shared/i18n.js';

addLabels({
  'recording.heading': ['통화 녹음', 'Call recording'],
  'recording.explain': ['녹음하는 언어의 발신자는 상담원 연결 전에 자신의 언어로 녹음 안내를 듣고, 7번을 누르면 녹음하지 않습니다. 녹음은 서버를 통해서만 재생되며 재생할 때마다 기록됩니다.',
    'Callers of a recorded language hear, in their language and before a counselor, that the call may be recorded; pressing 7 refuses. Recordings play only through the server, each playback audited.'],
  'recording.all': ['따로 정하지 않은 언어 모두 녹음', 'Record every language not set on its own'],
  'recording.language': ['{language} 통화 녹음', 'Record {language} calls'],
  'recording.tag.victim-support': ['범죄 피해자 지원팀 통화도 녹음', "Record the victim-support team's calls too"],
  'recording.tag': ['{tag} 통화 녹음', 'Record {tag} calls'],
  'recording.default': ['(기본값)', '(default)'],
  'recording.save': ['녹음 설정 저장', 'Save recording'],
  'recording.saved': ['녹음 설정을 저장했습니다.', 'Recording settings saved.'],
});

/** @type {{ canEdit: boolean, settings: any, languages: any[] }} */
const state = { canEdit: false, settings: null, languages: [] };

const languageLabel = (/** @type {string} */ code) => {
  const language = state.languages.find((item) => item.code === code);
  return language ? `${code} ${language.nativeName}` : code;
};

const tagLabel = (tag) => {
  const label = t(`recording.tag.${tag}`);
  return label === `recording.tag.${tag}` ? t('recording.tag', { tag }) : label;
};

/** @param {{ name: string, recorded: boolean, saved: boolean }} item @param {string} kind @param {string} label */
const checkbox = (item, kind, label) => html`
  <label class="check"><input type="checkbox" data-${kind}="${item.name}"${item.recorded ? html` checked` : ''}${state.canEdit ? '' : html` disabled`}>
    <span>${label}</span>${item.saved ? '' : html` <span class="hint">${t('recording.default')}</span>`}</label>`;

export function showRecording() {
  const settings = state.settings;
  if (!settings) return;
  setMarkup($('recording-switches'), [
    checkbox(settings.allLanguages, 'all', t('recording.all')),
    ...settings.tags.map((tag) => checkbox(tag, 'tag', tagLabel(tag.name))),
    ...settings.languages.map((language) => checkbox(language, 'language', t('recording.language', { language: languageLabel(language.name) }))),
  ]);
}

/** @param {any[]} languages the configured languages, for their names */
export async function loadRecording(languages) {
  state.languages = languages;
  state.settings = await api('GET', '/api/ivr/recording');
  showRecording();
}

/**
 * @param {boolean} canEdit the account may change it (operations)
 * @param {(action: () => Promise<unknown>, done: () => string) => void} change the page's way to run a change and report it
 */
export function bindRecording(canEdit, change) {
  state.canEdit = canEdit;
  $('recording-form').addEventListener('submit', (/** @type {SubmitEvent} */ event) => {
    event.preventDefault();
    const checked = (kind) => Object.fromEntries($$(`#recording-switches [data-${kind}]`).map((box) => [box.dataset[kind], box.checked]));
    const body = { allLanguages: $('recording-switches').querySelector('[data-all]').checked, languages: checked('language'), tags: checked('tag') };
    change(() => api('PUT', '/api/ivr/recording', body), () => t('recording.saved'));
  });
}
