<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/answer_dialog.py" line="+57"/>
        <source>Answer {group}, file {n}</source>
        <translation>«{group}» тобына жауап, {n}-файл</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A word to the group</source>
        <translation>Топқа айтар сөз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not in an edition yet</source>
        <translation>әлі басылымға енбеген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The edition the history went into</source>
        <translation>Тарих енген басылым</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history&apos;s sections</source>
        <translation>Тарихтың бөлімдері</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A note on this section</source>
        <translation>Осы бөлімге ескертпе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coact&apos;s wording of this section</source>
        <translation>Бұл бөлімнің Coact ұсынған мәтіні</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publishing key file</source>
        <translation>Жариялау кілтінің файлы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase of the publishing key</source>
        <translation>Жариялау кілтінің құпия фразасы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder to save the answer in</source>
        <translation>Жауапты сақтайтын қалта</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>W&amp;rite the answer…</source>
        <translation>Жауапты &amp;жазу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Шешім:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;word to the group:</source>
        <translation>&amp;Топқа айтар сөз:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In &amp;edition:</source>
        <translation>Қай &amp;басылымда:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note on this section:</source>
        <translation>Бөлімге &amp;ескертпе:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coact&apos;s wording (leave it as the group wrote it to suggest no change):</source>
        <translation>Coact ұсынатын мәтін (өзгеріс ұсынбасаңыз, топ жазғандай қалдырыңыз):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Sections:</source>
        <translation>Бөлімде&amp;р:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publishing &amp;key:</source>
        <translation>Жариялау &amp;кілті:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;phrase:</source>
        <translation>Құпия &amp;фраза:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;to:</source>
        <translation>&amp;Сақтау орны:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The answer is encrypted to the group: only its program can read it.</source>
        <translation>Жауап топ үшін шифрланған: оны тек топтың бағдарламасы оқи алады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This group&apos;s file named no key for answers (an older program): the answer is signed but not encrypted, and whoever carries it can read it.</source>
        <translation>Бұл топтың файлында жауаптарға арналған кілт жоқ (бағдарламасы ескі): жауапқа қол қойылады, бірақ ол шифрланбайды, сондықтан оны жеткізген кез келген адам оқи алады.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The publishing key</source>
        <translation>Жариялау кілті</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the answer in</source>
        <translation>Жауапты сақтау орны</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the publishing key file first.</source>
        <translation>Алдымен жариялау кілтінің файлын таңдаңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a folder to save the answer in.</source>
        <translation>Жауапты сақтайтын қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is there already: choose another folder.</source>
        <translation>Бұл қалтада {name} бұрыннан бар: басқа қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signing the answer…</source>
        <translation>Жауапқа қол қойылуда…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved {path}. Send it to the group as it is, by any way.</source>
        <translation>Сақталды: {path}. Оны топқа өзгертпей, кез келген жолмен жіберіңіз.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Accepted</source>
        <extracomment>Coact&apos;s decision on a group&apos;s history: taken into the library.</extracomment>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted with changes</source>
        <translation>Өзгерістермен қабылданды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes asked for</source>
        <translation>Өзгерістер енгізу сұралды</translation>
    </message>
