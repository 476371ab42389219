import type BetterSqlite3 from 'better-sqlite3';
import type UssdMenu from 'ussd-menu-builder';

/**
 * ussd-menu-builder's `sessionConfig` store, kept in the same SQLite file: one row per session
 * and key, values as JSON. `start` runs on every request; `end` when a state answers END.
 */
export function createPeerSessionStore(sqlite: BetterSqlite3.Database): UssdMenu.UssdSessionConfig {
  sqlite.exec(`CREATE TABLE IF NOT EXISTS peer_sessions (
    session_id TEXT NOT NULL, key TEXT NOT NULL, value TEXT, PRIMARY KEY (session_id, key))`);
  const start = sqlite.prepare<[string, string]>(`INSERT OR IGNORE INTO peer_sessions (session_id, key, value) VALUES (?, '__started', ?)`);
  const get = sqlite.prepare<[string, string], { value: string | null }>(`SELECT value FROM peer_sessions WHERE session_id = ? AND key = ?`);
  const set = sqlite.prepare<[string, string, string]>(`
    INSERT INTO peer_sessions (session_id, key, value) VALUES (?, ?, ?)
    ON CONFLICT (session_id, key) DO UPDATE SET value = excluded.value`);
  const end = sqlite.prepare<[string]>(`DELETE FROM peer_sessions WHERE session_id = ?`);

  return {
    start: async (sessionId) => {
      start.run(sessionId, JSON.stringify(Date.now()));
    },
    get: async (sessionId, key) => {
      const row = get.get(sessionId, key);
      return row?.value == null ? null : (JSON.parse(row.value) as unknown);
    },
    set: async (sessionId, key, value) => {
      set.run(sessionId, key, JSON.stringify(value));
    },
    end: async (sessionId) => {
      end.run(sessionId);
    },
  };
}
