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
    <name>NpmPublishStep</name>
    <message>
        <source>Cannot read the package tarball: %1. Run npm pack (or the build step) first.</source>
        <translation>Paketets tarboll kan inte läsas: %1. Kör npm pack (eller byggsteget) först.</translation>
    </message>
    <message>
        <source>The tarball&apos;s package/package.json has no name and version: it is not an npm package.</source>
        <translation>Tarbollens package/package.json saknar namn och version: det är inget npm-paket.</translation>
    </message>
    <message>
        <source>The tarball&apos;s version &quot;%1&quot; is not a SemVer version.</source>
        <translation>Tarbollens version ”%1” är ingen SemVer-version.</translation>
    </message>
    <message>
        <source>The tarball holds %1 %2, but the release is %3: pack it again from the release commit.</source>
        <translation>Tarbollen innehåller %1 %2, men utgåvan är %3: packa den igen från utgåvans incheckning.</translation>
    </message>
    <message>
        <source>Publish %1 %2 to npm</source>
        <translation>Publicera %1 %2 på npm</translation>
    </message>
    <message>
        <source>Registry: %1
Tarball: %2
Integrity: %3
Dist-tag: %4</source>
        <translation>Register: %1
Tarboll: %2
Integritet: %3
Dist-tagg: %4</translation>
    </message>
    <message>
        <source>The registry&apos;s answer for %1 is not a packument.</source>
        <translation>Registrets svar för %1 är inget packument.</translation>
    </message>
    <message>
        <source>%1 %2 is already on %3 with other content (%4); this release&apos;s tarball is %5. A published version is never overwritten: release the next version instead.</source>
        <translation>%1 %2 finns redan på %3 med annat innehåll (%4); den här utgåvans tarboll är %5. En publicerad version skrivs aldrig över: släpp nästa version i stället.</translation>
    </message>
    <message>
        <source>Cannot read the package tarball: %1.</source>
        <translation>Paketets tarboll kan inte läsas: %1.</translation>
    </message>
    <message>
        <source>The package tarball changed since the release was planned (now %1, planned %2): abort the release and plan it again.</source>
        <translation>Paketets tarboll har ändrats sedan utgåvan planerades (nu %1, planerad %2): avbryt utgåvan och planera den igen.</translation>
    </message>
    <message>
        <source>No npm token for %1: set NPM_TOKEN, or add the line //%2/:_authToken=… to the project&apos;s .npmrc or ~/.npmrc.</source>
        <translation>Ingen npm-token för %1: sätt NPM_TOKEN, eller lägg till raden //%2/:_authToken=… i projektets .npmrc eller ~/.npmrc.</translation>
    </message>
    <message>
        <source>Publishing %1 %2 to %3 (dist-tag %4, token from %5)</source>
        <translation>Publicerar %1 %2 på %3 (dist-tagg %4, token från %5)</translation>
    </message>
    <message>
        <source>%1 refused the npm token from %2 (HTTP 401): log in again (npm login) or set a valid NPM_TOKEN.</source>
        <translation>%1 avvisade npm-token från %2 (HTTP 401): logga in igen (npm login) eller sätt en giltig NPM_TOKEN.</translation>
    </message>
    <message>
        <source>%1 does not let the token from %2 publish %3 (HTTP 403): grant it publish rights on the package or its scope.</source>
        <translation>%1 låter inte token från %2 publicera %3 (HTTP 403): ge den publiceringsrätt på paketet eller dess scope.</translation>
    </message>
    <message>
        <source>The upload failed (%1); asking the registry whether it arrived.</source>
        <translation>Uppladdningen misslyckades (%1); frågar registret om den kom fram.</translation>
    </message>
    <message>
        <source>Verified: %1 has %2 %3 (%4).</source>
        <translation>Verifierat: %1 har %2 %3 (%4).</translation>
    </message>
    <message>
        <source>%1 accepted %2 %3 but does not list it after %4 s: check the registry, then resume the release.</source>
        <translation>%1 tog emot %2 %3 men listar den inte efter %4 s: kontrollera registret och återuppta sedan utgåvan.</translation>
    </message>
    <message>
        <source>%1 %2 stays on %3: registries do not take a version twice, so it is not unpublished. Release the next version with the fix.</source>
        <translation>%1 %2 ligger kvar på %3: register tar inte emot en version två gånger, så den avpubliceras inte. Släpp nästa version med rättelsen.</translation>
    </message>
