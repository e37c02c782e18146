package org.epar.validation.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UTFDataFormatException;
import org.junit.jupiter.api.Test;

/**
 * The codec's buffers write exactly the bytes {@link DataOutputStream} writes, and read them back
 * as {@link DataInputStream} does: the saved accumulator's format does not depend on which one
 * wrote it.
 */
class BytesTest {

  @Test
  void writesWhatDataOutputStreamWrites() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 40), longs().all(), integers().all())
        .checkAssert(
            (s, l, i) -> {
              try {
                ByteArrayOutputStream expected = new ByteArrayOutputStream();
                DataOutputStream d = new DataOutputStream(expected);
                Bytes.Sink sink = new Bytes.Sink(1);
                for (var out : new java.io.DataOutput[] {d, sink}) {
                  out.writeUTF(s);
                  out.writeLong(l);
                  out.writeInt(i);
                  out.writeByte(i);
                  out.writeShort(i);
                  out.writeChar(i);
                  out.writeBoolean(i % 2 == 0);
                  out.writeDouble(l);
                  out.writeFloat(i);
                  out.write(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
                ByteArrayOutputStream actual = new ByteArrayOutputStream();
                sink.writeTo(actual);
                assertArrayEquals(expected.toByteArray(), actual.toByteArray());
                Bytes.Source in = new Bytes.Source(actual.toByteArray());
                assertEquals(s, in.readUTF());
                assertEquals(l, in.readLong());
                assertEquals(i, in.readInt());
                assertEquals((byte) i.intValue(), in.readByte());
                assertEquals((short) i.intValue(), in.readShort());
                assertEquals((char) i.intValue(), in.readChar());
                assertEquals(i % 2 == 0, in.readBoolean());
                assertEquals((double) l, in.readDouble());
                assertEquals((float) i, in.readFloat());
              } catch (IOException e) {
                throw new AssertionError(e);
              }
            });
  }

  /**
   * The state codec's fast paths into the buffer (numbers, arrays of ints and longs written
   * straight into its array, across block boundaries) write the bytes its generic path writes to
   * any {@link java.io.DataOutput}.
   */
  @Test
  void codecWritesTheSameBytesIntoTheBufferAsIntoAnyDataOutput() {
    qt().forAll(
            lists().of(longs().all()).ofSizeBetween(0, 300),
            integers().between(1, 64),
            strings().allPossible().ofLengthBetween(0, 20))
        .checkAssert(
            (values, capacity, s) -> {
              long[] longs = values.stream().mapToLong(Long::longValue).toArray();
              int[] ints = values.stream().mapToInt(Long::intValue).toArray();
              java.util.List<Object> state =
                  java.util.List.of(
                      longs, ints, values, s, values.isEmpty() ? 0L : values.get(0), capacity);
              try {
                ByteArrayOutputStream expected = new ByteArrayOutputStream();
                StateCodec.write(state, new DataOutputStream(expected));
                Bytes.Sink sink = new Bytes.Sink(capacity);
                StateCodec.write(state, sink);
                ByteArrayOutputStream actual = new ByteArrayOutputStream();
                sink.writeTo(actual);
                assertArrayEquals(expected.toByteArray(), actual.toByteArray());
              } catch (IOException e) {
                throw new AssertionError(e);
              }
            });
  }

  @Test
  void modifiedUtf8AtTheEdges() throws IOException {
    // NUL takes two bytes, U+07FF two, U+0800 three, a surrogate pair six
    String s = "\0\u007f\u0080\u07ff\u0800\uffff大名\ud83d\ude00";
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    new DataOutputStream(expected).writeUTF(s);
    Bytes.Sink sink = new Bytes.Sink(1);
    sink.writeUTF(s);
    ByteArrayOutputStream actual = new ByteArrayOutputStream();
    sink.writeTo(actual);
    assertArrayEquals(expected.toByteArray(), actual.toByteArray());
    assertEquals(
        s,
        DataInputStream.readUTF(
            new DataInputStream(new ByteArrayInputStream(actual.toByteArray()))));
  }

  @Test
  void utfLengthLimitIsDataOutputStreams() throws IOException {
    Bytes.Sink sink = new Bytes.Sink(1);
    sink.writeUTF("a".repeat(65535)); // the longest allowed
    assertEquals(65537, sink.size());
    assertThrows(UTFDataFormatException.class, () -> sink.writeUTF("a".repeat(65536)));
    assertThrows(UTFDataFormatException.class, () -> sink.writeUTF("大".repeat(21846))); // 65538
  }

  @Test
  void backPatchedLengths() throws IOException {
    Bytes.Sink sink = new Bytes.Sink(1);
    sink.writeByte(7);
    int at = sink.reserveInt();
    sink.write(new byte[300]);
    sink.putInt(at, 300);
    Bytes.Source in = new Bytes.Source(toArray(sink));
    assertEquals(7, in.readUnsignedByte());
    assertEquals(300, in.readInt());
    assertEquals(300, in.available());
  }

  @Test
  void truncatedInputIsAnEndOfFileNotAnIndexError() throws IOException {
    Bytes.Source in = new Bytes.Source(new byte[] {1, 2, 3});
    assertThrows(EOFException.class, in::readInt);
    assertEquals(1, in.readUnsignedByte()); // nothing was consumed by the failed read
    in.readUnsignedByte();
    in.readUnsignedByte();
    assertThrows(EOFException.class, in::readUnsignedByte);
    assertThrows(EOFException.class, () -> in.readFully(new byte[1]));
  }

  private static byte[] toArray(Bytes.Sink sink) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    sink.writeTo(out);
    return out.toByteArray();
  }
}
