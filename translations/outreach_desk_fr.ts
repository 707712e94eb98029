<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Lock the vault now</source>
        <translation>Verrouiller le coffre-fort maintenant</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Lock and close Outreach Desk</source>
        <translation>Verrouiller et fermer Outreach Desk</translation>
    </message>
    <message>
        <source>New &amp;family...</source>
        <translation>Nouvelle &amp;famille...</translation>
    </message>
    <message>
        <source>Open a case file for a family</source>
        <translation>Ouvrir un dossier pour une famille</translation>
    </message>
    <message>
        <source>&amp;Edit family...</source>
        <translation>&amp;Modifier la famille...</translation>
    </message>
    <message>
        <source>Change the selected family&apos;s case file</source>
        <translation>Modifier le dossier de la famille sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Close case...</source>
        <translation>&amp;Clôturer le dossier...</translation>
    </message>
    <message>
        <source>Mark the selected family&apos;s case as closed</source>
        <translation>Marquer le dossier de la famille sélectionnée comme clôturé</translation>
    </message>
    <message>
        <source>New &amp;note</source>
        <translation>&amp;Nouvelle note</translation>
    </message>
    <message>
        <source>Write a new note</source>
        <translation>Écrire une nouvelle note</translation>
    </message>
    <message>
        <source>E&amp;dit note</source>
        <translation>Mo&amp;difier la note</translation>
    </message>
    <message>
        <source>Write a new version of the selected note</source>
        <translation>Écrire une nouvelle version de la note sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation>&amp;Enregistrer la note</translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation>Enregistrer la note</translation>
    </message>
    <message>
        <source>Note &amp;history...</source>
        <translation>&amp;Historique de la note...</translation>
    </message>
    <message>
        <source>Show every version of the selected note</source>
        <translation>Afficher toutes les versions de la note sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Copy note text</source>
        <translation>&amp;Copier le texte de la note</translation>
    </message>
    <message>
        <source>Copy the note; the clipboard is cleared again after a while</source>
        <translation>Copier la note ; le presse-papiers est vidé à nouveau après un moment</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Search families and notes</source>
        <translation>Rechercher dans les familles et les notes</translation>
    </message>
    <message>
        <source>Show c&amp;losed cases</source>
        <translation>Afficher les dossiers c&amp;lôturés</translation>
    </message>
    <message>
        <source>Also list families whose case is closed</source>
        <translation>Lister aussi les familles dont le dossier est clôturé</translation>
    </message>
    <message>
        <source>&amp;About Outreach Desk</source>
        <translation>À &amp;propos d&apos;Outreach Desk</translation>
    </message>
    <message>
        <source>Third-party &amp;licences</source>
        <translation>&amp;Licences de tiers</translation>
    </message>
    <message>
        <source>Qt, fonts, data and libraries Outreach Desk uses</source>
        <translation>Qt, polices, données et bibliothèques utilisées par Outreach Desk</translation>
    </message>
    <message>
        <source>Change the interface language</source>
        <translation>Changer la langue de l&apos;interface</translation>
    </message>
</context>
<context>
    <name>AppointmentForm</name>
    <message>
        <source>From a referral of the selected family</source>
        <translation>À partir d&apos;une orientation de la famille choisie</translation>
    </message>
    <message>
        <source>On its own</source>
        <translation>Seule, sans orientation</translation>
    </message>
    <message>
        <source>No referral for the selected family</source>
        <translation>Aucune orientation pour la famille choisie</translation>
    </message>
    <message>
        <source>Search the social map…</source>
        <translation>Chercher sur la carte sociale…</translation>
    </message>
    <message>
        <source>&amp;Referral:</source>
        <translation>&amp;Orientation :</translation>
    </message>
    <message>
        <source>Find a &amp;service:</source>
        <translation>Chercher un &amp;service :</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Ser&amp;vice :</translation>
    </message>
    <message>
        <source>or agency &amp;name:</source>
        <translation>ou &amp;nom de l&apos;organisme :</translation>
    </message>
    <message>
        <source>Agency a&amp;ddress:</source>
        <translation>A&amp;dresse de l&apos;organisme :</translation>
    </message>
    <message>
        <source>&amp;Family&apos;s language:</source>
        <translation>&amp;Langue de la famille :</translation>
    </message>
    <message>
        <source>A&amp;gency&apos;s language:</source>
        <translation>Lan&amp;gue de l&apos;organisme :</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Date et heure :</translation>
    </message>
    <message>
        <source>&amp;Who is going:</source>
        <translation>&amp;Qui y va :</translation>
    </message>
    <message>
        <source>Re&amp;quest in one sentence:</source>
        <translation>De&amp;mande en une phrase :</translation>
    </message>
    <message>
        <source>&amp;Questions to ask (one a line):</source>
        <translation>Questions à &amp;poser (une par ligne) :</translation>
    </message>
    <message>
        <source>Documents to &amp;bring (one a line):</source>
        <translation>Documents à &amp;apporter (un par ligne) :</translation>
    </message>
    <message>
        <source>e.g. mother, interpreter, outreach worker</source>
        <translation>p. ex. la mère, l&apos;interprète, la personne-relais</translation>
    </message>
    <message>
        <source>The sheet puts the facts and the key terms side by side in both languages. The PDF is not encrypted: give it to the interpreter and the family only.</source>
        <translation>La fiche met les faits et les termes clés côte à côte dans les deux langues. Le PDF n&apos;est pas chiffré : donnez-le uniquement à l&apos;interprète et à la famille.</translation>
    </message>
    <message>
        <source>Save appointment sheet (PDF, not encrypted)…</source>
        <translation>Enregistrer la fiche de rendez-vous (PDF, non chiffré)…</translation>
    </message>
</context>
<context>
    <name>AppointmentPanel</name>
    <message>
        <source>— none: use the agency name typed below —</source>
        <translation>— aucun : utiliser le nom de l&apos;organisme tapé ci-dessous —</translation>
    </message>
    <message>
        <source>Choose a referral or a service, or type the agency&apos;s name, then save again.</source>
        <translation>Choisissez une orientation ou un service, ou tapez le nom de l&apos;organisme, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>Appointment sheet not saved</source>
        <translation>Fiche de rendez-vous non enregistrée</translation>
    </message>
    <message>
        <source>Save appointment sheet (PDF, not encrypted)</source>
        <translation>Enregistrer la fiche de rendez-vous (PDF, non chiffré)</translation>
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
        <translation>Situation</translation>
    </message>
    <message>
        <source>Worries in</source>
        <translation>Inquiétudes dans</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Choose a case in the list.</source>
        <translation>Choisissez une situation dans la liste.</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>What goes well</source>
        <translation>Ce qui va bien</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>No children in this case.</source>
        <translation>Pas d&apos;enfants dans cette situation.</translation>
    </message>
    <message>
        <source>{0}, born in {1}</source>
        <translation>{0}, né(e) en {1}</translation>
    </message>
    <message>
        <source>In their own words</source>
        <translation>Avec leurs propres mots</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Hidden facts (revealed by the trainer)</source>
        <translation>Faits cachés (dévoilés par le formateur)</translation>
    </message>
    <message>
        <source>{0}. (not revealed yet)</source>
        <translation>{0}. (pas encore dévoilé)</translation>
    </message>
    <message>
        <source>{0} of {1} revealed</source>
        <translation>{0} sur {1} dévoilés</translation>
    </message>
    <message>
        <source>&amp;Reveal the next fact</source>
        <translation>&amp;Dévoiler le fait suivant</translation>
    </message>
</context>
<context>
    <name>ChildStep</name>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>{0}: what does this mean for this child?</source>
        <translation>{0} : qu&apos;est-ce que cela signifie pour cet enfant ?</translation>
    </message>
    <message>
        <source>{0} ({1} years): what does this mean for this child?</source>
        <translation>{0} ({1} ans) : qu&apos;est-ce que cela signifie pour cet enfant ?</translation>
    </message>
    <message>
        <source>Keep the child in view: a line per child goes into the request (without names).</source>
        <translation>Gardez l&apos;enfant en vue : une ligne par enfant est ajoutée à la demande (sans les noms).</translation>
    </message>
    <message>
        <source>No children are recorded in this family&apos;s case file.</source>
        <translation>Aucun enfant n&apos;est enregistré dans le dossier de cette famille.</translation>
    </message>
</context>
<context>
    <name>ConfirmCodePage</name>
    <message>
        <source>Check that you wrote it down</source>
        <translation>Vérifiez que vous l&apos;avez noté</translation>
    </message>
    <message>
        <source>Look at your paper, not at the screen: type the last group of the code.</source>
        <translation>Regardez votre papier, pas l&apos;écran : tapez le dernier groupe du code.</translation>
    </message>
    <message>
        <source>&amp;Last group of the recovery code:</source>
        <translation>&amp;Dernier groupe du code de récupération :</translation>
    </message>
    <message>
        <source>I cannot type it now, but I &amp;wrote the whole code down on paper</source>
        <translation>Je ne peux pas le taper maintenant, mais j&apos;ai noté tout le code sur &amp;papier</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>You and a colleague changed the same thing while apart. Nothing was overwritten: choose what to keep. Your choice reaches them at the next sync.</source>
        <translation>Un·e collègue et vous avez modifié la même chose chacun de votre côté. Rien n&apos;a été écrasé : choisissez ce que vous gardez. Votre choix lui parviendra à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>On this laptop</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>From your colleague</source>
        <translation>De votre collègue</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Garder la &amp;mienne</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Garder la &amp;sienne</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>Garder les &amp;deux</translation>
    </message>
    <message>
        <source>{0}: field “{1}”</source>
        <translation>{0} : champ « {1} »</translation>
    </message>
    <message>
        <source>{0}: a note</source>
        <translation>{0} : une note</translation>
    </message>
    <message>
        <source>No conflicts: nothing to settle.</source>
        <translation>Aucun conflit : rien à régler.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record the parent&apos;s consent</source>
        <translation>Enregistrer le consentement du parent</translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation>Oral</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Écrit</translation>
    </message>
    <message>
        <source>Shared with:</source>
        <translation>Partagé avec :</translation>
    </message>
    <message>
        <source>Everything in this request</source>
        <translation>Tout ce qui est dans cette demande</translation>
    </message>
    <message>
        <source>The parent agreed to share:</source>
        <translation>Le parent a accepté de partager :</translation>
    </message>
    <message>
        <source>Given:</source>
        <translation>Donné :</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Le :</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Enregistrer le consentement</translation>
    </message>
    <message>
        <source>Ask the parent first. Only what the parent agreed to goes to the agency.</source>
        <translation>Demandez d&apos;abord au parent. Seul ce que le parent a accepté est transmis au service.</translation>
    </message>
