# ruff: noqa: RUF001  (multilingual story text: the "ambiguous" letters are the languages' own)
"""Pages m16-m30 of the third held-out set (invented stories, people, places and sites)."""

from __future__ import annotations

from kit3 import MICRODATA, build, esc, jsonld, md_author, md_time, opengraph

LABELS = {
    "da": dict(
        menu=["Forside", "Lokalt", "Kultur", "Om os"],
        search="Søg",
        skip="Gå til indhold",
        comments="Kommentarer",
        related="Flere nyheder",
        share="Del",
    ),
    "nb": dict(
        menu=["Nyheter", "Sport", "TV", "Radio"],
        search="Søk",
        skip="Hopp til innhold",
        comments="Kommentarer",
        related="Mer fra distriktet",
        share="Del",
    ),
    "pl": dict(
        menu=["Wiadomości", "Region", "Sport", "Galerie"],
        search="Szukaj",
        skip="Przejdź do treści",
        comments="Komentarze",
        related="Zobacz także",
        share="Udostępnij",
    ),
    "cs": dict(
        menu=["Zprávy", "Domácí", "Zahraničí", "Ekonomika"],
        search="Hledat",
        skip="Přejít na obsah",
        comments="Diskuse",
        related="Další zprávy",
        share="Sdílet",
    ),
    "tr": dict(
        menu=["Gündem", "Spor", "Ekonomi", "Yaşam"],
        search="Ara",
        skip="İçeriğe geç",
        comments="Yorumlar",
        related="İlgili haberler",
        share="Paylaş",
    ),
    "ro": dict(
        menu=["Actualitate", "Economie", "Sport", "Contact"],
        search="Caută",
        skip="Sari la conținut",
        comments="Comentarii",
        related="Citește și",
        share="Distribuie",
    ),
    "hu": dict(
        menu=["Hírek", "Megye", "Sport", "Kultúra"],
        search="Keresés",
        skip="Ugrás a tartalomra",
        comments="Hozzászólások",
        related="Kapcsolódó cikkek",
        share="Megosztás",
    ),
    "fi": dict(
        menu=["Uutiset", "Urheilu", "Kulttuuri", "Areena"],
        search="Hae",
        skip="Siirry sisältöön",
        comments="Kommentit",
        related="Lue lisää",
        share="Jaa",
    ),
    "el": dict(
        menu=["Ειδήσεις", "Πολιτισμός", "Οικονομία", "Απόψεις"],
        search="Αναζήτηση",
        skip="Μετάβαση στο περιεχόμενο",
        comments="Σχόλια",
        related="Διαβάστε επίσης",
        share="Κοινοποίηση",
    ),
    "id": dict(
        menu=["Beranda", "Daerah", "Duka Cita", "Kontak"],
        search="Cari",
        skip="Langsung ke konten",
        comments="Ucapan belasungkawa",
        related="Berita terkait",
        share="Bagikan",
    ),
    "fa": dict(
        menu=["خانه", "شهر", "فرهنگ", "ورزش"],
        search="جستجو",
        skip="رفتن به محتوا",
        comments="دیدگاه‌ها",
        related="مطالب مرتبط",
        share="اشتراک‌گذاری",
    ),
}


def box(text: str, button: str = "OK", cls: str = "signup-box") -> str:
    return f'<div class="{cls}"><p>{esc(text)}</p><input type="email"><button>{esc(button)}</button></div>'


PAGES = []

# m16 -----------------------------------------------------------------------------------------------------
s = dict(
    id="m16-da-hugo-divs-af-byline-no-lang",
    kind="hugo",
    lang="da",
    declared=None,
    style="div",
    labels=LABELS["da"],
    site="Ravnsø Lokalnyt",
    url="https://ravnso-lokalnyt.example/nyheder/2024/bageriet-pa-torvet/",
    title="Bageriet på torvet får ny ejer efter 52 år",
    authors=["Rasmus Kjeldgaard"],
    published="2024-03-05",
    byline_html="Af Rasmus Kjeldgaard",
    date_html="5. marts 2024 kl. 14.05",
    story=[
        "Efter 52 år bag disken overdrager bagermester Poul Skovbo sit bageri på torvet i Ravnsø til to tidligere lærlinge.",
        "De nye ejere, søskendeparret Ida og Jonas Brix, overtager butikken den 1. april.",
        ("readalso", "Læs også:", "Byfesten flytter til havnen i år"),
        "Rugbrødet bliver bagt efter den samme opskrift, lover Ida Brix, men der kommer en ny kaffebar i baglokalet.",
        "Poul Skovbo vil fortsat komme forbi om lørdagen og bage wienerbrød, siger han.",
    ],
    newsletter="Tilmeld dig vores ugentlige nyhedsbrev om livet i Ravnsø.",
    comments=[("Birthe", "Tak for mange gode år, Poul! Vi glæder os til kaffebaren.")],
    related=["Ny legeplads ved skolen indviet", "Vejarbejde på Søvej trækker ud"],
    cookie="Vi bruger cookies til statistik. Du kan til enhver tid trække dit samtykke tilbage.",
    footer="Ravnsø Lokalnyt drives af frivillige. Kontakt redaktionen på redaktion@ravnso-lokalnyt.example",
    must=[0, 1, 2, 3],
    must_not=["Byfesten flytter til havnen i år", "comment", "related", "cookie", "footer", "newsletter"],
    shapes=["hugo", "divs", "byline-text", "date-text", "no-metadata", "lang-missing", "read-also-inline"],
)
PAGES.append(build(s))

