// Every key in the graph: the key resolver matches case-insensitively and finds the nearest keys.
// Parameters: none.
// Returns: key.
// Example: (no parameters)
MATCH (n:Resolution|Decision|Document|Instrument|Body|State)
RETURN n.key AS key
