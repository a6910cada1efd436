"""Per-language word lists the linker uses as context cues (all compared after ``normalise``)."""

from __future__ import annotations

from annals.kb.text import normalise


def _words(text: str) -> frozenset[str]:
    return frozenset(normalise(word) for word in text.split())


def _raw(text: str) -> frozenset[str]:
    return frozenset(text.split())


# A capital right after one of these is a place ("in Rome", "a Mosca", "nach Kiew").
LOCATION_PREPOSITIONS: dict[str, frozenset[str]] = {
    "en": _words("in to from at near outside into via toward towards across around of"),
    "it": _words("a in da di verso presso per tra fra su nella nel"),
    "fr": _words("à en de vers près depuis dans par pour"),
    "de": _words("in nach aus von bei um vor durch"),
    "es": _words("en a de desde hacia hasta para por entre"),
}

# A capital followed by one of these acts as its government ("Moscow said").
# Compared on the lowercased surface, so French "a" (has) is not "à" (to).
GOVERNMENT_VERBS: dict[str, frozenset[str]] = {
    "en": _raw(
        "is was has have had will would said says announced wants warned signed agreed "
        "rejected accused denied insists must should could can may plans seeks hopes "
        "responded condemned called urged claims claimed refused threatened demanded "
        "stated confirmed welcomed "
        "expels expelled summons summoned sends sent criticizes criticized criticises "
        "criticised bombs bombed closes closed sanctions sanctioned recognizes recognized "
        "backs backed approves approved suspends suspended withdraws withdrew recalls "
        "recalled bans banned blocks blocked imposes imposed offers offered promises "
        "promised accepts accepted orders ordered decides decided protests protested "
        "says warns signs agrees rejects accuses denies condemns calls urges refuses "
        "threatens demands confirms welcomes"
    ),
    "it": _raw(
        "ha aveva sta sarà vuole chiede accusa annuncia annunciato risponde respinge minaccia "
        "firma nega condanna deve può intende prepara punta avverte replica conferma "
        "rivendica annunciato ribadisce avverte ritiene "
        # acts of a government, with their plurals ("Londra e Berlino convocano")
        "hanno vogliono chiedono accusano annunciano minacciano firmano condannano "
        "convoca convocano espelle espellono critica criticano invia inviano manda mandano "
        "versa versano bombarda bombardano chiude chiudono sanziona sanzionano riconosce "
        "riconoscono sostiene sostengono approva approvano sospende sospendono ritira "
        "ritirano richiama richiamano vieta vietano blocca bloccano impone impongono "
        "consegna consegnano offre offrono promette promettono accetta accettano "
        "ordina ordinano protesta protestano decide decidono smentisce smentiscono "
        "denuncia denunciano"
    ),
    "fr": _raw(
        "a est va veut annonce accuse demande refuse rejette menace signe condamne doit "
        "peut affirme estime avait sera dément dénonce confirme "
        "ont veulent annoncent accusent demandent refusent rejettent menacent signent "
        "condamnent convoque convoquent expulse expulsent critique critiquent envoie "
        "envoient livre livrent verse versent bombarde bombardent ferme ferment sanctionne "
        "sanctionnent reconnaît reconnaissent soutient soutiennent approuve approuvent "
        "suspend suspendent retire retirent rappelle rappellent interdit interdisent "
        "bloque bloquent impose imposent offre offrent promet promettent accepte acceptent "
        "ordonne ordonnent décide décident proteste protestent"
    ),
    "de": _raw(
        "hat ist wird will soll muss kann habe sei fordert kündigte kündigt warnt lehnt "
        "droht verurteilt wirft erklärte erklärt teilte bestätigte hatte war "
        "haben sind werden wollen sollen müssen fordern warnen lehnen drohen verurteilen "
        "bestellt bestellen weist weisen kritisiert kritisieren schickt schicken liefert "
        "liefern zahlt zahlen bombardiert bombardieren schließt schließen sanktioniert "
        "sanktionieren erkennt erkennen unterstützt unterstützen billigt billigen setzt "
        "setzen zieht ziehen ruft rufen verbietet verbieten blockiert blockieren verhängt "
        "verhängen bietet bieten verspricht versprechen akzeptiert akzeptieren ordnet "
        "ordnen beschließt beschließen protestiert protestieren dementiert dementieren "
        # past tenses ("Berlin forderte Ankara auf")
        "forderte forderten warnte warnten drohte drohten verurteilte verurteilten "
        "kritisierte kritisierten warf warfen lehnte lehnten wies wiesen schickte schickten "
        "lieferte lieferten beschuldigte beschuldigten bestellte bestellten rief riefen "
        "erkannte erkannten unterstützte unterstützten verhängte verhängten"
    ),
    "es": _raw(
        "ha es está va quiere pide acusa anuncia rechaza amenaza firma condena debe puede "
        "dijo afirmó respondió había será niega denuncia confirma anunció advirtió "
        "rechazó acusó pidió exigió condenó firmó "
        "han quieren piden acusan anuncian rechazan amenazan firman condenan convoca "
        "convocan expulsa expulsan critica critican envía envían entrega entregan "
        "bombardea bombardean cierra cierran sanciona sancionan reconoce reconocen apoya "
        "apoyan aprueba aprueban suspende suspenden retira retiran llama llaman prohíbe "
        "prohíben bloquea bloquean impone imponen ofrece ofrecen promete prometen acepta "
        "aceptan ordena ordenan decide deciden protesta protestan desmiente desmienten "
        "denuncian exige exigen"
    ),
}

