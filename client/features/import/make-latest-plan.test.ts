import { describe, expect, it } from 'vitest';
import { makeLatestPlan } from './make-latest-plan';

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((done) => { resolve = done; });
  return { promise, resolve };
}

describe('latest plan', () => {
  it('keeps one request in flight, skips the inputs overtaken meanwhile, and ends on the newest', async () => {
    const calls: { request: string; answer: ReturnType<typeof deferred<string>> }[] = [];
    const answers: [string, string][] = [];
    const built: string[] = [];
    const plan = makeLatestPlan<string, string, string>((request) => {
      const answer = deferred<string>();
      calls.push({ request, answer });
      return answer.promise;
    }, (answer, input) => answers.push([answer, input]));
    const build = (name: string) => () => { built.push(name); return `req ${name}`; };
    plan.ask('a', build('a'));
    plan.ask('b', build('b'));
    plan.ask('c', build('c'));
    expect(calls.map((call) => call.request)).toEqual(['req a']);
    calls[0]?.answer.resolve('plan a');
    await Promise.resolve(); await Promise.resolve();
    // a's answer is handed over with its inputs; b was never built or sent
    expect(answers).toEqual([['plan a', 'a']]);
    expect(calls.map((call) => call.request)).toEqual(['req a', 'req c']);
    expect(built).toEqual(['a', 'c']);
    calls[1]?.answer.resolve('plan c');
    await Promise.resolve(); await Promise.resolve();
    expect(answers).toEqual([['plan a', 'a'], ['plan c', 'c']]);
  });

  it('hands over nothing after dispose', async () => {
    const answers: string[] = [];
    const pending = deferred<string>();
    const plan = makeLatestPlan<string, string, string>(() => pending.promise, (answer) => answers.push(answer));
    plan.ask('a', () => 'a');
    plan.dispose();
    pending.resolve('late');
    await Promise.resolve(); await Promise.resolve();
    expect(answers).toEqual([]);
  });
});
