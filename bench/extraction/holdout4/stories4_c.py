# ruff: noqa: RUF001, RUF003
"""Pages q25-q36 of the fourth held-out set: Slovak, Croatian, Bulgarian, Russian, Greek, Catalan,
Vietnamese, Japanese, Korean, Chinese, Hebrew, Ukrainian."""

from __future__ import annotations

from kit4 import Page, Site, build, ld, og

PAGES: list[Page] = []

# --- q25 sk declared cs: "7. mája 2024 o 10:20" before "Autor:", "Prečítajte si aj" -------------------------

KAMENEC = Site(
    name="Kamenecký denník",
    domain="kamenecky-dennik.example",
    nav=["Správy", "Región", "Slovensko", "Ekonomika", "Šport", "Kultúra", "Inzercia"],
    cookie="Na zlepšenie našich služieb používame súbory cookies. Súhlasíte s ich používaním?",
    cookie_ok="Súhlasím",
    footer="© 2024 Kamenecký denník, s. r. o. Všetky práva vyhradené.",
    footer_links=["Redakcia", "Kontakt", "Ochrana súkromia", "Reklama"],
    search="Hľadať",
    skip="Prejsť na obsah",
    share="Zdieľať",
    related="Súvisiace články",
    comments="Diskusia",
    most_read="Najčítanejšie",
    most_read_items=["Na sídlisku pribudne nové ihrisko"],
)
PAGES.append(
    build(
        id="q25-sk-declared-cs-date-text-o-autor",
        site=KAMENEC,
        url="https://www.kamenecky-dennik.example/region/cyklochodnik-popri-rieke-otvoreny-12044",
        language="sk",
        declared="cs",
        title="Cyklochodník popri rieke je hotový, spojil mesto s tromi obcami",
        authors=["Martin Kováčik"],
        published="2024-05-07",
        shapes=["date-text", "byline-text", "lang-wrong", "read-also-inline", "article-p"],
        kicker="Región",
        meta_top=(
            '<div class="date">7. mája 2024 o 10:20</div>'
            '<div class="author">Autor: <a href="/autor/martin-kovacik">Martin Kováčik</a></div>'
        ),
        blocks=[
            (
                "p",
                "Nový cyklochodník pozdĺž rieky Slatinky je od utorka otvorený pre verejnosť. Meria takmer jedenásť "
                "kilometrov a spája Kamenec s obcami Dolné Lúky, Hrabiny a Podháj.",
            ),
            (
                "p",
                "Stavba stála 2,3 milióna eur a väčšinu nákladov pokryli eurofondy. Chodník má asfaltový povrch, "
                "osvetlenie pri obciach a tri oddychové miesta s lavičkami a stojanmi na bicykle.",
            ),
            (
                "box",
                '<div class="read-also">Prečítajte si aj: <a href="/region/most-cez-slatinku">'
                "Starý most cez Slatinku čaká rekonštrukcia</a></div>",
            ),
            (
                "p",
                "„Ľudia z obcí teraz môžu bezpečne dochádzať do práce aj do školy na bicykli a nemusia jazdiť po "
                "frekventovanej ceste,“ povedal primátor Kamenca Juraj Hlaváč.",
            ),
            (
                "p",
                "V lete chce mesto na trase otvoriť aj sezónnu požičovňu bicyklov. Na jeseň má pribudnúť "
                "napojenie na železničnú stanicu.",
            ),
        ],
        related=(
            ("Výstavba cyklochodníka sa začne na jar", "12. februára 2023", "2023-02-12T09:00:00+01:00"),
        ),
        comments=(
            (
                "Zuzka B.",
                "7. mája 2024 o 12:05",
                "2024-05-07T12:05:00+02:00",
                "Už som ho vyskúšala, je super.",
            ),
        ),
        must=[
            "Nový cyklochodník pozdĺž rieky Slatinky je od utorka otvorený pre verejnosť.",
            "Stavba stála 2,3 milióna eur a väčšinu nákladov pokryli eurofondy.",
            "V lete chce mesto na trase otvoriť aj sezónnu požičovňu bicyklov.",
        ],
        must_not=[
            "Starý most cez Slatinku čaká rekonštrukcia",
            "Už som ho vyskúšala, je super.",
            "Výstavba cyklochodníka sa začne na jar",
            "Na zlepšenie našich služieb používame súbory cookies.",
            "© 2024 Kamenecký denník, s. r. o. Všetky práva vyhradené.",
        ],
    )
)

# --- q26 hr: photo gallery in captions, "Piše:", "Objavljeno: 15. srpnja 2024. u 20:45" -------------------------

JADRAN = Site(
    name="Jadranski list",
    domain="jadranskilist.example",
    nav=["Vijesti", "Županija", "Hrvatska", "Sport", "Kultura", "Galerije", "Lifestyle"],
    cookie="Koristimo kolačiće kako bismo vam pružili najbolje iskustvo na našoj web stranici.",
    cookie_ok="Prihvaćam",
    footer="© 2024 Jadranski list d.o.o. Sva prava pridržana. Zabranjeno preuzimanje sadržaja bez dozvole.",
    footer_links=["Impressum", "Kontakt", "Uvjeti korištenja", "Oglašavanje"],
    search="Pretraži",
    skip="Preskoči na sadržaj",
    share="Podijeli",
    related="Još galerija",
    comments="Komentari",
    most_read="Najčitanije",
    most_read_items=["Trajekt kasni zbog bure"],
)
PAGES.append(
    build(
        id="q26-hr-gallery-figcaptions-date-text-pise",
        site=JADRAN,
        url="https://www.jadranskilist.example/galerije/vecer-klapa-na-rivi-uskolje-88123",
        language="hr",
        declared="hr",
        title="FOTO: Večer klapa na rivi okupila tisuće posjetitelja",
        authors=["Ivana Matić"],
        published="2024-07-15",
        shapes=["gallery", "figcaption", "photo-credit", "date-text", "byline-text"],
        kicker="Galerija",
        meta_top=(
            '<div class="author">Piše: <strong>Ivana Matić</strong></div>'
            '<div class="published">Objavljeno: 15. srpnja 2024. u 20:45</div>'
        ),
        blocks=[
            (
                "lead",
                "Dvanaest klapa iz cijele Dalmacije nastupilo je u ponedjeljak navečer na rivi u Uskolju, na "
                "tradicionalnoj ljetnoj večeri klapskog pjevanja.",
            ),
            (
                "fig",
                "Riva je bila puna već sat vremena prije početka, a mnogi su koncert pratili s brodica usidrenih u "
                "luci.",
                "Foto: Ante Perić / Jadranski list",
            ),
            (
                "fig",
                "Domaća klapa Škoj otvorila je večer pjesmom posvećenoj uskoljskim ribarima.",
                "Foto: Ante Perić / Jadranski list",
            ),
            (
                "fig",
                "Najviše pljeska dobila je ženska klapa Lanterna, koja je publiku podigla na noge.",
                "Foto: Marina Jurić / Jadranski list",
            ),
            (
                "fig",
                "Među posjetiteljima bilo je i mnogo turista, koji su nakon koncerta tražili snimke klapa i raspitivali se gdje ih mogu ponovno čuti.",
                "Foto: Ante Perić / Jadranski list",
            ),
            (
                "fig",
                "Na kraju su sve klape zajedno otpjevale pjesmu Uskolje moje, a zapjevala je i cijela riva.",
                "Foto: Marina Jurić / Jadranski list",
            ),
        ],
        related=(
            ("FOTO: Ribarska fešta u Uskolju", "3. kolovoza 2023.", "2023-08-03"),
            ("FOTO: Regata tradicijskih brodica", "22. lipnja 2024.", "2024-06-22"),
        ),
        comments=(
            (
                "Mate",
                "16. srpnja 2024. u 08:12",
                "2024-07-16T08:12:00+02:00",
                "Prekrasna večer, vidimo se i dogodine!",
            ),
        ),
        must=[
            "mnogi su koncert pratili s brodica usidrenih u luci.",
            "Domaća klapa Škoj otvorila je večer pjesmom posvećenoj uskoljskim ribarima.",
            "Najviše pljeska dobila je ženska klapa Lanterna, koja je publiku podigla na noge.",
        ],
        must_not=[
            "Foto: Marina Jurić / Jadranski list",
            "Prekrasna večer, vidimo se i dogodine!",
            "FOTO: Ribarska fešta u Uskolju",
            "Koristimo kolačiće kako bismo vam pružili najbolje iskustvo",
            "© 2024 Jadranski list d.o.o. Sva prava pridržana.",
        ],
    )
)

