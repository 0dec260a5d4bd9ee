"""Mark each changed sentence of a pdiff.py output y/half/n (judged by reading every line; HALF/NO keyed by report tail#index)."""
import sys
HALF={"天津市/2023.txt#312":"试点经验: the experience of the pilot is what is copied (name right, object longer)",
      "安徽省/2018.txt#49":"试点经验: as above",
      "保山市/2022.txt#31":"乡村振兴试点建设: the pilot villages' building; the name was wrong before too",
      "普洱市/2023.txt#70":"无废城市建设和… coordination read before stays; 试点 itself right",
      "牡丹江市/2022.txt#182":"…确权登记和…机制 coordination read before stays; 试点 itself right",
      "宁夏回族自治区/2026.txt#97":"智慧城市、海绵城市、无废城市试点: 试点 shared by the list, only the last item takes it",
      "天津市/2012.txt#251":"…处理和清洁工程 coordination read before stays; 试点 itself right",
      "宁波市/2012.txt#41":"…和市级… coordination read before stays; 试点 itself right",
      "贵阳市/2015.txt#243":"可复制改革试点经验: the name was a fragment before too",
      "恩施土家族苗族自治州/2021.txt#217":"乡村振兴试点规划编制: the plan of the pilot; the name was wrong before too",
      "昌都市/2023.txt#47":"the place list before the name read before stays; 试点 itself right"}
NO={"浙江省/2020.txt#325":"三年改革试点: a generic name (三年改革 before, also wrong)",
    "延安市/2014.txt#303":"承担中省改革试点: a generic name with its verb (承担中省改革 before, also wrong)"}
print("report\tsentence\tchange\tjudgement\tnote")
from collections import Counter
c=Counter(); cur=None; ch=[]
def flush():
    if cur is None: return
    key="/".join(cur[0].split("/")[-2:])+"#"+cur[1]
    j="half" if key in HALF else "n" if key in NO else "y"
    c[j]+=1
    print(f"{cur[0]}\t{cur[1]}\t{' '.join(ch)}\t{j}\t{HALF.get(key) or NO.get(key) or ''}")
for line in open(sys.argv[1]):
    if line.startswith("   "): ch.append(line.strip())
    elif " | " in line:
        flush(); r,rest=line.split(" ",1); cur=(r,rest.split(" ",1)[0]); ch=[]
flush()
print(f"# sentences: {dict(c)}")
