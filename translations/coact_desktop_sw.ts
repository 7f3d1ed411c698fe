<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw" sourcelanguage="en">
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/answer_dialog.py" line="+57"/>
        <source>Answer {group}, file {n}</source>
        <translation>Jibu kwa {group}, faili {n}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A word to the group</source>
        <translation>Ujumbe kwa kikundi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not in an edition yet</source>
        <translation>bado haiko katika toleo lolote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The edition the history went into</source>
        <translation>Toleo ambamo historia imewekwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history&apos;s sections</source>
        <translation>Sehemu za historia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A note on this section</source>
        <translation>Maelezo kuhusu sehemu hii</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coact&apos;s wording of this section</source>
        <translation>Maandishi ya Coact kwa sehemu hii</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publishing key file</source>
        <translation>Faili ya ufunguo wa uchapishaji</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase of the publishing key</source>
        <translation>Kaulisiri ya ufunguo wa uchapishaji</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder to save the answer in</source>
        <translation>Folda ya kuhifadhi jibu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>W&amp;rite the answer…</source>
        <translation>&amp;Andika jibu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Uamuzi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;word to the group:</source>
        <translation>U&amp;jumbe kwa kikundi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In &amp;edition:</source>
        <translation>Katika &amp;toleo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note on this section:</source>
        <translation>&amp;Maelezo kuhusu sehemu hii:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coact&apos;s wording (leave it as the group wrote it to suggest no change):</source>
        <translation>Maandishi ya Coact (yaache kama kikundi kilivyoyaandika ikiwa hupendekezi mabadiliko):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Sections:</source>
        <translation>&amp;Sehemu:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Chagua…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publishing &amp;key:</source>
        <translation>U&amp;funguo wa uchapishaji:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Kaulisiri:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;to:</source>
        <translation>&amp;Hifadhi katika:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The answer is encrypted to the group: only its program can read it.</source>
        <translation>Jibu limesimbwa kwa njia fiche kwa ajili ya kikundi: ni programu yake tu inayoweza kulisoma.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This group&apos;s file named no key for answers (an older program): the answer is signed but not encrypted, and whoever carries it can read it.</source>
        <translation>Faili ya kikundi hiki haikutaja ufunguo wa majibu (programu ya zamani): jibu limetiwa sahihi lakini halijasimbwa kwa njia fiche, na yeyote anayelibeba anaweza kulisoma.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The publishing key</source>
        <translation>Ufunguo wa uchapishaji</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the answer in</source>
        <translation>Hifadhi jibu katika</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the publishing key file first.</source>
        <translation>Kwanza chagua faili ya ufunguo wa uchapishaji.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a folder to save the answer in.</source>
        <translation>Chagua folda ya kuhifadhi jibu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is there already: choose another folder.</source>
        <translation>{name} tayari iko hapo: chagua folda nyingine.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signing the answer…</source>
        <translation>Jibu linatiwa sahihi…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved {path}. Send it to the group as it is, by any way.</source>
        <translation>Limehifadhiwa: {path}. Litume kwa kikundi kama lilivyo, kwa njia yoyote.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Accepted</source>
        <extracomment>Coact&apos;s decision on a group&apos;s history: taken into the library.</extracomment>
        <translation>Imekubaliwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted with changes</source>
        <translation>Imekubaliwa pamoja na mabadiliko</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes asked for</source>
        <translation>Mabadiliko yanahitajika</translation>
    </message>
