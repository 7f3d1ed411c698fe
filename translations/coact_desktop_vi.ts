<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/answer_dialog.py" line="+57"/>
        <source>Answer {group}, file {n}</source>
        <translation>Phản hồi cho {group}, tệp {n}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A word to the group</source>
        <translation>Lời nhắn cho nhóm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not in an edition yet</source>
        <translation>chưa có trong ấn bản nào</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The edition the history went into</source>
        <translation>Ấn bản mà lịch sử này được đưa vào</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history&apos;s sections</source>
        <translation>Các phần của lịch sử này</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A note on this section</source>
        <translation>Ghi chú cho phần này</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coact&apos;s wording of this section</source>
        <translation>Cách viết của Coact cho phần này</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publishing key file</source>
        <translation>Tệp khóa phát hành</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase of the publishing key</source>
        <translation>Cụm mật khẩu của khóa phát hành</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder to save the answer in</source>
        <translation>Thư mục để lưu phản hồi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>W&amp;rite the answer…</source>
        <translation>Viết &amp;phản hồi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Quyết định:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;word to the group:</source>
        <translation>&amp;Lời nhắn cho nhóm:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In &amp;edition:</source>
        <translation>Trong ấn &amp;bản:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note on this section:</source>
        <translation>&amp;Ghi chú cho phần này:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coact&apos;s wording (leave it as the group wrote it to suggest no change):</source>
        <translation>Cách viết của Coact (giữ nguyên như nhóm đã viết nếu không đề nghị thay đổi):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Sections:</source>
        <translation>&amp;Các phần:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publishing &amp;key:</source>
        <translation>&amp;Khóa phát hành:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;phrase:</source>
        <translation>Cụm &amp;mật khẩu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;to:</source>
        <translation>Lưu &amp;vào:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The answer is encrypted to the group: only its program can read it.</source>
        <translation>Phản hồi được mã hóa cho nhóm: chỉ chương trình của nhóm mới đọc được.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This group&apos;s file named no key for answers (an older program): the answer is signed but not encrypted, and whoever carries it can read it.</source>
        <translation>Tệp của nhóm này không nêu khóa nào cho phản hồi (chương trình bản cũ): phản hồi đã được ký nhưng không được mã hóa, và ai mang tệp cũng có thể đọc được.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The publishing key</source>
        <translation>Khóa phát hành</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the answer in</source>
        <translation>Lưu phản hồi vào</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the publishing key file first.</source>
        <translation>Hãy chọn tệp khóa phát hành trước.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a folder to save the answer in.</source>
        <translation>Hãy chọn thư mục để lưu phản hồi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is there already: choose another folder.</source>
        <translation>{name} đã có ở đó: hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signing the answer…</source>
        <translation>Đang ký phản hồi…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved {path}. Send it to the group as it is, by any way.</source>
        <translation>Đã lưu {path}. Hãy gửi nguyên tệp này cho nhóm, bằng bất kỳ cách nào.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Accepted</source>
        <extracomment>Coact&apos;s decision on a group&apos;s history: taken into the library.</extracomment>
        <translation>Đã chấp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted with changes</source>
        <translation>Đã chấp nhận, có thay đổi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes asked for</source>
        <translation>Cần thay đổi</translation>
    </message>
