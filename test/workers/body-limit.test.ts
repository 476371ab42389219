import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

const CHUNK = 64 * 1024;

/** A body streamed in 64 KB chunks, generated as it is pulled (so never held whole), counting what was pulled. */
function streamedBody(totalBytes: number, fill: Uint8Array = new Uint8Array(CHUNK).fill(0x61)) {
  const pulled = { bytes: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.bytes >= totalBytes) return controller.close();
      const chunk = fill.subarray(0, Math.min(fill.byteLength, totalBytes - pulled.bytes));
      pulled.bytes += chunk.byteLength;
      controller.enqueue(chunk.slice());
    },
  });
  return { stream, pulled };
}

describe('the Worker refuses an oversized body it has to stream', () => {
  it('answers 413 to a 200 MB chunked body to /ussd, having read only the start of it', async () => {
    const { stream, pulled } = streamedBody(200 * 1024 * 1024);
    const response = await exports.default.fetch(
      new Request('http://worker.test/ussd', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: stream }),
    );
    expect(response.status).toBe(413);
    // workerd then logs "Network connection lost" for the test's side of the body pipe, which the
    // Worker stopped reading: what a real client sending the rest of such a body would see.
    // Reading stopped at the first chunk past the 16 KB limit (the stream may pull one more ahead).
    expect(pulled.bytes).toBeLessThanOrEqual(2 * CHUNK);
    expect(await response.text()).toMatch(/^payload_too_large: /);
  });

  it('still answers a streamed hop under the limit', async () => {
    const form = new TextEncoder().encode(new URLSearchParams({ sessionId: 'wb1', serviceCode: '*2222#', phoneNumber: '+254711000111', networkCode: '63902', text: '' }).toString());
    const { stream } = streamedBody(form.byteLength, form);
    const response = await exports.default.fetch(
      new Request('http://worker.test/ussd', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: stream }),
    );
    expect(await response.text()).toMatch(/^CON Welcome to e-Citizen/);
  });
});
