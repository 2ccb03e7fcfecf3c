"""The words news pages use around a date, by language: month names, and the words for "published" and
"updated".

Data only; :mod:`archiver.sources.news` builds its rules from it. Kept apart so that adding a language is
adding its words here, reviewed by someone who reads that language, without touching a rule.

Every word is compared after :func:`fold`: accents and other combining marks removed, case folded, the
Turkish dotless ``ı`` read as ``i`` (pages write "Mart", "MART", "mart"; "Mayıs" and "MAYIS" fold alike),
so a table lists each form once, as the language writes it.

Month names: by language (ISO 639-1), twelve entries, each the forms a date uses (the nominative, the
genitive or other case a date line declines it to: Polish "28 listopada", Finnish "5. maaliskuuta", Latvian
"5. martā", Basque "martxoaren 5a"; and the usual abbreviations, written without their dot). Forms of two or
more words join them with ``_`` (Levantine Arabic "كانون_الثاني"). A form that names different months in
two languages (Croatian "listopad" is October, Polish and Czech "listopad" November) is read only when the
text's language is known: :func:`month_of` says how.
"""

# ruff: noqa: RUF001, RUF002, RUF003 - the words of many scripts are this module's data
from __future__ import annotations

import unicodedata

__all__ = [
    "JALALI_MONTHS",
    "MONTH_NAMES",
    "PUBLISHED_WORDS",
    "UPDATE_WORDS",
    "WEEKDAY_NAMES",
    "fold",
    "is_ambiguous_month",
    "is_month",
    "month_names",
    "month_of",
    "weekday_names",
]


def fold(text: str) -> str:
    """``text`` without combining marks, case folded, ``ı`` as ``i``: how every word here is compared.

    Hangul syllables survive (they are decomposed into jamo and composed again), so do CJK characters.
    """
    decomposed = unicodedata.normalize("NFD", text)
    # Thai and Devanagari write vowels as marks: without them "มี.ค." (March) would be "ม.ค." (January)
    bare = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn" or "\u0900" <= ch <= "\u0e7f")
    return unicodedata.normalize("NFC", bare).casefold().replace("ı", "i")


