package org.epar.samples;

/**
 * Where a sample's random choices come from: a whole number between two bounds, both included.
 *
 * <p>{@link BrokenCounties#breaking(String, long)} uses a seeded {@link
 * java.util.SplittableRandom}; a property-test library can pass its own recorded source instead, so
 * that the choices shrink.
 *
 * <pre>{@code
 * SplittableRandom rnd = new SplittableRandom(7);
 * Draws draws = (min, max) -> rnd.nextLong(min, max + 1);
 * }</pre>
 *
 * @since 0.2.0
 */
@FunctionalInterface
public interface Draws {

  /**
   * A number from {@code min} to {@code max}, both included.
   *
   * @param min the least value
   * @param max the greatest value, at least {@code min}
   * @return the number
   */
  long between(long min, long max);
}
