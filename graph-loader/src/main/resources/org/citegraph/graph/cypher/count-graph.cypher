// How big the graph is: all nodes and all relationships.
// Parameters: none.
// Returns: nodes, relationships.
// Example: RETURN 1
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
