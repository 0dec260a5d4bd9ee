"""The HTML network in a real browser: headless Chromium (Debian's) driven by Playwright, offline, from file://.

Marked `browser`. Without Chromium or Playwright these tests are skipped on a developer's machine, but under
CI=true they fail: .ci/run installs both, and a green run must mean the page was really opened.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from test_viz import EVIL, evil_graph

from kg import build
from kg.views.html import write_view
from kg.views.network import to_networkx

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("GOVKG_CHROMIUM", "/usr/bin/chromium")
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync"]
DATA_DIR = Path(__file__).resolve().parent / "data"
# Copy the sample screenshot here to refresh the README's picture: GOVKG_SCREENSHOT=docs/img/network.png
SCREENSHOT_COPY = os.environ.get("GOVKG_SCREENSHOT")


def _unavailable(what: str):
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{what} is missing under CI=true: .ci/run must install it", pytrace=False)
    pytest.skip(f"{what} is not installed")


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """A headless Chromium with a fresh profile and the network switched off."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright Python package")
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        _unavailable(f"Chromium ({CHROMIUM})")
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, args=LAUNCH_ARGS, headless=True, offline=True,
            viewport={"width": 1400, "height": 900}, service_workers="block")
        yield context
        context.close()


@dataclass
class PageLog:
    problems: list[str] = field(default_factory=list)  # console errors, page errors, dialogs
    requests: list[str] = field(default_factory=list)

    @property
    def outside(self) -> list[str]:
        return [url for url in self.requests if not url.startswith(("file://", "data:"))]


def open_page(context, path: Path):
    """Open a file:// page, block and record every request that leaves file://, wait until the layout settles."""
    page = context.new_page()
    log = PageLog()
    page.on("console", lambda m: log.problems.append(f"console {m.type}: {m.text}") if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: log.problems.append(f"page error: {e}"))
    page.on("dialog", lambda d: (log.problems.append(f"dialog {d.type}: {d.message}"), d.dismiss()))
    page.on("request", lambda r: log.requests.append(r.url))

    def route(r):
        if r.request.url.startswith("file://"):
            r.continue_()
        else:
            r.abort()

    page.route("**/*", route)
    page.goto(path.resolve().as_uri())
    page.wait_for_selector("html[data-govkg-ready]", state="attached", timeout=120_000)
    return page, log


def visible_count(page) -> int:
    return page.evaluate("() => window.govkg.network.body.data.nodes.get({filter: n => !n.hidden}).length")


def painted_pixels(page) -> int:
    """Pixels of the network canvas that are neither blank nor near-white."""
    return page.evaluate("""() => {
        const c = document.querySelector('#mynetwork canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0 && (d[i] < 200 || d[i + 1] < 200 || d[i + 2] < 200)) n++;
        return n;
    }""")


def node_index(page, label: str) -> int:
    return page.evaluate("(label) => window.govkg.data.nodes.findIndex(n => n.l === label)", label)


def click_node(page, index: int) -> None:
    """Centre the node, then click it with the mouse where the canvas draws it."""
    page.evaluate("(i) => window.govkg.network.focus(i, {scale: 1.5, animation: false})", index)
    x, y = page.evaluate("""(i) => {
        const net = window.govkg.network, box = document.getElementById('mynetwork').getBoundingClientRect();
        const p = net.canvasToDOM(net.getPositions([i])[i]);
        return [box.left + p.x, box.top + p.y];
    }""", index)
    page.mouse.click(x, y)


@pytest.fixture(scope="module")
def sample_page(browser, sample_build):
    page, log = open_page(browser, Path(sample_build.files["html"]))
    yield page, log
    page.close()


def test_sample_opens_offline_and_draws_the_network(sample_page, tmp_path):
    page, log = sample_page
    assert log.problems == []
    assert log.outside == []
    assert log.requests and all(url.startswith("file://") for url in log.requests)
    n = page.evaluate("() => window.govkg.data.nodes.length")
    assert n > 300 and page.evaluate("() => window.govkg.network.body.nodeIndices.length") == n
    assert painted_pixels(page) > 5000
    assert page.inner_text("#govkg-counts").startswith(f"{n} nodes")
    legend = page.inner_text("#govkg-legend")
    assert "AdministrativeUnit" in legend and "指标" in legend
    shot = tmp_path / "network.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 20_000


