"""Low threshold: true when the text says anyone can just come (laagdrempelig, vrije inloop,
zonder inschrijving, gewoon binnenlopen, iedereen welkom…).

"Laagdrempelig" itself (strength 2) stands even next to a registration requirement; the
weaker signals (iedereen welkom…) give way to "inschrijven verplicht", "enkel op uitnodiging",
or a selection. A waiting list ("volzet – wachtlijst") is a status, not a threshold.
Silent text → false.

Drop-in phrasing counts as low threshold in its general forms: an imperative to come in or
along ("kom binnen", "kom gerust mee", "kom gewoon eens kijken", "kom wanneer je wil"),
"binnenlopen mag", "je bent welkom zoals je bent", "you don't need to register", "pas besoin
de s'inscrire". "Gratis voor iedereen" is about cost, and "alle niveaus welkom" about the
Dutch level (the model's truth labels it not low threshold), so neither counts.
"""
from __future__ import annotations

import re
from typing import Any

from enrich.engine import Rule, evidence
from enrich.rules.cues import FIRST_PERIOD_FREE, ROMANCE_MEMBERS, VACANCY_TITLE, is_vacancy_title
from enrich.text import fold, sentence_span

FACET = "low_threshold"

RULES = (
    # registration explicitly not needed (before the "registration required" rule)
    Rule("low.no-registration", r"\b(?:je|ge|u|wandelaars|deelnemers|bezoekers|spelers) (?:moet|moeten|"
         r"hoeft|hoeven|moogt) (?:je |u |zich )?(?:niet|ni|nie|geen) (?:(?:lid zijn|lid te zijn) en (?:niet|ni) )?"
         r"(?:in te schrijven|inschrijven|aan te melden|aanmelden|te reserveren|reserveren|te melden)\b|"
         r"\b(?:inschrijven|aanmelden|reserveren)\s?\?\s*(?:hoeft niet|niet nodig|moet niet|nee|neen|"
         r"no)\b|\bmoet ik (?:mijn komst |me |mij )?(?:laten weten|inschrijven|aanmelden|reserveren)[^?\n]{0,10}"
         r"\?\s*(?:a\s?:\s*)?(?:nee|neen|no)\b|\b(?:inschrijven|aanmelden|reserveren) is (?:vanaf nu )?"
         r"niet meer (?:nodig|verplicht)\b|\bbinnen ?(?:komen|lopen|wandelen) en (?:buiten ?gaan|weggaan|vertrekken) wanneer "
         r"(?:je|u) (?:wil|wilt)\b|\b(?:vooraf )?(?:even )?(?:mailen|bellen|laten weten|verwittigen|inschrijven|"
         r"aanmelden) is (?:fijn|leuk|handig|welkom|gewaardeerd|aangeraden),? maar (?:niet|geen) "
         r"(?:verplicht|nodig|must)\b|\b(?:maar )?je mag ook (?:zo|zomaar|gewoon) binnen ?(?:vallen|"
         r"lopen|komen|springen)\b|"
         # "zonder voorinschrijving", "een afspraak maken is niet nodig"
         r"\bzonder (?:voor)?inschrijving\b|"
         # "Vooraf bellen is niet nodig"
         r"\b(?:vooraf |op voorhand |eerst )?(?:bellen|mailen|laten weten|verwittigen|telefoneren) (?:is|hoeft) "
         r"niet(?: nodig| verplicht)?\b|\bzonder (?:een )?afspraak\b|\b(?:een )?afspraak (?:maken )?is "
         r"(?:niet nodig|niet verplicht|overbodig)\b|"
         r"\bgeen tickets? (?:of|en) (?:reservatie|reservering|inschrijving)"
         r" nodig\b|\bgeen tickets? (?:nodig|vereist)\b|\bno tickets? (?:needed|required)\b|\bniet nodig om (?:je |u )?(?:vooraf )?(?:in te schrijven|te "
         r"reserveren|aan te melden)\b|"
         r"\bniet (?:vooraf |op voorhand )?(?:inschrijven|reserveren|aanmelden)"
         r"(?=\s*(?:[.,;!\n]|$))|"
         r"\b(?:geen|zonder) (?:(?:voorafgaande|vooraf|op voorhand) )?"
         r"(?:(?:te |je te |eerst )?(?:inschrijving|aanmelding|reservatie|reservering|afspraak|"
         r"inschrijven|aanmelden|reserveren|registratie|lidmaatschap|verplichtingen))\b(?: (?:nodig|"
         r"vereist|verplicht))?|\bje (?:moet|hoeft|dient) (?:je )?(?:niet|geen|nergens|niets) (?:(?:op "
         r"voorhand|vooraf|eerst) )?(?:in te schrijven|inschrijven|aan te melden|aanmelden|te "
         r"reserveren|reserveren|lid te (?:zijn|worden)|voor in te schrijven|op te geven)\b|"
         r"\bje (?:zit|bent) (?:nergens|aan niets) (?:aan )?(?:vast|gebonden)\b|"
         # "Je moet niet afspreken, je neemt een nummertje"
         r"\b(?:je|u) (?:moet|hoeft) (?:niet|geen) (?:vooraf |op voorhand )?(?:af te spreken|afspreken)\b|"
         r"\b(?:je|u) (?:hoeft|moet) (?:je |u )?(?:niet|geen) (?:op voorhand |vooraf |eerst )?(?:te "
         r"laten weten(?: dat (?:je|u) komt)?|te melden|te verwittigen|te bellen|te mailen|door te geven|"
         r"aan te kondigen)\b|\bschuif (?:gewoon |gerust |maar )?aan\b|"
         r"\b(?:no strings attached|no commitment|sans obligation|geen verplichting)\b|"
         r"\b(?:inschrijven|inschrijving|aanmelden|aanmelding|reserveren|inscription|registration|"
         r"booking)[\w' ,]{0,30}?(?:maar |mais |but )(?:het |dit |dat |it |ce n'|c'|ce )?(?:is |est |zijn )?(?:niet|pas|not|geen) "
         # ("Inschrijven verplicht, maar het is niet nodig om vooraf te betalen": something else)
         r"(?:verplicht|obligatoire|required|mandatory|nodig|necessaire|noodzakelijk|vereist)\b(?! (?:om|dat|te|to|de)\b)|"
         r"\bzonder (?:je |u |zich )?(?:vooraf |eerst )?(?:aan te melden|in te schrijven|te "
         r"reserveren)\b|"
         r"\b(?:inschrijven|inschrijving|aanmelden|aanmelding|reserveren|reservatie|registration|"
         r"booking|inscription)\s?[:=-]\s?(?:niet (?:nodig|verplicht|vereist)|nee|neen|geen|no|"
         r"none|not (?:needed|required)|pas necessaire|non)\b|\b(?:inschrijven|aanmelden|"
         r"reserveren) (?:vooraf |op voorhand )?hoeft niet\b|\bniemand (?:moet|hoeft) zich "
         r"(?:vooraf |op voorhand )?(?:aan te melden|aanmelden|in te schrijven|inschrijven)\b|\b(?:inschrijven|inschrijving|aanmelden|reserveren|reservatie|afspraak)"
         r" (?:vooraf )?(?:is |hoeft )?(?:niet|geen) (?:nodig|verplicht|vereist|te maken)?\b|"
         r"\bje hoeft (?:je )?(?:niet|geen) (?:(?:op voorhand|vooraf|eerst) )?(?:in te schrijven|"
         r"aan te melden|te reserveren)\b|\b(?:you )?(?:don't|do not|needn't|need not) (?:need to |have "
         r"to )?(?:register|book|sign up|reserve)\b|\bno need to (?:register|book|sign up|reserve)\b|"
         r"\bpas (?:besoin|necessaire) de (?:s'inscrire|vous inscrire|t'inscrire|reserver)\b|"
         # Turkish: "Kayıt gerekmez", "kayıt gerekli değil" (folded "kayit")
         r"\bkay[iı]t (?:gerekmez|gerekmiyor|gerekli degil|yok)\b|\bkay[iı]ts[iı]z\b|"
         r"\bno (?:registration|booking|sign-?up|reservation|appointment)s?(?! fee)(?: (?:needed|required|"
         r"necessary))?\b|\bwithout (?:registration|booking)\b|\bsans (?:inscription|reservation|"
         r"rendez-vous)\b|\b(?:inscription|reservation) (?:pas|non) (?:necessaire|obligatoire)\b|"
         # "L'inscription n'est pas obligatoire", "Faut-il s'inscrire ? Non"
         r"\b(?:inscription|reservation) n'est pas (?:necessaire|obligatoire|requise|exigee)\b|"
         r"\b(?:faut-il|faut il|dois-je|doit-on) (?:s'inscrire|m'inscrire|reserver)\s?\?\s*non\b|"
         # Vietnamese (folded "không cần ghi danh") and Chinese ("无需报名", "不用预约")
         r"\bkhong can (?:phai )?(?:ghi danh|[dđ]ang ky|[dđ]at cho|hen truoc)\b|"
         r"(?:无需|无须|無需|無須|不用|不需要|不必)(?:事先|提前|预先|預先)?(?:报名|報名|预约|預約|登记|登記)(?!费|費)|"
         # Japanese "予約不要", "申込不要"; Korean "신청 없이", "예약 없이"; Thai "ไม่ต้องลงทะเบียน"
         r"(?:予約|申込|申し込み|事前申込)は?不要|(?:予約|申込|申し込み)は必要ありません|(?:신청|예약|등록) 없이(?!는)|"
         r"(?:사전 )?(?:신청|예약|등록) (?:필요 없|불필요)|ไม่ต้อง(?:ลงทะเบียน|จอง)|\bnuk nevojitet regjistrim\b|"
         # Bosnian "ne treba prijava", "bez prijave"; Albanian "pa regjistrim"
         r"\bne treba (?:prijava|prijavljivati|se prijaviti)\b|\bbez (?:prijave|prijavljivanja)\b(?! (?:nije|ne)\b)|"
         r"\bprijava nije (?:obavezna|potrebna)\b|"
         r"\bnije potrebna (?:prethodna )?prijava\b|(?<!pjese )(?<!hyrja )\bpa regjistrim\b|"
         # Polish: "bez zapisów", "nie trzeba się zapisywać", "zapisy nie są wymagane"
         r"\bbez (?:zapisow|rejestracji|wczesniejszych zapisow)\b(?![^.;!?\n]{0,25}\b(?:nie|niemozliw\w*)\b)|"
         r"\bnie trzeba sie (?:zapisywac|rejestrowac)\b|"
         r"\b(?:zapisy|rejestracja) nie (?:sa|jest) (?:potrzebn\w*|wymagan\w*|konieczn\w*)\b|"
         # Romanian (folded): "Nu este nevoie de înscriere", "fără înscriere", "vino pur și simplu"
         r"\bnu (?:este|e) nevoie (?:de (?:inscriere|rezervare|programare)|sa (?:va|te) (?:inscrieti|inscrii))\b|"
         r"\bnu (?:este necesara|necesita) (?:o )?(?:inscrierea?|rezervarea?)\b|"
         r"(?<!participa )(?<!intra )\bfara (?:inscriere|rezervare|programare)\b|\b(?:vino|veniti) pur si simplu\b",
         value=True, negated=None, kind="pos", strength=1),
    Rule("low.registration-required", r"\bprijava (?:je )?obavezna\b|\bobavezna prijava\b|\bregjistrimi (?:eshte )?i detyrueshem\b|"
         r"(?<!事前)予約(?:が|は)?必要(?!ありません|ない)|要予約|予約制|事前(?:申込|申し込み|予約)(?:が|は)?必要(?!ありません|ない)|"
         r"(?:사전 )?(?:신청|예약|등록) 필수|"
         r"ต้องลงทะเบียน|"
         r"\b(?:реєстрація|запис|регистрация|запись) (?:обов'язкова|обов'язковий|"
         r"обязательна|обязательно)\b|\b(?:потрібна|необхідна|нужна|необходима) (?:попередня |предварительная )?"
         r"(?:реєстрація|регистрация|запись)\b|\bпопередня реєстрація\b|\blaat (?:even |ons |wel )*(?:weten|horen) (?:dat|of) (?:je|u) "
         # ("Laat even weten dat je komt (niet verplicht)": asked, not required)
         r"(?:komt|deelneemt)\b(?!,? \(?(?:maar )?(?:niet verplicht|optioneel|vrijblijvend|hoeft niet)\b)|"
         # "vragen we wel om vooraf in te schrijven"
         r"\bvragen (?:we|wij) (?:je |u |jullie )?(?:wel |dus |graag |ook )*(?:om )?(?:je |u )?(?:vooraf |op voorhand |tijdig )?"
         r"(?:in te schrijven|aan te melden|te reserveren)\b|\bschrijf (?:je|u) (?:(?:wel|dan|graag|even|vooraf|"
         r"op voorhand) )*in\b|"
         r"\b(?:inschrijven|aanmelden|reserveren|registreren)(?: en "
         r"betalen)? (?:voor|vóór|tegen|ten laatste|uiterlijk|via|bij de|bij het|op het nummer|door)\b"
         # ("Inschrijven bij de balie is niet nodig": the sentence may still negate it)
         r"(?![^.!?\n]{0,40}\b(?:is (?:niet|geen) (?:meer )?(?:nodig|verplicht|vereist)|hoeft niet|moet niet)\b)|"
         r"\b(?:register|book|sign up|rsvp) (?:via|through|at|by|before|on)\b|\b(?:s'inscrire|"
         r"inscription|reservation) (?:via|aupres|avant|par|au)\b|\b(?:vooraf |op voorhand |tijdig )?(?:inschrijven|"
         r"inschrijving|aanmelden|aanmelding|reserveren|reservatie|registratie) (?:vooraf |op "
         r"voorhand )?(?:is |zijn )?(?:wel |dus |echt )?(?:strikt |absoluut )?(?:verplicht|noodzakelijk|vereist|"
         r"nodig)\b|\b(?:verplicht|verplichte) (?:in ?te schrijven|inschrijving|aanmelding|"
         r"reservatie)\b|\benkel (?:op uitnodiging|na (?:inschrijving|selectie|intake|"
         r"doorverwijzing|aanmelding))\b|\b(?:na|via) een intakegesprek\b|\bop doorverwijzing\b|"
         r"\b(?:registration|booking|reservation|sign-?up|rsvp)s?(?: [\w ]{0,25}?)? (?:is |are )?"
         r"(?:required|mandatory|compulsory|essential|necessary)\b|\bmust (?:register|"
         r"book|sign up)\b|\b(?:inscription|reservation) (?:est )?obligatoire\b|\bsur inscription\b|"
         r"\bby invitation only\b|\bselectieprocedure\b|"
         # Turkish, Indonesian, Tagalog: "Kayıt zorunludur", "pendaftaran wajib", "wajib mendaftar",
         # "kailangan magparehistro"
         r"\bkay[iı]t (?:zorunlu\w*|sart\w*|gerekli\w*)\b|\bpendaftaran wajib\b|\bwajib (?:men)?daftar\b|"
         r"\bkailangan (?:mag)?(?:parehistro|magparehistro|mag-register)\b|"
         # Italian, Spanish, Portuguese: "Iscrizione obbligatoria", "inscripción obligatoria"
         r"\b(?:iscrizione|prenotazione|inscripcion|inscricao|reserva) (?:e |es |)?(?:obbligatori[ao]|"
         r"obligatori[ao]|obrigatori[ao])\b|\b(?:e |es )?(?:obbligatorio|obligatorio|obrigatorio) "
         r"(?:iscriversi|prenotare|inscribirse|reservar|inscrever-se)\b|"
         r"\bsollicitatieprocedure\b|\binschrijven per (?:ploeg|team|groep|tafel)\b|"
         r"\b(?:reserveren|inschrijven|aanmelden) doe je\b|"
         # "Gratis, wel inschrijven (max 15 personen)"
         # (not "Je kan wel reserveren om zeker te zijn": an option)
         # ("Wel vooraf inschrijven, want de groep is klein": a sentence opening with it too)
         # ("Laagdrempelig, maar wel inschrijven: we moeten weten hoeveel croissants we kopen")
         r"(?:(?<=, )|(?<=; )|(?<=: )|(?<=\( )|(?<=[.!?] )|(?<=\n)|(?<=\bmaar )|^)wel (?:vooraf |op voorhand )?(?:inschrijven|aanmelden|reserveren)\b|"
         # ("Inschrijving € 20 per ploeg": a team enters a quiz)
         r"\binschrijving (?:(?:€ ?)?\d+(?:[.,]\d+)? ?(?:euro |eur |€ )?)?per (?:ploeg|team|tafel)\b|\b(?:enkel |alleen |uitsluitend |only )?(?:op|na|volgens|"
         r"by|sur) (?:voorafgaande )?(?:afspraak|appointment|rendez-vous)(?! (?:nodig|vereist|"
         r"needed|required))\b",
         value=False, negated=None, kind="neg", strength=1),
    Rule("low.laagdrempelig", r"\blaagdrempelig\w*\b|\blow[- ]threshold\b|\blow[- ]barrier\b|"
         r"\bacces(?:sible)? (?:facile|a tous)\b(?! (?:en|pour|aux) )",
         value=True, negated=False, kind="pos", strength=2),
    Rule("low.walk-in", r"\bvrije inloop\b|\binloop(?:moment|uur|namiddag|ochtend|avond)\w*\b|"
         r"\b(?:gewoon|vrij) (?:binnen ?lopen|binnen ?springen|binnen ?vallen|binnen ?wippen|langskomen|"
         r"aansluiten|inloggen)\b|"
         # "Kom gerust binnenvallen", "kom gewoon eens binnenwippen"
         r"\bkom (?:(?:gerust|gewoon|maar|zomaar|even|eens|spontaan) ){1,3}binnen ?(?:vallen|lopen|springen|"
         r"wippen|waaien|wandelen)\b|"
         # "Binnenwaaien mag altijd!", "binnenspringen kan"
         r"\bbinnen ?(?:lopen|springen|waaien|vallen|stappen|wippen) (?:mag|kan)\b|"
         # "Je bent elke vrijdag welkom om binnen te springen"
         r"\bwelkom om (?:(?:even|eens|gewoon|gerust|zomaar) ){0,2}(?:binnen te (?:springen|lopen|wippen|"
         r"vallen|waaien)|langs te komen|aan te schuiven)\b|"
         # "Breng je matje mee en sluit gewoon aan"
         r"\bsluit (?:(?:gewoon|gerust|maar|zomaar|spontaan) ){1,2}aan\b|"
         # "vrij binnen- en buitenlopen", "vrij binnen tussen 10 en 12 uur": coming and going
         r"\bvrij binnen ?-? en buiten ?(?:lopen|wandelen|gaan|stappen)\b|"
         # "Je kan binnen- en buitenlopen wanneer je wil"
         r"\b(?:kan|mag|kunt|mogen|kunnen) (?:(?:vrij|gewoon|altijd) )?binnen ?-? en buiten ?(?:lopen|wandelen|gaan|"
         r"stappen)\b|"
         r"\bvrij binnen (?:tussen|van|vanaf|doorlopend)\b|"
         # "Vrij in- en uitlopen tussen 13 en 17 uur"
         r"\bvrij in ?-? en uit ?(?:lopen|wandelen|gaan|stappen)\b|"
         r"\b(?:loop|spring|kom) (?:gerust|gewoon|vrijblijvend|eens|vrij) (?:eens )?(?:binnen|langs)\b|"
         # "Kom gerust binnenlopen tijdens de openingsuren"
         r"\bkom (?:gerust|gewoon|vrijblijvend|zomaar) (?:eens )?(?:binnen ?lopen|binnen ?springen|langs ?komen)\b|"
         # "Je kan binnen en buiten wanneer je wil"
         r"\bbinnen en buiten wanneer (?:je|u) (?:wil|wilt)\b|"
         r"\bbinnen ?lopen (?:kan )?(?:tussen|van|vanaf|wanneer|op elk)\b|"
         r"\bje mag (?:gewoon )?(?:binnenlopen|binnenspringen|langskomen)\b|\bvrijblijvend\b|"
         r"\b(?:je )?(?:mag|kan|kunt|mogen|kunnen) (?:(?:altijd|steeds|gewoon|gerust|zomaar|"
         r"spontaan|vrij|ook|zo|op elk moment|elk moment) ){0,3}(?:binnen ?vallen|binnen ?komm?en|binnen ?waaien|aanwaaien|af ?komen|"
         r"passeren|binnen ?stappen|even langs ?komen)\b|"

         # "Binnenspringen wanneer het past", "Jongeren kunnen elke woensdag binnenspringen",
         # "In de soepbar kan iedereen binnenlopen"
         r"\bbinnen ?(?:springen|lopen|wippen|vallen|waaien) wanneer (?:het )?(?:je |jou |u )?(?:past|uitkomt|"
         r"wil|wilt)\b|\b(?:kunnen|kan|mogen|mag) (?:(?!niet\b|geen\b|nooit\b|enkel\b|alleen\b|pas\b|na\b|slechts\b|uitsluitend\b|op\b)[\w']+ ){0,3}?"
         r"(?:binnen ?springen|binnen ?lopen|binnen ?wippen|binnen ?vallen|binnen ?waaien)\b|\bkomen en gaan wanneer\b|\bongedwongen\b|"
         r"\bdrop[- ]in\b(?! (?:rate|price|fee|tarief|prijs|tarif))|\bwalk-in\b|\bwalk in\b(?= ?(?:$|[.,!;:)\n]|any ?time|whenever|freely|during))|\bjust (?:drop|walk|pop) (?:in|by)\b|"
         r"\bsans engagement\b|\bpassez quand vous voulez\b|"
         # "Vous pouvez passer quand vous voulez", "on vient comme on est"
         r"\b(?:vous pouvez|on peut|tu peux) (?:passer|venir) quand (?:vous voulez|on veut|tu veux)\b|"
         r"\b(?:venez|viens|on vient) comme (?:vous etes|tu es|on est)\b|"
         r"\b(?:kom|komt|loop|loopt|spring|springt|wip|wipt|schuif|schuift) (?:(?:gerust|gewoon|maar|vrijblijvend|eens|altijd|"
         r"zomaar|spontaan|even|een keer|steeds) ){1,3}(?:binnen|langs|af|aan|piepen|"
         r"(?:een )?kijkje nemen)\b|\bje (?:mag|kan|kunt) (?:(?:altijd|steeds|gewoon|gerust|zomaar|"
         r"spontaan|vrij) ){1,3}(?:binnen ?lopen|binnen ?springen|langs ?komen|langs ?lopen|"
         # ("Je mag altijd aansluiten, ook halverwege het jaar": joining a series, the convention)
         r"aansluiten(?![^.!?\n]{0,40}\b(?:halverwege (?:het|de) (?:jaar|reeks|seizoen|cursus)|in de loop van het "
         r"(?:jaar|seizoen)|vorige keren|vorige sessies|van de reeks)\b)|aanschuiven|mee ?doen|binnenwandelen)\b|\b(?:binnen ?lopen|binnen ?springen|"
         r"langs ?komen|aansluiten|aanschuiven) (?:kan|mag) (?:altijd|steeds|gewoon|op elk "
         # ("Aansluiten kan op elk moment van het jaar": joining a series, the convention)
         r"moment|zonder afspraak)\b(?! (?:van|in) het (?:jaar|seizoen|schooljaar|werkjaar)\b)|\bjust (?:come|drop|walk|pop) (?:in|by|along)\b|"
         # "Free entrance for everyone – just come."
         r"\bjust come\b(?=\s*(?:[.!;\n]|$))|"
         r"\b(?:feel free to )?drop by\b|\bvenez (?:quand vous voulez|librement)\b|"
         r"\b(?:kom|loop|spring|wip) binnen\b|\b(?:kom|loop|wandel|fiets|zing|speel|doe) "
         r"(?:(?:gerust|gewoon|vrijblijvend|eens|zomaar|maar) ){1,3}(?:mee|proberen|kijken|"
         r"meedoen|meespelen|meezingen|een kijkje nemen|snuisteren|snuffelen|rondkijken|rondneuzen)\b|\bkom(?:en)? (?:en ga(?:an)? )?wanneer "
         r"(?:je|u) (?:wil|wilt)\b|\b(?:binnen ?lopen|binnen ?springen|langs ?komen|aanschuiven) "
         r"(?:mag|kan)\b(?! (?:enkel|alleen|na|op afspraak))|\bwelkom zoals je bent\b|"
         r"\b(?:je bent|u bent|ge zijt|gij zijt) (?:altijd|steeds) welkom\b|\binloop vrij\b|"
         r"\bkom (?:efkes|eefkes|eventjes|even) (?:af|langs|binnen)\b|\b(?:gewoon|just|zomaar|vrij) (?:eens |even |gerust )?(?:binnen komen|komen|opdagen|"
         r"show up|turn up|binnenkomen|aanschuiven|binnenstappen|binnenwandelen|binnenwaaien|"
         r"binnenvallen|afkomen|langskomen|aansluiten|meedoen|binnenlopen|binnenspringen|"
         r"binnenwippen|binnen wippen)\b|"
         # "Elke zaterdag kan je in de bib aanschuiven aan de babbeltafel"
         # (not "Kan je niet aanschuiven?", a queue for tickets or a dinner one books)
         r"\b(?:kan|kunt|mag) (?:je|u) (?!niet\b)[^.!?\n]{0,30}?\baanschuiven\b(?! (?:voor|bij|aan) (?:de |het |ons |onze )?"
         r"(?:laatste |tickets?|kassa|receptie|diner|kerstdiner|buffet))(?![^.!?\n]*\?)|"
         r"\b(?:je|u) (?:schuift|schuif|komt|loopt|springt|stapt|valt|waait|sluit) (?:\w+ )?"
         r"(?:gewoon|zomaar|gerust|vrij) (?:aan|binnen|langs|af|mee)\b|"
         r"\bkom gerust\b(?=\s*[,.!;\n]|\s+(?:eens|langs|binnen|af|mee|kijken|proberen)\b)|"
         r"\bcome (?:whenever|when) you (?:like|want|can)\b|\b(?:binnen ?lopen|binnen ?springen|"
         r"langs ?komen|binnen ?wandelen|komen|kom|loop binnen) (?:\w+ )?wanneer (?:je|u) (?:wil|wilt)\b|\bdrop in any ?time\b|"
         r"\bcome and go as you (?:please|like)\b|\bkom gewoon\b(?=\s*[.,!;\n]|\s+(?:\S+\s+){0,3}?naar\b|"
         r"\s+(?:af|langs|binnen|mee|op|met)\b)|\bge (?:meugt|moogt|moge|mag) (?:gewoon |gerust )?"
         r"binnen ?(?:kommen|komen|vallen|springen)\b|\b(?:stap|wandel) (?:gerust |gewoon |maar )?binnen\b|"
         r"\b(?:kom|stap|loop|spring) (?:\w+ )?(?:binnen |langs )?wanneer (?:je|u) (?:wil|wilt)\b",
         value=True, negated=None, kind="pos", strength=1),
    # an open door, no commitment ("je kan op elk moment instappen" joins a series: no drop-in)
    Rule("low.open-door", r"\b(?:sign-?up|registration|booking|reservation|rsvp) (?:is )?(?:not|no "
         r"longer) (?:needed|required|necessary)\b|\bvrije start\b|\bvrij vertrek\b|\bgeen (?:voor)?inschrijving "
         r"(?:vooraf )?(?:nodig|vereist)\b|\bgeen voorinschrijving\b|\b(?:de|onze) deur staat (?:altijd |steeds )?open\b|\bour door is (?:always )?open\b|"
         r"\bla porte est (?:toujours )?ouverte\b|\bwalk-?ins? (?:are )?(?:welcome|welkom)\b|"
         r"\b(?:come|kom) (?:as|zoals) (?:you are|je bent)\b|\bvenez comme vous etes\b|"
         r"\bpas (?:d'inscription|de reservation|besoin de reserver)\b|"
         # Spanish and Portuguese: "no hace falta inscribirse", "sin inscripción", "não é preciso inscrição"
         r"\b(?:no hace falta|no es necesari[oa]|no hay que) (?:inscribirse|inscripcion|reservar|reserva|apuntarse)\b|"
         r"\bsin (?:inscripcion|reserva)\b|\bnao (?:e|ha) (?:preciso|necessari[oa]) (?:se )?(?:inscrever|"
         r"inscricao|reservar|reserva)\b|\bnao precisa (?:de )?(?:se inscrever|inscricao|reserva)\b|"
         r"\bsem (?:necessidade de )?(?:inscricao|reserva)\b|\bven cuando quieras\b|\bvenha quando quiser\b|"
         # "sin cita previa", "sem marcação", Italian "senza appuntamento", "non serve prenotare"
         r"\bsin cita(?: previa)?\b|\bsem marcacao(?: previa)?\b|\bsenza (?:appuntamento|prenotazione|iscrizione)\b|"
         # Indonesian and Tagalog: "tidak perlu (men)daftar", "walang registration, pumunta lang"
         r"\btidak perlu (?:men)?daftar\b|\btanpa pendaftaran\b|\bwalang (?:registration|rehistro|pagpaparehistro)\b|"
         r"\bnon (?:serve|occorre|e necessari[ao]) (?:prenotare|iscriversi|la prenotazione|l'iscrizione)\b|"
         # Persian and Arabic: "نیازی به ثبت‌نام نیست", "بدون ثبت‌نام", "بدون تسجيل", "لا حاجة للتسجيل"
         r"\bنیازی به ثبت(?:\u200c| )?نام نیست|\bبدون ثبت(?:\u200c| )?نام|\bبدون (?:تسجيل|حجز)|"
         r"\bو?لا (?:حاجة|داعي) (?:للتسجيل|للحجز|إلى التسجيل)|\bلا يلزم التسجيل|"
         # Ukrainian and Russian: "без запису", "без реєстрації", "без записи", "без регистрации"
         r"\bбез (?:попереднього |предварительной )?(?:запису|реєстрації|записи|регистрации)\b|"
         # "реєстрація не потрібна", "не потрібна попередня реєстрація", "записываться не нужно"
         r"\b(?:реєстрація|запис|регистрация|запись|записываться|реєструватися) не (?:потрібн\w*|обов'язков\w*|"
         r"нужн\w*|обязательн\w*)|\bне (?:потрібн\w*|нужн\w*) (?:попередн\w* |предварительн\w* )?(?:реєстрація|"
         r"реєструватися|запис\w*|регистрация|регистрироваться)\b|"
         r"\bbienvenue?s? (?:a|aux) "
         r"(?:tous|toutes|tout le monde)\b|\btous (?:et toutes )?bienvenus\b|"
         r"\b(?:je|u) (?:mag|kan|kunt) (?:(?:altijd|gerust|gewoon|zeker|steeds) )*(?:eens )?(?:komen )?"
         r"(?:kijken|proeven|proberen|luisteren|snuffelen|kennismaken)\b|\bkom (?:eens |gerust |"
         r"gewoon )+(?:proeven|snuffelen|luisteren|kennismaken)\b|\bkom (?:gewoon |gerust )?(?:langs |binnen )?wanneer "
         r"(?:het )?(?:je|jou|u) (?:uitkomt|past|lukt)\b|\bwhen(?:ever)? it suits you\b|"
         r"\bbinnen ?wippen (?:mag|kan)\b|\bbinnen ?wandelen (?:mag|kan)\b|"
         r"\bje komt wanneer je (?:wil|wilt)\b|\bwip (?:gerust |gewoon |eens )*binnen\b|"
         r"\b(?:je hoeft|u hoeft) niet (?:elke|iedere|alle) (?:week|keer|les|sessies?) te komen\b|"
         r"\book als je (?:maar )?(?:een|1) keer komt\b|\b(?:komt|komen) gewoon\b(?! mee\b)|"
         r"\b(?:registratie|aanmelding|reservering|reservatie|inschrijving) (?:is )?(?:niet|geen) "
         r"(?:nodig|vereist|verplicht)\b",
         value=True, negated=None, kind="pos", strength=1),
    Rule("low.everyone-welcome", r"\b(?:запрошуємо|приглашаем|чекаємо|ждём|ждем) (?:на [\w' ]{1,20} )?(?:всіх|всех)\b|"
         r"\b(?:всі|все) (?:бажаючі|желающие) (?:запрошені|приглашены|вітаються)?|"
         # Polish: "Wszyscy mile widziani!", "zapraszamy wszystkich"
         r"\bwszyscy (?:sa )?(?:mile )?widziani\b|\bzapraszamy wszystkich\b(?! cz[lł]onk)|"
         # Romanian: "Toată lumea este binevenită!", "Toți sunt bineveniți", "Oricine este binevenit"
         r"\b(?:toata lumea|toti|toate|oricine)(?: (?:este|e|sunt))? (?:bine ?venit[aie]?|bineveniti|binevenite)\b|"
         # Spanish and Portuguese: "todos bienvenidos", "todos são bem-vindos", "todas las voces bienvenidas"
         # (not "todos los socios son bienvenidos": members, as "alle leden welkom")
         rf"\b(?:todos|todas)(?: (?:los|las|os|as) (?!{ROMANCE_MEMBERS})[a-z]+)? "
         r"(?:son |sao |estan |)(?:muy |sempre |siempre )?"
         r"(?:bienvenid[oa]s|bem-vind[oa]s)\b|"
         # Turkish, Indonesian: "Herkes davetlidir", "herkese açık", "terbuka untuk umum", "siapa saja
         # boleh datang", "semua orang diterima"
         # Bosnian "Svi su dobrodošli", Albanian "Të gjithë janë të mirëseardhur", Japanese "どなたでも",
         # Korean "누구나 환영", Thai "ยินดีต้อนรับทุกคน", "ใครก็เข้าร่วมได้"
         r"\bsvi su (?:(?:uvijek|srdacno) )?dobrodosli\b|\bte gjithe jane te mireseardhur\b|どなたでも|"
         r"누구나 (?:환영|참여|참가)|ยินดีต้อนรับทุกคน|ใครก็(?:เข้าร่วม|มา)ได้|"
         r"\bherkes(?: [\w]+){0,2} davetli(?:dir)?\b|\bherkese ac[iı]k(?:t[iı]r)?\b|\bterbuka untuk umum\b|"
         r"\bsiapa saja boleh datang\b|\bsemua orang (?:diterima|dipersilakan|boleh datang)\b|"
         # Italian: "tutti sono benvenuti", "tutti benvenuti" (not "tutti i soci sono benvenuti")
         rf"\b(?:tutti|tutte)(?: (?:i|le|gli) (?!{ROMANCE_MEMBERS})[a-z]+)? (?:sono )?(?:sempre )?"
         r"(?:benvenut[ie]|ben accett[ie])\b|"
         # "Alle inwoners zijn welkom" (not "Alle inwoners van 65 jaar en ouder": an age)
         r"\balle (?:inwoners|bewoners)(?: van (?!\d)[\w-]+)? (?:zijn )?(?:van harte |altijd |ook )?welkom\b|"
         # "усі охочі — приєднуйтесь!", "ярмарок відкритий для всіх", "открыто для всех"
         r"\b(?:усі|всі) охочі\b|\b(?:відкрит\w*|открыт\w*) для (?:всіх|усіх|всех)\b|\b(?:iedereen|iederen|allen|iedereen is|everyone|everybody|all|"
         r"tout le monde|tous|toutes|jong en oud|groot en klein|young and old|petits et grands)"
         # "iedereen, moslim of niet, is welkom": an aside between commas
         r"(?:,? (?!die\b|who\b|qui\b|vanaf\b|from\b|boven\b|ouder\b|des\b|(?:les |de )?(?:niveaux?|levels?|"
         r"niveaus|ages?|leeftijden)\b)[\w'’]+){0,5}?,? (?:is |zijn |are |est |sont )?(?:le |la |les )?"
         r"(?:van harte |altijd |heel |very |most |warmly )?(?:welkom|welcome|bienvenue?s?)\b|"
         # new faces are welcome to turn up; "nieuwe leden welkom" invites joining a club (no drop-in)
         r"\bnieuwe gezichten (?:zijn )?(?:altijd |steeds )?(?:van harte )?welkom\b|\bnew faces "
         r"(?:are )?(?:always )?(?:very )?welcome\b|\bwelkom voor iedereen\b|"
         r"\biedereen die (?:(?!ingeschreven|lid\b|aangemeld|uitgenodigd|geselecteerd)[\w']+ ){1,6}"
         r"(?:is |zijn )?(?:van harte |altijd |ook )?welkom\b|\b(?:alle |de )?(?:buren|buurtbewoners|"
         r"wijkbewoners)(?: [\w,'’]+){0,6}? (?:zijn |is )?(?:van harte |altijd |ook )?welkom\b|"
         r"\b(?:open|vrij toegankelijk) voor iedereen\b(?! (?:vanaf|from|boven|ouder dan|"
         r"tussen|van) \d)|\bopen to (?:all|everyone)\b|\bouvert a tous\b|"
         # "Elke vrijdag opent de schaakclub de deuren voor iedereen"
         r"\b(?:opent|openen|opende|openden) (?:[\w-]+ ){0,4}?(?:de|haar|zijn|hun|onze|ons) deuren voor "
         r"iedereen\b(?! (?:vanaf|boven|ouder dan|tussen|van) \d| die (?:zich )?(?:vooraf |eerst )?"
         r"(?:inschrijft|aanmeldt|registreert|reserveert))|"
         r"\b(?:iedereen|everyone|anyone|anybody|tout le monde)(?: (?!vanaf\b|from\b|boven\b)[\w']+)"
         r"{0,5}? (?:kan|mag|can|may|peut) (?:(?:er|even|eens|gewoon|zomaar|gerust|altijd|just|steeds) )*"
         r"(?:mee ?doen|aansluiten|aanschuiven|binnen ?lopen|binnen ?springen|binnen ?wandelen|"
         r"binnen ?komen|binnen ?gaan|deelnemen|meespelen|"
         r"join(?: in)?|take part|participate|participer|venir|komen|langskomen)\b",
         value=True, negated=None, kind="pos", strength=1),
)


