# ruff: noqa: RUF001
"""Dutch pages of the second held-out set (k18-k19)."""

from __future__ import annotations

from kit2 import Comment, Page, Site, Teaser, canonical, classic, jsonld, meta, og, publisher, share_bar, t

NL = {
    "skip": "Direct naar de inhoud",
    "search": "Zoeken",
    "menu": "Menu",
    "related": "Meer nieuws",
    "most_read": "Meest gelezen",
    "comments": "Reacties",
    "reply": "Reageer",
    "accept": "Akkoord",
    "settings": "Instellingen",
    "newsletter_button": "Aanmelden",
    "email": "E-mailadres",
    "share": "Delen",
    "share_items": "Facebook|WhatsApp|X|E-mail",
    "login": "Inloggen",
    "ad": "Advertentie",
    "ticker": "Net binnen",
    "top_stories": "Uitgelicht",
}

# --- k18: live blog whose updates are <article>s with <header><time>, like comments elsewhere ------------

KANAAL = Site(
    name="Het Kanaalblad",
    domain="kanaalblad.example",
    lang="nl",
    nav=["Zuiderveen", "Regio", "Binnenland", "Sport", "Uitgaan", "112"],
    cookie="Wij gebruiken cookies om de website goed te laten werken en om advertenties te tonen die bij je passen.",
    newsletter="Ontvang elke ochtend het nieuws uit Zuiderveen en omstreken in je mailbox.",
    footer="© 2024 Het Kanaalblad B.V. – Alle rechten voorbehouden",
    labels=NL,
    footer_links=["Colofon", "Contact", "Privacyverklaring", "Adverteren"],
)

K18_UPDATES = [
    (
        "17:45",
        "Festivalterrein weer open",
        [
            "Na een onderbreking van twee uur mag het publiek het festivalterrein van Polderfest weer op. De organisatie heeft extra schaduwdoeken gespannen bij de hoofdpodia en deelt gratis water uit bij de ingang.",
        ],
    ),
    (
        "16:10",
        "Hoogste temperatuur van het jaar",
        [
            "Het weerstation bij Zuiderveen meldt 34,2 graden, de hoogste temperatuur van dit jaar in de regio. Voor zondag wordt nog iets warmer weer verwacht.",
        ],
    ),
    (
        "14:30",
        "Polderfest ontruimt terrein tijdelijk",
        [
            "De organisatie van Polderfest heeft het terrein om half drie tijdelijk ontruimd nadat de EHBO-post binnen een uur ruim veertig bezoekers had behandeld voor oververhitting.",
            "Niemand is ernstig onwel geworden, meldt de veiligheidsregio. Bezoekers worden opgevangen in de sporthal aan de Kanaalweg.",
        ],
    ),
    (
        "12:50",
        "Openluchtbad Het Wiel vol",
        [
            "Het openluchtbad Het Wiel heeft de deuren om 12.30 uur gesloten omdat het maximale aantal bezoekers is bereikt. Het bad gaat morgen een uur eerder open, om 9 uur.",
        ],
    ),
    (
        "11:15",
        "Gemeente zet extra waterpunten neer",
        [
            "In het centrum van Zuiderveen staan vanaf vandaag vier extra watertappunten, onder meer op de Markt en bij het station. Ook de bibliotheek en het gemeentehuis zijn opengesteld als koelteplek.",
        ],
    ),
    (
        "09:00",
        "Goedemorgen",
        [
            "Welkom in dit liveblog. Het weerinstituut heeft voor vandaag code oranje afgegeven vanwege de hitte.",
            "We houden je hier de hele dag op de hoogte van het weer, het festival en de maatregelen in de gemeente.",
        ],
    ),
]
K18_MORE = "Laad oudere berichten"
K18_TEASER = "Gemeente wil zwemsteiger bij de sluis vervangen"
K18_COMMENT = "Petje af voor de EHBO'ers, die stonden daar de hele middag in de volle zon."


