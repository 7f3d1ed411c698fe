<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/answer_dialog.py" line="+57"/>
        <source>Answer {group}, file {n}</source>
        <translation>Jawaban untuk {group}, file {n}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A word to the group</source>
        <translation>Pesan untuk kelompok</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not in an edition yet</source>
        <translation>belum masuk edisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The edition the history went into</source>
        <translation>Edisi tempat sejarah ini dimuat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history&apos;s sections</source>
        <translation>Bagian-bagian sejarah ini</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A note on this section</source>
        <translation>Catatan untuk bagian ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coact&apos;s wording of this section</source>
        <translation>Rumusan Coact untuk bagian ini</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publishing key file</source>
        <translation>File kunci penerbitan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase of the publishing key</source>
        <translation>Frasa sandi kunci penerbitan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder to save the answer in</source>
        <translation>Folder untuk menyimpan jawaban</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>W&amp;rite the answer…</source>
        <translation>&amp;Tulis jawaban…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Keputusan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;word to the group:</source>
        <translation>&amp;Pesan untuk kelompok:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In &amp;edition:</source>
        <translation>Dalam &amp;edisi:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note on this section:</source>
        <translation>&amp;Catatan untuk bagian ini:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coact&apos;s wording (leave it as the group wrote it to suggest no change):</source>
        <translation>Rumusan Coact (biarkan seperti yang ditulis kelompok jika tidak ada usulan perubahan):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Sections:</source>
        <translation>&amp;Bagian:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publishing &amp;key:</source>
        <translation>Kunci pe&amp;nerbitan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Frasa sandi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;to:</source>
        <translation>&amp;Simpan ke:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The answer is encrypted to the group: only its program can read it.</source>
        <translation>Jawaban ini terenkripsi untuk kelompok tersebut: hanya program mereka yang dapat membacanya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This group&apos;s file named no key for answers (an older program): the answer is signed but not encrypted, and whoever carries it can read it.</source>
        <translation>File dari kelompok ini tidak menyebut kunci untuk jawaban (program versi lama): jawaban ini ditandatangani tetapi tidak terenkripsi, dan siapa pun yang membawanya dapat membacanya.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The publishing key</source>
        <translation>Kunci penerbitan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the answer in</source>
        <translation>Simpan jawaban di</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the publishing key file first.</source>
        <translation>Pilih dulu file kunci penerbitan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a folder to save the answer in.</source>
        <translation>Pilih folder untuk menyimpan jawaban.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is there already: choose another folder.</source>
        <translation>{name} sudah ada di sana: pilih folder lain.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signing the answer…</source>
        <translation>Menandatangani jawaban…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved {path}. Send it to the group as it is, by any way.</source>
        <translation>Tersimpan: {path}. Kirim file ini apa adanya ke kelompok tersebut, dengan cara apa pun.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Accepted</source>
        <extracomment>Coact&apos;s decision on a group&apos;s history: taken into the library.</extracomment>
        <translation>Diterima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted with changes</source>
        <translation>Diterima dengan perubahan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes asked for</source>
        <translation>Perlu perubahan</translation>
    </message>