# m17 -----------------------------------------------------------------------------------------------------
s = dict(
    id="m17-nb-tv-video-declared-no-local-offset",
    kind="tv",
    lang="nb",
    declared="no",
    labels=LABELS["nb"],
    site="Fjordkanalen",
    url="https://fjordkanalen.example/nyheter/ras-stenger-fylkesvei-7",
    title="Ras stenger fylkesvei 7 ved Kvitnes",
    authors=["Sigrid Aasen"],
    published="2024-02-01T00:30:00+01:00",
    kicker="Vestland",
    byline_html="Sigrid Aasen, journalist",
    date_html='<time datetime="2024-02-01T00:30:00+01:00">Publisert 01.02.2024 00:30</time>',
    media=(
        '<div class="video-player"><video controls poster="/img/ras.jpg"></video>'
        '<p class="video-caption">Se video: Steinmassene dekker hele veibanen</p></div>'
    ),
    story=[
        "Et steinras har stengt fylkesvei 7 ved Kvitnes, og omkjøring er ikke mulig.",
        "Raset gikk like før midnatt, og ingen biler var på strekningen da steinene traff veien.",
        "Geologer skal vurdere fjellsiden i dagslys før ryddearbeidet kan begynne.",
        "Beboerne i Kvitnes kan bruke hurtigbåten til Moldvik, som setter inn ekstra avganger fra torsdag morgen.",
    ],
    newsletter="Få varsler om trafikk og vær i ditt område – last ned appen vår.",
    comments=[("Trond H.", "Den fjellsiden har vært ustabil i årevis, det visste alle.")],
    related=["Flomvarsel for indre strøk", "Ny bru over Lauvelva åpnet"],
    cookie="Fjordkanalen bruker informasjonskapsler for å gi deg en bedre opplevelse.",
    footer="Fjordkanalen AS · Ansvarlig redaktør: Hege Torvund · Redaktørplakaten",
    must=[0, 1, 2, 3],
    must_not=[
        "Se video: Steinmassene dekker hele veibanen",
        "comment",
        "related",
        "cookie",
        "footer",
        "newsletter",
    ],
    shapes=["tv", "video-embed", "article-p", "jsonld", "local-offset", "lang-macro", "role-in-byline"],
)
s["head"] = jsonld(s)
PAGES.append(build(s))

# m18 -----------------------------------------------------------------------------------------------------
s = dict(
    id="m18-pl-php-form-opublikowano-autor",
    kind="joomla",
    lang="pl",
    declared="pl",
    form=True,
    labels=LABELS["pl"],
    site="Kurier Zawiślański",
    url="https://kurier-zawislanski.example/index.php?art=20931",
    title="Most w Brzezinach zamknięty do odwołania",
    authors=["Krzysztof Mazur"],
    published="2024-03-05",
    byline_html="Autor: Krzysztof Mazur",
    date_html="Opublikowano 5.03.2024, 10:15",
    story=[
        "Drogowcy zamknęli w poniedziałek stary most na rzece Brzeźnicy po tym, jak w jednym z przęseł pojawiła się szeroka rysa.",
        "Kierowcy muszą jechać objazdem przez Dąbrówkę, co wydłuża drogę do miasta o około dwanaście kilometrów.",
        "Starosta Wiesław Kulesza zapowiedział, że ekspertyza techniczna będzie gotowa najpóźniej za trzy tygodnie.",
        "Mieszkańcy od lat domagają się budowy nowej przeprawy, ale projekt wciąż czeka na pieniądze z budżetu województwa.",
    ],
    after="Czytano: 1843 razy",
    aside='<div class="moduletable"><h3>Pogoda</h3><p>Brzeziny: 4°C, pochmurno</p></div>',
    newsletter="Zapisz się na nasz biuletyn i otrzymuj najważniejsze wiadomości z regionu.",
    comments=[
        ("mieszkaniec_brzezin", "Ten most był w złym stanie od dziesięciu lat, wszyscy o tym wiedzieli.")
    ],
    related=["Nowy autobus do Dąbrówki od kwietnia", "Festyn strażacki w sobotę"],
    cookie="Strona korzysta z plików cookies zgodnie z polityką prywatności.",
    footer="Kurier Zawiślański – tygodnik regionalny. Wszelkie prawa zastrzeżone.",
    must=[0, 1, 2, 3],
    must_not=["Czytano: 1843 razy", "comment", "related", "cookie", "footer", "newsletter"],
    shapes=[
        "joomla",
        "table-layout",
        "no-h1",
        "form",
        "article-p",
        "byline-text",
        "date-text",
        "no-metadata",
        "visitor-counter",
    ],
)
PAGES.append(build(s))

