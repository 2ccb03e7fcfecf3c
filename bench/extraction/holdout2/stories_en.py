"""English pages of the second held-out set (k01-k04)."""

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
    meta,
    newsletter_box,
    og,
    old_tables,
    person,
    publisher,
    share_bar,
    t,
    wordpress,
)

EN = {
    "skip": "Skip to content",
    "search": "Search",
    "menu": "Menu",
    "related": "More stories",
    "most_read": "Most read",
    "comments": "Comments",
    "reply": "Reply",
    "accept": "Accept",
    "settings": "Cookie settings",
    "newsletter_button": "Sign up",
    "email": "Email address",
    "share": "Share",
    "share_items": "Facebook|X|Email|Copy link",
    "login": "Log in",
    "ad": "Advertisement",
    "prev": "Previous",
    "next": "Next",
    "leave_reply": "Leave a Reply",
    "says": "says:",
    "recent": "Recent Posts",
    "categories": "Categories",
    "archives": "Archives",
    "post_comment": "Post Comment",
    "comment_notes": "Your email address will not be published. Required fields are marked *",
    "tags": "Tagged",
    "powered": "Proudly powered by WordPress",
    "ticker": "Latest",
    "top_stories": "Top stories",
}

# --- k01: WordPress post, Yoast @graph, local offset --------------------------------------------------------

COURIER = Site(
    name="The Alder Creek Courier",
    domain="aldercreekcourier.example",
    lang="en-US",
    nav=["News", "Schools", "Sports", "Obituaries", "Opinion", "Events", "Contact"],
    cookie="This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish.",
    newsletter="Get the Courier's weekday briefing in your inbox.",
    footer="© 2024 The Alder Creek Courier. All rights reserved.",
    labels=EN,
    tagline="Local news for Alder Creek and the upper Tamsin valley since 1952",
)

K01_STORY = [
    "The Kessler Mill covered bridge, closed since the January 2022 flood tore away part of its eastern abutment, reopened to pedestrians and cyclists on Thursday afternoon.",
    "About 150 people crowded the gravel lot on Quarry Road for a ribbon cutting that began late because the ribbon itself had been left in a county truck. Mayor Denise Albright finally cut it with a borrowed pair of garden shears.",
    "The repairs cost $2.7 million, most of it from a state disaster fund. Crews replaced 40 feet of the original timber truss with Douglas fir milled in the valley, and raised the east approach by nearly three feet so that the next high water passes underneath.",
    "County engineer Luis Ortega said the bridge will stay closed to cars at least until autumn, when load tests on the new deck are complete. “We are not going to guess about a 1911 structure,” he said. “We are going to measure it.”",
    "For businesses on the east bank, the closure meant a twenty-minute detour through Harlow Junction. Jenny Paik, who runs the Mill Street Bakery, said her morning trade fell by a third in the first winter.",
    "Historical society volunteers have spent the past month repainting the bridge's red siding and rehanging the 1950s sign that warns drivers to walk their horses.",
    "A public walk across the bridge is planned for Saturday at 10 a.m., followed by a pancake breakfast at the fire hall.",
]
K01_READ = "Flood recovery: where the money went"
K01_JETPACK = "County weighs toll-free ferry during bridge work"
K01_COMMENT = "I drove the detour every day for two years. Never been so happy to see red paint."


