# ruff: noqa: RUF001
"""Pages r17-r23 of the fifth held-out set: id, ja, zh, ko, ru, uk, ar (invented stories and sites)."""

from __future__ import annotations

from kit5 import BR, DIV, RAW, Classes, P, Site, article_ld, build, og

# --- r17 id: story in <div>s without <p>, "Penulis | Editor" ------------------------------------------------

_S17 = Site(
    name="Warta Sumberjaya",
    domain="wartasumberjaya.example",
    nav=["Beranda", "Daerah", "Ekonomi", "Olahraga", "Gaya Hidup", "Indeks"],
    cookie="[[Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda saat menjelajah.]]",
    accept="Setuju",
    footer="[[Copyright © 2024 Warta Sumberjaya. Seluruh hak cipta dilindungi.]]",
    related="Berita Terkait",
    comments="Komentar",
    search="Cari",
)
r17 = build(
    id="r17-id-divs-no-p-author-editor",
    lang="id",
    declared="id",
    site=_S17,
    path="daerah/pasar-lama-sumberjaya-pindah-ke-gedung-baru",
    headline="Pedagang Pasar Lama Sumberjaya Mulai Pindah ke Gedung Baru",
    kicker="Daerah",
    meta=(
        '<div class="info-penulis">Penulis: <a href="/penulis/dimas-prasetyo">Dimas Prasetyo</a> | Editor: Rina Kartika</div>'
        '<div class="tanggal">Senin, 22 Januari 2024 | 13:45 WIB</div>'
    ),
    blocks=[
        DIV(
            "[[Ratusan pedagang Pasar Lama Sumberjaya mulai memindahkan barang dagangan mereka ke gedung pasar baru di Jalan Veteran, Senin pagi.]] "
            "Pemindahan ditargetkan selesai dalam dua minggu."
        ),
        DIV(
            "Gedung pasar tiga lantai itu dibangun dengan anggaran Rp 86 miliar dan mampu menampung 740 kios serta los. "
            "Lantai dasar diperuntukkan bagi pedagang sayur, ikan, dan daging, sedangkan lantai dua untuk pakaian dan kebutuhan rumah tangga."
        ),
        RAW(
            '<div class="baca-juga">Baca juga: <a href="/daerah/parkir-pasar">[[Parkir Liar di Sekitar Pasar Sumberjaya Akan Ditertibkan]]</a></div>'
        ),
        DIV(
            "[[Kepala Dinas Perdagangan Kota Sumberjaya, Hendra Wibisono, mengatakan pedagang tidak dipungut biaya sewa selama enam bulan pertama.]] "
            "Menurutnya, kebijakan itu diambil agar pedagang tidak terbebani saat pelanggan masih beradaptasi dengan lokasi baru."
        ),
        DIV(
            "Namun, sebagian pedagang mengaku khawatir kehilangan pelanggan. "
            "[[Siti Aminah, pedagang bumbu yang sudah berjualan selama 23 tahun, berharap pemerintah menyediakan angkutan gratis dari terminal.]]"
        ),
    ],
    comments=[
        (
            "Budi S.",
            "22/01/2024 15:02",
            "[[Semoga pasar baru tetap bersih dan tidak becek seperti yang lama.]]",
        )
    ],
    teasers=[("[[Pembangunan Pasar Baru Sumberjaya Capai 90 Persen]]", "14 Oktober 2023", "2023-10-14")],
    authors=["Dimas Prasetyo"],
    published="2024-01-22",
    shapes=[
        "divs-no-p",
        "date-text",
        "weekday-date",
        "byline-text",
        "editor-credit",
        "author-links",
        "read-also-inline",
    ],
)

# --- r18 ja: <br><br> paragraphs, era year, author in parentheses after the story, no declared language -----------

