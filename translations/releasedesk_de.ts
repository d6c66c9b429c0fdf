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
        <source>No npm token for %1: set NPM_TOKEN, or add the line //%2/:_authToken=… to the project&apos;s .npmrc or ~/.npmrc.</source>
        <translation>Kein npm-Token für %1: Setzen Sie NPM_TOKEN oder fügen Sie die Zeile //%2/:_authToken=… in die .npmrc des Projekts oder ~/.npmrc ein.</translation>
    </message>
    <message>
        <source>Publishing %1 %2 to %3 (dist-tag %4, token from %5)</source>
        <translation>Veröffentliche %1 %2 auf %3 (Dist-Tag %4, Token aus %5)</translation>
    </message>
    <message>
        <source>%1 refused the npm token from %2 (HTTP 401): log in again (npm login) or set a valid NPM_TOKEN.</source>
        <translation>%1 hat das npm-Token aus %2 abgelehnt (HTTP 401): Melden Sie sich erneut an (npm login) oder setzen Sie ein gültiges NPM_TOKEN.</translation>
    </message>
    <message>
        <source>%1 does not let the token from %2 publish %3 (HTTP 403): grant it publish rights on the package or its scope.</source>
        <translation>%1 erlaubt dem Token aus %2 nicht, %3 zu veröffentlichen (HTTP 403): Geben Sie ihm Veröffentlichungsrechte für das Paket oder seinen Scope.</translation>
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
    <name>PublishedPresenter</name>
    <message>
        <source>Published:</source>
        <translation>Veröffentlicht:</translation>
    </message>
    <message>
        <source>not read: %1</source>
        <translation>nicht gelesen: %1</translation>
    </message>
    <message>
        <source>%1 (%2), versions: %3</source>
        <translation>%1 (%2), Versionen: %3</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>Datum unbekannt</translation>
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
        <source>needs the recorded deploy runs of a forge (not available from git alone)</source>
        <translation>braucht die aufgezeichneten Deploy-Läufe einer Forge (aus git allein nicht verfügbar)</translation>
    </message>
    <message>
        <source>needs the release journal of the store (not available from git alone)</source>
        <translation>braucht das Release-Journal des Speichers (aus git allein nicht verfügbar)</translation>
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
    <name>rd::gui</name>
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
    <name>rd::gui::ActivityList</name>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
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
        <source>%1  %2: %3 on %4: %5</source>
        <translation>%1  %2: %3 auf %4: %5</translation>
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
        <source>%n commit(s), no release yet</source>
        <translation>
            <numerusform>%n Commit, noch kein Release</numerusform>
            <numerusform>%n Commits, noch kein Release</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) since %1</source>
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
        <source>Section</source>
        <translation>Abschnitt</translation>
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
        <source>%n setting(s) could not be imported; Details lists them with the reason.</source>
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
        <source>%n commit(s) since the last release.</source>
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
        <source>&lt;b&gt;Deployment frequency&lt;/b&gt;&lt;br&gt;A deployment is a final release tag of the tag pattern, at its tag time (the tagger date of an annotated tag, else the commit&apos;s date); per week in the window.</source>
        <translation>&lt;b&gt;Deployment-Häufigkeit&lt;/b&gt;&lt;br&gt;Ein Deployment ist ein finaler Release-Tag des Tag-Musters, zu seiner Tag-Zeit (das Tagger-Datum eines annotierten Tags, sonst das Datum des Commits); pro Woche im Zeitraum.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lead time for changes&lt;/b&gt;&lt;br&gt;Each commit between the previous deployment and a deployment, from its committer date to the deployment&apos;s tag time.</source>
        <translation>&lt;b&gt;Durchlaufzeit für Änderungen&lt;/b&gt;&lt;br&gt;Jeder Commit zwischen dem vorherigen Deployment und einem Deployment, von seinem Committer-Datum bis zur Tag-Zeit des Deployments.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Change failure rate&lt;/b&gt;&lt;br&gt;The share of deployments followed by a patch of fixes only within 7 days, or with a commit reverted later; each counts once.</source>
        <translation>&lt;b&gt;Änderungsfehlerrate&lt;/b&gt;&lt;br&gt;Der Anteil der Deployments, auf die innerhalb von 7 Tagen ein Patch nur aus Fehlerbehebungen folgte oder von denen ein Commit später zurückgenommen wurde; jedes zählt einmal.</translation>
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
        <source>%1 a week · %2 · %n deployment(s)</source>
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
        <source>median %1 · p90 %2 · %n commit(s)</source>
        <translation>
            <numerusform>Median %1 · p90 %2 · %n Commit</numerusform>
            <numerusform>Median %1 · p90 %2 · %n Commits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 of %n deployment(s)</source>
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
        <source>median %1 · p90 %2 · %n restored failure(s)</source>
        <translation>
            <numerusform>Median %1 · p90 %2 · %n behobener Fehlschlag</numerusform>
            <numerusform>Median %1 · p90 %2 · %n behobene Fehlschläge</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Pipeline health&lt;/b&gt; (success rate, durations, queue time, flaky jobs per workflow) needs the CI runs of a GitHub or GitLab forge; this view shows what git alone tells. &lt;tt&gt;releasedesk-cli metrics --pipelines N&lt;/tt&gt; fetches the newest N runs.</source>
        <translation>&lt;b&gt;Pipeline-Zustand&lt;/b&gt; (Erfolgsquote, Dauer, Wartezeit, instabile Jobs je Workflow) braucht die CI-Läufe einer GitHub- oder GitLab-Forge; diese Ansicht zeigt, was git allein verrät. &lt;tt&gt;releasedesk-cli metrics --pipelines N&lt;/tt&gt; holt die neuesten N Läufe.</translation>
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
        <source>%n deployment(s) from %1 to %2</source>
        <translation>
            <numerusform>%n Deployment von %1 bis %2</numerusform>
            <numerusform>%n Deployments von %1 bis %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n deployment(s) failed</source>
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
        <source>%1 (%2): median %3, p90 %4 over %n commit(s)</source>
        <translation>
            <numerusform>%1 (%2): Median %3, p90 %4 über %n Commit</numerusform>
            <numerusform>%1 (%2): Median %3, p90 %4 über %n Commits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 failed (%n reason(s)), restored by %2 after %3</source>
        <translation>
            <numerusform>%1 fehlgeschlagen (%n Grund), behoben durch %2 nach %3</numerusform>
            <numerusform>%1 fehlgeschlagen (%n Gründe), behoben durch %2 nach %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s)</source>
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
        <source>%n commit(s) since the last release</source>
        <translation>
            <numerusform>%n Commit seit dem letzten Release</numerusform>
            <numerusform>%n Commits seit dem letzten Release</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) look like releases but were skipped, e.g. %1: %2</source>
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
        <source>None of the %n commit(s) bumps the version; the Commits view tells why.</source>
        <translation>
            <numerusform>Der %n Commit erhöht die Version nicht; die Ansicht „Commits“ sagt, warum.</numerusform>
            <numerusform>Keiner der %n Commits erhöht die Version; die Ansicht „Commits“ sagt, warum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n commit(s) bump the version.</source>
        <translation>
            <numerusform>Der %n Commit erhöht die Version.</numerusform>
            <numerusform>Alle %n Commits erhöhen die Version.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n commit(s) bump the version; the Commits view tells why the others do not.</source>
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
        <source>Run &amp;Workflow…</source>
        <translation>&amp;Workflow ausführen…</translation>
    </message>
    <message>
        <source>Run a workflow by hand with its inputs (workflow_dispatch), or a GitLab pipeline with variables</source>
        <translation>Einen Workflow von Hand mit seinen Eingaben ausführen (workflow_dispatch) oder eine GitLab-Pipeline mit Variablen</translation>
    </message>
    <message>
        <source>Nothing can be run: %1</source>
        <translation>Nichts kann ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>Started %1.</source>
        <translation>%1 gestartet.</translation>
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
        <source>%n check(s) failed: the release cannot start yet.</source>
        <translation>
            <numerusform>%n Prüfung ist fehlgeschlagen: Das Release kann noch nicht beginnen.</numerusform>
            <numerusform>%n Prüfungen sind fehlgeschlagen: Das Release kann noch nicht beginnen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready, with %n warning(s) to read.</source>
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
        <source>%n file(s) change.</source>
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
</context>
<context>
    <name>rd::gui::ReleasesPage</name>
    <message numerus="yes">
        <source>*Nothing for the release notes: none of its %n commit(s) is of a type the notes list.*
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
        <source>%n release(s)</source>
        <translation>
            <numerusform>%n Release</numerusform>
            <numerusform>%n Releases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n pre-release(s)</source>
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
        <source> · %n tag(s) skipped</source>
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
        <source> · %n commit(s) since `%1`</source>
        <translation>
            <numerusform> · %n Commit seit `%1`</numerusform>
            <numerusform> · %n Commits seit `%1`</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · the first release, %n commit(s)</source>
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
    <message numerus="yes">
        <source>%n step(s), %1 file(s) changed, tag %2%3. Press Release to run them.</source>
        <translation>
            <numerusform>%n Schritt, %1 geänderte Datei(en), Tag %2%3. Klicken Sie auf „Veröffentlichen“, um ihn auszuführen.</numerusform>
            <numerusform>%n Schritte, %1 geänderte Datei(en), Tag %2%3. Klicken Sie auf „Veröffentlichen“, um sie auszuführen.</numerusform>
        </translation>
    </message>
    <message>
        <source>, no push</source>
        <translation>, kein Push</translation>
    </message>
    <message>
        <source>, pushed to %1</source>
        <translation>, Push nach %1</translation>
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
        <source>All %n source(s) agree with &lt;b&gt;%1&lt;/b&gt; (%2).</source>
        <translation>
            <numerusform>%n Quelle stimmt mit &lt;b&gt;%1&lt;/b&gt; (%2) überein.</numerusform>
            <numerusform>Alle %n Quellen stimmen mit &lt;b&gt;%1&lt;/b&gt; (%2) überein.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2&lt;/b&gt; sources disagree with &lt;b&gt;%3&lt;/b&gt; (%4).</source>
        <translation>&lt;b&gt;%1 von %2&lt;/b&gt; Quellen weichen von &lt;b&gt;%3&lt;/b&gt; (%4) ab.</translation>
    </message>
    <message numerus="yes">
        <source>%n version source(s) found.</source>
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
        <source>The last release is &lt;b&gt;%1&lt;/b&gt; (tag %2); %n commit(s) since.</source>
        <translation>
            <numerusform>Das letzte Release ist &lt;b&gt;%1&lt;/b&gt; (Tag %2); seitdem %n Commit.</numerusform>
            <numerusform>Das letzte Release ist &lt;b&gt;%1&lt;/b&gt; (Tag %2); seitdem %n Commits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There is no release yet: this is the first one (%n commit(s)).</source>
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
        <source>Repositories watched</source>
        <translation>Beobachtete Repositories</translation>
    </message>
    <message>
        <source>The latest release made from ReleaseDesk of each checked repository is followed in the background, and its pipelines notified. Releases and watches add repositories here.</source>
        <translation>Das neueste mit ReleaseDesk erstellte Release jedes angehakten Repositorys wird im Hintergrund verfolgt, und über seine Pipelines wird benachrichtigt. Releases und Beobachtungen fügen hier Repositories hinzu.</translation>
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
        <source>No repository yet: a release or a watch adds one.</source>
        <translation>Noch kein Repository: Ein Release oder eine Beobachtung fügt eines hinzu.</translation>
    </message>
    <message>
        <source>&quot;My runs only&quot; needs your forge login: type it beside the option.</source>
        <translation>„Nur meine Läufe“ braucht Ihren Forge-Benutzernamen: Geben Sie ihn neben der Option ein.</translation>
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
    <name>rd::watch::Watcher</name>
    <message>
        <source>The forge&apos;s request budget is nearly spent (%1); the watch waits until it refills.</source>
        <translation>Das Anfragekontingent der Forge ist fast aufgebraucht (%1); die Beobachtung wartet, bis es wieder aufgefüllt ist.</translation>
    </message>
</context>
</TS>
