# ruff: noqa: RUF001
"""German pages of the second held-out set (k05-k07)."""

from __future__ import annotations

from kit2 import (
    Comment,
    Page,
    Site,
    Teaser,
    ad_slot,
    app,
    canonical,
    classic,
    jsonld,
    meta,
    og,
    person,
    publisher,
    share_bar,
    styled,
    t,
)

DE = {
    "skip": "Zum Inhalt springen",
    "search": "Suche",
    "menu": "Menü",
    "related": "Mehr zum Thema",
    "most_read": "Meistgelesen",
    "comments": "Kommentare",
    "reply": "Antworten",
    "accept": "Alle akzeptieren",
    "settings": "Einstellungen",
    "newsletter_button": "Abonnieren",
    "email": "E-Mail-Adresse",
    "share": "Teilen",
    "share_items": "Facebook|WhatsApp|X|E-Mail",
    "login": "Anmelden",
    "ad": "Anzeige",
    "ticker": "Eilmeldung",
    "top_stories": "Top-Themen",
}

# --- k05: wire story with dateline and agency credit, microdata -------------------------------------------

RUNDSCHAU = Site(
    name="Oderland Rundschau",
    domain="oderland-rundschau.example",
    lang="de",
    nav=["Lokales", "Brandenburg", "Polen", "Politik", "Wirtschaft", "Sport", "Kultur"],
    cookie="Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren.",
    newsletter="Der Morgen an der Oder: Unser Newsletter bringt Ihnen jeden Werktag um 6 Uhr die wichtigsten Nachrichten aus der Region.",
    footer="© 2024 Oderland Rundschau Verlags-GmbH",
    labels=DE,
    footer_links=["Impressum", "Datenschutz", "Kontakt", "Mediadaten"],
)

K05_STORY = [
    "Neuwerder (ndp) – Die Stadtbrücke zwischen Neuwerder und dem polnischen Nowy Wierzbin wird ab dem 7. Oktober für sechs Wochen voll gesperrt. Das teilte der Landesbetrieb Straßenbau am Mittwoch mit.",
    "Grund sind Schäden an den Lagern der 1952 errichteten Brücke, die bei einer Routineprüfung im Frühjahr entdeckt worden waren. Nach Angaben des Landesbetriebs besteht keine akute Einsturzgefahr, die Reparatur dulde aber keinen weiteren Aufschub.",
    "Täglich überqueren rund 14.000 Menschen die Brücke, viele von ihnen Pendler, Schüler und Studierende der Europäischen Fachhochschule am Oderufer.",
    "Für Fußgänger und Radfahrer soll während der Bauzeit eine Pontonbrücke des Technischen Hilfswerks eingerichtet werden. Autofahrer müssen den Umweg über den Grenzübergang bei Kietzwinkel nehmen, was nach Schätzungen der Stadt bis zu 40 Minuten kosten kann.",
    "Neuwerders Bürgermeisterin Sabine Kowalczyk-Lenz sprach von einer „harten, aber notwendigen Entscheidung“. Man habe mit der polnischen Seite vereinbart, zusätzliche Busse im Takt von 15 Minuten fahren zu lassen.",
    "Der Einzelhandel auf beiden Seiten der Oder reagierte besorgt. Der Vorsitzende des Gewerbevereins, Ralf Dittmann, verwies auf das Weihnachtsgeschäft, das traditionell Ende November beginne.",
    "Die Kosten der Reparatur beziffert der Landesbetrieb auf 3,2 Millionen Euro. Sie werden zu gleichen Teilen vom Land und von der polnischen Woiwodschaft getragen.",
    "Die Freigabe ist für den 18. November geplant.",
]
K05_AD = "Jetzt Heizöl günstig vorbestellen – Oderland Energie"
K05_TEASER = "Pontonbrücke: So funktioniert der Übergang auf Zeit"
K05_COMMENT = "Sechs Wochen Umweg über Kietzwinkel, und das im Herbst. Danke für nichts."


