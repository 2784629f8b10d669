"""The shape of the code: no import cycles and no oversized modules (issue 12's rules, kept by CI).

The layer order snippets <- veedel <- mitmachen <- home is checked by import-linter (`make lint`,
contract in pyproject.toml); cyclomatic complexity by ruff's C901 rule.
"""

from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("cms", "snippets", "veedel", "mitmachen", "quiz", "search", "home")
MAX_MODULE_LINES = 400


@pytest.fixture(scope="module")
def graph():
    return grimp.build_graph(*PACKAGES, cache_dir=None)


def cyclic_pairs(graph):
    pairs = set()
    for module in graph.modules:
        for imported in graph.find_modules_directly_imported_by(module):
            if graph.chain_exists(importer=imported, imported=module):
                pairs.add(tuple(sorted((module, imported))))
    return pairs


def test_no_module_imports_itself_back(graph):
    assert cyclic_pairs(graph) == set()


def test_the_cycle_check_sees_imports_inside_functions(graph):
    """The check reads imports anywhere in a module, so a cycle hidden in a function still counts."""
    graph.add_import(importer="snippets.models", imported="veedel.models", line_number=1, line_contents="")
    try:
        assert any("snippets.models" in pair for pair in cyclic_pairs(graph))
    finally:
        graph.remove_import(importer="snippets.models", imported="veedel.models")


def test_no_module_is_longer_than_the_limit():
    too_long = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            lines = len(path.read_text(encoding="utf-8").splitlines())
            if lines > MAX_MODULE_LINES:
                too_long[str(path.relative_to(ROOT))] = lines
    assert too_long == {}