</context>
<context>
    <name>ConsentGate</name>
    <message>
        <source>The parent has not agreed yet to share with {0}: {1}.</source>
        <translation>Le parent n&apos;a pas encore accepté de partager avec {0} : {1}.</translation>
    </message>
    <message>
        <source>No consent yet: nothing is produced for this agency.</source>
        <translation>Pas encore de consentement : rien n&apos;est produit pour ce service.</translation>
    </message>
    <message>
        <source>&amp;Record consent now…</source>
        <translation>&amp;Enregistrer le consentement maintenant…</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Add a contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>Change a contact</source>
        <translation>Modifier un contact</translation>
    </message>
    <message>
        <source>&amp;Name or role:</source>
        <translation>&amp;Nom ou rôle :</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Réseau :</translation>
    </message>
    <message>
        <source>&amp;Person or organisation:</source>
        <translation>&amp;Personne ou organisation :</translation>
    </message>
    <message>
        <source>&amp;Tie:</source>
        <translation>&amp;Lien :</translation>
    </message>
    <message>
        <source>&amp;Support:</source>
        <translation>&amp;Soutien :</translation>
    </message>
    <message>
        <source>On the social map as (optional):</source>
        <translation>Sur la carte sociale en tant que (facultatif) :</translation>
    </message>
    <message>
        <source>(not on the social map)</source>
        <translation>(pas sur la carte sociale)</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Rem&amp;arque :</translation>
    </message>
    <message>
        <source>e.g. grandmother, school teacher, GP</source>
        <translation>p. ex. grand-mère, institutrice, médecin généraliste</translation>
    </message>
</context>
<context>
    <name>ContactImportDialog</name>
    <message>
        <source>Add a colleague</source>
        <translation>Ajouter un·e collègue</translation>
    </message>
    <message>
        <source>Paste the text of your colleague&apos;s contact card (it starts with ODC1:) or open the card file they gave you.</source>
        <translation>Collez le texte de la carte de contact de votre collègue (elle commence par ODC1:) ou ouvrez le fichier de carte qu&apos;il ou elle vous a donné.</translation>
    </message>
    <message>
        <source>&amp;Open card file…</source>
        <translation>&amp;Ouvrir un fichier de carte…</translation>
    </message>
    <message>
        <source>&amp;Show fingerprint</source>
        <translation>&amp;Afficher l&apos;empreinte</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Empreinte :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>I compared this fingerprint with my colleague, in person or by phone, and it is the same</source>
        <translation>J&apos;ai comparé cette empreinte avec mon ou ma collègue, en personne ou par téléphone, et c&apos;est la même</translation>
    </message>
    <message>
        <source>&amp;Trust this colleague</source>
        <translation>&amp;Faire confiance à ce ou cette collègue</translation>
    </message>
    <message>
        <source>(not read yet)</source>
        <translation>(pas encore lue)</translation>
    </message>
    <message>
        <source>Open contact card</source>
        <translation>Ouvrir une carte de contact</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>This laptop</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Colleagues you trust</source>
        <translation>Collègues de confiance</translation>
    </message>
    <message>
        <source>Your &amp;name on the card:</source>
        <translation>Votre &amp;nom sur la carte :</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Empreinte :</translation>
    </message>
    <message>
        <source>&amp;Copy contact card</source>
        <translation>&amp;Copier la carte de contact</translation>
    </message>
    <message>
        <source>Sa&amp;ve contact card…</source>
        <translation>&amp;Enregistrer la carte de contact…</translation>
    </message>
    <message>
        <source>&amp;Add a colleague…</source>
        <translation>&amp;Ajouter un·e collègue…</translation>
    </message>
    <message>
        <source>Give your contact card to a colleague, then read this fingerprint out to them (in person or by phone) so they can check it before trusting it.</source>
        <translation>Donnez votre carte de contact à un·e collègue, puis lisez-lui cette empreinte (en personne ou par téléphone) pour qu&apos;il ou elle puisse la vérifier avant de lui faire confiance.</translation>
    </message>
    <message>
        <source>Save contact card</source>
        <translation>Enregistrer la carte de contact</translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <source>Outreach Desk - create your vault</source>
        <translation>Outreach Desk - créer votre coffre-fort</translation>
    </message>
    <message>
        <source>I &amp;wrote it down</source>
        <translation>Je l&apos;ai &amp;noté</translation>
    </message>
    <message>
        <source>&amp;Start working</source>
        <translation>&amp;Commencer à travailler</translation>
    </message>
</context>
<context>
    <name>DebriefView</name>
    <message>
        <source>Warning: these agencies would turn this family away</source>
        <translation>Attention : ces services refuseraient cette famille</translation>
    </message>
    <message>
        <source>Non-take-up mechanisms</source>
        <translation>Mécanismes de non-recours</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Life domains</source>
        <translation>Domaines de vie</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Trouvés</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqués</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>En plus</translation>
    </message>
    <message>
        <source>Mechanisms the room named</source>
        <translation>Mécanismes cités par le groupe</translation>
    </message>
    <message>
        <source>Agencies the room chose</source>
        <translation>Services choisis par le groupe</translation>
    </message>
    <message>
        <source>Life domains the room saw</source>
        <translation>Domaines de vie vus par le groupe</translation>
    </message>
    <message>
        <source>C&amp;lear the room&apos;s answers</source>
        <translation>&amp;Effacer les réponses du groupe</translation>
    </message>
</context>
<context>
    <name>DomainChipsModel</name>
    <message>
        <source>(added by you)</source>
        <translation>(ajouté par vous)</translation>
    </message>
    <message>
        <source>(like earlier worries: worth a look)</source>
        <translation>(comme des inquiétudes déjà vues : à regarder)</translation>
    </message>
</context>
<context>
    <name>DraftBar</name>
    <message>
        <source>&amp;Resume writing</source>
        <translation>&amp;Reprendre l&apos;écriture</translation>
    </message>
    <message>
        <source>Throw a&amp;way</source>
        <translation>&amp;Jeter</translation>
    </message>
    <message>
        <source>An unsaved note for {0} was kept: &quot;{1}...&quot; ({2} draft(s) in all)</source>
        <translation>Une note non enregistrée pour {0} a été conservée : « {1}... » ({2} brouillon(s) au total)</translation>
    </message>
</context>
<context>
    <name>Ecomap</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>Formel</translation>
    </message>
    <message>
        <source>Informal</source>
        <translation>Informel</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fort</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Strained</source>
        <translation>Tendu</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Rompu</translation>
    </message>
    <message>
        <source>Support to the family</source>
        <translation>Soutien à la famille</translation>
    </message>
    <message>
        <source>Support from the family</source>
        <translation>Soutien venant de la famille</translation>
    </message>
    <message>
        <source>Support both ways</source>
        <translation>Soutien dans les deux sens</translation>
    </message>
    <message>
        <source>No support</source>
        <translation>Pas de soutien</translation>
    </message>
    <message>
        <source>{network} {kind}, {tie} tie, {support}</source>
        <translation>Réseau {network} : {kind}, lien {tie}, {support}</translation>
    </message>
</context>
<context>
    <name>EcomapWidget</name>
    <message>
        <source>Remove “{name}”</source>
        <translation>Retirer « {name} »</translation>
    </message>
    <message>
        <source>Removed “{name}”. Undo with {keys}.</source>
        <translation>« {name} » retiré. Annuler avec {keys}.</translation>
    </message>
    <message>
        <source>Add “{name}”</source>
        <translation>Ajouter « {name} »</translation>
    </message>
    <message>
        <source>Change “{name}”</source>
        <translation>Modifier « {name} »</translation>
    </message>
    <message>
        <source>Export the network map</source>
        <translation>Exporter la carte du réseau</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved {path}. This picture is not encrypted.</source>
        <translation>{path} enregistré. Cette image n&apos;est pas chiffrée.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Non enregistré : {error}</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>&amp;Ajouter un contact</translation>
    </message>
    <message>
        <source>Add a contact to the network map (Insert)</source>
        <translation>Ajouter un contact à la carte du réseau (Inser)</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Change the selected contact (Enter)</source>
        <translation>Modifier le contact sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected contact (Delete; undo)</source>
        <translation>Retirer le contact sélectionné (Suppr ; annulable)</translation>
    </message>
    <message>
        <source>Export as &amp;picture…</source>
        <translation>Exporter en &amp;image…</translation>
    </message>
    <message>
        <source>Save the map as a PNG picture (not encrypted: a deliberate export)</source>
        <translation>Enregistrer la carte en image PNG (non chiffrée : un export volontaire)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>Keys: Insert adds, Enter changes, Delete removes (Ctrl+Z brings it back), arrows and Tab move between contacts.</source>
        <translation>Touches : Inser ajoute, Entrée modifie, Suppr retire (Ctrl+Z le remet), les flèches et Tab passent d&apos;un contact à l&apos;autre.</translation>
    </message>
    <message>
        <source>Network map of the family</source>
        <translation>Carte du réseau de la famille</translation>
    </message>
    <message>
        <source>Contacts on the network map</source>
        <translation>Contacts sur la carte du réseau</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>That is not the right passphrase or code. Nothing was changed.</source>
        <translation>Ce n&apos;est pas la bonne phrase secrète ou le bon code. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This vault was made by a newer Outreach Desk. Install the newer version.</source>
        <translation>Ce coffre-fort a été créé par une version plus récente d&apos;Outreach Desk. Installez la version plus récente.</translation>
    </message>
    <message>
        <source>The vault file is damaged. It was left exactly as it is.</source>
        <translation>Le fichier du coffre-fort est endommagé. Il a été laissé exactement tel quel.</translation>
    </message>
    <message>
        <source>There is no vault in this folder.</source>
        <translation>Il n&apos;y a pas de coffre-fort dans ce dossier.</translation>
    </message>
    <message>
        <source>A vault already exists in this folder; open it instead.</source>
        <translation>Un coffre-fort existe déjà dans ce dossier ; ouvrez-le plutôt.</translation>
    </message>
    <message>
        <source>The vault is locked; unlock it first.</source>
        <translation>Le coffre-fort est verrouillé ; déverrouillez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>A record failed its integrity check and was not shown.</source>
        <translation>Un enregistrement n&apos;a pas passé le contrôle d&apos;intégrité et n&apos;a pas été affiché.</translation>
    </message>
    <message>
        <source>That passphrase is too weak.</source>
        <translation>Cette phrase secrète est trop faible.</translation>
    </message>
    <message>
        <source>Please check what you entered.</source>
        <translation>Veuillez vérifier ce que vous avez saisi.</translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation>Cet élément n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Un problème est survenu.</translation>
    </message>