def _k05() -> Page:
    url = "https://oderland-rundschau.example/lokales/neuwerder/stadtbruecke-wird-sechs-wochen-gesperrt-art-4412087"
    headline = "Stadtbrücke nach Polen wird sechs Wochen gesperrt"
    body = [
        f'<p itemprop="articleBody">{t(x)}</p>' if i == 0 else f"<p>{t(x)}</p>"
        for i, x in enumerate(K05_STORY)
    ]
    body.insert(3, ad_slot(RUNDSCHAU, "div-gpt-ad-inread", K05_AD))
    body.insert(
        6,
        f'<aside class="embedded-teaser"><span class="embedded-teaser__label">Mehr zum Thema</span><a href="/lokales/pontonbruecke-art-4412101">{t(K05_TEASER)}</a></aside>',
    )
    article = f"""<article class="article" itemscope itemtype="https://schema.org/NewsArticle">
<meta itemprop="mainEntityOfPage" content="{url}">
<header class="article__header">
<span class="article__kicker">Grenzverkehr</span>
<h1 itemprop="headline">{t(headline)}</h1>
<p class="article__teaser" itemprop="description">Pendler müssen ab Oktober auf eine Pontonbrücke oder einen langen Umweg ausweichen.</p>
<div class="article__meta"><span class="article__author" itemprop="author" itemscope itemtype="https://schema.org/Person">Von <span itemprop="name">Katrin Albrecht</span></span>, ndp
· <time itemprop="datePublished" datetime="2024-09-18T11:42:00+02:00">18.09.2024, 11:42 Uhr</time></div>
<span itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="Oderland Rundschau"></span>
</header>
<figure class="article__image"><img itemprop="image" src="https://oderland-rundschau.example/img/stadtbruecke.jpg" alt=""><figcaption>Die Stadtbrücke über die Oder. Foto: Archiv/Rundschau</figcaption></figure>
<div class="article__body">
{chr(10).join(body)}
</div>
<p class="article__source">Quelle: ndp</p>
{share_bar(RUNDSCHAU)}
</article>"""
    head = "\n".join(
        [
            canonical(url),
            meta(
                "description",
                "Pendler müssen ab Oktober auf eine Pontonbrücke oder einen langen Umweg ausweichen.",
            ),
        ]
    )
    html = classic(
        RUNDSCHAU,
        title=f"{headline} | Oderland Rundschau",
        head=head,
        article=article,
        teasers=[
            Teaser("Neue Buslinie verbindet Neuwerder und Nowy Wierzbin", "/lokales/buslinie-art-4409950"),
            Teaser("Grenzmarkt: Händler fürchten weniger Kundschaft", "/lokales/grenzmarkt-art-4408112"),
        ],
        most_read=["Kreistag beschließt Schulneubau in Kietzwinkel", "Oderhochwasser: Pegel sinkt langsam"],
        comments=[Comment("Pendlerin_NW", "2024-09-18T12:30:00+02:00", "18.09.2024, 12:30", K05_COMMENT)],
        breadcrumbs=["Startseite", "Lokales", "Neuwerder"],
    )
    return Page(
        id="k05-de-wire-dateline-microdata",
        url=url,
        language="de",
        declared_language="de",
        title=headline,
        authors=["Katrin Albrecht"],
        published="2024-09-18T11:42:00+02:00",
        shapes=["wire-dateline", "microdata", "article-p", "ad-slots", "read-also-inline"],
        html=html,
        must_contain=[
            "Die Stadtbrücke zwischen Neuwerder und dem polnischen Nowy Wierzbin wird ab dem 7. Oktober für sechs Wochen voll gesperrt.",
            "Für Fußgänger und Radfahrer soll während der Bauzeit eine Pontonbrücke des Technischen Hilfswerks eingerichtet werden.",
            "Der Vorsitzende des Gewerbevereins, Ralf Dittmann, verwies auf das Weihnachtsgeschäft, das traditionell Ende November beginne.",
            K05_STORY[7],
        ],
        must_not_contain=[
            K05_AD,
            K05_TEASER,
            K05_COMMENT,
            "Wir und unsere Partner verwenden Cookies",
            RUNDSCHAU.footer,
            RUNDSCHAU.newsletter,
        ],
        story=K05_STORY,
    )


# --- k06: styled-components classes, story in divs split by ads and related boxes, byline in text ---------

TAGBLATT = Site(
    name="Hollerbacher Tagblatt",
    domain="hollerbacher-tagblatt.example",
    lang="de",
    nav=["Hollerbach", "Landkreis", "Bayern", "Sport", "Freizeit", "Service"],
    cookie="Wir verwenden Cookies, um Ihnen ein optimales Webseiten-Erlebnis zu bieten.",
    newsletter="Täglich um 7 Uhr: Das Wichtigste aus Hollerbach und dem Landkreis direkt in Ihr Postfach.",
    footer="© Hollerbacher Tagblatt 2024 – Alle Rechte vorbehalten",
    labels=DE,
    footer_links=["Impressum", "Datenschutz", "AGB", "Abo-Service"],
)

