# ruff: noqa: RUF001
"""Polish pages of the second held-out set (k22-k23)."""

from __future__ import annotations

from kit2 import Comment, Page, Site, Teaser, canonical, classic, meta, og, share_bar, t

PL = {
    "skip": "Przejdź do treści",
    "search": "Szukaj",
    "menu": "Menu",
    "related": "Zobacz także",
    "most_read": "Najczęściej czytane",
    "comments": "Komentarze",
    "reply": "Odpowiedz",
    "accept": "Akceptuję",
    "settings": "Ustawienia",
    "newsletter_button": "Zapisz się",
    "email": "Adres e-mail",
    "share": "Udostępnij",
    "share_items": "Facebook|X|Messenger|E-mail",
    "login": "Zaloguj się",
    "ad": "Reklama",
    "ticker": "Pilne",
    "top_stories": "Najważniejsze",
}

# --- k22: story in <div>s, microdata, two "Czytaj też" links, comments in <div>s ---------------------------

NADWISLANSKA = Site(
    name="Gazeta Nadwiślańska",
    domain="nadwislanska.example",
    lang="pl",
    nav=["Wiadomości", "Sosnowa Wola", "Powiat", "Sport", "Kultura", "Ogłoszenia"],
    cookie="Szanowny Użytkowniku, korzystamy z plików cookies i podobnych technologii w celach statystycznych i marketingowych.",
    newsletter="Zapisz się na newsletter Gazety Nadwiślańskiej i otrzymuj codziennie najważniejsze informacje z regionu.",
    footer="© 2024 Gazeta Nadwiślańska sp. z o.o. Wszelkie prawa zastrzeżone.",
    labels=PL,
    footer_links=["Redakcja", "Regulamin", "Polityka prywatności", "Reklama"],
)

K22_STORY = [
    "Budowa nowego wału przeciwpowodziowego w Sosnowej Woli zakończyła się trzy miesiące przed terminem. Odbiór techniczny 2,8-kilometrowego obwałowania wzdłuż Bystrzycy Małej odbył się we wtorek.",
    "Wał ma chronić przed zalaniem około 600 domów w dolnej części miasta oraz oczyszczalnię ścieków, która podczas powodzi sprzed sześciu lat znalazła się pod wodą.",
    "Inwestycja kosztowała 41 mln zł. Większość pieniędzy pochodziła z programu rządowego, a gmina dołożyła 6 mln zł z własnego budżetu.",
    "– Jeszcze dwa lata temu przy każdych większych opadach ludzie wynosili meble na piętro. Teraz mogą spać spokojnie – mówił podczas odbioru burmistrz Tadeusz Kłos.",
    "Hydrolodzy studzą jednak nastroje. Dr Ewa Mazurek z regionalnego centrum prognoz zwraca uwagę, że wał zaprojektowano na tzw. wodę stuletnią, a ekstremalne opady zdarzają się coraz częściej.",
    "Na koronie wału powstała ścieżka rowerowa, która połączy się z trasą wzdłuż rzeki prowadzącą do sąsiedniej gminy. Ma zostać otwarta wiosną.",
    "Mieszkańcy ulic Nadbrzeżnej i Łąkowej, gdzie trwały najbardziej uciążliwe prace, mogą od przyszłego tygodnia ubiegać się o zwrot kosztów naprawy podjazdów.",
]
K22_READ1 = "Powódź sprzed sześciu lat. Tak wyglądała Sosnowa Wola pod wodą"
K22_READ2 = "Ścieżki rowerowe w powiecie. Gdzie powstaną nowe trasy?"
K22_TEASER = "Targowisko miejskie przejdzie remont. Kupcy się przeniosą"
K22_COMMENT = "Brawo dla wykonawcy, pierwszy raz coś u nas skończyli przed czasem."


