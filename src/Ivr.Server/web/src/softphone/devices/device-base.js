// What both devices share: the snapshot ({ status, callSid }) and its listeners.
export class DeviceBase {
  constructor() {
    this.snapshot = { status: 'offline', callSid: null };
    this.listeners = [];
  }

  onChange(listener) {
    this.listeners.push(listener);
  }

  update(status, callSid = null) {
    this.snapshot = { status, callSid };
    for (const listener of this.listeners) listener(this.snapshot);
  }
}
