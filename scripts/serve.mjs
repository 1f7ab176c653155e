#!/usr/bin/env node
// A DEMO server, for trying the widget on this machine and for the browser
// tests; not a production web server. A portal serving the package should
// put it behind its own web server (nginx, Apache, a CDN), which must:
//   - serve over HTTPS only, with HSTS;
//   - serve only files below its document roots, following no symbolic link
//     out of them (nginx: disable_symlinks on);
//   - send Content-Security-Policy (at least script-src 'self'
//     'wasm-unsafe-eval', object-src 'none', base-uri 'self', frame-ancestors
//     of its own choosing), X-Content-Type-Options: nosniff and a
//     Referrer-Policy (no-referrer or strict-origin): a portal's query may
//     hold SSO tickets;
//   - cap connections, header size and time per client (slowloris), and
//     redirect only to its own paths;
//   - send the .wasm as application/wasm, compressed (brotli or gzip).
// This one does each of those as a demo can: real paths checked against the
// roots, the headers above on every response, at most MAX_CONNECTIONS
// connections, redirects built from the checked path.
//
// Without dependencies: www/ at /, pkg/ at /pkg/. Used by scripts/serve.sh
// and by the browser tests:
//
//   import { startServer } from '../../scripts/serve.mjs';
//   const { url, close } = await startServer();   // port 0: a free port
//
// Run directly it serves on http://127.0.0.1:8080/ (env PORT, HOST).
// /strict-csp.html is served with a strict Content-Security-Policy, to show
// the widget needs nothing but 'self' and 'wasm-unsafe-eval'.
// Text and wasm go out compressed (brotli, else gzip) when the browser
// accepts it, as any portal's web server sends them: the wasm is 191 KB as
// built and about 80 KB compressed, which on a phone's network is most of
// the wait for the widget.
import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/**
 * The policy every response gets: no plugins, no <base> elsewhere, forms
 * and frames only from this origin. It restricts nothing the pages need
 * (their own scripts and styles, wasm, the batch page's worker and blob:
 * downloads).
 */
export const BASE_CSP = "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

/** The headers every response gets. */
export const SECURITY_HEADERS = {
  'content-security-policy': BASE_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'SAMEORIGIN',
};

/** Connections held at once; more are refused (a slowloris holds thousands). */
export const MAX_CONNECTIONS = 256;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * The file a URL path names, or null when it is outside the served roots.
 * `/pkg/…` maps into pkg/, everything else into www/. Decoding happens
 * before the check, so `%2e%2e` and encoded slashes cannot climb out.
 */
export function resolvePath(urlPath, roots = { www: join(root, 'www'), pkg: join(root, 'pkg') }) {
  let path;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\') || !path.startsWith('/')) return null;
  let base = roots.www;
  if (path === '/pkg' || path.startsWith('/pkg/')) {
    base = roots.pkg;
    path = path.slice('/pkg'.length) || '/';
  }
  const file = resolve(base, `.${path}`);
  if (file !== base && !file.startsWith(base + sep)) return null;
  return file;
}

/** The types worth compressing: text, and wasm (its code compresses to less than half). */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.svg', '.txt', '.md', '.ts', '.map']);
const COMPRESS = {
  br: promisify((bytes, done) =>
    brotliCompress(
      bytes,
      { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } },
      done,
    ),
  ),
  gzip: promisify((bytes, done) => gzip(bytes, { level: 9 }, done)),
};
/** Compressed files by path, size, mtime and coding: each is compressed once while it is unchanged. */
const compressed = new Map();

/** The coding to send: brotli if the request accepts it, else gzip, else none (q=0 refuses a coding). */
export function pickEncoding(acceptEncoding = '') {
  const accepted = new Set();
  for (const part of String(acceptEncoding).toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)).find(Boolean);
    if (name && !(q && Number(q[1]) === 0)) accepted.add(name.trim());
  }
  return accepted.has('br') ? 'br' : accepted.has('gzip') ? 'gzip' : null;
}