# m19 -----------------------------------------------------------------------------------------------------
s = dict(
    id="m19-pl-tv-gallery-opengraph",
    kind="tv",
    lang="pl",
    declared="pl",
    labels=LABELS["pl"],
    site="Telewizja Nadwarciańska",
    url="https://tv-nadwarcianska.example/galeria/jarmark-wielkanocny",
    title="Jarmark wielkanocny na rynku w Lipnicy przyciągnął tłumy",
    authors=["Zofia Kamińska"],
    published="2024-03-24T16:30:00+01:00",
    byline_html="Tekst i zdjęcia: Zofia Kamińska",
    date_html="24.03.2024",
    story=[
        "W niedzielę na rynku w Lipnicy odbył się dwudziesty jarmark wielkanocny.",
        (
            "fig",
            "Koło gospodyń wiejskich z Borowa sprzedawało pisanki malowane woskiem.",
            "fot. Zofia Kamińska",
        ),
        (
            "fig",
            "Najdłuższa kolejka ustawiła się po świeże pieczywo z piekarni pana Edwarda.",
            "fot. Zofia Kamińska",
        ),
        (
            "fig",
            "Dzieci mogły same ozdobić pierniki w namiocie przygotowanym przez bibliotekę.",
            "fot. Zofia Kamińska",
        ),
        "Organizatorzy szacują, że jarmark odwiedziło ponad cztery tysiące osób.",
    ],
    newsletter="Zapisz się do newslettera Telewizji Nadwarciańskiej.",
    comments=[("Ania", "Byliśmy z dziećmi, pierniki wyszły super!")],
    related=["Remont dworca w Lipnicy potrwa do jesieni", "Powiatowe mistrzostwa w szachach"],
    cookie="Używamy plików cookie, aby dostosować serwis do Twoich potrzeb.",
    footer="Telewizja Nadwarciańska sp. z o.o. – Regulamin – Polityka prywatności",
    must=[
        0,
        "Koło gospodyń wiejskich z Borowa sprzedawało pisanki malowane woskiem.",
        "Dzieci mogły same ozdobić pierniki w namiocie przygotowanym przez bibliotekę.",
        1,
    ],
    must_not=["comment", "related", "cookie", "footer", "newsletter"],
    shapes=["tv", "gallery", "figcaption", "photo-credit", "opengraph"],
)
s["head"] = opengraph(s)
PAGES.append(build(s))

# m20 -----------------------------------------------------------------------------------------------------
s = dict(
    id="m20-cs-wire-agency-no-lang-date-text",
    kind="wire",
    lang="cs",
    declared=None,
    labels=LABELS["cs"],
    site="Zpravodaj Horácka",
    url="https://zpravodaj-horacka.example/domaci/vlakova-zastavka-lesna",
    title="Zastávka Lesná dostane nové nástupiště a přístřešek",
    authors=["Radek Šimůnek"],
    published="2024-04-03",
    byline_html="Autor: Radek Šimůnek (ZPA)",
    date_html="3. 4. 2024 11:20",
    story=[
        "Lesná (ZPA) - Železniční zastávka Lesná dostane letos nové nástupiště, přístřešek a osvětlení.",
        "Stavba začne v červnu a potrvá zhruba čtyři měsíce, vlaky budou po celou dobu jezdit podle běžného jízdního řádu.",
        "Starostka obce Věra Pokorná uvedla, že cestující dosud čekali na vlak na rozbitém štěrku bez střechy.",
        "Oprava vyjde na 18 milionů korun a zaplatí ji správa železnic.",
    ],
    after='<p class="copyright">© Zpravodajská agentura Podhůří (ZPA). Všechna práva vyhrazena.</p>',
    newsletter="Odebírejte náš newsletter a nic vám neuteče.",
    comments=[("Jarda K.", "Konečně, jezdím odtud každý den do Jihlavy a v zimě se tam nedalo stát.")],
    related=["Obec Lesná opraví hasičskou zbrojnici", "Na silnici I/38 se bude tři týdny opravovat"],
    cookie="Tento web používá soubory cookie. Pokračováním souhlasíte s jejich používáním.",
    footer="Zpravodaj Horácka, vydává Horácké médium s.r.o. Kontakt | Reklama",
    must=[0, 1, 2, 3],
    must_not=[
        "© Zpravodajská agentura Podhůří (ZPA). Všechna práva vyhrazena.",
        "comment",
        "related",
        "cookie",
        "footer",
        "newsletter",
    ],
    shapes=[
        "wire",
        "wire-dateline",
        "agency-copyright",
        "byline-text",
        "date-text",
        "no-metadata",
        "lang-missing",
    ],
)
PAGES.append(build(s))

