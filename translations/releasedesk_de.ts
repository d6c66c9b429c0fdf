<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ChangelogPage</name>
    <message>
        <source>Package:</source>
        <translation>Paket:</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>Stil:</translation>
    </message>
    <message>
        <source>Release notes style</source>
        <translation>Stil der Versionshinweise</translation>
    </message>
    <message>
        <source>Conventional changelog</source>
        <translation>Conventional Changelog</translation>
    </message>
    <message>
        <source>Keep a Changelog</source>
        <translation>Keep a Changelog</translation>
    </message>
    <message>
        <source>Copy Markdown</source>
        <translation>Markdown kopieren</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Release notes preview</source>
        <translation>Vorschau der Versionshinweise</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Release notes Markdown</source>
        <translation>Markdown der Versionshinweise</translation>
    </message>
    <message>
        <source>Commits in the release notes</source>
        <translation>Commits in den Versionshinweisen</translation>
    </message>
    <message>
        <source>Commits left out of the release notes</source>
        <translation>Nicht in die Versionshinweise aufgenommene Commits</translation>
    </message>
</context>
<context>
    <name>CommitsPage</name>
    <message>
        <source>Filter commits (Ctrl+F)</source>
        <translation>Commits filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter commits</source>
        <translation>Commits filtern</translation>
    </message>
    <message>
        <source>Which commits</source>
        <translation>Welche Commits</translation>
    </message>
    <message>
        <source>All commits</source>
        <translation>Alle Commits</translation>
    </message>
    <message>
        <source>Bumping the version</source>
        <translation>Mit Versionserhöhung</translation>
    </message>
    <message>
        <source>Without effect</source>
        <translation>Ohne Auswirkung</translation>
    </message>
    <message>
        <source>Commits since the last release</source>
        <translation>Commits seit dem letzten Release</translation>
    </message>
    <message>
        <source>Commit details</source>
        <translation>Commit-Details</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>ExecutePage</name>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Each step is recorded before and after it runs: a release stopped here can be resumed or undone.</source>
        <translation>Jeder Schritt wird vor und nach seiner Ausführung protokolliert: Ein hier angehaltenes Release kann fortgesetzt oder rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Steps and their state</source>
        <translation>Schritte und ihr Status</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Release log</source>
        <translation>Release-Protokoll</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>An&amp;halten</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Undo Release</source>
        <translation>Release &amp;rückgängig machen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ReleaseDesk</source>
        <translation>ReleaseDesk</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Release</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Open Repository…</source>
        <translation>&amp;Repository öffnen…</translation>
    </message>
    <message>
        <source>Open a git repository (Ctrl+O)</source>
        <translation>Ein Git-Repository öffnen (Strg+O)</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Read the repository again (F5)</source>
        <translation>Das Repository erneut einlesen (F5)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Stop Loading</source>
        <translation>&amp;Laden abbrechen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>&amp;Release…</source>
        <translation>&amp;Release erstellen…</translation>
    </message>
    <message>
        <source>Check, version, write the notes, review and make the next release (Ctrl+R)</source>
        <translation>Prüfen, Version festlegen, Versionshinweise schreiben, überprüfen und das nächste Release erstellen (Strg+R)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About ReleaseDesk</source>
        <translation>&amp;Über ReleaseDesk</translation>
    </message>
    <message>
        <source>&amp;Watch and Notify…</source>
        <translation>&amp;Beobachten und Benachrichtigen…</translation>
    </message>
    <message>
        <source>Which repositories are watched in the background and what their runs notify about</source>
        <translation>Welche Repositories im Hintergrund beobachtet werden und worüber ihre Läufe benachrichtigen</translation>
    </message>
    <message>
        <source>&amp;Tokens…</source>
        <translation>&amp;Tokens…</translation>
    </message>
    <message>
        <source>The tokens of the forge and the registries this repository uses, kept in the system keychain</source>
        <translation>Die Tokens der Forge und der Registries, die dieses Repository nutzt, im Schlüsselbund des Systems</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>Release notes</source>
        <translation>Versionshinweise</translation>
    </message>
    <message>
        <source>Edit the Markdown on the left; the preview follows. These notes become the tag&apos;s message and the new changelog section.</source>
        <translation>Bearbeiten Sie das Markdown links; die Vorschau folgt. Diese Hinweise werden zur Nachricht des Tags und zum neuen Abschnitt im Changelog.</translation>
    </message>
    <message>
        <source>Release notes in Markdown</source>
        <translation>Versionshinweise in Markdown</translation>
    </message>
    <message>
        <source>Release notes preview</source>
        <translation>Vorschau der Versionshinweise</translation>
    </message>
    <message>
        <source>Add the notes to the &amp;changelog</source>
        <translation>Die Hinweise in den &amp;Changelog übernehmen</translation>
    </message>
    <message>
        <source>Rese&amp;t Notes</source>
        <translation>Hinweise zu&amp;rücksetzen</translation>
    </message>
</context>
<context>
    <name>NpmPublishStep</name>
    <message>
        <source>Cannot read the package tarball: %1. Run npm pack (or the build step) first.</source>
        <translation>Das Paket-Tarball kann nicht gelesen werden: %1. Führen Sie zuerst npm pack (oder den Build-Schritt) aus.</translation>
    </message>
    <message>
        <source>The tarball&apos;s package/package.json has no name and version: it is not an npm package.</source>
        <translation>package/package.json im Tarball hat keinen Namen und keine Version: Es ist kein npm-Paket.</translation>
    </message>
    <message>
        <source>The tarball&apos;s version &quot;%1&quot; is not a SemVer version.</source>
        <translation>Die Version „%1“ des Tarballs ist keine SemVer-Version.</translation>
    </message>
    <message>
        <source>The tarball holds %1 %2, but the release is %3: pack it again from the release commit.</source>
        <translation>Der Tarball enthält %1 %2, die Veröffentlichung ist aber %3: Packen Sie ihn erneut aus dem Release-Commit.</translation>
    </message>
    <message>
        <source>Publish %1 %2 to npm</source>
        <translation>%1 %2 auf npm veröffentlichen</translation>
    </message>
    <message>
        <source>Registry: %1
Tarball: %2
Integrity: %3
Dist-tag: %4</source>
        <translation>Registry: %1
Tarball: %2
Integrität: %3
Dist-Tag: %4</translation>
    </message>
    <message>
        <source>The registry&apos;s answer for %1 is not a packument.</source>
        <translation>Die Antwort der Registry für %1 ist kein Packument.</translation>
    </message>
    <message>
        <source>%1 %2 is already on %3 with other content (%4); this release&apos;s tarball is %5. A published version is never overwritten: release the next version instead.</source>
        <translation>%1 %2 liegt bereits mit anderem Inhalt auf %3 (%4); der Tarball dieser Veröffentlichung ist %5. Eine veröffentlichte Version wird nie überschrieben: Veröffentlichen Sie stattdessen die nächste Version.</translation>
    </message>
    <message>
        <source>Cannot read the package tarball: %1.</source>
        <translation>Das Paket-Tarball kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>The package tarball changed since the release was planned (now %1, planned %2): abort the release and plan it again.</source>
        <translation>Das Paket-Tarball hat sich seit der Planung geändert (jetzt %1, geplant %2): Brechen Sie die Veröffentlichung ab und planen Sie sie neu.</translation>
    </message>
    <message>
        <source>Publishing %1 %2 to %3 (dist-tag %4, token from %5)</source>
        <translation>Veröffentliche %1 %2 auf %3 (Dist-Tag %4, Token aus %5)</translation>
    </message>
    <message>
        <source>The upload failed (%1); asking the registry whether it arrived.</source>
        <translation>Das Hochladen ist fehlgeschlagen (%1); frage die Registry, ob es angekommen ist.</translation>
    </message>
    <message>
        <source>Verified: %1 has %2 %3 (%4).</source>
        <translation>Geprüft: %1 hat %2 %3 (%4).</translation>
    </message>
    <message>
        <source>%1 accepted %2 %3 but does not list it after %4 s: check the registry, then resume the release.</source>
        <translation>%1 hat %2 %3 angenommen, listet es aber nach %4 s nicht: Prüfen Sie die Registry und setzen Sie die Veröffentlichung dann fort.</translation>
    </message>
    <message>
        <source>%1 %2 stays on %3: registries do not take a version twice, so it is not unpublished. Release the next version with the fix.</source>
        <translation>%1 %2 bleibt auf %3: Registries nehmen eine Version nicht zweimal an, deshalb wird sie nicht zurückgezogen. Veröffentlichen Sie die nächste Version mit der Korrektur.</translation>
    </message>
    <message>
        <source>No npm token for %1: store one in the system keychain (%2, the token on stdin), set NPM_TOKEN, or add the line //%3/:_authToken=… to the project&apos;s .npmrc or ~/.npmrc.</source>
        <translation>Kein npm-Token für %1: Legen Sie eines im Schlüsselbund des Systems ab (%2, das Token über stdin), setzen Sie NPM_TOKEN oder fügen Sie die Zeile //%3/:_authToken=… in die .npmrc des Projekts oder in ~/.npmrc ein.</translation>
    </message>
    <message>
        <source>%1 refused the npm token from %2 (HTTP 401): store a valid one in the system keychain (%3, the token on stdin), log in again (npm login) or set a valid NPM_TOKEN.</source>
        <translation>%1 hat das npm-Token aus %2 abgelehnt (HTTP 401): Legen Sie ein gültiges im Schlüsselbund des Systems ab (%3, das Token über stdin), melden Sie sich erneut an (npm login) oder setzen Sie ein gültiges NPM_TOKEN.</translation>
    </message>
    <message>
        <source>%1 does not let the token from %2 publish %3 (HTTP 403): grant it publish rights on the package or its scope, or store one that has them in the system keychain (%4).</source>
        <translation>%1 lässt das Token aus %2 %3 nicht veröffentlichen (HTTP 403): Geben Sie ihm Veröffentlichungsrechte für das Paket oder seinen Scope, oder legen Sie eines mit diesen Rechten im Schlüsselbund des Systems ab (%4).</translation>
    </message>
</context>
<context>
    <name>OciDistribution</name>
    <message>
        <source>The registry asked for a bearer token but named no usable token address (realm “%1”). The registry is misconfigured; ask its operator.</source>
        <translation>Die Registry verlangte ein Bearer-Token, nannte aber keine brauchbare Token-Adresse (Realm „%1“). Die Registry ist falsch konfiguriert; frag ihren Betreiber.</translation>
    </message>
    <message>
        <source>The token service answered without a token (no “token” or “access_token”). Check the registry&apos;s token service.</source>
        <translation>Der Token-Dienst antwortete ohne Token (kein „token“ oder „access_token“). Prüfe den Token-Dienst der Registry.</translation>
    </message>
    <message>
        <source>%1 does not let anonymous readers see %2 (HTTP 401). Give credentials for this registry.</source>
        <translation>%1 lässt anonyme Leser %2 nicht sehen (HTTP 401). Gib Zugangsdaten für diese Registry an.</translation>
    </message>
    <message>
        <source>%1 refused the credentials for %2 (HTTP 401). Check the user and the password or token for this registry.</source>
        <translation>%1 lehnte die Zugangsdaten für %2 ab (HTTP 401). Prüfe Benutzer und Passwort oder Token für diese Registry.</translation>
    </message>
    <message>
        <source>%1 refused the credentials for %2 (HTTP %3). Check the user and the password or token for this registry.</source>
        <translation>%1 lehnte die Zugangsdaten für %2 ab (HTTP %3). Prüfe Benutzer und Passwort oder Token für diese Registry.</translation>
    </message>
    <message>
        <source>The next page of the tags of %1 is on another server (%2); not following it.</source>
        <translation>Die nächste Seite der Tags von %1 liegt auf einem anderen Server (%2); ihr wird nicht gefolgt.</translation>
    </message>
    <message>
        <source>%1 has no manifest %2 (HTTP 404).</source>
        <translation>%1 hat kein Manifest %2 (HTTP 404).</translation>
    </message>
    <message>
        <source>The manifest %1:%2 the registry sent has the digest %3, not %4: the bytes were changed on the way. Try again, or check a proxy between here and the registry.</source>
        <translation>Das Manifest %1:%2, das die Registry schickte, hat den Digest %3, nicht %4: Die Bytes wurden unterwegs verändert. Versuche es erneut oder prüfe einen Proxy zwischen hier und der Registry.</translation>
    </message>
    <message>
        <source>%1 refused to store %2:%3 (HTTP %4).</source>
        <translation>%1 verweigerte das Speichern von %2:%3 (HTTP %4).</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Current version</source>
        <translation>Aktuelle Version</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Nächste Version</translation>
    </message>
    <message>
        <source>→</source>
        <translation>→</translation>
    </message>
    <message>
        <source>Why this version</source>
        <translation>Warum diese Version</translation>
    </message>
    <message>
        <source>Deciding commits</source>
        <translation>Entscheidende Commits</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>PackageArchive</name>
    <message>
        <source>The package archive is broken (%1): pack it again.</source>
        <translation>Das Paketarchiv ist beschädigt (%1): Packen Sie es erneut.</translation>
    </message>
    <message>
        <source>not gzip-compressed</source>
        <translation>nicht gzip-komprimiert</translation>
    </message>
    <message>
        <source>larger than %1 bytes unpacked</source>
        <translation>entpackt größer als %1 Bytes</translation>
    </message>
    <message>
        <source>the compressed data is truncated or corrupt</source>
        <translation>die komprimierten Daten sind abgeschnitten oder beschädigt</translation>
    </message>
    <message>
        <source>bad entry size at byte %1</source>
        <translation>ungültige Eintragsgröße bei Byte %1</translation>
    </message>
    <message>
        <source>an entry runs past the end</source>
        <translation>ein Eintrag reicht über das Ende hinaus</translation>
    </message>
    <message>
        <source>it has no %1</source>
        <translation>es enthält kein %1</translation>
    </message>
</context>
<context>
    <name>PreflightPage</name>
    <message>
        <source>Pre-flight checks</source>
        <translation>Vorabprüfungen</translation>
    </message>
    <message>
        <source>Everything that must hold before a release. Fix what failed, then run the checks again.</source>
        <translation>Alles, was vor einem Release erfüllt sein muss. Beheben Sie, was fehlgeschlagen ist, und führen Sie die Prüfungen dann erneut aus.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Apply &amp;Fix</source>
        <translation>&amp;Beheben</translation>
    </message>
    <message>
        <source>&amp;Run Checks Again</source>
        <translation>Prüfungen &amp;erneut ausführen</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
</context>
<context>
    <name>PublishedChecks</name>
    <message>
        <source>Not checked: .releasedesk.yml has no registries: section.</source>
        <translation>Nicht geprüft: .releasedesk.yml hat keinen Abschnitt registries:.</translation>
    </message>
    <message>
        <source>Could not check every registry: %1</source>
        <translation>Nicht jede Registry konnte geprüft werden: %1</translation>
    </message>
    <message>
        <source>Version not yet on the registries</source>
        <translation>Version noch nicht in den Registries</translation>
    </message>
    <message>
        <source>%1 is on none of: %2.</source>
        <translation>%1 ist in keiner davon: %2.</translation>
    </message>
    <message>
        <source>No registry ahead of the release</source>
        <translation>Keine Registry ist dem Release voraus</translation>
    </message>
    <message>
        <source>Releasing %1 would go backwards: %2</source>
        <translation>Ein Release von %1 ginge rückwärts: %2</translation>
    </message>
    <message>
        <source>The release reaches or overtakes it, but look first: %1</source>
        <translation>Das Release erreicht oder überholt sie, aber sieh zuerst nach: %1</translation>
    </message>
    <message>
        <source>No registry has a version above the last release (%1).</source>
        <translation>Keine Registry hat eine Version über dem letzten Release (%1).</translation>
    </message>
</context>
<context>
    <name>PublishedInspection</name>
    <message>
        <source>The forge&apos;s releases are not checked: %1</source>
        <translation>Die Releases der Forge werden nicht geprüft: %1</translation>
    </message>
</context>
<context>
    <name>PublishedRules</name>
    <message>
        <source>%1 has %2, higher than the project&apos;s %3. Something was published without a tag, or the tag is missing: tag %2 on the commit it was built from, or check what was published.</source>
        <translation>%1 hat %2, höher als %3 des Projekts. Etwas wurde ohne Tag veröffentlicht, oder das Tag fehlt: Tagge %2 auf dem Commit, aus dem es gebaut wurde, oder prüfe, was veröffentlicht wurde.</translation>
    </message>
    <message>
        <source>%1 already has %2, the version about to be released. Registries do not take a version twice: release the next version instead.</source>
        <translation>%1 hat bereits %2, die Version, die gerade veröffentlicht werden soll. Registries nehmen eine Version nicht zweimal an: Veröffentliche stattdessen die nächste Version.</translation>
    </message>
</context>
<context>
    <name>ReconcileDialog</name>
    <message>
        <source>Reconcile Version Sources</source>
        <translation>Versionsquellen abgleichen</translation>
    </message>
    <message>
        <source>Write &amp;version:</source>
        <translation>&amp;Version schreiben:</translation>
    </message>
    <message>
        <source>Version to write</source>
        <translation>Zu schreibende Version</translation>
    </message>
    <message>
        <source>&amp;Unified</source>
        <translation>&amp;Einheitlich</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>&amp;Nebeneinander</translation>
    </message>
    <message>
        <source>Files that change</source>
        <translation>Dateien, die sich ändern</translation>
    </message>
</context>
<context>
    <name>RegistryDetection</name>
    <message>
        <source>%1: not read (%2)</source>
        <translation>%1: nicht gelesen (%2)</translation>
    </message>
    <message>
        <source>package.json has no &quot;name&quot;: not checked on npm</source>
        <translation>package.json hat kein „name“: auf npm nicht geprüft</translation>
    </message>
    <message>
        <source>pyproject.toml: not read (%1)</source>
        <translation>pyproject.toml: nicht gelesen (%1)</translation>
    </message>
    <message>
        <source>Cargo.toml: not read (%1)</source>
        <translation>Cargo.toml: nicht gelesen (%1)</translation>
    </message>
    <message>
        <source>Dockerfile: the image it becomes is not named anywhere; add { type: oci, image: HOST/PATH/NAME } to registries: in .releasedesk.yml to check it</source>
        <translation>Dockerfile: Das Image, das daraus wird, ist nirgends genannt; füge { type: oci, image: HOST/PATH/NAME } unter registries: in .releasedesk.yml hinzu, um es zu prüfen</translation>
    </message>
</context>
<context>
    <name>RegistryJson</name>
    <message>
        <source>The %1 answer is not valid JSON (%2 at byte %3). The address may point at something that is not this kind of registry; check url: in .releasedesk.yml.</source>
        <translation>Die Antwort von %1 ist kein gültiges JSON (%2 bei Byte %3). Die Adresse zeigt vielleicht auf etwas, das keine Registry dieser Art ist; prüfe url: in .releasedesk.yml.</translation>
    </message>
    <message>
        <source>The %1 answer is not a JSON object. Check that url: in .releasedesk.yml points at this kind of registry.</source>
        <translation>Die Antwort von %1 ist kein JSON-Objekt. Prüfe, ob url: in .releasedesk.yml auf eine Registry dieser Art zeigt.</translation>
    </message>
    <message>
        <source>The %1 answer has no usable “%2”; this is not what the registry documents. Check that url: in .releasedesk.yml points at this kind of registry.</source>
        <translation>Die Antwort von %1 hat kein brauchbares „%2“; das ist nicht, was die Registry dokumentiert. Prüfe, ob url: in .releasedesk.yml auf eine Registry dieser Art zeigt.</translation>
    </message>
    <message>
        <source>the packument has no dist-tag “latest”</source>
        <translation>das Packument hat kein Dist-Tag „latest“</translation>
    </message>
    <message>
        <source>no publication time for %1</source>
        <translation>keine Veröffentlichungszeit für %1</translation>
    </message>
    <message>
        <source>no upload time for %1</source>
        <translation>keine Upload-Zeit für %1</translation>
    </message>
</context>
<context>
    <name>RegistryReader</name>
    <message>
        <source>not published yet</source>
        <translation>noch nicht veröffentlicht</translation>
    </message>
    <message>
        <source>not published yet (or private: the registry refused an anonymous read with HTTP %1)</source>
        <translation>noch nicht veröffentlicht (oder privat: die Registry verweigerte das anonyme Lesen mit HTTP %1)</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Lesen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>No address for %1: set url: in its registries: entry of .releasedesk.yml.</source>
        <translation>Keine Adresse für %1: setze url: in seinem Eintrag unter registries: in .releasedesk.yml.</translation>
    </message>
    <message>
        <source>no tag is a version (%1 tags)</source>
        <translation>kein Tag ist eine Version (%1 Tags)</translation>
    </message>
    <message>
        <source>the image %1 does not say when it was built</source>
        <translation>das Image %1 sagt nicht, wann es gebaut wurde</translation>
    </message>
    <message>
        <source>%1 needs the project&apos;s forge, and none of that kind is configured or detected: set forge: (type, api, project) in .releasedesk.yml.</source>
        <translation>%1 braucht die Forge des Projekts, und keine dieser Art ist konfiguriert oder erkannt: setze forge: (type, api, project) in .releasedesk.yml.</translation>
    </message>
    <message>
        <source>no release yet</source>
        <translation>noch kein Release</translation>
    </message>
