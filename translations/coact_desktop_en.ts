<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../src/coact_desktop/cli/drafts.py" line="+59"/>
        <source>saved {when}, %n revisions</source>
        <extracomment>One line of the drafts list: its id, the group&apos;s name, when it was last saved.</extracomment>
        <translation>
            <numerusform>saved {when}, %n revision</numerusform>
            <numerusform>saved {when}, %n revisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+93"/>
        <source>%n events</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/coact_desktop/cli/search.py" line="+44"/>
        <source>{shown} of %n results</source>
        <extracomment>{shown} results are listed of %n found in all.</extracomment>
        <translation>
            <numerusform>{shown} of %n result</numerusform>
            <numerusform>{shown} of %n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/coact_desktop/cli/editions.py" line="+187"/>
        <source>+%n words</source>
        <extracomment>Words a changed chapter gains, as in &quot;+120 words&quot;.</extracomment>
        <translation>
            <numerusform>+%n word</numerusform>
            <numerusform>+%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>-%n words</source>
        <extracomment>Words a changed chapter loses, as in &quot;-35 words&quot;.</extracomment>
        <translation>
            <numerusform>-%n word</numerusform>
            <numerusform>-%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditionImport</name>
    <message numerus="yes">
        <location filename="../src/coact_desktop/gui/edition_import.py" line="+95"/>
        <source>&lt;p&gt;It comes in %n files, checked and imported one after the other.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;It comes in %n file.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;It comes in %n files, checked and imported one after the other.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditionsWorkspace</name>
    <message numerus="yes">
        <location filename="../src/coact_desktop/gui/editions_workspace.py" line="+480"/>
        <source>%n groups&apos; histories</source>
        <extracomment>Part of &quot;Edition 5 will hold 3 groups&apos; histories and …&quot;.</extracomment>
        <translation>
            <numerusform>%n group&apos;s history</numerusform>
            <numerusform>%n groups&apos; histories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new or changed chapters</source>
        <extracomment>Part of &quot;Edition 5 will hold … and 2 new or changed chapters&quot;.</extracomment>
        <translation>
            <numerusform>%n new or changed chapter</numerusform>
            <numerusform>%n new or changed chapters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message numerus="yes">
        <location filename="../src/coact_desktop/gui/search_view.py" line="+177"/>
        <source>{shown} of %n results</source>
        <extracomment>{shown} results are listed of %n found in all.</extracomment>
        <translation>
            <numerusform>{shown} of %n result</numerusform>
            <numerusform>{shown} of %n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n results</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextSize</name>
    <message numerus="yes">
        <location filename="../src/coact_desktop/words/text_size.py" line="+17"/>
        <source>%n words</source>
        <extracomment>The length of a draft, shown under its text and in the revision list.</extracomment>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n characters</source>
        <extracomment>The length of a text in Thai, Lao, Khmer, Myanmar, Chinese or Japanese, which do not put spaces between words: its letters are counted instead.</extracomment>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
</context>
</TS>
