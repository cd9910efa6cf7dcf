"""The read-only runs dashboard: pages over the store, charts, and a small HTTP server."""