</context>
<context>
    <name>OciDistribution</name>
    <message>
        <source>The registry asked for a bearer token but named no usable token address (realm “%1”). The registry is misconfigured; ask its operator.</source>
        <translation>Registret bad om en bearer-token men angav ingen användbar tokenadress (realm ”%1”). Registret är felkonfigurerat; fråga den som driver det.</translation>
    </message>
    <message>
        <source>The token service answered without a token (no “token” or “access_token”). Check the registry&apos;s token service.</source>
        <translation>Tokentjänsten svarade utan token (inget ”token” eller ”access_token”). Kontrollera registrets tokentjänst.</translation>
    </message>
    <message>
        <source>%1 does not let anonymous readers see %2 (HTTP 401). Give credentials for this registry.</source>
        <translation>%1 låter inte anonyma läsare se %2 (HTTP 401). Ange inloggningsuppgifter för det här registret.</translation>
    </message>
    <message>
        <source>%1 refused the credentials for %2 (HTTP 401). Check the user and the password or token for this registry.</source>
        <translation>%1 avvisade inloggningsuppgifterna för %2 (HTTP 401). Kontrollera användare och lösenord eller token för det här registret.</translation>
    </message>
    <message>
        <source>%1 refused the credentials for %2 (HTTP %3). Check the user and the password or token for this registry.</source>
        <translation>%1 avvisade inloggningsuppgifterna för %2 (HTTP %3). Kontrollera användare och lösenord eller token för det här registret.</translation>
    </message>
    <message>
        <source>The next page of the tags of %1 is on another server (%2); not following it.</source>
        <translation>Nästa sida med taggar för %1 ligger på en annan server (%2); den följs inte.</translation>
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
    <name>PackageArchive</name>
    <message>
        <source>The package archive is broken (%1): pack it again.</source>
        <translation>Paketarkivet är trasigt (%1): packa det igen.</translation>
    </message>
    <message>
        <source>not gzip-compressed</source>
        <translation>inte gzip-komprimerat</translation>
    </message>
    <message>
        <source>larger than %1 bytes unpacked</source>
        <translation>större än %1 byte uppackat</translation>
    </message>
    <message>
        <source>the compressed data is truncated or corrupt</source>
        <translation>de komprimerade data är avkortade eller skadade</translation>
    </message>
    <message>
        <source>bad entry size at byte %1</source>
        <translation>ogiltig poststorlek vid byte %1</translation>
    </message>
    <message>
        <source>an entry runs past the end</source>
        <translation>en post går förbi slutet</translation>
    </message>
    <message>
        <source>it has no %1</source>
        <translation>det saknar %1</translation>
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
    <name>PublishedChecks</name>
    <message>
        <source>Not checked: .releasedesk.yml has no registries: section.</source>
        <translation>Inte kontrollerat: .releasedesk.yml har ingen sektion registries:.</translation>
    </message>
    <message>
        <source>Could not check every registry: %1</source>
        <translation>Alla register kunde inte kontrolleras: %1</translation>
    </message>
    <message>
        <source>Version not yet on the registries</source>
        <translation>Versionen finns inte i registren än</translation>
    </message>
    <message>
        <source>%1 is on none of: %2.</source>
        <translation>%1 finns inte i något av: %2.</translation>
    </message>
    <message>
        <source>No registry ahead of the release</source>
        <translation>Inget register ligger före releasen</translation>
    </message>
    <message>
        <source>Releasing %1 would go backwards: %2</source>
        <translation>Att släppa %1 vore att gå bakåt: %2</translation>
    </message>
    <message>
        <source>The release reaches or overtakes it, but look first: %1</source>
        <translation>Releasen når ikapp eller går förbi, men titta först: %1</translation>
    </message>
    <message>
        <source>No registry has a version above the last release (%1).</source>
        <translation>Inget register har en version över den senaste releasen (%1).</translation>
    </message>
</context>
<context>
    <name>PublishedInspection</name>
    <message>
        <source>The forge&apos;s releases are not checked: %1</source>
        <translation>Forgens releaser kontrolleras inte: %1</translation>
    </message>
</context>
<context>
    <name>PublishedPresenter</name>
    <message>
        <source>Published:</source>
        <translation>Publicerat:</translation>
    </message>
    <message>
        <source>not read: %1</source>
        <translation>inte läst: %1</translation>
    </message>
    <message>
        <source>%1 (%2), versions: %3</source>
        <translation>%1 (%2), versioner: %3</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>datum okänt</translation>
    </message>