# --- q27 bg declared ru: JSON-LD @graph with a local offset (UTC day before), hashed classes -------------------

BELORECHIE = Site(
    name="Белоречки вестник",
    domain="belorechki-vestnik.example",
    nav=["Новини", "Регион", "България", "Икономика", "Спорт", "Култура", "Мнения"],
    cookie="Този сайт използва бисквитки, за да подобри вашето преживяване.",
    cookie_ok="Приемам",
    footer="© 2024 Белоречки вестник ЕООД. Всички права запазени.",
    footer_links=["За нас", "Контакти", "Реклама", "Поверителност"],
    search="Търсене",
    skip="Към съдържанието",
    share="Сподели",
    related="Още по темата",
    comments="Коментари",
    most_read="Най-четени",
    most_read_items=["Ремонтират централния площад"],
)
Q27_URL = "https://www.belorechki-vestnik.example/region/tretimart-nosht-fakli-1184"
PAGES.append(
    build(
        id="q27-bg-declared-ru-jsonld-graph-local-offset-hashed",
        site=BELORECHIE,
        url=Q27_URL,
        language="bg",
        declared="ru",
        title="Хиляди белоречани посрещнаха Трети март с факелно шествие",
        authors=["Десислава Петкова"],
        published="2024-03-03T00:15:00+02:00",
        shapes=["jsonld-graph", "local-offset", "lang-wrong", "hashed-classes", "article-p"],
        kicker="Регион",
        hashed=True,
        head=ld(
            {
                "@context": "https://schema.org",
                "@graph": [
                    {
                        "@type": "Organization",
                        "@id": "https://www.belorechki-vestnik.example/#org",
                        "name": "Белоречки вестник",
                    },
                    {
                        "@type": "NewsArticle",
                        "headline": "Хиляди белоречани посрещнаха Трети март с факелно шествие",
                        "datePublished": "2024-03-03T00:15:00+02:00",
                        "author": {"@type": "Person", "name": "Десислава Петкова"},
                        "publisher": {"@id": "https://www.belorechki-vestnik.example/#org"},
                        "inLanguage": "bg",
                        "mainEntityOfPage": Q27_URL,
                    },
                ],
            }
        ),
        meta_top=(
            '<div class="css-aa01bb">Десислава Петкова</div><div class="css-aa01bc">03 март 2024, 00:15</div>'
        ),
        blocks=[
            (
                "p",
                "Хиляди жители на Белоречие се събраха в събота вечерта на площад „Свобода“, за да посрещнат "
                "националния празник с факелно шествие към паметника на Опълченците.",
            ),
            (
                "p",
                "Шествието тръгна точно в 23 часа, водено от ученици от трите градски училища и от духовия оркестър "
                "на читалище „Пробуда“.",
            ),
            (
                "p",
                "В полунощ пред паметника беше издигнат националният флаг, а кметът Стоян Гърдев благодари на "
                "младите хора, които тази година сами организираха проявата.",
            ),
            (
                "p",
                "Според организаторите тази година в шествието са участвали близо три хиляди души, почти двойно повече от миналата година. Много от младите хора бяха облечени в народни носии.",
            ),
            (
                "p",
                "Тържествата продължават в неделя с литургия в храм „Свети Никола“ и концерт на открито в градския "
                "парк.",
            ),
        ],
        related=(
            ("Учениците подготвят факелното шествие", "27 февруари 2024", "2024-02-27T10:00:00+02:00"),
            ("Паметникът на Опълченците е реставриран", "15 септември 2023", "2023-09-15T09:00:00+03:00"),
        ),
        comments=(
            (
                "Иван",
                "03 март 2024, 09:14",
                "2024-03-03T09:14:00+02:00",
                "Браво на децата, беше много вълнуващо!",
            ),
        ),
        must=[
            "Хиляди жители на Белоречие се събраха в събота вечерта на площад „Свобода“",
            "Шествието тръгна точно в 23 часа",
            "Тържествата продължават в неделя с литургия в храм „Свети Никола“",
        ],
        must_not=[
            "Браво на децата, беше много вълнуващо!",
            "Паметникът на Опълченците е реставриран",
            "Този сайт използва бисквитки",
            "© 2024 Белоречки вестник ЕООД. Всички права запазени.",
            "Ремонтират централния площад",
        ],
    )
)

# --- q28 ru: wire story in <div>s, "НОВОЗЕРСК, 14 ноября. /СевИнформ/.", copyright, "Имя (агентство)"----------------

