// Lawyer sessions: today's sessions (in Seoul) with their state and parties, read again every 15 seconds. The caller
// is shown only by language and whether they answered: never their number (the API does not carry it).
import { api } from '../../shared/api.js';
import { $, html, setMarkup } from '../../shared/dom.js';
import { addLabels, t } from '../../shared/i18n.js';
import { say, startConsole } from '../../shared/console-shell.js';

addLabels({
  'lawyers.sessions': ['오늘의 변호사 상담', "Today's lawyer sessions"],
  'lawyers.table': ['표: 오늘의 변호사 상담', "Table: today's lawyer sessions"],
  'lawyers.day': ['{day} (한국 시간)', '{day} (Korea time)'],
  'lawyers.refresh': ['새로 고침', 'Refresh'],
  'lawyers.time': ['시간', 'Time'],
  'lawyers.state': ['상태', 'State'],
  'lawyers.lawyer': ['변호사', 'Lawyer'],
  'lawyers.interpreter': ['통역 상담사', 'Interpreter'],
  'lawyers.caller': ['내담자', 'Caller'],
  'lawyers.topic': ['분야', 'Topic'],
  'lawyers.none': ['오늘 예약된 상담이 없습니다.', 'No sessions today.'],
  'lawyers.direct': ['불필요 (변호사가 직접)', 'None (the lawyer speaks it)'],
  'lawyers.held': ['{name} (대기 예약)', '{name} (held)'],
  'lawyers.nobody': ['아직 없음', 'Nobody yet'],
  'lawyers.joined': ['연결됨', 'joined'],
  'lawyers.attempts': ['전화 {count}회', '{count} call(s)'],
  'lawyers.retry': ['{time} 재시도', 'retry at {time}'],
  'lawyers.caller-language': ['언어: {language}', 'Language: {language}'],
  'lawyers.state.booked': ['예약됨', 'Booked'],
  'lawyers.state.running': ['진행 중', 'Running'],
  'lawyers.state.completed': ['완료', 'Completed'],
  'lawyers.state.interrupted': ['중단됨', 'Interrupted'],
  'lawyers.state.no-show-lawyer': ['변호사 불참', 'Lawyer no-show'],
  'lawyers.state.no-show-caller': ['내담자 불참', 'Caller no-show'],
  'lawyers.state.no-interpreter': ['통역 불가', 'No interpreter'],
  'lawyers.state.missed': ['진행 못 함', 'Missed'],
});

const refreshEvery = 15_000;
const timeFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Seoul', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const seoulTime = (instant) => timeFormat.format(new Date(instant));

/** @type {{ board: import('../../shared/types.js').SessionBoardDay | null }} */
const page = { board: null };

/** How a party stands: joined, else the calls placed to them and the retry due. */
function party(joined, attempts, retryAt) {
  if (joined) return t('lawyers.joined');
  const parts = attempts ? [t('lawyers.attempts', { count: attempts })] : [];
  if (retryAt) parts.push(t('lawyers.retry', { time: seoulTime(retryAt) }));
  return parts.join(', ') || '—';
}

function interpreter(session) {
  if (!session.needsInterpreter) return t('lawyers.direct');
  if (!session.interpreter) return t('lawyers.nobody');
  const name = session.interpreterHeld ? t('lawyers.held', { name: session.interpreter }) : session.interpreter;
  return session.interpreterJoined ? `${name}, ${t('lawyers.joined')}` : name;
}

function render() {
  const board = page.board;
  if (!board) return;
  $('sessions-day').textContent = t('lawyers.day', { day: board.day });
  setMarkup($('session-rows'), board.sessions.length ? board.sessions.map((session) => html`
    <tr data-session="${session.id}" data-state="${session.state}">
      <td><time datetime="${session.startsAt}">${seoulTime(session.startsAt)}</time>–<time datetime="${session.endsAt}">${seoulTime(session.endsAt)}</time></td>
      <td data-field="state">${t(`lawyers.state.${session.state}`)}</td>
      <td data-field="lawyer">${session.lawyer} (${party(session.lawyerJoined, session.lawyerAttempts, session.callerAttempts ? null : session.retryAt)})</td>
      <td data-field="interpreter">${interpreter(session)}</td>
      <td data-field="caller">${t('lawyers.caller-language', { language: session.language })} (${party(session.callerJoined, session.callerAttempts, session.callerAttempts ? session.retryAt : null)})</td>
      <td>${session.topic}</td>
    </tr>`) : html`<tr><td colspan="6">${t('lawyers.none')}</td></tr>`);
}

async function load() {
  page.board = await api('GET', '/api/lawyers/sessions');
  render();
}

const reload = () => load().catch((error) => say(error.message, true));

async function main() {
  await startConsole({ current: 'lawyers', onLanguage: render });
  await load();
  $('sessions-refresh').addEventListener('click', reload);
  setInterval(reload, refreshEvery);
  document.body.dataset.ready = 'true';
}

main().catch((error) => say(error.message, true));
