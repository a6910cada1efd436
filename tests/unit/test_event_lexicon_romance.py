"""Italian, Spanish and French event coding from the trigger lexicons.

Italian and Spanish have no parser in Annals (word forms only), French has one (lemmas).
The sentences were written for this test (invented, typical wire phrasing).
"""

from __future__ import annotations

import pytest

from annals.benchmark.events_eval import _Coder
from annals.models import EVENT_TYPES


@pytest.fixture(scope="module")
def coder() -> _Coder:
    return _Coder()


# (language, sentence, PLOVER type, first actor id or None where the actor is not the point)
CASES = [
    (
        "it",
        "Il presidente Mattarella ha ricevuto al Quirinale il re di Giordania.",
        "CONSULT",
        None,
    ),
    (
        "it",
        "Meloni ha avuto un colloquio telefonico con Zelensky.",
        "CONSULT",
        "person/giorgia-meloni",
    ),
    (
        "it",
        "Tajani si è recato a Pechino per colloqui con il suo omologo cinese.",
        "CONSULT",
        "person/antonio-tajani",
    ),
    ("it", "Italia e Albania hanno firmato un accordo sui migranti.", "AGREE", "country/ITA"),
    (
        "it",
        "Israele e Hamas hanno raggiunto un'intesa su una tregua di tre giorni.",
        "AGREE",
        "country/ISR",
    ),
    (
        "it",
        "La Germania si è impegnata a fornire altri sistemi Patriot all'Ucraina.",
        "AGREE",
        "country/DEU",
    ),
    (
        "it",
        "La Francia ha espresso sostegno alla candidatura dell'Ucraina.",
        "SUPPORT",
        "country/FRA",
    ),
    ("it", "Il governo spagnolo ha riconosciuto lo Stato palestinese.", "SUPPORT", None),
    ("it", "La Cina ha accolto con favore la risoluzione dell'Onu.", "SUPPORT", "country/CHN"),
    ("it", "L'Ue ha revocato alcune sanzioni contro la Bielorussia.", "CONCEDE", "org/eu"),
    ("it", "Il Giappone si è scusato con la Corea del Sud.", "CONCEDE", "country/JPN"),
    (
        "it",
        "Il Myanmar ha allentato le restrizioni per i giornalisti stranieri.",
        "CONCEDE",
        "country/MMR",
    ),
    (
        "it",
        "Italia e Francia collaborano nella lotta al traffico di esseri umani.",
        "COOPERATE",
        "country/ITA",
    ),
    (
        "it",
        "Giappone e Corea del Sud hanno rafforzato la cooperazione militare.",
        "COOPERATE",
        "country/JPN",
    ),
    (
        "it",
        "Gli Stati Uniti hanno inviato all'Ucraina nuovi sistemi di difesa aerea.",
        "AID",
        "country/USA",
    ),
    ("it", "L'Ue ha stanziato 50 milioni di euro di aiuti umanitari per Gaza.", "AID", "org/eu"),
    (
        "it",
        "La Banca Mondiale ha concesso al Pakistan un prestito di due miliardi di dollari",
        "AID",
        "org/world-bank",
    ),
    ("it", "La Russia ha ritirato le truppe da Kherson.", "RETREAT", "country/RUS"),
    ("it", "Hamas ha rilasciato quattro ostaggi israeliani.", "RETREAT", "org/hamas"),
    ("it", "Il premier britannico Boris Johnson si è dimesso.", "RETREAT", "person/boris-johnson"),
    (
        "it",
        "Guterres ha chiesto un cessate il fuoco immediato a Gaza.",
        "REQUEST",
        "person/antonio-guterres",
    ),
    (
        "it",
        "Zelensky ha sollecitato gli alleati a inviare più armi.",
        "REQUEST",
        "person/volodymyr-zelenskyy",
    ),
    ("it", "Mosca ha accusato Kiev di aver bombardato Donetsk.", "ACCUSE", "country/RUS"),
    ("it", "La Germania ha condannato l'attacco all'ambasciata.", "ACCUSE", "country/DEU"),
    ("it", "La procura di Milano ha aperto un'indagine sul ministro.", "ACCUSE", None),
    (
        "it",
        "Il Cremlino ha respinto la proposta di una conferenza di pace.",
        "REJECT",
        "org/kremlin",
    ),
    ("it", "Pechino ha respinto le accuse come infondate.", "REJECT", "country/CHN"),
    (
        "it",
        "L'Ungheria ha bloccato l'accordo sui nuovi aiuti all'Ucraina.",
        "REJECT",
        "country/HUN",
    ),
    ("it", "L'Iran si è rifiutato di far entrare gli ispettori.", "REJECT", "country/IRN"),
    (
        "it",
        "La Corea del Nord ha minacciato gli Stati Uniti di una risposta nucleare.",
        "THREATEN",
        "country/PRK",
    ),
    ("it", "La Turchia ha avvertito la Svezia di gravi conseguenze.", "THREATEN", "country/TUR"),
    ("it", "Migliaia di persone hanno manifestato a Roma contro la guerra.", "PROTEST", None),
    ("it", "I sindacati italiani hanno organizzato uno sciopero generale.", "PROTEST", None),
    (
        "it",
        "Migliaia di serbi sono scesi in piazza a Belgrado contro il governo.",
        "PROTEST",
        "country/SRB",
    ),
    ("it", "L'Ue ha imposto nuove sanzioni alle banche russe.", "SANCTION", "org/eu"),
    ("it", "La Lituania ha espulso due diplomatici russi.", "SANCTION", "country/LTU"),
    (
        "it",
        "Il Niger ha interrotto le relazioni diplomatiche con la Francia.",
        "SANCTION",
        "country/NER",
    ),
    ("it", "La Giordania ha richiamato il suo ambasciatore in Israele.", "SANCTION", "country/JOR"),
    (
        "it",
        "Un tribunale di Mosca ha condannato Evan Gershkovich a 16 anni di carcere.",
        "SANCTION",
        None,
    ),
    ("it", "La Russia ha schierato truppe al confine con la Finlandia.", "MOBILIZE", "country/RUS"),
    (
        "it",
        "Gli Stati Uniti hanno inviato una portaerei nel Mediterraneo orientale.",
        "MOBILIZE",
        "country/USA",
    ),
    ("it", "La Russia ha annunciato una mobilitazione parziale.", "MOBILIZE", "country/RUS"),
    ("it", "La polizia turca ha arrestato a Istanbul oltre 100 manifestanti.", "COERCE", None),
    ("it", "Israele ha imposto il coprifuoco nella città di Jenin.", "COERCE", "country/ISR"),
    ("it", "L'Iran ha bloccato l'accesso ai social network.", "COERCE", "country/IRN"),
    (
        "it",
        "La marina iraniana ha sequestrato una petroliera nello Stretto di Hormuz.",
        "COERCE",
        None,
    ),
    ("it", "Hamas ha attaccato Israele con migliaia di razzi.", "ASSAULT", "org/hamas"),
    (
        "it",
        "Un attacco missilistico russo su Kiev ha ucciso almeno dodici persone.",
        "ASSAULT",
        None,
    ),
    ("it", "Boko Haram ha rapito 30 studenti in Nigeria.", "ASSAULT", None),
    ("it", "L'esercito russo ha bombardato villaggi lungo il confine.", "ASSAULT", None),
    ("it", "L'Ucraina ha abbattuto un caccia russo sul Mar Nero.", "ASSAULT", "country/UKR"),
    (
        "es",
        "Sánchez se reunió en Madrid con el presidente francés Emmanuel Macron.",
        "CONSULT",
        "person/pedro-sanchez",
    ),
    (
        "es",
        "Biden mantuvo una conversación telefónica con Xi Jinping.",
        "CONSULT",
        "person/joe-biden",
    ),
    ("es", "El rey de Jordania recibió al ministro de Exteriores español.", "CONSULT", None),
    ("es", "Armenia y Azerbaiyán firmaron un acuerdo de paz.", "AGREE", "country/ARM"),
    ("es", "Israel y Hamás pactaron una tregua de tres días.", "AGREE", "country/ISR"),
    (
        "es",
        "Alemania se comprometió a enviar más sistemas Patriot a Ucrania.",
        "AGREE",
        "country/DEU",
    ),
    ("es", "Francia expresó su apoyo a la candidatura de Ucrania.", "SUPPORT", "country/FRA"),
    ("es", "España reconoció oficialmente al Estado palestino.", "SUPPORT", "country/ESP"),
    ("es", "China acogió con satisfacción la resolución de la ONU.", "SUPPORT", "country/CHN"),
    ("es", "La UE levantó algunas sanciones contra Bielorrusia.", "CONCEDE", "org/eu"),
    ("es", "Japón pidió perdón a Corea del Sur por el trabajo forzoso.", "CONCEDE", "country/JPN"),
    (
        "es",
        "Myanmar suavizó las restricciones a los periodistas extranjeros.",
        "CONCEDE",
        "country/MMR",
    ),
    (
        "es",
        "España y Marruecos colaboran en la lucha contra el tráfico de personas.",
        "COOPERATE",
        "country/ESP",
    ),
    ("es", "Japón y Corea del Sur reforzaron su cooperación militar.", "COOPERATE", "country/JPN"),
    (
        "es",
        "Estados Unidos envió a Ucrania nuevos sistemas de defensa aérea.",
        "AID",
        "country/USA",
    ),
    ("es", "La UE destinó 50 millones de euros en ayuda humanitaria a Gaza.", "AID", "org/eu"),
    (
        "es",
        "El Banco Mundial concedió a Pakistán un préstamo de dos mil millones de dólares.",
        "AID",
        "org/world-bank",
    ),
    ("es", "Rusia retiró sus tropas de Jersón.", "RETREAT", "country/RUS"),
    ("es", "Hamás liberó a cuatro rehenes israelíes.", "RETREAT", "org/hamas"),
    (
        "es",
        "El primer ministro británico Boris Johnson dimitió.",
        "RETREAT",
        "person/boris-johnson",
    ),
    (
        "es",
        "Guterres pidió un alto el fuego inmediato en Gaza.",
        "REQUEST",
        "person/antonio-guterres",
    ),
    (
        "es",
        "Zelenski instó a los aliados a enviar más armas.",
        "REQUEST",
        "person/volodymyr-zelenskyy",
    ),
    ("es", "Moscú acusó a Kiev de bombardear Donetsk.", "ACCUSE", "country/RUS"),
    ("es", "Alemania condenó el ataque contra la embajada.", "ACCUSE", "country/DEU"),
    ("es", "El Kremlin rechazó la propuesta de una conferencia de paz.", "REJECT", "org/kremlin"),
    ("es", "Hungría bloqueó el acuerdo sobre nueva ayuda a Ucrania.", "REJECT", "country/HUN"),
    ("es", "Irán se negó a dejar entrar a los inspectores.", "REJECT", "country/IRN"),
    (
        "es",
        "Corea del Norte amenazó a Estados Unidos con una respuesta nuclear.",
        "THREATEN",
        "country/PRK",
    ),
    ("es", "Turquía advirtió a Suecia de graves consecuencias.", "THREATEN", "country/TUR"),
    ("es", "Miles de personas se manifestaron en Madrid contra la guerra.", "PROTEST", None),
    ("es", "Los sindicatos españoles organizaron una huelga general.", "PROTEST", None),
    (
        "es",
        "Miles de serbios salieron a las calles de Belgrado contra el gobierno.",
        "PROTEST",
        "country/SRB",
    ),
    ("es", "La UE impuso nuevas sanciones a los bancos rusos.", "SANCTION", "org/eu"),
    ("es", "Lituania expulsó a dos diplomáticos rusos.", "SANCTION", "country/LTU"),
    ("es", "Níger rompió relaciones diplomáticas con Francia.", "SANCTION", "country/NER"),
    ("es", "Jordania llamó a consultas a su embajador en Israel.", "SANCTION", "country/JOR"),
    (
        "es",
        "Un tribunal de Moscú condenó a Evan Gershkovich a 16 años de prisión.",
        "SANCTION",
        None,
    ),
    ("es", "Rusia desplegó tropas en la frontera con Finlandia.", "MOBILIZE", "country/RUS"),
    (
        "es",
        "Estados Unidos envió un portaaviones al Mediterráneo oriental.",
        "MOBILIZE",
        "country/USA",
    ),
    ("es", "Rusia anunció una movilización parcial.", "MOBILIZE", "country/RUS"),
    (
        "es",
        "La policía turca detuvo en Estambul a más de 100 manifestantes.",
        "COERCE",
        "country/TUR",
    ),
    ("es", "Israel impuso el toque de queda en la ciudad de Yenín.", "COERCE", "country/ISR"),
    ("es", "Irán bloqueó el acceso a las redes sociales.", "COERCE", "country/IRN"),
    (
        "es",
        "La marina iraní incautó un petrolero en el estrecho de Ormuz.",
        "COERCE",
        "country/IRN",
    ),
    ("es", "Hamás atacó Israel con miles de cohetes.", "ASSAULT", "org/hamas"),
    (
        "es",
        "Un ataque con misiles ruso contra Kiev mató al menos a doce personas.",
        "ASSAULT",
        None,
    ),
    ("es", "Boko Haram secuestró a 30 estudiantes en Nigeria.", "ASSAULT", None),
    (
        "es",
        "El ejército ruso bombardeó aldeas a lo largo de la frontera.",
        "ASSAULT",
        "country/RUS",
    ),
    ("es", "Ucrania derribó un caza ruso sobre el mar Negro.", "ASSAULT", "country/UKR"),
    ("fr", "Emmanuel Macron a reçu à l'Élysée le roi de Jordanie.", "CONSULT", None),
    ("fr", "L'Arménie et l'Azerbaïdjan ont signé un accord de paix.", "AGREE", "country/ARM"),
    (
        "fr",
        "Israël et le Hamas se sont mis d'accord sur une trêve de trois jours.",
        "AGREE",
        "country/ISR",
    ),
    (
        "fr",
        "La France a exprimé son soutien à la candidature de l'Ukraine.",
        "SUPPORT",
        "country/FRA",
    ),
    ("fr", "L'Espagne a reconnu officiellement l'État palestinien.", "SUPPORT", "country/ESP"),
    ("fr", "L'UE a levé certaines sanctions contre la Biélorussie.", "CONCEDE", "org/eu"),
    ("fr", "Le Japon a présenté ses excuses à la Corée du Sud.", "CONCEDE", "country/JPN"),
    (
        "fr",
        "Le Japon et la Corée du Sud ont renforcé leur coopération militaire.",
        "COOPERATE",
        "country/JPN",
    ),
    (
        "fr",
        "Les États-Unis ont livré à l'Ukraine de nouveaux systèmes de défense aérienne.",
        "AID",
        "country/USA",
    ),
    (
        "fr",
        "La Banque mondiale a accordé au Pakistan un prêt de deux milliards de dollars.",
        "AID",
        "org/world-bank",
    ),
    ("fr", "La Russie a retiré ses troupes de Kherson.", "RETREAT", "country/RUS"),
    ("fr", "Le Hamas a libéré quatre otages israéliens.", "RETREAT", "org/hamas"),
    (
        "fr",
        "Le Premier ministre britannique Boris Johnson a démissionné.",
        "RETREAT",
        "person/boris-johnson",
    ),
    (
        "fr",
        "Guterres a appelé à un cessez-le-feu immédiat à Gaza.",
        "REQUEST",
        "person/antonio-guterres",
    ),
    (
        "fr",
        "Zelensky a exhorté les alliés à envoyer plus d'armes.",
        "REQUEST",
        "person/volodymyr-zelenskyy",
    ),
    ("fr", "Moscou a accusé Kiev d'avoir bombardé Donetsk.", "ACCUSE", "country/RUS"),
    ("fr", "L'Allemagne a condamné l'attaque contre l'ambassade.", "ACCUSE", "country/DEU"),
    ("fr", "Le Kremlin a rejeté la proposition d'une conférence de paix.", "REJECT", "org/kremlin"),
    ("fr", "Pékin a démenti ces accusations.", "REJECT", "country/CHN"),
    (
        "fr",
        "La Hongrie a bloqué l'accord sur une nouvelle aide à l'Ukraine.",
        "REJECT",
        "country/HUN",
    ),
    (
        "fr",
        "La Corée du Nord a menacé les États-Unis d'une riposte nucléaire.",
        "THREATEN",
        "country/PRK",
    ),
    ("fr", "La Lituanie a expulsé deux diplomates russes.", "SANCTION", "country/LTU"),
    (
        "fr",
        "Le Niger a rompu ses relations diplomatiques avec la France.",
        "SANCTION",
        "country/NER",
    ),
    ("fr", "La Jordanie a rappelé son ambassadeur en Israël.", "SANCTION", "country/JOR"),
    (
        "fr",
        "Un tribunal de Moscou a condamné Evan Gershkovich à 16 ans de prison.",
        "SANCTION",
        None,
    ),
    (
        "fr",
        "La Russie a déployé des troupes à la frontière finlandaise.",
        "MOBILIZE",
        "country/RUS",
    ),
    (
        "fr",
        "Les États-Unis ont envoyé un porte-avions en Méditerranée orientale.",
        "MOBILIZE",
        "country/USA",
    ),
    ("fr", "Israël a imposé un couvre-feu dans la ville de Jénine.", "COERCE", "country/ISR"),
    ("fr", "Le Hamas a attaqué Israël avec des milliers de roquettes.", "ASSAULT", "org/hamas"),
    ("fr", "Boko Haram a enlevé 30 élèves au Nigeria.", "ASSAULT", None),
    (
        "fr",
        "L'armée russe a bombardé des villages le long de la frontière.",
        "ASSAULT",
        "country/RUS",
    ),
]


@pytest.mark.parametrize("language", ["it", "es"])
def test_romance_cases_cover_every_plover_type(language: str) -> None:
    assert {case[2] for case in CASES if case[0] == language} == set(EVENT_TYPES)


@pytest.mark.parametrize(
    ("language", "text", "expected", "actor"), CASES, ids=[f"{c[0]}-{c[1][:40]}" for c in CASES]
)
def test_romance_sentence_is_coded_with_its_type(
    coder: _Coder, language: str, text: str, expected: str, actor: str | None
) -> None:
    prediction = coder.predict(text, language)
    assert prediction.label == expected
    if actor is not None:
        assert prediction.actor_ids[:1] == (actor,)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "Il ministro ha manifestato preoccupazione per la situazione economica."),
        ("it", "L'inviato speciale dell'Onu è arrivato a Roma ieri sera."),
        ("es", "El ministro dijo que la situación económica es difícil."),
        ("fr", "Le ministre a déclaré que la situation économique était difficile."),
    ],
)
def test_romance_sentences_without_an_event(coder: _Coder, language: str, text: str) -> None:
    assert coder.predict(text, language).label == "none"
