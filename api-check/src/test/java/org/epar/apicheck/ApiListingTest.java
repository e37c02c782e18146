package org.epar.apicheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.epar.apicheck.fixture.Leaky;
import org.epar.apicheck.fixture.Sample;
import org.epar.apicheck.fixture.internal.Internal;
import org.junit.jupiter.api.Test;

/** What the listing contains, on fixture classes whose every member is known. */
class ApiListingTest {

  @Test
  void describe_listsPublicAndProtectedMembersOfAnExtensibleClass_sorted() {
    assertEquals(
        "public class org.epar.apicheck.fixture.Sample<T extends java.lang.Comparable<T>>"
            + " implements java.lang.Comparable<org.epar.apicheck.fixture.Sample<T>> {\n"
            + "  protected int count\n"
            + "  protected org.epar.apicheck.fixture.Sample(int)\n"
            + "  public T first(java.util.List<? extends T>)\n"
            + "  public int compareTo(org.epar.apicheck.fixture.Sample<T>)\n"
            + "  public org.epar.apicheck.fixture.Sample()\n"
            + "  public static final java.lang.String NAME\n"
            + "}\n\n",
        ApiListing.describe(Sample.class));
  }

  @Test
  void describe_listsARecordsAccessorsAndCanonicalConstructor() {
    String block = ApiListing.describe(Sample.Pair.class);
    assertTrue(
        block.startsWith("public static record org.epar.apicheck.fixture.Sample$Pair {\n"), block);
    assertTrue(block.contains("  public java.lang.String left()\n"), block);
    assertTrue(
        block.contains(
            "  public org.epar.apicheck.fixture.Sample$Pair(java.lang.String,java.lang.String)\n"),
        block);
  }

  @Test
  void isApi_excludesInternalPackagesAndNonPublicNestedClasses() throws Exception {
    assertTrue(ApiListing.isApi(Sample.class));
    assertTrue(ApiListing.isApi(Sample.Pair.class));
    assertFalse(ApiListing.isApi(Internal.class));
    assertFalse(ApiListing.isApi(Class.forName("org.epar.apicheck.fixture.Sample$Hidden")));
  }

  @Test
  void leaks_namesAMemberWhoseSignatureMentionsAnInternalType() {
    String listing = ApiListing.describe(Leaky.class) + ApiListing.describe(Sample.class);
    assertEquals(
        List.of(
            "org.epar.apicheck.fixture.Leaky: public static"
                + " org.epar.apicheck.fixture.internal.Internal leak()"),
        PublicApiTest.leaks(listing));
    assertEquals(List.of(), PublicApiTest.leaks(ApiListing.describe(Sample.class)));
  }

  @Test
  void of_listsEveryApiClassOfALocation_andNothingElse() throws Exception {
    Path classes =
        Path.of(Sample.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    String listing = ApiListing.of(classes, getClass().getClassLoader());
    assertTrue(listing.contains("class org.epar.apicheck.fixture.Sample<"), listing);
    assertTrue(listing.contains("record org.epar.apicheck.fixture.Sample$Pair {"), listing);
    assertFalse(listing.contains("fixture.internal.Internal {"), listing);
    assertFalse(listing.contains("Sample$Hidden"), listing);
    // the test classes themselves are package-private: not API
    assertFalse(listing.contains("ApiListingTest"), listing);
  }
}
