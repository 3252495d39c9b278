package org.citegraph.graph.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.server.CommunityBootstrapper;
import org.neo4j.server.NeoBootstrapper;

/**
 * The real Neo4j Community server, in this JVM: started by {@link CommunityBootstrapper} (the class
 * behind {@code neo4j console}) from a {@code neo4j.conf} written under {@link
 * EmbeddedOptions#home()}, so its data survives restarts. Clients reach it over Bolt like any other
 * server, through {@link #boltUri()}.
 */
public final class EmbeddedNeo4j implements AutoCloseable {
  /** The default database, where citegraph writes. */
  static final String DATABASE = "neo4j";

  /** How long {@link #close()} waits for the server to stop. */
  public static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

  /** Less free space than this on the data folder's disk is reported as a full disk. */
  private static final long LOW_SPACE_BYTES = 8_000_000;

  private final CommunityBootstrapper bootstrapper;
  private final EmbeddedOptions options;
  private final int boltPort;
  private final int httpPort;

  private EmbeddedNeo4j(
      CommunityBootstrapper bootstrapper, EmbeddedOptions options, int boltPort, int httpPort) {
    this.bootstrapper = bootstrapper;
    this.options = options;
    this.boltPort = boltPort;
    this.httpPort = httpPort;
  }

  /**
   * Starts the server and returns once it accepts Bolt connections.
   *
   * @throws EmbeddedServerException when it cannot start (port taken, data folder in use, ...)
   */
  public static EmbeddedNeo4j start(EmbeddedOptions options) {
    Path home = options.home().toAbsolutePath();
    EmbeddedOptions absolute =
        new EmbeddedOptions(
            home,
            options.listenAddress(),
            options.boltPort(),
            options.httpPort(),
            options.http(),
            options.password());
    int bolt = port(absolute.listenAddress(), absolute.boltPort());
    int http = absolute.http() ? port(absolute.listenAddress(), absolute.httpPort()) : 0;
    try {
      Files.createDirectories(home.resolve("data"));
      Files.createDirectories(home.resolve("logs"));
    } catch (IOException e) {
      throw new EmbeddedServerException(
          "cannot create the data folder " + home + ": " + Neo4jConf.reason(e), e);
    }
    Path conf = Neo4jConf.write(absolute, bolt, http == 0 ? 7474 : http);
    if (absolute.password() != null) {
      setInitialPassword(home, conf.getParent(), absolute.password());
    }
    CommunityBootstrapper bootstrapper = new CommunityBootstrapper();
    int status = bootstrapper.start(home, conf, Map.of(), false, false);
    if (status != 0) {
      throw new EmbeddedServerException(
          "Neo4j did not start (status "
              + status
              + "): is the data folder "
              + home
              + " used by another running citegraph, or port "
              + bolt
              + " taken? See "
              + home.resolve("logs").resolve("neo4j.log"),
          null);
    }
    return new EmbeddedNeo4j(bootstrapper, absolute, bolt, http);
  }

  /**
   * True when the data folder holds no default database yet, so that a first load may write it with
   * the offline importer ({@link #importCsv}) instead of transactions.
   */
  public static boolean isNew(Path home) {
    return !Files.exists(home.resolve("data").resolve("databases").resolve(DATABASE));
  }

  /**
   * Writes the default database from CSV files with Neo4j's offline importer ({@code neo4j-admin
   * database import full}, run in this JVM). The database must not exist and the server must not
   * run. On failure, whatever the importer wrote is removed, so that the folder is new again.
   *
   * @throws EmbeddedServerException when the importer fails; its report names the line at fault
   */
  public static void importCsv(
      EmbeddedOptions options, List<Path> nodes, List<Path> relationships, Path report) {
    Path home = options.home().toAbsolutePath();
    try {
      Files.createDirectories(home.resolve("data"));
      Files.createDirectories(home.resolve("logs"));
    } catch (IOException e) {
      throw new EmbeddedServerException(
          "cannot create the data folder " + home + ": " + Neo4jConf.reason(e), e);
    }
    Path conf =
        Neo4jConf.write(
            new EmbeddedOptions(
                home,
                options.listenAddress(),
                options.boltPort(),
                options.httpPort(),
                options.http(),
                options.password()),
            options.boltPort() == 0 ? EmbeddedOptions.DEFAULT_BOLT_PORT : options.boltPort(),
            options.httpPort() == 0 ? EmbeddedOptions.DEFAULT_HTTP_PORT : options.httpPort());
    ByteArrayOutputStream said = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(said, true, StandardCharsets.UTF_8);
    List<String> args = new ArrayList<>(List.of("database", "import", "full"));
    nodes.forEach(file -> args.add("--nodes=" + file));
    relationships.forEach(file -> args.add("--relationships=" + file));
    args.addAll(
        List.of(
            "--multiline-fields=true", "--bad-tolerance=0", "--report-file=" + report, DATABASE));
    int status =
        AdminTool.execute(
            new ExecutionContext(
                home,
                conf.getParent(),
                out,
                out,
                new org.neo4j.io.fs.DefaultFileSystemAbstraction()),
            args.toArray(String[]::new));
    if (status != 0) {
      removeDatabase(home);
      String lines = said.toString(StandardCharsets.UTF_8).strip();
      String last = lines.substring(lines.lastIndexOf('\n') + 1);
      throw new EmbeddedServerException(
          "the import into " + home + " failed (status " + status + "): " + last, null);
    }
  }