def _k22() -> Page:
    url = (
        "https://nadwislanska.example/sosnowa-wola/wal-przeciwpowodziowy-gotowy-przed-terminem/ar/c1-17723410"
    )
    headline = "Wał przeciwpowodziowy w Sosnowej Woli gotowy przed terminem"
    divs = [f'<div class="art-p">{t(x)}</div>' for x in K22_STORY]
    divs.insert(
        2,
        f'<div class="art-related"><span>Czytaj też:</span> <a href="/sosnowa-wola/powodz/ar/c1-14002211">{t(K22_READ1)}</a></div>',
    )
    divs.insert(
        7,
        f'<div class="art-related"><span>Czytaj też:</span> <a href="/powiat/sciezki-rowerowe/ar/c1-17700120">{t(K22_READ2)}</a></div>',
    )
    divs.insert(
        5,
        '<div class="art-ad"><div class="art-ad__label">Reklama</div><div id="adocean-inart-1"></div></div>',
    )
    article = f"""<div class="art" itemscope itemtype="https://schema.org/NewsArticle">
<div class="art-header">
<div class="art-category">Sosnowa Wola</div>
<h1 class="art-title" itemprop="headline">{t(headline)}</h1>
<div class="art-meta"><div class="art-author" itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Agnieszka Wróblewska</span></div>
<div class="art-date"><meta itemprop="datePublished" content="2024-11-05T14:20:00+01:00">5 listopada 2024, 14:20</div></div>
<div class="art-lead" itemprop="description">Nowe obwałowanie ma chronić 600 domów. Hydrolodzy przestrzegają jednak przed zbytnim optymizmem.</div>
</div>
<div class="art-body" itemprop="articleBody">
{chr(10).join(divs)}
</div>
{share_bar(NADWISLANSKA)}
</div>"""
    head = "\n".join([canonical(url), meta("description", "Nowe obwałowanie ma chronić 600 domów.")])
    html = classic(
        NADWISLANSKA,
        title=f"{headline} | Gazeta Nadwiślańska",
        head=head,
        article=article,
        teasers=[
            Teaser(K22_TEASER, "/sosnowa-wola/targowisko/ar/c1-17719001"),
            Teaser("Nowa linia autobusowa do szpitala powiatowego", "/powiat/autobus/ar/c1-17715520"),
        ],
        comments=[
            Comment("mieszkaniec_SW", "2024-11-05T15:30:00+01:00", "5.11.2024, 15:30", K22_COMMENT),
            Comment(
                "Krzysztof",
                "2024-11-05T16:02:00+01:00",
                "5.11.2024, 16:02",
                "A kto zapłaci za zniszczone drogi dojazdowe na Łąkowej?",
            ),
        ],
        most_read=["Zmiany w rozkładzie jazdy od grudnia", "Nowy dyrektor szpitala powiatowego"],
    )
    return Page(
        id="k22-pl-divs-microdata-read-also",
        url=url,
        language="pl",
        declared_language="pl",
        title=headline,
        authors=["Agnieszka Wróblewska"],
        published="2024-11-05T14:20:00+01:00",
        shapes=["divs", "microdata", "read-also-inline", "ad-slots"],
        html=html,
        must_contain=[
            "Budowa nowego wału przeciwpowodziowego w Sosnowej Woli zakończyła się trzy miesiące przed terminem.",
            "Większość pieniędzy pochodziła z programu rządowego, a gmina dołożyła 6 mln zł z własnego budżetu.",
            "Dr Ewa Mazurek z regionalnego centrum prognoz zwraca uwagę, że wał zaprojektowano na tzw. wodę stuletnią, a ekstremalne opady zdarzają się coraz częściej.",
            K22_STORY[6],
        ],
        must_not_contain=[
            K22_READ1,
            K22_TEASER,
            K22_COMMENT,
            "korzystamy z plików cookies",
            NADWISLANSKA.footer,
            NADWISLANSKA.newsletter,
        ],
        story=K22_STORY,
    )


# --- k23: column ("felieton") with an author bio box, OpenGraph + meta author ------------------------------

POJEZIERZE = Site(
    name="Kurier Pojezierza",
    domain="kurierpojezierza.example",
    lang="pl",
    nav=["Aktualności", "Miasto", "Region", "Opinie", "Sport", "Kultura", "Praca"],
    cookie="Ta strona używa plików cookie. Korzystając z serwisu, wyrażasz zgodę na ich użycie zgodnie z ustawieniami przeglądarki.",
    newsletter="Opinie w skrzynce: co niedzielę felietony i komentarze Kuriera Pojezierza.",
    footer="Kurier Pojezierza © 2024. Kopiowanie treści bez zgody redakcji zabronione.",
    labels=PL,
    footer_links=["O nas", "Kontakt", "Prywatność"],
)

