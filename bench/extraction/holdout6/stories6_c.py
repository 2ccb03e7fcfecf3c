# ruff: noqa: RUF001
"""Pages s25-s36 of the sixth held-out set: hr, ja, zh-TW, ko, ar, fa, he, hi, id, vi, th, ca. Invented
stories, people, places and sites."""

from __future__ import annotations

from kit6 import RAW, TABLE, UL, P, Page, jsonld, metas, page

PAGES: list[Page] = []

# s25 -- Croatian sports site: "Piše:" byline, date with trailing dot and "u", a statistics table, a betting
# advert, comments.
PAGES.append(
    page(
        id="s25-hr-rukomet-kup",
        url="https://sportjadran.example/rukomet/rukometasi-luckog-preokretom-do-polufinala-kupa-58211",
        language="hr",
        declared="hr",
        site="Sport Jadran",
        title="Rukometaši Lučkog preokretom do polufinala Kupa",
        nav=["Nogomet", "Rukomet", "Košarka", "Tenis", "Vaterpolo", "Ostali sportovi"],
        kicker="Rukomet",
        below=(
            '<div class="autor">Piše: <a href="/autori/ivan-horvat">Ivan Horvat</a></div>'
            '<div class="datum">06.04.2025. u 20:15</div>'
        ),
        blocks=[
            P(
                "Rukometaši Lučkog izborili su polufinale Kupa nakon velikog preokreta u drugom poluvremenu. Na "
                "poluvremenu su gubili 11:16, a utakmicu su dobili 29:27."
            ),
            P(
                "Junak susreta bio je vratar Marin Babić s 18 obrana, od kojih dvije u posljednjoj minuti. Domaća "
                "dvorana, popunjena do posljednjeg mjesta, ispratila je igrače pjesmom."
            ),
            TABLE(
                "Statistika utakmice",
                ["", "Lučko", "Vranić"],
                ["Sedmerci", "5/6", "3/5"],
                ["Obrane vratara", "18", "9"],
                ["Isključenja", "4", "6"],
            ),
            RAW(
                '<div class="oglas"><span>Oglas</span><a href="https://kladionica.example">Uplati dobrodošlicu i '
                "osvoji bonus do 100 eura. Kladi se odgovorno. 18+</a></div>"
            ),
            P(
                "„Na poluvremenu smo si rekli da nemamo što izgubiti. Obrana je u nastavku bila fantastična“, rekao "
                "je trener Lučkog Dario Matić."
            ),
            P(
                "U polufinalu, koje se igra za tri tjedna, Lučko će se sastati s pobjednikom dvoboja između "
                "Mornara i Slavonca."
            ),
        ],
        teasers_head="Najčitanije",
        teasers=[
            ("Vranić ostao bez trenera nakon ispadanja", "07.04.2025."),
            ("Babić pozvan na pripreme reprezentacije", "30.03.2025."),
        ],
        comments_head="Komentari",
        comments=[("rukomet_fan", "06.04.2025. u 21:02", "Babić je čudo, ovo je bila obrana sezone!")],
        cookie="Koristimo kolačiće kako bismo vam omogućili bolje iskustvo pregledavanja stranice.",
        cookie_button="Prihvaćam",
        footer="Sport Jadran d.o.o. · Impressum · Uvjeti korištenja",
        authors=["Ivan Horvat"],
        published="2025-04-06",
        shapes=[
            "site-sports",
            "article-p",
            "lists-tables",
            "byline-text",
            "byline-link",
            "date-text",
            "ad-slot",
            "comments",
            "teasers-dated",
            "cookie-banner",
        ],
        must=[
            "Na poluvremenu su gubili 11:16, a utakmicu su dobili 29:27.",
            "Junak susreta bio je vratar Marin Babić s 18 obrana, od kojih dvije u posljednjoj minuti.",
            "Obrane vratara",
            "U polufinalu, koje se igra za tri tjedna, Lučko će se sastati s pobjednikom dvoboja",
        ],
        must_not=[
            "Uplati dobrodošlicu i osvoji bonus do 100 eura.",
            "Babić je čudo, ovo je bila obrana sezone!",
            "Vranić ostao bez trenera nakon ispadanja",
            "Koristimo kolačiće kako bismo vam omogućili bolje iskustvo pregledavanja stranice.",
            "Impressum · Uvjeti korištenja",
        ],
    )
)

# s26 -- Japanese national daily: early-morning local date (UTC day before) in JSON-LD and in the visible
# line, reporters' names in parentheses at the end of the story, a paywall notice.
_s26_title = "赤字の霧ヶ丘線、存廃を住民投票で　全国初、9月実施へ"
PAGES.append(
    page(
        id="s26-ja-juumin-touhyou",
        url="https://www.nichio-shimbun.example/articles/ASW7834KJW78UTIL01.html",
        language="ja",
        declared="ja",
        site="日央新聞デジタル",
        title=_s26_title,
        head=jsonld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": _s26_title,
                "datePublished": "2025-07-09T05:00:00+09:00",
                "publisher": {"@type": "Organization", "name": "日央新聞社"},
            }
        ),
        nav=["速報", "政治", "経済", "社会", "国際", "スポーツ", "地域"],
        kicker="地域",
        below='<div class="date">2025年7月9日 5時00分</div>',
        blocks=[
            P(
                "経営難が続く霧ヶ丘鉄道霧ヶ丘線の存続をめぐり、沿線の霧ヶ丘町は8日、住民投票を9月に実施すると"
                "発表した。鉄道路線の存廃を住民投票で問うのは全国で初めてとみられる。"
            ),
            P(
                "同線は全長24キロで、1日の平均利用者数は約900人。ここ10年で半減し、昨年度の赤字は約4億円に"
                "上った。町と県はこれまで毎年2億円近くを補助してきたが、鉄道会社は来年度以降の運行継続は難しい"
                "としている。"
            ),
            P(
                "投票では、町が費用を負担して鉄道を残す案と、バス高速輸送システム（BRT）に転換する案のどちらか"
                "を選ぶ。結果に法的な拘束力はないが、町長は「結果を最大限尊重する」と述べた。"
            ),
            P(
                "沿線の高校に通う生徒の多くは鉄道を利用しており、保護者からは通学への影響を心配する声が上がって"
                "いる。一方、BRT化で運行本数が増えれば利便性が高まるとの意見もある。"
            ),
            P(
                "霧ヶ丘線は1931年に開業し、かつては木材や石灰石の輸送で栄えた。沿線人口の減少に加え、並行する"
                "国道の整備で自家用車への移行が進み、利用者の減少に歯止めがかからなかった。"
            ),
            P(
                "町は7月中に住民説明会を各地区で計10回開き、二つの案の費用や運行計画を示す予定だ。鉄道を残す場合、"
                "町の負担は年間1億5千万円程度に膨らむ見通しで、財源の確保が課題となる。"
            ),
            P(
                "地域交通に詳しい北陵大学の小野寺彩教授は「住民が自ら選ぶ過程そのものに意味がある。結果がどちらに"
                "なっても、地域の交通をどう支えるかを考えるきっかけになる」と話している。"
            ),
            RAW('<p class="reporters">（佐藤美咲、村上健太）</p>'),
            RAW(
                '<div class="paywall-notice">この記事は有料記事です。有料会員になると、解説や関連記事もすべて'
                "お読みいただけます。</div>"
            ),
        ],
        teasers_head="関連ニュース",
        teasers=[
            ("ローカル線の赤字、国が支援策を検討", "2025年6月20日"),
            ("霧ヶ丘町長選、現職が3選", "2024年11月11日"),
        ],
        cookie="当サイトではクッキーを使用しています。詳しくはプライバシーポリシーをご覧ください。",
        cookie_button="同意する",
        footer="Copyright © 日央新聞社 All rights reserved. 無断転載を禁じます。",
        authors=["佐藤美咲", "村上健太"],
        published="2025-07-09T05:00:00+09:00",
        shapes=[
            "site-national",
            "article-p",
            "jsonld",
            "local-offset",
            "date-text",
            "byline-end",
            "paywall-box",
            "teasers-dated",
            "cookie-banner",
        ],
        must=[
            "鉄道路線の存廃を住民投票で問うのは全国で初めてとみられる。",
            "町と県はこれまで毎年2億円近くを補助してきたが、鉄道会社は来年度以降の運行継続は難しいとしている。",
            "結果に法的な拘束力はないが、町長は「結果を最大限尊重する」と述べた。",
        ],
        must_not=[
            "この記事は有料記事です。",
            "ローカル線の赤字、国が支援策を検討",
            "当サイトではクッキーを使用しています。",
            "無断転載を禁じます。",
            "霧ヶ丘町長選、現職が3選",
        ],
    )
)

