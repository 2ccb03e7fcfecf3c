# ruff: noqa: RUF001
"""Pages r09-r16 of the fifth held-out set: sv, da, nb, fi, hu, cs, ro, tr (invented stories and sites)."""

from __future__ import annotations

from kit5 import FIG, RAW, TABLE, Classes, P, Site, article_ld, build, og

# --- r09 sv: embedded social post, updated trap, photographer credit -----------------------------------------

_S9 = Site(
    name="Hallsberga Tidning",
    domain="hallsbergatidning.example",
    nav=["Nyheter", "Sport", "Nöje", "Familj", "Debatt", "E-tidning"],
    cookie="[[Vi använder kakor för att ge dig en bättre upplevelse och för att visa relevant annonsering.]]",
    accept="Godkänn",
    footer="[[Ansvarig utgivare: Per-Olof Nyman · © Hallsberga Tidning AB 2024]]",
    related="Fler nyheter",
    comments="Kommentarer",
    search="Sök",
)
_U9 = "https://hallsbergatidning.example/nyheter/snostorm-skolor-stangda-hallsberga"
r09 = build(
    id="r09-sv-social-embed-updated-photo-credit",
    lang="sv",
    declared="sv-SE",
    site=_S9,
    path="nyheter/snostorm-skolor-stangda-hallsberga",
    headline="Snöovädret lamslår Hallsberga – alla skolor håller stängt",
    kicker="Nyheter",
    head=og("Snöovädret lamslår Hallsberga – alla skolor håller stängt", _U9, _S9),
    meta=(
        '<div class="byline"><span class="author">Elin Sjöberg</span>'
        '<span class="stamp">Publicerad 2 februari 2024 kl. 14.32</span>'
        '<span class="stamp upd">[[Uppdaterad 2 februari 2024 kl. 16.05]]</span></div>'
    ),
    blocks=[
        FIG(
            "https://img.hallsbergatidning.example/2024/02/plogbil.jpg",
            "En plogbil på Storgatan vid lunchtid på fredagen.",
            "[[Foto: Oskar Lindqvist]]",
        ),
        P(
            "[[Över fyrtio centimeter snö föll i Hallsberga under natten mot fredag, och kommunen beslutade tidigt på morgonen att stänga alla grundskolor.]] "
            "Förskolorna hålls öppna för barn vars föräldrar arbetar inom vård och omsorg."
        ),
        P(
            "Flera lastbilar har kört fast i backen vid Kvarnbacka, och väg 612 mot Ödeby var avstängd i nästan tre timmar. "
            "Räddningstjänsten uppmanar alla som inte måste ut att stanna hemma."
        ),
        RAW(
            '<blockquote class="social-embed" data-platform="chirp"><p>[[Alla kommunala grundskolor i Hallsberga är stängda i dag fredag på grund av snöovädret. '
            "Mer information kommer under dagen.]]</p>— Hallsberga kommun (@hallsbergakommun) "
            '<a href="https://chirp.example/hallsbergakommun/status/1753">2 februari 2024</a></blockquote>'
            '<script async src="https://chirp.example/widgets.js"></script>'
        ),
        P(
            "[[Kommunens driftchef Lars-Erik Holm säger att alla tolv plogbilar har varit ute sedan klockan tre i natt.]] "
            "Han räknar med att huvudgatorna ska vara framkomliga till kvällen, men att villaområdena kan få vänta till lördag."
        ),
        P(
            "SMHI har utfärdat en gul varning för snöfall som gäller till lördag morgon. "
            "[[Kollektivtrafiken kör enligt ordinarie tidtabell men med stora förseningar, enligt Länstrafiken.]]"
        ),
    ],
    comments=[
        ("Bosse i Ödeby", "2 februari 2024 15:10", "[[Plogbilen har inte synts till här på hela dagen.]]")
    ],
    teasers=[("Ny förskola i Kvarnbacka klar till hösten", "14 december 2023", "2023-12-14")],
    authors=["Elin Sjöberg"],
    published="2024-02-02",
    shapes=["social-embed", "date-text", "updated-trap", "byline-text", "photo-credit", "opengraph-no-date"],
)