</context>
<context>
    <name>ExercisesView</name>
    <message>
        <source>Exercise {0}: {1}</source>
        <translation>Exercice {0} : {1}</translation>
    </message>
    <message>
        <source>Facilitator notes:</source>
        <translation>Notes pour l&apos;animateur :</translation>
    </message>
    <message>
        <source>Model request:</source>
        <translation>Demande modèle :</translation>
    </message>
    <message>
        <source>Key terms:</source>
        <translation>Termes clés :</translation>
    </message>
    <message>
        <source>Show the &amp;facilitator notes</source>
        <translation>Afficher les notes pour l&apos;&amp;animateur</translation>
    </message>
</context>
<context>
    <name>ExperiencePanel</name>
    <message>
        <source>Written {0}</source>
        <translation>Écrite le {0}</translation>
    </message>
    <message>
        <source>Note not saved</source>
        <translation>Note non enregistrée</translation>
    </message>
    <message>
        <source>Delete experience note</source>
        <translation>Supprimer la note d&apos;expérience</translation>
    </message>
    <message>
        <source>Delete this note for good?

{0}</source>
        <translation>Supprimer définitivement cette note ?

{0}</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Ajouter une note</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Experience with this service (encrypted in your vault)</source>
        <translation>Expérience avec ce service (chiffrée dans votre coffre-fort)</translation>
    </message>
    <message>
        <source>No experience noted yet. Write what you saw: how long you waited, whom to ask for, how families were received.</source>
        <translation>Aucune expérience notée pour l&apos;instant. Écrivez ce que vous avez vu : combien de temps vous avez attendu, qui demander, comment les familles ont été reçues.</translation>
    </message>
    <message>
        <source>e.g. waited 3 weeks; ask for Fatima, speaks Tarifit</source>
        <translation>p. ex. attendu 3 semaines ; demander Fatima, parle tarifit</translation>
    </message>
    <message>
        <source>Experience note</source>
        <translation>Note d&apos;expérience</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand :</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>&amp;Supprimer...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ExtrasPage</name>
    <message>
        <source>Optional: practise and work with colleagues</source>
        <translation>Facultatif : s&apos;exercer et travailler avec des collègues</translation>
    </message>
    <message>
        <source>All of this can be skipped and done later.</source>
        <translation>Tout ceci peut être passé et fait plus tard.</translation>
    </message>
    <message>
        <source>Open the &amp;training vault first (fictional families)</source>
        <translation>Ouvrir d&apos;abord le coffre-fort de &amp;formation (familles fictives)</translation>
    </message>
    <message>
        <source>Colleagues you will share families with (their contact cards):</source>
        <translation>Collègues avec qui vous partagerez des familles (leurs cartes de contact) :</translation>
    </message>
    <message>
        <source>Add a colleague&apos;s &amp;contact card...</source>
        <translation>Ajouter la &amp;carte de contact d&apos;un·e collègue...</translation>
    </message>
    <message>
        <source>Shared folder for sync (a USB stick or a synced folder; optional):</source>
        <translation>Dossier partagé pour la synchronisation (une clé USB ou un dossier synchronisé ; facultatif) :</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 a été ajouté·e.</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>Carte de contact</translation>
    </message>
    <message>
        <source>Contact cards (*.json *.txt);;All (*)</source>
        <translation>Cartes de contact (*.json *.txt);;Tous (*)</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>The fingerprint your colleague reads out:</source>
        <translation>L&apos;empreinte que votre collègue vous lit :</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Their name:</source>
        <translation>Son nom :</translation>
    </message>
    <message>
        <source>Shared folder for sync</source>
        <translation>Dossier partagé pour la synchronisation</translation>
    </message>
</context>
<context>
    <name>FamiliesPage</name>
    <message>
        <source>Close the case of {0}? The family and its notes stay in the vault; you can reopen the case later.</source>
        <translation>Clôturer le dossier de {0} ? La famille et ses notes restent dans le coffre-fort ; vous pourrez rouvrir le dossier plus tard.</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Clôturer le dossier</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>FamilyDetail</name>
    <message>
        <source>Municipality:</source>
        <translation>Commune :</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Langues :</translation>
    </message>
    <message>
        <source>Residence:</source>
        <translation>Séjour :</translation>
    </message>
    <message>
        <source>What goes well</source>
        <translation>Ce qui va bien</translation>
    </message>
    <message>
        <source>Life domains at stake (click to change)</source>
        <translation>Domaines de vie concernés (cliquer pour modifier)</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>Membres de la famille</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifier...</translation>
    </message>
    <message>
        <source>Choose a family in the list</source>
        <translation>Choisissez une famille dans la liste</translation>
    </message>
    <message>
        <source>Re&amp;open case</source>
        <translation>R&amp;ouvrir le dossier</translation>
    </message>
    <message>
        <source>&amp;Close case...</source>
        <translation>&amp;Clôturer le dossier...</translation>
    </message>
    <message>
        <source>Nothing written yet. What goes well in this family?</source>
        <translation>Rien d&apos;écrit pour l&apos;instant. Qu&apos;est-ce qui va bien dans cette famille ?</translation>
    </message>
    <message>
        <source>No members recorded.</source>
        <translation>Aucun membre enregistré.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>{0} years (born {1})</source>
        <translation>{0} ans (né(e) en {1})</translation>
    </message>
</context>
<context>
    <name>FamilyDialog</name>
    <message>
        <source>New family</source>
        <translation>Nouvelle famille</translation>
    </message>
    <message>
        <source>Edit family</source>
        <translation>Modifier la famille</translation>
    </message>
    <message>
        <source>&amp;Label (pseudonym):</source>
        <translation>&amp;Libellé (pseudonyme) :</translation>
    </message>
    <message>
        <source>Real &amp;names (optional):</source>
        <translation>Vrais &amp;noms (facultatif) :</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Commune :</translation>
    </message>
    <message>
        <source>Lan&amp;guages (codes, e.g. ar, fr):</source>
        <translation>Lan&amp;gues (codes, p. ex. ar, fr) :</translation>
    </message>
    <message>
        <source>&amp;Residence:</source>
        <translation>&amp;Séjour :</translation>
    </message>
    <message>
        <source>&amp;What goes well (one per line):</source>
        <translation>Ce qui &amp;va bien (un élément par ligne) :</translation>
    </message>
    <message>
        <source>e.g. Family Sunflower</source>
        <translation>p. ex. Famille Tournesol</translation>
    </message>
    <message>
        <source>Members (children with their birth year):</source>
        <translation>Membres (enfants avec leur année de naissance) :</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>&amp;Ajouter un membre</translation>
    </message>
    <message>
        <source>Remo&amp;ve member</source>
        <translation>Reti&amp;rer le membre</translation>
    </message>
</context>
<context>
    <name>FamilyGlance</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Premier entretien</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Referral outcome</source>
        <translation>Résultat de l&apos;orientation</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consentement donné</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consentement retiré</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Passage de relais</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Intakes</source>
        <translation>Premiers entretiens</translation>
    </message>
    <message>
        <source>Referrals and outcomes</source>
        <translation>Orientations et résultats</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Handovers</source>
        <translation>Passages de relais</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>School or childcare</source>
        <translation>École ou accueil</translation>
    </message>
    <message>
        <source>For this child</source>
        <translation>Pour cet enfant</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <source>What goes well</source>
        <translation>Ce qui va bien</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>One strength per line, e.g. takes initiative, a supportive community</source>
        <translation>Une force par ligne, p. ex. prend des initiatives, une communauté qui soutient</translation>
    </message>
    <message>
        <source>Children in view</source>
        <translation>Enfants en vue</translation>
    </message>
    <message>
        <source>Double-click (or press F2) in “For this child” to update the line.</source>
        <translation>Double-cliquez (ou appuyez sur F2) dans « Pour cet enfant » pour mettre la ligne à jour.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Ligne du temps</translation>
    </message>
    <message>
        <source>Nothing written down yet. Ask the family what goes well.</source>
        <translation>Rien de noté pour l&apos;instant. Demandez à la famille ce qui va bien.</translation>
    </message>
    <message>
        <source>How are {names} doing?</source>
        <translation>Comment vont {names} ?</translation>
    </message>
    <message>
        <source>How are the children doing?</source>
        <translation>Comment vont les enfants ?</translation>
    </message>
    <message>
        <source>The last {count} notes say nothing about children. Are there children in this family? Add them so they stay in view.</source>
        <translation>Les {count} dernières notes ne disent rien des enfants. Y a-t-il des enfants dans cette famille ? Ajoutez-les pour qu&apos;ils restent en vue.</translation>
    </message>
    <message>
        <source>The last note does not mention the children.</source>
        <translation>La dernière note ne parle pas des enfants.</translation>
    </message>
    <message>
        <source>The last {count} notes do not mention the children.</source>
        <translation>Les {count} dernières notes ne parlent pas des enfants.</translation>
    </message>
    <message>
        <source>How is {name} doing?</source>
        <translation>Comment va {name} ?</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} et {last}</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All life domains</source>
        <translation>Tous les domaines de vie</translation>
    </message>
