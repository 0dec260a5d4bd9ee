# Round 17 (projQ): lines of /tmp corpus sentences (grep: a 、-list closed by 等…项目/工程, 1,500 drawn with shuf --random-source=<(yes 13), reports outside the 200) that fix 3 changes; usage: PYTHONPATH=$PWD python try_fix3.py < FILE:SENTENCE lines
import sys
from tests.test_entities import extract
import kg.extract.entities.api as api
for line in sys.stdin.read().strip().split("\n"):
    f, _, t = line.partition(":")
    a = extract(t)["projects"]
    old = api._sector_peer; api._sector_peer = lambda *x: False
    b = extract(t)["projects"]; api._sector_peer = old
    if b - a:
        print(f, "|", t[:120], "| lost", sorted(b - a), "| kept", sorted(a))
