<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>Lock the vault now</source>
        <translation>De kluis nu vergrendelen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Lock and close Outreach Desk</source>
        <translation>Vergrendelen en Outreach Desk sluiten</translation>
    </message>
    <message>
        <source>New &amp;family...</source>
        <translation>Nieuw &amp;gezin...</translation>
    </message>
    <message>
        <source>Open a case file for a family</source>
        <translation>Een dossier openen voor een gezin</translation>
    </message>
    <message>
        <source>&amp;Edit family...</source>
        <translation>Gezin &amp;bewerken...</translation>
    </message>
    <message>
        <source>Change the selected family&apos;s case file</source>
        <translation>Het dossier van het gekozen gezin wijzigen</translation>
    </message>
    <message>
        <source>&amp;Close case...</source>
        <translation>Dossier a&amp;fsluiten...</translation>
    </message>
    <message>
        <source>Mark the selected family&apos;s case as closed</source>
        <translation>Het dossier van het gekozen gezin als afgesloten markeren</translation>
    </message>
    <message>
        <source>New &amp;note</source>
        <translation>Nieuwe &amp;notitie</translation>
    </message>
    <message>
        <source>Write a new note</source>
        <translation>Een nieuwe notitie schrijven</translation>
    </message>
    <message>
        <source>E&amp;dit note</source>
        <translation>Notitie be&amp;werken</translation>
    </message>
    <message>
        <source>Write a new version of the selected note</source>
        <translation>Een nieuwe versie van de gekozen notitie schrijven</translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation>Notitie &amp;opslaan</translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation>De notitie opslaan</translation>
    </message>
    <message>
        <source>Note &amp;history...</source>
        <translation>&amp;Geschiedenis van de notitie...</translation>
    </message>
    <message>
        <source>Show every version of the selected note</source>
        <translation>Alle versies van de gekozen notitie tonen</translation>
    </message>
    <message>
        <source>&amp;Copy note text</source>
        <translation>Notitietekst &amp;kopiëren</translation>
    </message>
    <message>
        <source>Copy the note; the clipboard is cleared again after a while</source>
        <translation>De notitie kopiëren; het klembord wordt na een tijdje weer leeggemaakt</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>Search families and notes</source>
        <translation>Gezinnen en notities doorzoeken</translation>
    </message>
    <message>
        <source>Show c&amp;losed cases</source>
        <translation>Afges&amp;loten dossiers tonen</translation>
    </message>
    <message>
        <source>Also list families whose case is closed</source>
        <translation>Ook gezinnen tonen van wie het dossier is afgesloten</translation>
    </message>
    <message>
        <source>&amp;About Outreach Desk</source>
        <translation>&amp;Over Outreach Desk</translation>
    </message>
    <message>
        <source>Third-party &amp;licences</source>
        <translation>Licenties van &amp;derden</translation>
    </message>
    <message>
        <source>Qt, fonts, data and libraries Outreach Desk uses</source>
        <translation>Qt, lettertypen, gegevens en bibliotheken die Outreach Desk gebruikt</translation>
    </message>
    <message>
        <source>Change the interface language</source>
        <translation>De taal van de app wijzigen</translation>
    </message>
</context>
<context>
    <name>AppointmentForm</name>
    <message>
        <source>From a referral of the selected family</source>
        <translation>Uit een doorverwijzing van het gekozen gezin</translation>
    </message>
    <message>
        <source>On its own</source>
        <translation>Los, zonder doorverwijzing</translation>
    </message>
    <message>
        <source>No referral for the selected family</source>
        <translation>Geen doorverwijzing voor het gekozen gezin</translation>
    </message>
    <message>
        <source>Search the social map…</source>
        <translation>Zoek op de sociale kaart…</translation>
    </message>
    <message>
        <source>&amp;Referral:</source>
        <translation>&amp;Doorverwijzing:</translation>
    </message>
    <message>
        <source>Find a &amp;service:</source>
        <translation>Zoek een &amp;dienst:</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Die&amp;nst:</translation>
    </message>
    <message>
        <source>or agency &amp;name:</source>
        <translation>of &amp;naam van de instantie:</translation>
    </message>
    <message>
        <source>Agency a&amp;ddress:</source>
        <translation>A&amp;dres van de instantie:</translation>
    </message>
    <message>
        <source>&amp;Family&apos;s language:</source>
        <translation>&amp;Taal van het gezin:</translation>
    </message>
    <message>
        <source>A&amp;gency&apos;s language:</source>
        <translation>Taal van de &amp;instantie:</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>Datum en &amp;uur:</translation>
    </message>
    <message>
        <source>&amp;Who is going:</source>
        <translation>&amp;Wie gaat er mee:</translation>
    </message>
    <message>
        <source>Re&amp;quest in one sentence:</source>
        <translation>&amp;Vraag in één zin:</translation>
    </message>
    <message>
        <source>&amp;Questions to ask (one a line):</source>
        <translation>Te stellen v&amp;ragen (één per regel):</translation>
    </message>
    <message>
        <source>Documents to &amp;bring (one a line):</source>
        <translation>Mee te &amp;brengen documenten (één per regel):</translation>
    </message>
    <message>
        <source>e.g. mother, interpreter, outreach worker</source>
        <translation>bv. moeder, tolk, brugfiguur</translation>
    </message>
    <message>
        <source>The sheet puts the facts and the key terms side by side in both languages. The PDF is not encrypted: give it to the interpreter and the family only.</source>
        <translation>Het blad zet de feiten en de kernbegrippen naast elkaar in beide talen. De pdf is niet versleuteld: geef hem alleen aan de tolk en het gezin.</translation>
    </message>
    <message>
        <source>Save appointment sheet (PDF, not encrypted)…</source>
        <translation>Afsprakenblad bewaren (pdf, onversleuteld)…</translation>
    </message>
</context>
<context>
    <name>AppointmentPanel</name>
    <message>
        <source>— none: use the agency name typed below —</source>
        <translation>— geen: gebruik de naam van de instantie hieronder —</translation>
    </message>
    <message>
        <source>Choose a referral or a service, or type the agency&apos;s name, then save again.</source>
        <translation>Kies een doorverwijzing of een dienst, of typ de naam van de instantie, en bewaar opnieuw.</translation>
    </message>
    <message>
        <source>Appointment sheet not saved</source>
        <translation>Afsprakenblad niet bewaard</translation>
    </message>
    <message>
        <source>Save appointment sheet (PDF, not encrypted)</source>
        <translation>Afsprakenblad bewaren (pdf, onversleuteld)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Worries in</source>
        <translation>Zorgen over</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Oefeningen</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Choose a case in the list.</source>
        <translation>Kies een dossier in de lijst.</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Achtergrond</translation>
    </message>
    <message>
        <source>What goes well</source>
        <translation>Wat goed gaat</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <source>No children in this case.</source>
        <translation>Geen kinderen in dit dossier.</translation>
    </message>
    <message>
        <source>{0}, born in {1}</source>
        <translation>{0}, geboren in {1}</translation>
    </message>
    <message>
        <source>In their own words</source>
        <translation>In hun eigen woorden</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Hidden facts (revealed by the trainer)</source>
        <translation>Verborgen feiten (onthuld door de begeleider)</translation>
    </message>
    <message>
        <source>{0}. (not revealed yet)</source>
        <translation>{0}. (nog niet onthuld)</translation>
    </message>
    <message>
        <source>{0} of {1} revealed</source>
        <translation>{0} van {1} onthuld</translation>
    </message>
    <message>
        <source>&amp;Reveal the next fact</source>
        <translation>Volgend feit &amp;onthullen</translation>
    </message>
</context>
<context>
    <name>ChildStep</name>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>{0}: what does this mean for this child?</source>
        <translation>{0}: wat betekent dit voor dit kind?</translation>
    </message>
    <message>
        <source>{0} ({1} years): what does this mean for this child?</source>
        <translation>{0} ({1} jaar): wat betekent dit voor dit kind?</translation>
    </message>
    <message>
        <source>Keep the child in view: a line per child goes into the request (without names).</source>
        <translation>Houd het kind in beeld: per kind komt er een regel in de hulpvraag (zonder namen).</translation>
    </message>
    <message>
        <source>No children are recorded in this family&apos;s case file.</source>
        <translation>In het dossier van dit gezin zijn geen kinderen genoteerd.</translation>
    </message>
</context>
<context>
    <name>ConfirmCodePage</name>
    <message>
        <source>Check that you wrote it down</source>
        <translation>Controleer of u de code opgeschreven hebt</translation>
    </message>
    <message>
        <source>Look at your paper, not at the screen: type the last group of the code.</source>
        <translation>Kijk op uw papier, niet op het scherm: typ de laatste groep van de code.</translation>
    </message>
    <message>
        <source>&amp;Last group of the recovery code:</source>
        <translation>&amp;Laatste groep van de herstelcode:</translation>
    </message>
    <message>
        <source>I cannot type it now, but I &amp;wrote the whole code down on paper</source>
        <translation>Ik kan het nu niet typen, maar ik heb de hele code op papier &amp;opgeschreven</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>You and a colleague changed the same thing while apart. Nothing was overwritten: choose what to keep. Your choice reaches them at the next sync.</source>
        <translation>U en een collega hebben apart hetzelfde gewijzigd. Er is niets overschreven: kies wat u bewaart. Uw keuze bereikt uw collega bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>On this laptop</source>
        <translation>Op deze laptop</translation>
    </message>
    <message>
        <source>From your colleague</source>
        <translation>Van uw collega</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>&amp;Mijn versie houden</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>&amp;Hun versie houden</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>&amp;Beide houden</translation>
    </message>
    <message>
        <source>{0}: field “{1}”</source>
        <translation>{0}: veld “{1}”</translation>
    </message>
    <message>
        <source>{0}: a note</source>
        <translation>{0}: een notitie</translation>
    </message>
    <message>
        <source>No conflicts: nothing to settle.</source>
        <translation>Geen conflicten: niets te regelen.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record the parent&apos;s consent</source>
        <translation>Toestemming van de ouder noteren</translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation>Mondeling</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Schriftelijk</translation>
    </message>
    <message>
        <source>Shared with:</source>
        <translation>Gedeeld met:</translation>
    </message>
    <message>
        <source>Everything in this request</source>
        <translation>Alles in deze hulpvraag</translation>
    </message>
    <message>
        <source>The parent agreed to share:</source>
        <translation>De ouder gaf toestemming om te delen:</translation>
    </message>
    <message>
        <source>Given:</source>
        <translation>Gegeven:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Op:</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Toestemming noteren</translation>
    </message>
    <message>
        <source>Ask the parent first. Only what the parent agreed to goes to the agency.</source>
        <translation>Vraag het eerst aan de ouder. Alleen waarvoor de ouder toestemming gaf, gaat naar de dienst.</translation>
    </message>
