<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/answer_dialog.py" line="+57"/>
        <source>Answer {group}, file {n}</source>
        <translation>Ответ группе {group}, файл {n}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A word to the group</source>
        <translation>Слово группе</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not in an edition yet</source>
        <translation>пока не в издании</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The edition the history went into</source>
        <translation>Издание, в которое вошла история</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history&apos;s sections</source>
        <translation>Разделы истории</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A note on this section</source>
        <translation>Заметка к этому разделу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coact&apos;s wording of this section</source>
        <translation>Формулировка Coact для этого раздела</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publishing key file</source>
        <translation>Файл ключа публикации</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase of the publishing key</source>
        <translation>Парольная фраза ключа публикации</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder to save the answer in</source>
        <translation>Папка, куда сохранить ответ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>W&amp;rite the answer…</source>
        <translation>&amp;Записать ответ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Решение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;word to the group:</source>
        <translation>&amp;Слово группе:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In &amp;edition:</source>
        <translation>В &amp;издании:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note on this section:</source>
        <translation>&amp;Заметка к разделу:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coact&apos;s wording (leave it as the group wrote it to suggest no change):</source>
        <translation>Формулировка Coact (оставьте текст группы, если не предлагаете изменений):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Sections:</source>
        <translation>Р&amp;азделы:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publishing &amp;key:</source>
        <translation>&amp;Ключ публикации:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;to:</source>
        <translation>Сохранить &amp;в:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The answer is encrypted to the group: only its program can read it.</source>
        <translation>Ответ зашифрован для группы: прочитать его сможет только её программа.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This group&apos;s file named no key for answers (an older program): the answer is signed but not encrypted, and whoever carries it can read it.</source>
        <translation>В файле этой группы нет ключа для ответов (старая версия программы): ответ подписан, но не зашифрован, и его может прочитать любой, кто его передаёт.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The publishing key</source>
        <translation>Ключ публикации</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the answer in</source>
        <translation>Сохранить ответ в</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the publishing key file first.</source>
        <translation>Сначала выберите файл ключа публикации.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a folder to save the answer in.</source>
        <translation>Выберите папку, куда сохранить ответ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is there already: choose another folder.</source>
        <translation>{name} там уже есть: выберите другую папку.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signing the answer…</source>
        <translation>Подпись ответа…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved {path}. Send it to the group as it is, by any way.</source>
        <translation>Сохранено: {path}. Отправьте этот файл группе как есть, любым способом.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Accepted</source>
        <extracomment>Coact&apos;s decision on a group&apos;s history: taken into the library.</extracomment>
        <translation>Принято</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted with changes</source>
        <translation>Принято с изменениями</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes asked for</source>
        <translation>Нужны изменения</translation>
    </message>
