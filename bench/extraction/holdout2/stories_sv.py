# ruff: noqa: RUF001
"""Swedish pages of the second held-out set (k20-k21)."""

from __future__ import annotations

from kit2 import Comment, Page, Site, Teaser, canonical, classic, jsonld, meta, publisher, share_bar, t

SV = {
    "skip": "Hoppa till innehållet",
    "search": "Sök",
    "menu": "Meny",
    "related": "Mer att läsa",
    "most_read": "Mest läst",
    "comments": "Kommentarer",
    "reply": "Svara",
    "accept": "Godkänn alla",
    "settings": "Inställningar",
    "newsletter_button": "Prenumerera",
    "email": "E-postadress",
    "share": "Dela",
    "share_items": "Facebook|X|Mejla|Kopiera länk",
    "login": "Logga in",
    "ad": "Annons",
    "ticker": "Just nu",
    "top_stories": "Toppnyheter",
}

# --- k20: Swedish text on a page declaring lang="en", JSON-LD ----------------------------------------------

POSTEN = Site(
    name="Tjärnviksposten",
    domain="tjarnviksposten.example",
    lang="en",
    nav=["Nyheter", "Tjärnvik", "Storsund", "Sport", "Kultur", "Familj", "E-tidning"],
    cookie="Vi använder cookies för att ge dig en bättre upplevelse och för att visa relevanta annonser.",
    newsletter="Få Tjärnviksposten Morgon i din inkorg varje vardag klockan sex.",
    footer="© 2024 Tjärnviksposten AB. Ansvarig utgivare: Maria Engström.",
    labels=SV,
    footer_links=["Kundservice", "Annonsera", "Om cookies", "Personuppgifter"],
)

K20_STORY = [
    "Det sista bankkontoret i Tjärnvik stänger den 30 september. Därefter finns det ingen plats i kommunen där privatpersoner eller föreningar kan sätta in kontanter över disk.",
    "Banken motiverar beslutet med att allt färre kunder besöker kontoret. I fjol handlade det om i genomsnitt elva besök om dagen, enligt bankens egen statistik.",
    "– Vi förstår att det här är tråkigt för många, men de flesta av våra kunder sköter i dag sina ärenden digitalt, säger regionchefen Anders Lövgren.",
    "Beskedet har väckt oro hos både pensionärer och föreningsliv. Idrottsföreningen Tjärnviks IK tar varje helg in kontanter från kiosken och lotterierna, och kassören Birgitta Nyström vet ännu inte hur pengarna ska hanteras.",
    "– Närmaste kontor ligger i Storsund, sju mil bort. Det är inte rimligt att köra dit med en påse mynt varje måndag, säger hon.",
    "Kommunen har kontaktat länsstyrelsen om möjligheten att få statligt stöd för en kontantservice i livsmedelsbutiken vid torget. Ett liknande system finns redan i två grannkommuner.",
    "Kommunstyrelsens ordförande Erik Holmqvist kallar stängningen för ”ett slag mot landsbygden” och vill att frågan tas upp på fullmäktiges möte i oktober.",
]
K20_TEASER = "Ny bensinstation öppnar vid riksvägen"
K20_COMMENT = "Typiskt. Först försvann posten, nu banken. Vad blir det härnäst?"
K20_READ = "Läs också: Så fungerar kontantservice i grannkommunerna"