</context>
<context>
    <name>FamilyListPanel</name>
    <message>
        <source>Filter by name or municipality</source>
        <translation>Filtrer par nom ou commune</translation>
    </message>
    <message>
        <source>No families yet.
Open a case file for the first family you accompany: a pseudonym is enough.</source>
        <translation>Pas encore de familles.
Ouvrez un dossier pour la première famille que vous accompagnez : un pseudonyme suffit.</translation>
    </message>
    <message>
        <source>Add the &amp;first family</source>
        <translation>Ajouter la &amp;première famille</translation>
    </message>
</context>
<context>
    <name>FamilySummary</name>
    <message>
        <source>Family summary: {label}</source>
        <translation>Résumé de la famille : {label}</translation>
    </message>
    <message>
        <source>Deliberate plaintext export, made on {day}. Outreach Desk keeps this family&apos;s file encrypted; this printout is not.</source>
        <translation>Export en clair volontaire, fait le {day}. Outreach Desk garde le dossier de cette famille chiffré ; cet imprimé ne l&apos;est pas.</translation>
    </message>
    <message>
        <source>Case opened on</source>
        <translation>Dossier ouvert le</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Parents</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>Life domains in focus</source>
        <translation>Domaines de vie prioritaires</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>What goes well</source>
        <translation>Ce qui va bien</translation>
    </message>
    <message>
        <source>No strengths written down yet: ask the family what goes well.</source>
        <translation>Aucune force notée pour l&apos;instant : demandez à la famille ce qui va bien.</translation>
    </message>
    <message>
        <source>Children in view</source>
        <translation>Enfants en vue</translation>
    </message>
    <message>
        <source>No children recorded.</source>
        <translation>Aucun enfant enregistré.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>School or childcare</source>
        <translation>École ou accueil</translation>
    </message>
    <message>
        <source>For this child</source>
        <translation>Pour cet enfant</translation>
    </message>
    <message>
        <source>Network map</source>
        <translation>Carte du réseau</translation>
    </message>
    <message>
        <source>No network map drawn yet.</source>
        <translation>Pas encore de carte du réseau.</translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation>Orientations en cours</translation>
    </message>
    <message>
        <source>No open referrals.</source>
        <translation>Aucune orientation en cours.</translation>
    </message>
    <message>
        <source>(untitled referral)</source>
        <translation>(orientation sans titre)</translation>
    </message>
    <message>
        <source>since {day}</source>
        <translation>depuis le {day}</translation>
    </message>
</context>
<context>
    <name>FamilyTableModel</name>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>Life domains</source>
        <translation>Domaines de vie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
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
        <translation>Domaines de vie ({0})</translation>
    </message>
    <message>
        <source>All life domains</source>
        <translation>Tous les domaines de vie</translation>
    </message>
    <message>
        <source>Show only services for these life domains</source>
        <translation>Afficher uniquement les services pour ces domaines de vie</translation>
    </message>
    <message>
        <source>Welcomes people without papers</source>
        <translation>Accueille les personnes sans papiers</translation>
    </message>
    <message>
        <source>Only services that help people without legal residence (at least in part)</source>
        <translation>Uniquement les services qui aident les personnes sans séjour légal (au moins en partie)</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Sans rendez-vous</translation>
    </message>
    <message>
        <source>Only services where a family can come without appointment</source>
        <translation>Uniquement les services où une famille peut venir sans rendez-vous</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>Formel</translation>
    </message>
    <message>
        <source>Only public or structurally subsidised services</source>
        <translation>Uniquement les services publics ou subventionnés structurellement</translation>
    </message>
    <message>
        <source>Informal</source>
        <translation>Informel</translation>
    </message>
    <message>
        <source>Only citizen initiatives run by volunteers</source>
        <translation>Uniquement les initiatives citoyennes portées par des bénévoles</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>Only services that work in this language</source>
        <translation>Uniquement les services qui travaillent dans cette langue</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Toutes les communes</translation>
    </message>
    <message>
        <source>Only services in this municipality (and region-wide ones)</source>
        <translation>Uniquement les services de cette commune (et ceux actifs dans toute la région)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>{0} (overdue)</source>
        <translation>{0} (en retard)</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Suivi le</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Referrals whose follow-up date has come, the most overdue first (in red).</source>
        <translation>Orientations dont la date de suivi est arrivée, les plus en retard d&apos;abord (en rouge).</translation>
    </message>
    <message>
        <source>Nothing to follow up today.</source>
        <translation>Rien à suivre aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>The selected referral</source>
        <translation>L&apos;orientation sélectionnée</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Barrier met:</source>
        <translation>Obstacle rencontré :</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Remarque :</translation>
    </message>
    <message>
        <source>Next follow-up:</source>
        <translation>Prochain suivi :</translation>
    </message>
    <message>
        <source>e.g. waiting list until March; no interpreter</source>
        <translation>p. ex. liste d&apos;attente jusqu&apos;en mars ; pas d&apos;interprète</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>Définir le &amp;statut</translation>
    </message>
    <message>
        <source>Set &amp;date</source>
        <translation>Définir la &amp;date</translation>
    </message>
    <message>
        <source>&amp;Open the family</source>
        <translation>&amp;Ouvrir la famille</translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <source>No entry matches this search.</source>
        <translation>Aucune entrée ne correspond à cette recherche.</translation>
    </message>
    <message>
        <source>Reviewed by a native speaker</source>
        <translation>Relu par une personne de langue maternelle</translation>
    </message>
    <message>
        <source>⚠ Needs review by a native speaker before you rely on it</source>
        <translation>⚠ À faire relire par une personne de langue maternelle avant de s&apos;y fier</translation>
    </message>
    <message>
        <source>Print glossary (PDF, not encrypted)</source>
        <translation>Imprimer le glossaire (PDF, non chiffré)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Glossary not printed</source>
        <translation>Glossaire non imprimé</translation>
    </message>
    <message>
        <source>Search a word in any language (e.g. OCMW, CPAS, aide médicale)…</source>
        <translation>Chercher un mot dans n&apos;importe quelle langue (p. ex. OCMW, CPAS, aide médicale)…</translation>
    </message>
    <message>
        <source>First language of the pair</source>
        <translation>Première langue de la paire</translation>
    </message>
    <message>
        <source>Second language of the pair</source>
        <translation>Deuxième langue de la paire</translation>
    </message>
    <message>
        <source>Print glossary (PDF, not encrypted)…</source>
        <translation>Imprimer le glossaire (PDF, non chiffré)…</translation>
    </message>
    <message>
        <source>The PDF holds the whole glossary in the two chosen languages.</source>
        <translation>Le PDF contient tout le glossaire dans les deux langues choisies.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand over a family</source>
        <translation>Passer le relais pour une famille</translation>
    </message>
    <message>
        <source>Who becomes responsible for {0}? A note on the timeline records it.</source>
        <translation>Qui devient responsable de {0} ? Une note dans la ligne du temps l&apos;enregistre.</translation>
    </message>
    <message>
        <source>Hand over &amp;to:</source>
        <translation>Passer le relais &amp;à :</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>&amp;Passer le relais…</translation>
    </message>
    <message>
        <source>I &amp;keep read access</source>
        <translation>Je &amp;garde l&apos;accès en lecture</translation>
    </message>
    <message>
        <source>I no longer need access: &amp;remove the family here once it has been sent</source>
        <translation>Je n&apos;ai plus besoin d&apos;accès : &amp;retirer la famille d&apos;ici une fois envoyée</translation>
    </message>
</context>
<context>
    <name>HelpRequest</name>
    <message>
        <source>Emergency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Holds the right</source>
        <translation>Ouvre le droit</translation>
    </message>
    <message>
        <source>Informal bridge</source>
        <translation>Relais informel</translation>
    </message>
    <message>
        <source>Other service</source>
        <translation>Autre service</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Appointment set</source>
        <translation>Rendez-vous fixé</translation>
    </message>
    <message>
        <source>Helped</source>
        <translation>Famille aidée</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Liste d&apos;attente</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>No show</source>
        <translation>Ne s&apos;est pas présentée</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>No barrier</source>
        <translation>Aucun obstacle</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>Statut de séjour</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