# --- r10 da: inline ads with labels, "Name, role", hashed --------------------------------------------------------

_K10 = Classes(True, "r10")
_S10 = Site(
    name="Vestkystens Dagblad",
    domain="vestkystensdagblad.example",
    nav=["Lokalt", "Danmark", "Erhverv", "Sport", "Kultur", "Debat"],
    cookie="[[Vi bruger cookies til at forbedre din oplevelse, til statistik og til målrettet markedsføring.]]",
    accept="Tillad alle",
    footer="[[Vestkystens Dagblad A/S · Havnegade 4 · 6700 Sønderhavn · Ansvarshavende chefredaktør: Kirsten Lund]]",
    related="Seneste nyt",
    comments="Debat",
    search="Søg",
)
r10 = build(
    id="r10-da-inline-ads-name-role-hashed",
    lang="da",
    declared="da-DK",
    site=_S10,
    k=_K10,
    path="lokalt/soenderhavn-fiskeauktion-lukker",
    headline="Fiskeauktionen i Sønderhavn lukker efter 112 år",
    kicker="Sønderhavn",
    meta=(
        f'<div class="{_K10("by")}"><b>Mette Kragh</b>, journalist</div>'
        f'<div class="{_K10("ts")}">Publiceret 17. okt. 2024 kl. 06.00</div>'
    ),
    blocks=[
        P(
            "[[Fiskeauktionen i Sønderhavn holder sin sidste auktion den 31. december, efter at bestyrelsen onsdag aften besluttede at lukke den.]] "
            "Auktionen har ligget på havnen siden 1912."
        ),
        P(
            "Mængden af fisk, der bliver landet i Sønderhavn, er faldet med to tredjedele på ti år. "
            "De fleste af de store kuttere lander i dag i Hvide Sande eller Esbjerg, hvor der er flere købere."
        ),
        RAW(
            f'<div class="{_K10("ad")}"><div class="{_K10("ad-label")}">Annonce</div>'
            f'<a href="https://ads.example/klik">[[Spar 20 % på vinterdæk hos Dækcentret Sønderhavn – kun i oktober]]</a></div>'
        ),
        P(
            "[[– Det er en sorg for hele byen, men vi kan ikke blive ved med at give underskud, siger bestyrelsesformand Jens Aagaard.]] "
            "Auktionen har haft et samlet underskud på 2,3 millioner kroner de seneste tre år."
        ),
        P(
            "Fem ansatte mister deres arbejde. "
            "Havnen vil nu undersøge, om bygningen kan bruges til et fiskeudsalg eller til restauranter."
        ),
        RAW(
            f'<div class="{_K10("ad")}"><div class="{_K10("ad-label")}">Annonce</div>'
            '<a href="https://ads.example/klik2">Nyt køkken? Se udstillingen hos Køkkenhuset Ribe</a></div>'
        ),
        P(
            "[[Fiskerne selv er delte: nogle frygter længere sejlads, mens andre siger, at de allerede sælger det meste direkte.]] "
            "Byrådet skal drøfte havnens fremtid på sit møde i november."
        ),
    ],
    comments=[
        (
            "Poul Erik Madsen",
            "17.10.2024 08:14",
            "[[Trist dag for Sønderhavn. Min far solgte fisk der i fyrre år.]]",
        )
    ],
    teasers=[
        (
            "[[Ny havnebadeanstalt åbner i Sønderhavn til sommer]]",
            "2. marts 2024",
            "2024-03-02T09:00:00+01:00",
        )
    ],
    authors=["Mette Kragh"],
    published="2024-10-17",
    shapes=["ad-label", "date-text", "byline-text", "byline-role", "hashed-classes", "abbreviated-month"],
)

# --- r11 nb: cookie wall, JSON-LD @graph, UTC day before (new year) ------------------------------------------