# Aid: a capital after "to" a few words after one of these is its state, the aid's
# recipient ("tanks to Kyiv", "aiuti a Kiev", "une aide de 1,5 milliard au Caire"). Verbs
# of giving are not among them: "ha consegnato a Washington al segretario di Stato" hands
# something over in the city, and "sent a delegation to Kyiv" goes there.
AID_WORDS: dict[str, frozenset[str]] = {
    "en": _words(
        "aid assistance weapons arms missiles tanks package packages funding loan loans "
        "ammunition equipment shipment shipments"
    ),
    "it": _words(
        "aiuti aiuto armi missili carri pacchetto fondi prestito prestiti munizioni assistenza"
    ),
    "fr": _words("aide aides armes missiles chars paquet fonds prêt munitions assistance"),
    "de": _words("hilfe hilfen waffen raketen panzer paket pakete munition"),
    "es": _words(
        "ayuda ayudas armas misiles tanques paquete fondos préstamo municiones asistencia"
    ),
}
#: "To" (and "to the") before an aid's recipient; German "für" too ("Waffen für Kiew").
DATIVES: dict[str, frozenset[str]] = {
    "en": _words("to"),
    "it": _words("a ad al"),
    "fr": _words("à au"),
    "de": _words("an für"),
    "es": _words("a al"),
}
#: How many tokens before "to" an aid word may stand ("une aide annuelle de 1,5 milliard de
#: dollars ▮au Caire").
AID_WINDOW = 12

# A capital that is the direct object of one of these (lemmas) is its government: "urged
# Beijing to", "accused Moscow of", "held Kyiv responsible" (a parse is needed).
GOVERNMENT_OBJECT_VERBS: dict[str, frozenset[str]] = {
    "en": _raw(
        "accuse urge warn sanction criticize criticise condemn blame threaten support back "
        "recognize recognise thank praise press pressure ask invite reassure help hold "
        "reject rebuke denounce"
    ),
    "fr": _raw(
        "accuser exhorter avertir sanctionner critiquer condamner menacer soutenir "
        "reconnaître remercier appeler inviter presser rassurer aider dénoncer"
    ),
}

# Without a parse (it, es, de): a capital right after one of these forms, or after the form
# and "a" ("ha chiesto a Mosca", "acusó a Rabat", "forderte Ankara auf"), is its government:
# these verbs are done to someone. Verbs of going and hosting are not among them ("visitó
# Rabat", "ospita a Roma").
GOVERNMENT_OBJECT_FORMS: dict[str, frozenset[str]] = {
    "it": _raw(
        "accusa accusano accusato accusò chiede chiedono chiesto chiese esorta esortano "
        "esortato esortò invita invitano invitato invitò avverte avvertono avvertito avvertì "
        "minaccia minacciano minacciato minacciò condanna condannano condannato condannò "
        "sanziona sanzionano sanzionato ringrazia ringraziano ringraziato ringraziò "
        "sollecita sollecitano sollecitato sollecitò intima intimato intimò"
    ),
    "es": _raw(
        "acusa acusan acusó acusaron acusado pide piden pidió pidieron pedido exige exigen "
        "exigió exigieron exigido insta instan instó instaron instado advierte advierten "
        "advirtió advirtieron amenaza amenazan amenazó amenazaron amenazado condena condenan "
        "condenó condenaron sanciona sancionan sancionó agradece agradeció invita invitó "
        "presiona presionó"
    ),
    "de": _raw(
        "fordert fordern forderte forderten wirft werfen warf warfen warnt warnen warnte "
        "warnten kritisiert kritisieren kritisierte kritisierten verurteilt verurteilen "
        "verurteilte verurteilten droht drohen drohte drohten beschuldigt beschuldigen "
        "beschuldigte beschuldigten bittet bitten bat baten mahnt mahnte drängt drängte "
        "dankt dankte sanktioniert sanktionierte"
    ),
}
#: The dative or personal "a" between such a verb and the capital.
GOVERNMENT_OBJECT_MARKERS = _raw("a")

