import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { describe, expect, it } from "vitest";
import { reactOutputStream } from "~/entry.server";

describe("React 18 streaming NUL bytes", () => {
  it("drops the zero bytes React leaves at the end of a flushed buffer, keeping the characters", async () => {
    const encoder = new TextEncoder();
    const first = new Uint8Array(8);
    first.set(encoder.encode("la f")); // 4 bytes used, 4 zero bytes left: "ê" (2 bytes) did not fit
    const chunks = [Buffer.from(first.subarray(0, 7)), Buffer.from(encoder.encode("ête des bénévoles"))];
    const out = await text(Readable.from(chunks).pipe(reactOutputStream()));
    expect(out).toBe("la fête des bénévoles");
  });

  it("leaves chunks without trailing zeros untouched", async () => {
    const out = await text(Readable.from([Buffer.from("Économie "), Buffer.from("sociale")]).pipe(reactOutputStream()));
    expect(out).toBe("Économie sociale");
  });

  it("sends what React wrote as one piece when React flushes, and the rest at the end", async () => {
    const stream = reactOutputStream();
    const received: string[] = [];
    stream.on("data", (chunk: Buffer) => received.push(chunk.toString()));
    const write = (s: string) => new Promise<void>((resolve) => stream.write(Buffer.from(s), () => resolve()));
    await write("<html>");
    await write("<body>");
    expect(received).toEqual([]);
    stream.flush();
    await new Promise((resolve) => setImmediate(resolve));
    expect(received).toEqual(["<html><body>"]);
    await write("<p>suite</p>");
    const ended = new Promise((resolve) => stream.on("end", resolve));
    stream.end();
    await ended;
    expect(received).toEqual(["<html><body>", "<p>suite</p>"]);
  });
});
