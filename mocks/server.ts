/**
 * `npm run api`: the mock backend as a real HTTP server, for API tests, other tools and other
 * browsers (product.md §14). The one handler list (mocks/handlers.ts) answers, through MSW's
 * `getResponse`, on Node's own `http` module: each request becomes a Fetch `Request`, each answer
 * is written back as it is. The state lives in a file (mocks/file-store.ts) and time is real, so
 * sellers answer and deadlines pass as the clock does. QA's control is under `/__mock/`
 * (mocks/qa-handlers.ts).
 *
 * One server per process: the handlers reach the backend through `getBackend()`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { getResponse } from 'msw';
import { useStore } from './backend';
import { createMemoryControlStore } from './control';
import { createFileStore, type FileStore } from './file-store';
import { handlers } from './handlers';
import { problem } from './problem';
import { qaHandlers, serverLatency } from './qa-handlers';

export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_DATA_DIR = resolve(fileURLToPath(new URL('..', import.meta.url)), '.data');

/** The app's own origins: `npm start`'s preview and the dev server (others: `CORS_ORIGINS`). */
export const APP_ORIGINS = [
  'http://127.0.0.1:4173',
  'http://localhost:4173',
  'http://127.0.0.1:5173',
  'http://localhost:5173',
];

const CORS_METHODS = 'GET, POST, DELETE, OPTIONS';
const CORS_HEADERS = 'Content-Type, Idempotency-Key';
// No Access-Control-Expose-Headers: the client reads the status, the body and Content-Type,
// which CORS always lets it read.
/** More than any body the contract allows (500 restore items with their messages). */
const MAX_BODY_BYTES = 5 * 1024 * 1024;
/** How long a stop waits for answers still under way (a QA delay can be long) before cutting them. */
const STOP_GRACE_MS = 5_000;

export type ApiServerOptions = {
  /** 0: any free port (tests). */
  port?: number;
  host?: string;
  dataDir?: string;
  /** No line per request. */
  quiet?: boolean;
  /** Origins allowed besides the app's own. */
  corsOrigins?: readonly string[];
  log?: (line: string) => void;
};

export type ApiServer = {
  readonly url: string;
  readonly port: number;
  readonly store: FileStore;
  /** Stops accepting, lets the answers under way finish, writes the state out. */
  close(): Promise<void>;
};

export class PortInUseError extends Error {
  constructor(host: string, port: number) {
    super(`Port ${port} on ${host} is in use: stop what runs there, or set PORT to another port.`);
    this.name = 'PortInUseError';
  }
}

const allHandlers = [...qaHandlers, ...handlers];

class BodyTooLarge extends Error {}

