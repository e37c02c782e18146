package org.epar.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The id a store takes when another replica holds the one the server drew. */
class NextIdTest {

  @Test
  void serverIds_countOnInHexOfTheSameWidth() {
    assertEquals("0000000000000010", JdbcSubmissionStore.nextId("000000000000000f", 0));
    assertEquals("0000000000000011", JdbcSubmissionStore.nextId("000000000000000f", 1));
    assertEquals("7fffffffffffffff", JdbcSubmissionStore.nextId("7ffffffffffffffe", 0));
    assertEquals("8000000000000000", JdbcSubmissionStore.nextId("7fffffffffffffff", 0));
  }

  @Test
  void atTheTopOfTheWidth_orForOtherIds_aSuffix() {
    assertEquals("ffffffffffffffff.1", JdbcSubmissionStore.nextId("ffffffffffffffff", 0));
    assertEquals("fffe.2", JdbcSubmissionStore.nextId("fffe", 1));
    assertEquals("fffe", JdbcSubmissionStore.nextId("fffd", 0));
    assertEquals("ABC.1", JdbcSubmissionStore.nextId("ABC", 0), "upper case is not the server's");
    assertEquals("sub-7.a", JdbcSubmissionStore.nextId("sub-7", 9));
    String longest = "i".repeat(64);
    assertEquals("i".repeat(60) + ".1", JdbcSubmissionStore.nextId(longest, 0));
  }
}
