"""Indonesian pages of the second held-out set (k34-k35)."""

from __future__ import annotations

from kit2 import (
    Comment,
    Page,
    Site,
    Teaser,
    blogger,
    canonical,
    classic,
    jsonld,
    meta,
    og,
    publisher,
    share_bar,
    t,
)

ID = {
    "skip": "Langsung ke konten",
    "search": "Cari",
    "menu": "Menu",
    "related": "Berita Terkait",
    "most_read": "Terpopuler",
    "comments": "Komentar",
    "reply": "Balas",
    "accept": "Setuju",
    "settings": "Pengaturan",
    "newsletter_button": "Berlangganan",
    "email": "Alamat email",
    "share": "Bagikan",
    "share_items": "Facebook|X|WhatsApp|Salin tautan",
    "login": "Masuk",
    "ad": "Iklan",
    "ticker": "Terkini",
    "top_stories": "Berita Utama",
    "newer": "Posting Lebih Baru",
    "older": "Posting Lama",
    "home": "Beranda",
}

# --- k34: news portal, two "Baca juga" links, first page of a paginated story, editor credit, no lang ------

SUKARAJA = Site(
    name="Kabar Sukaraja",
    domain="kabarsukaraja.example",
    lang=None,
    nav=["News", "Daerah", "Ekonomi", "Olahraga", "Hiburan", "Tekno", "Indeks"],
    cookie="Kami menggunakan cookie untuk meningkatkan pengalaman Anda di situs ini.",
    newsletter="Dapatkan update berita pilihan dan breaking news setiap hari. Mari bergabung di Grup Telegram Kabar Sukaraja.",
    footer="Copyright © 2024 Kabar Sukaraja. All Rights Reserved.",
    labels=ID,
    footer_links=["Redaksi", "Pedoman Media Siber", "Kode Etik", "Kontak"],
)

K34_STORY = [
    "Warga Desa Cibeureum Hilir, Kabupaten Sukaraja, kini tidak perlu lagi menyeberangi Sungai Cilaya dengan rakit. Jembatan gantung sepanjang 96 meter yang menghubungkan desa itu dengan pusat kecamatan resmi dibuka pada Senin (22/7/2024).",
    "Selama hampir tiga tahun, sejak jembatan lama putus diterjang banjir, sekitar 300 pelajar harus menyeberang dengan rakit bambu setiap pagi untuk berangkat ke sekolah.",
    '"Kalau air sedang tinggi, anak-anak terpaksa tidak sekolah. Orang tua takut," kata Kepala Desa Cibeureum Hilir, Ujang Suryana, saat peresmian.',
    "Pembangunan jembatan menghabiskan anggaran sekitar Rp 2,1 miliar yang bersumber dari dana desa dan bantuan pemerintah provinsi. Pengerjaannya dimulai pada Januari lalu dan melibatkan puluhan warga setempat.",
    "Jembatan ini hanya diperuntukkan bagi pejalan kaki dan sepeda motor, dengan beban maksimal 500 kilogram sekaligus.",
    "Pemerintah kabupaten berencana membangun dua jembatan serupa di desa lain di sepanjang Sungai Cilaya tahun depan.",
]
K34_READ1 = "Banjir Rendam Ratusan Rumah di Sukaraja, Warga Mengungsi"
K34_READ2 = "Dana Desa 2024 Naik, Ini Rinciannya"
K34_TEASER = "Harga Cabai Rawit di Pasar Sukaraja Turun Drastis"