VESTI = Site(
    name="Новозерские вести",
    domain="novozerskie-vesti.example",
    nav=["Главное", "Город", "Область", "Экономика", "Происшествия", "Спорт", "Культура"],
    cookie="Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с этим.",
    cookie_ok="Хорошо",
    footer="© 2024 «Новозерские вести». Сетевое издание. Все права защищены.",
    footer_links=["О редакции", "Контакты", "Реклама", "Правовая информация"],
    search="Поиск",
    skip="Перейти к содержанию",
    share="Поделиться",
    related="Читайте также",
    comments="Комментарии",
    most_read="Самое читаемое",
    most_read_items=["На проспекте Мира заменят трамвайные пути"],
)
PAGES.append(
    build(
        id="q28-ru-wire-divs-date-text-copyright",
        site=VESTI,
        url="https://www.novozerskie-vesti.example/oblast/news-77814",
        language="ru",
        declared="ru",
        title="В Новозерске открыли первый в области центр реабилитации диких птиц",
        authors=["Алексей Гурьянов"],
        published="2024-11-14",
        shapes=["wire-dateline", "copyright-line", "divs", "date-text", "byline-text", "byline-agency-tag"],
        kicker="Область",
        body="divs",
        meta_top=(
            '<div class="news-date">14 ноября 2024, 18:25</div>'
            '<div class="news-author">Алексей Гурьянов (СевИнформ)</div>'
        ),
        blocks=[
            (
                "p",
                "НОВОЗЕРСК, 14 ноября. /СевИнформ/. Первый в области центр реабилитации диких птиц открылся в "
                "четверг на территории бывшего лесничества под Новозерском.",
            ),
            (
                "p",
                "В центре смогут одновременно содержать до шестидесяти птиц. Здесь есть ветеринарный кабинет, "
                "вольеры для хищных птиц и крытый бассейн для водоплавающих.",
            ),
            (
                "p",
                "Как рассказала руководитель центра Марина Суховеева, за последние два года волонтёры выходили "
                "более трёхсот птиц, но раньше их приходилось держать в гаражах и на дачах.",
            ),
            (
                "p",
                "Первыми постояльцами центра стали два лебедя, пострадавшие от рыболовной лески, и молодой ястреб с повреждённым крылом.",
            ),
            (
                "p",
                "Центр будет работать за счёт грантов и пожертвований. Весной здесь планируют проводить экскурсии "
                "для школьников.",
            ),
            (
                "box",
                '<div class="copyright">© 2024 СевИнформ. При полном или частичном использовании материалов '
                "ссылка на агентство обязательна.</div>",
            ),
        ],
        related=(
            ("Волонтёры просят помочь с кормом для птиц", "2 марта 2024", "2024-03-02T12:00:00+03:00"),
            ("Лесничество под Новозерском передали городу", "19 июля 2023", "2023-07-19T10:00:00+03:00"),
        ),
        comments=(
            (
                "Наталья",
                "14 ноября 2024, 20:03",
                "2024-11-14T20:03:00+03:00",
                "Какие молодцы! Обязательно приедем весной.",
            ),
        ),
        must=[
            "Первый в области центр реабилитации диких птиц открылся в четверг",
            "В центре смогут одновременно содержать до шестидесяти птиц.",
            "за последние два года волонтёры выходили более трёхсот птиц",
            "Весной здесь планируют проводить экскурсии для школьников.",
        ],
        must_not=[
            "© 2024 СевИнформ. При полном или частичном использовании материалов",
            "Какие молодцы! Обязательно приедем весной.",
            "Волонтёры просят помочь с кормом для птиц",
            "Мы используем файлы cookie, чтобы сайт работал лучше.",
            "© 2024 «Новозерские вести». Сетевое издание.",
        ],
    )
)

# --- q29 el: "Συντάκτης:", genitive month "21 Ιουνίου 2024, 08:40", last-update trap ----------------------------

NEA = Site(
    name="Τα Νέα της Αγριλιάς",
    domain="neaagrilias.example",
    nav=["Ειδήσεις", "Τοπικά", "Ελλάδα", "Οικονομία", "Αθλητικά", "Πολιτισμός", "Απόψεις"],
    cookie="Χρησιμοποιούμε cookies για να σας προσφέρουμε την καλύτερη δυνατή εμπειρία στον ιστότοπό μας.",
    cookie_ok="Αποδοχή",
    footer="© 2024 Τα Νέα της Αγριλιάς. Με επιφύλαξη παντός δικαιώματος.",
    footer_links=["Ποιοι είμαστε", "Επικοινωνία", "Όροι χρήσης", "Πολιτική απορρήτου"],
    search="Αναζήτηση",
    skip="Μετάβαση στο περιεχόμενο",
    share="Κοινοποίηση",
    related="Διαβάστε επίσης",
    comments="Σχόλια",
    most_read="Δημοφιλή",
    most_read_items=["Κλειστός ο παραλιακός δρόμος το Σάββατο"],
)
PAGES.append(
    build(
        id="q29-el-date-text-genitive-updated-syntaktis",
        site=NEA,
        url="https://www.neaagrilias.example/topika/nea-aktoploiki-grammi-44810",
        language="el",
        declared="el",
        title="Νέα ακτοπλοϊκή γραμμή συνδέει την Αγριλιά με τα νησιά του κόλπου",
        authors=["Ελένη Σταυροπούλου"],
        published="2024-06-21",
        shapes=["date-text", "byline-text", "updated-date-trap", "article-p"],
        kicker="Τοπικά",
        meta_top=(
            '<div class="meta">Συντάκτης: <a href="/author/eleni-stavropoulou">Ελένη Σταυροπούλου</a></div>'
            '<div class="meta-date">Παρασκευή, 21 Ιουνίου 2024, 08:40 · Τελευταία ενημέρωση: 22 Ιουνίου 2024, 10:15</div>'
        ),
        blocks=[
            (
                "p",
                "Από τη Δευτέρα ξεκινά τα δρομολόγιά της η νέα ακτοπλοϊκή γραμμή που θα συνδέει το λιμάνι της "
                "Αγριλιάς με τα τρία μικρά νησιά του κόλπου, καθημερινά μέχρι τα τέλη Σεπτεμβρίου.",
            ),
            (
                "p",
                "Το πλοίο «Αγία Θεοδώρα» έχει χωρητικότητα 280 επιβατών και 40 οχημάτων. Το ταξίδι ως το πιο "
                "απομακρυσμένο νησί θα διαρκεί λιγότερο από δύο ώρες.",
            ),
            (
                "p",
                "«Για πρώτη φορά οι κάτοικοι των νησιών θα μπορούν να έρθουν στην Αγριλιά το πρωί και να "
                "επιστρέψουν το ίδιο απόγευμα», δήλωσε ο δήμαρχος Κωνσταντίνος Ραφτόπουλος.",
            ),
            (
                "p",
                "Τα εισιτήρια διατίθενται ήδη από τα πρακτορεία του λιμανιού, ενώ οι μόνιμοι κάτοικοι των νησιών "
                "δικαιούνται έκπτωση πενήντα τοις εκατό.",
            ),
        ],
        related=(
            ("Σε δημοπρασία η άγονη γραμμή του κόλπου", "14 Μαρτίου 2024", "2024-03-14T10:00:00+02:00"),
            ("Ανακαινίστηκε ο σταθμός επιβατών στο λιμάνι", "2 Νοεμβρίου 2023", "2023-11-02T09:00:00+02:00"),
        ),
        comments=(
            (
                "Γιώργος Μ.",
                "21 Ιουνίου 2024, 11:02",
                "2024-06-21T11:02:00+03:00",
                "Επιτέλους! Χρόνια το περιμέναμε αυτό.",
            ),
        ),
        must=[
            "Από τη Δευτέρα ξεκινά τα δρομολόγιά της η νέα ακτοπλοϊκή γραμμή",
            "Το πλοίο «Αγία Θεοδώρα» έχει χωρητικότητα 280 επιβατών και 40 οχημάτων.",
            "δήλωσε ο δήμαρχος Κωνσταντίνος Ραφτόπουλος.",
            "οι μόνιμοι κάτοικοι των νησιών δικαιούνται έκπτωση πενήντα τοις εκατό.",
        ],
        must_not=[
            "Τελευταία ενημέρωση: 22 Ιουνίου 2024, 10:15",
            "Επιτέλους! Χρόνια το περιμέναμε αυτό.",
            "Σε δημοπρασία η άγονη γραμμή του κόλπου",
            "Χρησιμοποιούμε cookies για να σας προσφέρουμε την καλύτερη δυνατή εμπειρία",
            "© 2024 Τα Νέα της Αγριλιάς. Με επιφύλαξη παντός δικαιώματος.",
        ],
    )
)

