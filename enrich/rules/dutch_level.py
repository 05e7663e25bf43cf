"""Dutch level needed, on the taaliconen scale 1-4 (null = not stated).

The site's own icon (record ``dutch_level``) comes first. Otherwise the text: icon counts
("twee taaliconen"), CEFR levels (A1 → 1, A2 → 2, B1 → 3, B2/C → 4) and prose in Dutch,
English and French. "Alle niveaus welkom" states no level: null. When the text
names several levels, the lowest one is what is *needed*.

Conventions: "in eenvoudig Nederlands" describes how the activity is run, not the level a
participant needs (null); a welcome to beginners ("beginners welkom", "débutants bienvenus")
names no level, like "alle niveaus" (null), whereas a level label ("niveau: beginner",
"niveau débutant") is 1 and "niveau intermédiaire" is 3. Icons may be written "Taaliconen: 2"
or as dots "●●○○" (the filled ones count).
"""
from __future__ import annotations

import re
from typing import Any

from enrich.engine import Rule, evidence
from enrich.rules.cues import VACANCY_TITLE, VOLUNTEER_ROLE, is_vacancy_title
from enrich.text import SENTENCE_BREAK, fold, sentence_span

FACET = "dutch_level"

_NL = r"(?:nederlands|dutch|neerlandais|nl)"
# ("wat Vlaams opleidingsverlof is", "a little Dutch vocabulary": the adjective of a noun, no
# language spoken)
_LANG_NOUN = (r"(?! (?:vocabulary|words|phrases|songs|culture|food|lessons?|classes|course|woordenschat|"
              r"woorden|woordjes|zinnen|liedjes|cultuur|les|lessen|cursus\w*|\w*verlof|\w*premie\w*|"
              r"regering|overheid|gewest|\w*dienst)\b)")
# "… verstaanbaar maken in het Frans": another language's level (Dutch names of languages end in -s)
_NOT_IN_OTHER_LANG = r"(?! in (?:het )?(?!nederlands\b)[a-z]+s\b)"

