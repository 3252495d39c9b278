package org.citegraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The peak resident set of {@code citegraph extract --json DIR} run in a child JVM with the same
 * class path and the JVM options the {@code ./citegraph} launcher gives {@code extract} (the
 * resource {@code jvm/extract.options}), read from the child's {@code /proc/PID/status} ({@code
 * VmHWM}) while it runs; its output is discarded.
 */
final class ChildRss {
  private ChildRss() {}

  /** The peak in bytes, or null off Linux or when the child failed. */
  static @Nullable Long ofExtract(Path corpus) throws IOException, InterruptedException {
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(launcherOptions("extract"));
    command.addAll(
        List.of(
            "-cp",
            classPath,
            CitegraphCommand.class.getName(),
            "extract",
            "--json",
            corpus.toString()));
    Process child =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    Path status = Path.of("/proc", Long.toString(child.pid()), "status");
    Long peak = null;
    while (!child.waitFor(50, TimeUnit.MILLISECONDS)) {
      Long now = hwm(status);
      if (now != null) {
        peak = peak == null ? now : Math.max(peak, now);
      }
    }
    return child.exitValue() == 0 || child.exitValue() == 1 ? peak : null;
  }

  /**
   * The JVM options the launcher gives a subcommand: {@code jvm/<subcommand>.options}, a line each.
   */
  static List<String> launcherOptions(String subcommand) throws IOException {
    try (InputStream in = ChildRss.class.getResourceAsStream("jvm/" + subcommand + ".options")) {
      if (in == null) {
        return List.of();
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty())
          .toList();
    }
  }

  private static @Nullable Long hwm(Path status) {
    try {
      List<String> lines = Files.readAllLines(status, StandardCharsets.US_ASCII);
      for (String line : lines) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.substring(6).trim().split("\\s+")[0]) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      // the child just ended
    }
    return null;
  }
}
