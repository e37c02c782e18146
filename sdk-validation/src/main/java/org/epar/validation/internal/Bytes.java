package org.epar.validation.internal;

import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UTFDataFormatException;
import java.util.ArrayList;
import java.util.List;

/**
 * Unsynchronized, array-backed {@link DataOutput} and {@link DataInput} for the state codec: the
 * same bytes as {@link java.io.DataOutputStream} over a {@link java.io.ByteArrayOutputStream} (and
 * read back as {@link DataInputStream} reads them), without a lock and a virtual stream call per
 * byte. A saved accumulator is mostly varints written one byte at a time, so this is where its cost
 * was (issue 14).
 */
final class Bytes {

  private Bytes() {}

  /**
   * A growable buffer written as a {@link DataOutput}: a list of blocks (64 KiB, doubling up to 1
   * MiB), so growing never copies what was written. Not thread-safe.
   */
  static final class Sink implements DataOutput {
    private static final int MAX_BLOCK = 1 << 20;
    private final List<byte[]> full = new ArrayList<>();

    /** How many bytes of each full block were written. */
    private final List<Integer> used = new ArrayList<>();

    private byte[] buf;
    private int pos;
    private int before;

    Sink(int capacity) {
      buf = new byte[Math.max(16, Math.min(capacity, MAX_BLOCK))];
    }

    int size() {
      return before + pos;
    }

    /** Reserves four bytes for an int {@linkplain #putInt written later}; returns where. */
    int reserveInt() {
      int at = size();
      writeInt(0);
      return at;
    }

    /** Writes an int over four bytes reserved earlier. */
    void putInt(int at, int v) {
      put(at, v >>> 24);
      put(at + 1, v >>> 16);
      put(at + 2, v >>> 8);
      put(at + 3, v);
    }

    private void put(int at, int b) {
      int offset = at;
      for (int i = 0; i < full.size(); i++) {
        int n = used.get(i);
        if (offset < n) {
          full.get(i)[offset] = (byte) b;
          return;
        }
        offset -= n;
      }
      buf[offset] = (byte) b;
    }

    /** Copies the bytes written so far to a stream. */
    void writeTo(OutputStream out) throws IOException {
      for (int i = 0; i < full.size(); i++) {
        out.write(full.get(i), 0, used.get(i));
      }
      out.write(buf, 0, pos);
    }

    /** Makes room for at least one more byte. */
    private void next() {
      room(1);
    }

    /** Makes room for n more bytes in the current block: a new block if they do not fit. */
    private void room(int n) {
      if (n > buf.length - pos) {
        full.add(buf);
        used.add(pos);
        before += pos;
        buf = new byte[Math.max(n, Math.min(MAX_BLOCK, Math.max(1 << 16, buf.length * 2)))];
        pos = 0;
      }
    }

    @Override
    public void write(int b) {
      room(1);
      buf[pos++] = (byte) b;
    }

    @Override
    public void write(byte[] b) {
      write(b, 0, b.length);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      room(len);
      System.arraycopy(b, off, buf, pos, len);
      pos += len;
    }

    @Override
    public void writeBoolean(boolean v) {
      write(v ? 1 : 0);
    }

    @Override
    public void writeByte(int v) {
      if (pos == buf.length) {
        next();
      }
      buf[pos++] = (byte) v;
    }

    /**
     * Writes an unsigned LEB128 number (7 bits a byte, low first, the high bit set on every byte
     * but the last): {@code z} is already zig-zag encoded by the caller.
     */
    void writeVarint(long z) {
      room(10);
      long v = z;
      while ((v & ~0x7FL) != 0) {
        buf[pos++] = (byte) ((v & 0x7F) | 0x80);
        v >>>= 7;
      }
      buf[pos++] = (byte) v;
    }

    /**
     * Writes each number zig-zag encoded ({@code (v << 1) ^ (v >> 63)}) as {@link #writeVarint}
     * does, in one loop: the arrays of a state (hash tables, mostly zeros) are its bulk.
     */
    void writeZigZag(long[] values) {
      for (long v : values) {
        if (buf.length - pos < 10) {
          room(10);
        }
        long z = (v << 1) ^ (v >> 63);
        while ((z & ~0x7FL) != 0) {
          buf[pos++] = (byte) ((z & 0x7F) | 0x80);
          z >>>= 7;
        }
        buf[pos++] = (byte) z;
      }
    }

    /** {@link #writeZigZag(long[])} for ints, each widened to a long first. */
    void writeZigZag(int[] values) {
      for (int i : values) {
        if (buf.length - pos < 10) {
          room(10);
        }
        long v = i;
        long z = (v << 1) ^ (v >> 63);
        while ((z & ~0x7FL) != 0) {
          buf[pos++] = (byte) ((z & 0x7F) | 0x80);
          z >>>= 7;
        }
        buf[pos++] = (byte) z;
      }
    }

    @Override
    public void writeShort(int v) {
      room(2);
      buf[pos++] = (byte) (v >>> 8);
      buf[pos++] = (byte) v;
    }

