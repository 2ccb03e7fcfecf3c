# ruff: noqa: RUF001
"""Pages r24-r30 of the fifth held-out set: sk, hr, bg, el, ca, vi, he (invented stories and sites)."""

from __future__ import annotations

from kit5 import BQ, FIG, RAW, Classes, P, Site, article_ld, build

# --- r24 sk: date only in a <time> element, two authors as links, newsletter in the story -------------------------

_S24 = Site(
    name="Pohronské noviny",
    domain="pohronske-noviny.example",
    nav=["Správy", "Región", "Ekonomika", "Šport", "Kultúra", "Názory"],
    cookie="[[Na zlepšenie služieb používame súbory cookie. Používaním stránky s tým súhlasíte.]]",
    accept="Súhlasím",
    footer="[[© 2024 Pohronské noviny, s. r. o. Všetky práva vyhradené.]]",
    related="Súvisiace články",
    comments="Diskusia",
    search="Hľadať",
)
r24 = build(
    id="r24-sk-time-element-only-two-authors",
    lang="sk",
    declared="sk",
    site=_S24,
    path="region/dvojcata-prestupny-den-nemocnica",
    headline="V nemocnici v Hronskom Brode sa na prestupný deň narodili dvojčatá",
    kicker="Región",
    meta=(
        '<div class="article-info"><a href="/autor/peter-horvath">Peter Horváth</a>, '
        '<a href="/autor/zuzana-kollarova">Zuzana Kollárová</a> '
        '<time datetime="2024-02-29T08:15:00+01:00">29. februára 2024 o 8:15</time></div>'
    ),
    blocks=[
        P(
            "[[V nemocnici v Hronskom Brode sa vo štvrtok krátko po polnoci narodili dvojčatá, chlapec a dievča, ktorí budú oslavovať narodeniny len raz za štyri roky.]] "
            "Mama aj deti sú podľa lekárov v poriadku."
        ),
        P(
            "Tomáš prišiel na svet o 0.42 h a jeho sestra Ema o deväť minút neskôr. "
            "[[Rodičia Lucia a Martin Baláž z Dolnej Lehoty pôvodne čakali pôrod až v polovici marca.]]"
        ),
        FIG(
            "https://img.pohronske-noviny.example/2024/02/dvojcata.jpg",
            "Lucia Balážová s Tomášom a Emou.",
            "[[Foto: Juraj Šimko]]",
        ),
        RAW(
            '<div class="newsletter-box"><p>[[Najdôležitejšie správy z regiónu vám každé ráno pošleme e-mailom.]]</p>'
            '<input type="email" placeholder="Váš e-mail"><button>Odoberať</button></div>'
        ),
        P(
            "Primárka pôrodnice Jana Kuchárová hovorí, že narodenie dvojčiat na prestupný deň zažila za tridsať rokov praxe prvýkrát. "
            "V nemocnici sa ročne narodí približne 900 detí, z toho asi desať párov dvojčiat."
        ),
        P(
            "[[Otec detí so smiechom povedal, že oslavy budú v ostatných rokoch 28. februára, aby deti nemuseli čakať na marec.]]"
        ),
    ],
    comments=[("jarka_bb", "29.02.2024 9:30", "[[Gratulujeme! Aj môj brat má narodeniny 29. februára.]]")],
    teasers=[("Pôrodnica v Hronskom Brode má nové sály", "12. 9. 2023", "2023-09-12")],
    authors=["Peter Horváth", "Zuzana Kollárová"],
    published="2024-02-29T08:15:00+01:00",
    shapes=["time-element-only", "two-authors", "author-links", "photo-credit", "box-in-story", "comments"],
)

# --- r25 hr: RDFa, local offset after midnight, hashed --------------------------------------------------------------

