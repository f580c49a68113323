// The official `openai` npm package drives the real `mygpt --headless` binary, which forwards
// to the fake upstream (tests/support). Run by ctest with MYGPT_BIN and FAKE_UPSTREAM_BIN set.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';

const MYGPT_BIN = process.env.MYGPT_BIN;
const FAKE_BIN = process.env.FAKE_UPSTREAM_BIN;
const API_KEY = 'sk-e2e-real-key-7c1d9a';

let fake, fakePort, mygpt, proxyPort, client, workDir, mygptOutput = '';

function freePort() {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(predicate, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await predicate()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function upstreamRequests() {
  const response = await fetch(`http://127.0.0.1:${fakePort}/__fake/requests`);
  return response.json();
}

function header(request, name) {
  const found = request.headers.find(([key]) => key.toLowerCase() === name);
  return found ? found[1] : undefined;
}

before(async () => {
  assert.ok(MYGPT_BIN, 'MYGPT_BIN must point at the built mygpt');
  assert.ok(FAKE_BIN, 'FAKE_UPSTREAM_BIN must point at mygpt-fake-upstream');
  fake = spawn(FAKE_BIN, [], { stdio: ['ignore', 'pipe', 'inherit'] });
  let fakeOut = '';
  fake.stdout.on('data', (d) => { fakeOut += d; });
  await waitFor(() => /LISTENING (\d+)/.test(fakeOut), 10000, 'the fake upstream');
  fakePort = Number(/LISTENING (\d+)/.exec(fakeOut)[1]);

  proxyPort = await freePort();
  workDir = mkdtempSync(join(tmpdir(), 'mygpt-e2e-'));
  mygpt = spawn(MYGPT_BIN, ['--headless'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      OPENAI_API_KEY: API_KEY,
      OPENAI_BASE_URL: `http://127.0.0.1:${fakePort}/v1`,
      PORT: String(proxyPort),
      HOST: '127.0.0.1',
      MYGPT_DATA_DIR: join(workDir, 'data'),
      MYGPT_LOG_DIR: join(workDir, 'logs'),
    },
    cwd: workDir,
  });
  mygpt.stdout.on('data', (d) => { mygptOutput += d; });
  mygpt.stderr.on('data', (d) => { mygptOutput += d; });
  await waitFor(async () => {
    try {
      return (await fetch(`http://127.0.0.1:${proxyPort}/health`)).ok;
    } catch {
      return false;
    }
  }, 10000, 'mygpt --headless');
  client = new OpenAI({ apiKey: 'any-key', baseURL: `http://127.0.0.1:${proxyPort}/v1`, maxRetries: 0 });
});

after(async () => {
  for (const child of [mygpt, fake]) {
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  }
  assert.ok(!mygptOutput.includes(API_KEY), 'the API key must never appear in the console output');
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

test('models', async () => {
  const models = await client.models.list();
  const ids = [];
  for await (const model of models) ids.push(model.id);
  assert.ok(ids.includes('gpt-4o-mini'), ids.join());
});

test('chat completion', async () => {
  const completion = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: '你好，请介绍一下自己。' }],
  });
  assert.equal(completion.choices[0].message.content, 'Hello from the fake upstream.');
  assert.equal(completion.choices[0].finish_reason, 'stop');
  assert.ok(completion.usage.total_tokens > 0);
  const seen = (await upstreamRequests()).at(-1);
  assert.equal(header(seen, 'authorization'), `Bearer ${API_KEY}`);
  assert.ok(JSON.parse(seen.body).messages[0].content.startsWith('你好'));
});

test('chat stream', async () => {
  const stream = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: 'Write a poem about spring' }],
    stream: true,
  });
  let text = '';
  let finish;
  for await (const chunk of stream) {
    text += chunk.choices[0]?.delta?.content ?? '';
    finish = chunk.choices[0]?.finish_reason ?? finish;
  }
  assert.equal(text, 'Hello from the fake upstream.');
  assert.equal(finish, 'stop');
});

test('chat stream with usage', async () => {
  const stream = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: 'hi' }],
    stream: true,
    stream_options: { include_usage: true },
  });
  let usage;
  for await (const chunk of stream) usage = chunk.usage ?? usage;
  assert.ok(usage && usage.total_tokens > 0, JSON.stringify(usage));
});

test('tool-call stream', async () => {
  const runner = client.chat.completions.stream({
    model: 'fake-tools',
    messages: [{ role: 'user', content: 'weather in Paris?' }],
    tools: [{ type: 'function', function: { name: 'get_weather', parameters: { type: 'object', properties: {} } } }],
  });
  const final = await runner.finalChatCompletion();
  const call = final.choices[0].message.tool_calls[0];
  assert.equal(final.choices[0].finish_reason, 'tool_calls');
  assert.ok(call.id);
  assert.ok(call.function.name.length > 0);
  assert.doesNotThrow(() => JSON.parse(call.function.arguments), call.function.arguments);
});

test('embeddings', async () => {
  const result = await client.embeddings.create({ model: 'text-embedding-3-small', input: ['a', 'b'] });
  assert.equal(result.data.length, 2);
  assert.ok(result.data[0].embedding.length > 0);
});

test('upstream 429 surfaces as RateLimitError', async () => {
  await assert.rejects(
    client.chat.completions.create({ model: 'fake-error-429', messages: [{ role: 'user', content: 'x' }] }),
    (error) => {
      assert.ok(error instanceof OpenAI.RateLimitError, String(error));
      assert.equal(error.status, 429);
      assert.equal(error.headers.get('retry-after'), '1');
      return true;
    });
});

test('a bad request is answered by MyGPT with a 400 the SDK understands', async () => {
  const before = (await upstreamRequests()).length;
  await assert.rejects(
    client.chat.completions.create({ model: 'gpt-4o-mini' }),
    (error) => {
      assert.ok(error instanceof OpenAI.BadRequestError, String(error));
      assert.equal(error.status, 400);
      assert.equal(error.param, 'messages');
      assert.match(error.message, /messages/);
      return true;
    });
  assert.equal((await upstreamRequests()).length, before, 'nothing may reach the upstream');
});

test('an upstream HTML error page becomes an APIError with its status', async () => {
  await assert.rejects(
    client.chat.completions.create({ model: 'fake-html-502', messages: [{ role: 'user', content: 'x' }] }),
    (error) => {
      assert.equal(error.status, 502);
      assert.match(error.message, /non-JSON/);
      return true;
    });
});
