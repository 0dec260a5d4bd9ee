"""Remove layout noise from report text: page markers, BOMs, hard line breaks inside sentences."""

from __future__ import annotations

import re

# —3—, - 3 -, ·3·, 第3页, 3/10 standing alone or at a line start (PDF page footers).
PAGE_MARKER = re.compile(
    r"(?m)(?:^[ \t\u3000]*(?:[—–\-－·]\s*\d{1,4}\s*[—–\-－·]|第\s*\d{1,4}\s*页|\d{1,4}\s*/\s*\d{1,4})[ \t\u3000]*$"
    r"|[—–－]\d{1,4}[—–－](?=\S))"
)
SENTENCE_END = "。！？；!?;：:”\""
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u200c\u200d\u2028\u2029\ufeff]")


def clean_text(text: str) -> str:
    """Return the cleaned text that every offset of the graph refers to."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = CONTROL.sub("", text).replace("\xa0", " ")
    lines = text.split("\n")
    out: list[str] = []
    for raw in lines:
        had_marker = bool(PAGE_MARKER.match(raw)) or bool(re.match(r"^[ \t\u3000]*[—–－]\d{1,4}[—–－]", raw))
        line = PAGE_MARKER.sub("", raw).rstrip()
        if not line.strip():
            if had_marker:
                continue  # a page marker alone on a line: not a paragraph break
            if out and out[-1] != "":
                out.append("")
            continue
        if had_marker and out and out[-1] and out[-1][-1] not in SENTENCE_END:
            # A page break cut this sentence (or word) in two: join without a space.
            out[-1] = out[-1] + line.lstrip()
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(s for s in out if s != "") + "\n"
