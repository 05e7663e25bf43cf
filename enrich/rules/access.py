"""Accessibility: wheelchair true | false | null (null = not stated).

Strong rules name wheelchairs (rolstoel…, rolwagen…, wheelchair, fauteuil roulant, PMR); weak
ones name a feature (lift, gelijkvloers, drempelvrij, hellend vlak, aangepast toilet) or an
obstacle (trappen, "twee treden", "enkel via de trap"). The strongest tier decides; a
field-like "Rolstoel: neen" states it outright (strongest). Negation flips: "niet
rolstoeltoegankelijk", "helaas geen lift", "zonder trappen".

Partial access is not access (the convention of blind sets v3-v6): "gedeeltelijk" or
"grotendeels toegankelijk", and a positive statement whose sentence goes on with a contrast and
a negation ("het gelijkvloers is toegankelijk met een rolstoel, de ateliers boven niet",
"…, but the upper floor is not") give false. "Lift" as a ride ("een lift geven naar je werk")
is no elevator.
"""
from __future__ import annotations

import re
from typing import Any

from enrich.engine import Rule, evidence
from enrich.rules.cues import HEDGE, VACANCY_OPENING, is_vacancy_title
from enrich.text import sentence_span

FACET = "access"

_CHAIR = (r"(?:rol(?:stoel|wagen)\w*|wheelchair(?: access(?:ible)?| users?)?|fauteuils? roulants?|"
          r"chaises? roulantes?|pmr)")

# ("accesible en silla de ruedas", "adaptado para usuarios de sillas de ruedas", "acessível a cadeirantes",
# "accesible para personas con movilidad reducida", Italian "accessibile in sedia a rotelle")
_ES_PT_ACCESSIBLE = (r"(?:accesible|acessivel|accessibile|adaptad[oa]|adattat[oa]) (?:en|para|com|em|a|pra|in|con|"
                     r"alle|ai|per) (?:(?:personas|usuarios|pessoas|utilizadores|persone|utenti) (?:en|de|em|com|in|"
                     r"con|a) )?(?:(?:una |uma )?sillas? de ruedas|(?:uma )?cadeiras? de rodas|cadeirantes|"
                     r"sedi[ae] a rotelle|carrozzin[ae]|movilidad reducida|mobilidade reduzida|mobilita ridotta|"
                     r"disabili motori|persone con disabilita motoria)\b")

# a wheelchair user in Polish (folded): "osób na wózkach", "wózków inwalidzkich" — not a pram
_PL_WHEELCHAIR = r"(?:osob (?:na|poruszajacych sie na) wozk\w*|wozk\w* inwalidzk\w*)"