MONTH_NAMES: dict[str, tuple[str, ...]] = {
    "en": (
        "january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul", "august aug",
        "september sep sept", "october oct", "november nov", "december dec",
    ),
    "de": (
        "januar jänner jan", "februar feber feb", "märz mär", "april apr", "mai", "juni jun", "juli jul",
        "august aug", "september sep sept", "oktober okt", "november nov", "dezember dez",
    ),
    "fr": (
        "janvier janv", "février févr fév", "mars", "avril avr", "mai", "juin", "juillet juil", "août",
        "septembre sept", "octobre oct", "novembre nov", "décembre déc",
    ),
    "es": (
        "enero ene", "febrero feb", "marzo mar", "abril abr", "mayo may", "junio jun", "julio jul",
        "agosto ago", "septiembre setiembre sep sept", "octubre oct", "noviembre nov", "diciembre dic",
    ),
    "it": (
        "gennaio gen genn", "febbraio feb febb", "marzo mar", "aprile apr", "maggio mag magg", "giugno giu",
        "luglio lug", "agosto ago", "settembre set sett", "ottobre ott", "novembre nov", "dicembre dic",
    ),
    "pt": (
        "janeiro jan", "fevereiro fev", "março mar", "abril abr", "maio mai", "junho jun", "julho jul",
        "agosto ago", "setembro set", "outubro out", "novembro nov", "dezembro dez",
    ),
    "ca": (
        "gener gen", "febrer febr", "març", "abril abr", "maig", "juny", "juliol jul", "agost ag",
        "setembre set", "octubre oct", "novembre nov", "desembre des",
    ),
    "gl": (
        "xaneiro xan", "febreiro feb", "marzo mar", "abril abr", "maio", "xuño", "xullo xul", "agosto ago",
        "setembro set", "outubro out", "novembro nov", "decembro dec",
    ),
    "eu": (
        "urtarrila urtarrilaren", "otsaila otsailaren", "martxoa martxoaren", "apirila apirilaren",
        "maiatza maiatzaren", "ekaina ekainaren", "uztaila uztailaren", "abuztua abuztuaren",
        "iraila irailaren", "urria urriaren", "azaroa azaroaren", "abendua abenduaren",
    ),
    "nl": (
        "januari jan", "februari feb", "maart mrt", "april apr", "mei", "juni jun", "juli jul",
        "augustus aug", "september sep sept", "oktober okt", "november nov", "december dec",
    ),
    "af": (
        "januarie jan", "februarie feb", "maart mrt", "april apr", "mei", "junie jun", "julie jul",
        "augustus aug", "september sep", "oktober okt", "november nov", "desember des",
    ),
    "sv": (
        "januari jan", "februari feb", "mars", "april apr", "maj", "juni", "juli", "augusti aug",
        "september sep sept", "oktober okt", "november nov", "december dec",
    ),
    "da": (
        "januar jan", "februar feb", "marts", "april apr", "maj", "juni", "juli", "august aug",
        "september sep sept", "oktober okt", "november nov", "december dec",
    ),
    "nb": (
        "januar jan", "februar feb", "mars", "april apr", "mai", "juni", "juli", "august aug",
        "september sep sept", "oktober okt", "november nov", "desember des",
    ),
    "is": (
        "janúar jan", "febrúar feb", "mars", "apríl apr", "maí", "júní", "júlí", "ágúst ág", "september sept",
        "október okt", "nóvember nóv", "desember des",
    ),
    "fi": (
        "tammikuuta tammikuu tammik", "helmikuuta helmikuu helmik", "maaliskuuta maaliskuu maalisk",
        "huhtikuuta huhtikuu huhtik", "toukokuuta toukokuu toukok", "kesäkuuta kesäkuu kesäk",
        "heinäkuuta heinäkuu heinäk", "elokuuta elokuu elok", "syyskuuta syyskuu syysk",
        "lokakuuta lokakuu lokak", "marraskuuta marraskuu marrask", "joulukuuta joulukuu jouluk",
    ),
    "et": (
        "jaanuar jaanuaril jaan", "veebruar veebruaril veebr", "märts märtsil", "aprill aprillil apr",
        "mai mail", "juuni juunil", "juuli juulil", "august augustil aug", "september septembril sept",
        "oktoober oktoobril okt", "november novembril nov", "detsember detsembril dets",
    ),
    "lv": (
        "janvāris janvārī janvāra janv", "februāris februārī februāra febr", "marts martā marta",
        "aprīlis aprīlī aprīļa apr", "maijs maijā maija", "jūnijs jūnijā jūnija", "jūlijs jūlijā jūlija",
        "augusts augustā augusta aug", "septembris septembrī septembra sept", "oktobris oktobrī oktobra okt",
        "novembris novembrī novembra nov", "decembris decembrī decembra dec",
    ),
    "lt": (
        "sausio sausis", "vasario vasaris", "kovo kovas", "balandžio balandis", "gegužės gegužė",
        "birželio birželis", "liepos liepa", "rugpjūčio rugpjūtis", "rugsėjo rugsėjis", "spalio spalis",
        "lapkričio lapkritis", "gruodžio gruodis",
    ),
    "pl": (
        "stycznia styczeń sty", "lutego luty lut", "marca marzec mar", "kwietnia kwiecień kwi", "maja maj",
        "czerwca czerwiec cze", "lipca lipiec lip", "sierpnia sierpień sie", "września wrzesień wrz",
        "października październik paź", "listopada listopad lis", "grudnia grudzień gru",
    ),
    "cs": (
        "ledna leden", "února únor", "března březen", "dubna duben", "května květen", "června červen",
        "července červenec", "srpna srpen", "září", "října říjen", "listopadu listopad", "prosince prosinec",
    ),
    "sk": (
        "januára január jan", "februára február feb", "marca marec mar", "apríla apríl apr", "mája máj",
        "júna jún", "júla júl", "augusta august aug", "septembra september sep", "októbra október okt",
        "novembra november nov", "decembra december dec",
    ),
    "sl": (
        "januarja januar jan", "februarja februar feb", "marca marec mar", "aprila april apr", "maja maj",
        "junija junij jun", "julija julij jul", "avgusta avgust avg", "septembra september sep",
        "oktobra oktober okt", "novembra november nov", "decembra december dec",
    ),
    "hr": (
        "siječnja siječanj", "veljače veljača", "ožujka ožujak", "travnja travanj", "svibnja svibanj",
        "lipnja lipanj", "srpnja srpanj", "kolovoza kolovoz", "rujna rujan", "listopada listopad",
        "studenoga studenog studeni", "prosinca prosinac",
    ),
    "sr": (
        "januar januara јануар јануара", "februar februara фебруар фебруара", "mart marta март марта",
        "april aprila април априла", "maj maja мај маја", "jun juna јун јуна", "jul jula јул јула",
        "avgust avgusta август августа", "septembar septembra септембар септембра",
        "oktobar oktobra октобар октобра", "novembar novembra новембар новембра",
        "decembar decembra децембар децембра",
    ),
    "bs": (
        "januar januara", "februar februara", "mart marta", "april aprila", "maj maja", "juni juna",
        "juli jula", "august augusta", "septembar septembra", "oktobar oktobra", "novembar novembra",
        "decembar decembra",
    ),
    "bg": (
        "януари яну", "февруари фев", "март мар", "април апр", "май", "юни", "юли", "август авг",
        "септември сеп", "октомври окт", "ноември ное", "декември дек",
    ),
    "mk": (
        "јануари", "февруари", "март", "април", "мај", "јуни", "јули", "август", "септември", "октомври",
        "ноември", "декември",
    ),
    "ru": (
        "января январь янв", "февраля февраль фев", "марта март мар", "апреля апрель апр", "мая май",
        "июня июнь", "июля июль", "августа август авг", "сентября сентябрь сен сент",
        "октября октябрь окт", "ноября ноябрь ноя", "декабря декабрь дек",
    ),
    "uk": (
        "січня січень", "лютого лютий", "березня березень", "квітня квітень", "травня травень",
        "червня червень", "липня липень", "серпня серпень", "вересня вересень", "жовтня жовтень",
        "листопада листопад", "грудня грудень",
    ),
    "be": (
        "студзеня", "лютага", "сакавіка", "красавіка", "мая", "чэрвеня", "ліпеня", "жніўня", "верасня",
        "кастрычніка", "лістапада", "снежня",
    ),
    "ro": (
        "ianuarie ian", "februarie feb febr", "martie mar", "aprilie apr", "mai", "iunie iun", "iulie iul",
        "august aug", "septembrie sept", "octombrie oct", "noiembrie nov", "decembrie dec",
    ),
    "hu": (
        "január jan", "február febr", "március márc", "április ápr", "május máj", "június jún",
        "július júl", "augusztus aug", "szeptember szept", "október okt", "november nov", "december dec",
    ),
    "tr": (
        "ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım",
        "aralık",
    ),
    "az": (
        "yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr",
        "noyabr", "dekabr",
    ),
    "sq": (
        "janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor",
        "nëntor", "dhjetor",
    ),
    "el": (
        "ιανουαρίου ιανουάριος ιαν", "φεβρουαρίου φεβρουάριος φεβ", "μαρτίου μάρτιος μαρ",
        "απριλίου απρίλιος απρ", "μαΐου μάιος μαΐ", "ιουνίου ιούνιος ιουν", "ιουλίου ιούλιος ιουλ",
        "αυγούστου αύγουστος αυγ", "σεπτεμβρίου σεπτέμβριος σεπ", "οκτωβρίου οκτώβριος οκτ",
        "νοεμβρίου νοέμβριος νοε", "δεκεμβρίου δεκέμβριος δεκ",
    ),
    "id": (
        "januari jan", "februari feb", "maret mar", "april apr", "mei", "juni jun", "juli jul",
        "agustus agu ags", "september sep", "oktober okt", "november nov", "desember des",
    ),
    "ms": (
        "januari", "februari", "mac", "april", "mei", "jun", "julai", "ogos", "september", "oktober",
        "november", "disember",
    ),
    "tl": (
        "enero", "pebrero", "marso", "abril", "mayo", "hunyo", "hulyo", "agosto", "setyembre", "oktubre",
        "nobyembre", "disyembre",
    ),
    "sw": (
        "januari", "februari", "machi", "aprili", "mei", "juni", "julai", "agosti", "septemba", "oktoba",
        "novemba", "desemba",
    ),
    # Hebrew writes "in" joined to the month ("5 במרץ 2024"): both forms are listed.
    "he": (
        "ינואר בינואר", "פברואר בפברואר", "מרץ במרץ מרס במרס", "אפריל באפריל", "מאי במאי", "יוני ביוני",
        "יולי ביולי", "אוגוסט באוגוסט", "ספטמבר בספטמבר", "אוקטובר באוקטובר", "נובמבר בנובמבר",
        "דצמבר בדצמבר",
    ),
    # Egyptian and Gulf names, then the Levantine ones (Syria, Lebanon, Jordan, Iraq).
    "ar": (
        "يناير كانون_الثاني", "فبراير شباط", "مارس آذار", "أبريل ابريل إبريل نيسان", "مايو أيار",
        "يونيو يونيه حزيران", "يوليو يوليه تموز", "أغسطس آب", "سبتمبر أيلول", "أكتوبر تشرين_الأول",
        "نوفمبر تشرين_الثاني", "ديسمبر كانون_الأول",
    ),
    "fa": (
        "ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر",
        "دسامبر",
    ),
    # Thai pages abbreviate with dots ("12 ธ.ค. 2567"); their years are the Buddhist Era's (news.py reads them).
    "th": (
        "มกราคม ม.ค.", "กุมภาพันธ์ ก.พ.", "มีนาคม มี.ค.", "เมษายน เม.ย.", "พฤษภาคม พ.ค.", "มิถุนายน มิ.ย.",
        "กรกฎาคม ก.ค.", "สิงหาคม ส.ค.", "กันยายน ก.ย.", "ตุลาคม ต.ค.", "พฤศจิกายน พ.ย.", "ธันวาคม ธ.ค.",
    ),
    "hi": (
        "जनवरी", "फ़रवरी फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर सितम्बर",
        "अक्टूबर अक्तूबर", "नवंबर नवम्बर", "दिसंबर दिसम्बर",
    ),
}  # fmt: skip

