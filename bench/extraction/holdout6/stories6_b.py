# ruff: noqa: RUF001, RUF003
"""Pages s13-s24 of the sixth held-out set: da, nb, fi, hu, cs, ro, tr, el, ru, uk, bg, sr. Invented stories,
people, places and sites."""

from __future__ import annotations

from kit6 import FIG, RAW, TABLE, P, Page, jsonld, page

PAGES: list[Page] = []

# s13 -- Danish regional paper on a framework site: weekday date with "kl.", "Af" byline as a link, a "Læs
# også" link and a paywall box inside the story, comments.
PAGES.append(
    page(
        id="s13-da-landsbyskoler",
        url="https://dagbladet-osthavn.example/lokalt/oesthavn-kommune-vil-lukke-to-landsbyskoler",
        language="da",
        declared="da",
        site="Dagbladet Østhavn",
        style="hashed",
        title="Østhavn Kommune vil lukke to landsbyskoler",
        nav=["Lokalt", "Sport", "Erhverv", "Debat", "Kultur", "E-avis"],
        kicker="Skolelukninger",
        below=(
            '<div class="sc-1b2c3d">Af <a href="/profil/mette-kjaergaard">Mette Kjærgaard</a></div>'
            '<div class="sc-4e5f6a">tirsdag 11. marts 2025 kl. 06:00</div>'
        ),
        blocks=[
            P(
                "Skolerne i Tofterup og Bøgeskov kan være lukket fra sommerferien 2026. Det fremgår af et forslag, "
                "som børne- og skoleudvalget skal behandle på torsdag."
            ),
            P(
                "Forvaltningen peger på, at elevtallet på de to skoler er faldet med næsten 40 procent på ti år. "
                "Ifølge forslaget skal de cirka 90 elever i stedet gå på Østhavn Centralskole, der ligger 12 "
                "kilometer væk."
            ),
            RAW(
                '<p class="sc-7c8d9e"><b>Læs også:</b> <a href="/lokalt/foraeldre-danner-stoetteforening">'
                "Forældre i Bøgeskov danner støtteforening for skolen</a></p>"
            ),
            P(
                "Udvalgsformand Henrik Bach understreger, at intet er besluttet endnu. - Vi skal have en ordentlig "
                "høring, og vi lytter til forældrene, siger han."
            ),
            RAW(
                '<div class="sc-0f1e2d"><strong>Denne artikel er for abonnenter</strong><div>Få fuld adgang '
                "til Dagbladet Østhavn – første måned for 1 kr.</div><button>Køb adgang</button></div>"
            ),
            P(
                "I Bøgeskov er reaktionen skarp. Formand for skolebestyrelsen Louise Damgaard frygter, at "
                "børnefamilier vil fravælge landsbyen, hvis skolen forsvinder."
            ),
            P("- Skolen er det sidste, vi har tilbage. Købmanden lukkede for tre år siden, siger hun."),
        ],
        teasers_head="Mest læste",
        teasers=[
            ("Ny cykelsti langs fjorden åbner til påske", "4. marts 2025"),
            ("Østhavn Havn får ny direktør", "27. februar 2025"),
        ],
        comments_head="Debat",
        comments=[
            ("Jens P.", "11. marts 2025 kl. 07:32", "Det er altid de små steder, der betaler regningen."),
            ("Birgit Holm", "11. marts 2025 kl. 08:10", "Hvad med busforbindelsen til centralskolen?"),
        ],
        cookie=(
            "Vi bruger cookies til at forbedre din oplevelse, måle trafik og vise relevante annoncer. "
            "Du kan altid trække dit samtykke tilbage."
        ),
        cookie_button="Accepter alle",
        footer="Dagbladet Østhavn · Ansvarshavende chefredaktør: Poul Frandsen · Kundeservice",
        authors=["Mette Kjærgaard"],
        published="2025-03-11",
        shapes=[
            "site-regional",
            "article-p",
            "byline-text",
            "byline-link",
            "date-text",
            "read-also-inline",
            "paywall-box",
            "comments",
            "teasers-dated",
            "cookie-banner",
        ],
        must=[
            "Det fremgår af et forslag, som børne- og skoleudvalget skal behandle på torsdag.",
            "Ifølge forslaget skal de cirka 90 elever i stedet gå på Østhavn Centralskole, der ligger 12 "
            "kilometer væk.",
            "Formand for skolebestyrelsen Louise Damgaard frygter, at børnefamilier vil fravælge landsbyen, hvis "
            "skolen forsvinder.",
        ],
        must_not=[
            "Det er altid de små steder, der betaler regningen.",
            "Forældre i Bøgeskov danner støtteforening for skolen",
            "Få fuld adgang til Dagbladet Østhavn – første måned for 1 kr.",
            "Ny cykelsti langs fjorden åbner til påske",
            "Vi bruger cookies til at forbedre din oplevelse, måle trafik og vise relevante annoncer.",
            "Ansvarshavende chefredaktør: Poul Frandsen",
        ],
    )
)

