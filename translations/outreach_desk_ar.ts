<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <source>Lock the vault now</source>
        <translation>اقفل الخزنة الآن</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Lock and close Outreach Desk</source>
        <translation>اقفل الخزنة وأغلق Outreach Desk</translation>
    </message>
    <message>
        <source>New &amp;family...</source>
        <translation>&amp;عائلة جديدة...</translation>
    </message>
    <message>
        <source>Open a case file for a family</source>
        <translation>افتح ملف حالة لعائلة</translation>
    </message>
    <message>
        <source>&amp;Edit family...</source>
        <translation>&amp;تعديل العائلة...</translation>
    </message>
    <message>
        <source>Change the selected family&apos;s case file</source>
        <translation>غيّر ملف حالة العائلة المختارة</translation>
    </message>
    <message>
        <source>&amp;Close case...</source>
        <translation>إ&amp;غلاق الحالة...</translation>
    </message>
    <message>
        <source>Mark the selected family&apos;s case as closed</source>
        <translation>علّم حالة العائلة المختارة كمغلقة</translation>
    </message>
    <message>
        <source>New &amp;note</source>
        <translation>م&amp;لاحظة جديدة</translation>
    </message>
    <message>
        <source>Write a new note</source>
        <translation>اكتب ملاحظة جديدة</translation>
    </message>
    <message>
        <source>E&amp;dit note</source>
        <translation>ت&amp;عديل الملاحظة</translation>
    </message>
    <message>
        <source>Write a new version of the selected note</source>
        <translation>اكتب نسخة جديدة من الملاحظة المختارة</translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation>&amp;حفظ الملاحظة</translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation>احفظ الملاحظة</translation>
    </message>
    <message>
        <source>Note &amp;history...</source>
        <translation>&amp;سجل الملاحظة...</translation>
    </message>
    <message>
        <source>Show every version of the selected note</source>
        <translation>اعرض كل نسخ الملاحظة المختارة</translation>
    </message>
    <message>
        <source>&amp;Copy note text</source>
        <translation>&amp;نسخ نص الملاحظة</translation>
    </message>
    <message>
        <source>Copy the note; the clipboard is cleared again after a while</source>
        <translation>انسخ الملاحظة؛ تُمسح الحافظة مرة أخرى بعد قليل</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>Search families and notes</source>
        <translation>ابحث في العائلات والملاحظات</translation>
    </message>
    <message>
        <source>Show c&amp;losed cases</source>
        <translation>عرض الحالات ال&amp;مغلقة</translation>
    </message>
    <message>
        <source>Also list families whose case is closed</source>
        <translation>اعرض أيضًا العائلات التي أُغلقت حالتها</translation>
    </message>
    <message>
        <source>&amp;About Outreach Desk</source>
        <translation>&amp;حول Outreach Desk</translation>
    </message>
    <message>
        <source>Third-party &amp;licences</source>
        <translation>&amp;تراخيص الأطراف الأخرى</translation>
    </message>
    <message>
        <source>Qt, fonts, data and libraries Outreach Desk uses</source>
        <translation>Qt والخطوط والبيانات والمكتبات التي يستخدمها Outreach Desk</translation>
    </message>
    <message>
        <source>Change the interface language</source>
        <translation>غيّر لغة الواجهة</translation>
    </message>
</context>
<context>
    <name>AppointmentForm</name>
    <message>
        <source>From a referral of the selected family</source>
        <translation>من إحالة للعائلة المختارة</translation>
    </message>
    <message>
        <source>On its own</source>
        <translation>بمفردها، دون إحالة</translation>
    </message>
    <message>
        <source>No referral for the selected family</source>
        <translation>لا توجد إحالة للعائلة المختارة</translation>
    </message>
    <message>
        <source>Search the social map…</source>
        <translation>ابحث في الخريطة الاجتماعية…</translation>
    </message>
    <message>
        <source>&amp;Referral:</source>
        <translation>الإ&amp;حالة:</translation>
    </message>
    <message>
        <source>Find a &amp;service:</source>
        <translation>ابحث عن &amp;خدمة:</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>ال&amp;خدمة:</translation>
    </message>
    <message>
        <source>or agency &amp;name:</source>
        <translation>أو ا&amp;سم الجهة:</translation>
    </message>
    <message>
        <source>Agency a&amp;ddress:</source>
        <translation>&amp;عنوان الجهة:</translation>
    </message>
    <message>
        <source>&amp;Family&apos;s language:</source>
        <translation>&amp;لغة العائلة:</translation>
    </message>
    <message>
        <source>A&amp;gency&apos;s language:</source>
        <translation>لغة ال&amp;جهة:</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>ال&amp;تاريخ والوقت:</translation>
    </message>
    <message>
        <source>&amp;Who is going:</source>
        <translation>&amp;من سيذهب:</translation>
    </message>
    <message>
        <source>Re&amp;quest in one sentence:</source>
        <translation>ال&amp;طلب في جملة واحدة:</translation>
    </message>
    <message>
        <source>&amp;Questions to ask (one a line):</source>
        <translation>&amp;أسئلة يجب طرحها (سؤال في كل سطر):</translation>
    </message>
    <message>
        <source>Documents to &amp;bring (one a line):</source>
        <translation>الوثائق التي يجب &amp;إحضارها (وثيقة في كل سطر):</translation>
    </message>
    <message>
        <source>e.g. mother, interpreter, outreach worker</source>
        <translation>مثلاً: الأم، المترجم، العامل الميداني</translation>
    </message>
    <message>
        <source>The sheet puts the facts and the key terms side by side in both languages. The PDF is not encrypted: give it to the interpreter and the family only.</source>
        <translation>تضع الورقة الوقائع والمصطلحات الأساسية جنباً إلى جنب باللغتين. ملف PDF غير مشفّر: أعطه للمترجم وللعائلة فقط.</translation>
    </message>
    <message>
        <source>Save appointment sheet (PDF, not encrypted)…</source>
        <translation>حفظ ورقة الموعد (PDF، غير مشفّر)…</translation>
    </message>
</context>
<context>
    <name>AppointmentPanel</name>
    <message>
        <source>— none: use the agency name typed below —</source>
        <translation>— لا شيء: استخدم اسم الجهة المكتوب أدناه —</translation>
    </message>
    <message>
        <source>Choose a referral or a service, or type the agency&apos;s name, then save again.</source>
        <translation>اختر إحالة أو خدمة، أو اكتب اسم الجهة، ثم احفظ من جديد.</translation>
    </message>
    <message>
        <source>Appointment sheet not saved</source>
        <translation>لم يتم حفظ ورقة الموعد</translation>
    </message>
    <message>
        <source>Save appointment sheet (PDF, not encrypted)</source>
        <translation>حفظ ورقة الموعد (PDF، غير مشفّر)</translation>
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
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Worries in</source>
        <translation>لغة المخاوف</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>التمارين</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Choose a case in the list.</source>
        <translation>اختر حالة من القائمة.</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>الخلفية</translation>
    </message>
    <message>
        <source>What goes well</source>
        <translation>ما يسير بشكل جيد</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>No children in this case.</source>
        <translation>لا يوجد أطفال في هذه الحالة.</translation>
    </message>
    <message>
        <source>{0}, born in {1}</source>
        <translation>{0}، مواليد {1}</translation>
    </message>
    <message>
        <source>In their own words</source>
        <translation>بكلماتهم هم</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Hidden facts (revealed by the trainer)</source>
        <translation>معلومات مخفية (يكشفها المدرّب)</translation>
    </message>
    <message>
        <source>{0}. (not revealed yet)</source>
        <translation>{0}. (لم تُكشف بعد)</translation>
    </message>
    <message>
        <source>{0} of {1} revealed</source>
        <translation>كُشف {0} من {1}</translation>
    </message>
    <message>
        <source>&amp;Reveal the next fact</source>
        <translation>&amp;اكشف المعلومة التالية</translation>
    </message>
</context>
<context>
    <name>ChildStep</name>
    <message>
        <source>Child</source>
        <translation>طفل</translation>
    </message>
    <message>
        <source>{0}: what does this mean for this child?</source>
        <translation>{0}: ماذا يعني هذا لهذا الطفل؟</translation>
    </message>
    <message>
        <source>{0} ({1} years): what does this mean for this child?</source>
        <translation>{0} ({1} سنة): ماذا يعني هذا لهذا الطفل؟</translation>
    </message>
    <message>
        <source>Keep the child in view: a line per child goes into the request (without names).</source>
        <translation>أبقِ الطفل في الاعتبار: سطر لكل طفل يدخل في الطلب (بدون أسماء).</translation>
    </message>
    <message>
        <source>No children are recorded in this family&apos;s case file.</source>
        <translation>لا يوجد أطفال مسجَّلون في ملف حالة هذه العائلة.</translation>
    </message>
</context>
<context>
    <name>ConfirmCodePage</name>
    <message>
        <source>Check that you wrote it down</source>
        <translation>تأكّد أنك دوّنته</translation>
    </message>
    <message>
        <source>Look at your paper, not at the screen: type the last group of the code.</source>
        <translation>انظر إلى ورقتك، لا إلى الشاشة: اكتب المجموعة الأخيرة من الرمز.</translation>
    </message>
    <message>
        <source>&amp;Last group of the recovery code:</source>
        <translation>المجموعة ال&amp;أخيرة من رمز الاسترداد:</translation>
    </message>
    <message>
        <source>I cannot type it now, but I &amp;wrote the whole code down on paper</source>
        <translation>لا أستطيع كتابتها الآن، لكنني &amp;دوّنت الرمز كاملًا على ورقة</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>You and a colleague changed the same thing while apart. Nothing was overwritten: choose what to keep. Your choice reaches them at the next sync.</source>
        <translation>أنت وزميل غيّرتما الشيء نفسه أثناء الانفصال. لم يُستبدل شيء: اختر ما تحتفظ به. يصل اختيارك إليهم في المزامنة القادمة.</translation>
    </message>
    <message>
        <source>On this laptop</source>
        <translation>على هذا الحاسوب</translation>
    </message>
    <message>
        <source>From your colleague</source>
        <translation>من زميلك</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>احتفظ &amp;بنسختي</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>احتفظ بنسخة &amp;الزميل</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>احتفظ بال&amp;اثنتين</translation>
    </message>
    <message>
        <source>{0}: field “{1}”</source>
        <translation>{0}: الحقل “{1}”</translation>
    </message>
    <message>
        <source>{0}: a note</source>
        <translation>{0}: ملاحظة</translation>
    </message>
    <message>
        <source>No conflicts: nothing to settle.</source>
        <translation>لا تعارضات: لا شيء يحتاج إلى تسوية.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record the parent&apos;s consent</source>
        <translation>سجّل موافقة الوالد</translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation>شفهية</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>كتابية</translation>
    </message>
    <message>
        <source>Shared with:</source>
        <translation>تُشارَك مع:</translation>
    </message>
    <message>
        <source>Everything in this request</source>
        <translation>كل ما في هذا الطلب</translation>
    </message>
    <message>
        <source>The parent agreed to share:</source>
        <translation>وافق الوالد على مشاركة:</translation>
    </message>
    <message>
        <source>Given:</source>
        <translation>طريقة الموافقة:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>بتاريخ:</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>سجّل الموافقة</translation>
    </message>
    <message>
        <source>Ask the parent first. Only what the parent agreed to goes to the agency.</source>
        <translation>اسأل الوالد أولًا. فقط ما وافق عليه الوالد يذهب إلى الجهة.</translation>
    </message>
