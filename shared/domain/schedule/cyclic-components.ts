// Circles in the link graph over dense node numbers (Tarjan's strongly connected components,
// iterative so a 10,000-task chain cannot overflow the stack). The scheduling engine runs it only
// when a topological sort could not place every task, i.e. only when there is a circle at all.
import type { Adjacency } from './schedule-adjacency';

/**
 * The component number of each node that is part of a circle (a component of two or more nodes, or
 * one node linked to itself), -1 for every other node; and how many such circles there are.
 */
export function findCyclicComponents(nodeCount: number, out: Adjacency, linkTo: Int32Array): { component: Int32Array; count: number } {
  const index = new Int32Array(nodeCount).fill(-1);
  const low = new Int32Array(nodeCount);
  const onStack = new Uint8Array(nodeCount);
  const component = new Int32Array(nodeCount).fill(-1);
  const stack = new Int32Array(nodeCount);
  const workNode = new Int32Array(nodeCount);
  const workNext = new Int32Array(nodeCount);
  let stackSize = 0;
  let counter = 0;
  let count = 0;
  let depth = 0;
  const open = (node: number): void => {
    index[node] = counter;
    low[node] = counter++;
    stack[stackSize++] = node;
    onStack[node] = 1;
    workNode[depth] = node;
    workNext[depth++] = out.start[node] ?? 0;
  };

  for (let root = 0; root < nodeCount; root++) {
    if (index[root] !== -1) continue;
    open(root);
    while (depth > 0) {
      const node = workNode[depth - 1] ?? 0;
      const next = workNext[depth - 1] ?? 0;
      if (next < (out.start[node + 1] ?? 0)) {
        workNext[depth - 1] = next + 1;
        const successor = linkTo[out.links[next] ?? 0] ?? 0;
        if (index[successor] === -1) open(successor);
        else if (onStack[successor] === 1) low[node] = Math.min(low[node] ?? 0, index[successor] ?? 0);
        continue;
      }
      depth--;
      if (depth > 0) {
        const parent = workNode[depth - 1] ?? 0;
        low[parent] = Math.min(low[parent] ?? 0, low[node] ?? 0);
      }
      if (low[node] !== index[node]) continue;
      const top = stackSize;
      while (stackSize > 0) {
        const member = stack[--stackSize] ?? 0;
        onStack[member] = 0;
        if (member === node) break;
      }
      if (top - stackSize > 1 || hasSelfLoop(node, out, linkTo)) {
        for (let at = stackSize; at < top; at++) component[stack[at] ?? 0] = count;
        count++;
      }
    }
  }
  return { component, count };
}

function hasSelfLoop(node: number, out: Adjacency, linkTo: Int32Array): boolean {
  for (let at = out.start[node] ?? 0; at < (out.start[node + 1] ?? 0); at++) if (linkTo[out.links[at] ?? 0] === node) return true;
  return false;
}
