package org.citegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code citegraph serve} in a child JVM, as a user runs it: it loads the seeds, prints the Browser
 * address and the two answers, serves the Browser over HTTP, and stops on SIGTERM.
 */
class ServeCommandIT {
  @TempDir Path data;

  @Test
  void servesTheSeedsAndTheBrowserUntilTerminated() throws Exception {
    assumeTrue(Files.isDirectory(LoadCommandIT.SEEDS), "no seeds/ folder next to cli/");
    int bolt = freePort();
    int http = freePort();
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx768m",
            "-cp",
            System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
            CitegraphCommand.class.getName(),
            "serve",
            "--data",
            data.toString(),
            "--bolt-port",
            Integer.toString(bolt),
            "--http-port",
            Integer.toString(http),
            LoadCommandIT.SEEDS.toString());
    Process serve = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      List<String> lines = new ArrayList<>();
      BufferedReader out =
          new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
      CompletableFuture<Boolean> ready =
          CompletableFuture.supplyAsync(
              () ->
                  out.lines()
                      .peek(lines::add)
                      .anyMatch(line -> line.equals("Serving until Ctrl-C.")));
      assertThat(ready.get(120, TimeUnit.SECONDS)).as(String.join("\n", lines)).isTrue();
      CompletableFuture.runAsync(() -> out.lines().forEach(line -> {}));

      String printed = String.join("\n", lines);
      assertThat(printed)
          .contains("4 documents (4 loaded")
          .contains("Neo4j Browser: http://127.0.0.1:" + http + "/browser/")
          .containsPattern("Questions: +http://127\\.0\\.0\\.1:" + http + "/browser/\\?.*guide")
          .contains("Which resolutions recall GA 64/178?")
          .contains("Treaties cited across sessions:");
      HttpResponse<String> browser =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http + "/browser/"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(browser.statusCode()).isEqualTo(200);
      assertThat(browser.body()).contains("Neo4j Browser");

      serve.destroy(); // SIGTERM, as a service manager would
      assertThat(serve.waitFor(30, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
    } finally {
      serve.destroyForcibly();
    }
  }

  static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
