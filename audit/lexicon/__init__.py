"""Data, not code: outlet registry, word lists, patterns and rule packs."""