# s14 -- Norwegian (Bokmål) journalist's blog, declared "no": the author only in a box at the end, the date
# after the post, a donation box inside it, comments.
PAGES.append(
    page(
        id="s14-nb-ordforer-blogg",
        url="https://blogg.fjordposten.example/ingrid-haugen/hvorfor-ingen-vil-bli-ordforer",
        language="nb",
        declared="no",
        site="Fjordposten blogg",
        title="Hvorfor ingen vil bli ordfører i Sørvik lenger",
        nav=["Forsiden", "Bloggere", "Politikk", "Samfunn", "Om bloggen"],
        kicker="Ingrids hjørne",
        blocks=[
            P(
                "For første gang i kommunens historie har ingen av partiene i Sørvik en ordførerkandidat klar tre "
                "måneder før nominasjonsfristen. Det sier noe om hvordan vervet har endret seg."
            ),
            P(
                "Da jeg begynte å dekke kommunestyret for tjue år siden, var ordførervervet noe folk kjempet om. I "
                "dag hører jeg heller om lange kvelder, truende meldinger i innboksen og en lønn som ikke står i "
                "forhold til ansvaret."
            ),
            P(
                "Den avtroppende ordføreren, Knut Aasen, sa det rett ut da jeg snakket med ham forrige uke: Han "
                "ville ikke anbefalt jobben til sin egen datter."
            ),
            RAW(
                '<div class="stott-bloggen"><h4>Liker du det du leser?</h4><p>Støtt bloggen med et valgfritt '
                'beløp, så kan jeg fortsette å skrive om lokalpolitikken.</p><a href="/stott">Gi et bidrag</a></div>'
            ),
            P(
                "Kanskje er det på tide å diskutere om en kommune med 4000 innbyggere trenger en heltids ordfører "
                "i det hele tatt. Eller om nabokommunene burde dele på mer enn bare brannvesenet."
            ),
            P(
                "Uansett hva svaret blir, fortjener velgerne i Sørvik bedre enn en kandidat som ble overtalt i "
                "siste liten."
            ),
        ],
        after=(
            '<div class="innlegg-dato">Publisert 27. januar 2025, kl. 19:48</div>'
            '<div class="forfatterboks"><img src="/img/ingrid.jpg" alt=""><strong>Ingrid Haugen</strong>'
            "<p>er politisk kommentator i Fjordposten og har dekket lokalpolitikk i Sørvik i tjue år.</p></div>"
        ),
        teasers_head="Flere innlegg",
        teasers=[
            ("Budsjettet som ingen ville snakke om", "9. januar 2025"),
            ("Ferjeavgangene kuttes – igjen", "16. desember 2024"),
        ],
        comments_head="Kommentarer",
        comments=[
            (
                "Tor Inge",
                "27.01.2025 kl. 21:14",
                "Godt skrevet. Jeg satt selv i kommunestyret i to perioder og kjenner meg igjen.",
            )
        ],
        cookie="Vi bruker informasjonskapsler for å gi deg en bedre brukeropplevelse.",
        cookie_button="Greit",
        footer="Fjordposten blogg · Innleggene står for bloggerens egen regning",
        authors=["Ingrid Haugen"],
        published="2025-01-27",
        shapes=[
            "site-blog",
            "article-p",
            "author-box",
            "date-end",
            "donation-box",
            "comments",
            "teasers-dated",
            "cookie-banner",
        ],
        must=[
            "I dag hører jeg heller om lange kvelder, truende meldinger i innboksen og en lønn som ikke står i "
            "forhold til ansvaret.",
            "Den avtroppende ordføreren, Knut Aasen, sa det rett ut da jeg snakket med ham forrige uke",
            "Kanskje er det på tide å diskutere om en kommune med 4000 innbyggere trenger en heltids ordfører i "
            "det hele tatt.",
        ],
        must_not=[
            "Støtt bloggen med et valgfritt beløp",
            "Jeg satt selv i kommunestyret i to perioder og kjenner meg igjen.",
            "Budsjettet som ingen ville snakke om",
            "Vi bruker informasjonskapsler for å gi deg en bedre brukeropplevelse.",
            "Innleggene står for bloggerens egen regning",
        ],
    )
)

# s15 -- Finnish business paper: "Julkaistu ... | Päivitetty ..." both shown, "Teksti: ... | Kuvat: ..."
# credits, a table of figures and a newsletter box in the story.
PAGES.append(
    page(
        id="s15-fi-saha-sulkee",
        url="https://www.talousviesti.example/yritykset/koivula-timber-sulkee-lahdenkylan-sahan/a/2025060412",
        language="fi",
        declared="fi",
        site="Talousviesti",
        title="Sahayhtiö Koivula Timber sulkee Lahdenkylän tehtaansa",
        nav=["Uutiset", "Yritykset", "Sijoittaminen", "Talous", "Työelämä", "Mielipiteet"],
        kicker="Metsäteollisuus",
        below=(
            '<div class="tekijat">Teksti: Antti Laaksonen | Kuvat: Heikki Virta</div>'
            '<div class="ajat"><span>Julkaistu 4.6.2025 8:30</span> | <span>Päivitetty 4.6.2025 11:02</span></div>'
        ),
        blocks=[
            FIG("", "Kuva: Heikki Virta", "saha.jpg", story=False),
            P(
                "Sahayhtiö Koivula Timber aikoo sulkea Lahdenkylän sahansa syyskuun loppuun mennessä. Yhtiö "
                "aloittaa tiistaina muutosneuvottelut, jotka koskevat 86 työntekijää."
            ),
            P(
                "Toimitusjohtaja Päivi Koivulan mukaan sahatavaran kysyntä Keski-Euroopassa on laskenut kahden "
                "vuoden ajan, eikä tehdasta ole enää kannattavaa pyörittää kahdessa vuorossa."
            ),
            TABLE(
                "Koivula Timber lukuina",
                ["", "2023", "2024"],
                ["Liikevaihto, milj. euroa", "212", "174"],
                ["Liiketulos, milj. euroa", "9,1", "−3,4"],
                ["Henkilöstö", "540", "505"],
            ),
            RAW(
                '<div class="uutiskirje"><p>Tilaa Talousviestin uutiskirje – päivän tärkeimmät talousuutiset '
                "sähköpostiisi joka aamu.</p><button>Tilaa</button></div>"
            ),
            P(
                "Lahdenkylän kunnanjohtaja Mikko Rantanen kutsuu päätöstä kovaksi iskuksi. Saha on kunnan suurin "
                "yksityinen työnantaja, ja sen vaikutus ulottuu kuljetusyrityksiin ja metsänomistajiin."
            ),
            P(
                "Yhtiö keskittää tuotantonsa Rautaniemen sahalle, jota laajennetaan ensi vuonna noin 15 miljoonalla "
                "eurolla."
            ),
        ],
        teasers_head="Luetuimmat",
        teasers=[
            ("Puun hinta kääntyi laskuun – metsänomistajat odottavat", "28.5.2025"),
            ("Kuljetusalan konkurssit lisääntyivät alkuvuonna", "2.6.2025"),
        ],
        cookie="Käytämme evästeitä sivuston toiminnan ja mainonnan kohdentamisen tukena.",
        cookie_button="Hyväksy",
        footer="Talousviesti Oy · Asiakaspalvelu · Tietosuojaseloste · Evästeasetukset",
        authors=["Antti Laaksonen"],
        published="2025-06-04",
        shapes=[
            "site-business",
            "article-p",
            "lists-tables",
            "byline-text",
            "photo-credit",
            "date-text",
            "first-and-updated",
            "newsletter-box",
            "teasers-dated",
            "cookie-banner",
        ],
        must=[
            "Yhtiö aloittaa tiistaina muutosneuvottelut, jotka koskevat 86 työntekijää.",
            "Liiketulos, milj. euroa",
            "Saha on kunnan suurin yksityinen työnantaja, ja sen vaikutus ulottuu kuljetusyrityksiin ja "
            "metsänomistajiin.",
            "Yhtiö keskittää tuotantonsa Rautaniemen sahalle, jota laajennetaan ensi vuonna noin 15 miljoonalla "
            "eurolla.",
        ],
        must_not=[
            "Päivitetty 4.6.2025 11:02",
            "Kuvat: Heikki Virta",
            "Tilaa Talousviestin uutiskirje – päivän tärkeimmät talousuutiset sähköpostiisi joka aamu.",
            "Puun hinta kääntyi laskuun – metsänomistajat odottavat",
            "Käytämme evästeitä sivuston toiminnan ja mainonnan kohdentamisen tukena.",
            "Asiakaspalvelu · Tietosuojaseloste",
        ],
    )
)

