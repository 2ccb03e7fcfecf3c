# ruff: noqa: RUF001
"""Pages r31-r36 of the fifth held-out set: fa, hi, th, et, sw, ms (invented stories and sites)."""

from __future__ import annotations

from kit5 import H2, RAW, Classes, P, Site, article_ld, build

# --- r31 fa: Solar Hijri date only, Persian digits, unsigned, no declared language --------------------------------

_S31 = Site(
    name="خبرگزاری دشت نو",
    domain="dashtenow.example",
    nav=["صفحه اصلی", "استانی", "اقتصادی", "ورزشی", "فرهنگی", "عکس"],
    cookie="[[این وب‌سایت برای بهبود تجربه کاربری از کوکی استفاده می‌کند.]]",
    accept="پذیرفتم",
    footer="[[تمامی حقوق این سایت متعلق به خبرگزاری دشت نو است. استفاده از مطالب با ذکر منبع بلامانع است.]]",
    related="اخبار مرتبط",
    comments="نظرات",
    search="جستجو",
)
r31 = build(
    id="r31-fa-solar-hijri-date-unsigned-nolang",
    lang="fa",
    declared=None,
    rtl=True,
    site=_S31,
    path="news/84217/",
    headline="برداشت زعفران در گلستان‌آباد آغاز شد؛ پیش‌بینی افزایش ۱۵ درصدی محصول",
    kicker="اقتصادی",
    meta=(
        '<div class="news-info"><span>کد خبر: ۸۴۲۱۷</span> | '
        "<span>تاریخ انتشار: شنبه ۱۲ آبان ۱۴۰۳ - ۱۰:۳۰</span></div>"
    ),
    blocks=[
        P(
            "[[برداشت زعفران از مزارع شهرستان گلستان‌آباد از اوایل هفته جاری آغاز شده و تا پایان آذر ادامه دارد.]] "
            "به گفته مسئولان جهاد کشاورزی، امسال حدود ۲ هزار و ۳۰۰ هکتار از اراضی این شهرستان زیر کشت زعفران است."
        ),
        P(
            "مدیر جهاد کشاورزی شهرستان با اشاره به بارندگی‌های مناسب پاییزی گفت: "
            "[[پیش‌بینی می‌شود تولید زعفران امسال نسبت به سال گذشته حدود ۱۵ درصد افزایش یابد.]]"
        ),
        P(
            "در روزهای برداشت، صدها نفر از اهالی روستاهای اطراف از پیش از طلوع آفتاب گل‌ها را می‌چینند تا پیش از باز شدن کامل، کلاله‌ها جدا شود. "
            "[[بسیاری از خانواده‌ها جداسازی کلاله‌ها را شب‌ها در خانه و با کمک همه اعضای خانواده انجام می‌دهند.]]"
        ),
        P(
            "کشاورزان اما از افزایش هزینه کارگر و نوسان قیمت در بازار گلایه دارند و خواستار خرید تضمینی محصول هستند. "
            "به گفته یکی از زعفران‌کاران روستای قلعه‌نو، دستمزد روزانه کارگر نسبت به سال قبل تقریباً دو برابر شده است."
        ),
    ],
    comments=[("محمد", "۱۲ آبان ۱۴۰۳", "[[امیدوارم امسال قیمت خرید منصفانه باشد و دلال‌ها سود نبرند.]]")],
    teasers=[
        ("[[کاهش ۳۰ درصدی محصول زعفران به دلیل خشکسالی]]", "۲۰ آبان ۱۴۰۱", "2022-11-11"),
        ("نمایشگاه زعفران گلستان‌آباد برگزار می‌شود", "۵ آذر ۱۴۰۲", "2023-11-26"),
    ],
    side='<div class="tabligh">[[تبلیغات: فروش ویژه زعفران ممتاز با ارسال رایگان]]</div>',
    authors=[],
    published="2024-11-02",
    shapes=[
        "rtl",
        "date-text",
        "solar-hijri-calendar",
        "local-digits",
        "weekday-date",
        "unsigned",
        "lang-missing",
        "teasers-older",
    ],
)

# --- r32 hi: 12-hour time with IST, updated trap, "Name | role", hashed ----------------------------------------------