# s27 -- Taiwanese county government news page on an old table-layout CMS: Minguo-calendar date, unsigned
# (issuing unit and contact person are not authors), a list of routes, breadcrumbs.
PAGES.append(
    page(
        id="s27-zh-tw-gongche",
        url="https://www.yungang.gov.example/News_Content.aspx?n=1024&s=884213",
        language="zh",
        declared="zh-Hant-TW",
        site="雲岡縣政府全球資訊網",
        style="table",
        title="雲岡縣公車路線調整　4月1日起新增夜間班次",
        nav=["縣政資訊", "最新消息", "便民服務", "觀光旅遊", "政府公開資訊"],
        breadcrumbs=["首頁", "最新消息", "交通資訊"],
        below=('<table class="info"><tr><td>發布日期：114-03-21</td><td>發布單位：交通處</td></tr></table>'),
        blocks=[
            P(
                "為因應通勤及夜間就學需求，雲岡縣政府交通處宣布，自4月1日起調整縣內公車路線，並於三條主要幹線新增"
                "夜間班次，末班車時間延後至晚間11時。"
            ),
            P(
                "交通處長林志明表示，去年問卷調查顯示，超過六成受訪民眾希望延長公車營運時間，尤其是在工業區上班的"
                "輪班人員及夜間部學生。"
            ),
            UL(
                "101路：縣政府－高鐵站，末班車延至23:00；",
                "205路：工業區－火車站，平日新增4班次；",
                "310路：新港－大學城，假日增加2班次。",
            ),
            P(
                "新班次初期將試辦半年，交通處將依搭乘人數評估是否常態化。民眾可至縣政府網站或公車動態系統查詢"
                "最新時刻表。"
            ),
            P(
                "此外，縣府也將於4月起在各主要站牌增設電子看板，提供即時到站資訊，並同步推出轉乘優惠，民眾於90"
                "分鐘內轉乘第二段公車可享半價。"
            ),
            P(
                "交通處指出，夜間班次將由兩家客運業者共同營運，縣府每年編列約3,200萬元補貼營運虧損。若試辦期間平均"
                "每班載客未達8人，將檢討調整路線，或改以預約制的小型公車取代。"
            ),
            P(
                "對於偏遠地區的需求，縣府表示，目前已在山區三個鄉鎮試辦預約制小型公車，民眾只要在前一天下午5時前以"
                "電話或手機應用程式預約，即可搭乘往返市區的班次，單趟票價統一為15元。"
            ),
            P(
                "新港市民陳先生表示，他每天在工業區值夜班，過去下班後只能騎機車回家，遇到下雨天特別危險。「末班車"
                "延到11點，對我們這些輪班的人幫助很大。」"
            ),
            P(
                "縣府也提醒，調整後部分站牌位置將有異動，請民眾出門前留意站牌公告。4月1日至4月7日為宣導期，各路線"
                "公車將由志工在車上協助說明新的路線與班次。"
            ),
        ],
        after='<div class="contact">聯絡人：交通處運輸管理科 王小姐　電話：(05)123-4567</div>',
        teasers_head="最新消息",
        teasers=[
            ("114年度春季道路養護工程施工公告", "114-03-10"),
            ("縣立圖書館週末延長開放時間", "114-02-26"),
        ],
        cookie="本網站使用Cookie以提供更好的瀏覽體驗，繼續瀏覽即表示您同意本網站之隱私權政策。",
        cookie_button="我知道了",
        footer="雲岡縣政府 版權所有 © 2025　地址：雲岡縣新港市中正路1號　總機：(05)123-0000",
        authors=[],
        published="2025-03-21",
        shapes=[
            "site-local-government",
            "old-cms",
            "article-p",
            "lists-tables",
            "breadcrumbs",
            "unsigned",
            "date-text",
            "local-calendar",
            "teasers-dated",
            "cookie-banner",
        ],
        must=[
            "雲岡縣政府交通處宣布，自4月1日起調整縣內公車路線，並於三條主要幹線新增夜間班次，末班車時間延後至"
            "晚間11時。",
            "超過六成受訪民眾希望延長公車營運時間",
            "205路：工業區－火車站，平日新增4班次；",
            "新班次初期將試辦半年，交通處將依搭乘人數評估是否常態化。",
        ],
        must_not=[
            "聯絡人：交通處運輸管理科 王小姐",
            "114年度春季道路養護工程施工公告",
            "本網站使用Cookie以提供更好的瀏覽體驗",
            "雲岡縣政府 版權所有 © 2025",
            "交通資訊",
        ],
    )
)

