<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ka" sourcelanguage="en">
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/answer_dialog.py" line="+57"/>
        <source>Answer {group}, file {n}</source>
        <translation>პასუხი: {group}, ფაილი {n}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A word to the group</source>
        <translation>რამდენიმე სიტყვა ჯგუფს</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not in an edition yet</source>
        <translation>ჯერ არ არის გამოცემაში</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The edition the history went into</source>
        <translation>გამოცემა, რომელშიც ისტორია შევიდა</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history&apos;s sections</source>
        <translation>ისტორიის ნაწილები</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A note on this section</source>
        <translation>შენიშვნა ამ ნაწილზე</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coact&apos;s wording of this section</source>
        <translation>ამ ნაწილის ტექსტი Coact-ის რედაქციით</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publishing key file</source>
        <translation>გამოქვეყნების გასაღების ფაილი</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase of the publishing key</source>
        <translation>გამოქვეყნების გასაღების საიდუმლო ფრაზა</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder to save the answer in</source>
        <translation>საქაღალდე, სადაც პასუხი შეინახება</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>W&amp;rite the answer…</source>
        <translation>პასუხის &amp;ჩაწერა…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>დახურვა</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Decision:</source>
        <translation>&amp;გადაწყვეტილება:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;word to the group:</source>
        <translation>რამდენიმე &amp;სიტყვა ჯგუფს:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In &amp;edition:</source>
        <translation>გა&amp;მოცემაში:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note on this section:</source>
        <translation>&amp;შენიშვნა ამ ნაწილზე:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coact&apos;s wording (leave it as the group wrote it to suggest no change):</source>
        <translation>ტექსტი Coact-ის რედაქციით (თუ ცვლილებას არ სთავაზობთ, დატოვეთ ისე, როგორც ჯგუფმა დაწერა):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Sections:</source>
        <translation>&amp;ნაწილები:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>არჩევა…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publishing &amp;key:</source>
        <translation>გამოქვეყნების გასა&amp;ღები:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;phrase:</source>
        <translation>საიდუმლო &amp;ფრაზა:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;to:</source>
        <translation>შენახვის &amp;ადგილი:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The answer is encrypted to the group: only its program can read it.</source>
        <translation>პასუხი დაშიფრულია ჯგუფისთვის: მისი წაკითხვა მხოლოდ ჯგუფის პროგრამას შეუძლია.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This group&apos;s file named no key for answers (an older program): the answer is signed but not encrypted, and whoever carries it can read it.</source>
        <translation>ამ ჯგუფის ფაილში პასუხებისთვის გასაღები არ არის მითითებული (პროგრამის ძველი ვერსია): პასუხი ხელმოწერილია, მაგრამ არა დაშიფრული, და მისი წაკითხვა შეუძლია ყველას, ვინც მას გადაიტანს.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The publishing key</source>
        <translation>გამოქვეყნების გასაღები</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the answer in</source>
        <translation>პასუხის შენახვა საქაღალდეში</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the publishing key file first.</source>
        <translation>ჯერ აირჩიეთ გამოქვეყნების გასაღების ფაილი.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a folder to save the answer in.</source>
        <translation>აირჩიეთ საქაღალდე, სადაც პასუხი შეინახება.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is there already: choose another folder.</source>
        <translation>{name} იქ უკვე არის: აირჩიეთ სხვა საქაღალდე.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signing the answer…</source>
        <translation>პასუხზე ხელის მოწერა…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved {path}. Send it to the group as it is, by any way.</source>
        <translation>შენახულია: {path}. გაუგზავნეთ ეს ფაილი ჯგუფს ისე, როგორც არის, ნებისმიერი გზით.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Accepted</source>
        <extracomment>Coact&apos;s decision on a group&apos;s history: taken into the library.</extracomment>
        <translation>მიღებულია</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted with changes</source>
        <translation>მიღებულია ცვლილებებით</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes asked for</source>
        <translation>საჭიროა ცვლილებები</translation>
    </message>
