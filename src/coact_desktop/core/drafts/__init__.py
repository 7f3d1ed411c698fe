"""A group's own history on its laptop: the draft, its service, attachments and consent."""

# The modules the GUI and the command line may import; the rest is this wing's own.
__all__ = ["attachments", "consent", "model", "service", "text_size"]