K06_STORY = [
    "Das Freibad am Mühlanger öffnet in dieser Saison nur noch an Tagen, an denen der Wetterdienst für Hollerbach mindestens 20 Grad vorhersagt. Das hat der Werkausschuss des Stadtrats am Dienstagabend mit knapper Mehrheit beschlossen.",
    "Hintergrund ist der Mangel an Rettungsschwimmern. Von den zwölf Stellen, die die Stadtwerke für den Sommer ausgeschrieben hatten, sind bislang nur fünf besetzt.",
    "„Wir können ein Becken von fünfzig Metern nicht mit zwei Leuten beaufsichtigen“, sagte Stadtwerke-Chef Markus Pfannenstiel in der Sitzung. An kühlen Tagen kämen ohnehin selten mehr als hundert Gäste.",
    "Der Schwimmverein TSV Hollerbach kritisierte die Entscheidung. Gerade für das Training am frühen Morgen sei das Bad auch bei wechselhaftem Wetter unverzichtbar, sagte die Vorsitzende Claudia Reischl.",
    "Die Stadtwerke wollen deshalb prüfen, ob der Verein an Schlechtwettertagen eigene Aufsichtskräfte stellen kann. Eine entsprechende Vereinbarung soll bis Ende Mai vorliegen.",
    "Saisonkarten werden in diesem Jahr um zehn Prozent günstiger verkauft, als Ausgleich für mögliche Schließtage. Tagesgäste können sich über die App der Stadtwerke informieren, ob das Bad geöffnet hat.",
    "Gleichzeitig startet die Stadt eine Werbeaktion: Wer den Rettungsschwimmer-Schein neu erwirbt, bekommt die Kursgebühr von 180 Euro erstattet, wenn er mindestens zwei Sommer im Freibad arbeitet.",
    "Die Saison beginnt am 18. Mai um 9 Uhr.",
]
K06_READ = "Hallenbad-Sanierung: Stadt rechnet mit zwei Jahren Bauzeit"
K06_RELATED = "Kioskpächter am Mühlanger gesucht"
K06_COMMENT = "Dann geh ich halt wieder an den Weiher, da braucht's keinen Bademeister."


