"""What travels between laptops: export, the inbox, keys and trust, a history's public form,
editions, answers, and the program itself."""

# The modules the GUI and the command line may import; the rest is this wing's own.
__all__ = [
    "age_keys",
    "answer_format",
    "answers",
    "bundle_read",
    "edition_plan",
    "editions",
    "export",
    "history",
    "inbox",
    "keys",
    "preflight",
    "release",
    "root_signing",
]
