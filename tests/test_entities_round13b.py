"""Round 13b (projects, counted on 200 random corpus reports, seed 1331, and on the 2,999): the items of a bare list of
power stations share the kind of station the last item names (乌东德、白鹤滩水电站 → 乌东德水电站, not 乌东德电站).

Each case is a sentence of a corpus report outside the regions of the held-out sets; the expected names follow
../shared/gold/GUIDELINES.md (split coordinated names: 青峰路、环卫路转运站 → 青峰路转运站, 环卫路转运站).
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

SHARED_KIND = [
    ("打好“绿色能源”牌，推进乌东德、白鹤滩水电站建设，加快发展水电铝、硅、锂材精深加工。",  # 昆明 2019
     {"乌东德水电站", "白鹤滩水电站"}, {"乌东德电站"}),
    ("扎实推进苏洼龙、叶巴滩、巴塘等水电站建设，开工建设拉哇、扎拉、拉康水电站，确保金桥等电站建成发电。",  # 西藏 2019
     {"拉哇水电站", "扎拉水电站", "拉康水电站"}, {"拉哇电站", "扎拉电站"}),
    ("加快推进岗托、楞古、牙根二级水电站前期工作，新增清洁能源装机150万千瓦。",  # 甘孜 2023
     {"岗托水电站", "楞古水电站"}, {"岗托电站", "楞古电站"}),
    ("推进“新能源+储能”协调发展，加快左权、榆社、和顺抽水蓄能电站项目落地建设。",  # 晋中 2023
     {"左权抽水蓄能电站", "榆社抽水蓄能电站", "和顺抽水蓄能电站"}, {"左权电站", "榆社电站"}),
]


@pytest.mark.parametrize("text,expected,wrong", SHARED_KIND)
def test_bare_station_list_shares_the_kind(text, expected, wrong):
    found = extract(text)["projects"]
    assert expected <= found
    assert not wrong & found


def test_works_item_takes_no_station_kind():
    # 衢州 2021: 衢江治理二期 is a phase of river works, not a pumped-storage station
    found = extract("抓好开化水库、常山江航电枢纽、衢江治理二期、衢江抽水蓄能电站建设，开工寺桥水库。")["projects"]
    assert "衢江抽水蓄能电站" in found
    assert "衢江治理二期抽水蓄能电站" not in found


def test_station_named_by_a_word_ending_in_shui_keeps_a_name_before_it():
    # 水 alone before 电站 (no name before it) is not a kind the items share
    from kg.extract.entities.heads import _power_kind
    assert _power_kind("白鹤滩水", ["乌东德"]) == "水"
    assert _power_kind("清水", ["乌东德"]) == ""
    assert _power_kind("衢江抽水蓄能", ["衢江治理二期"]) == ""
