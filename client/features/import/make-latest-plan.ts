// Keeps one plan request in flight at a time and always ends on the latest inputs: asking while one
// runs only notes that the inputs moved on, and when the answer comes back the newest inputs are sent.
// Every answer is handed over with the inputs it was made for, so the page can tell whether what it
// shows is still what the person picked. Not reactive; dispose() drops answers still to come.
export function makeLatestPlan<Input, Request, Answer>(
  send: (request: Request) => Promise<Answer>,
  onAnswer: (answer: Answer, input: Input) => void,
): { ask(input: Input, build: () => Request): void; dispose(): void } {
  let running = false;
  let disposed = false;
  let next: { input: Input; build: () => Request } | null = null;
  const run = (): void => {
    const current = next;
    if (current === null || disposed) return;
    next = null;
    running = true;
    const settle = (): void => { running = false; run(); };
    send(current.build()).then((answer) => {
      if (!disposed) onAnswer(answer, current.input);
      settle();
    }, settle);
  };
  return {
    ask(input, build) {
      next = { input, build };
      if (!running) run();
    },
    dispose() {
      disposed = true;
      next = null;
    },
  };
}
