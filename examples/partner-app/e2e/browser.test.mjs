// The example partner app in headless Chromium, inside a host page of ours that plays the 8x8
// host through the real partner SDK (npm): every bundled sample event must reach the app's
// table as its typed variant, an unknown event as unknown, bad ones as invalid with the path;
// the app's typed chat message must arrive through the SDK's own `sendEvent` with a payload
// the catalog's JSON Schema accepts (checked here by Ajv, independently of the Rust code).
//
//   ./build.sh && npm test        (CHROMIUM=/path/to/chromium to use another browser)

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import Ajv2020 from "ajv/dist/2020.js";

const root = resolve(fileURLToPath(new URL("../../..", import.meta.url)));
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".jsonl": "text/plain; charset=utf-8",
};

/** Serves the repository read-only on a free loopback port. */
function serve() {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://host").pathname);
    const file = resolve(join(root, path));
    if (!file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, "127.0.0.1", () => done(server)));
}

let server;
let browser;
let page;
let app;
const problems = [];

before(async () => {
  server = await serve();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    // No sandbox as root in CI; no background connections on a machine without a network.
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  page = await browser.newPage();
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  await page.goto(`http://127.0.0.1:${server.address().port}/examples/partner-app/host.html`);
  await page.waitForFunction(() => window.host?.delivered, null, { timeout: 30_000 });
  app = page.frame({ url: /index\.html$/ });
  assert.ok(app, "the app's frame");
});

after(async () => {
  await browser?.close();
  server?.close();
});

const pascal = (name) => name.split("-").map((part) => part[0].toUpperCase() + part.slice(1)).join("");

/** The app's table, once it has `count` rows. */
async function rows(count) {
  await app.waitForFunction((n) => document.querySelectorAll("#events tr").length >= n, count, { timeout: 30_000 });
  return app.$$eval("#events tr", (trs) => trs.map((tr) => ({
    name: tr.dataset.name,
    verdict: tr.dataset.verdict,
    variant: tr.dataset.variant,
    status: tr.cells[3].textContent,
    deprecated: tr.cells[4].textContent === "deprecated",
    fields: tr.cells[5].textContent,
  })));
}

test("every message reaches the app decoded: typed, unknown or invalid with its path", async () => {
  const host = await page.evaluate(() => window.host);
  assert.equal(host.samples.length, 59);
  // Each sample, the unknown event, the bad ones, and the answer to getEvents.
  const expected = host.samples.length + 1 + host.bad.length + 1;
  const table = await rows(expected);
  assert.equal(table.length, expected, JSON.stringify(table));

  const events = table.filter((row) => row.verdict === "ok");
  assert.deepEqual(
    events.map((row) => [row.name, row.variant]),
    host.samples.map((sample) => [sample.message.eventName, pascal(sample.message.eventName)]),
  );
  assert.ok(events.some((row) => row.deprecated && row.status === "deprecated"), "a deprecated event is flagged");
  assert.ok(events.some((row) => /^interaction int-/.test(row.fields)), "typed fields are shown");

  const unknown = table.filter((row) => row.verdict === "unknown");
  assert.deepEqual(unknown.map((row) => [row.name, row.variant]), [[host.unknown.message.eventName, "Unknown"]]);

  const invalid = table.filter((row) => row.verdict === "invalid").map((row) => row.fields);
  assert.equal(invalid.length, host.bad.length, JSON.stringify(invalid));
  for (const [index, path] of ["message.value: missing field `interactionId`",
                               "message.value.interactionId: invalid type",
                               "message.value: invalid type: string",
                               "type: "].entries()) {
    assert.ok(invalid[index].startsWith(path), `${invalid[index]} should start with ${path}`);
  }

  const [answer] = table.filter((row) => row.verdict === "events");
  assert.match(answer.fields, /^59 offered and known, 1 unknown to this build, 0 not offered; consistent: false$/);
  assert.deepEqual(problems, []);
});

test("the app initialises and sends a typed event through the SDK's own functions", async () => {
  await app.click("#send");
  await page.waitForFunction(() => window.host.sent.length > 0, null, { timeout: 10_000 });
  const received = await page.evaluate(() => window.host.received);
  const kinds = received.map((data) => data.type === "sdk-message" ? data.message.name : data.message?.action);
  assert.ok(kinds.includes("setup-complete"), kinds.join(", "));
  assert.ok(kinds.includes("initialise") && kinds.includes("getEvents"), kinds.join(", "));
  const initialise = received.find((data) => data.message?.action === "initialise");
  assert.equal(initialise.message.value.appName, "Typed events (Rust)");

  const request = received.find((data) => data.message?.action === "sendEvent");
  assert.deepEqual(Object.keys(request).sort(), ["message", "type"]);
  assert.equal(request.type, "request");
  assert.equal(request.message.namespace, "system");
  const { name, data } = request.message.value;
  assert.equal(name, "aw-chat-message-received-v1");
  const schema = JSON.parse(await readFile(join(root, "catalog/schemas", name, `${data.schemaVersion}.json`), "utf8"));
  const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
  assert.ok(validate(data), JSON.stringify(validate.errors));
  assert.deepEqual(data, { interactionId: "int-42", message: "Your order has shipped", schemaVersion: "1.0.0" });
  assert.deepEqual(problems, []);
});

test("decoding from the SDK's objects against a JSON.stringify round trip", async () => {
  const rounds = Number(process.env.DECODE_ROUNDS ?? 200);
  const figures = await app.evaluate(async (rounds) => {
    const text = await (await fetch("../../tests/samples/bundled.jsonl")).text();
    const messages = text.split("\n").filter((line) => line.trim()).map((line) => JSON.parse(line));
    window.measureDecoding(messages, 20); // warm-up
    return window.measureDecoding(messages, rounds);
  }, rounds);
  assert.equal(figures.direct_ok, 59);
  assert.equal(figures.stringify_ok, 59);
  const perMessage = (ms) => (ms * 1000 / (figures.messages * figures.rounds)).toFixed(2);
  console.log(`decode_event (from the objects): ${perMessage(figures.direct_ms)} µs/message; ` +
              `decode_event_through_json: ${perMessage(figures.stringify_ms)} µs/message; ` +
              `ratio from objects / through JSON ${(figures.direct_ms / figures.stringify_ms).toFixed(3)} ` +
              `(${figures.messages} messages × ${figures.rounds} rounds)`);
});