RULES = (
    # a field-like statement: "Rolstoel: ja", "Rolwagentoegankelijk: neen", "Wheelchair: no"
    Rule("access.wheelchair.field-no", rf"\b{_CHAIR}\s?[:=-]\s?(?:nee|neen|no|non)\b|"
         # "Kan ik er met mijn rolstoel binnen? Spijtig genoeg nog niet"
         r"\b(?:kan|mag|geraak) ik (?:er )?(?:met|in) (?:mijn|m'n|een) rol(?:stoel|wagen) (?:\w+ )?"
         r"(?:binnen|terecht|mee|door)\s?\?\s*(?:a\s?:\s*)?(?:(?:spijtig|jammer) genoeg |helaas )?"
         r"(?:nog )?(?:niet|nee|neen)\b",
         value=False, negated=False, strength=4),
    Rule("access.wheelchair.field-yes", rf"\b{_CHAIR}\s?[:=-]\s?(?:ja|yes|oui)\b",
         value=True, negated=False, strength=4),
    # the wheelchair pictogram and a field "Toegankelijkheid: beperkt (trappen)"
    Rule("access.pictogram-no", r"♿\s?[:=-]?\s?(?:nee|neen|no|non|niet|not|✗|✘|❌)|\b(?:toegankelijk(?:heid)?|"
         r"accessibility|accessibilite)\s?:\s?(?:beperkt|slecht|moeilijk|gedeeltelijk|niet|nee|neen|"
         r"geen|limited|poor|partial|no|none|limitee|non)\b",
         value=False, negated=False, strength=4),
    Rule("access.pictogram-yes", r"♿\s?[:=-]?\s?(?:ja|yes|oui|ok|✓|✔|✅)|\b(?:toegankelijk(?:heid)?|"
         r"accessibility|accessibilite)\s?:\s?(?:ja|volledig|uitstekend|goed|yes|full|fully|"
         r"excellent|oui|complete)\b",
         value=True, negated=False, strength=4),
    # French: "pas d'accès pour les fauteuils roulants", "inaccessible aux PMR"
    # Bosnian "nije prilagođen za invalidska kolica", Albanian "nuk është e aksesueshme për karrige me rrota"
    Rule("access.wheelchair.bs-sq-no", r"\bnije (?:\w+ ){0,2}prilagoden\w* (?:za invalidska kolica|osobama u invalidskim kolicima)\b|"
         r"\bnuk (?:eshte|jane) (?:\w+ )?(?:e |te )?aksesueshme? per karrige me rrota\b|"
         r"車椅子(?:で|では)[^。]{0,15}(?:できません|不可|ご遠慮)|휠체어(?:로|는)? (?:접근|이용|출입)(?:이|은)? (?:불가|어렵습니다|가능하지 않습니다)",
         value=False, negated=False, strength=3),
    Rule("access.wheelchair.fr-no", r"\b(?:inaccessibles?|non accessibles?|pas accessibles?) "
         r"(?:aux|en|pour les|a|pour) (?:(?:personnes|utilisateurs|usagers) (?:en |de )?)?"
         r"(?:a mobilite reduite|fauteuils? roulants?|chaises? roulantes?|pmr)\b",
         value=False, negated=False, strength=3),
    # Bosnian, Albanian, Japanese, Korean: "prilagođen za invalidska kolica", "e aksesueshme për karrige me
    # rrota", "車椅子でもご利用いただけます", "휠체어로 접근 가능"
    Rule("access.wheelchair.bs-sq-ja-ko", r"(?<!nije )\bprilagoden\w* za invalidska kolica\b|"
         r"(?<!nuk eshte )(?<!nuk eshte e )\baksesueshme? per karrige me rrota\b|車椅子(?:でも|で)(?:ご)?(?:利用|参加|入場)|"
         r"\bprilagoden\w* osobama u invalidskim kolicima\b|휠체어(?:로|도)? (?:접근|이용|출입) 가능(?!한|하지)",
         value=True, negated=False, strength=2),
    Rule("access.wheelchair.fr", r"\bacces (?:possible |adapte |facile )?(?:pour|aux|en) (?:les )?"
         r"(?:personnes (?:en |a mobilite reduite)?)?(?:fauteuils? roulants?|chaises? roulantes?|"
         r"pmr|mobilite reduite)\b|\baccessibles? (?:en|aux|pour les|a|pour) (?:(?:personnes|"
         r"utilisateurs|usagers) (?:en |de )?)?(?:fauteuils? roulants?|chaises? roulantes?|"
         r"a mobilite reduite|pmr)\b|\badapte aux (?:personnes a mobilite reduite|fauteuils? "
         r"roulants?|pmr)\b",
         value=True, negated=False, strength=3),
    # Polish and Romanian (folded; "ł" stays): "niedostępna dla osób na wózkach", "nu este accesibil
    # persoanelor în scaun cu rotile"
    # (partial access is no access: "częściowo dostępna", "nie jest w pełni", "parțial accesibilă")
    Rule("access.wheelchair.pl-ro-no", r"\b(?:nie jest|niestety nie jest|czesciowo|nie w pe[lł]ni) (?:\w+ ){0,2}"
         rf"(?:dostepn\w*|przystosowan\w*) dla {_PL_WHEELCHAIR}|\bniedostepn\w* dla {_PL_WHEELCHAIR}|"
         r"\b(?:nu (?:este|e|sunt)|partial) (?:\w+ ){0,2}accesibil\w* (?:pentru )?(?:persoane(?:le|lor)? )?(?:in|cu) scaun\w* cu rotile\b|"
         r"\binaccesibil\w* (?:pentru )?(?:persoane(?:le|lor)? )?(?:in|cu) scaun\w* cu rotile\b|"
         r"\b(?:nu are|nu exista|fara|nu avem) acces (?:pentru|cu) scaun\w* cu rotile\b",
         value=False, negated=False, strength=3),
    # "dostępna dla osób na wózkach inwalidzkich", "accesibil pentru persoanele în scaun cu rotile"
    # (a pram is no wheelchair: "dla wózków dziecięcych")
    Rule("access.wheelchair.pl-ro", r"(?<!nie jest )(?<!nie )(?<!czesciowo )(?<!nie jest w pelni )(?<!nie jest w pełni )"
         rf"(?<!nie jest calkowicie )(?<!nie jest całkowicie )\b(?:dostepn\w*|przystosowan\w*) dla {_PL_WHEELCHAIR}|"
         r"(?<!nu este )(?<!nu e )(?<!nu sunt )(?<!partial )(?<!nu este pe deplin )(?<!nu este complet )"
         r"\baccesibil\w* (?:pentru )?(?:persoane(?:le|lor)? )?(?:in|cu) scaun\w* cu rotile\b|"
         r"(?<!nu are )(?<!nu exista )(?<!fara )(?<!nu avem )\bacces (?:pentru|cu) scaun\w* cu rotile\b",
         value=True, negated=False, strength=3),
    # Ukrainian and Russian: "доступний для людей на візках", "доступно для людей на колясках"
    Rule("access.wheelchair.uk-ru", r"\b(?:повністю |полностью )?доступн\w* для (?:людей |осіб )?(?:на (?:інвалідних |"
         r"инвалидных )?(?:візках|колясках)|на кріслах колісних|на колісних кріслах|з інвалідністю|с инвалидностью)\b",
         value=True, negated=False, strength=3),
    # Spanish and Portuguese: "accesible en silla de ruedas", "acessível para cadeirantes"
    Rule("access.wheelchair.es-pt-no", rf"\b(?:no es|no esta|nao e|nao esta|non e) (?:\w+ ){{0,3}}{_ES_PT_ACCESSIBLE}",
         value=False, negated=False, strength=3),
    Rule("access.wheelchair.es-pt", rf"(?<!\bno es )(?<!\bno esta )(?<!\bnao e )(?<!\bnao esta )"
         rf"(?<!\bparcialmente )\b{_ES_PT_ACCESSIBLE}",
         value=True, negated=False, strength=3),
    Rule("access.disability", r"\b(?:toegankelijk|aangepast) voor (?:mensen|personen|bezoekers) "
         r"met een (?:fysieke |motorische )?(?:beperking|handicap)\b|\b(?:toegankelijk|aangepast) "
         r"voor (?:minder|ander)validen\b",
         value=True, negated=False, strength=3),
    # partial access leaves part of the activity out of reach: not accessible
    # "enkel het bezoekerscentrum is rolstoeltoegankelijk": the rest is not
    Rule("access.only-part", r"\b(?:enkel|alleen|uitsluitend|only) (?:op |on )?(?:het|de|the) [\w-]+"
         # ("enkel de benedenverdieping en de tuin zijn toegankelijk voor rolstoelgebruikers")
         r"(?: (?:en|and) (?:het|de|the) [\w-]+)? (?:is|zijn|are) "
         r"(?:rol(?:stoel|wagen))?(?:toegankelijk|accessible|bereikbaar)\b|"
         # "Het kasteel is enkel op het gelijkvloers toegankelijk voor rolstoelen"
         r"\b(?:enkel|alleen|uitsluitend) op (?:het |de )?(?:gelijkvloers|benedenverdieping|begane grond|"
         r"eerste verdieping) (?:is |zijn )?(?:rol(?:stoel|wagen))?(?:toegankelijk|bereikbaar)\b|"
         # "Rolstoelgebruikers kunnen enkel de eerste kilometer volgen"
         r"\brol(?:stoel|wagen)gebruikers? (?:kunnen|kan|mogen|mag) (?:enkel|alleen|slechts|maar|uitsluitend) "
         r"(?:het|de|een) (?:\w+ ){0,2}(?:deel|stuk|gedeelte|eerste|begin|laatste|korte|beneden|gelijkvloers|"
         r"onderste|tuin)\w*\b", value=False, negated=None,
         strength=3),
    Rule("access.partial", r"\b(?:gedeeltelijk|deels|partieel|partly|partially|partiellement|parcialmente|parzialmente|"
         r"niet (?:volledig|helemaal|overal)|grotendeels|voor het grootste deel|largely|mostly|"
         r"en grande partie|en partie) (?:rol(?:stoel|wagen))?(?:toegankelijk|accessible|accesible|acessivel|accessibile|"
         r"bereikbaar)\b", value=False, negated=None, strength=3),
    Rule("access.not-everywhere", r"\b(?:niet|bijna) (?:alle|overal|alles|elke|elk)\b[\w' ]{0,30}?"
         r"(?:toegankelijk|bereikbaar|accessible|berijdbaar|geschikt voor (?:rol(?:stoel|wagen)\w*|wheelchairs?))\b|"
         # "Een deel van de locaties is toegankelijk", "Sommige ateliers zijn toegankelijk"
         r"\b(?:een deel|slechts een deel|enkele|sommige) (?:van de )?(?:locaties|zalen|ruimtes|lokalen|ateliers|"
         r"paden|gebouwen|plekken|plaatsen|verdiepingen|standen|stands|huizen|tuinen|routes|kamers|tenten) "
         r"(?:is|zijn) (?:ook |wel )?(?:rol(?:stoel|wagen))?toegankelijk\b(?! (?:online|via|met het openbaar))|\bnot (?:all|every)\b[\w' ]{0,30}?"
         r"accessible\b|(?:(?<=\bmet )|(?<=\bmet een )|(?<=\bmet de )|(?<=\bwith a )|(?<=\bin a ))"
         r"(?:rol(?:stoel|wagen)|wheelchair)\w*(?: (?:of|en|or) "
         r"[\w-]+)? (?:[\w']+ ){0,5}?(?:helaas |echt )?(?:niet|moeilijk|nauwelijks|not)\b",
         value=False, negated=None, strength=3),
    # "Voor rolstoelgebruikers is de helling naar het veer te steil", "geen aangepaste toegang
    # voor rolstoelen": an obstacle named for wheelchairs
    Rule("access.wheelchair.obstacle", r"\b(?:voor|for) (?:rol(?:stoel|wagen)\w*|wheelchairs?(?: users)?)"
         r"[^.!?\n]{0,60}?\b(?:te (?:steil|smal|smalle|hoog|zwaar|krap|ongelijk|moeilijk)|too (?:steep|narrow|"
         r"high|difficult)|niet overal|helaas niet|niet geschikt|niet toegankelijk|not suitable)\b|"
         # "voor rolstoelgebruikers is het moeilijk bereikbaar": the place itself, right after
         r"\b(?:voor|for) rol(?:stoel|wagen)\w* (?:is|zijn) (?:het|dit|de \w+|het \w+) (?:erg |heel |nogal )?"
         r"(?:moeilijk (?:bereikbaar|toegankelijk|berijdbaar)|beperkt toegankelijk)\b|\b(?:geen|zonder|no|without) (?:aangepaste |vlotte |goede |drempelvrije |"
         r"suitable |adapted )?(?:toegang|ingang|toilet|toiletten|sanitair|access|entrance) (?:voor|met|for) "
         r"(?:een |de |a )?(?:rol(?:stoel|wagen)\w*|wheelchairs?(?: users)?)\b",
         value=False, negated=None, strength=3),
    # "Rolstoelgebruikers: helaas zijn onze wandelingen niet geschikt", "Toeschouwers in een
    # rolstoel: de paden zijn maar beperkt toegankelijk": a label, then the bad news
    Rule("access.wheelchair.label-no", r"\b(?:rol(?:stoel|wagen)gebruikers|(?:toeschouwers|bezoekers) in een "
         # (the bad news itself, before any good news: not "de zaal is toegankelijk, helaas geen parking")
         r"rol(?:stoel|wagen)|wheelchair users)\s?:\s?(?:(?!\b(?:toegankelijk|bereikbaar|lift|zij-?ingang)\b)"
         r"[^.!?\n]){0,60}?\b(?:niet geschikt|niet toegankelijk|niet bereikbaar|beperkt toegankelijk|niet overal|"
         # (negated=False: the "niet" is the statement itself, not a negation of it)
         r"not accessible|not suitable)\b", value=False, negated=False, strength=3),
    # a Q&A: "Kan ik meedoen met een rolstoel? A: Helaas niet"
    # (a "can I" question only: "Is er een probleem met een rolstoel? Nee hoor" answers another one)
    Rule("access.wheelchair.qa-no", r"\b(?:kan|kun|kunt|mag) (?:ik|je|u|men) [^?.!\n]{0,40}?(?:met|in) (?:een|mijn|de) "
         r"rol(?:stoel|wagen)\s?\?\s*(?:a\s?:\s*|antwoord\s?:\s*)?"
         r"(?:helaas |jammer genoeg |spijtig genoeg )?(?:niet|nee|neen)\b", value=False, negated=False, strength=3),
    # "Buggy's kunnen niet mee, rolstoelen evenmin"
    Rule("access.wheelchair.neither", r"\brol(?:stoel|wagen)\w* (?:evenmin|ook niet|net zomin)\b",
         value=False, negated=None, strength=3),
    # ("Met een rolstoel is de top van de Berg moeilijk bereikbaar")
    Rule("access.wheelchair.hard", r"\bmet (?:een |de )?rol(?:stoel|wagen)(?: of (?:een )?[\w-]+)? is "
         r"(?:het|de|dit|deze) (?:[\w-]+ ){0,4}(?:lastig|moeilijk|niet te doen|geen optie|onbegaanbaar)\b|"
         # "het begijnhof heeft kasseien, dat is moeilijk met een rolstoel"
         r"\b(?:is|wordt|blijft) (?:dat |dit |het )?(?:erg |heel |nogal |wel )?(?:lastig|moeilijk) met (?:een |de )?"
         r"rol(?:stoel|wagen)\b",
         value=False, negated=None, strength=3),
    Rule("access.wheelchair.limited", r"\b(?:moeilijk|beperkt|minder|slecht|deels|gedeeltelijk|"
         r"niet goed) (?:toegankelijk|bereikbaar|berijdbaar) (?:voor|met) (?:een )?rol(?:stoel|wagen)\w*\b|"
         r"\b(?:moeilijk|beperkt|slecht) rol(?:stoel|wagen)toegankelijk\b|\bniet rol(?:stoel|wagen)\w*\b|"
         r"\bhardly accessible for wheelchairs?\b|"
         # "niet ideaal met rolstoel", "wat het voor rolstoelgebruikers moeilijk maakt"
         r"\bniet (?:ideaal|handig|geschikt|makkelijk|gemakkelijk) (?:met|voor) (?:een |de )?rol(?:stoel|wagen)\w*|"
         r"\b(?:voor|met) (?:een |de )?rol(?:stoel|wagen)\w* (?:erg |heel |zeer |wat )?(?:moeilijk|lastig) "
         r"(?:maakt|maken|is|wordt)\b|\bniets voor (?:[\w']+ (?:of|en) )?rol(?:stoel|wagen)\w*|\b(?:not|un)(?: very)? ?(?:suitable|accessible|"
         r"adapted) (?:for|to) (?:[\w']+ (?:or|and|,) )?wheelchairs?(?: users)?\b",
         value=False, negated=False, strength=3),
    # "toegankelijk voor buggy's en rolstoelen", "met de rolstoel", "rolstoelplaatsen",
    # "accessible aux poussettes et aux fauteuils roulants", "wheelchair and pram friendly"
    Rule("access.wheelchair", r"\brol(?:stoel|wagen)toeg\b|\brol(?:stoel|wagen)-toegankelijk\b|\brol(?:stoel|wagen)(?:toegankelijk|vriendelijk|gebruikers? welkom|"
         r"toegang|plaats|plaatsen|platform)\w*\b|\b(?:toegankelijk|bereikbaar|geschikt|aangepast|"
         r"berijdbaar) (?:voor|met|aan) (?:een |de |(?:mensen|personen|bezoekers|gebruikers|kinderen|jongeren|"
         r"deelnemers|iedereen) (?:met|in) een |(?:[\w']+ )?[\w']+ (?:en|of|,) "
         # ("om te bekijken of rolstoelgebruikers mee kunnen": a question)
         r"(?:voor )?(?:een |de )?)?rol(?:stoel|wagen)\w*\b|(?<!\bof )\brol(?:stoel|wagen)gebruikers? "
         r"(?:kunnen(?! (?:enkel|alleen|slechts|maar|uitsluitend|niet)\b)|zijn welkom|kunnen (?:er )?terecht|"
         # "met rolstoelfietsen, zodat ook rolstoelgebruikers mee kunnen"
         r"(?:ook )?mee kunnen)\b|\bwheelchair[- ](?:accessible|friendly|"
         r"access|users welcome)\b|\bwheelchairs? (?:and|&|or) [\w']+ (?:friendly|accessible)\b|"
         r"\bwheelchair (?:spaces|places|seating)\b|"
         r"\baccessible (?:for|to|by) (?:[\w']+ (?:and|or|,) )?wheelchair(?: users)?s?\b|"
         r"\baccessible (?:aux|en|pour les|a) (?:(?:personnes|utilisateurs|usagers) (?:en |de )?|"
         r"[\w']+ et (?:aux |en |pour les )?(?:personnes (?:en |a )?)?)?(?:a mobilite reduite|"
         r"fauteuils? roulants?|chaises? roulantes?|pmr)\b|"
         r"\bacces(?:sible)? pmr\b|\bpmr\b|\btoegankelijkheidslabel a\+?\b|\blabel a\+(?!\w)|"
         # "rolstoelen en buggy's kunnen overal door", "met een rolwagen bereikbaar"
         r"\brol(?:stoel|wagen)\w* (?:en [\w']+ )?(?:kunnen|kan|mogen|geraken|rijden) "
         r"(?:(?!niet\b|nergens\b|moeilijk\b|not\b)[\w']+ ){0,2}"
         r"(?:door|binnen|terecht|bij|rijden|mee|overal|boven)\b|(?:(?<=\bmet )|(?<=\bvoor )|(?<=\bmet een )|(?<=\bmet de )|(?<=\bvoor een )|(?<=\bvoor de ))"
         r"rol(?:stoel|wagen)\w* (?:of [\w-]+ )?(?:(?!niet\b|moeilijk\b|nauwelijks\b|slecht\b|not\b)[\w']+ )?"
         r"(?:bereikbaar|toegankelijk|berijdbaar|te bereiken|"
         r"te doen|geen probleem)\b|\b(?:suitable|adapted|fit|ok|okay) for wheelchairs?(?: users)?\b|"
         r"\bwheelchairs? (?:can|could) (?:get|go|enter|access)\b|"
         # "omkleedcabines voor rolwagengebruikers", "vanuit hun rolstoel", "mogelijk met een rolwagen"
         r"(?:(?<=\bvoor )|(?<=\bvoor de ))rol(?:stoel|wagen)(?:s|en|gebruikers|rijders)\b|"
         r"(?<=\bfor )wheelchair users\b|"
         r"\bvanuit (?:hun|zijn|haar|je|een|de) rol(?:stoel|wagen)\b|\b(?:mogelijk|haalbaar|te doen|"
         r"goed te doen|doable|possible|berijdbaar|toegankelijk|bereikbaar|accessible) (?:met|with|"
         r"en) (?:een |de |a )?(?:rol(?:stoel|wagen)|wheelchair|fauteuil roulant)\b|"
         r"\bwheelchair users (?:are )?(?:very |most )?welcome\b|"
         # "Rolstoelgebruikers: de zaal is toegankelijk via de lift", "…: er is een aangepaste steiger"
         # (not "Rolstoelgebruikers: let op, de gangen zijn maar gedeeltelijk toegankelijk")
         r"\brol(?:stoel|wagen)gebruikers?\s?:\s?(?:(?!\b(?:niet|geen|helaas|moeilijk|gedeeltelijk|deels|beperkt|"
         r"slechts|maar|let op|opgelet)\b)[^.\n]){0,60}?"
         r"\b(?:toegankelijk|lift|aangepaste?|hellend vlak|gelijkvloers|drempelvrij|"
         r"vlot bereikbaar)\b|"
         # "De foyer is vlot toegankelijk, ook met een rolstoel"
         r"\b(?:toegankelijk|bereikbaar|berijdbaar|te bereiken)\b[^.!?\n]{0,40}?,? ook (?:met|voor) (?:een |de )?"
         r"rol(?:stoel|wagen)\w*\b|"
         # "Rolstoelgebruikers vinden vooraan een plek", "bereikbaar via een rolstoelpad"
         r"\brol(?:stoel|wagen)gebruikers? (?:vinden|hebben|krijgen|kunnen) (?:(?!geen\b|niet\b|helaas\b)[\w']+ ){0,2}(?:een )?(?:eigen |"
         r"aparte |voorbehouden |verhoogd |verhoogde )?(?:plek|plaats|plaatsen|zone|ruimte|platform)\b|\brol(?:stoel|wagen)pad\w*\b|"
         # "De zaal is rolstoel toegankelijk" (two words), "bakken die je met een rolstoel kan bereiken"
         r"\brol(?:stoel|wagen) toegankelijk\b|\bmet (?:een|de|je) rol(?:stoel|wagen) (?:kan|kunt|kunnen) (?:je |u )?"
         r"(?:(?!niet\b|geen\b|nergens\b|moeilijk\b|helaas\b|nauwelijks\b)\w+ )?(?:bereiken|binnen|gebruiken)\b|"
         r"\b(?:strand|terrein)rol(?:stoel|wagen)\w* (?:te leen|ter beschikking)\b|"
         r"\brol(?:stoel|wagen)- (?:en|of|&) [\w-]*(?:vriendelijk|toegankelijk)\b|"
         r"\b(?:ook )?voor (?:mensen|personen|wie) (?:in|met) een rol(?:stoel|wagen)\b|"
         # "kunnen ook mensen met een beperking of in een rolstoel mee op tocht"
         r"(?:(?<=\bin een )|(?<=\bmet een ))rol(?:stoel|wagen) (?:[\w']+ ){0,2}?(?:mee|meedoen|"
         r"meerijden|meefietsen|meevaren)\b|"
         r"\b(?:geschikt|welkom|kan je meedoen) (?:ook )?als je in een rol(?:stoel|wagen) zit\b|"
         r"(?:(?<=\bin een )|(?<=\bmet een )|(?<=\bin )|(?<=\bmet je )|(?<=\bin je ))rol(?:stoel|wagen) (?:kan|kun|kunt) (?:je|u) (?:ook )?"
         r"(?:meedoen|mee|deelnemen|meespelen)\b|"
         r"\b(?:wie|mensen die|iemand die|personen die)(?: [\w]+){0,5}? in een rol(?:stoel|wagen) "
         r"zit(?:ten)?\b|\brol(?:stoel|wagen)gebruikers? "
         r"(?:kunnen|komen|geraken|gaan|rijden) (?:[\w-]+ ){0,3}?(?:binnen|naar binnen|terecht)\b",
         value=True, negated=False, strength=3),
    Rule("access.step-free", r"\bdrempelvrij\w*\b(?! (?:praten|babbelen|spreken|kennismaken|advies|"
         r"informatie))|\bgelijkvloers\w*\b|\bbegane grond\b|\bstep-free\b|"
         r"\bground floor\b|\bsans marches?\b|\bde plain-pied\b|\bzonder (?:drempels|trappen|"
         r"treden)\b|\bgeen (?:enkele )?(?:drempels|trappen|treden)\b|\bgeen enkele (?:drempel|trap|trede)\b|\bno (?:steps|stairs)\b|"
         r"\btrapvrij\w*\b|\btraploos\b|\bdrempelloos\b|"
         # Ukrainian and Russian: "вхід без сходинок", "вход без ступенек"
         r"\b(?:вхід|вход) без (?:сходинок|сходів|порогів|ступенек|ступеней|порогов)\b|"
         # Polish and Romanian: "bez schodów", "na parterze", "fără trepte", "la parter"
         r"\bbez (?:schodow|stopni|progow|barier architektonicznych)\b|\bfara (?:trepte|scari|praguri)\b|"
         # "От лифта до зала ступенек нет", "сходинок немає"
         r"\b(?:сходинок|сходів|порогів|ступенек|ступеней|порогов) (?:нет|немає)\b|"
         # Spanish and Portuguese: "en planta baja, sin escalones", "sem degraus"
         r"\bsin (?:escalones|escaleras|peldanos)\b|\bsem (?:degraus|escadas)\b|\ben planta baja\b|"
         r"\bno res-do-chao\b|"
         # Italian: "senza gradini", "al pianterreno", "senza barriere architettoniche"
         r"\bsenza (?:gradini|scalini|scale|barriere architettoniche)\b|\bal pian ?terreno\b|\bal piano terra\b|"
         r"\b(?:volledig|helemaal|overal|fully|entirely|entierement|"
         r"totalement) (?:toegankelijk|accessible)\b",
         value=True, negated=False, strength=2),
    # a paved or level surface says how a path is, not that wheelchairs get along: it supports
    # another statement but decides nothing alone ("het pad is verhard en geschikt voor
    # kinderwagens": null)
    Rule("access.surface", r"\bvlak en verhard\b|\bverhard en vlak\b|"
         r"(?<!on)\bverhard(?:e)?\b(?: en vlak(?:ke)?\b)?|\bgeasfalteerd\w*\b|"
         r"\b(?:paths?|route|trail|ground|terrain) (?:is |are )?(?:all |fully )?(?:paved|flat|level)\b|"
         r"\ball paths are paved\b|\b(?:verharde?|vlakke?) (?:en (?:vlakke?|verharde?) )?"
         r"(?:paden|wegen|route|wandelpaden)\b|\b(?:route|paden|pad|parcours|weg) (?:is |zijn )?"
         r"(?:volledig |overal )?(?:verhard|vlak)(?: en (?:vlak|verhard))?\b",
         value=True, negated=False, strength=2),
    # what overcomes steps: a ramp (a lift below)
    # ("een mobiele helling is beschikbaar op vraag": a ramp brought to the step)
    Rule("access.ramp", r"\bhellend vlak\w*\b|\bhelling(?:s)?baan\w*\b|\boprijhelling\w*\b|\boprijpla(?:at|ten)\b|\boprit\b|"
         r"\b(?:mobiele|verplaatsbare|draagbare|losse) helling\b|"
         r"\b(?:a|wheelchair|access) ramps?\b|\brampe d'acces\b|\brampe\b|"
         # Ukrainian and Russian: "є пандус для крісел колісних", "есть пандус"
         r"\b(?:є|есть|имеется|встановлено|установлен) пандус\b|\bпандус для\b|"
         r"\brampas? (?:de acceso|de acesso|para|pra)\b|\b(?:tiene|hay|tem|ha) (?:una |uma )?rampa\b",
         value=True, negated=False, strength=2),
    Rule("access.not-by-lift", r"\bniet (?:bereikbaar|toegankelijk|te bereiken) (?:met|via|per) (?:een |de )?"
         r"(?:lift|rol(?:stoel|wagen))\b|"
         # "can't be reached with a wheelchair"; "rolstoelgebruikers kunnen enkel het binnenplein bezoeken"
         r"\b(?:can't|cannot|can not|isn't|is not) (?:be )?(?:reached|accessed|reachable|accessible) (?:with|by|in) "
         r"(?:a )?wheelchairs?\b|\brol(?:stoel|wagen)\w* (?:kunnen|kan|kun|kunt)(?: je| u| jullie| men)? (?:(?:enkel|alleen|slechts) "
         r"(?:het|de|op|een) |maar (?:een )?(?:klein |beperkt )?(?:deel|stuk|gedeelte)\b)",
         value=False, negated=None, strength=3),
    Rule("access.no-lift", r"\b(?:ліфта немає|немає ліфта|без ліфта|лифта нет|нет лифта|без лифта)\b|"
         r"\b(?:sin|sem|no hay|nao ha|nao tem|no tiene) (?:elevador|ascensor)\b|"
         # Turkish and Arabic: "asansör yok", "asansör bulunmuyor", "لا يوجد مصعد"
         r"\basansor (?:yok|bulunmuyor|bulunmamaktad[iı]r)\b|"
         # Polish and Romanian: "brak windy", "bez windy", "nie ma windy", "fără lift", "nu există lift"
         r"\b(?:brak|bez|nie ma) windy\b|\b(?:fara|nu (?:exista|are|avem)) (?:lift|ascensor)\b|\bnema lifta\b|\bnuk ka ashensor\b|\b(?:و)?لا (?:يوجد|توجد) مصعد|\bغير مجهز[ةه]? بمصعد|"
         # ("ліфта в будівлі немає": only a place between, not "від ліфта до зали сходинок немає")
         r"\b(?:ліфта|лифта) (?:в|у|на) [\w-]+ (?:немає|нет)\b|"
         r"\bvan een lift is (?:[\w' -]{0,40} )?geen sprake\b|"
         # "het zwembad is niet uitgerust met een lift of tillift"
         r"\b(?:niet|not) (?:uitgerust|voorzien|equipped) (?:met|van|with) (?:een |an? )?(?:\w+)?lift\b|"
         r"\brol(?:stoel|wagen)\w* "
         r"(?:\w+ ){0,3}?(?:kunnen|kan) er (?:\w+ ){0,3}?niet bij\b", value=False, negated=None, strength=3),
    Rule("access.lift-broken", r"\b(?:de |the |l')?(?:lift|elevator|ascenseur),? (?:maar|but) (?:die|deze|it) "
         r"(?:is |est )?(?:tijdelijk |momenteel |voorlopig |helaas )?(?:buiten gebruik|defect|stuk|kapot|"
         r"in herstelling|out of order)\b|"
         r"\b(?:de |the |l')?(?:lift|elevator|ascenseur)\s(?:in [\w ]{0,25}? )?"
         r"(?:is |est )?(?:weer |opnieuw |nog )?"
         r"(?:tijdelijk |momenteel |voorlopig |temporarily |currently )?(?:buiten gebruik|defect|"
         r"stuk|kapot|in herstelling|out of order|out of service|hors service|en panne)\b",
         value=False, negated=None, strength=3),
    # ("Trapliften, een inloopdouche, drempels weg": stair lifts as a topic, aids for one's home)
    Rule("access.lift", r"\b(?:til|trap|plateau|rolstoel|personen)?(?:lift|(?<!trap)liften|lifts)\b(?! ?(?:service|"
         r"bij|met|geven|krijgen|vragen|aanbieden|to (?:work|school|the station)|give|naar (?:je|jouw|"
         r"uw|huis|school|werk|het werk|de les|de cursus|de markt|de (?:zaterdag|zondag|week)?markt)|aan|"
         # ("Need a lift from the station?": a ride)
         r"home|back)\b)(?<!\bneed a lift)(?<!\bgive you a lift)(?<!\boffer a lift)(?<!\bget a lift)"
         # ("Een vrijwilliger geeft je graag een lift": a ride)
         r"(?<!\bgeeft je een lift)(?<!\bgeeft je graag een lift)(?<!\bgeven je een lift)(?<!\bgeven je graag een lift)|\b(?:elevator|ascenseur|pool hoist)s?\b(?! ?(?:service|bij|met))|\b(?:has|with) (?:a|an) (?:pool )?hoist\b|"
         # Ukrainian and Russian: "є ліфт", "есть лифт", "підйомник для людей на кріслах колісних"
         r"\b(?:є|есть|имеется) (?:ліфт|лифт)\b|\bпідйомник для\b|\bпод[ъь][её]мник для\b|"
         # Turkish and Arabic: "asansör mevcut", "asansör var", "مجهزة بمصعد", "يوجد مصعد"
         r"\basansor (?:mevcut|var)\b(?! m[iı]\b)|"
         # Polish and Romanian: "jest winda", "z windą" (folded "z winda"), "există lift", "cu lift"
         r"(?<!nie )\b(?:jest|z|posiada) winda\b|\bwinda dla\b|\b(?:exista|are|cu|avem) (?:lift|ascensor)\b|(?<!غير )\bمجهز[ةه]? بمصعد|(?<!لا )\bيوجد مصعد|\bمع مصعد",
         value=True, negated=False, strength=2),
    Rule("access.stairs", r"\b(?:enkel|alleen|uitsluitend|only) (?:bereikbaar |toegankelijk )?"
         r"(?:via|langs|by) (?:de |een |the )?(?:trap|trappen|stairs)\b|\b(?:steile |smalle )?"
         r"trappen (?:op|naar)\b|\bvia de trap\b|\bop de (?:eerste|1e|1ste|tweede|2de|bovenste) "
         r"verdieping zonder lift\b|\bstairs only\b|\buniquement par (?:l'|les )?escaliers?\b|"
         r"\b(?:enkel|alleen|uitsluitend|only) (?:een |de |a )?"
         r"(?:trap|trappen|stairs|staircase|escaliers?)\b|\b(?:steep|several|many) "
         r"(?:staircases|stairs|steps)\b|\bveel trappen\b|\b(?:veel|enkele|een paar|twee|drie|"
         r"\d) (?:drempels|treden|traptreden|opstapjes)\b|\bsmalle (?:trap|trappen|deuren|gangen)\b|"
         r"\b(?:enkel|alleen|uitsluitend|only) (?:bereikbaar |toegankelijk )?(?:met|via|langs|by) "
         r"(?:de |een |the )?(?:[a-z]+ ){0,2}(?:trap|trappen|stairs|staircase)\b|\bsteps? at the entrance\b|\b(?:marches|escaliers) a l'entree\b|"
         r"\bwenteltrap\w*\b|\bspiral stair\w*\b|"
         # "het laatste stuk naar het graf gaat over trappen" (a route's part; not "de lezing gaat over de
         # trappen", not "loopt niet over trappen")
         r"\b(?:pad|route|wandeling|stuk|weg|parcours|tocht|traject)(?: [\w']+){0,4} (?:gaat|loopt|leidt) "
         r"(?:(?!niet\b|nergens\b|nooit\b|geen\b)\w+ ){0,2}over (?:een |de )?(?:trap|trappen|treden)\b|"
         # "Buggy's en rolwagens kunnen niet mee"
         r"\brol(?:stoel|wagen)\w* (?:en [\w']+ )?(?:kunnen|kan|mogen|mag) (?:helaas |jammer genoeg )?niet "
         r"(?:mee|door|binnen|langs)\b|"
         # "ontoegankelijk voor rolstoelen", "via een steile trap"
         r"\b(?:ontoegankelijk|onbereikbaar|niet toegankelijk|niet bereikbaar) voor rol(?:stoel|wagen)\w*|"
         r"\b(?:te bereiken |bereikbaar )?via een (?:steile |smalle |hoge )?(?:trap|trappen)\b|"
         # "minder geschikt voor rolstoelgebruikers", "de kleedkamers zijn helaas niet aangepast",
         # "de maalzolder is alleen via steile ladders bereikbaar"
         r"\bminder (?:geschikt|toegankelijk|goed bereikbaar) voor rol(?:stoel|wagen)\w*|"
         r"\b(?:kleedkamers?|toiletten|toilet|sanitair|douches?) (?:zijn|is) (?:helaas |jammer genoeg )?"
         r"niet aangepast\b|"
         r"\b(?:enkel|alleen|uitsluitend|only) (?:via|langs|by) (?:de |een |the )?(?:steile |smalle )?"
         r"(?:ladders?|laddertjes?|trapladders?)\b|"
         # "Wandelwagens kunnen mee, rolstoelen niet (smalle bospaden)"
         r"(?<=, )rol(?:stoelen|wagens|stoel|wagen) (?:helaas |jammer genoeg )?niet\b(?! (?:nodig|verplicht))|"
         # "er is een trede aan de ingang": one step keeps a wheelchair out
         r"\b(?:een|1|enkele) (?:trede|treden|opstap|opstapje|trapje|trap|drempel|hoge drempel) "
         r"(?:aan|bij|voor) (?:de |het )?(?:ingang|inkom|voordeur|deur|toegang)\b|\b\d{2,4} (?:treden|traptreden|steps|stairs|"
         r"marches)\b|\benkel te voet\b|\bvia een trap\b|\blangs (?:de|een) (?:smalle |steile )?trap\b|\bby stairs\b|"
         # "maar het toilet zit in de kelder": part of the visit out of reach
         r"\b(?:toilet|toiletten|wc|sanitair)\w* (?:zit|zitten|is|zijn|bevindt zich|bevinden zich|"
         r"ligt|liggen) (?:\w+ )?(?:in de kelder|boven|op de (?:eerste |1e |bovenste )?verdieping)\b|"
         r"\btoilets? (?:are|is) (?:upstairs|downstairs|in the basement)\b",
         value=False, negated=True, strength=2),
    Rule("access.toilet", r"\baangepast(?:e)? (?:sanitair|toilet\w*|wc|kleedkamers?|douches?)\b|"
         # "De sporthal, kleedkamers en douches zijn volledig aangepast"
         r"\b(?:kleedkamers?|douches?|sanitair|toiletten|toilet|wc's?)(?: en [\w' ]{1,20})? (?:zijn|is) "
         r"(?:volledig |helemaal |ook )?aangepast\b|"
         r"\bbrede deuren\b|\bwide doors\b|\btoegankelijke? (?:toilet\w*|sanitair|wc)\b|"
         r"\b(?:invaliden|mindervaliden|rol(?:stoel|wagen))toilet\w*\b|\baccessible (?:toilet|restroom)s?\b",
         value=True, negated=None, strength=1),
)


