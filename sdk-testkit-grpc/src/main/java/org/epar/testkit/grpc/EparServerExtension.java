package org.epar.testkit.grpc;

import io.grpc.inprocess.InProcessChannelBuilder;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.grpc.EparClient;
import org.epar.grpc.EparServer;
import org.epar.grpc.InMemorySubmissionStore;
import org.epar.grpc.ProfileReportValidator;
import org.epar.grpc.StaticTokenAuthenticator;
import org.epar.grpc.spi.Principal;
import org.epar.grpc.spi.ReportValidator;
import org.epar.validation.Profile;
import org.epar.validation.Profiles;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that runs an in-process {@link EparServer} for a test class: an {@link
 * InMemorySubmissionStore}, a {@link ProfileReportValidator} and static bearer tokens, so a test
 * submits real reports through the real protocol with nothing installed.
 *
 * <pre>{@code
 * class MyUploadTest {
 *   static final CreditCode ME = CreditCode.of("91130425MA0A1B2C3P");
 *
 *   @RegisterExtension
 *   static EparServerExtension server = EparServerExtension.builder()
 *       .token("t", ME)
 *       .profile(Profiles.builtIn("daming-2017"))
 *       .build();
 *
 *   @Test
 *   void monthlyReportIsAccepted(EparClient client) {
 *     Submission s = client.submitMonthly(myMonthlyReport(ME), "2018-03");
 *     assertEquals(SubmissionState.SUBMISSION_STATE_ACCEPTED, s.getState());
 *     assertEquals(1, server.store().size());
 *   }
 * }
 * }</pre>
 *
 * <p>Registered on a {@code static} field or with {@code @ExtendWith(EparServerExtension.class)},
 * the server starts before the class's first test and stops after its last, so the store
 * accumulates across tests ({@link #store()}); on an instance field it runs per test.
 * {@code @ExtendWith(EparServerExtension.class)} uses the defaults: token {@value #DEFAULT_TOKEN}
 * for {@link #DEFAULT_CONTRACTOR}, {@code daming-2017} for every county.
 *
 * <p>Test methods, constructors and lifecycle methods may declare parameters of type {@link
 * EparClient} (a client with the first token, Chinese messages), {@link InMemorySubmissionStore}
 * and {@code EparServerExtension}. Clients are closed when the server stops.
 *
 * @since 0.1.0
 */
public final class EparServerExtension
    implements BeforeAllCallback,
        AfterAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        ParameterResolver {

  /** The token of the default configuration. */
  public static final String DEFAULT_TOKEN = "test-token";

  /** The contractor of the default configuration: a valid unified social credit code in Daming. */
  public static final CreditCode DEFAULT_CONTRACTOR = CreditCode.of("91130425MA0A1B2C3P");

  private final Map<String, Principal> tokens;
  private final ReportValidator validator;
  private final @Nullable Clock clock;
  private final String name = "epar-test-" + UUID.randomUUID();
  private final List<EparClient> clients = new ArrayList<>();
  private @Nullable EparServer server;
  private @Nullable InMemorySubmissionStore store;
  private boolean perTest;

  /**
   * The default configuration, for {@code @ExtendWith(EparServerExtension.class)}: token {@value
   * #DEFAULT_TOKEN} for {@link #DEFAULT_CONTRACTOR} with both scopes, {@code daming-2017} as the
   * profile of every county, the system clock.
   */
  public EparServerExtension() {
    this(builder());
  }

  private EparServerExtension(Builder b) {
    Map<String, Principal> t = new LinkedHashMap<>(b.tokens);
    if (t.isEmpty()) {
      t.put(DEFAULT_TOKEN, Principal.allScopes(DEFAULT_CONTRACTOR));
    }
    this.tokens = t;
    if (b.validator != null) {
      this.validator = b.validator;
    } else {
      ProfileReportValidator.Builder v = ProfileReportValidator.builder();
      b.byCounty.forEach(v::profile);
      if (b.defaultProfile != null) {
        v.defaultProfile(b.defaultProfile);
      } else if (b.byCounty.isEmpty()) {
        v.defaultProfile(Profiles.builtIn("daming-2017"));
      }
      this.validator = v.build();
    }
    this.clock = b.clock;
  }

  /**
   * A builder for {@code @RegisterExtension}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (server == null) {
      perTest = true; // registered on an instance field: beforeAll was not called
      start();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (perTest) {
      stop();
    }
  }

  private synchronized void start() {
    if (server != null) {
      return;
    }
    InMemorySubmissionStore s = new InMemorySubmissionStore();
    EparServer.Builder b =
        EparServer.builder()
            .inProcess(name)
            .store(s)
            .authenticator(StaticTokenAuthenticator.fromMap(tokens))
            .validator(validator);
    if (clock != null) {
      b.clock(clock);
    }
    this.store = s;
    this.server = b.build().start();
  }

  private synchronized void stop() {
    clients.forEach(EparClient::close);
    clients.clear();
    if (server != null) {
      server.close();
    }
    server = null;
    perTest = false;
  }

  /**
   * The store of the running server.
   *
   * @return the store
   * @throws IllegalStateException if the server is not running
   */
  public synchronized InMemorySubmissionStore store() {
    if (store == null || server == null) {
      throw new IllegalStateException("the EPAR test server is not running");
    }
    return store;
  }

  /**
   * A new client of the running server with the first token, messages in Chinese; closed when the
   * server stops.
   *
   * @return the client
   * @throws IllegalStateException if the server is not running
   */
  public EparClient client() {
    return client(tokens.keySet().iterator().next(), Locale.SIMPLIFIED_CHINESE);
  }

  /**
   * A new client of the running server; closed when the server stops.
   *
   * @param token the bearer token, one given to {@link Builder#token} or any other (to test
   *     UNAUTHENTICATED)
   * @param language the language of error messages and findings
   * @return the client
   * @throws IllegalStateException if the server is not running
   */
  public synchronized EparClient client(String token, Locale language) {
    if (server == null) {
      throw new IllegalStateException("the EPAR test server is not running");
    }
    EparClient c =
        EparClient.builder()
            .channel(InProcessChannelBuilder.forName(name).build())
            .credentials(token)
            .language(language)
            .build();
    clients.add(c);
    return c;
  }

  /**
   * The in-process server name, for a raw gRPC channel ({@code
   * InProcessChannelBuilder.forName(server.serverName())}).
   *
   * @return the name
   */
  public String serverName() {
    return name;
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == EparClient.class
        || type == InMemorySubmissionStore.class
        || type == EparServerExtension.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    start(); // a constructor or @BeforeAll parameter may be resolved before the callbacks run
    Class<?> type = parameter.getParameter().getType();
    if (type == EparClient.class) {
      return client();
    }
    if (type == InMemorySubmissionStore.class) {
      return store();
    }
    if (type == EparServerExtension.class) {
      return this;
    }
    throw new ParameterResolutionException("cannot resolve " + type.getName());
  }

  /**
   * Configures an {@link EparServerExtension}. Without tokens: {@value #DEFAULT_TOKEN} for {@link
   * #DEFAULT_CONTRACTOR}; without profiles or validator: {@code daming-2017} for every county. Not
   * thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final Map<String, Principal> tokens = new LinkedHashMap<>();
    private final Map<DivisionCode, Profile> byCounty = new LinkedHashMap<>();
    private @Nullable Profile defaultProfile;
    private @Nullable ReportValidator validator;
    private @Nullable Clock clock;

    private Builder() {}

    /**
     * A bearer token for a contractor with both scopes; the first token is the one injected clients
     * use.
     *
     * @param token the token
     * @param contractor the contractor it authenticates
     * @return this builder
     */
    public Builder token(String token, CreditCode contractor) {
      return token(token, Principal.allScopes(Objects.requireNonNull(contractor, "contractor")));
    }

    /**
     * A bearer token for a principal, e.g. one with only {@link Principal#READ}.
     *
     * @param token the token
     * @param principal the principal it authenticates
     * @return this builder
     */
    public Builder token(String token, Principal principal) {
      tokens.put(
          Objects.requireNonNull(token, "token"), Objects.requireNonNull(principal, "principal"));
      return this;
    }

    /**
     * The profile for every county without its own ({@link
     * ProfileReportValidator.Builder#defaultProfile}).
     *
     * @param profile the profile, e.g. {@code Profiles.builtIn("daming-2017")}
     * @return this builder
     */
    public Builder profile(Profile profile) {
      this.defaultProfile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /**
     * The profile of one county. With county profiles and no {@link #profile(Profile)}, a report of
     * another county fails with {@code NO_PROFILE_FOR_SCOPE}.
     *
     * @param county the county
     * @param profile its profile
     * @return this builder
     */
    public Builder profile(DivisionCode county, Profile profile) {
      byCounty.put(
          Objects.requireNonNull(county, "county"), Objects.requireNonNull(profile, "profile"));
      return this;
    }

    /**
     * Another validator instead of a {@link ProfileReportValidator} from the profiles.
     *
     * @param value the validator
     * @return this builder
     */
    public Builder validator(ReportValidator value) {
      this.validator = Objects.requireNonNull(value, "validator");
      return this;
    }

    /**
     * The server's clock, which decides timeliness; default the system clock in China.
     *
     * @param value the clock, e.g. {@code Clock.fixed(...)}
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * Builds the extension; the server starts when the tests start.
     *
     * @return the extension
     */
    public EparServerExtension build() {
      return new EparServerExtension(this);
    }
  }
}
