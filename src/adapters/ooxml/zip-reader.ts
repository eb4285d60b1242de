/**
 * Reads a zip file's central directory and its entries on demand: nothing is inflated until a
 * part is asked for, and a part can be copied as its raw compressed bytes (zip64 included).
 */
import type { ByteSource, Codec } from "./bytes";
import { concat, fromUtf8 } from "./bytes";

export type ZipEntry = {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  size: number;
  time: number;
  date: number;
  localHeaderOffset: number;
};

/** Thrown when the bytes are not a zip file we can read. */
export class NotAZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NotAZipError";
  }
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function u64(dv: DataView, at: number): number {
  return dv.getUint32(at, true) + dv.getUint32(at + 4, true) * 0x1_0000_0000;
}

const MAX32 = 0xffffffff;

export class ZipReader {
  private constructor(
    readonly source: ByteSource,
    readonly entries: ZipEntry[],
    private readonly codec: Codec,
  ) {}

  /** @throws NotAZipError when the source has no readable central directory. */
  static async open(source: ByteSource, codec: Codec): Promise<ZipReader> {
    const tailLength = Math.min(source.size, 22 + 0xffff + 20);
    if (source.size < 22) throw new NotAZipError("too short to be a zip file");
    const tail = await source.read(source.size - tailLength, tailLength);
    const dv = view(tail);
    let eocd = -1;
    for (let i = tail.length - 22; i >= 0; i--)
      if (dv.getUint32(i, true) === 0x06054b50) {
        eocd = i;
        break;
      }
    if (eocd < 0) throw new NotAZipError("no zip central directory");
    let count = dv.getUint16(eocd + 10, true);
    let cdSize = dv.getUint32(eocd + 12, true);
    let cdOffset = dv.getUint32(eocd + 16, true);
    if ((count === 0xffff || cdSize === MAX32 || cdOffset === MAX32) && eocd >= 20) {
      // zip64: the locator sits just before the end record and points at the zip64 record.
      if (dv.getUint32(eocd - 20, true) === 0x07064b50) {
        const recordAt = u64(dv, eocd - 20 + 8);
        const record = view(await source.read(recordAt, 56));
        if (record.getUint32(0, true) !== 0x06064b50)
          throw new NotAZipError("damaged zip64 directory");
        count = u64(record, 32);
        cdSize = u64(record, 40);
        cdOffset = u64(record, 48);
      }
    }
    if (cdOffset + cdSize > source.size) throw new NotAZipError("zip directory is cut short");
    const cd = await source.read(cdOffset, cdSize);
    const cdv = view(cd);
    const entries: ZipEntry[] = [];
    let at = 0;
    for (let i = 0; i < count; i++) {
      if (at + 46 > cd.length || cdv.getUint32(at, true) !== 0x02014b50)
        throw new NotAZipError("damaged zip directory");
      const nameLength = cdv.getUint16(at + 28, true);
      const extraLength = cdv.getUint16(at + 30, true);
      const commentLength = cdv.getUint16(at + 32, true);
      const entry: ZipEntry = {
        flags: cdv.getUint16(at + 8, true),
        method: cdv.getUint16(at + 10, true),
        time: cdv.getUint16(at + 12, true),
        date: cdv.getUint16(at + 14, true),
        crc32: cdv.getUint32(at + 16, true),
        compressedSize: cdv.getUint32(at + 20, true),
        size: cdv.getUint32(at + 24, true),
        localHeaderOffset: cdv.getUint32(at + 42, true),
        name: fromUtf8(cd.subarray(at + 46, at + 46 + nameLength)),
      };
      readZip64Extra(cd.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), entry);
      entries.push(entry);
      at += 46 + nameLength + extraLength + commentLength;
    }
    return new ZipReader(source, entries, codec);
  }

  find(name: string): ZipEntry | undefined {
    return this.entries.find((entry) => entry.name === name);
  }

  /** Where the entry's compressed bytes start (after its local header). */
  async dataOffset(entry: ZipEntry): Promise<number> {
    const header = view(await this.source.read(entry.localHeaderOffset, 30));
    if (header.getUint32(0, true) !== 0x04034b50)
      throw new NotAZipError(`damaged zip entry: ${entry.name}`);
    return entry.localHeaderOffset + 30 + header.getUint16(26, true) + header.getUint16(28, true);
  }

  /** The compressed bytes as they are stored, in chunks. */
  async *raw(entry: ZipEntry): AsyncIterable<Uint8Array> {
    const offset = await this.dataOffset(entry);
    yield* this.source.stream(offset, entry.compressedSize);
  }

  /** The entry's content, inflated, in chunks. */
  content(entry: ZipEntry): AsyncIterable<Uint8Array> {
    if (entry.flags & 1) throw new NotAZipError(`${entry.name}: encrypted`);
    if (entry.method === 0) return this.raw(entry);
    if (entry.method !== 8)
      throw new NotAZipError(`${entry.name}: unknown compression method ${entry.method}`);
    return this.codec.inflate(this.raw(entry));
  }

  async bytes(entry: ZipEntry): Promise<Uint8Array> {
    const parts: Uint8Array[] = [];
    for await (const chunk of this.content(entry)) parts.push(chunk);
    return concat(parts);
  }

  async text(name: string): Promise<string | undefined> {
    const entry = this.find(name);
    return entry ? fromUtf8(await this.bytes(entry)) : undefined;
  }
}

/** Fills in the 64-bit sizes and offset from the zip64 extra field where the 32-bit ones are full. */
function readZip64Extra(extra: Uint8Array, entry: ZipEntry): void {
  const dv = view(extra);
  let at = 0;
  while (at + 4 <= extra.length) {
    const id = dv.getUint16(at, true);
    const length = dv.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const next = () => {
        const value = u64(dv, field);
        field += 8;
        return value;
      };
      if (entry.size === MAX32) entry.size = next();
      if (entry.compressedSize === MAX32) entry.compressedSize = next();
      if (entry.localHeaderOffset === MAX32) entry.localHeaderOffset = next();
      return;
    }
    at += 4 + length;
  }
}
