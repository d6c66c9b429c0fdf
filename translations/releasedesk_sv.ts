<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
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
        <translation>Stil för versionsinformation</translation>
    </message>
    <message>
        <source>Conventional changelog</source>
        <translation>Conventional changelog</translation>
    </message>
    <message>
        <source>Keep a Changelog</source>
        <translation>Keep a Changelog</translation>
    </message>
    <message>
        <source>Copy Markdown</source>
        <translation>Kopiera Markdown</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <source>Release notes preview</source>
        <translation>Förhandsgranskning av versionsinformationen</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Release notes Markdown</source>
        <translation>Versionsinformationen i Markdown</translation>
    </message>
    <message>
        <source>Commits in the release notes</source>
        <translation>Incheckningar i versionsinformationen</translation>
    </message>
    <message>
        <source>Commits left out of the release notes</source>
        <translation>Incheckningar som utelämnats ur versionsinformationen</translation>
    </message>
</context>
<context>
    <name>CommitsPage</name>
    <message>
        <source>Filter commits (Ctrl+F)</source>
        <translation>Filtrera incheckningar (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter commits</source>
        <translation>Filtrera incheckningar</translation>
    </message>
    <message>
        <source>Which commits</source>
        <translation>Vilka incheckningar</translation>
    </message>
    <message>
        <source>All commits</source>
        <translation>Alla incheckningar</translation>
    </message>
    <message>
        <source>Bumping the version</source>
        <translation>Höjer versionen</translation>
    </message>
    <message>
        <source>Without effect</source>
        <translation>Utan effekt</translation>
    </message>
    <message>
        <source>Commits since the last release</source>
        <translation>Incheckningar sedan den senaste utgåvan</translation>
    </message>
    <message>
        <source>Commit details</source>
        <translation>Incheckningsdetaljer</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
</context>
<context>
    <name>ExecutePage</name>
    <message>
        <source>Release</source>
        <translation>Utgivning</translation>
    </message>
    <message>
        <source>Each step is recorded before and after it runs: a release stopped here can be resumed or undone.</source>
        <translation>Varje steg registreras före och efter att det körs: en utgivning som stoppas här kan återupptas eller ångras.</translation>
    </message>
    <message>
        <source>Steps and their state</source>
        <translation>Steg och deras status</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Release log</source>
        <translation>Utgivningslogg</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>St&amp;oppa</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Återuppta</translation>
    </message>
    <message>
        <source>&amp;Undo Release</source>
        <translation>Ån&amp;gra utgivningen</translation>
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
        <translation>Vyer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Utgåva</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Huvudverktygsfält</translation>
    </message>
    <message>
        <source>&amp;Open Repository…</source>
        <translation>&amp;Öppna förråd…</translation>
    </message>
    <message>
        <source>Open a git repository (Ctrl+O)</source>
        <translation>Öppna ett git-förråd (Ctrl+O)</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Läs in igen</translation>
    </message>
    <message>
        <source>Read the repository again (F5)</source>
        <translation>Läs in förrådet igen (F5)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Stop Loading</source>
        <translation>Avbr&amp;yt inläsningen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>&amp;Release…</source>
        <translation>Skapa &amp;utgåva…</translation>
    </message>
    <message>
        <source>Check, version, write the notes, review and make the next release (Ctrl+R)</source>
        <translation>Kontrollera, bestäm version, skriv versionsinformationen, granska och skapa nästa utgåva (Ctrl+R)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About ReleaseDesk</source>
        <translation>&amp;Om ReleaseDesk</translation>
    </message>
    <message>
        <source>&amp;Watch and Notify…</source>
        <translation>&amp;Bevaka och avisera…</translation>
    </message>
    <message>
        <source>Which repositories are watched in the background and what their runs notify about</source>
        <translation>Vilka förråd som bevakas i bakgrunden och vad deras körningar aviserar om</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>Release notes</source>
        <translation>Versionsinformation</translation>
    </message>
    <message>
        <source>Edit the Markdown on the left; the preview follows. These notes become the tag&apos;s message and the new changelog section.</source>
        <translation>Redigera Markdown-texten till vänster; förhandsgranskningen följer med. Informationen blir taggens meddelande och det nya avsnittet i ändringsloggen.</translation>
    </message>
    <message>
        <source>Release notes in Markdown</source>
        <translation>Versionsinformation i Markdown</translation>
    </message>
    <message>
        <source>Release notes preview</source>
        <translation>Förhandsgranskning av versionsinformationen</translation>
    </message>
    <message>
        <source>Add the notes to the &amp;changelog</source>
        <translation>Lägg till informationen i än&amp;dringsloggen</translation>
    </message>
    <message>
        <source>Rese&amp;t Notes</source>
        <translation>&amp;Återställ informationen</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Current version</source>
        <translation>Aktuell version</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Nästa version</translation>
    </message>
    <message>
        <source>→</source>
        <translation>→</translation>
    </message>
    <message>
        <source>Why this version</source>
        <translation>Varför den här versionen</translation>
    </message>
    <message>
        <source>Deciding commits</source>
        <translation>Avgörande incheckningar</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Incheckning</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Orsak</translation>
    </message>
</context>
<context>
    <name>PreflightPage</name>
    <message>
        <source>Pre-flight checks</source>
        <translation>Förkontroller</translation>
    </message>
    <message>
        <source>Everything that must hold before a release. Fix what failed, then run the checks again.</source>
        <translation>Allt som måste vara uppfyllt före en utgivning. Åtgärda det som misslyckades och kör sedan kontrollerna igen.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Apply &amp;Fix</source>
        <translation>&amp;Åtgärda</translation>
    </message>
    <message>
        <source>&amp;Run Checks Again</source>
        <translation>&amp;Kör kontrollerna igen</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
</context>
<context>
    <name>ReconcileDialog</name>
    <message>
        <source>Reconcile Version Sources</source>
        <translation>Stäm av versionskällor</translation>
    </message>
    <message>
        <source>Write &amp;version:</source>
        <translation>Skriv &amp;version:</translation>
    </message>
    <message>
        <source>Version to write</source>
        <translation>Version att skriva</translation>
    </message>
    <message>
        <source>&amp;Unified</source>
        <translation>&amp;Enhetlig</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>&amp;Sida vid sida</translation>
    </message>
    <message>
        <source>Files that change</source>
        <translation>Filer som ändras</translation>
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
        <translation>Visa förhandsutgåvor</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Utgåvor</translation>
    </message>
    <message>
        <source>Release notes</source>
        <translation>Versionsinformation</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Granskning</translation>
    </message>
    <message>
        <source>This is exactly what the release will do, step by step.</source>
        <translation>Det här är exakt vad utgivningen kommer att göra, steg för steg.</translation>
    </message>
    <message>
        <source>P&amp;ush the branch and the tag</source>
        <translation>S&amp;kicka grenen och taggen</translation>
    </message>
    <message>
        <source>U&amp;nified</source>
        <translation>&amp;Enhetlig</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>Sida &amp;vid sida</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>Files the release changes</source>
        <translation>Filer som utgivningen ändrar</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>Release steps</source>
        <translation>Utgivningssteg</translation>
    </message>
    <message>
        <source>The whole plan</source>
        <translation>Hela planen</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>Up&amp;pdatera</translation>
    </message>
    <message>
        <source>Re&amp;concile…</source>
        <translation>&amp;Stäm av…</translation>
    </message>
    <message>
        <source>Write one version into every source, after previewing the changes</source>
        <translation>Skriv en och samma version i alla källor, efter att ha förhandsgranskat ändringarna</translation>
    </message>
    <message>
        <source>Version sources</source>
        <translation>Versionskällor</translation>
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
        <translation>Versionen som incheckningarna kräver, och varför. Åsidosätt den om du måste.</translation>
    </message>
    <message>
        <source>Release as</source>
        <translation>Ge ut som</translation>
    </message>
    <message>
        <source>&amp;Computed from the commits</source>
        <translation>Beräknad från in&amp;checkningarna</translation>
    </message>
    <message>
        <source>M&amp;ajor bump</source>
        <translation>Höj &amp;major-versionen</translation>
    </message>
    <message>
        <source>M&amp;inor bump</source>
        <translation>Höj m&amp;inor-versionen</translation>
    </message>
    <message>
        <source>&amp;Patch bump</source>
        <translation>Höj &amp;patch-versionen</translation>
    </message>
    <message>
        <source>C&amp;ustom:</source>
        <translation>&amp;Anpassad:</translation>
    </message>
    <message>
        <source>e.g. 2.0.0-beta.1</source>
        <translation>t.ex. 2.0.0-beta.1</translation>
    </message>
    <message>
        <source>Custom version</source>
        <translation>Anpassad version</translation>
    </message>
    <message>
        <source>Pre-&amp;release on:</source>
        <translation>&amp;Förhandsutgåva i kanalen:</translation>
    </message>
    <message>
        <source>Pre-release channel</source>
        <translation>Kanal för förhandsutgåva</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Nästa version</translation>
    </message>
    <message>
        <source>&amp;Deciding commits:</source>
        <translation>A&amp;vgörande incheckningar:</translation>
    </message>
    <message>
        <source>Deciding commits</source>
        <translation>Avgörande incheckningar</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Incheckning</translation>
    </message>
    <message>
        <source>Bump</source>
        <translation>Höjning</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ReleaseDesk, the release manager&apos;s desk.</source>
        <translation>ReleaseDesk, skrivbordet för den som ansvarar för utgivningen.</translation>
    </message>
    <message>
        <source>The repository to open.</source>
        <translation>Förrådet som ska öppnas.</translation>
    </message>
    <message>
        <source>Start in the tray without the window (as at login), where the desktop has a tray.</source>
        <translation>Starta i systemfältet utan fönstret (som vid inloggning), där skrivbordet har ett systemfält.</translation>
    </message>
</context>
<context>
    <name>rd::gui</name>
    <message>
        <source>agrees</source>
        <translation>stämmer</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>äldre</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>nyare</translation>
    </message>
    <message>
        <source>unparseable</source>
        <translation>otolkbar</translation>
    </message>
    <message>
        <source>dynamic</source>
        <translation>dynamisk</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <source>Says the reference version.</source>
        <translation>Anger referensversionen.</translation>
    </message>
    <message>
        <source>Older than the reference version.</source>
        <translation>Äldre än referensversionen.</translation>
    </message>
    <message>
        <source>Newer than the reference version.</source>
        <translation>Nyare än referensversionen.</translation>
    </message>
    <message>
        <source>Not a version in the file&apos;s scheme.</source>
        <translation>Inte en giltig version enligt filens schema.</translation>
    </message>
    <message>
        <source>Computed elsewhere when the project builds.</source>
        <translation>Beräknas på annat håll när projektet byggs.</translation>
    </message>
    <message>
        <source>A configured source whose file or key is absent.</source>
        <translation>En konfigurerad källa vars fil eller nyckel saknas.</translation>
    </message>
</context>
<context>
    <name>rd::gui::ActivityList</name>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>%1  %2 — %3</source>
        <translation>%1  %2 — %3</translation>
    </message>
    <message>
        <source>%1  %2 — %3, job %4 failed</source>
        <translation>%1  %2 — %3, jobbet %4 misslyckades</translation>
    </message>
    <message>
        <source>%1  %2: %3 on %4: %5</source>
        <translation>%1  %2: %3 på %4: %5</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>köad</translation>
    </message>
    <message>
        <source>running</source>
        <translation>körs</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>godkänd</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>misslyckad</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbruten</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>överhoppad</translation>
    </message>
</context>
<context>
    <name>rd::gui::Autostart</name>
    <message>
        <source>Cannot remove the autostart entry. Remove the file by hand to stop starting at login.</source>
        <translation>Autostartposten kan inte tas bort. Ta bort filen för hand för att sluta starta vid inloggning.</translation>
    </message>
    <message>
        <source>Cannot make the autostart folder. Check that the configuration folder is writable.</source>
        <translation>Autostartmappen kan inte skapas. Kontrollera att konfigurationsmappen är skrivbar.</translation>
    </message>
</context>
<context>
    <name>rd::gui::ChangelogPage</name>
    <message>
        <source>Release notes copied as Markdown.</source>
        <translation>Versionsinformationen kopierades som Markdown.</translation>
    </message>
    <message>
        <source>Release notes</source>
        <translation>Versionsinformation</translation>
    </message>
    <message>
        <source>Open a repository to preview the notes of its next release.</source>
        <translation>Öppna ett förråd för att förhandsgranska versionsinformationen för dess nästa utgåva.</translation>
    </message>
    <message>
        <source>Reading the commits since the last release…</source>
        <translation>Läser incheckningarna sedan den senaste utgåvan…</translation>
    </message>
    <message>
        <source>Could not read the release notes.</source>
        <translation>Kunde inte läsa versionsinformationen.</translation>
    </message>
    <message>
        <source>Unreleased changes</source>
        <translation>Ej utgivna ändringar</translation>
    </message>
    <message>
        <source>Release notes for %1</source>
        <translation>Versionsinformation för %1</translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s), no release yet</source>
        <translation>
            <numerusform>%n incheckning, ingen utgåva än</numerusform>
            <numerusform>%n incheckningar, ingen utgåva än</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) since %1</source>
        <translation>
            <numerusform>%n incheckning sedan %1</numerusform>
            <numerusform>%n incheckningar sedan %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n in the notes</source>
        <translation>
            <numerusform> · %n i versionsinformationen</numerusform>
            <numerusform> · %n i versionsinformationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n left out</source>
        <translation>
            <numerusform> · %n utelämnad</numerusform>
            <numerusform> · %n utelämnade</numerusform>
        </translation>
    </message>
    <message>
        <source>In the notes</source>
        <translation>I versionsinformationen</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Utelämnade</translation>
    </message>
    <message>
        <source>*Nothing for the release notes yet: no commit since the last release is of a type the notes list. The commits on the right say why.*
