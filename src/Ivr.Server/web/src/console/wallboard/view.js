// Draws the wallboard table; a measure past its threshold gets data-level warn/alert (colour) and the same in words.
import { html, setMarkup } from '../../shared/dom.js';
import { t } from '../../shared/i18n.js';

const rising = ['waiting', 'longestWaitSeconds', 'expectedWaitSeconds', 'abandonedPct'];

export const thresholdMetrics = [...rising, 'serviceLevelPct'];

/** A language's own bands as the server sends them, without the measures it leaves to the general bands (null). */
export const ownBands = (bands) => Object.fromEntries(Object.entries(bands ?? {}).filter(([, band]) => band));

/** The bands a language's row is coloured by: its own where operations set them, the general ones elsewhere. */
export const bandsFor = (thresholds, language) => ({ ...thresholds, ...ownBands(thresholds?.languages?.[language]) });

export function levelOf(metric, value, thresholds) {
  const band = thresholds?.[metric];
  if (value === null || value === undefined || !band) return '';
  if (metric === 'serviceLevelPct') return value <= band.alert ? 'alert' : value <= band.warn ? 'warn' : '';
  return value >= band.alert ? 'alert' : value >= band.warn ? 'warn' : '';
}

export function duration(seconds) {
  const whole = Math.max(0, Math.round(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

function cell(metric, text, value, thresholds) {
  const level = levelOf(metric, value, thresholds);
  const words = level ? html`<span class="visually-hidden"> (${t(`wallboard.level-${level}`)})</span>` : '';
  return html`<td data-metric="${metric}"${level ? html` data-level="${level}"` : ''}>${text}${words}</td>`;
}

const plain = (metric, text) => html`<td data-metric="${metric}">${text}</td>`;

// Plan against live: required / planned / signed in for the half hour now; a shortfall in the hour ahead is coloured
// and said in words (docs/planning.md).
function staffing(row) {
  if (row.required === null || row.required === undefined) return plain('staffing', t('wallboard.none'));
  const text = `${row.required} / ${row.planned} / ${row.signedIn}`;
  return row.staffingGap
    ? html`<td data-metric="staffing" data-level="alert">${text} <small>${t('wallboard.short', { count: row.staffingGap })}</small></td>`
    : plain('staffing', text);
}

const percent = (value) => (value === null || value === undefined ? t('wallboard.none') : `${value.toFixed(1)}%`);

/**
 * @param {HTMLElement} tbody
 * @param {import('../../shared/types.js').WallboardSnapshot} snapshot
 * @param {Map<string, string>} names each language's native name
 */
export function renderWallboard(tbody, snapshot, names) {
  setMarkup(tbody, snapshot.languages.map((row) => {
    const thresholds = bandsFor(snapshot.thresholds, row.language);
    const name = names.get(row.language);
    const extraOnCall = row.ringing ? html` <small>${t('wallboard.ringing', { count: row.ringing })}</small>` : '';
    const extraBreak = row.missed ? html` <small>${t('wallboard.missed', { count: row.missed })}</small>` : '';
    return html`<tr data-language="${row.language}">
      <th scope="row">${row.language}${name ? html` <span lang="${row.language}">${name}</span>` : ''}</th>
      ${cell('waiting', row.waiting, row.waiting, thresholds)}
      ${plain('callbacksWaiting', row.callbacksScheduled ? `${row.callbacksWaiting} (+${row.callbacksScheduled})` : row.callbacksWaiting)}
      ${cell('longestWaitSeconds', duration(row.longestWaitSeconds), row.longestWaitSeconds, thresholds)}
      ${cell('expectedWaitSeconds', duration(row.expectedWaitSeconds), row.expectedWaitSeconds, thresholds)}
      ${plain('available', row.available)}
      <td data-metric="onCall">${row.onCall}${extraOnCall}</td>
      ${plain('wrapUp', row.wrapUp)}
      <td data-metric="break">${row.break}${extraBreak}</td>
      ${plain('offline', row.offline)}
      ${staffing(row)}
      ${plain('answeredToday', row.answeredToday)}
      ${cell('abandonedPct', `${row.abandonedToday} (${percent(row.abandonedPct)})`, row.abandonedPct, thresholds)}
      ${cell('serviceLevelPct', percent(row.serviceLevelPct), row.serviceLevelPct, thresholds)}
    </tr>`;
  }));
}
