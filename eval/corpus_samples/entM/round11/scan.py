import glob,random,re,sys,collections
files=sorted(glob.glob("/tmp/govkg-corpus/reports/*/*/*.txt"))
samp=set(random.Random(1111).sample(files,200))
pats={
 "island": r"[\u4e00-\u9fff]{2,6}(?:科创岛|生命岛|科技岛|智慧岛|创新岛|数字岛|金融岛|会客厅岛)",
 "anyisland_built": r"(?:建设|建成|打造|启动|开工|推进)[^，。；、]{0,8}[\u4e00-\u9fff]{2,5}岛(?:[一二三]期|项目|建设)?[，。；、]",
 "dashichang": r"[\u4e00-\u9fff]{2,8}大市场",
 "ziyuanku": r"[\u4e00-\u9fff]{2,10}(?:种质资源库|基因库|资源库)",
 "huanjing": r"[\u4e00-\u9fff]{2,8}(?:路|街|河|湖|口|线|片区|广场|区域)环境综合整治",
 "xiushan": r"[\u4e00-\u9fff]{2,10}(?:旧址|故居|遗址|公寓|建筑群|会馆|祠|寺|塔|楼|庙|城墙|古城|古建筑)[\u4e00-\u9fff]{0,4}修缮",
 "kexuecheng": r"[\u4e00-\u9fff]{2,6}科学城",
 "hangtiangang": r"[\u4e00-\u9fff]{2,6}(?:航天港|信息港|枢纽港|数字港|陆港|空港|无水港|内陆港)",
 "yaogu": r"[\u4e00-\u9fff]{2,6}(?:药谷|光谷|硅谷|数谷|电谷|酒谷|茶谷|康谷|创谷)",
 "company_verb": r"(?:^|[，。；、])(?:[\u4e00-\u9fff]{2,4}(?:股份|科技|智能|电子|新材|药业|汽车|能源|生物|控股))(?:、[\u4e00-\u9fff]{2,8})*(?:成功|顺利|正式)?(?:上市|挂牌|投产|量产|转板|过会|落户)",
}
for k,p in pats.items():
    r=re.compile(p); ns=0; nall=0; ex=collections.Counter()
    for f in files:
        t=open(f,encoding="utf-8",errors="ignore").read()
        ms=r.findall(t)
        if ms:
            nall+=1
            if f in samp: ns+=1
            for m in ms[:2]: ex[m]+=1
    print(k, "sample200:",ns,"corpus:",nall, " ".join(x for x,_ in ex.most_common(12)))
