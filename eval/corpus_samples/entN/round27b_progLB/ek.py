import sys
sys.path.insert(0,'.')
sys.path.insert(0,'tests')
from spans import entity_kinds
for line in sys.stdin:
    line=line.strip()
    if line: print(line[:60], '=>', {k:sorted(v) for k,v in entity_kinds(line).items()})