</context>
<context>
    <name>ConsentGate</name>
    <message>
        <source>The parent has not agreed yet to share with {0}: {1}.</source>
        <translation>De ouder heeft nog geen toestemming gegeven om te delen met {0}: {1}.</translation>
    </message>
    <message>
        <source>No consent yet: nothing is produced for this agency.</source>
        <translation>Nog geen toestemming: er wordt niets gemaakt voor deze dienst.</translation>
    </message>
    <message>
        <source>&amp;Record consent now…</source>
        <translation>Toestemming nu &amp;noteren…</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Add a contact</source>
        <translation>Een contact toevoegen</translation>
    </message>
    <message>
        <source>Change a contact</source>
        <translation>Een contact wijzigen</translation>
    </message>
    <message>
        <source>&amp;Name or role:</source>
        <translation>&amp;Naam of rol:</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>Net&amp;werk:</translation>
    </message>
    <message>
        <source>&amp;Person or organisation:</source>
        <translation>&amp;Persoon of organisatie:</translation>
    </message>
    <message>
        <source>&amp;Tie:</source>
        <translation>&amp;Band:</translation>
    </message>
    <message>
        <source>&amp;Support:</source>
        <translation>&amp;Steun:</translation>
    </message>
    <message>
        <source>On the social map as (optional):</source>
        <translation>Op de sociale kaart als (optioneel):</translation>
    </message>
    <message>
        <source>(not on the social map)</source>
        <translation>(niet op de sociale kaart)</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otitie:</translation>
    </message>
    <message>
        <source>e.g. grandmother, school teacher, GP</source>
        <translation>bv. grootmoeder, leerkracht, huisarts</translation>
    </message>
</context>
<context>
    <name>ContactImportDialog</name>
    <message>
        <source>Add a colleague</source>
        <translation>Een collega toevoegen</translation>
    </message>
    <message>
        <source>Paste the text of your colleague&apos;s contact card (it starts with ODC1:) or open the card file they gave you.</source>
        <translation>Plak de tekst van de contactkaart van uw collega (die begint met ODC1:) of open het kaartbestand dat u kreeg.</translation>
    </message>
    <message>
        <source>&amp;Open card file…</source>
        <translation>Kaartbestand &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Show fingerprint</source>
        <translation>Vingerafdruk &amp;tonen</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Vingerafdruk:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>I compared this fingerprint with my colleague, in person or by phone, and it is the same</source>
        <translation>Ik heb deze vingerafdruk met mijn collega vergeleken, persoonlijk of via de telefoon, en hij is dezelfde</translation>
    </message>
    <message>
        <source>&amp;Trust this colleague</source>
        <translation>Deze collega &amp;vertrouwen</translation>
    </message>
    <message>
        <source>(not read yet)</source>
        <translation>(nog niet gelezen)</translation>
    </message>
    <message>
        <source>Open contact card</source>
        <translation>Contactkaart openen</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>This laptop</source>
        <translation>Deze laptop</translation>
    </message>
    <message>
        <source>Colleagues you trust</source>
        <translation>Collega&apos;s die u vertrouwt</translation>
    </message>
    <message>
        <source>Your &amp;name on the card:</source>
        <translation>Uw &amp;naam op de kaart:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Vingerafdruk:</translation>
    </message>
    <message>
        <source>&amp;Copy contact card</source>
        <translation>Contactkaart &amp;kopiëren</translation>
    </message>
    <message>
        <source>Sa&amp;ve contact card…</source>
        <translation>Contactkaart op&amp;slaan…</translation>
    </message>
    <message>
        <source>&amp;Add a colleague…</source>
        <translation>Een collega &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Give your contact card to a colleague, then read this fingerprint out to them (in person or by phone) so they can check it before trusting it.</source>
        <translation>Geef uw contactkaart aan een collega en lees deze vingerafdruk aan hem of haar voor (persoonlijk of via de telefoon), zodat die hem kan controleren voor hij vertrouwd wordt.</translation>
    </message>
    <message>
        <source>Save contact card</source>
        <translation>Contactkaart opslaan</translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <source>Outreach Desk - create your vault</source>
        <translation>Outreach Desk - uw kluis aanmaken</translation>
    </message>
    <message>
        <source>I &amp;wrote it down</source>
        <translation>Ik heb de code &amp;opgeschreven</translation>
    </message>
    <message>
        <source>&amp;Start working</source>
        <translation>Aan het werk &amp;gaan</translation>
    </message>
</context>
<context>
    <name>DebriefView</name>
    <message>
        <source>Warning: these agencies would turn this family away</source>
        <translation>Let op: deze diensten zouden dit gezin weigeren</translation>
    </message>
    <message>
        <source>Non-take-up mechanisms</source>
        <translation>Mechanismen van niet-gebruik van rechten</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Diensten</translation>
    </message>
    <message>
        <source>Life domains</source>
        <translation>Levensdomeinen</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Overeenkomend</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Gemist</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>Extra</translation>
    </message>
    <message>
        <source>Mechanisms the room named</source>
        <translation>Mechanismen die de groep noemde</translation>
    </message>
    <message>
        <source>Agencies the room chose</source>
        <translation>Diensten die de groep koos</translation>
    </message>
    <message>
        <source>Life domains the room saw</source>
        <translation>Levensdomeinen die de groep zag</translation>
    </message>
    <message>
        <source>C&amp;lear the room&apos;s answers</source>
        <translation>Antwoorden van de groep &amp;wissen</translation>
    </message>
</context>
<context>
    <name>DomainChipsModel</name>
    <message>
        <source>(added by you)</source>
        <translation>(door u toegevoegd)</translation>
    </message>
    <message>
        <source>(like earlier worries: worth a look)</source>
        <translation>(zoals eerdere zorgen: het bekijken waard)</translation>
    </message>
</context>
<context>
    <name>DraftBar</name>
    <message>
        <source>&amp;Resume writing</source>
        <translation>Verder &amp;schrijven</translation>
    </message>
    <message>
        <source>Throw a&amp;way</source>
        <translation>&amp;Weggooien</translation>
    </message>
    <message>
        <source>An unsaved note for {0} was kept: &quot;{1}...&quot; ({2} draft(s) in all)</source>
        <translation>Een niet-opgeslagen notitie voor {0} werd bewaard: &quot;{1}...&quot; ({2} concept(en) in totaal)</translation>
    </message>
</context>
<context>
    <name>Ecomap</name>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>Formeel</translation>
    </message>
    <message>
        <source>Informal</source>
        <translation>Informeel</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Sterk</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Zwak</translation>
    </message>
    <message>
        <source>Strained</source>
        <translation>Gespannen</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Verbroken</translation>
    </message>
    <message>
        <source>Support to the family</source>
        <translation>Steun aan het gezin</translation>
    </message>
    <message>
        <source>Support from the family</source>
        <translation>Steun van het gezin</translation>
    </message>
    <message>
        <source>Support both ways</source>
        <translation>Steun in beide richtingen</translation>
    </message>
    <message>
        <source>No support</source>
        <translation>Geen steun</translation>
    </message>
    <message>
        <source>{network} {kind}, {tie} tie, {support}</source>
        <translation>{kind} ({network}), band: {tie}, {support}</translation>
    </message>
</context>
<context>
    <name>EcomapWidget</name>
    <message>
        <source>Remove “{name}”</source>
        <translation>“{name}” verwijderen</translation>
    </message>
    <message>
        <source>Removed “{name}”. Undo with {keys}.</source>
        <translation>“{name}” verwijderd. Ongedaan maken met {keys}.</translation>
    </message>
    <message>
        <source>Add “{name}”</source>
        <translation>“{name}” toevoegen</translation>
    </message>
    <message>
        <source>Change “{name}”</source>
        <translation>“{name}” wijzigen</translation>
    </message>
    <message>
        <source>Export the network map</source>
        <translation>De netwerkkaart exporteren</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <source>Saved {path}. This picture is not encrypted.</source>
        <translation>{path} opgeslagen. Deze afbeelding is niet versleuteld.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Niet opgeslagen: {error}</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>Contact &amp;toevoegen</translation>
    </message>
    <message>
        <source>Add a contact to the network map (Insert)</source>
        <translation>Een contact aan de netwerkkaart toevoegen (Insert)</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Wijzigen</translation>
    </message>
    <message>
        <source>Change the selected contact (Enter)</source>
        <translation>Het gekozen contact wijzigen (Enter)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected contact (Delete; undo)</source>
        <translation>Het gekozen contact verwijderen (Delete; ongedaan te maken)</translation>
    </message>
    <message>
        <source>Export as &amp;picture…</source>
        <translation>Exporteren als &amp;afbeelding…</translation>
    </message>
    <message>
        <source>Save the map as a PNG picture (not encrypted: a deliberate export)</source>
        <translation>De kaart als PNG-afbeelding opslaan (niet versleuteld: een bewuste export)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <source>Keys: Insert adds, Enter changes, Delete removes (Ctrl+Z brings it back), arrows and Tab move between contacts.</source>
        <translation>Toetsen: Insert voegt toe, Enter wijzigt, Delete verwijdert (Ctrl+Z zet terug), pijltjes en Tab gaan van contact naar contact.</translation>
    </message>
    <message>
        <source>Network map of the family</source>
        <translation>Netwerkkaart van het gezin</translation>
    </message>
    <message>
        <source>Contacts on the network map</source>
        <translation>Contacten op de netwerkkaart</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>That is not the right passphrase or code. Nothing was changed.</source>
        <translation>Dat is niet de juiste wachtwoordzin of code. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>This vault was made by a newer Outreach Desk. Install the newer version.</source>
        <translation>Deze kluis werd gemaakt met een nieuwere Outreach Desk. Installeer de nieuwere versie.</translation>
    </message>
    <message>
        <source>The vault file is damaged. It was left exactly as it is.</source>
        <translation>Het kluisbestand is beschadigd. Het werd gelaten zoals het is.</translation>
    </message>
    <message>
        <source>There is no vault in this folder.</source>
        <translation>Er is geen kluis in deze map.</translation>
    </message>
    <message>
        <source>A vault already exists in this folder; open it instead.</source>
        <translation>In deze map bestaat al een kluis; open die.</translation>
    </message>
    <message>
        <source>The vault is locked; unlock it first.</source>
        <translation>De kluis is vergrendeld; ontgrendel ze eerst.</translation>
    </message>
    <message>
        <source>A record failed its integrity check and was not shown.</source>
        <translation>Een gegeven slaagde niet voor de integriteitscontrole en werd niet getoond.</translation>
    </message>
    <message>
        <source>That passphrase is too weak.</source>
        <translation>Die wachtwoordzin is te zwak.</translation>
    </message>
    <message>
        <source>Please check what you entered.</source>
        <translation>Controleer wat u ingevuld hebt.</translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation>Dit item bestaat niet meer.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Er ging iets mis.</translation>
    </message>
