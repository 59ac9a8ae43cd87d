// The public lists' answers kept in memory until the public items change. The database says when they do: a trigger
// on the items notifies the channel below in the statement that changes a public item (or makes one public, or takes
// one out of the public), and every server listening drops everything it kept. While the server is not listening
// (starting, or its connection lost) nothing is kept and every answer is read afresh, so an answer is never older
// than the notice of a change takes to arrive (milliseconds after the change commits).
import type { FastifyBaseLogger } from 'fastify';
import { LRUCache } from 'lru-cache';
import pg from 'pg';

/** The channel the database notifies (migration …_disclosure_public_items_changed, public_items_changed). */
export const PUBLIC_ITEMS_CHANNEL = 'disclosure_public_items';

/** How much answer text is kept at most (UTF-16 code units count twice): well inside the server's heap budget. */
const KEPT_BYTES = 24 * 2 ** 20;
const RECONNECT_MS = 1_000;

export interface PublicAnswers {
  /** The kept answer for this key, or the one `read` gives (kept if no change was noticed while it was read). */
  answer(key: string, read: () => Promise<string>): Promise<string>;
  /** Whether answers are being kept (the server is listening for changes). */
  readonly listening: boolean;
  close(): Promise<void>;
}

/** Answers read afresh every time (a server given no database address to listen on). */
export const UNKEPT_ANSWERS: PublicAnswers = { answer: (_key, read) => read(), listening: false, close: async () => {} };

export async function keepPublicAnswers(databaseUrl: string, log: FastifyBaseLogger): Promise<PublicAnswers> {
  const kept = new LRUCache<string, string>({ maxSize: KEPT_BYTES, sizeCalculation: (value, key) => 2 * (value.length + key.length) });
  // a change noticed while an answer was being read makes that answer unfit to keep
  let changes = 0;
  let client: pg.Client | null = null;
  let listening = false;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  const forget = () => {
    changes++;
    kept.clear();
  };
  const connect = async () => {
    const c = new pg.Client({ connectionString: databaseUrl });
    c.on('notification', forget);
    c.on('error', (error) => lost(c, error));
    c.on('end', () => lost(c));
    try {
      await c.connect();
      await c.query(`LISTEN ${PUBLIC_ITEMS_CHANNEL}`);
      if (closed) return void (await c.end());
      client = c;
      // anything may have changed while nobody listened
      forget();
      listening = true;
    } catch (error) {
      lost(c, error);
    }
  };
  const lost = (c: pg.Client, error?: unknown) => {
    if (client !== null && client !== c) return;
    listening = false;
    client = null;
    forget();
    c.removeAllListeners('end');
    void c.end().catch(() => {});
    if (closed) return;
    log.warn({ err: error }, 'not listening for changes of the public items: public answers are read afresh until listening again');
    clearTimeout(retry);
    retry = setTimeout(() => void connect(), RECONNECT_MS);
  };
  await connect();

  return {
    get listening() {
      return listening;
    },
    async answer(key, read) {
      if (!listening) return read();
      const hit = kept.get(key);
      if (hit !== undefined) return hit;
      const before = changes;
      const value = await read();
      if (listening && changes === before) kept.set(key, value);
      return value;
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      listening = false;
      const c = client;
      client = null;
      kept.clear();
      if (c) {
        c.removeAllListeners('end');
        await c.end().catch(() => {});
      }
    },
  };
}