# m21 -----------------------------------------------------------------------------------------------------
s = dict(
    id="m21-tr-portal-haber-byline-no-lang-comments-article",
    kind="updated",
    lang="tr",
    declared=None,
    style="div",
    labels=LABELS["tr"],
    site="Karayaka Gazetesi",
    url="https://karayakagazetesi.example/gundem/sahil-yolu-bisiklet-seridi-h48213.html",
    title="Sahil yoluna 6 kilometrelik bisiklet şeridi yapılacak",
    authors=["Emre Demirtaş"],
    published="2024-03-05",
    comments_article=True,
    comment_date="2024-03-05T16:40:00+03:00",
    head='<meta property="og:title" content="Sahil yoluna 6 kilometrelik bisiklet şeridi yapılacak - Karayaka Gazetesi">',
    byline_html="Haber: Emre Demirtaş",
    date_html="5 Mart 2024 14:05",
    story=[
        "Belediye meclisi, sahil yolu boyunca 6 kilometrelik ayrı bir bisiklet şeridi yapılmasına oy birliğiyle karar verdi.",
        "Şerit, liman kavşağından Kumburnu plajına kadar uzanacak ve yayalardan alçak bir bordürle ayrılacak.",
        ("readalso", "İlgili Haber", "Liman kavşağında trafik düzenlemesi"),
        "Belediye Başkanı Nermin Soydan, çalışmaların yaz sezonu başlamadan bitirilmesini hedeflediklerini söyledi.",
        "Projenin maliyeti 14 milyon lira olarak açıklandı.",
    ],
    newsletter="Günün öne çıkan haberleri için e-bültenimize abone olun.",
    comments=[
        ("Serkan", "Çok güzel haber, çocuklarla artık güvenle bisiklete bineriz."),
        ("Ayşe T.", "Otopark ne olacak peki?"),
    ],
    related=["Kumburnu plajına mavi bayrak", "Hafta sonu su kesintisi yapılacak"],
    cookie="Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için gizlilik politikamızı inceleyin.",
    footer="Karayaka Gazetesi © 2024 Tüm hakları saklıdır. Haberlerin izinsiz kullanılması yasaktır.",
    must=[0, 1, 2, 3],
    must_not=["Liman kavşağında trafik düzenlemesi", "comment", "related", "cookie", "footer", "newsletter"],
    shapes=[
        "updated",
        "divs",
        "comments-article",
        "byline-text",
        "date-text",
        "lang-missing",
        "read-also-inline",
    ],
)
PAGES.append(build(s))

# m22 -----------------------------------------------------------------------------------------------------
s = dict(
    id="m22-tr-match-report-table-local-offset-yazan",
    kind="sports",
    lang="tr",
    declared="tr",
    labels=LABELS["tr"],
    site="Tribün Ege",
    url="https://tribunege.example/futbol/korfezspor-deplasmanda-kazandi",
    title="Körfezspor deplasmanda 2-1 kazandı",
    authors=["Cem Aydoğdu"],
    published="2024-04-06T01:15:00+03:00",
    byline_html="Yazan: Cem Aydoğdu",
    date_html="6 Nisan 2024 01:15",
    story=[
        "Körfezspor, ligin 27. haftasında deplasmanda Dağlıcaspor'u 2-1 yenerek play-off umutlarını sürdürdü.",
        "Ev sahibi ekip 12. dakikada penaltıdan öne geçse de Körfezspor ilk yarı bitmeden eşitliği yakaladı.",
        (
            "table",
            [
                ["İstatistik", "Dağlıcaspor", "Körfezspor"],
                ["Topla oynama", "47%", "53%"],
                ["İsabetli şut", "4", "6"],
                ["Sarı kart", "3", "1"],
            ],
        ),
        "Galibiyet golünü 81. dakikada yedek oyuncu Barış Tekin attı.",
        "Körfezspor gelecek hafta evinde lider Yamaçspor'u ağırlayacak.",
    ],
    aside=(
        '<aside class="standings"><h3>Puan durumu</h3><table><tr><td>1</td><td>Yamaçspor</td><td>58</td></tr>'
        "<tr><td>2</td><td>Ovaspor</td><td>54</td></tr></table></aside>"
    ),
    newsletter="Maç sonuçlarını anında almak için bildirimlere izin verin.",
    comments=[("korfezli35", "Barış Tekin ilk 11'de oynamalı artık.")],
    related=["Ovaspor'da teknik direktör değişikliği", "Amatör ligde fikstür açıklandı"],
    cookie="Bu site deneyiminizi iyileştirmek için çerez kullanır.",
    footer="Tribün Ege bir Ege Medya kuruluşudur. Künye · İletişim",
    must=[0, 1, "İsabetli şut", 2],
    must_not=["Ovaspor", "comment", "related", "cookie", "footer", "newsletter"],
    shapes=["sports", "tables", "jsonld", "local-offset", "standings-table"],
)
s["head"] = jsonld(s, modified="2024-04-06T09:00:00+03:00")
PAGES.append(build(s))