</context>
<context>
    <name>ExercisesView</name>
    <message>
        <source>Exercise {0}: {1}</source>
        <translation>Oefening {0}: {1}</translation>
    </message>
    <message>
        <source>Facilitator notes:</source>
        <translation>Notities voor de begeleider:</translation>
    </message>
    <message>
        <source>Model request:</source>
        <translation>Voorbeeld van hulpvraag:</translation>
    </message>
    <message>
        <source>Key terms:</source>
        <translation>Kernbegrippen:</translation>
    </message>
    <message>
        <source>Show the &amp;facilitator notes</source>
        <translation>Notities voor de &amp;begeleider tonen</translation>
    </message>
</context>
<context>
    <name>ExperiencePanel</name>
    <message>
        <source>Written {0}</source>
        <translation>Geschreven {0}</translation>
    </message>
    <message>
        <source>Note not saved</source>
        <translation>Notitie niet opgeslagen</translation>
    </message>
    <message>
        <source>Delete experience note</source>
        <translation>Ervaringsnotitie verwijderen</translation>
    </message>
    <message>
        <source>Delete this note for good?

{0}</source>
        <translation>Deze notitie definitief verwijderen?

{0}</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>Notitie &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Wijzigingen op&amp;slaan</translation>
    </message>
    <message>
        <source>Experience with this service (encrypted in your vault)</source>
        <translation>Ervaring met deze dienst (versleuteld in uw kluis)</translation>
    </message>
    <message>
        <source>No experience noted yet. Write what you saw: how long you waited, whom to ask for, how families were received.</source>
        <translation>Nog geen ervaring genoteerd. Schrijf op wat u zag: hoe lang u wachtte, naar wie u moet vragen, hoe gezinnen ontvangen werden.</translation>
    </message>
    <message>
        <source>e.g. waited 3 weeks; ask for Fatima, speaks Tarifit</source>
        <translation>bv. 3 weken gewacht; vraag naar Fatima, spreekt Tarifit</translation>
    </message>
    <message>
        <source>Experience note</source>
        <translation>Ervaringsnotitie</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wanneer:</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bewerken</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>&amp;Verwijderen...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>ExtrasPage</name>
    <message>
        <source>Optional: practise and work with colleagues</source>
        <translation>Optioneel: oefenen en samenwerken met collega&apos;s</translation>
    </message>
    <message>
        <source>All of this can be skipped and done later.</source>
        <translation>Dit kan allemaal overgeslagen en later gedaan worden.</translation>
    </message>
    <message>
        <source>Open the &amp;training vault first (fictional families)</source>
        <translation>Eerst de &amp;oefenkluis openen (fictieve gezinnen)</translation>
    </message>
    <message>
        <source>Colleagues you will share families with (their contact cards):</source>
        <translation>Collega&apos;s met wie u gezinnen zult delen (hun contactkaarten):</translation>
    </message>
    <message>
        <source>Add a colleague&apos;s &amp;contact card...</source>
        <translation>&amp;Contactkaart van een collega toevoegen...</translation>
    </message>
    <message>
        <source>Shared folder for sync (a USB stick or a synced folder; optional):</source>
        <translation>Gedeelde map voor synchronisatie (een USB-stick of een gesynchroniseerde map; optioneel):</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Bladeren...</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 werd toegevoegd.</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>Contactkaart</translation>
    </message>
    <message>
        <source>Contact cards (*.json *.txt);;All (*)</source>
        <translation>Contactkaarten (*.json *.txt);;Alle (*)</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Vingerafdruk</translation>
    </message>
    <message>
        <source>The fingerprint your colleague reads out:</source>
        <translation>De vingerafdruk die uw collega voorleest:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Their name:</source>
        <translation>Naam van de collega:</translation>
    </message>
    <message>
        <source>Shared folder for sync</source>
        <translation>Gedeelde map voor synchronisatie</translation>
    </message>
</context>
<context>
    <name>FamiliesPage</name>
    <message>
        <source>Close the case of {0}? The family and its notes stay in the vault; you can reopen the case later.</source>
        <translation>Het dossier van {0} afsluiten? Het gezin en de notities blijven in de kluis; u kunt het dossier later heropenen.</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Dossier afsluiten</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>FamilyDetail</name>
    <message>
        <source>Municipality:</source>
        <translation>Gemeente:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Talen:</translation>
    </message>
    <message>
        <source>Residence:</source>
        <translation>Verblijf:</translation>
    </message>
    <message>
        <source>What goes well</source>
        <translation>Wat goed gaat</translation>
    </message>
    <message>
        <source>Life domains at stake (click to change)</source>
        <translation>Betrokken levensdomeinen (klik om te wijzigen)</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>Gezinsleden</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Bewerken...</translation>
    </message>
    <message>
        <source>Choose a family in the list</source>
        <translation>Kies een gezin in de lijst</translation>
    </message>
    <message>
        <source>Re&amp;open case</source>
        <translation>Dossier her&amp;openen</translation>
    </message>
    <message>
        <source>&amp;Close case...</source>
        <translation>Dossier a&amp;fsluiten...</translation>
    </message>
    <message>
        <source>Nothing written yet. What goes well in this family?</source>
        <translation>Nog niets geschreven. Wat gaat goed in dit gezin?</translation>
    </message>
    <message>
        <source>No members recorded.</source>
        <translation>Geen gezinsleden genoteerd.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>{0} years (born {1})</source>
        <translation>{0} jaar (geboren in {1})</translation>
    </message>
</context>
<context>
    <name>FamilyDialog</name>
    <message>
        <source>New family</source>
        <translation>Nieuw gezin</translation>
    </message>
    <message>
        <source>Edit family</source>
        <translation>Gezin bewerken</translation>
    </message>
    <message>
        <source>&amp;Label (pseudonym):</source>
        <translation>&amp;Label (schuilnaam):</translation>
    </message>
    <message>
        <source>Real &amp;names (optional):</source>
        <translation>Echte &amp;namen (optioneel):</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Gemeente:</translation>
    </message>
    <message>
        <source>Lan&amp;guages (codes, e.g. ar, fr):</source>
        <translation>&amp;Talen (codes, bv. ar, fr):</translation>
    </message>
    <message>
        <source>&amp;Residence:</source>
        <translation>&amp;Verblijf:</translation>
    </message>
    <message>
        <source>&amp;What goes well (one per line):</source>
        <translation>&amp;Wat goed gaat (één per regel):</translation>
    </message>
    <message>
        <source>e.g. Family Sunflower</source>
        <translation>bv. Gezin Zonnebloem</translation>
    </message>
    <message>
        <source>Members (children with their birth year):</source>
        <translation>Gezinsleden (kinderen met hun geboortejaar):</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Geboortejaar</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>Ge&amp;zinslid toevoegen</translation>
    </message>
    <message>
        <source>Remo&amp;ve member</source>
        <translation>Gezinslid ve&amp;rwijderen</translation>
    </message>
</context>
<context>
    <name>FamilyGlance</name>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Doorverwijzing</translation>
    </message>
    <message>
        <source>Referral outcome</source>
        <translation>Resultaat van de doorverwijzing</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Toestemming gegeven</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Toestemming ingetrokken</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Overdracht</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Intakes</source>
        <translation>Intakes</translation>
    </message>
    <message>
        <source>Referrals and outcomes</source>
        <translation>Doorverwijzingen en resultaten</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <source>Handovers</source>
        <translation>Overdrachten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>School or childcare</source>
        <translation>School of kinderopvang</translation>
    </message>
    <message>
        <source>For this child</source>
        <translation>Voor dit kind</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domeinen</translation>
    </message>
    <message>
        <source>What goes well</source>
        <translation>Wat goed gaat</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>One strength per line, e.g. takes initiative, a supportive community</source>
        <translation>Eén sterkte per regel, bv. neemt initiatief, een steunende gemeenschap</translation>
    </message>
    <message>
        <source>Children in view</source>
        <translation>Kinderen in beeld</translation>
    </message>
    <message>
        <source>Double-click (or press F2) in “For this child” to update the line.</source>
        <translation>Dubbelklik (of druk op F2) in “Voor dit kind” om de regel bij te werken.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Nothing written down yet. Ask the family what goes well.</source>
        <translation>Nog niets opgeschreven. Vraag het gezin wat goed gaat.</translation>
    </message>
    <message>
        <source>How are {names} doing?</source>
        <translation>Hoe gaat het met {names}?</translation>
    </message>
    <message>
        <source>How are the children doing?</source>
        <translation>Hoe gaat het met de kinderen?</translation>
    </message>
    <message>
        <source>The last {count} notes say nothing about children. Are there children in this family? Add them so they stay in view.</source>
        <translation>De laatste {count} notities zeggen niets over kinderen. Zijn er kinderen in dit gezin? Voeg ze toe zodat ze in beeld blijven.</translation>
    </message>
    <message>
        <source>The last note does not mention the children.</source>
        <translation>De laatste notitie vermeldt de kinderen niet.</translation>
    </message>
    <message>
        <source>The last {count} notes do not mention the children.</source>
        <translation>De laatste {count} notities vermelden de kinderen niet.</translation>
    </message>
    <message>
        <source>How is {name} doing?</source>
        <translation>Hoe gaat het met {name}?</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} en {last}</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>All life domains</source>
        <translation>Alle levensdomeinen</translation>
    </message>
