"""Plain text (.txt, .md): detect the encoding, refuse binary data."""

from __future__ import annotations

from charset_normalizer import from_bytes

from ..errors import InputError

BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# A decoded text with more of these than this share is not a report but binary data or a wrong guess.
MAX_BAD_SHARE = 0.01


def read_text(data: bytes, name: str) -> str:
    """Decode text bytes: a BOM first, then strict UTF-8, then a charset detector."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _checked(data[len(bom):].decode(encoding, errors="replace"), name)
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return _checked(utf16, name)
    if b"\x00" in data:
        raise InputError(f"{name}: binary data, not a text file")
    try:
        return _checked(data.decode("utf-8"), name)
    except UnicodeDecodeError:
        pass
    # Chinese reports come in GB18030 (or its subsets GBK and GB2312) or Big5: ask the detector among
    # those first, since on short texts an unrestricted guess can land on a single-byte code page.
    best = from_bytes(data, cp_isolation=["gb18030", "big5", "utf_8"]).best() or from_bytes(data).best()
    if best is None:
        raise InputError(f"{name}: cannot tell the text encoding (not UTF-8, UTF-16 or GB18030)")
    encoding = "gb18030" if best.encoding in {"gbk", "gb2312", "cp936", "hz"} else best.encoding
    return _checked(data.decode(encoding, errors="replace"), name)


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: zero bytes (the high byte of ASCII) all on one side, and it decodes cleanly."""
    if len(data) < 8 or len(data) % 2:
        return None
    sample = data[:65536]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if even + odd == 0 or min(even, odd) > (even + odd) // 20:
        return None
    encoding = "utf-16-le" if odd > even else "utf-16-be"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    plausible = sum(1 for ch in text[:20000] if ch.isprintable() or ch in "\n\r\t\f")
    return text if plausible >= 0.95 * min(len(text), 20000) else None


def _checked(text: str, name: str) -> str:
    """Refuse text that decoded into replacement or control characters: binary or undecodable bytes."""
    if not text:
        return text
    bad = sum(1 for ch in text if ch == "\ufffd" or (ch < " " and ch not in "\n\r\t\f\v"))
    if bad > max(2, MAX_BAD_SHARE * len(text)):
        raise InputError(f"{name}: binary data or an unknown encoding ({bad} undecodable characters)")
    return text