# s28 -- Korean news agency wire: the dateline and reporter inside the first paragraph, "입력/수정" times,
# agency copyright and e-mail after the story.
PAGES.append(
    page(
        id="s28-ko-jeokjo",
        url="https://www.hanbitnews.example/view/AKR20250814098700054",
        language="ko",
        declared="ko",
        site="한빛뉴스통신",
        title="청해 앞바다 적조 확산…양식장 피해 30억원 넘어",
        nav=["정치", "경제", "사회", "전국", "세계", "문화", "스포츠"],
        kicker="전국",
        below='<div class="update-time"><span>입력 2025.08.14. 16:20</span> <span>수정 2025.08.14. 17:02</span></div>',
        blocks=[
            P(
                "(청해=한빛뉴스통신) 김민준 기자 = 청해군 앞바다에서 발생한 적조가 빠르게 확산하면서 양식장 "
                "피해액이 30억원을 넘어섰다."
            ),
            P(
                "14일 청해군에 따르면 지난 5일 적조 경보가 발령된 이후 양식장 27곳에서 우럭과 참돔 등 약 85만 "
                "마리가 폐사한 것으로 집계됐다."
            ),
            P(
                "군은 어선과 방제선 40여 척을 동원해 황토를 살포하고 있지만, 바닷물 온도가 연일 28도를 웃돌면서 "
                "적조가 쉽게 사라지지 않을 것으로 보고 있다."
            ),
            P(
                '피해 어민들은 정부에 특별재난지역 지정을 요청했다. 한 어민은 "10년 동안 키운 양식장이 일주일 '
                '만에 텅 비었다"며 한숨을 쉬었다.'
            ),
            P(
                "적조는 수온이 높고 일조량이 많을 때 유해 플랑크톤이 급격히 번식하면서 발생한다. 올해는 장마가 "
                "예년보다 일찍 끝나고 폭염이 이어지면서 발생 시기가 2주가량 앞당겨졌다."
            ),
            P(
                "청해군은 피해 양식장에 긴급 경영안정자금을 지원하고, 폐사한 물고기를 처리하는 데 드는 비용을 전액 "
                "부담하기로 했다. 또 양식장 주변에 산소 공급 장치를 추가로 설치해 피해 확산을 막을 계획이다."
            ),
            P(
                "수산 전문가들은 적조가 이달 말까지 이어질 가능성이 크다며, 양식 어가에 먹이 공급을 줄이고 가두리를 "
                "안전한 해역으로 옮기는 등 선제 대응을 당부했다."
            ),
            P('군 관계자는 "피해 조사를 서둘러 마무리하고 복구 지원이 늦어지지 않도록 하겠다"고 말했다.'),
        ],
        after=(
            '<p class="email">mjkim@hanbitnews.example</p>'
            '<p class="copyright">&lt;저작권자(c) 한빛뉴스통신, 무단 전재-재배포, AI 학습 및 활용 금지&gt;</p>'
        ),
        teasers_head="많이 본 뉴스",
        teasers=[
            ("폭염 특보 속 전국 온열질환자 2천명 넘어", "2025.08.12."),
            ("청해군, 여름 해수욕장 방문객 역대 최다", "2025.08.10."),
        ],
        cookie="이 사이트는 서비스 개선을 위해 쿠키를 사용합니다.",
        cookie_button="확인",
        footer="한빛뉴스통신 · 등록번호 문화, 나00012 · 발행인 홍길성 · 청소년보호책임자",
        authors=["김민준"],
        published="2025-08-14",
        shapes=[
            "site-news-agency",
            "article-p",
            "byline-in-text",
            "agency-tag",
            "date-text",
            "first-and-updated",
            "agency-copyright",
            "teasers-dated",
            "cookie-banner",
        ],
        must=[
            "14일 청해군에 따르면 지난 5일 적조 경보가 발령된 이후 양식장 27곳에서 우럭과 참돔 등 약 85만 "
            "마리가 폐사한 것으로 집계됐다.",
            "바닷물 온도가 연일 28도를 웃돌면서 적조가 쉽게 사라지지 않을 것으로 보고 있다.",
            "피해 어민들은 정부에 특별재난지역 지정을 요청했다.",
        ],
        must_not=[
            "저작권자(c) 한빛뉴스통신, 무단 전재-재배포, AI 학습 및 활용 금지",
            "수정 2025.08.14. 17:02",
            "폭염 특보 속 전국 온열질환자 2천명 넘어",
            "이 사이트는 서비스 개선을 위해 쿠키를 사용합니다.",
            "등록번호 문화, 나00012",
        ],
    )
)