# s16 -- Hungarian national daily: year-first date with weekday, family-name-first byline, advert slot.
PAGES.append(
    page(
        id="s16-hu-gyogyfurdo",
        url="https://napihirlap.example/belfold/2024/11/ket-ev-utan-ujra-megnyilik-a-tiszareti-gyogyfurdo",
        language="hu",
        declared="hu",
        site="Napi Hírlap",
        title="Két év után újra megnyílik a tiszaréti gyógyfürdő",
        nav=["Belföld", "Külföld", "Gazdaság", "Sport", "Kultúra", "Vélemény"],
        kicker="Belföld",
        below=(
            '<div class="cikk-meta"><a class="szerzo" href="/szerzo/kovacs-eszter">Kovács Eszter</a>'
            '<span class="datum">2024. november 19., kedd 15:42</span></div>'
        ),
        blocks=[
            P(
                "Csaknem két év zárva tartás után december 2-án újra megnyílik a tiszaréti gyógyfürdő. A felújítás "
                "1,8 milliárd forintba került, amelynek nagyobb részét uniós pályázatból fedezték."
            ),
            P(
                "A régi, beázó csarnok helyén új, üvegtetős medencetér épült, a termálvizes medencék száma háromról "
                "ötre nőtt. Az épület fűtését mostantól részben a saját termálkút hőjével oldják meg."
            ),
            RAW(
                '<div class="hirdetes"><span class="hirdetes-cimke">Hirdetés</span>'
                '<a href="https://gumi.example">Téli gumiabroncsok akár 30% kedvezménnyel, ingyenes '
                "szereléssel</a></div>"
            ),
            P(
                "Szabó Gergely polgármester szerint a fürdő bezárása a helyi vendéglátósokat is megviselte. "
                "„Voltak panziók, amelyek a forgalmuk felét elvesztették, most végre fellélegezhetnek” – mondta "
                "lapunknak."
            ),
            P(
                "A belépőjegy ára felnőtteknek 3900 forint lesz, a helyi lakosok és a nyugdíjasok kedvezményt "
                "kapnak. Az első hétvégén a fürdő ingyenesen látogatható."
            ),
        ],
        teasers_head="Kapcsolódó cikkek",
        teasers=[
            ("Bezár a tiszaréti fürdő, két évig tart a felújítás", "2022. december 15."),
            ("Rekordot döntött a termálturizmus a nyáron", "2024. szeptember 3."),
        ],
        comments_head="Hozzászólások",
        comments=[("tiszai_pista", "2024. 11. 19. 16:20", "Végre! Gyerekkorom óta oda járunk a családdal.")],
        cookie=(
            "Weboldalunk sütiket használ a jobb felhasználói élmény érdekében. A részletekről adatkezelési "
            "tájékoztatónkban olvashat."
        ),
        cookie_button="Elfogadom",
        footer="Napi Hírlap Kiadó Kft. · Impresszum · Adatvédelem · Médiaajánlat",
        authors=["Kovács Eszter"],
        published="2024-11-19",
        shapes=[
            "site-national",
            "article-p",
            "byline-text",
            "byline-link",
            "date-text",
            "ad-slot",
            "comments",
            "teasers-dated",
            "cookie-banner",
        ],
        must=[
            "A felújítás 1,8 milliárd forintba került, amelynek nagyobb részét uniós pályázatból fedezték.",
            "Az épület fűtését mostantól részben a saját termálkút hőjével oldják meg.",
            "A belépőjegy ára felnőtteknek 3900 forint lesz, a helyi lakosok és a nyugdíjasok kedvezményt "
            "kapnak.",
        ],
        must_not=[
            "Téli gumiabroncsok akár 30% kedvezménnyel, ingyenes szereléssel",
            "Végre! Gyerekkorom óta oda járunk a családdal.",
            "Bezár a tiszaréti fürdő, két évig tart a felújítás",
            "Weboldalunk sütiket használ a jobb felhasználói élmény érdekében.",
            "Napi Hírlap Kiadó Kft.",
        ],
    )
)