RULES = (
    # "Je kan al een gesprek volgen en zelf iets vertellen" — icon 3 (v55, v61)
    Rule("dutch.grammar.3.follow-and-say", r"\b(?:een )?(?:gewoon |normaal )?gesprek (?:in het nederlands )?"
         r"(?:kan |kunt |kunnen )?volgen,? (?:en )?(?:ook )?(?:zelf )?(?:al )?(?:(?:iets|wat) (?:kan |kunt |kunnen )?"
         rf"(?:zeggen|vertellen)|mee ?praten)\b{_NOT_IN_OTHER_LANG}", value=3, kind="lang"),
    # "al goed Nederlands verstaan en ook al iets kunnen zeggen": understands well, says a
    # little — icon 3, whatever degree word the understanding carries
    Rule("dutch.grammar.3.understands-well-says-little",
         r"\b(?:al |reeds )?(?:goed|vrij goed|veel) (?:het )?nederlands (?:verstaan|verstaat|begrijpen|"
         r"begrijpt)(?:,? en|,? maar)? (?:ook )?(?:al )?(?:iets|wat|een beetje|een paar woorden|een "
         r"klein beetje) (?:kunnen |kan |kunt )?(?:zeggen|spreken|praten)\b|"
         r"\bnederlands (?:al |reeds )?(?:goed|vrij goed) (?:verstaan|verstaat|begrijpen|begrijpt)"
         r"(?:,? en|,? maar)? (?:ook )?(?:al )?(?:iets|wat|een beetje|een paar woorden) (?:kunnen |"
         r"kan |kunt )?(?:zeggen|spreken|praten)\b", value=3, kind="lang"),
    # the activity's own register: "uitleg in eenvoudig Nederlands" is no required level
    Rule("dutch.register", rf"\b(?:in|en|met uitleg in|uitleg in) (?:(?:heel|zeer|erg) )?"
         rf"(?:(?:eenvoudig|makkelijk|gemakkelijk|klaar|helder|duidelijk|begrijpelijk|traag|rustig)e?"
         rf",? (?:en )?)+{_NL}\b|"
         r"\bin (?:simple|plain|easy) dutch\b|\ben neerlandais (?:simple|facile)\b|"
         r"\b(?:we|wij|ze|zij|de begeleiders|de vrijwilligers) (?:spreken|praten) (?:(?:heel|zeer) )?"
         r"(?:eenvoudig|makkelijk|traag|rustig|langzaam|duidelijk)e? nederlands\b|"
         r"\b(?:er )?(?:wordt|word|is) (?:er )?(?:(?:heel|zeer|erg) )?(?:eenvoudig|makkelijk|"
         r"gemakkelijk|helder|duidelijk|traag|langzaam|rustig)e? (?:nederlands )?(?:gesproken|gepraat)\b",
         value=None, kind="register"),
    # "Taaliconen: 2", "Taalicoon: ●●○○"
    Rule("dutch.icons.field", r"\btaalicon(?:en|s)?\s?[:=]\s?(?:[1-4](?:\s?(?:[-/,]|en|tot|of|a)"
         r"\s?[1-4])?\b|[●⬤■★]{1,4}[○◯□☆]*)", value="icons", kind="icons"),
    # "twee van de vier taaliconen": the first number is the level
    *(Rule(f"dutch.icons.of4.{n}", rf"\b(?:{words}) (?:van de|van|op|uit|of the|sur) (?:vier|4) "
           r"taalicon(?:en|s)\b", value=n, kind="icons-n") for n, words in
      ((1, "een|één|1"), (2, "twee|2"), (3, "drie|3"), (4, "vier|4"))),
    # "(3 icônes de langue)", "1 à 2 icônes", "2 language icons"
    Rule("dutch.icons.counted", r"\b[1-4](?: ?(?:a|tot|to|-|en|of|ou|or) ?[1-4])? (?:icones?|icons?)"
         r"(?: de langue| de langage|\b)|\b[1-4] (?:language|taal) ?icons?\b", value="icons"),
    # "richtgraad 2 afgewerkt": Flemish adult-education levels, richtgraad 1-4 ≈ A1-B2
    Rule("dutch.richtgraad", r"\brichtgraad ?[1-4]\b", value="richtgraad"),
    # "Geschikt voor bezoekers met één of twee taaliconen": a range, its lowest level
    # ("voor deelnemers met taaliconen 3 en 4": the count after the word)
    *(Rule(f"dutch.icons.range.{n}", rf"\b(?:{words}) (?:of|tot|en|-|a|à|or|to) (?:twee|drie|vier|[2-4]) "
           rf"taalicon(?:en|s)\b|\btaalicon(?:en|s) (?:{words}) ?(?:of|tot|en|-|/|a|à|or|to) ?(?:twee|drie|vier|[2-4])\b",
           value=n, kind="icons-n") for n, words in
      ((1, "een|één|1"), (2, "twee|2"), (3, "drie|3"))),
    Rule("dutch.icons.1", r"\b(?:een|1|één) taalicoon\b|\b(?:taalicoon|taalniveau) 1\b|\bniveau(?: nederlands)?:? "
         r"1 (?:van|op|/) (?:4|de (?:vier )?taaliconen)\b|\blevel 1 (?:of|/) 4\b", value=1),
    Rule("dutch.icons.n", r"\b(?:twee|2) taaliconen\b|\b(?:taalicoon|taalniveau) 2\b|\bniveau(?: nederlands)?:? "
         r"2 (?:van|op|/) (?:4|de (?:vier )?taaliconen)\b", value=2),
    Rule("dutch.icons.3", r"\b(?:drie|3) taaliconen\b|\b(?:taalicoon|taalniveau) 3\b|\bniveau(?: nederlands)?:? "
         r"3 (?:van|op|/) (?:4|de (?:vier )?taaliconen)\b", value=3),
    Rule("dutch.icons.4", r"\b(?:vier|4) taaliconen\b|\b(?:taalicoon|taalniveau) 4\b|\bniveau(?: nederlands)?:? "
         r"4 (?:van|op|/) (?:4|de (?:vier )?taaliconen)\b", value=4),
    Rule("dutch.cefr", r"\b(?:(?:taalniveau|niveau|level|nt2-niveau|minimum|minstens|at least|"
         r"au moins) ?)?(?<!lokaal )(?<!zaal )(?<!room )(?<!salle )(?<!blok )(?<!gebouw )(?<!vleugel )(?<!/)"
         # ("Afspraak in lokaal A1": a room, not a level; "via de E19/A1": a motorway)
         r"(?:a1|a2|b1|b2|c1|c2)\b(?! ?(?:-|tot|to) ?(?:a|b|c)[12])", value="cefr"),
    # "absolute beginners" of salsa are no Dutch learners: only with a language anchor
    Rule("dutch.prose.1-absolute-beginners", r"\babsolute beginners\b", value=1, kind="speak"),
    # level 1: no or very little Dutch needed
    Rule("dutch.prose.1", rf"\b(?:weinig|geen|nauwelijks|amper|bijna geen|beperkt) (?:kennis "
         rf"(?:van het )?)?{_NL} (?:is|spreken is|kennen is) (?:geen (?:probleem|bezwaar)|ok|oke|"
         r"prima|niet erg)\b|\b(?:little|no) dutch is (?:no problem|fine|ok)\b|"
         rf"\b(?:je )?(?:hoeft|moet) (?:(?:dus|echt|zeker|eigenlijk|ook) )?(?:nog )?(?:geen|niet veel|weinig|nauwelijks|"
         rf"bijna geen|amper) {_NL}\b|\b(?:geen|weinig|nauwelijks) (?:kennis (?:van het )?)?"
         rf"{_NL} (?:nodig|vereist|vereiste|kennen|spreken|te kennen|te spreken)\b|"
         r"\bkennis van het nederlands is niet (?:nodig|vereist)\b|"
         # "anyone who doesn't speak Dutch (yet)", "leer je nog maar pas Nederlands?"
         r"\b(?:who|that) (?:doesn't|does not|don't|do not) (?:yet )?speak (?:any |much )?dutch\b|"
         r"\b(?:leer|leert|leren) (?:je |u |jij )?(?:nog )?(?:maar )?(?:pas|net) nederlands\b|"
         # "Veel Nederlands spreken hoeft niet"
         rf"\b(?:veel|goed|vlot|perfect) {_NL} (?:spreken |kennen |kunnen |verstaan )?(?:hoeft|moet) (?:je )?(?:ook )?niet\b|"
         # "Niveau Nederlands: geen voorkennis nodig", "Néerlandais non requis"
         r"\bniveau nederlands:? geen (?:voorkennis|kennis) (?:nodig|vereist)\b|"
         r"\bneerlandais (?:non|pas) (?:requis|necessaire|exige)e?s?\b|"
         r"\bneerlandais n'est pas (?:requis|necessaire|exige|obligatoire)\b|"
         r"\b(?:nog )?(?:maar )?(?:net|pas) "
         r"(?:begonnen|gestart) met (?:nederlands|nederlands leren)\b|"
         r"\bno (?:prior )?(?:knowledge of )?dutch (?:needed|required|"
         r"necessary)\b|\byou don't need to speak (?:any |much )?dutch\b|\b(?:little|no|hardly any) "
         r"dutch (?:is )?(?:fine|ok|okay|needed|required)\b|"
         r"\b(?:pas|aucun|aucune) (?:besoin de (?:parler|connaitre)|connaissance (?:du|en)) (?:beaucoup |bien )?"
         r"(?:le |du )?neerlandais\b|"
         r"\bsans connaissance du neerlandais\b|\banderstalige beginners\b|"
         # "You do not need to speak Dutch", "No Dutch or French needed", "je hoeft geen Nederlands
         # of Frans te spreken": no language asked at all
         r"\byou (?:do not|don't|won't|will not) (?:need|have) to (?:speak|know) (?:any |much )?dutch\b|"
         r"\bno dutch (?:or|nor|and) (?:french|english) (?:is |are )?(?:needed|required|necessary)\b|"
         r"\b(?:je|u) hoeft geen nederlands (?:of|en) (?:frans|engels) te (?:spreken|kennen|kunnen)\b|"
         r"\bbeginners nederlands\b|\been paar woorden nederlands\b|\bbeginnende (?:taal)?leerders\b|"
         r"\bnog (?:niet|weinig) (?:veel )?nederlands (?:spreekt|spreken|kent|kennen)\b|"
         # "ouders die zelf nog geen of weinig Nederlands spreken"
         r"\b(?:geen of (?:maar )?weinig|weinig of geen|(?:nog )?(?:geen|weinig) of (?:nog )?(?:maar )?"
         r"(?:weinig|een beetje)) (?:kennis van het )?nederlands\b|"

         r"\b(?:net|pas) (?:begonnen|gestart) met (?:het )?(?:nederlands|nt2)\b|"
         r"\bvoor (?:wie|mensen die) (?:net|pas) (?:begint|begonnen is|start|gestart is|begint "
         r"met) (?:met )?(?:het )?(?:nederlands|nederlands (?:te )?leren)\b|"
         r"\b(?:just|only just) (?:started|starting|beginning) (?:to learn |learning |with )?dutch\b|"
         # "Niet nodig om Nederlands te spreken" (with a degree — "vlot Nederlands" — it is an asset)
         r"\b(?:niet nodig|geen vereiste|geen must) om (?:al )?nederlands te (?:spreken|kennen|verstaan)\b"
         r"(?! (?:of|en) (?:te )?(?:lezen|schrijven))",
         value=1),
    # a welcome to beginners states no level (like "alle niveaus"): consumed, no value
    Rule("dutch.beginners-welcome", r"\b(?:ook |also |absolute |complete |totale )?beginners "
         r"(?:zijn )?(?:ook )?(?:van harte )?(?:welkom|welcome)\b|\b(?:les )?debutants (?:sont )?"
         r"(?:les )?bienvenus\b", value=None, kind="welcome"),
    # a level label: "Niveau: beginners (A1)", "niveau débutant", "intermediate level"
    Rule("dutch.level-label.1", r"\b(?<!per )(?:niveau|level|taalniveau)(?: (?:nederlands|dutch|neerlandais|of dutch|van het nederlands|"
         r"du neerlandais|en neerlandais))?\s?:?\s?(?:debutants?|beginners?|"
         r"beginner|starters?|absolute beginners?)\b(?!,? (?:zijn |sont |are )?(?:ook |also |aussi )?"
         r"(?:van harte |tres )?(?:welkom|welcome|bienvenus))|\bbeginners?niveau\b|\bbeginner(?:'s)? level\b",
         value=1),
    Rule("dutch.level-label.3", r"\b(?<!per )(?:niveau|level|taalniveau)(?: (?:nederlands|dutch|neerlandais|of dutch|van het nederlands|"
         r"du neerlandais|en neerlandais))?\s?:?\s?(?:intermediaire|"
         r"intermediate|gemiddeld|midden)\b|\bintermediate level\b",
         value=3),
    # a beginner of Dutch: level 1 only where the listing is about Dutch (see resolve)
    Rule("dutch.prose.beginner", r"\bnieuw in het nederlands\b|\b(?:ook )?(?:voor )?(?:wie|mensen die|iedereen die) (?:net|pas|"
         r"nog maar net|nog maar pas|nog volop) (?:(?:met )?(?:het )?nederlands )?(?:begint|begonnen is|start|"
         r"gestart is|aan het leren is|(?:nederlands )?(?:leert|leren|aan het leren is))\b|"
         # "Wie het Nederlands nog maar pas leert"
         r"\b(?:wie|mensen die|iedereen die) (?:het )?nederlands (?:nog )?(?:maar )?(?:net|pas) (?:leert|leren|"
         r"begint te leren|aan het leren is)\b|"
         r"\b(?:ook )?(?:als|wanneer|indien) je (?:nog )?(?:maar )?(?:net|pas) (?:begint|start|"
         r"begonnen bent|gestart bent)\b|"
         # "Ook als je pas Nederlands begint te leren"
         r"\b(?:als|wanneer|indien) je (?:nog )?(?:maar )?(?:net|pas) (?:het )?nederlands (?:begint te leren|"
         r"leert|aan het leren bent)\b|"
         # "Je mag nog helemaal beginner zijn"
         r"\b(?:je mag|mag je) (?:nog )?(?:helemaal |totaal |een )?beginner zijn\b(?! (?:in|op|met|bij|of)\b)|"
         r"\b(?:ook )?(?:for|suitable for) (?:those|people|anyone) who (?:have )?(?:just|only just) "
         r"(?:started|begun|begin|start)\b",
         value=1, kind="beginner"),
    # level 2: a little Dutch
    # "Je spreekt al een mondje Nederlands?" — a little Dutch (two writers: icon 2)
    Rule("dutch.prose.2-mondje", r"\been (?:klein )?mondje (?:nederlands|vlaams)\b", value=2),
    Rule("dutch.prose.2", r"\bnederlands\b[^.!?\n]{0,40}?\b(?:als|wanneer|indien) je het (?:nog )?(?:maar )?een (?:klein )?beetje "
         # "We spreken Nederlands, ook als je het nog maar een beetje kan": "het" is the language
         r"(?:kan|kunt|spreekt|kent|begrijpt|verstaat)\b|"
         r"\bnederlands\b[^.!?\n]{0,60}?,? (?:maar )?een (?:klein )?beetje (?:is|volstaat)"
         r"(?: al| ook)?(?: genoeg| voldoende)?\b|"
         rf"\b(?:een (?:klein )?beetje|wat(?= {_NL}\b(?! (?:wil|wilt|willen)\b))|beetje|"
         rf"eenvoudig|elementaire kennis van het|een woordje) {_NL}\b|"
         r"\b(?:het )?nederlands (?:al |reeds )?(?:een )?(?:klein )?"
         r"beetje (?:beheerst|beheersen|beheers|spreekt|spreken|kent|kennen|begrijpt|begrijpen|"
         r"verstaat|verstaan)\b|\b(?:a (?:little )?bit of|some(?! basic)|a little) dutch\b"
         rf"{_LANG_NOUN}|"
         r"\bun peu (?:de |le |du )?neerlandais\b|"
         r"\bbegrijpt (?:al )?een beetje\b|"
         # "je begrijpt wel al een beetje wat we zeggen"
         r"\b(?:begrijpt|verstaat|begrijp|versta) (?:je |u )?(?:wel )?(?:al )?een (?:klein )?beetje wat "
         r"(?:we|wij|ze|zij|men|de \w+|je collega'?s) (?:zeggen|zegt|vertellen|vertelt|vragen|vraagt)\b|\b(?:al|reeds) (?:een )?(?:klein )?beetje "
         r"(?:nederlands )?(?:kunnen |kan |kunt )?(?:praten|spreken|verstaan|begrijpen|lezen)\b|"
         r"\b(?:een )?(?:klein )?beetje (?:nederlands )?(?:kunnen|kan|kunt|kan je|kun je)? ?(?:praten|"
         r"spreken|verstaan|begrijpen|volgen)\b|\b(?:praten|spreken|verstaan|begrijpen|spreekt|begrijpt|verstaat) "
         r"(?:al |reeds )?(?:een (?:klein )?beetje|wat)(?: nederlands)?(?=\s*(?:$|[.,;!?)\n]|en |of ))|"
         r"\bal wat (?:nederlands|begrijpen|verstaan|spreken|praten)\b|"
         r"\b(?:simple|elementary|beginner'?s?|a bit of) dutch\b|\bunderstand(?:s)? (?:a (?:little )?bit|"
         r"a little|some)\b|\bneerlandais (?:simple|elementaire)\b",
         value=2),
    # level 3: quite a lot
    Rule("dutch.prose.3", rf"\b(?:vrij|redelijk|behoorlijk|al (?:best wat|heel wat|redelijk|behoorlijk)|al aardig|"
         rf"voldoende) (?:goed )?{_NL}\b(?! om (?:een )?(?:eenvoudig|kort|simpel)e? gesprek)|\b(?:vrij|redelijk|behoorlijk) goed (?:nederlands|"
         r"kunnen spreken|spreken)\b|\b(?:fairly|reasonably|quite) good dutch\b|\bdecent dutch\b|"
         r"\bassez bien (?:le )?neerlandais\b|\bun bon niveau de neerlandais\b|"
         r"\bkan (?:al )?een gesprek voeren\b(?! over (?:eenvoudige|simpele) )|\b(?:je |u )?(?:begrijpt|verstaat|begrijp|versta) "
         r"(?:al |reeds )?(?:veel|redelijk wat|vrij veel|heel wat|best wat|behoorlijk wat|"
         r"redelijk veel)(?: nederlands)?\b|\b(?:vous )?comprenez (?:deja )?bien\b|"
         r"\b(?:you )?(?:already )?understand (?:quite )?a lot\b",
         value=3),
    # level 4: speaks well / fluent
    # "Nederlands moet vlot gaan", "je spreekt Nederlands op het niveau van een moedertaalspreker"
    Rule("dutch.prose.4-fluent", r"\bnederlands (?:moet|moeten) (?:al |wel |echt )?(?:vlot|vloeiend|goed) "
         r"(?:gaan|lukken|zijn)\b|\b(?:op )?(?:het )?niveau van een moedertaalspreker\b|"
         r"\b(?:bijna )?moedertaal(?:niveau|spreker)\b(?! \w+ (?:van|uit))", value=4),
    Rule("dutch.prose.4", rf"\b(?:vlot|vloeiend|goed|correct) en (?:met plezier|graag|correct|"
         rf"duidelijk|verstaanbaar|foutloos) {_NL}\b(?! (?:te )?(?:leren|oefenen|worden|bijleren))|"
         rf"\b(?<!leer je )(?<!leert )(?<!leren )(?<!learn )(?:vlot|vloeiend|goed|uitstekend|zeer goed|heel goed|een goede "
         rf"kennis van het|goede kennis van het|grondige kennis van het) {_NL}\b"
         r"(?! (?:(?:wil|wilt|willen|wenst|wensen) )?(?:te )?(?:leren|oefenen|worden|bijleren))|"
         r"\bnederlands (?:vlot|vloeiend|goed) (?:spreken|spreekt|beheersen|beheerst)\b|"
         r"\b(?:fluent|good|excellent) (?:in )?dutch\b|\bdutch fluently\b|\bneerlandais courant\b|"
         r"\b(?:parler|parlez) (?:le )?(?:neerlandais )?couramment\b|\bbonne (?:connaissance|maitrise) du neerlandais\b|"
         r"\bmoedertaal nederlands\b|"
         # "een sterke kennis van het Nederlands"; "in het Nederlands … vraagt een goed begrip van de taal"
         rf"\b(?:sterke|grondige|goede) (?:kennis|beheersing) van het {_NL}\b|"
         r"\bnederlands\b[^.!?\n]{0,100}\b(?:(?:goed|sterk|grondig)e? (?:begrip|kennis|beheersing) van de taal|"
         r"(?:spreekt|beheerst|kent) (?:je |u )?de taal (?:best |zeker |wel )?(?:zeer |heel |erg )?(?:goed|vlot))\b",
         value=4, negated=None),
)
# -- a small grammar of ability statements: degree × language × verb --------------------------
# The phrase lists above name typical sentences; these rules compose them, so that wordings
# nobody listed ("spreekt nog maar heel weinig", "you understand quite a lot", "un peu de
# néerlandais") are read the same way. Degrees follow the taaliconen: 1 = (almost) none,
# 2 = a little, 3 = quite a lot, 4 = well / fluent.
_VERB_U = (r"(?:verstaat|verstaan|versta|begrijpt|begrijpen|begrijp|understands?|comprends?|"
           r"comprenez|comprennent|comprend)")
_VERB_S = (r"(?:spreekt|spreken|spreek|praat|praten|speaks?|parlez|parlent|parle|parles|"
           r"schrijft|schrijven|schrijf|writes?|"
           r"beheerst|beheersen|beheers|masters?|maitrisez|maitrise|kent|kennen|ken|knows?|"
           r"connaissez|connais|lees|leest|lezen|reads?|vertellen|vertelt|vertel|meepraten|"
           r"meepraat|uitdrukken|uitdrukt|antwoorden|antwoordt|zeggen|zegt|express|talk|"
           r"communicate|communiceren|communiceert|t'exprimer|vous exprimer|s'exprimer)")
_D1 = (r"(?:(?:nog )?(?:maar )?(?:heel |zeer |erg |echt )?(?:weinig|beperkt)|(?:nog )?(?:bijna |quasi |helemaal )?"
       r"nauwelijks|amper|(?:nog )?(?:bijna |quasi |helemaal )?geen|(?:very |only |just )?little|"
       r"hardly(?: any)?|barely(?: any)?|almost no|(?:tres |encore )?peu(?: de| le| du)?|"
       r"quasiment pas(?: de| le| du)?|(?:nog )?niet veel|nog niet|(?:nog )?(?:bijna |quasi |"
       r"helemaal )?(?:niets|niks)|nothing|rien)")
_D2 = (r"(?:(?:al |reeds )?een (?:heel )?(?:klein )?beetje|(?:al |reeds )?(?:een )?(?:klein )?beetje|"
       r"(?:al )?wat|(?:al )?iets|(?:al )?(?:een paar|enkele) dingen|"
       r"elementaire kennis(?: van)?|"
       r"some(?! basic)|a (?:little )?bit(?: of)?|a little|un (?:petit )?peu(?: de| le| du)?|"
       r"quelques notions(?: de| en)?|des notions(?: de| en)?)")
