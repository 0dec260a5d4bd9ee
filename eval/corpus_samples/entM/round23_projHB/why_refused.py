"""Round 23 (projHB): for each project WHOLE miss of the cross-set table, which name test refuses it.

usage: PYTHONPATH=$PWD python why_refused.py WHOLE.tsv OUT.tsv
WHOLE.tsv is the output of ../round22b_projGA/whole_misses.py (set, file, name, list?, window), itself run on the output
of ../round21b_lists/cross_explain.py (called with SETS extended to dev25, see run_cross.py).
For each miss: what the base extractor finds of any kind overlapping it in its sentence (a miss read as an organization or
a program is another cause), jieba's first word, and the refusals of round 18b's _works_name (the works-name test that
rounds 18b, 19, 20b, 21, 22b call), round 18b's _named, round 15's head test (via round 21's _works), START_NOT, KIND.
"""
from __future__ import annotations

import re
import sys

from kg.extract.entities.api import _analyse
from kg.extract.entities.lexicon import _lexicon
from kg.extract.entities.lists import SUBJECT_NOT
from kg.extract.entities.patterns import COUNTED, GENERIC_LEAD
from kg.extract.entities.round18b_projects import NOT_WORKS, START_NOT, _named, _works_end
from kg.extract.entities.round21_triggers import _works
from kg.extract.entities.round22b_projects import KIND
from kg.extract.entities.stems import common_word, pos


def refusals(name: str) -> list[str]:
    out = []
    if not 3 <= len(name) <= 24:
        out.append("length")
    m = NOT_WORKS.search(name)
    if m:
        out.append(f"NOT_WORKS:{m.group(0)}")
    m = SUBJECT_NOT.search(name)
    if m:
        out.append(f"SUBJECT_NOT:{m.group(0)}")
    if COUNTED.search(name):
        out.append("COUNTED")
    if GENERIC_LEAD.match(name):
        out.append("GENERIC_LEAD")
    if not re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9（）()·—－-]+", name):
        out.append("charset")
    if re.search(r"[（(]", name):
        out.append("bracket")
    lex = _lexicon()
    head = lex.head_at_end.search(name)
    end = _works_end().search(name)
    if head and head.end() == len(name) and lex.head_role.get(head.group(0)) in ("place", "facility", "org"):
        stem = name[:head.start()]
        role = lex.head_role[head.group(0)]
        out.append(f"head:{head.group(0)}/{role}")
        if role == "org":
            out.append("head-org")
        if len(stem) < 2:
            out.append("stem<2")
        elif common_word(stem):
            out.append(f"common-stem:{stem}")
    elif end is None:
        out.append("no-works-end")
    else:
        stem = name[:end.start()]
        if len(stem) < 2:
            out.append("stem<2")
        elif common_word(stem) and not pos(stem)[0][1].startswith("ns"):
            out.append(f"common-stem:{stem}")
    if not _named(name):
        out.append("not-named")
    first = pos(name)[0]
    if len(first[0]) == 1:
        out.append(f"first-1char:{first[0]}")
    elif common_word(first[0]):
        out.append(f"first-common:{first[0]}")
    if START_NOT.search(name):
        out.append("START_NOT")
    if KIND.search(name):
        out.append("KIND")
    if _works(name, "建成"):
        out.append("WORKS-OK")
    return out


def main() -> None:
    with open(sys.argv[2], "w", encoding="utf-8") as w:
        for line in open(sys.argv[1], encoding="utf-8"):
            r = line.rstrip("\n").split("\t")
            if len(r) < 5:
                continue
            s, f, name, lst, win = r[:5]
            found = []
            sent = ""
            for piece in re.split(r"(?<=[。；;！？])", win):
                if name[:3] in piece:
                    sent = piece
            if sent:
                for x in _analyse(sent)[0]:
                    if x.name and (x.name in name or name in x.name or name[:3] in x.name):
                        found.append(f"{x.kind[:4]}:{x.name}")
            first = pos(name)[0]
            w.write("\t".join([s, f, name, lst, ";".join(found) or "-", f"{first[0]}/{first[1]}",
                               " ".join(refusals(name)), win]) + "\n")


if __name__ == "__main__":
    main()