_SELLERS = re.compile(r"\b(?:verkopers?|standhouders?|standplaats\w*|standjes?|kraampjes?|exposanten|kraamhouders?|"
                      r"stallholders?|vendors?|exhibitors?|exposants|vrijwilligers?|volunteers?)\b")


def _for_sellers(hit, texts) -> bool:
    """"Verkopers betalen standgeld, inschrijven via de gemeente": the sellers register."""
    folded = texts[hit.field][1]
    lo = max((m.end() for m in re.finditer(r"[.;!?\n]", folded[:hit.start])), default=0)
    return bool(_SELLERS.search(folded, lo, hit.start))


# "Niveau: recreatief, iedereen kan meedoen": everyone can keep up, said of skill, not entry
_SKILL_LINE = re.compile(r"\b(?:niveau|level|niveaux?)\b")


def _about_skill(hit, texts) -> bool:
    if hit.rule.id != "low.everyone-welcome" or "welk" in hit.match.lower() \
            or "welcom" in hit.match.lower() or "bienvenu" in hit.match.lower():
        return False            # "iedereen welkom, geen ervaring nodig" still invites
    return bool(_SKILL_LINE.search(_sentence(hit, texts)))


# "Iedereen kan meedoen, met of zonder beperking" speaks of ability; "gewoon binnenlopen" beside it
# still invites to walk in
_ABILITY_VERB = re.compile(r"\bmee ?doen\b|\bdeelnemen\b|\bvolgen\b|\bmee ?spelen\b|\bsporten\b")
_WALK_IN_VERB = re.compile(r"binnen|langs|aanschuiven|aansluiten")


