"""Italian pages of the held-out set (invented stories)."""

from __future__ import annotations

from build_holdout import Page
from chrome import (
    ad,
    cookie,
    esc,
    footer,
    head,
    mega_nav,
    most_read,
    newsletter,
    share,
    tail_scripts,
    teasers,
    wp_comments,
    wp_sidebar,
)
from sites import IT

PAGES: list[Page] = []
s = IT

# --- 1. WordPress news blog with sidebar and comments; OpenGraph + rel=author -------------------------------------

title = "Varallo, riapre dopo il restauro la cappella della Crocifissione"
meta = f"""<meta property="og:locale" content="it_IT">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="{esc(s.name)}">
<meta property="article:published_time" content="2024-09-07T12:10:44+00:00">
<meta property="article:modified_time" content="2024-09-07T15:02:10+00:00">
<meta property="article:section" content="Cultura">
<meta name="generator" content="WordPress 6.5.2">"""
comments = [
    (
        "Giuseppe B.",
        "7 Settembre 2024 alle 14:02",
        "Finalmente! Ci andavo da bambino con mio nonno e i colori erano già quasi spariti.",
    ),
    (
        "Anna",
        "7 Settembre 2024 alle 16:40",
        "Qualcuno sa se la visita guidata si può prenotare anche il sabato pomeriggio?",
    ),
]
body = f"""<div id="page" class="site">
{mega_nav(s, cls="site-header td-header-wrap")}
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-55120" class="post type-post status-publish format-standard category-cultura">
<header class="entry-header"><span class="cat-links"><a href="/category/cultura/">Cultura</a></span><h1 class="entry-title">{esc(title)}</h1>
<div class="entry-meta">di <a href="/author/elisa-ravizza/" rel="author">Elisa Ravizza</a> — <time class="entry-date published" datetime="2024-09-07T12:10:44+00:00">7 Settembre 2024</time></div></header>
{share(s)}
<div class="entry-content">
<p>Dopo quattro anni di lavori, la cappella della Crocifissione del Sacro Monte di Varallo è di nuovo aperta ai visitatori da sabato mattina.</p>
<p>Il restauro ha riguardato le 40 statue in terracotta policroma e gli affreschi delle pareti, annerite da secoli di fumo di candele e da un'infiltrazione d'acqua scoperta nel 2019.</p>
<p>I restauratori hanno recuperato i colori originali delle vesti e, in alcuni punti, i capelli veri applicati alle statue nel Cinquecento.</p>
{ad(s, "content")}
<p>«È stato come togliere un velo grigio da una folla di persone», ha raccontato la direttrice dei lavori, Franca Zanetti.</p>
<p>Le visite guidate alla cappella si terranno ogni domenica alle 11 e alle 15, su prenotazione presso l'ufficio turistico.</p>
</div>
<footer class="entry-footer"><span class="tags-links">Tag: <a href="/tag/sacro-monte/">Sacro Monte</a>, <a href="/tag/restauro/">restauro</a></span></footer>
</article>
<div class="td-related"><h4>{esc(s.related)}</h4><ul><li><a href="/a/">Alagna, la funivia chiude per manutenzione fino a dicembre</a></li><li><a href="/b/">Borgosesia, al via la stagione del teatro Pro Loco</a></li></ul></div>
{wp_comments(s, comments)}
</main></div>
{wp_sidebar(s, ["Alagna, la funivia chiude per manutenzione", "Sagra del miele a Rimella", "Nuovo parcheggio in stazione"], ["Cronaca", "Cultura", "Sport", "Eventi"], ["Settembre 2024", "Agosto 2024", "Luglio 2024"])}
</div>
{footer(s)}
</div>
{cookie(s)}
"""
PAGES.append(
    Page(
        id="h23-it-wordpress-news-rel-author",
        url="https://www.gazzetta-valsesia.example/2024/09/varallo-cappella-crocifissione-restauro/",
        language="it",
        declared_language="it-IT",
        title=title,
        authors=["Elisa Ravizza"],
        published="2024-09-07T12:10:44+00:00",
        shapes=["wordpress", "sidebar", "comments-list", "opengraph", "rel-author"],
        html=head(s, f"{title} - {s.name}", meta) + body + tail_scripts(s),
        must_contain=[
            "Dopo quattro anni di lavori, la cappella della Crocifissione del Sacro Monte di Varallo",
            "Il restauro ha riguardato le 40 statue in terracotta policroma",
            "È stato come togliere un velo grigio da una folla di persone",
            "Le visite guidate alla cappella si terranno ogni domenica alle 11 e alle 15",
        ],
        must_not_contain=[
            "Ci andavo da bambino con mio nonno",
            "Qualcuno sa se la visita guidata si può prenotare anche il sabato pomeriggio?",
            "Alagna, la funivia chiude per manutenzione fino a dicembre",
            "Sagra del miele a Rimella",
            s.newsletter,
            s.footer_note,
            s.cookie,
        ],
    )
)

