// The phone simulator's browser device: the simulator rings client:{counselorId} here (server-sent events) and
// this page answers, declines and hangs up over its /devices API.
import { DeviceBase } from './device-base.js';

export class SimulatorDevice extends DeviceBase {
  constructor(simulatorUrl, identity) {
    super();
    this.base = new URL(`devices/${encodeURIComponent(identity)}/`, simulatorUrl.endsWith('/') ? simulatorUrl : `${simulatorUrl}/`);
  }

  async start() {
    await this.post('');
    this.events = new EventSource(new URL('events', this.base));
    this.events.addEventListener('device', (message) => {
      const snapshot = JSON.parse(message.data);
      this.update(snapshot.status, snapshot.callSid ?? null);
    });
    // EventSource reconnects by itself; until it does, the device cannot ring.
    this.events.addEventListener('error', () => this.update('offline'));
  }

  accept() {
    return this.callAction('accept');
  }

  reject() {
    return this.callAction('reject');
  }

  hangUp() {
    return this.callAction('hangup');
  }

  callAction(action) {
    const sid = this.snapshot.callSid;
    return sid ? this.post(`calls/${encodeURIComponent(sid)}/${action}`) : Promise.resolve();
  }

  async post(path) {
    const response = await fetch(new URL(path, this.base), { method: 'POST' });
    if (!response.ok && response.status !== 409) {
      throw new Error(`Simulator device: HTTP ${response.status}`);
    }
  }
}