    @Override
    public void writeChar(int v) {
      writeShort(v);
    }

    @Override
    public void writeInt(int v) {
      room(4);
      buf[pos++] = (byte) (v >>> 24);
      buf[pos++] = (byte) (v >>> 16);
      buf[pos++] = (byte) (v >>> 8);
      buf[pos++] = (byte) v;
    }

    @Override
    public void writeLong(long v) {
      writeInt((int) (v >>> 32));
      writeInt((int) v);
    }

    @Override
    public void writeFloat(float v) {
      writeInt(Float.floatToIntBits(v));
    }

    @Override
    public void writeDouble(double v) {
      writeLong(Double.doubleToLongBits(v));
    }

    @Override
    public void writeBytes(String s) {
      int n = s.length();
      room(n);
      for (int i = 0; i < n; i++) {
        buf[pos++] = (byte) s.charAt(i);
      }
    }

    @Override
    public void writeChars(String s) {
      int n = s.length();
      room(2 * n);
      for (int i = 0; i < n; i++) {
        writeChar(s.charAt(i));
      }
    }

    /** Modified UTF-8 with a 2-byte length, as {@link java.io.DataOutputStream#writeUTF}. */
    @Override
    public void writeUTF(String s) throws UTFDataFormatException {
      int n = s.length();
      int len = 0;
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        len += c >= 0x0001 && c <= 0x007F ? 1 : c > 0x07FF ? 3 : 2;
      }
      if (len > 65535) {
        throw new UTFDataFormatException("encoded string too long: " + len + " bytes");
      }
      room(2 + len);
      buf[pos++] = (byte) (len >>> 8);
      buf[pos++] = (byte) len;
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (c >= 0x0001 && c <= 0x007F) {
          buf[pos++] = (byte) c;
        } else if (c > 0x07FF) {
          buf[pos++] = (byte) (0xE0 | ((c >> 12) & 0x0F));
          buf[pos++] = (byte) (0x80 | ((c >> 6) & 0x3F));
          buf[pos++] = (byte) (0x80 | (c & 0x3F));
        } else {
          buf[pos++] = (byte) (0xC0 | ((c >> 6) & 0x1F));
          buf[pos++] = (byte) (0x80 | (c & 0x3F));
        }
      }
    }
  }

  /** A byte array read as a {@link DataInput}. Not thread-safe. */
  static final class Source implements DataInput {
    private final byte[] buf;
    private int pos;

    Source(byte[] buf) {
      this.buf = buf;
    }

    /** How many bytes are left. */
    int available() {
      return buf.length - pos;
    }

    private void need(int n) throws EOFException {
      if (n > buf.length - pos) {
        throw new EOFException();
      }
    }

    @Override
    public void readFully(byte[] b) throws IOException {
      readFully(b, 0, b.length);
    }

    @Override
    public void readFully(byte[] b, int off, int len) throws IOException {
      need(len);
      System.arraycopy(buf, pos, b, off, len);
      pos += len;
    }

    @Override
    public int skipBytes(int n) {
      int k = Math.max(0, Math.min(n, buf.length - pos));
      pos += k;
      return k;
    }

    @Override
    public boolean readBoolean() throws IOException {
      return readUnsignedByte() != 0;
    }

    @Override
    public byte readByte() throws IOException {
      return (byte) readUnsignedByte();
    }

    @Override
    public int readUnsignedByte() throws IOException {
      if (pos >= buf.length) {
        throw new EOFException();
      }
      return buf[pos++] & 0xFF;
    }

    @Override
    public short readShort() throws IOException {
      return (short) readUnsignedShort();
    }

    @Override
    public int readUnsignedShort() throws IOException {
      need(2);
      int v = ((buf[pos] & 0xFF) << 8) | (buf[pos + 1] & 0xFF);
      pos += 2;
      return v;
    }

    @Override
    public char readChar() throws IOException {
      return (char) readUnsignedShort();
    }

    @Override
    public int readInt() throws IOException {
      need(4);
      int v =
          ((buf[pos] & 0xFF) << 24)
              | ((buf[pos + 1] & 0xFF) << 16)
              | ((buf[pos + 2] & 0xFF) << 8)
              | (buf[pos + 3] & 0xFF);
      pos += 4;
      return v;
    }

    @Override
    public long readLong() throws IOException {
      return ((long) readInt() << 32) | (readInt() & 0xFFFFFFFFL);
    }

    @Override
    public float readFloat() throws IOException {
      return Float.intBitsToFloat(readInt());
    }

    @Override
    public double readDouble() throws IOException {
      return Double.longBitsToDouble(readLong());
    }

    /** Not used by the codec: lines are not part of its format. */
    @Override
    public String readLine() {
      throw new UnsupportedOperationException("the state codec reads no lines");
    }

    @Override
    public String readUTF() throws IOException {
      return DataInputStream.readUTF(this);
    }
  }
}