</context>
<context>
    <name>HelpRequestPage</name>
    <message>
        <source>Pick a service first.</source>
        <translation>Choisissez d&apos;abord un service.</translation>
    </message>
    <message>
        <source>Select a family on the families page first.</source>
        <translation>Sélectionnez d&apos;abord une famille sur la page des familles.</translation>
    </message>
    <message>
        <source>1. Worries</source>
        <translation>1. Inquiétudes</translation>
    </message>
    <message>
        <source>2. Urgency</source>
        <translation>2. Urgence</translation>
    </message>
    <message>
        <source>3. Why no help yet</source>
        <translation>3. Pourquoi pas encore d&apos;aide</translation>
    </message>
    <message>
        <source>4. The children</source>
        <translation>4. Les enfants</translation>
    </message>
    <message>
        <source>5. Services</source>
        <translation>5. Services</translation>
    </message>
    <message>
        <source>6. Request</source>
        <translation>6. Demande</translation>
    </message>
    <message>
        <source>7. Send and follow up</source>
        <translation>7. Envoyer et suivre</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>New intake</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <source>Keep this draft in the vault and start again for another worry.</source>
        <translation>Garder ce brouillon dans le coffre-fort et recommencer pour une autre inquiétude.</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Help request: select a family on the families page.</source>
        <translation>Demande d&apos;aide : sélectionnez une famille sur la page des familles.</translation>
    </message>
    <message>
        <source>Help request for {0}</source>
        <translation>Demande d&apos;aide pour {0}</translation>
    </message>
</context>
<context>
    <name>InterpretersPage</name>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Glossaire</translation>
    </message>
    <message>
        <source>&amp;Appointment sheet</source>
        <translation>Fiche de &amp;rendez-vous</translation>
    </message>
</context>
<context>
    <name>KindBanner</name>
    <message>
        <source>DEMO - fictional data</source>
        <translation>DÉMO - données fictives</translation>
    </message>
    <message>
        <source>TRAINING - fictional families</source>
        <translation>FORMATION - familles fictives</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to Outreach Desk</source>
        <translation>Bienvenue dans Outreach Desk</translation>
    </message>
    <message>
        <source>Choose the language of the app. You can change it later in the menu.</source>
        <translation>Choisissez la langue de l&apos;application. Vous pourrez la changer plus tard dans le menu.</translation>
    </message>
</context>
<context>
    <name>LensStep</name>
    <message>
        <source>Next step: {0}. {1}</source>
        <translation>Étape suivante : {0}. {1}</translation>
    </message>
    <message>
        <source>Why does the family not get what it has a right to? Tick what is at play; the matching next step appears.</source>
        <translation>Pourquoi la famille n&apos;obtient-elle pas ce à quoi elle a droit ? Cochez ce qui joue ; l&apos;étape suivante correspondante apparaît.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Families</source>
        <translation>&amp;Familles</translation>
    </message>
    <message>
        <source>Outreach Desk</source>
        <translation>Outreach Desk</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DÉMO</translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation>FORMATION</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>F&amp;amily</source>
        <translation>F&amp;amille</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>About Outreach Desk</source>
        <translation>À propos d&apos;Outreach Desk</translation>
    </message>
    <message>
        <source>Outreach Desk {0}
Encrypted case notes for outreach workers in Brussels. Everything stays on this laptop, encrypted.</source>
        <translation>Outreach Desk {0}
Notes de dossier chiffrées pour les travailleurs de proximité à Bruxelles. Tout reste sur cet ordinateur, chiffré.</translation>
    </message>
    <message>
        <source>Third-party licences</source>
        <translation>Licences de tiers</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Edit note (a new version is kept; history stays)</source>
        <translation>Modifier la note (une nouvelle version est conservée ; l&apos;historique reste)</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>What happened, what the parent asked, what comes next...</source>
        <translation>Ce qui s&apos;est passé, ce que le parent a demandé, la suite...</translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation>&amp;Enregistrer la note</translation>
    </message>
    <message>
        <source>Disc&amp;ard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Draft from {0} restored.</source>
        <translation>Brouillon de {0} restauré.</translation>
    </message>
    <message>
        <source>Draft saved at {0}</source>
        <translation>Brouillon enregistré à {0}</translation>
    </message>
    <message>
        <source>The note was not saved</source>
        <translation>La note n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Note enregistrée.</translation>
    </message>
    <message>
        <source>Discard this text?</source>
        <translation>Abandonner ce texte ?</translation>
    </message>
    <message>
        <source>What you typed will be thrown away.</source>
        <translation>Ce que vous avez tapé sera perdu.</translation>
    </message>
</context>
<context>
    <name>NoteHistoryDialog</name>
    <message>
        <source>Note history</source>
        <translation>Historique de la note</translation>
    </message>
    <message>
        <source>Version {0} - {1}</source>
        <translation>Version {0} - {1}</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(actuelle)</translation>
    </message>
    <message>
        <source>(CONFLICT: written at the same time on another laptop)</source>
        <translation>(CONFLIT : écrite au même moment sur un autre ordinateur)</translation>
    </message>
</context>
<context>
    <name>NoteListModel</name>
    <message>
        <source>Two versions were written on different laptops; open the history.</source>
        <translation>Deux versions ont été écrites sur des ordinateurs différents ; ouvrez l&apos;historique.</translation>
    </message>
    <message>
        <source>edited {0}, {1} versions</source>
        <translation>modifiée le {0}, {1} versions</translation>
    </message>
    <message>
        <source>CONFLICT: {0} other version(s)</source>
        <translation>CONFLIT : {0} autre(s) version(s)</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Notes, newest first (double-click a note for its history)</source>
        <translation>Notes, les plus récentes d&apos;abord (double-cliquez sur une note pour son historique)</translation>
    </message>
</context>
<context>
    <name>OpenTrainingButton</name>
    <message>
        <source>Open &amp;training (fictional families)</source>
        <translation>Ouvrir la &amp;formation (familles fictives)</translation>
    </message>
    <message>
        <source>Opens the separate training vault for workshops. Your own vault stays locked and is not touched.</source>
        <translation>Ouvre le coffre-fort de formation séparé pour les ateliers. Votre propre coffre-fort reste verrouillé et n&apos;est pas touché.</translation>
    </message>
</context>
<context>
    <name>OutputsStep</name>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Exported files are NOT encrypted: anyone with the file can read it. Send or print it, then delete it.</source>
        <translation>Les fichiers exportés ne sont PAS chiffrés : toute personne qui a le fichier peut le lire. Envoyez-le ou imprimez-le, puis supprimez-le.</translation>
    </message>
    <message>
        <source>&amp;Export PDF (not encrypted)…</source>
        <translation>&amp;Exporter en PDF (non chiffré)…</translation>
    </message>
    <message>
        <source>&amp;Copy as e-mail text</source>
        <translation>&amp;Copier comme texte d&apos;e-mail</translation>
    </message>
    <message>
        <source>The clipboard is emptied after 30 seconds.</source>
        <translation>Le presse-papiers est vidé après 30 secondes.</translation>
    </message>
    <message>
        <source>&amp;Parent&apos;s sheet (PDF, not encrypted)…</source>
        <translation>&amp;Fiche pour le parent (PDF, non chiffré)…</translation>
    </message>
    <message>
        <source>The parent&apos;s language:</source>
        <translation>Langue du parent :</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Follow up on:</source>
        <translation>Suivi le :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>&amp;Save the referral</source>
        <translation>En&amp;registrer l&apos;orientation</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Si&amp;gnals</source>
        <translation>Si&amp;gnaux</translation>
    </message>
    <message>
        <source>This screen could not be opened: {0}</source>
        <translation>Cet écran n&apos;a pas pu être ouvert : {0}</translation>
    </message>
    <message>
        <source>Net&amp;work map</source>
        <translation>Carte du ré&amp;seau</translation>
    </message>
    <message>
        <source>&amp;At a glance</source>
        <translation>&amp;En un coup d&apos;œil</translation>
    </message>
    <message>
        <source>To follow &amp;up</source>
        <translation>À s&amp;uivre</translation>
    </message>
    <message>
        <source>Help re&amp;quest</source>
        <translation>Demande d&apos;&amp;aide</translation>
    </message>
    <message>
        <source>Social &amp;map</source>
        <translation>&amp;Carte sociale</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchro</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>F&amp;ormation</translation>
    </message>
    <message>
        <source>&amp;Interpreters</source>
        <translation>&amp;Interprètes</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-la :</translation>
    </message>
    <message>
        <source>for example: four unrelated words</source>
        <translation>par exemple : quatre mots sans lien entre eux</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Choisissez une phrase secrète</translation>
    </message>
    <message>
        <source>Everything you write in Outreach Desk is encrypted with this passphrase. Nobody can recover it for you, so choose one you will remember: four or five unrelated words work well.</source>
        <translation>Tout ce que vous écrivez dans Outreach Desk est chiffré avec cette phrase secrète. Personne ne peut la récupérer pour vous, choisissez donc une phrase dont vous vous souviendrez : quatre ou cinq mots sans lien entre eux fonctionnent bien.</translation>
    </message>
    <message>
        <source>Creating the encrypted vault; this takes a few seconds...</source>
        <translation>Création du coffre-fort chiffré ; cela prend quelques secondes...</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Step {0} / {1}</source>
        <translation>Étape {0} / {1}</translation>
    </message>
    <message>
        <source>{0} ({1}):</source>
        <translation>{0} ({1}) :</translation>
    </message>
    <message>
        <source>Facilitator notes: {0}</source>
        <translation>Notes pour l&apos;animateur : {0}</translation>
    </message>
    <message>
        <source>Model request: {0}</source>
        <translation>Demande modèle : {0}</translation>
    </message>
    <message>
        <source>Key terms: {0}</source>
        <translation>Termes clés : {0}</translation>
    </message>
    <message>
        <source>Training - presentation</source>
        <translation>Formation - présentation</translation>
    </message>
    <message>
        <source>→ / Space: next   ← : previous   Home / End   N: notes   Esc: leave</source>
        <translation>→ / Espace : suivant   ← : précédent   Début / Fin   N : notes   Échap : quitter</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Your recovery code</source>
        <translation>Votre code de récupération</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this code is the only way back into your vault. It is shown only now. Write it on paper and keep it somewhere safe, away from the laptop.</source>
        <translation>Si vous oubliez votre phrase secrète, ce code est le seul moyen de rentrer dans votre coffre-fort. Il n&apos;est affiché que maintenant. Écrivez-le sur papier et gardez-le en lieu sûr, loin de l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>A copied code is removed from the clipboard after {0} seconds.</source>
        <translation>Un code copié est retiré du presse-papiers après {0} secondes.</translation>
    </message>
    <message>
        <source>Tip: do not save it in a file on this laptop or in your e-mail: whoever steals the laptop would find it. Paper, or a password manager you trust.</source>
        <translation>Conseil : ne l&apos;enregistrez pas dans un fichier sur cet ordinateur ni dans vos e-mails : la personne qui volerait l&apos;ordinateur le trouverait. Du papier, ou un gestionnaire de mots de passe de confiance.</translation>
    </message>