_S18 = Site(
    name="みなと山陰新聞",
    domain="minato-sanin.example",
    nav=["ニュース", "地域", "経済", "スポーツ", "くらし", "おくやみ"],
    cookie="[[当サイトでは、利便性向上のためにクッキーを使用しています。]]",
    accept="同意する",
    footer="[[Copyright © みなと山陰新聞社 All Rights Reserved. 記事・写真の無断転載を禁じます。]]",
    related="関連記事",
    comments="コメント",
    search="検索",
)
r18 = build(
    id="r18-ja-br-paragraphs-era-date-nolang",
    lang="ja",
    declared=None,
    site=_S18,
    skin="table",
    path="news/chiiki/20241003-yuzuki-haikou-hotel.html",
    headline="廃校の小学校、宿泊施設に　柚木町で来春開業へ",
    meta='<div class="date">2024年（令和6年）10月3日 午後4時20分</div>',
    blocks=[
        BR(
            "[[柚木町は3日、2019年に閉校した旧北谷小学校を改修し、宿泊施設として来年4月に開業すると発表した。]]"
            "教室を客室に、体育館を地元産品の売り場に改める計画で、町内の企業が運営を担う。",
            "木造2階建ての校舎は1958年の建築で、改修費は約3億2千万円。"
            "[[客室は12室で、黒板や木の机など学校の面影をできるだけ残すという。]]",
            "同町では過疎化で小学校の統廃合が進み、空き校舎の活用が課題となっていた。"
            "町企画課の担当者は「卒業生が帰ってくるきっかけにもなれば」と話す。",
            "改修工事は今月中旬に始まり、来年2月末に完了する見込み。"
            "校庭はキャンプ場として整備し、テントの貸し出しも行う。旧職員室は地域住民が自由に使える交流スペースとして残す。",
            "運営を担うのは、町内で温泉旅館を営む「柚木観光開発」。"
            "同社の森下由美子社長は「子どもの声が消えた校舎に、もう一度にぎわいを取り戻したい。町外から来た人と地元の人が出会える場所にしたい」と意気込む。",
            "宿泊料金は1泊2食付きで1人9800円からを予定している。"
            "町は開業後3年間で延べ1万5千人の宿泊を見込んでおり、周辺の農家民泊や棚田の散策ツアーとも連携して誘客を図る。",
            "旧北谷小の卒業生で、町内に住む会社員の岡田修さん（45）は「学校がなくなってから集落がさびしくなった。"
            "泊まりに来た人が川や山の良さを知ってくれたらうれしい」と話していた。",
            "[[町は開業に合わせて、地元の高校生が考えた給食風の朝食メニューも提供する予定だ。]]",
        ),
    ],
    after='<div class="kisha">（田村健一）</div>',
    teasers=[
        ("[[柚木町、人口が初めて5千人を下回る]]", "2023年8月1日", "2023-08-01"),
        ("旧北谷小で最後の卒業式", "2019年3月20日", "2019-03-20"),
    ],
    side='<div class="ad"><span>広告</span>[[ふるさと納税で山陰の海の幸を]]</div>',
    comments=[("ゆずっこ", "2024/10/03 18:05", "[[母校がなくならずに残るのは本当にうれしいです。]]")],
    authors=["田村健一"],
    published="2024-10-03",
    shapes=[
        "br-paragraphs",
        "table-layout",
        "date-text",
        "era-year",
        "author-after-story",
        "lang-missing",
        "teasers-older",
    ],
)

# --- r19 zh: old table layout, "来源 / 作者" line, editor credit, no declared language ----------------------------