# A capital in the "of" phrase of one of these nouns is its government, not a place: "the
# demands of Washington", "le richieste di Mosca", "la respuesta de Pekín".
GOVERNMENT_NOUNS: dict[str, frozenset[str]] = {
    "en": _words(
        "demand demands request requests decision refusal response reply position stance "
        "proposal offer warning warnings threat threats accusation accusations sanctions "
        "support backing pressure ultimatum envoy envoys ambassador diplomats troops "
        "government leadership veto objections condemnation reaction"
    ),
    "it": _words(
        "richiesta richieste decisione rifiuto risposta posizione proposta offerta minaccia "
        "minacce accusa accuse sanzioni sostegno appoggio pressione pressioni ultimatum "
        "inviato ambasciatore diplomatici truppe forze governo veto condanna reazione replica"
    ),
    "fr": _words(
        "demande demandes exigence exigences décision refus réponse position proposition "
        "offre menace menaces accusation accusations sanctions soutien appui pression "
        "pressions ultimatum envoyé ambassadeur diplomates troupes forces gouvernement veto "
        "condamnation réaction"
    ),
    "de": _words(
        "Forderung Forderungen Entscheidung Ablehnung Antwort Position Vorschlag Angebot "
        "Drohung Drohungen Vorwurf Vorwürfe Sanktionen Unterstützung Druck Ultimatum "
        "Gesandter Botschafter Diplomaten Truppen Regierung Veto Reaktion"
    ),
    "es": _words(
        "petición peticiones exigencia exigencias demanda demandas decisión rechazo respuesta "
        "posición propuesta oferta amenaza amenazas acusación acusaciones sanciones apoyo "
        "presión presiones ultimátum enviado embajador diplomáticos tropas fuerzas gobierno "
        "veto condena reacción"
    ),
}

# Nouns of a state's bodies that newspapers capitalise ("el Gobierno", "il Governo", "le
# Gouvernement"): alone, perhaps after an article, they name no entity of their own but
# refer back to a state told before.
STATE_BODY_NOUNS: dict[str, frozenset[str]] = {
    "en": _words("government administration cabinet executive regime authorities junta"),
    "it": _words("governo esecutivo regime autorità giunta"),
    "fr": _words("gouvernement exécutif régime autorités junte"),
    "de": _words("regierung exekutive behörden junta"),
    "es": _words("gobierno ejecutivo régimen autoridades junta"),
}

# A capitalised name right before one of these is a speaker, hence a person.
SPEECH_VERBS: dict[str, frozenset[str]] = {
    "en": _words(
        "said says told added stated noted stressed emphasized emphasised warned "
        "declared explained wrote tweeted insisted"
    ),
    "it": _words(
        "ha dice afferma dichiara sottolinea spiega annuncia aggiunge avverte "
        "detto dichiarato affermato sottolineato spiegato"
    ),
    "fr": _words("a dit déclare affirme souligne explique ajoute estime selon"),
    "de": _words("sagte sagt erklärte erklärt betonte betont teilte meinte warnte"),
    "es": _words("dijo afirmó declaró señaló explicó aseguró subrayó añadió dice afirma"),
}

# Lower-case words allowed inside a person's name ("Ursula von der Leyen").
NAME_PARTICLES = _words("de di da van von der den del della le la al el bin ben dos du ter")

#: Titles of monarchs: the one name after them is a reigning name ("King Hussein", "re Carlo",
#: "le roi Mohammed"), never the surname of a commoner named in full ("Saddam Hussein").
MONARCH_TITLES = _words(
    "king queen prince princess emperor empress sultan emir sheikh shah crown re regina "
    "principe principessa imperatore roi reine rey reina príncipe princesa emperador könig "
    "königin prinz prinzessin kaiser emiro sceicco émir cheikh"
)

#: The abbreviations of US states that news style writes after a town ("Birmingham, Ala.",
#: "Peoria, Ill."): part of where the town is, no place of their own.
STATE_ABBREVIATIONS = _words(
    "ala. ariz. ark. calif. colo. conn. del. fla. ga. ill. ind. kan. kans. ky. la. md. mass. "
    "mich. minn. miss. mo. mont. neb. nev. n.h. n.j. n.m. n.y. n.c. n.d. okla. ore. pa. r.i. "
    "s.c. s.d. tenn. tex. vt. va. wash. w.va. wis. wyo. d.c."
)

# Articles dropped from the left edge of a recognised span ("the European Union").
ARTICLES = _words("the a an il lo la i gli le l un una der die das den dem des el los las")

# Words joining an office to its country or organisation ("ministro della Difesa DI Italia").
#: Languages whose office titles take their country in the genitive, without a connector
#: ("министр обороны Украины").
GENITIVE_QUALIFIED = frozenset({"ru", "uk", "pl"})

OFFICE_CONNECTORS = _words("of the della del dello dell degli dei di de la l du des der von d")


def cue_set(table: dict[str, frozenset[str]], language: str) -> frozenset[str]:
    """The cue words of ``language``, falling back to English for other languages."""
    return table.get(language, table["en"])
