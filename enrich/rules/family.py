"""Family: family_friendly, childcare, age_min, age_max.

Family-friendly needs a positive statement (children welcome, for families, toddlers, a
reading moment, an age range that includes children under 12…). "Enkel voor volwassenen",
"18+" or an age range starting at 16 or more overrides it. Childcare is its own tag: a
provided crèche does not make the activity itself one for children. Ages come from explicit
ranges ("van 6 tot 12 jaar", "vanaf 4 jaar", "6-12 j", "18+", "ages 3-6", "de 6 à 12 ans");
an age that only qualifies a price ("kinderen tot 12 jaar gratis") is not the audience.

Conventions: an age range for minors ("jongeren van 14 tot 18": under-18s are children)
or open to children of 12 or younger ("iedereen vanaf 10 jaar") is family-friendly; ages in months become years ("0-12 maanden" → 0/1); babies or
toddlers "tot 3 jaar" start at 0. Childcare includes before/after care ("voor- en
naopvang", "opvang vanaf 8u").
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from enrich.engine import Rule, evidence, set_aside
from enrich.rules.cues import VACANCY_OPENING, VACANCY_TITLE, is_vacancy_title
from enrich.text import fold, sentence_span

FACET = "family"

_KIDS = (r"(?:\(klein\)kinderen|kleinkinderen|kinderen|kind|kids|kindjes|kroost|kleintjes|zoon|dochter|baby'?s|babies|peuters|"
         r"kleuters|little ones|toddlers|enfants|les petits|siblings|broertjes|zusjes|"
         r"broers en zussen|(?:younger )?siblings|gezinnen|families|familles)")
_YEARS_UK_RU = r"років|роки|рік|лет|года|гадоў|гады"        # Ukrainian, Russian, Belarusian ("год." is hours)
_YEARS = rf"(?:jaar|jarigen|jarige|j\b|years?(?: old)?|yrs|ans|anos|anni|yas|tahun|taong gulang|(?:{_YEARS_UK_RU})\b)"

RULES = (
    # -- adults only (listed first: "niet voor kinderen" must not read as "voor kinderen") --
    Rule("family.adults-only", r"\bdjeca (?:nisu|ne mogu)\b|\bsamo za odrasle\b|\bvetem per te rritur\b|"
         r"(?:어린이|아동|아이) 입장 불가|\bnije (?:pogodn\w*|primjeren\w*) za djecu\b|\bfemijet nuk lejohen\b|"
         r"お子様連れ(?:での|の)?(?:参加|ご参加|来場)?はご遠慮|(?:어린이|아동|아이) 동반 불가|"
         r"\b(?:enkel|alleen|uitsluitend|exclusief|only|uniquement|"
         r"reserve|reservee) (?:voor |for |pour |aux |aan )?(?:volwassenen|volwassen|adults?|"
         r"adultes|grown-ups|18-plussers|meerderjarigen)\b|\b(?:adults|volwassenen) only\b|"
         r"\bniet (?:geschikt |toegankelijk |bedoeld )?voor (?:kinderen|kids|jonge kinderen)\b"
         # (not "niet geschikt voor kinderen in een rolstoel": a subset)
         r"(?! (?:jonger dan|onder (?:de )?|beneden|tot|van minder dan|-) ?\d)(?! (?:in|met) een)|"
         r"\b(?:is|zijn) (?:enkel |alleen |uitsluitend )?(?:bedoeld )?voor volwassenen\b(?! (?:en|&|of|"
         r"and|met) )|\b(?:kinderen|jongeren|kids) (?:onder|jonger dan|beneden) (?:de )?(?:1[4-9]|[2-9]\d)(?: jaar)? "
         r"(?:kunnen|mogen|worden) (?:we )?(?:helaas |jammer genoeg )?niet (?:toegelaten|toelaten|binnen|"
         r"mee|deelnemen)\b|"
         r"\bnot (?:suitable |meant |intended )?for (?:children|kids)\b|\bkinderen (?:zijn |worden )?"
         r"niet toegelaten\b|\bgeen kinderen\b(?!\s?\?)|(?<!avec ou )\bsans enfants\b|\bno (?:children|kids)\b",
         value=False, negated=False, kind="adults", strength=2),
    # "kinderen kunnen helaas niet mee", "Kinderen blijven best thuis", "laat je kinderen liefst thuis"
    # (not sick or young ones, not "niet mee zonder een volwassene", "thuis als ze ziek zijn"; set aside
    # where the text names a child's age, see resolve)
    Rule("family.children-home", r"(?<!zieke )(?<!jonge )(?<!kleine )\b(?:kinderen|kids) (?:kunnen|mogen) "
         r"(?:helaas |jammer genoeg |dus )?niet mee\b(?!\s*(?:zonder|als|tenzij|in|op|met|naar)\b)|"
         r"(?<!zieke )(?<!jonge )\b(?:kinderen|kids) blijven (?:best |liefst |beter |dus )?thuis\b"
         r"(?!\s*(?:bij|als|wanneer|tenzij|met|tot)\b)|"
         r"\blaat (?:je|jouw|uw|de) (?:kinderen|kids|kleintjes|kindjes) (?:(?!niet\b)\w+ )?thuis\b"
         r"(?!\s*(?:als|wanneer|bij|tot|met|tenzij)\b)",
         value=False, negated=False, kind="adults", strength=2),
    # -- childcare -------------------------------------------------------------------------------
    Rule("family.childcare", r"\b(?:gratis |professionele )?kinderopvang\b|\bkinderoppas\b|"
         r"\boppasdienst\b|\b(?:met|een|er is|is er|gratis) oppas\b|\boppas (?:is |wordt )?(?:voorzien|aanwezig|ter plaatse)\b|\bopvang (?:is |wordt )?(?:voorzien|ter plaatse|"
         r"aanwezig|mogelijk)\b|\bgarde d'enfants\b|\bservice de garde\b|\bnursery\b|"
         r"\bchild ?minding\b|\bkinderen (?:worden|zijn) (?:ondertussen |intussen )?opgevangen\b|"
         r"\bwe passen (?:op )?(?:je|jouw|uw|de) kinderen\b|"
         r"\b(?:speelhoek|kinderhoek|speelruimte|speelzone|speelkamer|speellokaal|knutselhoek|kidscorner|"
         # (not "er is een speelhoek maar geen begeleiding")
         r"kids' corner|coin (?:de )?jeux|espace (?:de )?jeux|coin enfants)(?:(?!\b(?:geen|zonder|niet|no|without|not|pas|sans)\b)[^.\n]){0,40}?"
         r"\b(?:begeleid\w*|toezicht|vrijwilligsters?|vrijwilligers?|oppas|supervised|volunteers?|supervisors?|"
         r"surveille\w*|benevoles?|animatrices?|animateurs?)\b|"
         # "Kinderen mogen mee: twee leiders spelen met hen in de speelzaal" (at youth work the
         # leaders play with the participants: only children brought along are minded)
         r"\b(?:kinderen|kids|kindjes|broers en zussen|broertjes en zusjes)(?: [\w()-]+){0,4}? (?:mogen|kunnen) (?:ook )?"
         r"mee\s?[:;,.]\s?(?:\w+ )?(?:leiders|leidsters|monitoren) (?:spelen|zorgen|knutselen) "
         r"(?:met|voor) (?:hen|ze)\b|"
         # "een vrijwilliger speelt met hen in de speelhoek", "opvang met begeleiding voorzien"
         # ("Een vrijwilliger speelt in de zaal ernaast met de kinderen, zodat ouders rustig meepraten")
         # ("Een begeleider van de jeugdwerking speelt met hen")
         r"\b(?:vrijwilligers?|vrijwilligsters?|begeleid(?:st)?ers?|animatoren|animator)(?: van (?:de|het|onze) "
         r"(?:jeugdwerking|jeugddienst|kinderwerking))? (?:speelt|spelen|"
         r"knutselt|knutselen|zorgt|zorgen) (?:(?:in|op) (?:de|het) [\w-]+ (?:ernaast |hiernaast |naast de \w+ )?)?"
         r"(?:met|voor) (?:hen|ze|de kinderen|de kleintjes)\b|"
         # ("Kinderen mogen mee: in de kleine zaal speelt een vrijwilliger met hen": the subject after;
         # "hen", the children brought along — not "spelen twee animatoren voor de kinderen", a show)
         r"\b(?:speelt|spelen|knutselt|knutselen) (?:een |twee |onze |de )?(?:vrijwilligers?|vrijwilligsters?|"
         r"begeleid(?:st)?ers?|animatoren|animator|animatrice) met (?:hen|ze)\b|"
         # ("Tijdens de les spelen twee vrijwilligers met de kinderen": while the adults take part)
         r"\b(?:tijdens (?:de|het) \w+|ondertussen|intussen),? (?:speelt|spelen|knutselt|knutselen) (?:een |twee |onze |de )?"
         r"(?:vrijwilligers?|vrijwilligsters?|begeleid(?:st)?ers?|animatoren|animator|animatrice) met (?:de kinderen|"
         r"de kleintjes)\b|"
         # ("Children under 3 can come along: our volunteers play with them in the next room")
         r"\b(?:volunteers?|childminders?) (?:plays?|looks? after|takes? care of) (?:with )?(?:the children|"
         r"the kids|your children|your kids)\b|\b(?:children|kids|little ones|babies|toddlers)\b[^.!?\n]{0,60}?"
         r"\b(?:volunteers?|childminders?) (?:plays?|looks? after|takes? care of) (?:with )?them\b|"
         r"\bopvang met (?:begeleiding|toezicht) (?:is |wordt )?(?:voorzien|aanwezig)\b|"
         # "er is een animator die met hen speelt", "Kinderen kunnen onder begeleiding spelen"
         # (not "vrijwilligers die voor hen zorgen" at an adults' outing: "hen" may be anyone)
         r"\b(?:animator|animatrice|begeleid(?:st)?er|vrijwillig(?:st)?er|monitor)\w* die (?:met (?:hen|ze|de "
         r"kinderen|de kleintjes) (?:speelt|spelen|knutselt)|voor de (?:kinderen|kleintjes) (?:zorgt|zorgen))\b|"
         r"\b(?:kinderen|kids|kleintjes) (?:kunnen|mogen) (?:intussen |ondertussen )?onder (?:begeleiding|toezicht) "
         r"spelen\b|"
         r"\bopvang voor (?:de |je |jouw |uw )?(?:kinderen|kids|kleintjes|kleinsten|kindjes|baby'?s|peuters)\b|"
         # "in de zaal ernaast zorgen twee vrijwilligsters voor de kinderen"
         r"\bzorg(?:en|t) (?:\w+ ){0,2}(?:vrijwilligsters?|vrijwilligers?|begeleid(?:st)?ers?|medewerk(?:st)?ers?|"
         r"oppas(?:sen)?) voor (?:de|je|jullie) (?:kinderen|kids|kleintjes|kindjes)\b|"
         r"\bbabysit(?:ter|ters|dienst|service|ting)?\b(?! ?(?:cursus|course|opleiding|training|lijst))"
         # ("naar de film zonder een babysit te zoeken": the one you need not find)
         r"(?! te (?:zoeken|regelen|vinden|betalen|voorzien))|\bcreche\b|\bchild ?care\b|\bgarderie\b|\bbaby-?sitting\b|"
         r"\bkinderen kunnen (?:terecht|opgevangen worden)\b|\bwe vangen (?:je|de) kinderen op\b|"
         # "Ja, een vrijwilliger vangt ze op in de speelhoek"
         r"\b(?:vrijwilligers?|vrijwilligsters?|begeleid(?:st)?ers?|medewerkers?|oppas|we|wij|kinderopvang) "
         r"(?:vangt|vangen) (?:ze|hen|je kinderen|jouw kinderen|de kinderen|de kleintjes|je kleintjes) op\b|"
         r"\b(?:kinderen|kindjes|kleintjes|kids|broers en zussen|broertjes|zusjes|peuters|kleuters)"
         r"(?: [\w()-]+){0,8}? (?:worden|zijn) (?:[\w-]+ ){0,6}?(?:opgevangen|bezig ?gehouden)\b|"
         r"\b(?:worden|zijn) (?:ze|zij) (?:[\w-]+ ){0,6}?(?:opgevangen|bezig ?gehouden) (?:door|bij)\b|"
         # "een vrijwilliger houdt hen bezig in de speelhoek"
         r"\b(?:vrijwilligers?|vrijwilligsters?|begeleid(?:st)?ers?|animatoren|animator|animatrice|oppas) "
         r"(?:houdt|houden) (?:hen|ze|de kinderen|de kleintjes|je kinderen|jullie kinderen) bezig\b|"
         # "Tijdens de mis worden kinderen tot 4 jaar opgevangen": minded while the adults take part
         r"\btijdens (?:de|het) (?:les|lessen|mis|viering|dienst|vergadering|lezing|cursus|workshop|training|repetitie|"
         r"bijeenkomst|praatgroep|infosessie|sessie|avond) worden (?:kinderen|kleintjes|kindjes|peuters)"
         r"(?: (?!niet\b|geen\b|helaas\b)[\w()-]+){0,6}? (?:opgevangen|bezig ?gehouden)\b|"
         # "Tijdens de les worden je kinderen (2 tot 6 jaar) opgevangen": the verb first
         r"\b(?:worden|zijn) (?:je|jouw|uw|de|hun|jullie) (?:kinderen|kids|kleintjes|kindjes|peuters|"
         r"kleuters)(?: [\w()-]+){0,6}? (?:opgevangen|bezig ?gehouden)\b|"
         # "Voor de kinderen is er opvang", "terwijl de kinderen spelen onder begeleiding"
         r"\bvoor de kinderen is er (?:een )?(?:opvang|oppas|animator (?:voorzien|aanwezig))\b|"
         r"\bterwijl (?:de|je|jouw|uw) (?:kinderen|kids|kleintjes) (?:spelen|knutselen)\b[^.\n]{0,40}?"
         r"\b(?:onder begeleiding|onder toezicht|in de opvang)\b|"
         # "Heb je kleine kinderen? Ze worden opgevangen in de kamer ernaast"
         r"\b(?:ze|zij) worden (?:[\w-]+ ){0,6}?(?:opgevangen|bezig ?gehouden)\b|"
         # "Kinderen kunnen spelen in de speeltuin ernaast onder toezicht van een begeleider"
         r"\b(?:(?:je|jouw|uw|de) )?(?:kinderen|kids|kleintjes) (?:kunnen|mogen) (?:intussen |ondertussen )?(?:in|op) "
         r"(?:de|het) [\w ]{0,25}? spelen (?:onder|met) (?:toezicht|begeleiding)\b|"
         # ("Je kinderen kunnen spelen in de speeltuin onder toezicht van een vrijwilliger": from the
         # possessive on, or "je kinderen kunnen spelen" is read first, as children taking part; at a
         # playground's own listing the play is the activity: set aside in _childcare_hits)
         r"\b(?:(?:je|jouw|uw|de) )?(?:kinderen|kids|kleintjes) (?:kunnen|mogen) (?:intussen |ondertussen )?spelen (?:in|op) "
         r"(?:de|het) [\w ]{0,30}?(?:onder (?:toezicht|begeleiding)|met begeleiding)\b|"
         # ("de kinderen spelen in de zaal ernaast onder begeleiding": the room may come first)
         r"\b(?:je|jouw|uw|de) (?:kinderen|kids|kleintjes) (?:spelen|knutselen|blijven|worden) "
         r"(?:ondertussen |intussen |dan |daar )?(?:(?:in|op) (?:de|het) [\w ]{0,30}? )?(?:onder (?:begeleiding|toezicht)|begeleid)\b|"
         # "in de zaal ernaast is opvang met begeleiding", "vrijwilligers zorgen voor opvang"
         r"\bopvang (?:met|onder) (?:begeleiding|toezicht)\b|"
         r"\bzorg(?:t|en) (?:\w+ ){0,2}voor (?:de |een )?(?:kinder)?opvang\b|"
         r"\b(?:begeleide|bewaakte) (?:speelhoek|kinderhoek|speelruimte)\b|"
         r"\b(?:kinderen|kids|kleintjes) (?:kunnen|mogen) (?:\w+ ){0,2}naar de (?:kinder)?opvang\b|"
         r"\b(?:kunnen|mogen) (?:je|de|jouw|uw) (?:kinderen|kids|kleintjes) (?:\w+ ){0,2}naar de "
         r"(?:kinder)?opvang\b|"
         r"\bkinderbegeleid(?:st)?ers?\b|\bterwijl (?:jij|je|u|de ouders|de mama'?s|ouders|"
         r"mama|papa)\b[^.\n]{0,80}?\b(?:kinderen|kids|kleintjes|kindjes|kroost)\b|"
         r"\b(?:speelhoek|kinderhoek|speelruimte|kinderanimatie) (?:met|onder) (?:begeleiding|toezicht)\b|"
         r"\bsupervised (?:play|kids'?|children'?s) ?(?:area|corner|room)\b|"
         r"\bespace enfants surveille\b|"
         # "un coin jeux est prévu avec une animatrice"
         r"\b(?:coin|espace) (?:jeux|enfants|des enfants|pour les enfants)\b[^.\n]{0,30}?\b(?:animat(?:rice|eur)s?|"
         r"surveill\w*|encadre\w*|benevoles?)\b|"
         # "espaço para as crianças com monitora", "rincón infantil con monitora"
         r"\b(?:espaco|espacio|cantinho|rincon) (?:infantil|para (?:as |los |las |os )?(?:criancas|ninos))"
         r"[^.\n]{0,30}?\b(?:monitor(?:a|as|es)?|animador(?:a|as|es)?|supervisionad\w*|supervisad\w*|cuidador(?:a|as|es)?)\b|\b(?:er is|is er) (?:ook )?(?:kinder)?opvang\b|"
         r"\bkinderen (?:kunnen|mogen) (?:intussen |ondertussen )?spelen in de (?:opvang|kinderhoek|"
         r"speelhoek|speelruimte)\b|"
         # Ukrainian and Russian: "дитячий куточок з аніматором", "присмотр за детьми"
         r"\b(?:дитячий куточок|дитяча кімната|детский уголок|детская комната) (?:з|із|с) "
         r"(?:аніматор\w*|аниматор\w*|вихователь\w*|воспитател\w*|нян\w*)\b|\bдогляд за дітьми\b|"
         r"\bприсмотр за детьми\b",
         value=True, negated=False, kind="childcare"),
    # care before and after the activity's hours: childcare for parents at an adult activity,
    # but at a children's camp it is the camp's own care (see resolve)
    Rule("family.childcare.hours", r"\bvoor-? (?:en|&) naopvang\b|\b(?:voor|na)opvang\b|"
         r"\b(?:voor|na)schoolse opvang\b|\b(?:opvang|garderie|accueil) (?:is )?(?:voorzien |mogelijk )?"
         r"(?:vanaf|van|tot|tussen|from|des|a partir de) \d{1,2} ?(?:u|h|uur|:\d\d)",
         value=True, negated=False, kind="care-hours"),
    # -- family-friendly ---------------------------------------------------------------------
    Rule("family.welcome", rf"\b{_KIDS} (?:(?:uit|van) (?:de|het|onze|ons) \w+ |(?:vanaf|van|tot|onder) \d{{1,2}} jaar )?(?:die [\w' ]{{0,40}}? )?(?:en [\w' ]{{0,30}}? )?(?:zijn |is |ook |"
         rf"altijd |van harte |meer dan |zeker |extra |uiteraard |natuurlijk |steeds |graag )*(?:welkom|"
         r"toegelaten|mogen mee|kunnen mee|mag mee|mogen (?:ook )?meedoen|doen mee)\b|"
         rf"\b(?:children|kids|families|toddlers|babies|little ones)(?: of all ages)? (?:are )?"
         r"(?:very |most |always |also )?welcome\b|"
         rf"\b{_KIDS} van alle leeftijden (?:zijn )?(?:ook )?(?:van harte )?welkom\b|"
         # "Broers, zussen, ouders en grootouders zijn welkom"
         r"\b(?:broers|zussen|broertjes|zusjes)(?:,? (?:en )?[\w']+){0,4} (?:zijn )?(?:ook )?(?:van harte )?welkom\b|"
         rf"\b(?:neem|breng|nemen|brengen) (?:(?:gerust|gewoon|ook|zeker|maar|eens) ){{0,3}}"
         rf"(?:je|jouw|uw|de|het) (?:eigen |hele |ganse |volledige )?"
         rf"(?:{_KIDS}|gezin|kroost|familie)(?: [\w]+){{0,3}} mee\b|\bbring (?:your|the|my|our) (?:whole )?(?:kids|children|"
         r"little ones|family)\b|\bvenez avec vos enfants\b|"
         # "Les enfants peuvent venir" (a minded child beside childcare is set aside in resolve)
         # ("Les enfants de 10 ans et plus peuvent défiler avec nous")
         r"\bles enfants (?:(?:de|a partir de|des) (?:[1-9]|1[0-2]) ans (?:et plus )?)?(?:peuvent|pourront) (?:venir|participer|"
         r"nous accompagner|accompagner|\w+ avec nous)\b|"
         # "Tout le monde est le bienvenu, avec ou sans enfants", as "met of zonder kinderen"
         # (a welcome: "Voor koppels met of zonder kinderen, op afspraak" names a target group)
         r"\b(?:bienvenue?s?|welkom|welcome|venez|ouvert a tous)\b(?:(?!\b(?:voor|pour|for)\b(?! (?:iedereen|tous|everyone)))"
         r"[^.!?\n]){0,40}?"
         r"\b(?:avec ou sans|met of zonder|with or without) "
         r"(?:(?:vos|tes|leurs|je|jullie|your|their) )?(?:enfants?|kinderen|kind|kids|children)\b|"
         # "Yoga waarbij je je baby (6 weken tot kruipen) meebrengt", "Yoga voor mama's (met baby)"
         r"\b(?:je|jouw|uw) (?:baby|kindje|kind|kinderen|kleintje|peuter)(?: \([^)]{0,30}\))? (?:mee ?brengt|mee ?neemt|"
         r"meebrengen|meenemen)\b|\((?:met|with) (?:je |jouw |your )?(?:baby|kindje|kind|peuter)\)|\bemmenez vos enfants\b|\benfants "
         r"(?:sont )?(?:les )?bienvenus\b|\bkindvriendelijk\w*\b|\bgezinsvriendelijk\w*\b|"
         r"\bfamily-friendly\b|\bkid-friendly\b|\bchild-friendly\b|\bvlieg-?(?:activiteit|label)\b|"
         r"\b(?:kinderen|kids|gezinnen)[\w, ]{0,40}:\s?iedereen (?:is )?(?:van harte )?welkom\b|"
         # "Grootouders, ouders, kinderen — iedereen is welkom"
         r"\b(?:grootouders|ouders|kinderen)(?:,? (?:en )?(?:grootouders|ouders|kinderen|kleinkinderen)){1,3}"
         r"\s?[:—–-]?\s?iedereen (?:is )?(?:van harte )?welkom\b|"
         r"\b(?:neem|breng) [\w ]{0,30}?(?:en|&) (?:je|jouw|uw|de) (?:kinderen|kids|kroost|kleinkinderen) mee\b|"
         r"\bkinderen\?\s*(?:neem|breng) (?:ze|hen) (?:gerust |maar |gewoon )?mee\b|"
         # "Ideaal met kinderen", "leuk voor het hele gezin"
         r"\b(?:ideaal|leuk|perfect|geschikt|ideal|great) (?:met|voor|for|with) (?:de |je |jouw |het "
         r"(?:hele |ganse )?|the (?:whole )?|your )?(?:kinderen|kids|gezin|gezinnen|families|family|"
         r"kleintjes|children)\b|"
         # "Je mag je kleine kinderen meebrengen", "je kan je kinderen gerust meenemen"
         rf"\b(?:je|u) (?:mag|mogen|kan|kunt) (?:(?:gerust|gewoon|ook|altijd|zeker) ){{0,2}}(?:je|jouw|uw) "
         rf"(?:(?:kleine|jonge|eigen) )?{_KIDS} (?:(?:gerust|gewoon|ook|altijd|zeker) ){{0,2}}"
         r"(?:meebrengen|meenemen|mee brengen|mee nemen|meebrengen)\b|"
         r"\b(?:ook )?gezinnen kunnen (?:samen|mee)\b|"
         r"\b(?:mag|kan) ik (?:mijn|m'n) (?:baby|kind|kinderen|kids|kindje) (?:mee ?brengen|meenemen|"
         r"meebrengen)\s?\?\s*(?:a\s?:\s*)?(?:natuurlijk|ja|zeker|uiteraard|tuurlijk|graag)\b|"
         r"\bcan i bring my (?:kids|children|baby)\s?\?\s*(?:a\s?:\s*)?(?:of course|yes|sure|absolutely)\b|"
         r"\bfamily (?:cooking|day|afternoon|morning|walk|event|activity|workshop|concert|show|fun|"
         r"sunday|saturday|tour|visit|picnic|party|festival|bbq|barbecue|brunch|breakfast|movie|film|"
         r"yoga|games?|quiz|hike|bike ride)\b|"
         # "Bring a dish, a blanket and your kids!"
         r"\bbring\b[^.!?\n]{0,60}?\b(?:and|&) (?:your|the) (?:kids|children|little ones|family)"
         r"(?=\s*(?:[.!,;]|$|along\b|with you\b|too\b|as well\b))",
         kind="family", strength=2),
    # "Samen wandelen met je baby in de buggy" (the verb before it is checked in resolve: it is
    # cheaper to start at "met" than at every "samen"/"gaan")
    Rule("family.with-baby", r"\bmet (?:je|jouw|uw|hun|de|een) (?:baby|baby'?s|kindje|kindjes|peuter|"
         r"kinderwagen|kinderwagens|buggy|buggy'?s|draagzak|draagdoek)(?: (?:in de|in je) (?:buggy|kinderwagen|draagzak))?\b",
         kind="family", strength=2),
    # "Je kinderen mogen mee", "Cursisten mogen hun kinderen meebrengen" (a statement: "Kan ik mijn
    # kinderen meebrengen? Ja, er is een speelhoek" is the childcare case; "je baby mag mee" to a
    # mothers' meeting splits the writers, v115, v173 and v298)
    Rule("family.children-may-come", r"\b(?:je|jouw|uw|hun|jullie) (?:kinderen|kind|kids|kleuters?)"
         r" (?:mag|mogen|kan|kunnen) (?:gerust |altijd |ook |zeker )*mee(?:komen)?\b(?![^.!?\n]*\?)|"
         # (the modal before or after its subject: "mogen ouders …", "ouders mogen …")
         r"\b(?:(?:mag|mogen|kan|kunnen) (?:je|jij|u|jullie|ze|zij|ouders|cursisten|deelnemers|mama'?s)|"
         r"(?:ouders|cursisten|deelnemers|mama'?s|papa'?s|je|u|jullie) (?:mag|mogen|kan|kunnen)) "
         r"(?:gerust |altijd |ook |zeker )*(?:je|jouw|uw|hun|jullie) (?:kinderen|kind|kids) mee(?:brengen|nemen)\b"
         r"(?![^.!?\n]*\?)",
         kind="family", strength=2),
    # "Strollers welcome!", "kinderwagens zijn welkom" (two development listings of two)
    Rule("family.strollers-welcome", r"\b(?:strollers|prams|kinderwagens|wandelwagens)(?: (?:and|en|&) [\w']+)? "
         r"(?:are |zijn )?(?:very |also |ook |zeker |van harte )?(?:welcome|welkom)\b",
         kind="family", strength=2),
    Rule("family.together", r"\b(?:gezinnen|families|familles) (?:met|with|avec) (?:hun |their |leurs |"
         r"jonge |kleine |young )?(?:kinderen|kids|children|enfants)\b|"
         rf"\b(?:samen )?met (?:je|jouw|uw|hun|de|het) (?:eigen |hele |ganse |volledige )?(?:{_KIDS}|"
         r"gezin|(?:klein)?kinderen|familie)\b|\b(?:ouders|mama'?s|papa'?s|moeders|vaders|"
         r"grootouders?|opa'?s|oma'?s|ouder|mama|papa) (?:en|met|&) (?:hun |de |je )?(?:(?:jonge|"
         r"kleine) )?(?:kinderen|kind|kids|kindjes|baby'?s|baby|babytje|peuters|kleuters|kleinkind(?:eren)?)\b|"
         # "Nieuwjaarsfeest voor leden en hun kinderen", "voor cursisten en hun kinderen" (not a topic:
         # "Lezing over nieuwkomers en hun kinderen", "Hoe begeleid je …", "de rechten van …";
         # but "Nodig je buren en hun kinderen uit")
         r"(?<!over )(?<!van )(?<!begeleid je )(?<!help je )(?<!ondersteun je )\b(?:leden|cursisten|deelnemers|nieuwkomers|buren|bewoners|vrijwilligers|studenten|werknemers|"
         r"medewerkers|collega'?s) en hun (?:(?:jonge|kleine) )?(?:kinderen|kids|kindjes|kroost)\b|"
         # "Breng je kindje gerust mee!"
         r"\bbreng (?:je|jouw|uw) (?:kind|kindje|kinderen|kids|baby|babytje|kleintjes|kroost) (?:gerust |gewoon |zeker |ook )*mee\b|"
         r"\bouder-kind\b|\bouder en kind\b|\b(?:mama|papa|ouder|mama's|papa's)-baby'?s?\b|"
         # "jongeren en hun ouders maken kennis met de school"
         r"\bjongeren (?:en|met|&) (?:hun|de|je) ouders\b|"
         # "kan het hele gezin kalfjes aaien"
         r"\b(?:kan|mag|kunnen) (?:het|je|jouw|uw) (?:hele|ganse|volledige) gezin\b|"
         r"\b(?:het|je|jouw|uw) (?:hele|ganse|volledige) gezin (?:kan|mag|kunnen|doet|speelt|geniet)\b|\b(?:ouders|mama'?s|papa'?s|moeders|vaders)(?: \([^)]{0,20}\))? met "
         r"(?:een |hun |je )?(?:baby|baby'?s|kind|kinderen|peuter|peuters|kleuter|kleuters|zoon|"
         r"dochter)\b|\bwith (?:your|their) (?:kids|children|family)\b|"
         r"\bparents? (?:and|with|&) (?:their )?(?:kids|children|toddlers|babies)\b|"
         r"\b(?:kinderen|kids|kleuters|peuters|children|enfants) (?:en|met|and|with|et|&) (?:hun |"
         r"their |leurs |de )?(?:ouders|parents|mama'?s|papa'?s|grootouders|familie|family|famille)\b|"
         r"\b(?:all ages|alle leeftijden|tous (?:les )?ages|(?:voor|van) alle leeftijden)\b|"
         r"\bkids love\b|\bfor your (?:kids|children)\b|"
         r"\b(?:parents|mamans|papas|meres|peres) et (?:leurs )?enfants\b|\bparents?-(?:enfants?|bebes?)\b|\ben famille\b|\bavec (?:vos|leurs) enfants\b|"
         r"\b(?:traga|traz|trae|traiga|venha com|ven con|venga con) (?:a |o |os |as )?(?:sua|seus|suas|tu|tus|su|sus) "
         r"(?:familia|filhos|hijos|criancas|ninos)\b|\b(?:y sus|e suas|e as suas|con sus|com as suas) familias\b|"
         # "voor alle leden, vrijwilligers en hun gezin": the members' families are invited (not
         # "voor mensen met jongdementie en hun gezin": a target group)
         r"\bvoor (?:alle |de |onze )?(?:[\w']+,? ){0,4}?(?:leden|vrijwilligers|medewerkers|buren|bewoners|klanten|nieuwkomers)"
         r"(?: van (?:het|de|ons|onze) [\w' ]{1,30}?)? en (?:hun|jullie) gezin(?:nen)?\b|"
         r"\b(?:het (?:hele |ganse |volledige )?gezin|gezinnen|families|de (?:hele )?familie|"
         r"toute la famille|the whole family|(?:la )?famille|familles) (?:is |zijn |est |are |sont )?(?:(?:ook|altijd|van harte|"
         r"zeker|very|most|tres) )*(?:welkom|welcome|bienvenue?s?)\b",
         kind="family", strength=2),
    # "voor (de|je|alle…) kinderen": the match starts at the audience word ("voor" and "de" are
    # too common to start a match try at every occurrence) with "voor …" looked behind
    Rule("family.for-kids", r"(?:(?<=\bvoor )|(?<=\bvoor de )|(?<=\bvoor je )|(?<=\bvoor uw )|"
         r"(?<=\bvoor jouw )|(?<=\bvoor alle )|(?<=\bvoor jonge )|(?<=\bvoor kleine )|"
         r"(?<=\bvoor de jonge )|(?<=\bvoor de kleine )|(?<=\bvoor al je )|(?<=\bvoor het ))"
         r"(?:kinderen|kids|kleuters|peuters|baby'?s|(?:hele |ganse |volledige )?gezin|gezinnen|"
         # ("races for the kids"; not "for the children's parents", "supplies for the kids": beneficiaries)
         r"families|jong en oud|groot en klein|ouders en kinderen)\b|(?<!supplies )(?<!money )(?<!gifts )(?<!presents )"
         r"(?<!clothes )(?<!toys )(?<!books )(?<!raised )(?<!collected )(?<!donations )(?<!funds )"
         r"\bfor (?:the whole |the )?(?:children|kids|families|"
         r"toddlers|the (?:whole )?family)\b(?!'s)|\bpour (?:les )?(?:enfants|familles|toute la famille)\b|"
         r"\bjong en oud\b|\bgroot en klein\b|\bjong(?: of|,| &) oud\b|\byoung (?:and|or|&) old\b|"
         # a mixed public: "(volwassenen en kinderen)", "kinderen en volwassenen"
         r"\b(?:volwassenen|adults|adultes) (?:en|and|et|&) (?:kinderen|kids|children|enfants)\b|"
         r"\b(?:kinderen|kids|children|enfants) (?:en|and|et|&) (?:volwassenen|adults|adultes)\b|"
         r"\bpetits et grands\b|\bpour les petits\b|\bfor the little ones\b|(?<=\bvoor de )kleintjes\b|"
         r"(?<=\bvoor de )kleinsten\b|"
         # Spanish and Portuguese: "juegos para los niños", "brincadeiras para as crianças"
         r"\bpara (?:los |las |os |as )?(?:ninos|ninas|criancas|familias)\b|"
         # Turkish, Indonesian, Tagalog: "çocuklar için oyunlar", "untuk anak-anak", "anak-anak juga
         # diterima", "keluarga dan anak-anak dipersilakan", "Isama ang buong pamilya", "para sa mga bata"
         # (a denial is the scanner's: "çocuklar için değildir", "bukan untuk anak-anak"; but Tagalog
         # "hindi" is also a language's name, so "hindi para sa mga bata" is checked here; not orphans
         # or young adults: "untuk anak yatim", "anak muda")
         r"\bcocuklar(?:imiz)? icin\b|\bcocuklu aileler\b|\btum aile(?: icin|yle)?\b|"
         r"\buntuk anak(?:-anak)?\b(?! yatim| muda)|"
         r"\banak-anak (?:juga )?(?:diterima|dipersilakan|boleh ikut)\b|\bkeluarga dan anak-anak\b|"
         r"\bisama ang (?:buong )?pamilya\b|(?<!\bhindi )\bpara sa (?:mga )?bata\b|\bbuong pamilya\b|"

         # Italian: "giochi per bambini", "per tutta la famiglia", "grandi e piccini", "famiglie benvenute"
         # (not "per piccoli gruppi": small groups)
         r"\bper (?:i |le |tutti i |tutte le )?(?:bambini|bambine|ragazzi|famiglie)\b|\bper i piu piccoli\b|"
         r"\bper tutta la famiglia\b|\bgrandi e (?:piccini|piccoli)\b|"
         r"\b(?:bambini|famiglie)(?: (?:e|con) (?:i |le )?(?:genitori|figli|bambini))? (?:sono )?(?:sempre )?"
         r"benvenut[ie]\b|"
         # "niños bienvenidos", "también las familias con niños", "famílias com crianças"
         r"\b(?:ninos|ninas|criancas|familias|hijos|filhos)(?: (?:y|e|con|com) (?:sus |seus |los |os )?"
         r"(?:ninos|criancas|hijos|filhos|padres|pais))? (?:son |sao |estan |tambien |tambem |muy |sempre |siempre )*"
         r"(?:bienvenid[oa]s|bem-vind[oa]s)\b|\b(?:familias|padres|pais|mamas|maes) (?:con|com) (?:sus |seus |os |los )?"
         r"(?:ninos|ninas|criancas|hijos|filhos|bebes|pequenos)\b|"
         # Persian and Arabic: "برای کودکان", "برای خانواده‌ها", "للأطفال", "مع أطفالكم"
         r"\bبرای (?:کودکان|بچه(?:\u200c| )?ها|خانواده(?:\u200c| )?ها|خانواده)|"
         # (not "ركن لعب للأطفال", "يمكن للأطفال اللعب": a play corner looks after the children, as
         # "een speelhoek" does)
         r"(?<!ركن )(?<!لعب )(?<!يمكن )\b(?:للأطفال|للاطفال)|\bللعائلات|"
         r"\bمع (?:أطفالكم|اطفالكم|الأطفال|الاطفال|عائلتك|عائلاتكم)|"
         # Ukrainian and Russian: "для дітей", "для всієї родини", "для детей", "взрослые и дети"
         r"\bдля (?:дітей|детей|дзяцей|дзетак|сімей|семей|родин|всієї (?:родини|сім'ї)|всей семьи)\b|"
         r"\b(?:дорослих|дорослі|взрослых|взрослые) (?:і|й|та|и) (?:дітей|діти|детей|дети)\b|"
         r"\b(?:діти|дети) (?:і|й|та|и) (?:батьки|дорослі|родители|взрослые)\b|"
         # "діти безкоштовно", "дети — бесплатно": a free rate for children
         # (not "Діти безкоштовно можуть відвідувати ігрову кімнату": childcare beside)
         r"\b(?:діти|дети)(?: до \d{1,2} (?:років|лет))?,? (?:[—–:-] ?)?(?:безкоштовно|бесплатно)(?!\s*(?:можуть|може|могут|может)\b)|"
         # Ukrainian and Russian: "приходьте з дітьми", "родини з дітьми", "приходите с детьми"
         # (not "досвід роботи з дітьми": experience with children, in a vacancy)
         r"\b(?:приходьте|приходите|приходь|приходи|родини|родин|сім'ї|сімей|батьки|мами|семьи|семей|"
         r"родители|мамы|разом|вместе)(?: [\w'-]+){0,2} (?:з|із|зі|с|со) (?:дітьми|дітками|детьми|детками)\b|"
         # Polish, Bulgarian and Romanian: "dla dzieci", "mamy z maluchami", "за деца", "pentru copii"
         r"\bdla (?:dzieci|rodzin|ca[lł]ych rodzin|maluchow|mam z (?:dziecmi|maluchami)|rodzicow z dziecmi)\b|"
         r"\b(?:mamy|mam|rodzicow|rodzice|rodzicami) z (?:dziecmi|maluchami)\b|"
         r"\bза (?:деца|децата|семейства|цялото семейство|малки и големи)\b|\b(?:деца|децата) и родители\b|"
         r"\bродители и деца\b|\bpentru (?:copii|familii|toata familia|intreaga familie|cei mici)\b|"
         r"\b(?:copii|copiii) si parinti\b|\bparinti si copii\b|"
         # "dzieci mile widziane", "z dziećmi", "festyn rodzinny", "copiii sunt bineveniți", "cu copiii"
         r"\bdzieci (?:sa )?(?:mile )?widziane\b|\b(?:przyjdz|przyjdzcie|zapraszamy) z dziec\w*\b|"
         r"\b(?:festyn|piknik|dzien|spacer) rodzinn\w*\b|\bdla najm[lł]odszych\b|"
         r"\bcopiii (?:sunt |sint )?(?:bine ?veniti)\b|\b(?:veniti|vino) cu copiii\b|\bfamilii cu copii\b|"
         r"\bbaby(?:massage|zwemmen|turnen|gym|yoga|cafe|ochtend|uurtje|sessie)\w*\b",
         kind="family", strength=1),
    Rule("family.words", r"\bсімейн(?:е|ий|а|і) (?:свято|день|пікнік|прогулянка|фестиваль)\b|"
         # Bosnian "igre za djecu", "za cijelu porodicu"; Albanian "nënat dhe fëmijët", "për familjet";
         # Japanese "親子", "お子様連れ"; Korean "어린이", "가족"; Thai "เด็ก", "ครอบครัว"
         # (not "razgovarati s djecom", "familjet e refugjatëve", "어린이집", "가족 상담": a topic or a target)
         r"\bza (?:djecu|cijelu porodicu|porodice)\b|\bdjeca\b|\b(?:nenat|prinderit) dhe femijet\b|"
         r"\bper (?:te )?gjithe familjen\b|\bfemij(?:et|e|ve)\b|"
         r"親子|お子(?:さん|様)連れ(?:の方も|でのご参加も)?(?:大歓迎|歓迎|OK|でも)|子連れ(?:OK|ok|歓迎|大歓迎)|"
         r"子ども(?:たち)?と一緒|어린이(?!집)(?! (?:동반|입장) 불가)|"
         r"가족 (?:모두|함께|나들이|단위)|가족과 함께|온 가족|ครอบครัว|พาลูกหลาน|สำหรับเด็ก|\bdodite s djecom\b|"
         # "дитяча програма з аніматорами", "детская программа": a children's programme
         r"\b(?:дитяч|детск)\w* програм\w*|"
         r"\bсемейн(?:ый|ая|ое) (?:праздник|день|пикник|прогулка|фестиваль)\b|\bgezinnen\b|\bfamilies\b|\bfamilles\b|\bgezinsactiviteit\w*\b|\bgezinsuitstap\w*\b|"
         r"\bfamiliedag\w*\b|\bfamilievoorstelling\w*\b|\bfamilienamiddag\w*\b|"
         r"\bgezinsnamiddag\w*\b|\bspeelmoment\w*\b|\bspeelnamiddag\w*\b|\bspeelochtend\w*\b|"
         # a toy library lends to children ("Spelotheek Heist: speelgoed lenen"; 129 development
         # listings family, 6 not: its volunteers, parents' meetings or childcare held there, hence
         # not "begeleiders van de speelotheek", "oudercafé in de speelotheek")
         # (nor a compound, "speelotheekvrijwilligers", nor the association's own affairs: "vzw
         # Speelotheek Het Rad", "over de nieuwe spelotheek")
         r"(?<!van de )(?<!in de )(?<!voor de )(?<!voor onze )(?<!over de )(?<!vzw )"
         r"\bspe(?:e)?l-?o-?theek\b(?! voor (?:volwassenen|senioren|ouderen))|"
         # "een ijsje voor elk kind", "een cadeautje voor ieder kind": children are there (63 of 63; not
         # a slogan, "een warme thuis voor elk kind", "zorg op maat voor ieder kind")
         r"\b(?:cadeau\w*|pakje\w*|zakje\w*|zak|ijsje\w*|verrassing\w*|snoep\w*|geschenk\w*|medaille\w*|diploma\w*|"
         r"prijsje\w*|traktatie\w*|attentie\w*|drankje\w*|chocolade\w*|speculaas|paas\w*|boekje\w*|ballon\w*|"
         r"confetti|knutsel\w*|pakket\w*|boek\w*|gratis)(?: (?!onderwijs|zorg|kansen|plek|plaats|thuis|toekomst)[\w-]+){0,2}? "
         r"voor (?:elk|ieder) kind\b(?!\s?\?)|"
         r"\bjongens en meisjes\b|\bmeisjes en jongens\b|\bspelertjes\b|\bkindjes\b|"
         r"\bgeboren (?:in|tussen|vanaf|na) 20[12]\d\b|"
         r"\bvoorleesmoment\w*\b|\bvoorleesuurtje\w*\b|\bvoorlezen voor\b|\bpeuters\b|"
         # "voor (alle) leerlingen van het middelbaar", "aan leerlingen van de lagere school": pupils
         # (not "ouders van jongeren in het secundair", nor volunteers who help them)
         # (not teachers "die lesgeven aan leerlingen van het secundair", nor "… die in 1985 afstudeerden")
         r"(?<!lesgeven )(?<!les geven )(?<!lesgeeft )\b(?:voor|aan) (?:alle |de )?(?:leerlingen|scholieren|jongeren) "
         r"(?:van|uit) (?:het|de) (?:middelbaar|secundair|lager onderwijs|lagere school|lagere scholen|basisschool)\b"
         r"(?! die in (?:19|20)\d\d \w*(?:afstudeer|afgestudeerd|zaten|school liepen))|"
         # "we lezen prentenboeken voor aan kinderen" (not the infinitive: "Wil je voorlezen aan
         # kinderen?" recruits or trains the reader)
         r"\bvoor aan (?:de |alle |onze )?(?:kinderen|kids|kleuters|peuters|kindjes)\b|"
         r"\bkleuters\b|\bbaby'?s\b|\bpeuter\w+\b|\bkleuter\w+\b|\bkinderactiviteit\w*\b|"
         r"\bkinderworkshop\w*\b|\bspeelpleinwerking\w*\b|\bkindernamiddag\w*\b|\bknutselnamiddag\w*\b|"
         r"\btoddlers?\b|\btout-petits\b|\bbebes\b|\bstorytime\b|"
         r"\bkinderanimatie\b|\bkindergrime\b|\bspeelstra\w+\b|\bkids ?run\b|\bkinderloop\w*\b|"
         r"\b(?:lagere|lagereschool|basisschool|basis)?schoolkinderen\b|\bschminken\b|\bschmink\b|\bkids ?zone\b|\bkinderzone\b|\bspringkaste\w+\b|"
         r"\bkinderhoek\w*\b|\bkids'? corner\b|\bchildren's corner\b|\bface ?painting\b|\bkleinkinderen\b|\btieners?\b|\btienerwerking\b|\bteenagers?\b|"
         r"\bteens\b|\bados\b|\badolescents?\b|\bkleuterklas\w*\b|"
         r"\blager onderwijs\b|\blagere school\b|"
         # compounds naming an activity for children or families (not services about them)
         r"\bfamilie(?!bedrijf|naam|leden|lid|hereniging|zaken|band|geschiedenis|verha|roman|drama|saga|"
         r"foto|archief|stamboom|diner|ruzie|geheim|kroniek|portret|tragedie|komedie|"
         r"relaties?|conflict|traditie)[a-z]{3,}\b|"
         r"\bgezins(?!bond|hereniging|inkomen|leden|lid|korting|hoofd|situatie|budget|zorg|"
         r"hulp|begeleiding|bijslag|ondersteun|coach|consulent|werker|werkster|pedagog|therap)[a-z]{3,}\b|\bkinder(?!opvang|bijslag|armoede|rechten|"
         r"kledij|kleding|fiets|wagen|begeleid|dagverblijf|geld|psychiater|arts|oppas|zorg|stemmen|"
         r"tandarts|rechter|boerderijen|koor|boek|kleren|speelgoed|rechten|tijd|jaren|arbeid|zitje|stoel|"
         r"ziekenhuis|rolstoel|verpleeg|afdeling|kanker|artikel|spullen)[a-z]{4,}\b|"
         r"(?<!ouders van het )(?<!ouders van de )\b(?:\d|eerste|tweede|derde|vierde|vijfde|zesde)"
         r"(?:e|de|ste)? leerjaar\b|\bprimary school\b|\becole primaire\b|"
         r"\banimation pour enfants\b|\bactivities for kids\b|\bu(?:[6-9]|1[0-8])\b|\b(?:kapoenen|welpen|kabouters|"
         r"jonggidsen|jongverkenners|jins|sloebers|speelclub|rakkers|tippers|toppers|ribbels|"
         r"leeuwkes)\b",
         kind="family", strength=1),
    # children as the ones taking part: "kinderen vanaf 6 kunnen gratis proeftrainen", "laat
    # de kinderen knutselen", "kindjes eten gratis mee", "ook kinderen (onder begeleiding)"
    # "de Kerstman deelt snoep uit aan de kinderen": children are expected
    Rule("family.treat-for-children", r"\b(?:deelt|delen|deelde) (?:[\w']+ ){0,4}?uit aan (?:de|alle|onze) "
         r"(?:kinderen|kids|kleintjes|kindjes)\b|\b(?:uitdeelt|uitdelen|trakteert|trakteren) aan (?:de|alle|"
         r"onze) (?:kinderen|kids|kleintjes|kindjes)\b|"
         # "Alle kinderen van de wijk krijgen een zakje snoep", "Kinderen krijgen een speurtocht mee"
         r"\b(?:alle |de )?(?:kinderen|kids|kindjes)(?: van de (?:wijk|buurt|straat))? krijgen (?:een |hun |elk een |"
         r"allemaal een )?(?:gratis |warme )?(?:zakje|snoep|cadeautje|geschenkje|pannenkoek|ijsje|verrassing|"
         r"speurtocht|zoektocht|opdrachtenblad|medaille|diploma|chocomelk|drankje|koek)\w*\b|"
         # "Hij heeft voor elk kind een zakje snoep mee"
         r"\bvoor (?:elk|ieder) kind (?:een |iets |wat )?(?:zakje|snoep|cadeautje|geschenkje|verrassing|ijsje)\w*\b",
         kind="family", strength=1),
    Rule("family.children-join", r"\b(?:kinderen|kids|children) (?:en|and|&) (?:volwassenen|ouders|"
         r"grootouders|adults|parents) (?:kunnen|mogen|can) \w+|"
         r"\b(?:kinderen|kids|kindjes|kleintjes)\b (?:[a-z]+en) (?:gratis |ook |"
         r"graag |gerust |altijd |zeker )*mee\b|"
         r"\b(?:(?:de|je|jouw|uw|onze|alle|ook|zelfs) )?(?:kinderen|kids|"
         r"kindjes|kleintjes|kleuters|broertjes|zusjes|broers en zussen|kleinkinderen)\b"
         r"(?: [\w()-]+){0,6}? (?:kunnen|mogen|mag|kan|doen|eten|zingen|spelen|knutselen|helpen|"
         r"dansen|lopen|fietsen|zwemmen) (?:(?!niet\b|geen\b|not\b|nooit\b)\w+ ){0,3}?(?:mee|meedoen|"
         r"meespelen|meezingen|meehelpen|"
         r"meelopen|deelnemen|proberen|proeftrainen|trainen|knutselen|spelen|ravotten)\b|"
         # (not "laat je kinderen liefst thuis")
         r"\blaat (?:de|je|jouw|uw) (?:kinderen|kids|kleintjes|kindjes) (?!(?:[a-z]+ )?thuis\b)[a-z]+|"
         r"(?<!\bvan )(?<!\bvan de )(?<!\bvan je )\b(?:de |je |onze )?(?:kinderen|kids|kleintjes|kindjes) (?:knutselen|spelen|schminken|"
         r"dansen|zingen|tekenen|kleuren|ravotten|springen|bakken|koken|ontdekken|luisteren|"
         r"zoeken|rijden)\b|"
         r"\book (?:voor )?(?:de |je )?(?:kinderen|kids|gezinnen|families|kleinkinderen)\b|"
         # "Kinderen gaan op ontdekking met een speurtocht", "Kinderen maken vooraf een lampion"
         r"\b(?:kinderen|kids|kleintjes|kindjes) (?:gaan op (?:ontdekking|speurtocht|zoektocht|avontuur|pad)|"
         r"maken (?:(?:vooraf|eerst|zelf|samen|er) )*(?:een|hun|zelf))\b|"
         r"\b(?:iedereen|everyone|tout le monde) (?:is |est )?(?:van harte )?(?:welkom|welcome|"
         r"bienvenu)[,;:\s–-]+(?:[\w']+[,;:\s–-]+){0,4}?(?:kinderen|kids|children|enfants|gezinnen|families|"
         r"broers en zussen|broertjes en zusjes)\b(?! in het geloof)|"
         r"\b(?:wie|iedereen die|those|anyone) (?:jonger (?:is )?dan|younger than|under) \d{1,2}\b|"
         r"\b(?:kinderen|kids|kindjes|kleintjes) (?:\((?:en|and|met) [^)]{0,25}\) )?(?:zich |er |hier |ook )?(?:kunnen|mogen|mag|kan|can) (?:(?!niet\b|geen\b|"
         r"not\b|never\b|nooit\b|terecht\b|opgevangen\b)[\w-]+ ){0,4}?(?!niet\b|geen\b|not\b)"
         r"[\w-]+\b(?<!opvang)|"
         r"(?<=\bvoor de )kinderen is er\b|\b(?:children|kids) can (?:join|take part|come along)\b|"
         # birth years of minors: "born between 2012 and 2018", "geboren in 2015 of 2016"
         r"\b(?:born|geboren|nes|nees|ne|nee|geboortejaar|geboortejaren|birth years?)(?: in| between| tussen| van| from|"
         r" en| entre| na| after)? 20(?:1\d|2\d)\b",
         kind="family", strength=1),
    # a title naming a play space or play gear ("Speeltuin kasteel Hingene", "Waterspeelplaats
    # open", "Spelen in het bos: de speelzones van Bonheiden", "Speelkoffers uitlenen"): children
    # are its public (not "Bouw mee aan de speeltuin", "Rookverbod op alle speelterreinen": the
    # title must open with it; a vacancy's title is set aside in resolve)
    # ("Opening nieuwe speeltuin", "Feestelijke opening van de vernieuwde speeltuin": 12 of 12)
    Rule("family.play-space", r"(?:^|(?<=:\s))(?:(?:feestelijke )?(?:opening|inhuldiging|inwijding) (?:van )?(?:de |het |onze? )?"
         r"(?:nieuwe |vernieuwde )?)?(?:(?:de|het|onze?|pop-up|open) )?(?:water)?speel(?:tuin|bos|zone|"
         r"terrein|bus|koffer|plein|plaats|weide|eiland|dorp)(?!werking)\w*\b",
         fields=("title",), kind="family", strength=1),
    # children free, or a price for children: children are expected
    Rule("family.child-free", r"\b(?:gratis|free|gratuit|kosteloos) (?:voor |for |pour )?(?:de |les |the )?"
         r"(?:(?:kinderen|kids|children|enfants) (?:onder|tot|beneden|under|jonger dan|moins de|-) ?"
         r"(?:de )?(?:1[0-9]|[1-9])\b|(?:onder|tot|beneden|under|jonger dan|moins de) (?:de )?(?:1[0-9]|[1-9]) ?"
         r"(?:jaar|j|ans|years?|jarigen)\b|- ?(?:1[0-9]|[1-9])\b)|(?<![\w-])(?:(?:(?<!\d )-|onder (?:de )?|under|moins de|jonger dan|younger than) ?(?:1[0-9]|[1-9])(?:s\b)? ?(?:jaar|j|ans|years?)?|(?:tot|t/m|t\.?e\.?m\.?) ?(?:1[0-9]|[1-9]) ?(?:jaar|j|ans|years?))\s?[:=]?\s?"
         r"(?:gratis|free|gratuit)s?\b|\b(?:kids|children|kinderen) (?:under|onder|jonger dan|tot(?: en met)?|t/m) \d{1,2}"
         r"(?: years| jaar)? (?:go |get in |enter |zijn |mogen |gaan |komen |reizen |eten )?(?:free|gratis)\b|"
         # "Деца до 12 години – безплатно", "dzieci do lat 6 gratis", "copiii sub 12 ani gratuit"
         # "menores de 12 años gratis", "crianças até 6 anos grátis"
         r"\b(?:menores|ninos|criancas) (?:de|hasta|ate|menores de|abaixo de) \d{1,2}(?: anos)?\s?[:=-]?\s?"
         r"(?:gratis|gratuito|gratuita|entrada libre)\b|"
         # "Crianças até 12 anos não pagam", "bambini sotto i 6 anni gratis"
         r"\b(?:menores|ninos|criancas|bambini) (?:de|hasta|ate|menores de|abaixo de|sotto i|fino a) \d{1,2}"
         r"(?: anos| anni)? (?:nao pagam|no pagan|non pagano|entram gratis|entran gratis|entrano gratis)\b|"
         r"\b(?:деца|децата|дети|діти|дзеці|dzieci|copii|copiii) (?:до|под|да|do|sub|pana la) (?:lat )?\d{1,2}"
         r"(?: години| лет| років| гадоў| lat| ani)?\s?[:=—–-]?\s?(?:безплатно|бесплатно|безкоштовно|бясплатна|bezplatnie|"
         r"za darmo|gratis|gratuit)\b",
         kind="family", strength=1),
    # "€8, -12 jaar €4", "-18: €50": a tariff for minors
    Rule("family.minor-price", r"(?<![\w-])-\s?(?:1[0-8]|[1-9])(?!\d) ?(?:jaar|j)?(?: (?:en|&|of) (?:\d{2}\+|studenten|senioren))?"
         r"\s?[:=]?\s?(?:€\s?\d|\d+(?:[.,]\d+)?\s?"
         r"(?:€|euro|eur\b))|"
         # "€60 for under-18s", "under-16s: €5"
         r"(?:€\s?\d{1,3}(?:[.,]\d{1,2})?|\d{1,3}(?:[.,]\d{1,2})?\s?(?:€|euros?)) (?:for )?(?:the )?under[- ]?"
         r"(?:1[0-8]|[1-9])s?\b|\bunder[- ]?(?:1[0-8]|[1-9])s?\s?[:=]\s?(?:€\s?\d|\d+(?:[.,]\d+)?\s?(?:€|euros?))",
         kind="family", strength=1),
    # "niños de 6 a 12 años 4 €", "8 € crianças de 4 a 12 anos"
    Rule("family.child-price-es-pt", r"\b(?:ninos|ninas|criancas|menores|bambini|ragazzi)(?: (?:de|entre) \d{1,2} (?:a|y|e) 1?\d(?: anos)?|"
         r" (?:sotto i|fino a|dai|da) \d{1,2}(?: (?:ai|agli) 1?\d)?(?: anni)?)?"
         r"\s?[:=]?\s?(?:€\s?\d|\d+(?:[.,]\d+)?\s?(?:€|euros?\b))|"
         r"(?:€\s?\d{1,3}(?:[.,]\d{1,2})?|\d{1,3}(?:[.,]\d{1,2})?\s?(?:€|euros?)) (?:para )?(?:los |las |os |as )?"
         r"(?:ninos|ninas|criancas|menores)\b", kind="family", strength=1),
    Rule("family.child-price-before", r"(?:€\s?\d{1,3}(?:[.,]\d{1,2})?|\d{1,3}(?:[.,]\d{1,2})?\s?"
         r"(?:€|euro|eur)) \(?(?:voor |per |pour les |par |for |pro |a )?(?:kinderen|kids|kind|children|child|kid|enfants?|jeugd|"
         r"kleuters)\b", kind="family", strength=1),
    # "Minimum age 10; children must be accompanied by an adult": children take part with one
    Rule("family.accompanied", r"\b(?:children|kids|kinderen|enfants)(?: (?:under|onder|jonger dan|below) \d{1,2}"
         r"(?: jaar| years)?)? (?:must|should|need to|have to|moeten|dienen) (?:be |te )?(?:always |altijd )?"
         r"(?:accompanied|begeleid|vergezeld)\b", kind="family", strength=1),
    # ("jongeren -26 jaar €15": a young adults' rate, not a child's)
    Rule("family.child-price", r"\bkind\.(?= ?(?:€ ?\d|\d+(?:[.,]\d+)? ?(?:€|eur)))|"
         # "Kids' plate: € 4", "kinderbord € 5", "children's ticket €3"
         r"\b(?:kids|children|child|kinder|enfants?)(?:'s?|s')? ?(?:plate|ticket|menu|meal|price|portion|bord|"
         r"tarief|prijs)s?\s?[:=]?\s?(?:€|\d)|"
         # "tot en met 18 jaar: gratis": a tariff for children
         r"\b(?:tot en met|t/m) (?:1[0-8]|\d) jaar ?[:=] ?(?:€|\d|gratis|free|gratuit)|"
         # (not "jongeren 14-24": an age range reaching adults, no price)
         r"\b(?:kinderen|kids|children|enfants|criancas|ninos|діти|дети|деца|dzieci|copii|jeugd|jongeren|junioren|juniors?|kind|"
         r"kleuters|jeugdleden|jeugdspelers)\b(?! ?\(?(?:1\d ?)?(?:-|tot |onder |jonger dan |under )(?:19|[23]\d))(?= ?(?:\(\d{1,2}\s?-\s?\d{1,2}(?: ?j(?:aar|\.)?)?\)\s?|"
         r"\(?-\s?\d{1,2}\)?\s?|\((?:tot|t/m) 1?\d ?(?:j\.?|jaar)?\)\s?|van \d{1,2} tot 1?\d(?: jaar)? )?(?:[:=]\s?(?:€|\d|gratis|"
         r"free|gratuit|nihil|betalen|halve prijs)|(?:tot|t\.?e\.?m\.?|t/m) (?:1[0-8]|\d)\b|onder (?:de )?(?:1[0-8]|\d)\b|"
         r"(?:under|below|up to|moins de|jusqu'a|до) (?:1[0-8]|\d)\b|"
         r"-\s?(?:1[0-8]|\d)\b|\d|betalen|gratis|"
         r"free|gratuit|€))",
         kind="family", strength=1),
)

_AUDIENCE = (r"(?:jongeren|kinderen|kids|tieners|leeftijd|leeftijden|ages?|volwassenen|"
             r"deelnemers|jeugd|youth|children|teens|teenagers|enfants|jeunes|meisjes|meiden|jongens|"
             r"kleuters|leerlingen|scholieren|participants|young people|youngsters|girls|boys|"
             r"filles|garcons|students|pupils|eleves|criancas|ninos|ninas|bambini|ragazzi|jovens|"
             r"(?:voor|for|pour) (?:wie|those|ceux))")
_NOT_AGE_AFTER = (r"(?!\s*(?:u\b|uur|h\b|:\d|[.,]\d|\d|%|km|min|euro|eur\b|€|januari|februari|"
                  r"maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
                  r"jan|feb|mrt|apr|jun|jul|aug|sep|okt|nov|dec)\b)"
                  # "vanaf 3 taaliconen": a Dutch level (on the same line)
                  r"(?![ \t]*(?:taaliconen|taalicoon|iconen|icoon|sterren|niveau)\b)")
_AGE_PATTERNS = (
    # "van 6 tot 12 jaar", "6-12 j", "3- tot 14-jarigen", "(2,5-6 j)", "de 6 à 12 ans"
    # "(0-12 maanden)": months, read as years by the resolver
    ("family.age.months", re.compile(
        r"(?<![\d,.€-])(\d{1,2})\s*(?:-|tot(?: en met)?|t/m|t\.e\.m\.?|to|a)\s*(\d{1,2})\s*"
        r"(?:maanden|months|mois)\b")),
    ("family.age.range", re.compile(
        r"\b(?:ben je|als je|for those) (?:tussen|between) (\d{1,2}) (?:en|and) (\d{1,2})\b|"
        # Polish and Romanian: "od 6 do 12 lat", "w wieku 6-12 lat", "între 6 și 12 ani" (not "od 10 do 20 lat temu":
        # years ago)
        r"\b(?:od |w wieku )?(\d{1,2}) ?(?:do|-) ?(\d{1,2}) lat\b(?! temu)|\b(?:intre )?(\d{1,2}) ?(?:si|-) ?(\d{1,2}) ani\b(?! in urma)|"
        rf"(?:\b(?:van|tussen|from|de|between|aged?|leeftijd:?|ages?:?|dos|dai|dagli)\s+)?(?<![\d,.€-])"
        rf"(\d{{1,2}})(?:[,.]\d)?-?\s*(?:jaar\s+)?(?:-|tot(?: en met)?|t/m|t\.e\.m\.?|to|a|and|en|aos|ai|agli|sampai|hingga|hanggang|да)\s*"
        rf"(\d{{1,2}})(?:[,.]\d)?\s*-?{_YEARS}")),
    # an audience noun before a bare range: "jongeren (15-25)", "kinderen van 6 tot 12"
    ("family.age.audience-range", re.compile(
        rf"\b{_AUDIENCE}:?\s*(?:(?:van|tussen|from|aged|de|entre|between)\s+)?\(?(\d{{1,2}})"
        rf"(?:[,.]\d)?\s*(?:-|tot(?: en met)?|t/m|to|a|and|en|et)\s*(\d{{1,2}})(?:[,.]\d)?\)?"
        rf"{_NOT_AGE_AFTER}")),
    ("family.age.from", re.compile(
        rf"\b(?:vanaf|from|a partir de|des|min(?:imum)?\.?|minimum leeftijd:?|minimumleeftijd:?|"
        rf"ouder dan|older than|plus de|over|від|от)\s+(\d{{1,2}})\s*-?{_YEARS}|"
        # Polish and Romanian, after whom ("dzieci od 6 lat", "copii de la 6 ani"; not "działamy od 15 lat": a
        # duration)
        r"\b(?:dzieci|dla dzieci|mlodziez\w*|osoby|dla osob|copii|copiii|pentru copii|tineri|persoane) (?:od|de la|peste) "
        r"(\d{1,2}) (?:lat|ani)\b|"
        rf"\b(?:aged?|ages) (\d{{1,2}}) (?:and|&) (?:up|over|older)\b|"
        # "Spelers van 12 jaar en ouder", "16 years and older", "Ben je 9 of ouder?"
        rf"(?<![\d,.€-])(\d{{1,2}}) ?(?:jaar|years?) (?:en|of|and|or) (?:ouder|older)\b|"
        rf"\bben je (\d{{1,2}}) (?:of|en) ouder\b")),
    ("family.age.audience-from", re.compile(
        rf"\b{_AUDIENCE}\s+(?:vanaf|from|a partir de|des|ouder dan|older than|over)\s+"
        rf"(\d{{1,2}}){_NOT_AGE_AFTER}")),
    ("family.age.plus", re.compile(r"(?<![\w€.,+-])(\d{1,2}) ?\+(?![\d])(?! ?(?:ma|di|wo|do|vr|za|zo|maandag|dinsdag|woensdag|donderdag|vrijdag|"
                                   r"zaterdag|zondag|mon|tue|wed|thu|fri|sat|sun)\b)|(?<![\w€.,])\+ ?(\d{1,2})\b(?! ?(?:€|euro|sec|min|s\b|u\b|uur|h\b|km|kg|m\b|%|pt|punten))(?![ ./]?\d)|"
                                   r"(?<![\w€.,+-])(\d{1,2}) ?-?plussers?\b")),
    # "niet geschikt voor kinderen onder 12" (no "jaar"): read with the bound after it
    ("family.age.audience-upto", re.compile(
        r"\b(?:kinderen|kids|children|enfants) (?:onder|jonger dan|under|below|younger than|"
        r"moins de) (?:de )?(\d{1,2})\b(?!\s*(?:u\b|uur|h\b|:\d|%|km|euro|eur\b|€))")),
    ("family.age.upto", re.compile(
        rf"\b(?:tot|max(?:imum)?\.?|up to|jusqu'a|under|onder|jonger dan|younger than|"
        rf"moins de|до)\s+(\d{{1,2}})\s*-?{_YEARS}")),
)
# (not "kostuum": "Jongeren van 12 tot 18 jaar naaien een kostuum")
_PRICE_CONTEXT = re.compile(r"gratis|€|\beuro|\beur\b|\bz[lł]\b|\blei\b|\bpln\b|betal|tarief|korting|free|gratuit|prijs|"
                            r"price|prix|kost(?!uum|elijk)|безкоштовн|бесплатн|євро|евро|вартість|стоимость|\bціна|\bцена")
# "gratis initiatie voor iedereen vanaf 12 jaar": an audience, not a tariff bracket
_AUDIENCE_BEFORE = re.compile(r"\b(?:(?:voor|for|pour) )?(?:iedereen|everyone|everybody|tout le monde|alle "
                              r"deelnemers)(?: \w+)?\s$")
# "Gratis bokstrainingen voor jongeren van 12 tot 18 jaar": a free activity *for* an age group —
# the audience, not a tariff bracket ("gratis voor kinderen tot 12 jaar" stays a bracket)
_FREE_ACTIVITY_FOR = re.compile(r"\b(?:gratis|free|gratuite?s?|kosteloze?) (?!voor\b|for\b|pour\b|"
                                r"toegang|inkom|entree|entry|admission)[a-z-]{4,} (?:[a-z-]+ )?"
                                r"(?:voor|for|pour) (?:de |alle |les |all )?(?:(?:jongeren|kinderen|kids|"
                                r"tieners|jeunes|enfants|children|teens|youngsters|meisjes|jongens|"
                                r"girls|boys|leerlingen) )?(?:van |tussen |from |de |aged |vanaf |between )?$")
# (whole words: "meefietsen" is riding along, "kinderfietsen" are things)
# ("Tweedehandsbeurs baby- en kinderartikelen": articles for children, sold)
_THING_AGES = re.compile(r"\b(?:\w*kleding|\w*kledij|\w*kleren|\w*kleertjes|\w*spullen|\w*speelgoed|\w*boeken|\w*fietsjes|\w*artikelen|"
                         r"(?:kinder)?fietsen|maten|maat)\b|"
                         r"clothes|toys|vetements|jouets")
# (toys are not among them: writers count a toy library as family-friendly, five against one)
# "(we lezen prentenboeken voor) aan kinderen van 3 tot 6 jaar": the children are addressed,
# so the age is theirs even in a clause that names books
_CHILDREN_ADDRESSED = re.compile(r"\b(?:aan|met|samen met) (?:de |alle |onze )?(?:kinderen|kids|kleuters|"
                                 r"peuters|kindjes)\s(?:(?:van|tussen|vanaf)\s)?$")
_AUDIENCE_RIGHT_BEFORE = re.compile(r"\b(?:kinderen|kids|kleuters|peuters|jongeren|tieners|meisjes|jongens)\s"
                                    r"(?:van|tussen|vanaf)\s$")
_BRACKET_PRICE = re.compile(r"€|\beuro\b|\beur\b|\d+[.,]\d{2}|halve prijs|korting|toegang|inkom|tickets?\b")
_CAN_AFTER = re.compile(r"\s*(?:oud\s+)?(?:kunnen|mogen|kan|mag)\b")


def _audience_right_before(folded: str, clause_start: int, age) -> bool:
    """"kinderen van 4 tot 8 jaar": an audience noun right before the age (whose match may
    itself start with "van")."""
    lead = re.match(r"(?:van|tussen|vanaf)\s", age.group())
    before = folded[max(clause_start, age.start() - 25):age.start()] + (lead.group() if lead else "")
    return bool(_AUDIENCE_RIGHT_BEFORE.search(before))


_ADULT_TITLE = re.compile(r"\b(?:voor|for|pour) (?:volwassenen|adults|adultes)\s*$")
# children who perform or exhibit: the listing's public is whoever comes to see
_YOUNG_PERFORMERS = r"kinderen|leerlingen|kleuters|kinderdansgroep|kinderkoor|jeugdkoor|kindertoneelgroep|jeugdorkest"
_ON_STAGE = r"zingen|zingt|treden op|treedt op|spelen voor|tonen|toont"
_CHILDREN_PERFORM = re.compile(rf"\b(?:{_YOUNG_PERFORMERS}|jongeren)(?: (?!ouders\b|hun\b)[\w'-]+){{0,10}}? (?:{_ON_STAGE}|"
                               r"brengen|brengt|stellen [\w ]{0,20}tentoon|"
                               r"spelen [\w' ]{1,25} voor (?:hun|de|onze) (?:ouders|grootouders|opa|oma|familie|publiek))\b"
                               r"(?! (?:je|jou|u|jullie) )")
_THINGS_BEFORE = re.compile(r"\b(?:\w*kleding|\w*kledij|kleren|kleertjes|cadeautjes|pakketten|koopjes|"
                            r"vetements|habits|cadeaux|clothes|clothing|gifts|meubel\w*|kinderwagens|spullen|"
                            # "gezonde maaltijden voor het hele gezin", "tips om goedkoop te koken voor
                            # het gezin": the family is fed, not the audience
                            r"maaltijd\w*|gerecht\w*|recepten|menu'?s|te koken|gezond eten|gezonde voeding|soep|"
                            r"boterhammen|brooddozen|"
                            # "de schooltoeslag voor je kinderen aanvragen": a benefit paid for them
                            r"\w*toeslag|\w*toelage|\w*bijslag|groeipakket|studiebeurs)\s"
                            r"(?:(?:voor|pour|for)\s(?:je\s|jouw\s|uw\s|de\s|het\s|vos\s|your\s)?(?:[\w']+\sen\s)?)?$")
# (on stage only: not "ouders brengen hun kinderen van 0 tot 3 jaar naar de opvang")
_CHILDREN_ON_STAGE = re.compile(rf"\b(?:{_YOUNG_PERFORMERS})(?: [\w()'-]+){{0,6}}? (?:{_ON_STAGE}|dansen voor)\b")
_CLAUSE = re.compile(r"[.;:!?\n]|,\s")
_TARIFF_AFTER = re.compile(r"(?: jaar| j| ans| years)?\s?[:=]\s?(?:€\s?\d|\d+(?:[.,]\d+)?\s?(?:€|euro|eur\b)|"
                           r"(?:gratis|free)\b)")
_YOUNGER_TOO = re.compile(r"\bjongere (?:kinderen|kids|broertjes|zusjes)\b[^.\n]{0,60}\b(?:ook |eveneens )"
                          r"(?:van harte )?welkom\b|"
                          # "kleinere kinderen (kunnen) in een fietsstoeltje", "kleintjes in een kinderzitje"
                          r"\b(?:(?:kleinere|jongere) (?:kinderen|kids)|kleintjes|kleinsten)\b(?:(?!niet\b|geen\b)[^.\n]){0,15}"
                          r"\b(?:in|op|achterop) (?:een|het|de) (?:fietsstoeltje|kinderzitje|zitje|aanhangwagen|fietskar|kar|"
                          r"bakfiets)\b|"
                          # "Kinderen vanaf 6 jaar fietsen zelf": which children ride, not an age limit
                          r"\b(?:kinderen|kids) vanaf \d{1,2} jaar (?:fietsen|stappen|wandelen) (?:zelf|zelfstandig)\b|\byounger (?:children|kids)\b[^.\n]{0,40}\bwelcome\b")
# a title making a play space the topic of a meeting or works ("Wijkvergadering: speelplein Ter Heide")
_PLAY_SPACE_TOPIC = re.compile(r"vergader\w*|inspraak|bevraging|\binfo\w*|werkdag|heraanleg\w*|\w*project\w*|"
                               r"\w*overleg\w*|vergroening|inrichting|\w*verbod\w*|reglement|aanvra\w*|"
                               r"plannen|ontwerp\w*|renovatie|\bwerken\b")
# cheap tests that a text can hold an age at all: a number with a unit of age (or "+"), which
# every pattern but the audience ones needs; or an audience word, which those need
_AGE_UNIT = re.compile(r"\d ?-?(?:jaar|j\b|years?|yrs|ans\b|anos\b|anni\b|yas\b|tahun\b|taong\b|lat\b|ani\b|of ouder\b|jarig|plusser|maanden|months|mois|\+|"
                       rf"{_YEARS_UK_RU})|"
                       r"\b(?:ben je|als je) tussen \d|\b(?:aged?|ages) \d|"
                       r"\+ ?\d")
# the audience patterns need a number right after the audience word ("kinderen (6-12)",
# "jongeren vanaf 14"): test that before running every age pattern
_AUDIENCE_AGE = re.compile(_AUDIENCE + r":?\s*(?:(?:van|tussen|from|aged|de|entre|between|vanaf|"
                           r"a partir de|des|ouder dan|older than|over|onder|jonger dan|under|below|"
                           r"younger than|moins de|dai|dagli|dos|da)\s+(?:de\s+)?)?\(?\d")


_DIGIT = re.compile(r"\d")


def _may_have_age(folded: str) -> bool:
    if not _DIGIT.search(folded):          # every age names a number
        return False
    return bool(_AGE_UNIT.search(folded) or _AUDIENCE_AGE.search(folded))
_EXCLUDED_BELOW = re.compile(r"\b(?:niet|not|pas|geen|no|verboden)\b[\w' ]{0,30}$")
_EXCLUDED_AFTER = re.compile(r"\s?[:,]?\s?(?:zijn |is )?(?:niet (?:toegelaten|toegestaan|"
                             r"welkom|aangeraden)|not (?:allowed|admitted|suitable)|"
                             r"non admis|pas admis)")
_RANGE_RULES = ("family.age.range", "family.age.audience-range", "family.age.months")
# whose ages are counted in months
_BABY_CONTEXT = re.compile(r"bab|bebe|dreumes|kleinste|jongst|kleintje|zuigeling|ukk|spruit|schoot|peuter|kind|infant|"
                           r"little ones|toddler|nourrisson")
# what lasts some months: "een traject van 6 tot 12 maanden", "een stage van 3 tot 6 maanden"
_DURATION_BEFORE = re.compile(r"\b(?:traject|opleiding|reeks|stage|contract|periode|project|werkervaring|termijn|duur|"
                              r"gedurende|cursus|programma)\w*\b[^.;!?\n]{0,30}$")


def ages(texts: dict[str, tuple[str, str]]):
    out = []
    for fld, (original, folded) in texts.items():
        if fld == "price_text" or not _may_have_age(folded):
            continue
        taken: list[tuple[int, int]] = []
        breaks = None                      # clause boundaries, computed once per field
        for rule_id, pattern in _AGE_PATTERNS:
            for m in pattern.finditer(folded):
                # an age inside a range already read is not a second statement
                if any(s <= m.start() < e for s, e in taken):
                    continue
                # the clause: an age that only qualifies a price is not the audience
                if breaks is None:
                    breaks = [(c.start(), c.end()) for c in _CLAUSE.finditer(folded)]
                i = bisect_right(breaks, (m.start(), -1))
                cs = breaks[i - 1][1] if i else 0
                j = bisect_right(breaks, (m.end(), -1))
                ce = breaks[j][0] if j < len(breaks) else len(folded)
                clause = folded[cs:ce]
                # "(een helm is gratis te leen)": brackets beside the age qualify something else
                clause = re.sub(r"\([^()]*\)", lambda b: b.group() if b.start() <= m.start() - cs < b.end()
                                else " ", clause)
                # "65+: € 15" in a price list: a seniors' tariff line, not the audience (the colon
                # ends the clause, so the price after it is checked here; "Vanaf 3 jaar: € 6" and a
                # child's bracket such as "Kinderen jonger dan 12: € 8" still name who comes)
                if rule_id in ("family.age.plus", "family.age.from") and _TARIFF_AFTER.match(folded, m.end()) \
                        and next(int(g) for g in m.groups() if g) >= 55:
                    continue
                if (_PRICE_CONTEXT.search(clause) and not (
                        rule_id in ("family.age.from", *_RANGE_RULES) and _AUDIENCE_BEFORE.search(
                            folded, max(cs, m.start() - 25), m.start()))
                        # ("Meisjes van 10 tot 14 jaar kunnen gratis kennismaken": the subject)
                        and not (_audience_right_before(folded, cs, m) and _CAN_AFTER.match(folded, m.end())
                                 and not _BRACKET_PRICE.search(folded, *sentence_span(folded, m.start(), m.end())))
                        and not (_FREE_ACTIVITY_FOR.search(folded, cs, m.start())
                                 and not _PRICE_CONTEXT.search(folded, m.end(), ce))) or (
                        # ("Ben je tussen 15 en 18 jaar en verslind je young adult-boeken?": the
                        # reader's own age)
                        _THING_AGES.search(clause) and not m.group().startswith(("ben je", "als je"))) and not _CHILDREN_ADDRESSED.search(
                            folded, max(cs, m.start() - 30), m.start()) and not (
                            # "leren kinderen van 4 tot 8 jaar fietsen": the audience, the verb after
                            _audience_right_before(folded, cs, m)
                            and not _THING_AGES.search(folded, cs, m.start())):
                    continue
                nums = [int(g) for g in m.groups() if g]
                if rule_id in _RANGE_RULES:
                    lo, hi = nums
                    if lo > hi or hi > 99:
                        continue
                    if rule_id == "family.age.months":
                        # ("Traject werkervaring van 6 tot 12 maanden": a duration, no baby named)
                        if _DURATION_BEFORE.search(folded, max(0, m.start() - 40), m.start()) and \
                                not _BABY_CONTEXT.search(folded, max(0, m.start() - 80), m.end() + 40) and \
                                not _BABY_CONTEXT.search(texts.get("title", ("", ""))[1]):
                            continue
                        lo, hi = lo // 12, -(-hi // 12)
                elif rule_id in ("family.age.from", "family.age.plus", "family.age.audience-from"):
                    lo, hi = nums[0], None
                    if rule_id == "family.age.plus" and not (3 <= lo <= 99):
                        continue
                elif _EXCLUDED_BELOW.search(folded, max(cs, m.start() - 45), m.start()) or \
                        _EXCLUDED_AFTER.match(folded, m.end()):
                    # "niet geschikt voor kinderen onder 14 jaar": a minimum age
                    lo, hi = nums[0], None
                else:
                    lo, hi = None, nums[0]
                taken.append(m.span())
                out.append((lo, hi, fld, original[m.start():m.end()], rule_id))
    return out


_BABY = re.compile(r"\bbaby|\bpeuter|\bzuigeling|\bbebe|\btoddler|\bkind(?:eren|je|jes)?\b|"
                   r"\bkind\(eren\)")
_CHILD_WORD = re.compile(r"kind|kids|enfant|child|baby|bebe|kleintjes|kleinsten|peuter|kleuter|crianca|nino|діт|дет")
_BREAK = re.compile(r"[.;!?\n]")


def _set_aside(hits: list, ev: list, reason: str, test) -> list:
    return set_aside(hits, ev, "family_friendly", reason, test)


def _sentence(texts, hit) -> str:
    folded = texts[hit.field][1]
    lo, hi = sentence_span(folded, hit.start, hit.end)
    return folded[lo:hi]


def _parents_children_age(texts, age) -> bool:
    """"Voor ouders van kinderen tussen 0 en 12 jaar": an age range naming the participants'
    children (ages() keeps the quoted match; its first occurrence locates it)."""
    folded = texts[age[2]][1]
    at = folded.find(fold(age[3]))
    return at > 0 and bool(_OF_PARENTS.search(folded, max(0, at - 60), at))


def _childcare_age(texts, age, childcare_hits) -> bool:
    """"Kinderopvang (tot 6 jaar)": an age in the childcare's sentence is the minded
    children's, not the activity's audience."""
    lo_age, hi_age, fld, match, _ = age
    folded = texts[fld][1]
    start = folded.find(fold(match)) if match else -1
    for care in childcare_hits:
        if care.field != fld or start < 0:
            continue
        lo, hi = min(start, care.start), max(start + len(match), care.end)
        if _BREAK.search(folded, lo, hi) is None:
            return True
        # "Heb je kleine kinderen (tot 3 jaar)? Die mogen mee, er is een speelhoek met …":
        # a question about one's children, answered by the childcare right after it
        if start < care.start and care.start - start < 120 and \
                [m.group() for m in _BREAK.finditer(folded, start, care.start)] == ["?"]:
            return True
    return False


def _minded_next(texts, hit, care) -> bool:
    """A welcome followed by childcare in the same or the next sentence."""
    if hit.field != care.field or not 0 <= care.start - hit.end <= 120:
        return False
    return len(_BREAK.findall(texts[hit.field][1], hit.end, care.start)) <= 1


def _near_childcare(texts, hit, care) -> bool:
    """A children mention in the same sentence as, and within 40 characters of, a childcare
    statement."""
    if hit.field != care.field or not _CHILD_WORD.search(hit.match.lower()):
        return False
    gap = max(hit.start - care.end, care.start - hit.end, 0)
    # the text between them (a "?" inside "Kinderen? Neem ze gerust mee" is no boundary)
    lo, hi = min(hit.end, care.end), max(hit.start, care.start)
    return gap <= 80 and _BREAK.search(texts[hit.field][1], lo, hi) is None


# a session named for its subject: "Avond over kinderopvang en werk", "Praatavond over opvoeding"
_ABOUT_TITLE = r"\w*(?:avond|namiddag|voormiddag|ochtend|sessie|moment|uitleg|gesprek) over\b"
# a childcare noun alone names the service; in a session's title it is the topic ("Infosessie:
# kinderopvang zoeken")
_CARE_NOUN = re.compile(r"(?:gratis |professionele )?(?:kinderopvang|kinderoppas|creche|"
                        r"child ?care|garderie|nursery)")
_SESSION_TITLE = re.compile(r"^\W*(?:info\w*|lezing|workshop|cursus|opleiding|vorming|training|"
                            r"formation|conference|seance d'information)\b|\b(?:zoeken|vinden|"
                            r"aanvragen|kiezen|finding|trouver)\b|"
                            rf"\b{_ABOUT_TITLE}")
# a children's activity of its own: a camp, or an audience of children
# a lecture or info evening (its ages are the topic); a talk title adds exhibitions and trainings
_LECTURE_WORDS = (r"lezing|info-?avond|info-?sessie|info-?moment|webinar|livestream|voordracht|debat|ouderavond|"
                  r"opvoedingsavond|info session|talk")
_LECTURE_TITLE = re.compile(rf"^\W*(?:(?:online|digitale|gratis) )?(?:{_LECTURE_WORDS})\b")
# a school's enrolment moment: parents enrol their child ("Inschrijvingsmoment kleuterschool")
_ENROLMENT_TITLE = re.compile(r"\b(?:inschrijvings|aanmeldings)(?:moment|dag|avond|week)\w*\b")
_PARENTS_SESSION_WORDS = r"\bouder(?:cursus|avond|cafe|groep|training|koffie|ochtend|namiddag|moment)\w*|\bopvoed\w*"
_PARENTS_SESSION_TITLE = re.compile(_PARENTS_SESSION_WORDS)
# ("– met kinderopvang" after a dash, comma or bracket: not "starten met kinderopvang")
_CARE_ANNOUNCED = re.compile(r"(?:[–+(,-]|\s-)\s*(?:met|with|avec|incl\.?|inclusief)?\W*(?:gratis )?(?:kinderopvang|"
                             r"opvang|oppas|childcare|garderie)\b|"
                             r"(?<!starten )(?<!beginnen )(?<!werken )(?<!stoppen )(?<!ervaring )\bmet (?:gratis )?"
                             r"(?:kinderopvang|opvang|oppas)\s*$")
# a playground's or holiday scheme's own listing, where the children's play is the activity
# ("Zomerkamp", "Grabbelpas", "Speelweek"; not "Infoavond nieuw speelplein", "Bootcamp voor vrouwen")
_PLAYGROUND_TITLE = re.compile(r"\W*(?:\w+ )?(?:speelplein\w*|vakantiewerking|\w*kamp\b|speelweek|\w*speeldag|grabbelpas|"
                               r"kinderclub|familie\w*|gezins\w*)")
_KIDS_ACTIVITY = re.compile(r"\b(?:\w*kamp\w*|\w*camp\w*|stage|speelplein\w*|vakantiewerking)\b")
# nouns that name children as a topic: at a session for parents or with a teen age floor
# they do not make the listing a family activity ("EHBO voor ouders van baby's")
_TOPIC_NOUN = re.compile(r"(?:baby'?s|peuters?|kleuters?|tieners?|teenagers?|teens|ados|kinder\w+|"
                         r"geboren (?:in|tussen|vanaf|na) 20[12]\d|speelstra\w+|"
                         r"kleuter\w+|peuter\w+|toddlers?|bebes|tout-petits|kleinkinderen|gezinnen|"
                         r"lagere school|lager onderwijs|schoolkinderen|speelplein\w*|"
                         r"families|familles)")
_BENEFIT = re.compile(r"\bbenefiet\w*|\bopbrengst\w*|\bten (?:voordele|bate) van\b|\bgaat naar\b|"
                      r"\bgoede doel\b|\bfor charity\b|\bbreien\b|\bhaken\b|\bnaaien\b|\binzamelen\b|\binzameling\w*|"
                      r"\bzamel\w* |"
                      r"\bingezameld\w*|\bdie het (?:financieel )?moeilijk hebben\b|\bin armoede\b|"
                      r"\bgaan naar\b|\bsteunt\b|\bproceeds\b|"
                      # "herinneringen op papier zetten voor je kinderen en kleinkinderen": written for them
                      r"\bop papier (?:te )?zetten\b|\bneer te schrijven\b|\bneerschrijven\b|\bnalaten\b")
# ("parents d'enfants de 2 à 6 ans"; "opvoeden van jonge kinderen (0-6 jaar)": a topic's ages in
# brackets — not "ouders of grootouders met de kleinsten (3-6 jaar)": Dutch "of" is "or")
_OF_PARENTS = re.compile(r"(?:\b(?:ouders|grootouders) van |\bparents (?:of |de |d'))(?:\w+ ){0,4}$|"
                         r"\b(?:opvoeding|opvoeden) van (?:\w+ ){0,4}\(?$")
# "Kerstconcert kinderkoor": the children's ages are the performers'
_PERFORMERS_TITLE = re.compile(r"(?=.*\b\w*(?:concert|optreden|voorstelling|repetitie|uitvoering)\b)(?=.*\b(?:(?:kinder|jeugd)"
                               r"(?:koor|orkest|harmonie|theater|band)\w*|kinderen|leerlingen|door de kleuters)\b)|"
                               # "Muziekschool: toonmoment gitaar", "Leerlingenconcert": pupils perform
                               r"\btoon(?:moment|avond|namiddag|dag)\w*|\bleerlingen(?:concert|voorstelling|toonmoment)\w*")
_TALK_TITLE = re.compile(rf"^\W*(?:(?:online|digitale|gratis) )?(?:{_LECTURE_WORDS}|tentoonstelling|expo\w*|"
                         r"information session|seance d'information|vorming|lecture|exhibition|benefiet\w*|"
                         r"conference|conference-debat|exposition)\b|"
                         rf"^\W*{_ABOUT_TITLE}")
_PARENTS_AUDIENCE = re.compile(r"(?:\b(?:voor|for|pour) (?:de |alle |les |all |toekomstige )?"
                               r"(?:ouders|parents|grootouders|opvoeders)\b|\bouders van\b|"
                               r"\bparents (?:of|d'|de)\b)"
                               # not "for parents and carers with little ones": they come along
                               r"(?!(?: \([^)]{0,20}\))?(?: (?:and|en|et|&) (?:carers|verzorgers))? (?:en|and|et|&|"
                               r"with|met|avec) (?:hun |their |leurs |de |je |little |young |"
                               r"jonge |kleine )?(?:kinderen|kids|children|enfants|ones|"
                               r"toddlers?|babies|baby'?s|peuters|kleuters|kindjes|bebes?|"
                               r"(?:tout-)?petits|nourrissons))")

# a title naming adult participants ("Praatgroep voor mama's", "Oudercafé", "Groupe de parole
# pour mamans") — not one naming them with their children ("Atelier parents-enfants",
# "Speelochtend voor peuters en hun ouders", "Dansles voor mama's en dochters")
_ADULT_PARTICIPANTS_TITLE = re.compile(
    r"\b(?:mama'?s|moeders|mamans|papa'?s|vaders|ouders|parents|vrouwen|femmes|women|dames|"
    r"senioren|volwassenen|grootouders|mothers|fathers|dads|moms|mums)\b|"
    rf"{_PARENTS_SESSION_WORDS}|\bgroupe de parole\b")
_WITH_CHILDREN_TITLE = re.compile(
    r"ouder-?(?:en-?)?kind|parents?-(?:enfants?|bebes?|kids?)|gezin|famil|play ?group|playdate|"
    r"\bspeel(?:namiddag|ochtend|moment|uurtje)|kleinkind|\bsamen met (?:je|jouw|uw) kind|"
    r"\b(?:volwassenen|vrouwen|senioren|mannen) (?:en|&) (?:\w+ )?(?:kinderen|kids|jongeren)\b|"
    r"\bvoor (?:de )?(?:kinderen|kids|jongeren|kleuters|peuters)\b|"
    r"\b(?:ouders|mama'?s|papa'?s|grootouders|parents|mamans|moeders|vaders|oma'?s|opa'?s) "
    r"(?:en|&|met|et|and|with|avec|\+) (?:een |hun |je |jouw |their |leurs |les |de |a |jonge |kleine |young )?"
    r"(?:kind\w*|kids|kleintjes|baby\w*|bebes?|peuters?|kleuters?|children|enfants|toddlers?|little|"
    r"dochters?|zonen|zoons?)|"
    r"\b(?:kinderen|kids|kind|kleuters|peuters|baby'?s|dochters) (?:en|&|met|\+|-) ?(?:hun |je )?"
    r"(?:\(groot\))?(?:ouders|grootouders|mama'?s|papa'?s|moeders|volwassenen)")
# with adult participants and childcare, a child named in passing is the topic or the minded
# child, and a welcome is for the care ("Naaiatelier voor vrouwen: je kleintjes zijn welkom, er is
# kinderopvang"); a child's price or ages still say children take part
_MINDED_MENTION = ("family.words", "family.together", "family.for-kids", "family.welcome")

# ("met een zoektocht voor kinderen": an activity on offer — not "de beste spelletjes voor
# kinderen", the subject of a parents' talk)
_KIDS_ACTIVITY_BEFORE = re.compile(r"\b(?:met|er is|is er|ook|plus) (?:een |de )?(?:zoektocht|speurtocht|"
                                   r"doe-?opdracht\w*|knutselhoek|knutselactiviteit\w*|kinderrondleiding|"
                                   r"kinderatelier) (?:voor|for|pour) (?:de |les |the )?$")
# care for the youngest only ("Voor de allerkleinsten is er opvang"): the older children join in
_YOUNGEST_ONLY = re.compile(r"\b(?:allerkleinsten|kleinsten|jongste\w*|baby'?s|peuters)\b")


def _public_or_activity_for_kids(texts, hit) -> bool:
    """"Leuk voor jong en oud", "met een zoektocht voor kinderen": at a talk or an exhibition a
    public or an activity of the children's own, not the subject."""
    return bool(re.fullmatch(r"jong en oud|groot en klein|jong(?: of|,| &) oud", fold(hit.match))
                or _KIDS_ACTIVITY_BEFORE.search(texts[hit.field][1], max(0, hit.start - 30), hit.start))


