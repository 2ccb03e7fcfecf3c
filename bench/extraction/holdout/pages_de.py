"""German pages of the held-out set (invented stories)."""

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
from sites import DE

PAGES: list[Page] = []
s = DE

# --- 1. Article text in <div>s without <p>; byline "Von ... und ..." only in the text ---------------------------

title = "Neue Fähre soll Pendler schon im Herbst über den Rhein bringen"
meta = f"""<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-07-02T11:30:00+02:00">"""
paras = [
    "Die Gemeinde Auheim will noch vor dem Winter eine elektrische Fähre zwischen ihrem Anleger und dem gegenüberliegenden Ufer in Betrieb nehmen.",
    "Der Gemeinderat stimmte am Montagabend mit großer Mehrheit für den Kauf des Schiffes, das in einer Werft in Duisburg gebaut wird und 3,2 Millionen Euro kosten soll.",
    "Die Fähre soll bis zu 24 Autos und 150 Fahrgäste aufnehmen und in der Hauptverkehrszeit alle zwanzig Minuten ablegen.",
    "„Wer heute zur Arbeit nach Wiesbach will, fährt einen Umweg von 35 Kilometern über die Autobahnbrücke“, sagte Bürgermeisterin Sabine Ehrhardt.",
    "Das Land übernimmt nach Angaben der Gemeinde rund die Hälfte der Kosten aus einem Förderprogramm für klimafreundliche Mobilität.",
    "Kritik kam von der Fraktion der Freien Wähler, die die jährlichen Betriebskosten von geschätzt 400.000 Euro für zu hoch hält.",
    "Die erste Probefahrt ist für Ende September geplant, der reguläre Betrieb soll im Oktober beginnen.",
]
body_divs = "\n".join(f'<div class="sc-text-block">{esc(t)}</div>' for t in paras[:4])
body_divs += (
    "\n" + ad(s, "content-1") + "\n".join(f'<div class="sc-text-block">{esc(t)}</div>' for t in paras[4:])
)
body = f"""{mega_nav(s)}
{ticker("Eilmeldung", ["A61 nach Unfall voll gesperrt", "Stadtwerke erhöhen Gaspreise zum 1. August"])}
<div id="main" class="sc-1x8fd"><div class="sc-article">
{breadcrumbs(["Startseite", "Region", "Auheim"])}
<div class="sc-kicker">Verkehr</div>
<h1 class="sc-headline">{esc(title)}</h1>
<div class="sc-lead"><strong>Auheim.</strong> Der Gemeinderat hat den Kauf einer Elektrofähre beschlossen.</div>
<div class="sc-byline">Von Katrin Oberländer und Jonas Weidmann</div>
<div class="sc-date">02.07.2024, 11:30 Uhr</div>
{share(s)}
<div class="sc-body">
{body_divs}
</div>
<div class="sc-tags">Schlagworte: <a href="/t/auheim">Auheim</a> <a href="/t/faehre">Fähre</a> <a href="/t/verkehr">Verkehr</a></div>
</div>
{teasers(s, [("Brückensanierung dauert ein Jahr länger", "Die Landesbehörde nennt Materialmangel als Grund."), ("Radweg am Rheinufer wird verbreitert", "Baubeginn im Frühjahr.")], tag="div")}
<div class="sc-rail">{most_read(s, ["Freibad öffnet wieder nach Sanierung", "Polizei sucht Zeugen nach Einbruch in Bäckerei"])}</div></div>
{newsletter(s)}
{footer(s)}
{cookie(s)}
"""
PAGES.append(
    Page(
        id="h10-de-divs-byline-von",
        url="https://www.rheintal-rundschau.example/region/auheim/elektrofaehre-beschlossen-id4481220.html",
        language="de",
        declared_language="de-DE",
        title=title,
        authors=["Katrin Oberländer", "Jonas Weidmann"],
        published="2024-07-02T11:30:00+02:00",
        shapes=["divs-no-p", "byline-text", "opengraph"],
        html=head(s, f"{title} | {s.name}", meta) + body + tail_scripts(s),
        must_contain=[paras[0], paras[2], paras[3], paras[6]],
        must_not_contain=[
            "Brückensanierung dauert ein Jahr länger",
            "A61 nach Unfall voll gesperrt",
            "Freibad öffnet wieder nach Sanierung",
            s.newsletter,
            s.footer_note,
            s.cookie,
        ],
    )
)