_K25 = Classes(True, "r25")
_S25 = Site(
    name="Jadranski glasnik",
    domain="jadranski-glasnik.example",
    nav=["Vijesti", "Regija", "Sport", "Biznis", "Kultura", "Lifestyle"],
    cookie="[[Koristimo kolačiće kako bismo vam pružili najbolje iskustvo na našim stranicama.]]",
    accept="Prihvaćam",
    footer="[[© 2024 Jadranski glasnik d.o.o. Sva prava pridržana. Zabranjeno preuzimanje sadržaja bez dopuštenja.]]",
    related="Najnovije",
    comments="Komentari",
    search="Traži",
)
r25 = build(
    id="r25-hr-rdfa-local-offset-hashed",
    lang="hr",
    declared="hr",
    site=_S25,
    k=_K25,
    path="sport/brodarac-se-vratio-u-prvu-ligu",
    headline="Brodarac se nakon devet godina vratio u Prvu ligu, navijači slavili do jutra",
    kicker="Sport",
    meta=(
        f'<div class="{_K25("meta")}" vocab="https://schema.org/" typeof="NewsArticle">'
        '<meta property="headline" content="Brodarac se nakon devet godina vratio u Prvu ligu, navijači slavili do jutra">'
        f'<span property="author" typeof="Person"><span property="name">Ivana Marić</span></span> '
        f'<time property="datePublished" datetime="2024-05-30T00:30:00+02:00">30.05.2024. u 00:30</time></div>'
    ),
    blocks=[
        P(
            "[[Nogometaši Brodarca pobjedom od 2:0 nad Mornarom u posljednjem kolu osigurali su povratak u Prvu ligu nakon devet godina.]] "
            "Oba gola postigao je dvadesetogodišnji napadač Luka Perišić."
        ),
        P(
            "Na stadionu Uvala okupilo se više od četiri tisuće gledatelja, najviše u posljednjih deset godina. "
            "[[Nakon završnog zvižduka navijači su utrčali na teren, a slavlje se potom preselilo na rivu, gdje je trajalo do jutarnjih sati.]]"
        ),
        BQ(
            "[[Ovo je pobjeda cijelog grada, ljudi koji su nas gledali i kad smo igrali pred dvjesto ljudi na kiši.]]",
            "trener Brodarca Zoran Bilić",
        ),
        P(
            "Klub sada čeka licenciju za prvoligaško natjecanje. "
            "Uprava tvrdi da su svi uvjeti ispunjeni, osim rasvjete na zapadnoj tribini, koja bi trebala biti gotova do srpnja."
        ),
    ],
    comments=[("Splićanin_77", "30.05.2024. 01:12", "[[Bravo dečki, ovo se čekalo devet dugih godina!]]")],
    teasers=[("[[Brodarac promijenio trenera usred sezone]]", "14.10.2023.", "2023-10-14T18:00:00+02:00")],
    side=f'<div class="{_K25("promo")}"><span>Oglas</span> [[Ljetni aranžmani na otocima već od 49 eura]]</div>',
    authors=["Ivana Marić"],
    published="2024-05-30T00:30:00+02:00",
    shapes=["rdfa", "local-offset", "blockquote", "hashed-classes", "comments", "teasers-older"],
)

# --- r26 bg: city dateline, dotted date, photographer credit, declared en -------------------------------------------

