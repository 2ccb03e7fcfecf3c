"""One result type and one way across process boundaries (issue 11).

Every ArchiverError pickles as itself (its class, exit code, findings), so a worker's error arrives as it
was raised; every per-item result (packaging, ingest, S3 ingest, deposit) is an ItemResult whose failure is
an ErrorInfo, the same plain data whichever operation met it.
"""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

from archiver.deposit.errors import DepositError, DepositUsageError
from archiver.deposit.run import DepositResult
from archiver.errors import ArchiverError, ErrorInfo, ExitCode, InternalError, PackageExistsError, UsageError
from archiver.packaging.results import PackageResult, failed_result
from archiver.repository.locking import RepositoryLockedError
from archiver.repository.results import IngestResult, InvalidBagError, RepositoryError
from archiver.repository.s3_ingest import S3IngestResult
from archiver.results import ItemResult
from archiver.validation.findings import Finding, Severity
from archiver.web.errors import CaptureError

FINDING = Finding("BAG-MANIFEST-CHECKSUM", Severity.ERROR, "data/a.txt", "checksum differs")

ERRORS: list[ArchiverError] = [
    ArchiverError("SOME_CODE", "a message"),
    UsageError("ID_INVALID", "not a URN", where="--id", hint="give urn:..."),
    PackageExistsError("BAG_EXISTS_DIFFERENT", "another bag", where="out/x"),
    InvalidBagError("INGEST_INVALID_BAG", "invalid", where="bag", findings=[FINDING]),
    RepositoryError("REPO_OBJECT_DAMAGED", "damaged", where="obj"),
    RepositoryLockedError("REPO_LOCKED", "held", where="obj", hint="wait"),
    DepositError("DEPOSIT_REJECTED", "no", where="https://example.org/sword"),
    DepositUsageError("DEPOSIT_TARGET_UNKNOWN", "unknown", hint="see targets"),
    CaptureError("FETCH_FAILED", "refused", url="https://example.org/"),
    InternalError.of(ValueError("boom"), where="x"),
]


@pytest.mark.parametrize("error", ERRORS, ids=lambda e: type(e).__name__)
def test_every_error_pickles_as_itself(error: ArchiverError) -> None:
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is type(error)
    assert back.__dict__ == error.__dict__
    assert back.exit_code == error.exit_code and back.one_line() == error.one_line()
    assert str(back) == str(error)


@pytest.mark.parametrize("error", ERRORS, ids=lambda e: type(e).__name__)
def test_error_info_keeps_what_the_error_says(error: ArchiverError) -> None:
    info = ErrorInfo.of(error)
    assert info.one_line() == error.one_line()
    assert info.exit_code == int(error.exit_code)
    assert list(info.findings) == list(getattr(error, "findings", []))
    assert pickle.loads(pickle.dumps(info)) == info
    json.dumps(info.to_dict())  # plain data


def test_findings_appear_in_the_json_only_when_there_are_some() -> None:
    assert "findings" not in ErrorInfo.of(UsageError("ID_INVALID", "x")).to_dict()
    refused = ErrorInfo.of(ERRORS[3]).to_dict()
    assert refused["findings"] == [FINDING.to_dict()]


def test_a_failure_raises_with_its_code_exit_code_and_findings() -> None:
    result = IngestResult.failure(Path("bag"), ERRORS[3])
    with pytest.raises(ArchiverError) as caught:
        result.raise_for_error()
    assert caught.value.one_line() == ERRORS[3].one_line()
    assert caught.value.exit_code == ExitCode.FAILED
    assert caught.value.findings == [FINDING]  # type: ignore[attr-defined]
    usage = failed_result("in.txt", UsageError("ID_INVALID", "not a URN"))
    with pytest.raises(ArchiverError) as caught:
        usage.raise_for_error()
    assert caught.value.exit_code == ExitCode.USAGE


def test_every_per_item_result_is_an_item_result() -> None:
    for kind in (PackageResult, IngestResult, S3IngestResult, DepositResult):
        assert issubclass(kind, ItemResult)


def test_an_ingest_failure_says_refused_or_failed() -> None:
    refused = IngestResult.failure(Path("bag"), ERRORS[3])
    assert (refused.outcome, refused.ok) == ("refused", False)
    assert refused.to_dict() == {
        "bag": "bag",
        "outcome": "refused",
        "error": ErrorInfo.of(ERRORS[3]).to_dict(),
    }
    locked = IngestResult.failure(Path("bag"), ERRORS[5])
    assert (locked.outcome, locked.ok) == ("failed", False)
    assert locked.to_dict()["error"]["code"] == "REPO_LOCKED"
    assert "findings" not in locked.to_dict()["error"]
    assert pickle.loads(pickle.dumps(refused)) == refused


def test_a_packaging_failure_and_success() -> None:
    failed = failed_result("in.txt", ArchiverError("ARTICLE_EMPTY", "no bytes"))
    assert (failed.status, failed.ok, failed.error and failed.error.where) == ("failed", False, "in.txt")
    assert PackageResult("in.txt", "created", Path("out/x")).ok
