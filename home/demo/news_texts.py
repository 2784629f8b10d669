"""German demo news and best-practice projects for the Sozialraumkoordination Köln portal.

All content is fictitious demo data for a development installation. It names no real persons, only
roles (for example "eine Ehrenamtliche" or "die Leitung des Familienzentrums"), and it contains no
statistics. ``NEWS`` maps each Sozialraum slug to four or five news items; ``NEWS[slug][i]["body"]`` is
a list of ``(block_type, value)`` tuples using the block types ``heading``, ``paragraph`` and ``quote``.
``PROJECTS`` maps each Sozialraum slug to two best-practice projects. Topic slugs and target-group slugs
refer to ``fixtures/themen.json``.
"""

NEWS = {
    "bickendorf": [
        {
            "title": "Neue Sprechstunde für Seniorinnen und Senioren in Ossendorf",
            "teaser": (
                "Ab sofort gibt es in Ossendorf eine Sprechstunde für ältere Menschen. Sie ist "
                "kostenlos und ohne Anmeldung."
            ),
            "days_ago": 3,
            "topics": ["senioren", "soziales"],
            "on_landing": True,
            "body": [
                ("heading", {"text": "Hilfe in der Nähe", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Viele ältere Menschen in Ossendorf haben uns gesagt: Der Weg zur "
                        "Beratung ist zu weit. Darum gibt es jetzt eine Sprechstunde direkt im "
                        "Veedel. Sie findet jeden zweiten Donnerstag im Gemeindehaus statt, von "
                        "10 bis 12 Uhr.</p><p>In der Sprechstunde bekommen Sie Rat zu vielen "
                        "Fragen aus dem Alltag. Zum Beispiel:</p><ul><li>Wer hilft mir im "
                        "Haushalt oder beim Einkaufen?</li><li>Wo gibt es Treffpunkte und "
                        "Ausflüge in der Nähe?</li><li>Was mache ich mit einem schwierigen Brief "
                        "vom Amt?</li><li>Wie finde ich eine gute Pflegeberatung?</li></ul>"
                    ),
                ),
                ("heading", {"text": "So funktioniert es", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Eine Fachkraft aus der Seniorenberatung ist vor Ort. Sie hört zu und "
                        "zeigt Ihnen den richtigen Weg. Wenn nötig, vereinbart sie einen "
                        "Hausbesuch. Der Raum ist ebenerdig und gut mit dem Rollator "
                        "erreichbar.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Viele Fragen lassen sich schnell klären, wenn man sich "
                            "gegenübersitzt. Darum kommen wir zu den Menschen."
                        ),
                        "attribution": "die Fachkraft der Seniorenberatung",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Sie können auch Angehörige oder Nachbarn mitbringen. Die Beratung ist "
                        "vertraulich.</p>"
                    ),
                ),
            ],
        },
        {
            "title": "Pflanzaktion an den Baumbeeten in der Gartenstadt",
            "teaser": (
                "Nachbarinnen und Nachbarn bepflanzen gemeinsam die Beete rund um die "
                "Straßenbäume. Erde, Samen und Werkzeug gibt es kostenlos."
            ),
            "days_ago": 12,
            "topics": ["klima-umwelt", "engagement"],
            "on_landing": False,
            "body": [
                ("heading", {"text": "Blühende Straßen statt kahler Erde", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Rund um die Straßenbäume in Bickendorf gibt es viele kleine Beete. "
                        "Oft liegt dort nur nackte Erde. Das soll sich ändern. Am "
                        "Samstagvormittag pflanzen Nachbarinnen und Nachbarn dort Blumen und "
                        "Kräuter, die Bienen und Schmetterlingen helfen.</p><p>Treffpunkt ist der "
                        "Platz vor der Kirche. Dort gibt es Erde, Samen und kleine Schaufeln. "
                        "Handschuhe sind auch da. Sie brauchen keine Erfahrung im Gärtnern. "
                        "Kinder sind herzlich willkommen.</p>"
                    ),
                ),
                ("heading", {"text": "Wer gießt im Sommer?", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Ein Beet braucht Pflege. Darum suchen wir Menschen, die eine "
                        "Patenschaft für ein Baumbeet übernehmen. Das heißt: ab und zu gießen und "
                        "Müll einsammeln. Viele machen das gemeinsam mit dem Haus oder der "
                        "Familie.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Seit ich mich um das Beet vor meiner Tür kümmere, kenne ich viel "
                            "mehr Leute aus der Straße."
                        ),
                        "attribution": "eine Anwohnerin aus der Gartenstadt",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Wer eine Patenschaft übernehmen möchte, meldet sich bei der "
                        "Sozialraumkoordination. Wir stellen den Kontakt zu den anderen Patinnen "
                        "und Paten her.</p>"
                    ),
                ),
            ],
        },
        {
            "title": "Willkommensmappe für neue Familien",
            "teaser": (
                "Wer mit Kindern neu in den Sozialraum zieht, bekommt jetzt eine "
                "Willkommensmappe. Darin stehen die wichtigsten Adressen und Angebote."
            ),
            "days_ago": 26,
            "topics": ["kinder-jugend-familie", "engagement"],
            "on_landing": True,
            "body": [
                ("heading", {"text": "Gut ankommen im Veedel", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>In Bickendorf, Westend und Ossendorf ziehen immer wieder junge "
                        "Familien neu zu. Sie haben oft viele Fragen. Wo gibt es einen Kitaplatz? "
                        "Wo ist der nächste Spielplatz? Wer hilft, wenn das Baby nicht schlafen "
                        "will?</p><p>Der Arbeitskreis Kinder und Familien hat deshalb eine "
                        "Willkommensmappe gemacht. Darin finden Familien:</p><ul><li>Adressen von "
                        "Kitas, Familienzentren und Grundschulen</li><li>Spielplätze und "
                        "Sportvereine in der Nähe</li><li>Beratungsstellen für "
                        "Eltern</li><li>Treffpunkte wie Krabbelgruppen und "
                        "Familiencafés</li></ul>"
                    ),
                ),
                ("heading", {"text": "Wo gibt es die Mappe?", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Die Mappe liegt in den Kitas, in den Kinderarztpraxen und im Büro der "
                        "Sozialraumkoordination aus. Sie ist in einfacher Sprache geschrieben. "
                        "Eine Kurzfassung gibt es auch auf Englisch und Türkisch.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Wir wollten, dass neue Familien nicht lange suchen müssen. Alles "
                            "Wichtige steht jetzt an einem Ort."
                        ),
                        "attribution": "die Leitung eines Familienzentrums",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Fehlt etwas in der Mappe? Dann sagen Sie es uns. Die nächste Auflage "
                        "machen wir gemeinsam mit Ihren Ideen noch besser.</p>"
                    ),
                ),
            ],
        },
        {
            "title": "Generationenfrühstück zieht in neue Räume",
            "teaser": (
                "Das offene Frühstück für alle Generationen hat einen neuen Ort. Die neuen Räume "
                "sind barrierefrei und größer."
            ),
            "days_ago": 39,
            "topics": ["senioren", "engagement"],
            "on_landing": False,
            "body": [
                ("heading", {"text": "Mehr Platz am Tisch", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Einmal im Monat treffen sich Jung und Alt zum gemeinsamen Frühstück. "
                        "Bisher war der Raum dafür oft zu klein. Außerdem gab es Stufen am "
                        "Eingang. Für Menschen mit Rollator oder Kinderwagen war das "
                        "schwierig.</p><p>Jetzt findet das Frühstück im Pfarrsaal an der Venloer "
                        "Straße statt. Dort gibt es einen ebenerdigen Eingang, eine barrierefreie "
                        "Toilette und genug Platz für alle. Die Kirchengemeinde stellt den Raum "
                        "kostenlos zur Verfügung.</p>"
                    ),
                ),
                ("heading", {"text": "Jeder bringt etwas mit", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Das Frühstück lebt vom Mitmachen. Brot, Kaffee und Tee sind immer da. "
                        "Wer möchte, bringt etwas mit, zum Beispiel Obst, Marmelade oder Kuchen. "
                        "Wer nichts mitbringen kann, ist genauso willkommen.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Hier sitze ich neben einem Studenten und einer jungen Mutter. Zu "
                            "Hause wäre ich allein."
                        ),
                        "attribution": "ein Besucher des Frühstücks",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Das Frühstück findet jeden ersten Samstag im Monat von 9.30 bis 11.30 "
                        "Uhr statt. Eine Anmeldung ist nicht nötig.</p>"
                    ),
                ),
            ],
        },
        {
            "title": "Repair-Café öffnet in Westend",
            "teaser": (
                "Kaputter Toaster, wackeliger Stuhl, Loch in der Jacke? Im neuen Repair-Café "
                "reparieren Ehrenamtliche gemeinsam mit Ihnen."
            ),
            "days_ago": 52,
            "topics": ["klima-umwelt", "engagement"],
            "on_landing": False,
            "body": [
                ("heading", {"text": "Reparieren statt wegwerfen", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Viele Dinge landen im Müll, obwohl nur eine Kleinigkeit kaputt ist. "
                        "Das kostet Geld und schadet der Umwelt. Im neuen Repair-Café in Westend "
                        "gibt es jetzt Hilfe. Ehrenamtliche mit Erfahrung in Elektrik, Holz und "
                        "Nähen schauen sich Ihre Sachen an.</p><p>Sie reparieren nicht für Sie, "
                        "sondern mit Ihnen. So lernen Sie selbst etwas dazu. Werkzeug und "
                        "Ersatzteile sind vor Ort. Für schwierige Fälle gibt es Tipps, wo man "
                        "weiter fragen kann.</p>"
                    ),
                ),
                ("heading", {"text": "Zeit für ein Gespräch", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Während Sie warten, gibt es Kaffee und Kuchen. Viele Menschen kommen "
                        "auch einfach zum Reden vorbei. Das Repair-Café ist ein neuer Treffpunkt "
                        "für das Veedel.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Ich repariere seit Jahrzehnten Radios. Jetzt kann ich dieses Wissen weitergeben."
                        ),
                        "attribution": "ein Ehrenamtlicher im Repair-Café",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Das Repair-Café öffnet jeden dritten Samstag im Monat von 14 bis 17 "
                        "Uhr im Jugendzentrum. Wer mitreparieren möchte, meldet sich bei der "
                        "Sozialraumkoordination.</p>"
                    ),
                ),
            ],
        },
    ],
    "bilderstoeckchen": [
        {
            "title": "Hebammensprechstunde im Familiencafé",
            "teaser": (
                "Im Familiencafé beantwortet jetzt regelmäßig eine Hebamme Fragen rund um "
                "Schwangerschaft, Geburt und das erste Lebensjahr."
            ),
            "days_ago": 5,
            "topics": ["fruehe-hilfen", "gesundheit-ernaehrung"],
            "on_landing": True,
            "body": [
                ("heading", {"text": "Fragen zum Baby? Einfach vorbeikommen", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Das Familiencafé in Bilderstöckchen ist ein beliebter Treffpunkt für "
                        "Eltern mit kleinen Kindern. Ab sofort ist jeden ersten Donnerstag im "
                        "Monat auch eine Hebamme da. Sie nimmt sich Zeit für Ihre "
                        "Fragen.</p><p>Typische Themen sind:</p><ul><li>Stillen und "
                        "Fläschchen</li><li>Schlafen und Schreien</li><li>Beikost und die ersten "
                        "Breie</li><li>Wochenbett und Erholung nach der Geburt</li></ul>"
                    ),
                ),
                ("heading", {"text": "Ohne Termin und kostenlos", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Sie müssen sich nicht anmelden. Auch Schwangere und werdende Väter "
                        "sind willkommen. Wenn Sie weitere Hilfe brauchen, zeigt Ihnen die "
                        "Hebamme passende Angebote der Frühen Hilfen im Veedel.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Viele Eltern trauen sich nicht, in einer Praxis nachzufragen. Im "
                            "Café bei einer Tasse Tee ist das viel leichter."
                        ),
                        "attribution": "die Hebamme im Familiencafé",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Das Familiencafé öffnet donnerstags von 9.30 bis 11.30 Uhr. Es gibt "
                        "Kaffee, Tee, Spielsachen und eine Wickelecke. Bringen Sie gern auch "
                        "Großeltern mit. Der Eingang ist ebenerdig, Kinderwagen können mit "
                        "hinein.</p>"
                    ),
                ),
            ],
        },
        {
            "title": "Picknick der Einrichtungen im Blücherpark",
            "teaser": (
                "Kitas, Schulen und Vereine laden zu einem großen Picknick in den Blücherpark "
                "ein. Alle Nachbarinnen und Nachbarn sind eingeladen."
            ),
            "days_ago": 18,
            "topics": ["kultur", "kinder-jugend-familie", "engagement"],
            "on_landing": False,
            "body": [
                ("heading", {"text": "Decke mitbringen, Leute kennenlernen", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Der Blücherpark ist für viele Menschen in Bilderstöckchen ein "
                        "Lieblingsort. Darum feiern die Einrichtungen aus dem Veedel dort ein "
                        "gemeinsames Picknick. Jede Einrichtung hat einen kleinen Stand mit "
                        "Spielen oder Mitmachaktionen.</p><p>Auf dem Programm stehen unter "
                        "anderem:</p><ul><li>Kinderschminken und "
                        "Seifenblasen</li><li>Wikingerschach und Sackhüpfen</li><li>ein Lese-Zelt "
                        "der Stadtteilbibliothek</li><li>Infos über Angebote im Veedel</li></ul>"
                    ),
                ),
                ("heading", {"text": "Essen teilen", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Bringen Sie eine Decke und etwas zu essen mit. Getränke gibt es vor "
                        "Ort. Viele Familien bringen Gerichte aus ihrer Heimat mit und teilen sie "
                        "gern. So lernt man neue Rezepte und neue Menschen kennen.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Beim Picknick im Park spricht man ganz anders miteinander als in einem Büro."
                        ),
                        "attribution": "eine Mitarbeiterin der offenen Jugendarbeit",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Bei Regen findet das Picknick in der Turnhalle der Grundschule statt. "
                        "Die Sozialraumkoordination sucht noch Helferinnen und Helfer für Aufbau "
                        "und Abbau.</p>"
                    ),
                ),
            ],
        },
        {
            "title": "Neuer Spielplatz zwischen den Wohnanlagen",
            "teaser": (
                "Der Spielplatz zwischen den großen Wohnanlagen ist fertig. Kinder aus dem Veedel "
                "haben ihn mitgeplant."
            ),
            "days_ago": 33,
            "topics": ["kinder-jugend-familie", "stadtentwicklung"],
            "on_landing": True,
            "body": [
                ("heading", {"text": "Kinder als Planerinnen und Planer", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Der alte Spielplatz war in die Jahre gekommen. Viele Geräte waren "
                        "kaputt, und es gab kaum Schatten. Bevor gebaut wurde, haben Kinder aus "
                        "Kita, Grundschule und Jugendtreff ihre Wünsche gemalt und gebastelt. Die "
                        "Stadt hat viele Ideen übernommen.</p><p>Jetzt gibt es:</p><ul><li>einen "
                        "Kletterturm und eine breite Rutsche</li><li>eine Nestschaukel, auf der "
                        "auch Kinder mit Behinderung schaukeln können</li><li>Sand und Wasser zum "
                        "Matschen</li><li>Bänke im Schatten neuer Bäume</li></ul>"
                    ),
                ),
                ("heading", {"text": "Ein Ort für alle", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Die Bänke sind bewusst so gestellt, dass Eltern und Großeltern gut "
                        "sitzen und reden können. Der Weg zum Spielplatz ist jetzt breiter und "
                        "gut mit Kinderwagen befahrbar.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": "Die Rutsche habe ich gemalt. Jetzt gibt es sie wirklich.",
                        "attribution": "ein Kind aus der Grundschule",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Bitte helfen Sie mit, dass der Spielplatz sauber bleibt. Wenn etwas "
                        "kaputt ist, melden Sie es bitte der Sozialraumkoordination.</p>"
                    ),
                ),
            ],
        },
        {
            "title": "Betriebe stellen sich in der Schule vor",
            "teaser": (
                "Bei einem Berufeabend in der weiterführenden Schule lernen Jugendliche Betriebe "
                "aus der Umgebung kennen. Auch Eltern sind eingeladen."
            ),
            "days_ago": 47,
            "topics": ["wirtschaft-arbeit", "bildung"],
            "on_landing": False,
            "body": [
                ("heading", {"text": "Wie geht es nach der Schule weiter?", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Viele Jugendliche wissen nicht, welche Ausbildung zu ihnen passt. Oft "
                        "kennen sie nur wenige Berufe. Darum lädt die weiterführende Schule "
                        "gemeinsam mit der Sozialraumkoordination zu einem Berufeabend "
                        "ein.</p><p>Betriebe aus Nippes und Umgebung stellen sich vor. Dabei sind "
                        "zum Beispiel eine Bäckerei, eine Autowerkstatt, ein Pflegedienst und ein "
                        "Elektrobetrieb. Auszubildende erzählen selbst von ihrem Alltag.</p>"
                    ),
                ),
                ("heading", {"text": "Eltern sind wichtig", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Eltern spielen bei der Berufswahl eine große Rolle. Darum sind sie "
                        "ausdrücklich eingeladen. Sprachmittlerinnen helfen bei Fragen auf "
                        "Türkisch, Arabisch und Russisch. Eine Beraterin erklärt, wie das duale "
                        "Ausbildungssystem in Deutschland funktioniert.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Ich wusste nicht, dass man Anlagenmechanikerin werden kann. Jetzt "
                            "mache ich dort ein Praktikum."
                        ),
                        "attribution": "eine Schülerin der zehnten Klasse",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Der Berufeabend beginnt um 17 Uhr in der Aula. Bewerbungsunterlagen "
                        "können Jugendliche gern mitbringen und prüfen lassen. Wer danach "
                        "Unterstützung sucht, findet sie bei den Ausbildungslotsen im Veedel.</p>"
                    ),
                ),
            ],
        },
    ],
    "chorweiler": [
        {
            "title": "Nachbarschaftsfest auf dem Pariser Platz: Das Programm steht",
            "teaser": (
                "Musik, Essen aus vielen Ländern und Spiele für Kinder: Das Programm für das "
                "Nachbarschaftsfest ist fertig. Helferinnen und Helfer sind weiter willkommen."
            ),
            "days_ago": 4,
            "topics": ["kultur", "engagement"],
            "on_landing": True,
            "body": [
                ("heading", {"text": "Ein Fest für den ganzen Kölner Norden", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Bald ist es wieder so weit: Der Pariser Platz wird zur Festwiese. "
                        "Vereine, Schulen, Kirchen- und Moscheegemeinden zeigen, was sie machen. "
                        "Das Fest beginnt um 13 Uhr und endet am frühen Abend.</p><p>Das erwartet "
                        "Sie:</p><ul><li>Musik und Tanz von Gruppen aus dem Veedel</li><li>ein "
                        "Markt mit Essen aus vielen Ländern</li><li>Hüpfburg, Kinderschminken und "
                        "ein Torwandschießen</li><li>Infostände von Beratungsstellen und "
                        "Einrichtungen</li></ul>"
                    ),
                ),
                ("heading", {"text": "Jede Sprache zählt", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Beim Fest helfen Sprachmittlerinnen und Sprachmittler. Sie tragen ein "
                        "Namensschild mit den Sprachen, die sie sprechen. So finden alle schnell "
                        "jemanden für ihre Fragen.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": "Auf dem Fest sieht man, wie viel Können in unserer Nachbarschaft steckt.",
                        "attribution": "eine Ehrenamtliche aus dem Festkomitee",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Sie möchten einen Stand betreuen oder beim Aufbau helfen? Dann melden "
                        "Sie sich bei der Sozialraumkoordination am Pariser Platz. Auch eine "
                        "Stunde Hilfe ist wertvoll.</p>"
                    ),
                ),
            ],
        },
        {
            "title": "Neue Sprachmittlerinnen und Sprachmittler für das Veedel",
            "teaser": (
                "Bewohnerinnen und Bewohner haben eine Schulung als Sprachmittler abgeschlossen. "
                "Sie helfen künftig bei Elterngesprächen und Beratungen."
            ),
            "days_ago": 15,
            "topics": ["engagement", "soziales"],
            "on_landing": False,
            "body": [
                ("heading", {"text": "Brücken zwischen den Sprachen", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Im Kölner Norden werden sehr viele Sprachen gesprochen. Bei wichtigen "
                        "Gesprächen reicht das Deutsch aber manchmal nicht aus. Zum Beispiel beim "
                        "Elterngespräch in der Kita oder bei einem Termin in der "
                        "Beratungsstelle.</p><p>Darum hat eine neue Gruppe die Schulung zur "
                        "Sprachmittlung abgeschlossen. Die Ehrenamtlichen sprechen unter anderem "
                        "Arabisch, Türkisch, Farsi, Russisch, Tigrinya und Rumänisch.</p>"
                    ),
                ),
                ("heading", {"text": "Was gelernt wurde", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>In der Schulung ging es um mehr als Sprache. Die Teilnehmenden "
                        "lernten zum Beispiel:</p><ul><li>genau und neutral zu "
                        "übersetzen</li><li>vertrauliche Dinge für sich zu behalten</li><li>mit "
                        "schwierigen Gesprächen umzugehen</li><li>wann eine professionelle "
                        "Übersetzung nötig ist</li></ul>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Ich weiß, wie es ist, wenn man nichts versteht. Deshalb helfe ich jetzt anderen."
                        ),
                        "attribution": "eine neue Sprachmittlerin",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Einrichtungen im Sozialraum können die Sprachmittlerinnen und "
                        "Sprachmittler über die Sozialraumkoordination anfragen. Der Einsatz ist "
                        "für die Familien kostenlos. Eine neue Schulung ist schon geplant. Wer "
                        "mitmachen möchte, meldet sich im Büro am Pariser Platz.</p>"
                    ),
                ),
            ],
        },
        {
            "title": "Gesund essen mit kleinem Geld",
            "teaser": (
                "Im Familienzentrum startet ein Kochkurs für Familien. Es geht um einfache, "
                "gesunde und günstige Gerichte."
            ),
            "days_ago": 29,
            "topics": ["gesundheit-ernaehrung", "kinder-jugend-familie"],
            "on_landing": False,
            "body": [
                ("heading", {"text": "Gemeinsam kochen, gemeinsam essen", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Gesundes Essen muss nicht teuer sein. Das zeigt ein neuer Kochkurs im "
                        "Familienzentrum. Eltern und Kinder kochen gemeinsam mit einer "
                        "Ernährungsberaterin. Danach essen alle zusammen.</p><p>An jedem Termin "
                        "gibt es ein anderes Thema:</p><ul><li>ein gesundes Frühstück für "
                        "Schulkinder</li><li>schnelle Gerichte mit Gemüse der "
                        "Saison</li><li>Snacks ohne viel Zucker</li><li>Gerichte aus den Küchen "
                        "der Teilnehmenden</li></ul>"
                    ),
                ),
                ("heading", {"text": "Rezepte aus vielen Ländern", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Viele Familien bringen eigene Rezepte mit. Die Ernährungsberaterin "
                        "zeigt, wie man sie noch gesünder macht. Am Ende entsteht ein kleines "
                        "Kochbuch mit Rezepten aus dem Kölner Norden. Es ist in einfacher Sprache "
                        "und mit vielen Bildern.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": "Meine Kinder essen jetzt Linsen, weil sie sie selbst gekocht haben.",
                        "attribution": "ein Vater aus dem Kochkurs",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Der Kurs findet mittwochs von 15 bis 17 Uhr statt. Die Teilnahme ist "
                        "kostenlos. Bitte melden Sie sich im Familienzentrum an, weil die Küche "
                        "nur wenig Platz hat.</p>"
                    ),
                ),
            ],
        },
        {
            "title": "Saubere Hauseingänge: Aktion mit den Wohnungsunternehmen",
            "teaser": (
                "Bewohnerinnen, Bewohner und Wohnungsunternehmen machen gemeinsam die "
                "Hauseingänge rund um den Liverpooler Platz schöner."
            ),
            "days_ago": 44,
            "topics": ["wohnen", "stadtentwicklung", "engagement"],
            "on_landing": False,
            "body": [
                ("heading", {"text": "Der erste Eindruck zählt", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Der Hauseingang ist die Visitenkarte eines Hauses. In der "
                        "Stadtteilkonferenz haben Bewohnerinnen und Bewohner gesagt: Viele "
                        "Eingänge sind dunkel und schmutzig. Das wollen sie ändern – gemeinsam "
                        "mit den Wohnungsunternehmen.</p><p>An einem Aktionstag wurden Eingänge "
                        "gereinigt, Pflanzkübel aufgestellt und Wände gestrichen. Kinder haben "
                        "Schilder gemalt, die an Ordnung und Rücksicht erinnern.</p>"
                    ),
                ),
                ("heading", {"text": "Was die Wohnungsunternehmen tun", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Die Wohnungsunternehmen haben zugesagt, kaputte Lampen schneller zu "
                        "ersetzen. Außerdem gibt es jetzt eine feste Sprechzeit der "
                        "Hausverwaltung im Stadtteilbüro. Dort können Mieterinnen und Mieter "
                        "Mängel direkt melden.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": "Wenn der Eingang hell und sauber ist, kommt man gern nach Hause.",
                        "attribution": "ein Mieter aus einem Hochhaus am Liverpooler Platz",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Die Aktion soll weitergehen. Wer für sein Haus einen Aktionstag "
                        "plant, bekommt Unterstützung von der Sozialraumkoordination. Wir helfen "
                        "bei der Absprache mit der Hausverwaltung und besorgen Material wie "
                        "Besen, Farbe und Pflanzen.</p>"
                    ),
                ),
            ],
        },
        {
            "title": "Lauftreff am Fühlinger See",
            "teaser": (
                "Ein neuer Lauftreff lädt zum gemeinsamen Laufen und Walken am Fühlinger See ein. "
                "Anfängerinnen und Anfänger sind besonders willkommen."
            ),
            "days_ago": 57,
            "topics": ["sport", "gesundheit-ernaehrung"],
            "on_landing": False,
            "body": [
                ("heading", {"text": "Bewegung tut gut", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Der Fühlinger See liegt direkt vor der Tür. Trotzdem nutzen ihn viele "
                        "Menschen aus dem Veedel nur selten. Ein Sportverein und das "
                        "Gesundheitsnetzwerk im Kölner Norden wollen das ändern. Sie starten "
                        "einen offenen Lauftreff.</p><p>Es gibt zwei Gruppen:</p><ul><li>eine "
                        "Walking-Gruppe mit ruhigem Tempo</li><li>eine Laufgruppe für alle, die "
                        "schon etwas Übung haben</li></ul>"
                    ),
                ),
                ("heading", {"text": "Keine Sorge vor dem Anfang", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Sie brauchen keine teure Ausrüstung. Bequeme Kleidung und feste "
                        "Schuhe reichen. Eine Übungsleiterin zeigt zu Beginn einfache Übungen zum "
                        "Aufwärmen. Niemand wird zurückgelassen.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Allein laufe ich nie los. In der Gruppe macht es Spaß, und man bleibt dran."
                        ),
                        "attribution": "eine Teilnehmerin des Lauftreffs",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Treffpunkt ist jeden Samstag um 10 Uhr am Parkplatz am Seeufer. Es "
                        "gibt auch eine eigene Frauengruppe am Dienstagabend. Die Teilnahme ist "
                        "kostenlos. Nach dem Laufen gibt es Wasser und Obst, und wer mag, bleibt "
                        "noch zum Plaudern.</p>"
                    ),
                ),
            ],
        },
    ],
    "bocklemuend": [
        {
            "title": "Einkaufsbegleitung: Ehrenamtliche gesucht",
            "teaser": (
                "Ältere Menschen in Bocklemünd und Mengenich wünschen sich Begleitung beim "
                "Einkaufen. Dafür suchen wir Ehrenamtliche."
            ),
            "days_ago": 1,
            "topics": ["senioren", "engagement"],
            "on_landing": True,
            "body": [
                ("heading", {"text": "Gemeinsam zum Görlinger-Zentrum", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Für viele ältere Menschen ist der Weg zum Einkaufen mühsam. Die "
                        "Taschen sind schwer, und manche Wege sind weit. Vor allem aus Mengenich "
                        "ist das Görlinger-Zentrum zu Fuß nicht leicht zu erreichen. Manche gehen "
                        "deshalb kaum noch aus dem Haus.</p><p>Die Nachbarschaftshilfe baut darum "
                        "eine Einkaufsbegleitung auf. Ehrenamtliche gehen mit älteren Menschen "
                        "einkaufen, tragen Taschen und haben Zeit für ein Gespräch.</p>"
                    ),
                ),
                ("heading", {"text": "Was Sie mitbringen sollten", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>etwas Zeit, zum Beispiel einen Vormittag in der "
                        "Woche</li><li>Geduld und Freude am Kontakt mit älteren "
                        "Menschen</li><li>Zuverlässigkeit</li></ul><p>Ein Auto ist nicht nötig. "
                        "Viele Wege gehen zu Fuß oder mit dem Bus. Die Ehrenamtlichen sind "
                        "während der Einsätze versichert. Es gibt regelmäßige Treffen zum "
                        "Austausch.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": "Für mich ist das Einkaufen mit Begleitung der schönste Termin der Woche.",
                        "attribution": "eine Seniorin aus Mengenich",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Interessierte melden sich bei der Sozialraumkoordination im "
                        "Görlinger-Zentrum. Auch ältere Menschen, die Begleitung wünschen, können "
                        "sich dort melden.</p>"
                    ),
                ),
            ],
        },
        {
            "title": "Sichere Wege: Rundgang mit Rollator und Kinderwagen",
            "teaser": (
                "Bewohnerinnen und Bewohner haben bei einem Rundgang Stolperstellen und enge Wege "
                "gesammelt. Die Ergebnisse gehen an die Bezirksvertretung."
            ),
            "days_ago": 13,
            "topics": ["stadtentwicklung", "senioren", "gemeinwesen-politik"],
            "on_landing": False,
            "body": [
                ("heading", {"text": "Das Veedel mit anderen Augen sehen", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Ein hoher Bordstein ist für viele kein Problem. Mit Rollator, "
                        "Rollstuhl oder Kinderwagen wird er zum Hindernis. Darum gab es einen "
                        "Rundgang durch Bocklemünd und Mengenich. Ältere Menschen, Eltern und "
                        "Menschen mit Behinderung haben ihre Wege gezeigt.</p><p>Dabei fielen "
                        "unter anderem auf:</p><ul><li>hohe Bordsteine an wichtigen "
                        "Kreuzungen</li><li>Gehwege, die durch Autos oder Mülltonnen versperrt "
                        "sind</li><li>fehlende Bänke auf dem Weg zum "
                        "Görlinger-Zentrum</li><li>dunkle Ecken ohne Beleuchtung</li></ul>"
                    ),
                ),
                ("heading", {"text": "Wie es weitergeht", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Die Sozialraumkoordination hat alle Punkte in einer Liste mit Fotos "
                        "gesammelt. Sie geht an die Bezirksvertretung Ehrenfeld und an die "
                        "Verwaltung. Einige Punkte, wie zugeparkte Gehwege, können auch "
                        "Nachbarinnen und Nachbarn selbst verbessern.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Man merkt erst, wie viele Hürden es gibt, wenn man selbst mit dem "
                            "Rollator unterwegs ist."
                        ),
                        "attribution": "ein Mitglied des Seniorennetzwerks",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Sie kennen eine gefährliche Stelle, die noch fehlt? Melden Sie sie "
                        "bei der Sozialraumkoordination.</p>"
                    ),
                ),
            ],
        },
        {
            "title": "Bauernmarkt im alten Ortskern von Mengenich",
            "teaser": (
                "Vereine und Nachbarschaft laden zum Markt im alten Dorfkern ein. Er verbindet "
                "das alte Dorf und die neueren Wohngebiete."
            ),
            "days_ago": 28,
            "topics": ["kultur", "engagement"],
            "on_landing": False,
            "body": [
                ("heading", {"text": "Dorf trifft Zentrum", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Mengenich hat einen alten Ortskern mit Höfen und kleinen Straßen. "
                        "Viele Menschen aus den Wohnanlagen in Bocklemünd kennen ihn kaum. Der "
                        "Markt soll das ändern. Er ist ein Treffpunkt für alle aus dem "
                        "Sozialraum.</p><p>An den Ständen gibt es selbstgemachte Marmelade, "
                        "Kuchen, Handarbeiten und Gemüse von Höfen aus der Umgebung. Die Kita "
                        "singt Lieder, und der Bürgerverein erzählt von der Geschichte des "
                        "Dorfes.</p>"
                    ),
                ),
                ("heading", {"text": "Mitmachen für Kinder", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Für Kinder gibt es eine Bastelecke und eine Strohhüpfburg. Die "
                        "Jugendeinrichtung aus dem Görlinger-Zentrum bietet Waffeln an. Der Erlös "
                        "geht in die Jugendarbeit.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Ich wohne seit Jahren hier und war noch nie im alten Dorfkern. Jetzt "
                            "komme ich bestimmt wieder."
                        ),
                        "attribution": "eine Besucherin aus Bocklemünd",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Ein Shuttle mit Kleinbussen fährt vom Görlinger-Zentrum zum Markt und "
                        "zurück. So können auch Menschen kommen, die nicht gut zu Fuß sind. Wer "
                        "selbst einen Stand anbieten möchte, meldet sich beim Bürgerverein.</p>"
                    ),
                ),
            ],
        },
        {
            "title": "Neues Nachmittagsangebot für Kinder im Görlinger-Zentrum",
            "teaser": (
                "Kinder zwischen sechs und zwölf Jahren können jetzt an drei Nachmittagen in der "
                "Woche spielen, basteln und Hausaufgaben machen."
            ),
            "days_ago": 42,
            "topics": ["kinder-jugend-familie", "bildung"],
            "on_landing": True,
            "body": [
                ("heading", {"text": "Ein Ort nach der Schule", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Nicht alle Kinder haben einen Platz in der Nachmittagsbetreuung. "
                        "Viele sind nach der Schule allein zu Hause oder auf der Straße. Im "
                        "Arbeitskreis Kinder und Jugend wurde das oft besprochen. Jetzt gibt es "
                        "ein neues Angebot im Görlinger-Zentrum.</p><p>Montags, mittwochs und "
                        "donnerstags ist der Kinderraum von 14 bis 17.30 Uhr geöffnet. Es "
                        "gibt:</p><ul><li>Hilfe bei den Hausaufgaben</li><li>Spiele, Basteln und "
                        "Bewegung</li><li>einen kleinen gesunden Snack</li></ul>"
                    ),
                ),
                ("heading", {"text": "Offen und kostenlos", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Das Angebot ist kostenlos. Die Kinder können kommen und gehen, wie es "
                        "für die Familie passt. Eine Fachkraft und Ehrenamtliche betreuen die "
                        "Kinder. Eltern sind eingeladen, sich den Raum anzuschauen.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": "Wir wollten einen Ort, an dem Kinder einfach Kind sein dürfen.",
                        "attribution": "die Leitung der Jugendeinrichtung",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Das Angebot ist auch ein Treffpunkt für Kinder aus dem alten Dorf und "
                        "aus den Wohnanlagen. So entstehen neue Freundschaften. Fragen "
                        "beantwortet die Jugendeinrichtung im Görlinger-Zentrum oder die "
                        "Sozialraumkoordination.</p>"
                    ),
                ),
            ],
        },
        {
            "title": "Stadtteilkonferenz: Nahversorgung bleibt wichtiges Thema",
            "teaser": (
                "Bei der Stadtteilkonferenz ging es um Einkaufen, Arztpraxen und Apotheken. Eine "
                "neue Arbeitsgruppe soll Lösungen suchen."
            ),
            "days_ago": 59,
            "topics": ["gemeinwesen-politik", "wirtschaft-arbeit"],
            "on_landing": False,
            "body": [
                ("heading", {"text": "Was gesagt wurde", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Zur Stadtteilkonferenz kamen Einrichtungen, Vereine und viele "
                        "Bewohnerinnen und Bewohner. Das wichtigste Thema war die Nahversorgung. "
                        "Viele Menschen machen sich Sorgen, dass Geschäfte oder Praxen im Veedel "
                        "schließen könnten.</p><p>Besonders betroffen sind ältere Menschen ohne "
                        "Auto und Familien mit kleinen Kindern. Für sie ist ein langer Weg zum "
                        "Einkaufen oder zum Arzt sehr anstrengend.</p>"
                    ),
                ),
                ("heading", {"text": "Erste Ideen", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>Ein Lieferdienst des Supermarkts für ältere Menschen</li><li>ein "
                        "Wochenmarkt am Görlinger-Zentrum</li><li>bessere Busverbindungen zu den "
                        "Arztpraxen</li><li>Einkaufsbegleitung durch "
                        "Ehrenamtliche</li></ul><p>Eine neue Arbeitsgruppe prüft die Ideen. Sie "
                        "spricht mit Geschäftsleuten, der Verwaltung und der "
                        "Bezirksvertretung.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Gute Nahversorgung ist für unser Veedel keine Kleinigkeit. Sie "
                            "entscheidet, ob Menschen hier gut alt werden können."
                        ),
                        "attribution": "ein Mitglied des Bürgervereins",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Die Ergebnisse stellt die Arbeitsgruppe bei der nächsten "
                        "Stadtteilkonferenz vor. Interessierte können mitarbeiten. Auch wer nur "
                        "eine Idee hat, kann sie im Stadtteilbüro abgeben.</p>"
                    ),
                ),
            ],
        },
    ],
    "buchheim": [
        {
            "title": "Schulwegcheck: Kinder zeigen ihre gefährlichen Stellen",
            "teaser": (
                "Grundschulkinder aus Buchheim und Buchforst haben ihre Schulwege untersucht. "
                "Ihre Hinweise gehen jetzt an die Stadt."
            ),
            "days_ago": 6,
            "topics": ["kinder-jugend-familie", "stadtentwicklung"],
            "on_landing": True,
            "body": [
                ("heading", {"text": "Expertinnen und Experten auf kurzen Beinen", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Kinder wissen genau, wo es auf dem Schulweg gefährlich wird. Darum "
                        "haben Grundschulklassen ihre Wege zur Schule untersucht. Mit "
                        "Stadtplänen, Klemmbrettern und Kameras waren sie im Veedel unterwegs. "
                        "Begleitet wurden sie von Lehrkräften, Eltern und der "
                        "Sozialraumkoordination.</p><p>Sie haben viele Stellen gefunden, zum "
                        "Beispiel:</p><ul><li>Ampeln, bei denen die Grünphase zu kurz "
                        "ist</li><li>parkende Autos, hinter denen man nichts sieht</li><li>eine "
                        "Kreuzung an der Frankfurter Straße mit viel Verkehr</li><li>einen "
                        "dunklen Fußweg unter einer Bahnbrücke</li></ul>"
                    ),
                ),
                ("heading", {"text": "Was jetzt passiert", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Die Kinder haben ihre Ergebnisse auf einer großen Karte gesammelt. "
                        "Diese Karte stellen sie der Bezirksvertretung Mülheim vor. Die "
                        "Verkehrsbehörde prüft, wo sie etwas ändern kann.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Die Kinder waren sehr ernsthaft bei der Sache. Sie sehen Dinge, die "
                            "wir Erwachsenen übersehen."
                        ),
                        "attribution": "eine Lehrerin der Grundschule",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Eltern können die Karte in der Schule und im Stadtteilbüro anschauen. "
                        "Wer weitere Gefahrenstellen kennt, kann sie dort ergänzen. Auch der "
                        "Laufbus zur Grundschule nutzt die Ergebnisse für seine Routen.</p>"
                    ),
                ),
            ],
        },
        {
            "title": "Neuer Treff für Alleinerziehende",
            "teaser": (
                "Im Familienzentrum startet ein offener Treff für Alleinerziehende. Während die "
                "Eltern sich austauschen, werden die Kinder betreut."
            ),
            "days_ago": 19,
            "topics": ["soziales", "kinder-jugend-familie"],
            "on_landing": False,
            "body": [
                ("heading", {"text": "Nicht allein mit allem", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>In Buchheim und Buchforst leben viele Alleinerziehende. Sie müssen "
                        "Arbeit, Haushalt und Kinder oft ganz allein schaffen. Für Pausen und "
                        "Kontakte bleibt wenig Zeit. Viele haben sich einen Ort gewünscht, an dem "
                        "sie andere Eltern in der gleichen Lage treffen.</p><p>Jetzt gibt es den "
                        "Treff im Familienzentrum. Er findet jeden zweiten Samstagvormittag "
                        "statt. Eine Fachkraft ist dabei und gibt auf Wunsch Tipps. Themen "
                        "bringen die Eltern selbst mit.</p>"
                    ),
                ),
                ("heading", {"text": "Mögliche Themen", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>Unterhalt und finanzielle Hilfen</li><li>Wie schaffe ich Beruf "
                        "und Familie?</li><li>Zeit für mich selbst</li><li>gegenseitige Hilfe, "
                        "zum Beispiel beim Abholen der Kinder</li></ul><p>Die Kinder spielen in "
                        "dieser Zeit im Nebenraum. Erzieherinnen betreuen sie. Es gibt ein "
                        "kleines Frühstück für alle.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Hier muss ich niemandem etwas erklären. Alle wissen, wie anstrengend "
                            "es manchmal ist."
                        ),
                        "attribution": "eine alleinerziehende Mutter",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Der Treff ist kostenlos und offen für Mütter und Väter. Eine "
                        "Anmeldung hilft bei der Planung der Kinderbetreuung, ist aber nicht "
                        "nötig.</p>"
                    ),
                ),
            ],
        },
        {
            "title": "Führung durch die Weiße Stadt",
            "teaser": (
                "Bewohnerinnen und Bewohner zeigen ihre Siedlung. Sie erzählen von der Geschichte "
                "und vom Leben in den grünen Höfen."
            ),
            "days_ago": 31,
            "topics": ["kultur", "wohnen"],
            "on_landing": False,
            "body": [
                ("heading", {"text": "Licht, Luft und Sonne", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Die Weiße Stadt in Buchforst ist eine besondere Siedlung. Sie "
                        "entstand um 1930 und war damals sehr modern. Helle Häuser, große Fenster "
                        "und grüne Innenhöfe sollten gesundes Wohnen für alle möglich machen. "
                        "Heute steht die Siedlung unter Denkmalschutz.</p><p>Bei einer Führung "
                        "zeigen Menschen, die dort wohnen, ihre Siedlung. Sie erzählen, wie sich "
                        "das Leben in den Höfen verändert hat. Und sie zeigen Ecken, die man von "
                        "der Straße aus nicht sieht.</p>"
                    ),
                ),
                ("heading", {"text": "Für alle Interessierten", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Die Führung dauert etwa anderthalb Stunden. Sie ist kostenlos. Die "
                        "Wege sind eben, aber es gibt einige Stufen. Wer nicht gut zu Fuß ist, "
                        "kann eine kürzere Runde mitgehen.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Ich wohne hier seit meiner Kindheit. Ich zeige gern, wie schön unsere Höfe sind."
                        ),
                        "attribution": "eine Bewohnerin der Weißen Stadt",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Treffpunkt ist am Eingang der Siedlung. Bitte melden Sie sich bei der "
                        "Sozialraumkoordination an, weil die Gruppe klein bleiben soll. So stören "
                        "wir die Menschen in den Höfen nicht. Die nächste Führung gibt es für "
                        "Schulklassen aus dem Veedel.</p>"
                    ),
                ),
            ],
        },
        {
            "title": "Erntefest im Nachbarschaftsgarten",
            "teaser": (
                "Der Nachbarschaftsgarten feiert seine Ernte. Es gibt Suppe aus dem eigenen "
                "Gemüse, Musik und Mitmachaktionen für Kinder."
            ),
            "days_ago": 45,
            "topics": ["klima-umwelt", "engagement", "gesundheit-ernaehrung"],
            "on_landing": True,
            "body": [
                ("heading", {"text": "Aus dem Beet in den Topf", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Im Nachbarschaftsgarten ist viel gewachsen: Kürbisse, Bohnen, Tomaten "
                        "und Kräuter. Jetzt wird gefeiert. Die Gärtnerinnen und Gärtner kochen "
                        "gemeinsam eine große Suppe aus dem eigenen Gemüse. Dazu gibt es Brot und "
                        "Getränke.</p><p>Beim Fest können Sie den Garten kennenlernen. Die Gruppe "
                        "zeigt, wie die Beete funktionieren und wie man ohne Gift gärtnert. "
                        "Kinder können Kräutertöpfe bepflanzen und mit nach Hause nehmen.</p>"
                    ),
                ),
                ("heading", {"text": "Viele Sprachen, ein Garten", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Im Garten treffen sich Menschen aus vielen Ländern. Jede und jeder "
                        "bringt eigenes Wissen mit. Manche Pflanzen kennen nur wenige in Köln, "
                        "zum Beispiel besondere Bohnen oder Kräuter. Beim Fest gibt es Kostproben "
                        "und die Geschichten dazu.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Im Garten brauchen wir nicht viele Worte. Wir zeigen uns einfach "
                            "gegenseitig, wie es geht."
                        ),
                        "attribution": "ein Gärtner aus dem Nachbarschaftsgarten",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Das Fest beginnt um 14 Uhr. Bringen Sie gern eine Schüssel und einen "
                        "Löffel mit. So vermeiden wir Müll. Wer danach selbst mitgärtnern möchte, "
                        "ist samstags herzlich willkommen.</p>"
                    ),
                ),
            ],
        },
    ],
    "hoehenberg-vingst": [
        {
            "title": "Hausaufgabenhilfe sucht Verstärkung",
            "teaser": (
                "Die Lernstube braucht mehr Ehrenamtliche. Schon eine Stunde in der Woche hilft "
                "Kindern beim Lernen."
            ),
            "days_ago": 2,
            "topics": ["bildung", "engagement", "kinder-jugend-familie"],
            "on_landing": True,
            "body": [
                ("heading", {"text": "Lernen mit Unterstützung", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>In der Lernstube machen Kinder aus Höhenberg und Vingst nach der "
                        "Schule ihre Hausaufgaben. Sie bekommen Hilfe, wenn sie etwas nicht "
                        "verstehen. Für viele Kinder ist das sehr wichtig, weil zu Hause niemand "
                        "helfen kann.</p><p>Die Nachfrage ist groß. Deshalb sucht die Lernstube "
                        "neue Ehrenamtliche. Sie müssen keine Lehrerin oder kein Lehrer sein. "
                        "Wichtig sind Geduld, Freundlichkeit und Zuverlässigkeit.</p>"
                    ),
                ),
                ("heading", {"text": "So können Sie helfen", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>bei Hausaufgaben in Deutsch, Mathe oder Englisch "
                        "unterstützen</li><li>mit Kindern lesen und Wörter üben</li><li>für "
                        "Klassenarbeiten üben</li><li>einfach zuhören und Mut "
                        "machen</li></ul><p>Die Lernstube ist montags bis donnerstags von 14 bis "
                        "16 Uhr geöffnet. Sie können sich einen oder mehrere Tage aussuchen. Eine "
                        "Fachkraft ist immer dabei und hilft bei Fragen.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Wenn ein Kind plötzlich eine Matheaufgabe versteht und strahlt, ist "
                            "das mein schönster Moment der Woche."
                        ),
                        "attribution": "eine Ehrenamtliche in der Lernstube",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Alle Ehrenamtlichen bekommen eine Einführung. Außerdem gibt es "
                        "regelmäßige Treffen zum Austausch. Melden Sie sich bei der "
                        "Sozialraumkoordination oder direkt in der Lernstube.</p>"
                    ),
                ),
            ],
        },
        {
            "title": "Kleiderstube mit neuen Öffnungszeiten",
            "teaser": (
                "Die Kleiderstube der Kirchengemeinde öffnet jetzt auch am Nachmittag. So können "
                "auch Berufstätige und Familien mit Schulkindern kommen."
            ),
            "days_ago": 16,
            "topics": ["soziales", "engagement"],
            "on_landing": False,
            "body": [
                ("heading", {"text": "Gute Kleidung für wenig Geld", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>In der Kleiderstube gibt es gut erhaltene Kleidung, Schuhe und "
                        "Bettwäsche. Alles wird von Menschen aus dem Veedel gespendet. "
                        "Ehrenamtliche sortieren die Spenden und verkaufen sie für wenig Geld. "
                        "Wer gar kein Geld hat, bekommt die Sachen kostenlos.</p><p>Bisher war "
                        "die Kleiderstube nur am Vormittag geöffnet. Viele Familien haben gesagt: "
                        "Da sind wir bei der Arbeit oder die Kinder in der Schule. Darum gibt es "
                        "jetzt neue Zeiten.</p>"
                    ),
                ),
                ("heading", {"text": "Die neuen Öffnungszeiten", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>Dienstag von 10 bis 12 Uhr</li><li>Donnerstag von 15 bis 18 "
                        "Uhr</li><li>jeden ersten Samstag im Monat von 10 bis 13 Uhr</li></ul>"
                    ),
                ),
                ("heading", {"text": "Spenden sind willkommen", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Die Kleiderstube nimmt saubere Kleidung in gutem Zustand an. "
                        "Besonders gebraucht werden Kinderkleidung, Winterjacken und Schuhe. "
                        "Bitte geben Sie die Spenden nur zu den Öffnungszeiten ab.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": ("Bei uns muss sich niemand schämen. Wir sind ein Laden für alle im Veedel."),
                        "attribution": "eine Ehrenamtliche der Kleiderstube",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Die Kleiderstube sucht außerdem Helferinnen und Helfer für den "
                        "Nachmittag. Melden Sie sich gern im Pfarrbüro.</p>"
                    ),
                ),
            ],
        },
        {
            "title": "Veedelscup: Jugendliche gegen Erwachsene",
            "teaser": (
                "Beim Fußballturnier Veedelscup spielen Teams aus den Jugendeinrichtungen gegen "
                "Teams von Erwachsenen aus dem Veedel. Zuschauerinnen und Zuschauer sind herzlich "
                "willkommen."
            ),
            "days_ago": 30,
            "topics": ["sport", "kinder-jugend-familie", "engagement"],
            "on_landing": True,
            "body": [
                ("heading", {"text": "Anpfiff auf dem Sportplatz", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Auf dem Sportplatz in Vingst wird es wieder laut: Der Veedelscup "
                        "steht an. Das Besondere an diesem Turnier: Jugendliche spielen nicht nur "
                        "gegeneinander. Sie treten auch gegen Teams von Erwachsenen aus dem "
                        "Veedel an.</p><p>Dabei sind zum Beispiel:</p><ul><li>Teams aus den "
                        "Jugendeinrichtungen, auch ein Mädchenteam</li><li>ein Team der "
                        "Lehrkräfte aus den Schulen</li><li>ein Team aus der Kirchengemeinde und "
                        "den Vereinen</li><li>ein gemischtes Team der Sozialarbeiterinnen und "
                        "Sozialarbeiter</li></ul>"
                    ),
                ),
                ("heading", {"text": "Mehr als Fußball", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Auf dem Platz lernt man sich anders kennen. Jugendliche erleben ihre "
                        "Lehrerin plötzlich als Torhüterin. Erwachsene merken, wie schnell die "
                        "Jugendlichen sind. Das schafft Vertrauen, das auch nach dem Turnier "
                        "bleibt.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Letztes Mal haben wir gegen die Lehrer gewonnen. Darüber reden wir "
                            "heute noch in der Schule."
                        ),
                        "attribution": "ein Jugendlicher aus dem Team der Jugendeinrichtung",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Das Turnier beginnt am Samstag um 11 Uhr. Es gibt einen Stand mit "
                        "Getränken und Würstchen, auch ohne Schweinefleisch. Der Erlös geht an "
                        "das Ferienprogramm für Kinder. Teams können sich noch bei den "
                        "Jugendeinrichtungen anmelden.</p>"
                    ),
                ),
            ],
        },
        {
            "title": "Dankeschön-Abend für Ehrenamtliche",
            "teaser": (
                "Höhenberg und Vingst leben vom Ehrenamt. Mit einem Abend voller Musik und gutem "
                "Essen sagen die Einrichtungen Danke."
            ),
            "days_ago": 43,
            "topics": ["engagement", "kultur"],
            "on_landing": False,
            "body": [
                ("heading", {"text": "Danke sagen", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>In Höhenberg und Vingst engagieren sich sehr viele Menschen. Sie "
                        "helfen in der Kleiderstube, beim Mittagstisch, in der Lernstube oder "
                        "beim Ferienprogramm. Ohne sie gäbe es viele Angebote im Veedel "
                        "nicht.</p><p>Darum haben die Einrichtungen zu einem Dankeschön-Abend "
                        "eingeladen. Im Gemeindesaal gab es ein Buffet, Musik von einer Band aus "
                        "dem Veedel und viele Gespräche.</p>"
                    ),
                ),
                ("heading", {"text": "Neue Ideen gesammelt", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Der Abend war auch eine gute Gelegenheit zum Austausch. An "
                        "Stellwänden konnten die Ehrenamtlichen aufschreiben, was ihnen hilft und "
                        "was sie sich wünschen. Häufig genannt wurden:</p><ul><li>mehr Austausch "
                        "zwischen den Gruppen</li><li>kleine Fortbildungen, zum Beispiel zu "
                        "Erster Hilfe</li><li>feste Ansprechpersonen in den "
                        "Einrichtungen</li></ul>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Ich mache das gern. Aber es tut gut, wenn man sieht, dass andere die "
                            "Arbeit schätzen."
                        ),
                        "attribution": "ein Ehrenamtlicher vom Mittagstisch",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Die Sozialraumkoordination nimmt die Wünsche mit in die "
                        "Stadtteilkonferenz. Wer sich neu engagieren möchte, findet im "
                        "Stadtteilbüro eine Übersicht über alle Möglichkeiten.</p>"
                    ),
                ),
            ],
        },
        {
            "title": "Arbeitskreis Jugend und Beruf stellt Ergebnisse vor",
            "teaser": (
                "Der Arbeitskreis hat Jugendliche nach ihren Wünschen für den Weg in den Beruf "
                "gefragt. Jetzt liegen die Ergebnisse vor."
            ),
            "days_ago": 58,
            "topics": ["wirtschaft-arbeit", "gemeinwesen-politik", "kinder-jugend-familie"],
            "on_landing": False,
            "body": [
                ("heading", {"text": "Jugendliche kommen zu Wort", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Wie finde ich einen Ausbildungsplatz? Wer hilft mir bei der "
                        "Bewerbung? Diese Fragen beschäftigen viele Jugendliche in Höhenberg und "
                        "Vingst. Der Arbeitskreis Jugend und Beruf wollte wissen, was ihnen "
                        "wirklich hilft. Darum gab es Gesprächsrunden in Schulen und "
                        "Jugendeinrichtungen.</p><p>In der Stadtteilkonferenz hat der "
                        "Arbeitskreis die Ergebnisse vorgestellt. Die Jugendlichen wünschen sich "
                        "vor allem:</p><ul><li>Praktika in Betrieben direkt im "
                        "Veedel</li><li>Hilfe bei Bewerbungen am Nachmittag, nicht nur in der "
                        "Schule</li><li>Menschen, die von ihrem eigenen Beruf "
                        "erzählen</li><li>Informationen für die Eltern in ihrer Sprache</li></ul>"
                    ),
                ),
                ("heading", {"text": "Nächste Schritte", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Der Arbeitskreis plant jetzt eine offene Bewerbungswerkstatt im "
                        "Jugendzentrum. Außerdem sollen Betriebe aus Höhenberg, Vingst und Kalk "
                        "gewonnen werden, die Praktikumsplätze anbieten.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Die Jugendlichen wissen genau, was sie brauchen. Wir müssen nur gut zuhören."
                        ),
                        "attribution": "die Sprecherin des Arbeitskreises Jugend und Beruf",
                    },
                ),
                (
                    "paragraph",
                    ("<p>Betriebe, die mitmachen möchten, melden sich bei der Sozialraumkoordination.</p>"),
                ),
            ],
        },
    ],
    "kalk": [
        {
            "title": "Neue Sprechstunde: Hilfe bei Briefen von Ämtern",
            "teaser": (
                "Ein Brief vom Jobcenter, von der Krankenkasse oder vom Vermieter – und Sie "
                "verstehen ihn nicht? In der neuen Briefe-Sprechstunde bekommen Sie Hilfe, auch "
                "in mehreren Sprachen."
            ),
            "days_ago": 0,
            "topics": ["soziales"],
            "on_landing": True,
            "body": [
                ("heading", {"text": "Schwierige Post verstehen", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Viele Briefe von Ämtern und Firmen sind schwer zu verstehen. Das gilt "
                        "für alle Menschen, nicht nur für Menschen mit wenig Deutschkenntnissen. "
                        "Oft stehen wichtige Fristen darin. Wer nicht reagiert, bekommt schnell "
                        "Probleme.</p><p>Darum gibt es jetzt eine Briefe-Sprechstunde im "
                        "Stadtteilbüro an der Kalker Hauptstraße. Sie findet jeden Mittwoch von "
                        "15 bis 17 Uhr statt. Ehrenamtliche erklären Ihnen, was im Brief steht "
                        "und was Sie tun müssen.</p>"
                    ),
                ),
                ("heading", {"text": "In vielen Sprachen", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Das Team spricht Deutsch, Türkisch, Arabisch, Englisch und Polnisch. "
                        "Für andere Sprachen suchen wir gemeinsam eine Lösung.</p><ul><li>Bringen "
                        "Sie den Brief und alle Unterlagen dazu mit.</li><li>Die Beratung ist "
                        "kostenlos und vertraulich.</li><li>Eine Anmeldung ist nicht "
                        "nötig.</li></ul><p>Die Ehrenamtlichen geben keine Rechtsberatung. Wenn "
                        "es kompliziert wird, zeigen sie Ihnen die passende Beratungsstelle im "
                        "Veedel und helfen bei der Terminvereinbarung.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Viele Menschen kommen mit großer Sorge. Oft ist die Lösung "
                            "einfacher, als sie denken."
                        ),
                        "attribution": "eine Ehrenamtliche der Briefe-Sprechstunde",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Sie möchten im Team mitmachen? Wir freuen uns besonders über "
                        "Menschen, die weitere Sprachen sprechen.</p>"
                    ),
                ),
            ],
        },
        {
            "title": "Mehr Bänke und Grün für die Kalker Hauptstraße",
            "teaser": (
                "Bei einer Beteiligungsaktion haben Menschen aus Kalk ihre Ideen für die Kalker "
                "Hauptstraße gesammelt. Ganz oben auf der Liste: Bänke, Bäume und saubere Ecken."
            ),
            "days_ago": 11,
            "topics": ["stadtentwicklung", "gemeinwesen-politik", "klima-umwelt"],
            "on_landing": False,
            "body": [
                ("heading", {"text": "Wie soll die Hauptstraße aussehen?", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Die Kalker Hauptstraße ist das Herz des Veedels. Hier wird "
                        "eingekauft, gegessen und geredet. Aber viele Menschen sagen auch: Es "
                        "gibt zu wenig Platz zum Ausruhen, zu wenig Schatten und zu viel "
                        "Müll.</p><p>An einem Stand vor dem Einkaufszentrum konnten alle ihre "
                        "Ideen auf Karten schreiben oder malen. Die Karten gab es in mehreren "
                        "Sprachen. Auch Kinder und Jugendliche haben mitgemacht.</p>"
                    ),
                ),
                ("heading", {"text": "Die häufigsten Wünsche", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>mehr Bänke, vor allem für ältere Menschen</li><li>Bäume und "
                        "Pflanzkübel für Schatten und ein besseres Klima</li><li>mehr Mülleimer "
                        "und häufigere Reinigung</li><li>sichere Abstellplätze für "
                        "Fahrräder</li><li>Trinkbrunnen für heiße Tage</li></ul>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Ich bin gern auf der Hauptstraße. Aber ich brauche zwischendurch "
                            "eine Bank, sonst schaffe ich den Weg nicht."
                        ),
                        "attribution": "ein älterer Anwohner aus Kalk",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Die Sozialraumkoordination hat alle Ideen zusammengefasst. Sie gehen "
                        "an die Bezirksvertretung Kalk und an die Verwaltung. Auch die "
                        "Geschäftsleute der Hauptstraße wollen prüfen, was sie selbst beitragen "
                        "können, zum Beispiel mit Pflanzkübeln vor ihren Läden.</p>"
                    ),
                ),
            ],
        },
        {
            "title": "Jugendliche planen ihren Treffpunkt mit",
            "teaser": (
                "Jugendliche aus Kalk haben zusammen mit der mobilen Jugendarbeit Ideen für einen "
                "neuen Treffpunkt im Freien entwickelt."
            ),
            "days_ago": 24,
            "topics": ["kinder-jugend-familie", "stadtentwicklung", "gemeinwesen-politik"],
            "on_landing": True,
            "body": [
                ("heading", {"text": "Ein Ort, an dem man sein darf", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Viele Jugendliche in Kalk treffen sich draußen. Auf Plätzen und vor "
                        "Geschäften gibt es dann manchmal Ärger mit Anwohnerinnen und Anwohnern. "
                        "Die Jugendlichen sagen: Wir haben keinen eigenen Ort. Die mobile "
                        "Jugendarbeit hat deshalb mit ihnen einen Treffpunkt geplant.</p><p>In "
                        "mehreren Workshops haben die Jugendlichen Modelle gebaut und Pläne "
                        "gezeichnet. Ihre Wünsche sind klar:</p><ul><li>ein Dach gegen "
                        "Regen</li><li>Sitzgelegenheiten, auf denen man in der Gruppe sitzen "
                        "kann</li><li>gutes Licht am Abend</li><li>Platz für Musik und "
                        "Sport</li></ul>"
                    ),
                ),
                ("heading", {"text": "Vorstellung in der Bezirksvertretung", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Eine Gruppe von Jugendlichen hat die Pläne selbst in der "
                        "Bezirksvertretung vorgestellt. Die Politik hat versprochen, einen "
                        "geeigneten Ort zu suchen. Die Jugendlichen sollen auch bei der weiteren "
                        "Planung dabei sein.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Zum ersten Mal haben uns Erwachsene gefragt, was wir wollen. Das war "
                            "ein gutes Gefühl."
                        ),
                        "attribution": "ein Jugendlicher aus der Planungsgruppe",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Die Sozialraumkoordination begleitet den Prozess und informiert hier "
                        "über die nächsten Schritte.</p>"
                    ),
                ),
            ],
        },
        {
            "title": "Waldtag im Gremberger Wäldchen",
            "teaser": (
                "Kitagruppen und Familien erkunden mit einer Naturpädagogin das Gremberger "
                "Wäldchen. Ein Tag voller Entdeckungen mitten in der Stadt."
            ),
            "days_ago": 38,
            "topics": ["klima-umwelt", "kinder-jugend-familie"],
            "on_landing": False,
            "body": [
                ("heading", {"text": "Wald vor der Haustür", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Das Gremberger Wäldchen ist ein Stück Wald mitten in der Stadt. Viele "
                        "Kinder aus Kalk und Humboldt/Gremberg waren noch nie dort. Beim Waldtag "
                        "haben Kitagruppen und Familien den Wald gemeinsam erkundet.</p><p>Eine "
                        "Naturpädagogin hat gezeigt, was im Wald lebt. Die Kinder haben Käfer "
                        "unter Lupen angeschaut, Blätter gesammelt und Vogelstimmen erraten. Zum "
                        "Abschluss haben alle gemeinsam ein Waldsofa aus Ästen gebaut.</p>"
                    ),
                ),
                ("heading", {"text": "Warum der Wald wichtig ist", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Der Wald kühlt die Luft an heißen Tagen. Er ist Lebensraum für viele "
                        "Tiere. Und er ist ein Ort, an dem Kinder sich frei bewegen können. Darum "
                        "wollen Kitas und Familienzentren das Wäldchen öfter "
                        "nutzen.</p><ul><li>Bleiben Sie auf den Wegen.</li><li>Nehmen Sie Ihren "
                        "Müll wieder mit.</li><li>Hunde bitte an die Leine nehmen.</li></ul>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Die Kinder waren begeistert. Ein Stock und ein Käfer reichen für "
                            "einen ganzen Vormittag."
                        ),
                        "attribution": "eine Erzieherin aus einer Kita in Humboldt/Gremberg",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Der nächste Waldtag ist schon geplant. Familien können sich bei der "
                        "Sozialraumkoordination anmelden.</p>"
                    ),
                ),
            ],
        },
        {
            "title": "Offene Bühne im Veedel",
            "teaser": (
                "Singen, Tanzen, Gedichte oder Comedy: Bei der offenen Bühne in Kalk dürfen alle "
                "auftreten. Die Bühne steht in einer ehemaligen Fabrikhalle."
            ),
            "days_ago": 53,
            "topics": ["kultur", "engagement"],
            "on_landing": False,
            "body": [
                ("heading", {"text": "Jeder Auftritt zählt", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>In Kalk gibt es viele Talente. Bei der offenen Bühne können sie sich "
                        "zeigen. Ob Anfängerin oder Profi, ob jung oder alt – alle dürfen "
                        "mitmachen. Jeder Auftritt dauert höchstens zehn Minuten. Die Sprache ist "
                        "egal.</p><p>Die offene Bühne findet einmal im Monat in einer ehemaligen "
                        "Fabrikhalle statt. Dort haben sich heute Ateliers und kleine Kulturorte "
                        "angesiedelt. Die Halle ist barrierefrei erreichbar.</p>"
                    ),
                ),
                ("heading", {"text": "So machen Sie mit", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>Tragen Sie sich am Abend vor Ort in die Liste "
                        "ein.</li><li>Technik wie Mikrofon und Lautsprecher ist "
                        "vorhanden.</li><li>Ein Klavier steht auf der Bühne.</li></ul><p>Der "
                        "Eintritt ist frei. Am Ende geht ein Hut herum. Das Geld hilft, die Bühne "
                        "weiter zu betreiben.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Ich habe zum ersten Mal vor Publikum gesungen. Meine Hände haben "
                            "gezittert, aber der Applaus war wunderbar."
                        ),
                        "attribution": "eine Teilnehmerin der offenen Bühne",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Die offene Bühne ist ein Projekt von Kulturinitiativen aus Kalk. Die "
                        "Sozialraumkoordination hilft bei Werbung und Kontakten. Einlass ist um "
                        "19 Uhr.</p>"
                    ),
                ),
            ],
        },
    ],
    "meschenich": [
        {
            "title": "Familienberatung jetzt jede Woche in Meschenich",
            "teaser": (
                "Der Weg in die Innenstadt ist weit. Darum kommt die Familienberatung jetzt jede "
                "Woche direkt nach Meschenich."
            ),
            "days_ago": 7,
            "topics": ["kinder-jugend-familie", "soziales"],
            "on_landing": True,
            "body": [
                ("heading", {"text": "Beratung ohne lange Wege", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Für viele Familien aus Meschenich und Rondorf ist der Weg zur "
                        "Beratungsstelle lang. Mit dem Bus dauert die Fahrt oft eine Stunde. Mit "
                        "kleinen Kindern ist das kaum zu schaffen. Darum kommt die "
                        "Familienberatung jetzt ins Veedel.</p><p>Jeden Dienstag von 9 bis 12 Uhr "
                        "ist eine Beraterin im Familienzentrum in Meschenich. Sie hilft bei "
                        "vielen Fragen, zum Beispiel:</p><ul><li>Streit in der Familie oder "
                        "Sorgen mit dem Kind</li><li>Trennung und "
                        "Scheidung</li><li>Schwierigkeiten in der Schule</li><li>Belastung durch "
                        "Geldsorgen oder Krankheit</li></ul>"
                    ),
                ),
                ("heading", {"text": "Vertraulich und kostenlos", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Die Beratung ist kostenlos und vertraulich. Sie können ohne Termin "
                        "kommen. Wer lieber einen festen Termin möchte, kann vorher anrufen. Auf "
                        "Wunsch kommt eine Sprachmittlerin dazu.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Viele Familien haben uns gesagt: Wir würden ja kommen, aber der Weg "
                            "ist zu weit. Jetzt sind wir hier."
                        ),
                        "attribution": "die Beraterin der Familienberatung",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Die Sprechstunde ist ein erster Schritt. Die Sozialraumkoordination "
                        "arbeitet daran, dass weitere Beratungsstellen regelmäßig nach Meschenich "
                        "und Rondorf kommen.</p>"
                    ),
                ),
            ],
        },
        {
            "title": "Was Jugendliche sich wünschen: Ergebnisse der Jugendbefragung",
            "teaser": (
                "Jugendliche aus Meschenich und Rondorf haben gesagt, was ihnen im Veedel fehlt. "
                "Ein eigener Treffpunkt steht ganz oben auf der Liste."
            ),
            "days_ago": 21,
            "topics": ["kinder-jugend-familie", "gemeinwesen-politik"],
            "on_landing": False,
            "body": [
                ("heading", {"text": "Jugendliche reden mit", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Was brauchen junge Menschen im Kölner Süden? Das wollte das Netzwerk "
                        "Meschenich/Rondorf wissen. Darum gab es Gesprächsrunden in der Schule, "
                        "im Sportverein und auf dem Bolzplatz. Die Jugendlichen konnten auch "
                        "anonym Karten ausfüllen.</p><p>Die Antworten waren deutlich. Die "
                        "Jugendlichen wünschen sich vor allem:</p><ul><li>einen Treffpunkt am "
                        "Abend und am Wochenende</li><li>bessere Busverbindungen, vor allem am "
                        "Abend</li><li>mehr Sportangebote, auch für Mädchen</li><li>WLAN an "
                        "öffentlichen Orten</li></ul>"
                    ),
                ),
                ("heading", {"text": "Wie es weitergeht", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Die Ergebnisse wurden im Netzwerk und in der Bezirksvertretung "
                        "Rodenkirchen vorgestellt. Jetzt gründet sich eine Gruppe aus "
                        "Jugendlichen und Fachleuten. Sie sucht nach einem Raum für einen "
                        "Jugendtreff. Ein erster Schritt ist schon geplant: ein offener "
                        "Sportabend in der Schulturnhalle.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Wir sind nicht das Problem. Wir brauchen nur einen Platz, wo wir hin können."
                        ),
                        "attribution": "eine Jugendliche aus Meschenich",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Jugendliche, die in der Gruppe mitmachen wollen, melden sich bei der "
                        "Sozialraumkoordination oder bei der Jugendarbeit vor Ort.</p>"
                    ),
                ),
            ],
        },
        {
            "title": "Willkommensfest für neue Nachbarschaften in Rondorf",
            "teaser": (
                "In Rondorf entstehen neue Wohnungen. Mit einem Fest heißen Vereine und "
                "Nachbarschaft die neuen Bewohnerinnen und Bewohner willkommen."
            ),
            "days_ago": 35,
            "topics": ["engagement", "kultur", "stadtentwicklung"],
            "on_landing": True,
            "body": [
                ("heading", {"text": "Neu im Dorf", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>In Rondorf sind in letzter Zeit viele neue Wohnungen entstanden. "
                        "Viele Familien sind neu zugezogen. Sie kennen das Veedel und seine "
                        "Vereine noch nicht. Gleichzeitig wünschen sich die alteingesessenen "
                        "Rondorferinnen und Rondorfer, die Neuen kennenzulernen.</p><p>Darum gibt "
                        "es ein Willkommensfest auf dem Platz vor der Kirche. Vereine, Kitas, die "
                        "Schule und die Kirchengemeinden stellen sich vor. Es gibt Musik, Kaffee "
                        "und Kuchen und einen Grillstand.</p>"
                    ),
                ),
                ("heading", {"text": "Vereine zum Anfassen", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Vom Karnevalsverein über den Sportverein bis zur Freiwilligen "
                        "Feuerwehr: Alle zeigen, was sie machen. Kinder können beim Sportverein "
                        "Fußball spielen oder sich ein Feuerwehrauto anschauen. Der Heimatverein "
                        "bietet eine kleine Führung durch den alten Ortskern an.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Wir wollen, dass sich die neuen Nachbarinnen und Nachbarn hier "
                            "schnell zu Hause fühlen."
                        ),
                        "attribution": "ein Mitglied des Heimatvereins",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Außerdem gibt es eine Infowand mit wichtigen Adressen: Kinderärzte, "
                        "Busverbindungen, Beratungsstellen und Treffpunkte. Die "
                        "Sozialraumkoordination ist mit einem eigenen Stand dabei.</p>"
                    ),
                ),
            ],
        },
        {
            "title": "Mobilität im Kölner Süden: Arbeitskreis sammelt Ideen",
            "teaser": (
                "Viele Wege in Meschenich und Rondorf sind lang. Ein neuer Arbeitskreis sammelt "
                "Ideen, wie Menschen ohne Auto besser ans Ziel kommen."
            ),
            "days_ago": 49,
            "topics": ["stadtentwicklung", "senioren", "gemeinwesen-politik"],
            "on_landing": False,
            "body": [
                ("heading", {"text": "Lange Wege im Alltag", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Der Weg zum Facharzt, zum Amt oder zum Einkaufen ist in Meschenich "
                        "und Rondorf oft weit. Wer kein Auto hat, ist auf Busse angewiesen. Diese "
                        "fahren nicht immer oft genug. Vor allem ältere Menschen, Jugendliche und "
                        "Familien mit kleinen Kindern haben es schwer.</p><p>Bei einem ersten "
                        "Treffen des neuen Arbeitskreises kamen Bewohnerinnen und Bewohner, "
                        "Vereine und die Seniorenvertretung zusammen. Sie haben viele Ideen "
                        "gesammelt:</p><ul><li>ein Bürgerbus, der von Ehrenamtlichen gefahren "
                        "wird</li><li>Mitfahrbänke, an denen man sich mitnehmen lassen "
                        "kann</li><li>sichere Radwege zwischen den Orten</li><li>Sprechstunden "
                        "von Ämtern direkt vor Ort</li></ul>"
                    ),
                ),
                ("heading", {"text": "Nächste Schritte", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Der Arbeitskreis prüft jetzt, welche Ideen sich schnell umsetzen "
                        "lassen. Die Sozialraumkoordination holt Informationen ein, wie andere "
                        "Orte Bürgerbusse organisieren. Die Ergebnisse gehen an die "
                        "Verkehrsbetriebe und an die Bezirksvertretung.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": "Ich fahre gern Auto. Warum nicht auch mal für die Nachbarschaft?",
                        "attribution": "ein Rentner aus Meschenich",
                    },
                ),
                (
                    "paragraph",
                    ("<p>Der Arbeitskreis trifft sich einmal im Monat. Neue Mitglieder sind willkommen.</p>"),
                ),
            ],
        },
    ],
    "muelheim-nord": [
        {
            "title": "Gemeinsam für ein sauberes Rheinufer",
            "teaser": (
                "Nachbarinnen und Nachbarn, Schulklassen und Vereine sammeln gemeinsam Müll am "
                "Rheinufer. Handschuhe, Zangen und Säcke gibt es vor Ort."
            ),
            "days_ago": 9,
            "topics": ["klima-umwelt", "engagement"],
            "on_landing": True,
            "body": [
                ("heading", {"text": "Ein schöner Ort soll schön bleiben", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Das Rheinufer in Mülheim-Nord ist ein beliebter Ort. Hier gehen "
                        "Familien spazieren, Freundesgruppen sitzen auf den Wiesen und Kinder "
                        "spielen. Leider bleibt oft Müll liegen: Flaschen, Verpackungen und "
                        "Zigarettenkippen. Das ist schlecht für die Natur und für den "
                        "Rhein.</p><p>Darum gibt es einen gemeinsamen Aktionstag. Alle können "
                        "mitmachen – allein, mit der Familie, mit der Schulklasse oder mit dem "
                        "Verein. Treffpunkt ist um 10 Uhr an der Mülheimer Brücke.</p>"
                    ),
                ),
                ("heading", {"text": "Was Sie wissen müssen", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>Handschuhe, Greifzangen und Müllsäcke gibt es vor "
                        "Ort.</li><li>Bitte tragen Sie feste Schuhe.</li><li>Kinder machen in "
                        "Begleitung von Erwachsenen mit.</li><li>Die Abfallwirtschaft holt die "
                        "vollen Säcke ab.</li></ul><p>Zum Abschluss gibt es ein kleines Picknick. "
                        "Geschäfte von der Keupstraße spenden Brot, Gebäck und Tee.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": "Wenn wir zusammen sammeln, sehen alle: Uns ist unser Veedel nicht egal.",
                        "attribution": "ein Mitglied der Interessengemeinschaft der Geschäftsleute",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Sie möchten eine eigene Sammelaktion in Ihrer Straße machen? Die "
                        "Sozialraumkoordination hilft bei der Organisation und beim Material.</p>"
                    ),
                ),
            ],
        },
        {
            "title": "Elternabend in zwei Sprachen: Der Weg in die weiterführende Schule",
            "teaser": (
                "Welche Schule passt zu meinem Kind? Ein Elternabend auf Deutsch und Türkisch "
                "erklärt das Schulsystem nach der Grundschule."
            ),
            "days_ago": 20,
            "topics": ["bildung", "kinder-jugend-familie"],
            "on_landing": False,
            "body": [
                ("heading", {"text": "Eine wichtige Entscheidung", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Nach der vierten Klasse wechseln Kinder auf eine weiterführende "
                        "Schule. Für viele Eltern ist das eine schwierige Entscheidung. "
                        "Gymnasium, Realschule, Gesamtschule oder Hauptschule? Was bedeutet die "
                        "Empfehlung der Grundschule? Und wie meldet man sein Kind an?</p><p>Der "
                        "Elternabend beantwortet diese Fragen. Er findet auf Deutsch und Türkisch "
                        "statt. Weitere Sprachmittlerinnen und Sprachmittler sind für Arabisch "
                        "und Bulgarisch da.</p>"
                    ),
                ),
                ("heading", {"text": "Das Programm", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>Die Schulformen in Köln einfach erklärt</li><li>Welche "
                        "Abschlüsse gibt es?</li><li>Wie läuft die Anmeldung ab?</li><li>Fragen "
                        "an Lehrkräfte aus weiterführenden Schulen im Veedel</li></ul><p>Eltern "
                        "können auch Fragen zu Unterstützung stellen, zum Beispiel zu Nachhilfe "
                        "oder zum Bildungspaket.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Ich dachte, nur das Gymnasium ist gut. Jetzt weiß ich, dass es viele "
                            "Wege zum Abitur gibt."
                        ),
                        "attribution": "eine Mutter aus Mülheim-Nord",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Der Elternabend findet in der Aula der Grundschule statt. Kinder "
                        "können in dieser Zeit betreut werden. Bitte melden Sie die "
                        "Kinderbetreuung vorher im Sekretariat an. Der Eintritt ist frei.</p>"
                    ),
                ),
            ],
        },
        {
            "title": "Jugendbeirat wählt neue Sprecherinnen und Sprecher",
            "teaser": (
                "Der Jugendbeirat Mülheim-Nord hat neue Sprecherinnen und Sprecher gewählt. Sie "
                "vertreten die Interessen junger Menschen im Veedel."
            ),
            "days_ago": 34,
            "topics": ["gemeinwesen-politik", "kinder-jugend-familie"],
            "on_landing": False,
            "body": [
                ("heading", {"text": "Junge Stimmen für das Veedel", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Im Jugendbeirat treffen sich Jugendliche aus Mülheim-Nord. Sie "
                        "sprechen darüber, was im Veedel gut läuft und was besser werden muss. "
                        "Ihre Ideen bringen sie in die Stadtteilkonferenz und in die "
                        "Bezirksvertretung Mülheim.</p><p>Bei der Wahl im Jugendzentrum haben die "
                        "Mitglieder ein neues Sprecherteam gewählt. Das Team ist bunt gemischt: "
                        "Schülerinnen und Schüler, Auszubildende und junge Menschen aus "
                        "verschiedenen Teilen des Veedels.</p>"
                    ),
                ),
                ("heading", {"text": "Die Pläne des neuen Teams", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>einen sicheren und hellen Weg vom Bahnhof zum "
                        "Jugendzentrum</li><li>mehr Sportangebote für Mädchen</li><li>ein "
                        "Sommerkino am Rheinufer</li><li>bessere Informationen über "
                        "Ausbildungsplätze</li></ul>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Wir wollen nicht nur reden, sondern etwas verändern. Und wir wollen, "
                            "dass uns die Politik ernst nimmt."
                        ),
                        "attribution": "eine neue Sprecherin des Jugendbeirats",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Der Jugendbeirat trifft sich jeden zweiten Montag im Jugendzentrum. "
                        "Alle Jugendlichen zwischen 14 und 21 Jahren aus dem Veedel können "
                        "mitmachen. Eine Mitgliedschaft ist nicht nötig.</p>"
                    ),
                ),
            ],
        },
        {
            "title": "Tag der offenen Ateliers in den alten Fabrikhallen",
            "teaser": (
                "Künstlerinnen und Künstler öffnen ihre Ateliers in den ehemaligen Fabrikhallen. "
                "Es gibt Mitmachangebote für Kinder und Familien."
            ),
            "days_ago": 48,
            "topics": ["kultur"],
            "on_landing": True,
            "body": [
                ("heading", {"text": "Kunst, wo früher Kabel gemacht wurden", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>In Mülheim-Nord gab es früher viel Industrie. Heute arbeiten in den "
                        "alten Fabrikhallen Künstlerinnen und Künstler, Theaterleute und kleine "
                        "Firmen. Die meisten Menschen aus dem Veedel haben diese Räume noch nie "
                        "von innen gesehen. Das ändert sich beim Tag der offenen "
                        "Ateliers.</p><p>Die Ateliers öffnen von 12 bis 18 Uhr. Sie können "
                        "Malerei, Fotografie, Töpferei und Holzarbeiten sehen. Die Künstlerinnen "
                        "und Künstler erzählen, wie sie arbeiten.</p>"
                    ),
                ),
                ("heading", {"text": "Mitmachen erwünscht", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>eine Druckwerkstatt für Kinder</li><li>ein offenes Atelier zum "
                        "Malen für alle</li><li>kurze Führungen zur Geschichte der "
                        "Fabrikhallen</li><li>Vorstellungen der Theaterwerkstatt für "
                        "Jugendliche</li></ul><p>Der Eintritt ist frei. Die meisten Räume sind "
                        "barrierefrei erreichbar. Ein Plan am Eingang zeigt den Weg.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Die Hallen gehören zum Veedel. Wir wollen, dass sich hier alle "
                            "willkommen fühlen."
                        ),
                        "attribution": "eine Künstlerin aus einem der Ateliers",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Die Sozialraumkoordination freut sich besonders über Familien von der "
                        "Keupstraße und aus den Wohnhäusern rundherum. Kunst ist für alle da.</p>"
                    ),
                ),
            ],
        },
        {
            "title": "Gesundheitstag auf der Keupstraße",
            "teaser": (
                "Blutdruck messen, Fragen zur Ernährung stellen und Beratungsstellen "
                "kennenlernen: Der Gesundheitstag bringt Informationen direkt auf die Straße."
            ),
            "days_ago": 60,
            "topics": ["gesundheit-ernaehrung", "soziales"],
            "on_landing": False,
            "body": [
                ("heading", {"text": "Gesundheit zum Mitnehmen", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Auf der Keupstraße gibt es einen Gesundheitstag. Ärztinnen, "
                        "Apotheken, Beratungsstellen und Vereine haben Stände aufgebaut. Sie "
                        "informieren in Deutsch, Türkisch und weiteren Sprachen.</p><p>An den "
                        "Ständen können Sie zum Beispiel:</p><ul><li>den Blutdruck und den "
                        "Blutzucker messen lassen</li><li>sich zu gesunder Ernährung im Alltag "
                        "beraten lassen</li><li>Übungen für einen gesunden Rücken "
                        "ausprobieren</li><li>erfahren, wo es Hilfe bei Sucht oder seelischen "
                        "Belastungen gibt</li></ul>"
                    ),
                ),
                ("heading", {"text": "Ohne Hürden", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Viele Menschen gehen erst zum Arzt, wenn es ihnen schon schlecht "
                        "geht. Der Gesundheitstag will das ändern. Die Angebote sind kostenlos "
                        "und ohne Termin. Niemand braucht eine Versichertenkarte.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Auf der Straße kommen Menschen zu uns, die nie in eine "
                            "Beratungsstelle gehen würden."
                        ),
                        "attribution": "eine Mitarbeiterin der Gesundheitsberatung",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Der Gesundheitstag ist eine Aktion des Arbeitskreises Gesundheit in "
                        "Mülheim-Nord. Die Geschäftsleute der Keupstraße unterstützen ihn mit Tee "
                        "und Platz vor ihren Läden. Er beginnt um 11 Uhr und endet um 16 Uhr.</p>"
                    ),
                ),
            ],
        },
    ],
    "ostheim": [
        {
            "title": "Jugendtreff jetzt auch am Freitagabend geöffnet",
            "teaser": (
                "Der offene Treff für Jugendliche in Ostheim hat jetzt auch freitags bis 22 Uhr "
                "geöffnet. Das haben sich viele Jugendliche gewünscht."
            ),
            "days_ago": 3,
            "topics": ["kinder-jugend-familie"],
            "on_landing": True,
            "body": [
                ("heading", {"text": "Ein Ort für den Freitagabend", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Am Freitagabend gibt es in Ostheim und Neubrück wenig für junge "
                        "Menschen. Viele Jugendliche haben sich deshalb draußen getroffen, oft "
                        "ohne festen Ort. Im Jugendtreff haben sie gesagt: Wir brauchen auch am "
                        "Freitag einen Platz. Jetzt ist es so weit.</p><p>Der Treff ist freitags "
                        "von 18 bis 22 Uhr geöffnet. Es gibt:</p><ul><li>einen Kicker, einen "
                        "Billardtisch und Konsolen</li><li>Musik und eine kleine Bühne zum "
                        "Auflegen</li><li>Snacks und Getränke zu kleinen "
                        "Preisen</li><li>Ansprechpersonen für Sorgen und Fragen</li></ul>"
                    ),
                ),
                ("heading", {"text": "Jugendliche gestalten mit", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Was am Freitag passiert, planen die Jugendlichen mit. Manche wünschen "
                        "sich Filmabende, andere Turniere oder Kochabende. Ein Team aus "
                        "Jugendlichen hilft bei der Planung und beim Aufräumen.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Früher standen wir freitags an der Haltestelle rum. Jetzt haben wir "
                            "einen eigenen Raum."
                        ),
                        "attribution": "ein Jugendlicher aus Neubrück",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Zwei Fachkräfte der Jugendarbeit sind immer da. Der Treff ist offen "
                        "für alle Jugendlichen zwischen 12 und 21 Jahren. Der Eintritt ist "
                        "frei.</p>"
                    ),
                ),
            ],
        },
        {
            "title": "Hochbeete für den Innenhof",
            "teaser": (
                "Mieterinnen und Mieter haben in einem Innenhof Hochbeete gebaut. Jetzt wachsen "
                "dort Kräuter, Salat und Blumen."
            ),
            "days_ago": 17,
            "topics": ["klima-umwelt", "wohnen", "engagement"],
            "on_landing": False,
            "body": [
                ("heading", {"text": "Vom Rasen zum Gemeinschaftsgarten", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Zwischen den Wohnhäusern in Ostheim gibt es viel Rasen. Aber oft "
                        "nutzt ihn niemand. In einem Innenhof haben Mieterinnen und Mieter das "
                        "geändert. Gemeinsam mit der Wohnungsgesellschaft haben sie Hochbeete "
                        "gebaut und bepflanzt.</p><p>Beim Bautag haben Jung und Alt mitgeholfen. "
                        "Die Jugendlichen aus dem Jugendtreff haben die Bretter gesägt. Ältere "
                        "Nachbarinnen haben gezeigt, welche Pflanzen gut wachsen. Kinder haben "
                        "die Erde in die Beete geschaufelt.</p>"
                    ),
                ),
                ("heading", {"text": "Gut für Klima und Nachbarschaft", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Die Hochbeete machen den Hof grüner und bringen Bienen und "
                        "Schmetterlinge zurück. Die Höhe ist so gewählt, dass auch Menschen im "
                        "Rollstuhl oder mit Rückenproblemen gut gärtnern können.</p><ul><li>Jede "
                        "Hausgemeinschaft pflegt ein Beet.</li><li>Ein Gießplan hängt im "
                        "Hausflur.</li><li>Die Ernte gehört allen.</li></ul>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Ich habe früher auf dem Land gelebt. Jetzt kann ich endlich wieder "
                            "in der Erde wühlen."
                        ),
                        "attribution": "eine Mieterin aus dem Innenhof",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Die Hochbeete sind ein Teil des Projekts Grüne Höfe. Andere "
                        "Hausgemeinschaften, die mitmachen wollen, melden sich bei der "
                        "Sozialraumkoordination.</p>"
                    ),
                ),
            ],
        },
        {
            "title": "Sicher auf den Beinen: Bewegungskurs für Ältere",
            "teaser": (
                "Ein neuer Kurs im Seniorentreff hilft älteren Menschen, Stürze zu vermeiden. Er "
                "ist kostenlos und findet jede Woche statt."
            ),
            "days_ago": 29,
            "topics": ["senioren", "gesundheit-ernaehrung", "sport"],
            "on_landing": False,
            "body": [
                ("heading", {"text": "Gesund älter werden im eigenen Zuhause", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Viele ältere Menschen möchten so lange wie möglich in ihrer eigenen "
                        "Wohnung leben. Ein Sturz kann das schnell ändern. Mit den richtigen "
                        "Übungen kann man vorbeugen. Darum gibt es jetzt einen Bewegungskurs im "
                        "Seniorentreff in Neubrück.</p><p>Eine Physiotherapeutin zeigt einfache "
                        "Übungen für Kraft und Gleichgewicht. Viele Übungen macht man im Sitzen "
                        "oder mit einem Stuhl als Halt. Man kann sie auch zu Hause machen.</p>"
                    ),
                ),
                ("heading", {"text": "Tipps für eine sichere Wohnung", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Im Kurs geht es auch um die Wohnung. Die Teilnehmenden bekommen "
                        "Tipps, zum Beispiel:</p><ul><li>Stolperfallen wie lose Teppiche "
                        "entfernen</li><li>gutes Licht im Flur und im Bad</li><li>Haltegriffe an "
                        "der Dusche</li><li>feste Schuhe statt Hausschlappen</li></ul>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Am Anfang hatte ich Angst, etwas falsch zu machen. Jetzt fühle ich "
                            "mich auf der Treppe viel sicherer."
                        ),
                        "attribution": "eine Teilnehmerin des Kurses",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Der Kurs findet jeden Donnerstag von 10 bis 11 Uhr statt. Die "
                        "Teilnahme ist kostenlos. Bitte bringen Sie bequeme Kleidung und etwas zu "
                        "trinken mit. Eine Anmeldung im Seniorentreff ist erwünscht.</p>"
                    ),
                ),
            ],
        },
        {
            "title": "Nebenkosten verstehen: Infoabend für Mieterinnen und Mieter",
            "teaser": (
                "Die Nebenkostenabrechnung ist für viele ein Rätsel. Bei einem Infoabend erklärt "
                "die Mieterberatung, worauf man achten sollte."
            ),
            "days_ago": 41,
            "topics": ["wohnen", "soziales"],
            "on_landing": False,
            "body": [
                ("heading", {"text": "Was steht in der Abrechnung?", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Einmal im Jahr kommt die Nebenkostenabrechnung. Für viele Haushalte "
                        "ist sie schwer zu verstehen. Manchmal gibt es eine hohe Nachzahlung. "
                        "Viele wissen nicht, ob die Abrechnung stimmt und was sie tun "
                        "können.</p><p>Darum lädt die Sozialraumkoordination zu einem Infoabend "
                        "ein. Eine Fachkraft der Mieterberatung erklärt Schritt für Schritt, wie "
                        "eine Abrechnung aufgebaut ist.</p>"
                    ),
                ),
                ("heading", {"text": "Themen des Abends", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>Welche Kosten darf der Vermieter umlegen?</li><li>Wie prüfe ich "
                        "die Abrechnung?</li><li>Was tun bei einer hohen Nachzahlung?</li><li>Wie "
                        "kann ich Heizkosten und Wasser sparen?</li></ul><p>Im Anschluss können "
                        "Sie Fragen stellen. Bringen Sie gern Ihre Abrechnung mit. Eine genaue "
                        "Prüfung ist danach in der Mietsprechstunde möglich.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Viele Menschen zahlen einfach, weil sie die Abrechnung nicht "
                            "verstehen. Dabei lohnt es sich oft, genau hinzuschauen."
                        ),
                        "attribution": "die Fachkraft der Mieterberatung",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Der Infoabend findet im Gemeindezentrum in Ostheim statt und beginnt "
                        "um 18 Uhr. Die Teilnahme ist kostenlos. Sprachmittlerinnen für Türkisch "
                        "und Russisch sind dabei.</p>"
                    ),
                ),
            ],
        },
        {
            "title": "Mieterfest in Neubrück",
            "teaser": (
                "Mieterinnen und Mieter, Wohnungsgesellschaft und Einrichtungen feiern gemeinsam "
                "ein Fest zwischen den Häusern."
            ),
            "days_ago": 55,
            "topics": ["wohnen", "engagement", "kultur"],
            "on_landing": False,
            "body": [
                ("heading", {"text": "Feiern vor der Haustür", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>In großen Wohnhäusern kennt man oft nur wenige Nachbarn. Das "
                        "Mieterfest in Neubrück soll das ändern. Auf der Wiese zwischen den "
                        "Häusern gibt es Musik, Spiele und Essen. Die Wohnungsgesellschaft stellt "
                        "Zelte und Bänke auf.</p><p>Viele Nachbarinnen und Nachbarn bringen "
                        "selbst gekochte Gerichte mit. So entsteht ein großes Buffet mit Speisen "
                        "aus vielen Ländern.</p>"
                    ),
                ),
                ("heading", {"text": "Programm für alle", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>Hüpfburg und Bastelstand für Kinder</li><li>Tischtennisturnier "
                        "für Jugendliche</li><li>Kaffee und Kuchen im "
                        "Seniorenzelt</li><li>Infostand der Sozialraumkoordination und der "
                        "Hausverwaltung</li></ul><p>Beim Fest kann man auch Wünsche für die "
                        "Wohnanlage loswerden. An einer Wand können alle aufschreiben, was ihnen "
                        "gefällt und was fehlt. Die Wohnungsgesellschaft hat versprochen, sich "
                        "die Wünsche genau anzuschauen.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Beim Mieterfest habe ich meine Nachbarin aus dem achten Stock "
                            "kennengelernt. Jetzt trinken wir jede Woche zusammen Tee."
                        ),
                        "attribution": "eine Mieterin aus Neubrück",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Das Fest beginnt um 14 Uhr. Wer beim Aufbau oder beim Buffet helfen "
                        "möchte, meldet sich bei der Sozialraumkoordination.</p>"
                    ),
                ),
            ],
        },
    ],
    "porz-ost": [
        {
            "title": "Familientag in Finkenberg: Das Programm",
            "teaser": (
                "Einrichtungen aus allen vier Orten stellen sich beim Familientag in Finkenberg "
                "vor. Es gibt Spiele, Musik und viele Informationen."
            ),
            "days_ago": 4,
            "topics": ["kinder-jugend-familie", "kultur", "engagement"],
            "on_landing": True,
            "body": [
                ("heading", {"text": "Ein Tag für Groß und Klein", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Der Familientag in Finkenberg ist ein fester Termin im Sozialraum "
                        "Porz-Ost. Kitas, Schulen, Jugendzentren, Vereine und Beratungsstellen "
                        "aus Porz-Ost, Finkenberg, Gremberghoven und Eil sind dabei. Sie zeigen, "
                        "was sie für Familien anbieten.</p><p>Das Programm beginnt um 12 "
                        "Uhr:</p><ul><li>Bühne mit Kindertanz, Musik und einem "
                        "Zauberer</li><li>Spielstraße mit Kistenklettern, Dosenwerfen und "
                        "Kinderschminken</li><li>Fahrrad-Parcours der "
                        "Verkehrswacht</li><li>Stände mit Essen aus vielen Ländern</li></ul>"
                    ),
                ),
                ("heading", {"text": "Informationen für Eltern", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>An einem Infozelt stellen sich Beratungsstellen vor. Hier können "
                        "Eltern Fragen stellen, zum Beispiel zu Kitaplätzen, Erziehung oder Hilfe "
                        "bei Geldsorgen. Auch die Frühen Hilfen und der neue Babytreff sind "
                        "dabei.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Der Familientag zeigt, wie viel es für Familien im Sozialraum gibt. "
                            "Viele wissen das gar nicht."
                        ),
                        "attribution": "die Leitung eines Familienzentrums in Finkenberg",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Der Familientag findet auf dem Platz vor dem Bürgerzentrum statt. Die "
                        "Sozialraumkoordination sucht noch Helferinnen und Helfer für den Auf- "
                        "und Abbau.</p>"
                    ),
                ),
            ],
        },
        {
            "title": "Neue Radkarte für die vier Orte",
            "teaser": (
                "Eine neue Karte zeigt sichere Radwege zwischen Porz-Ost, Finkenberg, "
                "Gremberghoven und Eil. Bewohnerinnen und Bewohner haben sie mitgestaltet."
            ),
            "days_ago": 15,
            "topics": ["stadtentwicklung", "klima-umwelt"],
            "on_landing": False,
            "body": [
                ("heading", {"text": "Sicher mit dem Rad unterwegs", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Die vier Orte im Sozialraum liegen nah beieinander. Trotzdem fahren "
                        "viele Menschen lieber mit dem Auto, weil sie die Radwege nicht kennen "
                        "oder sich unsicher fühlen. Die neue Radkarte soll "
                        "helfen.</p><p>Bewohnerinnen und Bewohner haben bei gemeinsamen Radtouren "
                        "Wege getestet. Sie haben markiert, welche Strecken ruhig und sicher sind "
                        "und wo es gefährlich wird. Daraus ist eine Karte entstanden.</p>"
                    ),
                ),
                ("heading", {"text": "Was auf der Karte steht", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>ruhige Wege zu Schulen, Arztpraxen und "
                        "Geschäften</li><li>gefährliche Kreuzungen mit "
                        "Hinweisen</li><li>Fahrradständer und Luftpumpen</li><li>Wege zum "
                        "Rheinufer und in die Wahner Heide</li></ul><p>Die Karte gibt es "
                        "kostenlos im Bürgerzentrum, in den Schulen und bei der "
                        "Sozialraumkoordination. Sie ist in einfacher Sprache und mit vielen "
                        "Symbolen gestaltet.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Ich fahre jetzt mit dem Rad zur Arbeit nach Porz. Die Karte hat mir "
                            "einen ruhigen Weg gezeigt, den ich nicht kannte."
                        ),
                        "attribution": "ein Bewohner aus Eil",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Die gefährlichen Stellen hat die Sozialraumkoordination an die "
                        "Bezirksvertretung Porz weitergegeben.</p>"
                    ),
                ),
            ],
        },
        {
            "title": "Babytreff in Finkenberg startet",
            "teaser": (
                "Eltern mit Babys im ersten Lebensjahr treffen sich jetzt jede Woche im "
                "Familienzentrum. Eine Fachkraft der Frühen Hilfen ist dabei."
            ),
            "days_ago": 27,
            "topics": ["fruehe-hilfen", "kinder-jugend-familie"],
            "on_landing": False,
            "body": [
                ("heading", {"text": "Zusammen durch das erste Jahr", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Das erste Jahr mit einem Baby ist schön und anstrengend zugleich. "
                        "Viele Eltern haben Fragen und wünschen sich Austausch mit anderen. In "
                        "Finkenberg leben viele junge Familien. Darum gibt es jetzt einen "
                        "Babytreff im Familienzentrum.</p><p>Der Treff findet jeden Montag von 10 "
                        "bis 11.30 Uhr statt. Die Eltern sitzen zusammen, die Babys liegen auf "
                        "Decken und spielen. Eine Fachkraft der Frühen Hilfen ist da und "
                        "beantwortet Fragen.</p>"
                    ),
                ),
                ("heading", {"text": "Themen im Babytreff", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>Spiele und Lieder für die Kleinsten</li><li>gesunde Ernährung im "
                        "ersten Jahr</li><li>Schlaf und Tagesablauf</li><li>Hilfe und Beratung im "
                        "Sozialraum</li></ul><p>Manchmal kommen Gäste dazu, zum Beispiel eine "
                        "Kinderärztin oder eine Mitarbeiterin der Erziehungsberatung.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Hier merke ich, dass ich nicht die Einzige mit schlaflosen Nächten "
                            "bin. Das tut gut."
                        ),
                        "attribution": "eine Mutter aus dem Babytreff",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Der Babytreff ist kostenlos. Eine Anmeldung ist nicht nötig. Väter, "
                        "Mütter und andere Bezugspersonen sind gleichermaßen willkommen. Eltern, "
                        "die wenig Deutsch sprechen, können eine Begleitung mitbringen.</p>"
                    ),
                ),
            ],
        },
        {
            "title": "Stadtteilkonferenz: Vier Orte, gemeinsame Ziele",
            "teaser": (
                "Bei der Stadtteilkonferenz haben Einrichtungen und Bewohnerschaft aus den vier "
                "Orten gemeinsame Ziele für die nächsten Jahre vereinbart."
            ),
            "days_ago": 40,
            "topics": ["gemeinwesen-politik", "engagement"],
            "on_landing": True,
            "body": [
                ("heading", {"text": "Viele Orte, ein Sozialraum", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Porz-Ost, Finkenberg, Gremberghoven und Eil sind sehr verschieden. "
                        "Trotzdem haben sie viele gemeinsame Themen. Bei der Stadtteilkonferenz "
                        "kamen Kitas, Schulen, Vereine, Kirchengemeinden, Beratungsstellen und "
                        "Bewohnerinnen und Bewohner zusammen.</p><p>In kleinen Gruppen wurde "
                        "diskutiert. Am Ende stand eine Liste mit gemeinsamen "
                        "Zielen:</p><ul><li>bessere Verbindungen zwischen den Orten, zu Fuß, mit "
                        "dem Rad und mit dem Bus</li><li>mehr Angebote für Kinder und Familien in "
                        "Finkenberg</li><li>Treffpunkte für ältere Menschen in allen vier "
                        "Orten</li><li>mehr Grün und sichere Spielplätze</li></ul>"
                    ),
                ),
                ("heading", {"text": "Wie es weitergeht", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Zu jedem Ziel gibt es jetzt eine kleine Arbeitsgruppe. Die "
                        "Sozialraumkoordination begleitet die Gruppen. Bei der nächsten "
                        "Stadtteilkonferenz berichten sie, was sie erreicht haben.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Zum ersten Mal hatte ich das Gefühl, dass Eil und Finkenberg an "
                            "einem Strang ziehen."
                        ),
                        "attribution": "eine Vertreterin eines Bürgervereins",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Sie möchten in einer Arbeitsgruppe mitmachen? Melden Sie sich bei der "
                        "Sozialraumkoordination. Die Arbeitsgruppen sind offen für alle.</p>"
                    ),
                ),
            ],
        },
        {
            "title": "Naturerlebnis Wahner Heide für Familien",
            "teaser": (
                "Bei einer Führung durch die Wahner Heide entdecken Familien Tiere, Pflanzen und "
                "Spuren. Der Bus zum Treffpunkt ist organisiert."
            ),
            "days_ago": 56,
            "topics": ["klima-umwelt", "kinder-jugend-familie"],
            "on_landing": False,
            "body": [
                ("heading", {"text": "Natur direkt vor der Haustür", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Im Osten des Sozialraums beginnt die Wahner Heide. Dort gibt es Wald, "
                        "Heide, Sandflächen und seltene Tiere. Viele Familien aus Finkenberg und "
                        "Porz-Ost waren trotzdem noch nie dort. Eine Familienführung soll das "
                        "ändern.</p><p>Ein Naturführer zeigt den Familien die Heide. Die Kinder "
                        "suchen Tierspuren, hören Vögeln zu und lernen, warum die Heide geschützt "
                        "ist. Es gibt Spiele und eine Picknickpause.</p>"
                    ),
                ),
                ("heading", {"text": "Gut vorbereitet", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>Die Führung ist etwa zwei Stunden lang.</li><li>Bitte feste "
                        "Schuhe und wetterfeste Kleidung tragen.</li><li>Für Kinderwagen ist der "
                        "Weg nur teilweise geeignet.</li><li>Trinken und einen kleinen Snack "
                        "mitbringen.</li></ul><p>Ein Kleinbus bringt Familien ohne Auto vom "
                        "Bürgerzentrum zum Treffpunkt und zurück. Bitte melden Sie sich bei der "
                        "Sozialraumkoordination an, wenn Sie den Bus nutzen möchten.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Die Kinder haben eine Eidechse gesehen. Davon erzählen sie jetzt jeden Tag."
                        ),
                        "attribution": "ein Vater aus Finkenberg",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Die Führung ist kostenlos. Sie ist ein Angebot des Arbeitskreises "
                        "Kinder und Familien.</p>"
                    ),
                ),
            ],
        },
    ],
}