</source>
        <translation>*Inget för versionsinformationen än: ingen incheckning sedan den senaste utgåvan har en typ som tas med i informationen. Incheckningarna till höger visar varför.*
</translation>
    </message>
    <message>
        <source>In the notes (%1)</source>
        <translation>I versionsinformationen (%1)</translation>
    </message>
    <message>
        <source>Left out (%1)</source>
        <translation>Utelämnade (%1)</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Incheckning</translation>
    </message>
    <message>
        <source>*The preview ends here, after line %1 of %2: the Markdown tab and Copy Markdown hold the whole notes.*</source>
        <translation>*Förhandsvisningen slutar här, efter rad %1 av %2: fliken Markdown och Kopiera Markdown innehåller hela informationen.*</translation>
    </message>
</context>
<context>
    <name>rd::gui::CommitTableModel</name>
    <message>
        <source>Commit</source>
        <translation>Incheckning</translation>
    </message>
    <message>
        <source>Bump</source>
        <translation>Höjning</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Omfång</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Orsak</translation>
    </message>
</context>
<context>
    <name>rd::gui::CommitsPage</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Breaking change:</source>
        <translation>Bakåtinkompatibel ändring:</translation>
    </message>
    <message>
        <source>Release notes section: %1</source>
        <translation>Avsnitt i versionsinformationen: %1</translation>
    </message>
