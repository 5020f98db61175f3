"""The regression cases are inputs, not tests (a tree may hold a test_*.py of its own)."""

collect_ignore_glob = ["regressions/*"]
