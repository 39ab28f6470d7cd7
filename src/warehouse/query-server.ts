import { createServer, type Server } from 'node:http';
import type { Logger } from '../logger.js';
import { describeIssues } from '../contracts/describe-issues.js';
import { queryRequestSchema, runNamedQuery } from './named-queries.js';
import type { Warehouse } from './warehouse.js';

/**
 * GET /v1/query/<name>?since=24h&bucket=hour&by=vertical&limit=10 → JSON rows; GET /health → ok.
 * Served by the process that owns the warehouse, on loopback.
 */
export async function startQueryServer(wh: Warehouse, logger: Logger, port = 0): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'GET') return reply(405, { error: 'only GET' });
    if (url.pathname === '/health') return reply(200, { ok: true });
    const m = /^\/v1\/query\/([\w-]+)$/.exec(url.pathname);
    if (!m) return reply(404, { error: 'not found: try /v1/query/leaderboard' });
    const parsed = queryRequestSchema.safeParse({ ...Object.fromEntries(url.searchParams), name: m[1] });
    if (!parsed.success) return reply(400, { error: describeIssues(parsed.error) });
    runNamedQuery(wh, parsed.data).then(
      (rows) => reply(200, rows),
      (error: Error) => {
        logger.error({ err: error.message, query: parsed.data.name }, 'query failed');
        reply(500, { error: error.message });
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('query server has no port');
  return { url: `http://127.0.0.1:${address.port}`, server };
}