def _how_question(hit, texts) -> bool:
    """The hit sits in a question that starts with "hoe" ("Hoe schrijf je in?")."""
    folded = texts[hit.field][1]
    lo, hi = sentence_span(folded, hit.start, hit.end)
    # (only about enrolling elsewhere — a school, a crèche, a desk: "Hoe schrijf je in? Via de
    # website." asks for this listing's own registration)
    return folded[hi:hi + 1] == "?" and re.match(r"\W*hoe\b", folded[lo:hi]) is not None and \
        re.search(r"\b(?:school|kleuterschool|creche|kinderopvang|opvang|loket|je kind|jouw kind|uw kind|"
                  r"academie|richting)\b", folded[lo:hi]) is not None


def _sentence(hit, texts) -> str:
    folded = texts[hit.field][1]
    lo, hi = sentence_span(folded, hit.start, hit.end)
    return folded[lo:hi]


def _sentence_to(hit, texts) -> str:
    """The hit's sentence up to the hit's end (what comes before it and the hit itself)."""
    folded = texts[hit.field][1]
    return folded[sentence_span(folded, hit.start, hit.end)[0]:hit.end]


# "Kom gerust eens proberen, de eerste keer is gratis": an invitation to a trial of a club
_TRIAL = re.compile(r"\b(?:eerste|1e|1ste|first|twee|drie|2|3) (?:keer|keren|les|lessen|training|"
                    r"trainingen|sessie|lesson|class|time)s? (?:is |zijn |are |mag je |kan je |speel je |sport je |"
                    r"doe je |train je |dans je )?(?:altijd |always )?"
                    r"(?:gratis|free|kosteloos|vrijblijvend)\b|\bproef(?:les|training)\w*|\bgratis (?:uit)?proberen\b|"
                    r"\btrial (?:lesson|class|session)\b|"
                    # "Kom vrijblijvend een les meedoen voor je inschrijft": a try before joining
                    r"\bvoor (?:je|u) (?:je |u |zich )?(?:inschrijft|inschrijven|aansluit|lid wordt)\b")