_S11 = Site(
    name="Fjordposten",
    domain="fjordposten.example",
    nav=["Nyheter", "Sport", "Kultur", "Meninger", "Været", "Tips oss"],
    cookie="[[Fjordposten og våre partnere bruker informasjonskapsler. Du må ta stilling til dette før du kan lese videre.]]",
    accept="Godta og les videre",
    footer="[[Fjordposten AS · Ansvarlig redaktør: Torunn Vik · Vi arbeider etter Vær Varsom-plakatens regler for god presseskikk.]]",
    related="Siste nytt",
    search="Søk",
)
_U11 = "https://fjordposten.example/nyheter/arets-forste-baby-vestmo"
r11 = build(
    id="r11-nb-cookie-wall-jsonld-graph-offset",
    lang="nb",
    declared="nb-NO",
    site=_S11,
    cookie_wall=True,
    path="nyheter/arets-forste-baby-vestmo",
    headline="Årets første baby i Vestmo kom sju minutter over midnatt",
    head=article_ld(
        "Årets første baby i Vestmo kom sju minutter over midnatt",
        _U11,
        _S11,
        published="2024-01-01T00:20:00+01:00",
        authors=["Ingrid Haugland", "Ola Bakketun"],
        graph=True,
    ),
    meta=(
        '<div class="byline">Ingrid Haugland og Ola Bakketun</div><div class="dateline">1. januar 2024</div>'
    ),
    blocks=[
        P(
            "[[Klokka 00.07 natt til mandag kom årets første baby til verden på sykehuset i Vestmo.]] "
            "Det var en jente på 3610 gram, og både mor og barn har det bra, opplyser sykehuset."
        ),
        P(
            "Foreldrene, Silje og Anders Rødland fra Brekkestø, hadde egentlig termin 9. januar. "
            "[[– Vi rakk akkurat å se rakettene fra bilvinduet før vi kom fram, forteller Anders Rødland.]]"
        ),
        P(
            "Jordmor Kari Solheim hadde vakt for femte nyttårsaften på rad. "
            "Hun forteller at det var en rolig natt på fødeavdelingen, med bare to fødsler før klokka seks."
        ),
        RAW(
            '<p class="les-ogsa">LES OGSÅ: <a href="/nyheter/fodeavdeling">[[Jordmødre advarer: – Vi er for få på vakt]]</a></p>'
        ),
        P(
            "[[I fjor ble det født 412 barn i Vestmo, omtrent like mange som året før.]] "
            "Jenta har ennå ikke fått navn, men foreldrene sier at storebror på fire år har kommet med flere forslag."
        ),
    ],
    teasers=[
        ("[[Rekordmange valgte å feire nyttår på Torget]]", "1. januar 2023", "2023-01-01T02:10:00+01:00"),
        ("Fødeavdelingen i Vestmo får ny overlege", "12. oktober 2023", "2023-10-12T10:00:00+02:00"),
    ],
    side='<div class="tips">[[Har du tips til en sak? Send oss en melding på 2244.]]</div>',
    authors=["Ingrid Haugland", "Ola Bakketun"],
    published="2024-01-01T00:20:00+01:00",
    shapes=[
        "cookie-wall",
        "jsonld",
        "jsonld-graph",
        "jsonld-authors-objects",
        "local-offset",
        "two-authors",
        "teasers-older",
    ],
)

# --- r12 fi: nested comments, updated trap, photographer credit, no declared language -------------------------