  /** Removes the default database's store and transaction logs, so that the folder is new. */
  public static void removeDatabase(Path home) {
    for (String folder : List.of("databases", "transactions")) {
      Path root = home.resolve("data").resolve(folder).resolve(DATABASE);
      if (!Files.exists(root)) {
        continue;
      }
      try (Stream<Path> paths = Files.walk(root)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      } catch (IOException e) {
        throw new EmbeddedServerException(
            "the import failed and " + root + " could not be removed: " + Neo4jConf.reason(e), e);
      }
    }
  }

  /** {@code bolt://127.0.0.1:7687}: where the driver connects. */
  public URI boltUri() {
    return URI.create("bolt://" + dialHost() + ":" + boltPort);
  }

  /** {@code http://127.0.0.1:7474/browser/}, or null when HTTP is off. */
  public @Nullable URI browserUri() {
    return options.http()
        ? URI.create("http://" + dialHost() + ":" + httpPort + "/browser/")
        : null;
  }

  public int boltPort() {
    return boltPort;
  }

  public int httpPort() {
    return httpPort;
  }

  public EmbeddedOptions options() {
    return options;
  }

  public boolean isRunning() {
    return bootstrapper.isRunning();
  }

  /**
   * Why the data folder cannot take writes (a full disk, a read-only file system), or null when
   * nothing is visibly wrong with it: a hint for the user when a transaction could not be written.
   */
  public @Nullable String storageProblem() {
    Path data = options.home().resolve("data");
    try {
      FileStore store = Files.getFileStore(data);
      if (store.isReadOnly()) {
        return data + " is on a read-only file system";
      }
      long free = store.getUsableSpace();
      if (free < LOW_SPACE_BYTES) {
        return String.format("the disk holding %s is full (%.1f MB free)", data, free / 1e6);
      }
    } catch (IOException e) {
      return "cannot inspect " + data + ": " + Neo4jConf.reason(e);
    }
    return null;
  }

  /**
   * Stops the server. A server whose disk filled up never finishes flushing its pages, so the stop
   * is given {@link #STOP_TIMEOUT} (a sixth of it when the disk is visibly full) and then abandoned
   * with an {@link EmbeddedServerException}: the store is left as after a crash (recovered at the
   * next start), and the process can exit.
   */
  @Override
  public void close() {
    if (!bootstrapper.isRunning()) {
      return;
    }
    Thread stopper = new Thread(bootstrapper::stop, "citegraph-neo4j-stop");
    stopper.setDaemon(true);
    stopper.start();
    // With the disk already full, the stop is known to hang: do not wait long for it.
    Duration timeout = storageProblem() == null ? STOP_TIMEOUT : STOP_TIMEOUT.dividedBy(6);
    try {
      stopper.join(timeout.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (stopper.isAlive()) {
      abandonShutdownHook();
      String problem = storageProblem();
      throw new EmbeddedServerException(
          "Neo4j did not stop within "
              + timeout.toSeconds()
              + " s"
              + (problem == null ? "" : ": " + problem),
          null);
    }
  }

  /**
   * The bootstrapper's JVM shutdown hook would run the same endless stop again at exit: remove it
   * (a private field of Neo4j's {@code NeoBootstrapper}; if that changes, the hook stays).
   */
  private void abandonShutdownHook() {
    try {
      Field field = NeoBootstrapper.class.getDeclaredField("shutdownHook");
      field.setAccessible(true);
      if (field.get(bootstrapper) instanceof Thread hook) {
        Runtime.getRuntime().removeShutdownHook(hook);
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      // best effort
    }
  }

  private String dialHost() {
    String listen = options.listenAddress();
    if (Neo4jConf.isWildcard(listen)) {
      return EmbeddedOptions.LOOPBACK;
    }
    return listen.contains(":") && !listen.startsWith("[") ? "[" + listen + "]" : listen;
  }

  /** The given port, or a free one for 0. */
  private static int port(String listenAddress, int port) {
    if (port != 0) {
      return port;
    }
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getByName(listenAddress), 0));
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on " + listenAddress, e);
    }
  }

  /** Before the first start only: writes {@code data/dbms/auth.ini} through the admin tool. */
  private static void setInitialPassword(Path home, Path confDir, String password) {
    if (Files.exists(home.resolve("data").resolve("dbms").resolve("auth.ini"))
        || Files.exists(home.resolve("data").resolve("databases").resolve("system"))) {
      return;
    }
    PrintStream silent = new PrintStream(OutputStream.nullOutputStream());
    int status =
        AdminTool.execute(
            new ExecutionContext(
                home, confDir, silent, silent, new org.neo4j.io.fs.DefaultFileSystemAbstraction()),
            "dbms",
            "set-initial-password",
            password);
    if (status != 0) {
      throw new EmbeddedServerException(
          "could not set the initial Neo4j password (status " + status + ")", null);
    }
  }
}