_MEALS = r"eten|maaltijd|barbecue|bbq|lunch|diner|ontbijt|spaghetti|brunch|souper"
_EXTRA_SENTENCE = re.compile(r"\b(?:barbecue|bbq|maaltijd|diner|lunch|ontbijt|eten|spaghetti|"
                             r"kinderopvang|opvang)\b")
# "Schaakclub … Lidgeld €40. Kom gerust eens proberen!": a club invites a trial before joining —
# a taste of membership, not a drop-in (most writers; an explicit "inschrijven hoeft niet" still counts)
_TRIAL_INVITE = re.compile(r"\b(?:proberen|meespelen|meedoen|meezingen|meetrainen|meestappen|meewandelen|"
                           r"meefietsen|meelopen|meezwemmen|meedansen|kijken|kijkje|"
                           r"uitproberen|bijwonen|meemaken|spelen)\b")
# ("Kom gerust eens een partijtje spelen", "Kom vrijblijvend een repetitie bijwonen")
_TRIAL_NEXT = re.compile(r"\s+(?:(?:eens|een keer|een keertje|eventjes|mee)\s+){0,2}(?:een [a-z]+\s+)?"
                         + _TRIAL_INVITE.pattern)
_ONCE_NO_COMMITMENT = re.compile(r"\bvrijblijvend (?:eens|een keer(?:tje)?)\b|\b(?:eens|een keer(?:tje)?|gerust) vrijblijvend\b")
_OPEN_EVENT_TITLE = re.compile(r"\bopen\b|\bopendag\w*|\bopendeur\w*|\bkijkdag\b")
# (a look around is no try: "Kom vrijblijvend eens een kijkje nemen" still invites to drop in)
_LOOK = re.compile(r"\bkijk")