# s29 -- Arabic daily on a framework site (rtl): Hijri and Gregorian dates in the visible line, OpenGraph
# time after midnight local (UTC day before), meta author and "بقلم" byline, advert and "اقرأ أيضاً".
_s29_title = "افتتاح أول محطة لتحلية المياه بالطاقة الشمسية في مدينة الواحة الشرقية"
PAGES.append(
    page(
        id="s29-ar-tahliya",
        url="https://alofoq.example/local/2025/06/16/solar-desalination-plant-opens",
        language="ar",
        declared="ar",
        dir="rtl",
        site="صحيفة الأفق",
        style="hashed",
        hash_prefix="st-",
        title=_s29_title,
        head=metas(
            ("og:type", "article"),
            ("og:title", _s29_title),
            ("article:published_time", "2025-06-16T01:10:00+03:00"),
            ("name:author", "سارة المنصوري"),
        ),
        nav=["محليات", "اقتصاد", "دوليات", "رياضة", "ثقافة", "رأي"],
        kicker="محليات",
        below=(
            '<div class="st-9a8b7c">بقلم: سارة المنصوري</div>'
            '<div class="st-6d5e4f">الاثنين 20 ذو الحجة 1446 هـ - 16 يونيو 2025</div>'
        ),
        blocks=[
            P(
                "افتتحت وزارة المياه مساء الأحد أول محطة لتحلية مياه البحر تعمل بالكامل بالطاقة الشمسية في مدينة "
                "الواحة الشرقية، بطاقة إنتاجية تبلغ ستين ألف متر مكعب يومياً."
            ),
            P(
                "وتغطي المحطة احتياجات نحو مئتي ألف نسمة، وتعتمد على حقل من الألواح الشمسية يمتد على مساحة أربعة "
                "كيلومترات مربعة، إضافة إلى بطاريات لتخزين الطاقة تتيح تشغيلها ليلاً."
            ),
            RAW(
                '<div class="st-3c2b1a">اقرأ أيضاً: <a href="/local/2025/05/water-tariffs">تعديل تعرفة المياه '
                "للمنازل اعتباراً من يوليو</a></div>"
            ),
            P(
                "وقال مدير المشروع المهندس خالد العتيبي إن تكلفة إنتاج المتر المكعب انخفضت بنحو الثلث مقارنة "
                "بالمحطات التي تعمل بالوقود، مشيراً إلى أن المحطة لا تطلق أي انبعاثات كربونية."
            ),
            RAW(
                '<div class="st-0e1f2a"><span>إعلان</span><a href="https://aqar.example">شقق فاخرة على البحر '
                "بالتقسيط حتى عشر سنوات</a></div>"
            ),
            P(
                "ومن المقرر أن تبدأ المرحلة الثانية من المشروع مطلع العام المقبل، لترتفع الطاقة الإنتاجية إلى مئة "
                "ألف متر مكعب يومياً."
            ),
        ],
        teasers_head="الأكثر قراءة",
        teasers=[
            ("ارتفاع درجات الحرارة إلى 48 درجة في المناطق الداخلية", "12 يونيو 2025"),
            ("بدء التسجيل في برنامج المنح الجامعية", "9 يونيو 2025"),
        ],
        cookie="يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك.",
        cookie_button="موافق",
        footer="جميع الحقوق محفوظة لصحيفة الأفق © 2025",
        next_data={"props": {"pageProps": {"articleId": "local-88213", "lang": "ar"}}},
        authors=["سارة المنصوري"],
        published="2025-06-16T01:10:00+03:00",
        shapes=[
            "site-national",
            "article-p",
            "rtl",
            "opengraph",
            "meta-author",
            "byline-text",
            "local-offset",
            "local-calendar",
            "read-also-inline",
            "ad-slot",
            "teasers-dated",
            "cookie-banner",
        ],
        must=[
            "افتتحت وزارة المياه مساء الأحد أول محطة لتحلية مياه البحر تعمل بالكامل بالطاقة الشمسية",
            "وتغطي المحطة احتياجات نحو مئتي ألف نسمة",
            "مشيراً إلى أن المحطة لا تطلق أي انبعاثات كربونية.",
            "ومن المقرر أن تبدأ المرحلة الثانية من المشروع مطلع العام المقبل",
        ],
        must_not=[
            "تعديل تعرفة المياه للمنازل اعتباراً من يوليو",
            "شقق فاخرة على البحر بالتقسيط حتى عشر سنوات",
            "ارتفاع درجات الحرارة إلى 48 درجة في المناطق الداخلية",
            "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك.",
            "جميع الحقوق محفوظة لصحيفة الأفق",
        ],
    )
)

# s30 -- Persian news agency (rtl): Solar Hijri date with Persian digits, no <p> (text separated by
# <br><br>), "خبرنگار:" credit, news code, "انتهای پیام", comments.
PAGES.append(
    page(
        id="s30-fa-pol-tarikhi",
        url="https://sepidarnews.example/fa/news/884123/",
        language="fa",
        declared="fa",
        dir="rtl",
        site="خبرگزاری سپیدار",
        para="br",
        title="بازگشایی پل تاریخی آبگینه پس از سه سال مرمت",
        nav=["سیاسی", "اقتصادی", "اجتماعی", "فرهنگی", "استان‌ها", "ورزشی"],
        kicker="استان‌ها",
        below=(
            '<div class="news-info"><span>کد خبر: ۸۸۴۱۲۳</span> | <span>۲۵ مهر ۱۴۰۳ - ۱۴:۲۰</span></div>'
            '<div class="reporter">خبرنگار: مریم رضایی</div>'
        ),
        blocks=[
            P(
                "پل تاریخی آبگینه که از سه سال پیش برای مرمت بسته شده بود، صبح امروز با حضور مسئولان استانی دوباره "
                "به روی عابران پیاده باز شد."
            ),
            P(
                "این پل سنگی با یازده دهانه در دوره صفوی ساخته شده و یکی از نمادهای شهر به شمار می‌رود. سیلاب بهار "
                "سال ۱۴۰۰ به پایه‌های آن آسیب جدی زده بود."
            ),
            P(
                "مدیرکل میراث فرهنگی استان گفت در مرمت پل از ملات سنتی ساروج و سنگ‌های همان معدن قدیمی استفاده شده "
                "است تا ظاهر اصلی بنا حفظ شود."
            ),
            P(
                "به گفته او، عبور خودرو از روی پل برای همیشه ممنوع خواهد بود و شهرداری قرار است دو طرف پل را به "
                "پیاده‌راه تبدیل کند."
            ),
            P(
                "این پل در گذشته تنها راه ارتباطی دو محله قدیمی شهر بود و هنوز هم بسیاری از ساکنان برای رفتن به بازار "
                "از آن عبور می‌کنند. مرمت آن با اعتباری بالغ بر چهل میلیارد تومان انجام شد."
            ),
        ],
        after='<div class="end-msg">انتهای پیام/</div>',
        teasers_head="اخبار مرتبط",
        teasers=[
            ("آغاز مرمت کاروانسرای قدیمی آبگینه", "۱۲ شهریور ۱۴۰۳"),
            ("ثبت ملی سه بنای تاریخی دیگر در استان", "۳ مهر ۱۴۰۳"),
        ],
        comments_head="نظرات",
        comments=[("علی", "۲۵ مهر ۱۴۰۳ - ۱۶:۰۵", "خدا را شکر، بالاخره بعد از سه سال پل باز شد.")],
        cookie="این وب‌سایت برای بهبود تجربه کاربری از کوکی استفاده می‌کند.",
        cookie_button="پذیرفتن",
        footer="کلیه حقوق این سایت متعلق به خبرگزاری سپیدار است.",
        authors=["مریم رضایی"],
        published="2024-10-16",
        shapes=[
            "site-news-agency",
            "rtl",
            "byline-text",
            "date-text",
            "local-calendar",
            "native-digits",
            "comments",
            "teasers-dated",
            "cookie-banner",
        ],
        must=[
            "صبح امروز با حضور مسئولان استانی دوباره به روی عابران پیاده باز شد.",
            "سیلاب بهار سال ۱۴۰۰ به پایه‌های آن آسیب جدی زده بود.",
            "عبور خودرو از روی پل برای همیشه ممنوع خواهد بود",
        ],
        must_not=[
            "خدا را شکر، بالاخره بعد از سه سال پل باز شد.",
            "آغاز مرمت کاروانسرای قدیمی آبگینه",
            "این وب‌سایت برای بهبود تجربه کاربری از کوکی استفاده می‌کند.",
            "کلیه حقوق این سایت متعلق به خبرگزاری سپیدار است.",
            "انتهای پیام",
        ],
    )
)

