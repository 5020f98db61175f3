"""Renderers: pure functions from a DiffReport to text (terminal, json, patch, explain)."""
