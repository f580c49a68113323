// An HTTPS upstream that offers HTTP/2 (Node's http2 module; Qt 6.4's QHttpServer cannot):
// MyGPT must talk h2 to it, trusting a test CA from MYGPT_CA_FILE, and run many streams at
// once over it. Run by ctest with MYGPT_BIN set.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import http2 from 'node:http2';

const MYGPT_BIN = process.env.MYGPT_BIN;
let dir, upstream, upstreamPort, mygpt, proxyPort;
const seen = [];

function freePort() {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function makeCertificates() {
  dir = mkdtempSync(join(tmpdir(), 'mygpt-h2-'));
  const run = (args) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  run(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=MyGPT test CA',
       '-keyout', 'ca.key', '-out', 'ca.pem']);
  run(['req', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=127.0.0.1', '-keyout', 'server.key',
       '-out', 'server.csr']);
  writeFileSync(join(dir, 'ext.cnf'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\n');
  run(['x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial',
       '-days', '1', '-extfile', 'ext.cnf', '-out', 'server.pem']);
}

before(async () => {
  assert.ok(MYGPT_BIN, 'MYGPT_BIN must point at the built mygpt');
  makeCertificates();
  upstream = http2.createSecureServer({
    key: readFileSync(join(dir, 'server.key')),
    cert: readFileSync(join(dir, 'server.pem')),
    allowHTTP1: true,
  });
  upstream.on('request', (req, res) => {
    let body = '';
    req.on('data', (d) => { body += d; });
    req.on('end', () => {
      seen.push({ version: req.httpVersion, path: req.url, auth: req.headers.authorization });
      if (req.url === '/v1/models') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ object: 'list', data: [{ id: 'h2-model', object: 'model' }] }));
        return;
      }
      // A one-second stream of ten events.
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      let i = 0;
      const timer = setInterval(() => {
        if (i < 10) {
          res.write(`data: {"choices":[{"delta":{"content":"t${i}"}}]}\n\n`);
          i += 1;
        } else {
          clearInterval(timer);
          res.end('data: [DONE]\n\n');
        }
      }, 100);
      res.on('close', () => clearInterval(timer));
    });
  });
  upstream.listen(0, '127.0.0.1');
  await once(upstream, 'listening');
  upstreamPort = upstream.address().port;

  proxyPort = await freePort();
  mygpt = spawn(MYGPT_BIN, ['--headless'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      OPENAI_API_KEY: 'sk-h2-test',
      OPENAI_BASE_URL: `https://127.0.0.1:${upstreamPort}/v1`,
      MYGPT_CA_FILE: join(dir, 'ca.pem'),
      PORT: String(proxyPort),
      MYGPT_DATA_DIR: join(dir, 'data'),
      MYGPT_LOG_DIR: join(dir, 'logs'),
    },
    cwd: dir,
  });
  const deadline = Date.now() + 10000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${proxyPort}/health`)).ok) break;
    } catch { /* not up yet */ }
    if (Date.now() > deadline) throw new Error('mygpt did not start');
    await new Promise((r) => setTimeout(r, 50));
  }
});

after(async () => {
  if (mygpt && mygpt.exitCode === null) {
    mygpt.kill('SIGTERM');
    await once(mygpt, 'exit');
  }
  upstream?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('requests reach an h2 upstream over HTTP/2 with the key', async () => {
  const response = await fetch(`http://127.0.0.1:${proxyPort}/v1/models`);
  assert.equal(response.status, 200);
  assert.equal((await response.json()).data[0].id, 'h2-model');
  const last = seen.at(-1);
  assert.equal(last.version, '2.0');
  assert.equal(last.auth, 'Bearer sk-h2-test');
});

test('thirty one-second streams share the h2 upstream in about a second', async () => {
  const started = Date.now();
  const bodies = await Promise.all(Array.from({ length: 30 }, async () => {
    const response = await fetch(`http://127.0.0.1:${proxyPort}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'x' }], stream: true }),
    });
    assert.equal(response.status, 200);
    return response.text();
  }));
  const took = Date.now() - started;
  for (const body of bodies) assert.ok(body.endsWith('data: [DONE]\n\n'), body);
  assert.ok(took < 2500, `30 streams took ${took} ms`);
  assert.ok(seen.slice(-30).every((s) => s.version === '2.0'));
});
