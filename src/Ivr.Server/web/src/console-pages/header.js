// A stand-in for the console shell (web/src/shared/console-shell.js, built on another branch): the header's nav
// links to every console page, the language toggle, and a sign-in check. The lead swaps it for the shell at merge.
import { api } from '../shared/api.js';
import { addLabels, applyLabels, bindLanguageToggle } from '../shared/i18n.js';

addLabels({
  'console.title': ['1345 운영 콘솔', '1345 operations console'],
  'console.nav': ['콘솔 메뉴', 'Console pages'],
  'nav.wallboard': ['현황판', 'Wallboard'],
  'nav.staffing': ['상담사 배치', 'Staffing'],
  'nav.hours': ['운영 시간', 'Hours'],
  'nav.menus': ['ARS 메뉴', 'Menus'],
  'nav.prompts': ['안내 음성', 'Prompts'],
  'nav.reports': ['보고서', 'Reports'],
  'nav.audit': ['변경 기록', 'Audit log'],
});

const pages = [
  ['/console/', 'nav.wallboard'],
  ['/console/staffing/', 'nav.staffing'],
  ['/console/hours/', 'nav.hours'],
  ['/console/menus/', 'nav.menus'],
  ['/console/prompts/', 'nav.prompts'],
  ['/console/reports/', 'nav.reports'],
  ['/console/audit/', 'nav.audit'],
];

/** Fills the page's <header class="bar">, applies the labels, and checks the session (a 401 goes to sign-in). */
export async function startConsolePage(onLanguageChange) {
  const nav = document.getElementById('console-nav');
  const list = document.createElement('ul');
  for (const [href, key] of pages) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = href;
    link.dataset.i18n = key;
    if (href === location.pathname) link.setAttribute('aria-current', 'page');
    item.append(link);
    list.append(item);
  }
  nav.replaceChildren(list);
  applyLabels();
  bindLanguageToggle(document.getElementById('language'), onLanguageChange);
  const me = await api('GET', '/account/manage/info');
  document.getElementById('who').textContent = me?.email ?? '';
}
