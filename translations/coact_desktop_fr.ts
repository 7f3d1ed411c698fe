<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/answer_dialog.py" line="+57"/>
        <source>Answer {group}, file {n}</source>
        <translation>Réponse à {group}, fichier {n}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A word to the group</source>
        <translation>Un mot pour le groupe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not in an edition yet</source>
        <translation>pas encore dans une édition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The edition the history went into</source>
        <translation>L’édition qui contient l’histoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history&apos;s sections</source>
        <translation>Les sections de l’histoire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A note on this section</source>
        <translation>Une note sur cette section</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coact&apos;s wording of this section</source>
        <translation>La formulation de Coact pour cette section</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publishing key file</source>
        <translation>Fichier de la clé de publication</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase of the publishing key</source>
        <translation>Phrase secrète de la clé de publication</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder to save the answer in</source>
        <translation>Dossier où enregistrer la réponse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>W&amp;rite the answer…</source>
        <translation>Écrire la &amp;réponse…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Décision&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;word to the group:</source>
        <translation>Un &amp;mot pour le groupe&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In &amp;edition:</source>
        <translation>Dans l’édi&amp;tion&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note on this section:</source>
        <translation>&amp;Note sur cette section&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coact&apos;s wording (leave it as the group wrote it to suggest no change):</source>
        <translation>Formulation de Coact (laissez le texte tel que le groupe l’a écrit pour ne proposer aucun changement)&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Sections:</source>
        <translation>&amp;Sections&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publishing &amp;key:</source>
        <translation>&amp;Clé de publication&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;to:</source>
        <translation>&amp;Enregistrer dans&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The answer is encrypted to the group: only its program can read it.</source>
        <translation>La réponse est chiffrée pour le groupe&#xa0;: seul son programme peut la lire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This group&apos;s file named no key for answers (an older program): the answer is signed but not encrypted, and whoever carries it can read it.</source>
        <translation>Le fichier de ce groupe ne donnait aucune clé pour les réponses (ancienne version du programme)&#xa0;: la réponse est signée mais pas chiffrée, et toute personne qui la transporte peut la lire.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The publishing key</source>
        <translation>La clé de publication</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the answer in</source>
        <translation>Enregistrer la réponse dans</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the publishing key file first.</source>
        <translation>Choisissez d’abord le fichier de la clé de publication.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a folder to save the answer in.</source>
        <translation>Choisissez un dossier où enregistrer la réponse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is there already: choose another folder.</source>
        <translation>{name} s’y trouve déjà&#xa0;: choisissez un autre dossier.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signing the answer…</source>
        <translation>Signature de la réponse…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved {path}. Send it to the group as it is, by any way.</source>
        <translation>Enregistré&#xa0;: {path}. Envoyez ce fichier au groupe tel quel, par n’importe quel moyen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Accepted</source>
        <extracomment>Coact&apos;s decision on a group&apos;s history: taken into the library.</extracomment>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted with changes</source>
        <translation>Acceptée avec des modifications</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes asked for</source>
        <translation>Modifications demandées</translation>
    </message>