_K32 = Classes(True, "r32")
_S32 = Site(
    name="अवध समाचार",
    domain="awadh-samachar.example",
    nav=["होम", "देश", "प्रदेश", "शहर", "खेल", "मनोरंजन"],
    cookie="[[हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं।]]",
    accept="स्वीकार करें",
    footer="[[कॉपीराइट © 2024 अवध समाचार। सर्वाधिकार सुरक्षित।]]",
    related="ये भी पढ़ें",
    comments="टिप्पणियां",
    search="खोजें",
)
r32 = build(
    id="r32-hi-12h-ist-updated-name-role-hashed",
    lang="hi",
    declared="hi",
    site=_S32,
    k=_K32,
    path="shahar/brijpur-janmashtami-mela-record-bheed",
    headline="बृजपुर में जन्माष्टमी मेले में उमड़ी रिकॉर्ड भीड़, दो लाख श्रद्धालु पहुंचे",
    kicker="शहर",
    meta=(
        f'<div class="{_K32("writer")}">अंकित मिश्रा | संवाददाता</div>'
        f'<div class="{_K32("dates")}"><span>प्रकाशित: 26 अगस्त 2024, 10:15 AM IST</span> '
        f"<span>[[अपडेटेड: 26 अगस्त 2024, 05:40 PM IST]]</span></div>"
    ),
    blocks=[
        P(
            "[[जन्माष्टमी के अवसर पर बृजपुर के प्राचीन गोविंद देव मंदिर में इस बार करीब दो लाख श्रद्धालु दर्शन के लिए पहुंचे।]] "
            "सुबह चार बजे से ही मंदिर के बाहर लंबी कतारें लग गई थीं।"
        ),
        P(
            "भीड़ को देखते हुए प्रशासन ने शहर में भारी वाहनों का प्रवेश रोक दिया और मेला क्षेत्र को छह सेक्टरों में बांटा। "
            "[[सुरक्षा के लिए आठ सौ पुलिसकर्मी तैनात किए गए और पूरे मेला क्षेत्र पर ड्रोन कैमरों से नजर रखी गई।]]"
        ),
        RAW(
            f'<div class="{_K32("ad")}"><span>विज्ञापन</span><a href="https://ads.example/hi">[[त्योहारी सेल: स्मार्टफोन पर 40% तक की छूट]]</a></div>'
        ),
        P(
            "मेले में लगी झांकियां आकर्षण का केंद्र रहीं। "
            "[[स्थानीय स्कूलों के बच्चों ने कृष्ण लीला पर आधारित नाटक प्रस्तुत किए, जिन्हें देखने के लिए देर रात तक लोग जमे रहे।]]"
        ),
        P(
            "जिलाधिकारी सुनीता वर्मा ने बताया कि श्रद्धालुओं के लिए बीस जगहों पर पीने के पानी और पांच जगहों पर प्राथमिक चिकित्सा की व्यवस्था की गई थी। "
            "मंगलवार को मंदिर में नंदोत्सव मनाया जाएगा।"
        ),
    ],
    comments=[("राकेश यादव", "26 अगस्त 2024", "[[इस बार व्यवस्था पिछले साल से काफी बेहतर थी।]]")],
    teasers=[("बृजपुर में गोविंद देव मंदिर कॉरिडोर का काम शुरू", "12 जनवरी 2024", "2024-01-12")],
    authors=["अंकित मिश्रा"],
    published="2024-08-26",
    shapes=["date-text", "12h-time", "updated-trap", "byline-role", "ad-label", "hashed-classes"],
)

# --- r33 th: Buddhist-era year, abbreviated month, declared en ---------------------------------------------------------

