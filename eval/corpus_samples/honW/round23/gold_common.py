"""Round 23 honGA: (gold json, text) pairs of the official gold and eval/dev2 … dev25 (never the blind sets)."""
import glob
import os


def gold_files():
    files = []
    for t in glob.glob("/work/shared/gold/excerpts/*.txt"):
        b = os.path.basename(t)[:-4]
        for g in (f"/work/shared/gold/{b}.json", f"/work/shared/gold/{b.replace('_excerpt', '')}.json"):
            if os.path.exists(g):
                files.append((g, t))
    for i in range(2, 26):
        files += [(g, g.replace(".gold.json", ".txt")) for g in glob.glob(f"eval/dev{i}/*.gold.json")]
    return sorted(files)