</context>
<context>
    <name>AnswerView</name>
    <message>
        <location filename="../src/coact_desktop/gui/answer_view.py" line="+43"/>
        <source>Coact&apos;s answer</source>
        <translation>Réponse de Coact</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coact wrote no general comment.</source>
        <translation>Coact n’a pas écrit de commentaire général.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sections Coact wrote about</source>
        <translation>Sections commentées par Coact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (a change)</source>
        <translation> (une modification)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No notes on single sections.</source>
        <translation>Aucune note sur une section en particulier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coact&apos;s note, and its change marked</source>
        <translation>Note de Coact, avec sa modification marquée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Use Coact&apos;s version of this section</source>
        <translation>&amp;Utiliser la version de Coact pour cette section</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Accepted</source>
        <extracomment>Coact&apos;s decision on a group&apos;s history: taken into the library.</extracomment>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted with changes</source>
        <translation>Acceptée avec des modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes asked for</source>
        <translation>Modifications demandées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;{decision}&lt;/b&gt;: Coact&apos;s answer to bundle {sequence}, signed {date}.</source>
        <translation>&lt;b&gt;{decision}&lt;/b&gt;&#xa0;: réponse de Coact au paquet {sequence}, signée le {date}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is in edition {edition} of the library.</source>
        <translation>L’histoire figure dans l’édition {edition} de la bibliothèque.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your draft has no section of this name now; Coact&apos;s version:</source>
        <translation>Votre brouillon n’a pas de section portant ce nom pour le moment&#xa0;; voici la version de Coact&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your draft already says it as Coact does.</source>
        <translation>Votre brouillon le dit déjà comme Coact.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Struck-through words are yours that Coact&apos;s version leaves out; underlined words are Coact&apos;s.</source>
        <translation>Les mots barrés sont les vôtres, que la version de Coact retire&#xa0;; les mots soulignés sont ceux de Coact.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../src/coact_desktop/gui/export_check_page.py" line="+35"/>
        <source>Check the draft</source>
        <translation>Vérification du brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing leaves this computer until the check is passed.</source>
        <translation>Rien ne quitte cet ordinateur tant que la vérification n’est pas réussie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems found</source>
        <translation>Problèmes trouvés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go there to fix it</source>
        <translation>Y aller pour corriger</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Must fix</source>
        <extracomment>&apos;Must fix&apos;: a problem that stops the sending; &apos;Note&apos;: advice only.</extracomment>
        <translation>À corriger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Some things must be fixed before the history can be sent. Double-click one to go there; “Check again” above the draft brings you back here, and the check runs again.</source>
        <translation>Certaines choses doivent être corrigées avant de pouvoir envoyer l’histoire. Double-cliquez sur l’une d’elles pour y aller&#xa0;; le bouton «&#xa0;Vérifier à nouveau&#xa0;», au-dessus du brouillon, vous ramène ici et la vérification recommence.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready to send. A few notes:</source>
        <translation>Prêt à envoyer. Quelques remarques&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready to send: nothing to fix.</source>
        <translation>Prêt à envoyer&#xa0;: rien à corriger.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/coact_desktop/cli/__init__.py" line="+103"/>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected error ({error}). Run again with --debug for details.</source>
        <translation>erreur inattendue ({error}). Relancez avec --debug pour voir les détails.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/backups.py" line="+40"/>
        <source>Restored {name}. The database it replaced was kept as {aside}.</source>
        <translation>{name} a été restauré. La base de données remplacée est conservée sous le nom {aside}.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/bundles.py" line="+61"/>
        <source>a new key: compare the fingerprint with the group by phone before trusting it</source>
        <translation>une nouvelle clé&#xa0;: comparez l’empreinte avec le groupe par téléphone avant de lui faire confiance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the key Coact already trusts for this group</source>
        <translation>la clé à laquelle Coact fait déjà confiance pour ce groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a new key, handed over by a rotation record signed by the trusted key</source>
        <translation>une nouvelle clé, transmise par une attestation de changement de clé signée par la clé de confiance</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose a passphrase for the group&apos;s new signing key: </source>
        <translation>Choisissez une phrase secrète pour la nouvelle clé de signature du groupe&#xa0;: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase of the group&apos;s signing key: </source>
        <translation>Phrase secrète de la clé de signature du groupe&#xa0;: </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Warning: this bundle is NOT encrypted. Anyone who gets the file can read it.</source>
        <translation>Attention&#xa0;: ce paquet n’est PAS chiffré. Toute personne qui obtient le fichier peut le lire.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote {path} ({size}), bundle {sequence} of this group.</source>
        <translation>Fichier écrit&#xa0;: {path} ({size}), paquet {sequence} de ce groupe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A signing key was made for the group.</source>
        <translation>Une clé de signature a été créée pour le groupe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key fingerprint (read it out to Coact): {words}</source>
        <translation>Empreinte de la clé (à lire à voix haute à Coact)&#xa0;: {words}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{file}: intact and correctly signed.</source>
        <translation>{file}&#xa0;: intact et correctement signé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group: {group}</source>
        <translation>Groupe&#xa0;: {group}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bundle: {sequence}, made {date}</source>
        <translation>Paquet&#xa0;: {sequence}, créé le {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key: {key}</source>
        <translation>Clé&#xa0;: {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust: {trust}</source>
        <translation>Confiance&#xa0;: {trust}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already received: importing it again changes nothing.</source>
        <translation>Déjà reçu&#xa0;: l’importer à nouveau ne change rien.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location filename="../src/coact_desktop/cli/editions.py" line="+147"/>
        <source>{file}: refused. {reason}</source>
        <translation>{file}&#xa0;: refusé. {reason}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cannot open it here: {reason}.</source>
        <translation>Impossible de l’ouvrir ici&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{file}: imported {name}, bundle {sequence} (already received; nothing changed).</source>
        <translation>{file}&#xa0;: importé ({name}, paquet {sequence})&#xa0;; déjà reçu, rien n’a changé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}: imported {name}, bundle {sequence}.</source>
        <translation>{file}&#xa0;: importé ({name}, paquet {sequence}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}: held. {name} signs with a key Coact does not know yet. Phone the group and compare these words: {words}. Then accept it in the window&apos;s inbox, or import again with --trust-new-key.</source>
        <translation>{file}&#xa0;: mis en attente. {name} signe avec une clé que Coact ne connaît pas encore. Téléphonez au groupe et comparez ces mots&#xa0;: {words}. Acceptez ensuite le paquet dans la boîte de réception de la fenêtre, ou importez-le à nouveau avec --trust-new-key.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file}: not imported: a newer file from {name} (after bundle {sequence}) is already in the library, and the newest is kept.</source>
        <translation>{file}&#xa0;: non importé&#xa0;: un fichier plus récent de {name} (après le paquet {sequence}) est déjà dans la bibliothèque, et c’est le plus récent qui est gardé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file}: not imported; the bundle is {state}.</source>
        <translation>{file}&#xa0;: non importé&#xa0;; état du paquet&#xa0;: {state}.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/drafts.py" line="+57"/>
        <location line="+87"/>
        <source>(no name yet)</source>
        <translation>(pas encore de nom)</translation>
    </message>
    <message numerus="yes">
        <location line="-85"/>
        <source>saved {when}, %n revisions</source>
        <extracomment>One line of the drafts list: its id, the group&apos;s name, when it was last saved.</extracomment>
        <translation>
            <numerusform>enregistré le {when}, %n version</numerusform>
            <numerusform>enregistré le {when}, %n versions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Restored revision {old} as revision {new}.</source>
        <translation>La version {old} a été restaurée comme version {new}.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>place not given</source>
        <translation>lieu non indiqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year not given</source>
        <translation>année non indiquée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place}; founded {year}</source>
        <translation>{place}&#xa0;; année de création&#xa0;: {year}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n events</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/editions.py" line="-59"/>
        <source>Copied the library&apos;s newest edition to {path}.</source>
        <translation>La dernière édition de la bibliothèque a été copiée dans {path}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Passphrase of the root key: </source>
        <translation>Phrase secrète de la clé racine&#xa0;: </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wrote {file}.</source>
        <translation>Fichier écrit&#xa0;: {file}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Root version {version} is signed by {old_signed} of the {old_needed} current root keys needed and {new_signed} of the {new_needed} of its own.</source>
        <extracomment>A new list of root keys must be signed by enough of the current keys and of its own.</extracomment>
        <translation>La version {version} des clés racines est signée par {old_signed} des {old_needed} clés racines actuelles requises, et par {new_signed} des {new_needed} clés requises parmi les siennes.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Readers will accept it.</source>
        <translation>Les lecteurs l’accepteront.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More root keys must sign it.</source>
        <translation>D’autres clés racines doivent encore la signer.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{file}: edition {edition}, against edition {have} here.</source>
        <translation>{file}&#xa0;: édition {edition}, comparée à l’édition {have} présente ici.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>chapter added: {title} ({slug}), {words}</source>
        <translation>chapitre ajouté&#xa0;: {title} ({slug}), {words}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chapter changed: {title} ({slug}), {added} and {removed}</source>
        <translation>chapitre modifié&#xa0;: {title} ({slug}), {added} et {removed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chapter removed: {title} ({slug}), {words}</source>
        <translation>chapitre retiré&#xa0;: {title} ({slug}), {words}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>+%n words</source>
        <extracomment>Words a changed chapter gains, as in &quot;+120 words&quot;.</extracomment>
        <translation>
            <numerusform>+%n mot</numerusform>
            <numerusform>+%n mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>-%n words</source>
        <extracomment>Words a changed chapter loses, as in &quot;-35 words&quot;.</extracomment>
        <translation>
            <numerusform>-%n mot</numerusform>
            <numerusform>-%n mots</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>history added: {name}</source>
        <translation>histoire ajoutée&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>history changed: {name}</source>
        <translation>histoire modifiée&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>history removed: {name}</source>
        <translation>histoire retirée&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing would change but the edition&apos;s number and notes.</source>
        <translation>Seuls le numéro et les notes de l’édition changeraient.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{folder}: no newer edition for this library.</source>
        <translation>{folder}&#xa0;: aucune édition plus récente pour cette bibliothèque.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Imported before it: {files}.</source>
        <translation>Importés avant celui-ci&#xa0;: {files}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{file}: imported.</source>
        <translation>{file}&#xa0;: importé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: intact and signed by Coact.</source>
        <translation>{file}&#xa0;: intact et signé par Coact.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edition: {edition} of {library}, from {date}</source>
        <translation>Édition&#xa0;: {edition} de {library}, du {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title: {title}</source>
        <translation>Titre&#xa0;: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed: {when} by the publishing key {key}</source>
        <translation>Signé&#xa0;: le {when}, par la clé de publication {key}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Histories: {names}</source>
        <translation>Histoires&#xa0;: {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left out: {names} (no longer in this edition)</source>
        <translation>Retirées&#xa0;: {names} (ne font plus partie de cette édition)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the changes since the edition this library holds.</source>
        <translation>Seulement les changements depuis l’édition présente dans cette bibliothèque.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library now has edition {edition}.</source>
        <translation>La bibliothèque contient maintenant l’édition {edition}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What&apos;s new: {notes}</source>
        <translation>Nouveautés&#xa0;: {notes}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: this computer&apos;s clock is behind: a file signed on {date} was already seen here. Set the date right.</source>
        <translation>Attention&#xa0;: l’horloge de cet ordinateur retarde&#xa0;: un fichier signé le {date} a déjà été vu ici. Réglez la date correctement.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>--delta-from: {file} is not a pack file (or say “{shipped}”).</source>
        <translation>--delta-from&#xa0;: {file} n’est pas un fichier d’édition (ou indiquez «&#xa0;{shipped}&#xa0;»).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Wrote {file} ({size}): the changes that make edition {edition}, signed by {key}.</source>
        <translation>Fichier écrit&#xa0;: {file} ({size}), avec les changements qui mènent à l’édition {edition}, signé par la clé {key}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrote {file} ({size}): edition {edition}, signed by {key}.</source>
        <translation>Fichier écrit&#xa0;: {file} ({size}), édition {edition}, signé par la clé {key}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{library}  edition {edition}, {date}: {title}</source>
        <translation>{library}  édition {edition}, {date}&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/keys.py" line="+68"/>
        <source>Cannot read the passphrase file {path}: {reason}.</source>
        <translation>Impossible de lire le fichier de phrase secrète {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A passphrase is needed: run this in a terminal, or give --passphrase-file FILE.</source>
        <translation>Une phrase secrète est nécessaire&#xa0;: lancez la commande dans un terminal, ou indiquez --passphrase-file FICHIER.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type it again: </source>
        <translation>Tapez-la à nouveau&#xa0;: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Les deux phrases secrètes sont différentes&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No signing key yet: it is made on the first export.</source>
        <translation>Pas encore de clé de signature&#xa0;: elle est créée au premier export.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wrote the public key {key} to {file}.</source>
        <translation>Clé publique {key} écrite dans {file}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase of the signing key: </source>
        <translation>Phrase secrète de la clé de signature&#xa0;: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrote a backup of key {key} to {file}. It stays encrypted with its passphrase: keep the file and the passphrase in different places.</source>
        <translation>Sauvegarde de la clé {key} écrite dans {file}. Elle reste chiffrée par sa phrase secrète&#xa0;: gardez le fichier et la phrase secrète dans des endroits différents.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase of the backed-up key: </source>
        <translation>Phrase secrète de la clé sauvegardée&#xa0;: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored key {key}.</source>
        <translation>Clé {key} restaurée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase of the current key: </source>
        <translation>Phrase secrète de la clé actuelle&#xa0;: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase for the new key: </source>
        <translation>Phrase secrète de la nouvelle clé&#xa0;: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Made key {key}; key {old} signed the hand-over.</source>
        <translation>Clé {key} créée&#xa0;; la clé {old} a signé la transmission.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Key id:</source>
        <translation>Identifiant de la clé&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint:</source>
        <translation>Empreinte&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public key:</source>
        <translation>Clé publique&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/search.py" line="+30"/>
        <source>Preparing search (first use)…</source>
        <translation>Préparation de la recherche (première utilisation)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No exact matches. Close spellings:</source>
        <translation>Aucun résultat exact. Orthographes proches&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did you mean: {suggestion}</source>
        <translation>Vouliez-vous dire&#xa0;: {suggestion}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>{shown} of %n results</source>
        <extracomment>{shown} results are listed of %n found in all.</extracomment>
        <translation>
            <numerusform>{shown} sur %n résultat</numerusform>
            <numerusform>{shown} sur %n résultats</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/answers.py" line="+66"/>
        <source>{file}: Coact&apos;s answer: {decision}.</source>
        <translation>{file}&#xa0;: réponse de Coact&#xa0;: {decision}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is on the draft {draft} (bundle {n}).</source>
        <translation>Elle porte sur le brouillon {draft} (paquet {n}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>bundle {n}: {decision}, signed {when}</source>
        <translation>paquet {n}&#xa0;: {decision}, réponse signée le {when}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refused. {reason}</source>
        <translation>Refusé. {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--section-text: cannot read {file}: {reason}.</source>
        <translation>--section-text&#xa0;: impossible de lire {file}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../src/coact_desktop/cli/editions.py" line="-51"/>
        <source>Passphrase of the publishing key: </source>
        <translation>Phrase secrète de la clé de publication&#xa0;: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote {file}: the answer to bundle {n} of the group.</source>
        <translation>Fichier écrit&#xa0;: {file}, réponse au paquet {n} du groupe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{option} takes TITLE=VALUE, as in {option} “How we began=…”.</source>
        <extracomment>TITLE and VALUE are written as they are: they name the parts of the option.</extracomment>
        <translation>{option} attend TITLE=VALUE, par exemple {option} «&#xa0;Nos débuts=…&#xa0;».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>accepted</source>
        <translation>accepté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted with changes</source>
        <translation>accepté avec des modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changes asked for</source>
        <translation>modifications demandées</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/output.py" line="+30"/>
        <source>{n} KB</source>
        <translation>{n} Ko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} MB</source>
        <translation>{n} Mo</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/release.py" line="+42"/>
        <source>{folder} is Coact Desktop {version} as Coact released it: {files} files, each unchanged, signed by key {key}.</source>
        <translation>{folder} contient Coact Desktop {version} tel que Coact l’a publié&#xa0;: {files} fichiers, tous intacts, signés par la clé {key}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copied Coact Desktop {version} to {folder} and checked the copy.</source>
        <translation>Coact Desktop {version} a été copié dans {folder}, et la copie a été vérifiée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied the library to {folder}.</source>
        <translation>La bibliothèque a été copiée dans {folder}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No edition from a file to pass on yet: the library that comes with the program is in it.</source>
        <translation>Pas encore d’édition reçue par fichier à transmettre&#xa0;: la copie contient la bibliothèque fournie avec le programme.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Whoever receives it can check it: {check} with Coact&apos;s publishing key (or: coact-desktop release verify FOLDER).</source>
        <extracomment>{check} is a command to type as it is (cd, sha256sum, minisign): not to be translated.</extracomment>
        <translation>La personne qui le reçoit peut le vérifier&#xa0;: {check} avec la clé de publication de Coact (ou&#xa0;: coact-desktop release verify FOLDER).</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/cli/protection.py" line="+81"/>
        <source>The drafts are protected by a passphrase: run this in a terminal, or give --unlock-file FILE.</source>
        <translation>Les brouillons sont protégés par une phrase secrète&#xa0;: lancez la commande dans un terminal, ou indiquez --unlock-file FILE.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase of your group&apos;s drafts: </source>
        <translation>Phrase secrète des brouillons de votre groupe&#xa0;: </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The drafts are not protected by a passphrase.</source>
        <translation>Les brouillons ne sont pas protégés par une phrase secrète.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you forget this passphrase, nobody can open your drafts again, not even Coact.</source>
        <translation>Si vous oubliez cette phrase secrète, personne ne pourra plus ouvrir vos brouillons, pas même Coact.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <location line="+25"/>
        <source>New passphrase: </source>
        <translation>Nouvelle phrase secrète&#xa0;: </translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+53"/>
        <source>Duress passphrase: </source>
        <translation>Phrase secrète sous contrainte&#xa0;: </translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Paper key: </source>
        <translation>Clé papier&#xa0;: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The drafts open with the new passphrase. A duress passphrase, if one was set, was removed: set it again.</source>
        <translation>Les brouillons s’ouvrent maintenant avec la nouvelle phrase secrète. La phrase secrète sous contrainte, s’il y en avait une, a été retirée&#xa0;: choisissez-en une de nouveau.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Anyone with this key and the laptop can read the drafts: copy it onto paper and keep it away from the laptop.</source>
        <translation>Toute personne qui a cette clé et l’ordinateur portable peut lire les brouillons&#xa0;: recopiez-la sur papier et gardez-la loin de l’ordinateur.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The drafts are not protected by a passphrase: set one first.</source>
        <translation>Les brouillons ne sont pas protégés par une phrase secrète&#xa0;: commencez par en choisir une.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quick delete after wrong passphrases is off.</source>
        <translation>La suppression rapide après des phrases secrètes incorrectes est désactivée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After {count} wrong passphrases in a row, the drafts, inbox, photos, keys and backups are destroyed for good, and nothing says so. A mistyped passphrase can set it off; it does not help against a copy of the disk made first.</source>
        <translation>Après {count} phrases secrètes incorrectes d’affilée, les brouillons, la boîte de réception, les photos, les clés et les sauvegardes sont détruits définitivement, et rien ne l’indique. Une simple faute de frappe dans la phrase secrète peut déclencher cette suppression&#xa0;; elle ne protège pas contre une copie du disque faite auparavant.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Without a terminal, quick delete needs --yes.</source>
        <translation>Sans terminal, la suppression rapide demande --yes.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Passphrase: </source>
        <translation>Phrase secrète&#xa0;: </translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The drafts, their photos and files, the inbox and the keys are encrypted under a passphrase.</source>
        <translation>Les brouillons, leurs photos et fichiers, la boîte de réception et les clés sont chiffrés par une phrase secrète.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The drafts, their photos and files, the inbox and the keys are now encrypted.</source>
        <translation>Les brouillons, leurs photos et fichiers, la boîte de réception et les clés sont maintenant chiffrés.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The passphrase was changed.</source>
        <translation>La phrase secrète a été modifiée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The duress passphrase was removed.</source>
        <translation>La phrase secrète sous contrainte a été retirée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The duress passphrase was set.</source>
        <translation>La phrase secrète sous contrainte a été enregistrée.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>delete</source>
        <extracomment>The word the person types to confirm quick delete; keep it one short word.</extracomment>
        <translation>supprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This destroys the drafts, inbox, keys, backups and logs for good. Type {word} to go on: </source>
        <translation>Cette action détruit définitivement les brouillons, la boîte de réception, les clés, les sauvegardes et les journaux. Tapez «&#xa0;{word}&#xa0;» pour continuer&#xa0;: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was deleted.</source>
        <translation>Rien n’a été supprimé.</translation>
    </message>
</context>
<context>
    <name>ContentsView</name>
    <message>
        <location filename="../src/coact_desktop/gui/contents_view.py" line="+22"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Models of organising</source>
        <translation>Modèles d’organisation</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Groups&apos; own histories</source>
        <translation>Histoires écrites par les groupes</translation>
    </message>
</context>
<context>
    <name>DraftAnswers</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_answers.py" line="+56"/>
        <source>Coact has answered this history (bundle {sequence}).</source>
        <translation>Coact a répondu à cette histoire (paquet {sequence}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See Coact&apos;s answer</source>
        <translation>Voir la réponse de Coact</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Coact&apos;s version of {title} is in the draft.</source>
        <translation>La version de Coact de la section «&#xa0;{title}&#xa0;» est maintenant dans le brouillon.</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_editor.py" line="+60"/>
        <source>Group profile…</source>
        <translation>Fiche du groupe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision history…</source>
        <translation>Historique des versions…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to Coact…</source>
        <translation>Envoyer à Coact…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the draft and save it as one signed, encrypted file for Coact</source>
        <translation>Vérifier le brouillon et l’enregistrer en un seul fichier signé et chiffré pour Coact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add section</source>
        <translation>Ajouter une section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Section text</source>
        <translation>Texte de la section</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write here. Markdown works: **bold**, - lists, # headings.</source>
        <translation>Écrivez ici. Le format Markdown fonctionne&#xa0;: **gras**, - listes, # titres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent warning</source>
        <translation>Avertissement sur le consentement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the pseudonym everywhere</source>
        <translation>Utiliser le pseudonyme partout</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preview</source>
        <extracomment>Button: shows the draft as readers will see it.</extracomment>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See the draft as it would appear in the library&apos;s reading view</source>
        <translation>Voir le brouillon tel qu’il apparaîtrait dans la bibliothèque, en mode lecture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview of the whole draft</source>
        <translation>Aperçu de tout le brouillon</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save status</source>
        <translation>État de l’enregistrement</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Parts of the draft</source>
        <extracomment>The tabs of a draft: text, timeline, people and consent, photos and files.</extracomment>
        <translation>Parties du brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline</source>
        <extracomment>Tab of a draft: the dated events of the group&apos;s history.</extracomment>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+241"/>
        <source>People and consent</source>
        <translation>Personnes et consentement</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Photos and files</source>
        <translation>Photos et fichiers</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>(no name yet)</source>
        <translation>(pas encore de nom)</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>People and consent ({count} to check)</source>
        <translation>Personnes et consentement ({count} à vérifier)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Names to check: {count}. A real name is used without consent in the text, the timeline or a file. Record their consent here, or use their pseudonym. ({keys})</source>
        <translation>Noms à vérifier&#xa0;: {count}. Un vrai nom est utilisé sans consentement dans le texte, la chronologie ou un fichier. Notez ici le consentement de la personne, ou utilisez son pseudonyme. ({keys})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“{name}” is named in this section but has not agreed to be named. Use their pseudonym instead, or record their consent under People.</source>
        <translation>Le nom «&#xa0;{name}&#xa0;» figure dans cette section, mais cette personne n’a pas accepté d’être nommée. Utilisez plutôt son pseudonyme, ou notez son consentement dans l’onglet «&#xa0;Personnes et consentement&#xa0;».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give them a pseudonym under People first.</source>
        <translation>Donnez-lui d’abord un pseudonyme dans l’onglet «&#xa0;Personnes et consentement&#xa0;».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New section</source>
        <translation>Nouvelle section</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rename section</source>
        <translation>Renommer la section</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
</context>
<context>
    <name>DraftTables</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_tables.py" line="+221"/>
        <source>Remove</source>
        <extracomment>Button: remove the chosen row (an event or a person).</extracomment>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a row (Alt+A)</source>
        <translation>Ajouter une ligne (Alt+A)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A year such as 1998; a date in words goes under When.</source>
        <translation>Une année, par exemple 1998&#xa0;; une date en mots va dans la colonne «&#xa0;Quand&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_guide.py" line="+25"/>
        <source>How the group began</source>
        <translation>Comment le groupe a commencé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the group does</source>
        <translation>Ce que fait le groupe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Milestones</source>
        <extracomment>Title of a section every new draft starts with: the group&apos;s key moments.</extracomment>
        <translation>Moments clés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Challenges and responses</source>
        <translation>Difficultés et réponses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achievements</source>
        <translation>Réussites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lessons for other groups</source>
        <translation>Leçons pour d’autres groupes</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>When and where did the group start, who started it, and why? Was it a reaction to something happening in your drug scene?</source>
        <translation>Quand et où le groupe a-t-il commencé, qui l’a lancé, et pourquoi&#xa0;? Était-ce une réaction à ce qui se passait dans la scène locale de la drogue&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What does the group do: peer support, needle and syringe programmes, treatment advocacy, legal help, outreach, campaigning? Which models of organising fit?</source>
        <translation>Que fait le groupe&#xa0;: soutien par les pairs, programmes d’échange d’aiguilles et de seringues, plaidoyer pour l’accès aux traitements, aide juridique, travail de rue, campagnes&#xa0;? Quels modèles d’organisation lui correspondent&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What were the important moments, and when did they happen?</source>
        <translation>Quels ont été les moments importants, et quand ont-ils eu lieu&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What got in the way (the police, funding, stigma, the law), and how did you respond?</source>
        <translation>Qu’est-ce qui a fait obstacle (la police, le financement, la stigmatisation, la loi), et comment avez-vous réagi&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What changed because of the group?</source>
        <translation>Qu’est-ce qui a changé grâce au groupe&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would you tell a group that is just starting?</source>
        <translation>Que diriez-vous à un groupe qui débute&#xa0;?</translation>
    </message>
</context>
<context>
    <name>DraftsView</name>
    <message>
        <location filename="../src/coact_desktop/gui/drafts_view.py" line="+67"/>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New draft…</source>
        <translation>Nouveau brouillon…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write your group&apos;s own history here, at your own pace. Everything you type is kept on this computer and saved as you go.

Start with “New draft…”.</source>
        <translation>Écrivez ici l’histoire de votre groupe, à votre rythme. Tout ce que vous tapez reste sur cet ordinateur et est enregistré au fur et à mesure.

Commencez par «&#xa0;Nouveau brouillon…&#xa0;».</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Fix what the check found, then go on sending the file to Coact.</source>
        <extracomment>Shown instead of the list and editor while the drafts are locked.</extracomment>
        <translation>Corrigez ce que la vérification a trouvé, puis continuez l’envoi du fichier à Coact.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check again</source>
        <extracomment>Button: look at the draft again for problems before sending.</extracomment>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+166"/>
        <source>(no name yet)</source>
        <translation>(pas encore de nom)</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Choose a draft in the list to go on writing it, or start another with “New draft…”.</source>
        <translation>Choisissez un brouillon dans la liste pour continuer à l’écrire, ou commencez-en un autre avec «&#xa0;Nouveau brouillon…&#xa0;».</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Coact Desktop did not close properly last time. Your draft is back as it was at its last autosave ({time}).</source>
        <translation>Coact Desktop ne s’est pas fermé correctement la dernière fois. Votre brouillon a été rétabli tel qu’il était au dernier enregistrement automatique ({time}).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All changes saved.</source>
        <translation>Toutes les modifications sont enregistrées.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>All changes saved ({time}).</source>
        <translation>Toutes les modifications sont enregistrées ({time}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not saved yet: {reason} Your text is kept and will be saved again.</source>
        <translation>Pas encore enregistré&#xa0;: {reason} Votre texte est conservé&#xa0;; le programme essaiera à nouveau de l’enregistrer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Attach a photo or a document</source>
        <translation>Joindre une photo ou un document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos, PDF documents and text (*.jpg *.jpeg *.png *.pdf *.txt *.md)</source>
        <translation>Photos, documents PDF et texte (*.jpg *.jpeg *.png *.pdf *.txt *.md)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Caption</source>
        <extracomment>Title of a small dialog asking for a photo&apos;s caption.</extracomment>
        <translation>Légende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What does it show? (optional)</source>
        <translation>Que voit-on&#xa0;? (facultatif)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removing hidden details from the file…</source>
        <translation>Suppression des informations cachées du fichier…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file was cleaned, but another draft is open now: attach it again.</source>
        <translation>Le fichier a été nettoyé, mais un autre brouillon est ouvert maintenant&#xa0;: joignez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>camera and author details (EXIF)</source>
        <translation>les informations sur l’appareil photo et l’auteur (EXIF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the place it was taken (GPS)</source>
        <translation>le lieu de la prise de vue (GPS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>editing details (XMP)</source>
        <translation>les informations de retouche (XMP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>captions and credits (IPTC)</source>
        <translation>les légendes et les crédits (IPTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hidden comment</source>
        <translation>un commentaire caché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a colour profile</source>
        <translation>un profil de couleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text notes (author, description)</source>
        <translation>des notes de texte (auteur, description)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the author and the program that made it</source>
        <translation>l’auteur et le programme qui l’a créé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comments and their authors&apos; names, links and form fields</source>
        <translation>les commentaires et le nom de leurs auteurs, les liens et les champs de formulaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hidden extras (scripts, attached files, private program data)</source>
        <translation>des éléments cachés (scripts, fichiers joints, données privées de programmes)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attached. Removed from the copy: {removed}.</source>
        <translation>Joint. Retiré de la copie&#xa0;: {removed}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attached. The file carried no hidden details.</source>
        <translation>Joint. Le fichier ne contenait aucune information cachée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The original file was not copied or changed.</source>
        <translation>Le fichier d’origine n’a été ni copié ni modifié.</translation>
    </message>
</context>
<context>
    <name>EditionImport</name>
    <message>
        <location filename="../src/coact_desktop/gui/edition_import.py" line="+54"/>
        <source>Checking {name}…</source>
        <translation>Vérification de {name}…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;p&gt;&lt;b&gt;{title}&lt;/b&gt;, edition {edition}, from {date}.&lt;/p&gt;&lt;p&gt;Signed by Coact on {created}. The library now has edition {have}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{title}&lt;/b&gt;, édition {edition}, du {date}.&lt;/p&gt;&lt;p&gt;Signée par Coact le {created}. La bibliothèque a actuellement l’édition {have}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;p&gt;Group histories in it: {names}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Histoires de groupes qu’elle contient&#xa0;: {names}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;No longer in it: {names}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ne font plus partie de l’édition&#xa0;: {names}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;What is new: {notes}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nouveautés&#xa0;: {notes}&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;p&gt;It comes in %n files, checked and imported one after the other.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Elle se compose de %n fichier, vérifié puis importé.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Elle se compose de %n fichiers, vérifiés puis importés l’un après l’autre.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Your drafts, keys and reading place are kept.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vos brouillons, vos clés et l’endroit où vous en étiez dans la lecture sont conservés.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;This computer&apos;s clock is behind:&lt;/b&gt; a file signed on {seen} was already seen here. Set the date right, or an old edition could pass for a new one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;L’horloge de cet ordinateur retarde&#xa0;:&lt;/b&gt; un fichier signé le {seen} a déjà été vu ici. Réglez la date correctement, sinon une ancienne édition pourrait passer pour une nouvelle.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import this edition?</source>
        <translation>Importer cette édition&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import</source>
        <extracomment>Button: take the new edition into the library on this computer.</extracomment>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The edition was not imported.</source>
        <translation>L’édition n’a pas été importée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importing {name}…</source>
        <translation>Importation de {name}…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edition {edition} is now in the library.</source>
        <translation>L’édition {edition} est maintenant dans la bibliothèque.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{done} The next file was not imported. {reason}</source>
        <translation>{done} Le fichier suivant n’a pas été importé. {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopped. Nothing was changed.</source>
        <translation>Arrêté. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stick holds no newer edition than yours.</source>
        <translation>La clé USB ne contient pas d’édition plus récente que la vôtre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The edition was not imported. {reason}</source>
        <translation>L’édition n’a pas été importée. {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edition</source>
        <extracomment>An edition: one signed, numbered release of the history (the library).</extracomment>
        <translation>Édition</translation>
    </message>
</context>
<context>
    <name>EditionPreview</name>
    <message>
        <location filename="../src/coact_desktop/gui/edition_preview.py" line="+29"/>
        <source>Preview of edition {n}</source>
        <translation>Aperçu de l’édition {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview: edition {n}, {date}. Nothing is published yet.</source>
        <translation>Aperçu&#xa0;: édition {n}, {date}. Rien n’est encore publié.</translation>
    </message>
</context>
<context>
    <name>EditionsWorkspace</name>
    <message>
        <location filename="../src/coact_desktop/gui/editions_workspace.py" line="+75"/>
        <source>Editions workspace</source>
        <translation>Préparation des éditions</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Edition {new}, made from edition {old} of {date}.</source>
        <translation>Édition {new}, préparée à partir de l’édition {old} du {date}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accepted histories</source>
        <translation>Histoires acceptées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticked histories go into the edition, in this order.</source>
        <translation>Les histoires cochées entrent dans l’édition, dans cet ordre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;up</source>
        <translation>Mon&amp;ter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model of organising</source>
        <translation>Modèle d’organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model: under “Groups&apos; own histories”</source>
        <translation>Sans modèle&#xa0;: dans «&#xa0;Histoires écrites par les groupes&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chapters of the edition</source>
        <translation>Chapitres de l’édition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add a chapter from Markdown…</source>
        <translation>&amp;Ajouter un chapitre depuis un fichier Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace with Markdown…</source>
        <translation>&amp;Remplacer par un fichier Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the change &amp;out</source>
        <translation>Ann&amp;uler la modification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What&apos;s new, for readers</source>
        <translation>Nouveautés, pour les lecteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is new in this edition, in a few lines.</source>
        <translation>Ce qui est nouveau dans cette édition, en quelques lignes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publishing key file</source>
        <translation>Fichier de la clé de publication</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Choose the publishing key file</source>
        <translation>Choisissez le fichier de la clé de publication</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase of the publishing key</source>
        <translation>Phrase secrète de la clé de publication</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder to save the edition in</source>
        <translation>Dossier où enregistrer l’édition</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the folder</source>
        <translation>Choisissez le dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view as readers will see it</source>
        <translation>&amp;Voir l’aperçu, comme les lecteurs le verront</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Publish…</source>
        <translation>&amp;Publier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Groups&apos; histories</source>
        <translation>Histoires des &amp;groupes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Under the &amp;model:</source>
        <translation>Sous le &amp;modèle&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;hapters</source>
        <translation>C&amp;hapitres</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What&apos;s &amp;new:</source>
        <translation>&amp;Nouveautés&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publishing &amp;key:</source>
        <translation>&amp;Clé de publication&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;ssphrase:</source>
        <translation>Phrase &amp;secrète&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;to:</source>
        <translation>&amp;Enregistrer dans&#xa0;:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No history has been accepted in the inbox yet: chapters and notes only.</source>
        <translation>Aucune histoire n’a encore été acceptée dans la boîte de réception&#xa0;: seulement des chapitres et des notes.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{title}  (replaced from {file})</source>
        <translation>{title}  (remplacé à partir de {file})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New: {title}  (from {file})</source>
        <translation>Nouveau&#xa0;: {title}  (à partir de {file})</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Markdown (*.md *.markdown *.txt);;All files (*)</source>
        <translation>Markdown (*.md *.markdown *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This file cannot be used</source>
        <translation>Ce fichier ne peut pas être utilisé</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a chapter</source>
        <translation>Ajouter un chapitre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No title</source>
        <translation>Pas de titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the file with its title on a line of its own, as “# Title”.</source>
        <translation>Commencez le fichier par son titre, seul sur une ligne, sous la forme «&#xa0;# Titre&#xa0;».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replace</source>
        <extracomment>Title of a file dialog: choose a Markdown file to replace a chapter&apos;s text.</extracomment>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The plan could not be saved: {error}</source>
        <translation>Le plan n’a pas pu être enregistré&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Putting the edition together…</source>
        <translation>Assemblage de l’édition…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Facts no longer quoted by the text are left out: {n}.</source>
        <translation>Les faits que le texte ne cite plus sont laissés de côté&#xa0;: {n}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the publishing key file first.</source>
        <translation>Choisissez d’abord le fichier de la clé de publication.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a folder to save the edition in.</source>
        <translation>Choisissez un dossier où enregistrer l’édition.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Publish edition {n}?</source>
        <translation>Publier l’édition {n}&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edition {n} will hold {histories} and {chapters}. It is signed with the key in {key} and saved in {folder}. Readers who import it see it as it was in the preview.</source>
        <extracomment>{histories} and {chapters} are the two phrases translated just before this one.</extracomment>
        <translation>L’édition {n} contiendra {histories} et {chapters}. Elle sera signée avec la clé du fichier {key} et enregistrée dans {folder}. Les lecteurs qui l’importeront la verront telle qu’elle était dans l’aperçu.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n groups&apos; histories</source>
        <extracomment>Part of &quot;Edition 5 will hold 3 groups&apos; histories and …&quot;.</extracomment>
        <translation>
            <numerusform>%n histoire de groupe</numerusform>
            <numerusform>%n histoires de groupes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new or changed chapters</source>
        <extracomment>Part of &quot;Edition 5 will hold … and 2 new or changed chapters&quot;.</extracomment>
        <translation>
            <numerusform>%n chapitre nouveau ou modifié</numerusform>
            <numerusform>%n chapitres nouveaux ou modifiés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Signing and writing edition {n}…</source>
        <translation>Signature et écriture de l’édition {n}…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edition published</source>
        <translation>Édition publiée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved in {folder}: {names}. Send the small “-delta” file to readers who have the edition before; the full one to everyone else.</source>
        <translation>Enregistré dans {folder}&#xa0;: {names}. Envoyez le petit fichier «&#xa0;-delta&#xa0;» aux lecteurs qui ont l’édition précédente, et le fichier complet à tous les autres.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopped. Nothing was published.</source>
        <translation>Arrêté. Rien n’a été publié.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The publishing key</source>
        <translation>La clé de publication</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the edition in</source>
        <translation>Enregistrer l’édition dans</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../src/coact_desktop/words/errors.py" line="+16"/>
        <source>Something went wrong inside Coact Desktop ({error}). The details are in the log file in your profile folder.</source>
        <translation>Un problème est survenu à l’intérieur de Coact Desktop ({error}). Les détails se trouvent dans le fichier journal, dans votre dossier de profil.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coact Desktop cannot use the folder {path}. Check that it exists and that you may write to it, or start the program with --data-dir and another folder.</source>
        <translation>Coact Desktop ne peut pas utiliser le dossier {path}. Vérifiez qu’il existe et que vous pouvez y écrire, ou lancez le programme avec --data-dir et un autre dossier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The library database could not be opened or updated. Nothing was changed.</source>
        <translation>La base de données de la bibliothèque n’a pas pu être ouverte ou mise à jour. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history that comes with this copy of Coact Desktop is damaged. Please install the program again.</source>
        <translation>L’histoire fournie avec cette copie de Coact Desktop est endommagée. Veuillez réinstaller le programme.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search could not run.</source>
        <translation>La recherche n’a pas pu se faire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That part of the history could not be found.</source>
        <translation>Cette partie de l’histoire est introuvable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file cannot be attached safely. Coact Desktop attaches photos (JPEG, PNG) and text files, after removing their hidden details.</source>
        <translation>Ce fichier ne peut pas être joint en toute sécurité. Coact Desktop joint les photos (JPEG, PNG) et les fichiers texte, après en avoir retiré les informations cachées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This draft file is not valid.</source>
        <translation>Ce fichier de brouillon n’est pas valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A draft with this identity is already here.</source>
        <translation>Un brouillon avec cet identifiant existe déjà ici.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file cannot be used.</source>
        <translation>Le fichier de clé ne peut pas être utilisé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature is not valid.</source>
        <translation>La signature n’est pas valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file was refused, and nothing in the library was changed.</source>
        <translation>Ce fichier a été refusé, et rien n’a été modifié dans la bibliothèque.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file could not be written; nothing was sent.</source>
        <translation>Le fichier n’a pas pu être écrit&#xa0;; rien n’a été envoyé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your group&apos;s drafts are locked. Unlock them with your passphrase first.</source>
        <translation>Les brouillons de votre groupe sont verrouillés. Déverrouillez-les d’abord avec votre phrase secrète.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file that keeps the key to your drafts (data-key.json in the profile folder) is missing or damaged, so the drafts cannot be opened. Nothing was changed.</source>
        <translation>Le fichier qui garde la clé de vos brouillons (data-key.json, dans le dossier du profil) est introuvable ou endommagé&#xa0;: les brouillons ne peuvent donc pas être ouverts. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The draft is not ready to send; nothing was written. The check before sending lists what to fix.</source>
        <translation>Le brouillon n’est pas prêt à être envoyé&#xa0;; rien n’a été écrit. La vérification avant l’envoi indique ce qu’il faut corriger.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Choisissez une phrase secrète d’au moins 8 caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This passphrase does not open this key file; check that it is the one set for it.</source>
        <translation>Cette phrase secrète n’ouvre pas ce fichier de clé&#xa0;; vérifiez que c’est bien celle qui a été choisie pour ce fichier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This passphrase does not open your group&apos;s drafts; nothing was changed. Check the keyboard language and Caps Lock, and try again.</source>
        <translation>Cette phrase secrète n’ouvre pas les brouillons de votre groupe&#xa0;; rien n’a été modifié. Vérifiez la langue du clavier et la touche Verr. Maj (Caps Lock), puis réessayez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The duress passphrase must differ from your usual passphrase.</source>
        <translation>La phrase secrète sous contrainte doit être différente de votre phrase secrète habituelle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A paper key is 14 groups of 4 letters and digits. Copy all of them from the paper.</source>
        <translation>Une clé papier compte 14 groupes de 4 lettres et chiffres. Recopiez-les tous à partir du papier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This paper key has a mistake in it; nothing was changed. Compare each group with the paper.</source>
        <translation>Cette clé papier contient une erreur&#xa0;; rien n’a été modifié. Comparez chaque groupe avec le papier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This paper key does not open these drafts; nothing was changed. It may be the paper of another laptop or of an older profile.</source>
        <translation>Cette clé papier n’ouvre pas ces brouillons&#xa0;; rien n’a été modifié. C’est peut-être le papier d’un autre ordinateur portable ou d’un ancien profil.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup also keeps the key that opens Coact&apos;s answers to your group: give the signing key&apos;s passphrase to lock it in the backup.</source>
        <translation>La sauvegarde contient aussi la clé qui ouvre les réponses de Coact à votre groupe&#xa0;: indiquez la phrase secrète de la clé de signature pour la verrouiller dans la sauvegarde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This passphrase does not open your group&apos;s signing key. Nobody can recover a forgotten passphrase, not even Coact: that is what keeps the key safe if the laptop is taken. If it is lost for good, restore a key backup whose passphrase you know, or ask Coact how to send your history under a new key.</source>
        <translation>Cette phrase secrète n’ouvre pas la clé de signature de votre groupe. Personne ne peut retrouver une phrase secrète oubliée, pas même Coact&#xa0;: c’est ce qui protège la clé si l’ordinateur portable est saisi. Si elle est perdue pour de bon, restaurez une sauvegarde de clé dont vous connaissez la phrase secrète, ou demandez à Coact comment envoyer votre histoire avec une nouvelle clé.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>chapter</source>
        <translation>chapitre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model of organising</source>
        <translation>modèle d’organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decade</source>
        <translation>décennie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown {what} “{value}”. Choose one of: {choices}.</source>
        <extracomment>{what} is one of: chapter, model of organising, country, decade (translated just before).</extracomment>
        <translation>Valeur inconnue pour le filtre «&#xa0;{what}&#xa0;»&#xa0;: «&#xa0;{value}&#xa0;». Choisissez parmi&#xa0;: {choices}.</translation>
    </message>
</context>
<context>
    <name>EventsTable</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_tables.py" line="+161"/>
        <source>When</source>
        <extracomment>Column of the timeline: when the event happened, in the group&apos;s own words.</extracomment>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year</source>
        <extracomment>Column of the timeline: the year as a number, used to sort the events.</extracomment>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>People involved</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations involved</source>
        <translation>Organisations concernées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add event</source>
        <translation>Ajouter un événement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The group&apos;s timeline</source>
        <translation>La chronologie du groupe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When it happened, in words: “spring 2005”, “after the first raid”</source>
        <translation>Quand c’est arrivé, en mots&#xa0;: «&#xa0;printemps 2005&#xa0;», «&#xa0;après la première descente de police&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The year as a number, such as 2005: it puts the timeline in order</source>
        <translation>L’année en chiffres, par exemple 2005&#xa0;: elle met la chronologie dans l’ordre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names from People and consent are suggested: as each may be shown</source>
        <translation>Les noms de l’onglet «&#xa0;Personnes et consentement&#xa0;» sont proposés, tels qu’ils peuvent être affichés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations the library knows are suggested; any other can be typed</source>
        <translation>Les organisations connues de la bibliothèque sont proposées&#xa0;; vous pouvez aussi en taper d’autres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. spring 2005</source>
        <translation>par ex. printemps 2005</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2005</source>
        <translation>par ex. 2005</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened?</source>
        <translation>Que s’est-il passé&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names, separated by commas</source>
        <translation>Noms, séparés par des virgules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations, separated by commas</source>
        <translation>Organisations, séparées par des virgules</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../src/coact_desktop/words/problems.py" line="+22"/>
        <source>name</source>
        <extracomment>A field of the group profile that is missing, inside a sentence: lower case.</extracomment>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year founded</source>
        <translation>année de création</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>models of organising</source>
        <translation>modèles d’organisation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the timeline</source>
        <extracomment>Where a problem is, inside a sentence: the draft&apos;s list of dated events.</extracomment>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The group has no name yet: fill in the group profile.</source>
        <translation>Le groupe n’a pas encore de nom&#xa0;: remplissez la fiche du groupe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The group profile has no {field}.</source>
        <translation>Il manque une information dans la fiche du groupe&#xa0;: {field}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}” appears in “{where}” but has not agreed to be named. Use their pseudonym, or record their consent under People and consent.</source>
        <translation>«&#xa0;{name}&#xa0;» apparaît dans «&#xa0;{where}&#xa0;», mais cette personne n’a pas accepté d’être nommée. Utilisez son pseudonyme, ou notez son consentement dans l’onglet «&#xa0;Personnes et consentement&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is to be shown by a pseudonym, but none is written yet.</source>
        <translation>{name} doit apparaître sous un pseudonyme, mais aucun pseudonyme n’est encore écrit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is named in event {number} of the timeline but not listed under People and consent.</source>
        <translation>Le nom {name} figure dans l’événement {number} de la chronologie, mais pas dans l’onglet «&#xa0;Personnes et consentement&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The attachment “{name}” is missing from this computer; remove it and attach it again.</source>
        <translation>La pièce jointe «&#xa0;{name}&#xa0;» est introuvable sur cet ordinateur&#xa0;; retirez-la et joignez-la à nouveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The attachment “{name}” has changed since it was attached; remove it and attach it again.</source>
        <translation>La pièce jointe «&#xa0;{name}&#xa0;» a changé depuis qu’elle a été jointe&#xa0;; retirez-la et joignez-la à nouveau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The attachment “{name}” still carries hidden details (place, camera or author); remove it and attach it again.</source>
        <translation>La pièce jointe «&#xa0;{name}&#xa0;» contient encore des informations cachées (lieu, appareil photo ou auteur)&#xa0;; retirez-la et joignez-la à nouveau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is written in the draft yet.</source>
        <translation>Rien n’est encore écrit dans le brouillon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some pages of “{name}” could not be read to check for names; make sure it names nobody who has not agreed.</source>
        <translation>Certaines pages de «&#xa0;{name}&#xa0;» n’ont pas pu être lues pour y chercher des noms&#xa0;; vérifiez que ce fichier ne nomme personne qui n’a pas donné son accord.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The attachment “{name}” contains the real name of someone who has not agreed to be named. Remove it, or attach a copy without the name.</source>
        <translation>La pièce jointe «&#xa0;{name}&#xa0;» contient le vrai nom d’une personne qui n’a pas accepté d’être nommée. Retirez-la, ou joignez une copie sans ce nom.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}” is longer than a history sent to Coact may hold; shorten it.</source>
        <translation>«&#xa0;{name}&#xa0;» est trop long pour une histoire envoyée à Coact&#xa0;; raccourcissez-le.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The group profile names more than {limit} languages; one file sent to Coact may hold no more. Keep the main ones.</source>
        <translation>La fiche du groupe indique plus de {limit} langues&#xa0;; un seul fichier envoyé à Coact ne peut pas en contenir davantage. Ne gardez que les principales.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The group profile names more than {limit} models of organising; one file sent to Coact may hold no more. Keep the main ones.</source>
        <translation>La fiche du groupe indique plus de {limit} modèles d’organisation&#xa0;; un seul fichier envoyé à Coact ne peut pas en contenir davantage. Ne gardez que les principaux.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The history has more than {limit} sections; one file sent to Coact may hold no more. Join some of them together.</source>
        <translation>L’histoire compte plus de {limit} sections&#xa0;; un seul fichier envoyé à Coact ne peut pas en contenir davantage. Regroupez certaines d’entre elles.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The timeline has more than {limit} events; one file sent to Coact may hold no more. Remove some before sending.</source>
        <translation>La chronologie compte plus de {limit} événements&#xa0;; un seul fichier envoyé à Coact ne peut pas en contenir davantage. Retirez-en quelques-uns avant l’envoi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The list of people has more than {limit} names; one file sent to Coact may hold no more. Remove some before sending.</source>
        <translation>La liste des personnes compte plus de {limit} noms&#xa0;; un seul fichier envoyé à Coact ne peut pas en contenir davantage. Retirez-en quelques-uns avant l’envoi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More than {limit} photos and documents are attached; one file sent to Coact may hold no more. Remove some before sending.</source>
        <translation>Plus de {limit} photos et documents sont joints&#xa0;; un seul fichier envoyé à Coact ne peut pas en contenir davantage. Retirez-en quelques-uns avant l’envoi.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>“{code}” is not a language code Coact can read. In the group profile, choose the language the history is written in, or type its code (such as ky or pt-BR).</source>
        <translation>«&#xa0;{code}&#xa0;» n’est pas un code de langue que Coact peut lire. Dans la fiche du groupe, choisissez la langue dans laquelle l’histoire est écrite, ou tapez son code (par exemple ky ou pt-BR).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The section “{title}” is empty; it will be left out.</source>
        <translation>La section «&#xa0;{title}&#xa0;» est vide&#xa0;; elle sera laissée de côté.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/gui/export_wizard.py" line="+53"/>
        <source>Send the history to Coact</source>
        <translation>Envoyer l’histoire à Coact</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_files_page.py" line="+33"/>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Photos and PDF documents are copied without their hidden details (place, camera, author, comments). The original file is never copied into Coact Desktop.</source>
        <translation>Les photos et les documents PDF sont copiés sans leurs informations cachées (lieu, appareil photo, auteur, commentaires). Le fichier d’origine n’est jamais copié dans Coact Desktop.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attach a photo or document…</source>
        <translation>Joindre une photo ou un document…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../src/coact_desktop/gui/find_bar.py" line="+23"/>
        <location line="+1"/>
        <source>Find in this chapter</source>
        <translation>Chercher dans ce chapitre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous</source>
        <extracomment>Find in the chapter: go to the previous match.</extracomment>
        <translation>Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Résultat précédent (Shift+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match (Enter)</source>
        <translation>Résultat suivant (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar (Esc)</source>
        <translation>Fermer la barre de recherche (Esc)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>{current} of {total}</source>
        <translation>{current} sur {total}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
</context>
<context>
    <name>FormatBar</name>
    <message>
        <location filename="../src/coact_desktop/gui/markdown_format.py" line="+20"/>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bold (Ctrl+B)</source>
        <translation>Gras (Ctrl+B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make this line a heading</source>
        <translation>Faire de cette ligne un titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make these lines a list</source>
        <translation>Faire de ces lignes une liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link to a web address (Ctrl+L)</source>
        <translation>Lien vers une adresse web (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>text</source>
        <extracomment>Placeholder word put inside a new link when nothing was selected.</extracomment>
        <translation>texte</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../src/coact_desktop/gui/inbox_view.py" line="+50"/>
        <source>Open bundle files…</source>
        <translation>Ouvrir des paquets…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coact&apos;s identity file…</source>
        <translation>Fichier de déchiffrement de Coact…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received bundles</source>
        <translation>Paquets reçus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened to each file</source>
        <translation>Ce qui est arrivé à chaque fichier</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Key fingerprint words</source>
        <translation>Mots de l’empreinte de la clé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The words match: trust this key</source>
        <translation>Les mots correspondent&#xa0;: faire confiance à cette clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept into the library</source>
        <translation>Accepter dans la bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject…</source>
        <translation>Rejeter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;nswer the group…</source>
        <translation>&amp;Répondre au groupe…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The history, as plain text</source>
        <translation>L’histoire, en texte brut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes since the group&apos;s previous file</source>
        <translation>Changements depuis le fichier précédent du groupe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history</source>
        <translation>L’histoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes since the previous file</source>
        <translation>Changements depuis le fichier précédent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files that groups send to Coact arrive here. Open one with “Open bundle files…”: it is checked before anything is kept, and nothing goes into the library until you accept it.</source>
        <translation>Les fichiers que les groupes envoient à Coact arrivent ici. Ouvrez-en un avec «&#xa0;Ouvrir des paquets…&#xa0;»&#xa0;: il est vérifié avant d’être gardé, et rien n’entre dans la bibliothèque tant que vous ne l’avez pas accepté.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Identity: {name}</source>
        <translation>Fichier de déchiffrement&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No identity file chosen: only unencrypted files can be opened.</source>
        <translation>Aucun fichier de déchiffrement choisi&#xa0;: seuls les fichiers non chiffrés peuvent être ouverts.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coact&apos;s age identity file</source>
        <translation>Fichier de déchiffrement age de Coact</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open bundle files</source>
        <translation>Ouvrir des paquets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coact bundles (*.coact);;All files (*)</source>
        <translation>Paquets Coact (*.coact);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>{file}: refused. {why}</source>
        <translation>{file}&#xa0;: refusé. {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: already received; nothing changed.</source>
        <translation>{file}&#xa0;: déjà reçu&#xa0;; rien n’a changé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: checked and kept for review.</source>
        <translation>{file}&#xa0;: vérifié et gardé pour examen.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{group} — file {n}
{state}, {date}</source>
        <translation>{group} — fichier {n}
{state}, {date}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{group}, file {n}</source>
        <translation>{group}, fichier {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State: {state}. Made {date}; received {received}. {encrypted}
Key {key}. Bundle {bundle}.</source>
        <translation>État&#xa0;: {state}. Créé le {date}&#xa0;; reçu le {received}. {encrypted}
Clé {key}. Paquet {bundle}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It was encrypted.</source>
        <translation>Le fichier était chiffré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was NOT encrypted.</source>
        <translation>Le fichier n’était PAS chiffré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rejected: {reason}</source>
        <translation>Rejeté&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This is the first file received from this group.</source>
        <translation>C’est le premier fichier reçu de ce groupe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>file {n}</source>
        <translation>fichier {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No changes.</source>
        <translation>Aucun changement.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Reject the file</source>
        <translation>Rejeter le fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why? (The group can be told.)</source>
        <translation>Pourquoi&#xa0;? (Le groupe pourra en être informé.)</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/words/inbox.py" line="+15"/>
        <source>held: check the key</source>
        <translation>en attente&#xa0;: vérifiez la clé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verified</source>
        <extracomment>State of a received bundle: its signature and contents were checked and are good.</extracomment>
        <translation>vérifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the library</source>
        <translation>dans la bibliothèque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected</source>
        <extracomment>State of a received bundle: Coact decided not to take it.</extracomment>
        <translation>rejeté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replaced by a newer file</source>
        <translation>remplacé par un fichier plus récent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This group&apos;s key was new to Coact when the file came; it is trusted since its words were compared with the group.</source>
        <translation>La clé de ce groupe était nouvelle pour Coact quand le fichier est arrivé&#xa0;; Coact lui fait confiance depuis que ses mots ont été comparés avec le groupe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This group&apos;s key is new to Coact. Phone the group (on a number you already know, not one from the file) and ask them to read out their key&apos;s words. Trust the key only if every word matches.</source>
        <translation>La clé de ce groupe est nouvelle pour Coact. Téléphonez au groupe (à un numéro que vous connaissez déjà, pas à un numéro trouvé dans le fichier) et demandez-lui de lire à voix haute les mots de sa clé. Ne faites confiance à la clé que si chaque mot correspond.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed with the key Coact already trusts for this group.</source>
        <translation>Signé avec la clé à laquelle Coact fait déjà confiance pour ce groupe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed with a new key that the group&apos;s trusted key handed over to (a signed rotation record).</source>
        <translation>Signé avec une nouvelle clé, à laquelle la clé de confiance du groupe a passé le relais (attestation de changement de clé signée).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founded</source>
        <translation>Année de création</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still active</source>
        <translation>Toujours en activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models of organising</source>
        <translation>Modèles d’organisation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>named with consent</source>
        <translation>nom affiché avec consentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pseudonym</source>
        <translation>pseudonyme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People named</source>
        <translation>Personnes nommées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
</context>
<context>
    <name>IndexBuilder</name>
    <message>
        <location filename="../src/coact_desktop/gui/search_index.py" line="+32"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../src/coact_desktop/gui/export_key_page.py" line="+34"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase again</source>
        <translation>Confirmation de la phrase secrète</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Again:</source>
        <extracomment>Label of the field where the passphrase is typed a second time.</extracomment>
        <translation>Confirmation&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer is old or has little memory (lighter key protection)</source>
        <translation>Cet ordinateur est ancien ou a peu de mémoire (protection de la clé plus légère)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase:</source>
        <translation>Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Make your group&apos;s signing key</source>
        <translation>Créer la clé de signature de votre groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It shows Coact that the file comes from your group.</source>
        <translation>Elle montre à Coact que le fichier vient de votre groupe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is your group&apos;s first export. Coact Desktop now makes a signing key, so that Coact can tell that later files come from you. Choose a passphrase of at least 8 characters. Nobody can recover a forgotten passphrase, not even Coact: write it down somewhere safe.</source>
        <translation>C’est le premier export de votre groupe. Coact Desktop crée maintenant une clé de signature, pour que Coact puisse savoir que les fichiers suivants viennent bien de vous. Choisissez une phrase secrète d’au moins 8 caractères. Personne ne peut retrouver une phrase secrète oubliée, pas même Coact&#xa0;: notez-la dans un endroit sûr.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlock your group&apos;s signing key</source>
        <translation>Déverrouiller la clé de signature de votre groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key signs the file, so Coact knows it is yours.</source>
        <translation>La clé signe le fichier&#xa0;: Coact sait ainsi qu’il vient de vous.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the passphrase of your group&apos;s signing key.</source>
        <translation>Tapez la phrase secrète de la clé de signature de votre groupe.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking the passphrase…</source>
        <translation>Vérification de la phrase secrète…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Wrong passphrase. Type it again; check the keyboard&apos;s language and Caps Lock.</source>
        <translation>Phrase secrète incorrecte. Tapez-la à nouveau&#xa0;; vérifiez la langue du clavier et la touche Verr. Maj (Caps Lock).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least 8 characters, please.</source>
        <translation>Au moins 8 caractères, s’il vous plaît.</translation>
    </message>
</context>
<context>
    <name>KeysMenu</name>
    <message>
        <location filename="../src/coact_desktop/gui/keys_menu.py" line="+28"/>
        <source>Your group&apos;s signing key…</source>
        <translation>Clé de signature de votre groupe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up the signing key…</source>
        <translation>Sauvegarder la clé de signature…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the signing key from a backup…</source>
        <translation>Restaurer la clé de signature à partir d’une sauvegarde…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the public key…</source>
        <translation>Enregistrer la clé publique…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the key with a new one…</source>
        <translation>Remplacer la clé par une nouvelle…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key {key}

Its words, to read out to Coact by phone:
{words}</source>
        <translation>Clé {key}

Ses mots, à lire à Coact par téléphone&#xa0;:
{words}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signing key</source>
        <extracomment>The group&apos;s own key that signs its bundles.</extracomment>
        <translation>Clé de signature</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your group has no signing key yet: it is made on the first export.</source>
        <translation>Votre groupe n’a pas encore de clé de signature&#xa0;: elle est créée au premier export.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+13"/>
        <source>Back up the signing key</source>
        <translation>Sauvegarder la clé de signature</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Passphrase of the signing key:</source>
        <translation>Phrase secrète de la clé de signature&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key backup is in {path}. It is still locked by the passphrase: keep the file and the passphrase in different places.</source>
        <translation>La sauvegarde de la clé se trouve dans {path}. Elle est toujours verrouillée par la phrase secrète&#xa0;: gardez le fichier et la phrase secrète dans des endroits différents.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>Restore the signing key</source>
        <translation>Restaurer la clé de signature</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Passphrase of the backed-up key:</source>
        <translation>Phrase secrète de la clé sauvegardée&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <source>Save the public key</source>
        <translation>Enregistrer la clé publique</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase of the current key:</source>
        <translation>Phrase secrète de la clé actuelle&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase for the new key (at least 8 characters):</source>
        <translation>Phrase secrète de la nouvelle clé (au moins 8 caractères)&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new passphrase again:</source>
        <translation>Retapez la nouvelle phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>New key</source>
        <translation>Nouvelle clé</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your group now signs with key {key}; the old key signed the hand-over, and your next file carries it.

Its words:
{words}</source>
        <translation>Votre groupe signe maintenant avec la clé {key}&#xa0;; l’ancienne clé a signé la transmission, et votre prochain fichier la contiendra.

Ses mots&#xa0;:
{words}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../src/coact_desktop/gui/language_menu.py" line="+57"/>
        <source>Follow the &amp;system</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Everything you have written stays as it is.</source>
        <translation>Tout ce que vous avez écrit reste tel quel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next time it starts, Coact Desktop will be in this language: {language}.</source>
        <translation>Au prochain démarrage, Coact Desktop sera dans cette langue&#xa0;: {language}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coact Desktop will follow the system&apos;s language the next time it starts.</source>
        <translation>Au prochain démarrage, Coact Desktop suivra la langue du système.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/coact_desktop/gui/damaged_library.py" line="+28"/>
        <source>The library database is damaged</source>
        <translation>La base de données de la bibliothèque est endommagée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile database is damaged. Restore the newest backup ({name})? Changes made since that backup was taken are not in it; the damaged file is kept aside.</source>
        <translation>La base de données du profil est endommagée. Restaurer la sauvegarde la plus récente ({name})&#xa0;? Les changements faits depuis cette sauvegarde n’y sont pas&#xa0;; le fichier endommagé est mis de côté.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/gui/main_window.py" line="+80"/>
        <location line="+635"/>
        <source>A history of drug user organising</source>
        <translation>Une histoire de l’auto-organisation des usagers de drogues</translation>
    </message>
    <message>
        <location line="-609"/>
        <source>A history of drug user organising
by Mat Southwell and Lana Durjava, Coact</source>
        <translation>Une histoire de l’auto-organisation des usagers de drogues
par Mat Southwell et Lana Durjava, Coact</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Authors</source>
        <extracomment>The line naming who wrote the history.</extracomment>
        <translation>Auteurs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Views</source>
        <extracomment>The tabs of the main window (Read, Organisations, Timeline, Search, drafts).</extracomment>
        <translation>Vues</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read</source>
        <extracomment>Tab where the history is read (a verb, like &apos;Search&apos;).</extracomment>
        <translation>Lire</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our group&apos;s history</source>
        <translation>L’histoire de notre groupe</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Opening the library…</source>
        <translation>Ouverture de la bibliothèque…</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Edition {number}, {date}</source>
        <translation>Édition {number}, {date}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inbox</source>
        <extracomment>Tab (Coact&apos;s staff only) listing bundles received from groups.</extracomment>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reading the last edition published…</source>
        <translation>Lecture de la dernière édition publiée…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The editions workspace cannot open</source>
        <translation>La préparation des éditions ne peut pas s’ouvrir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a file</source>
        <translation>Importer un fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coact files (*.coactpack *.coactanswer *.coact);;All files (*)</source>
        <translation>Fichiers Coact (*.coactpack *.coactanswer *.coact);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Coact&apos;s answer is on the draft it answers.</source>
        <translation>La réponse de Coact est jointe au brouillon auquel elle répond.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coact&apos;s answer was not imported. {reason}</source>
        <translation>La réponse de Coact n’a pas été importée. {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copy the library to a stick</source>
        <translation>Copier la bibliothèque sur une clé USB</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy Coact Desktop to a stick</source>
        <translation>Copier Coact Desktop sur une clé USB</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Copied to {path}. Whoever gets it can check it as you did.</source>
        <translation>Copié dans {path}. La personne qui le reçoit peut le vérifier comme vous l’avez fait.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This is the edition the program came with: nothing new yet.</source>
        <translation>C’est l’édition fournie avec le programme&#xa0;: rien de nouveau pour l’instant.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Preparing search…</source>
        <translation>Préparation de la recherche…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Search is not ready. It will be set up the next time you start Coact Desktop.</source>
        <translation>La recherche n’est pas prête. Elle sera préparée au prochain démarrage de Coact Desktop.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search is not available: {reason}</source>
        <translation>La recherche n’est pas disponible&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Coact Desktop cannot open the library</source>
        <translation>Coact Desktop ne peut pas ouvrir la bibliothèque</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>(no name yet)</source>
        <translation>(pas encore de nom)</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Some changes are not saved</source>
        <translation>Certaines modifications ne sont pas enregistrées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last changes to your draft could not be saved: {reason}

Keep the window open and try again? If you close now, those changes are lost.</source>
        <translation>Les dernières modifications de votre brouillon n’ont pas pu être enregistrées&#xa0;: {reason}

Garder la fenêtre ouverte et réessayer&#xa0;? Si vous fermez maintenant, ces modifications seront perdues.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../src/coact_desktop/gui/notice_bar.py" line="+28"/>
        <source>Notice</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the notice</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../src/coact_desktop/gui/export_wizard.py" line="+36"/>
        <source>Where to save the file</source>
        <translation>Où enregistrer le fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history becomes one file. Take it to Coact on a USB stick, or send it by e-mail or messenger.</source>
        <translation>L’histoire devient un seul fichier. Apportez-le à Coact sur une clé USB, ou envoyez-le par e-mail ou par messagerie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypt it so that only Coact can read it</source>
        <translation>Le chiffrer pour que seul Coact puisse le lire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without encryption, anyone who gets the file (on a lost USB stick, in an e-mail account, on a phone) can read everything in it. Only send it unencrypted if you are sure.</source>
        <translation>Sans chiffrement, toute personne qui obtient le fichier (sur une clé USB perdue, dans une boîte e-mail, sur un téléphone) peut lire tout ce qu’il contient. N’envoyez le fichier sans chiffrement qu’en toute connaissance de cause.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name:</source>
        <translation>Nom du fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a folder</source>
        <translation>Choisissez un dossier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no such folder. Choose one with “Choose…”.</source>
        <translation>Ce dossier n’existe pas. Choisissez-en un avec «&#xa0;Choisir…&#xa0;».</translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <location filename="../src/coact_desktop/gui/organisations_view.py" line="+38"/>
        <source>Filter by name, other spelling, country or city</source>
        <translation>Filtrer par nom, autre orthographe, pays ou ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter organisations</source>
        <translation>Filtrer les organisations</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+111"/>
        <source>Other spellings</source>
        <extracomment>Column: other names or spellings of the same organisation.</extracomment>
        <translation>Autres orthographes</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Country or region</source>
        <translation>Pays ou région</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+115"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+116"/>
        <source>Founded</source>
        <translation>Création</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+116"/>
        <source>Ended</source>
        <extracomment>Column: the year the organisation stopped working.</extracomment>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Mentions</source>
        <extracomment>Column: how many passages of the history name the organisation.</extracomment>
        <translation>Mentions</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Organisation details and passages</source>
        <translation>Détails de l’organisation et passages</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose an organisation to see what the history says of it, and every passage that names it.</source>
        <translation>Choisissez une organisation pour voir ce que l’histoire en dit, et chaque passage qui la nomme.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Models of organising</source>
        <translation>Modèles d’organisation</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Passages that mention it ({count})</source>
        <translation>Passages qui la mentionnent ({count})</translation>
    </message>
</context>
<context>
    <name>PaperKeyDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/paper_key_dialog.py" line="+32"/>
        <source>Paper backup of the key</source>
        <translation>Sauvegarde de la clé sur papier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the drafts with the paper key</source>
        <translation>Ouvrir les brouillons avec la clé papier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>Paper key</source>
        <translation>Clé papier</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again</source>
        <translation>Confirmation de la nouvelle phrase secrète</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper &amp;key:</source>
        <translation>Clé &amp;papier&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation&#xa0;:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Show the key</source>
        <translation>&amp;Afficher la clé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Open and set</source>
        <translation>&amp;Ouvrir et enregistrer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>If the passphrase is forgotten, this key written on paper opens the drafts and lets you choose a new passphrase. Anyone who has the paper and this laptop can read the drafts: keep it somewhere safe, away from the laptop, or do without it.

Type the passphrase to show the key.</source>
        <translation>Si la phrase secrète est oubliée, cette clé écrite sur papier ouvre les brouillons et vous permet de choisir une nouvelle phrase secrète. Toute personne qui a le papier et cet ordinateur portable peut lire les brouillons&#xa0;: gardez-le en lieu sûr, loin de l’ordinateur, ou bien renoncez à la clé papier.

Tapez la phrase secrète pour afficher la clé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the 14 groups written on the paper, then choose a new passphrase. A duress passphrase, if one was set, is removed: set it again afterwards.</source>
        <translation>Tapez les 14 groupes écrits sur le papier, puis choisissez une nouvelle phrase secrète. La phrase secrète sous contrainte, s’il y en avait une, sera retirée&#xa0;: choisissez-en une de nouveau ensuite.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the passphrase.</source>
        <translation>Tapez la phrase secrète.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the paper key.</source>
        <translation>Tapez la clé papier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Choisissez une phrase secrète d’au moins 8 caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the same new passphrase twice.</source>
        <translation>Tapez deux fois la même nouvelle phrase secrète.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening…</source>
        <translation>Ouverture en cours…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy it onto paper, in this order. It changes only after a quick delete.</source>
        <translation>Recopiez-la sur papier, dans cet ordre. Elle ne change qu’après une suppression rapide.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/passphrase_dialog.py" line="+40"/>
        <source>Protect drafts with a passphrase</source>
        <translation>Protéger les brouillons par une phrase secrète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the passphrase</source>
        <translation>Modifier la phrase secrète</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Duress passphrase</source>
        <translation>Phrase secrète sous contrainte</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again</source>
        <translation>Confirmation de la nouvelle phrase secrète</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duress passphrase again</source>
        <translation>Confirmation de la phrase secrète sous contrainte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also set a &amp;duress passphrase</source>
        <translation>Choisir &amp;aussi une phrase secrète sous contrainte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typing the duress passphrase &amp;quick-deletes the drafts first, for good</source>
        <translation>Taper la phrase secrète sous contrainte &amp;détruit d’abord définitivement les brouillons (suppression rapide)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>D&amp;uress passphrase:</source>
        <translation>Phrase secrète &amp;sous contrainte&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duress a&amp;gain:</source>
        <translation>Con&amp;firmation (sous contrainte)&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Protect</source>
        <translation>&amp;Protéger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Set</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove the duress passphrase</source>
        <translation>&amp;Retirer la phrase secrète sous contrainte</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing is re-encrypted: the drafts keep their key, and only the passphrase that opens it changes.</source>
        <translation>Rien n’est chiffré à nouveau&#xa0;: les brouillons gardent leur clé, et seule change la phrase secrète qui l’ouvre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Typed instead of the passphrase, a duress passphrase opens the program with none of your drafts in it, and nothing on the screen says which one was typed. It does not protect against a copy of the disk made before it was typed.</source>
        <translation>Tapée à la place de la phrase secrète, la phrase secrète sous contrainte ouvre le programme sans aucun de vos brouillons, et rien à l’écran n’indique laquelle des deux a été tapée. Elle ne protège pas contre une copie du disque faite avant qu’elle ait été tapée.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The duress passphrase must differ from your usual passphrase.</source>
        <translation>La phrase secrète sous contrainte doit être différente de votre phrase secrète habituelle.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Type the passphrase that opens the drafts now.</source>
        <translation>Tapez la phrase secrète qui ouvre actuellement les brouillons.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Your drafts, the people named in them, the inbox and the group&apos;s signing key will be encrypted on this computer. Each time the program starts you type the passphrase once to open them; the history can be read without it.

If you forget this passphrase, nobody can open your drafts again, not even Coact. Write it on paper and keep it somewhere safe, away from the laptop.</source>
        <translation>Vos brouillons, la liste des personnes qui y sont nommées, la boîte de réception et la clé de signature du groupe seront chiffrés sur cet ordinateur. À chaque démarrage du programme, vous tapez une fois la phrase secrète pour les ouvrir&#xa0;; l’histoire peut être lue sans elle.

Si vous oubliez cette phrase secrète, personne ne pourra plus ouvrir vos brouillons, pas même Coact. Écrivez-la sur papier et gardez-la en lieu sûr, loin de l’ordinateur.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Choisissez une phrase secrète d’au moins 8 caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the same new passphrase twice.</source>
        <translation>Tapez deux fois la même nouvelle phrase secrète.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a duress passphrase of at least 8 characters.</source>
        <translation>Choisissez une phrase secrète sous contrainte d’au moins 8 caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the same duress passphrase twice.</source>
        <translation>Tapez deux fois la même phrase secrète sous contrainte.</translation>
    </message>
</context>
<context>
    <name>PeopleTable</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_tables.py" line="-277"/>
        <location line="+182"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Real name</source>
        <translation>Vrai nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pseudonym</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People and their consent</source>
        <translation>Les personnes et leur consentement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Named, with consent</source>
        <extracomment>Consent of a person named in the draft (a choice in the people table).</extracomment>
        <translation>Nom affiché, avec consentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pseudonym only</source>
        <translation>Pseudonyme seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withheld: not shown</source>
        <translation>Masqué&#xa0;: rien n’est affiché</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_dialogs.py" line="+57"/>
        <source>Group profile</source>
        <translation>Fiche du groupe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language of the draft</source>
        <translation>Langue du brouillon</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The group&apos;s name</source>
        <translation>Le nom du groupe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not given</source>
        <extracomment>Shown in the &apos;year founded&apos; field when the group gave no year.</extracomment>
        <translation>non indiquée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not given</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, still active</source>
        <translation>Oui, toujours en activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, no longer active</source>
        <translation>Non, plus en activité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. English, Russian</source>
        <translation>par ex. anglais, russe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models of organising</source>
        <translation>Modèles d’organisation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year founded</source>
        <translation>Année de création</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still active</source>
        <translation>Toujours en activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This history is written in</source>
        <translation>Cette histoire est écrite en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The group&apos;s models of organising</source>
        <translation>Les modèles d’organisation du groupe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the group&apos;s name to go on; everything else can wait.</source>
        <translation>Indiquez le nom du groupe pour continuer&#xa0;; le reste peut attendre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is missing</source>
        <translation>Ce qui manque</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Give the group&apos;s name first.</source>
        <translation>Indiquez d’abord le nom du groupe.</translation>
    </message>
</context>
<context>
    <name>ProfileSafety</name>
    <message>
        <location filename="../src/coact_desktop/gui/profile_safety.py" line="+51"/>
        <location line="+60"/>
        <source>&amp;Protect drafts with a passphrase…</source>
        <translation>&amp;Protéger les brouillons par une phrase secrète…</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>D&amp;uress passphrase…</source>
        <translation>Phrase secrète &amp;sous contrainte…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper &amp;backup of the key…</source>
        <translation>Sauve&amp;garde de la clé sur papier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock drafts</source>
        <translation>&amp;Verrouiller les brouillons</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock &amp;when idle</source>
        <translation>Verrouiller après un &amp;temps d’inactivité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After {minutes} minutes</source>
        <translation>Après {minutes} minutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quick delete after wron&amp;g passphrases</source>
        <translation>Suppression rapide &amp;après des phrases secrètes incorrectes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After {count} wrong passphrases in a row</source>
        <translation>Après {count} phrases secrètes incorrectes d’affilée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never</source>
        <comment>quick delete after wrong passphrases</comment>
        <extracomment>The choice that leaves quick delete after wrong passphrases off.</extracomment>
        <translation>Jamais</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quic&amp;k delete…</source>
        <translation>Suppression &amp;rapide…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Change the &amp;passphrase…</source>
        <translation>Modifier la &amp;phrase secrète…</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The drafts are locked.</source>
        <translation>Les brouillons sont verrouillés.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Your drafts, their photos and files, the inbox and the keys are now encrypted on this computer.</source>
        <translation>Vos brouillons, leurs photos et fichiers, la boîte de réception et les clés sont maintenant chiffrés sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase was changed.</source>
        <translation>La phrase secrète a été modifiée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The duress passphrase was removed.</source>
        <translation>La phrase secrète sous contrainte a été retirée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The duress passphrase was set.</source>
        <translation>La phrase secrète sous contrainte a été enregistrée.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Encrypting your drafts…</source>
        <translation>Chiffrement de vos brouillons…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Protect drafts with a passphrase</source>
        <translation>Protéger les brouillons par une phrase secrète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypting your drafts and sealing their photos and files…</source>
        <translation>Chiffrement de vos brouillons et protection de leurs photos et fichiers…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled: the drafts are not protected, as before.</source>
        <translation>Annulé&#xa0;: comme avant, les brouillons ne sont pas protégés.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing was changed</source>
        <translation>Rien n’a été modifié</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Quick delete after wrong passphrases</source>
        <translation>Suppression rapide après des phrases secrètes incorrectes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After {count} wrong passphrases in a row, your drafts, the inbox, photos, keys and backups are destroyed for good, as by quick delete, and nothing on the screen says so.

A mistyped passphrase, another keyboard language or a child at the keyboard can set it off. It does not help against someone who copies the disk before trying. Turn it on?</source>
        <translation>Après {count} phrases secrètes incorrectes d’affilée, vos brouillons, la boîte de réception, les photos, les clés et les sauvegardes sont détruits définitivement, comme par la suppression rapide, et rien à l’écran ne l’indique.

Une faute de frappe dans la phrase secrète, un clavier réglé sur une autre langue ou un enfant devant le clavier peut déclencher cette suppression. Elle ne protège pas contre quelqu’un qui copie le disque avant d’essayer. L’activer&#xa0;?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Turn it on</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Quick delete after wrong passphrases is off.</source>
        <translation>La suppression rapide après des phrases secrètes incorrectes est désactivée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After {count} wrong passphrases in a row, everything private is deleted.</source>
        <translation>Après {count} phrases secrètes incorrectes d’affilée, tout ce qui est privé sera supprimé.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The drafts are open, under the new passphrase. Set a duress passphrase again if you had one.</source>
        <translation>Les brouillons sont ouverts, avec la nouvelle phrase secrète. Si vous aviez une phrase secrète sous contrainte, choisissez-en une de nouveau.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Deleting…</source>
        <translation>Suppression en cours…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Quick delete</source>
        <translation>Suppression rapide</translation>
    </message>
</context>
<context>
    <name>ProgramShare</name>
    <message>
        <location filename="../src/coact_desktop/gui/program_share.py" line="+42"/>
        <location line="+55"/>
        <source>Copy Coact Desktop to a stick</source>
        <translation>Copier Coact Desktop sur une clé USB</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Copying Coact Desktop and checking the copy…</source>
        <translation>Copie de Coact Desktop et vérification de la copie…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Coact Desktop {version} is copied to {folder} and the copy checked. Whoever gets it can check it too: with this program (coact-desktop release verify FOLDER), or with sha256sum -c RELEASE-SHA256SUMS and minisign -V inside the folder.</source>
        <translation>Coact Desktop {version} est copié dans {folder} et la copie a été vérifiée. La personne qui le reçoit peut aussi le vérifier&#xa0;: avec ce programme (coact-desktop release verify DOSSIER), ou avec sha256sum -c RELEASE-SHA256SUMS et minisign -V dans le dossier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The library&apos;s newest edition is copied to {path}.</source>
        <translation>La dernière édition de la bibliothèque est copiée dans {path}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied</source>
        <extracomment>Title of a message: the program&apos;s files were copied.</extracomment>
        <translation>Copié</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coact Desktop is copied to {folder}.</source>
        <translation>Coact Desktop est copié dans {folder}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was copied.</source>
        <translation>Rien n’a été copié.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../src/coact_desktop/gui/task_progress.py" line="+15"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Ne pas tenir compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location line="+2"/>
        <source>&lt; &amp;Back</source>
        <extracomment>A button of a step-by-step dialog (the send wizard): the step before.</extracomment>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next &gt;</source>
        <extracomment>The step after; in a right-to-left language, leave the arrow out.</extracomment>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>Soumettre</translation>
    </message>
</context>
<context>
    <name>QuickDelete</name>
    <message>
        <location filename="../src/coact_desktop/words/quick_delete.py" line="+16"/>
        <source>the key to your drafts (destroyed first)</source>
        <translation>la clé qui ouvre vos brouillons (détruite en premier)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the encrypted drafts, inbox and keys</source>
        <translation>les brouillons, la boîte de réception et les clés chiffrés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drafts, inbox and keys</source>
        <translation>brouillons, boîte de réception et clés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>photos and files attached to drafts</source>
        <translation>photos et fichiers joints aux brouillons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backups</source>
        <translation>sauvegardes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key files</source>
        <translation>fichiers de clés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the log</source>
        <translation>le fichier journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>temporary files</source>
        <translation>fichiers temporaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the plan of the next edition</source>
        <translation>le plan de la prochaine édition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the count of wrong passphrases</source>
        <translation>le compteur des phrases secrètes incorrectes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folders, files and drafts remembered in settings</source>
        <translation>dossiers, fichiers et brouillons mémorisés dans les paramètres</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There was nothing private to remove.</source>
        <translation>Il n’y avait rien de privé à supprimer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed: {items}. The library is still here.</source>
        <extracomment>{items} is a list of what was removed, separated by semicolons.</extracomment>
        <translation>Éléments supprimés&#xa0;: {items}. La bibliothèque est toujours là.</translation>
    </message>
</context>
<context>
    <name>QuickDeleteDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/quick_delete_dialog.py" line="+26"/>
        <source>Quick delete</source>
        <translation>Suppression rapide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delete</source>
        <extracomment>The word typed to confirm quick delete: one short, ordinary word.</extracomment>
        <translation>supprimer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This destroys, for good, your group&apos;s drafts and the people named in them, attached files, the inbox, keys, backups and the log. The history stays, so the program looks like any reader&apos;s. Nobody can bring the drafts back, not even with the passphrase.

Type {word} to go on.</source>
        <translation>Cette action détruit définitivement les brouillons de votre groupe et la liste des personnes qui y sont nommées, les pièces jointes, la boîte de réception, les clés, les sauvegardes et le fichier journal. L’histoire reste&#xa0;: le programme ressemble alors à celui de n’importe quel lecteur. Personne ne pourra récupérer les brouillons, même avec la phrase secrète.

Tapez «&#xa0;{word}&#xa0;» pour continuer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Confirmation word</source>
        <extracomment>The field where the confirming word is typed.</extracomment>
        <translation>Mot de confirmation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Countdown</source>
        <translation>Compte à rebours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete now</source>
        <translation>&amp;Supprimer maintenant</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Deleting in {seconds}… Press Cancel or Esc to stop.</source>
        <translation>Suppression dans {seconds}… Appuyez sur Annuler ou sur Échap (Esc) pour arrêter.</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../src/coact_desktop/gui/media_save.py" line="+32"/>
        <source>file from a group history</source>
        <translation>fichier d’une histoire de groupe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A copy is saved in {path}.</source>
        <translation>Une copie est enregistrée dans {path}.</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/gui/rendering.py" line="+28"/>
        <source>From the history of {group}, in its own words</source>
        <translation>Tiré de l’histoire de {group}, racontée par le groupe lui-même</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>PDF document</source>
        <translation>document PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>text file</source>
        <extracomment>Kind of an attached file, inside a sentence: lower case.</extracomment>
        <translation>fichier texte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a copy ({kind}, {size})…</source>
        <translation>Enregistrer une copie ({kind}, {size})…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>under 1 KB</source>
        <translation>moins de 1 Ko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} KB</source>
        <translation>{n} Ko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} MB</source>
        <translation>{n} Mo</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../src/coact_desktop/gui/reader_view.py" line="+93"/>
        <source>Chapter text</source>
        <translation>Texte du chapitre</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>← Previous: {title}</source>
        <translation>← Précédent&#xa0;: {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: {title} →</source>
        <translation>Suivant&#xa0;: {title} →</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <location filename="../src/coact_desktop/gui/draft_dialogs.py" line="+39"/>
        <source>Revision history</source>
        <translation>Historique des versions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revisions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/words/revisions.py" line="+15"/>
        <source>started</source>
        <extracomment>Why a revision of a draft was saved: the draft was started.</extracomment>
        <translation>création</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imported</source>
        <extracomment>Why a revision was saved: the draft was imported from a file.</extracomment>
        <translation>importation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saved while writing</source>
        <translation>enregistrement en cours d’écriture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restored an earlier revision</source>
        <translation>restauration d’une version antérieure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>modification</translation>
    </message>
    <message>
        <location filename="../src/coact_desktop/gui/draft_dialogs.py" line="+3"/>
        <source>Revision {number} · {when} · {reason} · {size}</source>
        <extracomment>One line of the revision list: its number, date and time, why it was saved, length.</extracomment>
        <translation>Version {number} · {when} · {reason} · {size}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Differences from the text now</source>
        <translation>Différences avec le texte actuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore this revision</source>
        <translation>Restaurer cette version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People and consent</source>
        <translation>Personnes et consentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and files</source>
        <translation>Photos et fichiers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founded</source>
        <translation>Année de création</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still active</source>
        <translation>Toujours en activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models of organising</source>
        <translation>Modèles d’organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the draft</source>
        <translation>Langue du brouillon</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>undated</source>
        <extracomment>An event of the timeline that has no date.</extracomment>
        <translation>sans date</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>named</source>
        <extracomment>Consent of a person in the draft: agreed to be named with the real name.</extracomment>
        <translation>nom affiché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pseudonym</source>
        <translation>pseudonyme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withheld</source>
        <extracomment>Consent of a person: neither the name nor the pseudonym is shown.</extracomment>
        <translation>masqué</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../src/coact_desktop/gui/search_view.py" line="+39"/>
        <source>Search the history (Ctrl+K)</source>
        <translation>Rechercher dans l’histoire (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the history</source>
        <translation>Rechercher dans l’histoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by chapter</source>
        <translation>Filtrer par chapitre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by model of organising</source>
        <translation>Filtrer par modèle d’organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by country</source>
        <translation>Filtrer par pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by decade</source>
        <translation>Filtrer par décennie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>All chapters</source>
        <translation>Tous les chapitres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All models</source>
        <translation>Tous les modèles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All decades</source>
        <translation>Toutes les décennies</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Preparing search…</source>
        <translation>Préparation de la recherche…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a word or a name. Word forms and misspellings are found too.</source>
        <translation>Tapez un mot ou un nom. Les autres formes du mot et les fautes d’orthographe sont aussi trouvées.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No exact matches. Showing close spellings:</source>
        <translation>Aucun résultat exact. Voici des orthographes proches&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing found.</source>
        <translation>Rien n’a été trouvé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Coact&apos;s history is written in English: try an English word. Each group&apos;s own history is found in the language it is written in.</source>
        <translation>L’histoire de Coact est écrite en anglais&#xa0;: essayez un mot anglais. L’histoire de chaque groupe se recherche dans la langue dans laquelle elle est écrite.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{shown} of %n results</source>
        <extracomment>{shown} results are listed of %n found in all.</extracomment>
        <translation>
            <numerusform>{shown} sur %n résultat</numerusform>
            <numerusform>{shown} sur %n résultats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n results</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Did you mean {suggestion}?</source>
        <translation>Vouliez-vous dire {suggestion}&#xa0;?</translation>
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
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n characters</source>
        <extracomment>The length of a text in Thai, Lao, Khmer, Myanmar, Chinese or Japanese, which do not put spaces between words: its letters are counted instead.</extracomment>
        <translation>
            <numerusform>%n caractère</numerusform>
            <numerusform>%n caractères</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../src/coact_desktop/gui/timeline_view.py" line="+24"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{decade}s</source>
        <extracomment>A decade heading: {decade} is a year like 1990, so &apos;the 1990s&apos;.</extracomment>
        <translation>Années {decade}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open this passage in the reader</source>
        <translation>Ouvrir ce passage dans l’onglet Lire</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <location filename="../src/coact_desktop/gui/unlock_panel.py" line="+24"/>
        <source>Your group&apos;s drafts are locked</source>
        <translation>Les brouillons de votre groupe sont verrouillés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>They are encrypted on this computer. Type your passphrase to open them. The history can be read and searched without it.</source>
        <translation>Ils sont chiffrés sur cet ordinateur. Tapez votre phrase secrète pour les ouvrir. Sans elle, vous pouvez lire l’histoire et y faire des recherches.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase</source>
        <extracomment>The field where the passphrase of the group&apos;s drafts is typed.</extracomment>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forgotten? Use the &amp;paper key…</source>
        <translation>Phrase secrète oubliée&#xa0;? Utilisez la clé &amp;papier…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Opening…</source>
        <translation>Ouverture en cours…</translation>
    </message>
</context>
<context>
    <name>WhatsNewView</name>
    <message>
        <location filename="../src/coact_desktop/gui/whats_new_view.py" line="+39"/>
        <source>What&apos;s new in edition {edition}</source>
        <translation>Nouveautés de l’édition {edition}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;{title}&lt;/b&gt;, edition {edition}, from {date}.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;, édition {edition}, du {date}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The editors wrote no notes for this edition.</source>
        <translation>Les rédacteurs n’ont écrit aucune note pour cette édition.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chapters added, changed and removed</source>
        <translation>Chapitres ajoutés, modifiés et retirés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chapter, with what changed marked</source>
        <translation>Le chapitre, avec les changements marqués</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open this chapter</source>
        <translation>&amp;Ouvrir ce chapitre</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Added ({n})</source>
        <extracomment>Heading in What&apos;s new: chapters added since the last edition; {n} is how many.</extracomment>
        <translation>Ajoutés ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed ({n})</source>
        <translation>Modifiés ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed ({n})</source>
        <translation>Retirés ({n})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No chapter changed in this edition.</source>
        <translation>Aucun chapitre n’a changé dans cette édition.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>New in this edition.</source>
        <translation>Nouveau dans cette édition.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No longer in this edition.</source>
        <translation>Ne fait plus partie de cette édition.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Struck-through words were taken out; underlined words are new.</source>
        <translation>Les mots barrés ont été retirés&#xa0;; les mots soulignés sont nouveaux.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../src/coact_desktop/gui/window_menus.py" line="+34"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New draft…</source>
        <translation>&amp;Nouveau brouillon…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import a file…</source>
        <translation>&amp;Importer un fichier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy the library to a stick…</source>
        <translation>&amp;Copier la bibliothèque sur une clé USB…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Coact &amp;Desktop to a stick…</source>
        <translation>Copier Coact &amp;Desktop sur une clé USB…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export the open draft…</source>
        <translation>&amp;Exporter le brouillon ouvert…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find in chapter</source>
        <translation>&amp;Chercher dans le chapitre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search the history</source>
        <translation>&amp;Rechercher dans l’histoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What&apos;s new in this edition</source>
        <translation>&amp;Nouveautés de cette édition</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous chapter</source>
        <translation>Chapitre &amp;précédent</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ne&amp;xt chapter</source>
        <translation>Chapitre &amp;suivant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Agrandir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom &amp;out</source>
        <translation>Réd&amp;uire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Normal size</source>
        <translation>&amp;Taille normale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keys</source>
        <translation>&amp;Clés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Coact</source>
        <translation>C&amp;oact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inbox of received files</source>
        <translation>&amp;Boîte de réception (fichiers reçus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Editions workspace…</source>
        <translation>&amp;Préparation des éditions…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open received files…</source>
        <translation>&amp;Ouvrir des fichiers reçus…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Coact Desktop</source>
        <translation>À &amp;propos de Coact Desktop</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>In a draft: text, timeline, people, files</source>
        <translation>Dans un brouillon&#xa0;: texte, chronologie, personnes, fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a draft&apos;s timeline or people: add a row</source>
        <translation>Dans la chronologie ou la liste des personnes d’un brouillon&#xa0;: ajouter une ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a draft&apos;s text: bold, link</source>
        <translation>Dans le texte d’un brouillon&#xa0;: gras, lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a table: the next or the previous cell</source>
        <translation>Dans un tableau&#xa0;: la cellule suivante ou précédente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About Coact Desktop</source>
        <translation>À propos de Coact Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Coact Desktop {version}&lt;/h3&gt;&lt;p&gt;A history of drug user organising, written by Mat Southwell and Lana Durjava, Coact. The text is reproduced verbatim.&lt;/p&gt;&lt;p&gt;Works offline. Nothing is sent anywhere.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Coact Desktop {version}&lt;/h3&gt;&lt;p&gt;Une histoire de l’auto-organisation des usagers de drogues, écrite par Mat Southwell et Lana Durjava, Coact. Le texte est reproduit tel quel.&lt;/p&gt;&lt;p&gt;Fonctionne hors ligne. Rien n’est envoyé nulle part.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>WritePage</name>
    <message>
        <location filename="../src/coact_desktop/gui/export_write_page.py" line="+33"/>
        <location line="+59"/>
        <source>Writing the file</source>
        <translation>Écriture du fichier</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>This takes a moment; Cancel stops it and leaves nothing behind.</source>
        <translation>Cela prend un moment&#xa0;; «&#xa0;Annuler&#xa0;» arrête l’écriture et ne laisse aucun fichier.</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Key fingerprint words</source>
        <translation>Mots de l’empreinte de la clé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show the folder</source>
        <translation>Afficher le dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the file&apos;s path</source>
        <translation>Copier le chemin du fichier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back, to change the folder or the key</source>
        <translation>Retour, pour changer le dossier ou la clé</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Signing and writing…</source>
        <translation>Signature et écriture…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The file is ready</source>
        <translation>Le fichier est prêt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send it to Coact in any way that suits you.</source>
        <translation>Envoyez-le à Coact par le moyen qui vous convient.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} KB</source>
        <translation>{n} Ko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} MB</source>
        <translation>{n} Mo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written: {path} ({size}).</source>
        <translation>Fichier écrit&#xa0;: {path} ({size}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is file number {n} from your group.</source>
        <translation>C’est le fichier numéro {n} de votre groupe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is NOT encrypted: keep it safe.</source>
        <translation>Le fichier n’est PAS chiffré&#xa0;: gardez-le en lieu sûr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A signing key was made for your group. Make a backup of it (Keys → Back up the signing key…) and keep the passphrase apart from the backup.</source>
        <translation>Une clé de signature a été créée pour votre groupe. Faites-en une sauvegarde (Clés → Sauvegarder la clé de signature…) et gardez la phrase secrète à part de la sauvegarde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When Coact receives your first file they will phone you to compare these words. Read them out; never send them with the file:</source>
        <translation>Quand Coact recevra votre premier fichier, l’équipe de Coact vous téléphonera pour comparer ces mots. Lisez-les à voix haute&#xa0;; ne les envoyez jamais avec le fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your key&apos;s words, in case Coact asks for them again (by phone, never with the file):</source>
        <translation>Les mots de votre clé, au cas où Coact vous les redemanderait (par téléphone, jamais avec le fichier)&#xa0;:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing was written.</source>
        <translation>Rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file was not written. {reason}</source>
        <translation>Le fichier n’a pas été écrit. {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No program to show folders was found. The file is here: {path}</source>
        <translation>Aucun programme pour afficher les dossiers n’a été trouvé. Le fichier se trouve ici&#xa0;: {path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied: {path}</source>
        <translation>Copié&#xa0;: {path}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../src/coact_desktop/gui/app.py" line="+122"/>
        <source>Coact Desktop cannot start</source>
        <translation>Coact Desktop ne peut pas démarrer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Coact Desktop is already open with this profile. Use the window that is open (two windows could overwrite each other&apos;s writing).</source>
        <translation>Coact Desktop est déjà ouvert avec ce profil. Utilisez la fenêtre déjà ouverte (deux fenêtres pourraient écraser le travail l’une de l’autre).</translation>
    </message>
</context>
</TS>