_S19 = Site(
    name="清河新闻网",
    domain="qinghe-news.example",
    nav=["首页", "本地", "财经", "文旅", "体育", "评论"],
    cookie="[[本网站使用Cookie以改善您的浏览体验，继续浏览即表示您同意。]]",
    accept="我知道了",
    footer="[[清河新闻网版权所有 未经书面授权禁止转载 备案号：示例ICP备00000000号]]",
    related="相关新闻",
    search="搜索",
)
r19 = build(
    id="r19-zh-table-layout-source-editor-nolang",
    lang="zh",
    declared=None,
    site=_S19,
    skin="table",
    path="html/2024-06/18/content_771245.htm",
    headline="清河市首批二十座“城市书房”正式开放",
    meta=(
        '<table width="100%"><tr><td align="center"><font color="#666666" size="2">'
        "2024年06月18日 09:32　来源：清河日报　作者：李明华</font></td></tr></table>"
    ),
    blocks=[
        P(
            "[[6月17日，清河市首批20座“城市书房”正式向市民开放，全天24小时免费提供阅读和自习空间。]]"
            "书房分布在全市12个街道，每座面积在80至200平方米之间，统一采用白色和原木色装修，门口设有醒目的标识。"
        ),
        P(
            "据市文化和旅游局介绍，每座书房配备图书3000册以上，并与市图书馆实现通借通还。"
            "[[市民只需刷身份证或扫描二维码即可进入，夜间由智能门禁和监控系统保障安全。]]"
        ),
        P(
            "在河西街道的书房里，退休教师周建国正在为孙子挑选绘本。"
            "他说，以前去市图书馆要坐半小时公交车，现在步行五分钟就到了。"
        ),
        P(
            "城市书房由政府出资建设，委托专业机构运营，日常管理采用“无人值守+志愿服务”模式。"
            "每天晚上，来自附近社区的志愿者会到书房整理图书、维持秩序。市图书馆还会定期更新书目，每季度调换不少于五分之一的藏书。"
        ),
        P(
            "开放首日，不少市民专程前来“打卡”。在人民路街道的书房里，座位几乎全部坐满，其中大多是准备考试的学生和下班后来看书的年轻人。"
            "大学生刘晓雨说，这里环境安静，空调和网络都很方便，比在家里更容易集中精力。"
        ),
        P(
            "为了吸引更多读者，各书房还将结合所在社区的特点举办读书会、亲子阅读、非遗讲座等活动。"
            "河东街道的书房专门开辟了少儿阅读区，放置了两千多册绘本和科普读物，并安排了低矮的书架和软垫座椅。"
        ),
        P(
            "[[市文化和旅游局表示，今年年底前还将建成第二批15座书房，重点覆盖城郊和新建小区。]]"
            "下一步，还将根据市民使用情况调整开放方式，并在书房内增设自助借还设备和电子阅读终端。"
        ),
    ],
    after='<p align="right"><font size="2">[[责任编辑：王芳]]</font></p>',
    teasers=[
        ("[[清河市图书馆新馆奠基]]", "2022-11-05", "2022-11-05"),
        ("我市全民阅读率连续三年上升", "2023-04-23", "2023-04-23"),
    ],
    side='<div class="gg"><font size="2">[[广告：清河湾楼盘火热认购中]]</font></div>',
    authors=["李明华"],
    published="2024-06-18",
    shapes=["table-layout", "date-text", "byline-text", "editor-credit", "lang-missing", "teasers-older"],
)

# --- r20 ko: JSON-LD string author + OG, local offset, inline ad labels, agency copyright, hashed -----------------