</context>
<context>
    <name>AnswerView</name>
    <message>
        <location filename="../src/coact_desktop/gui/answer_view.py" line="+43"/>
        <source>Coact&apos;s answer</source>
        <translation>Jibu la Coact</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coact wrote no general comment.</source>
        <translation>Coact haikuandika maoni ya jumla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sections Coact wrote about</source>
        <translation>Sehemu ambazo Coact iliandika kuzihusu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (a change)</source>
        <translation> (badiliko)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No notes on single sections.</source>
        <translation>Hakuna maelezo kuhusu sehemu moja moja.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coact&apos;s note, and its change marked</source>
        <translation>Maelezo ya Coact, na badiliko lake likiwa limewekwa alama</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Use Coact&apos;s version of this section</source>
        <translation>&amp;Tumia maandishi ya Coact kwa sehemu hii</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Accepted</source>
        <extracomment>Coact&apos;s decision on a group&apos;s history: taken into the library.</extracomment>
        <translation>Imekubaliwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted with changes</source>
        <translation>Imekubaliwa pamoja na mabadiliko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes asked for</source>
        <translation>Mabadiliko yanahitajika</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;{decision}&lt;/b&gt;: Coact&apos;s answer to bundle {sequence}, signed {date}.</source>
        <translation>&lt;b&gt;{decision}&lt;/b&gt;: jibu la Coact kwa kifurushi {sequence}, lililotiwa sahihi {date}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is in edition {edition} of the library.</source>
        <translation>Historia iko katika toleo {edition} la maktaba.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your draft has no section of this name now; Coact&apos;s version:</source>
        <translation>Rasimu yako sasa haina sehemu yenye jina hili; maandishi ya Coact:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your draft already says it as Coact does.</source>
        <translation>Rasimu yako tayari inasema kama Coact inavyosema.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Struck-through words are yours that Coact&apos;s version leaves out; underlined words are Coact&apos;s.</source>
        <translation>Maneno yaliyokatwa kwa mstari ni yako, ambayo maandishi ya Coact yameyaacha; maneno yaliyopigiwa mstari chini ni ya Coact.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../src/coact_desktop/gui/export_check_page.py" line="+35"/>
        <source>Check the draft</source>
        <translation>Kagua rasimu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing leaves this computer until the check is passed.</source>
        <translation>Hakuna kitakachotoka kwenye kompyuta hii hadi ukaguzi ufaulu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems found</source>
        <translation>Matatizo yaliyopatikana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go there to fix it</source>
        <translation>Nenda huko ili ulirekebishe</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking…</source>
        <translation>Inakagua…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Must fix</source>
        <extracomment>&apos;Must fix&apos;: a problem that stops the sending; &apos;Note&apos;: advice only.</extracomment>
        <translation>Lazima lirekebishwe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Dokezo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Some things must be fixed before the history can be sent. Double-click one to go there; “Check again” above the draft brings you back here, and the check runs again.</source>
        <translation>Baadhi ya mambo lazima yarekebishwe kabla historia haijatumwa. Bofya mara mbili jambo moja ili kwenda huko; kitufe cha “Kagua tena” juu ya rasimu kitakurudisha hapa, na ukaguzi utafanyika tena.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready to send. A few notes:</source>
        <translation>Iko tayari kutumwa. Madokezo machache:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready to send: nothing to fix.</source>
        <translation>Iko tayari kutumwa: hakuna cha kurekebisha.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/coact_desktop/cli/__init__.py" line="+103"/>
        <source>interrupted</source>
        <translation>imekatizwa</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected error ({error}). Run again with --debug for details.</source>
        <translation>hitilafu isiyotarajiwa ({error}). Endesha tena kwa --debug ili kuona maelezo zaidi.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/backups.py" line="+40"/>
        <source>Restored {name}. The database it replaced was kept as {aside}.</source>
        <translation>{name} imerejeshwa. Hifadhidata ya awali imewekwa kando kama {aside}.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/bundles.py" line="+61"/>
        <source>a new key: compare the fingerprint with the group by phone before trusting it</source>
        <translation>ufunguo mpya: linganisha alama bainishi na kikundi kwa simu kabla ya kuuamini</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the key Coact already trusts for this group</source>
        <translation>ufunguo ambao Coact tayari inauamini kwa kikundi hiki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a new key, handed over by a rotation record signed by the trusted key</source>
        <translation>ufunguo mpya, uliokabidhiwa kwa rekodi ya kubadilisha ufunguo iliyotiwa sahihi na ufunguo unaoaminiwa</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose a passphrase for the group&apos;s new signing key: </source>
        <translation>Chagua kaulisiri ya ufunguo mpya wa sahihi wa kikundi: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase of the group&apos;s signing key: </source>
        <translation>Kaulisiri ya ufunguo wa sahihi wa kikundi: </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Warning: this bundle is NOT encrypted. Anyone who gets the file can read it.</source>
        <translation>Tahadhari: kifurushi hiki HAKIJASIMBWA kwa njia fiche. Yeyote atakayeipata faili hii anaweza kukisoma.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote {path} ({size}), bundle {sequence} of this group.</source>
        <translation>Imeandikwa: {path} ({size}), kifurushi {sequence} cha kikundi hiki.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A signing key was made for the group.</source>
        <translation>Ufunguo wa sahihi umetengenezwa kwa ajili ya kikundi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key fingerprint (read it out to Coact): {words}</source>
        <translation>Alama bainishi ya ufunguo (isome kwa sauti kwa Coact): {words}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{file}: intact and correctly signed.</source>
        <translation>{file}: haijaharibika na imetiwa sahihi ipasavyo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group: {group}</source>
        <translation>Kikundi: {group}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bundle: {sequence}, made {date}</source>
        <translation>Kifurushi: {sequence}, kilitengenezwa {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key: {key}</source>
        <translation>Ufunguo: {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust: {trust}</source>
        <translation>Kuaminiwa: {trust}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already received: importing it again changes nothing.</source>
        <translation>Kimeshapokelewa: kukiingiza tena hakubadilishi chochote.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location filename="../src/coact_desktop/cli/editions.py" line="+147"/>
        <source>{file}: refused. {reason}</source>
        <translation>{file}: haikupokelewa. {reason}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cannot open it here: {reason}.</source>
        <translation>Haiwezi kufunguliwa hapa: {reason}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{file}: imported {name}, bundle {sequence} (already received; nothing changed).</source>
        <translation>{file}: kifurushi {sequence} cha {name} kimeingizwa (kilikuwa kimeshapokelewa; hakuna kilichobadilika).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}: imported {name}, bundle {sequence}.</source>
        <translation>{file}: kifurushi {sequence} cha {name} kimeingizwa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}: held. {name} signs with a key Coact does not know yet. Phone the group and compare these words: {words}. Then accept it in the window&apos;s inbox, or import again with --trust-new-key.</source>
        <translation>{file}: imesimamishwa. Kikundi {name} kinatia sahihi kwa ufunguo ambao Coact bado haiujui. Piga simu kwa kikundi na mlinganishe maneno haya: {words}. Kisha ikubali katika Kikasha cha dirisha la programu, au iingize tena kwa --trust-new-key.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file}: not imported: a newer file from {name} (after bundle {sequence}) is already in the library, and the newest is kept.</source>
        <translation>{file}: haikuingizwa: faili mpya zaidi kutoka kwa {name} (baada ya kifurushi {sequence}) tayari iko kwenye maktaba, na inayohifadhiwa ni ile mpya zaidi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file}: not imported; the bundle is {state}.</source>
        <translation>{file}: haikuingizwa; hali ya kifurushi: {state}.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/drafts.py" line="+57"/>
        <location line="+87"/>
        <source>(no name yet)</source>
        <translation>(bado hakuna jina)</translation>
    </message>
    <message numerus="yes">
        <location line="-85"/>
        <source>saved {when}, %n revisions</source>
        <extracomment>One line of the drafts list: its id, the group&apos;s name, when it was last saved.</extracomment>
        <translation>
            <numerusform>imehifadhiwa {when}, rekebisho %n</numerusform>
            <numerusform>imehifadhiwa {when}, marekebisho %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Restored revision {old} as revision {new}.</source>
        <translation>Rekebisho {old} limerejeshwa kama rekebisho {new}.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>place not given</source>
        <translation>mahali hapakutajwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year not given</source>
        <translation>mwaka haukutajwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place}; founded {year}</source>
        <translation>{place}; mwaka wa kuanzishwa: {year}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n events</source>
        <translation>
            <numerusform>tukio %n</numerusform>
            <numerusform>matukio %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n people</source>
        <translation>
            <numerusform>mtu %n</numerusform>
            <numerusform>watu %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/editions.py" line="-59"/>
        <source>Copied the library&apos;s newest edition to {path}.</source>
        <translation>Toleo jipya zaidi la maktaba limenakiliwa kwenye {path}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Passphrase of the root key: </source>
        <translation>Kaulisiri ya ufunguo wa msingi: </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wrote {file}.</source>
        <translation>Imeandikwa: {file}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Root version {version} is signed by {old_signed} of the {old_needed} current root keys needed and {new_signed} of the {new_needed} of its own.</source>
        <extracomment>A new list of root keys must be signed by enough of the current keys and of its own.</extracomment>
        <translation>Orodha ya funguo za msingi namba {version} imetiwa sahihi na {old_signed} kati ya funguo {old_needed} za msingi za sasa zinazohitajika, na {new_signed} kati ya {new_needed} za orodha yenyewe.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Readers will accept it.</source>
        <translation>Wasomaji wataikubali.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More root keys must sign it.</source>
        <translation>Inahitaji sahihi za funguo zaidi za msingi.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{file}: edition {edition}, against edition {have} here.</source>
        <translation>{file}: toleo {edition}, likilinganishwa na toleo {have} lililopo hapa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>chapter added: {title} ({slug}), {words}</source>
        <translation>sura imeongezwa: {title} ({slug}), {words}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chapter changed: {title} ({slug}), {added} and {removed}</source>
        <translation>sura imebadilishwa: {title} ({slug}), {added} na {removed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chapter removed: {title} ({slug}), {words}</source>
        <translation>sura imeondolewa: {title} ({slug}), {words}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>+%n words</source>
        <extracomment>Words a changed chapter gains, as in &quot;+120 words&quot;.</extracomment>
        <translation>
            <numerusform>neno +%n</numerusform>
            <numerusform>maneno +%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>-%n words</source>
        <extracomment>Words a changed chapter loses, as in &quot;-35 words&quot;.</extracomment>
        <translation>
            <numerusform>neno -%n</numerusform>
            <numerusform>maneno -%n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>history added: {name}</source>
        <translation>historia imeongezwa: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>history changed: {name}</source>
        <translation>historia imebadilishwa: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>history removed: {name}</source>
        <translation>historia imeondolewa: {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing would change but the edition&apos;s number and notes.</source>
        <translation>Hakuna kitu kingebadilika isipokuwa namba ya toleo na madokezo yake.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{folder}: no newer edition for this library.</source>
        <translation>{folder}: hakuna toleo jipya zaidi kwa maktaba hii.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Imported before it: {files}.</source>
        <translation>Zilizoingizwa kabla yake: {files}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{file}: imported.</source>
        <translation>{file}: imeingizwa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: intact and signed by Coact.</source>
        <translation>{file}: haijaharibika na imetiwa sahihi na Coact.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edition: {edition} of {library}, from {date}</source>
        <translation>Toleo: {edition} la {library}, la tarehe {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title: {title}</source>
        <translation>Kichwa: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed: {when} by the publishing key {key}</source>
        <translation>Imetiwa sahihi: {when} kwa ufunguo wa uchapishaji {key}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Histories: {names}</source>
        <translation>Historia: {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>hakuna</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left out: {names} (no longer in this edition)</source>
        <translation>Zilizoachwa: {names} (hazimo tena katika toleo hili)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the changes since the edition this library holds.</source>
        <translation>Mabadiliko tu tangu toleo lililomo katika maktaba hii.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library now has edition {edition}.</source>
        <translation>Sasa maktaba ina toleo {edition}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What&apos;s new: {notes}</source>
        <translation>Yaliyo mapya: {notes}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: this computer&apos;s clock is behind: a file signed on {date} was already seen here. Set the date right.</source>
        <translation>Tahadhari: saa ya kompyuta hii iko nyuma: faili iliyotiwa sahihi {date} tayari imeonekana hapa. Tafadhali rekebisha tarehe.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>--delta-from: {file} is not a pack file (or say “{shipped}”).</source>
        <translation>--delta-from: {file} si faili ya toleo (au andika “{shipped}”).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Wrote {file} ({size}): the changes that make edition {edition}, signed by {key}.</source>
        <translation>Imeandikwa: {file} ({size}): mabadiliko yanayounda toleo {edition}, yametiwa sahihi kwa ufunguo {key}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrote {file} ({size}): edition {edition}, signed by {key}.</source>
        <translation>Imeandikwa: {file} ({size}): toleo {edition}, limetiwa sahihi kwa ufunguo {key}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{library}  edition {edition}, {date}: {title}</source>
        <translation>{library}  toleo {edition}, {date}: {title}</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/keys.py" line="+68"/>
        <source>Cannot read the passphrase file {path}: {reason}.</source>
        <translation>Haiwezekani kusoma faili ya kaulisiri {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A passphrase is needed: run this in a terminal, or give --passphrase-file FILE.</source>
        <translation>Kaulisiri inahitajika: endesha amri hii kwenye terminal, au toa --passphrase-file FILE.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type it again: </source>
        <translation>Iandike tena: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Kaulisiri hizo mbili hazifanani; hakuna kilichobadilishwa.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No signing key yet: it is made on the first export.</source>
        <translation>Bado hakuna ufunguo wa sahihi: utaundwa utakapotengeneza faili ya kutuma kwa mara ya kwanza.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wrote the public key {key} to {file}.</source>
        <translation>Ufunguo wa umma {key} umeandikwa kwenye {file}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase of the signing key: </source>
        <translation>Kaulisiri ya ufunguo wa sahihi: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrote a backup of key {key} to {file}. It stays encrypted with its passphrase: keep the file and the passphrase in different places.</source>
        <translation>Nakala ya akiba ya ufunguo {key} imeandikwa kwenye {file}. Inabaki imesimbwa kwa njia fiche kwa kaulisiri yake: weka faili na kaulisiri mahali tofauti.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase of the backed-up key: </source>
        <translation>Kaulisiri ya ufunguo ulio kwenye nakala ya akiba: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored key {key}.</source>
        <translation>Ufunguo {key} umerejeshwa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase of the current key: </source>
        <translation>Kaulisiri ya ufunguo wa sasa: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase for the new key: </source>
        <translation>Kaulisiri ya ufunguo mpya: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Made key {key}; key {old} signed the hand-over.</source>
        <translation>Ufunguo {key} umetengenezwa; ufunguo {old} ulitia sahihi makabidhiano.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Key id:</source>
        <translation>Kitambulisho cha ufunguo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint:</source>
        <translation>Alama bainishi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public key:</source>
        <translation>Ufunguo wa umma:</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/search.py" line="+30"/>
        <source>Preparing search (first use)…</source>
        <translation>Inaandaa utafutaji (matumizi ya kwanza)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No exact matches. Close spellings:</source>
        <translation>Hakuna kinacholingana kabisa. Tahajia zinazokaribiana:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did you mean: {suggestion}</source>
        <translation>Je, ulimaanisha: {suggestion}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>{shown} of %n results</source>
        <extracomment>{shown} results are listed of %n found in all.</extracomment>
        <translation>
            <numerusform>Tokeo {shown} kati ya %n</numerusform>
            <numerusform>Matokeo {shown} kati ya %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/answers.py" line="+66"/>
        <source>{file}: Coact&apos;s answer: {decision}.</source>
        <translation>{file}: jibu la Coact: {decision}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is on the draft {draft} (bundle {n}).</source>
        <translation>Jibu liko kwenye rasimu {draft} (kifurushi {n}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>bundle {n}: {decision}, signed {when}</source>
        <translation>kifurushi {n}: {decision}; jibu lilitiwa sahihi {when}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refused. {reason}</source>
        <translation>Haikupokelewa. {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--section-text: cannot read {file}: {reason}.</source>
        <translation>--section-text: haiwezekani kusoma {file}: {reason}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../src/coact_desktop/cli/editions.py" line="-51"/>
        <source>Passphrase of the publishing key: </source>
        <translation>Kaulisiri ya ufunguo wa uchapishaji: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote {file}: the answer to bundle {n} of the group.</source>
        <translation>Imeandikwa: {file}, jibu kwa kifurushi {n} cha kikundi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{option} takes TITLE=VALUE, as in {option} “How we began=…”.</source>
        <extracomment>TITLE and VALUE are written as they are: they name the parts of the option.</extracomment>
        <translation>{option} inahitaji TITLE=VALUE, kwa mfano {option} “Jinsi tulivyoanza=…”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>accepted</source>
        <translation>imekubaliwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted with changes</source>
        <translation>imekubaliwa pamoja na mabadiliko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changes asked for</source>
        <translation>mabadiliko yanahitajika</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/output.py" line="+30"/>
        <source>{n} KB</source>
        <translation>KB {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} MB</source>
        <translation>MB {n}</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/release.py" line="+42"/>
        <source>{folder} is Coact Desktop {version} as Coact released it: {files} files, each unchanged, signed by key {key}.</source>
        <translation>{folder} ni Coact Desktop {version} kama ilivyotolewa na Coact: faili {files}, kila moja bila mabadiliko, zimetiwa sahihi kwa ufunguo {key}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copied Coact Desktop {version} to {folder} and checked the copy.</source>
        <translation>Coact Desktop {version} imenakiliwa kwenye {folder} na nakala imekaguliwa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied the library to {folder}.</source>
        <translation>Maktaba imenakiliwa kwenye {folder}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No edition from a file to pass on yet: the library that comes with the program is in it.</source>
        <translation>Bado hakuna toleo lililoingizwa kutoka kwenye faili ili kuwapa wengine: maktaba inayokuja na programu tayari imo ndani ya nakala.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Whoever receives it can check it: {check} with Coact&apos;s publishing key (or: coact-desktop release verify FOLDER).</source>
        <extracomment>{check} is a command to type as it is (cd, sha256sum, minisign): not to be translated.</extracomment>
        <translation>Yeyote atakayeipokea anaweza kuikagua: {check} kwa ufunguo wa uchapishaji wa Coact (au: coact-desktop release verify FOLDER).</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/protection.py" line="+81"/>
        <source>The drafts are protected by a passphrase: run this in a terminal, or give --unlock-file FILE.</source>
        <translation>Rasimu zinalindwa kwa kaulisiri: endesha amri hii kwenye terminal, au toa --unlock-file FILE.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase of your group&apos;s drafts: </source>
        <translation>Kaulisiri ya rasimu za kikundi chako: </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The drafts are not protected by a passphrase.</source>
        <translation>Rasimu hazilindwi kwa kaulisiri.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you forget this passphrase, nobody can open your drafts again, not even Coact.</source>
        <translation>Ukisahau kaulisiri hii, hakuna atakayeweza kufungua rasimu zako tena, hata Coact.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <location line="+25"/>
        <source>New passphrase: </source>
        <translation>Kaulisiri mpya: </translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+53"/>
        <source>Duress passphrase: </source>
        <translation>Kaulisiri ya dharura: </translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Paper key: </source>
        <translation>Ufunguo wa karatasi: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The drafts open with the new passphrase. A duress passphrase, if one was set, was removed: set it again.</source>
        <translation>Sasa rasimu zinafunguliwa kwa kaulisiri mpya. Kaulisiri ya dharura, ikiwa ilikuwa imewekwa, imeondolewa: tafadhali iweke tena.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Anyone with this key and the laptop can read the drafts: copy it onto paper and keep it away from the laptop.</source>
        <translation>Mtu yeyote mwenye ufunguo huu na kompyuta hii anaweza kusoma rasimu: nakili ufunguo huu kwenye karatasi na uweke karatasi hiyo mbali na kompyuta.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The drafts are not protected by a passphrase: set one first.</source>
        <translation>Rasimu hazilindwi kwa kaulisiri: tafadhali weka kaulisiri kwanza.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quick delete after wrong passphrases is off.</source>
        <translation>Kufuta haraka baada ya kaulisiri zisizo sahihi kumezimwa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After {count} wrong passphrases in a row, the drafts, inbox, photos, keys and backups are destroyed for good, and nothing says so. A mistyped passphrase can set it off; it does not help against a copy of the disk made first.</source>
        <translation>Baada ya kuandika kaulisiri isiyo sahihi mara {count} mfululizo, rasimu, Kikasha, picha, funguo na nakala za akiba vinafutwa kabisa, na hakuna kinachoonyesha hivyo. Kaulisiri iliyoandikwa vibaya inaweza kuanzisha kufuta huku; kufuta huku hakulindi data iliyo kwenye nakala ya diski iliyotengenezwa kabla.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Without a terminal, quick delete needs --yes.</source>
        <translation>Bila terminal, kufuta haraka kunahitaji --yes.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Passphrase: </source>
        <translation>Kaulisiri: </translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The drafts, their photos and files, the inbox and the keys are encrypted under a passphrase.</source>
        <translation>Rasimu, picha na faili zilizoambatishwa, Kikasha na funguo vimesimbwa kwa njia fiche kwa kaulisiri.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The drafts, their photos and files, the inbox and the keys are now encrypted.</source>
        <translation>Rasimu, picha na faili zilizoambatishwa, Kikasha na funguo sasa vimesimbwa kwa njia fiche.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The passphrase was changed.</source>
        <translation>Kaulisiri imebadilishwa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The duress passphrase was removed.</source>
        <translation>Kaulisiri ya dharura imeondolewa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The duress passphrase was set.</source>
        <translation>Kaulisiri ya dharura imewekwa.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>delete</source>
        <extracomment>The word the person types to confirm quick delete; keep it one short word.</extracomment>
        <translation>futa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This destroys the drafts, inbox, keys, backups and logs for good. Type {word} to go on: </source>
        <translation>Hii inafuta kabisa rasimu, Kikasha, funguo, nakala za akiba na faili za kumbukumbu. Andika {word} ili kuendelea: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was deleted.</source>
        <translation>Hakuna kilichofutwa.</translation>
    </message>
</context>
<context>
    <name>ContentsView</name>
    <message>
        <location filename="../src/coact_desktop/gui/contents_view.py" line="+22"/>
        <source>Contents</source>
        <translation>Yaliyomo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Models of organising</source>
        <translation>Mitindo ya kujipanga</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Groups&apos; own histories</source>
        <translation>Historia zilizoandikwa na vikundi vyenyewe</translation>
    </message>
</context>
<context>
    <name>DraftAnswers</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_answers.py" line="+56"/>
        <source>Coact has answered this history (bundle {sequence}).</source>
        <translation>Coact imejibu historia hii (kifurushi {sequence}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See Coact&apos;s answer</source>
        <translation>Tazama jibu la Coact</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Coact&apos;s version of {title} is in the draft.</source>
        <translation>Maandishi ya Coact ya sehemu “{title}” sasa yamo katika rasimu.</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_editor.py" line="+60"/>
        <source>Group profile…</source>
        <translation>Taarifa za kikundi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision history…</source>
        <translation>Historia ya marekebisho…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to Coact…</source>
        <translation>Tuma kwa Coact…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the draft and save it as one signed, encrypted file for Coact</source>
        <translation>Kagua rasimu na uihifadhi kama faili moja iliyotiwa sahihi na kusimbwa kwa njia fiche kwa ajili ya Coact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sections</source>
        <translation>Sehemu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add section</source>
        <translation>Ongeza sehemu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>Badilisha jina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Sogeza juu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Sogeza chini</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Section text</source>
        <translation>Maandishi ya sehemu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write here. Markdown works: **bold**, - lists, # headings.</source>
        <translation>Andika hapa. Markdown inafanya kazi: **herufi nzito**, - orodha, # vichwa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent warning</source>
        <translation>Tahadhari kuhusu ridhaa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the pseudonym everywhere</source>
        <translation>Tumia jina la kubuni kila mahali</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preview</source>
        <extracomment>Button: shows the draft as readers will see it.</extracomment>
        <translation>Onyesho la awali</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See the draft as it would appear in the library&apos;s reading view</source>
        <translation>Tazama rasimu kama itakavyoonekana kwa wasomaji wa maktaba</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview of the whole draft</source>
        <translation>Onyesho la awali la rasimu nzima</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save status</source>
        <translation>Hali ya kuhifadhi</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Parts of the draft</source>
        <extracomment>The tabs of a draft: text, timeline, people and consent, photos and files.</extracomment>
        <translation>Vipengele vya rasimu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Maandishi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline</source>
        <extracomment>Tab of a draft: the dated events of the group&apos;s history.</extracomment>
        <translation>Mfuatano wa matukio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+241"/>
        <source>People and consent</source>
        <translation>Watu na ridhaa</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Photos and files</source>
        <translation>Picha na faili</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>(no name yet)</source>
        <translation>(bado hakuna jina)</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>People and consent ({count} to check)</source>
        <translation>Watu na ridhaa (ya kukagua: {count})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Names to check: {count}. A real name is used without consent in the text, the timeline or a file. Record their consent here, or use their pseudonym. ({keys})</source>
        <translation>Majina ya kukagua: {count}. Jina halisi limetumika bila ridhaa katika maandishi, mfuatano wa matukio au faili. Andika ridhaa ya mtu huyo hapa, au tumia jina lake la kubuni. ({keys})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“{name}” is named in this section but has not agreed to be named. Use their pseudonym instead, or record their consent under People.</source>
        <translation>“{name}” ametajwa katika sehemu hii lakini hajakubali kutajwa kwa jina. Badala yake tumia jina lake la kubuni, au andika ridhaa yake kwenye kichupo cha Watu na ridhaa.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give them a pseudonym under People first.</source>
        <translation>Kwanza mpe jina la kubuni kwenye kichupo cha Watu na ridhaa.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New section</source>
        <translation>Sehemu mpya</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rename section</source>
        <translation>Badilisha jina la sehemu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Kichwa</translation>
    </message>
</context>
<context>
    <name>DraftTables</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_tables.py" line="+221"/>
        <source>Remove</source>
        <extracomment>Button: remove the chosen row (an event or a person).</extracomment>
        <translation>Ondoa</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a row (Alt+A)</source>
        <translation>Ongeza mstari (Alt+A)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A year such as 1998; a date in words goes under When.</source>
        <translation>Mwaka kama 1998; tarehe kwa maneno iandikwe chini ya “Lini”.</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_guide.py" line="+25"/>
        <source>How the group began</source>
        <translation>Jinsi kikundi kilivyoanza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the group does</source>
        <translation>Kikundi kinafanya nini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Milestones</source>
        <extracomment>Title of a section every new draft starts with: the group&apos;s key moments.</extracomment>
        <translation>Hatua muhimu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Challenges and responses</source>
        <translation>Changamoto na jinsi zilivyokabiliwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achievements</source>
        <translation>Mafanikio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lessons for other groups</source>
        <translation>Mafunzo kwa vikundi vingine</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>When and where did the group start, who started it, and why? Was it a reaction to something happening in your drug scene?</source>
        <translation>Kikundi kilianza lini na wapi, nani alikianzisha, na kwa nini? Je, kilianza kwa sababu ya jambo lililokuwa likitokea katika mazingira ya dawa za kulevya mahali penu?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What does the group do: peer support, needle and syringe programmes, treatment advocacy, legal help, outreach, campaigning? Which models of organising fit?</source>
        <translation>Kikundi kinafanya nini: usaidizi wa rika kwa rika, huduma za sindano na mabomba safi ya sindano, utetezi wa upatikanaji wa matibabu, msaada wa kisheria, kuwafikia watu mahali walipo, kampeni? Ni mitindo gani ya kujipanga inayofaa?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What were the important moments, and when did they happen?</source>
        <translation>Ni nyakati zipi zilikuwa muhimu, na zilitokea lini?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What got in the way (the police, funding, stigma, the law), and how did you respond?</source>
        <translation>Ni nini kilichowazuia (polisi, fedha, unyanyapaa, sheria), na mlikabilianaje nacho?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What changed because of the group?</source>
        <translation>Ni nini kilibadilika kwa sababu ya kikundi?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would you tell a group that is just starting?</source>
        <translation>Ungekiambia nini kikundi ambacho ndiyo kwanza kinaanza?</translation>
    </message>
</context>
<context>
    <name>DraftsView</name>
    <message>
        <location filename="../src/coact_desktop/gui/drafts_view.py" line="+67"/>
        <source>Drafts</source>
        <translation>Rasimu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New draft…</source>
        <translation>Rasimu mpya…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write your group&apos;s own history here, at your own pace. Everything you type is kept on this computer and saved as you go.

Start with “New draft…”.</source>
        <translation>Andika historia ya kikundi chako hapa, kwa mwendo wako mwenyewe. Kila unachoandika kinawekwa kwenye kompyuta hii na kuhifadhiwa unapoendelea.

Anza na “Rasimu mpya…”.</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Fix what the check found, then go on sending the file to Coact.</source>
        <extracomment>Shown instead of the list and editor while the drafts are locked.</extracomment>
        <translation>Rekebisha kile ambacho ukaguzi ulipata, kisha endelea kutuma faili kwa Coact.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check again</source>
        <extracomment>Button: look at the draft again for problems before sending.</extracomment>
        <translation>Kagua tena</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+166"/>
        <source>(no name yet)</source>
        <translation>(bado hakuna jina)</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Choose a draft in the list to go on writing it, or start another with “New draft…”.</source>
        <translation>Chagua rasimu kwenye orodha ili uendelee kuiandika, au anzisha nyingine kwa “Rasimu mpya…”.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Coact Desktop did not close properly last time. Your draft is back as it was at its last autosave ({time}).</source>
        <translation>Coact Desktop haikufungwa ipasavyo mara ya mwisho. Rasimu yako imerudi kama ilivyokuwa ilipohifadhiwa kiotomatiki mara ya mwisho ({time}).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All changes saved.</source>
        <translation>Mabadiliko yote yamehifadhiwa.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saving…</source>
        <translation>Inahifadhi…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>All changes saved ({time}).</source>
        <translation>Mabadiliko yote yamehifadhiwa ({time}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not saved yet: {reason} Your text is kept and will be saved again.</source>
        <translation>Bado haijahifadhiwa: {reason} Maandishi yako yamewekwa salama, na programu itajaribu kuyahifadhi tena.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Attach a photo or a document</source>
        <translation>Ambatisha picha au hati</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos, PDF documents and text (*.jpg *.jpeg *.png *.pdf *.txt *.md)</source>
        <translation>Picha, hati za PDF na maandishi (*.jpg *.jpeg *.png *.pdf *.txt *.md)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Caption</source>
        <extracomment>Title of a small dialog asking for a photo&apos;s caption.</extracomment>
        <translation>Maelezo ya picha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What does it show? (optional)</source>
        <translation>Inaonyesha nini? (si lazima)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removing hidden details from the file…</source>
        <translation>Inaondoa taarifa zilizofichwa kwenye faili…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file was cleaned, but another draft is open now: attach it again.</source>
        <translation>Faili imesafishwa, lakini sasa rasimu nyingine iko wazi: tafadhali iambatishe tena.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>camera and author details (EXIF)</source>
        <translation>taarifa za kamera na mwandishi (EXIF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the place it was taken (GPS)</source>
        <translation>mahali ilipopigwa (GPS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>editing details (XMP)</source>
        <translation>taarifa za uhariri (XMP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>captions and credits (IPTC)</source>
        <translation>maelezo ya picha na majina ya waliohusika (IPTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hidden comment</source>
        <translation>maoni yaliyofichwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a colour profile</source>
        <translation>mipangilio ya rangi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text notes (author, description)</source>
        <translation>madokezo ya maandishi (mwandishi, maelezo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the author and the program that made it</source>
        <translation>mwandishi na programu iliyoitengeneza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comments and their authors&apos; names, links and form fields</source>
        <translation>maoni na majina ya walioyaandika, viungo na visanduku vya fomu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hidden extras (scripts, attached files, private program data)</source>
        <translation>vitu vya ziada vilivyofichwa (skripti, faili zilizoambatishwa, data binafsi za programu)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attached. Removed from the copy: {removed}.</source>
        <translation>Imeambatishwa. Kilichoondolewa kwenye nakala: {removed}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attached. The file carried no hidden details.</source>
        <translation>Imeambatishwa. Faili haikuwa na taarifa zilizofichwa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The original file was not copied or changed.</source>
        <translation>Faili ya asili haikunakiliwa wala kubadilishwa.</translation>
    </message>
</context>
<context>
    <name>EditionImport</name>
    <message>
        <location filename="../src/coact_desktop/gui/edition_import.py" line="+54"/>
        <source>Checking {name}…</source>
        <translation>Inakagua {name}…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;p&gt;&lt;b&gt;{title}&lt;/b&gt;, edition {edition}, from {date}.&lt;/p&gt;&lt;p&gt;Signed by Coact on {created}. The library now has edition {have}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{title}&lt;/b&gt;, toleo {edition}, la tarehe {date}.&lt;/p&gt;&lt;p&gt;Limetiwa sahihi na Coact tarehe {created}. Kwa sasa maktaba ina toleo {have}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;p&gt;Group histories in it: {names}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Historia za vikundi zilizomo: {names}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;No longer in it: {names}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hazimo tena: {names}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;What is new: {notes}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Yaliyo mapya: {notes}&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;p&gt;It comes in %n files, checked and imported one after the other.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Linakuja katika faili %n, inayokaguliwa kisha kuingizwa.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Linakuja katika faili %n, zinazokaguliwa na kuingizwa moja baada ya nyingine.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Your drafts, keys and reading place are kept.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Rasimu zako, funguo zako na mahali ulipofikia kusoma vitabaki kama vilivyo.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;This computer&apos;s clock is behind:&lt;/b&gt; a file signed on {seen} was already seen here. Set the date right, or an old edition could pass for a new one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Saa ya kompyuta hii iko nyuma:&lt;/b&gt; faili iliyotiwa sahihi {seen} tayari imeonekana hapa. Tafadhali rekebisha tarehe, la sivyo toleo la zamani linaweza kuonekana kama jipya.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import this edition?</source>
        <translation>Uingize toleo hili?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import</source>
        <extracomment>Button: take the new edition into the library on this computer.</extracomment>
        <translation>Ingiza</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The edition was not imported.</source>
        <translation>Toleo halikuingizwa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importing {name}…</source>
        <translation>Inaingiza {name}…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edition {edition} is now in the library.</source>
        <translation>Toleo {edition} sasa liko kwenye maktaba.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{done} The next file was not imported. {reason}</source>
        <translation>{done} Faili inayofuata haikuingizwa. {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopped. Nothing was changed.</source>
        <translation>Imesitishwa. Hakuna kilichobadilishwa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stick holds no newer edition than yours.</source>
        <translation>Flash ya USB haina toleo jipya zaidi kuliko lako.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The edition was not imported. {reason}</source>
        <translation>Toleo halikuingizwa. {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not imported</source>
        <translation>Halikuingizwa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edition</source>
        <extracomment>An edition: one signed, numbered release of the history (the library).</extracomment>
        <translation>Toleo</translation>
    </message>
</context>
<context>
    <name>EditionPreview</name>
    <message>
        <location filename="../src/coact_desktop/gui/edition_preview.py" line="+29"/>
        <source>Preview of edition {n}</source>
        <translation>Onyesho la awali la toleo {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview: edition {n}, {date}. Nothing is published yet.</source>
        <translation>Onyesho la awali: toleo {n}, {date}. Bado hakuna kilichochapishwa.</translation>
    </message>
</context>
<context>
    <name>EditionsWorkspace</name>
    <message>
        <location filename="../src/coact_desktop/gui/editions_workspace.py" line="+75"/>
        <source>Editions workspace</source>
        <translation>Maandalizi ya matoleo</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Edition {new}, made from edition {old} of {date}.</source>
        <translation>Toleo {new}, linalotokana na toleo {old} la tarehe {date}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accepted histories</source>
        <translation>Historia zilizokubaliwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticked histories go into the edition, in this order.</source>
        <translation>Historia zilizowekewa alama ya vema zitaingia kwenye toleo, kwa mpangilio huu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;up</source>
        <translation>Sogeza &amp;juu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>Sogeza chi&amp;ni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model of organising</source>
        <translation>Mtindo wa kujipanga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model: under “Groups&apos; own histories”</source>
        <translation>Bila mtindo: chini ya “Historia zilizoandikwa na vikundi vyenyewe”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chapters of the edition</source>
        <translation>Sura za toleo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add a chapter from Markdown…</source>
        <translation>&amp;Ongeza sura kutoka faili ya Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace with Markdown…</source>
        <translation>&amp;Badilisha kwa faili ya Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the change &amp;out</source>
        <translation>Ondoa ba&amp;diliko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What&apos;s new, for readers</source>
        <translation>Yaliyo mapya, kwa ajili ya wasomaji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is new in this edition, in a few lines.</source>
        <translation>Yaliyo mapya katika toleo hili, kwa mistari michache.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publishing key file</source>
        <translation>Faili ya ufunguo wa uchapishaji</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Choose…</source>
        <translation>Chagua…</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Choose the publishing key file</source>
        <translation>Chagua faili ya ufunguo wa uchapishaji</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase of the publishing key</source>
        <translation>Kaulisiri ya ufunguo wa uchapishaji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder to save the edition in</source>
        <translation>Folda ya kuhifadhi toleo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the folder</source>
        <translation>Chagua folda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view as readers will see it</source>
        <translation>Onyesho la &amp;awali kama wasomaji watakavyoliona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Publish…</source>
        <translation>&amp;Chapisha…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Groups&apos; histories</source>
        <translation>&amp;Historia za vikundi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Under the &amp;model:</source>
        <translation>Chini ya &amp;mtindo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;hapters</source>
        <translation>&amp;Sura</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What&apos;s &amp;new:</source>
        <translation>&amp;Yaliyo mapya:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publishing &amp;key:</source>
        <translation>U&amp;funguo wa uchapishaji:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;ssphrase:</source>
        <translation>&amp;Kaulisiri:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;to:</source>
        <translation>Hifadhi ka&amp;tika:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No history has been accepted in the inbox yet: chapters and notes only.</source>
        <translation>Bado hakuna historia iliyokubaliwa katika Kikasha: sura na madokezo tu.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{title}  (replaced from {file})</source>
        <translation>{title}  (imebadilishwa kwa maandishi ya {file})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New: {title}  (from {file})</source>
        <translation>Mpya: {title}  (kutoka {file})</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Markdown (*.md *.markdown *.txt);;All files (*)</source>
        <translation>Markdown (*.md *.markdown *.txt);;Faili zote (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This file cannot be used</source>
        <translation>Faili hii haiwezi kutumika</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a chapter</source>
        <translation>Ongeza sura</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No title</source>
        <translation>Hakuna kichwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the file with its title on a line of its own, as “# Title”.</source>
        <translation>Anza faili kwa kichwa chake kwenye mstari wake peke yake, hivi: “# Kichwa”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replace</source>
        <extracomment>Title of a file dialog: choose a Markdown file to replace a chapter&apos;s text.</extracomment>
        <translation>Badilisha</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The plan could not be saved: {error}</source>
        <translation>Mpango haukuweza kuhifadhiwa: {error}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Putting the edition together…</source>
        <translation>Inaunganisha toleo…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Facts no longer quoted by the text are left out: {n}.</source>
        <translation>Taarifa ambazo hazinukuliwi tena na maandishi zimeachwa: {n}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the publishing key file first.</source>
        <translation>Kwanza chagua faili ya ufunguo wa uchapishaji.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a folder to save the edition in.</source>
        <translation>Chagua folda ya kuhifadhi toleo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Publish edition {n}?</source>
        <translation>Uchapishe toleo {n}?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edition {n} will hold {histories} and {chapters}. It is signed with the key in {key} and saved in {folder}. Readers who import it see it as it was in the preview.</source>
        <extracomment>{histories} and {chapters} are the two phrases translated just before this one.</extracomment>
        <translation>Toleo {n} litakuwa na {histories} na {chapters}. Litatiwa sahihi kwa ufunguo ulio katika {key} na kuhifadhiwa katika {folder}. Wasomaji watakaoliingiza wataliona kama lilivyokuwa katika onyesho la awali.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n groups&apos; histories</source>
        <extracomment>Part of &quot;Edition 5 will hold 3 groups&apos; histories and …&quot;.</extracomment>
        <translation>
            <numerusform>historia %n ya kikundi</numerusform>
            <numerusform>historia %n za vikundi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new or changed chapters</source>
        <extracomment>Part of &quot;Edition 5 will hold … and 2 new or changed chapters&quot;.</extracomment>
        <translation>
            <numerusform>sura %n mpya au iliyobadilishwa</numerusform>
            <numerusform>sura %n mpya au zilizobadilishwa</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Signing and writing edition {n}…</source>
        <translation>Inatia sahihi na kuandika toleo {n}…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edition published</source>
        <translation>Toleo limechapishwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved in {folder}: {names}. Send the small “-delta” file to readers who have the edition before; the full one to everyone else.</source>
        <translation>Zimehifadhiwa katika {folder}: {names}. Tuma faili ndogo ya “-delta” kwa wasomaji walio na toleo lililotangulia, na faili kamili kwa wengine wote.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopped. Nothing was published.</source>
        <translation>Imesitishwa. Hakuna kilichochapishwa.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not done</source>
        <translation>Haikufanyika</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The publishing key</source>
        <translation>Ufunguo wa uchapishaji</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the edition in</source>
        <translation>Hifadhi toleo katika</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../src/coact_desktop/words/errors.py" line="+16"/>
        <source>Something went wrong inside Coact Desktop ({error}). The details are in the log file in your profile folder.</source>
        <translation>Hitilafu imetokea ndani ya Coact Desktop ({error}). Maelezo yako katika faili ya kumbukumbu ndani ya folda ya wasifu wako.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coact Desktop cannot use the folder {path}. Check that it exists and that you may write to it, or start the program with --data-dir and another folder.</source>
        <translation>Coact Desktop haiwezi kutumia folda {path}. Hakikisha kwamba folda hiyo ipo na kwamba unaruhusiwa kuandika ndani yake, au anzisha programu kwa --data-dir na folda nyingine.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The library database could not be opened or updated. Nothing was changed.</source>
        <translation>Hifadhidata ya maktaba haikuweza kufunguliwa au kusasishwa. Hakuna kilichobadilishwa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history that comes with this copy of Coact Desktop is damaged. Please install the program again.</source>
        <translation>Historia inayokuja na nakala hii ya Coact Desktop imeharibika. Tafadhali sakinisha programu tena.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search could not run.</source>
        <translation>Utafutaji haukuweza kufanyika.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That part of the history could not be found.</source>
        <translation>Kipande hicho cha historia hakikupatikana.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>Imeghairiwa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file cannot be attached safely. Coact Desktop attaches photos (JPEG, PNG) and text files, after removing their hidden details.</source>
        <translation>Faili hii haiwezi kuambatishwa kwa usalama. Coact Desktop huambatisha picha (JPEG, PNG) na faili za maandishi, baada ya kuondoa taarifa zilizofichwa ndani yake.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This draft file is not valid.</source>
        <translation>Faili hii ya rasimu haiko katika muundo unaofaa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A draft with this identity is already here.</source>
        <translation>Rasimu yenye kitambulisho hiki tayari iko hapa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file cannot be used.</source>
        <translation>Faili ya ufunguo haiwezi kutumika.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature is not valid.</source>
        <translation>Sahihi si halali.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file was refused, and nothing in the library was changed.</source>
        <translation>Faili hii haikupokelewa, na hakuna kilichobadilishwa katika maktaba.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file could not be written; nothing was sent.</source>
        <translation>Faili haikuweza kuandikwa; hakuna kilichotumwa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your group&apos;s drafts are locked. Unlock them with your passphrase first.</source>
        <translation>Rasimu za kikundi chako zimefungwa. Tafadhali zifungue kwanza kwa kaulisiri yako.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file that keeps the key to your drafts (data-key.json in the profile folder) is missing or damaged, so the drafts cannot be opened. Nothing was changed.</source>
        <translation>Faili inayohifadhi ufunguo wa rasimu zako (data-key.json katika folda ya wasifu) haipo au imeharibika, kwa hiyo rasimu haziwezi kufunguliwa. Hakuna kilichobadilishwa.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The draft is not ready to send; nothing was written. The check before sending lists what to fix.</source>
        <translation>Rasimu hii haiko tayari kutumwa; hakuna kilichoandikwa. Ukaguzi wa kabla ya kutuma unaorodhesha mambo ya kurekebisha.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Chagua kaulisiri yenye angalau herufi 8.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This passphrase does not open this key file; check that it is the one set for it.</source>
        <translation>Kaulisiri hii haifungui faili hii ya ufunguo; hakikisha kwamba ndiyo kaulisiri iliyowekwa kwa faili hiyo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This passphrase does not open your group&apos;s drafts; nothing was changed. Check the keyboard language and Caps Lock, and try again.</source>
        <translation>Kaulisiri hii haifungui rasimu za kikundi chako; hakuna kilichobadilishwa. Angalia lugha ya kibodi na Caps Lock, kisha ujaribu tena.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The duress passphrase must differ from your usual passphrase.</source>
        <translation>Kaulisiri ya dharura lazima iwe tofauti na kaulisiri yako ya kawaida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A paper key is 14 groups of 4 letters and digits. Copy all of them from the paper.</source>
        <translation>Ufunguo wa karatasi una makundi 14, na kila kundi lina herufi au tarakimu 4. Nakili makundi yote kutoka kwenye karatasi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This paper key has a mistake in it; nothing was changed. Compare each group with the paper.</source>
        <translation>Ufunguo huu wa karatasi una kosa; hakuna kilichobadilishwa. Linganisha kila kundi na karatasi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This paper key does not open these drafts; nothing was changed. It may be the paper of another laptop or of an older profile.</source>
        <translation>Ufunguo huu wa karatasi haufungui rasimu hizi; hakuna kilichobadilishwa. Huenda ni karatasi ya kompyuta nyingine au ya wasifu wa zamani.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup also keeps the key that opens Coact&apos;s answers to your group: give the signing key&apos;s passphrase to lock it in the backup.</source>
        <translation>Nakala ya akiba pia inahifadhi ufunguo unaofungua majibu ya Coact kwa kikundi chako: andika kaulisiri ya ufunguo wa sahihi ili kuufunga ndani ya nakala ya akiba.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This passphrase does not open your group&apos;s signing key. Nobody can recover a forgotten passphrase, not even Coact: that is what keeps the key safe if the laptop is taken. If it is lost for good, restore a key backup whose passphrase you know, or ask Coact how to send your history under a new key.</source>
        <translation>Kaulisiri hii haifungui ufunguo wa sahihi wa kikundi chako. Hakuna anayeweza kurejesha kaulisiri iliyosahaulika, hata Coact: hilo ndilo linaloweka ufunguo salama kompyuta ikichukuliwa. Ikiwa imepotea kabisa, rejesha nakala ya akiba ya ufunguo ambayo unaijua kaulisiri yake, au uliza Coact jinsi ya kutuma historia yako kwa ufunguo mpya.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>chapter</source>
        <translation>sura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model of organising</source>
        <translation>mtindo wa kujipanga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>nchi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decade</source>
        <translation>muongo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown {what} “{value}”. Choose one of: {choices}.</source>
        <extracomment>{what} is one of: chapter, model of organising, country, decade (translated just before).</extracomment>
        <translation>“{value}” haijulikani kama {what}. Chagua mojawapo ya: {choices}.</translation>
    </message>
</context>
<context>
    <name>EventsTable</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_tables.py" line="+161"/>
        <source>When</source>
        <extracomment>Column of the timeline: when the event happened, in the group&apos;s own words.</extracomment>
        <translation>Lini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year</source>
        <extracomment>Column of the timeline: the year as a number, used to sort the events.</extracomment>
        <translation>Mwaka</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>What happened</source>
        <translation>Kilichotokea</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>People involved</source>
        <translation>Watu waliohusika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations involved</source>
        <translation>Mashirika yaliyohusika</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add event</source>
        <translation>Ongeza tukio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The group&apos;s timeline</source>
        <translation>Mfuatano wa matukio wa kikundi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When it happened, in words: “spring 2005”, “after the first raid”</source>
        <translation>Lini lilitokea, kwa maneno: “mwanzoni mwa 2005”, “baada ya msako wa kwanza wa polisi”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The year as a number, such as 2005: it puts the timeline in order</source>
        <translation>Mwaka kwa tarakimu, kama 2005: hupanga mfuatano wa matukio kwa utaratibu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names from People and consent are suggested: as each may be shown</source>
        <translation>Majina kutoka Watu na ridhaa yanapendekezwa: kama kila jina linavyoruhusiwa kuonyeshwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations the library knows are suggested; any other can be typed</source>
        <translation>Mashirika yanayojulikana na maktaba yanapendekezwa; unaweza pia kuandika shirika lingine lolote</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. spring 2005</source>
        <translation>k.m. mwanzoni mwa 2005</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2005</source>
        <translation>k.m. 2005</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened?</source>
        <translation>Nini kilitokea?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names, separated by commas</source>
        <translation>Majina, yakitenganishwa kwa koma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations, separated by commas</source>
        <translation>Mashirika, yakitenganishwa kwa koma</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../src/coact_desktop/words/problems.py" line="+22"/>
        <source>name</source>
        <extracomment>A field of the group profile that is missing, inside a sentence: lower case.</extracomment>
        <translation>jina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>nchi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>city</source>
        <translation>mji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year founded</source>
        <translation>mwaka wa kuanzishwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>models of organising</source>
        <translation>mitindo ya kujipanga</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the timeline</source>
        <extracomment>Where a problem is, inside a sentence: the draft&apos;s list of dated events.</extracomment>
        <translation>mfuatano wa matukio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The group has no name yet: fill in the group profile.</source>
        <translation>Kikundi bado hakina jina: jaza taarifa za kikundi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The group profile has no {field}.</source>
        <translation>Taarifa za kikundi hazina {field}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}” appears in “{where}” but has not agreed to be named. Use their pseudonym, or record their consent under People and consent.</source>
        <translation>“{name}” anaonekana katika “{where}” lakini hajakubali kutajwa kwa jina. Tumia jina lake la kubuni, au andika ridhaa yake kwenye Watu na ridhaa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is to be shown by a pseudonym, but none is written yet.</source>
        <translation>{name} anapaswa kuonyeshwa kwa jina la kubuni, lakini bado hakuna jina la kubuni lililoandikwa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is named in event {number} of the timeline but not listed under People and consent.</source>
        <translation>{name} ametajwa katika tukio {number} la mfuatano wa matukio lakini hayumo kwenye orodha ya Watu na ridhaa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The attachment “{name}” is missing from this computer; remove it and attach it again.</source>
        <translation>Kiambatisho “{name}” hakipo kwenye kompyuta hii; kiondoe na ukiambatishe tena.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The attachment “{name}” has changed since it was attached; remove it and attach it again.</source>
        <translation>Kiambatisho “{name}” kimebadilika tangu kilipoambatishwa; kiondoe na ukiambatishe tena.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The attachment “{name}” still carries hidden details (place, camera or author); remove it and attach it again.</source>
        <translation>Kiambatisho “{name}” bado kina taarifa zilizofichwa (mahali, kamera au mwandishi); kiondoe na ukiambatishe tena.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is written in the draft yet.</source>
        <translation>Bado hakuna kilichoandikwa katika rasimu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some pages of “{name}” could not be read to check for names; make sure it names nobody who has not agreed.</source>
        <translation>Baadhi ya kurasa za “{name}” hazikuweza kusomwa ili kukagua majina; hakikisha kwamba humo hakuna mtu aliyetajwa ambaye hajakubali.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The attachment “{name}” contains the real name of someone who has not agreed to be named. Remove it, or attach a copy without the name.</source>
        <translation>Kiambatisho “{name}” kina jina halisi la mtu ambaye hajakubali kutajwa kwa jina. Kiondoe, au ambatisha nakala isiyo na jina hilo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}” is longer than a history sent to Coact may hold; shorten it.</source>
        <translation>Maandishi ya “{name}” ni marefu kuliko yanavyoweza kuwekwa katika historia inayotumwa kwa Coact; yafupishe.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The group profile names more than {limit} languages; one file sent to Coact may hold no more. Keep the main ones.</source>
        <translation>Taarifa za kikundi zinataja lugha zaidi ya {limit}; faili moja inayotumwa kwa Coact haiwezi kubeba zaidi ya idadi hiyo. Bakiza lugha kuu tu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The group profile names more than {limit} models of organising; one file sent to Coact may hold no more. Keep the main ones.</source>
        <translation>Taarifa za kikundi zinataja mitindo ya kujipanga zaidi ya {limit}; faili moja inayotumwa kwa Coact haiwezi kubeba zaidi ya idadi hiyo. Bakiza mitindo mikuu tu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The history has more than {limit} sections; one file sent to Coact may hold no more. Join some of them together.</source>
        <translation>Historia ina sehemu zaidi ya {limit}; faili moja inayotumwa kwa Coact haiwezi kubeba zaidi ya idadi hiyo. Unganisha baadhi ya sehemu pamoja.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The timeline has more than {limit} events; one file sent to Coact may hold no more. Remove some before sending.</source>
        <translation>Mfuatano wa matukio una matukio zaidi ya {limit}; faili moja inayotumwa kwa Coact haiwezi kubeba zaidi ya idadi hiyo. Ondoa baadhi ya matukio kabla ya kutuma.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The list of people has more than {limit} names; one file sent to Coact may hold no more. Remove some before sending.</source>
        <translation>Orodha ya watu ina majina zaidi ya {limit}; faili moja inayotumwa kwa Coact haiwezi kubeba zaidi ya idadi hiyo. Ondoa baadhi ya majina kabla ya kutuma.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More than {limit} photos and documents are attached; one file sent to Coact may hold no more. Remove some before sending.</source>
        <translation>Picha na hati zaidi ya {limit} zimeambatishwa; faili moja inayotumwa kwa Coact haiwezi kubeba zaidi ya idadi hiyo. Ondoa baadhi yake kabla ya kutuma.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>“{code}” is not a language code Coact can read. In the group profile, choose the language the history is written in, or type its code (such as ky or pt-BR).</source>
        <translation>“{code}” si msimbo wa lugha ambao Coact inaweza kuusoma. Katika taarifa za kikundi, chagua lugha ambayo historia imeandikwa kwayo, au andika msimbo wake (kama ky au pt-BR).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The section “{title}” is empty; it will be left out.</source>
        <translation>Sehemu “{title}” haina kitu; itaachwa nje.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/gui/export_wizard.py" line="+53"/>
        <source>Send the history to Coact</source>
        <translation>Tuma historia kwa Coact</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_files_page.py" line="+33"/>
        <source>Attachments</source>
        <translation>Viambatisho</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Photos and PDF documents are copied without their hidden details (place, camera, author, comments). The original file is never copied into Coact Desktop.</source>
        <translation>Picha na hati za PDF zinanakiliwa bila taarifa zilizofichwa ndani yake (mahali, kamera, mwandishi, maoni). Faili ya asili hainakiliwi kamwe ndani ya Coact Desktop.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attach a photo or document…</source>
        <translation>Ambatisha picha au hati…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Ondoa</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../src/coact_desktop/gui/find_bar.py" line="+23"/>
        <location line="+1"/>
        <source>Find in this chapter</source>
        <translation>Tafuta katika sura hii</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous</source>
        <extracomment>Find in the chapter: go to the previous match.</extracomment>
        <translation>Lililotangulia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Tokeo lililotangulia (Shift+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>Linalofuata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match (Enter)</source>
        <translation>Tokeo linalofuata (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar (Esc)</source>
        <translation>Funga upau wa kutafuta (Esc)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>{current} of {total}</source>
        <translation>{current} kati ya {total}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No matches</source>
        <translation>Hakuna kinacholingana</translation>
    </message>
</context>
<context>
    <name>FormatBar</name>
    <message>
        <location filename="../src/coact_desktop/gui/markdown_format.py" line="+20"/>
        <source>Bold</source>
        <translation>Herufi nzito</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bold (Ctrl+B)</source>
        <translation>Herufi nzito (Ctrl+B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading</source>
        <translation>Kichwa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make this line a heading</source>
        <translation>Fanya mstari huu kuwa kichwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List</source>
        <translation>Orodha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make these lines a list</source>
        <translation>Fanya mistari hii kuwa orodha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Kiungo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link to a web address (Ctrl+L)</source>
        <translation>Kiungo cha anwani ya tovuti (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>text</source>
        <extracomment>Placeholder word put inside a new link when nothing was selected.</extracomment>
        <translation>maandishi</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../src/coact_desktop/gui/inbox_view.py" line="+50"/>
        <source>Open bundle files…</source>
        <translation>Fungua faili za vifurushi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coact&apos;s identity file…</source>
        <translation>Faili ya kusimbua ya Coact…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress</source>
        <translation>Maendeleo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received bundles</source>
        <translation>Vifurushi vilivyopokelewa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened to each file</source>
        <translation>Kilichotokea kwa kila faili</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Key fingerprint words</source>
        <translation>Maneno ya ufunguo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The words match: trust this key</source>
        <translation>Maneno yanalingana: amini ufunguo huu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept into the library</source>
        <translation>Kubali na uweke kwenye maktaba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject…</source>
        <translation>Kataa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;nswer the group…</source>
        <translation>&amp;Jibu kikundi…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The history, as plain text</source>
        <translation>Historia, kama maandishi ya kawaida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes since the group&apos;s previous file</source>
        <translation>Mabadiliko tangu faili iliyotangulia ya kikundi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes since the previous file</source>
        <translation>Mabadiliko tangu faili iliyotangulia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files that groups send to Coact arrive here. Open one with “Open bundle files…”: it is checked before anything is kept, and nothing goes into the library until you accept it.</source>
        <translation>Faili ambazo vikundi vinatuma kwa Coact hufika hapa. Fungua faili kwa “Fungua faili za vifurushi…”: hukaguliwa kabla ya kitu chochote kuhifadhiwa, na hakuna kinachoingia kwenye maktaba hadi uikubali.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Identity: {name}</source>
        <translation>Faili ya kusimbua: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No identity file chosen: only unencrypted files can be opened.</source>
        <translation>Hakuna faili ya kusimbua iliyochaguliwa: ni faili zisizosimbwa kwa njia fiche tu zinazoweza kufunguliwa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coact&apos;s age identity file</source>
        <translation>Faili ya kusimbua ya Coact (age)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open bundle files</source>
        <translation>Fungua faili za vifurushi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coact bundles (*.coact);;All files (*)</source>
        <translation>Vifurushi vya Coact (*.coact);;Faili zote (*)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>{file}: refused. {why}</source>
        <translation>{file}: haikupokelewa. {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: already received; nothing changed.</source>
        <translation>{file}: tayari imepokelewa; hakuna kilichobadilika.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: checked and kept for review.</source>
        <translation>{file}: imekaguliwa na kuwekwa ili ipitiwe.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{group} — file {n}
{state}, {date}</source>
        <translation>{group} — faili {n}
{state}, {date}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{group}, file {n}</source>
        <translation>{group}, faili {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State: {state}. Made {date}; received {received}. {encrypted}
Key {key}. Bundle {bundle}.</source>
        <translation>Hali: {state}. Kilitengenezwa {date}; kilipokelewa {received}. {encrypted}
Ufunguo {key}. Kifurushi {bundle}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It was encrypted.</source>
        <translation>Kilikuwa kimesimbwa kwa njia fiche.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was NOT encrypted.</source>
        <translation>HAKIKUWA kimesimbwa kwa njia fiche.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rejected: {reason}</source>
        <translation>Kimekataliwa: {reason}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This is the first file received from this group.</source>
        <translation>Hii ni faili ya kwanza kupokelewa kutoka kwa kikundi hiki.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>file {n}</source>
        <translation>faili {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No changes.</source>
        <translation>Hakuna mabadiliko.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Reject the file</source>
        <translation>Kataa faili</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why? (The group can be told.)</source>
        <translation>Kwa nini? (Kikundi kinaweza kuambiwa.)</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/words/inbox.py" line="+15"/>
        <source>held: check the key</source>
        <translation>kimesimamishwa: kagua ufunguo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verified</source>
        <extracomment>State of a received bundle: its signature and contents were checked and are good.</extracomment>
        <translation>kimethibitishwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the library</source>
        <translation>kiko kwenye maktaba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected</source>
        <extracomment>State of a received bundle: Coact decided not to take it.</extracomment>
        <translation>kimekataliwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replaced by a newer file</source>
        <translation>kimebadilishwa na faili mpya zaidi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This group&apos;s key was new to Coact when the file came; it is trusted since its words were compared with the group.</source>
        <translation>Ufunguo wa kikundi hiki ulikuwa mpya kwa Coact faili ilipofika; unaaminiwa tangu maneno yake yalipolinganishwa na kikundi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This group&apos;s key is new to Coact. Phone the group (on a number you already know, not one from the file) and ask them to read out their key&apos;s words. Trust the key only if every word matches.</source>
        <translation>Ufunguo wa kikundi hiki ni mpya kwa Coact. Piga simu kwa kikundi (kwa namba unayoijua tayari, si namba kutoka kwenye faili) na uwaombe wasome kwa sauti maneno ya ufunguo wao. Amini ufunguo tu ikiwa kila neno linalingana.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed with the key Coact already trusts for this group.</source>
        <translation>Kimetiwa sahihi kwa ufunguo ambao Coact tayari inauamini kwa kikundi hiki.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed with a new key that the group&apos;s trusted key handed over to (a signed rotation record).</source>
        <translation>Kimetiwa sahihi kwa ufunguo mpya ambao ufunguo unaoaminiwa wa kikundi uliukabidhi kazi (rekodi ya kubadilisha ufunguo iliyotiwa sahihi).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>yes</source>
        <translation>ndiyo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>hapana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Nchi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Mji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founded</source>
        <translation>Mwaka wa kuanzishwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still active</source>
        <translation>Bado kinafanya kazi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models of organising</source>
        <translation>Mitindo ya kujipanga</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timeline</source>
        <translation>Mfuatano wa matukio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>named with consent</source>
        <translation>jina halisi, kwa ridhaa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pseudonym</source>
        <translation>jina la kubuni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People named</source>
        <translation>Watu waliotajwa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attachments</source>
        <translation>Viambatisho</translation>
    </message>
</context>
<context>
    <name>IndexBuilder</name>
    <message>
        <location filename="../src/coact_desktop/gui/search_index.py" line="+32"/>
        <source>Progress</source>
        <translation>Maendeleo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../src/coact_desktop/gui/export_key_page.py" line="+34"/>
        <source>Passphrase</source>
        <translation>Kaulisiri</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase again</source>
        <translation>Kaulisiri tena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Again:</source>
        <extracomment>Label of the field where the passphrase is typed a second time.</extracomment>
        <translation>Tena:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer is old or has little memory (lighter key protection)</source>
        <translation>Kompyuta hii ni ya zamani au ina kumbukumbu ndogo (ulinzi mwepesi zaidi wa ufunguo)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase:</source>
        <translation>Kaulisiri:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Make your group&apos;s signing key</source>
        <translation>Tengeneza ufunguo wa sahihi wa kikundi chako</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It shows Coact that the file comes from your group.</source>
        <translation>Unaionyesha Coact kwamba faili inatoka kwa kikundi chako.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is your group&apos;s first export. Coact Desktop now makes a signing key, so that Coact can tell that later files come from you. Choose a passphrase of at least 8 characters. Nobody can recover a forgotten passphrase, not even Coact: write it down somewhere safe.</source>
        <translation>Hii ni mara ya kwanza kikundi chako kinatengeneza faili ya kutuma. Sasa Coact Desktop inatengeneza ufunguo wa sahihi, ili Coact iweze kutambua kwamba faili zitakazofuata zinatoka kwenu. Chagua kaulisiri yenye angalau herufi 8. Hakuna anayeweza kurejesha kaulisiri iliyosahaulika, hata Coact: iandike na uiweke mahali salama.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlock your group&apos;s signing key</source>
        <translation>Fungua ufunguo wa sahihi wa kikundi chako</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key signs the file, so Coact knows it is yours.</source>
        <translation>Ufunguo unatia sahihi faili, ili Coact ijue kwamba ni yenu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the passphrase of your group&apos;s signing key.</source>
        <translation>Andika kaulisiri ya ufunguo wa sahihi wa kikundi chako.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking the passphrase…</source>
        <translation>Inakagua kaulisiri…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Wrong passphrase. Type it again; check the keyboard&apos;s language and Caps Lock.</source>
        <translation>Kaulisiri hiyo haifungui ufunguo. Iandike tena; angalia lugha ya kibodi na Caps Lock.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The two passphrases differ.</source>
        <translation>Kaulisiri hizo mbili hazifanani.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least 8 characters, please.</source>
        <translation>Tafadhali andika angalau herufi 8.</translation>
    </message>
</context>
<context>
    <name>KeysMenu</name>
    <message>
        <location filename="../src/coact_desktop/gui/keys_menu.py" line="+28"/>
        <source>Your group&apos;s signing key…</source>
        <translation>Ufunguo wa sahihi wa kikundi chako…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up the signing key…</source>
        <translation>Hifadhi nakala ya akiba ya ufunguo wa sahihi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the signing key from a backup…</source>
        <translation>Rejesha ufunguo wa sahihi kutoka nakala ya akiba…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the public key…</source>
        <translation>Hifadhi ufunguo wa umma…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the key with a new one…</source>
        <translation>Badilisha ufunguo kwa mpya…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key {key}

Its words, to read out to Coact by phone:
{words}</source>
        <translation>Ufunguo {key}

Maneno yake, ya kuisomea Coact kwa sauti kupitia simu:
{words}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signing key</source>
        <extracomment>The group&apos;s own key that signs its bundles.</extracomment>
        <translation>Ufunguo wa sahihi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your group has no signing key yet: it is made on the first export.</source>
        <translation>Kikundi chako bado hakina ufunguo wa sahihi: utaundwa utakapotengeneza faili ya kutuma kwa mara ya kwanza.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+13"/>
        <source>Back up the signing key</source>
        <translation>Hifadhi nakala ya akiba ya ufunguo wa sahihi</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Passphrase of the signing key:</source>
        <translation>Kaulisiri ya ufunguo wa sahihi:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key backup is in {path}. It is still locked by the passphrase: keep the file and the passphrase in different places.</source>
        <translation>Nakala ya akiba ya ufunguo iko katika {path}. Bado imefungwa kwa kaulisiri: weka faili na kaulisiri mahali tofauti.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>Restore the signing key</source>
        <translation>Rejesha ufunguo wa sahihi</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Passphrase of the backed-up key:</source>
        <translation>Kaulisiri ya ufunguo ulio kwenye nakala ya akiba:</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <source>Save the public key</source>
        <translation>Hifadhi ufunguo wa umma</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase of the current key:</source>
        <translation>Kaulisiri ya ufunguo wa sasa:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase for the new key (at least 8 characters):</source>
        <translation>Kaulisiri ya ufunguo mpya (angalau herufi 8):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new passphrase again:</source>
        <translation>Kaulisiri mpya tena:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>New key</source>
        <translation>Ufunguo mpya</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The two passphrases differ.</source>
        <translation>Kaulisiri hizo mbili hazifanani.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your group now signs with key {key}; the old key signed the hand-over, and your next file carries it.

Its words:
{words}</source>
        <translation>Sasa kikundi chako kinatia sahihi kwa ufunguo {key}; ufunguo wa zamani ulitia sahihi makabidhiano, na faili yako inayofuata itabeba rekodi hiyo.

Maneno yake:
{words}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Passphrase</source>
        <translation>Kaulisiri</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../src/coact_desktop/gui/language_menu.py" line="+57"/>
        <source>Follow the &amp;system</source>
        <translation>Fuata &amp;mfumo</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Everything you have written stays as it is.</source>
        <translation>Kila kitu ulichoandika kinabaki kama kilivyo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next time it starts, Coact Desktop will be in this language: {language}.</source>
        <translation>Coact Desktop itakapoanza tena, itakuwa katika lugha hii: {language}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coact Desktop will follow the system&apos;s language the next time it starts.</source>
        <translation>Coact Desktop itafuata lugha ya mfumo itakapoanza tena.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Lugha</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/coact_desktop/gui/damaged_library.py" line="+28"/>
        <source>The library database is damaged</source>
        <translation>Hifadhidata ya maktaba imeharibika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile database is damaged. Restore the newest backup ({name})? Changes made since that backup was taken are not in it; the damaged file is kept aside.</source>
        <translation>Hifadhidata ya wasifu imeharibika. Je, urejeshe nakala ya akiba ya karibuni zaidi ({name})? Mabadiliko yaliyofanywa baada ya nakala hiyo kuchukuliwa hayamo ndani yake; faili iliyoharibika itawekwa kando.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/gui/main_window.py" line="+80"/>
        <location line="+635"/>
        <source>A history of drug user organising</source>
        <translation>Historia ya kujipanga kwa watu wanaotumia dawa za kulevya</translation>
    </message>
    <message>
        <location line="-609"/>
        <source>A history of drug user organising
by Mat Southwell and Lana Durjava, Coact</source>
        <translation>Historia ya kujipanga kwa watu wanaotumia dawa za kulevya
imeandikwa na Mat Southwell na Lana Durjava, Coact</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Authors</source>
        <extracomment>The line naming who wrote the history.</extracomment>
        <translation>Waandishi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edition</source>
        <translation>Toleo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Views</source>
        <extracomment>The tabs of the main window (Read, Organisations, Timeline, Search, drafts).</extracomment>
        <translation>Vichupo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read</source>
        <extracomment>Tab where the history is read (a verb, like &apos;Search&apos;).</extracomment>
        <translation>Soma</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Organisations</source>
        <translation>Mashirika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Mfuatano wa matukio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Tafuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our group&apos;s history</source>
        <translation>Historia ya kikundi chetu</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Opening the library…</source>
        <translation>Inafungua maktaba…</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Edition {number}, {date}</source>
        <translation>Toleo {number}, {date}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inbox</source>
        <extracomment>Tab (Coact&apos;s staff only) listing bundles received from groups.</extracomment>
        <translation>Kikasha</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reading the last edition published…</source>
        <translation>Inasoma toleo la mwisho lililochapishwa…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The editions workspace cannot open</source>
        <translation>Maandalizi ya matoleo hayawezi kufunguliwa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a file</source>
        <translation>Ingiza faili</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coact files (*.coactpack *.coactanswer *.coact);;All files (*)</source>
        <translation>Faili za Coact (*.coactpack *.coactanswer *.coact);;Faili zote (*)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Coact&apos;s answer is on the draft it answers.</source>
        <translation>Jibu la Coact liko kwenye rasimu ambayo linaijibu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coact&apos;s answer was not imported. {reason}</source>
        <translation>Jibu la Coact halikuingizwa. {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not imported</source>
        <translation>Halikuingizwa</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copy the library to a stick</source>
        <translation>Nakili maktaba kwenye flash ya USB</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy Coact Desktop to a stick</source>
        <translation>Nakili Coact Desktop kwenye flash ya USB</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Copied to {path}. Whoever gets it can check it as you did.</source>
        <translation>Imenakiliwa kwenye {path}. Yeyote atakayeipata anaweza kuikagua kama ulivyofanya.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This is the edition the program came with: nothing new yet.</source>
        <translation>Hili ndilo toleo lililokuja na programu: bado hakuna jipya.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Preparing search…</source>
        <translation>Inaandaa utafutaji…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Search is not ready. It will be set up the next time you start Coact Desktop.</source>
        <translation>Utafutaji bado haujawa tayari. Utaandaliwa utakapoanzisha Coact Desktop tena.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search is not available: {reason}</source>
        <translation>Utafutaji haupatikani: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Coact Desktop cannot open the library</source>
        <translation>Coact Desktop haiwezi kufungua maktaba</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>(no name yet)</source>
        <translation>(bado hakuna jina)</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Some changes are not saved</source>
        <translation>Baadhi ya mabadiliko hayajahifadhiwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last changes to your draft could not be saved: {reason}

Keep the window open and try again? If you close now, those changes are lost.</source>
        <translation>Mabadiliko ya mwisho ya rasimu yako hayakuweza kuhifadhiwa: {reason}

Uache dirisha wazi na ujaribu tena? Ukifunga sasa, mabadiliko hayo yatapotea.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../src/coact_desktop/gui/notice_bar.py" line="+28"/>
        <source>Notice</source>
        <translation>Taarifa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the notice</source>
        <translation>Funga taarifa</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../src/coact_desktop/gui/export_wizard.py" line="+36"/>
        <source>Where to save the file</source>
        <translation>Mahali pa kuhifadhi faili</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history becomes one file. Take it to Coact on a USB stick, or send it by e-mail or messenger.</source>
        <translation>Historia inakuwa faili moja. Ipeleke kwa Coact kwenye flash ya USB, au itume kwa barua pepe au kwa programu ya ujumbe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder</source>
        <translation>Folda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Chagua…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypt it so that only Coact can read it</source>
        <translation>Isimbe kwa njia fiche ili Coact peke yake iweze kuisoma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without encryption, anyone who gets the file (on a lost USB stick, in an e-mail account, on a phone) can read everything in it. Only send it unencrypted if you are sure.</source>
        <translation>Bila usimbaji fiche, yeyote atakayeipata faili (kwenye flash ya USB iliyopotea, katika akaunti ya barua pepe, kwenye simu) anaweza kusoma kila kitu kilichomo. Itume bila usimbaji fiche tu ikiwa una uhakika.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Folder:</source>
        <translation>Folda:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name:</source>
        <translation>Jina la faili:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a folder</source>
        <translation>Chagua folda</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no such folder. Choose one with “Choose…”.</source>
        <translation>Hakuna folda kama hiyo. Chagua folda kwa “Chagua…”.</translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <location filename="../src/coact_desktop/gui/organisations_view.py" line="+38"/>
        <source>Filter by name, other spelling, country or city</source>
        <translation>Chuja kwa jina, tahajia nyingine, nchi au mji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter organisations</source>
        <translation>Chuja mashirika</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation</source>
        <translation>Shirika</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+111"/>
        <source>Other spellings</source>
        <extracomment>Column: other names or spellings of the same organisation.</extracomment>
        <translation>Tahajia nyingine</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Country or region</source>
        <translation>Nchi au kanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+115"/>
        <source>City</source>
        <translation>Mji</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+116"/>
        <source>Founded</source>
        <translation>Mwaka wa kuanzishwa</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+116"/>
        <source>Ended</source>
        <extracomment>Column: the year the organisation stopped working.</extracomment>
        <translation>Mwaka wa kukoma</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Mentions</source>
        <extracomment>Column: how many passages of the history name the organisation.</extracomment>
        <translation>Mara za kutajwa</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Organisations</source>
        <translation>Mashirika</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Organisation details and passages</source>
        <translation>Taarifa za shirika na vifungu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose an organisation to see what the history says of it, and every passage that names it.</source>
        <translation>Chagua shirika ili uone historia inasema nini kulihusu, na kila kifungu kinacholitaja.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Country</source>
        <translation>Nchi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Kanda</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Models of organising</source>
        <translation>Mitindo ya kujipanga</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Passages that mention it ({count})</source>
        <translation>Vifungu vinavyolitaja ({count})</translation>
    </message>
</context>
<context>
    <name>PaperKeyDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/paper_key_dialog.py" line="+32"/>
        <source>Paper backup of the key</source>
        <translation>Nakala ya akiba ya ufunguo kwenye karatasi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the drafts with the paper key</source>
        <translation>Fungua rasimu kwa ufunguo wa karatasi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase</source>
        <translation>Kaulisiri</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>Paper key</source>
        <translation>Ufunguo wa karatasi</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>New passphrase</source>
        <translation>Kaulisiri mpya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again</source>
        <translation>Kaulisiri mpya tena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Kaulisiri:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper &amp;key:</source>
        <translation>&amp;Ufunguo wa karatasi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New passphrase:</source>
        <translation>Kaulisiri &amp;mpya:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;Rudia:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Problem</source>
        <translation>Tatizo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Show the key</source>
        <translation>&amp;Onyesha ufunguo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Open and set</source>
        <translation>&amp;Fungua na uhifadhi</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>If the passphrase is forgotten, this key written on paper opens the drafts and lets you choose a new passphrase. Anyone who has the paper and this laptop can read the drafts: keep it somewhere safe, away from the laptop, or do without it.

Type the passphrase to show the key.</source>
        <translation>Kaulisiri ikisahaulika, ufunguo huu, ukiwa umeandikwa kwenye karatasi, unafungua rasimu na kukuwezesha kuchagua kaulisiri mpya. Mtu yeyote mwenye karatasi hiyo na kompyuta hii anaweza kusoma rasimu: iweke karatasi mahali salama, mbali na kompyuta, au usiandike ufunguo huu kabisa.

Andika kaulisiri ili kuonyesha ufunguo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the 14 groups written on the paper, then choose a new passphrase. A duress passphrase, if one was set, is removed: set it again afterwards.</source>
        <translation>Andika makundi 14 yaliyoandikwa kwenye karatasi, kisha uchague kaulisiri mpya. Kaulisiri ya dharura, ikiwa ilikuwa imewekwa, itaondolewa: iweke tena baadaye.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the passphrase.</source>
        <translation>Andika kaulisiri.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the paper key.</source>
        <translation>Andika ufunguo wa karatasi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Chagua kaulisiri yenye angalau herufi 8.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the same new passphrase twice.</source>
        <translation>Andika kaulisiri mpya ileile mara mbili.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening…</source>
        <translation>Inafungua…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Close</source>
        <translation>&amp;Funga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy it onto paper, in this order. It changes only after a quick delete.</source>
        <translation>Nakili ufunguo huu kwenye karatasi, kwa mpangilio huu. Ufunguo huu hubadilika tu baada ya kufuta haraka.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/passphrase_dialog.py" line="+40"/>
        <source>Protect drafts with a passphrase</source>
        <translation>Linda rasimu kwa kaulisiri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the passphrase</source>
        <translation>Badilisha kaulisiri</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Duress passphrase</source>
        <translation>Kaulisiri ya dharura</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Passphrase</source>
        <translation>Kaulisiri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>Kaulisiri mpya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again</source>
        <translation>Kaulisiri mpya tena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duress passphrase again</source>
        <translation>Kaulisiri ya dharura tena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also set a &amp;duress passphrase</source>
        <translation>&amp;Weka pia kaulisiri ya dharura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typing the duress passphrase &amp;quick-deletes the drafts first, for good</source>
        <translation>Kaulisiri ya dharura ikiandikwa, kwanza rasimu zina&amp;futwa haraka, kabisa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Kaulisiri:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New passphrase:</source>
        <translation>Kaulisiri &amp;mpya:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;Rudia:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>D&amp;uress passphrase:</source>
        <translation>Kaulisiri ya &amp;dharura:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duress a&amp;gain:</source>
        <translation>Rudia kaulisiri &amp;ya dharura:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Problem</source>
        <translation>Tatizo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Protect</source>
        <translation>&amp;Linda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange</source>
        <translation>&amp;Badilisha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Set</source>
        <translation>&amp;Hifadhi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove the duress passphrase</source>
        <translation>&amp;Ondoa kaulisiri ya dharura</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing is re-encrypted: the drafts keep their key, and only the passphrase that opens it changes.</source>
        <translation>Hakuna kinachosimbwa upya: rasimu zinabaki na ufunguo wake, na kinachobadilika ni kaulisiri inayoufungua tu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Typed instead of the passphrase, a duress passphrase opens the program with none of your drafts in it, and nothing on the screen says which one was typed. It does not protect against a copy of the disk made before it was typed.</source>
        <translation>Ikiandikwa badala ya kaulisiri yako ya kawaida, kaulisiri ya dharura inafungua programu bila rasimu zako zozote, na hakuna kitu kwenye skrini kinachoonyesha ni kaulisiri ipi iliyoandikwa. Kaulisiri ya dharura hailindi data iliyo kwenye nakala ya diski iliyotengenezwa kabla ya kaulisiri hiyo kuandikwa.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The duress passphrase must differ from your usual passphrase.</source>
        <translation>Kaulisiri ya dharura lazima iwe tofauti na kaulisiri yako ya kawaida.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Type the passphrase that opens the drafts now.</source>
        <translation>Andika kaulisiri ya sasa inayofungua rasimu.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Your drafts, the people named in them, the inbox and the group&apos;s signing key will be encrypted on this computer. Each time the program starts you type the passphrase once to open them; the history can be read without it.

If you forget this passphrase, nobody can open your drafts again, not even Coact. Write it on paper and keep it somewhere safe, away from the laptop.</source>
        <translation>Rasimu zako, watu waliotajwa ndani yake, Kikasha na ufunguo wa sahihi wa kikundi vitasimbwa kwa njia fiche kwenye kompyuta hii. Kila mara programu inapoanza, unaandika kaulisiri mara moja ili kuvifungua; historia inaweza kusomwa bila kaulisiri.

Ukisahau kaulisiri hii, hakuna atakayeweza kufungua rasimu zako tena, hata Coact. Tafadhali iandike kwenye karatasi na uiweke mahali salama, mbali na kompyuta.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Chagua kaulisiri yenye angalau herufi 8.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the same new passphrase twice.</source>
        <translation>Andika kaulisiri mpya ileile mara mbili.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a duress passphrase of at least 8 characters.</source>
        <translation>Chagua kaulisiri ya dharura yenye angalau herufi 8.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the same duress passphrase twice.</source>
        <translation>Andika kaulisiri ya dharura ileile mara mbili.</translation>
    </message>
</context>
<context>
    <name>PeopleTable</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_tables.py" line="-277"/>
        <location line="+182"/>
        <source>Consent</source>
        <translation>Ridhaa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Real name</source>
        <translation>Jina halisi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pseudonym</source>
        <translation>Jina la kubuni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add person</source>
        <translation>Ongeza mtu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People and their consent</source>
        <translation>Watu na ridhaa yao</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Named, with consent</source>
        <extracomment>Consent of a person named in the draft (a choice in the people table).</extracomment>
        <translation>Jina halisi, kwa ridhaa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pseudonym only</source>
        <translation>Jina la kubuni tu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withheld: not shown</source>
        <translation>Limefichwa: halionyeshwi</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_dialogs.py" line="+57"/>
        <source>Group profile</source>
        <translation>Taarifa za kikundi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language of the draft</source>
        <translation>Lugha ya rasimu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The group&apos;s name</source>
        <translation>Jina la kikundi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not given</source>
        <extracomment>Shown in the &apos;year founded&apos; field when the group gave no year.</extracomment>
        <translation>haukutajwa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not given</source>
        <translation>Haijatajwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, still active</source>
        <translation>Ndiyo, bado kinafanya kazi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, no longer active</source>
        <translation>Hapana, hakifanyi kazi tena</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. English, Russian</source>
        <translation>k.m. Kiswahili, Kiingereza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models of organising</source>
        <translation>Mitindo ya kujipanga</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Nchi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Mji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year founded</source>
        <translation>Mwaka wa kuanzishwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still active</source>
        <translation>Bado kinafanya kazi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This history is written in</source>
        <translation>Historia hii imeandikwa kwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The group&apos;s models of organising</source>
        <translation>Mitindo ya kujipanga ya kikundi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the group&apos;s name to go on; everything else can wait.</source>
        <translation>Andika jina la kikundi ili uendelee; mengine yote yanaweza kusubiri.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is missing</source>
        <translation>Kinachokosekana</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Give the group&apos;s name first.</source>
        <translation>Kwanza andika jina la kikundi.</translation>
    </message>
</context>
<context>
    <name>ProfileSafety</name>
    <message>
        <location filename="../src/coact_desktop/gui/profile_safety.py" line="+51"/>
        <location line="+60"/>
        <source>&amp;Protect drafts with a passphrase…</source>
        <translation>&amp;Linda rasimu kwa kaulisiri…</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>D&amp;uress passphrase…</source>
        <translation>&amp;Kaulisiri ya dharura…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper &amp;backup of the key…</source>
        <translation>Nakala ya &amp;akiba ya ufunguo kwenye karatasi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock drafts</source>
        <translation>&amp;Funga rasimu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock &amp;when idle</source>
        <translation>Funga &amp;wakati programu haitumiwi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After {minutes} minutes</source>
        <translation>Baada ya dakika {minutes}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never</source>
        <translation>Kamwe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quick delete after wron&amp;g passphrases</source>
        <translation>Futa haraka baada ya kaulisiri zisizo &amp;sahihi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After {count} wrong passphrases in a row</source>
        <translation>Baada ya kaulisiri isiyo sahihi mara {count} mfululizo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never</source>
        <comment>quick delete after wrong passphrases</comment>
        <extracomment>The choice that leaves quick delete after wrong passphrases off.</extracomment>
        <translation>Kamwe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quic&amp;k delete…</source>
        <translation>Futa &amp;haraka…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Change the &amp;passphrase…</source>
        <translation>&amp;Badilisha kaulisiri…</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The drafts are locked.</source>
        <translation>Rasimu zimefungwa.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Your drafts, their photos and files, the inbox and the keys are now encrypted on this computer.</source>
        <translation>Rasimu zako, picha na faili zilizoambatishwa, Kikasha na funguo sasa vimesimbwa kwa njia fiche kwenye kompyuta hii.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase was changed.</source>
        <translation>Kaulisiri imebadilishwa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The duress passphrase was removed.</source>
        <translation>Kaulisiri ya dharura imeondolewa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The duress passphrase was set.</source>
        <translation>Kaulisiri ya dharura imewekwa.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Encrypting your drafts…</source>
        <translation>Inasimba rasimu zako kwa njia fiche…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Protect drafts with a passphrase</source>
        <translation>Linda rasimu kwa kaulisiri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypting your drafts and sealing their photos and files…</source>
        <translation>Inasimba rasimu zako kwa njia fiche na kulinda picha na faili zilizoambatishwa…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled: the drafts are not protected, as before.</source>
        <translation>Imeghairiwa: kama awali, rasimu hazilindwi.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing was changed</source>
        <translation>Hakuna kilichobadilishwa</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Quick delete after wrong passphrases</source>
        <translation>Futa haraka baada ya kaulisiri zisizo sahihi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After {count} wrong passphrases in a row, your drafts, the inbox, photos, keys and backups are destroyed for good, as by quick delete, and nothing on the screen says so.

A mistyped passphrase, another keyboard language or a child at the keyboard can set it off. It does not help against someone who copies the disk before trying. Turn it on?</source>
        <translation>Baada ya kuandika kaulisiri isiyo sahihi mara {count} mfululizo, rasimu zako, Kikasha, picha, funguo na nakala za akiba vinafutwa kabisa, kama kwa kufuta haraka, na hakuna kitu kwenye skrini kinachoonyesha hivyo.

Hili linaweza kutokea kwa kaulisiri iliyoandikwa vibaya, kibodi iliyo kwenye lugha nyingine au mtoto anayecheza na kibodi. Kufuta huku hakusaidii dhidi ya mtu anayenakili diski kabla ya kujaribu kaulisiri. Je, uwashe kipengele hiki?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Turn it on</source>
        <translation>&amp;Washa</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Quick delete after wrong passphrases is off.</source>
        <translation>Kufuta haraka baada ya kaulisiri zisizo sahihi kumezimwa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After {count} wrong passphrases in a row, everything private is deleted.</source>
        <translation>Baada ya kuandika kaulisiri isiyo sahihi mara {count} mfululizo, kila kitu cha faragha kitafutwa.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The drafts are open, under the new passphrase. Set a duress passphrase again if you had one.</source>
        <translation>Rasimu zimefunguliwa, na sasa zinalindwa kwa kaulisiri mpya. Ikiwa ulikuwa na kaulisiri ya dharura, tafadhali iweke tena.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Deleting…</source>
        <translation>Inafuta…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Quick delete</source>
        <translation>Futa haraka</translation>
    </message>
</context>
<context>
    <name>ProgramShare</name>
    <message>
        <location filename="../src/coact_desktop/gui/program_share.py" line="+42"/>
        <location line="+55"/>
        <source>Copy Coact Desktop to a stick</source>
        <translation>Nakili Coact Desktop kwenye flash ya USB</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Copying Coact Desktop and checking the copy…</source>
        <translation>Inanakili Coact Desktop na kukagua nakala…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Coact Desktop {version} is copied to {folder} and the copy checked. Whoever gets it can check it too: with this program (coact-desktop release verify FOLDER), or with sha256sum -c RELEASE-SHA256SUMS and minisign -V inside the folder.</source>
        <translation>Coact Desktop {version} imenakiliwa kwenye {folder} na nakala imekaguliwa. Yeyote atakayeipata anaweza kuikagua pia: kwa programu hii (coact-desktop release verify FOLDA), au kwa sha256sum -c RELEASE-SHA256SUMS na minisign -V ndani ya folda.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The library&apos;s newest edition is copied to {path}.</source>
        <translation>Toleo jipya zaidi la maktaba limenakiliwa kwenye {path}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied</source>
        <extracomment>Title of a message: the program&apos;s files were copied.</extracomment>
        <translation>Imenakiliwa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coact Desktop is copied to {folder}.</source>
        <translation>Coact Desktop imenakiliwa kwenye {folder}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was copied.</source>
        <translation>Hakuna kilichonakiliwa.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../src/coact_desktop/gui/task_progress.py" line="+15"/>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../src/coact_desktop/words/qt_words.py" line="+15"/>
        <source>OK</source>
        <extracomment>A button of a dialog (Qt&apos;s own word, as on every dialog of the system).</extracomment>
        <translation>Sawa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ndiyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Hapana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Hifadhi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Fungua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Tupa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Tekeleza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Msaada</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location line="+2"/>
        <source>&lt; &amp;Back</source>
        <extracomment>A button of a step-by-step dialog (the send wizard): the step before.</extracomment>
        <translation>&lt; &amp;Nyuma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next &gt;</source>
        <extracomment>The step after; in a right-to-left language, leave the arrow out.</extracomment>
        <translation>&amp;Ifuatayo &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Maliza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>M&amp;saada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>Thibitisha</translation>
    </message>
</context>
<context>
    <name>QuickDelete</name>
    <message>
        <location filename="../src/coact_desktop/words/quick_delete.py" line="+16"/>
        <source>the key to your drafts (destroyed first)</source>
        <translation>ufunguo wa rasimu zako (uliharibiwa kwanza)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the encrypted drafts, inbox and keys</source>
        <translation>rasimu, Kikasha na funguo zilizosimbwa kwa njia fiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drafts, inbox and keys</source>
        <translation>rasimu, Kikasha na funguo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>photos and files attached to drafts</source>
        <translation>picha na faili zilizoambatishwa kwenye rasimu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backups</source>
        <translation>nakala za akiba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key files</source>
        <translation>faili za funguo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the log</source>
        <translation>faili ya kumbukumbu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>temporary files</source>
        <translation>faili za muda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the plan of the next edition</source>
        <translation>mpango wa toleo lijalo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the count of wrong passphrases</source>
        <translation>hesabu ya kaulisiri zisizo sahihi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folders, files and drafts remembered in settings</source>
        <translation>folda, faili na rasimu zilizokumbukwa katika mipangilio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There was nothing private to remove.</source>
        <translation>Hakukuwa na kitu cha faragha cha kuondoa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed: {items}. The library is still here.</source>
        <extracomment>{items} is a list of what was removed, separated by semicolons.</extracomment>
        <translation>Vilivyoondolewa: {items}. Maktaba bado ipo.</translation>
    </message>
</context>
<context>
    <name>QuickDeleteDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/quick_delete_dialog.py" line="+26"/>
        <source>Quick delete</source>
        <translation>Futa haraka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delete</source>
        <extracomment>The word typed to confirm quick delete: one short, ordinary word.</extracomment>
        <translation>futa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This destroys, for good, your group&apos;s drafts and the people named in them, attached files, the inbox, keys, backups and the log. The history stays, so the program looks like any reader&apos;s. Nobody can bring the drafts back, not even with the passphrase.

Type {word} to go on.</source>
        <translation>Hii inafuta kabisa rasimu za kikundi chako pamoja na watu waliotajwa ndani yake, faili zilizoambatishwa, Kikasha, funguo, nakala za akiba na faili ya kumbukumbu. Historia inabaki, kwa hiyo programu inaonekana kama ya msomaji yeyote. Hakuna anayeweza kurejesha rasimu hizo, hata kwa kaulisiri.

Andika {word} ili kuendelea.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Confirmation word</source>
        <extracomment>The field where the confirming word is typed.</extracomment>
        <translation>Neno la kuthibitisha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Countdown</source>
        <translation>Muda uliobaki</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete now</source>
        <translation>&amp;Futa sasa</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Deleting in {seconds}… Press Cancel or Esc to stop.</source>
        <translation>Inafuta baada ya sekunde {seconds}… Bonyeza Ghairi au Esc ili kusimamisha.</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../src/coact_desktop/gui/media_save.py" line="+32"/>
        <source>file from a group history</source>
        <translation>faili kutoka historia ya kikundi</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save a copy</source>
        <translation>Hifadhi nakala</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A copy is saved in {path}.</source>
        <translation>Nakala imehifadhiwa katika {path}.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/gui/rendering.py" line="+28"/>
        <source>From the history of {group}, in its own words</source>
        <translation>Kutoka historia ya {group}, kwa maneno yao wenyewe</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>PDF document</source>
        <translation>hati ya PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>text file</source>
        <extracomment>Kind of an attached file, inside a sentence: lower case.</extracomment>
        <translation>faili ya maandishi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a copy ({kind}, {size})…</source>
        <translation>Hifadhi nakala ({kind}, {size})…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>under 1 KB</source>
        <translation>chini ya KB 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} KB</source>
        <translation>KB {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} MB</source>
        <translation>MB {n}</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../src/coact_desktop/gui/reader_view.py" line="+93"/>
        <source>Chapter text</source>
        <translation>Maandishi ya sura</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>← Previous: {title}</source>
        <translation>← Iliyotangulia: {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: {title} →</source>
        <translation>Inayofuata: {title} →</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_dialogs.py" line="+39"/>
        <source>Revision history</source>
        <translation>Historia ya marekebisho</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revisions</source>
        <translation>Marekebisho</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/words/revisions.py" line="+15"/>
        <source>started</source>
        <extracomment>Why a revision of a draft was saved: the draft was started.</extracomment>
        <translation>rasimu ilianzishwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imported</source>
        <extracomment>Why a revision was saved: the draft was imported from a file.</extracomment>
        <translation>iliingizwa kutoka faili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saved while writing</source>
        <translation>ilihifadhiwa wakati wa kuandika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restored an earlier revision</source>
        <translation>rekebisho la awali lilirejeshwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>ilibadilishwa</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/gui/draft_dialogs.py" line="+3"/>
        <source>Revision {number} · {when} · {reason} · {size}</source>
        <extracomment>One line of the revision list: its number, date and time, why it was saved, length.</extracomment>
        <translation>Rekebisho {number} · {when} · {reason} · {size}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Differences from the text now</source>
        <translation>Tofauti na maandishi ya sasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore this revision</source>
        <translation>Rejesha rekebisho hili</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Timeline</source>
        <translation>Mfuatano wa matukio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People and consent</source>
        <translation>Watu na ridhaa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and files</source>
        <translation>Picha na faili</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>ndiyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>hapana</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country</source>
        <translation>Nchi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Mji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founded</source>
        <translation>Mwaka wa kuanzishwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still active</source>
        <translation>Bado kinafanya kazi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models of organising</source>
        <translation>Mitindo ya kujipanga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the draft</source>
        <translation>Lugha ya rasimu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>undated</source>
        <extracomment>An event of the timeline that has no date.</extracomment>
        <translation>bila tarehe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>named</source>
        <extracomment>Consent of a person in the draft: agreed to be named with the real name.</extracomment>
        <translation>jina halisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pseudonym</source>
        <translation>jina la kubuni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withheld</source>
        <extracomment>Consent of a person: neither the name nor the pseudonym is shown.</extracomment>
        <translation>limefichwa</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../src/coact_desktop/gui/search_view.py" line="+39"/>
        <source>Search the history (Ctrl+K)</source>
        <translation>Tafuta katika historia (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the history</source>
        <translation>Tafuta katika historia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by chapter</source>
        <translation>Chuja kwa sura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by model of organising</source>
        <translation>Chuja kwa mtindo wa kujipanga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by country</source>
        <translation>Chuja kwa nchi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by decade</source>
        <translation>Chuja kwa muongo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search results</source>
        <translation>Matokeo ya utafutaji</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>All chapters</source>
        <translation>Sura zote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All models</source>
        <translation>Mitindo yote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All countries</source>
        <translation>Nchi zote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All decades</source>
        <translation>Miongo yote</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Preparing search…</source>
        <translation>Inaandaa utafutaji…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a word or a name. Word forms and misspellings are found too.</source>
        <translation>Andika neno au jina. Maumbo mengine ya neno na makosa ya tahajia pia yanapatikana.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No exact matches. Showing close spellings:</source>
        <translation>Hakuna kinacholingana kabisa. Zinaonyeshwa tahajia zinazokaribiana:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing found.</source>
        <translation>Hakuna kilichopatikana.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Coact&apos;s history is written in English: try an English word. Each group&apos;s own history is found in the language it is written in.</source>
        <translation>Historia ya Coact imeandikwa kwa Kiingereza: jaribu neno la Kiingereza. Historia ya kila kikundi hupatikana katika lugha ambayo imeandikwa kwayo.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{shown} of %n results</source>
        <extracomment>{shown} results are listed of %n found in all.</extracomment>
        <translation>
            <numerusform>Tokeo {shown} kati ya %n</numerusform>
            <numerusform>Matokeo {shown} kati ya %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n results</source>
        <translation>
            <numerusform>Tokeo %n</numerusform>
            <numerusform>Matokeo %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Did you mean {suggestion}?</source>
        <translation>Je, ulimaanisha {suggestion}?</translation>
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
            <numerusform>neno %n</numerusform>
            <numerusform>maneno %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n characters</source>
        <extracomment>The length of a text in Thai, Lao, Khmer, Myanmar, Chinese or Japanese, which do not put spaces between words: its letters are counted instead.</extracomment>
        <translation>
            <numerusform>herufi %n</numerusform>
            <numerusform>herufi %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../src/coact_desktop/gui/timeline_view.py" line="+24"/>
        <source>Timeline</source>
        <translation>Mfuatano wa matukio</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{decade}s</source>
        <extracomment>A decade heading: {decade} is a year like 1990, so &apos;the 1990s&apos;.</extracomment>
        <translation>Miaka ya {decade}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open this passage in the reader</source>
        <translation>Fungua kifungu hiki kwenye kichupo cha Soma</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <location filename="../src/coact_desktop/gui/unlock_panel.py" line="+24"/>
        <source>Your group&apos;s drafts are locked</source>
        <translation>Rasimu za kikundi chako zimefungwa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>They are encrypted on this computer. Type your passphrase to open them. The history can be read and searched without it.</source>
        <translation>Zimesimbwa kwa njia fiche kwenye kompyuta hii. Andika kaulisiri yako ili kuzifungua. Historia inaweza kusomwa na kutafutwa bila kaulisiri.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase</source>
        <extracomment>The field where the passphrase of the group&apos;s drafts is typed.</extracomment>
        <translation>Kaulisiri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unlock</source>
        <translation>Fu&amp;ngua</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forgotten? Use the &amp;paper key…</source>
        <translation>Umesahau kaulisiri? Tumia ufunguo wa &amp;karatasi…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem</source>
        <translation>Tatizo</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Opening…</source>
        <translation>Inafungua…</translation>
    </message>
</context>
<context>
    <name>WhatsNewView</name>
    <message>
        <location filename="../src/coact_desktop/gui/whats_new_view.py" line="+39"/>
        <source>What&apos;s new in edition {edition}</source>
        <translation>Yaliyo mapya katika toleo {edition}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;{title}&lt;/b&gt;, edition {edition}, from {date}.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;, toleo {edition}, la tarehe {date}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The editors wrote no notes for this edition.</source>
        <translation>Wahariri hawakuandika madokezo kwa toleo hili.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chapters added, changed and removed</source>
        <translation>Sura zilizoongezwa, zilizobadilishwa na zilizoondolewa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chapter, with what changed marked</source>
        <translation>Sura, na yaliyobadilika yakiwa yamewekewa alama</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open this chapter</source>
        <translation>&amp;Fungua sura hii</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Added ({n})</source>
        <extracomment>Heading in What&apos;s new: chapters added since the last edition; {n} is how many.</extracomment>
        <translation>Zilizoongezwa ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed ({n})</source>
        <translation>Zilizobadilishwa ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed ({n})</source>
        <translation>Zilizoondolewa ({n})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No chapter changed in this edition.</source>
        <translation>Hakuna sura iliyobadilika katika toleo hili.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>New in this edition.</source>
        <translation>Mpya katika toleo hili.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No longer in this edition.</source>
        <translation>Haimo tena katika toleo hili.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Struck-through words were taken out; underlined words are new.</source>
        <translation>Maneno yaliyokatwa kwa mstari yaliondolewa; maneno yaliyopigiwa mstari chini ni mapya.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../src/coact_desktop/gui/window_menus.py" line="+34"/>
        <source>&amp;File</source>
        <translation>&amp;Faili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New draft…</source>
        <translation>&amp;Rasimu mpya…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import a file…</source>
        <translation>&amp;Ingiza faili…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy the library to a stick…</source>
        <translation>&amp;Nakili maktaba kwenye flash ya USB…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Coact &amp;Desktop to a stick…</source>
        <translation>Nakili Coact &amp;Desktop kwenye flash ya USB…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export the open draft…</source>
        <translation>&amp;Tengeneza faili ya rasimu iliyo wazi…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Ondoka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Mwonekano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find in chapter</source>
        <translation>&amp;Tafuta katika sura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search the history</source>
        <translation>Tafuta katika &amp;historia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What&apos;s new in this edition</source>
        <translation>&amp;Yaliyo mapya katika toleo hili</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous chapter</source>
        <translation>Sura &amp;iliyotangulia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ne&amp;xt chapter</source>
        <translation>Sura inayo&amp;fuata</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Kuza</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Punguza</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Normal size</source>
        <translation>Ukubwa wa ka&amp;waida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language</source>
        <translation>&amp;Lugha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keys</source>
        <translation>F&amp;unguo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Coact</source>
        <translation>&amp;Coact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inbox of received files</source>
        <translation>&amp;Kikasha cha faili zilizopokelewa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Editions workspace…</source>
        <translation>&amp;Maandalizi ya matoleo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open received files…</source>
        <translation>&amp;Fungua faili zilizopokelewa…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>M&amp;saada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Njia za mkato za kibodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Coact Desktop</source>
        <translation>&amp;Kuhusu Coact Desktop</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>In a draft: text, timeline, people, files</source>
        <translation>Katika rasimu: maandishi, mfuatano wa matukio, watu, faili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a draft&apos;s timeline or people: add a row</source>
        <translation>Katika mfuatano wa matukio au orodha ya watu ya rasimu: ongeza mstari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a draft&apos;s text: bold, link</source>
        <translation>Katika maandishi ya rasimu: herufi nzito, kiungo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a table: the next or the previous cell</source>
        <translation>Katika jedwali: kisanduku kinachofuata au kilichotangulia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keyboard shortcuts</source>
        <translation>Njia za mkato za kibodi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About Coact Desktop</source>
        <translation>Kuhusu Coact Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Coact Desktop {version}&lt;/h3&gt;&lt;p&gt;A history of drug user organising, written by Mat Southwell and Lana Durjava, Coact. The text is reproduced verbatim.&lt;/p&gt;&lt;p&gt;Works offline. Nothing is sent anywhere.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Coact Desktop {version}&lt;/h3&gt;&lt;p&gt;A history of drug user organising (Historia ya kujipanga kwa watu wanaotumia dawa za kulevya), imeandikwa na Mat Southwell na Lana Durjava, Coact. Maandishi yametolewa neno kwa neno kama yalivyoandikwa.&lt;/p&gt;&lt;p&gt;Inafanya kazi bila intaneti. Hakuna kinachotumwa popote.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>WritePage</name>
    <message>
        <location filename="../src/coact_desktop/gui/export_write_page.py" line="+33"/>
        <location line="+59"/>
        <source>Writing the file</source>
        <translation>Inaandika faili</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>This takes a moment; Cancel stops it and leaves nothing behind.</source>
        <translation>Hii inachukua muda mfupi; “Ghairi” inaisimamisha bila kuacha kitu chochote nyuma.</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Progress</source>
        <translation>Maendeleo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Key fingerprint words</source>
        <translation>Maneno ya ufunguo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show the folder</source>
        <translation>Onyesha folda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the file&apos;s path</source>
        <translation>Nakili njia ya faili</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back, to change the folder or the key</source>
        <translation>Rudi nyuma, ili kubadilisha folda au ufunguo</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Signing and writing…</source>
        <translation>Inatia sahihi na kuandika…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The file is ready</source>
        <translation>Faili iko tayari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send it to Coact in any way that suits you.</source>
        <translation>Itume kwa Coact kwa njia yoyote inayokufaa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} KB</source>
        <translation>KB {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} MB</source>
        <translation>MB {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written: {path} ({size}).</source>
        <translation>Imeandikwa: {path} ({size}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is file number {n} from your group.</source>
        <translation>Hii ni faili namba {n} kutoka kwa kikundi chako.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is NOT encrypted: keep it safe.</source>
        <translation>HAIJASIMBWA kwa njia fiche: iweke mahali salama.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A signing key was made for your group. Make a backup of it (Keys → Back up the signing key…) and keep the passphrase apart from the backup.</source>
        <translation>Ufunguo wa sahihi umetengenezwa kwa ajili ya kikundi chako. Hifadhi nakala yake ya akiba (Funguo → Hifadhi nakala ya akiba ya ufunguo wa sahihi…) na weka kaulisiri mbali na nakala ya akiba.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When Coact receives your first file they will phone you to compare these words. Read them out; never send them with the file:</source>
        <translation>Faili yako ya kwanza itakapofika Coact, watakupigia simu ili mlinganishe maneno haya. Yasome kwa sauti; usiyatume kamwe pamoja na faili:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your key&apos;s words, in case Coact asks for them again (by phone, never with the file):</source>
        <translation>Maneno ya ufunguo wako, endapo Coact itayaomba tena (kwa simu, kamwe si pamoja na faili):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing was written.</source>
        <translation>Hakuna kilichoandikwa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file was not written. {reason}</source>
        <translation>Faili haikuandikwa. {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No program to show folders was found. The file is here: {path}</source>
        <translation>Hakuna programu ya kuonyesha folda iliyopatikana. Faili iko hapa: {path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied: {path}</source>
        <translation>Imenakiliwa: {path}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../src/coact_desktop/gui/app.py" line="+122"/>
        <source>Coact Desktop cannot start</source>
        <translation>Coact Desktop haiwezi kuanza</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Coact Desktop is already open with this profile. Use the window that is open (two windows could overwrite each other&apos;s writing).</source>
        <translation>Coact Desktop tayari iko wazi kwa wasifu huu. Tafadhali tumia dirisha lililo wazi (madirisha mawili yanaweza kuandika juu ya maandishi ya kila moja).</translation>
    </message>
</context>
</TS>