</context>
<context>
    <name>AnswerView</name>
    <message>
        <location filename="../src/coact_desktop/gui/answer_view.py" line="+43"/>
        <source>Coact&apos;s answer</source>
        <translation>Coact жауабы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coact wrote no general comment.</source>
        <translation>Coact жалпы пікір жазбады.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sections Coact wrote about</source>
        <translation>Coact пікір жазған бөлімдер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (a change)</source>
        <translation> (өзгеріс)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No notes on single sections.</source>
        <translation>Жеке бөлімдерге ескертпе жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coact&apos;s note, and its change marked</source>
        <translation>Coact ескертпесі, өзгерісі белгіленген</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Use Coact&apos;s version of this section</source>
        <translation>Осы бөлімге Coact ұсынған мәтінді &amp;алу</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Accepted</source>
        <extracomment>Coact&apos;s decision on a group&apos;s history: taken into the library.</extracomment>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted with changes</source>
        <translation>Өзгерістермен қабылданды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes asked for</source>
        <translation>Өзгерістер енгізу сұралды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;{decision}&lt;/b&gt;: Coact&apos;s answer to bundle {sequence}, signed {date}.</source>
        <translation>&lt;b&gt;{decision}&lt;/b&gt;: {sequence}-пакетке Coact жауабы, қол қойылған күні: {date}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is in edition {edition} of the library.</source>
        <translation>Тарих кітапхананың {edition}-басылымына енді.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your draft has no section of this name now; Coact&apos;s version:</source>
        <translation>Жобаңызда қазір мұндай атаулы бөлім жоқ; Coact ұсынған мәтін:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your draft already says it as Coact does.</source>
        <translation>Жобаңызда бұл Coact ұсынғандай жазылған.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Struck-through words are yours that Coact&apos;s version leaves out; underlined words are Coact&apos;s.</source>
        <translation>Сызылған сөздер — Coact мәтінінде жоқ сіздің сөздеріңіз; асты сызылған сөздер — Coact сөздері.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../src/coact_desktop/gui/export_check_page.py" line="+35"/>
        <source>Check the draft</source>
        <translation>Жобаны тексеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing leaves this computer until the check is passed.</source>
        <translation>Тексеруден өтпейінше, бұл компьютерден ештеңе шықпайды.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems found</source>
        <translation>Табылған мәселелер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go there to fix it</source>
        <translation>Түзету үшін сол жерге өту</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking…</source>
        <translation>Тексерілуде…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Must fix</source>
        <extracomment>&apos;Must fix&apos;: a problem that stops the sending; &apos;Note&apos;: advice only.</extracomment>
        <translation>Түзету керек</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Some things must be fixed before the history can be sent. Double-click one to go there; “Check again” above the draft brings you back here, and the check runs again.</source>
        <translation>Тарихты жіберу алдында кейбір нәрселерді түзету керек. Сол жерге өту үшін тармақты екі рет басыңыз; жобаның үстіндегі «Қайта тексеру» батырмасы сізді осында қайтарады, тексеру қайтадан жүреді.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready to send. A few notes:</source>
        <translation>Жіберуге дайын. Бірнеше ескертпе:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready to send: nothing to fix.</source>
        <translation>Жіберуге дайын: түзететін ештеңе жоқ.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/coact_desktop/cli/__init__.py" line="+103"/>
        <source>interrupted</source>
        <translation>тоқтатылды</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected error ({error}). Run again with --debug for details.</source>
        <translation>күтпеген қате ({error}). Толығырақ білу үшін --debug параметрімен қайта іске қосыңыз.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/backups.py" line="+40"/>
        <source>Restored {name}. The database it replaced was kept as {aside}.</source>
        <translation>Қалпына келтірілді: {name}. Ауыстырылған дерекқор мына атпен сақталды: {aside}.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/bundles.py" line="+61"/>
        <source>a new key: compare the fingerprint with the group by phone before trusting it</source>
        <translation>жаңа кілт: оған сенбес бұрын кілт ізін топпен телефон арқылы салыстырыңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the key Coact already trusts for this group</source>
        <translation>Coact бұл топ үшін бұрыннан сенетін кілт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a new key, handed over by a rotation record signed by the trusted key</source>
        <translation>сенімді кілт қол қойған кілт ауыстыру жазбасы арқылы берілген жаңа кілт</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose a passphrase for the group&apos;s new signing key: </source>
        <translation>Топтың жаңа қолтаңба кілті үшін құпия фраза таңдаңыз: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase of the group&apos;s signing key: </source>
        <translation>Топтың қолтаңба кілтінің құпия фразасы: </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Warning: this bundle is NOT encrypted. Anyone who gets the file can read it.</source>
        <translation>Назар аударыңыз: бұл пакет ШИФРЛАНБАҒАН. Файл қолына тиген кез келген адам оны оқи алады.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote {path} ({size}), bundle {sequence} of this group.</source>
        <translation>Жазылды: {path} ({size}), бұл топтың {sequence}-пакеті.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A signing key was made for the group.</source>
        <translation>Топ үшін қолтаңба кілті жасалды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key fingerprint (read it out to Coact): {words}</source>
        <translation>Кілт ізі (оны Coact-қа дауыстап оқып беріңіз): {words}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{file}: intact and correctly signed.</source>
        <translation>{file}: бүтін, қолтаңбасы дұрыс.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group: {group}</source>
        <translation>Топ: {group}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bundle: {sequence}, made {date}</source>
        <translation>Пакет: {sequence}, жасалған күні: {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key: {key}</source>
        <translation>Кілт: {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust: {trust}</source>
        <translation>Сенім: {trust}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already received: importing it again changes nothing.</source>
        <translation>Бұрын алынған: қайта импорттау ештеңені өзгертпейді.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location filename="../src/coact_desktop/cli/editions.py" line="+147"/>
        <source>{file}: refused. {reason}</source>
        <translation>{file}: тексеруден өтпеді. {reason}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cannot open it here: {reason}.</source>
        <translation>Оны мұнда ашу мүмкін емес: {reason}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{file}: imported {name}, bundle {sequence} (already received; nothing changed).</source>
        <translation>{file}: {name} тобының {sequence}-пакеті импортталды (бұрын алынған; ештеңе өзгерген жоқ).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}: imported {name}, bundle {sequence}.</source>
        <translation>{file}: {name} тобының {sequence}-пакеті импортталды.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}: held. {name} signs with a key Coact does not know yet. Phone the group and compare these words: {words}. Then accept it in the window&apos;s inbox, or import again with --trust-new-key.</source>
        <translation>{file}: күтуге қойылды. {name} тобы Coact әлі білмейтін кілтпен қол қояды. Топқа қоңырау шалып, мына сөздерді салыстырыңыз: {words}. Содан кейін пакетті бағдарлама терезесіндегі кіріс жәшігінде қабылдаңыз немесе --trust-new-key параметрімен қайта импорттаңыз.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file}: not imported: a newer file from {name} (after bundle {sequence}) is already in the library, and the newest is kept.</source>
        <translation>{file}: импортталмады: кітапханада {name} тобының жаңарақ файлы ({sequence}-пакеттен кейінгі) бұрыннан бар, ал ең жаңасы сақталады.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file}: not imported; the bundle is {state}.</source>
        <translation>{file}: импортталмады; пакеттің күйі: {state}.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/drafts.py" line="+57"/>
        <location line="+87"/>
        <source>(no name yet)</source>
        <translation>(әзірге атауы жоқ)</translation>
    </message>
    <message numerus="yes">
        <location line="-85"/>
        <source>saved {when}, %n revisions</source>
        <extracomment>One line of the drafts list: its id, the group&apos;s name, when it was last saved.</extracomment>
        <translation>
            <numerusform>сақталды: {when}, %n нұсқа</numerusform>
            <numerusform>сақталды: {when}, %n нұсқа</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Restored revision {old} as revision {new}.</source>
        <translation>{old}-нұсқа {new}-нұсқа ретінде қалпына келтірілді.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>place not given</source>
        <translation>орны көрсетілмеген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year not given</source>
        <translation>жылы көрсетілмеген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place}; founded {year}</source>
        <translation>{place}; құрылған жылы: {year}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n events</source>
        <translation>
            <numerusform>%n оқиға</numerusform>
            <numerusform>%n оқиға</numerusform>
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
        <translation>Кітапхананың ең жаңа басылымы көшірілді: {path}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Passphrase of the root key: </source>
        <translation>Түбірлік кілттің құпия фразасы: </translation>
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
        <translation>Түбірлік кілттер тізімінің {version}-нұсқасына қол қойылды: қазіргі түбірлік кілттерден — қажетті {old_needed} кілттің ішінен {old_signed}, жаңа тізімнің өз кілттерінен — қажетті {new_needed} кілттің ішінен {new_signed}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Readers will accept it.</source>
        <translation>Оқырмандар оны қабылдайды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More root keys must sign it.</source>
        <translation>Оған тағы басқа түбірлік кілттер қол қоюы керек.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{file}: edition {edition}, against edition {have} here.</source>
        <translation>{file}: {edition}-басылым, мұндағы {have}-басылыммен салыстырғанда.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>chapter added: {title} ({slug}), {words}</source>
        <translation>тарау қосылды: {title} ({slug}), {words}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chapter changed: {title} ({slug}), {added} and {removed}</source>
        <translation>тарау өзгертілді: {title} ({slug}), {added} және {removed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chapter removed: {title} ({slug}), {words}</source>
        <translation>тарау алынып тасталды: {title} ({slug}), {words}</translation>
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
        <translation>топ тарихы қосылды: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>history changed: {name}</source>
        <translation>топ тарихы өзгертілді: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>history removed: {name}</source>
        <translation>топ тарихы алынып тасталды: {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing would change but the edition&apos;s number and notes.</source>
        <translation>Басылымның нөмірі мен ескертпелерінен басқа ештеңе өзгермейді.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{folder}: no newer edition for this library.</source>
        <translation>{folder}: бұл кітапхана үшін жаңарақ басылым жоқ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Imported before it: {files}.</source>
        <translation>Оның алдында импортталғандар: {files}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{file}: imported.</source>
        <translation>{file}: импортталды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: intact and signed by Coact.</source>
        <translation>{file}: бүтін, Coact қол қойған.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edition: {edition} of {library}, from {date}</source>
        <translation>Басылым: {edition} ({library}), күні: {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title: {title}</source>
        <translation>Атауы: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed: {when} by the publishing key {key}</source>
        <translation>Қол қойылды: {when}, жариялау кілті: {key}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Histories: {names}</source>
        <translation>Тарихтар: {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left out: {names} (no longer in this edition)</source>
        <translation>Алынып тасталды: {names} (бұл басылымда енді жоқ)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the changes since the edition this library holds.</source>
        <translation>Тек осы кітапханадағы басылымнан кейінгі өзгерістер.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library now has edition {edition}.</source>
        <translation>Кітапханада енді {edition}-басылым бар.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What&apos;s new: {notes}</source>
        <translation>Жаңалықтар: {notes}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: this computer&apos;s clock is behind: a file signed on {date} was already seen here. Set the date right.</source>
        <translation>Назар аударыңыз: бұл компьютердің сағаты артта қалған: мұнда {date} күні қол қойылған файл бұрын болған. Дұрыс күнді орнатыңыз.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>--delta-from: {file} is not a pack file (or say “{shipped}”).</source>
        <translation>--delta-from: {file} басылым файлы емес (немесе «{shipped}» деп жазыңыз).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Wrote {file} ({size}): the changes that make edition {edition}, signed by {key}.</source>
        <translation>Жазылды: {file} ({size}), {edition}-басылымды құрайтын өзгерістер, қол қойған кілт: {key}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrote {file} ({size}): edition {edition}, signed by {key}.</source>
        <translation>Жазылды: {file} ({size}), {edition}-басылым, қол қойған кілт: {key}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{library}  edition {edition}, {date}: {title}</source>
        <translation>{library}  {edition}-басылым, {date}: {title}</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/keys.py" line="+68"/>
        <source>Cannot read the passphrase file {path}: {reason}.</source>
        <translation>Құпия фраза файлын оқу мүмкін болмады ({path}): {reason}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A passphrase is needed: run this in a terminal, or give --passphrase-file FILE.</source>
        <translation>Құпия фраза керек: мұны терминалда іске қосыңыз немесе --passphrase-file FILE параметрін беріңіз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type it again: </source>
        <translation>Оны қайта теріңіз: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Екі құпия фраза сәйкес емес; ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No signing key yet: it is made on the first export.</source>
        <translation>Қолтаңба кілті әлі жоқ: ол бірінші экспорт кезінде жасалады.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wrote the public key {key} to {file}.</source>
        <translation>{key} ашық кілті мына файлға жазылды: {file}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase of the signing key: </source>
        <translation>Қолтаңба кілтінің құпия фразасы: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrote a backup of key {key} to {file}. It stays encrypted with its passphrase: keep the file and the passphrase in different places.</source>
        <translation>{key} кілтінің сақтық көшірмесі мына файлға жазылды: {file}. Ол құпия фразамен шифрланған күйде қалады: файл мен құпия фразаны әр жерде сақтаңыз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase of the backed-up key: </source>
        <translation>Сақтық көшірмедегі кілттің құпия фразасы: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored key {key}.</source>
        <translation>{key} кілті қалпына келтірілді.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase of the current key: </source>
        <translation>Қазіргі кілттің құпия фразасы: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase for the new key: </source>
        <translation>Жаңа кілттің құпия фразасы: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Made key {key}; key {old} signed the hand-over.</source>
        <translation>{key} кілті жасалды; тапсыруға {old} кілті қол қойды.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Key id:</source>
        <translation>Кілт идентификаторы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint:</source>
        <translation>Кілт ізі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public key:</source>
        <translation>Ашық кілт:</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/search.py" line="+30"/>
        <source>Preparing search (first use)…</source>
        <translation>Іздеу дайындалуда (алғашқы рет)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No exact matches. Close spellings:</source>
        <translation>Дәл сәйкестік жоқ. Ұқсас жазылулар:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did you mean: {suggestion}</source>
        <translation>Мүмкін, мұны іздеген шығарсыз: {suggestion}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>{shown} of %n results</source>
        <extracomment>{shown} results are listed of %n found in all.</extracomment>
        <translation>
            <numerusform>%n нәтиженің ішінен {shown}</numerusform>
            <numerusform>%n нәтиженің ішінен {shown}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/answers.py" line="+66"/>
        <source>{file}: Coact&apos;s answer: {decision}.</source>
        <translation>{file}: Coact жауабы: {decision}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is on the draft {draft} (bundle {n}).</source>
        <translation>Жауап {draft} жобасында сақталды ({n}-пакет).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>bundle {n}: {decision}, signed {when}</source>
        <translation>{n}-пакет: {decision}, қол қойылған күні: {when}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refused. {reason}</source>
        <translation>Тексеруден өтпеді. {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--section-text: cannot read {file}: {reason}.</source>
        <translation>--section-text: {file} файлын оқу мүмкін болмады: {reason}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../src/coact_desktop/cli/editions.py" line="-51"/>
        <source>Passphrase of the publishing key: </source>
        <translation>Жариялау кілтінің құпия фразасы: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote {file}: the answer to bundle {n} of the group.</source>
        <translation>Жазылды: {file}, топтың {n}-пакетіне жауап.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{option} takes TITLE=VALUE, as in {option} “How we began=…”.</source>
        <extracomment>TITLE and VALUE are written as they are: they name the parts of the option.</extracomment>
        <translation>{option} параметрі TITLE=VALUE түрінде жазылады, мысалы: {option} «Біз қалай бастадық=…».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>accepted</source>
        <translation>қабылданды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted with changes</source>
        <translation>өзгерістермен қабылданды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changes asked for</source>
        <translation>өзгерістер енгізу сұралды</translation>
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
        <translation>{folder} — Coact шығарған күйіндегі Coact Desktop {version}: {files} файл, әрқайсысы өзгеріссіз, {key} кілтімен қол қойылған.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copied Coact Desktop {version} to {folder} and checked the copy.</source>
        <translation>Coact Desktop {version} {folder} қалтасына көшірілді, көшірме тексерілді.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied the library to {folder}.</source>
        <translation>Кітапхана {folder} қалтасына көшірілді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No edition from a file to pass on yet: the library that comes with the program is in it.</source>
        <translation>Әрі қарай беретін, файлдан импортталған басылым әзірге жоқ: бағдарламамен бірге келетін кітапхана көшірменің ішінде бар.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Whoever receives it can check it: {check} with Coact&apos;s publishing key (or: coact-desktop release verify FOLDER).</source>
        <extracomment>{check} is a command to type as it is (cd, sha256sum, minisign): not to be translated.</extracomment>
        <translation>Оны алған адам Coact-тың жариялау кілтімен тексере алады: {check} (немесе: coact-desktop release verify FOLDER).</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/protection.py" line="+81"/>
        <source>The drafts are protected by a passphrase: run this in a terminal, or give --unlock-file FILE.</source>
        <translation>Жобалар құпия фразамен қорғалған: мұны терминалда іске қосыңыз немесе --unlock-file FILE параметрін беріңіз.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase of your group&apos;s drafts: </source>
        <translation>Тобыңыз жобаларының құпия фразасы: </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The drafts are not protected by a passphrase.</source>
        <translation>Жобалар құпия фразамен қорғалмаған.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you forget this passphrase, nobody can open your drafts again, not even Coact.</source>
        <translation>Бұл құпия фразаны ұмытсаңыз, жобаларыңызды ешкім, тіпті Coact та қайта аша алмайды.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <location line="+25"/>
        <source>New passphrase: </source>
        <translation>Жаңа құпия фраза: </translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+53"/>
        <source>Duress passphrase: </source>
        <translation>Қауіп кезіндегі құпия фраза: </translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Paper key: </source>
        <translation>Қағаз кілт: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The drafts open with the new passphrase. A duress passphrase, if one was set, was removed: set it again.</source>
        <translation>Жобалар енді жаңа құпия фразамен ашылады. Қауіп кезіндегі құпия фраза орнатылған болса, ол алып тасталды: оны қайта орнатыңыз.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Anyone with this key and the laptop can read the drafts: copy it onto paper and keep it away from the laptop.</source>
        <translation>Бұл кілт пен ноутбук кімнің қолында болса, сол жобаларды оқи алады: кілтті қағазға көшіріп жазыңыз және ноутбуктен алыс жерде сақтаңыз.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The drafts are not protected by a passphrase: set one first.</source>
        <translation>Жобалар құпия фразамен қорғалмаған: алдымен құпия фраза орнатыңыз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quick delete after wrong passphrases is off.</source>
        <translation>Қате құпия фразалардан кейін тез жою өшірілген.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After {count} wrong passphrases in a row, the drafts, inbox, photos, keys and backups are destroyed for good, and nothing says so. A mistyped passphrase can set it off; it does not help against a copy of the disk made first.</source>
        <translation>Қатарынан {count} қате құпия фразадан кейін жобалар, кіріс жәшігі, фотолар, кілттер және сақтық көшірмелер біржола жойылады, бұл туралы ештеңе айтылмайды. Оны қателесіп терілген құпия фраза да іске қосып жіберуі мүмкін; бұл алдын ала жасалған диск көшірмесінен қорғамайды.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Without a terminal, quick delete needs --yes.</source>
        <translation>Терминалсыз тез жою үшін --yes параметрі керек.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Passphrase: </source>
        <translation>Құпия фраза: </translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The drafts, their photos and files, the inbox and the keys are encrypted under a passphrase.</source>
        <translation>Жобалар, олардың фотолары мен файлдары, кіріс жәшігі және кілттер құпия фразамен шифрланған.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The drafts, their photos and files, the inbox and the keys are now encrypted.</source>
        <translation>Жобалар, олардың фотолары мен файлдары, кіріс жәшігі және кілттер енді шифрланған.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The passphrase was changed.</source>
        <translation>Құпия фраза өзгертілді.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The duress passphrase was removed.</source>
        <translation>Қауіп кезіндегі құпия фраза алып тасталды.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The duress passphrase was set.</source>
        <translation>Қауіп кезіндегі құпия фраза орнатылды.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>delete</source>
        <extracomment>The word the person types to confirm quick delete; keep it one short word.</extracomment>
        <translation>жою</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This destroys the drafts, inbox, keys, backups and logs for good. Type {word} to go on: </source>
        <translation>Бұл жобаларды, кіріс жәшігін, кілттерді, сақтық көшірмелерді және журналдарды біржола жояды. Жалғастыру үшін «{word}» деп теріңіз: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was deleted.</source>
        <translation>Ештеңе жойылған жоқ.</translation>
    </message>
</context>
<context>
    <name>ContentsView</name>
    <message>
        <location filename="../src/coact_desktop/gui/contents_view.py" line="+22"/>
        <source>Contents</source>
        <translation>Мазмұны</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Models of organising</source>
        <translation>Ұйымдасу модельдері</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Groups&apos; own histories</source>
        <translation>Топтардың өз тарихтары</translation>
    </message>
</context>
<context>
    <name>DraftAnswers</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_answers.py" line="+56"/>
        <source>Coact has answered this history (bundle {sequence}).</source>
        <translation>Coact бұл тарихқа жауап берді ({sequence}-пакет).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See Coact&apos;s answer</source>
        <translation>Coact жауабын көру</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Coact&apos;s version of {title} is in the draft.</source>
        <translation>«{title}» бөлімінің Coact ұсынған мәтіні жобаға енгізілді.</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_editor.py" line="+60"/>
        <source>Group profile…</source>
        <translation>Топ туралы мәліметтер…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision history…</source>
        <translation>Нұсқалар тарихы…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to Coact…</source>
        <translation>Coact-қа жіберу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the draft and save it as one signed, encrypted file for Coact</source>
        <translation>Жобаны тексеріп, оны Coact үшін қол қойылған, шифрланған бір файл ретінде сақтау</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sections</source>
        <translation>Бөлімдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add section</source>
        <translation>Бөлім қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>Атын өзгерту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Section text</source>
        <translation>Бөлім мәтіні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write here. Markdown works: **bold**, - lists, # headings.</source>
        <translation>Осында жазыңыз. Markdown белгілері жұмыс істейді: **жуан**, - тізім, # тақырып.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent warning</source>
        <translation>Келісім туралы ескерту</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the pseudonym everywhere</source>
        <translation>Барлық жерде бүркеншік атты қолдану</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preview</source>
        <extracomment>Button: shows the draft as readers will see it.</extracomment>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See the draft as it would appear in the library&apos;s reading view</source>
        <translation>Жобаны кітапхананың оқу бетінде қалай көрінсе, солай көру</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview of the whole draft</source>
        <translation>Бүкіл жобаны алдын ала қарау</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save status</source>
        <translation>Сақтау күйі</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Parts of the draft</source>
        <extracomment>The tabs of a draft: text, timeline, people and consent, photos and files.</extracomment>
        <translation>Жобаның бөліктері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Мәтін</translation>
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
        <translation>Адамдар және келісім</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Photos and files</source>
        <translation>Фото және файлдар</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>(no name yet)</source>
        <translation>(әзірге атауы жоқ)</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>People and consent ({count} to check)</source>
        <translation>Адамдар және келісім (тексеру керек: {count})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Names to check: {count}. A real name is used without consent in the text, the timeline or a file. Record their consent here, or use their pseudonym. ({keys})</source>
        <translation>Тексеру керек аттар: {count}. Мәтінде, хронологияда немесе файлда біреудің шын аты келісімсіз қолданылған. Адамның келісімін осында жазыңыз немесе оның бүркеншік атын қолданыңыз. ({keys})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“{name}” is named in this section but has not agreed to be named. Use their pseudonym instead, or record their consent under People.</source>
        <translation>«{name}» бұл бөлімде аталған, бірақ атының аталуына келісім бермеген. Оның орнына бүркеншік атын қолданыңыз немесе келісімін «Адамдар және келісім» қойындысында жазыңыз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give them a pseudonym under People first.</source>
        <translation>Алдымен «Адамдар және келісім» қойындысында оған бүркеншік ат беріңіз.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New section</source>
        <translation>Жаңа бөлім</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rename section</source>
        <translation>Бөлімнің атын өзгерту</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
</context>
<context>
    <name>DraftTables</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_tables.py" line="+221"/>
        <source>Remove</source>
        <extracomment>Button: remove the chosen row (an event or a person).</extracomment>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a row (Alt+A)</source>
        <translation>Жол қосу (Alt+A)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A year such as 1998; a date in words goes under When.</source>
        <translation>Жыл, мысалы 1998; күнді сөзбен «Қашан» бағанына жазыңыз.</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_guide.py" line="+25"/>
        <source>How the group began</source>
        <translation>Топ қалай құрылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the group does</source>
        <translation>Топ не істейді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Milestones</source>
        <extracomment>Title of a section every new draft starts with: the group&apos;s key moments.</extracomment>
        <translation>Маңызды кезеңдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Challenges and responses</source>
        <translation>Қиындықтар және оларға жауап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achievements</source>
        <translation>Жетістіктер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lessons for other groups</source>
        <translation>Басқа топтарға сабақ</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>When and where did the group start, who started it, and why? Was it a reaction to something happening in your drug scene?</source>
        <translation>Топ қашан және қай жерде құрылды, оны кім және неге құрды? Бұл сіздің өңіріңіздегі есірткі ортасында болып жатқан бір нәрсеге жауап болды ма?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What does the group do: peer support, needle and syringe programmes, treatment advocacy, legal help, outreach, campaigning? Which models of organising fit?</source>
        <translation>Топ не істейді: тең-теңімен қолдау, ине мен шприц бағдарламалары, емделуге қолжетімділікті қорғау (адвокация), заң көмегі, аутрич-жұмыс, қоғамдық науқандар? Қандай ұйымдасу модельдері сәйкес келеді?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What were the important moments, and when did they happen?</source>
        <translation>Қандай маңызды сәттер болды және олар қашан болды?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What got in the way (the police, funding, stigma, the law), and how did you respond?</source>
        <translation>Не кедергі болды (полиция, қаржыландыру, стигма, заң) және сіздер оған қалай жауап бердіңіздер?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What changed because of the group?</source>
        <translation>Топтың арқасында не өзгерді?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would you tell a group that is just starting?</source>
        <translation>Жаңа ғана жұмысын бастаған топқа не айтар едіңіз?</translation>
    </message>
</context>
<context>
    <name>DraftsView</name>
    <message>
        <location filename="../src/coact_desktop/gui/drafts_view.py" line="+67"/>
        <source>Drafts</source>
        <translation>Жобалар</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New draft…</source>
        <translation>Жаңа жоба…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write your group&apos;s own history here, at your own pace. Everything you type is kept on this computer and saved as you go.

Start with “New draft…”.</source>
        <translation>Мұнда тобыңыздың өз тарихын өзіңізге ыңғайлы қарқынмен жаза аласыз. Терген мәтініңіздің бәрі осы компьютерде сақталады және жазу барысында сақталып отырады.

«Жаңа жоба…» батырмасынан бастаңыз.</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Fix what the check found, then go on sending the file to Coact.</source>
        <extracomment>Shown instead of the list and editor while the drafts are locked.</extracomment>
        <translation>Тексеру тапқан мәселелерді түзетіп, файлды Coact-қа жіберуді жалғастырыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check again</source>
        <extracomment>Button: look at the draft again for problems before sending.</extracomment>
        <translation>Қайта тексеру</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+166"/>
        <source>(no name yet)</source>
        <translation>(әзірге атауы жоқ)</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Choose a draft in the list to go on writing it, or start another with “New draft…”.</source>
        <translation>Жазуды жалғастыру үшін тізімнен жобаны таңдаңыз немесе «Жаңа жоба…» арқылы жаңасын бастаңыз.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Coact Desktop did not close properly last time. Your draft is back as it was at its last autosave ({time}).</source>
        <translation>Өткен жолы Coact Desktop дұрыс жабылмады. Жобаңыз соңғы автосақтаудағы ({time}) күйінде қалпына келтірілді.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All changes saved.</source>
        <translation>Барлық өзгеріс сақталды.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>All changes saved ({time}).</source>
        <translation>Барлық өзгеріс сақталды ({time}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not saved yet: {reason} Your text is kept and will be saved again.</source>
        <translation>Әзірге сақталмады: {reason} Мәтініңіз жоғалған жоқ, бағдарлама оны қайта сақтап көреді.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Attach a photo or a document</source>
        <translation>Фото немесе құжат тіркеу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos, PDF documents and text (*.jpg *.jpeg *.png *.pdf *.txt *.md)</source>
        <translation>Фото, PDF құжаттары және мәтін (*.jpg *.jpeg *.png *.pdf *.txt *.md)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Caption</source>
        <extracomment>Title of a small dialog asking for a photo&apos;s caption.</extracomment>
        <translation>Түсініктеме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What does it show? (optional)</source>
        <translation>Онда не бейнеленген? (міндетті емес)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removing hidden details from the file…</source>
        <translation>Файлдан жасырын мәліметтер өшірілуде…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file was cleaned, but another draft is open now: attach it again.</source>
        <translation>Файл тазаланды, бірақ қазір басқа жоба ашық: оны қайта тіркеңіз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>camera and author details (EXIF)</source>
        <translation>камера мен автор туралы мәліметтер (EXIF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the place it was taken (GPS)</source>
        <translation>түсірілген орны (GPS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>editing details (XMP)</source>
        <translation>өңдеу туралы мәліметтер (XMP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>captions and credits (IPTC)</source>
        <translation>түсініктемелер мен авторлық мәліметтер (IPTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hidden comment</source>
        <translation>жасырын пікір</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a colour profile</source>
        <translation>түс профилі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text notes (author, description)</source>
        <translation>мәтіндік белгілер (автор, сипаттама)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the author and the program that made it</source>
        <translation>авторы және оны жасаған бағдарлама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comments and their authors&apos; names, links and form fields</source>
        <translation>пікірлер мен олардың авторларының аттары, сілтемелер және форма өрістері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hidden extras (scripts, attached files, private program data)</source>
        <translation>жасырын қосымшалар (скрипттер, ішіне салынған файлдар, бағдарламалардың жеке деректері)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attached. Removed from the copy: {removed}.</source>
        <translation>Тіркелді. Көшірмеден өшірілгені: {removed}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attached. The file carried no hidden details.</source>
        <translation>Тіркелді. Файлда жасырын мәліметтер болмады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The original file was not copied or changed.</source>
        <translation>Түпнұсқа файл көшірілген де, өзгертілген де жоқ.</translation>
    </message>
</context>
<context>
    <name>EditionImport</name>
    <message>
        <location filename="../src/coact_desktop/gui/edition_import.py" line="+54"/>
        <source>Checking {name}…</source>
        <translation>Тексерілуде: {name}…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;p&gt;&lt;b&gt;{title}&lt;/b&gt;, edition {edition}, from {date}.&lt;/p&gt;&lt;p&gt;Signed by Coact on {created}. The library now has edition {have}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{title}&lt;/b&gt;, {edition}-басылым, {date}.&lt;/p&gt;&lt;p&gt;Coact қол қойған күні: {created}. Қазір кітапханада {have}-басылым бар.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;p&gt;Group histories in it: {names}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ондағы топ тарихтары: {names}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;No longer in it: {names}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Енді онда жоқ: {names}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;What is new: {notes}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Жаңалықтар: {notes}&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;p&gt;It comes in %n files, checked and imported one after the other.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Ол %n файлдан тұрады, олар бірінен соң бірі тексеріліп, импортталады.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Ол %n файлдан тұрады, олар бірінен соң бірі тексеріліп, импортталады.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Your drafts, keys and reading place are kept.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Жобаларыңыз, кілттеріңіз және оқып отырған орныңыз сақталады.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;This computer&apos;s clock is behind:&lt;/b&gt; a file signed on {seen} was already seen here. Set the date right, or an old edition could pass for a new one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Бұл компьютердің сағаты артта қалған:&lt;/b&gt; мұнда {seen} күні қол қойылған файл бұрын болған. Дұрыс күнді орнатыңыз, әйтпесе ескі басылым жаңа болып көрінуі мүмкін.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import this edition?</source>
        <translation>Бұл басылымды импорттайсыз ба?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import</source>
        <extracomment>Button: take the new edition into the library on this computer.</extracomment>
        <translation>Импорттау</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The edition was not imported.</source>
        <translation>Басылым импортталмады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importing {name}…</source>
        <translation>Импортталуда: {name}…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edition {edition} is now in the library.</source>
        <translation>{edition}-басылым енді кітапханада.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{done} The next file was not imported. {reason}</source>
        <translation>{done} Келесі файл импортталмады. {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopped. Nothing was changed.</source>
        <translation>Тоқтатылды. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stick holds no newer edition than yours.</source>
        <translation>Флешкада сіздікінен жаңа басылым жоқ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The edition was not imported. {reason}</source>
        <translation>Басылым импортталмады. {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not imported</source>
        <translation>Импортталмады</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edition</source>
        <extracomment>An edition: one signed, numbered release of the history (the library).</extracomment>
        <translation>Басылым</translation>
    </message>
</context>
<context>
    <name>EditionPreview</name>
    <message>
        <location filename="../src/coact_desktop/gui/edition_preview.py" line="+29"/>
        <source>Preview of edition {n}</source>
        <translation>{n}-басылымды алдын ала қарау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview: edition {n}, {date}. Nothing is published yet.</source>
        <translation>Алдын ала қарау: {n}-басылым, {date}. Әзірге ештеңе жарияланған жоқ.</translation>
    </message>
</context>
<context>
    <name>EditionsWorkspace</name>
    <message>
        <location filename="../src/coact_desktop/gui/editions_workspace.py" line="+75"/>
        <source>Editions workspace</source>
        <translation>Басылымдарды әзірлеу</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Edition {new}, made from edition {old} of {date}.</source>
        <translation>{new}-басылым, {date} күнгі {old}-басылым негізінде жасалған.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accepted histories</source>
        <translation>Қабылданған тарихтар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticked histories go into the edition, in this order.</source>
        <translation>Белгіленген тарихтар басылымға осы ретпен енеді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;up</source>
        <translation>&amp;Жоғары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>Төм&amp;ен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model of organising</source>
        <translation>Ұйымдасу моделі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model: under “Groups&apos; own histories”</source>
        <translation>Модельсіз: «Топтардың өз тарихтары» бөлімінде</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chapters of the edition</source>
        <translation>Басылымның тараулары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add a chapter from Markdown…</source>
        <translation>Markdown файлынан тарау &amp;қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace with Markdown…</source>
        <translation>Markdown файлымен а&amp;уыстыру…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the change &amp;out</source>
        <translation>&amp;Өзгерісті алып тастау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What&apos;s new, for readers</source>
        <translation>Жаңалықтар, оқырмандар үшін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is new in this edition, in a few lines.</source>
        <translation>Бұл басылымда не жаңа, бірнеше жолмен.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publishing key file</source>
        <translation>Жариялау кілтінің файлы</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Choose the publishing key file</source>
        <translation>Жариялау кілтінің файлын таңдаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase of the publishing key</source>
        <translation>Жариялау кілтінің құпия фразасы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder to save the edition in</source>
        <translation>Басылымды сақтайтын қалта</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the folder</source>
        <translation>Қалтаны таңдаңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view as readers will see it</source>
        <translation>&amp;Оқырман көретіндей алдын ала қарау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Publish…</source>
        <translation>Жария&amp;лау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Groups&apos; histories</source>
        <translation>Топ &amp;тарихтары</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Under the &amp;model:</source>
        <translation>Ұйымдасу &amp;моделі:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;hapters</source>
        <translation>&amp;Басылым тараулары</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What&apos;s &amp;new:</source>
        <translation>Жаң&amp;алықтар:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publishing &amp;key:</source>
        <translation>Жариялау &amp;кілті:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;ssphrase:</source>
        <translation>Құпия &amp;фраза:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;to:</source>
        <translation>&amp;Сақтау орны:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No history has been accepted in the inbox yet: chapters and notes only.</source>
        <translation>Кіріс жәшігінде әлі бірде-бір тарих қабылданған жоқ: тек тараулар мен ескертпелер.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{title}  (replaced from {file})</source>
        <translation>{title}  (ауыстырылды, файл: {file})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New: {title}  (from {file})</source>
        <translation>Жаңа: {title}  (файл: {file})</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Markdown (*.md *.markdown *.txt);;All files (*)</source>
        <translation>Markdown (*.md *.markdown *.txt);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This file cannot be used</source>
        <translation>Бұл файлды пайдалану мүмкін емес</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a chapter</source>
        <translation>Тарау қосу</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No title</source>
        <translation>Тақырып жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the file with its title on a line of its own, as “# Title”.</source>
        <translation>Файлды бөлек жолдағы тақырыптан бастаңыз: «# Тақырып».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replace</source>
        <extracomment>Title of a file dialog: choose a Markdown file to replace a chapter&apos;s text.</extracomment>
        <translation>Ауыстыру</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The plan could not be saved: {error}</source>
        <translation>Жоспарды сақтау мүмкін болмады: {error}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Putting the edition together…</source>
        <translation>Басылым құрастырылуда…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Facts no longer quoted by the text are left out: {n}.</source>
        <translation>Мәтінде енді келтірілмейтін деректер алынып тасталды: {n}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the publishing key file first.</source>
        <translation>Алдымен жариялау кілтінің файлын таңдаңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a folder to save the edition in.</source>
        <translation>Басылымды сақтайтын қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Publish edition {n}?</source>
        <translation>{n}-басылымды жариялайсыз ба?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edition {n} will hold {histories} and {chapters}. It is signed with the key in {key} and saved in {folder}. Readers who import it see it as it was in the preview.</source>
        <extracomment>{histories} and {chapters} are the two phrases translated just before this one.</extracomment>
        <translation>{n}-басылымға {histories} және {chapters} енеді. Оған {key} файлындағы кілтпен қол қойылады және ол {folder} қалтасына сақталады. Оны импорттаған оқырмандар басылымды алдын ала қараудағыдай көреді.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n groups&apos; histories</source>
        <extracomment>Part of &quot;Edition 5 will hold 3 groups&apos; histories and …&quot;.</extracomment>
        <translation>
            <numerusform>%n топ тарихы</numerusform>
            <numerusform>%n топ тарихы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new or changed chapters</source>
        <extracomment>Part of &quot;Edition 5 will hold … and 2 new or changed chapters&quot;.</extracomment>
        <translation>
            <numerusform>%n жаңа немесе өзгертілген тарау</numerusform>
            <numerusform>%n жаңа немесе өзгертілген тарау</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Signing and writing edition {n}…</source>
        <translation>{n}-басылымға қол қойылып, жазылуда…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edition published</source>
        <translation>Басылым жарияланды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved in {folder}: {names}. Send the small “-delta” file to readers who have the edition before; the full one to everyone else.</source>
        <translation>{folder} қалтасына сақталды: {names}. Алдыңғы басылымы бар оқырмандарға шағын «-delta» файлын, ал қалғандардың бәріне толық файлды жіберіңіз.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopped. Nothing was published.</source>
        <translation>Тоқтатылды. Ештеңе жарияланған жоқ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not done</source>
        <translation>Орындалмады</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The publishing key</source>
        <translation>Жариялау кілті</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the edition in</source>
        <translation>Басылымды сақтау орны</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../src/coact_desktop/words/errors.py" line="+16"/>
        <source>Something went wrong inside Coact Desktop ({error}). The details are in the log file in your profile folder.</source>
        <translation>Coact Desktop ішінде қате шықты ({error}). Толық мәліметтер профиль қалтаңыздағы журнал файлында.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coact Desktop cannot use the folder {path}. Check that it exists and that you may write to it, or start the program with --data-dir and another folder.</source>
        <translation>Coact Desktop бұл қалтаны пайдалана алмайды: {path}. Қалтаның бар екенін және оған жазуға рұқсатыңыз бар екенін тексеріңіз немесе бағдарламаны --data-dir параметрімен және басқа қалтамен іске қосыңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The library database could not be opened or updated. Nothing was changed.</source>
        <translation>Кітапхана дерекқорын ашу немесе жаңарту мүмкін болмады. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history that comes with this copy of Coact Desktop is damaged. Please install the program again.</source>
        <translation>Coact Desktop бағдарламасының осы көшірмесімен бірге келген тарих зақымдалған. Бағдарламаны қайта орнатыңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search could not run.</source>
        <translation>Іздеуді орындау мүмкін болмады.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That part of the history could not be found.</source>
        <translation>Тарихтың бұл бөлігі табылмады.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>Бас тартылды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file cannot be attached safely. Coact Desktop attaches photos (JPEG, PNG) and text files, after removing their hidden details.</source>
        <translation>Бұл файлды қауіпсіз тіркеу мүмкін емес. Coact Desktop фотоларды (JPEG, PNG) және мәтіндік файлдарды олардан жасырын мәліметтерді өшіргеннен кейін тіркейді.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This draft file is not valid.</source>
        <translation>Бұл жоба файлы жарамсыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A draft with this identity is already here.</source>
        <translation>Мұндай идентификаторы бар жоба мұнда бұрыннан бар.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file cannot be used.</source>
        <translation>Кілт файлын пайдалану мүмкін емес.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature is not valid.</source>
        <translation>Қолтаңба жарамсыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file was refused, and nothing in the library was changed.</source>
        <translation>Бұл файл тексеруден өтпеді, кітапханада ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file could not be written; nothing was sent.</source>
        <translation>Файлды жазу мүмкін болмады; ештеңе жіберілген жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your group&apos;s drafts are locked. Unlock them with your passphrase first.</source>
        <translation>Тобыңыздың жобалары құлыпталған. Алдымен олардың құлпын құпия фразаңызбен ашыңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file that keeps the key to your drafts (data-key.json in the profile folder) is missing or damaged, so the drafts cannot be opened. Nothing was changed.</source>
        <translation>Жобаларыңыздың кілті сақталатын файл (профиль қалтасындағы data-key.json) жоқ немесе зақымдалған, сондықтан жобаларды ашу мүмкін емес. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The draft is not ready to send; nothing was written. The check before sending lists what to fix.</source>
        <translation>Жоба әлі жіберуге дайын емес; ештеңе жазылған жоқ. Нені түзету керектігін жіберу алдындағы тексеру көрсетеді.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Кемінде 8 таңбадан тұратын құпия фраза таңдаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This passphrase does not open this key file; check that it is the one set for it.</source>
        <translation>Бұл құпия фраза осы кілт файлын ашпайды; осы файл үшін таңдалған құпия фразаны енгізгеніңізді тексеріңіз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This passphrase does not open your group&apos;s drafts; nothing was changed. Check the keyboard language and Caps Lock, and try again.</source>
        <translation>Бұл құпия фраза тобыңыздың жобаларын ашпайды; ештеңе өзгертілген жоқ. Пернетақта тілін және Caps Lock пернесін тексеріп, қайта көріңіз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The duress passphrase must differ from your usual passphrase.</source>
        <translation>Қауіп кезіндегі құпия фраза негізгі құпия фразаңыздан өзгеше болуы керек.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A paper key is 14 groups of 4 letters and digits. Copy all of them from the paper.</source>
        <translation>Қағаз кілт 14 топтан тұрады, әр топта 4 әріп не цифр бар. Қағаздағы топтардың бәрін теріңіз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This paper key has a mistake in it; nothing was changed. Compare each group with the paper.</source>
        <translation>Бұл қағаз кілтте қате бар; ештеңе өзгертілген жоқ. Әр топты қағазбен салыстырыңыз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This paper key does not open these drafts; nothing was changed. It may be the paper of another laptop or of an older profile.</source>
        <translation>Бұл қағаз кілт осы жобаларды ашпайды; ештеңе өзгертілген жоқ. Бұл басқа ноутбуктің немесе ескі профильдің қағазы болуы мүмкін.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup also keeps the key that opens Coact&apos;s answers to your group: give the signing key&apos;s passphrase to lock it in the backup.</source>
        <translation>Сақтық көшірмеде Coact-тың тобыңызға жіберген жауаптарын ашатын кілт те сақталады: оны көшірмеде құлыптау үшін қолтаңба кілтінің құпия фразасын енгізіңіз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This passphrase does not open your group&apos;s signing key. Nobody can recover a forgotten passphrase, not even Coact: that is what keeps the key safe if the laptop is taken. If it is lost for good, restore a key backup whose passphrase you know, or ask Coact how to send your history under a new key.</source>
        <translation>Бұл құпия фраза тобыңыздың қолтаңба кілтін ашпайды. Ұмытылған құпия фразаны ешкім, тіпті Coact та қалпына келтіре алмайды: ноутбукті алып кетсе, кілтті дәл осы қорғайды. Егер фраза мүлде есіңізде болмаса, құпия фразасын білетін кілттің сақтық көшірмесін қалпына келтіріңіз немесе тарихыңызды жаңа кілтпен қалай жіберуге болатынын Coact-тан сұраңыз.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>chapter</source>
        <translation>тарау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model of organising</source>
        <translation>ұйымдасу моделі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>ел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decade</source>
        <translation>онжылдық</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown {what} “{value}”. Choose one of: {choices}.</source>
        <extracomment>{what} is one of: chapter, model of organising, country, decade (translated just before).</extracomment>
        <translation>Белгісіз мән ({what}): «{value}». Мыналардың бірін таңдаңыз: {choices}.</translation>
    </message>
</context>
<context>
    <name>EventsTable</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_tables.py" line="+161"/>
        <source>When</source>
        <extracomment>Column of the timeline: when the event happened, in the group&apos;s own words.</extracomment>
        <translation>Қашан</translation>
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
        <translation>Не болды</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>People involved</source>
        <translation>Қатысқан адамдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations involved</source>
        <translation>Қатысқан ұйымдар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add event</source>
        <translation>Оқиға қосу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The group&apos;s timeline</source>
        <translation>Топтың хронологиясы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When it happened, in words: “spring 2005”, “after the first raid”</source>
        <translation>Қашан болғаны, сөзбен: «2005 жылдың көктемі», «алғашқы рейдтен кейін»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The year as a number, such as 2005: it puts the timeline in order</source>
        <translation>Жыл санмен, мысалы 2005: хронология соған қарай ретке келтіріледі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names from People and consent are suggested: as each may be shown</source>
        <translation>«Адамдар және келісім» қойындысындағы аттар ұсынылады: әрқайсысы көрсетуге рұқсат етілген түрде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations the library knows are suggested; any other can be typed</source>
        <translation>Кітапханаға белгілі ұйымдар ұсынылады; кез келген басқасын да жазуға болады</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. spring 2005</source>
        <translation>мысалы, 2005 жылдың көктемі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2005</source>
        <translation>мысалы, 2005</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened?</source>
        <translation>Не болды?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names, separated by commas</source>
        <translation>Аттар, үтірмен бөлінген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations, separated by commas</source>
        <translation>Ұйымдар, үтірмен бөлінген</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../src/coact_desktop/words/problems.py" line="+22"/>
        <source>name</source>
        <extracomment>A field of the group profile that is missing, inside a sentence: lower case.</extracomment>
        <translation>атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>ел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>city</source>
        <translation>қала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year founded</source>
        <translation>құрылған жылы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>models of organising</source>
        <translation>ұйымдасу модельдері</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the timeline</source>
        <extracomment>Where a problem is, inside a sentence: the draft&apos;s list of dated events.</extracomment>
        <translation>Хронология</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The group has no name yet: fill in the group profile.</source>
        <translation>Топтың әлі атауы жоқ: топ туралы мәліметтерді толтырыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The group profile has no {field}.</source>
        <translation>Топ туралы мәліметтерде мына жол толтырылмаған: {field}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}” appears in “{where}” but has not agreed to be named. Use their pseudonym, or record their consent under People and consent.</source>
        <translation>«{where}» ішінде «{name}» аталады, бірақ ол атының аталуына келісім бермеген. Бүркеншік атын қолданыңыз немесе келісімін «Адамдар және келісім» қойындысында жазыңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is to be shown by a pseudonym, but none is written yet.</source>
        <translation>{name}: бүркеншік атпен көрсетілуі керек, бірақ бүркеншік ат әлі жазылмаған.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is named in event {number} of the timeline but not listed under People and consent.</source>
        <translation>{name}: бұл ат хронологияның {number}-оқиғасында бар, бірақ «Адамдар және келісім» тізімінде жоқ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The attachment “{name}” is missing from this computer; remove it and attach it again.</source>
        <translation>«{name}» тіркемесі бұл компьютерде жоқ; оны алып тастап, қайта тіркеңіз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The attachment “{name}” has changed since it was attached; remove it and attach it again.</source>
        <translation>«{name}» тіркемесі тіркелгеннен кейін өзгерген; оны алып тастап, қайта тіркеңіз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The attachment “{name}” still carries hidden details (place, camera or author); remove it and attach it again.</source>
        <translation>«{name}» тіркемесінде әлі де жасырын мәліметтер бар (орын, камера немесе автор); оны алып тастап, қайта тіркеңіз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is written in the draft yet.</source>
        <translation>Жобада әлі ештеңе жазылмаған.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some pages of “{name}” could not be read to check for names; make sure it names nobody who has not agreed.</source>
        <translation>«{name}» файлының кейбір беттерін аттарды тексеру үшін оқу мүмкін болмады; онда келісім бермеген ешкімнің аты жоқ екеніне көз жеткізіңіз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The attachment “{name}” contains the real name of someone who has not agreed to be named. Remove it, or attach a copy without the name.</source>
        <translation>«{name}» тіркемесінде аталуға келісім бермеген адамның шын аты бар. Тіркемені алып тастаңыз немесе бұл ат жоқ көшірмесін тіркеңіз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}” is longer than a history sent to Coact may hold; shorten it.</source>
        <translation>«{name}» Coact-қа жіберілетін тарихқа сыятыннан ұзын; оны қысқартыңыз.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The group profile names more than {limit} languages; one file sent to Coact may hold no more. Keep the main ones.</source>
        <translation>Топ туралы мәліметтерде {limit} тілден көп тіл көрсетілген; Coact-қа жіберілетін бір файлға бұдан артығы сыймайды. Негізгілерін ғана қалдырыңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The group profile names more than {limit} models of organising; one file sent to Coact may hold no more. Keep the main ones.</source>
        <translation>Топ туралы мәліметтерде {limit} ұйымдасу моделінен көп модель көрсетілген; Coact-қа жіберілетін бір файлға бұдан артығы сыймайды. Негізгілерін ғана қалдырыңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The history has more than {limit} sections; one file sent to Coact may hold no more. Join some of them together.</source>
        <translation>Тарихта {limit} бөлімнен көп бөлім бар; Coact-қа жіберілетін бір файлға бұдан артығы сыймайды. Кейбір бөлімдерді біріктіріңіз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The timeline has more than {limit} events; one file sent to Coact may hold no more. Remove some before sending.</source>
        <translation>Хронологияда {limit} оқиғадан көп оқиға бар; Coact-қа жіберілетін бір файлға бұдан артығы сыймайды. Жіберер алдында кейбірін алып тастаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The list of people has more than {limit} names; one file sent to Coact may hold no more. Remove some before sending.</source>
        <translation>Адамдар тізімінде {limit} аттан көп ат бар; Coact-қа жіберілетін бір файлға бұдан артығы сыймайды. Жіберер алдында кейбірін алып тастаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More than {limit} photos and documents are attached; one file sent to Coact may hold no more. Remove some before sending.</source>
        <translation>Тіркелген фотолар мен құжаттар {limit} данадан көп; Coact-қа жіберілетін бір файлға бұдан артығы сыймайды. Жіберер алдында кейбірін алып тастаңыз.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>“{code}” is not a language code Coact can read. In the group profile, choose the language the history is written in, or type its code (such as ky or pt-BR).</source>
        <translation>«{code}» — Coact оқи алатын тіл коды емес. Топ туралы мәліметтерде тарих жазылған тілді таңдаңыз немесе оның кодын теріңіз (мысалы, ky немесе pt-BR).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The section “{title}” is empty; it will be left out.</source>
        <translation>«{title}» бөлімі бос; ол файлға енгізілмейді.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/gui/export_wizard.py" line="+53"/>
        <source>Send the history to Coact</source>
        <translation>Тарихты Coact-қа жіберу</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_files_page.py" line="+33"/>
        <source>Attachments</source>
        <translation>Тіркемелер</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Photos and PDF documents are copied without their hidden details (place, camera, author, comments). The original file is never copied into Coact Desktop.</source>
        <translation>Фотолар мен PDF құжаттары жасырын мәліметтерсіз (орын, камера, автор, пікірлер) көшіріледі. Түпнұсқа файл Coact Desktop ішіне ешқашан көшірілмейді.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attach a photo or document…</source>
        <translation>Фото немесе құжат тіркеу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../src/coact_desktop/gui/find_bar.py" line="+23"/>
        <location line="+1"/>
        <source>Find in this chapter</source>
        <translation>Осы тараудан табу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous</source>
        <extracomment>Find in the chapter: go to the previous match.</extracomment>
        <translation>Алдыңғы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Алдыңғы сәйкестік (Shift+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>Келесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match (Enter)</source>
        <translation>Келесі сәйкестік (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar (Esc)</source>
        <translation>Іздеу жолағын жабу (Esc)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>{current} of {total}</source>
        <translation>{total} ішінен {current}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No matches</source>
        <translation>Сәйкестік жоқ</translation>
    </message>
</context>
<context>
    <name>FormatBar</name>
    <message>
        <location filename="../src/coact_desktop/gui/markdown_format.py" line="+20"/>
        <source>Bold</source>
        <translation>Жуан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bold (Ctrl+B)</source>
        <translation>Жуан (Ctrl+B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make this line a heading</source>
        <translation>Бұл жолды тақырып ету</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List</source>
        <translation>Тізім</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make these lines a list</source>
        <translation>Бұл жолдарды тізім ету</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Сілтеме</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link to a web address (Ctrl+L)</source>
        <translation>Веб-мекенжайға сілтеме (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>text</source>
        <extracomment>Placeholder word put inside a new link when nothing was selected.</extracomment>
        <translation>мәтін</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../src/coact_desktop/gui/inbox_view.py" line="+50"/>
        <source>Open bundle files…</source>
        <translation>Пакет файлдарын ашу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coact&apos;s identity file…</source>
        <translation>Coact-тың шифрды ашу файлы…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress</source>
        <translation>Орындалу барысы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received bundles</source>
        <translation>Алынған пакеттер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened to each file</source>
        <translation>Әр файлмен не болды</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Key fingerprint words</source>
        <translation>Кілт ізінің сөздері</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The words match: trust this key</source>
        <translation>Сөздер сәйкес келеді: бұл кілтке сену</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept into the library</source>
        <translation>Кітапханаға қабылдау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject…</source>
        <translation>Қабылдамау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;nswer the group…</source>
        <translation>Топқа &amp;жауап беру…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The history, as plain text</source>
        <translation>Тарих, қарапайым мәтін түрінде</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes since the group&apos;s previous file</source>
        <translation>Топтың алдыңғы файлынан кейінгі өзгерістер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes since the previous file</source>
        <translation>Алдыңғы файлдан кейінгі өзгерістер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files that groups send to Coact arrive here. Open one with “Open bundle files…”: it is checked before anything is kept, and nothing goes into the library until you accept it.</source>
        <translation>Топтар Coact-қа жіберетін файлдар осында келеді. Файлды «Пакет файлдарын ашу…» арқылы ашыңыз: ештеңе сақталмас бұрын ол тексеріледі, ал сіз қабылдамайынша кітапханаға ештеңе енбейді.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Identity: {name}</source>
        <translation>Шифрды ашу файлы: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No identity file chosen: only unencrypted files can be opened.</source>
        <translation>Шифрды ашу файлы таңдалмаған: тек шифрланбаған файлдарды ашуға болады.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coact&apos;s age identity file</source>
        <translation>Coact-тың шифрды ашу файлы (age)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open bundle files</source>
        <translation>Пакет файлдарын ашу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coact bundles (*.coact);;All files (*)</source>
        <translation>Coact пакеттері (*.coact);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>{file}: refused. {why}</source>
        <translation>{file}: тексеруден өтпеді. {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: already received; nothing changed.</source>
        <translation>{file}: бұрын алынған; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: checked and kept for review.</source>
        <translation>{file}: тексерілді және қарау үшін сақталды.</translation>
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
        <translation>Күйі: {state}. Жасалған күні: {date}; алынған күні: {received}. {encrypted}
Кілт: {key}. Пакет: {bundle}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It was encrypted.</source>
        <translation>Файл шифрланған.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was NOT encrypted.</source>
        <translation>Файл ШИФРЛАНБАҒАН.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rejected: {reason}</source>
        <translation>Қабылданбады: {reason}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This is the first file received from this group.</source>
        <translation>Бұл — осы топтан алынған алғашқы файл.</translation>
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
        <translation>Өзгеріс жоқ.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Reject the file</source>
        <translation>Файлды қабылдамау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why? (The group can be told.)</source>
        <translation>Неге? (Себебін топқа айтуға болады.)</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/words/inbox.py" line="+15"/>
        <source>held: check the key</source>
        <translation>күтуде: кілтті тексеріңіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verified</source>
        <extracomment>State of a received bundle: its signature and contents were checked and are good.</extracomment>
        <translation>тексерілген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the library</source>
        <translation>кітапханада</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected</source>
        <extracomment>State of a received bundle: Coact decided not to take it.</extracomment>
        <translation>қабылданбаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replaced by a newer file</source>
        <translation>жаңарақ файлмен ауыстырылған</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This group&apos;s key was new to Coact when the file came; it is trusted since its words were compared with the group.</source>
        <translation>Файл келген кезде бұл топтың кілті Coact үшін жаңа болатын; кілттің сөздері топпен салыстырылғаннан бері Coact бұл кілтке сенеді.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This group&apos;s key is new to Coact. Phone the group (on a number you already know, not one from the file) and ask them to read out their key&apos;s words. Trust the key only if every word matches.</source>
        <translation>Бұл топтың кілті Coact үшін жаңа. Топқа қоңырау шалыңыз (файлдағы нөмірге емес, өзіңіз бұрыннан білетін нөмірге) және олардан кілт ізінің сөздерін дауыстап оқып беруін сұраңыз. Әр сөз сәйкес келсе ғана кілтке сеніңіз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed with the key Coact already trusts for this group.</source>
        <translation>Coact бұл топ үшін бұрыннан сенетін кілтпен қол қойылған.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed with a new key that the group&apos;s trusted key handed over to (a signed rotation record).</source>
        <translation>Топтың сенімді кілті өкілеттігін берген жаңа кілтпен қол қойылған (кілт ауыстыру туралы қол қойылған жазба бар).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founded</source>
        <translation>Құрылған жылы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still active</source>
        <translation>Әлі жұмыс істей ме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Тілдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models of organising</source>
        <translation>Ұйымдасу модельдері</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>named with consent</source>
        <translation>келісіммен аты аталған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pseudonym</source>
        <translation>бүркеншік ат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People named</source>
        <translation>Аталған адамдар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attachments</source>
        <translation>Тіркемелер</translation>
    </message>
</context>
<context>
    <name>IndexBuilder</name>
    <message>
        <location filename="../src/coact_desktop/gui/search_index.py" line="+32"/>
        <source>Progress</source>
        <translation>Орындалу барысы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../src/coact_desktop/gui/export_key_page.py" line="+34"/>
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase again</source>
        <translation>Құпия фраза қайтадан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Again:</source>
        <extracomment>Label of the field where the passphrase is typed a second time.</extracomment>
        <translation>Қайтадан:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer is old or has little memory (lighter key protection)</source>
        <translation>Бұл компьютер ескі немесе жады аз (кілтті жеңілірек қорғау)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase:</source>
        <translation>Құпия фраза:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Make your group&apos;s signing key</source>
        <translation>Тобыңыздың қолтаңба кілтін жасау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It shows Coact that the file comes from your group.</source>
        <translation>Ол Coact-қа файлдың сіздің тобыңыздан келгенін көрсетеді.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is your group&apos;s first export. Coact Desktop now makes a signing key, so that Coact can tell that later files come from you. Choose a passphrase of at least 8 characters. Nobody can recover a forgotten passphrase, not even Coact: write it down somewhere safe.</source>
        <translation>Бұл — тобыңыздың алғашқы экспорты. Coact Desktop қазір қолтаңба кілтін жасайды, сонда Coact келесі файлдардың сізден келгенін біле алады. Кемінде 8 таңбадан тұратын құпия фраза таңдаңыз. Ұмытылған құпия фразаны ешкім, тіпті Coact та қалпына келтіре алмайды: оны жазып алып, қауіпсіз жерде сақтаңыз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlock your group&apos;s signing key</source>
        <translation>Тобыңыздың қолтаңба кілтін ашу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key signs the file, so Coact knows it is yours.</source>
        <translation>Кілт файлға қол қояды, сондықтан Coact оның сіздікі екенін біледі.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the passphrase of your group&apos;s signing key.</source>
        <translation>Тобыңыздың қолтаңба кілтінің құпия фразасын теріңіз.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking the passphrase…</source>
        <translation>Құпия фраза тексерілуде…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Wrong passphrase. Type it again; check the keyboard&apos;s language and Caps Lock.</source>
        <translation>Құпия фраза дұрыс емес. Оны қайта теріңіз; пернетақта тілін және Caps Lock пернесін тексеріңіз.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The two passphrases differ.</source>
        <translation>Екі құпия фраза сәйкес емес.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least 8 characters, please.</source>
        <translation>Кемінде 8 таңба енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>KeysMenu</name>
    <message>
        <location filename="../src/coact_desktop/gui/keys_menu.py" line="+28"/>
        <source>Your group&apos;s signing key…</source>
        <translation>Тобыңыздың қолтаңба кілті…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up the signing key…</source>
        <translation>Қолтаңба кілтінің сақтық көшірмесін жасау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the signing key from a backup…</source>
        <translation>Қолтаңба кілтін сақтық көшірмеден қалпына келтіру…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the public key…</source>
        <translation>Ашық кілтті сақтау…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the key with a new one…</source>
        <translation>Кілтті жаңасымен ауыстыру…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key {key}

Its words, to read out to Coact by phone:
{words}</source>
        <translation>Кілт: {key}

Оның сөздері — оларды Coact-қа телефонмен оқып беріңіз:
{words}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signing key</source>
        <extracomment>The group&apos;s own key that signs its bundles.</extracomment>
        <translation>Қолтаңба кілті</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your group has no signing key yet: it is made on the first export.</source>
        <translation>Тобыңызда әлі қолтаңба кілті жоқ: ол бірінші экспорт кезінде жасалады.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+13"/>
        <source>Back up the signing key</source>
        <translation>Қолтаңба кілтінің сақтық көшірмесі</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Passphrase of the signing key:</source>
        <translation>Қолтаңба кілтінің құпия фразасы:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key backup is in {path}. It is still locked by the passphrase: keep the file and the passphrase in different places.</source>
        <translation>Кілттің сақтық көшірмесі мұнда: {path}. Ол әлі де құпия фразамен құлыпталған: файл мен құпия фразаны әр жерде сақтаңыз.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>Restore the signing key</source>
        <translation>Қолтаңба кілтін қалпына келтіру</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Passphrase of the backed-up key:</source>
        <translation>Сақтық көшірмедегі кілттің құпия фразасы:</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <source>Save the public key</source>
        <translation>Ашық кілтті сақтау</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase of the current key:</source>
        <translation>Қазіргі кілттің құпия фразасы:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase for the new key (at least 8 characters):</source>
        <translation>Жаңа кілттің құпия фразасы (кемінде 8 таңба):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new passphrase again:</source>
        <translation>Жаңа құпия фраза қайтадан:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>New key</source>
        <translation>Жаңа кілт</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The two passphrases differ.</source>
        <translation>Екі құпия фраза сәйкес емес.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your group now signs with key {key}; the old key signed the hand-over, and your next file carries it.

Its words:
{words}</source>
        <translation>Тобыңыз енді {key} кілтімен қол қояды; тапсыруға ескі кілт қол қойды, бұл жазба келесі файлыңызбен бірге жіберіледі.

Жаңа кілттің сөздері:
{words}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../src/coact_desktop/gui/language_menu.py" line="+57"/>
        <source>Follow the &amp;system</source>
        <translation>&amp;Жүйедегідей</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Everything you have written stays as it is.</source>
        <translation>Жазғандарыңыздың бәрі сол күйінде қалады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next time it starts, Coact Desktop will be in this language: {language}.</source>
        <translation>Келесі іске қосылғанда Coact Desktop мына тілде болады: {language}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coact Desktop will follow the system&apos;s language the next time it starts.</source>
        <translation>Келесі іске қосылғанда Coact Desktop жүйе тілінде болады.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/coact_desktop/gui/damaged_library.py" line="+28"/>
        <source>The library database is damaged</source>
        <translation>Кітапхана дерекқоры зақымдалған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile database is damaged. Restore the newest backup ({name})? Changes made since that backup was taken are not in it; the damaged file is kept aside.</source>
        <translation>Профиль дерекқоры зақымдалған. Ең соңғы сақтық көшірмені ({name}) қалпына келтіресіз бе? Ол көшірме жасалғаннан кейінгі өзгерістер онда жоқ; зақымдалған файл бөлек сақталады.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/gui/main_window.py" line="+80"/>
        <location line="+635"/>
        <source>A history of drug user organising</source>
        <translation>Есірткі тұтынатын адамдардың ұйымдасу тарихы</translation>
    </message>
    <message>
        <location line="-609"/>
        <source>A history of drug user organising
by Mat Southwell and Lana Durjava, Coact</source>
        <translation>Есірткі тұтынатын адамдардың ұйымдасу тарихы
Авторлары: Mat Southwell және Lana Durjava, Coact</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Authors</source>
        <extracomment>The line naming who wrote the history.</extracomment>
        <translation>Авторлары</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edition</source>
        <translation>Басылым</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Views</source>
        <extracomment>The tabs of the main window (Read, Organisations, Timeline, Search, drafts).</extracomment>
        <translation>Терезе бөлімдері</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read</source>
        <extracomment>Tab where the history is read (a verb, like &apos;Search&apos;).</extracomment>
        <translation>Оқу</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Organisations</source>
        <translation>Ұйымдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our group&apos;s history</source>
        <translation>Біздің топтың тарихы</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Opening the library…</source>
        <translation>Кітапхана ашылуда…</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Edition {number}, {date}</source>
        <translation>{number}-басылым, {date}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inbox</source>
        <extracomment>Tab (Coact&apos;s staff only) listing bundles received from groups.</extracomment>
        <translation>Кіріс жәшігі</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reading the last edition published…</source>
        <translation>Соңғы жарияланған басылым оқылуда…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The editions workspace cannot open</source>
        <translation>Басылымдарды әзірлеу терезесі ашылмайды</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a file</source>
        <translation>Файлды импорттау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coact files (*.coactpack *.coactanswer *.coact);;All files (*)</source>
        <translation>Coact файлдары (*.coactpack *.coactanswer *.coact);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Coact&apos;s answer is on the draft it answers.</source>
        <translation>Coact жауабын ол жауап берген жобадан көре аласыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coact&apos;s answer was not imported. {reason}</source>
        <translation>Coact жауабы импортталмады. {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not imported</source>
        <translation>Импортталмады</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copy the library to a stick</source>
        <translation>Кітапхананы флешкаға көшіру</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy Coact Desktop to a stick</source>
        <translation>Coact Desktop бағдарламасын флешкаға көшіру</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Copied to {path}. Whoever gets it can check it as you did.</source>
        <translation>Көшірілді: {path}. Оны алған адам сіз сияқты тексере алады.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This is the edition the program came with: nothing new yet.</source>
        <translation>Бұл — бағдарламамен бірге келген басылым: әзірге жаңалық жоқ.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Preparing search…</source>
        <translation>Іздеу дайындалуда…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Search is not ready. It will be set up the next time you start Coact Desktop.</source>
        <translation>Іздеу әлі дайын емес. Ол Coact Desktop келесі іске қосылғанда дайындалады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search is not available: {reason}</source>
        <translation>Іздеу қолжетімсіз: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Coact Desktop cannot open the library</source>
        <translation>Coact Desktop кітапхананы аша алмайды</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>(no name yet)</source>
        <translation>(әзірге атауы жоқ)</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Some changes are not saved</source>
        <translation>Кейбір өзгерістер сақталмады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last changes to your draft could not be saved: {reason}

Keep the window open and try again? If you close now, those changes are lost.</source>
        <translation>Жобаңыздағы соңғы өзгерістерді сақтау мүмкін болмады: {reason}

Терезені ашық қалдырып, қайта көресіз бе? Қазір жапсаңыз, бұл өзгерістер жоғалады.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../src/coact_desktop/gui/notice_bar.py" line="+28"/>
        <source>Notice</source>
        <translation>Хабарлама</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the notice</source>
        <translation>Хабарламаны жабу</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../src/coact_desktop/gui/export_wizard.py" line="+36"/>
        <source>Where to save the file</source>
        <translation>Файлды қайда сақтау керек</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history becomes one file. Take it to Coact on a USB stick, or send it by e-mail or messenger.</source>
        <translation>Тарих бір файлға сақталады. Оны Coact-қа флешкамен апарыңыз немесе электрондық пошта не мессенджер арқылы жіберіңіз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder</source>
        <translation>Қалта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypt it so that only Coact can read it</source>
        <translation>Оны тек Coact оқи алатындай етіп шифрлау</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without encryption, anyone who gets the file (on a lost USB stick, in an e-mail account, on a phone) can read everything in it. Only send it unencrypted if you are sure.</source>
        <translation>Шифрланбаса, файл қолына тиген кез келген адам (жоғалған флешкада, электрондық пошта жәшігінде, телефонда) ондағының бәрін оқи алады. Шифрламай жіберуді толық сенімді болсаңыз ғана таңдаңыз.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Folder:</source>
        <translation>Қалта:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name:</source>
        <translation>Файл аты:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a folder</source>
        <translation>Қалтаны таңдаңыз</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no such folder. Choose one with “Choose…”.</source>
        <translation>Мұндай қалта жоқ. Қалтаны «Таңдау…» батырмасы арқылы таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <location filename="../src/coact_desktop/gui/organisations_view.py" line="+38"/>
        <source>Filter by name, other spelling, country or city</source>
        <translation>Атауы, басқаша жазылуы, елі немесе қаласы бойынша сүзу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter organisations</source>
        <translation>Ұйымдарды сүзу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+111"/>
        <source>Other spellings</source>
        <extracomment>Column: other names or spellings of the same organisation.</extracomment>
        <translation>Басқаша жазылуы</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Country or region</source>
        <translation>Ел немесе өңір</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+115"/>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+116"/>
        <source>Founded</source>
        <translation>Құрылған жылы</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+116"/>
        <source>Ended</source>
        <extracomment>Column: the year the organisation stopped working.</extracomment>
        <translation>Жұмысын тоқтатқан жылы</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Mentions</source>
        <extracomment>Column: how many passages of the history name the organisation.</extracomment>
        <translation>Аталу саны</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Organisations</source>
        <translation>Ұйымдар</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Organisation details and passages</source>
        <translation>Ұйым туралы мәліметтер және үзінділер</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose an organisation to see what the history says of it, and every passage that names it.</source>
        <translation>Тарихта ұйым туралы не айтылғанын және ол аталған барлық үзіндіні көру үшін ұйымды таңдаңыз.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Models of organising</source>
        <translation>Ұйымдасу модельдері</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Passages that mention it ({count})</source>
        <translation>Ол аталған үзінділер ({count})</translation>
    </message>
</context>
<context>
    <name>PaperKeyDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/paper_key_dialog.py" line="+32"/>
        <source>Paper backup of the key</source>
        <translation>Кілттің қағаздағы сақтық көшірмесі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the drafts with the paper key</source>
        <translation>Жобаларды қағаз кілтпен ашу</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>Paper key</source>
        <translation>Қағаз кілт</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>New passphrase</source>
        <translation>Жаңа құпия фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again</source>
        <translation>Жаңа құпия фраза қайтадан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passphrase:</source>
        <translation>Құпия &amp;фраза:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper &amp;key:</source>
        <translation>Қағаз &amp;кілт:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Жаңа құпия фраза:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>Қ&amp;айтадан:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Problem</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Show the key</source>
        <translation>Кілтті &amp;көрсету</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Open and set</source>
        <translation>Ашу және &amp;орнату</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>If the passphrase is forgotten, this key written on paper opens the drafts and lets you choose a new passphrase. Anyone who has the paper and this laptop can read the drafts: keep it somewhere safe, away from the laptop, or do without it.

Type the passphrase to show the key.</source>
        <translation>Құпия фраза ұмытылса, қағазға жазылған осы кілт жобаларды ашады және жаңа құпия фраза таңдауға мүмкіндік береді. Қағаз бен осы ноутбук кімнің қолында болса, сол жобаларды оқи алады: қағазды ноутбуктен алыс, қауіпсіз жерде сақтаңыз немесе кілтті мүлде жазбаңыз.

Кілтті көрсету үшін құпия фразаны теріңіз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the 14 groups written on the paper, then choose a new passphrase. A duress passphrase, if one was set, is removed: set it again afterwards.</source>
        <translation>Қағазда жазылған 14 топты теріңіз, содан кейін жаңа құпия фраза таңдаңыз. Қауіп кезіндегі құпия фраза орнатылған болса, ол алып тасталады: кейін оны қайта орнатыңыз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the passphrase.</source>
        <translation>Құпия фразаны теріңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the paper key.</source>
        <translation>Қағаз кілтті теріңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Кемінде 8 таңбадан тұратын құпия фраза таңдаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the same new passphrase twice.</source>
        <translation>Жаңа құпия фразаны екі рет бірдей етіп теріңіз.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening…</source>
        <translation>Ашылуда…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy it onto paper, in this order. It changes only after a quick delete.</source>
        <translation>Оны қағазға дәл осы ретпен көшіріп жазыңыз. Ол тек тез жоюдан кейін ғана өзгереді.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/passphrase_dialog.py" line="+40"/>
        <source>Protect drafts with a passphrase</source>
        <translation>Жобаларды құпия фразамен қорғау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the passphrase</source>
        <translation>Құпия фразаны өзгерту</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Duress passphrase</source>
        <translation>Қауіп кезіндегі құпия фраза</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>Жаңа құпия фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again</source>
        <translation>Жаңа құпия фраза қайтадан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duress passphrase again</source>
        <translation>Қауіп кезіндегі құпия фраза қайтадан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also set a &amp;duress passphrase</source>
        <translation>Қауіп кезіндегі құпия фразаны да о&amp;рнату</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typing the duress passphrase &amp;quick-deletes the drafts first, for good</source>
        <translation>Терілген қауіп кезіндегі құпия фраза алдымен жобаларды &amp;біржола тез жояды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passphrase:</source>
        <translation>Құпия &amp;фраза:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Жаңа құпия фраза:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>Қ&amp;айтадан:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>D&amp;uress passphrase:</source>
        <translation>Қауіп &amp;кезіндегі құпия фраза:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duress a&amp;gain:</source>
        <translation>Қауіп кезіндегі құпия фраза қайта&amp;дан:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Problem</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Protect</source>
        <translation>&amp;Қорғау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange</source>
        <translation>&amp;Өзгерту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Set</source>
        <translation>&amp;Орнату</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove the duress passphrase</source>
        <translation>Қауіп кезіндегі құпия фразаны алып &amp;тастау</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing is re-encrypted: the drafts keep their key, and only the passphrase that opens it changes.</source>
        <translation>Ештеңе қайта шифрланбайды: жобалардың кілті өзгермейді, тек сол кілтті ашатын құпия фраза өзгереді.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Typed instead of the passphrase, a duress passphrase opens the program with none of your drafts in it, and nothing on the screen says which one was typed. It does not protect against a copy of the disk made before it was typed.</source>
        <translation>Құпия фразаның орнына терілген қауіп кезіндегі құпия фраза бағдарламаны ішінде бірде-бір жобаңыз жоқ күйде ашады, ал экранда қайсысы терілгенін көрсететін ештеңе болмайды. Қауіп кезіндегі құпия фраза ол терілгенге дейін жасалған диск көшірмесінен қорғамайды.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The duress passphrase must differ from your usual passphrase.</source>
        <translation>Қауіп кезіндегі құпия фраза негізгі құпия фразаңыздан өзгеше болуы керек.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Type the passphrase that opens the drafts now.</source>
        <translation>Жобаларды қазір ашатын құпия фразаны теріңіз.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Your drafts, the people named in them, the inbox and the group&apos;s signing key will be encrypted on this computer. Each time the program starts you type the passphrase once to open them; the history can be read without it.

If you forget this passphrase, nobody can open your drafts again, not even Coact. Write it on paper and keep it somewhere safe, away from the laptop.</source>
        <translation>Жобаларыңыз, оларда аты аталған адамдар, кіріс жәшігі және топтың қолтаңба кілті осы компьютерде шифрланады. Бағдарлама іске қосылған сайын оларды ашу үшін құпия фразаны бір рет тересіз; тарихты онсыз да оқуға болады.

Бұл құпия фразаны ұмытсаңыз, жобаларыңызды ешкім, тіпті Coact та қайта аша алмайды. Оны қағазға жазып, ноутбуктен алыс, қауіпсіз жерде сақтаңыз.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Кемінде 8 таңбадан тұратын құпия фраза таңдаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the same new passphrase twice.</source>
        <translation>Жаңа құпия фразаны екі рет бірдей етіп теріңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a duress passphrase of at least 8 characters.</source>
        <translation>Кемінде 8 таңбадан тұратын қауіп кезіндегі құпия фраза таңдаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the same duress passphrase twice.</source>
        <translation>Қауіп кезіндегі құпия фразаны екі рет бірдей етіп теріңіз.</translation>
    </message>
</context>
<context>
    <name>PeopleTable</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_tables.py" line="-277"/>
        <location line="+182"/>
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Real name</source>
        <translation>Шын аты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pseudonym</source>
        <translation>Бүркеншік ат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add person</source>
        <translation>Адам қосу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People and their consent</source>
        <translation>Адамдар және олардың келісімі</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Named, with consent</source>
        <extracomment>Consent of a person named in the draft (a choice in the people table).</extracomment>
        <translation>Келісіммен аты аталады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pseudonym only</source>
        <translation>Тек бүркеншік ат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withheld: not shown</source>
        <translation>Жасырылған: көрсетілмейді</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_dialogs.py" line="+57"/>
        <source>Group profile</source>
        <translation>Топ туралы мәліметтер</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language of the draft</source>
        <translation>Жобаның тілі</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The group&apos;s name</source>
        <translation>Топтың атауы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not given</source>
        <extracomment>Shown in the &apos;year founded&apos; field when the group gave no year.</extracomment>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not given</source>
        <translation>Көрсетілмеген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, still active</source>
        <translation>Иә, әлі жұмыс істейді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, no longer active</source>
        <translation>Жоқ, енді жұмыс істемейді</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. English, Russian</source>
        <translation>мысалы: ағылшын, орыс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models of organising</source>
        <translation>Ұйымдасу модельдері</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year founded</source>
        <translation>Құрылған жылы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still active</source>
        <translation>Әлі жұмыс істей ме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Тілдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This history is written in</source>
        <translation>Бұл тарих жазылған тіл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The group&apos;s models of organising</source>
        <translation>Топтың ұйымдасу модельдері</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the group&apos;s name to go on; everything else can wait.</source>
        <translation>Жалғастыру үшін топтың атауын енгізіңіз; қалғанын кейін толтыруға болады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is missing</source>
        <translation>Не жетіспейді</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Give the group&apos;s name first.</source>
        <translation>Алдымен топтың атауын енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>ProfileSafety</name>
    <message>
        <location filename="../src/coact_desktop/gui/profile_safety.py" line="+51"/>
        <location line="+60"/>
        <source>&amp;Protect drafts with a passphrase…</source>
        <translation>Жобаларды құпия &amp;фразамен қорғау…</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>D&amp;uress passphrase…</source>
        <translation>Қ&amp;ауіп кезіндегі құпия фраза…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper &amp;backup of the key…</source>
        <translation>Кілттің қағаздағы &amp;сақтық көшірмесі…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock drafts</source>
        <translation>Жобаларды құ&amp;лыптау</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock &amp;when idle</source>
        <translation>&amp;Пайдаланылмаған кезде құлыптау</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After {minutes} minutes</source>
        <translation>{minutes} минуттан кейін</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never</source>
        <translation>Ешқашан</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quick delete after wron&amp;g passphrases</source>
        <translation>Қате құпия ф&amp;разалардан кейін тез жою</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After {count} wrong passphrases in a row</source>
        <translation>Қатарынан {count} қате құпия фразадан кейін</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never</source>
        <comment>quick delete after wrong passphrases</comment>
        <extracomment>The choice that leaves quick delete after wrong passphrases off.</extracomment>
        <translation>Ешқашан</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quic&amp;k delete…</source>
        <translation>&amp;Тез жою…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Change the &amp;passphrase…</source>
        <translation>Құпия &amp;фразаны өзгерту…</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The drafts are locked.</source>
        <translation>Жобалар құлыпталды.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Your drafts, their photos and files, the inbox and the keys are now encrypted on this computer.</source>
        <translation>Жобаларыңыз, олардың фотолары мен файлдары, кіріс жәшігі және кілттер енді осы компьютерде шифрланған.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase was changed.</source>
        <translation>Құпия фраза өзгертілді.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The duress passphrase was removed.</source>
        <translation>Қауіп кезіндегі құпия фраза алып тасталды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The duress passphrase was set.</source>
        <translation>Қауіп кезіндегі құпия фраза орнатылды.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Encrypting your drafts…</source>
        <translation>Жобаларыңыз шифрлануда…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Protect drafts with a passphrase</source>
        <translation>Жобаларды құпия фразамен қорғау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypting your drafts and sealing their photos and files…</source>
        <translation>Жобаларыңыз және оларға тіркелген фотолар мен файлдар шифрлануда…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled: the drafts are not protected, as before.</source>
        <translation>Бас тартылды: жобалар бұрынғыдай қорғалмаған.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing was changed</source>
        <translation>Ештеңе өзгертілген жоқ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Quick delete after wrong passphrases</source>
        <translation>Қате құпия фразалардан кейін тез жою</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After {count} wrong passphrases in a row, your drafts, the inbox, photos, keys and backups are destroyed for good, as by quick delete, and nothing on the screen says so.

A mistyped passphrase, another keyboard language or a child at the keyboard can set it off. It does not help against someone who copies the disk before trying. Turn it on?</source>
        <translation>Қатарынан {count} қате құпия фразадан кейін жобаларыңыз, кіріс жәшігі, фотолар, кілттер және сақтық көшірмелер тез жоюдағыдай біржола жойылады, ал экранда бұл туралы ештеңе көрсетілмейді.

Оны қателесіп терілген құпия фраза, басқа тілге ауысқан пернетақта немесе пернетақтаны басқан бала іске қосып жіберуі мүмкін. Дискіні алдымен көшіріп алып, содан кейін ғана құпия фраза тере бастаған адамнан бұл қорғамайды. Қосасыз ба?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Turn it on</source>
        <translation>Қ&amp;осу</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Quick delete after wrong passphrases is off.</source>
        <translation>Қате құпия фразалардан кейін тез жою өшірілген.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After {count} wrong passphrases in a row, everything private is deleted.</source>
        <translation>Қатарынан {count} қате құпия фразадан кейін барлық жеке деректер жойылады.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The drafts are open, under the new passphrase. Set a duress passphrase again if you had one.</source>
        <translation>Жобалар ашық, енді олар жаңа құпия фразамен ашылады. Қауіп кезіндегі құпия фраза болған болса, оны қайта орнатыңыз.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Deleting…</source>
        <translation>Жойылуда…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Quick delete</source>
        <translation>Тез жою</translation>
    </message>
</context>
<context>
    <name>ProgramShare</name>
    <message>
        <location filename="../src/coact_desktop/gui/program_share.py" line="+42"/>
        <location line="+55"/>
        <source>Copy Coact Desktop to a stick</source>
        <translation>Coact Desktop бағдарламасын флешкаға көшіру</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Copying Coact Desktop and checking the copy…</source>
        <translation>Coact Desktop көшірілуде және көшірме тексерілуде…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Coact Desktop {version} is copied to {folder} and the copy checked. Whoever gets it can check it too: with this program (coact-desktop release verify FOLDER), or with sha256sum -c RELEASE-SHA256SUMS and minisign -V inside the folder.</source>
        <translation>Coact Desktop {version} {folder} қалтасына көшірілді, көшірме тексерілді. Оны алған адам да тексере алады: осы бағдарламамен (coact-desktop release verify ҚАЛТА) немесе қалта ішінде sha256sum -c RELEASE-SHA256SUMS және minisign -V командаларымен.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The library&apos;s newest edition is copied to {path}.</source>
        <translation>Кітапхананың ең жаңа басылымы көшірілді: {path}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied</source>
        <extracomment>Title of a message: the program&apos;s files were copied.</extracomment>
        <translation>Көшірілді</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coact Desktop is copied to {folder}.</source>
        <translation>Coact Desktop {folder} қалтасына көшірілді.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was copied.</source>
        <translation>Ештеңе көшірілген жоқ.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../src/coact_desktop/gui/task_progress.py" line="+15"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../src/coact_desktop/words/qt_words.py" line="+15"/>
        <source>OK</source>
        <extracomment>A button of a dialog (Qt&apos;s own word, as on every dialog of the system).</extracomment>
        <translation>ОК</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Иә</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Елемеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Іске асыру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Көмек</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location line="+2"/>
        <source>&lt; &amp;Back</source>
        <extracomment>A button of a step-by-step dialog (the send wizard): the step before.</extracomment>
        <translation>&lt; &amp;Артқа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next &gt;</source>
        <extracomment>The step after; in a right-to-left language, leave the arrow out.</extracomment>
        <translation>&amp;Келесі &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>А&amp;яқтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Көмек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>Бекіту</translation>
    </message>
</context>
<context>
    <name>QuickDelete</name>
    <message>
        <location filename="../src/coact_desktop/words/quick_delete.py" line="+16"/>
        <source>the key to your drafts (destroyed first)</source>
        <translation>жобаларыңыздың кілті (алдымен жойылды)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the encrypted drafts, inbox and keys</source>
        <translation>шифрланған жобалар, кіріс жәшігі және кілттер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drafts, inbox and keys</source>
        <translation>жобалар, кіріс жәшігі және кілттер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>photos and files attached to drafts</source>
        <translation>жобаларға тіркелген фотолар мен файлдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backups</source>
        <translation>сақтық көшірмелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key files</source>
        <translation>кілт файлдары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the log</source>
        <translation>журнал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>temporary files</source>
        <translation>уақытша файлдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the plan of the next edition</source>
        <translation>келесі басылымның жоспары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the count of wrong passphrases</source>
        <translation>қате құпия фразалардың есебі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folders, files and drafts remembered in settings</source>
        <translation>баптауларда есте сақталған қалталар, файлдар және жобалар</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There was nothing private to remove.</source>
        <translation>Жойылатын жеке ештеңе болған жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed: {items}. The library is still here.</source>
        <extracomment>{items} is a list of what was removed, separated by semicolons.</extracomment>
        <translation>Жойылды: {items}. Кітапхана орнында қалды.</translation>
    </message>
</context>
<context>
    <name>QuickDeleteDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/quick_delete_dialog.py" line="+26"/>
        <source>Quick delete</source>
        <translation>Тез жою</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delete</source>
        <extracomment>The word typed to confirm quick delete: one short, ordinary word.</extracomment>
        <translation>жою</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This destroys, for good, your group&apos;s drafts and the people named in them, attached files, the inbox, keys, backups and the log. The history stays, so the program looks like any reader&apos;s. Nobody can bring the drafts back, not even with the passphrase.

Type {word} to go on.</source>
        <translation>Бұл тобыңыздың жобаларын және оларда аталған адамдардың тізімін, тіркелген файлдарды, кіріс жәшігін, кілттерді, сақтық көшірмелерді және журналды біржола жояды. Тарих қалады, сондықтан бағдарлама кез келген оқырмандікі сияқты көрінеді. Жобаларды ешкім, тіпті құпия фразамен де қалпына келтіре алмайды.

Жалғастыру үшін «{word}» деп теріңіз.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Confirmation word</source>
        <extracomment>The field where the confirming word is typed.</extracomment>
        <translation>Растау сөзі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Countdown</source>
        <translation>Кері санақ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete now</source>
        <translation>Қазір &amp;жою</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Deleting in {seconds}… Press Cancel or Esc to stop.</source>
        <translation>{seconds} секундтан кейін жойылады… Тоқтату үшін «Бас тарту» батырмасын немесе Esc пернесін басыңыз.</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../src/coact_desktop/gui/media_save.py" line="+32"/>
        <source>file from a group history</source>
        <translation>топ тарихындағы файл</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save a copy</source>
        <translation>Көшірмесін сақтау</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A copy is saved in {path}.</source>
        <translation>Көшірме сақталды: {path}.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/gui/rendering.py" line="+28"/>
        <source>From the history of {group}, in its own words</source>
        <translation>«{group}» тобының тарихынан, өз сөзімен</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>PDF document</source>
        <translation>PDF құжаты</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>text file</source>
        <extracomment>Kind of an attached file, inside a sentence: lower case.</extracomment>
        <translation>мәтіндік файл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a copy ({kind}, {size})…</source>
        <translation>Көшірмесін сақтау ({kind}, {size})…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>under 1 KB</source>
        <translation>1 КБ-тан аз</translation>
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
        <translation>Тарау мәтіні</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>← Previous: {title}</source>
        <translation>← Алдыңғы: {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: {title} →</source>
        <translation>Келесі: {title} →</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_dialogs.py" line="+39"/>
        <source>Revision history</source>
        <translation>Нұсқалар тарихы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revisions</source>
        <translation>Нұсқалар</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/words/revisions.py" line="+15"/>
        <source>started</source>
        <extracomment>Why a revision of a draft was saved: the draft was started.</extracomment>
        <translation>жоба басталды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imported</source>
        <extracomment>Why a revision was saved: the draft was imported from a file.</extracomment>
        <translation>импортталды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saved while writing</source>
        <translation>жазу барысында сақталды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restored an earlier revision</source>
        <translation>бұрынғы нұсқа қалпына келтірілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>өзгертілді</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/gui/draft_dialogs.py" line="+3"/>
        <source>Revision {number} · {when} · {reason} · {size}</source>
        <extracomment>One line of the revision list: its number, date and time, why it was saved, length.</extracomment>
        <translation>{number}-нұсқа · {when} · {reason} · {size}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Differences from the text now</source>
        <translation>Қазіргі мәтіннен айырмашылықтар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore this revision</source>
        <translation>Осы нұсқаны қалпына келтіру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People and consent</source>
        <translation>Адамдар және келісім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and files</source>
        <translation>Фото және файлдар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founded</source>
        <translation>Құрылған жылы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still active</source>
        <translation>Әлі жұмыс істей ме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Тілдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models of organising</source>
        <translation>Ұйымдасу модельдері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the draft</source>
        <translation>Жобаның тілі</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>undated</source>
        <extracomment>An event of the timeline that has no date.</extracomment>
        <translation>күні көрсетілмеген</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>named</source>
        <extracomment>Consent of a person in the draft: agreed to be named with the real name.</extracomment>
        <translation>аты аталады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pseudonym</source>
        <translation>бүркеншік ат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withheld</source>
        <extracomment>Consent of a person: neither the name nor the pseudonym is shown.</extracomment>
        <translation>жасырылған</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../src/coact_desktop/gui/search_view.py" line="+39"/>
        <source>Search the history (Ctrl+K)</source>
        <translation>Бүкіл тарихтан іздеу (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the history</source>
        <translation>Бүкіл тарихтан іздеу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by chapter</source>
        <translation>Тарау бойынша сүзу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by model of organising</source>
        <translation>Ұйымдасу моделі бойынша сүзу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by country</source>
        <translation>Ел бойынша сүзу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by decade</source>
        <translation>Онжылдық бойынша сүзу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search results</source>
        <translation>Іздеу нәтижелері</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>All chapters</source>
        <translation>Барлық тараулар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All models</source>
        <translation>Барлық модельдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All countries</source>
        <translation>Барлық елдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All decades</source>
        <translation>Барлық онжылдықтар</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Preparing search…</source>
        <translation>Іздеу дайындалуда…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a word or a name. Word forms and misspellings are found too.</source>
        <translation>Сөзді немесе атты теріңіз. Сөздің басқа тұлғалары мен қате жазылулары да табылады.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No exact matches. Showing close spellings:</source>
        <translation>Дәл сәйкестік жоқ. Ұқсас жазылулар көрсетілген:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing found.</source>
        <translation>Ештеңе табылмады.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Coact&apos;s history is written in English: try an English word. Each group&apos;s own history is found in the language it is written in.</source>
        <translation>Coact тарихы ағылшын тілінде жазылған: ағылшынша сөз теріп көріңіз. Әр топтың өз тарихы қай тілде жазылса, сол тілде табылады.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{shown} of %n results</source>
        <extracomment>{shown} results are listed of %n found in all.</extracomment>
        <translation>
            <numerusform>%n нәтиженің ішінен {shown}</numerusform>
            <numerusform>%n нәтиженің ішінен {shown}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n results</source>
        <translation>
            <numerusform>%n нәтиже</numerusform>
            <numerusform>%n нәтиже</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Did you mean {suggestion}?</source>
        <translation>Мұны іздедіңіз бе: {suggestion}?</translation>
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
            <numerusform>%n таңба</numerusform>
            <numerusform>%n таңба</numerusform>
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
        <translation>Бұл үзіндіні «Оқу» қойындысында ашу</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <location filename="../src/coact_desktop/gui/unlock_panel.py" line="+24"/>
        <source>Your group&apos;s drafts are locked</source>
        <translation>Тобыңыздың жобалары құлыпталған</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>They are encrypted on this computer. Type your passphrase to open them. The history can be read and searched without it.</source>
        <translation>Олар осы компьютерде шифрланған. Оларды ашу үшін құпия фразаңызды теріңіз. Тарихты онсыз да оқуға және онда іздеуге болады.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase</source>
        <extracomment>The field where the passphrase of the group&apos;s drafts is typed.</extracomment>
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unlock</source>
        <translation>Құлпын &amp;ашу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forgotten? Use the &amp;paper key…</source>
        <translation>Ұмытып қалдыңыз ба? Қағаз кілтті &amp;пайдаланыңыз…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Opening…</source>
        <translation>Ашылуда…</translation>
    </message>
</context>
<context>
    <name>WhatsNewView</name>
    <message>
        <location filename="../src/coact_desktop/gui/whats_new_view.py" line="+39"/>
        <source>What&apos;s new in edition {edition}</source>
        <translation>{edition}-басылымдағы жаңалықтар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;{title}&lt;/b&gt;, edition {edition}, from {date}.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;, {edition}-басылым, {date}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The editors wrote no notes for this edition.</source>
        <translation>Редакторлар бұл басылымға ескертпе жазбаған.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chapters added, changed and removed</source>
        <translation>Қосылған, өзгертілген және алып тасталған тараулар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chapter, with what changed marked</source>
        <translation>Өзгерістері белгіленген тарау</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open this chapter</source>
        <translation>Осы тарауды &amp;ашу</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Added ({n})</source>
        <extracomment>Heading in What&apos;s new: chapters added since the last edition; {n} is how many.</extracomment>
        <translation>Қосылды ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed ({n})</source>
        <translation>Өзгертілді ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed ({n})</source>
        <translation>Алып тасталды ({n})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No chapter changed in this edition.</source>
        <translation>Бұл басылымда бірде-бір тарау өзгермеді.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>New in this edition.</source>
        <translation>Бұл басылымда жаңа.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No longer in this edition.</source>
        <translation>Бұл басылымда енді жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Struck-through words were taken out; underlined words are new.</source>
        <translation>Сызылған сөздер алынып тасталды; асты сызылған сөздер — жаңа.</translation>
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
        <translation>&amp;Жаңа жоба…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import a file…</source>
        <translation>Файлды &amp;импорттау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy the library to a stick…</source>
        <translation>Кітапхананы флешкаға &amp;көшіру…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Coact &amp;Desktop to a stick…</source>
        <translation>Coact Desktop &amp;бағдарламасын флешкаға көшіру…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export the open draft…</source>
        <translation>Ашық жобаны &amp;экспорттау…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find in chapter</source>
        <translation>&amp;Тараудан табу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search the history</source>
        <translation>&amp;Бүкіл тарихтан іздеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What&apos;s new in this edition</source>
        <translation>Осы басылымдағы &amp;жаңалықтар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous chapter</source>
        <translation>&amp;Алдыңғы тарау</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ne&amp;xt chapter</source>
        <translation>&amp;Келесі тарау</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Үлкейту</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom &amp;out</source>
        <translation>Кі&amp;шірейту</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Normal size</source>
        <translation>&amp;Қалыпты өлшем</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language</source>
        <translation>Т&amp;іл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keys</source>
        <translation>&amp;Кілттер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Coact</source>
        <translation>&amp;Coact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inbox of received files</source>
        <translation>&amp;Кіріс жәшігі: алынған файлдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Editions workspace…</source>
        <translation>&amp;Басылымдарды әзірлеу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open received files…</source>
        <translation>Алынған файлдарды &amp;ашу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Пернелер тіркесімдері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Coact Desktop</source>
        <translation>Coact Desktop &amp;туралы</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>In a draft: text, timeline, people, files</source>
        <translation>Жобада: мәтін, хронология, адамдар, файлдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a draft&apos;s timeline or people: add a row</source>
        <translation>Жобаның хронологиясында немесе адамдар тізімінде: жол қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a draft&apos;s text: bold, link</source>
        <translation>Жоба мәтінінде: жуан, сілтеме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a table: the next or the previous cell</source>
        <translation>Кестеде: келесі немесе алдыңғы ұяшық</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімдері</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About Coact Desktop</source>
        <translation>Coact Desktop туралы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Coact Desktop {version}&lt;/h3&gt;&lt;p&gt;A history of drug user organising, written by Mat Southwell and Lana Durjava, Coact. The text is reproduced verbatim.&lt;/p&gt;&lt;p&gt;Works offline. Nothing is sent anywhere.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Coact Desktop {version}&lt;/h3&gt;&lt;p&gt;A history of drug user organising (Есірткі тұтынатын адамдардың ұйымдасу тарихы), авторлары: Mat Southwell және Lana Durjava, Coact. Мәтін сөзбе-сөз берілген.&lt;/p&gt;&lt;p&gt;Интернетсіз жұмыс істейді. Ештеңе ешқайда жіберілмейді.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>WritePage</name>
    <message>
        <location filename="../src/coact_desktop/gui/export_write_page.py" line="+33"/>
        <location line="+59"/>
        <source>Writing the file</source>
        <translation>Файл жазылуда</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>This takes a moment; Cancel stops it and leaves nothing behind.</source>
        <translation>Бұл біраз уақыт алады; «Бас тарту» батырмасы жазуды тоқтатады және ештеңе қалдырмайды.</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Progress</source>
        <translation>Орындалу барысы</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Key fingerprint words</source>
        <translation>Кілт ізінің сөздері</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show the folder</source>
        <translation>Қалтаны көрсету</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the file&apos;s path</source>
        <translation>Файлдың жолын көшіру</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back, to change the folder or the key</source>
        <translation>Қалтаны немесе кілтті өзгерту үшін артқа</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Signing and writing…</source>
        <translation>Қол қойылып, жазылуда…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The file is ready</source>
        <translation>Файл дайын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send it to Coact in any way that suits you.</source>
        <translation>Оны Coact-қа өзіңізге ыңғайлы кез келген жолмен жіберіңіз.</translation>
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
        <translation>Бұл — тобыңыздың {n}-файлы.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is NOT encrypted: keep it safe.</source>
        <translation>Ол ШИФРЛАНБАҒАН: оны қауіпсіз жерде сақтаңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A signing key was made for your group. Make a backup of it (Keys → Back up the signing key…) and keep the passphrase apart from the backup.</source>
        <translation>Тобыңыз үшін қолтаңба кілті жасалды. Оның сақтық көшірмесін жасаңыз (Кілттер → Қолтаңба кілтінің сақтық көшірмесін жасау…) және құпия фразаны сақтық көшірмеден бөлек сақтаңыз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When Coact receives your first file they will phone you to compare these words. Read them out; never send them with the file:</source>
        <translation>Coact алғашқы файлыңызды алғанда, осы сөздерді салыстыру үшін сізге қоңырау шалады. Оларды дауыстап оқыңыз; ешқашан файлмен бірге жібермеңіз:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your key&apos;s words, in case Coact asks for them again (by phone, never with the file):</source>
        <translation>Кілтіңіздің сөздері — Coact оларды қайта сұраса керек болады (телефонмен айтыңыз, ешқашан файлмен бірге жібермеңіз):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing was written.</source>
        <translation>Ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file was not written. {reason}</source>
        <translation>Файл жазылмады. {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No program to show folders was found. The file is here: {path}</source>
        <translation>Қалталарды көрсететін бағдарлама табылмады. Файл мұнда: {path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied: {path}</source>
        <translation>Көшірілді: {path}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../src/coact_desktop/gui/app.py" line="+122"/>
        <source>Coact Desktop cannot start</source>
        <translation>Coact Desktop іске қосылмайды</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Coact Desktop is already open with this profile. Use the window that is open (two windows could overwrite each other&apos;s writing).</source>
        <translation>Coact Desktop осы профильмен бұрыннан ашық. Ашық тұрған терезені пайдаланыңыз (екі терезе бір-бірінің жазғанын өшіріп жіберуі мүмкін).</translation>
    </message>
</context>
</TS>
