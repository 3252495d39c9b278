// The schema: one node per key for each label (KEYS.md keys), and the indexes the loader's lookups use.
// Parameters: none. Returns: nothing. Several statements, each ending with ';' at the end of a line.
// Example: SHOW CONSTRAINTS YIELD name WHERE name STARTS WITH 'citegraph_'
CREATE CONSTRAINT citegraph_resolution_key IF NOT EXISTS FOR (n:Resolution) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT citegraph_decision_key IF NOT EXISTS FOR (n:Decision) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT citegraph_document_key IF NOT EXISTS FOR (n:Document) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT citegraph_instrument_key IF NOT EXISTS FOR (n:Instrument) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT citegraph_body_key IF NOT EXISTS FOR (n:Body) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT citegraph_state_key IF NOT EXISTS FOR (n:State) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT citegraph_session_key IF NOT EXISTS FOR (n:Session) REQUIRE n.key IS UNIQUE;
CREATE INDEX citegraph_resolution_session_title IF NOT EXISTS FOR (n:Resolution) ON (n.session, n.title);
CREATE INDEX citegraph_draft_session_title IF NOT EXISTS FOR (n:Draft) ON (n.session, n.title);
