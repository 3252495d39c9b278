package org.citegraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.citegraph.extractor.Extractor;
import org.citegraph.extractor.model.Document;
import org.citegraph.graph.GraphLoader.LoaderQueries;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.DatabaseException;
import org.neo4j.driver.exceptions.FatalDiscoveryException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.SecurityException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.summary.SummaryCounters;

/**
 * One load in progress. Documents are buffered into batches; each batch is written in one
 * transaction. A batch that fails is rolled back whole and retried one document per transaction, so
 * that the document at fault is reported and skipped while the others load. A lost connection or
 * refused credentials end the run with a {@link GraphLoadException}.
 */
public final class LoadRun {
  private final Supplier<Session> sessions;
  private final int batchDocuments;
  private final int batchReferences;
  private final long started = System.nanoTime();

  private final List<DocumentRows> pending = new ArrayList<>();
  private int pendingReferences;
  private final Map<String, String> fileByKey = new HashMap<>();

  private int loaded;
  private int unchanged;
  private final List<LoadFailure> failures = new ArrayList<>();
  private long nodesCreated;
  private long relationshipsCreated;
  private long relationshipsDeleted;

  LoadRun(Supplier<Session> sessions, int batchDocuments, int batchReferences) {
    this.sessions = sessions;
    this.batchDocuments = batchDocuments;
    this.batchReferences = batchReferences;
  }

  /** Queues one document; writes a batch when one is full. */
  public void add(Document document) {
    DocumentRows rows = DocumentRows.admit(document, fileByKey, failures);
    if (rows == null) {
      return;
    }
    pending.add(rows);
    pendingReferences += rows.references().size();
    if (pending.size() >= batchDocuments || pendingReferences >= batchReferences) {
      flush();
    }
  }

  /** Writes what is still queued and reports the whole run. */
  public LoadReport finish() {
    flush();
    return new LoadReport(
        loaded,
        unchanged,
        failures,
        nodesCreated,
        relationshipsCreated,
        relationshipsDeleted,
        (System.nanoTime() - started) / 1e9);
  }

  private void flush() {
    if (pending.isEmpty()) {
      return;
    }
    List<DocumentRows> batch = List.copyOf(pending);
    pending.clear();
    pendingReferences = 0;
    write(batch);
  }

  private void write(List<DocumentRows> batch) {
    BatchResult result;
    try (Session session = sessions.get()) {
      result = session.executeWrite(tx -> writeBatch(tx, batch));
    } catch (Neo4jException e) {
      if (isFatal(e)) {
        throw fatal(e);
      }
      if (batch.size() == 1) {
        DocumentRows rows = batch.get(0);
        String file = Objects.toString(documentProps(rows).get("file"), "");
        failures.add(new LoadFailure(file, rows.key(), GraphConnection.oneLine(e)));
      } else {
        batch.forEach(rows -> write(List.of(rows)));
      }
      return;
    }
    loaded += result.loaded();
    unchanged += result.unchanged();
    nodesCreated += result.nodesCreated();
    relationshipsCreated += result.relationshipsCreated();
    relationshipsDeleted += result.relationshipsDeleted();
  }