</context>
<context>
    <name>PublishedRules</name>
    <message>
        <source>%1 has %2, higher than the project&apos;s %3. Something was published without a tag, or the tag is missing: tag %2 on the commit it was built from, or check what was published.</source>
        <translation>%1 har %2, högre än projektets %3. Något publicerades utan tagg, eller så saknas taggen: tagga %2 på commiten det byggdes från, eller kontrollera vad som publicerades.</translation>
    </message>
    <message>
        <source>%1 already has %2, the version about to be released. Registries do not take a version twice: release the next version instead.</source>
        <translation>%1 har redan %2, versionen som ska släppas. Register tar inte emot en version två gånger: släpp nästa version i stället.</translation>
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
    <name>RegistryDetection</name>
    <message>
        <source>%1: not read (%2)</source>
        <translation>%1: inte läst (%2)</translation>
    </message>
    <message>
        <source>package.json has no &quot;name&quot;: not checked on npm</source>
        <translation>package.json har inget ”name”: inte kontrollerad på npm</translation>
    </message>
    <message>
        <source>pyproject.toml: not read (%1)</source>
        <translation>pyproject.toml: inte läst (%1)</translation>
    </message>
    <message>
        <source>Cargo.toml: not read (%1)</source>
        <translation>Cargo.toml: inte läst (%1)</translation>
    </message>
    <message>
        <source>Dockerfile: the image it becomes is not named anywhere; add { type: oci, image: HOST/PATH/NAME } to registries: in .releasedesk.yml to check it</source>
        <translation>Dockerfile: avbilden den blir nämns ingenstans; lägg till { type: oci, image: HOST/PATH/NAME } under registries: i .releasedesk.yml för att kontrollera den</translation>
    </message>
</context>
<context>
    <name>RegistryJson</name>
    <message>
        <source>The %1 answer is not valid JSON (%2 at byte %3). The address may point at something that is not this kind of registry; check url: in .releasedesk.yml.</source>
        <translation>Svaret från %1 är inte giltig JSON (%2 vid byte %3). Adressen pekar kanske på något som inte är ett register av det här slaget; kontrollera url: i .releasedesk.yml.</translation>
    </message>
    <message>
        <source>The %1 answer is not a JSON object. Check that url: in .releasedesk.yml points at this kind of registry.</source>
        <translation>Svaret från %1 är inget JSON-objekt. Kontrollera att url: i .releasedesk.yml pekar på ett register av det här slaget.</translation>
    </message>
    <message>
        <source>The %1 answer has no usable “%2”; this is not what the registry documents. Check that url: in .releasedesk.yml points at this kind of registry.</source>
        <translation>Svaret från %1 har inget användbart ”%2”; det är inte vad registret dokumenterar. Kontrollera att url: i .releasedesk.yml pekar på ett register av det här slaget.</translation>
    </message>
    <message>
        <source>the packument has no dist-tag “latest”</source>
        <translation>packumentet har ingen dist-tagg ”latest”</translation>
    </message>
    <message>
        <source>no publication time for %1</source>
        <translation>ingen publiceringstid för %1</translation>
    </message>
    <message>
        <source>no upload time for %1</source>
        <translation>ingen uppladdningstid för %1</translation>
    </message>
</context>
<context>
    <name>RegistryReader</name>
    <message>
        <source>not published yet</source>
        <translation>inte publicerad än</translation>
    </message>
    <message>
        <source>not published yet (or private: the registry refused an anonymous read with HTTP %1)</source>
        <translation>inte publicerad än (eller privat: registret nekade anonym läsning med HTTP %1)</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Läsningen av %1 misslyckades: %2</translation>
    </message>
    <message>
        <source>No address for %1: set url: in its registries: entry of .releasedesk.yml.</source>
        <translation>Ingen adress för %1: ange url: i dess post under registries: i .releasedesk.yml.</translation>
    </message>
    <message>
        <source>no tag is a version (%1 tags)</source>
        <translation>ingen tagg är en version (%1 taggar)</translation>
    </message>
    <message>
        <source>the image %1 does not say when it was built</source>
        <translation>avbilden %1 säger inte när den byggdes</translation>
    </message>
    <message>
        <source>%1 needs the project&apos;s forge, and none of that kind is configured or detected: set forge: (type, api, project) in .releasedesk.yml.</source>
        <translation>%1 behöver projektets forge, och ingen av det slaget är konfigurerad eller hittad: ange forge: (type, api, project) i .releasedesk.yml.</translation>
    </message>
    <message>
        <source>no release yet</source>
        <translation>ingen release än</translation>
    </message>
