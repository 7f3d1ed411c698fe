<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ContentsView</name>
    <message>
        <location filename="../src/coact_desktop/gui/contents_view.py" line="+21"/>
        <source>Contents</source>
        <translation>Оглавление</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Models of organising</source>
        <translation>Модели самоорганизации</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../src/coact_desktop/gui/drafts_view.py" line="+419"/>
        <source>Group profile…</source>
        <translation>Сведения о группе…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision history…</source>
        <translation>История версий…</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+2"/>
        <source>Use the pseudonym everywhere</source>
        <translation>Заменить псевдонимом везде</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach a photo or text…</source>
        <translation>Прикрепить фото или текст…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Photos are copied without their hidden details (place, camera, author). The original file is never copied into Coact Desktop.</source>
        <translation>Фотографии копируются без скрытых сведений (место съёмки, камера, автор). Исходный файл никогда не копируется в Coact Desktop.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Preview</source>
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
        <location line="+6"/>
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
        <location line="+2"/>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link to a web address (Ctrl+L)</source>
        <translation>Ссылка на веб-адрес (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save status</source>
        <translation>Состояние сохранения</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+206"/>
        <source>People and consent</source>
        <translation>Люди и согласие</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Photos and files</source>
        <translation>Фото и файлы</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>(no name yet)</source>
        <translation>(пока без названия)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>People and consent ({count} to check)</source>
        <translation>Люди и согласие (проверить: {count})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“{name}” is named in this section but has not agreed to be named. Use their pseudonym instead, or record their consent under People.</source>
        <translation>«{name}» упоминается в этом разделе, но не давал(а) согласия на упоминание имени. Используйте псевдоним или отметьте согласие на вкладке «Люди и согласие».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give them a pseudonym under People first.</source>
        <translation>Сначала задайте псевдоним на вкладке «Люди и согласие».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{count} words</source>
        <translation>Слов: {count}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 word</source>
        <translation>Слов: 1</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location filename="../src/coact_desktop/gui/draft_tables.py" line="+46"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A year such as 1998; a date in words goes under When.</source>
        <translation>Год, например 1998; дату словами укажите в столбце «Когда».</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <location filename="../src/coact_desktop/gui/drafts_view.py" line="+44"/>
        <source>How the group began</source>
        <translation>Как появилась группа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the group does</source>
        <translation>Чем занимается группа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestones</source>
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
        <location line="+7"/>
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
        <location line="-802"/>
        <source>Drafts</source>
        <translation>Черновики</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+67"/>
        <location line="+135"/>
        <source>(no name yet)</source>
        <translation>(пока без названия)</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Coact Desktop did not close properly last time. Your draft is back as it was at its last autosave ({time}).</source>
        <translation>В прошлый раз Coact Desktop закрылась некорректно. Ваш черновик восстановлен в том виде, в каком он был при последнем автосохранении ({time}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All changes saved.</source>
        <translation>Все изменения сохранены.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>All changes saved ({time}).</source>
        <translation>Все изменения сохранены ({time}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not saved yet: {reason} Your text is kept and will be saved again.</source>
        <translation>Пока не сохранено: {reason} Ваш текст не потерян, программа попробует сохранить его ещё раз.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Attach a photo or a text file</source>
        <translation>Прикрепить фото или текстовый файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos and text (*.jpg *.jpeg *.png *.txt *.md)</source>
        <translation>Фото и текст (*.jpg *.jpeg *.png *.txt *.md)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Caption</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location line="+0"/>
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
    <name>Errors</name>
    <message>
        <location filename="../src/coact_desktop/gui/errors.py" line="+17"/>
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
</context>
<context>
    <name>EventsTable</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_tables.py" line="+91"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+5"/>
        <source>Previous</source>
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
    <name>MainWindow</name>
    <message>
        <location filename="../src/coact_desktop/gui/main_window.py" line="+70"/>
        <source>Coact Desktop — A history of drug user organising</source>
        <translation>Coact Desktop — История самоорганизации людей, употребляющих наркотики</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A history of drug user organising
by Mat Southwell and Lana Durjava, Coact</source>
        <translation>История самоорганизации людей, употребляющих наркотики
Авторы: Mat Southwell и Lana Durjava, Coact</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Read</source>
        <translation>Чтение</translation>
    </message>
    <message>
        <location line="+38"/>
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
        <location line="-29"/>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Authors</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Our group&apos;s history</source>
        <translation>История нашей группы</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Coact Desktop</source>
        <translation>&amp;О программе Coact Desktop</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Opening the library…</source>
        <translation>Открытие библиотеки…</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Preparing search…</source>
        <translation>Подготовка поиска…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Search is not ready. It will be set up the next time you start Coact Desktop.</source>
        <translation>Поиск ещё не готов. Он будет подготовлен при следующем запуске Coact Desktop.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search is not available: {reason}</source>
        <translation>Поиск недоступен: {reason}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Coact Desktop cannot open the library</source>
        <translation>Coact Desktop не может открыть библиотеку</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The library database is damaged</source>
        <translation>База данных библиотеки повреждена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile database is damaged. Restore the newest backup ({name})? Changes made since that backup was taken are not in it; the damaged file is kept aside.</source>
        <translation>База данных профиля повреждена. Восстановить последнюю резервную копию ({name})? Изменений, сделанных после её создания, в ней нет; повреждённый файл будет сохранён отдельно.</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>About Coact Desktop</source>
        <translation>О программе Coact Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Coact Desktop&lt;/h3&gt;&lt;p&gt;A history of drug user organising, written by Mat Southwell and Lana Durjava, Coact. The text is reproduced verbatim.&lt;/p&gt;&lt;p&gt;Works offline. Nothing is sent anywhere.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Coact Desktop&lt;/h3&gt;&lt;p&gt;История самоорганизации людей, употребляющих наркотики. Авторы: Mat Southwell и Lana Durjava, Coact. Текст воспроизведён дословно, без изменений.&lt;/p&gt;&lt;p&gt;Программа работает без интернета и ничего никуда не отправляет.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+50"/>
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
    <name>OrganisationsView</name>
    <message>
        <location filename="../src/coact_desktop/gui/organisations_view.py" line="+37"/>
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
        <location line="+2"/>
        <source>Country or region</source>
        <translation>Страна или регион</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+100"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="-99"/>
        <location line="+101"/>
        <source>Founded</source>
        <translation>Основана</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+96"/>
        <source>Other spellings</source>
        <translation>Другие написания</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+102"/>
        <source>Ended</source>
        <translation>Прекратила работу</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Mentions</source>
        <translation>Упоминания</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Organisation details and passages</source>
        <translation>Сведения об организации и фрагменты текста</translation>
    </message>
    <message>
        <location line="+65"/>
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
        <location line="+10"/>
        <source>Passages that mention it ({count})</source>
        <translation>Фрагменты с упоминанием ({count})</translation>
    </message>
</context>
<context>
    <name>PeopleTable</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_tables.py" line="-63"/>
        <source>Real name</source>
        <translation>Настоящее имя</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+27"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location line="-27"/>
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
        <location line="+5"/>
        <source>Named, with consent</source>
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
        <location filename="../src/coact_desktop/gui/draft_dialogs.py" line="+63"/>
        <source>The group&apos;s name</source>
        <translation>Название группы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not given</source>
        <translation>не указан</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Group profile</source>
        <translation>Сведения о группе</translation>
    </message>
    <message>
        <location line="+20"/>
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
        <location line="+15"/>
        <source>Give the group&apos;s name first.</source>
        <translation>Сначала укажите название группы.</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../src/coact_desktop/gui/reader_view.py" line="+61"/>
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
        <location filename="../src/coact_desktop/gui/draft_dialogs.py" line="+38"/>
        <source>Revision history</source>
        <translation>История версий</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revisions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>started</source>
        <translation>создание черновика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported</source>
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
        <location line="+3"/>
        <source>Revision {number} · {when} · {reason} · {words} words</source>
        <translation>Версия {number} · {when} · {reason} · слов: {words}</translation>
    </message>
    <message>
        <location line="+11"/>
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
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../src/coact_desktop/gui/search_view.py" line="+36"/>
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
        <location line="+4"/>
        <source>{shown} of {count} results</source>
        <translation>Показано {shown} из {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 result</source>
        <translation>1 результат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} results</source>
        <translation>Результатов: {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Did you mean {suggestion}?</source>
        <translation>Возможно, вы имели в виду {suggestion}?</translation>
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
        <location line="+16"/>
        <source>{decade}s</source>
        <translation>{decade}-е</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open this passage in the reader</source>
        <translation>Открыть этот фрагмент на вкладке «Чтение»</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../src/coact_desktop/gui/app.py" line="+72"/>
        <source>Coact Desktop cannot start</source>
        <translation>Не удаётся запустить Coact Desktop</translation>
    </message>
</context>
</TS>