</context>
<context>
    <name>RegistryTarget</name>
    <message>
        <source>GitHub releases</source>
        <translation>GitHub-Releases</translation>
    </message>
    <message>
        <source>GitLab releases</source>
        <translation>GitLab-Releases</translation>
    </message>
    <message>
        <source>crate %1</source>
        <translation>Crate %1</translation>
    </message>
    <message>
        <source>The image “%1” does not name its registry. Write it as HOST[:PORT]/PATH/NAME (e.g. registry.example.com/team/app).</source>
        <translation>Das Image „%1“ nennt seine Registry nicht. Schreibe es als HOST[:PORT]/PFAD/NAME (z. B. registry.example.com/team/app).</translation>
    </message>
    <message>
        <source>expected a list of registries, e.g. - { type: npm, package: &quot;@team/app&quot; }</source>
        <translation>eine Liste von Registries erwartet, z. B. - { type: npm, package: &quot;@team/app&quot; }</translation>
    </message>
    <message>
        <source>expected an entry like { type: npm, package: NAME }</source>
        <translation>einen Eintrag wie { type: npm, package: NAME } erwartet</translation>
    </message>
    <message>
        <source>unknown registry type “%1”; use npm, pypi, oci, crates, github-release or gitlab-release</source>
        <translation>unbekannter Registry-Typ „%1“; verwende npm, pypi, oci, crates, github-release oder gitlab-release</translation>
    </message>
    <message>
        <source>an oci entry needs image: HOST/PATH/NAME</source>
        <translation>ein oci-Eintrag braucht image: HOST/PATH/NAME</translation>
    </message>
    <message>
        <source>a %1 entry needs package: NAME</source>
        <translation>ein %1-Eintrag braucht package: NAME</translation>
    </message>
    <message>
        <source>“%1” is not an http(s) address; write e.g. url: https://registry.example.com</source>
        <translation>„%1“ ist keine http(s)-Adresse; schreibe z. B. url: https://registry.example.com</translation>
    </message>
    <message>
        <source>%1: is only for %2 entries; remove it here</source>
        <translation>%1: gibt es nur für %2-Einträge; entferne es hier</translation>
    </message>
    <message>
        <source>publish: names what to publish here, e.g. publish: &quot;dist/*-{version}*&quot;</source>
        <translation>publish: nennt, was hier veröffentlicht wird, z. B. publish: &quot;dist/*-{version}*&quot;</translation>
    </message>
    <message>
        <source>ReleaseDesk does not publish crates itself; remove publish: here and run `cargo publish` from publish.commands</source>
        <translation>ReleaseDesk veröffentlicht Crates nicht selbst; entferne publish: hier und führe `cargo publish` über publish.commands aus</translation>
    </message>
    <message>
        <source>an oci entry publishes one image CI built, e.g. publish: &quot;sha-{commit}&quot;; the release tags go under tags:</source>
        <translation>ein oci-Eintrag veröffentlicht ein Image, das die CI gebaut hat, z. B. publish: &quot;sha-{commit}&quot;; die Release-Tags stehen unter tags:</translation>
    </message>
    <message>
        <source>tags: needs &quot;{version}&quot;, the tag that names the release exactly (the others move to each new release)</source>
        <translation>tags: braucht &quot;{version}&quot;, das Tag, das genau dieses Release nennt (die anderen wandern mit jedem neuen Release)</translation>
    </message>
    <message>
        <source>source_timeout is how many seconds to wait for CI to push the image, from 0 to 7200</source>
        <translation>source_timeout gibt an, wie viele Sekunden auf das Image aus der CI gewartet wird, von 0 bis 7200</translation>
    </message>
</context>
<context>
    <name>ReleasesPage</name>
    <message>
        <source>Package:</source>
        <translation>Paket:</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Show pre-releases</source>
        <translation>Vorabversionen anzeigen</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <source>Release notes</source>
        <translation>Versionshinweise</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>This is exactly what the release will do, step by step.</source>
        <translation>Genau das wird das Release tun, Schritt für Schritt.</translation>
    </message>
    <message>
        <source>P&amp;ush the branch and the tag</source>
        <translation>Branch und Tag p&amp;ushen</translation>
    </message>
    <message>
        <source>U&amp;nified</source>
        <translation>&amp;Einheitlich</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>&amp;Nebeneinander</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Dateien</translation>
    </message>
    <message>
        <source>Files the release changes</source>
        <translation>Dateien, die das Release ändert</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>Release steps</source>
        <translation>Release-Schritte</translation>
    </message>
    <message>
        <source>The whole plan</source>
        <translation>Der gesamte Plan</translation>
    </message>
    <message>
        <source>&amp;Artifacts</source>
        <translation>&amp;Artefakte</translation>
    </message>
    <message>
        <source>Publishing builds after the tag. Build now to see the artifacts and their digests before anything is made: the release then publishes exactly these files.</source>
        <translation>Das Publizieren baut nach dem Tag. Bauen Sie jetzt, um die Artefakte und ihre Prüfsummen zu sehen, bevor etwas entsteht: Das Release publiziert dann genau diese Dateien.</translation>
    </message>
    <message>
        <source>&amp;Build Artifacts Now</source>
        <translation>Artefakte jetzt &amp;bauen</translation>
    </message>
    <message>
        <source>Artifacts built before the tag</source>
        <translation>Vor dem Tag gebaute Artefakte</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Build output</source>
        <translation>Build-Ausgabe</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>Re&amp;concile…</source>
        <translation>Ab&amp;gleichen…</translation>
    </message>
    <message>
        <source>Write one version into every source, after previewing the changes</source>
        <translation>Eine Version in alle Quellen schreiben, nach einer Vorschau der Änderungen</translation>
    </message>
    <message>
        <source>Version sources</source>
        <translation>Versionsquellen</translation>
    </message>
</context>
<context>
    <name>VersionPage</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>The version the commits call for, and why. Override it if you must.</source>
        <translation>Die Version, die sich aus den Commits ergibt, und warum. Überschreiben Sie sie nur, wenn es sein muss.</translation>
    </message>
    <message>
        <source>Release as</source>
        <translation>Veröffentlichen als</translation>
    </message>
    <message>
        <source>&amp;Computed from the commits</source>
        <translation>Aus den &amp;Commits berechnet</translation>
    </message>
    <message>
        <source>M&amp;ajor bump</source>
        <translation>&amp;Major-Version erhöhen</translation>
    </message>
    <message>
        <source>M&amp;inor bump</source>
        <translation>M&amp;inor-Version erhöhen</translation>
    </message>
    <message>
        <source>&amp;Patch bump</source>
        <translation>&amp;Patch-Version erhöhen</translation>
    </message>
    <message>
        <source>C&amp;ustom:</source>
        <translation>&amp;Benutzerdefiniert:</translation>
    </message>
    <message>
        <source>e.g. 2.0.0-beta.1</source>
        <translation>z. B. 2.0.0-beta.1</translation>
    </message>
    <message>
        <source>Custom version</source>
        <translation>Benutzerdefinierte Version</translation>
    </message>
    <message>
        <source>Pre-&amp;release on:</source>
        <translation>&amp;Vorabversion im Kanal:</translation>
    </message>
    <message>
        <source>Pre-release channel</source>
        <translation>Kanal der Vorabversion</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Nächste Version</translation>
    </message>
    <message>
        <source>&amp;Deciding commits:</source>
        <translation>&amp;Entscheidende Commits:</translation>
    </message>
    <message>
        <source>Deciding commits</source>
        <translation>Entscheidende Commits</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Bump</source>
        <translation>Erhöhung</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ReleaseDesk, the release manager&apos;s desk.</source>
        <translation>ReleaseDesk, der Schreibtisch des Release-Managers.</translation>
    </message>
    <message>
        <source>The repository to open.</source>
        <translation>Das zu öffnende Repository.</translation>
    </message>
    <message>
        <source>Start in the tray without the window (as at login), where the desktop has a tray.</source>
        <translation>Im Infobereich ohne Fenster starten (wie bei der Anmeldung), wo die Arbeitsumgebung einen Infobereich hat.</translation>
    </message>
</context>
<context>
    <name>rd::ChangeFailures</name>
    <message>
        <source>the next release %1, %2 later, is a patch whose version-bumping commits are all fixes (fix commits: %3)</source>
        <translation>das nächste Release %1, %2 später, ist ein Patch, dessen versionserhöhende Commits alle Fehlerbehebungen sind (Fix-Commits: %3)</translation>
    </message>
    <message>
        <source>released in %1</source>
        <translation>veröffentlicht in %1</translation>
    </message>
    <message>
        <source>not released yet</source>
        <translation>noch nicht veröffentlicht</translation>
    </message>
    <message>
        <source>commit %1 “%2” is reverted by %3 “%4” (%5)</source>
        <translation>Commit %1 „%2“ wird von %3 „%4“ zurückgenommen (%5)</translation>
    </message>
    <message>
        <source>deploy run %1 of %2 on %3 failed</source>
        <translation>Deploy-Lauf %1 von %2 auf %3 ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>rd::DeliveryMetrics</name>
    <message>
        <source>the next release is a patch whose version-bumping commits are all fixes, tagged within N = %1 days</source>
        <translation>das nächste Release ist ein Patch, dessen versionserhöhende Commits alle Fehlerbehebungen sind, getaggt innerhalb von N = %1 Tagen</translation>
    </message>
    <message>
        <source>a later commit reverts a commit of the release</source>
        <translation>ein späterer Commit nimmt einen Commit des Releases zurück</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>the repository has no commits yet</source>
        <translation>das Repository hat noch keine Commits</translation>
    </message>
    <message>
        <source>no final release tag matches the tag pattern “%1”</source>
        <translation>kein finaler Release-Tag passt zum Tag-Muster „%1“</translation>
    </message>
    <message>
        <source>none of the final release tags of “%1” (%2 in all) is dated between %3 and %4 (the newest, %5, is dated %6)</source>
        <translation>keiner der finalen Release-Tags von „%1“ (%2 insgesamt) liegt zwischen %3 und %4 (der neueste, %5, ist vom %6)</translation>
    </message>
    <message>
        <source>no deployment in the window has a previous deployment with commits between them</source>
        <translation>kein Deployment im Zeitraum hat ein vorheriges Deployment mit Commits dazwischen</translation>
    </message>
    <message>
        <source>no deployment in the window failed</source>
        <translation>kein Deployment im Zeitraum ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>no failed deployment of the window has been followed by a successful one yet</source>
        <translation>auf kein fehlgeschlagenes Deployment des Zeitraums ist bisher ein erfolgreiches gefolgt</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>ausgeschaltet</translation>
    </message>
    <message>
        <source>needs the names of the deploy workflows (forge: deploy-workflows: in .releasedesk.yml)</source>
        <translation>braucht die Namen der Deploy-Workflows (forge: deploy-workflows: in .releasedesk.yml)</translation>
    </message>
    <message>
        <source>a run of %1 on the release&apos;s tag or commit failed (%2 runs known)</source>
        <translation>ein Lauf von %1 auf dem Tag oder Commit des Releases ist fehlgeschlagen (%2 Läufe bekannt)</translation>
    </message>
    <message>
        <source>needs the CI runs of the forge (recorded by a watch, or fetched)</source>
        <translation>braucht die CI-Läufe der Forge (von einer Beobachtung aufgezeichnet oder geholt)</translation>
    </message>
    <message>
        <source>the record of undone releases cannot be read: %1</source>
        <translation>die Aufzeichnung rückgängig gemachter Releases ist nicht lesbar: %1</translation>
    </message>
    <message numerus="yes">
        <source>the release reached the remote and was then undone by ReleaseDesk (release --abort --confirm-remote, or Undo in the wizard); %n recorded in this clone</source>
        <translation>
            <numerusform>das Release erreichte das Remote und wurde dann von ReleaseDesk rückgängig gemacht (release --abort --confirm-remote oder Rückgängig im Assistenten); %n in diesem Klon aufgezeichnet</numerusform>
            <numerusform>das Release erreichte das Remote und wurde dann von ReleaseDesk rückgängig gemacht (release --abort --confirm-remote oder Rückgängig im Assistenten); %n in diesem Klon aufgezeichnet</numerusform>
        </translation>
    </message>
    <message>
        <source>undone by ReleaseDesk on %1 after it reached the remote (%2)</source>
        <translation>von ReleaseDesk am %1 rückgängig gemacht, nachdem es das Remote erreicht hatte (%2)</translation>
    </message>
</context>
<context>
    <name>rd::DeploymentBand</name>
    <message>
        <source>on demand</source>
        <translation>bei Bedarf</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>fewer than monthly</source>
        <translation>seltener als monatlich</translation>
    </message>
    <message>
        <source>more than 7 deployments a week (more than one a day)</source>
        <translation>mehr als 7 Deployments pro Woche (mehr als eines am Tag)</translation>
    </message>
    <message>
        <source>1 to 7 deployments a week (between once a week and once a day)</source>
        <translation>1 bis 7 Deployments pro Woche (zwischen einmal pro Woche und einmal am Tag)</translation>
    </message>
    <message>
        <source>12/52 to 1 deployment a week (between once a month and once a week)</source>
        <translation>12/52 bis 1 Deployment pro Woche (zwischen einmal im Monat und einmal pro Woche)</translation>
    </message>
    <message>
        <source>2/52 to 12/52 deployments a week (between twice a year and once a month)</source>
        <translation>2/52 bis 12/52 Deployments pro Woche (zwischen zweimal im Jahr und einmal im Monat)</translation>
    </message>
    <message>
        <source>fewer than 2/52 deployments a week (less than twice a year)</source>
        <translation>weniger als 2/52 Deployments pro Woche (seltener als zweimal im Jahr)</translation>
    </message>
</context>
<context>
    <name>rd::Distribution</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
</context>
<context>
    <name>rd::MetricsWindow</name>
    <message>
        <source>“%1” is not a date: write it as YYYY-MM-DD (2024-03-01) or as an ISO 8601 date and time (2024-03-01T12:00:00Z).</source>
        <translation>„%1“ ist kein Datum: schreiben Sie es als JJJJ-MM-TT (2024-03-01) oder als ISO-8601-Datum mit Uhrzeit (2024-03-01T12:00:00Z).</translation>
    </message>
    <message>
        <source>The window starts (%1) after it ends (%2): give a --since before the --until.</source>
        <translation>Der Zeitraum beginnt (%1) nach seinem Ende (%2): geben Sie ein --since vor dem --until an.</translation>
    </message>
</context>
<context>
    <name>rd::PipelineHealth</name>
    <message>
        <source>no pipeline runs were given</source>
        <translation>es wurden keine Pipeline-Läufe übergeben</translation>
    </message>
    <message>
        <source>none of the pipeline runs (%1 given) started in the window</source>
        <translation>keiner der Pipeline-Läufe (%1 übergeben) begann im Zeitraum</translation>
    </message>
</context>
<context>
    <name>rd::UndoneReleases</name>
    <message>
        <source>The record of undone releases is not readable (%1). ReleaseDesk writes it atomically, so it was edited by hand; fix it or move it aside.</source>
        <translation>Die Aufzeichnung rückgängig gemachter Releases ist nicht lesbar (%1). ReleaseDesk schreibt sie atomar, also wurde sie von Hand bearbeitet; korrigieren Sie sie oder verschieben Sie sie.</translation>
    </message>
    <message>
        <source>format %1 is not %2</source>
        <translation>Format %1 ist nicht %2</translation>
    </message>
    <message>
        <source>entry %1 lacks its tag, commit or times</source>
        <translation>Eintrag %1 fehlen Tag, Commit oder Zeiten</translation>
    </message>
    <message>
        <source>Cannot create the folder of the record of undone releases.</source>
        <translation>Der Ordner der Aufzeichnung rückgängig gemachter Releases kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>rd::changelog</name>
    <message>
        <source>`%1` → left out: type %1 is hidden in the changelog (changelog.hidden)</source>
        <translation>`%1` → weggelassen: Der Typ %1 ist im Changelog ausgeblendet (changelog.hidden)</translation>
    </message>
    <message>
        <source>expected a map of changelog settings (format, sections, hidden, scopes, authors, breaking-title, template, keep-a-changelog)</source>
        <translation>erwartet eine Zuordnung von Changelog-Einstellungen (format, sections, hidden, scopes, authors, breaking-title, template, keep-a-changelog)</translation>
    </message>
    <message>
        <source>expected conventional, keepachangelog or json</source>
        <translation>erwartet conventional, keepachangelog oder json</translation>
    </message>
    <message>
        <source>expected bold, plain or hidden</source>
        <translation>erwartet bold, plain oder hidden</translation>
    </message>
    <message>
        <source>the title must not be empty</source>
        <translation>der Titel darf nicht leer sein</translation>
    </message>
    <message>
        <source>expected a map of types to Keep a Changelog sections, e.g. { perf: Changed }</source>
        <translation>erwartet eine Zuordnung von Typen zu Keep-a-Changelog-Abschnitten, z. B. { perf: Changed }</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>erwartet einen von %1</translation>
    </message>
    <message>
        <source>The changelog template cannot be used: %1. Fix the template (Mustache syntax).</source>
        <translation>Die Changelog-Vorlage kann nicht verwendet werden: %1. Korrigieren Sie die Vorlage (Mustache-Syntax).</translation>
    </message>
    <message>
        <source>The changelog template cannot be read: %1.</source>
        <translation>Die Changelog-Vorlage kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>No template was loaded.</source>
        <translation>Es wurde keine Vorlage geladen.</translation>
    </message>
    <message>
        <source>The changelog template failed: %1.</source>
        <translation>Die Changelog-Vorlage ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>expected false (no links) or a map of link settings (remote, type, base, commit, compare, issue, merge-request)</source>
        <translation>erwartet false (keine Links) oder eine Zuordnung von Link-Einstellungen (remote, type, base, commit, compare, issue, merge-request)</translation>
    </message>
    <message>
        <source>expected github, gitlab or gitea (for other hosts, give the commit, compare and issue templates)</source>
        <translation>erwartet github, gitlab oder gitea (für andere Hosts geben Sie die Vorlagen für commit, compare und issue an)</translation>
    </message>
    <message>
        <source>expected the repository&apos;s web address, such as https://code.example.org/team/app</source>
        <translation>erwartet die Webadresse des Repositorys, etwa https://code.example.org/team/app</translation>
    </message>
    <message>
        <source>uses {base}, but the repository&apos;s web address is unknown: set links.base</source>
        <translation>verwendet {base}, aber die Webadresse des Repositorys ist unbekannt: Setzen Sie links.base</translation>
    </message>
</context>
<context>
    <name>rd::cigate</name>
    <message>
        <source>job “%1” %2</source>
        <translation>Job „%1“ %2</translation>
    </message>
    <message>
        <source>run “%1” #%2 %3%4 (%5)</source>
        <translation>Lauf „%1“ #%2 %3%4 (%5)</translation>
    </message>
    <message>
        <source>CI is red on %1: %2. Fix it (or re-run it) before releasing this commit.</source>
        <translation>CI ist rot auf %1: %2. Beheben Sie das (oder starten Sie es neu), bevor Sie diesen Commit veröffentlichen.</translation>
    </message>
    <message>
        <source>no CI run for %1 yet</source>
        <translation>noch kein CI-Lauf für %1</translation>
    </message>
    <message>
        <source>no run yet of %1</source>
        <translation>noch kein Lauf von %1</translation>
    </message>
    <message>
        <source>still going: %1</source>
        <translation>läuft noch: %1</translation>
    </message>
    <message>
        <source>CI on %1 is not finished: %2. Wait, then check again.</source>
        <translation>CI auf %1 ist nicht fertig: %2. Warten Sie und prüfen Sie dann erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%n runs on %1 succeeded: %2.</source>
        <translation>
            <numerusform>%n Lauf auf %1 erfolgreich: %2.</numerusform>
            <numerusform>%n Läufe auf %1 erfolgreich: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Nicht geprüft: %1</translation>
    </message>
    <message>
        <source>Could not ask %1 about CI: %2</source>
        <translation>%1 konnte nicht nach der CI gefragt werden: %2</translation>
    </message>
    <message>
        <source>CI green on the release commit</source>
        <translation>CI grün auf dem Release-Commit</translation>
    </message>
    <message>
        <source>No security scanner runs with continue-on-error or allow_failure.</source>
        <translation>Kein Sicherheitsscanner läuft mit continue-on-error oder allow_failure.</translation>
    </message>
    <message>
        <source>Security jobs can&apos;t fail silently</source>
        <translation>Sicherheits-Jobs können nicht still fehlschlagen</translation>
    </message>
    <message>
        <source>Stopped waiting for CI.</source>
        <translation>Das Warten auf CI wurde beendet.</translation>
    </message>
    <message numerus="yes">
        <source>CI on %1 was still going after %n minutes (%2); check again later.</source>
        <translation>
            <numerusform>CI für %1 lief nach %n Minute noch (%2); prüfen Sie später noch einmal.</numerusform>
            <numerusform>CI für %1 lief nach %n Minuten noch (%2); prüfen Sie später noch einmal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for CI on %1: %2</source>
        <translation>Warten auf CI für %1: %2</translation>
    </message>
    <message>
        <source>Wait for CI</source>
        <translation>Auf CI warten</translation>
    </message>
</context>
<context>
    <name>rd::commits</name>
    <message>
        <source>merge commit</source>
        <translation>Merge-Commit</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>patch</source>
        <translation>patch</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>minor</translation>
    </message>
    <message>
        <source>major</source>
        <translation>major</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
    <message>
        <source>; the footer %1 does not count: only upper-case `BREAKING CHANGE:` marks a breaking change</source>
        <translation>; die Fußzeile %1 zählt nicht: Nur ein großgeschriebenes `BREAKING CHANGE:` kennzeichnet eine Breaking Change</translation>
    </message>
    <message>
        <source>; %1 in the body does not count: only upper-case `BREAKING CHANGE:` marks a breaking change</source>
        <translation>; %1 im Text zählt nicht: Nur ein großgeschriebenes `BREAKING CHANGE:` kennzeichnet eine Breaking Change</translation>
    </message>
    <message>
        <source>; the `BREAKING CHANGE` line in the body does not count: write `BREAKING CHANGE: &lt;note&gt;` as its own paragraph at the end</source>
        <translation>; die Zeile `BREAKING CHANGE` im Text zählt nicht: Schreiben Sie `BREAKING CHANGE: &lt;Hinweis&gt;` als eigenen Absatz ans Ende</translation>
    </message>
    <message>
        <source>breaking change (the `!` marker and a %1 footer)</source>
        <translation>Breaking Change (die Markierung `!` und eine Fußzeile %1)</translation>
    </message>
    <message>
        <source>breaking change (the `!` marker)</source>
        <translation>Breaking Change (die Markierung `!`)</translation>
    </message>
    <message>
        <source>breaking change (%1 footer)</source>
        <translation>Breaking Change (Fußzeile %1)</translation>
    </message>
    <message>
        <source>type %1 has no rule; add it under `types:` in .releasedesk.yml to count it</source>
        <translation>Typ %1 hat keine Regel; fügen Sie ihn unter `types:` in .releasedesk.yml hinzu, damit er zählt</translation>
    </message>
    <message>
        <source>type %1 has no rule (did you mean %2?)</source>
        <translation>Typ %1 hat keine Regel (meinten Sie %2?)</translation>
    </message>
    <message>
        <source>type %1 does not bump the version</source>
        <translation>Typ %1 erhöht die Version nicht</translation>
    </message>
    <message>
        <source>type %1 bumps %2</source>
        <translation>Typ %1 erhöht %2</translation>
    </message>
    <message>
        <source> (hidden)</source>
        <translation> (ausgeblendet)</translation>
    </message>
    <message>
        <source>the reverted header is missing from %1</source>
        <translation>in %1 fehlt die Kopfzeile des zurückgenommenen Commits</translation>
    </message>
    <message>
        <source>re-applies %1 (reverts its revert), which counts as: %2</source>
        <translation>wendet %1 erneut an (nimmt dessen Rücknahme zurück), was zählt als: %2</translation>
    </message>
    <message>
        <source>reverts %1, which is not a Conventional Commit</source>
        <translation>nimmt %1 zurück, das kein Conventional Commit ist</translation>
    </message>
    <message>
        <source>reverts %1, which does not bump the version</source>
        <translation>nimmt %1 zurück, das die Version nicht erhöht</translation>
    </message>
    <message>
        <source>reverts %1 (commits.revert-bump: %2)</source>
        <translation>nimmt %1 zurück (commits.revert-bump: %2)</translation>
    </message>
    <message>
        <source> (%1 parents)</source>
        <translation> (%1 Eltern)</translation>
    </message>
    <message>
        <source>%1 joins commits that count on their own (commits.merge-commits: ignore)</source>
        <translation>%1 führt Commits zusammen, die für sich selbst zählen (commits.merge-commits: ignore)</translation>
    </message>
    <message>
        <source> (from the message of the merge %1)</source>
        <translation> (aus der Nachricht des Merges %1)</translation>
    </message>
    <message>
        <source>neither %1 nor the text below it is a Conventional Commit</source>
        <translation>weder %1 noch der Text darunter ist ein Conventional Commit</translation>
    </message>
    <message>
        <source>reverts and merges are nested too deeply to classify</source>
        <translation>Reverts und Merges sind zu tief verschachtelt, um sie einzuordnen</translation>
    </message>
    <message>
        <source>empty message</source>
        <translation>leere Nachricht</translation>
    </message>
    <message>
        <source>the commit has no message to classify</source>
        <translation>der Commit hat keine Nachricht, die eingeordnet werden könnte</translation>
    </message>
    <message>
        <source>it amends %1, which is counted instead</source>
        <translation>er ergänzt %1, das stattdessen gezählt wird</translation>
    </message>
    <message>
        <source>%1 footer</source>
        <translation>Fußzeile %1</translation>
    </message>
    <message>
        <source>breaking change, though %1 is not a Conventional Commit (%2): semantic-release counts this footer under any header, and so does ReleaseDesk</source>
        <translation>Breaking Change, obwohl %1 kein Conventional Commit ist (%2): semantic-release zählt diese Fußzeile unter jeder Kopfzeile, und ReleaseDesk ebenso</translation>
    </message>
    <message>
        <source>%1 is not a Conventional Commit</source>
        <translation>%1 ist kein Conventional Commit</translation>
    </message>
    <message>
        <source>reverted later in this range by %1, so neither reaches the release</source>
        <translation>später in diesem Bereich durch %1 zurückgenommen, daher erreicht keiner von beiden das Release</translation>
    </message>
    <message>
        <source>cancels %1 from the same range, so neither reaches the release</source>
        <translation>hebt %1 aus demselben Bereich auf, daher erreicht keiner von beiden das Release</translation>
    </message>
    <message>
        <source>expected one of none, patch, minor, major</source>
        <translation>erwartet none, patch, minor oder major</translation>
    </message>
    <message>
        <source>a type may only contain letters (a-z), as in a commit header such as `feat: …`</source>
        <translation>ein Typ darf nur Buchstaben (a–z) enthalten, wie in einer Commit-Kopfzeile wie `feat: …`</translation>
    </message>
    <message>
        <source>expected the type&apos;s rule as a map, e.g. { bump: minor, section: Features }</source>
        <translation>erwartet die Regel des Typs als Zuordnung, z. B. { bump: minor, section: Features }</translation>
    </message>
    <message>
        <source>the changelog section title must not be empty</source>
        <translation>der Titel des Changelog-Abschnitts darf nicht leer sein</translation>
    </message>
    <message>
        <source>expected a map of commit types to rules, e.g. feat: { bump: minor }</source>
        <translation>erwartet eine Zuordnung von Commit-Typen zu Regeln, z. B. feat: { bump: minor }</translation>
    </message>
    <message>
        <source>listed twice (types are compared without regard to case)</source>
        <translation>doppelt aufgeführt (Typen werden ohne Rücksicht auf Groß- und Kleinschreibung verglichen)</translation>
    </message>
    <message>
        <source>expected a map with revert-bump and merge-commits</source>
        <translation>erwartet eine Zuordnung mit revert-bump und merge-commits</translation>
    </message>
    <message>
        <source>expected ignore or classify</source>
        <translation>erwartet ignore oder classify</translation>
    </message>
    <message>
        <source>space before &apos;:&apos;</source>
        <translation>Leerzeichen vor &apos;:&apos;</translation>
    </message>
    <message>
        <source>space before the scope</source>
        <translation>Leerzeichen vor dem Scope</translation>
    </message>
    <message>
        <source>no type prefix</source>
        <translation>kein Typ-Präfix</translation>
    </message>
    <message>
        <source>type `%1` contains a space</source>
        <translation>Typ `%1` enthält ein Leerzeichen</translation>
    </message>
    <message>
        <source>type `%1` may only contain letters</source>
        <translation>Typ `%1` darf nur Buchstaben enthalten</translation>
    </message>
    <message>
        <source>missing type before &apos;:&apos;</source>
        <translation>fehlender Typ vor &apos;:&apos;</translation>
    </message>
    <message>
        <source>missing type before the scope</source>
        <translation>fehlender Typ vor dem Scope</translation>
    </message>
    <message>
        <source>unclosed scope</source>
        <translation>nicht geschlossener Scope</translation>
    </message>
    <message>
        <source>&apos;(&apos; inside the scope</source>
        <translation>&apos;(&apos; innerhalb des Scopes</translation>
    </message>
    <message>
        <source>empty scope</source>
        <translation>leerer Scope</translation>
    </message>
    <message>
        <source>missing &apos;:&apos; after &apos;!&apos;</source>
        <translation>fehlendes &apos;:&apos; nach &apos;!&apos;</translation>
    </message>
    <message>
        <source>missing &apos;: &apos; after the scope</source>
        <translation>fehlendes &apos;: &apos; nach dem Scope</translation>
    </message>
    <message>
        <source>empty description</source>
        <translation>leere Beschreibung</translation>
    </message>
    <message>
        <source>missing space after &apos;:&apos;</source>
        <translation>fehlendes Leerzeichen nach &apos;:&apos;</translation>
    </message>
</context>
<context>
    <name>rd::config</name>
    <message>
        <source>expected a text value</source>
        <translation>erwartet einen Textwert</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>erwartet true oder false</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>erwartet eine ganze Zahl</translation>
    </message>
    <message>
        <source>expected a list of text values</source>
        <translation>erwartet eine Liste von Textwerten</translation>
    </message>
    <message>
        <source>unknown setting; known settings here are: %1</source>
        <translation>unbekannte Einstellung; bekannte Einstellungen sind hier: %1</translation>
    </message>
    <message>
        <source>This is not valid YAML (%1). Fix the file or remove it to use the defaults.</source>
        <translation>Das ist kein gültiges YAML (%1). Korrigieren Sie die Datei oder entfernen Sie sie, um die Standardwerte zu verwenden.</translation>
    </message>
    <message>
        <source>The file must hold a mapping of settings (key: value), not a list or a single value.</source>
        <translation>Die Datei muss eine Zuordnung von Einstellungen enthalten (Schlüssel: Wert), keine Liste und keinen Einzelwert.</translation>
    </message>
</context>
<context>
    <name>rd::credentials</name>
    <message>
        <source>no ssh-agent is running (SSH_AUTH_SOCK is not set); start one and add your key with ssh-add</source>
        <translation>es läuft kein ssh-agent (SSH_AUTH_SOCK ist nicht gesetzt); starten Sie einen und fügen Sie Ihren Schlüssel mit ssh-add hinzu</translation>
    </message>
    <message>
        <source>the server refused every key ssh-agent offered</source>
        <translation>der Server hat jeden Schlüssel abgelehnt, den ssh-agent angeboten hat</translation>
    </message>
    <message>
        <source>the server asked for a kind of credentials ReleaseDesk does not support</source>
        <translation>der Server verlangte eine Art von Zugangsdaten, die ReleaseDesk nicht unterstützt</translation>
    </message>
    <message>
        <source>the user name and password from %1 were refused</source>
        <translation>Benutzername und Passwort aus %1 wurden abgelehnt</translation>
    </message>
    <message>
        <source> had nothing for </source>
        <translation> hatte nichts für </translation>
    </message>
    <message>
        <source>the credential helper &quot;%1&quot; could not be started (%2)</source>
        <translation>der Credential-Helper „%1“ konnte nicht gestartet werden (%2)</translation>
    </message>
    <message>
        <source>the credential helper &quot;%1&quot; did not answer within %2 s</source>
        <translation>der Credential-Helper „%1“ hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <source>the credential helper &quot;%1&quot; failed (exit %2%3)</source>
        <translation>der Credential-Helper „%1“ ist fehlgeschlagen (Exit %2%3)</translation>
    </message>
    <message>
        <source>credential helper</source>
        <translation>Credential-Helper</translation>
    </message>
    <message>
        <source>git&apos;s credential helper</source>
        <translation>der Credential-Helper von git</translation>
    </message>
    <message>
        <source>nobody can be asked for a password here (non-interactive)</source>
        <translation>hier kann niemand nach einem Passwort gefragt werden (nicht interaktiv)</translation>
    </message>
    <message>
        <source>asking you</source>
        <translation>die Nachfrage bei Ihnen</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 s. Check that a keyring service is running and unlocked.</source>
        <translation>Der System-Schlüsselbund hat nicht innerhalb von %1 s geantwortet. Prüfen Sie, ob ein Schlüsselbunddienst läuft und entsperrt ist.</translation>
    </message>
    <message>
        <source>The system keychain could not be read (%1).</source>
        <translation>Der System-Schlüsselbund konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The token could not be saved in the system keychain (%1).</source>
        <translation>Das Token konnte nicht im System-Schlüsselbund gespeichert werden (%1).</translation>
    </message>
    <message>
        <source>The token could not be removed from the system keychain (%1).</source>
        <translation>Das Token konnte nicht aus dem System-Schlüsselbund entfernt werden (%1).</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>der System-Schlüsselbund</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>rd::forge</name>
    <message>
        <source> failed: </source>
        <translation> fehlgeschlagen: </translation>
    </message>
    <message>
        <source>No forge is configured and the repository has no remote &quot;%1&quot; to tell it from. Add the remote, or set forge: type, api and project in .releasedesk.yml.</source>
        <translation>Es ist keine Forge konfiguriert, und das Repository hat kein Remote „%1“, aus dem sie sich ablesen ließe. Fügen Sie das Remote hinzu oder setzen Sie forge: type, api und project in .releasedesk.yml.</translation>
    </message>
    <message>
        <source>The remote URL &quot;%1&quot; does not name a project on a forge (expected https://HOST/OWNER/NAME or git@HOST:OWNER/NAME). Set forge: type, api and project in .releasedesk.yml.</source>
        <translation>Die Remote-URL „%1“ benennt kein Projekt auf einer Forge (erwartet https://HOST/OWNER/NAME oder git@HOST:OWNER/NAME). Setzen Sie forge: type, api und project in .releasedesk.yml.</translation>
    </message>
    <message>
        <source>Cannot tell which forge %1 is (GitHub or GitLab). Set it in .releasedesk.yml:
  forge:
    type: github   # or gitlab
    api: https://%1/api/v3   # GitLab: /api/v4</source>
        <translation>Es ist unklar, welche Forge %1 ist (GitHub oder GitLab). Legen Sie es in .releasedesk.yml fest:
  forge:
    type: github   # oder gitlab
    api: https://%1/api/v3   # GitLab: /api/v4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GitHub repository path (OWNER/NAME).</source>
        <translation>„%1“ ist kein GitHub-Repository-Pfad (OWNER/NAME).</translation>
    </message>
    <message>
        <source>expected a mapping with type, api and project</source>
        <translation>erwartet eine Zuordnung mit type, api und project</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>type is missing: github or gitlab</source>
        <translation>type fehlt: github oder gitlab</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a forge type; use github or gitlab</source>
        <translation>„%1“ ist kein Forge-Typ; verwenden Sie github oder gitlab</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL</source>
        <translation>„%1“ ist keine http(s)-URL</translation>
    </message>
    <message>
        <source>project is missing (OWNER/NAME; GitLab: GROUP/SUBGROUP/NAME)</source>
        <translation>project fehlt (OWNER/NAME; GitLab: GROUP/SUBGROUP/NAME)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a project path (OWNER/NAME; GitLab: GROUP/SUBGROUP/NAME)</source>
        <translation>„%1“ ist kein Projektpfad (OWNER/NAME; GitLab: GROUP/SUBGROUP/NAME)</translation>
    </message>
    <message>
        <source>Running workflow %1 on %2</source>
        <translation>Workflow %1 wird auf %2 ausgeführt</translation>
    </message>
    <message>
        <source>Re-running the failed jobs of run %1</source>
        <translation>Die fehlgeschlagenen Jobs von Lauf %1 werden neu gestartet</translation>
    </message>
    <message>
        <source>Cancelling run %1</source>
        <translation>Lauf %1 wird abgebrochen</translation>
    </message>
    <message>
        <source>Starting a pipeline on %1</source>
        <translation>Eine Pipeline auf %1 wird gestartet</translation>
    </message>
    <message>
        <source>Retrying the failed jobs of pipeline %1</source>
        <translation>Die fehlgeschlagenen Jobs von Pipeline %1 werden wiederholt</translation>
    </message>
    <message>
        <source>Cancelling pipeline %1</source>
        <translation>Pipeline %1 wird abgebrochen</translation>
    </message>
    <message>
        <source>step “%1” of job %2</source>
        <translation>Schritt „%1“ von Job %2</translation>
    </message>
    <message>
        <source>job %1</source>
        <translation>Job %1</translation>
    </message>
    <message>
        <source>%1: %2 runs %3 with %4, so a finding never fails CI. Remove %4, or gate on its result.</source>
        <translation>%1: %2 führt %3 mit %4 aus, sodass ein Befund die CI nie fehlschlagen lässt. Entfernen Sie %4 oder werten Sie das Ergebnis aus.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid YAML: %2</source>
        <translation>%1 ist kein gültiges YAML: %2</translation>
    </message>
    <message>
        <source>There is no workflow &quot;%1&quot;: the repository has no workflow files in %2.</source>
        <translation>Es gibt keinen Workflow „%1“: Das Repository hat keine Workflow-Dateien in %2.</translation>
    </message>
    <message>
        <source>There is no workflow &quot;%1&quot; in %2. The workflows are: %3.</source>
        <translation>Es gibt keinen Workflow „%1“ in %2. Die Workflows sind: %3.</translation>
    </message>
    <message>
        <source>%1 cannot be run by hand: it has no workflow_dispatch trigger. Add &quot;workflow_dispatch:&quot; under &quot;on:&quot; in the workflow.</source>
        <translation>%1 kann nicht von Hand gestartet werden: Es hat keinen workflow_dispatch-Auslöser. Fügen Sie „workflow_dispatch:“ unter „on:“ im Workflow hinzu.</translation>
    </message>
    <message>
        <source>Input &quot;%1&quot; is not declared: %2 takes no inputs.</source>
        <translation>Die Eingabe „%1“ ist nicht deklariert: %2 nimmt keine Eingaben.</translation>
    </message>
    <message>
        <source>Input &quot;%1&quot; is not declared by %2. Its inputs are: %3.</source>
        <translation>Die Eingabe „%1“ ist von %2 nicht deklariert. Seine Eingaben sind: %3.</translation>
    </message>
    <message>
        <source>Input &quot;%1&quot; is given twice.</source>
        <translation>Die Eingabe „%1“ ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>Input &quot;%1&quot; is &quot;%2&quot;, but %3 allows only: %4.</source>
        <translation>Die Eingabe „%1“ ist „%2“, aber %3 erlaubt nur: %4.</translation>
    </message>
    <message>
        <source>Input &quot;%1&quot; is a boolean: give true or false, not &quot;%2&quot;.</source>
        <translation>Die Eingabe „%1“ ist ein Wahrheitswert: Geben Sie true oder false an, nicht „%2“.</translation>
    </message>
    <message>
        <source>Input &quot;%1&quot; is a number, not &quot;%2&quot;.</source>
        <translation>Die Eingabe „%1“ ist eine Zahl, nicht „%2“.</translation>
    </message>
    <message>
        <source>Input &quot;%1&quot; is required by %2 and has no default: give it a value (%1=VALUE).%3</source>
        <translation>Die Eingabe „%1“ wird von %2 verlangt und hat keinen Standardwert: Geben Sie ihr einen Wert (%1=WERT).%3</translation>
    </message>
    <message>
        <source> Choices: </source>
        <translation> Auswahl: </translation>
    </message>
    <message>
        <source>%1 is read without a token, so it cannot say who you are. Sign in with a token to see your own runs.</source>
        <translation>%1 wird ohne Token gelesen und kann daher nicht sagen, wer Sie sind. Melden Sie sich mit einem Token an, um Ihre eigenen Läufe zu sehen.</translation>
    </message>
    <message>
        <source>%1 answered the question who the token belongs to without a &quot;%2&quot;.</source>
        <translation>%1 hat die Frage, wem das Token gehört, ohne „%2“ beantwortet.</translation>
    </message>
</context>
<context>
    <name>rd::git</name>
    <message>
        <source>%1 cannot be fast-forwarded to %2: the branches have diverged. Merge or rebase by hand.</source>
        <translation>%1 kann nicht auf %2 vorgespult werden: Die Branches sind auseinandergelaufen. Führen Sie Merge oder Rebase von Hand aus.</translation>
    </message>
    <message>
        <source>Cannot read commit %1</source>
        <translation>Commit %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot update the files; commit or stash local changes first</source>
        <translation>Die Dateien können nicht aktualisiert werden; committen oder stashen Sie zuerst lokale Änderungen</translation>
    </message>
    <message>
        <source>The identity &quot;%1 &lt;%2&gt;&quot; is not valid for git</source>
        <translation>Die Identität „%1 &lt;%2&gt;“ ist für git nicht gültig</translation>
    </message>
    <message>
        <source>Cannot read the tree to commit</source>
        <translation>Der zu committende Baum kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read parent commit %1</source>
        <translation>Eltern-Commit %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the object database of %1.</source>
        <translation>Die Objektdatenbank von %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Commit %1 is not in the repository, so its history cannot be read. The clone may be shallow or partial: fetch the full history (git fetch --unshallow).</source>
        <translation>Commit %1 ist nicht im Repository, daher kann seine Historie nicht gelesen werden. Der Klon ist vielleicht flach oder partiell: Holen Sie die ganze Historie (git fetch --unshallow).</translation>
    </message>
    <message>
        <source>Object %1 is not a commit.</source>
        <translation>Objekt %1 ist kein Commit.</translation>
    </message>
    <message>
        <source>Commit %1 is malformed (its header cannot be read).</source>
        <translation>Commit %1 ist fehlerhaft (sein Kopf kann nicht gelesen werden).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot read the object of tag %1</source>
        <translation>Das Objekt von Tag %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot list the tags</source>
        <translation>Die Tags können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Cannot list the git configuration (%1)</source>
        <translation>Die git-Konfiguration kann nicht aufgelistet werden (%1)</translation>
    </message>
    <message>
        <source>Cannot set git configuration %1</source>
        <translation>Die git-Konfiguration %1 kann nicht gesetzt werden</translation>
    </message>
    <message>
        <source>libgit2 error %1</source>
        <translation>libgit2-Fehler %1</translation>
    </message>
    <message>
        <source>Cannot stage the file</source>
        <translation>Die Datei kann nicht vorgemerkt werden</translation>
    </message>
    <message>
        <source>Cannot unstage the file</source>
        <translation>Die Datei kann nicht aus der Vormerkung genommen werden</translation>
    </message>
    <message>
        <source>Cannot write the index</source>
        <translation>Der Index kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot write a tree from the index</source>
        <translation>Aus dem Index kann kein Baum geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot read the commit&apos;s tree</source>
        <translation>Der Baum des Commits kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the tree entry</source>
        <translation>Der Baumeintrag kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read blob %1</source>
        <translation>Blob %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot store the file in git</source>
        <translation>Die Datei kann nicht in git gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot read the tree to update</source>
        <translation>Der zu aktualisierende Baum kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot write the updated tree</source>
        <translation>Der aktualisierte Baum kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot prepare the commit</source>
        <translation>Der Commit kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>Cannot write the commit</source>
        <translation>Der Commit kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot open the object database</source>
        <translation>Die Objektdatenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot write the tag</source>
        <translation>Der Tag kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>The written tag does not parse</source>
        <translation>Der geschriebene Tag lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>Cannot reset the staged files</source>
        <translation>Die vorgemerkten Dateien können nicht zurückgesetzt werden</translation>
    </message>
    <message>
        <source>Cannot compute the diff</source>
        <translation>Der Diff kann nicht berechnet werden</translation>
    </message>
    <message>
        <source>Cannot print the diff</source>
        <translation>Der Diff kann nicht ausgegeben werden</translation>
    </message>
    <message>
        <source>Cannot read tree %1</source>
        <translation>Baum %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the reference</source>
        <translation>Die Referenz kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot resolve the reference</source>
        <translation>Die Referenz kann nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>The reference changed while the release was running (expected %1). Look at what moved it, then resume or abort.</source>
        <translation>Die Referenz hat sich während des Releases geändert (erwartet %1). Prüfen Sie, was sie verschoben hat, und setzen Sie dann fort oder brechen Sie ab.</translation>
    </message>
    <message>
        <source>no reference</source>
        <translation>keine Referenz</translation>
    </message>
    <message>
        <source>Cannot update the reference</source>
        <translation>Die Referenz kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>The reference now points at %1, not at %2 as the release left it; it was not deleted.</source>
        <translation>Die Referenz zeigt jetzt auf %1, nicht auf %2, wie das Release sie hinterlassen hat; sie wurde nicht gelöscht.</translation>
    </message>
    <message>
        <source>Cannot delete the reference</source>
        <translation>Die Referenz kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Cannot read the branch&apos;s upstream</source>
        <translation>Der Upstream des Branches kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the branch&apos;s remote</source>
        <translation>Das Remote des Branches kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the branch&apos;s merge setting</source>
        <translation>Die Merge-Einstellung des Branches kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot compare the branches</source>
        <translation>Die Branches können nicht verglichen werden</translation>
    </message>
    <message>
        <source>Receiving objects</source>
        <translation>Objekte werden empfangen</translation>
    </message>
    <message>
        <source>Writing objects</source>
        <translation>Objekte werden geschrieben</translation>
    </message>
    <message>
        <source> was cancelled; nothing was changed on the server by this step.</source>
        <translation> wurde abgebrochen; dieser Schritt hat nichts auf dem Server geändert.</translation>
    </message>
    <message>
        <source>no credentials were available</source>
        <translation>es waren keine Zugangsdaten verfügbar</translation>
    </message>
    <message>
        <source>%1 failed: the ssh server of remote %2 did not accept any key (%3). Load the key this server accepts into ssh-agent (`ssh-add PATH-TO-KEY`; `ssh-add -l` lists the loaded ones) and check the user name in the URL, then try again.</source>
        <translation>%1 fehlgeschlagen: Der ssh-Server des Remotes %2 hat keinen Schlüssel akzeptiert (%3). Laden Sie den Schlüssel, den dieser Server akzeptiert, in ssh-agent (`ssh-add PFAD-ZUM-SCHLÜSSEL`; `ssh-add -l` listet die geladenen auf), prüfen Sie den Benutzernamen in der URL und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 failed: the server did not accept the credentials (%2). Check the user name and password or token for this server, then try again.</source>
        <translation>%1 fehlgeschlagen: Der Server hat die Zugangsdaten nicht akzeptiert (%2). Prüfen Sie Benutzername und Passwort oder Token für diesen Server und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source> failed</source>
        <translation> fehlgeschlagen</translation>
    </message>
    <message>
        <source>The repository has no remote named &quot;%1&quot;. Add it with `git remote add %1 URL` or choose another remote.</source>
        <translation>Das Repository hat kein Remote namens „%1“. Fügen Sie es mit `git remote add %1 URL` hinzu oder wählen Sie ein anderes Remote.</translation>
    </message>
    <message>
        <source>Cannot read remote %1</source>
        <translation>Remote %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot resolve the URL of remote %1</source>
        <translation>Die URL des Remotes %1 kann nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>Cannot resolve the push URL of remote %1</source>
        <translation>Die Push-URL des Remotes %1 kann nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>The URL is not usable as a remote</source>
        <translation>Die URL ist als Remote nicht verwendbar</translation>
    </message>
    <message>
        <source>Connecting to the remote</source>
        <translation>Verbindung zum Remote wird hergestellt</translation>
    </message>
    <message>
        <source>Cannot list the remote&apos;s references</source>
        <translation>Die Referenzen des Remotes können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Fetching</source>
        <translation>Abrufen</translation>
    </message>
    <message>
        <source>Pushing</source>
        <translation>Pushen</translation>
    </message>
    <message>
        <source>The server refused to update %1. Fetch, check what changed on the server, and try again.</source>
        <translation>Der Server hat die Aktualisierung von %1 verweigert. Rufen Sie ab, prüfen Sie, was sich auf dem Server geändert hat, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This folder is not inside a git repository. Open the folder of a project that git tracks, or run `git init` there first.</source>
        <translation>Dieser Ordner liegt in keinem git-Repository. Öffnen Sie den Ordner eines Projekts, das git verfolgt, oder führen Sie dort zuerst `git init` aus.</translation>
    </message>
    <message>
        <source>Cannot open the repository</source>
        <translation>Das Repository kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot create a repository</source>
        <translation>Es kann kein Repository angelegt werden</translation>
    </message>
    <message>
        <source>mailbox apply</source>
        <translation>Mailbox-Apply (git am)</translation>
    </message>
    <message>
        <source>The repository has no commits yet. Make a first commit, then try again.</source>
        <translation>Das Repository hat noch keine Commits. Legen Sie einen ersten Commit an und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Cannot read HEAD</source>
        <translation>HEAD kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The revision &quot;%1&quot; does not exist</source>
        <translation>Die Revision „%1“ existiert nicht</translation>
    </message>
    <message>
        <source>The revision &quot;%1&quot; is not a commit</source>
        <translation>Die Revision „%1“ ist kein Commit</translation>
    </message>
    <message>
        <source>Cannot compare commits %1 and %2</source>
        <translation>Die Commits %1 und %2 können nicht verglichen werden</translation>
    </message>
    <message>
        <source>Cannot read the git configuration</source>
        <translation>Die git-Konfiguration kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot open the index</source>
        <translation>Der Index kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>git does not know who you are: set user.name and user.email (git config --global user.name &quot;Your Name&quot;; git config --global user.email you@example.com).</source>
        <translation>git weiß nicht, wer Sie sind: Setzen Sie user.name und user.email (git config --global user.name &quot;Ihr Name&quot;; git config --global user.email sie@example.com).</translation>
    </message>
    <message>
        <source>Cannot read your git identity</source>
        <translation>Ihre git-Identität kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot check the ignore rules</source>
        <translation>Die Ignorier-Regeln können nicht geprüft werden</translation>
    </message>
    <message>
        <source>Cannot create the commit</source>
        <translation>Der Commit kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot read the object to tag</source>
        <translation>Das zu taggende Objekt kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot create tag %1</source>
        <translation>Tag %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot delete tag %1</source>
        <translation>Tag %1 kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Cannot read the working tree status</source>
        <translation>Der Status des Arbeitsverzeichnisses kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read %1 from HEAD</source>
        <translation>%1 kann nicht aus HEAD gelesen werden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Cannot read HEAD&apos;s commit</source>
        <translation>Der Commit von HEAD kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read HEAD&apos;s tree</source>
        <translation>Der Baum von HEAD kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot walk HEAD&apos;s tree</source>
        <translation>Der Baum von HEAD kann nicht durchlaufen werden</translation>
    </message>
    <message>
        <source>Cannot write the files of %1 into a new folder: it cannot be made, or is not empty</source>
        <translation>Die Dateien von %1 können nicht in einen neuen Ordner geschrieben werden: Er kann nicht angelegt werden oder ist nicht leer</translation>
    </message>
    <message>
        <source>Cannot write the files of %1</source>
        <translation>Die Dateien von %1 können nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>rd::gui::ActivityList</name>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>%1  %2: %3 on %4: %5</source>
        <translation>%1  %2: %3 auf %4: %5</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1  %2 — %3</source>
        <translation>%1  %2 — %3</translation>
    </message>
    <message>
        <source>%1  %2 — %3, job %4 failed</source>
        <translation>%1  %2 — %3, Job %4 fehlgeschlagen</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
</context>
<context>
    <name>rd::gui::Autostart</name>
    <message>
        <source>Cannot remove the autostart entry. Remove the file by hand to stop starting at login.</source>
        <translation>Der Autostart-Eintrag kann nicht entfernt werden. Entfernen Sie die Datei von Hand, damit ReleaseDesk nicht mehr bei der Anmeldung startet.</translation>
    </message>
    <message>
        <source>Cannot make the autostart folder. Check that the configuration folder is writable.</source>
        <translation>Der Autostart-Ordner kann nicht angelegt werden. Prüfen Sie, ob der Konfigurationsordner beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>rd::gui::ChangelogPage</name>
    <message>
        <source>Release notes copied as Markdown.</source>
        <translation>Versionshinweise als Markdown kopiert.</translation>
    </message>
    <message>
        <source>Release notes</source>
        <translation>Versionshinweise</translation>
    </message>
    <message>
        <source>Open a repository to preview the notes of its next release.</source>
        <translation>Öffnen Sie ein Repository, um eine Vorschau der Versionshinweise seines nächsten Release zu sehen.</translation>
    </message>
    <message>
        <source>Reading the commits since the last release…</source>
        <translation>Commits seit dem letzten Release werden gelesen…</translation>
    </message>
    <message>
        <source>Could not read the release notes.</source>
        <translation>Die Versionshinweise konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Unreleased changes</source>
        <translation>Unveröffentlichte Änderungen</translation>
    </message>
    <message>
        <source>Release notes for %1</source>
        <translation>Versionshinweise für %1</translation>
    </message>
    <message numerus="yes">
        <source>%n commits, no release yet</source>
        <translation>
            <numerusform>%n Commit, noch kein Release</numerusform>
            <numerusform>%n Commits, noch kein Release</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commits since %1</source>
        <translation>
            <numerusform>%n Commit seit %1</numerusform>
            <numerusform>%n Commits seit %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n in the notes</source>
        <translation>
            <numerusform> · %n in den Versionshinweisen</numerusform>
            <numerusform> · %n in den Versionshinweisen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n left out</source>
        <translation>
            <numerusform> · %n ausgelassen</numerusform>
            <numerusform> · %n ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>In the notes</source>
        <translation>In den Versionshinweisen</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>*Nothing for the release notes yet: no commit since the last release is of a type the notes list. The commits on the right say why.*
</source>
        <translation>*Noch nichts für die Versionshinweise: Kein Commit seit dem letzten Release hat einen Typ, den die Hinweise aufführen. Die Commits rechts zeigen, warum.*
</translation>
    </message>
    <message>
        <source>In the notes (%1)</source>
        <translation>In den Versionshinweisen (%1)</translation>
    </message>
    <message>
        <source>Left out (%1)</source>
        <translation>Ausgelassen (%1)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>*The preview ends here, after line %1 of %2: the Markdown tab and Copy Markdown hold the whole notes.*</source>
        <translation>*Die Vorschau endet hier, nach Zeile %1 von %2: Der Markdown-Reiter und „Markdown kopieren“ enthalten die vollständigen Hinweise.*</translation>
    </message>
</context>
<context>
    <name>rd::gui::CommitTableModel</name>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Bump</source>
        <translation>Erhöhung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>rd::gui::CommitsPage</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Breaking change:</source>
        <translation>Inkompatible Änderung:</translation>
    </message>
    <message>
        <source>Release notes section: %1</source>
        <translation>Abschnitt in den Versionshinweisen: %1</translation>
    </message>
</context>
<context>
    <name>rd::gui::ConfigSourceBanner</name>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Effective settings</source>
        <translation>Wirksame Einstellungen</translation>
    </message>
    <message>
        <source>Not imported from %1</source>
        <translation>Nicht übernommen aus %1</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>%1&apos;s configuration (%2)</source>
        <translation>Konfiguration von %1 (%2)</translation>
    </message>
    <message>
        <source>Using %1</source>
        <translation>Verwendet %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>%1 is read too; its keys win over imported ones.</source>
        <translation>%1 wird ebenfalls gelesen; seine Schlüssel haben Vorrang vor übernommenen.</translation>
    </message>
    <message numerus="yes">
        <source>%n settings could not be imported; Details lists them with the reason.</source>
        <translation>
            <numerusform>%n Einstellung konnte nicht übernommen werden; Details nennt sie mit dem Grund.</numerusform>
            <numerusform>%n Einstellungen konnten nicht übernommen werden; Details nennt sie mit dem Grund.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where the settings come from</source>
        <translation>Woher die Einstellungen stammen</translation>
    </message>
    <message>
        <source>Each setting with the file and line it was read from. Keys of %1 win over imported ones; `releasedesk-cli config --write` writes them into one %1.</source>
        <translation>Jede Einstellung mit der Datei und Zeile, aus der sie gelesen wurde. Schlüssel aus %1 haben Vorrang vor übernommenen; `releasedesk-cli config --write` schreibt alle in eine %1.</translation>
    </message>
</context>
<context>
    <name>rd::gui::CredentialDialogPrompt</name>
    <message>
        <source>you cancelled the sign-in</source>
        <translation>Sie haben die Anmeldung abgebrochen</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>%1 asks who you are to push the release.</source>
        <translation>%1 möchte wissen, wer Sie sind, bevor das Release gepusht werden kann.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password or token:</source>
        <translation>&amp;Passwort oder Token:</translation>
    </message>
</context>
<context>
    <name>rd::gui::DonePage</name>
    <message>
        <source>&lt;h3&gt;Released %1&lt;/h3&gt;&lt;p&gt;Tag &lt;b&gt;%2&lt;/b&gt; was created</source>
        <translation>&lt;h3&gt;%1 veröffentlicht&lt;/h3&gt;&lt;p&gt;Tag &lt;b&gt;%2&lt;/b&gt; wurde erstellt</translation>
    </message>
    <message>
        <source> in this clone; nothing was pushed.&lt;/p&gt;</source>
        <translation> (nur in diesem Klon); es wurde nichts gepusht.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> and pushed with the branch to &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation> und mit dem Branch nach &lt;b&gt;%1&lt;/b&gt; gepusht.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;a href=&quot;%1&quot;&gt;Changes since the last release&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;a href=&quot;%1&quot;&gt;Änderungen seit dem letzten Release&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;a href=&quot;%1&quot;&gt;Open the repository folder&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;a href=&quot;%1&quot;&gt;Repository-Ordner öffnen&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Next: this project configures no CI pipeline, so nothing builds or publishes the release by itself; do it by hand, or add a pipeline. The Releases view now lists %1, and the next release starts from here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Als Nächstes: Dieses Projekt richtet keine CI-Pipeline ein, also baut und veröffentlicht niemand das Release von selbst; erledigen Sie das von Hand oder richten Sie eine Pipeline ein. Die Ansicht „Releases“ führt jetzt %1, und das nächste Release beginnt hier.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Next: %1 (%2) runs for the tag if it is set up to. The Releases view now lists %3, and the next release starts from here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Als Nächstes: %1 (%2) läuft für den Tag, sofern so eingerichtet. Die Ansicht „Releases“ führt jetzt %3, und das nächste Release beginnt hier.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every registry has it:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;Jede Registry hat es:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Next: the Releases view now lists %1, and the next release starts from here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Als Nächstes: Die Ansicht „Releases“ listet jetzt %1, und das nächste Release beginnt hier.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rd::gui::ExecutePage</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <source>Stopping after the step under way…</source>
        <translation>Wird nach dem laufenden Schritt angehalten…</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>Wird fortgesetzt…</translation>
    </message>
    <message>
        <source>Looking for the stopped release…</source>
        <translation>Angehaltenes Release wird gesucht…</translation>
    </message>
    <message>
        <source>Releasing %1…</source>
        <translation>%1 wird veröffentlicht…</translation>
    </message>
    <message>
        <source>Undo on the Remote?</source>
        <translation>Auch auf dem Remote rückgängig machen?</translation>
    </message>
    <message>
        <source>%1

Undo it on the remote too? Others may already have fetched it.</source>
        <translation>%1

Auch auf dem Remote rückgängig machen? Andere haben es möglicherweise bereits abgerufen.</translation>
    </message>
    <message>
        <source>Nothing was undone.</source>
        <translation>Es wurde nichts rückgängig gemacht.</translation>
    </message>
    <message>
        <source>The release was undone. You can close this window.</source>
        <translation>Das Release wurde rückgängig gemacht. Sie können dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation>Nicht rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>Released %1.</source>
        <translation>%1 veröffentlicht.</translation>
    </message>
    <message>
        <source>Stopped. Resume to finish the release, or undo what it did.</source>
        <translation>Angehalten. Setzen Sie das Release fort, um es abzuschließen, oder machen Sie rückgängig, was es getan hat.</translation>
    </message>
    <message>
        <source>%1
Resume once the cause is fixed, or undo what the release did.</source>
        <translation>%1
Setzen Sie fort, sobald die Ursache behoben ist, oder machen Sie rückgängig, was das Release getan hat.</translation>
    </message>
    <message>
        <source>Undoing the release…</source>
        <translation>Release wird rückgängig gemacht…</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The release of %1 (tag %2) stopped on %3. Resume it to finish exactly the reviewed steps, or undo it.</source>
        <translation>Das Release von %1 (Tag %2) wurde am %3 angehalten. Setzen Sie es fort, um genau die überprüften Schritte abzuschließen, oder machen Sie es rückgängig.</translation>
    </message>
    <message>
        <source>The desktop was not told: %1</source>
        <translation>Der Desktop wurde nicht benachrichtigt: %1</translation>
    </message>
</context>
<context>
    <name>rd::gui::Level</name>
    <message>
        <source>major (breaking)</source>
        <translation>major (inkompatibel)</translation>
    </message>
    <message>
        <source>major</source>
        <translation>major</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>minor</translation>
    </message>
    <message>
        <source>patch</source>
        <translation>patch</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>rd::gui::MainWindow</name>
    <message>
        <source>Next Release</source>
        <translation>Nächstes Release</translation>
    </message>
    <message>
        <source>Commits</source>
        <translation>Commits</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <source>Changelog</source>
        <translation>Changelog</translation>
    </message>
    <message>
        <source>Version Sources</source>
        <translation>Versionsquellen</translation>
    </message>
    <message>
        <source>Stopped loading.</source>
        <translation>Laden abgebrochen.</translation>
    </message>
    <message>
        <source>%1 (%2)…</source>
        <translation>%1 (%2)…</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open Repository</source>
        <translation>Repository öffnen</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>%1 — ReleaseDesk</source>
        <translation>%1 — ReleaseDesk</translation>
    </message>
    <message numerus="yes">
        <source>%n commits since the last release.</source>
        <translation>
            <numerusform>%n Commit seit dem letzten Release.</numerusform>
            <numerusform>%n Commits seit dem letzten Release.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unfinished Release</source>
        <translation>Unvollständiges Release</translation>
    </message>
    <message>
        <source>The release of %1 (tag %2) in %3 did not finish. Resume it to run the remaining steps exactly once, or undo what it did?</source>
        <translation>Das Release von %1 (Tag %2) in %3 wurde nicht abgeschlossen. Möchten Sie es fortsetzen, um die verbleibenden Schritte genau einmal auszuführen, oder rückgängig machen, was es bereits getan hat?</translation>
    </message>
    <message>
        <source>&amp;Resume or Undo…</source>
        <translation>&amp;Fortsetzen oder rückgängig machen…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>About ReleaseDesk</source>
        <translation>Über ReleaseDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ReleaseDesk %1&lt;/h3&gt;&lt;p&gt;The whole release on one desk: versions, changelogs, tags, pushes and publishing, with the reason for every decision.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ReleaseDesk %1&lt;/h3&gt;&lt;p&gt;Das ganze Release auf einem Schreibtisch: Versionen, Changelogs, Tags, Pushes und Veröffentlichung, mit einer Begründung für jede Entscheidung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1
The views show the analysis from before this failure: fix %2, then reload (F5).</source>
        <translation>%1
Die Ansichten zeigen die Analyse von vor diesem Fehler: Beheben Sie %2 und laden Sie dann neu (F5).</translation>
    </message>
    <message>
        <source>Out of date: could not read %1.</source>
        <translation>Veraltet: %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 (out of date) — ReleaseDesk</source>
        <translation>%1 (veraltet) — ReleaseDesk</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Pipelines</translation>
    </message>
    <message>
        <source>This repository is not watched: %1</source>
        <translation>Dieses Repository wird nicht beobachtet: %1</translation>
    </message>
</context>
<context>
    <name>rd::gui::MetricsPage</name>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Datum (UTC)</translation>
    </message>
    <message>
        <source>Package:</source>
        <translation>Paket:</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 180 days</source>
        <translation>Letzte 180 Tage</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Letzte 365 Tage</translation>
    </message>
    <message>
        <source>Whole history</source>
        <translation>Gesamte Historie</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>Von – bis</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lead time for changes&lt;/b&gt;&lt;br&gt;Each commit between the previous deployment and a deployment, from its committer date to the deployment&apos;s tag time.</source>
        <translation>&lt;b&gt;Durchlaufzeit für Änderungen&lt;/b&gt;&lt;br&gt;Jeder Commit zwischen dem vorherigen Deployment und einem Deployment, von seinem Committer-Datum bis zur Tag-Zeit des Deployments.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Time to restore&lt;/b&gt;&lt;br&gt;From a failed deployment to the next deployment that did not fail.</source>
        <translation>&lt;b&gt;Wiederherstellungszeit&lt;/b&gt;&lt;br&gt;Von einem fehlgeschlagenen Deployment bis zum nächsten Deployment, das nicht fehlschlug.</translation>
    </message>
    <message>
        <source>Open a repository to see its release metrics.</source>
        <translation>Öffnen Sie ein Repository, um seine Release-Kennzahlen zu sehen.</translation>
    </message>
    <message>
        <source>Computing the metrics…</source>
        <translation>Kennzahlen werden berechnet…</translation>
    </message>
    <message>
        <source>Could not compute the metrics.</source>
        <translation>Die Kennzahlen konnten nicht berechnet werden.</translation>
    </message>
    <message>
        <source>%1 to %2 (UTC), %3 weeks</source>
        <translation>%1 bis %2 (UTC), %3 Wochen</translation>
    </message>
    <message>
        <source>Deployments: final release tags of “%1”; window %2.</source>
        <translation>Deployments: finale Release-Tags von „%1“; Zeitraum %2.</translation>
    </message>
    <message>
        <source>No data: %1. Window %2.</source>
        <translation>Keine Daten: %1. Zeitraum %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 a week · %2 · %n deployments</source>
        <translation>
            <numerusform>%1 pro Woche · %2 · %n Deployment</numerusform>
            <numerusform>%1 pro Woche · %2 · %n Deployments</numerusform>
        </translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message numerus="yes">
        <source>median %1 · p90 %2 · %n commits</source>
        <translation>
            <numerusform>Median %1 · p90 %2 · %n Commit</numerusform>
            <numerusform>Median %1 · p90 %2 · %n Commits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 of %n deployments</source>
        <translation>
            <numerusform>%1 · %2 von %n Deployment</numerusform>
            <numerusform>%1 · %2 von %n Deployments</numerusform>
        </translation>
    </message>
    <message>
        <source>no data: %1</source>
        <translation>keine Daten: %1</translation>
    </message>
    <message numerus="yes">
        <source>median %1 · p90 %2 · %n restored failures</source>
        <translation>
            <numerusform>Median %1 · p90 %2 · %n behobener Fehlschlag</numerusform>
            <numerusform>Median %1 · p90 %2 · %n behobene Fehlschläge</numerusform>
        </translation>
    </message>
    <message>
        <source>YY-MM-DD</source>
        <translation>JJ-MM-TT</translation>
    </message>
    <message>
        <source>MM-DD</source>
        <translation>MM-TT</translation>
    </message>
    <message>
        <source>Week starting (%1)</source>
        <translation>Woche ab (%1)</translation>
    </message>
    <message>
        <source>%1 days starting (%2)</source>
        <translation>%1 Tage ab (%2)</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Deployments</translation>
    </message>
    <message>
        <source>Lead time per deployment</source>
        <translation>Durchlaufzeit je Deployment</translation>
    </message>
    <message>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>Lead time (%1)</source>
        <translation>Durchlaufzeit (%1)</translation>
    </message>
    <message>
        <source>Change failure rate</source>
        <translation>Änderungsfehlerrate</translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation>Fehlerrate</translation>
    </message>
    <message>
        <source>Failed deployments (%)</source>
        <translation>Fehlgeschlagene Deployments (%)</translation>
    </message>
    <message>
        <source>Time to restore</source>
        <translation>Wiederherstellungszeit</translation>
    </message>
    <message>
        <source>failed deployment, restored</source>
        <translation>fehlgeschlagenes Deployment, behoben</translation>
    </message>
    <message>
        <source>Time to restore (%1)</source>
        <translation>Wiederherstellungszeit (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n deployments from %1 to %2</source>
        <translation>
            <numerusform>%n Deployment von %1 bis %2</numerusform>
            <numerusform>%n Deployments von %1 bis %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n deployments failed</source>
        <translation>
            <numerusform>%1: %2 von %n Deployment fehlgeschlagen</numerusform>
            <numerusform>%1: %2 von %n Deployments fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>no deployment from %1 to %2</source>
        <translation>kein Deployment von %1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): median %3, p90 %4 over %n commits</source>
        <translation>
            <numerusform>%1 (%2): Median %3, p90 %4 über %n Commit</numerusform>
            <numerusform>%1 (%2): Median %3, p90 %4 über %n Commits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 failed (%n reasons), restored by %2 after %3</source>
        <translation>
            <numerusform>%1 fehlgeschlagen (%n Grund), behoben durch %2 nach %3</numerusform>
            <numerusform>%1 fehlgeschlagen (%n Gründe), behoben durch %2 nach %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commits</source>
        <translation>
            <numerusform>%n Commit</numerusform>
            <numerusform>%n Commits</numerusform>
        </translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>not failed</source>
        <translation>nicht fehlgeschlagen</translation>
    </message>
    <message>
        <source>restored by %1 after %2</source>
        <translation>behoben durch %1 nach %2</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Tag time</source>
        <translation>Tag-Zeit</translation>
    </message>
    <message>
        <source>Commits</source>
        <translation>Commits</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Committet</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Durchlaufzeit</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Could not write the image: %1. Choose a folder you can write to.</source>
        <translation>Das Bild konnte nicht geschrieben werden: %1. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>There are no metrics to export yet.</source>
        <translation>Es gibt noch keine Kennzahlen zum Exportieren.</translation>
    </message>
    <message>
        <source>Could not write the CSV file: %1. Choose a folder you can write to.</source>
        <translation>Die CSV-Datei konnte nicht geschrieben werden: %1. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Export the charts</source>
        <translation>Diagramme exportieren</translation>
    </message>
    <message>
        <source>Export the deployments</source>
        <translation>Deployments exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 passed of %n finished runs · median %3, p90 %4 · flaky jobs: %5</source>
        <translation>
            <numerusform>%1: %2 von %n beendeten Lauf bestanden · Median %3, p90 %4 · unzuverlässige Jobs: %5</numerusform>
            <numerusform>%1: %2 von %n beendeten Läufen bestanden · Median %3, p90 %4 · unzuverlässige Jobs: %5</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>no GitHub or GitLab forge is known for this repository (a forge: section in .releasedesk.yml, or the remote&apos;s address)</source>
        <translation>für dieses Repository ist keine GitHub- oder GitLab-Forge bekannt (ein forge:-Abschnitt in .releasedesk.yml oder die Adresse des Remotes)</translation>
    </message>
    <message>
        <source>no run of %1 is in the history database yet: watch the repository, or fetch its runs</source>
        <translation>noch kein Lauf von %1 in der Verlaufsdatenbank: beobachten Sie das Repository oder holen Sie seine Läufe</translation>
    </message>
    <message numerus="yes">
        <source>the %n runs of %1 the watches recorded</source>
        <translation>
            <numerusform>dem %n Lauf von %1, den die Beobachtungen aufgezeichnet haben</numerusform>
            <numerusform>den %n Läufen von %1, die die Beobachtungen aufgezeichnet haben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the newest %n runs fetched from %1</source>
        <translation>
            <numerusform>dem neuesten %n Lauf, geholt von %1</numerusform>
            <numerusform>den neuesten %n Läufen, geholt von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Fetch CI Runs</source>
        <translation>CI-Läufe &amp;holen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pipeline health&lt;/b&gt;&lt;br&gt;Per workflow, of the CI runs started in the window: the share of finished runs that passed (cancelled and skipped ones left out), and the median and p90 duration of those that passed or failed. The runs are those the watches recorded in the history database, or the newest 100 fetched from the forge.</source>
        <translation>&lt;b&gt;Pipeline-Zustand&lt;/b&gt;&lt;br&gt;Je Workflow, von den im Zeitraum gestarteten CI-Läufen: der Anteil der beendeten Läufe, die bestanden haben (abgebrochene und übersprungene nicht gezählt), und die Median- und p90-Dauer der bestandenen und fehlgeschlagenen. Die Läufe sind die, die die Beobachtungen in der Verlaufsdatenbank aufgezeichnet haben, oder die neuesten 100 von der Forge geholten.</translation>
    </message>
    <message>
        <source>Fetch the newest 100 CI runs and their jobs from the forge, for the pipeline health</source>
        <translation>Die neuesten 100 CI-Läufe und ihre Jobs von der Forge holen, für den Pipeline-Zustand</translation>
    </message>
    <message>
        <source>Pipeline health per workflow</source>
        <translation>Pipeline-Zustand je Workflow</translation>
    </message>
    <message>
        <source>no finished run</source>
        <translation>kein beendeter Lauf</translation>
    </message>
    <message numerus="yes">
        <source>%n workflows · %1 of the runs passed · flaky jobs: %2</source>
        <translation>
            <numerusform>%n Workflow · %1 der Läufe bestanden · unzuverlässige Jobs: %2</numerusform>
            <numerusform>%n Workflows · %1 der Läufe bestanden · unzuverlässige Jobs: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From %1; %n runs in the window.</source>
        <translation>
            <numerusform>Aus %1; %n Lauf im Zeitraum.</numerusform>
            <numerusform>Aus %1; %n Läufe im Zeitraum.</numerusform>
        </translation>
    </message>
    <message>
        <source>median duration</source>
        <translation>Median-Dauer</translation>
    </message>
    <message>
        <source>p90 duration</source>
        <translation>p90-Dauer</translation>
    </message>
    <message>
        <source>runs passed (%)</source>
        <translation>bestandene Läufe (%)</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Duration (hours)</source>
        <translation>Dauer (Stunden)</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Dauer (Minuten)</translation>
    </message>
    <message>
        <source>Runs passed (%)</source>
        <translation>Bestandene Läufe (%)</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Wird geholt…</translation>
    </message>
    <message>
        <source>Fetching the runs failed: %1</source>
        <translation>Das Holen der Läufe ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The failed-deploy rule is off: %1</source>
        <translation>Die Regel für fehlgeschlagene Deploys ist aus: %1</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deployment frequency&lt;/b&gt;&lt;br&gt;A deployment is a final release tag of the tag pattern, at its tag time (the tagger date of an annotated tag, else the commit&apos;s date), or a release undone by ReleaseDesk after it reached the remote; per week in the window.</source>
        <translation>&lt;b&gt;Deployment-Häufigkeit&lt;/b&gt;&lt;br&gt;Ein Deployment ist ein finaler Release-Tag des Tag-Musters, zu seiner Tag-Zeit (das Tagger-Datum eines annotierten Tags, sonst das Datum des Commits), oder ein Release, das ReleaseDesk rückgängig gemacht hat, nachdem es das Remote erreicht hatte; pro Woche im Zeitraum.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Change failure rate&lt;/b&gt;&lt;br&gt;The share of deployments followed by a patch of fixes only within 7 days, with a commit reverted later, whose deploy run failed (forge: deploy-workflows), or undone by ReleaseDesk; each counts once.</source>
        <translation>&lt;b&gt;Änderungsfehlerrate&lt;/b&gt;&lt;br&gt;Der Anteil der Deployments, auf die innerhalb von 7 Tagen ein Patch nur aus Fehlerbehebungen folgt, bei denen später ein Commit zurückgenommen wird, deren Deploy-Lauf fehlschlug (forge: deploy-workflows) oder die ReleaseDesk rückgängig gemacht hat; jedes zählt einmal.</translation>
    </message>
</context>
<context>
    <name>rd::gui::NotesPage</name>
    <message>
        <source>Add the notes to the &amp;changelog</source>
        <translation>Die Hinweise in den &amp;Changelog übernehmen</translation>
    </message>
    <message>
        <source>Add the notes to the &amp;changelog (%1)</source>
        <translation>Die Hinweise in den &amp;Changelog übernehmen (%1)</translation>
    </message>
    <message>
        <source>Release Notes</source>
        <translation>Versionshinweise</translation>
    </message>
    <message>
        <source>The version changed to %1. Replace your edited notes with fresh notes for it?</source>
        <translation>Die Version hat sich auf %1 geändert. Sollen Ihre bearbeiteten Hinweise durch neue Hinweise für diese Version ersetzt werden?</translation>
    </message>
    <message>
        <source>No notes were written for %1: %2
Write them here, or fix the template and start the release again.</source>
        <translation>Für %1 wurden keine Versionshinweise geschrieben: %2
Schreiben Sie sie hier, oder korrigieren Sie die Vorlage und starten Sie das Release erneut.</translation>
    </message>
</context>
<context>
    <name>rd::gui::OverviewPage</name>
    <message>
        <source>tag %1 · %2</source>
        <translation>Tag %1 · %2</translation>
    </message>
    <message>
        <source>No repository</source>
        <translation>Kein Repository</translation>
    </message>
    <message>
        <source>detached HEAD at %1</source>
        <translation>HEAD losgelöst bei %1</translation>
    </message>
    <message>
        <source>branch %1 · %2</source>
        <translation>Branch %1 · %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No release tag “%1” yet</source>
        <translation>Noch kein Release-Tag „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n commits since the last release</source>
        <translation>
            <numerusform>%n Commit seit dem letzten Release</numerusform>
            <numerusform>%n Commits seit dem letzten Release</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tags look like releases but were skipped, e.g. %1: %2</source>
        <translation>
            <numerusform>%n Tag sieht wie ein Release aus, wurde aber übersprungen – %1: %2</numerusform>
            <numerusform>%n Tags sehen wie Releases aus, wurden aber übersprungen, z. B. %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>first release</source>
        <translation>erstes Release</translation>
    </message>
    <message>
        <source>The first release: there is no release tag yet, so it starts at %1.</source>
        <translation>Das erste Release: Es gibt noch keinen Release-Tag, daher beginnt es bei %1.</translation>
    </message>
    <message>
        <source>nothing to release</source>
        <translation>nichts zu veröffentlichen</translation>
    </message>
    <message>
        <source>No commits since the last release.</source>
        <translation>Keine Commits seit dem letzten Release.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n commits bumps the version; the Commits view tells why.</source>
        <translation>
            <numerusform>Der %n Commit erhöht die Version nicht; die Ansicht „Commits“ sagt, warum.</numerusform>
            <numerusform>Keiner der %n Commits erhöht die Version; die Ansicht „Commits“ sagt, warum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n commits bump the version.</source>
        <translation>
            <numerusform>Der %n Commit erhöht die Version.</numerusform>
            <numerusform>Alle %n Commits erhöhen die Version.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n commits bump the version; the Commits view tells why the others do not.</source>
        <translation>
            <numerusform>%1 von %n Commit erhöht die Version; die Ansicht „Commits“ sagt, warum die anderen es nicht tun.</numerusform>
            <numerusform>%1 von %n Commits erhöhen die Version; die Ansicht „Commits“ sagt, warum die anderen es nicht tun.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Die Historie wird gelesen…</translation>
    </message>
    <message>
        <source>Release tags: %1.</source>
        <translation>Release-Tags: %1.</translation>
    </message>
    <message>
        <source>CI of HEAD: asking the forge…</source>
        <translation>CI von HEAD: die Forge wird gefragt…</translation>
    </message>
    <message>
        <source>CI of HEAD: %1</source>
        <translation>CI von HEAD: %1</translation>
    </message>
</context>
<context>
    <name>rd::gui::PackagePicker</name>
    <message>
        <source>Whole repository</source>
        <translation>Gesamtes Repository</translation>
    </message>
</context>
<context>
    <name>rd::gui::PipelineWatch</name>
    <message>
        <source>Looking for the forge of this repository…</source>
        <translation>Die Forge dieses Repositorys wird gesucht…</translation>
    </message>
    <message>
        <source>The pipelines of %1 are not followed: %2</source>
        <translation>Die Pipelines von %1 werden nicht verfolgt: %2</translation>
    </message>
    <message>
        <source>Following the pipelines of %1 on %2…</source>
        <translation>Die Pipelines von %1 auf %2 werden verfolgt…</translation>
    </message>
    <message>
        <source>%1 (the watch goes on)</source>
        <translation>%1 (die Beobachtung läuft weiter)</translation>
    </message>
</context>
<context>
    <name>rd::gui::PipelinesPage</name>
    <message>
        <source>queued</source>
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>Run &amp;Workflow…</source>
        <translation>&amp;Workflow ausführen…</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Runs of</source>
        <translation>Läufe von</translation>
    </message>
    <message>
        <source>Branch, tag or commit</source>
        <translation>Branch, Tag oder Commit</translation>
    </message>
    <message>
        <source>main, v1.4.0, HEAD…</source>
        <translation>main, v1.4.0, HEAD…</translation>
    </message>
    <message>
        <source>Fetch the runs again (Alt+R; F5 reloads the repository and them)</source>
        <translation>Die Läufe erneut abrufen (Alt+U; F5 lädt das Repository und sie neu)</translation>
    </message>
    <message>
        <source>CI runs, newest first</source>
        <translation>CI-Läufe, neueste zuerst</translation>
    </message>
    <message>
        <source>Jobs of the selected run</source>
        <translation>Jobs des ausgewählten Laufs</translation>
    </message>
    <message>
        <source>Double-click a run to open it in the browser.</source>
        <translation>Doppelklicken Sie auf einen Lauf, um ihn im Browser zu öffnen.</translation>
    </message>
    <message>
        <source>Double-click a job to open it in the browser.</source>
        <translation>Doppelklicken Sie auf einen Job, um ihn im Browser zu öffnen.</translation>
    </message>
    <message>
        <source>Run a workflow by hand with its inputs (workflow_dispatch), or a GitLab pipeline with variables</source>
        <translation>Einen Workflow von Hand mit seinen Eingaben ausführen (workflow_dispatch) oder eine GitLab-Pipeline mit Variablen</translation>
    </message>
    <message>
        <source>No repository open.</source>
        <translation>Kein Repository geöffnet.</translation>
    </message>
    <message>
        <source>Name a branch, tag or commit whose runs to show.</source>
        <translation>Geben Sie einen Branch, Tag oder Commit an, dessen Läufe angezeigt werden sollen.</translation>
    </message>
    <message>
        <source>Fetching the runs of %1…</source>
        <translation>Die Läufe von %1 werden abgerufen…</translation>
    </message>
    <message>
        <source>%1, without a token (public projects only)</source>
        <translation>%1, ohne Token (nur öffentliche Projekte)</translation>
    </message>
    <message>
        <source>%1, token from %2</source>
        <translation>%1, Token aus %2</translation>
    </message>
    <message>
        <source>CI is not checked: %1
Add a forge: section to .releasedesk.yml (type, api, project) to show its pipelines.</source>
        <translation>CI wird nicht geprüft: %1
Fügen Sie .releasedesk.yml einen Abschnitt forge: hinzu (type, api, project), um die Pipelines anzuzeigen.</translation>
    </message>
    <message>
        <source>The runs could not be fetched: %1</source>
        <translation>Die Läufe konnten nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>No CI runs for branch %1.</source>
        <translation>Keine CI-Läufe für Branch %1.</translation>
    </message>
    <message>
        <source>No CI runs for tag %1.</source>
        <translation>Keine CI-Läufe für Tag %1.</translation>
    </message>
    <message>
        <source>No CI runs for commit %1.</source>
        <translation>Keine CI-Läufe für Commit %1.</translation>
    </message>
    <message>
        <source>Nothing can be run: %1</source>
        <translation>Nichts kann ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>Started %1.</source>
        <translation>%1 gestartet.</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Store a token for the forge in the system keychain (Release › Tokens…): private projects, higher rate limits, running workflows</source>
        <translation>Ein Token für die Forge im Schlüsselbund des Systems speichern (Release › Tokens…): private Projekte, höhere Ratenlimits, Workflows ausführen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Starts %1 after the first job and takes %2</source>
        <translation>Beginnt %1 nach dem ersten Job und dauert %2</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Noch nicht gestartet</translation>
    </message>
    <message>
        <source>Re-run &amp;Failed</source>
        <translation>Fehlgeschlagene &amp;neu starten</translation>
    </message>
    <message>
        <source>&amp;Cancel Run…</source>
        <translation>Lauf a&amp;bbrechen…</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>Im Browser &amp;öffnen</translation>
    </message>
    <message>
        <source>Run the failed jobs of the selected run again</source>
        <translation>Die fehlgeschlagenen Jobs des gewählten Laufs erneut ausführen</translation>
    </message>
    <message>
        <source>Stop the selected run while it is queued or running</source>
        <translation>Den gewählten Lauf anhalten, solange er wartet oder läuft</translation>
    </message>
    <message>
        <source>Open the selected run on the forge</source>
        <translation>Den gewählten Lauf auf der Forge öffnen</translation>
    </message>
    <message>
        <source>Cancel Run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <source>Cancel run “%1” #%2 on %3? Its jobs still going stop; Re-run Failed starts them again.</source>
        <translation>Lauf „%1“ #%2 auf %3 abbrechen? Seine noch laufenden Jobs halten an; „Fehlgeschlagene neu starten“ startet sie wieder.</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Re-running the failed jobs of “%1” #%2…</source>
        <translation>Die fehlgeschlagenen Jobs von „%1“ #%2 werden neu gestartet…</translation>
    </message>
    <message>
        <source>Cancelling “%1” #%2…</source>
        <translation>„%1“ #%2 wird abgebrochen…</translation>
    </message>
    <message>
        <source>The failed jobs of “%1” #%2 run again.</source>
        <translation>Die fehlgeschlagenen Jobs von „%1“ #%2 laufen erneut.</translation>
    </message>
    <message>
        <source>“%1” #%2 was cancelled.</source>
        <translation>„%1“ #%2 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Show the runs of one workflow only</source>
        <translation>Nur die Läufe eines Workflows zeigen</translation>
    </message>
    <message>
        <source>All workflows</source>
        <translation>Alle Workflows</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Meine</translation>
    </message>
    <message>
        <source>Only the runs you started (needs a token: the forge says whose it is)</source>
        <translation>Nur die Läufe, die Sie gestartet haben (braucht ein Token: die Forge sagt, wem es gehört)</translation>
    </message>
    <message>
        <source>Only the runs you started: not available, %1</source>
        <translation>Nur die von Ihnen gestarteten Läufe: nicht verfügbar, %1</translation>
    </message>
    <message>
        <source>Only the runs started by %1, whom the token belongs to</source>
        <translation>Nur die Läufe von %1, dem das Token gehört</translation>
    </message>
</context>
<context>
    <name>rd::gui::PreflightPage</name>
    <message>
        <source>Running the checks…</source>
        <translation>Prüfungen werden ausgeführt…</translation>
    </message>
    <message>
        <source>Applying: %1…</source>
        <translation>Wird angewendet: %1…</translation>
    </message>
    <message>
        <source>Reading the repository…</source>
        <translation>Repository wird gelesen…</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Behebung: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n checks failed: the release cannot start yet.</source>
        <translation>
            <numerusform>%n Prüfung ist fehlgeschlagen: Das Release kann noch nicht beginnen.</numerusform>
            <numerusform>%n Prüfungen sind fehlgeschlagen: Das Release kann noch nicht beginnen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready, with %n warnings to read.</source>
        <translation>
            <numerusform>Bereit, aber bitte beachten Sie %n Warnung.</numerusform>
            <numerusform>Bereit, aber bitte beachten Sie %n Warnungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Alle Prüfungen bestanden.</translation>
    </message>
</context>
<context>
    <name>rd::gui::ReconcileDialog</name>
    <message>
        <source>Write Versions</source>
        <translation>Versionen schreiben</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Wird geplant…</translation>
    </message>
    <message>
        <source>Cannot write: %1</source>
        <translation>Schreiben nicht möglich: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>Every writable source already says %1.</source>
        <translation>Alle beschreibbaren Quellen enthalten bereits %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n files change.</source>
        <translation>
            <numerusform>%n Datei ändert sich.</numerusform>
            <numerusform>%n Dateien ändern sich.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::gui::ReleaseListModel</name>
    <message>
        <source>Pre-release, tag %1</source>
        <translation>Vorabversion, Tag %1</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>Every commit up to %1 (the first release)</source>
        <translation>Alle Commits bis %1 (das erste Release)</translation>
    </message>
    <message>
        <source>Commits in %1 and not in %2</source>
        <translation>Commits in %1, die nicht in %2 sind</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Commits</source>
        <translation>Commits</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Types of commits</source>
        <translation>Commit-Typen</translation>
    </message>
</context>
<context>
    <name>rd::gui::ReleaseSession</name>
    <message>
        <source>There is no unfinished release here any more.</source>
        <translation>Hier gibt es kein unvollständiges Release mehr.</translation>
    </message>
    <message>
        <source>%1 is released, but publishing did not start: %2
Fix it, then publish from the tag with `releasedesk-cli publish`.</source>
        <translation>%1 ist veröffentlicht, aber das Publizieren hat nicht begonnen: %2
Beheben Sie das und publizieren Sie dann vom Tag aus mit `releasedesk-cli publish`.</translation>
    </message>
    <message>
        <source>There is no reviewed plan to run.</source>
        <translation>Es gibt keinen geprüften Plan zum Ausführen.</translation>
    </message>
    <message>
        <source>No repository is open.</source>
        <translation>Es ist kein Repository geöffnet.</translation>
    </message>
    <message numerus="yes">
        <source>Publishing the %n artifacts built before the tag, as reviewed</source>
        <translation>
            <numerusform>%n vor dem Tag gebautes Artefakt wird wie geprüft publiziert</numerusform>
            <numerusform>%n vor dem Tag gebaute Artefakte werden wie geprüft publiziert</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no reviewed plan to build.</source>
        <translation>Es gibt keinen geprüften Plan zum Bauen.</translation>
    </message>
    <message>
        <source>The build was cancelled before it started.</source>
        <translation>Der Build wurde abgebrochen, bevor er begann.</translation>
    </message>
</context>
<context>
    <name>rd::gui::ReleaseWizard</name>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Stop the Release?</source>
        <translation>Release anhalten?</translation>
    </message>
    <message>
        <source>Stop after the step under way? You can resume or undo the release later; ReleaseDesk offers it when you open this repository.</source>
        <translation>Nach dem laufenden Schritt anhalten? Sie können das Release später fortsetzen oder rückgängig machen; ReleaseDesk bietet dies an, wenn Sie dieses Repository öffnen.</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
</context>
<context>
    <name>rd::gui::ReleasesPage</name>
    <message numerus="yes">
        <source>*Nothing for the release notes: none of its %n commits is of a type the notes list.*
</source>
        <translation>
            <numerusform>*Nichts für die Versionshinweise: %n Commit, aber keiner mit einem Typ, den die Hinweise aufführen.*
</numerusform>
            <numerusform>*Nichts für die Versionshinweise: %n Commits, aber keiner mit einem Typ, den die Hinweise aufführen.*
</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a repository to see its releases.</source>
        <translation>Öffnen Sie ein Repository, um seine Releases zu sehen.</translation>
    </message>
    <message>
        <source>Reading the releases…</source>
        <translation>Releases werden gelesen…</translation>
    </message>
    <message>
        <source>Could not read the releases.</source>
        <translation>Die Releases konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No release yet: no tag matches “%1”.</source>
        <translation>Noch kein Release: Kein Tag passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n releases</source>
        <translation>
            <numerusform>%n Release</numerusform>
            <numerusform>%n Releases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n pre-releases</source>
        <translation>
            <numerusform>, %n Vorabversion</numerusform>
            <numerusform>, %n Vorabversionen</numerusform>
        </translation>
    </message>
    <message>
        <source> · tags “%1”</source>
        <translation> · Tags „%1“</translation>
    </message>
    <message numerus="yes">
        <source> · %n tags skipped</source>
        <translation>
            <numerusform> · %n Tag übersprungen</numerusform>
            <numerusform> · %n Tags übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag `%1`</source>
        <translation>Tag `%1`</translation>
    </message>
    <message numerus="yes">
        <source> · %n commits since `%1`</source>
        <translation>
            <numerusform> · %n Commit seit `%1`</numerusform>
            <numerusform> · %n Commits seit `%1`</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · the first release, %n commits</source>
        <translation>
            <numerusform> · das erste Release, %n Commit</numerusform>
            <numerusform> · das erste Release, %n Commits</numerusform>
        </translation>
    </message>
    <message>
        <source> · pre-release</source>
        <translation> · Vorabversion</translation>
    </message>
</context>
<context>
    <name>rd::gui::ReviewPage</name>
    <message>
        <source>P&amp;ush the branch and the tag</source>
        <translation>Branch und Tag p&amp;ushen</translation>
    </message>
    <message>
        <source>P&amp;ush the branch and the tag to %1</source>
        <translation>Branch und Tag nach %1 p&amp;ushen</translation>
    </message>
    <message>
        <source>Checking and planning the release of %1…</source>
        <translation>Release von %1 wird geprüft und geplant…</translation>
    </message>
    <message>
        <source>The release cannot run: %1</source>
        <translation>Das Release kann nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>, no push</source>
        <translation>, kein Push</translation>
    </message>
    <message>
        <source>, pushed to %1</source>
        <translation>, Push nach %1</translation>
    </message>
    <message numerus="yes">
        <source>%n files changed</source>
        <translation>
            <numerusform>%n Datei geändert</numerusform>
            <numerusform>%n Dateien geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps, %1, tag %2%3. Press Release to run them.</source>
        <translation>
            <numerusform>%n Schritt, %1, Tag %2%3. Klicken Sie auf „Veröffentlichen“, um ihn auszuführen.</numerusform>
            <numerusform>%n Schritte, %1, Tag %2%3. Klicken Sie auf „Veröffentlichen“, um sie auszuführen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The build and the publishing the Plan tab lists follow them.</source>
        <translation>Danach folgen der Build und das Publizieren, die der Reiter „Plan“ auflistet.</translation>
    </message>
    <message numerus="yes">
        <source>Built %n artifacts: the release publishes exactly these files.</source>
        <translation>
            <numerusform>%n Artefakt gebaut: Das Release publiziert genau diese Datei.</numerusform>
            <numerusform>%n Artefakte gebaut: Das Release publiziert genau diese Dateien.</numerusform>
        </translation>
    </message>
    <message>
        <source>The artifacts are built (the Artifacts tab lists them with their digests). Press Release to make the release and publish them.</source>
        <translation>Die Artefakte sind gebaut (der Reiter Artefakte listet sie mit ihren Prüfsummen). Drücken Sie Release, um das Release zu erstellen und sie zu publizieren.</translation>
    </message>
    <message>
        <source>The build was cancelled; the release builds after the tag, as the Plan tab says.</source>
        <translation>Der Build wurde abgebrochen; das Release baut nach dem Tag, wie der Reiter Plan sagt.</translation>
    </message>
    <message>
        <source>The artifacts could not be built: %1. Nothing was made; fix it and build again, or release and build after the tag.</source>
        <translation>Die Artefakte konnten nicht gebaut werden: %1. Nichts wurde erstellt; beheben Sie es und bauen Sie erneut, oder erstellen Sie das Release und bauen Sie nach dem Tag.</translation>
    </message>
    <message numerus="yes">
        <source>Then the %n artifacts built before the tag are published as they are.</source>
        <translation>
            <numerusform>Danach wird das %n vor dem Tag gebaute Artefakt unverändert publiziert.</numerusform>
            <numerusform>Danach werden die %n vor dem Tag gebauten Artefakte unverändert publiziert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Then publishes the artifacts built before the tag (not built again):</source>
        <translation>Publiziert danach die vor dem Tag gebauten Artefakte (nicht erneut gebaut):</translation>
    </message>
    <message>
        <source>Building the artifacts of %1 in a scratch folder…</source>
        <translation>Die Artefakte von %1 werden in einem Arbeitsordner gebaut…</translation>
    </message>
    <message>
        <source>&amp;Cancel Build</source>
        <translation>Build &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Build Artifacts Now</source>
        <translation>Artefakte jetzt &amp;bauen</translation>
    </message>
    <message>
        <source>SHA-256 of %1 as built: what is published</source>
        <translation>SHA-256 von %1 wie gebaut: das, was publiziert wird</translation>
    </message>
    <message>
        <source>The build was cancelled. publish: build_first asks for the artifacts before the release: build them to go on.</source>
        <translation>Der Build wurde abgebrochen. publish: build_first verlangt die Artefakte vor dem Release: Bauen Sie sie, um fortzufahren.</translation>
    </message>
    <message>
        <source>The artifacts could not be built: %1. Nothing was made. publish: build_first asks for them before the release: fix it and build again.</source>
        <translation>Die Artefakte konnten nicht gebaut werden: %1. Nichts wurde erstellt. publish: build_first verlangt sie vor dem Release: Beheben Sie es und bauen Sie erneut.</translation>
    </message>
</context>
<context>
    <name>rd::gui::RunWorkflowDialog</name>
    <message>
        <source>Run Workflow</source>
        <translation>Workflow ausführen</translation>
    </message>
    <message>
        <source>Run Pipeline</source>
        <translation>Pipeline ausführen</translation>
    </message>
    <message>
        <source>Branch or tag to run on</source>
        <translation>Branch oder Tag, auf dem ausgeführt wird</translation>
    </message>
    <message>
        <source>&amp;Run Workflow</source>
        <translation>Workflow &amp;ausführen</translation>
    </message>
    <message>
        <source>&amp;Run Pipeline</source>
        <translation>Pipeline &amp;ausführen</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>&amp;Workflow:</source>
        <translation>&amp;Workflow:</translation>
    </message>
    <message>
        <source>No workflow in %1 can be run by hand: add an on.workflow_dispatch trigger to one.</source>
        <translation>Kein Workflow in %1 kann von Hand ausgeführt werden: Fügen Sie einem einen on.workflow_dispatch-Auslöser hinzu.</translation>
    </message>
    <message>
        <source>On &amp;branch or tag:</source>
        <translation>Auf &amp;Branch oder Tag:</translation>
    </message>
    <message>
        <source>Pipeline variables</source>
        <translation>Pipeline-Variablen</translation>
    </message>
    <message>
        <source>One KEY=VALUE a line</source>
        <translation>Ein KEY=VALUE pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Variables:</source>
        <translation>&amp;Variablen:</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (erforderlich):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Line %1 of the variables, &quot;%2&quot;, is not KEY=VALUE.</source>
        <translation>Zeile %1 der Variablen, „%2“, ist nicht KEY=VALUE.</translation>
    </message>
    <message>
        <source>Choose a workflow to run.</source>
        <translation>Wählen Sie einen Workflow zum Ausführen.</translation>
    </message>
    <message>
        <source>Name the branch or tag to run on.</source>
        <translation>Geben Sie den Branch oder Tag an, auf dem ausgeführt werden soll.</translation>
    </message>
    <message>
        <source>Nothing was started: %1</source>
        <translation>Nichts wurde gestartet: %1</translation>
    </message>
    <message>
        <source>a pipeline on %1</source>
        <translation>eine Pipeline auf %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>rd::gui::SourceStatus</name>
    <message>
        <source>agrees</source>
        <translation>stimmt überein</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>älter</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>neuer</translation>
    </message>
    <message>
        <source>unparseable</source>
        <translation>nicht auswertbar</translation>
    </message>
    <message>
        <source>dynamic</source>
        <translation>dynamisch</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Says the reference version.</source>
        <translation>Enthält die Referenzversion.</translation>
    </message>
    <message>
        <source>Older than the reference version.</source>
        <translation>Älter als die Referenzversion.</translation>
    </message>
    <message>
        <source>Newer than the reference version.</source>
        <translation>Neuer als die Referenzversion.</translation>
    </message>
    <message>
        <source>Not a version in the file&apos;s scheme.</source>
        <translation>Keine gültige Version im Schema der Datei.</translation>
    </message>
    <message>
        <source>Computed elsewhere when the project builds.</source>
        <translation>Wird beim Bauen des Projekts an anderer Stelle berechnet.</translation>
    </message>
    <message>
        <source>A configured source whose file or key is absent.</source>
        <translation>Eine konfigurierte Quelle, deren Datei oder Schlüssel fehlt.</translation>
    </message>
</context>
<context>
    <name>rd::gui::SourcesModel</name>
    <message>
        <source>git tag</source>
        <translation>Git-Tag</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Normalised: %1</source>
        <translation>Normalisiert: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>rd::gui::SourcesPage</name>
    <message>
        <source>Open a repository to see where it declares its version.</source>
        <translation>Öffnen Sie ein Repository, um zu sehen, wo es seine Version angibt.</translation>
    </message>
    <message>
        <source>Looking for version sources…</source>
        <translation>Versionsquellen werden gesucht…</translation>
    </message>
    <message numerus="yes">
        <source>%n version sources found.</source>
        <translation>
            <numerusform>%n Versionsquelle gefunden.</numerusform>
            <numerusform>%n Versionsquellen gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>git tag</source>
        <translation>Git-Tag</translation>
    </message>
    <message>
        <source>As written: &lt;code&gt;%1&lt;/code&gt;, normalised: &lt;code&gt;%2&lt;/code&gt; (%3).</source>
        <translation>Wie geschrieben: &lt;code&gt;%1&lt;/code&gt;, normalisiert: &lt;code&gt;%2&lt;/code&gt; (%3).</translation>
    </message>
    <message>
        <source>Reconcile cannot write this source.</source>
        <translation>Der Abgleich kann diese Quelle nicht schreiben.</translation>
    </message>
    <message>
        <source>Wrote %1 to the version sources.</source>
        <translation>%1 in die Versionsquellen geschrieben.</translation>
    </message>
    <message>
        <source>Registries not read: %1</source>
        <translation>Registries nicht gelesen: %1</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>nicht veröffentlicht</translation>
    </message>
    <message>
        <source>npm</source>
        <translation>npm</translation>
    </message>
    <message>
        <source>PyPI</source>
        <translation>PyPI</translation>
    </message>
    <message>
        <source>OCI image</source>
        <translation>OCI-Image</translation>
    </message>
    <message>
        <source>crates</source>
        <translation>Crates</translation>
    </message>
    <message>
        <source>GitHub release</source>
        <translation>GitHub-Release</translation>
    </message>
    <message>
        <source>GitLab release</source>
        <translation>GitLab-Release</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>nicht gefragt</translation>
    </message>
    <message numerus="yes">
        <source>%n registries detected from the sources are not asked: ReleaseDesk reads registries only when .releasedesk.yml has a registries: section (releasedesk-cli status --published asks the detected ones once).</source>
        <translation>
            <numerusform>%n aus den Quellen erkannte Registry wird nicht gefragt: ReleaseDesk liest Registries nur, wenn .releasedesk.yml einen Abschnitt registries: hat (releasedesk-cli status --published fragt die erkannten einmal).</numerusform>
            <numerusform>%n aus den Quellen erkannte Registries werden nicht gefragt: ReleaseDesk liest Registries nur, wenn .releasedesk.yml einen Abschnitt registries: hat (releasedesk-cli status --published fragt die erkannten einmal).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::gui::TokensDialog</name>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>ReleaseDesk sends these servers a token: the forge for pipelines and releases, the registries for publishing. A token set here is kept in the system keychain, where ReleaseDesk and releasedesk-cli look first; the other places are the environment and the registry&apos;s own files.</source>
        <translation>ReleaseDesk sendet diesen Servern ein Token: der Forge für Pipelines und Releases, den Registries für das Veröffentlichen. Ein hier gesetztes Token wird im Schlüsselbund des Systems gespeichert, wo ReleaseDesk und releasedesk-cli zuerst suchen; danach kommen die Umgebung und die eigenen Dateien der Registry.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Keychain entry</source>
        <translation>Schlüsselbund-Eintrag</translation>
    </message>
    <message>
        <source>Token from</source>
        <translation>Token aus</translation>
    </message>
    <message>
        <source>&amp;Set Token…</source>
        <translation>Token &amp;setzen…</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>&amp;Add Address…</source>
        <translation>Adresse &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Add Address</source>
        <translation>Adresse hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Looking up where each token comes from…</source>
        <translation>Es wird nachgesehen, woher jedes Token kommt…</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, aus %2</translation>
    </message>
    <message>
        <source>not looked up</source>
        <translation>nicht nachgesehen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>%1 (user %2)</source>
        <translation>%1 (Benutzer %2)</translation>
    </message>
    <message>
        <source>No server of this repository needs a token. Add Address… stores one for any other server.</source>
        <translation>Kein Server dieses Repositorys braucht ein Token. „Adresse hinzufügen…“ speichert eines für jeden anderen Server.</translation>
    </message>
    <message>
        <source>Double-click a server, or select it and press Set Token…, to store its token in the system keychain.</source>
        <translation>Doppelklicken Sie auf einen Server oder wählen Sie ihn und drücken Sie „Token setzen…“, um sein Token im Schlüsselbund des Systems zu speichern.</translation>
    </message>
    <message>
        <source>Set Token</source>
        <translation>Token setzen</translation>
    </message>
    <message>
        <source>The token for %1 (%2), stored in the system keychain under %3. It is not shown again.</source>
        <translation>Das Token für %1 (%2), im Schlüsselbund des Systems unter %3 gespeichert. Es wird nicht wieder angezeigt.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;User name (optional):</source>
        <translation>&amp;Benutzername (optional):</translation>
    </message>
    <message>
        <source>&amp;Password or token:</source>
        <translation>&amp;Passwort oder Token:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Type or paste the token; nothing was stored.</source>
        <translation>Geben Sie das Token ein oder fügen Sie es ein; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>%1 needs the user name the token belongs to.</source>
        <translation>%1 braucht den Benutzernamen, zu dem das Token gehört.</translation>
    </message>
    <message>
        <source>Storing the token for %1…</source>
        <translation>Das Token für %1 wird gespeichert…</translation>
    </message>
    <message>
        <source>The token for %1 was not stored: %2</source>
        <translation>Das Token für %1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Forget Token</source>
        <translation>Token vergessen</translation>
    </message>
    <message>
        <source>Remove the token for %1 from the system keychain? Publishing and the forge then use the next place that has one, or none.</source>
        <translation>Das Token für %1 aus dem Schlüsselbund des Systems entfernen? Veröffentlichen und die Forge nutzen dann die nächste Stelle, die eines hat, oder keines.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Removing the token for %1…</source>
        <translation>Das Token für %1 wird entfernt…</translation>
    </message>
    <message>
        <source>The token for %1 was not removed: %2</source>
        <translation>Das Token für %1 wurde nicht entfernt: %2</translation>
    </message>
</context>
<context>
    <name>rd::gui::VersionDiffView</name>
    <message>
        <source>Unified diff</source>
        <translation>Einheitliches Diff</translation>
    </message>
    <message>
        <source>File before</source>
        <translation>Datei vorher</translation>
    </message>
    <message>
        <source>File after</source>
        <translation>Datei nachher</translation>
    </message>
</context>
<context>
    <name>rd::gui::VersionPage</name>
    <message numerus="yes">
        <source>The last release is &lt;b&gt;%1&lt;/b&gt; (tag %2); %n commits since.</source>
        <translation>
            <numerusform>Das letzte Release ist &lt;b&gt;%1&lt;/b&gt; (Tag %2); seitdem %n Commit.</numerusform>
            <numerusform>Das letzte Release ist &lt;b&gt;%1&lt;/b&gt; (Tag %2); seitdem %n Commits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There is no release yet: this is the first one (%n commits).</source>
        <translation>
            <numerusform>Es gibt noch kein Release: Dies ist das erste (%n Commit).</numerusform>
            <numerusform>Es gibt noch kein Release: Dies ist das erste (%n Commits).</numerusform>
        </translation>
    </message>
    <message>
        <source>0.x policy: a breaking change bumps the major number (zero-major.breaking-bumps-major is on).</source>
        <translation>0.x-Regel: Eine inkompatible Änderung erhöht die Major-Nummer (zero-major.breaking-bumps-major ist aktiviert).</translation>
    </message>
    <message>
        <source>0.x policy: a breaking change bumps the minor number while the version is below 1.0.0 (set zero-major.breaking-bumps-major in .releasedesk.yml to change it).</source>
        <translation>0.x-Regel: Eine inkompatible Änderung erhöht die Minor-Nummer, solange die Version unter 1.0.0 liegt (setzen Sie zero-major.breaking-bumps-major in .releasedesk.yml, um das zu ändern).</translation>
    </message>
    <message>
        <source>Type a version.</source>
        <translation>Geben Sie eine Version ein.</translation>
    </message>
    <message>
        <source>Type the version to release.</source>
        <translation>Geben Sie die zu veröffentlichende Version ein.</translation>
    </message>
    <message>
        <source>&amp;Computed from the commits: %1</source>
        <translation>Aus den &amp;Commits berechnet: %1</translation>
    </message>
    <message>
        <source>&amp;Computed from the commits: nothing to release</source>
        <translation>Aus den &amp;Commits berechnet: nichts zu veröffentlichen</translation>
    </message>
    <message>
        <source>%1  (tag %2)</source>
        <translation>%1  (Tag %2)</translation>
    </message>
    <message>
        <source>No version</source>
        <translation>Keine Version</translation>
    </message>
</context>
<context>
    <name>rd::gui::WatchSettingsDialog</name>
    <message>
        <source>Notify about this repository&apos;s runs</source>
        <translation>Über die Läufe dieses Repositorys benachrichtigen</translation>
    </message>
    <message>
        <source>Failures only (failed, still failing, cancelled, fixed)</source>
        <translation>Nur Fehler (fehlgeschlagen, weiterhin fehlerhaft, abgebrochen, behoben)</translation>
    </message>
    <message>
        <source>Release tags only</source>
        <translation>Nur Release-Tags</translation>
    </message>
    <message>
        <source>My runs only, started by:</source>
        <translation>Nur meine Läufe, gestartet von:</translation>
    </message>
    <message>
        <source>Keep watching in the tray when the window is closed</source>
        <translation>Im Infobereich weiter beobachten, wenn das Fenster geschlossen ist</translation>
    </message>
    <message>
        <source>Start at login (in the tray, without the window)</source>
        <translation>Bei der Anmeldung starten (im Infobereich, ohne Fenster)</translation>
    </message>
    <message>
        <source>Watch and Notify</source>
        <translation>Beobachten und Benachrichtigen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Nothing seen yet: a watch&apos;s runs and their changes come here.</source>
        <translation>Noch nichts gesehen: Die Läufe einer Beobachtung und ihre Änderungen erscheinen hier.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Repositories watched</source>
        <translation>Beobachtete Repositories</translation>
    </message>
    <message>
        <source>Notifications for the selected repository</source>
        <translation>Benachrichtigungen für das gewählte Repository</translation>
    </message>
    <message>
        <source>your forge login</source>
        <translation>Ihr Forge-Benutzername</translation>
    </message>
    <message>
        <source>Forge login</source>
        <translation>Forge-Benutzername</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>&quot;My runs only&quot; needs your forge login: type it beside the option.</source>
        <translation>„Nur meine Läufe“ braucht Ihren Forge-Benutzernamen: Geben Sie ihn neben der Option ein.</translation>
    </message>
    <message>
        <source>Reading the history database…</source>
        <translation>Die Verlaufsdatenbank wird gelesen…</translation>
    </message>
    <message>
        <source>&amp;Watch:</source>
        <translation>&amp;Beobachten:</translation>
    </message>
    <message>
        <source>The checked repositories</source>
        <translation>Die angehakten Repositories</translation>
    </message>
    <message>
        <source>The checked repositories and all opened in the last 30 days</source>
        <translation>Die angehakten Repositories und alle in den letzten 30 Tagen geöffneten</translation>
    </message>
    <message>
        <source>default branch %1</source>
        <translation>Standardzweig %1</translation>
    </message>
    <message>
        <source>latest release tag %1</source>
        <translation>neuester Release-Tag %1</translation>
    </message>
    <message>
        <source>last opened %1</source>
        <translation>zuletzt geöffnet %1</translation>
    </message>
    <message>
        <source>Never opened here: only releases made from ReleaseDesk are followed</source>
        <translation>Hier nie geöffnet: nur mit ReleaseDesk erstellte Releases werden verfolgt</translation>
    </message>
    <message>
        <source>No repository yet: opening one adds it.</source>
        <translation>Noch kein Repository: Öffnen fügt eines hinzu.</translation>
    </message>
    <message>
        <source>Of each watched repository, the pipelines of its default branch, its latest release tag and the latest release made from ReleaseDesk are followed in the background and notified. Opening a repository adds it here; a release or a watch from ReleaseDesk checks it.</source>
        <translation>Von jedem beobachteten Repository werden die Pipelines seines Standardzweigs, seines neuesten Release-Tags und des neuesten mit ReleaseDesk erstellten Releases im Hintergrund verfolgt und gemeldet. Ein geöffnetes Repository kommt hierher; ein Release oder eine Beobachtung mit ReleaseDesk hakt es an.</translation>
    </message>
</context>
<context>
    <name>rd::gui::WatchTray</name>
    <message>
        <source>Idle</source>
        <translation>Ruhend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>All green</source>
        <translation>Alles grün</translation>
    </message>
    <message>
        <source>Something failed</source>
        <translation>Etwas ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 on %2 — %3</source>
        <translation>%1 auf %2 — %3</translation>
    </message>
    <message>
        <source>ReleaseDesk: %1</source>
        <translation>ReleaseDesk: %1</translation>
    </message>
    <message>
        <source>No runs watched yet</source>
        <translation>Noch keine Läufe beobachtet</translation>
    </message>
    <message>
        <source>Watch and Notify Settings…</source>
        <translation>Einstellungen für Beobachten und Benachrichtigen…</translation>
    </message>
    <message>
        <source>Show ReleaseDesk</source>
        <translation>ReleaseDesk zeigen</translation>
    </message>
</context>
<context>
    <name>rd::gui::WelcomePage</name>
    <message>
        <source>Welcome to ReleaseDesk</source>
        <translation>Willkommen bei ReleaseDesk</translation>
    </message>
    <message>
        <source>Open a git repository to see its current version, the next version its Conventional Commits call for, and why — commit by commit.</source>
        <translation>Öffnen Sie ein Git-Repository, um seine aktuelle Version zu sehen, die nächste Version, die seine Conventional Commits erfordern, und warum – Commit für Commit.</translation>
    </message>
    <message>
        <source>Open Repository…</source>
        <translation>Repository öffnen…</translation>
    </message>
    <message>
        <source>Recent repositories</source>
        <translation>Zuletzt geöffnete Repositorys</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
</context>
<context>
    <name>rd::history</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Reading tags</source>
        <translation>Tags werden gelesen</translation>
    </message>
    <message>
        <source>Reading releases</source>
        <translation>Releases werden gelesen</translation>
    </message>
    <message>
        <source>The repository has no commits yet, so there is nothing to release. Make a first commit, then try again.</source>
        <translation>Das Repository hat noch keine Commits, daher gibt es nichts zu veröffentlichen. Legen Sie einen ersten Commit an und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>HEAD is detached at %1: versions are computed for that commit. Check out a branch to make a release.</source>
        <translation>HEAD ist auf %1 abgekoppelt: Versionen werden für diesen Commit berechnet. Checken Sie einen Branch aus, um ein Release zu erstellen.</translation>
    </message>
    <message>
        <source>This is a shallow clone and no release tag matching &quot;%1&quot; is within its history, so the current version cannot be known. Fetch the full history (git fetch --unshallow, or fetch-depth: 0 in CI) and try again.</source>
        <translation>Dies ist ein flacher Klon, und kein Release-Tag, der zu „%1“ passt, liegt in seiner Historie, daher ist die aktuelle Version unbekannt. Holen Sie die ganze Historie (git fetch --unshallow oder fetch-depth: 0 in der CI) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This is a shallow clone: commits before the shallow boundary are not read.</source>
        <translation>Dies ist ein flacher Klon: Commits vor der flachen Grenze werden nicht gelesen.</translation>
    </message>
    <message>
        <source>Reading commits</source>
        <translation>Commits werden gelesen</translation>
    </message>
    <message>
        <source>the tagged commit is not in this clone (a shallow or partial clone); fetch the full history to use it</source>
        <translation>der getaggte Commit ist nicht in diesem Klon (ein flacher oder partieller Klon); holen Sie die ganze Historie, um ihn zu verwenden</translation>
    </message>
    <message>
        <source>the tag points at a tree or blob, not a commit</source>
        <translation>der Tag zeigt auf einen Baum oder Blob, nicht auf einen Commit</translation>
    </message>
    <message>
        <source>tag %1 names the same version in the newer style</source>
        <translation>Tag %1 bezeichnet dieselbe Version im neueren Stil</translation>
    </message>
    <message>
        <source>package %1 of .releasedesk.yml</source>
        <translation>Paket %1 von .releasedesk.yml</translation>
    </message>
    <message>
        <source>pattern `%1`, set by tag-pattern in %2</source>
        <translation>Muster `%1`, gesetzt durch tag-pattern in %2</translation>
    </message>
    <message numerus="yes">
        <source>tags look like `%1`: pattern `%2`, inferred from %3 tags</source>
        <translation>
            <numerusform>Tags sehen aus wie `%1`: Muster `%2`, erschlossen aus %3 Tag</numerusform>
            <numerusform>Tags sehen aus wie `%1`: Muster `%2`, erschlossen aus %3 Tags</numerusform>
        </translation>
    </message>
    <message>
        <source>no release tag to learn from: pattern `%1`, the default (set tag-pattern in %2 to choose another)</source>
        <translation>kein Release-Tag, aus dem sich lernen ließe: Muster `%1`, der Standard (setzen Sie tag-pattern in %2, um ein anderes zu wählen)</translation>
    </message>
    <message numerus="yes">
        <source>%1 tags in `%2`</source>
        <translation>
            <numerusform>%1 Tag in `%2`</numerusform>
            <numerusform>%1 Tags in `%2`</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release tags come in %1 styles: %2 tags in `%3` (the most recent, like `%4`) and %5. All are read as releases and the next tag is named `%3`. To keep this pattern, add to .releasedesk.yml: %6</source>
        <translation>
            <numerusform>Release-Tags gibt es in %1 Stilen: %2 Tag in `%3` (der neueste, wie `%4`) und %5. Alle werden als Releases gelesen, und der nächste Tag heißt `%3`. Um dieses Muster beizubehalten, fügen Sie in .releasedesk.yml hinzu: %6</numerusform>
            <numerusform>Release-Tags gibt es in %1 Stilen: %2 Tags in `%3` (der neueste, wie `%4`) und %5. Alle werden als Releases gelesen, und der nächste Tag heißt `%3`. Um dieses Muster beizubehalten, fügen Sie in .releasedesk.yml hinzu: %6</numerusform>
        </translation>
    </message>
    <message>
        <source>The tags name packages (%1, ...), not one version line, so none was taken as the repository&apos;s releases. Declare the packages in .releasedesk.yml, e.g. packages: { app: { path: packages/app } }, and use --package.</source>
        <translation>Die Tags benennen Pakete (%1, …), keine einzelne Versionslinie, daher wurde keiner als Releases des Repositorys genommen. Deklarieren Sie die Pakete in .releasedesk.yml, z. B. packages: { app: { path: packages/app } }, und verwenden Sie --package.</translation>
    </message>
</context>
<context>
    <name>rd::net</name>
    <message>
        <source> The server said: “%1”.</source>
        <translation> Der Server sagte: „%1“.</translation>
    </message>
    <message>
        <source>Refusing to send the access token over plain http to %1: anyone on the way could read it. Use an https:// API address (plain http is only allowed for 127.0.0.1 and localhost).</source>
        <translation>Das Zugriffstoken wird nicht über unverschlüsseltes http an %1 gesendet: Jeder auf dem Weg könnte es lesen. Verwenden Sie eine https://-API-Adresse (unverschlüsseltes http ist nur für 127.0.0.1 und localhost erlaubt).</translation>
    </message>
    <message>
        <source>Cancelled %1 %2.</source>
        <translation>%1 %2 abgebrochen.</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 (%3 %4). Check the network and the API address; the server may be down.</source>
        <translation>Keine Antwort von %1 innerhalb von %2 (%3 %4). Prüfen Sie das Netzwerk und die API-Adresse; der Server ist vielleicht nicht erreichbar.</translation>
    </message>
    <message>
        <source>TLS error talking to %1: %2. The connection was refused because the certificate cannot be trusted; ReleaseDesk never ignores this. If the server uses a private certificate authority, add it to the system&apos;s trusted certificates.</source>
        <translation>TLS-Fehler bei der Verbindung zu %1: %2. Die Verbindung wurde abgelehnt, weil dem Zertifikat nicht vertraut werden kann; ReleaseDesk ignoriert das nie. Wenn der Server eine private Zertifizierungsstelle verwendet, fügen Sie sie den vertrauenswürdigen Zertifikaten des Systems hinzu.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2. Check the network, the proxy settings (https_proxy) and the API address.</source>
        <translation>%1 ist nicht erreichbar: %2. Prüfen Sie das Netzwerk, die Proxy-Einstellungen (https_proxy) und die API-Adresse.</translation>
    </message>
    <message>
        <source>%1 is rate limited (HTTP %2%3); waiting %4 before trying %5 again.</source>
        <translation>%1 ist ratenbegrenzt (HTTP %2%3); es wird %4 gewartet, bevor %5 erneut versucht wird.</translation>
    </message>
    <message>
        <source>Cancelled while waiting for the rate limit of %1.</source>
        <translation>Abgebrochen beim Warten auf die Ratenbegrenzung von %1.</translation>
    </message>
    <message>
        <source>%1 is rate limited (HTTP %2) and asks to wait %3, longer than the %4 ReleaseDesk waits. Try again later%5.%6</source>
        <translation>%1 ist ratenbegrenzt (HTTP %2) und bittet, %3 zu warten, länger als die %4, die ReleaseDesk wartet. Versuchen Sie es später erneut%5.%6</translation>
    </message>
    <message>
        <source> (after %1 UTC)</source>
        <translation> (nach %1 UTC)</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 to %3 %4; trying again in %5 (attempt %6 of %7).</source>
        <translation>%1 antwortete mit HTTP %2 auf %3 %4; neuer Versuch in %5 (Versuch %6 von %7).</translation>
    </message>
    <message>
        <source>Cancelled while waiting to retry %1.</source>
        <translation>Abgebrochen beim Warten auf den neuen Versuch von %1.</translation>
    </message>
    <message>
        <source>%1 failed with HTTP %2 on %3 %4, %5 times in a row. The server has a problem; try again later.%6</source>
        <translation>%1 ist mit HTTP %2 bei %3 %4 fehlgeschlagen, %5-mal hintereinander. Der Server hat ein Problem; versuchen Sie es später erneut.%6</translation>
    </message>
    <message>
        <source>%1 failed with HTTP %2 on %3 %4. It was not tried again because it may have taken effect; check on the forge before repeating it.%5</source>
        <translation>%1 ist mit HTTP %2 bei %3 %4 fehlgeschlagen. Es wurde nicht erneut versucht, weil es vielleicht schon gewirkt hat; prüfen Sie das auf der Forge, bevor Sie es wiederholen.%5</translation>
    </message>
    <message>
        <source>%1 refused the credentials (HTTP 401 Unauthorized) for %2 %3: the token is missing, expired or revoked. Store a valid token in the keychain or set it in the environment.%4</source>
        <translation>%1 hat die Zugangsdaten abgelehnt (HTTP 401 Unauthorized) für %2 %3: Das Token fehlt, ist abgelaufen oder widerrufen. Speichern Sie ein gültiges Token im Schlüsselbund oder setzen Sie es in der Umgebung.%4</translation>
    </message>
    <message>
        <source>%1 denied %2 %3 (HTTP 403 Forbidden): the token lacks the permission (scope) this needs, or the account has no access. Use a token with the needed scope.%4</source>
        <translation>%1 hat %2 %3 verweigert (HTTP 403 Forbidden): Dem Token fehlt die nötige Berechtigung (Scope), oder das Konto hat keinen Zugriff. Verwenden Sie ein Token mit dem nötigen Scope.%4</translation>
    </message>
    <message>
        <source>%1 has nothing at %2 (HTTP 404 Not Found). Check the project path and the API address; a private project also looks like this without a token that can see it.%3</source>
        <translation>%1 hat nichts unter %2 (HTTP 404 Not Found). Prüfen Sie den Projektpfad und die API-Adresse; ein privates Projekt sieht ohne ein Token, das es sehen darf, ebenso aus.%3</translation>
    </message>
    <message>
        <source>%1 refused %2 %3 because of a conflict (HTTP 409): the resource is not in a state that allows it (e.g. the run already finished). Reload and try again.%4</source>
        <translation>%1 hat %2 %3 wegen eines Konflikts abgelehnt (HTTP 409): Die Ressource ist nicht in einem Zustand, der das erlaubt (z. B. ist der Lauf schon beendet). Laden Sie neu und versuchen Sie es erneut.%4</translation>
    </message>
    <message>
        <source>%1 rejected %2 %3 as invalid (HTTP 422 Unprocessable Entity). Check the ref and the inputs.%4</source>
        <translation>%1 hat %2 %3 als ungültig abgelehnt (HTTP 422 Unprocessable Entity). Prüfen Sie die Referenz und die Eingaben.%4</translation>
    </message>
    <message>
        <source>%1 is rate limited (HTTP 429 Too Many Requests) and did not say for how long. Wait a while and try again.%2</source>
        <translation>%1 ist ratenbegrenzt (HTTP 429 Too Many Requests) und hat nicht gesagt, wie lange. Warten Sie eine Weile und versuchen Sie es erneut.%2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 to %3 %4.%5</source>
        <translation>%1 antwortete mit HTTP %2 auf %3 %4.%5</translation>
    </message>
    <message>
        <source>The next page of %1 is on another server (%2); not following it with the token.</source>
        <translation>Die nächste Seite von %1 liegt auf einem anderen Server (%2); ihr wird mit dem Token nicht gefolgt.</translation>
    </message>
    <message>
        <source>The answer is not valid JSON (%1 at byte %2 of %3): the server, or a proxy in between, sent something else. Try again; if it persists, check that the API address is right.</source>
        <translation>Die Antwort ist kein gültiges JSON (%1 bei Byte %2 von %3): Der Server oder ein Proxy dazwischen hat etwas anderes gesendet. Versuchen Sie es erneut; wenn es bleibt, prüfen Sie, ob die API-Adresse stimmt.</translation>
    </message>
    <message>
        <source>%1 of %2 requests left</source>
        <translation>%1 von %2 Anfragen übrig</translation>
    </message>
    <message>
        <source>%1 requests left</source>
        <translation>%1 Anfragen übrig</translation>
    </message>
    <message>
        <source>a limit of %1 requests</source>
        <translation>ein Limit von %1 Anfragen</translation>
    </message>
    <message>
        <source>, resets at </source>
        <translation>, zurückgesetzt um </translation>
    </message>
</context>
<context>
    <name>rd::notify::DesktopNotifier</name>
    <message>
        <source>There is no D-Bus session bus to send desktop notifications on.</source>
        <translation>Es gibt keinen D-Bus-Sitzungsbus, über den Desktop-Benachrichtigungen gesendet werden könnten.</translation>
    </message>
    <message>
        <source>Open run</source>
        <translation>Lauf öffnen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>No notification daemon answered on the session bus (%1).</source>
        <translation>Auf dem Sitzungsbus hat kein Benachrichtigungsdienst geantwortet (%1).</translation>
    </message>
</context>
<context>
    <name>rd::notify::Notification</name>
    <message>
        <source>The release %1 stopped</source>
        <translation>Das Release %1 wurde angehalten</translation>
    </message>
    <message>
        <source>%1 is released; publishing it stopped</source>
        <translation>%1 ist veröffentlicht; das Publizieren wurde angehalten</translation>
    </message>
    <message>
        <source>%1 is on every registry</source>
        <translation>%1 ist in jeder Registry</translation>
    </message>
    <message>
        <source>%1 is released</source>
        <translation>%1 ist veröffentlicht</translation>
    </message>
</context>
<context>
    <name>rd::notify::RunEvent</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 started on %2</source>
        <translation>%1 auf %2 gestartet</translation>
    </message>
    <message>
        <source>%1 passed on %2</source>
        <translation>%1 auf %2 erfolgreich</translation>
    </message>
    <message>
        <source>%1 failed on %2</source>
        <translation>%1 auf %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 fixed on %2</source>
        <translation>%1 auf %2 wieder grün</translation>
    </message>
    <message>
        <source>%1 still failing on %2</source>
        <translation>%1 auf %2 schlägt weiterhin fehl</translation>
    </message>
    <message>
        <source>%1 cancelled on %2</source>
        <translation>%1 auf %2 abgebrochen</translation>
    </message>
    <message>
        <source>%1: %2 pipeline passed in %3</source>
        <translation>%1: %2 Pipeline in %3 erfolgreich</translation>
    </message>
    <message>
        <source>%1: %2 pipelines passed in %3</source>
        <translation>%1: %2 Pipelines in %3 erfolgreich</translation>
    </message>
    <message>
        <source>%1: %2 of %3 pipeline failed</source>
        <translation>%1: %2 von %3 Pipeline fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2 of %3 pipelines failed</source>
        <translation>%1: %2 von %3 Pipelines fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: job %2 of %3 %4: %5</source>
        <translation>%1: Job %2 von %3 %4: %5</translation>
    </message>
    <message>
        <source>%1: %2 %3: %4</source>
        <translation>%1: %2 %3: %4</translation>
    </message>
    <message>
        <source>%1 %2: job %3 failed: %4</source>
        <translation>%1 %2: Job %3 fehlgeschlagen: %4</translation>
    </message>
    <message>
        <source>%1 %2 in %3</source>
        <translation>%1 %2 in %3</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>rd::peerconfig</name>
    <message>
        <source>the search &quot;%1&quot; holds a placeholder other than {current_version}; declare %2 under sources.extra</source>
        <translation>die Suche „%1“ enthält einen anderen Platzhalter als {current_version}; deklarieren Sie %2 unter sources.extra</translation>
    </message>
    <message>
        <source>ReleaseDesk writes the version in the file&apos;s own spelling where the search found it</source>
        <translation>ReleaseDesk schreibt die Version in der eigenen Schreibweise der Datei dort, wo die Suche sie gefunden hat</translation>
    </message>
    <message>
        <source> (default tag_name v{new_version})</source>
        <translation> (Standard tag_name v{new_version})</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a placeholder other than {new_version}</source>
        <translation>„%1“ enthält einen anderen Platzhalter als {new_version}</translation>
    </message>
    <message>
        <source>only {new_version} has an equivalent ({version}) in release.commit-message</source>
        <translation>nur {new_version} hat eine Entsprechung ({version}) in release.commit-message</translation>
    </message>
    <message>
        <source>a ReleaseDesk release always commits and tags</source>
        <translation>ein ReleaseDesk-Release committet und taggt immer</translation>
    </message>
    <message>
        <source>only files named by filename are read (not glob)</source>
        <translation>nur über filename benannte Dateien werden gelesen (kein glob)</translation>
    </message>
    <message>
        <source>no .releasedesk.yml equivalent</source>
        <translation>keine Entsprechung in .releasedesk.yml</translation>
    </message>
    <message>
        <source>only [bumpversion:file:PATH] sections are read</source>
        <translation>nur Abschnitte [bumpversion:file:PATH] werden gelesen</translation>
    </message>
    <message>
        <source>only a plain commit type maps onto types.&lt;type&gt;.bump</source>
        <translation>nur ein einfacher Commit-Typ entspricht types.&lt;type&gt;.bump</translation>
    </message>
    <message>
        <source> (commitizen&apos;s default tag_format $version)</source>
        <translation> (Standard von commitizen: tag_format $version)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a placeholder other than $version; set tag-pattern in .releasedesk.yml</source>
        <translation>„%1“ enthält einen anderen Platzhalter als $version; setzen Sie tag-pattern in .releasedesk.yml</translation>
    </message>
    <message>
        <source>ReleaseDesk knows the pep440 and semver schemes only</source>
        <translation>ReleaseDesk kennt nur die Schemata pep440 und semver</translation>
    </message>
    <message>
        <source> (commitizen&apos;s default bump_map)</source>
        <translation> (Standard von commitizen: bump_map)</translation>
    </message>
    <message>
        <source> (commitizen&apos;s default major_version_zero false)</source>
        <translation> (Standard von commitizen: major_version_zero false)</translation>
    </message>
    <message>
        <source>the %1 provider has no version source ReleaseDesk knows</source>
        <translation>der Provider %1 hat keine Versionsquelle, die ReleaseDesk kennt</translation>
    </message>
    <message>
        <source>the kind of tag is not a .releasedesk.yml setting</source>
        <translation>die Art des Tags ist keine Einstellung in .releasedesk.yml</translation>
    </message>
    <message>
        <source>no .releasedesk.yml key names the changelog file; use `releasedesk-cli changelog --prepend FILE`</source>
        <translation>kein Schlüssel in .releasedesk.yml benennt die Changelog-Datei; verwenden Sie `releasedesk-cli changelog --prepend DATEI`</translation>
    </message>
    <message>
        <source>a release updates the changelog unless --no-changelog is given</source>
        <translation>ein Release aktualisiert den Changelog, außer --no-changelog ist angegeben</translation>
    </message>
    <message>
        <source>only a parser matching a commit type (message = &quot;^feat&quot;) maps onto types.&lt;type&gt;</source>
        <translation>nur ein Parser, der einen Commit-Typ erkennt (message = &quot;^feat&quot;), entspricht types.&lt;type&gt;</translation>
    </message>
    <message>
        <source>a commit&apos;s scope is its own in ReleaseDesk</source>
        <translation>der Scope eines Commits ist in ReleaseDesk sein eigener</translation>
    </message>
    <message>
        <source>the regex &quot;%1&quot; is more than a prefix before the version; set tag-pattern in .releasedesk.yml</source>
        <translation>der reguläre Ausdruck „%1“ ist mehr als ein Präfix vor der Version; setzen Sie tag-pattern in .releasedesk.yml</translation>
    </message>
    <message>
        <source>every tag matching tag-pattern is a release in ReleaseDesk</source>
        <translation>jeder Tag, der zu tag-pattern passt, ist in ReleaseDesk ein Release</translation>
    </message>
    <message>
        <source>commits no type matches are listed as ignored, with the reason</source>
        <translation>Commits, zu denen kein Typ passt, werden mit Grund als ignoriert aufgeführt</translation>
    </message>
    <message>
        <source>a breaking change is never hidden from ReleaseDesk&apos;s notes</source>
        <translation>eine Breaking Change wird in den Hinweisen von ReleaseDesk nie ausgeblendet</translation>
    </message>
    <message>
        <source> (git-cliff&apos;s default breaking_always_bump_major true)</source>
        <translation> (Standard von git-cliff: breaking_always_bump_major true)</translation>
    </message>
    <message>
        <source>in 0.x a feature bumps the minor number in ReleaseDesk; there is no setting for a patch</source>
        <translation>in 0.x erhöht ein Feature in ReleaseDesk die Minor-Nummer; eine Einstellung für Patch gibt es nicht</translation>
    </message>
    <message>
        <source>changelog.body is a Tera template, which ReleaseDesk cannot run: the notes use ReleaseDesk&apos;s Markdown renderer (changelog.template takes a Mustache template)</source>
        <translation>changelog.body ist eine Tera-Vorlage, die ReleaseDesk nicht ausführen kann: Die Hinweise verwenden den Markdown-Renderer von ReleaseDesk (changelog.template nimmt eine Mustache-Vorlage)</translation>
    </message>
    <message>
        <source>expected a list of {type, section, hidden}</source>
        <translation>erwartet eine Liste von {type, section, hidden}</translation>
    </message>
    <message>
        <source>an entry without a type</source>
        <translation>ein Eintrag ohne Typ</translation>
    </message>
    <message>
        <source>a changelog type has only a section and hidden in .releasedesk.yml</source>
        <translation>ein Changelog-Typ hat in .releasedesk.yml nur section und hidden</translation>
    </message>
    <message>
        <source>This file cannot be read (%1). Fix it, or remove it so that ReleaseDesk stops importing it.</source>
        <translation>Diese Datei kann nicht gelesen werden (%1). Korrigieren Sie sie oder entfernen Sie sie, damit ReleaseDesk sie nicht mehr importiert.</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>ungültiges YAML: %1</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>ungültiges JSON: %1</translation>
    </message>
    <message>
        <source>invalid TOML: %1</source>
        <translation>ungültiges TOML: %1</translation>
    </message>
    <message>
        <source>an indented line belongs to no key</source>
        <translation>eine eingerückte Zeile gehört zu keinem Schlüssel</translation>
    </message>
    <message>
        <source>expected [section] or key = value, found &quot;%1&quot;</source>
        <translation>erwartet [Abschnitt] oder Schlüssel = Wert, gefunden „%1“</translation>
    </message>
    <message>
        <source>a %1 file with path %2 cannot be a sources.extra key path; declare it under sources.extra by hand</source>
        <translation>eine %1-Datei mit Pfad %2 kann kein Schlüsselpfad für sources.extra sein; deklarieren Sie sie von Hand unter sources.extra</translation>
    </message>
    <message>
        <source> (release-please&apos;s default bump-minor-pre-major false)</source>
        <translation> (Standard von release-please: bump-minor-pre-major false)</translation>
    </message>
    <message>
        <source>the repository&apos;s changelog file is not a .releasedesk.yml setting</source>
        <translation>die Changelog-Datei des Repositorys ist keine Einstellung in .releasedesk.yml</translation>
    </message>
    <message>
        <source>a package&apos;s own extra version files are not a .releasedesk.yml setting</source>
        <translation>die eigenen zusätzlichen Versionsdateien eines Pakets sind keine Einstellung in .releasedesk.yml</translation>
    </message>
    <message>
        <source>package versions are read from the package&apos;s tags and files, not from the manifest</source>
        <translation>Paketversionen werden aus den Tags und Dateien des Pakets gelesen, nicht aus dem Manifest</translation>
    </message>
    <message>
        <source>no .releasedesk.yml equivalent (a release type&apos;s version files are found as version sources)</source>
        <translation>keine Entsprechung in .releasedesk.yml (die Versionsdateien eines Release-Typs werden als Versionsquellen gefunden)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a template expression other than ${version}; set tag-pattern in .releasedesk.yml</source>
        <translation>„%1“ enthält einen anderen Template-Ausdruck als ${version}; setzen Sie tag-pattern in .releasedesk.yml</translation>
    </message>
    <message>
        <source>the branch pattern &quot;%1&quot; is not a plain glob; add the branch to release.branches by hand</source>
        <translation>das Branch-Muster „%1“ ist kein einfacher Glob; fügen Sie den Branch von Hand zu release.branches hinzu</translation>
    </message>
    <message>
        <source>ReleaseDesk makes pre-releases on any release branch with --pre CHANNEL; use --pre %1 on %2</source>
        <translation>ReleaseDesk erstellt Vorabversionen auf jedem Release-Branch mit --pre KANAL; verwenden Sie --pre %1 auf %2</translation>
    </message>
    <message>
        <source>ReleaseDesk has no distribution channels or version ranges per branch</source>
        <translation>ReleaseDesk hat keine Verteilungskanäle oder Versionsbereiche pro Branch</translation>
    </message>
    <message>
        <source>the %1 preset reads another commit format; ReleaseDesk reads Conventional Commits (as the angular preset)</source>
        <translation>das Preset %1 liest ein anderes Commit-Format; ReleaseDesk liest Conventional Commits (wie das Preset angular)</translation>
    </message>
    <message>
        <source>release rules in a separate module are not read; list them as types in .releasedesk.yml</source>
        <translation>Release-Regeln in einem separaten Modul werden nicht gelesen; führen Sie sie als types in .releasedesk.yml auf</translation>
    </message>
    <message>
        <source>only rules by type alone map onto types.&lt;type&gt;.bump; a rule by scope, subject, breaking or a glob has no .releasedesk.yml equivalent</source>
        <translation>nur Regeln allein nach Typ entsprechen types.&lt;type&gt;.bump; eine Regel nach Scope, Betreff, Breaking oder Glob hat keine Entsprechung in .releasedesk.yml</translation>
    </message>
    <message>
        <source>the commit parser&apos;s options are not configurable in ReleaseDesk, which reads Conventional Commits</source>
        <translation>die Optionen des Commit-Parsers sind in ReleaseDesk nicht einstellbar, das Conventional Commits liest</translation>
    </message>
    <message>
        <source>%1: ReleaseDesk&apos;s release steps (commit, tag, push, forge release) replace semantic-release&apos;s plugins</source>
        <translation>%1: Die Release-Schritte von ReleaseDesk (Commit, Tag, Push, Forge-Release) ersetzen die Plugins von semantic-release</translation>
    </message>
    <message>
        <source>%1 is JavaScript, which ReleaseDesk does not run: its tagFormat, branches and commit-analyzer rules were not read. Put them in .releasedesk.yml or in .releaserc.json.</source>
        <translation>%1 ist JavaScript, das ReleaseDesk nicht ausführt: tagFormat, branches und die Regeln von commit-analyzer wurden nicht gelesen. Tragen Sie sie in .releasedesk.yml oder .releaserc.json ein.</translation>
    </message>
    <message>
        <source>a custom updater is JavaScript, which ReleaseDesk does not run; declare %1 under sources.extra</source>
        <translation>ein eigener Updater ist JavaScript, das ReleaseDesk nicht ausführt; deklarieren Sie %1 unter sources.extra</translation>
    </message>
    <message>
        <source>a prefix holding { cannot be a tag-pattern</source>
        <translation>ein Präfix mit { kann kein tag-pattern sein</translation>
    </message>
    <message>
        <source>only {{currentTag}} has an equivalent ({tag})</source>
        <translation>nur {{currentTag}} hat eine Entsprechung ({tag})</translation>
    </message>
    <message>
        <source>.versionrc.js is JavaScript, which ReleaseDesk does not run: its types, tagPrefix and bump files were not read. Put them in .versionrc.json or .releasedesk.yml.</source>
        <translation>.versionrc.js ist JavaScript, das ReleaseDesk nicht ausführt: types, tagPrefix und bump files wurden nicht gelesen. Tragen Sie sie in .versionrc.json oder .releasedesk.yml ein.</translation>
    </message>
</context>
<context>
    <name>rd::project</name>
    <message>
        <source>expected the package&apos;s settings as a map, e.g. { path: packages/%1 }</source>
        <translation>erwartet die Einstellungen des Pakets als Zuordnung, z. B. { path: packages/%1 }</translation>
    </message>
    <message>
        <source>give either path or paths, not both</source>
        <translation>geben Sie entweder path oder paths an, nicht beides</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a folder inside the repository, relative to its root</source>
        <translation>„%1“ muss ein Ordner innerhalb des Repositorys sein, relativ zu seiner Wurzel</translation>
    </message>
    <message>
        <source>the package name does not make a valid tag pattern (%1); set tag-pattern</source>
        <translation>der Paketname ergibt kein gültiges Tag-Muster (%1); setzen Sie tag-pattern</translation>
    </message>
    <message>
        <source>expected a map of packages by name, e.g. packages: { app: { path: packages/app } }</source>
        <translation>erwartet eine Zuordnung von Paketen nach Namen, z. B. packages: { app: { path: packages/app } }</translation>
    </message>
    <message>
        <source>There is no package &quot;%1&quot;: %2 declares no packages (see the `packages` section).</source>
        <translation>Es gibt kein Paket „%1“: %2 deklariert keine Pakete (siehe den Abschnitt `packages`).</translation>
    </message>
    <message>
        <source>There is no package &quot;%1&quot;; the packages are: %2.</source>
        <translation>Es gibt kein Paket „%1“; die Pakete sind: %2.</translation>
    </message>
    <message>
        <source>expected a mapping with breaking-bumps-major</source>
        <translation>erwartet eine Zuordnung mit breaking-bumps-major</translation>
    </message>
    <message>
        <source>Cannot make a folder for HEAD&apos;s files of %1: %2.</source>
        <translation>Für die Dateien von HEAD aus %1 kann kein Ordner angelegt werden: %2.</translation>
    </message>
</context>
<context>
    <name>rd::publish</name>
    <message>
        <source>Run %1</source>
        <translation>%1 ausführen</translation>
    </message>
    <message>
        <source>Command: %1
In the work tree, through /bin/sh; run again when a stopped release is resumed.</source>
        <translation>Befehl: %1
Im Arbeitsverzeichnis, über /bin/sh; wird erneut ausgeführt, wenn ein angehaltenes Release fortgesetzt wird.</translation>
    </message>
    <message>
        <source>“%1” ran and is not undone: undo what it did by hand if needed.</source>
        <translation>„%1“ wurde ausgeführt und wird nicht rückgängig gemacht: mache seine Wirkung bei Bedarf von Hand rückgängig.</translation>
    </message>
    <message>
        <source>“%1” is outside the project; write a path relative to its root</source>
        <translation>„%1“ liegt außerhalb des Projekts; schreibe einen Pfad relativ zu seiner Wurzel</translation>
    </message>
    <message>
        <source>“%1” has a wildcard in a folder; only the file name may have one (dist/*.whl)</source>
        <translation>„%1“ hat einen Platzhalter in einem Ordner; nur der Dateiname darf einen haben (dist/*.whl)</translation>
    </message>
    <message>
        <source>publish: “%1” matches no file in %2. Build the release first (publish.build runs before the publish steps are planned) or correct the pattern.</source>
        <translation>publish: „%1“ passt auf keine Datei in %2. Baue das Release zuerst (publish.build läuft, bevor die Veröffentlichungsschritte geplant werden) oder korrigiere das Muster.</translation>
    </message>
    <message>
        <source>publish: names %1 tarballs (%2); an npm package publishes one, so name it, e.g. app-{version}.tgz</source>
        <translation>publish: nennt %1 Tarballs (%2); ein npm-Paket veröffentlicht einen, also nenne ihn, z. B. app-{version}.tgz</translation>
    </message>
    <message>
        <source>%1: this ReleaseDesk cannot publish there yet; remove publish: from the entry</source>
        <translation>%1: dieses ReleaseDesk kann dort noch nicht veröffentlichen; entferne publish: aus dem Eintrag</translation>
    </message>
    <message>
        <source>verify_timeout is in seconds, from 1 to 3600</source>
        <translation>verify_timeout ist in Sekunden, von 1 bis 3600</translation>
    </message>
    <message>
        <source>an empty command; remove it or write the command line</source>
        <translation>ein leerer Befehl; entferne ihn oder schreibe die Befehlszeile</translation>
    </message>
    <message>
        <source>Cannot start “%1”: %2</source>
        <translation>„%1“ kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>Cancelled while running “%1”.</source>
        <translation>Abgebrochen während „%1“ lief.</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>ist abgestürzt</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>endete mit Code %1</translation>
    </message>
    <message>
        <source>The command “%1” %2. Fix it and run again.</source>
        <translation>Der Befehl „%1“ %2. Behebe das und führe ihn erneut aus.</translation>
    </message>
    <message>
        <source>There is no release tag in this history yet, so there is nothing to publish. Release first.</source>
        <translation>In dieser Historie gibt es noch kein Release-Tag, also nichts zu veröffentlichen. Erstelle zuerst ein Release.</translation>
    </message>
    <message>
        <source>HEAD is not the release %1: publishing builds and reads the work tree, which must be the release&apos;s. Check it out (git switch --detach %1) and publish from there.</source>
        <translation>HEAD ist nicht das Release %1: beim Veröffentlichen wird das Arbeitsverzeichnis gebaut und gelesen, es muss das des Releases sein. Checke es aus (git switch --detach %1) und veröffentliche von dort.</translation>
    </message>
    <message>
        <source>Then publishes (the artifacts are read after the build):
</source>
        <translation>Publiziert danach (die Artefakte werden nach dem Build gelesen):
</translation>
    </message>
    <message>
        <source>  build: %1
</source>
        <translation>  Build: %1
</translation>
    </message>
    <message>
        <source>a release without assets</source>
        <translation>ein Release ohne Anhänge</translation>
    </message>
    <message>
        <source>  command: %1
</source>
        <translation>  Befehl: %1
</translation>
    </message>
    <message>
        <source>%1 is not a PyPI target: the PyPI publish step uploads Python distributions only.</source>
        <translation>%1 ist kein PyPI-Ziel: Der PyPI-Veröffentlichungsschritt lädt nur Python-Distributionen hoch.</translation>
    </message>
    <message>
        <source>No index address for %1: set url: in its registries: entry of .releasedesk.yml.</source>
        <translation>Keine Index-Adresse für %1: Setzen Sie url: in seinem registries:-Eintrag der .releasedesk.yml.</translation>
    </message>
    <message>
        <source>No upload address for %1: set upload_url: in its registries: entry (or TWINE_REPOSITORY_URL).</source>
        <translation>Keine Upload-Adresse für %1: Setzen Sie upload_url: in seinem registries:-Eintrag (oder TWINE_REPOSITORY_URL).</translation>
    </message>
    <message>
        <source>No distribution files to upload for %1: build the wheel and sdist first (python3 -m build).</source>
        <translation>Keine Distributionsdateien zum Hochladen für %1: Bauen Sie zuerst Wheel und Sdist (python3 -m build).</translation>
    </message>
    <message>
        <source>Cannot read the distribution file: %1. Build it first (python3 -m build).</source>
        <translation>Die Distributionsdatei kann nicht gelesen werden: %1. Bauen Sie sie zuerst (python3 -m build).</translation>
    </message>
    <message>
        <source>%1 holds the project %2, not %3: upload it with its own target.</source>
        <translation>%1 enthält das Projekt %2, nicht %3: Laden Sie es mit seinem eigenen Ziel hoch.</translation>
    </message>
    <message>
        <source>%1 has the version &quot;%2&quot;, which is not a PEP 440 version.</source>
        <translation>%1 hat die Version „%2“, die keine PEP-440-Version ist.</translation>
    </message>
    <message>
        <source>%1 holds %2 %3, but the release is %4: build it again from the release commit.</source>
        <translation>%1 enthält %2 %3, das Release ist aber %4: Bauen Sie es erneut aus dem Release-Commit.</translation>
    </message>
    <message>
        <source>%1 is given twice: an index takes each file name once.</source>
        <translation>%1 ist doppelt angegeben: Ein Index nimmt jeden Dateinamen nur einmal an.</translation>
    </message>
    <message>
        <source>Publish %1 %2 to PyPI</source>
        <translation>%1 %2 auf PyPI veröffentlichen</translation>
    </message>
    <message>
        <source>Index: %1</source>
        <translation>Index: %1</translation>
    </message>
    <message>
        <source>Upload to: %1</source>
        <translation>Hochladen nach: %1</translation>
    </message>
    <message>
        <source>%1 (sha256 %2)</source>
        <translation>%1 (sha256 %2)</translation>
    </message>
    <message>
        <source>The index&apos;s answer for %1 is not a JSON project.</source>
        <translation>Die Antwort des Index für %1 ist kein JSON-Projekt.</translation>
    </message>
    <message>
        <source>%1 is already on %2 with other content (sha256 %3); this release&apos;s file is sha256 %4. A file is never overwritten: release the next version instead.</source>
        <translation>%1 liegt bereits mit anderem Inhalt auf %2 (sha256 %3); die Datei dieses Releases hat sha256 %4. Eine Datei wird nie überschrieben: Veröffentlichen Sie stattdessen die nächste Version.</translation>
    </message>
    <message>
        <source>Cannot read the distribution file: %1.</source>
        <translation>Die Distributionsdatei kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>%1 changed since the release was planned (sha256 now %2, planned %3): abort the release and plan it again.</source>
        <translation>%1 hat sich seit der Planung des Releases geändert (sha256 jetzt %2, geplant %3): Brechen Sie das Release ab und planen Sie es neu.</translation>
    </message>
    <message>
        <source>Uploading %1 to %2 (token from %3)</source>
        <translation>%1 wird nach %2 hochgeladen (Token aus %3)</translation>
    </message>
    <message>
        <source>%1 does not let the token from %2 upload %3 (HTTP 403): use a token scoped to the project, or check that it is still valid.</source>
        <translation>%1 erlaubt dem Token aus %2 nicht, %3 hochzuladen (HTTP 403): Verwenden Sie ein Token für das Projekt oder prüfen Sie, ob es noch gültig ist.</translation>
    </message>
    <message>
        <source>The upload of %1 failed (%2); asking the index whether it arrived.</source>
        <translation>Das Hochladen von %1 ist fehlgeschlagen (%2); der Index wird gefragt, ob es angekommen ist.</translation>
    </message>
    <message>
        <source>%1 was already on the index with the same sha256.</source>
        <translation>%1 lag bereits mit derselben sha256 im Index.</translation>
    </message>
    <message>
        <source>%1 refused %2 (HTTP 400): %3</source>
        <translation>%1 hat %2 abgelehnt (HTTP 400): %3</translation>
    </message>
    <message>
        <source>%1 is already on the index; not uploaded again.</source>
        <translation>%1 ist bereits im Index; nicht erneut hochgeladen.</translation>
    </message>
    <message>
        <source>%1 accepted the files of %2 %3 but does not list them all after %4 s: check the index, then resume the release.</source>
        <translation>%1 hat die Dateien von %2 %3 angenommen, listet nach %4 s aber nicht alle: Prüfen Sie den Index und setzen Sie dann das Release fort.</translation>
    </message>
    <message>
        <source>Verified: %1 lists %2 %3 with %4 files and their sha256.</source>
        <translation>Geprüft: %1 listet %2 %3 mit %4 Dateien und ihren sha256.</translation>
    </message>
    <message>
        <source>The files of %1 %2 stay on %3: an index never takes a file name twice, so they are not deleted. Release the next version with the fix.</source>
        <translation>Die Dateien von %1 %2 bleiben auf %3: Ein Index nimmt einen Dateinamen nie zweimal an, daher werden sie nicht gelöscht. Veröffentlichen Sie die nächste Version mit der Korrektur.</translation>
    </message>
    <message>
        <source>%1 is not named like a wheel (name-version-python-abi-platform.whl).</source>
        <translation>%1 ist nicht wie ein Wheel benannt (name-version-python-abi-platform.whl).</translation>
    </message>
    <message>
        <source>%1 is neither a wheel (.whl) nor an sdist (.tar.gz): build it with python3 -m build.</source>
        <translation>%1 ist weder ein Wheel (.whl) noch ein Sdist (.tar.gz): Bauen Sie es mit python3 -m build.</translation>
    </message>
    <message>
        <source>Line %1 of the package metadata continues a field, but none came before it.</source>
        <translation>Zeile %1 der Paket-Metadaten setzt ein Feld fort, aber davor steht keines.</translation>
    </message>
    <message>
        <source>Line %1 of the package metadata is not a &quot;Key: value&quot; field: %2</source>
        <translation>Zeile %1 der Paket-Metadaten ist kein Feld „Schlüssel: Wert“: %2</translation>
    </message>
    <message>
        <source>The package metadata has no %1: it was not written by a Python build tool.</source>
        <translation>Die Paket-Metadaten haben kein %1: Sie wurden nicht von einem Python-Build-Werkzeug geschrieben.</translation>
    </message>
    <message>
        <source>The zip archive is broken (%1): build it again.</source>
        <translation>Das Zip-Archiv ist beschädigt (%1): Bauen Sie es erneut.</translation>
    </message>
    <message>
        <source>an entry does not inflate to its size</source>
        <translation>ein Eintrag entpackt nicht auf seine Größe</translation>
    </message>
    <message>
        <source>no zip central directory</source>
        <translation>kein zentrales Zip-Verzeichnis</translation>
    </message>
    <message>
        <source>zip64 or a directory past the end</source>
        <translation>zip64 oder ein Verzeichnis hinter dem Ende</translation>
    </message>
    <message>
        <source>bad directory entry at byte %1</source>
        <translation>fehlerhafter Verzeichniseintrag bei Byte %1</translation>
    </message>
    <message>
        <source>an entry runs past the end</source>
        <translation>ein Eintrag reicht über das Ende hinaus</translation>
    </message>
    <message>
        <source>%1 is encrypted</source>
        <translation>%1 ist verschlüsselt</translation>
    </message>
    <message>
        <source>no local header for %1</source>
        <translation>kein lokaler Header für %1</translation>
    </message>
    <message>
        <source>%1 uses compression method %2</source>
        <translation>%1 verwendet die Kompressionsmethode %2</translation>
    </message>
    <message>
        <source>it has no %1</source>
        <translation>%1 fehlt darin</translation>
    </message>
    <message>
        <source>%1 is not an OCI registry: the image promote step only publishes to OCI registries.</source>
        <translation>%1 ist keine OCI-Registry: Der Schritt zum Befördern eines Images veröffentlicht nur in OCI-Registries.</translation>
    </message>
    <message>
        <source>The OCI target %1 needs the registry&apos;s address (http or https) and the image&apos;s repository path: give the image as host/path/name.</source>
        <translation>Das OCI-Ziel %1 braucht die Adresse der Registry (http oder https) und den Repository-Pfad des Images: Geben Sie das Image als host/pfad/name an.</translation>
    </message>
    <message>
        <source>The image source &quot;%1&quot; is neither a tag (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;, at most 128, {commit} allowed) nor a sha256 digest.</source>
        <translation>Die Image-Quelle „%1“ ist weder ein Tag (Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;, höchstens 128, {commit} erlaubt) noch ein sha256-Digest.</translation>
    </message>
    <message>
        <source>No tags to promote %1 to: name at least the version&apos;s tag.</source>
        <translation>Keine Tags, unter denen %1 veröffentlicht werden soll: Nennen Sie mindestens den Tag der Version.</translation>
    </message>
    <message>
        <source>The image tag &quot;%1&quot; is not a valid tag or is listed twice: a tag has letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, at most 128.</source>
        <translation>Der Image-Tag „%1“ ist kein gültiger Tag oder steht doppelt in der Liste: Ein Tag besteht aus Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;, höchstens 128.</translation>
    </message>
    <message>
        <source>The version tag &quot;%1&quot; is not one of the image tags (%2).</source>
        <translation>Der Versions-Tag „%1“ ist keiner der Image-Tags (%2).</translation>
    </message>
    <message>
        <source>Tag the image %1 as %2</source>
        <translation>Das Image %1 als %2 taggen</translation>
    </message>
    <message>
        <source>Registry: %1
Source: %2
Tags: %3
Never moved: %4</source>
        <translation>Registry: %1
Quelle: %2
Tags: %3
Nie verschoben: %4</translation>
    </message>
    <message>
        <source>The image source %1 needs the commit of the release tag %2: %3</source>
        <translation>Die Image-Quelle %1 braucht den Commit des Release-Tags %2: %3</translation>
    </message>
    <message>
        <source>The image source %1 names {commit}, but the plan has neither a tag step nor a release tag.</source>
        <translation>Die Image-Quelle %1 nennt {commit}, aber der Plan hat weder einen Tag-Schritt noch einen Release-Tag.</translation>
    </message>
    <message>
        <source>The image %1 has no %2 after %3 s: CI has not pushed it (or failed). Check the CI run for the release commit, then resume the release.</source>
        <translation>Das Image %1 hat nach %3 s kein %2: Die CI hat es nicht hochgeladen (oder ist fehlgeschlagen). Prüfen Sie den CI-Lauf für den Release-Commit und setzen Sie das Release dann fort.</translation>
    </message>
    <message>
        <source>Waiting up to %1 s for CI to push %2:%3</source>
        <translation>Warte bis zu %1 s darauf, dass die CI %2:%3 hochlädt</translation>
    </message>
    <message>
        <source>%1:%2 already holds %3, but this release&apos;s image (%4) is %5. The exact version&apos;s tag is never moved: release the next version instead.</source>
        <translation>%1:%2 zeigt bereits auf %3, aber das Image dieses Releases (%4) ist %5. Der Tag der genauen Version wird nie verschoben: Veröffentlichen Sie stattdessen die nächste Version.</translation>
    </message>
    <message>
        <source>the user in RELEASEDESK_OCI_USERNAME</source>
        <translation>den Benutzer aus RELEASEDESK_OCI_USERNAME</translation>
    </message>
    <message>
        <source>an anonymous caller</source>
        <translation>einen anonymen Aufrufer</translation>
    </message>
    <message>
        <source>%1 forbids %2 to push %3 (HTTP 403): grant that user push rights on the repository, or promote with another account.</source>
        <translation>%1 lässt %2 nicht %3 hochladen (HTTP 403): Geben Sie diesem Benutzer Schreibrechte auf das Repository oder befördern Sie mit einem anderen Konto.</translation>
    </message>
    <message>
        <source>Tagging %1:%2 as %3 (%4)</source>
        <translation>Tagge %1:%2 als %3 (%4)</translation>
    </message>
    <message>
        <source>Storing the tag %1 failed (%2); asking the registry whether it arrived.</source>
        <translation>Das Speichern des Tags %1 ist fehlgeschlagen (%2); frage die Registry, ob er angekommen ist.</translation>
    </message>
    <message>
        <source>Promoting %1:%2 (%3, %4)</source>
        <translation>Befördere %1:%2 (%3, %4)</translation>
    </message>
    <message>
        <source>%1:%2 already holds %3.</source>
        <translation>%1:%2 zeigt bereits auf %3.</translation>
    </message>
    <message>
        <source>Verified: %1 has %2 as %3.</source>
        <translation>Geprüft: %1 hat %2 als %3.</translation>
    </message>
    <message>
        <source>%1 accepted the tags %2 but does not answer %3 for all of them after %4 s: check the registry, then resume the release.</source>
        <translation>%1 hat die Tags %2 angenommen, antwortet aber nach %4 s nicht für alle mit %3: Prüfen Sie die Registry und setzen Sie das Release dann fort.</translation>
    </message>
    <message>
        <source>The tags %1 of %2 stay: the exact version&apos;s tag is never deleted, and the floating tags move back with a release of the earlier version.</source>
        <translation>Die Tags %1 von %2 bleiben: Der Tag der genauen Version wird nie gelöscht, und die beweglichen Tags wandern mit einem Release der früheren Version zurück.</translation>
    </message>
    <message>
        <source>Cannot read the release asset %1: %2. Build it first, or leave it out of the release&apos;s assets.</source>
        <translation>Das Release-Asset %1 kann nicht gelesen werden: %2. Bauen Sie es zuerst oder nehmen Sie es aus den Assets des Releases.</translation>
    </message>
    <message>
        <source>A GitHub release needs the API address, the project as owner/name and a tag; got &quot;%1&quot;, &quot;%2&quot; and &quot;%3&quot;.</source>
        <translation>Ein GitHub-Release braucht die API-Adresse, das Projekt als owner/name und einen Tag; erhalten: „%1“, „%2“ und „%3“.</translation>
    </message>
    <message>
        <source>Two release assets are named %1: a release holds one file of each name. Rename one.</source>
        <translation>Zwei Release-Assets heißen %1: Ein Release enthält nur eine Datei je Name. Benennen Sie eine um.</translation>
    </message>
    <message>
        <source>Publish the release %1 on %2</source>
        <translation>Release %1 auf %2 veröffentlichen</translation>
    </message>
    <message>
        <source>Forge: %1
Tag: %2
Name: %3
Pre-release: %4
Assets: %5</source>
        <translation>Forge: %1
Tag: %2
Name: %3
Vorabversion: %4
Assets: %5</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>kein Token</translation>
    </message>
    <message>
        <source>%1 refused the token (%2) while %3 (HTTP 401): it is missing, expired or revoked. Store a valid token in the keychain or set GITHUB_TOKEN, then resume the release.</source>
        <translation>%1 hat das Token (%2) beim %3 abgelehnt (HTTP 401): Es fehlt, ist abgelaufen oder widerrufen. Legen Sie ein gültiges Token im Schlüsselbund ab oder setzen Sie GITHUB_TOKEN, und setzen Sie dann das Release fort.</translation>
    </message>
    <message>
        <source>%1 does not let the token (%2) do this: %3 (HTTP 403). It needs write access to the repository&apos;s contents (the repo scope, or contents: write).</source>
        <translation>%1 erlaubt dem Token (%2) Folgendes nicht: %3 (HTTP 403). Es braucht Schreibzugriff auf die Inhalte des Repositorys (den Scope repo oder contents: write).</translation>
    </message>
    <message>
        <source>%1 was not found while %2 (HTTP 404): check the forge&apos;s api and project, and that the token (%3) can see the repository.</source>
        <translation>%1 wurde beim %2 nicht gefunden (HTTP 404): Prüfen Sie api und project der Forge und ob das Token (%3) das Repository sehen kann.</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>fehlt: %1</translation>
    </message>
    <message>
        <source>different: %1</source>
        <translation>abweichend: %1</translation>
    </message>
    <message>
        <source>unfinished: %1</source>
        <translation>unvollständig: %1</translation>
    </message>
    <message>
        <source>%1 already has a published release %2 with other assets (%3). A published release is never changed: fix it on the forge by hand, or release the next version.</source>
        <translation>%1 hat bereits ein veröffentlichtes Release %2 mit anderen Assets (%3). Ein veröffentlichtes Release wird nie geändert: Korrigieren Sie es von Hand auf der Forge oder veröffentlichen Sie die nächste Version.</translation>
    </message>
    <message>
        <source>reading release %1</source>
        <translation>Lesen von Release %1</translation>
    </message>
    <message>
        <source>looking for release %1</source>
        <translation>Suchen nach Release %1</translation>
    </message>
    <message>
        <source>Continuing the release %1 already on %2 (id %3).</source>
        <translation>Das bereits auf %2 vorhandene Release %1 wird fortgesetzt (ID %3).</translation>
    </message>
    <message>
        <source>Creating the draft release %1 on %2 (token from %3).</source>
        <translation>Der Release-Entwurf %1 wird auf %2 angelegt (Token aus %3).</translation>
    </message>
    <message>
        <source>creating release %1</source>
        <translation>Anlegen von Release %1</translation>
    </message>
    <message>
        <source>Creating the release failed (%1); looking it up on the forge.</source>
        <translation>Das Anlegen des Releases ist fehlgeschlagen (%1); es wird auf der Forge nachgesehen.</translation>
    </message>
    <message>
        <source>Asset %1 is already on the draft.</source>
        <translation>Das Asset %1 ist bereits im Entwurf.</translation>
    </message>
    <message>
        <source>The draft release %1 on %2 holds another file named %3 (%4). Delete that asset from the draft on the forge, then resume the release.</source>
        <translation>Der Release-Entwurf %1 auf %2 enthält eine andere Datei namens %3 (%4). Löschen Sie dieses Asset auf der Forge aus dem Entwurf und setzen Sie dann das Release fort.</translation>
    </message>
    <message>
        <source>The release asset %1 changed since the release was planned (now sha256:%2, planned sha256:%3): abort the release and plan it again.</source>
        <translation>Das Release-Asset %1 hat sich seit der Planung des Releases geändert (jetzt sha256:%2, geplant sha256:%3): Brechen Sie das Release ab und planen Sie es neu.</translation>
    </message>
    <message>
        <source>Uploading %1 (%2 bytes).</source>
        <translation>%1 wird hochgeladen (%2 Bytes).</translation>
    </message>
    <message>
        <source>uploading %1 to release %2</source>
        <translation>Hochladen von %1 zu Release %2</translation>
    </message>
    <message>
        <source>Uploading %1 failed (%2); checking whether the forge stored it.</source>
        <translation>Das Hochladen von %1 ist fehlgeschlagen (%2); es wird geprüft, ob die Forge es gespeichert hat.</translation>
    </message>
    <message>
        <source>verifying release %1</source>
        <translation>Prüfen von Release %1</translation>
    </message>
    <message numerus="yes">
        <source>Verified: %1 has the published release %2 with %n asset(s).</source>
        <translation>
            <numerusform>Geprüft: %1 hat das veröffentlichte Release %2 mit %n Asset.</numerusform>
            <numerusform>Geprüft: %1 hat das veröffentlichte Release %2 mit %n Assets.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 accepted the release %2 but does not show it published with all its assets after %3 s: check the release on the forge, then resume the release.</source>
        <translation>%1 hat das Release %2 angenommen, zeigt es aber nach %3 s nicht veröffentlicht mit allen Assets: Prüfen Sie das Release auf der Forge und setzen Sie dann das Release fort.</translation>
    </message>
    <message>
        <source>No token for %1: store one in the keychain or set GITHUB_TOKEN (it needs write access to the repository&apos;s contents).%2</source>
        <translation>Kein Token für %1: Legen Sie eines im Schlüsselbund ab oder setzen Sie GITHUB_TOKEN (es braucht Schreibzugriff auf die Inhalte des Repositorys).%2</translation>
    </message>
    <message>
        <source>Publishing the release %1.</source>
        <translation>Release %1 wird veröffentlicht.</translation>
    </message>
    <message>
        <source>publishing release %1</source>
        <translation>Veröffentlichen von Release %1</translation>
    </message>
    <message>
        <source>Publishing failed (%1); checking whether the forge published it.</source>
        <translation>Das Veröffentlichen ist fehlgeschlagen (%1); es wird geprüft, ob die Forge es veröffentlicht hat.</translation>
    </message>
    <message>
        <source>draft release %1 on %2</source>
        <translation>Release-Entwurf %1 auf %2</translation>
    </message>
    <message>
        <source>release %1 on %2</source>
        <translation>Release %1 auf %2</translation>
    </message>
    <message>
        <source>The release %1 stays on %2: it may already have been downloaded, so it is not deleted. Delete it on the forge by hand if it must go.</source>
        <translation>Das Release %1 bleibt auf %2: Es wurde womöglich schon heruntergeladen und wird daher nicht gelöscht. Löschen Sie es von Hand auf der Forge, wenn es wegmuss.</translation>
    </message>
    <message>
        <source>The forge&apos;s answer is not a release: it has no id or tag_name.</source>
        <translation>Die Antwort der Forge ist kein Release: Sie hat keine id oder keinen tag_name.</translation>
    </message>
    <message>
        <source>Release %1 lists an asset without a name.</source>
        <translation>Release %1 führt ein Asset ohne Namen auf.</translation>
    </message>
    <message>
        <source>The release&apos;s upload_url &quot;%1&quot; is not an address to upload %2 to.</source>
        <translation>Die upload_url „%1“ des Releases ist keine Adresse, an die %2 hochgeladen werden kann.</translation>
    </message>
    <message>
        <source>%1 (there: %2 bytes, %3; planned: %4 bytes, sha256:%5)</source>
        <translation>%1 (dort: %2 Bytes, %3; geplant: %4 Bytes, sha256:%5)</translation>
    </message>
    <message>
        <source>no digest</source>
        <translation>kein Digest</translation>
    </message>
    <message>
        <source>%1 refused %2: the release is immutable (HTTP 422). An immutable release cannot be changed; release the next version, or turn off immutable releases in the repository&apos;s settings before publishing.</source>
        <translation>%1 hat das %2 abgelehnt: Das Release ist unveränderlich (HTTP 422). Ein unveränderliches Release kann nicht geändert werden; veröffentlichen Sie die nächste Version oder schalten Sie unveränderliche Releases in den Einstellungen des Repositorys vor dem Veröffentlichen aus.</translation>
    </message>
    <message>
        <source>%1 already has what %2 would add (HTTP 422 already_exists).</source>
        <translation>%1 hat bereits, was das %2 hinzufügen würde (HTTP 422 already_exists).</translation>
    </message>
    <message>
        <source>%1 rejected %2 as invalid (HTTP 422%3): %4</source>
        <translation>%1 hat das %2 als ungültig abgelehnt (HTTP 422%3): %4</translation>
    </message>
    <message>
        <source>Stopped while waiting for CI to push %1:%2.</source>
        <translation>Beim Warten darauf, dass die CI %1:%2 hochlädt, angehalten.</translation>
    </message>
    <message>
        <source>A GitLab release needs the API address (…/api/v4), the project&apos;s path as group/name and a tag; got &quot;%1&quot;, &quot;%2&quot; and &quot;%3&quot;.</source>
        <translation>Ein GitLab-Release braucht die API-Adresse (…/api/v4), den Pfad des Projekts als Gruppe/Name und ein Tag; erhalten: „%1“, „%2“ und „%3“.</translation>
    </message>
    <message>
        <source>The tag %1 cannot be the version of a GitLab generic package, where the release&apos;s assets go: use letters, digits and . _ + - only, or release without assets.</source>
        <translation>Das Tag %1 kann nicht die Version eines generischen GitLab-Pakets sein, in das die Assets des Releases kommen: Verwenden Sie nur Buchstaben, Ziffern und . _ + - oder veröffentlichen Sie ohne Assets.</translation>
    </message>
    <message>
        <source>The forge&apos;s answer is not a GitLab release: it has no tag_name.</source>
        <translation>Die Antwort der Forge ist kein GitLab-Release: Sie hat keinen tag_name.</translation>
    </message>
    <message>
        <source>Release %1&apos;s assets.links is not a list.</source>
        <translation>assets.links von Release %1 ist keine Liste.</translation>
    </message>
    <message>
        <source>Release %1 lists a link without a name or url.</source>
        <translation>Release %1 führt einen Link ohne Namen oder URL auf.</translation>
    </message>
    <message>
        <source>The forge lists a package file without an id, file_name or size.</source>
        <translation>Die Forge führt eine Paketdatei ohne id, file_name oder size auf.</translation>
    </message>
    <message>
        <source>%1 (there: %2; planned: %3)</source>
        <translation>%1 (dort: %2; geplant: %3)</translation>
    </message>
    <message>
        <source>%1 already has a release %2 (HTTP 409: %3).</source>
        <translation>%1 hat bereits ein Release %2 (HTTP 409: %3).</translation>
    </message>
    <message>
        <source>%1 rejected the release %2 as invalid (HTTP %3): %4. Check that the tag is pushed and the links&apos; names are unique, then resume the release.</source>
        <translation>%1 hat das Release %2 als ungültig abgelehnt (HTTP %3): %4. Prüfen Sie, dass das Tag gepusht ist und die Namen der Links eindeutig sind, und setzen Sie dann das Release fort.</translation>
    </message>
    <message>
        <source>%1 rejected the package file %2 (HTTP %3): %4. Rename the asset or the tag to what the generic package registry accepts.</source>
        <translation>%1 hat die Paketdatei %2 abgelehnt (HTTP %3): %4. Benennen Sie das Asset oder das Tag so um, wie es die generische Paket-Registry annimmt.</translation>
    </message>
    <message>
        <source>%1 refused the token (%2) while %3 (HTTP 401): it is missing, expired or revoked. Store a valid token in the keychain or set GITLAB_TOKEN, then resume the release.</source>
        <translation>%1 hat das Token (%2) beim %3 abgelehnt (HTTP 401): Es fehlt, ist abgelaufen oder widerrufen. Legen Sie ein gültiges Token im Schlüsselbund ab oder setzen Sie GITLAB_TOKEN und setzen Sie dann das Release fort.</translation>
    </message>
    <message>
        <source>%1 does not let the token (%2) do this: %3 (HTTP 403). It needs the api scope and at least the Developer role in the project (Maintainer where the tag is protected).</source>
        <translation>%1 erlaubt dem Token (%2) das nicht: %3 (HTTP 403). Es braucht den Scope api und mindestens die Rolle Developer im Projekt (Maintainer, wenn das Tag geschützt ist).</translation>
    </message>
    <message>
        <source>%1 was not found while %2 (HTTP 404): check the forge&apos;s api (…/api/v4) and the project&apos;s path, that the token (%3) can see the project, and that its package registry is turned on.</source>
        <translation>%1 wurde beim %2 nicht gefunden (HTTP 404): Prüfen Sie die api der Forge (…/api/v4) und den Pfad des Projekts, ob das Token (%3) das Projekt sehen kann und ob seine Paket-Registry eingeschaltet ist.</translation>
    </message>
    <message>
        <source>%1 is limiting the token&apos;s requests while %2 (%3): wait a few minutes, then resume the release. What is uploaded stays and is not sent again.</source>
        <translation>%1 begrenzt die Anfragen des Tokens beim %2 (%3): Warten Sie einige Minuten und setzen Sie dann das Release fort. Bereits Hochgeladenes bleibt und wird nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>%1 failed while %2 (%3). Resume the release when the forge works again: it reads back what the forge stored before it writes anything twice.</source>
        <translation>%1 ist beim %2 gescheitert (%3). Setzen Sie das Release fort, wenn die Forge wieder funktioniert: Es liest zurück, was die Forge gespeichert hat, bevor es etwas zweimal schreibt.</translation>
    </message>
    <message>
        <source>%1 did not answer while %2 (%3). Check the network and the forge&apos;s address, then resume the release: it reads back what the forge stored before it writes anything twice.</source>
        <translation>%1 hat beim %2 nicht geantwortet (%3). Prüfen Sie das Netzwerk und die Adresse der Forge und setzen Sie dann das Release fort: Es liest zurück, was die Forge gespeichert hat, bevor es etwas zweimal schreibt.</translation>
    </message>
    <message>
        <source>not planned: %1</source>
        <translation>nicht geplant: %1</translation>
    </message>
    <message>
        <source>reading the package files of %1</source>
        <translation>Lesen der Paketdateien von %1</translation>
    </message>
    <message>
        <source>linked file missing: %1</source>
        <translation>verlinkte Datei fehlt: %1</translation>
    </message>
    <message>
        <source>linked file different: %1 (there: %2 bytes, sha256:%3; planned: %4 bytes, sha256:%5)</source>
        <translation>verlinkte Datei anders: %1 (dort: %2 Bytes, sha256:%3; geplant: %4 Bytes, sha256:%5)</translation>
    </message>
    <message>
        <source>%1 already has a release %2 with other links (%3). A release is never changed or deleted here: fix it on the forge by hand, or release the next version.</source>
        <translation>%1 hat bereits ein Release %2 mit anderen Links (%3). Ein Release wird hier nie geändert oder gelöscht: Korrigieren Sie es von Hand auf der Forge oder veröffentlichen Sie die nächste Version.</translation>
    </message>
    <message>
        <source>The generic package %1/%2 on %3 holds another file named %4 (%5 bytes, sha256:%6; planned: %7 bytes, sha256:%8). Delete that file in the project&apos;s package registry, then resume the release.</source>
        <translation>Das generische Paket %1/%2 auf %3 enthält eine andere Datei namens %4 (%5 Bytes, sha256:%6; geplant: %7 Bytes, sha256:%8). Löschen Sie diese Datei in der Paket-Registry des Projekts und setzen Sie dann das Release fort.</translation>
    </message>
    <message>
        <source>Asset %1 is already in the package %2/%3.</source>
        <translation>Asset %1 ist bereits im Paket %2/%3.</translation>
    </message>
    <message>
        <source>uploading %1 to the package %2/%3</source>
        <translation>Hochladen von %1 in das Paket %2/%3</translation>
    </message>
    <message>
        <source>%1 accepted the release %2 but does not show it with all its links after %3 s: check the release on the forge, then resume the release.</source>
        <translation>%1 hat das Release %2 angenommen, zeigt es aber nach %3 s nicht mit allen Links: Prüfen Sie das Release auf der Forge und setzen Sie dann das Release fort.</translation>
    </message>
    <message numerus="yes">
        <source>Verified: %1 has the release %2 with %n link(s) to its package files.</source>
        <translation>
            <numerusform>Geprüft: %1 hat das Release %2 mit %n Link auf seine Paketdateien.</numerusform>
            <numerusform>Geprüft: %1 hat das Release %2 mit %n Links auf seine Paketdateien.</numerusform>
        </translation>
    </message>
    <message>
        <source>No token for %1: store one in the keychain or set GITLAB_TOKEN (it needs the api scope and at least the Developer role).%2</source>
        <translation>Kein Token für %1: Legen Sie eines im Schlüsselbund ab oder setzen Sie GITLAB_TOKEN (es braucht den Scope api und mindestens die Rolle Developer).%2</translation>
    </message>
    <message>
        <source>The release %1 is already on %2.</source>
        <translation>Das Release %1 ist bereits auf %2.</translation>
    </message>
    <message>
        <source>Creating the release %1 on %2 (token from %3).</source>
        <translation>Release %1 wird auf %2 erstellt (Token aus %3).</translation>
    </message>
    <message numerus="yes">
        <source>generic package %1/%2 on %3 (%n file(s))</source>
        <translation>
            <numerusform>generisches Paket %1/%2 auf %3 (%n Datei)</numerusform>
            <numerusform>generisches Paket %1/%2 auf %3 (%n Dateien)</numerusform>
        </translation>
    </message>
    <message>
        <source>the user %1 from %2</source>
        <translation>den Benutzer %1 aus %2</translation>
    </message>
    <message>
        <source>%1 refused %2 for %3 (HTTP 401): store the user name and a password or access token with push rights on the repository in the system keychain (%4 --username NAME, the token on stdin), or set RELEASEDESK_OCI_USERNAME and RELEASEDESK_OCI_PASSWORD.</source>
        <translation>%1 hat %2 für %3 abgelehnt (HTTP 401): Legen Sie den Benutzernamen und ein Passwort oder Zugriffstoken mit Push-Rechten auf das Repository im Schlüsselbund des Systems ab (%4 --username NAME, das Token über stdin) oder setzen Sie RELEASEDESK_OCI_USERNAME und RELEASEDESK_OCI_PASSWORD.</translation>
    </message>
    <message>
        <source>%1 refused the token from %2 (HTTP 401): create a new API token and store it in the system keychain (%3, the token on stdin) or set it in TWINE_PASSWORD or PYPI_TOKEN.</source>
        <translation>%1 hat das Token aus %2 abgelehnt (HTTP 401): Erstellen Sie ein neues API-Token und legen Sie es im Schlüsselbund des Systems ab (%3, das Token über stdin) oder setzen Sie es in TWINE_PASSWORD oder PYPI_TOKEN.</translation>
    </message>
    <message>
        <source>No PyPI token for %1: store an API token in the system keychain (%2, the token on stdin) or set TWINE_PASSWORD or PYPI_TOKEN to one (it is sent as the user __token__).</source>
        <translation>Kein PyPI-Token für %1: Legen Sie ein API-Token im Schlüsselbund des Systems ab (%2, das Token über stdin) oder setzen Sie TWINE_PASSWORD oder PYPI_TOKEN darauf (es wird als Benutzer __token__ gesendet).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registry or forge address: give it as https://host[:port][/path], as in .releasedesk.yml.</source>
        <translation>„%1“ ist keine Adresse einer Registry oder Forge: Geben Sie sie als https://host[:port][/path] an, wie in .releasedesk.yml.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a user name or password in it: give the address without them (the user name goes in --username, the token on stdin).</source>
        <translation>„%1“ enthält einen Benutzernamen oder ein Passwort: Geben Sie die Adresse ohne sie an (der Benutzername gehört in --username, das Token nach stdin).</translation>
    </message>
    <message>
        <source>A command step lacks its command or index.</source>
        <translation>Einem Befehlsschritt fehlen Befehl oder Index.</translation>
    </message>
    <message>
        <source>A forge release step lacks its forge, tag or an asset&apos;s path, name, size or sha256.</source>
        <translation>Einem Forge-Release-Schritt fehlen Forge, Tag oder Pfad, Name, Größe oder sha256 einer Datei.</translation>
    </message>
    <message>
        <source>An npm publish step lacks its registry, tarball, package, version or integrity.</source>
        <translation>Einem npm-Veröffentlichungsschritt fehlen Registry, Tarball, Paket, Version oder Integrität.</translation>
    </message>
    <message>
        <source>An OCI promote step lacks its registry, repository, source or version tag.</source>
        <translation>Einem OCI-Schritt fehlen Registry, Repository, Quelle oder Versions-Tag.</translation>
    </message>
    <message>
        <source>A PyPI publish step lacks its index, upload address, package, version or files.</source>
        <translation>Einem PyPI-Veröffentlichungsschritt fehlen Index, Upload-Adresse, Paket, Version oder Dateien.</translation>
    </message>
    <message>
        <source>Cannot read the artifact: %1</source>
        <translation>Das Artefakt kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>publish.build “%1” needs {commit}, which exists only once the release is committed: build after the tag instead</source>
        <translation>publish.build „%1“ braucht {commit}, den es erst gibt, wenn das Release committet ist: Bauen Sie stattdessen nach dem Tag</translation>
    </message>
    <message>
        <source>%1: publish: “%2” needs {commit}, which exists only once the release is committed: build after the tag instead</source>
        <translation>%1: publish: „%2“ braucht {commit}, den es erst gibt, wenn das Release committet ist: Bauen Sie stattdessen nach dem Tag</translation>
    </message>
    <message>
        <source>Cannot make a scratch folder to build in: %1</source>
        <translation>Es kann kein Arbeitsordner zum Bauen angelegt werden: %1</translation>
    </message>
    <message>
        <source>Writing the files of %1 with the release&apos;s changes into a scratch folder</source>
        <translation>Die Dateien von %1 werden mit den Änderungen des Releases in einen Arbeitsordner geschrieben</translation>
    </message>
    <message>
        <source>Cannot make the folder of a changed file</source>
        <translation>Der Ordner einer geänderten Datei kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot keep the artifact %1</source>
        <translation>Das Artefakt %1 kann nicht aufbewahrt werden</translation>
    </message>
    <message>
        <source>Cannot keep the built artifacts</source>
        <translation>Die gebauten Artefakte können nicht aufbewahrt werden</translation>
    </message>
    <message numerus="yes">
        <source>Built %n artifacts for %1</source>
        <translation>
            <numerusform>%n Artefakt für %1 gebaut</numerusform>
            <numerusform>%n Artefakte für %1 gebaut</numerusform>
        </translation>
    </message>
    <message>
        <source>The record of the prebuilt artifacts is not readable; build them again</source>
        <translation>Die Aufzeichnung der vorab gebauten Artefakte ist nicht lesbar; bauen Sie sie erneut</translation>
    </message>
    <message>
        <source>The artifact %1 reviewed for %2 is gone (%3); build it again</source>
        <translation>Das für %2 geprüfte Artefakt %1 ist verschwunden (%3); bauen Sie es erneut</translation>
    </message>
    <message>
        <source>The artifact %1 changed since it was reviewed for %2 (sha256 %3, reviewed %4); nothing was published from it. Build it again</source>
        <translation>Das Artefakt %1 hat sich geändert, seit es für %2 geprüft wurde (sha256 %3, geprüft %4); nichts davon wurde publiziert. Bauen Sie es erneut</translation>
    </message>
    <message>
        <source>expected a map with build:, commands:, verify_timeout: and build_first:</source>
        <translation>eine Map mit build:, commands:, verify_timeout: und build_first: erwartet</translation>
    </message>
</context>
<context>
    <name>rd::release</name>
    <message>
        <source>HEAD is detached. Check out a release branch (%1).</source>
        <translation>HEAD ist abgekoppelt. Checken Sie einen Release-Branch aus (%1).</translation>
    </message>
    <message>
        <source>%1 is not a release branch. Releases are made from %2; switch branches, or add it to release.branches in .releasedesk.yml.</source>
        <translation>%1 ist kein Release-Branch. Releases werden aus %2 erstellt; wechseln Sie den Branch oder fügen Sie ihn zu release.branches in .releasedesk.yml hinzu.</translation>
    </message>
    <message>
        <source>%1 is a release branch.</source>
        <translation>%1 ist ein Release-Branch.</translation>
    </message>
    <message>
        <source>On a release branch</source>
        <translation>Auf einem Release-Branch</translation>
    </message>
    <message>
        <source>A commit step lacks its branch, base, message or files.</source>
        <translation>Einem Commit-Schritt fehlen Branch, Basis, Nachricht oder Dateien.</translation>
    </message>
    <message numerus="yes">
        <source>Commit %n file(s) on %1</source>
        <translation>
            <numerusform>%n Datei auf %1 committen</numerusform>
            <numerusform>%n Dateien auf %1 committen</numerusform>
        </translation>
    </message>
    <message>
        <source>Author: %1 &lt;%2&gt;%3
Parent: %4 (%5)
Files:
%6

%7</source>
        <translation>Autor: %1 &lt;%2&gt;%3
Eltern: %4 (%5)
Dateien:
%6

%7</translation>
    </message>
    <message>
        <source> (signed with %1)</source>
        <translation> (signiert mit %1)</translation>
    </message>
    <message>
        <source>The branch %1 no longer exists.</source>
        <translation>Der Branch %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The branch %1 moved to %2 since the release started from %3. Abort the release and plan it again.</source>
        <translation>Der Branch %1 wurde auf %2 verschoben, seit das Release bei %3 begann. Brechen Sie das Release ab und planen Sie es neu.</translation>
    </message>
    <message>
        <source>HEAD is no longer on %1 (now: %2). Switch back to %1, then resume.</source>
        <translation>HEAD ist nicht mehr auf %1 (jetzt: %2). Wechseln Sie zurück zu %1 und setzen Sie dann fort.</translation>
    </message>
    <message>
        <source>The file no longer holds what the release wrote, so it was not committed. Abort, or restore it and resume.</source>
        <translation>Die Datei enthält nicht mehr, was das Release geschrieben hat, daher wurde sie nicht committet. Brechen Sie ab oder stellen Sie sie wieder her und setzen Sie fort.</translation>
    </message>
    <message>
        <source>commit.gpgSign asks for a signed commit but no signer is available.</source>
        <translation>commit.gpgSign verlangt einen signierten Commit, aber es ist kein Signierer verfügbar.</translation>
    </message>
    <message>
        <source>The branch %1 has moved past the release commit %2, so it was not reset. Reset it by hand if you want the commit gone.</source>
        <translation>Der Branch %1 ist über den Release-Commit %2 hinaus fortgeschritten, daher wurde er nicht zurückgesetzt. Setzen Sie ihn von Hand zurück, wenn der Commit weg soll.</translation>
    </message>
    <message>
        <source>The release journal has an unknown format; it was written by another ReleaseDesk version.</source>
        <translation>Das Release-Journal hat ein unbekanntes Format; es wurde von einer anderen ReleaseDesk-Version geschrieben.</translation>
    </message>
    <message>
        <source>The release journal has no valid state.</source>
        <translation>Das Release-Journal hat keinen gültigen Zustand.</translation>
    </message>
    <message>
        <source>The release journal has a step without id or state.</source>
        <translation>Das Release-Journal hat einen Schritt ohne ID oder Zustand.</translation>
    </message>
    <message>
        <source>The release journal is not valid JSON (%1). It is written atomically, so it was edited by hand or the disk is damaged.</source>
        <translation>Das Release-Journal ist kein gültiges JSON (%1). Es wird atomar geschrieben, also wurde es von Hand bearbeitet oder der Datenträger ist beschädigt.</translation>
    </message>
    <message>
        <source>Cannot create the journal folder.</source>
        <translation>Der Journal-Ordner kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The commits since the last release were not counted.</source>
        <translation>Die Commits seit dem letzten Release wurden nicht gezählt.</translation>
    </message>
    <message>
        <source>Nothing to release: there is no commit since %1.</source>
        <translation>Nichts zu veröffentlichen: Seit %1 gibt es keinen Commit.</translation>
    </message>
    <message>
        <source>the last release</source>
        <translation>dem letzten Release</translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) since %1.</source>
        <translation>
            <numerusform>%n Commit seit %1.</numerusform>
            <numerusform>%n Commits seit %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>the start</source>
        <translation>dem Anfang</translation>
    </message>
    <message>
        <source>There is something to release</source>
        <translation>Es gibt etwas zu veröffentlichen</translation>
    </message>
    <message>
        <source>Checks done</source>
        <translation>Prüfungen abgeschlossen</translation>
    </message>
    <message>
        <source>No remote to check against.</source>
        <translation>Kein Remote zum Vergleichen.</translation>
    </message>
    <message>
        <source>The push step needs network access, which this run was started without.</source>
        <translation>Der Push-Schritt braucht Netzwerkzugriff, ohne den dieser Lauf gestartet wurde.</translation>
    </message>
    <message>
        <source>A push step lacks its remote or refs.</source>
        <translation>Einem Push-Schritt fehlen Remote oder Referenzen.</translation>
    </message>
    <message>
        <source>Push %1 to %2</source>
        <translation>%1 auf %2 pushen</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Remote: %1 (%2)</source>
        <translation>Remote: %1 (%2)</translation>
    </message>
    <message>
        <source>  %1 -&gt; %2 (on the remote now: %3)</source>
        <translation>  %1 -&gt; %2 (jetzt auf dem Remote: %3)</translation>
    </message>
    <message>
        <source>The remote %1 now points at %2, not at %3 as when the release was planned. Restore the URL, or abort and plan again.</source>
        <translation>Das Remote %1 zeigt jetzt auf %2, nicht auf %3 wie bei der Planung des Releases. Stellen Sie die URL wieder her oder brechen Sie ab und planen Sie neu.</translation>
    </message>
    <message>
        <source>There is nothing to push: %1 does not exist.</source>
        <translation>Es gibt nichts zu pushen: %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Pushing %1 to %2 (%3)</source>
        <translation>%1 wird auf %2 gepusht (%3)</translation>
    </message>
    <message>
        <source>No step to add.</source>
        <translation>Kein Schritt zum Hinzufügen.</translation>
    </message>
    <message>
        <source>The plan already has a step &quot;%1&quot;.</source>
        <translation>Der Plan hat bereits einen Schritt „%1“.</translation>
    </message>
    <message>
        <source>The release plan has format %1; this ReleaseDesk reads %2.</source>
        <translation>Der Release-Plan hat das Format %1; dieses ReleaseDesk liest %2.</translation>
    </message>
    <message numerus="yes">
        <source>Release %1 (tag %2) from %3 at %4: %n step(s)
</source>
        <translation>
            <numerusform>Release %1 (Tag %2) von %3 bei %4: %n Schritt
</numerusform>
            <numerusform>Release %1 (Tag %2) von %3 bei %4: %n Schritte
</numerusform>
        </translation>
    </message>
    <message>
        <source> [changes the remote]</source>
        <translation> [ändert das Remote]</translation>
    </message>
    <message>
        <source>A release needs a work tree; this repository is bare.</source>
        <translation>Ein Release braucht ein Arbeitsverzeichnis; dieses Repository ist bare.</translation>
    </message>
    <message>
        <source>HEAD is not on a branch. Check out the branch to release (e.g. git switch main).</source>
        <translation>HEAD ist auf keinem Branch. Checken Sie den Branch aus, der veröffentlicht werden soll (z. B. git switch main).</translation>
    </message>
    <message>
        <source>The release has no tag name.</source>
        <translation>Das Release hat keinen Tag-Namen.</translation>
    </message>
    <message>
        <source>A release may only write files inside the work tree, by relative &apos;/&apos;-separated path.</source>
        <translation>Ein Release darf nur Dateien innerhalb des Arbeitsverzeichnisses schreiben, über einen relativen, mit &apos;/&apos; getrennten Pfad.</translation>
    </message>
    <message>
        <source>Two planners want to write the same file; merge their changes first.</source>
        <translation>Zwei Planer wollen dieselbe Datei schreiben; führen Sie zuerst ihre Änderungen zusammen.</translation>
    </message>
    <message>
        <source>There is no remote to push the release to. Add one (git remote add origin URL) or turn pushing off.</source>
        <translation>Es gibt kein Remote, auf das das Release gepusht werden kann. Fügen Sie eines hinzu (git remote add origin URL) oder schalten Sie das Pushen aus.</translation>
    </message>
    <message>
        <source>Another ReleaseDesk is running a release in this repository. Wait for it to finish.</source>
        <translation>Ein anderes ReleaseDesk führt gerade ein Release in diesem Repository aus. Warten Sie, bis es fertig ist.</translation>
    </message>
    <message>
        <source>A release (%1) was stopped before it finished. Resume it or abort it first.</source>
        <translation>Ein Release (%1) wurde angehalten, bevor es fertig war. Setzen Sie es zuerst fort oder brechen Sie es ab.</translation>
    </message>
    <message>
        <source>There is no unfinished release in this repository.</source>
        <translation>Es gibt kein unfertiges Release in diesem Repository.</translation>
    </message>
    <message>
        <source>The journal&apos;s steps do not match its plan.</source>
        <translation>Die Schritte des Journals passen nicht zu seinem Plan.</translation>
    </message>
    <message>
        <source>The release was cancelled before &quot;%1&quot;. Resume it or abort it.</source>
        <translation>Das Release wurde vor „%1“ abgebrochen. Setzen Sie es fort oder brechen Sie es ab.</translation>
    </message>
    <message>
        <source>Already done: %1</source>
        <translation>Bereits erledigt: %1</translation>
    </message>
    <message>
        <source>Release %1 done</source>
        <translation>Release %1 fertig</translation>
    </message>
    <message>
        <source>Cannot tell whether &quot;%1&quot; reached the remote (%2). Nothing was undone; try again when the remote can be reached, or resume the release.</source>
        <translation>Es lässt sich nicht sagen, ob „%1“ das Remote erreicht hat (%2). Nichts wurde rückgängig gemacht; versuchen Sie es erneut, wenn das Remote erreichbar ist, oder setzen Sie das Release fort.</translation>
    </message>
    <message>
        <source>The release already reached the remote (%1). Nothing was undone. Resume to finish it, or abort with confirmation to also remove it from the remote.</source>
        <translation>Das Release hat das Remote bereits erreicht (%1). Nichts wurde rückgängig gemacht. Setzen Sie fort, um es abzuschließen, oder brechen Sie mit Bestätigung ab, um es auch vom Remote zu entfernen.</translation>
    </message>
    <message>
        <source>Undoing: %1</source>
        <translation>Wird rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>expected a mapping (branches, remote, push, commit-message)</source>
        <translation>erwartet eine Zuordnung (branches, remote, push, commit-message)</translation>
    </message>
    <message>
        <source>the commit message must not be empty</source>
        <translation>die Commit-Nachricht darf nicht leer sein</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>diese Sitzung</translation>
    </message>
    <message>
        <source>The plan has a step of unknown kind &quot;%1&quot;; it was written by a newer ReleaseDesk.</source>
        <translation>Der Plan hat einen Schritt unbekannter Art „%1“; er wurde von einem neueren ReleaseDesk geschrieben.</translation>
    </message>
    <message>
        <source>The plan&apos;s step &quot;%1&quot; does not rebuild to the same step.</source>
        <translation>Der Schritt „%1“ des Plans lässt sich nicht zum selben Schritt wiederherstellen.</translation>
    </message>
    <message>
        <source>Cannot list the tags of %1: %2</source>
        <translation>Die Tags von %1 können nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>The tag %1 already exists on %2: version %3 was released already. Choose another version.</source>
        <translation>Der Tag %1 existiert bereits auf %2: Version %3 wurde schon veröffentlicht. Wählen Sie eine andere Version.</translation>
    </message>
    <message>
        <source>The tag %1 already exists in this clone%2.</source>
        <translation>Der Tag %1 existiert bereits in diesem Klon%2.</translation>
    </message>
    <message>
        <source> (but not on %1)</source>
        <translation> (aber nicht auf %1)</translation>
    </message>
    <message>
        <source>Delete the local tag %1</source>
        <translation>Den lokalen Tag %1 löschen</translation>
    </message>
    <message>
        <source>%1 does not exist yet.</source>
        <translation>%1 existiert noch nicht.</translation>
    </message>
    <message>
        <source>%1 exists neither here nor on %2.</source>
        <translation>%1 existiert weder hier noch auf %2.</translation>
    </message>
    <message>
        <source>Tag is free</source>
        <translation>Tag ist frei</translation>
    </message>
    <message>
        <source>A tag step lacks its name, message or target.</source>
        <translation>Einem Tag-Schritt fehlen Name, Nachricht oder Ziel.</translation>
    </message>
    <message>
        <source>Create the signed tag %1</source>
        <translation>Den signierten Tag %1 erstellen</translation>
    </message>
    <message>
        <source>Create the annotated tag %1</source>
        <translation>Den annotierten Tag %1 erstellen</translation>
    </message>
    <message>
        <source>the commit made by step &quot;%1&quot;</source>
        <translation>der Commit aus Schritt „%1“</translation>
    </message>
    <message>
        <source>Tag: %1
On: %2
Tagger: %3 &lt;%4&gt;%5

%6</source>
        <translation>Tag: %1
Auf: %2
Tagger: %3 &lt;%4&gt;%5

%6</translation>
    </message>
    <message>
        <source>The tag needs the commit of step &quot;%1&quot;, which has not run.</source>
        <translation>Der Tag braucht den Commit aus Schritt „%1“, der nicht gelaufen ist.</translation>
    </message>
    <message>
        <source>The tag %1 already exists and is not the one this release makes. Delete it (git tag -d %1) if it is a leftover, or release another version.</source>
        <translation>Der Tag %1 existiert bereits und ist nicht der, den dieses Release erstellt. Löschen Sie ihn (git tag -d %1), wenn er ein Überbleibsel ist, oder veröffentlichen Sie eine andere Version.</translation>
    </message>
    <message>
        <source>tag.gpgSign asks for a signed tag but no signer is available.</source>
        <translation>tag.gpgSign verlangt einen signierten Tag, aber es ist kein Signierer verfügbar.</translation>
    </message>
    <message>
        <source>HEAD is not on a branch.</source>
        <translation>HEAD ist auf keinem Branch.</translation>
    </message>
    <message>
        <source>%1 has no upstream and there is no remote: the release stays in this clone.</source>
        <translation>%1 hat keinen Upstream, und es gibt kein Remote: Das Release bleibt in diesem Klon.</translation>
    </message>
    <message>
        <source>%1 has no upstream branch, so it cannot be compared; the release pushes it to %2.</source>
        <translation>%1 hat keinen Upstream-Branch und kann daher nicht verglichen werden; das Release pusht ihn auf %2.</translation>
    </message>
    <message>
        <source>Fetching %1</source>
        <translation>%1 wird abgerufen</translation>
    </message>
    <message>
        <source>Cannot fetch %1 to compare: %2</source>
        <translation>%1 kann zum Vergleichen nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1 or its upstream.</source>
        <translation>%1 oder sein Upstream kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The upstream %1 does not exist yet; the release creates it.</source>
        <translation>Der Upstream %1 existiert noch nicht; das Release legt ihn an.</translation>
    </message>
    <message>
        <source>%1 and %2 have diverged (%3 local, %4 remote commits). Merge or rebase, then re-run the checks.</source>
        <translation>%1 und %2 sind auseinandergelaufen (%3 lokale, %4 entfernte Commits). Führen Sie Merge oder Rebase aus und starten Sie die Prüfungen dann erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n commit(s) behind %2. Update it so the release includes them.</source>
        <translation>
            <numerusform>%1 liegt %n Commit hinter %2. Aktualisieren Sie ihn, damit das Release ihn enthält.</numerusform>
            <numerusform>%1 liegt %n Commits hinter %2. Aktualisieren Sie ihn, damit das Release sie enthält.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fast-forward %1 to %2</source>
        <translation>%1 auf %2 vorspulen</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n commit(s) not yet on %2; the release pushes them too.</source>
        <translation>
            <numerusform>%1 hat %n Commit, der noch nicht auf %2 ist; das Release pusht ihn mit.</numerusform>
            <numerusform>%1 hat %n Commits, die noch nicht auf %2 sind; das Release pusht sie mit.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is up to date with %2.</source>
        <translation>%1 ist auf dem Stand von %2.</translation>
    </message>
    <message>
        <source>Branch is up to date with its upstream</source>
        <translation>Branch ist auf dem Stand seines Upstreams</translation>
    </message>
    <message>
        <source>%1 is the first release.</source>
        <translation>%1 ist das erste Release.</translation>
    </message>
    <message>
        <source>%1 is not greater than the last release %2 (%3). Choose a higher version.</source>
        <translation>%1 ist nicht größer als das letzte Release %2 (%3). Wählen Sie eine höhere Version.</translation>
    </message>
    <message>
        <source>%1 follows %2.</source>
        <translation>%1 folgt auf %2.</translation>
    </message>
    <message>
        <source>Next version is greater than the last release</source>
        <translation>Nächste Version ist größer als das letzte Release</translation>
    </message>
    <message>
        <source>The project declares no version sources.</source>
        <translation>Das Projekt deklariert keine Versionsquellen.</translation>
    </message>
    <message>
        <source>Not a version: %1. Fix these files first.</source>
        <translation>Keine Version: %1. Korrigieren Sie zuerst diese Dateien.</translation>
    </message>
    <message>
        <source>The version sources disagree (%1). Make them agree, then re-run the checks.</source>
        <translation>Die Versionsquellen stimmen nicht überein (%1). Bringen Sie sie in Übereinstimmung und starten Sie die Prüfungen dann erneut.</translation>
    </message>
    <message>
        <source>The version sources say %1, but the last release is %2.</source>
        <translation>Die Versionsquellen sagen %1, aber das letzte Release ist %2.</translation>
    </message>
    <message numerus="yes">
        <source>All %n version source(s) agree on %1.</source>
        <translation>
            <numerusform>Die %n Versionsquelle stimmt mit %1 überein.</numerusform>
            <numerusform>Alle %n Versionsquellen stimmen mit %1 überein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Version sources agree</source>
        <translation>Versionsquellen stimmen überein</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>A %1 is in progress. Finish or abort it first.</source>
        <translation>Ein %1 ist im Gange. Schließen Sie es ab oder brechen Sie es zuerst ab.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) have uncommitted changes: %1. Commit or stash them, so the release is made from what is committed.</source>
        <translation>
            <numerusform>%n Datei hat nicht committete Änderungen: %1. Committen oder stashen Sie sie, damit das Release aus dem Committeten entsteht.</numerusform>
            <numerusform>%n Dateien haben nicht committete Änderungen: %1. Committen oder stashen Sie sie, damit das Release aus dem Committeten entsteht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n untracked file(s): %1. The release leaves them alone.</source>
        <translation>
            <numerusform>%n nicht verfolgte Datei: %1. Das Release lässt sie unberührt.</numerusform>
            <numerusform>%n nicht verfolgte Dateien: %1. Das Release lässt sie unberührt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No uncommitted changes.</source>
        <translation>Keine nicht committeten Änderungen.</translation>
    </message>
    <message>
        <source>Working tree is clean</source>
        <translation>Arbeitsverzeichnis ist sauber</translation>
    </message>
    <message>
        <source>A write-file step lacks its path or content.</source>
        <translation>Einem Datei-Schreibschritt fehlen Pfad oder Inhalt.</translation>
    </message>
    <message>
        <source>The journal&apos;s content for %1 does not match its hash.</source>
        <translation>Der Inhalt des Journals für %1 passt nicht zu seinem Hash.</translation>
    </message>
    <message>
        <source>Update %1</source>
        <translation>%1 aktualisieren</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>%1 anlegen</translation>
    </message>
    <message>
        <source>The file changed after the release was planned, so it was not overwritten. Review the release again to include the current content.</source>
        <translation>Die Datei wurde nach der Planung des Releases geändert, daher wurde sie nicht überschrieben. Überprüfen Sie das Release erneut, um den aktuellen Inhalt aufzunehmen.</translation>
    </message>
    <message>
        <source>Left %1 as it is: it was edited after the release planned or wrote it.</source>
        <translation>%1 unverändert gelassen: Die Datei wurde bearbeitet, nachdem das Release sie geplant oder geschrieben hat.</translation>
    </message>
    <message>
        <source>Cannot remove the file the release created.</source>
        <translation>Die vom Release angelegte Datei kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>This repository is bare: a release needs a work tree to write the version files in. Clone it (git clone %1) and release from the clone.</source>
        <translation>Dieses Repository ist bare: Ein Release braucht ein Arbeitsverzeichnis, in das es die Versionsdateien schreibt. Klonen Sie es (git clone %1) und erstellen Sie das Release aus dem Klon.</translation>
    </message>
    <message>
        <source>The release is undone, but the metrics will not count it as a failed deployment: %1</source>
        <translation>Das Release ist rückgängig gemacht, aber die Metriken zählen es nicht als fehlgeschlagenes Deployment: %1</translation>
    </message>
</context>
<context>
    <name>rd::releasedraft</name>
    <message>
        <source>The release was cancelled.</source>
        <translation>Das Release wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1: the version you chose.</source>
        <translation>%1: die von Ihnen gewählte Version.</translation>
    </message>
    <message>
        <source>There is nothing to release.</source>
        <translation>Es gibt nichts zu veröffentlichen.</translation>
    </message>
    <message>
        <source>A %1 bump, as you chose (the commits call for %2).</source>
        <translation>Eine %1-Erhöhung, wie von Ihnen gewählt (die Commits verlangen %2).</translation>
    </message>
    <message>
        <source>Some version sources cannot take %1: %2</source>
        <translation>Einige Versionsquellen können %1 nicht aufnehmen: %2</translation>
    </message>
    <message>
        <source>%1 already has a section for %2. Remove it, or leave the changelog out of this release.</source>
        <translation>%1 hat bereits einen Abschnitt für %2. Entfernen Sie ihn oder lassen Sie den Changelog bei diesem Release weg.</translation>
    </message>
    <message>
        <source>Tag pattern %1.</source>
        <translation>Tag-Muster %1.</translation>
    </message>
    <message>
        <source>%1 is not counted as a version source: %2.</source>
        <translation>%1 wird nicht als Versionsquelle gezählt: %2.</translation>
    </message>
    <message>
        <source>The release tags could not be read: %1</source>
        <translation>Die Release-Tags konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Give either a version or a bump level, not both.</source>
        <translation>Geben Sie entweder eine Version oder eine Erhöhungsstufe an, nicht beides.</translation>
    </message>
    <message>
        <source>A pre-release channel goes with a computed or bumped version; write the pre-release into the version instead (e.g. 1.4.0-%1.1).</source>
        <translation>Ein Vorabversions-Kanal gehört zu einer berechneten oder erhöhten Version; schreiben Sie die Vorabversion stattdessen in die Version (z. B. 1.4.0-%1.1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SemVer version: %2</source>
        <translation>„%1“ ist keine SemVer-Version: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bump level: use major, minor or patch.</source>
        <translation>„%1“ ist keine Erhöhungsstufe: Verwenden Sie major, minor oder patch.</translation>
    </message>
    <message>
        <source>This repository is bare: the version files are read from HEAD&apos;s tree and cannot be changed here. A release needs a work tree: clone the repository and open the clone.</source>
        <translation>Dieses Repository ist bare: Die Versionsdateien werden aus dem Baum von HEAD gelesen und können hier nicht geändert werden. Ein Release braucht ein Arbeitsverzeichnis: Klonen Sie das Repository und öffnen Sie den Klon.</translation>
    </message>
    <message>
        <source>remote %1</source>
        <translation>Remote %1</translation>
    </message>
</context>
<context>
    <name>rd::semver</name>
    <message>
        <source>a breaking change in 0.x bumps the minor number (zero-major policy; set zero-major.breaking-bumps-major to change it)</source>
        <translation>eine Breaking Change in 0.x erhöht die Minor-Nummer (Zero-Major-Regel; setzen Sie zero-major.breaking-bumps-major, um das zu ändern)</translation>
    </message>
    <message>
        <source>a breaking change bumps the major number, also in 0.x (zero-major.breaking-bumps-major is set)</source>
        <translation>eine Breaking Change erhöht die Major-Nummer, auch in 0.x (zero-major.breaking-bumps-major ist gesetzt)</translation>
    </message>
    <message>
        <source>a breaking change bumps the major number</source>
        <translation>eine Breaking Change erhöht die Major-Nummer</translation>
    </message>
    <message>
        <source>a minor change (such as a new feature) bumps the minor number</source>
        <translation>eine Minor-Änderung (etwa ein neues Feature) erhöht die Minor-Nummer</translation>
    </message>
    <message>
        <source>a patch change (such as a bug fix) bumps the patch number</source>
        <translation>eine Patch-Änderung (etwa ein Bugfix) erhöht die Patch-Nummer</translation>
    </message>
    <message>
        <source>The pre-release channel is not valid: %1 Use a name such as rc, beta or alpha.</source>
        <translation>Der Vorabversions-Kanal ist ungültig: %1 Verwenden Sie einen Namen wie rc, beta oder alpha.</translation>
    </message>
    <message>
        <source>The pre-release channel &apos;%1&apos; starts with a number; a channel is a name such as rc, beta or alpha.</source>
        <translation>Der Vorabversions-Kanal &apos;%1&apos; beginnt mit einer Zahl; ein Kanal ist ein Name wie rc, beta oder alpha.</translation>
    </message>
    <message>
        <source>The last release %1 is a pre-release; the next version is computed from the last final release.</source>
        <translation>Das letzte Release %1 ist eine Vorabversion; die nächste Version wird aus dem letzten finalen Release berechnet.</translation>
    </message>
    <message>
        <source>The last pre-release %1 is not a pre-release.</source>
        <translation>Die letzte Vorabversion %1 ist keine Vorabversion.</translation>
    </message>
    <message>
        <source>The initial version %1 is a pre-release. Set initial-version to a release such as 0.1.0 and choose a channel for its pre-releases.</source>
        <translation>Die Anfangsversion %1 ist eine Vorabversion. Setzen Sie initial-version auf ein Release wie 0.1.0 und wählen Sie einen Kanal für dessen Vorabversionen.</translation>
    </message>
    <message>
        <source>no release yet → %1: the first release is the initial version (set initial-version to change it)</source>
        <translation>noch kein Release → %1: Das erste Release ist die Anfangsversion (setzen Sie initial-version, um sie zu ändern)</translation>
    </message>
    <message>
        <source>Nothing to release: no change since %1 calls for a new version. Commit a fix or a feature, or choose the bump level yourself.</source>
        <translation>Nichts zu veröffentlichen: Keine Änderung seit %1 verlangt eine neue Version. Committen Sie einen Fix oder ein Feature, oder wählen Sie die Erhöhungsstufe selbst.</translation>
    </message>
    <message>
        <source>Cannot bump %1: its %2 number is already the largest possible (%3).</source>
        <translation>%1 kann nicht erhöht werden: Seine %2-Nummer ist bereits die größtmögliche (%3).</translation>
    </message>
    <message>
        <source>%1 → %2: no change since %1 needs a new version by itself, but the pre-release %3 is under way towards %2</source>
        <translation>%1 → %2: Keine Änderung seit %1 braucht für sich eine neue Version, aber die Vorabversion %3 ist auf dem Weg zu %2</translation>
    </message>
    <message>
        <source>%1 → %2: the pre-release %3 is already heading for %2, so this release continues it</source>
        <translation>%1 → %2: Die Vorabversion %3 steuert bereits auf %2 zu, daher setzt dieses Release sie fort</translation>
    </message>
    <message>
        <source>the pre-release %1 is left behind: %2 is higher, so its pre-releases start over</source>
        <translation>die Vorabversion %1 bleibt zurück: %2 ist höher, daher beginnen ihre Vorabversionen von vorn</translation>
    </message>
    <message>
        <source>%1 → %2: promotes the pre-release to the final release</source>
        <translation>%1 → %2: macht aus der Vorabversion das finale Release</translation>
    </message>
    <message>
        <source>%1 → %2: starts the %3 channel with the first pre-release of %1</source>
        <translation>%1 → %2: beginnt den Kanal %3 mit der ersten Vorabversion von %1</translation>
    </message>
    <message>
        <source>Cannot continue %1: its pre-release number is already the largest possible (%2).</source>
        <translation>%1 kann nicht fortgesetzt werden: Seine Vorabversionsnummer ist bereits die größtmögliche (%2).</translation>
    </message>
    <message>
        <source>%1 → %2: continues the %3 channel</source>
        <translation>%1 → %2: setzt den Kanal %3 fort</translation>
    </message>
    <message>
        <source>Cannot release %1: it sorts below the existing pre-release %2, because SemVer orders pre-release names in ASCII order (&apos;%3&apos; comes before &apos;%4&apos;). Continue on the %4 channel, or release %5.</source>
        <translation>%1 kann nicht veröffentlicht werden: Es sortiert vor der vorhandenen Vorabversion %2, weil SemVer Vorabversionsnamen in ASCII-Reihenfolge ordnet (&apos;%3&apos; kommt vor &apos;%4&apos;). Fahren Sie auf dem Kanal %4 fort oder veröffentlichen Sie %5.</translation>
    </message>
    <message>
        <source>%1 → %2: switches from the %3 channel to %4 on the same version %5</source>
        <translation>%1 → %2: wechselt vom Kanal %3 zu %4 auf derselben Version %5</translation>
    </message>
    <message>
        <source>the number %1 is too large (the largest is %2)</source>
        <translation>die Zahl %1 ist zu groß (die größte ist %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PEP 440 version: %2.</source>
        <translation>&apos;%1&apos; ist keine PEP-440-Version: %2.</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>der Text ist leer</translation>
    </message>
    <message>
        <source>the epoch %1! is not followed by a release number</source>
        <translation>auf die Epoche %1! folgt keine Release-Nummer</translation>
    </message>
    <message>
        <source>it does not start with a release number such as 1.0</source>
        <translation>sie beginnt nicht mit einer Release-Nummer wie 1.0</translation>
    </message>
    <message>
        <source>the local version after &apos;+&apos; is empty</source>
        <translation>die lokale Version nach &apos;+&apos; ist leer</translation>
    </message>
    <message>
        <source>the local version &apos;%1&apos; has an empty segment (segments are separated by single &apos;.&apos;, &apos;-&apos; or &apos;_&apos;)</source>
        <translation>die lokale Version &apos;%1&apos; hat ein leeres Segment (Segmente werden durch einzelne &apos;.&apos;, &apos;-&apos; oder &apos;_&apos; getrennt)</translation>
    </message>
    <message>
        <source>the local version &apos;%1&apos; contains &apos;%2&apos; (only letters, digits and the separators &apos;.&apos;, &apos;-&apos; and &apos;_&apos; are allowed)</source>
        <translation>die lokale Version &apos;%1&apos; enthält &apos;%2&apos; (nur Buchstaben, Ziffern und die Trennzeichen &apos;.&apos;, &apos;-&apos; und &apos;_&apos; sind erlaubt)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not fit at position %2 (after the release come, each optional and in this order: a pre-release such as a1, b2 or rc1, a post-release such as .post1, a dev release such as .dev1, and a local version such as +ubuntu.1)</source>
        <translation>&apos;%1&apos; passt nicht an Position %2 (nach dem Release folgen, jeweils optional und in dieser Reihenfolge: eine Vorabversion wie a1, b2 oder rc1, eine Post-Release wie .post1, eine Dev-Release wie .dev1 und eine lokale Version wie +ubuntu.1)</translation>
    </message>
    <message>
        <source>The Python version %1 has no SemVer form: %2.</source>
        <translation>Die Python-Version %1 hat keine SemVer-Form: %2.</translation>
    </message>
    <message>
        <source>its epoch (%1!) has no place in SemVer</source>
        <translation>ihre Epoche (%1!) hat in SemVer keinen Platz</translation>
    </message>
    <message>
        <source>its release has %1 numbers, SemVer has three (major.minor.patch)</source>
        <translation>ihr Release hat %1 Zahlen, SemVer hat drei (major.minor.patch)</translation>
    </message>
    <message>
        <source>its local version +%1 would read back as a post-release</source>
        <translation>ihre lokale Version +%1 würde als Post-Release zurückgelesen</translation>
    </message>
    <message>
        <source>The version %1 has no PEP 440 form: %2.</source>
        <translation>Die Version %1 hat keine PEP-440-Form: %2.</translation>
    </message>
    <message>
        <source>its pre-release &apos;%1&apos; is not alpha/a, beta/b or rc, then dev, each with a number (e.g. -rc.1 or -alpha.1.dev.2)</source>
        <translation>ihre Vorabversion &apos;%1&apos; ist nicht alpha/a, beta/b oder rc, dann dev, jeweils mit einer Zahl (z. B. -rc.1 oder -alpha.1.dev.2)</translation>
    </message>
    <message>
        <source>its build identifier &apos;%1&apos; would leave an empty segment in the local version</source>
        <translation>ihr Build-Bezeichner &apos;%1&apos; würde ein leeres Segment in der lokalen Version hinterlassen</translation>
    </message>
    <message>
        <source>contains the control character U+%1</source>
        <translation>enthält das Steuerzeichen U+%1</translation>
    </message>
    <message>
        <source>contains a space</source>
        <translation>enthält ein Leerzeichen</translation>
    </message>
    <message>
        <source>contains &apos;%1&apos;</source>
        <translation>enthält &apos;%1&apos;</translation>
    </message>
    <message>
        <source>has a path component starting with &apos;.&apos;</source>
        <translation>hat einen Pfadbestandteil, der mit &apos;.&apos; beginnt</translation>
    </message>
    <message>
        <source>has a path component ending with &apos;.lock&apos;</source>
        <translation>hat einen Pfadbestandteil, der auf &apos;.lock&apos; endet</translation>
    </message>
    <message>
        <source>starts with &apos;%1&apos;</source>
        <translation>beginnt mit &apos;%1&apos;</translation>
    </message>
    <message>
        <source>ends with &apos;%1&apos;</source>
        <translation>endet auf &apos;%1&apos;</translation>
    </message>
    <message>
        <source>ends with &apos;.lock&apos;</source>
        <translation>endet auf &apos;.lock&apos;</translation>
    </message>
    <message>
        <source>The tag pattern &apos;%1&apos; is not usable: %2.</source>
        <translation>Das Tag-Muster &apos;%1&apos; ist nicht verwendbar: %2.</translation>
    </message>
    <message>
        <source>it is empty (write the tag name with {version} where the version goes, e.g. v{version})</source>
        <translation>es ist leer (schreiben Sie den Tag-Namen mit {version} dort, wo die Version steht, z. B. v{version})</translation>
    </message>
    <message>
        <source>it has no {version} placeholder (write it where the version goes, e.g. v{version} or pkg@{version})</source>
        <translation>es hat keinen Platzhalter {version} (schreiben Sie ihn dort, wo die Version steht, z. B. v{version} oder pkg@{version})</translation>
    </message>
    <message>
        <source>it has %1 {version} placeholders; a tag names one version, so the pattern needs exactly one</source>
        <translation>es hat %1 Platzhalter {version}; ein Tag benennt eine Version, daher braucht das Muster genau einen</translation>
    </message>
    <message>
        <source>it has a &apos;%1&apos; outside the {version} placeholder (the only placeholder is {version}, in lower case)</source>
        <translation>es hat ein &apos;%1&apos; außerhalb des Platzhalters {version} (der einzige Platzhalter ist {version}, kleingeschrieben)</translation>
    </message>
    <message>
        <source>it starts with &apos;refs/&apos; (a pattern names the tag itself: write v{version}, not refs/tags/v{version})</source>
        <translation>es beginnt mit &apos;refs/&apos; (ein Muster benennt den Tag selbst: Schreiben Sie v{version}, nicht refs/tags/v{version})</translation>
    </message>
    <message>
        <source>the text before {version} %1, which git does not allow in a tag name</source>
        <translation>der Text vor {version} %1, was git in einem Tag-Namen nicht erlaubt</translation>
    </message>
    <message>
        <source>the text after {version} %1, which git does not allow in a tag name</source>
        <translation>der Text nach {version} %1, was git in einem Tag-Namen nicht erlaubt</translation>
    </message>
    <message>
        <source>Tag &apos;%1&apos; looks like a version tag for the pattern &apos;%2&apos;, but %3</source>
        <translation>Tag &apos;%1&apos; sieht aus wie ein Versions-Tag für das Muster &apos;%2&apos;, aber %3</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>the %1 number is empty</source>
        <translation>die %1-Nummer ist leer</translation>
    </message>
    <message>
        <source>the %1 number &apos;%2&apos; is not a number (only digits 0-9 are allowed)</source>
        <translation>die %1-Nummer &apos;%2&apos; ist keine Zahl (nur die Ziffern 0–9 sind erlaubt)</translation>
    </message>
    <message>
        <source>the %1 number has a leading zero (&apos;%2&apos;)</source>
        <translation>die %1-Nummer hat eine führende Null (&apos;%2&apos;)</translation>
    </message>
    <message>
        <source>the %1 number &apos;%2&apos; is too large (the largest is %3)</source>
        <translation>die %1-Nummer &apos;%2&apos; ist zu groß (die größte ist %3)</translation>
    </message>
    <message>
        <source>the pre-release after &apos;-&apos; is empty</source>
        <translation>die Vorabversion nach &apos;-&apos; ist leer</translation>
    </message>
    <message>
        <source>the build metadata after &apos;+&apos; is empty</source>
        <translation>die Build-Metadaten nach &apos;+&apos; sind leer</translation>
    </message>
    <message>
        <source>%1 identifier %2 is empty (identifiers are separated by single dots, with none at either end)</source>
        <translation>%1-Bezeichner %2 ist leer (Bezeichner werden durch einzelne Punkte getrennt, an keinem Ende einer)</translation>
    </message>
    <message>
        <source>the build metadata has a second &apos;+&apos; at position %1 (only one &apos;+&apos; is allowed, before the build metadata)</source>
        <translation>die Build-Metadaten haben ein zweites &apos;+&apos; an Position %1 (nur ein &apos;+&apos; ist erlaubt, vor den Build-Metadaten)</translation>
    </message>
    <message>
        <source>%1 identifier %2 (&apos;%3&apos;) contains %4 at position %5 (only ASCII letters, digits and &apos;-&apos; are allowed)</source>
        <translation>%1-Bezeichner %2 (&apos;%3&apos;) enthält %4 an Position %5 (nur ASCII-Buchstaben, Ziffern und &apos;-&apos; sind erlaubt)</translation>
    </message>
    <message>
        <source>pre-release identifier %1 (&apos;%2&apos;) is a number with a leading zero</source>
        <translation>der Vorabversions-Bezeichner %1 (&apos;%2&apos;) ist eine Zahl mit führender Null</translation>
    </message>
    <message>
        <source>it contains %1 at position %2 (a version holds only ASCII letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;+&apos;)</source>
        <translation>sie enthält %1 an Position %2 (eine Version enthält nur ASCII-Buchstaben, Ziffern, &apos;.&apos;, &apos;-&apos; und &apos;+&apos;)</translation>
    </message>
    <message>
        <source>it starts with &apos;%1&apos; (a version has no prefix: the tag v1.2.3 names the version 1.2.3)</source>
        <translation>sie beginnt mit &apos;%1&apos; (eine Version hat kein Präfix: Der Tag v1.2.3 benennt die Version 1.2.3)</translation>
    </message>
    <message>
        <source>it starts with &apos;%1&apos; (a version starts with its major number)</source>
        <translation>sie beginnt mit &apos;%1&apos; (eine Version beginnt mit ihrer Major-Nummer)</translation>
    </message>
    <message>
        <source>the version core &apos;%1&apos; has %2 %3 (it needs exactly three numbers: major.minor.patch)</source>
        <translation>der Versionskern &apos;%1&apos; hat %2 %3 (er braucht genau drei Zahlen: major.minor.patch)</translation>
    </message>
    <message>
        <source>the patch number &apos;%1&apos; is not a number (a pre-release goes after a &apos;-&apos;: &apos;%2-%3&apos;)</source>
        <translation>die Patch-Nummer &apos;%1&apos; ist keine Zahl (eine Vorabversion steht nach einem &apos;-&apos;: &apos;%2-%3&apos;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a SemVer version: %2.</source>
        <translation>&apos;%1&apos; ist keine SemVer-Version: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid pre-release: %2.</source>
        <translation>&apos;%1&apos; ist keine gültige Vorabversion: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 version: %3.</source>
        <translation>„%1“ ist keine %2-Version: %3.</translation>
    </message>
    <message>
        <source>expected 1 to 4 numbers</source>
        <translation>erwartet 1 bis 4 Zahlen</translation>
    </message>
    <message>
        <source>it must start with a number</source>
        <translation>sie muss mit einer Zahl beginnen</translation>
    </message>
    <message>
        <source>the qualifier is empty</source>
        <translation>der Qualifier ist leer</translation>
    </message>
    <message>
        <source>expected up to four numbers (Major.Minor.Build.Revision)</source>
        <translation>erwartet bis zu vier Zahlen (Major.Minor.Build.Revision)</translation>
    </message>
    <message>
        <source>expected X.Y[.Z[.R]][-suffix][+metadata]</source>
        <translation>erwartet X.Y[.Z[.R]][-Suffix][+Metadaten]</translation>
    </message>
    <message>
        <source>a number is too large</source>
        <translation>eine Zahl ist zu groß</translation>
    </message>
    <message>
        <source>The version is empty.</source>
        <translation>Die Version ist leer.</translation>
    </message>
    <message>
        <source>Unknown version scheme.</source>
        <translation>Unbekanntes Versionsschema.</translation>
    </message>
    <message>
        <source>%1 cannot be written as a %2 version: %3.</source>
        <translation>%1 kann nicht als %2-Version geschrieben werden: %3.</translation>
    </message>
    <message>
        <source>Maven versions have no build metadata</source>
        <translation>Maven-Versionen haben keine Build-Metadaten</translation>
    </message>
    <message>
        <source>the version holds numbers only</source>
        <translation>die Version enthält nur Zahlen</translation>
    </message>
    <message>
        <source>only one number of build metadata fits, as the fourth part</source>
        <translation>nur eine Zahl Build-Metadaten passt, als vierter Teil</translation>
    </message>
    <message>
        <source>unknown scheme</source>
        <translation>unbekanntes Schema</translation>
    </message>
    <message>
        <source>.NET four-part</source>
        <translation>.NET, vierteilig</translation>
    </message>
    <message>
        <source>numeric</source>
        <translation>numerisch</translation>
    </message>
</context>
<context>
    <name>rd::signing</name>
    <message>
        <source>GPGME could not be initialised; check that gpg is installed.</source>
        <translation>GPGME konnte nicht initialisiert werden; prüfen Sie, ob gpg installiert ist.</translation>
    </message>
    <message>
        <source>Cannot start GPGME (%1). Check that gpg is installed.</source>
        <translation>GPGME kann nicht gestartet werden (%1). Prüfen Sie, ob gpg installiert ist.</translation>
    </message>
    <message>
        <source>The OpenPGP engine is not available (%1). Install gnupg.</source>
        <translation>Die OpenPGP-Engine ist nicht verfügbar (%1). Installieren Sie gnupg.</translation>
    </message>
    <message>
        <source>Cannot list the secret keys (%1).</source>
        <translation>Die geheimen Schlüssel können nicht aufgelistet werden (%1).</translation>
    </message>
    <message>
        <source>No usable secret OpenPGP key matches &quot;%1&quot;. Set user.signingKey to one of the keys `gpg --list-secret-keys` shows, or turn off tag.gpgSign.</source>
        <translation>Kein verwendbarer geheimer OpenPGP-Schlüssel passt zu „%1“. Setzen Sie user.signingKey auf einen der Schlüssel, die `gpg --list-secret-keys` anzeigt, oder schalten Sie tag.gpgSign aus.</translation>
    </message>
    <message>
        <source>Cannot use the key for signing (%1).</source>
        <translation>Der Schlüssel kann nicht zum Signieren verwendet werden (%1).</translation>
    </message>
    <message>
        <source>Out of memory while signing.</source>
        <translation>Kein Speicher mehr beim Signieren.</translation>
    </message>
    <message>
        <source>gpg could not sign (%1). If the key has a passphrase, check that gpg-agent can ask for it (a pinentry program).</source>
        <translation>gpg konnte nicht signieren (%1). Wenn der Schlüssel eine Passphrase hat, prüfen Sie, ob gpg-agent danach fragen kann (ein pinentry-Programm).</translation>
    </message>
    <message>
        <source>gpg made no signature with the key &quot;%1&quot;.</source>
        <translation>gpg hat mit dem Schlüssel „%1“ keine Signatur erstellt.</translation>
    </message>
    <message>
        <source>git is set to sign with gpg.format=%1; ReleaseDesk signs with OpenPGP only. Set gpg.format to openpgp for this repository or turn off tag.gpgSign/commit.gpgSign.</source>
        <translation>git ist so eingestellt, dass es mit gpg.format=%1 signiert; ReleaseDesk signiert nur mit OpenPGP. Setzen Sie gpg.format für dieses Repository auf openpgp oder schalten Sie tag.gpgSign/commit.gpgSign aus.</translation>
    </message>
</context>
<context>
    <name>rd::sources</name>
    <message>
        <source>latest release tag</source>
        <translation>letzter Release-Tag</translation>
    </message>
    <message>
        <source>The file does not exist (declared in %1).</source>
        <translation>Die Datei existiert nicht (deklariert in %1).</translation>
    </message>
    <message>
        <source>The regular expression of %1 matches nothing.</source>
        <translation>Der reguläre Ausdruck von %1 findet nichts.</translation>
    </message>
    <message>
        <source>A key path needs a .json, .toml, .yaml or .yml file; use a regex for other files (%1).</source>
        <translation>Ein Schlüsselpfad braucht eine .json-, .toml-, .yaml- oder .yml-Datei; verwenden Sie für andere Dateien einen regulären Ausdruck (%1).</translation>
    </message>
    <message>
        <source>The file has no value at %1 (declared in %2).</source>
        <translation>Die Datei hat keinen Wert unter %1 (deklariert in %2).</translation>
    </message>
    <message>
        <source>Inherited from [workspace.package] version of the workspace&apos;s Cargo.toml.</source>
        <translation>Geerbt von der Version in [workspace.package] der Cargo.toml des Workspaces.</translation>
    </message>
    <message>
        <source>latest release</source>
        <translation>letztes Release</translation>
    </message>
    <message>
        <source>Taken from a CMake variable: %1</source>
        <translation>Aus einer CMake-Variablen übernommen: %1</translation>
    </message>
    <message>
        <source>The image label (line %1) is %2.</source>
        <translation>Das Image-Label (Zeile %1) ist %2.</translation>
    </message>
    <message>
        <source>The label is %1, set at build time (docker build --build-arg).</source>
        <translation>Das Label ist %1 und wird zur Build-Zeit gesetzt (docker build --build-arg).</translation>
    </message>
    <message>
        <source>Also written: %1 %2 on line %3.</source>
        <translation>Ebenfalls geschrieben: %1 %2 in Zeile %3.</translation>
    </message>
    <message>
        <source>line %1 sets it again: %2</source>
        <translation>Zeile %1 setzt ihn erneut: %2</translation>
    </message>
    <message>
        <source>The build computes it: %1</source>
        <translation>Der Build berechnet ihn: %1</translation>
    </message>
    <message>
        <source>The version property is empty; give it a value.</source>
        <translation>Die Versions-Eigenschaft ist leer; geben Sie ihr einen Wert.</translation>
    </message>
    <message>
        <source>Computed at compile time: %1</source>
        <translation>Zur Kompilierzeit berechnet: %1</translation>
    </message>
    <message>
        <source>Computed from MSBuild properties: %1.</source>
        <translation>Aus MSBuild-Eigenschaften berechnet: %1.</translation>
    </message>
    <message>
        <source>%1 computes it from the git history.</source>
        <translation>%1 berechnet ihn aus der git-Historie.</translation>
    </message>
    <message>
        <source>The version is ${%1}, set outside this file (for example mvn -D%1=...).</source>
        <translation>Die Version ist ${%1} und wird außerhalb dieser Datei gesetzt (zum Beispiel mvn -D%1=...).</translation>
    </message>
    <message>
        <source>&lt;version&gt; is ${%1}; the property holds the value.</source>
        <translation>&lt;version&gt; ist ${%1}; die Eigenschaft enthält den Wert.</translation>
    </message>
    <message>
        <source>Hatch reads it from %1 ([tool.hatch.version] path).</source>
        <translation>Hatch liest sie aus %1 ([tool.hatch.version] path).</translation>
    </message>
    <message>
        <source>Hatch takes it from the git tags ([tool.hatch.version] source = &quot;vcs&quot;).</source>
        <translation>Hatch nimmt sie aus den git-Tags ([tool.hatch.version] source = &quot;vcs&quot;).</translation>
    </message>
    <message>
        <source>Hatch computes it ([tool.hatch.version]).</source>
        <translation>Hatch berechnet sie ([tool.hatch.version]).</translation>
    </message>
    <message>
        <source>setuptools reads it from the attribute %1.</source>
        <translation>setuptools liest sie aus dem Attribut %1.</translation>
    </message>
    <message>
        <source>setuptools reads it from the file %1.</source>
        <translation>setuptools liest sie aus der Datei %1.</translation>
    </message>
    <message>
        <source>setuptools_scm takes it from the git tags.</source>
        <translation>setuptools_scm nimmt sie aus den git-Tags.</translation>
    </message>
    <message>
        <source>PDM computes it ([tool.pdm.version]).</source>
        <translation>PDM berechnet sie ([tool.pdm.version]).</translation>
    </message>
    <message>
        <source>Flit reads the module&apos;s __version__.</source>
        <translation>Flit liest __version__ des Moduls.</translation>
    </message>
    <message>
        <source>The build backend computes it.</source>
        <translation>Das Build-Backend berechnet sie.</translation>
    </message>
    <message>
        <source>poetry-dynamic-versioning replaces it with the version from the git tags at build time.</source>
        <translation>poetry-dynamic-versioning ersetzt sie zur Build-Zeit durch die Version aus den git-Tags.</translation>
    </message>
    <message>
        <source>Computed when the module is imported: %1</source>
        <translation>Beim Import des Moduls berechnet: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written as MAJOR/MINOR/TINY/PRE constants.</source>
        <translation>%1 kann nicht als Konstanten MAJOR/MINOR/TINY/PRE geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 has a pre-release or build part, and the file has only MAJOR/MINOR/TINY numbers.</source>
        <translation>%1 hat einen Vorabversions- oder Build-Teil, und die Datei hat nur die Zahlen MAJOR/MINOR/TINY.</translation>
    </message>
    <message>
        <source>Taken from %1</source>
        <translation>Übernommen aus %1</translation>
    </message>
    <message>
        <source>setuptools reads it from %1 %2.</source>
        <translation>setuptools liest sie aus %1 %2.</translation>
    </message>
    <message>
        <source>the attribute</source>
        <translation>dem Attribut</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>der Datei</translation>
    </message>
    <message>
        <source>setup(version=%1) on line %2.</source>
        <translation>setup(version=%1) in Zeile %2.</translation>
    </message>
    <message>
        <source>setup() computes it: version=%1</source>
        <translation>setup() berechnet sie: version=%1</translation>
    </message>
    <message>
        <source>The first line is empty.</source>
        <translation>Die erste Zeile ist leer.</translation>
    </message>
    <message>
        <source>unexpected text after the end of the document</source>
        <translation>unerwarteter Text nach dem Ende des Dokuments</translation>
    </message>
    <message>
        <source>Invalid JSON at line %1: %2.</source>
        <translation>Ungültiges JSON in Zeile %1: %2.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>unterminated comment</source>
        <translation>nicht abgeschlossener Kommentar</translation>
    </message>
    <message>
        <source>a comment, which JSON does not allow; skipped</source>
        <translation>ein Kommentar, den JSON nicht erlaubt; übersprungen</translation>
    </message>
    <message>
        <source>nesting is too deep</source>
        <translation>die Verschachtelung ist zu tief</translation>
    </message>
    <message>
        <source>the document ends where a value is expected</source>
        <translation>das Dokument endet, wo ein Wert erwartet wird</translation>
    </message>
    <message>
        <source>a value is expected</source>
        <translation>ein Wert wird erwartet</translation>
    </message>
    <message>
        <source>a digit is expected</source>
        <translation>eine Ziffer wird erwartet</translation>
    </message>
    <message>
        <source>a digit is expected after &apos;.&apos;</source>
        <translation>nach &apos;.&apos; wird eine Ziffer erwartet</translation>
    </message>
    <message>
        <source>a digit is expected in the exponent</source>
        <translation>im Exponenten wird eine Ziffer erwartet</translation>
    </message>
    <message>
        <source>the string is not terminated</source>
        <translation>die Zeichenkette ist nicht abgeschlossen</translation>
    </message>
    <message>
        <source>a control character inside a string</source>
        <translation>ein Steuerzeichen in einer Zeichenkette</translation>
    </message>
    <message>
        <source>a \u escape needs four hex digits</source>
        <translation>ein \u-Escape braucht vier Hexadezimalziffern</translation>
    </message>
    <message>
        <source>an unknown escape sequence</source>
        <translation>eine unbekannte Escape-Sequenz</translation>
    </message>
    <message>
        <source>a trailing &apos;,&apos; before &apos;%1&apos;; ignored</source>
        <translation>ein überzähliges &apos;,&apos; vor &apos;%1&apos;; ignoriert</translation>
    </message>
    <message>
        <source>missing &apos;,&apos; between members; read as if it were there</source>
        <translation>fehlendes &apos;,&apos; zwischen Einträgen; gelesen, als wäre es da</translation>
    </message>
    <message>
        <source>missing &apos;,&apos; between items; read as if it were there</source>
        <translation>fehlendes &apos;,&apos; zwischen Elementen; gelesen, als wäre es da</translation>
    </message>
    <message>
        <source>the document ends inside %1</source>
        <translation>das Dokument endet innerhalb %1</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>eines Objekts</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>eines Arrays</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;%1&apos; is expected</source>
        <translation>&apos;,&apos; oder &apos;%1&apos; wird erwartet</translation>
    </message>
    <message>
        <source>a member name in double quotes is expected</source>
        <translation>ein Eintragsname in doppelten Anführungszeichen wird erwartet</translation>
    </message>
    <message>
        <source>&apos;:&apos; is expected after the member name</source>
        <translation>nach dem Eintragsnamen wird &apos;:&apos; erwartet</translation>
    </message>
    <message>
        <source>The version is not a string.</source>
        <translation>Die Version ist keine Zeichenkette.</translation>
    </message>
    <message>
        <source>The version is written with escapes; edit it by hand.</source>
        <translation>Die Version ist mit Escapes geschrieben; bearbeiten Sie sie von Hand.</translation>
    </message>
    <message>
        <source>The file is not valid JSON, read anyway: %1.</source>
        <translation>Die Datei ist kein gültiges JSON, trotzdem gelesen: %1.</translation>
    </message>
    <message>
        <source>No version sources found.</source>
        <translation>Keine Versionsquellen gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n version source(s); no reference version to compare with.</source>
        <translation>
            <numerusform>%n Versionsquelle; keine Referenzversion zum Vergleich.</numerusform>
            <numerusform>%n Versionsquellen; keine Referenzversion zum Vergleich.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n version source(s) agree with %1 (%2).</source>
        <translation>
            <numerusform>Die %n Versionsquelle stimmt mit %1 (%2) überein.</numerusform>
            <numerusform>Alle %n Versionsquellen stimmen mit %1 (%2) überein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n version source(s) disagree with %2 (%3).</source>
        <translation>
            <numerusform>%1 von %n Versionsquelle weicht von %2 (%3) ab.</numerusform>
            <numerusform>%1 von %n Versionsquellen weichen von %2 (%3) ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>The primary source &quot;%1&quot; (sources.primary) is not among the detected sources. Use a path or path#key as `releasedesk-cli status --json` names them.</source>
        <translation>Die primäre Quelle „%1“ (sources.primary) ist nicht unter den gefundenen Quellen. Verwenden Sie einen Pfad oder Pfad#Schlüssel, wie `releasedesk-cli status --json` sie benennt.</translation>
    </message>
    <message>
        <source>The primary source %1 has no readable version, so nothing can be compared.</source>
        <translation>Die primäre Quelle %1 hat keine lesbare Version, daher kann nichts verglichen werden.</translation>
    </message>
    <message>
        <source>No release tag yet: the sources are compared with %1.</source>
        <translation>Noch kein Release-Tag: Die Quellen werden mit %1 verglichen.</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>Detection of version sources was cancelled.</source>
        <translation>Die Suche nach Versionsquellen wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Looking for version files</source>
        <translation>Versionsdateien werden gesucht</translation>
    </message>
    <message>
        <source>The folder does not exist or cannot be read.</source>
        <translation>Der Ordner existiert nicht oder kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>it is under the %1/ folder, so it belongs to a test, fixture or example rather than to the project; list it under sources.extra in .releasedesk.yml to count it</source>
        <translation>sie liegt im Ordner %1/ und gehört daher eher zu einem Test, einer Fixture oder einem Beispiel als zum Projekt; führen Sie sie unter sources.extra in .releasedesk.yml auf, damit sie zählt</translation>
    </message>
    <message>
        <source>it is a private package (&quot;private&quot;: true): tooling that is never published; list it under sources.extra in .releasedesk.yml to count it</source>
        <translation>es ist ein privates Paket (&quot;private&quot;: true): Werkzeug, das nie veröffentlicht wird; führen Sie es unter sources.extra in .releasedesk.yml auf, damit es zählt</translation>
    </message>
    <message>
        <source>Reading version sources was cancelled.</source>
        <translation>Das Lesen der Versionsquellen wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Reading version files</source>
        <translation>Versionsdateien werden gelesen</translation>
    </message>
    <message>
        <source>set at release: %1 is a placeholder the release tool replaces when it publishes, so it is neither compared nor written</source>
        <translation>beim Release gesetzt: %1 ist ein Platzhalter, den das Release-Werkzeug beim Veröffentlichen ersetzt, daher wird er weder verglichen noch geschrieben</translation>
    </message>
    <message>
        <source>expected a mapping with primary, exclude, ignore and extra</source>
        <translation>erwartet eine Zuordnung mit primary, exclude, ignore und extra</translation>
    </message>
    <message>
        <source>expected a list of {file, regex} or {file, key} entries</source>
        <translation>erwartet eine Liste von Einträgen {file, regex} oder {file, key}</translation>
    </message>
    <message>
        <source>expected {file, regex} or {file, key}</source>
        <translation>erwartet {file, regex} oder {file, key}</translation>
    </message>
    <message>
        <source>`file` is required</source>
        <translation>`file` ist erforderlich</translation>
    </message>
    <message>
        <source>give either `regex` or `key`</source>
        <translation>geben Sie entweder `regex` oder `key` an</translation>
    </message>
    <message>
        <source>invalid regular expression: %1</source>
        <translation>ungültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <source>unknown scheme &quot;%1&quot;; use semver, pep440, maven, nuget, dotnet, numeric or rubygems</source>
        <translation>unbekanntes Schema „%1“; verwenden Sie semver, pep440, maven, nuget, dotnet, numeric oder rubygems</translation>
    </message>
    <message>
        <source>A version write overlaps another or lies outside the file (bytes %1-%2 of %3); nothing was written.</source>
        <translation>Ein Schreiben der Version überlappt ein anderes oder liegt außerhalb der Datei (Bytes %1–%2 von %3); nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Invalid TOML at line %1: %2.</source>
        <translation>Ungültiges TOML in Zeile %1: %2.</translation>
    </message>
    <message>
        <source>Invalid TOML: %1.</source>
        <translation>Ungültiges TOML: %1.</translation>
    </message>
    <message>
        <source>The value is written with escapes or as a multi-line string; edit it by hand.</source>
        <translation>Der Wert ist mit Escapes oder als mehrzeilige Zeichenkette geschrieben; bearbeiten Sie ihn von Hand.</translation>
    </message>
    <message>
        <source>%1 is not written: &quot;%2&quot; is not a version, so it may not be one. Fix it by hand, or add it to sources.ignore.</source>
        <translation>%1 wird nicht geschrieben: „%2“ ist keine Version, also ist es vielleicht keine. Korrigieren Sie es von Hand oder fügen Sie es zu sources.ignore hinzu.</translation>
    </message>
    <message>
        <source>The file changed since it was read; scan again.</source>
        <translation>Die Datei hat sich seit dem Lesen geändert; suchen Sie erneut.</translation>
    </message>
    <message>
        <source>The file changed since the versions were planned; nothing was written. Scan again and retry.</source>
        <translation>Die Datei hat sich seit der Planung der Versionen geändert; nichts wurde geschrieben. Suchen Sie erneut und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>app</source>
        <translation>App</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>changelog</source>
        <translation>Changelog</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>it is only compared, never written</source>
        <translation>sie wird nur verglichen, nie geschrieben</translation>
    </message>
    <message>
        <source>the version is computed elsewhere</source>
        <translation>die Version wird anderswo berechnet</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>sie existiert nicht</translation>
    </message>
    <message>
        <source>its bytes are not the plain version</source>
        <translation>ihre Bytes sind nicht die reine Version</translation>
    </message>
    <message>
        <source>%1 (%2) is not written: %3.</source>
        <translation>%1 (%2) wird nicht geschrieben: %3.</translation>
    </message>
    <message>
        <source>The %1 format has no writer for this part of the version.</source>
        <translation>Das Format %1 hat keinen Schreiber für diesen Teil der Version.</translation>
    </message>
    <message>
        <source>Invalid XML at line %1: %2.</source>
        <translation>Ungültiges XML in Zeile %1: %2.</translation>
    </message>
    <message>
        <source>The element holds entities, comments or CDATA; edit it by hand.</source>
        <translation>Das Element enthält Entitäten, Kommentare oder CDATA; bearbeiten Sie es von Hand.</translation>
    </message>
    <message>
        <source>Invalid YAML at line %1: %2.</source>
        <translation>Ungültiges YAML in Zeile %1: %2.</translation>
    </message>
    <message>
        <source>Invalid YAML: %1.</source>
        <translation>Ungültiges YAML: %1.</translation>
    </message>
    <message>
        <source>The value is written with escapes, an anchor or over several lines; edit it by hand.</source>
        <translation>Der Wert ist mit Escapes, einem Anker oder über mehrere Zeilen geschrieben; bearbeiten Sie ihn von Hand.</translation>
    </message>
    <message>
        <source>an empty placeholder would match every file without a version; write the version the file keeps, e.g. &quot;0.0.0&quot;</source>
        <translation>ein leerer Platzhalter passt auf jede Datei ohne Version; tragen Sie die Version ein, die die Datei enthält, z. B. &quot;0.0.0&quot;</translation>
    </message>
</context>
<context>
    <name>rd::store::Store</name>
    <message>
        <source>The history database is locked by another program (%1).</source>
        <translation>Die Verlaufsdatenbank ist von einem anderen Programm gesperrt (%1).</translation>
    </message>
    <message>
        <source>The history database is damaged (%1).</source>
        <translation>Die Verlaufsdatenbank ist beschädigt (%1).</translation>
    </message>
    <message>
        <source>The history database could not be read or written: %1</source>
        <translation>Die Verlaufsdatenbank konnte nicht gelesen oder geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The history database has schema version %1, newer than this ReleaseDesk knows (%2). It is left alone; update ReleaseDesk to use it.</source>
        <translation>Die Verlaufsdatenbank hat die Schemaversion %1, neuer als die, die dieses ReleaseDesk kennt (%2). Sie bleibt unverändert; aktualisieren Sie ReleaseDesk, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>It was moved aside to %1 and a new one was started; the run history is read again from the forge.</source>
        <translation>Sie wurde nach %1 verschoben und eine neue angelegt; der Verlauf der Läufe wird erneut von der Forge gelesen.</translation>
    </message>
    <message>
        <source>ReleaseDesk keeps this session&apos;s history in memory; notifications already sent may be sent again after a restart.</source>
        <translation>ReleaseDesk hält den Verlauf dieser Sitzung im Speicher; bereits gesendete Benachrichtigungen können nach einem Neustart erneut gesendet werden.</translation>
    </message>
    <message>
        <source>The folder for the history database cannot be created; check its permissions.</source>
        <translation>Der Ordner für die Verlaufsdatenbank kann nicht angelegt werden; prüfen Sie seine Berechtigungen.</translation>
    </message>
    <message>
        <source>The history database cannot use write-ahead logging (journal mode &quot;%1&quot;); is it on a network file system?</source>
        <translation>Die Verlaufsdatenbank kann kein Write-Ahead-Logging verwenden (Journalmodus „%1“); liegt sie auf einem Netzwerkdateisystem?</translation>
    </message>
</context>
<context>
    <name>rd::util</name>
    <message>
        <source>Cannot read the file: %1.</source>
        <translation>Die Datei kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>Cannot write the file: %1. Check that the folder is writable.</source>
        <translation>Die Datei kann nicht geschrieben werden: %1. Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>Writing failed (%1); the file was left unchanged.</source>
        <translation>Schreiben fehlgeschlagen (%1); die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>Could not replace the file (%1); it was left unchanged.</source>
        <translation>Die Datei konnte nicht ersetzt werden (%1); sie blieb unverändert.</translation>
    </message>
</context>
<context>
    <name>rd::watch::Watcher</name>
    <message>
        <source>The forge&apos;s request budget is nearly spent (%1); the watch waits until it refills.</source>
        <translation>Das Anfragekontingent der Forge ist fast aufgebraucht (%1); die Beobachtung wartet, bis es wieder aufgefüllt ist.</translation>
    </message>
</context>
</TS>