</context>
<context>
    <name>rd::gui::ConfigSourceBanner</name>
    <message>
        <source>Setting</source>
        <translation>Inställning</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Effective settings</source>
        <translation>Gällande inställningar</translation>
    </message>
    <message>
        <source>Not imported from %1</source>
        <translation>Inte importerat från %1</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>varning</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Detaljer…</translation>
    </message>
    <message>
        <source>%1&apos;s configuration (%2)</source>
        <translation>konfigurationen för %1 (%2)</translation>
    </message>
    <message>
        <source>Using %1</source>
        <translation>Använder %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> och </translation>
    </message>
    <message>
        <source>%1 is read too; its keys win over imported ones.</source>
        <translation>%1 läses också; dess nycklar går före importerade.</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) could not be imported; Details lists them with the reason.</source>
        <translation>
            <numerusform>%n inställning kunde inte importeras; Detaljer visar den med orsaken.</numerusform>
            <numerusform>%n inställningar kunde inte importeras; Detaljer visar dem med orsaken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where the settings come from</source>
        <translation>Var inställningarna kommer ifrån</translation>
    </message>
    <message>
        <source>Each setting with the file and line it was read from. Keys of %1 win over imported ones; `releasedesk-cli config --write` writes them into one %1.</source>
        <translation>Varje inställning med filen och raden den lästes från. Nycklar i %1 går före importerade; `releasedesk-cli config --write` skriver dem till en %1.</translation>
    </message>
</context>
<context>
    <name>rd::gui::CredentialDialogPrompt</name>
    <message>
        <source>you cancelled the sign-in</source>
        <translation>du avbröt inloggningen</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <source>%1 asks who you are to push the release.</source>
        <translation>%1 vill veta vem du är innan utgåvan kan skickas.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>&amp;Password or token:</source>
        <translation>&amp;Lösenord eller token:</translation>
    </message>