def _k01() -> Page:
    url = "https://aldercreekcourier.example/kessler-mill-bridge-reopens-to-foot-traffic/"
    headline = "Kessler Mill bridge reopens to foot traffic after two years of flood repairs"
    base = "https://aldercreekcourier.example/"
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "@id": url + "#article",
                "isPartOf": {"@id": url},
                "author": {"@id": base + "#/schema/person/7f3c2a"},
                "headline": headline,
                "datePublished": "2024-03-14T19:45:00-07:00",
                "dateModified": "2024-03-15T08:02:11-07:00",
                "mainEntityOfPage": {"@id": url},
                "wordCount": 342,
                "publisher": {"@id": base + "#organization"},
                "articleSection": ["News"],
                "inLanguage": "en-US",
            },
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": headline + " - The Alder Creek Courier",
                "isPartOf": {"@id": base + "#website"},
            },
            {"@type": "WebSite", "@id": base + "#website", "url": base, "name": "The Alder Creek Courier"},
            {
                "@type": "Organization",
                "@id": base + "#organization",
                "name": "The Alder Creek Courier",
                "url": base,
            },
            {
                "@type": "Person",
                "@id": base + "#/schema/person/7f3c2a",
                "name": "Marisol Treadwell",
                "url": base + "author/mtreadwell/",
            },
        ],
    }
    head = "\n".join(
        [
            canonical(url),
            meta("og:locale", "en_US", "property"),
            meta("og:type", "article", "property"),
            meta("og:title", headline + " - The Alder Creek Courier", "property"),
            meta("og:url", url, "property"),
            meta("og:site_name", "The Alder Creek Courier", "property"),
            meta("twitter:label1", "Written by"),
            meta("twitter:data1", "Marisol Treadwell"),
            jsonld(graph),
        ]
    )
    body = [f"<p>{t(x)}</p>" for x in K01_STORY]
    body.insert(
        3,
        f'<p><strong>Read more:</strong> <a href="/flood-recovery-where-the-money-went/">{t(K01_READ)}</a></p>',
    )
    body.insert(
        6,
        '<figure class="wp-block-image size-large"><img decoding="async" src="https://aldercreekcourier.example/wp-content/uploads/2024/03/bridge-sign.jpg" alt="">'
        '<figcaption class="wp-element-caption">The restored “Walk your horses” sign. (Courier photo)</figcaption></figure>',
    )
    content = "\n".join(body) + (
        '\n<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>'
        f'<div class="jp-relatedposts-items"><div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="#">{t(K01_JETPACK)}</a></h4>'
        '<p class="jp-relatedposts-post-date">August 3, 2023</p></div></div></div>'
    )
    entry_meta = (
        '<span class="posted-on">Posted on <a href="#" rel="bookmark"><time class="entry-date published" datetime="2024-03-14T19:45:00-07:00">March 14, 2024</time>'
        '<time class="updated" datetime="2024-03-15T08:02:11-07:00">March 15, 2024</time></a></span>'
        '<span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/mtreadwell/">Marisol Treadwell</a></span></span>'
    )
    html = wordpress(
        COURIER,
        title=headline + " - The Alder Creek Courier",
        head=head,
        post_id=4812,
        category="News",
        headline=headline,
        entry_meta=entry_meta,
        content=content,
        tags=["bridges", "flood recovery", "Harlow Junction"],
        prev_next=("Lions Club pancake feed returns to fire hall", "Tamsin County fair seeks volunteers"),
        comments=[
            Comment("Walt H.", "2024-03-14T21:03:00-07:00", "March 14, 2024 at 9:03 pm", K01_COMMENT),
            Comment(
                "Dana R.",
                "2024-03-15T07:40:00-07:00",
                "March 15, 2024 at 7:40 am",
                "Any word on when the trail connection to the park opens?",
            ),
        ],
        recent=[
            "Harlow Junction grange hall sale falls through",
            "Alder Creek Lions name new scholarship winners",
            "Spring planting guide: what to put in the ground in March",
        ],
        categories=["Community", "Government", "News", "Schools", "Sports"],
        archives=["March 2024", "February 2024", "January 2024"],
        widget_text=newsletter_box(COURIER),
    )
    return Page(
        id="k01-en-wordpress-local-offset",
        url=url,
        language="en",
        declared_language="en-US",
        title=headline,
        authors=["Marisol Treadwell"],
        published="2024-03-14T19:45:00-07:00",
        shapes=[
            "wordpress",
            "article-p",
            "comments-article",
            "jsonld-graph",
            "local-offset",
            "read-also-inline",
        ],
        html=html,
        must_contain=[
            K01_STORY[0],
            K01_STORY[2].split(". ", 1)[1],
            K01_STORY[4].split(". ", 1)[1],
            K01_STORY[6],
        ],
        must_not_contain=[
            K01_COMMENT.split(". ")[0] + ".",
            K01_READ,
            K01_JETPACK,
            "This website uses cookies to improve your experience.",
            COURIER.footer,
            COURIER.newsletter,
        ],
        story=K01_STORY,
    )


