<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Lock the vault now</source>
        <translation>Lock the vault now</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Lock and close Outreach Desk</source>
        <translation>Lock and close Outreach Desk</translation>
    </message>
    <message>
        <source>New &amp;family...</source>
        <translation>New &amp;family...</translation>
    </message>
    <message>
        <source>Open a case file for a family</source>
        <translation>Open a case file for a family</translation>
    </message>
    <message>
        <source>&amp;Edit family...</source>
        <translation>&amp;Edit family...</translation>
    </message>
    <message>
        <source>Change the selected family's case file</source>
        <translation>Change the selected family's case file</translation>
    </message>
    <message>
        <source>&amp;Close case...</source>
        <translation>&amp;Close case...</translation>
    </message>
    <message>
        <source>Mark the selected family's case as closed</source>
        <translation>Mark the selected family's case as closed</translation>
    </message>
    <message>
        <source>New &amp;note</source>
        <translation>New &amp;note</translation>
    </message>
    <message>
        <source>Write a new note</source>
        <translation>Write a new note</translation>
    </message>
    <message>
        <source>E&amp;dit note</source>
        <translation>E&amp;dit note</translation>
    </message>
    <message>
        <source>Write a new version of the selected note</source>
        <translation>Write a new version of the selected note</translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation>&amp;Save note</translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation>Save the note</translation>
    </message>
    <message>
        <source>Note &amp;history...</source>
        <translation>Note &amp;history...</translation>
    </message>
    <message>
        <source>Show every version of the selected note</source>
        <translation>Show every version of the selected note</translation>
    </message>
    <message>
        <source>&amp;Copy note text</source>
        <translation>&amp;Copy note text</translation>
    </message>
    <message>
        <source>Copy the note; the clipboard is cleared again after a while</source>
        <translation>Copy the note; the clipboard is cleared again after a while</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Search families and notes</source>
        <translation>Search families and notes</translation>
    </message>
    <message>
        <source>Show c&amp;losed cases</source>
        <translation>Show c&amp;losed cases</translation>
    </message>
    <message>
        <source>Also list families whose case is closed</source>
        <translation>Also list families whose case is closed</translation>
    </message>
    <message>
        <source>&amp;About Outreach Desk</source>
        <translation>&amp;About Outreach Desk</translation>
    </message>
    <message>
        <source>Third-party &amp;licences</source>
        <translation>Third-party &amp;licences</translation>
    </message>
    <message>
        <source>Qt, fonts, data and libraries Outreach Desk uses</source>
        <translation>Qt, fonts, data and libraries Outreach Desk uses</translation>
    </message>
    <message>
        <source>Change the interface language</source>
        <translation>Change the interface language</translation>
    </message>
</context>
<context>
    <name>AppointmentForm</name>
    <message>
        <source>From a referral of the selected family</source>
        <translation>From a referral of the selected family</translation>
    </message>
    <message>
        <source>On its own</source>
        <translation>On its own</translation>
    </message>
    <message>
        <source>No referral for the selected family</source>
        <translation>No referral for the selected family</translation>
    </message>
    <message>
        <source>Search the social map…</source>
        <translation>Search the social map…</translation>
    </message>
    <message>
        <source>&amp;Referral:</source>
        <translation>&amp;Referral:</translation>
    </message>
    <message>
        <source>Find a &amp;service:</source>
        <translation>Find a &amp;service:</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Ser&amp;vice:</translation>
    </message>
    <message>
        <source>or agency &amp;name:</source>
        <translation>or agency &amp;name:</translation>
    </message>
    <message>
        <source>Agency a&amp;ddress:</source>
        <translation>Agency a&amp;ddress:</translation>
    </message>
    <message>
        <source>&amp;Family's language:</source>
        <translation>&amp;Family's language:</translation>
    </message>
    <message>
        <source>A&amp;gency's language:</source>
        <translation>A&amp;gency's language:</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Date and time:</translation>
    </message>
    <message>
        <source>&amp;Who is going:</source>
        <translation>&amp;Who is going:</translation>
    </message>
    <message>
        <source>Re&amp;quest in one sentence:</source>
        <translation>Re&amp;quest in one sentence:</translation>
    </message>
    <message>
        <source>&amp;Questions to ask (one a line):</source>
        <translation>&amp;Questions to ask (one a line):</translation>
    </message>
    <message>
        <source>Documents to &amp;bring (one a line):</source>
        <translation>Documents to &amp;bring (one a line):</translation>
    </message>
    <message>
        <source>e.g. mother, interpreter, outreach worker</source>
        <translation>e.g. mother, interpreter, outreach worker</translation>
    </message>
    <message>
        <source>The sheet puts the facts and the key terms side by side in both languages. The PDF is not encrypted: give it to the interpreter and the family only.</source>
        <translation>The sheet puts the facts and the key terms side by side in both languages. The PDF is not encrypted: give it to the interpreter and the family only.</translation>
    </message>
    <message>
        <source>Save appointment sheet (PDF, not encrypted)…</source>
        <translation>Save appointment sheet (PDF, not encrypted)…</translation>
    </message>
</context>
<context>
    <name>AppointmentPanel</name>
    <message>
        <source>— none: use the agency name typed below —</source>
        <translation>— none: use the agency name typed below —</translation>
    </message>
    <message>
        <source>Choose a referral or a service, or type the agency's name, then save again.</source>
        <translation>Choose a referral or a service, or type the agency's name, then save again.</translation>
    </message>
    <message>
        <source>Appointment sheet not saved</source>
        <translation>Appointment sheet not saved</translation>
    </message>
    <message>
        <source>Save appointment sheet (PDF, not encrypted)</source>
        <translation>Save appointment sheet (PDF, not encrypted)</translation>
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
        <translation>Case</translation>
    </message>
    <message>
        <source>Worries in</source>
        <translation>Worries in</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercises</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Choose a case in the list.</source>
        <translation>Choose a case in the list.</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Background</translation>
    </message>
    <message>
        <source>What goes well</source>
        <translation>What goes well</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>No children in this case.</source>
        <translation>No children in this case.</translation>
    </message>
    <message>
        <source>{0}, born in {1}</source>
        <translation>{0}, born in {1}</translation>
    </message>
    <message>
        <source>In their own words</source>
        <translation>In their own words</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Hidden facts (revealed by the trainer)</source>
        <translation>Hidden facts (revealed by the trainer)</translation>
    </message>
    <message>
        <source>{0}. (not revealed yet)</source>
        <translation>{0}. (not revealed yet)</translation>
    </message>
    <message>
        <source>{0} of {1} revealed</source>
        <translation>{0} of {1} revealed</translation>
    </message>
    <message>
        <source>&amp;Reveal the next fact</source>
        <translation>&amp;Reveal the next fact</translation>
    </message>
</context>
<context>
    <name>ChildStep</name>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>{0}: what does this mean for this child?</source>
        <translation>{0}: what does this mean for this child?</translation>
    </message>
    <message>
        <source>{0} ({1} years): what does this mean for this child?</source>
        <translation>{0} ({1} years): what does this mean for this child?</translation>
    </message>
    <message>
        <source>Keep the child in view: a line per child goes into the request (without names).</source>
        <translation>Keep the child in view: a line per child goes into the request (without names).</translation>
    </message>
    <message>
        <source>No children are recorded in this family's case file.</source>
        <translation>No children are recorded in this family's case file.</translation>
    </message>
</context>
<context>
    <name>ConfirmCodePage</name>
    <message>
        <source>Check that you wrote it down</source>
        <translation>Check that you wrote it down</translation>
    </message>
    <message>
        <source>Look at your paper, not at the screen: type the last group of the code.</source>
        <translation>Look at your paper, not at the screen: type the last group of the code.</translation>
    </message>
    <message>
        <source>&amp;Last group of the recovery code:</source>
        <translation>&amp;Last group of the recovery code:</translation>
    </message>
    <message>
        <source>I cannot type it now, but I &amp;wrote the whole code down on paper</source>
        <translation>I cannot type it now, but I &amp;wrote the whole code down on paper</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>You and a colleague changed the same thing while apart. Nothing was overwritten: choose what to keep. Your choice reaches them at the next sync.</source>
        <translation>You and a colleague changed the same thing while apart. Nothing was overwritten: choose what to keep. Your choice reaches them at the next sync.</translation>
    </message>
    <message>
        <source>On this laptop</source>
        <translation>On this laptop</translation>
    </message>
    <message>
        <source>From your colleague</source>
        <translation>From your colleague</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Keep &amp;mine</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Keep &amp;theirs</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>Keep &amp;both</translation>
    </message>
    <message>
        <source>{0}: field “{1}”</source>
        <translation>{0}: field “{1}”</translation>
    </message>
    <message>
        <source>{0}: a note</source>
        <translation>{0}: a note</translation>
    </message>
    <message>
        <source>No conflicts: nothing to settle.</source>
        <translation>No conflicts: nothing to settle.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record the parent's consent</source>
        <translation>Record the parent's consent</translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation>Verbal</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>Shared with:</source>
        <translation>Shared with:</translation>
    </message>
    <message>
        <source>Everything in this request</source>
        <translation>Everything in this request</translation>
    </message>
    <message>
        <source>The parent agreed to share:</source>
        <translation>The parent agreed to share:</translation>
    </message>
    <message>
        <source>Given:</source>
        <translation>Given:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>On:</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>Ask the parent first. Only what the parent agreed to goes to the agency.</source>
        <translation>Ask the parent first. Only what the parent agreed to goes to the agency.</translation>
    </message>