# m23 -----------------------------------------------------------------------------------------------------
s = dict(
    id="m23-ro-wire-microdata-agency",
    kind="wire",
    lang="ro",
    declared="ro",
    labels=LABELS["ro"],
    site="Monitorul de Câmpie",
    url="https://monitoruldecampie.example/economie/fabrica-de-conserve-redeschisa",
    title="Fabrica de conserve din Valea Mare se redeschide după zece ani",
    authors=["Ioana Mureșan"],
    published="2024-03-12T14:05:00+02:00",
    article_attrs=" " + MICRODATA,
    h1_attrs=' itemprop="headline"',
    byline_html="Autor: " + md_author("Ioana Mureșan"),
    date_html=md_time("2024-03-12T14:05:00+02:00", "12 martie 2024, 14:05"),
    story=[
        "Fabrica de conserve din Valea Mare, închisă în 2014, va fi redeschisă în luna mai de o cooperativă a producătorilor locali.",
        "Cooperativa are 63 de membri care cultivă roșii, ardei și castraveți pe aproape două sute de hectare.",
        "Primarul comunei, Dorin Stoica, a spus că fabrica va crea cel puțin patruzeci de locuri de muncă.",
        "Prima producție de zacuscă ar trebui să ajungă în magazine la sfârșitul verii.",
    ],
    after='<p class="copyright">© Agenția de Presă Dunărea. Toate drepturile rezervate.</p>',
    newsletter="Abonează-te la newsletter și primești zilnic cele mai importante știri.",
    comments=[("Vasile", "Bravo! Bunica mea a lucrat acolo treizeci de ani.")],
    related=["Târgul de primăvară începe sâmbătă", "Drumul județean 102 va fi asfaltat"],
    cookie="Acest site folosește cookie-uri. Continuarea navigării implică acceptarea lor.",
    footer="Monitorul de Câmpie © 2024. Reproducerea materialelor este interzisă fără acord.",
    must=[0, 1, 2, 3],
    must_not=[
        "© Agenția de Presă Dunărea. Toate drepturile rezervate.",
        "comment",
        "related",
        "cookie",
        "footer",
        "newsletter",
    ],
    shapes=["wire", "microdata", "agency-copyright", "article-p"],
)
PAGES.append(build(s))

# m24 -----------------------------------------------------------------------------------------------------
s = dict(
    id="m24-hu-php-tables-br-szerzo-no-lang",
    kind="joomla",
    lang="hu",
    declared=None,
    style="br",
    labels=LABELS["hu"],
    site="Tiszamenti Hírlap",
    url="https://tiszamenti-hirlap.example/cikk.php?id=7731",
    title="Újra megnyílik a szarvasi csónakház",
    authors=["Kovács Bence"],
    published="2024-03-05",
    byline_html="Szerző: Kovács Bence",
    date_html="2024. március 5. 10:15",
    story=[
        "Hat év után újra megnyílik a holtág partján álló régi csónakház, amelyet a helyi evezős egyesület újított fel.",
        "A felújítás során kicserélték a tetőt, és a stégeket is akadálymentessé tették.",
        "Az egyesület elnöke, Szabó Irén elmondta, hogy nyártól gyerekeknek is indítanak ingyenes evezős tanfolyamot.",
        "A csónakház április közepétől minden hétvégén nyitva tart.",
    ],
    after="Olvasták: 2210 alkalommal",
    aside='<div class="moduletable"><h3>Szavazás</h3><p>Ön szerint kell új kerékpárút a gáton?</p></div>',
    newsletter="Iratkozzon fel hírlevelünkre, és elsőként értesül a megyei hírekről.",
    comments=[("Pista bácsi", "Gyerekkoromban itt tanultam evezni, nagyon örülök!")],
    related=["Lezárják a gátat a tavaszi árvíz miatt", "Új orvosi rendelő nyílt a főtéren"],
    cookie="Weboldalunk sütiket használ a jobb felhasználói élmény érdekében.",
    footer="Tiszamenti Hírlap – Minden jog fenntartva. Impresszum",
    must=[0, 1, 2, 3],
    must_not=[
        "Ön szerint kell új kerékpárút a gáton?",
        "Olvasták: 2210 alkalommal",
        "comment",
        "related",
        "cookie",
        "footer",
    ],
    shapes=[
        "joomla",
        "table-layout",
        "no-h1",
        "no-p",
        "byline-text",
        "date-text",
        "no-metadata",
        "lang-missing",
        "visitor-counter",
        "poll",
    ],
)
PAGES.append(build(s))

