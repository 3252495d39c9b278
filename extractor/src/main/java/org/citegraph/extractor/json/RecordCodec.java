package org.citegraph.extractor.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.citegraph.extractor.model.Diagnostic;
import org.citegraph.extractor.model.Document;
import org.citegraph.extractor.model.DocumentKind;
import org.citegraph.extractor.model.RefKind;
import org.citegraph.extractor.model.Reference;
import org.citegraph.extractor.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link Document} as one JSON line in the field order of KEYS.md, and reads it back.
 * Fields the text does not give are written as JSON {@code null}, never left out.
 */
public final class RecordCodec {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private RecordCodec() {}

  /** One line of JSON, no trailing newline. */
  public static String toJsonLine(Document document) {
    try {
      return MAPPER.writeValueAsString(toTree(document));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ObjectNode toTree(Document d) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("file", d.file());
    node.put("key", d.key());
    node.put("kind", d.kind().json());
    node.put("symbol", d.symbol());
    node.put("title", d.title());
    node.put("session", d.session());
    node.put("adopted", d.adopted() == null ? null : d.adopted().toString());
    node.put("report", d.report());
    ArrayNode sponsors = node.putArray("sponsors");
    d.sponsors().forEach(sponsors::add);
    node.put("checksum", d.checksum());
    ArrayNode refs = node.putArray("references");
    for (Reference r : d.references()) {
      ObjectNode ref = refs.addObject();
      ref.put("kind", r.kind().json());
      ref.put("key", r.key());
      ref.put("verb", r.verb());
      ref.put("paragraph", r.paragraph());
      ref.put("date", r.date() == null ? null : r.date().toString());
      ref.put("name", r.name());
      ref.put("footnote", r.footnote());
      ref.put("text", r.text());
      ref.put("sentence", r.sentence());
      ObjectNode span = ref.putObject("span");
      span.put("start", r.span().start());
      span.put("end", r.span().end());
    }
    ArrayNode diagnostics = node.putArray("diagnostics");
    for (Diagnostic diagnostic : d.diagnostics()) {
      ObjectNode item = diagnostics.addObject();
      item.put("message", diagnostic.message());
      if (diagnostic.span() != null) {
        item.put("start", diagnostic.span().start());
        item.put("end", diagnostic.span().end());
      }
    }
    return node;
  }

  /** Parses one line written by {@link #toJsonLine}. */
  public static Document fromJsonLine(String line) {
    try {
      return fromTree(MAPPER.readTree(line));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not an extraction record: " + e.getOriginalMessage(), e);
    }
  }

  public static Document fromTree(JsonNode n) {
    List<Reference> refs = new ArrayList<>();
    for (JsonNode r : n.path("references")) {
      JsonNode span = r.path("span");
      refs.add(
          new Reference(
              RefKind.fromJson(r.path("kind").asText()),
              r.path("key").asText(),
              text(r, "verb"),
              text(r, "paragraph"),
              date(r, "date"),
              text(r, "name"),
              r.hasNonNull("footnote") ? r.get("footnote").asInt() : null,
              r.path("text").asText(""),
              r.path("sentence").asText(""),
              new Span(span.path("start").asInt(0), span.path("end").asInt(0))));
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (JsonNode item : n.path("diagnostics")) {
      Span span =
          item.has("start") ? new Span(item.get("start").asInt(), item.get("end").asInt()) : null;
      diagnostics.add(new Diagnostic(item.path("message").asText(), span));
    }
    return new Document(
        n.path("file").asText(),
        n.path("key").asText(),
        DocumentKind.fromJson(n.path("kind").asText("document")),
        text(n, "symbol"),
        text(n, "title"),
        n.hasNonNull("session") ? n.get("session").asInt() : null,
        date(n, "adopted"),
        text(n, "report"),
        sponsors(n),
        n.path("checksum").asText(""),
        refs,
        diagnostics);
  }

  private static List<String> sponsors(JsonNode n) {
    List<String> sponsors = new ArrayList<>();
    n.path("sponsors").forEach(s -> sponsors.add(s.asText()));
    return sponsors;
  }

  private static @Nullable String text(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asText() : null;
  }

  private static @Nullable LocalDate date(JsonNode node, String field) {
    return node.hasNonNull(field) ? LocalDate.parse(node.get(field).asText()) : null;
  }
}