</context>
<context>
    <name>ConsentGate</name>
    <message>
        <source>The parent has not agreed yet to share with {0}: {1}.</source>
        <translation>لم يوافق الوالد بعد على المشاركة مع {0}: {1}.</translation>
    </message>
    <message>
        <source>No consent yet: nothing is produced for this agency.</source>
        <translation>لا موافقة بعد: لا يُنتَج شيء لهذه الجهة.</translation>
    </message>
    <message>
        <source>&amp;Record consent now…</source>
        <translation>&amp;سجّل الموافقة الآن…</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Add a contact</source>
        <translation>أضف جهة اتصال</translation>
    </message>
    <message>
        <source>Change a contact</source>
        <translation>غيّر جهة اتصال</translation>
    </message>
    <message>
        <source>&amp;Name or role:</source>
        <translation>ال&amp;اسم أو الدور:</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>ال&amp;شبكة:</translation>
    </message>
    <message>
        <source>&amp;Person or organisation:</source>
        <translation>&amp;شخص أو منظمة:</translation>
    </message>
    <message>
        <source>&amp;Tie:</source>
        <translation>ال&amp;علاقة:</translation>
    </message>
    <message>
        <source>&amp;Support:</source>
        <translation>ال&amp;دعم:</translation>
    </message>
    <message>
        <source>On the social map as (optional):</source>
        <translation>على الخريطة الاجتماعية باسم (اختياري):</translation>
    </message>
    <message>
        <source>(not on the social map)</source>
        <translation>(ليس على الخريطة الاجتماعية)</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>م&amp;لاحظة:</translation>
    </message>
    <message>
        <source>e.g. grandmother, school teacher, GP</source>
        <translation>مثلًا: الجدة، معلّم المدرسة، الطبيب العام</translation>
    </message>
</context>
<context>
    <name>ContactImportDialog</name>
    <message>
        <source>Add a colleague</source>
        <translation>أضف زميلًا</translation>
    </message>
    <message>
        <source>Paste the text of your colleague&apos;s contact card (it starts with ODC1:) or open the card file they gave you.</source>
        <translation>الصق نص بطاقة اتصال زميلك (يبدأ بـ ODC1:) أو افتح ملف البطاقة الذي أعطاك إياه.</translation>
    </message>
    <message>
        <source>&amp;Open card file…</source>
        <translation>&amp;افتح ملف البطاقة…</translation>
    </message>
    <message>
        <source>&amp;Show fingerprint</source>
        <translation>اعرض ال&amp;بصمة</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>البصمة:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ال&amp;اسم:</translation>
    </message>
    <message>
        <source>I compared this fingerprint with my colleague, in person or by phone, and it is the same</source>
        <translation>قارنت هذه البصمة مع زميلي، شخصيًا أو بالهاتف، وهي نفسها</translation>
    </message>
    <message>
        <source>&amp;Trust this colleague</source>
        <translation>&amp;أثق بهذا الزميل</translation>
    </message>
    <message>
        <source>(not read yet)</source>
        <translation>(لم تُقرأ بعد)</translation>
    </message>
    <message>
        <source>Open contact card</source>
        <translation>افتح بطاقة اتصال</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>This laptop</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message>
        <source>Colleagues you trust</source>
        <translation>زملاء تثق بهم</translation>
    </message>
    <message>
        <source>Your &amp;name on the card:</source>
        <translation>ا&amp;سمك على البطاقة:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>البصمة:</translation>
    </message>
    <message>
        <source>&amp;Copy contact card</source>
        <translation>ا&amp;نسخ بطاقة الاتصال</translation>
    </message>
    <message>
        <source>Sa&amp;ve contact card…</source>
        <translation>ا&amp;حفظ بطاقة الاتصال…</translation>
    </message>
    <message>
        <source>&amp;Add a colleague…</source>
        <translation>أ&amp;ضف زميلًا…</translation>
    </message>
    <message>
        <source>Give your contact card to a colleague, then read this fingerprint out to them (in person or by phone) so they can check it before trusting it.</source>
        <translation>أعطِ بطاقة اتصالك لزميل، ثم اقرأ له هذه البصمة (شخصيًا أو بالهاتف) حتى يتحقق منها قبل أن يثق بها.</translation>
    </message>
    <message>
        <source>Save contact card</source>
        <translation>احفظ بطاقة الاتصال</translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <source>Outreach Desk - create your vault</source>
        <translation>Outreach Desk - أنشئ خزنتك</translation>
    </message>
    <message>
        <source>I &amp;wrote it down</source>
        <translation>لقد &amp;دوّنته</translation>
    </message>
    <message>
        <source>&amp;Start working</source>
        <translation>&amp;ابدأ العمل</translation>
    </message>
</context>
<context>
    <name>DebriefView</name>
    <message>
        <source>Warning: these agencies would turn this family away</source>
        <translation>تحذير: هذه الجهات سترفض هذه العائلة</translation>
    </message>
    <message>
        <source>Non-take-up mechanisms</source>
        <translation>آليات عدم الاستفادة من الحقوق</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>الجهات</translation>
    </message>
    <message>
        <source>Life domains</source>
        <translation>مجالات الحياة</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>متطابق</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>فائت</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>إضافي</translation>
    </message>
    <message>
        <source>Mechanisms the room named</source>
        <translation>الآليات التي ذكرتها المجموعة</translation>
    </message>
    <message>
        <source>Agencies the room chose</source>
        <translation>الجهات التي اختارتها المجموعة</translation>
    </message>
    <message>
        <source>Life domains the room saw</source>
        <translation>مجالات الحياة التي رأتها المجموعة</translation>
    </message>
    <message>
        <source>C&amp;lear the room&apos;s answers</source>
        <translation>ا&amp;مسح إجابات المجموعة</translation>
    </message>
</context>
<context>
    <name>DomainChipsModel</name>
    <message>
        <source>(added by you)</source>
        <translation>(أضفته أنت)</translation>
    </message>
    <message>
        <source>(like earlier worries: worth a look)</source>
        <translation>(يشبه مخاوف سابقة: يستحق النظر)</translation>
    </message>
</context>
<context>
    <name>DraftBar</name>
    <message>
        <source>&amp;Resume writing</source>
        <translation>&amp;استئناف الكتابة</translation>
    </message>
    <message>
        <source>Throw a&amp;way</source>
        <translation>ت&amp;جاهل</translation>
    </message>
    <message>
        <source>An unsaved note for {0} was kept: &quot;{1}...&quot; ({2} draft(s) in all)</source>
        <translation>حُفظت ملاحظة غير محفوظة لـ {0}: &quot;{1}...&quot; ({2} مسودة (مسودات) في المجموع)</translation>
    </message>
</context>
<context>
    <name>Ecomap</name>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>منظمة</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>رسمي</translation>
    </message>
    <message>
        <source>Informal</source>
        <translation>غير رسمي</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>قوية</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>ضعيفة</translation>
    </message>
    <message>
        <source>Strained</source>
        <translation>متوترة</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>مقطوعة</translation>
    </message>
    <message>
        <source>Support to the family</source>
        <translation>دعم للعائلة</translation>
    </message>
    <message>
        <source>Support from the family</source>
        <translation>دعم من العائلة</translation>
    </message>
    <message>
        <source>Support both ways</source>
        <translation>دعم في الاتجاهين</translation>
    </message>
    <message>
        <source>No support</source>
        <translation>لا دعم</translation>
    </message>
    <message>
        <source>{network} {kind}, {tie} tie, {support}</source>
        <translation>{kind} ({network})، علاقة {tie}، {support}</translation>
    </message>
</context>
<context>
    <name>EcomapWidget</name>
    <message>
        <source>Remove “{name}”</source>
        <translation>احذف “{name}”</translation>
    </message>
    <message>
        <source>Removed “{name}”. Undo with {keys}.</source>
        <translation>حُذف “{name}”. تراجع بـ {keys}.</translation>
    </message>
    <message>
        <source>Add “{name}”</source>
        <translation>أضف “{name}”</translation>
    </message>
    <message>
        <source>Change “{name}”</source>
        <translation>غيّر “{name}”</translation>
    </message>
    <message>
        <source>Export the network map</source>
        <translation>تصدير خريطة الشبكة</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>صورة PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved {path}. This picture is not encrypted.</source>
        <translation>حُفظ {path}. هذه الصورة غير مشفّرة.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>لم يُحفظ: {error}</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>&amp;أضف جهة اتصال</translation>
    </message>
    <message>
        <source>Add a contact to the network map (Insert)</source>
        <translation>أضف جهة اتصال إلى خريطة الشبكة (Insert)</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;غيّر</translation>
    </message>
    <message>
        <source>Change the selected contact (Enter)</source>
        <translation>غيّر جهة الاتصال المختارة (Enter)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>ا&amp;حذف</translation>
    </message>
    <message>
        <source>Remove the selected contact (Delete; undo)</source>
        <translation>احذف جهة الاتصال المختارة (Delete؛ يمكن التراجع)</translation>
    </message>
    <message>
        <source>Export as &amp;picture…</source>
        <translation>تصدير ك&amp;صورة…</translation>
    </message>
    <message>
        <source>Save the map as a PNG picture (not encrypted: a deliberate export)</source>
        <translation>احفظ الخريطة كصورة PNG (غير مشفّرة: تصدير مقصود)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Keys: Insert adds, Enter changes, Delete removes (Ctrl+Z brings it back), arrows and Tab move between contacts.</source>
        <translation>المفاتيح: Insert يضيف، Enter يغيّر، Delete يحذف (Ctrl+Z يعيده)، الأسهم وTab للتنقل بين جهات الاتصال.</translation>
    </message>
    <message>
        <source>Network map of the family</source>
        <translation>خريطة شبكة العائلة</translation>
    </message>
    <message>
        <source>Contacts on the network map</source>
        <translation>جهات الاتصال على خريطة الشبكة</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>That is not the right passphrase or code. Nothing was changed.</source>
        <translation>هذه ليست عبارة المرور أو الرمز الصحيح. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>This vault was made by a newer Outreach Desk. Install the newer version.</source>
        <translation>أُنشئت هذه الخزنة بنسخة أحدث من Outreach Desk. ثبّت النسخة الأحدث.</translation>
    </message>
    <message>
        <source>The vault file is damaged. It was left exactly as it is.</source>
        <translation>ملف الخزنة تالف. تُرك كما هو تمامًا.</translation>
    </message>
    <message>
        <source>There is no vault in this folder.</source>
        <translation>لا توجد خزنة في هذا المجلد.</translation>
    </message>
    <message>
        <source>A vault already exists in this folder; open it instead.</source>
        <translation>توجد خزنة في هذا المجلد بالفعل؛ افتحها بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The vault is locked; unlock it first.</source>
        <translation>الخزنة مقفلة؛ افتح قفلها أولًا.</translation>
    </message>
    <message>
        <source>A record failed its integrity check and was not shown.</source>
        <translation>فشل أحد السجلات في فحص السلامة ولم يُعرض.</translation>
    </message>
    <message>
        <source>That passphrase is too weak.</source>
        <translation>عبارة المرور هذه ضعيفة جدًا.</translation>
    </message>
    <message>
        <source>Please check what you entered.</source>
        <translation>يرجى التحقق مما أدخلته.</translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation>هذا العنصر لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>حدث خطأ ما.</translation>
    </message>
