"""``make demo``: package the bundled sample article, validate the bag, ingest it, audit, show what was made.

Runs from a fresh checkout with no configuration: the demo names its own organization, writes bags into
``demo-out/`` and its OCFL repository into ``demo-repo/`` inside the working directory. Re-running it is safe:
the bag is reported as existing and the ingest as unchanged.
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

import archiver
from archiver.errors import ArchiverError
from archiver.repository import OcflRepository
from archiver.repository.audit import audit
from archiver.validation.run import ValidateOptions, validate_target

__all__ = ["main"]

DEMO_OUT = Path("demo-out")
DEMO_REPO = Path("demo-repo")


def _tree(root: Path) -> list[str]:
    lines = []
    for path in sorted(root.rglob("*")):
        if path.is_file():
            lines.append(f"  {path.relative_to(root.parent)}  ({path.stat().st_size} bytes)")
    return lines


def main() -> int:
    sample = Path(str(resources.files("archiver") / "data" / "sample-article.txt"))
    print(f"archiver {archiver.__version__}: demo on the bundled sample article {sample.name}\n")
    try:
        result = archiver.package(
            sample,
            DEMO_OUT / "bags",
            organization=os.environ.get("ARCHIVER_ORGANIZATION", "Demo Archive (archiver make demo)"),
            source_url="https://news.example.org/2024/03/14/riverside-reading-room",
            captured=datetime(2024, 3, 14, 12, 0, tzinfo=UTC),
        )
        assert result.bag is not None
        print(f"1. package   {result.status}: {result.bag}")
        print(f"             identifier {result.identifier}")
        print(f"             title      {result.title}")
        print("\n".join(_tree(result.bag)))
        report = validate_target(result.bag, ValidateOptions())
        verdict = "valid" if report.valid else "INVALID"
        print(
            f"\n2. validate  {verdict}: {len(report.errors)} errors, {len(report.warnings)} warnings "
            "(BagIt 1.0, profile, metadata schema, WARC, cross-checks)"
        )
        for f in report.findings:
            print(f"             {f.severity} {f.code} {f.path or '-'}: {f.message}")
        import bagit

        bagit.Bag(str(result.bag)).validate()
        print("             bagit-python, an independent implementation, agrees: valid")
        repo = OcflRepository.open(DEMO_REPO, create=True)
        ingest = repo.ingest(
            result.bag, message="make demo", user_name="demo", user_address="mailto:demo@example.org"
        )
        print(f"\n3. ingest    {ingest.outcome} {ingest.version} of {ingest.object_id}")
        print(f"             into the OCFL 1.1 repository {repo.root}")
        audit_report = audit(repo.root)
        files = sum(o.files for o in audit_report.objects)
        state = "intact" if audit_report.ok else "DAMAGED"
        objects = len(audit_report.objects)
        print(
            f"\n4. audit     {state}: {objects} object{'' if objects == 1 else 's'}, {files} stored file"
            f"{'' if files == 1 else 's'} re-hashed"
        )
    except ArchiverError as exc:
        print(exc.one_line(), file=sys.stderr)
        return int(exc.exit_code)
    print("\nbag-info.txt:")
    print((result.bag / "bag-info.txt").read_text(encoding="utf-8"))
    print("Try next:  .venv/bin/archiver --help   |   .venv/bin/archiver repo list " + str(DEMO_REPO))
    return 0 if report.valid and audit_report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
