import sys
from tests.test_entities import extract
for t in open(sys.argv[1], encoding='utf-8').read().split('\n'):
    if t.strip():
        print(sorted(extract(t)['projects']), '|', t[:60])
