import sys
sys.path.insert(0,'.')
from tests.test_entities import extract
for t in sys.argv[1:]:
    f=extract(t); print(t[:60],"\n   P:",sorted(f["projects"]),"O:",sorted(f["organizations"]),"G:",sorted(f["programs"]))