_S26 = Site(
    name="Тракийски вестник",
    domain="trakiiski-vestnik.example",
    nav=["Новини", "Регион", "Икономика", "Спорт", "Култура", "Здраве"],
    cookie="[[Този сайт използва бисквитки, за да подобри вашето преживяване.]]",
    accept="Приемам",
    footer="[[Всички права запазени © 2024 „Тракийски вестник“ ЕООД]]",
    related="Още от региона",
    comments="Коментари",
    search="Търсене",
)
r26 = build(
    id="r26-bg-dateline-dotted-date-lang-en",
    lang="bg",
    declared="en",
    site=_S26,
    path="region/novo-detsko-otdelenie-yambolen",
    headline="Болницата в Ямболен откри ново детско отделение",
    kicker="Регион",
    meta=(
        '<div class="meta"><span class="date">07.06.2024 15:22</span> '
        '<span class="author">Автор: Мария Петрова / „Тракия прес“</span></div>'
    ),
    blocks=[
        FIG(
            "https://img.trakiiski-vestnik.example/2024/06/detsko.jpg",
            "Новото отделение разполага с 24 легла.",
            "[[Снимка: Георги Стоянов]]",
        ),
        P(
            "[[Ямболен, 7 юни. Многопрофилната болница в Ямболен откри днес ново детско отделение с 24 легла и собствена спешна зала.]] "
            "Ремонтът на старото крило продължи година и половина и струва 3,6 млн. лева."
        ),
        P(
            "В отделението има и шест стаи, в които родителите могат да остават заедно с децата си. "
            "[[Досега малките пациенти с по-тежки заболявания бяха насочвани към болници в Стара Загора и Пловдив.]]"
        ),
        P(
            "Директорът на болницата д-р Стефан Колев каза, че вече са назначени двама нови педиатри, а още двама ще започнат работа през есента. "
            "По думите му това ще позволи отделението да работи с пълен капацитет."
        ),
        P(
            "[[На откриването присъстваха кметът на Ямболен Даниела Иванова и деца от местната детска градина, които подариха рисунки на персонала.]]"
        ),
    ],
    after='<div class="copy">[[Материалът е публикуван с разрешение на агенция „Тракия прес“.]]</div>',
    comments=[("Иван", "07.06.2024 16:40", "[[Крайно време беше, години наред пътувахме до Пловдив.]]")],
    teasers=[("Започва ремонтът на старото крило на болницата", "15.01.2023", "2023-01-15")],
    authors=["Мария Петрова"],
    published="2024-06-07",
    shapes=[
        "dateline",
        "date-text",
        "dotted-date",
        "byline-text",
        "author-with-agency",
        "photo-credit",
        "agency-credit",
        "lang-wrong",
    ],
)

# --- r27 el: "Γράφει η", weekday date with genitive month, ad labels, read-also -----------------------------------------

_S27 = Site(
    name="Νησιωτική Ενημέρωση",
    domain="nisiotiki.example",
    nav=["Ειδήσεις", "Νησιά", "Οικονομία", "Αθλητικά", "Πολιτισμός", "Απόψεις"],
    cookie="[[Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας στον ιστότοπό μας.]]",
    accept="Αποδοχή",
    footer="[[© 2024 Νησιωτική Ενημέρωση – Με την επιφύλαξη παντός δικαιώματος.]]",
    related="Δείτε ακόμη",
    comments="Σχόλια",
    search="Αναζήτηση",
)
r27 = build(
    id="r27-el-byline-grafei-genitive-date-ads",
    lang="el",
    declared="el",
    site=_S27,
    path="nisia/kalamonisi-nea-akoploiki-grammi",
    headline="Καλαμονήσι: Νέα ακτοπλοϊκή γραμμή με τον Πειραιά από τον Οκτώβριο",
    kicker="Νησιά",
    meta=(
        '<div class="post-meta"><span class="author">Γράφει η Ελένη Μαυρίδου</span> — '
        '<span class="date">Τρίτη, 10 Σεπτεμβρίου 2024, 13:20</span></div>'
    ),
    blocks=[
        P(
            "[[Από την 1η Οκτωβρίου το Καλαμονήσι θα συνδέεται απευθείας με τον Πειραιά τρεις φορές την εβδομάδα, χωρίς ενδιάμεση στάση στη Σύρο.]] "
            "Η γραμμή εντάσσεται στις άγονες γραμμές που επιδοτεί το υπουργείο."
        ),
        P(
            "Μέχρι σήμερα οι κάτοικοι του νησιού έπρεπε να αλλάξουν πλοίο, με αποτέλεσμα το ταξίδι να διαρκεί έως και δέκα ώρες. "
            "[[Με το νέο δρομολόγιο η διαδρομή θα γίνεται σε έξι ώρες και μισή.]]"
        ),
        RAW(
            '<div class="ad-wrap"><small>ΔΙΑΦΗΜΙΣΗ</small><a href="https://ads.example/gr">[[Κλείστε τώρα τις διακοπές σας στις Κυκλάδες με έκπτωση 25%]]</a></div>'
        ),
        P(
            "Ο δήμαρχος Καλαμονησίου Μανώλης Βεργής χαρακτήρισε την απόφαση «δικαίωση για έναν αγώνα πολλών ετών». "
            "[[Όπως είπε, η απευθείας σύνδεση θα βοηθήσει κυρίως τους ηλικιωμένους που ταξιδεύουν για ιατρικές εξετάσεις στην Αθήνα.]]"
        ),
        P(
            "Η γραμμή θα εκτελείται από το πλοίο «Αγία Μαρίνα», χωρητικότητας 600 επιβατών και 80 οχημάτων. "
            "Τα εισιτήρια θα διατίθενται από τα μέσα Σεπτεμβρίου."
        ),
    ],
    comments=[
        (
            "Γιάννης Κ.",
            "10/09/2024 14:05",
            "[[Επιτέλους! Δέκα ώρες για να πας στον Πειραιά ήταν απαράδεκτο.]]",
        )
    ],
    teasers=[
        ("[[Χωρίς πλοίο για τέσσερις μέρες το Καλαμονήσι λόγω μποφόρ]]", "3 Φεβρουαρίου 2024", "2024-02-03")
    ],
    authors=["Ελένη Μαυρίδου"],
    published="2024-09-10",
    shapes=["date-text", "weekday-date", "inflected-month", "byline-text", "ad-label", "teasers-older"],
)

