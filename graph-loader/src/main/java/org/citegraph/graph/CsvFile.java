package org.citegraph.graph;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A CSV file for Neo4j's importer: a header of {@code name:type} columns, then one line per node or
 * relationship. A null is an empty field, which the importer skips (no property, as a Cypher null);
 * every other value is quoted, quotes doubled, so that a string may hold commas, quotes and line
 * breaks ({@code --multiline-fields=true}).
 */
final class CsvFile implements Closeable {
  private final BufferedWriter out;
  private final List<String> columns;
  private long lines;

  /**
   * @param columns the header, {@code name} or {@code name:type}; rows are maps keyed by name
   */
  CsvFile(Path file, List<String> columns) throws IOException {
    this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    this.columns = columns;
    out.write(String.join(",", columns));
    out.newLine();
  }

  /** Writes one line: the row's value for each column, by the name before any {@code :}. */
  void write(Map<String, ?> row) throws IOException {
    for (int i = 0; i < columns.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      String column = columns.get(i);
      int colon = column.indexOf(':', 1);
      Object value = row.get(colon < 0 ? column : column.substring(0, colon));
      if (value != null) {
        out.write('"');
        out.write(value.toString().replace("\"", "\"\""));
        out.write('"');
      }
    }
    out.newLine();
    lines++;
  }

  /** Lines written after the header. */
  long lines() {
    return lines;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