_K20 = Classes(True, "r20")
_S20 = Site(
    name="해안일보",
    domain="haean-ilbo.example",
    nav=["정치", "경제", "사회", "지역", "문화", "스포츠"],
    cookie="[[이 사이트는 서비스 개선을 위해 쿠키를 사용합니다.]]",
    accept="확인",
    footer="[[해안일보 | 등록번호 경남 아00000 | 발행인 박정훈 | Copyright 해안일보 All rights reserved.]]",
    related="많이 본 뉴스",
    comments="댓글",
    search="검색",
)
_U20 = "https://haean-ilbo.example/news/articleView.html?idxno=402117"
r20 = build(
    id="r20-ko-jsonld-string-author-offset-ads-hashed",
    lang="ko",
    declared="ko",
    site=_S20,
    k=_K20,
    path="news/articleView.html?idxno=402117",
    headline="하늘천 벚꽃길 10리 만개…주말 나들이객 몰릴 듯",
    kicker="지역",
    head=og("하늘천 벚꽃길 10리 만개…주말 나들이객 몰릴 듯", _U20, _S20, "2024-04-01T07:10:00+09:00")
    + article_ld(
        "하늘천 벚꽃길 10리 만개…주말 나들이객 몰릴 듯",
        _U20,
        _S20,
        published="2024-04-01T07:10:00+09:00",
        modified="2024-04-01T09:30:00+09:00",
        authors="김서연",
    ),
    meta=(
        f'<div class="{_K20("info")}"><span>김서연 기자</span> <span>입력 2024.04.01 07:10</span> '
        f'<span class="{_K20("mod")}">[[수정 2024.04.01 09:30]]</span></div>'
    ),
    blocks=[
        P(
            "[[남해시 하늘천을 따라 이어진 4㎞ 벚꽃길이 지난 주말부터 활짝 피어 절정을 맞았다.]] "
            "올해는 예년보다 나흘 정도 일찍 꽃이 피었다. "
            "하늘천 벚꽃길은 1980년대 초 주민들이 직접 왕벚나무 묘목 700여 그루를 심으면서 조성됐다. "
            "40년 넘게 자란 나무들이 하천 양쪽으로 터널을 이루면서 해마다 봄이면 전국에서 관광객이 찾는 명소가 됐다."
        ),
        RAW(
            f'<div class="{_K20("ad")}"><em>광고</em><a href="https://ads.example/1">[[봄맞이 특가, 남해 리조트 객실 40% 할인]]</a></div>'
        ),
        P(
            "시는 오는 6일부터 14일까지 하늘천 일대에서 벚꽃축제를 연다. "
            "[[축제 기간에는 하늘천교에서 시청 앞까지 차량 통행이 전면 통제되고, 임시 주차장 다섯 곳에서 셔틀버스가 운행된다.]]"
        ),
        P(
            "올해 축제에는 지역 고등학생들이 꾸미는 야간 버스킹 무대와 벚꽃잎으로 만든 차 시음 행사가 새로 마련됐다. "
            '시 관계자는 "지난해에는 주말 하루에만 10만 명이 다녀갔다"며 대중교통 이용을 당부했다.'
        ),
        P(
            "시는 올해 처음으로 축제장 안에서 일회용 컵 사용을 금지하고, 다회용 컵을 빌려주는 반납 부스를 곳곳에 설치하기로 했다. "
            "인근 상인들은 모처럼 찾아온 대목에 기대감을 감추지 않았다. "
            '하늘천교 앞에서 20년째 분식집을 운영하는 이모(58)씨는 "코로나 이후 손님이 예전만 못했는데, 올해는 개화가 빨라 주말 장사를 두 번 할 수 있을 것 같다"고 말했다.'
        ),
        RAW(
            f'<div class="{_K20("ad")}"><em>광고</em><a href="https://ads.example/2">남해 특산 멸치 선물세트 예약 판매</a></div>'
        ),
        P("[[기상청은 이번 주 중반 비 소식이 있어 주말에는 꽃잎이 일부 떨어질 수 있다고 내다봤다.]]"),
        RAW(f'<p class="{_K20("copyright")}">[[ⓒ 해안일보, 무단전재 및 재배포 금지]]</p>'),
    ],
    comments=[("bom***", "2024.04.01 08:02", "[[작년에 갔는데 차가 너무 막혔어요. 셔틀버스 꼭 타세요.]]")],
    authors=["김서연"],
    published="2024-04-01T07:10:00+09:00",
    shapes=[
        "jsonld",
        "jsonld-author-string",
        "opengraph",
        "local-offset",
        "ad-label",
        "updated-trap",
        "agency-copyright",
        "hashed-classes",
    ],
)

# --- r21 ru: newsletter box inside the story, two authors "Текст:", inflected month -------------------------------