</context>
<context>
    <name>AnswerView</name>
    <message>
        <location filename="../src/coact_desktop/gui/answer_view.py" line="+43"/>
        <source>Coact&apos;s answer</source>
        <translation>Phản hồi của Coact</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coact wrote no general comment.</source>
        <translation>Coact không viết nhận xét chung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sections Coact wrote about</source>
        <translation>Các phần Coact có nhận xét</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (a change)</source>
        <translation> (có thay đổi)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No notes on single sections.</source>
        <translation>Không có ghi chú cho từng phần.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coact&apos;s note, and its change marked</source>
        <translation>Ghi chú của Coact, có đánh dấu thay đổi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Use Coact&apos;s version of this section</source>
        <translation>&amp;Dùng bản của Coact cho phần này</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Accepted</source>
        <extracomment>Coact&apos;s decision on a group&apos;s history: taken into the library.</extracomment>
        <translation>Đã chấp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted with changes</source>
        <translation>Đã chấp nhận, có thay đổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes asked for</source>
        <translation>Cần thay đổi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;{decision}&lt;/b&gt;: Coact&apos;s answer to bundle {sequence}, signed {date}.</source>
        <translation>&lt;b&gt;{decision}&lt;/b&gt;: phản hồi của Coact cho gói {sequence}, ký ngày {date}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is in edition {edition} of the library.</source>
        <translation>Lịch sử này có trong ấn bản {edition} của thư viện.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your draft has no section of this name now; Coact&apos;s version:</source>
        <translation>Bản nháp của bạn hiện không có phần nào mang tên này; bản của Coact:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your draft already says it as Coact does.</source>
        <translation>Bản nháp của bạn đã viết giống như Coact.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Struck-through words are yours that Coact&apos;s version leaves out; underlined words are Coact&apos;s.</source>
        <translation>Những từ bị gạch ngang là của bạn mà bản của Coact bỏ đi; những từ được gạch dưới là của Coact.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../src/coact_desktop/gui/export_check_page.py" line="+35"/>
        <source>Check the draft</source>
        <translation>Kiểm tra bản nháp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing leaves this computer until the check is passed.</source>
        <translation>Không có gì rời khỏi máy tính này cho đến khi kiểm tra đạt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems found</source>
        <translation>Các vấn đề tìm thấy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go there to fix it</source>
        <translation>Đến chỗ đó để sửa</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Must fix</source>
        <extracomment>&apos;Must fix&apos;: a problem that stops the sending; &apos;Note&apos;: advice only.</extracomment>
        <translation>Phải sửa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Lưu ý</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Some things must be fixed before the history can be sent. Double-click one to go there; “Check again” above the draft brings you back here, and the check runs again.</source>
        <translation>Có vài điều phải sửa trước khi gửi được lịch sử này. Bấm đúp vào một mục để đến chỗ đó; nút “Kiểm tra lại” phía trên bản nháp sẽ đưa bạn trở lại đây, và việc kiểm tra sẽ chạy lại.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready to send. A few notes:</source>
        <translation>Sẵn sàng để gửi. Một vài lưu ý:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready to send: nothing to fix.</source>
        <translation>Sẵn sàng để gửi: không có gì cần sửa.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/coact_desktop/cli/__init__.py" line="+103"/>
        <source>interrupted</source>
        <translation>đã bị ngắt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected error ({error}). Run again with --debug for details.</source>
        <translation>lỗi không mong đợi ({error}). Hãy chạy lại với --debug để xem chi tiết.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/backups.py" line="+40"/>
        <source>Restored {name}. The database it replaced was kept as {aside}.</source>
        <translation>Đã khôi phục {name}. Cơ sở dữ liệu bị thay thế được giữ lại với tên {aside}.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/bundles.py" line="+61"/>
        <source>a new key: compare the fingerprint with the group by phone before trusting it</source>
        <translation>khóa mới: hãy so dấu vân tay với nhóm qua điện thoại trước khi tin cậy khóa này</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the key Coact already trusts for this group</source>
        <translation>khóa mà Coact đã tin cậy cho nhóm này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a new key, handed over by a rotation record signed by the trusted key</source>
        <translation>khóa mới, được bàn giao qua bản ghi đổi khóa do khóa tin cậy ký</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose a passphrase for the group&apos;s new signing key: </source>
        <translation>Chọn cụm mật khẩu cho khóa ký mới của nhóm: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase of the group&apos;s signing key: </source>
        <translation>Cụm mật khẩu của khóa ký của nhóm: </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Warning: this bundle is NOT encrypted. Anyone who gets the file can read it.</source>
        <translation>Cảnh báo: gói này KHÔNG được mã hóa. Ai có tệp cũng có thể đọc được.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote {path} ({size}), bundle {sequence} of this group.</source>
        <translation>Đã ghi {path} ({size}), gói {sequence} của nhóm này.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A signing key was made for the group.</source>
        <translation>Đã tạo khóa ký cho nhóm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key fingerprint (read it out to Coact): {words}</source>
        <translation>Dấu vân tay của khóa (hãy đọc cho Coact nghe): {words}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{file}: intact and correctly signed.</source>
        <translation>{file}: nguyên vẹn và được ký đúng.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group: {group}</source>
        <translation>Nhóm: {group}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bundle: {sequence}, made {date}</source>
        <translation>Gói: {sequence}, tạo ngày {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key: {key}</source>
        <translation>Khóa: {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust: {trust}</source>
        <translation>Tin cậy: {trust}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already received: importing it again changes nothing.</source>
        <translation>Đã nhận trước đây: nhập lại cũng không thay đổi gì.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location filename="../src/coact_desktop/cli/editions.py" line="+147"/>
        <source>{file}: refused. {reason}</source>
        <translation>{file}: không được nhận. {reason}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cannot open it here: {reason}.</source>
        <translation>Không mở được ở đây: {reason}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{file}: imported {name}, bundle {sequence} (already received; nothing changed).</source>
        <translation>{file}: đã nhập gói {sequence} của {name} (đã nhận trước đây; không có gì thay đổi).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}: imported {name}, bundle {sequence}.</source>
        <translation>{file}: đã nhập gói {sequence} của {name}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}: held. {name} signs with a key Coact does not know yet. Phone the group and compare these words: {words}. Then accept it in the window&apos;s inbox, or import again with --trust-new-key.</source>
        <translation>{file}: đang giữ lại. {name} ký bằng một khóa mà Coact chưa biết. Hãy gọi điện cho nhóm và so các từ này: {words}. Sau đó chấp nhận gói trong hộp thư đến của cửa sổ chương trình, hoặc nhập lại với --trust-new-key.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file}: not imported: a newer file from {name} (after bundle {sequence}) is already in the library, and the newest is kept.</source>
        <translation>{file}: không nhập: một tệp mới hơn từ {name} (sau gói {sequence}) đã có trong thư viện, và tệp mới nhất được giữ lại.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file}: not imported; the bundle is {state}.</source>
        <translation>{file}: không nhập; trạng thái của gói: {state}.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/drafts.py" line="+57"/>
        <location line="+87"/>
        <source>(no name yet)</source>
        <translation>(chưa có tên)</translation>
    </message>
    <message numerus="yes">
        <location line="-85"/>
        <source>saved {when}, %n revisions</source>
        <extracomment>One line of the drafts list: its id, the group&apos;s name, when it was last saved.</extracomment>
        <translation>
            <numerusform>đã lưu {when}, %n phiên bản</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Restored revision {old} as revision {new}.</source>
        <translation>Đã khôi phục phiên bản {old} thành phiên bản {new}.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>place not given</source>
        <translation>không ghi địa điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year not given</source>
        <translation>không ghi năm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place}; founded {year}</source>
        <translation>{place}; thành lập năm {year}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n events</source>
        <translation>
            <numerusform>%n sự kiện</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n người</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/editions.py" line="-59"/>
        <source>Copied the library&apos;s newest edition to {path}.</source>
        <translation>Đã sao chép ấn bản mới nhất của thư viện vào {path}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Passphrase of the root key: </source>
        <translation>Cụm mật khẩu của khóa gốc: </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wrote {file}.</source>
        <translation>Đã ghi {file}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Root version {version} is signed by {old_signed} of the {old_needed} current root keys needed and {new_signed} of the {new_needed} of its own.</source>
        <extracomment>A new list of root keys must be signed by enough of the current keys and of its own.</extracomment>
        <translation>Danh sách khóa gốc phiên bản {version} có chữ ký của {old_signed} trong số {old_needed} khóa gốc hiện tại cần có, và của {new_signed} trong số {new_needed} khóa gốc của chính danh sách này.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Readers will accept it.</source>
        <translation>Chương trình của người đọc sẽ chấp nhận danh sách này.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More root keys must sign it.</source>
        <translation>Cần thêm khóa gốc ký vào danh sách này.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{file}: edition {edition}, against edition {have} here.</source>
        <translation>{file}: ấn bản {edition}, so với ấn bản {have} đang có ở đây.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>chapter added: {title} ({slug}), {words}</source>
        <translation>chương được thêm: {title} ({slug}), {words}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chapter changed: {title} ({slug}), {added} and {removed}</source>
        <translation>chương thay đổi: {title} ({slug}), {added} và {removed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chapter removed: {title} ({slug}), {words}</source>
        <translation>chương bị bỏ đi: {title} ({slug}), {words}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>+%n words</source>
        <extracomment>Words a changed chapter gains, as in &quot;+120 words&quot;.</extracomment>
        <translation>
            <numerusform>+%n từ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>-%n words</source>
        <extracomment>Words a changed chapter loses, as in &quot;-35 words&quot;.</extracomment>
        <translation>
            <numerusform>-%n từ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>history added: {name}</source>
        <translation>lịch sử được thêm: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>history changed: {name}</source>
        <translation>lịch sử thay đổi: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>history removed: {name}</source>
        <translation>lịch sử bị bỏ đi: {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing would change but the edition&apos;s number and notes.</source>
        <translation>Sẽ không có gì thay đổi, ngoài số ấn bản và ghi chú.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{folder}: no newer edition for this library.</source>
        <translation>{folder}: không có ấn bản nào mới hơn cho thư viện này.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Imported before it: {files}.</source>
        <translation>Đã nhập trước đó: {files}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{file}: imported.</source>
        <translation>{file}: đã nhập.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: intact and signed by Coact.</source>
        <translation>{file}: nguyên vẹn và được Coact ký.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edition: {edition} of {library}, from {date}</source>
        <translation>Ấn bản: {edition} của {library}, ngày {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title: {title}</source>
        <translation>Tiêu đề: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed: {when} by the publishing key {key}</source>
        <translation>Đã ký: {when} bằng khóa phát hành {key}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Histories: {names}</source>
        <translation>Lịch sử: {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left out: {names} (no longer in this edition)</source>
        <translation>Bị bỏ ra: {names} (không còn trong ấn bản này)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the changes since the edition this library holds.</source>
        <translation>Chỉ gồm các thay đổi kể từ ấn bản mà thư viện này đang có.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library now has edition {edition}.</source>
        <translation>Thư viện hiện có ấn bản {edition}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What&apos;s new: {notes}</source>
        <translation>Có gì mới: {notes}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: this computer&apos;s clock is behind: a file signed on {date} was already seen here. Set the date right.</source>
        <translation>Cảnh báo: đồng hồ của máy tính này đang chậm: một tệp ký ngày {date} đã từng được thấy ở đây. Hãy chỉnh lại ngày cho đúng.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>--delta-from: {file} is not a pack file (or say “{shipped}”).</source>
        <translation>--delta-from: {file} không phải là tệp ấn bản (hoặc hãy ghi “{shipped}”).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Wrote {file} ({size}): the changes that make edition {edition}, signed by {key}.</source>
        <translation>Đã ghi {file} ({size}): các thay đổi tạo nên ấn bản {edition}, ký bằng khóa {key}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrote {file} ({size}): edition {edition}, signed by {key}.</source>
        <translation>Đã ghi {file} ({size}): ấn bản {edition}, ký bằng khóa {key}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{library}  edition {edition}, {date}: {title}</source>
        <translation>{library}  ấn bản {edition}, {date}: {title}</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/keys.py" line="+68"/>
        <source>Cannot read the passphrase file {path}: {reason}.</source>
        <translation>Không đọc được tệp cụm mật khẩu {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A passphrase is needed: run this in a terminal, or give --passphrase-file FILE.</source>
        <translation>Cần cụm mật khẩu: hãy chạy lệnh này trong cửa sổ dòng lệnh (terminal), hoặc dùng --passphrase-file FILE.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type it again: </source>
        <translation>Gõ lại lần nữa: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Hai cụm mật khẩu không khớp; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No signing key yet: it is made on the first export.</source>
        <translation>Chưa có khóa ký: khóa sẽ được tạo khi xuất tệp lần đầu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wrote the public key {key} to {file}.</source>
        <translation>Đã ghi khóa công khai {key} vào {file}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase of the signing key: </source>
        <translation>Cụm mật khẩu của khóa ký: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrote a backup of key {key} to {file}. It stays encrypted with its passphrase: keep the file and the passphrase in different places.</source>
        <translation>Đã ghi bản sao lưu của khóa {key} vào {file}. Bản sao lưu vẫn được mã hóa bằng cụm mật khẩu của khóa: hãy cất tệp và cụm mật khẩu ở hai nơi khác nhau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase of the backed-up key: </source>
        <translation>Cụm mật khẩu của khóa đã sao lưu: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored key {key}.</source>
        <translation>Đã khôi phục khóa {key}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase of the current key: </source>
        <translation>Cụm mật khẩu của khóa hiện tại: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase for the new key: </source>
        <translation>Cụm mật khẩu cho khóa mới: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Made key {key}; key {old} signed the hand-over.</source>
        <translation>Đã tạo khóa {key}; khóa {old} đã ký việc bàn giao.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Key id:</source>
        <translation>ID khóa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint:</source>
        <translation>Dấu vân tay:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public key:</source>
        <translation>Khóa công khai:</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/search.py" line="+30"/>
        <source>Preparing search (first use)…</source>
        <translation>Đang chuẩn bị tìm kiếm (lần đầu dùng)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No exact matches. Close spellings:</source>
        <translation>Không có kết quả khớp chính xác. Các cách viết gần giống:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did you mean: {suggestion}</source>
        <translation>Có phải bạn muốn tìm: {suggestion}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>{shown} of %n results</source>
        <extracomment>{shown} results are listed of %n found in all.</extracomment>
        <translation>
            <numerusform>{shown} trong %n kết quả</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/answers.py" line="+66"/>
        <source>{file}: Coact&apos;s answer: {decision}.</source>
        <translation>{file}: phản hồi của Coact: {decision}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is on the draft {draft} (bundle {n}).</source>
        <translation>Phản hồi đã được gắn vào bản nháp {draft} (gói {n}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>bundle {n}: {decision}, signed {when}</source>
        <translation>gói {n}: {decision}, ký lúc {when}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refused. {reason}</source>
        <translation>Không được nhận. {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--section-text: cannot read {file}: {reason}.</source>
        <translation>--section-text: không đọc được {file}: {reason}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../src/coact_desktop/cli/editions.py" line="-51"/>
        <source>Passphrase of the publishing key: </source>
        <translation>Cụm mật khẩu của khóa phát hành: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote {file}: the answer to bundle {n} of the group.</source>
        <translation>Đã ghi {file}: phản hồi cho gói {n} của nhóm.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{option} takes TITLE=VALUE, as in {option} “How we began=…”.</source>
        <extracomment>TITLE and VALUE are written as they are: they name the parts of the option.</extracomment>
        <translation>{option} cần theo dạng TITLE=VALUE, ví dụ {option} “Chúng tôi đã bắt đầu như thế nào=…”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>accepted</source>
        <translation>đã chấp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted with changes</source>
        <translation>đã chấp nhận kèm thay đổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changes asked for</source>
        <translation>cần thay đổi</translation>
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
        <translation>{folder} là Coact Desktop {version} đúng như Coact đã phát hành: {files} tệp, không tệp nào bị thay đổi, ký bằng khóa {key}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copied Coact Desktop {version} to {folder} and checked the copy.</source>
        <translation>Đã sao chép Coact Desktop {version} vào {folder} và đã kiểm tra bản sao.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied the library to {folder}.</source>
        <translation>Đã sao chép thư viện vào {folder}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No edition from a file to pass on yet: the library that comes with the program is in it.</source>
        <translation>Chưa có ấn bản nào được nhập từ tệp để chuyển tiếp: bản sao đã có sẵn thư viện đi kèm chương trình.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Whoever receives it can check it: {check} with Coact&apos;s publishing key (or: coact-desktop release verify FOLDER).</source>
        <extracomment>{check} is a command to type as it is (cd, sha256sum, minisign): not to be translated.</extracomment>
        <translation>Ai nhận được cũng có thể tự kiểm tra: {check} bằng khóa phát hành của Coact (hoặc: coact-desktop release verify FOLDER).</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/protection.py" line="+81"/>
        <source>The drafts are protected by a passphrase: run this in a terminal, or give --unlock-file FILE.</source>
        <translation>Các bản nháp được bảo vệ bằng cụm mật khẩu: hãy chạy lệnh này trong cửa sổ dòng lệnh (terminal), hoặc dùng --unlock-file FILE.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase of your group&apos;s drafts: </source>
        <translation>Cụm mật khẩu của các bản nháp của nhóm bạn: </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The drafts are not protected by a passphrase.</source>
        <translation>Các bản nháp không được bảo vệ bằng cụm mật khẩu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you forget this passphrase, nobody can open your drafts again, not even Coact.</source>
        <translation>Nếu bạn quên cụm mật khẩu này, không ai có thể mở lại các bản nháp của bạn, kể cả Coact.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <location line="+25"/>
        <source>New passphrase: </source>
        <translation>Cụm mật khẩu mới: </translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+53"/>
        <source>Duress passphrase: </source>
        <translation>Cụm mật khẩu khi bị ép buộc: </translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Paper key: </source>
        <translation>Khóa trên giấy: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The drafts open with the new passphrase. A duress passphrase, if one was set, was removed: set it again.</source>
        <translation>Từ nay các bản nháp mở bằng cụm mật khẩu mới. Cụm mật khẩu khi bị ép buộc, nếu đã đặt, đã bị xóa: hãy đặt lại.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Anyone with this key and the laptop can read the drafts: copy it onto paper and keep it away from the laptop.</source>
        <translation>Bất kỳ ai có khóa này và máy tính xách tay này đều có thể đọc các bản nháp: hãy chép khóa ra giấy và cất xa máy tính xách tay.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The drafts are not protected by a passphrase: set one first.</source>
        <translation>Các bản nháp không được bảo vệ bằng cụm mật khẩu: hãy đặt cụm mật khẩu trước.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quick delete after wrong passphrases is off.</source>
        <translation>Đã tắt xóa nhanh sau nhiều lần gõ cụm mật khẩu sai.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After {count} wrong passphrases in a row, the drafts, inbox, photos, keys and backups are destroyed for good, and nothing says so. A mistyped passphrase can set it off; it does not help against a copy of the disk made first.</source>
        <translation>Sau {count} lần gõ cụm mật khẩu sai liên tiếp, các bản nháp, hộp thư đến, ảnh, các khóa và bản sao lưu sẽ bị xóa vĩnh viễn, và không có gì báo cho biết. Gõ nhầm cụm mật khẩu cũng có thể kích hoạt việc này; việc này không bảo vệ được dữ liệu trong bản sao ổ đĩa đã được tạo từ trước.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Without a terminal, quick delete needs --yes.</source>
        <translation>Khi không chạy trong cửa sổ dòng lệnh (terminal), xóa nhanh cần có --yes.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Passphrase: </source>
        <translation>Cụm mật khẩu: </translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The drafts, their photos and files, the inbox and the keys are encrypted under a passphrase.</source>
        <translation>Các bản nháp cùng ảnh và tệp đính kèm, hộp thư đến và các khóa được mã hóa bằng cụm mật khẩu.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The drafts, their photos and files, the inbox and the keys are now encrypted.</source>
        <translation>Các bản nháp cùng ảnh và tệp đính kèm, hộp thư đến và các khóa giờ đã được mã hóa.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The passphrase was changed.</source>
        <translation>Đã đổi cụm mật khẩu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The duress passphrase was removed.</source>
        <translation>Đã xóa cụm mật khẩu khi bị ép buộc.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The duress passphrase was set.</source>
        <translation>Đã đặt cụm mật khẩu khi bị ép buộc.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>delete</source>
        <extracomment>The word the person types to confirm quick delete; keep it one short word.</extracomment>
        <translation>xóa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This destroys the drafts, inbox, keys, backups and logs for good. Type {word} to go on: </source>
        <translation>Lệnh này sẽ xóa vĩnh viễn các bản nháp, hộp thư đến, các khóa, bản sao lưu và nhật ký. Gõ “{word}” để tiếp tục: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was deleted.</source>
        <translation>Không có gì bị xóa.</translation>
    </message>
</context>
<context>
    <name>ContentsView</name>
    <message>
        <location filename="../src/coact_desktop/gui/contents_view.py" line="+22"/>
        <source>Contents</source>
        <translation>Mục lục</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Models of organising</source>
        <translation>Các mô hình tự tổ chức</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Groups&apos; own histories</source>
        <translation>Lịch sử do chính các nhóm viết</translation>
    </message>
</context>
<context>
    <name>DraftAnswers</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_answers.py" line="+56"/>
        <source>Coact has answered this history (bundle {sequence}).</source>
        <translation>Coact đã phản hồi lịch sử này (gói {sequence}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See Coact&apos;s answer</source>
        <translation>Xem phản hồi của Coact</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Coact&apos;s version of {title} is in the draft.</source>
        <translation>Bản của Coact cho phần “{title}” đã có trong bản nháp.</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_editor.py" line="+60"/>
        <source>Group profile…</source>
        <translation>Hồ sơ nhóm…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision history…</source>
        <translation>Lịch sử phiên bản…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to Coact…</source>
        <translation>Gửi cho Coact…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the draft and save it as one signed, encrypted file for Coact</source>
        <translation>Kiểm tra bản nháp và lưu thành một tệp đã ký, được mã hóa, để gửi Coact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sections</source>
        <translation>Các phần</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add section</source>
        <translation>Thêm phần</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>Đổi tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Section text</source>
        <translation>Nội dung phần</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write here. Markdown works: **bold**, - lists, # headings.</source>
        <translation>Viết ở đây. Có thể dùng Markdown: **đậm**, - danh sách, # tiêu đề.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent warning</source>
        <translation>Cảnh báo về sự đồng ý</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the pseudonym everywhere</source>
        <translation>Dùng bí danh ở mọi chỗ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preview</source>
        <extracomment>Button: shows the draft as readers will see it.</extracomment>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See the draft as it would appear in the library&apos;s reading view</source>
        <translation>Xem bản nháp như khi hiển thị trong chế độ đọc của thư viện</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview of the whole draft</source>
        <translation>Xem trước toàn bộ bản nháp</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save status</source>
        <translation>Trạng thái lưu</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Parts of the draft</source>
        <extracomment>The tabs of a draft: text, timeline, people and consent, photos and files.</extracomment>
        <translation>Các phần của bản nháp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline</source>
        <extracomment>Tab of a draft: the dated events of the group&apos;s history.</extracomment>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+241"/>
        <source>People and consent</source>
        <translation>Người và sự đồng ý</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Photos and files</source>
        <translation>Ảnh và tệp</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>(no name yet)</source>
        <translation>(chưa có tên)</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>People and consent ({count} to check)</source>
        <translation>Người và sự đồng ý ({count} cần kiểm tra)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Names to check: {count}. A real name is used without consent in the text, the timeline or a file. Record their consent here, or use their pseudonym. ({keys})</source>
        <translation>Số tên cần kiểm tra: {count}. Có tên thật được dùng khi chưa có sự đồng ý, trong văn bản, dòng thời gian hoặc một tệp. Hãy ghi lại sự đồng ý của người đó ở đây, hoặc dùng bí danh của họ. ({keys})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“{name}” is named in this section but has not agreed to be named. Use their pseudonym instead, or record their consent under People.</source>
        <translation>“{name}” được nêu tên trong phần này nhưng chưa đồng ý để nêu tên. Hãy dùng bí danh của họ thay thế, hoặc ghi lại sự đồng ý của họ ở thẻ “Người và sự đồng ý”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give them a pseudonym under People first.</source>
        <translation>Hãy đặt bí danh cho họ ở thẻ “Người và sự đồng ý” trước.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New section</source>
        <translation>Phần mới</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rename section</source>
        <translation>Đổi tên phần</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
</context>
<context>
    <name>DraftTables</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_tables.py" line="+221"/>
        <source>Remove</source>
        <extracomment>Button: remove the chosen row (an event or a person).</extracomment>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a row (Alt+A)</source>
        <translation>Thêm dòng (Alt+A)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A year such as 1998; a date in words goes under When.</source>
        <translation>Năm, ví dụ 1998; ngày tháng viết bằng chữ thì ghi ở cột “Khi nào”.</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_guide.py" line="+25"/>
        <source>How the group began</source>
        <translation>Nhóm đã bắt đầu như thế nào</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the group does</source>
        <translation>Nhóm làm gì</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Milestones</source>
        <extracomment>Title of a section every new draft starts with: the group&apos;s key moments.</extracomment>
        <translation>Các mốc quan trọng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Challenges and responses</source>
        <translation>Khó khăn và cách ứng phó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achievements</source>
        <translation>Thành tựu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lessons for other groups</source>
        <translation>Bài học cho các nhóm khác</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>When and where did the group start, who started it, and why? Was it a reaction to something happening in your drug scene?</source>
        <translation>Nhóm bắt đầu khi nào và ở đâu, ai đã lập ra nhóm, và vì sao? Đó có phải là phản ứng trước điều gì đó đang xảy ra trong giới sử dụng ma túy ở nơi bạn không?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What does the group do: peer support, needle and syringe programmes, treatment advocacy, legal help, outreach, campaigning? Which models of organising fit?</source>
        <translation>Nhóm làm những việc gì: hỗ trợ đồng đẳng, chương trình bơm kim tiêm, vận động về điều trị, trợ giúp pháp lý, tiếp cận cộng đồng, tổ chức chiến dịch? Những mô hình tự tổ chức nào phù hợp?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What were the important moments, and when did they happen?</source>
        <translation>Những thời điểm quan trọng là gì, và chúng xảy ra khi nào?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What got in the way (the police, funding, stigma, the law), and how did you respond?</source>
        <translation>Điều gì đã cản trở (công an, kinh phí, kỳ thị, luật pháp), và bạn đã ứng phó thế nào?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What changed because of the group?</source>
        <translation>Điều gì đã thay đổi nhờ có nhóm?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would you tell a group that is just starting?</source>
        <translation>Bạn sẽ nói gì với một nhóm vừa mới bắt đầu?</translation>
    </message>
</context>
<context>
    <name>DraftsView</name>
    <message>
        <location filename="../src/coact_desktop/gui/drafts_view.py" line="+67"/>
        <source>Drafts</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New draft…</source>
        <translation>Bản nháp mới…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write your group&apos;s own history here, at your own pace. Everything you type is kept on this computer and saved as you go.

Start with “New draft…”.</source>
        <translation>Hãy viết lịch sử của chính nhóm bạn ở đây, theo nhịp độ của bạn. Mọi thứ bạn gõ được giữ trên máy tính này và được lưu ngay trong khi bạn viết.

Hãy bắt đầu với “Bản nháp mới…”.</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Fix what the check found, then go on sending the file to Coact.</source>
        <extracomment>Shown instead of the list and editor while the drafts are locked.</extracomment>
        <translation>Hãy sửa những gì bước kiểm tra đã tìm thấy, rồi tiếp tục gửi tệp cho Coact.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check again</source>
        <extracomment>Button: look at the draft again for problems before sending.</extracomment>
        <translation>Kiểm tra lại</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+166"/>
        <source>(no name yet)</source>
        <translation>(chưa có tên)</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Choose a draft in the list to go on writing it, or start another with “New draft…”.</source>
        <translation>Chọn một bản nháp trong danh sách để viết tiếp, hoặc bắt đầu bản khác bằng “Bản nháp mới…”.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Coact Desktop did not close properly last time. Your draft is back as it was at its last autosave ({time}).</source>
        <translation>Lần trước Coact Desktop đã không đóng đúng cách. Bản nháp của bạn đã được khôi phục như lúc tự động lưu lần cuối ({time}).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All changes saved.</source>
        <translation>Đã lưu mọi thay đổi.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>All changes saved ({time}).</source>
        <translation>Đã lưu mọi thay đổi ({time}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not saved yet: {reason} Your text is kept and will be saved again.</source>
        <translation>Chưa lưu được: {reason} Văn bản của bạn vẫn được giữ và sẽ được lưu lại.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Attach a photo or a document</source>
        <translation>Đính kèm ảnh hoặc tài liệu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos, PDF documents and text (*.jpg *.jpeg *.png *.pdf *.txt *.md)</source>
        <translation>Ảnh, tài liệu PDF và văn bản (*.jpg *.jpeg *.png *.pdf *.txt *.md)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Caption</source>
        <extracomment>Title of a small dialog asking for a photo&apos;s caption.</extracomment>
        <translation>Chú thích</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What does it show? (optional)</source>
        <translation>Ảnh này cho thấy gì? (không bắt buộc)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removing hidden details from the file…</source>
        <translation>Đang xóa thông tin ẩn khỏi tệp…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file was cleaned, but another draft is open now: attach it again.</source>
        <translation>Tệp đã được làm sạch, nhưng hiện đang mở một bản nháp khác: hãy đính kèm lại tệp.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>camera and author details (EXIF)</source>
        <translation>thông tin máy ảnh và tác giả (EXIF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the place it was taken (GPS)</source>
        <translation>nơi chụp ảnh (GPS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>editing details (XMP)</source>
        <translation>thông tin chỉnh sửa (XMP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>captions and credits (IPTC)</source>
        <translation>chú thích và ghi công (IPTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hidden comment</source>
        <translation>một bình luận ẩn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a colour profile</source>
        <translation>cấu hình màu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text notes (author, description)</source>
        <translation>ghi chú văn bản (tác giả, mô tả)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the author and the program that made it</source>
        <translation>tác giả và chương trình đã tạo ra tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comments and their authors&apos; names, links and form fields</source>
        <translation>bình luận và tên người viết, liên kết và các ô biểu mẫu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hidden extras (scripts, attached files, private program data)</source>
        <translation>phần bổ sung ẩn (mã lệnh, tệp đính kèm, dữ liệu riêng của chương trình)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attached. Removed from the copy: {removed}.</source>
        <translation>Đã đính kèm. Đã xóa khỏi bản sao: {removed}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attached. The file carried no hidden details.</source>
        <translation>Đã đính kèm. Tệp không chứa thông tin ẩn nào.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The original file was not copied or changed.</source>
        <translation>Tệp gốc không bị sao chép hay thay đổi.</translation>
    </message>
</context>
<context>
    <name>EditionImport</name>
    <message>
        <location filename="../src/coact_desktop/gui/edition_import.py" line="+54"/>
        <source>Checking {name}…</source>
        <translation>Đang kiểm tra {name}…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;p&gt;&lt;b&gt;{title}&lt;/b&gt;, edition {edition}, from {date}.&lt;/p&gt;&lt;p&gt;Signed by Coact on {created}. The library now has edition {have}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{title}&lt;/b&gt;, ấn bản {edition}, ngày {date}.&lt;/p&gt;&lt;p&gt;Coact đã ký ngày {created}. Thư viện hiện có ấn bản {have}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;p&gt;Group histories in it: {names}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Các lịch sử nhóm trong ấn bản: {names}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;No longer in it: {names}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Không còn trong ấn bản: {names}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;What is new: {notes}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Có gì mới: {notes}&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;p&gt;It comes in %n files, checked and imported one after the other.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Ấn bản gồm %n tệp, được kiểm tra và nhập lần lượt từng tệp.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Your drafts, keys and reading place are kept.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Các bản nháp, khóa và chỗ bạn đang đọc vẫn được giữ nguyên.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;This computer&apos;s clock is behind:&lt;/b&gt; a file signed on {seen} was already seen here. Set the date right, or an old edition could pass for a new one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Đồng hồ của máy tính này đang chậm:&lt;/b&gt; một tệp ký ngày {seen} đã từng được thấy ở đây. Hãy chỉnh lại ngày cho đúng, nếu không một ấn bản cũ có thể bị coi là ấn bản mới.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import this edition?</source>
        <translation>Nhập ấn bản này?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import</source>
        <extracomment>Button: take the new edition into the library on this computer.</extracomment>
        <translation>Nhập</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The edition was not imported.</source>
        <translation>Ấn bản chưa được nhập.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importing {name}…</source>
        <translation>Đang nhập {name}…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edition {edition} is now in the library.</source>
        <translation>Ấn bản {edition} hiện đã có trong thư viện.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{done} The next file was not imported. {reason}</source>
        <translation>{done} Tệp tiếp theo chưa được nhập. {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopped. Nothing was changed.</source>
        <translation>Đã dừng. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stick holds no newer edition than yours.</source>
        <translation>USB này không có ấn bản nào mới hơn ấn bản của bạn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The edition was not imported. {reason}</source>
        <translation>Ấn bản chưa được nhập. {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not imported</source>
        <translation>Chưa nhập</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edition</source>
        <extracomment>An edition: one signed, numbered release of the history (the library).</extracomment>
        <translation>Ấn bản</translation>
    </message>
</context>
<context>
    <name>EditionPreview</name>
    <message>
        <location filename="../src/coact_desktop/gui/edition_preview.py" line="+29"/>
        <source>Preview of edition {n}</source>
        <translation>Xem trước ấn bản {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview: edition {n}, {date}. Nothing is published yet.</source>
        <translation>Xem trước: ấn bản {n}, {date}. Chưa có gì được phát hành.</translation>
    </message>
</context>
<context>
    <name>EditionsWorkspace</name>
    <message>
        <location filename="../src/coact_desktop/gui/editions_workspace.py" line="+75"/>
        <source>Editions workspace</source>
        <translation>Khu làm việc ấn bản</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Edition {new}, made from edition {old} of {date}.</source>
        <translation>Ấn bản {new}, làm từ ấn bản {old} ngày {date}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accepted histories</source>
        <translation>Các lịch sử đã chấp nhận</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticked histories go into the edition, in this order.</source>
        <translation>Các lịch sử được đánh dấu sẽ vào ấn bản, theo thứ tự này.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;up</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>Chuyển &amp;xuống</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model of organising</source>
        <translation>Mô hình tự tổ chức</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model: under “Groups&apos; own histories”</source>
        <translation>Không có mô hình: nằm trong “Lịch sử do chính các nhóm viết”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chapters of the edition</source>
        <translation>Các chương của ấn bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add a chapter from Markdown…</source>
        <translation>&amp;Thêm chương từ Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace with Markdown…</source>
        <translation>Thay &amp;bằng Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the change &amp;out</source>
        <translation>Hủ&amp;y thay đổi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What&apos;s new, for readers</source>
        <translation>Có gì mới, cho người đọc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is new in this edition, in a few lines.</source>
        <translation>Ấn bản này có gì mới, trong vài dòng.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publishing key file</source>
        <translation>Tệp khóa phát hành</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Choose the publishing key file</source>
        <translation>Chọn tệp khóa phát hành</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase of the publishing key</source>
        <translation>Cụm mật khẩu của khóa phát hành</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder to save the edition in</source>
        <translation>Thư mục để lưu ấn bản</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the folder</source>
        <translation>Chọn thư mục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view as readers will see it</source>
        <translation>Xem t&amp;rước như người đọc sẽ thấy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Publish…</source>
        <translation>&amp;Phát hành…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Groups&apos; histories</source>
        <translation>Lịch sử của các &amp;nhóm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Under the &amp;model:</source>
        <translation>Thuộc mô &amp;hình:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;hapters</source>
        <translation>&amp;Chương</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What&apos;s &amp;new:</source>
        <translation>Có &amp;gì mới:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publishing &amp;key:</source>
        <translation>&amp;Khóa phát hành:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;ssphrase:</source>
        <translation>Cụm &amp;mật khẩu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;to:</source>
        <translation>Lưu &amp;vào:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No history has been accepted in the inbox yet: chapters and notes only.</source>
        <translation>Chưa có lịch sử nào được chấp nhận trong hộp thư đến: chỉ có các chương và ghi chú.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{title}  (replaced from {file})</source>
        <translation>{title}  (đã thay bằng {file})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New: {title}  (from {file})</source>
        <translation>Mới: {title}  (từ {file})</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Markdown (*.md *.markdown *.txt);;All files (*)</source>
        <translation>Markdown (*.md *.markdown *.txt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This file cannot be used</source>
        <translation>Không dùng được tệp này</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a chapter</source>
        <translation>Thêm chương</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No title</source>
        <translation>Không có tiêu đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the file with its title on a line of its own, as “# Title”.</source>
        <translation>Hãy bắt đầu tệp bằng tiêu đề trên một dòng riêng, dạng “# Tiêu đề”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replace</source>
        <extracomment>Title of a file dialog: choose a Markdown file to replace a chapter&apos;s text.</extracomment>
        <translation>Thay thế</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The plan could not be saved: {error}</source>
        <translation>Không lưu được kế hoạch: {error}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Putting the edition together…</source>
        <translation>Đang ghép ấn bản…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Facts no longer quoted by the text are left out: {n}.</source>
        <translation>Các dữ kiện không còn được văn bản trích dẫn đã bị bỏ ra: {n}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the publishing key file first.</source>
        <translation>Hãy chọn tệp khóa phát hành trước.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a folder to save the edition in.</source>
        <translation>Hãy chọn thư mục để lưu ấn bản.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Publish edition {n}?</source>
        <translation>Phát hành ấn bản {n}?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edition {n} will hold {histories} and {chapters}. It is signed with the key in {key} and saved in {folder}. Readers who import it see it as it was in the preview.</source>
        <extracomment>{histories} and {chapters} are the two phrases translated just before this one.</extracomment>
        <translation>Ấn bản {n} sẽ gồm {histories} và {chapters}. Ấn bản được ký bằng khóa trong {key} và lưu trong {folder}. Người đọc nhập ấn bản này sẽ thấy đúng như trong bản xem trước.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n groups&apos; histories</source>
        <extracomment>Part of &quot;Edition 5 will hold 3 groups&apos; histories and …&quot;.</extracomment>
        <translation>
            <numerusform>%n lịch sử nhóm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new or changed chapters</source>
        <extracomment>Part of &quot;Edition 5 will hold … and 2 new or changed chapters&quot;.</extracomment>
        <translation>
            <numerusform>%n chương mới hoặc đã thay đổi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Signing and writing edition {n}…</source>
        <translation>Đang ký và ghi ấn bản {n}…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edition published</source>
        <translation>Đã phát hành ấn bản</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved in {folder}: {names}. Send the small “-delta” file to readers who have the edition before; the full one to everyone else.</source>
        <translation>Đã lưu trong {folder}: {names}. Hãy gửi tệp nhỏ “-delta” cho những người đọc đã có ấn bản trước; gửi tệp đầy đủ cho mọi người khác.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopped. Nothing was published.</source>
        <translation>Đã dừng. Không có gì được phát hành.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not done</source>
        <translation>Chưa xong</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The publishing key</source>
        <translation>Khóa phát hành</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the edition in</source>
        <translation>Lưu ấn bản vào</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../src/coact_desktop/words/errors.py" line="+16"/>
        <source>Something went wrong inside Coact Desktop ({error}). The details are in the log file in your profile folder.</source>
        <translation>Đã có lỗi bên trong Coact Desktop ({error}). Chi tiết nằm trong tệp nhật ký ở thư mục hồ sơ của bạn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coact Desktop cannot use the folder {path}. Check that it exists and that you may write to it, or start the program with --data-dir and another folder.</source>
        <translation>Coact Desktop không dùng được thư mục {path}. Hãy kiểm tra xem thư mục có tồn tại và bạn có quyền ghi vào đó không, hoặc khởi động chương trình với --data-dir và một thư mục khác.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The library database could not be opened or updated. Nothing was changed.</source>
        <translation>Không mở hoặc cập nhật được cơ sở dữ liệu của thư viện. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history that comes with this copy of Coact Desktop is damaged. Please install the program again.</source>
        <translation>Phần lịch sử đi kèm bản sao Coact Desktop này bị hỏng. Vui lòng cài lại chương trình.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search could not run.</source>
        <translation>Không chạy được tìm kiếm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That part of the history could not be found.</source>
        <translation>Không tìm thấy nội dung đó trong lịch sử.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file cannot be attached safely. Coact Desktop attaches photos (JPEG, PNG) and text files, after removing their hidden details.</source>
        <translation>Không thể đính kèm tệp này một cách an toàn. Coact Desktop đính kèm ảnh (JPEG, PNG) và tệp văn bản, sau khi xóa thông tin ẩn trong đó.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This draft file is not valid.</source>
        <translation>Tệp bản nháp này không hợp lệ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A draft with this identity is already here.</source>
        <translation>Đã có một bản nháp với mã nhận dạng này ở đây.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file cannot be used.</source>
        <translation>Không dùng được tệp khóa này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature is not valid.</source>
        <translation>Chữ ký không hợp lệ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file was refused, and nothing in the library was changed.</source>
        <translation>Tệp này không được nhận, và không có gì trong thư viện bị thay đổi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file could not be written; nothing was sent.</source>
        <translation>Không ghi được tệp; chưa có gì được gửi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your group&apos;s drafts are locked. Unlock them with your passphrase first.</source>
        <translation>Các bản nháp của nhóm bạn đang bị khóa. Hãy mở khóa bằng cụm mật khẩu của bạn trước.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file that keeps the key to your drafts (data-key.json in the profile folder) is missing or damaged, so the drafts cannot be opened. Nothing was changed.</source>
        <translation>Tệp giữ khóa để mở các bản nháp của bạn (data-key.json trong thư mục hồ sơ) bị mất hoặc bị hỏng, nên không mở được các bản nháp. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The draft is not ready to send; nothing was written. The check before sending lists what to fix.</source>
        <translation>Bản nháp chưa sẵn sàng để gửi; chưa có gì được ghi. Bước kiểm tra trước khi gửi liệt kê những gì cần sửa.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Hãy chọn cụm mật khẩu có ít nhất 8 ký tự.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This passphrase does not open this key file; check that it is the one set for it.</source>
        <translation>Cụm mật khẩu này không mở được tệp khóa này; hãy kiểm tra xem đó có đúng là cụm mật khẩu đã đặt cho tệp khóa này không.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This passphrase does not open your group&apos;s drafts; nothing was changed. Check the keyboard language and Caps Lock, and try again.</source>
        <translation>Cụm mật khẩu này không mở được các bản nháp của nhóm bạn; không có gì bị thay đổi. Hãy kiểm tra ngôn ngữ bàn phím và phím Caps Lock, rồi thử lại.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The duress passphrase must differ from your usual passphrase.</source>
        <translation>Cụm mật khẩu khi bị ép buộc phải khác cụm mật khẩu thường dùng của bạn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A paper key is 14 groups of 4 letters and digits. Copy all of them from the paper.</source>
        <translation>Khóa trên giấy gồm 14 nhóm ký tự, mỗi nhóm 4 chữ cái và chữ số. Hãy chép đủ tất cả từ tờ giấy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This paper key has a mistake in it; nothing was changed. Compare each group with the paper.</source>
        <translation>Khóa trên giấy này có chỗ sai; không có gì bị thay đổi. Hãy so từng nhóm ký tự với tờ giấy.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This paper key does not open these drafts; nothing was changed. It may be the paper of another laptop or of an older profile.</source>
        <translation>Khóa trên giấy này không mở được các bản nháp này; không có gì bị thay đổi. Có thể đây là tờ giấy của một máy tính xách tay khác hoặc của một hồ sơ cũ hơn.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup also keeps the key that opens Coact&apos;s answers to your group: give the signing key&apos;s passphrase to lock it in the backup.</source>
        <translation>Bản sao lưu cũng giữ khóa dùng để mở các phản hồi của Coact cho nhóm bạn: hãy gõ cụm mật khẩu của khóa ký để bảo vệ khóa đó trong bản sao lưu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This passphrase does not open your group&apos;s signing key. Nobody can recover a forgotten passphrase, not even Coact: that is what keeps the key safe if the laptop is taken. If it is lost for good, restore a key backup whose passphrase you know, or ask Coact how to send your history under a new key.</source>
        <translation>Cụm mật khẩu này không mở được khóa ký của nhóm bạn. Không ai có thể lấy lại cụm mật khẩu đã quên, kể cả Coact: chính điều đó giữ an toàn cho khóa nếu máy tính xách tay bị lấy đi. Nếu đã mất hẳn cụm mật khẩu, hãy khôi phục một bản sao lưu khóa mà bạn biết cụm mật khẩu, hoặc hỏi Coact cách gửi lịch sử của bạn bằng một khóa mới.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>chapter</source>
        <translation>chương</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model of organising</source>
        <translation>mô hình tự tổ chức</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>quốc gia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decade</source>
        <translation>thập niên</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown {what} “{value}”. Choose one of: {choices}.</source>
        <extracomment>{what} is one of: chapter, model of organising, country, decade (translated just before).</extracomment>
        <translation>Không rõ {what} “{value}”. Hãy chọn một trong: {choices}.</translation>
    </message>
</context>
<context>
    <name>EventsTable</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_tables.py" line="+161"/>
        <source>When</source>
        <extracomment>Column of the timeline: when the event happened, in the group&apos;s own words.</extracomment>
        <translation>Khi nào</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year</source>
        <extracomment>Column of the timeline: the year as a number, used to sort the events.</extracomment>
        <translation>Năm</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>What happened</source>
        <translation>Điều gì đã xảy ra</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>People involved</source>
        <translation>Những người tham gia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations involved</source>
        <translation>Các tổ chức tham gia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add event</source>
        <translation>Thêm sự kiện</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The group&apos;s timeline</source>
        <translation>Dòng thời gian của nhóm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When it happened, in words: “spring 2005”, “after the first raid”</source>
        <translation>Thời điểm xảy ra, bằng chữ: “mùa xuân 2005”, “sau đợt đột kích đầu tiên”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The year as a number, such as 2005: it puts the timeline in order</source>
        <translation>Năm bằng số, ví dụ 2005: dùng để xếp dòng thời gian theo thứ tự</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names from People and consent are suggested: as each may be shown</source>
        <translation>Các tên trong “Người và sự đồng ý” sẽ được gợi ý, theo cách mỗi người được phép hiển thị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations the library knows are suggested; any other can be typed</source>
        <translation>Các tổ chức mà thư viện biết sẽ được gợi ý; bạn cũng có thể gõ tên tổ chức khác</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. spring 2005</source>
        <translation>vd. mùa xuân 2005</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2005</source>
        <translation>vd. 2005</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened?</source>
        <translation>Điều gì đã xảy ra?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names, separated by commas</source>
        <translation>Các tên, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations, separated by commas</source>
        <translation>Các tổ chức, cách nhau bằng dấu phẩy</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../src/coact_desktop/words/problems.py" line="+22"/>
        <source>name</source>
        <extracomment>A field of the group profile that is missing, inside a sentence: lower case.</extracomment>
        <translation>tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>quốc gia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>city</source>
        <translation>thành phố</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year founded</source>
        <translation>năm thành lập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>models of organising</source>
        <translation>mô hình tự tổ chức</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the timeline</source>
        <extracomment>Where a problem is, inside a sentence: the draft&apos;s list of dated events.</extracomment>
        <translation>dòng thời gian</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The group has no name yet: fill in the group profile.</source>
        <translation>Nhóm chưa có tên: hãy điền hồ sơ nhóm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The group profile has no {field}.</source>
        <translation>Hồ sơ nhóm còn thiếu {field}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}” appears in “{where}” but has not agreed to be named. Use their pseudonym, or record their consent under People and consent.</source>
        <translation>“{name}” xuất hiện trong “{where}” nhưng chưa đồng ý để nêu tên. Hãy dùng bí danh của họ, hoặc ghi lại sự đồng ý của họ ở “Người và sự đồng ý”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is to be shown by a pseudonym, but none is written yet.</source>
        <translation>{name} sẽ được hiển thị bằng bí danh, nhưng chưa có bí danh nào được viết.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is named in event {number} of the timeline but not listed under People and consent.</source>
        <translation>{name} được nêu tên trong sự kiện {number} của dòng thời gian nhưng không có trong danh sách “Người và sự đồng ý”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The attachment “{name}” is missing from this computer; remove it and attach it again.</source>
        <translation>Tệp đính kèm “{name}” không còn trên máy tính này; hãy xóa tệp đó rồi đính kèm lại.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The attachment “{name}” has changed since it was attached; remove it and attach it again.</source>
        <translation>Tệp đính kèm “{name}” đã thay đổi kể từ khi được đính kèm; hãy xóa tệp đó rồi đính kèm lại.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The attachment “{name}” still carries hidden details (place, camera or author); remove it and attach it again.</source>
        <translation>Tệp đính kèm “{name}” vẫn còn thông tin ẩn (nơi chốn, máy ảnh hoặc tác giả); hãy xóa tệp đó rồi đính kèm lại.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is written in the draft yet.</source>
        <translation>Bản nháp chưa có nội dung nào.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some pages of “{name}” could not be read to check for names; make sure it names nobody who has not agreed.</source>
        <translation>Không đọc được một số trang của “{name}” để kiểm tra tên; hãy chắc chắn rằng tệp không nêu tên ai chưa đồng ý.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The attachment “{name}” contains the real name of someone who has not agreed to be named. Remove it, or attach a copy without the name.</source>
        <translation>Tệp đính kèm “{name}” có tên thật của một người chưa đồng ý để nêu tên. Hãy xóa tệp đó, hoặc đính kèm một bản sao không có tên này.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}” is longer than a history sent to Coact may hold; shorten it.</source>
        <translation>“{name}” dài hơn mức cho phép của một lịch sử gửi cho Coact; hãy rút ngắn lại.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The group profile names more than {limit} languages; one file sent to Coact may hold no more. Keep the main ones.</source>
        <translation>Hồ sơ nhóm có hơn {limit} ngôn ngữ; một tệp gửi cho Coact không thể chứa nhiều hơn số đó. Hãy chỉ giữ lại những ngôn ngữ chính.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The group profile names more than {limit} models of organising; one file sent to Coact may hold no more. Keep the main ones.</source>
        <translation>Hồ sơ nhóm có hơn {limit} mô hình tự tổ chức; một tệp gửi cho Coact không thể chứa nhiều hơn số đó. Hãy chỉ giữ lại những mô hình chính.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The history has more than {limit} sections; one file sent to Coact may hold no more. Join some of them together.</source>
        <translation>Lịch sử này có hơn {limit} phần; một tệp gửi cho Coact không thể chứa nhiều hơn số đó. Hãy gộp một số phần lại với nhau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The timeline has more than {limit} events; one file sent to Coact may hold no more. Remove some before sending.</source>
        <translation>Dòng thời gian có hơn {limit} sự kiện; một tệp gửi cho Coact không thể chứa nhiều hơn số đó. Hãy xóa bớt một số sự kiện trước khi gửi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The list of people has more than {limit} names; one file sent to Coact may hold no more. Remove some before sending.</source>
        <translation>Danh sách người có hơn {limit} tên; một tệp gửi cho Coact không thể chứa nhiều hơn số đó. Hãy xóa bớt một số tên trước khi gửi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More than {limit} photos and documents are attached; one file sent to Coact may hold no more. Remove some before sending.</source>
        <translation>Có hơn {limit} ảnh và tài liệu được đính kèm; một tệp gửi cho Coact không thể chứa nhiều hơn số đó. Hãy xóa bớt một số ảnh hoặc tài liệu trước khi gửi.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>“{code}” is not a language code Coact can read. In the group profile, choose the language the history is written in, or type its code (such as ky or pt-BR).</source>
        <translation>“{code}” không phải là mã ngôn ngữ mà Coact đọc được. Trong hồ sơ nhóm, hãy chọn ngôn ngữ dùng để viết lịch sử này, hoặc gõ mã của ngôn ngữ đó (ví dụ ky hoặc pt-BR).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The section “{title}” is empty; it will be left out.</source>
        <translation>Phần “{title}” đang trống; phần này sẽ bị bỏ qua.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/gui/export_wizard.py" line="+53"/>
        <source>Send the history to Coact</source>
        <translation>Gửi lịch sử cho Coact</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_files_page.py" line="+33"/>
        <source>Attachments</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Photos and PDF documents are copied without their hidden details (place, camera, author, comments). The original file is never copied into Coact Desktop.</source>
        <translation>Ảnh và tài liệu PDF được sao chép mà không kèm thông tin ẩn (nơi chốn, máy ảnh, tác giả, bình luận). Tệp gốc không bao giờ được sao chép vào Coact Desktop.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attach a photo or document…</source>
        <translation>Đính kèm ảnh hoặc tài liệu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../src/coact_desktop/gui/find_bar.py" line="+23"/>
        <location line="+1"/>
        <source>Find in this chapter</source>
        <translation>Tìm trong chương này</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous</source>
        <extracomment>Find in the chapter: go to the previous match.</extracomment>
        <translation>Trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Kết quả trước (Shift+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match (Enter)</source>
        <translation>Kết quả tiếp theo (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar (Esc)</source>
        <translation>Đóng thanh tìm kiếm (Esc)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>{current} of {total}</source>
        <translation>{current} trên {total}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No matches</source>
        <translation>Không tìm thấy</translation>
    </message>
</context>
<context>
    <name>FormatBar</name>
    <message>
        <location filename="../src/coact_desktop/gui/markdown_format.py" line="+20"/>
        <source>Bold</source>
        <translation>Đậm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bold (Ctrl+B)</source>
        <translation>Đậm (Ctrl+B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make this line a heading</source>
        <translation>Biến dòng này thành tiêu đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List</source>
        <translation>Danh sách</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make these lines a list</source>
        <translation>Biến các dòng này thành danh sách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Liên kết</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link to a web address (Ctrl+L)</source>
        <translation>Liên kết tới một địa chỉ web (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>text</source>
        <extracomment>Placeholder word put inside a new link when nothing was selected.</extracomment>
        <translation>văn bản</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../src/coact_desktop/gui/inbox_view.py" line="+50"/>
        <source>Open bundle files…</source>
        <translation>Mở các tệp gói…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coact&apos;s identity file…</source>
        <translation>Tệp khóa giải mã của Coact…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress</source>
        <translation>Tiến trình</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received bundles</source>
        <translation>Các gói đã nhận</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened to each file</source>
        <translation>Điều gì đã xảy ra với từng tệp</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Key fingerprint words</source>
        <translation>Từ vân tay của khóa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The words match: trust this key</source>
        <translation>Các từ khớp nhau: tin cậy khóa này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept into the library</source>
        <translation>Chấp nhận vào thư viện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject…</source>
        <translation>Từ chối…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;nswer the group…</source>
        <translation>&amp;Phản hồi cho nhóm…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The history, as plain text</source>
        <translation>Lịch sử, dạng văn bản thuần</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes since the group&apos;s previous file</source>
        <translation>Thay đổi so với tệp trước của nhóm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes since the previous file</source>
        <translation>Thay đổi so với tệp trước</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files that groups send to Coact arrive here. Open one with “Open bundle files…”: it is checked before anything is kept, and nothing goes into the library until you accept it.</source>
        <translation>Các tệp mà các nhóm gửi cho Coact sẽ đến đây. Hãy mở tệp bằng “Mở các tệp gói…”: tệp được kiểm tra trước khi giữ lại bất cứ thứ gì, và không có gì vào thư viện cho đến khi bạn chấp nhận.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Identity: {name}</source>
        <translation>Khóa giải mã: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No identity file chosen: only unencrypted files can be opened.</source>
        <translation>Chưa chọn tệp khóa giải mã: chỉ mở được các tệp không mã hóa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coact&apos;s age identity file</source>
        <translation>Tệp khóa giải mã của Coact (age)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open bundle files</source>
        <translation>Mở các tệp gói</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coact bundles (*.coact);;All files (*)</source>
        <translation>Gói Coact (*.coact);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>{file}: refused. {why}</source>
        <translation>{file}: không được nhận. {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: already received; nothing changed.</source>
        <translation>{file}: đã nhận trước đây; không có gì thay đổi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: checked and kept for review.</source>
        <translation>{file}: đã kiểm tra và giữ lại để xem xét.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{group} — file {n}
{state}, {date}</source>
        <translation>{group} — tệp {n}
{state}, {date}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{group}, file {n}</source>
        <translation>{group}, tệp {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State: {state}. Made {date}; received {received}. {encrypted}
Key {key}. Bundle {bundle}.</source>
        <translation>Trạng thái: {state}. Tạo ngày {date}; nhận ngày {received}. {encrypted}
Khóa {key}. Gói {bundle}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It was encrypted.</source>
        <translation>Tệp đã được mã hóa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was NOT encrypted.</source>
        <translation>Tệp KHÔNG được mã hóa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rejected: {reason}</source>
        <translation>Đã từ chối: {reason}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This is the first file received from this group.</source>
        <translation>Đây là tệp đầu tiên nhận được từ nhóm này.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>file {n}</source>
        <translation>tệp {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No changes.</source>
        <translation>Không có thay đổi.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Reject the file</source>
        <translation>Từ chối tệp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why? (The group can be told.)</source>
        <translation>Vì sao? (Có thể báo lý do cho nhóm.)</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/words/inbox.py" line="+15"/>
        <source>held: check the key</source>
        <translation>đang giữ lại: hãy kiểm tra khóa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verified</source>
        <extracomment>State of a received bundle: its signature and contents were checked and are good.</extracomment>
        <translation>đã xác minh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the library</source>
        <translation>trong thư viện</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected</source>
        <extracomment>State of a received bundle: Coact decided not to take it.</extracomment>
        <translation>đã từ chối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replaced by a newer file</source>
        <translation>đã được thay bằng tệp mới hơn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This group&apos;s key was new to Coact when the file came; it is trusted since its words were compared with the group.</source>
        <translation>Khóa của nhóm này còn mới với Coact khi tệp đến; khóa được tin cậy từ khi các từ của khóa được so với nhóm.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This group&apos;s key is new to Coact. Phone the group (on a number you already know, not one from the file) and ask them to read out their key&apos;s words. Trust the key only if every word matches.</source>
        <translation>Khóa của nhóm này còn mới với Coact. Hãy gọi điện cho nhóm (theo số bạn đã biết, không phải số trong tệp) và nhờ họ đọc các từ của khóa. Chỉ tin cậy khóa nếu mọi từ đều khớp.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed with the key Coact already trusts for this group.</source>
        <translation>Được ký bằng khóa mà Coact đã tin cậy cho nhóm này.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed with a new key that the group&apos;s trusted key handed over to (a signed rotation record).</source>
        <translation>Được ký bằng một khóa mới, do khóa tin cậy của nhóm bàn giao (có bản ghi đổi khóa đã ký).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founded</source>
        <translation>Thành lập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still active</source>
        <translation>Vẫn hoạt động</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models of organising</source>
        <translation>Các mô hình tự tổ chức</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>named with consent</source>
        <translation>nêu tên, có đồng ý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pseudonym</source>
        <translation>bí danh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People named</source>
        <translation>Những người được nêu tên</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attachments</source>
        <translation>Tệp đính kèm</translation>
    </message>
</context>
<context>
    <name>IndexBuilder</name>
    <message>
        <location filename="../src/coact_desktop/gui/search_index.py" line="+32"/>
        <source>Progress</source>
        <translation>Tiến trình</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../src/coact_desktop/gui/export_key_page.py" line="+34"/>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase again</source>
        <translation>Gõ lại cụm mật khẩu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Again:</source>
        <extracomment>Label of the field where the passphrase is typed a second time.</extracomment>
        <translation>Gõ lại:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer is old or has little memory (lighter key protection)</source>
        <translation>Máy tính này cũ hoặc ít bộ nhớ (bảo vệ khóa nhẹ hơn)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase:</source>
        <translation>Cụm mật khẩu:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Make your group&apos;s signing key</source>
        <translation>Tạo khóa ký của nhóm bạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It shows Coact that the file comes from your group.</source>
        <translation>Khóa này cho Coact biết tệp đến từ nhóm bạn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is your group&apos;s first export. Coact Desktop now makes a signing key, so that Coact can tell that later files come from you. Choose a passphrase of at least 8 characters. Nobody can recover a forgotten passphrase, not even Coact: write it down somewhere safe.</source>
        <translation>Đây là lần xuất tệp đầu tiên của nhóm bạn. Bây giờ Coact Desktop sẽ tạo một khóa ký, để Coact biết được các tệp sau này là do bạn gửi. Hãy chọn cụm mật khẩu có ít nhất 8 ký tự. Không ai có thể lấy lại cụm mật khẩu đã quên, kể cả Coact: hãy ghi nó ra và cất ở nơi an toàn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlock your group&apos;s signing key</source>
        <translation>Mở khóa ký của nhóm bạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key signs the file, so Coact knows it is yours.</source>
        <translation>Khóa này ký vào tệp, để Coact biết tệp là của bạn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the passphrase of your group&apos;s signing key.</source>
        <translation>Hãy gõ cụm mật khẩu của khóa ký của nhóm bạn.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking the passphrase…</source>
        <translation>Đang kiểm tra cụm mật khẩu…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Wrong passphrase. Type it again; check the keyboard&apos;s language and Caps Lock.</source>
        <translation>Sai cụm mật khẩu. Hãy gõ lại; kiểm tra ngôn ngữ bàn phím và phím Caps Lock.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The two passphrases differ.</source>
        <translation>Hai cụm mật khẩu không khớp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least 8 characters, please.</source>
        <translation>Vui lòng dùng ít nhất 8 ký tự.</translation>
    </message>
</context>
<context>
    <name>KeysMenu</name>
    <message>
        <location filename="../src/coact_desktop/gui/keys_menu.py" line="+28"/>
        <source>Your group&apos;s signing key…</source>
        <translation>Khóa ký của nhóm bạn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up the signing key…</source>
        <translation>Sao lưu khóa ký…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the signing key from a backup…</source>
        <translation>Khôi phục khóa ký từ bản sao lưu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the public key…</source>
        <translation>Lưu khóa công khai…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the key with a new one…</source>
        <translation>Thay khóa bằng khóa mới…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key {key}

Its words, to read out to Coact by phone:
{words}</source>
        <translation>Khóa {key}

Các từ của khóa, để đọc cho Coact qua điện thoại:
{words}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signing key</source>
        <extracomment>The group&apos;s own key that signs its bundles.</extracomment>
        <translation>Khóa ký</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your group has no signing key yet: it is made on the first export.</source>
        <translation>Nhóm bạn chưa có khóa ký: khóa sẽ được tạo khi xuất tệp lần đầu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+13"/>
        <source>Back up the signing key</source>
        <translation>Sao lưu khóa ký</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Passphrase of the signing key:</source>
        <translation>Cụm mật khẩu của khóa ký:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key backup is in {path}. It is still locked by the passphrase: keep the file and the passphrase in different places.</source>
        <translation>Bản sao lưu khóa nằm ở {path}. Bản này vẫn được khóa bằng cụm mật khẩu: hãy cất tệp và cụm mật khẩu ở hai nơi khác nhau.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>Restore the signing key</source>
        <translation>Khôi phục khóa ký</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Passphrase of the backed-up key:</source>
        <translation>Cụm mật khẩu của khóa đã sao lưu:</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <source>Save the public key</source>
        <translation>Lưu khóa công khai</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase of the current key:</source>
        <translation>Cụm mật khẩu của khóa hiện tại:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase for the new key (at least 8 characters):</source>
        <translation>Cụm mật khẩu cho khóa mới (ít nhất 8 ký tự):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new passphrase again:</source>
        <translation>Gõ lại cụm mật khẩu mới:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>New key</source>
        <translation>Khóa mới</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The two passphrases differ.</source>
        <translation>Hai cụm mật khẩu không khớp.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your group now signs with key {key}; the old key signed the hand-over, and your next file carries it.

Its words:
{words}</source>
        <translation>Từ nay nhóm bạn ký bằng khóa {key}; khóa cũ đã ký việc bàn giao, và tệp tiếp theo của bạn sẽ mang theo bản ghi đó.

Các từ của khóa:
{words}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../src/coact_desktop/gui/language_menu.py" line="+57"/>
        <source>Follow the &amp;system</source>
        <translation>Theo &amp;hệ thống</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Everything you have written stays as it is.</source>
        <translation>Mọi thứ bạn đã viết vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next time it starts, Coact Desktop will be in this language: {language}.</source>
        <translation>Lần khởi động tới, Coact Desktop sẽ dùng ngôn ngữ này: {language}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coact Desktop will follow the system&apos;s language the next time it starts.</source>
        <translation>Lần khởi động tới, Coact Desktop sẽ dùng ngôn ngữ của hệ thống.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/coact_desktop/gui/damaged_library.py" line="+28"/>
        <source>The library database is damaged</source>
        <translation>Cơ sở dữ liệu của thư viện bị hỏng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile database is damaged. Restore the newest backup ({name})? Changes made since that backup was taken are not in it; the damaged file is kept aside.</source>
        <translation>Cơ sở dữ liệu hồ sơ bị hỏng. Khôi phục bản sao lưu mới nhất ({name})? Những thay đổi từ sau lần sao lưu đó sẽ không có trong bản này; tệp bị hỏng được cất riêng.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/gui/main_window.py" line="+80"/>
        <location line="+635"/>
        <source>A history of drug user organising</source>
        <translation>Lịch sử tự tổ chức của người sử dụng ma túy</translation>
    </message>
    <message>
        <location line="-609"/>
        <source>A history of drug user organising
by Mat Southwell and Lana Durjava, Coact</source>
        <translation>Lịch sử tự tổ chức của người sử dụng ma túy
Tác giả: Mat Southwell và Lana Durjava, Coact</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Authors</source>
        <extracomment>The line naming who wrote the history.</extracomment>
        <translation>Tác giả</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edition</source>
        <translation>Ấn bản</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Views</source>
        <extracomment>The tabs of the main window (Read, Organisations, Timeline, Search, drafts).</extracomment>
        <translation>Các chế độ xem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read</source>
        <extracomment>Tab where the history is read (a verb, like &apos;Search&apos;).</extracomment>
        <translation>Đọc</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Organisations</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our group&apos;s history</source>
        <translation>Lịch sử của nhóm chúng tôi</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Opening the library…</source>
        <translation>Đang mở thư viện…</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Edition {number}, {date}</source>
        <translation>Ấn bản {number}, {date}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inbox</source>
        <extracomment>Tab (Coact&apos;s staff only) listing bundles received from groups.</extracomment>
        <translation>Hộp thư đến</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reading the last edition published…</source>
        <translation>Đang đọc ấn bản phát hành gần nhất…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The editions workspace cannot open</source>
        <translation>Không mở được khu làm việc ấn bản</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a file</source>
        <translation>Nhập tệp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coact files (*.coactpack *.coactanswer *.coact);;All files (*)</source>
        <translation>Tệp Coact (*.coactpack *.coactanswer *.coact);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Coact&apos;s answer is on the draft it answers.</source>
        <translation>Phản hồi của Coact đã được gắn vào bản nháp mà nó phản hồi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coact&apos;s answer was not imported. {reason}</source>
        <translation>Phản hồi của Coact chưa được nhập. {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not imported</source>
        <translation>Chưa nhập</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copy the library to a stick</source>
        <translation>Sao chép thư viện vào USB</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy Coact Desktop to a stick</source>
        <translation>Sao chép Coact Desktop vào USB</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Copied to {path}. Whoever gets it can check it as you did.</source>
        <translation>Đã sao chép vào {path}. Ai nhận được cũng có thể kiểm tra như bạn đã làm.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This is the edition the program came with: nothing new yet.</source>
        <translation>Đây là ấn bản đi kèm chương trình: chưa có gì mới.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Preparing search…</source>
        <translation>Đang chuẩn bị tìm kiếm…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Search is not ready. It will be set up the next time you start Coact Desktop.</source>
        <translation>Tìm kiếm chưa sẵn sàng. Tìm kiếm sẽ được thiết lập vào lần tới bạn khởi động Coact Desktop.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search is not available: {reason}</source>
        <translation>Không dùng được tìm kiếm: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Coact Desktop cannot open the library</source>
        <translation>Coact Desktop không mở được thư viện</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>(no name yet)</source>
        <translation>(chưa có tên)</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Some changes are not saved</source>
        <translation>Một số thay đổi chưa được lưu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last changes to your draft could not be saved: {reason}

Keep the window open and try again? If you close now, those changes are lost.</source>
        <translation>Không lưu được những thay đổi gần nhất trong bản nháp của bạn: {reason}

Giữ cửa sổ mở và thử lại? Nếu đóng bây giờ, những thay đổi đó sẽ bị mất.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../src/coact_desktop/gui/notice_bar.py" line="+28"/>
        <source>Notice</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the notice</source>
        <translation>Đóng thông báo</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../src/coact_desktop/gui/export_wizard.py" line="+36"/>
        <source>Where to save the file</source>
        <translation>Nơi lưu tệp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history becomes one file. Take it to Coact on a USB stick, or send it by e-mail or messenger.</source>
        <translation>Lịch sử sẽ thành một tệp. Hãy mang tệp đến Coact bằng USB, hoặc gửi qua e-mail hay ứng dụng nhắn tin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypt it so that only Coact can read it</source>
        <translation>Mã hóa để chỉ Coact đọc được</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without encryption, anyone who gets the file (on a lost USB stick, in an e-mail account, on a phone) can read everything in it. Only send it unencrypted if you are sure.</source>
        <translation>Nếu không mã hóa, bất kỳ ai có được tệp (trên một USB bị mất, trong một tài khoản e-mail, trên điện thoại) đều có thể đọc mọi thứ trong đó. Chỉ gửi tệp không mã hóa khi bạn chắc chắn.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Folder:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name:</source>
        <translation>Tên tệp:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a folder</source>
        <translation>Chọn thư mục</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no such folder. Choose one with “Choose…”.</source>
        <translation>Không có thư mục này. Hãy chọn bằng nút “Chọn…”.</translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <location filename="../src/coact_desktop/gui/organisations_view.py" line="+38"/>
        <source>Filter by name, other spelling, country or city</source>
        <translation>Lọc theo tên, cách viết khác, quốc gia hoặc thành phố</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter organisations</source>
        <translation>Lọc tổ chức</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+111"/>
        <source>Other spellings</source>
        <extracomment>Column: other names or spellings of the same organisation.</extracomment>
        <translation>Cách viết khác</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Country or region</source>
        <translation>Quốc gia hoặc khu vực</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+115"/>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+116"/>
        <source>Founded</source>
        <translation>Thành lập</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+116"/>
        <source>Ended</source>
        <extracomment>Column: the year the organisation stopped working.</extracomment>
        <translation>Ngừng hoạt động</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Mentions</source>
        <extracomment>Column: how many passages of the history name the organisation.</extracomment>
        <translation>Số lần nhắc đến</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Organisations</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Organisation details and passages</source>
        <translation>Thông tin tổ chức và các đoạn trích</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose an organisation to see what the history says of it, and every passage that names it.</source>
        <translation>Chọn một tổ chức để xem lịch sử nói gì về tổ chức đó, và mọi đoạn trích có nhắc đến tổ chức đó.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Models of organising</source>
        <translation>Các mô hình tự tổ chức</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Passages that mention it ({count})</source>
        <translation>Các đoạn trích có nhắc đến ({count})</translation>
    </message>
</context>
<context>
    <name>PaperKeyDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/paper_key_dialog.py" line="+32"/>
        <source>Paper backup of the key</source>
        <translation>Sao lưu khóa ra giấy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the drafts with the paper key</source>
        <translation>Mở các bản nháp bằng khóa trên giấy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>Paper key</source>
        <translation>Khóa trên giấy</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>New passphrase</source>
        <translation>Cụm mật khẩu mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again</source>
        <translation>Gõ lại cụm mật khẩu mới</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cụm mật khẩu:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper &amp;key:</source>
        <translation>&amp;Khóa trên giấy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New passphrase:</source>
        <translation>Cụm mật khẩu &amp;mới:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;Gõ lại:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Show the key</source>
        <translation>&amp;Hiện khóa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Open and set</source>
        <translation>Mở và đặ&amp;t</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>If the passphrase is forgotten, this key written on paper opens the drafts and lets you choose a new passphrase. Anyone who has the paper and this laptop can read the drafts: keep it somewhere safe, away from the laptop, or do without it.

Type the passphrase to show the key.</source>
        <translation>Nếu quên cụm mật khẩu, khóa này, khi được chép ra giấy, sẽ mở được các bản nháp và cho phép bạn chọn cụm mật khẩu mới. Bất kỳ ai có tờ giấy đó và máy tính xách tay này đều có thể đọc các bản nháp: hãy cất tờ giấy ở một nơi an toàn, xa máy tính xách tay, hoặc đừng dùng khóa trên giấy.

Hãy gõ cụm mật khẩu để hiện khóa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the 14 groups written on the paper, then choose a new passphrase. A duress passphrase, if one was set, is removed: set it again afterwards.</source>
        <translation>Hãy gõ 14 nhóm ký tự ghi trên giấy, rồi chọn cụm mật khẩu mới. Cụm mật khẩu khi bị ép buộc, nếu đã đặt, sẽ bị xóa: hãy đặt lại sau đó.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the passphrase.</source>
        <translation>Hãy gõ cụm mật khẩu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the paper key.</source>
        <translation>Hãy gõ khóa trên giấy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Hãy chọn cụm mật khẩu có ít nhất 8 ký tự.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the same new passphrase twice.</source>
        <translation>Hãy gõ cùng một cụm mật khẩu mới hai lần.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening…</source>
        <translation>Đang mở…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy it onto paper, in this order. It changes only after a quick delete.</source>
        <translation>Hãy chép khóa ra giấy, theo đúng thứ tự này. Khóa chỉ thay đổi sau khi xóa nhanh.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/passphrase_dialog.py" line="+40"/>
        <source>Protect drafts with a passphrase</source>
        <translation>Bảo vệ các bản nháp bằng cụm mật khẩu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the passphrase</source>
        <translation>Đổi cụm mật khẩu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Duress passphrase</source>
        <translation>Cụm mật khẩu khi bị ép buộc</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>Cụm mật khẩu mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again</source>
        <translation>Gõ lại cụm mật khẩu mới</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duress passphrase again</source>
        <translation>Gõ lại cụm mật khẩu khi bị ép buộc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also set a &amp;duress passphrase</source>
        <translation>Đặt thêm cụm mật khẩu khi bị ép &amp;buộc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typing the duress passphrase &amp;quick-deletes the drafts first, for good</source>
        <translation>Gõ cụm mật khẩu khi bị ép buộc sẽ xóa &amp;nhanh các bản nháp trước tiên, vĩnh viễn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cụm mật khẩu:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New passphrase:</source>
        <translation>Cụm mật khẩu &amp;mới:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;Gõ lại:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>D&amp;uress passphrase:</source>
        <translation>Cụm mật khẩu khi bị é&amp;p buộc:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duress a&amp;gain:</source>
        <translation>Gõ &amp;lại cụm mật khẩu khi bị ép buộc:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Protect</source>
        <translation>Bảo &amp;vệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange</source>
        <translation>Đổ&amp;i</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Set</source>
        <translation>Đặ&amp;t</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove the duress passphrase</source>
        <translation>&amp;Xóa cụm mật khẩu khi bị ép buộc</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing is re-encrypted: the drafts keep their key, and only the passphrase that opens it changes.</source>
        <translation>Không có gì được mã hóa lại: các bản nháp vẫn giữ khóa của mình, chỉ có cụm mật khẩu dùng để mở khóa đó là thay đổi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Typed instead of the passphrase, a duress passphrase opens the program with none of your drafts in it, and nothing on the screen says which one was typed. It does not protect against a copy of the disk made before it was typed.</source>
        <translation>Nếu gõ cụm mật khẩu khi bị ép buộc thay cho cụm mật khẩu thường dùng, chương trình sẽ mở ra mà không có bản nháp nào của bạn, và trên màn hình không có gì cho biết cụm mật khẩu nào đã được gõ. Cụm mật khẩu khi bị ép buộc không bảo vệ được dữ liệu trong bản sao ổ đĩa đã được tạo trước khi gõ cụm mật khẩu này.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The duress passphrase must differ from your usual passphrase.</source>
        <translation>Cụm mật khẩu khi bị ép buộc phải khác cụm mật khẩu thường dùng của bạn.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Type the passphrase that opens the drafts now.</source>
        <translation>Hãy gõ cụm mật khẩu đang dùng để mở các bản nháp.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Your drafts, the people named in them, the inbox and the group&apos;s signing key will be encrypted on this computer. Each time the program starts you type the passphrase once to open them; the history can be read without it.

If you forget this passphrase, nobody can open your drafts again, not even Coact. Write it on paper and keep it somewhere safe, away from the laptop.</source>
        <translation>Các bản nháp của bạn, những người có tên trong đó, hộp thư đến và khóa ký của nhóm sẽ được mã hóa trên máy tính này. Mỗi lần chương trình khởi động, bạn gõ cụm mật khẩu một lần để mở chúng; lịch sử vẫn đọc được mà không cần cụm mật khẩu.

Nếu bạn quên cụm mật khẩu này, không ai có thể mở lại các bản nháp của bạn, kể cả Coact. Hãy viết cụm mật khẩu ra giấy và cất ở một nơi an toàn, xa máy tính xách tay.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Hãy chọn cụm mật khẩu có ít nhất 8 ký tự.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the same new passphrase twice.</source>
        <translation>Hãy gõ cùng một cụm mật khẩu mới hai lần.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a duress passphrase of at least 8 characters.</source>
        <translation>Hãy chọn cụm mật khẩu khi bị ép buộc có ít nhất 8 ký tự.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the same duress passphrase twice.</source>
        <translation>Hãy gõ cùng một cụm mật khẩu khi bị ép buộc hai lần.</translation>
    </message>
</context>
<context>
    <name>PeopleTable</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_tables.py" line="-277"/>
        <location line="+182"/>
        <source>Consent</source>
        <translation>Sự đồng ý</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Real name</source>
        <translation>Tên thật</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pseudonym</source>
        <translation>Bí danh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add person</source>
        <translation>Thêm người</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People and their consent</source>
        <translation>Những người và sự đồng ý của họ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Named, with consent</source>
        <extracomment>Consent of a person named in the draft (a choice in the people table).</extracomment>
        <translation>Nêu tên, có đồng ý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pseudonym only</source>
        <translation>Chỉ dùng bí danh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withheld: not shown</source>
        <translation>Ẩn: không hiển thị</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_dialogs.py" line="+57"/>
        <source>Group profile</source>
        <translation>Hồ sơ nhóm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language of the draft</source>
        <translation>Ngôn ngữ của bản nháp</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The group&apos;s name</source>
        <translation>Tên của nhóm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not given</source>
        <extracomment>Shown in the &apos;year founded&apos; field when the group gave no year.</extracomment>
        <translation>không ghi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not given</source>
        <translation>Không ghi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, still active</source>
        <translation>Có, vẫn hoạt động</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, no longer active</source>
        <translation>Không, đã ngừng hoạt động</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. English, Russian</source>
        <translation>vd. tiếng Anh, tiếng Nga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models of organising</source>
        <translation>Các mô hình tự tổ chức</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year founded</source>
        <translation>Năm thành lập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still active</source>
        <translation>Vẫn hoạt động</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This history is written in</source>
        <translation>Lịch sử này được viết bằng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The group&apos;s models of organising</source>
        <translation>Các mô hình tự tổ chức của nhóm</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the group&apos;s name to go on; everything else can wait.</source>
        <translation>Hãy ghi tên nhóm để tiếp tục; mọi thứ khác có thể để sau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is missing</source>
        <translation>Những gì còn thiếu</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Give the group&apos;s name first.</source>
        <translation>Hãy ghi tên nhóm trước.</translation>
    </message>
</context>
<context>
    <name>ProfileSafety</name>
    <message>
        <location filename="../src/coact_desktop/gui/profile_safety.py" line="+51"/>
        <location line="+60"/>
        <source>&amp;Protect drafts with a passphrase…</source>
        <translation>&amp;Bảo vệ các bản nháp bằng cụm mật khẩu…</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>D&amp;uress passphrase…</source>
        <translation>&amp;Cụm mật khẩu khi bị ép buộc…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper &amp;backup of the key…</source>
        <translation>Sao &amp;lưu khóa ra giấy…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock drafts</source>
        <translation>&amp;Khóa các bản nháp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock &amp;when idle</source>
        <translation>Tự khóa khi không dùn&amp;g</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After {minutes} minutes</source>
        <translation>Sau {minutes} phút</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never</source>
        <translation>Không bao giờ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quick delete after wron&amp;g passphrases</source>
        <translation>Xóa nhanh sau nhiều lần gõ cụm mật khẩu sa&amp;i</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After {count} wrong passphrases in a row</source>
        <translation>Sau {count} lần gõ cụm mật khẩu sai liên tiếp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never</source>
        <comment>quick delete after wrong passphrases</comment>
        <extracomment>The choice that leaves quick delete after wrong passphrases off.</extracomment>
        <translation>Không bao giờ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quic&amp;k delete…</source>
        <translation>Xóa nh&amp;anh…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Change the &amp;passphrase…</source>
        <translation>Đổi cụm &amp;mật khẩu…</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The drafts are locked.</source>
        <translation>Các bản nháp đã được khóa.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Your drafts, their photos and files, the inbox and the keys are now encrypted on this computer.</source>
        <translation>Các bản nháp của bạn cùng ảnh và tệp đính kèm, hộp thư đến và các khóa giờ đã được mã hóa trên máy tính này.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase was changed.</source>
        <translation>Đã đổi cụm mật khẩu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The duress passphrase was removed.</source>
        <translation>Đã xóa cụm mật khẩu khi bị ép buộc.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The duress passphrase was set.</source>
        <translation>Đã đặt cụm mật khẩu khi bị ép buộc.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Encrypting your drafts…</source>
        <translation>Đang mã hóa các bản nháp của bạn…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Protect drafts with a passphrase</source>
        <translation>Bảo vệ các bản nháp bằng cụm mật khẩu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypting your drafts and sealing their photos and files…</source>
        <translation>Đang mã hóa các bản nháp của bạn và niêm phong các ảnh và tệp đính kèm…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled: the drafts are not protected, as before.</source>
        <translation>Đã hủy: các bản nháp vẫn không được bảo vệ bằng cụm mật khẩu, như trước đây.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing was changed</source>
        <translation>Không có gì bị thay đổi</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Quick delete after wrong passphrases</source>
        <translation>Xóa nhanh sau nhiều lần gõ cụm mật khẩu sai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After {count} wrong passphrases in a row, your drafts, the inbox, photos, keys and backups are destroyed for good, as by quick delete, and nothing on the screen says so.

A mistyped passphrase, another keyboard language or a child at the keyboard can set it off. It does not help against someone who copies the disk before trying. Turn it on?</source>
        <translation>Sau {count} lần gõ cụm mật khẩu sai liên tiếp, các bản nháp của bạn, hộp thư đến, ảnh, các khóa và bản sao lưu sẽ bị xóa vĩnh viễn, như khi xóa nhanh, và trên màn hình không có gì cho biết điều đó.

Gõ nhầm cụm mật khẩu, bàn phím đang ở ngôn ngữ khác hoặc một đứa trẻ nghịch bàn phím đều có thể kích hoạt việc này. Việc này không bảo vệ được trước người đã sao chép ổ đĩa trước khi thử. Bật tính năng này?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Turn it on</source>
        <translation>&amp;Bật</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Quick delete after wrong passphrases is off.</source>
        <translation>Đã tắt xóa nhanh sau nhiều lần gõ cụm mật khẩu sai.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After {count} wrong passphrases in a row, everything private is deleted.</source>
        <translation>Sau {count} lần gõ cụm mật khẩu sai liên tiếp, mọi dữ liệu riêng tư sẽ bị xóa.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The drafts are open, under the new passphrase. Set a duress passphrase again if you had one.</source>
        <translation>Các bản nháp đã mở, với cụm mật khẩu mới. Nếu trước đây bạn có cụm mật khẩu khi bị ép buộc, hãy đặt lại.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Deleting…</source>
        <translation>Đang xóa…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Quick delete</source>
        <translation>Xóa nhanh</translation>
    </message>
</context>
<context>
    <name>ProgramShare</name>
    <message>
        <location filename="../src/coact_desktop/gui/program_share.py" line="+42"/>
        <location line="+55"/>
        <source>Copy Coact Desktop to a stick</source>
        <translation>Sao chép Coact Desktop vào USB</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Copying Coact Desktop and checking the copy…</source>
        <translation>Đang sao chép Coact Desktop và kiểm tra bản sao…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Coact Desktop {version} is copied to {folder} and the copy checked. Whoever gets it can check it too: with this program (coact-desktop release verify FOLDER), or with sha256sum -c RELEASE-SHA256SUMS and minisign -V inside the folder.</source>
        <translation>Đã sao chép Coact Desktop {version} vào {folder} và đã kiểm tra bản sao. Ai nhận được cũng có thể tự kiểm tra: bằng chương trình này (coact-desktop release verify FOLDER), hoặc bằng sha256sum -c RELEASE-SHA256SUMS và minisign -V bên trong thư mục.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The library&apos;s newest edition is copied to {path}.</source>
        <translation>Đã sao chép ấn bản mới nhất của thư viện vào {path}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied</source>
        <extracomment>Title of a message: the program&apos;s files were copied.</extracomment>
        <translation>Đã sao chép</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coact Desktop is copied to {folder}.</source>
        <translation>Đã sao chép Coact Desktop vào {folder}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was copied.</source>
        <translation>Không có gì được sao chép.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../src/coact_desktop/gui/task_progress.py" line="+15"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
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
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Loại bỏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location line="+2"/>
        <source>&lt; &amp;Back</source>
        <extracomment>A button of a step-by-step dialog (the send wizard): the step before.</extracomment>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next &gt;</source>
        <extracomment>The step after; in a right-to-left language, leave the arrow out.</extracomment>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>Xác nhận</translation>
    </message>
</context>
<context>
    <name>QuickDelete</name>
    <message>
        <location filename="../src/coact_desktop/words/quick_delete.py" line="+16"/>
        <source>the key to your drafts (destroyed first)</source>
        <translation>khóa để mở các bản nháp của bạn (xóa trước tiên)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the encrypted drafts, inbox and keys</source>
        <translation>các bản nháp, hộp thư đến và các khóa đã được mã hóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drafts, inbox and keys</source>
        <translation>các bản nháp, hộp thư đến và các khóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>photos and files attached to drafts</source>
        <translation>ảnh và tệp đính kèm trong các bản nháp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backups</source>
        <translation>các bản sao lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key files</source>
        <translation>các tệp khóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the log</source>
        <translation>tệp nhật ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>temporary files</source>
        <translation>các tệp tạm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the plan of the next edition</source>
        <translation>kế hoạch cho ấn bản tiếp theo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the count of wrong passphrases</source>
        <translation>số lần gõ cụm mật khẩu sai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folders, files and drafts remembered in settings</source>
        <translation>các thư mục, tệp và bản nháp được ghi nhớ trong phần cài đặt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There was nothing private to remove.</source>
        <translation>Không có dữ liệu riêng tư nào cần xóa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed: {items}. The library is still here.</source>
        <extracomment>{items} is a list of what was removed, separated by semicolons.</extracomment>
        <translation>Đã xóa: {items}. Thư viện vẫn còn.</translation>
    </message>
</context>
<context>
    <name>QuickDeleteDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/quick_delete_dialog.py" line="+26"/>
        <source>Quick delete</source>
        <translation>Xóa nhanh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delete</source>
        <extracomment>The word typed to confirm quick delete: one short, ordinary word.</extracomment>
        <translation>xóa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This destroys, for good, your group&apos;s drafts and the people named in them, attached files, the inbox, keys, backups and the log. The history stays, so the program looks like any reader&apos;s. Nobody can bring the drafts back, not even with the passphrase.

Type {word} to go on.</source>
        <translation>Thao tác này xóa vĩnh viễn các bản nháp của nhóm bạn và danh sách người có tên trong đó, các tệp đính kèm, hộp thư đến, các khóa, bản sao lưu và nhật ký. Lịch sử vẫn được giữ lại, nên chương trình trông giống như của bất kỳ người đọc nào. Không ai có thể lấy lại các bản nháp, kể cả khi có cụm mật khẩu.

Gõ “{word}” để tiếp tục.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Confirmation word</source>
        <extracomment>The field where the confirming word is typed.</extracomment>
        <translation>Từ xác nhận</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Countdown</source>
        <translation>Đếm ngược</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete now</source>
        <translation>&amp;Xóa ngay</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Deleting in {seconds}… Press Cancel or Esc to stop.</source>
        <translation>Sẽ xóa sau {seconds} giây… Bấm “Hủy” hoặc Esc để dừng.</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../src/coact_desktop/gui/media_save.py" line="+32"/>
        <source>file from a group history</source>
        <translation>tệp từ lịch sử nhóm</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save a copy</source>
        <translation>Lưu bản sao</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A copy is saved in {path}.</source>
        <translation>Đã lưu bản sao vào {path}.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/gui/rendering.py" line="+28"/>
        <source>From the history of {group}, in its own words</source>
        <translation>Trích từ lịch sử của {group}, theo lời của chính nhóm</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>PDF document</source>
        <translation>tài liệu PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>text file</source>
        <extracomment>Kind of an attached file, inside a sentence: lower case.</extracomment>
        <translation>tệp văn bản</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a copy ({kind}, {size})…</source>
        <translation>Lưu bản sao ({kind}, {size})…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>under 1 KB</source>
        <translation>dưới 1 KB</translation>
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
        <translation>Nội dung chương</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>← Previous: {title}</source>
        <translation>← Trước: {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: {title} →</source>
        <translation>Tiếp: {title} →</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_dialogs.py" line="+39"/>
        <source>Revision history</source>
        <translation>Lịch sử phiên bản</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revisions</source>
        <translation>Các phiên bản</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/words/revisions.py" line="+15"/>
        <source>started</source>
        <extracomment>Why a revision of a draft was saved: the draft was started.</extracomment>
        <translation>bắt đầu bản nháp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imported</source>
        <extracomment>Why a revision was saved: the draft was imported from a file.</extracomment>
        <translation>đã nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saved while writing</source>
        <translation>lưu trong khi viết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restored an earlier revision</source>
        <translation>đã khôi phục phiên bản cũ hơn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>đã thay đổi</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/gui/draft_dialogs.py" line="+3"/>
        <source>Revision {number} · {when} · {reason} · {size}</source>
        <extracomment>One line of the revision list: its number, date and time, why it was saved, length.</extracomment>
        <translation>Phiên bản {number} · {when} · {reason} · {size}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Differences from the text now</source>
        <translation>Khác biệt so với văn bản hiện tại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore this revision</source>
        <translation>Khôi phục phiên bản này</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People and consent</source>
        <translation>Người và sự đồng ý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and files</source>
        <translation>Ảnh và tệp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founded</source>
        <translation>Thành lập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still active</source>
        <translation>Vẫn hoạt động</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models of organising</source>
        <translation>Các mô hình tự tổ chức</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the draft</source>
        <translation>Ngôn ngữ của bản nháp</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>undated</source>
        <extracomment>An event of the timeline that has no date.</extracomment>
        <translation>không có ngày</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>named</source>
        <extracomment>Consent of a person in the draft: agreed to be named with the real name.</extracomment>
        <translation>nêu tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pseudonym</source>
        <translation>bí danh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withheld</source>
        <extracomment>Consent of a person: neither the name nor the pseudonym is shown.</extracomment>
        <translation>ẩn</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../src/coact_desktop/gui/search_view.py" line="+39"/>
        <source>Search the history (Ctrl+K)</source>
        <translation>Tìm trong toàn bộ lịch sử (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the history</source>
        <translation>Tìm trong toàn bộ lịch sử</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by chapter</source>
        <translation>Lọc theo chương</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by model of organising</source>
        <translation>Lọc theo mô hình tự tổ chức</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by country</source>
        <translation>Lọc theo quốc gia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by decade</source>
        <translation>Lọc theo thập niên</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search results</source>
        <translation>Kết quả tìm kiếm</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>All chapters</source>
        <translation>Mọi chương</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All models</source>
        <translation>Mọi mô hình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All countries</source>
        <translation>Mọi quốc gia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All decades</source>
        <translation>Mọi thập niên</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Preparing search…</source>
        <translation>Đang chuẩn bị tìm kiếm…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a word or a name. Word forms and misspellings are found too.</source>
        <translation>Hãy gõ một từ hoặc một cái tên. Các dạng khác của từ và lỗi chính tả cũng được tìm thấy.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No exact matches. Showing close spellings:</source>
        <translation>Không có kết quả khớp chính xác. Đang hiện các cách viết gần giống:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing found.</source>
        <translation>Không tìm thấy gì.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Coact&apos;s history is written in English: try an English word. Each group&apos;s own history is found in the language it is written in.</source>
        <translation>Lịch sử của Coact được viết bằng tiếng Anh: hãy thử một từ tiếng Anh. Lịch sử riêng của mỗi nhóm được tìm thấy bằng chính ngôn ngữ dùng để viết lịch sử đó.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{shown} of %n results</source>
        <extracomment>{shown} results are listed of %n found in all.</extracomment>
        <translation>
            <numerusform>{shown} trong %n kết quả</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n results</source>
        <translation>
            <numerusform>%n kết quả</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Did you mean {suggestion}?</source>
        <translation>Có phải bạn muốn tìm {suggestion}?</translation>
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
            <numerusform>%n từ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n characters</source>
        <extracomment>The length of a text in Thai, Lao, Khmer, Myanmar, Chinese or Japanese, which do not put spaces between words: its letters are counted instead.</extracomment>
        <translation>
            <numerusform>%n ký tự</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../src/coact_desktop/gui/timeline_view.py" line="+24"/>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{decade}s</source>
        <extracomment>A decade heading: {decade} is a year like 1990, so &apos;the 1990s&apos;.</extracomment>
        <translation>Thập niên {decade}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open this passage in the reader</source>
        <translation>Mở đoạn trích này trong thẻ Đọc</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <location filename="../src/coact_desktop/gui/unlock_panel.py" line="+24"/>
        <source>Your group&apos;s drafts are locked</source>
        <translation>Các bản nháp của nhóm bạn đang bị khóa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>They are encrypted on this computer. Type your passphrase to open them. The history can be read and searched without it.</source>
        <translation>Các bản nháp được mã hóa trên máy tính này. Hãy gõ cụm mật khẩu của bạn để mở. Lịch sử vẫn đọc và tìm kiếm được mà không cần cụm mật khẩu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase</source>
        <extracomment>The field where the passphrase of the group&apos;s drafts is typed.</extracomment>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Mở khóa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forgotten? Use the &amp;paper key…</source>
        <translation>Quên cụm mật khẩu? &amp;Dùng khóa trên giấy…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Opening…</source>
        <translation>Đang mở…</translation>
    </message>
</context>
<context>
    <name>WhatsNewView</name>
    <message>
        <location filename="../src/coact_desktop/gui/whats_new_view.py" line="+39"/>
        <source>What&apos;s new in edition {edition}</source>
        <translation>Có gì mới trong ấn bản {edition}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;{title}&lt;/b&gt;, edition {edition}, from {date}.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;, ấn bản {edition}, ngày {date}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The editors wrote no notes for this edition.</source>
        <translation>Ban biên tập không viết ghi chú cho ấn bản này.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chapters added, changed and removed</source>
        <translation>Các chương đã thêm, thay đổi và xóa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chapter, with what changed marked</source>
        <translation>Chương này, có đánh dấu chỗ thay đổi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open this chapter</source>
        <translation>&amp;Mở chương này</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Added ({n})</source>
        <extracomment>Heading in What&apos;s new: chapters added since the last edition; {n} is how many.</extracomment>
        <translation>Đã thêm ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed ({n})</source>
        <translation>Đã thay đổi ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed ({n})</source>
        <translation>Đã xóa ({n})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No chapter changed in this edition.</source>
        <translation>Không có chương nào thay đổi trong ấn bản này.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>New in this edition.</source>
        <translation>Mới trong ấn bản này.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No longer in this edition.</source>
        <translation>Không còn trong ấn bản này.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Struck-through words were taken out; underlined words are new.</source>
        <translation>Những từ bị gạch ngang đã được bỏ đi; những từ được gạch dưới là từ mới.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../src/coact_desktop/gui/window_menus.py" line="+34"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New draft…</source>
        <translation>Bản &amp;nháp mới…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import a file…</source>
        <translation>Nhập &amp;tệp…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy the library to a stick…</source>
        <translation>&amp;Sao chép thư viện vào USB…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Coact &amp;Desktop to a stick…</source>
        <translation>Sao chép Coact &amp;Desktop vào USB…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export the open draft…</source>
        <translation>&amp;Xuất tệp từ bản nháp đang mở…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find in chapter</source>
        <translation>&amp;Tìm trong chương</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search the history</source>
        <translation>Tìm trong toàn bộ &amp;lịch sử</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What&apos;s new in this edition</source>
        <translation>&amp;Có gì mới trong ấn bản này</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous chapter</source>
        <translation>Chương t&amp;rước</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ne&amp;xt chapter</source>
        <translation>Chương &amp;sau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Phóng to</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom &amp;out</source>
        <translation>T&amp;hu nhỏ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Normal size</source>
        <translation>Cỡ &amp;bình thường</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keys</source>
        <translation>&amp;Khóa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Coact</source>
        <translation>&amp;Coact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inbox of received files</source>
        <translation>&amp;Hộp thư đến: các tệp đã nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Editions workspace…</source>
        <translation>&amp;Khu làm việc ấn bản…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open received files…</source>
        <translation>&amp;Mở các tệp đã nhận…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Coact Desktop</source>
        <translation>&amp;Giới thiệu Coact Desktop</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>In a draft: text, timeline, people, files</source>
        <translation>Trong bản nháp: văn bản, dòng thời gian, người, tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a draft&apos;s timeline or people: add a row</source>
        <translation>Trong dòng thời gian hoặc danh sách người của bản nháp: thêm dòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a draft&apos;s text: bold, link</source>
        <translation>Trong văn bản của bản nháp: đậm, liên kết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a table: the next or the previous cell</source>
        <translation>Trong bảng: ô tiếp theo hoặc ô trước</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About Coact Desktop</source>
        <translation>Giới thiệu Coact Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Coact Desktop {version}&lt;/h3&gt;&lt;p&gt;A history of drug user organising, written by Mat Southwell and Lana Durjava, Coact. The text is reproduced verbatim.&lt;/p&gt;&lt;p&gt;Works offline. Nothing is sent anywhere.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Coact Desktop {version}&lt;/h3&gt;&lt;p&gt;Lịch sử tự tổ chức của người sử dụng ma túy. Tác giả: Mat Southwell và Lana Durjava, Coact. Văn bản được giữ nguyên từng chữ.&lt;/p&gt;&lt;p&gt;Hoạt động không cần mạng. Không có gì được gửi đi đâu cả.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>WritePage</name>
    <message>
        <location filename="../src/coact_desktop/gui/export_write_page.py" line="+33"/>
        <location line="+59"/>
        <source>Writing the file</source>
        <translation>Đang ghi tệp</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>This takes a moment; Cancel stops it and leaves nothing behind.</source>
        <translation>Việc này mất một lúc; nút “Hủy” sẽ dừng lại và không để lại gì.</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Progress</source>
        <translation>Tiến trình</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Key fingerprint words</source>
        <translation>Từ vân tay của khóa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show the folder</source>
        <translation>Hiện thư mục</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the file&apos;s path</source>
        <translation>Sao chép đường dẫn của tệp</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back, to change the folder or the key</source>
        <translation>Quay lại, để đổi thư mục hoặc khóa</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Signing and writing…</source>
        <translation>Đang ký và ghi…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The file is ready</source>
        <translation>Tệp đã sẵn sàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send it to Coact in any way that suits you.</source>
        <translation>Hãy gửi tệp cho Coact bằng bất kỳ cách nào thuận tiện cho bạn.</translation>
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
        <translation>Đã ghi: {path} ({size}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is file number {n} from your group.</source>
        <translation>Đây là tệp số {n} từ nhóm bạn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is NOT encrypted: keep it safe.</source>
        <translation>Tệp KHÔNG được mã hóa: hãy cất giữ cẩn thận.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A signing key was made for your group. Make a backup of it (Keys → Back up the signing key…) and keep the passphrase apart from the backup.</source>
        <translation>Một khóa ký đã được tạo cho nhóm bạn. Hãy sao lưu khóa này (Khóa → Sao lưu khóa ký…) và cất cụm mật khẩu ở nơi khác với bản sao lưu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When Coact receives your first file they will phone you to compare these words. Read them out; never send them with the file:</source>
        <translation>Khi Coact nhận được tệp đầu tiên của bạn, họ sẽ gọi điện cho bạn để so các từ này. Hãy đọc to các từ đó; không bao giờ gửi chúng kèm theo tệp:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your key&apos;s words, in case Coact asks for them again (by phone, never with the file):</source>
        <translation>Các từ của khóa bạn, phòng khi Coact hỏi lại (qua điện thoại, không bao giờ kèm theo tệp):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing was written.</source>
        <translation>Chưa có gì được ghi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file was not written. {reason}</source>
        <translation>Chưa ghi được tệp. {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No program to show folders was found. The file is here: {path}</source>
        <translation>Không tìm thấy chương trình để hiện thư mục. Tệp nằm ở đây: {path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied: {path}</source>
        <translation>Đã sao chép: {path}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../src/coact_desktop/gui/app.py" line="+122"/>
        <source>Coact Desktop cannot start</source>
        <translation>Coact Desktop không khởi động được</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Coact Desktop is already open with this profile. Use the window that is open (two windows could overwrite each other&apos;s writing).</source>
        <translation>Coact Desktop đã được mở với hồ sơ này. Hãy dùng cửa sổ đang mở (hai cửa sổ có thể ghi đè lên nội dung của nhau).</translation>
    </message>
</context>
</TS>
