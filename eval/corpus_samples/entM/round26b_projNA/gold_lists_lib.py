"""Round 26b (projNA): the list pattern and name normalisation shared by gold_lists*.py."""
import re

LIST = re.compile(r"([^，。；：:]{4,}?、[^，。；：:]+?)(?:等|共)(?:[0-9一二三四五六七八九十百]+[个项批])?[^，。；、]{0,14}?项目"
                  r"|([^，。；：:]{4,}?、[^，。；：:]+?)[0-9一二三四五六七八九十百]+个[^，。；、]{0,10}?项目")


def norm(x):
    return re.sub(r"[“”‘’\"\s]", "", x).replace("（", "(").replace("）", ")")


