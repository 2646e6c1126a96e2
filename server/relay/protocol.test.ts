import { describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { CLOSE_CODE, MESSAGE, ProtocolError } from './message-types';
import { decodeClientMessage } from './protocol-decode';
import { encodeAck, encodePermissionDenied, encodeSyncStep1, encodeUpdate } from './protocol-encode';

describe('relay protocol', () => {
  it('decodes what it encodes for sync messages', () => {
    const doc = new Y.Doc();
    doc.getMap('m').set('k', 1);
    const update = Y.encodeStateAsUpdate(doc);
    expect(decodeClientMessage(encodeUpdate(update))).toEqual({ kind: 'update', update });
    const stateVector = Y.encodeStateVector(doc);
    expect(decodeClientMessage(encodeSyncStep1(stateVector))).toEqual({ kind: 'sync-step1', stateVector });
  });

  it('frames the ack as type 100 followed by the state vector', () => {
    const stateVector = Uint8Array.from([1, 7, 3]);
    const decoder = decoding.createDecoder(encodeAck(stateVector));
    expect(decoding.readVarUint(decoder)).toBe(MESSAGE.ack);
    expect(decoding.readVarUint8Array(decoder)).toEqual(stateVector);
    expect(decoding.hasContent(decoder)).toBe(false);
  });

  it('frames permission denied like y-protocols/auth', () => {
    const decoder = decoding.createDecoder(encodePermissionDenied('read-only'));
    expect([decoding.readVarUint(decoder), decoding.readVarUint(decoder), decoding.readVarString(decoder)]).toEqual([2, 0, 'read-only']);
  });

  it('maps undecodable bytes to 1007 and unknown types to 1003', () => {
    const codeOf = (bytes: number[]): number | undefined => {
      try {
        decodeClientMessage(Uint8Array.from(bytes));
        return undefined;
      } catch (error) {
        return error instanceof ProtocolError ? error.closeCode : -1;
      }
    };
    expect(codeOf([0xff, 0xff, 0xff])).toBe(CLOSE_CODE.invalidPayload);
    expect(codeOf([0, 2, 10, 1])).toBe(CLOSE_CODE.invalidPayload);
    expect(codeOf([])).toBe(CLOSE_CODE.invalidPayload);
    expect(codeOf([9])).toBe(CLOSE_CODE.unsupportedData);
    expect(codeOf([0, 7])).toBe(CLOSE_CODE.unsupportedData);
  });
});