async function compressedFile(file, info, coding) {
  const key = `${file}\0${info.size}\0${info.mtimeMs}\0${coding}`;
  let body = compressed.get(key);
  if (!body) {
    body = COMPRESS[coding](await readFile(file));
    compressed.set(key, body);
    body.catch(() => compressed.delete(key));
  }
  return body;
}

function send(res, status, text, headers = {}) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8', ...headers });
  res.end(text);
}

/**
 * Whether `file`, its symbolic links followed, is still inside the root it
 * was found under (the root itself may be a link, as a checkout's pkg/ is).
 */
async function staysInside(file, roots) {
  const inPkg = file === roots.pkg || file.startsWith(roots.pkg + sep);
  const [real, realRoot] = await Promise.all([realpath(file), realpath(inPkg ? roots.pkg : roots.www)]).catch(() => []);
  return Boolean(real) && (real === realRoot || real.startsWith(realRoot + sep));
}

async function handle(req, res, roots) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return send(res, 405, 'Method Not Allowed\n', { allow: 'GET, HEAD' });
  }
  const { pathname } = new URL(req.url, 'http://localhost');
  let file = resolvePath(pathname, roots);
  if (file === null || !(await staysInside(file, roots))) return send(res, 404, 'Not Found\n');
  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    if (!pathname.endsWith('/')) {
      // A path of this server, never `//host/…` (another host, to a browser).
      return send(res, 301, 'Moved Permanently\n', { location: `/${pathname.replace(/^\/+/, '')}/` });
    }
    file = join(file, 'index.html');
    if (!(await staysInside(file, roots))) return send(res, 404, 'Not Found\n');
    info = await stat(file).catch(() => null);
  }
  if (!info?.isFile()) return send(res, 404, 'Not Found\n');
  const headers = {
    ...SECURITY_HEADERS,
    'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-length': info.size,
    'cache-control': 'no-cache',
  };
  // By file, so that /%73trict-csp.html or /./strict-csp.html get it too.
  if (file === join(roots.www, 'strict-csp.html')) headers['content-security-policy'] = `${STRICT_CSP}; ${BASE_CSP}`;
  if (COMPRESSIBLE.has(extname(file).toLowerCase())) {
    headers.vary = 'Accept-Encoding';
    const coding = pickEncoding(req.headers['accept-encoding']);
    if (coding) {
      const body = await compressedFile(file, info, coding);
      res.writeHead(200, { ...headers, 'content-encoding': coding, 'content-length': body.length });
      return res.end(req.method === 'HEAD' ? undefined : body);
    }
  }
  res.writeHead(200, headers);
  if (req.method === 'HEAD') return res.end();
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

/**
 * Starts the server. Resolves to `{ url, close }`: `url` ends with a slash,
 * `close()` resolves once the server has stopped.
 */
export function startServer({ port = 0, host = '127.0.0.1', www = join(root, 'www'), pkg = join(root, 'pkg') } = {}) {
  const roots = { www: resolve(www), pkg: resolve(pkg) };
  const server = createServer((req, res) => {
    handle(req, res, roots).catch(() => {
      if (!res.headersSent) send(res, 500, 'Internal Server Error\n');
      else res.destroy();
    });
  });
  server.maxConnections = MAX_CONNECTIONS;
  // A client that has not sent its headers in 10 s, or its request in 30 s, is dropped.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  return new Promise((resolveStart, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      const shown = host.includes(':') ? `[${host}]` : host;
      resolveStart({
        url: `http://${shown}:${actual}/`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8080);
  const host = process.env.HOST ?? '127.0.0.1';
  startServer({ port, host }).then(
    ({ url }) => console.log(`Serving the demo at ${url}`),
    (error) => {
      console.error(`serve: cannot listen on ${host}:${port}: ${error.message}`);
      process.exit(1);
    },
  );
}