</context>
<context>
    <name>ConsentGate</name>
    <message>
        <source>The parent has not agreed yet to share with {0}: {1}.</source>
        <translation>The parent has not agreed yet to share with {0}: {1}.</translation>
    </message>
    <message>
        <source>No consent yet: nothing is produced for this agency.</source>
        <translation>No consent yet: nothing is produced for this agency.</translation>
    </message>
    <message>
        <source>&amp;Record consent now…</source>
        <translation>&amp;Record consent now…</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Add a contact</source>
        <translation>Add a contact</translation>
    </message>
    <message>
        <source>Change a contact</source>
        <translation>Change a contact</translation>
    </message>
    <message>
        <source>&amp;Name or role:</source>
        <translation>&amp;Name or role:</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Network:</translation>
    </message>
    <message>
        <source>&amp;Person or organisation:</source>
        <translation>&amp;Person or organisation:</translation>
    </message>
    <message>
        <source>&amp;Tie:</source>
        <translation>&amp;Tie:</translation>
    </message>
    <message>
        <source>&amp;Support:</source>
        <translation>&amp;Support:</translation>
    </message>
    <message>
        <source>On the social map as (optional):</source>
        <translation>On the social map as (optional):</translation>
    </message>
    <message>
        <source>(not on the social map)</source>
        <translation>(not on the social map)</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>e.g. grandmother, school teacher, GP</source>
        <translation>e.g. grandmother, school teacher, GP</translation>
    </message>
</context>
<context>
    <name>ContactImportDialog</name>
    <message>
        <source>Add a colleague</source>
        <translation>Add a colleague</translation>
    </message>
    <message>
        <source>Paste the text of your colleague's contact card (it starts with ODC1:) or open the card file they gave you.</source>
        <translation>Paste the text of your colleague's contact card (it starts with ODC1:) or open the card file they gave you.</translation>
    </message>
    <message>
        <source>&amp;Open card file…</source>
        <translation>&amp;Open card file…</translation>
    </message>
    <message>
        <source>&amp;Show fingerprint</source>
        <translation>&amp;Show fingerprint</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>I compared this fingerprint with my colleague, in person or by phone, and it is the same</source>
        <translation>I compared this fingerprint with my colleague, in person or by phone, and it is the same</translation>
    </message>
    <message>
        <source>&amp;Trust this colleague</source>
        <translation>&amp;Trust this colleague</translation>
    </message>
    <message>
        <source>(not read yet)</source>
        <translation>(not read yet)</translation>
    </message>
    <message>
        <source>Open contact card</source>
        <translation>Open contact card</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>This laptop</source>
        <translation>This laptop</translation>
    </message>
    <message>
        <source>Colleagues you trust</source>
        <translation>Colleagues you trust</translation>
    </message>
    <message>
        <source>Your &amp;name on the card:</source>
        <translation>Your &amp;name on the card:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <source>&amp;Copy contact card</source>
        <translation>&amp;Copy contact card</translation>
    </message>
    <message>
        <source>Sa&amp;ve contact card…</source>
        <translation>Sa&amp;ve contact card…</translation>
    </message>
    <message>
        <source>&amp;Add a colleague…</source>
        <translation>&amp;Add a colleague…</translation>
    </message>
    <message>
        <source>Give your contact card to a colleague, then read this fingerprint out to them (in person or by phone) so they can check it before trusting it.</source>
        <translation>Give your contact card to a colleague, then read this fingerprint out to them (in person or by phone) so they can check it before trusting it.</translation>
    </message>
    <message>
        <source>Save contact card</source>
        <translation>Save contact card</translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <source>Outreach Desk - create your vault</source>
        <translation>Outreach Desk - create your vault</translation>
    </message>
    <message>
        <source>I &amp;wrote it down</source>
        <translation>I &amp;wrote it down</translation>
    </message>
    <message>
        <source>&amp;Start working</source>
        <translation>&amp;Start working</translation>
    </message>
</context>
<context>
    <name>DebriefView</name>
    <message>
        <source>Warning: these agencies would turn this family away</source>
        <translation>Warning: these agencies would turn this family away</translation>
    </message>
    <message>
        <source>Non-take-up mechanisms</source>
        <translation>Non-take-up mechanisms</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <source>Life domains</source>
        <translation>Life domains</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Matched</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>Extra</translation>
    </message>
    <message>
        <source>Mechanisms the room named</source>
        <translation>Mechanisms the room named</translation>
    </message>
    <message>
        <source>Agencies the room chose</source>
        <translation>Agencies the room chose</translation>
    </message>
    <message>
        <source>Life domains the room saw</source>
        <translation>Life domains the room saw</translation>
    </message>
    <message>
        <source>C&amp;lear the room's answers</source>
        <translation>C&amp;lear the room's answers</translation>
    </message>
</context>
<context>
    <name>DomainChipsModel</name>
    <message>
        <source>(added by you)</source>
        <translation>(added by you)</translation>
    </message>
    <message>
        <source>(like earlier worries: worth a look)</source>
        <translation>(like earlier worries: worth a look)</translation>
    </message>
</context>
<context>
    <name>DraftBar</name>
    <message>
        <source>&amp;Resume writing</source>
        <translation>&amp;Resume writing</translation>
    </message>
    <message>
        <source>Throw a&amp;way</source>
        <translation>Throw a&amp;way</translation>
    </message>
    <message>
        <source>An unsaved note for {0} was kept: "{1}..." ({2} draft(s) in all)</source>
        <translation>An unsaved note for {0} was kept: "{1}..." ({2} draft(s) in all)</translation>
    </message>
</context>
<context>
    <name>Ecomap</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>Formal</translation>
    </message>
    <message>
        <source>Informal</source>
        <translation>Informal</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <source>Strained</source>
        <translation>Strained</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Broken</translation>
    </message>
    <message>
        <source>Support to the family</source>
        <translation>Support to the family</translation>
    </message>
    <message>
        <source>Support from the family</source>
        <translation>Support from the family</translation>
    </message>
    <message>
        <source>Support both ways</source>
        <translation>Support both ways</translation>
    </message>
    <message>
        <source>No support</source>
        <translation>No support</translation>
    </message>
    <message>
        <source>{network} {kind}, {tie} tie, {support}</source>
        <translation>{network} {kind}, {tie} tie, {support}</translation>
    </message>