</context>
<context>
    <name>ExercisesView</name>
    <message>
        <source>Exercise {0}: {1}</source>
        <translation>التمرين {0}: {1}</translation>
    </message>
    <message>
        <source>Facilitator notes:</source>
        <translation>ملاحظات الميسّر:</translation>
    </message>
    <message>
        <source>Model request:</source>
        <translation>طلب نموذجي:</translation>
    </message>
    <message>
        <source>Key terms:</source>
        <translation>المصطلحات الأساسية:</translation>
    </message>
    <message>
        <source>Show the &amp;facilitator notes</source>
        <translation>اعرض ملاحظات ال&amp;ميسّر</translation>
    </message>
</context>
<context>
    <name>ExperiencePanel</name>
    <message>
        <source>Written {0}</source>
        <translation>كُتبت {0}</translation>
    </message>
    <message>
        <source>Note not saved</source>
        <translation>لم تُحفظ الملاحظة</translation>
    </message>
    <message>
        <source>Delete experience note</source>
        <translation>حذف ملاحظة الخبرة</translation>
    </message>
    <message>
        <source>Delete this note for good?

{0}</source>
        <translation>حذف هذه الملاحظة نهائيًا؟

{0}</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;أضف ملاحظة</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;احفظ التغييرات</translation>
    </message>
    <message>
        <source>Experience with this service (encrypted in your vault)</source>
        <translation>الخبرة مع هذه الخدمة (مشفّرة في خزنتك)</translation>
    </message>
    <message>
        <source>No experience noted yet. Write what you saw: how long you waited, whom to ask for, how families were received.</source>
        <translation>لا توجد خبرة مسجّلة بعد. اكتب ما رأيته: كم انتظرت، من تسأل عنه، كيف استُقبلت العائلات.</translation>
    </message>
    <message>
        <source>e.g. waited 3 weeks; ask for Fatima, speaks Tarifit</source>
        <translation>مثلًا: انتظرنا 3 أسابيع؛ اسأل عن فاطمة، تتكلم الريفية</translation>
    </message>
    <message>
        <source>Experience note</source>
        <translation>ملاحظة خبرة</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;متى:</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تعديل</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>ا&amp;حذف...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ExtrasPage</name>
    <message>
        <source>Optional: practise and work with colleagues</source>
        <translation>اختياري: التمرّن والعمل مع الزملاء</translation>
    </message>
    <message>
        <source>All of this can be skipped and done later.</source>
        <translation>يمكن تخطي كل هذا والقيام به لاحقًا.</translation>
    </message>
    <message>
        <source>Open the &amp;training vault first (fictional families)</source>
        <translation>افتح خزنة &amp;التدريب أولًا (عائلات خيالية)</translation>
    </message>
    <message>
        <source>Colleagues you will share families with (their contact cards):</source>
        <translation>الزملاء الذين ستشارك معهم العائلات (بطاقات اتصالهم):</translation>
    </message>
    <message>
        <source>Add a colleague&apos;s &amp;contact card...</source>
        <translation>أضف &amp;بطاقة اتصال زميل...</translation>
    </message>
    <message>
        <source>Shared folder for sync (a USB stick or a synced folder; optional):</source>
        <translation>مجلد مشترك للمزامنة (مفتاح USB أو مجلد متزامن؛ اختياري):</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;استعراض...</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>أُضيف %1.</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>بطاقة اتصال</translation>
    </message>
    <message>
        <source>Contact cards (*.json *.txt);;All (*)</source>
        <translation>بطاقات الاتصال (*.json *.txt);;الكل (*)</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>The fingerprint your colleague reads out:</source>
        <translation>البصمة التي يقرؤها زميلك:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Their name:</source>
        <translation>اسمه:</translation>
    </message>
    <message>
        <source>Shared folder for sync</source>
        <translation>مجلد مشترك للمزامنة</translation>
    </message>
</context>
<context>
    <name>FamiliesPage</name>
    <message>
        <source>Close the case of {0}? The family and its notes stay in the vault; you can reopen the case later.</source>
        <translation>إغلاق حالة {0}؟ تبقى العائلة وملاحظاتها في الخزنة؛ يمكنك إعادة فتح الحالة لاحقًا.</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>إغلاق الحالة</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
</context>
<context>
    <name>FamilyDetail</name>
    <message>
        <source>Municipality:</source>
        <translation>البلدية:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>اللغات:</translation>
    </message>
    <message>
        <source>Residence:</source>
        <translation>الإقامة:</translation>
    </message>
    <message>
        <source>What goes well</source>
        <translation>ما يسير بشكل جيد</translation>
    </message>
    <message>
        <source>Life domains at stake (click to change)</source>
        <translation>مجالات الحياة المعنية (انقر للتغيير)</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>أفراد العائلة</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;تعديل...</translation>
    </message>
    <message>
        <source>Choose a family in the list</source>
        <translation>اختر عائلة من القائمة</translation>
    </message>
    <message>
        <source>Re&amp;open case</source>
        <translation>إعادة &amp;فتح الحالة</translation>
    </message>
    <message>
        <source>&amp;Close case...</source>
        <translation>إ&amp;غلاق الحالة...</translation>
    </message>
    <message>
        <source>Nothing written yet. What goes well in this family?</source>
        <translation>لم يُكتب شيء بعد. ما الذي يسير بشكل جيد في هذه العائلة؟</translation>
    </message>
    <message>
        <source>No members recorded.</source>
        <translation>لم يُسجَّل أي فرد.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>{0} years (born {1})</source>
        <translation>{0} سنة (مواليد {1})</translation>
    </message>
</context>
<context>
    <name>FamilyDialog</name>
    <message>
        <source>New family</source>
        <translation>عائلة جديدة</translation>
    </message>
    <message>
        <source>Edit family</source>
        <translation>تعديل العائلة</translation>
    </message>
    <message>
        <source>&amp;Label (pseudonym):</source>
        <translation>ال&amp;تسمية (اسم مستعار):</translation>
    </message>
    <message>
        <source>Real &amp;names (optional):</source>
        <translation>الأسماء ال&amp;حقيقية (اختياري):</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>ال&amp;بلدية:</translation>
    </message>
    <message>
        <source>Lan&amp;guages (codes, e.g. ar, fr):</source>
        <translation>ال&amp;لغات (رموز، مثلًا ar، fr):</translation>
    </message>
    <message>
        <source>&amp;Residence:</source>
        <translation>الإ&amp;قامة:</translation>
    </message>
    <message>
        <source>&amp;What goes well (one per line):</source>
        <translation>&amp;ما يسير بشكل جيد (سطر لكل نقطة):</translation>
    </message>
    <message>
        <source>e.g. Family Sunflower</source>
        <translation>مثلًا: عائلة عبّاد الشمس</translation>
    </message>
    <message>
        <source>Members (children with their birth year):</source>
        <translation>الأفراد (الأطفال مع سنة ميلادهم):</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>سنة الميلاد</translation>
    </message>
    <message>
        <source>School</source>
        <translation>المدرسة</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>أ&amp;ضف فردًا</translation>
    </message>
    <message>
        <source>Remo&amp;ve member</source>
        <translation>أ&amp;زل فردًا</translation>
    </message>
</context>
<context>
    <name>FamilyGlance</name>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>استقبال</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>إحالة</translation>
    </message>
    <message>
        <source>Referral outcome</source>
        <translation>نتيجة الإحالة</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>موافقة معطاة</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>موافقة مسحوبة</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>تسليم</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Intakes</source>
        <translation>مقابلات الاستقبال</translation>
    </message>
    <message>
        <source>Referrals and outcomes</source>
        <translation>الإحالات والنتائج</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>الموافقات</translation>
    </message>
    <message>
        <source>Handovers</source>
        <translation>عمليات التسليم</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>School or childcare</source>
        <translation>المدرسة أو الحضانة</translation>
    </message>
    <message>
        <source>For this child</source>
        <translation>لهذا الطفل</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>المجالات</translation>
    </message>
    <message>
        <source>What goes well</source>
        <translation>ما يسير بشكل جيد</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>تغيير…</translation>
    </message>
    <message>
        <source>One strength per line, e.g. takes initiative, a supportive community</source>
        <translation>نقطة قوة واحدة في كل سطر، مثلًا: تأخذ المبادرة، مجتمع داعم</translation>
    </message>
    <message>
        <source>Children in view</source>
        <translation>الأطفال في الاعتبار</translation>
    </message>
    <message>
        <source>Double-click (or press F2) in “For this child” to update the line.</source>
        <translation>انقر مرتين (أو اضغط F2) في “لهذا الطفل” لتحديث السطر.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>Nothing written down yet. Ask the family what goes well.</source>
        <translation>لم يُكتب شيء بعد. اسأل العائلة عمّا يسير بشكل جيد.</translation>
    </message>
    <message>
        <source>How are {names} doing?</source>
        <translation>كيف حال {names}؟</translation>
    </message>
    <message>
        <source>How are the children doing?</source>
        <translation>كيف حال الأطفال؟</translation>
    </message>
    <message>
        <source>The last {count} notes say nothing about children. Are there children in this family? Add them so they stay in view.</source>
        <translation>آخر {count} ملاحظات لا تذكر شيئًا عن الأطفال. هل يوجد أطفال في هذه العائلة؟ أضفهم حتى يبقوا في الاعتبار.</translation>
    </message>
    <message>
        <source>The last note does not mention the children.</source>
        <translation>الملاحظة الأخيرة لا تذكر الأطفال.</translation>
    </message>
    <message>
        <source>The last {count} notes do not mention the children.</source>
        <translation>آخر {count} ملاحظات لا تذكر الأطفال.</translation>
    </message>
    <message>
        <source>How is {name} doing?</source>
        <translation>كيف حال {name}؟</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} و{last}</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>All life domains</source>
        <translation>كل مجالات الحياة</translation>
    </message>