</context>
<context>
    <name>FamilyListPanel</name>
    <message>
        <source>Filter by name or municipality</source>
        <translation>Filteren op naam of gemeente</translation>
    </message>
    <message>
        <source>No families yet.
Open a case file for the first family you accompany: a pseudonym is enough.</source>
        <translation>Nog geen gezinnen.
Open een dossier voor het eerste gezin dat u begeleidt: een schuilnaam volstaat.</translation>
    </message>
    <message>
        <source>Add the &amp;first family</source>
        <translation>Het &amp;eerste gezin toevoegen</translation>
    </message>
</context>
<context>
    <name>FamilySummary</name>
    <message>
        <source>Family summary: {label}</source>
        <translation>Gezinsoverzicht: {label}</translation>
    </message>
    <message>
        <source>Deliberate plaintext export, made on {day}. Outreach Desk keeps this family&apos;s file encrypted; this printout is not.</source>
        <translation>Bewuste onversleutelde export, gemaakt op {day}. Outreach Desk bewaart het dossier van dit gezin versleuteld; deze afdruk niet.</translation>
    </message>
    <message>
        <source>Case opened on</source>
        <translation>Dossier geopend op</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Ouders</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <source>Life domains in focus</source>
        <translation>Levensdomeinen in focus</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>What goes well</source>
        <translation>Wat goed gaat</translation>
    </message>
    <message>
        <source>No strengths written down yet: ask the family what goes well.</source>
        <translation>Nog geen sterktes opgeschreven: vraag het gezin wat goed gaat.</translation>
    </message>
    <message>
        <source>Children in view</source>
        <translation>Kinderen in beeld</translation>
    </message>
    <message>
        <source>No children recorded.</source>
        <translation>Geen kinderen genoteerd.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>School or childcare</source>
        <translation>School of kinderopvang</translation>
    </message>
    <message>
        <source>For this child</source>
        <translation>Voor dit kind</translation>
    </message>
    <message>
        <source>Network map</source>
        <translation>Netwerkkaart</translation>
    </message>
    <message>
        <source>No network map drawn yet.</source>
        <translation>Nog geen netwerkkaart getekend.</translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation>Lopende doorverwijzingen</translation>
    </message>
    <message>
        <source>No open referrals.</source>
        <translation>Geen lopende doorverwijzingen.</translation>
    </message>
    <message>
        <source>(untitled referral)</source>
        <translation>(doorverwijzing zonder titel)</translation>
    </message>
    <message>
        <source>since {day}</source>
        <translation>sinds {day}</translation>
    </message>
</context>
<context>
    <name>FamilyTableModel</name>
    <message>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <source>Life domains</source>
        <translation>Levensdomeinen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>FamilyTabs</name>
    <message>
        <source>&amp;Case file</source>
        <translation>&amp;Dossier</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Life domains ({0})</source>
        <translation>Levensdomeinen ({0})</translation>
    </message>
    <message>
        <source>All life domains</source>
        <translation>Alle levensdomeinen</translation>
    </message>
    <message>
        <source>Show only services for these life domains</source>
        <translation>Alleen diensten voor deze levensdomeinen tonen</translation>
    </message>
    <message>
        <source>Welcomes people without papers</source>
        <translation>Helpt mensen zonder papieren</translation>
    </message>
    <message>
        <source>Only services that help people without legal residence (at least in part)</source>
        <translation>Alleen diensten die mensen zonder wettig verblijf helpen (minstens gedeeltelijk)</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Zonder afspraak</translation>
    </message>
    <message>
        <source>Only services where a family can come without appointment</source>
        <translation>Alleen diensten waar een gezin zonder afspraak terecht kan</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>Formeel</translation>
    </message>
    <message>
        <source>Only public or structurally subsidised services</source>
        <translation>Alleen openbare of structureel gesubsidieerde diensten</translation>
    </message>
    <message>
        <source>Informal</source>
        <translation>Informeel</translation>
    </message>
    <message>
        <source>Only citizen initiatives run by volunteers</source>
        <translation>Alleen burgerinitiatieven die door vrijwilligers gedragen worden</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Elke taal</translation>
    </message>
    <message>
        <source>Only services that work in this language</source>
        <translation>Alleen diensten die in deze taal werken</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alle gemeenten</translation>
    </message>
    <message>
        <source>Only services in this municipality (and region-wide ones)</source>
        <translation>Alleen diensten in deze gemeente (en gewestelijke diensten)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>{0} (overdue)</source>
        <translation>{0} (te laat)</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Opvolgen op</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Referrals whose follow-up date has come, the most overdue first (in red).</source>
        <translation>Doorverwijzingen waarvan de opvolgdatum bereikt is, de meest achterstallige eerst (in het rood).</translation>
    </message>
    <message>
        <source>Nothing to follow up today.</source>
        <translation>Vandaag niets op te volgen.</translation>
    </message>
    <message>
        <source>The selected referral</source>
        <translation>De gekozen doorverwijzing</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Barrier met:</source>
        <translation>Drempel:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notitie:</translation>
    </message>
    <message>
        <source>Next follow-up:</source>
        <translation>Volgende opvolging:</translation>
    </message>
    <message>
        <source>e.g. waiting list until March; no interpreter</source>
        <translation>bv. wachtlijst tot maart; geen tolk</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>&amp;Status instellen</translation>
    </message>
    <message>
        <source>Set &amp;date</source>
        <translation>&amp;Datum instellen</translation>
    </message>
    <message>
        <source>&amp;Open the family</source>
        <translation>Het gezin &amp;openen</translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <source>No entry matches this search.</source>
        <translation>Geen enkel begrip past bij deze zoekopdracht.</translation>
    </message>
    <message>
        <source>Reviewed by a native speaker</source>
        <translation>Nagekeken door een moedertaalspreker</translation>
    </message>
    <message>
        <source>⚠ Needs review by a native speaker before you rely on it</source>
        <translation>⚠ Moet nog nagekeken worden door een moedertaalspreker voor je erop vertrouwt</translation>
    </message>
    <message>
        <source>Print glossary (PDF, not encrypted)</source>
        <translation>Woordenlijst afdrukken (pdf, onversleuteld)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Glossary not printed</source>
        <translation>Woordenlijst niet afgedrukt</translation>
    </message>
    <message>
        <source>Search a word in any language (e.g. OCMW, CPAS, aide médicale)…</source>
        <translation>Zoek een woord in eender welke taal (bv. OCMW, CPAS, aide médicale)…</translation>
    </message>
    <message>
        <source>First language of the pair</source>
        <translation>Eerste taal van het paar</translation>
    </message>
    <message>
        <source>Second language of the pair</source>
        <translation>Tweede taal van het paar</translation>
    </message>
    <message>
        <source>Print glossary (PDF, not encrypted)…</source>
        <translation>Woordenlijst afdrukken (pdf, onversleuteld)…</translation>
    </message>
    <message>
        <source>The PDF holds the whole glossary in the two chosen languages.</source>
        <translation>De pdf bevat de hele woordenlijst in de twee gekozen talen.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand over a family</source>
        <translation>Een gezin overdragen</translation>
    </message>
    <message>
        <source>Who becomes responsible for {0}? A note on the timeline records it.</source>
        <translation>Wie wordt verantwoordelijk voor {0}? Een notitie op de tijdlijn legt het vast.</translation>
    </message>
    <message>
        <source>Hand over &amp;to:</source>
        <translation>Overdragen &amp;aan:</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>&amp;Overdragen…</translation>
    </message>
    <message>
        <source>I &amp;keep read access</source>
        <translation>Ik &amp;behoud leestoegang</translation>
    </message>
    <message>
        <source>I no longer need access: &amp;remove the family here once it has been sent</source>
        <translation>Ik heb geen toegang meer nodig: het gezin hier &amp;verwijderen zodra het verstuurd is</translation>
    </message>
</context>
<context>
    <name>HelpRequest</name>
    <message>
        <source>Emergency</source>
        <translation>Noodhulp</translation>
    </message>
    <message>
        <source>Holds the right</source>
        <translation>Kent het recht toe</translation>
    </message>
    <message>
        <source>Informal bridge</source>
        <translation>Informele brug</translation>
    </message>
    <message>
        <source>Other service</source>
        <translation>Andere dienst</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Appointment set</source>
        <translation>Afspraak gemaakt</translation>
    </message>
    <message>
        <source>Helped</source>
        <translation>Geholpen</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>No show</source>
        <translation>Niet komen opdagen</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>No barrier</source>
        <translation>Geen drempel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>Verblijfsstatus</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Weigering</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>Geen antwoord</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