</context>
<context>
    <name>AnswerView</name>
    <message>
        <location filename="../src/coact_desktop/gui/answer_view.py" line="+43"/>
        <source>Coact&apos;s answer</source>
        <translation>Ответ Coact</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coact wrote no general comment.</source>
        <translation>Общего комментария Coact не написал.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sections Coact wrote about</source>
        <translation>Разделы, о которых написал Coact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (a change)</source>
        <translation> (изменение)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No notes on single sections.</source>
        <translation>Заметок к отдельным разделам нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coact&apos;s note, and its change marked</source>
        <translation>Заметка Coact, изменение отмечено</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Use Coact&apos;s version of this section</source>
        <translation>&amp;Взять вариант Coact для этого раздела</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Accepted</source>
        <extracomment>Coact&apos;s decision on a group&apos;s history: taken into the library.</extracomment>
        <translation>Принято</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted with changes</source>
        <translation>Принято с изменениями</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes asked for</source>
        <translation>Просим внести изменения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;{decision}&lt;/b&gt;: Coact&apos;s answer to bundle {sequence}, signed {date}.</source>
        <translation>&lt;b&gt;{decision}&lt;/b&gt;: ответ Coact на пакет {sequence}, подписан {date}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is in edition {edition} of the library.</source>
        <translation>История вошла в издание {edition} библиотеки.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your draft has no section of this name now; Coact&apos;s version:</source>
        <translation>В вашем черновике сейчас нет раздела с таким названием; вариант Coact:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your draft already says it as Coact does.</source>
        <translation>В вашем черновике уже написано так, как у Coact.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Struck-through words are yours that Coact&apos;s version leaves out; underlined words are Coact&apos;s.</source>
        <translation>Зачёркнутые слова — ваши, которых нет в варианте Coact; подчёркнутые — слова Coact.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../src/coact_desktop/gui/export_check_page.py" line="+35"/>
        <source>Check the draft</source>
        <translation>Проверка черновика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing leaves this computer until the check is passed.</source>
        <translation>Ничего не покинет этот компьютер, пока проверка не пройдена.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems found</source>
        <translation>Найденные проблемы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go there to fix it</source>
        <translation>Перейти и исправить</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Must fix</source>
        <extracomment>&apos;Must fix&apos;: a problem that stops the sending; &apos;Note&apos;: advice only.</extracomment>
        <translation>Нужно исправить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Some things must be fixed before the history can be sent. Double-click one to go there; “Check again” above the draft brings you back here, and the check runs again.</source>
        <translation>Кое-что нужно исправить, прежде чем историю можно будет отправить. Дважды щёлкните по пункту, чтобы перейти к нему; кнопка «Проверить снова» над черновиком вернёт вас сюда, и проверка пройдёт заново.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready to send. A few notes:</source>
        <translation>Можно отправлять. Несколько замечаний:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready to send: nothing to fix.</source>
        <translation>Можно отправлять: исправлять ничего не нужно.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/coact_desktop/cli/__init__.py" line="+103"/>
        <source>interrupted</source>
        <translation>прервано</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected error ({error}). Run again with --debug for details.</source>
        <translation>непредвиденная ошибка ({error}). Запустите ещё раз с --debug, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/backups.py" line="+40"/>
        <source>Restored {name}. The database it replaced was kept as {aside}.</source>
        <translation>Восстановлено: {name}. Заменённая база данных сохранена как {aside}.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/bundles.py" line="+61"/>
        <source>a new key: compare the fingerprint with the group by phone before trusting it</source>
        <translation>новый ключ: сверьте отпечаток с группой по телефону, прежде чем доверять ему</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the key Coact already trusts for this group</source>
        <translation>ключ, которому Coact уже доверяет для этой группы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a new key, handed over by a rotation record signed by the trusted key</source>
        <translation>новый ключ, переданный записью о смене ключа, подписанной доверенным ключом</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose a passphrase for the group&apos;s new signing key: </source>
        <translation>Выберите парольную фразу для нового ключа подписи группы: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase of the group&apos;s signing key: </source>
        <translation>Парольная фраза ключа подписи группы: </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Warning: this bundle is NOT encrypted. Anyone who gets the file can read it.</source>
        <translation>Внимание: этот пакет НЕ зашифрован. Любой, к кому попадёт файл, сможет его прочитать.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote {path} ({size}), bundle {sequence} of this group.</source>
        <translation>Записано: {path} ({size}), пакет {sequence} этой группы.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A signing key was made for the group.</source>
        <translation>Для группы создан ключ подписи.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key fingerprint (read it out to Coact): {words}</source>
        <translation>Отпечаток ключа (прочитайте его Coact вслух): {words}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{file}: intact and correctly signed.</source>
        <translation>{file}: не повреждён и правильно подписан.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group: {group}</source>
        <translation>Группа: {group}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bundle: {sequence}, made {date}</source>
        <translation>Пакет: {sequence}, создан {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key: {key}</source>
        <translation>Ключ: {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust: {trust}</source>
        <translation>Доверие: {trust}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already received: importing it again changes nothing.</source>
        <translation>Уже получен: повторный импорт ничего не изменит.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location filename="../src/coact_desktop/cli/editions.py" line="+147"/>
        <source>{file}: refused. {reason}</source>
        <translation>{file}: не принят. {reason}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cannot open it here: {reason}.</source>
        <translation>Здесь его не открыть: {reason}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{file}: imported {name}, bundle {sequence} (already received; nothing changed).</source>
        <translation>{file}: импортирован пакет {sequence} группы {name} (уже был получен; ничего не изменилось).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}: imported {name}, bundle {sequence}.</source>
        <translation>{file}: импортирован пакет {sequence} группы {name}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}: held. {name} signs with a key Coact does not know yet. Phone the group and compare these words: {words}. Then accept it in the window&apos;s inbox, or import again with --trust-new-key.</source>
        <translation>{file}: отложен. {name} подписывает ключом, которого Coact ещё не знает. Позвоните группе и сверьте эти слова: {words}. Затем примите пакет во «Входящих» в окне программы или импортируйте снова с --trust-new-key.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file}: not imported: a newer file from {name} (after bundle {sequence}) is already in the library, and the newest is kept.</source>
        <translation>{file}: не импортирован: более новый файл от {name} (после пакета {sequence}) уже в библиотеке, а сохраняется самый новый.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file}: not imported; the bundle is {state}.</source>
        <translation>{file}: не импортирован; состояние пакета: {state}.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/drafts.py" line="+57"/>
        <location line="+87"/>
        <source>(no name yet)</source>
        <translation>(пока без названия)</translation>
    </message>
    <message numerus="yes">
        <location line="-85"/>
        <source>saved {when}, %n revisions</source>
        <extracomment>One line of the drafts list: its id, the group&apos;s name, when it was last saved.</extracomment>
        <translation>
            <numerusform>сохранён {when}, %n версия</numerusform>
            <numerusform>сохранён {when}, %n версии</numerusform>
            <numerusform>сохранён {when}, %n версий</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Restored revision {old} as revision {new}.</source>
        <translation>Версия {old} восстановлена как версия {new}.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>place not given</source>
        <translation>место не указано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year not given</source>
        <translation>год не указан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place}; founded {year}</source>
        <translation>{place}; год основания: {year}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n events</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/editions.py" line="-59"/>
        <source>Copied the library&apos;s newest edition to {path}.</source>
        <translation>Новейшее издание библиотеки скопировано в {path}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Passphrase of the root key: </source>
        <translation>Парольная фраза корневого ключа: </translation>
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
        <translation>Версия {version} списка корневых ключей подписана: текущими корневыми ключами — {old_signed} из {old_needed} необходимых, собственными — {new_signed} из {new_needed} необходимых.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Readers will accept it.</source>
        <translation>Программы читателей его примут.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More root keys must sign it.</source>
        <translation>Его должны подписать ещё и другие корневые ключи.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{file}: edition {edition}, against edition {have} here.</source>
        <translation>{file}: издание {edition}, в сравнении с изданием {have}, которое есть здесь.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>chapter added: {title} ({slug}), {words}</source>
        <translation>добавлена глава: {title} ({slug}), {words}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chapter changed: {title} ({slug}), {added} and {removed}</source>
        <translation>изменена глава: {title} ({slug}), {added} и {removed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chapter removed: {title} ({slug}), {words}</source>
        <translation>удалена глава: {title} ({slug}), {words}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>+%n words</source>
        <extracomment>Words a changed chapter gains, as in &quot;+120 words&quot;.</extracomment>
        <translation>
            <numerusform>+%n слово</numerusform>
            <numerusform>+%n слова</numerusform>
            <numerusform>+%n слов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>-%n words</source>
        <extracomment>Words a changed chapter loses, as in &quot;-35 words&quot;.</extracomment>
        <translation>
            <numerusform>-%n слово</numerusform>
            <numerusform>-%n слова</numerusform>
            <numerusform>-%n слов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>history added: {name}</source>
        <translation>добавлена история: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>history changed: {name}</source>
        <translation>изменена история: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>history removed: {name}</source>
        <translation>удалена история: {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing would change but the edition&apos;s number and notes.</source>
        <translation>Изменились бы только номер издания и заметки к нему.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{folder}: no newer edition for this library.</source>
        <translation>{folder}: более нового издания для этой библиотеки нет.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Imported before it: {files}.</source>
        <translation>До него импортированы: {files}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{file}: imported.</source>
        <translation>{file}: импортирован.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: intact and signed by Coact.</source>
        <translation>{file}: не повреждён и подписан Coact.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edition: {edition} of {library}, from {date}</source>
        <translation>Издание: {edition} библиотеки {library}, от {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title: {title}</source>
        <translation>Название: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed: {when} by the publishing key {key}</source>
        <translation>Подписано: {when} ключом публикации {key}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Histories: {names}</source>
        <translation>Истории: {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left out: {names} (no longer in this edition)</source>
        <translation>Исключены: {names} (их больше нет в этом издании)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the changes since the edition this library holds.</source>
        <translation>Только изменения после издания, которое есть в этой библиотеке.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library now has edition {edition}.</source>
        <translation>Теперь в библиотеке издание {edition}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What&apos;s new: {notes}</source>
        <translation>Что нового: {notes}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: this computer&apos;s clock is behind: a file signed on {date} was already seen here. Set the date right.</source>
        <translation>Внимание: часы этого компьютера отстают: файл, подписанный {date}, здесь уже видели. Установите правильную дату.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>--delta-from: {file} is not a pack file (or say “{shipped}”).</source>
        <translation>--delta-from: {file} — не файл издания (или укажите «{shipped}»).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Wrote {file} ({size}): the changes that make edition {edition}, signed by {key}.</source>
        <translation>Записано: {file} ({size}), изменения до издания {edition}, с подписью ключа {key}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrote {file} ({size}): edition {edition}, signed by {key}.</source>
        <translation>Записано: {file} ({size}), издание {edition}, с подписью ключа {key}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{library}  edition {edition}, {date}: {title}</source>
        <translation>{library}  издание {edition}, {date}: {title}</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/keys.py" line="+68"/>
        <source>Cannot read the passphrase file {path}: {reason}.</source>
        <translation>Не удалось прочитать файл с парольной фразой {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A passphrase is needed: run this in a terminal, or give --passphrase-file FILE.</source>
        <translation>Нужна парольная фраза: запустите это в терминале или укажите --passphrase-file FILE.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type it again: </source>
        <translation>Введите её ещё раз: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Парольные фразы не совпадают; ничего не изменено.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No signing key yet: it is made on the first export.</source>
        <translation>Ключа подписи пока нет: он создаётся при первом экспорте.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wrote the public key {key} to {file}.</source>
        <translation>Открытый ключ {key} записан в {file}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase of the signing key: </source>
        <translation>Парольная фраза ключа подписи: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrote a backup of key {key} to {file}. It stays encrypted with its passphrase: keep the file and the passphrase in different places.</source>
        <translation>Резервная копия ключа {key} записана в {file}. Она остаётся зашифрованной парольной фразой: храните файл и парольную фразу в разных местах.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase of the backed-up key: </source>
        <translation>Парольная фраза ключа из резервной копии: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored key {key}.</source>
        <translation>Ключ {key} восстановлен.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase of the current key: </source>
        <translation>Парольная фраза текущего ключа: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase for the new key: </source>
        <translation>Парольная фраза для нового ключа: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Made key {key}; key {old} signed the hand-over.</source>
        <translation>Создан ключ {key}; передачу подписал ключ {old}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Key id:</source>
        <translation>Идентификатор ключа:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint:</source>
        <translation>Отпечаток:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public key:</source>
        <translation>Открытый ключ:</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/search.py" line="+30"/>
        <source>Preparing search (first use)…</source>
        <translation>Подготовка поиска (первый запуск)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No exact matches. Close spellings:</source>
        <translation>Точных совпадений нет. Похожие написания:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did you mean: {suggestion}</source>
        <translation>Возможно, вы имели в виду: {suggestion}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>{shown} of %n results</source>
        <extracomment>{shown} results are listed of %n found in all.</extracomment>
        <translation>
            <numerusform>{shown} из %n результата</numerusform>
            <numerusform>{shown} из %n результатов</numerusform>
            <numerusform>{shown} из %n результатов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/answers.py" line="+66"/>
        <source>{file}: Coact&apos;s answer: {decision}.</source>
        <translation>{file}: ответ Coact: {decision}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is on the draft {draft} (bundle {n}).</source>
        <translation>Ответ — в черновике {draft} (пакет {n}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>bundle {n}: {decision}, signed {when}</source>
        <translation>пакет {n}: {decision}, ответ подписан {when}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refused. {reason}</source>
        <translation>Отклонено. {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--section-text: cannot read {file}: {reason}.</source>
        <translation>--section-text: не удалось прочитать {file}: {reason}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../src/coact_desktop/cli/editions.py" line="-51"/>
        <source>Passphrase of the publishing key: </source>
        <translation>Парольная фраза ключа публикации: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote {file}: the answer to bundle {n} of the group.</source>
        <translation>Записано: {file}, ответ на пакет {n} группы.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{option} takes TITLE=VALUE, as in {option} “How we began=…”.</source>
        <extracomment>TITLE and VALUE are written as they are: they name the parts of the option.</extracomment>
        <translation>Для {option} нужно указать TITLE=VALUE, например: {option} «Как мы начинали=…».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>accepted</source>
        <translation>принято</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted with changes</source>
        <translation>принято с изменениями</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changes asked for</source>
        <translation>нужны изменения</translation>
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
        <translation>{folder} — это Coact Desktop {version} в том виде, в каком её выпустил Coact: файлов — {files}, все без изменений, с подписью ключа {key}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copied Coact Desktop {version} to {folder} and checked the copy.</source>
        <translation>Coact Desktop {version} скопирована в {folder}, копия проверена.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied the library to {folder}.</source>
        <translation>Библиотека скопирована в {folder}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No edition from a file to pass on yet: the library that comes with the program is in it.</source>
        <translation>Издания из файла, которое можно передать, пока нет: в копии уже есть библиотека, которая идёт с программой.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Whoever receives it can check it: {check} with Coact&apos;s publishing key (or: coact-desktop release verify FOLDER).</source>
        <extracomment>{check} is a command to type as it is (cd, sha256sum, minisign): not to be translated.</extracomment>
        <translation>Тот, кто её получит, может её проверить: {check} с ключом публикации Coact (или: coact-desktop release verify FOLDER).</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/protection.py" line="+81"/>
        <source>The drafts are protected by a passphrase: run this in a terminal, or give --unlock-file FILE.</source>
        <translation>Черновики защищены парольной фразой: запустите это в терминале или укажите --unlock-file FILE.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase of your group&apos;s drafts: </source>
        <translation>Парольная фраза черновиков вашей группы: </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The drafts are not protected by a passphrase.</source>
        <translation>Черновики не защищены парольной фразой.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you forget this passphrase, nobody can open your drafts again, not even Coact.</source>
        <translation>Если вы забудете эту парольную фразу, никто больше не сможет открыть ваши черновики, даже Coact.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <location line="+25"/>
        <source>New passphrase: </source>
        <translation>Новая парольная фраза: </translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+53"/>
        <source>Duress passphrase: </source>
        <translation>Парольная фраза на случай принуждения: </translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Paper key: </source>
        <translation>Бумажный ключ: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The drafts open with the new passphrase. A duress passphrase, if one was set, was removed: set it again.</source>
        <translation>Теперь черновики открываются новой парольной фразой. Парольная фраза на случай принуждения, если она была задана, удалена: задайте её снова.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Anyone with this key and the laptop can read the drafts: copy it onto paper and keep it away from the laptop.</source>
        <translation>Любой, у кого есть этот ключ и этот ноутбук, может прочитать черновики: перепишите ключ на бумагу и храните его подальше от ноутбука.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The drafts are not protected by a passphrase: set one first.</source>
        <translation>Черновики не защищены парольной фразой: сначала задайте её.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quick delete after wrong passphrases is off.</source>
        <translation>Быстрое удаление после неверных парольных фраз выключено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After {count} wrong passphrases in a row, the drafts, inbox, photos, keys and backups are destroyed for good, and nothing says so. A mistyped passphrase can set it off; it does not help against a copy of the disk made first.</source>
        <translation>После {count} неверных парольных фраз подряд черновики, входящие, фотографии, ключи и резервные копии будут уничтожены навсегда, и ничто об этом не сообщит. Это может сработать и от опечатки в парольной фразе; от копии диска, сделанной заранее, это не защищает.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Without a terminal, quick delete needs --yes.</source>
        <translation>Если программа запущена не в терминале, для быстрого удаления нужно указать --yes.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Passphrase: </source>
        <translation>Парольная фраза: </translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The drafts, their photos and files, the inbox and the keys are encrypted under a passphrase.</source>
        <translation>Черновики, их фото и файлы, входящие и ключи зашифрованы и защищены парольной фразой.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The drafts, their photos and files, the inbox and the keys are now encrypted.</source>
        <translation>Черновики, их фото и файлы, входящие и ключи теперь зашифрованы.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The passphrase was changed.</source>
        <translation>Парольная фраза изменена.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The duress passphrase was removed.</source>
        <translation>Парольная фраза на случай принуждения удалена.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The duress passphrase was set.</source>
        <translation>Парольная фраза на случай принуждения задана.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>delete</source>
        <extracomment>The word the person types to confirm quick delete; keep it one short word.</extracomment>
        <translation>удалить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This destroys the drafts, inbox, keys, backups and logs for good. Type {word} to go on: </source>
        <translation>Черновики, входящие, ключи, резервные копии и журналы будут уничтожены навсегда. Чтобы продолжить, введите «{word}»: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was deleted.</source>
        <translation>Ничего не удалено.</translation>
    </message>
</context>
<context>
    <name>ContentsView</name>
    <message>
        <location filename="../src/coact_desktop/gui/contents_view.py" line="+22"/>
        <source>Contents</source>
        <translation>Оглавление</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Models of organising</source>
        <translation>Модели самоорганизации</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Groups&apos; own histories</source>
        <translation>Истории, написанные самими группами</translation>
    </message>
</context>
<context>
    <name>DraftAnswers</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_answers.py" line="+56"/>
        <source>Coact has answered this history (bundle {sequence}).</source>
        <translation>Coact ответил на эту историю (пакет {sequence}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See Coact&apos;s answer</source>
        <translation>Посмотреть ответ Coact</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Coact&apos;s version of {title} is in the draft.</source>
        <translation>Вариант Coact для раздела «{title}» теперь в черновике.</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_editor.py" line="+60"/>
        <source>Group profile…</source>
        <translation>Сведения о группе…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision history…</source>
        <translation>История версий…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to Coact…</source>
        <translation>Отправить в Coact…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the draft and save it as one signed, encrypted file for Coact</source>
        <translation>Проверить черновик и сохранить его как один подписанный и зашифрованный файл для Coact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add section</source>
        <translation>Добавить раздел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Section text</source>
        <translation>Текст раздела</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write here. Markdown works: **bold**, - lists, # headings.</source>
        <translation>Пишите здесь. Можно использовать разметку Markdown: **жирный**, - списки, # заголовки.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent warning</source>
        <translation>Предупреждение о согласии</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the pseudonym everywhere</source>
        <translation>Заменить псевдонимом везде</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preview</source>
        <extracomment>Button: shows the draft as readers will see it.</extracomment>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See the draft as it would appear in the library&apos;s reading view</source>
        <translation>Посмотреть черновик так, как он будет выглядеть в режиме чтения библиотеки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview of the whole draft</source>
        <translation>Предпросмотр всего черновика</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save status</source>
        <translation>Состояние сохранения</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Parts of the draft</source>
        <extracomment>The tabs of a draft: text, timeline, people and consent, photos and files.</extracomment>
        <translation>Части черновика</translation>
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
        <translation>Люди и согласие</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Photos and files</source>
        <translation>Фото и файлы</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>(no name yet)</source>
        <translation>(пока без названия)</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>People and consent ({count} to check)</source>
        <translation>Люди и согласие (проверить: {count})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Names to check: {count}. A real name is used without consent in the text, the timeline or a file. Record their consent here, or use their pseudonym. ({keys})</source>
        <translation>Имён для проверки: {count}. Настоящее имя используется без согласия — в тексте, в хронологии или в файле. Запишите здесь согласие человека или используйте его псевдоним. ({keys})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“{name}” is named in this section but has not agreed to be named. Use their pseudonym instead, or record their consent under People.</source>
        <translation>«{name}» упоминается в этом разделе, но не давал(а) согласия на упоминание имени. Используйте псевдоним или отметьте согласие на вкладке «Люди и согласие».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give them a pseudonym under People first.</source>
        <translation>Сначала задайте псевдоним на вкладке «Люди и согласие».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New section</source>
        <translation>Новый раздел</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rename section</source>
        <translation>Переименовать раздел</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
</context>
<context>
    <name>DraftTables</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_tables.py" line="+221"/>
        <source>Remove</source>
        <extracomment>Button: remove the chosen row (an event or a person).</extracomment>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a row (Alt+A)</source>
        <translation>Добавить строку (Alt+A)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A year such as 1998; a date in words goes under When.</source>
        <translation>Год, например 1998; дату словами укажите в столбце «Когда».</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_guide.py" line="+25"/>
        <source>How the group began</source>
        <translation>Как появилась группа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the group does</source>
        <translation>Чем занимается группа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Milestones</source>
        <extracomment>Title of a section every new draft starts with: the group&apos;s key moments.</extracomment>
        <translation>Ключевые события</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Challenges and responses</source>
        <translation>Трудности и ответы на них</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achievements</source>
        <translation>Достижения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lessons for other groups</source>
        <translation>Уроки для других групп</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>When and where did the group start, who started it, and why? Was it a reaction to something happening in your drug scene?</source>
        <translation>Когда и где появилась группа, кто её создал и почему? Было ли это ответом на то, что происходило на вашей местной наркосцене?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What does the group do: peer support, needle and syringe programmes, treatment advocacy, legal help, outreach, campaigning? Which models of organising fit?</source>
        <translation>Чем занимается группа: поддержка по принципу «равный — равному», программы обмена игл и шприцев, адвокация доступа к лечению, юридическая помощь, аутрич-работа, общественные кампании? Какие модели самоорганизации вам подходят?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What were the important moments, and when did they happen?</source>
        <translation>Какие события были самыми важными и когда они произошли?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What got in the way (the police, funding, stigma, the law), and how did you respond?</source>
        <translation>Что мешало работе (полиция, проблемы с финансированием, стигма, законы) и как вы на это отвечали?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What changed because of the group?</source>
        <translation>Что изменилось благодаря группе?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would you tell a group that is just starting?</source>
        <translation>Что бы вы посоветовали группе, которая только начинает работу?</translation>
    </message>
</context>
<context>
    <name>DraftsView</name>
    <message>
        <location filename="../src/coact_desktop/gui/drafts_view.py" line="+67"/>
        <source>Drafts</source>
        <translation>Черновики</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New draft…</source>
        <translation>Новый черновик…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write your group&apos;s own history here, at your own pace. Everything you type is kept on this computer and saved as you go.

Start with “New draft…”.</source>
        <translation>Здесь вы можете написать историю своей группы — в своём темпе. Всё, что вы вводите, хранится на этом компьютере и сохраняется по ходу работы.

Начните с кнопки «Новый черновик…».</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Fix what the check found, then go on sending the file to Coact.</source>
        <extracomment>Shown instead of the list and editor while the drafts are locked.</extracomment>
        <translation>Исправьте то, что нашла проверка, и продолжайте отправку файла в Coact.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check again</source>
        <extracomment>Button: look at the draft again for problems before sending.</extracomment>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+166"/>
        <source>(no name yet)</source>
        <translation>(пока без названия)</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Choose a draft in the list to go on writing it, or start another with “New draft…”.</source>
        <translation>Выберите черновик в списке, чтобы продолжить его, или начните новый кнопкой «Новый черновик…».</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Coact Desktop did not close properly last time. Your draft is back as it was at its last autosave ({time}).</source>
        <translation>В прошлый раз Coact Desktop закрылась некорректно. Ваш черновик восстановлен в том виде, в каком он был при последнем автосохранении ({time}).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All changes saved.</source>
        <translation>Все изменения сохранены.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>All changes saved ({time}).</source>
        <translation>Все изменения сохранены ({time}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not saved yet: {reason} Your text is kept and will be saved again.</source>
        <translation>Пока не сохранено: {reason} Ваш текст не потерян, программа попробует сохранить его ещё раз.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Attach a photo or a document</source>
        <translation>Прикрепить фото или документ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos, PDF documents and text (*.jpg *.jpeg *.png *.pdf *.txt *.md)</source>
        <translation>Фото, PDF-документы и текст (*.jpg *.jpeg *.png *.pdf *.txt *.md)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Caption</source>
        <extracomment>Title of a small dialog asking for a photo&apos;s caption.</extracomment>
        <translation>Подпись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What does it show? (optional)</source>
        <translation>Что на нём? (необязательно)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removing hidden details from the file…</source>
        <translation>Удаляем скрытые сведения из файла…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file was cleaned, but another draft is open now: attach it again.</source>
        <translation>Файл очищен, но сейчас открыт другой черновик: прикрепите его ещё раз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>camera and author details (EXIF)</source>
        <translation>сведения о камере и авторе (EXIF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the place it was taken (GPS)</source>
        <translation>место съёмки (GPS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>editing details (XMP)</source>
        <translation>сведения о редактировании (XMP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>captions and credits (IPTC)</source>
        <translation>подписи и авторство (IPTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hidden comment</source>
        <translation>скрытый комментарий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a colour profile</source>
        <translation>цветовой профиль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text notes (author, description)</source>
        <translation>текстовые пометки (автор, описание)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the author and the program that made it</source>
        <translation>автора и программу, в которой он создан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comments and their authors&apos; names, links and form fields</source>
        <translation>комментарии с именами их авторов, ссылки и поля форм</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hidden extras (scripts, attached files, private program data)</source>
        <translation>скрытые дополнения (скрипты, вложенные файлы, служебные данные программ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attached. Removed from the copy: {removed}.</source>
        <translation>Прикреплено. Из копии удалено: {removed}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attached. The file carried no hidden details.</source>
        <translation>Прикреплено. Скрытых сведений в файле не было.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The original file was not copied or changed.</source>
        <translation>Исходный файл не копировался и не изменялся.</translation>
    </message>
</context>
<context>
    <name>EditionImport</name>
    <message>
        <location filename="../src/coact_desktop/gui/edition_import.py" line="+54"/>
        <source>Checking {name}…</source>
        <translation>Проверка {name}…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;p&gt;&lt;b&gt;{title}&lt;/b&gt;, edition {edition}, from {date}.&lt;/p&gt;&lt;p&gt;Signed by Coact on {created}. The library now has edition {have}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{title}&lt;/b&gt;, издание {edition}, от {date}.&lt;/p&gt;&lt;p&gt;Подписано Coact {created}. Сейчас в библиотеке издание {have}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;p&gt;Group histories in it: {names}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Истории групп в нём: {names}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;No longer in it: {names}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Больше не входят: {names}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;What is new: {notes}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Что нового: {notes}&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;p&gt;It comes in %n files, checked and imported one after the other.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Оно состоит из %n файла; они проверяются и импортируются по очереди.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Оно состоит из %n файлов; они проверяются и импортируются по очереди.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Оно состоит из %n файлов; они проверяются и импортируются по очереди.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Your drafts, keys and reading place are kept.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ваши черновики, ключи и место чтения сохранятся.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;This computer&apos;s clock is behind:&lt;/b&gt; a file signed on {seen} was already seen here. Set the date right, or an old edition could pass for a new one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Часы этого компьютера отстают:&lt;/b&gt; здесь уже был файл, подписанный {seen}. Установите правильную дату, иначе старое издание может сойти за новое.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import this edition?</source>
        <translation>Импортировать это издание?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import</source>
        <extracomment>Button: take the new edition into the library on this computer.</extracomment>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The edition was not imported.</source>
        <translation>Издание не импортировано.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importing {name}…</source>
        <translation>Импорт {name}…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edition {edition} is now in the library.</source>
        <translation>Издание {edition} теперь в библиотеке.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{done} The next file was not imported. {reason}</source>
        <translation>{done} Следующий файл не импортирован. {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopped. Nothing was changed.</source>
        <translation>Остановлено. Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stick holds no newer edition than yours.</source>
        <translation>На флешке нет издания новее вашего.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The edition was not imported. {reason}</source>
        <translation>Издание не импортировано. {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not imported</source>
        <translation>Не импортировано</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edition</source>
        <extracomment>An edition: one signed, numbered release of the history (the library).</extracomment>
        <translation>Издание</translation>
    </message>
</context>
<context>
    <name>EditionPreview</name>
    <message>
        <location filename="../src/coact_desktop/gui/edition_preview.py" line="+29"/>
        <source>Preview of edition {n}</source>
        <translation>Предпросмотр издания {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview: edition {n}, {date}. Nothing is published yet.</source>
        <translation>Предпросмотр: издание {n}, {date}. Пока ничего не опубликовано.</translation>
    </message>
</context>
<context>
    <name>EditionsWorkspace</name>
    <message>
        <location filename="../src/coact_desktop/gui/editions_workspace.py" line="+75"/>
        <source>Editions workspace</source>
        <translation>Подготовка изданий</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Edition {new}, made from edition {old} of {date}.</source>
        <translation>Издание {new}, на основе издания {old} от {date}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accepted histories</source>
        <translation>Принятые истории</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticked histories go into the edition, in this order.</source>
        <translation>Отмеченные истории войдут в издание в этом порядке.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;up</source>
        <translation>В&amp;верх</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>В&amp;низ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model of organising</source>
        <translation>Модель самоорганизации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model: under “Groups&apos; own histories”</source>
        <translation>Без модели: в разделе «Истории самих групп»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chapters of the edition</source>
        <translation>Главы издания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add a chapter from Markdown…</source>
        <translation>&amp;Добавить главу из файла Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace with Markdown…</source>
        <translation>&amp;Заменить файлом Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the change &amp;out</source>
        <translation>&amp;Отменить изменение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What&apos;s new, for readers</source>
        <translation>Что нового — для читателей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is new in this edition, in a few lines.</source>
        <translation>Что нового в этом издании, в нескольких строках.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publishing key file</source>
        <translation>Файл ключа публикации</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Choose the publishing key file</source>
        <translation>Выберите файл ключа публикации</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase of the publishing key</source>
        <translation>Парольная фраза ключа публикации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder to save the edition in</source>
        <translation>Папка, куда сохранить издание</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the folder</source>
        <translation>Выберите папку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view as readers will see it</source>
        <translation>&amp;Просмотр глазами читателя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Publish…</source>
        <translation>Опу&amp;бликовать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Groups&apos; histories</source>
        <translation>&amp;Истории групп</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Under the &amp;model:</source>
        <translation>В &amp;модели:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;hapters</source>
        <translation>&amp;Главы</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What&apos;s &amp;new:</source>
        <translation>&amp;Что нового:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publishing &amp;key:</source>
        <translation>&amp;Ключ публикации:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;ssphrase:</source>
        <translation>Парольная &amp;фраза:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;to:</source>
        <translation>&amp;Сохранить в:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No history has been accepted in the inbox yet: chapters and notes only.</source>
        <translation>Во входящих пока нет принятых историй: только главы и заметки.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{title}  (replaced from {file})</source>
        <translation>{title}  (заменено из {file})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New: {title}  (from {file})</source>
        <translation>Новая: {title}  (из {file})</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Markdown (*.md *.markdown *.txt);;All files (*)</source>
        <translation>Markdown (*.md *.markdown *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This file cannot be used</source>
        <translation>Этот файл нельзя использовать</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a chapter</source>
        <translation>Добавить главу</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No title</source>
        <translation>Нет заголовка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the file with its title on a line of its own, as “# Title”.</source>
        <translation>Начните файл с заголовка на отдельной строке: «# Заголовок».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replace</source>
        <extracomment>Title of a file dialog: choose a Markdown file to replace a chapter&apos;s text.</extracomment>
        <translation>Заменить</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The plan could not be saved: {error}</source>
        <translation>Не удалось сохранить план: {error}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Putting the edition together…</source>
        <translation>Сборка издания…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Facts no longer quoted by the text are left out: {n}.</source>
        <translation>Факты, которых больше нет в тексте, не включены: {n}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the publishing key file first.</source>
        <translation>Сначала выберите файл ключа публикации.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a folder to save the edition in.</source>
        <translation>Выберите папку, куда сохранить издание.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Publish edition {n}?</source>
        <translation>Опубликовать издание {n}?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edition {n} will hold {histories} and {chapters}. It is signed with the key in {key} and saved in {folder}. Readers who import it see it as it was in the preview.</source>
        <extracomment>{histories} and {chapters} are the two phrases translated just before this one.</extracomment>
        <translation>В издании {n} будут {histories} и {chapters}. Оно будет подписано ключом из {key} и сохранено в {folder}. Читатели, которые его импортируют, увидят его таким, каким оно было в предпросмотре.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n groups&apos; histories</source>
        <extracomment>Part of &quot;Edition 5 will hold 3 groups&apos; histories and …&quot;.</extracomment>
        <translation>
            <numerusform>%n история группы</numerusform>
            <numerusform>%n истории групп</numerusform>
            <numerusform>%n историй групп</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new or changed chapters</source>
        <extracomment>Part of &quot;Edition 5 will hold … and 2 new or changed chapters&quot;.</extracomment>
        <translation>
            <numerusform>%n новая или изменённая глава</numerusform>
            <numerusform>%n новые или изменённые главы</numerusform>
            <numerusform>%n новых или изменённых глав</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Signing and writing edition {n}…</source>
        <translation>Подпись и запись издания {n}…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edition published</source>
        <translation>Издание опубликовано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved in {folder}: {names}. Send the small “-delta” file to readers who have the edition before; the full one to everyone else.</source>
        <translation>Сохранено в {folder}: {names}. Маленький файл «-delta» отправьте читателям, у которых есть предыдущее издание, полный — всем остальным.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopped. Nothing was published.</source>
        <translation>Остановлено. Ничего не опубликовано.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The publishing key</source>
        <translation>Ключ публикации</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the edition in</source>
        <translation>Сохранить издание в</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../src/coact_desktop/words/errors.py" line="+16"/>
        <source>Something went wrong inside Coact Desktop ({error}). The details are in the log file in your profile folder.</source>
        <translation>В Coact Desktop произошла внутренняя ошибка ({error}). Подробности записаны в журнал в папке вашего профиля.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coact Desktop cannot use the folder {path}. Check that it exists and that you may write to it, or start the program with --data-dir and another folder.</source>
        <translation>Coact Desktop не может использовать папку {path}. Проверьте, что она существует и в неё можно записывать, или запустите программу с параметром --data-dir и другой папкой.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The library database could not be opened or updated. Nothing was changed.</source>
        <translation>Не удалось открыть или обновить базу данных библиотеки. Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history that comes with this copy of Coact Desktop is damaged. Please install the program again.</source>
        <translation>Текст истории, входящий в эту копию Coact Desktop, повреждён. Пожалуйста, установите программу заново.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search could not run.</source>
        <translation>Не удалось выполнить поиск.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That part of the history could not be found.</source>
        <translation>Этот раздел истории не найден.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file cannot be attached safely. Coact Desktop attaches photos (JPEG, PNG) and text files, after removing their hidden details.</source>
        <translation>Этот файл нельзя безопасно прикрепить. Coact Desktop прикрепляет фотографии (JPEG, PNG) и текстовые файлы, предварительно удаляя из них скрытые сведения.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This draft file is not valid.</source>
        <translation>Этот файл черновика некорректен.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A draft with this identity is already here.</source>
        <translation>Черновик с таким идентификатором уже есть.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file cannot be used.</source>
        <translation>Этот файл ключа нельзя использовать.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature is not valid.</source>
        <translation>Подпись недействительна.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file was refused, and nothing in the library was changed.</source>
        <translation>Этот файл не принят, в библиотеке ничего не изменилось.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file could not be written; nothing was sent.</source>
        <translation>Не удалось записать файл; ничего не отправлено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your group&apos;s drafts are locked. Unlock them with your passphrase first.</source>
        <translation>Черновики вашей группы заблокированы. Сначала разблокируйте их своей парольной фразой.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file that keeps the key to your drafts (data-key.json in the profile folder) is missing or damaged, so the drafts cannot be opened. Nothing was changed.</source>
        <translation>Файл, в котором хранится ключ к вашим черновикам (data-key.json в папке профиля), отсутствует или повреждён, поэтому черновики не удаётся открыть. Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The draft is not ready to send; nothing was written. The check before sending lists what to fix.</source>
        <translation>Черновик ещё не готов к отправке; ничего не записано. Что нужно исправить, показывает проверка перед отправкой.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Выберите парольную фразу не короче 8 символов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This passphrase does not open this key file; check that it is the one set for it.</source>
        <translation>Эта парольная фраза не подходит к этому файлу ключа; проверьте, что это та фраза, которая была для него задана.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This passphrase does not open your group&apos;s drafts; nothing was changed. Check the keyboard language and Caps Lock, and try again.</source>
        <translation>Эта парольная фраза не подходит к черновикам вашей группы; ничего не изменено. Проверьте язык клавиатуры и Caps Lock и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The duress passphrase must differ from your usual passphrase.</source>
        <translation>Парольная фраза на случай принуждения должна отличаться от вашей обычной парольной фразы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A paper key is 14 groups of 4 letters and digits. Copy all of them from the paper.</source>
        <translation>Бумажный ключ состоит из 14 групп по 4 знака — буквы и цифры. Введите все группы с бумаги.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This paper key has a mistake in it; nothing was changed. Compare each group with the paper.</source>
        <translation>В этом бумажном ключе есть ошибка; ничего не изменено. Сверьте каждую группу с бумагой.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This paper key does not open these drafts; nothing was changed. It may be the paper of another laptop or of an older profile.</source>
        <translation>Этот бумажный ключ не подходит к этим черновикам; ничего не изменено. Возможно, это бумага от другого ноутбука или от более старого профиля.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup also keeps the key that opens Coact&apos;s answers to your group: give the signing key&apos;s passphrase to lock it in the backup.</source>
        <translation>В резервной копии хранится и ключ, открывающий ответы Coact вашей группе: укажите парольную фразу ключа подписи, чтобы запереть его в копии.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This passphrase does not open your group&apos;s signing key. Nobody can recover a forgotten passphrase, not even Coact: that is what keeps the key safe if the laptop is taken. If it is lost for good, restore a key backup whose passphrase you know, or ask Coact how to send your history under a new key.</source>
        <translation>Эта парольная фраза не подходит к ключу подписи вашей группы. Забытую парольную фразу никто не сможет восстановить, даже Coact: именно это защищает ключ, если ноутбук заберут. Если фразу уже не вспомнить, восстановите ключ из резервной копии, парольную фразу которой вы знаете, или спросите в Coact, как отправить историю с новым ключом.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>chapter</source>
        <translation>глава</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model of organising</source>
        <translation>модель самоорганизации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decade</source>
        <translation>десятилетие</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown {what} “{value}”. Choose one of: {choices}.</source>
        <extracomment>{what} is one of: chapter, model of organising, country, decade (translated just before).</extracomment>
        <translation>Неизвестное значение ({what}): «{value}». Выберите одно из: {choices}.</translation>
    </message>
</context>
<context>
    <name>EventsTable</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_tables.py" line="+161"/>
        <source>When</source>
        <extracomment>Column of the timeline: when the event happened, in the group&apos;s own words.</extracomment>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year</source>
        <extracomment>Column of the timeline: the year as a number, used to sort the events.</extracomment>
        <translation>Год</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>People involved</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations involved</source>
        <translation>Организации-участники</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add event</source>
        <translation>Добавить событие</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The group&apos;s timeline</source>
        <translation>Хронология группы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When it happened, in words: “spring 2005”, “after the first raid”</source>
        <translation>Когда это было, словами: «весна 2005», «после первого рейда»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The year as a number, such as 2005: it puts the timeline in order</source>
        <translation>Год числом, например 2005: по нему события выстраиваются по порядку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names from People and consent are suggested: as each may be shown</source>
        <translation>Подсказываются имена с вкладки «Люди и согласие» — в том виде, в каком их можно показывать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations the library knows are suggested; any other can be typed</source>
        <translation>Предлагаются организации, известные библиотеке; можно вписать и любую другую</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. spring 2005</source>
        <translation>напр. весна 2005</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2005</source>
        <translation>напр. 2005</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened?</source>
        <translation>Что произошло?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names, separated by commas</source>
        <translation>Имена через запятую</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations, separated by commas</source>
        <translation>Организации через запятую</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../src/coact_desktop/words/problems.py" line="+22"/>
        <source>name</source>
        <extracomment>A field of the group profile that is missing, inside a sentence: lower case.</extracomment>
        <translation>название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>city</source>
        <translation>город</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year founded</source>
        <translation>год основания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>models of organising</source>
        <translation>модели самоорганизации</translation>
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
        <translation>У группы пока нет названия: заполните сведения о группе.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The group profile has no {field}.</source>
        <translation>В сведениях о группе не указано: {field}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}” appears in “{where}” but has not agreed to be named. Use their pseudonym, or record their consent under People and consent.</source>
        <translation>В части «{where}» упоминается «{name}», но этот человек не давал согласия на упоминание имени. Используйте псевдоним или отметьте согласие на вкладке «Люди и согласие».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is to be shown by a pseudonym, but none is written yet.</source>
        <translation>{name}: указано, что нужно использовать псевдоним, но сам псевдоним ещё не вписан.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is named in event {number} of the timeline but not listed under People and consent.</source>
        <translation>{name}: это имя есть в событии {number} хронологии, но его нет в разделе «Люди и согласие».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The attachment “{name}” is missing from this computer; remove it and attach it again.</source>
        <translation>Вложения «{name}» нет на этом компьютере; удалите его и прикрепите заново.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The attachment “{name}” has changed since it was attached; remove it and attach it again.</source>
        <translation>Вложение «{name}» изменилось после того, как его прикрепили; удалите его и прикрепите заново.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The attachment “{name}” still carries hidden details (place, camera or author); remove it and attach it again.</source>
        <translation>Во вложении «{name}» остались скрытые сведения (место съёмки, камера или автор); удалите его и прикрепите заново.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is written in the draft yet.</source>
        <translation>В черновике пока ничего не написано.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some pages of “{name}” could not be read to check for names; make sure it names nobody who has not agreed.</source>
        <translation>Некоторые страницы «{name}» не удалось прочитать, чтобы проверить имена; убедитесь, что там не названы люди, не дававшие согласия.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The attachment “{name}” contains the real name of someone who has not agreed to be named. Remove it, or attach a copy without the name.</source>
        <translation>Во вложении «{name}» есть настоящее имя человека, который не давал согласия его называть. Уберите вложение или прикрепите копию без этого имени.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}” is longer than a history sent to Coact may hold; shorten it.</source>
        <translation>«{name}» длиннее, чем может вместить история для Coact; сократите этот текст.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The group profile names more than {limit} languages; one file sent to Coact may hold no more. Keep the main ones.</source>
        <translation>В сведениях о группе указано более {limit} языков; в один файл для Coact больше не поместится. Оставьте основные.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The group profile names more than {limit} models of organising; one file sent to Coact may hold no more. Keep the main ones.</source>
        <translation>В сведениях о группе указано более {limit} моделей самоорганизации; в один файл для Coact больше не поместится. Оставьте основные.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The history has more than {limit} sections; one file sent to Coact may hold no more. Join some of them together.</source>
        <translation>В истории более {limit} разделов; в один файл для Coact больше не поместится. Объедините некоторые из них.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The timeline has more than {limit} events; one file sent to Coact may hold no more. Remove some before sending.</source>
        <translation>В хронологии более {limit} событий; в один файл для Coact больше не поместится. Перед отправкой удалите некоторые из них.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The list of people has more than {limit} names; one file sent to Coact may hold no more. Remove some before sending.</source>
        <translation>В списке на вкладке «Люди и согласие» более {limit} имён; в один файл для Coact больше не поместится. Перед отправкой удалите некоторые из них.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More than {limit} photos and documents are attached; one file sent to Coact may hold no more. Remove some before sending.</source>
        <translation>Прикреплено более {limit} фото и документов; в один файл для Coact больше не поместится. Перед отправкой удалите некоторые из них.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>“{code}” is not a language code Coact can read. In the group profile, choose the language the history is written in, or type its code (such as ky or pt-BR).</source>
        <translation>«{code}» — не код языка, который Coact может прочитать. В профиле группы выберите язык, на котором написана история, или введите его код (например, ky или pt-BR).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The section “{title}” is empty; it will be left out.</source>
        <translation>Раздел «{title}» пустой, он не войдёт в файл.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/gui/export_wizard.py" line="+53"/>
        <source>Send the history to Coact</source>
        <translation>Отправить историю в Coact</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_files_page.py" line="+33"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Photos and PDF documents are copied without their hidden details (place, camera, author, comments). The original file is never copied into Coact Desktop.</source>
        <translation>Фото и PDF-документы копируются без скрытых сведений (место, камера, автор, комментарии). Исходный файл никогда не копируется в Coact Desktop.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attach a photo or document…</source>
        <translation>Прикрепить фото или документ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../src/coact_desktop/gui/find_bar.py" line="+23"/>
        <location line="+1"/>
        <source>Find in this chapter</source>
        <translation>Найти в этой главе</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous</source>
        <extracomment>Find in the chapter: go to the previous match.</extracomment>
        <translation>Предыдущее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Предыдущее совпадение (Shift+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>Следующее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match (Enter)</source>
        <translation>Следующее совпадение (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar (Esc)</source>
        <translation>Закрыть панель поиска (Esc)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>{current} of {total}</source>
        <translation>{current} из {total}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No matches</source>
        <translation>Совпадений нет</translation>
    </message>
</context>
<context>
    <name>FormatBar</name>
    <message>
        <location filename="../src/coact_desktop/gui/markdown_format.py" line="+20"/>
        <source>Bold</source>
        <translation>Жирный</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bold (Ctrl+B)</source>
        <translation>Жирный (Ctrl+B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make this line a heading</source>
        <translation>Сделать эту строку заголовком</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make these lines a list</source>
        <translation>Сделать эти строки списком</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link to a web address (Ctrl+L)</source>
        <translation>Ссылка на веб-адрес (Ctrl+L)</translation>
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
        <location filename="../src/coact_desktop/words/inbox.py" line="+15"/>
        <source>held: check the key</source>
        <translation>ожидает: проверьте ключ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verified</source>
        <extracomment>State of a received bundle: its signature and contents were checked and are good.</extracomment>
        <translation>проверен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the library</source>
        <translation>в библиотеке</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected</source>
        <extracomment>State of a received bundle: Coact decided not to take it.</extracomment>
        <translation>отклонён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replaced by a newer file</source>
        <translation>заменён более новым файлом</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This group&apos;s key was new to Coact when the file came; it is trusted since its words were compared with the group.</source>
        <translation>Ключ этой группы был новым для Coact, когда пришёл файл; ему доверяют с тех пор, как его слова сверили с группой.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This group&apos;s key is new to Coact. Phone the group (on a number you already know, not one from the file) and ask them to read out their key&apos;s words. Trust the key only if every word matches.</source>
        <translation>Этот ключ группы в Coact ещё не знают. Позвоните в группу (по номеру, который вы уже знаете, а не по номеру из файла) и попросите прочитать вслух слова их ключа. Доверяйте ключу, только если совпадает каждое слово.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed with the key Coact already trusts for this group.</source>
        <translation>Подписано ключом, которому Coact уже доверяет для этой группы.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed with a new key that the group&apos;s trusted key handed over to (a signed rotation record).</source>
        <translation>Подписано новым ключом, которому доверенный ключ группы передал свои полномочия (есть подписанная запись о смене ключа).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founded</source>
        <translation>Основана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still active</source>
        <translation>Работает сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models of organising</source>
        <translation>Модели самоорганизации</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>named with consent</source>
        <translation>с согласием на имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pseudonym</source>
        <translation>псевдоним</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People named</source>
        <translation>Упомянутые люди</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/gui/inbox_view.py" line="+50"/>
        <source>Open bundle files…</source>
        <translation>Открыть пакеты…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coact&apos;s identity file…</source>
        <translation>Файл ключа расшифровки Coact…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received bundles</source>
        <translation>Полученные пакеты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened to each file</source>
        <translation>Что произошло с каждым файлом</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Key fingerprint words</source>
        <translation>Слова отпечатка ключа</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The words match: trust this key</source>
        <translation>Слова совпадают: доверять этому ключу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept into the library</source>
        <translation>Принять в библиотеку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject…</source>
        <translation>Отклонить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;nswer the group…</source>
        <translation>&amp;Ответить группе…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The history, as plain text</source>
        <translation>История в виде простого текста</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes since the group&apos;s previous file</source>
        <translation>Изменения по сравнению с предыдущим файлом группы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history</source>
        <translation>История</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes since the previous file</source>
        <translation>Изменения по сравнению с предыдущим файлом</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files that groups send to Coact arrive here. Open one with “Open bundle files…”: it is checked before anything is kept, and nothing goes into the library until you accept it.</source>
        <translation>Сюда попадают файлы, которые группы присылают в Coact. Откройте файл кнопкой «Открыть пакеты…»: сначала он будет проверен, и ничего не попадёт в библиотеку, пока вы это не примете.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Identity: {name}</source>
        <translation>Ключ расшифровки: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No identity file chosen: only unencrypted files can be opened.</source>
        <translation>Файл ключа расшифровки не выбран: можно открыть только незашифрованные файлы.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coact&apos;s age identity file</source>
        <translation>Файл ключа расшифровки Coact (age)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open bundle files</source>
        <translation>Открыть пакеты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coact bundles (*.coact);;All files (*)</source>
        <translation>Пакеты Coact (*.coact);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>{file}: refused. {why}</source>
        <translation>{file}: не принят. {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: already received; nothing changed.</source>
        <translation>{file}: уже получен, ничего не изменилось.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: checked and kept for review.</source>
        <translation>{file}: проверен и сохранён для рассмотрения.</translation>
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
        <translation>Состояние: {state}. Создан {date}, получен {received}. {encrypted}
Ключ {key}. Пакет {bundle}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It was encrypted.</source>
        <translation>Файл был зашифрован.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was NOT encrypted.</source>
        <translation>Файл НЕ был зашифрован.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rejected: {reason}</source>
        <translation>Отклонён: {reason}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This is the first file received from this group.</source>
        <translation>Это первый файл, полученный от этой группы.</translation>
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
        <translation>Изменений нет.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Reject the file</source>
        <translation>Отклонить файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why? (The group can be told.)</source>
        <translation>Почему? (Причину можно будет сообщить группе.)</translation>
    </message>
</context>
<context>
    <name>IndexBuilder</name>
    <message>
        <location filename="../src/coact_desktop/gui/search_index.py" line="+32"/>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../src/coact_desktop/gui/export_key_page.py" line="+34"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase again</source>
        <translation>Парольная фраза ещё раз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Again:</source>
        <extracomment>Label of the field where the passphrase is typed a second time.</extracomment>
        <translation>Ещё раз:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer is old or has little memory (lighter key protection)</source>
        <translation>Этот компьютер старый или у него мало памяти (облегчённая защита ключа)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Make your group&apos;s signing key</source>
        <translation>Создание ключа подписи группы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It shows Coact that the file comes from your group.</source>
        <translation>Он показывает Coact, что файл пришёл от вашей группы.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is your group&apos;s first export. Coact Desktop now makes a signing key, so that Coact can tell that later files come from you. Choose a passphrase of at least 8 characters. Nobody can recover a forgotten passphrase, not even Coact: write it down somewhere safe.</source>
        <translation>Ваша группа отправляет историю впервые. Сейчас Coact Desktop создаст ключ подписи, чтобы в Coact могли убедиться, что следующие файлы пришли именно от вас. Выберите парольную фразу не короче 8 символов. Забытую парольную фразу никто не сможет восстановить, даже Coact: запишите её и храните в надёжном месте.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlock your group&apos;s signing key</source>
        <translation>Разблокировка ключа подписи группы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key signs the file, so Coact knows it is yours.</source>
        <translation>Ключ подписывает файл, и Coact знает, что он ваш.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the passphrase of your group&apos;s signing key.</source>
        <translation>Введите парольную фразу ключа подписи вашей группы.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking the passphrase…</source>
        <translation>Проверка парольной фразы…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Wrong passphrase. Type it again; check the keyboard&apos;s language and Caps Lock.</source>
        <translation>Неверная парольная фраза. Введите её ещё раз; проверьте язык клавиатуры и Caps Lock.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least 8 characters, please.</source>
        <translation>Нужно не меньше 8 символов.</translation>
    </message>
</context>
<context>
    <name>KeysMenu</name>
    <message>
        <location filename="../src/coact_desktop/gui/keys_menu.py" line="+28"/>
        <source>Your group&apos;s signing key…</source>
        <translation>Ключ подписи вашей группы…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up the signing key…</source>
        <translation>Сделать резервную копию ключа подписи…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the signing key from a backup…</source>
        <translation>Восстановить ключ подписи из резервной копии…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the public key…</source>
        <translation>Сохранить открытый ключ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the key with a new one…</source>
        <translation>Заменить ключ на новый…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key {key}

Its words, to read out to Coact by phone:
{words}</source>
        <translation>Ключ {key}

Слова отпечатка ключа — их нужно прочитать сотрудникам Coact по телефону:
{words}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signing key</source>
        <extracomment>The group&apos;s own key that signs its bundles.</extracomment>
        <translation>Ключ подписи</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your group has no signing key yet: it is made on the first export.</source>
        <translation>У вашей группы пока нет ключа подписи: он будет создан при первой отправке истории.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+13"/>
        <source>Back up the signing key</source>
        <translation>Резервная копия ключа подписи</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Passphrase of the signing key:</source>
        <translation>Парольная фраза ключа подписи:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key backup is in {path}. It is still locked by the passphrase: keep the file and the passphrase in different places.</source>
        <translation>Резервная копия ключа сохранена: {path}. Она по-прежнему защищена парольной фразой: храните файл и парольную фразу в разных местах.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>Restore the signing key</source>
        <translation>Восстановление ключа подписи</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Passphrase of the backed-up key:</source>
        <translation>Парольная фраза ключа из резервной копии:</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <source>Save the public key</source>
        <translation>Сохранение открытого ключа</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase of the current key:</source>
        <translation>Парольная фраза текущего ключа:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase for the new key (at least 8 characters):</source>
        <translation>Парольная фраза для нового ключа (не короче 8 символов):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new passphrase again:</source>
        <translation>Новая парольная фраза ещё раз:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>New key</source>
        <translation>Новый ключ</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your group now signs with key {key}; the old key signed the hand-over, and your next file carries it.

Its words:
{words}</source>
        <translation>Теперь ваша группа подписывает файлы ключом {key}. Старый ключ подписал передачу полномочий, и эта запись будет в вашем следующем файле.

Слова отпечатка нового ключа:
{words}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../src/coact_desktop/gui/language_menu.py" line="+57"/>
        <source>Follow the &amp;system</source>
        <translation>Как в &amp;системе</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Everything you have written stays as it is.</source>
        <translation>Всё, что вы написали, останется как есть.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next time it starts, Coact Desktop will be in this language: {language}.</source>
        <translation>При следующем запуске язык Coact Desktop будет: {language}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coact Desktop will follow the system&apos;s language the next time it starts.</source>
        <translation>При следующем запуске Coact Desktop будет на языке системы.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/coact_desktop/gui/main_window.py" line="+106"/>
        <source>A history of drug user organising
by Mat Southwell and Lana Durjava, Coact</source>
        <translation>История самоорганизации людей, употребляющих наркотики
Авторы: Mat Southwell и Lana Durjava, Coact</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Read</source>
        <extracomment>Tab where the history is read (a verb, like &apos;Search&apos;).</extracomment>
        <translation>Чтение</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+635"/>
        <source>A history of drug user organising</source>
        <translation>История самоорганизации людей, употребляющих наркотики</translation>
    </message>
    <message>
        <location line="-604"/>
        <source>Authors</source>
        <extracomment>The line naming who wrote the history.</extracomment>
        <translation>Авторы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edition</source>
        <translation>Издание</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Views</source>
        <extracomment>The tabs of the main window (Read, Organisations, Timeline, Search, drafts).</extracomment>
        <translation>Разделы окна</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Our group&apos;s history</source>
        <translation>История нашей группы</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Opening the library…</source>
        <translation>Открытие библиотеки…</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Edition {number}, {date}</source>
        <translation>Издание {number}, {date}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inbox</source>
        <extracomment>Tab (Coact&apos;s staff only) listing bundles received from groups.</extracomment>
        <translation>Входящие</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reading the last edition published…</source>
        <translation>Чтение последнего опубликованного издания…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The editions workspace cannot open</source>
        <translation>Не удаётся открыть подготовку изданий</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a file</source>
        <translation>Импорт файла</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coact files (*.coactpack *.coactanswer *.coact);;All files (*)</source>
        <translation>Файлы Coact (*.coactpack *.coactanswer *.coact);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Coact&apos;s answer is on the draft it answers.</source>
        <translation>Ответ Coact — в черновике, на который он отвечает.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coact&apos;s answer was not imported. {reason}</source>
        <translation>Ответ Coact не импортирован. {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not imported</source>
        <translation>Не импортировано</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copy the library to a stick</source>
        <translation>Скопировать библиотеку на флешку</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy Coact Desktop to a stick</source>
        <translation>Скопировать Coact Desktop на флешку</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Copied to {path}. Whoever gets it can check it as you did.</source>
        <translation>Скопировано: {path}. Тот, кто получит файл, сможет проверить его так же, как вы.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This is the edition the program came with: nothing new yet.</source>
        <translation>Это издание, с которым пришла программа: нового пока нет.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Preparing search…</source>
        <translation>Подготовка поиска…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Search is not ready. It will be set up the next time you start Coact Desktop.</source>
        <translation>Поиск ещё не готов. Он будет подготовлен при следующем запуске Coact Desktop.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search is not available: {reason}</source>
        <translation>Поиск недоступен: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Coact Desktop cannot open the library</source>
        <translation>Coact Desktop не может открыть библиотеку</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/gui/damaged_library.py" line="+28"/>
        <source>The library database is damaged</source>
        <translation>База данных библиотеки повреждена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile database is damaged. Restore the newest backup ({name})? Changes made since that backup was taken are not in it; the damaged file is kept aside.</source>
        <translation>База данных профиля повреждена. Восстановить последнюю резервную копию ({name})? Изменений, сделанных после её создания, в ней нет; повреждённый файл будет сохранён отдельно.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/gui/main_window.py" line="+67"/>
        <source>(no name yet)</source>
        <translation>(пока без названия)</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Some changes are not saved</source>
        <translation>Некоторые изменения не сохранены</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last changes to your draft could not be saved: {reason}

Keep the window open and try again? If you close now, those changes are lost.</source>
        <translation>Последние изменения черновика не удалось сохранить: {reason}

Оставить окно открытым и попробовать снова? Если закрыть сейчас, эти изменения будут потеряны.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../src/coact_desktop/gui/notice_bar.py" line="+28"/>
        <source>Notice</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the notice</source>
        <translation>Закрыть сообщение</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../src/coact_desktop/gui/export_wizard.py" line="+36"/>
        <source>Where to save the file</source>
        <translation>Куда сохранить файл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history becomes one file. Take it to Coact on a USB stick, or send it by e-mail or messenger.</source>
        <translation>История будет сохранена в один файл. Передайте его в Coact на флешке или отправьте по электронной почте или через мессенджер.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypt it so that only Coact can read it</source>
        <translation>Зашифровать, чтобы файл могли прочитать только в Coact</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without encryption, anyone who gets the file (on a lost USB stick, in an e-mail account, on a phone) can read everything in it. Only send it unencrypted if you are sure.</source>
        <translation>Без шифрования любой, к кому попадёт файл (на потерянной флешке, в почтовом ящике, на телефоне), сможет прочитать всё, что в нём есть. Отправляйте файл без шифрования, только если вы в этом уверены.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name:</source>
        <translation>Имя файла:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a folder</source>
        <translation>Выберите папку</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no such folder. Choose one with “Choose…”.</source>
        <translation>Такой папки нет. Выберите папку кнопкой «Выбрать…».</translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <location filename="../src/coact_desktop/gui/organisations_view.py" line="+38"/>
        <source>Filter by name, other spelling, country or city</source>
        <translation>Фильтр по названию, другому написанию, стране или городу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter organisations</source>
        <translation>Фильтр организаций</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country or region</source>
        <translation>Страна или регион</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+115"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+116"/>
        <source>Founded</source>
        <translation>Основана</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+111"/>
        <source>Other spellings</source>
        <extracomment>Column: other names or spellings of the same organisation.</extracomment>
        <translation>Другие написания</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+116"/>
        <source>Ended</source>
        <extracomment>Column: the year the organisation stopped working.</extracomment>
        <translation>Прекратила работу</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Mentions</source>
        <extracomment>Column: how many passages of the history name the organisation.</extracomment>
        <translation>Упоминания</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Organisation details and passages</source>
        <translation>Сведения об организации и фрагменты текста</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose an organisation to see what the history says of it, and every passage that names it.</source>
        <translation>Выберите организацию, чтобы увидеть, что о ней говорится в истории, и все отрывки, где она упоминается.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Models of organising</source>
        <translation>Модели самоорганизации</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Passages that mention it ({count})</source>
        <translation>Фрагменты с упоминанием ({count})</translation>
    </message>
</context>
<context>
    <name>PaperKeyDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/paper_key_dialog.py" line="+32"/>
        <source>Paper backup of the key</source>
        <translation>Бумажная копия ключа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the drafts with the paper key</source>
        <translation>Открыть черновики бумажным ключом</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>Paper key</source>
        <translation>Бумажный ключ</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again</source>
        <translation>Новая парольная фраза ещё раз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper &amp;key:</source>
        <translation>Бумажный &amp;ключ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Новая парольная фраза:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Show the key</source>
        <translation>Показать &amp;ключ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Open and set</source>
        <translation>&amp;Открыть и задать новую фразу</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>If the passphrase is forgotten, this key written on paper opens the drafts and lets you choose a new passphrase. Anyone who has the paper and this laptop can read the drafts: keep it somewhere safe, away from the laptop, or do without it.

Type the passphrase to show the key.</source>
        <translation>Если парольная фраза забыта, этот ключ, записанный на бумаге, откроет черновики, и вы сможете выбрать новую парольную фразу. Любой, у кого есть эта бумага и этот ноутбук, может прочитать черновики: храните её в надёжном месте, подальше от ноутбука, или не записывайте ключ вовсе.

Чтобы показать ключ, введите парольную фразу.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the 14 groups written on the paper, then choose a new passphrase. A duress passphrase, if one was set, is removed: set it again afterwards.</source>
        <translation>Введите 14 групп, записанных на бумаге, затем выберите новую парольную фразу. Парольная фраза на случай принуждения, если она была задана, будет удалена: после этого задайте её снова.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the paper key.</source>
        <translation>Введите бумажный ключ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Выберите парольную фразу не короче 8 символов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the same new passphrase twice.</source>
        <translation>Введите одну и ту же новую парольную фразу дважды.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening…</source>
        <translation>Открытие…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy it onto paper, in this order. It changes only after a quick delete.</source>
        <translation>Перепишите его на бумагу в этом порядке. Он изменится только после быстрого удаления.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/passphrase_dialog.py" line="+40"/>
        <source>Protect drafts with a passphrase</source>
        <translation>Защитить черновики парольной фразой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the passphrase</source>
        <translation>Изменить парольную фразу</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Duress passphrase</source>
        <translation>Парольная фраза на случай принуждения</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again</source>
        <translation>Новая парольная фраза ещё раз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duress passphrase again</source>
        <translation>Парольная фраза на случай принуждения ещё раз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also set a &amp;duress passphrase</source>
        <translation>&amp;Также задать парольную фразу на случай принуждения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typing the duress passphrase &amp;quick-deletes the drafts first, for good</source>
        <translation>При вводе парольной фразы на случай принуждения черновики сначала &amp;быстро удаляются навсегда</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Новая парольная фраза:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>D&amp;uress passphrase:</source>
        <translation>Парольная фраза на &amp;случай принуждения:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duress a&amp;gain:</source>
        <translation>Ещё &amp;раз (на случай принуждения):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Protect</source>
        <translation>&amp;Защитить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Set</source>
        <translation>&amp;Задать</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove the duress passphrase</source>
        <translation>&amp;Удалить парольную фразу на случай принуждения</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing is re-encrypted: the drafts keep their key, and only the passphrase that opens it changes.</source>
        <translation>Ничего не шифруется заново: у черновиков остаётся прежний ключ, меняется только парольная фраза, которая его открывает.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Typed instead of the passphrase, a duress passphrase opens the program with none of your drafts in it, and nothing on the screen says which one was typed. It does not protect against a copy of the disk made before it was typed.</source>
        <translation>Если ввести парольную фразу на случай принуждения вместо обычной, программа откроется без ваших черновиков, и ничто на экране не покажет, какую фразу ввели. Она не защищает от копии диска, сделанной до того, как её ввели.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The duress passphrase must differ from your usual passphrase.</source>
        <translation>Парольная фраза на случай принуждения должна отличаться от вашей обычной парольной фразы.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Type the passphrase that opens the drafts now.</source>
        <translation>Введите парольную фразу, которой сейчас открываются черновики.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Your drafts, the people named in them, the inbox and the group&apos;s signing key will be encrypted on this computer. Each time the program starts you type the passphrase once to open them; the history can be read without it.

If you forget this passphrase, nobody can open your drafts again, not even Coact. Write it on paper and keep it somewhere safe, away from the laptop.</source>
        <translation>Ваши черновики, список упомянутых в них людей, входящие и ключ подписи группы будут зашифрованы на этом компьютере. При каждом запуске программы вы один раз вводите парольную фразу, чтобы открыть их; историю можно читать и без неё.

Если вы забудете эту парольную фразу, никто больше не сможет открыть ваши черновики, даже Coact. Запишите её на бумаге и храните в надёжном месте, подальше от ноутбука.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Выберите парольную фразу не короче 8 символов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the same new passphrase twice.</source>
        <translation>Введите одну и ту же новую парольную фразу дважды.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a duress passphrase of at least 8 characters.</source>
        <translation>Выберите парольную фразу на случай принуждения не короче 8 символов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the same duress passphrase twice.</source>
        <translation>Введите одну и ту же парольную фразу на случай принуждения дважды.</translation>
    </message>
</context>
<context>
    <name>PeopleTable</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_tables.py" line="-95"/>
        <source>Real name</source>
        <translation>Настоящее имя</translation>
    </message>
    <message>
        <location line="-182"/>
        <location line="+182"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pseudonym</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add person</source>
        <translation>Добавить человека</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People and their consent</source>
        <translation>Люди и их согласие</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Named, with consent</source>
        <extracomment>Consent of a person named in the draft (a choice in the people table).</extracomment>
        <translation>Имя с согласия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pseudonym only</source>
        <translation>Только псевдоним</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withheld: not shown</source>
        <translation>Скрыто: не показывать</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_dialogs.py" line="+72"/>
        <source>The group&apos;s name</source>
        <translation>Название группы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not given</source>
        <extracomment>Shown in the &apos;year founded&apos; field when the group gave no year.</extracomment>
        <translation>не указан</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Group profile</source>
        <translation>Сведения о группе</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language of the draft</source>
        <translation>Язык черновика</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not given</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, still active</source>
        <translation>Да, работает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, no longer active</source>
        <translation>Нет, больше не работает</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. English, Russian</source>
        <translation>например: английский, русский</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models of organising</source>
        <translation>Модели самоорганизации</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year founded</source>
        <translation>Год основания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still active</source>
        <translation>Работает сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This history is written in</source>
        <translation>Язык этой истории</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The group&apos;s models of organising</source>
        <translation>Модели самоорганизации группы</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the group&apos;s name to go on; everything else can wait.</source>
        <translation>Чтобы продолжить, укажите название группы; всё остальное можно заполнить позже.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is missing</source>
        <translation>Чего не хватает</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Give the group&apos;s name first.</source>
        <translation>Сначала укажите название группы.</translation>
    </message>
</context>
<context>
    <name>ProfileSafety</name>
    <message>
        <location filename="../src/coact_desktop/gui/profile_safety.py" line="+51"/>
        <location line="+60"/>
        <source>&amp;Protect drafts with a passphrase…</source>
        <translation>Защитить черновики парольной &amp;фразой…</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>D&amp;uress passphrase…</source>
        <translation>Па&amp;рольная фраза на случай принуждения…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper &amp;backup of the key…</source>
        <translation>Бумажная &amp;копия ключа…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock drafts</source>
        <translation>&amp;Заблокировать черновики</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock &amp;when idle</source>
        <translation>&amp;Блокировать при бездействии</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After {minutes} minutes</source>
        <translation>Через {minutes} минут</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quick delete after wron&amp;g passphrases</source>
        <translation>Быстрое удаление после неверных п&amp;арольных фраз</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After {count} wrong passphrases in a row</source>
        <translation>После {count} неверных парольных фраз подряд</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never</source>
        <comment>quick delete after wrong passphrases</comment>
        <extracomment>The choice that leaves quick delete after wrong passphrases off.</extracomment>
        <translation>Никогда</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quic&amp;k delete…</source>
        <translation>Быстрое &amp;удаление…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Change the &amp;passphrase…</source>
        <translation>Изменить парольную &amp;фразу…</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The drafts are locked.</source>
        <translation>Черновики заблокированы.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Your drafts, their photos and files, the inbox and the keys are now encrypted on this computer.</source>
        <translation>Ваши черновики, их фото и файлы, входящие и ключи теперь зашифрованы на этом компьютере.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase was changed.</source>
        <translation>Парольная фраза изменена.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The duress passphrase was removed.</source>
        <translation>Парольная фраза на случай принуждения удалена.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The duress passphrase was set.</source>
        <translation>Парольная фраза на случай принуждения задана.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Encrypting your drafts…</source>
        <translation>Шифрование ваших черновиков…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Protect drafts with a passphrase</source>
        <translation>Защитить черновики парольной фразой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypting your drafts and sealing their photos and files…</source>
        <translation>Шифрование ваших черновиков и прикреплённых к ним фото и файлов…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled: the drafts are not protected, as before.</source>
        <translation>Отменено: черновики, как и раньше, не защищены.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing was changed</source>
        <translation>Ничего не изменено</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Quick delete after wrong passphrases</source>
        <translation>Быстрое удаление после неверных парольных фраз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After {count} wrong passphrases in a row, your drafts, the inbox, photos, keys and backups are destroyed for good, as by quick delete, and nothing on the screen says so.

A mistyped passphrase, another keyboard language or a child at the keyboard can set it off. It does not help against someone who copies the disk before trying. Turn it on?</source>
        <translation>После {count} неверных парольных фраз подряд ваши черновики, входящие, фотографии, ключи и резервные копии будут уничтожены навсегда, как при быстром удалении, и ничто на экране об этом не сообщит.

Это может сработать от опечатки в парольной фразе, от другого языка клавиатуры или если за клавиатуру сядет ребёнок. Это не защищает от того, кто сначала скопирует диск, а потом будет подбирать фразу. Включить?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Turn it on</source>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Quick delete after wrong passphrases is off.</source>
        <translation>Быстрое удаление после неверных парольных фраз выключено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After {count} wrong passphrases in a row, everything private is deleted.</source>
        <translation>После {count} неверных парольных фраз подряд всё личное будет удалено.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The drafts are open, under the new passphrase. Set a duress passphrase again if you had one.</source>
        <translation>Черновики открыты, теперь у них новая парольная фраза. Если у вас была парольная фраза на случай принуждения, задайте её снова.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Deleting…</source>
        <translation>Удаление…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Quick delete</source>
        <translation>Быстрое удаление</translation>
    </message>
</context>
<context>
    <name>ProgramShare</name>
    <message>
        <location filename="../src/coact_desktop/gui/program_share.py" line="+43"/>
        <source>Copying Coact Desktop and checking the copy…</source>
        <translation>Копирование Coact Desktop и проверка копии…</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+55"/>
        <source>Copy Coact Desktop to a stick</source>
        <translation>Скопировать Coact Desktop на флешку</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Coact Desktop {version} is copied to {folder} and the copy checked. Whoever gets it can check it too: with this program (coact-desktop release verify FOLDER), or with sha256sum -c RELEASE-SHA256SUMS and minisign -V inside the folder.</source>
        <translation>Coact Desktop {version} скопирована в {folder}, копия проверена. Тот, кто её получит, тоже может её проверить: этой программой (coact-desktop release verify ПАПКА) или командами sha256sum -c RELEASE-SHA256SUMS и minisign -V внутри папки.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The library&apos;s newest edition is copied to {path}.</source>
        <translation>Новейшее издание библиотеки скопировано в {path}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied</source>
        <extracomment>Title of a message: the program&apos;s files were copied.</extracomment>
        <translation>Скопировано</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coact Desktop is copied to {folder}.</source>
        <translation>Coact Desktop скопирована в {folder}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was copied.</source>
        <translation>Ничего не скопировано.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../src/coact_desktop/gui/task_progress.py" line="+15"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
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
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Справка</translation>
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
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Завершить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>Подтвердить</translation>
    </message>
</context>
<context>
    <name>QuickDelete</name>
    <message>
        <location filename="../src/coact_desktop/words/quick_delete.py" line="+16"/>
        <source>the key to your drafts (destroyed first)</source>
        <translation>ключ к вашим черновикам (уничтожен первым)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the encrypted drafts, inbox and keys</source>
        <translation>зашифрованные черновики, входящие и ключи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drafts, inbox and keys</source>
        <translation>черновики, входящие и ключи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>photos and files attached to drafts</source>
        <translation>фотографии и файлы, прикреплённые к черновикам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backups</source>
        <translation>резервные копии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key files</source>
        <translation>файлы ключей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the log</source>
        <translation>журнал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>temporary files</source>
        <translation>временные файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the plan of the next edition</source>
        <translation>план следующего издания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the count of wrong passphrases</source>
        <translation>счётчик неверных парольных фраз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folders, files and drafts remembered in settings</source>
        <translation>папки, файлы и черновики, запомненные в настройках</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There was nothing private to remove.</source>
        <translation>Личных данных для удаления не было.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed: {items}. The library is still here.</source>
        <extracomment>{items} is a list of what was removed, separated by semicolons.</extracomment>
        <translation>Удалено: {items}. Библиотека осталась на месте.</translation>
    </message>
</context>
<context>
    <name>QuickDeleteDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/quick_delete_dialog.py" line="+26"/>
        <source>Quick delete</source>
        <translation>Быстрое удаление</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delete</source>
        <extracomment>The word typed to confirm quick delete: one short, ordinary word.</extracomment>
        <translation>удалить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This destroys, for good, your group&apos;s drafts and the people named in them, attached files, the inbox, keys, backups and the log. The history stays, so the program looks like any reader&apos;s. Nobody can bring the drafts back, not even with the passphrase.

Type {word} to go on.</source>
        <translation>Будут навсегда уничтожены черновики вашей группы и список упомянутых в них людей, прикреплённые файлы, входящие, ключи, резервные копии и журнал. История останется, поэтому программа будет выглядеть так же, как у любого читателя. Черновики не сможет вернуть никто, даже с парольной фразой.

Чтобы продолжить, введите «{word}».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Confirmation word</source>
        <extracomment>The field where the confirming word is typed.</extracomment>
        <translation>Слово для подтверждения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Countdown</source>
        <translation>Обратный отсчёт</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete now</source>
        <translation>&amp;Удалить сейчас</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Deleting in {seconds}… Press Cancel or Esc to stop.</source>
        <translation>Удаление через {seconds}… Чтобы остановить, нажмите «Отмена» или Esc.</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../src/coact_desktop/gui/rendering.py" line="+28"/>
        <source>From the history of {group}, in its own words</source>
        <translation>Из истории группы «{group}», рассказанной её участниками</translation>
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
        <translation>текстовый файл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a copy ({kind}, {size})…</source>
        <translation>Сохранить копию ({kind}, {size})…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>under 1 KB</source>
        <translation>меньше 1 КБ</translation>
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
    <message>
        <location filename="../src/coact_desktop/gui/media_save.py" line="+32"/>
        <source>file from a group history</source>
        <translation>файл из истории группы</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A copy is saved in {path}.</source>
        <translation>Копия сохранена в {path}.</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../src/coact_desktop/gui/reader_view.py" line="+93"/>
        <source>Chapter text</source>
        <translation>Текст главы</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>← Previous: {title}</source>
        <translation>← Назад: {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: {title} →</source>
        <translation>Далее: {title} →</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_dialogs.py" line="+39"/>
        <source>Revision history</source>
        <translation>История версий</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revisions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/words/revisions.py" line="+15"/>
        <source>started</source>
        <extracomment>Why a revision of a draft was saved: the draft was started.</extracomment>
        <translation>создание черновика</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imported</source>
        <extracomment>Why a revision was saved: the draft was imported from a file.</extracomment>
        <translation>импорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saved while writing</source>
        <translation>сохранение по ходу работы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restored an earlier revision</source>
        <translation>восстановление более ранней версии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>изменения</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/gui/draft_dialogs.py" line="+3"/>
        <source>Revision {number} · {when} · {reason} · {size}</source>
        <extracomment>One line of the revision list: its number, date and time, why it was saved, length.</extracomment>
        <translation>Версия {number} · {when} · {reason} · {size}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Differences from the text now</source>
        <translation>Отличия от текущего текста</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore this revision</source>
        <translation>Восстановить эту версию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People and consent</source>
        <translation>Люди и согласие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and files</source>
        <translation>Фото и файлы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founded</source>
        <translation>Год основания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still active</source>
        <translation>Действует сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models of organising</source>
        <translation>Модели самоорганизации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the draft</source>
        <translation>Язык черновика</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>undated</source>
        <extracomment>An event of the timeline that has no date.</extracomment>
        <translation>без даты</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>named</source>
        <extracomment>Consent of a person in the draft: agreed to be named with the real name.</extracomment>
        <translation>с именем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pseudonym</source>
        <translation>псевдоним</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withheld</source>
        <extracomment>Consent of a person: neither the name nor the pseudonym is shown.</extracomment>
        <translation>скрыто</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../src/coact_desktop/gui/search_view.py" line="+39"/>
        <source>Search the history (Ctrl+K)</source>
        <translation>Поиск по всей книге (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the history</source>
        <translation>Поиск по всей книге</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by chapter</source>
        <translation>Фильтр по главе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by model of organising</source>
        <translation>Фильтр по модели самоорганизации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by country</source>
        <translation>Фильтр по стране</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by decade</source>
        <translation>Фильтр по десятилетию</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>All chapters</source>
        <translation>Все главы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All models</source>
        <translation>Все модели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All decades</source>
        <translation>Все десятилетия</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Preparing search…</source>
        <translation>Подготовка поиска…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a word or a name. Word forms and misspellings are found too.</source>
        <translation>Введите слово или имя. Поиск найдёт и другие формы слова, и написания с ошибками.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No exact matches. Showing close spellings:</source>
        <translation>Точных совпадений нет. Показаны похожие написания:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Coact&apos;s history is written in English: try an English word. Each group&apos;s own history is found in the language it is written in.</source>
        <translation>История Coact написана на английском языке: попробуйте ввести английское слово. Историю каждой группы можно найти на том языке, на котором она написана.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{shown} of %n results</source>
        <extracomment>{shown} results are listed of %n found in all.</extracomment>
        <translation>
            <numerusform>{shown} из %n результата</numerusform>
            <numerusform>{shown} из %n результатов</numerusform>
            <numerusform>{shown} из %n результатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n results</source>
        <translation>
            <numerusform>%n результат</numerusform>
            <numerusform>%n результата</numerusform>
            <numerusform>%n результатов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Did you mean {suggestion}?</source>
        <translation>Возможно, вы имели в виду {suggestion}?</translation>
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
            <numerusform>%n слов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n characters</source>
        <extracomment>The length of a text in Thai, Lao, Khmer, Myanmar, Chinese or Japanese, which do not put spaces between words: its letters are counted instead.</extracomment>
        <translation>
            <numerusform>%n символ</numerusform>
            <numerusform>%n символа</numerusform>
            <numerusform>%n символов</numerusform>
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
        <translation>{decade}-е</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open this passage in the reader</source>
        <translation>Открыть этот фрагмент на вкладке «Чтение»</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <location filename="../src/coact_desktop/gui/unlock_panel.py" line="+24"/>
        <source>Your group&apos;s drafts are locked</source>
        <translation>Черновики вашей группы заблокированы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>They are encrypted on this computer. Type your passphrase to open them. The history can be read and searched without it.</source>
        <translation>Они зашифрованы на этом компьютере. Чтобы открыть их, введите свою парольную фразу. Историю можно читать и искать по ней без парольной фразы.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase</source>
        <extracomment>The field where the passphrase of the group&apos;s drafts is typed.</extracomment>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forgotten? Use the &amp;paper key…</source>
        <translation>Забыли парольную фразу? Используйте &amp;бумажный ключ…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Opening…</source>
        <translation>Открытие…</translation>
    </message>
</context>
<context>
    <name>WhatsNewView</name>
    <message>
        <location filename="../src/coact_desktop/gui/whats_new_view.py" line="+39"/>
        <source>What&apos;s new in edition {edition}</source>
        <translation>Что нового в издании {edition}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;{title}&lt;/b&gt;, edition {edition}, from {date}.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;, издание {edition}, от {date}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The editors wrote no notes for this edition.</source>
        <translation>Редакторы не оставили заметок к этому изданию.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chapters added, changed and removed</source>
        <translation>Добавленные, изменённые и удалённые главы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chapter, with what changed marked</source>
        <translation>Глава, изменения отмечены</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open this chapter</source>
        <translation>&amp;Открыть эту главу</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Added ({n})</source>
        <extracomment>Heading in What&apos;s new: chapters added since the last edition; {n} is how many.</extracomment>
        <translation>Добавлено ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed ({n})</source>
        <translation>Изменено ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed ({n})</source>
        <translation>Удалено ({n})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No chapter changed in this edition.</source>
        <translation>В этом издании главы не менялись.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>New in this edition.</source>
        <translation>Новое в этом издании.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No longer in this edition.</source>
        <translation>Больше нет в этом издании.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Struck-through words were taken out; underlined words are new.</source>
        <translation>Зачёркнутые слова убраны; подчёркнутые — новые.</translation>
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
        <translation>&amp;Новый черновик…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import a file…</source>
        <translation>&amp;Импортировать файл…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy the library to a stick…</source>
        <translation>&amp;Скопировать библиотеку на флешку…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Coact &amp;Desktop to a stick…</source>
        <translation>Скопировать &amp;программу на флешку…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export the open draft…</source>
        <translation>&amp;Экспортировать открытый черновик…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find in chapter</source>
        <translation>&amp;Найти в главе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search the history</source>
        <translation>&amp;Поиск по всей книге</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What&apos;s new in this edition</source>
        <translation>&amp;Что нового в этом издании</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous chapter</source>
        <translation>Пр&amp;едыдущая глава</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ne&amp;xt chapter</source>
        <translation>С&amp;ледующая глава</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom &amp;out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Normal size</source>
        <translation>&amp;Обычный размер</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keys</source>
        <translation>&amp;Ключи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Coact</source>
        <translation>&amp;Coact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inbox of received files</source>
        <translation>&amp;Входящие: полученные файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Editions workspace…</source>
        <translation>&amp;Подготовка изданий…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open received files…</source>
        <translation>&amp;Открыть полученные файлы…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Coact Desktop</source>
        <translation>&amp;О программе Coact Desktop</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>In a draft: text, timeline, people, files</source>
        <translation>В черновике: текст, хронология, люди, файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a draft&apos;s timeline or people: add a row</source>
        <translation>В хронологии или списке людей черновика: добавить строку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a draft&apos;s text: bold, link</source>
        <translation>В тексте черновика: жирный, ссылка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a table: the next or the previous cell</source>
        <translation>В таблице: следующая или предыдущая ячейка</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About Coact Desktop</source>
        <translation>О программе Coact Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Coact Desktop {version}&lt;/h3&gt;&lt;p&gt;A history of drug user organising, written by Mat Southwell and Lana Durjava, Coact. The text is reproduced verbatim.&lt;/p&gt;&lt;p&gt;Works offline. Nothing is sent anywhere.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Coact Desktop {version}&lt;/h3&gt;&lt;p&gt;«A history of drug user organising» — история самоорганизации людей, употребляющих наркотики. Авторы: Мэт Саутвелл и Лана Дурьява, Coact. Текст приводится дословно.&lt;/p&gt;&lt;p&gt;Работает без интернета. Ничего никуда не отправляется.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>WritePage</name>
    <message>
        <location filename="../src/coact_desktop/gui/export_write_page.py" line="+33"/>
        <location line="+59"/>
        <source>Writing the file</source>
        <translation>Запись файла</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>This takes a moment; Cancel stops it and leaves nothing behind.</source>
        <translation>Это займёт немного времени; «Отмена» остановит запись и ничего не оставит.</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Key fingerprint words</source>
        <translation>Слова отпечатка ключа</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show the folder</source>
        <translation>Показать папку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the file&apos;s path</source>
        <translation>Скопировать путь к файлу</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back, to change the folder or the key</source>
        <translation>Назад, чтобы изменить папку или ключ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Signing and writing…</source>
        <translation>Подписываем и записываем…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The file is ready</source>
        <translation>Файл готов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send it to Coact in any way that suits you.</source>
        <translation>Отправьте его в Coact любым удобным вам способом.</translation>
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
        <translation>Файл сохранён: {path} ({size}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is file number {n} from your group.</source>
        <translation>Это файл № {n} от вашей группы.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is NOT encrypted: keep it safe.</source>
        <translation>Файл НЕ зашифрован: храните его в надёжном месте.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A signing key was made for your group. Make a backup of it (Keys → Back up the signing key…) and keep the passphrase apart from the backup.</source>
        <translation>Для вашей группы создан ключ подписи. Сделайте его резервную копию (Ключи → Сделать резервную копию ключа подписи…) и храните парольную фразу отдельно от резервной копии.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When Coact receives your first file they will phone you to compare these words. Read them out; never send them with the file:</source>
        <translation>Когда ваш первый файл придёт в Coact, вам позвонят, чтобы сверить эти слова. Прочитайте их вслух по телефону; никогда не отправляйте их вместе с файлом:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your key&apos;s words, in case Coact asks for them again (by phone, never with the file):</source>
        <translation>Слова вашего ключа — на случай, если Coact спросит их снова (по телефону, никогда не вместе с файлом):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing was written.</source>
        <translation>Ничего не записано.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file was not written. {reason}</source>
        <translation>Файл не записан. {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No program to show folders was found. The file is here: {path}</source>
        <translation>Не найдена программа для показа папок. Файл находится здесь: {path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied: {path}</source>
        <translation>Скопировано: {path}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../src/coact_desktop/gui/app.py" line="+122"/>
        <source>Coact Desktop cannot start</source>
        <translation>Не удаётся запустить Coact Desktop</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Coact Desktop is already open with this profile. Use the window that is open (two windows could overwrite each other&apos;s writing).</source>
        <translation>Coact Desktop уже открыт с этим профилем. Работайте в открытом окне (два окна могли бы затирать записи друг друга).</translation>
    </message>
</context>
</TS>
