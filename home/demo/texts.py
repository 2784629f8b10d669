"""German demo texts for the Sozialraumkoordination Köln portal.

All content is fictitious demo data for a development installation: no real persons, the e-mail
addresses use the reserved domain ``sozialraumkoordination.example`` and the phone numbers are
obviously fictitious. Page bodies are lists of ``(block_type, value)`` tuples using the block types
``heading``, ``paragraph``, ``quote`` and ``accordion``.
"""

LANDING = {
    "title": "Sozialraumkoordination Köln",
    "tagline": "Elf Veedel, ein Portal: Hier finden Sie Hilfe, Angebote und Menschen in Ihrer Nähe.",
    "intro": (
        "Willkommen bei „Aus den Veedeln – für die Stadt“. Dieses Portal zeigt die Arbeit der "
        "elf Sozialraumkoordinationen in Köln. Hier finden Sie Neuigkeiten, Termine und "
        "Ansprechstellen aus Ihrem Veedel – in einfacher Sprache."
    ),
    "footer_text": (
        "Ein gemeinsames Portal der elf Sozialraumkoordinationen im Programm „Lebenswerte "
        "Veedel – Bürger- und Sozialraumorientierung in Köln“. Dies ist eine "
        "Demo-Installation mit Beispieltexten."
    ),
}

