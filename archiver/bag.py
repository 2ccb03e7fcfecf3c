"""Writing BagIt 1.0 bags (RFC 8493) into a staging folder.

CONTRACT (implemented by the bag-writer work):

    @dataclass(frozen=True)
    class PayloadFile:
        path: str            # POSIX path relative to data/, e.g. "original/My article.txt"; any Unicode name
        data: bytes          # the bytes to write

    @dataclass(frozen=True)
    class BagResult:
        root: Path
        payload_oxum: str                    # "octets.streams"
        manifests: dict[str, dict[str, str]] # algorithm -> {"data/...": hexdigest}
        tag_manifests: dict[str, dict[str, str]]

    def write_bag(root: Path, payload: Sequence[PayloadFile], bag_info: Sequence[tuple[str, str]],
                  algorithms: Sequence[str] = ("sha256", "sha512"), *, durable: bool = True) -> BagResult

``root`` is an existing empty staging folder. bag_info is written in the given order, with Payload-Oxum
inserted by write_bag.
"""
