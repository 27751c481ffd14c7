// Twilio's Voice JavaScript SDK, bundled at build time from npm (@twilio/voice-sdk), with an access token whose
// VoiceGrant the server issues for the signed-in counselor (identity = counselor id, so calls to client:{id} ring here).
import { Call, Device } from '@twilio/voice-sdk';
import { DeviceBase } from './device-base.js';

export class TwilioDevice extends DeviceBase {
  constructor(fetchToken) {
    super();
    this.fetchToken = fetchToken;
    this.call = null;
  }

  async start() {
    this.device = new Device(await this.fetchToken(), { closeProtection: true, codecPreferences: [Call.Codec.Opus, Call.Codec.PCMU] });
    this.device.on('registered', () => this.update(this.call ? this.snapshot.status : 'ready'));
    this.device.on('unregistered', () => this.update('offline'));
    this.device.on('error', () => this.update(this.device.state === 'registered' ? this.snapshot.status : 'offline'));
    this.device.on('tokenWillExpire', async () => this.device.updateToken(await this.fetchToken()));
    this.device.on('incoming', (call) => this.ring(call));
    await this.device.register();
  }

  ring(call) {
    this.call = call;
    const sid = call.parameters.CallSid;
    this.update('ringing', sid);
    call.on('accept', () => this.update('connected', sid));
    for (const ended of ['disconnect', 'cancel', 'reject', 'error']) {
      call.on(ended, () => {
        if (this.call === call) {
          this.call = null;
          this.update('ready');
        }
      });
    }
  }

  async accept() {
    this.call?.accept();
  }

  async reject() {
    this.call?.reject();
  }

  async hangUp() {
    this.call?.disconnect();
  }
}