</context>
<context>
    <name>RegistryTarget</name>
    <message>
        <source>GitHub releases</source>
        <translation>GitHub-releaser</translation>
    </message>
    <message>
        <source>GitLab releases</source>
        <translation>GitLab-releaser</translation>
    </message>
    <message>
        <source>crate %1</source>
        <translation>crate %1</translation>
    </message>
    <message>
        <source>The image “%1” does not name its registry. Write it as HOST[:PORT]/PATH/NAME (e.g. registry.example.com/team/app).</source>
        <translation>Avbilden ”%1” anger inte sitt register. Skriv den som HOST[:PORT]/SÖKVÄG/NAMN (t.ex. registry.example.com/team/app).</translation>
    </message>
    <message>
        <source>expected a list of registries, e.g. - { type: npm, package: &quot;@team/app&quot; }</source>
        <translation>förväntade en lista med register, t.ex. - { type: npm, package: &quot;@team/app&quot; }</translation>
    </message>
    <message>
        <source>expected an entry like { type: npm, package: NAME }</source>
        <translation>förväntade en post som { type: npm, package: NAME }</translation>
    </message>
    <message>
        <source>unknown registry type “%1”; use npm, pypi, oci, crates, github-release or gitlab-release</source>
        <translation>okänd registertyp ”%1”; använd npm, pypi, oci, crates, github-release eller gitlab-release</translation>
    </message>
    <message>
        <source>an oci entry needs image: HOST/PATH/NAME</source>
        <translation>en oci-post behöver image: HOST/PATH/NAME</translation>
    </message>
    <message>
        <source>a %1 entry needs package: NAME</source>
        <translation>en %1-post behöver package: NAME</translation>
    </message>
    <message>
        <source>“%1” is not an http(s) address; write e.g. url: https://registry.example.com</source>
        <translation>”%1” är ingen http(s)-adress; skriv t.ex. url: https://registry.example.com</translation>
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
    <name>rd::ChangeFailures</name>
    <message>
        <source>the next release %1, %2 later, is a patch whose version-bumping commits are all fixes (fix commits: %3)</source>
        <translation>nästa utgåva %1, %2 senare, är en patch vars versionshöjande incheckningar alla är rättelser (rättelseincheckningar: %3)</translation>
    </message>
    <message>
        <source>released in %1</source>
        <translation>utgiven i %1</translation>
    </message>
    <message>
        <source>not released yet</source>
        <translation>inte utgiven än</translation>
    </message>
    <message>
        <source>commit %1 “%2” is reverted by %3 “%4” (%5)</source>
        <translation>incheckning %1 ”%2” återställs av %3 ”%4” (%5)</translation>
    </message>
</context>
<context>
    <name>rd::DeliveryMetrics</name>
    <message>
        <source>the next release is a patch whose version-bumping commits are all fixes, tagged within N = %1 days</source>
        <translation>nästa utgåva är en patch vars versionshöjande incheckningar alla är rättelser, taggad inom N = %1 dagar</translation>
    </message>
    <message>
        <source>a later commit reverts a commit of the release</source>
        <translation>en senare incheckning återställer en incheckning i utgåvan</translation>
    </message>
    <message>
        <source>needs the recorded deploy runs of a forge (not available from git alone)</source>
        <translation>kräver de sparade deploy-körningarna från en forge (inte tillgängligt från git enbart)</translation>
    </message>
    <message>
        <source>needs the release journal of the store (not available from git alone)</source>
        <translation>kräver utgivningsjournalen i lagret (inte tillgängligt från git enbart)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutet.</translation>
    </message>
    <message>
        <source>the repository has no commits yet</source>
        <translation>förrådet har inga incheckningar än</translation>
    </message>
    <message>
        <source>no final release tag matches the tag pattern “%1”</source>
        <translation>ingen slutlig utgåvetagg matchar taggmönstret ”%1”</translation>
    </message>
    <message>
        <source>none of the final release tags of “%1” (%2 in all) is dated between %3 and %4 (the newest, %5, is dated %6)</source>
        <translation>ingen av de slutliga utgåvetaggarna för ”%1” (%2 totalt) är daterad mellan %3 och %4 (den senaste, %5, är daterad %6)</translation>
    </message>
    <message>
        <source>no deployment in the window has a previous deployment with commits between them</source>
        <translation>ingen driftsättning i perioden har en tidigare driftsättning med incheckningar emellan</translation>
    </message>
    <message>
        <source>no deployment in the window failed</source>
        <translation>ingen driftsättning i perioden misslyckades</translation>
    </message>
    <message>
        <source>no failed deployment of the window has been followed by a successful one yet</source>
        <translation>ingen misslyckad driftsättning i perioden har ännu följts av en lyckad</translation>
    </message>
