// Self time of a V8 CPU profile (CDP Profiler) per function and per source package: the profile
// gives each sample's function with its chunk URL and position, and the chunk's source map turns
// that position into the original file, hence the package.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { partOf, readMap } from './bundle-size';
import { sourceAt, type SourceMapV3 } from './source-map-spans';

/** The part of CDP's Profiler.Profile read here. */
export interface CpuProfile {
  readonly nodes: readonly { readonly id: number; readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number; readonly columnNumber: number } }[];
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

export interface SelfTime {
  readonly name: string;
  readonly ms: number;
}

export function selfTimes(profile: CpuProfile, maps: ReadonlyMap<string, SourceMapV3>): { byFunction: SelfTime[]; byPart: SelfTime[] } {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byFunction = new Map<string, number>();
  const byPart = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, index) => {
    const frame = nodes.get(id)?.callFrame;
    if (!frame) return;
    const ms = (deltas[index + 1] ?? 0) / 1000;
    const file = frame.url.slice(frame.url.lastIndexOf('/') + 1);
    const map = maps.get(file);
    const original = map ? sourceAt(map, frame.lineNumber, frame.columnNumber) : null;
    const part = original !== null ? partOf(original.source) : frame.url === '' ? `(${frame.functionName || 'native'})` : file;
    // Minified names say little: the original file and line say where to look.
    const name = original !== null ? `${original.source.replace(/^(\.\.\/)+/, '')}:${original.line}` : `${frame.functionName || '(anonymous)'} ${file}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    byPart.set(part, (byPart.get(part) ?? 0) + ms);
  });
  const sorted = (totals: Map<string, number>): SelfTime[] => [...totals].map(([name, ms]) => ({ name, ms: Math.round(ms) })).sort((a, b) => b.ms - a.ms);
  return { byFunction: sorted(byFunction), byPart: sorted(byPart) };
}

/** The source maps of a build (buildApp writes them hidden beside each chunk), by chunk file name. */
export async function readBuildMaps(buildDir: string): Promise<Map<string, SourceMapV3>> {
  const maps = new Map<string, SourceMapV3>();
  const assets = path.join(buildDir, 'assets');
  for (const file of await readdir(assets)) {
    if (!file.endsWith('.js.map')) continue;
    maps.set(file.replace(/\.map$/, ''), await readMap(path.join(assets, file)));
  }
  return maps;
}

/** Prints the `top` largest JS self times per source package and per original function. */
export function printSelfTimes(js: { readonly byPart: readonly SelfTime[]; readonly byFunction: readonly SelfTime[] }, top: number): void {
  console.log('JS self time by source package (ms)');
  console.table(js.byPart.slice(0, top));
  console.log('JS self time by function (original file:line of the function, ms)');
  console.table(js.byFunction.slice(0, top));
}