def _k34() -> Page:
    url = "https://www.kabarsukaraja.example/daerah/pr-78812945/jembatan-gantung-cibeureum-hilir-diresmikan-pelajar-tak-lagi-naik-rakit"
    headline = "Jembatan Gantung Cibeureum Hilir Diresmikan, Pelajar Tak Lagi Naik Rakit"
    paras = [f"<p>{t(x)}</p>" for x in K34_STORY]
    paras.insert(
        2,
        f'<p><strong>Baca juga:</strong> <a href="/daerah/pr-78801230/banjir-sukaraja">{t(K34_READ1)}</a></p>',
    )
    paras.insert(
        5,
        f'<p><strong>Baca juga:</strong> <a href="/ekonomi/pr-78790011/dana-desa-2024">{t(K34_READ2)}</a></p>',
    )
    article = f"""<div class="read__content">
<div class="read__header">
<div class="breadcrumb"><a href="/">Home</a> » <a href="/daerah">Daerah</a></div>
<h1 class="read__title">{t(headline)}</h1>
<div class="read__info"><div class="read__info__author">Penulis: Rizky Pratama | Editor: Dewi Lestari</div>
<div class="read__info__date">- Senin, 22 Juli 2024 | 10:05 WIB</div></div>
{share_bar(SUKARAJA)}
</div>
<div class="photo"><img src="https://img.kabarsukaraja.example/2024/07/jembatan-cibeureum.jpg" alt=""><div class="photo__caption">Jembatan gantung di Desa Cibeureum Hilir. (Kabar Sukaraja/Rizky Pratama)</div></div>
<article class="read__article">
{chr(10).join(paras)}
</article>
<div class="paging"><span class="paging__label">Halaman:</span> <a class="paging__link paging__link--active" href="#">1</a> <a class="paging__link" href="?page=2">2</a> <a class="paging__link paging__link--next" href="?page=2">Selanjutnya</a></div>
<div class="read__tags">Tags: <a href="#">jembatan gantung</a> <a href="#">Sukaraja</a> <a href="#">dana desa</a></div>
<div class="read__telegram">{t(SUKARAJA.newsletter)}</div>
</div>"""
    head = "\n".join(
        [
            canonical(url),
            og(headline, url, SUKARAJA, description="Jembatan gantung sepanjang 96 meter resmi dibuka."),
            meta("content_author", "Rizky Pratama"),
            meta("content_editor", "Dewi Lestari"),
            jsonld(
                {
                    "@context": "https://schema.org",
                    "@type": "NewsArticle",
                    "headline": headline,
                    "datePublished": "2024-07-22T10:05:00+07:00",
                    "dateModified": "2024-07-22T10:05:00+07:00",
                    "author": {"@type": "Person", "name": "Rizky Pratama"},
                    "editor": {"@type": "Person", "name": "Dewi Lestari"},
                    "publisher": publisher(SUKARAJA),
                    "mainEntityOfPage": {"@type": "WebPage", "@id": url},
                }
            ),
        ]
    )
    html = classic(
        SUKARAJA,
        title=f"{headline} - Kabar Sukaraja",
        head=head,
        article=article,
        teasers=[
            Teaser(K34_TEASER, "/ekonomi/pr-78810020/harga-cabai"),
            Teaser("Jadwal Pemadaman Listrik di Sukaraja Pekan Ini", "/daerah/pr-78809901/pemadaman"),
        ],
        most_read=["Lowongan Kerja Pabrik Tekstil Dibuka", "Jalan Provinsi Sukaraja Rusak Parah"],
        sidebar_newsletter=False,
    )
    return Page(
        id="k34-id-portal-baca-juga-paginated-no-lang",
        url=url,
        language="id",
        declared_language=None,
        title=headline,
        authors=["Rizky Pratama"],
        published="2024-07-22T10:05:00+07:00",
        shapes=["read-also-inline", "paginated", "jsonld", "lang-missing", "editor-credit"],
        html=html,
        must_contain=[
            "Jembatan gantung sepanjang 96 meter yang menghubungkan desa itu dengan pusat kecamatan resmi dibuka pada Senin (22/7/2024).",
            K34_STORY[1],
            "Pembangunan jembatan menghabiskan anggaran sekitar Rp 2,1 miliar yang bersumber dari dana desa dan bantuan pemerintah provinsi.",
            K34_STORY[5],
        ],
        must_not_contain=[
            K34_READ1,
            K34_READ2,
            K34_TEASER,
            "Kami menggunakan cookie",
            SUKARAJA.footer,
            SUKARAJA.newsletter,
        ],
        story=K34_STORY,
    )