_S33 = Site(
    name="ข่าวเหนือวันนี้",
    domain="khaonuea-today.example",
    nav=["หน้าแรก", "ข่าวภูมิภาค", "เศรษฐกิจ", "ท่องเที่ยว", "กีฬา", "บันเทิง"],
    cookie="[[เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของคุณ]]",
    accept="ยอมรับ",
    footer="[[สงวนลิขสิทธิ์ © 2567 ข่าวเหนือวันนี้ ห้ามคัดลอกเนื้อหาโดยไม่ได้รับอนุญาต]]",
    related="ข่าวที่เกี่ยวข้อง",
    comments="ความคิดเห็น",
    search="ค้นหา",
)
r33 = build(
    id="r33-th-buddhist-era-date-lang-en",
    lang="th",
    declared="en",
    site=_S33,
    path="travel/doi-kham-luang-winter-flower-festival",
    headline="ดอยคำหลวงคึกคัก นักท่องเที่ยวแห่ชมทุ่งดอกบัวตองบานสะพรั่ง",
    kicker="ท่องเที่ยว",
    meta=('<div class="meta"><span>ผู้เขียน: ณัฐวุฒิ แสงทอง</span> <span>12 ธ.ค. 2567 เวลา 09:30 น.</span></div>'),
    blocks=[
        P(
            "[[ทุ่งดอกบัวตองบนดอยคำหลวง อำเภอแม่ลานนา จังหวัดเชียงหมอก เริ่มบานเต็มพื้นที่แล้วตั้งแต่ต้นสัปดาห์]] "
            "ทำให้มีนักท่องเที่ยวเดินทางขึ้นไปชมและถ่ายภาพเป็นจำนวนมาก"
        ),
        P(
            "นายสมพงษ์ ใจดี นายอำเภอแม่ลานนา เปิดเผยว่า ช่วงสุดสัปดาห์ที่ผ่านมามีนักท่องเที่ยวมากกว่าหนึ่งหมื่นคน "
            "[[ทางอำเภอจึงจัดรถสองแถวรับส่งจากลานจอดรถเชิงดอยขึ้นไปยังจุดชมวิว เพื่อลดปัญหารถติดบนถนนแคบ]]"
        ),
        P(
            "อุณหภูมิบนยอดดอยช่วงเช้าลดลงเหลือประมาณ 8 องศาเซลเซียส และมีทะเลหมอกให้ชมในวันที่อากาศแจ่มใส "
            "ชาวบ้านในพื้นที่ได้นำผลผลิตทางการเกษตร เช่น กาแฟ อะโวคาโด และผ้าทอมือ มาจำหน่ายให้นักท่องเที่ยว"
        ),
        P(
            "[[คาดว่าดอกบัวตองจะบานไปจนถึงปลายเดือนธันวาคม]] "
            "นักท่องเที่ยวที่ต้องการค้างคืนควรจองที่พักล่วงหน้า และเตรียมเสื้อกันหนาวให้พร้อม"
        ),
    ],
    comments=[("แพรวา", "12 ธ.ค. 2567 10:45", "[[ไปมาเมื่อวันเสาร์ สวยมากค่ะ แต่คนเยอะจริงๆ]]")],
    teasers=[("[[เชียงหมอกหนาวสุดในรอบ 10 ปี]]", "20 ม.ค. 2566", "2023-01-20")],
    side='<div class="ads">โฆษณา [[แพ็กเกจทัวร์ภาคเหนือ ราคาพิเศษ]]</div>',
    authors=["ณัฐวุฒิ แสงทอง"],
    published="2024-12-12",
    shapes=[
        "date-text",
        "buddhist-era-calendar",
        "abbreviated-month",
        "byline-text",
        "lang-wrong",
        "teasers-older",
    ],
)

# --- r34 et: microdata, subheads, inline "Loe ka", hashed ---------------------------------------------------------

