"""The benchmark's five-node chain as a package `langgraph dev` can load (see langgraph.json)."""