# --- 2. Text split by ads and "Lesen Sie auch" boxes; JSON-LD ----------------------------------------------------

title = "Weinbauern setzen auf pilzwiderstandsfähige Rebsorten"
ld = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": title,
    "datePublished": "2024-09-24T06:00:00+02:00",
    "author": [{"@type": "Person", "name": "Miriam Kessler"}],
    "publisher": {"@type": "Organization", "name": s.name},
}
readalso = '<div class="read-also"><span>Lesen Sie auch</span><a href="/region/weinlese-beginnt.html">Weinlese beginnt zwei Wochen früher als üblich</a></div>'
readalso2 = '<aside class="inline-teaser"><span>Auch interessant</span><a href="/wissen/hagel.html"><strong>Hagelnetze: Was sie bringen und was sie kosten</strong></a></aside>'
body = f"""{mega_nav(s)}
<main id="main"><article class="article">
<header class="article-header"><h1>{esc(title)}</h1><p class="intro">Immer mehr Winzer an der Mosel pflanzen neue Sorten, die weniger gespritzt werden müssen.</p>
<div class="meta"><span class="author">Miriam Kessler</span> <time datetime="2024-09-24T06:00:00+02:00">24.09.2024</time></div></header>
<div class="article-body">
<p>Auf dem Weingut Thelen in Kröv stehen seit drei Jahren Rebstöcke, deren Namen noch kaum ein Kunde kennt: Souvignier Gris, Cabernet Blanc und Muscaris.</p>
<p>Die sogenannten Piwi-Sorten sind gegen Mehltau weitgehend widerstandsfähig und kommen mit zwei bis drei Spritzungen im Jahr aus statt mit zehn bis zwölf.</p>
{ad(s, "mr-1", "Anzeige: Jetzt Weinpaket mit 6 Flaschen zum Kennenlernpreis bestellen")}
<p>„In einem nassen Jahr wie diesem hätten wir mit Riesling allein kaum eine Ernte eingefahren“, sagt Winzer Peter Thelen, der das Gut in vierter Generation führt.</p>
{readalso}
<p>Nach Zahlen des Weinbauverbands sind inzwischen knapp vier Prozent der Rebfläche an der Mosel mit pilzwiderstandsfähigen Sorten bepflanzt, doppelt so viel wie vor fünf Jahren.</p>
<p>Schwierig bleibt der Verkauf: Viele Kunden greifen im Supermarkt zu bekannten Namen, und für die neuen Sorten fehlt eine eigene Herkunftsbezeichnung.</p>
{ad(s, "mr-2")}
{readalso2}
<p>Thelen setzt deshalb auf Verkostungen im eigenen Hof und auf Gastronomen in Trier, die die Weine glasweise ausschenken.</p>
<p>Im kommenden Frühjahr will er einen weiteren Hektar mit Piwi-Reben bepflanzen.</p>
</div>
{share(s)}
</article>
{teasers(s, [("Moselbrücke: Sperrung ab Montag", "Umleitung über Bernkastel."), ("Winzerfest lockt 40.000 Besucher", "Bilanz der Veranstalter.")])}
</main>
{footer(s)}
{cookie(s)}
"""
PAGES.append(
    Page(
        id="h11-de-ads-read-also-jsonld",
        url="https://www.rheintal-rundschau.example/wirtschaft/piwi-rebsorten-mosel-id4490012.html",
        language="de",
        declared_language="de-DE",
        title=title,
        authors=["Miriam Kessler"],
        published="2024-09-24T06:00:00+02:00",
        shapes=["ads-split", "read-also", "jsonld"],
        html=head(s, f"{title} | {s.name}", jsonld(ld)) + body + tail_scripts(s),
        must_contain=[
            "Auf dem Weingut Thelen in Kröv stehen seit drei Jahren Rebstöcke",
            "hätten wir mit Riesling allein kaum eine Ernte eingefahren",
            "knapp vier Prozent der Rebfläche an der Mosel",
            "Im kommenden Frühjahr will er einen weiteren Hektar mit Piwi-Reben bepflanzen.",
        ],
        must_not_contain=[
            "Weinlese beginnt zwei Wochen früher als üblich",
            "Hagelnetze: Was sie bringen und was sie kosten",
            "Jetzt Weinpaket mit 6 Flaschen zum Kennenlernpreis bestellen",
            "Moselbrücke: Sperrung ab Montag",
            s.footer_note,
            s.cookie,
        ],
    )
)