</context>
<context>
    <name>rd::DeploymentBand</name>
    <message>
        <source>on demand</source>
        <translation>vid behov</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>dagligen</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>veckovis</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>månadsvis</translation>
    </message>
    <message>
        <source>fewer than monthly</source>
        <translation>mer sällan än månadsvis</translation>
    </message>
    <message>
        <source>more than 7 deployments a week (more than one a day)</source>
        <translation>fler än 7 driftsättningar i veckan (fler än en om dagen)</translation>
    </message>
    <message>
        <source>1 to 7 deployments a week (between once a week and once a day)</source>
        <translation>1 till 7 driftsättningar i veckan (mellan en gång i veckan och en gång om dagen)</translation>
    </message>
    <message>
        <source>12/52 to 1 deployment a week (between once a month and once a week)</source>
        <translation>12/52 till 1 driftsättning i veckan (mellan en gång i månaden och en gång i veckan)</translation>
    </message>
    <message>
        <source>2/52 to 12/52 deployments a week (between twice a year and once a month)</source>
        <translation>2/52 till 12/52 driftsättningar i veckan (mellan två gånger om året och en gång i månaden)</translation>
    </message>
    <message>
        <source>fewer than 2/52 deployments a week (less than twice a year)</source>
        <translation>färre än 2/52 driftsättningar i veckan (mer sällan än två gånger om året)</translation>
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
        <translation>%1 dagar</translation>
    </message>
</context>
<context>
    <name>rd::MetricsWindow</name>
    <message>
        <source>“%1” is not a date: write it as YYYY-MM-DD (2024-03-01) or as an ISO 8601 date and time (2024-03-01T12:00:00Z).</source>
        <translation>”%1” är inget datum: skriv det som ÅÅÅÅ-MM-DD (2024-03-01) eller som ISO 8601-datum och tid (2024-03-01T12:00:00Z).</translation>
    </message>
    <message>
        <source>The window starts (%1) after it ends (%2): give a --since before the --until.</source>
        <translation>Perioden börjar (%1) efter att den slutar (%2): ange ett --since före --until.</translation>
    </message>