</context>
<context>
    <name>AnswerView</name>
    <message>
        <location filename="../src/coact_desktop/gui/answer_view.py" line="+43"/>
        <source>Coact&apos;s answer</source>
        <translation>Coact-ის პასუხი</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coact wrote no general comment.</source>
        <translation>Coact-ს ზოგადი კომენტარი არ დაუწერია.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sections Coact wrote about</source>
        <translation>ნაწილები, რომლებზეც Coact-მა დაწერა</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (a change)</source>
        <translation> (ცვლილება)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No notes on single sections.</source>
        <translation>ცალკეულ ნაწილებზე შენიშვნები არ არის.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coact&apos;s note, and its change marked</source>
        <translation>Coact-ის შენიშვნა და მონიშნული ცვლილება</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Use Coact&apos;s version of this section</source>
        <translation>ამ ნაწილისთვის Coact-ის ვერსიის &amp;გამოყენება</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Accepted</source>
        <extracomment>Coact&apos;s decision on a group&apos;s history: taken into the library.</extracomment>
        <translation>მიღებულია</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted with changes</source>
        <translation>მიღებულია ცვლილებებით</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes asked for</source>
        <translation>საჭიროა ცვლილებები</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;{decision}&lt;/b&gt;: Coact&apos;s answer to bundle {sequence}, signed {date}.</source>
        <translation>&lt;b&gt;{decision}&lt;/b&gt;: Coact-ის პასუხი პაკეტზე {sequence}, ხელმოწერილია {date}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is in edition {edition} of the library.</source>
        <translation>ისტორია შესულია ბიბლიოთეკის გამოცემაში {edition}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your draft has no section of this name now; Coact&apos;s version:</source>
        <translation>თქვენს მონახაზში ახლა ამ სახელის ნაწილი არ არის; Coact-ის ვერსია:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your draft already says it as Coact does.</source>
        <translation>თქვენს მონახაზში უკვე ისეა დაწერილი, როგორც Coact-თან.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Struck-through words are yours that Coact&apos;s version leaves out; underlined words are Coact&apos;s.</source>
        <translation>გადახაზული სიტყვები თქვენია და Coact-ის ვერსიაში აღარ არის; ხაზგასმული სიტყვები Coact-ისაა.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../src/coact_desktop/gui/export_check_page.py" line="+35"/>
        <source>Check the draft</source>
        <translation>მონახაზის შემოწმება</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing leaves this computer until the check is passed.</source>
        <translation>სანამ შემოწმება წარმატებით არ დასრულდება, ამ კომპიუტერიდან არაფერი გავა.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems found</source>
        <translation>ნაპოვნი პრობლემები</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go there to fix it</source>
        <translation>გადასვლა და გასწორება</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking…</source>
        <translation>მოწმდება…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Must fix</source>
        <extracomment>&apos;Must fix&apos;: a problem that stops the sending; &apos;Note&apos;: advice only.</extracomment>
        <translation>აუცილებლად გასასწორებელი</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>შენიშვნა</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Some things must be fixed before the history can be sent. Double-click one to go there; “Check again” above the draft brings you back here, and the check runs again.</source>
        <translation>ისტორიის გაგზავნამდე რამდენიმე რამ უნდა გასწორდეს. ორჯერ დააწკაპუნეთ პუნქტზე, რომ იქ გადახვიდეთ; ღილაკი „ხელახლა შემოწმება“ მონახაზის თავზე აქ დაგაბრუნებთ და შემოწმება თავიდან ჩატარდება.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready to send. A few notes:</source>
        <translation>შეგიძლიათ გაგზავნოთ. რამდენიმე შენიშვნა:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready to send: nothing to fix.</source>
        <translation>შეგიძლიათ გაგზავნოთ: გასასწორებელი არაფერია.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/coact_desktop/cli/__init__.py" line="+103"/>
        <source>interrupted</source>
        <translation>შეწყდა</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected error ({error}). Run again with --debug for details.</source>
        <translation>მოულოდნელი შეცდომა ({error}). დეტალების სანახავად ხელახლა გაუშვით --debug პარამეტრით.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/backups.py" line="+40"/>
        <source>Restored {name}. The database it replaced was kept as {aside}.</source>
        <translation>აღდგენილია: {name}. მონაცემთა ბაზა, რომელიც ჩანაცვლდა, შენახულია სახელით {aside}.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/bundles.py" line="+61"/>
        <source>a new key: compare the fingerprint with the group by phone before trusting it</source>
        <translation>ახალი გასაღები: სანამ ენდობით, ტელეფონით შეადარეთ ანაბეჭდი ჯგუფთან</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the key Coact already trusts for this group</source>
        <translation>გასაღები, რომელსაც Coact ამ ჯგუფისთვის უკვე ენდობა</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a new key, handed over by a rotation record signed by the trusted key</source>
        <translation>ახალი გასაღები, რომელიც სანდო გასაღებმა გადასცა გასაღების შეცვლის ხელმოწერილი ჩანაწერით</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose a passphrase for the group&apos;s new signing key: </source>
        <translation>აირჩიეთ საიდუმლო ფრაზა ჯგუფის ახალი ხელმოწერის გასაღებისთვის: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase of the group&apos;s signing key: </source>
        <translation>ჯგუფის ხელმოწერის გასაღების საიდუმლო ფრაზა: </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Warning: this bundle is NOT encrypted. Anyone who gets the file can read it.</source>
        <translation>ყურადღება: ეს პაკეტი დაშიფრული არ არის. ფაილის წაკითხვა ყველას შეუძლია, ვისაც ის ხელში ჩაუვარდება.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote {path} ({size}), bundle {sequence} of this group.</source>
        <translation>ჩაწერილია {path} ({size}), ამ ჯგუფის პაკეტი {sequence}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A signing key was made for the group.</source>
        <translation>ჯგუფისთვის შეიქმნა ხელმოწერის გასაღები.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key fingerprint (read it out to Coact): {words}</source>
        <translation>გასაღების ანაბეჭდი (წაუკითხეთ Coact-ს): {words}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{file}: intact and correctly signed.</source>
        <translation>{file}: დაუზიანებელია და სწორად არის ხელმოწერილი.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group: {group}</source>
        <translation>ჯგუფი: {group}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bundle: {sequence}, made {date}</source>
        <translation>პაკეტი: {sequence}, შექმნილია {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key: {key}</source>
        <translation>გასაღები: {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust: {trust}</source>
        <translation>ნდობა: {trust}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already received: importing it again changes nothing.</source>
        <translation>უკვე მიღებულია: ხელახალი იმპორტი არაფერს შეცვლის.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location filename="../src/coact_desktop/cli/editions.py" line="+147"/>
        <source>{file}: refused. {reason}</source>
        <translation>{file}: უარყოფილია. {reason}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cannot open it here: {reason}.</source>
        <translation>აქ მისი გახსნა შეუძლებელია: {reason}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{file}: imported {name}, bundle {sequence} (already received; nothing changed).</source>
        <translation>{file}: იმპორტირებულია {name}, პაკეტი {sequence} (უკვე მიღებული იყო; არაფერი შეცვლილა).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}: imported {name}, bundle {sequence}.</source>
        <translation>{file}: იმპორტირებულია {name}, პაკეტი {sequence}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}: held. {name} signs with a key Coact does not know yet. Phone the group and compare these words: {words}. Then accept it in the window&apos;s inbox, or import again with --trust-new-key.</source>
        <translation>{file}: შეჩერებულია. {name} ხელს აწერს გასაღებით, რომელსაც Coact ჯერ არ იცნობს. დაურეკეთ ჯგუფს და შეადარეთ ეს სიტყვები: {words}. შემდეგ მიიღეთ ის პროგრამის ფანჯარაში, „შემოსულებში“, ან ხელახლა გააკეთეთ იმპორტი --trust-new-key პარამეტრით.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file}: not imported: a newer file from {name} (after bundle {sequence}) is already in the library, and the newest is kept.</source>
        <translation>{file}: იმპორტი არ გაკეთდა: ბიბლიოთეკაში უკვე არის უფრო ახალი ფაილი ({name}, პაკეტი {sequence}-ის შემდეგ), და რჩება ყველაზე ახალი.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file}: not imported; the bundle is {state}.</source>
        <translation>{file}: იმპორტი არ გაკეთდა; პაკეტის მდგომარეობა: {state}.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/drafts.py" line="+57"/>
        <location line="+87"/>
        <source>(no name yet)</source>
        <translation>(ჯერ უსახელო)</translation>
    </message>
    <message numerus="yes">
        <location line="-85"/>
        <source>saved {when}, %n revisions</source>
        <extracomment>One line of the drafts list: its id, the group&apos;s name, when it was last saved.</extracomment>
        <translation>
            <numerusform>შენახულია {when}, %n ვერსია</numerusform>
            <numerusform>შენახულია {when}, %n ვერსია</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Restored revision {old} as revision {new}.</source>
        <translation>ვერსია {old} აღდგენილია როგორც ვერსია {new}.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>place not given</source>
        <translation>ადგილი მითითებული არ არის</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year not given</source>
        <translation>წელი მითითებული არ არის</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place}; founded {year}</source>
        <translation>{place}; დაარსების წელი: {year}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n events</source>
        <translation>
            <numerusform>%n მოვლენა</numerusform>
            <numerusform>%n მოვლენა</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n ადამიანი</numerusform>
            <numerusform>%n ადამიანი</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/editions.py" line="-59"/>
        <source>Copied the library&apos;s newest edition to {path}.</source>
        <translation>ბიბლიოთეკის უახლესი გამოცემა დაკოპირდა აქ: {path}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Passphrase of the root key: </source>
        <translation>ძირეული გასაღების საიდუმლო ფრაზა: </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wrote {file}.</source>
        <translation>ჩაწერილია {file}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Root version {version} is signed by {old_signed} of the {old_needed} current root keys needed and {new_signed} of the {new_needed} of its own.</source>
        <extracomment>A new list of root keys must be signed by enough of the current keys and of its own.</extracomment>
        <translation>ძირეული გასაღებების სიის ვერსია {version} ხელმოწერილია: მოქმედი ძირეული გასაღებებიდან — {old_signed} (საჭიროა {old_needed}), მისი საკუთარი გასაღებებიდან — {new_signed} (საჭიროა {new_needed}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Readers will accept it.</source>
        <translation>მკითხველების პროგრამები მას მიიღებენ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More root keys must sign it.</source>
        <translation>მას მეტი ძირეული გასაღების ხელმოწერა სჭირდება.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{file}: edition {edition}, against edition {have} here.</source>
        <translation>{file}: გამოცემა {edition}; აქ არის გამოცემა {have}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>chapter added: {title} ({slug}), {words}</source>
        <translation>დამატებული თავი: {title} ({slug}), {words}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chapter changed: {title} ({slug}), {added} and {removed}</source>
        <translation>შეცვლილი თავი: {title} ({slug}), {added} და {removed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chapter removed: {title} ({slug}), {words}</source>
        <translation>ამოღებული თავი: {title} ({slug}), {words}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>+%n words</source>
        <extracomment>Words a changed chapter gains, as in &quot;+120 words&quot;.</extracomment>
        <translation>
            <numerusform>+%n სიტყვა</numerusform>
            <numerusform>+%n სიტყვა</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>-%n words</source>
        <extracomment>Words a changed chapter loses, as in &quot;-35 words&quot;.</extracomment>
        <translation>
            <numerusform>-%n სიტყვა</numerusform>
            <numerusform>-%n სიტყვა</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>history added: {name}</source>
        <translation>დამატებული ისტორია: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>history changed: {name}</source>
        <translation>შეცვლილი ისტორია: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>history removed: {name}</source>
        <translation>ამოღებული ისტორია: {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing would change but the edition&apos;s number and notes.</source>
        <translation>გამოცემის ნომრისა და შენიშვნების გარდა არაფერი შეიცვლებოდა.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{folder}: no newer edition for this library.</source>
        <translation>{folder}: ამ ბიბლიოთეკისთვის უფრო ახალი გამოცემა არ არის.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Imported before it: {files}.</source>
        <translation>მანამდე იმპორტირდა: {files}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{file}: imported.</source>
        <translation>{file}: იმპორტირებულია.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: intact and signed by Coact.</source>
        <translation>{file}: დაუზიანებელია და Coact-ის მიერ არის ხელმოწერილი.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edition: {edition} of {library}, from {date}</source>
        <translation>გამოცემა {edition} ({library}), თარიღი: {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title: {title}</source>
        <translation>სათაური: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed: {when} by the publishing key {key}</source>
        <translation>ხელმოწერილია: {when}, გამოქვეყნების გასაღებით {key}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Histories: {names}</source>
        <translation>ისტორიები: {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>არცერთი</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left out: {names} (no longer in this edition)</source>
        <translation>ამოღებულია: {names} (ამ გამოცემაში აღარ არის)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the changes since the edition this library holds.</source>
        <translation>მხოლოდ ცვლილებები იმ გამოცემის შემდეგ, რომელიც ამ ბიბლიოთეკაშია.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library now has edition {edition}.</source>
        <translation>ბიბლიოთეკაში ახლა არის გამოცემა {edition}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What&apos;s new: {notes}</source>
        <translation>რა არის ახალი: {notes}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: this computer&apos;s clock is behind: a file signed on {date} was already seen here. Set the date right.</source>
        <translation>ყურადღება: ამ კომპიუტერის საათი ჩამორჩება: აქ უკვე ნანახი იყო ფაილი, რომელიც ხელმოწერილია {date}. გთხოვთ, სწორად დააყენოთ თარიღი.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>--delta-from: {file} is not a pack file (or say “{shipped}”).</source>
        <translation>--delta-from: {file} არ არის გამოცემის ფაილი (ან მიუთითეთ „{shipped}“).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Wrote {file} ({size}): the changes that make edition {edition}, signed by {key}.</source>
        <translation>ჩაწერილია {file} ({size}): ცვლილებები, რომლებიც ქმნის გამოცემას {edition}; ხელმოწერილია გასაღებით {key}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrote {file} ({size}): edition {edition}, signed by {key}.</source>
        <translation>ჩაწერილია {file} ({size}): გამოცემა {edition}; ხელმოწერილია გასაღებით {key}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{library}  edition {edition}, {date}: {title}</source>
        <translation>{library}  გამოცემა {edition}, {date}: {title}</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/keys.py" line="+68"/>
        <source>Cannot read the passphrase file {path}: {reason}.</source>
        <translation>საიდუმლო ფრაზის ფაილის {path} წაკითხვა შეუძლებელია: {reason}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A passphrase is needed: run this in a terminal, or give --passphrase-file FILE.</source>
        <translation>საჭიროა საიდუმლო ფრაზა: გაუშვით ეს ბრძანება ტერმინალში, ან მიუთითეთ --passphrase-file FILE.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type it again: </source>
        <translation>აკრიფეთ ხელახლა: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>ორი საიდუმლო ფრაზა ერთმანეთს არ ემთხვევა; არაფერი შეცვლილა.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No signing key yet: it is made on the first export.</source>
        <translation>ხელმოწერის გასაღები ჯერ არ არის: ის პირველი ექსპორტისას შეიქმნება.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wrote the public key {key} to {file}.</source>
        <translation>საჯარო გასაღები {key} ჩაიწერა ფაილში {file}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase of the signing key: </source>
        <translation>ხელმოწერის გასაღების საიდუმლო ფრაზა: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrote a backup of key {key} to {file}. It stays encrypted with its passphrase: keep the file and the passphrase in different places.</source>
        <translation>გასაღების {key} სარეზერვო ასლი ჩაიწერა ფაილში {file}. ის კვლავ დაშიფრულია თავისი საიდუმლო ფრაზით: ფაილი და საიდუმლო ფრაზა სხვადასხვა ადგილას შეინახეთ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase of the backed-up key: </source>
        <translation>სარეზერვო ასლის გასაღების საიდუმლო ფრაზა: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored key {key}.</source>
        <translation>გასაღები {key} აღდგენილია.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase of the current key: </source>
        <translation>მიმდინარე გასაღების საიდუმლო ფრაზა: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase for the new key: </source>
        <translation>ახალი გასაღების საიდუმლო ფრაზა: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Made key {key}; key {old} signed the hand-over.</source>
        <translation>შეიქმნა გასაღები {key}; გადაცემას ხელი მოაწერა გასაღებმა {old}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Key id:</source>
        <translation>გასაღების ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint:</source>
        <translation>ანაბეჭდი:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public key:</source>
        <translation>საჯარო გასაღები:</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/search.py" line="+30"/>
        <source>Preparing search (first use)…</source>
        <translation>ძებნა მზადდება (პირველი გამოყენება)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No exact matches. Close spellings:</source>
        <translation>ზუსტი დამთხვევა ვერ მოიძებნა. მსგავსად დაწერილი სიტყვები:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did you mean: {suggestion}</source>
        <translation>იქნებ გულისხმობდით: {suggestion}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>{shown} of %n results</source>
        <extracomment>{shown} results are listed of %n found in all.</extracomment>
        <translation>
            <numerusform>ნაჩვენებია {shown}, სულ %n შედეგიდან</numerusform>
            <numerusform>ნაჩვენებია {shown}, სულ %n შედეგიდან</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/answers.py" line="+66"/>
        <source>{file}: Coact&apos;s answer: {decision}.</source>
        <translation>{file}: Coact-ის პასუხი: {decision}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is on the draft {draft} (bundle {n}).</source>
        <translation>პასუხი ახლა ჩანს მონახაზთან {draft} (პაკეტი {n}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>bundle {n}: {decision}, signed {when}</source>
        <translation>პაკეტი {n}: {decision}, ხელმოწერილია {when}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refused. {reason}</source>
        <translation>უარყოფილია. {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--section-text: cannot read {file}: {reason}.</source>
        <translation>--section-text: ფაილის {file} წაკითხვა შეუძლებელია: {reason}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../src/coact_desktop/cli/editions.py" line="-51"/>
        <source>Passphrase of the publishing key: </source>
        <translation>გამოქვეყნების გასაღების საიდუმლო ფრაზა: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote {file}: the answer to bundle {n} of the group.</source>
        <translation>ჩაწერილია {file}: პასუხი ჯგუფის პაკეტზე {n}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{option} takes TITLE=VALUE, as in {option} “How we began=…”.</source>
        <extracomment>TITLE and VALUE are written as they are: they name the parts of the option.</extracomment>
        <translation>{option} პარამეტრი მოითხოვს TITLE=VALUE ფორმას, მაგალითად: {option} „როგორ დავიწყეთ=…“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>accepted</source>
        <translation>მიღებულია</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted with changes</source>
        <translation>მიღებულია ცვლილებებით</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changes asked for</source>
        <translation>საჭიროა ცვლილებები</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/output.py" line="+30"/>
        <source>{n} KB</source>
        <translation>{n} კბ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} MB</source>
        <translation>{n} მბ</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/release.py" line="+42"/>
        <source>{folder} is Coact Desktop {version} as Coact released it: {files} files, each unchanged, signed by key {key}.</source>
        <translation>{folder}: ეს არის Coact Desktop {version} ზუსტად ისეთი, როგორიც Coact-მა გამოუშვა: {files} ფაილი, თითოეული უცვლელი, ხელმოწერილი გასაღებით {key}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copied Coact Desktop {version} to {folder} and checked the copy.</source>
        <translation>Coact Desktop {version} დაკოპირდა საქაღალდეში {folder} და ასლი შემოწმდა.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied the library to {folder}.</source>
        <translation>ბიბლიოთეკა დაკოპირდა საქაღალდეში {folder}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No edition from a file to pass on yet: the library that comes with the program is in it.</source>
        <translation>გადასაცემად ფაილიდან იმპორტირებული გამოცემა ჯერ არ არის: პროგრამის ასლში ის ბიბლიოთეკაა, რომელიც პროგრამას თან ახლავს.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Whoever receives it can check it: {check} with Coact&apos;s publishing key (or: coact-desktop release verify FOLDER).</source>
        <extracomment>{check} is a command to type as it is (cd, sha256sum, minisign): not to be translated.</extracomment>
        <translation>ვინც მას მიიღებს, თავადაც შეძლებს შემოწმებას: {check}, Coact-ის გამოქვეყნების გასაღებით (ან: coact-desktop release verify FOLDER).</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/protection.py" line="+81"/>
        <source>The drafts are protected by a passphrase: run this in a terminal, or give --unlock-file FILE.</source>
        <translation>მონახაზები დაცულია საიდუმლო ფრაზით: გაუშვით ეს ბრძანება ტერმინალში, ან მიუთითეთ --unlock-file FILE.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase of your group&apos;s drafts: </source>
        <translation>თქვენი ჯგუფის მონახაზების საიდუმლო ფრაზა: </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The drafts are not protected by a passphrase.</source>
        <translation>მონახაზები საიდუმლო ფრაზით დაცული არ არის.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you forget this passphrase, nobody can open your drafts again, not even Coact.</source>
        <translation>თუ ამ საიდუმლო ფრაზას დაივიწყებთ, თქვენს მონახაზებს ვეღარავინ გახსნის, Coact-იც კი.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <location line="+25"/>
        <source>New passphrase: </source>
        <translation>ახალი საიდუმლო ფრაზა: </translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+53"/>
        <source>Duress passphrase: </source>
        <translation>იძულების საიდუმლო ფრაზა: </translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Paper key: </source>
        <translation>ქაღალდის გასაღები: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The drafts open with the new passphrase. A duress passphrase, if one was set, was removed: set it again.</source>
        <translation>მონახაზები ახლა ახალი საიდუმლო ფრაზით იხსნება. იძულების საიდუმლო ფრაზა, თუ დაყენებული იყო, წაიშალა: დააყენეთ ის ხელახლა.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Anyone with this key and the laptop can read the drafts: copy it onto paper and keep it away from the laptop.</source>
        <translation>ნებისმიერს, ვისაც ეს გასაღები და ლეპტოპი ექნება, მონახაზების წაკითხვა შეეძლება: გადაწერეთ ის ქაღალდზე და შეინახეთ ლეპტოპისგან შორს.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The drafts are not protected by a passphrase: set one first.</source>
        <translation>მონახაზები საიდუმლო ფრაზით დაცული არ არის: ჯერ დააყენეთ საიდუმლო ფრაზა.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quick delete after wrong passphrases is off.</source>
        <translation>სწრაფი წაშლა არასწორი საიდუმლო ფრაზების შემდეგ გამორთულია.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After {count} wrong passphrases in a row, the drafts, inbox, photos, keys and backups are destroyed for good, and nothing says so. A mistyped passphrase can set it off; it does not help against a copy of the disk made first.</source>
        <translation>ზედიზედ {count} არასწორი საიდუმლო ფრაზის შემდეგ მონახაზები, შემოსულები, ფოტოები, გასაღებები და სარეზერვო ასლები სამუდამოდ განადგურდება, და ამას არაფერი მიუთითებს. ეს შეიძლება შეცდომით აკრეფილმა საიდუმლო ფრაზამაც გამოიწვიოს; ეს ვერ დაგიცავთ დისკის იმ ასლისგან, რომელიც მანამდე გაკეთდა.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Without a terminal, quick delete needs --yes.</source>
        <translation>ტერმინალის გარეშე სწრაფი წაშლისთვის საჭიროა --yes პარამეტრი.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Passphrase: </source>
        <translation>საიდუმლო ფრაზა: </translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The drafts, their photos and files, the inbox and the keys are encrypted under a passphrase.</source>
        <translation>მონახაზები, მათი ფოტოები და ფაილები, შემოსულები და გასაღებები დაშიფრულია საიდუმლო ფრაზით.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The drafts, their photos and files, the inbox and the keys are now encrypted.</source>
        <translation>მონახაზები, მათი ფოტოები და ფაილები, შემოსულები და გასაღებები ახლა დაშიფრულია.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The passphrase was changed.</source>
        <translation>საიდუმლო ფრაზა შეიცვალა.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The duress passphrase was removed.</source>
        <translation>იძულების საიდუმლო ფრაზა წაიშალა.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The duress passphrase was set.</source>
        <translation>იძულების საიდუმლო ფრაზა დაყენდა.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>delete</source>
        <extracomment>The word the person types to confirm quick delete; keep it one short word.</extracomment>
        <translation>წაშლა</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This destroys the drafts, inbox, keys, backups and logs for good. Type {word} to go on: </source>
        <translation>ეს სამუდამოდ გაანადგურებს მონახაზებს, შემოსულებს, გასაღებებს, სარეზერვო ასლებს და ჟურნალებს. გასაგრძელებლად აკრიფეთ „{word}“: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was deleted.</source>
        <translation>არაფერი წაშლილა.</translation>
    </message>
</context>
<context>
    <name>ContentsView</name>
    <message>
        <location filename="../src/coact_desktop/gui/contents_view.py" line="+22"/>
        <source>Contents</source>
        <translation>სარჩევი</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Models of organising</source>
        <translation>ორგანიზების მოდელები</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Groups&apos; own histories</source>
        <translation>ჯგუფების საკუთარი ისტორიები</translation>
    </message>
</context>
<context>
    <name>DraftAnswers</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_answers.py" line="+56"/>
        <source>Coact has answered this history (bundle {sequence}).</source>
        <translation>Coact-მა ამ ისტორიას უპასუხა (პაკეტი {sequence}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See Coact&apos;s answer</source>
        <translation>Coact-ის პასუხის ნახვა</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Coact&apos;s version of {title} is in the draft.</source>
        <translation>ნაწილი „{title}“ მონახაზში ახლა Coact-ის ვერსიითაა.</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_editor.py" line="+60"/>
        <source>Group profile…</source>
        <translation>ჯგუფის პროფილი…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision history…</source>
        <translation>ვერსიების ისტორია…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to Coact…</source>
        <translation>Coact-ისთვის გაგზავნა…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the draft and save it as one signed, encrypted file for Coact</source>
        <translation>მონახაზის შემოწმება და შენახვა ერთ ხელმოწერილ, დაშიფრულ ფაილად Coact-ისთვის</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sections</source>
        <translation>ნაწილები</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add section</source>
        <translation>ნაწილის დამატება</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>სახელის შეცვლა</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>ზემოთ გადატანა</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>ქვემოთ გადატანა</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Section text</source>
        <translation>ნაწილის ტექსტი</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write here. Markdown works: **bold**, - lists, # headings.</source>
        <translation>დაწერეთ აქ. Markdown მუშაობს: **მუქი**, - სიები, # სათაურები.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent warning</source>
        <translation>გაფრთხილება თანხმობის შესახებ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the pseudonym everywhere</source>
        <translation>ფსევდონიმის გამოყენება ყველგან</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preview</source>
        <extracomment>Button: shows the draft as readers will see it.</extracomment>
        <translation>წინასწარი ნახვა</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See the draft as it would appear in the library&apos;s reading view</source>
        <translation>ნახეთ, როგორ გამოჩნდება მონახაზი ბიბლიოთეკის კითხვის ხედში</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview of the whole draft</source>
        <translation>მთელი მონახაზის წინასწარი ნახვა</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save status</source>
        <translation>შენახვის მდგომარეობა</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Parts of the draft</source>
        <extracomment>The tabs of a draft: text, timeline, people and consent, photos and files.</extracomment>
        <translation>მონახაზის ნაწილები</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>ტექსტი</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline</source>
        <extracomment>Tab of a draft: the dated events of the group&apos;s history.</extracomment>
        <translation>ქრონოლოგია</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+241"/>
        <source>People and consent</source>
        <translation>ადამიანები და თანხმობა</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Photos and files</source>
        <translation>ფოტოები და ფაილები</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>(no name yet)</source>
        <translation>(ჯერ უსახელო)</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>People and consent ({count} to check)</source>
        <translation>ადამიანები და თანხმობა (შესამოწმებელია: {count})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Names to check: {count}. A real name is used without consent in the text, the timeline or a file. Record their consent here, or use their pseudonym. ({keys})</source>
        <translation>შესამოწმებელი სახელები: {count}. ნამდვილი სახელი თანხმობის გარეშეა გამოყენებული ტექსტში, ქრონოლოგიაში ან ფაილში. აქ ჩაწერეთ ადამიანის თანხმობა, ან გამოიყენეთ მისი ფსევდონიმი. ({keys})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“{name}” is named in this section but has not agreed to be named. Use their pseudonym instead, or record their consent under People.</source>
        <translation>„{name}“ ამ ნაწილშია დასახელებული, მაგრამ დასახელებაზე თანხმობა არ მიუცია. გამოიყენეთ მისი ფსევდონიმი, ან ჩაწერეთ მისი თანხმობა ჩანართში „ადამიანები და თანხმობა“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give them a pseudonym under People first.</source>
        <translation>ჯერ მიეცით მას ფსევდონიმი ჩანართში „ადამიანები და თანხმობა“.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New section</source>
        <translation>ახალი ნაწილი</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rename section</source>
        <translation>ნაწილის სახელის შეცვლა</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>სათაური</translation>
    </message>
</context>
<context>
    <name>DraftTables</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_tables.py" line="+221"/>
        <source>Remove</source>
        <extracomment>Button: remove the chosen row (an event or a person).</extracomment>
        <translation>წაშლა</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a row (Alt+A)</source>
        <translation>სტრიქონის დამატება (Alt+A)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A year such as 1998; a date in words goes under When.</source>
        <translation>წელი, მაგალითად 1998; თარიღი სიტყვებით ჩაწერეთ სვეტში „როდის“.</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_guide.py" line="+25"/>
        <source>How the group began</source>
        <translation>როგორ დაიწყო ჯგუფი</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the group does</source>
        <translation>რას აკეთებს ჯგუფი</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Milestones</source>
        <extracomment>Title of a section every new draft starts with: the group&apos;s key moments.</extracomment>
        <translation>მნიშვნელოვანი ეტაპები</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Challenges and responses</source>
        <translation>სირთულეები და რეაგირება</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achievements</source>
        <translation>მიღწევები</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lessons for other groups</source>
        <translation>გაკვეთილები სხვა ჯგუფებისთვის</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>When and where did the group start, who started it, and why? Was it a reaction to something happening in your drug scene?</source>
        <translation>როდის და სად დაიწყო ჯგუფი, ვინ დააარსა და რატომ? იყო ეს რეაქცია იმაზე, რაც თქვენს გარემოში, ნარკოტიკების მომხმარებლებს შორის ხდებოდა?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What does the group do: peer support, needle and syringe programmes, treatment advocacy, legal help, outreach, campaigning? Which models of organising fit?</source>
        <translation>რას აკეთებს ჯგუფი: თანასწორთა მხარდაჭერა, ნემსებისა და შპრიცების პროგრამები, ადვოკატირება მკურნალობის საკითხებზე, იურიდიული დახმარება, საველე მუშაობა, კამპანიები? ორგანიზების რომელი მოდელები შეესაბამება?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What were the important moments, and when did they happen?</source>
        <translation>რა იყო მნიშვნელოვანი მომენტები და როდის მოხდა ისინი?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What got in the way (the police, funding, stigma, the law), and how did you respond?</source>
        <translation>რა გიშლიდათ ხელს (პოლიცია, დაფინანსება, სტიგმა, კანონი) და როგორ მოიქეცით?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What changed because of the group?</source>
        <translation>რა შეიცვალა ჯგუფის წყალობით?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would you tell a group that is just starting?</source>
        <translation>რას ეტყოდით ჯგუფს, რომელიც ახლა იწყებს?</translation>
    </message>
</context>
<context>
    <name>DraftsView</name>
    <message>
        <location filename="../src/coact_desktop/gui/drafts_view.py" line="+67"/>
        <source>Drafts</source>
        <translation>მონახაზები</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New draft…</source>
        <translation>ახალი მონახაზი…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write your group&apos;s own history here, at your own pace. Everything you type is kept on this computer and saved as you go.

Start with “New draft…”.</source>
        <translation>აქ შეგიძლიათ დაწეროთ თქვენი ჯგუფის საკუთარი ისტორია, თქვენთვის სასურველი ტემპით. ყველაფერი, რასაც აკრეფთ, ამ კომპიუტერზე რჩება და წერისას ინახება.

დაიწყეთ ღილაკით „ახალი მონახაზი…“.</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Fix what the check found, then go on sending the file to Coact.</source>
        <extracomment>Shown instead of the list and editor while the drafts are locked.</extracomment>
        <translation>გაასწორეთ ის, რაც შემოწმებამ იპოვა, შემდეგ კი გააგრძელეთ ფაილის გაგზავნა Coact-ისთვის.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check again</source>
        <extracomment>Button: look at the draft again for problems before sending.</extracomment>
        <translation>ხელახლა შემოწმება</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+166"/>
        <source>(no name yet)</source>
        <translation>(ჯერ უსახელო)</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Choose a draft in the list to go on writing it, or start another with “New draft…”.</source>
        <translation>აირჩიეთ მონახაზი სიიდან, რომ წერა გააგრძელოთ, ან დაიწყეთ ახალი ღილაკით „ახალი მონახაზი…“.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Coact Desktop did not close properly last time. Your draft is back as it was at its last autosave ({time}).</source>
        <translation>წინა ჯერზე Coact Desktop სწორად არ დაიხურა. თქვენი მონახაზი აღდგენილია ისე, როგორც ბოლო ავტომატური შენახვისას იყო ({time}).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All changes saved.</source>
        <translation>ყველა ცვლილება შენახულია.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saving…</source>
        <translation>ინახება…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>All changes saved ({time}).</source>
        <translation>ყველა ცვლილება შენახულია ({time}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not saved yet: {reason} Your text is kept and will be saved again.</source>
        <translation>ჯერ არ შენახულა: {reason} თქვენი ტექსტი არ დაიკარგება, პროგრამა მის შენახვას ხელახლა სცდის.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Attach a photo or a document</source>
        <translation>ფოტოს ან დოკუმენტის დართვა</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos, PDF documents and text (*.jpg *.jpeg *.png *.pdf *.txt *.md)</source>
        <translation>ფოტოები, PDF დოკუმენტები და ტექსტი (*.jpg *.jpeg *.png *.pdf *.txt *.md)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Caption</source>
        <extracomment>Title of a small dialog asking for a photo&apos;s caption.</extracomment>
        <translation>წარწერა</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What does it show? (optional)</source>
        <translation>რას გამოსახავს? (არასავალდებულო)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removing hidden details from the file…</source>
        <translation>ფაილიდან ფარული მონაცემები იშლება…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file was cleaned, but another draft is open now: attach it again.</source>
        <translation>ფაილი გასუფთავდა, მაგრამ ახლა სხვა მონახაზია გახსნილი: გთხოვთ, ხელახლა დაურთოთ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>camera and author details (EXIF)</source>
        <translation>კამერისა და ავტორის მონაცემები (EXIF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the place it was taken (GPS)</source>
        <translation>გადაღების ადგილი (GPS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>editing details (XMP)</source>
        <translation>რედაქტირების მონაცემები (XMP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>captions and credits (IPTC)</source>
        <translation>წარწერები და ავტორობა (IPTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hidden comment</source>
        <translation>ფარული კომენტარი</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a colour profile</source>
        <translation>ფერის პროფილი</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text notes (author, description)</source>
        <translation>ტექსტური შენიშვნები (ავტორი, აღწერა)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the author and the program that made it</source>
        <translation>ავტორი და პროგრამა, რომლითაც ფაილი შეიქმნა</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comments and their authors&apos; names, links and form fields</source>
        <translation>კომენტარები და მათი ავტორების სახელები, ბმულები და ფორმის ველები</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hidden extras (scripts, attached files, private program data)</source>
        <translation>ფარული დამატებები (სკრიპტები, ჩაშენებული ფაილები, პროგრამების პირადი მონაცემები)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attached. Removed from the copy: {removed}.</source>
        <translation>დაერთო. ასლიდან წაიშალა: {removed}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attached. The file carried no hidden details.</source>
        <translation>დაერთო. ფაილში ფარული მონაცემები არ იყო.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The original file was not copied or changed.</source>
        <translation>ორიგინალი ფაილი არ დაკოპირებულა და არ შეცვლილა.</translation>
    </message>
</context>
<context>
    <name>EditionImport</name>
    <message>
        <location filename="../src/coact_desktop/gui/edition_import.py" line="+54"/>
        <source>Checking {name}…</source>
        <translation>მოწმდება {name}…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;p&gt;&lt;b&gt;{title}&lt;/b&gt;, edition {edition}, from {date}.&lt;/p&gt;&lt;p&gt;Signed by Coact on {created}. The library now has edition {have}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{title}&lt;/b&gt;, გამოცემა {edition}, თარიღი: {date}.&lt;/p&gt;&lt;p&gt;Coact-მა ხელი მოაწერა {created}. ბიბლიოთეკაში ახლა არის გამოცემა {have}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;p&gt;Group histories in it: {names}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;მასში შემავალი ჯგუფების ისტორიები: {names}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;No longer in it: {names}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;მასში აღარ არის: {names}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;What is new: {notes}&lt;/p&gt;</source>
        <translation>&lt;p&gt;რა არის ახალი: {notes}&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;p&gt;It comes in %n files, checked and imported one after the other.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;ის %n ფაილისგან შედგება; ისინი რიგრიგობით შემოწმდება და იმპორტირდება.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;ის %n ფაილისგან შედგება; ისინი რიგრიგობით შემოწმდება და იმპორტირდება.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Your drafts, keys and reading place are kept.&lt;/p&gt;</source>
        <translation>&lt;p&gt;თქვენი მონახაზები, გასაღებები და კითხვის ადგილი შენარჩუნდება.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;This computer&apos;s clock is behind:&lt;/b&gt; a file signed on {seen} was already seen here. Set the date right, or an old edition could pass for a new one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ამ კომპიუტერის საათი ჩამორჩება:&lt;/b&gt; აქ უკვე ნანახი იყო ფაილი, რომელიც ხელმოწერილია {seen}. გთხოვთ, სწორად დააყენოთ თარიღი, თორემ პროგრამამ შეიძლება ძველი გამოცემა ახლად მიიჩნიოს.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import this edition?</source>
        <translation>გავაკეთოთ ამ გამოცემის იმპორტი?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import</source>
        <extracomment>Button: take the new edition into the library on this computer.</extracomment>
        <translation>იმპორტი</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The edition was not imported.</source>
        <translation>გამოცემის იმპორტი არ გაკეთდა.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importing {name}…</source>
        <translation>იმპორტირდება {name}…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edition {edition} is now in the library.</source>
        <translation>გამოცემა {edition} ახლა ბიბლიოთეკაშია.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{done} The next file was not imported. {reason}</source>
        <translation>{done} შემდეგი ფაილის იმპორტი არ გაკეთდა. {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopped. Nothing was changed.</source>
        <translation>შეჩერდა. არაფერი შეცვლილა.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stick holds no newer edition than yours.</source>
        <translation>ფლეშკაზე თქვენსაზე უფრო ახალი გამოცემა არ არის.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The edition was not imported. {reason}</source>
        <translation>გამოცემის იმპორტი არ გაკეთდა. {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not imported</source>
        <translation>იმპორტი არ გაკეთდა</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edition</source>
        <extracomment>An edition: one signed, numbered release of the history (the library).</extracomment>
        <translation>გამოცემა</translation>
    </message>
</context>
<context>
    <name>EditionPreview</name>
    <message>
        <location filename="../src/coact_desktop/gui/edition_preview.py" line="+29"/>
        <source>Preview of edition {n}</source>
        <translation>გამოცემა {n}: წინასწარი ნახვა</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview: edition {n}, {date}. Nothing is published yet.</source>
        <translation>წინასწარი ნახვა: გამოცემა {n}, {date}. ჯერ არაფერი გამოქვეყნებულა.</translation>
    </message>
</context>
<context>
    <name>EditionsWorkspace</name>
    <message>
        <location filename="../src/coact_desktop/gui/editions_workspace.py" line="+75"/>
        <source>Editions workspace</source>
        <translation>გამოცემების სამუშაო სივრცე</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Edition {new}, made from edition {old} of {date}.</source>
        <translation>გამოცემა {new}; საფუძველი: გამოცემა {old}, {date}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accepted histories</source>
        <translation>მიღებული ისტორიები</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticked histories go into the edition, in this order.</source>
        <translation>მონიშნული ისტორიები გამოცემაში ამ თანმიმდევრობით შევა.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;up</source>
        <translation>&amp;ზემოთ გადატანა</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>&amp;ქვემოთ გადატანა</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model of organising</source>
        <translation>ორგანიზების მოდელი</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model: under “Groups&apos; own histories”</source>
        <translation>მოდელის გარეშე: „ჯგუფების საკუთარი ისტორიების“ ქვეშ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chapters of the edition</source>
        <translation>გამოცემის თავები</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add a chapter from Markdown…</source>
        <translation>თავის &amp;დამატება Markdown-იდან…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace with Markdown…</source>
        <translation>&amp;ჩანაცვლება Markdown-ით…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the change &amp;out</source>
        <translation>ცვლილების &amp;ამოღება</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What&apos;s new, for readers</source>
        <translation>რა არის ახალი — მკითხველებისთვის</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is new in this edition, in a few lines.</source>
        <translation>რა არის ახალი ამ გამოცემაში, რამდენიმე სტრიქონით.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publishing key file</source>
        <translation>გამოქვეყნების გასაღების ფაილი</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Choose…</source>
        <translation>არჩევა…</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Choose the publishing key file</source>
        <translation>აირჩიეთ გამოქვეყნების გასაღების ფაილი</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase of the publishing key</source>
        <translation>გამოქვეყნების გასაღების საიდუმლო ფრაზა</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder to save the edition in</source>
        <translation>საქაღალდე, სადაც გამოცემა შეინახება</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the folder</source>
        <translation>აირჩიეთ საქაღალდე</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view as readers will see it</source>
        <translation>&amp;წინასწარი ნახვა, როგორც მკითხველები დაინახავენ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Publish…</source>
        <translation>&amp;გამოქვეყნება…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>დახურვა</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Groups&apos; histories</source>
        <translation>&amp;ჯგუფების ისტორიები</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Under the &amp;model:</source>
        <translation>ჩანს &amp;მოდელის ქვეშ:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;hapters</source>
        <translation>&amp;თავები</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What&apos;s &amp;new:</source>
        <translation>&amp;რა არის ახალი:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publishing &amp;key:</source>
        <translation>გამოქვეყნების გასა&amp;ღები:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;ssphrase:</source>
        <translation>საიდუმლო &amp;ფრაზა:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;to:</source>
        <translation>&amp;შენახვის ადგილი:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No history has been accepted in the inbox yet: chapters and notes only.</source>
        <translation>შემოსულებში ჯერ არცერთი ისტორია არ არის მიღებული: მხოლოდ თავები და შენიშვნები.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{title}  (replaced from {file})</source>
        <translation>{title}  (ჩანაცვლებულია ფაილიდან {file})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New: {title}  (from {file})</source>
        <translation>ახალი: {title}  (ფაილიდან {file})</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Markdown (*.md *.markdown *.txt);;All files (*)</source>
        <translation>Markdown (*.md *.markdown *.txt);;ყველა ფაილი (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This file cannot be used</source>
        <translation>ამ ფაილის გამოყენება შეუძლებელია</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a chapter</source>
        <translation>თავის დამატება</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No title</source>
        <translation>სათაური არ არის</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the file with its title on a line of its own, as “# Title”.</source>
        <translation>დაიწყეთ ფაილი სათაურით, ცალკე სტრიქონზე, ასე: „# სათაური“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replace</source>
        <extracomment>Title of a file dialog: choose a Markdown file to replace a chapter&apos;s text.</extracomment>
        <translation>ჩანაცვლება</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The plan could not be saved: {error}</source>
        <translation>გეგმის შენახვა ვერ მოხერხდა: {error}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Putting the edition together…</source>
        <translation>გამოცემა იკრიბება…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Facts no longer quoted by the text are left out: {n}.</source>
        <translation>ფაქტები, რომლებსაც ტექსტი აღარ იმოწმებს, ამოღებულია: {n}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the publishing key file first.</source>
        <translation>ჯერ აირჩიეთ გამოქვეყნების გასაღების ფაილი.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a folder to save the edition in.</source>
        <translation>აირჩიეთ საქაღალდე, სადაც გამოცემა შეინახება.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Publish edition {n}?</source>
        <translation>გამოვაქვეყნოთ გამოცემა {n}?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edition {n} will hold {histories} and {chapters}. It is signed with the key in {key} and saved in {folder}. Readers who import it see it as it was in the preview.</source>
        <extracomment>{histories} and {chapters} are the two phrases translated just before this one.</extracomment>
        <translation>გამოცემა {n} შეიცავს: {histories} და {chapters}. მას ხელს მოაწერს გასაღები ფაილიდან {key} და შეინახება საქაღალდეში {folder}. მკითხველები, რომლებიც მის იმპორტს გააკეთებენ, დაინახავენ მას ისე, როგორც წინასწარ ნახვაში იყო.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n groups&apos; histories</source>
        <extracomment>Part of &quot;Edition 5 will hold 3 groups&apos; histories and …&quot;.</extracomment>
        <translation>
            <numerusform>%n ჯგუფის ისტორია</numerusform>
            <numerusform>%n ჯგუფის ისტორია</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new or changed chapters</source>
        <extracomment>Part of &quot;Edition 5 will hold … and 2 new or changed chapters&quot;.</extracomment>
        <translation>
            <numerusform>%n ახალი ან შეცვლილი თავი</numerusform>
            <numerusform>%n ახალი ან შეცვლილი თავი</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Signing and writing edition {n}…</source>
        <translation>გამოცემა {n}: ხელის მოწერა და ჩაწერა…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edition published</source>
        <translation>გამოცემა გამოქვეყნდა</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved in {folder}: {names}. Send the small “-delta” file to readers who have the edition before; the full one to everyone else.</source>
        <translation>შენახულია საქაღალდეში {folder}: {names}. პატარა „-delta“ ფაილი გაუგზავნეთ მკითხველებს, რომლებსაც წინა გამოცემა უკვე აქვთ; სრული ფაილი — ყველა დანარჩენს.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopped. Nothing was published.</source>
        <translation>შეჩერდა. არაფერი გამოქვეყნებულა.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not done</source>
        <translation>არ შესრულდა</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>გაუქმება</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The publishing key</source>
        <translation>გამოქვეყნების გასაღები</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the edition in</source>
        <translation>გამოცემის შენახვა საქაღალდეში</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../src/coact_desktop/words/errors.py" line="+16"/>
        <source>Something went wrong inside Coact Desktop ({error}). The details are in the log file in your profile folder.</source>
        <translation>Coact Desktop-ში შიდა შეცდომა მოხდა ({error}). დეტალები ჩაწერილია ჟურნალის ფაილში, თქვენი პროფილის საქაღალდეში.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coact Desktop cannot use the folder {path}. Check that it exists and that you may write to it, or start the program with --data-dir and another folder.</source>
        <translation>Coact Desktop ვერ იყენებს საქაღალდეს {path}. შეამოწმეთ, რომ ის არსებობს და მასში ჩაწერის უფლება გაქვთ, ან გაუშვით პროგრამა --data-dir პარამეტრით და სხვა საქაღალდით.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The library database could not be opened or updated. Nothing was changed.</source>
        <translation>ბიბლიოთეკის მონაცემთა ბაზის გახსნა ან განახლება ვერ მოხერხდა. არაფერი შეცვლილა.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history that comes with this copy of Coact Desktop is damaged. Please install the program again.</source>
        <translation>ისტორია, რომელიც Coact Desktop-ის ამ ასლს მოჰყვება, დაზიანებულია. გთხოვთ, პროგრამა ხელახლა დააინსტალიროთ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search could not run.</source>
        <translation>ძებნა ვერ შესრულდა.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That part of the history could not be found.</source>
        <translation>ისტორიის ეს ადგილი ვერ მოიძებნა.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>გაუქმდა.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file cannot be attached safely. Coact Desktop attaches photos (JPEG, PNG) and text files, after removing their hidden details.</source>
        <translation>ამ ფაილის უსაფრთხოდ დართვა შეუძლებელია. Coact Desktop ურთავს ფოტოებს (JPEG, PNG) და ტექსტურ ფაილებს, მას შემდეგ, რაც მათგან ფარულ მონაცემებს წაშლის.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This draft file is not valid.</source>
        <translation>მონახაზის ეს ფაილი არასწორია.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A draft with this identity is already here.</source>
        <translation>ეს მონახაზი (იგივე იდენტიფიკატორით) აქ უკვე არის.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file cannot be used.</source>
        <translation>გასაღების ფაილის გამოყენება შეუძლებელია.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature is not valid.</source>
        <translation>ხელმოწერა არასწორია.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file was refused, and nothing in the library was changed.</source>
        <translation>ეს ფაილი უარყოფილია და ბიბლიოთეკაში არაფერი შეცვლილა.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file could not be written; nothing was sent.</source>
        <translation>ფაილის ჩაწერა ვერ მოხერხდა; არაფერი გაგზავნილა.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your group&apos;s drafts are locked. Unlock them with your passphrase first.</source>
        <translation>თქვენი ჯგუფის მონახაზები დაკეტილია. ჯერ გახსენით ისინი თქვენი საიდუმლო ფრაზით.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file that keeps the key to your drafts (data-key.json in the profile folder) is missing or damaged, so the drafts cannot be opened. Nothing was changed.</source>
        <translation>ფაილი, რომელშიც თქვენი მონახაზების გასაღები ინახება (data-key.json პროფილის საქაღალდეში), აღარ არის ან დაზიანებულია, ამიტომ მონახაზების გახსნა შეუძლებელია. არაფერი შეცვლილა.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The draft is not ready to send; nothing was written. The check before sending lists what to fix.</source>
        <translation>მონახაზი გასაგზავნად მზად არ არის; არაფერი ჩაწერილა. გაგზავნამდე შემოწმება ჩამოთვლის, რა უნდა გასწორდეს.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>აირჩიეთ საიდუმლო ფრაზა, რომელიც მინიმუმ 8 სიმბოლოსგან შედგება.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This passphrase does not open this key file; check that it is the one set for it.</source>
        <translation>ეს საიდუმლო ფრაზა გასაღების ამ ფაილს ვერ ხსნის; შეამოწმეთ, რომ ეს სწორედ ის საიდუმლო ფრაზაა, რომელიც ამ ფაილისთვის შეირჩა.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This passphrase does not open your group&apos;s drafts; nothing was changed. Check the keyboard language and Caps Lock, and try again.</source>
        <translation>ეს საიდუმლო ფრაზა თქვენი ჯგუფის მონახაზებს ვერ ხსნის; არაფერი შეცვლილა. შეამოწმეთ კლავიატურის ენა და Caps Lock და სცადეთ ხელახლა.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The duress passphrase must differ from your usual passphrase.</source>
        <translation>იძულების საიდუმლო ფრაზა თქვენი ჩვეულებრივი საიდუმლო ფრაზისგან უნდა განსხვავდებოდეს.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A paper key is 14 groups of 4 letters and digits. Copy all of them from the paper.</source>
        <translation>ქაღალდის გასაღები 14 ჯგუფისგან შედგება, თითოეულში 4 ასო ან ციფრია. აკრიფეთ ქაღალდიდან ყველა ჯგუფი.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This paper key has a mistake in it; nothing was changed. Compare each group with the paper.</source>
        <translation>ქაღალდის გასაღებში, რომელიც აკრიფეთ, შეცდომაა; არაფერი შეცვლილა. შეადარეთ თითოეული ჯგუფი ქაღალდს.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This paper key does not open these drafts; nothing was changed. It may be the paper of another laptop or of an older profile.</source>
        <translation>ეს ქაღალდის გასაღები ამ მონახაზებს ვერ ხსნის; არაფერი შეცვლილა. შესაძლოა, ეს სხვა ლეპტოპის ან ძველი პროფილის ქაღალდია.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup also keeps the key that opens Coact&apos;s answers to your group: give the signing key&apos;s passphrase to lock it in the backup.</source>
        <translation>სარეზერვო ასლში ინახება ის გასაღებიც, რომლითაც თქვენი ჯგუფი Coact-ის პასუხებს ხსნის: მიუთითეთ ხელმოწერის გასაღების საიდუმლო ფრაზა, რომ ეს გასაღები სარეზერვო ასლში დაიკეტოს.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This passphrase does not open your group&apos;s signing key. Nobody can recover a forgotten passphrase, not even Coact: that is what keeps the key safe if the laptop is taken. If it is lost for good, restore a key backup whose passphrase you know, or ask Coact how to send your history under a new key.</source>
        <translation>ეს საიდუმლო ფრაზა თქვენი ჯგუფის ხელმოწერის გასაღებს ვერ ხსნის. დავიწყებულ საიდუმლო ფრაზას ვერავინ აღადგენს, Coact-იც კი: სწორედ ეს იცავს გასაღებს, თუ ლეპტოპს წაიღებენ. თუ ის სამუდამოდ დაიკარგა, აღადგინეთ გასაღების სარეზერვო ასლი, რომლის საიდუმლო ფრაზაც იცით, ან ჰკითხეთ Coact-ს, როგორ გაგზავნოთ თქვენი ისტორია ახალი გასაღებით.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>chapter</source>
        <translation>თავი</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model of organising</source>
        <translation>ორგანიზების მოდელი</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>ქვეყანა</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decade</source>
        <translation>ათწლეული</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown {what} “{value}”. Choose one of: {choices}.</source>
        <extracomment>{what} is one of: chapter, model of organising, country, decade (translated just before).</extracomment>
        <translation>უცნობი მნიშვნელობა ({what}): „{value}“. აირჩიეთ ერთ-ერთი: {choices}.</translation>
    </message>
</context>
<context>
    <name>EventsTable</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_tables.py" line="+161"/>
        <source>When</source>
        <extracomment>Column of the timeline: when the event happened, in the group&apos;s own words.</extracomment>
        <translation>როდის</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year</source>
        <extracomment>Column of the timeline: the year as a number, used to sort the events.</extracomment>
        <translation>წელი</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>What happened</source>
        <translation>რა მოხდა</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>People involved</source>
        <translation>ჩართული ადამიანები</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations involved</source>
        <translation>ჩართული ორგანიზაციები</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add event</source>
        <translation>მოვლენის დამატება</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The group&apos;s timeline</source>
        <translation>ჯგუფის ქრონოლოგია</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When it happened, in words: “spring 2005”, “after the first raid”</source>
        <translation>როდის მოხდა, სიტყვებით: „2005 წლის გაზაფხული“, „პირველი რეიდის შემდეგ“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The year as a number, such as 2005: it puts the timeline in order</source>
        <translation>წელი რიცხვით, მაგალითად 2005: მის მიხედვით ლაგდება ქრონოლოგია</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names from People and consent are suggested: as each may be shown</source>
        <translation>შემოთავაზებულია სახელები ჩანართიდან „ადამიანები და თანხმობა“, ისე, როგორც თითოეულის ჩვენებაა ნებადართული</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations the library knows are suggested; any other can be typed</source>
        <translation>შემოთავაზებულია ორგანიზაციები, რომლებიც ბიბლიოთეკაშია; შეგიძლიათ სხვაც ჩაწეროთ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. spring 2005</source>
        <translation>მაგ., 2005 წლის გაზაფხული</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2005</source>
        <translation>მაგ., 2005</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened?</source>
        <translation>რა მოხდა?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names, separated by commas</source>
        <translation>სახელები, მძიმით გამოყოფილი</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations, separated by commas</source>
        <translation>ორგანიზაციები, მძიმით გამოყოფილი</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../src/coact_desktop/words/problems.py" line="+22"/>
        <source>name</source>
        <extracomment>A field of the group profile that is missing, inside a sentence: lower case.</extracomment>
        <translation>სახელი</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>ქვეყანა</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>city</source>
        <translation>ქალაქი</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year founded</source>
        <translation>დაარსების წელი</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>models of organising</source>
        <translation>ორგანიზების მოდელები</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the timeline</source>
        <extracomment>Where a problem is, inside a sentence: the draft&apos;s list of dated events.</extracomment>
        <translation>ქრონოლოგია</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The group has no name yet: fill in the group profile.</source>
        <translation>ჯგუფს ჯერ სახელი არ აქვს: შეავსეთ ჯგუფის პროფილი.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The group profile has no {field}.</source>
        <translation>ჯგუფის პროფილში არ არის მითითებული: {field}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}” appears in “{where}” but has not agreed to be named. Use their pseudonym, or record their consent under People and consent.</source>
        <translation>„{name}“ გვხვდება აქ: „{where}“, მაგრამ დასახელებაზე თანხმობა არ მიუცია. გამოიყენეთ მისი ფსევდონიმი, ან ჩაწერეთ მისი თანხმობა ჩანართში „ადამიანები და თანხმობა“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is to be shown by a pseudonym, but none is written yet.</source>
        <translation>{name} ფსევდონიმით უნდა ჩანდეს, მაგრამ ფსევდონიმი ჯერ არ არის ჩაწერილი.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is named in event {number} of the timeline but not listed under People and consent.</source>
        <translation>{name} დასახელებულია ქრონოლოგიის მოვლენაში № {number}, მაგრამ არ არის ჩამოთვლილი ჩანართში „ადამიანები და თანხმობა“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The attachment “{name}” is missing from this computer; remove it and attach it again.</source>
        <translation>დანართი „{name}“ ამ კომპიუტერზე აღარ არის; წაშალეთ და ხელახლა დაურთეთ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The attachment “{name}” has changed since it was attached; remove it and attach it again.</source>
        <translation>დანართი „{name}“ შეიცვალა მას შემდეგ, რაც დაერთო; წაშალეთ და ხელახლა დაურთეთ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The attachment “{name}” still carries hidden details (place, camera or author); remove it and attach it again.</source>
        <translation>დანართი „{name}“ ჯერ კიდევ შეიცავს ფარულ მონაცემებს (ადგილი, კამერა ან ავტორი); წაშალეთ და ხელახლა დაურთეთ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is written in the draft yet.</source>
        <translation>მონახაზში ჯერ არაფერია დაწერილი.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some pages of “{name}” could not be read to check for names; make sure it names nobody who has not agreed.</source>
        <translation>ფაილის „{name}“ ზოგიერთი გვერდის წაკითხვა სახელების შესამოწმებლად ვერ მოხერხდა; დარწმუნდით, რომ მასში არავინაა დასახელებული, ვისაც თანხმობა არ მიუცია.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The attachment “{name}” contains the real name of someone who has not agreed to be named. Remove it, or attach a copy without the name.</source>
        <translation>დანართი „{name}“ შეიცავს იმ ადამიანის ნამდვილ სახელს, რომელსაც დასახელებაზე თანხმობა არ მიუცია. წაშალეთ დანართი, ან დაურთეთ ასლი ამ სახელის გარეშე.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}” is longer than a history sent to Coact may hold; shorten it.</source>
        <translation>„{name}“ უფრო გრძელია, ვიდრე დასაშვებია Coact-ისთვის გასაგზავნ ისტორიაში; შეამოკლეთ.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The group profile names more than {limit} languages; one file sent to Coact may hold no more. Keep the main ones.</source>
        <translation>ჯგუფის პროფილში მითითებულია {limit}-ზე მეტი ენა; Coact-ისთვის გასაგზავნ ერთ ფაილში ამაზე მეტი არ ეტევა. დატოვეთ მხოლოდ მთავარი ენები.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The group profile names more than {limit} models of organising; one file sent to Coact may hold no more. Keep the main ones.</source>
        <translation>ჯგუფის პროფილში მითითებულია ორგანიზების {limit}-ზე მეტი მოდელი; Coact-ისთვის გასაგზავნ ერთ ფაილში ამაზე მეტი არ ეტევა. დატოვეთ მხოლოდ მთავარი მოდელები.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The history has more than {limit} sections; one file sent to Coact may hold no more. Join some of them together.</source>
        <translation>ისტორიაში {limit}-ზე მეტი ნაწილია; Coact-ისთვის გასაგზავნ ერთ ფაილში ამაზე მეტი არ ეტევა. გააერთიანეთ ზოგიერთი ნაწილი.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The timeline has more than {limit} events; one file sent to Coact may hold no more. Remove some before sending.</source>
        <translation>ქრონოლოგიაში {limit}-ზე მეტი მოვლენაა; Coact-ისთვის გასაგზავნ ერთ ფაილში ამაზე მეტი არ ეტევა. გაგზავნამდე წაშალეთ ზოგიერთი მოვლენა.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The list of people has more than {limit} names; one file sent to Coact may hold no more. Remove some before sending.</source>
        <translation>ადამიანების სიაში {limit}-ზე მეტი სახელია; Coact-ისთვის გასაგზავნ ერთ ფაილში ამაზე მეტი არ ეტევა. გაგზავნამდე წაშალეთ ზოგიერთი სახელი.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More than {limit} photos and documents are attached; one file sent to Coact may hold no more. Remove some before sending.</source>
        <translation>დართულია {limit}-ზე მეტი ფოტო და დოკუმენტი; Coact-ისთვის გასაგზავნ ერთ ფაილში ამაზე მეტი არ ეტევა. გაგზავნამდე წაშალეთ ზოგიერთი მათგანი.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>“{code}” is not a language code Coact can read. In the group profile, choose the language the history is written in, or type its code (such as ky or pt-BR).</source>
        <translation>„{code}“ არ არის ენის კოდი, რომელსაც Coact წაიკითხავს. ჯგუფის პროფილში აირჩიეთ ენა, რომელზეც ისტორიაა დაწერილი, ან აკრიფეთ მისი კოდი (მაგალითად ky ან pt-BR).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The section “{title}” is empty; it will be left out.</source>
        <translation>ნაწილი „{title}“ ცარიელია; ის არ გაიგზავნება.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/gui/export_wizard.py" line="+53"/>
        <source>Send the history to Coact</source>
        <translation>ისტორიის გაგზავნა Coact-ისთვის</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_files_page.py" line="+33"/>
        <source>Attachments</source>
        <translation>დანართები</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Photos and PDF documents are copied without their hidden details (place, camera, author, comments). The original file is never copied into Coact Desktop.</source>
        <translation>ფოტოები და PDF დოკუმენტები კოპირდება ფარული მონაცემების გარეშე (ადგილი, კამერა, ავტორი, კომენტარები). ორიგინალი ფაილი Coact Desktop-ში არასოდეს კოპირდება.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attach a photo or document…</source>
        <translation>ფოტოს ან დოკუმენტის დართვა…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>წაშლა</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../src/coact_desktop/gui/find_bar.py" line="+23"/>
        <location line="+1"/>
        <source>Find in this chapter</source>
        <translation>ძებნა ამ თავში</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous</source>
        <extracomment>Find in the chapter: go to the previous match.</extracomment>
        <translation>წინა</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>წინა დამთხვევა (Shift+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>შემდეგი</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match (Enter)</source>
        <translation>შემდეგი დამთხვევა (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>დახურვა</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar (Esc)</source>
        <translation>ძებნის ზოლის დახურვა (Esc)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>{current} of {total}</source>
        <translation>{current} / {total}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No matches</source>
        <translation>დამთხვევა არ არის</translation>
    </message>
</context>
<context>
    <name>FormatBar</name>
    <message>
        <location filename="../src/coact_desktop/gui/markdown_format.py" line="+20"/>
        <source>Bold</source>
        <translation>მუქი</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bold (Ctrl+B)</source>
        <translation>მუქი (Ctrl+B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading</source>
        <translation>სათაური</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make this line a heading</source>
        <translation>ამ სტრიქონის სათაურად გადაქცევა</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List</source>
        <translation>სია</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make these lines a list</source>
        <translation>ამ სტრიქონების სიად გადაქცევა</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>ბმული</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link to a web address (Ctrl+L)</source>
        <translation>ბმული ვებმისამართზე (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>text</source>
        <extracomment>Placeholder word put inside a new link when nothing was selected.</extracomment>
        <translation>ტექსტი</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../src/coact_desktop/gui/inbox_view.py" line="+50"/>
        <source>Open bundle files…</source>
        <translation>პაკეტის ფაილების გახსნა…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coact&apos;s identity file…</source>
        <translation>Coact-ის გაშიფვრის ფაილი…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress</source>
        <translation>მიმდინარეობა</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>გაუქმება</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received bundles</source>
        <translation>მიღებული პაკეტები</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened to each file</source>
        <translation>რა მოხდა თითოეულ ფაილს</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Key fingerprint words</source>
        <translation>გასაღების სიტყვები</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The words match: trust this key</source>
        <translation>სიტყვები ემთხვევა: ამ გასაღების ნდობა</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept into the library</source>
        <translation>ბიბლიოთეკაში მიღება</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject…</source>
        <translation>უარყოფა…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;nswer the group…</source>
        <translation>ჯგუფისთვის &amp;პასუხის გაცემა…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The history, as plain text</source>
        <translation>ისტორია, უბრალო ტექსტად</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes since the group&apos;s previous file</source>
        <translation>ცვლილებები ჯგუფის წინა ფაილის შემდეგ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history</source>
        <translation>ისტორია</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes since the previous file</source>
        <translation>ცვლილებები წინა ფაილის შემდეგ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files that groups send to Coact arrive here. Open one with “Open bundle files…”: it is checked before anything is kept, and nothing goes into the library until you accept it.</source>
        <translation>აქ ჩნდება ფაილები, რომლებსაც ჯგუფები Coact-ს უგზავნიან. გახსენით ფაილი ღილაკით „პაკეტის ფაილების გახსნა…“: ის შემოწმდება, სანამ რამე შეინახება, და ბიბლიოთეკაში არაფერი შევა, სანამ თქვენ არ მიიღებთ.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Identity: {name}</source>
        <translation>გაშიფვრის ფაილი: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No identity file chosen: only unencrypted files can be opened.</source>
        <translation>გაშიფვრის ფაილი არ არის არჩეული: შესაძლებელია მხოლოდ დაუშიფრავი ფაილების გახსნა.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coact&apos;s age identity file</source>
        <translation>Coact-ის გაშიფვრის ფაილი (age)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open bundle files</source>
        <translation>პაკეტის ფაილების გახსნა</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coact bundles (*.coact);;All files (*)</source>
        <translation>Coact-ის პაკეტები (*.coact);;ყველა ფაილი (*)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>{file}: refused. {why}</source>
        <translation>{file}: უარყოფილია. {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: already received; nothing changed.</source>
        <translation>{file}: უკვე მიღებულია; არაფერი შეცვლილა.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: checked and kept for review.</source>
        <translation>{file}: შემოწმდა და შენახულია განსახილველად.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{group} — file {n}
{state}, {date}</source>
        <translation>{group} — ფაილი {n}
{state}, {date}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{group}, file {n}</source>
        <translation>{group}, ფაილი {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State: {state}. Made {date}; received {received}. {encrypted}
Key {key}. Bundle {bundle}.</source>
        <translation>მდგომარეობა: {state}. შექმნილია {date}; მიღებულია {received}. {encrypted}
გასაღები {key}. პაკეტი {bundle}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It was encrypted.</source>
        <translation>ის დაშიფრული იყო.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was NOT encrypted.</source>
        <translation>ის დაშიფრული არ იყო.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rejected: {reason}</source>
        <translation>უარყოფილია: {reason}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This is the first file received from this group.</source>
        <translation>ეს ამ ჯგუფისგან მიღებული პირველი ფაილია.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>file {n}</source>
        <translation>ფაილი {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No changes.</source>
        <translation>ცვლილებები არ არის.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Reject the file</source>
        <translation>ფაილის უარყოფა</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why? (The group can be told.)</source>
        <translation>რატომ? (ჯგუფს შეიძლება ეცნობოს.)</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/words/inbox.py" line="+15"/>
        <source>held: check the key</source>
        <translation>შეჩერებულია: შეამოწმეთ გასაღები</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verified</source>
        <extracomment>State of a received bundle: its signature and contents were checked and are good.</extracomment>
        <translation>შემოწმებულია</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the library</source>
        <translation>ბიბლიოთეკაშია</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected</source>
        <extracomment>State of a received bundle: Coact decided not to take it.</extracomment>
        <translation>უარყოფილია</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replaced by a newer file</source>
        <translation>ჩანაცვლებულია უფრო ახალი ფაილით</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This group&apos;s key was new to Coact when the file came; it is trusted since its words were compared with the group.</source>
        <translation>ამ ჯგუფის გასაღები Coact-ისთვის ახალი იყო, როცა ფაილი მოვიდა; ის სანდოდ ჩაითვალა მას შემდეგ, რაც მისი სიტყვები ჯგუფთან შედარდა.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This group&apos;s key is new to Coact. Phone the group (on a number you already know, not one from the file) and ask them to read out their key&apos;s words. Trust the key only if every word matches.</source>
        <translation>ამ ჯგუფის გასაღები Coact-ისთვის ახალია. დაურეკეთ ჯგუფს (ნომერზე, რომელიც უკვე იცით, და არა ფაილიდან აღებულზე) და სთხოვეთ, წაგიკითხონ თავიანთი გასაღების სიტყვები. ენდეთ გასაღებს მხოლოდ მაშინ, თუ ყველა სიტყვა ემთხვევა.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed with the key Coact already trusts for this group.</source>
        <translation>ხელმოწერილია გასაღებით, რომელსაც Coact ამ ჯგუფისთვის უკვე ენდობა.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed with a new key that the group&apos;s trusted key handed over to (a signed rotation record).</source>
        <translation>ხელმოწერილია ახალი გასაღებით, რომელიც ჯგუფის სანდო გასაღებმა გადასცა (გასაღების შეცვლის ხელმოწერილი ჩანაწერით).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>yes</source>
        <translation>დიახ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>არა</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>ქვეყანა</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>ქალაქი</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founded</source>
        <translation>დაარსდა</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still active</source>
        <translation>ჯერ კიდევ აქტიურია</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>ენები</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models of organising</source>
        <translation>ორგანიზების მოდელები</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timeline</source>
        <translation>ქრონოლოგია</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>named with consent</source>
        <translation>დასახელებულია თანხმობით</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pseudonym</source>
        <translation>ფსევდონიმი</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People named</source>
        <translation>დასახელებული ადამიანები</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attachments</source>
        <translation>დანართები</translation>
    </message>
</context>
<context>
    <name>IndexBuilder</name>
    <message>
        <location filename="../src/coact_desktop/gui/search_index.py" line="+32"/>
        <source>Progress</source>
        <translation>მიმდინარეობა</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>გაუქმება</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../src/coact_desktop/gui/export_key_page.py" line="+34"/>
        <source>Passphrase</source>
        <translation>საიდუმლო ფრაზა</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase again</source>
        <translation>საიდუმლო ფრაზა ხელახლა</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Again:</source>
        <extracomment>Label of the field where the passphrase is typed a second time.</extracomment>
        <translation>ხელახლა:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer is old or has little memory (lighter key protection)</source>
        <translation>ეს კომპიუტერი ძველია ან მცირე მეხსიერება აქვს (გასაღების უფრო მსუბუქი დაცვა)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase:</source>
        <translation>საიდუმლო ფრაზა:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Make your group&apos;s signing key</source>
        <translation>თქვენი ჯგუფის ხელმოწერის გასაღების შექმნა</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It shows Coact that the file comes from your group.</source>
        <translation>ის Coact-ს აჩვენებს, რომ ფაილი თქვენი ჯგუფისგანაა.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is your group&apos;s first export. Coact Desktop now makes a signing key, so that Coact can tell that later files come from you. Choose a passphrase of at least 8 characters. Nobody can recover a forgotten passphrase, not even Coact: write it down somewhere safe.</source>
        <translation>ეს თქვენი ჯგუფის პირველი ექსპორტია. Coact Desktop ახლა შექმნის ხელმოწერის გასაღებს, რომ Coact-მა შემდეგშიც იცოდეს, რომ ფაილები თქვენგანაა. აირჩიეთ საიდუმლო ფრაზა, რომელიც მინიმუმ 8 სიმბოლოსგან შედგება. დავიწყებულ საიდუმლო ფრაზას ვერავინ აღადგენს, Coact-იც კი: ჩაიწერეთ ის უსაფრთხო ადგილას.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlock your group&apos;s signing key</source>
        <translation>თქვენი ჯგუფის ხელმოწერის გასაღების გახსნა</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key signs the file, so Coact knows it is yours.</source>
        <translation>გასაღები ფაილს ხელს აწერს, რომ Coact-მა იცოდეს, რომ ის თქვენია.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the passphrase of your group&apos;s signing key.</source>
        <translation>აკრიფეთ თქვენი ჯგუფის ხელმოწერის გასაღების საიდუმლო ფრაზა.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking the passphrase…</source>
        <translation>საიდუმლო ფრაზა მოწმდება…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Wrong passphrase. Type it again; check the keyboard&apos;s language and Caps Lock.</source>
        <translation>საიდუმლო ფრაზა არ ემთხვევა. აკრიფეთ ხელახლა; შეამოწმეთ კლავიატურის ენა და Caps Lock.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The two passphrases differ.</source>
        <translation>ორი საიდუმლო ფრაზა ერთმანეთს არ ემთხვევა.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least 8 characters, please.</source>
        <translation>გთხოვთ, შეიყვანოთ მინიმუმ 8 სიმბოლო.</translation>
    </message>
</context>
<context>
    <name>KeysMenu</name>
    <message>
        <location filename="../src/coact_desktop/gui/keys_menu.py" line="+28"/>
        <source>Your group&apos;s signing key…</source>
        <translation>თქვენი ჯგუფის ხელმოწერის გასაღები…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up the signing key…</source>
        <translation>ხელმოწერის გასაღების სარეზერვო ასლის შექმნა…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the signing key from a backup…</source>
        <translation>ხელმოწერის გასაღების აღდგენა სარეზერვო ასლიდან…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the public key…</source>
        <translation>საჯარო გასაღების შენახვა…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the key with a new one…</source>
        <translation>გასაღების შეცვლა ახლით…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key {key}

Its words, to read out to Coact by phone:
{words}</source>
        <translation>გასაღები {key}

მისი სიტყვები, Coact-ისთვის ტელეფონით წასაკითხად:
{words}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signing key</source>
        <extracomment>The group&apos;s own key that signs its bundles.</extracomment>
        <translation>ხელმოწერის გასაღები</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your group has no signing key yet: it is made on the first export.</source>
        <translation>თქვენს ჯგუფს ჯერ ხელმოწერის გასაღები არ აქვს: ის პირველი ექსპორტისას შეიქმნება.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+13"/>
        <source>Back up the signing key</source>
        <translation>ხელმოწერის გასაღების სარეზერვო ასლი</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Passphrase of the signing key:</source>
        <translation>ხელმოწერის გასაღების საიდუმლო ფრაზა:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key backup is in {path}. It is still locked by the passphrase: keep the file and the passphrase in different places.</source>
        <translation>გასაღების სარეზერვო ასლი აქ არის: {path}. ის კვლავ დაკეტილია საიდუმლო ფრაზით: ფაილი და საიდუმლო ფრაზა სხვადასხვა ადგილას შეინახეთ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>Restore the signing key</source>
        <translation>ხელმოწერის გასაღების აღდგენა</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Passphrase of the backed-up key:</source>
        <translation>სარეზერვო ასლის გასაღების საიდუმლო ფრაზა:</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <source>Save the public key</source>
        <translation>საჯარო გასაღების შენახვა</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase of the current key:</source>
        <translation>მიმდინარე გასაღების საიდუმლო ფრაზა:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase for the new key (at least 8 characters):</source>
        <translation>ახალი გასაღების საიდუმლო ფრაზა (მინიმუმ 8 სიმბოლო):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new passphrase again:</source>
        <translation>ახალი საიდუმლო ფრაზა ხელახლა:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>New key</source>
        <translation>ახალი გასაღები</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The two passphrases differ.</source>
        <translation>ორი საიდუმლო ფრაზა ერთმანეთს არ ემთხვევა.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your group now signs with key {key}; the old key signed the hand-over, and your next file carries it.

Its words:
{words}</source>
        <translation>თქვენი ჯგუფი ახლა ხელს აწერს გასაღებით {key}; გადაცემას ხელი ძველმა გასაღებმა მოაწერა, და თქვენს შემდეგ ფაილს ეს ჩანაწერი თან ექნება.

მისი სიტყვები:
{words}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Passphrase</source>
        <translation>საიდუმლო ფრაზა</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../src/coact_desktop/gui/language_menu.py" line="+57"/>
        <source>Follow the &amp;system</source>
        <translation>&amp;სისტემის მიხედვით</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Everything you have written stays as it is.</source>
        <translation>ყველაფერი, რაც დაწერეთ, ისე დარჩება, როგორც არის.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next time it starts, Coact Desktop will be in this language: {language}.</source>
        <translation>შემდეგი გაშვებისას Coact Desktop ამ ენაზე იქნება: {language}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coact Desktop will follow the system&apos;s language the next time it starts.</source>
        <translation>შემდეგი გაშვებისას Coact Desktop სისტემის ენას გამოიყენებს.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>ენა</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/coact_desktop/gui/damaged_library.py" line="+28"/>
        <source>The library database is damaged</source>
        <translation>ბიბლიოთეკის მონაცემთა ბაზა დაზიანებულია</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile database is damaged. Restore the newest backup ({name})? Changes made since that backup was taken are not in it; the damaged file is kept aside.</source>
        <translation>პროფილის მონაცემთა ბაზა დაზიანებულია. აღვადგინოთ უახლესი სარეზერვო ასლი ({name})? ცვლილებები, რომლებიც ამ ასლის შექმნის შემდეგ გაკეთდა, მასში არ არის; დაზიანებული ფაილი ცალკე შეინახება.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/gui/main_window.py" line="+80"/>
        <location line="+635"/>
        <source>A history of drug user organising</source>
        <translation>ნარკოტიკების მომხმარებელთა ორგანიზების ისტორია</translation>
    </message>
    <message>
        <location line="-609"/>
        <source>A history of drug user organising
by Mat Southwell and Lana Durjava, Coact</source>
        <translation>ნარკოტიკების მომხმარებელთა ორგანიზების ისტორია
ავტორები: Mat Southwell და Lana Durjava, Coact</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Authors</source>
        <extracomment>The line naming who wrote the history.</extracomment>
        <translation>ავტორები</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edition</source>
        <translation>გამოცემა</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Views</source>
        <extracomment>The tabs of the main window (Read, Organisations, Timeline, Search, drafts).</extracomment>
        <translation>ფანჯრის ხედები</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read</source>
        <extracomment>Tab where the history is read (a verb, like &apos;Search&apos;).</extracomment>
        <translation>კითხვა</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Organisations</source>
        <translation>ორგანიზაციები</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>ქრონოლოგია</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>ძებნა</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our group&apos;s history</source>
        <translation>ჩვენი ჯგუფის ისტორია</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Opening the library…</source>
        <translation>ბიბლიოთეკა იხსნება…</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Edition {number}, {date}</source>
        <translation>გამოცემა {number}, {date}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inbox</source>
        <extracomment>Tab (Coact&apos;s staff only) listing bundles received from groups.</extracomment>
        <translation>შემოსულები</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reading the last edition published…</source>
        <translation>ბოლოს გამოქვეყნებული გამოცემა იკითხება…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The editions workspace cannot open</source>
        <translation>გამოცემების სამუშაო სივრცე ვერ იხსნება</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a file</source>
        <translation>ფაილის იმპორტი</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coact files (*.coactpack *.coactanswer *.coact);;All files (*)</source>
        <translation>Coact-ის ფაილები (*.coactpack *.coactanswer *.coact);;ყველა ფაილი (*)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Coact&apos;s answer is on the draft it answers.</source>
        <translation>Coact-ის პასუხი ახლა ჩანს იმ მონახაზთან, რომელსაც ის ეხება.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coact&apos;s answer was not imported. {reason}</source>
        <translation>Coact-ის პასუხის იმპორტი არ გაკეთდა. {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not imported</source>
        <translation>იმპორტი არ გაკეთდა</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copy the library to a stick</source>
        <translation>ბიბლიოთეკის კოპირება ფლეშკაზე</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy Coact Desktop to a stick</source>
        <translation>Coact Desktop-ის კოპირება ფლეშკაზე</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Copied to {path}. Whoever gets it can check it as you did.</source>
        <translation>დაკოპირდა აქ: {path}. ვინც მას მიიღებს, შეძლებს შეამოწმოს ისე, როგორც თქვენ.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This is the edition the program came with: nothing new yet.</source>
        <translation>ეს ის გამოცემაა, რომელიც პროგრამას მოჰყვა: ჯერ ახალი არაფერია.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Preparing search…</source>
        <translation>ძებნა მზადდება…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Search is not ready. It will be set up the next time you start Coact Desktop.</source>
        <translation>ძებნა ჯერ მზად არ არის. ის მომზადდება Coact Desktop-ის შემდეგი გაშვებისას.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search is not available: {reason}</source>
        <translation>ძებნა მიუწვდომელია: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Coact Desktop cannot open the library</source>
        <translation>Coact Desktop ვერ ხსნის ბიბლიოთეკას</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>(no name yet)</source>
        <translation>(ჯერ უსახელო)</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Some changes are not saved</source>
        <translation>ზოგიერთი ცვლილება არ არის შენახული</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last changes to your draft could not be saved: {reason}

Keep the window open and try again? If you close now, those changes are lost.</source>
        <translation>თქვენი მონახაზის ბოლო ცვლილებების შენახვა ვერ მოხერხდა: {reason}

დავტოვოთ ფანჯარა ღია და ისევ ვცადოთ? თუ ახლა დახურავთ, ეს ცვლილებები დაიკარგება.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../src/coact_desktop/gui/notice_bar.py" line="+28"/>
        <source>Notice</source>
        <translation>შეტყობინება</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>დახურვა</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the notice</source>
        <translation>შეტყობინების დახურვა</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../src/coact_desktop/gui/export_wizard.py" line="+36"/>
        <source>Where to save the file</source>
        <translation>ფაილის შენახვის ადგილი</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history becomes one file. Take it to Coact on a USB stick, or send it by e-mail or messenger.</source>
        <translation>ისტორია ერთ ფაილად იქცევა. მიიტანეთ ის Coact-ში USB ფლეშკით, ან გაგზავნეთ ელფოსტით ან მესენჯერით.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder</source>
        <translation>საქაღალდე</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>არჩევა…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypt it so that only Coact can read it</source>
        <translation>დაშიფვრა, რომ მისი წაკითხვა მხოლოდ Coact-ს შეეძლოს</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without encryption, anyone who gets the file (on a lost USB stick, in an e-mail account, on a phone) can read everything in it. Only send it unencrypted if you are sure.</source>
        <translation>დაშიფვრის გარეშე ყველას, ვისაც ფაილი ხელში ჩაუვარდება (დაკარგულ USB ფლეშკაზე, ელფოსტის ანგარიშში, ტელეფონზე), შეუძლია წაიკითხოს ყველაფერი, რაც მასშია. დაუშიფრავად გააგზავნეთ მხოლოდ მაშინ, თუ დარწმუნებული ხართ.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Folder:</source>
        <translation>საქაღალდე:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name:</source>
        <translation>ფაილის სახელი:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a folder</source>
        <translation>აირჩიეთ საქაღალდე</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no such folder. Choose one with “Choose…”.</source>
        <translation>ასეთი საქაღალდე არ არსებობს. აირჩიეთ საქაღალდე ღილაკით „არჩევა…“.</translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <location filename="../src/coact_desktop/gui/organisations_view.py" line="+38"/>
        <source>Filter by name, other spelling, country or city</source>
        <translation>გაფილტვრა სახელით, სხვა დაწერილობით, ქვეყნით ან ქალაქით</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter organisations</source>
        <translation>ორგანიზაციების გაფილტვრა</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation</source>
        <translation>ორგანიზაცია</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+111"/>
        <source>Other spellings</source>
        <extracomment>Column: other names or spellings of the same organisation.</extracomment>
        <translation>სხვა დაწერილობები</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Country or region</source>
        <translation>ქვეყანა ან რეგიონი</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+115"/>
        <source>City</source>
        <translation>ქალაქი</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+116"/>
        <source>Founded</source>
        <translation>დაარსდა</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+116"/>
        <source>Ended</source>
        <extracomment>Column: the year the organisation stopped working.</extracomment>
        <translation>დაიხურა</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Mentions</source>
        <extracomment>Column: how many passages of the history name the organisation.</extracomment>
        <translation>ხსენებები</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Organisations</source>
        <translation>ორგანიზაციები</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Organisation details and passages</source>
        <translation>ორგანიზაციის მონაცემები და ფრაგმენტები</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose an organisation to see what the history says of it, and every passage that names it.</source>
        <translation>აირჩიეთ ორგანიზაცია, რომ ნახოთ, რას ამბობს მასზე ისტორია, და ყველა ფრაგმენტი, სადაც ის არის ნახსენები.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Country</source>
        <translation>ქვეყანა</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>რეგიონი</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Models of organising</source>
        <translation>ორგანიზების მოდელები</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Passages that mention it ({count})</source>
        <translation>ფრაგმენტები, სადაც ის არის ნახსენები ({count})</translation>
    </message>
</context>
<context>
    <name>PaperKeyDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/paper_key_dialog.py" line="+32"/>
        <source>Paper backup of the key</source>
        <translation>გასაღების სარეზერვო ასლი ქაღალდზე</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the drafts with the paper key</source>
        <translation>მონახაზების გახსნა ქაღალდის გასაღებით</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase</source>
        <translation>საიდუმლო ფრაზა</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>Paper key</source>
        <translation>ქაღალდის გასაღები</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>New passphrase</source>
        <translation>ახალი საიდუმლო ფრაზა</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again</source>
        <translation>ახალი საიდუმლო ფრაზა ხელახლა</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;საიდუმლო ფრაზა:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper &amp;key:</source>
        <translation>&amp;ქაღალდის გასაღები:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;ახალი საიდუმლო ფრაზა:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;ხელახლა:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Problem</source>
        <translation>პრობლემა</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Show the key</source>
        <translation>გასაღების &amp;ჩვენება</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Open and set</source>
        <translation>&amp;გახსნა და დაყენება</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>If the passphrase is forgotten, this key written on paper opens the drafts and lets you choose a new passphrase. Anyone who has the paper and this laptop can read the drafts: keep it somewhere safe, away from the laptop, or do without it.

Type the passphrase to show the key.</source>
        <translation>თუ საიდუმლო ფრაზა დაგავიწყდებათ, ქაღალდზე ჩაწერილი ეს გასაღები მონახაზებს გახსნის და ახალი საიდუმლო ფრაზის არჩევის საშუალებას მოგცემთ. ნებისმიერს, ვისაც ეს ქაღალდი და ეს ლეპტოპი ექნება, მონახაზების წაკითხვა შეეძლება: შეინახეთ ის უსაფრთხო ადგილას, ლეპტოპისგან შორს, ან საერთოდ ნუ ჩაიწერთ.

გასაღების სანახავად აკრიფეთ საიდუმლო ფრაზა.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the 14 groups written on the paper, then choose a new passphrase. A duress passphrase, if one was set, is removed: set it again afterwards.</source>
        <translation>აკრიფეთ ქაღალდზე ჩაწერილი 14 ჯგუფი, შემდეგ აირჩიეთ ახალი საიდუმლო ფრაზა. იძულების საიდუმლო ფრაზა, თუ დაყენებული იყო, წაიშლება: შემდეგ დააყენეთ ის ხელახლა.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the passphrase.</source>
        <translation>აკრიფეთ საიდუმლო ფრაზა.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the paper key.</source>
        <translation>აკრიფეთ ქაღალდის გასაღები.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>აირჩიეთ საიდუმლო ფრაზა, რომელიც მინიმუმ 8 სიმბოლოსგან შედგება.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the same new passphrase twice.</source>
        <translation>აკრიფეთ ერთი და იგივე ახალი საიდუმლო ფრაზა ორჯერ.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening…</source>
        <translation>იხსნება…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Close</source>
        <translation>&amp;დახურვა</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy it onto paper, in this order. It changes only after a quick delete.</source>
        <translation>გადაწერეთ ის ქაღალდზე, ზუსტად ამ რიგით. ის მხოლოდ სწრაფი წაშლის შემდეგ იცვლება.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/passphrase_dialog.py" line="+40"/>
        <source>Protect drafts with a passphrase</source>
        <translation>მონახაზების დაცვა საიდუმლო ფრაზით</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the passphrase</source>
        <translation>საიდუმლო ფრაზის შეცვლა</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Duress passphrase</source>
        <translation>იძულების საიდუმლო ფრაზა</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Passphrase</source>
        <translation>საიდუმლო ფრაზა</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>ახალი საიდუმლო ფრაზა</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again</source>
        <translation>ახალი საიდუმლო ფრაზა ხელახლა</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duress passphrase again</source>
        <translation>იძულების საიდუმლო ფრაზა ხელახლა</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also set a &amp;duress passphrase</source>
        <translation>ასევე &amp;იძულების საიდუმლო ფრაზის დაყენება</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typing the duress passphrase &amp;quick-deletes the drafts first, for good</source>
        <translation>იძულების საიდუმლო ფრაზის აკრეფა ჯერ &amp;მონახაზებს სწრაფად და სამუდამოდ წაშლის</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;საიდუმლო ფრაზა:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;ახალი საიდუმლო ფრაზა:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;ხელახლა:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>D&amp;uress passphrase:</source>
        <translation>ი&amp;ძულების საიდუმლო ფრაზა:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duress a&amp;gain:</source>
        <translation>იძულების საიდუმლო ფრაზა ხელახ&amp;ლა:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Problem</source>
        <translation>პრობლემა</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Protect</source>
        <translation>&amp;დაცვა</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange</source>
        <translation>&amp;შეცვლა</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Set</source>
        <translation>და&amp;ყენება</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove the duress passphrase</source>
        <translation>იძულების საიდუმლო ფრაზის &amp;წაშლა</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing is re-encrypted: the drafts keep their key, and only the passphrase that opens it changes.</source>
        <translation>ხელახლა არაფერი იშიფრება: მონახაზებს თავისი გასაღები რჩება და იცვლება მხოლოდ საიდუმლო ფრაზა, რომელიც ამ გასაღებს ხსნის.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Typed instead of the passphrase, a duress passphrase opens the program with none of your drafts in it, and nothing on the screen says which one was typed. It does not protect against a copy of the disk made before it was typed.</source>
        <translation>თუ საიდუმლო ფრაზის ნაცვლად იძულების საიდუმლო ფრაზას აკრეფთ, პროგრამა გაიხსნება ისე, რომ მასში თქვენი არცერთი მონახაზი არ იქნება, და ეკრანზე არაფერი მიუთითებს, რომელი მათგანი აიკრიფა. იძულების საიდუმლო ფრაზა არ დაგიცავთ დისკის იმ ასლისგან, რომელიც მის აკრეფამდე გაკეთდა.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The duress passphrase must differ from your usual passphrase.</source>
        <translation>იძულების საიდუმლო ფრაზა თქვენი ჩვეულებრივი საიდუმლო ფრაზისგან უნდა განსხვავდებოდეს.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Type the passphrase that opens the drafts now.</source>
        <translation>აკრიფეთ საიდუმლო ფრაზა, რომლითაც მონახაზები ახლა იხსნება.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Your drafts, the people named in them, the inbox and the group&apos;s signing key will be encrypted on this computer. Each time the program starts you type the passphrase once to open them; the history can be read without it.

If you forget this passphrase, nobody can open your drafts again, not even Coact. Write it on paper and keep it somewhere safe, away from the laptop.</source>
        <translation>თქვენი მონახაზები, მათში დასახელებული ადამიანები, შემოსულები და ჯგუფის ხელმოწერის გასაღები ამ კომპიუტერზე დაიშიფრება. პროგრამის ყოველი გაშვებისას მათ გასახსნელად საიდუმლო ფრაზას ერთხელ აკრეფთ; ისტორიის წაკითხვა მის გარეშეც შეიძლება.

თუ ამ საიდუმლო ფრაზას დაივიწყებთ, თქვენს მონახაზებს ვეღარავინ გახსნის, Coact-იც კი. ჩაიწერეთ ის ქაღალდზე და შეინახეთ უსაფრთხო ადგილას, ლეპტოპისგან შორს.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>აირჩიეთ საიდუმლო ფრაზა, რომელიც მინიმუმ 8 სიმბოლოსგან შედგება.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the same new passphrase twice.</source>
        <translation>აკრიფეთ ერთი და იგივე ახალი საიდუმლო ფრაზა ორჯერ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a duress passphrase of at least 8 characters.</source>
        <translation>აირჩიეთ იძულების საიდუმლო ფრაზა, რომელიც მინიმუმ 8 სიმბოლოსგან შედგება.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the same duress passphrase twice.</source>
        <translation>აკრიფეთ ერთი და იგივე იძულების საიდუმლო ფრაზა ორჯერ.</translation>
    </message>
</context>
<context>
    <name>PeopleTable</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_tables.py" line="-277"/>
        <location line="+182"/>
        <source>Consent</source>
        <translation>თანხმობა</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Real name</source>
        <translation>ნამდვილი სახელი</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pseudonym</source>
        <translation>ფსევდონიმი</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add person</source>
        <translation>ადამიანის დამატება</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People and their consent</source>
        <translation>ადამიანები და მათი თანხმობა</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Named, with consent</source>
        <extracomment>Consent of a person named in the draft (a choice in the people table).</extracomment>
        <translation>დასახელებული, თანხმობით</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pseudonym only</source>
        <translation>მხოლოდ ფსევდონიმი</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withheld: not shown</source>
        <translation>დამალული: არ ჩანს</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_dialogs.py" line="+57"/>
        <source>Group profile</source>
        <translation>ჯგუფის პროფილი</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language of the draft</source>
        <translation>მონახაზის ენა</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The group&apos;s name</source>
        <translation>ჯგუფის სახელი</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not given</source>
        <extracomment>Shown in the &apos;year founded&apos; field when the group gave no year.</extracomment>
        <translation>არ არის მითითებული</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not given</source>
        <translation>არ არის მითითებული</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, still active</source>
        <translation>დიახ, ჯერ კიდევ აქტიურია</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, no longer active</source>
        <translation>არა, აღარ არის აქტიური</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. English, Russian</source>
        <translation>მაგ., ინგლისური, რუსული</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models of organising</source>
        <translation>ორგანიზების მოდელები</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>სახელი</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>ქვეყანა</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>ქალაქი</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year founded</source>
        <translation>დაარსების წელი</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still active</source>
        <translation>ჯერ კიდევ აქტიურია</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>ენები</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This history is written in</source>
        <translation>ამ ისტორიის ენა</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The group&apos;s models of organising</source>
        <translation>ჯგუფის ორგანიზების მოდელები</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the group&apos;s name to go on; everything else can wait.</source>
        <translation>გასაგრძელებლად მიუთითეთ ჯგუფის სახელი; დანარჩენი შეიძლება მოიცადოს.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is missing</source>
        <translation>რა აკლია</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Give the group&apos;s name first.</source>
        <translation>ჯერ მიუთითეთ ჯგუფის სახელი.</translation>
    </message>
</context>
<context>
    <name>ProfileSafety</name>
    <message>
        <location filename="../src/coact_desktop/gui/profile_safety.py" line="+51"/>
        <location line="+60"/>
        <source>&amp;Protect drafts with a passphrase…</source>
        <translation>&amp;მონახაზების დაცვა საიდუმლო ფრაზით…</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>D&amp;uress passphrase…</source>
        <translation>ი&amp;ძულების საიდუმლო ფრაზა…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper &amp;backup of the key…</source>
        <translation>გასაღების სარეზერვო ასლი &amp;ქაღალდზე…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock drafts</source>
        <translation>მონახაზების &amp;დაკეტვა</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock &amp;when idle</source>
        <translation>&amp;უმოქმედობისას დაკეტვა</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After {minutes} minutes</source>
        <translation>{minutes} წუთის შემდეგ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never</source>
        <translation>არასდროს</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quick delete after wron&amp;g passphrases</source>
        <translation>სწრაფი წაშლა არასწორი საიდუმლო &amp;ფრაზების შემდეგ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After {count} wrong passphrases in a row</source>
        <translation>ზედიზედ {count} არასწორი საიდუმლო ფრაზის შემდეგ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never</source>
        <comment>quick delete after wrong passphrases</comment>
        <extracomment>The choice that leaves quick delete after wrong passphrases off.</extracomment>
        <translation>არასდროს</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quic&amp;k delete…</source>
        <translation>&amp;სწრაფი წაშლა…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Change the &amp;passphrase…</source>
        <translation>საიდუმლო ფრაზის &amp;შეცვლა…</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The drafts are locked.</source>
        <translation>მონახაზები დაკეტილია.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Your drafts, their photos and files, the inbox and the keys are now encrypted on this computer.</source>
        <translation>თქვენი მონახაზები, მათი ფოტოები და ფაილები, შემოსულები და გასაღებები ახლა ამ კომპიუტერზე დაშიფრულია.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase was changed.</source>
        <translation>საიდუმლო ფრაზა შეიცვალა.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The duress passphrase was removed.</source>
        <translation>იძულების საიდუმლო ფრაზა წაიშალა.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The duress passphrase was set.</source>
        <translation>იძულების საიდუმლო ფრაზა დაყენდა.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Encrypting your drafts…</source>
        <translation>თქვენი მონახაზები იშიფრება…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Protect drafts with a passphrase</source>
        <translation>მონახაზების დაცვა საიდუმლო ფრაზით</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypting your drafts and sealing their photos and files…</source>
        <translation>თქვენი მონახაზები და მათზე დართული ფოტოები და ფაილები იშიფრება…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled: the drafts are not protected, as before.</source>
        <translation>გაუქმდა: მონახაზები, როგორც ადრე, დაცული არ არის.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing was changed</source>
        <translation>არაფერი შეცვლილა</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Quick delete after wrong passphrases</source>
        <translation>სწრაფი წაშლა არასწორი საიდუმლო ფრაზების შემდეგ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After {count} wrong passphrases in a row, your drafts, the inbox, photos, keys and backups are destroyed for good, as by quick delete, and nothing on the screen says so.

A mistyped passphrase, another keyboard language or a child at the keyboard can set it off. It does not help against someone who copies the disk before trying. Turn it on?</source>
        <translation>ზედიზედ {count} არასწორი საიდუმლო ფრაზის შემდეგ თქვენი მონახაზები, შემოსულები, ფოტოები, გასაღებები და სარეზერვო ასლები სამუდამოდ განადგურდება, როგორც სწრაფი წაშლისას, და ეკრანზე ამას არაფერი მიუთითებს.

ეს შეიძლება გამოიწვიოს შეცდომით აკრეფილმა საიდუმლო ფრაზამ, კლავიატურის სხვა ენამ ან კლავიატურასთან მჯდომმა ბავშვმა. ეს ვერ დაგიცავთ ადამიანისგან, რომელიც ცდამდე დისკის ასლს გააკეთებს. ჩავრთოთ?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Turn it on</source>
        <translation>&amp;ჩართვა</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Quick delete after wrong passphrases is off.</source>
        <translation>სწრაფი წაშლა არასწორი საიდუმლო ფრაზების შემდეგ გამორთულია.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After {count} wrong passphrases in a row, everything private is deleted.</source>
        <translation>ზედიზედ {count} არასწორი საიდუმლო ფრაზის შემდეგ ყველაფერი პირადი წაიშლება.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The drafts are open, under the new passphrase. Set a duress passphrase again if you had one.</source>
        <translation>მონახაზები გახსნილია და ახლა ახალი საიდუმლო ფრაზით იხსნება. თუ იძულების საიდუმლო ფრაზა გქონდათ, დააყენეთ ის ხელახლა.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Deleting…</source>
        <translation>იშლება…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Quick delete</source>
        <translation>სწრაფი წაშლა</translation>
    </message>
</context>
<context>
    <name>ProgramShare</name>
    <message>
        <location filename="../src/coact_desktop/gui/program_share.py" line="+42"/>
        <location line="+55"/>
        <source>Copy Coact Desktop to a stick</source>
        <translation>Coact Desktop-ის კოპირება ფლეშკაზე</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Copying Coact Desktop and checking the copy…</source>
        <translation>Coact Desktop კოპირდება და ასლი მოწმდება…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Coact Desktop {version} is copied to {folder} and the copy checked. Whoever gets it can check it too: with this program (coact-desktop release verify FOLDER), or with sha256sum -c RELEASE-SHA256SUMS and minisign -V inside the folder.</source>
        <translation>Coact Desktop {version} დაკოპირდა საქაღალდეში {folder} და ასლი შემოწმდა. ვინც მას მიიღებს, თავადაც შეძლებს შემოწმებას: ამ პროგრამით (coact-desktop release verify FOLDER), ან საქაღალდის შიგნით ბრძანებებით sha256sum -c RELEASE-SHA256SUMS და minisign -V.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The library&apos;s newest edition is copied to {path}.</source>
        <translation>ბიბლიოთეკის უახლესი გამოცემა დაკოპირდა აქ: {path}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied</source>
        <extracomment>Title of a message: the program&apos;s files were copied.</extracomment>
        <translation>დაკოპირდა</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coact Desktop is copied to {folder}.</source>
        <translation>Coact Desktop დაკოპირდა საქაღალდეში {folder}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was copied.</source>
        <translation>არაფერი დაკოპირებულა.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../src/coact_desktop/gui/task_progress.py" line="+15"/>
        <source>Cancel</source>
        <translation>გაუქმება</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../src/coact_desktop/words/qt_words.py" line="+15"/>
        <source>OK</source>
        <extracomment>A button of a dialog (Qt&apos;s own word, as on every dialog of the system).</extracomment>
        <translation>დიახ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>გაუქმება</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>დახურვა</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;დიახ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;არა</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>შენახვა</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>გახსნა</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>გაუქმება</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>გადატარება</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>დახმარება</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location line="+2"/>
        <source>&lt; &amp;Back</source>
        <extracomment>A button of a step-by-step dialog (the send wizard): the step before.</extracomment>
        <translation>&lt; &amp;უკან</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next &gt;</source>
        <extracomment>The step after; in a right-to-left language, leave the arrow out.</extracomment>
        <translation>&amp;შემდეგი &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;დასრულება</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>გაუქმება</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;დახმარება</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>გადაცემა</translation>
    </message>
</context>
<context>
    <name>QuickDelete</name>
    <message>
        <location filename="../src/coact_desktop/words/quick_delete.py" line="+16"/>
        <source>the key to your drafts (destroyed first)</source>
        <translation>თქვენი მონახაზების გასაღები (განადგურდა პირველ რიგში)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the encrypted drafts, inbox and keys</source>
        <translation>დაშიფრული მონახაზები, შემოსულები და გასაღებები</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drafts, inbox and keys</source>
        <translation>მონახაზები, შემოსულები და გასაღებები</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>photos and files attached to drafts</source>
        <translation>მონახაზებზე დართული ფოტოები და ფაილები</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backups</source>
        <translation>სარეზერვო ასლები</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key files</source>
        <translation>გასაღების ფაილები</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the log</source>
        <translation>ჟურნალი</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>temporary files</source>
        <translation>დროებითი ფაილები</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the plan of the next edition</source>
        <translation>შემდეგი გამოცემის გეგმა</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the count of wrong passphrases</source>
        <translation>არასწორი საიდუმლო ფრაზების მთვლელი</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folders, files and drafts remembered in settings</source>
        <translation>პარამეტრებში დამახსოვრებული საქაღალდეები, ფაილები და მონახაზები</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There was nothing private to remove.</source>
        <translation>წასაშლელი პირადი არაფერი იყო.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed: {items}. The library is still here.</source>
        <extracomment>{items} is a list of what was removed, separated by semicolons.</extracomment>
        <translation>წაიშალა: {items}. ბიბლიოთეკა ისევ ადგილზეა.</translation>
    </message>
</context>
<context>
    <name>QuickDeleteDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/quick_delete_dialog.py" line="+26"/>
        <source>Quick delete</source>
        <translation>სწრაფი წაშლა</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delete</source>
        <extracomment>The word typed to confirm quick delete: one short, ordinary word.</extracomment>
        <translation>წაშლა</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This destroys, for good, your group&apos;s drafts and the people named in them, attached files, the inbox, keys, backups and the log. The history stays, so the program looks like any reader&apos;s. Nobody can bring the drafts back, not even with the passphrase.

Type {word} to go on.</source>
        <translation>ეს სამუდამოდ გაანადგურებს თქვენი ჯგუფის მონახაზებს და მათში დასახელებული ადამიანების სიას, დართულ ფაილებს, შემოსულებს, გასაღებებს, სარეზერვო ასლებს და ჟურნალს. ისტორია რჩება, ასე რომ, პროგრამა ისე გამოიყურება, როგორც ნებისმიერი მკითხველისა. მონახაზებს ვეღარავინ აღადგენს, საიდუმლო ფრაზითაც კი.

გასაგრძელებლად აკრიფეთ „{word}“.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Confirmation word</source>
        <extracomment>The field where the confirming word is typed.</extracomment>
        <translation>დამადასტურებელი სიტყვა</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Countdown</source>
        <translation>უკუთვლა</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete now</source>
        <translation>ახლავე &amp;წაშლა</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Deleting in {seconds}… Press Cancel or Esc to stop.</source>
        <translation>წაიშლება {seconds} წამში… შესაჩერებლად დააჭირეთ „გაუქმებას“ ან Esc-ს.</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../src/coact_desktop/gui/media_save.py" line="+32"/>
        <source>file from a group history</source>
        <translation>ფაილი ჯგუფის ისტორიიდან</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save a copy</source>
        <translation>ასლის შენახვა</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A copy is saved in {path}.</source>
        <translation>ასლი შენახულია აქ: {path}.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/gui/rendering.py" line="+28"/>
        <source>From the history of {group}, in its own words</source>
        <translation>{group}: ჯგუფის ისტორიიდან, მისივე სიტყვებით</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>PDF document</source>
        <translation>PDF დოკუმენტი</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>text file</source>
        <extracomment>Kind of an attached file, inside a sentence: lower case.</extracomment>
        <translation>ტექსტური ფაილი</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a copy ({kind}, {size})…</source>
        <translation>ასლის შენახვა ({kind}, {size})…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>under 1 KB</source>
        <translation>1 კბ-ზე ნაკლები</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} KB</source>
        <translation>{n} კბ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} MB</source>
        <translation>{n} მბ</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../src/coact_desktop/gui/reader_view.py" line="+93"/>
        <source>Chapter text</source>
        <translation>თავის ტექსტი</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>← Previous: {title}</source>
        <translation>← წინა: {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: {title} →</source>
        <translation>შემდეგი: {title} →</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_dialogs.py" line="+39"/>
        <source>Revision history</source>
        <translation>ვერსიების ისტორია</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revisions</source>
        <translation>ვერსიები</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/words/revisions.py" line="+15"/>
        <source>started</source>
        <extracomment>Why a revision of a draft was saved: the draft was started.</extracomment>
        <translation>დაიწყო</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imported</source>
        <extracomment>Why a revision was saved: the draft was imported from a file.</extracomment>
        <translation>იმპორტირდა</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saved while writing</source>
        <translation>შენახულია წერისას</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restored an earlier revision</source>
        <translation>აღდგა წინა ვერსია</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>შეიცვალა</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/gui/draft_dialogs.py" line="+3"/>
        <source>Revision {number} · {when} · {reason} · {size}</source>
        <extracomment>One line of the revision list: its number, date and time, why it was saved, length.</extracomment>
        <translation>ვერსია {number} · {when} · {reason} · {size}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Differences from the text now</source>
        <translation>განსხვავებები ახლანდელ ტექსტთან</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore this revision</source>
        <translation>ამ ვერსიის აღდგენა</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>დახურვა</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Timeline</source>
        <translation>ქრონოლოგია</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People and consent</source>
        <translation>ადამიანები და თანხმობა</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and files</source>
        <translation>ფოტოები და ფაილები</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>დიახ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>არა</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country</source>
        <translation>ქვეყანა</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>ქალაქი</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founded</source>
        <translation>დაარსდა</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still active</source>
        <translation>ჯერ კიდევ აქტიურია</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>ენები</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models of organising</source>
        <translation>ორგანიზების მოდელები</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the draft</source>
        <translation>მონახაზის ენა</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>undated</source>
        <extracomment>An event of the timeline that has no date.</extracomment>
        <translation>უთარიღო</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>named</source>
        <extracomment>Consent of a person in the draft: agreed to be named with the real name.</extracomment>
        <translation>დასახელებული</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pseudonym</source>
        <translation>ფსევდონიმი</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withheld</source>
        <extracomment>Consent of a person: neither the name nor the pseudonym is shown.</extracomment>
        <translation>დამალული</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../src/coact_desktop/gui/search_view.py" line="+39"/>
        <source>Search the history (Ctrl+K)</source>
        <translation>ისტორიაში ძებნა (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the history</source>
        <translation>ისტორიაში ძებნა</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by chapter</source>
        <translation>ფილტრი თავის მიხედვით</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by model of organising</source>
        <translation>ფილტრი ორგანიზების მოდელის მიხედვით</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by country</source>
        <translation>ფილტრი ქვეყნის მიხედვით</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by decade</source>
        <translation>ფილტრი ათწლეულის მიხედვით</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search results</source>
        <translation>ძებნის შედეგები</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>All chapters</source>
        <translation>ყველა თავი</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All models</source>
        <translation>ყველა მოდელი</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All countries</source>
        <translation>ყველა ქვეყანა</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All decades</source>
        <translation>ყველა ათწლეული</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Preparing search…</source>
        <translation>ძებნა მზადდება…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a word or a name. Word forms and misspellings are found too.</source>
        <translation>აკრიფეთ სიტყვა ან სახელი. მოიძებნება სიტყვის სხვა ფორმებიც და შეცდომით დაწერილი ვარიანტებიც.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No exact matches. Showing close spellings:</source>
        <translation>ზუსტი დამთხვევა ვერ მოიძებნა. ნაჩვენებია მსგავსად დაწერილი სიტყვები:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing found.</source>
        <translation>ვერაფერი მოიძებნა.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Coact&apos;s history is written in English: try an English word. Each group&apos;s own history is found in the language it is written in.</source>
        <translation>Coact-ის ისტორია ინგლისურ ენაზეა დაწერილი: სცადეთ ინგლისური სიტყვა. თითოეული ჯგუფის საკუთარი ისტორია მოიძებნება იმ ენაზე, რომელზეც არის დაწერილი.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{shown} of %n results</source>
        <extracomment>{shown} results are listed of %n found in all.</extracomment>
        <translation>
            <numerusform>ნაჩვენებია {shown}, სულ %n შედეგიდან</numerusform>
            <numerusform>ნაჩვენებია {shown}, სულ %n შედეგიდან</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n results</source>
        <translation>
            <numerusform>%n შედეგი</numerusform>
            <numerusform>%n შედეგი</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Did you mean {suggestion}?</source>
        <translation>იქნებ გულისხმობდით: {suggestion}?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{sentence}.</source>
        <extracomment>A sentence and the mark that ends it; in a language without one (Thai), only {sentence}.</extracomment>
        <translation>{sentence}.</translation>
    </message>
</context>
<context>
    <name>TextSize</name>
    <message numerus="yes">
        <location filename="../src/coact_desktop/words/text_size.py" line="+17"/>
        <source>%n words</source>
        <extracomment>The length of a draft, shown under its text and in the revision list.</extracomment>
        <translation>
            <numerusform>%n სიტყვა</numerusform>
            <numerusform>%n სიტყვა</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n characters</source>
        <extracomment>The length of a text in Thai, Lao, Khmer, Myanmar, Chinese or Japanese, which do not put spaces between words: its letters are counted instead.</extracomment>
        <translation>
            <numerusform>%n სიმბოლო</numerusform>
            <numerusform>%n სიმბოლო</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../src/coact_desktop/gui/timeline_view.py" line="+24"/>
        <source>Timeline</source>
        <translation>ქრონოლოგია</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{decade}s</source>
        <extracomment>A decade heading: {decade} is a year like 1990, so &apos;the 1990s&apos;.</extracomment>
        <translation>{decade}-იანი წლები</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open this passage in the reader</source>
        <translation>ამ ფრაგმენტის გახსნა კითხვის ჩანართში</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <location filename="../src/coact_desktop/gui/unlock_panel.py" line="+24"/>
        <source>Your group&apos;s drafts are locked</source>
        <translation>თქვენი ჯგუფის მონახაზები დაკეტილია</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>They are encrypted on this computer. Type your passphrase to open them. The history can be read and searched without it.</source>
        <translation>ისინი ამ კომპიუტერზე დაშიფრულია. მათ გასახსნელად აკრიფეთ თქვენი საიდუმლო ფრაზა. ისტორიის კითხვა და მასში ძებნა მის გარეშეც შეიძლება.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase</source>
        <extracomment>The field where the passphrase of the group&apos;s drafts is typed.</extracomment>
        <translation>საიდუმლო ფრაზა</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unlock</source>
        <translation>&amp;გახსნა</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forgotten? Use the &amp;paper key…</source>
        <translation>დაგავიწყდათ? გამოიყენეთ &amp;ქაღალდის გასაღები…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem</source>
        <translation>პრობლემა</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Opening…</source>
        <translation>იხსნება…</translation>
    </message>
</context>
<context>
    <name>WhatsNewView</name>
    <message>
        <location filename="../src/coact_desktop/gui/whats_new_view.py" line="+39"/>
        <source>What&apos;s new in edition {edition}</source>
        <translation>რა არის ახალი გამოცემაში {edition}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;{title}&lt;/b&gt;, edition {edition}, from {date}.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;, გამოცემა {edition}, თარიღი: {date}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The editors wrote no notes for this edition.</source>
        <translation>რედაქტორებს ამ გამოცემისთვის შენიშვნები არ დაუწერიათ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chapters added, changed and removed</source>
        <translation>დამატებული, შეცვლილი და ამოღებული თავები</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chapter, with what changed marked</source>
        <translation>თავი, მონიშნული ცვლილებებით</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open this chapter</source>
        <translation>ამ თავის &amp;გახსნა</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Added ({n})</source>
        <extracomment>Heading in What&apos;s new: chapters added since the last edition; {n} is how many.</extracomment>
        <translation>დამატებულია ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed ({n})</source>
        <translation>შეცვლილია ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed ({n})</source>
        <translation>ამოღებულია ({n})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No chapter changed in this edition.</source>
        <translation>ამ გამოცემაში არცერთი თავი არ შეცვლილა.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>New in this edition.</source>
        <translation>ახალია ამ გამოცემაში.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No longer in this edition.</source>
        <translation>ამ გამოცემაში აღარ არის.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Struck-through words were taken out; underlined words are new.</source>
        <translation>გადახაზული სიტყვები ამოღებულია; ხაზგასმული სიტყვები ახალია.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../src/coact_desktop/gui/window_menus.py" line="+34"/>
        <source>&amp;File</source>
        <translation>&amp;ფაილი</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New draft…</source>
        <translation>&amp;ახალი მონახაზი…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import a file…</source>
        <translation>ფაილის &amp;იმპორტი…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy the library to a stick…</source>
        <translation>&amp;ბიბლიოთეკის კოპირება ფლეშკაზე…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Coact &amp;Desktop to a stick…</source>
        <translation>Coact &amp;Desktop-ის კოპირება ფლეშკაზე…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export the open draft…</source>
        <translation>გახსნილი მონახაზის &amp;ექსპორტი…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;გასვლა</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;ხედი</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find in chapter</source>
        <translation>თავში &amp;ძებნა</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search the history</source>
        <translation>&amp;ისტორიაში ძებნა</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What&apos;s new in this edition</source>
        <translation>&amp;რა არის ახალი ამ გამოცემაში</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous chapter</source>
        <translation>&amp;წინა თავი</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ne&amp;xt chapter</source>
        <translation>&amp;შემდეგი თავი</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;გადიდება</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;დაპატარავება</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Normal size</source>
        <translation>&amp;ჩვეულებრივი ზომა</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language</source>
        <translation>&amp;ენა</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keys</source>
        <translation>&amp;გასაღებები</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Coact</source>
        <translation>&amp;Coact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inbox of received files</source>
        <translation>&amp;შემოსულები (მიღებული ფაილები)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Editions workspace…</source>
        <translation>&amp;გამოცემების სამუშაო სივრცე…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open received files…</source>
        <translation>&amp;მიღებული ფაილების გახსნა…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;დახმარება</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;კლავიატურის მალსახმობები</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Coact Desktop</source>
        <translation>Coact Desktop-ის &amp;შესახებ</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>In a draft: text, timeline, people, files</source>
        <translation>მონახაზში: ტექსტი, ქრონოლოგია, ადამიანები, ფაილები</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a draft&apos;s timeline or people: add a row</source>
        <translation>მონახაზის ქრონოლოგიაში ან ადამიანების სიაში: სტრიქონის დამატება</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a draft&apos;s text: bold, link</source>
        <translation>მონახაზის ტექსტში: მუქი, ბმული</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a table: the next or the previous cell</source>
        <translation>ცხრილში: შემდეგი ან წინა უჯრა</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keyboard shortcuts</source>
        <translation>კლავიატურის მალსახმობები</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About Coact Desktop</source>
        <translation>Coact Desktop-ის შესახებ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Coact Desktop {version}&lt;/h3&gt;&lt;p&gt;A history of drug user organising, written by Mat Southwell and Lana Durjava, Coact. The text is reproduced verbatim.&lt;/p&gt;&lt;p&gt;Works offline. Nothing is sent anywhere.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Coact Desktop {version}&lt;/h3&gt;&lt;p&gt;ნარკოტიკების მომხმარებელთა ორგანიზების ისტორია. ავტორები: Mat Southwell და Lana Durjava, Coact. ტექსტი სიტყვასიტყვით არის მოყვანილი.&lt;/p&gt;&lt;p&gt;მუშაობს ინტერნეტის გარეშე. არსად არაფერი იგზავნება.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>WritePage</name>
    <message>
        <location filename="../src/coact_desktop/gui/export_write_page.py" line="+33"/>
        <location line="+59"/>
        <source>Writing the file</source>
        <translation>ფაილის ჩაწერა</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>This takes a moment; Cancel stops it and leaves nothing behind.</source>
        <translation>ამას ცოტა დრო სჭირდება; ღილაკი „გაუქმება“ შეაჩერებს პროცესს და არაფერს დატოვებს.</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Progress</source>
        <translation>მიმდინარეობა</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Key fingerprint words</source>
        <translation>გასაღების სიტყვები</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show the folder</source>
        <translation>საქაღალდის ჩვენება</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the file&apos;s path</source>
        <translation>ფაილის მისამართის კოპირება</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back, to change the folder or the key</source>
        <translation>უკან, საქაღალდის ან გასაღების შესაცვლელად</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Signing and writing…</source>
        <translation>ხელის მოწერა და ჩაწერა…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The file is ready</source>
        <translation>ფაილი მზადაა</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send it to Coact in any way that suits you.</source>
        <translation>გაუგზავნეთ ის Coact-ს ნებისმიერი თქვენთვის მოსახერხებელი გზით.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} KB</source>
        <translation>{n} კბ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} MB</source>
        <translation>{n} მბ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written: {path} ({size}).</source>
        <translation>ჩაწერილია: {path} ({size}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is file number {n} from your group.</source>
        <translation>ეს თქვენი ჯგუფის ფაილია, ნომერი {n}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is NOT encrypted: keep it safe.</source>
        <translation>ის დაშიფრული არ არის: შეინახეთ უსაფრთხო ადგილას.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A signing key was made for your group. Make a backup of it (Keys → Back up the signing key…) and keep the passphrase apart from the backup.</source>
        <translation>თქვენი ჯგუფისთვის შეიქმნა ხელმოწერის გასაღები. შექმენით მისი სარეზერვო ასლი (გასაღებები → ხელმოწერის გასაღების სარეზერვო ასლის შექმნა…) და საიდუმლო ფრაზა სარეზერვო ასლისგან ცალკე შეინახეთ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When Coact receives your first file they will phone you to compare these words. Read them out; never send them with the file:</source>
        <translation>როცა Coact თქვენს პირველ ფაილს მიიღებს, დაგირეკავთ ამ სიტყვების შესადარებლად. წაუკითხეთ ისინი; არასოდეს გაგზავნოთ ისინი ფაილთან ერთად:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your key&apos;s words, in case Coact asks for them again (by phone, never with the file):</source>
        <translation>თქვენი გასაღების სიტყვები, თუ Coact ისევ მოგთხოვთ (ტელეფონით, არასოდეს ფაილთან ერთად):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing was written.</source>
        <translation>არაფერი ჩაწერილა.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file was not written. {reason}</source>
        <translation>ფაილი არ ჩაიწერა. {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No program to show folders was found. The file is here: {path}</source>
        <translation>საქაღალდეების საჩვენებელი პროგრამა ვერ მოიძებნა. ფაილი აქ არის: {path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied: {path}</source>
        <translation>დაკოპირდა: {path}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../src/coact_desktop/gui/app.py" line="+122"/>
        <source>Coact Desktop cannot start</source>
        <translation>Coact Desktop-ის გაშვება ვერ მოხერხდა</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Coact Desktop is already open with this profile. Use the window that is open (two windows could overwrite each other&apos;s writing).</source>
        <translation>Coact Desktop უკვე გახსნილია ამ პროფილით. გამოიყენეთ უკვე გახსნილი ფანჯარა (ორ ფანჯარას შეუძლია ერთმანეთის ნაწერი გადაფაროს).</translation>
    </message>
</context>
</TS>