_D3 = (r"(?:(?:al )?(?:de meeste dingen|het meeste|bijna alles)|most things|(?:la )?plupart des choses|"
       r"(?:al )?(?:ne|een) (?:goeie |goede |hele )?hoop|(?:al )?een (?:hele ?)?boel|"
       r"(?:al )?(?:heel|best|behoorlijk|redelijk|aardig) (?:wat|wa|veel)|(?:al )?(?:redelijk|vrij|"
       r"behoorlijk|aardig) (?:goed|veel)|(?:al )?redelijk|al (?:aardig|veel)|veel|voldoende|"
       r"quite (?:a lot(?: of)?|a bit(?: of)?|good|well)|a lot(?: of)?|fairly (?:good|well)|"
       r"a (?:fair|good) (?:amount|deal)(?: of)?|quite some|"
       r"reasonabl[ey](?: good| well)?|decent|assez (?:bien|bon)|pas mal(?: de| le| du)?|"
       r"beaucoup(?: de| le| du)?)")
_D4 = (r"(?:(?:al )?(?:heel |zeer |erg )?(?:vlotjes|vlot|vloeiend|goed)|uitstekend|perfect|foutloos|moeiteloos|"
       r"(?:very )?(?:fluent(?:ly)?|well|good)|(?:tres )?(?:couramment|bien)|parfaitement|"
       r"zonder (?:veel )?(?:moeite|problemen))")
# ("Vlaams" before any other word is an adjective: "wat Vlaams zorgbudget is")
_LANG = (rf"(?:(?:het |de |le |du )?(?:nederlands|dutch|neerlandais|vlaams(?! (?!(?:spreken|spreekt|praten|"
         rf"praat|verstaan|verstaat|begrijpen|begrijpt|kennen|kent|kan|kunt|nodig|is|en|of|maar|te|als|"
         rf"hebt|heb|moet)\b)[a-z]{{3,}})){_LANG_NOUN}|de taal)")
_END = r"(?: van)?(?=\s*(?:$|[.,;:!?)\n]|en\b|of\b|and\b|or\b|et\b|ou\b|maar\b|but\b|mais\b|yet\b))"
_AFTER = r"(?!\s(?:(?:wil|wilt|willen|wenst|wensen|wants?) )?(?:te |to |a )?(?:leren|oefenen|learn|practi[cs]e|apprendre|worden|become))"
# "een beetje Nederlands of Engels": no Dutch requirement
_NOT_OTHER_LANG = (r"(?!\s(?:of|or|ou|en/of|and/or) (?:het )?(?:engels|english|anglais|frans|"
                   r"french|francais|arabisch|arabic|arabe))")


_IN_LANG_DEGREE = {4: r"(?:heel |zeer )?(?:vlot|vloeiend|goed)",
                   3: r"(?:redelijk|vrij|behoorlijk|aardig) goed"}


def _grammar(level: int, degree: str) -> tuple[Rule, ...]:
    # ("je schrijft vlot in het Nederlands": the language may follow "in")
    lang_opt = rf"(?: (?:in |en )?(?:(?:voor)?kennis (?:van )?)?{_LANG}| (?:choses|dingen|things))?"
    # "praat vlot mee" is fluency; "praat wat mee" only joins in
    # ("je leest vlot voor in het Nederlands": reading aloud)
    mee_opt = "(?: mee(?: aan tafel| in het gesprek| in de groep)?| voor)?" if level >= 3 else ""
    return (
        Rule(f"dutch.grammar.{level}.understand", rf"\b{_VERB_U} (?:je |u |jij )?(?:er )?(?:best |echt |toch )?(?:al |reeds |already |deja |"
             rf"nog |still |encore )?(?:maar )?{degree}{lang_opt}{_END}{_AFTER}",
             value=level, kind="understand"),
        Rule(f"dutch.grammar.{level}.speak", rf"\b{_VERB_S} (?:je |u |jij )?(?:er |het |it )?(?:best |liefst |bij voorkeur )?(?:al |reeds |already |deja |"
             rf"nog |still |encore )?(?:maar )?{degree}{mee_opt}{lang_opt}{_END}{_AFTER}",
             value=level, kind="speak"),
        Rule(f"dutch.grammar.{level}.lang", rf"\b{degree} (?:(?:voor)?kennis (?:van )?|"
             rf"woord(?:je)?s? )?{_LANG}\b{_AFTER}{_NOT_OTHER_LANG}",
             value=level, kind="lang"),
        # "een vlotte / redelijke / goede kennis van het Nederlands": the adjective's -e form
        Rule(f"dutch.grammar.{level}.knowledge", rf"\b{degree}(?:e|te) (?:voor)?kennis (?:van )?{_LANG}\b"
             rf"{_AFTER}{_NOT_OTHER_LANG}", value=level, kind="lang"),
        Rule(f"dutch.grammar.{level}.lang-verb", rf"\b{_LANG} (?:al |reeds |nog )?(?:maar )?"
             rf"{degree} (?:{_VERB_U}|{_VERB_S})\b", value=level, kind="lang"),
        # "beheersen het Nederlands vlot", "understand Dutch quite well"
        Rule(f"dutch.grammar.{level}.verb-lang", rf"\b(?:{_VERB_U}|{_VERB_S}) {_LANG} "
             rf"(?:al |reeds |already |deja |nog |still )?(?:maar )?{degree}{_END}",
             value=level, kind="lang"),
        # "je Nederlands moet goed zijn", "your Dutch should be fluent"
        Rule(f"dutch.grammar.{level}.your-dutch", rf"\b(?:je|jouw|uw|your|votre|ton) {_LANG} "
             rf"(?:moet|mag|is|zijn|should|must|needs to|doit|is al|is already)(?: (?:al|wel|dus|"
             rf"be|etre|minstens|at least|zeker))* {degree}\b", value=level, kind="lang"),
        # "heb je wel al een beetje Nederlands nodig", "je hebt vlot Nederlands nodig"
        Rule(f"dutch.grammar.{level}.need", rf"\b(?:heb|hebt|heeft|hebben) (?:je |u |jij )?(?:wel |dus |toch )?"
             rf"(?:al |minstens |zeker )?{degree} {_LANG} nodig\b", value=level, kind="lang"),
        # "je moet je vlot in het Nederlands kunnen uitdrukken" (a requirement with a manner adverb —
        # not "we gaan veel in het Nederlands praten")
        *((Rule(f"dutch.grammar.{level}.in-lang", rf"\b(?:moet|moeten|dient|dienen|kan|kunt|kunnen)\b"
                rf"[^.!?\n]{{0,25}}?\b{_IN_LANG_DEGREE[level]} in {_LANG} (?:(?:kunnen|kan|kunt) )?"
                rf"(?:{_VERB_U}|{_VERB_S})\b", value=level, kind="lang"),) if level in _IN_LANG_DEGREE else ()),
        # "who hardly speak any Dutch", "die al vlot spreekt", "qui comprend bien"
        Rule(f"dutch.grammar.{level}.adverb-verb", rf"\b(?:al |reeds |already |nog |still )?"
             rf"{degree} (?:(?:kan|kunt|kunnen|can|zelf|je|zich|jezelf) ){{0,2}}"
             rf"(?:{_VERB_U}|{_VERB_S})(?: any)?(?: {_LANG})?\b{_AFTER}",
             value=level, kind="adverb"),
    )