</context>
<context>
    <name>FamilyListPanel</name>
    <message>
        <source>Filter by name or municipality</source>
        <translation>تصفية حسب الاسم أو البلدية</translation>
    </message>
    <message>
        <source>No families yet.
Open a case file for the first family you accompany: a pseudonym is enough.</source>
        <translation>لا توجد عائلات بعد.
افتح ملف حالة لأول عائلة ترافقها: يكفي اسم مستعار.</translation>
    </message>
    <message>
        <source>Add the &amp;first family</source>
        <translation>أضف &amp;أول عائلة</translation>
    </message>
</context>
<context>
    <name>FamilySummary</name>
    <message>
        <source>Family summary: {label}</source>
        <translation>ملخّص العائلة: {label}</translation>
    </message>
    <message>
        <source>Deliberate plaintext export, made on {day}. Outreach Desk keeps this family&apos;s file encrypted; this printout is not.</source>
        <translation>تصدير مقصود بنص غير مشفّر، أُنشئ في {day}. يحتفظ Outreach Desk بملف هذه العائلة مشفّرًا؛ أما هذه النسخة المطبوعة فليست مشفّرة.</translation>
    </message>
    <message>
        <source>Case opened on</source>
        <translation>فُتحت الحالة في</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>البلدية</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>الوالدان</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>Life domains in focus</source>
        <translation>مجالات الحياة في التركيز</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>What goes well</source>
        <translation>ما يسير بشكل جيد</translation>
    </message>
    <message>
        <source>No strengths written down yet: ask the family what goes well.</source>
        <translation>لم تُكتب نقاط قوة بعد: اسأل العائلة عمّا يسير بشكل جيد.</translation>
    </message>
    <message>
        <source>Children in view</source>
        <translation>الأطفال في الاعتبار</translation>
    </message>
    <message>
        <source>No children recorded.</source>
        <translation>لا يوجد أطفال مسجّلون.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>School or childcare</source>
        <translation>المدرسة أو الحضانة</translation>
    </message>
    <message>
        <source>For this child</source>
        <translation>لهذا الطفل</translation>
    </message>
    <message>
        <source>Network map</source>
        <translation>خريطة الشبكة</translation>
    </message>
    <message>
        <source>No network map drawn yet.</source>
        <translation>لم تُرسم خريطة شبكة بعد.</translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation>الإحالات المفتوحة</translation>
    </message>
    <message>
        <source>No open referrals.</source>
        <translation>لا توجد إحالات مفتوحة.</translation>
    </message>
    <message>
        <source>(untitled referral)</source>
        <translation>(إحالة بلا عنوان)</translation>
    </message>
    <message>
        <source>since {day}</source>
        <translation>منذ {day}</translation>
    </message>
</context>
<context>
    <name>FamilyTableModel</name>
    <message>
        <source>Family</source>
        <translation>العائلة</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>البلدية</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>Life domains</source>
        <translation>مجالات الحياة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>FamilyTabs</name>
    <message>
        <source>&amp;Case file</source>
        <translation>مل&amp;ف الحالة</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Life domains ({0})</source>
        <translation>مجالات الحياة ({0})</translation>
    </message>
    <message>
        <source>All life domains</source>
        <translation>كل مجالات الحياة</translation>
    </message>
    <message>
        <source>Show only services for these life domains</source>
        <translation>اعرض فقط الخدمات الخاصة بمجالات الحياة هذه</translation>
    </message>
    <message>
        <source>Welcomes people without papers</source>
        <translation>تستقبل الأشخاص بلا أوراق</translation>
    </message>
    <message>
        <source>Only services that help people without legal residence (at least in part)</source>
        <translation>فقط الخدمات التي تساعد الأشخاص بلا إقامة قانونية (ولو جزئيًا)</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>دون موعد</translation>
    </message>
    <message>
        <source>Only services where a family can come without appointment</source>
        <translation>فقط الخدمات التي يمكن للعائلة أن تأتيها دون موعد</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>رسمية</translation>
    </message>
    <message>
        <source>Only public or structurally subsidised services</source>
        <translation>فقط الخدمات العامة أو المدعومة بشكل هيكلي</translation>
    </message>
    <message>
        <source>Informal</source>
        <translation>غير رسمية</translation>
    </message>
    <message>
        <source>Only citizen initiatives run by volunteers</source>
        <translation>فقط مبادرات المواطنين التي يديرها متطوعون</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>أي لغة</translation>
    </message>
    <message>
        <source>Only services that work in this language</source>
        <translation>فقط الخدمات التي تعمل بهذه اللغة</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>كل البلديات</translation>
    </message>
    <message>
        <source>Only services in this municipality (and region-wide ones)</source>
        <translation>فقط الخدمات في هذه البلدية (والخدمات التي تغطي كل المنطقة)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>{0} (overdue)</source>
        <translation>{0} (متأخرة)</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>العائلة</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>المتابعة في</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>Referrals whose follow-up date has come, the most overdue first (in red).</source>
        <translation>الإحالات التي حان موعد متابعتها، الأكثر تأخرًا أولًا (بالأحمر).</translation>
    </message>
    <message>
        <source>Nothing to follow up today.</source>
        <translation>لا شيء للمتابعة اليوم.</translation>
    </message>
    <message>
        <source>The selected referral</source>
        <translation>الإحالة المختارة</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الوضع:</translation>
    </message>
    <message>
        <source>Barrier met:</source>
        <translation>العائق الذي واجهته:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>ملاحظة:</translation>
    </message>
    <message>
        <source>Next follow-up:</source>
        <translation>المتابعة التالية:</translation>
    </message>
    <message>
        <source>e.g. waiting list until March; no interpreter</source>
        <translation>مثلًا: قائمة انتظار حتى مارس؛ لا يوجد مترجم</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>تحديد ال&amp;وضع</translation>
    </message>
    <message>
        <source>Set &amp;date</source>
        <translation>تحديد ال&amp;تاريخ</translation>
    </message>
    <message>
        <source>&amp;Open the family</source>
        <translation>&amp;فتح العائلة</translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <source>No entry matches this search.</source>
        <translation>لا يوجد مدخل يطابق هذا البحث.</translation>
    </message>
    <message>
        <source>Reviewed by a native speaker</source>
        <translation>راجعه متحدث أصلي للغة</translation>
    </message>
    <message>
        <source>⚠ Needs review by a native speaker before you rely on it</source>
        <translation>⚠ يحتاج إلى مراجعة متحدث أصلي للغة قبل الاعتماد عليه</translation>
    </message>
    <message>
        <source>Print glossary (PDF, not encrypted)</source>
        <translation>طباعة المسرد (PDF، غير مشفّر)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Glossary not printed</source>
        <translation>لم تتم طباعة المسرد</translation>
    </message>
    <message>
        <source>Search a word in any language (e.g. OCMW, CPAS, aide médicale)…</source>
        <translation>ابحث عن كلمة بأي لغة (مثلاً OCMW، CPAS، aide médicale)…</translation>
    </message>
    <message>
        <source>First language of the pair</source>
        <translation>اللغة الأولى من الزوج</translation>
    </message>
    <message>
        <source>Second language of the pair</source>
        <translation>اللغة الثانية من الزوج</translation>
    </message>
    <message>
        <source>Print glossary (PDF, not encrypted)…</source>
        <translation>طباعة المسرد (PDF، غير مشفّر)…</translation>
    </message>
    <message>
        <source>The PDF holds the whole glossary in the two chosen languages.</source>
        <translation>يحتوي ملف PDF على المسرد كاملاً باللغتين المختارتين.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand over a family</source>
        <translation>تسليم عائلة</translation>
    </message>
    <message>
        <source>Who becomes responsible for {0}? A note on the timeline records it.</source>
        <translation>من يصبح مسؤولًا عن {0}؟ تسجّل ذلك ملاحظة على الخط الزمني.</translation>
    </message>
    <message>
        <source>Hand over &amp;to:</source>
        <translation>التسليم &amp;إلى:</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>&amp;تسليم…</translation>
    </message>
    <message>
        <source>I &amp;keep read access</source>
        <translation>أ&amp;حتفظ بحق القراءة</translation>
    </message>
    <message>
        <source>I no longer need access: &amp;remove the family here once it has been sent</source>
        <translation>لم أعد بحاجة إلى الوصول: ا&amp;حذف العائلة من هنا بعد إرسالها</translation>
    </message>
</context>
<context>
    <name>HelpRequest</name>
    <message>
        <source>Emergency</source>
        <translation>طوارئ</translation>
    </message>
    <message>
        <source>Holds the right</source>
        <translation>تملك الحق</translation>
    </message>
    <message>
        <source>Informal bridge</source>
        <translation>جسر غير رسمي</translation>
    </message>
    <message>
        <source>Other service</source>
        <translation>خدمة أخرى</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>أُرسلت</translation>
    </message>
    <message>
        <source>Appointment set</source>
        <translation>حُدّد موعد</translation>
    </message>
    <message>
        <source>Helped</source>
        <translation>تمت المساعدة</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>قائمة انتظار</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>رُفض</translation>
    </message>
    <message>
        <source>No show</source>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>سُحب</translation>
    </message>
    <message>
        <source>No barrier</source>
        <translation>لا عائق</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>وضع الإقامة</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>الرفض</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>لا ردّ</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>الهولندية</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
