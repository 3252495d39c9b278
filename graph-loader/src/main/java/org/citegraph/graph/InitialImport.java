package org.citegraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.citegraph.extractor.model.Document;
import org.citegraph.graph.embedded.EmbeddedNeo4j;
import org.citegraph.graph.embedded.EmbeddedOptions;

/**
 * The first load into a new in-process database, written by Neo4j's offline importer instead of
 * transactions: five to ten times faster on a large corpus, and the same graph, node for node and
 * property for property, as {@link GraphLoader} would build ({@code InitialImportIT} compares the
 * two). The rows come from {@link DocumentRows}, as the loader's do; the merging the loader's
 * Cypher does (one node per key, the smallest name and date of the citations, an ingested
 * document's own properties over what citations say of it) is done here in memory, over the
 * distinct nodes only: references stream to disk.
 *
 * <p>Use: {@link #add} each document, then {@link #finish}, with the server stopped; then start the
 * server and {@link GraphLoader#ensureSchema()}.
 */
public final class InitialImport implements AutoCloseable {
  /** Fewer documents than this load as fast in transactions, without the importer's start-up. */
  public static final int MINIMUM_DOCUMENTS = 500;

  private static final List<String> NODE_COLUMNS =
      List.of(
          ":ID",
          ":LABEL",
          "key",
          "symbol",
          "title",
          "session:long",
          "adopted:date",
          "body",
          "number",
          "kind",
          "report",
          "name",
          "ingested:boolean",
          "file",
          "checksum",
          "extractor");
  private static final List<String> SESSION_COLUMNS =
      List.of(":ID", ":LABEL", "key", "body", "number:long");
  private static final List<String> RELATIONSHIP_COLUMNS =
      List.of(
          ":START_ID",
          ":END_ID",
          ":TYPE",
          "verb",
          "act",
          "paragraph",
          "sentence",
          "text",
          "start:long",
          "end:long",
          "footnote:long",
          "date:date",
          "name",
          "file",
          "extractor",
          "position:long");
  private static final Map<String, String> LABEL_OF_KIND =
      Map.of(
          "resolution", "Resolution",
          "decision", "Decision",
          "document", "Document",
          "instrument", "Instrument",
          "body", "Body",
          "state", "State");

  private final Path folder;
  private final CsvFile documents;
  private final CsvFile relationships;
  private final long started = System.nanoTime();

  private final Map<String, String> fileByKey = new HashMap<>();
  private final Map<String, Map<String, Object>> targets = new HashMap<>();
  private final Map<String, Map<String, Object>> sessions = new LinkedHashMap<>();
  private final Map<String, Map<String, Object>> sponsorships = new LinkedHashMap<>();
  private final Map<String, List<String>> draftsBySessionTitle = new HashMap<>();
  private final Map<String, List<String>> resolutionsBySessionTitle = new HashMap<>();
  private final List<LoadFailure> failures = new ArrayList<>();
  private int loaded;

  /**
   * @param folder where the CSV files are written (and left, with the importer's report)
   */
  public InitialImport(Path folder) throws IOException {
    this.folder = Files.createDirectories(folder);
    this.documents = new CsvFile(folder.resolve("documents.csv"), NODE_COLUMNS);
    this.relationships = new CsvFile(folder.resolve("relationships.csv"), RELATIONSHIP_COLUMNS);
  }

