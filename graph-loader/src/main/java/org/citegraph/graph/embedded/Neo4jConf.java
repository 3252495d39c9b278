package org.citegraph.graph.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code neo4j.conf} of the in-process server, written on every start from the options (a
 * user's edits to it are overwritten: change the options instead).
 */
final class Neo4jConf {
  static final String USER_LOGS = "user-logs.xml";

  private Neo4jConf() {}

  static Map<String, String> settings(EmbeddedOptions o, int boltPort, int httpPort) {
    String listen = o.listenAddress();
    // Advertised addresses tell Neo4j Browser where Bolt is; a wildcard cannot be dialled.
    String advertisedHost = isWildcard(listen) ? "" : listen;
    Map<String, String> s = new LinkedHashMap<>();
    s.put("server.default_listen_address", listen);
    s.put("server.directories.data", o.home().resolve("data").toString());
    s.put("server.directories.logs", o.home().resolve("logs").toString());
    s.put("server.logs.user.config", o.home().resolve("conf").resolve(USER_LOGS).toString());
    s.put("server.bolt.enabled", "true");
    s.put("server.bolt.listen_address", listen + ":" + boltPort);
    s.put("server.bolt.advertised_address", advertisedHost + ":" + boltPort);
    s.put("server.http.enabled", Boolean.toString(o.http()));
    s.put("server.http.listen_address", listen + ":" + httpPort);
    s.put("server.http.advertised_address", advertisedHost + ":" + httpPort);
    s.put("server.https.enabled", "false");
    s.put("dbms.security.auth_enabled", Boolean.toString(o.password() != null));
    s.put("dbms.usage_report.enabled", "false");
    s.put("client.allow_telemetry", "false");
    s.put("browser.post_connect_cmd", GrassStyle.postConnectCommand());
    s.put("server.memory.pagecache.size", "256m");
    s.put("db.tx_log.rotation.retention_policy", "2 files");
    // Internal settings (may change between versions): stop Bolt at once instead of after 10 s.
    s.put("internal.dbms.bolt.netty_server_shutdown_quiet_period", "0");
    s.put("internal.dbms.bolt.netty_server_shutdown_timeout", "1");
    return s;
  }

  static Path write(EmbeddedOptions o, int boltPort, int httpPort) {
    Path file = o.home().resolve("conf").resolve("neo4j.conf");
    StringBuilder text = new StringBuilder();
    text.append(
        "# Written by citegraph on every start of the in-process server: edits are lost.\n");
    settings(o, boltPort, httpPort)
        .forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      try (InputStream in = Neo4jConf.class.getResourceAsStream(USER_LOGS)) {
        if (in == null) {
          throw new IOException("missing resource " + USER_LOGS);
        }
        Files.copy(in, file.resolveSibling(USER_LOGS), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + reason(e), e);
    }
    return file;
  }

  /** What the file system said, for a user: "Read-only file system", "No space left on device". */
  static String reason(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  static boolean isWildcard(String address) {
    return address.equals("0.0.0.0") || address.equals("::") || address.equals("[::]");
  }
}