  private static BatchResult writeBatch(TransactionContext tx, List<DocumentRows> batch) {
    Counter counter = new Counter();
    List<DocumentRows> changed = changed(tx, batch);
    if (changed.isEmpty()) {
      return new BatchResult(0, batch.size(), 0, 0, 0);
    }
    List<Object> formerTargets = new ArrayList<>();
    List<Map<String, Object>> documents = new ArrayList<>();
    List<Map<String, Object>> references = new ArrayList<>();
    List<Map<String, Object>> sessions = new ArrayList<>();
    List<Map<String, Object>> reports = new ArrayList<>();
    List<Map<String, Object>> sponsors = new ArrayList<>();
    List<Map<String, Object>> drafts = new ArrayList<>();
    List<String> resolutions = new ArrayList<>();
    for (DocumentRows rows : changed) {
      documents.add(rows.document());
      references.addAll(rows.references());
      if (rows.session() != null) {
        sessions.add(rows.session());
      }
      if (rows.report() != null) {
        reports.add(rows.report());
      }
      sponsors.addAll(rows.sponsors());
      boolean resolution = rows.label().equals(DocumentRows.RESOLUTION);
      boolean draft = Boolean.TRUE.equals(rows.document().get("draft"));
      if (resolution) {
        resolutions.add(rows.key());
      }
      if (resolution || draft) {
        drafts.add(Map.of("key", rows.key(), "role", resolution ? "resolution" : "draft"));
      }
    }
    Map<String, String> documentIds = new HashMap<>();
    var merged = tx.run(LoaderQueries.MERGE_DOCUMENTS.text(), Map.of("rows", documents));
    for (Record r : merged.list()) {
      documentIds.put(
          r.get("label").asString() + " " + r.get("key").asString(), r.get("id").asString());
      formerTargets.addAll(r.get("formerTargets").asList());
    }
    counter.add(merged.consume().counters());
    Map<String, String> targetIds = new HashMap<>();
    var targets =
        tx.run(LoaderQueries.MERGE_TARGETS.text(), Map.of("rows", Targets.of(references)));
    for (Record r : targets.list()) {
      targetIds.put(
          r.get("kind").asString() + " " + r.get("key").asString(), r.get("id").asString());
    }
    counter.add(targets.consume().counters());
    List<Map<String, Object>> citations = new ArrayList<>(references.size());
    for (Map<String, Object> ref : references) {
      citations.add(
          Map.of(
              "from", documentIds.get(ref.get("fromLabel") + " " + ref.get("from")),
              "to", targetIds.get(ref.get("kind") + " " + ref.get("key")),
              "rel", ref.get("rel")));
    }
    counter.run(tx, LoaderQueries.CREATE_CITATIONS, "rows", citations);
    counter.run(tx, LoaderQueries.LINK_SESSIONS, "rows", sessions);
    counter.run(tx, LoaderQueries.LINK_REPORTS, "rows", reports);
    counter.run(tx, LoaderQueries.LINK_SPONSORS, "rows", sponsors);
    counter.run(tx, LoaderQueries.UNLINK_DRAFTS, "keys", resolutions);
    counter.run(tx, LoaderQueries.LINK_DRAFTS, "rows", drafts);
    counter.run(tx, LoaderQueries.REFRESH_CITED_NAMES, "ids", formerTargets);
    counter.run(tx, LoaderQueries.DELETE_ORPHANS, "ids", formerTargets);
    return new BatchResult(
        changed.size(),
        batch.size() - changed.size(),
        counter.nodesCreated - counter.nodesDeleted,
        counter.relationshipsCreated,
        counter.relationshipsDeleted);
  }

  /** The documents of the batch whose file or extractor differs from what the graph holds. */
  private static List<DocumentRows> changed(TransactionContext tx, List<DocumentRows> batch) {
    List<Map<String, Object>> keys = new ArrayList<>();
    for (DocumentRows rows : batch) {
      keys.add(Map.of("key", rows.key(), "label", rows.label()));
    }
    Set<String> current = new HashSet<>();
    for (Record r : tx.run(LoaderQueries.FINGERPRINTS.text(), Map.of("rows", keys)).list()) {
      if (Extractor.VERSION.equals(r.get("extractor").asString(null))) {
        current.add(r.get("key").asString() + " " + r.get("checksum").asString(""));
      }
    }
    return batch.stream()
        .filter(rows -> !current.contains(rows.key() + " " + rows.fingerprint()))
        .toList();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> documentProps(DocumentRows rows) {
    return (Map<String, Object>) rows.document().get("props");
  }

  /**
   * Errors no other document would escape: the server is gone, refuses us, or its database can no
   * longer commit (a full disk fails the transaction log: {@code
   * Neo.DatabaseError.Transaction.TransactionLogError}, then every start fails).
   */
  static boolean isFatal(Neo4jException e) {
    return e instanceof ServiceUnavailableException
        || e instanceof SessionExpiredException
        || e instanceof SecurityException
        || e instanceof FatalDiscoveryException
        || e instanceof DatabaseException
            && e.code() != null
            && e.code().startsWith("Neo.DatabaseError.Transaction.");
  }

  static GraphLoadException fatal(RuntimeException e) {
    if (e instanceof GraphLoadException g) {
      return g;
    }
    String what =
        e instanceof ServiceUnavailableException || e instanceof SessionExpiredException
            ? "lost the connection to Neo4j: "
            : "Neo4j failed: ";
    return new GraphLoadException(what + GraphConnection.oneLine(e), e);
  }

  private record BatchResult(
      int loaded,
      int unchanged,
      long nodesCreated,
      long relationshipsCreated,
      long relationshipsDeleted) {}

  /** Adds up the counters of the queries of one batch. */
  private static final class Counter {
    long nodesCreated;
    long nodesDeleted;
    long relationshipsCreated;
    long relationshipsDeleted;

    void run(TransactionContext tx, CypherResource query, String name, List<?> rows) {
      if (!rows.isEmpty()) {
        add(tx.run(query.text(), Map.of(name, rows)).consume().counters());
      }
    }

    void add(SummaryCounters c) {
      nodesCreated += c.nodesCreated();
      nodesDeleted += c.nodesDeleted();
      relationshipsCreated += c.relationshipsCreated();
      relationshipsDeleted += c.relationshipsDeleted();
    }
  }
}