GRAMMAR = (
    # "Nederlands voor (absolute) beginners", "néerlandais pour débutants", "start from zero"
    Rule("dutch.grammar.1.beginners", rf"\b{_LANG} (?:voor|for|pour) (?:(?:absolute|complete|"
         r"totale|echte) )?(?:beginners|starters|debutants?(?: complets| absolus)?)\b|"
         r"\b(?:debutants?|beginners) (?:absolus|complets|en neerlandais|in (?:het )?nederlands|"
         r"in dutch|nederlands)\b|"
         r"\b(?:we )?(?:start(?:en)?|beginnen|begin) (?:from|van(?:af)?|bij) (?:zero|nul|scratch)\b|"
         r"\b(?:from|vanaf|a partir de) (?:scratch|zero|nul)\b|\bnog nooit nederlands\b|"
         rf"\b(?:pas|net|nog maar (?:pas|net)|juist) (?:begint|begonnen(?: bent| is| zijn)?|"
         rf"start|gestart(?: bent| is| zijn)?|beginnen|starten) (?:met|aan) (?:het )?"
         rf"(?:leren van |lessen )?{_LANG}\b|"
         rf"\b(?:nog niet lang|nog maar (?:pas|net|kort)|pas|net|sinds kort) {_LANG} "
         r"(?:leert|leren|leer|aan het leren|learning)\b|\b(?:don't|do not|won't|will not) need (?:any|"
         r"much) dutch\b|\bno dutch (?:needed|required|necessary)\b|\b(?:just|recently|only just) "
         r"(?:started|begun|begon) (?:to learn |learning )?dutch\b|"
         rf"\b(?:(?:level of|niveau|kennis van het|connaissance du) )?{_LANG}\s?:\s?"
         r"(?:not (?:needed|required|necessary)|niet (?:nodig|vereist|verplicht)|geen vereiste|"
         r"(?:weinig|nauwelijks|amper|little|peu) (?:nodig|vereist|needed|required|necessaire)|"
         r"pas (?:necessaire|requis|obligatoire)|none)\b",
         value=1, kind="lang"),
    # "nul Nederlands? Geen probleem", "veel Nederlands heb je niet nodig"
    Rule("dutch.grammar.1.none-needed", r"\b(?:nul|zero) (?:nederlands|dutch)\b|\bno dutch (?:yet|"
         r"needed|required)\b|\bpas un mot de "
         r"neerlandais\b|\b(?:veel|goed|vlot) nederlands (?:heb|hebt|heeft|hoef|hoeft) (?:je|u) niet"
         r"(?: te kennen| te kunnen| nodig)?\b|\bje hebt (?:niet veel|weinig|amper) nederlands nodig\b",
         value=1, kind="lang"),
    # (not "een paar woorden Engels of Frans is handig")
    Rule("dutch.grammar.1.words", r"\b(?:(?:maar |only |just |slechts )?(?:een handvol|enkele|een paar|"
         r"a few|a couple of|quelques)) (?:woorden|woordjes|words|mots)\b(?! (?:of |in het |d'|de |en )?(?:engels|frans|english|french|dialect|plat|"
         r"anglais|arabisch|arabic|duits|spaans|spanish))", value=1, kind="speak"),
    # can-do descriptions
    Rule("dutch.grammar.1.not-much-needed", r"\b(?:je hoeft|you don't need to|you do not need to|"
         r"tu n'as pas besoin de|vous n'avez pas besoin de) (?:nog )?(?:(?:bijna|haast|quasi) )?"
         r"(?:niet veel|weinig|niets|niks|geen|know much|be able to do much|grand-chose) (?:(?:het )?"
         r"nederlands |dutch )?(?:te kunnen|te kennen|te verstaan|te begrijpen|te zeggen|to know|"
         r"to say|to understand|savoir)\b|"
         r"\b(?:ken|kent|kennen|know|knows|connais|connaissez) (?:je |u |you )?(?:alleen|enkel|maar|"
         r"only|just|seulement) ['\"‘“]|"
         # "De uitleg is in het Nederlands, maar je hoeft er bijna niets van te verstaan"
         r"\bnederlands\b[^.!?\n]{0,40}?\bje hoeft er (?:nog )?(?:(?:bijna|haast|quasi) )?(?:niet veel|weinig|niets|"
         r"niks) van te (?:verstaan|begrijpen|kennen)\b", value=1, kind="speak"),
    # "je Nederlands moet niet perfect zijn" reassures without a level (blind sets v7, v18):
    # consumed, no value; the statements beside it decide
    Rule("dutch.grammar.not-perfect", rf"\b(?:je|jouw|uw|your|votre|ton) {_LANG} (?:hoeft|moet|"
         r"must|has to|doit|is) (?:nog )?(?:niet|geen|not|pas) (?:zo |heel |al )?(?:perfect|foutloos|"
         r"parfait)(?: te zijn| be| etre)?\b|\byour dutch (?:doesn't|does not|need not|needn't) "
         r"(?:have to )?be perfect\b|\b(?:moet|hoeft) (?:je )?(?:je )?(?:nederlands )?niet perfect "
         r"(?:nederlands )?(?:te )?(?:spreken|beheersen|zijn)\b|\bniet perfect, dat is (?:oke|ok|goed)\b|"
         r"\b(?:perfect|foutloos) nederlands (?:hoeft|moet) (?:nog )?niet\b",
         value=None, kind="register"),
    Rule("dutch.grammar.1.need-not-be-good", rf"\b(?:je|jouw|uw|your|votre|ton) {_LANG} (?:hoeft|moet|"
         r"must|has to|doit) (?:nog )?(?:niet|geen|not|pas) (?:zo |heel |erg |al )?(?:goed|"
         r"vlot|good|fluent|bon) (?:te zijn|be|etre)?\b|\byour dutch "
         r"(?:doesn't|does not|need not|needn't) (?:have to )?be (?:good|fluent)\b|"
         r"\bne (?:parlez|parles|parle|parlent|comprenez|comprends|comprend) pas (?:(?:encore|du tout|"
         r"bien|beaucoup|vraiment|tres bien|\(\w+\)) ){0,2}(?:le |du )?neerlandais\b", value=1, kind="lang"),
    Rule("dutch.grammar.3.opinion", r"\b(?:een|je|zijn|haar|jouw|your|an|votre|ton) (?:eigen )?"
         r"(?:mening|opinion|avis) (?:\w+ ){0,3}?(?:geven|uiten|zeggen|vertellen|give|express|"
         r"donner|exprimer)\b", value=3, kind="speak"),
    Rule("dutch.grammar.2.everyday", r"\b(?:manage|get by|cope|redden|behelpen|je plan trekken|uit "
         r"de slag|se debrouiller|te debrouilles|vous debrouillez)\w* (?:\w+ ){0,4}?(?:everyday|"
         r"daily|alledaagse|dagelijkse|eenvoudige|simple|de tous les jours|quotidiennes?) "
         r"(?:situations?|situaties|dingen|things|gesprekjes|conversations?|leven|life|vie)\b",
         value=2, kind="speak"),
    Rule("dutch.grammar.3.news", r"\b(?:het )?nieuws (?:op (?:de )?(?:radio|tv|televisie) )?(?:\w+ ){0,2}"
         r"(?:te )?(?:volgen|begrijpen|verstaan)\b|\bfollow (?:the )?(?:news|radio)\b|"
         r"\b(?:je|your) zegje (?:doen|te doen)\b|\bhave (?:your|a) say\b", value=3, kind="speak"),
    # "Je hoeft (nog) niet goed Nederlands te spreken": not much needed — icon 1 where nothing
    # else states a level (writers: 1 in seven items, none or 2 where another statement decides;
    # "niet vlot" alone reassures without a level, five writers against one)
    Rule("dutch.grammar.1.need-not-speak-well", r"\b(?:hoeft|moet|hoef|moeten|hoeven) (?:je |u )?(?:nog )?"
         r"niet (?:zo |heel )?goed (?:het )?nederlands (?:te )?(?:spreken|kunnen|kennen|praten)\b|"
         r"\b(?:hoeft|moet|hoef) (?:je |u )?nog niet (?:zo |heel )?(?:goed|vlot) (?:het )?nederlands "
         r"(?:te )?(?:spreken|kunnen|kennen|praten)\b|"
         # "Nederlands moet je nog niet goed kunnen": the language first
         r"\bnederlands (?:moet|hoef|hoeft) (?:je|u) (?:nog )?niet (?:zo |heel |echt )?(?:goed|vlot|perfect) "
         r"(?:te )?(?:spreken|kunnen|kennen|praten|beheersen)\b", value=1, kind="fallback"),
    # "Niveau: je weet nog maar weinig woorden", "je kent nog maar een paar woorden Nederlands"
    Rule("dutch.grammar.1.few-words", r"\b(?:je|u) (?:kent|weet|kan|spreekt) (?:nog )?(?:maar )?(?:heel |erg )?"
         r"(?:weinig|een paar|enkele) (?:nederlandse )?woord(?:en|jes)(?: nederlands)?\b",
         value=1),
    # "Taal: Nederlands (weinig kennis nodig, alles wordt voorgedaan)": a requirement in a
    # language field (which otherwise names the languages spoken)
    Rule("dutch.grammar.1.little-needed", r"\bnederlands \((?:maar )?(?:weinig|geen|nauwelijks|amper) "
         r"(?:kennis|voorkennis) (?:nodig|vereist)\b", value=1, kind="need"),
    # "De cursus is in het Nederlands; je moet het vlot kunnen volgen"
    # "je kan al vlot een gesprek voeren"
    Rule("dutch.grammar.4.fluent-conversation", r"\b(?:kan|kunt|kunnen) (?:je |u )?al (?:vlot|vloeiend|"
         r"moeiteloos|gemakkelijk|zonder moeite) een gesprek (?:in het nederlands )?voeren\b"
         r"(?! in het (?:engels|frans|spaans|duits|arabisch|italiaans|turks))",
         value=4, kind="speak"),
    Rule("dutch.grammar.4.follow-fluently", r"\b(?:moet|kan|kunt|moeten) (?:je |u )?(?:het|de lessen|de cursus|"
         r"de uitleg|alles) (?:vlot|goed|moeiteloos|zonder moeite) (?:kunnen )?(?:volgen|verstaan|begrijpen)\b|"
         # "je moet een gesprek in het Nederlands vlot kunnen volgen", "de instructies", "de trainer"
         # (not "goed kunnen volgen": writers read that as 3 or no level)
         # (a requirement, "moet": "dankzij de headsets kan je de gids moeiteloos verstaan" is hearing)
         r"\b(?:moet|moeten) (?:je |u )?(?:(?:een|het) (?:gesprek|les|uiteenzetting|discussie)|de (?:instructies|"
         r"trainer|lesgever|gids|les|lessen|gesprekken|uitleg))(?: in het nederlands)? vlot "
         r"(?:kunnen )?(?:volgen|verstaan|begrijpen)\b",
         value=4, kind="understand"),
    # "Je kan klanten vlot te woord staan in het Nederlands", "je vlot en verzorgd uitdrukken",
    # "op (bijna) moedertaalniveau"
    Rule("dutch.grammar.4.express", r"\b(?:vlot|vloeiend|goed|correct)(?: en (?:verzorgd|correct|"
         r"duidelijk|helder))? (?:te woord (?:te |kunnen |kan |kunt )?staan|(?:uit te drukken|uitdrukken)|formuleren)\b|"
         r"\bop (?:\(?bijna\)?[ -])?moedertaalniveau\b|\bnear-native\b", value=4, kind="speak"),
    Rule("dutch.grammar.4.native", r"\b(?:zoals|als|like|comme) (?:een |a |an |un )?(?:moedertaalspreker|"
         r"moedertaal|native(?: speaker)?|natif|locuteur natif)\b|\bnative[- ]like\b|"
         r"\bop moedertaalniveau\b", value=4, kind="speak"),
    # can-do statements (session 5): "je verstaat de meeste vragen" — icon 3; "je volgt het
    # journaal", "je kan in een discussie je mening verdedigen" — icon 4; "je verstaat eenvoudige
    # uitleg" — icon 2
    Rule("dutch.grammar.3.most-questions", r"\bversta(?:at|an)? (?:je |u )?(?:al )?(?:de meeste|bijna alle) "
         r"(?:vragen|dingen|woorden|gesprekken|uitleg)\b", value=3, kind="lang"),
    Rule("dutch.grammar.4.debate", r"\b(?:in een discussie )?(?:je|jouw|uw) mening (?:kan |kunt |kunnen )?"
         r"verdedigen\b|\bvolg(?:t)? (?:je |u )?(?:zelf )?het (?:journaal|nieuws op tv)\b",
         value=4, kind="understand"),
    Rule("dutch.grammar.2.simple-explanation", r"\bversta(?:at|an)? (?:je |u )?(?:al )?(?:eenvoudige|korte|"
         r"simpele) (?:uitleg|zinnen|vragen|woorden)\b|\bversta(?:at|an)? (?:je |u )?(?:de )?(?:instructies|uitleg|"
         r"vragen) als (?:ze |die |het |we |je )?(?:traag|langzaam|eenvoudig|rustig)\w*\b|"
         # "Je hoeft alleen een beetje te verstaan"
         r"\b(?:je hoeft|hoef je|u hoeft) (?:alleen|enkel|maar) (?:een (?:klein )?beetje|wat) te (?:verstaan|"
         r"begrijpen)\b", value=2, kind="lang"),
    Rule("dutch.grammar.3.most-explanations", r"\b(?:de meeste|bijna alle) (?:uitleg|vragen|gesprekken) "
         r"(?:kunnen |kan |kunt )?(?:begrijpen|verstaan|volgen)\b", value=3, kind="lang"),
    # "Vier taaliconen? Nee hoor, twee is genoeg!"
    *(Rule(f"dutch.icons.enough.{n}", rf"\b(?:{words}) (?:taalicon(?:en|s)? )?(?:is|zijn) (?:al )?(?:genoeg|voldoende)\b",
           value=n, kind="icons-n") for n, words in ((1, "een|één"), (2, "twee"), (3, "drie"))),
    # "Nederlands? Vlot, want we discussiëren" — a Q&A line
    Rule("dutch.qa.4", r"\bnederlands\s?\?\s*(?:vlot|goed|vloeiend)\b", value=4, kind="lang"),
    Rule("dutch.qa.2", r"\bnederlands\s?\?\s*(?:een beetje|wat|een mondje)\b", value=2, kind="lang"),
    # "Ook zonder veel Nederlands kan je helpen"
    # ("Ook zonder Nederlands kan je meedoen")
    Rule("dutch.grammar.1.without-much", r"\bzonder (?:veel|grote|echte) (?:kennis van (?:het )?)?"
         r"(?:nederlands|vlaams)\b|\b(?:ook )?zonder (?:kennis van (?:het )?)?nederlands (?:kan|mag|kun|kunt) "
         r"(?:je|u)\b", value=1, kind="lang"),
    # "Voor beginners: je kent nog maar weinig woorden": icon 1 (where the listing is about Dutch)
    # ("ook als je nog maar weinig woorden kent": the verb may come last)
    Rule("dutch.grammar.1.few-words", r"\b(?:kent|ken|kennen) (?:je |u )?(?:nog )?(?:maar )?(?:heel )?"
         r"(?:weinig|enkele|amper|nauwelijks) (?:woorden|woordjes)\b|\b(?:je|u|jij) (?:nog )?(?:maar )?"
         r"(?:heel )?(?:weinig|enkele|amper|nauwelijks|een paar) (?:nederlandse )?(?:woorden|woordjes)"
         r"(?: nederlands)? (?:kent|kan|kunt|spreekt)\b", value=1, kind="understand"),
    # "Verstaan lukt al een beetje, maar spreken is nog moeilijk?": understands a little — icon 2
    Rule("dutch.grammar.2.understanding-goes", r"\b(?:verstaan|begrijpen) (?:lukt|gaat) (?:je )?(?:al )?"
         r"(?:een (?:klein )?beetje|wat|een stukje)\b", value=2, kind="understand"),
    Rule("dutch.grammar.2.understand-sentences", r"\b(?:verstaat|verstaan|begrijpt|begrijpen|"
         r"understands?) (?:wel )?(?:al )?(?:wat |enkele |een paar |some |simple )?(?:eenvoudige |korte |"
         r"simple |short )?(?:zinnen|zinnetjes|sentences|vragen|uitleg|questions|instructies|"
         r"instructions|opdrachten|afspraken|boodschappen)\b", value=2, kind="speak"),
    Rule("dutch.grammar.2.sentences", r"\b(?:(?:al )?(?:wat|enkele|een paar|some|simple|"
         r"eenvoudige|korte) )?(?:woorden (?:en|of) )?(?:eenvoudige |korte )?(?:zinnen|zinnetjes|"
         r"sentences|phrases simples)\b(?= (?:kennen|kent|ken|zeggen|zegt|maken|maakt|begrijpen|"
         r"begrijpt|verstaan|verstaat|spreken|spreekt)\b)|\b(?:je )?(?:kent|kennen|know) (?:al )?"
         r"(?:wat|some|enkele) (?:woorden|words) (?:en|and) (?:zinnen|zinnetjes|sentences)\b",
         value=2, kind="speak"),
    Rule("dutch.grammar.2.follow-conversation", r"\b(?:een )?(?:eenvoudig|kort|simpel)e? "
         r"(?:gesprek(?:je)?|conversatie|uitleg) (?:kan |kunt |kunnen )?(?:volgen|verstaan|begrijpen)\b",
         value=2, kind="speak"),
    Rule("dutch.grammar.2.simple-things-understood", r"\b(?:eenvoudige|korte|simpele) (?:zinnen|"
         r"instructies|opdrachten|vragen|uitleg|afspraken)(?: in het nederlands)? (?:kan |kunt |kunnen )?"
         r"(?:begrijpen|verstaan|volgen)\b", value=2, kind="lang"),
    # "kan al een (eenvoudig) gesprek voeren": icon 3, "can say something"
    Rule("dutch.grammar.4.conversation-ease", r"\b(?:(?:already )?(?:be able to|able to|can|could) )?"
         r"(?:have|hold|carry on) (?:a |an )?conversation(?: in "
         r"dutch)? (?:with ease|easily|fluently)\b|\bvoert (?:je |u )?(?:al )?(?:makkelijk|vlot|"
         r"gemakkelijk|moeiteloos) een gesprek over (?:allerlei|alle|veel)\b|\b(?:schrijft|schrijf) (?:je |u )?"
         r"(?:al )?vlot (?:\w+ )?(?:teksten|brieven|mails|verslagen|artikels)\b", value=4, kind="lang"),
    Rule("dutch.grammar.3.conversation-en", r"\b(?:be able to|able to|can|could) (?:already )?(?:have|hold|carry "
         r"on|follow) (?:a |an )?(?:everyday )?(?:conversation|chat|talk)s?\b"
         r"(?! in (?:english|french|spanish|german|italian|arabic|portuguese|turkish|polish|russian|ukrainian|farsi|dari)"
         r"(?! (?:or|and) dutch))",
         value=3, kind="speak"),
    # "You should be able to hold a simple conversation": English word order, the same icon 2 as
    # "een eenvoudig gesprek voeren" (the binding convention; writers of v282, v300 and v301)
    Rule("dutch.grammar.2.simple-conversation-en", r"\b(?:be able to|able to|can|could) (?:already )?(?:have|hold|"
         r"carry on|follow) (?:a |an )?(?:simple|short|basic|small) (?:conversation|chat|talk)s?\b",
         value=2, kind="speak"),
    # a simple or short conversation is icon 2 (blind sets v4, v6, v7, v9-v11, v14, v18)
    Rule("dutch.grammar.2.simple-conversation", r"\b(?:(?:kan|kunt|kunnen|can|peux|peut|pouvez|"
         r"be able to|able to|in staat om|capable de) (?:al |reeds |already |deja )?)?(?:een |a |une )?"
         r"(?:eenvoudig|kort|simpel|simple|short|petite)e? (?:gesprek(?:je)?|conversatie|"
         r"conversation) (?:(?:in het nederlands |en neerlandais |in dutch )?(?:kan |kunt |kunnen |te )?"
         r"(?:voeren|houden|have|hold|tenir|avoir))\b|"
         # "Je kan al een gesprek voeren over eenvoudige onderwerpen"
         r"\bgesprek(?:je)? (?:kan |kunt )?voeren over (?:eenvoudige|simpele) (?:onderwerpen|dingen|thema'?s)\b|"
         # French puts the adjective after: "tenir une conversation simple en néerlandais"
         r"\b(?:tenir|avoir|suivre) une conversation (?:simple|courte|de base|elementaire)\b(?! en (?:anglais|espagnol|"
         r"allemand|italien|arabe|francais|turc|russe|portugais|chinois|japonais|polonais))", value=2, kind="lang"),
    Rule("dutch.grammar.3.conversation", r"\b(?:kan|kunt|kunnen|can|peux|peut|pouvez|be able to|"
         r"able to|in staat om|capable de) "
         # ("Je kan in het Nederlands een gesprek voeren")
         r"(?:al |reeds |already |deja )?(?:in het nederlands )?(?:een |a |une )?"
         r"(?:gesprek(?:je)?|conversatie|conversation) (?:in het nederlands |in dutch )?(?:voeren|houden|have|hold|"
         r"tenir|avoir)\b(?! over (?:eenvoudige|simpele) )", value=3, kind="lang"),
    # following an everyday conversation without much effort (the order reversed): icon 3
    Rule("dutch.grammar.3.follow-everyday", r"\b(?:een )?gesprek(?:ken)? over (?:alledaagse|dagelijkse|"
         r"gewone) (?:dingen|onderwerpen) (?:zonder (?:veel )?moeite|vlot) (?:kan |kunnen |kunt )?"
         r"volg(?:en|t)\b|\bal een (?:gewoon |"
         r"normaal )?gesprek (?:kan|kunt|kunnen) voeren\b", value=3, kind="lang"),
    # following a discussion or a play without effort, reading without a dictionary, speaking
    # without searching for words: icon 4
    Rule("dutch.grammar.4.without-effort", r"\bvolg(?:t)? (?:je |u )?(?:een |de )?(?:discussie|gesprek|"
         r"gesprekken|uitleg|(?:\w+ )?(?:theater)?voorstelling|film)(?: in het nederlands)? (?:zonder "
         r"(?:veel )?(?:moeite|problemen))\b|\bzonder woordenboek\b|\bzonder (?:veel )?(?:te )?zoeken "
         r"naar (?:de )?woorden\b|\bvlot genoeg (?:nederlands|om)\b|\b(?:een )?gesprek(?:ken)? "
         r"(?:moeiteloos|zonder (?:veel )?moeite) (?:kunnen |kan |kunt )?volgen\b|"
         # "Je volgt vlot een discussie in het Nederlands"
         r"\b(?:je|u) volg(?:t)? (?:al )?vlot (?:een |de )?(?:discussie|gesprek|gesprekken|uitleg|lezing) "
         r"in het nederlands\b",
         value=4, kind="lang"),
    # "Vereiste voorkennis: geen"; Q&A "Hoeveel Nederlands moet ik kennen? Weinig."
    Rule("dutch.grammar.1.qa", r"\b(?:vereiste )?voorkennis\s?:\s?geen\b|\bhoeveel nederlands "
         r"(?:moet ik|heb ik nodig|moet je)[^?\n]{0,20}\?\s*(?:a\s?:\s*)?(?:weinig|niet veel|bijna niets|"
         r"niets|geen)\b|\bje (?:moet|hoeft) er (?:nog )?niet veel van (?:te )?kennen\b", value=1,
         kind="speak"),
    # "begrijpt Nederlands goed, spreken mag nog hakkelen": understands a lot, says some — icon 3
    Rule("dutch.grammar.3.understands-well-speaks-some", r"\b(?:begrijpt|begrijp|verstaat|versta) "
         r"(?:je |u )?(?:het )?(?:nederlands )?(?:al )?goed(?: nederlands)?,? (?:maar |en )?(?:het )?"
         r"(?:spreken|praten) (?:mag|gaat|lukt|kan) (?:nog )?(?:wat )?(?:hakkelen|haperen|stroef|"
         r"moeizaam|moeilijk|minder)\b", value=3, kind="lang"),
    # "Your Dutch is good enough to follow a story": good enough to follow is icon 3 (to
    # phone or work in Dutch stays the top)
    Rule("dutch.grammar.3.good-enough", r"\b(?:your dutch is|je nederlands is|jouw nederlands is|"
         r"votre neerlandais est) (?:already )?(?:good|goed|bon) (?:enough to (?:follow|understand)|"
         r"genoeg om (?:\w+ ){0,3}?te (?:volgen|begrijpen|verstaan)|assez pour (?:suivre|comprendre))\b",
         value=3, kind="lang"),
    # effortless following, conversing, speaking or writing: the top of the scale
    Rule("dutch.grammar.4.effortless", r"\b(?:volgt|volg|voert|voer|verstaat|versta|begrijpt|"
         r"begrijp|leest|lees) (?:je |u )?(?:al )?(?:zonder (?:veel )?moeite|moeiteloos|probleemloos) "
         r"(?:het journaal|het nieuws|een gesprek|gesprekken|(?:het )?nederlands|de uitleg|wat er "
         r"gezegd wordt|een krant|de krant|kranten)\b|"
         r"\b(?:uitleg|gesprekken|discussies?|debat) (?:vlot|zonder moeite|moeiteloos) (?:kunnen |kan )?"
         r"volgen\b|\b(?:praat|spreekt|spreek) (?:je |u )?(?:al )?(?:makkelijk|gemakkelijk|vlot) over "
         r"(?:allerlei|alle|veel) (?:onderwerpen|thema'?s|dingen)\b|\b(?:zonder (?:veel )?moeite|moeiteloos) (?:het journaal|het nieuws|een gesprek|"
         r"nederlands) (?:volgen|voeren|spreken)\b|\b(?:follow|speak|understand)s? (?:dutch|it) "
         r"(?:with ease|effortlessly)\b", value=4, kind="lang"),
    Rule("dutch.grammar.4.effortless-speech", r"\b(?:praat|spreekt) (?:je |u )?(?:al )?(?:gemakkelijk|"
         r"makkelijk|zonder nadenken|zonder aarzelen) mee\b|\bzonder (?:na te denken|nadenken|aarzelen) "
         r"(?:praat|spreekt|praten|spreken)\b|\bvlot (?:je |jouw |uw )?mening (?:kunnen |kan )?geven\b|"
         r"\b(?:spreekt|spreek|praat|schrijft|schrijf) (?:je |u )?"
         r"(?:al )?(?:zonder (?:veel )?moeite|moeiteloos|vlotjes)\b|\bzonder (?:taal)?fouten (?:een |"
         r"in het nederlands )?(?:\w+ ){0,3}?(?:schrijven|opstellen)\b", value=4, kind="speak"),
    # following explanations and asking questions yourself: icon 3
    Rule("dutch.grammar.3.follow-and-ask", r"\b(?:de |een )?(?:uitleg|les|gesprek|discussie)"
         r"(?: in het nederlands| aan tafel)? (?:kunnen |kan |kunt )?volgen en (?:zelf )?(?:vragen "
         r"(?:kunnen |kan )?stellen|je mening (?:kunnen |kan )?geven)\b", value=3, kind="understand"),
    # everyday words but no long sentences yet; speaking still hard: icon 2
    Rule("dutch.grammar.2.everyday-words", r"\b(?:kent|ken|kennen|know) (?:je |u |you )?(?:al )?(?:de )?"
         r"(?:woorden|woordjes|words) (?:voor|van|for) (?:de )?(?:dagelijkse|alledaagse|gewone|"
         r"everyday) (?:dingen|things)\b|\blange zinnen (?:zijn|blijven) (?:nog )?moeilijk\b|"
         r"\b(?:zelf )?(?:spreken|praten) (?:gaat|lukt) (?:nog )?(?:moeizaam|moeilijk|stroef|"
         r"(?:niet|nie|ni) (?:zo )?goed)\b|\bunderstand simple dutch\b|\bdon't feel confident speaking\b|"
         r"\b(?:praten|spreken) (?:in het nederlands )?vind je (?:nog )?(?:lastig|moeilijk|eng)\b",
         value=2, kind="speak"),
    Rule("dutch.grammar.3.follow-most", r"\b(?:can |could )?(?:follow|understand) most (?:of\b|"
         r"(?:\w+ )?(?:conversations|things)\b)",
         value=3, kind="understand"),
    Rule("dutch.grammar.4.phone", r"\b(?:vlot|zonder moeite|moeiteloos) (?:kan |kunt |kunnen )?"
         r"telefoneren\b", value=4, kind="understand"),
    # "De lesgever spreekt Nederlands; je moet het vrij goed kunnen volgen" (the sentence must name
    # Dutch: a verb-only statement)
    Rule("dutch.grammar.3.follow-it", r"\b(?:je|u) (?:moet|moeten|kan|kunt|kunnen) (?:het|hem|haar) (?:al )?"
         r"(?:vrij|redelijk|behoorlijk|aardig) goed (?:kunnen )?(?:volgen|verstaan|begrijpen)\b",
         value=3, kind="understand"),
    # "je kan je al vrij goed verstaanbaar maken": making oneself understood, even "goed", is icon 3
    # (writers: v90-164, v240-141)
    Rule("dutch.grammar.3.understood", r"\b(?:al |reeds )?(?:(?:vrij|redelijk|behoorlijk|aardig) )?goed "
         rf"verstaanbaar (?:te )?maken\b{_NOT_IN_OTHER_LANG}", value=3, kind="adverb"),
    Rule("dutch.grammar.3.ordinary-conversation", r"\bvolg(?:t)? (?:je |u )?(?:al )?een (?:gewoon|"
         r"normaal|alledaags) gesprek\b", value=3, kind="lang"),
    # "je hoeft het nog niet (goed) te spreken", "only a handful of Dutch words"
    Rule("dutch.grammar.1.not-yet", r"\bje hoeft het (?:nog )?niet (?:goed |vlot )?te (?:spreken|"
         r"kunnen|kennen)\b|\b(?:only )?a handful of (?:dutch )?words\b|\bknow only a few (?:dutch )?"
         r"words\b", value=1, kind="lang"),
    # "je begrijpt het meeste", "als je de meeste uitleg begrijpt"
    Rule("dutch.grammar.3.understand-most", r"\b(?:begrijpt|begrijp|begrijpen|verstaat|versta|"
         r"verstaan|understands?) (?:je |u )?(?:al )?(?:het meeste|bijna alles|de meeste (?:\w+ )?"
         r"(?:dingen|uitleg|woorden|zinnen|vragen|gesprekken))\b|\b(?:al )?(?:het meeste|de meeste "
         r"(?:uitleg|dingen|woorden|zinnen|gesprekken)) (?:al )?(?:begrijpt|begrijpen|verstaat|verstaan)\b",
         value=3, kind="understand"),
    # "lezen en praten in het Nederlands lukt al vrij goed"
    Rule("dutch.grammar.3.manages", r"\b(?:lezen|praten|spreken|schrijven|verstaan|begrijpen)"
         r"(?: en (?:lezen|praten|spreken|schrijven|verstaan|begrijpen))? (?:in het nederlands )?"
         r"(?:lukt|gaat) (?:je )?(?:al )?(?:vrij|redelijk|behoorlijk|aardig) goed\b", value=3,
         kind="understand"),
    # discussing a novel is the top of the scale
    Rule("dutch.grammar.4.discuss", r"\b(?:een )?(?:discussie|debat) (?:over \w+ |erover |er "
         r"(?:een )?)?(?:kunnen )?(?:voeren|leiden)\b|\ber een discussie over (?:kunnen )?voeren\b|"
         r"\b(?:een )?(?:volledige|hele) roman (?:kunnen )?lezen\b|\bdutch fluency\b|"
         r"\bfluency in dutch\b", value=4, kind="understand"),
    Rule("dutch.level-label.4-audience", r"\b(?:voor|for|pour) (?:(?:de|les) )?(?:gevorderden|"
         r"gevorderde (?:sprekers|cursisten)|advanced (?:speakers|learners)|avances)\b", value=4,
         fields=("title",)),          # in a text it often refers elsewhere ("zoek dan een groep voor gevorderden")
    Rule("dutch.level-label.4", r"\b(?<!per )(?:niveau|level|taalniveau)(?: (?:nederlands|dutch|neerlandais|of dutch|van het nederlands|"
         r"du neerlandais|en neerlandais))?\s?:?\s?(?:gevorderd(?:en|e)?|"
         r"advanced|avances?|expert)\b(?! (?:en|and|et|of|or) )", value=4),
    Rule("dutch.grammar.1.not-required", rf"\b{_LANG} (?:spreken |kennen |kunnen )?(?:is|zijn) "
         r"(?:echt |zeker |helemaal )?(?:geen (?:must|vereiste|voorwaarde|verplichting|noodzaak)|"
         r"niet (?:nodig|vereist|verplicht|noodzakelijk))\b|\b(?:speaking )?dutch is (?:not "
         r"(?:a must|required|necessary|needed)|optional)\b", value=1, kind="lang"),
    Rule("dutch.grammar.2.understand-not-speak", rf"\b(?:{_LANG} )?(?:begrijpen|begrijpt|verstaan|"
         r"verstaat|understand|understands|comprenez|comprend) (?:al )?(?:een beetje |wat |"
         r"a little |un peu )?(?:nederlands|dutch|neerlandais)?,? ?(?:maar|but|mais) (?:het |it |le )?(?:nog )?(?:niet (?:goed|vlot|"
         r"zo goed) (?:spreken|spreekt|praten|praat)|(?:spreken|spreekt|praten) (?:nog )?niet "
         r"(?:goed|vlot)|(?:don't|do not|cannot|can't) speak (?:it )?(?:well|fluently)|"
         r"ne (?:le )?parlez pas (?:bien|couramment))", value=2, kind="lang"),
    Rule("dutch.grammar.4.high-level", r"\b(?:op|at|a) (?:een |a |un )?(?:hoog|zeer hoog|high|"
         r"very high|haut|bon|goed) (?:niveau|level)\b", value=4, kind="speak"),
    Rule("dutch.cefr-range", r"\b(?:a1|a2|b1|b2|c1)\s?(?:-|tot|to|a|/)\s?(?:a2|b1|b2|c1|c2)\b",
         value="cefr-range"),
    *_grammar(1, _D1), *_grammar(4, _D4), *_grammar(3, _D3), *_grammar(2, _D2),
)
RULES = RULES + GRAMMAR