def _k18() -> Page:
    url = "https://www.kanaalblad.example/zuiderveen/liveblog-hitte-polderfest-ontruimd~a48812c0/"
    headline = "LIVE | Hitte in Zuiderveen: Polderfest even ontruimd, zwembad vol"
    posts = []
    story = []
    for i, (hhmm, head, ps) in enumerate(K18_UPDATES):
        story += [head, *ps]
        posts.append(
            f'<article class="liveblog-post" id="lb-{60 - i}"><header class="liveblog-post__header"><time datetime="2024-06-29T{hhmm}:00+02:00">{hhmm}</time>'
            f'<h2 class="liveblog-post__title">{t(head)}</h2></header>'
            + "".join(f"<p>{t(p)}</p>" for p in ps)
            + '<footer class="liveblog-post__footer"><button type="button">Deel dit bericht</button></footer></article>'
        )
    article = f"""<div class="liveblog">
<div class="liveblog__intro">
<span class="label label--live">Live</span>
<h1>{t(headline)}</h1>
<p class="liveblog__byline">Door Sanne Verbeek</p>
<p class="liveblog__updated">Laatste update: 17:45</p>
{share_bar(KANAAL)}
</div>
<div class="liveblog__posts">
{chr(10).join(posts)}
</div>
<button class="liveblog__more" type="button">{K18_MORE}</button>
</div>"""
    head = "\n".join(
        [
            canonical(url),
            og(headline, url, KANAAL, description="Volg hier de gevolgen van de hitte in Zuiderveen."),
            jsonld(
                {
                    "@context": "https://schema.org",
                    "@type": "LiveBlogPosting",
                    "headline": headline,
                    "datePublished": "2024-06-29T09:00:00+02:00",
                    "dateModified": "2024-06-29T17:45:00+02:00",
                    "coverageStartTime": "2024-06-29T09:00:00+02:00",
                    "author": {"@type": "Person", "name": "Sanne Verbeek"},
                    "publisher": publisher(KANAAL),
                }
            ),
        ]
    )
    html = classic(
        KANAAL,
        title=f"{headline} | Het Kanaalblad",
        head=head,
        article=article,
        teasers=[
            Teaser(K18_TEASER, "/zuiderveen/zwemsteiger~a48790aa/"),
            Teaser("Zo blijf je koel tijdens een hittegolf", "/service/hitte-tips~a48801bc/"),
        ],
        comments=[Comment("Ria van D.", "2024-06-29T18:02:00+02:00", "29 jun 2024, 18:02", K18_COMMENT)],
        most_read=["Nieuwe brug over het kanaal pas in 2026 klaar", "Bakkerij Hofstra stopt na 90 jaar"],
    )
    return Page(
        id="k18-nl-liveblog-updates-as-article",
        url=url,
        language="nl",
        declared_language="nl",
        title=headline,
        authors=["Sanne Verbeek"],
        published="2024-06-29T09:00:00+02:00",
        shapes=["liveblog", "updates-as-article", "jsonld-liveblog", "byline-text"],
        html=html,
        must_contain=[
            "Na een onderbreking van twee uur mag het publiek het festivalterrein van Polderfest weer op.",
            K18_UPDATES[2][2][0],
            "Ook de bibliotheek en het gemeentehuis zijn opengesteld als koelteplek.",
            "Het weerinstituut heeft voor vandaag code oranje afgegeven vanwege de hitte.",
        ],
        must_not_contain=[
            K18_MORE,
            K18_TEASER,
            K18_COMMENT,
            "Wij gebruiken cookies om de website goed te laten werken",
            KANAAL.footer,
            KANAAL.newsletter,
        ],
        story=story,
    )


# --- k19: results table inside the story, microdata, "Door" byline ----------------------------------------

VEEN = Site(
    name="Dagblad De Veenstreek",
    domain="veenstreek.example",
    lang="nl-NL",
    nav=["Nieuws", "Boornveen", "Wolderwijk", "Nijezijl", "Sport", "Familieberichten"],
    cookie="Deze website maakt gebruik van cookies. Door verder te klikken ga je akkoord met ons cookiebeleid.",
    newsletter="Schrijf je in voor de Veenstreek Vandaag-nieuwsbrief.",
    footer="Dagblad De Veenstreek © 2024 – Uitgeverij Veenpers",
    labels=NL,
    footer_links=["Over ons", "Tips? Mail de redactie", "Voorwaarden", "Privacy"],
)

