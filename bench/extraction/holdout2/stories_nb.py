# ruff: noqa: RUF001
"""Norwegian Bokmål page of the second held-out set (k32): Next.js with CSS modules, no declared language."""

from __future__ import annotations

from kit2 import Page, Site, Teaser, app, canonical, cssmod, jsonld, og, person, publisher, t

NB = {
    "skip": "Hopp til hovedinnhold",
    "search": "Søk",
    "menu": "Meny",
    "related": "Mer fra Vesterdalen",
    "most_read": "Mest lest",
    "comments": "Kommentarer",
    "reply": "Svar",
    "accept": "Godta alle",
    "settings": "Tilpass",
    "newsletter_button": "Meld meg på",
    "email": "E-postadresse",
    "share": "Del",
    "share_items": "Facebook|X|E-post|Kopier lenke",
    "login": "Logg inn",
    "ad": "Annonse",
}

AVIS = Site(
    name="Vesterdalen Avis",
    domain="vesterdalen-avis.example",
    lang=None,
    nav=["Nyheter", "Sport", "Kultur", "Meninger", "Tips oss", "E-avis"],
    cookie="Vi bruker informasjonskapsler for å gi deg en bedre brukeropplevelse og for å vise relevant annonsering.",
    newsletter="Få de viktigste sakene fra Vesterdalen i innboksen hver morgen.",
    footer="Ansvarlig redaktør: Torunn Bakke. Vesterdalen Avis arbeider etter Vær Varsom-plakatens regler for god presseskikk.",
    labels=NB,
    footer_links=["Kontakt oss", "Personvern", "Abonnement", "Annonsere"],
)

STORY = [
    "Alle elever på de tre barneskolene i Vesterdalen kommune får gratis skolelunsj fra høsten av. Det vedtok kommunestyret onsdag kveld med 21 mot 8 stemmer.",
    "Ordningen skal etter planen koste rundt 6,5 millioner kroner i året. Pengene tas blant annet fra fondet som kommunen bygde opp etter salget av kraftaksjer i 2019.",
    "– Vi ser at mange barn kommer på skolen uten matpakke, og det går ut over konsentrasjonen utover dagen, sier ordfører Kjersti Holm.",
    "Maten skal lages på kjøkkenet ved Vesterdalen sykehjem, som allerede lager middag til eldre i kommunen. Kjøkkenet må ansette tre nye kokker og kjøpe en ny varebil for å frakte maten.",
    "Opposisjonen mener pengene heller burde gått til flere lærere. – Gratis lunsj er hyggelig, men det løser ikke at klassene våre er for store, sier Lars Øverby.",
    "Foreldreutvalget ved Nordbygda skole er positive, men ønsker at elevene skal få være med og bestemme menyen.",
    "Den første lunsjen serveres mandag 19. august, samme dag som skolestart.",
]
READ = "Les også: Nordbygda skole får nytt kjøkken og kantine"
TEASER = "Skisporene i Øvre Dal er klare for helgen"


def _k32() -> Page:
    url = "https://www.vesterdalen-avis.example/nyheter/i/Qe8Lm2/gratis-skolelunsj-til-alle-barneskoleelever-fra-hosten"
    headline = "Gratis skolelunsj til alle barneskoleelever fra høsten"

    def c(name: str) -> str:
        return cssmod("Layout", name)

    def a(name: str) -> str:
        return cssmod("Article", name)

    paras = [f'<p class="{a("paragraph")}">{t(x)}</p>' for x in STORY]
    paras.insert(
        3,
        f'<div class="{a("inlineLink")}"><a href="/nyheter/i/Pw71Kd/nordbygda-skole-kjokken">{t(READ)}</a></div>',
    )
    paras.insert(
        5,
        f'<div class="{cssmod("AdSlot", "wrapper")}"><span class="{cssmod("AdSlot", "label")}">Annonse</span><div id="netboard-1"></div></div>',
    )
    article = f"""<article class="{a("article")}">
<header class="{a("header")}">
<h1 class="{a("title")}">{t(headline)}</h1>
<p class="{a("lead")}">Kommunestyret vedtok ordningen med 21 mot 8 stemmer. Opposisjonen ville heller ha flere lærere.</p>
<div class="{a("byline")}"><img class="{a("bylineImage")}" src="/img/journalister/ingrid-haugland.jpg" alt=""><div><span class="{a("bylineName")}">Ingrid Haugland</span><span class="{a("bylineMail")}">ingrid.haugland@vesterdalen-avis.example</span></div></div>
<div class="{a("timestamp")}">Publisert 15.02.2024 06:30</div>
</header>
<div class="{a("body")}">
{chr(10).join(paras)}
</div>
</article>"""
    next_data = {
        "props": {
            "pageProps": {
                "article": {
                    "id": "Qe8Lm2",
                    "title": headline,
                    "lead": "Kommunestyret vedtok ordningen med 21 mot 8 stemmer.",
                    "byline": [{"name": "Ingrid Haugland"}],
                    "published": "2024-02-15T05:30:00.000Z",
                    "components": [{"type": "text", "text": x} for x in STORY],
                },
                "locale": "nb-NO",
            }
        },
        "page": "/nyheter/i/[id]/[slug]",
        "query": {"id": "Qe8Lm2", "slug": "gratis-skolelunsj-til-alle-barneskoleelever-fra-hosten"},
        "buildId": "k2Bv0cR1ZxPq",
        "isFallback": False,
        "gsp": True,
    }
    head = "\n".join(
        [
            canonical(url),
            og(headline, url, AVIS, description="Kommunestyret vedtok ordningen med 21 mot 8 stemmer."),
            jsonld(
                {
                    "@context": "https://schema.org",
                    "@type": "NewsArticle",
                    "headline": headline,
                    "datePublished": "2024-02-15T06:30:00+01:00",
                    "dateModified": "2024-02-15T09:02:00+01:00",
                    "author": [person("Ingrid Haugland", AVIS)],
                    "publisher": publisher(AVIS),
                    "isAccessibleForFree": True,
                }
            ),
        ]
    )
    html = app(
        AVIS,
        title=f"{headline} – Vesterdalen Avis",
        head=head,
        article=article,
        c=c,
        teasers=[
            Teaser(TEASER, "/sport/i/Lr5Tq0/skisporene"),
            Teaser("Brannvesenet øvde på isredning i Storvatnet", "/nyheter/i/Zk9Wx1/isredning"),
        ],
        most_read=["Ny fastlege på plass i Nordbygda", "Fylkesveien stengt etter ras"],
        next_data=next_data,
    )
    return Page(
        id="k32-nb-nextjs-cssmodules-no-lang",
        url=url,
        language="nb",
        declared_language=None,
        title=headline,
        authors=["Ingrid Haugland"],
        published="2024-02-15T06:30:00+01:00",
        shapes=["nextjs", "css-modules", "jsonld", "lang-missing", "read-also-inline", "ad-slots"],
        html=html,
        must_contain=[
            "Alle elever på de tre barneskolene i Vesterdalen kommune får gratis skolelunsj fra høsten av.",
            "Pengene tas blant annet fra fondet som kommunen bygde opp etter salget av kraftaksjer i 2019.",
            "Maten skal lages på kjøkkenet ved Vesterdalen sykehjem, som allerede lager middag til eldre i kommunen.",
            STORY[6],
        ],
        must_not_contain=[
            READ,
            TEASER,
            "Vi bruker informasjonskapsler",
            AVIS.footer,
            AVIS.newsletter,
            "Brannvesenet øvde på isredning i Storvatnet",
        ],
        story=STORY,
    )


PAGES = [_k32()]