# --- 3. ASP.NET <form> around the whole page; microdata ------------------------------------------------------------

title = "Stadtbibliothek verlängert Öffnungszeiten am Samstag"
viewstate = (
    "/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWBAIBD2QWAmYPFgIeBFRleHQFJFN0YWR0YmlibGlvdGhlayB2ZXJsw6RuZ2VydA=="
    * 8
)
body = f"""<form method="post" action="./Artikel.aspx?id=88213" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value=""><input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value=""><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate}"></div>
<script type="text/javascript">var theForm = document.forms['aspnetForm'];function __doPostBack(eventTarget, eventArgument) {{ if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{ theForm.__EVENTTARGET.value = eventTarget; theForm.submit(); }} }}</script>
{mega_nav(s, tag="div", cls="ctl00_Header")}
<div id="ctl00_ContentPlaceHolder1_pnlArtikel" class="artikel" itemscope itemtype="http://schema.org/NewsArticle">
<h1 id="ctl00_ContentPlaceHolder1_lblTitel" itemprop="headline">{esc(title)}</h1>
<div class="artikel-meta"><span itemprop="author" itemscope itemtype="http://schema.org/Person">Von <span itemprop="name">Heiko Brandstätter</span></span> | <time itemprop="datePublished" datetime="2024-02-15T16:05:00+01:00">15.02.2024</time></div>
<div id="ctl00_ContentPlaceHolder1_divText" itemprop="articleBody">
<p>Die Stadtbibliothek am Marktplatz öffnet ab März auch samstags bis 18 Uhr, vier Stunden länger als bisher.</p>
<p>Möglich wird das durch ein neues Selbstverbuchungssystem, mit dem Besucher Bücher ohne Hilfe des Personals ausleihen und zurückgeben können.</p>
<p>Leiterin Annette Vogt sagte, die Samstage seien schon jetzt die besucherstärksten Tage, besonders bei Familien mit Kindern.</p>
<p>Für die längeren Öffnungszeiten stellt die Stadt zwei zusätzliche Teilzeitkräfte ein; die Kosten von rund 60.000 Euro im Jahr sind im Haushalt bereits eingeplant.</p>
</div>
<input type="submit" name="ctl00$ContentPlaceHolder1$btnDrucken" value="Artikel drucken" id="ctl00_ContentPlaceHolder1_btnDrucken">
</div>
<div id="ctl00_Sidebar">{most_read(s, ["Karnevalsumzug: Diese Straßen sind gesperrt", "Neuer Supermarkt im Gewerbegebiet"])}
<div class="umfrage"><h3>Umfrage</h3><p>Nutzen Sie die Stadtbibliothek?</p><input type="radio" name="u" value="1"> Ja <input type="radio" name="u" value="0"> Nein <input type="submit" name="ctl00$btnAbstimmen" value="Abstimmen"></div></div>
{footer(s, tag="div")}
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAV7k3sYtYqXFn3M0fA8vC0H">
</form>
{cookie(s)}
"""
PAGES.append(
    Page(
        id="h12-de-aspnet-form-microdata",
        url="https://www.rheintal-rundschau.example/Artikel.aspx?id=88213",
        language="de",
        declared_language="de-DE",
        title=title,
        authors=["Heiko Brandstätter"],
        published="2024-02-15T16:05:00+01:00",
        shapes=["aspnet-form", "microdata"],
        html=head(s, f"{s.name} - {title}") + body + tail_scripts(s),
        must_contain=[
            "Die Stadtbibliothek am Marktplatz öffnet ab März auch samstags bis 18 Uhr",
            "Möglich wird das durch ein neues Selbstverbuchungssystem",
            "die Kosten von rund 60.000 Euro im Jahr sind im Haushalt bereits eingeplant.",
        ],
        must_not_contain=[
            "Karnevalsumzug: Diese Straßen sind gesperrt",
            "Nutzen Sie die Stadtbibliothek?",
            s.footer_note,
            s.cookie,
        ],
    )
)

