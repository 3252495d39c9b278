package org.citegraph.graph.embedded;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How to run the in-process server.
 *
 * @param home the folder that holds {@code conf/}, {@code data/} and {@code logs/}; kept across
 *     runs
 * @param listenAddress where Bolt and HTTP listen; loopback unless a password is given
 * @param boltPort the Bolt port, 0 for any free one
 * @param httpPort the HTTP port (Neo4j Browser), 0 for any free one
 * @param http whether to serve HTTP and Neo4j Browser at all
 * @param password the password of user {@code neo4j}, or null to run without authentication (only
 *     allowed on loopback). Never printed, never logged.
 */
public record EmbeddedOptions(
    Path home,
    String listenAddress,
    int boltPort,
    int httpPort,
    boolean http,
    @Nullable String password) {

  public static final String LOOPBACK = "127.0.0.1";
  public static final int DEFAULT_BOLT_PORT = 7687;
  public static final int DEFAULT_HTTP_PORT = 7474;

  public EmbeddedOptions {
    Objects.requireNonNull(home, "home");
    Objects.requireNonNull(listenAddress, "listenAddress");
    if (boltPort < 0 || boltPort > 65535 || httpPort < 0 || httpPort > 65535) {
      throw new IllegalArgumentException("ports out of range: " + boltPort + ", " + httpPort);
    }
    if (password == null && !isLoopback(listenAddress)) {
      throw new IllegalArgumentException(
          "listening on "
              + listenAddress
              + " needs authentication: give a password (from an environment variable)");
    }
    if (password != null && password.length() < 8) {
      throw new IllegalArgumentException("the Neo4j password must have at least 8 characters");
    }
  }

  /** Bolt only, on loopback, default port, no authentication. */
  public static EmbeddedOptions at(Path home) {
    return new EmbeddedOptions(home, LOOPBACK, DEFAULT_BOLT_PORT, DEFAULT_HTTP_PORT, false, null);
  }

  public EmbeddedOptions withPorts(int bolt, int httpPort) {
    return new EmbeddedOptions(home, listenAddress, bolt, httpPort, http, password);
  }

  public EmbeddedOptions withHttp(boolean enabled) {
    return new EmbeddedOptions(home, listenAddress, boltPort, httpPort, enabled, password);
  }

  public EmbeddedOptions withListenAddress(String address, @Nullable String newPassword) {
    return new EmbeddedOptions(home, address, boltPort, httpPort, http, newPassword);
  }

  /** Whether {@code address} only accepts connections from this machine. */
  public static boolean isLoopback(String address) {
    if (address.equals("localhost")) {
      return true;
    }
    try {
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    // The password never appears in logs or messages.
    return "EmbeddedOptions[home="
        + home
        + ", listenAddress="
        + listenAddress
        + ", boltPort="
        + boltPort
        + ", httpPort="
        + httpPort
        + ", http="
        + http
        + ", auth="
        + (password != null)
        + "]";
  }
}