def test_search_finds_a_unit_and_shows_its_sentences(sample_page, tmp_path):
    page, log = sample_page
    page.fill("#govkg-search", "沙依巴克区")
    first = page.locator("#govkg-results li").first
    assert "沙依巴克区" in first.inner_text()
    page.keyboard.press("Enter")
    assert page.inner_text("#govkg-label") == "沙依巴克区"
    assert page.is_visible("#govkg-panel")
    selected = page.evaluate("() => window.govkg.network.getSelectedNodes()")
    assert selected == [node_index(page, "沙依巴克区")]
    marks = page.locator("#govkg-mentions mark").all_inner_texts()
    assert marks and set(marks) <= {"沙依巴克区", "沙区", "我区", "全区"}
    assert "沙依巴克区2024年政府工作报告" in page.inner_text("#govkg-mentions")
    assert "乌鲁木齐市" in page.inner_text("#govkg-relations")  # partOf
    shot = tmp_path / "network-search.png"
    page.screenshot(path=str(shot))
    if SCREENSHOT_COPY:
        shutil.copyfile(shot, SCREENSHOT_COPY)
    assert log.problems == [] and log.outside == []


def test_clicking_a_node_shows_its_sentence_and_focuses_its_neighbours(sample_page):
    page, log = sample_page
    page.click("#govkg-reset")
    data = page.evaluate("() => window.govkg.data")
    # the measurement with a highlighted mention that lies farthest from any other node: nothing else under the mouse
    index = page.evaluate("""() => {
        const net = window.govkg.network, nodes = window.govkg.data.nodes, pos = net.getPositions();
        const ids = Object.keys(pos).map(Number);
        let best = -1, room = -1;
        nodes.forEach((n, i) => {
            if (n.k !== 'Outcome' || !n.m.length || !n.m[0][1].length) return;
            const gap = Math.min(...ids.filter(j => j !== i).map(j => Math.hypot(pos[i].x - pos[j].x, pos[i].y - pos[j].y)));
            if (gap > room) { room = gap; best = i; }
        });
        return best;
    }""")
    assert index >= 0
    node = data["nodes"][index]
    click_node(page, index)
    assert page.inner_text("#govkg-label") == node["l"]
    sentence = data["sentences"][node["m"][0][0]][0]
    assert sentence in page.inner_text("#govkg-mentions")
    assert page.locator("#govkg-mentions mark").first.inner_text() == node["surface"]
    assert node["v"] in page.inner_text("#govkg-facts")
    # neighbours keep their colour, everything else is dimmed
    colours = page.evaluate("""(i) => {
        const net = window.govkg.network, near = new Set(net.getConnectedNodes(i).concat([i]));
        const all = net.body.data.nodes.get();
        return [all.filter(n => near.has(n.id)).every(n => n.color !== '#e4e4e4'),
                all.filter(n => !near.has(n.id)).every(n => n.color === '#e4e4e4')];
    }""", index)
    assert colours == [True, True]
    assert log.problems == []


def test_filters_by_class_and_section(sample_page):
    page, log = sample_page
    page.click("#govkg-reset")
    everything = visible_count(page)
    page.uncheck("#govkg-legend input[value=Outcome]")
    no_outcomes = visible_count(page)
    outcomes = page.evaluate("() => window.govkg.data.nodes.filter(n => n.k === 'Outcome').length")
    assert no_outcomes == everything - outcomes
    page.check("#govkg-legend input[value=Outcome]")
    options = page.locator("#govkg-section option").all()
    assert len(options) > 5
    value = options[2].get_attribute("value")
    page.select_option("#govkg-section", value)
    in_section = visible_count(page)
    assert 0 < in_section < everything
    wrong = page.evaluate("(s) => window.govkg.data.nodes.filter((n, i) => "
                          "!window.govkg.network.body.data.nodes.get(i).hidden && n.s.indexOf(+s) < 0).length", value)
    assert wrong == 0
    page.click("#govkg-reset")
    assert visible_count(page) == everything
    assert log.problems == []