</context>
<context>
    <name>HelpRequestPage</name>
    <message>
        <source>Pick a service first.</source>
        <translation>اختر خدمة أولًا.</translation>
    </message>
    <message>
        <source>Select a family on the families page first.</source>
        <translation>اختر عائلة في صفحة العائلات أولًا.</translation>
    </message>
    <message>
        <source>1. Worries</source>
        <translation>1. المخاوف</translation>
    </message>
    <message>
        <source>2. Urgency</source>
        <translation>2. الاستعجال</translation>
    </message>
    <message>
        <source>3. Why no help yet</source>
        <translation>3. لماذا لا مساعدة بعد</translation>
    </message>
    <message>
        <source>4. The children</source>
        <translation>4. الأطفال</translation>
    </message>
    <message>
        <source>5. Services</source>
        <translation>5. الخدمات</translation>
    </message>
    <message>
        <source>6. Request</source>
        <translation>6. الطلب</translation>
    </message>
    <message>
        <source>7. Send and follow up</source>
        <translation>7. الإرسال والمتابعة</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <source>New intake</source>
        <translation>استقبال جديد</translation>
    </message>
    <message>
        <source>Keep this draft in the vault and start again for another worry.</source>
        <translation>احتفظ بهذه المسودة في الخزنة وابدأ من جديد لهمّ آخر.</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>ال&amp;تالي</translation>
    </message>
    <message>
        <source>Help request: select a family on the families page.</source>
        <translation>طلب مساعدة: اختر عائلة في صفحة العائلات.</translation>
    </message>
    <message>
        <source>Help request for {0}</source>
        <translation>طلب مساعدة لـ {0}</translation>
    </message>
</context>
<context>
    <name>InterpretersPage</name>
    <message>
        <source>&amp;Glossary</source>
        <translation>ال&amp;مسرد</translation>
    </message>
    <message>
        <source>&amp;Appointment sheet</source>
        <translation>ورقة ال&amp;موعد</translation>
    </message>
</context>
<context>
    <name>KindBanner</name>
    <message>
        <source>DEMO - fictional data</source>
        <translation>عرض تجريبي - بيانات خيالية</translation>
    </message>
    <message>
        <source>TRAINING - fictional families</source>
        <translation>تدريب - عائلات خيالية</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to Outreach Desk</source>
        <translation>مرحبًا بك في Outreach Desk</translation>
    </message>
    <message>
        <source>Choose the language of the app. You can change it later in the menu.</source>
        <translation>اختر لغة التطبيق. يمكنك تغييرها لاحقًا من القائمة.</translation>
    </message>
</context>
<context>
    <name>LensStep</name>
    <message>
        <source>Next step: {0}. {1}</source>
        <translation>الخطوة التالية: {0}. {1}</translation>
    </message>
    <message>
        <source>Why does the family not get what it has a right to? Tick what is at play; the matching next step appears.</source>
        <translation>لماذا لا تحصل العائلة على ما هو من حقها؟ ضع علامة على ما يؤثر؛ تظهر الخطوة التالية المناسبة.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Families</source>
        <translation>ال&amp;عائلات</translation>
    </message>
    <message>
        <source>Outreach Desk</source>
        <translation>Outreach Desk</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>عرض تجريبي</translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation>تدريب</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>F&amp;amily</source>
        <translation>عائ&amp;لة</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>ملا&amp;حظة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>الل&amp;غة</translation>
    </message>
    <message>
        <source>About Outreach Desk</source>
        <translation>حول Outreach Desk</translation>
    </message>
    <message>
        <source>Outreach Desk {0}
Encrypted case notes for outreach workers in Brussels. Everything stays on this laptop, encrypted.</source>
        <translation>Outreach Desk {0}
ملاحظات حالات مشفّرة للعاملين الميدانيين في بروكسل. كل شيء يبقى على هذا الحاسوب، مشفّرًا.</translation>
    </message>
    <message>
        <source>Third-party licences</source>
        <translation>تراخيص الأطراف الأخرى</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Edit note (a new version is kept; history stays)</source>
        <translation>تعديل الملاحظة (تُحفظ نسخة جديدة؛ ويبقى السجل)</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>ملاحظة جديدة</translation>
    </message>
    <message>
        <source>What happened, what the parent asked, what comes next...</source>
        <translation>ماذا حدث، ماذا طلب الوالد، ما الخطوة التالية...</translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation>&amp;حفظ الملاحظة</translation>
    </message>
    <message>
        <source>Disc&amp;ard</source>
        <translation>&amp;تجاهل</translation>
    </message>
    <message>
        <source>Draft from {0} restored.</source>
        <translation>تمت استعادة المسودة من {0}.</translation>
    </message>
    <message>
        <source>Draft saved at {0}</source>
        <translation>حُفظت المسودة في {0}</translation>
    </message>
    <message>
        <source>The note was not saved</source>
        <translation>لم تُحفظ الملاحظة</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>حُفظت الملاحظة.</translation>
    </message>
    <message>
        <source>Discard this text?</source>
        <translation>تجاهل هذا النص؟</translation>
    </message>
    <message>
        <source>What you typed will be thrown away.</source>
        <translation>ما كتبته سيُحذف.</translation>
    </message>
</context>
<context>
    <name>NoteHistoryDialog</name>
    <message>
        <source>Note history</source>
        <translation>سجل الملاحظة</translation>
    </message>
    <message>
        <source>Version {0} - {1}</source>
        <translation>النسخة {0} - {1}</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(الحالية)</translation>
    </message>
    <message>
        <source>(CONFLICT: written at the same time on another laptop)</source>
        <translation>(تعارض: كُتبت في الوقت نفسه على حاسوب آخر)</translation>
    </message>
</context>
<context>
    <name>NoteListModel</name>
    <message>
        <source>Two versions were written on different laptops; open the history.</source>
        <translation>كُتبت نسختان على حاسوبين مختلفين؛ افتح السجل.</translation>
    </message>
    <message>
        <source>edited {0}, {1} versions</source>
        <translation>عُدّلت {0}، {1} نسخ</translation>
    </message>
    <message>
        <source>CONFLICT: {0} other version(s)</source>
        <translation>تعارض: {0} نسخة (نسخ) أخرى</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Notes, newest first (double-click a note for its history)</source>
        <translation>الملاحظات، الأحدث أولًا (انقر مرتين على ملاحظة لعرض سجلها)</translation>
    </message>
</context>
<context>
    <name>OpenTrainingButton</name>
    <message>
        <source>Open &amp;training (fictional families)</source>
        <translation>فتح &amp;التدريب (عائلات خيالية)</translation>
    </message>
    <message>
        <source>Opens the separate training vault for workshops. Your own vault stays locked and is not touched.</source>
        <translation>يفتح خزنة التدريب المنفصلة لورشات العمل. خزنتك الخاصة تبقى مقفلة ولا تُمسّ.</translation>
    </message>
</context>
<context>
    <name>OutputsStep</name>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Exported files are NOT encrypted: anyone with the file can read it. Send or print it, then delete it.</source>
        <translation>الملفات المصدَّرة غير مشفّرة: أي شخص لديه الملف يستطيع قراءته. أرسله أو اطبعه، ثم احذفه.</translation>
    </message>
    <message>
        <source>&amp;Export PDF (not encrypted)…</source>
        <translation>&amp;تصدير PDF (غير مشفّر)…</translation>
    </message>
    <message>
        <source>&amp;Copy as e-mail text</source>
        <translation>&amp;نسخ كنص بريد إلكتروني</translation>
    </message>
    <message>
        <source>The clipboard is emptied after 30 seconds.</source>
        <translation>تُفرَّغ الحافظة بعد 30 ثانية.</translation>
    </message>
    <message>
        <source>&amp;Parent&apos;s sheet (PDF, not encrypted)…</source>
        <translation>&amp;ورقة الوالد (PDF، غير مشفّر)…</translation>
    </message>
    <message>
        <source>The parent&apos;s language:</source>
        <translation>لغة الوالد:</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>Follow up on:</source>
        <translation>المتابعة في:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الوضع:</translation>
    </message>
    <message>
        <source>&amp;Save the referral</source>
        <translation>&amp;حفظ الإحالة</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Si&amp;gnals</source>
        <translation>إ&amp;شارات</translation>
    </message>
    <message>
        <source>This screen could not be opened: {0}</source>
        <translation>تعذّر فتح هذه الشاشة: {0}</translation>
    </message>
    <message>
        <source>Net&amp;work map</source>
        <translation>&amp;خريطة الشبكة</translation>
    </message>
    <message>
        <source>&amp;At a glance</source>
        <translation>&amp;نظرة عامة</translation>
    </message>
    <message>
        <source>To follow &amp;up</source>
        <translation>للمتا&amp;بعة</translation>
    </message>
    <message>
        <source>Help re&amp;quest</source>
        <translation>&amp;طلب مساعدة</translation>
    </message>
    <message>
        <source>Social &amp;map</source>
        <translation>الخريطة ال&amp;اجتماعية</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>م&amp;زامنة</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;تدريب</translation>
    </message>
    <message>
        <source>&amp;Interpreters</source>
        <translation>ال&amp;مترجمون</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;أعدها:</translation>
    </message>
    <message>
        <source>for example: four unrelated words</source>
        <translation>مثلًا: أربع كلمات لا علاقة بينها</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>اختر عبارة مرور</translation>
    </message>
    <message>
        <source>Everything you write in Outreach Desk is encrypted with this passphrase. Nobody can recover it for you, so choose one you will remember: four or five unrelated words work well.</source>
        <translation>كل ما تكتبه في Outreach Desk يُشفَّر بعبارة المرور هذه. لا أحد يستطيع استرجاعها لك، فاختر عبارة تتذكرها: أربع أو خمس كلمات لا علاقة بينها تصلح جيدًا.</translation>
    </message>
    <message>
        <source>Creating the encrypted vault; this takes a few seconds...</source>
        <translation>جارٍ إنشاء الخزنة المشفّرة؛ يستغرق ذلك بضع ثوانٍ...</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Step {0} / {1}</source>
        <translation>الخطوة {0} / {1}</translation>
    </message>
    <message>
        <source>{0} ({1}):</source>
        <translation>{0} ({1}):</translation>
    </message>
    <message>
        <source>Facilitator notes: {0}</source>
        <translation>ملاحظات الميسّر: {0}</translation>
    </message>
    <message>
        <source>Model request: {0}</source>
        <translation>طلب نموذجي: {0}</translation>
    </message>
    <message>
        <source>Key terms: {0}</source>
        <translation>المصطلحات الأساسية: {0}</translation>
    </message>
    <message>
        <source>Training - presentation</source>
        <translation>تدريب - عرض تقديمي</translation>
    </message>
    <message>
        <source>→ / Space: next   ← : previous   Home / End   N: notes   Esc: leave</source>
        <translation>→ / مسافة: التالي   ← : السابق   Home / End   N: الملاحظات   Esc: خروج</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Your recovery code</source>
        <translation>رمز الاسترداد الخاص بك</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this code is the only way back into your vault. It is shown only now. Write it on paper and keep it somewhere safe, away from the laptop.</source>
        <translation>إذا نسيت عبارة المرور، فهذا الرمز هو الطريق الوحيد للعودة إلى خزنتك. لا يظهر إلا الآن. اكتبه على ورقة واحفظه في مكان آمن، بعيدًا عن الحاسوب.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>A copied code is removed from the clipboard after {0} seconds.</source>
        <translation>الرمز المنسوخ يُزال من الحافظة بعد {0} ثانية.</translation>
    </message>
    <message>
        <source>Tip: do not save it in a file on this laptop or in your e-mail: whoever steals the laptop would find it. Paper, or a password manager you trust.</source>
        <translation>نصيحة: لا تحفظه في ملف على هذا الحاسوب ولا في بريدك الإلكتروني: من يسرق الحاسوب سيجده. استخدم الورق، أو مدير كلمات مرور تثق به.</translation>
    </message>
