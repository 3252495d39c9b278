package org.citegraph.graph.embedded;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The in-process server, run in a child JVM so that Bolt crosses a socket and the server can be
 * killed: {@link #main} starts it and prints {@code READY <bolt uri>}; {@link #start} launches it.
 */
public final class ServerProcess implements AutoCloseable {
  private final Process process;
  private final String boltUri;

  private ServerProcess(Process process, String boltUri) {
    this.process = process;
    this.boltUri = boltUri;
  }

  /** Arguments: HOME BOLT_PORT. Serves until killed. */
  public static void main(String[] args) throws InterruptedException {
    EmbeddedNeo4j server =
        EmbeddedNeo4j.start(
            EmbeddedOptions.at(Path.of(args[0])).withPorts(Integer.parseInt(args[1]), 0));
    System.out.println("READY " + server.boltUri());
    System.out.flush();
    Thread.currentThread().join();
  }

  public static ServerProcess start(Path home, int boltPort) throws IOException {
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-cp");
    command.add(classPath);
    command.add(ServerProcess.class.getName());
    command.add(home.toString());
    command.add(Integer.toString(boltPort));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    CompletableFuture<String> ready =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                  if (line.startsWith("READY ")) {
                    return line.substring("READY ".length());
                  }
                }
                return null;
              } catch (IOException e) {
                return null;
              }
            });
    try {
      String uri = ready.get(Duration.ofSeconds(90).toSeconds(), TimeUnit.SECONDS);
      if (uri == null) {
        throw new IOException("the server process ended before it was ready");
      }
      // Keep draining its output so that it never blocks on a full pipe.
      CompletableFuture.runAsync(() -> out.lines().forEach(line -> {}));
      return new ServerProcess(process, uri);
    } catch (Exception e) {
      process.destroyForcibly();
      throw new IOException("the server process did not start: " + e.getMessage(), e);
    }
  }

  public String boltUri() {
    return boltUri;
  }

  /** Kills the server at once (SIGKILL): no shutdown, no flush. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    try {
      if (process.isAlive()) {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          kill();
        }
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
