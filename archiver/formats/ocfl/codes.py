"""The OCFL validation codes, E001-E112 and W001-W016, registered under the spec's own names.

OCFL publishes one list of codes per spec version (``1.0/spec/validation-codes.md`` and
``1.1/spec/validation-codes.md`` in OCFL/spec); each code is anchored at the sentence of the spec that holds
the rule. 1.1 adds E103-E108, E110-E112 and W016, and drops E068, E086 (replaced by E112) and, in 1.1.1, E091.
Every code of either list is registered here, because ``docs/validation-codes.md`` is generated from the
registry; the summaries are ours. A code's section is the 1.1 one unless only 1.0 has the code.

Some codes name a rule no validator can test on an object at rest (how software behaves, what happens on
other storage, what the implementers chose): they are registered with a summary that says so and are never
emitted. :data:`NEVER_EMITTED` lists them, with the reason in each summary.

The registered extension names the rules on extensions refer to (W013, W016, E071) are listed here too.

One code is ours, with the ``OCFL-`` prefix: :data:`UNREADABLE`. A file the validator cannot read breaks no
rule of the spec, yet the rules that depend on it went unchecked, which must not pass as valid.
"""

from __future__ import annotations

from typing import Final

from archiver.validation.findings import CodeInfo, Severity, register

__all__ = [
    "NEVER_EMITTED",
    "ONLY_1_0",
    "ONLY_1_1",
    "REGISTERED_EXTENSIONS",
    "REGISTERED_LAYOUTS",
    "UNREADABLE",
]

E, W = Severity.ERROR, Severity.WARNING

#: Our own code: an I/O error stopped a check (permissions, a failing disk, a file removed meanwhile).
UNREADABLE: Final = "OCFL-UNREADABLE"


def _info(code: str, section: str, summary: str, *, spec: str = "1.1") -> CodeInfo:
    severity = W if code.startswith("W") else E
    return CodeInfo(code, severity, f"OCFL {spec} §{section} ({code})", summary)


