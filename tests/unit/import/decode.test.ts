import { describe, expect, it } from "vitest";
import { decodeUpload } from "~/domain/import/decode";

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "utf8")] : p)));

describe("decodeUpload", () => {
  it("reads UTF-8 and drops a byte-order mark", () => {
    const result = decodeUpload(bytes([0xef, 0xbb, 0xbf], "neq,nom\n1,Coopérative"));
    expect(result).toEqual({ ok: true, text: "neq,nom\n1,Coopérative", encoding: "utf-8" });
  });

  it("reads a Windows-1252 (Latin-1) file as such and says so", () => {
    // "Coopérative de Trois-Rivières" saved by an old Excel: é = 0xE9, è = 0xE8.
    const latin1 = new Uint8Array(Buffer.from("nom\nCoopérative de Trois-Rivières\n", "latin1"));
    const result = decodeUpload(latin1);
    expect(result).toEqual({ ok: true, text: "nom\nCoopérative de Trois-Rivières\n", encoding: "windows-1252" });
  });

  it("reads Windows-1252 punctuation (curly apostrophe 0x92)", () => {
    const result = decodeUpload(new Uint8Array([0x4c, 0x92, 0x61, 0x62, 0x72, 0x69]));
    expect(result).toMatchObject({ ok: true, text: "L’abri", encoding: "windows-1252" });
  });

  it("refuses empty and blank files", () => {
    expect(decodeUpload(new Uint8Array())).toEqual({ ok: false, error: "empty" });
    expect(decodeUpload(bytes("  \r\n\n"))).toEqual({ ok: false, error: "empty" });
  });

  it("recognizes PNG, JPEG, PDF, XLSX and XLS by their first bytes", () => {
    expect(decodeUpload(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toEqual({
      ok: false,
      error: "image",
    });
    expect(decodeUpload(bytes([0xff, 0xd8, 0xff, 0xe0]))).toEqual({ ok: false, error: "image" });
    expect(decodeUpload(bytes("%PDF-1.7\n%âãÏÓ"))).toEqual({ ok: false, error: "pdf" });
    expect(decodeUpload(bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toEqual({ ok: false, error: "spreadsheet" });
    expect(decodeUpload(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]))).toEqual({ ok: false, error: "spreadsheet" });
  });

  it("refuses other binary data (NUL bytes, control characters)", () => {
    expect(decodeUpload(bytes("neq,nom\n", [0x00, 0x01, 0x02]))).toEqual({ ok: false, error: "binary" });
    const noise = new Uint8Array(4096).map((_, i) => (i * 7919) % 256 || 1);
    expect(decodeUpload(noise)).toEqual({ ok: false, error: "binary" });
  });

  it("keeps tabs and form feeds as text", () => {
    expect(decodeUpload(bytes("neq\tnom\n1\tA\f"))).toMatchObject({ ok: true, encoding: "utf-8" });
  });
});
