"""Shared by the cross-set scripts: the misses and inventions `kg eval --explain` prints, and the sentence a name comes from.

    from explain_items import explain_items, context   # with eval/corpus_samples on sys.path
"""
import re
import subprocess
from collections.abc import Iterator


def explain_items(gold: str, build: str, kind: str, kg: str = ".venv/bin/kg") -> Iterator[tuple[str, str, str]]:
    """(text file, "missed" or "invented", name) of one kind, for every gold file of `kg eval GOLD -g BUILD --explain`."""
    r = subprocess.run([kg, "eval", gold, "-g", build, "--explain"], capture_output=True, text=True)
    cur = sect = None
    for line in r.stdout.splitlines():
        m = re.match(r"== (\S+) → (\S+)", line)
        if m:
            cur = m.group(2)
            continue
        m = re.match(r"  (\w+):$", line)
        if m:
            sect = m.group(1)
            continue
        m = re.match(r"    ([-+]) (missed|invented): (.+)$", line)
        if m and sect == kind:
            yield cur, m.group(2), m.group(3)


def context(text: str, name: str) -> str:
    """The clause of `text` a name (quotes ignored) or its first/last characters come from; "?" if none."""
    bare = name.replace("“", "").replace("”", "")
    plain = text.replace("“", "").replace("”", "")
    for key in (bare, bare[:6], bare[-6:], bare[:4]):
        i = plain.find(key)
        if i >= 0:
            a = max(plain.rfind("。", 0, i), plain.rfind("；", 0, i), plain.rfind("\n", 0, i), i - 60)
            b = min([x for x in (plain.find("。", i), plain.find("；", i), plain.find("\n", i), i + 80) if x >= 0])
            return plain[a + 1:b + 1].strip()
    return "?"