async function readBody(message: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of message as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

async function toRequest(message: IncomingMessage, fallbackHost: string): Promise<Request> {
  const url = new URL(message.url ?? '/', `http://${message.headers.host ?? fallbackHost}`);
  const headers = new Headers();
  for (let i = 0; i < message.rawHeaders.length; i += 2) {
    headers.append(message.rawHeaders[i]!, message.rawHeaders[i + 1]!);
  }
  const method = message.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(message);
  return new Request(url, {
    method,
    headers,
    body: body?.length ? new Uint8Array(body) : undefined,
  });
}

function problemAnswer(status: number, detail: string): Response {
  // Outside the buyer's API the contract's codes do not quite fit; NOT_FOUND is the one for 404.
  const code =
    status === 404 ? 'NOT_FOUND' : status >= 500 ? 'SERVICE_UNAVAILABLE' : 'VALIDATION_FAILED';
  return Response.json(problem(status, code, detail), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

export async function startApiServer(options: ApiServerOptions = {}): Promise<ApiServer> {
  const host = options.host ?? DEFAULT_HOST;
  const log = options.log ?? ((line: string) => console.log(line));
  const allowed = new Set([...APP_ORIGINS, ...(options.corsOrigins ?? [])]);
  let store: FileStore | null = null;
  let closing = false;

  function corsHeaders(origin: string | undefined): Record<string, string> {
    if (!origin || !allowed.has(origin)) return {};
    return { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
  }

  async function answer(message: IncomingMessage, fallbackHost: string): Promise<Response> {
    if (message.method === 'OPTIONS') {
      const origin = message.headers.origin;
      // A preflight from an origin not allowed gets no CORS headers, so the browser refuses it.
      if (origin && !allowed.has(origin)) {
        log(`  ${origin} is not an allowed origin: add it to CORS_ORIGINS`);
      }
      return new Response(null, {
        status: 204,
        headers: {
          Allow: CORS_METHODS,
          ...(origin && allowed.has(origin)
            ? {
                'Access-Control-Allow-Methods': CORS_METHODS,
                'Access-Control-Allow-Headers': CORS_HEADERS,
                'Access-Control-Max-Age': '600',
              }
            : {}),
        },
      });
    }
    let request: Request;
    try {
      request = await toRequest(message, fallbackHost);
    } catch (error) {
      return error instanceof BodyTooLarge
        ? problemAnswer(413, `A body is at most ${MAX_BODY_BYTES} bytes.`)
        : problemAnswer(400, 'The request could not be read.');
    }
    try {
      const baseUrl = new URL(request.url).origin;
      const response = await getResponse(allHandlers, request, { baseUrl });
      return (
        response ??
        problemAnswer(404, `There is no ${request.method} ${new URL(request.url).pathname} here.`)
      );
    } catch (error) {
      log(`  the mock failed: ${(error as Error).stack ?? String(error)}`);
      return problemAnswer(500, 'The mock failed to answer; its log says why.');
    }
  }

  async function handle(message: IncomingMessage, response: ServerResponse): Promise<void> {
    const started = performance.now();
    const address = server.address();
    const fallbackHost = address && typeof address === 'object' ? `${host}:${address.port}` : host;
    const answered = await answer(message, fallbackHost);
    const line = (status: string) => {
      if (options.quiet) return;
      log(
        `${message.method} ${message.url} ${status} ${Math.round(performance.now() - started)}ms`,
      );
    };
    if (answered.type === 'error') {
      // A lost answer (QA's fault, the flaky scenario): the change is kept, the connection dropped.
      line('lost');
      message.socket.destroy();
      return;
    }
    const body = Buffer.from(await answered.arrayBuffer());
    response.statusCode = answered.status;
    answered.headers.forEach((value, name) => response.setHeader(name, value));
    for (const [name, value] of Object.entries(corsHeaders(message.headers.origin))) {
      response.setHeader(name, value);
    }
    if (closing) response.setHeader('Connection', 'close');
    response.end(body);
    line(String(answered.status));
  }

  const server = createServer((message, response) => {
    handle(message, response).catch((error: unknown) => {
      log(`  could not answer ${message.method} ${message.url}: ${String(error)}`);
      response.destroy();
    });
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new PortInUseError(host, options.port ?? DEFAULT_PORT)
          : error,
      ),
    );
    server.listen(options.port ?? DEFAULT_PORT, host, () => {
      // The port is ours: only now is the data folder touched, so a second server that cannot
      // listen leaves the first one's file alone. No request is read before this returns.
      try {
        store = createFileStore(options.dataDir ?? DEFAULT_DATA_DIR, log);
        const backend = useStore(store, createMemoryControlStore());
        const stored = store.read().kind === 'ok';
        backend.start(stored ? {} : { latency: serverLatency('default') }, Date.now());
        resolveListen();
      } catch (error) {
        // A data folder it cannot use (permissions, a file in its place): no server at all.
        server.close();
        const dir = options.dataDir ?? DEFAULT_DATA_DIR;
        reject(new Error(`The data folder ${dir} cannot be used: ${String(error)}`));
      }
    });
  });

  const address = server.address();
  const port =
    address && typeof address === 'object' ? address.port : (options.port ?? DEFAULT_PORT);
  const fileStore = store!;
  let closed: Promise<void> | null = null;

  return {
    url: `http://${host}:${port}`,
    port,
    store: fileStore,
    close: () => {
      closed ??= (async () => {
        closing = true;
        const stopped = new Promise<void>((done) => server.close(() => done()));
        server.closeIdleConnections();
        const cut = setTimeout(() => server.closeAllConnections(), STOP_GRACE_MS);
        cut.unref();
        await stopped;
        clearTimeout(cut);
        await fileStore.flush();
      })();
      return closed;
    },
  };
}

function envPort(): number {
  const text = process.env.PORT;
  if (text === undefined || text === '') return DEFAULT_PORT;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`PORT must be a port number (0–65535), not "${text}".`);
  }
  return port;
}

async function main(): Promise<void> {
  const server = await startApiServer({
    port: envPort(),
    host: process.env.HOST || DEFAULT_HOST,
    dataDir: process.env.DATA_DIR ? resolve(process.env.DATA_DIR) : DEFAULT_DATA_DIR,
    quiet: process.env.QUIET === '1',
    corsOrigins: (process.env.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
  });
  console.log(
    `Order Restore mock API on ${server.url} (state in ${server.store.path}; QA control under /__mock/). Ctrl+C stops it.`,
  );
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) process.exit(1); // A second signal: stop now.
    stopping = true;
    void server.close().then(() => {
      console.log(`Stopped on ${signal}; the state is saved in ${server.store.path}.`);
      process.exit(0);
    });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

const isEntry =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntry) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