# s17 -- Czech news site on a framework, declares English: two authors and a just-after-midnight local date
# (UTC day before) only in JSON-LD; video caption and a "Čtěte také" link in the story.
_s17_title = "Noční vichřice strhla střechu sportovní haly v Horním Březně"
PAGES.append(
    page(
        id="s17-cs-vichrice-hala",
        url="https://zpravydnes.example/domaci/nocni-vichrice-strhla-strechu-sportovni-haly.A250211_003012",
        language="cs",
        declared="en",
        site="Zprávy Dnes",
        style="hashed",
        title=_s17_title,
        head=jsonld(
            {
                "@context": "https://schema.org",
                "@graph": [
                    {"@type": "WebSite", "name": "Zprávy Dnes", "url": "https://zpravydnes.example/"},
                    {
                        "@type": "NewsArticle",
                        "headline": _s17_title,
                        "datePublished": "2025-02-11T00:30:00+01:00",
                        "author": [
                            {"@type": "Person", "name": "Tomáš Dvořák"},
                            {"@type": "Person", "name": "Lucie Benešová"},
                        ],
                    },
                ],
            }
        ),
        nav=["Domácí", "Zahraničí", "Ekonomika", "Sport", "Kultura", "Počasí"],
        kicker="Domácí",
        below='<div class="sc-5d6e7f">11. 2. 2025 0:30</div>',
        para="div",
        blocks=[
            P(
                "Silný vítr, který se v noci na úterý prohnal Vysočinou, strhl část střechy sportovní haly v Horním "
                "Březně. Nikdo nebyl zraněn, hala byla v tu dobu prázdná."
            ),
            RAW(
                '<div class="sc-8a9b0c"><video src="/v/hala.mp4" controls></video>'
                '<div class="sc-1c2d3e">Video: Podívejte se na záběry poškozené haly</div></div>'
            ),
            P(
                "Podle hasičů vítr v nárazech dosahoval až 120 kilometrů za hodinu. Plechové díly střechy dopadly "
                "na parkoviště u haly a poškodily tři zaparkovaná auta."
            ),
            P(
                "Starostka Jana Horáková uvedla, že město nechá halu do odvolání uzavřít. „Statik ji musí "
                "prohlédnout ještě dnes, teprve pak budeme vědět, jak velká je škoda,“ řekla."
            ),
            RAW(
                '<div class="sc-4f5a6b">Čtěte také: <a href="/domaci/meteorologove-varuji-pred-vetrem">'
                "Meteorologové varují před dalším silným větrem</a></div>"
            ),
            P(
                "Místní florbalový oddíl musí tréninky přesunout do tělocvičny základní školy. Víkendový turnaj "
                "mládeže byl zrušen."
            ),
            P(
                "Škodu na hale odhadují radnice i pojišťovna zatím na několik milionů korun. Hala byla postavena "
                "teprve před osmi lety a střecha prošla kontrolou loni na podzim."
            ),
        ],
        teasers_head="Další zprávy",
        teasers=[
            ("Na Vysočině napadlo až dvacet centimetrů sněhu", "6. 2. 2025"),
            ("Horní Březno opraví náměstí za 40 milionů", "28. 1. 2025"),
        ],
        cookie=(
            "Tento web používá soubory cookie k poskytování služeb, personalizaci reklam a analýze návštěvnosti."
        ),
        cookie_button="Souhlasím",
        footer="© 2025 Zprávy Dnes, a.s. · Všechna práva vyhrazena · Kontakty",
        next_data={"props": {"pageProps": {"id": "A250211_003012", "section": "domaci"}}},
        authors=["Tomáš Dvořák", "Lucie Benešová"],
        published="2025-02-11T00:30:00+01:00",
        shapes=[
            "site-national",
            "jsonld",
            "jsonld-graph",
            "jsonld-authors",
            "local-offset",
            "embed-video",
            "read-also-inline",
            "teasers-dated",
            "cookie-banner",
        ],
        must=[
            "Nikdo nebyl zraněn, hala byla v tu dobu prázdná.",
            "Plechové díly střechy dopadly na parkoviště u haly a poškodily tři zaparkovaná auta.",
            "Starostka Jana Horáková uvedla, že město nechá halu do odvolání uzavřít.",
            "Víkendový turnaj mládeže byl zrušen.",
        ],
        must_not=[
            "Video: Podívejte se na záběry poškozené haly",
            "Meteorologové varují před dalším silným větrem",
            "Na Vysočině napadlo až dvacet centimetrů sněhu",
            "Tento web používá soubory cookie k poskytování služeb",
            "© 2025 Zprávy Dnes, a.s. · Všechna práva vyhrazena",
        ],
    )
)

# s18 -- Romanian tabloid: weekday date, "Autor:" byline, two adverts and a "Citește și" link in the story,
# comments.
PAGES.append(
    page(
        id="s18-ro-sofer-viteza",
        url="https://senzational.example/stiri/sofer-prins-cu-210-km-h-pe-centura-1187422",
        language="ro",
        declared="ro",
        site="Senzațional",
        title="Șofer prins cu 210 km/h pe centura orașului Valea Nouă",
        nav=["Știri", "Monden", "Sport", "Horoscop", "Video", "Vedete"],
        kicker="EXCLUSIV",
        below=(
            '<div class="meta"><span class="autor">Autor: Cristina Popescu</span> | '
            '<span class="data">Luni, 16 decembrie 2024, 21:05</span></div>'
        ),
        blocks=[
            P(
                "Un șofer de 24 de ani a fost prins duminică noaptea circulând cu 210 kilometri pe oră pe centura "
                "orașului Valea Nouă, unde limita legală este de 70 km/h."
            ),
            P(
                "Tânărul conducea un autoturism de lux închiriat cu doar câteva ore înainte. Polițiștii l-au oprit "
                "după o urmărire de aproape zece kilometri, cu sprijinul unui echipaj aflat în zona podului de la "
                "Crângu."
            ),
            RAW(
                '<p class="citeste-si"><strong>Citește și:</strong> <a href="/stiri/radar-nou-dn88">Radar nou pe '
                "DN 88: unde au fost montate camerele</a></p>"
            ),
            P(
                "Acesta a rămas fără permis pentru 90 de zile și a primit o amendă de peste 2.000 de lei. "
                "Polițiștii au deschis și un dosar penal, după ce testul antidrog a ieșit pozitiv."
            ),
            RAW(
                '<div class="publicitate"><small>Publicitate</small><a href="https://casino.example">'
                "Rotiri gratuite la prima depunere – joacă responsabil!</a></div>"
            ),
            P(
                "Potrivit martorilor, mașina trecuse cu puțin timp înainte pe lângă o stație de autobuz unde "
                "așteptau mai mulți elevi. „A trecut ca un glonț, nici n-am apucat să ne dăm seama ce a fost”, a "
                "povestit o femeie."
            ),
        ],
        teasers_head="Cele mai citite",
        teasers=[
            ("Ce a făcut o vedetă după ce a fost prinsă fără centură", "12 decembrie 2024"),
            ("Accident grav la intrarea în Valea Nouă", "9 decembrie 2024"),
        ],
        comments_head="Comentarii (48)",
        comments=[
            ("ionut_vn", "16.12.2024 21:40", "Să-i ia permisul definitiv, nu pentru 90 de zile!"),
            ("Maria", "16.12.2024 22:03", "Noroc că nu era nimeni pe trecere."),
        ],
        cookie=(
            "Folosim cookie-uri pentru a personaliza conținutul și reclamele. Continuarea navigării reprezintă "
            "acordul tău."
        ),
        cookie_button="Sunt de acord",
        footer="Senzațional © 2024 · Toate drepturile rezervate · Termeni și condiții",
        authors=["Cristina Popescu"],
        published="2024-12-16",
        shapes=[
            "site-tabloid",
            "article-p",
            "byline-text",
            "date-text",
            "read-also-inline",
            "ad-slot",
            "comments",
            "teasers-dated",
            "cookie-banner",
        ],
        must=[
            "Un șofer de 24 de ani a fost prins duminică noaptea circulând cu 210 kilometri pe oră pe centura "
            "orașului Valea Nouă, unde limita legală este de 70 km/h.",
            "Tânărul conducea un autoturism de lux închiriat cu doar câteva ore înainte.",
            "Polițiștii au deschis și un dosar penal, după ce testul antidrog a ieșit pozitiv.",
        ],
        must_not=[
            "Să-i ia permisul definitiv, nu pentru 90 de zile!",
            "Radar nou pe DN 88: unde au fost montate camerele",
            "Rotiri gratuite la prima depunere – joacă responsabil!",
            "Ce a făcut o vedetă după ce a fost prinsă fără centură",
            "Folosim cookie-uri pentru a personaliza conținutul și reclamele.",
            "Toate drepturile rezervate · Termeni și condiții",
        ],
    )
)