def _childcare_hits(hits, texts) -> tuple[list, list]:
    """The childcare statements that stand, and evidence for the ones that do not."""
    ev = []
    care = [h for h in hits if h.rule.kind == "childcare"]
    title = texts.get("title", ("", ""))[1]
    # ("Speelpleinwerking: je kinderen kunnen spelen op het speelplein onder begeleiding": the play
    # is the activity, not care beside it)
    if _PLAYGROUND_TITLE.match(title):
        played = [h for h in care if re.search(r"\bspelen\b", fold(h.match))]
        for h in played:
            ev.append(evidence("childcare", "children's own play at a children's activity: ignored", h))
        care = [h for h in care if h not in played]
    # ("Workshop solliciteren – met kinderopvang": a service the title announces)
    if any(h.field == "title" for h in care) and _SESSION_TITLE.search(title) and not _CARE_ANNOUNCED.search(title):
        topic = [h for h in care if h.value and _CARE_NOUN.fullmatch(fold(h.match))]
        for h in topic:
            ev.append(evidence("childcare", "the session's topic, not a service: ignored", h))
        care = [h for h in care if h not in topic]
    hours = [h for h in hits if h.rule.kind == "care-hours"]
    kids_activity = hours and (_KIDS_ACTIVITY.search(title) and not _PARENTS_AUDIENCE.search(
        title) or any(
        h.rule.id in ("family.for-kids", "family.child-price", "family.child-price-before")
        for h in hits) or any(hi is not None and hi <= 14 for _, hi, *_ in ages(texts)))
    for h in hours:
        if kids_activity:       # "Voor- en naopvang vanaf 7u30" at a children's camp
            ev.append(evidence("childcare", "care around a children's activity: ignored", h))
        else:
            care.append(h)
    return care, ev


