// GET /openapi.json of the real binary is a valid OpenAPI 3.1 document (checked with the
// official schema through an npm validator), and /docs and /redoc serve their pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';

const MYGPT_BIN = process.env.MYGPT_BIN;
let mygpt, port, dir;

function freePort() {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port: p } = server.address();
      server.close(() => resolve(p));
    });
  });
}

before(async () => {
  assert.ok(MYGPT_BIN, 'MYGPT_BIN must point at the built mygpt');
  dir = mkdtempSync(join(tmpdir(), 'mygpt-docs-'));
  port = await freePort();
  mygpt = spawn(MYGPT_BIN, ['--headless'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PORT: String(port), MYGPT_ACCESS_KEY: 'docs-test-access-key-0123',
           MYGPT_DATA_DIR: join(dir, 'data'), MYGPT_LOG_DIR: join(dir, 'logs') },
    cwd: dir,
  });
  const deadline = Date.now() + 10000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) break;
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
  rmSync(dir, { recursive: true, force: true });
});

test('openapi.json is a valid OpenAPI 3.1 document describing MyGPT', async () => {
  const response = await fetch(`http://127.0.0.1:${port}/openapi.json`);
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type'), /application\/json/);
  const spec = await response.json();
  const validator = new Validator();
  const result = await validator.validate(spec);
  assert.ok(result.valid, JSON.stringify(result.errors, null, 1));
  assert.equal(validator.version, '3.1');
  assert.match(spec.info.version, /^\d+\.\d+\.\d+$/);
  for (const path of ['/health', '/v1/models', '/v1/chat/completions', '/v1/{path}'])
    assert.ok(spec.paths[path], path);
  const chat = spec.paths['/v1/chat/completions'].post;
  assert.ok(chat.responses['200'].content['application/json']);
  assert.ok(chat.responses['200'].content['text/event-stream']);
  assert.ok(chat.responses['400']);
});

for (const [path, other, script] of [['/docs', '/redoc', 'swagger-ui-bundle.js'], ['/redoc', '/docs', 'redoc.standalone.js']]) {
  test(`${path} serves its page from the CDN and links to ${other}`, async () => {
    const response = await fetch(`http://127.0.0.1:${port}${path}`); // no access key needed
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /text\/html/);
    const html = await response.text();
    assert.ok(html.includes('/openapi.json'));
    assert.ok(html.includes(`href="${other}"`));
    assert.ok(html.includes(`https://cdn.jsdelivr.net/npm/`) && html.includes(script));
  });
}
