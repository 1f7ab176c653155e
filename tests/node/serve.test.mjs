// scripts/serve.mjs: the demo server the browser tests and serve.sh use.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { BASE_CSP, MAX_CONNECTIONS, pickEncoding, resolvePath, startServer, STRICT_CSP } from '../../scripts/serve.mjs';

// A scratch tree, so that the test does not depend on what www/ holds:
//   base/secret.txt, base/www/{index.html,strict-csp.html,a b.css,sub/index.html}, base/pkg/x_bg.wasm
const base = mkdtempSync(join(tmpdir(), 'hitech-serve-'));
const www = join(base, 'www');
const pkg = join(base, 'pkg');
let server;

before(async () => {
  mkdirSync(join(www, 'sub'), { recursive: true });
  mkdirSync(pkg, { recursive: true });
  writeFileSync(join(base, 'secret.txt'), 'secret');
  writeFileSync(join(www, 'index.html'), '<!doctype html><title>home</title>');
  writeFileSync(join(www, 'strict-csp.html'), '<!doctype html><title>csp</title>');
  writeFileSync(join(www, 'a b.css'), 'p{}');
  writeFileSync(join(www, 'sub', 'index.html'), 'sub');
  writeFileSync(join(pkg, 'x_bg.wasm'), Buffer.from([0, 97, 115, 109, 1, 0, 0, 0]));
  writeFileSync(join(pkg, 'x.js'), 'export {}');
  server = await startServer({ www, pkg });
});
after(async () => {
  await server?.close();
  rmSync(base, { recursive: true, force: true });
});

/** A raw GET: the path is sent exactly as given, without URL normalisation. */
function get(path, method = 'GET', headers = {}) {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method, headers }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        resolve({ status: res.statusCode, headers: res.headers, bytes, body: bytes.toString('utf8') });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

test('startServer listens on a free port of 127.0.0.1 by default', () => {
  assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
});

test('www/ is served at / and pkg/ at /pkg/, with MIME types', async () => {
  const home = await get('/');
  assert.equal(home.status, 200);
  assert.equal(home.headers['content-type'], 'text/html; charset=utf-8');
  assert.match(home.body, /home/);
  const wasm = await get('/pkg/x_bg.wasm');
  assert.equal(wasm.status, 200);
  assert.equal(wasm.headers['content-type'], 'application/wasm');
  assert.equal((await get('/pkg/x.js')).headers['content-type'], 'text/javascript; charset=utf-8');
  assert.equal((await get('/a%20b.css')).headers['content-type'], 'text/css; charset=utf-8');
  assert.equal((await get('/sub/')).body, 'sub');
  assert.equal((await get('/sub')).status, 301);
  assert.equal((await get('/index.html?x=1#y')).status, 200);
  const head = await get('/pkg/x_bg.wasm', 'HEAD');
  assert.equal(head.status, 200);
  assert.equal(head.body, '');
  assert.equal((await get('/', 'POST')).status, 405);
});

test('text and wasm go out compressed when the browser accepts it, and decompress to the file', async () => {
  const js = 'export const words = "' + '高新区政策匹配 '.repeat(200) + '";\n';
  writeFileSync(join(pkg, 'big.js'), js);
  const br = await get('/pkg/big.js', 'GET', { 'accept-encoding': 'gzip, deflate, br' });
  assert.equal(br.headers['content-encoding'], 'br');
  assert.equal(br.headers.vary, 'Accept-Encoding');
  assert.equal(Number(br.headers['content-length']), br.bytes.length);
  assert.ok(br.bytes.length < Buffer.byteLength(js) / 4, `compressed to ${br.bytes.length} bytes`);
  assert.equal(brotliDecompressSync(br.bytes).toString('utf8'), js);
  const gz = await get('/pkg/big.js', 'GET', { 'accept-encoding': 'gzip' });
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.equal(gunzipSync(gz.bytes).toString('utf8'), js);
  const plain = await get('/pkg/big.js');
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.equal(plain.body, js);
  const wasm = await get('/pkg/x_bg.wasm', 'GET', { 'accept-encoding': 'br' });
  assert.deepEqual([...brotliDecompressSync(wasm.bytes)], [0, 97, 115, 109, 1, 0, 0, 0]);
  // A file changed on disk is compressed again, not served from the cache.
  writeFileSync(join(pkg, 'big.js'), js + '// more\n');
  const again = await get('/pkg/big.js', 'GET', { 'accept-encoding': 'br' });
  assert.equal(brotliDecompressSync(again.bytes).toString('utf8'), js + '// more\n');
  const head = await get('/pkg/big.js', 'HEAD', { 'accept-encoding': 'br' });
  assert.equal(head.headers['content-encoding'], 'br');
  assert.equal(head.body, '');
  // Images are already compressed.
  writeFileSync(join(www, 'i.png'), 'png');
  assert.equal((await get('/i.png', 'GET', { 'accept-encoding': 'br' })).headers['content-encoding'], undefined);
});