</context>
<context>
    <name>HelpRequestPage</name>
    <message>
        <source>Pick a service first.</source>
        <translation>Kies eerst een dienst.</translation>
    </message>
    <message>
        <source>Select a family on the families page first.</source>
        <translation>Kies eerst een gezin op de pagina Gezinnen.</translation>
    </message>
    <message>
        <source>1. Worries</source>
        <translation>1. Zorgen</translation>
    </message>
    <message>
        <source>2. Urgency</source>
        <translation>2. Dringendheid</translation>
    </message>
    <message>
        <source>3. Why no help yet</source>
        <translation>3. Waarom nog geen hulp</translation>
    </message>
    <message>
        <source>4. The children</source>
        <translation>4. De kinderen</translation>
    </message>
    <message>
        <source>5. Services</source>
        <translation>5. Diensten</translation>
    </message>
    <message>
        <source>6. Request</source>
        <translation>6. Hulpvraag</translation>
    </message>
    <message>
        <source>7. Send and follow up</source>
        <translation>7. Versturen en opvolgen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>New intake</source>
        <translation>Nieuwe intake</translation>
    </message>
    <message>
        <source>Keep this draft in the vault and start again for another worry.</source>
        <translation>Dit concept in de kluis bewaren en opnieuw beginnen voor een andere zorg.</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Volgende</translation>
    </message>
    <message>
        <source>Help request: select a family on the families page.</source>
        <translation>Hulpvraag: kies een gezin op de pagina Gezinnen.</translation>
    </message>
    <message>
        <source>Help request for {0}</source>
        <translation>Hulpvraag voor {0}</translation>
    </message>
</context>
<context>
    <name>InterpretersPage</name>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Woordenlijst</translation>
    </message>
    <message>
        <source>&amp;Appointment sheet</source>
        <translation>&amp;Afsprakenblad</translation>
    </message>
</context>
<context>
    <name>KindBanner</name>
    <message>
        <source>DEMO - fictional data</source>
        <translation>DEMO - fictieve gegevens</translation>
    </message>
    <message>
        <source>TRAINING - fictional families</source>
        <translation>OEFENING - fictieve gezinnen</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to Outreach Desk</source>
        <translation>Welkom bij Outreach Desk</translation>
    </message>
    <message>
        <source>Choose the language of the app. You can change it later in the menu.</source>
        <translation>Kies de taal van de app. U kunt ze later wijzigen in het menu.</translation>
    </message>
</context>
<context>
    <name>LensStep</name>
    <message>
        <source>Next step: {0}. {1}</source>
        <translation>Volgende stap: {0}. {1}</translation>
    </message>
    <message>
        <source>Why does the family not get what it has a right to? Tick what is at play; the matching next step appears.</source>
        <translation>Waarom krijgt het gezin niet waar het recht op heeft? Vink aan wat meespeelt; de passende volgende stap verschijnt.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Families</source>
        <translation>&amp;Gezinnen</translation>
    </message>
    <message>
        <source>Outreach Desk</source>
        <translation>Outreach Desk</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation>OEFENING</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>F&amp;amily</source>
        <translation>Ge&amp;zin</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notitie</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>About Outreach Desk</source>
        <translation>Over Outreach Desk</translation>
    </message>
    <message>
        <source>Outreach Desk {0}
Encrypted case notes for outreach workers in Brussels. Everything stays on this laptop, encrypted.</source>
        <translation>Outreach Desk {0}
Versleutelde dossiernotities voor outreachwerkers in Brussel. Alles blijft versleuteld op deze laptop.</translation>
    </message>
    <message>
        <source>Third-party licences</source>
        <translation>Licenties van derden</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Edit note (a new version is kept; history stays)</source>
        <translation>Notitie bewerken (er wordt een nieuwe versie bewaard; de geschiedenis blijft)</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nieuwe notitie</translation>
    </message>
    <message>
        <source>What happened, what the parent asked, what comes next...</source>
        <translation>Wat er gebeurde, wat de ouder vroeg, wat de volgende stap is...</translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation>Notitie &amp;opslaan</translation>
    </message>
    <message>
        <source>Disc&amp;ard</source>
        <translation>&amp;Weggooien</translation>
    </message>
    <message>
        <source>Draft from {0} restored.</source>
        <translation>Concept van {0} teruggezet.</translation>
    </message>
    <message>
        <source>Draft saved at {0}</source>
        <translation>Concept opgeslagen om {0}</translation>
    </message>
    <message>
        <source>The note was not saved</source>
        <translation>De notitie werd niet opgeslagen</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Notitie opgeslagen.</translation>
    </message>
    <message>
        <source>Discard this text?</source>
        <translation>Deze tekst weggooien?</translation>
    </message>
    <message>
        <source>What you typed will be thrown away.</source>
        <translation>Wat u getypt hebt, gaat verloren.</translation>
    </message>
</context>
<context>
    <name>NoteHistoryDialog</name>
    <message>
        <source>Note history</source>
        <translation>Geschiedenis van de notitie</translation>
    </message>
    <message>
        <source>Version {0} - {1}</source>
        <translation>Versie {0} - {1}</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(huidige)</translation>
    </message>
    <message>
        <source>(CONFLICT: written at the same time on another laptop)</source>
        <translation>(CONFLICT: tegelijk geschreven op een andere laptop)</translation>
    </message>
</context>
<context>
    <name>NoteListModel</name>
    <message>
        <source>Two versions were written on different laptops; open the history.</source>
        <translation>Er werden twee versies geschreven op verschillende laptops; open de geschiedenis.</translation>
    </message>
    <message>
        <source>edited {0}, {1} versions</source>
        <translation>bewerkt {0}, {1} versies</translation>
    </message>
    <message>
        <source>CONFLICT: {0} other version(s)</source>
        <translation>CONFLICT: {0} andere versie(s)</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Notes, newest first (double-click a note for its history)</source>
        <translation>Notities, nieuwste eerst (dubbelklik op een notitie voor de geschiedenis)</translation>
    </message>
</context>
<context>
    <name>OpenTrainingButton</name>
    <message>
        <source>Open &amp;training (fictional families)</source>
        <translation>&amp;Oefening openen (fictieve gezinnen)</translation>
    </message>
    <message>
        <source>Opens the separate training vault for workshops. Your own vault stays locked and is not touched.</source>
        <translation>Opent de aparte oefenkluis voor workshops. Uw eigen kluis blijft vergrendeld en wordt niet aangeraakt.</translation>
    </message>
</context>
<context>
    <name>OutputsStep</name>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Exported files are NOT encrypted: anyone with the file can read it. Send or print it, then delete it.</source>
        <translation>Geëxporteerde bestanden zijn NIET versleuteld: iedereen met het bestand kan het lezen. Verstuur of druk het af en verwijder het daarna.</translation>
    </message>
    <message>
        <source>&amp;Export PDF (not encrypted)…</source>
        <translation>PDF &amp;exporteren (niet versleuteld)…</translation>
    </message>
    <message>
        <source>&amp;Copy as e-mail text</source>
        <translation>&amp;Kopiëren als e-mailtekst</translation>
    </message>
    <message>
        <source>The clipboard is emptied after 30 seconds.</source>
        <translation>Het klembord wordt na 30 seconden leeggemaakt.</translation>
    </message>
    <message>
        <source>&amp;Parent&apos;s sheet (PDF, not encrypted)…</source>
        <translation>&amp;Blad voor de ouder (PDF, niet versleuteld)…</translation>
    </message>
    <message>
        <source>The parent&apos;s language:</source>
        <translation>Taal van de ouder:</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>Follow up on:</source>
        <translation>Opvolgen op:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>&amp;Save the referral</source>
        <translation>De doorverwijzing op&amp;slaan</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Si&amp;gnals</source>
        <translation>Signa&amp;len</translation>
    </message>
    <message>
        <source>This screen could not be opened: {0}</source>
        <translation>Dit scherm kon niet geopend worden: {0}</translation>
    </message>
    <message>
        <source>Net&amp;work map</source>
        <translation>Net&amp;werkkaart</translation>
    </message>
    <message>
        <source>&amp;At a glance</source>
        <translation>&amp;In één oogopslag</translation>
    </message>
    <message>
        <source>To follow &amp;up</source>
        <translation>Op te &amp;volgen</translation>
    </message>
    <message>
        <source>Help re&amp;quest</source>
        <translation>Hulpv&amp;raag</translation>
    </message>
    <message>
        <source>Social &amp;map</source>
        <translation>Sociale &amp;kaart</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchroniseren</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Oefening</translation>
    </message>
    <message>
        <source>&amp;Interpreters</source>
        <translation>&amp;Tolken</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Herhaal ze:</translation>
    </message>
    <message>
        <source>for example: four unrelated words</source>
        <translation>bijvoorbeeld: vier woorden die niets met elkaar te maken hebben</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoordzinnen verschillen.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Kies een wachtwoordzin</translation>
    </message>
    <message>
        <source>Everything you write in Outreach Desk is encrypted with this passphrase. Nobody can recover it for you, so choose one you will remember: four or five unrelated words work well.</source>
        <translation>Alles wat u in Outreach Desk schrijft, wordt versleuteld met deze wachtwoordzin. Niemand kan ze voor u terughalen, dus kies er een die u zult onthouden: vier of vijf woorden die niets met elkaar te maken hebben, werken goed.</translation>
    </message>
    <message>
        <source>Creating the encrypted vault; this takes a few seconds...</source>
        <translation>De versleutelde kluis wordt aangemaakt; dit duurt enkele seconden...</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Step {0} / {1}</source>
        <translation>Stap {0} / {1}</translation>
    </message>
    <message>
        <source>{0} ({1}):</source>
        <translation>{0} ({1}):</translation>
    </message>
    <message>
        <source>Facilitator notes: {0}</source>
        <translation>Notities voor de begeleider: {0}</translation>
    </message>
    <message>
        <source>Model request: {0}</source>
        <translation>Voorbeeld van hulpvraag: {0}</translation>
    </message>
    <message>
        <source>Key terms: {0}</source>
        <translation>Kernbegrippen: {0}</translation>
    </message>
    <message>
        <source>Training - presentation</source>
        <translation>Oefening - presentatie</translation>
    </message>
    <message>
        <source>→ / Space: next   ← : previous   Home / End   N: notes   Esc: leave</source>
        <translation>→ / Spatie: volgende   ← : vorige   Home / End   N: notities   Esc: verlaten</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Your recovery code</source>
        <translation>Uw herstelcode</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this code is the only way back into your vault. It is shown only now. Write it on paper and keep it somewhere safe, away from the laptop.</source>
        <translation>Als u uw wachtwoordzin vergeet, is deze code de enige weg terug naar uw kluis. Hij wordt alleen nu getoond. Schrijf hem op papier en bewaar hem op een veilige plek, weg van de laptop.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>A copied code is removed from the clipboard after {0} seconds.</source>
        <translation>Een gekopieerde code wordt na {0} seconden van het klembord verwijderd.</translation>
    </message>
    <message>
        <source>Tip: do not save it in a file on this laptop or in your e-mail: whoever steals the laptop would find it. Paper, or a password manager you trust.</source>
        <translation>Tip: bewaar hem niet in een bestand op deze laptop of in uw e-mail: wie de laptop steelt, zou hem vinden. Liever op papier, of in een wachtwoordbeheerder die u vertrouwt.</translation>
    </message>
