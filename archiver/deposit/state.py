"""Where a deposit stands on the server: the SWORD statement (profile §11) or Software Heritage's state
document, and what counts as finished.

SWORD 2.0 gives the state as ``sword:state/@href`` (an IRI of the server's choosing, §11.1.2) with an
optional ``sword:stateDescription``, in an Atom feed (§11.3) or an OAI-ORE resource map (§11.2). Software
Heritage has no statement; its State-IRI (the receipt's ``rel="alternate"`` link) returns an entry with
``sd:deposit_status`` and ``sd:deposit_status_detail``. Which reader applies is the target's ``state``
setting, not a guess.

The profile defines no state vocabulary, so which states end ``--wait`` is the target's ``final_states`` and
``failed_states``; a configured name matches a state equal to it or whose IRI ends with ``/NAME`` or
``#NAME`` (``archived`` matches ``http://dspace.org/state/archived``).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Literal

from archiver.deposit.names import ATOM, RDF, SWH, SWORD_NAMESPACES
from archiver.deposit.safexml import XmlError, local, namespace, parse_xml, text_of

__all__ = [
    "DEFAULT_FAILED",
    "DEFAULT_FINAL",
    "DEFAULT_IN_PROGRESS",
    "DepositState",
    "StateKind",
    "parse_statement",
    "parse_swh_status",
    "state_matches",
]

StateKind = Literal["sword-statement", "swh", "none"]

#: What ends --wait when a target names no states of its own.
DEFAULT_FINAL: dict[StateKind, tuple[str, ...]] = {
    "sword-statement": ("archived",),
    "swh": ("done",),
    "none": (),
}
DEFAULT_FAILED: dict[StateKind, tuple[str, ...]] = {
    "sword-statement": ("rejected", "withdrawn"),
    "swh": ("rejected", "failed", "expired"),
    "none": (),
}
#: States meaning "the server still waits for the rest of a multi-part deposit". SWORD names none, so for a
#: statement an interrupted deposit is always continued (the server refuses if it was complete after all).
DEFAULT_IN_PROGRESS: dict[StateKind, tuple[str, ...]] = {
    "sword-statement": (),
    "swh": ("partial",),
    "none": (),
}


@dataclass(frozen=True)
class DepositState:
    state: str  # the state IRI (statement) or name (Software Heritage)
    description: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        return {"state": self.state, "description": self.description}


def state_matches(state: str, names: tuple[str, ...]) -> bool:
    return any(state == name or state.endswith((f"/{name}", f"#{name}")) for name in names)


def _sword_children(parent: ET.Element, name: str) -> list[ET.Element]:
    return [e for e in parent.iter() if local(e.tag) == name and namespace(e.tag) in SWORD_NAMESPACES]


def _from_atom_feed(root: ET.Element) -> DepositState | None:
    # §11.3: sword:state is foreign markup of the feed itself, its description a child of it.
    for element in root:
        if local(element.tag) == "state" and namespace(element.tag) in SWORD_NAMESPACES:
            href = (element.get("href") or "").strip()
            if href:
                described = _sword_children(element, "stateDescription")
                return DepositState(href, text_of(described[0]) if described else None)
    return None


def _from_ore(root: ET.Element) -> DepositState | None:
    # §11.2: <sword:state rdf:resource="IRI"/> in the aggregation, and a Description about IRI carrying
    # sword:stateDescription.
    resource = f"{{{RDF}}}resource"
    for element in _sword_children(root, "state"):
        href = (element.get(resource) or element.get("href") or "").strip()
        if not href:
            continue
        description = None
        for node in root.iter(f"{{{RDF}}}Description"):
            if node.get(f"{{{RDF}}}about") == href:
                found = _sword_children(node, "stateDescription")
                description = text_of(found[0]) if found else None
                break
        return DepositState(href, description)
    return None


def parse_statement(data: bytes) -> DepositState:
    """The state in a SWORD statement (Atom feed or OAI-ORE); raises XmlError when there is none."""
    root = parse_xml(data)
    if local(root.tag) == "feed" and namespace(root.tag) == ATOM:
        state = _from_atom_feed(root)
    elif (local(root.tag), namespace(root.tag)) in (("RDF", RDF), ("entry", ATOM)):
        state = _from_ore(root)  # an entry: a receipt embedding the statement (§10)
    else:
        raise XmlError(f"not a SWORD statement (root element {local(root.tag)[:40]!r})")
    if state is None:
        raise XmlError("the statement names no sword:state")
    return state


def parse_swh_status(data: bytes) -> DepositState:
    """The state in Software Heritage's State-IRI document (``sd:deposit_status``)."""
    root = parse_xml(data)
    if local(root.tag) != "entry" or namespace(root.tag) != ATOM:
        raise XmlError(f"not an Atom entry (root element {local(root.tag)[:40]!r})")
    status = text_of(root.find(f"{{{SWH}}}deposit_status"))
    if status is None:
        raise XmlError("no sd:deposit_status in the status document")
    return DepositState(status, text_of(root.find(f"{{{SWH}}}deposit_status_detail")))
