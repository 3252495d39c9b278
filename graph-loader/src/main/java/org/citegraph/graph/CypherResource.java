package org.citegraph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One {@code .cypher} resource: a header of {@code //} comment lines (purpose, parameters, columns,
 * an example) and the query. A file may hold several statements only when each ends with {@code ;}
 * at the end of a line (the schema file does).
 */
public final class CypherResource {
  private final String name;
  private final List<String> comments;
  private final String text;

  private CypherResource(String name, List<String> comments, String text) {
    this.name = name;
    this.comments = List.copyOf(comments);
    this.text = text;
  }

  /** Reads {@code cypher/<name>.cypher} next to {@code anchor}. */
  public static CypherResource load(Class<?> anchor, String name) {
    String path = "cypher/" + name + ".cypher";
    try (InputStream in = anchor.getResourceAsStream(path)) {
      if (in == null) {
        throw new UncheckedIOException(
            new IOException("missing Cypher resource " + anchor.getPackageName() + "/" + path));
      }
      return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Cypher resource " + path, e);
    }
  }

  static CypherResource parse(String name, String source) {
    List<String> comments = new ArrayList<>();
    StringBuilder query = new StringBuilder();
    for (String line : source.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("//")) {
        comments.add(trimmed.substring(2).strip());
      } else if (!trimmed.isEmpty()) {
        query.append(line.stripTrailing()).append('\n');
      }
    }
    return new CypherResource(name, comments, query.toString().strip());
  }

  public String name() {
    return name;
  }

  /** The header, one entry per {@code //} line, without the slashes. */
  public List<String> comments() {
    return comments;
  }

  /** The query text, comments removed. */
  public String text() {
    return text;
  }

  /** The statements of the file, split at {@code ;} line ends. */
  public List<String> statements() {
    return Arrays.stream(text.split(";\\s*(\n|$)"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
