package org.citegraph.cli;

import java.net.URI;
import org.citegraph.graph.GraphConnection;
import org.citegraph.graph.GraphLoadException;
import org.citegraph.graph.embedded.EmbeddedNeo4j;
import org.citegraph.graph.embedded.EmbeddedOptions;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;

/**
 * An open connection to the graph, and the in-process server behind it when there is one. Closing
 * it closes the driver, then stops that server.
 */
final class GraphTarget implements AutoCloseable {
  private final @Nullable EmbeddedNeo4j server;
  private final Driver driver;
  private final URI uri;

  private GraphTarget(@Nullable EmbeddedNeo4j server, Driver driver, URI uri) {
    this.server = server;
    this.driver = driver;
    this.uri = uri;
  }

  /** Connects to {@code --uri}, or starts the in-process server (Bolt only, any free port). */
  static GraphTarget open(Neo4jOptions options) {
    String password = options.password();
    if (options.uri != null) {
      return new GraphTarget(
          null, GraphConnection.open(options.uri, options.user, password), options.uri);
    }
    return embedded(EmbeddedNeo4j.start(embeddedOptions(options)), options.user, password);
  }

  /** The in-process server {@code --data} names: loopback, Bolt only, any free port. */
  static EmbeddedOptions embeddedOptions(Neo4jOptions options) {
    return new EmbeddedOptions(
        options.data, EmbeddedOptions.LOOPBACK, 0, 0, false, options.password());
  }

  /** Connects to a server this process started. */
  static GraphTarget embedded(EmbeddedNeo4j server, String user, @Nullable String password) {
    try {
      return new GraphTarget(
          server, GraphConnection.open(server.boltUri(), user, password), server.boltUri());
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
  }

  Driver driver() {
    return driver;
  }

  URI uri() {
    return uri;
  }

  @Nullable EmbeddedNeo4j server() {
    return server;
  }

  /**
   * A load failure with, for the in-process server, what is wrong with its data folder when
   * something visibly is (a full disk, a read-only file system): the server's own message ("Could
   * not append transaction ... to log") does not say.
   */
  GraphLoadException explained(GraphLoadException e) {
    String problem = server == null ? null : server.storageProblem();
    return problem == null ? e : new GraphLoadException(e.getMessage() + " (" + problem + ")", e);
  }

  @Override
  public void close() {
    try {
      driver.close();
    } finally {
      if (server != null) {
        server.close();
      }
    }
  }
}