#: The months of the Solar Hijri calendar, in Persian (Iran's pages date by it:
#: "۱۵ اسفند ۱۴۰۲" is 5 March 2024). Read with their years only, never as Gregorian months.
JALALI_MONTHS: tuple[str, ...] = (
    "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد امرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن",
    "اسفند",
)  # fmt: skip

#: Words that announce a later change: a date after one of them is not the publication's ("Updated
#: 6 March 2024", "Päivitetty 13.03.2024"). Forms of several words join them with ``_``.
UPDATE_WORDS = """
    updated update last_modified modified last_edited edited
    aktualisiert geändert
    mis_à_jour modifié modifiée actualisé
    actualizado actualizada actualización modificado
    aggiornato aggiornata aggiornamento modificato
    atualizado atualizada atualização
    actualitzat actualitzada eguneratua
    bijgewerkt gewijzigd
    opgedateer
    uppdaterad uppdaterat opdateret oppdatert endret uppfært
    päivitetty muokattu
    uuendatud atjaunināts atnaujinta
    zaktualizowano aktualizacja aktualizováno aktualizované aktualizovane
    posodobljeno ažurirano ažurirana
    обновлено обновлен обновлена обновено актуализирано актуализирана оновлено оновлена ажурирано
    actualizat actualizată
    frissítve frissítés módosítva
    güncelleme güncellendi
    ενημερώθηκε ενημέρωση
    diperbarui pembaruan dikemas_kini
    cập_nhật
    עודכן עדכון
    تحديث محدث آخر_تحديث
    به‌روزرسانی بروزرسانی ویرایش
    अपडेट
    수정 업데이트
    更新
"""