# --- r28 ca: JSON-LD with two author objects, local offset on the night the clocks change, hashed ------------------

_K28 = Classes(True, "r28")
_S28 = Site(
    name="La Veu del Penedès Nord",
    domain="laveupenedesnord.example",
    nav=["Actualitat", "Comarca", "Economia", "Esports", "Cultura", "Opinió"],
    cookie="[[Utilitzem galetes pròpies i de tercers per millorar els nostres serveis.]]",
    accept="Accepto",
    footer="[[© 2024 La Veu del Penedès Nord. Tots els drets reservats. Avís legal.]]",
    related="Més notícies",
    search="Cerca",
)
_U28 = "https://laveupenedesnord.example/comarca/incendi-nau-poligon-les-forques"
r28 = build(
    id="r28-ca-jsonld-two-authors-offset-hashed",
    lang="ca",
    declared="ca",
    site=_S28,
    k=_K28,
    skin="app",
    path="comarca/incendi-nau-poligon-les-forques",
    headline="Els Bombers controlen l'incendi d'una nau al polígon de les Forques",
    kicker="Comarca",
    head=article_ld(
        "Els Bombers controlen l'incendi d'una nau al polígon de les Forques",
        _U28,
        _S28,
        published="2024-10-27T00:45:00+02:00",
        authors=["Núria Puigdomènech", "Arnau Soler"],
    ),
    meta=f'<div class="{_K28("signatura")}">Núria Puigdomènech · Arnau Soler</div>',
    blocks=[
        P(
            "[[Els Bombers de la Generalitat han donat per controlat poc abans de la mitjanit l'incendi que ha cremat una nau de mobles al polígon de les Forques, a Sant Pere de Riudebitlles.]] "
            "No hi ha hagut ferits."
        ),
        P(
            "L'avís s'ha rebut a les 21.10 h, quan diversos veïns han vist una gran columna de fum negre des de la carretera. "
            "[[Fins a catorze dotacions han treballat per evitar que les flames passessin a les naus veïnes, una de les quals emmagatzema productes químics.]]"
        ),
        RAW(
            f'<div class="{_K28("related-inline")}"><span>Us pot interessar</span>'
            f'<a href="/comarca/poligon-forques-ampliacio">[[El polígon de les Forques s\'amplia amb dotze parcel·les noves]]</a></div>'
        ),
        P(
            "Protecció Civil ha demanat als veïns del barri del Molí que mantinguin les finestres tancades durant la nit. "
            "[[L'alcaldessa, Montserrat Rovira, ha explicat que l'Ajuntament ha obert el pavelló municipal per si calia acollir algú.]]"
        ),
        P(
            "Els Agents Rurals i els Mossos d'Esquadra investiguen les causes de l'incendi. "
            "L'empresa, que té vint-i-dos treballadors, no ha volgut fer declaracions."
        ),
    ],
    teasers=[
        (
            "[[Un altre incendi al polígon obliga a tallar la C-15]]",
            "2 d'agost del 2023",
            "2023-08-02T17:00:00+02:00",
        )
    ],
    side=f'<div class="{_K28("box")}">[[Fes-te subscriptor i rep La Veu a casa cada dissabte.]]</div>',
    authors=["Núria Puigdomènech", "Arnau Soler"],
    published="2024-10-27T00:45:00+02:00",
    shapes=[
        "jsonld",
        "jsonld-authors-objects",
        "local-offset",
        "two-authors",
        "carousel-inline",
        "hashed-classes",
    ],
)