</context>
<context>
    <name>RequestActions</name>
    <message>
        <source>Record the parent&apos;s consent first.</source>
        <translation>سجّل موافقة الوالد أولًا.</translation>
    </message>
    <message>
        <source>Export the help request (not encrypted)</source>
        <translation>تصدير طلب المساعدة (غير مشفّر)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved (not encrypted): {0}</source>
        <translation>حُفظ (غير مشفّر): {0}</translation>
    </message>
    <message>
        <source>Export the parent&apos;s sheet (not encrypted)</source>
        <translation>تصدير ورقة الوالد (غير مشفّرة)</translation>
    </message>
    <message>
        <source>Copied. The clipboard is emptied in {0} seconds.</source>
        <translation>نُسخ. تُفرَّغ الحافظة خلال {0} ثانية.</translation>
    </message>
    <message>
        <source>Referral saved; it appears on &quot;To follow up&quot; when it is due.</source>
        <translation>حُفظت الإحالة؛ ستظهر في &quot;للمتابعة&quot; عندما يحين موعدها.</translation>
    </message>
    <message>
        <source>The social map is not available in this window.</source>
        <translation>الخريطة الاجتماعية غير متاحة في هذه النافذة.</translation>
    </message>
</context>
<context>
    <name>RequestStep</name>
    <message>
        <source>The agency&apos;s &amp;language:</source>
        <translation>&amp;لغة الجهة:</translation>
    </message>
    <message>
        <source>Start the text again</source>
        <translation>ابدأ النص من جديد</translation>
    </message>
    <message>
        <source>Edit the request</source>
        <translation>عدّل الطلب</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search families and notes</source>
        <translation>ابحث في العائلات والملاحظات</translation>
    </message>
    <message>
        <source>Type a word; accents do not matter.</source>
        <translation>اكتب كلمة؛ الحركات والأحرف المشكّلة لا تهم.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>لم يُعثر على شيء.</translation>
    </message>
    <message>
        <source>{0} found</source>
        <translation>عُثر على {0}</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Family</source>
        <translation>العائلة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>ServiceDetail</name>
    <message>
        <source>STALE: nobody checked this record in the last 12 months ({0}). Phone the service before you send a family.</source>
        <translation>قديم: لم يتحقق أحد من هذا السجل خلال الأشهر الـ12 الماضية ({0}). اتصل بالخدمة هاتفيًا قبل أن ترسل إليها عائلة.</translation>
    </message>
    <message>
        <source>record source [1]</source>
        <translation>مصدر السجل [1]</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>المصدر:</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>needs verification</source>
        <translation>يحتاج إلى تحقق</translation>
    </message>
    <message>
        <source>[1] Source of this record: {0}. Facts {1}.</source>
        <translation>[1] مصدر هذا السجل: {0}. المعلومات {1}.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <source>&amp;Use in a help request</source>
        <translation>&amp;استخدمها في طلب مساعدة</translation>
    </message>
    <message>
        <source>Start a help request for a family with this service</source>
        <translation>ابدأ طلب مساعدة لعائلة مع هذه الخدمة</translation>
    </message>
    <message>
        <source>Choose a service to see everything the map knows about it.</source>
        <translation>اختر خدمة لترى كل ما تعرفه الخريطة عنها.</translation>
    </message>
    <message>
        <source>Facts about the service</source>
        <translation>معلومات عن الخدمة</translation>
    </message>
</context>
<context>
    <name>ServiceResultsModel</name>
    <message>
        <source>STALE</source>
        <translation>قديم</translation>
    </message>
    <message>
        <source>whole Brussels region</source>
        <translation>كل منطقة بروكسل</translation>
    </message>
    <message>
        <source>welcomes people without papers</source>
        <translation>تستقبل الأشخاص بلا أوراق</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>دون موعد</translation>
    </message>
    <message>
        <source>1 experience note</source>
        <translation>ملاحظة خبرة واحدة</translation>
    </message>
    <message>
        <source>{0} experience notes</source>
        <translation>{0} ملاحظات خبرة</translation>
    </message>
</context>
<context>
    <name>SharingPanel</name>
    <message>
        <source>Tick a colleague to share a family with them (duo work). Only ticked families are ever sent to that colleague.</source>
        <translation>ضع علامة على زميل لمشاركة عائلة معه (عمل ثنائي). فقط العائلات المعلَّمة تُرسل إلى ذلك الزميل.</translation>
    </message>
    <message>
        <source>&amp;Hand over the selected family…</source>
        <translation>&amp;تسليم العائلة المختارة…</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>العائلة</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>me</source>
        <translation>أنا</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>شخص آخر</translation>
    </message>
    <message>
        <source>Choose a family first, and add the colleague who takes it over.</source>
        <translation>اختر عائلة أولًا، وأضف الزميل الذي سيتسلّمها.</translation>
    </message>
    <message>
        <source>{0} becomes responsible for {1}. You keep read access. Continue?</source>
        <translation>يصبح {0} مسؤولًا عن {1}. تحتفظ بحق القراءة. متابعة؟</translation>
    </message>
    <message>
        <source>{0} becomes responsible for {1}. After the next sync the family is removed from this laptop for good. Continue?</source>
        <translation>يصبح {0} مسؤولًا عن {1}. بعد المزامنة القادمة تُحذف العائلة من هذا الحاسوب نهائيًا. متابعة؟</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>تسليم</translation>
    </message>
    <message>
        <source>Handed over to {0}; it goes out at the next sync.</source>
        <translation>سُلّمت إلى {0}؛ تُرسل في المزامنة القادمة.</translation>
    </message>
</context>
<context>
    <name>SignalsPage</name>
    <message>
        <source>Anonymous figures from your intakes and referrals, to signal structural problems. Counts from 1 to 4 are shown as &lt;5 and some other cells are hidden (x) so that no family can be recognised. No names, notes or ids leave the vault.</source>
        <translation>أرقام مجهولة الهوية من مقابلات الاستقبال والإحالات، للإشارة إلى المشاكل الهيكلية. الأعداد من 1 إلى 4 تظهر كـ &lt;5 وبعض الخانات الأخرى مخفية (x) حتى لا يمكن التعرف على أي عائلة. لا تخرج من الخزنة أي أسماء أو ملاحظات أو معرّفات.</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>ال&amp;فترة:</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>شهريًا</translation>
    </message>
    <message>
        <source>per quarter</source>
        <translation>كل ثلاثة أشهر</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>تصدير &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF report…</source>
        <translation>تصدير تقرير &amp;PDF…</translation>
    </message>
    <message>
        <source>Signed file for the &amp;coordinator…</source>
        <translation>ملف موقَّع لل&amp;منسّق…</translation>
    </message>
    <message>
        <source>No intakes or referrals in this period yet: the charts appear when there are.</source>
        <translation>لا توجد مقابلات استقبال أو إحالات في هذه الفترة بعد: تظهر الرسوم البيانية عندما توجد.</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>الإشارات</translation>
    </message>
    <message>
        <source>Intakes by life domain</source>
        <translation>مقابلات الاستقبال حسب مجال الحياة</translation>
    </message>
    <message>
        <source>Barriers met, per life domain</source>
        <translation>العوائق التي واجهتها، حسب مجال الحياة</translation>
    </message>
    <message>
        <source>Referrals to formal and informal help</source>
        <translation>الإحالات إلى المساعدة الرسمية وغير الرسمية</translation>
    </message>
    <message>
        <source>Non-take-up mechanisms marked</source>
        <translation>آليات عدم الاستفادة من الحقوق المحدَّدة</translation>
    </message>
    <message>
        <source>Export signals as CSV</source>
        <translation>تصدير الإشارات بصيغة CSV</translation>
    </message>
    <message>
        <source>Export signals report</source>
        <translation>تصدير تقرير الإشارات</translation>
    </message>
    <message>
        <source>Training data is fictional: it is never sent.</source>
        <translation>بيانات التدريب خيالية: لا تُرسَل أبدًا.</translation>
    </message>
    <message>
        <source>Signed file for the coordinator</source>
        <translation>ملف موقَّع للمنسّق</translation>
    </message>
    <message>
        <source>This file holds raw monthly counts (small counts included, no names or text) so that your coordinator can add them to the team&apos;s figures. Give it only to your coordinator. Continue?</source>
        <translation>يحتوي هذا الملف على أعداد شهرية خام (بما فيها الأعداد الصغيرة، بدون أسماء أو نصوص) حتى يضيفها منسّقك إلى أرقام الفريق. أعطه لمنسّقك فقط. متابعة؟</translation>
    </message>
    <message>
        <source>Save signed signals</source>
        <translation>حفظ الإشارات الموقَّعة</translation>
    </message>
</context>
<context>
    <name>SocialMapFacts</name>
    <message>
        <source>Dutch</source>
        <translation>الهولندية</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>The whole Brussels-Capital Region</source>
        <translation>كل منطقة بروكسل العاصمة</translation>
    </message>
    <message>
        <source>Confidential address: contact by phone</source>
        <translation>عنوان سرّي: التواصل بالهاتف</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>الأسماء</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>معروفة أيضًا باسم</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Life domains</source>
        <translation>مجالات الحياة</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>البلديات</translation>
    </message>
    <message>
        <source>Welcomes people without papers</source>
        <translation>تستقبل الأشخاص بلا أوراق</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>طريقة الوصول</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>الترجمة الشفهية</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Who can come</source>
        <translation>من يمكنه المجيء</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>المستندات المطلوب إحضارها</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>التكاليف</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Emergency number</source>
        <translation>رقم الطوارئ</translation>
    </message>