</context>
<context>
    <name>rd::gui::DonePage</name>
    <message>
        <source>&lt;h3&gt;Released %1&lt;/h3&gt;&lt;p&gt;Tag &lt;b&gt;%2&lt;/b&gt; was created</source>
        <translation>&lt;h3&gt;%1 har getts ut&lt;/h3&gt;&lt;p&gt;Taggen &lt;b&gt;%2&lt;/b&gt; skapades</translation>
    </message>
    <message>
        <source> in this clone; nothing was pushed.&lt;/p&gt;</source>
        <translation> i den här klonen; ingenting skickades.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> and pushed with the branch to &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation> och skickades med grenen till &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;a href=&quot;%1&quot;&gt;Changes since the last release&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;a href=&quot;%1&quot;&gt;Ändringar sedan den senaste utgåvan&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;a href=&quot;%1&quot;&gt;Open the repository folder&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;a href=&quot;%1&quot;&gt;Öppna förrådets mapp&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Next: this project configures no CI pipeline, so nothing builds or publishes the release by itself; do it by hand, or add a pipeline. The Releases view now lists %1, and the next release starts from here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nästa steg: det här projektet har ingen CI-pipeline, så ingenting bygger eller publicerar releasen av sig självt; gör det för hand eller lägg till en pipeline. Vyn Releaser listar nu %1, och nästa release börjar härifrån.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Next: %1 (%2) runs for the tag if it is set up to. The Releases view now lists %3, and the next release starts from here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nästa steg: %1 (%2) körs för taggen om den är inställd för det. Vyn Releaser listar nu %3, och nästa release börjar härifrån.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rd::gui::ExecutePage</name>
    <message>
        <source>Waiting</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Körs…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misslyckades</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Ångrad</translation>
    </message>
    <message>
        <source>Stopping after the step under way…</source>
        <translation>Stoppar efter det pågående steget…</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>Återupptar…</translation>
    </message>
    <message>
        <source>Looking for the stopped release…</source>
        <translation>Letar efter den stoppade utgivningen…</translation>
    </message>
    <message>
        <source>Releasing %1…</source>
        <translation>Ger ut %1…</translation>
    </message>
    <message>
        <source>Undo on the Remote?</source>
        <translation>Ångra på fjärrförrådet?</translation>
    </message>
    <message>
        <source>%1

Undo it on the remote too? Others may already have fetched it.</source>
        <translation>%1

Ångra det på fjärrförrådet också? Andra kan redan ha hämtat det.</translation>
    </message>
    <message>
        <source>Nothing was undone.</source>
        <translation>Ingenting ångrades.</translation>
    </message>
    <message>
        <source>The release was undone. You can close this window.</source>
        <translation>Utgivningen har ångrats. Du kan stänga det här fönstret.</translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation>Inte ångrad: %1</translation>
    </message>
    <message>
        <source>Released %1.</source>
        <translation>%1 har getts ut.</translation>
    </message>
    <message>
        <source>Stopped. Resume to finish the release, or undo what it did.</source>
        <translation>Stoppad. Återuppta för att slutföra utgivningen, eller ångra det den har gjort.</translation>
    </message>
    <message>
        <source>%1
Resume once the cause is fixed, or undo what the release did.</source>
        <translation>%1
Återuppta när orsaken är åtgärdad, eller ångra det utgivningen har gjort.</translation>
    </message>
    <message>
        <source>Undoing the release…</source>
        <translation>Ångrar utgivningen…</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 misslyckades: %2</translation>
    </message>
    <message>
        <source>The release of %1 (tag %2) stopped on %3. Resume it to finish exactly the reviewed steps, or undo it.</source>
        <translation>Utgivningen av %1 (tagg %2) stoppades %3. Återuppta den för att slutföra exakt de granskade stegen, eller ångra den.</translation>
    </message>
</context>
<context>
    <name>rd::gui::Level</name>
    <message>
        <source>major (breaking)</source>
        <translation>major (bakåtinkompatibel)</translation>
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
        <translation>ingen</translation>
    </message>
</context>
<context>
    <name>rd::gui::MainWindow</name>
    <message>
        <source>Next Release</source>
        <translation>Nästa utgåva</translation>
    </message>
    <message>
        <source>Commits</source>
        <translation>Incheckningar</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Utgåvor</translation>
    </message>
    <message>
        <source>Changelog</source>
        <translation>Ändringslogg</translation>
    </message>
    <message>
        <source>Version Sources</source>
        <translation>Versionskällor</translation>
    </message>
    <message>
        <source>Stopped loading.</source>
        <translation>Inläsningen avbröts.</translation>
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
        <translation>Öppna förråd</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Töm listan</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Läser %1…</translation>
    </message>
    <message>
        <source>%1 — ReleaseDesk</source>
        <translation>%1 — ReleaseDesk</translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) since the last release.</source>
        <translation>
            <numerusform>%n incheckning sedan den senaste utgåvan.</numerusform>
            <numerusform>%n incheckningar sedan den senaste utgåvan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unfinished Release</source>
        <translation>Ofullbordad utgivning</translation>
    </message>
    <message>
        <source>The release of %1 (tag %2) in %3 did not finish. Resume it to run the remaining steps exactly once, or undo what it did?</source>
        <translation>Utgivningen av %1 (tagg %2) i %3 slutfördes inte. Vill du återuppta den för att köra de återstående stegen exakt en gång, eller ångra det den har gjort?</translation>
    </message>
    <message>
        <source>&amp;Resume or Undo…</source>
        <translation>&amp;Återuppta eller ångra…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Senare</translation>
    </message>
    <message>
        <source>About ReleaseDesk</source>
        <translation>Om ReleaseDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ReleaseDesk %1&lt;/h3&gt;&lt;p&gt;The whole release on one desk: versions, changelogs, tags, pushes and publishing, with the reason for every decision.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ReleaseDesk %1&lt;/h3&gt;&lt;p&gt;Hela utgivningen på ett skrivbord: versioner, ändringsloggar, taggar, skickning och publicering, med skälet bakom varje beslut.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1
The views show the analysis from before this failure: fix %2, then reload (F5).</source>
        <translation>%1
Vyerna visar analysen från före felet: rätta %2 och läs sedan in igen (F5).</translation>
    </message>
    <message>
        <source>Out of date: could not read %1.</source>
        <translation>Inaktuellt: kunde inte läsa %1.</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>Kunde inte läsa %1.</translation>
    </message>
    <message>
        <source>%1 (out of date) — ReleaseDesk</source>
        <translation>%1 (inaktuellt) — ReleaseDesk</translation>
    </message>