_S12 = Site(
    name="Järvi-Sanomat",
    domain="jarvisanomat.example",
    nav=["Uutiset", "Urheilu", "Kulttuuri", "Mielipide", "Menovinkit", "Näköislehti"],
    cookie="[[Käytämme evästeitä sivuston toiminnan varmistamiseen ja mainonnan kohdentamiseen.]]",
    accept="Hyväksy kaikki",
    footer="[[© Järvi-Sanomat Oy 2024 · Päätoimittaja Heikki Saarinen]]",
    related="Luetuimmat",
    comments="Keskustelu",
    search="Hae",
)
r12 = build(
    id="r12-fi-nested-comments-updated-nolang",
    lang="fi",
    declared=None,
    site=_S12,
    path="uutiset/kirjasto-omatoimi-ilta-aukiolo",
    headline="Kirjasto aukeaa iltaisin ilman henkilökuntaa – kokeilu alkaa Kaarnalahdessa",
    meta=(
        '<p class="tekijat">Teksti: Aino Lehtonen<br>Kuvat: Ville Harju</p>'
        '<p class="aika">Julkaistu 5.9.2024 klo 9.12 <span class="paiv">[[Päivitetty 5.9.2024 klo 11.40]]</span></p>'
    ),
    blocks=[
        P(
            "[[Kaarnalahden kirjasto aukeaa maanantaista alkaen myös iltaisin kello 20–22, vaikka henkilökunta lähtee kotiin jo kuudelta.]] "
            "Kirjastoon pääsee kirjastokortilla ja PIN-koodilla, ja lainaaminen hoituu automaatilla."
        ),
        P(
            "Omatoimiaikaa kokeillaan aluksi vuoden loppuun. "
            "Kirjastotoimenjohtaja Riitta Mäkelä kertoo, että toiveita pidemmistä aukioloajoista on tullut erityisesti opiskelijoilta ja vuorotyötä tekeviltä."
        ),
        P(
            "[[Tiloissa on tallentava kameravalvonta, ja aulassa on hätäpuhelin, joka ohjautuu vartiointiliikkeelle.]] "
            "Alle 15-vuotiaat pääsevät omatoimikirjastoon vain aikuisen kanssa."
        ),
        P(
            "Vastaavaa mallia on käytetty jo monessa kunnassa, eikä ilkivaltaa ole juuri ollut. "
            "[[Mäkelän mukaan kokeilusta päätetään jatkosta tammikuussa kävijämäärien perusteella.]]"
        ),
    ],
    comments=[
        (
            "Kirjatoukka",
            "5.9.2024 klo 10.02",
            "[[Loistava uutinen! Vihdoin pääsee lainaamaan töiden jälkeen.]]",
            [
                ("Markku", "5.9.2024 klo 10.45", "Toivottavasti lehtisali on myös auki."),
                ("Kirjatoukka", "5.9.2024 klo 11.03", "Jutun mukaan koko kirjasto on auki."),
            ],
        ),
        ("Eläkeläinen", "5.9.2024 klo 12.30", "Entä jos automaatti menee rikki illalla?"),
    ],
    nested="ul",
    teasers=[("[[Kaarnalahden uimahalli suljetaan remontin ajaksi]]", "12.3.2024", "2024-03-12")],
    authors=["Aino Lehtonen"],
    published="2024-09-05",
    shapes=[
        "comments-nested",
        "date-text",
        "dotted-date",
        "updated-trap",
        "byline-text",
        "photo-credit",
        "lang-missing",
    ],
)

# --- r13 hu: year-first date with weekday, family-name-first author, declared en, older teasers -------------

