// A console page's SignalR connection: calls onMessage for each push and onLive after every (re)connection, when
// the page reads the full picture again; it keeps retrying while the server is away.
import { HubConnectionBuilder, LogLevel } from '@microsoft/signalr';
import { REQUEST_HEADER } from '../../shared/api.js';
import { addLabels } from '../../shared/i18n.js';

addLabels({
  'live.live': ['실시간', 'Live'],
  'live.reconnecting': ['다시 연결 중…', 'Reconnecting…'],
  'live.offline': ['연결 끊김', 'Offline'],
});

export async function connectHub({ path, message, onMessage, onLive, onStatus }) {
  const connection = new HubConnectionBuilder()
    .withUrl(path, { headers: REQUEST_HEADER })
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (retry) => Math.min(500 * (retry.previousRetryCount + 1), 5000) })
    .configureLogging(LogLevel.Warning)
    .build();
  connection.on(message, onMessage);
  connection.onreconnecting(() => onStatus('reconnecting'));
  connection.onreconnected(() => {
    onStatus('live');
    onLive();
  });
  connection.onclose(() => {
    onStatus('offline');
    setTimeout(start, 2000);
  });

  async function start() {
    try {
      await connection.start();
      onStatus('live');
      onLive();
    } catch {
      onStatus('offline');
      setTimeout(start, 2000);
    }
  }

  await start();
  return connection;
}
