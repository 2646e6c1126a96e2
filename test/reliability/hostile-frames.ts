// Frames no well-behaved client sends: valid messages mutated at random (flipped bytes, cut short,
// huge length prefixes, wrong types), invalid Yjs updates, updates whose dependencies never arrive,
// and oversized awareness. Seeded, so a failure replays.
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import type { Random } from '../support/seeded-random';

const SYNC = 0;
const AWARENESS = 1;

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** A few real updates from a small document: the raw material for mutations. */
export function sampleUpdates(): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const tasks = doc.getMap('tasks');
  for (let i = 0; i < 5; i++) {
    const task = new Y.Map<unknown>();
    tasks.set(`t${i}`, task);
    task.set('title', `task ${i}`);
    task.set('description', new Y.Text('some words'));
  }
  return updates;
}

export function hostileFrame(random: Random, samples: readonly Uint8Array[]): Uint8Array {
  const sample = samples[random.int(samples.length)] ?? new Uint8Array([0]);
  switch (random.int(8)) {
    case 0: // a valid update frame with bytes flipped
      return mutate(random, frame((e) => { encoding.writeVarUint(e, SYNC); encoding.writeVarUint(e, 2); encoding.writeVarUint8Array(e, sample); }));
    case 1: // cut short anywhere
      return frame((e) => { encoding.writeVarUint(e, SYNC); encoding.writeVarUint(e, 2); encoding.writeVarUint8Array(e, sample); }).slice(0, random.int(sample.length + 3));
    case 2: // a length prefix far beyond the frame
      return frame((e) => { encoding.writeVarUint(e, SYNC); encoding.writeVarUint(e, 2); encoding.writeVarUint(e, 2 ** 31 + random.int(1000)); });
    case 3: // unknown message type or sync step
      return frame((e) => { encoding.writeVarUint(e, random.chance(0.5) ? 4 + random.int(90) : SYNC); encoding.writeVarUint(e, 3 + random.int(10)); });
    case 4: // random bytes posing as a Yjs update
      return frame((e) => { encoding.writeVarUint(e, SYNC); encoding.writeVarUint(e, 2); encoding.writeVarUint8Array(e, randomBytes(random, 1 + random.int(64))); });
    case 5: // a later update whose earlier ones never arrive (missing dependencies)
      return frame((e) => { encoding.writeVarUint(e, SYNC); encoding.writeVarUint(e, 2); encoding.writeVarUint8Array(e, samples[samples.length - 1] ?? sample); });
    case 6: // awareness with a huge state
      return frame((e) => {
        encoding.writeVarUint(e, AWARENESS);
        encoding.writeVarUint8Array(e, frame((inner) => {
          encoding.writeVarUint(inner, 1);
          encoding.writeVarUint(inner, random.int(2 ** 30));
          encoding.writeVarUint(inner, 1);
          encoding.writeVarString(inner, JSON.stringify({ user: { name: 'x'.repeat(200_000 + random.int(100_000)) } }));
        }));
      });
    default: // plain noise
      return randomBytes(random, 1 + random.int(200));
  }
}

function mutate(random: Random, bytes: Uint8Array): Uint8Array {
  const copy = bytes.slice();
  const flips = 1 + random.int(4);
  for (let i = 0; i < flips; i++) copy[random.int(copy.length)] = random.int(256);
  return copy;
}

function randomBytes(random: Random, length: number): Uint8Array {
  return Uint8Array.from({ length }, () => random.int(256));
}
