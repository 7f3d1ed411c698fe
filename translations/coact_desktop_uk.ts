<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/answer_dialog.py" line="+57"/>
        <source>Answer {group}, file {n}</source>
        <translation>Відповідь групі {group}, файл {n}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A word to the group</source>
        <translation>Слово до групи</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not in an edition yet</source>
        <translation>ще не у виданні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The edition the history went into</source>
        <translation>Видання, до якого ввійшла історія</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history&apos;s sections</source>
        <translation>Розділи історії</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A note on this section</source>
        <translation>Примітка до цього розділу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coact&apos;s wording of this section</source>
        <translation>Формулювання Coact для цього розділу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publishing key file</source>
        <translation>Файл ключа публікації</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase of the publishing key</source>
        <translation>Парольна фраза ключа публікації</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder to save the answer in</source>
        <translation>Папка для збереження відповіді</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>W&amp;rite the answer…</source>
        <translation>&amp;Записати відповідь…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Рішення:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;word to the group:</source>
        <translation>&amp;Слово до групи:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In &amp;edition:</source>
        <translation>У ви&amp;данні:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note on this section:</source>
        <translation>&amp;Примітка до цього розділу:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coact&apos;s wording (leave it as the group wrote it to suggest no change):</source>
        <translation>Формулювання Coact (залиште текст таким, як його написала група, якщо не пропонуєте змін):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Sections:</source>
        <translation>Р&amp;озділи:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publishing &amp;key:</source>
        <translation>&amp;Ключ публікації:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;phrase:</source>
        <translation>Парольна &amp;фраза:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;to:</source>
        <translation>Зберегти &amp;в:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The answer is encrypted to the group: only its program can read it.</source>
        <translation>Відповідь зашифровано для групи: прочитати її зможе лише програма цієї групи.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This group&apos;s file named no key for answers (an older program): the answer is signed but not encrypted, and whoever carries it can read it.</source>
        <translation>У файлі цієї групи не вказано ключа для відповідей (файл зроблено старішою програмою): відповідь буде підписано, але не зашифровано, і прочитати її зможе кожен, хто її передаватиме.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The publishing key</source>
        <translation>Ключ публікації</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the answer in</source>
        <translation>Куди зберегти відповідь</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the publishing key file first.</source>
        <translation>Спочатку виберіть файл ключа публікації.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a folder to save the answer in.</source>
        <translation>Виберіть папку для збереження відповіді.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is there already: choose another folder.</source>
        <translation>{name} у цій папці вже є: виберіть іншу папку.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signing the answer…</source>
        <translation>Підписуємо відповідь…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved {path}. Send it to the group as it is, by any way.</source>
        <translation>Збережено: {path}. Надішліть цей файл групі як є, будь-яким способом.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Accepted</source>
        <extracomment>Coact&apos;s decision on a group&apos;s history: taken into the library.</extracomment>
        <translation>Прийнято</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted with changes</source>
        <translation>Прийнято зі змінами</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes asked for</source>
        <translation>Потрібні зміни</translation>
    </message>
