"""``archiver deposit``: send bags to a SWORD v2 repository; ``deposit targets``; ``deposit service-document``.

``archiver deposit BAG... --to IRI`` is short for ``archiver deposit send BAG... --to IRI``: the group sends
anything that is not one of its subcommand names to ``send``. Passwords are never options (``ps`` shows a
command line to every user of the machine): they come from the environment variable a target names, or
from the config file.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from archiver.cli import common
from archiver.cli.base import ArchiverCommand, ArchiverGroup
from archiver.errors import ExitCode, UsageError

if TYPE_CHECKING:
    from archiver.config import Settings  # pydantic: loaded by the commands, not by their --help

__all__ = ["deposit_app"]


class _DefaultToSend(ArchiverGroup):
    """A group whose default subcommand is ``send``: ``deposit BAG --to IRI`` reads as ``deposit send ...``."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("-h", "--help"):
            args = ["send", *args]
        return super().parse_args(ctx, args)


deposit_app = typer.Typer(
    cls=_DefaultToSend,
    no_args_is_help=True,
    help=(
        "Deposit bags into a repository over SWORD v2 (DSpace, Dataverse, EPrints, Software Heritage).\n\n"
        "archiver deposit BAG... --to COLLECTION_IRI | --target NAME   (the same as `deposit send ...`)"
    ),
)


def _note(message: str) -> None:
    common.err.print(f"[dim]{message}[/dim]", markup=True, highlight=False)


def _target_option(help: str) -> Any:
    """``--target``/``-t``: a table of ``[deposit.targets.NAME]``, named; ``help`` says what it is used for."""
    return typer.Option(None, "--target", "-t", help=help)


def _user_option(help: str) -> Any:
    """``--user``, the user name to send when no ``--target`` gives one."""
    return typer.Option(None, "--user", help=help)


def _password_env_option(help: str) -> Any:
    """``--password-env``, the variable that holds ``--user``'s password (never the password itself)."""
    return typer.Option(None, "--password-env", help=help)


@deposit_app.command("send", cls=ArchiverCommand)
def send_command(
    bags: list[Path] = typer.Argument(
        ..., help="Bag folders or serialized bags (.zip, .tar, .tar.gz, .tgz)."
    ),
    to: str | None = typer.Option(None, "--to", help="The collection IRI (Col-IRI) to deposit into."),
    target: str | None = _target_option("A target from [deposit.targets.NAME]."),
    service_document: str | None = typer.Option(
        None, "--service-document", help="With --to: the SD-IRI, to check packaging and size limits first."
    ),
    user: str | None = _user_option(
        "With --to: the user name; the password comes from --password-env's variable."
    ),
    password_env: str | None = _password_env_option(
        "With --to: the environment variable holding the password (default ARCHIVER_DEPOSIT_PASSWORD)."
    ),
    wait: bool = typer.Option(
        False, "--wait", help="Poll the deposit's state until the server reports a final one."
    ),
    wait_timeout: float = typer.Option(3600.0, "--wait-timeout", min=0, help="Seconds --wait waits at most."),
    replace: bool = typer.Option(
        False, "--replace", help="Send a changed bag in place of the earlier deposit of the same identifier."
    ),
    ledger: Path | None = typer.Option(
        None, "--ledger", help="The deposit ledger (default: deposit-ledger.json beside the config file)."
    ),
    no_validate: bool = typer.Option(False, "--no-validate", help="Send bags without validating them first."),
    as_json: bool = common.json_option("Print one JSON object per bag on stdout."),
    config: common.ConfigOption = None,
) -> None:
    """Deposit bags: the package, then an Atom entry of Dublin Core terms from the article's metadata.

    Each bag is recorded in a ledger: the same bag to the same collection again reports "exists" and sends
    nothing; an interrupted deposit is resumed; a changed bag with the same identifier is refused unless
    --replace. The packaging is chosen from what the service document offers (BagIt where accepted, else
    SimpleZip) and its upload limit is respected. Exit 0 all deposited (or there already), 1 any failed,
    2 usage error.

    Example:

        archiver deposit bags/* --target dspace --wait
        ARCHIVER_DEPOSIT_PASSWORD=... archiver deposit bag/ --to https://repo.example.org/sword/col/1 --user me
    """
    from archiver.config import load_settings
    from archiver.deposit.ledger import Ledger
    from archiver.deposit.run import DepositOptions, Depositor
    from archiver.deposit.source import source_kind
    from archiver.deposit.targets import resolve_target

    settings = load_settings(config)
    resolved = resolve_target(
        settings.deposit,
        name=target,
        to=to,
        service_document=service_document,
        user=user,
        password_env=password_env,
    )
    _warn_if_exposed(resolved.credentials.source if resolved.credentials else None, settings.source)
    for bag in bags:
        source_kind(bag)  # every argument is a bag (or a usage error) before anything is sent
    options = DepositOptions(
        wait=wait, wait_timeout=wait_timeout, replace=replace, validate=not no_validate, on_note=_note
    )
    depositor = Depositor(resolved, Ledger(_ledger_path(ledger, settings)), options)
    counts: dict[str, int] = {}
    for result in depositor.deposit_each(bags):
        counts[result.status] = counts.get(result.status, 0) + 1
        if as_json:
            common.print_json(result.to_dict())
        if result.error is not None:
            common.err.print(result.error.one_line(), markup=False, highlight=False)
        elif not as_json and result.entry is not None:
            e = result.entry
            state = f"  state {e.state}" if e.state else ""
            where = e.edit_iri or e.collection
            common.out.print(f"{result.status:9} {result.bag} -> {where}{state}", markup=False)
            for note in result.notes:
                _note(f"  {note}")
    if len(bags) > 1 and not as_json:
        summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
        common.err.print(summary, markup=False, highlight=False)
    if counts.get("failed"):
        raise typer.Exit(int(ExitCode.FAILED))