</context>
<context>
    <name>SocialMapLabels</name>
    <message>
        <source>Informal (citizen initiative, volunteers)</source>
        <translation>غير رسمية (مبادرة مواطنين، متطوعون)</translation>
    </message>
    <message>
        <source>Between informal and formal (project subsidies)</source>
        <translation>بين غير الرسمية والرسمية (دعم مالي للمشاريع)</translation>
    </message>
    <message>
        <source>Formal (public or structurally subsidised)</source>
        <translation>رسمية (عامة أو مدعومة بشكل هيكلي)</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Under conditions</source>
        <translation>بشروط</translation>
    </message>
    <message>
        <source>Walk in, no appointment needed</source>
        <translation>دون موعد، لا حاجة إلى موعد</translation>
    </message>
    <message>
        <source>By appointment</source>
        <translation>بموعد</translation>
    </message>
    <message>
        <source>Walk in or by appointment</source>
        <translation>دون موعد أو بموعد</translation>
    </message>
    <message>
        <source>Only after referral by another service</source>
        <translation>فقط بعد إحالة من خدمة أخرى</translation>
    </message>
    <message>
        <source>The service comes to the family</source>
        <translation>الخدمة تأتي إلى العائلة</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>بالهاتف</translation>
    </message>
    <message>
        <source>No waiting list</source>
        <translation>لا توجد قائمة انتظار</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>أسابيع</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>أشهر</translation>
    </message>
    <message>
        <source>Sometimes</source>
        <translation>أحيانًا</translation>
    </message>
    <message>
        <source>never verified</source>
        <translation>لم يُتحقق منها أبدًا</translation>
    </message>
    <message>
        <source>verified today ({0})</source>
        <translation>تم التحقق اليوم ({0})</translation>
    </message>
    <message>
        <source>verified {0} days ago ({1})</source>
        <translation>تم التحقق قبل {0} يوم ({1})</translation>
    </message>
    <message>
        <source>verified {0} months ago ({1})</source>
        <translation>تم التحقق قبل {0} شهر ({1})</translation>
    </message>
    <message>
        <source>verified {0} years ago ({1})</source>
        <translation>تم التحقق قبل {0} سنة ({1})</translation>
    </message>
