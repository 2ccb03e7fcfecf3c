# ruff: noqa: RUF001
"""Turkish pages of the second held-out set (k24-k25)."""

from __future__ import annotations

from kit2 import (
    Comment,
    Page,
    Site,
    Teaser,
    app,
    canonical,
    classic,
    emotion,
    jsonld,
    og,
    person,
    publisher,
    t,
)

TR = {
    "skip": "İçeriğe geç",
    "search": "Ara",
    "menu": "Menü",
    "related": "Diğer Haberler",
    "most_read": "Çok Okunanlar",
    "comments": "Yorumlar",
    "reply": "Yanıtla",
    "accept": "Kabul et",
    "settings": "Ayarlar",
    "newsletter_button": "Abone ol",
    "email": "E-posta adresiniz",
    "share": "Paylaş",
    "share_items": "Facebook|X|WhatsApp|E-posta",
    "login": "Giriş yap",
    "ad": "Reklam",
    "ticker": "Son Dakika",
    "top_stories": "Manşet",
}

# --- k24: no metadata at all, no declared language, date and byline only in the text, short story ---------

KARADERE = Site(
    name="Karadere Haber",
    domain="karaderehaber.example",
    lang=None,
    nav=["Gündem", "Karadere", "Ekonomi", "Spor", "Yaşam", "Vefat İlanları"],
    cookie="Sitemizde çerezler kullanılmaktadır. Siteyi kullanmaya devam ederek çerez politikamızı kabul etmiş sayılırsınız.",
    newsletter="E-bültenimize abone olun, ilçeden haberler her sabah e-postanızda olsun.",
    footer="© 2024 Karadere Haber – Tüm hakları saklıdır. İzinsiz kopyalanamaz.",
    labels=TR,
    footer_links=["Künye", "İletişim", "Gizlilik Politikası"],
)

K24_STORY = [
    "Karadere Belediyesi ile İlçe Sağlık Müdürlüğü'nün ortak projesi olan Çamlıbel Aile Sağlığı Merkezi, 1 Nisan'da hizmete girecek. İki katlı binada üç aile hekimi ve dört sağlık personeli görev yapacak.",
    "Mahalle sakinleri şimdiye kadar en yakın sağlık merkezine ulaşmak için iki otobüs değiştirmek zorunda kalıyordu. Muhtar Hüseyin Demirtaş, yeni merkezin özellikle yaşlılar ve küçük çocuklu aileler için büyük kolaylık sağlayacağını söyledi.",
    "Merkez hafta içi her gün 08.00 ile 17.00 saatleri arasında açık olacak. Randevular telefonla ya da belediyenin mobil uygulaması üzerinden alınabilecek.",
]
K24_TICKER = "Karadere-Yeniköy yolunda çalışma nedeniyle trafik tek şeritten sağlanıyor"
K24_TEASER = "Pazar yeri cumartesi günleri de açık olacak"
K24_COMMENT = "Allah razı olsun, annem artık yürüyerek gidebilecek."


