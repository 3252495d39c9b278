package org.citegraph.queries.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Serves {@link BrowserGuide} at {@code http://localhost:PORT/citegraph.html} on loopback. The
 * Browser fetches guides cross-origin with {@code Pragma} and {@code Cache-Control} headers, so the
 * answer to its preflight allows them and every answer carries {@code Access-Control-Allow-Origin};
 * "localhost" is in the Browser's default {@code browser.remote_content_hostname_allowlist}, so no
 * server setting is needed.
 */
public final class GuideServer implements AutoCloseable {
  public static final String PATH = "/citegraph.html";

  private final HttpServer server;
  private final byte[] page;

  private GuideServer(HttpServer server, byte[] page) {
    this.server = server;
    this.page = page;
  }

  /** Starts serving on loopback; port 0 takes any free one. */
  public static GuideServer start(int port) {
    try {
      HttpServer http =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
      GuideServer guide =
          new GuideServer(http, BrowserGuide.html().getBytes(StandardCharsets.UTF_8));
      http.createContext(PATH, guide::answer);
      http.start();
      return guide;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serve the Browser guide on port " + port, e);
    }
  }

  /** {@code http://localhost:PORT/citegraph.html}. */
  public URI uri() {
    return URI.create("http://localhost:" + server.getAddress().getPort() + PATH);
  }

  /** What to type in the Browser's editor. */
  public String command() {
    return ":guide " + uri();
  }

  /**
   * A Browser address that connects to {@code bolt} without a login (a server without
   * authentication) and has {@code :guide URL} in the editor: one click on Run opens the guide.
   * (Opening it straight from the address, {@code cmd=guide}, would skip the Browser's start-up
   * commands, the connection among them.)
   */
  public URI browserLink(URI browser, URI bolt) {
    return URI.create(
        browser
            + "?dbms="
            + URLEncoder.encode(bolt.toString(), StandardCharsets.UTF_8)
            + "&preselectAuthMethod=NO_AUTH&cmd=edit&arg="
            + URLEncoder.encode(command(), StandardCharsets.UTF_8).replace("+", "%20"));
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
      if (exchange.getRequestMethod().equals("OPTIONS")) {
        // The Browser asks with Pragma and Cache-Control headers, so it sends a preflight first.
        exchange.getResponseHeaders().set("Access-Control-Allow-Methods", "GET");
        exchange.getResponseHeaders().set("Access-Control-Allow-Headers", "*");
        exchange.sendResponseHeaders(204, -1);
        return;
      }
      if (!exchange.getRequestMethod().equals("GET")
          || !exchange.getRequestURI().getPath().equals(PATH)) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, page.length);
      try (OutputStream body = exchange.getResponseBody()) {
        body.write(page);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
