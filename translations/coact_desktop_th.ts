<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th" sourcelanguage="en">
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/answer_dialog.py" line="+57"/>
        <source>Answer {group}, file {n}</source>
        <translation>คำตอบถึง {group} เรื่องไฟล์ที่ {n}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A word to the group</source>
        <translation>คำฝากถึงกลุ่ม</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not in an edition yet</source>
        <translation>ยังไม่อยู่ในฉบับเผยแพร่ใด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The edition the history went into</source>
        <translation>ฉบับเผยแพร่ที่รวมประวัติศาสตร์นี้ไว้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history&apos;s sections</source>
        <translation>หัวข้อของประวัติศาสตร์นี้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A note on this section</source>
        <translation>หมายเหตุสำหรับหัวข้อนี้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coact&apos;s wording of this section</source>
        <translation>ถ้อยคำของ Coact สำหรับหัวข้อนี้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publishing key file</source>
        <translation>ไฟล์กุญแจเผยแพร่</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase of the publishing key</source>
        <translation>วลีรหัสผ่านของกุญแจเผยแพร่</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder to save the answer in</source>
        <translation>โฟลเดอร์ที่จะบันทึกคำตอบ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>W&amp;rite the answer…</source>
        <translation>เขียน&amp;คำตอบ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Decision:</source>
        <translation>ผลการ&amp;พิจารณา:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;word to the group:</source>
        <translation>คำ&amp;ฝากถึงกลุ่ม:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In &amp;edition:</source>
        <translation>อยู่ในฉบับเ&amp;ผยแพร่:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note on this section:</source>
        <translation>&amp;หมายเหตุสำหรับหัวข้อนี้:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coact&apos;s wording (leave it as the group wrote it to suggest no change):</source>
        <translation>ถ้อยคำของ Coact (ปล่อยไว้ตามที่กลุ่มเขียน หากไม่ต้องการเสนอให้แก้ไข):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Sections:</source>
        <translation>หัว&amp;ข้อ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publishing &amp;key:</source>
        <translation>&amp;กุญแจเผยแพร่:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;วลีรหัสผ่าน:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;to:</source>
        <translation>บันทึกลงโ&amp;ฟลเดอร์:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The answer is encrypted to the group: only its program can read it.</source>
        <translation>คำตอบนี้เข้ารหัสไว้สำหรับกลุ่มนั้น มีเพียงโปรแกรมของกลุ่มนั้นที่อ่านได้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This group&apos;s file named no key for answers (an older program): the answer is signed but not encrypted, and whoever carries it can read it.</source>
        <translation>ไฟล์ของกลุ่มนี้ไม่ได้ระบุกุญแจสำหรับรับคำตอบ (มาจากโปรแกรมรุ่นเก่า) คำตอบจึงลงนามแล้วแต่ไม่ได้เข้ารหัส และใครก็ตามที่นำไฟล์ไปส่งจะอ่านได้</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The publishing key</source>
        <translation>กุญแจเผยแพร่</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the answer in</source>
        <translation>บันทึกคำตอบไว้ใน</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the publishing key file first.</source>
        <translation>กรุณาเลือกไฟล์กุญแจเผยแพร่ก่อน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a folder to save the answer in.</source>
        <translation>กรุณาเลือกโฟลเดอร์ที่จะบันทึกคำตอบ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is there already: choose another folder.</source>
        <translation>มี {name} อยู่ในโฟลเดอร์นั้นแล้ว กรุณาเลือกโฟลเดอร์อื่น</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signing the answer…</source>
        <translation>กำลังลงนามคำตอบ…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved {path}. Send it to the group as it is, by any way.</source>
        <translation>บันทึกไว้ที่ {path} แล้ว กรุณาส่งไฟล์นี้ให้กลุ่มตามที่เป็นอยู่ ด้วยวิธีใดก็ได้</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Accepted</source>
        <extracomment>Coact&apos;s decision on a group&apos;s history: taken into the library.</extracomment>
        <translation>รับแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted with changes</source>
        <translation>รับโดยมีการแก้ไข</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes asked for</source>
        <translation>ขอให้แก้ไข</translation>
    </message>