# --- q30 ca: press release, "Sant Pere de Riudebosc, 12 de març de 2024 –", boilerplate and contact -------------

COMUNICATS = Site(
    name="Sala de Premsa Cooperativa del Riudebosc",
    domain="coopriudebosc.example",
    nav=["Inici", "La cooperativa", "Productes", "Botiga", "Sala de premsa", "Contacte"],
    cookie="Aquest lloc web utilitza galetes pròpies i de tercers per millorar la navegació.",
    cookie_ok="D'acord",
    footer="Cooperativa Agrícola del Riudebosc SCCL · Carretera de l'Estany, s/n",
    footer_links=["Avís legal", "Política de privacitat", "Política de galetes"],
    search="Cerca",
    skip="Vés al contingut",
    share="Comparteix",
    related="Altres notes de premsa",
    comments="Comentaris",
    most_read="Més llegits",
)
PAGES.append(
    build(
        id="q30-ca-press-release-dateline-boilerplate",
        site=COMUNICATS,
        url="https://www.coopriudebosc.example/sala-de-premsa/nou-moli-oli-cooperativa",
        language="ca",
        declared="ca",
        title="La Cooperativa del Riudebosc estrena un molí d'oli que duplica la capacitat de producció",
        authors=[],
        published="2024-03-12",
        shapes=["press-release", "date-text", "no-metadata", "article-p"],
        kicker="Nota de premsa",
        meta_top='<div class="tipus">Nota de premsa</div>',
        blocks=[
            (
                "p",
                "Sant Pere de Riudebosc, 12 de març de 2024 – La Cooperativa Agrícola del Riudebosc ha posat en "
                "marxa aquest dimarts el seu nou molí d'oli, que permetrà processar fins a 90.000 quilos d'oliva "
                "al dia, el doble que la instal·lació anterior.",
            ),
            (
                "p",
                "El projecte ha suposat una inversió de 2,7 milions d'euros i ha comptat amb el suport del programa "
                "de modernització d'indústries agroalimentàries.",
            ),
            (
                "p",
                "«Amb el molí nou, els socis podran portar l'oliva el mateix dia que la cullen, i això es notarà "
                "en la qualitat de l'oli», ha explicat el president de la cooperativa, Josep Maria Vilaró.",
            ),
            (
                "p",
                "La nova instal·lació inclou una planta de tractament de l'aigua de vegetació i aprofitarà "
                "l'os de l'oliva com a combustible per a la calefacció del celler.",
            ),
            (
                "box",
                '<div class="sobre"><h3>Sobre la Cooperativa Agrícola del Riudebosc</h3><p>Fundada el 1919, la '
                "cooperativa agrupa 640 socis i comercialitza oli d'oliva verge extra, vi i fruita seca.</p></div>",
            ),
            (
                "box",
                '<div class="contacte"><h3>Contacte de premsa</h3><p>Departament de Comunicació · '
                "premsa@coopriudebosc.example · Tel. 000 000 000</p></div>",
            ),
        ],
        related=(
            ("La cooperativa supera els 600 socis", "15 de gener de 2023", "2023-01-15"),
            ("Presentada la collita d'oli 2023", "28 de novembre de 2023", "2023-11-28"),
        ),
        must=[
            "La Cooperativa Agrícola del Riudebosc ha posat en marxa aquest dimarts el seu nou molí d'oli",
            "El projecte ha suposat una inversió de 2,7 milions d'euros",
            "aprofitarà l'os de l'oliva com a combustible per a la calefacció del celler.",
        ],
        must_not=[
            "Fundada el 1919, la cooperativa agrupa 640 socis",
            "Departament de Comunicació · premsa@coopriudebosc.example",
            "Presentada la collita d'oli 2023",
            "Aquest lloc web utilitza galetes pròpies i de tercers",
            "Cooperativa Agrícola del Riudebosc SCCL · Carretera de l'Estany, s/n",
        ],
    )
)

# --- q31 vi: "Thứ hai, 16/9/2024, 20:15 (GMT+7)", author's name at the end of the story, hashed classes ----------

