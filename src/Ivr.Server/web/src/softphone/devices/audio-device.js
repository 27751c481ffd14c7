// The audio device behind the softphone: the page only speaks to this interface.
//
// interface AudioDevice {
//   start(): Promise<void>           register to receive calls for the identity (a counselor, or a supervisor monitoring calls)
//   accept(): Promise<void>          answer the ringing call
//   reject(): Promise<void>          decline the ringing call (Twilio reports it busy: the caller goes back first in line)
//   hangUp(): Promise<void>          end the connected call (the counselor goes into wrap-up)
//   snapshot: { status, callSid }    status: offline | ready | ringing | connected
//   onChange(listener)               called with the snapshot whenever it changes
// }
//
// Two implementations: Twilio's Voice JavaScript SDK (bundled from npm, loaded only when used) and the phone
// simulator's browser device, so the page works without a Twilio account. The server's Softphone:Device says which.

import { SimulatorDevice } from './simulator-device.js';

// `identity` is the Twilio Client name the device rings for (calls to client:{identity}); `fetchToken` gets an access
// token for it (Twilio's SDK only).
export async function createDevice(config, identity, fetchToken) {
  if (config.device === 'simulator') {
    return new SimulatorDevice(config.simulatorUrl, identity);
  }
  const { TwilioDevice } = await import('./twilio-device.js');
  return new TwilioDevice(fetchToken);
}
