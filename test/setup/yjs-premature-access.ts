// Unit tests fail on Yjs's "Invalid access" warning: reading a shared type (get, has, keys, toJSON…)
// before it is added to a document returns nothing and only warns, so a command that writes a new
// record through a read-then-write helper silently compares against undefined. In the app it was one
// console line per new worker (CI's browser log); here it is an error at the read that caused it.
const PREMATURE_ACCESS = 'Invalid access: Add Yjs type to a document before reading data.';
const warn = console.warn.bind(console);

console.warn = (...args: unknown[]): void => {
  if (args.some((arg) => typeof arg === 'string' && arg.includes(PREMATURE_ACCESS))) throw new Error(`Yjs: ${PREMATURE_ACCESS}`);
  warn(...args);
};