_S13 = Site(
    name="Dombvári Hírlap",
    domain="dombvarihirlap.example",
    nav=["Belföld", "Megye", "Gazdaság", "Kultúra", "Sport", "Időjárás"],
    cookie="[[Weboldalunk sütiket használ a jobb felhasználói élmény érdekében.]]",
    accept="Elfogadom",
    footer="[[Dombvári Hírlap – Kiadja a Dombvár Média Kft. Minden jog fenntartva.]]",
    related="Kapcsolódó cikkek",
    comments="Hozzászólások",
    search="Keresés",
)
r13 = build(
    id="r13-hu-year-first-date-lang-en-teasers",
    lang="hu",
    declared="en",
    site=_S13,
    path="megye/megujul-a-dombvari-termalfurdo",
    headline="Két év után újra megnyit a dombvári termálfürdő",
    kicker="Megye",
    meta=(
        '<div class="cikk-meta"><span class="szerzo">Szerző: Kovács Réka</span> · '
        '<span class="datum">2024. március 27., szerda 11:05</span></div>'
    ),
    blocks=[
        P(
            "[[Két év felújítás után április 6-án újra megnyitja kapuit a dombvári termálfürdő.]] "
            "A város 1,9 milliárd forintot költött a medencék, a gépészet és a fogadóépület megújítására."
        ),
        P(
            "A legnagyobb változás a kültéri élménymedence, amely egész évben használható lesz. "
            "[[A gyógymedence vize továbbra is a 62 fokos, 1968-ban fúrt kútból érkezik.]]"
        ),
        P(
            "Szabó Gergely polgármester szerint a fürdő a város legfontosabb idegenforgalmi vonzereje. "
            "A felújítás előtt évente mintegy 180 ezer vendég fordult meg itt, ezt a számot szeretnék 250 ezerre növelni."
        ),
        RAW(
            '<div class="hirlevel-doboz"><b>[[Iratkozzon fel hírlevelünkre, és minden reggel megkapja a megye legfontosabb híreit!]]</b>'
            '<input type="email"><button>Feliratkozom</button></div>'
        ),
        P(
            "[[A felnőtt napijegy 4200 forint lesz, a dombvári lakcímkártyával rendelkezők pedig felét fizetik.]] "
            "Az első hétvégén a belépés ingyenes."
        ),
    ],
    comments=[("tamas_d", "2024. 03. 27. 12:40", "[[Végre! Gyerekkorom óta oda járunk a nagymamámmal.]]")],
    teasers=[
        ("[[Csúszik a dombvári fürdő felújítása]]", "2023. szeptember 14.", "2023-09-14"),
        ("Bezár a termálfürdő, indul a felújítás", "2022. április 1.", "2022-04-01"),
        ("Új kerékpárút épül a fürdő és a vasútállomás között", "2023. június 2.", "2023-06-02"),
    ],
    authors=["Kovács Réka"],
    published="2024-03-27",
    shapes=[
        "teasers-older",
        "date-text",
        "year-first-date",
        "weekday-date",
        "byline-text",
        "family-name-first",
        "lang-wrong",
    ],
)

# --- r14 cs: paywall box inside the story, OpenGraph date, hashed ----------------------------------------------

_K14 = Classes(True, "r14")
_S14 = Site(
    name="Východočeský deník Dnes",
    domain="vychodocesky-dnes.example",
    nav=["Zprávy", "Kraj", "Ekonomika", "Sport", "Kultura", "Názory"],
    cookie="[[Tento web používá k poskytování služeb a analýze návštěvnosti soubory cookie.]]",
    accept="Rozumím",
    footer="[[© 2024 Východočeský deník Dnes, a.s. Všechna práva vyhrazena.]]",
    related="Další zprávy z kraje",
    search="Hledat",
)
_U14 = "https://vychodocesky-dnes.example/kraj/pivovar-lipnice-znovu-vari-A241008"
r14 = build(
    id="r14-cs-paywall-og-date-hashed",
    lang="cs",
    declared="cs",
    site=_S14,
    k=_K14,
    skin="app",
    path="kraj/pivovar-lipnice-znovu-vari-A241008",
    headline="Pivovar v Lipnici nad Orlicí po dvaceti letech znovu vaří",
    head=og(
        "Pivovar v Lipnici nad Orlicí po dvaceti letech znovu vaří", _U14, _S14, "2024-10-08T07:00:00+02:00"
    ),
    meta=f'<div class="{_K14("author")}">Autor: Tomáš Procházka</div><div class="{_K14("time")}">8. října 2024</div>',
    blocks=[
        P(
            "[[V Lipnici nad Orlicí se po dvaceti letech znovu vaří pivo.]] "
            "Historický pivovar, který v roce 2004 zavřel tehdejší majitel, koupili a opravili tři kamarádi z města."
        ),
        P(
            "[[První várku jedenáctistupňového ležáku uvařili sládci minulý týden a čepovat ho začnou v sobotu na pivovarské slavnosti.]] "
            "Rekonstrukce budovy trvala čtyři roky a stála přes 40 milionů korun."
        ),
        P(
            "„Chtěli jsme, aby se sem vrátil život. "
            "[[Pamatujeme si, jak tu naši dědové chodili na pivo po šichtě,“ říká jeden ze spolumajitelů Radek Kubíček.]]"
        ),
        P(
            "Součástí pivovaru je i restaurace pro šedesát hostů a malé muzeum s původními káděmi a lahvemi z první republiky. "
            "Majitelé počítají s tím, že ročně uvaří kolem dvou tisíc hektolitrů piva, většinu pro místní hospody."
        ),
        RAW(
            f'<div class="{_K14("paywall")}"><h3>[[Celý článek je dostupný jen pro předplatitele]]</h3>'
            f"<p>Získejte neomezený přístup ke všem článkům za 49 Kč měsíčně.</p>"
            f'<a class="{_K14("btn")}" href="/predplatne">Předplatit</a></div>'
        ),
    ],
    teasers=[
        ("[[Orlické hory čeká nejteplejší podzim za sto let]]", "1. 10. 2024", "2024-10-01"),
        ("V Lipnici otevřeli nové náměstí", "15. 6. 2023", "2023-06-15"),
    ],
    side=f'<div class="{_K14("most-read")}"><b>Nejčtenější</b><ol><li>[[Hradec zavře na léto most přes Labe]]</li></ol></div>',
    authors=["Tomáš Procházka"],
    published="2024-10-08T07:00:00+02:00",
    shapes=["paywall-in-story", "opengraph", "byline-text", "hashed-classes", "teasers-older"],
)