</context>
<context>
    <name>AnswerView</name>
    <message>
        <location filename="../src/coact_desktop/gui/answer_view.py" line="+43"/>
        <source>Coact&apos;s answer</source>
        <translation>คำตอบของ Coact</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coact wrote no general comment.</source>
        <translation>Coact ไม่ได้เขียนความเห็นโดยรวม</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sections Coact wrote about</source>
        <translation>หัวข้อที่ Coact เขียนถึง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (a change)</source>
        <translation> (มีการแก้ไข)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No notes on single sections.</source>
        <translation>ไม่มีหมายเหตุสำหรับหัวข้อใดโดยเฉพาะ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coact&apos;s note, and its change marked</source>
        <translation>หมายเหตุของ Coact พร้อมทำเครื่องหมายส่วนที่แก้ไข</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Use Coact&apos;s version of this section</source>
        <translation>ใ&amp;ช้ถ้อยคำของ Coact สำหรับหัวข้อนี้</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Accepted</source>
        <extracomment>Coact&apos;s decision on a group&apos;s history: taken into the library.</extracomment>
        <translation>รับแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted with changes</source>
        <translation>รับโดยมีการแก้ไข</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes asked for</source>
        <translation>ขอให้แก้ไข</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;{decision}&lt;/b&gt;: Coact&apos;s answer to bundle {sequence}, signed {date}.</source>
        <translation>&lt;b&gt;{decision}&lt;/b&gt;: คำตอบของ Coact ต่อไฟล์ส่งลำดับที่ {sequence} ลงนามเมื่อ {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is in edition {edition} of the library.</source>
        <translation>ประวัติศาสตร์นี้อยู่ในฉบับเผยแพร่ที่ {edition} ของห้องสมุด</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your draft has no section of this name now; Coact&apos;s version:</source>
        <translation>ตอนนี้ฉบับร่างของคุณไม่มีหัวข้อชื่อนี้ ถ้อยคำของ Coact คือ:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your draft already says it as Coact does.</source>
        <translation>ฉบับร่างของคุณเขียนไว้เหมือนกับของ Coact แล้ว</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Struck-through words are yours that Coact&apos;s version leaves out; underlined words are Coact&apos;s.</source>
        <translation>คำที่ขีดฆ่าคือคำของคุณที่ถ้อยคำของ Coact ตัดออก คำที่ขีดเส้นใต้คือคำของ Coact</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../src/coact_desktop/gui/export_check_page.py" line="+35"/>
        <source>Check the draft</source>
        <translation>ตรวจฉบับร่าง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing leaves this computer until the check is passed.</source>
        <translation>จะไม่มีข้อมูลใดออกจากคอมพิวเตอร์เครื่องนี้ จนกว่าจะผ่านการตรวจ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems found</source>
        <translation>ปัญหาที่พบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go there to fix it</source>
        <translation>ไปที่จุดนั้นเพื่อแก้ไข</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking…</source>
        <translation>กำลังตรวจ…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Must fix</source>
        <extracomment>&apos;Must fix&apos;: a problem that stops the sending; &apos;Note&apos;: advice only.</extracomment>
        <translation>ต้องแก้ไข</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>ข้อสังเกต</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Some things must be fixed before the history can be sent. Double-click one to go there; “Check again” above the draft brings you back here, and the check runs again.</source>
        <translation>มีบางอย่างที่ต้องแก้ไขก่อนจึงจะส่งประวัติศาสตร์นี้ได้ ดับเบิลคลิกที่รายการเพื่อไปยังจุดนั้น ปุ่ม “ตรวจอีกครั้ง” ด้านบนฉบับร่างจะพาคุณกลับมาที่นี่และตรวจใหม่อีกครั้ง</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready to send. A few notes:</source>
        <translation>พร้อมส่งแล้ว มีข้อสังเกตเล็กน้อย:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready to send: nothing to fix.</source>
        <translation>พร้อมส่งแล้ว ไม่มีอะไรต้องแก้ไข</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/coact_desktop/cli/__init__.py" line="+103"/>
        <source>interrupted</source>
        <translation>หยุดกลางคัน</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected error ({error}). Run again with --debug for details.</source>
        <translation>เกิดข้อผิดพลาดที่ไม่คาดคิด ({error}) กรุณาเรียกใช้อีกครั้งพร้อม --debug เพื่อดูรายละเอียด</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/backups.py" line="+40"/>
        <source>Restored {name}. The database it replaced was kept as {aside}.</source>
        <translation>กู้คืน {name} แล้ว ฐานข้อมูลเดิมที่ถูกแทนที่เก็บไว้เป็น {aside}</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/bundles.py" line="+61"/>
        <source>a new key: compare the fingerprint with the group by phone before trusting it</source>
        <translation>กุญแจใหม่: กรุณาเทียบลายนิ้วมือกุญแจกับกลุ่มทางโทรศัพท์ก่อนเชื่อถือ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the key Coact already trusts for this group</source>
        <translation>กุญแจที่ Coact เชื่อถืออยู่แล้วสำหรับกลุ่มนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a new key, handed over by a rotation record signed by the trusted key</source>
        <translation>กุญแจใหม่ ซึ่งส่งต่อมาด้วยบันทึกการเปลี่ยนกุญแจที่ลงนามโดยกุญแจที่ได้รับความเชื่อถือ</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose a passphrase for the group&apos;s new signing key: </source>
        <translation>ตั้งวลีรหัสผ่านสำหรับกุญแจลงนามใหม่ของกลุ่ม: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase of the group&apos;s signing key: </source>
        <translation>วลีรหัสผ่านของกุญแจลงนามของกลุ่ม: </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Warning: this bundle is NOT encrypted. Anyone who gets the file can read it.</source>
        <translation>คำเตือน: ไฟล์ส่งนี้ไม่ได้เข้ารหัส ใครก็ตามที่ได้ไฟล์ไปจะอ่านได้</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote {path} ({size}), bundle {sequence} of this group.</source>
        <translation>เขียน {path} ({size}) แล้ว เป็นไฟล์ส่งลำดับที่ {sequence} ของกลุ่มนี้</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A signing key was made for the group.</source>
        <translation>สร้างกุญแจลงนามให้กลุ่มแล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key fingerprint (read it out to Coact): {words}</source>
        <translation>ลายนิ้วมือกุญแจ (อ่านออกเสียงให้ Coact ฟัง): {words}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{file}: intact and correctly signed.</source>
        <translation>{file}: ไฟล์สมบูรณ์และลงนามถูกต้อง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group: {group}</source>
        <translation>กลุ่ม: {group}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bundle: {sequence}, made {date}</source>
        <translation>ไฟล์ส่ง: ลำดับที่ {sequence} สร้างเมื่อ {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key: {key}</source>
        <translation>กุญแจ: {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust: {trust}</source>
        <translation>การเชื่อถือ: {trust}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already received: importing it again changes nothing.</source>
        <translation>ได้รับไฟล์นี้แล้ว การนำเข้าซ้ำจะไม่เปลี่ยนแปลงอะไร</translation>
    </message>
    <message>
        <location line="+33"/>
        <location filename="../src/coact_desktop/cli/editions.py" line="+147"/>
        <source>{file}: refused. {reason}</source>
        <translation>{file}: ไม่รับไฟล์นี้ {reason}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cannot open it here: {reason}.</source>
        <translation>เปิดไฟล์นี้ที่นี่ไม่ได้: {reason}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{file}: imported {name}, bundle {sequence} (already received; nothing changed).</source>
        <translation>{file}: นำเข้า {name} ไฟล์ส่งลำดับที่ {sequence} แล้ว (เคยได้รับแล้ว ไม่มีอะไรเปลี่ยนแปลง)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}: imported {name}, bundle {sequence}.</source>
        <translation>{file}: นำเข้า {name} ไฟล์ส่งลำดับที่ {sequence} แล้ว</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}: held. {name} signs with a key Coact does not know yet. Phone the group and compare these words: {words}. Then accept it in the window&apos;s inbox, or import again with --trust-new-key.</source>
        <translation>{file}: พักไว้ก่อน {name} ลงนามด้วยกุญแจที่ Coact ยังไม่รู้จัก กรุณาโทรหากลุ่มและเทียบคำเหล่านี้: {words} จากนั้นรับไฟล์ในกล่องรับไฟล์ของหน้าต่างโปรแกรม หรือนำเข้าอีกครั้งพร้อม --trust-new-key</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file}: not imported: a newer file from {name} (after bundle {sequence}) is already in the library, and the newest is kept.</source>
        <translation>{file}: ไม่ได้นำเข้า เพราะมีไฟล์ที่ใหม่กว่าจาก {name} (หลังไฟล์ส่งลำดับที่ {sequence}) อยู่ในห้องสมุดแล้ว และโปรแกรมจะเก็บไฟล์ที่ใหม่ที่สุดไว้</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file}: not imported; the bundle is {state}.</source>
        <translation>{file}: ไม่ได้นำเข้า สถานะของไฟล์ส่งนี้คือ: {state}</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/drafts.py" line="+57"/>
        <location line="+87"/>
        <source>(no name yet)</source>
        <translation>(ยังไม่มีชื่อ)</translation>
    </message>
    <message numerus="yes">
        <location line="-85"/>
        <source>saved {when}, %n revisions</source>
        <extracomment>One line of the drafts list: its id, the group&apos;s name, when it was last saved.</extracomment>
        <translation>
            <numerusform>บันทึกเมื่อ {when} มี %n เวอร์ชัน</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Restored revision {old} as revision {new}.</source>
        <translation>กู้คืนเวอร์ชัน {old} เป็นเวอร์ชัน {new} แล้ว</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>place not given</source>
        <translation>ไม่ได้ระบุสถานที่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year not given</source>
        <translation>ไม่ได้ระบุปี</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place}; founded {year}</source>
        <translation>{place}; ก่อตั้ง: {year}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n events</source>
        <translation>
            <numerusform>%n เหตุการณ์</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n คน</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/editions.py" line="-59"/>
        <source>Copied the library&apos;s newest edition to {path}.</source>
        <translation>คัดลอกฉบับเผยแพร่ล่าสุดของห้องสมุดไปที่ {path} แล้ว</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Passphrase of the root key: </source>
        <translation>วลีรหัสผ่านของกุญแจราก: </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wrote {file}.</source>
        <translation>เขียน {file} แล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Root version {version} is signed by {old_signed} of the {old_needed} current root keys needed and {new_signed} of the {new_needed} of its own.</source>
        <extracomment>A new list of root keys must be signed by enough of the current keys and of its own.</extracomment>
        <translation>รายการกุญแจรากเวอร์ชัน {version} มีลายเซ็นจากกุญแจรากปัจจุบัน {old_signed} ดอก จากที่ต้องใช้ {old_needed} ดอก และจากกุญแจรากของเวอร์ชันนี้เอง {new_signed} ดอก จากที่ต้องใช้ {new_needed} ดอก</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Readers will accept it.</source>
        <translation>โปรแกรมของผู้อ่านจะรับเวอร์ชันนี้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More root keys must sign it.</source>
        <translation>ต้องมีกุญแจรากลงนามเพิ่มอีก</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{file}: edition {edition}, against edition {have} here.</source>
        <translation>{file}: ฉบับเผยแพร่ที่ {edition} เทียบกับฉบับเผยแพร่ที่ {have} ที่มีอยู่ในเครื่องนี้</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>chapter added: {title} ({slug}), {words}</source>
        <translation>บทที่เพิ่ม: {title} ({slug}) {words}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chapter changed: {title} ({slug}), {added} and {removed}</source>
        <translation>บทที่เปลี่ยนแปลง: {title} ({slug}) {added} และ {removed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chapter removed: {title} ({slug}), {words}</source>
        <translation>บทที่นำออก: {title} ({slug}) {words}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>+%n words</source>
        <extracomment>Words a changed chapter gains, as in &quot;+120 words&quot;.</extracomment>
        <translation>
            <numerusform>+%n คำ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>-%n words</source>
        <extracomment>Words a changed chapter loses, as in &quot;-35 words&quot;.</extracomment>
        <translation>
            <numerusform>-%n คำ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>history added: {name}</source>
        <translation>ประวัติศาสตร์ที่เพิ่ม: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>history changed: {name}</source>
        <translation>ประวัติศาสตร์ที่เปลี่ยนแปลง: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>history removed: {name}</source>
        <translation>ประวัติศาสตร์ที่นำออก: {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing would change but the edition&apos;s number and notes.</source>
        <translation>จะไม่มีอะไรเปลี่ยนแปลง นอกจากหมายเลขและบันทึกของฉบับเผยแพร่</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{folder}: no newer edition for this library.</source>
        <translation>{folder}: ไม่มีฉบับเผยแพร่ที่ใหม่กว่าสำหรับห้องสมุดนี้</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Imported before it: {files}.</source>
        <translation>นำเข้าก่อนหน้านั้นแล้ว: {files}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{file}: imported.</source>
        <translation>{file}: นำเข้าแล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: intact and signed by Coact.</source>
        <translation>{file}: ไฟล์สมบูรณ์และลงนามโดย Coact</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edition: {edition} of {library}, from {date}</source>
        <translation>ฉบับเผยแพร่: {edition} ของ {library} ลงวันที่ {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title: {title}</source>
        <translation>ชื่อเรื่อง: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed: {when} by the publishing key {key}</source>
        <translation>ลงนาม: {when} ด้วยกุญแจเผยแพร่ {key}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Histories: {names}</source>
        <translation>ประวัติศาสตร์: {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left out: {names} (no longer in this edition)</source>
        <translation>ตัดออก: {names} (ไม่อยู่ในฉบับเผยแพร่นี้แล้ว)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the changes since the edition this library holds.</source>
        <translation>มีเฉพาะส่วนที่เปลี่ยนไปนับจากฉบับเผยแพร่ที่ห้องสมุดนี้มีอยู่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library now has edition {edition}.</source>
        <translation>ตอนนี้ห้องสมุดมีฉบับเผยแพร่ที่ {edition} แล้ว</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What&apos;s new: {notes}</source>
        <translation>มีอะไรใหม่: {notes}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: this computer&apos;s clock is behind: a file signed on {date} was already seen here. Set the date right.</source>
        <translation>คำเตือน: นาฬิกาของคอมพิวเตอร์เครื่องนี้ช้ากว่าความจริง เพราะเคยพบไฟล์ที่ลงนามเมื่อ {date} ที่นี่แล้ว กรุณาตั้งวันที่ให้ถูกต้อง</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>--delta-from: {file} is not a pack file (or say “{shipped}”).</source>
        <translation>--delta-from: {file} ไม่ใช่ไฟล์ฉบับเผยแพร่ (หรือระบุ “{shipped}”)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Wrote {file} ({size}): the changes that make edition {edition}, signed by {key}.</source>
        <translation>เขียน {file} ({size}) แล้ว: ส่วนที่เปลี่ยนไปซึ่งทำให้เป็นฉบับเผยแพร่ที่ {edition} ลงนามด้วยกุญแจ {key}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrote {file} ({size}): edition {edition}, signed by {key}.</source>
        <translation>เขียน {file} ({size}) แล้ว: ฉบับเผยแพร่ที่ {edition} ลงนามด้วยกุญแจ {key}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{library}  edition {edition}, {date}: {title}</source>
        <translation>{library}  ฉบับเผยแพร่ที่ {edition} วันที่ {date}: {title}</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/keys.py" line="+68"/>
        <source>Cannot read the passphrase file {path}: {reason}.</source>
        <translation>อ่านไฟล์วลีรหัสผ่าน {path} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A passphrase is needed: run this in a terminal, or give --passphrase-file FILE.</source>
        <translation>ต้องใช้วลีรหัสผ่าน: กรุณาเรียกใช้คำสั่งนี้ในเทอร์มินัล หรือระบุ --passphrase-file FILE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type it again: </source>
        <translation>พิมพ์อีกครั้ง: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>วลีรหัสผ่านทั้งสองไม่ตรงกัน ไม่มีอะไรเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No signing key yet: it is made on the first export.</source>
        <translation>ยังไม่มีกุญแจลงนาม กุญแจจะถูกสร้างเมื่อส่งออกครั้งแรก</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wrote the public key {key} to {file}.</source>
        <translation>เขียนกุญแจสาธารณะ {key} ลงใน {file} แล้ว</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase of the signing key: </source>
        <translation>วลีรหัสผ่านของกุญแจลงนาม: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrote a backup of key {key} to {file}. It stays encrypted with its passphrase: keep the file and the passphrase in different places.</source>
        <translation>เขียนสำเนาสำรองของกุญแจ {key} ลงใน {file} แล้ว สำเนานี้ยังเข้ารหัสด้วยวลีรหัสผ่านของกุญแจ กรุณาเก็บไฟล์และวลีรหัสผ่านไว้คนละที่</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase of the backed-up key: </source>
        <translation>วลีรหัสผ่านของกุญแจที่สำรองไว้: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored key {key}.</source>
        <translation>กู้คืนกุญแจ {key} แล้ว</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase of the current key: </source>
        <translation>วลีรหัสผ่านของกุญแจปัจจุบัน: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase for the new key: </source>
        <translation>วลีรหัสผ่านสำหรับกุญแจใหม่: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Made key {key}; key {old} signed the hand-over.</source>
        <translation>สร้างกุญแจ {key} แล้ว กุญแจ {old} ลงนามรับรองการส่งต่อ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Key id:</source>
        <translation>รหัสประจำกุญแจ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint:</source>
        <translation>ลายนิ้วมือกุญแจ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public key:</source>
        <translation>กุญแจสาธารณะ:</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/search.py" line="+30"/>
        <source>Preparing search (first use)…</source>
        <translation>กำลังเตรียมการค้นหา (ใช้ครั้งแรก)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No exact matches. Close spellings:</source>
        <translation>ไม่พบคำที่ตรงกันทุกตัวอักษร คำที่สะกดใกล้เคียง:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did you mean: {suggestion}</source>
        <translation>คุณหมายถึง: {suggestion} หรือไม่</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>{shown} of %n results</source>
        <extracomment>{shown} results are listed of %n found in all.</extracomment>
        <translation>
            <numerusform>แสดง {shown} จากผลลัพธ์ทั้งหมด %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/answers.py" line="+66"/>
        <source>{file}: Coact&apos;s answer: {decision}.</source>
        <translation>{file}: คำตอบของ Coact: {decision}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is on the draft {draft} (bundle {n}).</source>
        <translation>คำตอบนี้อยู่ในฉบับร่าง {draft} แล้ว (ไฟล์ส่งลำดับที่ {n})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>bundle {n}: {decision}, signed {when}</source>
        <translation>ไฟล์ส่งลำดับที่ {n}: {decision} ลงนามเมื่อ {when}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refused. {reason}</source>
        <translation>ไม่รับไฟล์นี้ {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--section-text: cannot read {file}: {reason}.</source>
        <translation>--section-text: อ่าน {file} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../src/coact_desktop/cli/editions.py" line="-51"/>
        <source>Passphrase of the publishing key: </source>
        <translation>วลีรหัสผ่านของกุญแจเผยแพร่: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote {file}: the answer to bundle {n} of the group.</source>
        <translation>เขียน {file} แล้ว: คำตอบต่อไฟล์ส่งลำดับที่ {n} ของกลุ่ม</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{option} takes TITLE=VALUE, as in {option} “How we began=…”.</source>
        <extracomment>TITLE and VALUE are written as they are: they name the parts of the option.</extracomment>
        <translation>{option} ต้องระบุในรูป TITLE=VALUE เช่น {option} “เราเริ่มต้นอย่างไร=…”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>accepted</source>
        <translation>รับแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted with changes</source>
        <translation>รับโดยมีการแก้ไข</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changes asked for</source>
        <translation>ขอให้แก้ไข</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/output.py" line="+30"/>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/release.py" line="+42"/>
        <source>{folder} is Coact Desktop {version} as Coact released it: {files} files, each unchanged, signed by key {key}.</source>
        <translation>{folder} คือ Coact Desktop {version} ตามที่ Coact เผยแพร่: มี {files} ไฟล์ ทุกไฟล์ไม่มีการเปลี่ยนแปลง และลงนามด้วยกุญแจ {key}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copied Coact Desktop {version} to {folder} and checked the copy.</source>
        <translation>คัดลอก Coact Desktop {version} ไปที่ {folder} และตรวจสำเนาแล้ว</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied the library to {folder}.</source>
        <translation>คัดลอกห้องสมุดไปที่ {folder} แล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No edition from a file to pass on yet: the library that comes with the program is in it.</source>
        <translation>ยังไม่มีฉบับเผยแพร่ที่นำเข้าจากไฟล์ให้ส่งต่อ ห้องสมุดที่มากับโปรแกรมรวมอยู่ในสำเนานี้แล้ว</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Whoever receives it can check it: {check} with Coact&apos;s publishing key (or: coact-desktop release verify FOLDER).</source>
        <extracomment>{check} is a command to type as it is (cd, sha256sum, minisign): not to be translated.</extracomment>
        <translation>ผู้ที่ได้รับไปตรวจได้ด้วย: {check} โดยใช้กุญแจเผยแพร่ของ Coact (หรือ: coact-desktop release verify FOLDER)</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/protection.py" line="+81"/>
        <source>The drafts are protected by a passphrase: run this in a terminal, or give --unlock-file FILE.</source>
        <translation>ฉบับร่างได้รับการป้องกันด้วยวลีรหัสผ่าน: กรุณาเรียกใช้คำสั่งนี้ในเทอร์มินัล หรือระบุ --unlock-file FILE</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase of your group&apos;s drafts: </source>
        <translation>วลีรหัสผ่านของฉบับร่างของกลุ่มคุณ: </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The drafts are not protected by a passphrase.</source>
        <translation>ฉบับร่างไม่ได้ป้องกันด้วยวลีรหัสผ่าน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you forget this passphrase, nobody can open your drafts again, not even Coact.</source>
        <translation>หากคุณลืมวลีรหัสผ่านนี้ จะไม่มีใครเปิดฉบับร่างของคุณได้อีก แม้แต่ Coact เอง</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <location line="+25"/>
        <source>New passphrase: </source>
        <translation>วลีรหัสผ่านใหม่: </translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+53"/>
        <source>Duress passphrase: </source>
        <translation>วลีรหัสผ่านกรณีถูกบังคับ: </translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Paper key: </source>
        <translation>กุญแจกระดาษ: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The drafts open with the new passphrase. A duress passphrase, if one was set, was removed: set it again.</source>
        <translation>ตอนนี้ฉบับร่างเปิดได้ด้วยวลีรหัสผ่านใหม่ หากเคยตั้งวลีรหัสผ่านกรณีถูกบังคับไว้ วลีนั้นถูกนำออกแล้ว กรุณาตั้งใหม่อีกครั้ง</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Anyone with this key and the laptop can read the drafts: copy it onto paper and keep it away from the laptop.</source>
        <translation>ใครก็ตามที่มีกุญแจนี้และแล็ปท็อปเครื่องนี้จะอ่านฉบับร่างได้ กรุณาคัดลอกกุญแจลงกระดาษ แล้วเก็บไว้ห่างจากแล็ปท็อป</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The drafts are not protected by a passphrase: set one first.</source>
        <translation>ฉบับร่างไม่ได้ป้องกันด้วยวลีรหัสผ่าน กรุณาตั้งวลีรหัสผ่านก่อน</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quick delete after wrong passphrases is off.</source>
        <translation>ไม่ได้เปิดใช้การลบด่วนเมื่อพิมพ์วลีรหัสผ่านผิด</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After {count} wrong passphrases in a row, the drafts, inbox, photos, keys and backups are destroyed for good, and nothing says so. A mistyped passphrase can set it off; it does not help against a copy of the disk made first.</source>
        <translation>หลังจากพิมพ์วลีรหัสผ่านผิด {count} ครั้งติดต่อกัน ฉบับร่าง กล่องรับไฟล์ รูปภาพ กุญแจ และสำเนาสำรองจะถูกทำลายอย่างถาวร โดยไม่มีสิ่งใดแจ้งให้ทราบ แค่พิมพ์วลีรหัสผ่านพลาดก็อาจทำให้เกิดการลบได้ และการลบนี้ไม่ช่วยป้องกันข้อมูลในสำเนาดิสก์ที่ทำไว้ก่อนแล้ว</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Without a terminal, quick delete needs --yes.</source>
        <translation>หากไม่ได้ใช้เทอร์มินัล การลบด่วนต้องระบุ --yes</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Passphrase: </source>
        <translation>วลีรหัสผ่าน: </translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The drafts, their photos and files, the inbox and the keys are encrypted under a passphrase.</source>
        <translation>ฉบับร่าง รูปภาพและไฟล์ของฉบับร่าง กล่องรับไฟล์ และกุญแจต่าง ๆ ได้รับการเข้ารหัสด้วยวลีรหัสผ่าน</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The drafts, their photos and files, the inbox and the keys are now encrypted.</source>
        <translation>ตอนนี้ฉบับร่าง รูปภาพและไฟล์ของฉบับร่าง กล่องรับไฟล์ และกุญแจต่าง ๆ เข้ารหัสแล้ว</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The passphrase was changed.</source>
        <translation>เปลี่ยนวลีรหัสผ่านแล้ว</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The duress passphrase was removed.</source>
        <translation>นำวลีรหัสผ่านกรณีถูกบังคับออกแล้ว</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The duress passphrase was set.</source>
        <translation>ตั้งวลีรหัสผ่านกรณีถูกบังคับแล้ว</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>delete</source>
        <extracomment>The word the person types to confirm quick delete; keep it one short word.</extracomment>
        <translation>ลบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This destroys the drafts, inbox, keys, backups and logs for good. Type {word} to go on: </source>
        <translation>คำสั่งนี้จะทำลายอย่างถาวร ทั้งฉบับร่าง กล่องรับไฟล์ กุญแจ สำเนาสำรอง และไฟล์บันทึกการทำงาน กรุณาพิมพ์ “{word}” เพื่อดำเนินการต่อ: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was deleted.</source>
        <translation>ไม่มีอะไรถูกลบ</translation>
    </message>
</context>
<context>
    <name>ContentsView</name>
    <message>
        <location filename="../src/coact_desktop/gui/contents_view.py" line="+22"/>
        <source>Contents</source>
        <translation>สารบัญ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Models of organising</source>
        <translation>รูปแบบการรวมกลุ่ม</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Groups&apos; own histories</source>
        <translation>ประวัติศาสตร์ที่กลุ่มเขียนเอง</translation>
    </message>
</context>
<context>
    <name>DraftAnswers</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_answers.py" line="+56"/>
        <source>Coact has answered this history (bundle {sequence}).</source>
        <translation>Coact ตอบประวัติศาสตร์นี้แล้ว (ไฟล์ส่งลำดับที่ {sequence})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See Coact&apos;s answer</source>
        <translation>ดูคำตอบของ Coact</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Coact&apos;s version of {title} is in the draft.</source>
        <translation>ถ้อยคำของ Coact สำหรับ {title} อยู่ในฉบับร่างแล้ว</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_editor.py" line="+60"/>
        <source>Group profile…</source>
        <translation>ข้อมูลกลุ่ม…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision history…</source>
        <translation>ประวัติเวอร์ชัน…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to Coact…</source>
        <translation>ส่งถึง Coact…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the draft and save it as one signed, encrypted file for Coact</source>
        <translation>ตรวจฉบับร่าง แล้วบันทึกเป็นไฟล์เดียวที่ลงนามและเข้ารหัสแล้วสำหรับ Coact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sections</source>
        <translation>หัวข้อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add section</source>
        <translation>เพิ่มหัวข้อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>เปลี่ยนชื่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>เลื่อนลง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Section text</source>
        <translation>เนื้อหาของหัวข้อ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write here. Markdown works: **bold**, - lists, # headings.</source>
        <translation>เขียนที่นี่ได้เลย ใช้ Markdown ได้: **ตัวหนา**, - รายการ, # หัวเรื่อง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent warning</source>
        <translation>คำเตือนเรื่องความยินยอม</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the pseudonym everywhere</source>
        <translation>ใช้นามแฝงแทนทุกที่</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preview</source>
        <extracomment>Button: shows the draft as readers will see it.</extracomment>
        <translation>ดูตัวอย่าง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See the draft as it would appear in the library&apos;s reading view</source>
        <translation>ดูฉบับร่างในแบบที่จะปรากฏในหน้าอ่านของห้องสมุด</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview of the whole draft</source>
        <translation>ตัวอย่างของฉบับร่างทั้งหมด</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save status</source>
        <translation>สถานะการบันทึก</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Parts of the draft</source>
        <extracomment>The tabs of a draft: text, timeline, people and consent, photos and files.</extracomment>
        <translation>ส่วนต่าง ๆ ของฉบับร่าง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>เนื้อหา</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline</source>
        <extracomment>Tab of a draft: the dated events of the group&apos;s history.</extracomment>
        <translation>ลำดับเหตุการณ์</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+241"/>
        <source>People and consent</source>
        <translation>บุคคลและความยินยอม</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Photos and files</source>
        <translation>รูปภาพและไฟล์</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>(no name yet)</source>
        <translation>(ยังไม่มีชื่อ)</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>People and consent ({count} to check)</source>
        <translation>บุคคลและความยินยอม (ต้องตรวจ {count})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Names to check: {count}. A real name is used without consent in the text, the timeline or a file. Record their consent here, or use their pseudonym. ({keys})</source>
        <translation>ชื่อที่ต้องตรวจ: {count} มีการใช้ชื่อจริงโดยไม่ได้รับความยินยอม ในเนื้อหา ลำดับเหตุการณ์ หรือไฟล์ กรุณาบันทึกความยินยอมของบุคคลนั้นที่นี่ หรือใช้นามแฝงของเขาแทน ({keys})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“{name}” is named in this section but has not agreed to be named. Use their pseudonym instead, or record their consent under People.</source>
        <translation>มีการเอ่ยชื่อ “{name}” ในหัวข้อนี้ แต่บุคคลนี้ยังไม่ยินยอมให้เอ่ยชื่อ กรุณาใช้นามแฝงแทน หรือบันทึกความยินยอมไว้ในแท็บ “บุคคลและความยินยอม”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give them a pseudonym under People first.</source>
        <translation>กรุณาตั้งนามแฝงให้บุคคลนี้ในแท็บ “บุคคลและความยินยอม” ก่อน</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New section</source>
        <translation>หัวข้อใหม่</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rename section</source>
        <translation>เปลี่ยนชื่อหัวข้อ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>ชื่อหัวข้อ</translation>
    </message>
</context>
<context>
    <name>DraftTables</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_tables.py" line="+221"/>
        <source>Remove</source>
        <extracomment>Button: remove the chosen row (an event or a person).</extracomment>
        <translation>นำออก</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a row (Alt+A)</source>
        <translation>เพิ่มแถว (Alt+A)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A year such as 1998; a date in words goes under When.</source>
        <translation>ใส่ปี ค.ศ. เป็นตัวเลข เช่น 1998 ส่วนวันที่ที่เขียนเป็นคำพูด ให้ใส่ในช่อง “เมื่อไร”</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_guide.py" line="+25"/>
        <source>How the group began</source>
        <translation>กลุ่มเริ่มต้นอย่างไร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the group does</source>
        <translation>กลุ่มทำอะไรบ้าง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Milestones</source>
        <extracomment>Title of a section every new draft starts with: the group&apos;s key moments.</extracomment>
        <translation>เหตุการณ์สำคัญ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Challenges and responses</source>
        <translation>อุปสรรคและการรับมือ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achievements</source>
        <translation>ความสำเร็จ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lessons for other groups</source>
        <translation>บทเรียนสำหรับกลุ่มอื่น</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>When and where did the group start, who started it, and why? Was it a reaction to something happening in your drug scene?</source>
        <translation>กลุ่มเริ่มต้นเมื่อไรและที่ไหน ใครเป็นผู้ริเริ่ม และเพราะอะไร เกิดขึ้นเพื่อตอบสนองต่อสิ่งที่เกิดขึ้นในแวดวงการใช้ยาในพื้นที่ของคุณหรือไม่</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What does the group do: peer support, needle and syringe programmes, treatment advocacy, legal help, outreach, campaigning? Which models of organising fit?</source>
        <translation>กลุ่มทำอะไรบ้าง เช่น การช่วยเหลือกันแบบเพื่อนช่วยเพื่อน โครงการเข็มและกระบอกฉีดยาสะอาด การผลักดันเรื่องการเข้าถึงการรักษา ความช่วยเหลือทางกฎหมาย การลงพื้นที่เข้าถึงชุมชน การรณรงค์ รูปแบบการรวมกลุ่มแบบใดที่ตรงกับกลุ่มของคุณ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What were the important moments, and when did they happen?</source>
        <translation>ช่วงเวลาสำคัญมีอะไรบ้าง และเกิดขึ้นเมื่อไร</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What got in the way (the police, funding, stigma, the law), and how did you respond?</source>
        <translation>อะไรเป็นอุปสรรค (ตำรวจ เงินทุน การตีตรา กฎหมาย) และคุณรับมืออย่างไร</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What changed because of the group?</source>
        <translation>มีอะไรเปลี่ยนแปลงไปบ้างเพราะกลุ่มของคุณ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would you tell a group that is just starting?</source>
        <translation>คุณอยากบอกอะไรกับกลุ่มที่เพิ่งเริ่มต้น</translation>
    </message>
</context>
<context>
    <name>DraftsView</name>
    <message>
        <location filename="../src/coact_desktop/gui/drafts_view.py" line="+67"/>
        <source>Drafts</source>
        <translation>ฉบับร่าง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New draft…</source>
        <translation>ฉบับร่างใหม่…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write your group&apos;s own history here, at your own pace. Everything you type is kept on this computer and saved as you go.

Start with “New draft…”.</source>
        <translation>เขียนประวัติศาสตร์ของกลุ่มคุณเองได้ที่นี่ ตามจังหวะของคุณ ทุกสิ่งที่คุณพิมพ์จะเก็บไว้ในคอมพิวเตอร์เครื่องนี้ และบันทึกให้เองระหว่างที่เขียน

เริ่มต้นด้วยปุ่ม “ฉบับร่างใหม่…”</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Fix what the check found, then go on sending the file to Coact.</source>
        <extracomment>Shown instead of the list and editor while the drafts are locked.</extracomment>
        <translation>กรุณาแก้ไขสิ่งที่การตรวจพบ แล้วส่งไฟล์ถึง Coact ต่อ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check again</source>
        <extracomment>Button: look at the draft again for problems before sending.</extracomment>
        <translation>ตรวจอีกครั้ง</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+166"/>
        <source>(no name yet)</source>
        <translation>(ยังไม่มีชื่อ)</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Choose a draft in the list to go on writing it, or start another with “New draft…”.</source>
        <translation>เลือกฉบับร่างในรายการเพื่อเขียนต่อ หรือเริ่มฉบับร่างใหม่ด้วยปุ่ม “ฉบับร่างใหม่…”</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Coact Desktop did not close properly last time. Your draft is back as it was at its last autosave ({time}).</source>
        <translation>ครั้งที่แล้ว Coact Desktop ไม่ได้ปิดตามปกติ ฉบับร่างของคุณกลับมาเหมือนตอนที่บันทึกอัตโนมัติครั้งล่าสุด ({time})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All changes saved.</source>
        <translation>บันทึกการเปลี่ยนแปลงทั้งหมดแล้ว</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>All changes saved ({time}).</source>
        <translation>บันทึกการเปลี่ยนแปลงทั้งหมดแล้ว ({time})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not saved yet: {reason} Your text is kept and will be saved again.</source>
        <translation>ยังไม่ได้บันทึก: {reason} ข้อความของคุณยังอยู่ และโปรแกรมจะลองบันทึกอีกครั้ง</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Attach a photo or a document</source>
        <translation>แนบรูปภาพหรือเอกสาร</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos, PDF documents and text (*.jpg *.jpeg *.png *.pdf *.txt *.md)</source>
        <translation>รูปภาพ เอกสาร PDF และไฟล์ข้อความ (*.jpg *.jpeg *.png *.pdf *.txt *.md)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Caption</source>
        <extracomment>Title of a small dialog asking for a photo&apos;s caption.</extracomment>
        <translation>คำบรรยาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What does it show? (optional)</source>
        <translation>ไฟล์นี้แสดงอะไร (ไม่ใส่ก็ได้)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removing hidden details from the file…</source>
        <translation>กำลังลบรายละเอียดที่ซ่อนอยู่ออกจากไฟล์…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file was cleaned, but another draft is open now: attach it again.</source>
        <translation>ลบรายละเอียดที่ซ่อนอยู่ในไฟล์แล้ว แต่ตอนนี้เปิดฉบับร่างอื่นอยู่ กรุณาแนบไฟล์อีกครั้ง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>camera and author details (EXIF)</source>
        <translation>ข้อมูลกล้องและผู้ถ่าย (EXIF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the place it was taken (GPS)</source>
        <translation>สถานที่ถ่ายภาพ (GPS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>editing details (XMP)</source>
        <translation>ข้อมูลการแก้ไขภาพ (XMP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>captions and credits (IPTC)</source>
        <translation>คำบรรยายและเครดิต (IPTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hidden comment</source>
        <translation>ความเห็นที่ซ่อนอยู่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a colour profile</source>
        <translation>โปรไฟล์สี</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text notes (author, description)</source>
        <translation>บันทึกข้อความ (ผู้สร้าง คำอธิบาย)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the author and the program that made it</source>
        <translation>ผู้สร้างและโปรแกรมที่ใช้สร้างไฟล์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comments and their authors&apos; names, links and form fields</source>
        <translation>ความเห็นและชื่อผู้เขียนความเห็น ลิงก์ และช่องกรอกแบบฟอร์ม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hidden extras (scripts, attached files, private program data)</source>
        <translation>ส่วนเสริมที่ซ่อนอยู่ (สคริปต์ ไฟล์ที่แนบมาด้วย ข้อมูลภายในของโปรแกรม)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attached. Removed from the copy: {removed}.</source>
        <translation>แนบแล้ว ลบออกจากสำเนา: {removed}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attached. The file carried no hidden details.</source>
        <translation>แนบแล้ว ไฟล์นี้ไม่มีรายละเอียดที่ซ่อนอยู่</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The original file was not copied or changed.</source>
        <translation>ไม่ได้คัดลอกหรือแก้ไขไฟล์ต้นฉบับ</translation>
    </message>
</context>
<context>
    <name>EditionImport</name>
    <message>
        <location filename="../src/coact_desktop/gui/edition_import.py" line="+54"/>
        <source>Checking {name}…</source>
        <translation>กำลังตรวจ {name}…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;p&gt;&lt;b&gt;{title}&lt;/b&gt;, edition {edition}, from {date}.&lt;/p&gt;&lt;p&gt;Signed by Coact on {created}. The library now has edition {have}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{title}&lt;/b&gt; ฉบับเผยแพร่ที่ {edition} ลงวันที่ {date}&lt;/p&gt;&lt;p&gt;Coact ลงนามเมื่อ {created} ตอนนี้ห้องสมุดมีฉบับเผยแพร่ที่ {have}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;p&gt;Group histories in it: {names}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ประวัติศาสตร์ของกลุ่มในฉบับนี้: {names}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;No longer in it: {names}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ไม่อยู่ในฉบับนี้แล้ว: {names}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;What is new: {notes}&lt;/p&gt;</source>
        <translation>&lt;p&gt;มีอะไรใหม่: {notes}&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;p&gt;It comes in %n files, checked and imported one after the other.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;ฉบับนี้มี %n ไฟล์ ซึ่งจะตรวจและนำเข้าทีละไฟล์ตามลำดับ&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Your drafts, keys and reading place are kept.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ฉบับร่าง กุญแจ และตำแหน่งที่คุณอ่านค้างไว้จะยังอยู่ครบ&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;This computer&apos;s clock is behind:&lt;/b&gt; a file signed on {seen} was already seen here. Set the date right, or an old edition could pass for a new one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;นาฬิกาของคอมพิวเตอร์เครื่องนี้ช้ากว่าความจริง:&lt;/b&gt; เคยพบไฟล์ที่ลงนามเมื่อ {seen} ที่นี่แล้ว กรุณาตั้งวันที่ให้ถูกต้อง มิฉะนั้นฉบับเผยแพร่เก่าอาจถูกเข้าใจผิดว่าเป็นฉบับใหม่&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import this edition?</source>
        <translation>นำเข้าฉบับเผยแพร่นี้หรือไม่</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import</source>
        <extracomment>Button: take the new edition into the library on this computer.</extracomment>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The edition was not imported.</source>
        <translation>ไม่ได้นำเข้าฉบับเผยแพร่</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importing {name}…</source>
        <translation>กำลังนำเข้า {name}…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edition {edition} is now in the library.</source>
        <translation>ตอนนี้ฉบับเผยแพร่ที่ {edition} อยู่ในห้องสมุดแล้ว</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{done} The next file was not imported. {reason}</source>
        <translation>{done} ไม่ได้นำเข้าไฟล์ถัดไป {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopped. Nothing was changed.</source>
        <translation>หยุดแล้ว ไม่มีอะไรเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stick holds no newer edition than yours.</source>
        <translation>ในแฟลชไดรฟ์ไม่มีฉบับเผยแพร่ที่ใหม่กว่าของคุณ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The edition was not imported. {reason}</source>
        <translation>ไม่ได้นำเข้าฉบับเผยแพร่ {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not imported</source>
        <translation>ไม่ได้นำเข้า</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edition</source>
        <extracomment>An edition: one signed, numbered release of the history (the library).</extracomment>
        <translation>ฉบับเผยแพร่</translation>
    </message>
</context>
<context>
    <name>EditionPreview</name>
    <message>
        <location filename="../src/coact_desktop/gui/edition_preview.py" line="+29"/>
        <source>Preview of edition {n}</source>
        <translation>ตัวอย่างฉบับเผยแพร่ที่ {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview: edition {n}, {date}. Nothing is published yet.</source>
        <translation>ตัวอย่าง: ฉบับเผยแพร่ที่ {n} วันที่ {date} ยังไม่มีอะไรถูกเผยแพร่</translation>
    </message>
</context>
<context>
    <name>EditionsWorkspace</name>
    <message>
        <location filename="../src/coact_desktop/gui/editions_workspace.py" line="+75"/>
        <source>Editions workspace</source>
        <translation>พื้นที่ทำงานฉบับเผยแพร่</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Edition {new}, made from edition {old} of {date}.</source>
        <translation>ฉบับเผยแพร่ที่ {new} ทำจากฉบับเผยแพร่ที่ {old} ลงวันที่ {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accepted histories</source>
        <translation>ประวัติศาสตร์ที่รับแล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticked histories go into the edition, in this order.</source>
        <translation>ประวัติศาสตร์ที่ทำเครื่องหมายถูกไว้จะอยู่ในฉบับเผยแพร่ ตามลำดับนี้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;up</source>
        <translation>เลื่อน&amp;ขึ้น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>เลื่อน&amp;ลง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model of organising</source>
        <translation>รูปแบบการรวมกลุ่ม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model: under “Groups&apos; own histories”</source>
        <translation>ไม่มีรูปแบบ: อยู่ใต้ “ประวัติศาสตร์ที่กลุ่มเขียนเอง”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chapters of the edition</source>
        <translation>บทของฉบับเผยแพร่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add a chapter from Markdown…</source>
        <translation>เ&amp;พิ่มบทจาก Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace with Markdown…</source>
        <translation>แ&amp;ทนที่ด้วย Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the change &amp;out</source>
        <translation>&amp;ยกเลิกการเปลี่ยนแปลงนี้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What&apos;s new, for readers</source>
        <translation>มีอะไรใหม่ สำหรับผู้อ่าน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is new in this edition, in a few lines.</source>
        <translation>ฉบับเผยแพร่นี้มีอะไรใหม่ เขียนสั้นๆ ไม่กี่บรรทัด</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publishing key file</source>
        <translation>ไฟล์กุญแจเผยแพร่</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Choose…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Choose the publishing key file</source>
        <translation>เลือกไฟล์กุญแจเผยแพร่</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase of the publishing key</source>
        <translation>วลีรหัสผ่านของกุญแจเผยแพร่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder to save the edition in</source>
        <translation>โฟลเดอร์ที่จะบันทึกฉบับเผยแพร่</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the folder</source>
        <translation>เลือกโฟลเดอร์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view as readers will see it</source>
        <translation>ดู&amp;ตัวอย่างแบบที่ผู้อ่านจะเห็น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Publish…</source>
        <translation>เ&amp;ผยแพร่…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Groups&apos; histories</source>
        <translation>&amp;ประวัติศาสตร์ของกลุ่ม</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Under the &amp;model:</source>
        <translation>อยู่ใต้&amp;รูปแบบ:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;hapters</source>
        <translation>&amp;บท</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What&apos;s &amp;new:</source>
        <translation>&amp;มีอะไรใหม่:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publishing &amp;key:</source>
        <translation>&amp;กุญแจเผยแพร่:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;ssphrase:</source>
        <translation>&amp;วลีรหัสผ่าน:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;to:</source>
        <translation>บันทึกลงโ&amp;ฟลเดอร์:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No history has been accepted in the inbox yet: chapters and notes only.</source>
        <translation>ยังไม่มีประวัติศาสตร์ที่รับไว้ในกล่องรับไฟล์ ฉบับนี้จึงมีเพียงบทและบันทึกเท่านั้น</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{title}  (replaced from {file})</source>
        <translation>{title}  (แทนที่จาก {file})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New: {title}  (from {file})</source>
        <translation>ใหม่: {title}  (จาก {file})</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Markdown (*.md *.markdown *.txt);;All files (*)</source>
        <translation>Markdown (*.md *.markdown *.txt);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This file cannot be used</source>
        <translation>ใช้ไฟล์นี้ไม่ได้</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a chapter</source>
        <translation>เพิ่มบท</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No title</source>
        <translation>ไม่มีชื่อเรื่อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the file with its title on a line of its own, as “# Title”.</source>
        <translation>กรุณาขึ้นต้นไฟล์ด้วยชื่อเรื่องในบรรทัดแยกของตัวเอง แบบนี้ “# ชื่อเรื่อง”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replace</source>
        <extracomment>Title of a file dialog: choose a Markdown file to replace a chapter&apos;s text.</extracomment>
        <translation>แทนที่</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The plan could not be saved: {error}</source>
        <translation>บันทึกแผนไม่ได้: {error}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Putting the edition together…</source>
        <translation>กำลังรวบรวมฉบับเผยแพร่…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Facts no longer quoted by the text are left out: {n}.</source>
        <translation>ข้อมูลที่เนื้อหาไม่ได้อ้างถึงแล้วจะถูกตัดออก: {n} รายการ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the publishing key file first.</source>
        <translation>กรุณาเลือกไฟล์กุญแจเผยแพร่ก่อน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a folder to save the edition in.</source>
        <translation>กรุณาเลือกโฟลเดอร์ที่จะบันทึกฉบับเผยแพร่</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Publish edition {n}?</source>
        <translation>เผยแพร่ฉบับที่ {n} หรือไม่</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edition {n} will hold {histories} and {chapters}. It is signed with the key in {key} and saved in {folder}. Readers who import it see it as it was in the preview.</source>
        <extracomment>{histories} and {chapters} are the two phrases translated just before this one.</extracomment>
        <translation>ฉบับเผยแพร่ที่ {n} จะมี{histories} และ{chapters} ฉบับนี้จะลงนามด้วยกุญแจใน {key} และบันทึกไว้ใน {folder} ผู้อ่านที่นำเข้าจะเห็นเหมือนกับในตัวอย่าง</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n groups&apos; histories</source>
        <extracomment>Part of &quot;Edition 5 will hold 3 groups&apos; histories and …&quot;.</extracomment>
        <translation>
            <numerusform>ประวัติศาสตร์ของกลุ่ม %n เรื่อง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new or changed chapters</source>
        <extracomment>Part of &quot;Edition 5 will hold … and 2 new or changed chapters&quot;.</extracomment>
        <translation>
            <numerusform>บทใหม่หรือบทที่เปลี่ยนแปลง %n บท</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Signing and writing edition {n}…</source>
        <translation>กำลังลงนามและเขียนฉบับเผยแพร่ที่ {n}…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edition published</source>
        <translation>เผยแพร่ฉบับใหม่แล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved in {folder}: {names}. Send the small “-delta” file to readers who have the edition before; the full one to everyone else.</source>
        <translation>บันทึกไว้ใน {folder}: {names} กรุณาส่งไฟล์ “-delta” ขนาดเล็กให้ผู้อ่านที่มีฉบับเผยแพร่ก่อนหน้านี้ และส่งไฟล์ฉบับเต็มให้คนอื่นๆ ทั้งหมด</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopped. Nothing was published.</source>
        <translation>หยุดแล้ว ไม่มีอะไรถูกเผยแพร่</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not done</source>
        <translation>ทำไม่สำเร็จ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The publishing key</source>
        <translation>กุญแจเผยแพร่</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the edition in</source>
        <translation>บันทึกฉบับเผยแพร่ไว้ใน</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../src/coact_desktop/words/errors.py" line="+16"/>
        <source>Something went wrong inside Coact Desktop ({error}). The details are in the log file in your profile folder.</source>
        <translation>เกิดปัญหาภายใน Coact Desktop ({error}) รายละเอียดอยู่ในไฟล์บันทึกการทำงาน (log) ในโฟลเดอร์โปรไฟล์ของคุณ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coact Desktop cannot use the folder {path}. Check that it exists and that you may write to it, or start the program with --data-dir and another folder.</source>
        <translation>Coact Desktop ใช้โฟลเดอร์ {path} ไม่ได้ กรุณาตรวจว่าโฟลเดอร์นี้มีอยู่จริงและคุณมีสิทธิ์เขียนลงไปได้ หรือเปิดโปรแกรมด้วย --data-dir และโฟลเดอร์อื่น</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The library database could not be opened or updated. Nothing was changed.</source>
        <translation>เปิดหรืออัปเดตฐานข้อมูลห้องสมุดไม่ได้ ไม่มีอะไรเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history that comes with this copy of Coact Desktop is damaged. Please install the program again.</source>
        <translation>ประวัติศาสตร์ที่มากับ Coact Desktop ชุดนี้เสียหาย กรุณาติดตั้งโปรแกรมใหม่อีกครั้ง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search could not run.</source>
        <translation>ค้นหาไม่ได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That part of the history could not be found.</source>
        <translation>ไม่พบส่วนนั้นของประวัติศาสตร์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file cannot be attached safely. Coact Desktop attaches photos (JPEG, PNG) and text files, after removing their hidden details.</source>
        <translation>แนบไฟล์นี้อย่างปลอดภัยไม่ได้ Coact Desktop แนบได้เฉพาะรูปภาพ (JPEG, PNG) และไฟล์ข้อความ หลังจากลบรายละเอียดที่ซ่อนอยู่ออกแล้ว</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This draft file is not valid.</source>
        <translation>ไฟล์ฉบับร่างนี้ใช้ไม่ได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A draft with this identity is already here.</source>
        <translation>มีฉบับร่างเดียวกันนี้อยู่ในโปรแกรมแล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file cannot be used.</source>
        <translation>ใช้ไฟล์กุญแจนี้ไม่ได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature is not valid.</source>
        <translation>ลายเซ็นไม่ถูกต้อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file was refused, and nothing in the library was changed.</source>
        <translation>ไม่รับไฟล์นี้ และไม่มีอะไรในห้องสมุดเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file could not be written; nothing was sent.</source>
        <translation>เขียนไฟล์ไม่ได้ ไม่มีอะไรถูกส่งออกไป</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your group&apos;s drafts are locked. Unlock them with your passphrase first.</source>
        <translation>ฉบับร่างของกลุ่มคุณถูกล็อกอยู่ กรุณาปลดล็อกด้วยวลีรหัสผ่านของคุณก่อน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file that keeps the key to your drafts (data-key.json in the profile folder) is missing or damaged, so the drafts cannot be opened. Nothing was changed.</source>
        <translation>ไฟล์ที่เก็บกุญแจสำหรับเปิดฉบับร่างของคุณ (data-key.json ในโฟลเดอร์โปรไฟล์) หายไปหรือเสียหาย จึงเปิดฉบับร่างไม่ได้ ไม่มีอะไรเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The draft is not ready to send; nothing was written. The check before sending lists what to fix.</source>
        <translation>ฉบับร่างยังไม่พร้อมส่ง ยังไม่ได้เขียนไฟล์ใดๆ การตรวจก่อนส่งแสดงรายการสิ่งที่ต้องแก้ไขไว้</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>กรุณาตั้งวลีรหัสผ่านที่ยาวอย่างน้อย 8 ตัวอักษร</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This passphrase does not open this key file; check that it is the one set for it.</source>
        <translation>วลีรหัสผ่านนี้เปิดไฟล์กุญแจนี้ไม่ได้ กรุณาตรวจว่าเป็นวลีรหัสผ่านที่ตั้งไว้สำหรับไฟล์นี้</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This passphrase does not open your group&apos;s drafts; nothing was changed. Check the keyboard language and Caps Lock, and try again.</source>
        <translation>วลีรหัสผ่านนี้เปิดฉบับร่างของกลุ่มคุณไม่ได้ ไม่มีอะไรเปลี่ยนแปลง กรุณาตรวจดูภาษาของแป้นพิมพ์กับปุ่ม Caps Lock แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The duress passphrase must differ from your usual passphrase.</source>
        <translation>วลีรหัสผ่านกรณีถูกบังคับต้องไม่เหมือนกับวลีรหัสผ่านปกติของคุณ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A paper key is 14 groups of 4 letters and digits. Copy all of them from the paper.</source>
        <translation>กุญแจกระดาษมี 14 กลุ่ม แต่ละกลุ่มมีตัวอักษรและตัวเลขรวม 4 ตัว กรุณาคัดลอกจากกระดาษให้ครบทุกกลุ่ม</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This paper key has a mistake in it; nothing was changed. Compare each group with the paper.</source>
        <translation>กุญแจกระดาษนี้มีจุดที่ผิด ไม่มีอะไรเปลี่ยนแปลง กรุณาเทียบทีละกลุ่มกับกระดาษ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This paper key does not open these drafts; nothing was changed. It may be the paper of another laptop or of an older profile.</source>
        <translation>กุญแจกระดาษนี้เปิดฉบับร่างเหล่านี้ไม่ได้ ไม่มีอะไรเปลี่ยนแปลง อาจเป็นกระดาษของแล็ปท็อปเครื่องอื่น หรือของโปรไฟล์เก่า</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup also keeps the key that opens Coact&apos;s answers to your group: give the signing key&apos;s passphrase to lock it in the backup.</source>
        <translation>สำเนาสำรองนี้เก็บกุญแจที่ใช้เปิดคำตอบของ Coact ถึงกลุ่มของคุณไว้ด้วย กรุณาใส่วลีรหัสผ่านของกุญแจลงนาม เพื่อล็อกกุญแจนั้นไว้ในสำเนาสำรอง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This passphrase does not open your group&apos;s signing key. Nobody can recover a forgotten passphrase, not even Coact: that is what keeps the key safe if the laptop is taken. If it is lost for good, restore a key backup whose passphrase you know, or ask Coact how to send your history under a new key.</source>
        <translation>วลีรหัสผ่านนี้เปิดกุญแจลงนามของกลุ่มคุณไม่ได้ ไม่มีใครกู้คืนวลีรหัสผ่านที่ลืมไปได้ แม้แต่ Coact เอง และนี่คือสิ่งที่ทำให้กุญแจปลอดภัยหากแล็ปท็อปตกไปอยู่ในมือคนอื่น หากวลีรหัสผ่านหายไปแล้วจริงๆ ให้กู้คืนสำเนาสำรองของกุญแจที่คุณรู้วลีรหัสผ่าน หรือสอบถาม Coact ว่าจะส่งประวัติศาสตร์ของคุณด้วยกุญแจใหม่ได้อย่างไร</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>chapter</source>
        <translation>บท</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model of organising</source>
        <translation>รูปแบบการรวมกลุ่ม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decade</source>
        <translation>ทศวรรษ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown {what} “{value}”. Choose one of: {choices}.</source>
        <extracomment>{what} is one of: chapter, model of organising, country, decade (translated just before).</extracomment>
        <translation>ไม่รู้จัก{what} “{value}” กรุณาเลือกหนึ่งใน: {choices}</translation>
    </message>
</context>
<context>
    <name>EventsTable</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_tables.py" line="+161"/>
        <source>When</source>
        <extracomment>Column of the timeline: when the event happened, in the group&apos;s own words.</extracomment>
        <translation>เมื่อไร</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year</source>
        <extracomment>Column of the timeline: the year as a number, used to sort the events.</extracomment>
        <translation>ปี ค.ศ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>What happened</source>
        <translation>เกิดอะไรขึ้น</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>People involved</source>
        <translation>บุคคลที่เกี่ยวข้อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations involved</source>
        <translation>องค์กรที่เกี่ยวข้อง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add event</source>
        <translation>เพิ่มเหตุการณ์</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The group&apos;s timeline</source>
        <translation>ลำดับเหตุการณ์ของกลุ่ม</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When it happened, in words: “spring 2005”, “after the first raid”</source>
        <translation>เกิดขึ้นเมื่อไร เขียนเป็นคำพูด เช่น “ต้นปี 2005” “หลังการบุกค้นครั้งแรก”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The year as a number, such as 2005: it puts the timeline in order</source>
        <translation>ปี ค.ศ. เป็นตัวเลข เช่น 2005 ใช้เรียงลำดับเหตุการณ์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names from People and consent are suggested: as each may be shown</source>
        <translation>โปรแกรมจะแนะนำชื่อจากแท็บ “บุคคลและความยินยอม” ในแบบที่แต่ละคนยอมให้แสดง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations the library knows are suggested; any other can be typed</source>
        <translation>โปรแกรมจะแนะนำองค์กรที่มีในห้องสมุด และพิมพ์ชื่อองค์กรอื่นได้เช่นกัน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. spring 2005</source>
        <translation>เช่น ต้นปี 2005</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2005</source>
        <translation>เช่น 2005</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened?</source>
        <translation>เกิดอะไรขึ้น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names, separated by commas</source>
        <translation>ชื่อ คั่นด้วยเครื่องหมายจุลภาค (,)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations, separated by commas</source>
        <translation>องค์กร คั่นด้วยเครื่องหมายจุลภาค (,)</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../src/coact_desktop/words/problems.py" line="+22"/>
        <source>name</source>
        <extracomment>A field of the group profile that is missing, inside a sentence: lower case.</extracomment>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>city</source>
        <translation>เมือง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year founded</source>
        <translation>ปีที่ก่อตั้ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>models of organising</source>
        <translation>รูปแบบการรวมกลุ่ม</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the timeline</source>
        <extracomment>Where a problem is, inside a sentence: the draft&apos;s list of dated events.</extracomment>
        <translation>ลำดับเหตุการณ์</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The group has no name yet: fill in the group profile.</source>
        <translation>กลุ่มยังไม่มีชื่อ กรุณากรอกข้อมูลกลุ่ม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The group profile has no {field}.</source>
        <translation>ข้อมูลกลุ่มยังไม่ได้ระบุ{field}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}” appears in “{where}” but has not agreed to be named. Use their pseudonym, or record their consent under People and consent.</source>
        <translation>มีชื่อ “{name}” อยู่ใน “{where}” แต่บุคคลนี้ยังไม่ยินยอมให้เอ่ยชื่อ กรุณาใช้นามแฝง หรือบันทึกความยินยอมในแท็บ “บุคคลและความยินยอม”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is to be shown by a pseudonym, but none is written yet.</source>
        <translation>{name} ต้องแสดงด้วยนามแฝง แต่ยังไม่ได้เขียนนามแฝงไว้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is named in event {number} of the timeline but not listed under People and consent.</source>
        <translation>มีชื่อ {name} ในเหตุการณ์ที่ {number} ของลำดับเหตุการณ์ แต่ยังไม่อยู่ในรายชื่อแท็บ “บุคคลและความยินยอม”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The attachment “{name}” is missing from this computer; remove it and attach it again.</source>
        <translation>ไม่พบไฟล์แนบ “{name}” ในคอมพิวเตอร์เครื่องนี้ กรุณานำออกแล้วแนบใหม่อีกครั้ง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The attachment “{name}” has changed since it was attached; remove it and attach it again.</source>
        <translation>ไฟล์แนบ “{name}” เปลี่ยนไปจากตอนที่แนบ กรุณานำออกแล้วแนบใหม่อีกครั้ง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The attachment “{name}” still carries hidden details (place, camera or author); remove it and attach it again.</source>
        <translation>ไฟล์แนบ “{name}” ยังมีรายละเอียดที่ซ่อนอยู่ (สถานที่ กล้อง หรือผู้สร้าง) กรุณานำออกแล้วแนบใหม่อีกครั้ง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is written in the draft yet.</source>
        <translation>ยังไม่ได้เขียนอะไรในฉบับร่าง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some pages of “{name}” could not be read to check for names; make sure it names nobody who has not agreed.</source>
        <translation>บางหน้าของ “{name}” อ่านไม่ได้ จึงตรวจหาชื่อไม่ได้ กรุณาตรวจให้แน่ใจว่าไม่มีชื่อของใครที่ยังไม่ยินยอม</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The attachment “{name}” contains the real name of someone who has not agreed to be named. Remove it, or attach a copy without the name.</source>
        <translation>ไฟล์แนบ “{name}” มีชื่อจริงของบุคคลที่ยังไม่ยินยอมให้เอ่ยชื่อ กรุณานำไฟล์ออก หรือแนบสำเนาที่ไม่มีชื่อนั้นแทน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}” is longer than a history sent to Coact may hold; shorten it.</source>
        <translation>“{name}” ยาวเกินกว่าที่ประวัติศาสตร์ซึ่งส่งถึง Coact จะรองรับได้ กรุณาทำให้สั้นลง</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The group profile names more than {limit} languages; one file sent to Coact may hold no more. Keep the main ones.</source>
        <translation>ข้อมูลกลุ่มระบุภาษาไว้มากกว่า {limit} ภาษา ไฟล์เดียวที่ส่งถึง Coact รองรับได้ไม่เกินจำนวนนี้ กรุณาเก็บไว้เฉพาะภาษาหลัก</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The group profile names more than {limit} models of organising; one file sent to Coact may hold no more. Keep the main ones.</source>
        <translation>ข้อมูลกลุ่มระบุรูปแบบการรวมกลุ่มไว้มากกว่า {limit} รูปแบบ ไฟล์เดียวที่ส่งถึง Coact รองรับได้ไม่เกินจำนวนนี้ กรุณาเก็บไว้เฉพาะรูปแบบหลัก</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The history has more than {limit} sections; one file sent to Coact may hold no more. Join some of them together.</source>
        <translation>ประวัติศาสตร์นี้มีหัวข้อมากกว่า {limit} หัวข้อ ไฟล์เดียวที่ส่งถึง Coact รองรับได้ไม่เกินจำนวนนี้ กรุณารวมบางหัวข้อเข้าด้วยกัน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The timeline has more than {limit} events; one file sent to Coact may hold no more. Remove some before sending.</source>
        <translation>ลำดับเหตุการณ์มีมากกว่า {limit} เหตุการณ์ ไฟล์เดียวที่ส่งถึง Coact รองรับได้ไม่เกินจำนวนนี้ กรุณานำบางเหตุการณ์ออกก่อนส่ง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The list of people has more than {limit} names; one file sent to Coact may hold no more. Remove some before sending.</source>
        <translation>รายชื่อบุคคลมีมากกว่า {limit} ชื่อ ไฟล์เดียวที่ส่งถึง Coact รองรับได้ไม่เกินจำนวนนี้ กรุณานำบางชื่อออกก่อนส่ง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More than {limit} photos and documents are attached; one file sent to Coact may hold no more. Remove some before sending.</source>
        <translation>มีรูปภาพและเอกสารแนบไว้มากกว่า {limit} รายการ ไฟล์เดียวที่ส่งถึง Coact รองรับได้ไม่เกินจำนวนนี้ กรุณานำบางรายการออกก่อนส่ง</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>“{code}” is not a language code Coact can read. In the group profile, choose the language the history is written in, or type its code (such as ky or pt-BR).</source>
        <translation>“{code}” ไม่ใช่รหัสภาษาที่ Coact อ่านได้ กรุณาเลือกภาษาที่ใช้เขียนประวัติศาสตร์นี้ในข้อมูลกลุ่ม หรือพิมพ์รหัสภาษา (เช่น ky หรือ pt-BR)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The section “{title}” is empty; it will be left out.</source>
        <translation>หัวข้อ “{title}” ว่างเปล่า จึงจะถูกตัดออก</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/gui/export_wizard.py" line="+53"/>
        <source>Send the history to Coact</source>
        <translation>ส่งประวัติศาสตร์ถึง Coact</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_files_page.py" line="+33"/>
        <source>Attachments</source>
        <translation>ไฟล์แนบ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Photos and PDF documents are copied without their hidden details (place, camera, author, comments). The original file is never copied into Coact Desktop.</source>
        <translation>รูปภาพและเอกสาร PDF จะถูกคัดลอกโดยไม่มีรายละเอียดที่ซ่อนอยู่ (สถานที่ กล้อง ผู้สร้าง ความเห็น) ไฟล์ต้นฉบับจะไม่ถูกคัดลอกเข้าไปใน Coact Desktop เลย</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attach a photo or document…</source>
        <translation>แนบรูปภาพหรือเอกสาร…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../src/coact_desktop/gui/find_bar.py" line="+23"/>
        <location line="+1"/>
        <source>Find in this chapter</source>
        <translation>ค้นหาในบทนี้</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous</source>
        <extracomment>Find in the chapter: go to the previous match.</extracomment>
        <translation>ก่อนหน้า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>คำที่พบก่อนหน้า (Shift+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>ถัดไป</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match (Enter)</source>
        <translation>คำที่พบถัดไป (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar (Esc)</source>
        <translation>ปิดแถบค้นหา (Esc)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>{current} of {total}</source>
        <translation>{current} จาก {total}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No matches</source>
        <translation>ไม่พบ</translation>
    </message>
</context>
<context>
    <name>FormatBar</name>
    <message>
        <location filename="../src/coact_desktop/gui/markdown_format.py" line="+20"/>
        <source>Bold</source>
        <translation>ตัวหนา</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bold (Ctrl+B)</source>
        <translation>ตัวหนา (Ctrl+B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading</source>
        <translation>หัวเรื่อง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make this line a heading</source>
        <translation>ทำให้บรรทัดนี้เป็นหัวเรื่อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make these lines a list</source>
        <translation>ทำให้บรรทัดเหล่านี้เป็นรายการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>ลิงก์</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link to a web address (Ctrl+L)</source>
        <translation>ลิงก์ไปยังที่อยู่เว็บ (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>text</source>
        <extracomment>Placeholder word put inside a new link when nothing was selected.</extracomment>
        <translation>ข้อความ</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../src/coact_desktop/gui/inbox_view.py" line="+50"/>
        <source>Open bundle files…</source>
        <translation>เปิดไฟล์ส่ง…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coact&apos;s identity file…</source>
        <translation>ไฟล์กุญแจถอดรหัสของ Coact…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress</source>
        <translation>ความคืบหน้า</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received bundles</source>
        <translation>ไฟล์ส่งที่ได้รับ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened to each file</source>
        <translation>ผลของแต่ละไฟล์</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Key fingerprint words</source>
        <translation>คำลายนิ้วมือของกุญแจ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The words match: trust this key</source>
        <translation>คำตรงกัน: เชื่อถือกุญแจนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept into the library</source>
        <translation>รับเข้าห้องสมุด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject…</source>
        <translation>ปฏิเสธ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;nswer the group…</source>
        <translation>&amp;ตอบกลุ่ม…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The history, as plain text</source>
        <translation>ประวัติศาสตร์ในรูปแบบข้อความธรรมดา</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes since the group&apos;s previous file</source>
        <translation>การเปลี่ยนแปลงนับจากไฟล์ก่อนหน้าของกลุ่ม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history</source>
        <translation>ประวัติศาสตร์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes since the previous file</source>
        <translation>การเปลี่ยนแปลงนับจากไฟล์ก่อนหน้า</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files that groups send to Coact arrive here. Open one with “Open bundle files…”: it is checked before anything is kept, and nothing goes into the library until you accept it.</source>
        <translation>ไฟล์ที่กลุ่มต่างๆ ส่งถึง Coact จะมาอยู่ที่นี่ เปิดไฟล์ด้วยปุ่ม “เปิดไฟล์ส่ง…” ไฟล์จะถูกตรวจก่อนเก็บสิ่งใดไว้ และจะไม่มีอะไรเข้าห้องสมุดจนกว่าคุณจะรับ</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Identity: {name}</source>
        <translation>ไฟล์กุญแจถอดรหัส: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No identity file chosen: only unencrypted files can be opened.</source>
        <translation>ยังไม่ได้เลือกไฟล์กุญแจถอดรหัส จึงเปิดได้เฉพาะไฟล์ที่ไม่ได้เข้ารหัส</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coact&apos;s age identity file</source>
        <translation>ไฟล์กุญแจถอดรหัส age ของ Coact</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open bundle files</source>
        <translation>เปิดไฟล์ส่ง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coact bundles (*.coact);;All files (*)</source>
        <translation>ไฟล์ส่งของ Coact (*.coact);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>{file}: refused. {why}</source>
        <translation>{file}: ไม่รับไฟล์นี้ {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: already received; nothing changed.</source>
        <translation>{file}: ได้รับแล้ว ไม่มีอะไรเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: checked and kept for review.</source>
        <translation>{file}: ตรวจแล้ว และเก็บไว้เพื่อพิจารณา</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{group} — file {n}
{state}, {date}</source>
        <translation>{group} — ไฟล์ที่ {n}
{state}, {date}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{group}, file {n}</source>
        <translation>{group} ไฟล์ที่ {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State: {state}. Made {date}; received {received}. {encrypted}
Key {key}. Bundle {bundle}.</source>
        <translation>สถานะ: {state} สร้างเมื่อ {date} ได้รับเมื่อ {received} {encrypted}
กุญแจ {key} ไฟล์ส่งลำดับที่ {bundle}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It was encrypted.</source>
        <translation>ไฟล์นี้เข้ารหัสแล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was NOT encrypted.</source>
        <translation>ไฟล์นี้ไม่ได้เข้ารหัส</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rejected: {reason}</source>
        <translation>ปฏิเสธแล้ว: {reason}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This is the first file received from this group.</source>
        <translation>นี่คือไฟล์แรกที่ได้รับจากกลุ่มนี้</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>file {n}</source>
        <translation>ไฟล์ที่ {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No changes.</source>
        <translation>ไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Reject the file</source>
        <translation>ปฏิเสธไฟล์</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why? (The group can be told.)</source>
        <translation>เพราะอะไร (แจ้งให้กลุ่มทราบได้)</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/words/inbox.py" line="+15"/>
        <source>held: check the key</source>
        <translation>พักไว้: กรุณาตรวจกุญแจ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verified</source>
        <extracomment>State of a received bundle: its signature and contents were checked and are good.</extracomment>
        <translation>ตรวจแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the library</source>
        <translation>อยู่ในห้องสมุด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected</source>
        <extracomment>State of a received bundle: Coact decided not to take it.</extracomment>
        <translation>ปฏิเสธแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replaced by a newer file</source>
        <translation>ถูกแทนที่ด้วยไฟล์ที่ใหม่กว่า</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This group&apos;s key was new to Coact when the file came; it is trusted since its words were compared with the group.</source>
        <translation>กุญแจของกลุ่มนี้ยังใหม่สำหรับ Coact ตอนที่ไฟล์มาถึง และได้รับความเชื่อถือแล้วหลังจากเทียบคำลายนิ้วมือกับกลุ่ม</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This group&apos;s key is new to Coact. Phone the group (on a number you already know, not one from the file) and ask them to read out their key&apos;s words. Trust the key only if every word matches.</source>
        <translation>กุญแจของกลุ่มนี้ยังใหม่สำหรับ Coact กรุณาโทรหากลุ่ม (ด้วยเบอร์ที่คุณรู้จักอยู่แล้ว ไม่ใช่เบอร์จากไฟล์) และขอให้อ่านคำลายนิ้วมือของกุญแจให้ฟัง เชื่อถือกุญแจนี้เฉพาะเมื่อทุกคำตรงกัน</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed with the key Coact already trusts for this group.</source>
        <translation>ลงนามด้วยกุญแจที่ Coact เชื่อถืออยู่แล้วสำหรับกลุ่มนี้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed with a new key that the group&apos;s trusted key handed over to (a signed rotation record).</source>
        <translation>ลงนามด้วยกุญแจใหม่ ซึ่งกุญแจเดิมของกลุ่มที่ได้รับความเชื่อถือได้ส่งต่อให้ (มีบันทึกการเปลี่ยนกุญแจที่ลงนามแล้ว)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>ไม่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>เมือง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founded</source>
        <translation>ก่อตั้ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still active</source>
        <translation>ยังดำเนินการอยู่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models of organising</source>
        <translation>รูปแบบการรวมกลุ่ม</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timeline</source>
        <translation>ลำดับเหตุการณ์</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>named with consent</source>
        <translation>เอ่ยชื่อโดยได้รับความยินยอม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pseudonym</source>
        <translation>นามแฝง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People named</source>
        <translation>บุคคลที่ถูกเอ่ยชื่อ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attachments</source>
        <translation>ไฟล์แนบ</translation>
    </message>
</context>
<context>
    <name>IndexBuilder</name>
    <message>
        <location filename="../src/coact_desktop/gui/search_index.py" line="+32"/>
        <source>Progress</source>
        <translation>ความคืบหน้า</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../src/coact_desktop/gui/export_key_page.py" line="+34"/>
        <source>Passphrase</source>
        <translation>วลีรหัสผ่าน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase again</source>
        <translation>วลีรหัสผ่านอีกครั้ง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Again:</source>
        <extracomment>Label of the field where the passphrase is typed a second time.</extracomment>
        <translation>อีกครั้ง:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer is old or has little memory (lighter key protection)</source>
        <translation>คอมพิวเตอร์เครื่องนี้เก่าหรือมีหน่วยความจำน้อย (ป้องกันกุญแจแบบเบาลง)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase:</source>
        <translation>วลีรหัสผ่าน:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Make your group&apos;s signing key</source>
        <translation>สร้างกุญแจลงนามของกลุ่มคุณ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It shows Coact that the file comes from your group.</source>
        <translation>กุญแจนี้แสดงให้ Coact รู้ว่าไฟล์มาจากกลุ่มของคุณ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is your group&apos;s first export. Coact Desktop now makes a signing key, so that Coact can tell that later files come from you. Choose a passphrase of at least 8 characters. Nobody can recover a forgotten passphrase, not even Coact: write it down somewhere safe.</source>
        <translation>นี่เป็นการส่งออกครั้งแรกของกลุ่มคุณ ตอนนี้ Coact Desktop จะสร้างกุญแจลงนาม เพื่อให้ Coact รู้ได้ว่าไฟล์ที่ส่งมาภายหลังมาจากคุณ กรุณาตั้งวลีรหัสผ่านที่ยาวอย่างน้อย 8 ตัวอักษร ไม่มีใครกู้คืนวลีรหัสผ่านที่ลืมไปได้ แม้แต่ Coact เอง กรุณาจดไว้ในที่ปลอดภัย</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlock your group&apos;s signing key</source>
        <translation>ปลดล็อกกุญแจลงนามของกลุ่มคุณ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key signs the file, so Coact knows it is yours.</source>
        <translation>กุญแจนี้ลงนามในไฟล์ เพื่อให้ Coact รู้ว่าเป็นไฟล์ของคุณ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the passphrase of your group&apos;s signing key.</source>
        <translation>กรุณาพิมพ์วลีรหัสผ่านของกุญแจลงนามของกลุ่มคุณ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking the passphrase…</source>
        <translation>กำลังตรวจวลีรหัสผ่าน…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Wrong passphrase. Type it again; check the keyboard&apos;s language and Caps Lock.</source>
        <translation>วลีรหัสผ่านไม่ถูกต้อง กรุณาพิมพ์อีกครั้ง และตรวจดูภาษาของแป้นพิมพ์กับปุ่ม Caps Lock</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The two passphrases differ.</source>
        <translation>วลีรหัสผ่านทั้งสองไม่ตรงกัน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least 8 characters, please.</source>
        <translation>กรุณาใช้อย่างน้อย 8 ตัวอักษร</translation>
    </message>
</context>
<context>
    <name>KeysMenu</name>
    <message>
        <location filename="../src/coact_desktop/gui/keys_menu.py" line="+28"/>
        <source>Your group&apos;s signing key…</source>
        <translation>กุญแจลงนามของกลุ่มคุณ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up the signing key…</source>
        <translation>สำรองกุญแจลงนาม…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the signing key from a backup…</source>
        <translation>กู้คืนกุญแจลงนามจากสำเนาสำรอง…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the public key…</source>
        <translation>บันทึกกุญแจสาธารณะ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the key with a new one…</source>
        <translation>เปลี่ยนเป็นกุญแจใหม่…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key {key}

Its words, to read out to Coact by phone:
{words}</source>
        <translation>กุญแจ {key}

คำลายนิ้วมือของกุญแจ สำหรับอ่านให้ Coact ฟังทางโทรศัพท์:
{words}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signing key</source>
        <extracomment>The group&apos;s own key that signs its bundles.</extracomment>
        <translation>กุญแจลงนาม</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your group has no signing key yet: it is made on the first export.</source>
        <translation>กลุ่มของคุณยังไม่มีกุญแจลงนาม กุญแจจะถูกสร้างเมื่อส่งออกครั้งแรก</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+13"/>
        <source>Back up the signing key</source>
        <translation>สำรองกุญแจลงนาม</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Passphrase of the signing key:</source>
        <translation>วลีรหัสผ่านของกุญแจลงนาม:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key backup is in {path}. It is still locked by the passphrase: keep the file and the passphrase in different places.</source>
        <translation>สำเนาสำรองของกุญแจอยู่ที่ {path} สำเนานี้ยังล็อกด้วยวลีรหัสผ่าน กรุณาเก็บไฟล์และวลีรหัสผ่านไว้คนละที่</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>Restore the signing key</source>
        <translation>กู้คืนกุญแจลงนาม</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Passphrase of the backed-up key:</source>
        <translation>วลีรหัสผ่านของกุญแจที่สำรองไว้:</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <source>Save the public key</source>
        <translation>บันทึกกุญแจสาธารณะ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase of the current key:</source>
        <translation>วลีรหัสผ่านของกุญแจปัจจุบัน:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase for the new key (at least 8 characters):</source>
        <translation>วลีรหัสผ่านสำหรับกุญแจใหม่ (อย่างน้อย 8 ตัวอักษร):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new passphrase again:</source>
        <translation>วลีรหัสผ่านใหม่อีกครั้ง:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>New key</source>
        <translation>กุญแจใหม่</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The two passphrases differ.</source>
        <translation>วลีรหัสผ่านทั้งสองไม่ตรงกัน</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your group now signs with key {key}; the old key signed the hand-over, and your next file carries it.

Its words:
{words}</source>
        <translation>ตอนนี้กลุ่มของคุณลงนามด้วยกุญแจ {key} กุญแจเดิมได้ลงนามรับรองการส่งต่อแล้ว และไฟล์ถัดไปของคุณจะมีบันทึกนี้ไปด้วย

คำลายนิ้วมือของกุญแจ:
{words}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Passphrase</source>
        <translation>วลีรหัสผ่าน</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../src/coact_desktop/gui/language_menu.py" line="+57"/>
        <source>Follow the &amp;system</source>
        <translation>ตามภาษาของ&amp;ระบบ</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Everything you have written stays as it is.</source>
        <translation>ทุกอย่างที่คุณเขียนไว้จะยังอยู่เหมือนเดิม</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next time it starts, Coact Desktop will be in this language: {language}.</source>
        <translation>เมื่อเปิดครั้งถัดไป Coact Desktop จะใช้ภาษานี้: {language}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coact Desktop will follow the system&apos;s language the next time it starts.</source>
        <translation>เมื่อเปิดครั้งถัดไป Coact Desktop จะใช้ภาษาตามระบบ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/coact_desktop/gui/damaged_library.py" line="+28"/>
        <source>The library database is damaged</source>
        <translation>ฐานข้อมูลห้องสมุดเสียหาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile database is damaged. Restore the newest backup ({name})? Changes made since that backup was taken are not in it; the damaged file is kept aside.</source>
        <translation>ฐานข้อมูลโปรไฟล์เสียหาย ต้องการกู้คืนสำเนาสำรองล่าสุด ({name}) หรือไม่ การเปลี่ยนแปลงที่ทำหลังจากสำรองครั้งนั้นจะไม่มีอยู่ในสำเนา ส่วนไฟล์ที่เสียหายจะเก็บแยกไว้</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/gui/main_window.py" line="+80"/>
        <location line="+635"/>
        <source>A history of drug user organising</source>
        <translation>ประวัติศาสตร์การรวมกลุ่มของผู้ใช้ยา</translation>
    </message>
    <message>
        <location line="-609"/>
        <source>A history of drug user organising
by Mat Southwell and Lana Durjava, Coact</source>
        <translation>ประวัติศาสตร์การรวมกลุ่มของผู้ใช้ยา
โดย Mat Southwell และ Lana Durjava, Coact</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Authors</source>
        <extracomment>The line naming who wrote the history.</extracomment>
        <translation>ผู้เขียน</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edition</source>
        <translation>ฉบับเผยแพร่</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Views</source>
        <extracomment>The tabs of the main window (Read, Organisations, Timeline, Search, drafts).</extracomment>
        <translation>มุมมอง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read</source>
        <extracomment>Tab where the history is read (a verb, like &apos;Search&apos;).</extracomment>
        <translation>อ่าน</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Organisations</source>
        <translation>องค์กร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>ลำดับเหตุการณ์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our group&apos;s history</source>
        <translation>ประวัติศาสตร์ของกลุ่มเรา</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Opening the library…</source>
        <translation>กำลังเปิดห้องสมุด…</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Edition {number}, {date}</source>
        <translation>ฉบับเผยแพร่ที่ {number} วันที่ {date}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inbox</source>
        <extracomment>Tab (Coact&apos;s staff only) listing bundles received from groups.</extracomment>
        <translation>กล่องรับไฟล์</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reading the last edition published…</source>
        <translation>กำลังอ่านฉบับเผยแพร่ล่าสุด…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The editions workspace cannot open</source>
        <translation>เปิดพื้นที่ทำงานฉบับเผยแพร่ไม่ได้</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a file</source>
        <translation>นำเข้าไฟล์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coact files (*.coactpack *.coactanswer *.coact);;All files (*)</source>
        <translation>ไฟล์ Coact (*.coactpack *.coactanswer *.coact);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Coact&apos;s answer is on the draft it answers.</source>
        <translation>คำตอบของ Coact อยู่ในฉบับร่างที่เกี่ยวข้องแล้ว</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coact&apos;s answer was not imported. {reason}</source>
        <translation>ไม่ได้นำเข้าคำตอบของ Coact {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not imported</source>
        <translation>ไม่ได้นำเข้า</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copy the library to a stick</source>
        <translation>คัดลอกห้องสมุดลงแฟลชไดรฟ์</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy Coact Desktop to a stick</source>
        <translation>คัดลอก Coact Desktop ลงแฟลชไดรฟ์</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Copied to {path}. Whoever gets it can check it as you did.</source>
        <translation>คัดลอกไปที่ {path} แล้ว ผู้ที่ได้รับไปจะตรวจสอบได้เหมือนที่คุณตรวจ</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This is the edition the program came with: nothing new yet.</source>
        <translation>นี่คือฉบับเผยแพร่ที่มากับโปรแกรม ยังไม่มีอะไรใหม่</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Preparing search…</source>
        <translation>กำลังเตรียมการค้นหา…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Search is not ready. It will be set up the next time you start Coact Desktop.</source>
        <translation>การค้นหายังไม่พร้อม โปรแกรมจะเตรียมให้เมื่อคุณเปิด Coact Desktop ครั้งถัดไป</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search is not available: {reason}</source>
        <translation>ใช้การค้นหาไม่ได้: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Coact Desktop cannot open the library</source>
        <translation>Coact Desktop เปิดห้องสมุดไม่ได้</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>(no name yet)</source>
        <translation>(ยังไม่มีชื่อ)</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Some changes are not saved</source>
        <translation>การเปลี่ยนแปลงบางส่วนยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last changes to your draft could not be saved: {reason}

Keep the window open and try again? If you close now, those changes are lost.</source>
        <translation>บันทึกการเปลี่ยนแปลงล่าสุดในฉบับร่างของคุณไม่ได้: {reason}

ต้องการเปิดหน้าต่างไว้และลองอีกครั้งหรือไม่ หากปิดตอนนี้ การเปลี่ยนแปลงเหล่านั้นจะหายไป</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../src/coact_desktop/gui/notice_bar.py" line="+28"/>
        <source>Notice</source>
        <translation>แจ้งเตือน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the notice</source>
        <translation>ปิดการแจ้งเตือน</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../src/coact_desktop/gui/export_wizard.py" line="+36"/>
        <source>Where to save the file</source>
        <translation>บันทึกไฟล์ไว้ที่ไหน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history becomes one file. Take it to Coact on a USB stick, or send it by e-mail or messenger.</source>
        <translation>ประวัติศาสตร์จะถูกรวมเป็นไฟล์เดียว นำไปให้ Coact ด้วยแฟลชไดรฟ์ USB หรือส่งทางอีเมลหรือแอปแชต</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder</source>
        <translation>โฟลเดอร์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypt it so that only Coact can read it</source>
        <translation>เข้ารหัสไฟล์ เพื่อให้มีเพียง Coact ที่อ่านได้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without encryption, anyone who gets the file (on a lost USB stick, in an e-mail account, on a phone) can read everything in it. Only send it unencrypted if you are sure.</source>
        <translation>หากไม่เข้ารหัส ใครก็ตามที่ได้ไฟล์ไป (จากแฟลชไดรฟ์ที่หาย ในบัญชีอีเมล หรือบนโทรศัพท์) จะอ่านทุกอย่างในไฟล์ได้ กรุณาส่งแบบไม่เข้ารหัสเฉพาะเมื่อคุณแน่ใจเท่านั้น</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Folder:</source>
        <translation>โฟลเดอร์:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name:</source>
        <translation>ชื่อไฟล์:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a folder</source>
        <translation>เลือกโฟลเดอร์</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no such folder. Choose one with “Choose…”.</source>
        <translation>ไม่มีโฟลเดอร์นี้ กรุณาเลือกโฟลเดอร์ด้วยปุ่ม “เลือก…”</translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <location filename="../src/coact_desktop/gui/organisations_view.py" line="+38"/>
        <source>Filter by name, other spelling, country or city</source>
        <translation>กรองตามชื่อ ชื่อที่สะกดแบบอื่น ประเทศ หรือเมือง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter organisations</source>
        <translation>กรององค์กร</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation</source>
        <translation>องค์กร</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+111"/>
        <source>Other spellings</source>
        <extracomment>Column: other names or spellings of the same organisation.</extracomment>
        <translation>ชื่อหรือการสะกดแบบอื่น</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Country or region</source>
        <translation>ประเทศหรือภูมิภาค</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+115"/>
        <source>City</source>
        <translation>เมือง</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+116"/>
        <source>Founded</source>
        <translation>ก่อตั้ง</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+116"/>
        <source>Ended</source>
        <extracomment>Column: the year the organisation stopped working.</extracomment>
        <translation>ยุติ</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Mentions</source>
        <extracomment>Column: how many passages of the history name the organisation.</extracomment>
        <translation>จำนวนที่กล่าวถึง</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Organisations</source>
        <translation>องค์กร</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Organisation details and passages</source>
        <translation>รายละเอียดองค์กรและข้อความที่กล่าวถึง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose an organisation to see what the history says of it, and every passage that names it.</source>
        <translation>เลือกองค์กรเพื่อดูว่าประวัติศาสตร์กล่าวถึงองค์กรนั้นว่าอย่างไร และดูข้อความทุกตอนที่เอ่ยชื่อองค์กรนั้น</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>ภูมิภาค</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Models of organising</source>
        <translation>รูปแบบการรวมกลุ่ม</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Passages that mention it ({count})</source>
        <translation>ข้อความที่กล่าวถึง ({count})</translation>
    </message>
</context>
<context>
    <name>PaperKeyDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/paper_key_dialog.py" line="+32"/>
        <source>Paper backup of the key</source>
        <translation>สำเนาสำรองของกุญแจบนกระดาษ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the drafts with the paper key</source>
        <translation>เปิดฉบับร่างด้วยกุญแจกระดาษ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase</source>
        <translation>วลีรหัสผ่าน</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>Paper key</source>
        <translation>กุญแจกระดาษ</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>New passphrase</source>
        <translation>วลีรหัสผ่านใหม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again</source>
        <translation>วลีรหัสผ่านใหม่อีกครั้ง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;วลีรหัสผ่าน:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper &amp;key:</source>
        <translation>&amp;กุญแจกระดาษ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New passphrase:</source>
        <translation>วลีรหัสผ่านให&amp;ม่:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;อีกครั้ง:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Problem</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Show the key</source>
        <translation>แ&amp;สดงกุญแจ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Open and set</source>
        <translation>เ&amp;ปิดและตั้งวลีรหัสผ่านใหม่</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>If the passphrase is forgotten, this key written on paper opens the drafts and lets you choose a new passphrase. Anyone who has the paper and this laptop can read the drafts: keep it somewhere safe, away from the laptop, or do without it.

Type the passphrase to show the key.</source>
        <translation>หากลืมวลีรหัสผ่าน กุญแจนี้ที่เขียนไว้บนกระดาษจะเปิดฉบับร่างได้ และให้คุณตั้งวลีรหัสผ่านใหม่ ใครก็ตามที่มีกระดาษแผ่นนี้และแล็ปท็อปเครื่องนี้จะอ่านฉบับร่างได้ กรุณาเก็บกระดาษไว้ในที่ปลอดภัยซึ่งอยู่ห่างจากแล็ปท็อป หรือจะไม่ทำกุญแจกระดาษเลยก็ได้

กรุณาพิมพ์วลีรหัสผ่านเพื่อแสดงกุญแจ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the 14 groups written on the paper, then choose a new passphrase. A duress passphrase, if one was set, is removed: set it again afterwards.</source>
        <translation>กรุณาพิมพ์ 14 กลุ่มที่เขียนไว้บนกระดาษ แล้วตั้งวลีรหัสผ่านใหม่ หากเคยตั้งวลีรหัสผ่านกรณีถูกบังคับไว้ วลีนั้นจะถูกนำออก กรุณาตั้งใหม่อีกครั้งภายหลัง</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the passphrase.</source>
        <translation>กรุณาพิมพ์วลีรหัสผ่าน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the paper key.</source>
        <translation>กรุณาพิมพ์กุญแจกระดาษ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>กรุณาตั้งวลีรหัสผ่านที่ยาวอย่างน้อย 8 ตัวอักษร</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the same new passphrase twice.</source>
        <translation>กรุณาพิมพ์วลีรหัสผ่านใหม่ให้เหมือนกันทั้งสองครั้ง</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening…</source>
        <translation>กำลังเปิด…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Close</source>
        <translation>&amp;ปิด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy it onto paper, in this order. It changes only after a quick delete.</source>
        <translation>กรุณาคัดลอกลงกระดาษตามลำดับนี้ กุญแจนี้จะเปลี่ยนก็ต่อเมื่อมีการลบด่วนเท่านั้น</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/passphrase_dialog.py" line="+40"/>
        <source>Protect drafts with a passphrase</source>
        <translation>ป้องกันฉบับร่างด้วยวลีรหัสผ่าน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the passphrase</source>
        <translation>เปลี่ยนวลีรหัสผ่าน</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Duress passphrase</source>
        <translation>วลีรหัสผ่านกรณีถูกบังคับ</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Passphrase</source>
        <translation>วลีรหัสผ่าน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>วลีรหัสผ่านใหม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again</source>
        <translation>วลีรหัสผ่านใหม่อีกครั้ง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duress passphrase again</source>
        <translation>วลีรหัสผ่านกรณีถูกบังคับอีกครั้ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also set a &amp;duress passphrase</source>
        <translation>ตั้งวลีรหัสผ่านกรณีถูก&amp;บังคับด้วย</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typing the duress passphrase &amp;quick-deletes the drafts first, for good</source>
        <translation>เมื่อพิมพ์วลีรหัสผ่านกรณีถูกบังคับ ให้&amp;ลบด่วนฉบับร่างอย่างถาวรก่อน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;วลีรหัสผ่าน:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New passphrase:</source>
        <translation>วลีรหัสผ่านให&amp;ม่:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;อีกครั้ง:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>D&amp;uress passphrase:</source>
        <translation>วลีรหัสผ่านกรณี&amp;ถูกบังคับ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duress a&amp;gain:</source>
        <translation>วลีรหัสผ่านกรณีถูกบังคับอีก&amp;ครั้ง:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Problem</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Protect</source>
        <translation>&amp;ป้องกัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange</source>
        <translation>เป&amp;ลี่ยน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Set</source>
        <translation>&amp;ตั้ง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove the duress passphrase</source>
        <translation>&amp;นำวลีรหัสผ่านกรณีถูกบังคับออก</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing is re-encrypted: the drafts keep their key, and only the passphrase that opens it changes.</source>
        <translation>ไม่มีการเข้ารหัสใหม่: ฉบับร่างยังใช้กุญแจเดิม มีเพียงวลีรหัสผ่านที่ใช้เปิดกุญแจนั้นเท่านั้นที่เปลี่ยน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Typed instead of the passphrase, a duress passphrase opens the program with none of your drafts in it, and nothing on the screen says which one was typed. It does not protect against a copy of the disk made before it was typed.</source>
        <translation>หากพิมพ์วลีรหัสผ่านกรณีถูกบังคับแทนวลีรหัสผ่านปกติ โปรแกรมจะเปิดขึ้นโดยไม่มีฉบับร่างของคุณอยู่เลย และไม่มีสิ่งใดบนหน้าจอบอกว่าพิมพ์วลีรหัสผ่านใดไป วลีรหัสผ่านกรณีถูกบังคับไม่สามารถป้องกันข้อมูลในสำเนาดิสก์ที่ทำไว้ก่อนที่จะพิมพ์วลีรหัสผ่านนี้</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The duress passphrase must differ from your usual passphrase.</source>
        <translation>วลีรหัสผ่านกรณีถูกบังคับต้องไม่เหมือนกับวลีรหัสผ่านปกติของคุณ</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Type the passphrase that opens the drafts now.</source>
        <translation>กรุณาพิมพ์วลีรหัสผ่านที่ใช้เปิดฉบับร่างอยู่ในตอนนี้</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Your drafts, the people named in them, the inbox and the group&apos;s signing key will be encrypted on this computer. Each time the program starts you type the passphrase once to open them; the history can be read without it.

If you forget this passphrase, nobody can open your drafts again, not even Coact. Write it on paper and keep it somewhere safe, away from the laptop.</source>
        <translation>ฉบับร่างของคุณ บุคคลที่มีชื่ออยู่ในฉบับร่าง กล่องรับไฟล์ และกุญแจลงนามของกลุ่ม จะได้รับการเข้ารหัสในคอมพิวเตอร์เครื่องนี้ ทุกครั้งที่เปิดโปรแกรม คุณจะพิมพ์วลีรหัสผ่านหนึ่งครั้งเพื่อเปิดข้อมูลเหล่านี้ ส่วนประวัติศาสตร์อ่านได้โดยไม่ต้องใช้วลีรหัสผ่าน

หากคุณลืมวลีรหัสผ่านนี้ จะไม่มีใครเปิดฉบับร่างของคุณได้อีก แม้แต่ Coact เอง กรุณาเขียนวลีรหัสผ่านลงกระดาษ แล้วเก็บไว้ในที่ปลอดภัยซึ่งอยู่ห่างจากแล็ปท็อป</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>กรุณาตั้งวลีรหัสผ่านที่ยาวอย่างน้อย 8 ตัวอักษร</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the same new passphrase twice.</source>
        <translation>กรุณาพิมพ์วลีรหัสผ่านใหม่ให้เหมือนกันทั้งสองครั้ง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a duress passphrase of at least 8 characters.</source>
        <translation>กรุณาตั้งวลีรหัสผ่านกรณีถูกบังคับที่ยาวอย่างน้อย 8 ตัวอักษร</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the same duress passphrase twice.</source>
        <translation>กรุณาพิมพ์วลีรหัสผ่านกรณีถูกบังคับให้เหมือนกันทั้งสองครั้ง</translation>
    </message>
</context>
<context>
    <name>PeopleTable</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_tables.py" line="-277"/>
        <location line="+182"/>
        <source>Consent</source>
        <translation>ความยินยอม</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Real name</source>
        <translation>ชื่อจริง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pseudonym</source>
        <translation>นามแฝง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add person</source>
        <translation>เพิ่มบุคคล</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People and their consent</source>
        <translation>บุคคลและความยินยอมของแต่ละคน</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Named, with consent</source>
        <extracomment>Consent of a person named in the draft (a choice in the people table).</extracomment>
        <translation>เอ่ยชื่อได้ โดยได้รับความยินยอม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pseudonym only</source>
        <translation>ใช้นามแฝงเท่านั้น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withheld: not shown</source>
        <translation>ไม่เปิดเผย: ไม่แสดงทั้งชื่อและนามแฝง</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_dialogs.py" line="+57"/>
        <source>Group profile</source>
        <translation>ข้อมูลกลุ่ม</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language of the draft</source>
        <translation>ภาษาของฉบับร่าง</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The group&apos;s name</source>
        <translation>ชื่อกลุ่ม</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not given</source>
        <extracomment>Shown in the &apos;year founded&apos; field when the group gave no year.</extracomment>
        <translation>ไม่ได้ระบุ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not given</source>
        <translation>ไม่ได้ระบุ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, still active</source>
        <translation>ใช่ ยังดำเนินการอยู่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, no longer active</source>
        <translation>ไม่ เลิกดำเนินการแล้ว</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. English, Russian</source>
        <translation>เช่น ไทย, อังกฤษ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models of organising</source>
        <translation>รูปแบบการรวมกลุ่ม</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>เมือง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year founded</source>
        <translation>ปีที่ก่อตั้ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still active</source>
        <translation>ยังดำเนินการอยู่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This history is written in</source>
        <translation>ประวัติศาสตร์นี้เขียนเป็นภาษา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The group&apos;s models of organising</source>
        <translation>รูปแบบการรวมกลุ่มของกลุ่ม</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the group&apos;s name to go on; everything else can wait.</source>
        <translation>กรุณาใส่ชื่อกลุ่มเพื่อทำต่อ ส่วนอื่นๆ กรอกภายหลังได้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is missing</source>
        <translation>สิ่งที่ยังขาด</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Give the group&apos;s name first.</source>
        <translation>กรุณาใส่ชื่อกลุ่มก่อน</translation>
    </message>
</context>
<context>
    <name>ProfileSafety</name>
    <message>
        <location filename="../src/coact_desktop/gui/profile_safety.py" line="+51"/>
        <location line="+60"/>
        <source>&amp;Protect drafts with a passphrase…</source>
        <translation>&amp;ป้องกันฉบับร่างด้วยวลีรหัสผ่าน…</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>D&amp;uress passphrase…</source>
        <translation>วลีรหัสผ่านกรณี&amp;ถูกบังคับ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper &amp;backup of the key…</source>
        <translation>สำเนาสำรองของกุญแจบน&amp;กระดาษ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock drafts</source>
        <translation>ล็อกฉบับ&amp;ร่าง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock &amp;when idle</source>
        <translation>ล็อกเ&amp;มื่อไม่ได้ใช้งาน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After {minutes} minutes</source>
        <translation>หลังจาก {minutes} นาที</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never</source>
        <translation>ไม่ใช้</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quick delete after wron&amp;g passphrases</source>
        <translation>ลบด่วนเมื่อพิมพ์&amp;วลีรหัสผ่านผิด</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After {count} wrong passphrases in a row</source>
        <translation>หลังจากพิมพ์วลีรหัสผ่านผิด {count} ครั้งติดต่อกัน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never</source>
        <comment>quick delete after wrong passphrases</comment>
        <extracomment>The choice that leaves quick delete after wrong passphrases off.</extracomment>
        <translation>ไม่ใช้</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quic&amp;k delete…</source>
        <translation>ลบ&amp;ด่วน…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Change the &amp;passphrase…</source>
        <translation>เ&amp;ปลี่ยนวลีรหัสผ่าน…</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The drafts are locked.</source>
        <translation>ล็อกฉบับร่างแล้ว</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Your drafts, their photos and files, the inbox and the keys are now encrypted on this computer.</source>
        <translation>ตอนนี้ฉบับร่างของคุณ รูปภาพและไฟล์ของฉบับร่าง กล่องรับไฟล์ และกุญแจต่าง ๆ ในคอมพิวเตอร์เครื่องนี้เข้ารหัสแล้ว</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase was changed.</source>
        <translation>เปลี่ยนวลีรหัสผ่านแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The duress passphrase was removed.</source>
        <translation>นำวลีรหัสผ่านกรณีถูกบังคับออกแล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The duress passphrase was set.</source>
        <translation>ตั้งวลีรหัสผ่านกรณีถูกบังคับแล้ว</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Encrypting your drafts…</source>
        <translation>กำลังเข้ารหัสฉบับร่างของคุณ…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Protect drafts with a passphrase</source>
        <translation>ป้องกันฉบับร่างด้วยวลีรหัสผ่าน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypting your drafts and sealing their photos and files…</source>
        <translation>กำลังเข้ารหัสฉบับร่างของคุณ และปิดผนึกรูปภาพและไฟล์ของฉบับร่าง…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled: the drafts are not protected, as before.</source>
        <translation>ยกเลิกแล้ว ฉบับร่างยังคงไม่ได้ป้องกันด้วยวลีรหัสผ่านเหมือนเดิม</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing was changed</source>
        <translation>ไม่มีอะไรเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Quick delete after wrong passphrases</source>
        <translation>ลบด่วนเมื่อพิมพ์วลีรหัสผ่านผิด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After {count} wrong passphrases in a row, your drafts, the inbox, photos, keys and backups are destroyed for good, as by quick delete, and nothing on the screen says so.

A mistyped passphrase, another keyboard language or a child at the keyboard can set it off. It does not help against someone who copies the disk before trying. Turn it on?</source>
        <translation>หลังจากพิมพ์วลีรหัสผ่านผิด {count} ครั้งติดต่อกัน ฉบับร่างของคุณ กล่องรับไฟล์ รูปภาพ กุญแจ และสำเนาสำรองจะถูกทำลายอย่างถาวรเหมือนการลบด่วน และไม่มีสิ่งใดบนหน้าจอบอกว่าเกิดอะไรขึ้น

การพิมพ์วลีรหัสผ่านพลาด แป้นพิมพ์ที่ตั้งเป็นภาษาอื่น หรือเด็กที่มากดแป้นพิมพ์เล่น ก็อาจทำให้เกิดการลบได้ และการตั้งค่านี้ไม่ช่วยป้องกันผู้ที่คัดลอกดิสก์ไว้ก่อนลองพิมพ์ ต้องการเปิดใช้หรือไม่</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Turn it on</source>
        <translation>เ&amp;ปิดใช้</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Quick delete after wrong passphrases is off.</source>
        <translation>ไม่ได้เปิดใช้การลบด่วนเมื่อพิมพ์วลีรหัสผ่านผิด</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After {count} wrong passphrases in a row, everything private is deleted.</source>
        <translation>หลังจากพิมพ์วลีรหัสผ่านผิด {count} ครั้งติดต่อกัน ข้อมูลส่วนตัวทั้งหมดจะถูกลบ</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The drafts are open, under the new passphrase. Set a duress passphrase again if you had one.</source>
        <translation>ฉบับร่างเปิดอยู่ด้วยวลีรหัสผ่านใหม่แล้ว หากคุณเคยมีวลีรหัสผ่านกรณีถูกบังคับ กรุณาตั้งใหม่อีกครั้ง</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Deleting…</source>
        <translation>กำลังลบ…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Quick delete</source>
        <translation>ลบด่วน</translation>
    </message>
</context>
<context>
    <name>ProgramShare</name>
    <message>
        <location filename="../src/coact_desktop/gui/program_share.py" line="+42"/>
        <location line="+55"/>
        <source>Copy Coact Desktop to a stick</source>
        <translation>คัดลอก Coact Desktop ลงแฟลชไดรฟ์</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Copying Coact Desktop and checking the copy…</source>
        <translation>กำลังคัดลอก Coact Desktop และตรวจสำเนา…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Coact Desktop {version} is copied to {folder} and the copy checked. Whoever gets it can check it too: with this program (coact-desktop release verify FOLDER), or with sha256sum -c RELEASE-SHA256SUMS and minisign -V inside the folder.</source>
        <translation>คัดลอก Coact Desktop {version} ไปที่ {folder} และตรวจสำเนาแล้ว ผู้ที่ได้รับไปก็ตรวจได้เช่นกัน: ด้วยโปรแกรมนี้ (coact-desktop release verify FOLDER) หรือด้วย sha256sum -c RELEASE-SHA256SUMS และ minisign -V ภายในโฟลเดอร์</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The library&apos;s newest edition is copied to {path}.</source>
        <translation>คัดลอกฉบับเผยแพร่ล่าสุดของห้องสมุดไปที่ {path} แล้ว</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied</source>
        <extracomment>Title of a message: the program&apos;s files were copied.</extracomment>
        <translation>คัดลอกแล้ว</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coact Desktop is copied to {folder}.</source>
        <translation>คัดลอก Coact Desktop ไปที่ {folder} แล้ว</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was copied.</source>
        <translation>ไม่มีอะไรถูกคัดลอก</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../src/coact_desktop/gui/task_progress.py" line="+15"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../src/coact_desktop/words/qt_words.py" line="+15"/>
        <source>OK</source>
        <extracomment>A button of a dialog (Qt&apos;s own word, as on every dialog of the system).</extracomment>
        <translation>ตกลง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>ใ&amp;ช่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>ไ&amp;ม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>ละทิ้ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>นำไปใช้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>วิธีใช้</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location line="+2"/>
        <source>&lt; &amp;Back</source>
        <extracomment>A button of a step-by-step dialog (the send wizard): the step before.</extracomment>
        <translation>&lt; &amp;ย้อนกลับ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next &gt;</source>
        <extracomment>The step after; in a right-to-left language, leave the arrow out.</extracomment>
        <translation>&amp;ถัดไป &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>เ&amp;สร็จสิ้น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;วิธีใช้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>ยืนยัน</translation>
    </message>
</context>
<context>
    <name>QuickDelete</name>
    <message>
        <location filename="../src/coact_desktop/words/quick_delete.py" line="+16"/>
        <source>the key to your drafts (destroyed first)</source>
        <translation>กุญแจสำหรับเปิดฉบับร่างของคุณ (ทำลายเป็นอย่างแรก)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the encrypted drafts, inbox and keys</source>
        <translation>ข้อมูลที่เข้ารหัสแล้วของฉบับร่าง กล่องรับไฟล์ และกุญแจ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drafts, inbox and keys</source>
        <translation>ฉบับร่าง กล่องรับไฟล์ และกุญแจ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>photos and files attached to drafts</source>
        <translation>รูปภาพและไฟล์ที่แนบไว้ในฉบับร่าง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backups</source>
        <translation>สำเนาสำรอง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key files</source>
        <translation>ไฟล์กุญแจ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the log</source>
        <translation>ไฟล์บันทึกการทำงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>temporary files</source>
        <translation>ไฟล์ชั่วคราว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the plan of the next edition</source>
        <translation>แผนของฉบับเผยแพร่ถัดไป</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the count of wrong passphrases</source>
        <translation>จำนวนครั้งที่พิมพ์วลีรหัสผ่านผิด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folders, files and drafts remembered in settings</source>
        <translation>โฟลเดอร์ ไฟล์ และฉบับร่างที่จำไว้ในการตั้งค่า</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There was nothing private to remove.</source>
        <translation>ไม่มีข้อมูลส่วนตัวที่ต้องลบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed: {items}. The library is still here.</source>
        <extracomment>{items} is a list of what was removed, separated by semicolons.</extracomment>
        <translation>ลบแล้ว: {items} ส่วนห้องสมุดยังอยู่</translation>
    </message>
</context>
<context>
    <name>QuickDeleteDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/quick_delete_dialog.py" line="+26"/>
        <source>Quick delete</source>
        <translation>ลบด่วน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delete</source>
        <extracomment>The word typed to confirm quick delete: one short, ordinary word.</extracomment>
        <translation>ลบ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This destroys, for good, your group&apos;s drafts and the people named in them, attached files, the inbox, keys, backups and the log. The history stays, so the program looks like any reader&apos;s. Nobody can bring the drafts back, not even with the passphrase.

Type {word} to go on.</source>
        <translation>การลบนี้จะทำลายอย่างถาวร ทั้งฉบับร่างของกลุ่มคุณและรายชื่อบุคคลในฉบับร่าง ไฟล์แนบ กล่องรับไฟล์ กุญแจ สำเนาสำรอง และไฟล์บันทึกการทำงาน ประวัติศาสตร์จะยังอยู่ โปรแกรมจึงดูเหมือนโปรแกรมของผู้อ่านทั่วไป ไม่มีใครกู้คืนฉบับร่างได้ แม้จะใช้วลีรหัสผ่านก็ตาม

กรุณาพิมพ์ “{word}” เพื่อดำเนินการต่อ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Confirmation word</source>
        <extracomment>The field where the confirming word is typed.</extracomment>
        <translation>คำยืนยัน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Countdown</source>
        <translation>นับถอยหลัง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete now</source>
        <translation>&amp;ลบทันที</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Deleting in {seconds}… Press Cancel or Esc to stop.</source>
        <translation>จะลบใน {seconds} วินาที… กด “ยกเลิก” หรือ Esc เพื่อหยุด</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../src/coact_desktop/gui/media_save.py" line="+32"/>
        <source>file from a group history</source>
        <translation>ไฟล์จากประวัติศาสตร์ของกลุ่ม</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save a copy</source>
        <translation>บันทึกสำเนา</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A copy is saved in {path}.</source>
        <translation>บันทึกสำเนาไว้ที่ {path} แล้ว</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/gui/rendering.py" line="+28"/>
        <source>From the history of {group}, in its own words</source>
        <translation>จากประวัติศาสตร์ของ {group} ในถ้อยคำของกลุ่มเอง</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>PDF document</source>
        <translation>เอกสาร PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>text file</source>
        <extracomment>Kind of an attached file, inside a sentence: lower case.</extracomment>
        <translation>ไฟล์ข้อความ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a copy ({kind}, {size})…</source>
        <translation>บันทึกสำเนา ({kind}, {size})…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>under 1 KB</source>
        <translation>ไม่ถึง 1 KB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../src/coact_desktop/gui/reader_view.py" line="+93"/>
        <source>Chapter text</source>
        <translation>เนื้อหาของบท</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>← Previous: {title}</source>
        <translation>← ก่อนหน้า: {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: {title} →</source>
        <translation>ถัดไป: {title} →</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_dialogs.py" line="+39"/>
        <source>Revision history</source>
        <translation>ประวัติเวอร์ชัน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revisions</source>
        <translation>เวอร์ชัน</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/words/revisions.py" line="+15"/>
        <source>started</source>
        <extracomment>Why a revision of a draft was saved: the draft was started.</extracomment>
        <translation>เริ่มฉบับร่าง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imported</source>
        <extracomment>Why a revision was saved: the draft was imported from a file.</extracomment>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saved while writing</source>
        <translation>บันทึกระหว่างเขียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restored an earlier revision</source>
        <translation>กู้คืนเวอร์ชันก่อนหน้า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/gui/draft_dialogs.py" line="+3"/>
        <source>Revision {number} · {when} · {reason} · {size}</source>
        <extracomment>One line of the revision list: its number, date and time, why it was saved, length.</extracomment>
        <translation>เวอร์ชัน {number} · {when} · {reason} · {size}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Differences from the text now</source>
        <translation>ความแตกต่างจากเนื้อหาปัจจุบัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore this revision</source>
        <translation>กู้คืนเวอร์ชันนี้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Timeline</source>
        <translation>ลำดับเหตุการณ์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People and consent</source>
        <translation>บุคคลและความยินยอม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and files</source>
        <translation>รูปภาพและไฟล์</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>ไม่</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>เมือง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founded</source>
        <translation>ก่อตั้ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still active</source>
        <translation>ยังดำเนินการอยู่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models of organising</source>
        <translation>รูปแบบการรวมกลุ่ม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the draft</source>
        <translation>ภาษาของฉบับร่าง</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>undated</source>
        <extracomment>An event of the timeline that has no date.</extracomment>
        <translation>ไม่ระบุวันที่</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>named</source>
        <extracomment>Consent of a person in the draft: agreed to be named with the real name.</extracomment>
        <translation>เอ่ยชื่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pseudonym</source>
        <translation>นามแฝง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withheld</source>
        <extracomment>Consent of a person: neither the name nor the pseudonym is shown.</extracomment>
        <translation>ไม่เปิดเผย</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../src/coact_desktop/gui/search_view.py" line="+39"/>
        <source>Search the history (Ctrl+K)</source>
        <translation>ค้นหาในประวัติศาสตร์ (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the history</source>
        <translation>ค้นหาในประวัติศาสตร์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by chapter</source>
        <translation>กรองตามบท</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by model of organising</source>
        <translation>กรองตามรูปแบบการรวมกลุ่ม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by country</source>
        <translation>กรองตามประเทศ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by decade</source>
        <translation>กรองตามทศวรรษ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search results</source>
        <translation>ผลการค้นหา</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>All chapters</source>
        <translation>ทุกบท</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All models</source>
        <translation>ทุกรูปแบบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All countries</source>
        <translation>ทุกประเทศ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All decades</source>
        <translation>ทุกทศวรรษ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Preparing search…</source>
        <translation>กำลังเตรียมการค้นหา…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a word or a name. Word forms and misspellings are found too.</source>
        <translation>พิมพ์คำหรือชื่อ โปรแกรมจะหาคำในรูปอื่นและคำที่สะกดผิดให้ด้วย</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No exact matches. Showing close spellings:</source>
        <translation>ไม่พบคำที่ตรงกันทุกตัวอักษร แสดงคำที่สะกดใกล้เคียง:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing found.</source>
        <translation>ไม่พบสิ่งใด</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Coact&apos;s history is written in English: try an English word. Each group&apos;s own history is found in the language it is written in.</source>
        <translation>ประวัติศาสตร์ของ Coact เขียนเป็นภาษาอังกฤษ กรุณาลองค้นหาด้วยคำภาษาอังกฤษ ส่วนประวัติศาสตร์ที่แต่ละกลุ่มเขียนเอง ค้นหาได้ด้วยภาษาที่กลุ่มนั้นใช้เขียน</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{shown} of %n results</source>
        <extracomment>{shown} results are listed of %n found in all.</extracomment>
        <translation>
            <numerusform>แสดง {shown} จากผลลัพธ์ทั้งหมด %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n results</source>
        <translation>
            <numerusform>ผลลัพธ์ %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Did you mean {suggestion}?</source>
        <translation>คุณหมายถึง {suggestion} หรือไม่</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{sentence}.</source>
        <extracomment>A sentence and the mark that ends it; in a language without one (Thai), only {sentence}.</extracomment>
        <translation>{sentence}</translation>
    </message>
</context>
<context>
    <name>TextSize</name>
    <message numerus="yes">
        <location filename="../src/coact_desktop/words/text_size.py" line="+17"/>
        <source>%n words</source>
        <extracomment>The length of a draft, shown under its text and in the revision list.</extracomment>
        <translation>
            <numerusform>%n คำ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n characters</source>
        <extracomment>The length of a text in Thai, Lao, Khmer, Myanmar, Chinese or Japanese, which do not put spaces between words: its letters are counted instead.</extracomment>
        <translation>
            <numerusform>%n ตัวอักษร</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../src/coact_desktop/gui/timeline_view.py" line="+24"/>
        <source>Timeline</source>
        <translation>ลำดับเหตุการณ์</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{decade}s</source>
        <extracomment>A decade heading: {decade} is a year like 1990, so &apos;the 1990s&apos;.</extracomment>
        <translation>ทศวรรษ {decade}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open this passage in the reader</source>
        <translation>เปิดข้อความนี้ในแท็บอ่าน</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <location filename="../src/coact_desktop/gui/unlock_panel.py" line="+24"/>
        <source>Your group&apos;s drafts are locked</source>
        <translation>ฉบับร่างของกลุ่มคุณถูกล็อกอยู่</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>They are encrypted on this computer. Type your passphrase to open them. The history can be read and searched without it.</source>
        <translation>ฉบับร่างเข้ารหัสไว้ในคอมพิวเตอร์เครื่องนี้ กรุณาพิมพ์วลีรหัสผ่านของคุณเพื่อเปิดฉบับร่าง ส่วนประวัติศาสตร์อ่านและค้นหาได้โดยไม่ต้องใช้วลีรหัสผ่าน</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase</source>
        <extracomment>The field where the passphrase of the group&apos;s drafts is typed.</extracomment>
        <translation>วลีรหัสผ่าน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unlock</source>
        <translation>&amp;ปลดล็อก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forgotten? Use the &amp;paper key…</source>
        <translation>หากลืมวลีรหัสผ่าน ใช้&amp;กุญแจกระดาษ…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Opening…</source>
        <translation>กำลังเปิด…</translation>
    </message>
</context>
<context>
    <name>WhatsNewView</name>
    <message>
        <location filename="../src/coact_desktop/gui/whats_new_view.py" line="+39"/>
        <source>What&apos;s new in edition {edition}</source>
        <translation>มีอะไรใหม่ในฉบับเผยแพร่ที่ {edition}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;{title}&lt;/b&gt;, edition {edition}, from {date}.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; ฉบับเผยแพร่ที่ {edition} ลงวันที่ {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The editors wrote no notes for this edition.</source>
        <translation>บรรณาธิการไม่ได้เขียนบันทึกสำหรับฉบับเผยแพร่นี้</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chapters added, changed and removed</source>
        <translation>บทที่เพิ่ม เปลี่ยนแปลง และนำออก</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chapter, with what changed marked</source>
        <translation>บทนี้ พร้อมทำเครื่องหมายส่วนที่เปลี่ยนแปลง</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open this chapter</source>
        <translation>เ&amp;ปิดบทนี้</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Added ({n})</source>
        <extracomment>Heading in What&apos;s new: chapters added since the last edition; {n} is how many.</extracomment>
        <translation>เพิ่ม ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed ({n})</source>
        <translation>เปลี่ยนแปลง ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed ({n})</source>
        <translation>นำออก ({n})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No chapter changed in this edition.</source>
        <translation>ไม่มีบทใดเปลี่ยนแปลงในฉบับเผยแพร่นี้</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>New in this edition.</source>
        <translation>ใหม่ในฉบับเผยแพร่นี้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No longer in this edition.</source>
        <translation>ไม่อยู่ในฉบับเผยแพร่นี้แล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Struck-through words were taken out; underlined words are new.</source>
        <translation>คำที่ขีดฆ่าคือคำที่นำออก คำที่ขีดเส้นใต้คือคำใหม่</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../src/coact_desktop/gui/window_menus.py" line="+34"/>
        <source>&amp;File</source>
        <translation>ไ&amp;ฟล์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New draft…</source>
        <translation>ฉ&amp;บับร่างใหม่…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import a file…</source>
        <translation>&amp;นำเข้าไฟล์…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy the library to a stick…</source>
        <translation>&amp;คัดลอกห้องสมุดลงแฟลชไดรฟ์…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Coact &amp;Desktop to a stick…</source>
        <translation>คัด&amp;ลอก Coact Desktop ลงแฟลชไดรฟ์…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export the open draft…</source>
        <translation>&amp;ส่งออกฉบับร่างที่เปิดอยู่…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;ออก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;มุมมอง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find in chapter</source>
        <translation>ค้นหาใน&amp;บท</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search the history</source>
        <translation>&amp;ค้นหาในประวัติศาสตร์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What&apos;s new in this edition</source>
        <translation>&amp;มีอะไรใหม่ในฉบับเผยแพร่นี้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous chapter</source>
        <translation>บท&amp;ก่อนหน้า</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ne&amp;xt chapter</source>
        <translation>บท&amp;ถัดไป</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;ขยาย</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;ย่อ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Normal size</source>
        <translation>ขนาด&amp;ปกติ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language</source>
        <translation>&amp;ภาษา</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keys</source>
        <translation>&amp;กุญแจ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Coact</source>
        <translation>&amp;Coact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inbox of received files</source>
        <translation>&amp;กล่องรับไฟล์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Editions workspace…</source>
        <translation>&amp;พื้นที่ทำงานฉบับเผยแพร่…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open received files…</source>
        <translation>เ&amp;ปิดไฟล์ที่ได้รับ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;วิธีใช้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>แ&amp;ป้นพิมพ์ลัด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Coact Desktop</source>
        <translation>เ&amp;กี่ยวกับ Coact Desktop</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>In a draft: text, timeline, people, files</source>
        <translation>ในฉบับร่าง: เนื้อหา ลำดับเหตุการณ์ บุคคล ไฟล์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a draft&apos;s timeline or people: add a row</source>
        <translation>ในลำดับเหตุการณ์หรือรายชื่อบุคคลของฉบับร่าง: เพิ่มแถว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a draft&apos;s text: bold, link</source>
        <translation>ในเนื้อหาของฉบับร่าง: ตัวหนา ลิงก์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a table: the next or the previous cell</source>
        <translation>ในตาราง: ช่องถัดไปหรือช่องก่อนหน้า</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keyboard shortcuts</source>
        <translation>แป้นพิมพ์ลัด</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About Coact Desktop</source>
        <translation>เกี่ยวกับ Coact Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Coact Desktop {version}&lt;/h3&gt;&lt;p&gt;A history of drug user organising, written by Mat Southwell and Lana Durjava, Coact. The text is reproduced verbatim.&lt;/p&gt;&lt;p&gt;Works offline. Nothing is sent anywhere.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Coact Desktop {version}&lt;/h3&gt;&lt;p&gt;ประวัติศาสตร์การรวมกลุ่มของผู้ใช้ยา (A history of drug user organising) เขียนโดย Mat Southwell และ Lana Durjava, Coact เนื้อหาแสดงตามต้นฉบับทุกคำ&lt;/p&gt;&lt;p&gt;ทำงานแบบออฟไลน์ ไม่มีการส่งข้อมูลใดออกไปที่ไหนเลย&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>WritePage</name>
    <message>
        <location filename="../src/coact_desktop/gui/export_write_page.py" line="+33"/>
        <location line="+59"/>
        <source>Writing the file</source>
        <translation>เขียนไฟล์</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>This takes a moment; Cancel stops it and leaves nothing behind.</source>
        <translation>ขั้นตอนนี้ใช้เวลาสักครู่ ปุ่ม “ยกเลิก” จะหยุดการทำงานโดยไม่ทิ้งอะไรไว้</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Progress</source>
        <translation>ความคืบหน้า</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Key fingerprint words</source>
        <translation>คำลายนิ้วมือของกุญแจ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show the folder</source>
        <translation>แสดงโฟลเดอร์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the file&apos;s path</source>
        <translation>คัดลอกที่อยู่ของไฟล์</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back, to change the folder or the key</source>
        <translation>ย้อนกลับ เพื่อเปลี่ยนโฟลเดอร์หรือกุญแจ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Signing and writing…</source>
        <translation>กำลังลงนามและเขียน…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The file is ready</source>
        <translation>ไฟล์พร้อมแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send it to Coact in any way that suits you.</source>
        <translation>ส่งไฟล์ถึง Coact ด้วยวิธีใดก็ได้ที่สะดวกสำหรับคุณ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written: {path} ({size}).</source>
        <translation>เขียนแล้ว: {path} ({size})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is file number {n} from your group.</source>
        <translation>นี่คือไฟล์ลำดับที่ {n} จากกลุ่มของคุณ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is NOT encrypted: keep it safe.</source>
        <translation>ไฟล์นี้ไม่ได้เข้ารหัส กรุณาเก็บไว้ให้ปลอดภัย</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A signing key was made for your group. Make a backup of it (Keys → Back up the signing key…) and keep the passphrase apart from the backup.</source>
        <translation>สร้างกุญแจลงนามให้กลุ่มของคุณแล้ว กรุณาสำรองกุญแจนี้ไว้ (กุญแจ → สำรองกุญแจลงนาม…) และเก็บวลีรหัสผ่านแยกไว้ต่างหากจากสำเนาสำรอง</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When Coact receives your first file they will phone you to compare these words. Read them out; never send them with the file:</source>
        <translation>เมื่อ Coact ได้รับไฟล์แรกของคุณ ทาง Coact จะโทรหาคุณเพื่อเทียบคำเหล่านี้ กรุณาอ่านออกเสียงให้ฟัง และอย่าส่งคำเหล่านี้ไปพร้อมกับไฟล์:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your key&apos;s words, in case Coact asks for them again (by phone, never with the file):</source>
        <translation>คำลายนิ้วมือของกุญแจคุณ เผื่อ Coact ขอฟังอีกครั้ง (ทางโทรศัพท์เท่านั้น อย่าส่งไปพร้อมกับไฟล์):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing was written.</source>
        <translation>ไม่ได้เขียนอะไร</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file was not written. {reason}</source>
        <translation>ไม่ได้เขียนไฟล์ {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No program to show folders was found. The file is here: {path}</source>
        <translation>ไม่พบโปรแกรมสำหรับแสดงโฟลเดอร์ ไฟล์อยู่ที่: {path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied: {path}</source>
        <translation>คัดลอกแล้ว: {path}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../src/coact_desktop/gui/app.py" line="+122"/>
        <source>Coact Desktop cannot start</source>
        <translation>Coact Desktop เริ่มทำงานไม่ได้</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Coact Desktop is already open with this profile. Use the window that is open (two windows could overwrite each other&apos;s writing).</source>
        <translation>Coact Desktop เปิดอยู่แล้วด้วยโปรไฟล์นี้ กรุณาใช้หน้าต่างที่เปิดอยู่ (หากเปิดสองหน้าต่าง ข้อความที่เขียนอาจทับกันได้)</translation>
    </message>
</context>
</TS>
