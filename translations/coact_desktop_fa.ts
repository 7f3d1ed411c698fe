<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa" sourcelanguage="en">
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/answer_dialog.py" line="+57"/>
        <source>Answer {group}, file {n}</source>
        <translation>پاسخ به {group}، فایل {n}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A word to the group</source>
        <translation>پیام به گروه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not in an edition yet</source>
        <translation>هنوز در هیچ ویراستی نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The edition the history went into</source>
        <translation>ویراستی که تاریخچه در آن آمده است</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history&apos;s sections</source>
        <translation>بخش‌های تاریخچه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A note on this section</source>
        <translation>یادداشتی برای این بخش</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coact&apos;s wording of this section</source>
        <translation>متن Coact برای این بخش</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publishing key file</source>
        <translation>فایل کلید انتشار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase of the publishing key</source>
        <translation>عبارت عبور کلید انتشار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder to save the answer in</source>
        <translation>پوشه‌ای برای ذخیرهٔ پاسخ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>W&amp;rite the answer…</source>
        <translation>&amp;نوشتن پاسخ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Decision:</source>
        <translation>&amp;تصمیم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;word to the group:</source>
        <translation>&amp;پیام به گروه:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In &amp;edition:</source>
        <translation>در &amp;ویراست:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note on this section:</source>
        <translation>&amp;یادداشت برای این بخش:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coact&apos;s wording (leave it as the group wrote it to suggest no change):</source>
        <translation>متن Coact (اگر تغییری پیشنهاد نمی‌کنید، آن را همان‌گونه که گروه نوشته است بگذارید):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Sections:</source>
        <translation>&amp;بخش‌ها:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publishing &amp;key:</source>
        <translation>&amp;کلید انتشار:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;عبارت عبور:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;to:</source>
        <translation>&amp;ذخیره در:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The answer is encrypted to the group: only its program can read it.</source>
        <translation>پاسخ برای این گروه رمزنگاری می‌شود: فقط برنامهٔ همین گروه می‌تواند آن را بخواند.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This group&apos;s file named no key for answers (an older program): the answer is signed but not encrypted, and whoever carries it can read it.</source>
        <translation>فایل این گروه کلیدی برای پاسخ‌ها نداشت (از برنامه‌ای قدیمی‌تر): پاسخ امضا می‌شود اما رمزنگاری نمی‌شود، و هر کسی که آن را همراه داشته باشد می‌تواند آن را بخواند.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The publishing key</source>
        <translation>کلید انتشار</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the answer in</source>
        <translation>ذخیرهٔ پاسخ در</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the publishing key file first.</source>
        <translation>لطفاً ابتدا فایل کلید انتشار را انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a folder to save the answer in.</source>
        <translation>لطفاً پوشه‌ای برای ذخیرهٔ پاسخ انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is there already: choose another folder.</source>
        <translation>{name} از قبل آنجا هست: لطفاً پوشهٔ دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signing the answer…</source>
        <translation>در حال امضای پاسخ…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved {path}. Send it to the group as it is, by any way.</source>
        <translation>{path} ذخیره شد. آن را همان‌طور که هست، از هر راهی که می‌خواهید، برای گروه بفرستید.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Accepted</source>
        <extracomment>Coact&apos;s decision on a group&apos;s history: taken into the library.</extracomment>
        <translation>پذیرفته‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted with changes</source>
        <translation>پذیرفته‌شده با تغییرات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes asked for</source>
        <translation>درخواست تغییرات</translation>
    </message>