TINTUC = Site(
    name="Tin Tức Sông Lam Mới",
    domain="tintucsonglam.example",
    nav=["Thời sự", "Góc nhìn", "Thế giới", "Kinh doanh", "Thể thao", "Giải trí", "Đời sống"],
    cookie="Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn trên trang web này.",
    cookie_ok="Đồng ý",
    footer="© Bản quyền thuộc về Tin Tức Sông Lam Mới. Không được sao chép khi chưa có sự đồng ý.",
    footer_links=["Liên hệ", "Quảng cáo", "Điều khoản sử dụng", "Chính sách bảo mật"],
    search="Tìm kiếm",
    skip="Bỏ qua nội dung",
    share="Chia sẻ",
    related="Tin liên quan",
    comments="Ý kiến",
    most_read="Đọc nhiều",
    most_read_items=["Mưa lớn kéo dài ở các tỉnh miền Trung"],
)
PAGES.append(
    build(
        id="q31-vi-date-text-gmt7-author-at-end-hashed",
        site=TINTUC,
        url="https://www.tintucsonglam.example/thoi-su/thong-xe-cau-ben-dinh-4791223.html",
        language="vi",
        declared="vi",
        title="Thông xe cầu Bến Đình sau hai năm thi công",
        authors=["Trần Thu Hà"],
        published="2024-09-16",
        shapes=["date-text", "byline-text", "byline-at-end", "hashed-classes", "article-p"],
        kicker="Thời sự",
        hashed=True,
        meta_top='<div class="css-5f6a7b">Thứ hai, 16/9/2024, 20:15 (GMT+7)</div>',
        meta_bottom='<div class="css-5f6a7c"><strong>Trần Thu Hà</strong></div>',
        blocks=[
            (
                "p",
                "Sáng 16/9, cầu Bến Đình bắc qua sông Lam Mới chính thức thông xe, rút ngắn quãng đường giữa hai "
                "huyện Tân Phước và Hòa Lộc từ 35 km xuống còn 6 km.",
            ),
            (
                "p",
                "Cây cầu dài 820 m, rộng 12 m với hai làn xe cơ giới và hai làn dành cho xe thô sơ, tổng vốn đầu "
                "tư khoảng 640 tỷ đồng.",
            ),
            (
                "p",
                "Trước đây, người dân hai bên bờ chủ yếu qua sông bằng phà. Vào mùa mưa lũ, phà thường phải tạm "
                "dừng, học sinh và người đi làm phải vòng xa hàng chục km.",
            ),
            (
                "p",
                "Theo Ban quản lý dự án, phà Bến Đình sẽ ngừng hoạt động từ cuối tháng này, một phần bến phà cũ được cải tạo thành công viên ven sông.",
            ),
            (
                "p",
                "Ông Lê Văn Thành, một người dân xã Hòa Lộc, cho biết gia đình ông đã chờ cây cầu này gần hai mươi "
                'năm. "Giờ con cháu đi học không còn phải lo phà nghỉ nữa", ông nói.',
            ),
        ],
        related=(
            ("Khởi công cầu Bến Đình", "10/8/2022", "2022-08-10T08:00:00+07:00"),
            ("Phà Bến Đình tạm dừng vì nước sông dâng cao", "21/10/2023", "2023-10-21T07:00:00+07:00"),
        ),
        comments=(
            ("Nguyễn Hoàng", "16/9/2024 21:02", "2024-09-16T21:02:00+07:00", "Mừng quá, quê tôi có cầu rồi."),
        ),
        must=[
            "cầu Bến Đình bắc qua sông Lam Mới chính thức thông xe",
            "Cây cầu dài 820 m, rộng 12 m với hai làn xe cơ giới và hai làn dành cho xe thô sơ",
            "Trước đây, người dân hai bên bờ chủ yếu qua sông bằng phà.",
        ],
        must_not=[
            "Mừng quá, quê tôi có cầu rồi.",
            "Phà Bến Đình tạm dừng vì nước sông dâng cao",
            "Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn",
            "© Bản quyền thuộc về Tin Tức Sông Lam Mới.",
            "Mưa lớn kéo dài ở các tỉnh miền Trung",
        ],
    )
)

# --- q32 ja: JSON-LD with +09:00 early morning (UTC day before), "あわせて読みたい" box ---------------------------------

MINATO = Site(
    name="みなと日報",
    domain="minato-nippo.example",
    nav=["ニュース", "地域", "経済", "スポーツ", "くらし", "天気"],
    cookie="当サイトでは、サービス向上のためにCookieを使用しています。",
    cookie_ok="同意する",
    footer="Copyright © みなと日報社 All rights reserved. 記事・写真の無断転載を禁じます。",
    footer_links=["会社概要", "お問い合わせ", "プライバシーポリシー", "広告掲載"],
    search="検索",
    skip="本文へ移動",
    share="シェア",
    related="関連記事",
    comments="コメント",
    most_read="アクセスランキング",
    most_read_items=["商店街に新しい図書スペース"],
)
Q32_URL = "https://www.minato-nippo.example/news/local/hamakaze-sen-5521"
PAGES.append(
    build(
        id="q32-ja-jsonld-local-offset-read-also",
        site=MINATO,
        url=Q32_URL,
        language="ja",
        declared="ja",
        title="浜風線が1年ぶりに全線再開　沿線住民ら歓迎",
        authors=["佐藤美咲"],
        published="2024-10-05T07:30:00+09:00",
        shapes=["jsonld", "local-offset", "read-also-inline", "article-p"],
        kicker="地域",
        head=ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "浜風線が1年ぶりに全線再開　沿線住民ら歓迎",
                "datePublished": "2024-10-05T07:30:00+09:00",
                "author": {"@type": "Person", "name": "佐藤美咲"},
                "publisher": {"@type": "Organization", "name": "みなと日報"},
                "mainEntityOfPage": Q32_URL,
            }
        ),
        meta_top='<div class="byline">佐藤美咲</div><div class="date">2024年10月5日 7時30分</div>',
        blocks=[
            (
                "p",
                "昨年秋の大雨で線路が崩れ、一部区間で運休が続いていた浜風線が5日朝、約1年ぶりに全線で運転を再開した。",
            ),
            (
                "p",
                "始発列車が出発した汐見駅のホームには、早朝にもかかわらず沿線の住民や鉄道ファンら約200人が集まり、手を振って列車を見送った。",
            ),
            (
                "box",
                '<div class="related-inline">あわせて読みたい：<a href="/news/local/bus-daiko">'
                "代行バス、利用者が半減　浜風線の運休長期化で</a></div>",
            ),
            (
                "p",
                "浜風線は昨年9月の大雨で、汐見駅と岬口駅の間の約2キロにわたって線路脇の斜面が崩れ、盛り土が流出した。運休区間では代わりのバスが運行されていたが、所要時間が倍近くかかることから利用者は大きく減っていた。",
            ),
            (
                "p",
                "復旧工事では、崩れた斜面に新たに擁壁を設け、排水設備も強化した。総事業費は約18億円にのぼる。県は今後、同様の斜面崩落を防ぐため、沿線の危険箇所の点検を進める方針だ。",
            ),
            (
                "p",
                "運営する浜風鉄道によると、再開初日は全区間でダイヤ通りに運行され、目立った遅れはなかった。同社は当面、崩落現場付近では速度を落として走り、雨量計の観測値をもとに運転規制を行うとしている。",
            ),
            (
                "p",
                "沿線の商店街には再開を祝う横断幕が掲げられ、駅前では地元の中学生が吹奏楽を披露した。商店街振興組合の理事長は「観光客が戻ってくるきっかけになってほしい」と期待を込めた。",
            ),
            (
                "p",
                "通学で毎日利用するという高校2年の女子生徒は「バスより早く着くので助かる。ようやく元の生活に戻れる」と笑顔で話した。",
            ),
            (
                "p",
                "浜風線は1928年に開業した全長約24キロのローカル線で、現在は1日に上下計32本が運行されている。同社の社長は記者会見で「長い間ご不便をおかけした。地域の足として安全運行に努めたい」と述べた。",
            ),
        ],
        related=(("浜風線、大雨で線路崩落　復旧めど立たず", "2023年9月18日", "2023-09-18T12:00:00+09:00"),),
        comments=(
            (
                "汐見の住人",
                "2024年10月5日 9:12",
                "2024-10-05T09:12:00+09:00",
                "待っていました。毎日使います。",
            ),
        ),
        must=[
            "昨年秋の大雨で線路が崩れ、一部区間で運休が続いていた浜風線が5日朝、約1年ぶりに全線で運転を再開した。",
            "復旧工事では、崩れた斜面に新たに擁壁を設け、排水設備も強化した。",
            "ようやく元の生活に戻れる",
        ],
        must_not=[
            "代行バス、利用者が半減　浜風線の運休長期化で",
            "待っていました。毎日使います。",
            "浜風線、大雨で線路崩落　復旧めど立たず",
            "当サイトでは、サービス向上のためにCookieを使用しています。",
            "記事・写真の無断転載を禁じます。",
        ],
    )
)

