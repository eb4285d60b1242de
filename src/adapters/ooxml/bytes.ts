/**
 * Where package bytes come from and go to. The package logic (zip, XML) works on these two
 * interfaces only, so it runs in node (files, streamed) and in the browser (a Uint8Array).
 */

/** Random access to the bytes of a zip file. */
export interface ByteSource {
  readonly size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
  /** The bytes [offset, offset + length) as chunks, for large entries. */
  stream(offset: number, length: number): AsyncIterable<Uint8Array>;
}

/** Where a package is written, in order. */
export interface ByteSink {
  write(chunk: Uint8Array): Promise<void>;
}

/** Deflate (raw, no zlib header) both ways; node uses zlib, the browser CompressionStream. */
export interface Codec {
  inflate(chunks: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array>;
  deflate(data: Uint8Array): Promise<Uint8Array>;
}

const CHUNK = 1 << 20;

/** A source over bytes already in memory. */
export function memorySource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.length,
    read: (offset, length) => Promise.resolve(bytes.subarray(offset, offset + length)),
    async *stream(offset, length) {
      for (let at = offset; at < offset + length; at += CHUNK)
        yield bytes.subarray(at, Math.min(offset + length, at + CHUNK));
      await Promise.resolve();
    },
  };
}

/** A sink that collects everything into one Uint8Array (the browser's download). */
export class MemorySink implements ByteSink {
  private readonly chunks: Uint8Array[] = [];
  private length = 0;
  write(chunk: Uint8Array): Promise<void> {
    this.chunks.push(chunk);
    this.length += chunk.length;
    return Promise.resolve();
  }
  bytes(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}

/** Transforms chunks through a web TransformStream (CompressionStream / DecompressionStream). */
async function* throughWebStream(
  chunks: AsyncIterable<Uint8Array>,
  transform: { writable: WritableStream<Uint8Array>; readable: ReadableStream<Uint8Array> },
): AsyncIterable<Uint8Array> {
  const writer = transform.writable.getWriter();
  const feeding = (async () => {
    try {
      for await (const chunk of chunks) await writer.write(chunk);
      await writer.close();
    } catch (error) {
      await writer.abort(error).catch(() => undefined);
    }
  })();
  const reader = transform.readable.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      yield value;
    }
  } finally {
    reader.releaseLock();
    await feeding;
  }
}

async function* once(data: Uint8Array): AsyncIterable<Uint8Array> {
  await Promise.resolve();
  yield data;
}

/** The browser's (and node 20's) built-in deflate-raw streams. */
export const webCodec: Codec = {
  inflate: (chunks) =>
    throughWebStream(
      chunks,
      new DecompressionStream("deflate-raw") as unknown as TransformStream<Uint8Array, Uint8Array>,
    ),
  async deflate(data) {
    const parts: Uint8Array[] = [];
    for await (const chunk of throughWebStream(
      once(data),
      new CompressionStream("deflate-raw") as unknown as TransformStream<Uint8Array, Uint8Array>,
    ))
      parts.push(chunk);
    return concat(parts);
  },
};

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1 && parts[0]) return parts[0];
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 as zip stores it. */
export function crc32(data: Uint8Array, previous = 0): number {
  let crc = ~previous >>> 0;
  for (let i = 0; i < data.length; i++)
    crc = (CRC_TABLE[(crc ^ (data[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  return ~crc >>> 0;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8");

export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

export function fromUtf8(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}