def _k24() -> Page:
    url = "https://www.karaderehaber.example/haber/camlibel-mahallesine-yeni-aile-sagligi-merkezi-aciliyor-18842.html"
    headline = "Çamlıbel Mahallesi'ne yeni aile sağlığı merkezi açılıyor"
    article = f"""<div class="haber-detay">
<h1 class="haber-baslik">{t(headline)}</h1>
<h2 class="haber-spot">Merkezde üç aile hekimi görev yapacak.</h2>
<div class="haber-bilgi"><span class="haber-muhabir">Haber: Elif Karaca</span>
<span class="haber-tarih">Yayınlanma: 12.03.2024 - 14:05 | Güncelleme: 13.03.2024 - 09:12</span></div>
<div class="haber-metin">
{chr(10).join(f"<p>{t(x)}</p>" for x in K24_STORY)}
</div>
<div class="haber-etiketler">Etiketler: <a href="#">sağlık</a> <a href="#">Çamlıbel</a></div>
</div>"""
    html = classic(
        KARADERE,
        title=f"Karadere Haber | {headline}",
        head="",
        article=article,
        teasers=[
            Teaser(K24_TEASER, "/haber/pazar-yeri-18840.html"),
            Teaser("Lise öğrencilerinden bilim şenliği", "/haber/bilim-senligi-18838.html"),
        ],
        comments=[Comment("Ayşe T.", "", "12.03.2024 15:20", K24_COMMENT)],
        ticker=[K24_TICKER, "İlçede yarın planlı elektrik kesintisi"],
        most_read=["Belediye meclisi toplandı", "Karaderespor deplasmandan puanla döndü"],
    )
    return Page(
        id="k24-tr-no-metadata-date-in-text",
        url=url,
        language="tr",
        declared_language=None,
        title=headline,
        authors=["Elif Karaca"],
        published="2024-03-12",
        shapes=["no-metadata", "date-text", "byline-text", "lang-missing", "short", "updated-date-trap"],
        html=html,
        must_contain=[
            "Karadere Belediyesi ile İlçe Sağlık Müdürlüğü'nün ortak projesi olan Çamlıbel Aile Sağlığı Merkezi, 1 Nisan'da hizmete girecek.",
            "Muhtar Hüseyin Demirtaş, yeni merkezin özellikle yaşlılar ve küçük çocuklu aileler için büyük kolaylık sağlayacağını söyledi.",
            "Merkez hafta içi her gün 08.00 ile 17.00 saatleri arasında açık olacak.",
        ],
        must_not_contain=[
            K24_TICKER,
            K24_TEASER,
            K24_COMMENT,
            "Sitemizde çerezler kullanılmaktadır.",
            KARADERE.footer,
            KARADERE.newsletter,
        ],
        story=K24_STORY,
    )


# --- k25: Emotion classes, JSON-LD local offset (UTC day is the day before), two authors, "İlgili Haber" ---

KORFEZ = Site(
    name="Körfez Gazetesi",
    domain="korfezgazetesi.example",
    lang="tr",
    nav=["Gündem", "Kent", "Ekonomi", "Deniz", "Spor", "Kültür-Sanat", "Yazarlar"],
    cookie="Size daha iyi hizmet sunabilmek için çerezler kullanıyoruz. Detaylı bilgi için Çerez Politikamızı inceleyebilirsiniz.",
    newsletter="Körfez Gazetesi bülteni ile günün öne çıkan haberleri her akşam e-postanızda.",
    footer="Körfez Gazetesi © 2024 Tüm hakları saklıdır.",
    labels=TR,
    footer_links=["Hakkımızda", "Künye", "KVKK", "Reklam"],
)

K25_STORY = [
    "Limanköy ile Çınarlı arasındaki deniz otobüsü seferleri, iki yıllık aranın ardından 15 Nisan'da yeniden başlıyor. Büyükşehir belediyesi, hattın işletmesini kooperatif olarak kurulan Körfez Deniz Ulaşım'a devretti.",
    "Seferler hafta içi günde altı, hafta sonu ise sekiz kez yapılacak. Yolculuk süresi yaklaşık 35 dakika olacak; karayoluyla bu mesafe trafiğe bağlı olarak bir saati aşabiliyor.",
    "Hat, 2022 yılında yakıt maliyetleri nedeniyle kapatılmıştı. O dönem günlük yolcu sayısı 900 civarındaydı.",
    "Kooperatif başkanı Murat Eren, yeni gemilerin daha az yakıt tükettiğini ve tam elektrikli bir teknenin de yıl sonunda filoya katılacağını söyledi.",
    "Bilet fiyatı tam 32, öğrenci 16 lira olarak belirlendi. Kent kartı kullananlar aktarmalarda indirimli ödeyecek.",
    "Çınarlı'da esnaf, kararı memnuniyetle karşıladı. Balıkçı barınağının yanında kafe işleten Songül Arslan, «Yazın Limanköy'den gelen müşteri olmadan ayakta kalmak zordu» dedi.",
    "Belediye, iskelelerdeki bekleme salonlarının da bu ay içinde yenileneceğini açıkladı.",
    "İlk sefer 15 Nisan sabahı saat 07.30'da Limanköy iskelesinden kalkacak.",
]
K25_RELATED = "Körfezde yaz tarifesi: Vapur saatleri değişiyor"
K25_TEASER = "Çınarlı sahil yolunda asfalt çalışması başladı"
K25_COMMENT = "Keşke akşam son sefer biraz daha geç olsaydı, iş çıkışı yetişmek zor."


