"""What the window and the command line both say, in the reader's language (no widgets)."""