#: Words that say the date after them is the publication's ("Published", "Julkaistu", "Közzétéve"): with
#: one, a date line may have more words before its date, and a byline's names end at it.
PUBLISHED_WORDS = """
    published posted
    veröffentlicht erschienen
    publié publiée mis_en_ligne
    publicado publicada publicat argitaratua
    pubblicato pubblicata
    gepubliceerd geplaatst gepubliseer
    publicerad publicerat udgivet offentliggjort publisert birt
    julkaistu avaldatud publicēts paskelbta
    opublikowano opublikowany publikováno zveřejněno publikované uverejnené
    objavljeno objavljen objavljena
    опубликовано опубликован публикувано опубліковано објављено
    publicat publicată
    közzétéve megjelent publikálva
    yayınlanma yayınlandı
    δημοσιεύθηκε δημοσίευση
    diterbitkan dipublikasikan
    đăng
    פורסם
    نشر نشرت
    انتشار منتشر_شده
    प्रकाशित
    입력 게시
    公開 投稿 掲載 配信 発行 发布 發布
"""


def _folded_table() -> tuple[dict[str, dict[str, int]], dict[str, int]]:
    """Each folded form's month by language, and the forms that name one month whatever the language."""
    by_form: dict[str, dict[str, int]] = {}
    for language, months in MONTH_NAMES.items():
        for number, forms in enumerate(months, start=1):
            for form in forms.split():
                by_form.setdefault(fold(form.replace("_", " ")), {})[language] = number
    unambiguous = {
        form: next(iter(set(m.values()))) for form, m in by_form.items() if len(set(m.values())) == 1
    }
    return by_form, unambiguous