def test_report_filter_on_two_reports(browser, tmp_path):
    result = build([str(DATA_DIR / "urumqi_2024.txt"), str(DATA_DIR / "urumqi_2025.txt")], tmp_path / "two")
    page, log = open_page(browser, Path(result.files["html"]))
    try:
        reports = page.locator("#govkg-report option").all()
        assert len(reports) == 3  # all reports + two
        everything = visible_count(page)
        page.select_option("#govkg-report", reports[1].get_attribute("value"))
        one = visible_count(page)
        assert 0 < one < everything
        section_reports = page.evaluate("() => [...document.querySelectorAll('#govkg-section optgroup')].length")
        assert section_reports == 1  # only the chosen report's sections are offered
        assert log.problems == [] and log.outside == []
    finally:
        page.close()


def test_view_around_a_unit(browser, sample_build, tmp_path, capsys):
    from kg.cli import main

    target = tmp_path / "around.html"
    assert main(["viz", "-g", str(sample_build.out_dir), "--around", "沙依巴克区", "--depth", "2",
                 "-o", str(target)]) == 0
    page, log = open_page(browser, target)
    try:
        assert "around 沙依巴克区 (depth 2)" in page.inner_text("#govkg-subtitle")
        assert 10 < page.evaluate("() => window.govkg.data.nodes.length") < 353
        assert painted_pixels(page) > 1000
        assert log.problems == [] and log.outside == []
    finally:
        page.close()


def _assert_inert(page, log):
    assert log.problems == []  # no alert dialog, no console error
    assert log.outside == [] and all(url.startswith("file://") for url in log.requests)
    assert page.evaluate("() => document.querySelectorAll('img, iframe, object, embed').length") == 0
    scripts = page.evaluate("() => document.scripts.length")
    assert scripts == page.evaluate("() => [...document.scripts].filter(s => !s.src).length")


def test_markup_in_every_field_runs_nothing(browser, tmp_path):
    target = write_view(to_networkx(evil_graph()), tmp_path / "evil.html", title=f"t{EVIL[0]}")
    page, log = open_page(browser, target)
    try:
        _assert_inert(page, log)
        before = page.evaluate("() => document.scripts.length")
        page.fill("#govkg-search", "工程")
        page.keyboard.press("Enter")
        assert page.inner_text("#govkg-label") == f"{EVIL[1]}工程"
        assert EVIL[0] in page.inner_text("#govkg-mentions")  # shown as text
        assert page.locator("#govkg-mentions mark").first.inner_text() == f"{EVIL[1]}工程"
        click_node(page, node_index(page, f"沙依巴克区{EVIL[0]}"))
        assert page.inner_text("#govkg-label") == f"沙依巴克区{EVIL[0]}"
        page.hover("#govkg-report")
        assert EVIL[0] in page.inner_text("#govkg-report")
        assert EVIL[1] in page.locator("#govkg-section option").nth(1).inner_text()
        assert page.evaluate("() => document.scripts.length") == before
        _assert_inert(page, log)
    finally:
        page.close()


def test_a_report_with_script_tags_runs_nothing(browser, tmp_path):
    text = (DATA_DIR.parent.parent / "kg" / "data" / "sample" / "shayibake_2024.txt").read_text(encoding="utf-8")
    text = text.replace("新增绿地655亩", "新增<img src=x onerror=alert(1)>绿地655亩", 1)
    text = text.replace("我区“铸", "我区<script>alert(1)</script>“铸", 1)
    report = tmp_path / "evil_2024.txt"
    report.write_text(text, encoding="utf-8")
    result = build([str(report)], tmp_path / "out")
    assert "<script>alert(1)</script>" in (tmp_path / "out" / "graph.nq").read_text(encoding="utf-8")
    page, log = open_page(browser, Path(result.files["html"]))
    try:
        _assert_inert(page, log)
        page.fill("#govkg-search", "沙依巴克区")
        page.keyboard.press("Enter")
        assert "<script>alert(1)</script>" in page.inner_text("#govkg-mentions")
        page.fill("#govkg-search", "绿地")
        page.keyboard.press("Enter")
        _assert_inert(page, log)
    finally:
        page.close()