</context>
<context>
    <name>RequestActions</name>
    <message>
        <source>Record the parent&apos;s consent first.</source>
        <translation>Noteer eerst de toestemming van de ouder.</translation>
    </message>
    <message>
        <source>Export the help request (not encrypted)</source>
        <translation>De hulpvraag exporteren (niet versleuteld)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Saved (not encrypted): {0}</source>
        <translation>Opgeslagen (niet versleuteld): {0}</translation>
    </message>
    <message>
        <source>Export the parent&apos;s sheet (not encrypted)</source>
        <translation>Het blad voor de ouder exporteren (niet versleuteld)</translation>
    </message>
    <message>
        <source>Copied. The clipboard is emptied in {0} seconds.</source>
        <translation>Gekopieerd. Het klembord wordt over {0} seconden leeggemaakt.</translation>
    </message>
    <message>
        <source>Referral saved; it appears on &quot;To follow up&quot; when it is due.</source>
        <translation>Doorverwijzing opgeslagen; ze verschijnt bij &quot;Op te volgen&quot; wanneer het tijd is.</translation>
    </message>
    <message>
        <source>The social map is not available in this window.</source>
        <translation>De sociale kaart is niet beschikbaar in dit venster.</translation>
    </message>
</context>
<context>
    <name>RequestStep</name>
    <message>
        <source>The agency&apos;s &amp;language:</source>
        <translation>Taal van de &amp;dienst:</translation>
    </message>
    <message>
        <source>Start the text again</source>
        <translation>De tekst opnieuw beginnen</translation>
    </message>
    <message>
        <source>Edit the request</source>
        <translation>De hulpvraag bewerken</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search families and notes</source>
        <translation>Gezinnen en notities doorzoeken</translation>
    </message>
    <message>
        <source>Type a word; accents do not matter.</source>
        <translation>Typ een woord; accenten maken niet uit.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Niets gevonden.</translation>
    </message>
    <message>
        <source>{0} found</source>
        <translation>{0} gevonden</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>ServiceDetail</name>
    <message>
        <source>STALE: nobody checked this record in the last 12 months ({0}). Phone the service before you send a family.</source>
        <translation>VEROUDERD: niemand heeft deze gegevens de voorbije 12 maanden gecontroleerd ({0}). Bel de dienst voor u een gezin doorstuurt.</translation>
    </message>
    <message>
        <source>record source [1]</source>
        <translation>bron van de gegevens [1]</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Bron:</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>niet gekend</translation>
    </message>
    <message>
        <source>needs verification</source>
        <translation>moet gecontroleerd worden</translation>
    </message>
    <message>
        <source>[1] Source of this record: {0}. Facts {1}.</source>
        <translation>[1] Bron van deze gegevens: {0}. Feiten {1}.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>niet genoteerd</translation>
    </message>
    <message>
        <source>&amp;Use in a help request</source>
        <translation>&amp;Gebruiken in een hulpvraag</translation>
    </message>
    <message>
        <source>Start a help request for a family with this service</source>
        <translation>Een hulpvraag voor een gezin starten met deze dienst</translation>
    </message>
    <message>
        <source>Choose a service to see everything the map knows about it.</source>
        <translation>Kies een dienst om alles te zien wat de kaart erover weet.</translation>
    </message>
    <message>
        <source>Facts about the service</source>
        <translation>Feiten over de dienst</translation>
    </message>
</context>
<context>
    <name>ServiceResultsModel</name>
    <message>
        <source>STALE</source>
        <translation>VEROUDERD</translation>
    </message>
    <message>
        <source>whole Brussels region</source>
        <translation>heel het Brussels Gewest</translation>
    </message>
    <message>
        <source>welcomes people without papers</source>
        <translation>helpt mensen zonder papieren</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>zonder afspraak</translation>
    </message>
    <message>
        <source>1 experience note</source>
        <translation>1 ervaringsnotitie</translation>
    </message>
    <message>
        <source>{0} experience notes</source>
        <translation>{0} ervaringsnotities</translation>
    </message>
</context>
<context>
    <name>SharingPanel</name>
    <message>
        <source>Tick a colleague to share a family with them (duo work). Only ticked families are ever sent to that colleague.</source>
        <translation>Vink een collega aan om een gezin met hem of haar te delen (duowerk). Alleen aangevinkte gezinnen worden ooit naar die collega verstuurd.</translation>
    </message>
    <message>
        <source>&amp;Hand over the selected family…</source>
        <translation>Het gekozen gezin &amp;overdragen…</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <source>me</source>
        <translation>ik</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>iemand anders</translation>
    </message>
    <message>
        <source>Choose a family first, and add the colleague who takes it over.</source>
        <translation>Kies eerst een gezin en voeg de collega toe die het overneemt.</translation>
    </message>
    <message>
        <source>{0} becomes responsible for {1}. You keep read access. Continue?</source>
        <translation>{0} wordt verantwoordelijk voor {1}. U behoudt leestoegang. Doorgaan?</translation>
    </message>
    <message>
        <source>{0} becomes responsible for {1}. After the next sync the family is removed from this laptop for good. Continue?</source>
        <translation>{0} wordt verantwoordelijk voor {1}. Na de volgende synchronisatie wordt het gezin definitief van deze laptop verwijderd. Doorgaan?</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Overdragen</translation>
    </message>
    <message>
        <source>Handed over to {0}; it goes out at the next sync.</source>
        <translation>Overgedragen aan {0}; dit wordt verstuurd bij de volgende synchronisatie.</translation>
    </message>
</context>
<context>
    <name>SignalsPage</name>
    <message>
        <source>Anonymous figures from your intakes and referrals, to signal structural problems. Counts from 1 to 4 are shown as &lt;5 and some other cells are hidden (x) so that no family can be recognised. No names, notes or ids leave the vault.</source>
        <translation>Anonieme cijfers uit uw intakes en doorverwijzingen, om structurele problemen te signaleren. Aantallen van 1 tot 4 worden getoond als &lt;5 en sommige andere cellen worden verborgen (x), zodat geen enkel gezin herkenbaar is. Geen namen, notities of id&apos;s verlaten de kluis.</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>per maand</translation>
    </message>
    <message>
        <source>per quarter</source>
        <translation>per kwartaal</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exporteren…</translation>
    </message>
    <message>
        <source>Export &amp;PDF report…</source>
        <translation>PDF-&amp;rapport exporteren…</translation>
    </message>
    <message>
        <source>Signed file for the &amp;coordinator…</source>
        <translation>&amp;Ondertekend bestand voor de coördinator…</translation>
    </message>
    <message>
        <source>No intakes or referrals in this period yet: the charts appear when there are.</source>
        <translation>Nog geen intakes of doorverwijzingen in deze periode: de grafieken verschijnen zodra die er zijn.</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <source>Intakes by life domain</source>
        <translation>Intakes per levensdomein</translation>
    </message>
    <message>
        <source>Barriers met, per life domain</source>
        <translation>Drempels per levensdomein</translation>
    </message>
    <message>
        <source>Referrals to formal and informal help</source>
        <translation>Doorverwijzingen naar formele en informele hulp</translation>
    </message>
    <message>
        <source>Non-take-up mechanisms marked</source>
        <translation>Aangeduide mechanismen van niet-gebruik van rechten</translation>
    </message>
    <message>
        <source>Export signals as CSV</source>
        <translation>Signalen exporteren als CSV</translation>
    </message>
    <message>
        <source>Export signals report</source>
        <translation>Signalenrapport exporteren</translation>
    </message>
    <message>
        <source>Training data is fictional: it is never sent.</source>
        <translation>Oefengegevens zijn fictief: ze worden nooit verstuurd.</translation>
    </message>
    <message>
        <source>Signed file for the coordinator</source>
        <translation>Ondertekend bestand voor de coördinator</translation>
    </message>
    <message>
        <source>This file holds raw monthly counts (small counts included, no names or text) so that your coordinator can add them to the team&apos;s figures. Give it only to your coordinator. Continue?</source>
        <translation>Dit bestand bevat ruwe maandelijkse aantallen (ook kleine aantallen, geen namen of tekst), zodat uw coördinator ze kan optellen bij de cijfers van het team. Geef het alleen aan uw coördinator. Doorgaan?</translation>
    </message>
    <message>
        <source>Save signed signals</source>
        <translation>Ondertekende signalen opslaan</translation>
    </message>
</context>
<context>
    <name>SocialMapFacts</name>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>The whole Brussels-Capital Region</source>
        <translation>Het hele Brussels Hoofdstedelijk Gewest</translation>
    </message>
    <message>
        <source>Confidential address: contact by phone</source>
        <translation>Vertrouwelijk adres: neem telefonisch contact op</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Ook bekend als</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Life domains</source>
        <translation>Levensdomeinen</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Gemeenten</translation>
    </message>
    <message>
        <source>Welcomes people without papers</source>
        <translation>Helpt mensen zonder papieren</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Toegang</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Who can come</source>
        <translation>Wie kan komen</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Mee te brengen documenten</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Openingsuren</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Emergency number</source>
        <translation>Noodnummer</translation>
    </message>
