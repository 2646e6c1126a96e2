import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openMetricsDb } from './metrics-db';
import { createMetricsStore } from './metrics-store';
import { isSatisfactionKeyedByWorkspace, migrateSatisfactionKey } from './satisfaction-migration';

// The table exactly as metrics.sqlite files were written before answers were per workspace.
const OLD_SCHEMA = `
  CREATE TABLE IF NOT EXISTS satisfaction (
    user_id TEXT NOT NULL,
    month TEXT NOT NULL,
    workspace_id TEXT NOT NULL,
    score INTEGER NOT NULL,
    comment TEXT NOT NULL,
    at INTEGER NOT NULL,
    PRIMARY KEY (user_id, month)
  );
  CREATE INDEX IF NOT EXISTS satisfaction_workspace_at ON satisfaction (workspace_id, at);
`;
const INSERT = 'INSERT INTO satisfaction (user_id, month, workspace_id, score, comment, at) VALUES (?, ?, ?, ?, ?, ?)';
const OLD_ROWS = [
  ['user_a', '2026-10', 'workspace01', 4, '好用', 1_000],
  ['user_a', '2026-11', 'workspace02', 2, 'slow on the phone', 2_000],
  ['user_b', '2026-11', 'workspace01', 5, '', 3_000],
] as const;

type Row = { user_id: string; month: string; workspace_id: string; score: number; comment: string; at: number };
const allRows = (db: Database.Database): Row[] => db.prepare<[], Row>('SELECT * FROM satisfaction ORDER BY at').all();

describe('satisfaction table migration', () => {
  let dir: string;
  let file: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'satisfaction-migration-'));
    file = path.join(dir, 'metrics.sqlite');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  function writeOldFile(): void {
    const old = new Database(file);
    old.exec(OLD_SCHEMA);
    for (const row of OLD_ROWS) old.prepare(INSERT).run(...row);
    expect(isSatisfactionKeyedByWorkspace(old)).toBe(false);
    old.close();
  }

  it('keeps every row of a file written with the old key, and then takes a second workspace’s answer in the same month', () => {
    writeOldFile();
    const db = openMetricsDb(file);
    expect(isSatisfactionKeyedByWorkspace(db)).toBe(true);
    expect(allRows(db)).toEqual(OLD_ROWS.map(([user_id, month, workspace_id, score, comment, at]) => ({ user_id, month, workspace_id, score, comment, at })));
    // the same person and month in another workspace: refused by the old key, taken now
    expect(db.prepare(`${INSERT} ON CONFLICT DO NOTHING`).run('user_a', '2026-11', 'workspace01', 3, '', 4_000).changes).toBe(1);
    // the same person, workspace and month: still one answer
    expect(db.prepare(`${INSERT} ON CONFLICT DO NOTHING`).run('user_a', '2026-11', 'workspace02', 1, '', 5_000).changes).toBe(0);
    // the workspace index is there again, on the new table, and the store reads through it
    const index = db.prepare<[], { tbl_name: string }>("SELECT tbl_name FROM sqlite_master WHERE type = 'index' AND name = 'satisfaction_workspace_at'").get();
    expect(index?.tbl_name).toBe('satisfaction');
    expect(createMetricsStore(db).satisfactionAnswers('workspace01', '2026-10', '2026-11')).toEqual([
      { at: 1_000, score: 4 }, { at: 3_000, score: 5 }, { at: 4_000, score: 3 },
    ]);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'satisfaction_by_month'").get()).toBeUndefined();
    db.close();
  });

  it('does nothing to a table already keyed by workspace, so opening again keeps the rows', () => {
    writeOldFile();
    openMetricsDb(file).close();
    const db = openMetricsDb(file);
    expect(allRows(db)).toHaveLength(OLD_ROWS.length);
    expect(migrateSatisfactionKey(db)).toBe(0);
    db.close();
  });

  it('creates a new file with the new key', () => {
    const db = openMetricsDb(file);
    expect(isSatisfactionKeyedByWorkspace(db)).toBe(true);
    expect(allRows(db)).toEqual([]);
    db.close();
  });
});