</context>
<context>
    <name>EcomapWidget</name>
    <message>
        <source>Remove “{name}”</source>
        <translation>Remove “{name}”</translation>
    </message>
    <message>
        <source>Removed “{name}”. Undo with {keys}.</source>
        <translation>Removed “{name}”. Undo with {keys}.</translation>
    </message>
    <message>
        <source>Add “{name}”</source>
        <translation>Add “{name}”</translation>
    </message>
    <message>
        <source>Change “{name}”</source>
        <translation>Change “{name}”</translation>
    </message>
    <message>
        <source>Export the network map</source>
        <translation>Export the network map</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>Saved {path}. This picture is not encrypted.</source>
        <translation>Saved {path}. This picture is not encrypted.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Not saved: {error}</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>&amp;Add contact</translation>
    </message>
    <message>
        <source>Add a contact to the network map (Insert)</source>
        <translation>Add a contact to the network map (Insert)</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Change</translation>
    </message>
    <message>
        <source>Change the selected contact (Enter)</source>
        <translation>Change the selected contact (Enter)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Remove the selected contact (Delete; undo)</source>
        <translation>Remove the selected contact (Delete; undo)</translation>
    </message>
    <message>
        <source>Export as &amp;picture…</source>
        <translation>Export as &amp;picture…</translation>
    </message>
    <message>
        <source>Save the map as a PNG picture (not encrypted: a deliberate export)</source>
        <translation>Save the map as a PNG picture (not encrypted: a deliberate export)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>Re&amp;do</translation>
    </message>
    <message>
        <source>Keys: Insert adds, Enter changes, Delete removes (Ctrl+Z brings it back), arrows and Tab move between contacts.</source>
        <translation>Keys: Insert adds, Enter changes, Delete removes (Ctrl+Z brings it back), arrows and Tab move between contacts.</translation>
    </message>
    <message>
        <source>Network map of the family</source>
        <translation>Network map of the family</translation>
    </message>
    <message>
        <source>Contacts on the network map</source>
        <translation>Contacts on the network map</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>That is not the right passphrase or code. Nothing was changed.</source>
        <translation>That is not the right passphrase or code. Nothing was changed.</translation>
    </message>
    <message>
        <source>This vault was made by a newer Outreach Desk. Install the newer version.</source>
        <translation>This vault was made by a newer Outreach Desk. Install the newer version.</translation>
    </message>
    <message>
        <source>The vault file is damaged. It was left exactly as it is.</source>
        <translation>The vault file is damaged. It was left exactly as it is.</translation>
    </message>
    <message>
        <source>There is no vault in this folder.</source>
        <translation>There is no vault in this folder.</translation>
    </message>
    <message>
        <source>A vault already exists in this folder; open it instead.</source>
        <translation>A vault already exists in this folder; open it instead.</translation>
    </message>
    <message>
        <source>The vault is locked; unlock it first.</source>
        <translation>The vault is locked; unlock it first.</translation>
    </message>
    <message>
        <source>A record failed its integrity check and was not shown.</source>
        <translation>A record failed its integrity check and was not shown.</translation>
    </message>
    <message>
        <source>That passphrase is too weak.</source>
        <translation>That passphrase is too weak.</translation>
    </message>
    <message>
        <source>Please check what you entered.</source>
        <translation>Please check what you entered.</translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation>This item no longer exists.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Something went wrong.</translation>
    </message>
</context>
<context>
    <name>ExercisesView</name>
    <message>
        <source>Exercise {0}: {1}</source>
        <translation>Exercise {0}: {1}</translation>
    </message>
    <message>
        <source>Facilitator notes:</source>
        <translation>Facilitator notes:</translation>
    </message>
    <message>
        <source>Model request:</source>
        <translation>Model request:</translation>
    </message>
    <message>
        <source>Key terms:</source>
        <translation>Key terms:</translation>
    </message>
    <message>
        <source>Show the &amp;facilitator notes</source>
        <translation>Show the &amp;facilitator notes</translation>
    </message>
</context>
<context>
    <name>ExperiencePanel</name>
    <message>
        <source>Written {0}</source>
        <translation>Written {0}</translation>
    </message>
    <message>
        <source>Note not saved</source>
        <translation>Note not saved</translation>
    </message>
    <message>
        <source>Delete experience note</source>
        <translation>Delete experience note</translation>
    </message>
    <message>
        <source>Delete this note for good?

{0}</source>
        <translation>Delete this note for good?

{0}</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Add note</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <source>Experience with this service (encrypted in your vault)</source>
        <translation>Experience with this service (encrypted in your vault)</translation>
    </message>
    <message>
        <source>No experience noted yet. Write what you saw: how long you waited, whom to ask for, how families were received.</source>
        <translation>No experience noted yet. Write what you saw: how long you waited, whom to ask for, how families were received.</translation>
    </message>
    <message>
        <source>e.g. waited 3 weeks; ask for Fatima, speaks Tarifit</source>
        <translation>e.g. waited 3 weeks; ask for Fatima, speaks Tarifit</translation>
    </message>
    <message>
        <source>Experience note</source>
        <translation>Experience note</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;When:</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>&amp;Delete...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ExtrasPage</name>
    <message>
        <source>Optional: practise and work with colleagues</source>
        <translation>Optional: practise and work with colleagues</translation>
    </message>
    <message>
        <source>All of this can be skipped and done later.</source>
        <translation>All of this can be skipped and done later.</translation>
    </message>
    <message>
        <source>Open the &amp;training vault first (fictional families)</source>
        <translation>Open the &amp;training vault first (fictional families)</translation>
    </message>
    <message>
        <source>Colleagues you will share families with (their contact cards):</source>
        <translation>Colleagues you will share families with (their contact cards):</translation>
    </message>
    <message>
        <source>Add a colleague's &amp;contact card...</source>
        <translation>Add a colleague's &amp;contact card...</translation>
    </message>
    <message>
        <source>Shared folder for sync (a USB stick or a synced folder; optional):</source>
        <translation>Shared folder for sync (a USB stick or a synced folder; optional):</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Browse...</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 was added.</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>Contact card</translation>
    </message>
    <message>
        <source>Contact cards (*.json *.txt);;All (*)</source>
        <translation>Contact cards (*.json *.txt);;All (*)</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>The fingerprint your colleague reads out:</source>
        <translation>The fingerprint your colleague reads out:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Their name:</source>
        <translation>Their name:</translation>
    </message>
    <message>
        <source>Shared folder for sync</source>
        <translation>Shared folder for sync</translation>
    </message>
</context>
<context>
    <name>FamiliesPage</name>
    <message>
        <source>Close the case of {0}? The family and its notes stay in the vault; you can reopen the case later.</source>
        <translation>Close the case of {0}? The family and its notes stay in the vault; you can reopen the case later.</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Close case</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>FamilyDetail</name>
    <message>
        <source>Municipality:</source>
        <translation>Municipality:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Languages:</translation>
    </message>
    <message>
        <source>Residence:</source>
        <translation>Residence:</translation>
    </message>
    <message>
        <source>What goes well</source>
        <translation>What goes well</translation>
    </message>
    <message>
        <source>Life domains at stake (click to change)</source>
        <translation>Life domains at stake (click to change)</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>Family members</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Edit...</translation>
    </message>
    <message>
        <source>Choose a family in the list</source>
        <translation>Choose a family in the list</translation>
    </message>
    <message>
        <source>Re&amp;open case</source>
        <translation>Re&amp;open case</translation>
    </message>
    <message>
        <source>&amp;Close case...</source>
        <translation>&amp;Close case...</translation>
    </message>
    <message>
        <source>Nothing written yet. What goes well in this family?</source>
        <translation>Nothing written yet. What goes well in this family?</translation>
    </message>
    <message>
        <source>No members recorded.</source>
        <translation>No members recorded.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>{0} years (born {1})</source>
        <translation>{0} years (born {1})</translation>
    </message>
</context>
<context>
    <name>FamilyDialog</name>
    <message>
        <source>New family</source>
        <translation>New family</translation>
    </message>
    <message>
        <source>Edit family</source>
        <translation>Edit family</translation>
    </message>
    <message>
        <source>&amp;Label (pseudonym):</source>
        <translation>&amp;Label (pseudonym):</translation>
    </message>
    <message>
        <source>Real &amp;names (optional):</source>
        <translation>Real &amp;names (optional):</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>Lan&amp;guages (codes, e.g. ar, fr):</source>
        <translation>Lan&amp;guages (codes, e.g. ar, fr):</translation>
    </message>
    <message>
        <source>&amp;Residence:</source>
        <translation>&amp;Residence:</translation>
    </message>
    <message>
        <source>&amp;What goes well (one per line):</source>
        <translation>&amp;What goes well (one per line):</translation>
    </message>
    <message>
        <source>e.g. Family Sunflower</source>
        <translation>e.g. Family Sunflower</translation>
    </message>
    <message>
        <source>Members (children with their birth year):</source>
        <translation>Members (children with their birth year):</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>&amp;Add member</translation>
    </message>
    <message>
        <source>Remo&amp;ve member</source>
        <translation>Remo&amp;ve member</translation>
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
        <translation>Intake</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Referral outcome</source>
        <translation>Referral outcome</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Handover</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Intakes</source>
        <translation>Intakes</translation>
    </message>
    <message>
        <source>Referrals and outcomes</source>
        <translation>Referrals and outcomes</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Handovers</source>
        <translation>Handovers</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>School or childcare</source>
        <translation>School or childcare</translation>
    </message>
    <message>
        <source>For this child</source>
        <translation>For this child</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>What goes well</source>
        <translation>What goes well</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>One strength per line, e.g. takes initiative, a supportive community</source>
        <translation>One strength per line, e.g. takes initiative, a supportive community</translation>
    </message>
    <message>
        <source>Children in view</source>
        <translation>Children in view</translation>
    </message>
    <message>
        <source>Double-click (or press F2) in “For this child” to update the line.</source>
        <translation>Double-click (or press F2) in “For this child” to update the line.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Nothing written down yet. Ask the family what goes well.</source>
        <translation>Nothing written down yet. Ask the family what goes well.</translation>
    </message>
    <message>
        <source>How are {names} doing?</source>
        <translation>How are {names} doing?</translation>
    </message>
    <message>
        <source>How are the children doing?</source>
        <translation>How are the children doing?</translation>
    </message>
    <message>
        <source>The last {count} notes say nothing about children. Are there children in this family? Add them so they stay in view.</source>
        <translation>The last {count} notes say nothing about children. Are there children in this family? Add them so they stay in view.</translation>
    </message>
    <message>
        <source>The last note does not mention the children.</source>
        <translation>The last note does not mention the children.</translation>
    </message>
    <message>
        <source>The last {count} notes do not mention the children.</source>
        <translation>The last {count} notes do not mention the children.</translation>
    </message>
    <message>
        <source>How is {name} doing?</source>
        <translation>How is {name} doing?</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} and {last}</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>All life domains</source>
        <translation>All life domains</translation>
    </message>