</context>
<context>
    <name>AnswerView</name>
    <message>
        <location filename="../src/coact_desktop/gui/answer_view.py" line="+43"/>
        <source>Coact&apos;s answer</source>
        <translation>Jawaban Coact</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coact wrote no general comment.</source>
        <translation>Coact tidak menulis komentar umum.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sections Coact wrote about</source>
        <translation>Bagian yang dikomentari Coact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (a change)</source>
        <translation> (ada perubahan)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No notes on single sections.</source>
        <translation>Tidak ada catatan untuk bagian tertentu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coact&apos;s note, and its change marked</source>
        <translation>Catatan Coact, dengan perubahannya ditandai</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Use Coact&apos;s version of this section</source>
        <translation>&amp;Pakai versi Coact untuk bagian ini</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Accepted</source>
        <extracomment>Coact&apos;s decision on a group&apos;s history: taken into the library.</extracomment>
        <translation>Diterima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted with changes</source>
        <translation>Diterima dengan perubahan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes asked for</source>
        <translation>Perlu perubahan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;{decision}&lt;/b&gt;: Coact&apos;s answer to bundle {sequence}, signed {date}.</source>
        <translation>&lt;b&gt;{decision}&lt;/b&gt;: jawaban Coact untuk paket {sequence}, ditandatangani {date}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is in edition {edition} of the library.</source>
        <translation>Sejarah ini dimuat di edisi {edition} perpustakaan.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your draft has no section of this name now; Coact&apos;s version:</source>
        <translation>Draf Anda sekarang tidak memiliki bagian dengan nama ini; versi Coact:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your draft already says it as Coact does.</source>
        <translation>Draf Anda sudah menuliskannya seperti versi Coact.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Struck-through words are yours that Coact&apos;s version leaves out; underlined words are Coact&apos;s.</source>
        <translation>Kata yang dicoret adalah kata Anda yang tidak ada di versi Coact; kata yang digarisbawahi adalah kata dari Coact.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../src/coact_desktop/gui/export_check_page.py" line="+35"/>
        <source>Check the draft</source>
        <translation>Periksa draf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing leaves this computer until the check is passed.</source>
        <translation>Tidak ada yang keluar dari komputer ini sebelum pemeriksaan lolos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems found</source>
        <translation>Masalah yang ditemukan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go there to fix it</source>
        <translation>Buka untuk memperbaiki</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Must fix</source>
        <extracomment>&apos;Must fix&apos;: a problem that stops the sending; &apos;Note&apos;: advice only.</extracomment>
        <translation>Harus diperbaiki</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Some things must be fixed before the history can be sent. Double-click one to go there; “Check again” above the draft brings you back here, and the check runs again.</source>
        <translation>Ada beberapa hal yang harus diperbaiki sebelum sejarah ini dapat dikirim. Klik dua kali salah satunya untuk membukanya; tombol “Periksa lagi” di atas draf akan membawa Anda kembali ke sini, dan pemeriksaan dijalankan lagi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready to send. A few notes:</source>
        <translation>Siap dikirim. Beberapa catatan:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready to send: nothing to fix.</source>
        <translation>Siap dikirim: tidak ada yang perlu diperbaiki.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/coact_desktop/cli/__init__.py" line="+103"/>
        <source>interrupted</source>
        <translation>dihentikan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected error ({error}). Run again with --debug for details.</source>
        <translation>terjadi kesalahan tak terduga ({error}). Jalankan lagi dengan --debug untuk melihat rinciannya.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/backups.py" line="+40"/>
        <source>Restored {name}. The database it replaced was kept as {aside}.</source>
        <translation>{name} sudah dipulihkan. Basis data yang digantikannya disimpan sebagai {aside}.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/bundles.py" line="+61"/>
        <source>a new key: compare the fingerprint with the group by phone before trusting it</source>
        <translation>kunci baru: cocokkan sidik jari dengan kelompok lewat telepon sebelum memercayainya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the key Coact already trusts for this group</source>
        <translation>kunci yang sudah dipercayai Coact untuk kelompok ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a new key, handed over by a rotation record signed by the trusted key</source>
        <translation>kunci baru, diserahkan melalui catatan pergantian kunci yang ditandatangani oleh kunci tepercaya</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose a passphrase for the group&apos;s new signing key: </source>
        <translation>Pilih frasa sandi untuk kunci tanda tangan baru kelompok: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase of the group&apos;s signing key: </source>
        <translation>Frasa sandi kunci tanda tangan kelompok: </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Warning: this bundle is NOT encrypted. Anyone who gets the file can read it.</source>
        <translation>Perhatian: paket ini TIDAK terenkripsi. Siapa pun yang mendapatkan file ini dapat membacanya.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote {path} ({size}), bundle {sequence} of this group.</source>
        <translation>Sudah ditulis: {path} ({size}), paket {sequence} dari kelompok ini.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A signing key was made for the group.</source>
        <translation>Kunci tanda tangan sudah dibuat untuk kelompok.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key fingerprint (read it out to Coact): {words}</source>
        <translation>Sidik jari kunci (bacakan kepada Coact): {words}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{file}: intact and correctly signed.</source>
        <translation>{file}: utuh dan ditandatangani dengan benar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group: {group}</source>
        <translation>Kelompok: {group}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bundle: {sequence}, made {date}</source>
        <translation>Paket: {sequence}, dibuat {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key: {key}</source>
        <translation>Kunci: {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust: {trust}</source>
        <translation>Kepercayaan: {trust}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already received: importing it again changes nothing.</source>
        <translation>Sudah pernah diterima: mengimpornya lagi tidak mengubah apa pun.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location filename="../src/coact_desktop/cli/editions.py" line="+147"/>
        <source>{file}: refused. {reason}</source>
        <translation>{file}: tidak diterima. {reason}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cannot open it here: {reason}.</source>
        <translation>Tidak dapat dibuka di sini: {reason}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{file}: imported {name}, bundle {sequence} (already received; nothing changed).</source>
        <translation>{file}: paket {sequence} dari {name} sudah diimpor (sudah pernah diterima; tidak ada yang berubah).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}: imported {name}, bundle {sequence}.</source>
        <translation>{file}: paket {sequence} dari {name} sudah diimpor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}: held. {name} signs with a key Coact does not know yet. Phone the group and compare these words: {words}. Then accept it in the window&apos;s inbox, or import again with --trust-new-key.</source>
        <translation>{file}: ditahan. {name} menandatangani dengan kunci yang belum dikenal Coact. Teleponlah kelompok tersebut dan cocokkan kata-kata ini: {words}. Lalu terima paket ini di kotak masuk pada jendela program, atau impor lagi dengan --trust-new-key.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file}: not imported: a newer file from {name} (after bundle {sequence}) is already in the library, and the newest is kept.</source>
        <translation>{file}: tidak diimpor: file yang lebih baru dari {name} (setelah paket {sequence}) sudah ada di perpustakaan, dan yang disimpan adalah yang terbaru.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file}: not imported; the bundle is {state}.</source>
        <translation>{file}: tidak diimpor; status paket: {state}.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/drafts.py" line="+57"/>
        <location line="+87"/>
        <source>(no name yet)</source>
        <translation>(belum ada nama)</translation>
    </message>
    <message numerus="yes">
        <location line="-85"/>
        <source>saved {when}, %n revisions</source>
        <extracomment>One line of the drafts list: its id, the group&apos;s name, when it was last saved.</extracomment>
        <translation>
            <numerusform>disimpan {when}, %n revisi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Restored revision {old} as revision {new}.</source>
        <translation>Revisi {old} dipulihkan sebagai revisi {new}.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>place not given</source>
        <translation>tempat tidak disebutkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year not given</source>
        <translation>tahun tidak disebutkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place}; founded {year}</source>
        <translation>{place}; berdiri {year}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n events</source>
        <translation>
            <numerusform>%n peristiwa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n orang</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/editions.py" line="-59"/>
        <source>Copied the library&apos;s newest edition to {path}.</source>
        <translation>Edisi terbaru perpustakaan sudah disalin ke {path}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Passphrase of the root key: </source>
        <translation>Frasa sandi kunci induk: </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wrote {file}.</source>
        <translation>Sudah ditulis: {file}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Root version {version} is signed by {old_signed} of the {old_needed} current root keys needed and {new_signed} of the {new_needed} of its own.</source>
        <extracomment>A new list of root keys must be signed by enough of the current keys and of its own.</extracomment>
        <translation>Daftar kunci induk versi {version} sudah ditandatangani oleh {old_signed} dari {old_needed} kunci induk saat ini yang diperlukan, dan oleh {new_signed} dari {new_needed} kunci induknya sendiri yang diperlukan.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Readers will accept it.</source>
        <translation>Program pembaca akan menerimanya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More root keys must sign it.</source>
        <translation>Masih perlu tanda tangan dari kunci induk lainnya.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{file}: edition {edition}, against edition {have} here.</source>
        <translation>{file}: edisi {edition}, dibandingkan dengan edisi {have} di sini.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>chapter added: {title} ({slug}), {words}</source>
        <translation>bab ditambahkan: {title} ({slug}), {words}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chapter changed: {title} ({slug}), {added} and {removed}</source>
        <translation>bab diubah: {title} ({slug}), {added} dan {removed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chapter removed: {title} ({slug}), {words}</source>
        <translation>bab dihapus: {title} ({slug}), {words}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>+%n words</source>
        <extracomment>Words a changed chapter gains, as in &quot;+120 words&quot;.</extracomment>
        <translation>
            <numerusform>+%n kata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>-%n words</source>
        <extracomment>Words a changed chapter loses, as in &quot;-35 words&quot;.</extracomment>
        <translation>
            <numerusform>-%n kata</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>history added: {name}</source>
        <translation>sejarah ditambahkan: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>history changed: {name}</source>
        <translation>sejarah diubah: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>history removed: {name}</source>
        <translation>sejarah dikeluarkan: {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing would change but the edition&apos;s number and notes.</source>
        <translation>Tidak ada yang akan berubah selain nomor dan catatan edisi.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{folder}: no newer edition for this library.</source>
        <translation>{folder}: tidak ada edisi yang lebih baru untuk perpustakaan ini.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Imported before it: {files}.</source>
        <translation>Diimpor sebelumnya: {files}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{file}: imported.</source>
        <translation>{file}: sudah diimpor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: intact and signed by Coact.</source>
        <translation>{file}: utuh dan ditandatangani oleh Coact.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edition: {edition} of {library}, from {date}</source>
        <translation>Edisi: {edition} dari {library}, tanggal {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title: {title}</source>
        <translation>Judul: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed: {when} by the publishing key {key}</source>
        <translation>Ditandatangani: {when} dengan kunci penerbitan {key}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Histories: {names}</source>
        <translation>Sejarah: {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left out: {names} (no longer in this edition)</source>
        <translation>Dikeluarkan: {names} (tidak ada lagi di edisi ini)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the changes since the edition this library holds.</source>
        <translation>Hanya perubahan sejak edisi yang ada di perpustakaan ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library now has edition {edition}.</source>
        <translation>Perpustakaan sekarang memiliki edisi {edition}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What&apos;s new: {notes}</source>
        <translation>Yang baru: {notes}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: this computer&apos;s clock is behind: a file signed on {date} was already seen here. Set the date right.</source>
        <translation>Perhatian: jam komputer ini terlambat: file yang ditandatangani pada {date} sudah pernah terlihat di sini. Atur tanggal dengan benar.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>--delta-from: {file} is not a pack file (or say “{shipped}”).</source>
        <translation>--delta-from: {file} bukan file edisi (atau tulis “{shipped}”).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Wrote {file} ({size}): the changes that make edition {edition}, signed by {key}.</source>
        <translation>Sudah ditulis: {file} ({size}), berisi perubahan menuju edisi {edition}, ditandatangani dengan kunci {key}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrote {file} ({size}): edition {edition}, signed by {key}.</source>
        <translation>Sudah ditulis: {file} ({size}), edisi {edition}, ditandatangani dengan kunci {key}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{library}  edition {edition}, {date}: {title}</source>
        <translation>{library}  edisi {edition}, {date}: {title}</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/keys.py" line="+68"/>
        <source>Cannot read the passphrase file {path}: {reason}.</source>
        <translation>Tidak dapat membaca file frasa sandi {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A passphrase is needed: run this in a terminal, or give --passphrase-file FILE.</source>
        <translation>Frasa sandi diperlukan: jalankan ini di terminal, atau berikan --passphrase-file FILE.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type it again: </source>
        <translation>Ketik sekali lagi: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Kedua frasa sandi tidak sama; tidak ada yang diubah.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No signing key yet: it is made on the first export.</source>
        <translation>Belum ada kunci tanda tangan: kunci ini dibuat saat ekspor pertama.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wrote the public key {key} to {file}.</source>
        <translation>Kunci publik {key} sudah ditulis ke {file}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase of the signing key: </source>
        <translation>Frasa sandi kunci tanda tangan: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrote a backup of key {key} to {file}. It stays encrypted with its passphrase: keep the file and the passphrase in different places.</source>
        <translation>Cadangan kunci {key} sudah ditulis ke {file}. Cadangan ini tetap terenkripsi dengan frasa sandinya: simpan file dan frasa sandi di tempat yang berbeda.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase of the backed-up key: </source>
        <translation>Frasa sandi kunci cadangan: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored key {key}.</source>
        <translation>Kunci {key} sudah dipulihkan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase of the current key: </source>
        <translation>Frasa sandi kunci saat ini: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase for the new key: </source>
        <translation>Frasa sandi untuk kunci baru: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Made key {key}; key {old} signed the hand-over.</source>
        <translation>Kunci {key} sudah dibuat; kunci {old} menandatangani serah terimanya.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Key id:</source>
        <translation>ID kunci:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint:</source>
        <translation>Sidik jari:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public key:</source>
        <translation>Kunci publik:</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/search.py" line="+30"/>
        <source>Preparing search (first use)…</source>
        <translation>Menyiapkan pencarian (pertama kali)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No exact matches. Close spellings:</source>
        <translation>Tidak ada yang persis cocok. Ejaan yang mirip:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did you mean: {suggestion}</source>
        <translation>Mungkin maksud Anda: {suggestion}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>{shown} of %n results</source>
        <extracomment>{shown} results are listed of %n found in all.</extracomment>
        <translation>
            <numerusform>{shown} dari %n hasil</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/answers.py" line="+66"/>
        <source>{file}: Coact&apos;s answer: {decision}.</source>
        <translation>{file}: jawaban Coact: {decision}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is on the draft {draft} (bundle {n}).</source>
        <translation>Jawaban ini sekarang ada pada draf {draft} (paket {n}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>bundle {n}: {decision}, signed {when}</source>
        <translation>paket {n}: {decision}, ditandatangani {when}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refused. {reason}</source>
        <translation>Tidak diterima. {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--section-text: cannot read {file}: {reason}.</source>
        <translation>--section-text: tidak dapat membaca {file}: {reason}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../src/coact_desktop/cli/editions.py" line="-51"/>
        <source>Passphrase of the publishing key: </source>
        <translation>Frasa sandi kunci penerbitan: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote {file}: the answer to bundle {n} of the group.</source>
        <translation>Sudah ditulis: {file}, jawaban untuk paket {n} dari kelompok tersebut.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{option} takes TITLE=VALUE, as in {option} “How we began=…”.</source>
        <extracomment>TITLE and VALUE are written as they are: they name the parts of the option.</extracomment>
        <translation>{option} memerlukan TITLE=VALUE, misalnya {option} “Bagaimana kami memulai=…”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>accepted</source>
        <translation>diterima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted with changes</source>
        <translation>diterima dengan perubahan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changes asked for</source>
        <translation>perlu perubahan</translation>
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
        <translation>{folder} adalah Coact Desktop {version} persis seperti yang diterbitkan Coact: {files} file, semuanya tidak berubah, ditandatangani dengan kunci {key}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copied Coact Desktop {version} to {folder} and checked the copy.</source>
        <translation>Coact Desktop {version} sudah disalin ke {folder} dan salinannya sudah diperiksa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied the library to {folder}.</source>
        <translation>Perpustakaan sudah disalin ke {folder}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No edition from a file to pass on yet: the library that comes with the program is in it.</source>
        <translation>Belum ada edisi dari file untuk diteruskan: perpustakaan bawaan program sudah termasuk di dalam salinan program.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Whoever receives it can check it: {check} with Coact&apos;s publishing key (or: coact-desktop release verify FOLDER).</source>
        <extracomment>{check} is a command to type as it is (cd, sha256sum, minisign): not to be translated.</extracomment>
        <translation>Siapa pun yang menerimanya dapat memeriksanya: {check} dengan kunci penerbitan Coact (atau: coact-desktop release verify FOLDER).</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/protection.py" line="+81"/>
        <source>The drafts are protected by a passphrase: run this in a terminal, or give --unlock-file FILE.</source>
        <translation>Draf dilindungi dengan frasa sandi: jalankan ini di terminal, atau berikan --unlock-file FILE.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase of your group&apos;s drafts: </source>
        <translation>Frasa sandi draf kelompok Anda: </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The drafts are not protected by a passphrase.</source>
        <translation>Draf tidak dilindungi dengan frasa sandi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you forget this passphrase, nobody can open your drafts again, not even Coact.</source>
        <translation>Jika Anda lupa frasa sandi ini, tidak ada yang dapat membuka draf Anda lagi, bahkan Coact pun tidak.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <location line="+25"/>
        <source>New passphrase: </source>
        <translation>Frasa sandi baru: </translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+53"/>
        <source>Duress passphrase: </source>
        <translation>Frasa sandi darurat: </translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Paper key: </source>
        <translation>Kunci kertas: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The drafts open with the new passphrase. A duress passphrase, if one was set, was removed: set it again.</source>
        <translation>Mulai sekarang, draf dibuka dengan frasa sandi baru. Frasa sandi darurat, jika pernah ditetapkan, sudah dihapus: tetapkan lagi.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Anyone with this key and the laptop can read the drafts: copy it onto paper and keep it away from the laptop.</source>
        <translation>Siapa pun yang memegang kunci ini dan laptop ini dapat membaca draf: salin kunci ini ke kertas dan simpan jauh dari laptop.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The drafts are not protected by a passphrase: set one first.</source>
        <translation>Draf tidak dilindungi dengan frasa sandi: tetapkan frasa sandi lebih dulu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quick delete after wrong passphrases is off.</source>
        <translation>Hapus cepat setelah frasa sandi salah sekarang tidak aktif.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After {count} wrong passphrases in a row, the drafts, inbox, photos, keys and backups are destroyed for good, and nothing says so. A mistyped passphrase can set it off; it does not help against a copy of the disk made first.</source>
        <translation>Setelah frasa sandi salah diketik {count} kali berturut-turut, draf, kotak masuk, foto, kunci, dan cadangan dihapus untuk selamanya, tanpa pemberitahuan apa pun. Salah ketik frasa sandi pun dapat memicunya; ini tidak melindungi data dalam salinan disk yang dibuat sebelumnya.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Without a terminal, quick delete needs --yes.</source>
        <translation>Tanpa terminal, hapus cepat memerlukan --yes.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Passphrase: </source>
        <translation>Frasa sandi: </translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The drafts, their photos and files, the inbox and the keys are encrypted under a passphrase.</source>
        <translation>Draf beserta foto dan file lampirannya, kotak masuk, dan kunci-kunci terenkripsi dengan frasa sandi.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The drafts, their photos and files, the inbox and the keys are now encrypted.</source>
        <translation>Draf beserta foto dan file lampirannya, kotak masuk, dan kunci-kunci kini sudah terenkripsi.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The passphrase was changed.</source>
        <translation>Frasa sandi sudah diganti.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The duress passphrase was removed.</source>
        <translation>Frasa sandi darurat sudah dihapus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The duress passphrase was set.</source>
        <translation>Frasa sandi darurat sudah ditetapkan.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>delete</source>
        <extracomment>The word the person types to confirm quick delete; keep it one short word.</extracomment>
        <translation>hapus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This destroys the drafts, inbox, keys, backups and logs for good. Type {word} to go on: </source>
        <translation>Ini menghapus draf, kotak masuk, kunci, cadangan, dan file log untuk selamanya. Ketik {word} untuk melanjutkan: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was deleted.</source>
        <translation>Tidak ada yang dihapus.</translation>
    </message>
</context>
<context>
    <name>ContentsView</name>
    <message>
        <location filename="../src/coact_desktop/gui/contents_view.py" line="+22"/>
        <source>Contents</source>
        <translation>Daftar isi</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Models of organising</source>
        <translation>Model pengorganisasian</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Groups&apos; own histories</source>
        <translation>Sejarah yang ditulis kelompok sendiri</translation>
    </message>
</context>
<context>
    <name>DraftAnswers</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_answers.py" line="+56"/>
        <source>Coact has answered this history (bundle {sequence}).</source>
        <translation>Coact sudah menjawab sejarah ini (paket {sequence}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See Coact&apos;s answer</source>
        <translation>Lihat jawaban Coact</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Coact&apos;s version of {title} is in the draft.</source>
        <translation>Versi Coact untuk “{title}” sekarang ada di draf.</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_editor.py" line="+60"/>
        <source>Group profile…</source>
        <translation>Profil kelompok…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision history…</source>
        <translation>Riwayat revisi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to Coact…</source>
        <translation>Kirim ke Coact…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the draft and save it as one signed, encrypted file for Coact</source>
        <translation>Periksa draf dan simpan sebagai satu file yang ditandatangani dan terenkripsi untuk Coact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sections</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add section</source>
        <translation>Tambah bagian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>Ganti nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Pindah ke atas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Pindah ke bawah</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Section text</source>
        <translation>Teks bagian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write here. Markdown works: **bold**, - lists, # headings.</source>
        <translation>Tulis di sini. Markdown bisa dipakai: **tebal**, - daftar, # judul.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent warning</source>
        <translation>Peringatan persetujuan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the pseudonym everywhere</source>
        <translation>Pakai nama samaran di semua tempat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preview</source>
        <extracomment>Button: shows the draft as readers will see it.</extracomment>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See the draft as it would appear in the library&apos;s reading view</source>
        <translation>Lihat draf seperti tampilannya nanti saat dibaca di perpustakaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview of the whole draft</source>
        <translation>Pratinjau seluruh draf</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save status</source>
        <translation>Status penyimpanan</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Parts of the draft</source>
        <extracomment>The tabs of a draft: text, timeline, people and consent, photos and files.</extracomment>
        <translation>Bagian-bagian draf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline</source>
        <extracomment>Tab of a draft: the dated events of the group&apos;s history.</extracomment>
        <translation>Linimasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+241"/>
        <source>People and consent</source>
        <translation>Orang dan persetujuan</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Photos and files</source>
        <translation>Foto dan file</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>(no name yet)</source>
        <translation>(belum ada nama)</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>People and consent ({count} to check)</source>
        <translation>Orang dan persetujuan ({count} perlu diperiksa)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Names to check: {count}. A real name is used without consent in the text, the timeline or a file. Record their consent here, or use their pseudonym. ({keys})</source>
        <translation>Nama yang perlu diperiksa: {count}. Ada nama asli yang dipakai tanpa persetujuan di teks, linimasa, atau file. Catat persetujuan orang tersebut di sini, atau pakai nama samarannya. ({keys})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“{name}” is named in this section but has not agreed to be named. Use their pseudonym instead, or record their consent under People.</source>
        <translation>“{name}” disebut di bagian ini tetapi belum setuju namanya disebut. Pakai nama samarannya, atau catat persetujuannya di tab “Orang dan persetujuan”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give them a pseudonym under People first.</source>
        <translation>Beri dulu nama samaran di tab “Orang dan persetujuan”.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New section</source>
        <translation>Bagian baru</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rename section</source>
        <translation>Ganti nama bagian</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
</context>
<context>
    <name>DraftTables</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_tables.py" line="+221"/>
        <source>Remove</source>
        <extracomment>Button: remove the chosen row (an event or a person).</extracomment>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a row (Alt+A)</source>
        <translation>Tambah baris (Alt+A)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A year such as 1998; a date in words goes under When.</source>
        <translation>Tahun, misalnya 1998; tanggal dalam kata-kata ditulis di kolom “Kapan”.</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_guide.py" line="+25"/>
        <source>How the group began</source>
        <translation>Awal mula kelompok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the group does</source>
        <translation>Kegiatan kelompok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Milestones</source>
        <extracomment>Title of a section every new draft starts with: the group&apos;s key moments.</extracomment>
        <translation>Tonggak penting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Challenges and responses</source>
        <translation>Tantangan dan tanggapan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achievements</source>
        <translation>Pencapaian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lessons for other groups</source>
        <translation>Pelajaran untuk kelompok lain</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>When and where did the group start, who started it, and why? Was it a reaction to something happening in your drug scene?</source>
        <translation>Kapan dan di mana kelompok ini dimulai, siapa yang memulainya, dan mengapa? Apakah itu tanggapan atas sesuatu yang terjadi di lingkungan pengguna napza di tempat Anda?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What does the group do: peer support, needle and syringe programmes, treatment advocacy, legal help, outreach, campaigning? Which models of organising fit?</source>
        <translation>Apa kegiatan kelompok ini: dukungan sebaya, layanan alat suntik steril, advokasi pengobatan, bantuan hukum, penjangkauan, kampanye? Model pengorganisasian mana yang cocok?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What were the important moments, and when did they happen?</source>
        <translation>Apa saja momen penting, dan kapan terjadinya?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What got in the way (the police, funding, stigma, the law), and how did you respond?</source>
        <translation>Apa yang menghambat (polisi, pendanaan, stigma, hukum), dan bagaimana Anda menanggapinya?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What changed because of the group?</source>
        <translation>Apa yang berubah berkat kelompok ini?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would you tell a group that is just starting?</source>
        <translation>Apa pesan Anda untuk kelompok yang baru mulai?</translation>
    </message>
</context>
<context>
    <name>DraftsView</name>
    <message>
        <location filename="../src/coact_desktop/gui/drafts_view.py" line="+67"/>
        <source>Drafts</source>
        <translation>Draf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New draft…</source>
        <translation>Draf baru…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write your group&apos;s own history here, at your own pace. Everything you type is kept on this computer and saved as you go.

Start with “New draft…”.</source>
        <translation>Tulis sejarah kelompok Anda sendiri di sini, sesuai kecepatan Anda. Semua yang Anda ketik disimpan di komputer ini, otomatis sambil Anda menulis.

Mulailah dengan “Draf baru…”.</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Fix what the check found, then go on sending the file to Coact.</source>
        <extracomment>Shown instead of the list and editor while the drafts are locked.</extracomment>
        <translation>Perbaiki yang ditemukan oleh pemeriksaan, lalu lanjutkan pengiriman file ke Coact.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check again</source>
        <extracomment>Button: look at the draft again for problems before sending.</extracomment>
        <translation>Periksa lagi</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+166"/>
        <source>(no name yet)</source>
        <translation>(belum ada nama)</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Choose a draft in the list to go on writing it, or start another with “New draft…”.</source>
        <translation>Pilih draf dalam daftar untuk melanjutkan menulis, atau mulai draf lain dengan “Draf baru…”.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Coact Desktop did not close properly last time. Your draft is back as it was at its last autosave ({time}).</source>
        <translation>Coact Desktop tidak tertutup dengan benar terakhir kali. Draf Anda sudah kembali seperti saat penyimpanan otomatis terakhir ({time}).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All changes saved.</source>
        <translation>Semua perubahan tersimpan.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>All changes saved ({time}).</source>
        <translation>Semua perubahan tersimpan ({time}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not saved yet: {reason} Your text is kept and will be saved again.</source>
        <translation>Belum tersimpan: {reason} Teks Anda tidak hilang dan akan dicoba disimpan lagi.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Attach a photo or a document</source>
        <translation>Lampirkan foto atau dokumen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos, PDF documents and text (*.jpg *.jpeg *.png *.pdf *.txt *.md)</source>
        <translation>Foto, dokumen PDF, dan teks (*.jpg *.jpeg *.png *.pdf *.txt *.md)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Caption</source>
        <extracomment>Title of a small dialog asking for a photo&apos;s caption.</extracomment>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What does it show? (optional)</source>
        <translation>Apa yang ditampilkan? (tidak wajib)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removing hidden details from the file…</source>
        <translation>Menghapus informasi tersembunyi dari file…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file was cleaned, but another draft is open now: attach it again.</source>
        <translation>File sudah dibersihkan, tetapi sekarang draf lain yang terbuka: lampirkan file itu lagi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>camera and author details (EXIF)</source>
        <translation>informasi kamera dan pembuat (EXIF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the place it was taken (GPS)</source>
        <translation>tempat foto diambil (GPS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>editing details (XMP)</source>
        <translation>informasi penyuntingan (XMP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>captions and credits (IPTC)</source>
        <translation>keterangan dan kredit (IPTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hidden comment</source>
        <translation>komentar tersembunyi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a colour profile</source>
        <translation>profil warna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text notes (author, description)</source>
        <translation>catatan teks (pembuat, deskripsi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the author and the program that made it</source>
        <translation>pembuat dan program yang membuatnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comments and their authors&apos; names, links and form fields</source>
        <translation>komentar beserta nama penulisnya, tautan, dan isian formulir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hidden extras (scripts, attached files, private program data)</source>
        <translation>tambahan tersembunyi (skrip, file lampiran, data internal program)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attached. Removed from the copy: {removed}.</source>
        <translation>Sudah dilampirkan. Dihapus dari salinan: {removed}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attached. The file carried no hidden details.</source>
        <translation>Sudah dilampirkan. File ini tidak berisi informasi tersembunyi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The original file was not copied or changed.</source>
        <translation>File asli tidak disalin dan tidak diubah.</translation>
    </message>
</context>
<context>
    <name>EditionImport</name>
    <message>
        <location filename="../src/coact_desktop/gui/edition_import.py" line="+54"/>
        <source>Checking {name}…</source>
        <translation>Memeriksa {name}…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;p&gt;&lt;b&gt;{title}&lt;/b&gt;, edition {edition}, from {date}.&lt;/p&gt;&lt;p&gt;Signed by Coact on {created}. The library now has edition {have}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{title}&lt;/b&gt;, edisi {edition}, tanggal {date}.&lt;/p&gt;&lt;p&gt;Ditandatangani oleh Coact pada {created}. Perpustakaan saat ini memiliki edisi {have}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;p&gt;Group histories in it: {names}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sejarah kelompok di dalamnya: {names}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;No longer in it: {names}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tidak ada lagi di dalamnya: {names}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;What is new: {notes}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Yang baru: {notes}&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;p&gt;It comes in %n files, checked and imported one after the other.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Edisi ini terdiri dari %n file, yang diperiksa dan diimpor satu per satu.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Your drafts, keys and reading place are kept.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Draf, kunci, dan posisi baca Anda tetap tersimpan.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;This computer&apos;s clock is behind:&lt;/b&gt; a file signed on {seen} was already seen here. Set the date right, or an old edition could pass for a new one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Jam komputer ini terlambat:&lt;/b&gt; file yang ditandatangani pada {seen} sudah pernah terlihat di sini. Atur tanggal dengan benar, agar edisi lama tidak dianggap sebagai edisi baru.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import this edition?</source>
        <translation>Impor edisi ini?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import</source>
        <extracomment>Button: take the new edition into the library on this computer.</extracomment>
        <translation>Impor</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The edition was not imported.</source>
        <translation>Edisi tidak diimpor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importing {name}…</source>
        <translation>Mengimpor {name}…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edition {edition} is now in the library.</source>
        <translation>Edisi {edition} sekarang ada di perpustakaan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{done} The next file was not imported. {reason}</source>
        <translation>{done} File berikutnya tidak diimpor. {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopped. Nothing was changed.</source>
        <translation>Dihentikan. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stick holds no newer edition than yours.</source>
        <translation>Di flashdisk ini tidak ada edisi yang lebih baru dari milik Anda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The edition was not imported. {reason}</source>
        <translation>Edisi tidak diimpor. {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not imported</source>
        <translation>Tidak diimpor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edition</source>
        <extracomment>An edition: one signed, numbered release of the history (the library).</extracomment>
        <translation>Edisi</translation>
    </message>
</context>
<context>
    <name>EditionPreview</name>
    <message>
        <location filename="../src/coact_desktop/gui/edition_preview.py" line="+29"/>
        <source>Preview of edition {n}</source>
        <translation>Pratinjau edisi {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview: edition {n}, {date}. Nothing is published yet.</source>
        <translation>Pratinjau: edisi {n}, {date}. Belum ada yang diterbitkan.</translation>
    </message>
</context>
<context>
    <name>EditionsWorkspace</name>
    <message>
        <location filename="../src/coact_desktop/gui/editions_workspace.py" line="+75"/>
        <source>Editions workspace</source>
        <translation>Ruang kerja edisi</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Edition {new}, made from edition {old} of {date}.</source>
        <translation>Edisi {new}, dibuat dari edisi {old} tanggal {date}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accepted histories</source>
        <translation>Sejarah yang diterima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticked histories go into the edition, in this order.</source>
        <translation>Sejarah yang dicentang masuk ke edisi, dengan urutan ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;up</source>
        <translation>Pindah ke &amp;atas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>Pindah ke ba&amp;wah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model of organising</source>
        <translation>Model pengorganisasian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model: under “Groups&apos; own histories”</source>
        <translation>Tanpa model: di bawah “Sejarah yang ditulis kelompok sendiri”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chapters of the edition</source>
        <translation>Bab-bab edisi ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add a chapter from Markdown…</source>
        <translation>&amp;Tambah bab dari Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace with Markdown…</source>
        <translation>&amp;Ganti dengan Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the change &amp;out</source>
        <translation>&amp;Hapus perubahan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What&apos;s new, for readers</source>
        <translation>Yang baru, untuk pembaca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is new in this edition, in a few lines.</source>
        <translation>Apa yang baru di edisi ini, dalam beberapa baris.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publishing key file</source>
        <translation>File kunci penerbitan</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Choose the publishing key file</source>
        <translation>Pilih file kunci penerbitan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase of the publishing key</source>
        <translation>Frasa sandi kunci penerbitan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder to save the edition in</source>
        <translation>Folder untuk menyimpan edisi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the folder</source>
        <translation>Pilih folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view as readers will see it</source>
        <translation>&amp;Pratinjau seperti yang dilihat pembaca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Publish…</source>
        <translation>Te&amp;rbitkan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Groups&apos; histories</source>
        <translation>Sejarah &amp;kelompok</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Under the &amp;model:</source>
        <translation>Di bawah &amp;model:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;hapters</source>
        <translation>&amp;Bab</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What&apos;s &amp;new:</source>
        <translation>&amp;Yang baru:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publishing &amp;key:</source>
        <translation>Kunci pe&amp;nerbitan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;ssphrase:</source>
        <translation>&amp;Frasa sandi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;to:</source>
        <translation>&amp;Simpan ke:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No history has been accepted in the inbox yet: chapters and notes only.</source>
        <translation>Belum ada sejarah yang diterima di kotak masuk: hanya bab dan catatan.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{title}  (replaced from {file})</source>
        <translation>{title}  (diganti dari {file})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New: {title}  (from {file})</source>
        <translation>Baru: {title}  (dari {file})</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Markdown (*.md *.markdown *.txt);;All files (*)</source>
        <translation>Markdown (*.md *.markdown *.txt);;Semua file (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This file cannot be used</source>
        <translation>File ini tidak dapat dipakai</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a chapter</source>
        <translation>Tambah bab</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No title</source>
        <translation>Tidak ada judul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the file with its title on a line of its own, as “# Title”.</source>
        <translation>Awali file dengan judulnya di baris tersendiri, seperti “# Judul”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replace</source>
        <extracomment>Title of a file dialog: choose a Markdown file to replace a chapter&apos;s text.</extracomment>
        <translation>Ganti</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The plan could not be saved: {error}</source>
        <translation>Rencana tidak dapat disimpan: {error}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Putting the edition together…</source>
        <translation>Menyusun edisi…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Facts no longer quoted by the text are left out: {n}.</source>
        <translation>Fakta yang tidak lagi dikutip dalam teks tidak dimasukkan: {n}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the publishing key file first.</source>
        <translation>Pilih dulu file kunci penerbitan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a folder to save the edition in.</source>
        <translation>Pilih folder untuk menyimpan edisi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Publish edition {n}?</source>
        <translation>Terbitkan edisi {n}?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edition {n} will hold {histories} and {chapters}. It is signed with the key in {key} and saved in {folder}. Readers who import it see it as it was in the preview.</source>
        <extracomment>{histories} and {chapters} are the two phrases translated just before this one.</extracomment>
        <translation>Edisi {n} akan berisi {histories} dan {chapters}. Edisi ini ditandatangani dengan kunci di {key} dan disimpan di {folder}. Pembaca yang mengimpornya akan melihatnya seperti di pratinjau.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n groups&apos; histories</source>
        <extracomment>Part of &quot;Edition 5 will hold 3 groups&apos; histories and …&quot;.</extracomment>
        <translation>
            <numerusform>%n sejarah kelompok</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new or changed chapters</source>
        <extracomment>Part of &quot;Edition 5 will hold … and 2 new or changed chapters&quot;.</extracomment>
        <translation>
            <numerusform>%n bab baru atau yang diubah</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Signing and writing edition {n}…</source>
        <translation>Menandatangani dan menulis edisi {n}…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edition published</source>
        <translation>Edisi sudah diterbitkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved in {folder}: {names}. Send the small “-delta” file to readers who have the edition before; the full one to everyone else.</source>
        <translation>Tersimpan di {folder}: {names}. Kirim file kecil “-delta” kepada pembaca yang memiliki edisi sebelumnya; file lengkap kepada semua orang lainnya.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopped. Nothing was published.</source>
        <translation>Dihentikan. Tidak ada yang diterbitkan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not done</source>
        <translation>Tidak selesai</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The publishing key</source>
        <translation>Kunci penerbitan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the edition in</source>
        <translation>Simpan edisi di</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../src/coact_desktop/words/errors.py" line="+16"/>
        <source>Something went wrong inside Coact Desktop ({error}). The details are in the log file in your profile folder.</source>
        <translation>Terjadi masalah di dalam Coact Desktop ({error}). Rinciannya ada di file log di folder profil Anda.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coact Desktop cannot use the folder {path}. Check that it exists and that you may write to it, or start the program with --data-dir and another folder.</source>
        <translation>Coact Desktop tidak dapat memakai folder {path}. Pastikan folder itu ada dan Anda boleh menulis ke dalamnya, atau jalankan program dengan --data-dir dan folder lain.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The library database could not be opened or updated. Nothing was changed.</source>
        <translation>Basis data perpustakaan tidak dapat dibuka atau diperbarui. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history that comes with this copy of Coact Desktop is damaged. Please install the program again.</source>
        <translation>Sejarah yang disertakan dalam salinan Coact Desktop ini rusak. Silakan pasang ulang program ini.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search could not run.</source>
        <translation>Pencarian tidak dapat dijalankan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That part of the history could not be found.</source>
        <translation>Bagian sejarah itu tidak dapat ditemukan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>Dibatalkan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file cannot be attached safely. Coact Desktop attaches photos (JPEG, PNG) and text files, after removing their hidden details.</source>
        <translation>File ini tidak dapat dilampirkan dengan aman. Coact Desktop melampirkan foto (JPEG, PNG) dan file teks, setelah menghapus informasi tersembunyinya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This draft file is not valid.</source>
        <translation>File draf ini tidak valid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A draft with this identity is already here.</source>
        <translation>Draf dengan identitas ini sudah ada di sini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file cannot be used.</source>
        <translation>File kunci ini tidak dapat dipakai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature is not valid.</source>
        <translation>Tanda tangan tidak sah.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file was refused, and nothing in the library was changed.</source>
        <translation>File ini tidak diterima, dan tidak ada yang diubah di perpustakaan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file could not be written; nothing was sent.</source>
        <translation>File tidak dapat ditulis; tidak ada yang dikirim.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your group&apos;s drafts are locked. Unlock them with your passphrase first.</source>
        <translation>Draf kelompok Anda terkunci. Buka kuncinya dulu dengan frasa sandi Anda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file that keeps the key to your drafts (data-key.json in the profile folder) is missing or damaged, so the drafts cannot be opened. Nothing was changed.</source>
        <translation>File yang menyimpan kunci pembuka draf Anda (data-key.json di folder profil) hilang atau rusak, sehingga draf tidak dapat dibuka. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The draft is not ready to send; nothing was written. The check before sending lists what to fix.</source>
        <translation>Draf ini belum siap dikirim; tidak ada yang ditulis. Pemeriksaan sebelum pengiriman mencantumkan apa saja yang perlu diperbaiki.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Pilih frasa sandi dengan paling sedikit 8 karakter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This passphrase does not open this key file; check that it is the one set for it.</source>
        <translation>Frasa sandi ini tidak membuka file kunci ini; pastikan frasa sandi ini memang yang ditetapkan untuk file kunci tersebut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This passphrase does not open your group&apos;s drafts; nothing was changed. Check the keyboard language and Caps Lock, and try again.</source>
        <translation>Frasa sandi ini tidak membuka draf kelompok Anda; tidak ada yang diubah. Periksa bahasa keyboard dan Caps Lock, lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The duress passphrase must differ from your usual passphrase.</source>
        <translation>Frasa sandi darurat harus berbeda dari frasa sandi biasa Anda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A paper key is 14 groups of 4 letters and digits. Copy all of them from the paper.</source>
        <translation>Kunci kertas terdiri dari 14 blok, masing-masing berisi 4 huruf dan angka. Salin semuanya dari kertas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This paper key has a mistake in it; nothing was changed. Compare each group with the paper.</source>
        <translation>Ada kesalahan pada kunci kertas ini; tidak ada yang diubah. Cocokkan setiap blok dengan kertasnya.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This paper key does not open these drafts; nothing was changed. It may be the paper of another laptop or of an older profile.</source>
        <translation>Kunci kertas ini tidak membuka draf ini; tidak ada yang diubah. Mungkin ini kertas dari laptop lain atau dari profil yang lebih lama.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup also keeps the key that opens Coact&apos;s answers to your group: give the signing key&apos;s passphrase to lock it in the backup.</source>
        <translation>Cadangan ini juga menyimpan kunci yang membuka jawaban Coact untuk kelompok Anda: masukkan frasa sandi kunci tanda tangan untuk menguncinya di dalam cadangan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This passphrase does not open your group&apos;s signing key. Nobody can recover a forgotten passphrase, not even Coact: that is what keeps the key safe if the laptop is taken. If it is lost for good, restore a key backup whose passphrase you know, or ask Coact how to send your history under a new key.</source>
        <translation>Frasa sandi ini tidak membuka kunci tanda tangan kelompok Anda. Frasa sandi yang terlupa tidak dapat dipulihkan oleh siapa pun, bahkan oleh Coact: itulah yang menjaga kunci tetap aman jika laptop diambil orang. Jika frasa sandi benar-benar hilang, pulihkan cadangan kunci yang frasa sandinya Anda ketahui, atau tanyakan kepada Coact cara mengirim sejarah Anda dengan kunci baru.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>chapter</source>
        <translation>bab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model of organising</source>
        <translation>model pengorganisasian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>negara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decade</source>
        <translation>dekade</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown {what} “{value}”. Choose one of: {choices}.</source>
        <extracomment>{what} is one of: chapter, model of organising, country, decade (translated just before).</extracomment>
        <translation>Tidak dikenal: {what} “{value}”. Pilih salah satu: {choices}.</translation>
    </message>
</context>
<context>
    <name>EventsTable</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_tables.py" line="+161"/>
        <source>When</source>
        <extracomment>Column of the timeline: when the event happened, in the group&apos;s own words.</extracomment>
        <translation>Kapan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year</source>
        <extracomment>Column of the timeline: the year as a number, used to sort the events.</extracomment>
        <translation>Tahun</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>What happened</source>
        <translation>Apa yang terjadi</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>People involved</source>
        <translation>Orang yang terlibat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations involved</source>
        <translation>Organisasi yang terlibat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add event</source>
        <translation>Tambah peristiwa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The group&apos;s timeline</source>
        <translation>Linimasa kelompok</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When it happened, in words: “spring 2005”, “after the first raid”</source>
        <translation>Kapan terjadinya, dalam kata-kata: “awal tahun 2005”, “setelah razia pertama”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The year as a number, such as 2005: it puts the timeline in order</source>
        <translation>Tahun dalam angka, misalnya 2005: untuk mengurutkan linimasa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names from People and consent are suggested: as each may be shown</source>
        <translation>Nama dari “Orang dan persetujuan” akan disarankan, dalam bentuk yang boleh ditampilkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations the library knows are suggested; any other can be typed</source>
        <translation>Organisasi yang dikenal perpustakaan akan disarankan; organisasi lain juga boleh diketik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. spring 2005</source>
        <translation>mis. awal tahun 2005</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2005</source>
        <translation>mis. 2005</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened?</source>
        <translation>Apa yang terjadi?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names, separated by commas</source>
        <translation>Nama, dipisahkan dengan koma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations, separated by commas</source>
        <translation>Organisasi, dipisahkan dengan koma</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../src/coact_desktop/words/problems.py" line="+22"/>
        <source>name</source>
        <extracomment>A field of the group profile that is missing, inside a sentence: lower case.</extracomment>
        <translation>nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>negara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>city</source>
        <translation>kota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year founded</source>
        <translation>tahun berdiri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>models of organising</source>
        <translation>model pengorganisasian</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the timeline</source>
        <extracomment>Where a problem is, inside a sentence: the draft&apos;s list of dated events.</extracomment>
        <translation>linimasa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The group has no name yet: fill in the group profile.</source>
        <translation>Kelompok ini belum punya nama: isi profil kelompok.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The group profile has no {field}.</source>
        <translation>Profil kelompok belum berisi {field}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}” appears in “{where}” but has not agreed to be named. Use their pseudonym, or record their consent under People and consent.</source>
        <translation>“{name}” muncul di “{where}” tetapi belum setuju namanya disebut. Pakai nama samarannya, atau catat persetujuannya di “Orang dan persetujuan”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is to be shown by a pseudonym, but none is written yet.</source>
        <translation>{name} akan ditampilkan dengan nama samaran, tetapi nama samarannya belum ditulis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is named in event {number} of the timeline but not listed under People and consent.</source>
        <translation>{name} disebut di peristiwa {number} pada linimasa, tetapi tidak tercantum di “Orang dan persetujuan”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The attachment “{name}” is missing from this computer; remove it and attach it again.</source>
        <translation>Lampiran “{name}” tidak ada di komputer ini; hapus lampiran itu dan lampirkan lagi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The attachment “{name}” has changed since it was attached; remove it and attach it again.</source>
        <translation>Lampiran “{name}” sudah berubah sejak dilampirkan; hapus lampiran itu dan lampirkan lagi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The attachment “{name}” still carries hidden details (place, camera or author); remove it and attach it again.</source>
        <translation>Lampiran “{name}” masih berisi informasi tersembunyi (tempat, kamera, atau pembuat); hapus lampiran itu dan lampirkan lagi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is written in the draft yet.</source>
        <translation>Belum ada yang ditulis di draf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some pages of “{name}” could not be read to check for names; make sure it names nobody who has not agreed.</source>
        <translation>Beberapa halaman “{name}” tidak dapat dibaca untuk memeriksa nama; pastikan file itu tidak menyebut siapa pun yang belum setuju.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The attachment “{name}” contains the real name of someone who has not agreed to be named. Remove it, or attach a copy without the name.</source>
        <translation>Lampiran “{name}” berisi nama asli seseorang yang belum setuju namanya disebut. Hapus lampiran itu, atau lampirkan salinan tanpa nama tersebut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}” is longer than a history sent to Coact may hold; shorten it.</source>
        <translation>“{name}” lebih panjang daripada yang dapat dimuat dalam sejarah yang dikirim ke Coact; persingkat.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The group profile names more than {limit} languages; one file sent to Coact may hold no more. Keep the main ones.</source>
        <translation>Profil kelompok mencantumkan lebih dari {limit} bahasa; satu file yang dikirim ke Coact tidak dapat memuat lebih dari itu. Pertahankan yang utama saja.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The group profile names more than {limit} models of organising; one file sent to Coact may hold no more. Keep the main ones.</source>
        <translation>Profil kelompok mencantumkan lebih dari {limit} model pengorganisasian; satu file yang dikirim ke Coact tidak dapat memuat lebih dari itu. Pertahankan yang utama saja.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The history has more than {limit} sections; one file sent to Coact may hold no more. Join some of them together.</source>
        <translation>Sejarah ini memiliki lebih dari {limit} bagian; satu file yang dikirim ke Coact tidak dapat memuat lebih dari itu. Gabungkan beberapa bagian menjadi satu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The timeline has more than {limit} events; one file sent to Coact may hold no more. Remove some before sending.</source>
        <translation>Linimasa berisi lebih dari {limit} peristiwa; satu file yang dikirim ke Coact tidak dapat memuat lebih dari itu. Hapus beberapa peristiwa sebelum mengirim.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The list of people has more than {limit} names; one file sent to Coact may hold no more. Remove some before sending.</source>
        <translation>Daftar orang berisi lebih dari {limit} nama; satu file yang dikirim ke Coact tidak dapat memuat lebih dari itu. Hapus beberapa nama sebelum mengirim.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More than {limit} photos and documents are attached; one file sent to Coact may hold no more. Remove some before sending.</source>
        <translation>Lebih dari {limit} foto dan dokumen dilampirkan; satu file yang dikirim ke Coact tidak dapat memuat lebih dari itu. Hapus beberapa lampiran sebelum mengirim.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>“{code}” is not a language code Coact can read. In the group profile, choose the language the history is written in, or type its code (such as ky or pt-BR).</source>
        <translation>“{code}” bukan kode bahasa yang dapat dibaca Coact. Di profil kelompok, pilih bahasa yang dipakai untuk menulis sejarah ini, atau ketik kodenya (misalnya ky atau pt-BR).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The section “{title}” is empty; it will be left out.</source>
        <translation>Bagian “{title}” kosong; bagian ini tidak akan disertakan.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/gui/export_wizard.py" line="+53"/>
        <source>Send the history to Coact</source>
        <translation>Kirim sejarah ke Coact</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_files_page.py" line="+33"/>
        <source>Attachments</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Photos and PDF documents are copied without their hidden details (place, camera, author, comments). The original file is never copied into Coact Desktop.</source>
        <translation>Foto dan dokumen PDF disalin tanpa informasi tersembunyinya (tempat, kamera, pembuat, komentar). File asli tidak pernah disalin ke Coact Desktop.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attach a photo or document…</source>
        <translation>Lampirkan foto atau dokumen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../src/coact_desktop/gui/find_bar.py" line="+23"/>
        <location line="+1"/>
        <source>Find in this chapter</source>
        <translation>Temukan di bab ini</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous</source>
        <extracomment>Find in the chapter: go to the previous match.</extracomment>
        <translation>Sebelumnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Hasil sebelumnya (Shift+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match (Enter)</source>
        <translation>Hasil berikutnya (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar (Esc)</source>
        <translation>Tutup bilah pencarian (Esc)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>{current} of {total}</source>
        <translation>{current} dari {total}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No matches</source>
        <translation>Tidak ditemukan</translation>
    </message>
</context>
<context>
    <name>FormatBar</name>
    <message>
        <location filename="../src/coact_desktop/gui/markdown_format.py" line="+20"/>
        <source>Bold</source>
        <translation>Tebal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bold (Ctrl+B)</source>
        <translation>Tebal (Ctrl+B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make this line a heading</source>
        <translation>Jadikan baris ini judul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List</source>
        <translation>Daftar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make these lines a list</source>
        <translation>Jadikan baris-baris ini daftar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Tautan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link to a web address (Ctrl+L)</source>
        <translation>Tautan ke alamat web (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>text</source>
        <extracomment>Placeholder word put inside a new link when nothing was selected.</extracomment>
        <translation>teks</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../src/coact_desktop/gui/inbox_view.py" line="+50"/>
        <source>Open bundle files…</source>
        <translation>Buka file paket…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coact&apos;s identity file…</source>
        <translation>File kunci pembuka Coact…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received bundles</source>
        <translation>Paket yang diterima</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened to each file</source>
        <translation>Apa yang terjadi pada setiap file</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Key fingerprint words</source>
        <translation>Kata sidik jari kunci</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The words match: trust this key</source>
        <translation>Kata-katanya cocok: percayai kunci ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept into the library</source>
        <translation>Terima ke perpustakaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject…</source>
        <translation>Tolak…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;nswer the group…</source>
        <translation>&amp;Jawab kelompok…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The history, as plain text</source>
        <translation>Sejarah, sebagai teks biasa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes since the group&apos;s previous file</source>
        <translation>Perubahan sejak file kelompok sebelumnya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history</source>
        <translation>Sejarah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes since the previous file</source>
        <translation>Perubahan sejak file sebelumnya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files that groups send to Coact arrive here. Open one with “Open bundle files…”: it is checked before anything is kept, and nothing goes into the library until you accept it.</source>
        <translation>File yang dikirim kelompok ke Coact masuk ke sini. Buka file dengan “Buka file paket…”: file diperiksa sebelum ada yang disimpan, dan tidak ada yang masuk ke perpustakaan sampai Anda menerimanya.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Identity: {name}</source>
        <translation>Kunci pembuka: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No identity file chosen: only unencrypted files can be opened.</source>
        <translation>Belum ada file kunci pembuka yang dipilih: hanya file yang tidak terenkripsi yang dapat dibuka.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coact&apos;s age identity file</source>
        <translation>File kunci pembuka Coact (age)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open bundle files</source>
        <translation>Buka file paket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coact bundles (*.coact);;All files (*)</source>
        <translation>Paket Coact (*.coact);;Semua file (*)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>{file}: refused. {why}</source>
        <translation>{file}: tidak diterima. {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: already received; nothing changed.</source>
        <translation>{file}: sudah pernah diterima; tidak ada yang berubah.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: checked and kept for review.</source>
        <translation>{file}: sudah diperiksa dan disimpan untuk ditinjau.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{group} — file {n}
{state}, {date}</source>
        <translation>{group} — file {n}
{state}, {date}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{group}, file {n}</source>
        <translation>{group}, file {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State: {state}. Made {date}; received {received}. {encrypted}
Key {key}. Bundle {bundle}.</source>
        <translation>Status: {state}. Dibuat {date}; diterima {received}. {encrypted}
Kunci {key}. Paket {bundle}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It was encrypted.</source>
        <translation>File ini terenkripsi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was NOT encrypted.</source>
        <translation>File ini TIDAK terenkripsi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rejected: {reason}</source>
        <translation>Ditolak: {reason}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This is the first file received from this group.</source>
        <translation>Ini file pertama yang diterima dari kelompok ini.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>file {n}</source>
        <translation>file {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No changes.</source>
        <translation>Tidak ada perubahan.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Reject the file</source>
        <translation>Tolak file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why? (The group can be told.)</source>
        <translation>Mengapa? (Alasannya dapat disampaikan kepada kelompok.)</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/words/inbox.py" line="+15"/>
        <source>held: check the key</source>
        <translation>ditahan: periksa kuncinya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verified</source>
        <extracomment>State of a received bundle: its signature and contents were checked and are good.</extracomment>
        <translation>terverifikasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the library</source>
        <translation>di perpustakaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected</source>
        <extracomment>State of a received bundle: Coact decided not to take it.</extracomment>
        <translation>ditolak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replaced by a newer file</source>
        <translation>digantikan oleh file yang lebih baru</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This group&apos;s key was new to Coact when the file came; it is trusted since its words were compared with the group.</source>
        <translation>Kunci kelompok ini masih baru bagi Coact saat file ini datang; kunci ini dipercayai sejak kata-katanya dicocokkan dengan kelompok tersebut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This group&apos;s key is new to Coact. Phone the group (on a number you already know, not one from the file) and ask them to read out their key&apos;s words. Trust the key only if every word matches.</source>
        <translation>Kunci kelompok ini baru bagi Coact. Teleponlah kelompok tersebut (di nomor yang sudah Anda kenal, bukan nomor dari file) dan minta mereka membacakan kata-kata kunci mereka. Percayai kunci ini hanya jika setiap kata cocok.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed with the key Coact already trusts for this group.</source>
        <translation>Ditandatangani dengan kunci yang sudah dipercayai Coact untuk kelompok ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed with a new key that the group&apos;s trusted key handed over to (a signed rotation record).</source>
        <translation>Ditandatangani dengan kunci baru yang menerima serah terima dari kunci tepercaya kelompok (ada catatan pergantian kunci yang ditandatangani).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founded</source>
        <translation>Berdiri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still active</source>
        <translation>Masih aktif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models of organising</source>
        <translation>Model pengorganisasian</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timeline</source>
        <translation>Linimasa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>named with consent</source>
        <translation>nama disebut dengan persetujuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pseudonym</source>
        <translation>nama samaran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People named</source>
        <translation>Orang yang disebut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attachments</source>
        <translation>Lampiran</translation>
    </message>
</context>
<context>
    <name>IndexBuilder</name>
    <message>
        <location filename="../src/coact_desktop/gui/search_index.py" line="+32"/>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../src/coact_desktop/gui/export_key_page.py" line="+34"/>
        <source>Passphrase</source>
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase again</source>
        <translation>Frasa sandi sekali lagi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Again:</source>
        <extracomment>Label of the field where the passphrase is typed a second time.</extracomment>
        <translation>Sekali lagi:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer is old or has little memory (lighter key protection)</source>
        <translation>Komputer ini lama atau memorinya kecil (perlindungan kunci yang lebih ringan)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase:</source>
        <translation>Frasa sandi:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Make your group&apos;s signing key</source>
        <translation>Buat kunci tanda tangan kelompok Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It shows Coact that the file comes from your group.</source>
        <translation>Kunci ini menunjukkan kepada Coact bahwa file berasal dari kelompok Anda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is your group&apos;s first export. Coact Desktop now makes a signing key, so that Coact can tell that later files come from you. Choose a passphrase of at least 8 characters. Nobody can recover a forgotten passphrase, not even Coact: write it down somewhere safe.</source>
        <translation>Ini ekspor pertama kelompok Anda. Coact Desktop sekarang membuat kunci tanda tangan, agar Coact dapat mengetahui bahwa file-file berikutnya berasal dari Anda. Pilih frasa sandi dengan paling sedikit 8 karakter. Frasa sandi yang terlupa tidak dapat dipulihkan oleh siapa pun, bahkan oleh Coact: tuliskan dan simpan di tempat yang aman.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlock your group&apos;s signing key</source>
        <translation>Buka kunci tanda tangan kelompok Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key signs the file, so Coact knows it is yours.</source>
        <translation>Kunci ini menandatangani file, sehingga Coact tahu bahwa file itu dari Anda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the passphrase of your group&apos;s signing key.</source>
        <translation>Ketik frasa sandi kunci tanda tangan kelompok Anda.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking the passphrase…</source>
        <translation>Memeriksa frasa sandi…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Wrong passphrase. Type it again; check the keyboard&apos;s language and Caps Lock.</source>
        <translation>Frasa sandi salah. Ketik sekali lagi; periksa bahasa keyboard dan Caps Lock.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The two passphrases differ.</source>
        <translation>Kedua frasa sandi tidak sama.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least 8 characters, please.</source>
        <translation>Mohon paling sedikit 8 karakter.</translation>
    </message>
</context>
<context>
    <name>KeysMenu</name>
    <message>
        <location filename="../src/coact_desktop/gui/keys_menu.py" line="+28"/>
        <source>Your group&apos;s signing key…</source>
        <translation>Kunci tanda tangan kelompok Anda…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up the signing key…</source>
        <translation>Cadangkan kunci tanda tangan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the signing key from a backup…</source>
        <translation>Pulihkan kunci tanda tangan dari cadangan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the public key…</source>
        <translation>Simpan kunci publik…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the key with a new one…</source>
        <translation>Ganti kunci dengan yang baru…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key {key}

Its words, to read out to Coact by phone:
{words}</source>
        <translation>Kunci {key}

Kata-katanya, untuk dibacakan kepada Coact lewat telepon:
{words}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signing key</source>
        <extracomment>The group&apos;s own key that signs its bundles.</extracomment>
        <translation>Kunci tanda tangan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your group has no signing key yet: it is made on the first export.</source>
        <translation>Kelompok Anda belum punya kunci tanda tangan: kunci ini dibuat saat ekspor pertama.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+13"/>
        <source>Back up the signing key</source>
        <translation>Cadangkan kunci tanda tangan</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Passphrase of the signing key:</source>
        <translation>Frasa sandi kunci tanda tangan:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key backup is in {path}. It is still locked by the passphrase: keep the file and the passphrase in different places.</source>
        <translation>Cadangan kunci ada di {path}. Cadangan ini tetap terkunci dengan frasa sandi: simpan file dan frasa sandi di tempat yang berbeda.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>Restore the signing key</source>
        <translation>Pulihkan kunci tanda tangan</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Passphrase of the backed-up key:</source>
        <translation>Frasa sandi kunci cadangan:</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <source>Save the public key</source>
        <translation>Simpan kunci publik</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase of the current key:</source>
        <translation>Frasa sandi kunci saat ini:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase for the new key (at least 8 characters):</source>
        <translation>Frasa sandi untuk kunci baru (paling sedikit 8 karakter):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new passphrase again:</source>
        <translation>Frasa sandi baru sekali lagi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>New key</source>
        <translation>Kunci baru</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The two passphrases differ.</source>
        <translation>Kedua frasa sandi tidak sama.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your group now signs with key {key}; the old key signed the hand-over, and your next file carries it.

Its words:
{words}</source>
        <translation>Kelompok Anda sekarang menandatangani dengan kunci {key}; kunci lama sudah menandatangani serah terimanya, dan file Anda berikutnya akan membawa catatan itu.

Kata-katanya:
{words}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Passphrase</source>
        <translation>Frasa sandi</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../src/coact_desktop/gui/language_menu.py" line="+57"/>
        <source>Follow the &amp;system</source>
        <translation>Ikuti &amp;sistem</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Everything you have written stays as it is.</source>
        <translation>Semua yang sudah Anda tulis tetap seperti semula.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next time it starts, Coact Desktop will be in this language: {language}.</source>
        <translation>Saat dijalankan berikutnya, Coact Desktop akan memakai bahasa ini: {language}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coact Desktop will follow the system&apos;s language the next time it starts.</source>
        <translation>Saat dijalankan berikutnya, Coact Desktop akan mengikuti bahasa sistem.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/coact_desktop/gui/damaged_library.py" line="+28"/>
        <source>The library database is damaged</source>
        <translation>Basis data perpustakaan rusak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile database is damaged. Restore the newest backup ({name})? Changes made since that backup was taken are not in it; the damaged file is kept aside.</source>
        <translation>Basis data profil rusak. Pulihkan cadangan terbaru ({name})? Perubahan yang dibuat setelah cadangan itu diambil tidak ada di dalamnya; file yang rusak disimpan terpisah.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/gui/main_window.py" line="+80"/>
        <location line="+635"/>
        <source>A history of drug user organising</source>
        <translation>Sejarah pengorganisasian pengguna napza</translation>
    </message>
    <message>
        <location line="-609"/>
        <source>A history of drug user organising
by Mat Southwell and Lana Durjava, Coact</source>
        <translation>Sejarah pengorganisasian pengguna napza
oleh Mat Southwell dan Lana Durjava, Coact</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Authors</source>
        <extracomment>The line naming who wrote the history.</extracomment>
        <translation>Penulis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edition</source>
        <translation>Edisi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Views</source>
        <extracomment>The tabs of the main window (Read, Organisations, Timeline, Search, drafts).</extracomment>
        <translation>Tampilan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read</source>
        <extracomment>Tab where the history is read (a verb, like &apos;Search&apos;).</extracomment>
        <translation>Baca</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Organisations</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Linimasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our group&apos;s history</source>
        <translation>Sejarah kelompok kami</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Opening the library…</source>
        <translation>Membuka perpustakaan…</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Edition {number}, {date}</source>
        <translation>Edisi {number}, {date}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inbox</source>
        <extracomment>Tab (Coact&apos;s staff only) listing bundles received from groups.</extracomment>
        <translation>Kotak masuk</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reading the last edition published…</source>
        <translation>Membaca edisi terakhir yang diterbitkan…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The editions workspace cannot open</source>
        <translation>Ruang kerja edisi tidak dapat dibuka</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a file</source>
        <translation>Impor file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coact files (*.coactpack *.coactanswer *.coact);;All files (*)</source>
        <translation>File Coact (*.coactpack *.coactanswer *.coact);;Semua file (*)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Coact&apos;s answer is on the draft it answers.</source>
        <translation>Jawaban Coact sekarang ada pada draf yang dijawabnya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coact&apos;s answer was not imported. {reason}</source>
        <translation>Jawaban Coact tidak diimpor. {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not imported</source>
        <translation>Tidak diimpor</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copy the library to a stick</source>
        <translation>Salin perpustakaan ke flashdisk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy Coact Desktop to a stick</source>
        <translation>Salin Coact Desktop ke flashdisk</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Copied to {path}. Whoever gets it can check it as you did.</source>
        <translation>Sudah disalin ke {path}. Siapa pun yang menerimanya dapat memeriksanya seperti yang Anda lakukan.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This is the edition the program came with: nothing new yet.</source>
        <translation>Ini edisi bawaan program: belum ada yang baru.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Preparing search…</source>
        <translation>Menyiapkan pencarian…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Search is not ready. It will be set up the next time you start Coact Desktop.</source>
        <translation>Pencarian belum siap. Pencarian akan disiapkan saat Anda menjalankan Coact Desktop berikutnya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search is not available: {reason}</source>
        <translation>Pencarian tidak tersedia: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Coact Desktop cannot open the library</source>
        <translation>Coact Desktop tidak dapat membuka perpustakaan</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>(no name yet)</source>
        <translation>(belum ada nama)</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Some changes are not saved</source>
        <translation>Ada perubahan yang belum tersimpan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last changes to your draft could not be saved: {reason}

Keep the window open and try again? If you close now, those changes are lost.</source>
        <translation>Perubahan terakhir pada draf Anda tidak dapat disimpan: {reason}

Biarkan jendela tetap terbuka dan coba lagi? Jika Anda menutupnya sekarang, perubahan itu akan hilang.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../src/coact_desktop/gui/notice_bar.py" line="+28"/>
        <source>Notice</source>
        <translation>Pemberitahuan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the notice</source>
        <translation>Tutup pemberitahuan</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../src/coact_desktop/gui/export_wizard.py" line="+36"/>
        <source>Where to save the file</source>
        <translation>Tempat menyimpan file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history becomes one file. Take it to Coact on a USB stick, or send it by e-mail or messenger.</source>
        <translation>Sejarah ini menjadi satu file. Bawa ke Coact dengan flashdisk, atau kirim lewat e-mail atau aplikasi pesan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypt it so that only Coact can read it</source>
        <translation>Enkripsi agar hanya Coact yang dapat membacanya</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without encryption, anyone who gets the file (on a lost USB stick, in an e-mail account, on a phone) can read everything in it. Only send it unencrypted if you are sure.</source>
        <translation>Tanpa enkripsi, siapa pun yang mendapatkan file ini (dari flashdisk yang hilang, akun e-mail, atau ponsel) dapat membaca seluruh isinya. Kirim tanpa enkripsi hanya jika Anda yakin.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name:</source>
        <translation>Nama file:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a folder</source>
        <translation>Pilih folder</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no such folder. Choose one with “Choose…”.</source>
        <translation>Folder itu tidak ada. Pilih folder dengan “Pilih…”.</translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <location filename="../src/coact_desktop/gui/organisations_view.py" line="+38"/>
        <source>Filter by name, other spelling, country or city</source>
        <translation>Saring menurut nama, ejaan lain, negara, atau kota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter organisations</source>
        <translation>Saring organisasi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+111"/>
        <source>Other spellings</source>
        <extracomment>Column: other names or spellings of the same organisation.</extracomment>
        <translation>Ejaan lain</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Country or region</source>
        <translation>Negara atau wilayah</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+115"/>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+116"/>
        <source>Founded</source>
        <translation>Berdiri</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+116"/>
        <source>Ended</source>
        <extracomment>Column: the year the organisation stopped working.</extracomment>
        <translation>Berhenti</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Mentions</source>
        <extracomment>Column: how many passages of the history name the organisation.</extracomment>
        <translation>Disebut</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Organisations</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Organisation details and passages</source>
        <translation>Rincian organisasi dan cuplikan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose an organisation to see what the history says of it, and every passage that names it.</source>
        <translation>Pilih organisasi untuk melihat apa yang dikatakan sejarah tentangnya, dan setiap cuplikan yang menyebutnya.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Models of organising</source>
        <translation>Model pengorganisasian</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Passages that mention it ({count})</source>
        <translation>Cuplikan yang menyebutnya ({count})</translation>
    </message>
</context>
<context>
    <name>PaperKeyDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/paper_key_dialog.py" line="+32"/>
        <source>Paper backup of the key</source>
        <translation>Cadangan kunci di kertas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the drafts with the paper key</source>
        <translation>Buka draf dengan kunci kertas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase</source>
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>Paper key</source>
        <translation>Kunci kertas</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>New passphrase</source>
        <translation>Frasa sandi baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again</source>
        <translation>Frasa sandi baru sekali lagi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frasa sandi:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper &amp;key:</source>
        <translation>&amp;Kunci kertas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New passphrase:</source>
        <translation>Frasa sandi &amp;baru:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;Ulangi:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Show the key</source>
        <translation>Tampilkan &amp;kunci</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Open and set</source>
        <translation>Buka dan &amp;tetapkan</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>If the passphrase is forgotten, this key written on paper opens the drafts and lets you choose a new passphrase. Anyone who has the paper and this laptop can read the drafts: keep it somewhere safe, away from the laptop, or do without it.

Type the passphrase to show the key.</source>
        <translation>Jika frasa sandi terlupa, kunci ini, bila ditulis di kertas, dapat membuka draf dan memungkinkan Anda memilih frasa sandi baru. Siapa pun yang memegang kertas itu dan laptop ini dapat membaca draf: simpan kertas itu di tempat yang aman, jauh dari laptop, atau tidak usah membuatnya.

Ketik frasa sandi untuk menampilkan kunci.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the 14 groups written on the paper, then choose a new passphrase. A duress passphrase, if one was set, is removed: set it again afterwards.</source>
        <translation>Ketik 14 blok yang tertulis di kertas, lalu pilih frasa sandi baru. Frasa sandi darurat, jika pernah ditetapkan, akan dihapus: tetapkan lagi sesudahnya.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the passphrase.</source>
        <translation>Ketik frasa sandi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the paper key.</source>
        <translation>Ketik kunci kertas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Pilih frasa sandi dengan paling sedikit 8 karakter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the same new passphrase twice.</source>
        <translation>Ketik frasa sandi baru yang sama dua kali.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening…</source>
        <translation>Membuka…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy it onto paper, in this order. It changes only after a quick delete.</source>
        <translation>Salin ke kertas, dengan urutan ini. Kunci ini hanya berubah setelah hapus cepat.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/passphrase_dialog.py" line="+40"/>
        <source>Protect drafts with a passphrase</source>
        <translation>Lindungi draf dengan frasa sandi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the passphrase</source>
        <translation>Ganti frasa sandi</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Duress passphrase</source>
        <translation>Frasa sandi darurat</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Passphrase</source>
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>Frasa sandi baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again</source>
        <translation>Frasa sandi baru sekali lagi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duress passphrase again</source>
        <translation>Frasa sandi darurat sekali lagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also set a &amp;duress passphrase</source>
        <translation>Buat juga frasa sandi &amp;darurat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typing the duress passphrase &amp;quick-deletes the drafts first, for good</source>
        <translation>Frasa sandi darurat, bila diketik, lebih dulu &amp;menghapus cepat draf untuk selamanya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frasa sandi:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New passphrase:</source>
        <translation>Frasa sandi &amp;baru:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;Ulangi:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>D&amp;uress passphrase:</source>
        <translation>Frasa sandi da&amp;rurat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duress a&amp;gain:</source>
        <translation>Ulangi frasa &amp;sandi darurat:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Protect</source>
        <translation>&amp;Lindungi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange</source>
        <translation>&amp;Ganti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Set</source>
        <translation>&amp;Tetapkan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove the duress passphrase</source>
        <translation>&amp;Hapus frasa sandi darurat</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing is re-encrypted: the drafts keep their key, and only the passphrase that opens it changes.</source>
        <translation>Tidak ada yang dienkripsi ulang: draf tetap memakai kuncinya, hanya frasa sandi yang membuka kunci itu yang berubah.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Typed instead of the passphrase, a duress passphrase opens the program with none of your drafts in it, and nothing on the screen says which one was typed. It does not protect against a copy of the disk made before it was typed.</source>
        <translation>Jika diketik sebagai ganti frasa sandi biasa, frasa sandi darurat membuka program tanpa satu pun draf Anda, dan tidak ada apa pun di layar yang menunjukkan frasa sandi mana yang diketik. Frasa sandi darurat tidak melindungi data dalam salinan disk yang dibuat sebelum frasa sandi darurat diketik.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The duress passphrase must differ from your usual passphrase.</source>
        <translation>Frasa sandi darurat harus berbeda dari frasa sandi biasa Anda.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Type the passphrase that opens the drafts now.</source>
        <translation>Ketik frasa sandi yang saat ini membuka draf.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Your drafts, the people named in them, the inbox and the group&apos;s signing key will be encrypted on this computer. Each time the program starts you type the passphrase once to open them; the history can be read without it.

If you forget this passphrase, nobody can open your drafts again, not even Coact. Write it on paper and keep it somewhere safe, away from the laptop.</source>
        <translation>Draf Anda, orang-orang yang disebut namanya di dalamnya, kotak masuk, dan kunci tanda tangan kelompok akan dienkripsi di komputer ini. Setiap kali program dimulai, Anda mengetik frasa sandi satu kali untuk membukanya; sejarah tetap dapat dibaca tanpa frasa sandi.

Jika Anda lupa frasa sandi ini, tidak ada yang dapat membuka draf Anda lagi, bahkan Coact pun tidak. Tulislah frasa sandi ini di kertas dan simpan di tempat yang aman, jauh dari laptop.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Pilih frasa sandi dengan paling sedikit 8 karakter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the same new passphrase twice.</source>
        <translation>Ketik frasa sandi baru yang sama dua kali.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a duress passphrase of at least 8 characters.</source>
        <translation>Pilih frasa sandi darurat dengan paling sedikit 8 karakter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the same duress passphrase twice.</source>
        <translation>Ketik frasa sandi darurat yang sama dua kali.</translation>
    </message>
</context>
<context>
    <name>PeopleTable</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_tables.py" line="-277"/>
        <location line="+182"/>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Real name</source>
        <translation>Nama asli</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pseudonym</source>
        <translation>Nama samaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add person</source>
        <translation>Tambah orang</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People and their consent</source>
        <translation>Orang dan persetujuan mereka</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Named, with consent</source>
        <extracomment>Consent of a person named in the draft (a choice in the people table).</extracomment>
        <translation>Nama disebut, dengan persetujuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pseudonym only</source>
        <translation>Hanya nama samaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withheld: not shown</source>
        <translation>Disembunyikan: tidak ditampilkan</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_dialogs.py" line="+57"/>
        <source>Group profile</source>
        <translation>Profil kelompok</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language of the draft</source>
        <translation>Bahasa draf</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The group&apos;s name</source>
        <translation>Nama kelompok</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not given</source>
        <extracomment>Shown in the &apos;year founded&apos; field when the group gave no year.</extracomment>
        <translation>tidak disebutkan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not given</source>
        <translation>Tidak disebutkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, still active</source>
        <translation>Ya, masih aktif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, no longer active</source>
        <translation>Tidak, sudah tidak aktif</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. English, Russian</source>
        <translation>mis. Inggris, Rusia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models of organising</source>
        <translation>Model pengorganisasian</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year founded</source>
        <translation>Tahun berdiri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still active</source>
        <translation>Masih aktif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This history is written in</source>
        <translation>Bahasa penulisan sejarah ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The group&apos;s models of organising</source>
        <translation>Model pengorganisasian kelompok</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the group&apos;s name to go on; everything else can wait.</source>
        <translation>Isi nama kelompok untuk melanjutkan; yang lain boleh diisi nanti.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is missing</source>
        <translation>Yang belum diisi</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Give the group&apos;s name first.</source>
        <translation>Isi dulu nama kelompok.</translation>
    </message>
</context>
<context>
    <name>ProfileSafety</name>
    <message>
        <location filename="../src/coact_desktop/gui/profile_safety.py" line="+51"/>
        <location line="+60"/>
        <source>&amp;Protect drafts with a passphrase…</source>
        <translation>&amp;Lindungi draf dengan frasa sandi…</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>D&amp;uress passphrase…</source>
        <translation>Frasa sandi da&amp;rurat…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper &amp;backup of the key…</source>
        <translation>&amp;Cadangan kunci di kertas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock drafts</source>
        <translation>K&amp;unci draf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock &amp;when idle</source>
        <translation>Kunci jika &amp;tidak dipakai</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After {minutes} minutes</source>
        <translation>Setelah {minutes} menit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never</source>
        <translation>Tidak pernah</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quick delete after wron&amp;g passphrases</source>
        <translation>Hapus cepat setelah &amp;frasa sandi salah</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After {count} wrong passphrases in a row</source>
        <translation>Setelah frasa sandi salah {count} kali berturut-turut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never</source>
        <comment>quick delete after wrong passphrases</comment>
        <extracomment>The choice that leaves quick delete after wrong passphrases off.</extracomment>
        <translation>Tidak pernah</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quic&amp;k delete…</source>
        <translation>&amp;Hapus cepat…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Change the &amp;passphrase…</source>
        <translation>&amp;Ganti frasa sandi…</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The drafts are locked.</source>
        <translation>Draf sudah terkunci.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Your drafts, their photos and files, the inbox and the keys are now encrypted on this computer.</source>
        <translation>Draf Anda beserta foto dan file lampirannya, kotak masuk, dan kunci-kunci kini sudah terenkripsi di komputer ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase was changed.</source>
        <translation>Frasa sandi sudah diganti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The duress passphrase was removed.</source>
        <translation>Frasa sandi darurat sudah dihapus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The duress passphrase was set.</source>
        <translation>Frasa sandi darurat sudah ditetapkan.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Encrypting your drafts…</source>
        <translation>Mengenkripsi draf Anda…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Protect drafts with a passphrase</source>
        <translation>Lindungi draf dengan frasa sandi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypting your drafts and sealing their photos and files…</source>
        <translation>Mengenkripsi draf Anda dan menyegel foto serta file lampirannya…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled: the drafts are not protected, as before.</source>
        <translation>Dibatalkan: draf tidak dilindungi dengan frasa sandi, sama seperti sebelumnya.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing was changed</source>
        <translation>Tidak ada yang diubah</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Quick delete after wrong passphrases</source>
        <translation>Hapus cepat setelah frasa sandi salah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After {count} wrong passphrases in a row, your drafts, the inbox, photos, keys and backups are destroyed for good, as by quick delete, and nothing on the screen says so.

A mistyped passphrase, another keyboard language or a child at the keyboard can set it off. It does not help against someone who copies the disk before trying. Turn it on?</source>
        <translation>Setelah frasa sandi salah diketik {count} kali berturut-turut, draf Anda, kotak masuk, foto, kunci, dan cadangan dihapus untuk selamanya, seperti pada hapus cepat, dan tidak ada apa pun di layar yang menunjukkannya.

Salah ketik frasa sandi, bahasa keyboard yang berbeda, atau anak kecil yang memainkan keyboard dapat memicunya. Ini tidak melindungi dari orang yang menyalin disk sebelum mencoba. Aktifkan?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Turn it on</source>
        <translation>&amp;Aktifkan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Quick delete after wrong passphrases is off.</source>
        <translation>Hapus cepat setelah frasa sandi salah sekarang tidak aktif.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After {count} wrong passphrases in a row, everything private is deleted.</source>
        <translation>Setelah frasa sandi salah diketik {count} kali berturut-turut, semua data pribadi dihapus.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The drafts are open, under the new passphrase. Set a duress passphrase again if you had one.</source>
        <translation>Draf sudah terbuka, dengan frasa sandi baru. Tetapkan lagi frasa sandi darurat jika sebelumnya Anda memilikinya.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Deleting…</source>
        <translation>Menghapus…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Quick delete</source>
        <translation>Hapus cepat</translation>
    </message>
</context>
<context>
    <name>ProgramShare</name>
    <message>
        <location filename="../src/coact_desktop/gui/program_share.py" line="+42"/>
        <location line="+55"/>
        <source>Copy Coact Desktop to a stick</source>
        <translation>Salin Coact Desktop ke flashdisk</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Copying Coact Desktop and checking the copy…</source>
        <translation>Menyalin Coact Desktop dan memeriksa salinannya…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Coact Desktop {version} is copied to {folder} and the copy checked. Whoever gets it can check it too: with this program (coact-desktop release verify FOLDER), or with sha256sum -c RELEASE-SHA256SUMS and minisign -V inside the folder.</source>
        <translation>Coact Desktop {version} sudah disalin ke {folder} dan salinannya sudah diperiksa. Siapa pun yang menerimanya juga dapat memeriksanya: dengan program ini (coact-desktop release verify FOLDER), atau dengan sha256sum -c RELEASE-SHA256SUMS dan minisign -V di dalam folder tersebut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The library&apos;s newest edition is copied to {path}.</source>
        <translation>Edisi terbaru perpustakaan sudah disalin ke {path}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied</source>
        <extracomment>Title of a message: the program&apos;s files were copied.</extracomment>
        <translation>Sudah disalin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coact Desktop is copied to {folder}.</source>
        <translation>Coact Desktop sudah disalin ke {folder}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was copied.</source>
        <translation>Tidak ada yang disalin.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../src/coact_desktop/gui/task_progress.py" line="+15"/>
        <source>Cancel</source>
        <translation>Batal</translation>
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
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location line="+2"/>
        <source>&lt; &amp;Back</source>
        <extracomment>A button of a step-by-step dialog (the send wizard): the step before.</extracomment>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next &gt;</source>
        <extracomment>The step after; in a right-to-left language, leave the arrow out.</extracomment>
        <translation>&amp;Berikutnya &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>Konfirmasi</translation>
    </message>
</context>
<context>
    <name>QuickDelete</name>
    <message>
        <location filename="../src/coact_desktop/words/quick_delete.py" line="+16"/>
        <source>the key to your drafts (destroyed first)</source>
        <translation>kunci pembuka draf Anda (dimusnahkan lebih dulu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the encrypted drafts, inbox and keys</source>
        <translation>draf, kotak masuk, dan kunci yang terenkripsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drafts, inbox and keys</source>
        <translation>draf, kotak masuk, dan kunci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>photos and files attached to drafts</source>
        <translation>foto dan file yang dilampirkan pada draf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backups</source>
        <translation>cadangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key files</source>
        <translation>file kunci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the log</source>
        <translation>file log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>temporary files</source>
        <translation>file sementara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the plan of the next edition</source>
        <translation>rencana edisi berikutnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the count of wrong passphrases</source>
        <translation>catatan jumlah frasa sandi salah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folders, files and drafts remembered in settings</source>
        <translation>folder, file, dan draf yang diingat di pengaturan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There was nothing private to remove.</source>
        <translation>Tidak ada data pribadi yang perlu dihapus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed: {items}. The library is still here.</source>
        <extracomment>{items} is a list of what was removed, separated by semicolons.</extracomment>
        <translation>Dihapus: {items}. Perpustakaan masih ada.</translation>
    </message>
</context>
<context>
    <name>QuickDeleteDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/quick_delete_dialog.py" line="+26"/>
        <source>Quick delete</source>
        <translation>Hapus cepat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delete</source>
        <extracomment>The word typed to confirm quick delete: one short, ordinary word.</extracomment>
        <translation>hapus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This destroys, for good, your group&apos;s drafts and the people named in them, attached files, the inbox, keys, backups and the log. The history stays, so the program looks like any reader&apos;s. Nobody can bring the drafts back, not even with the passphrase.

Type {word} to go on.</source>
        <translation>Ini menghapus untuk selamanya draf kelompok Anda beserta orang-orang yang disebut di dalamnya, file lampiran, kotak masuk, kunci, cadangan, dan file log. Sejarah tetap ada, sehingga program ini terlihat seperti milik pembaca biasa. Tidak ada yang dapat mengembalikan draf itu, bahkan dengan frasa sandi.

Ketik {word} untuk melanjutkan.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Confirmation word</source>
        <extracomment>The field where the confirming word is typed.</extracomment>
        <translation>Kata konfirmasi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Countdown</source>
        <translation>Hitung mundur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete now</source>
        <translation>&amp;Hapus sekarang</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Deleting in {seconds}… Press Cancel or Esc to stop.</source>
        <translation>Menghapus dalam {seconds} detik… Tekan Batal atau Esc untuk menghentikan.</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../src/coact_desktop/gui/media_save.py" line="+32"/>
        <source>file from a group history</source>
        <translation>file dari sejarah kelompok</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save a copy</source>
        <translation>Simpan salinan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A copy is saved in {path}.</source>
        <translation>Salinan sudah disimpan di {path}.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/gui/rendering.py" line="+28"/>
        <source>From the history of {group}, in its own words</source>
        <translation>Dari sejarah {group}, dengan kata-kata mereka sendiri</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>PDF document</source>
        <translation>dokumen PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>text file</source>
        <extracomment>Kind of an attached file, inside a sentence: lower case.</extracomment>
        <translation>file teks</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a copy ({kind}, {size})…</source>
        <translation>Simpan salinan ({kind}, {size})…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>under 1 KB</source>
        <translation>kurang dari 1 KB</translation>
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
        <translation>Teks bab</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>← Previous: {title}</source>
        <translation>← Sebelumnya: {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: {title} →</source>
        <translation>Berikutnya: {title} →</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_dialogs.py" line="+39"/>
        <source>Revision history</source>
        <translation>Riwayat revisi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revisions</source>
        <translation>Revisi</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/words/revisions.py" line="+15"/>
        <source>started</source>
        <extracomment>Why a revision of a draft was saved: the draft was started.</extracomment>
        <translation>draf dimulai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imported</source>
        <extracomment>Why a revision was saved: the draft was imported from a file.</extracomment>
        <translation>diimpor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saved while writing</source>
        <translation>disimpan saat menulis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restored an earlier revision</source>
        <translation>revisi sebelumnya dipulihkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>diubah</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/gui/draft_dialogs.py" line="+3"/>
        <source>Revision {number} · {when} · {reason} · {size}</source>
        <extracomment>One line of the revision list: its number, date and time, why it was saved, length.</extracomment>
        <translation>Revisi {number} · {when} · {reason} · {size}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Differences from the text now</source>
        <translation>Perbedaan dengan teks saat ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore this revision</source>
        <translation>Pulihkan revisi ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Timeline</source>
        <translation>Linimasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People and consent</source>
        <translation>Orang dan persetujuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and files</source>
        <translation>Foto dan file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founded</source>
        <translation>Berdiri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still active</source>
        <translation>Masih aktif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models of organising</source>
        <translation>Model pengorganisasian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the draft</source>
        <translation>Bahasa draf</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>undated</source>
        <extracomment>An event of the timeline that has no date.</extracomment>
        <translation>tanpa tanggal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>named</source>
        <extracomment>Consent of a person in the draft: agreed to be named with the real name.</extracomment>
        <translation>nama disebut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pseudonym</source>
        <translation>nama samaran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withheld</source>
        <extracomment>Consent of a person: neither the name nor the pseudonym is shown.</extracomment>
        <translation>disembunyikan</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../src/coact_desktop/gui/search_view.py" line="+39"/>
        <source>Search the history (Ctrl+K)</source>
        <translation>Cari di seluruh sejarah (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the history</source>
        <translation>Cari di seluruh sejarah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by chapter</source>
        <translation>Saring menurut bab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by model of organising</source>
        <translation>Saring menurut model pengorganisasian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by country</source>
        <translation>Saring menurut negara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by decade</source>
        <translation>Saring menurut dekade</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search results</source>
        <translation>Hasil pencarian</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>All chapters</source>
        <translation>Semua bab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All models</source>
        <translation>Semua model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All countries</source>
        <translation>Semua negara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All decades</source>
        <translation>Semua dekade</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Preparing search…</source>
        <translation>Menyiapkan pencarian…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a word or a name. Word forms and misspellings are found too.</source>
        <translation>Ketik kata atau nama. Bentuk kata yang lain dan salah ketik juga akan ditemukan.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No exact matches. Showing close spellings:</source>
        <translation>Tidak ada yang persis cocok. Menampilkan ejaan yang mirip:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing found.</source>
        <translation>Tidak ada yang ditemukan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Coact&apos;s history is written in English: try an English word. Each group&apos;s own history is found in the language it is written in.</source>
        <translation>Sejarah Coact ditulis dalam bahasa Inggris: coba kata dalam bahasa Inggris. Sejarah setiap kelompok ditemukan dalam bahasa yang dipakai untuk menulisnya.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{shown} of %n results</source>
        <extracomment>{shown} results are listed of %n found in all.</extracomment>
        <translation>
            <numerusform>{shown} dari %n hasil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n results</source>
        <translation>
            <numerusform>%n hasil</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Did you mean {suggestion}?</source>
        <translation>Mungkin maksud Anda {suggestion}?</translation>
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
            <numerusform>%n kata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n characters</source>
        <extracomment>The length of a text in Thai, Lao, Khmer, Myanmar, Chinese or Japanese, which do not put spaces between words: its letters are counted instead.</extracomment>
        <translation>
            <numerusform>%n karakter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../src/coact_desktop/gui/timeline_view.py" line="+24"/>
        <source>Timeline</source>
        <translation>Linimasa</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{decade}s</source>
        <extracomment>A decade heading: {decade} is a year like 1990, so &apos;the 1990s&apos;.</extracomment>
        <translation>Tahun {decade}-an</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open this passage in the reader</source>
        <translation>Buka cuplikan ini di tab Baca</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <location filename="../src/coact_desktop/gui/unlock_panel.py" line="+24"/>
        <source>Your group&apos;s drafts are locked</source>
        <translation>Draf kelompok Anda terkunci</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>They are encrypted on this computer. Type your passphrase to open them. The history can be read and searched without it.</source>
        <translation>Draf ini terenkripsi di komputer ini. Ketik frasa sandi Anda untuk membukanya. Sejarah tetap dapat dibaca dan dicari tanpa frasa sandi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase</source>
        <extracomment>The field where the passphrase of the group&apos;s drafts is typed.</extracomment>
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unlock</source>
        <translation>B&amp;uka kunci</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forgotten? Use the &amp;paper key…</source>
        <translation>Lupa frasa sandi? &amp;Pakai kunci kertas…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Opening…</source>
        <translation>Membuka…</translation>
    </message>
</context>
<context>
    <name>WhatsNewView</name>
    <message>
        <location filename="../src/coact_desktop/gui/whats_new_view.py" line="+39"/>
        <source>What&apos;s new in edition {edition}</source>
        <translation>Yang baru di edisi {edition}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;{title}&lt;/b&gt;, edition {edition}, from {date}.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;, edisi {edition}, tanggal {date}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The editors wrote no notes for this edition.</source>
        <translation>Editor tidak menulis catatan untuk edisi ini.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chapters added, changed and removed</source>
        <translation>Bab yang ditambahkan, diubah, dan dihapus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chapter, with what changed marked</source>
        <translation>Bab ini, dengan perubahannya ditandai</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open this chapter</source>
        <translation>&amp;Buka bab ini</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Added ({n})</source>
        <extracomment>Heading in What&apos;s new: chapters added since the last edition; {n} is how many.</extracomment>
        <translation>Ditambahkan ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed ({n})</source>
        <translation>Diubah ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed ({n})</source>
        <translation>Dihapus ({n})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No chapter changed in this edition.</source>
        <translation>Tidak ada bab yang berubah di edisi ini.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>New in this edition.</source>
        <translation>Baru di edisi ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No longer in this edition.</source>
        <translation>Tidak ada lagi di edisi ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Struck-through words were taken out; underlined words are new.</source>
        <translation>Kata yang dicoret sudah dihapus; kata yang digarisbawahi adalah kata baru.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../src/coact_desktop/gui/window_menus.py" line="+34"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New draft…</source>
        <translation>Draf &amp;baru…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import a file…</source>
        <translation>&amp;Impor file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy the library to a stick…</source>
        <translation>&amp;Salin perpustakaan ke flashdisk…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Coact &amp;Desktop to a stick…</source>
        <translation>Salin Coact &amp;Desktop ke flashdisk…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export the open draft…</source>
        <translation>&amp;Ekspor draf yang terbuka…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find in chapter</source>
        <translation>&amp;Temukan di bab ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search the history</source>
        <translation>&amp;Cari di seluruh sejarah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What&apos;s new in this edition</source>
        <translation>&amp;Yang baru di edisi ini</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous chapter</source>
        <translation>Bab &amp;sebelumnya</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ne&amp;xt chapter</source>
        <translation>Bab beri&amp;kutnya</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Perbesar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom &amp;out</source>
        <translation>P&amp;erkecil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Normal size</source>
        <translation>Ukuran &amp;normal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keys</source>
        <translation>&amp;Kunci</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Coact</source>
        <translation>&amp;Coact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inbox of received files</source>
        <translation>&amp;Kotak masuk: file yang diterima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Editions workspace…</source>
        <translation>Ruang kerja &amp;edisi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open received files…</source>
        <translation>&amp;Buka file yang diterima…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pintasan keyboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Coact Desktop</source>
        <translation>&amp;Tentang Coact Desktop</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>In a draft: text, timeline, people, files</source>
        <translation>Di draf: teks, linimasa, orang, file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a draft&apos;s timeline or people: add a row</source>
        <translation>Di linimasa atau daftar orang pada draf: tambah baris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a draft&apos;s text: bold, link</source>
        <translation>Di teks draf: tebal, tautan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a table: the next or the previous cell</source>
        <translation>Di tabel: sel berikutnya atau sebelumnya</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About Coact Desktop</source>
        <translation>Tentang Coact Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Coact Desktop {version}&lt;/h3&gt;&lt;p&gt;A history of drug user organising, written by Mat Southwell and Lana Durjava, Coact. The text is reproduced verbatim.&lt;/p&gt;&lt;p&gt;Works offline. Nothing is sent anywhere.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Coact Desktop {version}&lt;/h3&gt;&lt;p&gt;Sejarah pengorganisasian pengguna napza, ditulis oleh Mat Southwell dan Lana Durjava, Coact. Teksnya ditampilkan kata demi kata sesuai aslinya.&lt;/p&gt;&lt;p&gt;Bekerja tanpa internet. Tidak ada yang dikirim ke mana pun.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>WritePage</name>
    <message>
        <location filename="../src/coact_desktop/gui/export_write_page.py" line="+33"/>
        <location line="+59"/>
        <source>Writing the file</source>
        <translation>Menulis file</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>This takes a moment; Cancel stops it and leaves nothing behind.</source>
        <translation>Ini perlu waktu sebentar; tombol “Batal” menghentikannya tanpa meninggalkan apa pun.</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Key fingerprint words</source>
        <translation>Kata sidik jari kunci</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show the folder</source>
        <translation>Tampilkan folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the file&apos;s path</source>
        <translation>Salin lokasi file</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back, to change the folder or the key</source>
        <translation>Kembali, untuk mengganti folder atau kunci</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Signing and writing…</source>
        <translation>Menandatangani dan menulis…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The file is ready</source>
        <translation>File sudah siap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send it to Coact in any way that suits you.</source>
        <translation>Kirim file ini ke Coact dengan cara apa pun yang cocok bagi Anda.</translation>
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
        <translation>Sudah ditulis: {path} ({size}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is file number {n} from your group.</source>
        <translation>Ini file ke-{n} dari kelompok Anda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is NOT encrypted: keep it safe.</source>
        <translation>File ini TIDAK terenkripsi: simpan di tempat yang aman.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A signing key was made for your group. Make a backup of it (Keys → Back up the signing key…) and keep the passphrase apart from the backup.</source>
        <translation>Kunci tanda tangan sudah dibuat untuk kelompok Anda. Buat cadangannya (Kunci → Cadangkan kunci tanda tangan…) dan simpan frasa sandi terpisah dari cadangan itu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When Coact receives your first file they will phone you to compare these words. Read them out; never send them with the file:</source>
        <translation>Saat Coact menerima file pertama Anda, mereka akan menelepon Anda untuk mencocokkan kata-kata ini. Bacakan kata-kata ini; jangan pernah mengirimnya bersama file:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your key&apos;s words, in case Coact asks for them again (by phone, never with the file):</source>
        <translation>Kata-kata kunci Anda, kalau-kalau Coact menanyakannya lagi (lewat telepon, jangan pernah bersama file):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing was written.</source>
        <translation>Tidak ada yang ditulis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file was not written. {reason}</source>
        <translation>File tidak ditulis. {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No program to show folders was found. The file is here: {path}</source>
        <translation>Tidak ditemukan program untuk menampilkan folder. File ada di sini: {path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied: {path}</source>
        <translation>Sudah disalin: {path}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../src/coact_desktop/gui/app.py" line="+122"/>
        <source>Coact Desktop cannot start</source>
        <translation>Coact Desktop tidak dapat dijalankan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Coact Desktop is already open with this profile. Use the window that is open (two windows could overwrite each other&apos;s writing).</source>
        <translation>Coact Desktop sudah terbuka dengan profil ini. Pakai jendela yang sudah terbuka (dua jendela bisa saling menimpa tulisan).</translation>
    </message>
</context>
</TS>
