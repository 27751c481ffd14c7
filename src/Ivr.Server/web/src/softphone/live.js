// The live view: the server pushes the counselor's state over SignalR; after any reconnection the page reads the
// full state again, so nothing pushed while it was away is lost.
import { HubConnectionBuilder, LogLevel } from '@microsoft/signalr';
import { REQUEST_HEADER } from '../shared/api.js';

export async function connectLive({ onState, onStatus, watch }) {
  const connection = new HubConnectionBuilder()
    .withUrl('/hubs/softphone', { headers: REQUEST_HEADER })
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (retry) => Math.min(500 * (retry.previousRetryCount + 1), 5000) })
    .configureLogging(LogLevel.Warning)
    .build();
  connection.on('state', onState);
  connection.onreconnecting(() => onStatus('reconnecting'));
  connection.onreconnected(async () => {
    if (watch) await connection.invoke('Watch', watch);
    onStatus('live');
  });
  // Automatic reconnection gives up after its retries; a server restart can take longer, so keep trying.
  connection.onclose(() => {
    onStatus('offline');
    setTimeout(start, 2000);
  });

  async function start() {
    try {
      await connection.start();
      if (watch) await connection.invoke('Watch', watch);
      onStatus('live');
    } catch {
      onStatus('offline');
      setTimeout(start, 2000);
    }
  }

  await start();
  return connection;
}