# --- k02: Next.js with Emotion classes, __NEXT_DATA__, JSON-LD with two authors, updated-date trap ---------

LEDGER = Site(
    name="Metro Ledger",
    domain="metroledger.example",
    lang="en",
    nav=["City", "Transit", "Housing", "Business", "Schools", "Food", "Opinion"],
    cookie="We and our partners use cookies to personalize content, measure ads and improve your experience.",
    newsletter="Sign up for Metro Ledger Transit Watch, our Thursday newsletter on getting around.",
    footer="© 2024 Metro Ledger Media LLC",
    labels=EN,
    footer_links=["About us", "Contact", "Privacy policy", "Terms of use", "Advertise"],
)

K02_STORY = [
    "Port Calder will paint 300 parking corrals for rental e-scooters across downtown and the Eastbank neighborhoods by the end of August, after the city council voted 7-2 on Tuesday to end what one member called “sidewalk roulette.”",
    "Under the ordinance, riders who end a trip outside a corral will keep being charged a dollar a minute until the scooter is moved, a penalty the three operating companies must enforce through their apps.",
    "Complaints about scooters blocking curb ramps and bus stops have tripled since 2022, according to a report from the city's transportation bureau. Most came from the blocks around Union Station and the hospital district.",
    "Council member Rosa Lindqvist-Hale, who sponsored the measure, said blind residents had described stepping around toppled scooters as a daily hazard. “This is not a war on scooters,” she said. “It is a floor plan for them.”",
    "The two members who voted against it, Ed Marchetti and Yusuf Adeyemi, argued that corrals every two blocks would still leave gaps in the outer neighborhoods, where scooters are most useful for reaching transit.",
    "The operators were more measured. A spokesperson for Zipline Mobility said the company supported clear parking rules but warned that the per-minute penalty could confuse riders whose phones lose signal underground.",
    "Each corral will take up about the space of one parked car and will be marked with white paint and flexible posts. The bureau estimates the painting will cost $410,000, paid from scooter permit fees.",
    "Enforcement begins on September 15. Until then, riders will see a warning in the app but no charge.",
]
K02_READ = "Why the city's bike lane map is still a patchwork"
K02_TEASER = "Ferry fares to rise 15 cents in July"
K02_COMMENT = "Corrals are fine but who is going to enforce this at 2 a.m.?"