# s19 -- Turkish daily in an ASP.NET form: "Giriş" and "Güncelleme" both shown, "Name | role" byline, an
# "İlgili Haber" link in the story.
PAGES.append(
    page(
        id="s19-tr-kiyi-yolu",
        url="https://www.egegundem.example/haber/deniztepe-de-kiyi-yolu-yayalara-aciliyor-1093312.aspx",
        language="tr",
        declared="tr",
        site="Ege Gündem",
        style="aspnet",
        title="Deniztepe'de kıyı yolu hafta sonları yayalara açılıyor",
        nav=["Gündem", "Ekonomi", "Spor", "Yaşam", "Yazarlar", "Galeri"],
        kicker="YEREL",
        below=(
            '<div class="muhabir">Zeynep Aksoy | Deniztepe Muhabiri</div>'
            '<div class="tarih"><span>Giriş: 08.01.2025 10:05</span> | <span>Güncelleme: 08.01.2025 14:27</span>'
            "</div>"
        ),
        blocks=[
            P(
                "Deniztepe Belediyesi, sahil boyunca uzanan Kordonaltı Caddesi'ni hafta sonları araç trafiğine "
                "kapatma kararı aldı. Uygulama şubat ayının ilk cumartesi gününden itibaren başlayacak."
            ),
            P(
                'Belediye Başkanı Selim Karaca, kararın bir yıl boyunca deneneceğini söyledi. Karaca, "Sahil '
                'arabaların değil insanların olmalı. Esnafımızla birlikte sonuçları takip edeceğiz" dedi.'
            ),
            RAW(
                '<div class="ilgili-haber"><span>İLGİLİ HABER</span> <a href="/haber/otopark-ucretleri">'
                "Deniztepe'de otopark ücretlerine yüzde 40 zam</a></div>"
            ),
            P(
                "Cadde üzerindeki 40'a yakın kafe ve restoranın bir kısmı karara tepki gösterdi. Esnaf derneği "
                "başkanı Murat Özdemir, müşterilerin otopark bulamayacağı için ilçeye gelmekten vazgeçebileceğini "
                "öne sürdü."
            ),
            P(
                "Belediye ise yakındaki pazar yerinin hafta sonları ücretsiz otopark olarak kullanılacağını ve ring "
                "seferlerinin sıklaştırılacağını açıkladı."
            ),
        ],
        teasers_head="Son Dakika",
        teasers=[
            ("Körfezde balıkçı teknesi karaya oturdu", "05.01.2025"),
            ("Deniztepe'ye yeni kreş müjdesi", "03.01.2025"),
        ],
        cookie=(
            "Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için Çerez Politikası'nı inceleyebilirsiniz."
        ),
        cookie_button="Kabul Et",
        footer="Ege Gündem © 2025 · Tüm hakları saklıdır · Künye · İletişim",
        authors=["Zeynep Aksoy"],
        published="2025-01-08",
        shapes=[
            "site-national",
            "article-p",
            "byline-text",
            "byline-role",
            "date-text",
            "first-and-updated",
            "read-also-inline",
            "teasers-dated",
            "cookie-banner",
        ],
        must=[
            "Uygulama şubat ayının ilk cumartesi gününden itibaren başlayacak.",
            "Esnaf derneği başkanı Murat Özdemir, müşterilerin otopark bulamayacağı için ilçeye gelmekten "
            "vazgeçebileceğini öne sürdü.",
            "Belediye ise yakındaki pazar yerinin hafta sonları ücretsiz otopark olarak kullanılacağını",
        ],
        must_not=[
            "Güncelleme: 08.01.2025 14:27",
            "Deniztepe'de otopark ücretlerine yüzde 40 zam",
            "Körfezde balıkçı teknesi karaya oturdu",
            "Sitemizde çerezler kullanılmaktadır.",
            "Tüm hakları saklıdır",
        ],
    )
)