def _warn_if_exposed(password_source: str | None, config_file: str | None) -> None:
    """A password kept in a config file that other accounts can read is worth a word (as ssh says of keys)."""
    if password_source != "config file" or not config_file:
        return
    try:
        mode = os.stat(config_file).st_mode
    except OSError:
        return
    if mode & 0o077:
        _note(f"warning: {config_file} holds a deposit password and others can read it (chmod 600 it)")


def _ledger_path(option: Path | None, settings: Settings) -> Path:
    from archiver.deposit.ledger import default_ledger_path

    if option is not None:
        return option
    return default_ledger_path(settings.source, settings.deposit.ledger, dict(os.environ))


@deposit_app.command("targets", cls=ArchiverCommand)
def targets_command(
    as_json: bool = common.json_option("Print the targets as one JSON array."),
    config: common.ConfigOption = None,
) -> None:
    """List the configured deposit targets ([deposit.targets.NAME]); passwords are never shown, only where
    they come from and whether that is set."""
    from archiver.config import load_settings

    settings = load_settings(config)
    rows: list[dict[str, Any]] = []
    for name, t in sorted(settings.deposit.targets.items()):
        if t.user is None:
            password = "no credentials"
        elif t.password_env and os.environ.get(t.password_env):
            password = f"env {t.password_env} (set)"
        elif t.password is not None:
            password = "config file"
        elif t.password_env:
            password = f"env {t.password_env} (NOT SET)"
        else:
            password = "none"
        rows.append(
            {
                "name": name,
                "collection": t.collection,
                "service_document": t.service_document,
                "user": t.user,
                "password": password,
                "packaging": list(t.packaging),
                "archive_format": t.archive_format,
                "sequence": t.sequence,
                "state": t.state,
                "md5_encoding": t.md5_encoding,
            }
        )
    if as_json:
        common.print_json(rows)
        return
    if not rows:
        where = settings.source or "no config file"
        common.err.print(
            f"no deposit targets configured ({where}); add a [deposit.targets.NAME] table", markup=False
        )
        return
    for row in rows:
        common.out.print(f"{row['name']}  {row['collection']}", markup=False)
        common.out.print(
            f"    user {row['user'] or '-'}, password: {row['password']}; service document "
            f"{row['service_document'] or '-'}",
            markup=False,
        )
        common.out.print(
            f"    packaging {', '.join(row['packaging'])} ({row['archive_format']}); {row['sequence']}; "
            f"state {row['state']}; Content-MD5 {row['md5_encoding']}",
            markup=False,
        )


@deposit_app.command("service-document", cls=ArchiverCommand)
def service_document_command(
    url: str | None = typer.Argument(None, help="The SD-IRI (default: the --target's service_document)."),
    target: str | None = _target_option("Use this target's credentials and settings."),
    user: str | None = _user_option("User name (the password comes from --password-env)."),
    password_env: str | None = _password_env_option(
        "Environment variable holding the password (default ARCHIVER_DEPOSIT_PASSWORD)."
    ),
    as_json: bool = common.json_option("Print the service document as JSON."),
    config: common.ConfigOption = None,
) -> None:
    """Show what a SWORD v2 server offers: collections, accepted media types and packaging, upload limit."""
    from archiver.config import load_settings
    from archiver.deposit.sword import SwordClient
    from archiver.deposit.targets import check_http_url, resolve_target
    from archiver.deposit.transport import HttpTransport, RetryPolicy

    settings = load_settings(config)
    if target is not None:
        resolved = resolve_target(settings.deposit, name=target, to=None)
        url = url or resolved.config.service_document
        if url is None:
            raise UsageError("DEPOSIT_NO_TARGET", f"target {target} has no service_document; give the URL")
    elif url is not None:
        resolved = resolve_target(settings.deposit, name=None, to=url, user=user, password_env=password_env)
    else:
        raise UsageError("DEPOSIT_NO_TARGET", "give the service document's URL, or --target NAME")
    try:
        check_http_url(url, "the service document URL")
    except ValueError as exc:
        raise UsageError("DEPOSIT_URL_INVALID", str(exc)) from None
    policy = RetryPolicy(retries=resolved.config.retries, backoff=resolved.config.backoff, on_retry=_note)
    client = SwordClient(resolved, HttpTransport(resolved.config.timeout), policy)
    document = client.service_document(url)
    unit = resolved.config.max_upload_size_unit
    if as_json:
        common.print_json(document.to_dict(unit))
        return
    common.out.print(f"SWORD {document.version or '(no sword:version)'} service document {url}", markup=False)
    limit = document.max_upload_bytes(unit)
    if document.max_upload_size is None:
        common.out.print("max upload size: not stated (no limit, §6.1)", markup=False)
    else:
        common.out.print(
            f"max upload size: {document.max_upload_size} (read in {unit}: {limit} bytes)", markup=False
        )
    for workspace in document.workspaces:
        common.out.print(f"workspace {workspace.title or '-'}", markup=False)
        for c in workspace.collections:
            common.out.print(f"  collection {c.href}  {c.title or ''}", markup=False)
            common.out.print(f"    accepts: {', '.join(c.accept) or '(not stated)'}", markup=False)
            common.out.print(
                f"    packaging: {', '.join(c.accept_packaging) or '(none stated)'}", markup=False
            )
            extra = f"mediation {'yes' if c.mediation else 'no'}"
            if c.treatment:
                extra += f"; treatment: {c.treatment}"
            if c.max_upload_size is not None:
                extra += f"; max upload size {c.max_upload_size}"
            common.out.print(f"    {extra}", markup=False)