def _k02() -> Page:
    url = "https://metroledger.example/transit/2024/council-backs-scooter-corrals"
    headline = "Council backs 300 e-scooter parking corrals after sidewalk complaints"
    authors = ["Priya Castellanos", "Tobias Wren"]

    def c(name: str) -> str:
        return emotion("ledger", name)

    blocks = [
        f'<div data-component="text-block" class="{c("textblock")}"><p class="{c("para")}">{t(x)}</p></div>'
        for x in K02_STORY
    ]
    blocks.insert(
        3,
        f'<div data-component="links-block" class="{c("inlinelink")}"><span class="{c("inlinelabel")}">Read more:</span> '
        f'<a class="{c("inlinehref")}" href="/transit/2024/bike-lane-map">{t(K02_READ)}</a></div>',
    )
    blocks.insert(
        5,
        f'<div class="{c("adwrap")}"><div class="{c("adlabel")}">Advertisement</div><div id="ad-mid-1" class="{c("adbox")}"></div></div>',
    )
    blocks.insert(
        8,
        f'<div class="{c("inlinenl")}"><div class="{c("inlinenltext")}">{t(LEDGER.newsletter)}</div>'
        f'<a class="{c("inlinenlbtn")}" href="/newsletters/transit-watch">Subscribe</a></div>',
    )
    bylines = "".join(
        f'<a class="{c("bylinecard")}" href="/staff/{n.lower().replace(" ", "-")}"><img class="{c("avatar")}" src="https://metroledger.example/img/staff/{i}.jpg" alt="">'
        f'<span class="{c("bylinename")}">{t(n)}</span><span class="{c("bylinerole")}">{role}</span></a>'
        for i, (n, role) in enumerate(
            zip(authors, ["Transportation reporter", "City Hall reporter"], strict=True)
        )
    )
    article = f"""<div class="{c("articlewrap")}">
<div class="{c("kicker")}"><a href="/transit">Transit</a></div>
<h1 class="{c("headline")}">{t(headline)}</h1>
<div class="{c("dek")}">Riders who leave a scooter outside a painted box will keep paying by the minute.</div>
<div class="{c("bylines")}">{bylines}</div>
<div class="{c("dates")}"><span>Published June 2, 2024</span> · <span>Updated June 3, 2024</span></div>
<div class="{c("sharerow")}"><button class="{c("sharebtn")}">Share</button><button class="{c("sharebtn")}">Save</button></div>
<div class="{c("body")}">
{chr(10).join(blocks)}
</div>
</div>"""
    next_data = {
        "props": {
            "pageProps": {
                "article": {
                    "id": "a7d2e9",
                    "headline": headline,
                    "dek": "Riders who leave a scooter outside a painted box will keep paying by the minute.",
                    "authors": [{"name": n, "slug": n.lower().replace(" ", "-")} for n in authors],
                    "firstPublished": "2024-06-02T13:10:00Z",
                    "lastUpdated": "2024-06-03T15:22:00Z",
                    "section": "transit",
                    "body": [{"type": "paragraph", "text": x} for x in K02_STORY],
                },
                "related": [{"headline": K02_TEASER}, {"headline": "Night bus pilot extended to Eastbank"}],
            },
            "__N_SSP": True,
        },
        "page": "/[section]/[year]/[slug]",
        "query": {"section": "transit", "year": "2024", "slug": "council-backs-scooter-corrals"},
        "buildId": "x8Fq2mZ0pLw",
        "isFallback": False,
        "gssp": True,
        "scriptLoader": [],
    }
    head = "\n".join(
        [
            canonical(url),
            og(
                headline,
                url,
                LEDGER,
                description="Riders who leave a scooter outside a painted box will keep paying by the minute.",
            ),
            jsonld(
                {
                    "@context": "https://schema.org",
                    "@type": "NewsArticle",
                    "headline": headline,
                    "datePublished": "2024-06-02T13:10:00Z",
                    "dateModified": "2024-06-03T15:22:00Z",
                    "author": [person(n, LEDGER) for n in authors],
                    "publisher": publisher(LEDGER),
                    "mainEntityOfPage": url,
                }
            ),
        ]
    )
    html = app(
        LEDGER,
        title=f"{headline} | Metro Ledger",
        head=head,
        article=article,
        c=c,
        teasers=[
            Teaser(K02_TEASER, "/transit/ferry-fares"),
            Teaser("Night bus pilot extended to Eastbank", "/transit/night-bus"),
        ],
        most_read=["The best tacos on the Eastbank, ranked", "Rent relief applications reopen Monday"],
        comments=[Comment("hillsidecommuter", "2024-06-02T15:00:00Z", "2 days ago", K02_COMMENT)],
        next_data=next_data,
    )
    return Page(
        id="k02-en-nextjs-emotion-two-authors",
        url=url,
        language="en",
        declared_language="en",
        title=headline,
        authors=authors,
        published="2024-06-02T13:10:00Z",
        shapes=["nextjs", "hashed-classes", "jsonld", "read-also-inline", "ad-slots", "updated-date-trap"],
        html=html,
        must_contain=[
            K02_STORY[0],
            K02_STORY[2].split(". ", 1)[1],
            K02_STORY[5].split(". ", 1)[1],
            "Enforcement begins on September 15.",
        ],
        must_not_contain=[
            K02_READ,
            K02_TEASER,
            K02_COMMENT,
            "We and our partners use cookies",
            LEDGER.footer,
            LEDGER.newsletter,
        ],
        story=K02_STORY,
    )


# --- k03: live blog, newest first, key points list, byline only in text -----------------------------------

POST = Site(
    name="The Saltmarsh Post",
    domain="saltmarshpost.example",
    lang="en-GB",
    nav=["News", "Weather", "Sport", "What's on", "Property", "Jobs"],
    cookie="We use cookies and similar technologies to give you the best experience on our website.",
    newsletter="Sign up to Saltmarsh Post weather alerts and we'll email you when a warning is issued.",
    footer="© 2024 Saltmarsh Post Ltd. Registered in England No. 0412287.",
    labels=EN | {"related": "More on this story", "comments": "Your comments"},
    footer_links=["Contact us", "Complaints", "Privacy notice", "Cookie policy"],
)

