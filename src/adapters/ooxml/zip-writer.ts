/**
 * Writes a zip file in one pass to a ByteSink: entries copied raw from another zip (their
 * compressed bytes untouched) or deflated here, then the central directory; zip64 where sizes
 * or offsets need it.
 */
import type { ByteSink, Codec } from "./bytes";
import { crc32, utf8 } from "./bytes";
import type { ZipEntry, ZipReader } from "./zip-reader";

const MAX32 = 0xffffffff;
const UTF8_FLAG = 0x0800;

type Written = Omit<ZipEntry, "name"> & { nameBytes: Uint8Array };

function dosTime(date: Date): { time: number; date: number } {
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    date: ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

function setU64(dv: DataView, at: number, value: number): void {
  dv.setUint32(at, value % 0x1_0000_0000, true);
  dv.setUint32(at + 4, Math.floor(value / 0x1_0000_0000), true);
}

export class ZipWriter {
  private offset = 0;
  private readonly written: Written[] = [];
  private readonly stamp = dosTime(new Date());

  constructor(
    private readonly sink: ByteSink,
    private readonly codec: Codec,
  ) {}

  private async put(chunk: Uint8Array): Promise<void> {
    this.offset += chunk.length;
    await this.sink.write(chunk);
  }

  /** Copies an entry's compressed bytes from `reader` unchanged (same CRC, sizes and time). */
  async copy(reader: ZipReader, entry: ZipEntry): Promise<void> {
    // Bit 3 (sizes in a trailing descriptor) is cleared: this writer puts them in the header.
    const record: Written = { ...entry, flags: entry.flags & ~0x0008, nameBytes: utf8(entry.name) };
    if (/[^ -~]/.test(entry.name)) record.flags |= UTF8_FLAG;
    await this.header(record);
    for await (const chunk of reader.raw(entry)) await this.put(chunk);
  }

  /** Adds a new entry, deflated. */
  async add(name: string, data: Uint8Array): Promise<void> {
    const compressed = await this.codec.deflate(data);
    const record: Written = {
      method: 8,
      flags: /[^ -~]/.test(name) ? UTF8_FLAG : 0,
      crc32: crc32(data),
      compressedSize: compressed.length,
      size: data.length,
      time: this.stamp.time,
      date: this.stamp.date,
      localHeaderOffset: 0,
      nameBytes: utf8(name),
    };
    await this.header(record);
    await this.put(compressed);
  }

  private async header(record: Written): Promise<void> {
    record.localHeaderOffset = this.offset;
    const big = record.size >= MAX32 || record.compressedSize >= MAX32;
    const extra = big ? 20 : 0;
    const header = new Uint8Array(30 + record.nameBytes.length + extra);
    const dv = new DataView(header.buffer);
    dv.setUint32(0, 0x04034b50, true);
    dv.setUint16(4, big ? 45 : 20, true);
    dv.setUint16(6, record.flags, true);
    dv.setUint16(8, record.method, true);
    dv.setUint16(10, record.time, true);
    dv.setUint16(12, record.date, true);
    dv.setUint32(14, record.crc32, true);
    dv.setUint32(18, big ? MAX32 : record.compressedSize, true);
    dv.setUint32(22, big ? MAX32 : record.size, true);
    dv.setUint16(26, record.nameBytes.length, true);
    dv.setUint16(28, extra, true);
    header.set(record.nameBytes, 30);
    if (big) {
      const at = 30 + record.nameBytes.length;
      dv.setUint16(at, 0x0001, true);
      dv.setUint16(at + 2, 16, true);
      setU64(dv, at + 4, record.size);
      setU64(dv, at + 12, record.compressedSize);
    }
    this.written.push(record);
    await this.put(header);
  }

  /** Writes the central directory and the end records. */
  async finish(): Promise<void> {
    const cdOffset = this.offset;
    for (const record of this.written) {
      const fields: number[] = [];
      if (record.size >= MAX32) fields.push(record.size);
      if (record.compressedSize >= MAX32) fields.push(record.compressedSize);
      if (record.localHeaderOffset >= MAX32) fields.push(record.localHeaderOffset);
      const extra = fields.length > 0 ? 4 + fields.length * 8 : 0;
      const entry = new Uint8Array(46 + record.nameBytes.length + extra);
      const dv = new DataView(entry.buffer);
      dv.setUint32(0, 0x02014b50, true);
      dv.setUint16(4, 45, true);
      dv.setUint16(6, extra > 0 ? 45 : 20, true);
      dv.setUint16(8, record.flags, true);
      dv.setUint16(10, record.method, true);
      dv.setUint16(12, record.time, true);
      dv.setUint16(14, record.date, true);
      dv.setUint32(16, record.crc32, true);
      dv.setUint32(20, Math.min(record.compressedSize, MAX32), true);
      dv.setUint32(24, Math.min(record.size, MAX32), true);
      dv.setUint16(28, record.nameBytes.length, true);
      dv.setUint16(30, extra, true);
      dv.setUint32(42, Math.min(record.localHeaderOffset, MAX32), true);
      entry.set(record.nameBytes, 46);
      if (extra > 0) {
        const at = 46 + record.nameBytes.length;
        dv.setUint16(at, 0x0001, true);
        dv.setUint16(at + 2, fields.length * 8, true);
        fields.forEach((value, i) => setU64(dv, at + 4 + i * 8, value));
      }
      await this.put(entry);
    }
    const cdSize = this.offset - cdOffset;
    const count = this.written.length;
    const zip64 = count >= 0xffff || cdOffset >= MAX32 || cdSize >= MAX32;
    if (zip64) {
      const recordAt = this.offset;
      const record = new Uint8Array(56 + 20);
      const dv = new DataView(record.buffer);
      dv.setUint32(0, 0x06064b50, true);
      setU64(dv, 4, 44);
      dv.setUint16(12, 45, true);
      dv.setUint16(14, 45, true);
      setU64(dv, 24, count);
      setU64(dv, 32, count);
      setU64(dv, 40, cdSize);
      setU64(dv, 48, cdOffset);
      dv.setUint32(56, 0x07064b50, true);
      setU64(dv, 64, recordAt);
      dv.setUint32(72, 1, true);
      await this.put(record);
    }
    const end = new Uint8Array(22);
    const dv = new DataView(end.buffer);
    dv.setUint32(0, 0x06054b50, true);
    dv.setUint16(8, Math.min(count, 0xffff), true);
    dv.setUint16(10, Math.min(count, 0xffff), true);
    dv.setUint32(12, Math.min(cdSize, MAX32), true);
    dv.setUint32(16, Math.min(cdOffset, MAX32), true);
    await this.put(end);
  }
}