_K34 = Classes(True, "r34")
_S34 = Site(
    name="Lõunaranniku Teataja",
    domain="lounaranniku-teataja.example",
    nav=["Uudised", "Maakond", "Majandus", "Sport", "Kultuur", "Arvamus"],
    cookie="[[Kasutame küpsiseid, et pakkuda sulle paremat kasutuskogemust.]]",
    accept="Nõustun",
    footer="[[© 2024 Lõunaranniku Teataja AS. Kõik õigused kaitstud.]]",
    related="Loe veel",
    comments="Kommentaarid",
    search="Otsi",
)
r34 = build(
    id="r34-et-microdata-subheads-hashed",
    lang="et",
    declared="et",
    site=_S34,
    k=_K34,
    skin="app",
    path="maakond/parnjoel-avati-laste-liikluslinnak",
    headline="Pärnjõel avati maakonna esimene laste liikluslinnak",
    kicker="Maakond",
    meta=(
        f'<div class="{_K34("meta")}" itemscope itemtype="https://schema.org/NewsArticle">'
        '<meta itemprop="headline" content="Pärnjõel avati maakonna esimene laste liikluslinnak">'
        '<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Kadri Tamm</span></span> '
        '<time itemprop="datePublished" datetime="2024-04-04T12:47:00+03:00">04.04.2024 12:47</time></div>'
    ),
    blocks=[
        P(
            "[[Pärnjõe linnas avati neljapäeval maakonna esimene laste liikluslinnak, kus lapsed saavad harjutada rattasõitu päris ristmike ja fooridega.]] "
            "Linnak asub endise turuplatsi kõrval."
        ),
        H2("Väikesed teed ja päris märgid"),
        P(
            "Linnakus on ligi 600 meetrit teid, kaks ringristmikku, ülekäigurajad ja raudteeülesõidu koht. "
            "[[Kõik liiklusmärgid on samasugused nagu päris tänaval, lihtsalt veidi väiksemad.]]"
        ),
        RAW(
            f'<div class="{_K34("loe-ka")}">Loe ka: <a href="/maakond/rattateed">[[Pärnjõe rattateede võrk kasvab sel suvel kaks korda]]</a></div>'
        ),
        H2("Koolid saavad tasuta tunde"),
        P(
            "Linnaosa koolid saavad linnakus tasuta liiklustunde, mida viivad läbi politsei noorsootöötajad. "
            "[[Abilinnapea Marko Kask ütles, et nädalavahetustel on linnak avatud kõigile peredele.]]"
        ),
        P(
            "Linnaku ehitus läks maksma 240 000 eurot, millest kolmandiku kattis maanteeamet. "
            "Sügisel lisatakse sinna ka väike bussipeatus ja tõkkepuuga parkla."
        ),
    ],
    comments=[
        (
            "Mari-Liis",
            "04.04.2024 14:03",
            "[[Suurepärane! Meie poeg ootab juba, millal saab proovima minna.]]",
        )
    ],
    teasers=[("[[Pärnjõe turuplats ootab uut elu]]", "19.10.2022", "2022-10-19")],
    authors=["Kadri Tamm"],
    published="2024-04-04T12:47:00+03:00",
    shapes=["microdata", "subheads", "read-also-inline", "hashed-classes", "comments"],
)

# --- r35 sw: "Na ..." byline, weekday date, declared en, WordPress -------------------------------------------------------

_S35 = Site(
    name="Sauti ya Pwani Leo",
    domain="sautiyapwani.example",
    nav=["Habari", "Mikoa", "Biashara", "Michezo", "Burudani", "Makala"],
    cookie="[[Tovuti hii inatumia vidakuzi ili kuboresha huduma zetu.]]",
    accept="Nakubali",
    footer="[[Haki zote zimehifadhiwa © 2024 Sauti ya Pwani Leo]]",
    related="Habari zinazohusiana",
    comments="Maoni",
    search="Tafuta",
)
r35 = build(
    id="r35-sw-byline-na-weekday-date-lang-en",
    lang="sw",
    declared="en-US",
    site=_S35,
    skin="blog",
    path="mikoa/mwambao-kaskazini-wapata-maji-safi/",
    headline="Wakazi wa Mwambao Kaskazini wapata maji safi baada ya miaka kumi ya kusubiri",
    kicker="Mikoa",
    meta=(
        '<div class="entry-meta"><span class="byline">Na Juma Mwakyusa</span> '
        '<span class="posted-on">Jumanne, Machi 19, 2024</span></div>'
    ),
    blocks=[
        P(
            "[[Zaidi ya wakazi elfu sita wa kijiji cha Mwambao Kaskazini sasa wanapata maji safi ya bomba baada ya mradi wa maji kukamilika wiki hii.]] "
            "Kwa miaka mingi wanawake na watoto walilazimika kutembea kilomita tano kila siku kuchota maji mtoni."
        ),
        P(
            "Mradi huo umejumuisha kisima kirefu, tanki la kuhifadhi lita laki mbili na vituo kumi na viwili vya kuchotea maji. "
            "[[Gharama ya mradi ni shilingi milioni 840, zilizotolewa na serikali kwa kushirikiana na wadau wa maendeleo.]]"
        ),
        P(
            "Mwenyekiti wa kijiji, Bi. Zuhura Athumani, alisema wanafunzi sasa hawachelewi tena shuleni kwa sababu ya kwenda kuchota maji. "
            "[[Alisema magonjwa ya kuhara yaliyokuwa yakiwapata watoto mara kwa mara yanatarajiwa kupungua.]]"
        ),
        P(
            "Kila kaya italipia ndoo moja shilingi hamsini, fedha ambazo zitatumika kutunza miundombinu. "
            "Kamati ya maji ya kijiji imechaguliwa kusimamia vituo hivyo."
        ),
    ],
    comments=[
        (
            "Mwanaisha",
            "Machi 19, 2024 saa 4:12 asubuhi",
            "[[Hongereni sana wana Mwambao, mmesubiri kwa muda mrefu.]]",
        ),
    ],
    nested="ol",
    teasers=[("[[Ukame waathiri vijiji vya pwani ya kaskazini]]", "Oktoba 2, 2022", "2022-10-02")],
    side='<div class="widget">[[Jiunge na jarida letu upate habari kila wiki]]</div>',
    authors=["Juma Mwakyusa"],
    published="2024-03-19",
    shapes=["wordpress", "date-text", "weekday-date", "byline-text", "lang-wrong", "teasers-older"],
)