# --- q33 ko: photo gallery, "입력 … | 수정 …", "김서연 기자", hashed classes -----------------------------------------

HANBIT = Site(
    name="한빛일보",
    domain="hanbit-ilbo.example",
    nav=["정치", "경제", "사회", "지역", "문화", "스포츠", "포토"],
    cookie="본 사이트는 더 나은 서비스 제공을 위해 쿠키를 사용합니다.",
    cookie_ok="확인",
    footer="한빛일보 | 등록번호 00-0000 | 무단 전재 및 재배포 금지",
    footer_links=["회사소개", "기사제보", "개인정보처리방침", "광고문의"],
    search="검색",
    skip="본문 바로가기",
    share="공유하기",
    related="관련 기사",
    comments="댓글",
    most_read="많이 본 뉴스",
    most_read_items=["시내버스 노선 개편 다음 달 시행"],
)
PAGES.append(
    build(
        id="q33-ko-gallery-date-text-updated-gija-hashed",
        site=HANBIT,
        url="https://www.hanbit-ilbo.example/photo/article/0512887",
        language="ko",
        declared="ko",
        title="[포토] 벚꽃 터널 된 강변길… 주말 상춘객 몰려",
        authors=["김서연"],
        published="2024-04-11",
        shapes=[
            "gallery",
            "figcaption",
            "photo-credit",
            "date-text",
            "byline-text",
            "updated-date-trap",
            "hashed-classes",
        ],
        kicker="포토",
        hashed=True,
        meta_top=(
            '<div class="css-9c8b7a"><span>김서연 기자</span></div>'
            '<div class="css-9c8b7b">입력 2024.04.11 21:05 | 수정 2024.04.12 08:30</div>'
        ),
        blocks=[
            (
                "lead",
                "새봄시 강변 산책로의 벚꽃이 절정을 맞으면서 평일 저녁에도 꽃구경을 나온 시민들의 발길이 이어졌다.",
            ),
            (
                "p",
                "새봄시에 따르면 올해 강변 산책로의 벚꽃은 평년보다 닷새가량 일찍 피었다. 약 3㎞ 구간에 심어진 벚나무 1200여 그루가 한꺼번에 꽃을 피우면서 산책로 전체가 하얀 꽃길로 바뀌었다.",
            ),
            (
                "p",
                "퇴근길에 가족과 함께 산책로를 찾은 직장인 정모(41)씨는 “아이들이 꽃잎을 맞으며 뛰어노는 모습을 보니 봄이 왔다는 게 실감 난다”고 말했다.",
            ),
            (
                "p",
                "특히 올해는 산책로 중간에 야간 경관 조명이 새로 설치돼 해가 진 뒤에도 꽃구경을 즐기려는 발길이 늦게까지 이어졌다.",
            ),
            (
                "fig",
                "11일 오후 새봄시 강변 산책로를 따라 핀 벚꽃 아래로 시민들이 걷고 있다.",
                "사진=박준호 기자",
            ),
            (
                "fig",
                "어린이들이 바람에 흩날리는 꽃잎을 잡으려고 손을 뻗고 있다.",
                "사진=박준호 기자",
            ),
            (
                "fig",
                "해가 진 뒤 조명이 켜지자 벚꽃길이 분홍빛 터널로 변했다.",
                "사진=이하늘 기자",
            ),
            (
                "fig",
                "산책로 곳곳에 마련된 포토존에는 사진을 찍으려는 시민들의 줄이 길게 늘어섰다.",
                "사진=박준호 기자",
            ),
            (
                "fig",
                "강변 잔디밭에서는 돗자리를 펴고 도시락을 나눠 먹는 가족 단위 나들이객들이 눈에 띄었다.",
                "사진=이하늘 기자",
            ),
            (
                "p",
                "벚꽃 축제 기간에는 강변 특설무대에서 지역 예술인들의 공연이 매일 저녁 열리고, 먹거리 장터와 플리마켓도 함께 운영된다.",
            ),
            (
                "p",
                "시 관계자는 “벚꽃이 지는 다음 주 중반까지 많은 인파가 몰릴 것으로 보인다”며 “대중교통을 이용해 달라”고 당부했다.",
            ),
            (
                "fig",
                "시는 주말 인파에 대비해 강변 주차장을 임시 개방하고 안전요원을 배치하기로 했다.",
                "사진=이하늘 기자",
            ),
        ],
        related=(
            ("[포토] 강변 유채꽃 활짝", "2023.04.20", "2023-04-20T10:00:00+09:00"),
            ("벚꽃 개화 작년보다 닷새 빨라", "2024.03.28", "2024-03-28T09:00:00+09:00"),
        ),
        comments=(
            (
                "봄날",
                "2024.04.11 22:14",
                "2024-04-11T22:14:00+09:00",
                "사진 정말 예쁘네요. 주말에 가봐야겠어요.",
            ),
        ),
        must=[
            "11일 오후 새봄시 강변 산책로를 따라 핀 벚꽃 아래로 시민들이 걷고 있다.",
            "해가 진 뒤 조명이 켜지자 벚꽃길이 분홍빛 터널로 변했다.",
            "시는 주말 인파에 대비해 강변 주차장을 임시 개방하고 안전요원을 배치하기로 했다.",
        ],
        must_not=[
            "사진=이하늘 기자",
            "수정 2024.04.12 08:30",
            "사진 정말 예쁘네요. 주말에 가봐야겠어요.",
            "[포토] 강변 유채꽃 활짝",
            "본 사이트는 더 나은 서비스 제공을 위해 쿠키를 사용합니다.",
            "무단 전재 및 재배포 금지",
        ],
    )
)

# --- q34 zh, no language: no <p>, "2024年12月03日 14:20 来源： 作者：", "责任编辑" -----------------------------------------

