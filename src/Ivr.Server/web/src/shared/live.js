// @ts-check
// A page's SignalR connection (softphone, wallboard, staffing): onMessage for each push (and `also` for other
// messages of the same hub); after every (re)connection
// onConnected (a hub method to call first, such as Watch) and then onLive, when the page reads the full picture
// again, so nothing pushed while it was away is lost. It keeps retrying while the server is away.
import { HubConnectionBuilder, LogLevel } from '@microsoft/signalr';
import { REQUEST_HEADER } from './api.js';
import { t } from './i18n.js';

/** @typedef {'live' | 'reconnecting' | 'offline'} LiveStatus */

/**
 * @template T
 * @param {{
 *   path: string,
 *   message: string,
 *   onMessage: (payload: T) => void,
 *   onStatus: (status: LiveStatus) => void,
 *   onLive?: () => void,
 *   onConnected?: (connection: import('@microsoft/signalr').HubConnection) => Promise<unknown>,
 *   also?: Record<string, (payload: any) => void>,
 * }} options
 */
export async function connectHub({ path, message, onMessage, onStatus, onLive, onConnected, also }) {
  const connection = new HubConnectionBuilder()
    .withUrl(path, { headers: REQUEST_HEADER })
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (retry) => Math.min(500 * (retry.previousRetryCount + 1), 5000) })
    .configureLogging(LogLevel.Warning)
    .build();
  connection.on(message, onMessage);
  for (const [name, handler] of Object.entries(also ?? {})) connection.on(name, handler);

  const connected = async () => {
    if (onConnected) await onConnected(connection);
    onStatus('live');
    onLive?.();
  };

  connection.onreconnecting(() => onStatus('reconnecting'));
  connection.onreconnected(connected);
  // Automatic reconnection gives up after its retries; a server restart can take longer, so keep trying.
  connection.onclose(() => {
    onStatus('offline');
    setTimeout(start, 2000);
  });

  async function start() {
    try {
      await connection.start();
      await connected();
    } catch {
      onStatus('offline');
      setTimeout(start, 2000);
    }
  }

  await start();
  return connection;
}

/**
 * Shows the connection's state in the page's #live-status element (labels live.live, live.reconnecting, live.offline).
 * @param {HTMLElement} element
 * @param {LiveStatus} status
 */
export function showLiveStatus(element, status) {
  element.textContent = t(`live.${status}`);
  element.dataset.status = status;
}