# --- 2. Date only in the text ("Pubblicato il ..."), byline "di ..." in the text, no metadata ------------------------

title = "Alpe di Mera, un rifugio a energia solare per l'inverno"
body = f"""{mega_nav(s)}
<div id="main" class="container"><div class="row"><div class="col-8">
<div class="articolo">
<h1 class="titolo">{esc(title)}</h1>
<h2 class="sommario">Il Cai locale ha installato pannelli e batterie: niente più generatore a gasolio.</h2>
<div class="info-articolo"><span class="autore">di Davide Mortarotti</span><br><span class="data">Pubblicato il 14 novembre 2024 alle 18:40</span></div>
<div class="testo">
<p>Il rifugio dell'Alpe di Mera passerà il suo primo inverno senza il vecchio generatore a gasolio che da trent'anni rompeva il silenzio della conca.</p>
<p>La sezione locale del Club alpino ha installato sul tetto 36 pannelli fotovoltaici e, nella cantina, un banco di batterie capace di alimentare cucina e riscaldamento per tre giorni senza sole.</p>
<p>L'intervento è costato circa 180 mila euro, coperti in parte da un bando regionale per i rifugi di montagna.</p>
<div class="box-leggi-anche"><strong>{esc(s.read_also)}</strong><a href="/montagna/neve.html">Neve in anticipo, gli impianti aprono il 30 novembre</a></div>
<p>«Per chi sale con le ciaspole la differenza si sente subito: c'è solo il rumore del vento», dice il gestore, Paolo Zignone.</p>
<p>Il rifugio resterà aperto nei fine settimana da dicembre a marzo e tutti i giorni durante le vacanze di Natale.</p>
</div>
{share(s)}
</div></div>
<div class="col-4">{most_read(s, ["Incidente sulla provinciale, chiusa per due ore", "Mercatini di Natale: il programma completo"])}{newsletter(s)}</div></div></div>
{teasers(s, [("Sentieri, la mappa dei percorsi invernali", "Dieci itinerari per tutti."), ("Scuola di sci, iscrizioni aperte", "Corsi per bambini dai quattro anni.")])}
{footer(s)}
{cookie(s)}
"""
PAGES.append(
    Page(
        id="h24-it-date-in-text-byline-di",
        url="https://www.gazzetta-valsesia.example/montagna/alpe-di-mera-rifugio-solare.html",
        language="it",
        declared_language="it-IT",
        title=title,
        authors=["Davide Mortarotti"],
        published="2024-11-14",
        shapes=["date-in-text", "byline-text", "read-also", "no-metadata"],
        html=head(s, f"{title} - {s.name}") + body + tail_scripts(s),
        must_contain=[
            "Il rifugio dell'Alpe di Mera passerà il suo primo inverno senza il vecchio generatore a gasolio",
            "36 pannelli fotovoltaici",
            "c'è solo il rumore del vento",
            "Il rifugio resterà aperto nei fine settimana da dicembre a marzo",
        ],
        must_not_contain=[
            "Neve in anticipo, gli impianti aprono il 30 novembre",
            "Incidente sulla provinciale, chiusa per due ore",
            "Sentieri, la mappa dei percorsi invernali",
            s.newsletter,
            s.footer_note,
            s.cookie,
        ],
    )
)
