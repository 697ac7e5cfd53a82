"""Set English translations from the command line, then recompile:

    python tools/set_translation.py CONTEXT "nguồn tiếng Việt" "English text" [CONTEXT SOURCE TEXT ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import translations  # noqa: E402


def main(args: list[str]) -> None:
    if not args or len(args) % 3:
        raise SystemExit(__doc__)
    given = {(args[i], args[i + 1]): args[i + 2] for i in range(0, len(args), 3)}
    messages, preset = translations.collect()
    unknown = [key for key in given if key not in messages]
    if unknown:
        raise SystemExit(f"not a source text: {unknown}")
    existing = translations.read_ts(translations.TS_FILE)
    merged = {key: given.get(key) or existing.get(key) or preset.get(key, "") for key in messages}
    translations.write_ts(translations.TS_FILE, messages, merged)
    translations.compile_qm()


if __name__ == "__main__":
    main(sys.argv[1:])