def _k25() -> Page:
    url = "https://www.korfezgazetesi.example/kent/limankoy-cinarli-deniz-otobusu-seferleri-yeniden-basliyor-h58213"
    headline = "Limanköy ile Çınarlı arasında deniz otobüsü seferleri yeniden başlıyor"
    authors = ["Burak Yıldırım", "Zeynep Aksoy"]

    def c(name: str) -> str:
        return emotion("korfez", name)

    p = [f'<p class="{c("p")}">{t(x)}</p>' for x in K25_STORY]
    p.insert(
        3,
        f'<div class="{c("related")}"><span class="{c("relatedlabel")}">İlgili Haber</span><a class="{c("relatedlink")}" href="/kent/yaz-tarifesi-h58100">{t(K25_RELATED)}</a></div>',
    )
    p.insert(6, f'<div class="{c("ad")}"><div id="div-gpt-ad-inarticle" class="{c("adinner")}"></div></div>')
    article = f"""<div class="{c("article")}">
<div class="{c("crumbs")}"><a href="/">Ana Sayfa</a> / <a href="/kent">Kent</a></div>
<h1 class="{c("title")}">{t(headline)}</h1>
<div class="{c("spot")}">İki yıl önce kapatılan hat, kooperatif işletmesiyle yeniden açılıyor.</div>
<div class="{c("authors")}">{"".join(f'<a class="{c("authorlink")}" href="/yazar/{i}">{t(n)}</a>' for i, n in enumerate(authors))}</div>
<div class="{c("date")}">02.04.2024 01:20</div>
<div class="{c("body")}">
{chr(10).join(p)}
</div>
</div>"""
    head = "\n".join(
        [
            canonical(url),
            og(
                headline,
                url,
                KORFEZ,
                description="İki yıl önce kapatılan hat yeniden açılıyor.",
                locale="tr_TR",
            ),
            jsonld(
                {
                    "@context": "https://schema.org",
                    "@type": "NewsArticle",
                    "headline": headline,
                    "datePublished": "2024-04-02T01:20:00+03:00",
                    "dateModified": "2024-04-02T10:05:00+03:00",
                    "author": [person(n, KORFEZ) for n in authors],
                    "publisher": publisher(KORFEZ),
                    "mainEntityOfPage": {"@type": "WebPage", "@id": url},
                    "inLanguage": "tr-TR",
                }
            ),
        ]
    )
    html = app(
        KORFEZ,
        title=f"{headline} - Körfez Gazetesi",
        head=head,
        article=article,
        c=c,
        teasers=[
            Teaser(K25_TEASER, "/kent/sahil-yolu-h58190"),
            Teaser("Balıkçılar av yasağına hazırlanıyor", "/deniz/av-yasagi-h58177"),
        ],
        comments=[Comment("denizci35", "2024-04-02T08:14:00+03:00", "7 saat önce", K25_COMMENT)],
    )
    return Page(
        id="k25-tr-emotion-local-offset-two-authors",
        url=url,
        language="tr",
        declared_language="tr",
        title=headline,
        authors=authors,
        published="2024-04-02T01:20:00+03:00",
        shapes=["hashed-classes", "jsonld", "local-offset", "read-also-inline", "opengraph"],
        html=html,
        must_contain=[
            "Limanköy ile Çınarlı arasındaki deniz otobüsü seferleri, iki yıllık aranın ardından 15 Nisan'da yeniden başlıyor.",
            "Hat, 2022 yılında yakıt maliyetleri nedeniyle kapatılmıştı.",
            "Bilet fiyatı tam 32, öğrenci 16 lira olarak belirlendi.",
            K25_STORY[7],
        ],
        must_not_contain=[
            K25_RELATED,
            K25_TEASER,
            K25_COMMENT,
            "Size daha iyi hizmet sunabilmek için çerezler kullanıyoruz.",
            KORFEZ.footer,
            KORFEZ.newsletter,
        ],
        story=K25_STORY,
    )


PAGES = [_k24(), _k25()]
