"""Pairing old entities with new ones: exact phases, then one global assignment."""

from semdiff.match.phases import Candidate, Matching, match_entities

__all__ = ["Candidate", "Matching", "match_entities"]