K03_KEY = [
    "An amber wind warning is in place until 3pm",
    "About 12,000 homes lost power, half now reconnected",
    "All ferry sailings to the islands cancelled",
    "Rail line between Saltmarsh and Corby Bay reopened",
]
K03_UPDATES = [
    (
        "16:40",
        "Power restored to half of affected homes",
        [
            "Eastern Grid says 6,300 of the 12,000 properties that lost power this morning are now reconnected. Engineers expect most of the rest back by midnight, though some farms on the Fenwick peninsula may wait until Monday.",
        ],
    ),
    (
        "15:55",
        "Rail line reopens between Saltmarsh and Corby Bay",
        [
            "Trains are running again after a fallen tree was cleared from the line near Hollin Cross. Services are limited to one an hour for the rest of the day.",
        ],
    ),
    (
        "14:20",
        "Coastguard: two walkers rescued from the Point",
        [
            "Two people were helped off the shingle spit at Kelder Point after being cut off by the tide. The coastguard said they were cold but unhurt.",
            "A spokesperson urged people to stay away from the seafront until the evening high tide has passed.",
        ],
    ),
    (
        "12:30",
        "Weekend school fixtures called off",
        [
            "The county council has cancelled all sports fixtures on school grounds this weekend. Several playing fields are waterlogged and a number of fences have come down.",
        ],
    ),
    (
        "10:45",
        "Gust of 81mph recorded on Hollin Head",
        [
            "The weather station on Hollin Head has recorded a gust of 81mph, the strongest so far. Forecasters say the worst of the wind should pass by early afternoon, but heavy rain will follow into the evening.",
        ],
    ),
    (
        "09:10",
        "All ferries cancelled",
        [
            "Every sailing from Saltmarsh harbour to the islands is cancelled for the day. The operator says it will review Sunday's timetable at 6pm.",
        ],
    ),
    (
        "08:02",
        "Welcome to our live coverage",
        [
            "Good morning. Storm Isolde arrived overnight, and an amber wind warning covers the whole coast until 3pm.",
            "We will bring you updates on travel, power cuts and closures throughout the day.",
        ],
    ),
]
K03_MORE = "Show 14 earlier updates"
K03_TEASER = "Harbour wall repairs to start in spring"
K03_COMMENT = "Lost two fence panels in Corby Bay, but the neighbours have been brilliant."