K19_P = [
    "Sinds de invoering van betalen per vuilniszak gooien de inwoners van Boornveen bijna de helft minder restafval weg. Dat blijkt uit cijfers die de afvalsamenwerking Veenstreek dinsdag heeft gepubliceerd.",
    "In 2023 leverde elke inwoner gemiddeld 96 kilo restafval in, tegen 181 kilo een jaar eerder. Boornveen was op 1 januari 2023 de eerste gemeente in de regio die een vast tarief per zak invoerde: 1,40 euro voor een zak van zestig liter.",
    "Tegelijk steeg de hoeveelheid gescheiden ingezameld plastic en gft flink. Volgens wethouder Marleen de Boer bewijst dat dat de meeste inwoners hun afval niet zomaar dumpen, maar beter zijn gaan scheiden.",
    "Wel kreeg de gemeente vorig jaar 212 meldingen van illegaal gestort afval, ruim twee keer zoveel als in 2022. De handhavers hebben 37 boetes uitgeschreven.",
    "Buurgemeente Wolderwijk besluit in maart of ze het systeem overneemt. De raad is verdeeld: vooral de lokale partijen vrezen dat grote gezinnen de dupe worden.",
    "De afvalsamenwerking wil eind dit jaar de cijfers van alle vier de gemeenten opnieuw vergelijken.",
]
K19_ROWS = [
    ("Boornveen", "181", "96", "Betalen per zak"),
    ("Wolderwijk", "174", "162", "Vast tarief"),
    ("Nijezijl", "190", "171", "Vast tarief, proef met zakken vanaf juli"),
    ("Tjongerhaven", "168", "101", "Betalen per lediging"),
]
K19_READ = "Lees ook: Milieustraat Boornveen krijgt ruimere openingstijden"
K19_TEASER = "IJsbaan Nijezijl hoopt op vorst in februari"
K19_COMMENT = "Bij ons in de wijk liggen nu elke week zakken naast de container. Mooie cijfers, maar dat zie je er niet in terug."


def _k19() -> Page:
    url = "https://www.veenstreek.example/boornveen/restafval-bijna-gehalveerd-sinds-betalen-per-zak-a2219843"
    headline = "Restafval in Boornveen bijna gehalveerd sinds betalen per zak"
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in K19_ROWS)
    article = f"""<article class="article" itemscope itemtype="http://schema.org/NewsArticle">
<header>
<h1 itemprop="headline">{t(headline)}</h1>
<div class="article__meta">
<span class="article__byline">Door <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Pieter Claes</span></span></span>
<time class="article__date" itemprop="datePublished" datetime="2024-01-30T06:00:00+01:00">30 januari 2024, 06:00</time>
</div>
</header>
<div class="article__body" itemprop="articleBody">
<p>{t(K19_P[0])}</p>
<p>{t(K19_P[1])}</p>
<table class="data-table">
<caption>Restafval per inwoner</caption>
<thead><tr><th>Gemeente</th><th>2022 (kg)</th><th>2023 (kg)</th><th>Systeem</th></tr></thead>
<tbody>{rows}</tbody>
</table>
<p class="source">Bron: Afvalsamenwerking Veenstreek</p>
<p>{t(K19_P[2])}</p>
<p class="read-more"><a href="/boornveen/milieustraat-a2218810">{t(K19_READ)}</a></p>
<p>{t(K19_P[3])}</p>
<p>{t(K19_P[4])}</p>
<p>{t(K19_P[5])}</p>
</div>
{share_bar(VEEN)}
</article>"""
    head = "\n".join([canonical(url), meta("description", K19_P[0])])
    html = classic(
        VEEN,
        title=f"{headline} | Dagblad De Veenstreek",
        head=head,
        article=article,
        teasers=[
            Teaser(K19_TEASER, "/nijezijl/ijsbaan-a2219001"),
            Teaser("Dorpshuis Wolderwijk zoekt nieuwe beheerder", "/wolderwijk/dorpshuis-a2218455"),
        ],
        comments=[Comment("H. Jansma", "2024-01-30T09:14:00+01:00", "30-01-2024 09:14", K19_COMMENT)],
    )
    return Page(
        id="k19-nl-table-microdata-byline-door",
        url=url,
        language="nl",
        declared_language="nl-NL",
        title=headline,
        authors=["Pieter Claes"],
        published="2024-01-30T06:00:00+01:00",
        shapes=["tables", "microdata", "byline-text", "read-also-inline"],
        html=html,
        must_contain=[
            K19_P[0].split(". ")[0] + ".",
            "Vast tarief, proef met zakken vanaf juli",
            "De handhavers hebben 37 boetes uitgeschreven.",
            K19_P[5],
        ],
        must_not_contain=[
            K19_READ,
            K19_TEASER,
            K19_COMMENT,
            "Deze website maakt gebruik van cookies.",
            VEEN.footer,
            VEEN.newsletter,
        ],
        story=K19_P + [x for r in K19_ROWS for x in r],
    )


PAGES = [_k18(), _k19()]
