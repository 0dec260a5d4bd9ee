"""Figures the hardening tests print at the end of a pytest run (fuzz case counts, load figures).

A test calls `summary(config, line)`; the lines appear under "hardening" in the terminal summary of
every run, `make test` included, whatever -q or -r options are given.
"""

from __future__ import annotations

PLUGIN = "govkg-hardening-summary"


class _Summary:
    def __init__(self):
        self.lines: list[str] = []

    def pytest_terminal_summary(self, terminalreporter):
        if self.lines:
            terminalreporter.section("hardening")
            for line in self.lines:
                terminalreporter.write_line(line)


def summary(config, line: str) -> None:
    plugin = config.pluginmanager.get_plugin(PLUGIN)
    if plugin is None:
        plugin = _Summary()
        config.pluginmanager.register(plugin, PLUGIN)
    plugin.lines.append(line)
    print(line)  # also in the test's captured output (-rP)
