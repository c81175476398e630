import { Transform } from "node:stream";
import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { i18nFor, getLocale } from "~/lib/i18n.server";
import { NonceProvider } from "~/lib/nonce";

export const streamTimeout = 5_000;

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = typeof loadContext.cspNonce === "string" ? loadContext.cspNonce : undefined;
  const i18n = await i18nFor(await getLocale(request));
  // Bots and no-JS clients get the whole document at once; browsers get a stream.
  const readyEvent = isbot(request.headers.get("user-agent") ?? "") ? "onAllReady" : "onShellReady";

  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <I18nextProvider i18n={i18n}>
          <RemixServer context={remixContext} url={request.url} abortDelay={streamTimeout} nonce={nonce} />
        </I18nextProvider>
      </NonceProvider>,
      {
        nonce,
        [readyEvent]() {
          shellRendered = true;
          const body = reactOutputStream();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) console.error(error);
        },
      },
    );
    setTimeout(abort, streamTimeout + 1000);
  });
}

/**
 * The stream React renders into. Two jobs:
 * - React 18's streaming renderer flushes its 2 KiB buffer whole when the next multibyte
 *   character does not fit, leaving up to three zero bytes in the page ("la f\0ête"); fixed
 *   upstream (facebook/react#26228) but not in 18.x: drop them.
 * - React writes a page in 2 KiB pieces, and each piece would cross Node and web streams on its
 *   way to the socket; React calls `flush()` when it has written all it has for now (the
 *   convention compression streams use), so pieces are held until then and sent as one.
 *   Suspense boundaries still stream: each completion ends with its own `flush()`.
 */
export function reactOutputStream(): Transform & { flush(): void } {
  let held: Buffer[] = [];
  const release = (stream: Transform) => {
    if (held.length === 0) return;
    stream.push(held.length === 1 ? held[0] : Buffer.concat(held));
    held = [];
  };
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      let end = chunk.length;
      while (end > 0 && chunk.length - end < 3 && chunk[end - 1] === 0) end--;
      held.push(end === chunk.length ? chunk : chunk.subarray(0, end));
      callback();
    },
    flush(callback) {
      release(this);
      callback();
    },
  });
  return Object.assign(stream, { flush: () => release(stream) });
}