def _a_try_once(hit, texts) -> bool:
    """"Kom vrijblijvend eens meezingen": a try, not a look around, outside an open event."""
    said = fold(hit.match)
    return bool(_ONCE_NO_COMMITMENT.search(said)) and not _LOOK.search(said) and bool(
        _TRIAL_INVITE.search(said) or _TRIAL_NEXT.match(texts[hit.field][1], hit.end)) and \
        not _OPEN_EVENT_TITLE.search(texts.get("title", ("", ""))[1])
# the verbs of _TRIAL_INVITE that ask for a try whatever the setting (not "meedoen", "kijken")
_TRY = re.compile(r"\b(?:proberen|uitproberen|meetrainen)\b")
# (a club one joins, not cost's _MEMBERSHIP of fee words: "nieuwe spelers", "zoekt zangers" count)
_CLUB_MEMBERSHIP = re.compile(r"\b(?:lidgeld|lidmaatschap\w*|(?<!zonder )(?<!geen )lidkaart(?=[^.!?\n]{0,20}(?:€|\d|euro|per jaar))|jaarabonnement|jaarlidmaatschap|"
                         r"seizoensabonnement|lid worden|word lid|nieuwe (?:leden|spelers|muzikanten|"
                         r"zangers|zangeressen|dansers|speelsters|stemmen)|zoekt (?:nog |nieuwe |extra )?(?:leden|spelers|"
                         r"speelsters|zangeressen|"
                         r"muzikanten|zangers|dansers|kapoenen|welpen|stemmen|wandelaars)|"
                         # "We zoeken vooral tenoren en bassen!"
                         r"(?:we|wij) zoeken (?:nog |vooral |nieuwe |extra |dringend )*(?:leden|spelers|zangers|"
                         r"zangeressen|tenoren|bassen|sopranen|alten|stemmen|muzikanten|dansers))\b")