# --- 4. A table in the article; OpenGraph only -----------------------------------------------------------------

title = "Kommunalwahl in Auheim: Grüne erstmals stärkste Kraft"
meta = f"""<meta property="og:type" content="article">
<meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="{esc(s.name)}">
<meta property="og:locale" content="de_DE">
<meta property="article:published_time" content="2024-06-10T08:45:00+02:00">
<meta property="article:author" content="Tobias Reinhardt">"""
body = f"""{mega_nav(s)}
<main id="main"><div class="artikel">
<h1>{esc(title)}</h1>
<div class="meta">Tobias Reinhardt · 10.06.2024</div>
<div class="text">
<p>Bei der Kommunalwahl in Auheim sind die Grünen zum ersten Mal stärkste Kraft im Gemeinderat geworden.</p>
<p>Nach dem vorläufigen Endergebnis kommen sie auf 27,4 Prozent der Stimmen, knapp vor der CDU, die fast sechs Punkte verlor.</p>
<table class="wahl"><caption>Vorläufiges Endergebnis Gemeinderat Auheim</caption>
<thead><tr><th>Partei</th><th>2024</th><th>2019</th><th>Sitze</th></tr></thead>
<tbody><tr><td>Grüne</td><td>27,4 %</td><td>19,8 %</td><td>9</td></tr>
<tr><td>CDU</td><td>26,9 %</td><td>32,7 %</td><td>8</td></tr>
<tr><td>SPD</td><td>18,2 %</td><td>21,5 %</td><td>6</td></tr>
<tr><td>Freie Wähler Auheim</td><td>15,1 %</td><td>14,0 %</td><td>5</td></tr>
<tr><td>FDP</td><td>6,3 %</td><td>7,1 %</td><td>2</td></tr></tbody></table>
<p>Die Wahlbeteiligung lag bei 58,3 Prozent und damit deutlich höher als vor fünf Jahren.</p>
<p>Die konstituierende Sitzung des neuen Rates ist für den 2. Juli angesetzt.</p>
</div>
{share(s)}
</div>
{teasers(s, [("Europawahl: So hat die Region gewählt", "Alle Ergebnisse im Überblick."), ("Bürgermeisterwahl im Herbst", "Drei Kandidaten stehen fest.")])}
</main>
{newsletter(s)}
{footer(s)}
{cookie(s)}
"""
PAGES.append(
    Page(
        id="h13-de-table-opengraph",
        url="https://www.rheintal-rundschau.example/region/auheim/kommunalwahl-ergebnis-id4477001.html",
        language="de",
        declared_language="de-DE",
        title=title,
        authors=["Tobias Reinhardt"],
        published="2024-06-10T08:45:00+02:00",
        shapes=["table", "opengraph"],
        html=head(s, f"{title} | {s.name}", meta) + body + tail_scripts(s),
        must_contain=[
            "Bei der Kommunalwahl in Auheim sind die Grünen zum ersten Mal stärkste Kraft im Gemeinderat geworden.",
            "Freie Wähler Auheim",
            "Die Wahlbeteiligung lag bei 58,3 Prozent",
            "Die konstituierende Sitzung des neuen Rates ist für den 2. Juli angesetzt.",
        ],
        must_not_contain=[
            "Europawahl: So hat die Region gewählt",
            s.newsletter,
            s.footer_note,
            s.cookie,
        ],
    )
)

