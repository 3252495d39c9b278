package org.citegraph.graph;

import java.util.List;
import org.citegraph.extractor.model.Document;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.ClientException;

/**
 * Writes extraction records into Neo4j, through the driver only: batched {@code UNWIND $rows}
 * queries from {@code .cypher} resources, one transaction per batch. Loading is idempotent (an
 * unchanged document is skipped) and incremental (a changed document gets its outgoing
 * relationships replaced, its node kept, so the edges other documents point at it survive).
 */
public final class GraphLoader {
  /** A batch closes at this many documents... */
  public static final int BATCH_DOCUMENTS = 1_000;

  /** ...or at this many references, whichever comes first. */
  public static final int BATCH_REFERENCES = 10_000;

  private final Driver driver;
  private final SessionConfig sessionConfig;
  private final int batchDocuments;
  private final int batchReferences;

  public GraphLoader(Driver driver) {
    this(driver, null, BATCH_DOCUMENTS, BATCH_REFERENCES);
  }

  /**
   * @param database the database to write to, or null for the server's default
   */
  public GraphLoader(
      Driver driver, @Nullable String database, int batchDocuments, int batchReferences) {
    if (batchDocuments < 1 || batchReferences < 1) {
      throw new IllegalArgumentException(
          "batch sizes must be positive: " + batchDocuments + ", " + batchReferences);
    }
    this.driver = driver;
    this.sessionConfig =
        database == null ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
    this.batchDocuments = batchDocuments;
    this.batchReferences = batchReferences;
  }

  /**
   * Creates the uniqueness constraints and indexes if they are missing. Each statement is a managed
   * transaction of its own, so that two loads starting at once, which deadlock on the schema locks,
   * are retried by the driver instead of failing; a rule that another load created in the meantime
   * is taken as it is.
   */
  public void ensureSchema() {
    try (Session session = session()) {
      for (String statement : LoaderQueries.CONSTRAINTS.statements()) {
        try {
          session.executeWrite(tx -> tx.run(statement).consume());
        } catch (ClientException e) {
          // IF NOT EXISTS still fails when another load creates the same rule at the same moment
          if (!e.code().startsWith("Neo.ClientError.Schema.")
              || !e.code().endsWith("AlreadyExists")) {
            throw e;
          }
        }
      }
      session.run("CALL db.awaitIndexes(300)").consume();
    } catch (RuntimeException e) {
      throw LoadRun.fatal(e);
    }
  }

  /** Starts a load: add documents one at a time, then {@link LoadRun#finish()}. */
  public LoadRun start() {
    ensureSchema();
    return new LoadRun(this::session, batchDocuments, batchReferences);
  }

  /** Loads the documents in one run. */
  public LoadReport load(Iterable<Document> documents) {
    LoadRun run = start();
    for (Document document : documents) {
      run.add(document);
    }
    return run.finish();
  }

  /** The number of nodes and relationships in the whole graph. */
  public GraphCounts counts() {
    try (Session session = session()) {
      Record r = session.run(LoaderQueries.COUNT_GRAPH.text()).single();
      return new GraphCounts(r.get("nodes").asLong(), r.get("relationships").asLong());
    } catch (RuntimeException e) {
      throw LoadRun.fatal(e);
    }
  }

  Session session() {
    return driver.session(sessionConfig);
  }

  /** Nodes and relationships in the graph. */
  public record GraphCounts(long nodes, long relationships) {}

  /** The loader's queries, read once. */
  static final class LoaderQueries {
    static final CypherResource CONSTRAINTS = load("constraints");
    static final CypherResource FINGERPRINTS = load("document-fingerprints");
    static final CypherResource MERGE_DOCUMENTS = load("merge-documents");
    static final CypherResource MERGE_TARGETS = load("merge-targets");
    static final CypherResource CREATE_CITATIONS = load("create-citations");
    static final CypherResource LINK_SESSIONS = load("link-sessions");
    static final CypherResource LINK_REPORTS = load("link-reports");
    static final CypherResource LINK_SPONSORS = load("link-sponsors");
    static final CypherResource UNLINK_DRAFTS = load("unlink-drafts");
    static final CypherResource LINK_DRAFTS = load("link-drafts");
    static final CypherResource REFRESH_CITED_NAMES = load("refresh-cited-names");
    static final CypherResource DELETE_ORPHANS = load("delete-orphans");
    static final CypherResource COUNT_GRAPH = load("count-graph");

    static final List<CypherResource> ALL =
        List.of(
            CONSTRAINTS,
            FINGERPRINTS,
            MERGE_DOCUMENTS,
            MERGE_TARGETS,
            CREATE_CITATIONS,
            LINK_SESSIONS,
            LINK_REPORTS,
            LINK_SPONSORS,
            UNLINK_DRAFTS,
            LINK_DRAFTS,
            REFRESH_CITED_NAMES,
            DELETE_ORPHANS,
            COUNT_GRAPH);

    private LoaderQueries() {}

    private static CypherResource load(String name) {
      return CypherResource.load(GraphLoader.class, name);
    }
  }
}