# m25 -----------------------------------------------------------------------------------------------------
PAYWALL_HU = "Ez a cikk előfizetőknek szól. Fizessen elő havi 990 forintért, és olvasson korlátlanul."
s = dict(
    id="m25-hu-squarespace-paywall-mid-declared-en",
    kind="squarespace",
    lang="hu",
    declared="en-US",
    style="sqs",
    labels=LABELS["hu"],
    site="Balatoni Napló",
    url="https://balatoninaplo.example/blog/vitorlas-verseny-ujra",
    title="Harminc év után újra lesz éjszakai vitorlásverseny Füreden",
    authors=["Tóth Eszter"],
    published="2024-06-20T09:00:00+02:00",
    byline_html="Tóth Eszter",
    date_html="2024. június 20.",
    story=[
        "Harminc év szünet után idén júliusban újra megrendezik az éjszakai vitorlásversenyt a Balatonon.",
        "A rajt este kilenckor lesz a füredi móló előtt, a cél pedig a tihanyi rév.",
        ("box", f'<div class="paywall-box"><p>{esc(PAYWALL_HU)}</p><button>Előfizetek</button></div>'),
        "A szervezők eddig negyvenkét hajó nevezését fogadták el, köztük több külföldi csapatét.",
        "A part mentén lampionokkal jelölik a pályát, hogy a nézők is követhessék a versenyt.",
    ],
    newsletter="Kérje heti hírlevelünket a Balaton eseményeiről.",
    comments=[("vitorlas_gabi", "Végre! Apám még mesélt a régi éjszakai futamokról.")],
    related=["Megnyitottak a strandok a déli parton", "Új kompjárat indul Szántódról"],
    cookie="This website uses cookies. Accept / Decline",
    footer="Balatoni Napló · Powered by Squarespace",
    must=[0, 1, 2, 3],
    must_not=[PAYWALL_HU, "comment", "related", "cookie", "footer", "newsletter"],
    shapes=["squarespace", "divs", "paywall", "opengraph", "lang-wrong"],
)
s["head"] = opengraph(s)
PAGES.append(build(s))

# m26 -----------------------------------------------------------------------------------------------------
s = dict(
    id="m26-fi-local-kirjoittanut-klo-no-metadata",
    kind="updated",
    lang="fi",
    declared="fi",
    labels=LABELS["fi"],
    site="Järvisuon Sanomat",
    url="https://jarvisuonsanomat.example/uutiset/kirjasto-aukeaa-sunnuntaisin",
    title="Kirjasto aukeaa nyt myös sunnuntaisin",
    authors=["Aino Heikkilä"],
    published="2024-03-12",
    byline_html="Kirjoittanut Aino Heikkilä",
    date_html="12.03.2024 klo 14.05 | Päivitetty 13.03.2024 klo 9.10",
    story=[
        "Järvisuon pääkirjasto on huhtikuusta alkaen auki myös sunnuntaisin kello 12–16.",
        "Sunnuntaiaukiolo on omatoimista, eli asiakkaat pääsevät sisään kirjastokortilla ja PIN-koodilla.",
        (
            "ul",
            [
                "Lainaaminen ja palauttaminen onnistuvat automaateilla.",
                "Lasten osastolla järjestetään satutunti kerran kuussa.",
            ],
        ),
        "Kirjastotoimenjohtaja Päivi Rautio kertoo, että toive sunnuntaiaukiolosta tuli asukaskyselyssä selvästi esiin.",
    ],
    newsletter="Tilaa Järvisuon Sanomien uutiskirje sähköpostiisi.",
    comments=[("Lukutoukka", "Ihana uutinen, sunnuntai on ainoa päivä jolloin ehdin kirjastoon.")],
    related=["Uimahallin remontti viivästyy", "Kevään kuntavaalit: ehdokkaat esittäytyvät"],
    cookie="Käytämme evästeitä sivuston toiminnan parantamiseen.",
    footer="Järvisuon Sanomat, paikallislehti vuodesta 1923. Päätoimittaja Jukka Lehtonen.",
    must=[0, 1, "Lainaaminen ja palauttaminen onnistuvat automaateilla.", 2],
    must_not=["comment", "related", "cookie", "footer", "newsletter"],
    shapes=["updated", "lists", "byline-text", "date-text", "no-metadata", "updated-date-trap"],
)
PAGES.append(build(s))

