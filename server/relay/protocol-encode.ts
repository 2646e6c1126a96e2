// Builds the frames the relay sends, byte-compatible with y-protocols and y-websocket.
import * as encoding from 'lib0/encoding';
import { MESSAGE, SYNC_STEP } from './message-types';

export function encodeSyncStep1(stateVector: Uint8Array): Uint8Array {
  return frame(MESSAGE.sync, (e) => {
    encoding.writeVarUint(e, SYNC_STEP.step1);
    encoding.writeVarUint8Array(e, stateVector);
  });
}

export function encodeSyncStep2(update: Uint8Array): Uint8Array {
  return frame(MESSAGE.sync, (e) => {
    encoding.writeVarUint(e, SYNC_STEP.step2);
    encoding.writeVarUint8Array(e, update);
  });
}

export function encodeUpdate(update: Uint8Array): Uint8Array {
  return frame(MESSAGE.sync, (e) => {
    encoding.writeVarUint(e, SYNC_STEP.update);
    encoding.writeVarUint8Array(e, update);
  });
}

export function encodeAwareness(awarenessUpdate: Uint8Array): Uint8Array {
  return frame(MESSAGE.awareness, (e) => encoding.writeVarUint8Array(e, awarenessUpdate));
}

/** y-protocols/auth "permission denied" (sub-type 0) with a reason string. */
export function encodePermissionDenied(reason: string): Uint8Array {
  return frame(MESSAGE.auth, (e) => {
    encoding.writeVarUint(e, 0);
    encoding.writeVarString(e, reason);
  });
}

/** Our durable acknowledgement: everything up to `stateVector` is stored on the relay. */
export function encodeAck(stateVector: Uint8Array): Uint8Array {
  return frame(MESSAGE.ack, (e) => encoding.writeVarUint8Array(e, stateVector));
}

function frame(type: number, body: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  body(encoder);
  return encoding.toUint8Array(encoder);
}