_S21 = Site(
    name="Верхнеозёрская правда",
    domain="vozpravda.example",
    nav=["Новости", "Город", "Экономика", "Происшествия", "Спорт", "Афиша"],
    cookie="[[Мы используем файлы cookie, чтобы сайт работал лучше. Оставаясь на сайте, вы соглашаетесь с этим.]]",
    accept="Хорошо",
    footer="[[© 2024 «Верхнеозёрская правда». При перепечатке ссылка на источник обязательна. 18+]]",
    related="Читайте также",
    comments="Комментарии",
    search="Поиск",
)
r21 = build(
    id="r21-ru-newsletter-in-story-two-authors",
    lang="ru",
    declared="ru",
    site=_S21,
    path="gorod/novyj-tramvajnyj-marshrut-7",
    headline="В Верхнеозёрске запустили трамвай до Северного микрорайона",
    kicker="Город",
    meta=(
        '<div class="article__meta"><span class="article__date">12 ноября 2024, 18:40</span> '
        '<span class="article__authors">Текст: Анна Белова, Игорь Савин</span></div>'
    ),
    blocks=[
        P(
            "[[Первый трамвай седьмого маршрута отправился от Вокзальной площади в Северный микрорайон во вторник в половине седьмого утра.]] "
            "Линию длиной 6,3 километра строили почти три года."
        ),
        P(
            "По новому маршруту ходят двенадцать низкопольных вагонов с кондиционерами и USB-зарядками. "
            "[[Интервал движения в часы пик составляет шесть минут, а дорога от вокзала до конечной занимает 24 минуты.]]"
        ),
        RAW(
            '<div class="subscribe-box"><p><b>[[Подписывайтесь на наш канал, чтобы первыми узнавать новости города]]</b></p>'
            '<a class="btn" href="https://t.example/vozpravda">Подписаться</a></div>'
        ),
        P(
            "Жители Северного раньше добирались до центра на автобусах, которые подолгу стояли в пробках на Заводском мосту. "
            "«Теперь я экономлю почти час в день», — рассказала нам пассажирка Светлана, которая работает в городской больнице."
        ),
        P(
            "[[В мэрии пообещали, что до конца года на всех остановках маршрута установят электронные табло.]] "
            "Проезд стоит 38 рублей, по транспортной карте — 33."
        ),
    ],
    comments=[
        ("Николай_В", "12 ноября 2024, 19:15", "[[Наконец-то! Только бы зимой не ломался.]]"),
        ("Ольга", "12 ноября 2024, 20:02", "А до Речного когда продлят?"),
    ],
    teasers=[("[[Строительство трамвайной линии в Северный снова отложили]]", "3 марта 2023", "2023-03-03")],
    authors=["Анна Белова", "Игорь Савин"],
    published="2024-11-12",
    shapes=[
        "box-in-story",
        "date-text",
        "inflected-month",
        "byline-text",
        "two-authors",
        "comments",
        "teasers-older",
    ],
)

# --- r22 uk: date only after the story, author box after the story, hashed --------------------------------------

_K22 = Classes(True, "r22")
_S22 = Site(
    name="Подільський вісник",
    domain="podilskyi-visnyk.example",
    nav=["Новини", "Громади", "Економіка", "Культура", "Спорт", "Блоги"],
    cookie="[[Ми використовуємо файли cookie, щоб покращити роботу сайту.]]",
    accept="Погоджуюсь",
    footer="[[© 2024 «Подільський вісник». Усі права захищено. Використання матеріалів дозволяється за умови посилання.]]",
    related="Інші новини громад",
    comments="Коментарі",
    search="Пошук",
)
r22 = build(
    id="r22-uk-date-after-story-author-box-hashed",
    lang="uk",
    declared="uk",
    site=_S22,
    k=_K22,
    skin="app",
    path="gromady/u-zelenogirji-vidkryly-syrovarnyu",
    headline="У Зеленогір'ї переселенці відкрили сироварню",
    kicker="Громади",
    blocks=[
        P(
            "[[У селі Зеленогір'я на Поділлі запрацювала сироварня, яку відкрила родина переселенців з Херсонщини.]] "
            "Тут виготовляють бринзу, кисломолочний сир і кілька видів твердого сиру."
        ),
        P(
            "Марина та Віктор Остапенки переїхали до села навесні 2022 року. "
            "[[Обладнання вони купили за грант обласної програми підтримки малого бізнесу та власні заощадження.]]"
        ),
        P(
            "Молоко сироварня бере в шести господарствах села. "
            "За словами Віктора, за день вони переробляють до 400 літрів, а продають сир на ярмарках в обласному центрі та через інтернет."
        ),
        P(
            "[[«Ми хотіли робити те, що вміємо, і дати людям тут роботу», — каже Марина Остапенко.]] "
            "Зараз у сироварні працюють четверо місцевих жителів."
        ),
    ],
    after=(
        f'<div class="{_K22("published")}">Опубліковано 19 серпня 2024 року о 20:15</div>'
        f'<div class="{_K22("author-card")}"><img src="/authors/hnatiuk.jpg" alt=""><div>'
        f'<a href="/authors/oksana-hnatiuk">Оксана Гнатюк</a><span>кореспондентка</span>'
        f"<p>[[Пише про громади Поділля, сільське господарство та малий бізнес.]]</p></div></div>"
    ),
    comments=[("Галина", "19.08.2024 21:40", "[[Купувала їхню бринзу на ярмарку, дуже смачна!]]")],
    teasers=[("[[У Зеленогір'ї відремонтували амбулаторію]]", "4 квітня 2023", "2023-04-04")],
    authors=["Оксана Гнатюк"],
    published="2024-08-19",
    shapes=["date-after-story", "author-box", "date-text", "byline-text", "hashed-classes", "teasers-older"],
)