# --- r29 vi: date with GMT+7 in text, author name in bold after the story, hashed ------------------------------------

_K29 = Classes(True, "r29")
_S29 = Site(
    name="Báo Cao Nguyên Mới",
    domain="caonguyenmoi.example",
    nav=["Thời sự", "Kinh doanh", "Xã hội", "Thể thao", "Giải trí", "Sức khỏe"],
    cookie="[[Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn trên trang web.]]",
    accept="Đồng ý",
    footer="[[© Bản quyền thuộc Báo Cao Nguyên Mới. Không được sao chép khi chưa có sự đồng ý bằng văn bản.]]",
    related="Tin liên quan",
    comments="Ý kiến bạn đọc",
    search="Tìm kiếm",
)
r29 = build(
    id="r29-vi-gmt-offset-text-author-after",
    lang="vi",
    declared="vi",
    site=_S29,
    k=_K29,
    path="kinh-doanh/hop-tac-xa-ca-phe-ea-ron-xuat-khau-lo-dau-tien-4789213.html",
    headline="Hợp tác xã cà phê Ea Rôn xuất khẩu lô hàng đầu tiên sang châu Âu",
    kicker="Kinh doanh",
    meta=f'<span class="{_K29("date")}">Thứ Sáu, 8/11/2024, 14:05 (GMT+7)</span>',
    blocks=[
        P(
            "[[Sáng 8/11, Hợp tác xã cà phê Ea Rôn ở huyện Krông Sao đã xuất khẩu lô cà phê nhân đầu tiên gồm 19 tấn sang Bỉ.]] "
            "Đây là lần đầu tiên một hợp tác xã trong huyện tự ký hợp đồng trực tiếp với nhà nhập khẩu nước ngoài."
        ),
        P(
            "Theo ông Y Bhim Niê, giám đốc hợp tác xã, toàn bộ lô hàng được trồng theo tiêu chuẩn hữu cơ và truy xuất được nguồn gốc đến từng vườn. "
            "[[Giá bán cao hơn khoảng 20% so với bán cho thương lái trong nước.]]"
        ),
        P(
            "Hợp tác xã hiện có 86 thành viên với tổng diện tích hơn 140 ha. "
            "Để đạt chứng nhận, các hộ phải ngừng dùng thuốc diệt cỏ và ghi chép nhật ký canh tác suốt ba năm."
        ),
        P(
            "[[Bà H'Lan Êban, một thành viên, cho biết thu nhập của gia đình bà đã tăng gần gấp đôi so với trước.]] "
            "Năm tới, hợp tác xã dự kiến xuất khẩu thêm hai lô hàng sang Đức và Hà Lan."
        ),
    ],
    after=f'<p class="{_K29("author")}" style="text-align:right"><strong>Trần Minh Khoa</strong></p>',
    comments=[("Nguyễn Văn Hùng", "8/11/2024 15:20", "[[Mong có thêm nhiều hợp tác xã làm được như vậy.]]")],
    teasers=[("[[Giá cà phê Tây Nguyên lập đỉnh mới]]", "Thứ Hai, 15/4/2024", "2024-04-15T09:00:00+07:00")],
    side=f'<div class="{_K29("ad")}">Quảng cáo: [[Vay mua nhà lãi suất ưu đãi chỉ từ 5,9%/năm]]</div>',
    authors=["Trần Minh Khoa"],
    published="2024-11-08T14:05:00+07:00",
    shapes=[
        "date-text",
        "offset-in-text",
        "weekday-date",
        "author-after-story",
        "hashed-classes",
        "teasers-older",
    ],
)

