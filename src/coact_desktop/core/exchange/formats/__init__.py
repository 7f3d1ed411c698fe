"""File formats on their own: minisign, age, BagIt, safe ZIP, strict JSON (they know no wing)."""
