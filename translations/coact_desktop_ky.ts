<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky" sourcelanguage="en">
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/answer_dialog.py" line="+57"/>
        <source>Answer {group}, file {n}</source>
        <translation>{group} тобуна жооп, {n}-файл</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A word to the group</source>
        <translation>Топко сөз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not in an edition yet</source>
        <translation>азырынча басылышка кире элек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The edition the history went into</source>
        <translation>Тарых кирген басылыш</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history&apos;s sections</source>
        <translation>Тарыхтын бөлүмдөрү</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A note on this section</source>
        <translation>Бул бөлүм боюнча эскертме</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coact&apos;s wording of this section</source>
        <translation>Бул бөлүмдүн Coact сунуштаган тексти</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publishing key file</source>
        <translation>Жарыялоо ачкычынын файлы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase of the publishing key</source>
        <translation>Жарыялоо ачкычынын сырсөзү</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder to save the answer in</source>
        <translation>Жооп сактала турган папка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>W&amp;rite the answer…</source>
        <translation>Жоопту &amp;жазуу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Чечим:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;word to the group:</source>
        <translation>&amp;Топко сөз:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In &amp;edition:</source>
        <translation>&amp;Басылыш:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note on this section:</source>
        <translation>Бул бөлүм боюнча &amp;эскертме:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coact&apos;s wording (leave it as the group wrote it to suggest no change):</source>
        <translation>Coact сунуштаган текст (өзгөртүү сунуштабасаңыз, топ жазгандай калтырыңыз):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Sections:</source>
        <translation>Бө&amp;лүмдөр:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Тандоо…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publishing &amp;key:</source>
        <translation>Жарыялоо &amp;ачкычы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Сырсөз:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;to:</source>
        <translation>Сактоо &amp;папкасы:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The answer is encrypted to the group: only its program can read it.</source>
        <translation>Жооп топ үчүн шифрленген: аны топтун программасы гана окуй алат.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This group&apos;s file named no key for answers (an older program): the answer is signed but not encrypted, and whoever carries it can read it.</source>
        <translation>Бул топтун файлында жооптор үчүн ачкыч көрсөтүлгөн эмес (программанын эски версиясы): жоопко кол коюлган, бирок ал шифрленген эмес, аны алып барган ар бир адам окуй алат.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The publishing key</source>
        <translation>Жарыялоо ачкычы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the answer in</source>
        <translation>Жоопту сактоо папкасы</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the publishing key file first.</source>
        <translation>Адегенде жарыялоо ачкычынын файлын тандаңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a folder to save the answer in.</source>
        <translation>Жоопту сактоо үчүн папка тандаңыз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is there already: choose another folder.</source>
        <translation>{name} ал жерде мурунтан эле бар: башка папка тандаңыз.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signing the answer…</source>
        <translation>Жоопко кол коюлууда…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved {path}. Send it to the group as it is, by any way.</source>
        <translation>Сакталды: {path}. Бул файлды топко өзгөртпөстөн, каалаган жол менен жөнөтүңүз.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Accepted</source>
        <extracomment>Coact&apos;s decision on a group&apos;s history: taken into the library.</extracomment>
        <translation>Кабыл алынды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted with changes</source>
        <translation>Өзгөртүүлөр менен кабыл алынды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes asked for</source>
        <translation>Өзгөртүүлөр суралды</translation>
    </message>
