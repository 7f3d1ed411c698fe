"""The reader's library: editions, organisations, timeline, accepted group histories, search."""

# The modules the GUI and the command line may import; the rest is this wing's own.
__all__ = ["changes", "edition", "edition_compose", "first_paint", "service"]
