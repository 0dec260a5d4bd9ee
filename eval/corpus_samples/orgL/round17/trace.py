"""Round 17 orgQ: which code adds an organization name to a sentence (stack of _Sentence.add calls).
usage: PYTHONPATH=$PWD python trace.py 'SENTENCE' [NAME]"""
import sys
import traceback

from kg.extract.entities import sentence as S
from tests.test_entities import extract

orig = S._Sentence.add


def add(self, kind, start, end, rank, name=None):
    n = name if name is not None else self.text[start:end]
    if kind == "organization" and (len(sys.argv) < 3 or sys.argv[2] in n):
        st = [f"{f.name}:{f.lineno}" for f in traceback.extract_stack()[-5:-1]]
        print("ADD", n, rank, " <- ".join(reversed(st)))
    return orig(self, kind, start, end, rank, name)


S._Sentence.add = add
print(extract(sys.argv[1])["organizations"])