</context>
<context>
    <name>SocialMapLabels</name>
    <message>
        <source>Informal (citizen initiative, volunteers)</source>
        <translation>Informeel (burgerinitiatief, vrijwilligers)</translation>
    </message>
    <message>
        <source>Between informal and formal (project subsidies)</source>
        <translation>Tussen informeel en formeel (projectsubsidies)</translation>
    </message>
    <message>
        <source>Formal (public or structurally subsidised)</source>
        <translation>Formeel (openbaar of structureel gesubsidieerd)</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Niet gekend</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Under conditions</source>
        <translation>Onder voorwaarden</translation>
    </message>
    <message>
        <source>Walk in, no appointment needed</source>
        <translation>Binnenlopen, geen afspraak nodig</translation>
    </message>
    <message>
        <source>By appointment</source>
        <translation>Op afspraak</translation>
    </message>
    <message>
        <source>Walk in or by appointment</source>
        <translation>Binnenlopen of op afspraak</translation>
    </message>
    <message>
        <source>Only after referral by another service</source>
        <translation>Alleen na doorverwijzing door een andere dienst</translation>
    </message>
    <message>
        <source>The service comes to the family</source>
        <translation>De dienst komt naar het gezin</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Telefonisch</translation>
    </message>
    <message>
        <source>No waiting list</source>
        <translation>Geen wachtlijst</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Weken</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Maanden</translation>
    </message>
    <message>
        <source>Sometimes</source>
        <translation>Soms</translation>
    </message>
    <message>
        <source>never verified</source>
        <translation>nooit gecontroleerd</translation>
    </message>
    <message>
        <source>verified today ({0})</source>
        <translation>vandaag gecontroleerd ({0})</translation>
    </message>
    <message>
        <source>verified {0} days ago ({1})</source>
        <translation>{0} dagen geleden gecontroleerd ({1})</translation>
    </message>
    <message>
        <source>verified {0} months ago ({1})</source>
        <translation>{0} maanden geleden gecontroleerd ({1})</translation>
    </message>
    <message>
        <source>verified {0} years ago ({1})</source>
        <translation>{0} jaar geleden gecontroleerd ({1})</translation>
    </message>