def _k06() -> Page:
    url = "https://hollerbacher-tagblatt.example/hollerbach/freibad-muehlanger-oeffnet-nur-ab-20-grad-93381245.html"
    headline = "Freibad am Mühlanger öffnet nur noch ab 20 Grad"

    def c(name: str) -> str:
        return styled("tagblatt", name)

    blocks = [f'<div class="{c("paragraph")}">{t(x)}</div>' for x in K06_STORY]
    blocks.insert(
        2,
        f'<div class="{c("adcontainer")}"><div class="{c("adlabel")}">Anzeige</div><div id="sdg-inpage-1" class="{c("adslot")}"></div></div>',
    )
    blocks.insert(
        5,
        f'<div class="{c("readalso")}"><strong class="{c("readalsolabel")}">Lesen Sie auch:</strong> <a class="{c("readalsolink")}" href="/hollerbach/hallenbad-sanierung-93370012.html">{t(K06_READ)}</a></div>',
    )
    blocks.insert(
        8,
        f'<div class="{c("relbox")}"><div class="{c("relboxhead")}">Mehr zum Thema</div>'
        f'<a class="{c("relboxitem")}" href="/hollerbach/kiosk-93377120.html">{t(K06_RELATED)}</a>'
        f'<a class="{c("relboxitem")}" href="/hollerbach/badesee-93366001.html">Badesee Kirchwörth: Wasserqualität wieder gut</a></div>',
    )
    blocks.insert(
        10,
        f'<div class="{c("adcontainer")}"><div class="{c("adlabel")}">Anzeige</div><div id="sdg-inpage-2" class="{c("adslot")}"></div></div>',
    )
    article = f"""<div class="{c("article")}">
<div class="{c("breadcrumb")}"><a href="/">Startseite</a> › <a href="/hollerbach">Hollerbach</a></div>
<h1 class="{c("headline")}">{t(headline)}</h1>
<div class="{c("lead")}">Weil Rettungsschwimmer fehlen, bleibt das Becken an kühlen Tagen zu. Der Schwimmverein ist verärgert.</div>
<div class="{c("authorline")}">Von Lukas Brandmeier und Selin Aydın</div>
<div class="{c("dateline")}">07.05.2024, 16:20 Uhr</div>
<div class="{c("imagewrap")}"><img class="{c("image")}" src="https://hollerbacher-tagblatt.example/bilder/freibad.jpg" alt=""><div class="{c("imagecredit")}">© Tagblatt-Archiv</div></div>
<div class="{c("content")}">
{chr(10).join(blocks)}
</div>
</div>"""
    head = "\n".join(
        [
            canonical(url),
            og(
                headline,
                url,
                TAGBLATT,
                description="Weil Rettungsschwimmer fehlen, bleibt das Becken an kühlen Tagen zu.",
                published="2024-05-07T16:20:00+02:00",
                modified="2024-05-07T18:01:00+02:00",
                section="Hollerbach",
                locale="de_DE",
            ),
        ]
    )
    html = app(
        TAGBLATT,
        title=f"{headline} | Hollerbacher Tagblatt",
        head=head,
        article=article,
        c=c,
        teasers=[
            Teaser("Stadtlauf 2024: Anmeldung ab sofort möglich", "/sport/stadtlauf-93380001.html"),
            Teaser("Neuer Spielplatz an der Schulstraße eröffnet", "/hollerbach/spielplatz-93379012.html"),
        ],
        comments=[Comment("Wasserratte77", "2024-05-07T17:02:00+02:00", "vor 3 Stunden", K06_COMMENT)],
        root_id="root",
    )
    return Page(
        id="k06-de-styled-divs-ads-related-byline",
        url=url,
        language="de",
        declared_language="de",
        title=headline,
        authors=["Lukas Brandmeier", "Selin Aydın"],
        published="2024-05-07T16:20:00+02:00",
        shapes=["hashed-classes", "divs", "ad-slots", "read-also-inline", "byline-text", "opengraph"],
        html=html,
        must_contain=[
            K06_STORY[0].split(". ", 1)[0] + ".",
            "Von den zwölf Stellen, die die Stadtwerke für den Sommer ausgeschrieben hatten, sind bislang nur fünf besetzt.",
            "Tagesgäste können sich über die App der Stadtwerke informieren, ob das Bad geöffnet hat.",
            K06_STORY[7],
        ],
        must_not_contain=[
            K06_READ,
            K06_RELATED,
            K06_COMMENT,
            "Wir verwenden Cookies",
            TAGBLATT.footer,
            TAGBLATT.newsletter,
        ],
        story=K06_STORY,
    )


# --- k07: Austrian paywall teaser, JSON-LD local offset (UTC day is the day before) -----------------------

SEENLAND = Site(
    name="Seenland Zeitung",
    domain="seenland-zeitung.example",
    lang="de-AT",
    nav=["Region", "Österreich", "Welt", "Wirtschaft", "Sport", "Leben", "Plus"],
    cookie="Wir nutzen Cookies und verarbeiten personenbezogene Daten, um Ihnen ein bestmögliches Angebot zu machen.",
    newsletter="Der Seenland-Frühstücksbrief: jeden Morgen um 6.30 Uhr kostenlos per E-Mail.",
    footer="© 2024 Seenland Zeitung Medien GmbH & Co KG",
    labels=DE | {"accept": "Einverstanden", "related": "Das könnte Sie auch interessieren"},
    footer_links=["Impressum", "Offenlegung", "Datenschutz", "Abo"],
)

K07_STORY = [
    "Das geplante Chaletdorf mit 42 Ferienhäusern am Nordufer des Veitinger Sees wird nicht gebaut. Der Gemeinderat von St. Veiting hat die nötige Umwidmung der Grünflächen in einer Sondersitzung in der Nacht auf Sonntag mit 13 zu 8 Stimmen abgelehnt.",
    "Vorausgegangen war eine monatelange Debatte, in der eine Bürgerinitiative mehr als 2.100 Unterschriften gegen das Projekt gesammelt hatte. Die Gemeinde hat knapp 3.400 Einwohner.",
    "Der Projektwerber, eine Immobiliengruppe aus der Landeshauptstadt, hatte mit 60 neuen Arbeitsplätzen und einer öffentlichen Badestelle geworben. Bürgermeister Josef Leitgeb, der das Projekt unterstützt hatte, kündigte an, das Ergebnis zu respektieren.",
]
K07_PAYWALL = (
    "Weiterlesen mit Seenland Plus: alle Artikel, das E-Paper und die Seenland-App um 1 Euro im ersten Monat."
)
K07_LOGIN = "Bereits Abonnent? Hier anmelden"
K07_TEASER = "Seeufer für alle: Wie andere Gemeinden Zugänge sichern"


