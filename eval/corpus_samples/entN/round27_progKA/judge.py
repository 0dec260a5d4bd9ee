"""Mark each changed line of a pdiff.py output y/half/n (HALF: (report tail, sentence, name) read as half right; the rest y)."""
import sys
HALF={("朝阳市/2014.txt","可生育两个孩子政策"),("无锡市/2014.txt","可生育两个孩子的政策"),("宜宾市/2016.txt","可生育两个孩子政策"),
      ("西藏自治区/2022.txt","三孩政策"),("太原市/2019.txt#144","三供一业"),("太原市/2019.txt#144","三供一业分离移交")}
WHY={"可生育两个孩子政策":"the policy's qualifier (一方是独生子女的夫妇 / 一对夫妻) cut off",
     "可生育两个孩子的政策":"the policy's qualifier (一方是独生子女的夫妇) cut off",
     "三孩政策":"鼓励“三孩”政策措施: 政策 qualifies 措施",
     "三供一业":"the work is the repair after the handover (分离移交后维修改造)","三供一业分离移交":"the work is the repair after the handover (分离移交后维修改造)"}
seen=set()
print("report\tsentence\tchange\tname\tjudgement\tnote")
cur=None
for line in open(sys.argv[1]):
    if line.startswith("   "):
        sign,name=line.strip().split(" ",1)
        key=(cur[0],cur[1],sign,name)
        if key in seen: continue
        seen.add(key)
        tail="/".join(cur[0].split("/")[-2:])
        half=(tail,name) in HALF or (f"{tail}#{cur[1]}",name) in HALF
        if half and "西藏" in tail and name!="三孩政策": half=False
        print(f"{cur[0]}\t{cur[1]}\t{sign}\t{name}\t{'half' if half else 'y'}\t{WHY.get(name,'') if half else ''}")
    elif "|" in line:
        r,rest=line.split(" ",1); i=rest.split(" ",1)[0]; cur=(r,i)
