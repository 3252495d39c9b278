package org.citegraph.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.citegraph.extractor.Extractor;
import org.citegraph.extractor.json.RecordCodec;
import org.citegraph.extractor.model.Document;
import org.citegraph.extractor.model.DocumentKind;
import org.citegraph.extractor.model.RefKind;
import org.citegraph.extractor.model.Reference;
import org.jspecify.annotations.Nullable;

/**
 * The Cypher parameter rows of one document: its own node, one row per reference place, and the
 * links the text states (session, report, sponsors). Maps keep explicit nulls, so that {@code SET n
 * += row.props} also removes what an earlier version of the document had and this one lacks.
 */
record DocumentRows(
    String key,
    String label,
    String fingerprint,
    Map<String, Object> document,
    List<Map<String, Object>> references,
    @Nullable Map<String, Object> session,
    @Nullable Map<String, Object> report,
    List<Map<String, Object>> sponsors) {

  static final String RESOLUTION = "Resolution";
  static final String DOCUMENT = "Document";

  /**
   * The rows of a document, or null when it cannot be loaded: its rows cannot be built, or another
   * document of the same load already has its key (then the failure is recorded, as every load and
   * import reports it). {@code fileByKey} holds the files taken so far, by node ("Label key").
   */
  static @Nullable DocumentRows admit(
      Document document, Map<String, String> fileByKey, List<LoadFailure> failures) {
    DocumentRows rows;
    try {
      rows = of(document);
    } catch (RuntimeException e) {
      failures.add(new LoadFailure(document.file(), document.key(), GraphConnection.oneLine(e)));
      return null;
    }
    String previous = fileByKey.putIfAbsent(rows.label() + " " + rows.key(), document.file());
    if (previous != null) {
      failures.add(
          new LoadFailure(
              document.file(), document.key(), "same key as " + previous + ", already loaded"));
      return null;
    }
    return rows;
  }

  static DocumentRows of(Document d) {
    String label = d.kind() == DocumentKind.RESOLUTION ? RESOLUTION : DOCUMENT;
    String fingerprint = fingerprint(d);
    KeyParts parts = d.kind() == DocumentKind.RESOLUTION ? KeyParts.of(d.key()) : null;
    Integer session = d.session() != null ? d.session() : parts == null ? null : parts.session();

    Map<String, Object> props = new HashMap<>();
    props.put("symbol", d.symbol() != null ? d.symbol() : symbolOf(d.key(), label));
    props.put("title", d.title());
    props.put("session", session);
    props.put("adopted", d.adopted());
    props.put("body", parts == null ? null : parts.body());
    props.put("number", parts == null ? null : parts.number());
    props.put("kind", d.kind().json());
    props.put("report", d.report());
    props.put("name", null); // a name is what citations call an un-ingested node
    props.put("ingested", true);
    props.put("file", d.file());
    props.put("checksum", fingerprint);
    props.put("extractor", Extractor.VERSION);
    Map<String, Object> document = new HashMap<>();
    document.put("key", d.key());
    document.put("label", label);
    document.put("draft", d.kind() == DocumentKind.DRAFT);
    document.put("props", props);

    List<Map<String, Object>> references = new ArrayList<>();
    for (Reference r : d.references()) {
      references.add(reference(d, label, r));
    }
    return new DocumentRows(
        d.key(),
        label,
        fingerprint,
        document,
        references,
        sessionRow(d, parts, session),
        reportRow(d),
        sponsorRows(d, label));
  }

  private static Map<String, Object> reference(Document d, String label, Reference r) {
    Map<String, Object> rel = new HashMap<>();
    rel.put("verb", r.verb());
    rel.put("act", ActLemma.of(r.verb()));
    rel.put("paragraph", r.paragraph());
    rel.put("sentence", r.sentence());
    rel.put("text", r.text());
    rel.put("start", r.span().start());
    rel.put("end", r.span().end());
    rel.put("footnote", r.footnote());
    rel.put("date", r.date());
    rel.put("name", r.name());
    rel.put("file", d.file());
    rel.put("extractor", Extractor.VERSION);
    Map<String, Object> row = new HashMap<>();
    row.put("from", d.key());
    row.put("fromLabel", label);
    row.put("kind", r.kind().json());
    row.put("key", r.key());
    row.put("derived", derived(r.kind(), r.key()));
    row.put("name", r.name());
    row.put("date", r.date());
    row.put("rel", rel);
    return row;
  }

  /** Properties a cited node gets from its key alone; the same whoever cites it. */
  static Map<String, Object> derived(RefKind kind, String key) {
    Map<String, Object> derived = new HashMap<>();
    if (kind == RefKind.RESOLUTION || kind == RefKind.DECISION) {
      KeyParts parts = KeyParts.of(key);
      if (parts != null) {
        derived.put("body", parts.body());
        derived.put("number", parts.number());
        if (parts.session() != null) {
          derived.put("session", parts.session());
        }
      }
    } else if (kind == RefKind.DOCUMENT) {
      derived.put("symbol", key);
    }
    return derived;
  }

  private static @Nullable Map<String, Object> sessionRow(
      Document d, @Nullable KeyParts parts, @Nullable Integer session) {
    if (d.kind() != DocumentKind.RESOLUTION || parts == null || session == null) {
      return null;
    }
    Map<String, Object> row = new HashMap<>();
    row.put("key", d.key());
    row.put("session", parts.body() + " " + session);
    row.put("body", parts.body());
    row.put("number", session);
    return row;
  }

  private static @Nullable Map<String, Object> reportRow(Document d) {
    if (d.kind() != DocumentKind.RESOLUTION || d.report() == null || d.report().isBlank()) {
      return null;
    }
    return Map.of("key", d.key(), "report", d.report());
  }

  private static List<Map<String, Object>> sponsorRows(Document d, String label) {
    if (d.kind() != DocumentKind.DRAFT) {
      return List.of();
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < d.sponsors().size(); i++) {
      rows.add(Map.of("key", d.key(), "state", d.sponsors().get(i), "position", i + 1));
    }
    return rows;
  }

  private static @Nullable String symbolOf(String key, String label) {
    return label.equals(DOCUMENT) && !key.startsWith("file:") ? key : null;
  }

  /**
   * The file's checksum; when the record has none (a record built by hand or read from JSON without
   * it), the SHA-256 of the record itself, so that unchanged input is still recognised.
   */
  static String fingerprint(Document d) {
    if (!d.checksum().isBlank()) {
      return d.checksum();
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(RecordCodec.toJsonLine(d).getBytes(StandardCharsets.UTF_8));
      return "record:" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from this JVM", e);
    }
  }
}