  /**
   * Writes one document's node and relationships; a document that fails is reported, as a load
   * would.
   */
  public void add(Document document) {
    DocumentRows rows = DocumentRows.admit(document, fileByKey, failures);
    if (rows == null) {
      return;
    }
    try {
      write(rows);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + folder + ": " + e.getMessage(), e);
    }
    loaded++;
  }

  @SuppressWarnings("unchecked")
  private void write(DocumentRows rows) throws IOException {
    String id = rows.label() + " " + rows.key();
    boolean draft = Boolean.TRUE.equals(rows.document().get("draft"));
    Map<String, Object> node = new HashMap<>((Map<String, Object>) rows.document().get("props"));
    node.put(":ID", id);
    node.put(":LABEL", draft ? rows.label() + ";Draft" : rows.label());
    node.put("key", rows.key());
    documents.write(node);

    for (Map<String, Object> ref : rows.references()) {
      Targets.fold(targets, ref);
      Map<String, Object> rel = new HashMap<>((Map<String, Object>) ref.get("rel"));
      rel.put(":START_ID", id);
      rel.put(":END_ID", LABEL_OF_KIND.get((String) ref.get("kind")) + " " + ref.get("key"));
      rel.put(":TYPE", "CITES");
      relationships.write(rel);
    }
    if (rows.session() != null) {
      Map<String, Object> session = rows.session();
      String sessionId = "Session " + session.get("session");
      sessions.putIfAbsent(
          sessionId,
          Map.of(
              ":ID", sessionId,
              ":LABEL", "Session",
              "key", session.get("session"),
              "body", session.get("body"),
              "number", session.get("number")));
      relationships.write(Map.of(":START_ID", id, ":END_ID", sessionId, ":TYPE", "IN_SESSION"));
    }
    if (rows.report() != null) {
      String report = (String) rows.report().get("report");
      Targets.fold(targets, citation("document", report, Map.of("symbol", report)));
      relationships.write(
          Map.of(":START_ID", id, ":END_ID", "Document " + report, ":TYPE", "ADOPTED_ON"));
    }
    for (Map<String, Object> sponsor : rows.sponsors()) {
      String state = (String) sponsor.get("state");
      Targets.fold(targets, citation("state", state, Map.of()));
      // one relationship per (draft, State), with the position of its last listing, as MERGE
      sponsorships.put(
          id + "\n" + state,
          Map.of(
              ":START_ID",
              id,
              ":END_ID",
              "State " + state,
              ":TYPE",
              "SPONSORED_BY",
              "position",
              sponsor.get("position")));
    }
    Object session = ((Map<String, Object>) rows.document().get("props")).get("session");
    Object title = ((Map<String, Object>) rows.document().get("props")).get("title");
    if (session != null && title != null) {
      String sessionTitle = session + "\n" + title;
      if (draft) {
        draftsBySessionTitle.computeIfAbsent(sessionTitle, k -> new ArrayList<>()).add(id);
      } else if (rows.label().equals(DocumentRows.RESOLUTION)) {
        resolutionsBySessionTitle.computeIfAbsent(sessionTitle, k -> new ArrayList<>()).add(id);
      }
    }
  }

  /** A reference row with no name or date: a node the text links to without citing it. */
  private static Map<String, Object> citation(
      String kind, String key, Map<String, Object> derived) {
    Map<String, Object> row = new HashMap<>();
    row.put("kind", kind);
    row.put("key", key);
    row.put("derived", derived);
    return row;
  }

  /**
   * Writes the nodes cited but not ingested, the sessions and the draft links, then runs the
   * importer into the new database of {@code options}. The CSV files stay in the folder.
   *
   * @throws org.citegraph.graph.embedded.EmbeddedServerException when the importer fails; the
   *     database is then removed, and the folder is new again
   */
  @SuppressWarnings("unchecked")
  public LoadReport finish(EmbeddedOptions options) throws IOException {
    long nodes = documents.lines();
    try (CsvFile cited = new CsvFile(folder.resolve("cited.csv"), NODE_COLUMNS);
        CsvFile sessionNodes = new CsvFile(folder.resolve("sessions.csv"), SESSION_COLUMNS)) {
      for (Map<String, Object> target : targets.values()) {
        String label = LABEL_OF_KIND.get((String) target.get("kind"));
        String id = label + " " + target.get("key");
        if (fileByKey.containsKey(id)) {
          continue; // ingested: its own properties, not what citations say of it
        }
        Map<String, Object> node = new HashMap<>((Map<String, Object>) target.get("derived"));
        node.put(":ID", id);
        node.put(":LABEL", label);
        node.put("key", target.get("key"));
        node.put("name", target.get("name"));
        node.put("adopted", target.get("date"));
        cited.write(node);
      }
      for (Map<String, Object> session : sessions.values()) {
        sessionNodes.write(session);
      }
      nodes += cited.lines() + sessionNodes.lines();
    }
    for (Map<String, Object> sponsorship : sponsorships.values()) {
      relationships.write(sponsorship);
    }
    draftsBySessionTitle.forEach(
        (sessionTitle, drafts) -> {
          for (String resolution :
              resolutionsBySessionTitle.getOrDefault(sessionTitle, List.of())) {
            for (String draft : drafts) {
              try {
                relationships.write(
                    Map.of(":START_ID", draft, ":END_ID", resolution, ":TYPE", "BECAME"));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }
          }
        });
    relationships.close();
    documents.close();
    EmbeddedNeo4j.importCsv(
        options,
        List.of(
            folder.resolve("documents.csv"),
            folder.resolve("cited.csv"),
            folder.resolve("sessions.csv")),
        List.of(folder.resolve("relationships.csv")),
        folder.resolve("import.report"));
    return new LoadReport(
        loaded,
        0,
        List.copyOf(failures),
        nodes,
        relationships.lines(),
        0,
        (System.nanoTime() - started) / 1e9);
  }

  @Override
  public void close() throws IOException {
    documents.close();
    relationships.close();
  }

  static String labelOf(String kind) {
    return Objects.requireNonNull(LABEL_OF_KIND.get(kind), kind);
  }
}
