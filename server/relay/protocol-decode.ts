// Reads one client frame into a typed message. Any byte-level problem becomes a ProtocolError
// with the close code to use, so the connection can refuse exactly that socket.
import * as decoding from 'lib0/decoding';
import { CLOSE_CODE, MESSAGE, ProtocolError, SYNC_STEP } from './message-types';

export type ClientMessage =
  | { readonly kind: 'sync-step1'; readonly stateVector: Uint8Array }
  | { readonly kind: 'sync-step2'; readonly update: Uint8Array }
  | { readonly kind: 'update'; readonly update: Uint8Array }
  | { readonly kind: 'awareness'; readonly update: Uint8Array }
  | { readonly kind: 'auth' }
  | { readonly kind: 'query-awareness' };

export function decodeClientMessage(frame: Uint8Array): ClientMessage {
  try {
    return readMessage(decoding.createDecoder(frame));
  } catch (error) {
    if (error instanceof ProtocolError) throw error;
    throw new ProtocolError(`undecodable frame: ${String(error)}`, CLOSE_CODE.invalidPayload);
  }
}

function readMessage(decoder: decoding.Decoder): ClientMessage {
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case MESSAGE.sync:
      return readSync(decoder);
    case MESSAGE.awareness:
      return { kind: 'awareness', update: decoding.readVarUint8Array(decoder) };
    case MESSAGE.auth:
      // clients have nothing to say over auth yet; accept and ignore the body
      return { kind: 'auth' };
    case MESSAGE.queryAwareness:
      return { kind: 'query-awareness' };
    default:
      throw new ProtocolError(`unknown message type ${type}`, CLOSE_CODE.unsupportedData);
  }
}

function readSync(decoder: decoding.Decoder): ClientMessage {
  const step = decoding.readVarUint(decoder);
  switch (step) {
    case SYNC_STEP.step1:
      return { kind: 'sync-step1', stateVector: decoding.readVarUint8Array(decoder) };
    case SYNC_STEP.step2:
      return { kind: 'sync-step2', update: decoding.readVarUint8Array(decoder) };
    case SYNC_STEP.update:
      return { kind: 'update', update: decoding.readVarUint8Array(decoder) };
    default:
      throw new ProtocolError(`unknown sync step ${step}`, CLOSE_CODE.unsupportedData);
  }
}