</context>
<context>
    <name>rd::PipelineHealth</name>
    <message>
        <source>no pipeline runs were given</source>
        <translation>inga pipelinekörningar angavs</translation>
    </message>
    <message>
        <source>none of the pipeline runs (%1 given) started in the window</source>
        <translation>ingen av pipelinekörningarna (%1 angivna) startade i perioden</translation>
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
    <message>
        <source>Metrics</source>
        <translation>Mätvärden</translation>
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
        <translation>timmar</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagar</translation>
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
        <translation>Exportera PNG…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportera CSV…</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Senaste 30 dagarna</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Senaste 90 dagarna</translation>
    </message>
    <message>
        <source>Last 180 days</source>
        <translation>Senaste 180 dagarna</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Senaste 365 dagarna</translation>
    </message>
    <message>
        <source>Whole history</source>
        <translation>Hela historiken</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>Från – till</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deployment frequency&lt;/b&gt;&lt;br&gt;A deployment is a final release tag of the tag pattern, at its tag time (the tagger date of an annotated tag, else the commit&apos;s date); per week in the window.</source>
        <translation>&lt;b&gt;Driftsättningsfrekvens&lt;/b&gt;&lt;br&gt;En driftsättning är en slutlig utgåvetagg enligt taggmönstret, vid sin taggtid (taggarens datum för en annoterad tagg, annars incheckningens datum); per vecka i perioden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lead time for changes&lt;/b&gt;&lt;br&gt;Each commit between the previous deployment and a deployment, from its committer date to the deployment&apos;s tag time.</source>
        <translation>&lt;b&gt;Ledtid för ändringar&lt;/b&gt;&lt;br&gt;Varje incheckning mellan föregående driftsättning och en driftsättning, från dess incheckningsdatum till driftsättningens taggtid.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Change failure rate&lt;/b&gt;&lt;br&gt;The share of deployments followed by a patch of fixes only within 7 days, or with a commit reverted later; each counts once.</source>
        <translation>&lt;b&gt;Andel misslyckade ändringar&lt;/b&gt;&lt;br&gt;Andelen driftsättningar som inom 7 dagar följdes av en patch med enbart rättelser, eller där en incheckning senare återställdes; var och en räknas en gång.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Time to restore&lt;/b&gt;&lt;br&gt;From a failed deployment to the next deployment that did not fail.</source>
        <translation>&lt;b&gt;Tid till återställning&lt;/b&gt;&lt;br&gt;Från en misslyckad driftsättning till nästa driftsättning som inte misslyckades.</translation>
    </message>
    <message>
        <source>Open a repository to see its release metrics.</source>
        <translation>Öppna ett förråd för att se dess utgåvemätvärden.</translation>
    </message>
    <message>
        <source>Computing the metrics…</source>
        <translation>Beräknar mätvärdena…</translation>
    </message>
    <message>
        <source>Could not compute the metrics.</source>
        <translation>Mätvärdena kunde inte beräknas.</translation>
    </message>
    <message>
        <source>%1 to %2 (UTC), %3 weeks</source>
        <translation>%1 till %2 (UTC), %3 veckor</translation>
    </message>
    <message>
        <source>Deployments: final release tags of “%1”; window %2.</source>
        <translation>Driftsättningar: slutliga utgåvetaggar för ”%1”; period %2.</translation>
    </message>
    <message>
        <source>No data: %1. Window %2.</source>
        <translation>Inga data: %1. Period %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 a week · %2 · %n deployment(s)</source>
        <translation>
            <numerusform>%1 i veckan · %2 · %n driftsättning</numerusform>
            <numerusform>%1 i veckan · %2 · %n driftsättningar</numerusform>
        </translation>
    </message>
    <message>
        <source>no data</source>
        <translation>inga data</translation>
    </message>
    <message numerus="yes">
        <source>median %1 · p90 %2 · %n commit(s)</source>
        <translation>
            <numerusform>median %1 · p90 %2 · %n incheckning</numerusform>
            <numerusform>median %1 · p90 %2 · %n incheckningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 of %n deployment(s)</source>
        <translation>
            <numerusform>%1 · %2 av %n driftsättning</numerusform>
            <numerusform>%1 · %2 av %n driftsättningar</numerusform>
        </translation>
    </message>
    <message>
        <source>no data: %1</source>
        <translation>inga data: %1</translation>
    </message>
    <message numerus="yes">
        <source>median %1 · p90 %2 · %n restored failure(s)</source>
        <translation>
            <numerusform>median %1 · p90 %2 · %n åtgärdat fel</numerusform>
            <numerusform>median %1 · p90 %2 · %n åtgärdade fel</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Pipeline health&lt;/b&gt; (success rate, durations, queue time, flaky jobs per workflow) needs the CI runs of a GitHub or GitLab forge; this view shows what git alone tells. &lt;tt&gt;releasedesk-cli metrics --pipelines N&lt;/tt&gt; fetches the newest N runs.</source>
        <translation>&lt;b&gt;Pipelinehälsa&lt;/b&gt; (lyckandegrad, körtider, kötid, instabila jobb per arbetsflöde) kräver CI-körningarna från en GitHub- eller GitLab-forge; den här vyn visar vad git ensamt berättar. &lt;tt&gt;releasedesk-cli metrics --pipelines N&lt;/tt&gt; hämtar de N senaste körningarna.</translation>
    </message>
    <message>
        <source>YY-MM-DD</source>
        <translation>ÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>MM-DD</source>
        <translation>MM-DD</translation>
    </message>
    <message>
        <source>Week starting (%1)</source>
        <translation>Vecka från (%1)</translation>
    </message>
    <message>
        <source>%1 days starting (%2)</source>
        <translation>%1 dagar från (%2)</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Driftsättningar</translation>
    </message>
    <message>
        <source>Lead time per deployment</source>
        <translation>Ledtid per driftsättning</translation>
    </message>
    <message>
        <source>median</source>
        <translation>median</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>Lead time (%1)</source>
        <translation>Ledtid (%1)</translation>
    </message>
    <message>
        <source>Change failure rate</source>
        <translation>Andel misslyckade ändringar</translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation>Felandel</translation>
    </message>
    <message>
        <source>Failed deployments (%)</source>
        <translation>Misslyckade driftsättningar (%)</translation>
    </message>
    <message>
        <source>Time to restore</source>
        <translation>Tid till återställning</translation>
    </message>
    <message>
        <source>failed deployment, restored</source>
        <translation>misslyckad driftsättning, åtgärdad</translation>
    </message>
    <message>
        <source>Time to restore (%1)</source>
        <translation>Tid till återställning (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s) from %1 to %2</source>
        <translation>
            <numerusform>%n driftsättning från %1 till %2</numerusform>
            <numerusform>%n driftsättningar från %1 till %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n deployment(s) failed</source>
        <translation>
            <numerusform>%1: %2 av %n driftsättning misslyckades</numerusform>
            <numerusform>%1: %2 av %n driftsättningar misslyckades</numerusform>
        </translation>
    </message>
    <message>
        <source>no deployment from %1 to %2</source>
        <translation>ingen driftsättning från %1 till %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): median %3, p90 %4 over %n commit(s)</source>
        <translation>
            <numerusform>%1 (%2): median %3, p90 %4 över %n incheckning</numerusform>
            <numerusform>%1 (%2): median %3, p90 %4 över %n incheckningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 failed (%n reason(s)), restored by %2 after %3</source>
        <translation>
            <numerusform>%1 misslyckades (%n orsak), åtgärdad av %2 efter %3</numerusform>
            <numerusform>%1 misslyckades (%n orsaker), åtgärdad av %2 efter %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s)</source>
        <translation>
            <numerusform>%n incheckning</numerusform>
            <numerusform>%n incheckningar</numerusform>
        </translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>misslyckad: %1</translation>
    </message>
    <message>
        <source>not failed</source>
        <translation>inte misslyckad</translation>
    </message>
    <message>
        <source>restored by %1 after %2</source>
        <translation>åtgärdad av %1 efter %2</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tagg</translation>
    </message>
    <message>
        <source>Tag time</source>
        <translation>Taggtid</translation>
    </message>
    <message>
        <source>Commits</source>
        <translation>Incheckningar</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Incheckning</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Incheckad</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Ledtid</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Åtgärdad</translation>
    </message>
    <message>
        <source>Could not write the image: %1. Choose a folder you can write to.</source>
        <translation>Bilden kunde inte skrivas: %1. Välj en mapp du kan skriva i.</translation>
    </message>
    <message>
        <source>There are no metrics to export yet.</source>
        <translation>Det finns inga mätvärden att exportera än.</translation>
    </message>
    <message>
        <source>Could not write the CSV file: %1. Choose a folder you can write to.</source>
        <translation>CSV-filen kunde inte skrivas: %1. Välj en mapp du kan skriva i.</translation>
    </message>
    <message>
        <source>Export the charts</source>
        <translation>Exportera diagrammen</translation>
    </message>
    <message>
        <source>Export the deployments</source>
        <translation>Exportera driftsättningarna</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-bilder (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Skrev %1</translation>
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
    <name>rd::gui::PipelinesPage</name>
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
        <translation>lyckades</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>misslyckades</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbruten</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>överhoppad</translation>
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
        <translation>Up&amp;pdatera</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Arbetsflöde</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Incheckning</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startad</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varaktighet</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Jobb</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Gren</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tagg</translation>
    </message>
    <message>
        <source>Runs of</source>
        <translation>Körningar för</translation>
    </message>
    <message>
        <source>Branch, tag or commit</source>
        <translation>Gren, tagg eller incheckning</translation>
    </message>
    <message>
        <source>main, v1.4.0, HEAD…</source>
        <translation>main, v1.4.0, HEAD…</translation>
    </message>
    <message>
        <source>Fetch the runs again (Alt+R; F5 reloads the repository and them)</source>
        <translation>Hämta körningarna igen (Alt+P; F5 läser in förrådet och dem igen)</translation>
    </message>
    <message>
        <source>CI runs, newest first</source>
        <translation>CI-körningar, nyaste först</translation>
    </message>
    <message>
        <source>Jobs of the selected run</source>
        <translation>Jobb i den valda körningen</translation>
    </message>
    <message>
        <source>Double-click a run to open it in the browser.</source>
        <translation>Dubbelklicka på en körning för att öppna den i webbläsaren.</translation>
    </message>
    <message>
        <source>Double-click a job to open it in the browser.</source>
        <translation>Dubbelklicka på ett jobb för att öppna det i webbläsaren.</translation>
    </message>
    <message>
        <source>No repository open.</source>
        <translation>Inget förråd öppet.</translation>
    </message>
    <message>
        <source>Name a branch, tag or commit whose runs to show.</source>
        <translation>Ange en gren, tagg eller incheckning vars körningar ska visas.</translation>
    </message>
    <message>
        <source>Fetching the runs of %1…</source>
        <translation>Hämtar körningarna för %1…</translation>
    </message>
    <message>
        <source>%1, without a token (public projects only)</source>
        <translation>%1, utan token (endast offentliga projekt)</translation>
    </message>
    <message>
        <source>%1, token from %2</source>
        <translation>%1, token från %2</translation>
    </message>
    <message>
        <source>CI is not checked: %1
Add a forge: section to .releasedesk.yml (type, api, project) to show its pipelines.</source>
        <translation>CI kontrolleras inte: %1
Lägg till en forge:-sektion i .releasedesk.yml (type, api, project) för att visa dess pipelines.</translation>
    </message>
    <message>
        <source>The runs could not be fetched: %1</source>
        <translation>Körningarna kunde inte hämtas: %1</translation>
    </message>
    <message>
        <source>No CI runs for branch %1.</source>
        <translation>Inga CI-körningar för grenen %1.</translation>
    </message>
    <message>
        <source>No CI runs for tag %1.</source>
        <translation>Inga CI-körningar för taggen %1.</translation>
    </message>
    <message>
        <source>No CI runs for commit %1.</source>
        <translation>Inga CI-körningar för incheckningen %1.</translation>
    </message>
    <message>
        <source>Run &amp;Workflow…</source>
        <translation>Kör arbets&amp;flöde…</translation>
    </message>
    <message>
        <source>Run a workflow by hand with its inputs (workflow_dispatch), or a GitLab pipeline with variables</source>
        <translation>Kör ett arbetsflöde för hand med dess indata (workflow_dispatch), eller en GitLab-pipeline med variabler</translation>
    </message>
    <message>
        <source>Nothing can be run: %1</source>
        <translation>Inget kan köras: %1</translation>
    </message>
    <message>
        <source>Started %1.</source>
        <translation>Startade %1.</translation>
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
    <name>rd::gui::RunWorkflowDialog</name>
    <message>
        <source>Run Workflow</source>
        <translation>Kör arbetsflöde</translation>
    </message>
    <message>
        <source>Run Pipeline</source>
        <translation>Kör pipeline</translation>
    </message>
    <message>
        <source>Branch or tag to run on</source>
        <translation>Gren eller tagg att köra på</translation>
    </message>
    <message>
        <source>&amp;Run Workflow</source>
        <translation>&amp;Kör arbetsflöde</translation>
    </message>
    <message>
        <source>&amp;Run Pipeline</source>
        <translation>&amp;Kör pipeline</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Arbetsflöde</translation>
    </message>
    <message>
        <source>&amp;Workflow:</source>
        <translation>A&amp;rbetsflöde:</translation>
    </message>
    <message>
        <source>No workflow in %1 can be run by hand: add an on.workflow_dispatch trigger to one.</source>
        <translation>Inget arbetsflöde i %1 kan köras för hand: lägg till en on.workflow_dispatch-utlösare i ett.</translation>
    </message>
    <message>
        <source>On &amp;branch or tag:</source>
        <translation>På &amp;gren eller tagg:</translation>
    </message>
    <message>
        <source>Pipeline variables</source>
        <translation>Pipelinevariabler</translation>
    </message>
    <message>
        <source>One KEY=VALUE a line</source>
        <translation>En KEY=VALUE per rad</translation>
    </message>
    <message>
        <source>&amp;Variables:</source>
        <translation>&amp;Variabler:</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (krävs):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Line %1 of the variables, &quot;%2&quot;, is not KEY=VALUE.</source>
        <translation>Rad %1 av variablerna, ”%2”, är inte KEY=VALUE.</translation>
    </message>
    <message>
        <source>Choose a workflow to run.</source>
        <translation>Välj ett arbetsflöde att köra.</translation>
    </message>
    <message>
        <source>Name the branch or tag to run on.</source>
        <translation>Ange grenen eller taggen att köra på.</translation>
    </message>
    <message>
        <source>Nothing was started: %1</source>
        <translation>Inget startades: %1</translation>
    </message>
    <message>
        <source>a pipeline on %1</source>
        <translation>en pipeline på %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 på %2</translation>
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
    <message>
        <source>Registries not read: %1</source>
        <translation>Registren inte lästa: %1</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>inte läst</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>inte publicerad</translation>
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
        <translation>OCI-avbild</translation>
    </message>
    <message>
        <source>crates</source>
        <translation>crates</translation>
    </message>
    <message>
        <source>GitHub release</source>
        <translation>GitHub-release</translation>
    </message>
    <message>
        <source>GitLab release</source>
        <translation>GitLab-release</translation>
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