# --- r15 ro: photo gallery told in figcaptions with credits, JSON-LD ------------------------------------------------

_S15 = Site(
    name="Gazeta de Vâlcea Nouă",
    domain="gazetavalceanoua.example",
    nav=["Actualitate", "Local", "Economie", "Sport", "Cultură", "Galerii foto"],
    cookie="[[Acest site folosește cookie-uri pentru a vă oferi o experiență cât mai bună.]]",
    accept="Sunt de acord",
    footer="[[© 2024 Gazeta de Vâlcea Nouă. Toate drepturile rezervate. Reproducerea fără acord este interzisă.]]",
    related="Alte galerii",
    search="Caută",
)
_U15 = "https://gazetavalceanoua.example/galerii/festivalul-ciresilor-brazeni-2024"
_CR = "Foto: Ioana Dragomir / Gazeta de Vâlcea Nouă"
r15 = build(
    id="r15-ro-photo-gallery-captions-jsonld",
    lang="ro",
    declared="ro-RO",
    site=_S15,
    path="galerii/festivalul-ciresilor-brazeni-2024",
    headline="GALERIE FOTO. Festivalul Cireșilor de la Brăzeni, în imagini",
    kicker="Galerie foto",
    head=article_ld(
        "GALERIE FOTO. Festivalul Cireșilor de la Brăzeni, în imagini",
        _U15,
        _S15,
        published="2024-07-14T10:00:00+03:00",
        authors=["Andrei Mihăilescu"],
        kind="NewsArticle",
    ),
    meta='<div class="autor">Andrei Mihăilescu</div><div class="data">14 iulie 2024, 10:00</div>',
    blocks=[
        P(
            "Peste zece mii de oameni au trecut sâmbătă prin Brăzeni, la a 30-a ediție a Festivalului Cireșilor. "
            "Iată cum a arătat ziua, de la parada portului popular până la concertul de seară."
        ),
        FIG(
            "https://img.gazetavalceanoua.example/2024/07/brazeni-1.jpg",
            "[[Parada portului popular a deschis festivalul, cu peste 300 de participanți din douăsprezece sate.]]",
            f"[[{_CR}]]",
        ),
        FIG(
            "https://img.gazetavalceanoua.example/2024/07/brazeni-2.jpg",
            "Producătorii locali au vândut cireșe de la 12 lei kilogramul, cu mult sub prețul din piețele din oraș.",
            _CR,
        ),
        FIG(
            "https://img.gazetavalceanoua.example/2024/07/brazeni-3.jpg",
            "[[Concursul de mâncat plăcintă cu cireșe a fost câștigat, pentru al treilea an la rând, de Vasile Cotoi, în vârstă de 67 de ani.]]",
            _CR,
        ),
        FIG(
            "https://img.gazetavalceanoua.example/2024/07/brazeni-4.jpg",
            "Copiii din ansamblul „Mugurelul” au dansat pe scena din curtea școlii.",
            _CR,
        ),
        FIG(
            "https://img.gazetavalceanoua.example/2024/07/brazeni-5.jpg",
            "[[Seara s-a încheiat cu un foc de artificii deasupra livezii de pe dealul Gruiului.]]",
            _CR,
        ),
    ],
    teasers=[
        (
            "[[GALERIE FOTO. Târgul de Sfântul Ilie, în imagini]]",
            "20 iulie 2023",
            "2023-07-20T12:00:00+03:00",
        ),
        ("Fermierii din Brăzeni se plâng de prețul cireșelor", "3 iunie 2024", "2024-06-03T09:00:00+03:00"),
    ],
    side='<div class="newsletter">[[Abonează-te la newsletterul nostru și află primul ce se întâmplă în județ.]]</div>',
    authors=["Andrei Mihăilescu"],
    published="2024-07-14T10:00:00+03:00",
    shapes=["gallery-figcaptions", "photo-credit", "jsonld", "teasers-older"],
)