QINGHE = Site(
    name="青禾新闻网",
    domain="qinghe-news.example",
    nav=["首页", "本地", "国内", "财经", "体育", "文旅", "视频"],
    cookie="本网站使用Cookie以提升您的浏览体验，继续浏览即表示您同意我们使用Cookie。",
    cookie_ok="我知道了",
    footer="青禾新闻网版权所有，未经授权禁止转载。",
    footer_links=["关于我们", "联系我们", "广告服务", "网站地图"],
    search="搜索",
    skip="跳到正文",
    share="分享到",
    related="相关新闻",
    comments="网友评论",
    most_read="热门排行",
    most_read_items=["老城区停车位改造完成"],
)
PAGES.append(
    build(
        id="q34-zh-no-lang-no-p-date-text-editor",
        site=QINGHE,
        url="https://www.qinghe-news.example/local/content_8812045.htm",
        language="zh",
        declared=None,
        title="青禾市地铁2号线开通试运营　沿线市民出行更便捷",
        authors=["王晓峰"],
        published="2024-12-03",
        shapes=["no-p", "date-text", "byline-text", "editor-credit", "lang-missing"],
        kicker="本地",
        body="br",
        meta_top='<div class="info">2024年12月03日 14:20　来源：青禾日报　作者：王晓峰</div>',
        meta_bottom='<div class="editor">（责任编辑：李敏）</div>',
        blocks=[
            (
                "p",
                "12月3日上午，青禾市地铁2号线正式开通试运营。这条线路全长23.6公里，共设18座车站，连接城东高铁站与西部科技园区。",
            ),
            (
                "p",
                "2号线是青禾市继1号线之后开通的第二条地铁线路，总投资约168亿元，于2019年开工建设。线路在市中心青禾广场站与1号线实现换乘，乘客无需出站即可换乘。",
            ),
            (
                "p",
                "试运营初期，2号线首班车时间为早上6点，末班车时间为晚上10点半，高峰时段行车间隔约为5分钟。全线车站均配备了无障碍电梯和母婴室，车厢内还设有爱心专座和轮椅停放区。",
            ),
            (
                "p",
                "记者在城东高铁站看到，早上7点多，站台上已有不少乘客候车。家住科技园区的市民张女士说，以前坐公交去高铁站要一个多小时，现在坐地铁只需要40分钟左右，方便了很多。",
            ),
            (
                "p",
                "不少市民专程前来体验新线路，有的还带着孩子拍照留念。一位退休教师说，自己等这条线路等了好几年，今天特意从头坐到尾，感受一下家乡的新变化。车厢里，一对老夫妇一边看着窗外的风景，一边商量着周末要坐地铁去科技园区的新公园逛一逛。",
            ),
            (
                "p",
                "据统计，开通首日上午，2号线累计进站客流已超过3万人次，其中科技园区站和青禾广场站客流最大。为方便市民出行，地铁公司在沿线车站增设了临时引导人员，并在各站出入口设置了公交接驳站点。",
            ),
            (
                "p",
                "青禾市轨道交通集团相关负责人表示，试运营期间将根据客流情况适时调整行车间隔，同时欢迎市民通过官方热线和手机客户端提出意见和建议。据悉，2号线正式运营的时间将在试运营结束后另行公布。",
            ),
            (
                "p",
                "据介绍，青禾市地铁3号线目前也在建设中，预计将于2026年底建成通车。",
            ),
        ],
        related=(
            ("地铁2号线进入空载试运行阶段", "2024-09-10", "2024-09-10T09:00:00+08:00"),
            ("青禾市公布地铁线网规划", "2021-05-18", "2021-05-18T10:00:00+08:00"),
        ),
        comments=(
            (
                "青禾网友",
                "2024-12-03 16:05",
                "2024-12-03T16:05:00+08:00",
                "终于等到了，上班通勤省了不少时间！",
            ),
        ),
        must=[
            "12月3日上午，青禾市地铁2号线正式开通试运营。",
            "高峰时段行车间隔约为5分钟。",
            "据介绍，青禾市地铁3号线目前也在建设中，预计将于2026年底建成通车。",
        ],
        must_not=[
            "（责任编辑：李敏）",
            "终于等到了，上班通勤省了不少时间！",
            "地铁2号线进入空载试运行阶段",
            "本网站使用Cookie以提升您的浏览体验",
            "青禾新闻网版权所有，未经授权禁止转载。",
        ],
    )
)

# --- q35 he, dir=rtl: OpenGraph date at 01:30+03:00 (UTC day before), "מאת …" only in text, hashed ---------------

HADASHOT = Site(
    name="חדשות עמק הזיתים",
    domain="emek-news.example",
    nav=["חדשות", "מקומי", "כלכלה", "ספורט", "תרבות", "דעות"],
    cookie="אתר זה משתמש בעוגיות כדי לשפר את חוויית הגלישה שלך.",
    cookie_ok="אישור",
    footer="© כל הזכויות שמורות לחדשות עמק הזיתים 2024",
    footer_links=["אודות", "צור קשר", "מדיניות פרטיות", "תנאי שימוש"],
    search="חיפוש",
    skip="דלג לתוכן",
    share="שתפו",
    related="כתבות נוספות",
    comments="תגובות",
    most_read="הנקראים ביותר",
    most_read_items=["עבודות תשתית ברחוב הגפן"],
)
Q35_URL = "https://www.emek-news.example/local/article/night-buses-48211"
PAGES.append(
    build(
        id="q35-he-rtl-opengraph-local-offset-byline-text-hashed",
        site=HADASHOT,
        url=Q35_URL,
        language="he",
        declared="he",
        title="קווי לילה חדשים יחברו את יישובי העמק לעיר",
        authors=["נועה ברקוביץ"],
        published="2024-08-07T01:30:00+03:00",
        shapes=["rtl", "opengraph", "local-offset", "byline-text", "hashed-classes", "article-p"],
        kicker="מקומי",
        hashed=True,
        rtl=True,
        head=og(
            HADASHOT,
            "קווי לילה חדשים יחברו את יישובי העמק לעיר",
            "שלושה קווי לילה חדשים יפעלו בסופי שבוע.",
            Q35_URL,
            published="2024-08-07T01:30:00+03:00",
            section="מקומי",
            locale="he_IL",
        ),
        meta_top=(
            '<div class="css-d1e2f3">מאת <span class="css-d1e2f4">נועה ברקוביץ</span></div>'
            '<div class="css-d1e2f5">07.08.2024 01:30</div>'
        ),
        blocks=[
            (
                "p",
                "שלושה קווי אוטובוס לילה חדשים יתחילו לפעול בחודש הבא בין יישובי עמק הזיתים לבין מרכז העיר, כך "
                "הודיעה המועצה האזורית.",
            ),
            (
                "p",
                "הקווים יפעלו בימי חמישי ושישי בין השעות 23:00 ל-04:00, בתדירות של נסיעה אחת בכל ארבעים דקות.",
            ),
            (
                "p",
                'ראש המועצה, יוסי אלמוג, אמר כי ההחלטה התקבלה בעקבות פניות רבות של בני נוער והורים. "אנחנו רוצים '
                'שהצעירים יחזרו הביתה בבטחה", אמר.',
            ),
            (
                "p",
                "לדברי המועצה, הקווים ישרתו גם עובדי משמרות לילה במפעלים שבאזור התעשייה, שעד היום נאלצו להסתמך על מוניות או על רכב פרטי.",
            ),
            (
                "p",
                "אם הניסוי יצליח, המועצה שוקלת להפעיל את הקווים גם במוצאי שבת ובערבי חג.",
            ),
            (
                "p",
                "הנסיעה בקווי הלילה תעלה כמו נסיעה רגילה, ותושבי העמק עד גיל 21 ייהנו מהנחה של חמישים אחוז.",
            ),
        ],
        related=(("בני הנוער בעמק דורשים תחבורה בלילה", "12.03.2024", "2024-03-12T10:00:00+02:00"),),
        comments=(
            ("דנה", "07.08.2024 08:40", "2024-08-07T08:40:00+03:00", "סוף סוף! הבת שלי תוכל לחזור לבד."),
        ),
        must=[
            "שלושה קווי אוטובוס לילה חדשים יתחילו לפעול בחודש הבא בין יישובי עמק הזיתים לבין מרכז העיר",
            "הקווים יפעלו בימי חמישי ושישי בין השעות 23:00 ל-04:00",
            "ותושבי העמק עד גיל 21 ייהנו מהנחה של חמישים אחוז.",
        ],
        must_not=[
            "סוף סוף! הבת שלי תוכל לחזור לבד.",
            "בני הנוער בעמק דורשים תחבורה בלילה",
            "אתר זה משתמש בעוגיות כדי לשפר את חוויית הגלישה שלך.",
            "© כל הזכויות שמורות לחדשות עמק הזיתים 2024",
            "עבודות תשתית ברחוב הגפן",
        ],
    )
)