PROJECTS = {
    "bickendorf": [
        {
            "title": "Alt und Jung am Tisch",
            "teaser": (
                "Ein offener Treffpunkt für alle Generationen: Frühstück, Spiele und Hilfe unter Nachbarn."
            ),
            "since": "2014",
            "funding": (
                "Mittel aus dem Programm Lebenswerte Veedel, Unterstützung der Kirchengemeinde und Spenden"
            ),
            "topics": ["senioren", "engagement", "kinder-jugend-familie"],
            "target_groups": ["senioren", "familien", "alle"],
            "featured": True,
            "ausgangslage": (
                "<p>Im Sozialraum leben viele ältere Menschen schon seit Jahrzehnten. "
                "Gleichzeitig ziehen junge Familien zu. Oft wohnen sie Tür an Tür, kennen sich "
                "aber kaum. Manche Ältere sind viel allein. Junge Familien haben keine Großeltern "
                "in der Nähe.</p>"
            ),
            "ziele": (
                "<ul><li>Begegnung zwischen Alt und Jung schaffen</li><li>Einsamkeit im Alter "
                "vorbeugen</li><li>Neue Familien mit der Nachbarschaft verbinden</li><li>Kleine "
                "Hilfen im Alltag möglich machen</li></ul>"
            ),
            "vorgehen": (
                "<p>Einmal im Monat gibt es ein offenes Frühstück. Dazu kommen Spielenachmittage "
                "und gemeinsame Ausflüge. Ehrenamtliche organisieren die Treffen. Die "
                "Sozialraumkoordination hilft bei Räumen, Werbung und Kontakten. Eine Pinnwand "
                "bringt Menschen zusammen, die Hilfe suchen oder anbieten.</p>"
            ),
            "beteiligte": [
                {"name": "Kirchengemeinde im Veedel", "role": "stellt den Raum zur Verfügung"},
                {"name": "Familienzentrum vor Ort", "role": "macht das Angebot bei jungen Familien bekannt"},
                {"name": "Seniorennetzwerk", "role": "lädt ältere Menschen ein und begleitet sie"},
                {"name": "Ehrenamtliche aus der Nachbarschaft", "role": "bereiten die Treffen vor"},
            ],
            "ergebnisse": (
                "<p>Das Frühstück ist ein fester Treffpunkt geworden. Aus den Treffen sind "
                "Freundschaften entstanden. Ältere Menschen passen auf Kinder auf, junge Leute "
                "helfen beim Einkaufen.</p>"
            ),
            "kontakt": (
                "<p>Sozialraumkoordination Bickendorf, Rochusstraße 140, 50827 Köln. Telefon 0221 "
                "99 99 0-11, E-Mail bickendorf@sozialraumkoordination.example. Sprechzeiten: "
                "Montag 10–12 Uhr, Mittwoch 14–16 Uhr und nach Vereinbarung.</p>"
            ),
            "tipps": (
                "<p>Fangen Sie klein an und bleiben Sie regelmäßig. Ein fester Termin ist "
                "wichtiger als ein großes Programm. Achten Sie auf einen barrierefreien Raum. Und "
                "fragen Sie die Gäste, was sie sich wünschen.</p>"
            ),
        },
        {
            "title": "Baumbeet-Paten in der Gartenstadt",
            "teaser": (
                "Nachbarinnen und Nachbarn pflegen die Beete rund um die Straßenbäume – für mehr "
                "Grün, mehr Insekten und eine schönere Straße."
            ),
            "since": "2019",
            "funding": (
                "Mittel aus dem Programm Lebenswerte Veedel und Sachspenden von Gärtnereien aus der Umgebung"
            ),
            "topics": ["klima-umwelt", "engagement", "stadtentwicklung"],
            "target_groups": ["alle", "familien"],
            "featured": False,
            "ausgangslage": (
                "<p>Die Gartenstadt-Siedlungen sind grün. Trotzdem lagen viele Beete rund um die "
                "Straßenbäume brach. Dort sammelten sich Müll und Hundekot. In heißen Sommern "
                "litten die Bäume unter Trockenheit.</p>"
            ),
            "ziele": (
                "<ul><li>Baumbeete bepflanzen und pflegen</li><li>Straßenbäume in trockenen "
                "Zeiten schützen</li><li>Lebensraum für Bienen und andere Insekten "
                "schaffen</li><li>Nachbarschaft durch gemeinsame Arbeit stärken</li></ul>"
            ),
            "vorgehen": (
                "<p>Bewohnerinnen und Bewohner übernehmen eine Patenschaft für ein Beet. Zweimal "
                "im Jahr gibt es eine gemeinsame Pflanzaktion. Dabei bekommen alle Erde, Samen "
                "und Tipps. Das Grünflächenamt erklärt, was erlaubt ist und was nicht. Ein "
                "kleines Schild zeigt, wer sich um das Beet kümmert.</p>"
            ),
            "beteiligte": [
                {"name": "Bürgerverein", "role": "wirbt für das Projekt und organisiert die Pflanztage"},
                {"name": "Grünflächenamt der Stadt", "role": "berät zu Pflanzen und Regeln"},
                {"name": "Grundschule vor Ort", "role": "Schulklassen pflanzen eigene Beete"},
                {"name": "Gärtnereien aus der Umgebung", "role": "spenden Pflanzen und Erde"},
            ],
            "ergebnisse": (
                "<p>In vielen Straßen blüht es jetzt. Die Beete sind sauberer. Nachbarinnen und "
                "Nachbarn kommen beim Gießen ins Gespräch.</p>"
            ),
            "kontakt": (
                "<p>Sozialraumkoordination Bickendorf, Rochusstraße 140, 50827 Köln. Telefon 0221 "
                "99 99 0-11, E-Mail bickendorf@sozialraumkoordination.example. Sprechzeiten: "
                "Montag 10–12 Uhr, Mittwoch 14–16 Uhr und nach Vereinbarung.</p>"
            ),
            "tipps": (
                "<p>Klären Sie früh mit der Stadt, welche Pflanzen erlaubt sind. Eine Gießkanne "
                "und ein Wasseranschluss in der Nähe helfen sehr. Schilder mit dem Namen der "
                "Patenschaft machen stolz und schützen die Beete.</p>"
            ),
        },
    ],
    "bilderstoeckchen": [
        {
            "title": "Familienpatinnen und Familienpaten",
            "teaser": (
                "Ehrenamtliche begleiten Familien mit Babys und kleinen Kindern im Alltag – "
                "einfach, nah und ohne Papierkram."
            ),
            "since": "2012",
            "funding": "Mittel aus dem Programm Lebenswerte Veedel und aus dem Netzwerk Frühe Hilfen",
            "topics": ["fruehe-hilfen", "engagement", "kinder-jugend-familie"],
            "target_groups": ["familien", "eltern"],
            "featured": False,
            "ausgangslage": (
                "<p>In Bilderstöckchen leben viele junge Familien. Manche haben keine Verwandten "
                "in der Nähe. Andere sind neu in Deutschland. Gerade im ersten Jahr mit Baby "
                "fühlen sich viele Eltern allein und überfordert.</p>"
            ),
            "ziele": (
                "<ul><li>Eltern im Alltag entlasten</li><li>Einsamkeit junger Familien "
                "vorbeugen</li><li>Wege zu Beratung und Frühen Hilfen öffnen</li><li>Kinder von "
                "Anfang an gut begleiten</li></ul>"
            ),
            "vorgehen": (
                "<p>Ehrenamtliche besuchen eine Familie einmal in der Woche für ein paar Stunden. "
                "Sie spielen mit dem Kind, gehen mit zum Kinderarzt oder hören einfach zu. Eine "
                "Fachkraft bereitet die Ehrenamtlichen in einer Schulung vor. Sie steht auch "
                "später für Fragen bereit. Die Familien melden sich selbst oder über Kita, "
                "Hebamme oder Beratungsstelle.</p>"
            ),
            "beteiligte": [
                {
                    "name": "Familienzentrum im Veedel",
                    "role": "koordiniert die Patenschaften und schult die Ehrenamtlichen",
                },
                {"name": "Netzwerk Frühe Hilfen", "role": "berät fachlich und vermittelt Familien"},
                {"name": "Hebammen aus der Umgebung", "role": "machen Familien auf das Angebot aufmerksam"},
            ],
            "ergebnisse": (
                "<p>Viele Patenschaften halten länger als geplant. Eltern berichten, dass sie "
                "ruhiger und sicherer geworden sind. Einige ehemals begleitete Eltern engagieren "
                "sich heute selbst.</p>"
            ),
            "kontakt": (
                "<p>Sozialraumkoordination Bilderstöckchen, Escher Straße 160, 50739 Köln. "
                "Telefon 0221 99 99 0-12, E-Mail bilderstoeckchen@sozialraumkoordination.example. "
                "Sprechzeiten: Dienstag 10–12 Uhr, Donnerstag 14–16 Uhr und nach "
                "Vereinbarung.</p>"
            ),
            "tipps": (
                "<p>Eine feste Ansprechperson für die Ehrenamtlichen ist sehr wichtig. Klären Sie "
                "von Anfang an, was Patinnen und Paten tun und was nicht. Regelmäßige Treffen zum "
                "Austausch halten die Gruppe zusammen.</p>"
            ),
        },
        {
            "title": "Ausbildungslotsen",
            "teaser": (
                "Erfahrene Ehrenamtliche begleiten Jugendliche auf dem Weg von der Schule in die Ausbildung."
            ),
            "since": "2016",
            "funding": "Mittel aus dem Programm Lebenswerte Veedel und Unterstützung durch örtliche Betriebe",
            "topics": ["wirtschaft-arbeit", "bildung", "engagement"],
            "target_groups": ["jugendliche", "eltern"],
            "featured": False,
            "ausgangslage": (
                "<p>Der Übergang von der Schule in den Beruf ist für viele Jugendliche im Veedel "
                "schwer. Oft fehlen Kontakte zu Betrieben. Viele Eltern kennen das deutsche "
                "Ausbildungssystem nicht gut und können wenig helfen.</p>"
            ),
            "ziele": (
                "<ul><li>Jugendliche bei der Berufswahl unterstützen</li><li>Kontakte zu "
                "Betrieben im Umfeld herstellen</li><li>Bewerbungen gemeinsam "
                "schreiben</li><li>Abbrüche in der Ausbildung vermeiden</li></ul>"
            ),
            "vorgehen": (
                "<p>Ehrenamtliche mit Berufserfahrung werden Lotsinnen und Lotsen. Jede Person "
                "begleitet eine Jugendliche oder einen Jugendlichen ab der neunten Klasse. Sie "
                "treffen sich regelmäßig in der Schule oder im Jugendtreff. Gemeinsam suchen sie "
                "Praktika, üben Vorstellungsgespräche und bleiben auch in der Ausbildung in "
                "Kontakt.</p>"
            ),
            "beteiligte": [
                {"name": "Weiterführende Schule vor Ort", "role": "stellt Räume und vermittelt Jugendliche"},
                {"name": "Jugendtreff im Veedel", "role": "bietet einen Treffpunkt am Nachmittag"},
                {"name": "Betriebe aus der Umgebung", "role": "bieten Praktika und Einblicke in Berufe"},
                {"name": "Ehrenamtliche Lotsinnen und Lotsen", "role": "begleiten die Jugendlichen"},
            ],
            "ergebnisse": (
                "<p>Viele Jugendliche haben über die Lotsen ein Praktikum oder einen "
                "Ausbildungsplatz gefunden. Die Schule und die Betriebe arbeiten heute enger "
                "zusammen.</p>"
            ),
            "kontakt": (
                "<p>Sozialraumkoordination Bilderstöckchen, Escher Straße 160, 50739 Köln. "
                "Telefon 0221 99 99 0-12, E-Mail bilderstoeckchen@sozialraumkoordination.example. "
                "Sprechzeiten: Dienstag 10–12 Uhr, Donnerstag 14–16 Uhr und nach "
                "Vereinbarung.</p>"
            ),
            "tipps": (
                "<p>Suchen Sie Ehrenamtliche gezielt bei Vereinen, Kirchen und Betrieben. Ein "
                "Kennenlerntreffen hilft, gut passende Tandems zu bilden. Beziehen Sie die Eltern "
                "früh ein.</p>"
            ),
        },
    ],
    "chorweiler": [
        {
            "title": "Stadtteilmütter im Kölner Norden",
            "teaser": (
                "Geschulte Mütter aus dem Veedel besuchen Familien und informieren in ihrer "
                "Sprache über Bildung, Gesundheit und Hilfen."
            ),
            "since": "2010",
            "funding": "Mittel aus dem Programm Lebenswerte Veedel und Landesmittel für Integration",
            "topics": ["soziales", "bildung", "fruehe-hilfen"],
            "target_groups": ["familien", "zugewanderte-gefluechtete", "frauen"],
            "featured": True,
            "ausgangslage": (
                "<p>Im Kölner Norden leben viele Familien, die erst vor kurzer Zeit nach "
                "Deutschland gekommen sind. Sie kennen das Schulsystem und die Angebote im Veedel "
                "oft nicht. Beratungsstellen erreichen diese Familien schwer.</p>"
            ),
            "ziele": (
                "<ul><li>Familien in ihrer Sprache informieren</li><li>Wege zu Kitas, Schulen und "
                "Beratung ebnen</li><li>Frauen stärken und ihnen Arbeit geben</li><li>Vertrauen "
                "zwischen Familien und Einrichtungen aufbauen</li></ul>"
            ),
            "vorgehen": (
                "<p>Mütter aus dem Veedel machen eine Schulung zu Themen wie Erziehung, "
                "Gesundheit, Schule und Sprache. Danach besuchen sie Familien zu Hause. Sie "
                "bringen Infomaterial mit und begleiten bei Bedarf zu Terminen. Eine Fachkraft "
                "leitet das Team und trifft sich regelmäßig mit den Stadtteilmüttern.</p>"
            ),
            "beteiligte": [
                {
                    "name": "Migrationsberatung vor Ort",
                    "role": "koordiniert das Projekt und leitet die Schulung",
                },
                {"name": "Familienzentren im Sozialraum", "role": "vermitteln Familien und bieten Räume"},
                {"name": "Grundschulen im Veedel", "role": "laden Stadtteilmütter zu Elternabenden ein"},
            ],
            "ergebnisse": (
                "<p>Viele Familien nutzen jetzt Kita, Sprachkurse und Beratung. Einrichtungen "
                "erreichen Eltern besser. Einige Stadtteilmütter haben danach eine Ausbildung im "
                "sozialen Bereich begonnen.</p>"
            ),
            "kontakt": (
                "<p>Sozialraumkoordination Chorweiler, Pariser Platz 4, 50765 Köln. Telefon 0221 "
                "99 99 0-13, E-Mail chorweiler@sozialraumkoordination.example. Sprechzeiten: "
                "Montag 14–16 Uhr, Mittwoch 10–12 Uhr, Freitag 10–12 Uhr und nach "
                "Vereinbarung.</p>"
            ),
            "tipps": (
                "<p>Suchen Sie Frauen, die im Veedel bekannt sind und Vertrauen genießen. Eine "
                "gute Schulung und faire Bezahlung sind wichtig. Die Stadtteilmütter brauchen "
                "eine feste Fachkraft als Rückhalt.</p>"
            ),
        },
        {
            "title": "Lesepaten in der Stadtteilbibliothek",
            "teaser": (
                "Ehrenamtliche lesen Kindern vor und wecken die Freude an Büchern – auch in "
                "mehreren Sprachen."
            ),
            "since": "2013",
            "funding": "Mittel aus dem Programm Lebenswerte Veedel und Spenden",
            "topics": ["bildung", "engagement", "kinder-jugend-familie"],
            "target_groups": ["kinder", "familien"],
            "featured": False,
            "ausgangslage": (
                "<p>Viele Kinder im Kölner Norden wachsen mit mehreren Sprachen auf. Das ist eine "
                "Stärke. Manche Kinder haben aber zu Hause wenige Bücher. Beim Schulstart fehlt "
                "ihnen dann oft der Wortschatz.</p>"
            ),
            "ziele": (
                "<ul><li>Freude am Lesen und Zuhören wecken</li><li>den deutschen Wortschatz "
                "erweitern</li><li>Familiensprachen wertschätzen</li><li>Familien die "
                "Stadtteilbibliothek zeigen</li></ul>"
            ),
            "vorgehen": (
                "<p>Ehrenamtliche Lesepatinnen und Lesepaten lesen jede Woche in der "
                "Stadtteilbibliothek vor. Kitagruppen und Grundschulklassen kommen regelmäßig. "
                "Einmal im Monat gibt es eine Vorlesestunde in zwei Sprachen, zum Beispiel "
                "Deutsch und Arabisch. Danach können Familien kostenlos einen Bibliotheksausweis "
                "bekommen.</p>"
            ),
            "beteiligte": [
                {
                    "name": "Stadtteilbibliothek",
                    "role": "stellt Räume und Bücher und begleitet die Ehrenamtlichen",
                },
                {"name": "Kitas und Grundschulen vor Ort", "role": "kommen mit ihren Gruppen zum Vorlesen"},
                {
                    "name": "Ehrenamtliche Lesepatinnen und Lesepaten",
                    "role": "lesen vor und spielen mit den Kindern",
                },
            ],
            "ergebnisse": (
                "<p>Die Vorlesestunden sind fest im Wochenplan von Kitas und Schulen. Mehr "
                "Familien kommen selbst in die Bibliothek und leihen Bücher aus.</p>"
            ),
            "kontakt": (
                "<p>Sozialraumkoordination Chorweiler, Pariser Platz 4, 50765 Köln. Telefon 0221 "
                "99 99 0-13, E-Mail chorweiler@sozialraumkoordination.example. Sprechzeiten: "
                "Montag 14–16 Uhr, Mittwoch 10–12 Uhr, Freitag 10–12 Uhr und nach "
                "Vereinbarung.</p>"
            ),
            "tipps": (
                "<p>Bilderbücher mit wenig Text eignen sich gut für den Anfang. Zweisprachige "
                "Vorlesestunden ziehen neue Familien an. Bieten Sie den Lesepatinnen und "
                "Lesepaten kleine Fortbildungen an.</p>"
            ),
        },
    ],
    "bocklemuend": [
        {
            "title": "Nachbarschaftshilfe mit Begleitdienst",
            "teaser": (
                "Ehrenamtliche helfen älteren Menschen im Alltag: mit Begleitung zum Arzt, zum "
                "Einkaufen oder zum Seniorentreff."
            ),
            "since": "2009",
            "funding": (
                "Mittel aus dem Programm Lebenswerte Veedel, Unterstützung der Kirchengemeinden und Spenden"
            ),
            "topics": ["senioren", "engagement", "soziales"],
            "target_groups": ["senioren", "menschen-mit-behinderung"],
            "featured": True,
            "ausgangslage": (
                "<p>In Bocklemünd und Mengenich leben viele ältere Menschen. Die Wege zu "
                "Arztpraxen, Geschäften und Treffpunkten sind oft weit. Wer nicht mehr gut laufen "
                "kann, bleibt schnell zu Hause und wird einsam.</p>"
            ),
            "ziele": (
                "<ul><li>Ältere Menschen im Alltag unterstützen</li><li>Einsamkeit "
                "vorbeugen</li><li>Teilhabe am Leben im Veedel ermöglichen</li><li>Ehrenamtliche "
                "gewinnen und gut begleiten</li></ul>"
            ),
            "vorgehen": (
                "<p>Ältere Menschen melden sich mit ihrem Wunsch bei einer Telefonnummer. Eine "
                "Koordinatorin sucht eine passende ehrenamtliche Person. Die Ehrenamtlichen "
                "begleiten zu Fuß, mit dem Bus oder mit dem Auto. Einmal im Monat treffen sich "
                "alle Ehrenamtlichen zum Austausch. Es gibt auch Schulungen, zum Beispiel zum "
                "Umgang mit Rollstuhl und Rollator.</p>"
            ),
            "beteiligte": [
                {"name": "Kirchengemeinden vor Ort", "role": "tragen das Projekt und stellen das Büro"},
                {
                    "name": "Seniorentreff im Görlinger-Zentrum",
                    "role": "nutzt den Abholdienst für seine Gäste",
                },
                {"name": "Seniorenberatung", "role": "vermittelt Menschen mit Unterstützungsbedarf"},
                {"name": "Ehrenamtliche aus dem Veedel", "role": "begleiten und besuchen"},
            ],
            "ergebnisse": (
                "<p>Die Nachbarschaftshilfe ist im Veedel gut bekannt. Viele ältere Menschen "
                "kommen dank des Abholdienstes wieder regelmäßig zum Seniorentreff.</p>"
            ),
            "kontakt": (
                "<p>Sozialraumkoordination Bocklemünd/Mengenich, Görlinger-Zentrum 12, 50829 "
                "Köln. Telefon 0221 99 99 0-14, E-Mail "
                "bocklemuend@sozialraumkoordination.example. Sprechzeiten: Dienstag 9–12 Uhr, "
                "Donnerstag 15–17 Uhr und nach Vereinbarung.</p>"
            ),
            "tipps": (
                "<p>Eine feste Telefonnummer und verlässliche Zeiten sind entscheidend. Klären "
                "Sie Fragen zur Versicherung der Ehrenamtlichen vorher. Danken Sie den "
                "Ehrenamtlichen regelmäßig, zum Beispiel mit einem gemeinsamen Fest.</p>"
            ),
        },
        {
            "title": "Bewegungspark für alle Generationen",
            "teaser": (
                "Am Rand der Felder lädt ein kleiner Bewegungspark Jung und Alt zu Sport und Begegnung ein."
            ),
            "since": "2020",
            "funding": (
                "Mittel aus dem Programm Lebenswerte Veedel, Mittel der Bezirksvertretung und "
                "Unterstützung durch Sportvereine"
            ),
            "topics": ["sport", "gesundheit-ernaehrung", "senioren"],
            "target_groups": ["senioren", "alle"],
            "featured": False,
            "ausgangslage": (
                "<p>Viele ältere Menschen im Veedel wünschten sich Bewegung an der frischen Luft. "
                "Sportkurse in Hallen sind oft weit weg oder zu anstrengend. Für Jugendliche "
                "fehlte ein Treffpunkt zum Trainieren.</p>"
            ),
            "ziele": (
                "<ul><li>Bewegung für alle Altersgruppen ermöglichen</li><li>Stürzen im Alter "
                "vorbeugen</li><li>Begegnung zwischen Jung und Alt schaffen</li><li>eine "
                "ungenutzte Fläche sinnvoll gestalten</li></ul>"
            ),
            "vorgehen": (
                "<p>Auf einer Wiese am Feldrand wurden einfache Geräte aufgebaut: "
                "Balancierbalken, Dehnstangen, ein Stepper und Geräte für Kraftübungen. Vorher "
                "haben Seniorinnen, Senioren und Jugendliche gemeinsam die Geräte ausgewählt. "
                "Zweimal in der Woche leitet eine Übungsleiterin eine offene Gruppe an. Tafeln an "
                "den Geräten erklären die Übungen mit Bildern.</p>"
            ),
            "beteiligte": [
                {"name": "Sportverein im Veedel", "role": "stellt die Übungsleitung"},
                {"name": "Seniorentreff", "role": "lädt Gäste zur Bewegungsgruppe ein"},
                {
                    "name": "Jugendeinrichtung im Görlinger-Zentrum",
                    "role": "bringt Jugendliche in die Planung ein",
                },
                {"name": "Grünflächenamt der Stadt", "role": "hat die Fläche vorbereitet"},
            ],
            "ergebnisse": (
                "<p>Der Bewegungspark wird von allen Generationen genutzt. Die offene Gruppe ist "
                "ein fester Termin für viele ältere Menschen geworden.</p>"
            ),
            "kontakt": (
                "<p>Sozialraumkoordination Bocklemünd/Mengenich, Görlinger-Zentrum 12, 50829 "
                "Köln. Telefon 0221 99 99 0-14, E-Mail "
                "bocklemuend@sozialraumkoordination.example. Sprechzeiten: Dienstag 9–12 Uhr, "
                "Donnerstag 15–17 Uhr und nach Vereinbarung.</p>"
            ),
            "tipps": (
                "<p>Beteiligen Sie die späteren Nutzerinnen und Nutzer an der Auswahl der Geräte. "
                "Eine angeleitete Gruppe senkt die Hemmschwelle. Bänke und Schatten in der Nähe "
                "sind wichtig.</p>"
            ),
        },
    ],
    "buchheim": [
        {
            "title": "Interkultureller Nachbarschaftsgarten",
            "teaser": "Menschen aus vielen Ländern gärtnern gemeinsam – und lernen sich dabei kennen.",
            "since": "2015",
            "funding": (
                "Mittel aus dem Programm Lebenswerte Veedel, Unterstützung der "
                "Wohnungsgesellschaft und Spenden"
            ),
            "topics": ["klima-umwelt", "engagement", "gesundheit-ernaehrung"],
            "target_groups": ["alle", "zugewanderte-gefluechtete", "familien"],
            "featured": True,
            "ausgangslage": (
                "<p>In Buchheim und Buchforst wohnen viele Menschen in Mietwohnungen ohne eigenen "
                "Garten. Viele sind neu im Veedel oder neu in Deutschland. Es fehlten Orte, an "
                "denen man sich ohne viele Worte begegnen kann.</p>"
            ),
            "ziele": (
                "<ul><li>Einen grünen Treffpunkt für alle schaffen</li><li>Menschen aus "
                "verschiedenen Kulturen zusammenbringen</li><li>Wissen über Gemüse, Kräuter und "
                "Natur teilen</li><li>Deutsch ganz nebenbei üben</li></ul>"
            ),
            "vorgehen": (
                "<p>Auf einer ungenutzten Fläche der Wohnungsgesellschaft wurden Hochbeete und "
                "ein Gerätehaus gebaut. Jeden Samstagvormittag ist der Garten geöffnet. Wer mag, "
                "bekommt ein eigenes kleines Beet. Daneben gibt es Gemeinschaftsbeete. Eine "
                "Fachkraft begleitet die Gruppe, die Gärtnerinnen und Gärtner entscheiden aber "
                "gemeinsam.</p>"
            ),
            "beteiligte": [
                {"name": "Wohnungsgesellschaft", "role": "stellt die Fläche und den Wasseranschluss"},
                {
                    "name": "Familienzentrum im Veedel",
                    "role": "bringt Familien und Kindergruppen in den Garten",
                },
                {"name": "Umweltverein", "role": "berät zu ökologischem Gärtnern"},
                {"name": "Gärtnerinnen und Gärtner aus der Nachbarschaft", "role": "pflegen die Beete"},
            ],
            "ergebnisse": (
                "<p>Der Garten ist ein lebendiger Treffpunkt geworden. Es sind Freundschaften "
                "über Sprachgrenzen hinweg entstanden. Kitagruppen lernen hier, wo Gemüse "
                "herkommt.</p>"
            ),
            "kontakt": (
                "<p>Sozialraumkoordination Buchheim/Buchforst, Frankfurter Straße 150, 51065 "
                "Köln. Telefon 0221 99 99 0-15, E-Mail buchheim@sozialraumkoordination.example. "
                "Sprechzeiten: Montag 14–17 Uhr, Donnerstag 10–12 Uhr und nach Vereinbarung.</p>"
            ),
            "tipps": (
                "<p>Klären Sie früh Wasser, Werkzeug und Versicherung. Gemeinsame Regeln sollten "
                "alle zusammen aufstellen. Ein fester Öffnungstag macht es leicht, einfach "
                "vorbeizukommen.</p>"
            ),
        },
        {
            "title": "Laufbus zur Grundschule",
            "teaser": (
                "Kinder gehen gemeinsam und begleitet zu Fuß zur Schule – wie ein Bus mit festen "
                "Haltestellen."
            ),
            "since": "2018",
            "funding": (
                "Mittel aus dem Programm Lebenswerte Veedel und Unterstützung durch den "
                "Förderverein der Schule"
            ),
            "topics": ["kinder-jugend-familie", "stadtentwicklung", "klima-umwelt"],
            "target_groups": ["kinder", "eltern"],
            "featured": False,
            "ausgangslage": (
                "<p>Vor der Grundschule gab es jeden Morgen viel Verkehr durch Elterntaxis. Das "
                "war gefährlich für alle Kinder. Gleichzeitig trauten sich viele Eltern nicht, "
                "ihre Kinder allein laufen zu lassen.</p>"
            ),
            "ziele": (
                "<ul><li>Kinder sicher zu Fuß zur Schule bringen</li><li>weniger Autoverkehr vor "
                "der Schule</li><li>Selbstständigkeit und Bewegung der Kinder "
                "fördern</li><li>Eltern miteinander in Kontakt bringen</li></ul>"
            ),
            "vorgehen": (
                "<p>Es gibt feste Routen mit Haltestellen und festen Zeiten. Eltern begleiten die "
                "Gruppen im Wechsel. An jeder Haltestelle steht ein Schild. Die Kinder tragen "
                "Warnwesten. Die Routen wurden gemeinsam mit der Polizei und dem Schulwegcheck "
                "der Kinder geplant.</p>"
            ),
            "beteiligte": [
                {"name": "Grundschule vor Ort", "role": "wirbt bei Eltern und plant die Routen mit"},
                {"name": "Elternpflegschaft", "role": "organisiert die Begleitdienste"},
                {"name": "Verkehrspolizei", "role": "berät zu sicheren Wegen"},
                {"name": "Förderverein der Schule", "role": "bezahlt Warnwesten und Schilder"},
            ],
            "ergebnisse": (
                "<p>Der Laufbus fährt an jedem Schultag. Vor der Schule ist es morgens ruhiger. "
                "Die Kinder kommen wacher und fröhlicher an.</p>"
            ),
            "kontakt": (
                "<p>Sozialraumkoordination Buchheim/Buchforst, Frankfurter Straße 150, 51065 "
                "Köln. Telefon 0221 99 99 0-15, E-Mail buchheim@sozialraumkoordination.example. "
                "Sprechzeiten: Montag 14–17 Uhr, Donnerstag 10–12 Uhr und nach Vereinbarung.</p>"
            ),
            "tipps": (
                "<p>Starten Sie mit einer Route und wenigen Familien. Ein einfacher Plan, wer "
                "wann begleitet, ist das Wichtigste. Feiern Sie den Start mit einer kleinen "
                "Aktion, das macht den Laufbus bekannt.</p>"
            ),
        },
    ],
    "hoehenberg-vingst": [
        {
            "title": "Lernstube Höhenberg/Vingst",
            "teaser": (
                "Kinder bekommen nach der Schule Hilfe bei den Hausaufgaben – kostenlos und in "
                "ruhiger Atmosphäre."
            ),
            "since": "2011",
            "funding": (
                "Mittel aus dem Programm Lebenswerte Veedel, Unterstützung der Kirchengemeinde und Spenden"
            ),
            "topics": ["bildung", "kinder-jugend-familie", "engagement"],
            "target_groups": ["kinder", "familien"],
            "featured": False,
            "ausgangslage": (
                "<p>Viele Kinder in Höhenberg und Vingst haben zu Hause keinen ruhigen Platz zum "
                "Lernen. Manche Eltern können bei den Hausaufgaben nicht helfen, weil sie die "
                "Sprache oder den Stoff nicht gut kennen. Bezahlte Nachhilfe können sich viele "
                "Familien nicht leisten.</p>"
            ),
            "ziele": (
                "<ul><li>Kinder beim Lernen unterstützen</li><li>Freude am Lernen und "
                "Selbstvertrauen stärken</li><li>Familien entlasten</li><li>Brücken zwischen "
                "Schule und Elternhaus bauen</li></ul>"
            ),
            "vorgehen": (
                "<p>Die Lernstube ist an vier Nachmittagen in der Woche geöffnet. Eine Fachkraft "
                "und Ehrenamtliche betreuen kleine Gruppen. Die Lehrkräfte der Grundschule "
                "sprechen sich mit der Lernstube ab. Vor dem Lernen gibt es einen kleinen Snack. "
                "Einmal im Halbjahr gibt es ein Treffen mit den Eltern.</p>"
            ),
            "beteiligte": [
                {"name": "Kirchengemeinde im Veedel", "role": "stellt die Räume und trägt das Projekt"},
                {
                    "name": "Grundschule vor Ort",
                    "role": "vermittelt Kinder und stimmt sich mit der Lernstube ab",
                },
                {"name": "Ehrenamtliche aus dem Veedel", "role": "helfen bei den Hausaufgaben"},
            ],
            "ergebnisse": (
                "<p>Die Lernstube ist fest im Veedel verankert. Lehrkräfte berichten, dass die "
                "Kinder ihre Hausaufgaben regelmäßiger machen. Viele Ehrenamtliche sind schon "
                "seit Jahren dabei.</p>"
            ),
            "kontakt": (
                "<p>Sozialraumkoordination Höhenberg/Vingst, Olpener Straße 98, 51103 Köln. "
                "Telefon 0221 99 99 0-16, E-Mail "
                "hoehenberg-vingst@sozialraumkoordination.example. Sprechzeiten: Dienstag 14–16 "
                "Uhr, Freitag 10–12 Uhr und nach Vereinbarung.</p>"
            ),
            "tipps": (
                "<p>Die Absprache mit der Schule ist der wichtigste Erfolgsfaktor. Kleine Gruppen "
                "sind besser als große. Eine hauptamtliche Fachkraft gibt den Ehrenamtlichen "
                "Sicherheit.</p>"
            ),
        },
        {
            "title": "Veedelsküche – Mittagstisch für alle",
            "teaser": (
                "An drei Tagen in der Woche gibt es ein warmes, günstiges Mittagessen – und einen "
                "Platz am Tisch mit netten Menschen."
            ),
            "since": "2008",
            "funding": (
                "Mittel aus dem Programm Lebenswerte Veedel, Lebensmittelspenden und Spenden aus "
                "der Nachbarschaft"
            ),
            "topics": ["gesundheit-ernaehrung", "soziales", "engagement"],
            "target_groups": ["alle", "senioren", "familien"],
            "featured": True,
            "ausgangslage": (
                "<p>In Höhenberg und Vingst müssen viele Menschen mit wenig Geld auskommen. Ein "
                "warmes Essen am Tag ist nicht für alle selbstverständlich. Außerdem essen viele "
                "ältere Menschen jeden Tag allein.</p>"
            ),
            "ziele": (
                "<ul><li>Ein gesundes und günstiges Mittagessen anbieten</li><li>Menschen an "
                "einen Tisch bringen</li><li>Lebensmittel retten statt "
                "wegwerfen</li><li>Ehrenamtlichen eine sinnvolle Aufgabe geben</li></ul>"
            ),
            "vorgehen": (
                "<p>Ehrenamtliche kochen in der Küche des Gemeindezentrums. Ein Teil der "
                "Lebensmittel kommt von Geschäften aus dem Veedel, die Übriges spenden. Das Essen "
                "kostet wenig. Wer nichts zahlen kann, isst trotzdem mit. Kinder essen kostenlos. "
                "Beim Essen sind oft auch Beraterinnen aus dem Veedel da und beantworten "
                "Fragen.</p>"
            ),
            "beteiligte": [
                {"name": "Gemeindezentrum der Kirchengemeinde", "role": "stellt Küche und Speisesaal"},
                {"name": "Geschäfte aus dem Veedel", "role": "spenden Lebensmittel"},
                {"name": "Seniorentreff", "role": "macht das Angebot bei älteren Menschen bekannt"},
                {"name": "Ehrenamtliche Köchinnen und Köche", "role": "kochen und bedienen"},
            ],
            "ergebnisse": (
                "<p>Die Veedelsküche ist ein wichtiger Treffpunkt geworden. Viele Gäste kommen "
                "regelmäßig. Aus Gästen sind Helferinnen und Helfer geworden.</p>"
            ),
            "kontakt": (
                "<p>Sozialraumkoordination Höhenberg/Vingst, Olpener Straße 98, 51103 Köln. "
                "Telefon 0221 99 99 0-16, E-Mail "
                "hoehenberg-vingst@sozialraumkoordination.example. Sprechzeiten: Dienstag 14–16 "
                "Uhr, Freitag 10–12 Uhr und nach Vereinbarung.</p>"
            ),
            "tipps": (
                "<p>Prüfen Sie früh die Regeln zur Hygiene in der Küche. Eine Schulung für alle "
                "Ehrenamtlichen ist Pflicht. Machen Sie das Essen nicht kostenlos für alle, "
                "sondern mit kleinem Beitrag – das schafft Würde und Verlässlichkeit.</p>"
            ),
        },
    ],
    "kalk": [
        {
            "title": "Sprachcafé an der Hauptstraße",
            "teaser": (
                "Menschen aus aller Welt üben bei Kaffee und Tee Deutsch im Gespräch – ohne Noten "
                "und ohne Druck."
            ),
            "since": "2016",
            "funding": "Mittel aus dem Programm Lebenswerte Veedel und Spenden",
            "topics": ["bildung", "engagement", "soziales"],
            "target_groups": ["zugewanderte-gefluechtete", "alle"],
            "featured": False,
            "ausgangslage": (
                "<p>In Kalk leben Menschen aus vielen Ländern. Viele besuchen einen Deutschkurs. "
                "Aber im Alltag fehlt oft die Gelegenheit, frei zu sprechen. Viele Menschen "
                "trauen sich nicht, weil sie Angst vor Fehlern haben.</p>"
            ),
            "ziele": (
                "<ul><li>Deutsch im Gespräch üben</li><li>Alltagsfragen klären</li><li>Kontakte "
                "zwischen alten und neuen Nachbarinnen und Nachbarn "
                "schaffen</li><li>Selbstvertrauen beim Sprechen stärken</li></ul>"
            ),
            "vorgehen": (
                "<p>Das Sprachcafé öffnet jede Woche am Nachmittag in einem Ladenlokal an der "
                "Kalker Hauptstraße. Ehrenamtliche sitzen mit kleinen Gruppen an Tischen. Jeder "
                "Tisch hat ein Thema, zum Beispiel Einkaufen, Arztbesuch oder Wohnungssuche. Es "
                "gibt auch Spiele und Bildkarten. Kinder können in einer Spielecke spielen.</p>"
            ),
            "beteiligte": [
                {"name": "Bildungsträger im Veedel", "role": "stellt den Raum und berät zu Deutschkursen"},
                {"name": "Migrationsberatung", "role": "macht das Sprachcafé bekannt und beantwortet Fragen"},
                {"name": "Ehrenamtliche aus Kalk", "role": "führen die Gespräche an den Tischen"},
            ],
            "ergebnisse": (
                "<p>Das Sprachcafé ist ein beliebter Treffpunkt. Viele Gäste sprechen nach "
                "einiger Zeit freier. Manche Gäste helfen heute selbst als Ehrenamtliche mit.</p>"
            ),
            "kontakt": (
                "<p>Sozialraumkoordination Kalk, Kalker Hauptstraße 200, 51103 Köln. Telefon 0221 "
                "99 99 0-17, E-Mail kalk@sozialraumkoordination.example. Sprechzeiten: Montag "
                "10–12 Uhr, Mittwoch 15–17 Uhr und nach Vereinbarung.</p>"
            ),
            "tipps": (
                "<p>Ein Laden mit großem Fenster zur Straße macht neugierig. Themen-Tische helfen "
                "beim Einstieg. Wichtig ist eine Atmosphäre ohne Druck: Fehler sind ausdrücklich "
                "erlaubt.</p>"
            ),
        },
        {
            "title": "Klangwerkstatt – Musik für Jugendliche",
            "teaser": (
                "Jugendliche schreiben eigene Songs, lernen Instrumente und nehmen im kleinen Tonstudio auf."
            ),
            "since": "2017",
            "funding": (
                "Mittel aus dem Programm Lebenswerte Veedel, Mittel aus der Kulturförderung und Spenden"
            ),
            "topics": ["kultur", "kinder-jugend-familie", "bildung"],
            "target_groups": ["jugendliche"],
            "featured": True,
            "ausgangslage": (
                "<p>Viele Jugendliche in Kalk hören viel Musik und haben eigene Ideen. "
                "Musikschulen und Instrumente sind für viele Familien aber zu teuer. Gleichzeitig "
                "fehlte ein Ort, an dem Jugendliche kreativ sein und sich ausdrücken können.</p>"
            ),
            "ziele": (
                "<ul><li>Jugendlichen kostenlosen Zugang zu Musik geben</li><li>Talente entdecken "
                "und fördern</li><li>Selbstvertrauen und Teamarbeit stärken</li><li>Jugendliche "
                "mit der Kulturszene in Kalk verbinden</li></ul>"
            ),
            "vorgehen": (
                "<p>In einem Raum des Jugendzentrums gibt es Instrumente, Laptops und ein kleines "
                "Tonstudio. Musikerinnen und Musiker aus Kalk leiten Workshops an. Die "
                "Jugendlichen schreiben Texte, komponieren Beats und proben in Bands. Zweimal im "
                "Jahr gibt es ein Konzert in einem Kulturort im Veedel.</p>"
            ),
            "beteiligte": [
                {"name": "Jugendzentrum im Veedel", "role": "stellt Räume und pädagogische Begleitung"},
                {"name": "Musikerinnen und Musiker aus Kalk", "role": "leiten die Workshops"},
                {"name": "Kulturorte im Veedel", "role": "stellen Bühnen für Konzerte zur Verfügung"},
                {"name": "Musikschule der Stadt", "role": "verleiht Instrumente"},
            ],
            "ergebnisse": (
                "<p>Die Klangwerkstatt ist für viele Jugendliche ein zweites Zuhause geworden. Es "
                "sind eigene Songs über das Leben in Kalk entstanden. Einige Jugendliche leiten "
                "heute selbst kleine Workshops für Jüngere.</p>"
            ),
            "kontakt": (
                "<p>Sozialraumkoordination Kalk, Kalker Hauptstraße 200, 51103 Köln. Telefon 0221 "
                "99 99 0-17, E-Mail kalk@sozialraumkoordination.example. Sprechzeiten: Montag "
                "10–12 Uhr, Mittwoch 15–17 Uhr und nach Vereinbarung.</p>"
            ),
            "tipps": (
                "<p>Holen Sie Künstlerinnen und Künstler aus dem Veedel dazu, sie sind echte "
                "Vorbilder. Ein öffentlicher Auftritt motiviert sehr. Lassen Sie die Jugendlichen "
                "die Musikrichtung selbst bestimmen.</p>"
            ),
        },
    ],
    "meschenich": [
        {
            "title": "Jugend-Fußballliga Kölner Süden",
            "teaser": (
                "Jugendliche aus Meschenich, Rondorf und Umgebung spielen in einer eigenen Liga – "
                "mit festen Regeln für Fairness."
            ),
            "since": "2019",
            "funding": (
                "Mittel aus dem Programm Lebenswerte Veedel, Unterstützung durch den Sportverein "
                "und Spenden von Geschäftsleuten"
            ),
            "topics": ["sport", "kinder-jugend-familie", "engagement"],
            "target_groups": ["jugendliche"],
            "featured": False,
            "ausgangslage": (
                "<p>Jugendliche aus den großen Wohnanlagen und aus dem alten Dorfkern hatten "
                "wenig Kontakt miteinander. Auf dem Bolzplatz gab es manchmal Streit. "
                "Gleichzeitig fehlten Freizeitangebote am Abend.</p>"
            ),
            "ziele": (
                "<ul><li>Jugendlichen ein regelmäßiges Sportangebot bieten</li><li>Begegnung "
                "zwischen den Wohngebieten schaffen</li><li>Fairness und Verantwortung "
                "fördern</li><li>Jugendliche an Vereine heranführen</li></ul>"
            ),
            "vorgehen": (
                "<p>Jeden Freitagabend spielen Teams in einer Liga auf dem Sportplatz. Die "
                "Jugendlichen stellen ihre Teams selbst zusammen. Es gibt Punkte für Tore und für "
                "faires Verhalten. Jugendliche werden zu Schiedsrichterinnen und Schiedsrichtern "
                "ausgebildet. Am Ende der Saison gibt es ein großes Abschlussturnier mit "
                "Familienfest.</p>"
            ),
            "beteiligte": [
                {"name": "Sportverein im Veedel", "role": "stellt Platz, Trainerinnen und Trainer"},
                {"name": "Jugendarbeit vor Ort", "role": "begleitet die Jugendlichen pädagogisch"},
                {"name": "Geschäftsleute aus dem Veedel", "role": "spenden Trikots und Pokale"},
            ],
            "ergebnisse": (
                "<p>Die Liga ist ein fester Termin für viele Jugendliche geworden. Es gibt "
                "weniger Streit auf dem Bolzplatz. Einige Jugendliche spielen inzwischen im "
                "Verein.</p>"
            ),
            "kontakt": (
                "<p>Sozialraumkoordination Meschenich/Rondorf, Brühler Landstraße 400, 50997 "
                "Köln. Telefon 0221 99 99 0-18, E-Mail meschenich@sozialraumkoordination.example. "
                "Sprechzeiten: Mittwoch 10–13 Uhr, Donnerstag 14–16 Uhr und nach "
                "Vereinbarung.</p>"
            ),
            "tipps": (
                "<p>Lassen Sie die Jugendlichen die Regeln mitbestimmen. Fairplay-Punkte wirken "
                "besser als Strafen. Bieten Sie auch Zeiten oder Teams nur für Mädchen an.</p>"
            ),
        },
        {
            "title": "Beratungsladen im Veedel",
            "teaser": (
                "Verschiedene Beratungsstellen teilen sich einen Laden in Meschenich – so kommt "
                "die Hilfe zu den Menschen."
            ),
            "since": "2021",
            "funding": "Mittel aus dem Programm Lebenswerte Veedel und Mittel der beteiligten Träger",
            "topics": ["soziales", "kinder-jugend-familie", "wohnen"],
            "target_groups": ["familien", "senioren", "zugewanderte-gefluechtete"],
            "featured": False,
            "ausgangslage": (
                "<p>Meschenich und Rondorf liegen am Stadtrand. Die meisten Beratungsstellen sind "
                "weit entfernt. Viele Menschen suchen deshalb erst Hilfe, wenn die Probleme schon "
                "groß sind.</p>"
            ),
            "ziele": (
                "<ul><li>Beratung direkt im Veedel anbieten</li><li>Hemmschwellen "
                "senken</li><li>Wege für Familien und ältere Menschen "
                "verkürzen</li><li>Zusammenarbeit der Beratungsstellen stärken</li></ul>"
            ),
            "vorgehen": (
                "<p>Ein leerstehender Laden wurde zum Beratungsladen. An jedem Wochentag ist eine "
                "andere Beratung da: Familienberatung, Schuldnerberatung, Migrationsberatung, "
                "Seniorenberatung und Mieterberatung. Ein Wochenplan hängt im Schaufenster. Die "
                "Sozialraumkoordination organisiert den Plan und hält Kontakt zu allen "
                "Trägern.</p>"
            ),
            "beteiligte": [
                {
                    "name": "Beratungsstellen verschiedener Träger",
                    "role": "bieten feste Sprechzeiten im Laden",
                },
                {"name": "Wohnungsgesellschaft", "role": "stellt den Laden günstig zur Verfügung"},
                {"name": "Familienzentrum vor Ort", "role": "macht das Angebot bei Familien bekannt"},
            ],
            "ergebnisse": (
                "<p>Der Beratungsladen ist im Veedel gut bekannt. Menschen kommen früher zur "
                "Beratung. Die Beraterinnen und Berater arbeiten enger zusammen und vermitteln "
                "sich gegenseitig.</p>"
            ),
            "kontakt": (
                "<p>Sozialraumkoordination Meschenich/Rondorf, Brühler Landstraße 400, 50997 "
                "Köln. Telefon 0221 99 99 0-18, E-Mail meschenich@sozialraumkoordination.example. "
                "Sprechzeiten: Mittwoch 10–13 Uhr, Donnerstag 14–16 Uhr und nach "
                "Vereinbarung.</p>"
            ),
            "tipps": (
                "<p>Ein gut sichtbarer, ebenerdiger Raum ist viel wert. Ein fester Wochenplan "
                "schafft Verlässlichkeit. Planen Sie Zeit für Absprachen zwischen den Trägern "
                "ein.</p>"
            ),
        },
    ],
    "muelheim-nord": [
        {
            "title": "Jugendbeirat Mülheim-Nord",
            "teaser": (
                "Jugendliche vertreten ihre Interessen selbst – in der Stadtteilkonferenz und "
                "gegenüber der Politik."
            ),
            "since": "2018",
            "funding": (
                "Mittel aus dem Programm Lebenswerte Veedel und Mittel für Kinder- und Jugendbeteiligung"
            ),
            "topics": ["gemeinwesen-politik", "kinder-jugend-familie", "engagement"],
            "target_groups": ["jugendliche"],
            "featured": False,
            "ausgangslage": (
                "<p>In Mülheim-Nord leben viele junge Menschen. Bei Entscheidungen über das "
                "Veedel wurden sie aber selten gefragt. Viele Jugendliche hatten das Gefühl, dass "
                "sich niemand für ihre Meinung interessiert.</p>"
            ),
            "ziele": (
                "<ul><li>Jugendlichen eine Stimme im Veedel geben</li><li>Demokratie im Alltag "
                "erlebbar machen</li><li>Wünsche von Jugendlichen in Politik und Verwaltung "
                "einbringen</li><li>eigene kleine Projekte umsetzen</li></ul>"
            ),
            "vorgehen": (
                "<p>Der Jugendbeirat trifft sich alle zwei Wochen im Jugendzentrum. Eine "
                "Fachkraft begleitet die Treffen. Einmal im Jahr wählen die Mitglieder ein "
                "Sprecherteam. Der Jugendbeirat hat einen festen Platz in der Stadtteilkonferenz. "
                "Für eigene kleine Projekte steht ein kleines Budget zur Verfügung, über das die "
                "Jugendlichen selbst entscheiden.</p>"
            ),
            "beteiligte": [
                {"name": "Jugendzentrum im Veedel", "role": "stellt Raum und pädagogische Begleitung"},
                {
                    "name": "Weiterführende Schulen vor Ort",
                    "role": "machen den Beirat bei Schülerinnen und Schülern bekannt",
                },
                {"name": "Bezirksvertretung Mülheim", "role": "lädt den Beirat zu Sitzungen ein"},
            ],
            "ergebnisse": (
                "<p>Der Jugendbeirat hat einige Ideen umgesetzt, zum Beispiel bessere Beleuchtung "
                "an einem Fußweg. Die Jugendlichen treten sicherer auf und wissen, wie Politik "
                "funktioniert.</p>"
            ),
            "kontakt": (
                "<p>Sozialraumkoordination Mülheim-Nord, Berliner Straße 80, 51063 Köln. Telefon "
                "0221 99 99 0-19, E-Mail muelheim-nord@sozialraumkoordination.example. "
                "Sprechzeiten: Dienstag 10–12 Uhr, Donnerstag 15–18 Uhr und nach "
                "Vereinbarung.</p>"
            ),
            "tipps": (
                "<p>Nehmen Sie die Vorschläge der Jugendlichen ernst und melden Sie zurück, was "
                "daraus geworden ist. Ein eigenes kleines Budget motiviert sehr. Die Treffen "
                "sollten zu Zeiten stattfinden, die zu Schule und Ausbildung passen.</p>"
            ),
        },
        {
            "title": "Theaterwerkstatt in der Fabrikhalle",
            "teaser": (
                "Jugendliche und Erwachsene aus dem Veedel entwickeln gemeinsam Theaterstücke "
                "über ihr Leben in Mülheim."
            ),
            "since": "2015",
            "funding": (
                "Mittel aus dem Programm Lebenswerte Veedel, Mittel aus der Kulturförderung und "
                "Eintrittsspenden"
            ),
            "topics": ["kultur", "engagement", "bildung"],
            "target_groups": ["jugendliche", "alle", "zugewanderte-gefluechtete"],
            "featured": False,
            "ausgangslage": (
                "<p>In den alten Fabrikhallen ist eine lebendige Kulturszene entstanden. Viele "
                "Menschen aus den Wohnhäusern rundherum fühlten sich dort aber nicht "
                "angesprochen. Kultur schien etwas für andere zu sein.</p>"
            ),
            "ziele": (
                "<ul><li>Menschen aus dem Veedel auf die Bühne bringen</li><li>eigene Geschichten "
                "sichtbar machen</li><li>Begegnung zwischen Generationen und "
                "Kulturen</li><li>Selbstbewusstsein und Ausdruck stärken</li></ul>"
            ),
            "vorgehen": (
                "<p>Eine Theaterpädagogin leitet wöchentliche Proben in einer Fabrikhalle. Die "
                "Teilnehmenden erzählen Geschichten aus ihrem Leben, zum Beispiel über das "
                "Ankommen in Köln oder über das Leben auf der Keupstraße. Daraus entsteht jedes "
                "Jahr ein neues Stück. Es wird mehrmals im Veedel aufgeführt, auch in mehreren "
                "Sprachen.</p>"
            ),
            "beteiligte": [
                {
                    "name": "Theater in der Fabrikhalle",
                    "role": "stellt Bühne, Technik und die Theaterpädagogin",
                },
                {"name": "Jugendzentrum im Veedel", "role": "bringt Jugendliche in die Gruppe"},
                {
                    "name": "Moschee- und Kirchengemeinden",
                    "role": "laden ihre Mitglieder zu den Aufführungen ein",
                },
            ],
            "ergebnisse": (
                "<p>Die Aufführungen sind gut besucht, auch von Menschen, die vorher nie im "
                "Theater waren. Die Gruppe ist über die Jahre gewachsen und gemischter "
                "geworden.</p>"
            ),
            "kontakt": (
                "<p>Sozialraumkoordination Mülheim-Nord, Berliner Straße 80, 51063 Köln. Telefon "
                "0221 99 99 0-19, E-Mail muelheim-nord@sozialraumkoordination.example. "
                "Sprechzeiten: Dienstag 10–12 Uhr, Donnerstag 15–18 Uhr und nach "
                "Vereinbarung.</p>"
            ),
            "tipps": (
                "<p>Arbeiten Sie mit den Geschichten der Teilnehmenden, nicht mit fertigen "
                "Stücken. Mehrsprachige Szenen sind eine Stärke. Spielen Sie auch an Orten im "
                "Veedel, nicht nur auf der Bühne.</p>"
            ),
        },
    ],
    "ostheim": [
        {
            "title": "Grüne Höfe",
            "teaser": (
                "Mieterinnen und Mieter gestalten die Grünflächen zwischen ihren Häusern neu – "
                "mit Hochbeeten, Blühwiesen und Sitzplätzen."
            ),
            "since": "2020",
            "funding": (
                "Mittel aus dem Programm Lebenswerte Veedel, Unterstützung der "
                "Wohnungsgesellschaften und Mittel aus dem Klimaschutz"
            ),
            "topics": ["klima-umwelt", "wohnen", "stadtentwicklung"],
            "target_groups": ["alle", "familien", "senioren"],
            "featured": True,
            "ausgangslage": (
                "<p>Ostheim und Neubrück haben viel Grün zwischen den Häusern. Meist ist es aber "
                "nur kurzer Rasen, den niemand nutzt. In heißen Sommern wird es in den Höfen sehr "
                "warm. Gleichzeitig fehlen Orte, an denen sich die Nachbarschaft trifft.</p>"
            ),
            "ziele": (
                "<ul><li>Höfe gemeinsam grüner und kühler machen</li><li>Lebensraum für Insekten "
                "schaffen</li><li>Treffpunkte für die Hausgemeinschaften "
                "schaffen</li><li>Mieterinnen und Mieter an der Gestaltung beteiligen</li></ul>"
            ),
            "vorgehen": (
                "<p>In jedem Hof beginnt das Projekt mit einem Planungstreffen. Die Mieterinnen "
                "und Mieter sagen, was sie sich wünschen. Dann bauen alle gemeinsam, zum Beispiel "
                "Hochbeete, Sitzbänke oder Blühflächen. Die Wohnungsgesellschaft bezahlt das "
                "Material. Eine Fachkraft für Umweltbildung berät die Gruppen.</p>"
            ),
            "beteiligte": [
                {
                    "name": "Wohnungsgesellschaften",
                    "role": "stellen Flächen, Material und Wasser zur Verfügung",
                },
                {"name": "Umweltverein", "role": "berät zu Pflanzen und Artenvielfalt"},
                {"name": "Jugendtreff im Veedel", "role": "Jugendliche helfen beim Bauen"},
                {"name": "Hausgemeinschaften", "role": "planen, bauen und pflegen"},
            ],
            "ergebnisse": (
                "<p>Mehrere Höfe sind schon grüner geworden. Die Nachbarinnen und Nachbarn "
                "treffen sich öfter draußen. Die Wohnungsgesellschaften wollen das Projekt auf "
                "weitere Höfe ausweiten.</p>"
            ),
            "kontakt": (
                "<p>Sozialraumkoordination Ostheim/Neubrück, Gernsheimer Straße 20, 51107 Köln. "
                "Telefon 0221 99 99 0-20, E-Mail ostheim@sozialraumkoordination.example. "
                "Sprechzeiten: Montag 13–15 Uhr, Mittwoch 9–12 Uhr und nach Vereinbarung.</p>"
            ),
            "tipps": (
                "<p>Holen Sie die Wohnungsgesellschaft von Anfang an ins Boot. Beginnen Sie in "
                "einem Hof mit engagierten Mieterinnen und Mietern. Klare Absprachen zur Pflege "
                "verhindern Ärger.</p>"
            ),
        },
        {
            "title": "Mieterberatung vor Ort",
            "teaser": (
                "Jeden Mittwoch beantwortet eine Fachkraft Fragen zu Miete, Nebenkosten und "
                "Wohnungsproblemen – direkt im Veedel."
            ),
            "since": "2017",
            "funding": "Mittel aus dem Programm Lebenswerte Veedel und Mittel des Mietervereins",
            "topics": ["wohnen", "soziales"],
            "target_groups": ["familien", "senioren", "zugewanderte-gefluechtete"],
            "featured": False,
            "ausgangslage": (
                "<p>In Ostheim und Neubrück wohnen die meisten Menschen zur Miete. Viele hatten "
                "Fragen zu Nebenkosten, Mieterhöhungen oder Schimmel. Der Weg zur Mieterberatung "
                "in der Innenstadt war für viele zu weit oder zu teuer.</p>"
            ),
            "ziele": (
                "<ul><li>Mieterinnen und Mieter über ihre Rechte informieren</li><li>Probleme "
                "früh lösen, bevor sie groß werden</li><li>Wohnungsverlust "
                "vorbeugen</li><li>Gespräche zwischen Mietern und Vermietern verbessern</li></ul>"
            ),
            "vorgehen": (
                "<p>Die Sprechstunde findet jeden Mittwochvormittag im Stadtteilbüro statt. Eine "
                "Fachkraft des Mietervereins prüft Abrechnungen und Briefe. Sie erklärt, was man "
                "tun kann. Bei Bedarf helfen Sprachmittlerinnen. Zweimal im Jahr gibt es einen "
                "Infoabend zu einem Thema, zum Beispiel Nebenkosten oder Energiesparen.</p>"
            ),
            "beteiligte": [
                {"name": "Mieterverein", "role": "stellt die Fachkraft für die Beratung"},
                {"name": "Sozialraumkoordination", "role": "stellt den Raum und macht das Angebot bekannt"},
                {"name": "Schuldnerberatung", "role": "übernimmt bei Geldproblemen"},
                {"name": "Wohnungsgesellschaften", "role": "sind Ansprechpartner bei Mängeln"},
            ],
            "ergebnisse": (
                "<p>Die Sprechstunde ist gut besucht. Viele Fragen lassen sich schnell klären. In "
                "einigen Fällen konnte ein Wohnungsverlust verhindert werden.</p>"
            ),
            "kontakt": (
                "<p>Sozialraumkoordination Ostheim/Neubrück, Gernsheimer Straße 20, 51107 Köln. "
                "Telefon 0221 99 99 0-20, E-Mail ostheim@sozialraumkoordination.example. "
                "Sprechzeiten: Montag 13–15 Uhr, Mittwoch 9–12 Uhr und nach Vereinbarung.</p>"
            ),
            "tipps": (
                "<p>Eine feste Zeit an einem bekannten Ort ist wichtig. Machen Sie die "
                "Sprechstunde über Aushänge in den Hausfluren bekannt. Arbeiten Sie eng mit der "
                "Schuldnerberatung zusammen.</p>"
            ),
        },
    ],
    "porz-ost": [
        {
            "title": "Fahrradwerkstatt Finkenberg",
            "teaser": (
                "In einer offenen Werkstatt reparieren Jugendliche und Erwachsene gemeinsam "
                "Fahrräder – und lernen dabei viel über Technik."
            ),
            "since": "2018",
            "funding": "Mittel aus dem Programm Lebenswerte Veedel, Spenden von Fahrrädern und Ersatzteilen",
            "topics": ["klima-umwelt", "kinder-jugend-familie", "stadtentwicklung"],
            "target_groups": ["jugendliche", "familien", "alle"],
            "featured": True,
            "ausgangslage": (
                "<p>In Finkenberg haben viele Familien wenig Geld. Viele Kinder und Jugendliche "
                "hatten kein eigenes Fahrrad oder ein kaputtes. Gleichzeitig sind die Wege zu "
                "Schulen, Sportvereinen und Geschäften in den vier Orten oft weit.</p>"
            ),
            "ziele": (
                "<ul><li>Kinder und Jugendliche mobil machen</li><li>Reparaturwissen "
                "weitergeben</li><li>Ressourcen schonen, statt Räder "
                "wegzuwerfen</li><li>Jugendliche für Technik und Handwerk begeistern</li></ul>"
            ),
            "vorgehen": (
                "<p>Die Werkstatt ist zweimal in der Woche im Keller des Jugendzentrums geöffnet. "
                "Ehrenamtliche mit Erfahrung zeigen, wie man Reifen flickt, Bremsen einstellt und "
                "Ketten wechselt. Gespendete alte Räder werden gemeinsam wieder fit gemacht und "
                "an Familien weitergegeben. Jugendliche können sich zu Werkstatthelferinnen und "
                "Werkstatthelfern ausbilden lassen.</p>"
            ),
            "beteiligte": [
                {"name": "Jugendzentrum im Veedel", "role": "stellt den Raum und begleitet die Jugendlichen"},
                {"name": "Fahrradclub", "role": "bietet Radtouren und Verkehrstraining"},
                {"name": "Ehrenamtliche aus den vier Orten", "role": "leiten die Reparaturen an"},
                {"name": "Fahrradgeschäfte aus Porz", "role": "spenden Ersatzteile"},
            ],
            "ergebnisse": (
                "<p>Viele Räder sind wieder auf der Straße. Einige Jugendliche haben über die "
                "Werkstatt ein Praktikum in einem Fahrradgeschäft gefunden.</p>"
            ),
            "kontakt": (
                "<p>Sozialraumkoordination Porz-Ost, Frankfurter Straße 700, 51149 Köln. Telefon "
                "0221 99 99 0-21, E-Mail porz-ost@sozialraumkoordination.example. Sprechzeiten: "
                "Dienstag 9–11 Uhr, Donnerstag 14–17 Uhr und nach Vereinbarung.</p>"
            ),
            "tipps": (
                "<p>Sammeln Sie gespendete Räder, bevor Sie eröffnen. Ein Werkzeugsatz guter "
                "Qualität lohnt sich. Jugendliche als Helferinnen und Helfer zu gewinnen, macht "
                "die Werkstatt lebendig.</p>"
            ),
        },
        {
            "title": "Seniorencafé mit Erzählrunde in Gremberghoven",
            "teaser": (
                "Ältere Menschen treffen sich zu Kaffee und Kuchen – und erzählen Geschichten aus "
                "der Eisenbahnersiedlung."
            ),
            "since": "2013",
            "funding": (
                "Mittel aus dem Programm Lebenswerte Veedel, Unterstützung der Kirchengemeinde und Spenden"
            ),
            "topics": ["senioren", "kultur", "engagement"],
            "target_groups": ["senioren"],
            "featured": False,
            "ausgangslage": (
                "<p>In Gremberghoven leben viele ältere Menschen, die schon ihr ganzes Leben hier "
                "wohnen. Viele Familien sind eng mit der Eisenbahn verbunden. Nach dem Tod des "
                "Partners oder dem Wegzug der Kinder sind viele allein.</p>"
            ),
            "ziele": (
                "<ul><li>Einsamkeit im Alter vorbeugen</li><li>Erinnerungen und Geschichte des "
                "Ortes bewahren</li><li>Begegnung zwischen Alt und Jung schaffen</li><li>ältere "
                "Menschen mit Angeboten im Sozialraum verbinden</li></ul>"
            ),
            "vorgehen": (
                "<p>Jeden Mittwochnachmittag öffnet das Seniorencafé im Gemeindehaus. "
                "Ehrenamtliche backen Kuchen und kochen Kaffee. Einmal im Monat gibt es eine "
                "Erzählrunde zu einem Thema, zum Beispiel Kindheit in der Siedlung oder Arbeit am "
                "Bahnhof. Schulklassen kommen manchmal dazu und hören zu. Aus den Erzählungen ist "
                "ein kleines Heft entstanden.</p>"
            ),
            "beteiligte": [
                {"name": "Kirchengemeinde vor Ort", "role": "stellt das Gemeindehaus"},
                {"name": "Bürgerverein", "role": "sammelt alte Fotos und Dokumente"},
                {"name": "Grundschule vor Ort", "role": "besucht die Erzählrunden mit Schulklassen"},
                {"name": "Seniorenberatung", "role": "berät im Café zu Hilfen im Alltag"},
            ],
            "ergebnisse": (
                "<p>Das Seniorencafé ist für viele der feste Termin der Woche. Das Heft mit den "
                "Geschichten ist im Ort sehr beliebt. Zwischen den Schulkindern und den älteren "
                "Gästen sind schöne Begegnungen entstanden.</p>"
            ),
            "kontakt": (
                "<p>Sozialraumkoordination Porz-Ost, Frankfurter Straße 700, 51149 Köln. Telefon "
                "0221 99 99 0-21, E-Mail porz-ost@sozialraumkoordination.example. Sprechzeiten: "
                "Dienstag 9–11 Uhr, Donnerstag 14–17 Uhr und nach Vereinbarung.</p>"
            ),
            "tipps": (
                "<p>Ein festes Thema macht das Erzählen leichter. Alte Fotos sind ein guter "
                "Einstieg. Laden Sie Schulklassen ein, das bringt Leben ins Café.</p>"
            ),
        },
    ],
}