# --- k35: Blogger post (post title in <h3>, blog name in <h1>), body in <div>s, microdata ------------------

KARANGSARI = Site(
    name="Kabar Karang Sari",
    domain="kabarkarangsari.example",
    lang="id",
    nav=["Beranda", "Berita Desa", "Wisata", "Kuliner", "Tentang Kami"],
    cookie="Situs ini menggunakan cookie dari Google untuk menyediakan layanan dan menganalisis traffic.",
    newsletter="",
    footer="© 2024 Kabar Karang Sari. Tema Sederhana. Diberdayakan oleh Blogger.",
    labels=ID,
    tagline="Berita dan cerita dari pesisir Karang Sari",
)

K35_STORY = [
    "Festival Layang-Layang tahunan di Pantai Karang Sari kembali digelar pada Jumat (3/5/2024) dan diikuti 120 peserta dari berbagai daerah. Angin yang bertiup cukup kencang sejak pagi membuat ratusan layang-layang berwarna-warni memenuhi langit pantai.",
    "Festival ini diselenggarakan oleh karang taruna desa bekerja sama dengan kelompok sadar wisata setempat. Tahun ini panitia menambah kategori baru, yaitu layang-layang tradisional berbahan daun lontar.",
    "Juara pertama kategori kreasi diraih oleh tim dari Kecamatan Sumberrejo dengan layang-layang berbentuk naga sepanjang 25 meter. Tim tersebut membutuhkan waktu hampir dua bulan untuk membuatnya.",
    "Menurut ketua panitia, Bambang Setiawan, jumlah pengunjung tahun ini mencapai sekitar 5.000 orang, naik dibanding tahun lalu. Pedagang makanan di sekitar pantai pun ikut merasakan dampaknya.",
    '"Dagangan saya habis sebelum jam dua siang," ujar Sri Wahyuni, penjual es kelapa muda.',
    "Panitia berharap festival ini bisa masuk dalam kalender resmi pariwisata kabupaten mulai tahun depan.",
]
K35_POPULAR = "Resep Ikan Bakar Bumbu Kecap Khas Warung Pantai"
K35_COMMENT = "Mantap, tahun depan saya mau ikut lomba kategori tradisional!"