# a listing about speaking or learning Dutch: "beginners welkom" then speaks of Dutch
_ABOUT_DUTCH = re.compile(r"\b(?:nederlands|dutch|neerlandais|taal\w*|praattafel\w*|"
                          r"conversatie\w*|babbel\w*|nt2)")
_CEFR = {"a1": 1, "a2": 2, "b1": 3, "b2": 4, "c1": 4, "c2": 4}


# a verb-only statement ("spreekt al goed") is about Dutch only where its sentence says so
# ("betaalt" holds "taal": paying is no language)
_ANCHOR = re.compile(r"nederlands|dutch|neerlandais|vlaams|niveau|level|(?<!be)taal|anderstalig|nt2|"
                     r"naar (?:een )?woord(?:en)?|woordenschat|\bwoorden\b|\bzinnen\b|"
                     r"\b(?:traag|langzaam|rustig) (?:praat|spreekt)\b")
# someone else's Dutch ("de gids spreekt vlot Nederlands") or a wish ("wil je vlot Nederlands
# spreken?") is not what a participant needs
_OTHER_SUBJECT = re.compile(r"\b(?:gids(?:en)?|begeleiders?|begeleidsters?|lesgevers?|lesgeefsters?|trainsters?|vrijwilligers?|docente?n?|"
                            r"(?:je |jouw |de )(?:buddy|maatje|taalmaatje|duopartner)|"
                            r"leerkrachten?|trainers?|coach(?:es)?|animators?|monitoren|"
                            r"moderators?|the guide|teachers?|hosts?|le guide|animateurs?|"
                            r"native speakers?|nederlandstaligen|tolk|"
                            r"interpreters?)\b")