# s31 -- Israeli news site on a framework (rtl), no declared language: two-digit-year dotted date, "מאת"
# byline, a donation box inside the story.
PAGES.append(
    page(
        id="s31-he-tayelet",
        url="https://hamifratz-news.example/local/article/r1kx93mq",
        language="he",
        declared=None,
        dir="rtl",
        site="חדשות המפרץ",
        style="hashed",
        hash_prefix="sc-",
        title="עיריית חוף הדקלים תסגור את הטיילת לתנועת רכבים בסופי שבוע",
        nav=["חדשות", "מקומי", "כלכלה", "ספורט", "תרבות", "דעות"],
        below=(
            '<div class="sc-a0b1c2">מאת: <a href="/author/noa-barak">נועה ברק</a></div>'
            '<div class="sc-d3e4f5">פורסם: 03.02.25, 21:17</div>'
        ),
        blocks=[
            P(
                "עיריית חוף הדקלים החליטה לסגור את הטיילת לתנועת כלי רכב בימי שישי ושבת, החל מתחילת חודש מרץ. "
                "ההחלטה התקבלה אמש ברוב גדול במועצת העיר."
            ),
            P(
                "לפי התוכנית, הטיילת תהפוך למתחם להולכי רגל ולרוכבי אופניים, ובמקום יוצבו דוכני אוכל ובמות להופעות "
                "רחוב. העירייה תפעיל הסעות חינם מהחניונים שבכניסה לעיר."
            ),
            RAW(
                '<div class="sc-f6a7b8"><strong>עיתונות מקומית עצמאית זקוקה לכם.</strong> הצטרפו לתומכים שלנו '
                "ועזרו לנו להמשיך לסקר את העיר.<button>לתמיכה</button></div>"
            ),
            P(
                'ראש העירייה, משה אלמוג, אמר כי מדובר בניסוי של חצי שנה. "אנחנו רוצים להחזיר את הים לתושבים", '
                "אמר."
            ),
            P(
                "בעלי העסקים בטיילת חלוקים בדעותיהם. חלקם חוששים מירידה במספר הלקוחות, ואחרים מעריכים שדווקא "
                "הולכי הרגל יביאו יותר תנועה לבתי הקפה."
            ),
            P(
                "לדברי העירייה, רכבי חירום, תושבי הרחובות הסמוכים ובעלי תווי נכה יוכלו להמשיך להיכנס לטיילת בתיאום "
                "מראש. בתום תקופת הניסוי תיערך בדיקה של השפעת הסגירה על התנועה ועל הפדיון של העסקים."
            ),
        ],
        teasers_head="עוד בחדשות המפרץ",
        teasers=[
            ("נפתח מרכז הספורט החדש בשכונת הגפן", "28.01.25"),
            ("מחסור במצילים: חלק מהחופים ייסגרו מוקדם", "21.01.25"),
        ],
        comments_head="תגובות",
        comments=[("יוסי", "03.02.25, 22:40", "סוף סוף! הטיילת הייתה מלאה עשן ורעש כל סוף שבוע.")],
        cookie="אתר זה משתמש בעוגיות כדי לשפר את חוויית הגלישה שלך.",
        cookie_button="אישור",
        footer="כל הזכויות שמורות לחדשות המפרץ © 2025",
        next_data={"props": {"pageProps": {"articleId": "r1kx93mq"}}},
        authors=["נועה ברק"],
        published="2025-02-03",
        shapes=[
            "site-regional",
            "article-p",
            "rtl",
            "byline-text",
            "byline-link",
            "date-text",
            "donation-box",
            "comments",
            "teasers-dated",
            "cookie-banner",
        ],
        must=[
            "ההחלטה התקבלה אמש ברוב גדול במועצת העיר.",
            "העירייה תפעיל הסעות חינם מהחניונים שבכניסה לעיר.",
            "בעלי העסקים בטיילת חלוקים בדעותיהם.",
        ],
        must_not=[
            "עיתונות מקומית עצמאית זקוקה לכם.",
            "סוף סוף! הטיילת הייתה מלאה עשן ורעש כל סוף שבוע.",
            "נפתח מרכז הספורט החדש בשכונת הגפן",
            "אתר זה משתמש בעוגיות כדי לשפר את חוויית הגלישה שלך.",
            "כל הזכויות שמורות לחדשות המפרץ",
        ],
    )
)

# s32 -- Hindi regional paper: JSON-LD author and a just-after-midnight IST date (UTC day before), visible
# 12-hour time with "IST", "ये भी पढ़ें" and an advert in the story.
_s32_title = "नीलगढ़ में नई पेयजल योजना शुरू, 40 गांवों को मिलेगा साफ पानी"
PAGES.append(
    page(
        id="s32-hi-peyjal-yojana",
        url="https://www.dainiksarita.example/state/neelgarh-news/new-drinking-water-scheme-40-villages",
        language="hi",
        declared="hi",
        site="दैनिक सरिता",
        title=_s32_title,
        head=jsonld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": _s32_title,
                "datePublished": "2024-09-05T00:15:00+05:30",
                "author": [{"@type": "Person", "name": "अमित वर्मा"}],
                "publisher": {"@type": "Organization", "name": "दैनिक सरिता"},
            }
        ),
        nav=["देश", "राज्य", "मनोरंजन", "खेल", "बिज़नेस", "धर्म"],
        kicker="नीलगढ़",
        below=(
            '<div class="byline">रिपोर्ट: अमित वर्मा</div>'
            '<div class="publish-date">प्रकाशित: 5 सितंबर 2024, 12:15 AM (IST)</div>'
        ),
        blocks=[
            P(
                "नीलगढ़ जिले में बुधवार को नई पेयजल आपूर्ति योजना का उद्घाटन किया गया। इस योजना से जिले के 40 "
                "गांवों के लगभग 1.2 लाख लोगों को पाइपलाइन के जरिए साफ पानी मिलेगा।"
            ),
            P(
                "योजना पर करीब 86 करोड़ रुपये खर्च हुए हैं। पानी सोनधारा नदी से लिया जाएगा और दो नए शोधन संयंत्रों "
                "में साफ करने के बाद घरों तक पहुंचाया जाएगा।"
            ),
            RAW(
                '<p class="also-read"><b>ये भी पढ़ें:</b> <a href="/state/neelgarh-news/monsoon-roads">बारिश से '
                "नीलगढ़ की 12 सड़कें क्षतिग्रस्त, मरम्मत के लिए बजट मंजूर</a></p>"
            ),
            P(
                "जिलाधिकारी सुनीता राव ने कहा कि गर्मियों में कई गांवों में टैंकरों से पानी पहुंचाना पड़ता था। अब "
                "हर घर में नल से पानी मिलने से महिलाओं और बच्चों का समय बचेगा।"
            ),
            RAW(
                '<div class="ad-box"><span>विज्ञापन</span><a href="https://ghar.example">अपना घर, अपनी पहचान – '
                "आसान किस्तों पर फ्लैट बुक करें</a></div>"
            ),
            P(
                "ग्रामीणों ने योजना का स्वागत किया, लेकिन कुछ लोगों ने शिकायत की कि उनके मोहल्ले तक अभी पाइपलाइन "
                "नहीं पहुंची है। अधिकारियों ने बताया कि बचे हुए घरों को दिसंबर तक जोड़ दिया जाएगा।"
            ),
        ],
        teasers_head="ताज़ा खबरें",
        teasers=[
            ("नीलगढ़ में डेंगू के 35 नए मामले, स्वास्थ्य विभाग अलर्ट", "2 सितंबर 2024"),
            ("किसानों को समय पर मिलेगा खाद, कलेक्टर ने दिए निर्देश", "29 अगस्त 2024"),
        ],
        cookie="हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं।",
        cookie_button="स्वीकार करें",
        footer="© 2024 दैनिक सरिता. सर्वाधिकार सुरक्षित.",
        authors=["अमित वर्मा"],
        published="2024-09-05T00:15:00+05:30",
        shapes=[
            "site-regional",
            "article-p",
            "jsonld",
            "jsonld-authors",
            "byline-text",
            "local-offset",
            "read-also-inline",
            "ad-slot",
            "teasers-dated",
            "cookie-banner",
        ],
        must=[
            "इस योजना से जिले के 40 गांवों के लगभग 1.2 लाख लोगों को पाइपलाइन के जरिए साफ पानी मिलेगा।",
            "पानी सोनधारा नदी से लिया जाएगा और दो नए शोधन संयंत्रों में साफ करने के बाद घरों तक पहुंचाया जाएगा।",
            "अधिकारियों ने बताया कि बचे हुए घरों को दिसंबर तक जोड़ दिया जाएगा।",
        ],
        must_not=[
            "बारिश से नीलगढ़ की 12 सड़कें क्षतिग्रस्त, मरम्मत के लिए बजट मंजूर",
            "अपना घर, अपनी पहचान – आसान किस्तों पर फ्लैट बुक करें",
            "नीलगढ़ में डेंगू के 35 नए मामले, स्वास्थ्य विभाग अलर्ट",
            "हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं।",
            "सर्वाधिकार सुरक्षित",
        ],
    )
)

