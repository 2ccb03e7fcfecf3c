"""Dutch pages of the held-out set (invented stories)."""

from __future__ import annotations

from build_holdout import Page
from chrome import (
    ad,
    breadcrumbs,
    cookie,
    esc,
    footer,
    head,
    jsonld,
    mega_nav,
    most_read,
    newsletter,
    share,
    tail_scripts,
    teasers,
    ticker,
)
from sites import NL

PAGES: list[Page] = []
s = NL

# --- 1. News site with a big menu, ticker and cookie wall; the CMS declares lang="en"; JSON-LD in @graph ------------

title = "Veerpont bij Kinderdijk vaart weer na maanden stilstand"
ld = {
    "@context": "https://schema.org",
    "@graph": [
        {"@type": "WebSite", "name": s.name, "url": "https://www.dagbladdepolder.example/"},
        {
            "@type": "BreadcrumbList",
            "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Regio"}],
        },
        {
            "@type": "NewsArticle",
            "headline": title,
            "datePublished": "2024-03-18T07:45:00+01:00",
            "author": [
                {"@type": "Person", "name": "Sanne de Groot"},
                {"@type": "Person", "name": "Pieter van Dam"},
            ],
        },
    ],
}
body = f"""{mega_nav(s)}
{ticker("Net binnen", ["File op A15 na ongeluk bij Gorinchem", "Gemeente verhoogt parkeertarieven", "Storing bij NS voorbij"])}
<div class="cookiewall-overlay"></div>
<main id="main"><div class="article-layout">
{breadcrumbs(["Nieuws", "Regio", "Alblasserwaard"])}
<h1>{esc(title)}</h1>
<div class="article-meta">Sanne de Groot en Pieter van Dam · 18 mrt. 2024, 07:45</div>
{share(s)}
<div class="article-body">
<p>Na ruim vier maanden stilstand vaart de veerpont tussen Kinderdijk en Ridderkerk sinds maandagochtend weer volgens de normale dienstregeling.</p>
<p>De pont lag sinds november aan de kant nadat bij een inspectie scheuren in de klep waren gevonden waarover auto's en fietsers aan boord rijden.</p>
{ad(s, "rectangle-1")}
<p>Voor forenzen en scholieren betekende dat een omweg van bijna twintig minuten via de Noordtunnel.</p>
<p>"We hebben elke dag klachten gehad, en terecht", zegt een woordvoerder van de veerdienst. "Het onderdeel moest op maat worden gemaakt in Duitsland."</p>
<p>De veerdienst onderzoekt nu of er een tweede, kleinere pont kan worden ingehuurd voor als de grote opnieuw uitvalt.</p>
</div></div>
{teasers(s, [("Molens Kinderdijk trekken recordaantal bezoekers", "Vooral uit Azië en de VS."), ("Fietspad langs de Lek maanden dicht", "Dijkversterking begint in april.")])}
<aside>{most_read(s, ["Woningbrand in Sliedrecht, gezin ongedeerd", "Dit zijn de nieuwe openingstijden van het gemeentehuis"])}</aside>
</main>
{newsletter(s)}
{footer(s)}
{cookie(s)}
"""
PAGES.append(
    Page(
        id="h25-nl-news-bignav-wrong-lang",
        url="https://www.dagbladdepolder.example/regio/alblasserwaard/veerpont-kinderdijk-vaart-weer~a4410871/",
        language="nl",
        declared_language="en",
        title=title,
        authors=["Sanne de Groot", "Pieter van Dam"],
        published="2024-03-18T07:45:00+01:00",
        shapes=["news-bignav", "ticker", "cookie-banner", "jsonld-graph", "lang-wrong"],
        html=head(s, f"{title} | {s.name}", jsonld(ld), lang="en") + body + tail_scripts(s),
        must_contain=[
            "Na ruim vier maanden stilstand vaart de veerpont tussen Kinderdijk en Ridderkerk",
            "scheuren in de klep waren gevonden",
            "Het onderdeel moest op maat worden gemaakt in Duitsland.",
            "of er een tweede, kleinere pont kan worden ingehuurd",
        ],
        must_not_contain=[
            "File op A15 na ongeluk bij Gorinchem",
            "Molens Kinderdijk trekken recordaantal bezoekers",
            "Woningbrand in Sliedrecht, gezin ongedeerd",
            s.newsletter,
            s.footer_note,
            s.cookie,
        ],
    )
)

# --- 2. Opinion column in <div>s with <br><br>, no <p>; OpenGraph only; author box --------------------------------

title = "Column: Laat de binnenstad ook na zessen leven"
meta = f"""<meta property="og:type" content="article">
<meta property="og:title" content="{esc(title)}">
<meta property="og:locale" content="nl_NL">
<meta property="article:published_time" content="2024-11-29T16:00:00+01:00">
<meta property="article:author" content="Mirjam Bouwhuis">"""
text = "<br><br>".join(
    [
        "Wie op een doordeweekse avond om half zeven door de Lange Kerkstraat loopt, hoort vooral zijn eigen voetstappen.",
        "De winkels zijn dicht, de rolluiken zijn neer, en de enige verlichting komt van de etalage van een telefoonwinkel die al twee jaar leegstaat.",
        "Het college wil daar iets aan doen met een plan om woningen boven winkels mogelijk te maken. Dat is een goed begin, maar het is niet genoeg.",
        "Een stad leeft pas als er 's avonds iets te doen is: een bibliotheek die tot tien uur open is, een markt op donderdagavond, een café met een terras dat niet om acht uur wordt ingeklapt.",
        "Geef de binnenstad die kans, voordat we er alleen nog overdag komen om een pakje op te halen.",
    ]
)
body = f"""{mega_nav(s)}
<div id="main"><div class="column-page">
<div class="label">Column</div>
<h1>{esc(title)}</h1>
<div class="column-text">{text}</div>
<div class="author-card"><img src="/img/mirjam.jpg" alt=""><div><b>Mirjam Bouwhuis</b><br>Mirjam Bouwhuis is stadsgeograaf en schrijft elke vrijdag over de stad.<br><a href="/auteur/mirjam-bouwhuis">Alle columns van Mirjam Bouwhuis</a></div></div>
{share(s)}
<div class="reacties"><h3>{esc(s.comments)}</h3><div class="reactie"><b>Henk</b><br>Eens! Vroeger was hier op vrijdagavond koopavond en dan was het gezellig druk.</div></div>
</div></div>
{footer(s)}
{cookie(s)}
"""
PAGES.append(
    Page(
        id="h26-nl-column-br-no-p-opengraph",
        url="https://www.dagbladdepolder.example/opinie/column-binnenstad-na-zessen~b7731002/",
        language="nl",
        declared_language="nl-NL",
        title=title,
        authors=["Mirjam Bouwhuis"],
        published="2024-11-29T16:00:00+01:00",
        shapes=["no-p", "opinion", "author-box", "opengraph"],
        html=head(s, f"{title} | {s.name}", meta) + body + tail_scripts(s),
        must_contain=[
            "Wie op een doordeweekse avond om half zeven door de Lange Kerkstraat loopt",
            "een plan om woningen boven winkels mogelijk te maken",
            "een markt op donderdagavond",
            "voordat we er alleen nog overdag komen om een pakje op te halen.",
        ],
        must_not_contain=[
            "Vroeger was hier op vrijdagavond koopavond en dan was het gezellig druk.",
            "Alle columns van Mirjam Bouwhuis",
            s.footer_note,
            s.cookie,
        ],
    )
)
