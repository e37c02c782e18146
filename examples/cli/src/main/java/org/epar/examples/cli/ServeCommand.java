package org.epar.examples.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.epar.grpc.EparServer;
import org.epar.grpc.InMemorySubmissionStore;
import org.epar.grpc.StaticTokenAuthenticator;
import org.epar.validation.Profile;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code epar serve}: the embedded reporting server with the in-memory store, for trying the
 * protocol. It listens on the loopback interface unless {@code --listen} names another address,
 * in plaintext unless {@code --tls-cert} and {@code --tls-key} are given ({@code --client-ca}
 * adds mutual TLS). Tokens come from a strictly parsed file (see {@link TokensFile}); a
 * production platform brings its own store and authenticator (see the platform-server example).
 */
@Command(name = "serve", mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {

  /** The address {@code epar serve} listens on without {@code --listen}. */
  static final String DEFAULT_HOST = "127.0.0.1";

  private final Messages msgs;

  @Spec private @Nullable CommandSpec spec;

  @Option(names = "--port", defaultValue = "8980", paramLabel = "N", descriptionKey = "serve.port")
  private int port = 8980;

  @Option(names = "--listen", paramLabel = "HOST[:PORT]", descriptionKey = "serve.listen")
  private @Nullable String listen;

  @Option(names = "--tokens", required = true, paramLabel = "FILE", descriptionKey = "serve.tokens")
  private Path tokens = Path.of("tokens.properties");

  @Option(names = {"-p", "--profile"}, defaultValue = "daming-2017", paramLabel = "PROFILE",
      descriptionKey = "serve.profile")
  private String profileId = "daming-2017";

  @Option(names = "--store-capacity", defaultValue = "10000", paramLabel = "N",
      descriptionKey = "serve.store-capacity")
  private int storeCapacity = InMemorySubmissionStore.DEFAULT_CAPACITY;

  @Option(names = "--tls-cert", paramLabel = "PEM", descriptionKey = "serve.tls-cert")
  private @Nullable Path tlsCert;

  @Option(names = "--tls-key", paramLabel = "PEM", descriptionKey = "serve.tls-key")
  private @Nullable Path tlsKey;

  @Option(names = "--client-ca", paramLabel = "PEM", descriptionKey = "serve.client-ca")
  private @Nullable Path clientCa;

  ServeCommand(Messages msgs) {
    this.msgs = msgs;
  }

  /**
   * What {@code epar serve} was asked to do, checked.
   *
   * @param address the address to listen on
   * @param tokensFile the tokens file
   * @param tlsCert the server certificate chain (PEM), or null for plaintext
   * @param tlsKey the server's private key (PKCS#8 PEM), or null for plaintext
   * @param clientCa the CA certificates of client certificates (PEM), or null for no mTLS
   * @param storeCapacity the most submissions the in-memory store keeps (then STORE_FULL)
   */
  record Settings(InetSocketAddress address, Path tokensFile, @Nullable Path tlsCert,
      @Nullable Path tlsKey, @Nullable Path clientCa, int storeCapacity) {

    /** Plaintext on the loopback interface, the store at its default capacity. */
    static Settings loopback(int port, Path tokensFile) {
      return new Settings(new InetSocketAddress(InetAddress.getLoopbackAddress(), port),
          tokensFile, null, null, null, InMemorySubmissionStore.DEFAULT_CAPACITY);
    }
  }

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = Objects.requireNonNull(spec).commandLine().getOut();
    if (storeCapacity < 1) {
      throw new Failures.CliException(msgs.get("serve.bad-capacity", storeCapacity));
    }
    Settings settings = new Settings(address(listen, port, msgs), tokens, tlsCert, tlsKey,
        clientCa, storeCapacity);
    checkTlsOptions(settings, msgs);
    EparServer server = start(settings, ProfileOption.resolve(profileId, msgs), msgs);
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "epar-serve-shutdown"));
    String mode = settings.clientCa() != null ? "mTLS" : settings.tlsCert() != null ? "TLS"
        : msgs.get("serve.plaintext");
    out.println(msgs.get("serve.listening",
        hostText(settings.address()) + ":" + server.port(), profileId, mode));
    out.flush();
    server.awaitTermination();
    return Epar.OK;
  }

  /**
   * The address of {@code --listen}: {@code HOST:PORT}, {@code [IPv6]:PORT}, or an address alone
   * (then with {@code port}); without {@code --listen}, the loopback address {@value
   * #DEFAULT_HOST} with {@code port}.
   */
  static InetSocketAddress address(@Nullable String listen, int port, Messages msgs) {
    String host = DEFAULT_HOST;
    int p = port;
    if (listen != null) {
      String text = listen.strip();
      String portText = null;
      if (text.startsWith("[")) {
        int close = text.indexOf(']');
        if (close < 0 || close + 1 < text.length() && text.charAt(close + 1) != ':') {
          throw new Failures.CliException(msgs.get("serve.bad-listen", listen));
        }
        host = text.substring(1, close);
        portText = close + 1 < text.length() ? text.substring(close + 2) : null;
      } else if (text.indexOf(':') >= 0 && text.indexOf(':') == text.lastIndexOf(':')) {
        host = text.substring(0, text.indexOf(':'));
        portText = text.substring(text.indexOf(':') + 1);
      } else {
        host = text;
      }
      if (host.isEmpty()) {
        throw new Failures.CliException(msgs.get("serve.bad-listen", listen));
      }
      if (portText != null) {
        p = parsePort(portText, listen, msgs);
      }
    }
    if (p < 0 || p > 65_535) {
      throw new Failures.CliException(msgs.get("serve.bad-port", String.valueOf(p)));
    }
    try {
      return new InetSocketAddress(InetAddress.getByName(host), p);
    } catch (UnknownHostException | SecurityException e) {
      throw new Failures.CliException(msgs.get("serve.unknown-host", host));
    }
  }

  private static int parsePort(String text, String listen, Messages msgs) {
    if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new Failures.CliException(msgs.get("serve.bad-listen", listen));
    }
    return Integer.parseInt(text);
  }

  /** Builds and starts a plaintext server on the loopback interface; the caller closes it. */
  static EparServer start(int port, Path tokensFile, Profile profile, Messages msgs) {
    return start(Settings.loopback(port, tokensFile), profile, msgs);
  }

  /**
   * Builds and starts the server; the caller closes it.
   *
   * @throws Failures.CliException with one clear line for a bad tokens file, an unreadable or
   *     invalid certificate or key, a port in use, or any other reason the server cannot start
   */
  static EparServer start(Settings settings, Profile profile, Messages msgs) {
    checkTlsOptions(settings, msgs);
    StaticTokenAuthenticator auth = StaticTokenAuthenticator.fromMap(
        TokensFile.read(settings.tokensFile(), msgs));
    EparServer.Builder builder = EparServer.builder()
        .listen(settings.address())
        .store(new InMemorySubmissionStore(settings.storeCapacity()))
        .authenticator(auth)
        .validator(ReportChecks.validator(profile));
    if (settings.tlsCert() != null) {
      File cert = readableCertificates(Objects.requireNonNull(settings.tlsCert()), msgs);
      File key = readableKey(Objects.requireNonNull(settings.tlsKey()), msgs);
      checkPair(settings.tlsCert(), settings.tlsKey(), msgs);
      if (settings.clientCa() != null) {
        builder.mutualTls(cert, key,
            readableCertificates(Objects.requireNonNull(settings.clientCa()), msgs));
      } else {
        builder.tls(cert, key);
      }
    }
    EparServer server;
    try {
      server = builder.build();
    } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      throw new Failures.CliException(msgs.get("serve.bad-tls", rootMessage(e)));
    }
    try {
      return server.start();
    } catch (RuntimeException e) {
      server.close();
      String where = hostText(settings.address()) + ":" + settings.address().getPort();
      if (causedBy(e, BindException.class) || messageSays(e, "Address already in use")) {
        throw new Failures.CliException(msgs.get("serve.port-in-use", where));
      }
      if (settings.tlsCert() != null && causedBy(e, javax.net.ssl.SSLException.class,
          java.security.GeneralSecurityException.class, IllegalArgumentException.class)) {
        throw new Failures.CliException(msgs.get("serve.bad-tls", rootMessage(e)));
      }
      throw new Failures.CliException(msgs.get("serve.cannot-start", where, rootMessage(e)));
    }
  }

  private static void checkTlsOptions(Settings s, Messages msgs) {
    if ((s.tlsCert() == null) != (s.tlsKey() == null)) {
      throw new Failures.CliException(msgs.get("serve.tls-pair"));
    }
    if (s.clientCa() != null && s.tlsCert() == null) {
      throw new Failures.CliException(msgs.get("serve.client-ca-needs-tls"));
    }
  }

  /** The file, after checking it can be read and holds at least one PEM X.509 certificate. */
  private static File readableCertificates(Path file, Messages msgs) {
    byte[] bytes = readAll(file, msgs);
    try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
      if (CertificateFactory.getInstance("X.509").generateCertificates(in).isEmpty()) {
        throw new Failures.CliException(msgs.get("serve.bad-certificate", file));
      }
    } catch (CertificateException | IOException e) {
      throw new Failures.CliException(msgs.get("serve.bad-certificate", file));
    }
    return file.toFile();
  }

  /** The file, after checking it can be read and holds a PEM private key. */
  private static File readableKey(Path file, Messages msgs) {
    String text = new String(readAll(file, msgs), java.nio.charset.StandardCharsets.US_ASCII);
    if (!text.matches(
        "(?s).*-----BEGIN ([A-Z]+ )?PRIVATE KEY-----.*-----END ([A-Z]+ )?PRIVATE KEY-----.*")) {
      throw new Failures.CliException(msgs.get("serve.bad-key", file));
    }
    return file.toFile();
  }

  /**
   * Checks that the key belongs to the first certificate of the chain: it signs a challenge that
   * the certificate's public key verifies. Netty would only notice at the first handshake.
   */
  private static void checkPair(Path certFile, Path keyFile, Messages msgs) {
    try (InputStream in = Files.newInputStream(certFile)) {
      java.security.cert.Certificate cert = CertificateFactory.getInstance("X.509")
          .generateCertificates(in).iterator().next();
      java.security.PublicKey pub = cert.getPublicKey();
      String pem = Files.readString(keyFile, java.nio.charset.StandardCharsets.US_ASCII);
      int begin = pem.indexOf("-----BEGIN PRIVATE KEY-----");
      int end = pem.indexOf("-----END PRIVATE KEY-----");
      if (begin < 0 || end < begin) {
        throw new Failures.CliException(msgs.get("serve.bad-tls", msgs.get("serve.not-pkcs8")));
      }
      byte[] der = java.util.Base64.getMimeDecoder().decode(
          pem.substring(begin + "-----BEGIN PRIVATE KEY-----".length(), end));
      java.security.PrivateKey key = java.security.KeyFactory.getInstance(pub.getAlgorithm())
          .generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(der));
      String algorithm = switch (pub.getAlgorithm()) {
        case "RSA" -> "SHA256withRSA";
        case "EC" -> "SHA256withECDSA";
        case "Ed448" -> "Ed448";
        case "EdDSA", "Ed25519" -> "Ed25519";
        default -> null;
      };
      if (algorithm == null) {
        return;
      }
      byte[] challenge =
          "epar serve key check".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      java.security.Signature signer = java.security.Signature.getInstance(algorithm);
      signer.initSign(key);
      signer.update(challenge);
      byte[] signature = signer.sign();
      java.security.Signature verifier = java.security.Signature.getInstance(algorithm);
      verifier.initVerify(pub);
      verifier.update(challenge);
      if (!verifier.verify(signature)) {
        throw new Failures.CliException(msgs.get("serve.bad-tls", msgs.get("serve.key-mismatch")));
      }
    } catch (IOException | java.security.GeneralSecurityException | IllegalArgumentException
        | java.util.NoSuchElementException e) {
      throw new Failures.CliException(msgs.get("serve.bad-tls", rootMessage(e)));
    }
  }

  private static byte[] readAll(Path file, Messages msgs) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException | SecurityException e) {
      throw new Failures.CliException(msgs.get("error.read", file, reason(e)));
    }
  }

  /** An I/O failure in words, without the path the message already names. */
  static String reason(Exception e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    if (e instanceof IOException && e.getMessage() != null) {
      return e.getMessage();
    }
    return "not readable";
  }

  private static String hostText(InetSocketAddress a) {
    String host = a.getAddress() != null ? a.getAddress().getHostAddress() : a.getHostString();
    return host.indexOf(':') >= 0 ? "[" + host + "]" : host;
  }

  @SafeVarargs
  private static boolean causedBy(Throwable e, Class<? extends Throwable>... types) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      for (Class<? extends Throwable> type : types) {
        if (type.isInstance(t)) {
          return true;
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /** Whether a message in the failure chain contains {@code text} (Netty's native bind error). */
  private static boolean messageSays(Throwable e, String text) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains(text)) {
        return true;
      }
    }
    return false;
  }

  /** The innermost message of a failure chain, on one line. */
  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String m = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    return m.replaceAll("\\s+", " ").strip();
  }
}