# s33 -- Indonesian regional news as an AMP page declaring English: JSON-LD author and date, visible "WIB"
# date line, "Penulis: ... | Editor: ..." (the editor is not an author), a "Baca juga" link.
_s33_title = "Jembatan Gantung Swadaya Warga Batu Karang Hilir Akhirnya Diresmikan"
PAGES.append(
    page(
        id="s33-id-jembatan-gantung",
        url="https://wartapesisir.example/amp/daerah/jembatan-gantung-batu-karang-hilir-diresmikan",
        language="id",
        declared="en",
        site="Warta Pesisir",
        style="amp",
        title=_s33_title,
        head=jsonld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": _s33_title,
                "datePublished": "2025-02-20T19:45:00+07:00",
                "author": {"@type": "Person", "name": "Rina Hapsari"},
                "editor": {"@type": "Person", "name": "Bayu Pratama"},
            }
        ),
        nav=["Beranda", "Daerah", "Nasional", "Ekonomi", "Olahraga", "Indeks"],
        kicker="Daerah",
        below=(
            '<div class="penulis">Penulis: Rina Hapsari | Editor: Bayu Pratama</div>'
            '<div class="tanggal">Kamis, 20 Februari 2025 | 19:45 WIB</div>'
        ),
        blocks=[
            P(
                "Warga Desa Batu Karang Hilir akhirnya bisa menyeberangi Sungai Lembayung tanpa perahu. Jembatan "
                "gantung sepanjang 120 meter yang dibangun secara swadaya diresmikan pada Kamis sore."
            ),
            P(
                "Pembangunan jembatan memakan waktu sepuluh bulan dan menghabiskan dana sekitar Rp 1,9 miliar. "
                "Sebagian besar dana berasal dari anggaran desa, sementara sisanya dari sumbangan perantau dan "
                "perusahaan setempat."
            ),
            RAW(
                '<p class="baca-juga"><strong>Baca juga:</strong> <a href="/amp/daerah/banjir-rob">Banjir Rob '
                "Rendam Dua Dusun di Pesisir Selatan</a></p>"
            ),
            P(
                "Kepala desa, Ahmad Syarifuddin, mengatakan selama ini anak-anak harus naik perahu kecil untuk "
                'berangkat ke sekolah di seberang sungai. "Kalau air sedang pasang, mereka terpaksa bolos," '
                "ujarnya."
            ),
            P(
                "Jembatan tersebut hanya boleh dilintasi pejalan kaki dan sepeda motor, dengan beban maksimal dua "
                "ton. Pemerintah kabupaten berjanji akan memasang lampu penerangan bulan depan."
            ),
        ],
        teasers_head="Berita Terkait",
        teasers=[
            ("Jalan Poros Antardesa Mulai Diaspal Bulan Ini", "14 Februari 2025"),
            ("Harga Cabai di Pasar Tradisional Kembali Naik", "17 Februari 2025"),
        ],
        cookie="Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda.",
        cookie_button="Setuju",
        footer="Copyright © 2025 Warta Pesisir. Hak cipta dilindungi undang-undang.",
        authors=["Rina Hapsari"],
        published="2025-02-20T19:45:00+07:00",
        shapes=[
            "site-regional",
            "article-p",
            "jsonld",
            "jsonld-authors",
            "byline-text",
            "editor-credit",
            "date-text",
            "read-also-inline",
            "teasers-dated",
            "cookie-banner",
        ],
        must=[
            "Jembatan gantung sepanjang 120 meter yang dibangun secara swadaya diresmikan pada Kamis sore.",
            "Sebagian besar dana berasal dari anggaran desa, sementara sisanya dari sumbangan perantau dan "
            "perusahaan setempat.",
            "Jembatan tersebut hanya boleh dilintasi pejalan kaki dan sepeda motor, dengan beban maksimal dua ton.",
        ],
        must_not=[
            "Editor: Bayu Pratama",
            "Banjir Rob Rendam Dua Dusun di Pesisir Selatan",
            "Jalan Poros Antardesa Mulai Diaspal Bulan Ini",
            "Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda.",
            "Hak cipta dilindungi undang-undang.",
        ],
    )
)