_TALK_TITLE = re.compile(r"\W*(?:lezing|debat|voordracht|infoavond|infosessie|lecture|talk|"
                         r"conference)\b")
_PUBLIC_SUBJECT = re.compile(r"\b(?:mensen|deelnemers|nieuwkomers|anderstaligen|kinderen|kleuters|peuters|bewoners|"
                             r"cursisten|gasten|bezoekers|leerlingen|people|participants|guests|"
                             r"newcomers|residents|children)\b")
# a first-person story about the past: "'Ik sprak bijna geen woord Nederlands toen ik hier
# binnenkwam,' vertelt Amina"
_TESTIMONY = re.compile(r"\b(?:ik|i) (?:sprak|kende|verstond|begreep|spoke|knew|understood)\b|"
                        r"\btoen ik\b|\b(?:vertelt|vertelde|getuigt|zegt|zei) "
                        # (a speaker's name, not "de gids vertelt veel")
                        r"(?!(?:veel|meer|graag|ook|alles|iets|wat|niet|boeiend|honderduit|enthousiast)$)(?:[A-Za-z]+)$|"
                        r"\b(?:sprak|spraken|kende|kenden|verstond|verstonden)\b")
# (persons take "die"; "de begeleidster zegt dat je …" reports a statement to the participant)
_OTHER_THEN_RELATIVE = re.compile(_OTHER_SUBJECT.pattern + r"(?: [\w']+){0,4} (?:die|who|that|qui)\b"
                                  r"[^,.;:]*$")
# "beginners sit together with people who already speak quite well": the others at the table
_ALONGSIDE = re.compile(r"\b(?:samen |together )?(?:met|with|avec|naast|beside|alongside) (?:mensen|"
                        r"people|those|others|anderen|personnes|gevorderden|taalgenoten)"
                        r"(?: [\w']+){0,3} (?:die|who|that|qui)\b[^,.;:]*$")
_WISH = re.compile(r"\b(?:wil|wilt|willen|wou|zou|graag|want|wants|wish|hope|veux|voulez|"
                   r"souhaitez|droom|doel|goal|om|leer|leert|leren|learn|oefen|oefenen|practi[cs]e|"
                   r"improve|verbeter\w*|apprendre|ameliorer|worden|become)\b")
# a relative clause starts a new subject: "een tolk voor wie nog niets begrijpt"
# ("De begeleidster zegt dat je nog niet veel Nederlands hoeft te kennen": "dat" opens the clause)
_CLAUSE_BREAK = re.compile(r"[.;!?\n,:]|\s(?:en|maar|of|and|but|or|et|mais|wie|die|dat|who|qui|"
                           r"those|ceux|celles|als|zelfs als|wanneer|even if|if|si)\s")
# ("you understand a lot of Dutch and speak it well": English "of" is no alternative)
_ALTERNATIVES = re.compile(r"\b(?:(?<!lot )(?<!bit )(?<!deal )(?<!couple )(?<!knowledge )of(?! dutch\b)|or|ou|ofwel|either|zowel|ook wie|ook voor|as well as|"
                           r"maar ook|but also|mais aussi)\b")
_UNDERSTAND = re.compile(r"verstaa?t?n?|begrijp|understand|compren|volg")
_EXPLICIT = {"icons", "cefr", "cefr-range", "richtgraad"}


def _sentence(folded: str, start: int, end: int) -> tuple[int, int]:
    return sentence_span(folded, start, end)


_TITLE_ANCHOR = re.compile(r"nederlands|dutch|neerlandais|(?<!be)taal|anderstalig|praat|babbel|conversati|nt2|vertel|"
                           r"language|langue")
# "Je spreekt al vlot? Kom dan als vrijwillige gesprekspartner!" — but not "Dan is een buddy
# ideaal om te oefenen", where the buddy is the participant's partner
_VOLUNTEER_NEXT = re.compile(rf"[^.!?\n]{{0,60}}?\b(?:als|as|comme|word|wordt|become|devenez|"
                             rf"kom|come|venez) (?:\w+ )?{VOLUNTEER_ROLE}\b")
_AS_VOLUNTEER = re.compile(r"\b(?:welkom|welcome|bienvenue?s?|kom|come|venez) (?:\w+ )?(?:als|as|comme) "
                           rf"{VOLUNTEER_ROLE}\b")
_RUN_IN = re.compile(r"\b(?:in|en) (?:het )?(?:engels|english|anglais|frans|french|francais|"
                     r"arabisch|arabic|arabe|turks|turkish)(?:,| and| en| et| or| of)+(?: in)? $")
_OR_OTHER_LANGUAGE = re.compile(r"(?: nederlands| dutch| neerlandais)? (?:of|or|ou|en/of|and/or) "
                                r"(?:het )?(?:engels|english|anglais|frans|french|francais|"
                                r"arabisch|arabic|arabe)\b")
# "Vrij goed Nederlands spreken helpt": asked of the participant
_ASKED = re.compile(r"\b(?:helpt|nodig|vereist|volstaat|verplicht|gevraagd|verwacht)\b")
# "Taal: een beetje Nederlands volstaat": a requirement after the label
_SUFFICES = re.compile(r"\s(?:volstaat|is (?:genoeg|voldoende|nodig|vereist)|nodig|vereist|suffices|is enough|"
                       r"is (?:needed|required)|suffit)\b")
_LANGUAGE_LABEL = re.compile(r"(?:^\s*|[.!?\n]\s*)(?:language|languages|taal|talen|voertaal|langue|"
                             r"langues)\s?:")


# "Rania spreekt vlot Nederlands": a named person (the cook, the teacher) is not the participant
_THIRD_PERSON_VERB = re.compile(r"(?:spreekt|praat|verstaat|begrijpt|kent|leest|schrijft|speaks|"
                                r"understands|parle|comprend)\b")
_NAME = re.compile(r"[A-Z][a-z\u00e0-\u00ff'-]+(?: (?:[A-Z][a-z\u00e0-\u00ff'-]+|van|de|der|el|al|ben|bin)){0,3}")
_NOT_A_NAME = {"je", "jij", "u", "ge", "gij", "men", "iedereen", "wie", "niemand", "elkeen", "you",
               "vous", "tu", "on", "everyone", "anyone", "hij", "zij", "ze", "he", "she", "il", "elle"}


def _named_subject(hit, texts) -> bool:
    original, folded = texts[hit.field]
    if not _THIRD_PERSON_VERB.match(folded, hit.start):
        return False
    lo, _ = _sentence(folded, hit.start, hit.end)
    clause_lo = max((m.end() for m in _CLAUSE_BREAK.finditer(folded, lo, hit.start)), default=lo)
    before = original[clause_lo:hit.start].strip()
    return bool(_NAME.fullmatch(before)) and before.split()[0].lower() not in _NOT_A_NAME


