"""Benchmark (issue 18): an OCFL storage root on S3 (a real Ceph RGW on this machine): requests and time
per object for ingest and audit, against the least the layout needs, one process and a Dask cluster.

N articles are packaged into bags (bench/package.py's generator, `archiver package`), then ingested into
a fresh root with ``archiver ingest --into s3://...`` as users run it, in one process with one thread
(``--jobs 1``), then with its default 16 threads, then through a cluster of two single-threaded workers,
then of two workers of 8 threads (``dask worker --nthreads 8``), each into a root of its own; each root is
then audited the same way.
The requests are counted in a process of this script (the API's request counter) on a sample of the bags,
by operation, and compared with the minimum: a new object of n files needs n content PUTs, the object's
declaration, the version's inventory and sidecar, the root inventory and sidecar (n + 5 writes), and a
check that the object is not there yet (1 read): n + 6.

    python bench/ocfl_s3.py             # N=300
    python bench/ocfl_s3.py -n 60       # a short run
"""

from __future__ import annotations

import argparse
import collections
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from package import ORGANIZATION, WHEN_TEXT, generate  # noqa: E402

from tests import daskcluster  # noqa: E402
from tests.s3server import ceph_rgw  # noqa: E402

BIN = Path(sys.executable).parent


def run(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command[:3])} exited {done.returncode}: {done.stderr.decode()[-2000:]}")
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("-n", type=int, default=300, help="bags (default 300)")
    parser.add_argument("--sample", type=int, default=20, help="bags whose requests are counted (default 20)")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="archiver-bench-ocfl-s3-"))
    try:
        generate(scratch / "articles", args.n)
        env = dict(os.environ, XDG_CONFIG_HOME=str(scratch / "config"))
        env.pop("ARCHIVER_CLUSTER", None)
        package = [str(BIN / "archiver"), "package", str(scratch / "articles"), "-o", str(scratch / "bags")]
        run([*package, "--organization", ORGANIZATION, "--date", WHEN_TEXT, "--quiet"], env)
        bags = sorted(str(p) for p in (scratch / "bags").iterdir())
        files = sum(1 for p in Path(bags[0]).rglob("*") if p.is_file())
        with ceph_rgw() as server:
            env.update(
                AWS_ENDPOINT_URL=server.endpoint_url,
                AWS_ACCESS_KEY_ID=server.access_key,
                AWS_SECRET_ACCESS_KEY=server.secret_key,
                AWS_REGION=server.region,
            )
            os.environ.update({k: v for k, v in env.items() if k.startswith("AWS_")})
            from archiver.repository.s3_ocfl import S3OcflRepository
            from archiver.s3.client import make_client, s3_options_from_env

            client = make_client(s3_options_from_env())
            client.create_bucket(Bucket="bench")
            counted = _count_requests(bags[: args.sample], files)
            creds = {k: v for k, v in env.items() if k.startswith("AWS_")}
            with (
                daskcluster.running(workers=2, config=creds) as cluster,
                daskcluster.running(workers=2, config=creds, threads=8) as threaded,
            ):
                for name, extra, root in (
                    ("1 thread", ["--jobs", "1"], "s3://bench/sequential"),
                    ("16 threads", [], "s3://bench/one"),
                    ("cluster of 2", ["--cluster", cluster.address], "s3://bench/two"),
                    ("2 x 8 threads", ["--cluster", threaded.address], "s3://bench/three"),
                ):
                    ingest = [str(BIN / "archiver"), "ingest", *bags, "--into", root, "--quiet", *extra]
                    run([str(BIN / "archiver"), "repo", "init", root], env)
                    took = run(ingest, env)
                    audit = run([str(BIN / "archiver"), "audit", root, "--quiet", *extra], env)
                    print(
                        f"{name:13} ingest {len(bags)} bags {took:6.1f} s ({len(bags) / took:5.1f}/s), "
                        f"audit {audit:6.1f} s ({len(bags) / audit:5.1f}/s)",
                        flush=True,
                    )
            repo = S3OcflRepository.open("s3://bench/one")
            listed = sum(1 for _ in repo.list_objects())
            print(f"objects listed in the one-process root: {listed}")
        print(counted)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _count_requests(bags: list[str], files: int) -> str:
    """Requests per object for a new object, an unchanged re-ingest and an audit, from the API's counter."""
    from archiver.repository.s3_ocfl import S3OcflRepository

    repo = S3OcflRepository.init("s3://bench/counted")
    for bag in bags:
        repo.ingest(Path(bag))
    for bag in bags:
        repo.ingest(Path(bag))
    repo.audit()
    by_kind: dict[tuple[str, str], collections.Counter[str]] = {}
    seen: collections.Counter[tuple[str, str]] = collections.Counter()
    for record in repo.request_log:
        key = (record.operation, record.outcome)
        by_kind.setdefault(key, collections.Counter()).update(record.requests)
        seen[key] += 1
    lines = [f"requests per object ({files} files a bag; the least a new object needs: {files + 6}):"]
    for key, totals in sorted(by_kind.items()):
        count = seen[key]
        per = {op: round(n / count, 1) for op, n in sorted(totals.items())}
        lines.append(f"  {key[0]:7} {key[1]:10} {sum(per.values()):5.1f}  {per}")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