# s34 -- Vietnamese national daily: weekday date with "GMT+7", the author's name in bold after the last
# paragraph, a "Xem thêm" link, comments.
PAGES.append(
    page(
        id="s34-vi-ho-tru-nuoc",
        url="https://baophuongnam.example/tan-hoa-dong-xay-ho-tru-nuoc-ngot-chong-han-man-4871234.html",
        language="vi",
        declared="vi",
        site="Báo Phương Nam",
        title="Tân Hòa Đông xây hồ trữ nước ngọt chống hạn mặn",
        nav=["Thời sự", "Thế giới", "Kinh doanh", "Pháp luật", "Giáo dục", "Sức khỏe"],
        kicker="Thời sự",
        above='<span class="date">Thứ Sáu, 11/4/2025, 07:30 (GMT+7)</span>',
        blocks=[
            P(
                "Huyện Tân Hòa Đông vừa khởi công hồ trữ nước ngọt với dung tích khoảng 1,5 triệu mét khối, nhằm "
                "bảo đảm nước tưới cho vườn cây ăn trái trong mùa khô."
            ),
            P(
                "Công trình có tổng vốn đầu tư 320 tỷ đồng, dự kiến hoàn thành vào cuối năm sau. Khi đi vào hoạt "
                "động, hồ sẽ cung cấp nước cho khoảng 2.000 hecta đất nông nghiệp."
            ),
            P(
                "Mùa khô năm ngoái, nước mặn xâm nhập sâu hơn 50 km vào nội đồng, khiến hàng trăm hecta sầu riêng "
                "và bưởi bị thiệt hại. Nhiều hộ dân phải mua nước ngọt với giá 150.000 đồng mỗi khối."
            ),
            RAW(
                '<p class="xem-them">Xem thêm: <a href="/mien-tay-han-man.html">Miền Tây bước vào cao điểm xâm '
                "nhập mặn</a></p>"
            ),
            P(
                "Ông Lê Văn Tâm, nông dân ở xã Tân Phú, cho biết gia đình ông mất gần nửa vườn sầu riêng vì thiếu "
                'nước. "Có hồ chứa thì chúng tôi yên tâm hơn, không phải chạy đi mua từng xe nước nữa", ông nói.'
            ),
            RAW('<p class="author_mail" style="text-align:right"><strong>Nguyễn Thu Hà</strong></p>'),
        ],
        teasers_head="Tin liên quan",
        teasers=[
            ("Nông dân chuyển sang trồng lúa chịu mặn", "28/3/2025"),
            ("Giá sầu riêng xuất khẩu tăng mạnh đầu năm", "2/4/2025"),
        ],
        comments_head="Ý kiến bạn đọc",
        comments=[("Minh Tuấn", "3h trước", "Làm sớm thì tốt quá, năm nào cũng lo thiếu nước.")],
        cookie="Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn trên trang web.",
        cookie_button="Đồng ý",
        footer="© Bản quyền thuộc về Báo Phương Nam. Giấy phép số 123/GP-BTTTT.",
        authors=["Nguyễn Thu Hà"],
        published="2025-04-11T07:30:00+07:00",
        shapes=[
            "site-national",
            "article-p",
            "byline-end",
            "date-text",
            "date-gmt-offset",
            "read-also-inline",
            "comments",
            "teasers-dated",
            "cookie-banner",
        ],
        must=[
            "Huyện Tân Hòa Đông vừa khởi công hồ trữ nước ngọt với dung tích khoảng 1,5 triệu mét khối",
            "Khi đi vào hoạt động, hồ sẽ cung cấp nước cho khoảng 2.000 hecta đất nông nghiệp.",
            "Nhiều hộ dân phải mua nước ngọt với giá 150.000 đồng mỗi khối.",
        ],
        must_not=[
            "Làm sớm thì tốt quá, năm nào cũng lo thiếu nước.",
            "Miền Tây bước vào cao điểm xâm nhập mặn",
            "Nông dân chuyển sang trồng lúa chịu mặn",
            "Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn trên trang web.",
            "Giấy phép số 123/GP-BTTTT.",
        ],
    )
)

# s35 -- Thai regional news, no declared language: Buddhist-era date with weekday and "น.", "โดย" byline,
# an advert and a related-news link inside the story.
PAGES.append(
    page(
        id="s35-th-pid-sentang",
        url="https://nuea-today.example/news/doi-saeng-thong-trail-closed-haze",
        language="th",
        declared=None,
        site="เหนือวันนี้",
        title="อำเภอดอยแสงทองปิดเส้นทางเดินป่าชั่วคราว หลังไฟป่าและฝุ่นควันรุนแรง",
        nav=["หน้าแรก", "ข่าวภูมิภาค", "การเมือง", "เศรษฐกิจ", "ท่องเที่ยว", "กีฬา"],
        kicker="ข่าวภูมิภาค",
        below=(
            '<div class="author">โดย ปิยะพงษ์ ศรีสวัสดิ์</div>'
            '<div class="date">วันพฤหัสบดีที่ 13 มีนาคม 2568 เวลา 16:40 น.</div>'
        ),
        blocks=[
            P(
                "อำเภอดอยแสงทองประกาศปิดเส้นทางเดินป่าขึ้นยอดดอยเป็นการชั่วคราวตั้งแต่วันที่ 15 มีนาคมเป็นต้นไป "
                "เนื่องจากสถานการณ์ไฟป่าและฝุ่นควันที่รุนแรงขึ้นในช่วงสัปดาห์ที่ผ่านมา"
            ),
            P(
                "นายอำเภอ สมศักดิ์ ทองมา กล่าวว่า ค่าฝุ่นละอองขนาดเล็ก PM2.5 ในพื้นที่สูงเกินมาตรฐานติดต่อกันมาแล้ว"
                "กว่าสิบวัน และเจ้าหน้าที่ต้องใช้กำลังคนส่วนใหญ่ในการดับไฟป่า"
            ),
            RAW(
                '<div class="related-inline">อ่านข่าวที่เกี่ยวข้อง: <a href="/news/haze-schools">โรงเรียน 40 แห่ง'
                "สั่งหยุดเรียนเพราะฝุ่นควัน</a></div>"
            ),
            P(
                "ผู้ประกอบการที่พักและร้านอาหารในพื้นที่ยอมรับว่าได้รับผลกระทบ เพราะนักท่องเที่ยวจำนวนมากยกเลิกการจอง "
                "แต่ส่วนใหญ่เห็นด้วยกับการปิดเส้นทางเพื่อความปลอดภัย"
            ),
            RAW(
                '<div class="ads"><small>โฆษณา</small><a href="https://air.example">เครื่องฟอกอากาศลดราคา 50% '
                "เฉพาะสัปดาห์นี้</a></div>"
            ),
            P(
                "ทางอำเภอระบุว่าจะพิจารณาเปิดเส้นทางอีกครั้งเมื่อสถานการณ์ดีขึ้น โดยคาดว่าจะเป็นช่วงต้นเดือนพฤษภาคม "
                "หลังจากมีฝนตกในพื้นที่"
            ),
            P(
                "ขณะเดียวกัน อำเภอได้ขอความร่วมมือประชาชนงดเผาเศษวัชพืชและขยะทางการเกษตรทุกชนิด "
                "หากพบผู้ฝ่าฝืนจะถูกดำเนินคดีตามกฎหมายทันที"
            ),
        ],
        teasers_head="ข่าวล่าสุด",
        teasers=[
            ("เทศกาลดอกไม้บานดอยแสงทองคึกคัก นักท่องเที่ยวทะลุหมื่น", "20 มกราคม 2568"),
            ("จังหวัดเตรียมรับมือภัยแล้งล่วงหน้า", "5 มีนาคม 2568"),
        ],
        cookie="เว็บไซต์นี้ใช้คุกกี้เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งาน",
        cookie_button="ยอมรับ",
        footer="สงวนลิขสิทธิ์ © 2568 เหนือวันนี้",
        authors=["ปิยะพงษ์ ศรีสวัสดิ์"],
        published="2025-03-13",
        shapes=[
            "site-regional",
            "article-p",
            "byline-text",
            "date-text",
            "local-calendar",
            "read-also-inline",
            "ad-slot",
            "teasers-dated",
            "cookie-banner",
        ],
        must=[
            "อำเภอดอยแสงทองประกาศปิดเส้นทางเดินป่าขึ้นยอดดอยเป็นการชั่วคราวตั้งแต่วันที่ 15 มีนาคมเป็นต้นไป",
            "ค่าฝุ่นละอองขนาดเล็ก PM2.5 ในพื้นที่สูงเกินมาตรฐานติดต่อกันมาแล้วกว่าสิบวัน",
            "ทางอำเภอระบุว่าจะพิจารณาเปิดเส้นทางอีกครั้งเมื่อสถานการณ์ดีขึ้น",
        ],
        must_not=[
            "โรงเรียน 40 แห่งสั่งหยุดเรียนเพราะฝุ่นควัน",
            "เครื่องฟอกอากาศลดราคา 50% เฉพาะสัปดาห์นี้",
            "เทศกาลดอกไม้บานดอยแสงทองคึกคัก นักท่องเที่ยวทะลุหมื่น",
            "เว็บไซต์นี้ใช้คุกกี้เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งาน",
            "สงวนลิขสิทธิ์ © 2568 เหนือวันนี้",
        ],
    )
)