# m27 -----------------------------------------------------------------------------------------------------
s = dict(
    id="m27-fi-tv-video-declared-sv-jsonld",
    kind="tv",
    lang="fi",
    declared="sv-FI",
    labels=LABELS["fi"],
    site="Pohjanrannan TV",
    url="https://pohjanrannantv.example/uutiset/3-91244",
    title="Jäätie Saarenkylään avattiin vihdoin liikenteelle",
    authors=["Otto Lindroos"],
    published="2024-02-08T07:40:00+02:00",
    byline_html="Otto Lindroos",
    date_html="8.2.2024 7.40",
    media=(
        '<div class="video-player"><iframe src="https://areena.pohjanrannantv.example/embed/1-5521"></iframe>'
        '<p class="video-caption">Katso video: Ensimmäiset autot ajoivat jäätietä aamulla</p></div>'
    ),
    story=[
        "Jäätie mantereelta Saarenkylään avattiin torstaiaamuna, kuukauden myöhemmin kuin tavallisesti.",
        "Leuto alkutalvi piti jään ohuena, eikä tietä voitu aurata ennen kuin jää oli vähintään 40 senttiä paksua.",
        "Saarenkylässä asuva Leena Korpela kertoo, että saarelaiset ovat odottaneet tietä kuin joulua.",
        "Tiellä saa ajaa enintään 30 kilometrin tuntinopeutta, ja autojen välissä on pidettävä vähintään 50 metrin väli.",
    ],
    newsletter="Lataa Pohjanrannan TV:n sovellus ja saat tärkeimmät uutiset ilmoituksina.",
    comments=[("Saaristolainen", "Nyt pääsee vihdoin kauppaan ilman lossia!")],
    related=["Lumikuormat tukkivat keskustan kadut", "Hiihtoloma alkaa ensi viikolla"],
    cookie="Pohjanrannan TV käyttää evästeitä. Voit muuttaa asetuksia milloin tahansa.",
    footer="Pohjanrannan TV – alueellinen julkinen palvelu. Tietosuoja | Saavutettavuus",
    must=[0, 1, 2, 3],
    must_not=[
        "Katso video: Ensimmäiset autot ajoivat jäätietä aamulla",
        "comment",
        "related",
        "cookie",
        "footer",
        "newsletter",
    ],
    shapes=["tv", "video-embed", "article-p", "jsonld", "lang-wrong"],
)
s["head"] = jsonld(s, graph=True)
PAGES.append(build(s))

# m28 -----------------------------------------------------------------------------------------------------
s = dict(
    id="m28-el-magazine-local-offset-syntaktis",
    kind="magazine",
    lang="el",
    declared="el",
    labels=LABELS["el"],
    site="Περιοδικό Αρχιπέλαγος",
    url="https://archipelagos-mag.example/afieromata/o-teleutaios-kaikis",
    title="Ο τελευταίος καϊκτσής της Σκιάθρας",
    authors=["Ελένη Παπαδάκη"],
    published="2024-03-15T00:20:00+02:00",
    kicker="Αφιέρωμα",
    standfirst="Στο μικρό ταρσανά του νησιού, ένας άνθρωπος κρατά ζωντανή μια τέχνη αιώνων.",
    byline_html="Συντάκτης: Ελένη Παπαδάκη",
    date_html="15 Μαρτίου 2024",
    story=[
        "Ο Στέλιος Μαυρογένης δουλεύει στον ταρσανά της Σκιάθρας από τα δεκατέσσερά του χρόνια.",
        "Σήμερα είναι ο μόνος στο νησί που ξέρει να φτιάχνει καΐκι με το χέρι, από την καρίνα μέχρι το κατάρτι.",
        ("quote", "Το ξύλο σου λέει πότε είναι έτοιμο."),
        "Για κάθε σκάφος χρειάζεται σχεδόν έναν χρόνο, και το ξύλο το διαλέγει μόνος του από τα πεύκα της Εύβοιας.",
        "Ο δήμος σχεδιάζει να μετατρέψει τον ταρσανά σε εργαστήριο για νέους μαθητευόμενους από το φθινόπωρο.",
    ],
    newsletter="Εγγραφείτε στο newsletter μας για να λαμβάνετε κάθε νέο τεύχος.",
    comments=[("Μαρία Κ.", "Υπέροχο κείμενο, θυμήθηκα τον παππού μου στο λιμάνι.")],
    related=["Τα ξωκλήσια των Κυκλάδων μέσα από έναν φακό", "Η χαμένη τέχνη της ψαθοπλεκτικής"],
    cookie="Χρησιμοποιούμε cookies για τη βελτίωση της εμπειρίας σας.",
    footer="Περιοδικό Αρχιπέλαγος © 2024. Με την επιφύλαξη παντός δικαιώματος.",
    must=[0, 1, 2, 3],
    must_not=["comment", "related", "cookie", "footer", "newsletter"],
    shapes=["magazine", "pull-quote", "article-p", "jsonld", "local-offset"],
)
s["head"] = jsonld(s)
PAGES.append(build(s))