# --- r30 he: RTL, short dotted date, updated trap, no declared language --------------------------------------------

_S30 = Site(
    name="חדשות העמק והחוף",
    domain="hadashot-haemek.example",
    nav=["חדשות", "מקומי", "כלכלה", "ספורט", "תרבות", "דעות"],
    cookie="[[אתר זה משתמש בעוגיות כדי לשפר את חוויית הגלישה שלך.]]",
    accept="אישור",
    footer="[[כל הזכויות שמורות © חדשות העמק והחוף 2024]]",
    related="עוד באתר",
    comments="תגובות",
    search="חיפוש",
)
r30 = build(
    id="r30-he-short-dotted-date-updated-nolang",
    lang="he",
    declared=None,
    rtl=True,
    site=_S30,
    path="local/article/park-hanahal-nifthah",
    headline="פארק הנחל בקריית הדקל נפתח לציבור אחרי שלוש שנות עבודה",
    kicker="מקומי",
    meta=(
        '<div class="byline">מאת נועה ברק</div>'
        '<div class="dates"><span>פורסם: 23.01.24 | 21:05</span> <span class="upd">[[עודכן: 24.01.24 | 08:10]]</span></div>'
    ),
    blocks=[
        P(
            "[[פארק הנחל החדש בקריית הדקל נפתח היום לציבור, אחרי שלוש שנות עבודה ועלות של כ-48 מיליון שקל.]] "
            "הפארק משתרע על פני 120 דונם לאורך גדות נחל הדקל, שעבר שיקום מקיף."
        ),
        P(
            "בפארק נסללו שבעה קילומטרים של שבילי הליכה ואופניים, והוקמו בו מגרשי משחקים, פינות ישיבה מוצלות ואגם קטן. "
            "[[לאורך הנחל נשתלו יותר מארבעת אלפים עצים ושיחים מקומיים.]]"
        ),
        P(
            "ראש העירייה, אבי שטרן, אמר בטקס הפתיחה כי מדובר בפרויקט הסביבתי הגדול ביותר בתולדות העיר. "
            "[[לדבריו, עד לפני עשור הנחל היה מזוהם ומלא פסולת, ותושבים רבים כלל לא ידעו על קיומו.]]"
        ),
        P(
            "הכניסה לפארק חופשית, והוא יהיה פתוח בכל ימות השבוע. "
            "בחודשים הקרובים צפויים להיפתח בו גם בית קפה ומרכז לחינוך סביבתי."
        ),
    ],
    comments=[("דני", "23.01.24 22:10", "[[סוף סוף יש לנו מקום לטייל בו עם הילדים בלי לנסוע רחוק.]]")],
    teasers=[("[[העירייה אישרה את תוכנית שיקום הנחל]]", "05.03.21", "2021-03-05")],
    authors=["נועה ברק"],
    published="2024-01-23",
    shapes=[
        "rtl",
        "date-text",
        "dotted-date",
        "updated-trap",
        "byline-text",
        "lang-missing",
        "teasers-older",
    ],
)

PAGES = [r24, r25, r26, r27, r28, r29, r30]
