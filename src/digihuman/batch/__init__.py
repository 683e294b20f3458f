"""`digihuman batch`: one video per line of a JSONL file, each created exactly once at the documented rate,
resumable from its SQLite ledger, shared by several processes (docs/batch.md)."""