</context>
<context>
    <name>AnswerView</name>
    <message>
        <location filename="../src/coact_desktop/gui/answer_view.py" line="+43"/>
        <source>Coact&apos;s answer</source>
        <translation>Відповідь Coact</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coact wrote no general comment.</source>
        <translation>Загального коментаря від Coact немає.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sections Coact wrote about</source>
        <translation>Розділи, про які пише Coact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (a change)</source>
        <translation> (зміна)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No notes on single sections.</source>
        <translation>Приміток до окремих розділів немає.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coact&apos;s note, and its change marked</source>
        <translation>Примітка Coact і позначена зміна</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Use Coact&apos;s version of this section</source>
        <translation>Використати варіант Coact для цього &amp;розділу</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Accepted</source>
        <extracomment>Coact&apos;s decision on a group&apos;s history: taken into the library.</extracomment>
        <translation>Прийнято</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted with changes</source>
        <translation>Прийнято зі змінами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes asked for</source>
        <translation>Просимо внести зміни</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;{decision}&lt;/b&gt;: Coact&apos;s answer to bundle {sequence}, signed {date}.</source>
        <translation>&lt;b&gt;{decision}&lt;/b&gt;: відповідь Coact на пакет {sequence}, підписано {date}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is in edition {edition} of the library.</source>
        <translation>Історію включено до видання {edition} бібліотеки.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your draft has no section of this name now; Coact&apos;s version:</source>
        <translation>У вашій чернетці зараз немає розділу з такою назвою; варіант Coact:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your draft already says it as Coact does.</source>
        <translation>У вашій чернетці вже написано так, як у Coact.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Struck-through words are yours that Coact&apos;s version leaves out; underlined words are Coact&apos;s.</source>
        <translation>Закреслені слова — ваші, яких немає у варіанті Coact; підкреслені — слова Coact.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../src/coact_desktop/gui/export_check_page.py" line="+35"/>
        <source>Check the draft</source>
        <translation>Перевірка чернетки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing leaves this computer until the check is passed.</source>
        <translation>Нічого не покине цей компʼютер, доки чернетка не пройде перевірку.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems found</source>
        <translation>Знайдені проблеми</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go there to fix it</source>
        <translation>Перейти й виправити</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking…</source>
        <translation>Перевірка…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Must fix</source>
        <extracomment>&apos;Must fix&apos;: a problem that stops the sending; &apos;Note&apos;: advice only.</extracomment>
        <translation>Треба виправити</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Зауваження</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Some things must be fixed before the history can be sent. Double-click one to go there; “Check again” above the draft brings you back here, and the check runs again.</source>
        <translation>Дещо треба виправити, перш ніж історію можна буде надіслати. Двічі клацніть пункт, щоб перейти до нього; кнопка «Перевірити знову» над чернеткою поверне вас сюди, і перевірка пройде ще раз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready to send. A few notes:</source>
        <translation>Можна надсилати. Кілька зауважень:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready to send: nothing to fix.</source>
        <translation>Можна надсилати: виправляти нічого не треба.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/coact_desktop/cli/__init__.py" line="+103"/>
        <source>interrupted</source>
        <translation>перервано</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected error ({error}). Run again with --debug for details.</source>
        <translation>неочікувана помилка ({error}). Запустіть ще раз із --debug, щоб побачити подробиці.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/backups.py" line="+40"/>
        <source>Restored {name}. The database it replaced was kept as {aside}.</source>
        <translation>Відновлено: {name}. Замінену базу даних збережено як {aside}.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/bundles.py" line="+61"/>
        <source>a new key: compare the fingerprint with the group by phone before trusting it</source>
        <translation>новий ключ: звірте відбиток із групою телефоном, перш ніж довіряти йому</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the key Coact already trusts for this group</source>
        <translation>ключ, якому Coact уже довіряє для цієї групи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a new key, handed over by a rotation record signed by the trusted key</source>
        <translation>новий ключ, переданий записом про заміну ключа, який підписано довіреним ключем</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose a passphrase for the group&apos;s new signing key: </source>
        <translation>Придумайте парольну фразу для нового ключа підпису групи: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase of the group&apos;s signing key: </source>
        <translation>Парольна фраза ключа підпису групи: </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Warning: this bundle is NOT encrypted. Anyone who gets the file can read it.</source>
        <translation>Увага: цей пакет НЕ зашифровано. Будь-хто, до кого потрапить файл, зможе його прочитати.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote {path} ({size}), bundle {sequence} of this group.</source>
        <translation>Записано: {path} ({size}), пакет {sequence} цієї групи.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A signing key was made for the group.</source>
        <translation>Для групи створено ключ підпису.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key fingerprint (read it out to Coact): {words}</source>
        <translation>Відбиток ключа (прочитайте його вголос для Coact): {words}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{file}: intact and correctly signed.</source>
        <translation>{file}: файл не пошкоджено, підпис правильний.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group: {group}</source>
        <translation>Група: {group}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bundle: {sequence}, made {date}</source>
        <translation>Пакет: {sequence}, створено {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key: {key}</source>
        <translation>Ключ: {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust: {trust}</source>
        <translation>Довіра: {trust}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already received: importing it again changes nothing.</source>
        <translation>Уже отримано: повторний імпорт нічого не змінить.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location filename="../src/coact_desktop/cli/editions.py" line="+147"/>
        <source>{file}: refused. {reason}</source>
        <translation>{file}: не прийнято. {reason}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cannot open it here: {reason}.</source>
        <translation>Тут його не вдається відкрити: {reason}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{file}: imported {name}, bundle {sequence} (already received; nothing changed).</source>
        <translation>{file}: імпортовано пакет {sequence} групи {name} (його вже було отримано; нічого не змінилося).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}: imported {name}, bundle {sequence}.</source>
        <translation>{file}: імпортовано пакет {sequence} групи {name}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}: held. {name} signs with a key Coact does not know yet. Phone the group and compare these words: {words}. Then accept it in the window&apos;s inbox, or import again with --trust-new-key.</source>
        <translation>{file}: відкладено. Група {name} підписує файли ключем, якого Coact ще не знає. Зателефонуйте групі й звірте ці слова: {words}. Потім прийміть пакет у «Вхідних» у вікні програми або імпортуйте його знову з --trust-new-key.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file}: not imported: a newer file from {name} (after bundle {sequence}) is already in the library, and the newest is kept.</source>
        <translation>{file}: не імпортовано: новіший файл від групи {name} (після пакета {sequence}) уже є в бібліотеці, а зберігається найновіший.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file}: not imported; the bundle is {state}.</source>
        <translation>{file}: не імпортовано; стан пакета: {state}.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/drafts.py" line="+57"/>
        <location line="+87"/>
        <source>(no name yet)</source>
        <translation>(ще без назви)</translation>
    </message>
    <message numerus="yes">
        <location line="-85"/>
        <source>saved {when}, %n revisions</source>
        <extracomment>One line of the drafts list: its id, the group&apos;s name, when it was last saved.</extracomment>
        <translation>
            <numerusform>збережено {when}, %n версія</numerusform>
            <numerusform>збережено {when}, %n версії</numerusform>
            <numerusform>збережено {when}, %n версій</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Restored revision {old} as revision {new}.</source>
        <translation>Версію {old} відновлено як версію {new}.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>place not given</source>
        <translation>місце не вказано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year not given</source>
        <translation>рік не вказано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place}; founded {year}</source>
        <translation>{place}; рік заснування: {year}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n events</source>
        <translation>
            <numerusform>%n подія</numerusform>
            <numerusform>%n події</numerusform>
            <numerusform>%n подій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n людина</numerusform>
            <numerusform>%n людини</numerusform>
            <numerusform>%n людей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/editions.py" line="-59"/>
        <source>Copied the library&apos;s newest edition to {path}.</source>
        <translation>Найновіше видання бібліотеки скопійовано в {path}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Passphrase of the root key: </source>
        <translation>Парольна фраза кореневого ключа: </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wrote {file}.</source>
        <translation>Записано: {file}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Root version {version} is signed by {old_signed} of the {old_needed} current root keys needed and {new_signed} of the {new_needed} of its own.</source>
        <extracomment>A new list of root keys must be signed by enough of the current keys and of its own.</extracomment>
        <translation>Версія {version} кореневих ключів має {old_signed} з {old_needed} потрібних підписів поточних кореневих ключів і {new_signed} з {new_needed} потрібних підписів її власних ключів.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Readers will accept it.</source>
        <translation>Програми читачів її приймуть.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More root keys must sign it.</source>
        <translation>Її мають підписати ще інші кореневі ключі.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{file}: edition {edition}, against edition {have} here.</source>
        <translation>{file}: видання {edition}, а тут зараз видання {have}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>chapter added: {title} ({slug}), {words}</source>
        <translation>додано главу: {title} ({slug}), {words}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chapter changed: {title} ({slug}), {added} and {removed}</source>
        <translation>змінено главу: {title} ({slug}), {added} і {removed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chapter removed: {title} ({slug}), {words}</source>
        <translation>вилучено главу: {title} ({slug}), {words}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>+%n words</source>
        <extracomment>Words a changed chapter gains, as in &quot;+120 words&quot;.</extracomment>
        <translation>
            <numerusform>+%n слово</numerusform>
            <numerusform>+%n слова</numerusform>
            <numerusform>+%n слів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>-%n words</source>
        <extracomment>Words a changed chapter loses, as in &quot;-35 words&quot;.</extracomment>
        <translation>
            <numerusform>-%n слово</numerusform>
            <numerusform>-%n слова</numerusform>
            <numerusform>-%n слів</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>history added: {name}</source>
        <translation>додано історію: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>history changed: {name}</source>
        <translation>змінено історію: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>history removed: {name}</source>
        <translation>вилучено історію: {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing would change but the edition&apos;s number and notes.</source>
        <translation>Змінилися б лише номер видання і примітки.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{folder}: no newer edition for this library.</source>
        <translation>{folder}: новішого видання для цієї бібліотеки немає.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Imported before it: {files}.</source>
        <translation>Перед ним імпортовано: {files}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{file}: imported.</source>
        <translation>{file}: імпортовано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: intact and signed by Coact.</source>
        <translation>{file}: файл не пошкоджено, його підписав Coact.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edition: {edition} of {library}, from {date}</source>
        <translation>Видання: {edition} бібліотеки {library}, від {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title: {title}</source>
        <translation>Назва: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed: {when} by the publishing key {key}</source>
        <translation>Підписано: {when} ключем публікації {key}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Histories: {names}</source>
        <translation>Історії: {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left out: {names} (no longer in this edition)</source>
        <translation>Вилучено: {names} (їх більше немає в цьому виданні)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the changes since the edition this library holds.</source>
        <translation>Лише зміни після видання, яке є в цій бібліотеці.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library now has edition {edition}.</source>
        <translation>Тепер у бібліотеці видання {edition}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What&apos;s new: {notes}</source>
        <translation>Що нового: {notes}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: this computer&apos;s clock is behind: a file signed on {date} was already seen here. Set the date right.</source>
        <translation>Увага: годинник цього компʼютера відстає: файл, підписаний {date}, тут уже бачили. Виставте правильну дату.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>--delta-from: {file} is not a pack file (or say “{shipped}”).</source>
        <translation>--delta-from: {file} не є файлом видання (або вкажіть «{shipped}»).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Wrote {file} ({size}): the changes that make edition {edition}, signed by {key}.</source>
        <translation>Записано: {file} ({size}), зміни, з яких виходить видання {edition}, підписано ключем {key}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrote {file} ({size}): edition {edition}, signed by {key}.</source>
        <translation>Записано: {file} ({size}), видання {edition}, підписано ключем {key}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{library}  edition {edition}, {date}: {title}</source>
        <translation>{library}  видання {edition}, {date}: {title}</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/keys.py" line="+68"/>
        <source>Cannot read the passphrase file {path}: {reason}.</source>
        <translation>Не вдалося прочитати файл із парольною фразою {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A passphrase is needed: run this in a terminal, or give --passphrase-file FILE.</source>
        <translation>Потрібна парольна фраза: запустіть це в терміналі або вкажіть --passphrase-file FILE.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type it again: </source>
        <translation>Введіть її ще раз: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Парольні фрази не збігаються; нічого не змінено.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No signing key yet: it is made on the first export.</source>
        <translation>Ключа підпису ще немає: його буде створено під час першого експорту.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wrote the public key {key} to {file}.</source>
        <translation>Відкритий ключ {key} записано в {file}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase of the signing key: </source>
        <translation>Парольна фраза ключа підпису: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrote a backup of key {key} to {file}. It stays encrypted with its passphrase: keep the file and the passphrase in different places.</source>
        <translation>Резервну копію ключа {key} записано в {file}. Вона й далі зашифрована парольною фразою: зберігайте файл і парольну фразу в різних місцях.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase of the backed-up key: </source>
        <translation>Парольна фраза ключа з резервної копії: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored key {key}.</source>
        <translation>Ключ {key} відновлено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase of the current key: </source>
        <translation>Парольна фраза поточного ключа: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase for the new key: </source>
        <translation>Парольна фраза для нового ключа: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Made key {key}; key {old} signed the hand-over.</source>
        <translation>Створено ключ {key}; передачу підписав ключ {old}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Key id:</source>
        <translation>Ідентифікатор ключа:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint:</source>
        <translation>Відбиток:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public key:</source>
        <translation>Відкритий ключ:</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/search.py" line="+30"/>
        <source>Preparing search (first use)…</source>
        <translation>Підготовка пошуку (перший запуск)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No exact matches. Close spellings:</source>
        <translation>Точних збігів немає. Схожі написання:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did you mean: {suggestion}</source>
        <translation>Можливо, ви мали на увазі: {suggestion}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>{shown} of %n results</source>
        <extracomment>{shown} results are listed of %n found in all.</extracomment>
        <translation>
            <numerusform>{shown} з %n результату</numerusform>
            <numerusform>{shown} з %n результатів</numerusform>
            <numerusform>{shown} з %n результатів</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/answers.py" line="+66"/>
        <source>{file}: Coact&apos;s answer: {decision}.</source>
        <translation>{file}: відповідь Coact: {decision}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is on the draft {draft} (bundle {n}).</source>
        <translation>Її додано до чернетки {draft} (пакет {n}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>bundle {n}: {decision}, signed {when}</source>
        <translation>пакет {n}: {decision}, підписано {when}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refused. {reason}</source>
        <translation>Не прийнято. {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--section-text: cannot read {file}: {reason}.</source>
        <translation>--section-text: не вдалося прочитати {file}: {reason}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../src/coact_desktop/cli/editions.py" line="-51"/>
        <source>Passphrase of the publishing key: </source>
        <translation>Парольна фраза ключа публікації: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote {file}: the answer to bundle {n} of the group.</source>
        <translation>Записано: {file}, відповідь групі на її пакет {n}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{option} takes TITLE=VALUE, as in {option} “How we began=…”.</source>
        <extracomment>TITLE and VALUE are written as they are: they name the parts of the option.</extracomment>
        <translation>Для {option} потрібне значення у вигляді TITLE=VALUE, наприклад: {option} «Як ми починали=…».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>accepted</source>
        <translation>прийнято</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted with changes</source>
        <translation>прийнято зі змінами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changes asked for</source>
        <translation>потрібні зміни</translation>
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
        <translation>{folder} — це Coact Desktop {version} у тому вигляді, у якому його випустив Coact. Файлів: {files}, жоден не змінено; підписано ключем {key}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copied Coact Desktop {version} to {folder} and checked the copy.</source>
        <translation>Coact Desktop {version} скопійовано в {folder}, копію перевірено.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied the library to {folder}.</source>
        <translation>Бібліотеку скопійовано в {folder}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No edition from a file to pass on yet: the library that comes with the program is in it.</source>
        <translation>Поки що немає видання з файлу, яке можна передати: у копії вже є бібліотека, яка постачається з програмою.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Whoever receives it can check it: {check} with Coact&apos;s publishing key (or: coact-desktop release verify FOLDER).</source>
        <extracomment>{check} is a command to type as it is (cd, sha256sum, minisign): not to be translated.</extracomment>
        <translation>Той, хто отримає копію, зможе її перевірити: {check} із ключем публікації Coact (або: coact-desktop release verify FOLDER).</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/protection.py" line="+81"/>
        <source>The drafts are protected by a passphrase: run this in a terminal, or give --unlock-file FILE.</source>
        <translation>Чернетки захищено парольною фразою: запустіть це в терміналі або вкажіть --unlock-file FILE.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase of your group&apos;s drafts: </source>
        <translation>Парольна фраза чернеток вашої групи: </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The drafts are not protected by a passphrase.</source>
        <translation>Чернетки не захищено парольною фразою.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you forget this passphrase, nobody can open your drafts again, not even Coact.</source>
        <translation>Якщо ви забудете цю парольну фразу, ніхто більше не зможе відкрити ваші чернетки, навіть Coact.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <location line="+25"/>
        <source>New passphrase: </source>
        <translation>Нова парольна фраза: </translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+53"/>
        <source>Duress passphrase: </source>
        <translation>Парольна фраза на випадок примусу: </translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Paper key: </source>
        <translation>Паперовий ключ: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The drafts open with the new passphrase. A duress passphrase, if one was set, was removed: set it again.</source>
        <translation>Тепер чернетки відкриваються новою парольною фразою. Парольну фразу на випадок примусу, якщо її було задано, видалено: задайте її знову.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Anyone with this key and the laptop can read the drafts: copy it onto paper and keep it away from the laptop.</source>
        <translation>Будь-хто, у кого є цей ключ і цей ноутбук, може прочитати чернетки: перепишіть ключ на папір і зберігайте його подалі від ноутбука.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The drafts are not protected by a passphrase: set one first.</source>
        <translation>Чернетки не захищено парольною фразою: спершу задайте її.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quick delete after wrong passphrases is off.</source>
        <translation>Швидке видалення після неправильних парольних фраз вимкнено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After {count} wrong passphrases in a row, the drafts, inbox, photos, keys and backups are destroyed for good, and nothing says so. A mistyped passphrase can set it off; it does not help against a copy of the disk made first.</source>
        <translation>Після {count} неправильних парольних фраз поспіль чернетки, вхідні, фото, ключі та резервні копії буде знищено назавжди, і ніщо про це не повідомить. Це може спрацювати й через помилку під час введення парольної фрази; від копії диска, зробленої заздалегідь, це не захищає.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Without a terminal, quick delete needs --yes.</source>
        <translation>Якщо програму запущено не в терміналі, для швидкого видалення потрібно вказати --yes.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Passphrase: </source>
        <translation>Парольна фраза: </translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The drafts, their photos and files, the inbox and the keys are encrypted under a passphrase.</source>
        <translation>Чернетки, їхні фото й файли, вхідні та ключі зашифровано й захищено парольною фразою.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The drafts, their photos and files, the inbox and the keys are now encrypted.</source>
        <translation>Чернетки, їхні фото й файли, вхідні та ключі тепер зашифровано.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The passphrase was changed.</source>
        <translation>Парольну фразу змінено.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The duress passphrase was removed.</source>
        <translation>Парольну фразу на випадок примусу видалено.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The duress passphrase was set.</source>
        <translation>Парольну фразу на випадок примусу задано.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>delete</source>
        <extracomment>The word the person types to confirm quick delete; keep it one short word.</extracomment>
        <translation>видалити</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This destroys the drafts, inbox, keys, backups and logs for good. Type {word} to go on: </source>
        <translation>Чернетки, вхідні, ключі, резервні копії та журнали буде знищено назавжди. Щоб продовжити, введіть «{word}»: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was deleted.</source>
        <translation>Нічого не видалено.</translation>
    </message>
</context>
<context>
    <name>ContentsView</name>
    <message>
        <location filename="../src/coact_desktop/gui/contents_view.py" line="+22"/>
        <source>Contents</source>
        <translation>Зміст</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Models of organising</source>
        <translation>Моделі самоорганізації</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Groups&apos; own histories</source>
        <translation>Історії, написані самими групами</translation>
    </message>
</context>
<context>
    <name>DraftAnswers</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_answers.py" line="+56"/>
        <source>Coact has answered this history (bundle {sequence}).</source>
        <translation>На цю історію є відповідь Coact (пакет {sequence}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See Coact&apos;s answer</source>
        <translation>Переглянути відповідь Coact</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Coact&apos;s version of {title} is in the draft.</source>
        <translation>Варіант Coact для розділу «{title}» тепер у чернетці.</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_editor.py" line="+60"/>
        <source>Group profile…</source>
        <translation>Відомості про групу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision history…</source>
        <translation>Історія версій…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to Coact…</source>
        <translation>Надіслати до Coact…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the draft and save it as one signed, encrypted file for Coact</source>
        <translation>Перевірити чернетку й зберегти її як один підписаний і зашифрований файл для Coact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sections</source>
        <translation>Розділи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add section</source>
        <translation>Додати розділ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>Перейменувати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Вгору</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Section text</source>
        <translation>Текст розділу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write here. Markdown works: **bold**, - lists, # headings.</source>
        <translation>Пишіть тут. Можна використовувати розмітку Markdown: **жирний**, - списки, # заголовки.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent warning</source>
        <translation>Попередження про згоду</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the pseudonym everywhere</source>
        <translation>Використати псевдонім усюди</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preview</source>
        <extracomment>Button: shows the draft as readers will see it.</extracomment>
        <translation>Попередній перегляд</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See the draft as it would appear in the library&apos;s reading view</source>
        <translation>Подивитися, який вигляд матиме чернетка в режимі читання бібліотеки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview of the whole draft</source>
        <translation>Попередній перегляд усієї чернетки</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save status</source>
        <translation>Стан збереження</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Parts of the draft</source>
        <extracomment>The tabs of a draft: text, timeline, people and consent, photos and files.</extracomment>
        <translation>Частини чернетки</translation>
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
        <translation>Хронологія</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+241"/>
        <source>People and consent</source>
        <translation>Люди та згода</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Photos and files</source>
        <translation>Фото і файли</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>(no name yet)</source>
        <translation>(ще без назви)</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>People and consent ({count} to check)</source>
        <translation>Люди та згода (перевірити: {count})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Names to check: {count}. A real name is used without consent in the text, the timeline or a file. Record their consent here, or use their pseudonym. ({keys})</source>
        <translation>Імен для перевірки: {count}. Справжнє імʼя використано без згоди — у тексті, хронології або файлі. Запишіть тут згоду людини або використайте її псевдонім. ({keys})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“{name}” is named in this section but has not agreed to be named. Use their pseudonym instead, or record their consent under People.</source>
        <translation>«{name}» згадано в цьому розділі, але ця людина не давала згоди, щоб її називали. Використайте її псевдонім або запишіть її згоду на вкладці «Люди та згода».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give them a pseudonym under People first.</source>
        <translation>Спочатку вкажіть псевдонім на вкладці «Люди та згода».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New section</source>
        <translation>Новий розділ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rename section</source>
        <translation>Перейменувати розділ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
</context>
<context>
    <name>DraftTables</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_tables.py" line="+221"/>
        <source>Remove</source>
        <extracomment>Button: remove the chosen row (an event or a person).</extracomment>
        <translation>Видалити</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a row (Alt+A)</source>
        <translation>Додати рядок (Alt+A)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A year such as 1998; a date in words goes under When.</source>
        <translation>Рік, наприклад 1998; дату словами вкажіть у стовпці «Коли».</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_guide.py" line="+25"/>
        <source>How the group began</source>
        <translation>Як зʼявилася група</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the group does</source>
        <translation>Чим займається група</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Milestones</source>
        <extracomment>Title of a section every new draft starts with: the group&apos;s key moments.</extracomment>
        <translation>Ключові події</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Challenges and responses</source>
        <translation>Труднощі та як ми на них реагували</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achievements</source>
        <translation>Досягнення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lessons for other groups</source>
        <translation>Уроки для інших груп</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>When and where did the group start, who started it, and why? Was it a reaction to something happening in your drug scene?</source>
        <translation>Коли і де зʼявилася група, хто її заснував і чому? Чи була це реакція на те, що відбувалося на вашій місцевій наркосцені?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What does the group do: peer support, needle and syringe programmes, treatment advocacy, legal help, outreach, campaigning? Which models of organising fit?</source>
        <translation>Чим займається група: підтримка за принципом «рівний — рівному», програми обміну голок і шприців, адвокація доступу до лікування, юридична допомога, аутріч-робота, громадські кампанії? Які моделі самоорганізації вам підходять?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What were the important moments, and when did they happen?</source>
        <translation>Які події були найважливішими і коли вони сталися?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What got in the way (the police, funding, stigma, the law), and how did you respond?</source>
        <translation>Що заважало (поліція, фінансування, стигма, закон) і як ви на це реагували?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What changed because of the group?</source>
        <translation>Що змінилося завдяки групі?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would you tell a group that is just starting?</source>
        <translation>Що б ви сказали групі, яка тільки починає роботу?</translation>
    </message>
</context>
<context>
    <name>DraftsView</name>
    <message>
        <location filename="../src/coact_desktop/gui/drafts_view.py" line="+67"/>
        <source>Drafts</source>
        <translation>Чернетки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New draft…</source>
        <translation>Нова чернетка…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write your group&apos;s own history here, at your own pace. Everything you type is kept on this computer and saved as you go.

Start with “New draft…”.</source>
        <translation>Тут ви можете писати історію своєї групи у своєму темпі. Усе, що ви вводите, залишається на цьому компʼютері й зберігається в міру того, як ви пишете.

Почніть із кнопки «Нова чернетка…».</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Fix what the check found, then go on sending the file to Coact.</source>
        <extracomment>Shown instead of the list and editor while the drafts are locked.</extracomment>
        <translation>Виправте те, що знайшла перевірка, і продовжуйте надсилання файлу до Coact.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check again</source>
        <extracomment>Button: look at the draft again for problems before sending.</extracomment>
        <translation>Перевірити знову</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+166"/>
        <source>(no name yet)</source>
        <translation>(ще без назви)</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Choose a draft in the list to go on writing it, or start another with “New draft…”.</source>
        <translation>Виберіть чернетку в списку, щоб продовжити роботу над нею, або почніть нову кнопкою «Нова чернетка…».</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Coact Desktop did not close properly last time. Your draft is back as it was at its last autosave ({time}).</source>
        <translation>Минулого разу робота Coact Desktop завершилася неправильно. Вашу чернетку відновлено в тому вигляді, у якому вона була під час останнього автозбереження ({time}).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All changes saved.</source>
        <translation>Усі зміни збережено.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saving…</source>
        <translation>Збереження…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>All changes saved ({time}).</source>
        <translation>Усі зміни збережено ({time}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not saved yet: {reason} Your text is kept and will be saved again.</source>
        <translation>Ще не збережено: {reason} Ваш текст нікуди не зник, програма ще раз спробує його зберегти.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Attach a photo or a document</source>
        <translation>Прикріпити фото або документ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos, PDF documents and text (*.jpg *.jpeg *.png *.pdf *.txt *.md)</source>
        <translation>Фото, документи PDF і текст (*.jpg *.jpeg *.png *.pdf *.txt *.md)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Caption</source>
        <extracomment>Title of a small dialog asking for a photo&apos;s caption.</extracomment>
        <translation>Опис</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What does it show? (optional)</source>
        <translation>Що на ньому зображено? (необовʼязково)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removing hidden details from the file…</source>
        <translation>Видаляємо приховані відомості з файлу…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file was cleaned, but another draft is open now: attach it again.</source>
        <translation>Файл очищено, але зараз відкрито іншу чернетку: прикріпіть його ще раз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>camera and author details (EXIF)</source>
        <translation>відомості про камеру та автора (EXIF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the place it was taken (GPS)</source>
        <translation>місце зйомки (GPS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>editing details (XMP)</source>
        <translation>відомості про редагування (XMP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>captions and credits (IPTC)</source>
        <translation>описи та авторство (IPTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hidden comment</source>
        <translation>прихований коментар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a colour profile</source>
        <translation>колірний профіль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text notes (author, description)</source>
        <translation>текстові нотатки (автор, опис)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the author and the program that made it</source>
        <translation>автора і програму, у якій файл створено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comments and their authors&apos; names, links and form fields</source>
        <translation>коментарі з іменами їхніх авторів, посилання та поля форм</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hidden extras (scripts, attached files, private program data)</source>
        <translation>приховані додатки (скрипти, вбудовані файли, службові дані програм)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attached. Removed from the copy: {removed}.</source>
        <translation>Прикріплено. З копії видалено: {removed}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attached. The file carried no hidden details.</source>
        <translation>Прикріплено. Прихованих відомостей у файлі не було.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The original file was not copied or changed.</source>
        <translation>Оригінальний файл не копіювався і не змінювався.</translation>
    </message>
</context>
<context>
    <name>EditionImport</name>
    <message>
        <location filename="../src/coact_desktop/gui/edition_import.py" line="+54"/>
        <source>Checking {name}…</source>
        <translation>Перевіряємо {name}…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;p&gt;&lt;b&gt;{title}&lt;/b&gt;, edition {edition}, from {date}.&lt;/p&gt;&lt;p&gt;Signed by Coact on {created}. The library now has edition {have}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{title}&lt;/b&gt;, видання {edition}, від {date}.&lt;/p&gt;&lt;p&gt;Підписано Coact {created}. Зараз у бібліотеці видання {have}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;p&gt;Group histories in it: {names}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Історії груп у ньому: {names}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;No longer in it: {names}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Більше не входять до нього: {names}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;What is new: {notes}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Що нового: {notes}&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;p&gt;It comes in %n files, checked and imported one after the other.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Воно складається з %n файлу; їх перевіряють та імпортують один за одним.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Воно складається з %n файлів; їх перевіряють та імпортують один за одним.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Воно складається з %n файлів; їх перевіряють та імпортують один за одним.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Your drafts, keys and reading place are kept.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ваші чернетки, ключі й місце, де ви зупинилися в читанні, збережуться.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;This computer&apos;s clock is behind:&lt;/b&gt; a file signed on {seen} was already seen here. Set the date right, or an old edition could pass for a new one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Годинник цього компʼютера відстає:&lt;/b&gt; тут уже був файл, підписаний {seen}. Виставте правильну дату, інакше старе видання можна буде сприйняти за нове.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import this edition?</source>
        <translation>Імпортувати це видання?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import</source>
        <extracomment>Button: take the new edition into the library on this computer.</extracomment>
        <translation>Імпортувати</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The edition was not imported.</source>
        <translation>Видання не імпортовано.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importing {name}…</source>
        <translation>Імпортуємо {name}…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edition {edition} is now in the library.</source>
        <translation>Видання {edition} тепер у бібліотеці.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{done} The next file was not imported. {reason}</source>
        <translation>{done} Наступний файл не імпортовано. {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopped. Nothing was changed.</source>
        <translation>Зупинено. Нічого не змінено.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stick holds no newer edition than yours.</source>
        <translation>На флешці немає видання, новішого за ваше.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The edition was not imported. {reason}</source>
        <translation>Видання не імпортовано. {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not imported</source>
        <translation>Не імпортовано</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edition</source>
        <extracomment>An edition: one signed, numbered release of the history (the library).</extracomment>
        <translation>Видання</translation>
    </message>
</context>
<context>
    <name>EditionPreview</name>
    <message>
        <location filename="../src/coact_desktop/gui/edition_preview.py" line="+29"/>
        <source>Preview of edition {n}</source>
        <translation>Попередній перегляд видання {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview: edition {n}, {date}. Nothing is published yet.</source>
        <translation>Попередній перегляд: видання {n}, {date}. Поки що нічого не опубліковано.</translation>
    </message>
</context>
<context>
    <name>EditionsWorkspace</name>
    <message>
        <location filename="../src/coact_desktop/gui/editions_workspace.py" line="+75"/>
        <source>Editions workspace</source>
        <translation>Підготовка видань</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Edition {new}, made from edition {old} of {date}.</source>
        <translation>Видання {new} на основі видання {old} від {date}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accepted histories</source>
        <translation>Прийняті історії</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticked histories go into the edition, in this order.</source>
        <translation>Позначені історії ввійдуть до видання в цьому порядку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;up</source>
        <translation>Вго&amp;ру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>В&amp;низ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model of organising</source>
        <translation>Модель самоорганізації</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model: under “Groups&apos; own histories”</source>
        <translation>Без моделі: під заголовком «Історії, написані самими групами»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chapters of the edition</source>
        <translation>Глави видання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add a chapter from Markdown…</source>
        <translation>&amp;Додати главу з файлу Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace with Markdown…</source>
        <translation>&amp;Замінити файлом Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the change &amp;out</source>
        <translation>&amp;Прибрати зміну</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What&apos;s new, for readers</source>
        <translation>Що нового — для читачів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is new in this edition, in a few lines.</source>
        <translation>Що нового в цьому виданні, кількома рядками.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publishing key file</source>
        <translation>Файл ключа публікації</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Choose the publishing key file</source>
        <translation>Виберіть файл ключа публікації</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase of the publishing key</source>
        <translation>Парольна фраза ключа публікації</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder to save the edition in</source>
        <translation>Папка для збереження видання</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the folder</source>
        <translation>Виберіть папку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view as readers will see it</source>
        <translation>Попередній перег&amp;ляд очима читачів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Publish…</source>
        <translation>&amp;Опублікувати…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Groups&apos; histories</source>
        <translation>&amp;Історії груп</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Under the &amp;model:</source>
        <translation>У &amp;моделі:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;hapters</source>
        <translation>&amp;Глави</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What&apos;s &amp;new:</source>
        <translation>&amp;Що нового:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publishing &amp;key:</source>
        <translation>&amp;Ключ публікації:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;ssphrase:</source>
        <translation>Парольна &amp;фраза:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;to:</source>
        <translation>Зберегти &amp;в:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No history has been accepted in the inbox yet: chapters and notes only.</source>
        <translation>У «Вхідних» ще немає прийнятих історій: у виданні будуть лише глави та примітки.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{title}  (replaced from {file})</source>
        <translation>{title}  (замінено з {file})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New: {title}  (from {file})</source>
        <translation>Нова: {title}  (з {file})</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Markdown (*.md *.markdown *.txt);;All files (*)</source>
        <translation>Markdown (*.md *.markdown *.txt);;Усі файли (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This file cannot be used</source>
        <translation>Цей файл не можна використати</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a chapter</source>
        <translation>Додати главу</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No title</source>
        <translation>Немає заголовка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the file with its title on a line of its own, as “# Title”.</source>
        <translation>Почніть файл із заголовка в окремому рядку: «# Заголовок».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replace</source>
        <extracomment>Title of a file dialog: choose a Markdown file to replace a chapter&apos;s text.</extracomment>
        <translation>Замінити</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The plan could not be saved: {error}</source>
        <translation>Не вдалося зберегти план: {error}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Putting the edition together…</source>
        <translation>Збираємо видання…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Facts no longer quoted by the text are left out: {n}.</source>
        <translation>Факти, на які текст більше не посилається, не включено: {n}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the publishing key file first.</source>
        <translation>Спочатку виберіть файл ключа публікації.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a folder to save the edition in.</source>
        <translation>Виберіть папку для збереження видання.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Publish edition {n}?</source>
        <translation>Опублікувати видання {n}?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edition {n} will hold {histories} and {chapters}. It is signed with the key in {key} and saved in {folder}. Readers who import it see it as it was in the preview.</source>
        <extracomment>{histories} and {chapters} are the two phrases translated just before this one.</extracomment>
        <translation>Склад видання {n}: {histories} і {chapters}. Його буде підписано ключем із {key} і збережено в {folder}. Читачі, які його імпортують, побачать його таким, яким воно було в попередньому перегляді.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n groups&apos; histories</source>
        <extracomment>Part of &quot;Edition 5 will hold 3 groups&apos; histories and …&quot;.</extracomment>
        <translation>
            <numerusform>%n історія групи</numerusform>
            <numerusform>%n історії груп</numerusform>
            <numerusform>%n історій груп</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new or changed chapters</source>
        <extracomment>Part of &quot;Edition 5 will hold … and 2 new or changed chapters&quot;.</extracomment>
        <translation>
            <numerusform>%n нова або змінена глава</numerusform>
            <numerusform>%n нові або змінені глави</numerusform>
            <numerusform>%n нових або змінених глав</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Signing and writing edition {n}…</source>
        <translation>Підписуємо й записуємо видання {n}…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edition published</source>
        <translation>Видання опубліковано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved in {folder}: {names}. Send the small “-delta” file to readers who have the edition before; the full one to everyone else.</source>
        <translation>Збережено в {folder}: {names}. Невеликий файл «-delta» надішліть читачам, які мають попереднє видання, а повний — усім іншим.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopped. Nothing was published.</source>
        <translation>Зупинено. Нічого не опубліковано.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not done</source>
        <translation>Не виконано</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The publishing key</source>
        <translation>Ключ публікації</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the edition in</source>
        <translation>Куди зберегти видання</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../src/coact_desktop/words/errors.py" line="+16"/>
        <source>Something went wrong inside Coact Desktop ({error}). The details are in the log file in your profile folder.</source>
        <translation>У Coact Desktop сталася внутрішня помилка ({error}). Подробиці записано у файл журналу в папці вашого профілю.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coact Desktop cannot use the folder {path}. Check that it exists and that you may write to it, or start the program with --data-dir and another folder.</source>
        <translation>Coact Desktop не може використати папку {path}. Перевірте, що вона існує і що у неї можна записувати, або запустіть програму з параметром --data-dir та іншою папкою.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The library database could not be opened or updated. Nothing was changed.</source>
        <translation>Не вдалося відкрити або оновити базу даних бібліотеки. Нічого не змінено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history that comes with this copy of Coact Desktop is damaged. Please install the program again.</source>
        <translation>Історія, яка постачається з цією копією Coact Desktop, пошкоджена. Будь ласка, встановіть програму заново.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search could not run.</source>
        <translation>Не вдалося виконати пошук.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That part of the history could not be found.</source>
        <translation>Цю частину історії не знайдено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>Скасовано.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file cannot be attached safely. Coact Desktop attaches photos (JPEG, PNG) and text files, after removing their hidden details.</source>
        <translation>Цей файл не можна безпечно прикріпити. Coact Desktop прикріплює фото (JPEG, PNG) і текстові файли, попередньо видаливши з них приховані відомості.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This draft file is not valid.</source>
        <translation>Цей файл чернетки недійсний.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A draft with this identity is already here.</source>
        <translation>Чернетка з таким ідентифікатором тут уже є.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file cannot be used.</source>
        <translation>Цей файл ключа не можна використати.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature is not valid.</source>
        <translation>Підпис недійсний.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file was refused, and nothing in the library was changed.</source>
        <translation>Цей файл не прийнято, і в бібліотеці нічого не змінилося.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file could not be written; nothing was sent.</source>
        <translation>Не вдалося записати файл; нічого не надіслано.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your group&apos;s drafts are locked. Unlock them with your passphrase first.</source>
        <translation>Чернетки вашої групи заблоковано. Спершу розблокуйте їх своєю парольною фразою.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file that keeps the key to your drafts (data-key.json in the profile folder) is missing or damaged, so the drafts cannot be opened. Nothing was changed.</source>
        <translation>Файл, у якому зберігається ключ до ваших чернеток (data-key.json у папці профілю), відсутній або пошкоджений, тому чернетки не вдається відкрити. Нічого не змінено.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The draft is not ready to send; nothing was written. The check before sending lists what to fix.</source>
        <translation>Чернетка ще не готова до надсилання; нічого не записано. Що треба виправити, показує перевірка перед надсиланням.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Придумайте парольну фразу щонайменше з 8 символів.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This passphrase does not open this key file; check that it is the one set for it.</source>
        <translation>Ця парольна фраза не відкриває цей файл ключа; перевірте, чи це саме та фраза, яку для нього задано.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This passphrase does not open your group&apos;s drafts; nothing was changed. Check the keyboard language and Caps Lock, and try again.</source>
        <translation>Ця парольна фраза не відкриває чернетки вашої групи; нічого не змінено. Перевірте мову клавіатури і Caps Lock та спробуйте ще раз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The duress passphrase must differ from your usual passphrase.</source>
        <translation>Парольна фраза на випадок примусу має відрізнятися від вашої звичайної парольної фрази.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A paper key is 14 groups of 4 letters and digits. Copy all of them from the paper.</source>
        <translation>Паперовий ключ складається з 14 груп по 4 знаки — літери й цифри. Введіть усі групи з паперу.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This paper key has a mistake in it; nothing was changed. Compare each group with the paper.</source>
        <translation>У цьому паперовому ключі є помилка; нічого не змінено. Звірте кожну групу з папером.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This paper key does not open these drafts; nothing was changed. It may be the paper of another laptop or of an older profile.</source>
        <translation>Цей паперовий ключ не відкриває ці чернетки; нічого не змінено. Можливо, це папір від іншого ноутбука або від старішого профілю.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup also keeps the key that opens Coact&apos;s answers to your group: give the signing key&apos;s passphrase to lock it in the backup.</source>
        <translation>У резервній копії зберігається також ключ, який відкриває відповіді Coact вашій групі: введіть парольну фразу ключа підпису, щоб захистити цей ключ у копії.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This passphrase does not open your group&apos;s signing key. Nobody can recover a forgotten passphrase, not even Coact: that is what keeps the key safe if the laptop is taken. If it is lost for good, restore a key backup whose passphrase you know, or ask Coact how to send your history under a new key.</source>
        <translation>Ця парольна фраза не відкриває ключ підпису вашої групи. Забуту парольну фразу ніхто не може відновити, навіть Coact: саме це захищає ключ, якщо ноутбук заберуть. Якщо її втрачено назавжди, відновіть ключ із резервної копії, парольну фразу якої ви знаєте, або запитайте в Coact, як надіслати вашу історію з новим ключем.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>chapter</source>
        <translation>глава</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model of organising</source>
        <translation>модель самоорганізації</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>країна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decade</source>
        <translation>десятиліття</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown {what} “{value}”. Choose one of: {choices}.</source>
        <extracomment>{what} is one of: chapter, model of organising, country, decade (translated just before).</extracomment>
        <translation>Невідоме значення ({what}): «{value}». Виберіть одне з таких значень: {choices}.</translation>
    </message>
</context>
<context>
    <name>EventsTable</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_tables.py" line="+161"/>
        <source>When</source>
        <extracomment>Column of the timeline: when the event happened, in the group&apos;s own words.</extracomment>
        <translation>Коли</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year</source>
        <extracomment>Column of the timeline: the year as a number, used to sort the events.</extracomment>
        <translation>Рік</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>What happened</source>
        <translation>Що сталося</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>People involved</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations involved</source>
        <translation>Організації-учасниці</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add event</source>
        <translation>Додати подію</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The group&apos;s timeline</source>
        <translation>Хронологія групи</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When it happened, in words: “spring 2005”, “after the first raid”</source>
        <translation>Коли це сталося, словами: «весна 2005», «після першого рейду»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The year as a number, such as 2005: it puts the timeline in order</source>
        <translation>Рік числом, наприклад 2005: за ним події в хронології розташовуються по порядку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names from People and consent are suggested: as each may be shown</source>
        <translation>Пропонуються імена з вкладки «Люди та згода» — так, як кожне з них можна показувати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations the library knows are suggested; any other can be typed</source>
        <translation>Пропонуються організації, відомі бібліотеці; можна вписати й будь-яку іншу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. spring 2005</source>
        <translation>наприклад, весна 2005</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2005</source>
        <translation>наприклад, 2005</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened?</source>
        <translation>Що сталося?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names, separated by commas</source>
        <translation>Імена через кому</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations, separated by commas</source>
        <translation>Організації через кому</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../src/coact_desktop/words/problems.py" line="+22"/>
        <source>name</source>
        <extracomment>A field of the group profile that is missing, inside a sentence: lower case.</extracomment>
        <translation>назва</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>країна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>city</source>
        <translation>місто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year founded</source>
        <translation>рік заснування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>models of organising</source>
        <translation>моделі самоорганізації</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the timeline</source>
        <extracomment>Where a problem is, inside a sentence: the draft&apos;s list of dated events.</extracomment>
        <translation>Хронологія</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The group has no name yet: fill in the group profile.</source>
        <translation>У групи ще немає назви: заповніть відомості про групу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The group profile has no {field}.</source>
        <translation>У відомостях про групу не вказано: {field}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}” appears in “{where}” but has not agreed to be named. Use their pseudonym, or record their consent under People and consent.</source>
        <translation>«{name}» згадано в частині «{where}», але ця людина не давала згоди, щоб її називали. Використайте її псевдонім або запишіть її згоду на вкладці «Люди та згода».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is to be shown by a pseudonym, but none is written yet.</source>
        <translation>{name}: ця людина має бути показана під псевдонімом, але псевдонім ще не вписано.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is named in event {number} of the timeline but not listed under People and consent.</source>
        <translation>{name}: це імʼя є в події {number} хронології, але його немає на вкладці «Люди та згода».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The attachment “{name}” is missing from this computer; remove it and attach it again.</source>
        <translation>Вкладення «{name}» немає на цьому компʼютері; видаліть його і прикріпіть знову.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The attachment “{name}” has changed since it was attached; remove it and attach it again.</source>
        <translation>Вкладення «{name}» змінилося після того, як його прикріпили; видаліть його і прикріпіть знову.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The attachment “{name}” still carries hidden details (place, camera or author); remove it and attach it again.</source>
        <translation>У вкладенні «{name}» досі є приховані відомості (місце, камера або автор); видаліть його і прикріпіть знову.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is written in the draft yet.</source>
        <translation>У чернетці ще нічого не написано.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some pages of “{name}” could not be read to check for names; make sure it names nobody who has not agreed.</source>
        <translation>Деякі сторінки «{name}» не вдалося прочитати, щоб перевірити імена; переконайтеся, що там не названо нікого, хто не давав згоди.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The attachment “{name}” contains the real name of someone who has not agreed to be named. Remove it, or attach a copy without the name.</source>
        <translation>У вкладенні «{name}» є справжнє імʼя людини, яка не давала згоди, щоб її називали. Видаліть вкладення або прикріпіть копію без цього імені.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}” is longer than a history sent to Coact may hold; shorten it.</source>
        <translation>«{name}»: текст довший, ніж може вмістити історія, яку надсилають до Coact; скоротіть його.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The group profile names more than {limit} languages; one file sent to Coact may hold no more. Keep the main ones.</source>
        <translation>У відомостях про групу вказано понад {limit} мов; один файл для Coact не може вмістити більше. Залиште основні.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The group profile names more than {limit} models of organising; one file sent to Coact may hold no more. Keep the main ones.</source>
        <translation>У відомостях про групу вказано понад {limit} моделей самоорганізації; один файл для Coact не може вмістити більше. Залиште основні.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The history has more than {limit} sections; one file sent to Coact may hold no more. Join some of them together.</source>
        <translation>В історії понад {limit} розділів; один файл для Coact не може вмістити більше. Обʼєднайте деякі з них.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The timeline has more than {limit} events; one file sent to Coact may hold no more. Remove some before sending.</source>
        <translation>У хронології понад {limit} подій; один файл для Coact не може вмістити більше. Видаліть деякі з них перед надсиланням.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The list of people has more than {limit} names; one file sent to Coact may hold no more. Remove some before sending.</source>
        <translation>У списку людей понад {limit} імен; один файл для Coact не може вмістити більше. Видаліть деякі з них перед надсиланням.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More than {limit} photos and documents are attached; one file sent to Coact may hold no more. Remove some before sending.</source>
        <translation>Прикріплено понад {limit} фото і документів; один файл для Coact не може вмістити більше. Видаліть деякі з них перед надсиланням.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>“{code}” is not a language code Coact can read. In the group profile, choose the language the history is written in, or type its code (such as ky or pt-BR).</source>
        <translation>«{code}» — це не код мови, який Coact може прочитати. У відомостях про групу виберіть мову, якою написано історію, або введіть її код (наприклад, ky або pt-BR).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The section “{title}” is empty; it will be left out.</source>
        <translation>Розділ «{title}» порожній; його не буде включено.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/gui/export_wizard.py" line="+53"/>
        <source>Send the history to Coact</source>
        <translation>Надіслати історію до Coact</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_files_page.py" line="+33"/>
        <source>Attachments</source>
        <translation>Вкладення</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Photos and PDF documents are copied without their hidden details (place, camera, author, comments). The original file is never copied into Coact Desktop.</source>
        <translation>Фото і документи PDF копіюються без прихованих відомостей (місце, камера, автор, коментарі). Оригінальний файл ніколи не копіюється в Coact Desktop.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attach a photo or document…</source>
        <translation>Прикріпити фото або документ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../src/coact_desktop/gui/find_bar.py" line="+23"/>
        <location line="+1"/>
        <source>Find in this chapter</source>
        <translation>Знайти в цій главі</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous</source>
        <extracomment>Find in the chapter: go to the previous match.</extracomment>
        <translation>Попередній</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Попередній збіг (Shift+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>Наступний</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match (Enter)</source>
        <translation>Наступний збіг (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar (Esc)</source>
        <translation>Закрити панель пошуку (Esc)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>{current} of {total}</source>
        <translation>{current} з {total}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No matches</source>
        <translation>Збігів немає</translation>
    </message>
</context>
<context>
    <name>FormatBar</name>
    <message>
        <location filename="../src/coact_desktop/gui/markdown_format.py" line="+20"/>
        <source>Bold</source>
        <translation>Жирний</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bold (Ctrl+B)</source>
        <translation>Жирний (Ctrl+B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make this line a heading</source>
        <translation>Зробити цей рядок заголовком</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make these lines a list</source>
        <translation>Зробити ці рядки списком</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Посилання</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link to a web address (Ctrl+L)</source>
        <translation>Посилання на вебадресу (Ctrl+L)</translation>
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
        <translation>Відкрити пакети…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coact&apos;s identity file…</source>
        <translation>Файл ключа розшифрування Coact…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress</source>
        <translation>Хід виконання</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received bundles</source>
        <translation>Отримані пакети</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened to each file</source>
        <translation>Що сталося з кожним файлом</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Key fingerprint words</source>
        <translation>Слова відбитка ключа</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The words match: trust this key</source>
        <translation>Слова збігаються: довіряти цьому ключу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept into the library</source>
        <translation>Прийняти до бібліотеки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject…</source>
        <translation>Відхилити…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;nswer the group…</source>
        <translation>Від&amp;повісти групі…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The history, as plain text</source>
        <translation>Історія у вигляді простого тексту</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes since the group&apos;s previous file</source>
        <translation>Зміни порівняно з попереднім файлом групи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history</source>
        <translation>Історія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes since the previous file</source>
        <translation>Зміни порівняно з попереднім файлом</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files that groups send to Coact arrive here. Open one with “Open bundle files…”: it is checked before anything is kept, and nothing goes into the library until you accept it.</source>
        <translation>Сюди надходять файли, які групи надсилають до Coact. Відкрийте файл кнопкою «Відкрити пакети…»: його буде перевірено, перш ніж щось зберегти, і нічого не потрапить до бібліотеки, доки ви його не приймете.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Identity: {name}</source>
        <translation>Ключ розшифрування: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No identity file chosen: only unencrypted files can be opened.</source>
        <translation>Файл ключа розшифрування не вибрано: можна відкрити лише незашифровані файли.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coact&apos;s age identity file</source>
        <translation>Файл ключа розшифрування Coact (age)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open bundle files</source>
        <translation>Відкрити пакети</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coact bundles (*.coact);;All files (*)</source>
        <translation>Пакети Coact (*.coact);;Усі файли (*)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>{file}: refused. {why}</source>
        <translation>{file}: не прийнято. {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: already received; nothing changed.</source>
        <translation>{file}: уже отримано; нічого не змінилося.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: checked and kept for review.</source>
        <translation>{file}: перевірено й збережено для розгляду.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{group} — file {n}
{state}, {date}</source>
        <translation>{group} — файл {n}
{state}, {date}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{group}, file {n}</source>
        <translation>{group}, файл {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State: {state}. Made {date}; received {received}. {encrypted}
Key {key}. Bundle {bundle}.</source>
        <translation>Стан: {state}. Створено {date}; отримано {received}. {encrypted}
Ключ {key}. Пакет {bundle}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It was encrypted.</source>
        <translation>Файл був зашифрований.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was NOT encrypted.</source>
        <translation>Файл НЕ був зашифрований.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rejected: {reason}</source>
        <translation>Відхилено: {reason}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This is the first file received from this group.</source>
        <translation>Це перший файл, отриманий від цієї групи.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>file {n}</source>
        <translation>файл {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No changes.</source>
        <translation>Змін немає.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Reject the file</source>
        <translation>Відхилити файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why? (The group can be told.)</source>
        <translation>Чому? (Причину можна буде повідомити групі.)</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/words/inbox.py" line="+15"/>
        <source>held: check the key</source>
        <translation>відкладено: перевірте ключ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verified</source>
        <extracomment>State of a received bundle: its signature and contents were checked and are good.</extracomment>
        <translation>перевірено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the library</source>
        <translation>у бібліотеці</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected</source>
        <extracomment>State of a received bundle: Coact decided not to take it.</extracomment>
        <translation>відхилено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replaced by a newer file</source>
        <translation>замінено новішим файлом</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This group&apos;s key was new to Coact when the file came; it is trusted since its words were compared with the group.</source>
        <translation>Ключ цієї групи був новим для Coact, коли надійшов файл; йому довіряють відтоді, як його слова звірили з групою.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This group&apos;s key is new to Coact. Phone the group (on a number you already know, not one from the file) and ask them to read out their key&apos;s words. Trust the key only if every word matches.</source>
        <translation>Цей ключ групи новий для Coact. Зателефонуйте групі (за номером, який ви вже знаєте, а не за номером із файлу) і попросіть прочитати вголос слова їхнього ключа. Довіряйте ключу, лише якщо збігається кожне слово.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed with the key Coact already trusts for this group.</source>
        <translation>Підписано ключем, якому Coact уже довіряє для цієї групи.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed with a new key that the group&apos;s trusted key handed over to (a signed rotation record).</source>
        <translation>Підписано новим ключем, якому довірений ключ групи передав свої повноваження (є підписаний запис про заміну ключа).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founded</source>
        <translation>Рік заснування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still active</source>
        <translation>Досі працює</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Мови</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models of organising</source>
        <translation>Моделі самоорганізації</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timeline</source>
        <translation>Хронологія</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>named with consent</source>
        <translation>імʼя за згодою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pseudonym</source>
        <translation>псевдонім</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People named</source>
        <translation>Згадані люди</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attachments</source>
        <translation>Вкладення</translation>
    </message>
</context>
<context>
    <name>IndexBuilder</name>
    <message>
        <location filename="../src/coact_desktop/gui/search_index.py" line="+32"/>
        <source>Progress</source>
        <translation>Хід виконання</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../src/coact_desktop/gui/export_key_page.py" line="+34"/>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase again</source>
        <translation>Парольна фраза ще раз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Again:</source>
        <extracomment>Label of the field where the passphrase is typed a second time.</extracomment>
        <translation>Ще раз:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer is old or has little memory (lighter key protection)</source>
        <translation>Цей компʼютер старий або має мало памʼяті (полегшений захист ключа)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase:</source>
        <translation>Парольна фраза:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Make your group&apos;s signing key</source>
        <translation>Створення ключа підпису групи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It shows Coact that the file comes from your group.</source>
        <translation>Ключ показує Coact, що файл надійшов від вашої групи.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is your group&apos;s first export. Coact Desktop now makes a signing key, so that Coact can tell that later files come from you. Choose a passphrase of at least 8 characters. Nobody can recover a forgotten passphrase, not even Coact: write it down somewhere safe.</source>
        <translation>Ваша група надсилає історію вперше. Зараз Coact Desktop створить ключ підпису, щоб у Coact могли переконатися, що наступні файли надходять саме від вас. Придумайте парольну фразу щонайменше з 8 символів. Забуту парольну фразу ніхто не може відновити, навіть Coact: запишіть її і зберігайте в надійному місці.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlock your group&apos;s signing key</source>
        <translation>Розблокування ключа підпису групи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key signs the file, so Coact knows it is yours.</source>
        <translation>Ключ підписує файл, тож Coact знає, що файл ваш.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the passphrase of your group&apos;s signing key.</source>
        <translation>Введіть парольну фразу ключа підпису вашої групи.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking the passphrase…</source>
        <translation>Перевіряємо парольну фразу…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Wrong passphrase. Type it again; check the keyboard&apos;s language and Caps Lock.</source>
        <translation>Парольна фраза не підходить. Введіть її ще раз; перевірте мову клавіатури і Caps Lock.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The two passphrases differ.</source>
        <translation>Парольні фрази не збігаються.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least 8 characters, please.</source>
        <translation>Будь ласка, щонайменше 8 символів.</translation>
    </message>
</context>
<context>
    <name>KeysMenu</name>
    <message>
        <location filename="../src/coact_desktop/gui/keys_menu.py" line="+28"/>
        <source>Your group&apos;s signing key…</source>
        <translation>Ключ підпису вашої групи…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up the signing key…</source>
        <translation>Зробити резервну копію ключа підпису…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the signing key from a backup…</source>
        <translation>Відновити ключ підпису з резервної копії…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the public key…</source>
        <translation>Зберегти відкритий ключ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the key with a new one…</source>
        <translation>Замінити ключ на новий…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key {key}

Its words, to read out to Coact by phone:
{words}</source>
        <translation>Ключ {key}

Слова ключа — прочитайте їх Coact телефоном:
{words}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signing key</source>
        <extracomment>The group&apos;s own key that signs its bundles.</extracomment>
        <translation>Ключ підпису</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your group has no signing key yet: it is made on the first export.</source>
        <translation>У вашої групи ще немає ключа підпису: його буде створено під час першого експорту.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+13"/>
        <source>Back up the signing key</source>
        <translation>Резервна копія ключа підпису</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Passphrase of the signing key:</source>
        <translation>Парольна фраза ключа підпису:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key backup is in {path}. It is still locked by the passphrase: keep the file and the passphrase in different places.</source>
        <translation>Резервна копія ключа тут: {path}. Вона й далі захищена парольною фразою: зберігайте файл і парольну фразу в різних місцях.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>Restore the signing key</source>
        <translation>Відновлення ключа підпису</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Passphrase of the backed-up key:</source>
        <translation>Парольна фраза ключа з резервної копії:</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <source>Save the public key</source>
        <translation>Збереження відкритого ключа</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase of the current key:</source>
        <translation>Парольна фраза поточного ключа:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase for the new key (at least 8 characters):</source>
        <translation>Парольна фраза для нового ключа (щонайменше 8 символів):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new passphrase again:</source>
        <translation>Нова парольна фраза ще раз:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>New key</source>
        <translation>Новий ключ</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The two passphrases differ.</source>
        <translation>Парольні фрази не збігаються.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your group now signs with key {key}; the old key signed the hand-over, and your next file carries it.

Its words:
{words}</source>
        <translation>Тепер ваша група підписує файли ключем {key}. Старий ключ підписав передачу, і запис про неї буде у вашому наступному файлі.

Слова нового ключа:
{words}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../src/coact_desktop/gui/language_menu.py" line="+57"/>
        <source>Follow the &amp;system</source>
        <translation>Як у &amp;системі</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Everything you have written stays as it is.</source>
        <translation>Усе, що ви написали, залишиться як є.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next time it starts, Coact Desktop will be in this language: {language}.</source>
        <translation>Після наступного запуску Coact Desktop працюватиме цією мовою: {language}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coact Desktop will follow the system&apos;s language the next time it starts.</source>
        <translation>Після наступного запуску Coact Desktop працюватиме мовою системи.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/coact_desktop/gui/damaged_library.py" line="+28"/>
        <source>The library database is damaged</source>
        <translation>Базу даних бібліотеки пошкоджено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile database is damaged. Restore the newest backup ({name})? Changes made since that backup was taken are not in it; the damaged file is kept aside.</source>
        <translation>Базу даних профілю пошкоджено. Відновити найновішу резервну копію ({name})? Змін, зроблених після створення цієї копії, у ній немає; пошкоджений файл буде збережено окремо.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/gui/main_window.py" line="+80"/>
        <location line="+635"/>
        <source>A history of drug user organising</source>
        <translation>Історія самоорганізації людей, які вживають наркотики</translation>
    </message>
    <message>
        <location line="-609"/>
        <source>A history of drug user organising
by Mat Southwell and Lana Durjava, Coact</source>
        <translation>Історія самоорганізації людей, які вживають наркотики
Автори: Mat Southwell і Lana Durjava, Coact</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Authors</source>
        <extracomment>The line naming who wrote the history.</extracomment>
        <translation>Автори</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edition</source>
        <translation>Видання</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Views</source>
        <extracomment>The tabs of the main window (Read, Organisations, Timeline, Search, drafts).</extracomment>
        <translation>Розділи вікна</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read</source>
        <extracomment>Tab where the history is read (a verb, like &apos;Search&apos;).</extracomment>
        <translation>Читання</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Organisations</source>
        <translation>Організації</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Хронологія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our group&apos;s history</source>
        <translation>Історія нашої групи</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Opening the library…</source>
        <translation>Відкриваємо бібліотеку…</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Edition {number}, {date}</source>
        <translation>Видання {number}, {date}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inbox</source>
        <extracomment>Tab (Coact&apos;s staff only) listing bundles received from groups.</extracomment>
        <translation>Вхідні</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reading the last edition published…</source>
        <translation>Читаємо останнє опубліковане видання…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The editions workspace cannot open</source>
        <translation>Не вдається відкрити підготовку видань</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a file</source>
        <translation>Імпорт файлу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coact files (*.coactpack *.coactanswer *.coact);;All files (*)</source>
        <translation>Файли Coact (*.coactpack *.coactanswer *.coact);;Усі файли (*)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Coact&apos;s answer is on the draft it answers.</source>
        <translation>Відповідь Coact додано до чернетки, на яку вона відповідає.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coact&apos;s answer was not imported. {reason}</source>
        <translation>Відповідь Coact не імпортовано. {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not imported</source>
        <translation>Не імпортовано</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copy the library to a stick</source>
        <translation>Копіювати бібліотеку на флешку</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy Coact Desktop to a stick</source>
        <translation>Копіювати Coact Desktop на флешку</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Copied to {path}. Whoever gets it can check it as you did.</source>
        <translation>Скопійовано: {path}. Той, хто отримає копію, зможе перевірити її так само, як ви.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This is the edition the program came with: nothing new yet.</source>
        <translation>Це видання, з яким постачалася програма: нового поки нічого немає.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Preparing search…</source>
        <translation>Підготовка пошуку…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Search is not ready. It will be set up the next time you start Coact Desktop.</source>
        <translation>Пошук ще не готовий. Його буде підготовлено під час наступного запуску Coact Desktop.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search is not available: {reason}</source>
        <translation>Пошук недоступний: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Coact Desktop cannot open the library</source>
        <translation>Coact Desktop не може відкрити бібліотеку</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>(no name yet)</source>
        <translation>(ще без назви)</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Some changes are not saved</source>
        <translation>Деякі зміни не збережено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last changes to your draft could not be saved: {reason}

Keep the window open and try again? If you close now, those changes are lost.</source>
        <translation>Останні зміни у вашій чернетці не вдалося зберегти: {reason}

Залишити вікно відкритим і спробувати ще раз? Якщо закрити зараз, ці зміни буде втрачено.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../src/coact_desktop/gui/notice_bar.py" line="+28"/>
        <source>Notice</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the notice</source>
        <translation>Закрити повідомлення</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../src/coact_desktop/gui/export_wizard.py" line="+36"/>
        <source>Where to save the file</source>
        <translation>Куди зберегти файл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history becomes one file. Take it to Coact on a USB stick, or send it by e-mail or messenger.</source>
        <translation>Історію буде збережено в один файл. Передайте його до Coact на флешці або надішліть електронною поштою чи через месенджер.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypt it so that only Coact can read it</source>
        <translation>Зашифрувати, щоб файл могли прочитати лише в Coact</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without encryption, anyone who gets the file (on a lost USB stick, in an e-mail account, on a phone) can read everything in it. Only send it unencrypted if you are sure.</source>
        <translation>Без шифрування будь-хто, до кого потрапить файл (на загубленій флешці, у поштовій скриньці, на телефоні), зможе прочитати все, що в ньому є. Надсилайте файл без шифрування, лише якщо ви в цьому впевнені.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name:</source>
        <translation>Імʼя файлу:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a folder</source>
        <translation>Виберіть папку</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no such folder. Choose one with “Choose…”.</source>
        <translation>Такої папки немає. Виберіть папку кнопкою «Вибрати…».</translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <location filename="../src/coact_desktop/gui/organisations_view.py" line="+38"/>
        <source>Filter by name, other spelling, country or city</source>
        <translation>Фільтр за назвою, іншим написанням, країною або містом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter organisations</source>
        <translation>Фільтр організацій</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+111"/>
        <source>Other spellings</source>
        <extracomment>Column: other names or spellings of the same organisation.</extracomment>
        <translation>Інші написання</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Country or region</source>
        <translation>Країна або регіон</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+115"/>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+116"/>
        <source>Founded</source>
        <translation>Заснована</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+116"/>
        <source>Ended</source>
        <extracomment>Column: the year the organisation stopped working.</extracomment>
        <translation>Припинила роботу</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Mentions</source>
        <extracomment>Column: how many passages of the history name the organisation.</extracomment>
        <translation>Згадки</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Organisations</source>
        <translation>Організації</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Organisation details and passages</source>
        <translation>Відомості про організацію та уривки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose an organisation to see what the history says of it, and every passage that names it.</source>
        <translation>Виберіть організацію, щоб побачити, що про неї сказано в історії, і всі уривки, де її згадано.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Регіон</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Models of organising</source>
        <translation>Моделі самоорганізації</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Passages that mention it ({count})</source>
        <translation>Уривки, де її згадано ({count})</translation>
    </message>
</context>
<context>
    <name>PaperKeyDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/paper_key_dialog.py" line="+32"/>
        <source>Paper backup of the key</source>
        <translation>Паперова копія ключа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the drafts with the paper key</source>
        <translation>Відкрити чернетки паперовим ключем</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>Paper key</source>
        <translation>Паперовий ключ</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>New passphrase</source>
        <translation>Нова парольна фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again</source>
        <translation>Нова парольна фраза ще раз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольна фраза:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper &amp;key:</source>
        <translation>Паперовий &amp;ключ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Нова парольна фраза:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;Ще раз:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Show the key</source>
        <translation>Показати &amp;ключ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Open and set</source>
        <translation>&amp;Відкрити й задати нову фразу</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>If the passphrase is forgotten, this key written on paper opens the drafts and lets you choose a new passphrase. Anyone who has the paper and this laptop can read the drafts: keep it somewhere safe, away from the laptop, or do without it.

Type the passphrase to show the key.</source>
        <translation>Якщо парольну фразу забуто, цей ключ, записаний на папері, відкриє чернетки, і ви зможете придумати нову парольну фразу. Будь-хто, у кого є цей папір і цей ноутбук, може прочитати чернетки: зберігайте його в надійному місці, подалі від ноутбука, або взагалі не записуйте ключ.

Щоб показати ключ, введіть парольну фразу.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the 14 groups written on the paper, then choose a new passphrase. A duress passphrase, if one was set, is removed: set it again afterwards.</source>
        <translation>Введіть 14 груп, записаних на папері, потім придумайте нову парольну фразу. Парольну фразу на випадок примусу, якщо її було задано, буде видалено: після цього задайте її знову.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the passphrase.</source>
        <translation>Введіть парольну фразу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the paper key.</source>
        <translation>Введіть паперовий ключ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Придумайте парольну фразу щонайменше з 8 символів.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the same new passphrase twice.</source>
        <translation>Введіть ту саму нову парольну фразу двічі.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening…</source>
        <translation>Відкриття…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрити</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy it onto paper, in this order. It changes only after a quick delete.</source>
        <translation>Перепишіть його на папір у цьому порядку. Він зміниться лише після швидкого видалення.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/passphrase_dialog.py" line="+40"/>
        <source>Protect drafts with a passphrase</source>
        <translation>Захистити чернетки парольною фразою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the passphrase</source>
        <translation>Змінити парольну фразу</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Duress passphrase</source>
        <translation>Парольна фраза на випадок примусу</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>Нова парольна фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again</source>
        <translation>Нова парольна фраза ще раз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duress passphrase again</source>
        <translation>Парольна фраза на випадок примусу ще раз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also set a &amp;duress passphrase</source>
        <translation>&amp;Також задати парольну фразу на випадок примусу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typing the duress passphrase &amp;quick-deletes the drafts first, for good</source>
        <translation>Під час введення парольної фрази на випадок примусу чернетки спершу &amp;швидко видаляються назавжди</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольна фраза:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Нова парольна фраза:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;Ще раз:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>D&amp;uress passphrase:</source>
        <translation>Парольна фраза на &amp;випадок примусу:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duress a&amp;gain:</source>
        <translation>Ще &amp;раз (на випадок примусу):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Protect</source>
        <translation>&amp;Захистити</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange</source>
        <translation>&amp;Змінити</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Set</source>
        <translation>&amp;Задати</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove the duress passphrase</source>
        <translation>Ви&amp;далити парольну фразу на випадок примусу</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing is re-encrypted: the drafts keep their key, and only the passphrase that opens it changes.</source>
        <translation>Нічого не шифрується заново: чернетки зберігають свій ключ, змінюється лише парольна фраза, яка його відкриває.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Typed instead of the passphrase, a duress passphrase opens the program with none of your drafts in it, and nothing on the screen says which one was typed. It does not protect against a copy of the disk made before it was typed.</source>
        <translation>Якщо ввести парольну фразу на випадок примусу замість звичайної, програма відкриється без ваших чернеток, і ніщо на екрані не покаже, яку фразу було введено. Вона не захищає від копії диска, зробленої до того, як її ввели.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The duress passphrase must differ from your usual passphrase.</source>
        <translation>Парольна фраза на випадок примусу має відрізнятися від вашої звичайної парольної фрази.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Type the passphrase that opens the drafts now.</source>
        <translation>Введіть парольну фразу, якою зараз відкриваються чернетки.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Your drafts, the people named in them, the inbox and the group&apos;s signing key will be encrypted on this computer. Each time the program starts you type the passphrase once to open them; the history can be read without it.

If you forget this passphrase, nobody can open your drafts again, not even Coact. Write it on paper and keep it somewhere safe, away from the laptop.</source>
        <translation>Ваші чернетки, список згаданих у них людей, вхідні та ключ підпису групи буде зашифровано на цьому компʼютері. Щоразу, коли програма запускається, ви один раз вводите парольну фразу, щоб їх відкрити; історію можна читати і без неї.

Якщо ви забудете цю парольну фразу, ніхто більше не зможе відкрити ваші чернетки, навіть Coact. Запишіть її на папері й зберігайте в надійному місці, подалі від ноутбука.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Придумайте парольну фразу щонайменше з 8 символів.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the same new passphrase twice.</source>
        <translation>Введіть ту саму нову парольну фразу двічі.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a duress passphrase of at least 8 characters.</source>
        <translation>Придумайте парольну фразу на випадок примусу щонайменше з 8 символів.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the same duress passphrase twice.</source>
        <translation>Введіть ту саму парольну фразу на випадок примусу двічі.</translation>
    </message>
</context>
<context>
    <name>PeopleTable</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_tables.py" line="-277"/>
        <location line="+182"/>
        <source>Consent</source>
        <translation>Згода</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Real name</source>
        <translation>Справжнє імʼя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pseudonym</source>
        <translation>Псевдонім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add person</source>
        <translation>Додати людину</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People and their consent</source>
        <translation>Люди та їхня згода</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Named, with consent</source>
        <extracomment>Consent of a person named in the draft (a choice in the people table).</extracomment>
        <translation>Імʼя за згодою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pseudonym only</source>
        <translation>Лише псевдонім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withheld: not shown</source>
        <translation>Приховано: не показувати</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_dialogs.py" line="+57"/>
        <source>Group profile</source>
        <translation>Відомості про групу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language of the draft</source>
        <translation>Мова чернетки</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The group&apos;s name</source>
        <translation>Назва групи</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not given</source>
        <extracomment>Shown in the &apos;year founded&apos; field when the group gave no year.</extracomment>
        <translation>не вказано</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not given</source>
        <translation>Не вказано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, still active</source>
        <translation>Так, досі працює</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, no longer active</source>
        <translation>Ні, уже не працює</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. English, Russian</source>
        <translation>наприклад: англійська, російська</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models of organising</source>
        <translation>Моделі самоорганізації</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year founded</source>
        <translation>Рік заснування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still active</source>
        <translation>Досі працює</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Мови</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This history is written in</source>
        <translation>Мова, якою написано історію</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The group&apos;s models of organising</source>
        <translation>Моделі самоорганізації групи</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the group&apos;s name to go on; everything else can wait.</source>
        <translation>Щоб продовжити, вкажіть назву групи; усе інше можна заповнити пізніше.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is missing</source>
        <translation>Чого бракує</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Give the group&apos;s name first.</source>
        <translation>Спочатку вкажіть назву групи.</translation>
    </message>
</context>
<context>
    <name>ProfileSafety</name>
    <message>
        <location filename="../src/coact_desktop/gui/profile_safety.py" line="+51"/>
        <location line="+60"/>
        <source>&amp;Protect drafts with a passphrase…</source>
        <translation>Захистити чернетки парольною &amp;фразою…</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>D&amp;uress passphrase…</source>
        <translation>Па&amp;рольна фраза на випадок примусу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper &amp;backup of the key…</source>
        <translation>Паперова к&amp;опія ключа…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock drafts</source>
        <translation>&amp;Заблокувати чернетки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock &amp;when idle</source>
        <translation>&amp;Блокувати після бездіяльності</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After {minutes} minutes</source>
        <translation>Через {minutes} хвилин</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never</source>
        <translation>Ніколи</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quick delete after wron&amp;g passphrases</source>
        <translation>Швидке видалення після неправильних п&amp;арольних фраз</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After {count} wrong passphrases in a row</source>
        <translation>Після {count} неправильних парольних фраз поспіль</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never</source>
        <comment>quick delete after wrong passphrases</comment>
        <extracomment>The choice that leaves quick delete after wrong passphrases off.</extracomment>
        <translation>Ніколи</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quic&amp;k delete…</source>
        <translation>&amp;Швидке видалення…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Change the &amp;passphrase…</source>
        <translation>Змінити парольну &amp;фразу…</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The drafts are locked.</source>
        <translation>Чернетки заблоковано.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Your drafts, their photos and files, the inbox and the keys are now encrypted on this computer.</source>
        <translation>Ваші чернетки, їхні фото й файли, вхідні та ключі тепер зашифровано на цьому компʼютері.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase was changed.</source>
        <translation>Парольну фразу змінено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The duress passphrase was removed.</source>
        <translation>Парольну фразу на випадок примусу видалено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The duress passphrase was set.</source>
        <translation>Парольну фразу на випадок примусу задано.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Encrypting your drafts…</source>
        <translation>Шифрування ваших чернеток…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Protect drafts with a passphrase</source>
        <translation>Захистити чернетки парольною фразою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypting your drafts and sealing their photos and files…</source>
        <translation>Шифрування ваших чернеток і прикріплених до них фото й файлів…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled: the drafts are not protected, as before.</source>
        <translation>Скасовано: чернетки, як і раніше, не захищено.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing was changed</source>
        <translation>Нічого не змінено</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Quick delete after wrong passphrases</source>
        <translation>Швидке видалення після неправильних парольних фраз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After {count} wrong passphrases in a row, your drafts, the inbox, photos, keys and backups are destroyed for good, as by quick delete, and nothing on the screen says so.

A mistyped passphrase, another keyboard language or a child at the keyboard can set it off. It does not help against someone who copies the disk before trying. Turn it on?</source>
        <translation>Після {count} неправильних парольних фраз поспіль ваші чернетки, вхідні, фото, ключі та резервні копії буде знищено назавжди, як під час швидкого видалення, і ніщо на екрані про це не повідомить.

Це може спрацювати через помилку під час введення парольної фрази, іншу мову клавіатури або дитину, яка сіла за клавіатуру. Це не захищає від того, хто спершу скопіює диск, а потім підбиратиме фразу. Увімкнути?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Turn it on</source>
        <translation>&amp;Увімкнути</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Quick delete after wrong passphrases is off.</source>
        <translation>Швидке видалення після неправильних парольних фраз вимкнено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After {count} wrong passphrases in a row, everything private is deleted.</source>
        <translation>Після {count} неправильних парольних фраз поспіль усе особисте буде видалено.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The drafts are open, under the new passphrase. Set a duress passphrase again if you had one.</source>
        <translation>Чернетки відкрито, тепер у них нова парольна фраза. Якщо у вас була парольна фраза на випадок примусу, задайте її знову.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Deleting…</source>
        <translation>Видалення…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Quick delete</source>
        <translation>Швидке видалення</translation>
    </message>
</context>
<context>
    <name>ProgramShare</name>
    <message>
        <location filename="../src/coact_desktop/gui/program_share.py" line="+42"/>
        <location line="+55"/>
        <source>Copy Coact Desktop to a stick</source>
        <translation>Копіювати Coact Desktop на флешку</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Copying Coact Desktop and checking the copy…</source>
        <translation>Копіюємо Coact Desktop і перевіряємо копію…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Coact Desktop {version} is copied to {folder} and the copy checked. Whoever gets it can check it too: with this program (coact-desktop release verify FOLDER), or with sha256sum -c RELEASE-SHA256SUMS and minisign -V inside the folder.</source>
        <translation>Coact Desktop {version} скопійовано в {folder}, копію перевірено. Той, хто її отримає, теж може її перевірити: цією програмою (coact-desktop release verify ПАПКА) або командами sha256sum -c RELEASE-SHA256SUMS і minisign -V усередині папки.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The library&apos;s newest edition is copied to {path}.</source>
        <translation>Найновіше видання бібліотеки скопійовано в {path}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied</source>
        <extracomment>Title of a message: the program&apos;s files were copied.</extracomment>
        <translation>Скопійовано</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coact Desktop is copied to {folder}.</source>
        <translation>Coact Desktop скопійовано в {folder}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was copied.</source>
        <translation>Нічого не скопійовано.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../src/coact_desktop/gui/task_progress.py" line="+15"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../src/coact_desktop/words/qt_words.py" line="+15"/>
        <source>OK</source>
        <extracomment>A button of a dialog (Qt&apos;s own word, as on every dialog of the system).</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>Т&amp;ак</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Ні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Відхилити</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Застосувати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Довідка</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location line="+2"/>
        <source>&lt; &amp;Back</source>
        <extracomment>A button of a step-by-step dialog (the send wizard): the step before.</extracomment>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next &gt;</source>
        <extracomment>The step after; in a right-to-left language, leave the arrow out.</extracomment>
        <translation>&amp;Далі &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Завершити</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>Виконати</translation>
    </message>
</context>
<context>
    <name>QuickDelete</name>
    <message>
        <location filename="../src/coact_desktop/words/quick_delete.py" line="+16"/>
        <source>the key to your drafts (destroyed first)</source>
        <translation>ключ до ваших чернеток (знищено першим)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the encrypted drafts, inbox and keys</source>
        <translation>зашифровані чернетки, вхідні та ключі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drafts, inbox and keys</source>
        <translation>чернетки, вхідні та ключі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>photos and files attached to drafts</source>
        <translation>фото й файли, прикріплені до чернеток</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backups</source>
        <translation>резервні копії</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key files</source>
        <translation>файли ключів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the log</source>
        <translation>журнал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>temporary files</source>
        <translation>тимчасові файли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the plan of the next edition</source>
        <translation>план наступного видання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the count of wrong passphrases</source>
        <translation>лічильник неправильних парольних фраз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folders, files and drafts remembered in settings</source>
        <translation>папки, файли й чернетки, збережені в налаштуваннях</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There was nothing private to remove.</source>
        <translation>Особистих даних для видалення не було.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed: {items}. The library is still here.</source>
        <extracomment>{items} is a list of what was removed, separated by semicolons.</extracomment>
        <translation>Видалено: {items}. Бібліотека залишилася на місці.</translation>
    </message>
</context>
<context>
    <name>QuickDeleteDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/quick_delete_dialog.py" line="+26"/>
        <source>Quick delete</source>
        <translation>Швидке видалення</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delete</source>
        <extracomment>The word typed to confirm quick delete: one short, ordinary word.</extracomment>
        <translation>видалити</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This destroys, for good, your group&apos;s drafts and the people named in them, attached files, the inbox, keys, backups and the log. The history stays, so the program looks like any reader&apos;s. Nobody can bring the drafts back, not even with the passphrase.

Type {word} to go on.</source>
        <translation>Буде назавжди знищено чернетки вашої групи і список згаданих у них людей, прикріплені файли, вхідні, ключі, резервні копії та журнал. Історія залишиться, тож програма виглядатиме так само, як у будь-якого читача. Ніхто не зможе повернути чернетки, навіть із парольною фразою.

Щоб продовжити, введіть «{word}».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Confirmation word</source>
        <extracomment>The field where the confirming word is typed.</extracomment>
        <translation>Слово для підтвердження</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Countdown</source>
        <translation>Зворотний відлік</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete now</source>
        <translation>&amp;Видалити зараз</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Deleting in {seconds}… Press Cancel or Esc to stop.</source>
        <translation>Видалення через {seconds}… Щоб зупинити, натисніть «Скасувати» або Esc.</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../src/coact_desktop/gui/media_save.py" line="+32"/>
        <source>file from a group history</source>
        <translation>файл з історії групи</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save a copy</source>
        <translation>Зберегти копію</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A copy is saved in {path}.</source>
        <translation>Копію збережено в {path}.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/gui/rendering.py" line="+28"/>
        <source>From the history of {group}, in its own words</source>
        <translation>З історії групи «{group}», її власними словами</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>PDF document</source>
        <translation>документ PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>text file</source>
        <extracomment>Kind of an attached file, inside a sentence: lower case.</extracomment>
        <translation>текстовий файл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a copy ({kind}, {size})…</source>
        <translation>Зберегти копію ({kind}, {size})…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>under 1 KB</source>
        <translation>менше 1 КБ</translation>
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
        <translation>Текст глави</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>← Previous: {title}</source>
        <translation>← Попередня: {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: {title} →</source>
        <translation>Наступна: {title} →</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_dialogs.py" line="+39"/>
        <source>Revision history</source>
        <translation>Історія версій</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revisions</source>
        <translation>Версії</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/words/revisions.py" line="+15"/>
        <source>started</source>
        <extracomment>Why a revision of a draft was saved: the draft was started.</extracomment>
        <translation>створення чернетки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imported</source>
        <extracomment>Why a revision was saved: the draft was imported from a file.</extracomment>
        <translation>імпорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saved while writing</source>
        <translation>збереження під час роботи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restored an earlier revision</source>
        <translation>відновлення попередньої версії</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>зміни</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/gui/draft_dialogs.py" line="+3"/>
        <source>Revision {number} · {when} · {reason} · {size}</source>
        <extracomment>One line of the revision list: its number, date and time, why it was saved, length.</extracomment>
        <translation>Версія {number} · {when} · {reason} · {size}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Differences from the text now</source>
        <translation>Відмінності від поточного тексту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore this revision</source>
        <translation>Відновити цю версію</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Timeline</source>
        <translation>Хронологія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People and consent</source>
        <translation>Люди та згода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and files</source>
        <translation>Фото і файли</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founded</source>
        <translation>Рік заснування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still active</source>
        <translation>Досі працює</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Мови</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models of organising</source>
        <translation>Моделі самоорганізації</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the draft</source>
        <translation>Мова чернетки</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>undated</source>
        <extracomment>An event of the timeline that has no date.</extracomment>
        <translation>без дати</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>named</source>
        <extracomment>Consent of a person in the draft: agreed to be named with the real name.</extracomment>
        <translation>імʼя за згодою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pseudonym</source>
        <translation>псевдонім</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withheld</source>
        <extracomment>Consent of a person: neither the name nor the pseudonym is shown.</extracomment>
        <translation>приховано</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../src/coact_desktop/gui/search_view.py" line="+39"/>
        <source>Search the history (Ctrl+K)</source>
        <translation>Пошук в історії (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the history</source>
        <translation>Пошук в історії</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by chapter</source>
        <translation>Фільтр за главою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by model of organising</source>
        <translation>Фільтр за моделлю самоорганізації</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by country</source>
        <translation>Фільтр за країною</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by decade</source>
        <translation>Фільтр за десятиліттям</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search results</source>
        <translation>Результати пошуку</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>All chapters</source>
        <translation>Усі глави</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All models</source>
        <translation>Усі моделі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All countries</source>
        <translation>Усі країни</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All decades</source>
        <translation>Усі десятиліття</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Preparing search…</source>
        <translation>Підготовка пошуку…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a word or a name. Word forms and misspellings are found too.</source>
        <translation>Введіть слово або імʼя. Пошук знайде також інші форми слова й написання з помилками.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No exact matches. Showing close spellings:</source>
        <translation>Точних збігів немає. Показано схожі написання:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing found.</source>
        <translation>Нічого не знайдено.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Coact&apos;s history is written in English: try an English word. Each group&apos;s own history is found in the language it is written in.</source>
        <translation>Історію Coact написано англійською мовою: спробуйте ввести англійське слово. Історію кожної групи можна знайти тією мовою, якою її написано.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{shown} of %n results</source>
        <extracomment>{shown} results are listed of %n found in all.</extracomment>
        <translation>
            <numerusform>{shown} з %n результату</numerusform>
            <numerusform>{shown} з %n результатів</numerusform>
            <numerusform>{shown} з %n результатів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n results</source>
        <translation>
            <numerusform>%n результат</numerusform>
            <numerusform>%n результати</numerusform>
            <numerusform>%n результатів</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Did you mean {suggestion}?</source>
        <translation>Можливо, ви мали на увазі {suggestion}?</translation>
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
            <numerusform>%n слово</numerusform>
            <numerusform>%n слова</numerusform>
            <numerusform>%n слів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n characters</source>
        <extracomment>The length of a text in Thai, Lao, Khmer, Myanmar, Chinese or Japanese, which do not put spaces between words: its letters are counted instead.</extracomment>
        <translation>
            <numerusform>%n символ</numerusform>
            <numerusform>%n символи</numerusform>
            <numerusform>%n символів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../src/coact_desktop/gui/timeline_view.py" line="+24"/>
        <source>Timeline</source>
        <translation>Хронологія</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{decade}s</source>
        <extracomment>A decade heading: {decade} is a year like 1990, so &apos;the 1990s&apos;.</extracomment>
        <translation>{decade}-ті</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open this passage in the reader</source>
        <translation>Відкрити цей уривок на вкладці «Читання»</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <location filename="../src/coact_desktop/gui/unlock_panel.py" line="+24"/>
        <source>Your group&apos;s drafts are locked</source>
        <translation>Чернетки вашої групи заблоковано</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>They are encrypted on this computer. Type your passphrase to open them. The history can be read and searched without it.</source>
        <translation>Їх зашифровано на цьому компʼютері. Щоб відкрити їх, введіть свою парольну фразу. Історію можна читати й шукати в ній без парольної фрази.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase</source>
        <extracomment>The field where the passphrase of the group&apos;s drafts is typed.</extracomment>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Розблокувати</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forgotten? Use the &amp;paper key…</source>
        <translation>Забули парольну фразу? Скористайтеся &amp;паперовим ключем…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Opening…</source>
        <translation>Відкриття…</translation>
    </message>
</context>
<context>
    <name>WhatsNewView</name>
    <message>
        <location filename="../src/coact_desktop/gui/whats_new_view.py" line="+39"/>
        <source>What&apos;s new in edition {edition}</source>
        <translation>Що нового у виданні {edition}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;{title}&lt;/b&gt;, edition {edition}, from {date}.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;, видання {edition}, від {date}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The editors wrote no notes for this edition.</source>
        <translation>Редактори не залишили приміток до цього видання.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chapters added, changed and removed</source>
        <translation>Додані, змінені та вилучені глави</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chapter, with what changed marked</source>
        <translation>Глава з позначеними змінами</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open this chapter</source>
        <translation>Відкрити цю &amp;главу</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Added ({n})</source>
        <extracomment>Heading in What&apos;s new: chapters added since the last edition; {n} is how many.</extracomment>
        <translation>Додано ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed ({n})</source>
        <translation>Змінено ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed ({n})</source>
        <translation>Вилучено ({n})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No chapter changed in this edition.</source>
        <translation>У цьому виданні жодна глава не змінилася.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>New in this edition.</source>
        <translation>Нове в цьому виданні.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No longer in this edition.</source>
        <translation>Більше не входить до цього видання.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Struck-through words were taken out; underlined words are new.</source>
        <translation>Закреслені слова вилучено; підкреслені — нові.</translation>
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
        <translation>&amp;Нова чернетка…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import a file…</source>
        <translation>&amp;Імпортувати файл…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy the library to a stick…</source>
        <translation>&amp;Копіювати бібліотеку на флешку…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Coact &amp;Desktop to a stick…</source>
        <translation>Копіювати &amp;програму Coact Desktop на флешку…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export the open draft…</source>
        <translation>&amp;Експортувати відкриту чернетку…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find in chapter</source>
        <translation>&amp;Знайти в главі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search the history</source>
        <translation>&amp;Пошук в історії</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What&apos;s new in this edition</source>
        <translation>&amp;Що нового в цьому виданні</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous chapter</source>
        <translation>Попере&amp;дня глава</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ne&amp;xt chapter</source>
        <translation>&amp;Наступна глава</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom &amp;in</source>
        <translation>З&amp;більшити</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom &amp;out</source>
        <translation>Змен&amp;шити</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Normal size</source>
        <translation>Звичайний &amp;розмір</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keys</source>
        <translation>&amp;Ключі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Coact</source>
        <translation>&amp;Coact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inbox of received files</source>
        <translation>&amp;Вхідні: отримані файли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Editions workspace…</source>
        <translation>&amp;Підготовка видань…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open received files…</source>
        <translation>Від&amp;крити отримані файли…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Гарячі клавіші</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Coact Desktop</source>
        <translation>&amp;Про Coact Desktop</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>In a draft: text, timeline, people, files</source>
        <translation>У чернетці: текст, хронологія, люди, файли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a draft&apos;s timeline or people: add a row</source>
        <translation>У хронології або списку людей чернетки: додати рядок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a draft&apos;s text: bold, link</source>
        <translation>У тексті чернетки: жирний, посилання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a table: the next or the previous cell</source>
        <translation>У таблиці: наступна або попередня клітинка</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keyboard shortcuts</source>
        <translation>Гарячі клавіші</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About Coact Desktop</source>
        <translation>Про Coact Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Coact Desktop {version}&lt;/h3&gt;&lt;p&gt;A history of drug user organising, written by Mat Southwell and Lana Durjava, Coact. The text is reproduced verbatim.&lt;/p&gt;&lt;p&gt;Works offline. Nothing is sent anywhere.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Coact Desktop {version}&lt;/h3&gt;&lt;p&gt;Історія самоорганізації людей, які вживають наркотики. Автори: Mat Southwell і Lana Durjava, Coact. Текст відтворено дослівно.&lt;/p&gt;&lt;p&gt;Працює без інтернету. Нічого нікуди не надсилається.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>WritePage</name>
    <message>
        <location filename="../src/coact_desktop/gui/export_write_page.py" line="+33"/>
        <location line="+59"/>
        <source>Writing the file</source>
        <translation>Запис файлу</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>This takes a moment; Cancel stops it and leaves nothing behind.</source>
        <translation>Це займе трохи часу; кнопка «Скасувати» зупинить запис і нічого не залишить.</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Progress</source>
        <translation>Хід виконання</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Key fingerprint words</source>
        <translation>Слова відбитка ключа</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show the folder</source>
        <translation>Показати папку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the file&apos;s path</source>
        <translation>Копіювати шлях до файлу</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back, to change the folder or the key</source>
        <translation>Назад, щоб змінити папку або ключ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Signing and writing…</source>
        <translation>Підписуємо й записуємо…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The file is ready</source>
        <translation>Файл готовий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send it to Coact in any way that suits you.</source>
        <translation>Надішліть його до Coact будь-яким зручним для вас способом.</translation>
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
        <translation>Записано: {path} ({size}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is file number {n} from your group.</source>
        <translation>Це файл № {n} від вашої групи.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is NOT encrypted: keep it safe.</source>
        <translation>Його НЕ зашифровано: зберігайте його в надійному місці.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A signing key was made for your group. Make a backup of it (Keys → Back up the signing key…) and keep the passphrase apart from the backup.</source>
        <translation>Для вашої групи створено ключ підпису. Зробіть його резервну копію (Ключі → Зробити резервну копію ключа підпису…) і зберігайте парольну фразу окремо від резервної копії.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When Coact receives your first file they will phone you to compare these words. Read them out; never send them with the file:</source>
        <translation>Коли Coact отримає ваш перший файл, вам зателефонують, щоб звірити ці слова. Прочитайте їх уголос; ніколи не надсилайте їх разом із файлом:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your key&apos;s words, in case Coact asks for them again (by phone, never with the file):</source>
        <translation>Слова вашого ключа — на випадок, якщо Coact знову про них запитає (телефоном, ніколи не разом із файлом):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing was written.</source>
        <translation>Нічого не записано.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file was not written. {reason}</source>
        <translation>Файл не записано. {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No program to show folders was found. The file is here: {path}</source>
        <translation>Не знайдено програми для показу папок. Файл тут: {path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied: {path}</source>
        <translation>Скопійовано: {path}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../src/coact_desktop/gui/app.py" line="+122"/>
        <source>Coact Desktop cannot start</source>
        <translation>Не вдається запустити Coact Desktop</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Coact Desktop is already open with this profile. Use the window that is open (two windows could overwrite each other&apos;s writing).</source>
        <translation>Coact Desktop уже відкрито з цим профілем. Користуйтеся вікном, яке вже відкрите (два вікна могли б перезаписувати зміни одне одного).</translation>
    </message>
</context>
</TS>
