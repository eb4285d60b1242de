/** The package's bytes in node: a file read piece by piece, zlib for deflate, a file to write. */
import type { FileHandle } from "node:fs/promises";
import { promisify } from "node:util";
import zlib from "node:zlib";
import type { ByteSink, ByteSource, Codec } from "./bytes";

const deflateRaw = promisify(zlib.deflateRaw);

export const nodeCodec: Codec = {
  async *inflate(chunks) {
    const inflater = zlib.createInflateRaw();
    const feeding = (async () => {
      try {
        for await (const chunk of chunks)
          if (!inflater.write(chunk))
            await new Promise((resolve) => inflater.once("drain", resolve));
        inflater.end();
      } catch (error) {
        inflater.destroy(error as Error);
      }
    })();
    for await (const chunk of inflater) yield chunk as Uint8Array;
    await feeding;
  },
  async deflate(data) {
    return new Uint8Array(await deflateRaw(data, { level: 6 }));
  },
};

const CHUNK = 1 << 20;

/** Random access to an open file. */
export function fileSource(handle: FileHandle, size: number): ByteSource {
  const read = async (offset: number, length: number) => {
    const buffer = Buffer.alloc(length);
    let done = 0;
    while (done < length) {
      const { bytesRead } = await handle.read(buffer, done, length - done, offset + done);
      if (bytesRead === 0) break;
      done += bytesRead;
    }
    return new Uint8Array(buffer.buffer, buffer.byteOffset, done);
  };
  return {
    size,
    read,
    async *stream(offset, length) {
      for (let at = offset; at < offset + length; at += CHUNK)
        yield await read(at, Math.min(CHUNK, offset + length - at));
    },
  };
}

/** Writes to an open file in order, buffering small pieces. */
export class FileSink implements ByteSink {
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  written = 0;
  constructor(private readonly handle: FileHandle) {}
  async write(chunk: Uint8Array): Promise<void> {
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pendingBytes >= CHUNK) await this.flush();
  }
  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const data = Buffer.concat(this.pending);
    this.pending = [];
    this.pendingBytes = 0;
    await this.handle.write(data);
    this.written += data.length;
  }
}
