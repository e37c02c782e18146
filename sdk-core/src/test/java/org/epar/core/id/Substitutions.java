package org.epar.core.id;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.function.Predicate;

/** The single-substitution property of a check character, shared by the identifier tests. */
final class Substitutions {

  private Substitutions() {}

  /**
   * Asserts that replacing any one character of a valid text by another character of the alphabet
   * makes it invalid. The failure message names the position, never the text (it may be a citizen
   * identity number).
   *
   * @param valid a valid text
   * @param alphabet the characters that may stand in it
   * @param isValid the validity test
   */
  static void assertEachInvalid(String valid, CharSequence alphabet, Predicate<String> isValid) {
    for (int pos = 0; pos < valid.length(); pos++) {
      for (int k = 0; k < alphabet.length(); k++) {
        char c = alphabet.charAt(k);
        if (c != valid.charAt(pos)) {
          String changed = valid.substring(0, pos) + c + valid.substring(pos + 1);
          assertFalse(isValid.test(changed), "substitution at position " + pos);
        }
      }
    }
  }
}