def _k03() -> Page:
    url = "https://saltmarshpost.example/news/live-storm-isolde-updates-2487113"
    headline = "Storm Isolde live: ferries cancelled and 12,000 homes without power as gusts hit 81mph"
    posts = []
    story = list(K03_KEY)
    for i, (hhmm, head, ps) in enumerate(K03_UPDATES):
        story += [head, *ps]
        posts.append(
            f'<div class="lb-post" id="post-{900 - i}"><div class="lb-post__meta"><time datetime="2024-11-23T{hhmm}:00Z">{hhmm}</time></div>'
            f'<h3 class="lb-post__title">{t(head)}</h3>'
            + "".join(f"<p>{t(p)}</p>" for p in ps)
            + f'<div class="lb-post__share"><a href="#post-{900 - i}">Copy link</a> <a href="#">Share</a></div></div>'
        )
    article = f"""<article class="liveblog">
<header class="liveblog__header">
<span class="live-badge">LIVE</span>
<h1>{t(headline)}</h1>
<p class="byline">By Amara Felton and Gareth Lomax</p>
<p class="lb-updated">Last updated 16:40 GMT, 23 November 2024</p>
{share_bar(POST)}
</header>
<div class="key-points"><h2>Key points</h2><ul>{"".join(f"<li>{t(x)}</li>" for x in K03_KEY)}</ul></div>
<div class="lb-feed">
{chr(10).join(posts)}
</div>
<button class="lb-more" type="button">{K03_MORE}</button>
</article>"""
    head = "\n".join(
        [
            canonical(url),
            og(headline, url, POST, description="Follow the latest on Storm Isolde across the coast."),
            jsonld(
                {
                    "@context": "https://schema.org",
                    "@type": "LiveBlogPosting",
                    "headline": headline,
                    "url": url,
                    "datePublished": "2024-11-23T06:58:00Z",
                    "dateModified": "2024-11-23T16:40:00Z",
                    "coverageStartTime": "2024-11-23T06:58:00Z",
                    "coverageEndTime": "2024-11-23T23:59:00Z",
                    "publisher": publisher(POST),
                    "liveBlogUpdate": [
                        {
                            "@type": "BlogPosting",
                            "headline": h,
                            "datePublished": f"2024-11-23T{hhmm}:00Z",
                            "articleBody": " ".join(ps),
                        }
                        for hhmm, h, ps in K03_UPDATES
                    ],
                }
            ),
        ]
    )
    html = classic(
        POST,
        title=f"{headline} | The Saltmarsh Post",
        head=head,
        article=article,
        teasers=[
            Teaser(K03_TEASER, "/news/harbour-wall-2486001"),
            Teaser("How to report a power cut", "/news/power-cut-guide"),
        ],
        most_read=["Corby Bay chip shop wins regional award", "Planning row over Kelder Point car park"],
        comments=[Comment("Jan from Corby", "2024-11-23T15:10:00Z", "23 Nov 2024 15:10", K03_COMMENT)],
        breadcrumbs=["Home", "News", "Weather"],
    )
    return Page(
        id="k03-en-liveblog-byline-text",
        url=url,
        language="en",
        declared_language="en-GB",
        title=headline,
        authors=["Amara Felton", "Gareth Lomax"],
        published="2024-11-23T06:58:00Z",
        shapes=["liveblog", "lists", "byline-text", "jsonld-liveblog"],
        html=html,
        must_contain=[
            K03_KEY[2],
            "Two people were helped off the shingle spit at Kelder Point after being cut off by the tide.",
            "Storm Isolde arrived overnight, and an amber wind warning covers the whole coast until 3pm.",
            "Engineers expect most of the rest back by midnight, though some farms on the Fenwick peninsula may wait until Monday.",
        ],
        must_not_contain=[
            K03_MORE,
            K03_TEASER,
            K03_COMMENT,
            "We use cookies and similar technologies",
            POST.footer,
            POST.newsletter,
        ],
        story=story,
    )


# --- k04: table-layout site, <br><br>, no metadata, byline and date line in text --------------------------

GAZETTE = Site(
    name="Millbrook Valley Gazette Online",
    domain="mvgazette.example",
    lang=None,
    nav=["Home", "Local News", "Sports", "Obituaries", "Classifieds", "Weather"],
    cookie="",
    newsletter="",
    footer="Copyright © 1999-2024 Millbrook Valley Publishing Co. All rights reserved.",
    labels=EN,
    footer_links=["Contact Us", "Advertise", "Subscribe"],
)

K04_STORY = [
    "MILLBROOK — The Millbrook Valley school board voted 4-1 Monday night to move the district's 1,150 students to a four-day school week starting in August, making it the sixth district in the region to drop Fridays.",
    "Superintendent Carol Ybarra said the change would save about $310,000 a year in bus fuel, substitute pay and utilities, and help the district compete for teachers with larger districts that pay more.",
    "“We have lost eleven teachers to Cedar Falls in three years,” Ybarra told the board. “A four-day week is something we can offer that money can't.”",
    "School days will run 35 minutes longer, from 7:55 a.m. to 3:45 p.m. The district plans to offer optional Friday programs for students who need extra help, along with child care at the elementary school for families who sign up by June 1.",
    "Board member Tom Reinholt, who cast the lone no vote, said he worried about working parents and about research suggesting test scores can slip. He asked the district to report back on reading scores after one year.",
    "More than 90 people attended the meeting in the high school cafeteria. Of the 23 who spoke, 15 supported the change.",
    "The calendar for next year will be posted on the district website by May 1.",
]
K04_COMMENT = "Friday is going to be the new babysitting crisis in this town."
K04_OTHER = "Fire destroys barn on County Road 12"
K04_POLL = "Should the county build a second boat ramp at Lake Orrin?"
K04_PRINT = "Subscribe to the print edition and get 52 issues for $39."


