"""Imports point down only (DESIGN.md in docs/, "Layers"): each module of messenger/ is
read with `ast`, every import becomes an arrow, and the test fails on an arrow that points
up or sideways between layers, and on any cycle of modules.

    cli        may use every layer (it is the entry point)
    dev        api, tasks, operations, services, repository (tooling around the product)
    api        operations, services
    tasks      operations, services, repository
    operations services, repository
    services   repository
    repository (nothing of ours)

and everything may use the base modules (config, errors, json_compare), which use
nothing else of ours. Within one layer, modules may use each other, without cycles.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

import messenger

BASE = "base"
ALLOWED: dict[str, set[str]] = {
    "cli": {"api", "tasks", "dev", "operations", "services", "repository"},
    "dev": {"api", "tasks", "operations", "services", "repository"},
    "api": {"operations", "services"},
    "tasks": {"operations", "services", "repository"},
    "operations": {"services", "repository"},
    "services": {"repository"},
    "repository": set(),
    BASE: set(),
}
LAYER_OF_TOP_MODULE = {
    "cli": "cli",
    "__main__": "cli",
    "config": BASE,
    "errors": BASE,
    "json_compare": BASE,
    "__init__": BASE,
}

Graph = dict[str, set[str]]


def modules_of(root: Path, package: str) -> dict[str, Path]:
    """Every module of the package under `root`, by dotted name."""
    found = {}
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__" and len(parts) > 1:
            parts = parts[:-1]
        found[".".join([package, *parts])] = path
    return found


def imported(node: ast.AST, module: str, is_package: bool, known: set[str]) -> Iterator[str]:
    """The modules of ours that one import statement names (anywhere in the file, in a
    function too: a lazy import is an arrow all the same)."""
    if isinstance(node, ast.Import):
        for alias in node.names:
            yield alias.name
    elif isinstance(node, ast.ImportFrom):
        if node.level:
            base = module.split(".")
            base = base if is_package else base[:-1]
            base = base[: len(base) - node.level + 1]
            target = ".".join([*base, node.module] if node.module else base)
        else:
            target = node.module or ""
        for alias in node.names:
            candidate = f"{target}.{alias.name}"
            yield candidate if candidate in known else target


def import_graph(root: Path, package: str) -> Graph:
    modules = modules_of(root, package)
    known = set(modules)
    graph: Graph = {}
    for module, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        targets = set()
        for node in ast.walk(tree):
            for target in imported(node, module, path.name == "__init__.py", known):
                while target and target not in known:  # `import a.b.c` of a package's module
                    target = target.rpartition(".")[0]
                if target and target != module:
                    targets.add(target)
        graph[module] = targets
    return graph


def layer(module: str) -> str:
    parts = module.split(".")
    if len(parts) == 1:
        return BASE  # the package's own __init__
    return LAYER_OF_TOP_MODULE.get(parts[1], parts[1])


def wrong_arrows(graph: Graph) -> list[str]:
    problems = []
    for module, targets in sorted(graph.items()):
        source = layer(module)
        for target in sorted(targets):
            destination = layer(target)
            if destination in (source, BASE):
                continue
            if destination not in ALLOWED[source]:
                problems.append(f"{module} ({source}) -> {target} ({destination})")
    return problems


def cycles(graph: Graph) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    lowest: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = lowest[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                lowest[node] = min(lowest[node], lowest[target])
            elif target in on_stack:
                lowest[node] = min(lowest[node], index[target])
        if lowest[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


@pytest.fixture(scope="module")
def graph() -> Graph:
    return import_graph(Path(messenger.__file__).parent, "messenger")


def test_the_graph_sees_the_layers_imports(graph):
    # The walk itself works: known arrows of each kind are found.
    assert "messenger.operations.messages" in graph["messenger.api.handlers.messages"]
    assert "messenger.repository.db" in graph["messenger.operations.messages"]
    assert "messenger.api.app" in graph["messenger.cli"]  # a lazy import, in a function


def test_no_module_imports_a_layer_above_it_or_beside_it(graph):
    assert wrong_arrows(graph) == []


def test_no_modules_import_each_other_in_a_circle(graph):
    assert cycles(graph) == []


def test_the_broker_does_not_import_its_tasks(graph):
    tasks = {"messenger.tasks.mail", "messenger.tasks.relay", "messenger.tasks.digest"}
    assert graph["messenger.tasks.broker"] & tasks == set()


def write_package(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / "pkg" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root / "pkg"


def test_an_upward_and_a_sideways_arrow_are_reported(tmp_path):
    root = write_package(
        tmp_path,
        {
            "__init__.py": "",
            "repository/__init__.py": "",
            "repository/rows.py": "from pkg.operations import rules\n",
            "operations/__init__.py": "",
            "operations/rules.py": "import pkg.repository.rows\n",
            "api/__init__.py": "",
            "api/routes.py": "def later():\n    from pkg.tasks import mail\n",
            "tasks/__init__.py": "",
            "tasks/mail.py": "",
        },
    )
    graph = {
        module.replace("pkg", "messenger", 1): {t.replace("pkg", "messenger", 1) for t in targets}
        for module, targets in import_graph(root, "pkg").items()
    }
    assert wrong_arrows(graph) == [
        "messenger.api.routes (api) -> messenger.tasks.mail (tasks)",
        "messenger.repository.rows (repository) -> messenger.operations.rules (operations)",
    ]
    assert cycles(graph) == [["messenger.operations.rules", "messenger.repository.rows"]]


def test_relative_imports_are_resolved(tmp_path):
    root = write_package(
        tmp_path,
        {"__init__.py": "", "a/__init__.py": "from . import b\n", "a/b.py": "from .. import c\n"},
    )
    (root / "c.py").write_text("")
    graph = import_graph(root, "pkg")
    assert graph["pkg.a"] == {"pkg.a.b"}
    assert graph["pkg.a.b"] == {"pkg.c"}