</context>
<context>
    <name>AnswerView</name>
    <message>
        <location filename="../src/coact_desktop/gui/answer_view.py" line="+43"/>
        <source>Coact&apos;s answer</source>
        <translation>Coact&apos;тын жообу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coact wrote no general comment.</source>
        <translation>Coact жалпы пикир жазган жок.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sections Coact wrote about</source>
        <translation>Coact пикир жазган бөлүмдөр</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (a change)</source>
        <translation> (өзгөртүү)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No notes on single sections.</source>
        <translation>Айрым бөлүмдөр боюнча эскертмелер жок.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coact&apos;s note, and its change marked</source>
        <translation>Coact&apos;тын эскертмеси жана белгиленген өзгөртүүсү</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Use Coact&apos;s version of this section</source>
        <translation>Бул бөлүм үчүн Coact&apos;тын вариантын &amp;колдонуу</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Accepted</source>
        <extracomment>Coact&apos;s decision on a group&apos;s history: taken into the library.</extracomment>
        <translation>Кабыл алынды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted with changes</source>
        <translation>Өзгөртүүлөр менен кабыл алынды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes asked for</source>
        <translation>Өзгөртүүлөр суралды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;{decision}&lt;/b&gt;: Coact&apos;s answer to bundle {sequence}, signed {date}.</source>
        <translation>&lt;b&gt;{decision}&lt;/b&gt;: Coact&apos;тын {sequence}-пакетке жообу, {date} кол коюлган.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is in edition {edition} of the library.</source>
        <translation>Ал китепкананын {edition}-басылышына кирди.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your draft has no section of this name now; Coact&apos;s version:</source>
        <translation>Азыр долбооруңузда мындай аталыштагы бөлүм жок; Coact&apos;тын варианты:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your draft already says it as Coact does.</source>
        <translation>Долбооруңузда мурунтан эле Coact&apos;тагыдай жазылган.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Struck-through words are yours that Coact&apos;s version leaves out; underlined words are Coact&apos;s.</source>
        <translation>Үстү сызылган сөздөр — сиздики, алар Coact&apos;тын вариантында жок; асты сызылган сөздөр — Coact&apos;тыкы.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../src/coact_desktop/gui/export_check_page.py" line="+35"/>
        <source>Check the draft</source>
        <translation>Долбоорду текшерүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing leaves this computer until the check is passed.</source>
        <translation>Текшерүүдөн өтмөйүнчө, бул компьютерден эч нерсе чыкпайт.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems found</source>
        <translation>Табылган көйгөйлөр</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go there to fix it</source>
        <translation>Оңдоо үчүн ошол жерге өтүү</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking…</source>
        <translation>Текшерилүүдө…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Must fix</source>
        <extracomment>&apos;Must fix&apos;: a problem that stops the sending; &apos;Note&apos;: advice only.</extracomment>
        <translation>Оңдоо керек</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Эскертме</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Some things must be fixed before the history can be sent. Double-click one to go there; “Check again” above the draft brings you back here, and the check runs again.</source>
        <translation>Тарыхты жөнөтүүдөн мурун айрым нерселерди оңдоо керек. Ошол жерге өтүү үчүн тизмедеги пунктту эки жолу басыңыз; долбоордун үстүндөгү «Кайра текшерүү» баскычы сизди бул жерге кайтарат, ошондо текшерүү кайра жүрөт.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready to send. A few notes:</source>
        <translation>Жөнөтүүгө даяр. Бир нече эскертме:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready to send: nothing to fix.</source>
        <translation>Жөнөтүүгө даяр: оңдой турган эч нерсе жок.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/coact_desktop/cli/__init__.py" line="+103"/>
        <source>interrupted</source>
        <translation>үзгүлтүккө учурады</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected error ({error}). Run again with --debug for details.</source>
        <translation>күтүлбөгөн ката ({error}). Кененирээк маалымат үчүн --debug менен кайра иштетиңиз.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/backups.py" line="+40"/>
        <source>Restored {name}. The database it replaced was kept as {aside}.</source>
        <translation>{name} калыбына келтирилди. Ал алмаштырган маалымат базасы {aside} деп сакталды.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/bundles.py" line="+61"/>
        <source>a new key: compare the fingerprint with the group by phone before trusting it</source>
        <translation>жаңы ачкыч: ага ишенүүдөн мурун манжа изин топ менен телефон аркылуу салыштырыңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the key Coact already trusts for this group</source>
        <translation>Coact бул топ үчүн мурунтан ишенген ачкыч</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a new key, handed over by a rotation record signed by the trusted key</source>
        <translation>ишенилген ачкыч кол койгон алмаштыруу жазуусу аркылуу берилген жаңы ачкыч</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose a passphrase for the group&apos;s new signing key: </source>
        <translation>Топтун жаңы кол коюу ачкычы үчүн сырсөз тандаңыз: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase of the group&apos;s signing key: </source>
        <translation>Топтун кол коюу ачкычынын сырсөзү: </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Warning: this bundle is NOT encrypted. Anyone who gets the file can read it.</source>
        <translation>Көңүл буруңуз: бул пакет шифрленген ЭМЕС. Файл колуна тийген ар бир адам аны окуй алат.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote {path} ({size}), bundle {sequence} of this group.</source>
        <translation>Жазылды: {path} ({size}), бул топтун {sequence}-пакети.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A signing key was made for the group.</source>
        <translation>Топ үчүн кол коюу ачкычы түзүлдү.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key fingerprint (read it out to Coact): {words}</source>
        <translation>Ачкычтын манжа изи (аны Coact&apos;ка үн чыгарып окуп бериңиз): {words}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{file}: intact and correctly signed.</source>
        <translation>{file}: бузулган эмес, кол туура коюлган.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group: {group}</source>
        <translation>Топ: {group}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bundle: {sequence}, made {date}</source>
        <translation>Пакет: {sequence}, {date} түзүлгөн</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key: {key}</source>
        <translation>Ачкыч: {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust: {trust}</source>
        <translation>Ишеним: {trust}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already received: importing it again changes nothing.</source>
        <translation>Мурун эле алынган: кайра импорттоо эч нерсени өзгөртпөйт.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location filename="../src/coact_desktop/cli/editions.py" line="+147"/>
        <source>{file}: refused. {reason}</source>
        <translation>{file}: кабыл алынган жок. {reason}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cannot open it here: {reason}.</source>
        <translation>Аны бул жерде ачуу мүмкүн эмес: {reason}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{file}: imported {name}, bundle {sequence} (already received; nothing changed).</source>
        <translation>{file}: {name} тобунун {sequence}-пакети импорттолду (мурун эле алынган; эч нерсе өзгөргөн жок).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}: imported {name}, bundle {sequence}.</source>
        <translation>{file}: {name} тобунун {sequence}-пакети импорттолду.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}: held. {name} signs with a key Coact does not know yet. Phone the group and compare these words: {words}. Then accept it in the window&apos;s inbox, or import again with --trust-new-key.</source>
        <translation>{file}: кармалып турат. {name} тобу Coact азырынча билбеген ачкыч менен кол коёт. Топко телефон чалып, бул сөздөрдү салыштырыңыз: {words}. Андан кийин файлды программанын терезесиндеги «Келгендер» бөлүмүндө кабыл алыңыз же --trust-new-key менен кайра импорттоңуз.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file}: not imported: a newer file from {name} (after bundle {sequence}) is already in the library, and the newest is kept.</source>
        <translation>{file}: импорттолгон жок: {name} тобунун жаңыраак файлы ({sequence}-пакеттен кийинки) китепканада мурунтан бар, эң жаңысы сакталат.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file}: not imported; the bundle is {state}.</source>
        <translation>{file}: импорттолгон жок; пакеттин абалы: {state}.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/drafts.py" line="+57"/>
        <location line="+87"/>
        <source>(no name yet)</source>
        <translation>(азырынча аталышы жок)</translation>
    </message>
    <message numerus="yes">
        <location line="-85"/>
        <source>saved {when}, %n revisions</source>
        <extracomment>One line of the drafts list: its id, the group&apos;s name, when it was last saved.</extracomment>
        <translation>
            <numerusform>{when} сакталган, %n версия</numerusform>
            <numerusform>{when} сакталган, %n версия</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Restored revision {old} as revision {new}.</source>
        <translation>{old}-версия {new}-версия катары калыбына келтирилди.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>place not given</source>
        <translation>жери көрсөтүлгөн эмес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year not given</source>
        <translation>жылы көрсөтүлгөн эмес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place}; founded {year}</source>
        <translation>{place}; негизделген жылы: {year}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n events</source>
        <translation>
            <numerusform>%n окуя</numerusform>
            <numerusform>%n окуя</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n адам</numerusform>
            <numerusform>%n адам</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/editions.py" line="-59"/>
        <source>Copied the library&apos;s newest edition to {path}.</source>
        <translation>Китепкананын эң жаңы басылышы көчүрүлдү: {path}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Passphrase of the root key: </source>
        <translation>Түпкү ачкычтын сырсөзү: </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wrote {file}.</source>
        <translation>Жазылды: {file}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Root version {version} is signed by {old_signed} of the {old_needed} current root keys needed and {new_signed} of the {new_needed} of its own.</source>
        <extracomment>A new list of root keys must be signed by enough of the current keys and of its own.</extracomment>
        <translation>Түпкү ачкычтар тизмесинин {version}-версиясына учурдагы түпкү ачкычтардан {old_signed} ачкыч (керек: {old_needed}) жана ушул тизмедеги ачкычтардан {new_signed} ачкыч (керек: {new_needed}) кол койду.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Readers will accept it.</source>
        <translation>Окурмандардын программасы аны кабыл алат.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More root keys must sign it.</source>
        <translation>Ага дагы башка түпкү ачкычтар кол коюшу керек.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{file}: edition {edition}, against edition {have} here.</source>
        <translation>{file}: {edition}-басылыш, бул жердеги {have}-басылышка салыштырганда.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>chapter added: {title} ({slug}), {words}</source>
        <translation>кошулган бап: {title} ({slug}), {words}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chapter changed: {title} ({slug}), {added} and {removed}</source>
        <translation>өзгөртүлгөн бап: {title} ({slug}), {added} жана {removed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chapter removed: {title} ({slug}), {words}</source>
        <translation>алынып салынган бап: {title} ({slug}), {words}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>+%n words</source>
        <extracomment>Words a changed chapter gains, as in &quot;+120 words&quot;.</extracomment>
        <translation>
            <numerusform>+%n сөз</numerusform>
            <numerusform>+%n сөз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>-%n words</source>
        <extracomment>Words a changed chapter loses, as in &quot;-35 words&quot;.</extracomment>
        <translation>
            <numerusform>-%n сөз</numerusform>
            <numerusform>-%n сөз</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>history added: {name}</source>
        <translation>кошулган тарых: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>history changed: {name}</source>
        <translation>өзгөртүлгөн тарых: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>history removed: {name}</source>
        <translation>алынып салынган тарых: {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing would change but the edition&apos;s number and notes.</source>
        <translation>Басылыштын номери менен эскертмелеринен башка эч нерсе өзгөрбөйт.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{folder}: no newer edition for this library.</source>
        <translation>{folder}: бул китепкана үчүн жаңыраак басылыш жок.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Imported before it: {files}.</source>
        <translation>Андан мурун импорттолгондор: {files}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{file}: imported.</source>
        <translation>{file}: импорттолду.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: intact and signed by Coact.</source>
        <translation>{file}: бузулган эмес, Coact кол койгон.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edition: {edition} of {library}, from {date}</source>
        <translation>Басылыш: {library}, {edition}-басылыш, {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title: {title}</source>
        <translation>Аталышы: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed: {when} by the publishing key {key}</source>
        <translation>Кол коюлган: {when}, {key} жарыялоо ачкычы менен</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Histories: {names}</source>
        <translation>Тарыхтар: {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>жок</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left out: {names} (no longer in this edition)</source>
        <translation>Кирбей калды: {names} (алар бул басылышта жок)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the changes since the edition this library holds.</source>
        <translation>Бул китепканадагы басылыштан бери болгон өзгөртүүлөр гана.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library now has edition {edition}.</source>
        <translation>Эми китепканада {edition}-басылыш бар.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What&apos;s new: {notes}</source>
        <translation>Эмне жаңы: {notes}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: this computer&apos;s clock is behind: a file signed on {date} was already seen here. Set the date right.</source>
        <translation>Көңүл буруңуз: бул компьютердин сааты артта калып жатат: {date} кол коюлган файл бул жерде мурун эле болгон. Датаны туура коюңуз.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>--delta-from: {file} is not a pack file (or say “{shipped}”).</source>
        <translation>--delta-from: {file} басылыш файлы эмес (же «{shipped}» деп жазыңыз).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Wrote {file} ({size}): the changes that make edition {edition}, signed by {key}.</source>
        <translation>Жазылды: {file} ({size}) — {edition}-басылышты түзүүчү өзгөртүүлөр, {key} ачкычы менен кол коюлган.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrote {file} ({size}): edition {edition}, signed by {key}.</source>
        <translation>Жазылды: {file} ({size}) — {edition}-басылыш, {key} ачкычы менен кол коюлган.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{library}  edition {edition}, {date}: {title}</source>
        <translation>{library}  {edition}-басылыш, {date}: {title}</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/keys.py" line="+68"/>
        <source>Cannot read the passphrase file {path}: {reason}.</source>
        <translation>{path} сырсөз файлын окуу мүмкүн болбоду: {reason}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A passphrase is needed: run this in a terminal, or give --passphrase-file FILE.</source>
        <translation>Сырсөз керек: муну терминалда иштетиңиз же --passphrase-file FILE көрсөтүңүз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type it again: </source>
        <translation>Аны кайра териңиз: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Эки сырсөз дал келбейт; эч нерсе өзгөртүлгөн жок.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No signing key yet: it is made on the first export.</source>
        <translation>Кол коюу ачкычы азырынча жок: ал биринчи экспорттоодо түзүлөт.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wrote the public key {key} to {file}.</source>
        <translation>{key} ачык ачкычы {file} файлына жазылды.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase of the signing key: </source>
        <translation>Кол коюу ачкычынын сырсөзү: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrote a backup of key {key} to {file}. It stays encrypted with its passphrase: keep the file and the passphrase in different places.</source>
        <translation>{key} ачкычынын камдык көчүрмөсү {file} файлына жазылды. Ал өз сырсөзү менен шифрленген бойдон калат: файлды жана сырсөздү башка-башка жерде сактаңыз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase of the backed-up key: </source>
        <translation>Камдык көчүрмөдөгү ачкычтын сырсөзү: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored key {key}.</source>
        <translation>{key} ачкычы калыбына келтирилди.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase of the current key: </source>
        <translation>Учурдагы ачкычтын сырсөзү: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase for the new key: </source>
        <translation>Жаңы ачкыч үчүн сырсөз: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Made key {key}; key {old} signed the hand-over.</source>
        <translation>{key} ачкычы түзүлдү; өткөрүп берүүгө {old} ачкычы кол койду.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Key id:</source>
        <translation>Ачкычтын идентификатору:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint:</source>
        <translation>Манжа изи:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public key:</source>
        <translation>Ачык ачкыч:</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/search.py" line="+30"/>
        <source>Preparing search (first use)…</source>
        <translation>Издөө даярдалууда (биринчи жолу)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No exact matches. Close spellings:</source>
        <translation>Так дал келүүлөр жок. Окшош жазылыштар:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did you mean: {suggestion}</source>
        <translation>Балким, сиз муну издегендирсиз: {suggestion}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>{shown} of %n results</source>
        <extracomment>{shown} results are listed of %n found in all.</extracomment>
        <translation>
            <numerusform>%n натыйжадан {shown}</numerusform>
            <numerusform>%n натыйжадан {shown}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/answers.py" line="+66"/>
        <source>{file}: Coact&apos;s answer: {decision}.</source>
        <translation>{file}: Coact&apos;тын жообу: {decision}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is on the draft {draft} (bundle {n}).</source>
        <translation>Жооп {draft} долбоорунда турат ({n}-пакет).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>bundle {n}: {decision}, signed {when}</source>
        <translation>{n}-пакет: {decision}, {when} кол коюлган</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refused. {reason}</source>
        <translation>Кабыл алынган жок. {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--section-text: cannot read {file}: {reason}.</source>
        <translation>--section-text: {file} файлын окуу мүмкүн болбоду: {reason}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../src/coact_desktop/cli/editions.py" line="-51"/>
        <source>Passphrase of the publishing key: </source>
        <translation>Жарыялоо ачкычынын сырсөзү: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote {file}: the answer to bundle {n} of the group.</source>
        <translation>Жазылды: {file} — топтун {n}-пакетине жооп.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{option} takes TITLE=VALUE, as in {option} “How we began=…”.</source>
        <extracomment>TITLE and VALUE are written as they are: they name the parts of the option.</extracomment>
        <translation>{option} TITLE=VALUE түрүндө берилет, мисалы: {option} «Биз кантип баштадык=…».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>accepted</source>
        <translation>кабыл алынды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted with changes</source>
        <translation>өзгөртүүлөр менен кабыл алынды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changes asked for</source>
        <translation>өзгөртүүлөр суралды</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/output.py" line="+30"/>
        <source>{n} KB</source>
        <translation>{n} КБ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} MB</source>
        <translation>{n} МБ</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/release.py" line="+42"/>
        <source>{folder} is Coact Desktop {version} as Coact released it: {files} files, each unchanged, signed by key {key}.</source>
        <translation>{folder} — Coact чыгарган бойдон турган Coact Desktop {version}: {files} файл, бири да өзгөртүлгөн эмес, {key} ачкычы менен кол коюлган.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copied Coact Desktop {version} to {folder} and checked the copy.</source>
        <translation>Coact Desktop {version} {folder} папкасына көчүрүлдү жана көчүрмө текшерилди.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied the library to {folder}.</source>
        <translation>Китепкана {folder} папкасына көчүрүлдү.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No edition from a file to pass on yet: the library that comes with the program is in it.</source>
        <translation>Өткөрүп бере турган, файлдан импорттолгон басылыш азырынча жок: программа менен келген китепкана көчүрмөнүн ичинде бар.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Whoever receives it can check it: {check} with Coact&apos;s publishing key (or: coact-desktop release verify FOLDER).</source>
        <extracomment>{check} is a command to type as it is (cd, sha256sum, minisign): not to be translated.</extracomment>
        <translation>Аны алган адам текшере алат: {check}, Coact&apos;тын жарыялоо ачкычы менен (же: coact-desktop release verify FOLDER).</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/protection.py" line="+81"/>
        <source>The drafts are protected by a passphrase: run this in a terminal, or give --unlock-file FILE.</source>
        <translation>Долбоорлор сырсөз менен корголгон: муну терминалда иштетиңиз же --unlock-file FILE көрсөтүңүз.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase of your group&apos;s drafts: </source>
        <translation>Тобуңуздун долбоорлорунун сырсөзү: </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The drafts are not protected by a passphrase.</source>
        <translation>Долбоорлор сырсөз менен корголгон эмес.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you forget this passphrase, nobody can open your drafts again, not even Coact.</source>
        <translation>Бул сырсөздү унутуп калсаңыз, долбоорлоруңузду эч ким, атүгүл Coact да кайра ача албайт.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <location line="+25"/>
        <source>New passphrase: </source>
        <translation>Жаңы сырсөз: </translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+53"/>
        <source>Duress passphrase: </source>
        <translation>Коркунуч сырсөзү: </translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Paper key: </source>
        <translation>Кагаз ачкыч: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The drafts open with the new passphrase. A duress passphrase, if one was set, was removed: set it again.</source>
        <translation>Эми долбоорлор жаңы сырсөз менен ачылат. Эгер коркунуч сырсөзү коюлган болсо, ал алынып салынды: аны кайра коюңуз.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Anyone with this key and the laptop can read the drafts: copy it onto paper and keep it away from the laptop.</source>
        <translation>Бул ачкыч жана ноутбук колунда болгон ар бир адам долбоорлорду окуй алат: ачкычты кагазга көчүрүп жазып, ноутбуктан алыс сактаңыз.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The drafts are not protected by a passphrase: set one first.</source>
        <translation>Долбоорлор сырсөз менен корголгон эмес: адегенде сырсөз коюңуз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quick delete after wrong passphrases is off.</source>
        <translation>Туура эмес сырсөз терилгенде тез өчүрүү иштетилген эмес.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After {count} wrong passphrases in a row, the drafts, inbox, photos, keys and backups are destroyed for good, and nothing says so. A mistyped passphrase can set it off; it does not help against a copy of the disk made first.</source>
        <translation>Катары менен {count} жолу туура эмес сырсөз терилгенде, долбоорлор, «Келгендер», сүрөттөр, ачкычтар жана камдык көчүрмөлөр биротоло жок кылынат, бул тууралуу эч нерсе айтылбайт. Жаңылыш терилген сырсөз да аны иштетип жибериши мүмкүн; ал алдын ала жасалган дисктин көчүрмөсүндөгү маалыматты коргобойт.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Without a terminal, quick delete needs --yes.</source>
        <translation>Терминал жок болсо, тез өчүрүү үчүн --yes керек.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Passphrase: </source>
        <translation>Сырсөз: </translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The drafts, their photos and files, the inbox and the keys are encrypted under a passphrase.</source>
        <translation>Долбоорлор, алардын сүрөттөрү жана файлдары, «Келгендер» жана ачкычтар сырсөз менен шифрленген.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The drafts, their photos and files, the inbox and the keys are now encrypted.</source>
        <translation>Эми долбоорлор, алардын сүрөттөрү жана файлдары, «Келгендер» жана ачкычтар шифрленген.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The passphrase was changed.</source>
        <translation>Сырсөз өзгөртүлдү.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The duress passphrase was removed.</source>
        <translation>Коркунуч сырсөзү алынып салынды.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The duress passphrase was set.</source>
        <translation>Коркунуч сырсөзү коюлду.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>delete</source>
        <extracomment>The word the person types to confirm quick delete; keep it one short word.</extracomment>
        <translation>жоюу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This destroys the drafts, inbox, keys, backups and logs for good. Type {word} to go on: </source>
        <translation>Бул долбоорлорду, «Келгендерди», ачкычтарды, камдык көчүрмөлөрдү жана журналдарды биротоло жок кылат. Улантуу үчүн «{word}» деп териңиз: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was deleted.</source>
        <translation>Эч нерсе өчүрүлгөн жок.</translation>
    </message>
</context>
<context>
    <name>ContentsView</name>
    <message>
        <location filename="../src/coact_desktop/gui/contents_view.py" line="+22"/>
        <source>Contents</source>
        <translation>Мазмуну</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Models of organising</source>
        <translation>Уюшуу моделдери</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Groups&apos; own histories</source>
        <translation>Топтордун өздөрү жазган тарыхтары</translation>
    </message>
</context>
<context>
    <name>DraftAnswers</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_answers.py" line="+56"/>
        <source>Coact has answered this history (bundle {sequence}).</source>
        <translation>Coact бул тарыхка жооп берди ({sequence}-пакет).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See Coact&apos;s answer</source>
        <translation>Coact&apos;тын жообун көрүү</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Coact&apos;s version of {title} is in the draft.</source>
        <translation>«{title}» бөлүмүнүн Coact сунуштаган варианты эми долбоордо.</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_editor.py" line="+60"/>
        <source>Group profile…</source>
        <translation>Топ жөнүндө маалымат…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision history…</source>
        <translation>Версиялар тарыхы…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to Coact…</source>
        <translation>Coact&apos;ка жөнөтүү…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the draft and save it as one signed, encrypted file for Coact</source>
        <translation>Долбоорду текшерип, аны Coact үчүн кол коюлган, шифрленген бир файл катары сактоо</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sections</source>
        <translation>Бөлүмдөр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add section</source>
        <translation>Бөлүм кошуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>Атын өзгөртүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Жогору</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Төмөн</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Section text</source>
        <translation>Бөлүмдүн тексти</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write here. Markdown works: **bold**, - lists, # headings.</source>
        <translation>Бул жерге жазыңыз. Markdown белгилери иштейт: **калың**, - тизмелер, # аталыштар.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent warning</source>
        <translation>Макулдук тууралуу эскертүү</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the pseudonym everywhere</source>
        <translation>Бардык жерде лакап атты колдонуу</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preview</source>
        <extracomment>Button: shows the draft as readers will see it.</extracomment>
        <translation>Алдын ала көрүү</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See the draft as it would appear in the library&apos;s reading view</source>
        <translation>Долбоор китепканадагы «Окуу» өтмөгүндө кандай көрүнөрүн көрүү</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview of the whole draft</source>
        <translation>Бүт долбоорду алдын ала көрүү</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save status</source>
        <translation>Сактоо абалы</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Parts of the draft</source>
        <extracomment>The tabs of a draft: text, timeline, people and consent, photos and files.</extracomment>
        <translation>Долбоордун бөлүктөрү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline</source>
        <extracomment>Tab of a draft: the dated events of the group&apos;s history.</extracomment>
        <translation>Хронология</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+241"/>
        <source>People and consent</source>
        <translation>Адамдар жана макулдук</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Photos and files</source>
        <translation>Сүрөттөр жана файлдар</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>(no name yet)</source>
        <translation>(азырынча аталышы жок)</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>People and consent ({count} to check)</source>
        <translation>Адамдар жана макулдук (текшерүү керек: {count})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Names to check: {count}. A real name is used without consent in the text, the timeline or a file. Record their consent here, or use their pseudonym. ({keys})</source>
        <translation>Текшерүү керек болгон аттар: {count}. Чыныгы ат текстте, хронологияда же файлда макулдуксуз колдонулган. Адамдын макулдугун бул жерге жазыңыз же анын лакап атын колдонуңуз. ({keys})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“{name}” is named in this section but has not agreed to be named. Use their pseudonym instead, or record their consent under People.</source>
        <translation>«{name}» бул бөлүмдө аталган, бирок аты аталышына макулдук берген эмес. Анын ордуна лакап атын колдонуңуз же «Адамдар жана макулдук» өтмөгүндө макулдугун белгилеңиз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give them a pseudonym under People first.</source>
        <translation>Адегенде «Адамдар жана макулдук» өтмөгүндө ага лакап ат бериңиз.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New section</source>
        <translation>Жаңы бөлүм</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rename section</source>
        <translation>Бөлүмдүн атын өзгөртүү</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
</context>
<context>
    <name>DraftTables</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_tables.py" line="+221"/>
        <source>Remove</source>
        <extracomment>Button: remove the chosen row (an event or a person).</extracomment>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a row (Alt+A)</source>
        <translation>Сап кошуу (Alt+A)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A year such as 1998; a date in words goes under When.</source>
        <translation>Жыл, мисалы 1998; сөз менен жазылган күндү «Качан» тилкесине жазыңыз.</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_guide.py" line="+25"/>
        <source>How the group began</source>
        <translation>Топ кантип пайда болгон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the group does</source>
        <translation>Топ эмне менен алектенет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Milestones</source>
        <extracomment>Title of a section every new draft starts with: the group&apos;s key moments.</extracomment>
        <translation>Маанилүү учурлар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Challenges and responses</source>
        <translation>Кыйынчылыктар жана аларга жооп</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achievements</source>
        <translation>Жетишкендиктер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lessons for other groups</source>
        <translation>Башка топтор үчүн сабактар</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>When and where did the group start, who started it, and why? Was it a reaction to something happening in your drug scene?</source>
        <translation>Топ качан жана кайда пайда болгон, аны ким жана эмне үчүн түзгөн? Бул сиздин жериңиздеги баңгизат колдонуу чөйрөсүндө болуп жаткан бир нерсеге жооп болгонбу?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What does the group do: peer support, needle and syringe programmes, treatment advocacy, legal help, outreach, campaigning? Which models of organising fit?</source>
        <translation>Топ эмне менен алектенет: теңтуштук колдоо, ийне жана шприц алмаштыруу программалары, дарыланууга жетүү үчүн адвокатия, юридикалык жардам, аутрич, коомдук кампаниялар? Кайсы уюшуу моделдери туура келет?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What were the important moments, and when did they happen?</source>
        <translation>Кандай маанилүү учурлар болду жана алар качан болгон?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What got in the way (the police, funding, stigma, the law), and how did you respond?</source>
        <translation>Эмне тоскоол болду (полиция, каржылоо, стигма, мыйзам) жана сиз буга кандай жооп бердиңиз?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What changed because of the group?</source>
        <translation>Топтун аркасында эмне өзгөрдү?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would you tell a group that is just starting?</source>
        <translation>Жаңы эле иш баштап жаткан топко эмне кеңеш бермексиз?</translation>
    </message>
</context>
<context>
    <name>DraftsView</name>
    <message>
        <location filename="../src/coact_desktop/gui/drafts_view.py" line="+67"/>
        <source>Drafts</source>
        <translation>Долбоорлор</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New draft…</source>
        <translation>Жаңы долбоор…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write your group&apos;s own history here, at your own pace. Everything you type is kept on this computer and saved as you go.

Start with “New draft…”.</source>
        <translation>Бул жерде тобуңуздун тарыхын өзүңүзгө ыңгайлуу ылдамдыкта жаза аласыз. Сиз жазгандын баары ушул компьютерде калат жана жазып жатканда эле сакталып турат.

«Жаңы долбоор…» баскычынан баштаңыз.</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Fix what the check found, then go on sending the file to Coact.</source>
        <extracomment>Shown instead of the list and editor while the drafts are locked.</extracomment>
        <translation>Текшерүү тапкан нерселерди оңдоп, андан кийин файлды Coact&apos;ка жөнөтүүнү улантыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check again</source>
        <extracomment>Button: look at the draft again for problems before sending.</extracomment>
        <translation>Кайра текшерүү</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+166"/>
        <source>(no name yet)</source>
        <translation>(азырынча аталышы жок)</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Choose a draft in the list to go on writing it, or start another with “New draft…”.</source>
        <translation>Жазууну улантуу үчүн тизмеден долбоорду тандаңыз же «Жаңы долбоор…» баскычы менен жаңысын баштаңыз.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Coact Desktop did not close properly last time. Your draft is back as it was at its last autosave ({time}).</source>
        <translation>Өткөн жолу Coact Desktop туура жабылган жок. Долбооруңуз акыркы автосактоодогу ({time}) абалына кайтарылды.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All changes saved.</source>
        <translation>Бардык өзгөртүүлөр сакталды.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saving…</source>
        <translation>Сакталууда…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>All changes saved ({time}).</source>
        <translation>Бардык өзгөртүүлөр сакталды ({time}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not saved yet: {reason} Your text is kept and will be saved again.</source>
        <translation>Азырынча сакталган жок: {reason} Текстиңиз жоголгон жок, программа аны кайра сактап көрөт.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Attach a photo or a document</source>
        <translation>Сүрөт же документ тиркөө</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos, PDF documents and text (*.jpg *.jpeg *.png *.pdf *.txt *.md)</source>
        <translation>Сүрөттөр, PDF документтер жана текст (*.jpg *.jpeg *.png *.pdf *.txt *.md)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Caption</source>
        <extracomment>Title of a small dialog asking for a photo&apos;s caption.</extracomment>
        <translation>Түшүндүрмө</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What does it show? (optional)</source>
        <translation>Анда эмне көрсөтүлгөн? (милдеттүү эмес)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removing hidden details from the file…</source>
        <translation>Файлдан жашыруун маалыматтар өчүрүлүүдө…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file was cleaned, but another draft is open now: attach it again.</source>
        <translation>Файл тазаланды, бирок азыр башка долбоор ачык: аны кайра тиркеңиз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>camera and author details (EXIF)</source>
        <translation>камера жана автор тууралуу маалымат (EXIF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the place it was taken (GPS)</source>
        <translation>тартылган жери (GPS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>editing details (XMP)</source>
        <translation>түзөтүү тууралуу маалымат (XMP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>captions and credits (IPTC)</source>
        <translation>түшүндүрмөлөр жана авторлук (IPTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hidden comment</source>
        <translation>жашыруун комментарий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a colour profile</source>
        <translation>түс профили</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text notes (author, description)</source>
        <translation>тексттик белгилер (автор, сүрөттөмө)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the author and the program that made it</source>
        <translation>автору жана аны түзгөн программа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comments and their authors&apos; names, links and form fields</source>
        <translation>комментарийлер жана алардын авторлорунун аттары, шилтемелер жана форма талаалары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hidden extras (scripts, attached files, private program data)</source>
        <translation>жашыруун кошумчалар (скрипттер, тиркелген файлдар, программалардын ички маалыматтары)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attached. Removed from the copy: {removed}.</source>
        <translation>Тиркелди. Көчүрмөдөн өчүрүлдү: {removed}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attached. The file carried no hidden details.</source>
        <translation>Тиркелди. Файлда жашыруун маалыматтар болгон эмес.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The original file was not copied or changed.</source>
        <translation>Баштапкы файл көчүрүлгөн да, өзгөртүлгөн да жок.</translation>
    </message>
</context>
<context>
    <name>EditionImport</name>
    <message>
        <location filename="../src/coact_desktop/gui/edition_import.py" line="+54"/>
        <source>Checking {name}…</source>
        <translation>{name} текшерилүүдө…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;p&gt;&lt;b&gt;{title}&lt;/b&gt;, edition {edition}, from {date}.&lt;/p&gt;&lt;p&gt;Signed by Coact on {created}. The library now has edition {have}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{title}&lt;/b&gt;, {edition}-басылыш, {date}.&lt;/p&gt;&lt;p&gt;Coact {created} кол койгон. Азыр китепканада {have}-басылыш бар.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;p&gt;Group histories in it: {names}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ага кирген топтордун тарыхтары: {names}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;No longer in it: {names}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Мындан ары ага кирбейт: {names}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;What is new: {notes}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Эмне жаңы: {notes}&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;p&gt;It comes in %n files, checked and imported one after the other.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Ал %n файлдан турат; алар биринен кийин бири текшерилип, импорттолот.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Ал %n файлдан турат; алар биринен кийин бири текшерилип, импорттолот.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Your drafts, keys and reading place are kept.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Долбоорлоруңуз, ачкычтарыңыз жана окуп жаткан жериңиз сакталат.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;This computer&apos;s clock is behind:&lt;/b&gt; a file signed on {seen} was already seen here. Set the date right, or an old edition could pass for a new one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Бул компьютердин сааты артта калып жатат:&lt;/b&gt; {seen} кол коюлган файл бул жерде мурун эле болгон. Датаны туура коюңуз, болбосо эски басылыш жаңы болуп көрүнүшү мүмкүн.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import this edition?</source>
        <translation>Бул басылышты импорттойсузбу?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import</source>
        <extracomment>Button: take the new edition into the library on this computer.</extracomment>
        <translation>Импорттоо</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The edition was not imported.</source>
        <translation>Басылыш импорттолгон жок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importing {name}…</source>
        <translation>{name} импорттолууда…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edition {edition} is now in the library.</source>
        <translation>{edition}-басылыш эми китепканада.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{done} The next file was not imported. {reason}</source>
        <translation>{done} Кийинки файл импорттолгон жок. {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopped. Nothing was changed.</source>
        <translation>Токтотулду. Эч нерсе өзгөртүлгөн жок.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stick holds no newer edition than yours.</source>
        <translation>Флешкада сиздикинен жаңыраак басылыш жок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The edition was not imported. {reason}</source>
        <translation>Басылыш импорттолгон жок. {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not imported</source>
        <translation>Импорттолгон жок</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edition</source>
        <extracomment>An edition: one signed, numbered release of the history (the library).</extracomment>
        <translation>Басылыш</translation>
    </message>
</context>
<context>
    <name>EditionPreview</name>
    <message>
        <location filename="../src/coact_desktop/gui/edition_preview.py" line="+29"/>
        <source>Preview of edition {n}</source>
        <translation>{n}-басылышты алдын ала көрүү</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview: edition {n}, {date}. Nothing is published yet.</source>
        <translation>Алдын ала көрүү: {n}-басылыш, {date}. Азырынча эч нерсе жарыяланган жок.</translation>
    </message>
</context>
<context>
    <name>EditionsWorkspace</name>
    <message>
        <location filename="../src/coact_desktop/gui/editions_workspace.py" line="+75"/>
        <source>Editions workspace</source>
        <translation>Басылыштарды даярдоо</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Edition {new}, made from edition {old} of {date}.</source>
        <translation>{new}-басылыш, {date} чыккан {old}-басылыштын негизинде.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accepted histories</source>
        <translation>Кабыл алынган тарыхтар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticked histories go into the edition, in this order.</source>
        <translation>Белгиленген тарыхтар басылышка ушул тартипте кирет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;up</source>
        <translation>&amp;Жогору</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>Төмө&amp;н</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model of organising</source>
        <translation>Уюшуу модели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model: under “Groups&apos; own histories”</source>
        <translation>Моделсиз: «Топтордун өздөрү жазган тарыхтары» бөлүмүндө</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chapters of the edition</source>
        <translation>Басылыштын баптары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add a chapter from Markdown…</source>
        <translation>Markdown файлынан бап &amp;кошуу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace with Markdown…</source>
        <translation>Markdown файлы менен а&amp;лмаштыруу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the change &amp;out</source>
        <translation>Өзгөртүүнү &amp;чыгарып салуу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What&apos;s new, for readers</source>
        <translation>Эмне жаңы — окурмандар үчүн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is new in this edition, in a few lines.</source>
        <translation>Бул басылышта эмне жаңы экенин бир нече сап менен жазыңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publishing key file</source>
        <translation>Жарыялоо ачкычынын файлы</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Choose…</source>
        <translation>Тандоо…</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Choose the publishing key file</source>
        <translation>Жарыялоо ачкычынын файлын тандоо</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase of the publishing key</source>
        <translation>Жарыялоо ачкычынын сырсөзү</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder to save the edition in</source>
        <translation>Басылыш сактала турган папка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the folder</source>
        <translation>Папканы тандоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view as readers will see it</source>
        <translation>&amp;Окурмандар көргөндөй алдын ала көрүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Publish…</source>
        <translation>Жа&amp;рыялоо…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Groups&apos; histories</source>
        <translation>&amp;Топтордун тарыхтары</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Under the &amp;model:</source>
        <translation>Уюшуу &amp;модели:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;hapters</source>
        <translation>&amp;Баптар</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What&apos;s &amp;new:</source>
        <translation>&amp;Эмне жаңы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publishing &amp;key:</source>
        <translation>Жарыялоо &amp;ачкычы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;ssphrase:</source>
        <translation>&amp;Сырсөз:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;to:</source>
        <translation>Сактоо &amp;папкасы:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No history has been accepted in the inbox yet: chapters and notes only.</source>
        <translation>«Келгендер» бөлүмүндө азырынча бир да тарых кабыл алына элек: баптар жана эскертмелер гана.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{title}  (replaced from {file})</source>
        <translation>{title}  ({file} файлынан алмаштырылды)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New: {title}  (from {file})</source>
        <translation>Жаңы: {title}  ({file} файлынан)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Markdown (*.md *.markdown *.txt);;All files (*)</source>
        <translation>Markdown (*.md *.markdown *.txt);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This file cannot be used</source>
        <translation>Бул файлды колдонууга болбойт</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a chapter</source>
        <translation>Бап кошуу</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No title</source>
        <translation>Аталышы жок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the file with its title on a line of its own, as “# Title”.</source>
        <translation>Файлды өзүнчө саптагы аталыш менен баштаңыз, мисалы: «# Аталыш».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replace</source>
        <extracomment>Title of a file dialog: choose a Markdown file to replace a chapter&apos;s text.</extracomment>
        <translation>Алмаштыруу</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The plan could not be saved: {error}</source>
        <translation>Планды сактоо мүмкүн болбоду: {error}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Putting the edition together…</source>
        <translation>Басылыш чогултулууда…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Facts no longer quoted by the text are left out: {n}.</source>
        <translation>Текстте мындан ары келтирилбеген фактылар чыгарылып салынды: {n}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the publishing key file first.</source>
        <translation>Адегенде жарыялоо ачкычынын файлын тандаңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a folder to save the edition in.</source>
        <translation>Басылышты сактоо үчүн папка тандаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Publish edition {n}?</source>
        <translation>{n}-басылышты жарыялайсызбы?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edition {n} will hold {histories} and {chapters}. It is signed with the key in {key} and saved in {folder}. Readers who import it see it as it was in the preview.</source>
        <extracomment>{histories} and {chapters} are the two phrases translated just before this one.</extracomment>
        <translation>{n}-басылышка {histories} жана {chapters} кирет. Ага {key} файлындагы ачкыч менен кол коюлуп, ал {folder} папкасына сакталат. Аны импорттогон окурмандар басылышты алдын ала көрүүдө кандай болсо, так ошондой көрүшөт.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n groups&apos; histories</source>
        <extracomment>Part of &quot;Edition 5 will hold 3 groups&apos; histories and …&quot;.</extracomment>
        <translation>
            <numerusform>%n топтун тарыхы</numerusform>
            <numerusform>%n топтун тарыхы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new or changed chapters</source>
        <extracomment>Part of &quot;Edition 5 will hold … and 2 new or changed chapters&quot;.</extracomment>
        <translation>
            <numerusform>%n жаңы же өзгөртүлгөн бап</numerusform>
            <numerusform>%n жаңы же өзгөртүлгөн бап</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Signing and writing edition {n}…</source>
        <translation>{n}-басылышка кол коюлуп, жазылууда…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edition published</source>
        <translation>Басылыш жарыяланды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved in {folder}: {names}. Send the small “-delta” file to readers who have the edition before; the full one to everyone else.</source>
        <translation>{folder} папкасына сакталды: {names}. Кичинекей «-delta» файлын мурунку басылышы бар окурмандарга, толугун калгандардын баарына жөнөтүңүз.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopped. Nothing was published.</source>
        <translation>Токтотулду. Эч нерсе жарыяланган жок.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not done</source>
        <translation>Аткарылган жок</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The publishing key</source>
        <translation>Жарыялоо ачкычы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the edition in</source>
        <translation>Басылышты сактоо папкасы</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../src/coact_desktop/words/errors.py" line="+16"/>
        <source>Something went wrong inside Coact Desktop ({error}). The details are in the log file in your profile folder.</source>
        <translation>Coact Desktop программасынын ичинде ката кетти ({error}). Кененирээк маалымат профилиңиздин папкасындагы журнал файлында.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coact Desktop cannot use the folder {path}. Check that it exists and that you may write to it, or start the program with --data-dir and another folder.</source>
        <translation>Coact Desktop {path} папкасын колдоно албайт. Ал бар экенин жана ага жазууга уруксатыңыз бар экенин текшериңиз, же программаны --data-dir жана башка папка менен иштетиңиз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The library database could not be opened or updated. Nothing was changed.</source>
        <translation>Китепкананын маалымат базасын ачуу же жаңыртуу мүмкүн болбоду. Эч нерсе өзгөртүлгөн жок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history that comes with this copy of Coact Desktop is damaged. Please install the program again.</source>
        <translation>Coact Desktop программасынын бул нускасы менен келген тарых бузулган. Сураныч, программаны кайра орнотуңуз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search could not run.</source>
        <translation>Издөөнү аткаруу мүмкүн болбоду.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That part of the history could not be found.</source>
        <translation>Тарыхтын ал бөлүгү табылган жок.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>Жокко чыгарылды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file cannot be attached safely. Coact Desktop attaches photos (JPEG, PNG) and text files, after removing their hidden details.</source>
        <translation>Бул файлды коопсуз тиркөө мүмкүн эмес. Coact Desktop сүрөттөрдү (JPEG, PNG) жана текст файлдарын алардын жашыруун маалыматтарын өчүргөндөн кийин тиркейт.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This draft file is not valid.</source>
        <translation>Бул долбоор файлы жараксыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A draft with this identity is already here.</source>
        <translation>Мындай идентификатору бар долбоор бул жерде мурунтан эле бар.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file cannot be used.</source>
        <translation>Ачкыч файлын колдонууга болбойт.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature is not valid.</source>
        <translation>Кол тамга жараксыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file was refused, and nothing in the library was changed.</source>
        <translation>Бул файл кабыл алынган жок, китепканада эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file could not be written; nothing was sent.</source>
        <translation>Файлды жазуу мүмкүн болбоду; эч нерсе жөнөтүлгөн жок.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your group&apos;s drafts are locked. Unlock them with your passphrase first.</source>
        <translation>Тобуңуздун долбоорлору кулпуланган. Адегенде сырсөзүңүз менен алардын кулпусун ачыңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file that keeps the key to your drafts (data-key.json in the profile folder) is missing or damaged, so the drafts cannot be opened. Nothing was changed.</source>
        <translation>Долбоорлоруңуздун ачкычы сакталган файл (профиль папкасындагы data-key.json) жок же бузулган, ошондуктан долбоорлорду ачуу мүмкүн эмес. Эч нерсе өзгөртүлгөн жок.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The draft is not ready to send; nothing was written. The check before sending lists what to fix.</source>
        <translation>Долбоор азырынча жөнөтүүгө даяр эмес; эч нерсе жазылган жок. Эмнени оңдоо керектигин жөнөтүүдөн мурунку текшерүү көрсөтөт.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Кеминде 8 белгиден турган сырсөз тандаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This passphrase does not open this key file; check that it is the one set for it.</source>
        <translation>Бул сырсөз бул ачкыч файлын ачпайт; ушул файл үчүн тандалган сырсөздү жазганыңызды текшериңиз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This passphrase does not open your group&apos;s drafts; nothing was changed. Check the keyboard language and Caps Lock, and try again.</source>
        <translation>Бул сырсөз тобуңуздун долбоорлорун ачпайт; эч нерсе өзгөртүлгөн жок. Баскычтоптун тилин жана Caps Lock баскычын текшерип, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The duress passphrase must differ from your usual passphrase.</source>
        <translation>Коркунуч сырсөзү негизги сырсөзүңүздөн айырмаланышы керек.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A paper key is 14 groups of 4 letters and digits. Copy all of them from the paper.</source>
        <translation>Кагаз ачкыч 14 топтон турат, ар бир топто 4 тамга же цифра бар. Алардын баарын кагаздан көчүрүп териңиз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This paper key has a mistake in it; nothing was changed. Compare each group with the paper.</source>
        <translation>Бул кагаз ачкычта ката бар; эч нерсе өзгөртүлгөн жок. Ар бир топту кагаздагы менен салыштырыңыз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This paper key does not open these drafts; nothing was changed. It may be the paper of another laptop or of an older profile.</source>
        <translation>Бул кагаз ачкыч бул долбоорлорду ачпайт; эч нерсе өзгөртүлгөн жок. Бул башка ноутбуктун же эски профилдин кагазы болушу мүмкүн.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup also keeps the key that opens Coact&apos;s answers to your group: give the signing key&apos;s passphrase to lock it in the backup.</source>
        <translation>Камдык көчүрмөдө Coact тобуңузга жазган жоопторду ача турган ачкыч да сакталат: аны камдык көчүрмөдө кулпулоо үчүн кол коюу ачкычынын сырсөзүн жазыңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This passphrase does not open your group&apos;s signing key. Nobody can recover a forgotten passphrase, not even Coact: that is what keeps the key safe if the laptop is taken. If it is lost for good, restore a key backup whose passphrase you know, or ask Coact how to send your history under a new key.</source>
        <translation>Бул сырсөз тобуңуздун кол коюу ачкычын ачпайт. Унутулган сырсөздү эч ким, атүгүл Coact да калыбына келтире албайт: ноутбук алынып кетсе, ачкычты дал ушул коргойт. Эгер сырсөз биротоло жоголсо, сырсөзүн билген камдык көчүрмөдөн ачкычты калыбына келтириңиз же тарыхыңызды жаңы ачкыч менен кантип жөнөтүү керектигин Coact&apos;тан сураңыз.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>chapter</source>
        <translation>бап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model of organising</source>
        <translation>уюшуу модели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>өлкө</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decade</source>
        <translation>он жылдык</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown {what} “{value}”. Choose one of: {choices}.</source>
        <extracomment>{what} is one of: chapter, model of organising, country, decade (translated just before).</extracomment>
        <translation>Белгисиз маани ({what}): «{value}». Булардын бирин тандаңыз: {choices}.</translation>
    </message>
</context>
<context>
    <name>EventsTable</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_tables.py" line="+161"/>
        <source>When</source>
        <extracomment>Column of the timeline: when the event happened, in the group&apos;s own words.</extracomment>
        <translation>Качан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year</source>
        <extracomment>Column of the timeline: the year as a number, used to sort the events.</extracomment>
        <translation>Жыл</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>What happened</source>
        <translation>Эмне болду</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>People involved</source>
        <translation>Катышкан адамдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations involved</source>
        <translation>Катышкан уюмдар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add event</source>
        <translation>Окуя кошуу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The group&apos;s timeline</source>
        <translation>Топтун хронологиясы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When it happened, in words: “spring 2005”, “after the first raid”</source>
        <translation>Качан болгону, сөз менен: «2005-жылдын жазы», «биринчи рейдден кийин»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The year as a number, such as 2005: it puts the timeline in order</source>
        <translation>Жыл сан менен, мисалы 2005: ал боюнча хронология иреттелет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names from People and consent are suggested: as each may be shown</source>
        <translation>«Адамдар жана макулдук» тизмесиндеги аттар сунушталат — ар бири кандай көрсөтүлүшү мүмкүн болсо, ошондой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations the library knows are suggested; any other can be typed</source>
        <translation>Китепканага белгилүү уюмдар сунушталат; башка каалаган уюмду да жазса болот</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. spring 2005</source>
        <translation>мис. 2005-жылдын жазы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2005</source>
        <translation>мис. 2005</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened?</source>
        <translation>Эмне болду?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names, separated by commas</source>
        <translation>Аттар, үтүр менен бөлүнүп</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations, separated by commas</source>
        <translation>Уюмдар, үтүр менен бөлүнүп</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../src/coact_desktop/words/problems.py" line="+22"/>
        <source>name</source>
        <extracomment>A field of the group profile that is missing, inside a sentence: lower case.</extracomment>
        <translation>аталышы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>өлкө</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>city</source>
        <translation>шаар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year founded</source>
        <translation>негизделген жылы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>models of organising</source>
        <translation>уюшуу моделдери</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the timeline</source>
        <extracomment>Where a problem is, inside a sentence: the draft&apos;s list of dated events.</extracomment>
        <translation>хронология</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The group has no name yet: fill in the group profile.</source>
        <translation>Топтун азырынча аталышы жок: «Топ жөнүндө маалыматты» толтуруңуз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The group profile has no {field}.</source>
        <translation>«Топ жөнүндө маалыматта» толтурулган эмес: {field}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}” appears in “{where}” but has not agreed to be named. Use their pseudonym, or record their consent under People and consent.</source>
        <translation>«{name}» «{where}» бөлүгүндө кездешет, бирок аты аталышына макулдук берген эмес. Анын лакап атын колдонуңуз же «Адамдар жана макулдук» өтмөгүндө макулдугун белгилеңиз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is to be shown by a pseudonym, but none is written yet.</source>
        <translation>{name} лакап ат менен көрсөтүлүшү керек, бирок лакап ат азырынча жазыла элек.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is named in event {number} of the timeline but not listed under People and consent.</source>
        <translation>{name} хронологиянын {number}-окуясында аталган, бирок «Адамдар жана макулдук» тизмесинде жок.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The attachment “{name}” is missing from this computer; remove it and attach it again.</source>
        <translation>«{name}» тиркемеси бул компьютерде жок; аны өчүрүп, кайра тиркеңиз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The attachment “{name}” has changed since it was attached; remove it and attach it again.</source>
        <translation>«{name}» тиркемеси тиркелгенден кийин өзгөрдү; аны өчүрүп, кайра тиркеңиз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The attachment “{name}” still carries hidden details (place, camera or author); remove it and attach it again.</source>
        <translation>«{name}» тиркемесинде дагы эле жашыруун маалыматтар бар (жер, камера же автор); аны өчүрүп, кайра тиркеңиз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is written in the draft yet.</source>
        <translation>Долбоордо азырынча эч нерсе жазылган жок.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some pages of “{name}” could not be read to check for names; make sure it names nobody who has not agreed.</source>
        <translation>«{name}» файлынын айрым беттерин аттарды текшерүү үчүн окуу мүмкүн болбоду; анда макулдук бербеген эч ким аталбаганын текшериңиз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The attachment “{name}” contains the real name of someone who has not agreed to be named. Remove it, or attach a copy without the name.</source>
        <translation>«{name}» тиркемесинде аты аталышына макулдук бербеген адамдын чыныгы аты бар. Тиркемени өчүрүңүз же ал ат алынып салынган көчүрмөнү тиркеңиз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}” is longer than a history sent to Coact may hold; shorten it.</source>
        <translation>«{name}» Coact&apos;ка жөнөтүлүүчү тарыхка батпагандай узун; аны кыскартыңыз.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The group profile names more than {limit} languages; one file sent to Coact may hold no more. Keep the main ones.</source>
        <translation>«Топ жөнүндө маалыматта» {limit} тилден ашык көрсөтүлгөн; Coact&apos;ка жөнөтүлүүчү бир файлга мындан көбү батпайт. Негизгилерин гана калтырыңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The group profile names more than {limit} models of organising; one file sent to Coact may hold no more. Keep the main ones.</source>
        <translation>«Топ жөнүндө маалыматта» {limit} уюшуу моделинен ашык көрсөтүлгөн; Coact&apos;ка жөнөтүлүүчү бир файлга мындан көбү батпайт. Негизгилерин гана калтырыңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The history has more than {limit} sections; one file sent to Coact may hold no more. Join some of them together.</source>
        <translation>Тарыхта {limit} бөлүмдөн ашык бар; Coact&apos;ка жөнөтүлүүчү бир файлга мындан көбү батпайт. Айрым бөлүмдөрдү бириктириңиз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The timeline has more than {limit} events; one file sent to Coact may hold no more. Remove some before sending.</source>
        <translation>Хронологияда {limit} окуядан ашык бар; Coact&apos;ка жөнөтүлүүчү бир файлга мындан көбү батпайт. Жөнөтүүдөн мурун айрымдарын өчүрүңүз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The list of people has more than {limit} names; one file sent to Coact may hold no more. Remove some before sending.</source>
        <translation>Адамдар тизмесинде {limit} аттан ашык бар; Coact&apos;ка жөнөтүлүүчү бир файлга мындан көбү батпайт. Жөнөтүүдөн мурун айрымдарын өчүрүңүз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More than {limit} photos and documents are attached; one file sent to Coact may hold no more. Remove some before sending.</source>
        <translation>{limit} даанадан ашык сүрөт жана документ тиркелген; Coact&apos;ка жөнөтүлүүчү бир файлга мындан көбү батпайт. Жөнөтүүдөн мурун айрымдарын өчүрүңүз.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>“{code}” is not a language code Coact can read. In the group profile, choose the language the history is written in, or type its code (such as ky or pt-BR).</source>
        <translation>«{code}» — Coact окуй ала турган тил коду эмес. «Топ жөнүндө маалымат» терезесинде тарых жазылган тилди тандаңыз же анын кодун жазыңыз (мисалы, ky же pt-BR).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The section “{title}” is empty; it will be left out.</source>
        <translation>«{title}» бөлүмү бош; ал файлга кирбейт.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/gui/export_wizard.py" line="+53"/>
        <source>Send the history to Coact</source>
        <translation>Тарыхты Coact&apos;ка жөнөтүү</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_files_page.py" line="+33"/>
        <source>Attachments</source>
        <translation>Тиркемелер</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Photos and PDF documents are copied without their hidden details (place, camera, author, comments). The original file is never copied into Coact Desktop.</source>
        <translation>Сүрөттөр жана PDF документтер жашыруун маалыматтарсыз (жер, камера, автор, комментарийлер) көчүрүлөт. Баштапкы файл Coact Desktop программасына эч качан көчүрүлбөйт.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attach a photo or document…</source>
        <translation>Сүрөт же документ тиркөө…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Өчүрүү</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../src/coact_desktop/gui/find_bar.py" line="+23"/>
        <location line="+1"/>
        <source>Find in this chapter</source>
        <translation>Бул бапта табуу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous</source>
        <extracomment>Find in the chapter: go to the previous match.</extracomment>
        <translation>Мурунку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Мурунку дал келүү (Shift+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>Кийинки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match (Enter)</source>
        <translation>Кийинки дал келүү (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar (Esc)</source>
        <translation>Издөө тилкесин жабуу (Esc)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>{current} of {total}</source>
        <translation>{total} ичинен {current}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No matches</source>
        <translation>Дал келүү жок</translation>
    </message>
</context>
<context>
    <name>FormatBar</name>
    <message>
        <location filename="../src/coact_desktop/gui/markdown_format.py" line="+20"/>
        <source>Bold</source>
        <translation>Калың</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bold (Ctrl+B)</source>
        <translation>Калың (Ctrl+B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading</source>
        <translation>Аталыш</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make this line a heading</source>
        <translation>Бул сапты аталыш кылуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List</source>
        <translation>Тизме</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make these lines a list</source>
        <translation>Бул саптарды тизме кылуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Шилтеме</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link to a web address (Ctrl+L)</source>
        <translation>Веб-дарекке шилтеме (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>text</source>
        <extracomment>Placeholder word put inside a new link when nothing was selected.</extracomment>
        <translation>текст</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../src/coact_desktop/gui/inbox_view.py" line="+50"/>
        <source>Open bundle files…</source>
        <translation>Пакет файлдарын ачуу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coact&apos;s identity file…</source>
        <translation>Coact&apos;тын шифр чечүү файлы…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress</source>
        <translation>Аткарылышы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received bundles</source>
        <translation>Алынган пакеттер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened to each file</source>
        <translation>Ар бир файл менен эмне болду</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Key fingerprint words</source>
        <translation>Ачкычтын манжа изинин сөздөрү</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The words match: trust this key</source>
        <translation>Сөздөр дал келет: бул ачкычка ишенүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept into the library</source>
        <translation>Китепканага кабыл алуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject…</source>
        <translation>Четке кагуу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;nswer the group…</source>
        <translation>Топко &amp;жооп берүү…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The history, as plain text</source>
        <translation>Тарых, жөнөкөй текст түрүндө</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes since the group&apos;s previous file</source>
        <translation>Топтун мурунку файлынан бери болгон өзгөртүүлөр</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history</source>
        <translation>Тарых</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes since the previous file</source>
        <translation>Мурунку файлдан бери болгон өзгөртүүлөр</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files that groups send to Coact arrive here. Open one with “Open bundle files…”: it is checked before anything is kept, and nothing goes into the library until you accept it.</source>
        <translation>Топтор Coact&apos;ка жөнөткөн файлдар бул жерге келет. Файлды «Пакет файлдарын ачуу…» баскычы менен ачыңыз: эч нерсе сакталардан мурун ал текшерилет жана сиз кабыл албагыча китепканага эч нерсе кирбейт.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Identity: {name}</source>
        <translation>Шифр чечүү файлы: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No identity file chosen: only unencrypted files can be opened.</source>
        <translation>Шифр чечүү файлы тандалган жок: шифрленбеген файлдарды гана ачууга болот.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coact&apos;s age identity file</source>
        <translation>Coact&apos;тын шифр чечүү файлы (age)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open bundle files</source>
        <translation>Пакет файлдарын ачуу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coact bundles (*.coact);;All files (*)</source>
        <translation>Coact пакеттери (*.coact);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>{file}: refused. {why}</source>
        <translation>{file}: кабыл алынган жок. {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: already received; nothing changed.</source>
        <translation>{file}: мурун эле алынган; эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: checked and kept for review.</source>
        <translation>{file}: текшерилди жана карап чыгуу үчүн сакталды.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{group} — file {n}
{state}, {date}</source>
        <translation>{group} — {n}-файл
{state}, {date}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{group}, file {n}</source>
        <translation>{group}, {n}-файл</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State: {state}. Made {date}; received {received}. {encrypted}
Key {key}. Bundle {bundle}.</source>
        <translation>Абалы: {state}. Түзүлгөн: {date}; алынган: {received}. {encrypted}
Ачкыч: {key}. Пакет: {bundle}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It was encrypted.</source>
        <translation>Ал шифрленген болчу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was NOT encrypted.</source>
        <translation>Ал шифрленген ЭМЕС болчу.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rejected: {reason}</source>
        <translation>Четке кагылды: {reason}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This is the first file received from this group.</source>
        <translation>Бул — ушул топтон алынган биринчи файл.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>file {n}</source>
        <translation>{n}-файл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No changes.</source>
        <translation>Өзгөртүүлөр жок.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Reject the file</source>
        <translation>Файлды четке кагуу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why? (The group can be told.)</source>
        <translation>Эмне үчүн? (Себебин топко айтууга болот.)</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/words/inbox.py" line="+15"/>
        <source>held: check the key</source>
        <translation>кармалып турат: ачкычты текшериңиз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verified</source>
        <extracomment>State of a received bundle: its signature and contents were checked and are good.</extracomment>
        <translation>текшерилген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the library</source>
        <translation>китепканада</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected</source>
        <extracomment>State of a received bundle: Coact decided not to take it.</extracomment>
        <translation>четке кагылган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replaced by a newer file</source>
        <translation>жаңыраак файл менен алмаштырылган</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This group&apos;s key was new to Coact when the file came; it is trusted since its words were compared with the group.</source>
        <translation>Файл келгенде бул топтун ачкычы Coact үчүн жаңы болчу; анын сөздөрү топ менен салыштырылгандан бери ага ишенилет.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This group&apos;s key is new to Coact. Phone the group (on a number you already know, not one from the file) and ask them to read out their key&apos;s words. Trust the key only if every word matches.</source>
        <translation>Бул топтун ачкычы Coact үчүн жаңы. Топко телефон чалыңыз (файлдагы номерге эмес, мурунтан билген номериңизге) жана ачкычынын сөздөрүн үн чыгарып окуп берүүсүн сураныңыз. Ар бир сөз дал келсе гана ачкычка ишениңиз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed with the key Coact already trusts for this group.</source>
        <translation>Coact бул топ үчүн мурунтан ишенген ачкыч менен кол коюлган.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed with a new key that the group&apos;s trusted key handed over to (a signed rotation record).</source>
        <translation>Топтун ишенилген ачкычы ордун өткөрүп берген жаңы ачкыч менен кол коюлган (кол коюлган алмаштыруу жазуусу бар).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>yes</source>
        <translation>ооба</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>жок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Өлкө</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Шаар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founded</source>
        <translation>Негизделген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still active</source>
        <translation>Азыр да иштейт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Тилдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models of organising</source>
        <translation>Уюшуу моделдери</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>named with consent</source>
        <translation>макулдук менен аты аталат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pseudonym</source>
        <translation>лакап ат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People named</source>
        <translation>Аталган адамдар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attachments</source>
        <translation>Тиркемелер</translation>
    </message>
</context>
<context>
    <name>IndexBuilder</name>
    <message>
        <location filename="../src/coact_desktop/gui/search_index.py" line="+32"/>
        <source>Progress</source>
        <translation>Аткарылышы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../src/coact_desktop/gui/export_key_page.py" line="+34"/>
        <source>Passphrase</source>
        <translation>Сырсөз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase again</source>
        <translation>Сырсөз дагы бир жолу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Again:</source>
        <extracomment>Label of the field where the passphrase is typed a second time.</extracomment>
        <translation>Кайталаңыз:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer is old or has little memory (lighter key protection)</source>
        <translation>Бул компьютер эски же эс тутуму аз (ачкычты жеңилирээк коргоо)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase:</source>
        <translation>Сырсөз:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Make your group&apos;s signing key</source>
        <translation>Тобуңуздун кол коюу ачкычын түзүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It shows Coact that the file comes from your group.</source>
        <translation>Ал файл сиздин тобуңуздан келгенин Coact&apos;ка көрсөтөт.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is your group&apos;s first export. Coact Desktop now makes a signing key, so that Coact can tell that later files come from you. Choose a passphrase of at least 8 characters. Nobody can recover a forgotten passphrase, not even Coact: write it down somewhere safe.</source>
        <translation>Бул — тобуңуздун биринчи экспорту. Азыр Coact Desktop кол коюу ачкычын түзөт, ошондо Coact кийинки файлдар сизден келгенин биле алат. Кеминде 8 белгиден турган сырсөз тандаңыз. Унутулган сырсөздү эч ким, атүгүл Coact да калыбына келтире албайт: аны жазып алып, коопсуз жерде сактаңыз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlock your group&apos;s signing key</source>
        <translation>Тобуңуздун кол коюу ачкычын ачуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key signs the file, so Coact knows it is yours.</source>
        <translation>Ачкыч файлга кол коёт, ошондо Coact анын сиздики экенин билет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the passphrase of your group&apos;s signing key.</source>
        <translation>Тобуңуздун кол коюу ачкычынын сырсөзүн териңиз.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking the passphrase…</source>
        <translation>Сырсөз текшерилүүдө…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Wrong passphrase. Type it again; check the keyboard&apos;s language and Caps Lock.</source>
        <translation>Сырсөз туура эмес. Аны кайра териңиз; баскычтоптун тилин жана Caps Lock баскычын текшериңиз.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The two passphrases differ.</source>
        <translation>Эки сырсөз дал келбейт.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least 8 characters, please.</source>
        <translation>Сураныч, кеминде 8 белги.</translation>
    </message>
</context>
<context>
    <name>KeysMenu</name>
    <message>
        <location filename="../src/coact_desktop/gui/keys_menu.py" line="+28"/>
        <source>Your group&apos;s signing key…</source>
        <translation>Тобуңуздун кол коюу ачкычы…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up the signing key…</source>
        <translation>Кол коюу ачкычынын камдык көчүрмөсүн жасоо…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the signing key from a backup…</source>
        <translation>Кол коюу ачкычын камдык көчүрмөдөн калыбына келтирүү…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the public key…</source>
        <translation>Ачык ачкычты сактоо…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the key with a new one…</source>
        <translation>Ачкычты жаңысына алмаштыруу…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key {key}

Its words, to read out to Coact by phone:
{words}</source>
        <translation>Ачкыч: {key}

Анын сөздөрү — аларды Coact&apos;ка телефон аркылуу окуп бериңиз:
{words}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signing key</source>
        <extracomment>The group&apos;s own key that signs its bundles.</extracomment>
        <translation>Кол коюу ачкычы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your group has no signing key yet: it is made on the first export.</source>
        <translation>Тобуңуздун азырынча кол коюу ачкычы жок: ал биринчи экспорттоодо түзүлөт.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+13"/>
        <source>Back up the signing key</source>
        <translation>Кол коюу ачкычынын камдык көчүрмөсү</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Passphrase of the signing key:</source>
        <translation>Кол коюу ачкычынын сырсөзү:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key backup is in {path}. It is still locked by the passphrase: keep the file and the passphrase in different places.</source>
        <translation>Ачкычтын камдык көчүрмөсү бул жерде: {path}. Ал дагы эле сырсөз менен кулпуланган: файлды жана сырсөздү башка-башка жерде сактаңыз.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>Restore the signing key</source>
        <translation>Кол коюу ачкычын калыбына келтирүү</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Passphrase of the backed-up key:</source>
        <translation>Камдык көчүрмөдөгү ачкычтын сырсөзү:</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <source>Save the public key</source>
        <translation>Ачык ачкычты сактоо</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase of the current key:</source>
        <translation>Учурдагы ачкычтын сырсөзү:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase for the new key (at least 8 characters):</source>
        <translation>Жаңы ачкыч үчүн сырсөз (кеминде 8 белги):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new passphrase again:</source>
        <translation>Жаңы сырсөз дагы бир жолу:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>New key</source>
        <translation>Жаңы ачкыч</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The two passphrases differ.</source>
        <translation>Эки сырсөз дал келбейт.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your group now signs with key {key}; the old key signed the hand-over, and your next file carries it.

Its words:
{words}</source>
        <translation>Эми тобуңуз {key} ачкычы менен кол коёт; эски ачкыч өткөрүп берүүгө кол койду, бул жазуу кийинки файлыңызда болот.

Жаңы ачкычтын сөздөрү:
{words}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Passphrase</source>
        <translation>Сырсөз</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../src/coact_desktop/gui/language_menu.py" line="+57"/>
        <source>Follow the &amp;system</source>
        <translation>&amp;Системадагыдай</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Everything you have written stays as it is.</source>
        <translation>Сиз жазгандын баары ошол бойдон калат.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next time it starts, Coact Desktop will be in this language: {language}.</source>
        <translation>Кийинки жолу иштетилгенде Coact Desktop бул тилде болот: {language}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coact Desktop will follow the system&apos;s language the next time it starts.</source>
        <translation>Кийинки жолу иштетилгенде Coact Desktop системанын тилин колдонот.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Тил</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/coact_desktop/gui/damaged_library.py" line="+28"/>
        <source>The library database is damaged</source>
        <translation>Китепкананын маалымат базасы бузулган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile database is damaged. Restore the newest backup ({name})? Changes made since that backup was taken are not in it; the damaged file is kept aside.</source>
        <translation>Профилдин маалымат базасы бузулган. Эң акыркы камдык көчүрмөнү ({name}) калыбына келтиресизби? Ал көчүрмө жасалгандан кийинки өзгөртүүлөр анда жок; бузулган файл өзүнчө сакталып калат.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/gui/main_window.py" line="+80"/>
        <location line="+635"/>
        <source>A history of drug user organising</source>
        <translation>Баңгизат колдонгон адамдардын уюшуу тарыхы</translation>
    </message>
    <message>
        <location line="-609"/>
        <source>A history of drug user organising
by Mat Southwell and Lana Durjava, Coact</source>
        <translation>Баңгизат колдонгон адамдардын уюшуу тарыхы
Авторлору: Mat Southwell жана Lana Durjava, Coact</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Authors</source>
        <extracomment>The line naming who wrote the history.</extracomment>
        <translation>Авторлору</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edition</source>
        <translation>Басылыш</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Views</source>
        <extracomment>The tabs of the main window (Read, Organisations, Timeline, Search, drafts).</extracomment>
        <translation>Терезенин бөлүмдөрү</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read</source>
        <extracomment>Tab where the history is read (a verb, like &apos;Search&apos;).</extracomment>
        <translation>Окуу</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Organisations</source>
        <translation>Уюмдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Издөө</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our group&apos;s history</source>
        <translation>Биздин топтун тарыхы</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Opening the library…</source>
        <translation>Китепкана ачылууда…</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Edition {number}, {date}</source>
        <translation>{number}-басылыш, {date}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inbox</source>
        <extracomment>Tab (Coact&apos;s staff only) listing bundles received from groups.</extracomment>
        <translation>Келгендер</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reading the last edition published…</source>
        <translation>Акыркы жарыяланган басылыш окулууда…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The editions workspace cannot open</source>
        <translation>Басылыштарды даярдоо бөлүмүн ачуу мүмкүн эмес</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a file</source>
        <translation>Файлды импорттоо</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coact files (*.coactpack *.coactanswer *.coact);;All files (*)</source>
        <translation>Coact файлдары (*.coactpack *.coactanswer *.coact);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Coact&apos;s answer is on the draft it answers.</source>
        <translation>Coact&apos;тын жообу ал жооп берген долбоордо турат.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coact&apos;s answer was not imported. {reason}</source>
        <translation>Coact&apos;тын жообу импорттолгон жок. {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not imported</source>
        <translation>Импорттолгон жок</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copy the library to a stick</source>
        <translation>Китепкананы флешкага көчүрүү</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy Coact Desktop to a stick</source>
        <translation>Coact Desktop программасын флешкага көчүрүү</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Copied to {path}. Whoever gets it can check it as you did.</source>
        <translation>Көчүрүлдү: {path}. Аны алган адам да сиз сыяктуу текшере алат.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This is the edition the program came with: nothing new yet.</source>
        <translation>Бул — программа менен кошо келген басылыш: азырынча жаңы эч нерсе жок.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Preparing search…</source>
        <translation>Издөө даярдалууда…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Search is not ready. It will be set up the next time you start Coact Desktop.</source>
        <translation>Издөө азырынча даяр эмес. Ал Coact Desktop кийинки жолу иштетилгенде даярдалат.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search is not available: {reason}</source>
        <translation>Издөө жеткиликсиз: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Coact Desktop cannot open the library</source>
        <translation>Coact Desktop китепкананы ача албайт</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>(no name yet)</source>
        <translation>(азырынча аталышы жок)</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Some changes are not saved</source>
        <translation>Айрым өзгөртүүлөр сакталган жок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last changes to your draft could not be saved: {reason}

Keep the window open and try again? If you close now, those changes are lost.</source>
        <translation>Долбооруңуздагы акыркы өзгөртүүлөрдү сактоо мүмкүн болбоду: {reason}

Терезени ачык калтырып, кайра аракет кыласызбы? Азыр жапсаңыз, ал өзгөртүүлөр жоголот.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../src/coact_desktop/gui/notice_bar.py" line="+28"/>
        <source>Notice</source>
        <translation>Билдирүү</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the notice</source>
        <translation>Билдирүүнү жабуу</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../src/coact_desktop/gui/export_wizard.py" line="+36"/>
        <source>Where to save the file</source>
        <translation>Файлды кайда сактоо керек</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history becomes one file. Take it to Coact on a USB stick, or send it by e-mail or messenger.</source>
        <translation>Тарых бир файлга айланат. Аны Coact&apos;ка флешка менен алып барыңыз же электрондук почта же мессенджер аркылуу жөнөтүңүз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Тандоо…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypt it so that only Coact can read it</source>
        <translation>Coact гана окуй алгыдай кылып шифрлөө</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without encryption, anyone who gets the file (on a lost USB stick, in an e-mail account, on a phone) can read everything in it. Only send it unencrypted if you are sure.</source>
        <translation>Файл шифрленбесе, аны колуна алган ар бир адам (жоголгон флешкадан, электрондук почтадан же телефондон) андагы бардык нерсени окуй алат. Шифрленбеген файлды толук ишенсеңиз гана жөнөтүңүз.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name:</source>
        <translation>Файлдын аты:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a folder</source>
        <translation>Папка тандоо</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no such folder. Choose one with “Choose…”.</source>
        <translation>Мындай папка жок. «Тандоо…» баскычы менен папка тандаңыз.</translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <location filename="../src/coact_desktop/gui/organisations_view.py" line="+38"/>
        <source>Filter by name, other spelling, country or city</source>
        <translation>Аталышы, башкача жазылышы, өлкөсү же шаары боюнча чыпкалоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter organisations</source>
        <translation>Уюмдарды чыпкалоо</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation</source>
        <translation>Уюм</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+111"/>
        <source>Other spellings</source>
        <extracomment>Column: other names or spellings of the same organisation.</extracomment>
        <translation>Башка жазылыштары</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Country or region</source>
        <translation>Өлкө же аймак</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+115"/>
        <source>City</source>
        <translation>Шаар</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+116"/>
        <source>Founded</source>
        <translation>Негизделген</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+116"/>
        <source>Ended</source>
        <extracomment>Column: the year the organisation stopped working.</extracomment>
        <translation>Ишин токтоткон</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Mentions</source>
        <extracomment>Column: how many passages of the history name the organisation.</extracomment>
        <translation>Эскерүүлөр</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Organisations</source>
        <translation>Уюмдар</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Organisation details and passages</source>
        <translation>Уюм тууралуу маалымат жана үзүндүлөр</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose an organisation to see what the history says of it, and every passage that names it.</source>
        <translation>Тарыхта уюм жөнүндө эмне айтылганын жана ал аталган бардык үзүндүлөрдү көрүү үчүн уюмду тандаңыз.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Country</source>
        <translation>Өлкө</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Аймак</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Models of organising</source>
        <translation>Уюшуу моделдери</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Passages that mention it ({count})</source>
        <translation>Ал эскерилген үзүндүлөр ({count})</translation>
    </message>
</context>
<context>
    <name>PaperKeyDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/paper_key_dialog.py" line="+32"/>
        <source>Paper backup of the key</source>
        <translation>Ачкычтын кагаздагы камдык көчүрмөсү</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the drafts with the paper key</source>
        <translation>Долбоорлорду кагаз ачкыч менен ачуу</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase</source>
        <translation>Сырсөз</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>Paper key</source>
        <translation>Кагаз ачкыч</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>New passphrase</source>
        <translation>Жаңы сырсөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again</source>
        <translation>Жаңы сырсөз дагы бир жолу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Сырсөз:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper &amp;key:</source>
        <translation>Кагаз &amp;ачкыч:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Жаңы сырсөз:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;Кайталаңыз:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Problem</source>
        <translation>Көйгөй</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Show the key</source>
        <translation>Ачкычты &amp;көрсөтүү</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Open and set</source>
        <translation>Ачып, жаңы сырсөздү к&amp;оюу</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>If the passphrase is forgotten, this key written on paper opens the drafts and lets you choose a new passphrase. Anyone who has the paper and this laptop can read the drafts: keep it somewhere safe, away from the laptop, or do without it.

Type the passphrase to show the key.</source>
        <translation>Сырсөз унутулуп калса, кагазга жазылган бул ачкыч долбоорлорду ачат жана жаңы сырсөз тандоого мүмкүндүк берет. Кагаз жана бул ноутбук колунда болгон ар бир адам долбоорлорду окуй алат: кагазды ноутбуктан алыс, коопсуз жерде сактаңыз же кагаз ачкычты такыр жазбаңыз.

Ачкычты көрсөтүү үчүн сырсөздү териңиз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the 14 groups written on the paper, then choose a new passphrase. A duress passphrase, if one was set, is removed: set it again afterwards.</source>
        <translation>Кагазга жазылган 14 топту териңиз, андан кийин жаңы сырсөз тандаңыз. Эгер коркунуч сырсөзү коюлган болсо, ал алынып салынат: кийин аны кайра коюңуз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the passphrase.</source>
        <translation>Сырсөздү териңиз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the paper key.</source>
        <translation>Кагаз ачкычты териңиз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Кеминде 8 белгиден турган сырсөз тандаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the same new passphrase twice.</source>
        <translation>Бир эле жаңы сырсөздү эки жолу териңиз.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening…</source>
        <translation>Ачылууда…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Close</source>
        <translation>&amp;Жабуу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy it onto paper, in this order. It changes only after a quick delete.</source>
        <translation>Аны ушул тартипте кагазга көчүрүп жазыңыз. Ал тез өчүрүүдөн кийин гана өзгөрөт.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/passphrase_dialog.py" line="+40"/>
        <source>Protect drafts with a passphrase</source>
        <translation>Долбоорлорду сырсөз менен коргоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the passphrase</source>
        <translation>Сырсөздү өзгөртүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Duress passphrase</source>
        <translation>Коркунуч сырсөзү</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Passphrase</source>
        <translation>Сырсөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>Жаңы сырсөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again</source>
        <translation>Жаңы сырсөз дагы бир жолу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duress passphrase again</source>
        <translation>Коркунуч сырсөзү дагы бир жолу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also set a &amp;duress passphrase</source>
        <translation>Коркунуч сырсөзүн &amp;да коюу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typing the duress passphrase &amp;quick-deletes the drafts first, for good</source>
        <translation>Коркунуч сырсөзү терилгенде, адегенде долбоорлор биротоло &amp;тез өчүрүлөт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Сырсөз:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Жаңы сырсөз:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;Кайталаңыз:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>D&amp;uress passphrase:</source>
        <translation>Ко&amp;ркунуч сырсөзү:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duress a&amp;gain:</source>
        <translation>Коркунуч сырсөзү дагы &amp;бир жолу:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Problem</source>
        <translation>Көйгөй</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Protect</source>
        <translation>Кор&amp;гоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange</source>
        <translation>Өзгөр&amp;түү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Set</source>
        <translation>К&amp;оюу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove the duress passphrase</source>
        <translation>Коркунуч сырсөзүн &amp;алып салуу</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing is re-encrypted: the drafts keep their key, and only the passphrase that opens it changes.</source>
        <translation>Эч нерсе кайра шифрленбейт: долбоорлордун ачкычы ошол эле бойдон калат, аны ачкан сырсөз гана өзгөрөт.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Typed instead of the passphrase, a duress passphrase opens the program with none of your drafts in it, and nothing on the screen says which one was typed. It does not protect against a copy of the disk made before it was typed.</source>
        <translation>Негизги сырсөздүн ордуна коркунуч сырсөзү терилсе, программа ичинде бир да долбооруңуз жок ачылат, экранда кайсы сырсөз терилгени эч жерде көрүнбөйт. Коркунуч сырсөзү терилгенге чейин жасалган дисктин көчүрмөсүндөгү маалыматты коргобойт.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The duress passphrase must differ from your usual passphrase.</source>
        <translation>Коркунуч сырсөзү негизги сырсөзүңүздөн айырмаланышы керек.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Type the passphrase that opens the drafts now.</source>
        <translation>Учурда долбоорлорду ачкан сырсөздү териңиз.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Your drafts, the people named in them, the inbox and the group&apos;s signing key will be encrypted on this computer. Each time the program starts you type the passphrase once to open them; the history can be read without it.

If you forget this passphrase, nobody can open your drafts again, not even Coact. Write it on paper and keep it somewhere safe, away from the laptop.</source>
        <translation>Долбоорлоруңуз, аларда аты аталган адамдар, «Келгендер» жана топтун кол коюу ачкычы бул компьютерде шифрленет. Программа ар бир жолу иштей баштаганда, аларды ачуу үчүн сырсөздү бир жолу тересиз; тарыхты сырсөзсүз деле окуса болот.

Бул сырсөздү унутуп калсаңыз, долбоорлоруңузду эч ким, атүгүл Coact да кайра ача албайт. Аны кагазга жазып, ноутбуктан алыс, коопсуз жерде сактаңыз.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Кеминде 8 белгиден турган сырсөз тандаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the same new passphrase twice.</source>
        <translation>Бир эле жаңы сырсөздү эки жолу териңиз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a duress passphrase of at least 8 characters.</source>
        <translation>Кеминде 8 белгиден турган коркунуч сырсөзүн тандаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the same duress passphrase twice.</source>
        <translation>Бир эле коркунуч сырсөзүн эки жолу териңиз.</translation>
    </message>
</context>
<context>
    <name>PeopleTable</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_tables.py" line="-277"/>
        <location line="+182"/>
        <source>Consent</source>
        <translation>Макулдук</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Real name</source>
        <translation>Чыныгы аты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pseudonym</source>
        <translation>Лакап аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add person</source>
        <translation>Адам кошуу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People and their consent</source>
        <translation>Адамдар жана алардын макулдугу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Named, with consent</source>
        <extracomment>Consent of a person named in the draft (a choice in the people table).</extracomment>
        <translation>Макулдук менен аты аталат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pseudonym only</source>
        <translation>Лакап ат менен гана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withheld: not shown</source>
        <translation>Жашырылган: көрсөтүлбөйт</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_dialogs.py" line="+57"/>
        <source>Group profile</source>
        <translation>Топ жөнүндө маалымат</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language of the draft</source>
        <translation>Долбоордун тили</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The group&apos;s name</source>
        <translation>Топтун аталышы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not given</source>
        <extracomment>Shown in the &apos;year founded&apos; field when the group gave no year.</extracomment>
        <translation>көрсөтүлгөн эмес</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not given</source>
        <translation>Көрсөтүлгөн эмес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, still active</source>
        <translation>Ооба, азыр да иштейт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, no longer active</source>
        <translation>Жок, азыр иштебейт</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. English, Russian</source>
        <translation>мисалы: англисче, орусча</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models of organising</source>
        <translation>Уюшуу моделдери</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Өлкө</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Шаар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year founded</source>
        <translation>Негизделген жылы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still active</source>
        <translation>Азыр да иштейт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Тилдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This history is written in</source>
        <translation>Бул тарых жазылган тил</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The group&apos;s models of organising</source>
        <translation>Топтун уюшуу моделдери</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the group&apos;s name to go on; everything else can wait.</source>
        <translation>Улантуу үчүн топтун аталышын жазыңыз; калганын кийинчерээк толтурсаңыз болот.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is missing</source>
        <translation>Эмне жетишпейт</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Give the group&apos;s name first.</source>
        <translation>Адегенде топтун аталышын жазыңыз.</translation>
    </message>
</context>
<context>
    <name>ProfileSafety</name>
    <message>
        <location filename="../src/coact_desktop/gui/profile_safety.py" line="+51"/>
        <location line="+60"/>
        <source>&amp;Protect drafts with a passphrase…</source>
        <translation>Долбоорлорду &amp;сырсөз менен коргоо…</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>D&amp;uress passphrase…</source>
        <translation>Ко&amp;ркунуч сырсөзү…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper &amp;backup of the key…</source>
        <translation>&amp;Ачкычтын кагаздагы камдык көчүрмөсү…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock drafts</source>
        <translation>&amp;Долбоорлорду кулпулоо</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock &amp;when idle</source>
        <translation>Колдонулбай турганда ку&amp;лпулоо</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After {minutes} minutes</source>
        <translation>{minutes} мүнөттөн кийин</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never</source>
        <translation>Эч качан</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quick delete after wron&amp;g passphrases</source>
        <translation>Т&amp;уура эмес сырсөз терилгенде тез өчүрүү</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After {count} wrong passphrases in a row</source>
        <translation>Катары менен {count} жолу туура эмес сырсөз терилгенде</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never</source>
        <comment>quick delete after wrong passphrases</comment>
        <extracomment>The choice that leaves quick delete after wrong passphrases off.</extracomment>
        <translation>Эч качан</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quic&amp;k delete…</source>
        <translation>&amp;Тез өчүрүү…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Change the &amp;passphrase…</source>
        <translation>&amp;Сырсөздү өзгөртүү…</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The drafts are locked.</source>
        <translation>Долбоорлор кулпуланды.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Your drafts, their photos and files, the inbox and the keys are now encrypted on this computer.</source>
        <translation>Эми долбоорлоруңуз, алардын сүрөттөрү жана файлдары, «Келгендер» жана ачкычтар бул компьютерде шифрленген.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase was changed.</source>
        <translation>Сырсөз өзгөртүлдү.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The duress passphrase was removed.</source>
        <translation>Коркунуч сырсөзү алынып салынды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The duress passphrase was set.</source>
        <translation>Коркунуч сырсөзү коюлду.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Encrypting your drafts…</source>
        <translation>Долбоорлоруңуз шифрленүүдө…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Protect drafts with a passphrase</source>
        <translation>Долбоорлорду сырсөз менен коргоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypting your drafts and sealing their photos and files…</source>
        <translation>Долбоорлоруңуз жана аларга тиркелген сүрөттөр менен файлдар шифрленүүдө…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled: the drafts are not protected, as before.</source>
        <translation>Жокко чыгарылды: долбоорлор мурдагыдай эле корголгон эмес.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing was changed</source>
        <translation>Эч нерсе өзгөртүлгөн жок</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Quick delete after wrong passphrases</source>
        <translation>Туура эмес сырсөз терилгенде тез өчүрүү</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After {count} wrong passphrases in a row, your drafts, the inbox, photos, keys and backups are destroyed for good, as by quick delete, and nothing on the screen says so.

A mistyped passphrase, another keyboard language or a child at the keyboard can set it off. It does not help against someone who copies the disk before trying. Turn it on?</source>
        <translation>Катары менен {count} жолу туура эмес сырсөз терилгенде, долбоорлоруңуз, «Келгендер», сүрөттөр, ачкычтар жана камдык көчүрмөлөр тез өчүрүүдөгүдөй биротоло жок кылынат, экранда бул тууралуу эч нерсе көрүнбөйт.

Жаңылыш терилген сырсөз, баскычтоптун башка тили же баскычтопту басып ойногон бала да аны иштетип жибериши мүмкүн. Сырсөздү терип көрүүдөн мурун дисктин көчүрмөсүн алып алган адамдан бул коргобойт. Иштетесизби?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Turn it on</source>
        <translation>&amp;Иштетүү</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Quick delete after wrong passphrases is off.</source>
        <translation>Туура эмес сырсөз терилгенде тез өчүрүү иштетилген эмес.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After {count} wrong passphrases in a row, everything private is deleted.</source>
        <translation>Катары менен {count} жолу туура эмес сырсөз терилгенде, бардык жеке маалымат өчүрүлөт.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The drafts are open, under the new passphrase. Set a duress passphrase again if you had one.</source>
        <translation>Долбоорлор ачык, эми алар жаңы сырсөз менен корголгон. Эгер коркунуч сырсөзүңүз болсо, аны кайра коюңуз.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Deleting…</source>
        <translation>Өчүрүлүүдө…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Quick delete</source>
        <translation>Тез өчүрүү</translation>
    </message>
</context>
<context>
    <name>ProgramShare</name>
    <message>
        <location filename="../src/coact_desktop/gui/program_share.py" line="+42"/>
        <location line="+55"/>
        <source>Copy Coact Desktop to a stick</source>
        <translation>Coact Desktop программасын флешкага көчүрүү</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Copying Coact Desktop and checking the copy…</source>
        <translation>Coact Desktop көчүрүлүп, көчүрмө текшерилүүдө…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Coact Desktop {version} is copied to {folder} and the copy checked. Whoever gets it can check it too: with this program (coact-desktop release verify FOLDER), or with sha256sum -c RELEASE-SHA256SUMS and minisign -V inside the folder.</source>
        <translation>Coact Desktop {version} {folder} папкасына көчүрүлдү жана көчүрмө текшерилди. Аны алган адам да текшере алат: ушул программа менен (coact-desktop release verify ПАПКА) же папканын ичинде sha256sum -c RELEASE-SHA256SUMS жана minisign -V буйруктары менен.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The library&apos;s newest edition is copied to {path}.</source>
        <translation>Китепкананын эң жаңы басылышы көчүрүлдү: {path}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied</source>
        <extracomment>Title of a message: the program&apos;s files were copied.</extracomment>
        <translation>Көчүрүлдү</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coact Desktop is copied to {folder}.</source>
        <translation>Coact Desktop {folder} папкасына көчүрүлдү.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was copied.</source>
        <translation>Эч нерсе көчүрүлгөн жок.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../src/coact_desktop/gui/task_progress.py" line="+15"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../src/coact_desktop/words/qt_words.py" line="+15"/>
        <source>OK</source>
        <extracomment>A button of a dialog (Qt&apos;s own word, as on every dialog of the system).</extracomment>
        <translation>Макул</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ооба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Жок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ачуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Таштоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Колдонуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Жардам</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location line="+2"/>
        <source>&lt; &amp;Back</source>
        <extracomment>A button of a step-by-step dialog (the send wizard): the step before.</extracomment>
        <translation>&lt; &amp;Артка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next &gt;</source>
        <extracomment>The step after; in a right-to-left language, leave the arrow out.</extracomment>
        <translation>&amp;Кийинки &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Бүтүрүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Жардам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>Ырастоо</translation>
    </message>
</context>
<context>
    <name>QuickDelete</name>
    <message>
        <location filename="../src/coact_desktop/words/quick_delete.py" line="+16"/>
        <source>the key to your drafts (destroyed first)</source>
        <translation>долбоорлоруңуздун ачкычы (эң биринчи жок кылынды)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the encrypted drafts, inbox and keys</source>
        <translation>шифрленген долбоорлор, «Келгендер» жана ачкычтар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drafts, inbox and keys</source>
        <translation>долбоорлор, «Келгендер» жана ачкычтар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>photos and files attached to drafts</source>
        <translation>долбоорлорго тиркелген сүрөттөр жана файлдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backups</source>
        <translation>камдык көчүрмөлөр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key files</source>
        <translation>ачкыч файлдары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the log</source>
        <translation>журнал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>temporary files</source>
        <translation>убактылуу файлдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the plan of the next edition</source>
        <translation>кийинки басылыштын планы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the count of wrong passphrases</source>
        <translation>туура эмес сырсөздөрдүн эсеби</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folders, files and drafts remembered in settings</source>
        <translation>жөндөөлөрдө эсте калган папкалар, файлдар жана долбоорлор</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There was nothing private to remove.</source>
        <translation>Өчүрө турган жеке маалымат болгон жок.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed: {items}. The library is still here.</source>
        <extracomment>{items} is a list of what was removed, separated by semicolons.</extracomment>
        <translation>Өчүрүлдү: {items}. Китепкана ордунда калды.</translation>
    </message>
</context>
<context>
    <name>QuickDeleteDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/quick_delete_dialog.py" line="+26"/>
        <source>Quick delete</source>
        <translation>Тез өчүрүү</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delete</source>
        <extracomment>The word typed to confirm quick delete: one short, ordinary word.</extracomment>
        <translation>жоюу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This destroys, for good, your group&apos;s drafts and the people named in them, attached files, the inbox, keys, backups and the log. The history stays, so the program looks like any reader&apos;s. Nobody can bring the drafts back, not even with the passphrase.

Type {word} to go on.</source>
        <translation>Бул тобуңуздун долбоорлорун жана аларда аталган адамдарды, тиркелген файлдарды, «Келгендерди», ачкычтарды, камдык көчүрмөлөрдү жана журналды биротоло жок кылат. Тарых калат, ошондуктан программа каалаган окурмандын программасындай көрүнөт. Долбоорлорду эч ким, атүгүл сырсөз менен да, кайра калыбына келтире албайт.

Улантуу үчүн «{word}» деп териңиз.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Confirmation word</source>
        <extracomment>The field where the confirming word is typed.</extracomment>
        <translation>Ырастоо сөзү</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Countdown</source>
        <translation>Артка саноо</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete now</source>
        <translation>&amp;Азыр өчүрүү</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Deleting in {seconds}… Press Cancel or Esc to stop.</source>
        <translation>{seconds} секунддан кийин өчүрүлөт… Токтотуу үчүн «Жокко чыгаруу» баскычын же Esc баскычын басыңыз.</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../src/coact_desktop/gui/media_save.py" line="+32"/>
        <source>file from a group history</source>
        <translation>топтун тарыхындагы файл</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save a copy</source>
        <translation>Көчүрмөсүн сактоо</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A copy is saved in {path}.</source>
        <translation>Көчүрмө сакталды: {path}.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/gui/rendering.py" line="+28"/>
        <source>From the history of {group}, in its own words</source>
        <translation>{group} тобунун тарыхынан, өз сөздөрү менен</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>PDF document</source>
        <translation>PDF документ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>text file</source>
        <extracomment>Kind of an attached file, inside a sentence: lower case.</extracomment>
        <translation>текст файлы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a copy ({kind}, {size})…</source>
        <translation>Көчүрмөсүн сактоо ({kind}, {size})…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>under 1 KB</source>
        <translation>1 КБдан аз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} KB</source>
        <translation>{n} КБ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} MB</source>
        <translation>{n} МБ</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../src/coact_desktop/gui/reader_view.py" line="+93"/>
        <source>Chapter text</source>
        <translation>Баптын тексти</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>← Previous: {title}</source>
        <translation>← Мурунку: {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: {title} →</source>
        <translation>Кийинки: {title} →</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_dialogs.py" line="+39"/>
        <source>Revision history</source>
        <translation>Версиялар тарыхы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revisions</source>
        <translation>Версиялар</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/words/revisions.py" line="+15"/>
        <source>started</source>
        <extracomment>Why a revision of a draft was saved: the draft was started.</extracomment>
        <translation>долбоор башталды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imported</source>
        <extracomment>Why a revision was saved: the draft was imported from a file.</extracomment>
        <translation>импорттолду</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saved while writing</source>
        <translation>жазуу учурунда сакталды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restored an earlier revision</source>
        <translation>мурунку версия калыбына келтирилди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>өзгөртүлдү</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/gui/draft_dialogs.py" line="+3"/>
        <source>Revision {number} · {when} · {reason} · {size}</source>
        <extracomment>One line of the revision list: its number, date and time, why it was saved, length.</extracomment>
        <translation>{number}-версия · {when} · {reason} · {size}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Differences from the text now</source>
        <translation>Азыркы тексттен айырмачылыктар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore this revision</source>
        <translation>Бул версияны калыбына келтирүү</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People and consent</source>
        <translation>Адамдар жана макулдук</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and files</source>
        <translation>Сүрөттөр жана файлдар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>ооба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>жок</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country</source>
        <translation>Өлкө</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Шаар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founded</source>
        <translation>Негизделген жылы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still active</source>
        <translation>Азыр да иштейт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Тилдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models of organising</source>
        <translation>Уюшуу моделдери</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the draft</source>
        <translation>Долбоордун тили</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>undated</source>
        <extracomment>An event of the timeline that has no date.</extracomment>
        <translation>датасыз</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>named</source>
        <extracomment>Consent of a person in the draft: agreed to be named with the real name.</extracomment>
        <translation>аты аталат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pseudonym</source>
        <translation>лакап ат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withheld</source>
        <extracomment>Consent of a person: neither the name nor the pseudonym is shown.</extracomment>
        <translation>жашырылган</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../src/coact_desktop/gui/search_view.py" line="+39"/>
        <source>Search the history (Ctrl+K)</source>
        <translation>Тарыхтан издөө (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the history</source>
        <translation>Тарыхтан издөө</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by chapter</source>
        <translation>Бап боюнча чыпкалоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by model of organising</source>
        <translation>Уюшуу модели боюнча чыпкалоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by country</source>
        <translation>Өлкө боюнча чыпкалоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by decade</source>
        <translation>Он жылдык боюнча чыпкалоо</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search results</source>
        <translation>Издөө натыйжалары</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>All chapters</source>
        <translation>Бардык баптар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All models</source>
        <translation>Бардык моделдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All countries</source>
        <translation>Бардык өлкөлөр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All decades</source>
        <translation>Бардык он жылдыктар</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Preparing search…</source>
        <translation>Издөө даярдалууда…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a word or a name. Word forms and misspellings are found too.</source>
        <translation>Сөз же ат териңиз. Сөздүн башка формалары жана катасы бар жазылыштар да табылат.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No exact matches. Showing close spellings:</source>
        <translation>Так дал келүүлөр жок. Окшош жазылыштар көрсөтүлүүдө:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing found.</source>
        <translation>Эч нерсе табылган жок.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Coact&apos;s history is written in English: try an English word. Each group&apos;s own history is found in the language it is written in.</source>
        <translation>Coact&apos;тын тарыхы англис тилинде жазылган: англисче сөз терип көрүңүз. Ар бир топтун өз тарыхы кайсы тилде жазылса, ошол тилде табылат.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{shown} of %n results</source>
        <extracomment>{shown} results are listed of %n found in all.</extracomment>
        <translation>
            <numerusform>%n натыйжадан {shown}</numerusform>
            <numerusform>%n натыйжадан {shown}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n results</source>
        <translation>
            <numerusform>%n натыйжа</numerusform>
            <numerusform>%n натыйжа</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Did you mean {suggestion}?</source>
        <translation>Балким, {suggestion} дегенди издегендирсиз?</translation>
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
            <numerusform>%n сөз</numerusform>
            <numerusform>%n сөз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n characters</source>
        <extracomment>The length of a text in Thai, Lao, Khmer, Myanmar, Chinese or Japanese, which do not put spaces between words: its letters are counted instead.</extracomment>
        <translation>
            <numerusform>%n белги</numerusform>
            <numerusform>%n белги</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../src/coact_desktop/gui/timeline_view.py" line="+24"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{decade}s</source>
        <extracomment>A decade heading: {decade} is a year like 1990, so &apos;the 1990s&apos;.</extracomment>
        <translation>{decade}-жылдар</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open this passage in the reader</source>
        <translation>Бул үзүндүнү «Окуу» өтмөгүндө ачуу</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <location filename="../src/coact_desktop/gui/unlock_panel.py" line="+24"/>
        <source>Your group&apos;s drafts are locked</source>
        <translation>Тобуңуздун долбоорлору кулпуланган</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>They are encrypted on this computer. Type your passphrase to open them. The history can be read and searched without it.</source>
        <translation>Алар бул компьютерде шифрленген. Аларды ачуу үчүн сырсөзүңүздү териңиз. Тарыхты сырсөзсүз деле окуп, андан издесе болот.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase</source>
        <extracomment>The field where the passphrase of the group&apos;s drafts is typed.</extracomment>
        <translation>Сырсөз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unlock</source>
        <translation>Ку&amp;лпусун ачуу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forgotten? Use the &amp;paper key…</source>
        <translation>Унутуп калдыңызбы? &amp;Кагаз ачкычты колдонуңуз…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem</source>
        <translation>Көйгөй</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Opening…</source>
        <translation>Ачылууда…</translation>
    </message>
</context>
<context>
    <name>WhatsNewView</name>
    <message>
        <location filename="../src/coact_desktop/gui/whats_new_view.py" line="+39"/>
        <source>What&apos;s new in edition {edition}</source>
        <translation>{edition}-басылышта эмне жаңы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;{title}&lt;/b&gt;, edition {edition}, from {date}.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;, {edition}-басылыш, {date}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The editors wrote no notes for this edition.</source>
        <translation>Редакторлор бул басылышка эскертме жазышкан жок.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chapters added, changed and removed</source>
        <translation>Кошулган, өзгөртүлгөн жана алынып салынган баптар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chapter, with what changed marked</source>
        <translation>Бап (өзгөргөн жерлери белгиленген)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open this chapter</source>
        <translation>Бул бапты &amp;ачуу</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Added ({n})</source>
        <extracomment>Heading in What&apos;s new: chapters added since the last edition; {n} is how many.</extracomment>
        <translation>Кошулду ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed ({n})</source>
        <translation>Өзгөрдү ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed ({n})</source>
        <translation>Алынып салынды ({n})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No chapter changed in this edition.</source>
        <translation>Бул басылышта бир да бап өзгөргөн жок.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>New in this edition.</source>
        <translation>Бул басылышта жаңы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No longer in this edition.</source>
        <translation>Бул басылышта мындан ары жок.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Struck-through words were taken out; underlined words are new.</source>
        <translation>Үстү сызылган сөздөр алынып салынды; асты сызылган сөздөр — жаңы.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../src/coact_desktop/gui/window_menus.py" line="+34"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New draft…</source>
        <translation>&amp;Жаңы долбоор…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import a file…</source>
        <translation>Файлды &amp;импорттоо…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy the library to a stick…</source>
        <translation>&amp;Китепкананы флешкага көчүрүү…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Coact &amp;Desktop to a stick…</source>
        <translation>Coact Desktop &amp;программасын флешкага көчүрүү…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export the open draft…</source>
        <translation>Ачык долбоорду &amp;экспорттоо…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Чыгуу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Көрүнүш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find in chapter</source>
        <translation>&amp;Бапта табуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search the history</source>
        <translation>Тарыхтан &amp;издөө</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What&apos;s new in this edition</source>
        <translation>Бул басылышта &amp;эмне жаңы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous chapter</source>
        <translation>&amp;Мурунку бап</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ne&amp;xt chapter</source>
        <translation>&amp;Кийинки бап</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Чоңойтуу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom &amp;out</source>
        <translation>Кичи&amp;рейтүү</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Normal size</source>
        <translation>Ка&amp;димки өлчөм</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language</source>
        <translation>&amp;Тил</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keys</source>
        <translation>&amp;Ачкычтар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Coact</source>
        <translation>&amp;Coact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inbox of received files</source>
        <translation>&amp;Келгендер: алынган файлдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Editions workspace…</source>
        <translation>&amp;Басылыштарды даярдоо…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open received files…</source>
        <translation>Алынган файлдарды &amp;ачуу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Жардам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Баскыч айкалыштары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Coact Desktop</source>
        <translation>Coact Desktop &amp;жөнүндө</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>In a draft: text, timeline, people, files</source>
        <translation>Долбоордо: текст, хронология, адамдар, файлдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a draft&apos;s timeline or people: add a row</source>
        <translation>Долбоордун хронологиясында же адамдар тизмесинде: сап кошуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a draft&apos;s text: bold, link</source>
        <translation>Долбоордун текстинде: калың, шилтеме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a table: the next or the previous cell</source>
        <translation>Таблицада: кийинки же мурунку уяча</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keyboard shortcuts</source>
        <translation>Баскыч айкалыштары</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About Coact Desktop</source>
        <translation>Coact Desktop жөнүндө</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Coact Desktop {version}&lt;/h3&gt;&lt;p&gt;A history of drug user organising, written by Mat Southwell and Lana Durjava, Coact. The text is reproduced verbatim.&lt;/p&gt;&lt;p&gt;Works offline. Nothing is sent anywhere.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Coact Desktop {version}&lt;/h3&gt;&lt;p&gt;Баңгизат колдонгон адамдардын уюшуу тарыхы. Авторлору: Mat Southwell жана Lana Durjava, Coact. Текст сөзмө-сөз берилген.&lt;/p&gt;&lt;p&gt;Интернетсиз иштейт. Эч нерсе эч жакка жөнөтүлбөйт.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>WritePage</name>
    <message>
        <location filename="../src/coact_desktop/gui/export_write_page.py" line="+33"/>
        <location line="+59"/>
        <source>Writing the file</source>
        <translation>Файл жазылууда</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>This takes a moment; Cancel stops it and leaves nothing behind.</source>
        <translation>Бул бир аз убакыт алат; «Жокко чыгаруу» баскычы аны токтотот жана эч нерсе калтырбайт.</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Progress</source>
        <translation>Аткарылышы</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Key fingerprint words</source>
        <translation>Ачкычтын манжа изинин сөздөрү</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show the folder</source>
        <translation>Папканы көрсөтүү</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the file&apos;s path</source>
        <translation>Файлдын жолун көчүрүү</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back, to change the folder or the key</source>
        <translation>Артка, папканы же ачкычты өзгөртүү үчүн</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Signing and writing…</source>
        <translation>Кол коюлуп, жазылууда…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The file is ready</source>
        <translation>Файл даяр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send it to Coact in any way that suits you.</source>
        <translation>Аны Coact&apos;ка өзүңүзгө ыңгайлуу каалаган жол менен жөнөтүңүз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} KB</source>
        <translation>{n} КБ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} MB</source>
        <translation>{n} МБ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written: {path} ({size}).</source>
        <translation>Жазылды: {path} ({size}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is file number {n} from your group.</source>
        <translation>Бул — тобуңуздан келген {n}-файл.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is NOT encrypted: keep it safe.</source>
        <translation>Ал шифрленген ЭМЕС: аны коопсуз жерде сактаңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A signing key was made for your group. Make a backup of it (Keys → Back up the signing key…) and keep the passphrase apart from the backup.</source>
        <translation>Тобуңуз үчүн кол коюу ачкычы түзүлдү. Анын камдык көчүрмөсүн жасаңыз (Ачкычтар → Кол коюу ачкычынын камдык көчүрмөсүн жасоо…) жана сырсөздү камдык көчүрмөдөн өзүнчө сактаңыз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When Coact receives your first file they will phone you to compare these words. Read them out; never send them with the file:</source>
        <translation>Coact биринчи файлыңызды алганда, бул сөздөрдү салыштыруу үчүн сизге телефон чалышат. Аларды үн чыгарып окуп бериңиз; эч качан файл менен кошо жөнөтпөңүз:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your key&apos;s words, in case Coact asks for them again (by phone, never with the file):</source>
        <translation>Ачкычыңыздын сөздөрү — Coact аларды кайра сураса керек болот (телефон аркылуу, эч качан файл менен кошо эмес):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing was written.</source>
        <translation>Эч нерсе жазылган жок.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file was not written. {reason}</source>
        <translation>Файл жазылган жок. {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No program to show folders was found. The file is here: {path}</source>
        <translation>Папкаларды көрсөтүүчү программа табылган жок. Файл бул жерде: {path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied: {path}</source>
        <translation>Көчүрүлдү: {path}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../src/coact_desktop/gui/app.py" line="+122"/>
        <source>Coact Desktop cannot start</source>
        <translation>Coact Desktop программасын иштетүү мүмкүн болбоду</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Coact Desktop is already open with this profile. Use the window that is open (two windows could overwrite each other&apos;s writing).</source>
        <translation>Coact Desktop бул профиль менен мурунтан эле ачык. Ачык турган терезени колдонуңуз (эки терезе бири-биринин жазгандарын өчүрүп салышы мүмкүн).</translation>
    </message>
</context>
</TS>