def _prose_applies(hit, folded: str, title: str = "", vacancy: bool = False) -> bool:
    """A grammar hit states the participant's level: about Dutch, nobody else's, no wish. In
    a volunteer vacancy the volunteer is the participant and the public is somebody else."""
    lo, hi = _sentence(folded, hit.start, hit.end)
    if _TESTIMONY.search(folded, lo, hi):
        return False                       # "'Ik sprak bijna geen woord', vertelt Amina"
    line_lo = folded.rfind("\n", 0, hit.start) + 1
    if hit.rule.kind in ("", "lang") and _LANGUAGE_LABEL.search(folded[line_lo:hit.start]) \
            and not re.search(r"\b(?:je|u|jij|you|vous|tu)\b", folded[line_lo:hit.end]) \
            and not _SUFFICES.match(folded, hit.end) and not (
                # "Taal: Nederlands. Vrij goed Nederlands spreken helpt": a sentence of its own
                # that asks something of the participant (not "We spreken ook een beetje Nederlands")
                not _LANGUAGE_LABEL.search(folded[max(line_lo, lo):hit.start])
                and _ASKED.search(folded, hit.end, hi)):
        return False                       # "Language: mostly English, some Dutch"
    if hit.field == "title" and _TALK_TITLE.match(title):
        return False                       # "Lezing: waarom vlot Nederlands op school …"
    if re.match(r"\s(?:is |are |wordt |worden )?(?:also |too |ook )?(?:spoken|used|gesproken|gebruikt)\b",
                folded[hit.end:]):
        return False                       # "a bit of Dutch is spoken too": the activity's language
    if re.match(r"[^.;!?\n]{0,12}?\b(?:of|or) (?:je )?(?:zit|volgt|bent) (?:in |nog )?(?:een )?"
                r"(?:traject|cursus|les)\b", folded[hit.end:]):
        return False                       # "vlot Nederlands of je zit in een traject Nederlands"
    if re.match(r"[^.;!?\n]{0,12}?\b(?:of|or|ou) (?:je |you )?(?:wil|wilt|want|wants|veux|voulez) "
                r"(?:dat |het |it )?(?:graag )?(?:worden|leren|become|learn|devenir|apprendre)\b",
                folded[hit.end:]):
        return False                       # "je spreekt vlot Nederlands of wil dat worden"
    asset = _ASSET.match(folded, hit.end)
    if asset and not _OTHER_LANGUAGE.search(asset.group()):
        return False                       # "vlot Nederlands is een voordeel, geen vereiste"
        # (but in "je vertelt in vlot Nederlands (Engels is een plus)" English is the bonus)
    # the anchor may come a little earlier: "Oefen je Nederlands. Elke maandag. Voor wie al
    # vrij veel begrijpt."
    if hit.rule.kind in ("understand", "speak", "adverb") and \
            not _ANCHOR.search(folded, max(0, lo - 250), hi + 200) and not _TITLE_ANCHOR.search(title):
        return False
    # "Je spreekt al vlot? Kom dan als vrijwillige gesprekspartner!": the other audience
    if folded[hi:hi + 1] == "?" and _VOLUNTEER_NEXT.match(folded, hi + 1):
        return False
    # "Je spreekt vlot Nederlands? Super. Nog niet? Dan leer je het hier": no requirement
    if folded[hi:hi + 1] == "?" and re.match(r"\s*(?:[a-z!]+[.!]\s*)?(?:nog niet|niet echt|not yet)\s?\?",
                                             folded[hi + 1:hi + 40]):
        return False
    # "wie Nederlands als moedertaal heeft, is ook welkom als buddy": idem, in one sentence
    if _AS_VOLUNTEER.search(folded, lo, hi):
        return False
    # "we sing in Swahili, Arabic, Spanish and some Dutch": a list of languages, no level
    # (but "Er is vertaling naar het Oekraïens en het Arabisch: je hoeft dus geen Nederlands te
    # kennen" names the languages in another clause)
    # ("Tolken Arabisch, Tigrinya en Dari zijn aanwezig, dus je hoeft geen Nederlands te kennen")
    list_lo = max(lo, hit.start - 60, folded.rfind(":", lo, hit.start) + 1,
                  max((m.end() for m in re.finditer(r"\bdus\b", folded[lo:hit.start])), default=0) + lo)
    if hit.rule.kind in ("lang", "") and len(set(_OTHER_LANGUAGE.findall(
            folded, list_lo, hit.start))) >= 2:
        return False
    # "we talk in English and a bit of Dutch": the languages the activity is run in
    if _RUN_IN.search(folded, max(lo, hit.start - 40), hit.start):
        return False
    # "een beetje Nederlands of Engels": no Dutch requirement (but "je hoeft geen Nederlands of
    # Frans te spreken" asks no language at all: still the lowest level)
    if hit.value != 1 and _OR_OTHER_LANGUAGE.match(folded, hit.end):
        return False
    if re.search(r"\bin het (?:engels|frans|arabisch)(?: (?:of|en) (?:het )?(?:engels|frans|arabisch))? $",
                 folded[max(lo, hit.start - 40):hit.start]):
        return False                       # "mag je ook in het Engels of Frans iets zeggen"
    if re.search(r"\bde taal\b", hit.match.lower()) and _OTHER_LANGUAGE.search(folded, lo, hit.start) and \
            not re.search(r"\b(?:nederlands|dutch|neerlandais)\b", folded[lo:hit.start]):
        return False                       # "Conversatie in het Engels voor wie de taal al goed beheerst"
    clause_lo = max((m.end() for m in _CLAUSE_BREAK.finditer(folded, lo, hit.start)), default=lo)
    before = folded[clause_lo:hit.start]
    if hit.rule.kind == "adverb" and re.search(r"\b(?:het|de|een) (?!taal\b|nederlands\b|vlaams\b|"
                                                r"dutch\b|ook\b|al\b|nog\b|wel\b|dan\b|echt\b|zeker\b|"
                                                r"toch\b|er\b|zelf\b)[a-z]+ $", before):
        return False                       # "voor wie het spel nog niet kent": another object
    # "een glimlach zegt veel", "een natuurgids die veel vertelt": telling a lot, with no "je",
    # "wie" or "iedereen" before it in its sentence, states nobody's level
    if hit.rule.kind in ("speak", "adverb") and _TELLS.match(folded, hit.start) and \
            not _ADDRESSED.search(folded[lo:hit.end]):
        return False
    if vacancy:     # "de mensen aan tafel spreken nog weinig Nederlands": the public's level
        # ("De nieuwkomers die meedoen spreken al een beetje Nederlands": the subject may sit
        # before a relative clause)
        return not (_PUBLIC_SUBJECT.search(before) or _WISH.search(before) or (
            _PUBLIC_SUBJECT.search(folded, lo, hit.start)
            and not re.search(r"\b(?:je|u|jij|you)\b", folded[lo:hit.start])))
    # "Wie nog maar net begint met Nederlands, kan beter naar onze beginnersgroep": a redirect
    if re.search(r"\b(?:kan|kunnen|kun|kunt) (?:je |u )?(?:beter|best) (?:terecht )?(?:naar|in|bij)\b|"
                 r"\bverwijzen (?:we )?(?:je |u )?(?:graag )?door\b", folded[lo:hi]):
        return False
    # "Voor trainers en andere vrijwilligers die vlot Nederlands spreken": the audience named
    audience = re.match(r"\W*(?:voor|for|pour) [^.!?\n]*\b(?:die|who|qui) $", folded[lo:hit.start]) and not \
        re.search(r"\b(?:is|zijn|er|zorg\w*|staat|staan|helpt|helpen|geeft|geven|begeleid\w*|komt|komen|"
                  r"leidt|leiden)\b", folded[lo:hit.start])
    if not audience and (_OTHER_THEN_RELATIVE.search(folded, max(lo, hit.start - 60), hit.start) or
                         _ALONGSIDE.search(folded, max(lo, hit.start - 60), hit.start)):
        return False
    # ("Om de cursus te kunnen volgen moet je vlot Nederlands begrijpen": a requirement, whatever
    # purpose clause comes before it)
    required = re.search(r"\bom (?:de|het|deze|die) (?:cursus|les|lessen|uitleg|workshop|opleiding|rondleiding|"
                         r"activiteit|gids|training|examen|test|proef)\w* (?:goed |vlot )?te (?:kunnen )?(?:volgen|"
                         r"begrijpen|halen|afleggen)\b[^.!?\n]*"
                         r"\b(?:moet|moeten|dient|dienen) (?:je|u|jij)\s*$|"
                         # "Om mee te praten heb je …", "Om mee te spelen begrijp je best …"
                         r"\bom mee te (?:kunnen )?(?:praten|spelen|doen|zingen|discussieren|denken)\b[^.!?\n]*$|"
                         # "Om te gamen heb je bijna geen Nederlands nodig"
                         r"\bom (?:\w+ ){0,3}te (?:kunnen )?\w+,? (?:(?:heb|hoef) (?:je|u)\b[^.!?\n]*)?$",
                         before)
    return not (_OTHER_SUBJECT.search(before) and not audience or _WISH.search(before) and not required)


_TELLS = re.compile(r"(?:zegt|vertelt|zeggen|vertellen) (?:heel |erg |zo )?(?:veel|meer)\b|(?:heel |erg |zo )?(?:veel|meer) "
                    r"(?:vertelt|zegt|vertellen|zeggen)\b")
_ADDRESSED = re.compile(r"\b(?:je|u|jij|jou|wie|iedereen|elke|ieder|you|vous|tu|men)\b")


_ALL_LEVELS = re.compile(r"\b(?:alle|elk|ieder) (?:taal)?niveaus?\b|\ball levels\b|\btous (?:les )?niveaux\b|"
                         r"\bongeacht (?:je |jouw |uw )?(?:taal)?niveau\b")
# ("een tafel voor beginners en een tafel voor wie al vlot praat": a table per level)
_PER_LEVEL = re.compile(r"\b(?:groep(?:en|jes)?|klassen|lessen|tafels) per niveau\b|"
                        r"\b(?:een|aparte) (?:tafel|groep|groepje) voor\b[^.\n]{0,80}\b(?:een|andere|"
                        r"aparte) (?:tafel|groep|groepje) voor\b")
_BOTH = re.compile(r"\b(?:en|en ook|as well as|and|et) (?:voor )?(?:wie|those who|ceux qui)\b|"
                   r"\bzowel voor wie\b")
# "We hebben twee groepen: Groep A – … / Groep B – …": a level per group
_GROUPS = re.compile(r"\b(?:twee|drie|vier|2|3|4) (?:groepen|niveaus|groups|levels)\b|"
                     r"^\W*(?:groep|group|niveau|level) [a-d1-4]\b", re.M)
_ASSET = re.compile(r"[^.;!?\n]{0,25}?\b(?:is|zijn|would be|is|est|serait) (?:(?:wel |altijd |"
                    r"zeker |mooi )?(?:een |an? |un )?)?(?:voordeel|pluspunt|plus|troef|meegenomen|"
                    r"asset|bonus|atout)\b|"
                    # "Goed Nederlands spreken is niet nodig"
                    # (but "een beetje Nederlands — meer is niet nodig" sets the level)
                    r"(?:(?!meer\b|verder\b)[^.;!?\n]){0,25}?\b(?:is|zijn) (?:echt |helemaal )?(?:niet nodig|niet vereist|niet verplicht|"
                    r"geen (?:vereiste|must|voorwaarde|verplichting))\b|"
                    # "Je spreekt al vlot Nederlands? Mooi, maar het is geen vereiste"
                    r"[^.;!?\n]{0,10}\?\s*(?:mooi|fijn|top|super|prima)?[,!]?\s*(?:maar )?(?:het is |dat is )?"
                    r"(?:geen (?:vereiste|must|voorwaarde|verplichting)|niet nodig)\b|"
                    # "Vous parlez un peu néerlandais ? C'est un plus"
                    r"[^.;!?\n]{0,10}\?\s*(?:c'est|ce serait|that's|that is|it's) (?:un |an? )?(?:plus|atout|"
                    r"avantage|bonus|asset)\b")
_OTHER_LANGUAGE = re.compile(r"\b(?:engelse|franse|duitse|spaanse|italiaanse|arabische|turkse|"
                             r"poolse|russische|chinese|"
                             r"engels|english|anglais|frans|french|francais|duits|"
                             r"german|allemand|spaans|spanish|espagnol|arabisch|arabic|arabe|"
                             r"swahili|turks|turkish|pools|polish|russisch|russian|dari|farsi|"
                             r"tigrinya|oekraiens|ukrainian|portugees|portuguese|italiaans|"
                             r"italian|chinees|chinese|somali|berber|amazigh|pashto|pasjtoe|urdu|"
                             r"koerdisch|kurdish|perzisch|persian|hindi|bengali|lingala|roemeens|romanian|"
                             # (not "Thai" or "Grieks": a cuisine or a dance as often as a language)
                             r"vietnamees|vietnamese|vietnamien|japans|japanese|japonais|koreaans|korean|coreen|"
                             r"mandarijn|mandarin|kantonees|cantonese|albanees|albanian|"
                             r"bosnisch|bosnian|servisch|serbian|kroatisch|croatian|tagalog|indonesisch|indonesian|"
                             r"gebarentaal|sign language)\b")