def _k20() -> Page:
    url = "https://www.tjarnviksposten.example/nyheter/sista-bankkontoret-i-tjarnvik-stanger/"
    headline = "Sista bankkontoret i Tjärnvik stänger"
    paras = [f"<p>{t(x)}</p>" for x in K20_STORY]
    paras.insert(
        4, f'<p class="read-also"><a href="/nyheter/kontantservice-grannkommuner/">{t(K20_READ)}</a></p>'
    )
    article = f"""<article class="post">
<header class="post__header">
<div class="post__vignette">Tjärnvik</div>
<h1 class="post__title">{t(headline)}</h1>
<p class="post__ingress">Från oktober finns ingen plats i kommunen där föreningar kan sätta in kontanter.</p>
<div class="post__meta"><span class="post__author">Karin Sjöberg</span> <span class="post__role">reporter</span> <span class="post__date">Publicerad 5 september 2024 kl. 06.00</span></div>
{share_bar(POSTEN)}
</header>
<div class="post__body">
{chr(10).join(paras)}
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
                    "description": "Från oktober finns ingen plats i kommunen där föreningar kan sätta in kontanter.",
                    "datePublished": "2024-09-05T06:00:00+02:00",
                    "author": [{"@type": "Person", "name": "Karin Sjöberg"}],
                    "publisher": publisher(POSTEN),
                }
            ),
        ]
    )
    html = classic(
        POSTEN,
        title=f"{headline} | Tjärnviksposten",
        head=head,
        article=article,
        teasers=[
            Teaser(K20_TEASER, "/nyheter/bensinstation/"),
            Teaser("Skolan i Storsund får ny rektor", "/nyheter/skolan-storsund/"),
        ],
        comments=[Comment("Gunnel", "2024-09-05T08:12:00+02:00", "5 sep 2024 08:12", K20_COMMENT)],
        most_read=["Älgjakten börjar – här är reglerna", "Tjärnviks IK klart för kvalspel"],
    )
    return Page(
        id="k20-sv-declared-en-jsonld",
        url=url,
        language="sv",
        declared_language="en",
        title=headline,
        authors=["Karin Sjöberg"],
        published="2024-09-05T06:00:00+02:00",
        shapes=["lang-wrong", "jsonld", "article-p", "read-also-inline"],
        html=html,
        must_contain=[
            "Det sista bankkontoret i Tjärnvik stänger den 30 september.",
            "Beskedet har väckt oro hos både pensionärer och föreningsliv.",
            "Ett liknande system finns redan i två grannkommuner.",
            K20_STORY[6],
        ],
        must_not_contain=[
            K20_READ,
            K20_TEASER,
            K20_COMMENT,
            "Vi använder cookies för att ge dig en bättre upplevelse",
            POSTEN.footer,
            POSTEN.newsletter,
        ],
        story=K20_STORY,
    )


# --- k21: photo gallery, date only in the URL, "Av" byline, "Foto:" credits --------------------------------

SJOBYGDEN = Site(
    name="Sjöbygdens Tidning",
    domain="sjobygden.example",
    lang="sv",
    nav=["Nyheter", "Sport", "Bildspel", "Nöje", "Debatt", "Familj"],
    cookie="Sjöbygdens Tidning använder kakor (cookies) för att webbplatsen ska fungera på ett bra sätt för dig.",
    newsletter="Prenumerera på vårt nyhetsbrev och få veckans bästa bildspel varje söndag.",
    footer="© Sjöbygdens Tidning 2024",
    labels=SV | {"related": "Fler bildspel"},
    footer_links=["Kontakta oss", "Tipsa redaktionen", "Integritetspolicy"],
)

K21_INTRO = [
    "Tolv lag och närmare tusen åskådare samlades på lördagen när den årliga kyrkbåtsrodden över Lillsjön avgjordes. För första gången på nio år vann ett lag från Norrby.",
    "Här är några av dagens bilder.",
]
K21_CAPTIONS = [
    "Starten gick klockan elva vid badplatsen i Västerby. Det blåste friskt från sydväst, vilket gjorde första sträckan tung för alla lag.",
    "Norrbys styrman Lena Forsberg höll takten med en gammal koskälla, som enligt laget har följt med båten sedan 1960-talet.",
    "Vid vändpunkten på Kvarnudden låg tre båtar nästan jämsides. Där tog Norrby ledningen och släppte den aldrig.",
    "Publiken följde loppet från bryggorna och från egna båtar. Hemvärnet hjälpte till med säkerheten på sjön.",
    "Efter målgången bjöd hembygdsföreningen på kaffe och nygräddade våfflor vid bystugan. Nästa års rodd går den 16 augusti.",
]
K21_CREDIT = "Foto: Per Edholm"
K21_OTHER = "BILDER: Marknadsdagen i Västerby"
K21_COMMENT = "Grattis Norrby! Vi hörde koskällan ända bort till kyrkan."


def _k21() -> Page:
    url = "https://sjobygden.example/bildspel/2024/08/17/bilder-norrby-vann-kyrkbatsrodden-over-lillsjon/"
    headline = "BILDER: Norrby vann kyrkbåtsrodden över Lillsjön"
    figs = "\n".join(
        f'<figure class="gallery-item"><img src="https://sjobygden.example/bilder/rodd-{i + 1}.jpg" alt="" width="1600" height="1067">'
        f'<figcaption><span class="gallery-item__text">{t(x)}</span> <span class="gallery-item__credit">{t(K21_CREDIT)}</span></figcaption></figure>'
        for i, x in enumerate(K21_CAPTIONS)
    )
    article = f"""<article class="gallery-article">
<h1>{t(headline)}</h1>
<div class="byline">Av Johanna Lindqvist</div>
<div class="lead">{"".join(f"<p>{t(x)}</p>" for x in K21_INTRO)}</div>
<div class="gallery">
{figs}
</div>
{share_bar(SJOBYGDEN)}
</article>"""
    head = "\n".join(
        [
            canonical(url),
            meta("og:title", headline, "property"),
            meta("og:type", "article", "property"),
            meta("og:site_name", SJOBYGDEN.name, "property"),
        ]
    )
    html = classic(
        SJOBYGDEN,
        title=f"{headline} - Sjöbygdens Tidning",
        head=head,
        article=article,
        teasers=[
            Teaser(
                K21_OTHER,
                "/bildspel/2024/08/10/marknadsdagen-vasterby/",
                iso="2024-08-10T14:00:00+02:00",
                when="10 aug",
            ),
            Teaser(
                "BILDER: Midsommarfirandet på Kvarnudden",
                "/bildspel/2024/06/21/midsommar-kvarnudden/",
                iso="2024-06-21T18:30:00+02:00",
                when="21 jun",
            ),
        ],
        comments=[Comment("Anki", "2024-08-17T19:20:00+02:00", "igår 19:20", K21_COMMENT)],
    )
    return Page(
        id="k21-sv-gallery-url-date-byline-av",
        url=url,
        language="sv",
        declared_language="sv",
        title=headline,
        authors=["Johanna Lindqvist"],
        published="2024-08-17",
        shapes=["gallery", "figcaption", "url-date", "byline-text", "photo-credit"],
        html=html,
        must_contain=[
            "Tolv lag och närmare tusen åskådare samlades på lördagen när den årliga kyrkbåtsrodden över Lillsjön avgjordes.",
            K21_CAPTIONS[1],
            "Där tog Norrby ledningen och släppte den aldrig.",
            "Efter målgången bjöd hembygdsföreningen på kaffe och nygräddade våfflor vid bystugan.",
        ],
        must_not_contain=[
            K21_CREDIT,
            K21_OTHER,
            K21_COMMENT,
            "använder kakor (cookies)",
            SJOBYGDEN.footer,
            SJOBYGDEN.newsletter,
        ],
        story=K21_INTRO + K21_CAPTIONS,
    )


PAGES = [_k20(), _k21()]
