"""Coact Desktop: read, search and add to Coact's history of drug user organising, offline."""

__version__ = "0.1.0"
