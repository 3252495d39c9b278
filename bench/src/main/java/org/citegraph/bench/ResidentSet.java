package org.citegraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The resident set of this process on Linux: its peak ({@code VmHWM} in {@code /proc/self/status})
 * and the reset of that peak (writing {@code 5} to {@code /proc/self/clear_refs}, Linux 4.0 on).
 * Elsewhere both do nothing.
 */
public final class ResidentSet {
  private static final Path STATUS = Path.of("/proc/self/status");
  private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

  private ResidentSet() {}

  /** The peak resident set size in bytes, or null where the system does not say. */
  public static @Nullable Long peakBytes() {
    try {
      List<String> lines = Files.readAllLines(STATUS, StandardCharsets.US_ASCII);
      for (String line : lines) {
        if (line.startsWith("VmHWM:")) {
          String[] parts = line.substring(6).trim().split("\\s+");
          long value = Long.parseLong(parts[0]);
          String unit = parts.length > 1 ? parts[1].toLowerCase(Locale.ROOT) : "kb";
          return unit.equals("kb") ? value * 1024 : value;
        }
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
    return null;
  }

  /** Resets the peak to the current resident set; false where that is not possible. */
  public static boolean resetPeak() {
    try {
      Files.writeString(CLEAR_REFS, "5");
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