# --- 5. Local time with offset whose UTC day differs; comments below ---------------------------------------------

title = "Zeitumstellung: Nachtzug nach Wien steht eine Stunde still"
ld = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": title,
    "datePublished": "2024-10-27T00:40:00+02:00",
    "dateModified": "2024-10-27T09:15:00+01:00",
    "author": {"@type": "Person", "name": "Lea Hoffmann-Sturm"},
}
body = f"""{mega_nav(s)}
<main id="main"><article class="story">
<h1>{esc(title)}</h1>
<div class="meta"><span class="author">Lea Hoffmann-Sturm</span> · <time datetime="2024-10-27T00:40:00+02:00">27.10.2024, 00:40 Uhr</time></div>
<div class="story-text">
<p>Wer in der Nacht auf Sonntag mit dem Nachtzug von Köln nach Wien unterwegs ist, braucht etwas Geduld: Der Zug hält um drei Uhr für eine volle Stunde in Passau.</p>
<p>Grund ist die Umstellung von der Sommer- auf die Winterzeit, bei der die Uhren um drei Uhr auf zwei Uhr zurückgestellt werden.</p>
<p>Damit der Zug nicht zu früh in Wien ankommt, wo Anschlusszüge und Personal nach Fahrplan warten, wartet er die gewonnene Stunde einfach ab.</p>
<p>Ein Bahnsprecher sagte, die Reisenden würden mit einer Durchsage informiert und könnten weiterschlafen.</p>
</div></article>
<section class="comments"><h2>Kommentare (2)</h2>
<div class="comment"><span class="user">Schienenfan77</span> <span class="when">vor 3 Stunden</span><p>Im Frühjahr ist es dann umgekehrt und alle kommen eine Stunde zu spät an.</p></div>
<div class="comment"><span class="user">M. Krüger</span> <span class="when">vor 1 Stunde</span><p>Wir sind letztes Jahr mitgefahren und haben von dem Halt gar nichts gemerkt.</p></div></section>
{teasers(s, [("Winterfahrplan: Das ändert sich ab Dezember", "Mehr Verbindungen am Wochenende.")])}
</main>
{footer(s)}
{cookie(s)}
"""
PAGES.append(
    Page(
        id="h14-de-local-offset-comments",
        url="https://www.rheintal-rundschau.example/panorama/nachtzug-zeitumstellung-id4501133.html",
        language="de",
        declared_language="de-DE",
        title=title,
        authors=["Lea Hoffmann-Sturm"],
        published="2024-10-27T00:40:00+02:00",
        shapes=["local-offset", "comments-div", "jsonld"],
        html=head(s, f"{title} | {s.name}", jsonld(ld)) + body + tail_scripts(s),
        must_contain=[
            "Der Zug hält um drei Uhr für eine volle Stunde in Passau.",
            "bei der die Uhren um drei Uhr auf zwei Uhr zurückgestellt werden.",
            "die Reisenden würden mit einer Durchsage informiert und könnten weiterschlafen.",
        ],
        must_not_contain=[
            "Im Frühjahr ist es dann umgekehrt und alle kommen eine Stunde zu spät an.",
            "Wir sind letztes Jahr mitgefahren und haben von dem Halt gar nichts gemerkt.",
            "Winterfahrplan: Das ändert sich ab Dezember",
            s.footer_note,
            s.cookie,
        ],
    )
)
