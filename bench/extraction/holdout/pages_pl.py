"""Polish pages of the held-out set (invented stories)."""

# ruff: noqa: RUF001

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
    ticker,
)
from sites import PL

PAGES: list[Page] = []
s = PL

# --- 1. Text split by ads and "Czytaj także" boxes; microdata ---------------------------------------------------

title = "Toruń: zabytkowy tramwaj wraca na tory po remoncie"
body = f"""{mega_nav(s)}
{ticker("Pilne", ["Awaria wodociągu na Bydgoskim Przedmieściu", "Korki na moście im. Piłsudskiego"])}
<main id="main"><div class="article" itemscope itemtype="https://schema.org/NewsArticle">
<h1 itemprop="headline">{esc(title)}</h1>
<div class="article-info"><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Bartosz Wiśniewski</span></span> | <time itemprop="datePublished" datetime="2024-05-11T10:30:00+02:00">11.05.2024, 10:30</time></div>
{share(s)}
<div class="article-body" itemprop="articleBody">
<p>Po trzech latach remontu zabytkowy tramwaj Konstal N z 1956 roku znów wyjechał na ulice Torunia.</p>
<p>Wagon odnowili pracownicy zajezdni przy ulicy Sienkiewicza, w dużej części w czasie wolnym od pracy.</p>
{ad(s, "srodek-1", "Reklama: Kredyt gotówkowy bez zaświadczeń – sprawdź ofertę")}
<div class="read-more-box"><span>{esc(s.read_also)}:</span> <a href="/torun/nowa-linia.html">Nowa linia tramwajowa na Jar gotowa przed terminem</a></div>
<p>Odtworzono oryginalne drewniane ławki, mosiężne uchwyty i charakterystyczny kremowo-czerwony kolor, który tramwaje miały w latach pięćdziesiątych.</p>
<p>„Szukaliśmy części po całej Polsce, a reflektory kupiliśmy od kolekcjonera z Wrocławia” – mówi kierownik zajezdni Grzegorz Lewandowski.</p>
{ad(s, "srodek-2")}
<div class="read-more-box"><span>{esc(s.read_also)}:</span> <a href="/torun/bilety.html">Bilety komunikacji miejskiej podrożeją od lipca</a></div>
<p>Tramwaj będzie kursował w wakacyjne niedziele po Starym Mieście, a przejazd będzie bezpłatny.</p>
</div></div>
{teasers(s, [("Piernikowe miasteczko otwarte do końca sierpnia", "Bilety tylko online."), ("Remont Bulwaru Filadelfijskiego opóźniony", "Wykonawca prosi o aneks.")])}
<aside>{most_read(s, ["Wypadek na autostradzie A1 pod Toruniem", "Nowe połączenia z lotniska w Bydgoszczy"])}{newsletter(s)}</aside>
</main>
{footer(s)}
{cookie(s)}
"""
PAGES.append(
    Page(
        id="h29-pl-ads-read-also-microdata",
        url="https://www.gazeta-nadwislanska.example/torun/zabytkowy-tramwaj-wraca,ar,77120.html",
        language="pl",
        declared_language="pl-PL",
        title=title,
        authors=["Bartosz Wiśniewski"],
        published="2024-05-11T10:30:00+02:00",
        shapes=["ads-split", "read-also", "microdata"],
        html=head(s, f"{title} | {s.name}") + body + tail_scripts(s),
        must_contain=[
            "Po trzech latach remontu zabytkowy tramwaj Konstal N z 1956 roku znów wyjechał na ulice Torunia.",
            "Odtworzono oryginalne drewniane ławki, mosiężne uchwyty",
            "a reflektory kupiliśmy od kolekcjonera z Wrocławia",
            "Tramwaj będzie kursował w wakacyjne niedziele po Starym Mieście, a przejazd będzie bezpłatny.",
        ],
        must_not_contain=[
            "Kredyt gotówkowy bez zaświadczeń – sprawdź ofertę",
            "Nowa linia tramwajowa na Jar gotowa przed terminem",
            "Bilety komunikacji miejskiej podrożeją od lipca",
            "Awaria wodociągu na Bydgoskim Przedmieściu",
            s.newsletter,
            s.cookie,
        ],
    )
)

# --- 2. List article; date only in the text ("Opublikowano: ..."), author "Autor: ..." in the text --------------------

title = "Ferie zimowe 2025 w regionie: co warto wiedzieć"
body = f"""{mega_nav(s)}
<div id="main" class="container"><div class="main-col">
<h1>{esc(title)}</h1>
<div class="meta-line">Autor: Magdalena Kowalczyk<br>Opublikowano: 28 listopada 2024, 08:15</div>
<div class="tresc">
<p>Uczniowie z naszego województwa rozpoczną ferie zimowe w 2025 roku jako jedni z pierwszych w kraju, już w połowie stycznia.</p>
<p>Kuratorium przypomina najważniejsze informacje dla rodziców:</p>
<ul>
<li>ferie potrwają od 20 stycznia do 2 lutego;</li>
<li>szkoły mogą organizować półkolonie, ale nie mają takiego obowiązku;</li>
<li>miejskie lodowisko będzie otwarte dla dzieci bezpłatnie w dni powszednie do godziny 14;</li>
<li>zapisy na zajęcia w domach kultury ruszają 2 stycznia.</li>
</ul>
<p>W pozostałych województwach ferie będą trwały do początku marca, zgodnie z harmonogramem ogłoszonym przez ministerstwo.</p>
<p>Szczegółowy program zajęć dla dzieci miasto opublikuje na swojej stronie internetowej przed świętami.</p>
</div>
{share(s)}
<div class="komentarze"><h3>{esc(s.comments)} (1)</h3><div class="komentarz"><b>mama_dwójki</b>: Znowu ferie w styczniu, a śniegu i tak nie będzie.</div></div>
</div><div class="side-col">{most_read(s, ["Ceny biletów w MZK od nowego roku", "Jarmark bożonarodzeniowy – godziny otwarcia"])}</div></div>
{footer(s)}
{cookie(s)}
"""
PAGES.append(
    Page(
        id="h30-pl-list-date-in-text",
        url="https://www.gazeta-nadwislanska.example/edukacja/ferie-zimowe-2025,ar,78004.html",
        language="pl",
        declared_language="pl-PL",
        title=title,
        authors=["Magdalena Kowalczyk"],
        published="2024-11-28",
        shapes=["lists", "date-in-text", "byline-text", "no-metadata"],
        html=head(s, f"{title} | {s.name}") + body + tail_scripts(s),
        must_contain=[
            "Uczniowie z naszego województwa rozpoczną ferie zimowe w 2025 roku",
            "ferie potrwają od 20 stycznia do 2 lutego;",
            "miejskie lodowisko będzie otwarte dla dzieci bezpłatnie",
            "Szczegółowy program zajęć dla dzieci miasto opublikuje na swojej stronie internetowej przed świętami.",
        ],
        must_not_contain=[
            "Znowu ferie w styczniu, a śniegu i tak nie będzie.",
            "Ceny biletów w MZK od nowego roku",
            s.footer_note,
            s.cookie,
        ],
    )
)
