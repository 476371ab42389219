import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerAfterCommit, installGroupCommit } from '../../src/runtime/group-commit.js';

/**
 * Group commit on the server's connection: the writes of one event-loop turn in one
 * transaction, each `transaction()` in it a savepoint, and an answer released only once what it
 * wrote is committed, as another connection (another process after a crash) sees the file.
 */
let dir: string;
let writer: BetterSqlite3.Database;
let observer: BetterSqlite3.Database;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ecitizen-group-commit-'));
  const path = join(dir, 'group.sqlite');
  writer = new BetterSqlite3(path);
  writer.pragma('journal_mode = WAL');
  writer.exec('CREATE TABLE hops (id TEXT PRIMARY KEY, reply TEXT NOT NULL)');
  observer = new BetterSqlite3(path);
});

afterEach(() => {
  observer.close();
  writer.close();
  rmSync(dir, { recursive: true, force: true });
});

const onDisk = () => (observer.prepare('SELECT id FROM hops ORDER BY id').all() as { id: string }[]).map((row) => row.id);

describe('group commit', () => {
  it('commits the writes of one turn together, at the end of the turn', async () => {
    const commits = installGroupCommit(writer);
    const insert = writer.prepare('INSERT INTO hops (id, reply) VALUES (?, ?)');
    insert.run('a', 'CON one');
    insert.run('b', 'CON two');
    expect(writer.inTransaction).toBe(true);
    expect(onDisk()).toEqual([]);
    await commits.durable();
    expect(writer.inTransaction).toBe(false);
    expect(onDisk()).toEqual(['a', 'b']);
  });

  it('rolls back only the transaction that failed; its neighbours in the turn commit', async () => {
    const commits = installGroupCommit(writer);
    const insert = writer.prepare('INSERT INTO hops (id, reply) VALUES (?, ?)');
    const hop = writer.transaction((id: string, fail: boolean) => {
      insert.run(id, 'END done');
      if (fail) throw new Error(`hop ${id} failed after its write`);
    });
    hop('a', false);
    expect(() => hop('b', true)).toThrow('hop b failed');
    hop('c', false);
    // A lone statement that fails (a duplicate key) is undone by SQLite without touching the rest.
    expect(() => insert.run('a', 'again')).toThrow(/UNIQUE/);
    await commits.durable();
    expect(onDisk()).toEqual(['a', 'c']);
  });

  it('answers only once the answer\'s writes are on disk', async () => {
    const commits = installGroupCommit(writer);
    const insert = writer.prepare('INSERT INTO hops (id, reply) VALUES (?, ?)');
    const seenWhenAnswered: string[][] = [];
    const fetch = answerAfterCommit(
      async (request: Request) => {
        insert.run(new URL(request.url).searchParams.get('id')!, 'CON hop');
        return new Response('CON hop');
      },
      commits,
      () => undefined,
    );
    await Promise.all(['x', 'y', 'z'].map(async (id) => {
      await fetch(new Request(`http://127.0.0.1/ussd?id=${id}`));
      seenWhenAnswered.push(onDisk());
    }));
    expect(seenWhenAnswered).toEqual([['x', 'y', 'z'], ['x', 'y', 'z'], ['x', 'y', 'z']]);
  });

  it('answers a hop whose commit failed with the apology, and anything else with 503', async () => {
    const commits = installGroupCommit(writer);
    const insert = writer.prepare('INSERT INTO hops (id, reply) VALUES (?, ?)');
    const failures: unknown[] = [];
    const fetch = answerAfterCommit(
      async (request: Request) => {
        insert.run(request.url, 'CON hop');
        // SQLite rolled the whole group back (as on a full disk or an I/O error) before its commit.
        writer.exec('ROLLBACK');
        return new Response('CON hop');
      },
      commits,
      (error) => failures.push(error),
    );
    const hop = await fetch(new Request('http://127.0.0.1/ussd'));
    expect(hop.status).toBe(200);
    expect(await hop.text()).toMatch(/^END /);
    const api = await fetch(new Request('http://127.0.0.1/api/v1/applications'));
    expect(api.status).toBe(503);
    expect(failures).toHaveLength(2);
    expect(onDisk()).toEqual([]);
  });

  it('answers as failed a request whose writes spanned turns when an earlier turn\'s commit failed, though its last one committed', async () => {
    const commits = installGroupCommit(writer);
    const insert = writer.prepare('INSERT INTO hops (id, reply) VALUES (?, ?)');
    const failures: unknown[] = [];
    const fetch = answerAfterCommit(
      async (request: Request) => {
        insert.run(`${request.url}#first`, 'CON first');
        // This turn's group is lost (as on an I/O error), then the request goes on in a later turn.
        writer.exec('ROLLBACK');
        await new Promise((resolve) => setImmediate(resolve));
        await new Promise((resolve) => setImmediate(resolve));
        insert.run(`${request.url}#second`, 'CON second');
        return new Response('CON hop');
      },
      commits,
      (error) => failures.push(error),
    );
    const hop = await fetch(new Request('http://127.0.0.1/ussd'));
    expect(await hop.text()).toMatch(/^END /);
    expect(failures).toHaveLength(1);
  });

  it('prepares a write once by its SQL text, and reads as they come', () => {
    installGroupCommit(writer);
    const insert = 'INSERT INTO hops (id, reply) VALUES (?, ?)';
    expect(writer.prepare(insert)).toBe(writer.prepare(insert));
    const read = 'SELECT reply FROM hops WHERE id = ?';
    expect(writer.prepare(read)).not.toBe(writer.prepare(read));
    const returning = 'INSERT INTO hops (id, reply) VALUES (?, ?) RETURNING id';
    expect(writer.prepare(returning)).not.toBe(writer.prepare(returning));
  });

  it('commits the open group before a pragma, so a checkpoint never runs inside it', async () => {
    installGroupCommit(writer);
    writer.prepare('INSERT INTO hops (id, reply) VALUES (?, ?)').run('a', 'CON one');
    writer.pragma('wal_checkpoint(PASSIVE)');
    expect(writer.inTransaction).toBe(false);
    expect(onDisk()).toEqual(['a']);
  });
});