LANDING_PAGES = [
    {
        "slug": "das-konzept",
        "title": "Das Konzept",
        "intro": (
            "Das Programm „Lebenswerte Veedel“ will das Leben in den Kölner Stadtteilen "
            "besser machen. Hier erklären wir, wie es funktioniert und wer mitmacht."
        ),
        "body": [
            ("heading", {"text": "Worum geht es?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Seit 2006 gibt es in Köln das Programm „Lebenswerte Veedel – Bürger- "
                    "und Sozialraumorientierung in Köln“. Verwaltung, Politik und die Liga "
                    "der Wohlfahrtsverbände haben es gemeinsam entwickelt. Das Ziel ist "
                    "einfach: Die Menschen sollen gut in ihrem Veedel leben "
                    "können.</p><p>Heute gibt es elf Sozialräume in Köln. In jedem Sozialraum "
                    "arbeitet eine Sozialraumkoordination. Sie bringt Menschen, Vereine, "
                    "Einrichtungen und die Stadtverwaltung zusammen. So entstehen gemeinsam "
                    "neue Ideen und Hilfen direkt vor Ort – früh und in der Nähe.</p>"
                ),
            ),
            ("heading", {"text": "Vier Ziele", "level": "h2"}),
            ("paragraph", "<p>Das Programm hat vier Ziele. Sie hängen eng zusammen.</p>"),
            ("heading", {"text": "Partizipation", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>Partizipation heißt Mitmachen. Die Menschen im Veedel wissen selbst "
                    "am besten, was gut ist und was fehlt. Deshalb fragen wir nach. "
                    "Bewohnerinnen und Bewohner bringen ihre Ideen ein und reden mit, wenn "
                    "sich etwas verändert. Dafür braucht niemand besondere Kenntnisse.</p>"
                ),
            ),
            ("heading", {"text": "Prävention", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>Prävention heißt Vorbeugen. Hilfe soll früh kommen, nicht erst, wenn "
                    "die Not groß ist. Darum gibt es Angebote für Familien mit kleinen "
                    "Kindern, für Jugendliche und für ältere Menschen. Sie sind nah am "
                    "Wohnort und leicht zu finden.</p>"
                ),
            ),
            ("heading", {"text": "Integration", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>Integration heißt Zusammenleben. In den Veedeln wohnen Menschen aus "
                    "vielen Ländern und mit vielen Sprachen. Alle gehören dazu. Wir "
                    "unterstützen Begegnung, Sprachkurse, Nachbarschaftsfeste und "
                    "Informationen in mehreren Sprachen.</p>"
                ),
            ),
            ("heading", {"text": "Kooperation", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>Kooperation heißt Zusammenarbeit. Schulen, Kitas, Vereine, "
                    "Religionsgemeinschaften, Wohnungsgesellschaften, Ämter und freie Träger "
                    "stimmen sich ab. So gibt es weniger doppelte Arbeit und mehr Hilfe aus "
                    "einer Hand.</p>"
                ),
            ),
            ("heading", {"text": "Was macht die Sozialraumkoordination?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Die Koordinatorinnen und Koordinatoren arbeiten direkt im Veedel. Sie "
                    "haben ein Büro vor Ort und kennen viele Menschen. Das sind ihre "
                    "Aufgaben:</p><ul><li><b>Themen aufgreifen:</b> Was beschäftigt die "
                    "Menschen gerade? Zum Beispiel Wohnen, Arbeit, Gesundheit oder "
                    "Sauberkeit.</li><li><b>Angebote prüfen:</b> Welche Hilfen gibt es schon? "
                    "Wo fehlt etwas?</li><li><b>Menschen verbinden:</b> Die Koordination "
                    "stellt Kontakte her – zwischen Nachbarschaft, Vereinen, Einrichtungen "
                    "und der Stadt.</li><li><b>Projekte unterstützen:</b> Sie hilft bei der "
                    "Planung, bei Anträgen und bei der Suche nach Partnern.</li></ul><p>Die "
                    "Koordination ersetzt keine Beratungsstelle. Aber sie weiß, wo es Hilfe "
                    "gibt, und zeigt Ihnen den Weg.</p>"
                ),
            ),
            ("heading", {"text": "Neue Themen im Veedel", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Es geht nicht nur um soziale Hilfen. Auch Klimaschutz, Umwelt, "
                    "gesunde Ernährung und gute Stadtplanung sind wichtige Themen in den "
                    "Veedeln. Es gibt zum Beispiel Gemeinschaftsgärten, Reparatur-Treffs und "
                    "Kochkurse für Familien. Auch die Frühen Hilfen, die Arbeit mit Kindern "
                    "und Jugendlichen und die Seniorenarbeit gehören dazu.</p>"
                ),
            ),
            ("heading", {"text": "Aus den Veedeln – für die Stadt", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Dieses Portal verbindet alle elf Sozialräume. Jeder Sozialraum hat "
                    "eigene Seiten mit Neuigkeiten, Terminen und Adressen. Das Portal lebt "
                    "vom Mitmachen: Einrichtungen, Vereine und Initiativen können ihre "
                    "Angebote über die Koordination veröffentlichen. Gute Beispiele aus einem "
                    "Veedel können so auch andere Veedel anregen.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Früher wusste ich nicht, wohin ich mit meiner Frage gehen soll. Im "
                        "Stadtteilbüro hat man mir zugehört und mir die richtige Stelle "
                        "gezeigt."
                    ),
                    "attribution": "Bewohnerin aus einem Kölner Veedel",
                },
            ),
            (
                "accordion",
                {
                    "title": "Häufige Fragen",
                    "items": [
                        {
                            "question": "Was ist ein Sozialraum?",
                            "answer": (
                                "<p>Ein Sozialraum ist ein Gebiet, in dem Menschen zusammen "
                                "leben. Das kann ein Stadtteil sein oder mehrere Stadtteile "
                                "zusammen. In Köln gibt es elf Sozialräume im Programm "
                                "„Lebenswerte Veedel“.</p>"
                            ),
                        },
                        {
                            "question": "Wer kann mitmachen?",
                            "answer": (
                                "<p>Alle, die im Veedel wohnen, arbeiten oder sich "
                                "engagieren. Sie brauchen keine Mitgliedschaft und keine "
                                "perfekten Deutschkenntnisse. Kommen Sie einfach vorbei.</p>"
                            ),
                        },
                        {
                            "question": "Kostet das etwas?",
                            "answer": (
                                "<p>Nein. Die Sozialraumkoordination ist kostenlos. Viele "
                                "Angebote im Veedel sind ebenfalls kostenlos oder kosten nur "
                                "wenig.</p>"
                            ),
                        },
                        {
                            "question": "Wie finde ich die Koordination in meinem Veedel?",
                            "answer": (
                                "<p>Wählen Sie auf der Startseite Ihren Sozialraum aus. Auf "
                                "der Seite „Kontakt“ des Sozialraums stehen Adresse, Telefon "
                                "und Sprechzeiten.</p>"
                            ),
                        },
                    ],
                },
            ),
        ],
    },
    {
        "slug": "impressum",
        "title": "Impressum",
        "intro": (
            "Angaben zum Anbieter dieses Portals. Bitte beachten Sie: Dies ist eine Demo-Installation."
        ),
        "body": [
            ("heading", {"text": "Hinweis: Demo-Inhalte", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p><b>Diese Website ist eine Entwicklungs- und Testinstallation.</b> "
                    "Alle Texte, Adressen, Telefonnummern und E-Mail-Adressen auf dieser "
                    "Website sind Demo-Inhalte. Sie dienen nur zur Vorführung. Bitte nutzen "
                    "Sie diese Angaben nicht, um jemanden zu erreichen.</p>"
                ),
            ),
            ("heading", {"text": "Herausgeber", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Stadt Köln – Programm Lebenswerte Veedel "
                    "(Demo-Angabe)</p><p>Musterstraße 1, 50667 Köln (Demo)</p><p>E-Mail: "
                    "portal@sozialraumkoordination.example</p>"
                ),
            ),
            ("heading", {"text": "Verantwortlich für den Inhalt", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Redaktion des Portals „Aus den Veedeln – für die Stadt“ "
                    "(Demo-Angabe). Anschrift wie oben.</p>"
                ),
            ),
            ("heading", {"text": "Inhalte der Sozialräume", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Die Seiten der einzelnen Sozialräume pflegen die jeweiligen "
                    "Sozialraumkoordinationen. Sie sind für ihre Inhalte selbst "
                    "verantwortlich. Die Kontaktdaten stehen auf der Kontaktseite jedes "
                    "Sozialraums.</p>"
                ),
            ),
            ("heading", {"text": "Bilder", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Die Bilder auf dieser Demo-Website sind gezeichnete Symbolbilder. Sie "
                    "zeigen keine echten Personen.</p>"
                ),
            ),
            ("heading", {"text": "Haftung", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Wir prüfen die Inhalte sorgfältig. Trotzdem können wir keine Gewähr "
                    "für Richtigkeit, Vollständigkeit und Aktualität übernehmen. Wenn Sie "
                    "einen Fehler finden, schreiben Sie uns bitte.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "datenschutz",
        "title": "Datenschutz",
        "intro": (
            "Wir gehen sorgsam mit Ihren Daten um. Hier erklären wir in einfacher Sprache, "
            "welche Daten wir verarbeiten – und welche nicht."
        ),
        "body": [
            ("heading", {"text": "Das Wichtigste in Kürze", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul><li>Wir verfolgen Sie nicht. Es gibt kein Tracking und keine "
                    "Statistik-Werkzeuge.</li><li>Besucherinnen und Besucher bekommen keine "
                    "Cookies.</li><li>Wir laden keine Schriften, Skripte oder Karten von "
                    "anderen Anbietern.</li><li>Der Server speichert für kurze Zeit "
                    "technische Daten in Logdateien.</li></ul>"
                ),
            ),
            ("heading", {"text": "Wer ist verantwortlich?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Verantwortlich für dieses Portal ist: Stadt Köln – Programm "
                    "Lebenswerte Veedel (Demo-Angabe), Musterstraße 1, 50667 Köln (Demo). "
                    "E-Mail: portal@sozialraumkoordination.example</p>"
                ),
            ),
            ("heading", {"text": "Kein Tracking, keine fremden Inhalte", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Wir nutzen keine Analyse-Dienste und keine Werbung. Wir binden keine "
                    "sozialen Netzwerke ein. Alle Schriften, Bilder, Skripte und Karten "
                    "liefert das Portal selbst aus. Ihr Browser nimmt beim Besuch keine "
                    "Verbindung zu anderen Firmen auf.</p>"
                ),
            ),
            ("heading", {"text": "Cookies", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Normale Besucherinnen und Besucher bekommen keine Cookies. Nur wenn "
                    "sich eine Person aus der Redaktion anmeldet, setzt das Portal zwei "
                    "technisch notwendige Cookies: ein Sitzungs-Cookie für die Anmeldung und "
                    "ein CSRF-Cookie zum Schutz vor Missbrauch von Formularen. Ohne diese "
                    "Cookies funktioniert die Anmeldung nicht sicher. Wir nutzen sie nicht "
                    "für Auswertungen.</p>"
                ),
            ),
            ("heading", {"text": "Server-Logdateien", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Bei jedem Aufruf speichert der Server automatisch einige technische "
                    "Daten: die IP-Adresse, Datum und Uhrzeit, die aufgerufene Seite, den "
                    "Browser-Typ und die übertragene Datenmenge. Wir brauchen diese Daten, um "
                    "den Betrieb zu sichern und Fehler oder Angriffe zu erkennen. Wir geben "
                    "sie nicht weiter. Die Logdateien werden nach kurzer Zeit automatisch "
                    "gelöscht.</p><p>Die Rechtsgrundlage ist Artikel 6 Absatz 1 der "
                    "Datenschutz-Grundverordnung (DSGVO).</p>"
                ),
            ),
            ("heading", {"text": "Wenn Sie uns schreiben", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Wenn Sie uns eine E-Mail schicken, nutzen wir Ihre Angaben nur, um "
                    "Ihre Frage zu beantworten. Danach löschen wir die Nachricht, wenn wir "
                    "sie nicht aufbewahren müssen.</p>"
                ),
            ),
            ("heading", {"text": "Ihre Rechte", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Nach der DSGVO haben Sie diese Rechte:</p><ul><li><b>Auskunft:</b> "
                    "Sie können fragen, welche Daten wir über Sie "
                    "speichern.</li><li><b>Berichtigung:</b> Falsche Daten korrigieren "
                    "wir.</li><li><b>Löschung:</b> Sie können verlangen, dass wir Ihre Daten "
                    "löschen.</li><li><b>Einschränkung und Widerspruch:</b> In bestimmten "
                    "Fällen können Sie der Verarbeitung "
                    "widersprechen.</li><li><b>Beschwerde:</b> Sie können sich bei der "
                    "Aufsichtsbehörde beschweren. In Nordrhein-Westfalen ist das die LDI NRW "
                    "(Landesbeauftragte für Datenschutz und Informationsfreiheit "
                    "Nordrhein-Westfalen).</li></ul>"
                ),
            ),
            ("heading", {"text": "Kontakt", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Sie haben Fragen zum Datenschutz? Schreiben Sie an "
                    "portal@sozialraumkoordination.example. Wir antworten so schnell wie "
                    "möglich.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "barrierefreiheit",
        "title": "Erklärung zur Barrierefreiheit",
        "intro": (
            "Alle Menschen sollen dieses Portal gut nutzen können. Hier lesen Sie, was wir "
            "dafür tun und wo es noch Grenzen gibt."
        ),
        "body": [
            ("heading", {"text": "Unser Ziel", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Das Portal soll die Web Content Accessibility Guidelines (WCAG) 2.1 "
                    "auf Stufe AA erfüllen. Das verlangt auch die "
                    "Barrierefreie-Informationstechnik-Verordnung (BITV 2.0). Diese Erklärung "
                    "gilt für das gemeinsame Portal und für die Seiten aller elf "
                    "Sozialräume.</p>"
                ),
            ),
            ("heading", {"text": "Was wir tun", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul><li>Alle Seiten lassen sich mit der Tastatur bedienen. Man sieht "
                    "immer, wo man gerade ist.</li><li>Texte und Hintergründe haben einen "
                    "starken Kontrast.</li><li>Bilder haben Alternativtexte. Auch die "
                    "gezeichneten Symbolbilder sind beschrieben.</li><li>Überschriften und "
                    "Listen sind sauber aufgebaut. So können Screenreader die Seiten gut "
                    "vorlesen.</li><li>Das Portal gibt es in mehreren Sprachen. Arabisch wird "
                    "richtig von rechts nach links angezeigt.</li><li>Wir schreiben in "
                    "einfacher Sprache: kurze Sätze und bekannte Wörter.</li><li>Die Schrift "
                    "lässt sich vergrößern, ohne dass Inhalte verloren gehen.</li><li>Links "
                    "und Schaltflächen haben klare, verständliche Namen.</li><li>Wir prüfen "
                    "neue Seiten regelmäßig auf Barrieren.</li></ul>"
                ),
            ),
            ("heading", {"text": "Was noch nicht barrierefrei ist", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Manche PDF-Dokumente kommen von Partnern aus den Veedeln, zum "
                    "Beispiel Flyer oder Programme. Diese Dateien sind vielleicht nicht "
                    "barrierefrei. Wir bitten die Partner um barrierefreie Dateien. Wenn Sie "
                    "Hilfe brauchen, schicken wir Ihnen den Inhalt gerne in einer anderen "
                    "Form.</p><p>Noch nicht alle Texte gibt es in allen Sprachen.</p>"
                ),
            ),
            ("heading", {"text": "Wie ist diese Erklärung entstanden?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Die Erklärung beruht auf einer Selbstbewertung. Sie ist ein Beispiel "
                    "für diese Demo-Installation.</p>"
                ),
            ),
            ("heading", {"text": "Barrieren melden", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Haben Sie eine Barriere gefunden? Oder brauchen Sie einen Inhalt in "
                    "anderer Form? Schreiben Sie uns: portal@sozialraumkoordination.example. "
                    "Bitte nennen Sie kurz die Seite, auf der das Problem auftritt. Wir "
                    "melden uns so schnell wie möglich.</p>"
                ),
            ),
            ("heading", {"text": "Schlichtungsverfahren", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Sind Sie mit unserer Antwort nicht zufrieden? Dann können Sie sich an "
                    "die Schlichtungsstelle nach dem Behindertengleichstellungsgesetz NRW "
                    "wenden. Die Schlichtung ist kostenlos. Sie brauchen dafür keine Anwältin "
                    "und keinen Anwalt.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "kontakt",
        "title": "Kontakt",
        "intro": (
            "So erreichen Sie uns. Bei Fragen zu Ihrem Veedel wenden Sie sich am besten "
            "direkt an die Koordination vor Ort."
        ),
        "body": [
            ("heading", {"text": "Redaktion des Portals", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Sie haben eine Frage zum Portal, einen Fehler gefunden oder eine "
                    "Idee? Schreiben Sie an die Redaktion: "
                    "<b>portal@sozialraumkoordination.example</b></p><p>Post: Stadt Köln – "
                    "Programm Lebenswerte Veedel (Demo-Angabe), Musterstraße 1, 50667 Köln "
                    "(Demo)</p>"
                ),
            ),
            ("heading", {"text": "Ihre Koordination im Veedel", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Jeder der elf Sozialräume hat eine eigene Sozialraumkoordination. "
                    "Dort bekommen Sie Auskunft zu Angeboten, Treffpunkten und Projekten in "
                    "Ihrer Nähe. Adresse, Telefon und Sprechzeiten finden Sie auf der Seite "
                    "„Kontakt“ jedes Sozialraums.</p><p>Sie sprechen wenig Deutsch? Kein "
                    "Problem. Bringen Sie gern eine Person mit, die übersetzt. Oft finden wir "
                    "auch gemeinsam eine Lösung.</p>"
                ),
            ),
            ("heading", {"text": "Presse und Partner", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Sie arbeiten bei einer Zeitung, einem Verein oder einer Einrichtung "
                    "und möchten mehr über das Programm „Lebenswerte Veedel“ wissen? "
                    "Schreiben Sie ebenfalls an die Redaktion. Wir leiten Ihre Anfrage an die "
                    "passende Stelle weiter.</p>"
                ),
            ),
        ],
    },
]

SOZIALRAEUME = {
    "bickendorf": {
        "tagline": "Gartenstadt, gute Nachbarschaft und viel Grün im Kölner Westen.",
        "intro": (
            "Willkommen im Sozialraum Bickendorf, Westend und Ossendorf. Hier wohnen "
            "Familien, junge Leute und ältere Menschen Tür an Tür. Auf dieser Seite finden "
            "Sie Neuigkeiten, Termine und Hilfe in Ihrer Nähe."
        ),
        "home_body": [
            ("heading", {"text": "Gerade im Veedel", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Im Frühjahr bepflanzen Nachbarinnen und Nachbarn wieder die Beete "
                    "rund um die Straßenbäume. Wer mitmachen möchte, bekommt Erde und Samen "
                    "kostenlos. Außerdem gibt es jeden Monat ein offenes Frühstück für alle "
                    "Generationen.</p>"
                ),
            ),
            ("heading", {"text": "Machen Sie mit!", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Sie haben eine Idee für Ihre Straße? Oder möchten Sie ein paar "
                    "Stunden im Monat helfen? Melden Sie sich bei der Sozialraumkoordination. "
                    "Wir bringen Sie mit den richtigen Leuten zusammen.</p>"
                ),
            ),
        ],
        "about": {
            "intro": (
                "Bickendorf, Westend und Ossendorf liegen im Stadtbezirk Ehrenfeld, im Westen "
                "von Köln. Drei Veedel mit eigener Geschichte – und mit viel Gemeinsamem."
            ),
            "body": [
                ("heading", {"text": "Wo wir sind", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Der Sozialraum liegt nordwestlich der Kölner Innenstadt. Die "
                        "Venloer Straße verbindet ihn mit Ehrenfeld und dem Zentrum. Mit Bahn "
                        "und Bus ist man schnell in der Stadt. Gleichzeitig gibt es viele "
                        "Grünflächen, Gärten und Spielplätze.</p>"
                    ),
                ),
                ("heading", {"text": "Gartenstadt mit Geschichte", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Bekannt ist Bickendorf für seine Siedlungen im Stil der "
                        "Gartenstadt. Die Häuser sind niedrig, haben kleine Gärten und liegen "
                        "an ruhigen Wegen. Sie entstanden in der ersten Hälfte des 20. "
                        "Jahrhunderts. Damals wollte man gesunde und bezahlbare Wohnungen mit "
                        "Licht und Grün bauen. Noch heute prägen diese Siedlungen das Bild "
                        "des Veedels.</p><p>In Ossendorf lag früher der Flughafen "
                        "Butzweilerhof. Auf dem alten Gelände gibt es heute Firmen, "
                        "Veranstaltungsorte und Wohnungen. Zwischen den Veedeln liegen "
                        "Wohnanlagen aus verschiedenen Jahrzehnten.</p>"
                    ),
                ),
                ("heading", {"text": "Wer hier lebt", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Im Sozialraum leben Menschen aller Altersgruppen und aus vielen "
                        "Herkunftsländern. Es gibt alteingesessene Kölner Familien, junge "
                        "Familien und viele ältere Menschen, die schon lange hier wohnen. "
                        "Gute Nachbarschaft ist vielen wichtig. Man grüßt sich auf der Straße "
                        "und hilft sich.</p>"
                    ),
                ),
                ("heading", {"text": "Treffpunkte im Alltag", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Wichtige Orte für Begegnung sind die Plätze vor den Kirchen, die "
                        "Spielplätze und die kleinen Geschäfte an der Venloer Straße. Im "
                        "Sommer feiern viele Straßen und Siedlungen eigene Feste. Wer neu ins "
                        "Veedel zieht, findet dort schnell erste Kontakte. Auch Sportvereine "
                        "und Kleingärten bringen Menschen zusammen.</p>"
                    ),
                ),
                ("heading", {"text": "Netzwerke im Sozialraum", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Kitas, Schulen, Kirchengemeinden, Vereine, Seniorentreffs und "
                        "Beratungsstellen arbeiten eng zusammen. Mehrmals im Jahr trifft sich "
                        "die Stadtteilkonferenz. Dort tauschen sich alle aus und planen "
                        "gemeinsame Aktionen. Dazu kommen Arbeitskreise, zum Beispiel zu "
                        "Kindern und Familien oder zum Älterwerden im Veedel.</p>"
                    ),
                ),
                ("heading", {"text": "Woran die Koordination arbeitet", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>Gute Nachbarschaft zwischen Alt und Jung</li><li>Treffpunkte "
                        "für Seniorinnen und Senioren</li><li>Angebote für Familien, die neu "
                        "ins Veedel ziehen</li><li>Mehr Grün und saubere Plätze</li></ul>"
                    ),
                ),
            ],
        },
        "coordination": {
            "intro": (
                "Die Sozialraumkoordination ist Ihre Anlaufstelle für Fragen rund um das "
                "Veedel. Sie vernetzt Menschen und Einrichtungen in Bickendorf, Westend und "
                "Ossendorf."
            ),
            "body": [
                ("heading", {"text": "Was wir für Sie tun", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Wir hören zu, wenn Sie ein Anliegen haben. Wir wissen, welche "
                        "Angebote es gibt, und vermitteln Kontakte. Wir laden zur "
                        "Stadtteilkonferenz ein und unterstützen neue Projekte – vom "
                        "Nachbarschaftsfest bis zur Hausaufgabenhilfe.</p>"
                    ),
                ),
                ("heading", {"text": "Für wen wir da sind", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Wir sind für alle da, die im Sozialraum wohnen oder arbeiten: "
                        "Bewohnerinnen und Bewohner, Fachleute aus Einrichtungen, Vereine und "
                        "Initiativen. Die Beratung ist kostenlos und vertraulich.</p>"
                    ),
                ),
                ("heading", {"text": "So erreichen Sie uns", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Unser Büro liegt an der Rochusstraße. Kommen Sie in die offene "
                        "Sprechstunde oder rufen Sie an. Wir vereinbaren gern auch einen "
                        "Termin zu einer anderen Zeit.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "title": "Fragen an die Koordination",
                        "items": [
                            {
                                "question": "Muss ich vorher einen Termin machen?",
                                "answer": (
                                    "<p>Nein. In der Sprechstunde können Sie einfach "
                                    "vorbeikommen. Für längere Gespräche vereinbaren wir gern "
                                    "einen Termin.</p>"
                                ),
                            },
                            {
                                "question": "Ich habe eine Idee für ein Projekt. Was nun?",
                                "answer": (
                                    "<p>Erzählen Sie uns davon. Wir überlegen gemeinsam, wer "
                                    "helfen kann und ob es Fördergeld gibt.</p>"
                                ),
                            },
                            {
                                "question": "Helfen Sie auch bei Anträgen?",
                                "answer": (
                                    "<p>Wir beraten nicht selbst zu Anträgen bei Ämtern. Aber "
                                    "wir sagen Ihnen, welche Beratungsstelle im Veedel "
                                    "weiterhilft.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        "contact": {
            "name": "Sozialraumkoordination Bickendorf",
            "organisation": "Träger der freien Wohlfahrtspflege (Demo-Angabe)",
            "street": "Rochusstraße 140",
            "postcode": "50827",
            "phone": "0221 99 99 0-11",
            "email": "bickendorf@sozialraumkoordination.example",
            "office_hours": "Montag 10–12 Uhr, Mittwoch 14–16 Uhr und nach Vereinbarung",
        },
        "picture": {
            "motif": "siedlung",
            "description": (
                "Gezeichnete kleine Häuser mit spitzen Dächern in Petrolblau unter einer "
                "gelben Sonne – Symbolbild für die Gartenstadt-Siedlungen in Bickendorf"
            ),
        },
    },
    "bilderstoeckchen": {
        "tagline": "Ein grünes Wohnveedel im Stadtbezirk Nippes – mit dem Blücherpark vor der Tür.",
        "intro": (
            "Bilderstöckchen ist ein Wohnveedel mit vielen Familien und viel Grün. Hier kennt "
            "man sich – und wer neu ist, findet schnell Anschluss. Schauen Sie, was im Veedel "
            "los ist."
        ),
        "home_body": [
            ("heading", {"text": "Neu im Veedel", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Jeden Donnerstag treffen sich Eltern mit kleinen Kindern im "
                    "Familiencafé. Es gibt Kaffee, Spielsachen und Fachleute, die Fragen "
                    "beantworten. Auch Großeltern sind herzlich willkommen.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Im Familiencafé habe ich andere Mütter kennengelernt. Jetzt gehen "
                        "wir zusammen auf den Spielplatz."
                    ),
                    "attribution": "Mutter aus Bilderstöckchen",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Sie möchten selbst etwas anbieten, zum Beispiel einen Spieletreff "
                    "oder eine Nähgruppe? Sprechen Sie uns an. Wir helfen bei Raum, Werbung "
                    "und Kontakten.</p>"
                ),
            ),
        ],
        "about": {
            "intro": (
                "Bilderstöckchen gehört zum Stadtbezirk Nippes. Das Veedel liegt im Norden "
                "der Innenstadt, zwischen Bahnlinien, großen Straßen und Grünanlagen."
            ),
            "body": [
                ("heading", {"text": "Ein Name mit Geschichte", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Der Name Bilderstöckchen erinnert an einen Bildstock. So nennt "
                        "man ein kleines Heiligenhäuschen am Wegesrand. Früher gab es hier "
                        "vor allem Felder. Heute ist Bilderstöckchen ein lebendiges "
                        "Wohnveedel.</p>"
                    ),
                ),
                ("heading", {"text": "Wohnen und Leben", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Im Veedel gibt es große Wohnanlagen, Mehrfamilienhäuser und "
                        "kleine Siedlungshäuser. Viele Familien mit Kindern leben hier, dazu "
                        "ältere Menschen, die schon lange im Viertel wohnen. Die Menschen "
                        "kommen aus vielen Ländern. Auf der Straße hört man viele "
                        "Sprachen.</p><p>Ein besonderer Ort ist der Blücherpark. Dort gibt es "
                        "Wiesen, alte Bäume und einen Weiher. Im Sommer treffen sich hier "
                        "Familien zum Spielen, Grillen und Ausruhen.</p>"
                    ),
                ),
                ("heading", {"text": "Unterwegs im Veedel", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Bilderstöckchen ist gut angebunden. Stadtbahn und Busse fahren in "
                        "wenigen Minuten nach Nippes, Ehrenfeld und in die Innenstadt. "
                        "Trotzdem gibt es ruhige Ecken mit Gärten und kleinen Wegen. Für "
                        "Kinder gibt es Spielplätze, Bolzplätze und Angebote der offenen "
                        "Jugendarbeit. Ältere Menschen treffen sich in Seniorentreffs und bei "
                        "den Kirchengemeinden.</p>"
                    ),
                ),
                ("heading", {"text": "Zusammenarbeit im Veedel", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Kitas, Grundschulen, weiterführende Schulen, Jugendeinrichtungen, "
                        "Kirchengemeinden und Beratungsstellen arbeiten zusammen. In der "
                        "Stadtteilkonferenz treffen sie sich regelmäßig. In Arbeitskreisen "
                        "geht es zum Beispiel um Frühe Hilfen, um Jugendliche oder um das "
                        "Wohnumfeld. Auch engagierte Bewohnerinnen und Bewohner machen "
                        "mit.</p>"
                    ),
                ),
                ("heading", {"text": "Woran wir arbeiten", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>Frühe Hilfen: Unterstützung für Familien mit Babys und "
                        "kleinen Kindern</li><li>Der Weg von der Schule in den "
                        "Beruf</li><li>Sprachkurse und Begegnung für Familien, die neu "
                        "zugezogen sind</li><li>Saubere und sichere Wege und "
                        "Spielplätze</li><li>Treffpunkte für ältere Menschen, damit niemand "
                        "allein bleibt</li></ul><p>Viele Ideen kommen von den Bewohnerinnen "
                        "und Bewohnern selbst. Genau so soll es sein. Denn wer im Veedel "
                        "lebt, weiß am besten, was gebraucht wird.</p>"
                    ),
                ),
            ],
        },
        "coordination": {
            "intro": (
                "Die Sozialraumkoordination Bilderstöckchen ist eine Art Lotse im Veedel. Wir "
                "kennen die Angebote und bringen die richtigen Menschen zusammen."
            ),
            "body": [
                ("heading", {"text": "Unsere Aufgaben", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Wir sammeln Fragen und Wünsche aus dem Veedel. Wir schauen, was "
                        "es schon gibt und was fehlt. Dann suchen wir Partner und helfen, "
                        "neue Angebote aufzubauen. Außerdem pflegen wir die Seiten dieses "
                        "Portals für Bilderstöckchen.</p>"
                    ),
                ),
                ("heading", {"text": "Gemeinsam mit anderen", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Wir arbeiten eng mit den Einrichtungen im Veedel zusammen. "
                        "Zweimal im Jahr laden wir zur Stadtteilkonferenz ein. Dort stellen "
                        "wir neue Angebote vor und besprechen, was im Veedel gerade wichtig "
                        "ist. Alle Interessierten sind willkommen, auch Bewohnerinnen und "
                        "Bewohner.</p>"
                    ),
                ),
                ("heading", {"text": "Besuchen Sie uns", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Sie finden uns an der Escher Straße. Die Sprechstunde ist offen "
                        "für alle. Sie können auch anrufen oder eine E-Mail schreiben.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "title": "Gut zu wissen",
                        "items": [
                            {
                                "question": "Kann ich meine Veranstaltung hier veröffentlichen?",
                                "answer": (
                                    "<p>Ja. Schicken Sie uns Datum, Uhrzeit, Ort und eine "
                                    "kurze Beschreibung. Wir stellen den Termin in den "
                                    "Veranstaltungskalender.</p>"
                                ),
                            },
                            {
                                "question": "Sprechen Sie auch andere Sprachen?",
                                "answer": (
                                    "<p>Wir sprechen nicht alle Sprachen. Aber wir kennen "
                                    "Menschen im Veedel, die beim Übersetzen helfen. Bringen "
                                    "Sie gern jemanden mit.</p>"
                                ),
                            },
                            {
                                "question": "Was kostet die Beratung?",
                                "answer": "<p>Nichts. Unsere Beratung ist kostenlos und vertraulich.</p>",
                            },
                        ],
                    },
                ),
            ],
        },
        "contact": {
            "name": "Sozialraumkoordination Bilderstöckchen",
            "organisation": "Gemeinnütziger Verein für Stadtteilarbeit (Demo-Angabe)",
            "street": "Escher Straße 160",
            "postcode": "50739",
            "phone": "0221 99 99 0-12",
            "email": "bilderstoeckchen@sozialraumkoordination.example",
            "office_hours": "Dienstag 10–12 Uhr, Donnerstag 14–16 Uhr und nach Vereinbarung",
        },
        "picture": {
            "motif": "park",
            "description": (
                "Gezeichnete Reihe großer Parkbäume in warmen Rost- und Grüntönen unter einer "
                "gelben Sonne – Symbolbild für Bilderstöckchen"
            ),
        },
    },
    "chorweiler": {
        "tagline": "Viele Kulturen, weiter Blick und junge Nachbarschaft im Kölner Norden.",
        "intro": (
            "Im Sozialraum Blumenberg, Chorweiler und Seeberg-Nord leben Menschen aus sehr "
            "vielen Ländern zusammen. Das macht den Kölner Norden jung und lebendig. Hier "
            "finden Sie Angebote, Termine und Ansprechstellen."
        ),
        "home_body": [
            ("heading", {"text": "Was gerade passiert", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Auf dem Pariser Platz gibt es im Sommer wieder ein großes "
                    "Nachbarschaftsfest. Vereine, Schulen und Gemeinden zeigen, was sie "
                    "machen. Es gibt Musik, Essen aus vielen Ländern und Spiele für "
                    "Kinder.</p>"
                ),
            ),
            ("heading", {"text": "Helfen Sie mit", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Für das Fest suchen wir noch Helferinnen und Helfer. Sie können einen "
                    "Stand betreuen, beim Aufbau helfen oder übersetzen. Jede Hilfe zählt – "
                    "und jede Sprache auch!</p>"
                ),
            ),
        ],
        "about": {
            "intro": (
                "Der Sozialraum liegt im Norden Kölns, im Stadtbezirk Chorweiler. Er umfasst "
                "Blumenberg, Chorweiler und Seeberg-Nord."
            ),
            "body": [
                ("heading", {"text": "Eine Stadt in der Stadt", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Chorweiler wurde in den 1970er Jahren als neuer Stadtteil "
                        "geplant. Damals entstanden die bekannten Hochhäuser rund um den "
                        "Pariser Platz und den Liverpooler Platz. In der Mitte liegen "
                        "Geschäfte, Arztpraxen, die Stadtteilbibliothek und der Bahnhof. Von "
                        "den oberen Etagen sieht man weit über Köln.</p><p>Blumenberg ist "
                        "jünger. Hier gibt es viele Reihenhäuser und kleinere Wohnhäuser. "
                        "Seeberg-Nord liegt nah am Fühlinger See, einem großen "
                        "Erholungsgebiet mit Wasser, Wiesen und Radwegen.</p>"
                    ),
                ),
                ("heading", {"text": "Viele Sprachen, eine Nachbarschaft", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Im Kölner Norden leben Menschen aus sehr vielen Nationen. Viele "
                        "Familien haben Kinder. Das Veedel ist deshalb besonders jung. Die "
                        "Vielfalt ist eine große Stärke: Es gibt viele Sprachen, viele Feste "
                        "und viel Wissen aus der ganzen Welt.</p>"
                    ),
                ),
                ("heading", {"text": "Gut verbunden", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Chorweiler hat einen eigenen Bahnhof. S-Bahn und Stadtbahn fahren "
                        "in die Kölner Innenstadt. Rund um den Bahnhof und die Plätze gibt es "
                        "Geschäfte, Cafés und Treffpunkte. Für Kinder und Jugendliche gibt es "
                        "Spielplätze, Sportplätze und Jugendzentren. Wer Ruhe sucht, findet "
                        "sie am Fühlinger See oder auf den Grünflächen zwischen den "
                        "Häusern.</p>"
                    ),
                ),
                ("heading", {"text": "Starke Netzwerke", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Im Sozialraum gibt es viele engagierte Einrichtungen: "
                        "Familienzentren, Jugendzentren, Schulen, Kirchen- und "
                        "Moscheegemeinden, Migrationsberatung und Vereine. Sie treffen sich "
                        "in der Stadtteilkonferenz und in Arbeitskreisen, zum Beispiel zu "
                        "Bildung, Gesundheit oder Wohnen. Auch die Wohnungsunternehmen sitzen "
                        "mit am Tisch. Viele Angebote gibt es in mehreren Sprachen.</p>"
                    ),
                ),
                ("heading", {"text": "Woran wir arbeiten", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>Bildung von Anfang an – von der Kita bis zum "
                        "Beruf</li><li>Gesundheit im Alltag, zum Beispiel Bewegung und "
                        "gesundes Essen</li><li>Gutes Wohnen, saubere Hauseingänge und schöne "
                        "Plätze</li><li>Beteiligung: Bewohnerinnen und Bewohner reden mit, "
                        "wenn sich etwas im Veedel verändert</li></ul>"
                    ),
                ),
            ],
        },
        "coordination": {
            "intro": (
                "Die Sozialraumkoordination im Kölner Norden verbindet Menschen über viele "
                "Sprachen hinweg. Sie ist Ansprechstelle für Bewohnerinnen, Bewohner und "
                "Fachleute."
            ),
            "body": [
                ("heading", {"text": "Was wir tun", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Wir organisieren Treffen, bei denen Einrichtungen und "
                        "Bewohnerschaft gemeinsam planen. Wir helfen neuen Initiativen, einen "
                        "Raum oder Geld für ihr Projekt zu finden. Und wir geben Anliegen aus "
                        "dem Veedel an Verwaltung und Politik weiter.</p>"
                    ),
                ),
                ("heading", {"text": "Mehrsprachig unterwegs", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Viele Informationen geben wir in einfacher Sprache weiter. Bei "
                        "wichtigen Treffen helfen Sprachmittlerinnen und Sprachmittler aus "
                        "dem Veedel. So können alle mitreden, auch wenn sie noch wenig "
                        "Deutsch sprechen.</p>"
                    ),
                ),
                ("heading", {"text": "Kontakt", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Unser Büro ist direkt am Pariser Platz, mitten im Zentrum von "
                        "Chorweiler. Sie erreichen uns gut mit Bahn und Bus. Der Eingang ist "
                        "ebenerdig.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "title": "Häufige Fragen",
                        "items": [
                            {
                                "question": "Ich bin neu in Köln. Wo bekomme ich Hilfe?",
                                "answer": (
                                    "<p>Kommen Sie in unsere Sprechstunde. Wir zeigen Ihnen "
                                    "Sprachkurse, Beratungsstellen und Treffpunkte in der "
                                    "Nähe.</p>"
                                ),
                            },
                            {
                                "question": "Kann ich bei der Stadtteilkonferenz mitmachen?",
                                "answer": (
                                    "<p>Ja. Die Stadtteilkonferenz ist offen. Auch "
                                    "Bewohnerinnen und Bewohner können teilnehmen. Die "
                                    "Termine stehen im Veranstaltungskalender.</p>"
                                ),
                            },
                            {
                                "question": "Gibt es Angebote für Jugendliche?",
                                "answer": (
                                    "<p>Ja, es gibt mehrere Jugendeinrichtungen und "
                                    "Sportangebote. Wir sagen Ihnen gern, welches Angebot "
                                    "passt.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        "contact": {
            "name": "Sozialraumkoordination Chorweiler",
            "organisation": "Wohlfahrtsverband im Auftrag der Stadt Köln (Demo-Angabe)",
            "street": "Pariser Platz 4",
            "postcode": "50765",
            "phone": "0221 99 99 0-13",
            "email": "chorweiler@sozialraumkoordination.example",
            "office_hours": "Montag 14–16 Uhr, Mittwoch 10–12 Uhr, Freitag 10–12 Uhr und nach Vereinbarung",
        },
        "picture": {
            "motif": "hochhaus",
            "description": (
                "Gezeichnete Hochhäuser mit vielen Fenstern in Dunkelgrün vor hellem Himmel – "
                "Symbolbild für Chorweiler"
            ),
        },
    },
    "bocklemuend": {
        "tagline": "Alter Dorfkern, lebendiges Zentrum und weite Felder am westlichen Stadtrand.",
        "intro": (
            "Bocklemünd und Mengenich liegen ganz im Westen von Köln. Hier treffen ein alter "
            "Dorfkern, große Wohnanlagen und weite Felder aufeinander. Willkommen auf der "
            "Seite Ihres Sozialraums."
        ),
        "home_body": [
            ("heading", {"text": "Aktuell", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Der Seniorentreff lädt jeden Dienstag zu Kaffee und Gesprächen ein. "
                    "Wer nicht mehr gut laufen kann, wird auf Wunsch von Ehrenamtlichen "
                    "abgeholt. Fragen Sie einfach nach.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": "Seit ich in den Seniorentreff gehe, bin ich nicht mehr so oft allein.",
                    "attribution": "Besucherin des Seniorentreffs",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Möchten Sie sich engagieren, zum Beispiel als Lesepatin oder als "
                    "Begleitung beim Einkaufen? Wir freuen uns auf Sie.</p>"
                ),
            ),
        ],
        "about": {
            "intro": (
                "Bocklemünd/Mengenich gehört zum Stadtbezirk Ehrenfeld. Der Sozialraum liegt "
                "am westlichen Stadtrand von Köln."
            ),
            "body": [
                ("heading", {"text": "Zwei Gesichter", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Mengenich ist ein altes Dorf. Den Ortskern mit alten Höfen und "
                        "kleinen Straßen kann man bis heute sehen. Bocklemünd ist größer und "
                        "vielfältiger. Hier gibt es Einfamilienhäuser, Reihenhäuser und große "
                        "Wohnanlagen aus der zweiten Hälfte des 20. Jahrhunderts. Ein "
                        "Mittelpunkt ist das Görlinger-Zentrum mit Geschäften, Schule und "
                        "Stadtteilbibliothek.</p><p>Bekannt ist Bocklemünd auch durch die "
                        "großen Fernseh- und Filmstudios. Viele Kölnerinnen und Kölner kennen "
                        "den Namen deshalb aus dem Fernsehen.</p>"
                    ),
                ),
                ("heading", {"text": "Menschen im Veedel", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Hier wohnen viele ältere Menschen, die seit Jahrzehnten im Veedel "
                        "leben. Gleichzeitig gibt es viele junge Familien, auch mit Wurzeln "
                        "in anderen Ländern. Der Weg in die Innenstadt ist weit. Darum sind "
                        "gute Angebote direkt vor Ort besonders wichtig. Nachbarschaft und "
                        "Vertrauen zählen hier viel. Viele kennen sich aus dem Verein, aus "
                        "der Kirche oder vom Einkaufen.</p>"
                    ),
                ),
                ("heading", {"text": "Zwischen Stadt und Land", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Rund um Bocklemünd und Mengenich gibt es Felder, Wiesen und Wege "
                        "für Spaziergänge und Radtouren. Die Stadtbahn fährt vom "
                        "Görlinger-Zentrum über Bickendorf und Ehrenfeld in die Innenstadt. "
                        "Im Veedel selbst gibt es Spielplätze, Sportanlagen und ruhige Ecken "
                        "zum Ausruhen. Viele Menschen schätzen die Mischung aus Stadt und "
                        "Land.</p>"
                    ),
                ),
                ("heading", {"text": "Gemeinsam stark", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Kirchengemeinden, Kitas, Grundschulen, Bürger- und Sportvereine "
                        "und soziale Dienste arbeiten zusammen. Sie treffen sich in der "
                        "Stadtteilkonferenz. Es gibt Arbeitskreise zu den Themen Senioren, "
                        "Kinder und Jugend sowie Nahversorgung. Viele Ehrenamtliche "
                        "engagieren sich, zum Beispiel in der Nachbarschaftshilfe.</p>"
                    ),
                ),
                ("heading", {"text": "Unsere Themen", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>Älter werden im Veedel: Treffpunkte, Hilfe im Alltag, "
                        "Begleitung</li><li>Nahversorgung: Einkaufen, Arztpraxen und "
                        "Apotheken gut erreichen</li><li>Angebote für Kinder und Jugendliche "
                        "am Nachmittag</li><li>Begegnung zwischen dem alten Dorf und den "
                        "neueren Wohngebieten</li><li>Sichere Wege für Menschen zu Fuß, mit "
                        "Kinderwagen oder Rollator</li></ul>"
                    ),
                ),
            ],
        },
        "coordination": {
            "intro": (
                "Die Sozialraumkoordination Bocklemünd/Mengenich sorgt für kurze Wege. Sie "
                "holt Angebote ins Veedel und bringt Menschen zusammen."
            ),
            "body": [
                ("heading", {"text": "Unsere Arbeit", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Viele Menschen hier wünschen sich mehr Angebote direkt vor der "
                        "Haustür. Wir sprechen deshalb mit Trägern, Vereinen und der Stadt. "
                        "Wir holen Sprechstunden von Beratungsstellen ins Veedel und "
                        "unterstützen die Nachbarschaftshilfe.</p>"
                    ),
                ),
                ("heading", {"text": "Zusammenarbeit", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Wir laden zur Stadtteilkonferenz ein und begleiten die "
                        "Arbeitskreise. Dort besprechen Fachleute und Ehrenamtliche, was gut "
                        "läuft und was fehlt. Die Ergebnisse geben wir an die "
                        "Bezirksvertretung Ehrenfeld und an die Stadtverwaltung weiter.</p>"
                    ),
                ),
                ("heading", {"text": "Erreichbarkeit", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Unser Büro liegt im Görlinger-Zentrum und ist ohne Stufen "
                        "erreichbar. Wer nicht kommen kann, ruft uns an. Wenn nötig, finden "
                        "wir gemeinsam einen anderen Weg.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "title": "Fragen und Antworten",
                        "items": [
                            {
                                "question": "Ich kann nicht mehr gut laufen. Gibt es Hilfe beim Einkaufen?",
                                "answer": (
                                    "<p>Ja, es gibt ehrenamtliche Nachbarschaftshilfe im "
                                    "Veedel. Rufen Sie uns an. Wir stellen den Kontakt "
                                    "her.</p>"
                                ),
                            },
                            {
                                "question": "Wo kann ich mich ehrenamtlich engagieren?",
                                "answer": (
                                    "<p>Viele Einrichtungen suchen Unterstützung. Wir beraten "
                                    "Sie und finden ein Engagement, das zu Ihnen und Ihrer "
                                    "Zeit passt.</p>"
                                ),
                            },
                            {
                                "question": "Kann die Koordination Geld für ein Projekt geben?",
                                "answer": (
                                    "<p>Wir haben selbst nur kleine Mittel. Aber wir kennen "
                                    "Förderprogramme und helfen beim Antrag.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        "contact": {
            "name": "Sozialraumkoordination Bocklemünd/Mengenich",
            "organisation": "Evangelischer Träger der sozialen Arbeit (Demo-Angabe)",
            "street": "Görlinger-Zentrum 12",
            "postcode": "50829",
            "phone": "0221 99 99 0-14",
            "email": "bocklemuend@sozialraumkoordination.example",
            "office_hours": "Dienstag 9–12 Uhr, Donnerstag 15–17 Uhr und nach Vereinbarung",
        },
        "picture": {
            "motif": "markt",
            "description": (
                "Gezeichnete Reihe kleiner Läden mit spitzen Dächern in Violett – Symbolbild "
                "für das Görlinger-Zentrum in Bocklemünd"
            ),
        },
    },
    "buchheim": {
        "tagline": "Die Weiße Stadt, grüne Höfe und kurze Wege auf der rechten Rheinseite.",
        "intro": (
            "Buchheim und Buchforst liegen im Stadtbezirk Mülheim. Zwei Veedel mit ruhigen "
            "Wohnstraßen, guten Verbindungen und engagierten Nachbarschaften. Hier erfahren "
            "Sie, was los ist."
        ),
        "home_body": [
            ("heading", {"text": "Neuigkeiten", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Im Nachbarschaftsgarten wird wieder gepflanzt. Jeden Samstagvormittag "
                    "sind Beete, Werkzeug und gute Laune da. Sie brauchen keine "
                    "Erfahrung.</p><p>Außerdem startet eine neue Gruppe „Deutsch im Alltag“. "
                    "Dort üben Erwachsene Deutsch für den Einkauf, den Arztbesuch und das "
                    "Amt.</p>"
                ),
            ),
            ("heading", {"text": "Dabei sein", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Alle Angebote sind kostenlos. Kommen Sie einfach vorbei oder melden "
                    "Sie sich bei der Sozialraumkoordination.</p>"
                ),
            ),
        ],
        "about": {
            "intro": (
                "Buchheim und Buchforst liegen östlich der Mülheimer Innenstadt, auf der "
                "rechten Rheinseite. Beide gehören zum Stadtbezirk Mülheim."
            ),
            "body": [
                ("heading", {"text": "Lage", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Die beiden Veedel liegen zwischen Mülheim, Kalk und Höhenberg. "
                        "Die Frankfurter Straße und mehrere Bahnlinien führen durch das "
                        "Gebiet. Mit der S-Bahn und der Stadtbahn ist man schnell in der "
                        "Kölner Innenstadt. Trotz des Verkehrs gibt es ruhige Ecken mit "
                        "Bäumen und Gärten.</p>"
                    ),
                ),
                ("heading", {"text": "Die Weiße Stadt", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>In Buchforst steht die „Weiße Stadt“. Das ist eine Siedlung aus "
                        "der Zeit um 1930, mit hellen, klaren Häusern und großen grünen "
                        "Innenhöfen. Sie war damals sehr modern: Licht, Luft und Sonne für "
                        "alle. Heute steht die Siedlung unter Denkmalschutz. Ein Spaziergang "
                        "durch die Höfe lohnt sich.</p>"
                    ),
                ),
                ("heading", {"text": "Zusammenleben", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>In Buchheim und Buchforst wohnen Familien, Alleinerziehende, "
                        "Studierende und ältere Menschen. Viele Bewohnerinnen und Bewohner "
                        "haben Wurzeln in anderen Ländern. Es gibt Schulen, Kitas, "
                        "Sportplätze und kleine Geschäfte. Viele Wege kann man zu Fuß "
                        "erledigen. Die Nachbarschaft ist gemischt und offen.</p>"
                    ),
                ),
                ("heading", {"text": "Treffpunkte", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Wichtige Treffpunkte sind die Familienzentren, die "
                        "Jugendeinrichtungen und die Gemeindehäuser. Im Sommer sind die "
                        "Spielplätze und Grünflächen voll. Viele Vereine bieten Sport, Musik "
                        "und Freizeit an. Auch der Nachbarschaftsgarten ist ein Ort, an dem "
                        "Menschen aus vielen Ländern ins Gespräch kommen. Beim gemeinsamen "
                        "Gärtnern lernt man sich schnell kennen.</p>"
                    ),
                ),
                ("heading", {"text": "Netzwerk im Veedel", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Die Einrichtungen aus Buchheim und Buchforst treffen sich "
                        "regelmäßig im Stadtteilarbeitskreis. Dazu gehören Familienzentren, "
                        "Schulen, die offene Kinder- und Jugendarbeit, Gemeinden und "
                        "Beratungsdienste. Sie planen gemeinsame Feste, tauschen "
                        "Informationen aus und entwickeln neue Angebote.</p>"
                    ),
                ),
                ("heading", {"text": "Schwerpunkte der Koordination", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>Sprache und Bildung für Kinder und Erwachsene</li><li>Grüne "
                        "Orte zum Treffen, zum Beispiel "
                        "Gemeinschaftsgärten</li><li>Unterstützung für "
                        "Alleinerziehende</li><li>Angebote für Seniorinnen und Senioren in "
                        "der Nähe</li><li>Sichere Schulwege für Kinder</li></ul>"
                    ),
                ),
            ],
        },
        "coordination": {
            "intro": (
                "Wir sind Ihre Ansprechstelle in Buchheim und Buchforst. Wir verbinden "
                "Menschen, Ideen und Einrichtungen."
            ),
            "body": [
                ("heading", {"text": "Was wir machen", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Wir kennen die Angebote im Veedel und sagen Ihnen, wo Sie Hilfe "
                        "bekommen. Wir unterstützen Gruppen, die etwas bewegen wollen – zum "
                        "Beispiel einen Garten, einen Sprachtreff oder ein Straßenfest. Wir "
                        "laden zum Stadtteilarbeitskreis ein und schreiben die Neuigkeiten "
                        "für dieses Portal.</p>"
                    ),
                ),
                ("heading", {"text": "Mitreden", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Sie möchten, dass sich in Ihrer Straße etwas ändert? Zum Beispiel "
                        "eine bessere Beleuchtung, mehr Bänke oder ein sicherer Überweg? "
                        "Sagen Sie es uns. Wir sammeln solche Anliegen und bringen sie zur "
                        "Bezirksvertretung und zur Verwaltung.</p>"
                    ),
                ),
                ("heading", {"text": "Wo Sie uns finden", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Unser Büro ist an der Frankfurter Straße. Sie erreichen uns gut "
                        "mit Bus und Bahn.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "title": "Häufige Fragen",
                        "items": [
                            {
                                "question": "Ich möchte einen Gemeinschaftsgarten gründen. Geht das?",
                                "answer": (
                                    "<p>Ja, das ist eine gute Idee. Wir helfen bei der Suche "
                                    "nach einer Fläche und nach Mitstreiterinnen und "
                                    "Mitstreitern.</p>"
                                ),
                            },
                            {
                                "question": "Gibt es Räume für Gruppen?",
                                "answer": (
                                    "<p>Einige Einrichtungen stellen Räume günstig oder "
                                    "kostenlos zur Verfügung. Fragen Sie uns, wir vermitteln "
                                    "gern.</p>"
                                ),
                            },
                            {
                                "question": "Muss ich gut Deutsch sprechen?",
                                "answer": (
                                    "<p>Nein. Wir sprechen langsam und einfach. Sie können "
                                    "auch eine Person zum Übersetzen mitbringen.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        "contact": {
            "name": "Sozialraumkoordination Buchheim/Buchforst",
            "organisation": "Mitgliedsverband der Liga der Wohlfahrtsverbände (Demo-Angabe)",
            "street": "Frankfurter Straße 150",
            "postcode": "51065",
            "phone": "0221 99 99 0-15",
            "email": "buchheim@sozialraumkoordination.example",
            "office_hours": "Montag 14–17 Uhr, Donnerstag 10–12 Uhr und nach Vereinbarung",
        },
        "picture": {
            "motif": "siedlung",
            "description": (
                "Gezeichnete Siedlungshäuser in Weinrot unter einer gelben Sonne – Symbolbild "
                "für die Siedlungen in Buchheim und Buchforst"
            ),
        },
    },
    "hoehenberg-vingst": {
        "tagline": "Zwei Veedel mit großem Zusammenhalt im Osten Kölns.",
        "intro": (
            "Höhenberg und Vingst sind bekannt für ihren starken Zusammenhalt. Viele Menschen "
            "engagieren sich hier für ihre Nachbarschaft. Entdecken Sie Angebote, Termine und "
            "Projekte."
        ),
        "home_body": [
            ("heading", {"text": "Was los ist", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>In den Sommerferien gibt es wieder ein Ferienprogramm für Kinder, die "
                    "nicht verreisen. Es gibt Spiele, Ausflüge und ein warmes Mittagessen. "
                    "Die Anmeldung läuft über die Jugendeinrichtungen im Veedel.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Hier hilft man sich. Wenn jemand etwas braucht, findet sich immer eine Lösung."
                    ),
                    "attribution": "Ehrenamtlicher Helfer aus Vingst",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Sie möchten auch helfen? Wir suchen Menschen, die vorlesen, kochen "
                    "oder Kinder bei den Hausaufgaben begleiten. Schon eine Stunde in der "
                    "Woche macht einen Unterschied.</p>"
                ),
            ),
        ],
        "about": {
            "intro": (
                "Höhenberg und Vingst liegen im Stadtbezirk Kalk, östlich der Kölner "
                "Innenstadt. Die beiden Veedel gehören eng zusammen."
            ),
            "body": [
                ("heading", {"text": "Wo die Veedel liegen", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Höhenberg und Vingst grenzen an Kalk, Buchheim und Ostheim. Die "
                        "Olpener Straße ist eine wichtige Verbindung. Mit der Stadtbahn ist "
                        "man in wenigen Minuten in Kalk und in der Innenstadt. Die Veedel "
                        "sind überschaubar, vieles erreicht man zu Fuß.</p>"
                    ),
                ),
                ("heading", {"text": "Wohnen zwischen Grün", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Die Häuser stammen aus verschiedenen Jahrzehnten des 20. "
                        "Jahrhunderts. Es gibt Siedlungen mit Gärten, Mehrfamilienhäuser und "
                        "größere Wohnblocks. Dazwischen liegen Grünflächen, Sportplätze und "
                        "Spielplätze.</p>"
                    ),
                ),
                ("heading", {"text": "Zusammenhalt", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Was Höhenberg und Vingst besonders macht, ist das Miteinander. "
                        "Kirchengemeinden, Vereine und Initiativen organisieren "
                        "Ferienangebote, Mittagstische und Kleiderstuben. Viele Menschen "
                        "helfen ehrenamtlich mit. Neue Nachbarinnen und Nachbarn aus anderen "
                        "Ländern bekommen Unterstützung beim Ankommen.</p>"
                    ),
                ),
                ("heading", {"text": "Feste und Traditionen", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Im Jahreslauf gibt es viele Feste: Karneval, Pfarrfeste, "
                        "Straßenfeste und Feiern der verschiedenen Kulturen. Bei diesen "
                        "Festen helfen viele Hände mit. Sie sind eine gute Gelegenheit, "
                        "Nachbarinnen und Nachbarn kennenzulernen. Auch Sportvereine und "
                        "Kleingärten sind wichtige Orte der Begegnung.</p>"
                    ),
                ),
                ("heading", {"text": "Wer hier lebt", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>In den beiden Veedeln leben viele Familien mit Kindern und viele "
                        "ältere Menschen. Manche Familien müssen mit wenig Geld auskommen. "
                        "Darum sind kostenlose Angebote, gute Beratung und starke Schulen "
                        "hier besonders wichtig. Gleichzeitig gibt es viel Wissen und "
                        "Erfahrung in der Nachbarschaft. Diese Stärken wollen wir nutzen.</p>"
                    ),
                ),
                ("heading", {"text": "Netzwerke", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Die Einrichtungen treffen sich in der Stadtteilkonferenz "
                        "Höhenberg/Vingst. Arbeitskreise beschäftigen sich mit Kindern und "
                        "Familien, mit Jugend und Beruf sowie mit Seniorinnen und Senioren. "
                        "So wissen alle, was die anderen tun.</p>"
                    ),
                ),
                ("heading", {"text": "Woran wir arbeiten", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>Chancen für Kinder: Ferienangebote, Lernhilfe und "
                        "Sport</li><li>Wege in Ausbildung und Arbeit</li><li>Hilfe im Alltag, "
                        "zum Beispiel günstige Mittagstische</li><li>Ehrenamt stärken und "
                        "neue Helferinnen und Helfer gewinnen</li></ul>"
                    ),
                ),
            ],
        },
        "coordination": {
            "intro": (
                "Die Sozialraumkoordination Höhenberg/Vingst unterstützt das große Engagement "
                "im Veedel. Sie sorgt dafür, dass die Angebote gut zusammenpassen."
            ),
            "body": [
                ("heading", {"text": "Unsere Aufgaben", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Hier gibt es schon viele gute Angebote. Unsere Aufgabe ist es, "
                        "sie zu verbinden und bekannter zu machen. Wir beraten Initiativen, "
                        "helfen bei Förderanträgen und bringen Anliegen aus dem Veedel zur "
                        "Stadtverwaltung.</p>"
                    ),
                ),
                ("heading", {"text": "Für wen wir da sind", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Wir sind für Bewohnerinnen und Bewohner da, aber auch für "
                        "Fachleute und Ehrenamtliche. Wer im Veedel etwas bewegen will, "
                        "findet bei uns Rat, Kontakte und praktische Hilfe.</p>"
                    ),
                ),
                ("heading", {"text": "Kontakt", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Sie finden unser Büro an der Olpener Straße. Rufen Sie an, "
                        "schreiben Sie uns oder kommen Sie in die Sprechstunde. Die Beratung "
                        "ist kostenlos.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "title": "Häufige Fragen",
                        "items": [
                            {
                                "question": "Wo finde ich einen günstigen Mittagstisch?",
                                "answer": (
                                    "<p>Im Veedel gibt es mehrere Mittagstische. Adressen und "
                                    "Zeiten stehen im Adressverzeichnis. Wir helfen auch gern "
                                    "am Telefon.</p>"
                                ),
                            },
                            {
                                "question": "Mein Kind sucht einen Ausbildungsplatz. Wer hilft?",
                                "answer": (
                                    "<p>Es gibt Beratung für den Weg von der Schule in den "
                                    "Beruf. Wir stellen den Kontakt zu den passenden Stellen "
                                    "her.</p>"
                                ),
                            },
                            {
                                "question": "Kann unser Verein bei der Stadtteilkonferenz mitmachen?",
                                "answer": (
                                    "<p>Ja. Alle Einrichtungen und Gruppen, die im Veedel "
                                    "aktiv sind, sind herzlich eingeladen.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        "contact": {
            "name": "Sozialraumkoordination Höhenberg/Vingst",
            "organisation": "Katholischer Träger der sozialen Arbeit (Demo-Angabe)",
            "street": "Olpener Straße 98",
            "postcode": "51103",
            "phone": "0221 99 99 0-16",
            "email": "hoehenberg-vingst@sozialraumkoordination.example",
            "office_hours": "Dienstag 14–16 Uhr, Freitag 10–12 Uhr und nach Vereinbarung",
        },
        "picture": {
            "motif": "kirche",
            "description": (
                "Gezeichneter Kirchturm zwischen kleinen Wohnhäusern in dunklem Türkis – "
                "Symbolbild für den Zusammenhalt in Höhenberg und Vingst"
            ),
        },
    },
    "kalk": {
        "tagline": "Vom Industriestandort zum lebendigen Veedel mit vielen Gesichtern.",
        "intro": (
            "Kalk und Humboldt/Gremberg haben eine lange Geschichte als Arbeiterviertel. "
            "Heute sind sie lebendig, vielfältig und im Wandel. Hier finden Sie, was im "
            "Veedel passiert."
        ),
        "home_body": [
            ("heading", {"text": "Aktuell im Veedel", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Im Herbst laden Einrichtungen aus Kalk zu einem Tag der offenen Tür "
                    "ein. Sie können Beratungsstellen, Treffpunkte und Vereine kennenlernen. "
                    "Viele Angebote stellen sich in mehreren Sprachen vor.</p>"
                ),
            ),
            ("heading", {"text": "Ihre Ideen sind gefragt", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Wie soll Kalk in Zukunft aussehen? Was fehlt Ihnen auf Ihrem Weg zur "
                    "Arbeit, zur Schule oder zum Einkaufen? Wir sammeln Ihre Ideen und geben "
                    "sie an Politik und Verwaltung weiter.</p>"
                ),
            ),
        ],
        "about": {
            "intro": (
                "Der Sozialraum Kalk umfasst die Stadtteile Kalk und Humboldt/Gremberg. Er "
                "liegt im Stadtbezirk Kalk, östlich des Rheins."
            ),
            "body": [
                ("heading", {"text": "Ein Veedel mit Industriegeschichte", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Kalk war lange ein Ort der Industrie. Große Fabriken prägten das "
                        "Veedel, zum Beispiel die ehemalige Chemische Fabrik Kalk. Viele "
                        "Menschen kamen zum Arbeiten hierher – aus anderen Teilen "
                        "Deutschlands und aus anderen Ländern. Die meisten Fabriken gibt es "
                        "heute nicht mehr. Auf den alten Flächen sind Wohnungen, Geschäfte, "
                        "ein Einkaufszentrum und öffentliche Einrichtungen entstanden.</p>"
                    ),
                ),
                ("heading", {"text": "Leben in Kalk", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Die Kalker Hauptstraße ist das Herz des Veedels. Hier gibt es "
                        "Geschäfte, Cafés, Imbisse und Märkte. Rundherum wohnen Familien, "
                        "junge Leute, Studierende und ältere Menschen. Viele haben eine "
                        "Einwanderungsgeschichte. Das Zusammenleben vieler Kulturen gehört zu "
                        "Kalk. Man hört viele Sprachen und kann Lebensmittel aus aller Welt "
                        "kaufen.</p>"
                    ),
                ),
                ("heading", {"text": "Kultur und Bildung", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>In Kalk gibt es Bühnen, Ateliers und kleine Kulturorte. Schulen, "
                        "Bibliotheken und Bildungsträger bieten Kurse für Kinder und "
                        "Erwachsene an, zum Beispiel Sprachkurse oder Computerkurse. Viele "
                        "Angebote sind kostenlos oder günstig. Wer etwas lernen möchte, "
                        "findet im Veedel viele Möglichkeiten.</p>"
                    ),
                ),
                ("heading", {"text": "Humboldt/Gremberg", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Humboldt/Gremberg liegt südlich von Kalk. Hier ist es ruhiger, "
                        "mit Wohnstraßen und Siedlungen. Ein beliebtes Ziel ist das "
                        "Gremberger Wäldchen, ein Stück Wald mitten in der Stadt. Dort kann "
                        "man spazieren gehen, joggen und durchatmen.</p>"
                    ),
                ),
                ("heading", {"text": "Netzwerke", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Im Sozialraum gibt es viele soziale Einrichtungen, Initiativen "
                        "und Kulturorte. Sie arbeiten in der Stadtteilkonferenz und in "
                        "Arbeitskreisen zusammen, zum Beispiel zu Kindern und Jugendlichen, "
                        "zu Integration und zu Wohnen. Auch Geschäftsleute und "
                        "Wohnungsgesellschaften machen mit.</p>"
                    ),
                ),
                ("heading", {"text": "Schwerpunkte", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>Bezahlbares Wohnen und gute Nachbarschaft</li><li>Angebote "
                        "für Jugendliche – in Einrichtungen und auf der "
                        "Straße</li><li>Information und Beratung in mehreren "
                        "Sprachen</li><li>Saubere Plätze und Straßen, auf denen man sich gern "
                        "aufhält</li></ul>"
                    ),
                ),
            ],
        },
        "coordination": {
            "intro": (
                "Die Sozialraumkoordination Kalk ist Ansprechstelle für Menschen und "
                "Einrichtungen in Kalk und Humboldt/Gremberg."
            ),
            "body": [
                ("heading", {"text": "Unser Auftrag", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Kalk verändert sich schnell. Neue Häuser entstehen, neue Menschen "
                        "ziehen her. Wir achten darauf, dass dabei niemand vergessen wird. "
                        "Wir verbinden alte und neue Nachbarschaften, begleiten die "
                        "Beteiligung bei Planungen und unterstützen soziale Projekte.</p>"
                    ),
                ),
                ("heading", {"text": "Gemeinsam planen", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Zweimal im Jahr laden wir zur Stadtteilkonferenz ein. Dort "
                        "treffen sich Fachleute aus Einrichtungen, Vereinen und Verwaltung. "
                        "Auch Bewohnerinnen und Bewohner sind willkommen. Gemeinsam schauen "
                        "wir, welche Themen gerade wichtig sind und wer was übernimmt.</p>"
                    ),
                ),
                ("heading", {"text": "So finden Sie uns", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Unser Büro liegt an der Kalker Hauptstraße, nicht weit von der "
                        "Haltestelle Kalk Post.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "title": "Häufige Fragen",
                        "items": [
                            {
                                "question": "Kann ich bei Planungen im Veedel mitreden?",
                                "answer": (
                                    "<p>Ja. Bei vielen Bauprojekten gibt es eine "
                                    "Bürgerbeteiligung. Wir informieren über Termine und "
                                    "erklären, wie Sie sich einbringen können.</p>"
                                ),
                            },
                            {
                                "question": "Ich suche Beratung in meiner Sprache.",
                                "answer": (
                                    "<p>Im Veedel gibt es Beratung in mehreren Sprachen. Wir "
                                    "sagen Ihnen, wo Sie Hilfe in Ihrer Sprache finden.</p>"
                                ),
                            },
                            {
                                "question": "Wie kann ich mein Angebot bekannt machen?",
                                "answer": (
                                    "<p>Schicken Sie uns eine kurze Beschreibung. Wir "
                                    "veröffentlichen sie im Portal und geben sie im Netzwerk "
                                    "weiter.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        "contact": {
            "name": "Sozialraumkoordination Kalk",
            "organisation": "Träger der freien Wohlfahrtspflege (Demo-Angabe)",
            "street": "Kalker Hauptstraße 200",
            "postcode": "51103",
            "phone": "0221 99 99 0-17",
            "email": "kalk@sozialraumkoordination.example",
            "office_hours": "Montag 10–12 Uhr, Mittwoch 15–17 Uhr und nach Vereinbarung",
        },
        "picture": {
            "motif": "fabrik",
            "description": (
                "Gezeichnete Häuser mit drei hohen Fabrikschornsteinen in Ziegelrot – "
                "Symbolbild für die Industriegeschichte von Kalk"
            ),
        },
    },
    "meschenich": {
        "tagline": "Dorfleben, weite Felder und neue Nachbarschaften im Kölner Süden.",
        "intro": (
            "Meschenich und Rondorf liegen im Süden von Köln, umgeben von Feldern. Hier "
            "verbinden sich dörfliches Leben und neue Wohngebiete. Willkommen auf der Seite "
            "des Sozialraums."
        ),
        "home_body": [
            ("heading", {"text": "Aktuelles", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Der Weg in die Innenstadt ist weit. Darum holen wir Angebote ins "
                    "Veedel: Ab sofort gibt es jede Woche eine Sprechstunde der "
                    "Familienberatung direkt in Meschenich.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Wir wohnen erst seit einem Jahr hier. Beim Dorffest haben wir viele "
                        "Nachbarn kennengelernt."
                    ),
                    "attribution": "Neu zugezogene Bewohnerin aus Rondorf",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Sie möchten beim nächsten Fest mithelfen oder einen Stand anbieten? "
                    "Melden Sie sich bei uns.</p>"
                ),
            ),
        ],
        "about": {
            "intro": (
                "Der Sozialraum liegt im Stadtbezirk Rodenkirchen, am südlichen Rand von "
                "Köln. Er umfasst Meschenich und Rondorf."
            ),
            "body": [
                ("heading", {"text": "Lage", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Meschenich und Rondorf liegen zwischen der Kölner Innenstadt und "
                        "Brühl. Die Brühler Landstraße verbindet die Orte. Rundherum gibt es "
                        "Felder und Feldwege. Das lädt zum Spazierengehen und Radfahren "
                        "ein.</p>"
                    ),
                ),
                ("heading", {"text": "Alt und neu", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Beide Orte haben einen alten Dorfkern mit Kirche und kleinen "
                        "Straßen. Viele Familien leben hier seit Generationen. Vereine, Sport "
                        "und Karneval gehören zum Leben im Dorf. Jedes Jahr gibt es Feste, "
                        "bei denen das ganze Dorf zusammenkommt.</p><p>In Meschenich gibt es "
                        "außerdem große Wohnhäuser aus den 1970er Jahren. Dort leben viele "
                        "Familien aus vielen verschiedenen Ländern. In Rondorf entstehen neue "
                        "Wohnungen. So kommen immer wieder neue Nachbarinnen und Nachbarn "
                        "dazu.</p>"
                    ),
                ),
                ("heading", {"text": "Unterwegs", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Busse verbinden Meschenich und Rondorf mit den "
                        "Stadtbahnhaltestellen und der Innenstadt. Viele Wege dauern aber "
                        "länger als in anderen Teilen Kölns. Für ältere Menschen und Familien "
                        "ohne Auto ist das nicht immer einfach. Darum ist es wichtig, dass "
                        "Beratung, Treffpunkte und Freizeitangebote direkt vor Ort sind.</p>"
                    ),
                ),
                ("heading", {"text": "Zusammenwachsen", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Die große Aufgabe ist, dass alte und neue Bewohnerinnen und "
                        "Bewohner zusammenfinden. Dafür braucht es Treffpunkte, Feste und "
                        "Angebote, die alle erreichen – egal, welche Sprache jemand spricht "
                        "und wie lange jemand schon hier wohnt. Gute Beispiele gibt es schon: "
                        "gemeinsame Feste, Sportangebote und Elterncafés.</p>"
                    ),
                ),
                ("heading", {"text": "Netzwerke", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Kitas, Schulen, Kirchengemeinden, Vereine, Jugendarbeit und "
                        "Beratungsdienste treffen sich regelmäßig im Netzwerk "
                        "Meschenich/Rondorf. Es gibt Arbeitskreise für Kinder und Familien "
                        "und für das Zusammenleben in den großen Wohnanlagen. Auch die "
                        "Bezirksvertretung und die Verwaltung sind einbezogen.</p>"
                    ),
                ),
                ("heading", {"text": "Schwerpunkte", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>Beratung und Hilfe vor Ort, damit niemand weit fahren "
                        "muss</li><li>Sprachförderung und Hausaufgabenhilfe für "
                        "Kinder</li><li>Begegnung zwischen Dorfkern, Wohnanlagen und neuen "
                        "Wohngebieten</li><li>Freizeitangebote für Jugendliche</li></ul>"
                    ),
                ),
            ],
        },
        "coordination": {
            "intro": (
                "Die Sozialraumkoordination Meschenich/Rondorf bringt Hilfe dorthin, wo die "
                "Menschen wohnen. Sie ist eine Brücke zwischen Dorf, Wohnanlagen und neuen "
                "Quartieren."
            ),
            "body": [
                ("heading", {"text": "Was wir tun", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Wir holen Beratungsangebote ins Veedel, zum Beispiel zu Familie, "
                        "Schulden oder Gesundheit. Wir unterstützen Vereine bei Festen, die "
                        "alle einladen. Und wir sprechen mit der Stadt, wenn etwas fehlt – "
                        "etwa ein Spielplatz oder ein Treffpunkt.</p>"
                    ),
                ),
                ("heading", {"text": "Nah dran", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Wir sind oft unterwegs im Veedel: bei Festen, in den Wohnanlagen, "
                        "in Kitas und Schulen. So hören wir direkt, was die Menschen "
                        "beschäftigt. Sprechen Sie uns einfach an, wenn Sie uns sehen.</p>"
                    ),
                ),
                ("heading", {"text": "Erreichbarkeit", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Unser Büro liegt an der Brühler Landstraße in Meschenich. Nach "
                        "Absprache kommen wir auch zu Ihnen nach Rondorf.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "title": "Häufige Fragen",
                        "items": [
                            {
                                "question": (
                                    "Gibt es Beratung in Meschenich, oder muss ich in die Stadt fahren?"
                                ),
                                "answer": (
                                    "<p>Einige Beratungsstellen haben feste Sprechstunden in "
                                    "Meschenich. Die Termine finden Sie im "
                                    "Veranstaltungskalender.</p>"
                                ),
                            },
                            {
                                "question": "Ich bin neu zugezogen. Wie finde ich Anschluss?",
                                "answer": (
                                    "<p>Kommen Sie zu einem Nachbarschaftstreff oder zu einem "
                                    "Fest. Wir stellen Ihnen gern Vereine und Gruppen "
                                    "vor.</p>"
                                ),
                            },
                            {
                                "question": "Gibt es Angebote für Jugendliche?",
                                "answer": (
                                    "<p>Ja. Es gibt offene Jugendarbeit und Sportvereine. Wo "
                                    "noch etwas fehlt, helfen wir beim Aufbau neuer "
                                    "Angebote.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        "contact": {
            "name": "Sozialraumkoordination Meschenich/Rondorf",
            "organisation": "Gemeinnütziger Träger der Kinder-, Jugend- und Familienhilfe (Demo-Angabe)",
            "street": "Brühler Landstraße 400",
            "postcode": "50997",
            "phone": "0221 99 99 0-18",
            "email": "meschenich@sozialraumkoordination.example",
            "office_hours": "Mittwoch 10–13 Uhr, Donnerstag 14–16 Uhr und nach Vereinbarung",
        },
        "picture": {
            "motif": "dorf",
            "description": (
                "Gezeichnete Dorfhäuser zwischen runden Bäumen in Olivgrün – Symbolbild für "
                "Meschenich und Rondorf"
            ),
        },
    },
    "muelheim-nord": {
        "tagline": "Keupstraße, Rheinufer und alte Fabrikhallen – Mülheim-Nord ist Vielfalt.",
        "intro": (
            "Mülheim-Nord mit der Keupstraße ist ein Veedel voller Leben. Hier mischen sich "
            "Handel, Kultur und Nachbarschaft. Auf dieser Seite finden Sie Angebote und "
            "Termine."
        ),
        "home_body": [
            ("heading", {"text": "Im Veedel unterwegs", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Auf der Keupstraße reihen sich Bäckereien, Restaurants, Juweliere und "
                    "Friseure aneinander. Viele Geschäfte werden von Familien mit türkischen "
                    "Wurzeln geführt. Die Straße ist weit über Mülheim hinaus bekannt.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Auf der Keupstraße kaufe ich jeden Samstag ein. Man kennt sich, man grüßt sich."
                    ),
                    "attribution": "Nachbarin aus Mülheim",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Wir planen Aktionen für ein sauberes und grünes Veedel. Machen Sie "
                    "mit – allein, mit Ihrer Familie oder mit Ihrem Verein.</p>"
                ),
            ),
        ],
        "about": {
            "intro": (
                "Mülheim-Nord liegt auf der rechten Rheinseite im Stadtbezirk Mülheim. Zum "
                "Sozialraum gehört auch die bekannte Keupstraße."
            ),
            "body": [
                ("heading", {"text": "Lage", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Der Sozialraum liegt im Norden des Mülheimer Zentrums, nah am "
                        "Rhein. Die Mülheimer Brücke verbindet das Veedel mit der linken "
                        "Rheinseite. Am Rheinufer kann man spazieren gehen und auf den Fluss "
                        "schauen.</p>"
                    ),
                ),
                ("heading", {"text": "Die Keupstraße", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Die Keupstraße ist eine lange Einkaufsstraße mit vielen "
                        "türkischen Geschäften und Restaurants. Sie ist ein Treffpunkt für "
                        "Menschen aus ganz Köln. Hier wird eingekauft, gegessen, gefeiert und "
                        "geredet. Die Straße zeigt, wie sehr Einwanderung Köln bereichert "
                        "hat. Viele Menschen verbinden mit ihr gutes Essen und "
                        "Gastfreundschaft.</p>"
                    ),
                ),
                ("heading", {"text": "Vom Industrieort zum Kulturort", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Früher gab es in Mülheim viel Industrie, zum Beispiel große "
                        "Kabelwerke. Heute sind in alten Fabrikhallen Büros, Ateliers, "
                        "Veranstaltungsorte und Theater zu Hause. So bekommt das Veedel neue "
                        "Gesichter, ohne seine Geschichte zu vergessen.</p>"
                    ),
                ),
                ("heading", {"text": "Grün und Wasser", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Zum Veedel gehören auch grüne Orte. Am Rheinufer gibt es Wiesen "
                        "und Wege für Spaziergänge und Radtouren. Im Sommer sitzen dort viele "
                        "Familien und Freundesgruppen. Spielplätze und kleine Grünflächen "
                        "zwischen den Häusern sind wichtige Orte für Kinder. Wir setzen uns "
                        "dafür ein, dass diese Orte sauber und sicher bleiben.</p>"
                    ),
                ),
                ("heading", {"text": "Menschen", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>In Mülheim-Nord leben Menschen aus sehr vielen Ländern. Es gibt "
                        "viele junge Familien, aber auch viele ältere Menschen, die seit "
                        "Jahrzehnten hier wohnen. Das Veedel ist lebendig und in "
                        "Bewegung.</p>"
                    ),
                ),
                ("heading", {"text": "Netzwerke", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Schulen, Kitas, Moschee- und Kirchengemeinden, Zusammenschlüsse "
                        "der Geschäftsleute, Kulturinitiativen und soziale Träger arbeiten "
                        "zusammen. In der Stadtteilkonferenz und in Arbeitskreisen geht es um "
                        "Bildung, Jugend, Gesundheit und das Wohnumfeld.</p>"
                    ),
                ),
                ("heading", {"text": "Schwerpunkte", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>Bildung und Sprachförderung für Kinder und "
                        "Eltern</li><li>Begegnung zwischen alten und neuen "
                        "Nachbarschaften</li><li>Jugendliche stärken: Freizeit, Ausbildung, "
                        "Beteiligung</li><li>Ein sauberes, grünes und sicheres "
                        "Wohnumfeld</li></ul>"
                    ),
                ),
            ],
        },
        "coordination": {
            "intro": (
                "Die Sozialraumkoordination Mülheim-Nord verbindet Nachbarschaft, "
                "Geschäftsleben und soziale Einrichtungen. Sie ist offen für alle."
            ),
            "body": [
                ("heading", {"text": "Was wir tun", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Wir hören, was die Menschen im Veedel bewegt. Wir bringen "
                        "Schulen, Vereine, Gemeinden und Geschäftsleute an einen Tisch. "
                        "Gemeinsam entstehen Projekte – zum Beispiel Lesepatenschaften, "
                        "Aufräumaktionen oder Feste für die ganze Nachbarschaft.</p>"
                    ),
                ),
                ("heading", {"text": "Offen für alle", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Zu uns kann jede und jeder kommen: Bewohnerinnen und Bewohner, "
                        "Eltern, Jugendliche, Geschäftsleute und Fachleute aus Einrichtungen. "
                        "Die Beratung ist kostenlos. Wenn Sie wenig Deutsch sprechen, suchen "
                        "wir gemeinsam eine Lösung – oft hilft jemand aus dem Veedel beim "
                        "Übersetzen.</p>"
                    ),
                ),
                ("heading", {"text": "Unser Büro", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Sie finden uns an der Berliner Straße, nicht weit von der "
                        "Keupstraße. In die offene Sprechstunde können Sie ohne Termin "
                        "kommen.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "title": "Häufige Fragen",
                        "items": [
                            {
                                "question": "Ich habe einen Laden. Kann ich mitmachen?",
                                "answer": (
                                    "<p>Sehr gern. Geschäftsleute sind wichtige Partner im "
                                    "Veedel. Sprechen Sie uns an, zum Beispiel für ein "
                                    "gemeinsames Fest.</p>"
                                ),
                            },
                            {
                                "question": "Gibt es Hilfe für Eltern bei Fragen zur Schule?",
                                "answer": (
                                    "<p>Ja. Es gibt Elterncafés und Beratung an Schulen. Wir "
                                    "sagen Ihnen, wo und wann.</p>"
                                ),
                            },
                            {
                                "question": "Wie erfahre ich von Festen und Aktionen?",
                                "answer": (
                                    "<p>Im Veranstaltungskalender dieses Portals. Viele "
                                    "Termine hängen auch in Geschäften und Einrichtungen "
                                    "aus.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        "contact": {
            "name": "Sozialraumkoordination Mülheim-Nord",
            "organisation": "Träger der Migrations- und Sozialarbeit (Demo-Angabe)",
            "street": "Berliner Straße 80",
            "postcode": "51063",
            "phone": "0221 99 99 0-19",
            "email": "muelheim-nord@sozialraumkoordination.example",
            "office_hours": "Dienstag 10–12 Uhr, Donnerstag 15–18 Uhr und nach Vereinbarung",
        },
        "picture": {
            "motif": "strasse",
            "description": (
                "Gezeichnete Häuserreihe an einer Straße mit weißen Markierungen in kräftigem "
                "Blau – Symbolbild für die Keupstraße in Mülheim"
            ),
        },
    },
    "ostheim": {
        "tagline": "Wohnen mit viel Grün zwischen den Häusern am östlichen Stadtrand.",
        "intro": (
            "Ostheim und Neubrück liegen im Osten Kölns. Zwischen den Wohnhäusern gibt es "
            "viele Wiesen, Wege und Spielplätze. Hier finden Sie Angebote und Ansprechstellen "
            "in Ihrer Nähe."
        ),
        "home_body": [
            ("heading", {"text": "Neues aus Ostheim und Neubrück", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Der offene Treff für Jugendliche hat jetzt auch am Freitagabend "
                    "geöffnet. Außerdem gibt es jeden Mittwoch eine Sprechstunde für Fragen "
                    "rund um Wohnung und Nebenkosten.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Sie haben eine Idee, wie die Grünflächen zwischen den Häusern schöner "
                    "werden? Schreiben Sie uns oder kommen Sie vorbei. Gemeinsam setzen wir "
                    "gute Ideen um.</p>"
                ),
            ),
        ],
        "about": {
            "intro": (
                "Ostheim und Neubrück gehören zum Stadtbezirk Kalk. Sie liegen am östlichen Rand von Köln."
            ),
            "body": [
                ("heading", {"text": "Lage", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Ostheim grenzt an Vingst und Höhenberg. Neubrück liegt etwas "
                        "weiter nördlich, nahe bei Brück. Bus und Bahn verbinden beide Veedel "
                        "mit Kalk und der Innenstadt. Bis zum Königsforst ist es nicht weit. "
                        "Wer Ruhe sucht, findet sie auf den Wegen zwischen den Häusern oder "
                        "im Wald.</p>"
                    ),
                ),
                ("heading", {"text": "Geplante Stadtteile", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Große Teile von Ostheim und Neubrück wurden in den 1960er und "
                        "1970er Jahren gebaut. Damals entstanden Wohnblocks und Hochhäuser "
                        "mit viel Grün dazwischen. Neubrück wurde als ganz neuer Stadtteil "
                        "geplant, mit einem kleinen Zentrum für den Einkauf. Die Idee war: "
                        "Wohnen mit Licht, Luft und kurzen Wegen.</p>"
                    ),
                ),
                ("heading", {"text": "Menschen", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>In Ostheim und Neubrück wohnen viele Familien, Alleinerziehende "
                        "und ältere Menschen. Die Menschen kommen aus vielen Ländern. Viele "
                        "leben schon sehr lange hier und kennen ihre Nachbarschaft gut. "
                        "Andere sind erst vor kurzem eingezogen und suchen noch Kontakte. Wir "
                        "helfen, dass aus Nachbarn Bekannte werden.</p>"
                    ),
                ),
                ("heading", {"text": "Treffpunkte", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Wichtige Treffpunkte sind die Jugendzentren, die "
                        "Kirchengemeinden, die Seniorentreffs und die Familienzentren. Auf "
                        "den Wiesen und Spielplätzen zwischen den Häusern spielen Kinder und "
                        "treffen sich Nachbarinnen und Nachbarn. In manchen Höfen gibt es "
                        "Hochbeete, die Mieterinnen und Mieter gemeinsam pflegen. Im Sommer "
                        "finden Mieterfeste und Straßenfeste statt.</p>"
                    ),
                ),
                ("heading", {"text": "Netzwerke", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Die Einrichtungen aus beiden Veedeln arbeiten in der "
                        "Stadtteilkonferenz zusammen. Dazu gehören Kitas, Schulen, "
                        "Jugendzentren, Kirchengemeinden, Seniorennetzwerke und "
                        "Beratungsstellen. Auch die Wohnungsgesellschaften sind wichtige "
                        "Partner, zum Beispiel bei Mieterfesten oder bei der Gestaltung von "
                        "Höfen.</p>"
                    ),
                ),
                ("heading", {"text": "Unsere Themen", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>Grünflächen gemeinsam gestalten und nutzen</li><li>Angebote "
                        "für Jugendliche am Abend und am Wochenende</li><li>Hilfe bei Fragen "
                        "zu Wohnung, Miete und Nebenkosten</li><li>Gesund älter werden im "
                        "eigenen Zuhause</li><li>Gute Nachbarschaft in großen "
                        "Wohnhäusern</li></ul>"
                    ),
                ),
            ],
        },
        "coordination": {
            "intro": (
                "Die Sozialraumkoordination Ostheim/Neubrück ist für beide Veedel da. Sie "
                "vernetzt Einrichtungen und unterstützt Ideen aus der Nachbarschaft."
            ),
            "body": [
                ("heading", {"text": "Unsere Arbeit", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Wir kennen die Träger, Vereine und Gruppen in Ostheim und "
                        "Neubrück. Wir bringen sie zusammen, damit die Angebote gut "
                        "aufeinander abgestimmt sind. Bewohnerinnen und Bewohner unterstützen "
                        "wir, wenn sie selbst etwas starten wollen – etwa ein Hoffest oder "
                        "einen Spieletreff.</p>"
                    ),
                ),
                ("heading", {"text": "Die Stadtteilkonferenz", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Mehrmals im Jahr treffen sich die Einrichtungen aus Ostheim und "
                        "Neubrück zur Stadtteilkonferenz. Wir bereiten die Treffen vor und "
                        "laden ein. Dort werden Ideen gesammelt, Aufgaben verteilt und "
                        "Erfahrungen ausgetauscht. Bewohnerinnen und Bewohner sind herzlich "
                        "eingeladen.</p>"
                    ),
                ),
                ("heading", {"text": "Kontakt", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Unser Büro ist in Ostheim an der Gernsheimer Straße. Einmal im "
                        "Monat bieten wir außerdem eine Sprechstunde in Neubrück an.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "title": "Häufige Fragen",
                        "items": [
                            {
                                "question": "Wo finde ich Hilfe bei der Nebenkostenabrechnung?",
                                "answer": (
                                    "<p>Es gibt Mieterberatung und Schuldnerberatung in der "
                                    "Nähe. Wir nennen Ihnen Adressen und Sprechzeiten.</p>"
                                ),
                            },
                            {
                                "question": "Wann ist die Sprechstunde in Neubrück?",
                                "answer": (
                                    "<p>Den Termin finden Sie im Veranstaltungskalender. Sie "
                                    "können auch anrufen und nachfragen.</p>"
                                ),
                            },
                            {
                                "question": "Kann ich einen Raum für ein Nachbarschaftstreffen bekommen?",
                                "answer": (
                                    "<p>Vielleicht. Wir fragen bei Einrichtungen und "
                                    "Wohnungsgesellschaften nach, ob ein Raum frei ist.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        "contact": {
            "name": "Sozialraumkoordination Ostheim/Neubrück",
            "organisation": "Träger der Kinder-, Jugend- und Familienhilfe (Demo-Angabe)",
            "street": "Gernsheimer Straße 20",
            "postcode": "51107",
            "phone": "0221 99 99 0-20",
            "email": "ostheim@sozialraumkoordination.example",
            "office_hours": "Montag 13–15 Uhr, Mittwoch 9–12 Uhr und nach Vereinbarung",
        },
        "picture": {
            "motif": "park",
            "description": (
                "Gezeichnete Bäume auf einer Wiese in warmen Braun- und Grüntönen – "
                "Symbolbild für das Grün zwischen den Häusern in Ostheim und Neubrück"
            ),
        },
    },
    "porz-ost": {
        "tagline": "Vier Orte, eine Nachbarschaft – rechts des Rheins im Kölner Südosten.",
        "intro": (
            "Porz-Ost, Finkenberg, Gremberghoven und Eil liegen im Stadtbezirk Porz, auf der "
            "rechten Rheinseite. Jeder Ort hat seinen eigenen Charakter. Gemeinsam sind sie "
            "ein Sozialraum mit vielen engagierten Menschen."
        ),
        "home_body": [
            ("heading", {"text": "Was gerade passiert", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Im Sommer gibt es wieder einen Familientag in Finkenberg. "
                    "Einrichtungen aus allen vier Orten stellen sich vor. Es gibt Spiele, "
                    "Musik und Informationen für Groß und Klein.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Beim Familientag habe ich erfahren, dass es hier eine "
                        "Hausaufgabenhilfe gibt. Das hilft meinem Sohn sehr."
                    ),
                    "attribution": "Vater aus Finkenberg",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Sie möchten mitmachen oder einen Stand anbieten? Melden Sie sich bei "
                    "der Sozialraumkoordination.</p>"
                ),
            ),
        ],
        "about": {
            "intro": (
                "Der Sozialraum liegt im Stadtbezirk Porz, im Südosten Kölns auf der rechten "
                "Rheinseite. Er umfasst Porz-Ost, Finkenberg, Gremberghoven und Eil."
            ),
            "body": [
                ("heading", {"text": "Vier Orte", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Die vier Orte liegen dicht beieinander, sind aber sehr "
                        "verschieden. Der Rhein ist nicht weit, und im Osten beginnt die "
                        "Wahner Heide mit Wald und Heideflächen.</p><ul><li><b>Porz-Ost</b> "
                        "liegt nahe am Zentrum von Porz, mit Geschäften, Arztpraxen und guten "
                        "Verbindungen.</li><li><b>Finkenberg</b> ist ein Wohngebiet mit "
                        "Hochhäusern aus den 1970er Jahren und vielen jungen "
                        "Familien.</li><li><b>Gremberghoven</b> entstand als Siedlung für "
                        "Eisenbahnerfamilien am großen Rangierbahnhof. Die Gartenstadt mit "
                        "ihren kleinen Häusern ist bis heute zu sehen.</li><li><b>Eil</b> ist "
                        "ein alter Ort mit dörflichem Kern. Der Flughafen Köln/Bonn ist ganz "
                        "in der Nähe.</li></ul>"
                    ),
                ),
                ("heading", {"text": "Im Alltag", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Einkaufen, Arztbesuche und Behördengänge erledigen viele Menschen "
                        "im Zentrum von Porz. Busse und Bahnen verbinden die Orte miteinander "
                        "und mit der Kölner Innenstadt. Für die Freizeit gibt es "
                        "Sportvereine, Spielplätze, Jugendzentren und das Rheinufer mit "
                        "seinen Wiesen. Viele Familien nutzen im Sommer die Grünflächen und "
                        "Wälder in der Nähe.</p>"
                    ),
                ),
                ("heading", {"text": "Menschen", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Im Sozialraum leben Menschen aus vielen Ländern und Kulturen. Es "
                        "gibt viele Kinder und Jugendliche, aber auch viele ältere Menschen. "
                        "Manche wohnen seit Generationen hier, andere sind erst vor kurzem "
                        "gekommen. Gerade diese Mischung macht den Sozialraum aus. Viele "
                        "engagieren sich ehrenamtlich, in Vereinen, Gemeinden oder in der "
                        "Nachbarschaftshilfe.</p>"
                    ),
                ),
                ("heading", {"text": "Netzwerke", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Die Einrichtungen aus den vier Orten arbeiten eng zusammen. In "
                        "der Stadtteilkonferenz treffen sich Kitas, Schulen, Jugendzentren, "
                        "Kirchengemeinden, Vereine und Beratungsstellen. Arbeitskreise gibt "
                        "es zum Beispiel zu Kindern und Familien, zu Jugend und zu "
                        "Gesundheit.</p>"
                    ),
                ),
                ("heading", {"text": "Unsere Schwerpunkte", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>Gute Angebote für Kinder und Familien, besonders in "
                        "Finkenberg</li><li>Verbindungen zwischen den vier Orten "
                        "stärken</li><li>Mobilität: gute Wege zu Arztpraxen, Ämtern und "
                        "Geschäften</li><li>Umwelt und Klima: Grünflächen, Gärten und sichere "
                        "Radwege</li></ul>"
                    ),
                ),
            ],
        },
        "coordination": {
            "intro": (
                "Die Sozialraumkoordination Porz-Ost ist für vier Orte zuständig. Sie sorgt "
                "dafür, dass gute Ideen nicht an der Ortsgrenze enden."
            ),
            "body": [
                ("heading", {"text": "Was wir tun", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Wir kennen die Angebote in Porz-Ost, Finkenberg, Gremberghoven "
                        "und Eil. Wir helfen, Lücken zu schließen – zum Beispiel, wenn ein "
                        "Ort keinen Treffpunkt für Jugendliche hat. Wir begleiten die "
                        "Stadtteilkonferenz und unterstützen Bewohnerinnen und Bewohner mit "
                        "eigenen Projekten.</p>"
                    ),
                ),
                ("heading", {"text": "Unterwegs in vier Orten", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Wir sind regelmäßig in allen vier Orten unterwegs – bei Festen, "
                        "in Einrichtungen und bei Treffen von Initiativen. So kennen wir die "
                        "Menschen und ihre Anliegen. Sprechen Sie uns gern an.</p>"
                    ),
                ),
                ("heading", {"text": "Kontakt", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Unser Büro liegt an der Frankfurter Straße. Termine in den "
                        "anderen Orten sind nach Absprache möglich.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "title": "Häufige Fragen",
                        "items": [
                            {
                                "question": "Ich wohne in Eil. Ist die Koordination auch für mich da?",
                                "answer": (
                                    "<p>Ja. Wir sind für alle vier Orte zuständig. Rufen Sie "
                                    "an, dann finden wir einen Termin in Ihrer Nähe.</p>"
                                ),
                            },
                            {
                                "question": "Gibt es Hausaufgabenhilfe?",
                                "answer": (
                                    "<p>Ja, an mehreren Orten im Sozialraum. Wir sagen Ihnen, "
                                    "welches Angebot für Ihr Kind passt.</p>"
                                ),
                            },
                            {
                                "question": "Wie kommt mein Angebot in das Portal?",
                                "answer": (
                                    "<p>Schicken Sie uns eine kurze Beschreibung mit Ort, "
                                    "Zeit und Kontakt. Wir stellen es ein.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        "contact": {
            "name": "Sozialraumkoordination Porz-Ost",
            "organisation": "Wohlfahrtsverband im Auftrag der Stadt Köln (Demo-Angabe)",
            "street": "Frankfurter Straße 700",
            "postcode": "51149",
            "phone": "0221 99 99 0-21",
            "email": "porz-ost@sozialraumkoordination.example",
            "office_hours": "Dienstag 9–11 Uhr, Donnerstag 14–17 Uhr und nach Vereinbarung",
        },
        "picture": {
            "motif": "fluss",
            "description": (
                "Gezeichnete Häuser am Ufer eines breiten Flusses in Erdbraun und Blau – "
                "Symbolbild für Porz-Ost auf der rechten Rheinseite"
            ),
        },
    },
}