_PARTIAL_TAIL = re.compile(
    r"[^.\n]{0,40}?(?:,|;|\bmaar\b|\bbut\b|\bmais\b|\bbehalve\b|\bexcept\b|\bsauf\b|"
    r"\bmet uitzondering\b|\bwith the exception\b)[^.\n]{0,100}?(?:\b(?:niet|not|pas|non)\b"
    r"(?! (?:alleen|only|enkel|seulement)\b)(?![^.\n]{0,30}\b(?:probleem|problem|nodig|needed)\b)|"
    r"\b(?:enkel|alleen|only|uniquement) (?:met|via|by|par) (?:de |the |l')?(?:trap|stairs|escalier)|"
    r"\b(?:zonder|geen|without|no|sans) (?:een |a )?(?:lift|elevator|ascenseur)\b)|"
    r"[^.\n]{0,40}?\b(?:behalve|met uitzondering van|except|with the exception of|sauf|a "
    r"l'exception de)\b")


# a wheelchair named anywhere: a paved path is then said for it ("breed genoeg voor een rolstoel")
_CHAIR_WORD = re.compile(r"rol(?:stoel|wagen)|wheelchair|fauteuil|chaise roulante|\bpmr\b|♿|"
                         r"\brs\b|rollator|mindervalid|minder mobiel")