# --- r16 tr: results table, unsigned agency desk, editor credit, weekday after date ---------------------------

_S16 = Site(
    name="Kıyı Ege Gazetesi",
    domain="kiyiege.example",
    nav=["Gündem", "Yerel", "Ekonomi", "Spor", "Yaşam", "Yazarlar"],
    cookie="[[Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için Çerez Politikamızı inceleyebilirsiniz.]]",
    accept="Kabul et",
    footer="[[Kıyı Ege Gazetesi © 2024 - Tüm hakları saklıdır. İçeriklerin izinsiz kullanılması yasaktır.]]",
    related="İlgili Haberler",
    comments="Yorumlar",
    search="Ara",
)
r16 = build(
    id="r16-tr-results-table-unsigned-editor",
    lang="tr",
    declared="tr",
    site=_S16,
    path="spor/korfez-voleybol-turnuvasi-sampiyon-belli-oldu",
    headline="Körfez Voleybol Turnuvası'nda şampiyon Yalıkavak Gençlik oldu",
    kicker="Spor",
    meta=(
        '<div class="haber-bilgi"><span>Haber Merkezi</span> <span>15 Mayıs 2024 Çarşamba 21:30</span></div>'
    ),
    blocks=[
        P(
            "[[Bu yıl 22'ncisi düzenlenen Körfez Voleybol Turnuvası'nda şampiyonluk kupasını Yalıkavak Gençlik Spor kaldırdı.]] "
            "Final maçında Yalıkavak, Dereköy Belediyespor'u 3-1 yendi."
        ),
        P(
            "Kapalı spor salonunu dolduran yaklaşık 1.500 seyirci, dört set boyunca takımlarını ayakta destekledi. "
            "[[Turnuvanın en değerli oyuncusu seçilen Elif Karataş, final maçında 24 sayı üretti.]]"
        ),
        TABLE(
            "Final grubu puan durumu",
            ["Takım", "O", "G", "M", "Puan"],
            [
                ["Yalıkavak Gençlik Spor", "3", "3", "0", "9"],
                ["Dereköy Belediyespor", "3", "2", "1", "6"],
                ["Ortakent Voleybol", "3", "1", "2", "3"],
                ["Gümüşlük Denizspor", "3", "0", "3", "0"],
            ],
        ),
        P(
            "[[Kupayı takım kaptanına Belediye Başkan Yardımcısı Nurten Aydoğan verdi.]] "
            "Turnuvaya bu yıl ilk kez kadın ve erkek takımlarından oluşan karma bir kategori de eklendi."
        ),
    ],
    after='<div class="editor">[[Editör: Mehmet Aksoy]]</div>',
    comments=[("Voleybolsever_48", "15.05.2024 22:10", "[[Dereköy çok iyi oynadı ama son sette dağıldı.]]")],
    teasers=[("[[Yalıkavak Gençlik Spor'dan yeni sezon öncesi üç transfer]]", "2 Eylül 2023", "2023-09-02")],
    authors=[],
    published="2024-05-15",
    shapes=["results-table", "date-text", "weekday-date", "unsigned", "editor-credit", "teasers-older"],
)

PAGES = [r09, r10, r11, r12, r13, r14, r15, r16]
