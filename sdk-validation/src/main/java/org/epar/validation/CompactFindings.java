package org.epar.validation;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * An immutable list of findings kept compactly, for a store that holds many reports' findings in
 * memory: per finding a rule slot (rule id, severity, citation and message templates, shared by the
 * list), its location, observed value, threshold and count, and its two messages as the few values
 * that fill the rule's message placeholders (most of them the observed value, the threshold or the
 * object id, referred to instead of copied); the message texts are rendered again when a finding is
 * read. A message that does not follow its rule's template in the standard catalog (progress
 * messages, custom rules) is kept as it is.
 *
 * <p>{@link #get(int)} returns a finding equal to the one given to {@link #of}: the split of a
 * message into template and values is exact by construction (the values are the message's text
 * between the template's literal parts), so reading renders the same text. Each read builds a new
 * {@link Finding}; a caller that reads a finding often keeps it.
 *
 * <p>Thread-safe (immutable after construction).
 *
 * @since 0.3.0
 */
public final class CompactFindings extends AbstractList<Finding> implements RandomAccess {

  /** A message code: the message follows the template; the values' codes follow. */
  private static final int TEMPLATE = -5;

  /** A message code: the message is kept whole; its string's index follows. */
  private static final int LITERAL = -4;

  /** A value code: the object id of the finding's location. */
  private static final int OBJECT_ID = -3;

  /** A value code: the threshold. */
  private static final int THRESHOLD = -2;

  /** A value code: the observed value. */
  private static final int OBSERVED = -1;

  private static final CompactFindings EMPTY = new CompactFindings(List.of());

  /** What findings of one rule, severity and citation share. */
  private record Slot(
      String ruleId,
      Severity severity,
      Citation citation,
      @Nullable Template en,
      @Nullable Template zh) {}

  /**
   * A message template split at its placeholders as {@code FindingSink} fills it: the literal
   * texts around the {@code {name}} placeholders (an unclosed {@code {} is literal text).
   */
  private record Template(String[] literals) {

    static Template parse(String template) {
      List<String> literals = new ArrayList<>();
      int i = 0;
      while (true) {
        int open = template.indexOf('{', i);
        int close = open < 0 ? -1 : template.indexOf('}', open);
        if (open < 0 || close < 0) {
          literals.add(template.substring(i));
          return new Template(literals.toArray(new String[0]));
        }
        literals.add(template.substring(i, open));
        i = close + 1;
      }
    }

    int values() {
      return literals.length - 1;
    }
  }

  private final Slot[] slots;
  private final int[] slot;
  private final Location[] location;
  private final String[] observed;
  private final String[] threshold;
  private final @Nullable LocalDate[] deadline;
  private final int[] count;
  private final @Nullable Map<Integer, List<Location>> related;
  private final int[] codeStart;
  private final int[] codes;
  private final String[] strings;

  private CompactFindings(Collection<? extends Finding> findings) {
    int n = findings.size();
    slot = new int[n];
    location = new Location[n];
    observed = new String[n];
    threshold = new String[n];
    deadline = new LocalDate[n];
    count = new int[n];
    codeStart = new int[n + 1];
    Builder b = new Builder(n);
    Map<Integer, List<Location>> rel = null;
    int i = 0;
    for (Finding f : findings) {
      Objects.requireNonNull(f, "finding");
      int s = b.slot(f);
      slot[i] = s;
      location[i] = f.location();
      observed[i] = f.observed();
      threshold[i] = b.dedupe(f.threshold());
      deadline[i] = f.deadline();
      count[i] = f.count();
      if (!f.related().isEmpty()) {
        if (rel == null) {
          rel = new HashMap<>();
        }
        rel.put(i, f.related());
      }
      codeStart[i] = b.codes.size();
      b.message(f, f.messageEn(), b.slots.get(s).en());
      b.message(f, f.messageZh(), b.slots.get(s).zh());
      i++;
    }
    codeStart[n] = b.codes.size();
    related = rel;
    slots = b.slots.toArray(new Slot[0]);
    codes = b.codes.toArray();
    strings = b.strings.toArray(new String[0]);
  }

  /**
   * The findings, kept compactly; a list this method made is returned as it is.
   *
   * @param findings findings, in the order to keep
   * @return an immutable list equal to {@code findings}
   * @throws NullPointerException if a finding is null
   */
  public static CompactFindings of(Collection<? extends Finding> findings) {
    if (findings instanceof CompactFindings c) {
      return c;
    }
    return findings.isEmpty() ? EMPTY : new CompactFindings(findings);
  }

  @Override
  public int size() {
    return slot.length;
  }

  @Override
  public Finding get(int index) {
    Objects.checkIndex(index, slot.length);
    Slot s = slots[slot[index]];
    int[] at = {codeStart[index]};
    String en = render(index, s.en(), at);
    String zh = render(index, s.zh(), at);
    List<Location> rel = related == null ? null : related.get(index);
    return new Finding(
        s.ruleId(),
        s.severity(),
        location[index],
        observed[index],
        threshold[index],
        deadline[index],
        en,
        zh,
        s.citation(),
        count[index],
        rel == null ? List.of() : rel);
  }

  /** How many distinct texts the list keeps besides its findings' own values (for tests). */
  int keptTexts() {
    return strings.length;
  }

  private String render(int index, @Nullable Template template, int[] at) {
    int kind = codes[at[0]++];
    if (kind == LITERAL || template == null) {
      return strings[codes[at[0]++]];
    }
    String[] literals = template.literals();
    StringBuilder b = new StringBuilder(64);
    b.append(literals[0]);
    for (int k = 1; k < literals.length; k++) {
      int code = codes[at[0]++];
      b.append(
              switch (code) {
                case OBSERVED -> observed[index];
                case THRESHOLD -> threshold[index];
                case OBJECT_ID -> location[index].objectId();
                default -> strings[code];
              })
          .append(literals[k]);
    }
    return b.toString();
  }

  /** The tables while a list is built. */
  private static final class Builder {
    final List<Slot> slots = new ArrayList<>();
    final Map<Slot, Integer> slotIndex = new HashMap<>();
    final Map<String, Template> templates = new HashMap<>();
    final IntArray codes;
    final List<String> strings = new ArrayList<>();
    final Map<String, Integer> stringIndex = new HashMap<>();
    final Map<String, String> dedupe = new HashMap<>();

    Builder(int n) {
      codes = new IntArray(Math.min(n, 65_536) * 8 + 8);
    }

    int slot(Finding f) {
      RuleDescriptor d = RuleCatalog.standard().find(f.ruleId()).orElse(null);
      Slot s =
          new Slot(
              f.ruleId(),
              f.severity(),
              f.citation(),
              d == null ? null : template(d.messageEn()),
              d == null ? null : template(d.messageZh()));
      Integer i = slotIndex.get(s);
      if (i == null) {
        i = slots.size();
        slots.add(s);
        slotIndex.put(s, i);
      }
      return i;
    }

    private Template template(String text) {
      return templates.computeIfAbsent(text, Template::parse);
    }

    String dedupe(String s) {
      if (s.isEmpty()) {
        return "";
      }
      String d = dedupe.putIfAbsent(s, s);
      return d == null ? s : d;
    }

    int string(String s) {
      Integer i = stringIndex.get(s);
      if (i == null) {
        i = strings.size();
        strings.add(s);
        stringIndex.put(s, i);
      }
      return i;
    }

    /** Appends a message's codes: its template values if it follows the template, else itself. */
    void message(Finding f, String message, @Nullable Template template) {
      int mark = codes.size();
      if (template != null) {
        codes.add(TEMPLATE);
        if (values(f, message, template.literals())) {
          return;
        }
        codes.truncate(mark);
      }
      codes.add(LITERAL);
      codes.add(string(message));
    }

    /**
     * Appends the codes of the values between the literal parts, or returns false when the message
     * does not start and end with the template's first and last literal parts in order.
     */
    private boolean values(Finding f, String message, String[] literals) {
      int last = literals.length - 1;
      if (!message.startsWith(literals[0])) {
        return false;
      }
      if (last == 0) {
        return message.length() == literals[0].length();
      }
      int pos = literals[0].length();
      int end = message.length() - literals[last].length();
      if (end < pos || !message.startsWith(literals[last], end)) {
        return false;
      }
      for (int k = 1; k <= last; k++) {
        int next;
        if (k == last) {
          next = end;
        } else {
          next = message.indexOf(literals[k], pos);
          if (next < 0 || next > end) {
            return false;
          }
        }
        codes.add(value(f, message, pos, next));
        pos = next + (k == last ? 0 : literals[k].length());
        if (pos > end) {
          return false;
        }
      }
      return true;
    }

    private int value(Finding f, String message, int from, int to) {
      int length = to - from;
      if (same(message, from, length, f.observed())) {
        return OBSERVED;
      }
      if (same(message, from, length, f.threshold())) {
        return THRESHOLD;
      }
      if (same(message, from, length, f.location().objectId())) {
        return OBJECT_ID;
      }
      return string(message.substring(from, to));
    }

    private static boolean same(String message, int from, int length, String value) {
      return value.length() == length && message.regionMatches(from, value, 0, length);
    }
  }

  /** A growable {@code int[]}. */
  private static final class IntArray {
    private int[] a;
    private int size;

    IntArray(int capacity) {
      a = new int[Math.max(8, capacity)];
    }

    void add(int v) {
      if (size == a.length) {
        a = java.util.Arrays.copyOf(a, a.length * 2);
      }
      a[size++] = v;
    }

    int size() {
      return size;
    }

    void truncate(int newSize) {
      size = newSize;
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(a, size);
    }
  }
}
