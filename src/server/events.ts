/** Server-Sent Events: open pages subscribe to `/api/events` and hear when the vault changed. */
import type { ApiVaultEvent } from './api-types.js';

/** Open event streams at most: each holds a connection, so a page reloading in a loop cannot pile them up. */
export const MAX_EVENT_STREAMS = 16;

/** Comment lines keep idle connections (and proxies) from timing out. */
const KEEPALIVE_MS = 25_000;

export interface EventHub {
  /** A `text/event-stream` response that receives every later `publish`; 503 past MAX_EVENT_STREAMS. */
  subscribe(signal: AbortSignal): Response;
  publish(event: ApiVaultEvent): void;
  /** Ends every open stream (server shutdown). */
  close(): void;
}

/** A hub with no subscribers yet. */
export function createEventHub(): EventHub {
  const streams = new Set<ReadableStreamDefaultController<Uint8Array>>();
  // Each open stream's clean-up (its keepalive timer): close() runs them all, or the timers keep the process
  // alive after Ctrl+C.
  const stops = new Set<() => void>();
  const encoder = new TextEncoder();
  const send = (controller: ReadableStreamDefaultController<Uint8Array>, text: string): void => {
    try {
      controller.enqueue(encoder.encode(text));
    } catch {
      streams.delete(controller); // the page went away
    }
  };
  return {
    subscribe(signal) {
      if (streams.size >= MAX_EVENT_STREAMS) {
        return new Response(JSON.stringify({ error: 'too many open pages; close some tabs of recollect' }), {
          status: 503,
          headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': '10' },
        });
      }
      let timer: NodeJS.Timeout | undefined;
      let own: ReadableStreamDefaultController<Uint8Array> | undefined;
      const stop = (): void => {
        clearInterval(timer);
        if (own) streams.delete(own);
        stops.delete(stop);
      };
      stops.add(stop);
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          own = controller;
          streams.add(controller);
          send(controller, 'retry: 2000\n: connected\n\n');
          timer = setInterval(() => send(controller, ': keepalive\n\n'), KEEPALIVE_MS);
          signal.addEventListener('abort', stop);
        },
        cancel: stop,
      });
      return new Response(body, {
        headers: {
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-store',
          connection: 'keep-alive',
        },
      });
    },
    publish(event) {
      const text = `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
      for (const controller of streams) send(controller, text);
    },
    close() {
      for (const controller of streams) {
        try {
          controller.close();
        } catch {
          // already closed
        }
      }
      streams.clear();
      for (const stop of [...stops]) stop();
    },
  };
}