# --- r36 ms: JSON-LD without datePublished, visible date with "petang", declared en ---------------------------------

_S36 = Site(
    name="Suara Serindit",
    domain="suaraserindit.example",
    nav=["Berita", "Negeri", "Bisnes", "Sukan", "Hiburan", "Pendidikan"],
    cookie="[[Laman web ini menggunakan kuki untuk memberikan pengalaman terbaik kepada anda.]]",
    accept="Terima",
    footer="[[Hak Cipta Terpelihara © 2024 Suara Serindit Sdn. Bhd.]]",
    related="Berita berkaitan",
    comments="Komen",
    search="Cari",
)
_U36 = "https://suaraserindit.example/pendidikan/pelajar-cipta-aplikasi-amaran-banjir"
r36 = build(
    id="r36-ms-jsonld-no-date-visible-date-lang-en",
    lang="ms",
    declared="en",
    site=_S36,
    path="pendidikan/pelajar-cipta-aplikasi-amaran-banjir",
    headline="Pelajar Kuala Serindit cipta aplikasi amaran banjir, menang pertandingan kebangsaan",
    kicker="Pendidikan",
    head=article_ld(
        "Pelajar Kuala Serindit cipta aplikasi amaran banjir, menang pertandingan kebangsaan",
        _U36,
        _S36,
        authors=["Nurul Aisyah Kamarudin"],
    ),
    meta=(
        '<div class="penulis">Oleh Nurul Aisyah Kamarudin</div>'
        '<div class="tarikh">18 Julai 2024, 3:45 petang</div>'
    ),
    blocks=[
        P(
            "[[Tiga pelajar Sekolah Menengah Kebangsaan Kuala Serindit muncul juara Pertandingan Inovasi Pelajar Kebangsaan dengan aplikasi amaran banjir ciptaan mereka.]] "
            "Aplikasi itu menghantar amaran kepada penduduk apabila paras air sungai meningkat dengan cepat."
        ),
        P(
            "Aplikasi yang dinamakan AirWaspada itu menggunakan sensor murah yang dipasang pada tiang jambatan. "
            "[[Data dihantar setiap lima minit dan penduduk menerima notifikasi telefon apabila paras air melepasi tahap bahaya.]]"
        ),
        P(
            "Ketua pasukan, Muhammad Haziq Roslan, 16, berkata idea itu tercetus selepas rumah neneknya dinaiki air pada banjir besar dua tahun lalu. "
            "Mereka mengambil masa lapan bulan untuk membangunkan dan menguji sistem tersebut."
        ),
        P(
            "[[Pejabat Daerah Kuala Serindit menyatakan minat untuk menguji aplikasi itu di tiga kampung yang sering dilanda banjir.]] "
            "Pasukan itu turut menerima hadiah wang tunai RM5,000 dan peluang mengikuti program latihan di sebuah universiti tempatan."
        ),
    ],
    comments=[
        ("Cikgu Rohana", "18/07/2024 5:02 PTG", "[[Tahniah anak-anak! Cikgu bangga dengan kamu semua.]]")
    ],
    teasers=[("[[Banjir kilat landa tiga kampung di Kuala Serindit]]", "5 Disember 2022", "2022-12-05")],
    side='<div class="iklan">IKLAN [[Pakej percutian keluarga ke Pulau Sirih dari RM299]]</div>',
    authors=["Nurul Aisyah Kamarudin"],
    published="2024-07-18",
    shapes=[
        "jsonld",
        "jsonld-no-date",
        "date-text",
        "12h-time",
        "byline-text",
        "lang-wrong",
        "teasers-older",
    ],
)

PAGES = [r31, r32, r33, r34, r35, r36]
