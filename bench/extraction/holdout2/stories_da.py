"""Danish page of the second held-out set (k33): a short story with a fact list on a page declaring lang="en"."""

from __future__ import annotations

from kit2 import Comment, Page, Site, Teaser, canonical, classic, og, share_bar, t

DA = {
    "skip": "Gå til indhold",
    "search": "Søg",
    "menu": "Menu",
    "related": "Læs også",
    "most_read": "Mest læste",
    "comments": "Kommentarer",
    "reply": "Svar",
    "accept": "Tillad alle",
    "settings": "Tilpas",
    "newsletter_button": "Tilmeld",
    "email": "Din e-mail",
    "share": "Del",
    "share_items": "Facebook|X|Mail|Kopiér link",
    "login": "Log ind",
    "ad": "Annonce",
    "ticker": "Seneste nyt",
    "top_stories": "Forsiden",
}

DAGBLAD = Site(
    name="Fjordbyens Dagblad",
    domain="fjordbyen-dagblad.example",
    lang="en",
    nav=["Nyheder", "Fjordby", "Oplandet", "Sport", "Kultur", "Debat", "Bolig"],
    cookie="Vi bruger cookies til at forbedre din oplevelse, til statistik og til at vise dig relevante annoncer.",
    newsletter="Tilmeld dig vores nyhedsbrev og få dagens vigtigste historier fra Fjordby hver eftermiddag.",
    footer="Fjordbyens Dagblad A/S · Havnegade 4 · Ansvarshavende chefredaktør: Jens Bech",
    labels=DA,
    footer_links=["Kontakt", "Privatlivspolitik", "Cookiepolitik", "Abonnement"],
)

STORY = [
    "Den nye cykel- og gangbro over Inderhavnen i Fjordby åbner lørdag klokken 10. Broen forbinder bymidten med det nye boligområde på Nordre Kaj og forkorter turen for cyklister med omkring to kilometer.",
    "Byggeriet har været forsinket i næsten et år, blandt andet fordi stålet til den midterste klapsektion skulle laves om. Prisen er endt på 94 millioner kroner mod budgetterede 78 millioner.",
    "Borgmester Henrik Dalsgaard klipper snoren, og bagefter er der gratis kaffe og æbleskiver på Nordre Kaj.",
]
FACTS = [
    "Broen er 180 meter lang og åbner for skibe to gange i timen.",
    "Knallerter må ikke køre på broen.",
    "Broen er belyst hele natten.",
]
READ = "Havnebadet ved Nordre Kaj får livredder hele sommeren"
TEASER = "Julebelysningen tændes på Torvet søndag"
COMMENT = "Endelig! Nu kan vi cykle til skole uden at køre hele vejen rundt om havnen."


def _k33() -> Page:
    url = "https://fjordbyen-dagblad.example/fjordby/ny-cykelbro-over-inderhavnen-aabner-loerdag"
    headline = "Ny cykelbro over Inderhavnen åbner lørdag"
    article = f"""<article class="article">
<div class="article__section">Fjordby</div>
<h1 class="article__headline">{t(headline)}</h1>
<div class="article__byline">Af Mette Kjærgaard</div>
<div class="article__date">19. nov. 2024 kl. 15.45</div>
{share_bar(DAGBLAD)}
<div class="article__body">
<p>{t(STORY[0])}</p>
<div class="factbox"><h2 class="factbox__title">Det skal du vide</h2><ul>{"".join(f"<li>{t(x)}</li>" for x in FACTS)}</ul></div>
<p>{t(STORY[1])}</p>
<p class="article__readmore"><strong>Læs også:</strong> <a href="/fjordby/havnebad-livredder">{t(READ)}</a></p>
<p>{t(STORY[2])}</p>
</div>
</article>"""
    head = "\n".join(
        [
            canonical(url),
            og(
                headline,
                url,
                DAGBLAD,
                description="Broen forbinder bymidten med Nordre Kaj.",
                published="2024-11-19T15:45:00+01:00",
                section="Fjordby",
                locale="da_DK",
            ),
        ]
    )
    html = classic(
        DAGBLAD,
        title=f"{headline} | Fjordbyens Dagblad",
        head=head,
        article=article,
        teasers=[
            Teaser(TEASER, "/fjordby/julebelysning"),
            Teaser("Ny rektor på Fjordby Gymnasium", "/fjordby/ny-rektor"),
        ],
        comments=[Comment("Lone B.", "2024-11-19T16:30:00+01:00", "19. nov. 2024 16.30", COMMENT)],
        most_read=["Færgen til Sandø aflyser aftenafgange", "Fjordby IF rykker op i 2. division"],
    )
    return Page(
        id="k33-da-declared-en-fact-list-short",
        url=url,
        language="da",
        declared_language="en",
        title=headline,
        authors=["Mette Kjærgaard"],
        published="2024-11-19T15:45:00+01:00",
        shapes=["lists", "lang-wrong", "opengraph", "byline-text", "short", "read-also-inline"],
        html=html,
        must_contain=[
            "Den nye cykel- og gangbro over Inderhavnen i Fjordby åbner lørdag klokken 10.",
            FACTS[1],
            "Prisen er endt på 94 millioner kroner mod budgetterede 78 millioner.",
            STORY[2],
        ],
        must_not_contain=[
            READ,
            TEASER,
            COMMENT,
            "Vi bruger cookies til at forbedre din oplevelse",
            DAGBLAD.footer,
            DAGBLAD.newsletter,
        ],
        story=STORY + FACTS,
    )


PAGES = [_k33()]