</context>
<context>
    <name>RequestActions</name>
    <message>
        <source>Record the parent&apos;s consent first.</source>
        <translation>Enregistrez d&apos;abord le consentement du parent.</translation>
    </message>
    <message>
        <source>Export the help request (not encrypted)</source>
        <translation>Exporter la demande d&apos;aide (non chiffrée)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved (not encrypted): {0}</source>
        <translation>Enregistré (non chiffré) : {0}</translation>
    </message>
    <message>
        <source>Export the parent&apos;s sheet (not encrypted)</source>
        <translation>Exporter la fiche pour le parent (non chiffrée)</translation>
    </message>
    <message>
        <source>Copied. The clipboard is emptied in {0} seconds.</source>
        <translation>Copié. Le presse-papiers sera vidé dans {0} secondes.</translation>
    </message>
    <message>
        <source>Referral saved; it appears on &quot;To follow up&quot; when it is due.</source>
        <translation>Orientation enregistrée ; elle apparaît dans « À suivre » quand elle arrive à échéance.</translation>
    </message>
    <message>
        <source>The social map is not available in this window.</source>
        <translation>La carte sociale n&apos;est pas disponible dans cette fenêtre.</translation>
    </message>
</context>
<context>
    <name>RequestStep</name>
    <message>
        <source>The agency&apos;s &amp;language:</source>
        <translation>&amp;Langue du service :</translation>
    </message>
    <message>
        <source>Start the text again</source>
        <translation>Recommencer le texte</translation>
    </message>
    <message>
        <source>Edit the request</source>
        <translation>Modifier la demande</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search families and notes</source>
        <translation>Rechercher dans les familles et les notes</translation>
    </message>
    <message>
        <source>Type a word; accents do not matter.</source>
        <translation>Tapez un mot ; les accents n&apos;ont pas d&apos;importance.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Rien trouvé.</translation>
    </message>
    <message>
        <source>{0} found</source>
        <translation>{0} trouvé(s)</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ServiceDetail</name>
    <message>
        <source>STALE: nobody checked this record in the last 12 months ({0}). Phone the service before you send a family.</source>
        <translation>PÉRIMÉ : personne n&apos;a vérifié cette fiche au cours des 12 derniers mois ({0}). Téléphonez au service avant d&apos;y envoyer une famille.</translation>
    </message>
    <message>
        <source>record source [1]</source>
        <translation>source de la fiche [1]</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>needs verification</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <source>[1] Source of this record: {0}. Facts {1}.</source>
        <translation>[1] Source de cette fiche : {0}. Informations {1}.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>&amp;Use in a help request</source>
        <translation>&amp;Utiliser dans une demande d&apos;aide</translation>
    </message>
    <message>
        <source>Start a help request for a family with this service</source>
        <translation>Commencer une demande d&apos;aide pour une famille auprès de ce service</translation>
    </message>
    <message>
        <source>Choose a service to see everything the map knows about it.</source>
        <translation>Choisissez un service pour voir tout ce que la carte sait à son sujet.</translation>
    </message>
    <message>
        <source>Facts about the service</source>
        <translation>Informations sur le service</translation>
    </message>
</context>
<context>
    <name>ServiceResultsModel</name>
    <message>
        <source>STALE</source>
        <translation>PÉRIMÉ</translation>
    </message>
    <message>
        <source>whole Brussels region</source>
        <translation>toute la Région bruxelloise</translation>
    </message>
    <message>
        <source>welcomes people without papers</source>
        <translation>accueille les personnes sans papiers</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>sans rendez-vous</translation>
    </message>
    <message>
        <source>1 experience note</source>
        <translation>1 note d&apos;expérience</translation>
    </message>
    <message>
        <source>{0} experience notes</source>
        <translation>{0} notes d&apos;expérience</translation>
    </message>
</context>
<context>
    <name>SharingPanel</name>
    <message>
        <source>Tick a colleague to share a family with them (duo work). Only ticked families are ever sent to that colleague.</source>
        <translation>Cochez un·e collègue pour partager une famille avec lui ou elle (travail en duo). Seules les familles cochées sont envoyées à ce ou cette collègue.</translation>
    </message>
    <message>
        <source>&amp;Hand over the selected family…</source>
        <translation>&amp;Passer le relais pour la famille sélectionnée…</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>me</source>
        <translation>moi</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Choose a family first, and add the colleague who takes it over.</source>
        <translation>Choisissez d&apos;abord une famille, et ajoutez le ou la collègue qui la reprend.</translation>
    </message>
    <message>
        <source>{0} becomes responsible for {1}. You keep read access. Continue?</source>
        <translation>{0} devient responsable de {1}. Vous gardez l&apos;accès en lecture. Continuer ?</translation>
    </message>
    <message>
        <source>{0} becomes responsible for {1}. After the next sync the family is removed from this laptop for good. Continue?</source>
        <translation>{0} devient responsable de {1}. Après la prochaine synchronisation, la famille est définitivement retirée de cet ordinateur. Continuer ?</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Passer le relais</translation>
    </message>
    <message>
        <source>Handed over to {0}; it goes out at the next sync.</source>
        <translation>Relais passé à {0} ; il part à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>SignalsPage</name>
    <message>
        <source>Anonymous figures from your intakes and referrals, to signal structural problems. Counts from 1 to 4 are shown as &lt;5 and some other cells are hidden (x) so that no family can be recognised. No names, notes or ids leave the vault.</source>
        <translation>Chiffres anonymes issus de vos premiers entretiens et orientations, pour signaler des problèmes structurels. Les nombres de 1 à 4 sont affichés comme &lt;5 et certaines autres cases sont masquées (x) pour qu&apos;aucune famille ne puisse être reconnue. Aucun nom, aucune note ni aucun identifiant ne quitte le coffre-fort.</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>P&amp;ériode :</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <source>per quarter</source>
        <translation>par trimestre</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF report…</source>
        <translation>Exporter un rapport &amp;PDF…</translation>
    </message>
    <message>
        <source>Signed file for the &amp;coordinator…</source>
        <translation>Fichier signé pour le &amp;coordinateur…</translation>
    </message>
    <message>
        <source>No intakes or referrals in this period yet: the charts appear when there are.</source>
        <translation>Pas encore de premiers entretiens ni d&apos;orientations pour cette période : les graphiques apparaîtront quand il y en aura.</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signaux</translation>
    </message>
    <message>
        <source>Intakes by life domain</source>
        <translation>Premiers entretiens par domaine de vie</translation>
    </message>
    <message>
        <source>Barriers met, per life domain</source>
        <translation>Obstacles rencontrés, par domaine de vie</translation>
    </message>
    <message>
        <source>Referrals to formal and informal help</source>
        <translation>Orientations vers l&apos;aide formelle et informelle</translation>
    </message>
    <message>
        <source>Non-take-up mechanisms marked</source>
        <translation>Mécanismes de non-recours cochés</translation>
    </message>
    <message>
        <source>Export signals as CSV</source>
        <translation>Exporter les signaux en CSV</translation>
    </message>
    <message>
        <source>Export signals report</source>
        <translation>Exporter le rapport des signaux</translation>
    </message>
    <message>
        <source>Training data is fictional: it is never sent.</source>
        <translation>Les données de formation sont fictives : elles ne sont jamais envoyées.</translation>
    </message>
    <message>
        <source>Signed file for the coordinator</source>
        <translation>Fichier signé pour le coordinateur</translation>
    </message>
    <message>
        <source>This file holds raw monthly counts (small counts included, no names or text) so that your coordinator can add them to the team&apos;s figures. Give it only to your coordinator. Continue?</source>
        <translation>Ce fichier contient les chiffres mensuels bruts (petits nombres compris, sans noms ni texte) pour que votre coordinateur puisse les ajouter aux chiffres de l&apos;équipe. Ne le donnez qu&apos;à votre coordinateur. Continuer ?</translation>
    </message>
    <message>
        <source>Save signed signals</source>
        <translation>Enregistrer les signaux signés</translation>
    </message>
</context>
<context>
    <name>SocialMapFacts</name>
    <message>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>The whole Brussels-Capital Region</source>
        <translation>Toute la Région de Bruxelles-Capitale</translation>
    </message>
    <message>
        <source>Confidential address: contact by phone</source>
        <translation>Adresse confidentielle : contact par téléphone</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Aussi connu sous le nom de</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Life domains</source>
        <translation>Domaines de vie</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Communes</translation>
    </message>
    <message>
        <source>Welcomes people without papers</source>
        <translation>Accueille les personnes sans papiers</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Liste d&apos;attente</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Interprétariat</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Who can come</source>
        <translation>Qui peut venir</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Documents à apporter</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Emergency number</source>
        <translation>Numéro d&apos;urgence</translation>
    </message>
