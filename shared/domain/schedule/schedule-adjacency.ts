// Links grouped by task in compressed sparse row form: the links of node v are
// links[start[v]] … links[start[v + 1] - 1], in the order they were given. Two typed arrays instead
// of a map of lists, so the scheduling passes over 15,000 links read memory in a row.
export interface Adjacency {
  /** nodeCount + 1 offsets into `links`. */
  readonly start: Int32Array;
  /** Link numbers. */
  readonly links: Int32Array;
}

/** Groups links 0 … ends.length - 1 by the node at the given end (the `from` ends for outgoing links). */
export function makeAdjacency(nodeCount: number, ends: Int32Array, linkCount = ends.length): Adjacency {
  const start = new Int32Array(nodeCount + 1);
  for (let link = 0; link < linkCount; link++) {
    const slot = (ends[link] ?? 0) + 1;
    start[slot] = (start[slot] ?? 0) + 1;
  }
  for (let node = 0; node < nodeCount; node++) start[node + 1] = (start[node + 1] ?? 0) + (start[node] ?? 0);
  const fill = start.slice(0, nodeCount);
  const links = new Int32Array(linkCount);
  for (let link = 0; link < linkCount; link++) {
    const node = ends[link] ?? 0;
    const slot = fill[node] ?? 0;
    links[slot] = link;
    fill[node] = slot + 1;
  }
  return { start, links };
}

/**
 * Kahn's algorithm: nodes in an order where every link goes forward, ties in node order. Returns
 * fewer than nodeCount nodes when links form a circle (the nodes on and after it are left out).
 */
export function topologicalOrder(nodeCount: number, out: Adjacency, linkTo: Int32Array, inDegree: Int32Array): Int32Array {
  const left = inDegree.slice();
  const order = new Int32Array(nodeCount);
  let tail = 0;
  for (let node = 0; node < nodeCount; node++) if (left[node] === 0) order[tail++] = node;
  for (let head = 0; head < tail; head++) {
    const node = order[head] ?? 0;
    for (let at = out.start[node] ?? 0, end = out.start[node + 1] ?? 0; at < end; at++) {
      const to = linkTo[out.links[at] ?? 0] ?? 0;
      const remaining = (left[to] ?? 0) - 1;
      left[to] = remaining;
      if (remaining === 0) order[tail++] = to;
    }
  }
  return order.subarray(0, tail);
}