</context>
<context>
    <name>AnswerView</name>
    <message>
        <location filename="../src/coact_desktop/gui/answer_view.py" line="+43"/>
        <source>Coact&apos;s answer</source>
        <translation>پاسخ Coact</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coact wrote no general comment.</source>
        <translation>Coact پیام کلی ننوشته است.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sections Coact wrote about</source>
        <translation>بخش‌هایی که Coact درباره‌شان نوشته است</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (a change)</source>
        <translation> (با تغییر)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No notes on single sections.</source>
        <translation>یادداشتی برای بخش‌های جداگانه نیست.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coact&apos;s note, and its change marked</source>
        <translation>یادداشت Coact، با تغییر مشخص‌شدهٔ آن</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Use Coact&apos;s version of this section</source>
        <translation>&amp;استفاده از متن Coact برای این بخش</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Accepted</source>
        <extracomment>Coact&apos;s decision on a group&apos;s history: taken into the library.</extracomment>
        <translation>پذیرفته‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted with changes</source>
        <translation>پذیرفته‌شده با تغییرات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes asked for</source>
        <translation>درخواست تغییرات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;{decision}&lt;/b&gt;: Coact&apos;s answer to bundle {sequence}, signed {date}.</source>
        <translation>&lt;b&gt;{decision}&lt;/b&gt;: پاسخ Coact به بستهٔ {sequence}، امضاشده در {date}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is in edition {edition} of the library.</source>
        <translation>این تاریخچه در ویراست {edition} کتابخانه آمده است.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your draft has no section of this name now; Coact&apos;s version:</source>
        <translation>پیش‌نویس شما اکنون بخشی با این نام ندارد. متن Coact:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your draft already says it as Coact does.</source>
        <translation>متن پیش‌نویس شما از قبل همان متن Coact است.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Struck-through words are yours that Coact&apos;s version leaves out; underlined words are Coact&apos;s.</source>
        <translation>واژه‌های خط‌خورده از شماست و در متن Coact نیامده است؛ واژه‌های زیرخط‌دار از Coact است.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../src/coact_desktop/gui/export_check_page.py" line="+35"/>
        <source>Check the draft</source>
        <translation>بررسی پیش‌نویس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing leaves this computer until the check is passed.</source>
        <translation>تا بررسی بدون مشکل تمام نشود، هیچ چیز از این رایانه بیرون نمی‌رود.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems found</source>
        <translation>مشکلات پیداشده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go there to fix it</source>
        <translation>رفتن به آنجا برای درست کردن</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking…</source>
        <translation>در حال بررسی…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Must fix</source>
        <extracomment>&apos;Must fix&apos;: a problem that stops the sending; &apos;Note&apos;: advice only.</extracomment>
        <translation>باید درست شود</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Some things must be fixed before the history can be sent. Double-click one to go there; “Check again” above the draft brings you back here, and the check runs again.</source>
        <translation>پیش از فرستادن تاریخچه، باید چند چیز درست شود. روی هر مورد دوبار کلیک کنید تا به آنجا بروید؛ «بررسی دوباره» در بالای پیش‌نویس شما را به اینجا برمی‌گرداند و بررسی دوباره انجام می‌شود.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready to send. A few notes:</source>
        <translation>آمادهٔ فرستادن است. چند یادداشت:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready to send: nothing to fix.</source>
        <translation>آمادهٔ فرستادن است: چیزی برای درست کردن نیست.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/coact_desktop/cli/__init__.py" line="+103"/>
        <source>interrupted</source>
        <translation>متوقف شد</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected error ({error}). Run again with --debug for details.</source>
        <translation>خطای پیش‌بینی‌نشده ({error}). برای دیدن جزئیات، دوباره با --debug اجرا کنید.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/backups.py" line="+40"/>
        <source>Restored {name}. The database it replaced was kept as {aside}.</source>
        <translation>{name} بازگردانده شد. پایگاه داده‌ای که جایگزین شد، با نام {aside} نگه داشته شد.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/bundles.py" line="+61"/>
        <source>a new key: compare the fingerprint with the group by phone before trusting it</source>
        <translation>کلید تازه: پیش از اعتماد به آن، اثر انگشت را تلفنی با گروه مقایسه کنید</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the key Coact already trusts for this group</source>
        <translation>کلیدی که Coact از قبل برای این گروه به آن اعتماد دارد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a new key, handed over by a rotation record signed by the trusted key</source>
        <translation>کلید تازه، که کلید مورد اعتماد با یک سند امضاشدهٔ تعویض کلید آن را جانشین خود کرده است</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose a passphrase for the group&apos;s new signing key: </source>
        <translation>یک عبارت عبور برای کلید امضای تازهٔ گروه انتخاب کنید: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase of the group&apos;s signing key: </source>
        <translation>عبارت عبور کلید امضای گروه: </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Warning: this bundle is NOT encrypted. Anyone who gets the file can read it.</source>
        <translation>هشدار: این بسته رمزنگاری نشده است. هر کسی که فایل به دستش برسد می‌تواند آن را بخواند.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote {path} ({size}), bundle {sequence} of this group.</source>
        <translation>{path} ({size}) نوشته شد: بستهٔ {sequence} این گروه.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A signing key was made for the group.</source>
        <translation>یک کلید امضا برای گروه ساخته شد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key fingerprint (read it out to Coact): {words}</source>
        <translation>اثر انگشت کلید (آن را برای Coact بلند بخوانید): {words}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{file}: intact and correctly signed.</source>
        <translation>{file}: سالم است و درست امضا شده است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group: {group}</source>
        <translation>گروه: {group}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bundle: {sequence}, made {date}</source>
        <translation>بسته: {sequence}، ساخته‌شده در {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key: {key}</source>
        <translation>کلید: {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust: {trust}</source>
        <translation>اعتماد: {trust}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already received: importing it again changes nothing.</source>
        <translation>از قبل دریافت شده است: وارد کردن دوباره‌اش چیزی را تغییر نمی‌دهد.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location filename="../src/coact_desktop/cli/editions.py" line="+147"/>
        <source>{file}: refused. {reason}</source>
        <translation>{file}: پذیرفته نشد. {reason}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cannot open it here: {reason}.</source>
        <translation>اینجا نمی‌توان آن را باز کرد: {reason}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{file}: imported {name}, bundle {sequence} (already received; nothing changed).</source>
        <translation>{file}: {name}، بستهٔ {sequence}، وارد شد (از قبل دریافت شده بود؛ چیزی تغییر نکرد).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}: imported {name}, bundle {sequence}.</source>
        <translation>{file}: {name}، بستهٔ {sequence}، وارد شد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}: held. {name} signs with a key Coact does not know yet. Phone the group and compare these words: {words}. Then accept it in the window&apos;s inbox, or import again with --trust-new-key.</source>
        <translation>{file}: نگه داشته شد. {name} با کلیدی امضا می‌کند که Coact هنوز آن را نمی‌شناسد. به گروه تلفن کنید و این واژه‌ها را مقایسه کنید: {words}. سپس آن را در صندوق ورودی پنجرهٔ برنامه بپذیرید، یا دوباره با --trust-new-key وارد کنید.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file}: not imported: a newer file from {name} (after bundle {sequence}) is already in the library, and the newest is kept.</source>
        <translation>{file}: وارد نشد: فایل تازه‌تری از {name} (پس از بستهٔ {sequence}) از قبل در کتابخانه هست و تازه‌ترین فایل نگه داشته می‌شود.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file}: not imported; the bundle is {state}.</source>
        <translation>{file}: وارد نشد؛ وضعیت بسته: {state}.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/drafts.py" line="+57"/>
        <location line="+87"/>
        <source>(no name yet)</source>
        <translation>(هنوز بی‌نام)</translation>
    </message>
    <message numerus="yes">
        <location line="-85"/>
        <source>saved {when}, %n revisions</source>
        <extracomment>One line of the drafts list: its id, the group&apos;s name, when it was last saved.</extracomment>
        <translation>
            <numerusform>ذخیره‌شده در {when}، %n نسخه</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Restored revision {old} as revision {new}.</source>
        <translation>نسخهٔ {old} به‌عنوان نسخهٔ {new} بازگردانده شد.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>place not given</source>
        <translation>مکان وارد نشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year not given</source>
        <translation>سال وارد نشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place}; founded {year}</source>
        <translation>{place}؛ تأسیس: {year}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n events</source>
        <translation>
            <numerusform>%n رویداد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n نفر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/editions.py" line="-59"/>
        <source>Copied the library&apos;s newest edition to {path}.</source>
        <translation>تازه‌ترین ویراست کتابخانه در {path} کپی شد.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Passphrase of the root key: </source>
        <translation>عبارت عبور کلید ریشه: </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wrote {file}.</source>
        <translation>{file} نوشته شد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Root version {version} is signed by {old_signed} of the {old_needed} current root keys needed and {new_signed} of the {new_needed} of its own.</source>
        <extracomment>A new list of root keys must be signed by enough of the current keys and of its own.</extracomment>
        <translation>فهرست کلیدهای ریشه، شمارهٔ {version}: {old_signed} امضا از {old_needed} امضای لازم از کلیدهای ریشهٔ کنونی و {new_signed} امضا از {new_needed} امضای لازم از کلیدهای خودش را دارد.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Readers will accept it.</source>
        <translation>خوانندگان آن را می‌پذیرند.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More root keys must sign it.</source>
        <translation>کلیدهای ریشهٔ بیشتری باید آن را امضا کنند.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{file}: edition {edition}, against edition {have} here.</source>
        <translation>{file}: ویراست {edition}، در مقایسه با ویراست {have} که اینجا هست.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>chapter added: {title} ({slug}), {words}</source>
        <translation>فصل افزوده‌شده: {title} ({slug})، {words}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chapter changed: {title} ({slug}), {added} and {removed}</source>
        <translation>فصل تغییرکرده: {title} ({slug})، {added} و {removed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chapter removed: {title} ({slug}), {words}</source>
        <translation>فصل حذف‌شده: {title} ({slug})، {words}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>+%n words</source>
        <extracomment>Words a changed chapter gains, as in &quot;+120 words&quot;.</extracomment>
        <translation>
            <numerusform>+%n واژه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>-%n words</source>
        <extracomment>Words a changed chapter loses, as in &quot;-35 words&quot;.</extracomment>
        <translation>
            <numerusform>-%n واژه</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>history added: {name}</source>
        <translation>تاریخچهٔ افزوده‌شده: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>history changed: {name}</source>
        <translation>تاریخچهٔ تغییرکرده: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>history removed: {name}</source>
        <translation>تاریخچهٔ حذف‌شده: {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing would change but the edition&apos;s number and notes.</source>
        <translation>جز شماره و یادداشت‌های ویراست، چیزی تغییر نخواهد کرد.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{folder}: no newer edition for this library.</source>
        <translation>{folder}: ویراست تازه‌تری برای این کتابخانه نیست.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Imported before it: {files}.</source>
        <translation>پیش از آن وارد شد: {files}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{file}: imported.</source>
        <translation>{file}: وارد شد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: intact and signed by Coact.</source>
        <translation>{file}: سالم است و Coact آن را امضا کرده است.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edition: {edition} of {library}, from {date}</source>
        <translation>ویراست: {edition} از {library}، تاریخ {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title: {title}</source>
        <translation>عنوان: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed: {when} by the publishing key {key}</source>
        <translation>امضا: {when}، با کلید انتشار {key}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Histories: {names}</source>
        <translation>تاریخچه‌ها: {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left out: {names} (no longer in this edition)</source>
        <translation>کنار گذاشته‌شده: {names} (دیگر در این ویراست نیست)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the changes since the edition this library holds.</source>
        <translation>فقط تغییرات پس از ویراستی که این کتابخانه دارد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library now has edition {edition}.</source>
        <translation>کتابخانه اکنون ویراست {edition} را دارد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What&apos;s new: {notes}</source>
        <translation>تازه‌ها: {notes}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: this computer&apos;s clock is behind: a file signed on {date} was already seen here. Set the date right.</source>
        <translation>هشدار: ساعت این رایانه عقب است: فایلی که در {date} امضا شده، پیش‌تر اینجا دیده شده است. لطفاً تاریخ را درست تنظیم کنید.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>--delta-from: {file} is not a pack file (or say “{shipped}”).</source>
        <translation>--delta-from: {file} فایل ویراست نیست (یا «{shipped}» را بنویسید).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Wrote {file} ({size}): the changes that make edition {edition}, signed by {key}.</source>
        <translation>{file} ({size}) نوشته شد: تغییراتی که ویراست {edition} را می‌سازند، امضاشده با کلید {key}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrote {file} ({size}): edition {edition}, signed by {key}.</source>
        <translation>{file} ({size}) نوشته شد: ویراست {edition}، امضاشده با کلید {key}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{library}  edition {edition}, {date}: {title}</source>
        <translation>{library}  ویراست {edition}، {date}: {title}</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/keys.py" line="+68"/>
        <source>Cannot read the passphrase file {path}: {reason}.</source>
        <translation>فایل عبارت عبور {path} خوانده نشد: {reason}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A passphrase is needed: run this in a terminal, or give --passphrase-file FILE.</source>
        <translation>عبارت عبور لازم است: این فرمان را در ترمینال اجرا کنید، یا گزینهٔ --passphrase-file FILE را بدهید.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type it again: </source>
        <translation>دوباره بنویسید: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>دو عبارت عبور یکی نیستند؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No signing key yet: it is made on the first export.</source>
        <translation>هنوز کلید امضایی نیست: در نخستین خروجی گرفتن ساخته می‌شود.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wrote the public key {key} to {file}.</source>
        <translation>کلید عمومی {key} در {file} نوشته شد.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase of the signing key: </source>
        <translation>عبارت عبور کلید امضا: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrote a backup of key {key} to {file}. It stays encrypted with its passphrase: keep the file and the passphrase in different places.</source>
        <translation>یک پشتیبان از کلید {key} در {file} نوشته شد. این پشتیبان با عبارت عبور خود رمزنگاری‌شده می‌ماند: فایل و عبارت عبور را در جاهای جداگانه نگه دارید.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase of the backed-up key: </source>
        <translation>عبارت عبور کلیدی که در پشتیبان است: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored key {key}.</source>
        <translation>کلید {key} بازگردانده شد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase of the current key: </source>
        <translation>عبارت عبور کلید کنونی: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase for the new key: </source>
        <translation>عبارت عبور برای کلید تازه: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Made key {key}; key {old} signed the hand-over.</source>
        <translation>کلید {key} ساخته شد؛ کلید {old} واگذاری را امضا کرد.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Key id:</source>
        <translation>شناسهٔ کلید:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint:</source>
        <translation>اثر انگشت:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public key:</source>
        <translation>کلید عمومی:</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/search.py" line="+30"/>
        <source>Preparing search (first use)…</source>
        <translation>آماده‌سازی جست‌وجو (نخستین بار)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No exact matches. Close spellings:</source>
        <translation>مورد کاملاً یکسانی پیدا نشد. املاهای نزدیک:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did you mean: {suggestion}</source>
        <translation>آیا منظورتان این بود: {suggestion}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>{shown} of %n results</source>
        <extracomment>{shown} results are listed of %n found in all.</extracomment>
        <translation>
            <numerusform>{shown} از %n نتیجه</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/answers.py" line="+66"/>
        <source>{file}: Coact&apos;s answer: {decision}.</source>
        <translation>{file}: پاسخ Coact: {decision}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is on the draft {draft} (bundle {n}).</source>
        <translation>این پاسخ برای پیش‌نویس {draft} است (بستهٔ {n}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>bundle {n}: {decision}, signed {when}</source>
        <translation>بستهٔ {n}: {decision}، امضاشده در {when}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refused. {reason}</source>
        <translation>پذیرفته نشد. {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--section-text: cannot read {file}: {reason}.</source>
        <translation>--section-text: فایل {file} خوانده نشد: {reason}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../src/coact_desktop/cli/editions.py" line="-51"/>
        <source>Passphrase of the publishing key: </source>
        <translation>عبارت عبور کلید انتشار: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote {file}: the answer to bundle {n} of the group.</source>
        <translation>{file} نوشته شد: پاسخ به بستهٔ {n} گروه.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{option} takes TITLE=VALUE, as in {option} “How we began=…”.</source>
        <extracomment>TITLE and VALUE are written as they are: they name the parts of the option.</extracomment>
        <translation>{option} مقداری به شکل TITLE=VALUE می‌گیرد، مانند {option} «چگونه آغاز کردیم=…».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>accepted</source>
        <translation>پذیرفته‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted with changes</source>
        <translation>پذیرفته‌شده با تغییرات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changes asked for</source>
        <translation>درخواست تغییرات</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/output.py" line="+30"/>
        <source>{n} KB</source>
        <translation>{n} کیلوبایت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} MB</source>
        <translation>{n} مگابایت</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/release.py" line="+42"/>
        <source>{folder} is Coact Desktop {version} as Coact released it: {files} files, each unchanged, signed by key {key}.</source>
        <translation>{folder} همان Coact Desktop {version} است که Coact منتشر کرده است: {files} فایل، همه بدون تغییر، امضاشده با کلید {key}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copied Coact Desktop {version} to {folder} and checked the copy.</source>
        <translation>Coact Desktop {version} در {folder} کپی شد و کپی بررسی شد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied the library to {folder}.</source>
        <translation>کتابخانه در {folder} کپی شد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No edition from a file to pass on yet: the library that comes with the program is in it.</source>
        <translation>هنوز ویراستی از فایل وارد نشده است که به دیگران داده شود: کتابخانه‌ای که همراه برنامه است، در همین کپی هست.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Whoever receives it can check it: {check} with Coact&apos;s publishing key (or: coact-desktop release verify FOLDER).</source>
        <extracomment>{check} is a command to type as it is (cd, sha256sum, minisign): not to be translated.</extracomment>
        <translation>هر کسی که آن را بگیرد، می‌تواند آن را بررسی کند: {check} با کلید انتشار Coact (یا: coact-desktop release verify FOLDER).</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/protection.py" line="+81"/>
        <source>The drafts are protected by a passphrase: run this in a terminal, or give --unlock-file FILE.</source>
        <translation>پیش‌نویس‌ها با عبارت عبور محافظت شده‌اند: این فرمان را در ترمینال اجرا کنید، یا گزینهٔ --unlock-file FILE را بدهید.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase of your group&apos;s drafts: </source>
        <translation>عبارت عبور پیش‌نویس‌های گروه شما: </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The drafts are not protected by a passphrase.</source>
        <translation>پیش‌نویس‌ها با عبارت عبور محافظت نشده‌اند.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you forget this passphrase, nobody can open your drafts again, not even Coact.</source>
        <translation>اگر این عبارت عبور را فراموش کنید، هیچ کس، حتی Coact، دیگر نمی‌تواند پیش‌نویس‌های شما را باز کند.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <location line="+25"/>
        <source>New passphrase: </source>
        <translation>عبارت عبور تازه: </translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+53"/>
        <source>Duress passphrase: </source>
        <translation>عبارت عبور هنگام تهدید: </translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Paper key: </source>
        <translation>کلید کاغذی: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The drafts open with the new passphrase. A duress passphrase, if one was set, was removed: set it again.</source>
        <translation>پیش‌نویس‌ها اکنون با عبارت عبور تازه باز می‌شوند. عبارت عبور هنگام تهدید، اگر تعیین شده بود، حذف شد: لطفاً دوباره آن را تعیین کنید.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Anyone with this key and the laptop can read the drafts: copy it onto paper and keep it away from the laptop.</source>
        <translation>هر کسی که این کلید و لپ‌تاپ را داشته باشد، می‌تواند پیش‌نویس‌ها را بخواند: آن را روی کاغذ بنویسید و دور از لپ‌تاپ نگه دارید.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The drafts are not protected by a passphrase: set one first.</source>
        <translation>پیش‌نویس‌ها با عبارت عبور محافظت نشده‌اند: لطفاً نخست یک عبارت عبور تعیین کنید.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quick delete after wrong passphrases is off.</source>
        <translation>حذف فوری پس از چند عبارت عبور نادرست خاموش است.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After {count} wrong passphrases in a row, the drafts, inbox, photos, keys and backups are destroyed for good, and nothing says so. A mistyped passphrase can set it off; it does not help against a copy of the disk made first.</source>
        <translation>پس از {count} عبارت عبور نادرست پشت سر هم، پیش‌نویس‌ها، صندوق ورودی، عکس‌ها، کلیدها و پشتیبان‌ها برای همیشه از بین می‌روند، و هیچ چیزی این را نشان نمی‌دهد. یک اشتباه در نوشتن عبارت عبور می‌تواند آن را به کار بیندازد؛ و در برابر کپی‌ای از دیسک که پیش‌تر گرفته شده باشد کمکی نمی‌کند.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Without a terminal, quick delete needs --yes.</source>
        <translation>بدون ترمینال، حذف فوری به گزینهٔ --yes نیاز دارد.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Passphrase: </source>
        <translation>عبارت عبور: </translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The drafts, their photos and files, the inbox and the keys are encrypted under a passphrase.</source>
        <translation>پیش‌نویس‌ها همراه با عکس‌ها و فایل‌هایشان، صندوق ورودی و کلیدها با عبارت عبور رمزنگاری شده‌اند.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The drafts, their photos and files, the inbox and the keys are now encrypted.</source>
        <translation>پیش‌نویس‌ها همراه با عکس‌ها و فایل‌هایشان، صندوق ورودی و کلیدها اکنون رمزنگاری شده‌اند.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The passphrase was changed.</source>
        <translation>عبارت عبور تغییر کرد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The duress passphrase was removed.</source>
        <translation>عبارت عبور هنگام تهدید حذف شد.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The duress passphrase was set.</source>
        <translation>عبارت عبور هنگام تهدید تعیین شد.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>delete</source>
        <extracomment>The word the person types to confirm quick delete; keep it one short word.</extracomment>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This destroys the drafts, inbox, keys, backups and logs for good. Type {word} to go on: </source>
        <translation>این کار پیش‌نویس‌ها، صندوق ورودی، کلیدها، پشتیبان‌ها و فایل‌های گزارش را برای همیشه از بین می‌برد. برای ادامه، «{word}» را بنویسید: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was deleted.</source>
        <translation>چیزی حذف نشد.</translation>
    </message>
</context>
<context>
    <name>ContentsView</name>
    <message>
        <location filename="../src/coact_desktop/gui/contents_view.py" line="+22"/>
        <source>Contents</source>
        <translation>فهرست مطالب</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Models of organising</source>
        <translation>الگوهای سازمان‌دهی</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Groups&apos; own histories</source>
        <translation>تاریخچه‌های خود گروه‌ها</translation>
    </message>
</context>
<context>
    <name>DraftAnswers</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_answers.py" line="+56"/>
        <source>Coact has answered this history (bundle {sequence}).</source>
        <translation>Coact به این تاریخچه پاسخ داده است (بستهٔ {sequence}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See Coact&apos;s answer</source>
        <translation>دیدن پاسخ Coact</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Coact&apos;s version of {title} is in the draft.</source>
        <translation>متن Coact برای {title} در پیش‌نویس است.</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_editor.py" line="+60"/>
        <source>Group profile…</source>
        <translation>مشخصات گروه…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision history…</source>
        <translation>سابقهٔ نسخه‌ها…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to Coact…</source>
        <translation>فرستادن برای Coact…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the draft and save it as one signed, encrypted file for Coact</source>
        <translation>بررسی پیش‌نویس و ذخیرهٔ آن به‌صورت یک فایل امضاشده و رمزنگاری‌شده برای Coact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sections</source>
        <translation>بخش‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add section</source>
        <translation>افزودن بخش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>تغییر نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>بالاتر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>پایین‌تر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Section text</source>
        <translation>متن بخش</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write here. Markdown works: **bold**, - lists, # headings.</source>
        <translation>اینجا بنویسید. Markdown کار می‌کند: **پررنگ**، - فهرست، # سرعنوان.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent warning</source>
        <translation>هشدار رضایت</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the pseudonym everywhere</source>
        <translation>استفاده از نام مستعار در همه‌جا</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preview</source>
        <extracomment>Button: shows the draft as readers will see it.</extracomment>
        <translation>پیش‌نمایش</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See the draft as it would appear in the library&apos;s reading view</source>
        <translation>دیدن پیش‌نویس همان‌گونه که در نمای خواندن کتابخانه دیده می‌شود</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview of the whole draft</source>
        <translation>پیش‌نمایش کل پیش‌نویس</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save status</source>
        <translation>وضعیت ذخیره</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Parts of the draft</source>
        <extracomment>The tabs of a draft: text, timeline, people and consent, photos and files.</extracomment>
        <translation>بخش‌های پیش‌نویس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline</source>
        <extracomment>Tab of a draft: the dated events of the group&apos;s history.</extracomment>
        <translation>خط زمانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+241"/>
        <source>People and consent</source>
        <translation>افراد و رضایت</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Photos and files</source>
        <translation>عکس‌ها و فایل‌ها</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>(no name yet)</source>
        <translation>(هنوز بی‌نام)</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>People and consent ({count} to check)</source>
        <translation>افراد و رضایت ({count} مورد برای بررسی)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Names to check: {count}. A real name is used without consent in the text, the timeline or a file. Record their consent here, or use their pseudonym. ({keys})</source>
        <translation>نام‌هایی برای بررسی: {count}. یک نام واقعی بدون رضایت در متن، خط زمانی یا یک فایل آمده است. رضایت این افراد را اینجا ثبت کنید، یا نام مستعارشان را به کار ببرید. ({keys})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“{name}” is named in this section but has not agreed to be named. Use their pseudonym instead, or record their consent under People.</source>
        <translation>نام «{name}» در این بخش آمده است، اما این فرد رضایت نداده که نامش آورده شود. به‌جای آن نام مستعارش را به کار ببرید، یا رضایتش را در «افراد و رضایت» ثبت کنید.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give them a pseudonym under People first.</source>
        <translation>ابتدا در «افراد و رضایت» برای این فرد یک نام مستعار بنویسید.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New section</source>
        <translation>بخش تازه</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rename section</source>
        <translation>تغییر نام بخش</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
</context>
<context>
    <name>DraftTables</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_tables.py" line="+221"/>
        <source>Remove</source>
        <extracomment>Button: remove the chosen row (an event or a person).</extracomment>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a row (Alt+A)</source>
        <translation>افزودن یک ردیف (Alt+A)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A year such as 1998; a date in words goes under When.</source>
        <translation>سالی مانند 1998؛ تاریخی که با واژه نوشته می‌شود، در ستون «زمان» می‌آید.</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_guide.py" line="+25"/>
        <source>How the group began</source>
        <translation>گروه چگونه آغاز شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the group does</source>
        <translation>گروه چه کار می‌کند</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Milestones</source>
        <extracomment>Title of a section every new draft starts with: the group&apos;s key moments.</extracomment>
        <translation>نقطه‌های عطف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Challenges and responses</source>
        <translation>چالش‌ها و واکنش‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achievements</source>
        <translation>دستاوردها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lessons for other groups</source>
        <translation>درس‌هایی برای گروه‌های دیگر</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>When and where did the group start, who started it, and why? Was it a reaction to something happening in your drug scene?</source>
        <translation>گروه چه زمانی و کجا آغاز شد، چه کسی آن را آغاز کرد و چرا؟ آیا واکنشی به اتفاقی در محیط مصرف مواد شما بود؟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What does the group do: peer support, needle and syringe programmes, treatment advocacy, legal help, outreach, campaigning? Which models of organising fit?</source>
        <translation>گروه چه کار می‌کند: حمایت همتا، برنامه‌های سوزن و سرنگ، دفاع از حق درمان، کمک حقوقی، کار میدانی، کارزار؟ کدام الگوهای سازمان‌دهی با آن سازگار است؟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What were the important moments, and when did they happen?</source>
        <translation>لحظه‌های مهم کدام بودند و چه زمانی رخ دادند؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What got in the way (the police, funding, stigma, the law), and how did you respond?</source>
        <translation>چه چیزهایی سد راه شد (پلیس، بودجه، انگ، قانون) و شما چه واکنشی نشان دادید؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What changed because of the group?</source>
        <translation>به‌خاطر گروه چه چیزی تغییر کرد؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would you tell a group that is just starting?</source>
        <translation>به گروهی که تازه کارش را آغاز کرده است، چه می‌گویید؟</translation>
    </message>
</context>
<context>
    <name>DraftsView</name>
    <message>
        <location filename="../src/coact_desktop/gui/drafts_view.py" line="+67"/>
        <source>Drafts</source>
        <translation>پیش‌نویس‌ها</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New draft…</source>
        <translation>پیش‌نویس تازه…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write your group&apos;s own history here, at your own pace. Everything you type is kept on this computer and saved as you go.

Start with “New draft…”.</source>
        <translation>تاریخچهٔ گروه خودتان را اینجا، با سرعت خودتان، بنویسید. هر چه می‌نویسید روی همین رایانه می‌ماند و هم‌زمان ذخیره می‌شود.

با «پیش‌نویس تازه…» شروع کنید.</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Fix what the check found, then go on sending the file to Coact.</source>
        <extracomment>Shown instead of the list and editor while the drafts are locked.</extracomment>
        <translation>آنچه را بررسی پیدا کرده است درست کنید، سپس فرستادن فایل برای Coact را ادامه دهید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check again</source>
        <extracomment>Button: look at the draft again for problems before sending.</extracomment>
        <translation>بررسی دوباره</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+166"/>
        <source>(no name yet)</source>
        <translation>(هنوز بی‌نام)</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Choose a draft in the list to go on writing it, or start another with “New draft…”.</source>
        <translation>یک پیش‌نویس را از فهرست انتخاب کنید تا نوشتنش را ادامه دهید، یا با «پیش‌نویس تازه…» پیش‌نویس دیگری شروع کنید.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Coact Desktop did not close properly last time. Your draft is back as it was at its last autosave ({time}).</source>
        <translation>Coact Desktop دفعهٔ پیش درست بسته نشد. پیش‌نویس شما به حالتی برگشته است که در آخرین ذخیرهٔ خودکار ({time}) داشت.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All changes saved.</source>
        <translation>همهٔ تغییرات ذخیره شد.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saving…</source>
        <translation>در حال ذخیره…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>All changes saved ({time}).</source>
        <translation>همهٔ تغییرات ذخیره شد ({time}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not saved yet: {reason} Your text is kept and will be saved again.</source>
        <translation>هنوز ذخیره نشده است: {reason} متن شما نگه داشته می‌شود و دوباره ذخیره خواهد شد.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Attach a photo or a document</source>
        <translation>پیوست کردن عکس یا سند</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos, PDF documents and text (*.jpg *.jpeg *.png *.pdf *.txt *.md)</source>
        <translation>عکس‌ها، سندهای PDF و متن (*.jpg *.jpeg *.png *.pdf *.txt *.md)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Caption</source>
        <extracomment>Title of a small dialog asking for a photo&apos;s caption.</extracomment>
        <translation>شرح عکس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What does it show? (optional)</source>
        <translation>چه چیزی را نشان می‌دهد؟ (اختیاری)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removing hidden details from the file…</source>
        <translation>در حال پاک کردن جزئیات پنهان از فایل…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file was cleaned, but another draft is open now: attach it again.</source>
        <translation>فایل پاک‌سازی شد، اما اکنون پیش‌نویس دیگری باز است: لطفاً آن را دوباره پیوست کنید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>camera and author details (EXIF)</source>
        <translation>جزئیات دوربین و پدیدآورنده (EXIF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the place it was taken (GPS)</source>
        <translation>جایی که عکس گرفته شده است (GPS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>editing details (XMP)</source>
        <translation>جزئیات ویرایش (XMP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>captions and credits (IPTC)</source>
        <translation>شرح‌ها و نام پدیدآورندگان (IPTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hidden comment</source>
        <translation>یک یادداشت پنهان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a colour profile</source>
        <translation>یک پروفایل رنگ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text notes (author, description)</source>
        <translation>یادداشت‌های متنی (پدیدآورنده، توضیح)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the author and the program that made it</source>
        <translation>پدیدآورنده و برنامه‌ای که آن را ساخته است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comments and their authors&apos; names, links and form fields</source>
        <translation>یادداشت‌ها و نام نویسندگانشان، پیوندها و فیلدهای فرم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hidden extras (scripts, attached files, private program data)</source>
        <translation>افزوده‌های پنهان (اسکریپت‌ها، فایل‌های پیوست‌شده، داده‌های خصوصی برنامه)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attached. Removed from the copy: {removed}.</source>
        <translation>پیوست شد. از کپی پاک شد: {removed}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attached. The file carried no hidden details.</source>
        <translation>پیوست شد. فایل هیچ جزئیات پنهانی نداشت.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The original file was not copied or changed.</source>
        <translation>فایل اصلی کپی یا تغییر داده نشد.</translation>
    </message>
</context>
<context>
    <name>EditionImport</name>
    <message>
        <location filename="../src/coact_desktop/gui/edition_import.py" line="+54"/>
        <source>Checking {name}…</source>
        <translation>در حال بررسی {name}…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;p&gt;&lt;b&gt;{title}&lt;/b&gt;, edition {edition}, from {date}.&lt;/p&gt;&lt;p&gt;Signed by Coact on {created}. The library now has edition {have}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{title}&lt;/b&gt;، ویراست {edition}، تاریخ {date}.&lt;/p&gt;&lt;p&gt;امضاشده به‌دست Coact در {created}. کتابخانه اکنون ویراست {have} را دارد.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;p&gt;Group histories in it: {names}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;تاریخچه‌های گروه‌ها در آن: {names}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;No longer in it: {names}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;دیگر در آن نیست: {names}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;What is new: {notes}&lt;/p&gt;</source>
        <translation>&lt;p&gt;تازه‌ها: {notes}&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;p&gt;It comes in %n files, checked and imported one after the other.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;این ویراست در %n فایل است که یکی پس از دیگری بررسی و وارد می‌شوند.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Your drafts, keys and reading place are kept.&lt;/p&gt;</source>
        <translation>&lt;p&gt;پیش‌نویس‌ها، کلیدها و جایی که در خواندن به آن رسیده‌اید، حفظ می‌شوند.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;This computer&apos;s clock is behind:&lt;/b&gt; a file signed on {seen} was already seen here. Set the date right, or an old edition could pass for a new one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ساعت این رایانه عقب است:&lt;/b&gt; فایلی که در {seen} امضا شده، پیش‌تر اینجا دیده شده است. لطفاً تاریخ را درست تنظیم کنید، وگرنه ممکن است یک ویراست قدیمی به‌جای ویراست تازه پذیرفته شود.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import this edition?</source>
        <translation>این ویراست وارد شود؟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import</source>
        <extracomment>Button: take the new edition into the library on this computer.</extracomment>
        <translation>وارد کردن</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The edition was not imported.</source>
        <translation>ویراست وارد نشد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importing {name}…</source>
        <translation>در حال وارد کردن {name}…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edition {edition} is now in the library.</source>
        <translation>ویراست {edition} اکنون در کتابخانه است.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{done} The next file was not imported. {reason}</source>
        <translation>{done} فایل بعدی وارد نشد. {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopped. Nothing was changed.</source>
        <translation>متوقف شد. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stick holds no newer edition than yours.</source>
        <translation>روی فلش ویراستی تازه‌تر از ویراست شما نیست.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The edition was not imported. {reason}</source>
        <translation>ویراست وارد نشد. {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not imported</source>
        <translation>وارد نشد</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edition</source>
        <extracomment>An edition: one signed, numbered release of the history (the library).</extracomment>
        <translation>ویراست</translation>
    </message>
</context>
<context>
    <name>EditionPreview</name>
    <message>
        <location filename="../src/coact_desktop/gui/edition_preview.py" line="+29"/>
        <source>Preview of edition {n}</source>
        <translation>پیش‌نمایش ویراست {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview: edition {n}, {date}. Nothing is published yet.</source>
        <translation>پیش‌نمایش: ویراست {n}، {date}. هنوز چیزی منتشر نشده است.</translation>
    </message>
</context>
<context>
    <name>EditionsWorkspace</name>
    <message>
        <location filename="../src/coact_desktop/gui/editions_workspace.py" line="+75"/>
        <source>Editions workspace</source>
        <translation>میز کار ویراست‌ها</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Edition {new}, made from edition {old} of {date}.</source>
        <translation>ویراست {new}، ساخته‌شده از ویراست {old} به تاریخ {date}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accepted histories</source>
        <translation>تاریخچه‌های پذیرفته‌شده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticked histories go into the edition, in this order.</source>
        <translation>تاریخچه‌های علامت‌خورده به همین ترتیب در ویراست می‌آیند.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;up</source>
        <translation>&amp;بالاتر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>&amp;پایین‌تر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model of organising</source>
        <translation>الگوی سازمان‌دهی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model: under “Groups&apos; own histories”</source>
        <translation>بدون الگو: زیر «تاریخچه‌های خود گروه‌ها»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chapters of the edition</source>
        <translation>فصل‌های ویراست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add a chapter from Markdown…</source>
        <translation>&amp;افزودن فصل از فایل Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace with Markdown…</source>
        <translation>&amp;جایگزینی با فایل Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the change &amp;out</source>
        <translation>&amp;حذف این تغییر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What&apos;s new, for readers</source>
        <translation>تازه‌ها، برای خوانندگان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is new in this edition, in a few lines.</source>
        <translation>در این ویراست چه چیزی تازه است، در چند خط.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publishing key file</source>
        <translation>فایل کلید انتشار</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Choose the publishing key file</source>
        <translation>انتخاب فایل کلید انتشار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase of the publishing key</source>
        <translation>عبارت عبور کلید انتشار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder to save the edition in</source>
        <translation>پوشه‌ای برای ذخیرهٔ ویراست</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the folder</source>
        <translation>انتخاب پوشه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view as readers will see it</source>
        <translation>پیش‌نمایش از &amp;دید خوانندگان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Publish…</source>
        <translation>&amp;منتشر کردن…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Groups&apos; histories</source>
        <translation>تاریخچه‌های &amp;گروه‌ها</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Under the &amp;model:</source>
        <translation>&amp;زیر این الگو:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;hapters</source>
        <translation>&amp;فصل‌ها</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What&apos;s &amp;new:</source>
        <translation>&amp;تازه‌ها:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publishing &amp;key:</source>
        <translation>&amp;کلید انتشار:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;ssphrase:</source>
        <translation>&amp;عبارت عبور:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;to:</source>
        <translation>&amp;ذخیره در:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No history has been accepted in the inbox yet: chapters and notes only.</source>
        <translation>هنوز هیچ تاریخچه‌ای در صندوق ورودی پذیرفته نشده است: فقط فصل‌ها و یادداشت‌ها.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{title}  (replaced from {file})</source>
        <translation>{title}  (جایگزین‌شده از {file})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New: {title}  (from {file})</source>
        <translation>تازه: {title}  (از {file})</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Markdown (*.md *.markdown *.txt);;All files (*)</source>
        <translation>Markdown (*.md *.markdown *.txt);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This file cannot be used</source>
        <translation>از این فایل نمی‌توان استفاده کرد</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a chapter</source>
        <translation>افزودن فصل</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No title</source>
        <translation>بدون عنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the file with its title on a line of its own, as “# Title”.</source>
        <translation>فایل را با عنوانش در یک خط جداگانه شروع کنید، به شکل «# عنوان».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replace</source>
        <extracomment>Title of a file dialog: choose a Markdown file to replace a chapter&apos;s text.</extracomment>
        <translation>جایگزینی</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The plan could not be saved: {error}</source>
        <translation>طرح ذخیره نشد: {error}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Putting the edition together…</source>
        <translation>در حال آماده کردن ویراست…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Facts no longer quoted by the text are left out: {n}.</source>
        <translation>داده‌هایی که دیگر در متن به آن‌ها اشاره نمی‌شود، کنار گذاشته شدند: {n}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the publishing key file first.</source>
        <translation>لطفاً ابتدا فایل کلید انتشار را انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a folder to save the edition in.</source>
        <translation>لطفاً پوشه‌ای برای ذخیرهٔ ویراست انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Publish edition {n}?</source>
        <translation>ویراست {n} منتشر شود؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edition {n} will hold {histories} and {chapters}. It is signed with the key in {key} and saved in {folder}. Readers who import it see it as it was in the preview.</source>
        <extracomment>{histories} and {chapters} are the two phrases translated just before this one.</extracomment>
        <translation>ویراست {n} شامل {histories} و {chapters} خواهد بود. با کلید موجود در {key} امضا و در {folder} ذخیره می‌شود. خوانندگانی که آن را وارد کنند، آن را همان‌گونه می‌بینند که در پیش‌نمایش بود.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n groups&apos; histories</source>
        <extracomment>Part of &quot;Edition 5 will hold 3 groups&apos; histories and …&quot;.</extracomment>
        <translation>
            <numerusform>%n تاریخچهٔ گروه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new or changed chapters</source>
        <extracomment>Part of &quot;Edition 5 will hold … and 2 new or changed chapters&quot;.</extracomment>
        <translation>
            <numerusform>%n فصل تازه یا تغییرکرده</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Signing and writing edition {n}…</source>
        <translation>در حال امضا و نوشتن ویراست {n}…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edition published</source>
        <translation>ویراست منتشر شد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved in {folder}: {names}. Send the small “-delta” file to readers who have the edition before; the full one to everyone else.</source>
        <translation>در {folder} ذخیره شد: {names}. فایل کوچک «-delta» را برای خوانندگانی بفرستید که ویراست پیشین را دارند، و فایل کامل را برای بقیه.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopped. Nothing was published.</source>
        <translation>متوقف شد. چیزی منتشر نشد.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not done</source>
        <translation>انجام نشد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The publishing key</source>
        <translation>کلید انتشار</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the edition in</source>
        <translation>ذخیرهٔ ویراست در</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../src/coact_desktop/words/errors.py" line="+16"/>
        <source>Something went wrong inside Coact Desktop ({error}). The details are in the log file in your profile folder.</source>
        <translation>در Coact Desktop مشکلی پیش آمد ({error}). جزئیات در فایل گزارش، در پوشهٔ پروفایل شما، آمده است.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coact Desktop cannot use the folder {path}. Check that it exists and that you may write to it, or start the program with --data-dir and another folder.</source>
        <translation>Coact Desktop نمی‌تواند از پوشهٔ {path} استفاده کند. بررسی کنید که این پوشه وجود دارد و اجازهٔ نوشتن در آن را دارید، یا برنامه را با --data-dir و پوشه‌ای دیگر اجرا کنید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The library database could not be opened or updated. Nothing was changed.</source>
        <translation>پایگاه دادهٔ کتابخانه باز یا به‌روز نشد. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history that comes with this copy of Coact Desktop is damaged. Please install the program again.</source>
        <translation>تاریخچه‌ای که همراه این کپی از Coact Desktop است، آسیب دیده است. لطفاً برنامه را دوباره نصب کنید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search could not run.</source>
        <translation>جست‌وجو انجام نشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That part of the history could not be found.</source>
        <translation>آن قسمت از تاریخچه پیدا نشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>لغو شد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file cannot be attached safely. Coact Desktop attaches photos (JPEG, PNG) and text files, after removing their hidden details.</source>
        <translation>این فایل را نمی‌توان با اطمینان پیوست کرد. Coact Desktop عکس‌ها (JPEG، PNG) و فایل‌های متنی را پس از پاک کردن جزئیات پنهانشان پیوست می‌کند.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This draft file is not valid.</source>
        <translation>این فایل پیش‌نویس معتبر نیست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A draft with this identity is already here.</source>
        <translation>پیش‌نویسی با همین شناسه از قبل اینجا هست.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file cannot be used.</source>
        <translation>از فایل کلید نمی‌توان استفاده کرد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature is not valid.</source>
        <translation>امضا معتبر نیست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file was refused, and nothing in the library was changed.</source>
        <translation>این فایل پذیرفته نشد و چیزی در کتابخانه تغییر نکرد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file could not be written; nothing was sent.</source>
        <translation>فایل نوشته نشد؛ چیزی فرستاده نشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your group&apos;s drafts are locked. Unlock them with your passphrase first.</source>
        <translation>پیش‌نویس‌های گروه شما قفل هستند. لطفاً نخست با عبارت عبور خود قفل آن‌ها را باز کنید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file that keeps the key to your drafts (data-key.json in the profile folder) is missing or damaged, so the drafts cannot be opened. Nothing was changed.</source>
        <translation>فایلی که کلید پیش‌نویس‌های شما را نگه می‌دارد (data-key.json در پوشهٔ پروفایل) پیدا نمی‌شود یا آسیب دیده است، به همین دلیل پیش‌نویس‌ها باز نمی‌شوند. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The draft is not ready to send; nothing was written. The check before sending lists what to fix.</source>
        <translation>پیش‌نویس آمادهٔ فرستادن نیست؛ چیزی نوشته نشد. بررسی پیش از فرستادن نشان می‌دهد چه چیزهایی باید درست شود.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>لطفاً عبارت عبوری با دست‌کم 8 نویسه انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This passphrase does not open this key file; check that it is the one set for it.</source>
        <translation>این عبارت عبور این فایل کلید را باز نمی‌کند؛ بررسی کنید که همان عبارت عبوری باشد که برای این فایل تعیین شده است.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This passphrase does not open your group&apos;s drafts; nothing was changed. Check the keyboard language and Caps Lock, and try again.</source>
        <translation>این عبارت عبور پیش‌نویس‌های گروه شما را باز نمی‌کند؛ چیزی تغییر نکرد. زبان صفحه‌کلید و Caps Lock را بررسی کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The duress passphrase must differ from your usual passphrase.</source>
        <translation>عبارت عبور هنگام تهدید باید با عبارت عبور اصلی شما فرق داشته باشد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A paper key is 14 groups of 4 letters and digits. Copy all of them from the paper.</source>
        <translation>کلید کاغذی 14 گروه است و هر گروه 4 حرف یا رقم دارد. لطفاً همهٔ گروه‌ها را از روی کاغذ بنویسید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This paper key has a mistake in it; nothing was changed. Compare each group with the paper.</source>
        <translation>در این کلید کاغذی اشتباهی هست؛ چیزی تغییر نکرد. لطفاً هر گروه را با آنچه روی کاغذ است مقایسه کنید.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This paper key does not open these drafts; nothing was changed. It may be the paper of another laptop or of an older profile.</source>
        <translation>این کلید کاغذی این پیش‌نویس‌ها را باز نمی‌کند؛ چیزی تغییر نکرد. شاید این کاغذ مربوط به لپ‌تاپ دیگری یا پروفایلی قدیمی‌تر باشد.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup also keeps the key that opens Coact&apos;s answers to your group: give the signing key&apos;s passphrase to lock it in the backup.</source>
        <translation>پشتیبان، کلیدی را هم نگه می‌دارد که پاسخ‌های Coact به گروه شما را باز می‌کند: برای قفل کردن آن در پشتیبان، عبارت عبور کلید امضا را وارد کنید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This passphrase does not open your group&apos;s signing key. Nobody can recover a forgotten passphrase, not even Coact: that is what keeps the key safe if the laptop is taken. If it is lost for good, restore a key backup whose passphrase you know, or ask Coact how to send your history under a new key.</source>
        <translation>این عبارت عبور کلید امضای گروه شما را باز نمی‌کند. هیچ کس، حتی Coact، نمی‌تواند عبارت عبور فراموش‌شده را بازیابی کند: همین است که اگر لپ‌تاپ گرفته شود، کلید را امن نگه می‌دارد. اگر عبارت عبور برای همیشه از دست رفته است، یک پشتیبان کلید را که عبارت عبورش را می‌دانید بازگردانید، یا از Coact بپرسید که چگونه تاریخچهٔ خود را با کلید تازه بفرستید.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>chapter</source>
        <translation>فصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model of organising</source>
        <translation>الگوی سازمان‌دهی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decade</source>
        <translation>دهه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown {what} “{value}”. Choose one of: {choices}.</source>
        <extracomment>{what} is one of: chapter, model of organising, country, decade (translated just before).</extracomment>
        <translation>{what} ناشناخته: «{value}». یکی از این‌ها را انتخاب کنید: {choices}.</translation>
    </message>
</context>
<context>
    <name>EventsTable</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_tables.py" line="+161"/>
        <source>When</source>
        <extracomment>Column of the timeline: when the event happened, in the group&apos;s own words.</extracomment>
        <translation>زمان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year</source>
        <extracomment>Column of the timeline: the year as a number, used to sort the events.</extracomment>
        <translation>سال میلادی</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>What happened</source>
        <translation>چه رخ داد</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>People involved</source>
        <translation>افراد مرتبط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations involved</source>
        <translation>سازمان‌های مرتبط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add event</source>
        <translation>افزودن رویداد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The group&apos;s timeline</source>
        <translation>خط زمانی گروه</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When it happened, in words: “spring 2005”, “after the first raid”</source>
        <translation>زمان رویداد، با واژه: «بهار 2005»، «پس از نخستین یورش»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The year as a number, such as 2005: it puts the timeline in order</source>
        <translation>سال به عدد، مانند 2005: خط زمانی را مرتب می‌کند</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names from People and consent are suggested: as each may be shown</source>
        <translation>نام‌ها از «افراد و رضایت» پیشنهاد می‌شوند: به همان شکلی که هر کدام اجازهٔ نشان داده شدن دارد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations the library knows are suggested; any other can be typed</source>
        <translation>سازمان‌هایی که کتابخانه می‌شناسد پیشنهاد می‌شوند؛ هر سازمان دیگری را هم می‌توانید بنویسید</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. spring 2005</source>
        <translation>مثلاً بهار 2005</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2005</source>
        <translation>مثلاً 2005</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened?</source>
        <translation>چه رخ داد؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names, separated by commas</source>
        <translation>نام‌ها، جدا با کاما (,)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations, separated by commas</source>
        <translation>سازمان‌ها، جدا با کاما (,)</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../src/coact_desktop/words/problems.py" line="+22"/>
        <source>name</source>
        <extracomment>A field of the group profile that is missing, inside a sentence: lower case.</extracomment>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>city</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year founded</source>
        <translation>سال تأسیس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>models of organising</source>
        <translation>الگوهای سازمان‌دهی</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the timeline</source>
        <extracomment>Where a problem is, inside a sentence: the draft&apos;s list of dated events.</extracomment>
        <translation>خط زمانی</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The group has no name yet: fill in the group profile.</source>
        <translation>گروه هنوز نامی ندارد: لطفاً مشخصات گروه را پر کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The group profile has no {field}.</source>
        <translation>در مشخصات گروه، {field} وارد نشده است.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}” appears in “{where}” but has not agreed to be named. Use their pseudonym, or record their consent under People and consent.</source>
        <translation>«{name}» در «{where}» آمده است، اما این فرد رضایت نداده که نامش آورده شود. نام مستعارش را به کار ببرید، یا رضایتش را در «افراد و رضایت» ثبت کنید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is to be shown by a pseudonym, but none is written yet.</source>
        <translation>قرار است {name} با نام مستعار نشان داده شود، اما هنوز نام مستعاری نوشته نشده است.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is named in event {number} of the timeline but not listed under People and consent.</source>
        <translation>نام {name} در رویداد {number} خط زمانی آمده است، اما در «افراد و رضایت» فهرست نشده است.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The attachment “{name}” is missing from this computer; remove it and attach it again.</source>
        <translation>پیوست «{name}» روی این رایانه پیدا نمی‌شود؛ آن را حذف و دوباره پیوست کنید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The attachment “{name}” has changed since it was attached; remove it and attach it again.</source>
        <translation>پیوست «{name}» پس از پیوست شدن تغییر کرده است؛ آن را حذف و دوباره پیوست کنید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The attachment “{name}” still carries hidden details (place, camera or author); remove it and attach it again.</source>
        <translation>پیوست «{name}» هنوز جزئیات پنهان (مکان، دوربین یا پدیدآورنده) دارد؛ آن را حذف و دوباره پیوست کنید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is written in the draft yet.</source>
        <translation>هنوز چیزی در پیش‌نویس نوشته نشده است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some pages of “{name}” could not be read to check for names; make sure it names nobody who has not agreed.</source>
        <translation>برخی صفحه‌های «{name}» برای بررسی نام‌ها خوانده نشد؛ مطمئن شوید که نام کسی که رضایت نداده، در آن نیامده است.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The attachment “{name}” contains the real name of someone who has not agreed to be named. Remove it, or attach a copy without the name.</source>
        <translation>پیوست «{name}» نام واقعی کسی را دارد که رضایت نداده نامش آورده شود. آن را حذف کنید، یا کپی‌ای بدون آن نام پیوست کنید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}” is longer than a history sent to Coact may hold; shorten it.</source>
        <translation>«{name}» از اندازهٔ مجاز برای تاریخچه‌ای که برای Coact فرستاده می‌شود بلندتر است؛ لطفاً آن را کوتاه کنید.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The group profile names more than {limit} languages; one file sent to Coact may hold no more. Keep the main ones.</source>
        <translation>در مشخصات گروه بیش از {limit} زبان آمده است؛ فایلی که برای Coact فرستاده می‌شود نمی‌تواند بیش از این تعداد داشته باشد. لطفاً فقط زبان‌های اصلی را نگه دارید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The group profile names more than {limit} models of organising; one file sent to Coact may hold no more. Keep the main ones.</source>
        <translation>در مشخصات گروه بیش از {limit} الگوی سازمان‌دهی آمده است؛ فایلی که برای Coact فرستاده می‌شود نمی‌تواند بیش از این تعداد داشته باشد. لطفاً فقط الگوهای اصلی را نگه دارید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The history has more than {limit} sections; one file sent to Coact may hold no more. Join some of them together.</source>
        <translation>تاریخچه بیش از {limit} بخش دارد؛ فایلی که برای Coact فرستاده می‌شود نمی‌تواند بیش از این تعداد داشته باشد. لطفاً برخی از بخش‌ها را با هم یکی کنید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The timeline has more than {limit} events; one file sent to Coact may hold no more. Remove some before sending.</source>
        <translation>خط زمانی بیش از {limit} رویداد دارد؛ فایلی که برای Coact فرستاده می‌شود نمی‌تواند بیش از این تعداد داشته باشد. لطفاً پیش از فرستادن، برخی از رویدادها را حذف کنید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The list of people has more than {limit} names; one file sent to Coact may hold no more. Remove some before sending.</source>
        <translation>فهرست افراد بیش از {limit} نام دارد؛ فایلی که برای Coact فرستاده می‌شود نمی‌تواند بیش از این تعداد داشته باشد. لطفاً پیش از فرستادن، برخی از نام‌ها را حذف کنید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More than {limit} photos and documents are attached; one file sent to Coact may hold no more. Remove some before sending.</source>
        <translation>بیش از {limit} عکس و سند پیوست شده است؛ فایلی که برای Coact فرستاده می‌شود نمی‌تواند بیش از این تعداد داشته باشد. لطفاً پیش از فرستادن، برخی از آن‌ها را حذف کنید.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>“{code}” is not a language code Coact can read. In the group profile, choose the language the history is written in, or type its code (such as ky or pt-BR).</source>
        <translation>«{code}» کد زبانی نیست که Coact بتواند بخواند. در مشخصات گروه، زبانی را که تاریخچه به آن نوشته شده است انتخاب کنید، یا کد آن را بنویسید (مانند ky یا pt-BR).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The section “{title}” is empty; it will be left out.</source>
        <translation>بخش «{title}» خالی است؛ کنار گذاشته می‌شود.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/gui/export_wizard.py" line="+53"/>
        <source>Send the history to Coact</source>
        <translation>فرستادن تاریخچه برای Coact</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_files_page.py" line="+33"/>
        <source>Attachments</source>
        <translation>پیوست‌ها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Photos and PDF documents are copied without their hidden details (place, camera, author, comments). The original file is never copied into Coact Desktop.</source>
        <translation>عکس‌ها و سندهای PDF بدون جزئیات پنهانشان (مکان، دوربین، پدیدآورنده، یادداشت‌ها) کپی می‌شوند. فایل اصلی هرگز در Coact Desktop کپی نمی‌شود.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attach a photo or document…</source>
        <translation>پیوست کردن عکس یا سند…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../src/coact_desktop/gui/find_bar.py" line="+23"/>
        <location line="+1"/>
        <source>Find in this chapter</source>
        <translation>یافتن در این فصل</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous</source>
        <extracomment>Find in the chapter: go to the previous match.</extracomment>
        <translation>قبلی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>مورد قبلی (Shift+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>بعدی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match (Enter)</source>
        <translation>مورد بعدی (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar (Esc)</source>
        <translation>بستن نوار یافتن (Esc)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>{current} of {total}</source>
        <translation>{current} از {total}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No matches</source>
        <translation>موردی پیدا نشد</translation>
    </message>
</context>
<context>
    <name>FormatBar</name>
    <message>
        <location filename="../src/coact_desktop/gui/markdown_format.py" line="+20"/>
        <source>Bold</source>
        <translation>پررنگ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bold (Ctrl+B)</source>
        <translation>پررنگ (Ctrl+B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading</source>
        <translation>سرعنوان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make this line a heading</source>
        <translation>تبدیل این خط به سرعنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List</source>
        <translation>فهرست</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make these lines a list</source>
        <translation>تبدیل این خط‌ها به فهرست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>پیوند</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link to a web address (Ctrl+L)</source>
        <translation>پیوند به یک نشانی وب (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>text</source>
        <extracomment>Placeholder word put inside a new link when nothing was selected.</extracomment>
        <translation>متن</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../src/coact_desktop/gui/inbox_view.py" line="+50"/>
        <source>Open bundle files…</source>
        <translation>باز کردن فایل‌های بسته…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coact&apos;s identity file…</source>
        <translation>فایل رمزگشایی Coact…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress</source>
        <translation>پیشرفت کار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received bundles</source>
        <translation>بسته‌های دریافتی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened to each file</source>
        <translation>آنچه برای هر فایل رخ داد</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Key fingerprint words</source>
        <translation>واژه‌های اثر انگشت کلید</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The words match: trust this key</source>
        <translation>واژه‌ها یکی است: اعتماد به این کلید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept into the library</source>
        <translation>پذیرفتن در کتابخانه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject…</source>
        <translation>رد کردن…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;nswer the group…</source>
        <translation>&amp;پاسخ به گروه…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The history, as plain text</source>
        <translation>تاریخچه، به‌صورت متن ساده</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes since the group&apos;s previous file</source>
        <translation>تغییرات نسبت به فایل قبلی گروه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history</source>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes since the previous file</source>
        <translation>تغییرات نسبت به فایل قبلی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files that groups send to Coact arrive here. Open one with “Open bundle files…”: it is checked before anything is kept, and nothing goes into the library until you accept it.</source>
        <translation>فایل‌هایی که گروه‌ها برای Coact می‌فرستند، اینجا می‌رسند. یکی را با «باز کردن فایل‌های بسته…» باز کنید: پیش از آنکه چیزی نگه داشته شود، بررسی می‌شود، و تا شما آن را نپذیرید، چیزی وارد کتابخانه نمی‌شود.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Identity: {name}</source>
        <translation>فایل رمزگشایی: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No identity file chosen: only unencrypted files can be opened.</source>
        <translation>هیچ فایل رمزگشایی انتخاب نشده است: فقط فایل‌های رمزنگاری‌نشده باز می‌شوند.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coact&apos;s age identity file</source>
        <translation>فایل رمزگشایی Coact (age)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open bundle files</source>
        <translation>باز کردن فایل‌های بسته</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coact bundles (*.coact);;All files (*)</source>
        <translation>بسته‌های Coact (*.coact);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>{file}: refused. {why}</source>
        <translation>{file}: پذیرفته نشد. {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: already received; nothing changed.</source>
        <translation>{file}: از قبل دریافت شده بود؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: checked and kept for review.</source>
        <translation>{file}: بررسی شد و برای بازبینی نگه داشته شد.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{group} — file {n}
{state}, {date}</source>
        <translation>{group} — فایل {n}
{state}، {date}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{group}, file {n}</source>
        <translation>{group}، فایل {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State: {state}. Made {date}; received {received}. {encrypted}
Key {key}. Bundle {bundle}.</source>
        <translation>وضعیت: {state}. ساخته‌شده در {date}؛ دریافت‌شده در {received}. {encrypted}
کلید {key}. بستهٔ {bundle}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It was encrypted.</source>
        <translation>رمزنگاری‌شده بود.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was NOT encrypted.</source>
        <translation>رمزنگاری نشده بود.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rejected: {reason}</source>
        <translation>ردشده: {reason}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This is the first file received from this group.</source>
        <translation>این نخستین فایلی است که از این گروه دریافت شده است.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>file {n}</source>
        <translation>فایل {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No changes.</source>
        <translation>تغییری نیست.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Reject the file</source>
        <translation>رد کردن فایل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why? (The group can be told.)</source>
        <translation>چرا؟ (می‌توان دلیل را به گروه گفت.)</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/words/inbox.py" line="+15"/>
        <source>held: check the key</source>
        <translation>نگه‌داشته‌شده: کلید را بررسی کنید</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verified</source>
        <extracomment>State of a received bundle: its signature and contents were checked and are good.</extracomment>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the library</source>
        <translation>در کتابخانه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected</source>
        <extracomment>State of a received bundle: Coact decided not to take it.</extracomment>
        <translation>ردشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replaced by a newer file</source>
        <translation>جایگزین‌شده با فایل تازه‌تر</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This group&apos;s key was new to Coact when the file came; it is trusted since its words were compared with the group.</source>
        <translation>وقتی این فایل رسید، کلید این گروه برای Coact تازه بود؛ از وقتی که واژه‌هایش با گروه مقایسه شد، به آن اعتماد شده است.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This group&apos;s key is new to Coact. Phone the group (on a number you already know, not one from the file) and ask them to read out their key&apos;s words. Trust the key only if every word matches.</source>
        <translation>کلید این گروه برای Coact تازه است. به گروه تلفن کنید (با شماره‌ای که از قبل می‌شناسید، نه شماره‌ای از این فایل) و از آن‌ها بخواهید واژه‌های کلیدشان را بلند بخوانند. فقط اگر همهٔ واژه‌ها یکی بود، به کلید اعتماد کنید.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed with the key Coact already trusts for this group.</source>
        <translation>با کلیدی امضا شده است که Coact از قبل برای این گروه به آن اعتماد دارد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed with a new key that the group&apos;s trusted key handed over to (a signed rotation record).</source>
        <translation>با کلید تازه‌ای امضا شده است که کلید مورد اعتماد گروه آن را جانشین خود کرده است (با یک سند امضاشدهٔ تعویض کلید).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>خیر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founded</source>
        <translation>تأسیس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still active</source>
        <translation>هنوز فعال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>زبان‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models of organising</source>
        <translation>الگوهای سازمان‌دهی</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timeline</source>
        <translation>خط زمانی</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>named with consent</source>
        <translation>با نام واقعی، با رضایت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pseudonym</source>
        <translation>نام مستعار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People named</source>
        <translation>افراد نام‌برده‌شده</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attachments</source>
        <translation>پیوست‌ها</translation>
    </message>
</context>
<context>
    <name>IndexBuilder</name>
    <message>
        <location filename="../src/coact_desktop/gui/search_index.py" line="+32"/>
        <source>Progress</source>
        <translation>پیشرفت کار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../src/coact_desktop/gui/export_key_page.py" line="+34"/>
        <source>Passphrase</source>
        <translation>عبارت عبور</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase again</source>
        <translation>تکرار عبارت عبور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Again:</source>
        <extracomment>Label of the field where the passphrase is typed a second time.</extracomment>
        <translation>دوباره:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer is old or has little memory (lighter key protection)</source>
        <translation>این رایانه قدیمی است یا حافظهٔ کمی دارد (محافظت سبک‌تر از کلید)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase:</source>
        <translation>عبارت عبور:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Make your group&apos;s signing key</source>
        <translation>ساختن کلید امضای گروه شما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It shows Coact that the file comes from your group.</source>
        <translation>این کلید به Coact نشان می‌دهد که فایل از گروه شماست.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is your group&apos;s first export. Coact Desktop now makes a signing key, so that Coact can tell that later files come from you. Choose a passphrase of at least 8 characters. Nobody can recover a forgotten passphrase, not even Coact: write it down somewhere safe.</source>
        <translation>این نخستین خروجی گروه شماست. Coact Desktop اکنون یک کلید امضا می‌سازد تا Coact بتواند بفهمد که فایل‌های بعدی از طرف شماست. یک عبارت عبور با دست‌کم 8 نویسه انتخاب کنید. هیچ کس، حتی Coact، نمی‌تواند عبارت عبور فراموش‌شده را بازیابی کند: آن را جایی امن یادداشت کنید.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlock your group&apos;s signing key</source>
        <translation>باز کردن قفل کلید امضای گروه شما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key signs the file, so Coact knows it is yours.</source>
        <translation>کلید فایل را امضا می‌کند تا Coact بداند که فایل از شماست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the passphrase of your group&apos;s signing key.</source>
        <translation>عبارت عبور کلید امضای گروه خود را بنویسید.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking the passphrase…</source>
        <translation>در حال بررسی عبارت عبور…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Wrong passphrase. Type it again; check the keyboard&apos;s language and Caps Lock.</source>
        <translation>عبارت عبور درست نیست. لطفاً دوباره بنویسید؛ زبان صفحه‌کلید و Caps Lock را بررسی کنید.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The two passphrases differ.</source>
        <translation>دو عبارت عبور یکی نیستند.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least 8 characters, please.</source>
        <translation>لطفاً دست‌کم 8 نویسه.</translation>
    </message>
</context>
<context>
    <name>KeysMenu</name>
    <message>
        <location filename="../src/coact_desktop/gui/keys_menu.py" line="+28"/>
        <source>Your group&apos;s signing key…</source>
        <translation>کلید امضای گروه شما…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up the signing key…</source>
        <translation>پشتیبان‌گیری از کلید امضا…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the signing key from a backup…</source>
        <translation>بازگرداندن کلید امضا از پشتیبان…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the public key…</source>
        <translation>ذخیرهٔ کلید عمومی…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the key with a new one…</source>
        <translation>جایگزینی کلید با کلیدی تازه…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key {key}

Its words, to read out to Coact by phone:
{words}</source>
        <translation>کلید {key}

واژه‌های آن، برای اینکه تلفنی برای Coact بلند بخوانید:
{words}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signing key</source>
        <extracomment>The group&apos;s own key that signs its bundles.</extracomment>
        <translation>کلید امضا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your group has no signing key yet: it is made on the first export.</source>
        <translation>گروه شما هنوز کلید امضا ندارد: در نخستین خروجی گرفتن ساخته می‌شود.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+13"/>
        <source>Back up the signing key</source>
        <translation>پشتیبان‌گیری از کلید امضا</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Passphrase of the signing key:</source>
        <translation>عبارت عبور کلید امضا:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key backup is in {path}. It is still locked by the passphrase: keep the file and the passphrase in different places.</source>
        <translation>پشتیبان کلید در {path} است. همچنان با عبارت عبور قفل است: فایل و عبارت عبور را در جاهای جداگانه نگه دارید.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>Restore the signing key</source>
        <translation>بازگرداندن کلید امضا</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Passphrase of the backed-up key:</source>
        <translation>عبارت عبور کلیدی که در پشتیبان است:</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <source>Save the public key</source>
        <translation>ذخیرهٔ کلید عمومی</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase of the current key:</source>
        <translation>عبارت عبور کلید کنونی:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase for the new key (at least 8 characters):</source>
        <translation>عبارت عبور برای کلید تازه (دست‌کم 8 نویسه):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new passphrase again:</source>
        <translation>تکرار عبارت عبور تازه:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>New key</source>
        <translation>کلید تازه</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The two passphrases differ.</source>
        <translation>دو عبارت عبور یکی نیستند.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your group now signs with key {key}; the old key signed the hand-over, and your next file carries it.

Its words:
{words}</source>
        <translation>گروه شما اکنون با کلید {key} امضا می‌کند؛ کلید قدیمی واگذاری را امضا کرد، و فایل بعدی شما آن را همراه خود دارد.

واژه‌های آن:
{words}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Passphrase</source>
        <translation>عبارت عبور</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../src/coact_desktop/gui/language_menu.py" line="+57"/>
        <source>Follow the &amp;system</source>
        <translation>مانند &amp;سیستم</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Everything you have written stays as it is.</source>
        <translation>هر چه نوشته‌اید، همان‌طور که هست می‌ماند.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next time it starts, Coact Desktop will be in this language: {language}.</source>
        <translation>Coact Desktop دفعهٔ بعد که باز شود، به این زبان خواهد بود: {language}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coact Desktop will follow the system&apos;s language the next time it starts.</source>
        <translation>Coact Desktop دفعهٔ بعد که باز شود، از زبان سیستم پیروی می‌کند.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/coact_desktop/gui/damaged_library.py" line="+28"/>
        <source>The library database is damaged</source>
        <translation>پایگاه دادهٔ کتابخانه آسیب دیده است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile database is damaged. Restore the newest backup ({name})? Changes made since that backup was taken are not in it; the damaged file is kept aside.</source>
        <translation>پایگاه دادهٔ پروفایل آسیب دیده است. تازه‌ترین پشتیبان ({name}) بازگردانده شود؟ تغییراتی که پس از گرفتن آن پشتیبان انجام شده، در آن نیست؛ فایل آسیب‌دیده جداگانه نگه داشته می‌شود.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/gui/main_window.py" line="+80"/>
        <location line="+635"/>
        <source>A history of drug user organising</source>
        <translation>تاریخچهٔ سازمان‌دهی مصرف‌کنندگان مواد</translation>
    </message>
    <message>
        <location line="-609"/>
        <source>A history of drug user organising
by Mat Southwell and Lana Durjava, Coact</source>
        <translation>تاریخچهٔ سازمان‌دهی مصرف‌کنندگان مواد
نوشتهٔ Mat Southwell و Lana Durjava، Coact</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Authors</source>
        <extracomment>The line naming who wrote the history.</extracomment>
        <translation>نویسندگان</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edition</source>
        <translation>ویراست</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Views</source>
        <extracomment>The tabs of the main window (Read, Organisations, Timeline, Search, drafts).</extracomment>
        <translation>نماها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read</source>
        <extracomment>Tab where the history is read (a verb, like &apos;Search&apos;).</extracomment>
        <translation>خواندن</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Organisations</source>
        <translation>سازمان‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>خط زمانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>جست‌وجو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our group&apos;s history</source>
        <translation>تاریخچهٔ گروه ما</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Opening the library…</source>
        <translation>در حال باز کردن کتابخانه…</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Edition {number}, {date}</source>
        <translation>ویراست {number}، {date}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inbox</source>
        <extracomment>Tab (Coact&apos;s staff only) listing bundles received from groups.</extracomment>
        <translation>صندوق ورودی</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reading the last edition published…</source>
        <translation>در حال خواندن آخرین ویراست منتشرشده…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The editions workspace cannot open</source>
        <translation>میز کار ویراست‌ها باز نمی‌شود</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a file</source>
        <translation>وارد کردن فایل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coact files (*.coactpack *.coactanswer *.coact);;All files (*)</source>
        <translation>فایل‌های Coact (*.coactpack *.coactanswer *.coact);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Coact&apos;s answer is on the draft it answers.</source>
        <translation>پاسخ Coact اکنون روی همان پیش‌نویسی است که به آن پاسخ می‌دهد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coact&apos;s answer was not imported. {reason}</source>
        <translation>پاسخ Coact وارد نشد. {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not imported</source>
        <translation>وارد نشد</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copy the library to a stick</source>
        <translation>کپی کتابخانه روی فلش</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy Coact Desktop to a stick</source>
        <translation>کپی برنامهٔ Coact Desktop روی فلش</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Copied to {path}. Whoever gets it can check it as you did.</source>
        <translation>در {path} کپی شد. هر کسی که آن را بگیرد، می‌تواند آن را همان‌طور که شما بررسی کردید، بررسی کند.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This is the edition the program came with: nothing new yet.</source>
        <translation>این همان ویراستی است که همراه برنامه آمده است: هنوز چیز تازه‌ای نیست.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Preparing search…</source>
        <translation>آماده‌سازی جست‌وجو…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Search is not ready. It will be set up the next time you start Coact Desktop.</source>
        <translation>جست‌وجو آماده نیست. دفعهٔ بعد که Coact Desktop را باز کنید، آماده می‌شود.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search is not available: {reason}</source>
        <translation>جست‌وجو در دسترس نیست: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Coact Desktop cannot open the library</source>
        <translation>Coact Desktop نمی‌تواند کتابخانه را باز کند</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>(no name yet)</source>
        <translation>(هنوز بی‌نام)</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Some changes are not saved</source>
        <translation>برخی تغییرات ذخیره نشده است</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last changes to your draft could not be saved: {reason}

Keep the window open and try again? If you close now, those changes are lost.</source>
        <translation>آخرین تغییرات پیش‌نویس شما ذخیره نشد: {reason}

پنجره باز بماند و دوباره تلاش شود؟ اگر اکنون ببندید، آن تغییرات از دست می‌روند.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../src/coact_desktop/gui/notice_bar.py" line="+28"/>
        <source>Notice</source>
        <translation>اطلاعیه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the notice</source>
        <translation>بستن اطلاعیه</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../src/coact_desktop/gui/export_wizard.py" line="+36"/>
        <source>Where to save the file</source>
        <translation>فایل کجا ذخیره شود</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history becomes one file. Take it to Coact on a USB stick, or send it by e-mail or messenger.</source>
        <translation>تاریخچه به یک فایل تبدیل می‌شود. آن را با فلش USB به Coact برسانید، یا با ایمیل یا پیام‌رسان بفرستید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder</source>
        <translation>پوشه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypt it so that only Coact can read it</source>
        <translation>رمزنگاری فایل، تا فقط Coact بتواند آن را بخواند</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without encryption, anyone who gets the file (on a lost USB stick, in an e-mail account, on a phone) can read everything in it. Only send it unencrypted if you are sure.</source>
        <translation>بدون رمزنگاری، هر کسی که فایل به دستش برسد (روی یک فلش USB گم‌شده، در یک حساب ایمیل، روی یک گوشی) می‌تواند همهٔ محتوای آن را بخواند. فقط اگر مطمئن هستید، آن را بدون رمزنگاری بفرستید.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Folder:</source>
        <translation>پوشه:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name:</source>
        <translation>نام فایل:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a folder</source>
        <translation>انتخاب پوشه</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no such folder. Choose one with “Choose…”.</source>
        <translation>چنین پوشه‌ای وجود ندارد. با «انتخاب…» یک پوشه انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <location filename="../src/coact_desktop/gui/organisations_view.py" line="+38"/>
        <source>Filter by name, other spelling, country or city</source>
        <translation>فیلتر بر اساس نام، املای دیگر، کشور یا شهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter organisations</source>
        <translation>فیلتر سازمان‌ها</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation</source>
        <translation>سازمان</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+111"/>
        <source>Other spellings</source>
        <extracomment>Column: other names or spellings of the same organisation.</extracomment>
        <translation>املاهای دیگر</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Country or region</source>
        <translation>کشور یا منطقه</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+115"/>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+116"/>
        <source>Founded</source>
        <translation>تأسیس</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+116"/>
        <source>Ended</source>
        <extracomment>Column: the year the organisation stopped working.</extracomment>
        <translation>پایان</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Mentions</source>
        <extracomment>Column: how many passages of the history name the organisation.</extracomment>
        <translation>اشاره‌ها</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Organisations</source>
        <translation>سازمان‌ها</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Organisation details and passages</source>
        <translation>جزئیات سازمان و قطعه‌ها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose an organisation to see what the history says of it, and every passage that names it.</source>
        <translation>یک سازمان را انتخاب کنید تا ببینید تاریخچه دربارهٔ آن چه می‌گوید، و همهٔ قطعه‌هایی را که نام آن را آورده‌اند.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>منطقه</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Models of organising</source>
        <translation>الگوهای سازمان‌دهی</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Passages that mention it ({count})</source>
        <translation>قطعه‌هایی که به آن اشاره می‌کنند ({count})</translation>
    </message>
</context>
<context>
    <name>PaperKeyDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/paper_key_dialog.py" line="+32"/>
        <source>Paper backup of the key</source>
        <translation>پشتیبان کاغذی کلید</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the drafts with the paper key</source>
        <translation>باز کردن پیش‌نویس‌ها با کلید کاغذی</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase</source>
        <translation>عبارت عبور</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>Paper key</source>
        <translation>کلید کاغذی</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>New passphrase</source>
        <translation>عبارت عبور تازه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again</source>
        <translation>تکرار عبارت عبور تازه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارت عبور:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper &amp;key:</source>
        <translation>&amp;کلید کاغذی:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New passphrase:</source>
        <translation>عبارت عبور &amp;تازه:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;دوباره بنویسید:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Problem</source>
        <translation>مشکل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Show the key</source>
        <translation>&amp;نشان دادن کلید</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Open and set</source>
        <translation>باز کردن و &amp;ثبت</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>If the passphrase is forgotten, this key written on paper opens the drafts and lets you choose a new passphrase. Anyone who has the paper and this laptop can read the drafts: keep it somewhere safe, away from the laptop, or do without it.

Type the passphrase to show the key.</source>
        <translation>اگر عبارت عبور فراموش شود، این کلید که روی کاغذ نوشته شده است پیش‌نویس‌ها را باز می‌کند و به شما امکان می‌دهد عبارت عبور تازه‌ای انتخاب کنید. هر کسی که این کاغذ و این لپ‌تاپ را داشته باشد، می‌تواند پیش‌نویس‌ها را بخواند: آن را در جایی امن، دور از لپ‌تاپ، نگه دارید، یا اصلاً کلید کاغذی نداشته باشید.

برای نشان دادن کلید، عبارت عبور را بنویسید.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the 14 groups written on the paper, then choose a new passphrase. A duress passphrase, if one was set, is removed: set it again afterwards.</source>
        <translation>14 گروهی را که روی کاغذ نوشته شده است بنویسید، سپس یک عبارت عبور تازه انتخاب کنید. عبارت عبور هنگام تهدید، اگر تعیین شده باشد، حذف می‌شود: لطفاً پس از آن دوباره آن را تعیین کنید.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the passphrase.</source>
        <translation>عبارت عبور را بنویسید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the paper key.</source>
        <translation>کلید کاغذی را بنویسید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>لطفاً عبارت عبوری با دست‌کم 8 نویسه انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the same new passphrase twice.</source>
        <translation>عبارت عبور تازه را دو بار، یکسان بنویسید.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening…</source>
        <translation>در حال باز کردن…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Close</source>
        <translation>&amp;بستن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy it onto paper, in this order. It changes only after a quick delete.</source>
        <translation>آن را به همین ترتیب روی کاغذ بنویسید. این کلید تنها پس از حذف فوری تغییر می‌کند.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/passphrase_dialog.py" line="+40"/>
        <source>Protect drafts with a passphrase</source>
        <translation>محافظت از پیش‌نویس‌ها با عبارت عبور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the passphrase</source>
        <translation>تغییر عبارت عبور</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Duress passphrase</source>
        <translation>عبارت عبور هنگام تهدید</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Passphrase</source>
        <translation>عبارت عبور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>عبارت عبور تازه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again</source>
        <translation>تکرار عبارت عبور تازه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duress passphrase again</source>
        <translation>تکرار عبارت عبور هنگام تهدید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also set a &amp;duress passphrase</source>
        <translation>&amp;یک عبارت عبور هنگام تهدید هم تعیین شود</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typing the duress passphrase &amp;quick-deletes the drafts first, for good</source>
        <translation>با نوشتن عبارت عبور هنگام تهدید، نخست حذف &amp;فوری انجام می‌شود و پیش‌نویس‌ها برای همیشه از بین می‌روند</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارت عبور:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New passphrase:</source>
        <translation>عبارت عبور &amp;تازه:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;دوباره بنویسید:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>D&amp;uress passphrase:</source>
        <translation>عبارت عبور &amp;هنگام تهدید:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duress a&amp;gain:</source>
        <translation>ت&amp;کرار عبارت عبور هنگام تهدید:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Problem</source>
        <translation>مشکل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Protect</source>
        <translation>&amp;محافظت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange</source>
        <translation>ت&amp;غییر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Set</source>
        <translation>&amp;ثبت</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove the duress passphrase</source>
        <translation>&amp;حذف عبارت عبور هنگام تهدید</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing is re-encrypted: the drafts keep their key, and only the passphrase that opens it changes.</source>
        <translation>چیزی دوباره رمزنگاری نمی‌شود: پیش‌نویس‌ها کلید خود را نگه می‌دارند و تنها عبارت عبوری که آن کلید را باز می‌کند تغییر می‌کند.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Typed instead of the passphrase, a duress passphrase opens the program with none of your drafts in it, and nothing on the screen says which one was typed. It does not protect against a copy of the disk made before it was typed.</source>
        <translation>اگر عبارت عبور هنگام تهدید را به جای عبارت عبور اصلی بنویسید، برنامه بدون هیچ‌یک از پیش‌نویس‌های شما باز می‌شود و هیچ چیزی روی صفحه نشان نمی‌دهد که کدام‌یک نوشته شده است. عبارت عبور هنگام تهدید از داده‌های یک کپی از دیسک که پیش از نوشتن این عبارت گرفته شده باشد محافظت نمی‌کند.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The duress passphrase must differ from your usual passphrase.</source>
        <translation>عبارت عبور هنگام تهدید باید با عبارت عبور اصلی شما فرق داشته باشد.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Type the passphrase that opens the drafts now.</source>
        <translation>عبارت عبوری را بنویسید که اکنون پیش‌نویس‌ها را باز می‌کند.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Your drafts, the people named in them, the inbox and the group&apos;s signing key will be encrypted on this computer. Each time the program starts you type the passphrase once to open them; the history can be read without it.

If you forget this passphrase, nobody can open your drafts again, not even Coact. Write it on paper and keep it somewhere safe, away from the laptop.</source>
        <translation>پیش‌نویس‌های شما، افرادی که در آن‌ها نام برده شده‌اند، صندوق ورودی و کلید امضای گروه روی این رایانه رمزنگاری می‌شوند. هر بار که برنامه باز می‌شود، یک بار عبارت عبور را می‌نویسید تا آن‌ها باز شوند؛ تاریخچه را بدون عبارت عبور هم می‌توان خواند.

اگر این عبارت عبور را فراموش کنید، هیچ کس، حتی Coact، دیگر نمی‌تواند پیش‌نویس‌های شما را باز کند. لطفاً آن را روی کاغذ بنویسید و در جایی امن، دور از لپ‌تاپ، نگه دارید.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>لطفاً عبارت عبوری با دست‌کم 8 نویسه انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the same new passphrase twice.</source>
        <translation>عبارت عبور تازه را دو بار، یکسان بنویسید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a duress passphrase of at least 8 characters.</source>
        <translation>لطفاً یک عبارت عبور هنگام تهدید با دست‌کم 8 نویسه انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the same duress passphrase twice.</source>
        <translation>عبارت عبور هنگام تهدید را دو بار، یکسان بنویسید.</translation>
    </message>
</context>
<context>
    <name>PeopleTable</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_tables.py" line="-277"/>
        <location line="+182"/>
        <source>Consent</source>
        <translation>رضایت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Real name</source>
        <translation>نام واقعی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pseudonym</source>
        <translation>نام مستعار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add person</source>
        <translation>افزودن فرد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People and their consent</source>
        <translation>افراد و رضایت آن‌ها</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Named, with consent</source>
        <extracomment>Consent of a person named in the draft (a choice in the people table).</extracomment>
        <translation>با نام واقعی، با رضایت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pseudonym only</source>
        <translation>فقط نام مستعار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withheld: not shown</source>
        <translation>پنهان: نشان داده نمی‌شود</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_dialogs.py" line="+57"/>
        <source>Group profile</source>
        <translation>مشخصات گروه</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language of the draft</source>
        <translation>زبان پیش‌نویس</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The group&apos;s name</source>
        <translation>نام گروه</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not given</source>
        <extracomment>Shown in the &apos;year founded&apos; field when the group gave no year.</extracomment>
        <translation>وارد نشده</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not given</source>
        <translation>وارد نشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, still active</source>
        <translation>بله، هنوز فعال است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, no longer active</source>
        <translation>نه، دیگر فعال نیست</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. English, Russian</source>
        <translation>مثلاً فارسی, انگلیسی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models of organising</source>
        <translation>الگوهای سازمان‌دهی</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year founded</source>
        <translation>سال تأسیس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still active</source>
        <translation>هنوز فعال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>زبان‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This history is written in</source>
        <translation>زبانی که تاریخچه به آن نوشته شده است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The group&apos;s models of organising</source>
        <translation>الگوهای سازمان‌دهی گروه</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the group&apos;s name to go on; everything else can wait.</source>
        <translation>برای ادامه، نام گروه را بنویسید؛ بقیه را می‌توانید بعداً پر کنید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is missing</source>
        <translation>چه چیزی کم است</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Give the group&apos;s name first.</source>
        <translation>لطفاً ابتدا نام گروه را بنویسید.</translation>
    </message>
</context>
<context>
    <name>ProfileSafety</name>
    <message>
        <location filename="../src/coact_desktop/gui/profile_safety.py" line="+51"/>
        <location line="+60"/>
        <source>&amp;Protect drafts with a passphrase…</source>
        <translation>&amp;محافظت از پیش‌نویس‌ها با عبارت عبور…</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>D&amp;uress passphrase…</source>
        <translation>&amp;عبارت عبور هنگام تهدید…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper &amp;backup of the key…</source>
        <translation>پ&amp;شتیبان کاغذی کلید…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock drafts</source>
        <translation>&amp;قفل کردن پیش‌نویس‌ها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock &amp;when idle</source>
        <translation>قفل شدن &amp;هنگام بی‌استفاده ماندن</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After {minutes} minutes</source>
        <translation>پس از {minutes} دقیقه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quick delete after wron&amp;g passphrases</source>
        <translation>حذف فوری پس از چند عبارت عبور &amp;نادرست</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After {count} wrong passphrases in a row</source>
        <translation>پس از {count} عبارت عبور نادرست پشت سر هم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never</source>
        <comment>quick delete after wrong passphrases</comment>
        <extracomment>The choice that leaves quick delete after wrong passphrases off.</extracomment>
        <translation>هرگز</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quic&amp;k delete…</source>
        <translation>&amp;حذف فوری…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Change the &amp;passphrase…</source>
        <translation>&amp;تغییر عبارت عبور…</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The drafts are locked.</source>
        <translation>پیش‌نویس‌ها قفل شدند.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Your drafts, their photos and files, the inbox and the keys are now encrypted on this computer.</source>
        <translation>پیش‌نویس‌های شما همراه با عکس‌ها و فایل‌هایشان، صندوق ورودی و کلیدها اکنون روی این رایانه رمزنگاری شده‌اند.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase was changed.</source>
        <translation>عبارت عبور تغییر کرد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The duress passphrase was removed.</source>
        <translation>عبارت عبور هنگام تهدید حذف شد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The duress passphrase was set.</source>
        <translation>عبارت عبور هنگام تهدید تعیین شد.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Encrypting your drafts…</source>
        <translation>در حال رمزنگاری پیش‌نویس‌های شما…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Protect drafts with a passphrase</source>
        <translation>محافظت از پیش‌نویس‌ها با عبارت عبور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypting your drafts and sealing their photos and files…</source>
        <translation>در حال رمزنگاری پیش‌نویس‌های شما و مهر و موم کردن عکس‌ها و فایل‌هایشان…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled: the drafts are not protected, as before.</source>
        <translation>لغو شد: پیش‌نویس‌ها، مانند قبل، با عبارت عبور محافظت نشده‌اند.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing was changed</source>
        <translation>چیزی تغییر نکرد</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Quick delete after wrong passphrases</source>
        <translation>حذف فوری پس از چند عبارت عبور نادرست</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After {count} wrong passphrases in a row, your drafts, the inbox, photos, keys and backups are destroyed for good, as by quick delete, and nothing on the screen says so.

A mistyped passphrase, another keyboard language or a child at the keyboard can set it off. It does not help against someone who copies the disk before trying. Turn it on?</source>
        <translation>پس از {count} عبارت عبور نادرست پشت سر هم، پیش‌نویس‌های شما، صندوق ورودی، عکس‌ها، کلیدها و پشتیبان‌ها، مانند حذف فوری، برای همیشه از بین می‌روند، و هیچ چیزی روی صفحه این را نشان نمی‌دهد.

یک اشتباه در نوشتن عبارت عبور، صفحه‌کلیدی که روی زبان دیگری است، یا کودکی که با صفحه‌کلید بازی می‌کند، می‌تواند آن را به کار بیندازد. این کار در برابر کسی که پیش از امتحان کردن از دیسک کپی می‌گیرد کمکی نمی‌کند. آن را روشن می‌کنید؟</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Turn it on</source>
        <translation>&amp;روشن کردن</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Quick delete after wrong passphrases is off.</source>
        <translation>حذف فوری پس از چند عبارت عبور نادرست خاموش است.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After {count} wrong passphrases in a row, everything private is deleted.</source>
        <translation>پس از {count} عبارت عبور نادرست پشت سر هم، همهٔ داده‌های خصوصی حذف می‌شوند.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The drafts are open, under the new passphrase. Set a duress passphrase again if you had one.</source>
        <translation>پیش‌نویس‌ها باز هستند و از این پس با عبارت عبور تازه باز می‌شوند. اگر عبارت عبور هنگام تهدید داشتید، لطفاً دوباره آن را تعیین کنید.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Deleting…</source>
        <translation>در حال حذف…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Quick delete</source>
        <translation>حذف فوری</translation>
    </message>
</context>
<context>
    <name>ProgramShare</name>
    <message>
        <location filename="../src/coact_desktop/gui/program_share.py" line="+42"/>
        <location line="+55"/>
        <source>Copy Coact Desktop to a stick</source>
        <translation>کپی برنامهٔ Coact Desktop روی فلش</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Copying Coact Desktop and checking the copy…</source>
        <translation>در حال کپی Coact Desktop و بررسی کپی…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Coact Desktop {version} is copied to {folder} and the copy checked. Whoever gets it can check it too: with this program (coact-desktop release verify FOLDER), or with sha256sum -c RELEASE-SHA256SUMS and minisign -V inside the folder.</source>
        <translation>Coact Desktop {version} در {folder} کپی شد و کپی بررسی شد. هر کسی که آن را بگیرد، می‌تواند خودش هم آن را بررسی کند: با همین برنامه (coact-desktop release verify FOLDER)، یا با sha256sum -c RELEASE-SHA256SUMS و minisign -V در داخل همان پوشه.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The library&apos;s newest edition is copied to {path}.</source>
        <translation>تازه‌ترین ویراست کتابخانه در {path} کپی شد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied</source>
        <extracomment>Title of a message: the program&apos;s files were copied.</extracomment>
        <translation>کپی شد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coact Desktop is copied to {folder}.</source>
        <translation>Coact Desktop در {folder} کپی شد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was copied.</source>
        <translation>چیزی کپی نشد.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../src/coact_desktop/gui/task_progress.py" line="+15"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../src/coact_desktop/words/qt_words.py" line="+15"/>
        <source>OK</source>
        <extracomment>A button of a dialog (Qt&apos;s own word, as on every dialog of the system).</extracomment>
        <translation>تأیید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;بله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;نه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>بازکردن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>دورانداختن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>اعمال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>راهنما</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location line="+2"/>
        <source>&lt; &amp;Back</source>
        <extracomment>A button of a step-by-step dialog (the send wizard): the step before.</extracomment>
        <translation>&amp;عقب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next &gt;</source>
        <extracomment>The step after; in a right-to-left language, leave the arrow out.</extracomment>
        <translation>&amp;بعدی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>پایا&amp;ن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>ارسال</translation>
    </message>
</context>
<context>
    <name>QuickDelete</name>
    <message>
        <location filename="../src/coact_desktop/words/quick_delete.py" line="+16"/>
        <source>the key to your drafts (destroyed first)</source>
        <translation>کلید پیش‌نویس‌های شما (که پیش از همه از بین برده شد)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the encrypted drafts, inbox and keys</source>
        <translation>پیش‌نویس‌ها، صندوق ورودی و کلیدها (رمزنگاری‌شده)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drafts, inbox and keys</source>
        <translation>پیش‌نویس‌ها، صندوق ورودی و کلیدها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>photos and files attached to drafts</source>
        <translation>عکس‌ها و فایل‌های پیوست‌شده به پیش‌نویس‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backups</source>
        <translation>پشتیبان‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key files</source>
        <translation>فایل‌های کلید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the log</source>
        <translation>فایل گزارش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>temporary files</source>
        <translation>فایل‌های موقت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the plan of the next edition</source>
        <translation>طرح ویراست بعدی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the count of wrong passphrases</source>
        <translation>شمار دفعه‌های نوشتن عبارت عبور نادرست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folders, files and drafts remembered in settings</source>
        <translation>پوشه‌ها، فایل‌ها و پیش‌نویس‌هایی که در تنظیمات به خاطر سپرده شده بودند</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There was nothing private to remove.</source>
        <translation>چیز خصوصی‌ای برای حذف وجود نداشت.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed: {items}. The library is still here.</source>
        <extracomment>{items} is a list of what was removed, separated by semicolons.</extracomment>
        <translation>حذف شد: {items}. کتابخانه همچنان سر جای خود است.</translation>
    </message>
</context>
<context>
    <name>QuickDeleteDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/quick_delete_dialog.py" line="+26"/>
        <source>Quick delete</source>
        <translation>حذف فوری</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delete</source>
        <extracomment>The word typed to confirm quick delete: one short, ordinary word.</extracomment>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This destroys, for good, your group&apos;s drafts and the people named in them, attached files, the inbox, keys, backups and the log. The history stays, so the program looks like any reader&apos;s. Nobody can bring the drafts back, not even with the passphrase.

Type {word} to go on.</source>
        <translation>این کار پیش‌نویس‌های گروه شما و افرادی را که در آن‌ها نام برده شده‌اند، فایل‌های پیوست، صندوق ورودی، کلیدها، پشتیبان‌ها و فایل گزارش را برای همیشه از بین می‌برد. تاریخچه می‌ماند، پس برنامه مانند برنامهٔ هر خوانندهٔ دیگری به نظر می‌رسد. هیچ کس نمی‌تواند پیش‌نویس‌ها را برگرداند، حتی با عبارت عبور.

برای ادامه، «{word}» را بنویسید.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Confirmation word</source>
        <extracomment>The field where the confirming word is typed.</extracomment>
        <translation>واژهٔ تأیید</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Countdown</source>
        <translation>شمارش معکوس</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete now</source>
        <translation>&amp;همین حالا حذف شود</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Deleting in {seconds}… Press Cancel or Esc to stop.</source>
        <translation>تا {seconds} ثانیهٔ دیگر حذف می‌شود… برای متوقف کردن، «انصراف» یا Esc را بزنید.</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../src/coact_desktop/gui/media_save.py" line="+32"/>
        <source>file from a group history</source>
        <translation>فایلی از تاریخچهٔ یک گروه</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save a copy</source>
        <translation>ذخیرهٔ یک کپی</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A copy is saved in {path}.</source>
        <translation>یک کپی در {path} ذخیره شد.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/gui/rendering.py" line="+28"/>
        <source>From the history of {group}, in its own words</source>
        <translation>از تاریخچهٔ {group}، به روایت خود گروه</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>PDF document</source>
        <translation>سند PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>text file</source>
        <extracomment>Kind of an attached file, inside a sentence: lower case.</extracomment>
        <translation>فایل متنی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a copy ({kind}, {size})…</source>
        <translation>ذخیرهٔ یک کپی ({kind}، {size})…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>under 1 KB</source>
        <translation>کمتر از 1 کیلوبایت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} KB</source>
        <translation>{n} کیلوبایت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} MB</source>
        <translation>{n} مگابایت</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../src/coact_desktop/gui/reader_view.py" line="+93"/>
        <source>Chapter text</source>
        <translation>متن فصل</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>← Previous: {title}</source>
        <translation>→ قبلی: {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: {title} →</source>
        <translation>بعدی: {title} ←</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_dialogs.py" line="+39"/>
        <source>Revision history</source>
        <translation>سابقهٔ نسخه‌ها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revisions</source>
        <translation>نسخه‌ها</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/words/revisions.py" line="+15"/>
        <source>started</source>
        <extracomment>Why a revision of a draft was saved: the draft was started.</extracomment>
        <translation>آغاز شد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imported</source>
        <extracomment>Why a revision was saved: the draft was imported from a file.</extracomment>
        <translation>وارد شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saved while writing</source>
        <translation>در حین نوشتن ذخیره شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restored an earlier revision</source>
        <translation>نسخهٔ پیشین بازگردانده شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>تغییر کرد</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/gui/draft_dialogs.py" line="+3"/>
        <source>Revision {number} · {when} · {reason} · {size}</source>
        <extracomment>One line of the revision list: its number, date and time, why it was saved, length.</extracomment>
        <translation>نسخهٔ {number} · {when} · {reason} · {size}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Differences from the text now</source>
        <translation>تفاوت‌ها با متن کنونی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore this revision</source>
        <translation>بازگرداندن این نسخه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Timeline</source>
        <translation>خط زمانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People and consent</source>
        <translation>افراد و رضایت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and files</source>
        <translation>عکس‌ها و فایل‌ها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>خیر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founded</source>
        <translation>تأسیس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still active</source>
        <translation>هنوز فعال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>زبان‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models of organising</source>
        <translation>الگوهای سازمان‌دهی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the draft</source>
        <translation>زبان پیش‌نویس</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>undated</source>
        <extracomment>An event of the timeline that has no date.</extracomment>
        <translation>بی‌تاریخ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>named</source>
        <extracomment>Consent of a person in the draft: agreed to be named with the real name.</extracomment>
        <translation>با نام واقعی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pseudonym</source>
        <translation>نام مستعار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withheld</source>
        <extracomment>Consent of a person: neither the name nor the pseudonym is shown.</extracomment>
        <translation>پنهان</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../src/coact_desktop/gui/search_view.py" line="+39"/>
        <source>Search the history (Ctrl+K)</source>
        <translation>جست‌وجو در تاریخچه (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the history</source>
        <translation>جست‌وجو در تاریخچه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by chapter</source>
        <translation>فیلتر بر اساس فصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by model of organising</source>
        <translation>فیلتر بر اساس الگوی سازمان‌دهی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by country</source>
        <translation>فیلتر بر اساس کشور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by decade</source>
        <translation>فیلتر بر اساس دهه</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search results</source>
        <translation>نتیجه‌های جست‌وجو</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>All chapters</source>
        <translation>همهٔ فصل‌ها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All models</source>
        <translation>همهٔ الگوها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All countries</source>
        <translation>همهٔ کشورها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All decades</source>
        <translation>همهٔ دهه‌ها</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Preparing search…</source>
        <translation>آماده‌سازی جست‌وجو…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a word or a name. Word forms and misspellings are found too.</source>
        <translation>یک واژه یا نام بنویسید. شکل‌های دیگر واژه و غلط‌های املایی هم پیدا می‌شوند.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No exact matches. Showing close spellings:</source>
        <translation>مورد کاملاً یکسانی پیدا نشد. نتیجه‌ها برای املاهای نزدیک:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing found.</source>
        <translation>چیزی پیدا نشد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Coact&apos;s history is written in English: try an English word. Each group&apos;s own history is found in the language it is written in.</source>
        <translation>تاریخچهٔ Coact به انگلیسی نوشته شده است: یک واژهٔ انگلیسی را امتحان کنید. تاریخچهٔ خود هر گروه با واژه‌های همان زبانی پیدا می‌شود که به آن نوشته شده است.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{shown} of %n results</source>
        <extracomment>{shown} results are listed of %n found in all.</extracomment>
        <translation>
            <numerusform>{shown} از %n نتیجه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n results</source>
        <translation>
            <numerusform>%n نتیجه</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Did you mean {suggestion}?</source>
        <translation>آیا منظورتان {suggestion} بود؟</translation>
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
            <numerusform>%n واژه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n characters</source>
        <extracomment>The length of a text in Thai, Lao, Khmer, Myanmar, Chinese or Japanese, which do not put spaces between words: its letters are counted instead.</extracomment>
        <translation>
            <numerusform>%n نویسه</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../src/coact_desktop/gui/timeline_view.py" line="+24"/>
        <source>Timeline</source>
        <translation>خط زمانی</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{decade}s</source>
        <extracomment>A decade heading: {decade} is a year like 1990, so &apos;the 1990s&apos;.</extracomment>
        <translation>دههٔ {decade}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open this passage in the reader</source>
        <translation>باز کردن این قطعه برای خواندن</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <location filename="../src/coact_desktop/gui/unlock_panel.py" line="+24"/>
        <source>Your group&apos;s drafts are locked</source>
        <translation>پیش‌نویس‌های گروه شما قفل هستند</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>They are encrypted on this computer. Type your passphrase to open them. The history can be read and searched without it.</source>
        <translation>آن‌ها روی این رایانه رمزنگاری شده‌اند. برای باز کردنشان، عبارت عبور خود را بنویسید. تاریخچه را بدون آن هم می‌توان خواند و در آن جست‌وجو کرد.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase</source>
        <extracomment>The field where the passphrase of the group&apos;s drafts is typed.</extracomment>
        <translation>عبارت عبور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unlock</source>
        <translation>&amp;باز کردن قفل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forgotten? Use the &amp;paper key…</source>
        <translation>فراموش کرده‌اید؟ از &amp;کلید کاغذی استفاده کنید…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem</source>
        <translation>مشکل</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Opening…</source>
        <translation>در حال باز کردن…</translation>
    </message>
</context>
<context>
    <name>WhatsNewView</name>
    <message>
        <location filename="../src/coact_desktop/gui/whats_new_view.py" line="+39"/>
        <source>What&apos;s new in edition {edition}</source>
        <translation>تازه‌های ویراست {edition}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;{title}&lt;/b&gt;, edition {edition}, from {date}.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;، ویراست {edition}، تاریخ {date}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The editors wrote no notes for this edition.</source>
        <translation>ویراستاران برای این ویراست یادداشتی ننوشته‌اند.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chapters added, changed and removed</source>
        <translation>فصل‌های افزوده‌شده، تغییرکرده و حذف‌شده</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chapter, with what changed marked</source>
        <translation>فصل، با تغییرهای مشخص‌شده</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open this chapter</source>
        <translation>&amp;باز کردن این فصل</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Added ({n})</source>
        <extracomment>Heading in What&apos;s new: chapters added since the last edition; {n} is how many.</extracomment>
        <translation>افزوده‌شده ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed ({n})</source>
        <translation>تغییرکرده ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed ({n})</source>
        <translation>حذف‌شده ({n})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No chapter changed in this edition.</source>
        <translation>در این ویراست هیچ فصلی تغییر نکرده است.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>New in this edition.</source>
        <translation>در این ویراست تازه است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No longer in this edition.</source>
        <translation>دیگر در این ویراست نیست.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Struck-through words were taken out; underlined words are new.</source>
        <translation>واژه‌های خط‌خورده حذف شده‌اند؛ واژه‌های زیرخط‌دار تازه‌اند.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../src/coact_desktop/gui/window_menus.py" line="+34"/>
        <source>&amp;File</source>
        <translation>&amp;فایل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New draft…</source>
        <translation>&amp;پیش‌نویس تازه…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import a file…</source>
        <translation>&amp;وارد کردن فایل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy the library to a stick…</source>
        <translation>&amp;کپی کتابخانه روی فلش…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Coact &amp;Desktop to a stick…</source>
        <translation>کپی &amp;برنامهٔ Coact Desktop روی فلش…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export the open draft…</source>
        <translation>خروجی &amp;گرفتن از پیش‌نویس باز…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find in chapter</source>
        <translation>&amp;یافتن در فصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search the history</source>
        <translation>&amp;جست‌وجو در تاریخچه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What&apos;s new in this edition</source>
        <translation>&amp;تازه‌های این ویراست</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous chapter</source>
        <translation>فصل &amp;قبلی</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ne&amp;xt chapter</source>
        <translation>&amp;فصل بعدی</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;بزرگ‌نمایی</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;کوچک‌نمایی</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Normal size</source>
        <translation>اندازهٔ &amp;عادی</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language</source>
        <translation>&amp;زبان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keys</source>
        <translation>&amp;کلیدها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Coact</source>
        <translation>&amp;Coact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inbox of received files</source>
        <translation>&amp;صندوق ورودی: فایل‌های دریافتی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Editions workspace…</source>
        <translation>&amp;میز کار ویراست‌ها…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open received files…</source>
        <translation>&amp;باز کردن فایل‌های دریافتی…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Coact Desktop</source>
        <translation>&amp;دربارهٔ Coact Desktop</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>In a draft: text, timeline, people, files</source>
        <translation>در پیش‌نویس: متن، خط زمانی، افراد، فایل‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a draft&apos;s timeline or people: add a row</source>
        <translation>در خط زمانی یا افراد یک پیش‌نویس: افزودن یک ردیف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a draft&apos;s text: bold, link</source>
        <translation>در متن پیش‌نویس: پررنگ، پیوند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a table: the next or the previous cell</source>
        <translation>در جدول: خانهٔ بعدی یا قبلی</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keyboard shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About Coact Desktop</source>
        <translation>دربارهٔ Coact Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Coact Desktop {version}&lt;/h3&gt;&lt;p&gt;A history of drug user organising, written by Mat Southwell and Lana Durjava, Coact. The text is reproduced verbatim.&lt;/p&gt;&lt;p&gt;Works offline. Nothing is sent anywhere.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Coact Desktop {version}&lt;/h3&gt;&lt;p&gt;تاریخچهٔ سازمان‌دهی مصرف‌کنندگان مواد، نوشتهٔ Mat Southwell و Lana Durjava، Coact. متن بی‌هیچ تغییری آمده است.&lt;/p&gt;&lt;p&gt;بدون اینترنت کار می‌کند. چیزی به جایی فرستاده نمی‌شود.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>WritePage</name>
    <message>
        <location filename="../src/coact_desktop/gui/export_write_page.py" line="+33"/>
        <location line="+59"/>
        <source>Writing the file</source>
        <translation>نوشتن فایل</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>This takes a moment; Cancel stops it and leaves nothing behind.</source>
        <translation>این کار کمی طول می‌کشد؛ «لغو» آن را متوقف می‌کند و چیزی باقی نمی‌گذارد.</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Progress</source>
        <translation>پیشرفت کار</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Key fingerprint words</source>
        <translation>واژه‌های اثر انگشت کلید</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show the folder</source>
        <translation>نشان دادن پوشه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the file&apos;s path</source>
        <translation>کپی مسیر فایل</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back, to change the folder or the key</source>
        <translation>بازگشت، برای تغییر پوشه یا کلید</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Signing and writing…</source>
        <translation>در حال امضا و نوشتن…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The file is ready</source>
        <translation>فایل آماده است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send it to Coact in any way that suits you.</source>
        <translation>آن را از هر راهی که برایتان مناسب است، برای Coact بفرستید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} KB</source>
        <translation>{n} کیلوبایت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} MB</source>
        <translation>{n} مگابایت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written: {path} ({size}).</source>
        <translation>نوشته شد: {path} ({size}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is file number {n} from your group.</source>
        <translation>این فایل شمارهٔ {n} از گروه شماست.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is NOT encrypted: keep it safe.</source>
        <translation>این فایل رمزنگاری نشده است: آن را امن نگه دارید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A signing key was made for your group. Make a backup of it (Keys → Back up the signing key…) and keep the passphrase apart from the backup.</source>
        <translation>یک کلید امضا برای گروه شما ساخته شد. از آن پشتیبان بگیرید (کلیدها ← پشتیبان‌گیری از کلید امضا…) و عبارت عبور را جدا از پشتیبان نگه دارید.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When Coact receives your first file they will phone you to compare these words. Read them out; never send them with the file:</source>
        <translation>وقتی Coact نخستین فایل شما را دریافت کند، برای مقایسهٔ این واژه‌ها به شما تلفن می‌کند. آن‌ها را بلند بخوانید؛ هرگز آن‌ها را همراه فایل نفرستید:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your key&apos;s words, in case Coact asks for them again (by phone, never with the file):</source>
        <translation>واژه‌های کلید شما، اگر Coact دوباره آن‌ها را خواست (تلفنی، هرگز همراه فایل):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing was written.</source>
        <translation>چیزی نوشته نشد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file was not written. {reason}</source>
        <translation>فایل نوشته نشد. {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No program to show folders was found. The file is here: {path}</source>
        <translation>برنامه‌ای برای نشان دادن پوشه‌ها پیدا نشد. فایل اینجاست: {path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied: {path}</source>
        <translation>کپی شد: {path}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../src/coact_desktop/gui/app.py" line="+122"/>
        <source>Coact Desktop cannot start</source>
        <translation>Coact Desktop باز نمی‌شود</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Coact Desktop is already open with this profile. Use the window that is open (two windows could overwrite each other&apos;s writing).</source>
        <translation>Coact Desktop از قبل با همین پروفایل باز است. از همان پنجرهٔ باز استفاده کنید (دو پنجره ممکن است روی نوشته‌های یکدیگر بنویسند).</translation>
    </message>
</context>
</TS>
