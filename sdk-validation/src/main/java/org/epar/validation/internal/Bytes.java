package org.epar.validation.internal;

import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UTFDataFormatException;
import java.util.Arrays;

/**
 * Unsynchronized, array-backed {@link DataOutput} and {@link DataInput} for the state codec: the
 * same bytes as {@link java.io.DataOutputStream} over a {@link java.io.ByteArrayOutputStream} (and
 * read back as {@link DataInputStream} reads them), without a lock and a virtual stream call per
 * byte. A saved accumulator is mostly varints written one byte at a time, so this is where its cost
 * was (issue 14).
 */
final class Bytes {

  private Bytes() {}

  /** A growable buffer written as a {@link DataOutput}. Not thread-safe. */
  static final class Sink implements DataOutput {
    private byte[] buf;
    private int size;

    Sink(int capacity) {
      buf = new byte[Math.max(16, capacity)];
    }

    int size() {
      return size;
    }

    void reset() {
      size = 0;
    }

    /** Reserves four bytes for an int {@linkplain #putInt written later}; returns where. */
    int reserveInt() {
      room(4);
      size += 4;
      return size - 4;
    }

    /** Writes an int over four bytes reserved earlier. */
    void putInt(int at, int v) {
      buf[at] = (byte) (v >>> 24);
      buf[at + 1] = (byte) (v >>> 16);
      buf[at + 2] = (byte) (v >>> 8);
      buf[at + 3] = (byte) v;
    }

    /** Copies the bytes written so far to a stream. */
    void writeTo(OutputStream out) throws IOException {
      out.write(buf, 0, size);
    }

    private void room(int n) {
      if (size + n > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(size + n, buf.length * 2));
      }
    }

    @Override
    public void write(int b) {
      room(1);
      buf[size++] = (byte) b;
    }

    @Override
    public void write(byte[] b) {
      write(b, 0, b.length);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      room(len);
      System.arraycopy(b, off, buf, size, len);
      size += len;
    }

    @Override
    public void writeBoolean(boolean v) {
      write(v ? 1 : 0);
    }

    @Override
    public void writeByte(int v) {
      if (size == buf.length) {
        room(1);
      }
      buf[size++] = (byte) v;
    }

    @Override
    public void writeShort(int v) {
      room(2);
      buf[size++] = (byte) (v >>> 8);
      buf[size++] = (byte) v;
    }

    @Override
    public void writeChar(int v) {
      writeShort(v);
    }

    @Override
    public void writeInt(int v) {
      room(4);
      buf[size++] = (byte) (v >>> 24);
      buf[size++] = (byte) (v >>> 16);
      buf[size++] = (byte) (v >>> 8);
      buf[size++] = (byte) v;
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
        buf[size++] = (byte) s.charAt(i);
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
      buf[size++] = (byte) (len >>> 8);
      buf[size++] = (byte) len;
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (c >= 0x0001 && c <= 0x007F) {
          buf[size++] = (byte) c;
        } else if (c > 0x07FF) {
          buf[size++] = (byte) (0xE0 | ((c >> 12) & 0x0F));
          buf[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
          buf[size++] = (byte) (0x80 | (c & 0x3F));
        } else {
          buf[size++] = (byte) (0xC0 | ((c >> 6) & 0x1F));
          buf[size++] = (byte) (0x80 | (c & 0x3F));
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