_UPDATE = re.compile(r"\b(?:sinds|inmiddels|intussen|goed nieuws|vanaf nu|nu is er|since|now there)\b")
_PEOPLE = re.compile(r"(?:wie|mensen|iemand|personen|people|those|bewoners|passagiers)\b")
_PEOPLE_BEFORE = re.compile(r"\b(?:mensen|personen|people|bewoners|residents|passagiers|ouderen|senioren|"
                            r"patienten|kinderen|gasten) (?:die )?(?:in|met) (?:een|hun|a|their) $")
_QUESTION_WORD = re.compile(r"\s*(?:welke|wat|hoe|waar|which|what|how|where|quels?|quelles?|comment|ou)\b")


_SENTENCE_BREAK = re.compile(r"[.!?\n]")     # a ";" does not end an accessibility sentence
# "Welke premies zijn er voor een traplift of een rolstoelvriendelijke badkamer?": aids for one's
# own home are the topic, not the venue's access
# (a premium *for* a lift or a shower: not "Dankzij een subsidie is de zaal nu rolstoeltoegankelijk")
_HOME_AID = re.compile(r"\b(?:premies?|subsidies?|tegemoetkoming(?:en)?)\b[^.!?\n]{0,30}\bvoor (?:een |je |uw |jouw )?"
                       r"(?:[\w-]+ )?(?:traplift|tillift|lift|inloopdouche|douche|badkamer|woning|huis|aanpassing\w*)\b|"
                       r"\bwoningaanpassing\w*|\b(?:aanpassen|aanpassing) van (?:je|uw|jouw) (?:eigen )?(?:woning|huis|badkamer)\b|"
                       r"\b(?:je|uw|jouw) (?:eigen )?(?:woning|huis|badkamer) (?:aanpassen|aangepast)\b")