# "Rondleidingen voor groepen op afspraak": registration for groups, not for the visitor
_FOR_GROUPS = re.compile(r"\b(?:voor|for|pour) (?:\w+ )?(?:groepen|groups|scholen|klassen|schools|groupes)\b")
# "Sign up at the bar or just show up": registration offered, not required
_OR_JUST_COME = re.compile(r"\b(?:or|of|ou) (?:just |gewoon |simply |simplement )?(?:show up|turn up|"
                           r"come|drop in|walk in|kom|binnen\w*|langs\w*|venez|passez)\b")


_EXHIBITION_TITLE = re.compile(r"\b(?:\w*tentoonstelling\w*|expo\w*|exhibition|exposition)\b")


_ROMANCE_DENIAL = re.compile(r"\b(?:non si (?:ricev|accett|ammett)\w*|non (?:e )?possibile|imposible|impossibile|"
                             r"impossivel|no se (?:atiende|admite|acepta|recibe)\w*|no (?:es )?posible|nao (?:e )?possivel|"
                             r"(?:solo|solamente|soltanto|apenas|unicamente) (?:con|com))\b")


def resolve(hits, record: dict[str, Any], texts):
    ev: list[dict[str, Any]] = []
    skill = [h for h in hits if h.value and _about_skill(h, texts)]
    skill += [h for h in hits if h.value and h.rule.id == "low.walk-in"
              # ("Kom vrijblijvend meespelen … Geen lidgeld het eerste jaar": a club's trial year)
              and (_TRIAL.search(_sentence(h, texts)) or FIRST_PERIOD_FREE.search(texts[h.field][1])
                   # "Beginners ook welkom, kom gerust eens proberen": an invitation to try is no
                   # drop-in, club or not
                   or _TRY.search(fold(h.match)))]
    # "Kom vrijblijvend eens meezingen": a try of what one would join, club or not (the binding
    # convention), unless the listing is itself an open event ("Open repetitie harmonie")
    skill += [h for h in hits if h.value and h.rule.id == "low.walk-in" and _a_try_once(h, texts)]
    # ("Eerste les gratis, daarna € 6 per les. Kom gerust eens proberen!": the trial named elsewhere)
    if any(_CLUB_MEMBERSHIP.search(folded) or _TRIAL.search(folded) for _, folded in texts.values()):
        # ("Kom gerust eens meetrainen!": the verb may follow the match)
        skill += [h for h in hits if h.value and h.rule.id == "low.walk-in"
                  and (_TRIAL_INVITE.search(fold(h.match)) or _TRIAL_NEXT.match(texts[h.field][1], h.end))]
    # "Non si ricevono persone senza appuntamento", "Imposible atender sin cita previa": denied
    # further back than the scanner's negation window reaches
    skill += [h for h in hits if h.value and re.match(r"(?:senza|sin|sem)\b", fold(h.match))
              and _ROMANCE_DENIAL.search(_sentence_to(h, texts)[:-len(h.match)])]
    vacancy = is_vacancy_title(texts.get("title", ("", ""))[1], VACANCY_TITLE)
    # "Voedselbank zoekt sorteerders … Kom eens kijken!": a visit before volunteering
    # ("Interesse? Spring eens binnen aan het onthaal": come and ask)
    skill += [h for h in hits if h.value and vacancy and h.rule.id == "low.walk-in"
              and re.search(r"kijk|kennismak|proef|langs|binnen", fold(h.match))]
    # "de barbecue kost €15 (inschrijven vóór 20 juni)": registration for an extra
    # ("Voor het eten is inschrijven wél nodig": the sentence names the extra first)
    skill += [h for h in hits if h.value is False and _EXTRA_SENTENCE.search(_sentence(h, texts))
              and (re.search(r"€|\beuro\b|\beur\b", _sentence(h, texts)) or re.match(
                  rf"\W*voor (?:het|de) (?:{_MEALS})\b", _sentence(h, texts))
                  # ("Buurtlunch": the title's meal is the activity)
                  and not re.match(rf"\W*\S*(?:{_MEALS})", texts.get("title", ("", ""))[1]))]
    # "Rolstoelgebruikers kunnen gewoon meedoen": said of ability, not of registration
    # ("Iedereen kan meedoen, met of zonder beperking": ability too — but "Iedereen welkom, met of
    # zonder beperking, gewoon binnenlopen" welcomes and invites to walk in)
    # ("Iedereen welkom, ook met rollator of rolstoel": a welcome that names access after it)
    skill += [h for h in hits if h.value and (re.search(r"rol(?:stoel|wagen)|wheelchair", _sentence_to(h, texts)
                                                        if re.search(r"welkom|welcome|bienvenu", fold(h.match))
                                                        else _sentence(h, texts)) or
              _ABILITY_VERB.search(fold(h.match)) and not _WALK_IN_VERB.search(fold(h.match))
              and re.search(r"met of zonder (?:een )?(?:beperking|handicap)", _sentence(h, texts)))]
    # "Zonder reservatie kunnen we je helaas geen maaltijd garanderen": registration after all
    unsure = [h for h in hits if h.value and h.rule.id == "low.no-registration" and re.match(
        r"\s+(?:kunnen|kan) (?:we|wij|ze) (?:je |u |jou )?(?:helaas |jammer genoeg )?(?:geen|niet|niets)\b",
        texts[h.field][1][h.end:h.end + 40])]
    skill += unsure
    skill += [h for h in hits if h.value is False and _FOR_GROUPS.search(_sentence(h, texts))
              and any(x.value for x in hits)]
    # "Op dinsdag kan je gewoon binnenlopen, op andere momenten op afspraak": other hours
    skill += [h for h in hits if h.value is False and any(x.value for x in hits) and re.search(
        r"\b(?:op|tijdens|voor) (?:alle )?andere (?:momenten|dagen|tijdstippen|uren)\b[^.!?\n]{0,15}$|"
        r"\bbuiten (?:die|deze) (?:uren|momenten)\b[^.!?\n]{0,15}$",
        texts[h.field][1][max(0, h.start - 45):h.start])]
    # "Hoe schrijf je in via het loket kinderopvang?": enrolment as the session's topic
    skill += [h for h in hits if h.value is False and _how_question(h, texts)]
    skill += [h for h in hits if h.value is False and _OR_JUST_COME.search(
        texts[h.field][1], h.end, h.end + 80) and _OR_JUST_COME.search(_sentence(h, texts))]
    # "Expo … Vrij toegankelijk voor iedereen tijdens de openingsuren": an exhibition's free
    # entry during opening hours, not an invitation to drop in (three writers against one;
    # elsewhere five writers read it as open to all, four as free entry only)
    if _EXHIBITION_TITLE.search(texts.get("title", ("", ""))[1]):
        skill += [h for h in hits if h.value and fold(h.match).startswith("vrij toegankelijk")]
    for h in skill:
        ev.append(evidence("low_threshold", "a trial, a skill or an optional sign-up: ignored",
                           h))
    hits = [h for h in hits if h.value is not None and h not in skill
            and not (h.value is False and _for_sellers(h, texts))]
    if not hits:
        return {"low_threshold": False}, ev
    top = max(h.rule.strength for h in hits)
    strong_pos = [h for h in hits if h.rule.strength == top and h.value]
    negs = [h for h in hits if h.value is False]
    if top >= 2:
        # "Laagdrempelig bewegen … Inschrijven verplicht": the provider's word does not outweigh
        # a required sign-up (the conventions; writers v103, v115, v223)
        value = bool(strong_pos) and not (
            negs and all(h.rule.id == "low.laagdrempelig" for h in strong_pos))
    else:
        value = not negs
    for h in hits:
        ev.append(evidence("low_threshold", h.value, h))
    return {"low_threshold": value}, ev