</context>
<context>
    <name>FamilyListPanel</name>
    <message>
        <source>Filter by name or municipality</source>
        <translation>Filter by name or municipality</translation>
    </message>
    <message>
        <source>No families yet.
Open a case file for the first family you accompany: a pseudonym is enough.</source>
        <translation>No families yet.
Open a case file for the first family you accompany: a pseudonym is enough.</translation>
    </message>
    <message>
        <source>Add the &amp;first family</source>
        <translation>Add the &amp;first family</translation>
    </message>
</context>
<context>
    <name>FamilySummary</name>
    <message>
        <source>Family summary: {label}</source>
        <translation>Family summary: {label}</translation>
    </message>
    <message>
        <source>Deliberate plaintext export, made on {day}. Outreach Desk keeps this family's file encrypted; this printout is not.</source>
        <translation>Deliberate plaintext export, made on {day}. Outreach Desk keeps this family's file encrypted; this printout is not.</translation>
    </message>
    <message>
        <source>Case opened on</source>
        <translation>Case opened on</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Parents</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Life domains in focus</source>
        <translation>Life domains in focus</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>What goes well</source>
        <translation>What goes well</translation>
    </message>
    <message>
        <source>No strengths written down yet: ask the family what goes well.</source>
        <translation>No strengths written down yet: ask the family what goes well.</translation>
    </message>
    <message>
        <source>Children in view</source>
        <translation>Children in view</translation>
    </message>
    <message>
        <source>No children recorded.</source>
        <translation>No children recorded.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>School or childcare</source>
        <translation>School or childcare</translation>
    </message>
    <message>
        <source>For this child</source>
        <translation>For this child</translation>
    </message>
    <message>
        <source>Network map</source>
        <translation>Network map</translation>
    </message>
    <message>
        <source>No network map drawn yet.</source>
        <translation>No network map drawn yet.</translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation>Open referrals</translation>
    </message>
    <message>
        <source>No open referrals.</source>
        <translation>No open referrals.</translation>
    </message>
    <message>
        <source>(untitled referral)</source>
        <translation>(untitled referral)</translation>
    </message>
    <message>
        <source>since {day}</source>
        <translation>since {day}</translation>
    </message>
</context>
<context>
    <name>FamilyTableModel</name>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Life domains</source>
        <translation>Life domains</translation>
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
        <translation>&amp;Case file</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Life domains ({0})</source>
        <translation>Life domains ({0})</translation>
    </message>
    <message>
        <source>All life domains</source>
        <translation>All life domains</translation>
    </message>
    <message>
        <source>Show only services for these life domains</source>
        <translation>Show only services for these life domains</translation>
    </message>
    <message>
        <source>Welcomes people without papers</source>
        <translation>Welcomes people without papers</translation>
    </message>
    <message>
        <source>Only services that help people without legal residence (at least in part)</source>
        <translation>Only services that help people without legal residence (at least in part)</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>Only services where a family can come without appointment</source>
        <translation>Only services where a family can come without appointment</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>Formal</translation>
    </message>
    <message>
        <source>Only public or structurally subsidised services</source>
        <translation>Only public or structurally subsidised services</translation>
    </message>
    <message>
        <source>Informal</source>
        <translation>Informal</translation>
    </message>
    <message>
        <source>Only citizen initiatives run by volunteers</source>
        <translation>Only citizen initiatives run by volunteers</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Any language</translation>
    </message>
    <message>
        <source>Only services that work in this language</source>
        <translation>Only services that work in this language</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <source>Only services in this municipality (and region-wide ones)</source>
        <translation>Only services in this municipality (and region-wide ones)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>{0} (overdue)</source>
        <translation>{0} (overdue)</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Follow up on</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Referrals whose follow-up date has come, the most overdue first (in red).</source>
        <translation>Referrals whose follow-up date has come, the most overdue first (in red).</translation>
    </message>
    <message>
        <source>Nothing to follow up today.</source>
        <translation>Nothing to follow up today.</translation>
    </message>
    <message>
        <source>The selected referral</source>
        <translation>The selected referral</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Barrier met:</source>
        <translation>Barrier met:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Next follow-up:</source>
        <translation>Next follow-up:</translation>
    </message>
    <message>
        <source>e.g. waiting list until March; no interpreter</source>
        <translation>e.g. waiting list until March; no interpreter</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>Set &amp;status</translation>
    </message>
    <message>
        <source>Set &amp;date</source>
        <translation>Set &amp;date</translation>
    </message>
    <message>
        <source>&amp;Open the family</source>
        <translation>&amp;Open the family</translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <source>No entry matches this search.</source>
        <translation>No entry matches this search.</translation>
    </message>
    <message>
        <source>Reviewed by a native speaker</source>
        <translation>Reviewed by a native speaker</translation>
    </message>
    <message>
        <source>⚠ Needs review by a native speaker before you rely on it</source>
        <translation>⚠ Needs review by a native speaker before you rely on it</translation>
    </message>
    <message>
        <source>Print glossary (PDF, not encrypted)</source>
        <translation>Print glossary (PDF, not encrypted)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Glossary not printed</source>
        <translation>Glossary not printed</translation>
    </message>
    <message>
        <source>Search a word in any language (e.g. OCMW, CPAS, aide médicale)…</source>
        <translation>Search a word in any language (e.g. OCMW, CPAS, aide médicale)…</translation>
    </message>
    <message>
        <source>First language of the pair</source>
        <translation>First language of the pair</translation>
    </message>
    <message>
        <source>Second language of the pair</source>
        <translation>Second language of the pair</translation>
    </message>
    <message>
        <source>Print glossary (PDF, not encrypted)…</source>
        <translation>Print glossary (PDF, not encrypted)…</translation>
    </message>
    <message>
        <source>The PDF holds the whole glossary in the two chosen languages.</source>
        <translation>The PDF holds the whole glossary in the two chosen languages.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand over a family</source>
        <translation>Hand over a family</translation>
    </message>
    <message>
        <source>Who becomes responsible for {0}? A note on the timeline records it.</source>
        <translation>Who becomes responsible for {0}? A note on the timeline records it.</translation>
    </message>
    <message>
        <source>Hand over &amp;to:</source>
        <translation>Hand over &amp;to:</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>&amp;Hand over…</translation>
    </message>
    <message>
        <source>I &amp;keep read access</source>
        <translation>I &amp;keep read access</translation>
    </message>
    <message>
        <source>I no longer need access: &amp;remove the family here once it has been sent</source>
        <translation>I no longer need access: &amp;remove the family here once it has been sent</translation>
    </message>