def _sentence(texts, hit) -> str:
    folded = texts[hit.field][1]
    lo, hi = sentence_span(folded, hit.start, hit.end, _SENTENCE_BREAK)
    return folded[lo:hi]


def _asked(texts, hit) -> bool:
    """"Welke parken zijn geschikt voor rolstoelgebruikers?": a question, not a statement."""
    folded = texts[hit.field][1]
    if not re.match(r"[^.!?\n]*\?", folded[hit.end:]):
        return False
    start = max((m.end() for m in re.finditer(r"[.!?:\n]", folded[:hit.start])), default=0)
    return bool(_QUESTION_WORD.match(folded[start:hit.start]))


def _rest_of_sentence(texts, hit) -> str:
    folded = texts[hit.field][1]
    end = re.search(r"[.!?\n]", folded[hit.end:])
    return folded[hit.end:hit.end + end.start() if end else len(folded)]


def resolve(hits, record: dict[str, Any], texts):
    ev: list[dict[str, Any]] = []
    # "normaal gezien rolstoeltoegankelijk, moet nog nagevraagd worden": hedged, not stated
    hits = [h for h in hits if h.value is not None and not HEDGE.search(_sentence(texts, h))]
    description = texts.get("description", ("", ""))[1]
    if is_vacancy_title(texts.get("title", ("", ""))[1]) or VACANCY_OPENING.match(description) or \
            is_vacancy_title(description.split("\n", 1)[0][:60]):
        # "je rijdt mensen die in een rolstoel zitten", "Vrijwilligers gezocht om bewoners in een
        # rolstoel mee te nemen op wandeling": in a vacancy, the people served
        people = [h for h in hits if _PEOPLE.match(h.match.lower()) or _PEOPLE_BEFORE.search(
            texts[h.field][1][max(0, h.start - 40):h.start])]
        for h in people:
            ev.append(evidence("wheelchair", "the people volunteers serve: ignored", h))
        hits = [h for h in hits if h not in people]
    asked = [h for h in hits if _asked(texts, h)]
    for h in asked:
        ev.append(evidence("wheelchair", "a question the activity answers, the topic: ignored", h))
    hits = [h for h in hits if h not in asked]
    home_aid = [h for h in hits if _HOME_AID.search(_sentence(texts, h))]
    for h in home_aid:
        ev.append(evidence("wheelchair", "an aid for one's own home, the topic: ignored", h))
    hits = [h for h in hits if h not in home_aid]
    if hits and all(h.rule.id == "access.surface" for h in hits) and not any(
            _CHAIR_WORD.search(folded) for _, folded in texts.values()):
        for h in hits:
            ev.append(evidence("wheelchair", "a paved path alone: not stated", h))
        hits = []
    if not hits:
        return {"wheelchair": None}, ev
    # "'Jammer dat er geen lift is.' Goed nieuws: sinds maart is er een lift": the update wins
    updated = [h for h in hits if h.value and _UPDATE.search(_sentence(texts, h))]
    if updated:
        stale = [h for h in hits if h.value is False and h.rule.id == updated[0].rule.id
                 and (h.field, h.start) < (updated[0].field, updated[0].start)]
        hits = [h for h in hits if h not in stale]
    top = max(h.rule.strength for h in hits)
    tier = [h for h in hits if h.rule.strength == top]
    value = all(h.value for h in tier)
    # "het gelijkvloers is toegankelijk met een rolstoel, de ateliers boven niet": part of the
    # activity is out of reach — partial access counts as not accessible
    partial = [h for h in hits if h.value and _PARTIAL_TAIL.match(_rest_of_sentence(texts, h))]
    obstacles = [h for h in hits if h.value is False and h.rule.id == "access.stairs"]
    overcome = [h for h in hits if h.value and h.rule.id in ("access.lift", "access.ramp")]
    # "een lift naar de cafetaria, maar de kleedkamers zijn enkel bereikbaar via een trap":
    # a part reachable only by stairs stays out of reach
    if any(re.search(r"\b(?:enkel|alleen|uitsluitend|only)\b", h.match.lower()) for h in obstacles):
        overcome = []
    if not value and obstacles and overcome and all(
            h.value or h.rule.id == "access.stairs" for h in tier):
        value = True             # "twee treden aan de ingang, maar er is een hellend vlak"
    if value and obstacles and not overcome:
        # "de ovenruimte is via een trap bereikbaar; het bezoekerscentrum is rolstoelvriendelijk"
        partial += obstacles
    if value and partial:
        value = False
        for h in partial:
            ev.append(evidence("wheelchair", False, field=h.field, match=h.match,
                               rule="access.partial-tail"))
    for h in hits:
        ev.append(evidence("wheelchair", h.value, h))
    return {"wheelchair": value}, ev