# s20 -- Greek company press release on a site that declares English: dateline with genitive month before the
# text, unsigned, "about the company" boilerplate and press contact after it.
PAGES.append(
    page(
        id="s20-el-deltio-typou",
        url="https://www.pharos-energeia.example/el/media/deltia-typou/ybridikos-stathmos-lefkonisou",
        language="el",
        declared="en",
        site="Φάρος Ενέργεια",
        title="Η Φάρος Ενέργεια εγκαινιάζει τον πρώτο υβριδικό σταθμό αποθήκευσης ενέργειας στη Λευκόνησο",
        doc_title="Δελτία Τύπου - Φάρος Ενέργεια Α.Ε.",
        nav=["Η εταιρεία", "Δραστηριότητες", "Βιωσιμότητα", "Επενδυτές", "Media", "Καριέρα"],
        breadcrumbs=["Αρχική", "Media", "Δελτία Τύπου"],
        kicker="Δελτίο Τύπου",
        below='<p class="dateline">Αθήνα, 22 Μαΐου 2025</p>',
        blocks=[
            P(
                "Η Φάρος Ενέργεια Α.Ε. ανακοινώνει την έναρξη λειτουργίας του πρώτου υβριδικού σταθμού παραγωγής "
                "και αποθήκευσης ενέργειας στη Λευκόνησο. Ο σταθμός συνδυάζει φωτοβολταϊκό πάρκο ισχύος 12 MW με "
                "συστοιχία μπαταριών χωρητικότητας 30 MWh."
            ),
            P(
                "Η επένδυση, ύψους 38 εκατ. ευρώ, θα καλύπτει έως και το 60% των ετήσιων αναγκών του νησιού σε "
                "ηλεκτρική ενέργεια, μειώνοντας σημαντικά τη χρήση του τοπικού πετρελαϊκού σταθμού."
            ),
            P(
                "«Τα νησιά μας μπορούν να γίνουν πρότυπο ενεργειακής αυτονομίας για όλη τη Μεσόγειο», δήλωσε ο "
                "Διευθύνων Σύμβουλος της εταιρείας, Νικόλαος Παπαδάκης."
            ),
            P(
                "Κατά την κατασκευή απασχολήθηκαν περισσότεροι από 120 εργαζόμενοι, οι μισοί από τους οποίους "
                "κάτοικοι του νησιού. Η εταιρεία θα διατηρήσει μόνιμο συνεργείο συντήρησης με έξι τεχνικούς."
            ),
        ],
        after=(
            '<div class="boilerplate"><h3>Σχετικά με τη Φάρος Ενέργεια</h3><p>Η Φάρος Ενέργεια Α.Ε. '
            "δραστηριοποιείται από το 2008 στην παραγωγή ενέργειας από ανανεώσιμες πηγές και διαχειρίζεται "
            "σταθμούς συνολικής ισχύος 410 MW.</p></div>"
            '<div class="press-contact"><p>Για περισσότερες πληροφορίες: Γραφείο Τύπου, '
            "press@pharos-energeia.example</p></div>"
        ),
        teasers_head="Πρόσφατα Δελτία Τύπου",
        teasers=[
            ("Οικονομικά αποτελέσματα α΄ τριμήνου 2025", "15 Μαΐου 2025"),
            ("Νέα συνεργασία για φόρτιση ηλεκτρικών οχημάτων στα λιμάνια", "2 Απριλίου 2025"),
        ],
        cookie=(
            "Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας στον ιστότοπό μας. Μάθετε περισσότερα "
            "στην Πολιτική Cookies."
        ),
        cookie_button="Αποδοχή",
        footer="© 2025 Φάρος Ενέργεια Α.Ε. Με την επιφύλαξη παντός δικαιώματος.",
        authors=[],
        published="2025-05-22",
        shapes=[
            "site-press-release",
            "article-p",
            "breadcrumbs",
            "unsigned",
            "date-text",
            "dateline",
            "boilerplate",
            "teasers-dated",
            "cookie-banner",
        ],
        must=[
            "Ο σταθμός συνδυάζει φωτοβολταϊκό πάρκο ισχύος 12 MW με συστοιχία μπαταριών χωρητικότητας 30 MWh.",
            "Η επένδυση, ύψους 38 εκατ. ευρώ, θα καλύπτει έως και το 60% των ετήσιων αναγκών του νησιού σε "
            "ηλεκτρική ενέργεια",
            "Κατά την κατασκευή απασχολήθηκαν περισσότεροι από 120 εργαζόμενοι, οι μισοί από τους οποίους "
            "κάτοικοι του νησιού.",
        ],
        must_not=[
            "δραστηριοποιείται από το 2008 στην παραγωγή ενέργειας από ανανεώσιμες πηγές",
            "Για περισσότερες πληροφορίες: Γραφείο Τύπου",
            "Οικονομικά αποτελέσματα α΄ τριμήνου 2025",
            "Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας στον ιστότοπό μας.",
            "Με την επιφύλαξη παντός δικαιώματος.",
        ],
    )
)

# s21 -- Russian business paper: two authors in a visible line, a <time datetime> whose visible text has no
# year, a "Читайте также" link and a newsletter box in the story.
PAGES.append(
    page(
        id="s21-ru-hlebokombinat",
        url="https://delkurier.example/business/2025/04/17/zarechinskiy-hlebokombinat-prodadut",
        language="ru",
        declared="ru",
        site="Деловой курьер",
        title="Заречинский хлебокомбинат продадут за 1,4 млрд рублей",
        nav=["Бизнес", "Финансы", "Политика", "Недвижимость", "Технологии", "Мнения"],
        kicker="Сделка",
        below=(
            '<div class="article-authors">Ирина Соколова, Дмитрий Орлов</div>'
            '<time class="article-date" datetime="2025-04-17T09:12:00+03:00">17 апреля, 09:12</time>'
        ),
        blocks=[
            P(
                "Совладельцы Заречинского хлебокомбината договорились о продаже предприятия региональной сети "
                "пекарен «Колосок». Сумма сделки составит около 1,4 млрд рублей, рассказали «Деловому курьеру» два "
                "источника, знакомых с условиями соглашения."
            ),
            P(
                "Хлебокомбинат — крупнейший производитель хлеба в области: он выпускает около 120 тонн продукции в "
                "сутки и снабжает больше тысячи магазинов. В прошлом году его выручка выросла на 9%, до 3,2 млрд "
                "рублей."
            ),
            RAW(
                '<p class="read-also">Читайте также: <a href="/business/2025/03/ceny-na-muku">Цены на муку '
                "выросли на 15% с начала года</a></p>"
            ),
            P(
                "Покупатель намерен сохранить бренд и весь персонал, а также вложить 300 млн рублей в новую линию "
                "для выпечки замороженных полуфабрикатов, сообщил представитель «Колоска»."
            ),
            RAW(
                '<div class="subscribe-box">Подпишитесь на нашу рассылку «Деньги и рынки» — главное о бизнесе '
                "каждое утро</div>"
            ),
            P(
                "Сделку еще должна одобрить антимонопольная служба. Аналитик инвестиционной компании «Вектор "
                "Капитал» Павел Громов считает, что одобрение будет получено без проблем, поскольку доля "
                "объединенной компании на рынке области не превысит 35%."
            ),
        ],
        teasers_head="Главное",
        teasers=[
            ("Региональные пекарни просят отсрочку по налогам", "3 апреля"),
            ("Производители молока повысили отпускные цены", "10 апреля"),
        ],
        cookie="Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь.",
        cookie_button="Хорошо",
        footer="© АО «Деловой курьер», 2025. Все права защищены. 18+",
        authors=["Ирина Соколова", "Дмитрий Орлов"],
        published="2025-04-17T09:12:00+03:00",
        shapes=[
            "site-business",
            "article-p",
            "byline-text",
            "time-datetime",
            "date-no-year",
            "read-also-inline",
            "newsletter-box",
            "teasers-dated",
            "cookie-banner",
        ],
        must=[
            "Сумма сделки составит около 1,4 млрд рублей, рассказали «Деловому курьеру» два источника, знакомых "
            "с условиями соглашения.",
            "Хлебокомбинат — крупнейший производитель хлеба в области: он выпускает около 120 тонн продукции в "
            "сутки и снабжает больше тысячи магазинов.",
            "Сделку еще должна одобрить антимонопольная служба.",
        ],
        must_not=[
            "Цены на муку выросли на 15% с начала года",
            "Подпишитесь на нашу рассылку «Деньги и рынки»",
            "Региональные пекарни просят отсрочку по налогам",
            "Мы используем файлы cookie, чтобы сайт работал лучше.",
            "© АО «Деловой курьер», 2025. Все права защищены.",
        ],
    )
)