</context>
<context>
    <name>HelpRequest</name>
    <message>
        <source>Emergency</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <source>Holds the right</source>
        <translation>Holds the right</translation>
    </message>
    <message>
        <source>Informal bridge</source>
        <translation>Informal bridge</translation>
    </message>
    <message>
        <source>Other service</source>
        <translation>Other service</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Appointment set</source>
        <translation>Appointment set</translation>
    </message>
    <message>
        <source>Helped</source>
        <translation>Helped</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>No show</source>
        <translation>No show</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>No barrier</source>
        <translation>No barrier</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>Residence status</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Refusal</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>No reply</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>HelpRequestPage</name>
    <message>
        <source>Pick a service first.</source>
        <translation>Pick a service first.</translation>
    </message>
    <message>
        <source>Select a family on the families page first.</source>
        <translation>Select a family on the families page first.</translation>
    </message>
    <message>
        <source>1. Worries</source>
        <translation>1. Worries</translation>
    </message>
    <message>
        <source>2. Urgency</source>
        <translation>2. Urgency</translation>
    </message>
    <message>
        <source>3. Why no help yet</source>
        <translation>3. Why no help yet</translation>
    </message>
    <message>
        <source>4. The children</source>
        <translation>4. The children</translation>
    </message>
    <message>
        <source>5. Services</source>
        <translation>5. Services</translation>
    </message>
    <message>
        <source>6. Request</source>
        <translation>6. Request</translation>
    </message>
    <message>
        <source>7. Send and follow up</source>
        <translation>7. Send and follow up</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>New intake</source>
        <translation>New intake</translation>
    </message>
    <message>
        <source>Keep this draft in the vault and start again for another worry.</source>
        <translation>Keep this draft in the vault and start again for another worry.</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Help request: select a family on the families page.</source>
        <translation>Help request: select a family on the families page.</translation>
    </message>
    <message>
        <source>Help request for {0}</source>
        <translation>Help request for {0}</translation>
    </message>
</context>
<context>
    <name>InterpretersPage</name>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Glossary</translation>
    </message>
    <message>
        <source>&amp;Appointment sheet</source>
        <translation>&amp;Appointment sheet</translation>
    </message>
</context>
<context>
    <name>KindBanner</name>
    <message>
        <source>DEMO - fictional data</source>
        <translation>DEMO - fictional data</translation>
    </message>
    <message>
        <source>TRAINING - fictional families</source>
        <translation>TRAINING - fictional families</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to Outreach Desk</source>
        <translation>Welcome to Outreach Desk</translation>
    </message>
    <message>
        <source>Choose the language of the app. You can change it later in the menu.</source>
        <translation>Choose the language of the app. You can change it later in the menu.</translation>
    </message>
</context>
<context>
    <name>LensStep</name>
    <message>
        <source>Next step: {0}. {1}</source>
        <translation>Next step: {0}. {1}</translation>
    </message>
    <message>
        <source>Why does the family not get what it has a right to? Tick what is at play; the matching next step appears.</source>
        <translation>Why does the family not get what it has a right to? Tick what is at play; the matching next step appears.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Families</source>
        <translation>&amp;Families</translation>
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
        <translation>TRAINING</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>F&amp;amily</source>
        <translation>F&amp;amily</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>About Outreach Desk</source>
        <translation>About Outreach Desk</translation>
    </message>
    <message>
        <source>Outreach Desk {0}
Encrypted case notes for outreach workers in Brussels. Everything stays on this laptop, encrypted.</source>
        <translation>Outreach Desk {0}
Encrypted case notes for outreach workers in Brussels. Everything stays on this laptop, encrypted.</translation>
    </message>
    <message>
        <source>Third-party licences</source>
        <translation>Third-party licences</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Edit note (a new version is kept; history stays)</source>
        <translation>Edit note (a new version is kept; history stays)</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>New note</translation>
    </message>
    <message>
        <source>What happened, what the parent asked, what comes next...</source>
        <translation>What happened, what the parent asked, what comes next...</translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation>&amp;Save note</translation>
    </message>
    <message>
        <source>Disc&amp;ard</source>
        <translation>Disc&amp;ard</translation>
    </message>
    <message>
        <source>Draft from {0} restored.</source>
        <translation>Draft from {0} restored.</translation>
    </message>
    <message>
        <source>Draft saved at {0}</source>
        <translation>Draft saved at {0}</translation>
    </message>
    <message>
        <source>The note was not saved</source>
        <translation>The note was not saved</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Note saved.</translation>
    </message>
    <message>
        <source>Discard this text?</source>
        <translation>Discard this text?</translation>
    </message>
    <message>
        <source>What you typed will be thrown away.</source>
        <translation>What you typed will be thrown away.</translation>
    </message>
</context>
<context>
    <name>NoteHistoryDialog</name>
    <message>
        <source>Note history</source>
        <translation>Note history</translation>
    </message>
    <message>
        <source>Version {0} - {1}</source>
        <translation>Version {0} - {1}</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(current)</translation>
    </message>
    <message>
        <source>(CONFLICT: written at the same time on another laptop)</source>
        <translation>(CONFLICT: written at the same time on another laptop)</translation>
    </message>
</context>
<context>
    <name>NoteListModel</name>
    <message>
        <source>Two versions were written on different laptops; open the history.</source>
        <translation>Two versions were written on different laptops; open the history.</translation>
    </message>
    <message>
        <source>edited {0}, {1} versions</source>
        <translation>edited {0}, {1} versions</translation>
    </message>
    <message>
        <source>CONFLICT: {0} other version(s)</source>
        <translation>CONFLICT: {0} other version(s)</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Notes, newest first (double-click a note for its history)</source>
        <translation>Notes, newest first (double-click a note for its history)</translation>
    </message>
</context>
<context>
    <name>OpenTrainingButton</name>
    <message>
        <source>Open &amp;training (fictional families)</source>
        <translation>Open &amp;training (fictional families)</translation>
    </message>
    <message>
        <source>Opens the separate training vault for workshops. Your own vault stays locked and is not touched.</source>
        <translation>Opens the separate training vault for workshops. Your own vault stays locked and is not touched.</translation>
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
        <translation>Exported files are NOT encrypted: anyone with the file can read it. Send or print it, then delete it.</translation>
    </message>
    <message>
        <source>&amp;Export PDF (not encrypted)…</source>
        <translation>&amp;Export PDF (not encrypted)…</translation>
    </message>
    <message>
        <source>&amp;Copy as e-mail text</source>
        <translation>&amp;Copy as e-mail text</translation>
    </message>
    <message>
        <source>The clipboard is emptied after 30 seconds.</source>
        <translation>The clipboard is emptied after 30 seconds.</translation>
    </message>
    <message>
        <source>&amp;Parent's sheet (PDF, not encrypted)…</source>
        <translation>&amp;Parent's sheet (PDF, not encrypted)…</translation>
    </message>
    <message>
        <source>The parent's language:</source>
        <translation>The parent's language:</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Follow up on:</source>
        <translation>Follow up on:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>&amp;Save the referral</source>
        <translation>&amp;Save the referral</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Si&amp;gnals</source>
        <translation>Si&amp;gnals</translation>
    </message>
    <message>
        <source>This screen could not be opened: {0}</source>
        <translation>This screen could not be opened: {0}</translation>
    </message>
    <message>
        <source>Net&amp;work map</source>
        <translation>Net&amp;work map</translation>
    </message>
    <message>
        <source>&amp;At a glance</source>
        <translation>&amp;At a glance</translation>
    </message>
    <message>
        <source>To follow &amp;up</source>
        <translation>To follow &amp;up</translation>
    </message>
    <message>
        <source>Help re&amp;quest</source>
        <translation>Help re&amp;quest</translation>
    </message>
    <message>
        <source>Social &amp;map</source>
        <translation>Social &amp;map</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>&amp;Interpreters</source>
        <translation>&amp;Interpreters</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repeat it:</translation>
    </message>
    <message>
        <source>for example: four unrelated words</source>
        <translation>for example: four unrelated words</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Choose a passphrase</translation>
    </message>
    <message>
        <source>Everything you write in Outreach Desk is encrypted with this passphrase. Nobody can recover it for you, so choose one you will remember: four or five unrelated words work well.</source>
        <translation>Everything you write in Outreach Desk is encrypted with this passphrase. Nobody can recover it for you, so choose one you will remember: four or five unrelated words work well.</translation>
    </message>
    <message>
        <source>Creating the encrypted vault; this takes a few seconds...</source>
        <translation>Creating the encrypted vault; this takes a few seconds...</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Step {0} / {1}</source>
        <translation>Step {0} / {1}</translation>
    </message>
    <message>
        <source>{0} ({1}):</source>
        <translation>{0} ({1}):</translation>
    </message>
    <message>
        <source>Facilitator notes: {0}</source>
        <translation>Facilitator notes: {0}</translation>
    </message>
    <message>
        <source>Model request: {0}</source>
        <translation>Model request: {0}</translation>
    </message>
    <message>
        <source>Key terms: {0}</source>
        <translation>Key terms: {0}</translation>
    </message>
    <message>
        <source>Training - presentation</source>
        <translation>Training - presentation</translation>
    </message>
    <message>
        <source>→ / Space: next   ← : previous   Home / End   N: notes   Esc: leave</source>
        <translation>→ / Space: next   ← : previous   Home / End   N: notes   Esc: leave</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Your recovery code</source>
        <translation>Your recovery code</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this code is the only way back into your vault. It is shown only now. Write it on paper and keep it somewhere safe, away from the laptop.</source>
        <translation>If you forget your passphrase, this code is the only way back into your vault. It is shown only now. Write it on paper and keep it somewhere safe, away from the laptop.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>A copied code is removed from the clipboard after {0} seconds.</source>
        <translation>A copied code is removed from the clipboard after {0} seconds.</translation>
    </message>
    <message>
        <source>Tip: do not save it in a file on this laptop or in your e-mail: whoever steals the laptop would find it. Paper, or a password manager you trust.</source>
        <translation>Tip: do not save it in a file on this laptop or in your e-mail: whoever steals the laptop would find it. Paper, or a password manager you trust.</translation>
    </message>
