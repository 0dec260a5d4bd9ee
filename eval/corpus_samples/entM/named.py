"""Which scan candidates look named (a place, a level prefix, a quote, or a proper noun by jieba)."""
from __future__ import annotations

import re

import jieba.posseg as pseg

from kg.extract.entities.stems import _places

LEAD = re.compile(r"^(?:推进|推动|加快|建成|建设|开工|完成|实施|支持|依托|发挥|引进|创新升级|谋划|促进|扩大|搞好|用好|吸引|发展壮大|壮大|新增|新上|上|即|有效发挥|考上|引领|[\d.]+[．.、]|[一二三四五六七八九十]+是)+")


def named(name: str) -> bool:
    name = LEAD.sub("", name.strip("“”《》"))
    if "“" in name or "《" in name:
        return True
    places = _places()
    if any(name[:k] in places for k in range(2, min(len(name), 6) + 1)):
        return True
    if re.match(r"^(?:市|省|县|区|州)(?![级属直])[\u4e00-\u9fff]{2,}", name):
        return True
    words = list(pseg.cut(name[:-2] if len(name) > 4 else name))
    return any(w.flag in ("ns", "nr", "nrt", "nz", "nt", "nrfg") and len(w.word) >= 2 for w in words)