# s36 -- Catalan local paper on a framework site declaring Spanish: two authors and the date only in RDFa
# (schema.org vocabulary), a newsletter box in the story, comments.
PAGES.append(
    page(
        id="s36-ca-zona-baixes-emissions",
        url="https://elpuntdevallmajor.example/territori/vallmajor-aprova-la-zona-de-baixes-emissions",
        language="ca",
        declared="es",
        site="El Punt de Vallmajor",
        style="hashed",
        hash_prefix="emotion-",
        title="Vallmajor aprova la zona de baixes emissions amb un any de moratòria",
        nav=["Territori", "Política", "Economia", "Esports", "Cultura", "Opinió"],
        kicker="Mobilitat",
        article_attrs='vocab="https://schema.org/" typeof="NewsArticle"',
        above='<meta property="datePublished" content="2024-10-01T12:05:00+02:00">',
        below=(
            '<div class="emotion-1a2b3c"><span property="author" typeof="Person"><span property="name">Jordi '
            'Puigvert</span></span> i <span property="author" typeof="Person"><span property="name">Laia Soler'
            "</span></span></div>"
        ),
        blocks=[
            P(
                "El ple de l'Ajuntament de Vallmajor va aprovar ahir a la nit l'ordenança de la zona de baixes "
                "emissions, que afectarà tot el nucli urbà a partir de l'1 d'octubre de l'any que ve."
            ),
            P(
                "Els vehicles sense etiqueta ambiental no podran circular per la ciutat els dies feiners entre les "
                "set del matí i les vuit del vespre. Durant el primer any, però, els infractors només rebran avisos "
                "i no multes."
            ),
            RAW(
                '<div class="emotion-4d5e6f"><strong>El butlletí del matí</strong><div>Rep cada dia les notícies '
                "de Vallmajor i comarca al teu correu.</div><button>M'hi apunto</button></div>"
            ),
            P(
                "L'alcaldessa, Montserrat Vilaró, va defensar que la moratòria ha de servir perquè els veïns i els "
                "comerciants tinguin temps d'adaptar-se. «No volem castigar ningú, volem que l'aire que respirem "
                "sigui més net», va dir."
            ),
            P(
                "L'oposició va votar en contra perquè considera que el consistori no ha reforçat prou el transport "
                "públic. Segons els seus càlculs, gairebé 4.000 vehicles del municipi no tenen etiqueta."
            ),
        ],
        teasers_head="Més notícies",
        teasers=[
            ("El mercat setmanal es trasllada a la plaça Nova", "24 de setembre de 2024"),
            ("Vallmajor tindrà carril bici fins a l'estació", "17 de setembre de 2024"),
        ],
        comments_head="Comentaris",
        comments=[("Pere M.", "fa 2 hores", "I els que no ens podem comprar un cotxe nou, què hem de fer?")],
        cookie="Utilitzem galetes pròpies i de tercers per millorar els nostres serveis.",
        cookie_button="Accepto",
        footer="El Punt de Vallmajor · Avís legal · Política de privacitat · Publicitat",
        next_data={"props": {"pageProps": {"slug": "vallmajor-aprova-la-zona-de-baixes-emissions"}}},
        authors=["Jordi Puigvert", "Laia Soler"],
        published="2024-10-01T12:05:00+02:00",
        shapes=[
            "site-regional",
            "article-p",
            "rdfa",
            "rdfa-authors",
            "date-structured-only",
            "newsletter-box",
            "comments",
            "teasers-dated",
            "cookie-banner",
        ],
        must=[
            "El ple de l'Ajuntament de Vallmajor va aprovar ahir a la nit l'ordenança de la zona de baixes "
            "emissions",
            "Durant el primer any, però, els infractors només rebran avisos i no multes.",
            "Segons els seus càlculs, gairebé 4.000 vehicles del municipi no tenen etiqueta.",
        ],
        must_not=[
            "Rep cada dia les notícies de Vallmajor i comarca al teu correu.",
            "I els que no ens podem comprar un cotxe nou, què hem de fer?",
            "El mercat setmanal es trasllada a la plaça Nova",
            "Utilitzem galetes pròpies i de tercers per millorar els nostres serveis.",
            "Avís legal · Política de privacitat",
        ],
    )
)
