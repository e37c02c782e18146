package org.epar.core.json.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import org.epar.core.json.internal.RecordBinders.ByteBinder;
import org.epar.core.json.internal.RecordBinders.ObjectBinder;
import org.epar.core.model.EparRecord;
import org.jspecify.annotations.Nullable;

/**
 * Binds an NDJSON line in the plain form straight from its UTF-8 bytes, without a Jackson parser
 * and without decoding the line first: the fast path in front of {@link RecordBinders}.
 *
 * <p>It reads exactly one shape: <code>{"type":"&lt;wire name&gt;"</code> first, then the record's
 * known properties, no whitespace anywhere, strings without escapes or control characters (their
 * UTF-8 checked strictly, as the JDK's decoder with {@code REPORT} checks it, while they are
 * scanned), integers without sign zero, fraction or exponent and with at most 9 (int) or 18 (long)
 * digits, decimals of at most 18 digits without exponent, {@code true}/{@code false}, arrays and
 * nested records of the model; no {@code null}, no unknown or repeated property, nothing after the
 * record. Every value is made from its text the same way as {@link RecordBinders} makes it, with
 * the same constructor. A record the scanner accepts is therefore the one Jackson's parser gives
 * for the line; for anything else it returns null and the caller reads the line as before
 * (Jackson's parser, then databind), so every problem is still found and worded by them. Bytes
 * outside strings are all ASCII structure, so a line accepted is valid UTF-8 as a whole.
 *
 * <p>One scanner per reader: it keeps an arguments array per record class. Not thread-safe.
 */
public final class PlainScanner {

  private static final byte[] TYPE_PREFIX =
      ("{\"" + Mixins.TYPE_PROPERTY + "\":\"").getBytes(StandardCharsets.US_ASCII);