def resolve(hits, record: dict[str, Any], texts: dict[str, tuple[str, str]]):
    all_ages = ages(texts)
    if not hits and not all_ages and not record.get("offers"):
        # nothing about children, care or ages (most listings): the answer below, directly
        return {"family_friendly": False, "childcare": False, "age_min": None,
                "age_max": None}, []
    title = texts.get("title", ("", ""))[1]
    ev: list[dict[str, Any]] = []
    childcare_hits, ev = _childcare_hits(hits, texts)
    childcare = bool(childcare_hits) and all(h.value for h in childcare_hits)
    for h in childcare_hits:
        ev.append(evidence("childcare", h.value, h))
    found = [a for a in all_ages if not _childcare_age(texts, a, childcare_hits)] \
        if childcare else all_ages
    # "voor ouders van kinderen tussen 0 en 12 jaar": the ages of the participants' children
    found = [a for a in found if not _parents_children_age(texts, a)]
    mins = [lo for lo, _, *_ in found if lo is not None]
    maxes = [hi for _, hi, *_ in found if hi is not None]
    age_min = min(mins) if mins else None
    # "Kinderen vanaf 8 jaar fietsen zelf, jongere kinderen in een fietskar zijn ook welkom"
    if age_min is not None and any(_YOUNGER_TOO.search(folded) for _, folded in texts.values()):
        age_min = None
    age_max = max(maxes) if maxes else None
    if age_min is None and age_max is not None and age_max <= 4 and any(
            _BABY.search(folded) for _, folded in texts.values()):
        age_min = 0              # "baby's en peuters tot 3 jaar": from birth
    for lo, hi, fld, match, rule_id in found:
        ev.append(evidence("age", [lo, hi], field=fld, match=match, rule=rule_id))

    positive = [h for h in hits if h.rule.kind == "family"]
    if positive and (any(_PARENTS_AUDIENCE.search(folded) for _, folded in texts.values())
                     or _TALK_TITLE.search(title)
                     or _ENROLMENT_TITLE.search(title)
                     # "Opvoedingswinkel: gratis gesprek … van baby tot tiener": parenting support
                     # (not "Opvoedingsmarkt … met kinderanimatie", an event families visit)
                     or re.search(r"\bopvoedings(?:winkel|ondersteun\w*|spreekuur|vragen|gesprek\w*|advies|"
                                  r"lijn|consult\w*)\b", title)
                     or age_min is not None and age_min >= 13 and age_max is None):
        topics = [h for h in positive if h.rule.id == "family.words"
                  and _TOPIC_NOUN.fullmatch(fold(h.match))]
        # at a talk, "voor je kinderen" / "psychiatre pour enfants" in the text is the topic
        # ("Lezen met je kind: workshop voor ouders": the title's own "met je kind" is the topic)
        if _PARENTS_AUDIENCE.search(title):
            topics += [h for h in positive if h not in topics and h.rule.id == "family.together"
                       and re.match(r"met (?:je|jouw|uw) (?:kind|kinderen)", fold(h.match))]
        if _TALK_TITLE.search(title):
            lecture = _LECTURE_TITLE.search(title) or re.match(r"\W*vorming\b", title)
            # ("Ouderavond: klaar voor het eerste leerjaar?": the school year is the subject)
            topics += [h for h in positive if h not in topics and h.rule.id == "family.words"
                       and re.search(r"leerjaar$", fold(h.match))]
            # (not "jong en oud", a public; not "een zoektocht voor kinderen", an activity of theirs)
            # ("Lezing: Hoe praat je met je kinderen over geld?": the talk's own title too)
            topics += [h for h in positive if h not in topics and (
                h.field != "title" and h.rule.id == "family.for-kids" and not _public_or_activity_for_kids(texts, h)
                or h.rule.id == "family.together"
                and re.match(r"met (?:je|jouw|uw) (?:kind|kinderen)", fold(h.match))
                # "Lezing: voeding voor kinderen die slecht eten": a subject named before them in a
                # talk's title (not "Lezing voor kinderen", "Lezing door X voor kinderen", "Expo: kunst
                # voor kinderen", nor where an age is given)
                or lecture and age_min is None and h.field == "title" and h.rule.id == "family.for-kids"
                and re.search(r"[a-z]{4,}", re.sub(r"\b(?:voor|in|door|de|het|een|over|bij)\b( [\w']+)?", " ",
                                                   title[lecture.end():h.start]))
                # "Voor ouders met kinderen in de lagere school" at a talk: the parents who have them
                or lecture and h.rule.id == "family.together"
                and re.fullmatch(r"(?:ouders|mama'?s|papa'?s|moeders|vaders) met (?:hun |jonge |kleine )?kinderen",
                                 fold(h.match)))]
        for h in topics:
            ev.append(evidence("family_friendly", "children as the topic: ignored", h))
        positive = [h for h in positive if h not in topics]
    # "de eerste weken met je baby": a baby or pram counts only with an activity verb before it
    # (or "erbij" after it: "yoga met je baby erbij")
    # ("wandelen mama's en papa's met de kinderwagen": the walkers may come between)
    no_verb = [h for h in positive if h.rule.id == "family.with-baby" and not re.search(
        r"\b(?:wandel\w*|kom|komt|komen|sport\w*|zwem\w*|beweg\w*|dans\w*|train\w*|spelen|speel|speelt|gaat|"
        r"gaan|samen|stappen|stapt)(?: \w+)? $|\b(?:wandel\w*|stappen|stapt)(?: [\w']+){0,4} $",
        texts[h.field][1][max(0, h.start - 50):h.start])
               and not texts[h.field][1].startswith(" erbij", h.end)]
    positive = [h for h in positive if h not in no_verb]
    def before(h, n: int) -> str:
        return texts[h.field][1][max(0, h.start - n):h.start]

    def social(h) -> bool:      # "gezinnen met een krap budget", "kwetsbare gezinnen"
        return bool(re.fullmatch(r"gezinnen|families|familles|gezin", fold(h.match)) and (
            re.match(r"\s(?:met|with|avec) (?:een |a |un )?(?:krap|laag|beperkt|klein|low|small|"
                     r"faible)\w* (?:budget|inkomen|income|revenu)|\sin (?:armoede|poverty)",
                     texts[h.field][1][h.end:h.end + 40])
            or re.search(r"\b(?:kwetsbare|kansarme|arme|vulnerable|precaires?)\s$", before(h, 15))))

    def lent(h) -> bool:        # "Leen bij de sportdienst ballen, kegels of een springkasteel"
        sentence = _sentence(texts, h)
        # (a toy library is the families' own place to borrow, not a thing lent)
        return bool(h.rule.id == "family.words" and not re.match(r"spe+l-?o-?theek", fold(h.match)) and (re.search(
            r"\b(?:leen|lenen|ontleen\w*|uitleen\w*|huur|huren|verhuur\w*|reserveer|lend|rent)\b", sentence)
            # "Voedselpakketten worden uitgedeeld aan gezinnen met een doorverwijzing" (not
            # "gratis pannenkoeken uitgedeeld aan alle gezinnen" at a party they attend)
            or re.search(r"\b(?:uitgedeeld|uitdelen|bedeeld|verdeeld|geschonken)\b", sentence)
            and re.search(r"\b(?:voedsel\w*|\w*pakket\w*|doorverwij\w*|ocmw|cas|schenking\w*)\b", sentence)))

    def served(h) -> bool:      # "help je bij activiteiten voor kinderen": the public served
        return bool(h.rule.id == "family.for-kids" and re.search(
            r"\b(?:je helpt|jij helpt|u helpt|help je|help jij|help u)(?: ook)?(?: mee)? (?:bij|met|aan) "
            r"(?:de |het |een |onze )?(?:[\w-]+ ){0,3}$", before(h, 60)))
    positive = _set_aside(positive, ev, "a target group or a thing lent, not the audience: ignored",
                          lambda h: social(h) or lent(h))
    positive = _set_aside(positive, ev, "the public a participant helps, not the audience: ignored", served)
    # "on coud des vêtements pour les enfants": things made or given for children
    positive = _set_aside(positive, ev, "things for children, not the audience: ignored", lambda h: bool(
        h.rule.id in ("family.for-kids", "family.words") and _THINGS_BEFORE.search(before(h, 30))
        # "Heb je een tiener thuis?": the parent is the audience
        or h.rule.id == "family.words" and re.search(r"\bheb (?:je|u) (?:een |twee |drie )?$", before(h, 20))
        and re.match(r"\s?thuis\b", texts[h.field][1][h.end:h.end + 7])))
    # "Zumba voor vrouwen, alle leeftijden": adults of every age
    positive = _set_aside(positive, ev, "adults of every age: ignored", lambda h: bool(
        re.match(r"(?:voor |van )?(?:alle leeftijden|all ages|tous (?:les )?ages)", fold(h.match))
        and re.search(r"\b(?:vrouwen|mannen|dames|heren|volwassenen|senioren|adults|women|men|femmes|"
                      r"hommes)\b[^.;:\n]{0,12}$", before(h, 30))))
    # "leer videobellen met je kleinkinderen": they are at the other end of the line
    positive = _set_aside(positive, ev, "children reached from afar: ignored", lambda h: bool(
        h.rule.id in ("family.together", "family.words") and re.search(
            r"\b(?:(?:video)?bell\w*|chat\w*|mail\w*|skype\w*|whatsapp\w*|facetime\w*|contact houden|"
            r"communiceren|schrijven|call\w*|text\w*|delen|sturen|versturen|doorsturen|tonen|"
            r"share|send|combineert|combineren|combineer|verzoenen|"
            # "beter Nederlands spreken met je kleinkinderen"
            r"(?:nederlands|beter|vlotter|leren) (?:spreken|praten))\s"
            # ("foto's doorsturen naar de kleinkinderen")
            r"(?:(?:naar|met|aan|to|with) (?:de |je |jouw |hun |your )?)?$", before(h, 40))))
    # "Solliciteren als ouder met jonge kinderen": a role one has; "alles wat met hun kind te maken
    # heeft": a subject
    positive = _set_aside(positive, ev, "children as the topic: ignored", lambda h: bool(
        h.rule.id == "family.together" and (re.search(r"\bals $", before(h, 4)) and re.fullmatch(
            r"(?:groot)?(?:ouders?|mama|papa) met (?:jonge |kleine )?(?:kinderen|kind)", fold(h.match)) or re.match(
            r"\s(?:te maken)\b", texts[h.field][1][h.end:h.end + 12]))))
    # "(zorg voor kinderen, ziekte…)": caring for children names a reason, not an audience
    positive = _set_aside(positive, ev, "caring for children, not an audience: ignored", lambda h: bool(
        h.rule.id == "family.for-kids" and re.search(r"\bzorg(?:t|en)? voor (?:de |je |jouw |hun )?$",
                                                   before(h, 20))))
    # "Kinderen van de academie tonen hun tekeningen", "Onze kinderdansgroep toont …": the
    # children perform or exhibit; the listing's public is whoever comes to see
    performing = bool(positive) and any(_CHILDREN_PERFORM.search(folded) for _, folded in texts.values())
    positive = _set_aside(positive, ev, "performers, not the audience: ignored", lambda h: bool(
        performing and (h.rule.id == "family.words" and re.match(r"(?:kinder|kleuter)\w+", fold(h.match))
                        # "Expo: kinderen tekenen hun mama", the pupils' drawings on show
                        or h.rule.id == "family.children-join" and h.field == "title"
                        and _TALK_TITLE.search(title))))
    # "voorleesmoment" for the residents of a care home, "voorleesuurtje … voor volwassenen"
    adult_reading = bool(positive) and any(re.search(r"\bvoor volwassenen\b|\bbewoners\b|\bsenioren\b|\bwoonzorgcentrum\b|"
                                  r"\bwzc\b", folded) for _, folded in texts.values())
    positive = _set_aside(positive, ev, "reading aloud to adults: ignored", lambda h: bool(
        adult_reading and h.rule.id == "family.words" and re.match(r"voorlees|voorlezen", fold(h.match))))
    # "EHBO bij baby's en kinderen": what a session is about
    # ("EHBO voor baby's en kinderen": first aid given to them, a course for adults)
    positive = _set_aside(positive, ev, "children as the topic: ignored", lambda h: bool(
        # ("EHBO bij baby's en peuters": every noun of the pair)
        (h.field == "title" and re.search(r"\b(?:bij|over|about|rond) (?:[\w']+ (?:en|of|and) )?$", before(h, 24)))
        or re.search(r"\b(?:ehbo|eerste hulp|reanimatie|first aid) (?:voor|bij|for|aan) (?:de |je )?"
                     r"(?:[\w']+ (?:en|of|and) )?$", before(h, 36))))
    # "het Groot en Klein Begijnhof": a proper name, not "groot en klein"
    positive = _set_aside(positive, ev, "a proper name: ignored", lambda h: bool(
        re.fullmatch(r"Groot en Klein", h.match) and re.match(r"\s[A-Z]", texts[h.field][0][h.end:h.end + 2])))
    # "Dertig kinderen zingen kerstliederen": a counted group of performers, not the audience
    positive = _set_aside(positive, ev, "performers, not the audience: ignored", lambda h: bool(
        h.rule.id == "family.children-join" and re.search(
            r"(?:\d+|twintig|dertig|veertig|vijftig|zestig|honderd) $", before(h, 12))))
    # "Wijkvergadering: speelplein Ter Heide", "Speeltuin De Bist: heraanleg": a play space as the
    # topic of a meeting or works, not a place children come to play
    positive = _set_aside(positive, ev, "a play space as a topic: ignored", lambda h: bool(
        h.rule.id == "family.play-space" and _PLAY_SPACE_TOPIC.search(title)
        and not re.search(r"opening|feest|inhuldiging|\bopen\b", title)))
    # "Alle opbrengsten gaan naar speeltoestellen voor de kinderen": children who benefit
    benefit_title = _BENEFIT.search(title)
    # ("voor het goede doel: dekentjes voor de baby's op de neonatale afdeling": made for them)
    benefit = [h for h in positive if h.rule.id in ("family.for-kids", "family.words")
               and (_BENEFIT.search(_sentence(texts, h)) or benefit_title and re.search(
                   r"\bvoor (?:de|het|onze) (?:\w+ )?$", texts[h.field][1][max(0, h.start - 20):h.start]))]
    for h in benefit:
        ev.append(evidence("family_friendly", "children who benefit: ignored", h))
    positive = [h for h in positive if h not in benefit]
    vacancy = is_vacancy_title(title, VACANCY_TITLE) or bool(
        VACANCY_OPENING.match(texts.get("description", ("", ""))[1]))
    if vacancy:
        # a volunteer vacancy ("Vrijwilligers voor de huiswerkklas"): the children it names are
        # the public the volunteer serves; only an explicit welcome makes it a family activity
        # ("om met de kinderen te spelen", "een uitstap met de kinderen": the public's children)
        # ("snoep uitdelen en ouders en kinderen de weg wijzen": the public named as a whole)
        # ("Kinderen vanaf 8 jaar mogen meehelpen": children invited to help along take part)
        positive = [h for h in positive if (h.rule.strength >= 2 or h.rule.id == "family.children-join"
                                            and re.search(r"\bmee(?:helpen|doen)\b", fold(h.match)))
                    and not re.match(r"(?:samen )?met de (?:kinderen|kids|kindjes|kleintjes)", fold(h.match))
                    and not re.fullmatch(r"(?:de )?ouders en (?:de |hun )?kinderen|(?:de )?kinderen en (?:de |hun )?ouders|jong en oud|"
                                         r"groot en klein|gezinnen|families|young and old",
                                         fold(h.match))
                    # "bezoekers, vooral gezinnen met jonge kinderen" (not "gezinnen met kinderen
                    # mogen mee helpen": invited to take part)
                    and not (re.fullmatch(r"(?:gezinnen|families) met (?:hun |jonge |kleine )?kinderen",
                                          fold(h.match))
                             and not re.match(r"\s(?:mogen|kunnen|zijn|mag|kan)\b",
                                              texts[h.field][1][h.end:h.end + 8]))
                    # "vrijwilligers voor de opbouw en de kinderhoek": a post, not an audience
                    and h.rule.id != "family.words"]
    if childcare:
        # "garderie prévue pour les enfants", "opvang voor de kinderen": the children named
        # next to a childcare statement are the ones being minded, not the audience
        # — but "Kinderen zijn welkom, er is een speelhoek met begeleiding" still welcomes them
        positive = [h for h in positive if re.search(r"welk|welcom|bienvenu", fold(h.match))
                    or re.search(r"\bwelkom\b|\bwelcome\b", _sentence(texts, h))
                    or not any(_near_childcare(texts, h, c) for c in childcare_hits)]
        # "Kinderen mogen mee: er is opvang": brought along to be minded (the settled convention;
        # "Kinderen zijn welkom, er is een speelhoek met begeleiding" stays family, most writers)
        # ("Koffieochtend – kinderen mogen mee" over a text that provides the care: the same)
        positive = _set_aside(positive, ev, "children brought along to be minded: ignored", lambda h: bool(
            h.rule.id == "family.welcome" and not re.search(r"welk|welcom|bienvenu", fold(h.match))
            and (h.field == "title" and not any(_YOUNGEST_ONLY.search(_sentence(texts, c)) for c in childcare_hits)
                 or any(_minded_next(texts, h, c) for c in childcare_hits))))
        # "Ouders oefenen Nederlands terwijl de kinderen spelen": occupied while the parents
        # take part; "worden je kinderen van 2,5 tot 10 jaar gratis opgevangen": the care is free
        positive = _set_aside(positive, ev, "children minded while the parents take part: ignored",
                              lambda h: bool(
            h.rule.id == "family.children-join" and re.search(r"\bterwijl $", before(h, 8))
            or h.rule.id == "family.child-free" and any(
                c.field == h.field and sentence_span(texts[h.field][1], c.start, c.end)
                == sentence_span(texts[h.field][1], h.start, h.end) for c in childcare_hits)))
        # "Praatgroep voor mama's … Kinderen mogen mee: er is een speelhoek met begeleiding": the
        # title names adult participants whose children are minded; a child named in passing
        # ("over alles wat met je gezin te maken heeft", "garderie pour les petits") is the
        # minded child or the topic
        # (care hours alone — "naschoolse opvang" — do not say the children are minded there)
        # (an info evening likewise: "Infoavond: een school kiezen voor je kind … Kinderen zijn welkom
        # in de speelhoek, met begeleiding")
        if (_ADULT_PARTICIPANTS_TITLE.search(title) or _LECTURE_TITLE.search(title)) and \
                not _WITH_CHILDREN_TITLE.search(title) and any(
                c.rule.kind == "childcare" for c in childcare_hits):
            positive = _set_aside(positive, ev, "adults take part, their children are minded: ignored",
                                  lambda h: h.rule.id in _MINDED_MENTION)
        # "Voor mama's met jonge kinderen … De kinderen worden opgevangen": the mothers who
        # have children are the audience; their children are minded
        positive = _set_aside(positive, ev, "parents who have children, minded elsewhere: ignored",
                              lambda h: bool(re.match(r"(?:mama'?s|moeders|ouders|papa'?s|vaders|vrouwen|"
                                                      r"mothers|parents|mamans|women)(?: \([^)]{0,20}\))? (?:met|with|avec)\b",
                                                      fold(h.match))))
    for offer in record.get("offers") or []:       # a structured price for children
        name = str(offer.get("name") or "") if isinstance(offer, dict) else ""
        if re.search(r"(?i)\b(?:kind|kinderen|kids|children|child|enfants?|kleuters)\b", name):
            ev.append(evidence("family_friendly", True, field="offers", match=name,
                               rule="family.struct.child-offer"))
            positive = positive + [None]
            break
    # (children kept home where the listing names a child's age: "Zieke kinderen …" aside, a
    # children's camp still welcomes children)
    adults = [h for h in hits if h.rule.kind == "adults" and not (
        h.rule.id == "family.children-home" and age_max is not None and age_max <= 14)]
    family = False
    # a title "Turnen voor volwassenen": the audience named outright
    adult_title = _ADULT_TITLE.search(title)
    if adults:
        for h in adults:
            ev.append(evidence("family_friendly", False, h))
    elif adult_title:
        ev.append(evidence("family_friendly", False, field="title", match=adult_title.group(),
                           rule="family.adult-title"))
    elif age_min is not None and age_min >= 16:
        ev.append(evidence("family_friendly", False, field=None, match=f"age_min={age_min}",
                           rule="family.age.adult"))
    elif positive:
        family = True
        for h in positive:
            if h is not None:
                ev.append(evidence("family_friendly", True, h))
    # (at a talk or a parents' course, "kinderen van 6 tot 16 jaar" are the topic: "Lezing:
    # schermtijd bij kinderen", "Online oudercursus Positief opvoeden")
    elif not vacancy and not _PARENTS_AUDIENCE.search(title) and not \
            _LECTURE_TITLE.search(title) and not \
            _PARENTS_SESSION_TITLE.search(title) and not \
            _PERFORMERS_TITLE.search(title) and not (
            # "Ons kinderkoor (8-12 jaar) zingt op het kerstconcert": the performers' ages
            any(_CHILDREN_ON_STAGE.search(folded) for _, folded in texts.values())) and (
            age_max is not None and age_max <= 18 or
                          age_min is not None and age_min <= 12 or
                          # "jongeren van 14 tot 20", "van 15 tot 21": youth (from 15 on, twelve
                          # development listings against five)
                          age_min is not None and age_min <= 15 and age_max is not None and age_max <= 21):
        # for minors ("jongeren van 14 tot 18") or open to children of 12 or younger
        # ("iedereen vanaf 10 jaar")
        family = True
        ev.append(evidence("family_friendly", True, field=None,
                           match=f"age {age_min}-{age_max}", rule="family.age.child"))
    return {"family_friendly": family, "childcare": childcare, "age_min": age_min,
            "age_max": age_max}, ev