def _k04() -> Page:
    url = "http://www.mvgazette.example/news/story.asp?id=20931"
    headline = "School board approves four-day week for fall"
    body = "<br><br>\n".join(t(x) for x in K04_STORY)
    article = f"""<font face="Georgia, Times New Roman, serif" size="5"><b>{t(headline)}</b></font><br>
<font face="Arial, Helvetica" size="2" color="#666666">Posted: Tuesday, April 9, 2024 - 6:12 PM</font><br><br>
<font face="Arial, Helvetica" size="2"><b>By Harold Quince</b><br>Gazette Staff Writer</font><br><br>
<font face="Georgia, Times New Roman, serif" size="3">
{body}
</font>
<br><br><font face="Arial" size="1"><a href="javascript:popUp('/print.asp?id=20931')">Print this story</a> | <a href="mailto:?subject=Gazette%20story">E-mail this story</a></font>
<br><br>
<table width="100%" border="0" cellpadding="4" cellspacing="0" bgcolor="#F4F4F4">
<tr><td><font face="Arial" size="2"><b>Reader comments</b></font></td></tr>
<tr><td><font face="Arial" size="2"><b>bobcat_fan</b> wrote on 4/9/2024 8:31 PM:<br>{t(K04_COMMENT)}</font></td></tr>
<tr><td><font face="Arial" size="2"><b>LynnM</b> wrote on 4/9/2024 9:02 PM:<br>Good for Carol. The teachers deserve it.</font></td></tr>
</table>"""
    left = f"""<table width="100%" cellpadding="6"><tr><td><font face="Arial" size="2"><b>Sections</b><br>
<a href="/news.asp">Local News</a><br><a href="/schools.asp">Schools</a><br><a href="/sports.asp">Sports</a><br><a href="/obits.asp">Obituaries</a><br><a href="/letters.asp">Letters</a></font></td></tr>
<tr><td><form action="/poll.asp" method="post"><font face="Arial" size="2"><b>Gazette Poll</b><br>{t(K04_POLL)}<br>
<input type="radio" name="v" value="1"> Yes<br><input type="radio" name="v" value="2"> No<br><input type="submit" value="Vote"></font></form></td></tr></table>"""
    right = f"""<table width="100%" cellpadding="6"><tr><td bgcolor="#003366"><font face="Arial" size="2" color="#FFFFFF"><b>Other headlines</b></font></td></tr>
<tr><td><font face="Arial" size="2"><a href="/news/story.asp?id=20928">{t(K04_OTHER)}</a><br><br><a href="/news/story.asp?id=20925">Millbrook council tables water rate increase</a><br><br><a href="/sports/story.asp?id=20924">Bobcats sweep doubleheader</a></font></td></tr>
<tr><td bgcolor="#FFFFCC"><font face="Arial" size="2">{t(K04_PRINT)} <a href="/subscribe.asp">Click here</a></font></td></tr>
<tr><td><img src="/ads/hardware_160x600.gif" width="150" height="400" alt="Valley Hardware"></td></tr></table>"""
    html = old_tables(
        GAZETTE,
        title=f"Millbrook Valley Gazette Online - {headline}",
        head="",
        article=article,
        left=left,
        right=right,
    )
    return Page(
        id="k04-en-table-layout-no-metadata",
        url=url,
        language="en",
        declared_language=None,
        title=headline,
        authors=["Harold Quince"],
        published="2024-04-09",
        shapes=["table-layout", "no-p", "byline-text", "date-text", "no-metadata", "lang-missing", "no-h1"],
        html=html,
        must_contain=[
            K04_STORY[0].split(" — ", 1)[1],
            "The district plans to offer optional Friday programs for students who need extra help, along with child care at the elementary school for families who sign up by June 1.",
            "He asked the district to report back on reading scores after one year.",
            K04_STORY[6],
        ],
        must_not_contain=[K04_COMMENT, K04_OTHER, K04_POLL, GAZETTE.footer, K04_PRINT, "Print this story"],
        story=K04_STORY,
    )


PAGES = [_k01(), _k02(), _k03(), _k04()]