_BY_FORM, _UNAMBIGUOUS = _folded_table()


def month_names() -> set[str]:
    """Every month form of every language, as written (``_`` as a space); compare them folded."""
    return {
        form.replace("_", " ")
        for months in MONTH_NAMES.values()
        for forms in months
        for form in forms.split()
    }


def month_of(form: str, language: str | None = None) -> int | None:
    """The month (1-12) a month word names, or None.

    A form that names one month in every language listing it is read whatever the text's ``language``
    (ISO 639-1, or None when unknown). A form two languages read differently ("listopada") is read only
    in a language that lists it; in any other, or when the language is unknown, it gives None: a wrong
    date in preservation metadata is worse than none.
    """
    folded = fold(form)
    if folded in _UNAMBIGUOUS:
        return _UNAMBIGUOUS[folded]
    if language is None:
        return None
    return _BY_FORM.get(folded, {}).get(language)


def is_ambiguous_month(form: str) -> bool:
    """Whether a month word names different months in different languages (Croatian and Polish
    "listopada"), so that only the text's language can tell which."""
    folded = fold(form)
    return folded in _BY_FORM and folded not in _UNAMBIGUOUS


def is_month(form: str) -> bool:
    """Whether a word is a month form of some language listed here."""
    return fold(form) in _BY_FORM


#: Weekday names, by language, as date lines print them before a date ("Jumanne, Machi 19, 2024"): they
#: end a byline's names and are never a name's last word in a date line. Abbreviations of two letters
#: ("Mo", "Di") are left out: they are names too.
WEEKDAY_NAMES: dict[str, str] = {
    "en": "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun",
    "de": "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo segunda terça quarta "
    "quinta sexta",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "af": "maandag dinsdag woensdag donderdag vrydag saterdag sondag",
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "nb": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "is": "mánudagur þriðjudagur miðvikudagur fimmtudagur föstudagur laugardagur sunnudagur",
    "fi": "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai maanantaina tiistaina "
    "keskiviikkona torstaina perjantaina lauantaina sunnuntaina",
    "et": "esmaspäev teisipäev kolmapäev neljapäev reede laupäev pühapäev",
    "lv": "pirmdiena otrdiena trešdiena ceturtdiena piektdiena sestdiena svētdiena",
    "lt": "pirmadienis antradienis trečiadienis ketvirtadienis penktadienis šeštadienis sekmadienis",
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela",
    "cs": "pondělí úterý středa čtvrtek pátek sobota neděle",
    "sk": "pondelok utorok streda štvrtok piatok sobota nedeľa",
    "sl": "ponedeljek torek sreda četrtek petek sobota nedelja",
    "hr": "ponedjeljak utorak srijeda četvrtak petak subota nedjelja",
    "sr": "ponedeljak utorak sreda četvrtak petak subota nedelja понедељак уторак среда четвртак петак субота "
    "недеља",
    "bg": "понеделник вторник сряда четвъртък петък събота неделя",
    "ru": "понедельник вторник среда четверг пятница суббота воскресенье",
    "uk": "понеділок вівторок середа четвер п'ятниця субота неділя",
    "ro": "luni marți miercuri joi vineri sâmbătă duminică",
    "hu": "hétfő kedd szerda csütörtök péntek szombat vasárnap",
    "tr": "pazartesi salı çarşamba perşembe cuma cumartesi pazar",
    "el": "δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή",
    "ca": "dilluns dimarts dimecres dijous divendres dissabte diumenge",
    "id": "senin selasa rabu kamis jumat sabtu minggu",
    "ms": "isnin selasa rabu khamis jumaat sabtu ahad",
    "tl": "lunes martes miyerkules huwebes biyernes sabado linggo",
    "sw": "jumatatu jumanne jumatano alhamisi ijumaa jumamosi jumapili",
    "ar": "الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد",
    "fa": "شنبه یکشنبه دوشنبه سه‌شنبه چهارشنبه پنجشنبه جمعه",
    "hi": "सोमवार मंगलवार बुधवार गुरुवार शुक्रवार शनिवार रविवार",
}


def weekday_names() -> set[str]:
    """Every weekday form of every language, folded."""
    return {fold(form) for forms in WEEKDAY_NAMES.values() for form in forms.split()}