# s22 -- Ukrainian public broadcaster on a framework site, no declared language: "Name, role" byline, date
# with inflected month, a "Читайте також" link and a channel box in the story.
PAGES.append(
    page(
        id="s22-uk-pidzemna-shkola",
        url="https://podillia.radiohromada.example/news/u-bereznianskii-hromadi-vidkryly-pidzemnu-shkolu",
        language="uk",
        declared=None,
        site="Радіо Громада. Поділля",
        style="hashed",
        hash_prefix="x-",
        title="У Березнянській громаді відкрили підземну школу на 600 учнів",
        nav=["Новини", "Війна", "Громади", "Культура", "Спорт", "Радіо"],
        below=(
            '<div class="x-a1b2c3">Олена Марченко, кореспондентка</div>'
            '<div class="x-d4e5f6">12 березня 2025, 19:40</div>'
        ),
        para="div",
        blocks=[
            P(
                "У Березнянській громаді запрацювала підземна школа, розрахована на 600 учнів. Навчання тут "
                "відбуватиметься у дві зміни, а під час повітряної тривоги уроки не перериватимуться."
            ),
            P(
                "Будівництво тривало вісім місяців і коштувало 94 мільйони гривень. Більшу частину коштів виділив "
                "державний бюджет, решту — громада та міжнародні партнери."
            ),
            RAW(
                '<div class="x-0a9b8c">Читайте також: <a href="/news/shkilni-avtobusy">Громади області отримали '
                "шість нових шкільних автобусів</a></div>"
            ),
            P(
                "«Діти нарешті зможуть учитися разом, а не перед екраном. Для нас це важливіше за будь-які "
                "ремонти», — сказала директорка ліцею Наталія Кравчук."
            ),
            P(
                "У школі є дванадцять класів, їдальня, медичний кабінет і кімната психологічної підтримки. "
                "Приміщення обладнане власною системою вентиляції та генератором."
            ),
            P(
                "Батьки учнів з віддалених сіл просять запустити додатковий шкільний автобус, адже нинішній маршрут "
                "не встигає довезти всіх дітей до першого уроку."
            ),
            RAW(
                '<div class="x-7d6e5f">Підписуйтеся на наш канал, щоб першими дізнаватися новини громад</div>'
            ),
        ],
        teasers_head="Інші новини",
        teasers=[
            ("На трасі біля Березного ремонтують міст", "5 березня 2025"),
            ("Обласна бібліотека збирає книжки для військових", "28 лютого 2025"),
        ],
        cookie="Ми використовуємо файли cookie, щоб покращити роботу сайту.",
        cookie_button="Зрозуміло",
        footer="Радіо Громада · Усі права захищено · Редакційна політика",
        next_data={"props": {"pageProps": {"newsId": 771245, "region": "podillia"}}},
        authors=["Олена Марченко"],
        published="2025-03-12",
        shapes=[
            "site-public-broadcaster",
            "byline-text",
            "byline-role",
            "date-text",
            "read-also-inline",
            "promo-box",
            "teasers-dated",
            "cookie-banner",
        ],
        must=[
            "Навчання тут відбуватиметься у дві зміни, а під час повітряної тривоги уроки не перериватимуться.",
            "Будівництво тривало вісім місяців і коштувало 94 мільйони гривень.",
            "У школі є дванадцять класів, їдальня, медичний кабінет і кімната психологічної підтримки.",
        ],
        must_not=[
            "Громади області отримали шість нових шкільних автобусів",
            "Підписуйтеся на наш канал, щоб першими дізнаватися новини громад",
            "На трасі біля Березного ремонтують міст",
            "Ми використовуємо файли cookie, щоб покращити роботу сайту.",
            "Усі права захищено · Редакційна політика",
        ],
    )
)