test('pickEncoding: brotli, else gzip; q=0 refuses a coding', () => {
  assert.equal(pickEncoding('gzip, deflate, br, zstd'), 'br');
  assert.equal(pickEncoding('gzip'), 'gzip');
  assert.equal(pickEncoding('br;q=0, gzip;q=0.8'), 'gzip');
  assert.equal(pickEncoding('br;q=0.0'), null);
  assert.equal(pickEncoding(''), null);
  assert.equal(pickEncoding(undefined), null);
  assert.equal(pickEncoding('identity'), null);
});

test('only /strict-csp.html gets the strict Content-Security-Policy', async () => {
  assert.equal(STRICT_CSP, "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'");
  for (const path of ['/strict-csp.html', '/strict-csp.html?lang=en', '/%73trict-csp.html']) {
    const res = await get(path);
    assert.equal(res.status, 200, path);
    assert.equal(res.headers['content-security-policy'], `${STRICT_CSP}; ${BASE_CSP}`, path);
  }
  assert.equal((await get('/')).headers['content-security-policy'], BASE_CSP);
  assert.equal((await get('/pkg/x.js')).headers['content-security-policy'], BASE_CSP);
});

test('every response carries the headers a portal would copy', async () => {
  for (const path of ['/', '/strict-csp.html', '/pkg/x_bg.wasm', '/nothing-here', '/sub']) {
    const res = await get(path);
    assert.equal(res.headers['x-content-type-options'], 'nosniff', path);
    assert.equal(res.headers['referrer-policy'], 'no-referrer', path);
    assert.match(res.headers['content-security-policy'], /frame-ancestors 'self'/, path);
    assert.match(res.headers['content-security-policy'], /object-src 'none'/, path);
  }
  assert.equal((await get('/strict-csp.html')).headers['content-security-policy'], `${STRICT_CSP}; ${BASE_CSP}`);
  assert.ok(MAX_CONNECTIONS > 0 && MAX_CONNECTIONS <= 1024);
});

test('a directory redirect stays on this server', async () => {
  assert.equal((await get('/sub')).headers.location, '/sub/');
  mkdirSync(join(www, 'evil.example'), { recursive: true });
  for (const path of ['//evil.example', '/.//evil.example', '/.//evil.example/a%2f..%2f..']) {
    const { location } = (await get(path)).headers;
    assert.ok(location === undefined || /^\/[^/\\]/.test(location), `${path}: ${location}`);
  }
  assert.equal((await get('/.//evil.example')).headers.location, '/evil.example/');
});

test('a symbolic link below a root is not followed out of it', async () => {
  // base/www/notes.txt -> ../secret.txt, base/pkg/out -> base, base/www/ok.txt -> www/index.html.
  symlinkSync(join(base, 'secret.txt'), join(www, 'notes.txt'));
  symlinkSync(base, join(pkg, 'out'));
  symlinkSync(join(www, 'index.html'), join(www, 'ok.html'));
  for (const path of ['/notes.txt', '/pkg/out/secret.txt', '/pkg/out/www/index.html', '/pkg/out/']) {
    const res = await get(path);
    assert.equal(res.status, 404, path);
    assert.doesNotMatch(res.body, /secret|home/, path);
  }
  assert.match((await get('/ok.html')).body, /home/, 'a link within the root is fine');
  // The root itself may be a link (a checkout's pkg/ often is).
  const linked = join(base, 'pkg-link');
  symlinkSync(pkg, linked);
  const other = await startServer({ www, pkg: linked });
  try {
    const res = await fetch(new URL('pkg/x.js', other.url));
    assert.equal(res.status, 200);
    const out = await fetch(new URL('pkg/out/secret.txt', other.url));
    assert.equal(out.status, 404);
  } finally {
    await other.close();
  }
});

test('no path leaves the two roots', async () => {
  for (const path of [
    '/../secret.txt',
    '/pkg/../secret.txt',
    '/pkg/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/pkg/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/pkg/..%2f..%2fsecret.txt',
    '/pkg%2f..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/pkg/..%5c..%5csecret.txt',
    '/%00',
    '/%E0%A4%A',
    '//etc/passwd',
    '/pkg/../www/index.html',
  ]) {
    const res = await get(path);
    assert.ok(res.status === 404 || res.status === 400, `${path}: ${res.status}`);
    assert.doesNotMatch(res.body, /secret|home/, path);
  }
});

test('resolvePath keeps every path inside its root', () => {
  const roots = { www: '/srv/www', pkg: '/srv/pkg' };
  assert.equal(resolvePath('/index.html', roots), '/srv/www/index.html');
  assert.equal(resolvePath('/pkg/x.js', roots), '/srv/pkg/x.js');
  assert.equal(resolvePath('/pkgx/y', roots), '/srv/www/pkgx/y');
  assert.equal(resolvePath('/../x', roots), null);
  assert.equal(resolvePath('/pkg/../x', roots), null);
  assert.equal(resolvePath('/a/%2e%2e/%2e%2e/x', roots), null);
  assert.equal(resolvePath('/a\\..\\x', roots), null);
});
