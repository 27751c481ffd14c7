// The operations console's shell: the header (title, navigation to every console page, who is signed in, the
// language toggle), the sign-in redirect (api.js sends a 401 to the sign-in page) and the role check.
// A page calls startConsole() first and gets the account; controls marked data-operations-only are disabled for
// supervisors, who may look but not change. Every page's navigation shows how many alerts wait for an
// acknowledgement, live over /hubs/alerts; each change is also dispatched on document as an 'ivr-alert' event (detail:
// the AlertEvent) for the alerts page.
import { api } from './api.js';
import { $, $$, html, setMarkup } from './dom.js';
import { addLabels, applyLabels, bindLanguageToggle, t } from './i18n.js';
import { connectHub } from './live.js';

addLabels({
  'console.title': ['1345 운영 콘솔', '1345 operations console'],
  'console.nav': ['콘솔 메뉴', 'Console pages'],
  'console.nav.wallboard': ['실시간 현황판', 'Wallboard'],
  'console.nav.staffing': ['상담사 배치', 'Staffing'],
  'console.nav.hours': ['운영 시간', 'Hours'],
  'console.nav.menus': ['음성 메뉴', 'Menus'],
  'console.nav.prompts': ['안내 음성', 'Prompts'],
  'console.nav.reports': ['보고서', 'Reports'],
  'console.nav.planning': ['인력 계획', 'Planning'],
  'console.nav.audit': ['변경 기록', 'Audit log'],
  'console.nav.quality': ['품질 평가', 'Quality review'],
  'console.nav.alerts': ['알림', 'Alerts'],
  'console.alerts-badge': ['확인 안 된 알림 {count}건', 'Alerts not acknowledged: {count}'],
  'console.nav.institutions': ['협력 기관', 'Institutions'],
  'console.nav.lawyers': ['변호사 상담', 'Lawyer sessions'],
  'console.forbidden': ['운영 콘솔은 감독자와 운영 담당자만 사용할 수 있습니다.', 'The console is for supervisors and operations staff.'],
  'console.read-only': ['감독자 권한: 보기만 가능합니다. 변경은 운영 담당자가 합니다.', 'Supervisor: you can look; operations staff make changes.'],
  'live.live': ['실시간', 'Live'],
  'live.reconnecting': ['다시 연결 중…', 'Reconnecting…'],
  'live.offline': ['연결 끊김', 'Offline'],
});

export const consolePages = [
  ['wallboard', '/console/'],
  ['staffing', '/console/staffing/'],
  ['hours', '/console/hours/'],
  ['menus', '/console/menus/'],
  ['prompts', '/console/prompts/'],
  ['reports', '/console/reports/'],
  ['planning', '/console/planning/'],
  ['quality', '/console/quality/'],
  ['institutions', '/console/institutions/'],
  ['lawyers', '/console/lawyers/'],
  ['audit', '/console/audit/'],
  ['alerts', '/console/alerts/'],
];

function renderHeader(header, current) {
  header.classList.add('bar', 'console-bar');
  setMarkup(header, html`
    <h1 data-i18n="console.title"></h1>
    <nav data-i18n-label="console.nav"><ul class="console-nav">${consolePages.map(([key, path]) =>
      html`<li><a href="${path}"${key === current ? html` aria-current="page"` : ''}><span data-i18n="console.nav.${key}"></span>${
        key === 'alerts' ? html` <span id="alerts-badge" class="badge" hidden></span>` : ''}</a></li>`)}</ul></nav>
    <span id="console-who"></span>
    <button id="language" type="button" class="quiet"></button>`);
}

/**
 * Draws the header for page `current`, checks the account and applies the labels.
 * @returns {Promise<{account: object, canEdit: boolean}>} canEdit: the account has the operations role.
 */
export async function startConsole({ current, onLanguage }) {
  const header = $('console-header');
  renderHeader(header, current);
  applyLabels();
  bindLanguageToggle($('language'), () => { showBadge(); onLanguage?.(); });
  const account = await api('GET', '/api/accounts/me');
  const roles = account.roles ?? [];
  $('console-who').textContent = account.displayName || account.email;
  if (!roles.includes('supervisor') && !roles.includes('operations')) {
    const message = $('message');
    message.textContent = t('console.forbidden');
    message.dataset.kind = 'error';
    throw new Error(t('console.forbidden'));
  }
  const canEdit = roles.includes('operations');
  document.body.dataset.role = canEdit ? 'operations' : 'supervisor';
  if (!canEdit) {
    for (const control of $$('[data-operations-only]')) control.disabled = true;
    const notice = $('read-only');
    if (notice) notice.textContent = t('console.read-only');
  }
  watchAlerts();
  return { account, canEdit };
}

// The navigation's badge: open alerts nobody acknowledged, read again after every change pushed and every reconnection.
let unacknowledged = 0;

function showBadge() {
  const badge = $('alerts-badge');
  badge.hidden = unacknowledged === 0;
  setMarkup(badge, unacknowledged ? html`<span aria-hidden="true">${unacknowledged}</span><span class="visually-hidden">${
    t('console.alerts-badge', { count: unacknowledged })}</span>` : html``);
}

async function countAlerts() {
  try {
    const alerts = await api('GET', '/api/alerts');
    unacknowledged = alerts.open.filter((alert) => !alert.acknowledgedAt).length;
    showBadge();
  } catch {
    // The badge keeps its last count; the next push or reconnection reads again.
  }
}

function watchAlerts() {
  connectHub({
    path: '/hubs/alerts',
    message: 'alert',
    onMessage: (change) => {
      document.dispatchEvent(new CustomEvent('ivr-alert', { detail: change }));
      countAlerts();
    },
    onStatus: (status) => document.dispatchEvent(new CustomEvent('ivr-alerts-status', { detail: status })),
    onLive: () => {
      document.dispatchEvent(new CustomEvent('ivr-alert', { detail: null }));
      countAlerts();
    },
  });
}

/** Shows a message in the page's #message line (role=alert), as an error or as information. */
export function say(text, isError = false) {
  const message = $('message');
  message.textContent = text;
  message.dataset.kind = isError ? 'error' : 'info';
}
