"""Stage 7: views of a built graph for people (query results, HTML network, evaluation)."""