</context>
<context>
    <name>rd::gui::NotesPage</name>
    <message>
        <source>Add the notes to the &amp;changelog</source>
        <translation>Lägg till informationen i än&amp;dringsloggen</translation>
    </message>
    <message>
        <source>Add the notes to the &amp;changelog (%1)</source>
        <translation>Lägg till informationen i än&amp;dringsloggen (%1)</translation>
    </message>
    <message>
        <source>Release Notes</source>
        <translation>Versionsinformation</translation>
    </message>
    <message>
        <source>The version changed to %1. Replace your edited notes with fresh notes for it?</source>
        <translation>Versionen ändrades till %1. Vill du ersätta din redigerade versionsinformation med ny information för den?</translation>
    </message>
    <message>
        <source>No notes were written for %1: %2
Write them here, or fix the template and start the release again.</source>
        <translation>Ingen versionsinformation skrevs för %1: %2
Skriv dem här, eller rätta mallen och starta releasen igen.</translation>
    </message>
</context>
<context>
    <name>rd::gui::OverviewPage</name>
    <message>
        <source>tag %1 · %2</source>
        <translation>tagg %1 · %2</translation>
    </message>
    <message>
        <source>No repository</source>
        <translation>Inget förråd</translation>
    </message>
    <message>
        <source>detached HEAD at %1</source>
        <translation>frånkopplat HEAD vid %1</translation>
    </message>
    <message>
        <source>branch %1 · %2</source>
        <translation>gren %1 · %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>No release tag “%1” yet</source>
        <translation>Ingen utgåvetagg ”%1” än</translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) since the last release</source>
        <translation>
            <numerusform>%n incheckning sedan den senaste utgåvan</numerusform>
            <numerusform>%n incheckningar sedan den senaste utgåvan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) look like releases but were skipped, e.g. %1: %2</source>
        <translation>
            <numerusform>%n tagg ser ut som en utgåva men hoppades över – %1: %2</numerusform>
            <numerusform>%n taggar ser ut som utgåvor men hoppades över, t.ex. %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>first release</source>
        <translation>första releasen</translation>
    </message>
    <message>
        <source>The first release: there is no release tag yet, so it starts at %1.</source>
        <translation>Den första releasen: det finns ingen releasetagg än, så den börjar på %1.</translation>
    </message>
    <message>
        <source>nothing to release</source>
        <translation>inget att släppa</translation>
    </message>
    <message>
        <source>No commits since the last release.</source>
        <translation>Inga commits sedan den senaste releasen.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n commit(s) bumps the version; the Commits view tells why.</source>
        <translation>
            <numerusform>Den %n committen höjer inte versionen; vyn Commits berättar varför.</numerusform>
            <numerusform>Ingen av de %n committarna höjer versionen; vyn Commits berättar varför.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n commit(s) bump the version.</source>
        <translation>
            <numerusform>Den %n committen höjer versionen.</numerusform>
            <numerusform>Alla %n committar höjer versionen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n commit(s) bump the version; the Commits view tells why the others do not.</source>
        <translation>
            <numerusform>%1 av %n commit höjer versionen; vyn Commits berättar varför de andra inte gör det.</numerusform>
            <numerusform>%1 av %n committar höjer versionen; vyn Commits berättar varför de andra inte gör det.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Historiken läses…</translation>
    </message>
    <message>
        <source>Release tags: %1.</source>
        <translation>Versionstaggar: %1.</translation>
    </message>
</context>
<context>
    <name>rd::gui::PackagePicker</name>
    <message>
        <source>Whole repository</source>
        <translation>Hela förrådet</translation>
    </message>
</context>
<context>
    <name>rd::gui::PipelineWatch</name>
    <message>
        <source>Looking for the forge of this repository…</source>
        <translation>Letar efter förrådets forge…</translation>
    </message>
    <message>
        <source>The pipelines of %1 are not followed: %2</source>
        <translation>Pipelines för %1 följs inte: %2</translation>
    </message>
    <message>
        <source>Following the pipelines of %1 on %2…</source>
        <translation>Följer pipelines för %1 på %2…</translation>
    </message>
    <message>
        <source>%1 (the watch goes on)</source>
        <translation>%1 (bevakningen fortsätter)</translation>
    </message>
</context>
<context>
    <name>rd::gui::PreflightPage</name>
    <message>
        <source>Running the checks…</source>
        <translation>Kör kontrollerna…</translation>
    </message>
    <message>
        <source>Applying: %1…</source>
        <translation>Tillämpar: %1…</translation>
    </message>
    <message>
        <source>Reading the repository…</source>
        <translation>Läser förrådet…</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Åtgärd: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed: the release cannot start yet.</source>
        <translation>
            <numerusform>%n kontroll misslyckades: utgivningen kan inte starta än.</numerusform>
            <numerusform>%n kontroller misslyckades: utgivningen kan inte starta än.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready, with %n warning(s) to read.</source>
        <translation>
            <numerusform>Redo, men läs först %n varning.</numerusform>
            <numerusform>Redo, men läs först %n varningar.</numerusform>
        </translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Alla kontroller godkändes.</translation>
    </message>
</context>
<context>
    <name>rd::gui::ReconcileDialog</name>
    <message>
        <source>Write Versions</source>
        <translation>Skriv versioner</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Planerar…</translation>
    </message>
    <message>
        <source>Cannot write: %1</source>
        <translation>Kan inte skriva: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Hoppades över: %1</translation>
    </message>
    <message>
        <source>Every writable source already says %1.</source>
        <translation>Alla skrivbara källor anger redan %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) change.</source>
        <translation>
            <numerusform>%n fil ändras.</numerusform>
            <numerusform>%n filer ändras.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::gui::ReleaseListModel</name>
    <message>
        <source>Pre-release, tag %1</source>
        <translation>Förhandsutgåva, tagg %1</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Tagg %1</translation>
    </message>
    <message>
        <source>Every commit up to %1 (the first release)</source>
        <translation>Alla incheckningar fram till %1 (den första utgåvan)</translation>
    </message>
    <message>
        <source>Commits in %1 and not in %2</source>
        <translation>Incheckningar i %1 som inte finns i %2</translation>
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
        <translation>Incheckningar</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <source>Types of commits</source>
        <translation>Incheckningstyper</translation>
    </message>
