import sys
from kg.extract.entities.api import _analyse
for line in sys.argv[1:]:
    f, h = _analyse(line)
    print(line); print("   ", [(x.kind, x.name) if hasattr(x,'kind') else x for x in f])