# --- r23 ar: RTL, Hijri and Gregorian date, "بقلم" -------------------------------------------------------------

_S23 = Site(
    name="صحيفة الساحل الشرقي",
    domain="alsahil-alsharqi.example",
    nav=["الرئيسية", "محليات", "اقتصاد", "رياضة", "ثقافة", "مقالات"],
    cookie="[[يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربة التصفح.]]",
    accept="موافق",
    footer="[[جميع الحقوق محفوظة لصحيفة الساحل الشرقي © 2024]]",
    related="أخبار ذات صلة",
    comments="التعليقات",
    search="بحث",
)
r23 = build(
    id="r23-ar-hijri-gregorian-date-byline",
    lang="ar",
    declared="ar",
    rtl=True,
    site=_S23,
    path="local/ramadan-market-corniche",
    headline="سوق رمضان على الكورنيش يستقبل زواره بمئة وعشرين متجراً",
    kicker="محليات",
    meta=(
        '<div class="writer">بقلم: سامي الحداد</div>'
        '<div class="date">الجمعة 5 رمضان 1445 هـ - 15 مارس 2024 م</div>'
    ),
    blocks=[
        P(
            "[[افتتحت بلدية مدينة رأس النخيل مساء الخميس سوق رمضان السنوي على الكورنيش الشمالي، بمشاركة مئة وعشرين متجراً من الأسر المنتجة وأصحاب المشاريع الصغيرة.]] "
            "ويستمر السوق يومياً من بعد صلاة التراويح حتى الواحدة فجراً."
        ),
        P(
            "وتتنوع المعروضات بين الحلويات الشعبية والتمور والبخور والملابس التقليدية، إضافة إلى ركن مخصص للحرف اليدوية. "
            "[[وقال مدير إدارة الفعاليات في البلدية، خالد العمري، إن عدد الزوار في الليلة الأولى تجاوز ثمانية آلاف زائر.]]"
        ),
        RAW(
            '<div class="ad-box"><span>إعلان</span><a href="https://ads.example/ar">[[عروض رمضان: خصم ٣٠٪ على الأجهزة المنزلية]]</a></div>'
        ),
        P(
            "وخصصت البلدية مواقف إضافية للسيارات وحافلات مجانية تنقل الزوار من وسط المدينة. "
            "[[كما يضم السوق مسرحاً صغيراً للأطفال تقدَّم عليه مسابقات ثقافية وعروض للحكواتي كل ليلة.]]"
        ),
        P(
            "وأبدى عدد من أصحاب المتاجر ارتياحهم لتخفيض رسوم المشاركة هذا العام إلى النصف، "
            "مؤكدين أن السوق أصبح فرصة مهمة لتسويق منتجاتهم طوال العام."
        ),
    ],
    comments=[("أبو فهد", "15-03-2024 22:30", "[[فكرة رائعة، لكن نتمنى زيادة أماكن الجلوس للعائلات.]]")],
    teasers=[("[[إقبال كبير على مهرجان التمور في دورته الأولى]]", "12 أغسطس 2023", "2023-08-12")],
    authors=["سامي الحداد"],
    published="2024-03-15",
    shapes=["rtl", "date-text", "hijri-calendar", "weekday-date", "byline-text", "ad-label", "teasers-older"],
)

PAGES = [r17, r18, r19, r20, r21, r22, r23]