</context>
<context>
    <name>RequestActions</name>
    <message>
        <source>Record the parent's consent first.</source>
        <translation>Record the parent's consent first.</translation>
    </message>
    <message>
        <source>Export the help request (not encrypted)</source>
        <translation>Export the help request (not encrypted)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saved (not encrypted): {0}</source>
        <translation>Saved (not encrypted): {0}</translation>
    </message>
    <message>
        <source>Export the parent's sheet (not encrypted)</source>
        <translation>Export the parent's sheet (not encrypted)</translation>
    </message>
    <message>
        <source>Copied. The clipboard is emptied in {0} seconds.</source>
        <translation>Copied. The clipboard is emptied in {0} seconds.</translation>
    </message>
    <message>
        <source>Referral saved; it appears on "To follow up" when it is due.</source>
        <translation>Referral saved; it appears on "To follow up" when it is due.</translation>
    </message>
    <message>
        <source>The social map is not available in this window.</source>
        <translation>The social map is not available in this window.</translation>
    </message>
</context>
<context>
    <name>RequestStep</name>
    <message>
        <source>The agency's &amp;language:</source>
        <translation>The agency's &amp;language:</translation>
    </message>
    <message>
        <source>Start the text again</source>
        <translation>Start the text again</translation>
    </message>
    <message>
        <source>Edit the request</source>
        <translation>Edit the request</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search families and notes</source>
        <translation>Search families and notes</translation>
    </message>
    <message>
        <source>Type a word; accents do not matter.</source>
        <translation>Type a word; accents do not matter.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nothing found.</translation>
    </message>
    <message>
        <source>{0} found</source>
        <translation>{0} found</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Family</source>
        <translation>Family</translation>
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
        <translation>STALE: nobody checked this record in the last 12 months ({0}). Phone the service before you send a family.</translation>
    </message>
    <message>
        <source>record source [1]</source>
        <translation>record source [1]</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>needs verification</source>
        <translation>needs verification</translation>
    </message>
    <message>
        <source>[1] Source of this record: {0}. Facts {1}.</source>
        <translation>[1] Source of this record: {0}. Facts {1}.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>&amp;Use in a help request</source>
        <translation>&amp;Use in a help request</translation>
    </message>
    <message>
        <source>Start a help request for a family with this service</source>
        <translation>Start a help request for a family with this service</translation>
    </message>
    <message>
        <source>Choose a service to see everything the map knows about it.</source>
        <translation>Choose a service to see everything the map knows about it.</translation>
    </message>
    <message>
        <source>Facts about the service</source>
        <translation>Facts about the service</translation>
    </message>
</context>
<context>
    <name>ServiceResultsModel</name>
    <message>
        <source>STALE</source>
        <translation>STALE</translation>
    </message>
    <message>
        <source>whole Brussels region</source>
        <translation>whole Brussels region</translation>
    </message>
    <message>
        <source>welcomes people without papers</source>
        <translation>welcomes people without papers</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>walk-in</translation>
    </message>
    <message>
        <source>1 experience note</source>
        <translation>1 experience note</translation>
    </message>
    <message>
        <source>{0} experience notes</source>
        <translation>{0} experience notes</translation>
    </message>
</context>
<context>
    <name>SharingPanel</name>
    <message>
        <source>Tick a colleague to share a family with them (duo work). Only ticked families are ever sent to that colleague.</source>
        <translation>Tick a colleague to share a family with them (duo work). Only ticked families are ever sent to that colleague.</translation>
    </message>
    <message>
        <source>&amp;Hand over the selected family…</source>
        <translation>&amp;Hand over the selected family…</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>me</source>
        <translation>me</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>someone else</translation>
    </message>
    <message>
        <source>Choose a family first, and add the colleague who takes it over.</source>
        <translation>Choose a family first, and add the colleague who takes it over.</translation>
    </message>
    <message>
        <source>{0} becomes responsible for {1}. You keep read access. Continue?</source>
        <translation>{0} becomes responsible for {1}. You keep read access. Continue?</translation>
    </message>
    <message>
        <source>{0} becomes responsible for {1}. After the next sync the family is removed from this laptop for good. Continue?</source>
        <translation>{0} becomes responsible for {1}. After the next sync the family is removed from this laptop for good. Continue?</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <source>Handed over to {0}; it goes out at the next sync.</source>
        <translation>Handed over to {0}; it goes out at the next sync.</translation>
    </message>
</context>
<context>
    <name>SignalsPage</name>
    <message>
        <source>Anonymous figures from your intakes and referrals, to signal structural problems. Counts from 1 to 4 are shown as &lt;5 and some other cells are hidden (x) so that no family can be recognised. No names, notes or ids leave the vault.</source>
        <translation>Anonymous figures from your intakes and referrals, to signal structural problems. Counts from 1 to 4 are shown as &lt;5 and some other cells are hidden (x) so that no family can be recognised. No names, notes or ids leave the vault.</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>per month</translation>
    </message>
    <message>
        <source>per quarter</source>
        <translation>per quarter</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF report…</source>
        <translation>Export &amp;PDF report…</translation>
    </message>
    <message>
        <source>Signed file for the &amp;coordinator…</source>
        <translation>Signed file for the &amp;coordinator…</translation>
    </message>
    <message>
        <source>No intakes or referrals in this period yet: the charts appear when there are.</source>
        <translation>No intakes or referrals in this period yet: the charts appear when there are.</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>Intakes by life domain</source>
        <translation>Intakes by life domain</translation>
    </message>
    <message>
        <source>Barriers met, per life domain</source>
        <translation>Barriers met, per life domain</translation>
    </message>
    <message>
        <source>Referrals to formal and informal help</source>
        <translation>Referrals to formal and informal help</translation>
    </message>
    <message>
        <source>Non-take-up mechanisms marked</source>
        <translation>Non-take-up mechanisms marked</translation>
    </message>
    <message>
        <source>Export signals as CSV</source>
        <translation>Export signals as CSV</translation>
    </message>
    <message>
        <source>Export signals report</source>
        <translation>Export signals report</translation>
    </message>
    <message>
        <source>Training data is fictional: it is never sent.</source>
        <translation>Training data is fictional: it is never sent.</translation>
    </message>
    <message>
        <source>Signed file for the coordinator</source>
        <translation>Signed file for the coordinator</translation>
    </message>
    <message>
        <source>This file holds raw monthly counts (small counts included, no names or text) so that your coordinator can add them to the team's figures. Give it only to your coordinator. Continue?</source>
        <translation>This file holds raw monthly counts (small counts included, no names or text) so that your coordinator can add them to the team's figures. Give it only to your coordinator. Continue?</translation>
    </message>
    <message>
        <source>Save signed signals</source>
        <translation>Save signed signals</translation>
    </message>
</context>
<context>
    <name>SocialMapFacts</name>
    <message>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>The whole Brussels-Capital Region</source>
        <translation>The whole Brussels-Capital Region</translation>
    </message>
    <message>
        <source>Confidential address: contact by phone</source>
        <translation>Confidential address: contact by phone</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Names</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Also known as</translation>
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
        <translation>Kind</translation>
    </message>
    <message>
        <source>Life domains</source>
        <translation>Life domains</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Welcomes people without papers</source>
        <translation>Welcomes people without papers</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Interpretation</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Who can come</source>
        <translation>Who can come</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Documents to bring</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Costs</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
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
        <translation>Emergency number</translation>
    </message>
