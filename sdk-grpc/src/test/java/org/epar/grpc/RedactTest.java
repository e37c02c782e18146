package org.epar.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.epar.core.privacy.Masking;
import org.junit.jupiter.api.Test;

/** What the server echoes of client text: exact masking and length boundaries. */
class RedactTest {

  @Test
  void digitRuns_ofEightAreKept_ofNineAreMasked() {
    assertEquals("T-20180402-5", Masking.echo("T-20180402-5"));
    assertEquals("id-*********", Masking.echo("id-123456789"));
    assertEquals("******************", Masking.echo("11010519491231002X"));
    assertEquals("tel ***********", Masking.echo("tel 13812345678"));
    assertEquals("tel *************", Masking.echo("tel 138 1234 5678"));
    assertEquals("tel *************", Masking.echo("tel 138-1234-5678"));
    assertEquals("********************", Masking.echo("110105 19491231 002X"));
  }

  @Test
  void nonAsciiCharacters_areMaskedOnePerCodePoint() {
    assertEquals("name ***", Masking.echo("name 张三丰"));
    assertEquals("a*b", Masking.echo("a\uD83D\uDE00b"));
    assertEquals("a*b", Masking.echo("a\nb"));
  }

  @Test
  void echo_of64CharactersIsKept_65IsCutWithAnEllipsis() {
    String s64 = "a".repeat(64);
    assertEquals(s64, Masking.echo(s64));
    assertEquals(s64 + "…", Masking.echo(s64 + "b"));
    assertEquals(s64 + "…", Masking.echo("a".repeat(3_000_000)));
  }

  @Test
  void paths_areMaskedSegmentBySegment() {
    assertEquals(
        "disbursement/" + "x".repeat(64) + "…/amount",
        Masking.echoPath("disbursement/" + "x".repeat(500) + "/amount"));
    assertEquals("site/***/name", Masking.echoPath("site/张三丰/name"));
  }

  @Test
  void messages_keepChineseText_maskNumbers_cutLongWords() {
    assertEquals("金额不能为负数。", Masking.message("金额不能为负数。", 200));
    assertEquals("值 ************** 无效", Masking.message("值 13812345678901 无效", 200));
    assertEquals(
        "v " + "9".repeat(8) + " x " + "y".repeat(64) + "…",
        Masking.message("v 99999999 x " + "y".repeat(100), 200));
    assertEquals("ab…", Masking.message("abc", 2));
  }
}