K23_STORY = [
    "W ubiegłym miesiącu z Placu Wolności zniknęło jedenaście ławek. Oficjalnie – do renowacji. Nieoficjalnie każdy wie, że chodziło o to, by na placu nie przesiadywała młodzież i bezdomni.",
    "Problem w tym, że na ławkach siedzieli przede wszystkim zupełnie inni ludzie: starsze panie wracające z targu, matki z wózkami, turyści czekający na autobus do Starego Jeziorna.",
    "Kiedy zapytałem w urzędzie, kiedy ławki wrócą, usłyszałem, że „trwa analiza potrzeb”. Potrzeba jest prosta: człowiek, który ma osiemdziesiąt lat, nie przejdzie bez odpoczynku z rynku na dworzec.",
    "Miasta, które chcą zatrzymać mieszkańców, robią dziś coś odwrotnego. Stawiają ławki co sto metrów, sadzą drzewa, budują zadaszenia na przystankach. To nie są wielkie inwestycje, tylko zwykła przyzwoitość.",
    "Rozumiem, że plac ma być reprezentacyjny. Ale przestrzeń, w której nie można usiąść, jest reprezentacyjna tylko na zdjęciach z drona.",
    "Proponuję więc prosty test dla radnych: niech w najbliższą sobotę przejdą z torbami zakupów od hali targowej do przystanku przy poczcie, nie siadając ani razu. Potem porozmawiamy o analizie potrzeb.",
    "Ławki to nie luksus. To najtańszy sposób, by miasto powiedziało swoim mieszkańcom: jesteście tu mile widziani.",
]
K23_BIO = (
    "Marek Zawadzki jest dziennikarzem i przewodnikiem miejskim, od 20 lat pisze dla „Kuriera Pojezierza”."
)
K23_TEASER = "Felieton: Dworzec, który udaje, że go nie ma"
K23_COMMENT = "Święta racja. Moja mama już nie chodzi na targ, bo nie ma gdzie odpocząć."


def _k23() -> Page:
    url = "https://kurierpojezierza.example/opinie/felieton-miasto-w-ktorym-nie-mozna-usiasc/8841207"
    headline = "Miasto, w którym nie można usiąść"
    article = f"""<article class="felieton">
<div class="felieton__label">Felieton</div>
<h1>{t(headline)}</h1>
<div class="felieton__author"><img src="https://kurierpojezierza.example/autorzy/zawadzki.jpg" alt=""><a href="/autorzy/marek-zawadzki" rel="author">Marek Zawadzki</a></div>
<div class="felieton__date">22.04.2024, 07:00</div>
<div class="felieton__text">
{chr(10).join(f"<p>{t(x)}</p>" for x in K23_STORY)}
</div>
<div class="author-box">
<img src="https://kurierpojezierza.example/autorzy/zawadzki-duze.jpg" alt="">
<div class="author-box__text"><p>{t(K23_BIO)}</p>
<p class="author-box__more">Inne felietony autora: <a href="#">Rzeka, której nie widać</a>, <a href="#">Parking zamiast parku</a></p></div>
</div>
{share_bar(POJEZIERZE)}
</article>"""
    head = "\n".join(
        [
            canonical(url),
            og(
                headline,
                url,
                POJEZIERZE,
                description="Z Placu Wolności zniknęło jedenaście ławek. Felieton Marka Zawadzkiego.",
                published="2024-04-22T07:00:00+02:00",
                author_urls=["https://kurierpojezierza.example/autorzy/marek-zawadzki"],
                author_names=["Marek Zawadzki"],
                section="Opinie",
                locale="pl_PL",
            ),
        ]
    )
    html = classic(
        POJEZIERZE,
        title=f"{headline} | Opinie | Kurier Pojezierza",
        head=head,
        article=article,
        teasers=[
            Teaser(K23_TEASER, "/opinie/dworzec/8830014"),
            Teaser("Komentarz: Budżet obywatelski bez obywateli", "/opinie/budzet/8822190"),
        ],
        comments=[Comment("Halina_K", "2024-04-22T09:40:00+02:00", "22.04.2024 09:40", K23_COMMENT)],
    )
    return Page(
        id="k23-pl-column-author-bio-opengraph",
        url=url,
        language="pl",
        declared_language="pl",
        title=headline,
        authors=["Marek Zawadzki"],
        published="2024-04-22T07:00:00+02:00",
        shapes=["opinion", "author-bio", "opengraph", "article-p"],
        html=html,
        must_contain=[
            "W ubiegłym miesiącu z Placu Wolności zniknęło jedenaście ławek.",
            "Potrzeba jest prosta: człowiek, który ma osiemdziesiąt lat, nie przejdzie bez odpoczynku z rynku na dworzec.",
            K23_STORY[5].split(". ")[0] + ".",
            "To najtańszy sposób, by miasto powiedziało swoim mieszkańcom: jesteście tu mile widziani.",
        ],
        must_not_contain=[
            K23_BIO,
            K23_TEASER,
            K23_COMMENT,
            "Ta strona używa plików cookie.",
            POJEZIERZE.footer,
            POJEZIERZE.newsletter,
        ],
        story=K23_STORY,
    )


PAGES = [_k22(), _k23()]
