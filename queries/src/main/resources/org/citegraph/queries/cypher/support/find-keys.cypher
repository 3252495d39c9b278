// Which of the candidate keys name a node: the key resolver asks it before a canned query runs.
// Parameters: $keys, a list of candidate keys.
// Returns: key (only those that exist).
// Example: $keys = ['GA 64/178', 'HRC 64/178']
UNWIND $keys AS key
MATCH (n:Resolution|Decision|Document|Instrument|Body|State {key: key})
RETURN DISTINCT key
