package org.citegraph.queries;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The rows a canned query returned, with its column names; prints as an aligned table, JSON or CSV.
 * A value Cypher returned as null stays null (an empty cell in the table and in CSV).
 */
public record QueryResult(List<String> columns, List<List<@Nullable Object>> rows) {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public QueryResult {
    columns = List.copyOf(columns);
    rows =
        rows.stream()
            .map(row -> Collections.unmodifiableList(new ArrayList<@Nullable Object>(row)))
            .toList();
  }

  /** The values of one column, in row order. */
  public List<@Nullable Object> column(String name) {
    int i = columns.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("no column " + name + " in " + columns);
    }
    return rows.stream().map(row -> row.get(i)).toList();
  }

  /** An aligned table, one line per row, or {@code (no rows)}. */
  public String toTable() {
    if (rows.isEmpty()) {
      return "  (no rows)";
    }
    List<List<String>> cells = new ArrayList<>();
    cells.add(columns);
    for (List<@Nullable Object> row : rows) {
      cells.add(row.stream().map(QueryResult::cell).toList());
    }
    int[] widths = new int[columns.size()];
    for (List<String> line : cells) {
      for (int i = 0; i < line.size(); i++) {
        widths[i] = Math.max(widths[i], line.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (List<String> line : cells) {
      StringBuilder text = new StringBuilder("  ");
      for (int i = 0; i < line.size(); i++) {
        text.append(String.format("%-" + widths[i] + "s", line.get(i)));
        if (i < line.size() - 1) {
          text.append("  ");
        }
      }
      out.append(text.toString().stripTrailing()).append('\n');
    }
    return out.toString().stripTrailing();
  }

  /** A JSON array with one object per row, its fields in column order; dates as ISO strings. */
  public String toJson() {
    List<Map<String, @Nullable Object>> objects = new ArrayList<>();
    for (List<@Nullable Object> row : rows) {
      Map<String, @Nullable Object> object = new LinkedHashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        object.put(columns.get(i), jsonValue(row.get(i)));
      }
      objects.add(object);
    }
    try {
      return JSON.writeValueAsString(objects).replace("\r\n", "\n");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the result as JSON: " + e.getMessage(), e);
    }
  }

  /** RFC 4180 CSV with a header line; a list becomes its items joined by {@code "; "}. */
  public String toCsv() {
    StringBuilder out = new StringBuilder();
    out.append(String.join(",", columns.stream().map(QueryResult::csvField).toList()));
    out.append("\r\n");
    for (List<@Nullable Object> row : rows) {
      List<String> fields = new ArrayList<>();
      for (@Nullable Object value : row) {
        fields.add(csvField(flat(value)));
      }
      out.append(String.join(",", fields)).append("\r\n");
    }
    return out.toString();
  }

  private static @Nullable Object jsonValue(@Nullable Object value) {
    if (value instanceof TemporalAccessor) {
      return value.toString();
    }
    if (value instanceof Collection<?> items) {
      return items.stream().map(QueryResult::jsonValue).toList();
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, @Nullable Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(String.valueOf(k), jsonValue(v)));
      return copy;
    }
    return value;
  }

  private static String flat(@Nullable Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Collection<?> items) {
      return String.join("; ", items.stream().map(String::valueOf).toList());
    }
    return String.valueOf(value);
  }

  static String csvField(String text) {
    if (text.indexOf(',') < 0
        && text.indexOf('"') < 0
        && text.indexOf('\n') < 0
        && text.indexOf('\r') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }

  private static String cell(@Nullable Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Collection<?> items) {
      return String.join(", ", items.stream().map(String::valueOf).toList());
    }
    String text = String.valueOf(value).replace('\n', ' ');
    return text.length() > 70 ? text.substring(0, 67) + "..." : text;
  }
}
