// The build that names kept first screens (first-screen-build.ts), from the TypeScript source as tests
// and `tsx server/main.ts` run it: it must cover every module the worker computes an entry with.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstScreenBuild, workerCodeFiles } from './first-screen-build';

describe('the first-screen build', () => {
  it('hashes the schedule computation, outline rows, task readers and first-screen rows the worker runs', () => {
    const files = workerCodeFiles().map((file) => path.relative(process.cwd(), file));

    expect(files).toEqual(expect.arrayContaining([
      'server/metrics/snapshot-worker.ts',
      'server/first-screen/stored-first-screen.ts',
      'shared/domain/schedule/compute-schedule.ts',
      'shared/domain/schedule/outline-rows.ts',
      'shared/domain/schedule/from-records.ts',
      'shared/domain/schedule/project-start.ts',
      'shared/domain/schedule/first-screen.ts',
      'shared/domain/calendar/china-holidays.ts',
      'shared/schema/project-read.ts',
    ]));
    expect(new Set(files).size).toBe(files.length);
    expect(files.some((file) => file.includes('node_modules') || file.endsWith('.test.ts'))).toBe(false);
  });

  it('is the same for the same code', () => {
    expect(firstScreenBuild()).toMatch(/^[0-9a-f]{20}$/);
    expect(firstScreenBuild()).toBe(firstScreenBuild());
  });
});
