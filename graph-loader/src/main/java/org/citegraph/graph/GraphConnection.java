package org.citegraph.graph;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.SecurityException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/**
 * Opens a driver to any Neo4j the driver supports ({@code bolt://}, {@code neo4j://}, {@code
 * neo4j+s://}) and checks at once that it answers, so that an unreachable server or wrong
 * credentials fail with one clear line instead of a stack trace later.
 */
public final class GraphConnection {
  private GraphConnection() {}

  /**
   * @param password null for a server without authentication
   */
  public static Driver open(URI uri, String user, @Nullable String password) {
    AuthToken auth = password == null ? AuthTokens.none() : AuthTokens.basic(user, password);
    Config config =
        Config.builder()
            .withLogging(Logging.none())
            .withConnectionTimeout(10, TimeUnit.SECONDS)
            .withMaxTransactionRetryTime(Duration.ofSeconds(15).toMillis(), TimeUnit.MILLISECONDS)
            .withUserAgent("citegraph")
            .build();
    Driver driver;
    try {
      driver = GraphDatabase.driver(uri, auth, config);
    } catch (IllegalArgumentException e) {
      throw new GraphLoadException("not a Neo4j address: " + uri + " (" + e.getMessage() + ")", e);
    }
    try {
      driver.verifyConnectivity();
      return driver;
    } catch (AuthenticationException e) {
      driver.close();
      throw new GraphLoadException(
          password == null
              ? "Neo4j at " + uri + " requires a user and password (--user, --password-env)"
              : "Neo4j at " + uri + " refused the credentials of user '" + user + "'",
          e);
    } catch (SecurityException e) {
      driver.close();
      throw new GraphLoadException("Neo4j at " + uri + " refused the connection: " + oneLine(e), e);
    } catch (ServiceUnavailableException e) {
      driver.close();
      throw new GraphLoadException("cannot reach Neo4j at " + uri + ": " + oneLine(e), e);
    } catch (Neo4jException e) {
      driver.close();
      throw new GraphLoadException("Neo4j at " + uri + " failed: " + oneLine(e), e);
    }
  }

  static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