# m29 -----------------------------------------------------------------------------------------------------
s = dict(
    id="m29-id-obituary-oleh-no-lang-comments-article",
    kind="obituary",
    lang="id",
    declared=None,
    labels=LABELS["id"],
    site="Warta Sungai Biru",
    url="https://wartasungaibiru.example/duka-cita/pak-harun-guru-silat-berpulang",
    title="Pak Harun, guru silat Kampung Tepian, berpulang di usia 88 tahun",
    authors=["Bayu Nugroho"],
    published="2024-03-05",
    comments_article=True,
    comment_date="2024-03-05T19:00:00+07:00",
    byline_html="Oleh Bayu Nugroho",
    date_html="Selasa, 5 Maret 2024 10:15 WIB",
    story=[
        "Harun Wicaksono, guru silat yang melatih ratusan anak di Kampung Tepian, meninggal dunia pada Senin malam.",
        "Ia membuka perguruan silat di halaman rumahnya pada tahun 1967 dan tidak pernah memungut biaya dari muridnya.",
        ("readalso", "Baca juga:", "Festival perahu hias kembali digelar bulan depan"),
        "Jenazah dimakamkan di pemakaman umum Tepian pada Selasa siang, diiringi ratusan warga.",
        "Keluarga meminta para murid melanjutkan latihan setiap Minggu pagi seperti biasa.",
    ],
    newsletter="Dapatkan berita terbaru Warta Sungai Biru langsung di WhatsApp Anda.",
    comments=[
        ("Rudi S.", "Selamat jalan Pak Harun, jasamu tidak akan kami lupakan."),
        ("Mbak Ningsih", "Turut berduka cita yang sedalam-dalamnya."),
    ],
    related=["Jembatan gantung Tepian selesai diperbaiki", "Harga cabai naik menjelang Ramadan"],
    cookie="Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda.",
    footer="Warta Sungai Biru © 2024 · Pedoman Media Siber · Redaksi",
    must=[0, 1, 2, 3],
    must_not=[
        "Festival perahu hias kembali digelar bulan depan",
        "comment",
        "related",
        "cookie",
        "footer",
        "newsletter",
    ],
    shapes=[
        "obituary",
        "comments-article",
        "article-p",
        "byline-text",
        "date-text",
        "no-metadata",
        "lang-missing",
        "read-also-inline",
    ],
)
PAGES.append(build(s))

# m30 -----------------------------------------------------------------------------------------------------
s = dict(
    id="m30-fa-rtl-updated-local-offset-neveshte",
    kind="updated",
    lang="fa",
    declared="fa",
    rtl=True,
    labels=LABELS["fa"],
    site="روزنامه شهر باران",
    url="https://shahrebaran.example/news/1402/park-jangali-golestan",
    title="پارک جنگلی گلستان پس از دو سال بازگشایی شد",
    authors=["سارا احمدی"],
    published="2024-03-10T01:30:00+03:30",
    byline_html="نوشته سارا احمدی",
    date_html="۲۰ اسفند ۱۴۰۲ · به‌روزرسانی: ۲۱ اسفند ۱۴۰۲",
    story=[
        "پارک جنگلی گلستان پس از دو سال بازسازی، از صبح امروز دوباره به روی مردم باز شد.",
        "در این مدت بیش از سه هزار نهال بلوط و افرا در دامنه‌های پارک کاشته شده است.",
        "مدیر فضای سبز شهر گفت که مسیر دوچرخه‌سواری تازه‌ای هم به طول چهار کیلومتر ساخته شده است.",
        "ورود به پارک رایگان است و ساعت کار آن از شش صبح تا ده شب خواهد بود.",
    ],
    newsletter="برای دریافت خبرهای روز در کانال تلگرام ما عضو شوید.",
    comments=[("رضا", "خیلی خوب است، بچه‌ها دیگر جایی برای بازی دارند.")],
    related=["طرح ترافیک جدید از اول فروردین اجرا می‌شود", "نمایشگاه کتاب استان آغاز شد"],
    cookie="این وب‌سایت برای بهبود تجربه شما از کوکی استفاده می‌کند.",
    footer="کلیه حقوق این سایت متعلق به روزنامه شهر باران است.",
    must=[0, 1, 2, 3],
    must_not=["comment", "related", "cookie", "footer", "newsletter"],
    shapes=["updated", "rtl", "article-p", "jsonld", "local-offset", "updated-date-trap"],
)
s["head"] = jsonld(s, modified="2024-03-11T09:00:00+03:30")
PAGES.append(build(s))