</context>
<context>
    <name>SocialMapLabels</name>
    <message>
        <source>Informal (citizen initiative, volunteers)</source>
        <translation>Informel (initiative citoyenne, bénévoles)</translation>
    </message>
    <message>
        <source>Between informal and formal (project subsidies)</source>
        <translation>Entre informel et formel (subsides de projet)</translation>
    </message>
    <message>
        <source>Formal (public or structurally subsidised)</source>
        <translation>Formel (public ou subventionné structurellement)</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Under conditions</source>
        <translation>Sous conditions</translation>
    </message>
    <message>
        <source>Walk in, no appointment needed</source>
        <translation>Sans rendez-vous</translation>
    </message>
    <message>
        <source>By appointment</source>
        <translation>Sur rendez-vous</translation>
    </message>
    <message>
        <source>Walk in or by appointment</source>
        <translation>Sans ou sur rendez-vous</translation>
    </message>
    <message>
        <source>Only after referral by another service</source>
        <translation>Uniquement après orientation par un autre service</translation>
    </message>
    <message>
        <source>The service comes to the family</source>
        <translation>Le service se rend chez la famille</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Par téléphone</translation>
    </message>
    <message>
        <source>No waiting list</source>
        <translation>Pas de liste d&apos;attente</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semaines</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Sometimes</source>
        <translation>Parfois</translation>
    </message>
    <message>
        <source>never verified</source>
        <translation>jamais vérifié</translation>
    </message>
    <message>
        <source>verified today ({0})</source>
        <translation>vérifié aujourd&apos;hui ({0})</translation>
    </message>
    <message>
        <source>verified {0} days ago ({1})</source>
        <translation>vérifié il y a {0} jours ({1})</translation>
    </message>
    <message>
        <source>verified {0} months ago ({1})</source>
        <translation>vérifié il y a {0} mois ({1})</translation>
    </message>
    <message>
        <source>verified {0} years ago ({1})</source>
        <translation>vérifié il y a {0} ans ({1})</translation>
    </message>
