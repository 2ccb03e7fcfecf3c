"""Lines of a page that are never its story, wherever they stand: an advert's label and caption, a
copyright notice, the closing boilerplate of a press release.

Pure functions on one line's text, as :mod:`archiver.sources.news` has for bylines and dates;
:mod:`archiver.sources.story` decides where to ask them (a label alone in a small box, the boilerplate only
in a press release).
"""

from __future__ import annotations

import re
from typing import Literal

__all__ = ["advert_label", "ends_story", "is_copyright_line"]


def is_copyright_line(line: str) -> bool:
    """Whether a line is a copyright notice ("© 2024 Agency. All rights reserved.", "Copyright 2024 ...")."""
    return bool(_COPYRIGHT_RE.match(" ".join(line.split())))


_COPYRIGHT_RE = re.compile(r"(?:[©ⓒ]|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4}))", re.IGNORECASE)


def ends_story(line: str) -> Literal["end", "about"] | None:
    """Whether a line ends a press release's text: ``end`` for its end mark ("###", "- ENDS -", "-30-") or
    its media contact's heading ("Media contact", "Pressekontakt", "Contacte de premsa"); ``about`` for the
    heading of the issuer's self-description ("About Vallmer Hydraulik GmbH", "Über die ...", "Sobre la
    Cooperativa"), which ends the text only in a press release (see :mod:`archiver.sources.story`): "Over
    the years" and "Sobre la mesa" are headings of stories too."""
    text = " ".join(line.split())
    if _END_MARK_RE.fullmatch(text):
        return "end"
    if len(text) > MAX_BOILERPLATE_HEADING_CHARS or text.endswith((".", "!", "?", ":")):
        return None
    if _CONTACT_HEADING_RE.match(text):
        return "end"
    about = _ABOUT_HEADING_RE.match(text)
    rest = text[about.end() :].split() if about is not None else []
    # the issuer's name follows: a capitalised word after at most an article ("Über die Vallmer GmbH")
    named = [word for word in rest[:3] if word[:1].isupper()]
    return "about" if named and not any(ch.isdigit() for ch in text) else None


#: A boilerplate heading is short: a longer line starting "About" is a sentence.
MAX_BOILERPLATE_HEADING_CHARS = 80
_END_MARK_RE = re.compile(r"#{3}|-\s*(?:ends|end|fin|ende)\s*-|-\s*30\s*-", re.IGNORECASE)
_CONTACT_HEADING_RE = re.compile(
    r"(?:(?:media|press|news)\s+contacts?|pressekontakt|medienkontakt|kontakt\s+für\s+(?:die\s+)?medien|"
    r"contact\s+(?:presse|médias?)|contacto\s+(?:de\s+)?prensa|contacte\s+de\s+premsa|contatto\s+stampa|"
    r"contato\s+(?:de\s+)?imprensa|perscontact|kontakt\s+(?:dla\s+mediów|pro\s+média)|"
    r"bas\u0131n\s+ileti\u015fim)\b",
    re.IGNORECASE,
)
_ABOUT_HEADING_RE = re.compile(
    r"(?:about|über|à\s+propos\s+d[e']|acerca\s+de|sobre|informazioni\s+su|over|om|o\s+(?:spol|firm)\w*|"
    r"tietoja|hakk\u0131nda)\b\s*(?:(?:the|die|der|das|la|el|le|les|de|het|os|as|o|a)\s+)?",
    re.IGNORECASE,
)


#: The labels pages print above an advert or a paid caption inside a story, in the languages above (and
#: Dutch, Polish): "Advertisement", "Anzeige", "Publicidad", "Pubblicità", "広告", ...
_AD_LABELS = (
    "advertisement|advertising|advert|sponsored content|sponsored|paid content|paid post|promoted|"
    "anzeige|werbung|gesponsert|publicité|sponsorisé|contenu sponsorisé|publicidad|patrocinado|anuncio|"
    "pubblicità|sponsorizzato|publicidade|advertentie|gesponsord|reklama|sponsorowane|artykuł sponsorowany|"
    "реклама|на правах рекламы|广告|廣告|広告|スポンサー"
)
_AD_LABEL_RE = re.compile(
    rf"(?:{_AD_LABELS})(?:(?P<end>\s*$)|(?P<colon>\s*[:\uff1a])|(?P<joined>(?=[^\W\d_])(?!\w*\s*$))"
    r"|(?P<spaced>\s+(?=[^\W\d_])))",
    re.IGNORECASE,
)


def advert_label(text: str) -> Literal["label", "caption", "label-first"] | None:
    """Whether a line of a page is an advert's label alone ("Advertisement", "Anzeige", "広告": the caption
    next to it in the same small box is the advert's too) or a paid caption ("Sponsored: Save 20% ...",
    "Anzeige: ...", a label and a caption written without a space between: "AdvertisementSponsored: ..."),
    or a label, a space and a capitalised text ("Advertisement Sponsored: Save 20%", "Anzeige Jetzt
    bestellen": ``label-first``, an advert only in a small box of its own, since "Advertising Standards
    Authority ruled ..." is a sentence of a story), else None.

    Only a label that stands alone or ends in a colon counts: "Advertising revenue fell" is a sentence.
    """
    line = " ".join(text.split())
    match = _AD_LABEL_RE.match(line)
    if match is None:
        return None
    if match.group("end") is not None:
        return "label"
    if match.group("colon") is not None:
        return "caption"
    rest = line[match.end() :]
    if match.group("spaced") is not None:  # "Advertisement Sponsored: ...", "Anzeige Anzeige: ..."
        return "label-first" if _AD_LABEL_RE.match(rest) else None
    # "AdvertisementSponsored: ..." or "AnzeigeAnzeige: ...": two spans without a space between them
    if rest[:1].isupper() or _AD_LABEL_RE.match(rest):
        return "caption"
    return None
