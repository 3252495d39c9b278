package org.citegraph.bench;

/**
 * One difference between the manifest and the extraction.
 *
 * @param file the document
 * @param what {@code missing} (planted, not found), {@code unexpected} (found, not planted), a
 *     field name ({@code key}, {@code session}, {@code adopted}, {@code title}), or {@code
 *     document}
 * @param detail the key, or {@code expected ... got ...}
 */
public record Mismatch(String file, String what, String detail) {
  @Override
  public String toString() {
    return file + "  " + what + "  " + detail;
  }
}