</context>
<context>
    <name>SocialMapPage</name>
    <message>
        <source>1 service</source>
        <translation>1 service</translation>
    </message>
    <message>
        <source>{0} services</source>
        <translation>{0} services</translation>
    </message>
    <message>
        <source>No service matches. Remove some filters, or try fewer or other words (Dutch, French and English names all work).</source>
        <translation>Aucun service ne correspond. Retirez des filtres, ou essayez moins de mots ou d&apos;autres mots (les noms en néerlandais, français et anglais fonctionnent tous).</translation>
    </message>
    <message>
        <source>No service matches these words. Try fewer or other words: Dutch, French and English names all work (OCMW or CPAS, Kind en Gezin or ONE).</source>
        <translation>Aucun service ne correspond à ces mots. Essayez moins de mots ou d&apos;autres mots : les noms en néerlandais, français et anglais fonctionnent tous (OCMW ou CPAS, Kind en Gezin ou ONE).</translation>
    </message>
    <message>
        <source>Search the social map: name, place, language, need... (Ctrl+K)</source>
        <translation>Rechercher dans la carte sociale : nom, lieu, langue, besoin... (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search the social map</source>
        <translation>Rechercher dans la carte sociale</translation>
    </message>
    <message>
        <source>Services found</source>
        <translation>Services trouvés</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <source>{0} — {1} (ruled out)</source>
        <translation>{0} — {1} (exclu)</translation>
    </message>
</context>
<context>
    <name>SuggestionsStep</name>
    <message>
        <source>Why this service:</source>
        <translation>Pourquoi ce service :</translation>
    </message>
    <message>
        <source>What may block:</source>
        <translation>Ce qui peut bloquer :</translation>
    </message>
    <message>
        <source>Can accompany the family there:</source>
        <translation>Peut accompagner la famille sur place :</translation>
    </message>
    <message>
        <source>Pick the service the request goes to.</source>
        <translation>Choisissez le service auquel la demande est adressée.</translation>
    </message>
    <message>
        <source>Request for: {0}</source>
        <translation>Demande pour : {0}</translation>
    </message>
    <message>
        <source>Services for the confirmed domains, best first. Prefer the service that holds the right; informal initiatives can accompany the family there.</source>
        <translation>Services pour les domaines confirmés, les meilleurs d&apos;abord. Privilégiez le service qui ouvre le droit ; les initiatives informelles peuvent accompagner la famille sur place.</translation>
    </message>
    <message>
        <source>Choose on the social &amp;map…</source>
        <translation>Choisir sur la carte &amp;sociale…</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Training: fictional families are never shared or synced. Everything on this screen is switched off.</source>
        <translation>Formation : les familles fictives ne sont jamais partagées ni synchronisées. Tout est désactivé sur cet écran.</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchroniser</translation>
    </message>
    <message>
        <source>&amp;Colleagues</source>
        <translation>&amp;Collègues</translation>
    </message>
    <message>
        <source>S&amp;haring</source>
        <translation>&amp;Partage</translation>
    </message>
    <message>
        <source>Choose where to sync first (a folder or a WebDAV address).</source>
        <translation>Choisissez d&apos;abord où synchroniser (un dossier ou une adresse WebDAV).</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Vérification de la connexion…</translation>
    </message>
    <message>
        <source>{0} file(s) could not be imported: {1}</source>
        <translation>{0} fichier(s) n&apos;ont pas pu être importés : {1}</translation>
    </message>
    <message>
        <source>Sending {0} changes to {1}…</source>
        <translation>Envoi de {0} modifications à {1}…</translation>
    </message>
    <message>
        <source>Receiving file {0} of {1}…</source>
        <translation>Réception du fichier {0} sur {1}…</translation>
    </message>
    <message>
        <source>The sync folder or server cannot be reached; it will try again.</source>
        <translation>Le dossier ou le serveur de synchronisation est injoignable ; une nouvelle tentative aura lieu.</translation>
    </message>
    <message>
        <source>The server refused the user name or password.</source>
        <translation>Le serveur a refusé le nom d&apos;utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <source>The server or disk is full; ask for space to be freed.</source>
        <translation>Le serveur ou le disque est plein ; demandez qu&apos;on libère de la place.</translation>
    </message>
    <message>
        <source>The address must start with https:// to keep the password safe.</source>
        <translation>L&apos;adresse doit commencer par https:// pour protéger le mot de passe.</translation>
    </message>
    <message>
        <source>Training: fictional families are never shared or synced.</source>
        <translation>Formation : les familles fictives ne sont jamais partagées ni synchronisées.</translation>
    </message>
    <message>
        <source>Sync failed.</source>
        <translation>La synchronisation a échoué.</translation>
    </message>
    <message>
        <source>C&amp;onflicts ({0})</source>
        <translation>C&amp;onflits ({0})</translation>
    </message>
    <message>
        <source>Sync is off in training mode.</source>
        <translation>La synchronisation est désactivée en mode formation.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Last sync: {0}.</source>
        <translation>Dernière synchronisation : {0}.</translation>
    </message>
    <message>
        <source>Waiting to go out: {0}.</source>
        <translation>En attente d&apos;envoi : {0}.</translation>
    </message>
    <message>
        <source>Problem: {0}</source>
        <translation>Problème : {0}</translation>
    </message>
</context>
<context>
    <name>TargetPanel</name>
    <message>
        <source>Sync through</source>
        <translation>Synchroniser via</translation>
    </message>
    <message>
        <source>A shared &amp;folder (network drive, USB stick)</source>
        <translation>Un &amp;dossier partagé (lecteur réseau, clé USB)</translation>
    </message>
    <message>
        <source>A &amp;WebDAV folder (e.g. Nextcloud)</source>
        <translation>Un dossier &amp;WebDAV (p. ex. Nextcloud)</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>D&amp;ossier :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>kept encrypted in the vault</source>
        <translation>conservé chiffré dans le coffre-fort</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Synchroniser mai&amp;ntenant</translation>
    </message>
    <message>
        <source>Sync &amp;automatically when a connection is available</source>
        <translation>Synchroniser au&amp;tomatiquement quand une connexion est disponible</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Folder to sync through</source>
        <translation>Dossier via lequel synchroniser</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Too short: use at least 10 characters.</source>
        <translation>Trop court : utilisez au moins 10 caractères.</translation>
    </message>
    <message>
        <source>Contains a very common word that attackers try first.</source>
        <translation>Contient un mot très courant que les attaquants essaient en premier.</translation>
    </message>
    <message>
        <source>Avoid repeated characters and sequences like 1234 or abcd.</source>
        <translation>Évitez les caractères répétés et les suites comme 1234 ou abcd.</translation>
    </message>
    <message>
        <source>Tip: four or five unrelated words with spaces are strong and easy.</source>
        <translation>Conseil : quatre ou cinq mots sans lien entre eux, séparés par des espaces, sont solides et faciles.</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Très forte</translation>
    </message>
    <message>
        <source>Regular residence</source>
        <translation>Séjour régulier</translation>
    </message>
    <message>
        <source>Asylum procedure</source>
        <translation>Procédure d&apos;asile</translation>
    </message>
    <message>
        <source>Without legal residence</source>
        <translation>Sans séjour légal</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>Another vault was opened meanwhile; training mode was not opened.</source>
        <translation>Un autre coffre-fort a été ouvert entre-temps ; le mode formation n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>Mode formation</translation>
    </message>
</context>
<context>
    <name>TrainingPacks</name>
    <message>
        <source>Export the scenario pack</source>
        <translation>Exporter le paquet de scénarios</translation>
    </message>
    <message>
        <source>Scenario packs (*.json)</source>
        <translation>Paquets de scénarios (*.json)</translation>
    </message>
    <message>
        <source>Import a scenario pack</source>
        <translation>Importer un paquet de scénarios</translation>
    </message>
    <message>
        <source>Scenario packs (*.json);;All files (*)</source>
        <translation>Paquets de scénarios (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The scenario pack could not be imported: {0}</source>
        <translation>Le paquet de scénarios n&apos;a pas pu être importé : {0}</translation>
    </message>
    <message>
        <source>The scenario pack was refused. Nothing from it was imported.</source>
        <translation>Le paquet de scénarios a été refusé. Rien n&apos;en a été importé.</translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>Fichier : {0}</translation>
    </message>
    <message>
        <source>Case: {0}</source>
        <translation>Situation : {0}</translation>
    </message>
    <message>
        <source>Field: {0}</source>
        <translation>Champ : {0}</translation>
    </message>
    <message>
        <source>Problem: {0}</source>
        <translation>Problème : {0}</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Reset this case?</source>
        <translation>Réinitialiser cette situation ?</translation>
    </message>
    <message>
        <source>The family of this case goes back to how it was at the start: notes, revealed facts and changes made in the workshop are deleted.</source>
        <translation>La famille de cette situation revient à son état de départ : les notes, les faits dévoilés et les modifications faites pendant l&apos;atelier sont supprimés.</translation>
    </message>
    <message>
        <source>The case was reset to its starting point.</source>
        <translation>La situation a été remise à son point de départ.</translation>
    </message>
    <message>
        <source>Reset the whole training vault?</source>
        <translation>Réinitialiser tout le coffre-fort de formation ?</translation>
    </message>
    <message>
        <source>The training vault closes, is deleted and is built again from the scenario packs. Everything done in the workshop is lost. Your real vault is not touched.</source>
        <translation>Le coffre-fort de formation se ferme, est supprimé puis reconstruit à partir des paquets de scénarios. Tout ce qui a été fait pendant l&apos;atelier est perdu. Votre vrai coffre-fort n&apos;est pas touché.</translation>
    </message>
    <message>
        <source>Close training mode (Lock), then run &apos;outreach-desk training reset&apos; to rebuild the training vault.</source>
        <translation>Fermez le mode formation (Verrouiller), puis lancez &apos;outreach-desk training reset&apos; pour reconstruire le coffre-fort de formation.</translation>
    </message>
    <message>
        <source>Pack exported to {0}</source>
        <translation>Paquet exporté vers {0}</translation>
    </message>
    <message>
        <source>Imported {0} case(s) from pack {1}. Reset the whole training vault to add them as families.</source>
        <translation>{0} situation(s) importée(s) du paquet {1}. Réinitialisez tout le coffre-fort de formation pour les ajouter comme familles.</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Situation</translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation>E&amp;xercices</translation>
    </message>
    <message>
        <source>&amp;Debrief</source>
        <translation>&amp;Débriefing</translation>
    </message>
    <message>
        <source>&amp;Present this case (full screen)</source>
        <translation>&amp;Présenter cette situation (plein écran)</translation>
    </message>
    <message>
        <source>Reset &amp;this case...</source>
        <translation>&amp;Réinitialiser cette situation...</translation>
    </message>
    <message>
        <source>Reset the &amp;whole training vault...</source>
        <translation>Réinitialiser &amp;tout le coffre-fort de formation...</translation>
    </message>
    <message>
        <source>E&amp;xport pack...</source>
        <translation>Exp&amp;orter le paquet...</translation>
    </message>
    <message>
        <source>&amp;Import pack...</source>
        <translation>&amp;Importer un paquet...</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Outreach Desk - unlock</source>
        <translation>Outreach Desk - déverrouiller</translation>
    </message>
    <message>
        <source>Open &amp;training (fictional families, for workshops)</source>
        <translation>Ouvrir la &amp;formation (familles fictives, pour les ateliers)</translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down when you created the vault.</source>
        <translation>Tapez le code de récupération que vous avez noté lors de la création du coffre-fort.</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>&amp;Code de récupération :</translation>
    </message>
    <message>
        <source>Use my &amp;passphrase instead</source>
        <translation>Utiliser plutôt ma &amp;phrase secrète</translation>
    </message>
    <message>
        <source>Your vault is locked. Type your passphrase to open it.</source>
        <translation>Votre coffre-fort est verrouillé. Tapez votre phrase secrète pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>I forgot my passphrase: use the &amp;recovery code</source>
        <translation>J&apos;ai oublié ma phrase secrète : utiliser le code de &amp;récupération</translation>
    </message>
    <message>
        <source>This is the demo vault: its public passphrase is filled in for you.</source>
        <translation>Ceci est le coffre-fort de démo : sa phrase secrète publique est remplie pour vous.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Restore the last backup...</source>
        <translation>Restaurer la dernière &amp;sauvegarde...</translation>
    </message>
    <message>
        <source>You opened the vault with the recovery code. Choose a new passphrase now.</source>
        <translation>Vous avez ouvert le coffre-fort avec le code de récupération. Choisissez maintenant une nouvelle phrase secrète.</translation>
    </message>
    <message>
        <source>&amp;Save the new passphrase</source>
        <translation>&amp;Enregistrer la nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Several wrong tries: waiting {0} seconds before checking...</source>
        <translation>Plusieurs essais erronés : attente de {0} secondes avant la vérification...</translation>
    </message>
    <message>
        <source>Restore the last backup?</source>
        <translation>Restaurer la dernière sauvegarde ?</translation>
    </message>
    <message>
        <source>The vault will be replaced by the backup {0}. Notes written after that backup will be missing. The damaged file is kept aside, not deleted.</source>
        <translation>Le coffre-fort sera remplacé par la sauvegarde {0}. Les notes écrites après cette sauvegarde manqueront. Le fichier endommagé est mis de côté, pas supprimé.</translation>
    </message>
    <message>
        <source>The backup was restored. The damaged file was kept as {0}. Unlock now.</source>
        <translation>La sauvegarde a été restaurée. Le fichier endommagé a été conservé sous {0}. Déverrouillez maintenant.</translation>
    </message>
</context>
<context>
    <name>UrgencyBanner</name>
    <message>
        <source>Urgent: act today.</source>
        <translation>Urgent : agir aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi :</translation>
    </message>
    <message>
        <source>Why: you marked this situation as urgent.</source>
        <translation>Pourquoi : vous avez marqué cette situation comme urgente.</translation>
    </message>
    <message>
        <source>The first steps are under &quot;2. Urgency&quot;.</source>
        <translation>Les premières démarches se trouvent sous « 2. Urgence ».</translation>
    </message>
    <message>
        <source>First steps:</source>
        <translation>Premières démarches :</translation>
    </message>
    <message>
        <source>On the social map:</source>
        <translation>Sur la carte sociale :</translation>
    </message>
</context>
<context>
    <name>UrgencyCheckNotice</name>
    <message>
        <source>Mar&amp;k as urgent</source>
        <translation>&amp;Marquer comme urgent</translation>
    </message>
    <message>
        <source>Sets urgency by hand, as under &quot;2. Urgency&quot;, where you can clear it again.</source>
        <translation>Fixe l&apos;urgence manuellement, comme sous « 2. Urgence », où vous pouvez aussi l&apos;annuler.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between quoted words</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>This sounds like something from the past ({0}: {1}). Is it still going on, or could it happen again? Check with the parent.</source>
        <translation>Cela semble appartenir au passé ({0} : {1}). Est-ce que cela continue, ou pourrait-il recommencer ? Vérifiez avec le parent.</translation>
    </message>
    <message>
        <source>Could this need action today? Earlier urgent worries used words like {0}. Check with the parent.</source>
        <translation>Faut-il agir dès aujourd&apos;hui ? Des inquiétudes urgentes déjà vues employaient des mots comme {0}. Vérifiez avec le parent.</translation>
    </message>
</context>
<context>
    <name>UrgencyStep</name>
    <message>
        <source>The worries contain urgency signals (see the red banner above).</source>
        <translation>Les inquiétudes contiennent des signaux d&apos;urgence (voir le bandeau rouge ci-dessus).</translation>
    </message>
    <message>
        <source>The worries tell of a danger in the past, so it is not raised as urgent: check with the parent whether it is still going on or could happen again.</source>
        <translation>Les inquiétudes parlent d&apos;un danger passé : il n&apos;est donc pas signalé comme urgent. Vérifiez avec le parent si cela continue ou pourrait recommencer.</translation>
    </message>
    <message>
        <source>No urgency signal was found in the worries, but their words resemble earlier urgent worries: check with the parent whether this needs action today.</source>
        <translation>Aucun signal d&apos;urgence n&apos;a été trouvé dans les inquiétudes, mais leurs mots ressemblent à ceux d&apos;inquiétudes urgentes déjà vues : vérifiez avec le parent s&apos;il faut agir dès aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>No urgency signal was found in the worries.</source>
        <translation>Aucun signal d&apos;urgence n&apos;a été trouvé dans les inquiétudes.</translation>
    </message>
    <message>
        <source>&amp;Follow the reading of the worries</source>
        <translation>&amp;Suivre la lecture des inquiétudes</translation>
    </message>
    <message>
        <source>&amp;Urgent: I set it by hand</source>
        <translation>&amp;Urgent : je le fixe manuellement</translation>
    </message>
    <message>
        <source>N&amp;ot urgent: I clear it by hand</source>
        <translation>N&amp;on urgent : je le retire manuellement</translation>
    </message>
</context>
<context>
    <name>WorriesStep</name>
    <message>
        <source>Reading the worries…</source>
        <translation>Lecture des inquiétudes…</translation>
    </message>
    <message>
        <source>The parent&apos;s worries, in the parent&apos;s own words (any language, kept as written):</source>
        <translation>Les inquiétudes du parent, avec ses propres mots (dans n&apos;importe quelle langue, gardées telles qu&apos;écrites) :</translation>
    </message>
    <message>
        <source>Write down what the parent says…</source>
        <translation>Notez ce que dit le parent…</translation>
    </message>
    <message>
        <source>Your summary for the agency (optional):</source>
        <translation>Votre résumé pour le service (facultatif) :</translation>
    </message>
    <message>
        <source>Life domains read from the words: untick what does not apply, add what is missing.</source>
        <translation>Domaines de vie lus dans les mots : décochez ce qui ne s&apos;applique pas, ajoutez ce qui manque.</translation>
    </message>
    <message>
        <source>Add a life domain…</source>
        <translation>Ajouter un domaine de vie…</translation>
    </message>
</context>
</TS>
