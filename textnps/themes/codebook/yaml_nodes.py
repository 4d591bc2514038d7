"""Reading a YAML node tree (which keeps line numbers) and collecting its problems, each with its line:
the base of the codebook reader of :mod:`textnps.themes.codebook.format`."""
from __future__ import annotations

import yaml

from textnps._errors import close_match_hint

__all__ = ["NodeReader", "kind"]


class NodeReader:
    """Problems of a YAML text, found while walking its nodes."""

    def __init__(self, text: str, source: str):
        self.text, self.source = text, source
        self.problems: list[str] = []

    def problem(self, node, message: str) -> None:
        line = f"line {node.start_mark.line + 1}: " if node is not None else ""
        self.problems.append(line + message)

    # -- node helpers -------------------------------------------------------
    def scalar(self, node) -> str | None:
        return node.value if isinstance(node, yaml.ScalarNode) and node.tag != "tag:yaml.org,2002:null" else None

    def text_of(self, mapping: dict, key: str, default: str = "") -> str:
        return self.scalar(mapping[key][1]) or default if key in mapping else default

    def mapping(self, node, allowed, where) -> dict | None:
        """``{key: (key_node, value_node)}``; reports non-mappings, unknown and repeated keys."""
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, f"{where} must be a mapping (key: value), got {kind(node)}")
            return None
        out = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key in out:
                self.problem(key_node, f"key {key!r} appears twice in {where}")
            elif allowed is not None and key not in allowed:
                self.problem(key_node, f"unknown key {key!r} in {where}; expected one of {list(allowed)}."
                             + close_match_hint(key, allowed))
            else:
                out[key] = (key_node, value_node)
        return out

    def string_list(self, node, where) -> list[tuple[str, object]]:
        if self.scalar(node) is None and isinstance(node, yaml.ScalarNode):
            return []
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, f"{where} must be a list, got {kind(node)}")
            return []
        items = []
        for item in node.value:
            if not isinstance(item, yaml.ScalarNode):
                self.problem(item, f"{where} must hold strings, got {kind(item)}")
            else:
                items.append((str(item.value), item))
        return items


def kind(node) -> str:
    kinds = {yaml.MappingNode: "a mapping", yaml.SequenceNode: "a list"}
    return kinds.get(type(node)) or (f"{node.value!r}" if node is not None else "nothing")
