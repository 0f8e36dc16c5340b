// The example partner app in headless Chromium, inside a host page of ours that plays the 8x8
// host through the real partner SDK (npm): every bundled sample event must reach the app's
// table as its typed variant, an unknown event as unknown, bad ones as invalid with the path;
// the app's typed chat message must arrive through the SDK's own `sendEvent` with a payload
// the catalog's JSON Schema accepts (checked here by Ajv, independently of the Rust code). It
// also times the Rust decoding paths against Zod's safeParse of the same messages
// (BENCHMARKS.md, "Decoding in the browser").
//
//   ./build.sh && npm test        (CHROMIUM=/path/to/chromium to use another browser)

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readdir, readFile } from "node:fs/promises";
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
                               "missing field `type`"].entries()) {
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

/** The bundled catalog's JSON Schemas, for the page to build Zod schemas from. */
async function catalogSchemas() {
  const index = JSON.parse(await readFile(join(root, "catalog/index.json"), "utf8"));
  const schemas = {};
  for (const row of index.events) {
    schemas[row.name] = await Promise.all(row.schema_versions.map(async (version) =>
      JSON.parse(await readFile(join(root, "catalog/schemas", row.name, `${version}.json`), "utf8"))));
  }
  const defs = {};
  for (const file of await readdir(join(root, "catalog/defs"))) {
    defs[`../../defs/${file}`] = JSON.parse(await readFile(join(root, "catalog/defs", file), "utf8"));
  }
  return { schemas, defs };
}

test("decoding speed: through JSON text, from the objects, and Zod's safeParse of the same schemas", async () => {
  const rounds = Number(process.env.DECODE_ROUNDS ?? 200);
  const catalog = await catalogSchemas();
  const figures = await app.evaluate(async ({ rounds, catalog }) => {
    const { z } = await import("./node_modules/zod/index.js");
    // What a partner app validates with without us: 8x8's payload schemas written in Zod, as
    // its event pages publish them (z.object, z.literal, z.enum, .optional(), .extend), one
    // discriminated union over `eventName`, each a union of its schema versions. They are built
    // here from the catalog's JSON Schemas (imported from those pages); a construct the
    // builder does not know is an error, never a looser schema.
    const toZod = (schema, defs, local = schema.$defs ?? {}) => {
      const known = new Set(["type", "properties", "required", "const", "enum", "items", "minItems",
        "anyOf", "allOf", "$ref", "additionalProperties", "description", "$schema", "$defs"]);
      for (const key of Object.keys(schema)) {
        if (!known.has(key)) throw new Error(`no Zod for ${key}`);
      }
      const of = (part) => toZod(part, defs, local);
      if (schema.$ref) {
        const target = schema.$ref.startsWith("#/$defs/") ? local[schema.$ref.slice(8)] : defs[schema.$ref];
        if (!target) throw new Error(`no target for ${schema.$ref}`);
        return toZod(target, defs, target.$defs ?? local);
      }
      if ("const" in schema) return z.literal(schema.const);
      if (schema.enum) return z.enum(schema.enum);
      if (schema.anyOf) return z.union(schema.anyOf.map(of));
      if (schema.allOf) {
        const parts = schema.allOf.map(of);
        const objects = parts.every((part) => part instanceof z.ZodObject);
        return objects ? parts.reduce((whole, part) => whole.extend(part.shape)) : parts.reduce((a, b) => a.and(b));
      }
      const types = [schema.type].flat();
      const nullable = types.includes("null");
      const type = types.filter((t) => t !== "null");
      if (nullable && type.length === 0) return z.null();
      if (type.length !== 1) throw new Error(`no Zod for type ${JSON.stringify(schema.type)}`);
      let result;
      switch (type[0]) {
        case "string": result = z.string(); break;
        case "number": result = z.number(); break;
        case "integer": result = z.number().int(); break;
        case "boolean": result = z.boolean(); break;
        case "array":
          result = z.array(of(schema.items));
          if (schema.minItems !== undefined) result = result.min(schema.minItems);
          break;
        case "object": {
          if (schema.properties) {
            const required = new Set(schema.required ?? []);
            const shape = {};
            for (const [key, property] of Object.entries(schema.properties)) {
              shape[key] = required.has(key) ? of(property) : of(property).optional();
            }
            result = z.object(shape);
          } else if (schema.additionalProperties) {
            result = z.record(z.string(), of(schema.additionalProperties));
          } else {
            result = z.object({});
          }
          break;
        }
        default: throw new Error(`no Zod for type ${type[0]}`);
      }
      return nullable ? result.nullable() : result;
    };
    const events = Object.entries(catalog.schemas).map(([name, versions]) => {
      const payloads = versions.map((schema) => toZod(schema, catalog.defs));
      const value = payloads.length === 1 ? payloads[0] : z.union(payloads);
      return z.object({ eventName: z.literal(name), value });
    });
    const message = z.object({
      type: z.literal("event"),
      schemaVersion: z.string(),
      message: z.discriminatedUnion("eventName", events),
    });

    const text = await (await fetch("../../tests/samples/bundled.jsonl")).text();
    const messages = text.split("\n").filter((line) => line.trim()).map((line) => JSON.parse(line));
    const zod = (rounds) => {
      const start = performance.now();
      let ok = 0;
      for (let round = 0; round < rounds; round++) {
        ok = messages.filter((data) => message.safeParse(data).success).length;
      }
      return { zod_ms: performance.now() - start, zod_ok: ok };
    };
    // The first step of `decode_event`, alone: the browser's JSON.stringify of each message.
    const stringify = (rounds) => {
      const start = performance.now();
      let length = 0;
      for (let round = 0; round < rounds; round++) {
        for (const data of messages) length += JSON.stringify(data).length;
      }
      return { stringify_ms: performance.now() - start, stringify_chars: length / rounds };
    };
    // Warm-up, then five interleaved runs of the three; the median of each.
    window.measureDecoding(messages, 20);
    zod(20);
    const runs = [];
    for (let run = 0; run < 5; run++) {
      runs.push({ ...window.measureDecoding(messages, rounds), ...zod(rounds), ...stringify(rounds) });
    }
    const median = (key) => runs.map((run) => run[key]).sort((a, b) => a - b)[2];
    const rejected = messages.map((data) => [data.message.eventName, message.safeParse(data)])
      .filter(([, result]) => !result.success)
      .map(([name, result]) => `${name}: ${JSON.stringify(result.error.issues)}`);
    const medians = Object.fromEntries(["json_ms", "objects_ms", "rust_text_ms", "zod_ms", "stringify_ms"]
      .map((key) => [key, median(key)]));
    return { ...runs[0], ...medians, rejected };
  }, { rounds, catalog });
  assert.equal(figures.json_ok, 59);
  assert.equal(figures.objects_ok, 59);
  assert.equal(figures.rust_text_ok, 59);
  assert.equal(figures.zod_ok, 59, figures.rejected.join("\n"));
  const perMessage = (ms) => (ms * 1000 / (figures.messages * figures.rounds)).toFixed(2);
  console.log(`decode_event (through JSON text): ${perMessage(figures.json_ms)} µs/message; ` +
              `decode_event_from_objects: ${perMessage(figures.objects_ms)} µs/message; ` +
              `Zod safeParse: ${perMessage(figures.zod_ms)} µs/message; ` +
              `of decode_event: JSON.stringify ${perMessage(figures.stringify_ms)} µs, ` +
              `Envelope::from_json of text already in Rust ${perMessage(figures.rust_text_ms)} µs, ` +
              `the copy into WebAssembly the rest; ` +
              `from objects / through JSON ${(figures.objects_ms / figures.json_ms).toFixed(3)}, ` +
              `through JSON / Zod ${(figures.json_ms / figures.zod_ms).toFixed(3)} ` +
              `(${figures.messages} messages × ${figures.rounds} rounds, medians of 5)`);
});
