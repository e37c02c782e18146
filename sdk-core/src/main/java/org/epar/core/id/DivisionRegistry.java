package org.epar.core.id;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.epar.core.EparException;

/**
 * The division codes that exist in one edition of the NBS statistical division codes (统计用区划代码),
 * with their names.
 *
 * <p>{@link #nbs2023()} is the registry shipped with the SDK: the provinces, cities, counties and
 * townships of the 2023 edition (data as of 2023-06-30). Villages are not shipped; load those you
 * need with {@link #withVillages(Path)}, which returns a new registry.
 *
 * <p>A code and its padded forms are the same entry: {@code 130425} and {@code 130425000000} are
 * both 大名县. Where the source data gives a county or township the 12-digit value of a higher level
 * (Dongguan 441900 is the city 4419; Jinmen 350527000 is the county 350527) there is one entry, at
 * the higher level. Lookups are O(1) and allocation-free (codes are hashed as {@code long} keys);
 * {@link #children(DivisionCode)} is O(number of children).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * DivisionRegistry nbs = DivisionRegistry.nbs2023();
 * nbs.name(DivisionCode.of("130425"));                    // Optional["大名县"]
 * DivisionRegistry withVillages = nbs.withVillages(Path.of("villages.csv"));
 * withVillages.contains(DivisionCode.of("130425100001")); // true
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DivisionRegistry {

  private static final String RESOURCE = "divisions-nbs2023.tsv";
  private static final String EDITION_TAG = "#edition\t";
  private static final int MAX_ENTRIES = 1 << 23;

  private final String edition;

  /** Keys sorted ascending. */
  private final long[] keys;

  /** Names by entry index. */
  private final String[] names;

  /** Open-addressing hash table: slot to entry index + 1, 0 when free. */
  private final int[] table;

  private final int mask;

  /** Children of entry i are childIndex[childStart[i] .. childStart[i + 1]), sorted by key. */
  private final int[] childStart;

  private final int[] childIndex;
  private final int[] sizes = new int[DivisionLevel.values().length];

  private DivisionRegistry(String edition, long[] unsortedKeys, String[] unsortedNames, int n) {
    if (n >= MAX_ENTRIES) {
      throw new IllegalArgumentException("too many divisions: " + n);
    }
    this.edition = edition;
    // Sort entries by key: key < 10^12 < 2^40, index < 2^23, so (key << 23 | index) fits in 63
    // bits.
    long[] packed = new long[n];
    for (int i = 0; i < n; i++) {
      packed[i] = unsortedKeys[i] << 23 | i;
    }
    Arrays.sort(packed);
    keys = new long[n];
    names = new String[n];
    for (int i = 0; i < n; i++) {
      int from = (int) (packed[i] & (MAX_ENTRIES - 1));
      keys[i] = unsortedKeys[from];
      names[i] = unsortedNames[from];
    }
    int capacity = Integer.highestOneBit(Math.max(4, n) * 2 - 1) << 1;
    table = new int[capacity];
    mask = capacity - 1;
    for (int i = 0; i < n; i++) {
      int slot = slot(keys[i]);
      while (table[slot] != 0) {
        if (keys[table[slot] - 1] == keys[i]) {
          throw new IllegalArgumentException("duplicate division " + DivisionKeys.format(keys[i]));
        }
        slot = (slot + 1) & mask;
      }
      table[slot] = i + 1;
    }
    int[] parentOf = new int[n];
    childStart = new int[n + 1];
    for (int i = 0; i < n; i++) {
      sizes[DivisionKeys.depth(keys[i])]++;
      long parent = DivisionKeys.parent(keys[i]);
      parentOf[i] = parent < 0 ? -1 : indexOf(parent);
      if (parentOf[i] >= 0) {
        childStart[parentOf[i] + 1]++;
      }
    }
    for (int i = 0; i < n; i++) {
      childStart[i + 1] += childStart[i];
    }
    childIndex = new int[childStart[n]];
    int[] fill = Arrays.copyOf(childStart, n);
    for (int i = 0; i < n; i++) {
      if (parentOf[i] >= 0) {
        childIndex[fill[parentOf[i]]++] = i;
      }
    }
  }

  /** Holder idiom: the shipped registry is loaded once, on first use, thread-safely. */
  private static final class Nbs2023 {
    static final DivisionRegistry INSTANCE = loadResource();
  }

  /**
   * The shipped registry of the NBS 2023 edition: 31 provinces, their cities, counties and
   * townships (no villages). Loaded once on first call.
   *
   * @return the shared registry
   * @throws DivisionDataException if the shipped resource is damaged
   */
  public static DivisionRegistry nbs2023() {
    return Nbs2023.INSTANCE;
  }

  private static DivisionRegistry loadResource() {
    InputStream in = DivisionRegistry.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new EparException("division resource missing: " + RESOURCE);
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      String edition = null;
      long[] keys = new long[50_000];
      String[] names = new String[50_000];
      int n = 0;
      int lineNo = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNo++;
        if (line.startsWith(EDITION_TAG)) {
          edition = line.substring(EDITION_TAG.length());
          continue;
        }
        if (line.isEmpty() || line.charAt(0) == '#') {
          continue;
        }
        int tab = line.indexOf('\t');
        long key = tab < 0 ? DivisionKeys.NO_KEY : DivisionKeys.digitsKey(line, 0, tab);
        if (key < 0 || !DivisionKeys.isValid(key) || tab == line.length() - 1) {
          throw new DivisionDataException(RESOURCE, lineNo, "expected code<TAB>name");
        }
        if (n == keys.length) {
          keys = Arrays.copyOf(keys, n * 2);
          names = Arrays.copyOf(names, n * 2);
        }
        keys[n] = key;
        names[n++] = line.substring(tab + 1);
      }
      if (edition == null) {
        throw new DivisionDataException(RESOURCE, lineNo, "no #edition line");
      }
      return new DivisionRegistry(edition, keys, names, n);
    } catch (IOException e) {
      throw new EparException("cannot read division resource " + RESOURCE, e);
    }
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  private int indexOf(long key) {
    if (key < 0) {
      return -1;
    }
    for (int slot = slot(key); table[slot] != 0; slot = (slot + 1) & mask) {
      int index = table[slot] - 1;
      if (keys[index] == key) {
        return index;
      }
    }
    return -1;
  }

  /**
   * The edition of the data, e.g. {@code NBS 2023 (2023-06-30)}.
   *
   * @return the edition, never null
   */
  public String edition() {
    return edition;
  }

  /**
   * Whether the registry knows the code. O(1), allocation-free.
   *
   * @param code the code, in any accepted form
   * @return {@code false} when the code is invalid or unknown
   * @throws NullPointerException if {@code code} is null
   */
  public boolean contains(DivisionCode code) {
    return indexOf(code.validKey()) >= 0;
  }

  /**
   * The name of a known code, e.g. 大名县 for {@code 130425}.
   *
   * @param code the code, in any accepted form
   * @return the name, or empty when the code is invalid or unknown
   * @throws NullPointerException if {@code code} is null
   */
  public Optional<String> name(DivisionCode code) {
    int index = indexOf(code.validKey());
    return index < 0 ? Optional.empty() : Optional.of(names[index]);
  }

  /**
   * The level of a known code.
   *
   * @param code the code, in any accepted form
   * @return the level, or empty when the code is invalid or unknown
   * @throws NullPointerException if {@code code} is null
   */
  public Optional<DivisionLevel> level(DivisionCode code) {
    return contains(code) ? code.level() : Optional.empty();
  }

  /**
   * Whether the registry knows the code at the given level, e.g. to check that a household's
   * village is a known village (CORE-ID-03, CORE-REF-01).
   *
   * @param code the code, in any accepted form
   * @param level the level the code must have
   * @return {@code true} when the code is known and at {@code level}
   * @throws NullPointerException if an argument is null
   */
  public boolean containsAt(DivisionCode code, DivisionLevel level) {
    return code.isAtLevel(level) && contains(code);
  }

  /**
   * How many divisions of a level the registry knows.
   *
   * @param level the level
   * @return the count; 0 for {@link DivisionLevel#VILLAGE} unless villages were loaded
   * @throws NullPointerException if {@code level} is null
   */
  public int size(DivisionLevel level) {
    return sizes[level.ordinal()];
  }

  /**
   * How many divisions the registry knows, all levels together.
   *
   * @return the count
   */
  public int size() {
    return keys.length;
  }

  /**
   * The known codes one level below a known code, in code order, in 12-digit form. The townships of
   * a prefecture without counties (Dongguan, Zhongshan, Danzhou) are children of the city.
   *
   * @param code the parent, in any accepted form
   * @return an immutable list; empty when the code is unknown or has no known children
   * @throws NullPointerException if {@code code} is null
   */
  public List<DivisionCode> children(DivisionCode code) {
    int index = indexOf(code.validKey());
    if (index < 0) {
      return List.of();
    }
    int from = childStart[index];
    int to = childStart[index + 1];
    DivisionCode[] children = new DivisionCode[to - from];
    for (int i = from; i < to; i++) {
      children[i - from] = new DivisionCode(DivisionKeys.format(keys[childIndex[i]]));
    }
    return List.of(children);
  }

  /**
   * All known codes of a level, in code order, in 12-digit form.
   *
   * @param level the level
   * @return an immutable list
   * @throws NullPointerException if {@code level} is null
   */
  public List<DivisionCode> codes(DivisionLevel level) {
    List<DivisionCode> codes = new ArrayList<>(sizes[level.ordinal()]);
    for (long key : keys) {
      if (DivisionKeys.depth(key) == level.ordinal()) {
        codes.add(new DivisionCode(DivisionKeys.format(key)));
      }
    }
    return List.copyOf(codes);
  }

  /**
   * A new registry that also knows the villages of a CSV file in UTF-8 (a byte order mark is
   * tolerated). See {@link #withVillages(Reader)} for the format.
   *
   * @param csv the file
   * @return a new registry; this one is unchanged
   * @throws DivisionDataException if a line is malformed, naming its line number
   * @throws EparException if the file cannot be read
   * @throws NullPointerException if {@code csv} is null
   */
  public DivisionRegistry withVillages(Path csv) {
    Objects.requireNonNull(csv, "csv");
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      return withVillages(reader, String.valueOf(csv.getFileName()));
    } catch (IOException e) {
      throw new EparException("cannot read villages file " + csv.getFileName(), e);
    }
  }

  /**
   * A new registry that also knows the villages read from {@code csv}.
   *
   * <p>The first line is a header whose first two columns are {@code code,name}; further columns
   * are ignored (e.g. {@code streetCode,provinceCode,...} as in the china-division package). Each
   * following line holds a valid 12-digit village-level code and a non-empty name, optionally in
   * double quotes ({@code ""} inside quotes is a quote). The village's township must be known to
   * this registry, and no code may appear twice. Empty lines are ignored; any other bad line
   * throws. A leading byte order mark is tolerated. The reader is not closed.
   *
   * @param csv the CSV text
   * @return a new registry; this one is unchanged
   * @throws DivisionDataException if a line is malformed, naming its line number
   * @throws EparException if reading fails
   * @throws NullPointerException if {@code csv} is null
   */
  public DivisionRegistry withVillages(Reader csv) {
    Objects.requireNonNull(csv, "csv");
    try {
      return withVillages(csv, "villages CSV");
    } catch (IOException e) {
      throw new EparException("cannot read villages CSV", e);
    }
  }

  private DivisionRegistry withVillages(Reader csv, String source) throws IOException {
    BufferedReader reader =
        csv instanceof BufferedReader buffered ? buffered : new BufferedReader(csv, 1 << 16);
    int n = keys.length;
    long[] allKeys = Arrays.copyOf(keys, n + 1024);
    String[] allNames = Arrays.copyOf(names, n + 1024);
    String[] fields = new String[2];
    String header = reader.readLine();
    if (header != null && !header.isEmpty() && header.charAt(0) == '\uFEFF') {
      header = header.substring(1);
    }
    if (header == null
        || splitTwo(header, fields) != null
        || !"code".equalsIgnoreCase(fields[0].strip())
        || !"name".equalsIgnoreCase(fields[1].strip())) {
      throw new DivisionDataException(source, 1, "header must start with code,name");
    }
    int lineNo = 1;
    // (key << 23 | ordinal) of this file's entries, and their line numbers, to find duplicates.
    long[] added = new long[1024];
    int[] addedLines = new int[1024];
    int addedCount = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNo++;
      if (line.isEmpty()) {
        continue;
      }
      String error = splitTwo(line, fields);
      if (error != null) {
        throw new DivisionDataException(source, lineNo, error);
      }
      String code = fields[0];
      long key = DivisionKeys.digitsKey(code, 0, code.length());
      if (code.length() != 12 || key < 0) {
        throw new DivisionDataException(source, lineNo, "code is not 12 digits");
      }
      if (!DivisionKeys.isValid(key)
          || DivisionKeys.depth(key) != DivisionLevel.VILLAGE.ordinal()) {
        throw new DivisionDataException(source, lineNo, "code is not a valid village-level code");
      }
      if (fields[1].isBlank()) {
        throw new DivisionDataException(source, lineNo, "name is empty");
      }
      if (indexOf(DivisionKeys.parent(key)) < 0) {
        throw new DivisionDataException(
            source,
            lineNo,
            "township " + DivisionKeys.format(DivisionKeys.parent(key)) + " is unknown");
      }
      if (indexOf(key) >= 0) {
        throw new DivisionDataException(source, lineNo, "code is already known");
      }
      if (allKeys.length == n) {
        allKeys = Arrays.copyOf(allKeys, n * 2);
        allNames = Arrays.copyOf(allNames, n * 2);
      }
      if (addedCount == added.length) {
        added = Arrays.copyOf(added, addedCount * 2);
        addedLines = Arrays.copyOf(addedLines, addedCount * 2);
      }
      if (addedCount >= MAX_ENTRIES) {
        throw new DivisionDataException(source, lineNo, "too many villages");
      }
      addedLines[addedCount] = lineNo;
      added[addedCount] = key << 23 | addedCount;
      addedCount++;
      allKeys[n] = key;
      allNames[n++] = fields[1];
    }
    Arrays.sort(added, 0, addedCount);
    for (int i = 1; i < addedCount; i++) {
      if (added[i] >>> 23 == added[i - 1] >>> 23) {
        int second = (int) (added[i] & (MAX_ENTRIES - 1));
        throw new DivisionDataException(source, addedLines[second], "duplicate code");
      }
    }
    return new DivisionRegistry(edition, allKeys, allNames, n);
  }

  /**
   * Splits the first two CSV fields of a line into {@code out}, unquoting them.
   *
   * @return null on success, else what is wrong
   */
  private static String splitTwo(String line, String[] out) {
    int pos = 0;
    int len = line.length();
    for (int f = 0; f < 2; f++) {
      if (pos > len) {
        return "expected at least two columns";
      }
      if (pos < len && line.charAt(pos) == '"') {
        StringBuilder sb = new StringBuilder();
        int i = pos + 1;
        while (true) {
          if (i >= len) {
            return "unterminated quoted field";
          }
          char c = line.charAt(i);
          if (c == '"') {
            if (i + 1 < len && line.charAt(i + 1) == '"') {
              sb.append('"');
              i += 2;
              continue;
            }
            break;
          }
          sb.append(c);
          i++;
        }
        i++; // closing quote
        if (i < len && line.charAt(i) != ',') {
          return "text after closing quote";
        }
        out[f] = sb.toString();
        pos = i + 1;
      } else {
        int comma = line.indexOf(',', pos);
        int end = comma < 0 ? len : comma;
        if (line.indexOf('"', pos) >= 0 && line.indexOf('"', pos) < end) {
          return "quote inside unquoted field";
        }
        out[f] = line.substring(pos, end);
        pos = end + 1;
      }
    }
    return null;
  }

  /**
   * A short description with the edition and the number of divisions per level.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "DivisionRegistry[" + edition + ", " + Arrays.toString(sizes) + "]";
  }
}