def _k07() -> Page:
    url = "https://seenland-zeitung.example/region/st-veiting/gemeinderat-stoppt-chaletdorf-am-nordufer/402219481"
    headline = "Gemeinderat stoppt Chaletdorf am Nordufer"
    article = f"""<article class="story story--plus">
<header class="story__head">
<span class="badge badge--plus">Plus</span> <span class="story__kicker">St. Veiting</span>
<h1 class="story__title">{t(headline)}</h1>
<div class="story__meta"><div class="author-chip"><img src="https://seenland-zeitung.example/autoren/hofstaetter.jpg" alt=""><span>Verena Hofstätter</span></div>
<time datetime="2024-12-01T00:30:00+01:00">01.12.2024 um 00:30 Uhr</time></div>
</header>
<div class="story__body">
{chr(10).join(f"<p>{t(x)}</p>" for x in K07_STORY)}
<div class="paywall" id="piano-inline">
<div class="paywall__fade"></div>
<p class="paywall__title">{t(K07_PAYWALL)}</p>
<a class="paywall__cta" href="/abo?ref=paywall">Jetzt testen</a>
<p class="paywall__login"><a href="/login">{t(K07_LOGIN)}</a></p>
</div>
</div>
</article>"""
    head = "\n".join(
        [
            canonical(url),
            meta("og:title", headline, "property"),
            meta("og:type", "article", "property"),
            jsonld(
                {
                    "@context": "https://schema.org",
                    "@type": "NewsArticle",
                    "headline": headline,
                    "datePublished": "2024-12-01T00:30:00+01:00",
                    "dateModified": "2024-12-01T09:14:00+01:00",
                    "author": [person("Verena Hofstätter", SEENLAND, "verena-hofstaetter")],
                    "publisher": publisher(SEENLAND),
                    "isAccessibleForFree": False,
                    "hasPart": {
                        "@type": "WebPageElement",
                        "isAccessibleForFree": False,
                        "cssSelector": ".paywall",
                    },
                    "mainEntityOfPage": url,
                }
            ),
        ]
    )
    html = classic(
        SEENLAND,
        title=f"{headline} - Seenland Zeitung",
        head=head,
        article=article,
        teasers=[
            Teaser(K07_TEASER, "/region/seeufer-fuer-alle/402201119"),
            Teaser("Christkindlmarkt am Hafen startet am Freitag", "/region/christkindlmarkt/402214400"),
        ],
        most_read=["Neue Umfahrung: Baustart verschoben", "Eisstockschützen holen Landesmeistertitel"],
    )
    return Page(
        id="k07-de-at-paywall-local-offset",
        url=url,
        language="de",
        declared_language="de-AT",
        title=headline,
        authors=["Verena Hofstätter"],
        published="2024-12-01T00:30:00+01:00",
        shapes=["paywall", "jsonld", "local-offset", "article-p", "short"],
        html=html,
        must_contain=[
            "Das geplante Chaletdorf mit 42 Ferienhäusern am Nordufer des Veitinger Sees wird nicht gebaut.",
            "Vorausgegangen war eine monatelange Debatte, in der eine Bürgerinitiative mehr als 2.100 Unterschriften gegen das Projekt gesammelt hatte.",
            "Bürgermeister Josef Leitgeb, der das Projekt unterstützt hatte, kündigte an, das Ergebnis zu respektieren.",
        ],
        must_not_contain=[
            K07_PAYWALL,
            K07_LOGIN,
            K07_TEASER,
            "Wir nutzen Cookies und verarbeiten personenbezogene Daten",
            SEENLAND.footer,
            SEENLAND.newsletter,
        ],
        story=K07_STORY,
    )


PAGES = [_k05(), _k06(), _k07()]