</context>
<context>
    <name>rd::gui::ReleaseSession</name>
    <message>
        <source>There is no unfinished release here any more.</source>
        <translation>Det finns ingen ofullbordad utgivning här längre.</translation>
    </message>
</context>
<context>
    <name>rd::gui::ReleaseWizard</name>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Ge ut</translation>
    </message>
    <message>
        <source>Stop the Release?</source>
        <translation>Stoppa utgivningen?</translation>
    </message>
    <message>
        <source>Stop after the step under way? You can resume or undo the release later; ReleaseDesk offers it when you open this repository.</source>
        <translation>Stoppa efter det pågående steget? Du kan återuppta eller ångra utgivningen senare; ReleaseDesk erbjuder det när du öppnar det här förrådet.</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Utgivning</translation>
    </message>
</context>
<context>
    <name>rd::gui::ReleasesPage</name>
    <message numerus="yes">
        <source>*Nothing for the release notes: none of its %n commit(s) is of a type the notes list.*
</source>
        <translation>
            <numerusform>*Inget för versionsinformationen: %n incheckning, men ingen av en typ som tas med i informationen.*
</numerusform>
            <numerusform>*Inget för versionsinformationen: %n incheckningar, men ingen av en typ som tas med i informationen.*
</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a repository to see its releases.</source>
        <translation>Öppna ett förråd för att se dess utgåvor.</translation>
    </message>
    <message>
        <source>Reading the releases…</source>
        <translation>Läser utgåvorna…</translation>
    </message>
    <message>
        <source>Could not read the releases.</source>
        <translation>Kunde inte läsa utgåvorna.</translation>
    </message>
    <message>
        <source>No release yet: no tag matches “%1”.</source>
        <translation>Ingen utgåva än: ingen tagg matchar ”%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n release(s)</source>
        <translation>
            <numerusform>%n utgåva</numerusform>
            <numerusform>%n utgåvor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n pre-release(s)</source>
        <translation>
            <numerusform>, %n förhandsutgåva</numerusform>
            <numerusform>, %n förhandsutgåvor</numerusform>
        </translation>
    </message>
    <message>
        <source> · tags “%1”</source>
        <translation> · taggar ”%1”</translation>
    </message>
    <message numerus="yes">
        <source> · %n tag(s) skipped</source>
        <translation>
            <numerusform> · %n tagg överhoppad</numerusform>
            <numerusform> · %n taggar överhoppade</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag `%1`</source>
        <translation>Tagg `%1`</translation>
    </message>
    <message numerus="yes">
        <source> · %n commit(s) since `%1`</source>
        <translation>
            <numerusform> · %n incheckning sedan `%1`</numerusform>
            <numerusform> · %n incheckningar sedan `%1`</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · the first release, %n commit(s)</source>
        <translation>
            <numerusform> · den första utgåvan, %n incheckning</numerusform>
            <numerusform> · den första utgåvan, %n incheckningar</numerusform>
        </translation>
    </message>
    <message>
        <source> · pre-release</source>
        <translation> · förhandsutgåva</translation>
    </message>
</context>
<context>
    <name>rd::gui::ReviewPage</name>
    <message>
        <source>P&amp;ush the branch and the tag</source>
        <translation>S&amp;kicka grenen och taggen</translation>
    </message>
    <message>
        <source>P&amp;ush the branch and the tag to %1</source>
        <translation>S&amp;kicka grenen och taggen till %1</translation>
    </message>
    <message>
        <source>Checking and planning the release of %1…</source>
        <translation>Kontrollerar och planerar utgivningen av %1…</translation>
    </message>
    <message>
        <source>The release cannot run: %1</source>
        <translation>Utgivningen kan inte köras: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s), %1 file(s) changed, tag %2%3. Press Release to run them.</source>
        <translation>
            <numerusform>%n steg, %1 ändrad(e) fil(er), tagg %2%3. Tryck på ”Ge ut” för att köra det.</numerusform>
            <numerusform>%n steg, %1 ändrad(e) fil(er), tagg %2%3. Tryck på ”Ge ut” för att köra dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>, no push</source>
        <translation>, skickas inte</translation>
    </message>
    <message>
        <source>, pushed to %1</source>
        <translation>, skickas till %1</translation>
    </message>