# s23 -- Bulgarian regional paper's photo gallery: the story told in captions, each with a photo credit;
# "Автор:" and "Снимки:" credits; the date with "г." and "ч.".
PAGES.append(
    page(
        id="s23-bg-praznik-vinoto",
        url="https://dunavskiglas.example/galerii/praznik-na-vinoto-v-belorechie-11823",
        language="bg",
        declared="bg",
        site="Дунавски глас",
        title="Фотогалерия: Празникът на виното в Белоречие събра хиляди гости",
        nav=["Новини", "Регион", "Култура", "Спорт", "Галерии", "Обяви"],
        kicker="Галерия",
        below=(
            '<div class="meta"><span>Автор: Николай Петков</span> · <span>Снимки: Георги Илиев</span> · '
            "<span>29.10.2024 г., 18:25 ч.</span></div>"
        ),
        lead=(
            "Над три хиляди души посетиха през уикенда традиционния Празник на виното в Белоречие. Двадесет и две "
            "местни изби представиха новата си реколта, а програмата продължи до късно вечерта."
        ),
        blocks=[
            FIG(
                "Кметът Стефан Димов откри празника с ритуално наливане на първото вино от новата реколта.",
                "Снимка: Георги Илиев",
                "vino1.jpg",
            ),
            FIG(
                "Най-голяма опашка имаше пред щанда на семейната изба „Три дъба“, която тази година спечели и "
                "наградата на журито.",
                "Снимка: Георги Илиев",
                "vino2.jpg",
            ),
            FIG(
                "Деца от читалище „Светлина“ изпълниха народни танци на площада пред общината.",
                "Снимка: Георги Илиев",
                "vino3.jpg",
            ),
            FIG(
                "Посетителите можеха да опитат и традиционни ястия, приготвени от местните читалища и ресторанти.",
                "Снимка: Георги Илиев",
                "vino5.jpg",
            ),
            FIG(
                "Най-малките гости се забавляваха с тъпкане на грозде в голямо дървено корито.",
                "Снимка: Георги Илиев",
                "vino6.jpg",
            ),
            FIG(
                "Вечерта завърши с концерт на духов оркестър и заря над реката.",
                "Снимка: Георги Илиев",
                "vino4.jpg",
            ),
        ],
        teasers_head="Още галерии",
        teasers=[
            ("Есенен панаир на занаятите в Белоречие", "14.10.2024 г."),
            ("Гроздоберът започна по-рано заради сушата", "02.09.2024 г."),
        ],
        comments_head="Коментари",
        comments=[("Веско", "29.10.2024 г., 20:11", "Страхотна атмосфера, догодина пак ще дойдем!")],
        cookie="Този сайт използва бисквитки, за да подобри вашето преживяване.",
        cookie_button="Приемам",
        footer="© Дунавски глас 2024. Всички права запазени.",
        authors=["Николай Петков"],
        published="2024-10-29",
        shapes=[
            "site-regional",
            "gallery",
            "byline-text",
            "photo-credit",
            "date-text",
            "comments",
            "teasers-dated",
            "cookie-banner",
        ],
        must=[
            "Двадесет и две местни изби представиха новата си реколта, а програмата продължи до късно вечерта.",
            "Кметът Стефан Димов откри празника с ритуално наливане на първото вино от новата реколта.",
            "Най-голяма опашка имаше пред щанда на семейната изба „Три дъба“, която тази година спечели и "
            "наградата на журито.",
            "Вечерта завърши с концерт на духов оркестър и заря над реката.",
        ],
        must_not=[
            "Снимка: Георги Илиев",
            "Страхотна атмосфера, догодина пак ще дойдем!",
            "Есенен панаир на занаятите в Белоречие",
            "Този сайт използва бисквитки, за да подобри вашето преживяване.",
            "© Дунавски глас 2024. Всички права запазени.",
        ],
    )
)

# s24 -- Serbian (Latin) portal on a framework site, no declared language: weekday date with trailing dot,
# "Autor:" byline, "Pročitajte još" link inside the story, comments.
PAGES.append(
    page(
        id="s24-sr-dom-zdravlja",
        url="https://podunavlje-novosti.example/vesti/ravniste-dobija-novu-zgradu-doma-zdravlja",
        language="sr",
        declared=None,
        site="Novosti Podunavlja",
        style="hashed",
        hash_prefix="jsx-",
        title="Ravnište dobija novu zgradu doma zdravlja do kraja godine",
        nav=["Vesti", "Region", "Ekonomija", "Sport", "Kultura", "Zanimljivosti"],
        below=(
            '<div class="jsx-91a2b3">Autor: Jelena Marković</div>'
            '<div class="jsx-c4d5e6">Ponedeljak, 24. mart 2025. 13:48</div>'
        ),
        blocks=[
            P(
                "Radovi na izgradnji novog doma zdravlja u Ravništu ušli su u završnu fazu, a zgrada bi pacijente "
                "trebalo da primi do kraja godine. Investicija vredna 640 miliona dinara finansira se iz "
                "republičkog budžeta i sredstava opštine."
            ),
            P(
                "Nova zgrada imaće četiri sprata, službu hitne pomoći sa posebnim ulazom i savremenu laboratoriju. "
                "Stari dom zdravlja, izgrađen sedamdesetih godina, odavno ne zadovoljava potrebe oko 35.000 "
                "stanovnika."
            ),
            RAW(
                '<div class="jsx-f7a8b9">Pročitajte još: <a href="/vesti/bolnica-nova-oprema">Opšta bolnica '
                "dobila novi skener vredan 90 miliona</a></div>"
            ),
            P(
                "„Pacijenti danas čekaju na hodnicima, a lekari rade u kancelarijama od devet kvadrata. To će "
                "konačno biti prošlost“, rekla je direktorka doma zdravlja dr Milica Stojanović."
            ),
            P(
                "Opština je najavila i raspisivanje konkursa za zapošljavanje dvanaest novih lekara, kako bi se "
                "skratile liste čekanja na preglede kod specijalista."
            ),
        ],
        teasers_head="Najnovije",
        teasers=[
            ("Ravnište: počinje rekonstrukcija glavne ulice", "17. mart 2025."),
            ("Sajam poljoprivrede okupio 200 izlagača", "10. mart 2025."),
        ],
        comments_head="Komentari (7)",
        comments=[
            (
                "Dragan",
                "24.03.2025. 15:02",
                "Samo da ne bude kao sa bazenom, koji se gradi već deset godina.",
            ),
        ],
        cookie="Ovaj sajt koristi kolačiće kako bi vam pružio bolje korisničko iskustvo.",
        cookie_button="Prihvatam",
        footer="Novosti Podunavlja © 2025 · Sva prava zadržana · Impresum",
        next_data={"props": {"pageProps": {"slug": "ravniste-dobija-novu-zgradu-doma-zdravlja"}}},
        authors=["Jelena Marković"],
        published="2025-03-24",
        shapes=[
            "site-regional",
            "article-p",
            "byline-text",
            "date-text",
            "read-also-inline",
            "comments",
            "teasers-dated",
            "cookie-banner",
        ],
        must=[
            "Radovi na izgradnji novog doma zdravlja u Ravništu ušli su u završnu fazu, a zgrada bi pacijente "
            "trebalo da primi do kraja godine.",
            "Stari dom zdravlja, izgrađen sedamdesetih godina, odavno ne zadovoljava potrebe oko 35.000 "
            "stanovnika.",
            "Opština je najavila i raspisivanje konkursa za zapošljavanje dvanaest novih lekara",
        ],
        must_not=[
            "Samo da ne bude kao sa bazenom, koji se gradi već deset godina.",
            "Opšta bolnica dobila novi skener vredan 90 miliona",
            "Ravnište: počinje rekonstrukcija glavne ulice",
            "Ovaj sajt koristi kolačiće kako bi vam pružio bolje korisničko iskustvo.",
            "Sva prava zadržana · Impresum",
        ],
    )
)