  private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
  private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};

  private final byte[][] rootNames;
  private final ObjectBinder[] rootBinders;
  private final @Nullable Object[][] scratch;
  private byte[] b = new byte[0];
  private int p;
  private int lim;
  private int next;
  private int lastRoot;
  private @Nullable Object[][] lists = new Object[4][];
  private int listDepth;

  /**
   * A scanner for the record types the binders bind.
   *
   * @param binders the binders whose record classes, names and constructors are used
   */
  public PlainScanner(RecordBinders binders) {
    this.rootNames = binders.plainNames();
    this.rootBinders = binders.plainBinders();
    this.scratch = new Object[binders.binderCount()][];
  }

  /**
   * Binds the line {@code b[from .. to)}, which must hold the record and nothing else.
   *
   * @param b the bytes
   * @param from the line's first byte
   * @param to the end of the line, without terminator
   * @return the record, or null when the line is not in the plain form
   */
  public @Nullable EparRecord scan(byte[] b, int from, int to) {
    EparRecord r = record(b, from, to);
    return r != null && p == to ? r : null;
  }

  /**
   * Binds the line starting at {@code from} in bytes held in memory, finding its end on the way:
   * the record must be followed by {@code \n}, {@code \r\n}, a {@code \r} that ends the data, or
   * the end of the data. Reads no byte of the record at or after {@code limit}. On success, {@link
   * #next()} is where the next line starts.
   *
   * @param b the bytes
   * @param from the line's first byte
   * @param limit the end of the bytes the record may take (the line-length limit)
   * @param dataEnd the end of the data; {@code limit <= dataEnd}
   * @return the record, or null when the line is not in the plain form
   */
  public @Nullable EparRecord scanLine(byte[] b, int from, int limit, int dataEnd) {
    EparRecord r = record(b, from, limit);
    if (r == null) {
      return null;
    }
    int at = p;
    if (at == dataEnd) {
      next = at;
      return r;
    }
    if (b[at] == '\n') {
      next = at + 1;
      return r;
    }
    if (b[at] == '\r') {
      if (at + 1 == dataEnd) {
        next = at + 1;
        return r;
      }
      if (b[at + 1] == '\n') {
        next = at + 2;
        return r;
      }
    }
    return null;
  }

  /**
   * Where the line after the one {@link #scanLine} last bound starts.
   *
   * @return the index of its first byte, or the end of the data
   */
  public int next() {
    return next;
  }

  private @Nullable EparRecord record(byte[] bytes, int from, int to) {
    this.b = bytes;
    this.p = from;
    this.lim = to;
    try {
      int start = from + TYPE_PREFIX.length;
      if (start > to || !Arrays.equals(bytes, from, start, TYPE_PREFIX, 0, TYPE_PREFIX.length)) {
        return null;
      }
      p = start;
      ObjectBinder ob = rootBinder();
      Object[] args = args(ob);
      byte c = at(p++);
      if (c == '}') {
        return (EparRecord) ob.construct(args);
      }
      if (c != ',') {
        return null;
      }
      return (EparRecord) fields(ob, args);
    } catch (RuntimeException e) { // NotPlain included
      return null;
    }
  }

  /** The byte at {@code i}, or throws when {@code i} is past the bytes the scanner may read. */
  private byte at(int i) {
    if (i >= lim) {
      throw RecordBinders.NOT_PLAIN;
    }
    return b[i];
  }

  /** The record type named by the string at {@code p} (after its opening quote). */
  private ObjectBinder rootBinder() {
    int last = lastRoot;
    if (last < rootNames.length && closedString(rootNames[last], p)) {
      p += rootNames[last].length + 1;
      return rootBinders[last];
    }
    for (int i = 0; i < rootNames.length; i++) {
      if (closedString(rootNames[i], p)) {
        lastRoot = i;
        p += rootNames[i].length + 1;
        return rootBinders[i];
      }
    }
    throw RecordBinders.NOT_PLAIN;
  }

  /** Whether {@code b[at ..]} is {@code name} followed by a closing quote. */
  private boolean closedString(byte[] name, int at) {
    int end = at + name.length;
    return end < lim && b[end] == '"' && same(name, at);
  }

  /**
   * Whether {@code b[at .. at + name.length)} is {@code name}, the caller having checked the
   * bounds. A plain loop: names and constants are short, and most comparisons fail on the first
   * byte.
   */
  private boolean same(byte[] name, int at) {
    byte[] bytes = b;
    for (int i = 0; i < name.length; i++) {
      if (bytes[at + i] != name[i]) {
        return false;
      }
    }
    return true;
  }

  private Object[] args(ObjectBinder ob) {
    Object[] a = scratch[ob.id];
    if (a == null) {
      a = ob.defaults.clone();
      scratch[ob.id] = a;
    } else {
      System.arraycopy(ob.defaults, 0, a, 0, a.length);
    }
    return a;
  }

  /** The properties of an object, {@code p} at the first one's opening quote, through its end. */
  private Object fields(ObjectBinder ob, Object[] args) {
    ByteBinder[] values = ob.byteValues;
    if (values == null) {
      throw RecordBinders.NOT_PLAIN;
    }
    byte[][] names = ob.names;
    long seen = 0;
    int expect = 0;
    while (true) {
      int i = property(names, expect);
      long bit = 1L << i;
      if ((seen & bit) != 0) {
        throw RecordBinders.NOT_PLAIN; // repeated: Jackson's path decides
      }
      seen |= bit;
      args[i] = values[i].read(this);
      expect = i + 1;
      byte c = at(p++);
      if (c == '}') {
        return ob.construct(args);
      }
      if (c != ',') {
        throw RecordBinders.NOT_PLAIN;
      }
    }
  }

  /**
   * The index of the known property whose name starts at {@code p} (its opening quote), trying the
   * one after the last first; leaves {@code p} at its value. An unknown name is not plain.
   */
  private int property(byte[][] names, int expect) {
    if (at(p) != '"') {
      throw RecordBinders.NOT_PLAIN;
    }
    int start = p + 1;
    if (expect < names.length && nameAt(names[expect], start)) {
      p = start + names[expect].length + 2;
      return expect;
    }
    // a property left out: the next one is most likely further on
    for (int k = 1; k < names.length; k++) {
      int i = expect + k;
      if (i >= names.length) {
        i -= names.length;
      }
      if (nameAt(names[i], start)) {
        p = start + names[i].length + 2;
        return i;
      }
    }
    throw RecordBinders.NOT_PLAIN;
  }

  /** Whether {@code b[at ..]} is {@code name}, its closing quote and a colon. */
  private boolean nameAt(byte[] name, int at) {
    int end = at + name.length;
    return end + 1 < lim && b[end] == '"' && b[end + 1] == ':' && same(name, at);
  }

  // ---- value readers, called by the binders' ByteBinders with p at the value's first byte ----

  /** A JSON string without escapes or control characters, its UTF-8 checked strictly. */
  String string() {
    if (at(p) != '"') {
      throw RecordBinders.NOT_PLAIN;
    }
    int start = p + 1;
    int i = start;
    boolean ascii = true;
    while (true) {
      int c = at(i);
      if (c == '"') {
        break;
      }
      if (c >= 0x20) {
        if (c == '\\') {
          throw RecordBinders.NOT_PLAIN; // escapes are Jackson's
        }
        i++;
      } else if (c >= 0) {
        throw RecordBinders.NOT_PLAIN; // a control character: an error for Jackson
      } else {
        i = multiByte(i, c & 0xFF);
        ascii = false;
      }
    }
    p = i + 1;
    return new String(
        b, start, i - start, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
  }

  /**
   * Checks the strictly valid UTF-8 sequence led by {@code lead} at {@code i} (no overlong form, no
   * surrogate, nothing above U+10FFFF, all within the line) and returns the index after it.
   */
  private int multiByte(int i, int lead) {
    if (lead < 0xC2) {
      throw RecordBinders.NOT_PLAIN; // a continuation byte without a lead, or overlong
    }
    if (lead < 0xE0) {
      cont(i + 1);
      return i + 2;
    }
    if (lead < 0xF0) {
      int c1 = cont(i + 1);
      cont(i + 2);
      if ((lead == 0xE0 && c1 < 0xA0) || (lead == 0xED && c1 >= 0xA0)) {
        throw RecordBinders.NOT_PLAIN; // overlong, or a surrogate
      }
      return i + 3;
    }
    if (lead < 0xF5) {
      int c1 = cont(i + 1);
      cont(i + 2);
      cont(i + 3);
      if ((lead == 0xF0 && c1 < 0x90) || (lead == 0xF4 && c1 >= 0x90)) {
        throw RecordBinders.NOT_PLAIN; // overlong, or above U+10FFFF
      }
      return i + 4;
    }
    throw RecordBinders.NOT_PLAIN;
  }

  /** The continuation byte at {@code i}, unsigned; not plain when it is none. */
  private int cont(int i) {
    int c = at(i) & 0xFF;
    if ((c & 0xC0) != 0x80) {
      throw RecordBinders.NOT_PLAIN;
    }
    return c;
  }

  /** {@code true} or {@code false}. */
  Object bool() {
    byte c = at(p);
    if (c == 't' && literal(TRUE)) {
      return Boolean.TRUE;
    }
    if (c == 'f' && literal(FALSE)) {
      return Boolean.FALSE;
    }
    throw RecordBinders.NOT_PLAIN;
  }

  private boolean literal(byte[] word) {
    int end = p + word.length;
    if (end > lim || !Arrays.equals(b, p, end, word, 0, word.length)) {
      return false;
    }
    p = end;
    return true;
  }

  /** A JSON integer of at most 9 digits, no {@code -0}; what follows is checked by the caller. */
  Object intValue() {
    return (int) digits(9);
  }

  /** A JSON integer of at most 18 digits, no {@code -0}; what follows is checked by the caller. */
  Object longValue() {
    return digits(18);
  }

  /**
   * An optional minus and 1 to {@code max} digits without a leading zero (or a lone {@code 0}).
   * More digits, a fraction or an exponent leave a digit, {@code .}, {@code e} or {@code E} at
   * {@code p}, which the caller's separator check refuses.
   */
  private long digits(int max) {
    int i = p;
    boolean negative = false;
    if (at(i) == '-') {
      negative = true;
      i++;
    }
    int d = at(i) - '0';
    if (d == 0) {
      if (negative) {
        throw RecordBinders.NOT_PLAIN; // -0: Jackson's
      }
      p = i + 1;
      return 0;
    }
    if (d < 1 || d > 9) {
      throw RecordBinders.NOT_PLAIN;
    }
    long v = d;
    int end = Math.min(lim, i + max);
    i++;
    while (i < end && (d = b[i] - '0') >= 0 && d <= 9) {
      v = v * 10 + d;
      i++;
    }
    p = i;
    return negative ? -v : v;
  }

  /**
   * A JSON number of at most 18 digits in all, an optional fraction and no exponent, no {@code -0}
   * (nor {@code -0.5}: Jackson's), as {@code JsonParser.getDecimalValue()} gives it: the digits
   * with the scale of the fraction written, {@code 12.50} has scale 2.
   */
  Object decimal() {
    int i = p;
    boolean negative = false;
    if (at(i) == '-') {
      negative = true;
      i++;
    }
    int d = at(i) - '0';
    if (d < 0 || d > 9 || (d == 0 && negative)) {
      throw RecordBinders.NOT_PLAIN;
    }
    long v = d;
    int count = 1;
    i++;
    if (d != 0) {
      while (i < lim && count < 18 && (d = b[i] - '0') >= 0 && d <= 9) {
        v = v * 10 + d;
        count++;
        i++;
      }
    }
    int scale = 0;
    if (i < lim && b[i] == '.') {
      i++;
      while (i < lim && count < 18 && (d = b[i] - '0') >= 0 && d <= 9) {
        v = v * 10 + d;
        count++;
        scale++;
        i++;
      }
      if (scale == 0) {
        throw RecordBinders.NOT_PLAIN; // "1." or a fraction past 18 digits
      }
    }
    p = i;
    return BigDecimal.valueOf(negative ? -v : v, scale);
  }

  /**
   * A JSON array of values read by {@code element}: a hash set, as the Jackson binders make it, or
   * an immutable list. Every record copies its lists with {@code List.copyOf}, which keeps an
   * immutable list as it is, so the record holds the same list as from the binders' {@code
   * ArrayList}, without the list and its copy.
   */
  Object array(ByteBinder element, boolean set) {
    if (at(p) != '[') {
      throw RecordBinders.NOT_PLAIN;
    }
    p++;
    if (at(p) == ']') {
      p++;
      return set ? new HashSet<>() : List.of();
    }
    if (set) {
      Collection<Object> out = new HashSet<>();
      while (true) {
        out.add(element.read(this));
        if (endOfArray()) {
          return out;
        }
      }
    }
    int depth = listDepth++;
    try {
      if (depth == lists.length) {
        lists = Arrays.copyOf(lists, depth * 2);
      }
      Object[] tmp = lists[depth];
      if (tmp == null) {
        tmp = new Object[8];
        lists[depth] = tmp;
      }
      int n = 0;
      do {
        Object v = element.read(this);
        if (n == tmp.length) {
          tmp = Arrays.copyOf(tmp, n * 2);
          lists[depth] = tmp;
        }
        tmp[n++] = v;
      } while (!endOfArray());
      List<Object> out =
          switch (n) {
            case 1 -> List.of(tmp[0]);
            case 2 -> List.of(tmp[0], tmp[1]);
            default -> List.of(Arrays.copyOf(tmp, n));
          };
      Arrays.fill(tmp, 0, n, null);
      return out;
    } finally {
      listDepth--;
    }
  }

  /** After an element: true at {@code ]}, false at {@code ,}; anything else is not plain. */
  private boolean endOfArray() {
    byte c = at(p++);
    if (c == ']') {
      return true;
    }
    if (c != ',') {
      throw RecordBinders.NOT_PLAIN;
    }
    return false;
  }

  /** A nested record object. */
  Object object(ObjectBinder ob) {
    if (at(p) != '{') {
      throw RecordBinders.NOT_PLAIN;
    }
    p++;
    Object[] args = args(ob);
    if (at(p) == '}') {
      p++;
      return ob.construct(args);
    }
    return fields(ob, args);
  }

  /** The constant whose name is the string at {@code p}; any other text is not plain. */
  Object constant(byte[][] names, Object[] constants) {
    if (at(p) != '"') {
      throw RecordBinders.NOT_PLAIN;
    }
    int start = p + 1;
    for (int i = 0; i < names.length; i++) {
      if (closedString(names[i], start)) {
        p = start + names[i].length + 1;
        return constants[i];
      }
    }
    throw RecordBinders.NOT_PLAIN;
  }
}
