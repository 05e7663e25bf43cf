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

FACET = "dutch_level"

_NL = r"(?:nederlands|dutch|neerlandais|nl)"

RULES = (
    # the activity's own register: "uitleg in eenvoudig Nederlands" is no required level
    Rule("dutch.register", rf"\b(?:in|en|met uitleg in|uitleg in) (?:(?:heel|zeer|erg) )?"
         rf"(?:eenvoudig|makkelijk|gemakkelijk|klaar|helder|duidelijk|begrijpelijk)e? {_NL}\b|"
         r"\bin (?:simple|plain|easy) dutch\b|\ben neerlandais (?:simple|facile)\b",
         value=None, kind="register"),
    # "Taaliconen: 2", "Taalicoon: ●●○○"
    Rule("dutch.icons.field", r"\btaalicon(?:en|s)?\s?[:=]\s?(?:[1-4](?:\s?(?:[-/,]|en|tot|of|a)"
         r"\s?[1-4])?\b|[●⬤■★]{1,4}[○◯□☆]*)", value="icons", kind="icons"),
    Rule("dutch.icons.1", r"\b(?:een|1|één) taalicoon\b|\btaalicoon 1\b|\bniveau(?: nederlands)?:? "
         r"1 (?:van|op|/) 4\b|\blevel 1 (?:of|/) 4\b", value=1),
    Rule("dutch.icons.n", r"\b(?:twee|2) taaliconen\b|\btaalicoon 2\b|\bniveau(?: nederlands)?:? "
         r"2 (?:van|op|/) 4\b", value=2),
    Rule("dutch.icons.3", r"\b(?:drie|3) taaliconen\b|\btaalicoon 3\b|\bniveau(?: nederlands)?:? "
         r"3 (?:van|op|/) 4\b", value=3),
    Rule("dutch.icons.4", r"\b(?:vier|4) taaliconen\b|\btaalicoon 4\b|\bniveau(?: nederlands)?:? "
         r"4 (?:van|op|/) 4\b", value=4),
    Rule("dutch.cefr", r"\b(?:(?:taalniveau|niveau|level|nt2-niveau|minimum|minstens|at least|"
         r"au moins) ?)?(?:a1|a2|b1|b2|c1|c2)\b(?! ?(?:-|tot|to) ?(?:a|b|c)[12])", value="cefr"),
    # level 1: no or very little Dutch needed
    Rule("dutch.prose.1", rf"\b(?:weinig|geen|nauwelijks|amper|bijna geen|beperkt) (?:kennis "
         rf"(?:van het )?)?{_NL} (?:is|spreken is|kennen is) (?:geen (?:probleem|bezwaar)|ok|oke|"
         r"prima|niet erg)\b|\b(?:little|no) dutch is (?:no problem|fine|ok)\b|"
         rf"\b(?:je )?(?:hoeft|moet) (?:(?:dus|echt|zeker|eigenlijk|ook) )?(?:nog )?(?:geen|niet veel|weinig|nauwelijks|"
         rf"bijna geen|amper) {_NL}\b|\b(?:geen|weinig|nauwelijks) (?:kennis (?:van het )?)?"
         rf"{_NL} (?:nodig|vereist|vereiste|kennen|spreken|te kennen|te spreken)\b|"
         r"\bkennis van het nederlands is niet (?:nodig|vereist)\b|"
         r"\b(?:nog )?(?:maar )?(?:net|pas) "
         r"(?:begonnen|gestart) met (?:nederlands|nederlands leren)\b|"
         r"\bno (?:prior )?(?:knowledge of )?dutch (?:needed|required|"
         r"necessary)\b|\byou don't need to speak (?:any |much )?dutch\b|\b(?:little|no|hardly any) "
         r"dutch (?:is )?(?:fine|ok|okay|needed|required)\b|"
         r"\b(?:pas|aucun|aucune) (?:besoin de (?:parler|connaitre)|connaissance (?:du|en)) (?:beaucoup |bien )?"
         r"(?:le |du )?neerlandais\b|"
         r"\bsans connaissance du neerlandais\b|\b(?:anderstalige|absolute) beginners\b|"
         r"\bbeginners nederlands\b|\been paar woorden nederlands\b|\bbeginnende (?:taal)?leerders\b|"
         r"\bnog (?:niet|weinig) (?:veel )?nederlands (?:spreekt|spreken|kent|kennen)\b|"
         r"\b(?:net|pas) (?:begonnen|gestart) met (?:het )?(?:nederlands|nt2)\b|"
         r"\bvoor (?:wie|mensen die) (?:net|pas) (?:begint|begonnen is|start|gestart is|begint "
         r"met) (?:met )?(?:het )?(?:nederlands|nederlands (?:te )?leren)\b|"
         r"\b(?:just|only just) (?:started|starting|beginning) (?:to learn |learning |with )?dutch\b",
         value=1),
    # a welcome to beginners states no level (like "alle niveaus"): consumed, no value
    Rule("dutch.beginners-welcome", r"\b(?:ook |also |absolute |complete |totale )?beginners "
         r"(?:zijn )?(?:ook )?(?:van harte )?(?:welkom|welcome)\b|\b(?:les )?debutants (?:sont )?"
         r"(?:les )?bienvenus\b", value=None, kind="welcome"),
    # a level label: "Niveau: beginners (A1)", "niveau débutant", "intermediate level"
    Rule("dutch.level-label.1", r"\b(?:niveau|level|taalniveau)\s?:?\s?(?:debutants?|beginners?|"
         r"beginner|starters?|absolute beginners?)\b(?!,? (?:zijn |sont |are )?(?:ook |also |aussi )?"
         r"(?:van harte |tres )?(?:welkom|welcome|bienvenus))|\bbeginners?niveau\b|\bbeginner(?:'s)? level\b",
         value=1),
    Rule("dutch.level-label.3", r"\b(?:niveau|level|taalniveau)\s?:?\s?(?:intermediaire|"
         r"intermediate|gemiddeld|midden)\b|\bintermediate level\b",
         value=3),
    # a beginner of Dutch: level 1 only where the listing is about Dutch (see resolve)
    Rule("dutch.prose.beginner", r"\b(?:ook )?voor (?:wie|mensen die|iedereen die) (?:net|pas|"
         r"nog maar net|nog maar pas) (?:begint|begonnen is|start|gestart is|aan het leren is|"
         r"(?:nederlands )?(?:leert|leren|aan het leren is))\b|"
         r"\b(?:ook )?(?:for|suitable for) (?:those|people|anyone) who (?:have )?(?:just|only just) "
         r"(?:started|begun|begin|start)\b",
         value=1, kind="beginner"),
    # level 2: a little Dutch
    Rule("dutch.prose.2", rf"\b(?:een (?:klein )?beetje|wat(?= {_NL}\b(?! (?:wil|wilt|willen)\b))|beetje|een basis(?:kennis)?|basiskennis|"
         rf"eenvoudig|elementaire kennis van het|een woordje) {_NL}\b|"
         r"\bbasis(?: ?-|\s)?nederlands\b|\b(?:het )?nederlands (?:al |reeds )?(?:een )?(?:klein )?"
         r"beetje (?:beheerst|beheersen|beheers|spreekt|spreken|kent|kennen|begrijpt|begrijpen|"
         r"verstaat|verstaan)\b|\b(?:a (?:little )?bit of|some|basic|a little) dutch\b|"
         r"\bun peu (?:de |le |du )?neerlandais\b|\bneerlandais de base\b|\bbases en neerlandais\b|"
         r"\bbegrijpt (?:al )?een beetje\b|\b(?:al|reeds) (?:een )?(?:klein )?beetje "
         r"(?:nederlands )?(?:kunnen |kan |kunt )?(?:praten|spreken|verstaan|begrijpen|lezen)\b|"
         r"\b(?:een )?(?:klein )?beetje (?:nederlands )?(?:kunnen|kan|kunt|kan je|kun je)? ?(?:praten|"
         r"spreken|verstaan|begrijpen|volgen)\b|\b(?:praten|spreken|verstaan|begrijpen|spreekt|begrijpt|verstaat) "
         r"(?:al |reeds )?(?:een (?:klein )?beetje|wat)(?: nederlands)?(?=\s*(?:$|[.,;!?)\n]|en |of ))|"
         r"\bal wat (?:nederlands|begrijpen|verstaan|spreken|praten)\b|"
         r"\b(?:simple|elementary|beginner'?s?|a bit of) dutch\b|\bunderstand(?:s)? (?:a (?:little )?bit|"
         r"a little|some)\b|\bneerlandais (?:simple|elementaire|de base)\b",
         value=2),
    # level 3: quite a lot
    Rule("dutch.prose.3", rf"\b(?:vrij|redelijk|behoorlijk|al (?:best wat|heel wat|redelijk|behoorlijk)|al aardig|"
         rf"voldoende) (?:goed )?{_NL}\b|\b(?:vrij|redelijk|behoorlijk) goed (?:nederlands|"
         r"kunnen spreken|spreken)\b|\b(?:fairly|reasonably|quite) good dutch\b|\bdecent dutch\b|"
         r"\bassez bien (?:le )?neerlandais\b|\bun bon niveau de neerlandais\b|"
         r"\bkan (?:al )?een gesprek voeren\b|\b(?:je |u )?(?:begrijpt|verstaat|begrijp|versta) "
         r"(?:al |reeds )?(?:veel|redelijk wat|vrij veel|heel wat|best wat|behoorlijk wat|"
         r"redelijk veel)(?: nederlands)?\b|\b(?:vous )?comprenez (?:deja )?bien\b|"
         r"\b(?:you )?(?:already )?understand (?:quite )?a lot\b",
         value=3),
    # level 4: speaks well / fluent
    Rule("dutch.prose.4", rf"\b(?<!leer je )(?<!leert )(?<!leren )(?<!learn )(?:vlot|vloeiend|goed|uitstekend|zeer goed|heel goed|een goede "
         rf"kennis van het|goede kennis van het|grondige kennis van het) {_NL}\b"
         r"(?! (?:te )?(?:leren|oefenen|worden|bijleren))|"
         r"\bnederlands (?:vlot|vloeiend|goed) (?:spreken|spreekt|beheersen|beheerst)\b|"
         r"\b(?:fluent|good|excellent) (?:in )?dutch\b|\bdutch fluently\b|\bneerlandais courant\b|"
         r"\b(?:parler|parlez) couramment\b|\bbonne (?:connaissance|maitrise) du neerlandais\b|"
         r"\bmoedertaal nederlands\b",
         value=4, negated=None),
)
# a listing about speaking or learning Dutch: "beginners welkom" then speaks of Dutch
_ABOUT_DUTCH = re.compile(r"\b(?:nederlands|dutch|neerlandais|taal\w*|praattafel\w*|"
                          r"conversatie\w*|babbel\w*|nt2)")
_CEFR = {"a1": 1, "a2": 2, "b1": 3, "b2": 4, "c1": 4, "c2": 4}


def resolve(hits, record: dict[str, Any], texts):
    ev: list[dict[str, Any]] = []
    site = record.get("dutch_level")
    if isinstance(site, int) and 1 <= site <= 4:
        ev.append(evidence("dutch_level", site, field="dutch_level", match=str(site),
                           rule="dutch.struct.site-icon"))
        return {"dutch_level": site}, ev
    levels = []
    about_dutch = None
    for h in hits:
        value = h.value
        if h.rule.kind == "beginner":
            if about_dutch is None:
                about_dutch = any(_ABOUT_DUTCH.search(folded) for _, folded in texts.values())
            if not about_dutch:
                continue
        if value == "icons":
            digits = re.findall(r"[1-4]", h.match)      # a range "1 en 2": the lowest
            value = min(map(int, digits)) if digits else sum(h.match.count(c) for c in "●⬤■★")
        if value == "cefr":
            value = _CEFR[h.match.lower()[-2:]]
        if value is None:
            continue
        levels.append(value)
        ev.append(evidence("dutch_level", value, h))
    return {"dutch_level": min(levels) if levels else None}, ev