</context>
<context>
    <name>SocialMapPage</name>
    <message>
        <source>1 service</source>
        <translation>1 dienst</translation>
    </message>
    <message>
        <source>{0} services</source>
        <translation>{0} diensten</translation>
    </message>
    <message>
        <source>No service matches. Remove some filters, or try fewer or other words (Dutch, French and English names all work).</source>
        <translation>Geen enkele dienst komt overeen. Verwijder enkele filters, of probeer minder of andere woorden (Nederlandse, Franse en Engelse namen werken allemaal).</translation>
    </message>
    <message>
        <source>No service matches these words. Try fewer or other words: Dutch, French and English names all work (OCMW or CPAS, Kind en Gezin or ONE).</source>
        <translation>Geen enkele dienst komt overeen met deze woorden. Probeer minder of andere woorden: Nederlandse, Franse en Engelse namen werken allemaal (OCMW of CPAS, Kind en Gezin of ONE).</translation>
    </message>
    <message>
        <source>Search the social map: name, place, language, need... (Ctrl+K)</source>
        <translation>Zoeken op de sociale kaart: naam, plaats, taal, nood... (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search the social map</source>
        <translation>Zoeken op de sociale kaart</translation>
    </message>
    <message>
        <source>Services found</source>
        <translation>Gevonden diensten</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <source>{0} — {1} (ruled out)</source>
        <translation>{0} — {1} (uitgesloten)</translation>
    </message>
</context>
<context>
    <name>SuggestionsStep</name>
    <message>
        <source>Why this service:</source>
        <translation>Waarom deze dienst:</translation>
    </message>
    <message>
        <source>What may block:</source>
        <translation>Wat kan blokkeren:</translation>
    </message>
    <message>
        <source>Can accompany the family there:</source>
        <translation>Kan het gezin erheen begeleiden:</translation>
    </message>
    <message>
        <source>Pick the service the request goes to.</source>
        <translation>Kies de dienst waar de hulpvraag naartoe gaat.</translation>
    </message>
    <message>
        <source>Request for: {0}</source>
        <translation>Hulpvraag voor: {0}</translation>
    </message>
    <message>
        <source>Services for the confirmed domains, best first. Prefer the service that holds the right; informal initiatives can accompany the family there.</source>
        <translation>Diensten voor de bevestigde domeinen, de beste eerst. Kies bij voorkeur de dienst die het recht toekent; informele initiatieven kunnen het gezin erheen begeleiden.</translation>
    </message>
    <message>
        <source>Choose on the social &amp;map…</source>
        <translation>Kiezen op de sociale &amp;kaart…</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Training: fictional families are never shared or synced. Everything on this screen is switched off.</source>
        <translation>Oefening: fictieve gezinnen worden nooit gedeeld of gesynchroniseerd. Alles op dit scherm is uitgeschakeld.</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchroniseren</translation>
    </message>
    <message>
        <source>&amp;Colleagues</source>
        <translation>&amp;Collega&apos;s</translation>
    </message>
    <message>
        <source>S&amp;haring</source>
        <translation>&amp;Delen</translation>
    </message>
    <message>
        <source>Choose where to sync first (a folder or a WebDAV address).</source>
        <translation>Kies eerst waarmee u synchroniseert (een map of een WebDAV-adres).</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Verbinding wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>{0} file(s) could not be imported: {1}</source>
        <translation>{0} bestand(en) konden niet geïmporteerd worden: {1}</translation>
    </message>
    <message>
        <source>Sending {0} changes to {1}…</source>
        <translation>{0} wijzigingen worden naar {1} verstuurd…</translation>
    </message>
    <message>
        <source>Receiving file {0} of {1}…</source>
        <translation>Bestand {0} van {1} wordt ontvangen…</translation>
    </message>
    <message>
        <source>The sync folder or server cannot be reached; it will try again.</source>
        <translation>De synchronisatiemap of server is niet bereikbaar; er wordt opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>The server refused the user name or password.</source>
        <translation>De server weigerde de gebruikersnaam of het wachtwoord.</translation>
    </message>
    <message>
        <source>The server or disk is full; ask for space to be freed.</source>
        <translation>De server of schijf is vol; vraag om ruimte vrij te maken.</translation>
    </message>
    <message>
        <source>The address must start with https:// to keep the password safe.</source>
        <translation>Het adres moet beginnen met https:// om het wachtwoord veilig te houden.</translation>
    </message>
    <message>
        <source>Training: fictional families are never shared or synced.</source>
        <translation>Oefening: fictieve gezinnen worden nooit gedeeld of gesynchroniseerd.</translation>
    </message>
    <message>
        <source>Sync failed.</source>
        <translation>Synchronisatie mislukt.</translation>
    </message>
    <message>
        <source>C&amp;onflicts ({0})</source>
        <translation>C&amp;onflicten ({0})</translation>
    </message>
    <message>
        <source>Sync is off in training mode.</source>
        <translation>Synchronisatie staat uit in oefenmodus.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>Last sync: {0}.</source>
        <translation>Laatste synchronisatie: {0}.</translation>
    </message>
    <message>
        <source>Waiting to go out: {0}.</source>
        <translation>Wacht om verstuurd te worden: {0}.</translation>
    </message>
    <message>
        <source>Problem: {0}</source>
        <translation>Probleem: {0}</translation>
    </message>
</context>
<context>
    <name>TargetPanel</name>
    <message>
        <source>Sync through</source>
        <translation>Synchroniseren via</translation>
    </message>
    <message>
        <source>A shared &amp;folder (network drive, USB stick)</source>
        <translation>Een gedeelde &amp;map (netwerkschijf, USB-stick)</translation>
    </message>
    <message>
        <source>A &amp;WebDAV folder (e.g. Nextcloud)</source>
        <translation>Een Web&amp;DAV-map (bv. Nextcloud)</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>Ma&amp;p:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>kept encrypted in the vault</source>
        <translation>versleuteld bewaard in de kluis</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>&amp;Nu synchroniseren</translation>
    </message>
    <message>
        <source>Sync &amp;automatically when a connection is available</source>
        <translation>Automatisch s&amp;ynchroniseren als er een verbinding is</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Folder to sync through</source>
        <translation>Map om via te synchroniseren</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Too short: use at least 10 characters.</source>
        <translation>Te kort: gebruik minstens 10 tekens.</translation>
    </message>
    <message>
        <source>Contains a very common word that attackers try first.</source>
        <translation>Bevat een heel gewoon woord dat aanvallers eerst proberen.</translation>
    </message>
    <message>
        <source>Avoid repeated characters and sequences like 1234 or abcd.</source>
        <translation>Vermijd herhaalde tekens en reeksen zoals 1234 of abcd.</translation>
    </message>
    <message>
        <source>Tip: four or five unrelated words with spaces are strong and easy.</source>
        <translation>Tip: vier of vijf woorden die niets met elkaar te maken hebben, met spaties ertussen, zijn sterk en makkelijk.</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Heel zwak</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Zwak</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Redelijk</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Sterk</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Heel sterk</translation>
    </message>
    <message>
        <source>Regular residence</source>
        <translation>Wettig verblijf</translation>
    </message>
    <message>
        <source>Asylum procedure</source>
        <translation>Asielprocedure</translation>
    </message>
    <message>
        <source>Without legal residence</source>
        <translation>Zonder wettig verblijf</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Ouder</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>Another vault was opened meanwhile; training mode was not opened.</source>
        <translation>Intussen werd een andere kluis geopend; de oefenmodus werd niet geopend.</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>Oefenmodus</translation>
    </message>
</context>
<context>
    <name>TrainingPacks</name>
    <message>
        <source>Export the scenario pack</source>
        <translation>Het scenariopakket exporteren</translation>
    </message>
    <message>
        <source>Scenario packs (*.json)</source>
        <translation>Scenariopakketten (*.json)</translation>
    </message>
    <message>
        <source>Import a scenario pack</source>
        <translation>Een scenariopakket importeren</translation>
    </message>
    <message>
        <source>Scenario packs (*.json);;All files (*)</source>
        <translation>Scenariopakketten (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>The scenario pack could not be imported: {0}</source>
        <translation>Het scenariopakket kon niet geïmporteerd worden: {0}</translation>
    </message>
    <message>
        <source>The scenario pack was refused. Nothing from it was imported.</source>
        <translation>Het scenariopakket werd geweigerd. Er werd niets uit geïmporteerd.</translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>Bestand: {0}</translation>
    </message>
    <message>
        <source>Case: {0}</source>
        <translation>Casus: {0}</translation>
    </message>
    <message>
        <source>Field: {0}</source>
        <translation>Veld: {0}</translation>
    </message>
    <message>
        <source>Problem: {0}</source>
        <translation>Probleem: {0}</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Reset this case?</source>
        <translation>Deze casus terugzetten?</translation>
    </message>
    <message>
        <source>The family of this case goes back to how it was at the start: notes, revealed facts and changes made in the workshop are deleted.</source>
        <translation>Het gezin van deze casus wordt teruggezet naar hoe het bij de start was: notities, onthulde feiten en wijzigingen uit de workshop worden verwijderd.</translation>
    </message>
    <message>
        <source>The case was reset to its starting point.</source>
        <translation>De casus werd teruggezet naar het beginpunt.</translation>
    </message>
    <message>
        <source>Reset the whole training vault?</source>
        <translation>De hele oefenkluis terugzetten?</translation>
    </message>
    <message>
        <source>The training vault closes, is deleted and is built again from the scenario packs. Everything done in the workshop is lost. Your real vault is not touched.</source>
        <translation>De oefenkluis wordt gesloten, verwijderd en opnieuw opgebouwd uit de scenariopakketten. Alles wat in de workshop gedaan werd, gaat verloren. Uw echte kluis wordt niet aangeraakt.</translation>
    </message>
    <message>
        <source>Close training mode (Lock), then run &apos;outreach-desk training reset&apos; to rebuild the training vault.</source>
        <translation>Sluit de oefenmodus (Vergrendelen) en voer dan &apos;outreach-desk training reset&apos; uit om de oefenkluis opnieuw op te bouwen.</translation>
    </message>
    <message>
        <source>Pack exported to {0}</source>
        <translation>Pakket geëxporteerd naar {0}</translation>
    </message>
    <message>
        <source>Imported {0} case(s) from pack {1}. Reset the whole training vault to add them as families.</source>
        <translation>{0} casus(sen) geïmporteerd uit pakket {1}. Zet de hele oefenkluis terug om ze als gezinnen toe te voegen.</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Casus</translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation>Oe&amp;feningen</translation>
    </message>
    <message>
        <source>&amp;Debrief</source>
        <translation>&amp;Nabespreking</translation>
    </message>
    <message>
        <source>&amp;Present this case (full screen)</source>
        <translation>Deze casus &amp;presenteren (volledig scherm)</translation>
    </message>
    <message>
        <source>Reset &amp;this case...</source>
        <translation>&amp;Deze casus terugzetten...</translation>
    </message>
    <message>
        <source>Reset the &amp;whole training vault...</source>
        <translation>De &amp;hele oefenkluis terugzetten...</translation>
    </message>
    <message>
        <source>E&amp;xport pack...</source>
        <translation>Pakket e&amp;xporteren...</translation>
    </message>
    <message>
        <source>&amp;Import pack...</source>
        <translation>Pakket &amp;importeren...</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Outreach Desk - unlock</source>
        <translation>Outreach Desk - ontgrendelen</translation>
    </message>
    <message>
        <source>Open &amp;training (fictional families, for workshops)</source>
        <translation>Oe&amp;fening openen (fictieve gezinnen, voor workshops)</translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down when you created the vault.</source>
        <translation>Typ de herstelcode die u opschreef toen u de kluis aanmaakte.</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>Herstel&amp;code:</translation>
    </message>
    <message>
        <source>Use my &amp;passphrase instead</source>
        <translation>Toch mijn &amp;wachtwoordzin gebruiken</translation>
    </message>
    <message>
        <source>Your vault is locked. Type your passphrase to open it.</source>
        <translation>Uw kluis is vergrendeld. Typ uw wachtwoordzin om ze te openen.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>I forgot my passphrase: use the &amp;recovery code</source>
        <translation>Ik ben mijn wachtwoordzin vergeten: de &amp;herstelcode gebruiken</translation>
    </message>
    <message>
        <source>This is the demo vault: its public passphrase is filled in for you.</source>
        <translation>Dit is de demokluis: de openbare wachtwoordzin is al voor u ingevuld.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>&amp;Restore the last backup...</source>
        <translation>De laatste &amp;back-up terugzetten...</translation>
    </message>
    <message>
        <source>You opened the vault with the recovery code. Choose a new passphrase now.</source>
        <translation>U hebt de kluis geopend met de herstelcode. Kies nu een nieuwe wachtwoordzin.</translation>
    </message>
    <message>
        <source>&amp;Save the new passphrase</source>
        <translation>De nieuwe wachtwoordzin op&amp;slaan</translation>
    </message>
    <message>
        <source>Several wrong tries: waiting {0} seconds before checking...</source>
        <translation>Meerdere foute pogingen: {0} seconden wachten voor de controle...</translation>
    </message>
    <message>
        <source>Restore the last backup?</source>
        <translation>De laatste back-up terugzetten?</translation>
    </message>
    <message>
        <source>The vault will be replaced by the backup {0}. Notes written after that backup will be missing. The damaged file is kept aside, not deleted.</source>
        <translation>De kluis wordt vervangen door de back-up {0}. Notities die na die back-up geschreven werden, zullen ontbreken. Het beschadigde bestand wordt apart bewaard, niet verwijderd.</translation>
    </message>
    <message>
        <source>The backup was restored. The damaged file was kept as {0}. Unlock now.</source>
        <translation>De back-up werd teruggezet. Het beschadigde bestand werd bewaard als {0}. Ontgrendel nu.</translation>
    </message>
</context>
<context>
    <name>UrgencyBanner</name>
    <message>
        <source>Urgent: act today.</source>
        <translation>Dringend: vandaag nog handelen.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Waarom:</translation>
    </message>
    <message>
        <source>Why: you marked this situation as urgent.</source>
        <translation>Waarom: u hebt deze situatie als dringend aangeduid.</translation>
    </message>
    <message>
        <source>The first steps are under &quot;2. Urgency&quot;.</source>
        <translation>De eerste stappen staan onder &quot;2. Dringendheid&quot;.</translation>
    </message>
    <message>
        <source>First steps:</source>
        <translation>Eerste stappen:</translation>
    </message>
    <message>
        <source>On the social map:</source>
        <translation>Op de sociale kaart:</translation>
    </message>
</context>
<context>
    <name>UrgencyCheckNotice</name>
    <message>
        <source>Mar&amp;k as urgent</source>
        <translation>Als &amp;dringend aanduiden</translation>
    </message>
    <message>
        <source>Sets urgency by hand, as under &quot;2. Urgency&quot;, where you can clear it again.</source>
        <translation>Stelt de dringendheid zelf in, zoals onder &quot;2. Dringendheid&quot;, waar u ze ook weer kunt wissen.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between quoted words</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>This sounds like something from the past ({0}: {1}). Is it still going on, or could it happen again? Check with the parent.</source>
        <translation>Dit klinkt als iets uit het verleden ({0}: {1}). Gebeurt het nog steeds, of kan het opnieuw gebeuren? Vraag het na bij de ouder.</translation>
    </message>
    <message>
        <source>Could this need action today? Earlier urgent worries used words like {0}. Check with the parent.</source>
        <translation>Moet hier vandaag iets gebeuren? Eerdere dringende zorgen gebruikten woorden zoals {0}. Vraag het na bij de ouder.</translation>
    </message>
</context>
<context>
    <name>UrgencyStep</name>
    <message>
        <source>The worries contain urgency signals (see the red banner above).</source>
        <translation>De zorgen bevatten signalen van dringendheid (zie de rode balk hierboven).</translation>
    </message>
    <message>
        <source>The worries tell of a danger in the past, so it is not raised as urgent: check with the parent whether it is still going on or could happen again.</source>
        <translation>De zorgen vertellen over een gevaar uit het verleden, daarom wordt het niet als dringend aangeduid: vraag bij de ouder na of het nog steeds gebeurt of opnieuw kan gebeuren.</translation>
    </message>
    <message>
        <source>No urgency signal was found in the worries, but their words resemble earlier urgent worries: check with the parent whether this needs action today.</source>
        <translation>Er werd geen signaal van dringendheid gevonden in de zorgen, maar de woorden lijken op die van eerdere dringende zorgen: vraag bij de ouder na of er vandaag iets moet gebeuren.</translation>
    </message>
    <message>
        <source>No urgency signal was found in the worries.</source>
        <translation>Er werd geen signaal van dringendheid gevonden in de zorgen.</translation>
    </message>
    <message>
        <source>&amp;Follow the reading of the worries</source>
        <translation>De &amp;lezing van de zorgen volgen</translation>
    </message>
    <message>
        <source>&amp;Urgent: I set it by hand</source>
        <translation>&amp;Dringend: ik stel het zelf in</translation>
    </message>
    <message>
        <source>N&amp;ot urgent: I clear it by hand</source>
        <translation>&amp;Niet dringend: ik haal het zelf weg</translation>
    </message>
</context>
<context>
    <name>WorriesStep</name>
    <message>
        <source>Reading the worries…</source>
        <translation>De zorgen worden gelezen…</translation>
    </message>
    <message>
        <source>The parent&apos;s worries, in the parent&apos;s own words (any language, kept as written):</source>
        <translation>De zorgen van de ouder, in de eigen woorden van de ouder (in elke taal, bewaard zoals geschreven):</translation>
    </message>
    <message>
        <source>Write down what the parent says…</source>
        <translation>Schrijf op wat de ouder zegt…</translation>
    </message>
    <message>
        <source>Your summary for the agency (optional):</source>
        <translation>Uw samenvatting voor de dienst (optioneel):</translation>
    </message>
    <message>
        <source>Life domains read from the words: untick what does not apply, add what is missing.</source>
        <translation>Levensdomeinen afgeleid uit de woorden: vink uit wat niet klopt, voeg toe wat ontbreekt.</translation>
    </message>
    <message>
        <source>Add a life domain…</source>
        <translation>Een levensdomein toevoegen…</translation>
    </message>
</context>
</TS>