# --- q36 uk, no language: microdata, comments as <article> with <time>, "Читайте також" ---------------------------

VERBIVKA = Site(
    name="Вербівські новини",
    domain="verbivski-novyny.example",
    nav=["Новини", "Громада", "Економіка", "Культура", "Спорт", "Афіша"],
    cookie="Ми використовуємо файли cookie, щоб покращити роботу сайту.",
    cookie_ok="Погоджуюсь",
    footer="© 2024 Вербівські новини. Усі права захищені. Використання матеріалів дозволяється за умови посилання.",
    footer_links=["Про нас", "Контакти", "Реклама", "Політика конфіденційності"],
    search="Пошук",
    skip="Перейти до змісту",
    share="Поділитися",
    related="Інші новини",
    comments="Коментарі",
    most_read="Популярне",
    most_read_items=["У парку встановлять нові лавки"],
)
PAGES.append(
    build(
        id="q36-uk-no-lang-microdata-comments-article",
        site=VERBIVKA,
        url="https://www.verbivski-novyny.example/kultura/vodonapirna-vezha-muzei-3310",
        language="uk",
        declared=None,
        title="Стара водонапірна вежа у Вербівці стала музеєм",
        authors=["Олена Гордієнко"],
        published="2024-04-23T10:15:00+03:00",
        shapes=["microdata", "comments-article", "lang-missing", "read-also-inline", "article-p"],
        kicker="Культура",
        comments_article=True,
        article_attrs=' itemscope itemtype="https://schema.org/NewsArticle"',
        h1_attrs=' itemprop="headline"',
        body_attrs=' itemprop="articleBody"',
        meta_top=(
            '<div class="meta"><span itemprop="author" itemscope itemtype="https://schema.org/Person">'
            '<a itemprop="url" href="/avtor/olena-hordiienko"><span itemprop="name">Олена Гордієнко</span></a>'
            '</span> <time itemprop="datePublished" datetime="2024-04-23T10:15:00+03:00">23 квітня 2024, 10:15</time></div>'
        ),
        blocks=[
            (
                "p",
                "Водонапірна вежа, збудована у Вербівці понад сто років тому, після реставрації відкрилася для "
                "відвідувачів як краєзнавчий музей.",
            ),
            (
                "p",
                "На трьох поверхах розмістили експозицію про історію залізничної станції, старі фотографії містечка "
                "та предмети побуту, які принесли самі мешканці.",
            ),
            (
                "box",
                '<div class="read-also">Читайте також: <a href="/kultura/vokzal-fotovystavka">'
                "На вокзалі відкрили фотовиставку про старі потяги</a></div>",
            ),
            (
                "p",
                "З оглядового майданчика на даху видно всю долину річки. За словами директорки музею Ганни "
                "Ткачук, саме він уже став найпопулярнішим місцем для фотографій.",
            ),
            (
                "p",
                "На відкриття прийшли кілька сотень мешканців. Місцевий хор виконав пісні, які колись співали робітники станції, а найстаршим гостям музей подарував довічні квитки.",
            ),
            (
                "p",
                "Реставрація тривала два роки й коштувала 4,8 мільйона гривень. Музей працюватиме щодня, крім "
                "понеділка, з десятої до шостої.",
            ),
        ],
        related=(
            ("Громада шукає гроші на реставрацію вежі", "14 вересня 2021", "2021-09-14T10:00:00+03:00"),
            ("Вербівчан просять принести старі фото для музею", "2 лютого 2024", "2024-02-02T09:00:00+02:00"),
        ),
        comments=(
            (
                "Сергій",
                "23 квітня 2024, 12:40",
                "2024-04-23T12:40:00+03:00",
                "Були вже з дітьми, дуже сподобалося!",
            ),
            (
                "Тетяна В.",
                "23 квітня 2024, 14:02",
                "2024-04-23T14:02:00+03:00",
                "Моя бабуся теж віддала туди свою скриню.",
            ),
        ),
        must=[
            "Водонапірна вежа, збудована у Вербівці понад сто років тому, після реставрації відкрилася для "
            "відвідувачів як краєзнавчий музей.",
            "старі фотографії містечка та предмети побуту, які принесли самі мешканці.",
            "Реставрація тривала два роки й коштувала 4,8 мільйона гривень.",
        ],
        must_not=[
            "На вокзалі відкрили фотовиставку про старі потяги",
            "Були вже з дітьми, дуже сподобалося!",
            "Громада шукає гроші на реставрацію вежі",
            "Ми використовуємо файли cookie, щоб покращити роботу сайту.",
            "© 2024 Вербівські новини. Усі права захищені.",
        ],
    )
)