def _k35() -> Page:
    url = "https://kabarkarangsari.example/2024/05/festival-layang-layang-pantai-karang-sari.html"
    headline = "Festival Layang-Layang Pantai Karang Sari Diikuti 120 Peserta"
    body = "\n".join(f"<div>{t(x)}</div>\n<div><br /></div>" for x in K35_STORY)
    post = f"""<div class='date-outer'>
<h2 class='date-header'><span>Jumat, 03 Mei 2024</span></h2>
<div class='date-posts'>
<div class='post-outer'>
<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<meta content='https://blogger.googleusercontent.com/img/b/layang-layang.jpg' itemprop='image_url'>
<meta content='7741203398812' itemprop='blogId'>
<a name='5512987700341'></a>
<h3 class='post-title entry-title' itemprop='name'>{t(headline)}</h3>
<div class='post-header'><div class='post-header-line-1'></div></div>
<div class='post-body entry-content' id='post-body-5512987700341' itemprop='description articleBody'>
<div class="separator" style="clear: both; text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/layang-layang.jpg" style="margin-left: 1em; margin-right: 1em;"><img border="0" data-original-height="720" data-original-width="1280" height="360" src="https://blogger.googleusercontent.com/img/b/s640/layang-layang.jpg" width="640" /></a></div>
{body}
<div style='clear: both;'></div>
</div>
<div class='post-footer'>
<div class='post-footer-line post-footer-line-1'>
<span class='post-author vcard'>Diposting oleh <span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'><meta content='https://www.blogger.com/profile/0933' itemprop='url'><a class='g-profile' href='https://www.blogger.com/profile/0933' rel='author' title='author profile'><span itemprop='name'>Andi Saputra</span></a></span></span>
<span class='post-timestamp'>di <meta content='{url}' itemprop='url'><a class='timestamp-link' href='{url}' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='2024-05-03T19:30:00+07:00'>19.30</abbr></a></span>
<span class='post-comment-link'></span>
</div>
<div class='post-footer-line post-footer-line-2'><span class='post-labels'>Label: <a href='/search/label/Wisata' rel='tag'>Wisata</a>, <a href='/search/label/Berita%20Desa' rel='tag'>Berita Desa</a></span></div>
<div class='post-share-buttons goog-inline-block'><a class='goog-inline-block share-button sb-email' href='#' title='Kirimkan Ini lewat Email'><span class='share-button-link-text'>Kirimkan Ini lewat Email</span></a><a class='goog-inline-block share-button sb-facebook' href='#' title='Berbagi ke Facebook'><span class='share-button-link-text'>Berbagi ke Facebook</span></a></div>
</div>
</div>
</div>
</div>
</div>"""
    sidebar = f"""<div class='widget PopularPosts' id='PopularPosts1'><h2>Postingan Populer</h2><div class='widget-content popular-posts'><ul>
<li><div class='item-title'><a href='/2024/03/resep-ikan-bakar.html'>{t(K35_POPULAR)}</a></div></li>
<li><div class='item-title'><a href='/2024/01/jalan-desa-diperbaiki.html'>Jalan Desa Menuju Pantai Akhirnya Diperbaiki</a></div></li></ul></div></div>
<div class='widget BlogArchive' id='BlogArchive1'><h2>Arsip Blog</h2><div class='widget-content'><ul class='hierarchy'><li class='archivedate expanded'><a class='post-count-link' href='/2024/'>2024</a> <span class='post-count' dir='ltr'>(14)</span></li><li class='archivedate collapsed'><a class='post-count-link' href='/2023/'>2023</a> <span class='post-count' dir='ltr'>(31)</span></li></ul></div></div>
<div class='widget Label' id='Label1'><h2>Label</h2><div class='widget-content list-label-widget-content'><ul><li><a dir='ltr' href='/search/label/Berita%20Desa'>Berita Desa</a></li><li><a dir='ltr' href='/search/label/Kuliner'>Kuliner</a></li><li><a dir='ltr' href='/search/label/Wisata'>Wisata</a></li></ul></div></div>"""
    head = "\n".join(
        [
            canonical(url),
            meta("og:title", headline, "property"),
            meta("og:url", url, "property"),
            meta("og:description", K35_STORY[0][:140], "property"),
        ]
    )
    html = blogger(
        KARANGSARI,
        title=f"{KARANGSARI.name}: {headline}",
        head=head,
        post=post,
        sidebar=sidebar,
        comments=[
            Comment("Yudi Pranoto", "", "3 Mei 2024 pukul 21.04", K35_COMMENT),
            Comment(
                "Anonim", "", "4 Mei 2024 pukul 07.12", "Kapan pendaftaran untuk tahun depan dibuka, Mas?"
            ),
        ],
    )
    return Page(
        id="k35-id-blogger-divs-microdata",
        url=url,
        language="id",
        declared_language="id",
        title=headline,
        authors=["Andi Saputra"],
        published="2024-05-03T19:30:00+07:00",
        shapes=["blogger", "divs", "microdata", "title-in-h3"],
        html=html,
        must_contain=[
            "Festival Layang-Layang tahunan di Pantai Karang Sari kembali digelar pada Jumat (3/5/2024) dan diikuti 120 peserta dari berbagai daerah.",
            "Juara pertama kategori kreasi diraih oleh tim dari Kecamatan Sumberrejo dengan layang-layang berbentuk naga sepanjang 25 meter.",
            "Menurut ketua panitia, Bambang Setiawan, jumlah pengunjung tahun ini mencapai sekitar 5.000 orang, naik dibanding tahun lalu.",
            K35_STORY[5],
        ],
        must_not_contain=[
            K35_COMMENT,
            K35_POPULAR,
            "Situs ini menggunakan cookie dari Google",
            KARANGSARI.footer,
            "Kirimkan Ini lewat Email",
        ],
        story=K35_STORY,
    )


PAGES = [_k34(), _k35()]