</context>
<context>
    <name>rd::gui::SourcesModel</name>
    <message>
        <source>git tag</source>
        <translation>git-tagg</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>referens</translation>
    </message>
    <message>
        <source>Normalised: %1</source>
        <translation>Normaliserad: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
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
        <translation>Öppna ett förråd för att se var det anger sin version.</translation>
    </message>
    <message>
        <source>Looking for version sources…</source>
        <translation>Letar efter versionskällor…</translation>
    </message>
    <message>
        <source>No version sources found.</source>
        <translation>Inga versionskällor hittades.</translation>
    </message>
    <message numerus="yes">
        <source>%n version source(s); no reference version to compare with.</source>
        <translation>
            <numerusform>%n versionskälla; ingen referensversion att jämföra med.</numerusform>
            <numerusform>%n versionskällor; ingen referensversion att jämföra med.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n source(s) agree with &lt;b&gt;%1&lt;/b&gt; (%2).</source>
        <translation>
            <numerusform>%n källa stämmer överens med &lt;b&gt;%1&lt;/b&gt; (%2).</numerusform>
            <numerusform>Alla %n källor stämmer överens med &lt;b&gt;%1&lt;/b&gt; (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2&lt;/b&gt; sources disagree with &lt;b&gt;%3&lt;/b&gt; (%4).</source>
        <translation>&lt;b&gt;%1 av %2&lt;/b&gt; källor avviker från &lt;b&gt;%3&lt;/b&gt; (%4).</translation>
    </message>
    <message numerus="yes">
        <source>%n version source(s) found.</source>
        <translation>
            <numerusform>%n versionskälla hittades.</numerusform>
            <numerusform>%n versionskällor hittades.</numerusform>
        </translation>
    </message>
    <message>
        <source>git tag</source>
        <translation>git-tagg</translation>
    </message>
    <message>
        <source>As written: &lt;code&gt;%1&lt;/code&gt;, normalised: &lt;code&gt;%2&lt;/code&gt; (%3).</source>
        <translation>Som skrivet: &lt;code&gt;%1&lt;/code&gt;, normaliserad: &lt;code&gt;%2&lt;/code&gt; (%3).</translation>
    </message>
    <message>
        <source>Reconcile cannot write this source.</source>
        <translation>Avstämningen kan inte skriva till den här källan.</translation>
    </message>
    <message>
        <source>Wrote %1 to the version sources.</source>
        <translation>Skrev %1 till versionskällorna.</translation>
    </message>
</context>
<context>
    <name>rd::gui::VersionDiffView</name>
    <message>
        <source>Unified diff</source>
        <translation>Enhetlig diff</translation>
    </message>
    <message>
        <source>File before</source>
        <translation>Filen före</translation>
    </message>
    <message>
        <source>File after</source>
        <translation>Filen efter</translation>
    </message>
</context>
<context>
    <name>rd::gui::VersionPage</name>
    <message numerus="yes">
        <source>The last release is &lt;b&gt;%1&lt;/b&gt; (tag %2); %n commit(s) since.</source>
        <translation>
            <numerusform>Den senaste utgåvan är &lt;b&gt;%1&lt;/b&gt; (tagg %2); %n incheckning sedan dess.</numerusform>
            <numerusform>Den senaste utgåvan är &lt;b&gt;%1&lt;/b&gt; (tagg %2); %n incheckningar sedan dess.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There is no release yet: this is the first one (%n commit(s)).</source>
        <translation>
            <numerusform>Det finns ingen utgåva än: det här är den första (%n incheckning).</numerusform>
            <numerusform>Det finns ingen utgåva än: det här är den första (%n incheckningar).</numerusform>
        </translation>
    </message>
    <message>
        <source>0.x policy: a breaking change bumps the major number (zero-major.breaking-bumps-major is on).</source>
        <translation>0.x-regel: en bakåtinkompatibel ändring höjer major-numret (zero-major.breaking-bumps-major är på).</translation>
    </message>
    <message>
        <source>0.x policy: a breaking change bumps the minor number while the version is below 1.0.0 (set zero-major.breaking-bumps-major in .releasedesk.yml to change it).</source>
        <translation>0.x-regel: en bakåtinkompatibel ändring höjer minor-numret så länge versionen är lägre än 1.0.0 (ställ in zero-major.breaking-bumps-major i .releasedesk.yml för att ändra det).</translation>
    </message>
    <message>
        <source>Type a version.</source>
        <translation>Skriv en version.</translation>
    </message>
    <message>
        <source>Type the version to release.</source>
        <translation>Skriv versionen som ska ges ut.</translation>
    </message>
    <message>
        <source>&amp;Computed from the commits: %1</source>
        <translation>Beräknad från in&amp;checkningarna: %1</translation>
    </message>
    <message>
        <source>&amp;Computed from the commits: nothing to release</source>
        <translation>Beräknad från in&amp;checkningarna: inget att ge ut</translation>
    </message>
    <message>
        <source>%1  (tag %2)</source>
        <translation>%1  (tagg %2)</translation>
    </message>
    <message>
        <source>No version</source>
        <translation>Ingen version</translation>
    </message>
</context>
<context>
    <name>rd::gui::WatchSettingsDialog</name>
    <message>
        <source>Notify about this repository&apos;s runs</source>
        <translation>Avisera om förrådets körningar</translation>
    </message>
    <message>
        <source>Failures only (failed, still failing, cancelled, fixed)</source>
        <translation>Endast fel (misslyckad, misslyckas fortfarande, avbruten, åtgärdad)</translation>
    </message>
    <message>
        <source>Release tags only</source>
        <translation>Endast release-taggar</translation>
    </message>
    <message>
        <source>My runs only, started by:</source>
        <translation>Endast mina körningar, startade av:</translation>
    </message>
    <message>
        <source>Keep watching in the tray when the window is closed</source>
        <translation>Fortsätt bevaka i systemfältet när fönstret är stängt</translation>
    </message>
    <message>
        <source>Start at login (in the tray, without the window)</source>
        <translation>Starta vid inloggning (i systemfältet, utan fönstret)</translation>
    </message>
    <message>
        <source>Watch and Notify</source>
        <translation>Bevaka och avisera</translation>
    </message>
    <message>
        <source>Repositories watched</source>
        <translation>Bevakade förråd</translation>
    </message>
    <message>
        <source>The latest release made from ReleaseDesk of each checked repository is followed in the background, and its pipelines notified. Releases and watches add repositories here.</source>
        <translation>Den senaste releasen som gjorts från ReleaseDesk för varje markerat förråd följs i bakgrunden, och dess pipelines aviseras. Releaser och bevakningar lägger till förråd här.</translation>
    </message>
    <message>
        <source>Notifications for the selected repository</source>
        <translation>Aviseringar för det valda förrådet</translation>
    </message>
    <message>
        <source>your forge login</source>
        <translation>ditt användarnamn på forgen</translation>
    </message>
    <message>
        <source>Forge login</source>
        <translation>Användarnamn på forgen</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>No repository yet: a release or a watch adds one.</source>
        <translation>Inget förråd ännu: en release eller en bevakning lägger till ett.</translation>
    </message>
    <message>
        <source>&quot;My runs only&quot; needs your forge login: type it beside the option.</source>
        <translation>”Endast mina körningar” behöver ditt användarnamn på forgen: skriv det bredvid alternativet.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Nothing seen yet: a watch&apos;s runs and their changes come here.</source>
        <translation>Inget sett ännu: en bevaknings körningar och deras ändringar visas här.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
</context>
<context>
    <name>rd::gui::WatchTray</name>
    <message>
        <source>Idle</source>
        <translation>Vilande</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Körs</translation>
    </message>
    <message>
        <source>All green</source>
        <translation>Allt grönt</translation>
    </message>
    <message>
        <source>Something failed</source>
        <translation>Något misslyckades</translation>
    </message>
    <message>
        <source>%1 on %2 — %3</source>
        <translation>%1 på %2 — %3</translation>
    </message>
    <message>
        <source>ReleaseDesk: %1</source>
        <translation>ReleaseDesk: %1</translation>
    </message>
    <message>
        <source>No runs watched yet</source>
        <translation>Inga körningar bevakade ännu</translation>
    </message>
    <message>
        <source>Watch and Notify Settings…</source>
        <translation>Inställningar för bevaka och avisera…</translation>
    </message>
    <message>
        <source>Show ReleaseDesk</source>
        <translation>Visa ReleaseDesk</translation>
    </message>
</context>
<context>
    <name>rd::gui::WelcomePage</name>
    <message>
        <source>Welcome to ReleaseDesk</source>
        <translation>Välkommen till ReleaseDesk</translation>
    </message>
    <message>
        <source>Open a git repository to see its current version, the next version its Conventional Commits call for, and why — commit by commit.</source>
        <translation>Öppna ett git-förråd för att se dess aktuella version, nästa version som dess Conventional Commits kräver, och varför – incheckning för incheckning.</translation>
    </message>
    <message>
        <source>Open Repository…</source>
        <translation>Öppna förråd…</translation>
    </message>
    <message>
        <source>Recent repositories</source>
        <translation>Senaste förråd</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Inga än</translation>
    </message>
</context>
<context>
    <name>rd::notify::DesktopNotifier</name>
    <message>
        <source>There is no D-Bus session bus to send desktop notifications on.</source>
        <translation>Det finns ingen D-Bus-sessionsbuss att skicka skrivbordsaviseringar på.</translation>
    </message>
    <message>
        <source>Open run</source>
        <translation>Öppna körning</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>No notification daemon answered on the session bus (%1).</source>
        <translation>Ingen aviseringstjänst svarade på sessionsbussen (%1).</translation>
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
        <translation>%1 startade på %2</translation>
    </message>
    <message>
        <source>%1 passed on %2</source>
        <translation>%1 lyckades på %2</translation>
    </message>
    <message>
        <source>%1 failed on %2</source>
        <translation>%1 misslyckades på %2</translation>
    </message>
    <message>
        <source>%1 fixed on %2</source>
        <translation>%1 fungerar igen på %2</translation>
    </message>
    <message>
        <source>%1 still failing on %2</source>
        <translation>%1 misslyckas fortfarande på %2</translation>
    </message>
    <message>
        <source>%1 cancelled on %2</source>
        <translation>%1 avbröts på %2</translation>
    </message>
    <message>
        <source>%1: %2 pipeline passed in %3</source>
        <translation>%1: %2 pipeline lyckades på %3</translation>
    </message>
    <message>
        <source>%1: %2 pipelines passed in %3</source>
        <translation>%1: %2 pipelines lyckades på %3</translation>
    </message>
    <message>
        <source>%1: %2 of %3 pipeline failed</source>
        <translation>%1: %2 av %3 pipeline misslyckades</translation>
    </message>
    <message>
        <source>%1: %2 of %3 pipelines failed</source>
        <translation>%1: %2 av %3 pipelines misslyckades</translation>
    </message>
    <message>
        <source>%1: job %2 of %3 %4: %5</source>
        <translation>%1: jobb %2 i %3 %4: %5</translation>
    </message>
    <message>
        <source>%1: %2 %3: %4</source>
        <translation>%1: %2 %3: %4</translation>
    </message>
    <message>
        <source>%1 %2: job %3 failed: %4</source>
        <translation>%1 %2: jobb %3 misslyckades: %4</translation>
    </message>
    <message>
        <source>%1 %2 in %3</source>
        <translation>%1 %2 på %3</translation>
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
        <translation>Historikdatabasen är låst av ett annat program (%1).</translation>
    </message>
    <message>
        <source>The history database is damaged (%1).</source>
        <translation>Historikdatabasen är skadad (%1).</translation>
    </message>
    <message>
        <source>The history database could not be read or written: %1</source>
        <translation>Historikdatabasen kunde inte läsas eller skrivas: %1</translation>
    </message>
    <message>
        <source>The history database has schema version %1, newer than this ReleaseDesk knows (%2). It is left alone; update ReleaseDesk to use it.</source>
        <translation>Historikdatabasen har schemaversion %1, nyare än den här versionen av ReleaseDesk känner till (%2). Den lämnas orörd; uppdatera ReleaseDesk för att använda den.</translation>
    </message>
    <message>
        <source>It was moved aside to %1 and a new one was started; the run history is read again from the forge.</source>
        <translation>Den flyttades undan till %1 och en ny skapades; körningshistoriken läses in igen från forgen.</translation>
    </message>
    <message>
        <source>ReleaseDesk keeps this session&apos;s history in memory; notifications already sent may be sent again after a restart.</source>
        <translation>ReleaseDesk håller den här sessionens historik i minnet; redan skickade aviseringar kan skickas igen efter en omstart.</translation>
    </message>
    <message>
        <source>The folder for the history database cannot be created; check its permissions.</source>
        <translation>Mappen för historikdatabasen kan inte skapas; kontrollera dess behörigheter.</translation>
    </message>
    <message>
        <source>The history database cannot use write-ahead logging (journal mode &quot;%1&quot;); is it on a network file system?</source>
        <translation>Historikdatabasen kan inte använda write-ahead-loggning (journalläge ”%1”); ligger den på ett nätverksfilsystem?</translation>
    </message>
</context>
<context>
    <name>rd::watch::Watcher</name>
    <message>
        <source>The forge&apos;s request budget is nearly spent (%1); the watch waits until it refills.</source>
        <translation>Forgens förfrågningskvot är nästan förbrukad (%1); bevakningen väntar tills den fylls på igen.</translation>
    </message>
</context>
</TS>
