package org.citegraph.graph.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Neo4j Browser style of the citation graph, kept as a {@code .grass} file ({@code
 * citegraph.grass}: colours and captions per label) and handed to the Browser as the JSON form that
 * its {@code :style} command accepts, so it fits in {@code browser.post_connect_cmd} (which splits
 * commands at semicolons outside quotes).
 */
public final class GrassStyle {
  private static final Pattern RULE =
      Pattern.compile("([\\w.]+)\\s*\\{((?:'[^']*'|\"[^\"]*\"|[^}'\"])*)}");

  private GrassStyle() {}

  /** The bundled {@code citegraph.grass}. */
  public static String grass() {
    try (InputStream in = GrassStyle.class.getResourceAsStream("citegraph.grass")) {
      if (in == null) {
        throw new UncheckedIOException(
            new IOException("missing resource org/citegraph/graph/embedded/citegraph.grass"));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read citegraph.grass", e);
    }
  }

  /** The Browser command that applies the style: {@code style {"node": {...}, ...}}. */
  public static String postConnectCommand() {
    return "style " + toJson(grass());
  }

  /** {@code node.Resolution { color: #4C8EDA; caption: '{key}'; }} as compact JSON. */
  static String toJson(String grass) {
    List<String> rules = new ArrayList<>();
    Matcher rule = RULE.matcher(grass);
    while (rule.find()) {
      List<String> properties = new ArrayList<>();
      for (String declaration : rule.group(2).split(";")) {
        int colon = declaration.indexOf(':');
        if (colon > 0) {
          String name = declaration.substring(0, colon).strip();
          String value = declaration.substring(colon + 1).strip().replace("'", "");
          properties.add(quote(name) + ":" + quote(value));
        }
      }
      rules.add(quote(rule.group(1)) + ":{" + String.join(",", properties) + "}");
    }
    return "{" + String.join(",", rules) + "}";
  }

  private static String quote(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
