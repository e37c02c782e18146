package org.epar.store;

import static org.epar.store.StoreFixtures.A;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.inprocess.InProcessChannelBuilder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.epar.core.model.MonthlyReport;
import org.epar.grpc.EparClient;
import org.epar.grpc.EparRpcException;
import org.epar.grpc.EparServer;
import org.epar.grpc.StaticTokenAuthenticator;
import org.epar.grpc.TestReports;
import org.epar.grpc.spi.Principal;
import org.epar.grpc.spi.ValidationOutcome;
import org.epar.grpc.v1.ListSubmissionsResponse;
import org.epar.grpc.v1.Submission;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reporting server end to end on the JDBC store: restarts on the same H2 directory, and two
 * replicas on one PostgreSQL.
 */
class EparServerOnJdbcStoreTest {

  static final String TOKEN = "token-a";
  static final Clock CLOCK =
      Clock.fixed(
          ZonedDateTime.of(2018, 4, 3, 10, 0, 0, 0, EparServer.CHINA).toInstant(),
          EparServer.CHINA);

  @TempDir Path dir;
  final List<AutoCloseable> open = new ArrayList<>();
  int servers;

  @AfterEach
  void closeAll() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) {
      open.get(i).close();
    }
  }

  /** A started in-process server on the store, and its name. */
  String serve(JdbcSubmissionStore store) {
    String name = "epar-store-e2e-" + (++servers) + "-" + System.nanoTime();
    EparServer server =
        EparServer.builder()
            .inProcess(name)
            .store(store)
            .authenticator(StaticTokenAuthenticator.fromMap(Map.of(TOKEN, Principal.allScopes(A))))
            .validator((report, who) -> ValidationOutcome.of(List.of()))
            .clock(CLOCK)
            .pageTokenKey(
                "replicas-share-one-page-token-key"
                    .getBytes(
                        java.nio.charset.StandardCharsets
                            .UTF_8)) // as docs/operations.md tells replicas
            .build()
            .start();
    open.add(server);
    return name;
  }

  EparClient client(String serverName) {
    ManagedChannel channel = InProcessChannelBuilder.forName(serverName).build();
    open.add(channel::shutdownNow);
    EparClient c = EparClient.builder().channel(channel).credentials(TOKEN).build();
    open.add(c);
    return c;
  }

  @Test
  void restartOnTheSameDirectory_resendReturnsTheOriginalName_andListingHasEverything()
      throws Exception {
    MonthlyReport report = TestReports.monthly(A, "201803", 150_000_00L);
    JdbcSubmissionStore first = SubmissionStores.h2(dir);
    open.add(first);
    String name1 = serve(first);
    Submission original = client(name1).submitMonthly(report, "monthly-201803");
    Submission other =
        client(name1).submitMonthly(TestReports.monthly(A, "201802", 1L), "monthly-201802");
    // stop the server and the store: the process' memory is gone
    closeAll();
    open.clear();

    JdbcSubmissionStore reopened = SubmissionStores.h2(dir);
    open.add(reopened);
    EparClient c = client(serve(reopened));
    Submission resent = c.submitMonthly(report, "monthly-201803");
    assertEquals(original.getName(), resent.getName(), "idempotency survives the restart");
    assertEquals(original, resent, "the first result, field for field");
    assertEquals(original.getName(), c.getSubmission(original.getName()).getName());

    EparRpcException reused =
        assertThrows(
            EparRpcException.class,
            () -> c.submitMonthly(TestReports.monthly(A, "201803", 1L), "monthly-201803"));
    assertEquals(Status.Code.ALREADY_EXISTS, reused.code(), "same request id, other content");
    assertEquals("REQUEST_ID_REUSED", reused.reason());

    ListSubmissionsResponse page = c.listSubmissions(10, "");
    assertEquals(
        List.of(original.getName(), other.getName()),
        page.getSubmissionsList().stream().map(Submission::getName).toList());
    assertEquals(2, reopened.count());
  }

  @Test
  void twoReplicasOnOnePostgres_actAsOneService() {
    String database = EmbeddedPg.newDatabase();
    JdbcSubmissionStore storeA =
        SubmissionStores.postgres(EmbeddedPg.url(database), "postgres", "");
    open.add(storeA);
    JdbcSubmissionStore storeB =
        SubmissionStores.postgres(EmbeddedPg.url(database), "postgres", "");
    open.add(storeB);
    EparClient viaA = client(serve(storeA));
    EparClient viaB = client(serve(storeB));

    MonthlyReport report = TestReports.monthly(A, "201803", 150_000_00L);
    Submission first = viaA.submitMonthly(report, "monthly-201803");
    Submission resent = viaB.submitMonthly(report, "monthly-201803");
    assertEquals(first, resent, "the other replica answers the resend with the original");

    for (int m = 1; m <= 2; m++) {
      viaB.submitMonthly(TestReports.monthly(A, "20180" + m, m), "monthly-20180" + m);
    }
    ListSubmissionsResponse page1 = viaA.listSubmissions(2, "");
    assertNotEquals("", page1.getNextPageToken());
    ListSubmissionsResponse page2 = viaB.listSubmissions(2, page1.getNextPageToken());
    assertEquals(1, page2.getSubmissionsCount(), "a page token of one replica works on the other");
    assertEquals("", page2.getNextPageToken());
    assertEquals(3, storeA.count());
  }
}