</context>
<context>
    <name>SocialMapPage</name>
    <message>
        <source>1 service</source>
        <translation>خدمة واحدة</translation>
    </message>
    <message>
        <source>{0} services</source>
        <translation>{0} خدمة</translation>
    </message>
    <message>
        <source>No service matches. Remove some filters, or try fewer or other words (Dutch, French and English names all work).</source>
        <translation>لا توجد خدمة مطابقة. أزل بعض عوامل التصفية، أو جرّب كلمات أقل أو مختلفة (الأسماء بالهولندية والفرنسية والإنجليزية كلها تعمل).</translation>
    </message>
    <message>
        <source>No service matches these words. Try fewer or other words: Dutch, French and English names all work (OCMW or CPAS, Kind en Gezin or ONE).</source>
        <translation>لا توجد خدمة تطابق هذه الكلمات. جرّب كلمات أقل أو مختلفة: الأسماء بالهولندية والفرنسية والإنجليزية كلها تعمل (OCMW أو CPAS، Kind en Gezin أو ONE).</translation>
    </message>
    <message>
        <source>Search the social map: name, place, language, need... (Ctrl+K)</source>
        <translation>ابحث في الخريطة الاجتماعية: الاسم، المكان، اللغة، الحاجة... (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search the social map</source>
        <translation>ابحث في الخريطة الاجتماعية</translation>
    </message>
    <message>
        <source>Services found</source>
        <translation>الخدمات التي عُثر عليها</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <source>{0} — {1} (ruled out)</source>
        <translation>{0} — {1} (مستبعدة)</translation>
    </message>
</context>
<context>
    <name>SuggestionsStep</name>
    <message>
        <source>Why this service:</source>
        <translation>لماذا هذه الخدمة:</translation>
    </message>
    <message>
        <source>What may block:</source>
        <translation>ما قد يعيق:</translation>
    </message>
    <message>
        <source>Can accompany the family there:</source>
        <translation>يمكنها مرافقة العائلة إلى هناك:</translation>
    </message>
    <message>
        <source>Pick the service the request goes to.</source>
        <translation>اختر الخدمة التي يُرسل إليها الطلب.</translation>
    </message>
    <message>
        <source>Request for: {0}</source>
        <translation>الطلب إلى: {0}</translation>
    </message>
    <message>
        <source>Services for the confirmed domains, best first. Prefer the service that holds the right; informal initiatives can accompany the family there.</source>
        <translation>خدمات للمجالات المؤكدة، الأفضل أولًا. فضّل الخدمة التي تملك الحق؛ المبادرات غير الرسمية يمكنها مرافقة العائلة إلى هناك.</translation>
    </message>
    <message>
        <source>Choose on the social &amp;map…</source>
        <translation>اختر من الخريطة ال&amp;اجتماعية…</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Training: fictional families are never shared or synced. Everything on this screen is switched off.</source>
        <translation>تدريب: العائلات الخيالية لا تُشارَك ولا تُزامَن أبدًا. كل ما في هذه الشاشة معطَّل.</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>م&amp;زامنة</translation>
    </message>
    <message>
        <source>&amp;Colleagues</source>
        <translation>ال&amp;زملاء</translation>
    </message>
    <message>
        <source>S&amp;haring</source>
        <translation>م&amp;شاركة</translation>
    </message>
    <message>
        <source>Choose where to sync first (a folder or a WebDAV address).</source>
        <translation>اختر أولًا مكان المزامنة (مجلد أو عنوان WebDAV).</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>جارٍ التحقق من الاتصال…</translation>
    </message>
    <message>
        <source>{0} file(s) could not be imported: {1}</source>
        <translation>تعذّر استيراد {0} ملف (ملفات): {1}</translation>
    </message>
    <message>
        <source>Sending {0} changes to {1}…</source>
        <translation>جارٍ إرسال {0} تغييرات إلى {1}…</translation>
    </message>
    <message>
        <source>Receiving file {0} of {1}…</source>
        <translation>جارٍ استلام الملف {0} من {1}…</translation>
    </message>
    <message>
        <source>The sync folder or server cannot be reached; it will try again.</source>
        <translation>لا يمكن الوصول إلى مجلد المزامنة أو الخادم؛ ستُعاد المحاولة.</translation>
    </message>
    <message>
        <source>The server refused the user name or password.</source>
        <translation>رفض الخادم اسم المستخدم أو كلمة المرور.</translation>
    </message>
    <message>
        <source>The server or disk is full; ask for space to be freed.</source>
        <translation>الخادم أو القرص ممتلئ؛ اطلب تحرير مساحة.</translation>
    </message>
    <message>
        <source>The address must start with https:// to keep the password safe.</source>
        <translation>يجب أن يبدأ العنوان بـ https:// لحماية كلمة المرور.</translation>
    </message>
    <message>
        <source>Training: fictional families are never shared or synced.</source>
        <translation>تدريب: العائلات الخيالية لا تُشارَك ولا تُزامَن أبدًا.</translation>
    </message>
    <message>
        <source>Sync failed.</source>
        <translation>فشلت المزامنة.</translation>
    </message>
    <message>
        <source>C&amp;onflicts ({0})</source>
        <translation>ت&amp;عارضات ({0})</translation>
    </message>
    <message>
        <source>Sync is off in training mode.</source>
        <translation>المزامنة متوقفة في وضع التدريب.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Last sync: {0}.</source>
        <translation>آخر مزامنة: {0}.</translation>
    </message>
    <message>
        <source>Waiting to go out: {0}.</source>
        <translation>في انتظار الإرسال: {0}.</translation>
    </message>
    <message>
        <source>Problem: {0}</source>
        <translation>مشكلة: {0}</translation>
    </message>
</context>
<context>
    <name>TargetPanel</name>
    <message>
        <source>Sync through</source>
        <translation>المزامنة عبر</translation>
    </message>
    <message>
        <source>A shared &amp;folder (network drive, USB stick)</source>
        <translation>&amp;مجلد مشترك (محرك شبكة، مفتاح USB)</translation>
    </message>
    <message>
        <source>A &amp;WebDAV folder (e.g. Nextcloud)</source>
        <translation>مجلد &amp;WebDAV (مثلًا Nextcloud)</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>ال&amp;مجلد:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ا&amp;ستعراض…</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ال&amp;مستخدم:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>kept encrypted in the vault</source>
        <translation>محفوظة مشفّرة في الخزنة</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>مزامنة ال&amp;آن</translation>
    </message>
    <message>
        <source>Sync &amp;automatically when a connection is available</source>
        <translation>مزامنة &amp;تلقائية عند توفّر اتصال</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>Folder to sync through</source>
        <translation>المجلد المستخدم للمزامنة</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Too short: use at least 10 characters.</source>
        <translation>قصيرة جدًا: استخدم 10 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Contains a very common word that attackers try first.</source>
        <translation>تحتوي على كلمة شائعة جدًا يجرّبها المهاجمون أولًا.</translation>
    </message>
    <message>
        <source>Avoid repeated characters and sequences like 1234 or abcd.</source>
        <translation>تجنّب الأحرف المكرّرة والتسلسلات مثل 1234 أو abcd.</translation>
    </message>
    <message>
        <source>Tip: four or five unrelated words with spaces are strong and easy.</source>
        <translation>نصيحة: أربع أو خمس كلمات لا علاقة بينها مع مسافات قوية وسهلة.</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>ضعيفة جدًا</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>ضعيفة</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>قوية</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>قوية جدًا</translation>
    </message>
    <message>
        <source>Regular residence</source>
        <translation>إقامة نظامية</translation>
    </message>
    <message>
        <source>Asylum procedure</source>
        <translation>إجراء لجوء</translation>
    </message>
    <message>
        <source>Without legal residence</source>
        <translation>بدون إقامة قانونية</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشطة</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>والد/والدة</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>طفل</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>آخر</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>Another vault was opened meanwhile; training mode was not opened.</source>
        <translation>فُتحت خزنة أخرى في الأثناء؛ لم يُفتح وضع التدريب.</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>وضع التدريب</translation>
    </message>
</context>
<context>
    <name>TrainingPacks</name>
    <message>
        <source>Export the scenario pack</source>
        <translation>تصدير حزمة السيناريو</translation>
    </message>
    <message>
        <source>Scenario packs (*.json)</source>
        <translation>حزم السيناريوهات (*.json)</translation>
    </message>
    <message>
        <source>Import a scenario pack</source>
        <translation>استيراد حزمة سيناريو</translation>
    </message>
    <message>
        <source>Scenario packs (*.json);;All files (*)</source>
        <translation>حزم السيناريوهات (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>The scenario pack could not be imported: {0}</source>
        <translation>تعذّر استيراد حزمة السيناريو: {0}</translation>
    </message>
    <message>
        <source>The scenario pack was refused. Nothing from it was imported.</source>
        <translation>رُفضت حزمة السيناريو. لم يُستورد منها شيء.</translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>الملف: {0}</translation>
    </message>
    <message>
        <source>Case: {0}</source>
        <translation>الحالة: {0}</translation>
    </message>
    <message>
        <source>Field: {0}</source>
        <translation>الحقل: {0}</translation>
    </message>
    <message>
        <source>Problem: {0}</source>
        <translation>المشكلة: {0}</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Reset this case?</source>
        <translation>إعادة ضبط هذه الحالة؟</translation>
    </message>
    <message>
        <source>The family of this case goes back to how it was at the start: notes, revealed facts and changes made in the workshop are deleted.</source>
        <translation>تعود عائلة هذه الحالة إلى وضعها في البداية: تُحذف الملاحظات والمعلومات المكشوفة والتغييرات التي أُجريت في الورشة.</translation>
    </message>
    <message>
        <source>The case was reset to its starting point.</source>
        <translation>أُعيدت الحالة إلى نقطة البداية.</translation>
    </message>
    <message>
        <source>Reset the whole training vault?</source>
        <translation>إعادة ضبط خزنة التدريب كلها؟</translation>
    </message>
    <message>
        <source>The training vault closes, is deleted and is built again from the scenario packs. Everything done in the workshop is lost. Your real vault is not touched.</source>
        <translation>تُغلق خزنة التدريب وتُحذف ثم تُبنى من جديد من حزم السيناريوهات. كل ما أُنجز في الورشة يضيع. خزنتك الحقيقية لا تُمسّ.</translation>
    </message>
    <message>
        <source>Close training mode (Lock), then run &apos;outreach-desk training reset&apos; to rebuild the training vault.</source>
        <translation>أغلق وضع التدريب (قفل)، ثم شغّل &apos;outreach-desk training reset&apos; لإعادة بناء خزنة التدريب.</translation>
    </message>
    <message>
        <source>Pack exported to {0}</source>
        <translation>صُدِّرت الحزمة إلى {0}</translation>
    </message>
    <message>
        <source>Imported {0} case(s) from pack {1}. Reset the whole training vault to add them as families.</source>
        <translation>استُورِدت {0} حالة (حالات) من الحزمة {1}. أعد ضبط خزنة التدريب كلها لإضافتها كعائلات.</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation>ت&amp;مارين</translation>
    </message>
    <message>
        <source>&amp;Debrief</source>
        <translation>&amp;مراجعة ختامية</translation>
    </message>
    <message>
        <source>&amp;Present this case (full screen)</source>
        <translation>ا&amp;عرض هذه الحالة (ملء الشاشة)</translation>
    </message>
    <message>
        <source>Reset &amp;this case...</source>
        <translation>إعادة ضبط &amp;هذه الحالة...</translation>
    </message>
    <message>
        <source>Reset the &amp;whole training vault...</source>
        <translation>إعادة ضبط خزنة التدريب &amp;كلها...</translation>
    </message>
    <message>
        <source>E&amp;xport pack...</source>
        <translation>ت&amp;صدير حزمة...</translation>
    </message>
    <message>
        <source>&amp;Import pack...</source>
        <translation>ا&amp;ستيراد حزمة...</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Outreach Desk - unlock</source>
        <translation>Outreach Desk - فتح القفل</translation>
    </message>
    <message>
        <source>Open &amp;training (fictional families, for workshops)</source>
        <translation>فتح &amp;التدريب (عائلات خيالية، لورشات العمل)</translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down when you created the vault.</source>
        <translation>اكتب رمز الاسترداد الذي دوّنته عند إنشاء الخزنة.</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>&amp;رمز الاسترداد:</translation>
    </message>
    <message>
        <source>Use my &amp;passphrase instead</source>
        <translation>استخدم &amp;عبارة المرور بدلًا من ذلك</translation>
    </message>
    <message>
        <source>Your vault is locked. Type your passphrase to open it.</source>
        <translation>خزنتك مقفلة. اكتب عبارة المرور لفتحها.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <source>I forgot my passphrase: use the &amp;recovery code</source>
        <translation>نسيت عبارة المرور: استخدم &amp;رمز الاسترداد</translation>
    </message>
    <message>
        <source>This is the demo vault: its public passphrase is filled in for you.</source>
        <translation>هذه خزنة العرض التجريبي: عبارة المرور العامة مكتوبة لك مسبقًا.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>&amp;Restore the last backup...</source>
        <translation>ا&amp;سترجاع آخر نسخة احتياطية...</translation>
    </message>
    <message>
        <source>You opened the vault with the recovery code. Choose a new passphrase now.</source>
        <translation>فتحت الخزنة برمز الاسترداد. اختر الآن عبارة مرور جديدة.</translation>
    </message>
    <message>
        <source>&amp;Save the new passphrase</source>
        <translation>&amp;حفظ عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>Several wrong tries: waiting {0} seconds before checking...</source>
        <translation>عدة محاولات خاطئة: انتظار {0} ثانية قبل التحقق...</translation>
    </message>
    <message>
        <source>Restore the last backup?</source>
        <translation>استرجاع آخر نسخة احتياطية؟</translation>
    </message>
    <message>
        <source>The vault will be replaced by the backup {0}. Notes written after that backup will be missing. The damaged file is kept aside, not deleted.</source>
        <translation>ستُستبدل الخزنة بالنسخة الاحتياطية {0}. الملاحظات المكتوبة بعد هذه النسخة ستكون مفقودة. الملف التالف يُحفظ جانبًا ولا يُحذف.</translation>
    </message>
    <message>
        <source>The backup was restored. The damaged file was kept as {0}. Unlock now.</source>
        <translation>تم استرجاع النسخة الاحتياطية. حُفظ الملف التالف باسم {0}. افتح القفل الآن.</translation>
    </message>
</context>
<context>
    <name>UrgencyBanner</name>
    <message>
        <source>Urgent: act today.</source>
        <translation>مستعجل: تصرّف اليوم.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>Why: you marked this situation as urgent.</source>
        <translation>السبب: أنت حدّدت هذا الوضع كمستعجل.</translation>
    </message>
    <message>
        <source>The first steps are under &quot;2. Urgency&quot;.</source>
        <translation>الخطوات الأولى موجودة في &quot;2. الاستعجال&quot;.</translation>
    </message>
    <message>
        <source>First steps:</source>
        <translation>الخطوات الأولى:</translation>
    </message>
    <message>
        <source>On the social map:</source>
        <translation>على الخريطة الاجتماعية:</translation>
    </message>
</context>
<context>
    <name>UrgencyCheckNotice</name>
    <message>
        <source>Mar&amp;k as urgent</source>
        <translation>&amp;وضع علامة «مستعجل»</translation>
    </message>
    <message>
        <source>Sets urgency by hand, as under &quot;2. Urgency&quot;, where you can clear it again.</source>
        <translation>يحدّد الاستعجال يدويًا، كما في &quot;2. الاستعجال&quot;، حيث يمكنك إلغاؤه من جديد.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between quoted words</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>This sounds like something from the past ({0}: {1}). Is it still going on, or could it happen again? Check with the parent.</source>
        <translation>يبدو أن هذا حدث في الماضي ({0}: {1}). هل ما زال مستمرًا، أو قد يتكرر؟ تحقّق من ذلك مع الوالد.</translation>
    </message>
    <message>
        <source>Could this need action today? Earlier urgent worries used words like {0}. Check with the parent.</source>
        <translation>هل يحتاج هذا إلى تدخّل اليوم؟ استُعملت كلمات مثل {0} في مخاوف مستعجلة سابقة. تحقّق من ذلك مع الوالد.</translation>
    </message>
</context>
<context>
    <name>UrgencyStep</name>
    <message>
        <source>The worries contain urgency signals (see the red banner above).</source>
        <translation>تحتوي المخاوف على إشارات استعجال (انظر الشريط الأحمر أعلاه).</translation>
    </message>
    <message>
        <source>The worries tell of a danger in the past, so it is not raised as urgent: check with the parent whether it is still going on or could happen again.</source>
        <translation>تتحدث المخاوف عن خطر في الماضي، لذلك لم يُعتبر مستعجلًا: تحقّق مع الوالد إن كان ما زال مستمرًا أو قد يتكرر.</translation>
    </message>
    <message>
        <source>No urgency signal was found in the worries, but their words resemble earlier urgent worries: check with the parent whether this needs action today.</source>
        <translation>لم يُعثر على أي إشارة استعجال في المخاوف، لكن كلماتها تشبه كلمات مخاوف مستعجلة سابقة: تحقّق مع الوالد إن كان الأمر يحتاج إلى تدخّل اليوم.</translation>
    </message>
    <message>
        <source>No urgency signal was found in the worries.</source>
        <translation>لم يُعثر على أي إشارة استعجال في المخاوف.</translation>
    </message>
    <message>
        <source>&amp;Follow the reading of the worries</source>
        <translation>&amp;اتبع قراءة المخاوف</translation>
    </message>
    <message>
        <source>&amp;Urgent: I set it by hand</source>
        <translation>&amp;مستعجل: أحدّده بنفسي</translation>
    </message>
    <message>
        <source>N&amp;ot urgent: I clear it by hand</source>
        <translation>&amp;غير مستعجل: أزيله بنفسي</translation>
    </message>
</context>
<context>
    <name>WorriesStep</name>
    <message>
        <source>Reading the worries…</source>
        <translation>جارٍ قراءة المخاوف…</translation>
    </message>
    <message>
        <source>The parent&apos;s worries, in the parent&apos;s own words (any language, kept as written):</source>
        <translation>مخاوف الوالد، بكلماته هو (بأي لغة، تُحفظ كما كُتبت):</translation>
    </message>
    <message>
        <source>Write down what the parent says…</source>
        <translation>اكتب ما يقوله الوالد…</translation>
    </message>
    <message>
        <source>Your summary for the agency (optional):</source>
        <translation>ملخّصك للجهة (اختياري):</translation>
    </message>
    <message>
        <source>Life domains read from the words: untick what does not apply, add what is missing.</source>
        <translation>مجالات الحياة المستخرجة من الكلمات: أزل العلامة عمّا لا ينطبق، وأضف ما ينقص.</translation>
    </message>
    <message>
        <source>Add a life domain…</source>
        <translation>أضف مجال حياة…</translation>
    </message>
</context>
</TS>