</context>
<context>
    <name>SocialMapLabels</name>
    <message>
        <source>Informal (citizen initiative, volunteers)</source>
        <translation>Informal (citizen initiative, volunteers)</translation>
    </message>
    <message>
        <source>Between informal and formal (project subsidies)</source>
        <translation>Between informal and formal (project subsidies)</translation>
    </message>
    <message>
        <source>Formal (public or structurally subsidised)</source>
        <translation>Formal (public or structurally subsidised)</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Under conditions</source>
        <translation>Under conditions</translation>
    </message>
    <message>
        <source>Walk in, no appointment needed</source>
        <translation>Walk in, no appointment needed</translation>
    </message>
    <message>
        <source>By appointment</source>
        <translation>By appointment</translation>
    </message>
    <message>
        <source>Walk in or by appointment</source>
        <translation>Walk in or by appointment</translation>
    </message>
    <message>
        <source>Only after referral by another service</source>
        <translation>Only after referral by another service</translation>
    </message>
    <message>
        <source>The service comes to the family</source>
        <translation>The service comes to the family</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>By phone</translation>
    </message>
    <message>
        <source>No waiting list</source>
        <translation>No waiting list</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Weeks</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>Sometimes</source>
        <translation>Sometimes</translation>
    </message>
    <message>
        <source>never verified</source>
        <translation>never verified</translation>
    </message>
    <message>
        <source>verified today ({0})</source>
        <translation>verified today ({0})</translation>
    </message>
    <message>
        <source>verified {0} days ago ({1})</source>
        <translation>verified {0} days ago ({1})</translation>
    </message>
    <message>
        <source>verified {0} months ago ({1})</source>
        <translation>verified {0} months ago ({1})</translation>
    </message>
    <message>
        <source>verified {0} years ago ({1})</source>
        <translation>verified {0} years ago ({1})</translation>
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
        <translation>No service matches. Remove some filters, or try fewer or other words (Dutch, French and English names all work).</translation>
    </message>
    <message>
        <source>No service matches these words. Try fewer or other words: Dutch, French and English names all work (OCMW or CPAS, Kind en Gezin or ONE).</source>
        <translation>No service matches these words. Try fewer or other words: Dutch, French and English names all work (OCMW or CPAS, Kind en Gezin or ONE).</translation>
    </message>
    <message>
        <source>Search the social map: name, place, language, need... (Ctrl+K)</source>
        <translation>Search the social map: name, place, language, need... (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search the social map</source>
        <translation>Search the social map</translation>
    </message>
    <message>
        <source>Services found</source>
        <translation>Services found</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <source>{0} — {1} (ruled out)</source>
        <translation>{0} — {1} (ruled out)</translation>
    </message>
</context>
<context>
    <name>SuggestionsStep</name>
    <message>
        <source>Why this service:</source>
        <translation>Why this service:</translation>
    </message>
    <message>
        <source>What may block:</source>
        <translation>What may block:</translation>
    </message>
    <message>
        <source>Can accompany the family there:</source>
        <translation>Can accompany the family there:</translation>
    </message>
    <message>
        <source>Pick the service the request goes to.</source>
        <translation>Pick the service the request goes to.</translation>
    </message>
    <message>
        <source>Request for: {0}</source>
        <translation>Request for: {0}</translation>
    </message>
    <message>
        <source>Services for the confirmed domains, best first. Prefer the service that holds the right; informal initiatives can accompany the family there.</source>
        <translation>Services for the confirmed domains, best first. Prefer the service that holds the right; informal initiatives can accompany the family there.</translation>
    </message>
    <message>
        <source>Choose on the social &amp;map…</source>
        <translation>Choose on the social &amp;map…</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Training: fictional families are never shared or synced. Everything on this screen is switched off.</source>
        <translation>Training: fictional families are never shared or synced. Everything on this screen is switched off.</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <source>&amp;Colleagues</source>
        <translation>&amp;Colleagues</translation>
    </message>
    <message>
        <source>S&amp;haring</source>
        <translation>S&amp;haring</translation>
    </message>
    <message>
        <source>Choose where to sync first (a folder or a WebDAV address).</source>
        <translation>Choose where to sync first (a folder or a WebDAV address).</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Checking the connection…</translation>
    </message>
    <message>
        <source>{0} file(s) could not be imported: {1}</source>
        <translation>{0} file(s) could not be imported: {1}</translation>
    </message>
    <message>
        <source>Sending {0} changes to {1}…</source>
        <translation>Sending {0} changes to {1}…</translation>
    </message>
    <message>
        <source>Receiving file {0} of {1}…</source>
        <translation>Receiving file {0} of {1}…</translation>
    </message>
    <message>
        <source>The sync folder or server cannot be reached; it will try again.</source>
        <translation>The sync folder or server cannot be reached; it will try again.</translation>
    </message>
    <message>
        <source>The server refused the user name or password.</source>
        <translation>The server refused the user name or password.</translation>
    </message>
    <message>
        <source>The server or disk is full; ask for space to be freed.</source>
        <translation>The server or disk is full; ask for space to be freed.</translation>
    </message>
    <message>
        <source>The address must start with https:// to keep the password safe.</source>
        <translation>The address must start with https:// to keep the password safe.</translation>
    </message>
    <message>
        <source>Training: fictional families are never shared or synced.</source>
        <translation>Training: fictional families are never shared or synced.</translation>
    </message>
    <message>
        <source>Sync failed.</source>
        <translation>Sync failed.</translation>
    </message>
    <message>
        <source>C&amp;onflicts ({0})</source>
        <translation>C&amp;onflicts ({0})</translation>
    </message>
    <message>
        <source>Sync is off in training mode.</source>
        <translation>Sync is off in training mode.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Last sync: {0}.</source>
        <translation>Last sync: {0}.</translation>
    </message>
    <message>
        <source>Waiting to go out: {0}.</source>
        <translation>Waiting to go out: {0}.</translation>
    </message>
    <message>
        <source>Problem: {0}</source>
        <translation>Problem: {0}</translation>
    </message>
</context>
<context>
    <name>TargetPanel</name>
    <message>
        <source>Sync through</source>
        <translation>Sync through</translation>
    </message>
    <message>
        <source>A shared &amp;folder (network drive, USB stick)</source>
        <translation>A shared &amp;folder (network drive, USB stick)</translation>
    </message>
    <message>
        <source>A &amp;WebDAV folder (e.g. Nextcloud)</source>
        <translation>A &amp;WebDAV folder (e.g. Nextcloud)</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>F&amp;older:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>kept encrypted in the vault</source>
        <translation>kept encrypted in the vault</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sync &amp;now</translation>
    </message>
    <message>
        <source>Sync &amp;automatically when a connection is available</source>
        <translation>Sync &amp;automatically when a connection is available</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Folder to sync through</source>
        <translation>Folder to sync through</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Too short: use at least 10 characters.</source>
        <translation>Too short: use at least 10 characters.</translation>
    </message>
    <message>
        <source>Contains a very common word that attackers try first.</source>
        <translation>Contains a very common word that attackers try first.</translation>
    </message>
    <message>
        <source>Avoid repeated characters and sequences like 1234 or abcd.</source>
        <translation>Avoid repeated characters and sequences like 1234 or abcd.</translation>
    </message>
    <message>
        <source>Tip: four or five unrelated words with spaces are strong and easy.</source>
        <translation>Tip: four or five unrelated words with spaces are strong and easy.</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Very weak</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Very strong</translation>
    </message>
    <message>
        <source>Regular residence</source>
        <translation>Regular residence</translation>
    </message>
    <message>
        <source>Asylum procedure</source>
        <translation>Asylum procedure</translation>
    </message>
    <message>
        <source>Without legal residence</source>
        <translation>Without legal residence</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>Another vault was opened meanwhile; training mode was not opened.</source>
        <translation>Another vault was opened meanwhile; training mode was not opened.</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>Training mode</translation>
    </message>
</context>
<context>
    <name>TrainingPacks</name>
    <message>
        <source>Export the scenario pack</source>
        <translation>Export the scenario pack</translation>
    </message>
    <message>
        <source>Scenario packs (*.json)</source>
        <translation>Scenario packs (*.json)</translation>
    </message>
    <message>
        <source>Import a scenario pack</source>
        <translation>Import a scenario pack</translation>
    </message>
    <message>
        <source>Scenario packs (*.json);;All files (*)</source>
        <translation>Scenario packs (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>The scenario pack could not be imported: {0}</source>
        <translation>The scenario pack could not be imported: {0}</translation>
    </message>
    <message>
        <source>The scenario pack was refused. Nothing from it was imported.</source>
        <translation>The scenario pack was refused. Nothing from it was imported.</translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>File: {0}</translation>
    </message>
    <message>
        <source>Case: {0}</source>
        <translation>Case: {0}</translation>
    </message>
    <message>
        <source>Field: {0}</source>
        <translation>Field: {0}</translation>
    </message>
    <message>
        <source>Problem: {0}</source>
        <translation>Problem: {0}</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Reset this case?</source>
        <translation>Reset this case?</translation>
    </message>
    <message>
        <source>The family of this case goes back to how it was at the start: notes, revealed facts and changes made in the workshop are deleted.</source>
        <translation>The family of this case goes back to how it was at the start: notes, revealed facts and changes made in the workshop are deleted.</translation>
    </message>
    <message>
        <source>The case was reset to its starting point.</source>
        <translation>The case was reset to its starting point.</translation>
    </message>
    <message>
        <source>Reset the whole training vault?</source>
        <translation>Reset the whole training vault?</translation>
    </message>
    <message>
        <source>The training vault closes, is deleted and is built again from the scenario packs. Everything done in the workshop is lost. Your real vault is not touched.</source>
        <translation>The training vault closes, is deleted and is built again from the scenario packs. Everything done in the workshop is lost. Your real vault is not touched.</translation>
    </message>
    <message>
        <source>Close training mode (Lock), then run 'outreach-desk training reset' to rebuild the training vault.</source>
        <translation>Close training mode (Lock), then run 'outreach-desk training reset' to rebuild the training vault.</translation>
    </message>
    <message>
        <source>Pack exported to {0}</source>
        <translation>Pack exported to {0}</translation>
    </message>
    <message>
        <source>Imported {0} case(s) from pack {1}. Reset the whole training vault to add them as families.</source>
        <translation>Imported {0} case(s) from pack {1}. Reset the whole training vault to add them as families.</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation>E&amp;xercises</translation>
    </message>
    <message>
        <source>&amp;Debrief</source>
        <translation>&amp;Debrief</translation>
    </message>
    <message>
        <source>&amp;Present this case (full screen)</source>
        <translation>&amp;Present this case (full screen)</translation>
    </message>
    <message>
        <source>Reset &amp;this case...</source>
        <translation>Reset &amp;this case...</translation>
    </message>
    <message>
        <source>Reset the &amp;whole training vault...</source>
        <translation>Reset the &amp;whole training vault...</translation>
    </message>
    <message>
        <source>E&amp;xport pack...</source>
        <translation>E&amp;xport pack...</translation>
    </message>
    <message>
        <source>&amp;Import pack...</source>
        <translation>&amp;Import pack...</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Outreach Desk - unlock</source>
        <translation>Outreach Desk - unlock</translation>
    </message>
    <message>
        <source>Open &amp;training (fictional families, for workshops)</source>
        <translation>Open &amp;training (fictional families, for workshops)</translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down when you created the vault.</source>
        <translation>Type the recovery code you wrote down when you created the vault.</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>Recovery &amp;code:</translation>
    </message>
    <message>
        <source>Use my &amp;passphrase instead</source>
        <translation>Use my &amp;passphrase instead</translation>
    </message>
    <message>
        <source>Your vault is locked. Type your passphrase to open it.</source>
        <translation>Your vault is locked. Type your passphrase to open it.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>I forgot my passphrase: use the &amp;recovery code</source>
        <translation>I forgot my passphrase: use the &amp;recovery code</translation>
    </message>
    <message>
        <source>This is the demo vault: its public passphrase is filled in for you.</source>
        <translation>This is the demo vault: its public passphrase is filled in for you.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Restore the last backup...</source>
        <translation>&amp;Restore the last backup...</translation>
    </message>
    <message>
        <source>You opened the vault with the recovery code. Choose a new passphrase now.</source>
        <translation>You opened the vault with the recovery code. Choose a new passphrase now.</translation>
    </message>
    <message>
        <source>&amp;Save the new passphrase</source>
        <translation>&amp;Save the new passphrase</translation>
    </message>
    <message>
        <source>Several wrong tries: waiting {0} seconds before checking...</source>
        <translation>Several wrong tries: waiting {0} seconds before checking...</translation>
    </message>
    <message>
        <source>Restore the last backup?</source>
        <translation>Restore the last backup?</translation>
    </message>
    <message>
        <source>The vault will be replaced by the backup {0}. Notes written after that backup will be missing. The damaged file is kept aside, not deleted.</source>
        <translation>The vault will be replaced by the backup {0}. Notes written after that backup will be missing. The damaged file is kept aside, not deleted.</translation>
    </message>
    <message>
        <source>The backup was restored. The damaged file was kept as {0}. Unlock now.</source>
        <translation>The backup was restored. The damaged file was kept as {0}. Unlock now.</translation>
    </message>
</context>
<context>
    <name>UrgencyBanner</name>
    <message>
        <source>Urgent: act today.</source>
        <translation>Urgent: act today.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Why:</translation>
    </message>
    <message>
        <source>Why: you marked this situation as urgent.</source>
        <translation>Why: you marked this situation as urgent.</translation>
    </message>
    <message>
        <source>The first steps are under "2. Urgency".</source>
        <translation>The first steps are under "2. Urgency".</translation>
    </message>
    <message>
        <source>First steps:</source>
        <translation>First steps:</translation>
    </message>
    <message>
        <source>On the social map:</source>
        <translation>On the social map:</translation>
    </message>
</context>
<context>
    <name>UrgencyCheckNotice</name>
    <message>
        <source>Mar&amp;k as urgent</source>
        <translation>Mar&amp;k as urgent</translation>
    </message>
    <message>
        <source>Sets urgency by hand, as under "2. Urgency", where you can clear it again.</source>
        <translation>Sets urgency by hand, as under "2. Urgency", where you can clear it again.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between quoted words</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>This sounds like something from the past ({0}: {1}). Is it still going on, or could it happen again? Check with the parent.</source>
        <translation>This sounds like something from the past ({0}: {1}). Is it still going on, or could it happen again? Check with the parent.</translation>
    </message>
    <message>
        <source>Could this need action today? Earlier urgent worries used words like {0}. Check with the parent.</source>
        <translation>Could this need action today? Earlier urgent worries used words like {0}. Check with the parent.</translation>
    </message>
</context>
<context>
    <name>UrgencyStep</name>
    <message>
        <source>The worries contain urgency signals (see the red banner above).</source>
        <translation>The worries contain urgency signals (see the red banner above).</translation>
    </message>
    <message>
        <source>The worries tell of a danger in the past, so it is not raised as urgent: check with the parent whether it is still going on or could happen again.</source>
        <translation>The worries tell of a danger in the past, so it is not raised as urgent: check with the parent whether it is still going on or could happen again.</translation>
    </message>
    <message>
        <source>No urgency signal was found in the worries, but their words resemble earlier urgent worries: check with the parent whether this needs action today.</source>
        <translation>No urgency signal was found in the worries, but their words resemble earlier urgent worries: check with the parent whether this needs action today.</translation>
    </message>
    <message>
        <source>No urgency signal was found in the worries.</source>
        <translation>No urgency signal was found in the worries.</translation>
    </message>
    <message>
        <source>&amp;Follow the reading of the worries</source>
        <translation>&amp;Follow the reading of the worries</translation>
    </message>
    <message>
        <source>&amp;Urgent: I set it by hand</source>
        <translation>&amp;Urgent: I set it by hand</translation>
    </message>
    <message>
        <source>N&amp;ot urgent: I clear it by hand</source>
        <translation>N&amp;ot urgent: I clear it by hand</translation>
    </message>
</context>
<context>
    <name>WorriesStep</name>
    <message>
        <source>Reading the worries…</source>
        <translation>Reading the worries…</translation>
    </message>
    <message>
        <source>The parent's worries, in the parent's own words (any language, kept as written):</source>
        <translation>The parent's worries, in the parent's own words (any language, kept as written):</translation>
    </message>
    <message>
        <source>Write down what the parent says…</source>
        <translation>Write down what the parent says…</translation>
    </message>
    <message>
        <source>Your summary for the agency (optional):</source>
        <translation>Your summary for the agency (optional):</translation>
    </message>
    <message>
        <source>Life domains read from the words: untick what does not apply, add what is missing.</source>
        <translation>Life domains read from the words: untick what does not apply, add what is missing.</translation>
    </message>
    <message>
        <source>Add a life domain…</source>
        <translation>Add a life domain…</translation>
    </message>
</context>
</TS>