def _other_language(hit, texts) -> bool:
    """A CEFR level in a sentence naming another language but not Dutch."""
    folded = texts[hit.field][1]
    lo, hi = _sentence(folded, hit.start, hit.end)
    sentence = folded[lo:hi]
    # "Franse conversatie voor Nederlandstaligen (niveau B1)": Dutch speakers, French level
    dutch = r"\bnederlandse?\b|\bdutch\b|\bneerlandais\b|\bnt2\b"
    if bool(_OTHER_LANGUAGE.search(sentence)) and not re.search(dutch, sentence):
        return True
    # "Conversatietafel Engels: … Level B1 or higher": the title names the language practised
    title = texts.get("title", ("", ""))[1]
    return bool(re.search(r"\b(?:engels|english|frans|french|francais|duits|german|spaans|spanish|"
                          r"italiaans|arabisch|turks|vietnamees|japans|koreaans|chinees|mandarijn|"
                          r"russisch|pools|portugees|albanees|bosnisch|gebarentaal)\b", title)) and \
        not re.search(dutch, title) and \
        not re.search(dutch, sentence)


_COMPLETED = re.compile(r"\b(?:afgewerkt|gehaald|behaald|afgerond|voltooid|achter de rug|"
                        r"minstens|minimum|minimaal|of hoger|vereist|nodig|completed|finished|"
                        r"required|at least|or higher|termine|acheve|au moins|volgt|volg|"
                        r"volgen|bezig|following|taking)\b")
_TOO = re.compile(r"\s?\?\s*(?:geen probleem|ook goed|ook welkom|no problem)\b|"
                  r"[^.;:!?\n]{0,40}?\b(?:is|zijn|are)? ?(?:ook |also )?(?:te (?:veel|weinig|hoog|laag)|"
                  r"too (?:much|little|high|low)|trop (?:peu|eleve|bas))\b")
_TARGET = re.compile(r"\b(?:over|about|sur|naar|toe naar|towards|to reach|tot aan|richting|"
                     r"behalen|halen)\b[\w' ]{0,25}$")


def _not_the_level(hit, texts) -> bool:
    """"Vier taaliconen is te veel gevraagd", "één taalicoon is te weinig": levels ruled out;
    "in deze module werk je toe naar A2", "infomoment over de module B1": a course's goal."""
    folded = texts[hit.field][1]
    if _TOO.match(folded, hit.end) and not re.match(r"\s*[-/]", folded[hit.end:hit.end + 3]):
        return True
    return bool(_TARGET.search(folded, max(0, hit.start - 40), hit.start))


_LANG_WORD = re.compile(r"nederlands|dutch|neerlandais|vlaams|(?<!be)taal|anderstalig|nt2|a1|a2|b1|b2")


def _label_about_dutch(hit, texts, title: str) -> bool:
    """A level label ("niveau: beginners") is about Dutch where its sentence or the title
    speaks of language, not in "Tennislessen, niveau beginners"."""
    folded = texts[hit.field][1]
    lo, hi = _sentence(folded, hit.start, hit.end)
    # ("English conversation … Niveau: gevorderd": the level of the language the title names)
    if _OTHER_LANGUAGE.search(title) and not re.search(r"\b(?:nederlands|dutch|neerlandais|nt2)\b", title):
        return False
    return bool(_LANG_WORD.search(folded, lo, hi) or _TITLE_ANCHOR.search(title))


def _about_dutch(texts) -> bool:
    return any(_ABOUT_DUTCH.search(folded) for _, folded in texts.values())


def _combine(prose: list[tuple[int, Any, int]], texts) -> int | None:
    """Several prose statements: one sentence that pairs understanding and speaking ("je
    verstaat veel en spreekt al goed") describes one person — the higher level; statements
    in different sentences name who may join — the lowest is what is needed."""
    by_sentence: dict[tuple, list] = {}
    for value, h in prose:
        key = (h.field, *_sentence(texts[h.field][1], h.start, h.end))
        by_sentence.setdefault(key, []).append((value, h))
    levels = []
    for (fld, lo, hi), group in by_sentence.items():
        if len(group) > 1:
            first = min(h.start for _, h in group)
            last = max(h.end for _, h in group)
            between = texts[fld][1][first:last]
            # "voor wie weinig Nederlands spreekt of al vlot praat": who may join — the lowest
            if _ALTERNATIVES.search(between):
                levels.append(min(v for v, _ in group))
            else:                          # "je begrijpt veel en kan goed vertellen": one person
                levels.append(max(v for v, _ in group))
            continue
        understand = [v for v, h in group if _understands(h, texts)]
        other = [v for v, h in group if not _understands(h, texts)]
        if understand and other:
            levels.append(max(min(understand), min(other)))
        else:
            levels.append(min(v for v, _ in group))
    # "Je moet het Nederlands al vrij goed begrijpen. Zelf iets zeggen lukt je ook al.": two
    # adjacent sentences, one about understanding and one about speaking, describe one person
    if len(prose) == 2 and len(by_sentence) == 2:
        (v1, h1), (v2, h2) = sorted(prose, key=lambda p: (p[1].field, p[1].start))
        folded = texts[h1.field][1]
        if h1.field == h2.field and _understands(h1, texts) != _understands(h2, texts) and \
                len(SENTENCE_BREAK.findall(folded, h1.end, h2.start)) == 1 and \
                not _ALTERNATIVES.search(folded, h1.start, h2.end) and \
                re.search(r"\b(?:ook|al|also|already|aussi|deja)\b", folded[max(0, h2.start - 40):h2.end + 50]):
            return max(v1, v2)
    return min(levels) if levels else None


def _understands(hit, texts) -> bool:
    """An understanding statement (the verb may follow the degree: "al heel wat Nederlands
    begrijpen")."""
    return bool(_UNDERSTAND.search(texts[hit.field][1][hit.start:hit.end + 15]))


# "voor kinderen die thuis weinig Nederlands spreken", "ook als thuis geen Nederlands gesproken
# wordt": the language at home, not a level the activity asks (most writers: no level)
_AT_HOME = re.compile(r"\bthuis\b|\bat home\b|\ba la maison\b")


def _home_language(h, folded: str) -> bool:
    lo = max((m.end() for m in _CLAUSE_BREAK.finditer(folded, 0, h.start)), default=0)
    hi = next((m.start() for m in _CLAUSE_BREAK.finditer(folded, h.end)), len(folded))
    return bool(_AT_HOME.search(folded, lo, hi))


def resolve(hits, record: dict[str, Any], texts):
    ev: list[dict[str, Any]] = []
    site = record.get("dutch_level")
    if isinstance(site, int) and 1 <= site <= 4:
        ev.append(evidence("dutch_level", site, field="dutch_level", match=str(site),
                           rule="dutch.struct.site-icon"))
        return {"dutch_level": site}, ev
    explicit, prose = [], []
    about_dutch = None
    title = texts.get("title", ("", ""))[1]
    vacancy = is_vacancy_title(title, VACANCY_TITLE)
    for h in hits:
        value = h.value
        if h.rule.kind == "beginner":
            if about_dutch is None:
                about_dutch = any(_ABOUT_DUTCH.search(folded) for _, folded in texts.values())
            if not about_dutch:
                continue
            lo, hi = _sentence(texts[h.field][1], h.start, h.end)
            if _ALL_LEVELS.search(texts[h.field][1], lo, hi):
                continue                     # "alle niveaus zijn welkom, ook als je net begint"
        # "tafels voor elk niveau: beginners, …", "Je hoeft niets te kennen: alle niveaus welkom"
        # (an omission, not a wrong level, when "alle niveaus" on the line is the activity's own:
        # "Kookles voor alle niveaus. Je moet wel vlot Nederlands spreken" — a reviewer's case, left)
        if isinstance(value, int):
            line_lo = texts[h.field][1].rfind("\n", 0, h.start) + 1
            line_hi = texts[h.field][1].find("\n", h.end)
            if _ALL_LEVELS.search(texts[h.field][1], line_lo,
                                  line_hi if line_hi >= 0 else len(texts[h.field][1])):
                continue
        if isinstance(value, int) and not h.rule.id.startswith(("dutch.icons", "dutch.level-label")) and \
                (not _prose_applies(h, texts[h.field][1], title, vacancy) or _named_subject(h, texts)
                 or _home_language(h, texts[h.field][1])):
            continue
        # "Leer naaien. We starten vanaf nul!": from zero in sewing, not in Dutch
        if re.search(r"\b(?:nul|zero|scratch)\b", fold(h.match)) and not _ABOUT_DUTCH.search(fold(h.match)):
            if about_dutch is None:
                about_dutch = any(_ABOUT_DUTCH.search(folded) for _, folded in texts.values())
            if not about_dutch:
                continue
        if (h.rule.id.startswith("dutch.level-label") or h.rule.id == "dutch.prose.1-absolute-beginners") \
                and not _label_about_dutch(h, texts, title):
            continue                         # "Tennis, niveau beginners": a sport's level
        kind = value if value in _EXPLICIT else "icons" if (
            h.rule.kind == "icons-n" or h.rule.id.startswith("dutch.icons")) else (
            "label" if h.rule.id.startswith("dutch.level-label") else "prose")
        if value == "richtgraad":
            lo, hi = _sentence(texts[h.field][1], h.start, h.end)
            if not _COMPLETED.search(texts[h.field][1], lo, hi):
                continue                     # "Module Nederlands 1.1 (richtgraad 1)": a course
            value = int(re.findall(r"[1-4]", h.match)[-1])
        if value == "icons":
            digits = re.findall(r"[1-4]", h.match)      # a range "1 en 2": the lowest
            value = min(map(int, digits)) if digits else sum(h.match.count(c) for c in "●⬤■★")
        if kind in ("cefr", "cefr-range") and _other_language(h, texts):
            continue                                    # "niveau B1 Engels"
        if (kind in ("icons", "cefr", "cefr-range", "richtgraad") or h.rule.id.startswith(
                "dutch.icons")) and _not_the_level(h, texts):
            continue                     # "vier taaliconen is te veel", "werk je toe naar A2"
        if kind == "label" and not _about_dutch(texts):
            continue                                    # "Niveau: beginners" in a climbing hall
        if value == "cefr":
            value = _CEFR[fold(h.match)[-2:]]      # the folded form: "À1" reads "a1"
        if value == "cefr-range":                       # "A2-B1": the entry level
            value = _CEFR[re.findall(r"[abc][12]", fold(h.match))[0]]
        if value is None:
            continue
        (explicit if kind != "prose" else prose).append((value, h))
    # a fallback speaks only where no other statement does
    if any(h.rule.kind != "fallback" for _, h in prose):
        prose = [(v, h) for v, h in prose if h.rule.kind != "fallback"]
    # an explicit scale (icons, CEFR) outranks an interpretation of prose
    chosen = explicit or prose
    for value, h in chosen:
        ev.append(evidence("dutch_level", value, h))
    if not chosen:
        return {"dutch_level": None}, ev
    if explicit:
        levels = {v for v, _ in explicit}
        # "tafels per niveau: beginners (taalicoon 1), gevorderden (taalicoon 2-3)": a level per table
        if len(levels) >= 2 and any(_PER_LEVEL.search(folded) for _, folded in texts.values()):
            return {"dutch_level": None}, ev
        # three or more levels side by side: tables per level, not one level needed
        if len(levels) >= 3 and all(k.rule.id in ("dutch.cefr", "dutch.cefr-range") or
                                    k.rule.id.startswith("dutch.level-label") for _, k in explicit):
            return {"dutch_level": None}, ev
        return {"dutch_level": min(levels)}, ev
    # "Groep A: je spreekt nog bijna geen Nederlands / Groep B: … / Groep C: vlot": a level per
    # group, like "alle niveaus"
    # "Twee weken intensief Nederlands, in groepen per niveau: …": no single level
    if any(_PER_LEVEL.search(folded) for _, folded in texts.values()):
        return {"dutch_level": None}, ev
    # "voor wie al vrij goed Nederlands spreekt én voor wie net begint": every level
    if {1} < {v for v, _ in prose} and max(v for v, _ in prose) >= 3 and any(
            _BOTH.search(folded) for _, folded in texts.values()):
        return {"dutch_level": None}, ev
    lines = {(h.field, texts[h.field][1].count("\n", 0, h.start)) for _, h in prose}
    values = {v for v, _ in prose}
    if len(values) >= 3 and len(lines) >= 3 or len(values) >= 2 and len(lines) >= 2 and any(
            _GROUPS.search(folded) for _, folded in texts.values()):
        return {"dutch_level": None}, ev
    return {"dutch_level": _combine(prose, texts)}, ev