CODES: Final = register(
    # §3.1 Object structure
    _info("E001", "3.1", "the object root holds only the declaration, inventory, sidecar, version directories, logs/ and extensions/"),
    # §3.2 Object conformance declaration
    _info("E002", "3.2", "the object declaration is a NAMASTE file; never reported itself, its parts are checked as E003-E007"),
    _info("E003", "3.2", "the object root has exactly one object declaration file (1.0: at least one)"),
    _info("E004", "3.2", "the object declaration is named T=dvalue"),
    _info("E005", "3.2", "the T of the object declaration's name is 0"),
    _info("E006", "3.2", "the dvalue of the object declaration's name is ocfl_object_ and a known spec version"),
    _info("E007", "3.2", "the object declaration holds its dvalue and one newline"),
    # §3.3 Version directories
    _info("E008", "3.3", "an object has at least one version"),
    _info("E009", "3.3", "version numbers start at 1"),
    _info("E010", "3.3", "version numbers run on without gaps"),
    _info("E011", "3.3", "zero-padded version names keep a leading zero in every version (v0001..v0999, never v1000)"),
    _info("E012", "3.3", "all version names share one form: unpadded, or zero-padded to the same width"),
    _info("E013", "3.3", "a new version follows the naming of the earlier ones; at rest this is the E012 check, reported as E012"),
    _info("E014", "3.3", "content paths name version directories exactly as they are spelled (v0001, not v1)"),
    _info("E015", "3.3", "a version directory holds no files besides its inventory and sidecar"),
    _info("E104", "3.3", "a version directory name is v followed by the version number"),
    _info("E105", "3.3", "a version number is a positive base-ten integer"),
    # §3.3.1 Content directory
    _info("E016", "3.3.1", "a version that adds content files has a content directory"),
    _info("E017", "3.3.1", "contentDirectory holds no / (1.0: and is a non-empty string)"),
    _info("E018", "3.3.1", "contentDirectory is neither . nor .."),
    _info("E019", "3.3.1", "a contentDirectory set for the object is already set in its first version's inventory"),
    _info("E020", "3.3.1", "contentDirectory is the same in every version's inventory"),
    _info("E021", "3.3.1", "without contentDirectory, content paths lie in each version's content/ directory"),
    _info("E022", "3.3.1", "processing rule: validators ignore version subdirectories other than the content directory; never reported"),
    _info("E023", "3.3.1", "every file in a content directory is in the manifest (1.1: also in that version's inventory)"),
    _info("E024", "3.3.1", "no empty directories inside a content directory"),
    _info("E108", "3.3.1", "contentDirectory names a direct child of the version directory: a non-empty string"),
    # §3.4 Digests
    _info("E025", "3.4", "digestAlgorithm is sha512 or sha256"),
    _info("E026", "3.4", "fixity algorithms come from the spec's table or a digest extension; checked as E056, never reported itself"),
    _info("E027", "3.4", "processing rule: clients support every algorithm of the spec's table; never reported"),
    _info("E028", "3.4", "processing rule: clients ignore optional fixity algorithms they cannot compute; never reported"),
    _info("E029", "3.4", "sha1 digests are hex (base16)"),
    _info("E030", "3.4", "sha256 digests are hex (base16)"),
    _info("E031", "3.4", "sha512 digests are hex (base16)"),
    _info("E032", "3.4", "blake2b-512 digests are hex (base16)"),
    # §3.5 Inventory
    _info("E033", "3.5", "the inventory is UTF-8 JSON with the structure the spec describes"),
    _info("E034", "3.5", "the inventory file is named inventory.json"),
    _info("E035", "3.5", "content paths in manifest and fixity use / as separator"),
    _info("E102", "3.5", "the inventory holds no keys the spec does not describe"),
    # §3.5.1 Basic structure
    _info("E036", "3.5.1", "the inventory has the keys id, type, digestAlgorithm and head"),
    _info("E037", "3.5.1", "id is a non-empty string, unique in the storage root (1.0: and the same in every version)"),
    _info("E038", "3.5.1", "type is the inventory URI of a spec version, in the root inventory the one the object declares"),
    _info("E039", "3.5.1", "manifest and state digests have the form of digestAlgorithm"),
    _info("E040", "3.5.1", "head names the highest version"),
    _info("E041", "3.5.1", "the inventory has a manifest and a versions block"),
    _info("E110", "3.5.1", "id does not change between versions"),
    # §3.5.2 Manifest
    _info("E042", "3.5.2", "content paths lie inside a version's content directory, relative to the object root"),
    _info("E092", "3.5.2", "each manifest value lists content paths, and each names an existing file with that digest"),
    _info("E096", "3.5.2", "a digest appears once in the manifest, ignoring case"),
    _info("E098", "3.5.2", "a content path is one or more elements joined by /"),
    _info("E099", "3.5.2", "no content path element is empty, . or .."),
    _info("E100", "3.5.2", "a content path neither begins nor ends with /"),
    _info("E101", "3.5.2", "content paths are unique and none is a directory of another"),
    _info("E106", "3.5.2", "manifest is a JSON object"),
    _info("E107", "3.5.2", "every manifest digest is used in some version's state"),
    # §3.5.3 Versions
    _info("E043", "3.5.3", "the inventory has a block of versions"),
    _info("E044", "3.5.3", "that block is under the key versions"),
    _info("E045", "3.5.3", "versions is a JSON object"),
    _info("E046", "3.5.3", "the versions' names and the version directories match one to one"),
    _info("E047", "3.5.3", "each version is a JSON object"),
    # §3.5.3.1 Version
    _info("E048", "3.5.3.1", "each version has created and a state object"),
    _info("E049", "3.5.3.1", "created is an RFC 3339 date-time with seconds and a time zone"),
    _info("E050", "3.5.3.1", "every state digest is a manifest digest (hex compared ignoring case, §3.4)"),
    _info("E051", "3.5.3.1", "state values list logical paths: non-empty strings of elements joined by /"),
    _info("E052", "3.5.3.1", "no logical path element is empty, . or .."),
    _info("E053", "3.5.3.1", "a logical path neither begins nor ends with /"),
    _info("E054", "3.5.3.1", "user is an object with a string name"),
    _info("E094", "3.5.3.1", "message is a string"),
    _info("E095", "3.5.3.1", "a version's logical paths are unique and none is a directory of another"),
    # §3.5.4 Fixity
    _info("E055", "3.5.4", "the fixity block sits under the key fixity (1.0: and is a JSON object)"),
    _info("E056", "3.5.4", "fixity algorithms are names from the spec's table or a registered digest extension"),
    _info("E057", "3.5.4", "each fixity algorithm maps well-formed digests to lists of the manifest's content paths"),
    _info("E093", "3.5.4", "fixity digests match the files they list"),
    _info("E097", "3.5.4", "a digest appears once per fixity algorithm, ignoring case"),
    _info("E111", "3.5.4", "fixity, when present, is a JSON object"),
    # §3.6 Inventory digest
    _info("E058", "3.6", "every inventory.json has a sidecar inventory.json.<digestAlgorithm>"),
    _info("E059", "3.6", "the sidecar's name ends in the inventory's digestAlgorithm"),
    _info("E060", "3.6", "the sidecar holds the inventory's digest"),
    _info("E061", "3.6", "the sidecar reads: hex digest, spaces or tabs, inventory.json"),
    _info("E062", "3.6", "the sidecar is written last; the order of writes leaves no trace at rest, never reported"),
    # §3.7 Version inventory
    _info("E063", "3.7", "the object root has an inventory.json"),
    _info("E064", "3.7", "the root inventory is byte for byte the head version's inventory"),
    _info("E066", "3.7", "an earlier version's inventory gives each version the same logical state as the root inventory"),
    _info("E103", "3.7.1", "each version's inventory declares the same or a later spec version than the version before"),
    # §3.9 Object extensions
    _info("E067", "3.9", "an object's extensions/ holds only directories"),
    _info("E068", "3.9", "an extension is defined in the registry or a document in the storage root; needs reading prose, never reported", spec="1.0"),
    # §4.1 Root structure
    _info("E069", "4.1", "the storage root has a root declaration"),
    _info("E070", "4.1", "ocfl_layout.json is a UTF-8 JSON object with string keys extension and description"),
    _info("E071", "4.1", "ocfl_layout.json names a registered extension"),
    _info("E072", "4.1", "no files in the storage hierarchy outside objects"),
    _info("E073", "4.1", "no empty directories under the storage root"),
    _info("E074", "4.1", "storage roots are independent of each other; not testable from one root, never reported"),
    _info("E087", "4.1", "processing rule: validators ignore files in the storage root they do not understand; never reported"),
    _info("E088", "4.1", "every directory under the storage root leads to objects or is extensions/"),
    # §4.2 Root conformance declaration
    _info("E075", "4.2", "the root declaration is a NAMASTE file; never reported itself, its parts are checked as E076-E080"),
    _info("E076", "4.2", "the storage root has exactly one root declaration file (1.0: at least one)"),
    _info("E077", "4.2", "the root declaration is named T=dvalue"),
    _info("E078", "4.2", "the T of the root declaration's name is 0"),
    _info("E079", "4.2", "the dvalue of the root declaration's name is ocfl_ and a known spec version"),
    _info("E080", "4.2", "the root declaration holds its dvalue and one newline"),
    _info("E081", "4.2", "no object declares a later spec version than its storage root"),
    # §4.3 Storage hierarchies
    _info("E082", "4.3", "object roots end a storage hierarchy: no object lies inside another"),
    _info("E083", "4.3", "each object lies at the path the storage root's layout gives its id"),
    _info("E084", "4.3", "no files in intermediate directories of the storage hierarchy"),
    _info("E085", "4.3", "every branch of the storage hierarchy ends in an object root"),
    # §4.4 Storage root extensions
    _info("E086", "4.4", "the root's extensions/ follows the rules of object extensions: only directories", spec="1.0"),
    _info("E112", "4.4", "the root's extensions/ holds only directories"),
    # §4.6 Filesystem features (1.0 §4.5)
    _info("E089", "4.6", "features OCFL cannot keep are wrapped in an image file; a choice made before storing, never reported"),
    _info("E090", "4.6", "no symbolic links in objects or the storage hierarchy (reported, never followed); hard links cannot be told from files"),
    _info("E091", "4.5", "filesystems preserve case; a property of the storage, not testable, never reported (dropped in 1.1.1)", spec="1.0"),
    # Warnings
    _info("W001", "3.3", "version names should not be zero-padded"),
    _info("W002", "3.3", "a version directory should hold no directory besides the content directory"),
    _info("W003", "3.3.1", "a version without content files should have no content directory"),
    _info("W004", "3.4", "digestAlgorithm should be sha512"),
    _info("W005", "3.5.1", "id should be a URI"),
    _info("W007", "3.5.3.1", "each version should have message and user"),
    _info("W008", "3.5.3.1", "user should have an address"),
    _info("W009", "3.5.3.1", "the user's address should be a URI (mailto: or a personal identifier URL)"),
    _info("W010", "3.7", "every version directory should keep the inventory as of that version"),
    _info("W011", "3.7", "an earlier version's inventory should give each version the same created, message and user as the root inventory"),
    _info("W012", "3.8", "logs/ should hold records of actions on the object; what a file records is not testable, never reported"),
    _info("W013", "3.9", "an object's extension directories should bear registered extension names"),
    _info("W014", "4.3", "the storage root should use one layout: objects at one depth when it declares none"),
    _info("W015", "4.3", "the storage root should not mix top-level objects with objects in a directory hierarchy"),
    _info("W016", "4.4", "the root's extension directories should bear registered extension names"),
    CodeInfo(UNREADABLE, E, "OCFL 1.1 §3, §4", "a file or directory could not be read (permissions, I/O error), so the rules that depend on it went unchecked; not a spec code: no spec rule covers a validator's failure to read"),
)  # fmt: skip

#: Codes registered for completeness that name rules a validator cannot test on content at rest.
NEVER_EMITTED: Final = frozenset(
    {"E002", "E013", "E022", "E026", "E027", "E028", "E062", "E068", "E074", "E075", "E087", "E089"}
    | {"E091", "W012"}
)

#: Codes each spec version's list defines (1.1 lists neither E068 nor E086, 1.0 none of E103-E112 nor W016).
ONLY_1_0: Final = frozenset({"E068", "E086", "E091"})
ONLY_1_1: Final = frozenset({"E103", "E104", "E105", "E106", "E107", "E108", "E110", "E111", "E112", "W016"})

#: Extension names published in OCFL/extensions (docs/): an extension directory of an object (§3.9 W013) or
#: storage root (§4.4 W016) should bear one, and ocfl_layout.json names one (§4.1 E071).
REGISTERED_EXTENSIONS: Final = frozenset(
    {
        "0001-digest-algorithms",
        "0002-flat-direct-storage-layout",
        "0003-hash-and-id-n-tuple-storage-layout",
        "0004-hashed-n-tuple-storage-layout",
        "0005-mutable-head",
        "0006-flat-omit-prefix-storage-layout",
        "0007-n-tuple-omit-prefix-storage-layout",
        "0008-schema-registry",
        "0009-digest-algorithms",
        "0010-differential-n-tuple-omit-prefix-storage-layout",
        "0011-direct-clean-path-layout",
        "0012-hash-and-no-prefix-id-n-tuple-storage-layout",
    }
)
#: The registered extensions that define an arrangement of objects under a storage root (§4.1 E071).
REGISTERED_LAYOUTS: Final = frozenset(
    name for name in REGISTERED_EXTENSIONS if name.endswith("storage-layout")
)
