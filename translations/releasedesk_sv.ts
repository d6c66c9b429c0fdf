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
    <message>
        <source>&amp;Tokens…</source>
        <translation>&amp;Token…</translation>
    </message>
    <message>
        <source>The tokens of the forge and the registries this repository uses, kept in the system keychain</source>
        <translation>Token för forgen och registren som det här förrådet använder, sparade i systemets nyckelring</translation>
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
        <source>Publishing %1 %2 to %3 (dist-tag %4, token from %5)</source>
        <translation>Publicerar %1 %2 på %3 (dist-tagg %4, token från %5)</translation>
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
    <message>
        <source>No npm token for %1: store one in the system keychain (%2, the token on stdin), set NPM_TOKEN, or add the line //%3/:_authToken=… to the project&apos;s .npmrc or ~/.npmrc.</source>
        <translation>Ingen npm-token för %1: spara en i systemets nyckelring (%2, token på stdin), sätt NPM_TOKEN eller lägg till raden //%3/:_authToken=… i projektets .npmrc eller ~/.npmrc.</translation>
    </message>
    <message>
        <source>%1 refused the npm token from %2 (HTTP 401): store a valid one in the system keychain (%3, the token on stdin), log in again (npm login) or set a valid NPM_TOKEN.</source>
        <translation>%1 avvisade npm-token från %2 (HTTP 401): spara en giltig i systemets nyckelring (%3, token på stdin), logga in igen (npm login) eller sätt en giltig NPM_TOKEN.</translation>
    </message>
    <message>
        <source>%1 does not let the token from %2 publish %3 (HTTP 403): grant it publish rights on the package or its scope, or store one that has them in the system keychain (%4).</source>
        <translation>%1 låter inte token från %2 publicera %3 (HTTP 403): ge den publiceringsrätt för paketet eller dess scope, eller spara en som har det i systemets nyckelring (%4).</translation>
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
    <message>
        <source>%1 has no manifest %2 (HTTP 404).</source>
        <translation>%1 har inget manifest %2 (HTTP 404).</translation>
    </message>
    <message>
        <source>The manifest %1:%2 the registry sent has the digest %3, not %4: the bytes were changed on the way. Try again, or check a proxy between here and the registry.</source>
        <translation>Manifestet %1:%2 som registret skickade har sammanfattningen %3, inte %4: byten ändrades på vägen. Försök igen, eller kontrollera en proxy mellan här och registret.</translation>
    </message>
    <message>
        <source>%1 refused to store %2:%3 (HTTP %4).</source>
        <translation>%1 vägrade att lagra %2:%3 (HTTP %4).</translation>
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
    <message>
        <source>%1: is only for %2 entries; remove it here</source>
        <translation>%1: gäller bara %2-poster; ta bort det här</translation>
    </message>
    <message>
        <source>publish: names what to publish here, e.g. publish: &quot;dist/*-{version}*&quot;</source>
        <translation>publish: anger vad som publiceras här, t.ex. publish: &quot;dist/*-{version}*&quot;</translation>
    </message>
    <message>
        <source>ReleaseDesk does not publish crates itself; remove publish: here and run `cargo publish` from publish.commands</source>
        <translation>ReleaseDesk publicerar inte crates själv; ta bort publish: här och kör `cargo publish` från publish.commands</translation>
    </message>
    <message>
        <source>an oci entry publishes one image CI built, e.g. publish: &quot;sha-{commit}&quot;; the release tags go under tags:</source>
        <translation>en oci-post publicerar en avbild som CI byggt, t.ex. publish: &quot;sha-{commit}&quot;; releasens taggar anges under tags:</translation>
    </message>
    <message>
        <source>tags: needs &quot;{version}&quot;, the tag that names the release exactly (the others move to each new release)</source>
        <translation>tags: behöver &quot;{version}&quot;, taggen som anger exakt denna release (de andra flyttas till varje ny release)</translation>
    </message>
    <message>
        <source>source_timeout is how many seconds to wait for CI to push the image, from 0 to 7200</source>
        <translation>source_timeout är hur många sekunder som väntas på att CI pushar avbildningen, från 0 till 7200</translation>
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
    <message>
        <source>&amp;Artifacts</source>
        <translation>&amp;Artefakter</translation>
    </message>
    <message>
        <source>Publishing builds after the tag. Build now to see the artifacts and their digests before anything is made: the release then publishes exactly these files.</source>
        <translation>Publiceringen bygger efter taggen. Bygg nu för att se artefakterna och deras kontrollsummor innan något görs: releasen publicerar sedan exakt dessa filer.</translation>
    </message>
    <message>
        <source>&amp;Build Artifacts Now</source>
        <translation>&amp;Bygg artefakterna nu</translation>
    </message>
    <message>
        <source>Artifacts built before the tag</source>
        <translation>Artefakter byggda före taggen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Build output</source>
        <translation>Byggutdata</translation>
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
    <message>
        <source>deploy run %1 of %2 on %3 failed</source>
        <translation>driftsättningskörning %1 av %2 på %3 misslyckades</translation>
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
    <message>
        <source>switched off</source>
        <translation>avstängd</translation>
    </message>
    <message>
        <source>needs the names of the deploy workflows (forge: deploy-workflows: in .releasedesk.yml)</source>
        <translation>behöver namnen på driftsättningsarbetsflödena (forge: deploy-workflows: i .releasedesk.yml)</translation>
    </message>
    <message>
        <source>a run of %1 on the release&apos;s tag or commit failed (%2 runs known)</source>
        <translation>en körning av %1 på releasens tagg eller incheckning misslyckades (%2 körningar kända)</translation>
    </message>
    <message>
        <source>needs the CI runs of the forge (recorded by a watch, or fetched)</source>
        <translation>behöver forgens CI-körningar (sparade av en bevakning eller hämtade)</translation>
    </message>
    <message>
        <source>the record of undone releases cannot be read: %1</source>
        <translation>registret över ångrade releaser kan inte läsas: %1</translation>
    </message>
    <message numerus="yes">
        <source>the release reached the remote and was then undone by ReleaseDesk (release --abort --confirm-remote, or Undo in the wizard); %n recorded in this clone</source>
        <translation>
            <numerusform>releasen nådde fjärrförrådet och ångrades sedan av ReleaseDesk (release --abort --confirm-remote eller Ångra i guiden); %n sparad i denna klon</numerusform>
            <numerusform>releasen nådde fjärrförrådet och ångrades sedan av ReleaseDesk (release --abort --confirm-remote eller Ångra i guiden); %n sparade i denna klon</numerusform>
        </translation>
    </message>
    <message>
        <source>undone by ReleaseDesk on %1 after it reached the remote (%2)</source>
        <translation>ångrad av ReleaseDesk den %1 efter att den nått fjärrförrådet (%2)</translation>
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
    <name>rd::UndoneReleases</name>
    <message>
        <source>The record of undone releases is not readable (%1). ReleaseDesk writes it atomically, so it was edited by hand; fix it or move it aside.</source>
        <translation>Registret över ångrade releaser kan inte läsas (%1). ReleaseDesk skriver det atomärt, så det har redigerats för hand; rätta det eller flytta undan det.</translation>
    </message>
    <message>
        <source>format %1 is not %2</source>
        <translation>format %1 är inte %2</translation>
    </message>
    <message>
        <source>entry %1 lacks its tag, commit or times</source>
        <translation>post %1 saknar tagg, incheckning eller tider</translation>
    </message>
    <message>
        <source>Cannot create the folder of the record of undone releases.</source>
        <translation>Mappen för registret över ångrade releaser kan inte skapas.</translation>
    </message>
</context>
<context>
    <name>rd::changelog</name>
    <message>
        <source>`%1` → left out: type %1 is hidden in the changelog (changelog.hidden)</source>
        <translation>`%1` → utelämnad: typen %1 är dold i ändringsloggen (changelog.hidden)</translation>
    </message>
    <message>
        <source>expected a map of changelog settings (format, sections, hidden, scopes, authors, breaking-title, template, keep-a-changelog)</source>
        <translation>förväntade en mappning av inställningar för ändringsloggen (format, sections, hidden, scopes, authors, breaking-title, template, keep-a-changelog)</translation>
    </message>
    <message>
        <source>expected conventional, keepachangelog or json</source>
        <translation>förväntade conventional, keepachangelog eller json</translation>
    </message>
    <message>
        <source>expected bold, plain or hidden</source>
        <translation>förväntade bold, plain eller hidden</translation>
    </message>
    <message>
        <source>the title must not be empty</source>
        <translation>rubriken får inte vara tom</translation>
    </message>
    <message>
        <source>expected a map of types to Keep a Changelog sections, e.g. { perf: Changed }</source>
        <translation>förväntade en mappning från typer till Keep a Changelog-avsnitt, t.ex. { perf: Changed }</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>förväntade en av %1</translation>
    </message>
    <message>
        <source>The changelog template cannot be used: %1. Fix the template (Mustache syntax).</source>
        <translation>Mallen för ändringsloggen kan inte användas: %1. Rätta mallen (Mustache-syntax).</translation>
    </message>
    <message>
        <source>The changelog template cannot be read: %1.</source>
        <translation>Mallen för ändringsloggen kan inte läsas: %1.</translation>
    </message>
    <message>
        <source>No template was loaded.</source>
        <translation>Ingen mall har lästs in.</translation>
    </message>
    <message>
        <source>The changelog template failed: %1.</source>
        <translation>Mallen för ändringsloggen misslyckades: %1.</translation>
    </message>
    <message>
        <source>expected false (no links) or a map of link settings (remote, type, base, commit, compare, issue, merge-request)</source>
        <translation>förväntade false (inga länkar) eller en mappning av länkinställningar (remote, type, base, commit, compare, issue, merge-request)</translation>
    </message>
    <message>
        <source>expected github, gitlab or gitea (for other hosts, give the commit, compare and issue templates)</source>
        <translation>förväntade github, gitlab eller gitea (för andra värdar, ange mallarna för commit, compare och issue)</translation>
    </message>
    <message>
        <source>expected the repository&apos;s web address, such as https://code.example.org/team/app</source>
        <translation>förväntade förrådets webbadress, till exempel https://code.example.org/team/app</translation>
    </message>
    <message>
        <source>uses {base}, but the repository&apos;s web address is unknown: set links.base</source>
        <translation>använder {base}, men förrådets webbadress är okänd: ange links.base</translation>
    </message>
</context>
<context>
    <name>rd::cigate</name>
    <message>
        <source>job “%1” %2</source>
        <translation>jobbet ”%1” %2</translation>
    </message>
    <message>
        <source>run “%1” #%2 %3%4 (%5)</source>
        <translation>körningen ”%1” #%2 %3%4 (%5)</translation>
    </message>
    <message>
        <source>CI is red on %1: %2. Fix it (or re-run it) before releasing this commit.</source>
        <translation>CI är rött på %1: %2. Åtgärda det (eller kör om det) innan den här incheckningen ges ut.</translation>
    </message>
    <message>
        <source>no CI run for %1 yet</source>
        <translation>ingen CI-körning för %1 än</translation>
    </message>
    <message>
        <source>no run yet of %1</source>
        <translation>ingen körning av %1 än</translation>
    </message>
    <message>
        <source>still going: %1</source>
        <translation>pågår fortfarande: %1</translation>
    </message>
    <message>
        <source>CI on %1 is not finished: %2. Wait, then check again.</source>
        <translation>CI på %1 är inte klart: %2. Vänta och kontrollera sedan igen.</translation>
    </message>
    <message numerus="yes">
        <source>%n runs on %1 succeeded: %2.</source>
        <translation>
            <numerusform>%n körning på %1 lyckades: %2.</numerusform>
            <numerusform>%n körningar på %1 lyckades: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Inte kontrollerat: %1</translation>
    </message>
    <message>
        <source>Could not ask %1 about CI: %2</source>
        <translation>Kunde inte fråga %1 om CI: %2</translation>
    </message>
    <message>
        <source>CI green on the release commit</source>
        <translation>CI grönt på utgivningens incheckning</translation>
    </message>
    <message>
        <source>No security scanner runs with continue-on-error or allow_failure.</source>
        <translation>Ingen säkerhetsskanner körs med continue-on-error eller allow_failure.</translation>
    </message>
    <message>
        <source>Security jobs can&apos;t fail silently</source>
        <translation>Säkerhetsjobb kan inte misslyckas i tysthet</translation>
    </message>
    <message>
        <source>Stopped waiting for CI.</source>
        <translation>Slutade vänta på CI.</translation>
    </message>
    <message numerus="yes">
        <source>CI on %1 was still going after %n minutes (%2); check again later.</source>
        <translation>
            <numerusform>CI för %1 pågick fortfarande efter %n minut (%2); kontrollera igen senare.</numerusform>
            <numerusform>CI för %1 pågick fortfarande efter %n minuter (%2); kontrollera igen senare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for CI on %1: %2</source>
        <translation>Väntar på CI för %1: %2</translation>
    </message>
    <message>
        <source>Wait for CI</source>
        <translation>Vänta på CI</translation>
    </message>
</context>
<context>
    <name>rd::commits</name>
    <message>
        <source>merge commit</source>
        <translation>sammanslagningsincheckning</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
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
        <translation>ignoreras</translation>
    </message>
    <message>
        <source>; the footer %1 does not count: only upper-case `BREAKING CHANGE:` marks a breaking change</source>
        <translation>; sidfoten %1 räknas inte: bara versala `BREAKING CHANGE:` markerar en bakåtinkompatibel ändring</translation>
    </message>
    <message>
        <source>; %1 in the body does not count: only upper-case `BREAKING CHANGE:` marks a breaking change</source>
        <translation>; %1 i brödtexten räknas inte: bara versala `BREAKING CHANGE:` markerar en bakåtinkompatibel ändring</translation>
    </message>
    <message>
        <source>; the `BREAKING CHANGE` line in the body does not count: write `BREAKING CHANGE: &lt;note&gt;` as its own paragraph at the end</source>
        <translation>; raden `BREAKING CHANGE` i brödtexten räknas inte: skriv `BREAKING CHANGE: &lt;anteckning&gt;` som ett eget stycke i slutet</translation>
    </message>
    <message>
        <source>breaking change (the `!` marker and a %1 footer)</source>
        <translation>bakåtinkompatibel ändring (markeringen `!` och en sidfot %1)</translation>
    </message>
    <message>
        <source>breaking change (the `!` marker)</source>
        <translation>bakåtinkompatibel ändring (markeringen `!`)</translation>
    </message>
    <message>
        <source>breaking change (%1 footer)</source>
        <translation>bakåtinkompatibel ändring (sidfoten %1)</translation>
    </message>
    <message>
        <source>type %1 has no rule; add it under `types:` in .releasedesk.yml to count it</source>
        <translation>typen %1 har ingen regel; lägg till den under `types:` i .releasedesk.yml för att räkna den</translation>
    </message>
    <message>
        <source>type %1 has no rule (did you mean %2?)</source>
        <translation>typen %1 har ingen regel (menade du %2?)</translation>
    </message>
    <message>
        <source>type %1 does not bump the version</source>
        <translation>typen %1 höjer inte versionen</translation>
    </message>
    <message>
        <source>type %1 bumps %2</source>
        <translation>typen %1 höjer %2</translation>
    </message>
    <message>
        <source> (hidden)</source>
        <translation> (dold)</translation>
    </message>
    <message>
        <source>the reverted header is missing from %1</source>
        <translation>rubriken för den återställda incheckningen saknas i %1</translation>
    </message>
    <message>
        <source>re-applies %1 (reverts its revert), which counts as: %2</source>
        <translation>tillämpar %1 igen (återställer dess återställning), vilket räknas som: %2</translation>
    </message>
    <message>
        <source>reverts %1, which is not a Conventional Commit</source>
        <translation>återställer %1, som inte är en Conventional Commit</translation>
    </message>
    <message>
        <source>reverts %1, which does not bump the version</source>
        <translation>återställer %1, som inte höjer versionen</translation>
    </message>
    <message>
        <source>reverts %1 (commits.revert-bump: %2)</source>
        <translation>återställer %1 (commits.revert-bump: %2)</translation>
    </message>
    <message>
        <source> (%1 parents)</source>
        <translation> (%1 föräldrar)</translation>
    </message>
    <message>
        <source>%1 joins commits that count on their own (commits.merge-commits: ignore)</source>
        <translation>%1 sammanfogar incheckningar som räknas var för sig (commits.merge-commits: ignore)</translation>
    </message>
    <message>
        <source> (from the message of the merge %1)</source>
        <translation> (från meddelandet i sammanslagningen %1)</translation>
    </message>
    <message>
        <source>neither %1 nor the text below it is a Conventional Commit</source>
        <translation>varken %1 eller texten under den är en Conventional Commit</translation>
    </message>
    <message>
        <source>reverts and merges are nested too deeply to classify</source>
        <translation>återställningar och sammanslagningar är för djupt nästlade för att klassificeras</translation>
    </message>
    <message>
        <source>empty message</source>
        <translation>tomt meddelande</translation>
    </message>
    <message>
        <source>the commit has no message to classify</source>
        <translation>incheckningen har inget meddelande att klassificera</translation>
    </message>
    <message>
        <source>it amends %1, which is counted instead</source>
        <translation>den kompletterar %1, som räknas i stället</translation>
    </message>
    <message>
        <source>%1 footer</source>
        <translation>sidfoten %1</translation>
    </message>
    <message>
        <source>breaking change, though %1 is not a Conventional Commit (%2): semantic-release counts this footer under any header, and so does ReleaseDesk</source>
        <translation>bakåtinkompatibel ändring, fast %1 inte är en Conventional Commit (%2): semantic-release räknar den här sidfoten under vilken rubrik som helst, och det gör ReleaseDesk också</translation>
    </message>
    <message>
        <source>%1 is not a Conventional Commit</source>
        <translation>%1 är inte en Conventional Commit</translation>
    </message>
    <message>
        <source>reverted later in this range by %1, so neither reaches the release</source>
        <translation>återställd senare i det här intervallet av %1, så ingen av dem når utgivningen</translation>
    </message>
    <message>
        <source>cancels %1 from the same range, so neither reaches the release</source>
        <translation>tar ut %1 från samma intervall, så ingen av dem når utgivningen</translation>
    </message>
    <message>
        <source>expected one of none, patch, minor, major</source>
        <translation>förväntade en av none, patch, minor, major</translation>
    </message>
    <message>
        <source>a type may only contain letters (a-z), as in a commit header such as `feat: …`</source>
        <translation>en typ får bara innehålla bokstäver (a–z), som i en incheckningsrubrik som `feat: …`</translation>
    </message>
    <message>
        <source>expected the type&apos;s rule as a map, e.g. { bump: minor, section: Features }</source>
        <translation>förväntade typens regel som en mappning, t.ex. { bump: minor, section: Features }</translation>
    </message>
    <message>
        <source>the changelog section title must not be empty</source>
        <translation>rubriken för ändringsloggens avsnitt får inte vara tom</translation>
    </message>
    <message>
        <source>expected a map of commit types to rules, e.g. feat: { bump: minor }</source>
        <translation>förväntade en mappning från incheckningstyper till regler, t.ex. feat: { bump: minor }</translation>
    </message>
    <message>
        <source>listed twice (types are compared without regard to case)</source>
        <translation>listad två gånger (typer jämförs utan hänsyn till skiftläge)</translation>
    </message>
    <message>
        <source>expected a map with revert-bump and merge-commits</source>
        <translation>förväntade en mappning med revert-bump och merge-commits</translation>
    </message>
    <message>
        <source>expected ignore or classify</source>
        <translation>förväntade ignore eller classify</translation>
    </message>
    <message>
        <source>space before &apos;:&apos;</source>
        <translation>mellanslag före &apos;:&apos;</translation>
    </message>
    <message>
        <source>space before the scope</source>
        <translation>mellanslag före omfånget</translation>
    </message>
    <message>
        <source>no type prefix</source>
        <translation>inget typprefix</translation>
    </message>
    <message>
        <source>type `%1` contains a space</source>
        <translation>typen `%1` innehåller ett mellanslag</translation>
    </message>
    <message>
        <source>type `%1` may only contain letters</source>
        <translation>typen `%1` får bara innehålla bokstäver</translation>
    </message>
    <message>
        <source>missing type before &apos;:&apos;</source>
        <translation>typ saknas före &apos;:&apos;</translation>
    </message>
    <message>
        <source>missing type before the scope</source>
        <translation>typ saknas före omfånget</translation>
    </message>
    <message>
        <source>unclosed scope</source>
        <translation>omfånget är inte stängt</translation>
    </message>
    <message>
        <source>&apos;(&apos; inside the scope</source>
        <translation>&apos;(&apos; inuti omfånget</translation>
    </message>
    <message>
        <source>empty scope</source>
        <translation>tomt omfång</translation>
    </message>
    <message>
        <source>missing &apos;:&apos; after &apos;!&apos;</source>
        <translation>&apos;:&apos; saknas efter &apos;!&apos;</translation>
    </message>
    <message>
        <source>missing &apos;: &apos; after the scope</source>
        <translation>&apos;: &apos; saknas efter omfånget</translation>
    </message>
    <message>
        <source>empty description</source>
        <translation>tom beskrivning</translation>
    </message>
    <message>
        <source>missing space after &apos;:&apos;</source>
        <translation>mellanslag saknas efter &apos;:&apos;</translation>
    </message>
</context>
<context>
    <name>rd::config</name>
    <message>
        <source>expected a text value</source>
        <translation>förväntade ett textvärde</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>förväntade true eller false</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>förväntade ett heltal</translation>
    </message>
    <message>
        <source>expected a list of text values</source>
        <translation>förväntade en lista med textvärden</translation>
    </message>
    <message>
        <source>unknown setting; known settings here are: %1</source>
        <translation>okänd inställning; kända inställningar här är: %1</translation>
    </message>
    <message>
        <source>This is not valid YAML (%1). Fix the file or remove it to use the defaults.</source>
        <translation>Det här är inte giltig YAML (%1). Rätta filen eller ta bort den för att använda standardvärdena.</translation>
    </message>
    <message>
        <source>The file must hold a mapping of settings (key: value), not a list or a single value.</source>
        <translation>Filen måste innehålla en mappning av inställningar (nyckel: värde), inte en lista eller ett enskilt värde.</translation>
    </message>
</context>
<context>
    <name>rd::credentials</name>
    <message>
        <source>no ssh-agent is running (SSH_AUTH_SOCK is not set); start one and add your key with ssh-add</source>
        <translation>ingen ssh-agent körs (SSH_AUTH_SOCK är inte satt); starta en och lägg till din nyckel med ssh-add</translation>
    </message>
    <message>
        <source>the server refused every key ssh-agent offered</source>
        <translation>servern avvisade varje nyckel som ssh-agent erbjöd</translation>
    </message>
    <message>
        <source>the server asked for a kind of credentials ReleaseDesk does not support</source>
        <translation>servern bad om en sorts inloggningsuppgifter som ReleaseDesk inte stöder</translation>
    </message>
    <message>
        <source>the user name and password from %1 were refused</source>
        <translation>användarnamnet och lösenordet från %1 avvisades</translation>
    </message>
    <message>
        <source> had nothing for </source>
        <translation> hade inget för </translation>
    </message>
    <message>
        <source>the credential helper &quot;%1&quot; could not be started (%2)</source>
        <translation>inloggningshjälparen ”%1” kunde inte startas (%2)</translation>
    </message>
    <message>
        <source>the credential helper &quot;%1&quot; did not answer within %2 s</source>
        <translation>inloggningshjälparen ”%1” svarade inte inom %2 s</translation>
    </message>
    <message>
        <source>the credential helper &quot;%1&quot; failed (exit %2%3)</source>
        <translation>inloggningshjälparen ”%1” misslyckades (slutstatus %2%3)</translation>
    </message>
    <message>
        <source>credential helper</source>
        <translation>inloggningshjälpare</translation>
    </message>
    <message>
        <source>git&apos;s credential helper</source>
        <translation>gits inloggningshjälpare</translation>
    </message>
    <message>
        <source>nobody can be asked for a password here (non-interactive)</source>
        <translation>ingen kan tillfrågas om ett lösenord här (icke-interaktivt)</translation>
    </message>
    <message>
        <source>asking you</source>
        <translation>att fråga dig</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 s. Check that a keyring service is running and unlocked.</source>
        <translation>Systemets nyckelring svarade inte inom %1 s. Kontrollera att en nyckelringstjänst körs och är upplåst.</translation>
    </message>
    <message>
        <source>The system keychain could not be read (%1).</source>
        <translation>Systemets nyckelring kunde inte läsas (%1).</translation>
    </message>
    <message>
        <source>The token could not be saved in the system keychain (%1).</source>
        <translation>Token kunde inte sparas i systemets nyckelring (%1).</translation>
    </message>
    <message>
        <source>The token could not be removed from the system keychain (%1).</source>
        <translation>Token kunde inte tas bort från systemets nyckelring (%1).</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>systemets nyckelring</translation>
    </message>
    <message>
        <source> or </source>
        <translation> eller </translation>
    </message>
</context>
<context>
    <name>rd::forge</name>
    <message>
        <source> failed: </source>
        <translation> misslyckades: </translation>
    </message>
    <message>
        <source>No forge is configured and the repository has no remote &quot;%1&quot; to tell it from. Add the remote, or set forge: type, api and project in .releasedesk.yml.</source>
        <translation>Ingen forge är konfigurerad och förrådet har inget fjärrförråd ”%1” att avgöra den från. Lägg till fjärrförrådet, eller ange forge: type, api och project i .releasedesk.yml.</translation>
    </message>
    <message>
        <source>The remote URL &quot;%1&quot; does not name a project on a forge (expected https://HOST/OWNER/NAME or git@HOST:OWNER/NAME). Set forge: type, api and project in .releasedesk.yml.</source>
        <translation>Fjärr-URL:en ”%1” anger inget projekt på en forge (förväntade https://HOST/OWNER/NAME eller git@HOST:OWNER/NAME). Ange forge: type, api och project i .releasedesk.yml.</translation>
    </message>
    <message>
        <source>Cannot tell which forge %1 is (GitHub or GitLab). Set it in .releasedesk.yml:
  forge:
    type: github   # or gitlab
    api: https://%1/api/v3   # GitLab: /api/v4</source>
        <translation>Det går inte att avgöra vilken forge %1 är (GitHub eller GitLab). Ange det i .releasedesk.yml:
  forge:
    type: github   # eller gitlab
    api: https://%1/api/v3   # GitLab: /api/v4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GitHub repository path (OWNER/NAME).</source>
        <translation>”%1” är ingen GitHub-förrådssökväg (OWNER/NAME).</translation>
    </message>
    <message>
        <source>expected a mapping with type, api and project</source>
        <translation>förväntade en mappning med type, api och project</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>är tom</translation>
    </message>
    <message>
        <source>type is missing: github or gitlab</source>
        <translation>type saknas: github eller gitlab</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a forge type; use github or gitlab</source>
        <translation>”%1” är ingen forge-typ; använd github eller gitlab</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL</source>
        <translation>”%1” är ingen http(s)-URL</translation>
    </message>
    <message>
        <source>project is missing (OWNER/NAME; GitLab: GROUP/SUBGROUP/NAME)</source>
        <translation>project saknas (OWNER/NAME; GitLab: GROUP/SUBGROUP/NAME)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a project path (OWNER/NAME; GitLab: GROUP/SUBGROUP/NAME)</source>
        <translation>”%1” är ingen projektsökväg (OWNER/NAME; GitLab: GROUP/SUBGROUP/NAME)</translation>
    </message>
    <message>
        <source>Running workflow %1 on %2</source>
        <translation>Kör arbetsflödet %1 på %2</translation>
    </message>
    <message>
        <source>Re-running the failed jobs of run %1</source>
        <translation>Kör om de misslyckade jobben i körning %1</translation>
    </message>
    <message>
        <source>Cancelling run %1</source>
        <translation>Avbryter körning %1</translation>
    </message>
    <message>
        <source>Starting a pipeline on %1</source>
        <translation>Startar en pipeline på %1</translation>
    </message>
    <message>
        <source>Retrying the failed jobs of pipeline %1</source>
        <translation>Försöker igen med de misslyckade jobben i pipeline %1</translation>
    </message>
    <message>
        <source>Cancelling pipeline %1</source>
        <translation>Avbryter pipeline %1</translation>
    </message>
    <message>
        <source>step “%1” of job %2</source>
        <translation>steget ”%1” i jobbet %2</translation>
    </message>
    <message>
        <source>job %1</source>
        <translation>jobbet %1</translation>
    </message>
    <message>
        <source>%1: %2 runs %3 with %4, so a finding never fails CI. Remove %4, or gate on its result.</source>
        <translation>%1: %2 kör %3 med %4, så ett fynd får aldrig CI att misslyckas. Ta bort %4, eller låt resultatet avgöra.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid YAML: %2</source>
        <translation>%1 är inte giltig YAML: %2</translation>
    </message>
    <message>
        <source>There is no workflow &quot;%1&quot;: the repository has no workflow files in %2.</source>
        <translation>Det finns inget arbetsflöde ”%1”: förrådet har inga arbetsflödesfiler i %2.</translation>
    </message>
    <message>
        <source>There is no workflow &quot;%1&quot; in %2. The workflows are: %3.</source>
        <translation>Det finns inget arbetsflöde ”%1” i %2. Arbetsflödena är: %3.</translation>
    </message>
    <message>
        <source>%1 cannot be run by hand: it has no workflow_dispatch trigger. Add &quot;workflow_dispatch:&quot; under &quot;on:&quot; in the workflow.</source>
        <translation>%1 kan inte köras för hand: det saknar utlösaren workflow_dispatch. Lägg till ”workflow_dispatch:” under ”on:” i arbetsflödet.</translation>
    </message>
    <message>
        <source>Input &quot;%1&quot; is not declared: %2 takes no inputs.</source>
        <translation>Indata ”%1” är inte deklarerad: %2 tar inga indata.</translation>
    </message>
    <message>
        <source>Input &quot;%1&quot; is not declared by %2. Its inputs are: %3.</source>
        <translation>Indata ”%1” deklareras inte av %2. Dess indata är: %3.</translation>
    </message>
    <message>
        <source>Input &quot;%1&quot; is given twice.</source>
        <translation>Indata ”%1” anges två gånger.</translation>
    </message>
    <message>
        <source>Input &quot;%1&quot; is &quot;%2&quot;, but %3 allows only: %4.</source>
        <translation>Indata ”%1” är ”%2”, men %3 tillåter bara: %4.</translation>
    </message>
    <message>
        <source>Input &quot;%1&quot; is a boolean: give true or false, not &quot;%2&quot;.</source>
        <translation>Indata ”%1” är ett booleskt värde: ange true eller false, inte ”%2”.</translation>
    </message>
    <message>
        <source>Input &quot;%1&quot; is a number, not &quot;%2&quot;.</source>
        <translation>Indata ”%1” är ett tal, inte ”%2”.</translation>
    </message>
    <message>
        <source>Input &quot;%1&quot; is required by %2 and has no default: give it a value (%1=VALUE).%3</source>
        <translation>Indata ”%1” krävs av %2 och har inget standardvärde: ge den ett värde (%1=VÄRDE).%3</translation>
    </message>
    <message>
        <source> Choices: </source>
        <translation> Val: </translation>
    </message>
    <message>
        <source>%1 is read without a token, so it cannot say who you are. Sign in with a token to see your own runs.</source>
        <translation>%1 läses utan token och kan därför inte säga vem du är. Logga in med en token för att se dina egna körningar.</translation>
    </message>
    <message>
        <source>%1 answered the question who the token belongs to without a &quot;%2&quot;.</source>
        <translation>%1 svarade på frågan vem token tillhör utan &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>rd::git</name>
    <message>
        <source>%1 cannot be fast-forwarded to %2: the branches have diverged. Merge or rebase by hand.</source>
        <translation>%1 kan inte snabbspolas till %2: grenarna har gått isär. Slå samman eller gör rebase för hand.</translation>
    </message>
    <message>
        <source>Cannot read commit %1</source>
        <translation>Kan inte läsa incheckningen %1</translation>
    </message>
    <message>
        <source>Cannot update the files; commit or stash local changes first</source>
        <translation>Kan inte uppdatera filerna; checka in eller lägg undan lokala ändringar först</translation>
    </message>
    <message>
        <source>The identity &quot;%1 &lt;%2&gt;&quot; is not valid for git</source>
        <translation>Identiteten ”%1 &lt;%2&gt;” är inte giltig för git</translation>
    </message>
    <message>
        <source>Cannot read the tree to commit</source>
        <translation>Kan inte läsa trädet som ska checkas in</translation>
    </message>
    <message>
        <source>Cannot read parent commit %1</source>
        <translation>Kan inte läsa föräldraincheckningen %1</translation>
    </message>
    <message>
        <source>Cannot read the object database of %1.</source>
        <translation>Kan inte läsa objektdatabasen för %1.</translation>
    </message>
    <message>
        <source>Commit %1 is not in the repository, so its history cannot be read. The clone may be shallow or partial: fetch the full history (git fetch --unshallow).</source>
        <translation>Incheckningen %1 finns inte i förrådet, så dess historik kan inte läsas. Klonen kan vara grund eller partiell: hämta hela historiken (git fetch --unshallow).</translation>
    </message>
    <message>
        <source>Object %1 is not a commit.</source>
        <translation>Objektet %1 är ingen incheckning.</translation>
    </message>
    <message>
        <source>Commit %1 is malformed (its header cannot be read).</source>
        <translation>Incheckningen %1 är felaktig (dess huvud kan inte läsas).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutet.</translation>
    </message>
    <message>
        <source>Cannot read the object of tag %1</source>
        <translation>Kan inte läsa objektet för taggen %1</translation>
    </message>
    <message>
        <source>Cannot list the tags</source>
        <translation>Kan inte lista taggarna</translation>
    </message>
    <message>
        <source>Cannot list the git configuration (%1)</source>
        <translation>Kan inte lista git-konfigurationen (%1)</translation>
    </message>
    <message>
        <source>Cannot set git configuration %1</source>
        <translation>Kan inte ange git-konfigurationen %1</translation>
    </message>
    <message>
        <source>libgit2 error %1</source>
        <translation>libgit2-fel %1</translation>
    </message>
    <message>
        <source>Cannot stage the file</source>
        <translation>Kan inte köa filen</translation>
    </message>
    <message>
        <source>Cannot unstage the file</source>
        <translation>Kan inte ta bort filen från kön</translation>
    </message>
    <message>
        <source>Cannot write the index</source>
        <translation>Kan inte skriva indexet</translation>
    </message>
    <message>
        <source>Cannot write a tree from the index</source>
        <translation>Kan inte skriva ett träd från indexet</translation>
    </message>
    <message>
        <source>Cannot read the commit&apos;s tree</source>
        <translation>Kan inte läsa incheckningens träd</translation>
    </message>
    <message>
        <source>Cannot read the tree entry</source>
        <translation>Kan inte läsa trädposten</translation>
    </message>
    <message>
        <source>Cannot read blob %1</source>
        <translation>Kan inte läsa blobben %1</translation>
    </message>
    <message>
        <source>Cannot store the file in git</source>
        <translation>Kan inte lagra filen i git</translation>
    </message>
    <message>
        <source>Cannot read the tree to update</source>
        <translation>Kan inte läsa trädet som ska uppdateras</translation>
    </message>
    <message>
        <source>Cannot write the updated tree</source>
        <translation>Kan inte skriva det uppdaterade trädet</translation>
    </message>
    <message>
        <source>Cannot prepare the commit</source>
        <translation>Kan inte förbereda incheckningen</translation>
    </message>
    <message>
        <source>Cannot write the commit</source>
        <translation>Kan inte skriva incheckningen</translation>
    </message>
    <message>
        <source>Cannot open the object database</source>
        <translation>Kan inte öppna objektdatabasen</translation>
    </message>
    <message>
        <source>Cannot write the tag</source>
        <translation>Kan inte skriva taggen</translation>
    </message>
    <message>
        <source>The written tag does not parse</source>
        <translation>Den skrivna taggen går inte att tolka</translation>
    </message>
    <message>
        <source>Cannot reset the staged files</source>
        <translation>Kan inte återställa de köade filerna</translation>
    </message>
    <message>
        <source>Cannot compute the diff</source>
        <translation>Kan inte beräkna diffen</translation>
    </message>
    <message>
        <source>Cannot print the diff</source>
        <translation>Kan inte skriva ut diffen</translation>
    </message>
    <message>
        <source>Cannot read tree %1</source>
        <translation>Kan inte läsa trädet %1</translation>
    </message>
    <message>
        <source>Cannot read the reference</source>
        <translation>Kan inte läsa referensen</translation>
    </message>
    <message>
        <source>Cannot resolve the reference</source>
        <translation>Kan inte slå upp referensen</translation>
    </message>
    <message>
        <source>The reference changed while the release was running (expected %1). Look at what moved it, then resume or abort.</source>
        <translation>Referensen ändrades medan utgivningen pågick (förväntade %1). Se efter vad som flyttade den, och återuppta eller avbryt sedan.</translation>
    </message>
    <message>
        <source>no reference</source>
        <translation>ingen referens</translation>
    </message>
    <message>
        <source>Cannot update the reference</source>
        <translation>Kan inte uppdatera referensen</translation>
    </message>
    <message>
        <source>The reference now points at %1, not at %2 as the release left it; it was not deleted.</source>
        <translation>Referensen pekar nu på %1, inte på %2 som utgivningen lämnade den; den togs inte bort.</translation>
    </message>
    <message>
        <source>Cannot delete the reference</source>
        <translation>Kan inte ta bort referensen</translation>
    </message>
    <message>
        <source>Cannot read the branch&apos;s upstream</source>
        <translation>Kan inte läsa grenens uppströmsgren</translation>
    </message>
    <message>
        <source>Cannot read the branch&apos;s remote</source>
        <translation>Kan inte läsa grenens fjärrförråd</translation>
    </message>
    <message>
        <source>Cannot read the branch&apos;s merge setting</source>
        <translation>Kan inte läsa grenens sammanslagningsinställning</translation>
    </message>
    <message>
        <source>Cannot compare the branches</source>
        <translation>Kan inte jämföra grenarna</translation>
    </message>
    <message>
        <source>Receiving objects</source>
        <translation>Tar emot objekt</translation>
    </message>
    <message>
        <source>Writing objects</source>
        <translation>Skriver objekt</translation>
    </message>
    <message>
        <source> was cancelled; nothing was changed on the server by this step.</source>
        <translation> avbröts; det här steget ändrade ingenting på servern.</translation>
    </message>
    <message>
        <source>no credentials were available</source>
        <translation>inga inloggningsuppgifter fanns tillgängliga</translation>
    </message>
    <message>
        <source>%1 failed: the ssh server of remote %2 did not accept any key (%3). Load the key this server accepts into ssh-agent (`ssh-add PATH-TO-KEY`; `ssh-add -l` lists the loaded ones) and check the user name in the URL, then try again.</source>
        <translation>%1 misslyckades: ssh-servern för fjärrförrådet %2 accepterade ingen nyckel (%3). Läs in nyckeln som servern accepterar i ssh-agent (`ssh-add SÖKVÄG-TILL-NYCKEL`; `ssh-add -l` listar de inlästa) och kontrollera användarnamnet i URL:en, försök sedan igen.</translation>
    </message>
    <message>
        <source>%1 failed: the server did not accept the credentials (%2). Check the user name and password or token for this server, then try again.</source>
        <translation>%1 misslyckades: servern accepterade inte inloggningsuppgifterna (%2). Kontrollera användarnamn och lösenord eller token för servern, försök sedan igen.</translation>
    </message>
    <message>
        <source> failed</source>
        <translation> misslyckades</translation>
    </message>
    <message>
        <source>The repository has no remote named &quot;%1&quot;. Add it with `git remote add %1 URL` or choose another remote.</source>
        <translation>Förrådet har inget fjärrförråd med namnet ”%1”. Lägg till det med `git remote add %1 URL` eller välj ett annat fjärrförråd.</translation>
    </message>
    <message>
        <source>Cannot read remote %1</source>
        <translation>Kan inte läsa fjärrförrådet %1</translation>
    </message>
    <message>
        <source>Cannot resolve the URL of remote %1</source>
        <translation>Kan inte slå upp URL:en för fjärrförrådet %1</translation>
    </message>
    <message>
        <source>Cannot resolve the push URL of remote %1</source>
        <translation>Kan inte slå upp push-URL:en för fjärrförrådet %1</translation>
    </message>
    <message>
        <source>The URL is not usable as a remote</source>
        <translation>URL:en går inte att använda som fjärrförråd</translation>
    </message>
    <message>
        <source>Connecting to the remote</source>
        <translation>Ansluter till fjärrförrådet</translation>
    </message>
    <message>
        <source>Cannot list the remote&apos;s references</source>
        <translation>Kan inte lista fjärrförrådets referenser</translation>
    </message>
    <message>
        <source>Fetching</source>
        <translation>Hämtar</translation>
    </message>
    <message>
        <source>Pushing</source>
        <translation>Skickar</translation>
    </message>
    <message>
        <source>The server refused to update %1. Fetch, check what changed on the server, and try again.</source>
        <translation>Servern vägrade uppdatera %1. Hämta, se efter vad som ändrats på servern och försök igen.</translation>
    </message>
    <message>
        <source>This folder is not inside a git repository. Open the folder of a project that git tracks, or run `git init` there first.</source>
        <translation>Den här mappen ligger inte i något git-förråd. Öppna mappen för ett projekt som git följer, eller kör `git init` där först.</translation>
    </message>
    <message>
        <source>Cannot open the repository</source>
        <translation>Kan inte öppna förrådet</translation>
    </message>
    <message>
        <source>Cannot create a repository</source>
        <translation>Kan inte skapa ett förråd</translation>
    </message>
    <message>
        <source>mailbox apply</source>
        <translation>tillämpning av e-postpatchar (git am)</translation>
    </message>
    <message>
        <source>The repository has no commits yet. Make a first commit, then try again.</source>
        <translation>Förrådet har inga incheckningar än. Gör en första incheckning och försök sedan igen.</translation>
    </message>
    <message>
        <source>Cannot read HEAD</source>
        <translation>Kan inte läsa HEAD</translation>
    </message>
    <message>
        <source>The revision &quot;%1&quot; does not exist</source>
        <translation>Revisionen ”%1” finns inte</translation>
    </message>
    <message>
        <source>The revision &quot;%1&quot; is not a commit</source>
        <translation>Revisionen ”%1” är ingen incheckning</translation>
    </message>
    <message>
        <source>Cannot compare commits %1 and %2</source>
        <translation>Kan inte jämföra incheckningarna %1 och %2</translation>
    </message>
    <message>
        <source>Cannot read the git configuration</source>
        <translation>Kan inte läsa git-konfigurationen</translation>
    </message>
    <message>
        <source>Cannot open the index</source>
        <translation>Kan inte öppna indexet</translation>
    </message>
    <message>
        <source>git does not know who you are: set user.name and user.email (git config --global user.name &quot;Your Name&quot;; git config --global user.email you@example.com).</source>
        <translation>git vet inte vem du är: ange user.name och user.email (git config --global user.name &quot;Ditt namn&quot;; git config --global user.email du@example.com).</translation>
    </message>
    <message>
        <source>Cannot read your git identity</source>
        <translation>Kan inte läsa din git-identitet</translation>
    </message>
    <message>
        <source>Cannot check the ignore rules</source>
        <translation>Kan inte kontrollera ignoreringsreglerna</translation>
    </message>
    <message>
        <source>Cannot create the commit</source>
        <translation>Kan inte skapa incheckningen</translation>
    </message>
    <message>
        <source>Cannot read the object to tag</source>
        <translation>Kan inte läsa objektet som ska taggas</translation>
    </message>
    <message>
        <source>Cannot create tag %1</source>
        <translation>Kan inte skapa taggen %1</translation>
    </message>
    <message>
        <source>Cannot delete tag %1</source>
        <translation>Kan inte ta bort taggen %1</translation>
    </message>
    <message>
        <source>Cannot read the working tree status</source>
        <translation>Kan inte läsa arbetskatalogens status</translation>
    </message>
    <message>
        <source>Cannot read %1 from HEAD</source>
        <translation>Kan inte läsa %1 från HEAD</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Kan inte skriva %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read HEAD&apos;s commit</source>
        <translation>Kan inte läsa HEAD:s incheckning</translation>
    </message>
    <message>
        <source>Cannot read HEAD&apos;s tree</source>
        <translation>Kan inte läsa HEAD:s träd</translation>
    </message>
    <message>
        <source>Cannot walk HEAD&apos;s tree</source>
        <translation>Kan inte gå igenom HEAD:s träd</translation>
    </message>
    <message>
        <source>Cannot write the files of %1 into a new folder: it cannot be made, or is not empty</source>
        <translation>Filerna i %1 kan inte skrivas till en ny mapp: den kan inte skapas eller är inte tom</translation>
    </message>
    <message>
        <source>Cannot write the files of %1</source>
        <translation>Filerna i %1 kan inte skrivas</translation>
    </message>
</context>
<context>
    <name>rd::gui::ActivityList</name>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>%1  %2: %3 on %4: %5</source>
        <translation>%1  %2: %3 på %4: %5</translation>
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
        <source>%n commits, no release yet</source>
        <translation>
            <numerusform>%n incheckning, ingen utgåva än</numerusform>
            <numerusform>%n incheckningar, ingen utgåva än</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commits since %1</source>
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
        <source>%n settings could not be imported; Details lists them with the reason.</source>
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
    <message>
        <source>&lt;p&gt;Every registry has it:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;Alla register har den:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Next: the Releases view now lists %1, and the next release starts from here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nästa steg: vyn Releaser listar nu %1, och nästa release börjar härifrån.&lt;/p&gt;</translation>
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
    <message>
        <source>The desktop was not told: %1</source>
        <translation>Skrivbordet fick inget meddelande: %1</translation>
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
        <source>%n commits since the last release.</source>
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
    <message>
        <source>This repository is not watched: %1</source>
        <translation>Det här förrådet bevakas inte: %1</translation>
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
        <source>&lt;b&gt;Lead time for changes&lt;/b&gt;&lt;br&gt;Each commit between the previous deployment and a deployment, from its committer date to the deployment&apos;s tag time.</source>
        <translation>&lt;b&gt;Ledtid för ändringar&lt;/b&gt;&lt;br&gt;Varje incheckning mellan föregående driftsättning och en driftsättning, från dess incheckningsdatum till driftsättningens taggtid.</translation>
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
        <source>%1 a week · %2 · %n deployments</source>
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
        <source>median %1 · p90 %2 · %n commits</source>
        <translation>
            <numerusform>median %1 · p90 %2 · %n incheckning</numerusform>
            <numerusform>median %1 · p90 %2 · %n incheckningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 of %n deployments</source>
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
        <source>median %1 · p90 %2 · %n restored failures</source>
        <translation>
            <numerusform>median %1 · p90 %2 · %n åtgärdat fel</numerusform>
            <numerusform>median %1 · p90 %2 · %n åtgärdade fel</numerusform>
        </translation>
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
        <source>%n deployments from %1 to %2</source>
        <translation>
            <numerusform>%n driftsättning från %1 till %2</numerusform>
            <numerusform>%n driftsättningar från %1 till %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n deployments failed</source>
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
        <source>%1 (%2): median %3, p90 %4 over %n commits</source>
        <translation>
            <numerusform>%1 (%2): median %3, p90 %4 över %n incheckning</numerusform>
            <numerusform>%1 (%2): median %3, p90 %4 över %n incheckningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 failed (%n reasons), restored by %2 after %3</source>
        <translation>
            <numerusform>%1 misslyckades (%n orsak), åtgärdad av %2 efter %3</numerusform>
            <numerusform>%1 misslyckades (%n orsaker), åtgärdad av %2 efter %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commits</source>
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
        <translation>Skäl</translation>
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
    <message numerus="yes">
        <source>%1: %2 passed of %n finished runs · median %3, p90 %4 · flaky jobs: %5</source>
        <translation>
            <numerusform>%1: %2 lyckades av %n avslutad körning · median %3, p90 %4 · ostadiga jobb: %5</numerusform>
            <numerusform>%1: %2 lyckades av %n avslutade körningar · median %3, p90 %4 · ostadiga jobb: %5</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Körning</translation>
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
        <translation>Startad</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varaktighet</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>no GitHub or GitLab forge is known for this repository (a forge: section in .releasedesk.yml, or the remote&apos;s address)</source>
        <translation>ingen GitHub- eller GitLab-forge är känd för det här förrådet (ett forge:-avsnitt i .releasedesk.yml eller fjärrens adress)</translation>
    </message>
    <message>
        <source>no run of %1 is in the history database yet: watch the repository, or fetch its runs</source>
        <translation>ännu ingen körning av %1 i historikdatabasen: bevaka förrådet eller hämta dess körningar</translation>
    </message>
    <message numerus="yes">
        <source>the %n runs of %1 the watches recorded</source>
        <translation>
            <numerusform>den %n körning av %1 som bevakningarna sparade</numerusform>
            <numerusform>de %n körningar av %1 som bevakningarna sparade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the newest %n runs fetched from %1</source>
        <translation>
            <numerusform>den senaste %n körningen hämtad från %1</numerusform>
            <numerusform>de senaste %n körningarna hämtade från %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Fetch CI Runs</source>
        <translation>&amp;Hämta CI-körningar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pipeline health&lt;/b&gt;&lt;br&gt;Per workflow, of the CI runs started in the window: the share of finished runs that passed (cancelled and skipped ones left out), and the median and p90 duration of those that passed or failed. The runs are those the watches recorded in the history database, or the newest 100 fetched from the forge.</source>
        <translation>&lt;b&gt;Pipelinehälsa&lt;/b&gt;&lt;br&gt;Per arbetsflöde, av CI-körningarna som startade i fönstret: andelen avslutade körningar som lyckades (avbrutna och överhoppade räknas inte), och median- och p90-varaktigheten för dem som lyckades eller misslyckades. Körningarna är de som bevakningarna sparade i historikdatabasen, eller de senaste 100 hämtade från forgen.</translation>
    </message>
    <message>
        <source>Fetch the newest 100 CI runs and their jobs from the forge, for the pipeline health</source>
        <translation>Hämta de senaste 100 CI-körningarna och deras jobb från forgen, för pipelinehälsan</translation>
    </message>
    <message>
        <source>Pipeline health per workflow</source>
        <translation>Pipelinehälsa per arbetsflöde</translation>
    </message>
    <message>
        <source>no finished run</source>
        <translation>ingen avslutad körning</translation>
    </message>
    <message numerus="yes">
        <source>%n workflows · %1 of the runs passed · flaky jobs: %2</source>
        <translation>
            <numerusform>%n arbetsflöde · %1 av körningarna lyckades · ostadiga jobb: %2</numerusform>
            <numerusform>%n arbetsflöden · %1 av körningarna lyckades · ostadiga jobb: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From %1; %n runs in the window.</source>
        <translation>
            <numerusform>Från %1; %n körning i fönstret.</numerusform>
            <numerusform>Från %1; %n körningar i fönstret.</numerusform>
        </translation>
    </message>
    <message>
        <source>median duration</source>
        <translation>medianvaraktighet</translation>
    </message>
    <message>
        <source>p90 duration</source>
        <translation>p90-varaktighet</translation>
    </message>
    <message>
        <source>runs passed (%)</source>
        <translation>körningar som lyckades (%)</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Arbetsflöde</translation>
    </message>
    <message>
        <source>Duration (hours)</source>
        <translation>Varaktighet (timmar)</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Varaktighet (minuter)</translation>
    </message>
    <message>
        <source>Runs passed (%)</source>
        <translation>Körningar som lyckades (%)</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Hämtar…</translation>
    </message>
    <message>
        <source>Fetching the runs failed: %1</source>
        <translation>Hämtningen av körningarna misslyckades: %1</translation>
    </message>
    <message>
        <source>The failed-deploy rule is off: %1</source>
        <translation>Regeln för misslyckade driftsättningar är avstängd: %1</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>ångrad</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deployment frequency&lt;/b&gt;&lt;br&gt;A deployment is a final release tag of the tag pattern, at its tag time (the tagger date of an annotated tag, else the commit&apos;s date), or a release undone by ReleaseDesk after it reached the remote; per week in the window.</source>
        <translation>&lt;b&gt;Driftsättningsfrekvens&lt;/b&gt;&lt;br&gt;En driftsättning är en slutlig utgåvetagg enligt taggmönstret, vid sin taggtid (taggarens datum för en annoterad tagg, annars incheckningens datum), eller en release som ReleaseDesk ångrade efter att den nått fjärrförrådet; per vecka i perioden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Change failure rate&lt;/b&gt;&lt;br&gt;The share of deployments followed by a patch of fixes only within 7 days, with a commit reverted later, whose deploy run failed (forge: deploy-workflows), or undone by ReleaseDesk; each counts once.</source>
        <translation>&lt;b&gt;Andel misslyckade ändringar&lt;/b&gt;&lt;br&gt;Andelen driftsättningar som följs av en patch med bara rättningar inom 7 dagar, där en incheckning senare återkallas, vars driftsättningskörning misslyckades (forge: deploy-workflows) eller som ReleaseDesk ångrade; var och en räknas en gång.</translation>
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
        <source>%n commits since the last release</source>
        <translation>
            <numerusform>%n incheckning sedan den senaste utgåvan</numerusform>
            <numerusform>%n incheckningar sedan den senaste utgåvan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tags look like releases but were skipped, e.g. %1: %2</source>
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
        <source>None of the %n commits bumps the version; the Commits view tells why.</source>
        <translation>
            <numerusform>Den %n incheckningen höjer inte versionen; vyn Incheckningar berättar varför.</numerusform>
            <numerusform>Ingen av de %n incheckningarna höjer versionen; vyn Incheckningar berättar varför.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n commits bump the version.</source>
        <translation>
            <numerusform>Den %n incheckningen höjer versionen.</numerusform>
            <numerusform>Alla %n incheckningar höjer versionen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n commits bump the version; the Commits view tells why the others do not.</source>
        <translation>
            <numerusform>%1 av %n incheckning höjer versionen; vyn Incheckningar berättar varför de andra inte gör det.</numerusform>
            <numerusform>%1 av %n incheckningar höjer versionen; vyn Incheckningar berättar varför de andra inte gör det.</numerusform>
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
    <message>
        <source>CI of HEAD: asking the forge…</source>
        <translation>CI för HEAD: frågar forgen…</translation>
    </message>
    <message>
        <source>CI of HEAD: %1</source>
        <translation>CI för HEAD: %1</translation>
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
        <source>Run &amp;Workflow…</source>
        <translation>Kör arbets&amp;flöde…</translation>
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
        <source>Run a workflow by hand with its inputs (workflow_dispatch), or a GitLab pipeline with variables</source>
        <translation>Kör ett arbetsflöde för hand med dess indata (workflow_dispatch), eller en GitLab-pipeline med variabler</translation>
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
        <source>Nothing can be run: %1</source>
        <translation>Inget kan köras: %1</translation>
    </message>
    <message>
        <source>Started %1.</source>
        <translation>Startade %1.</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Logga in…</translation>
    </message>
    <message>
        <source>Store a token for the forge in the system keychain (Release › Tokens…): private projects, higher rate limits, running workflows</source>
        <translation>Spara en token för forgen i systemets nyckelring (Utgåva › Token…): privata projekt, högre frekvensgränser, köra arbetsflöden</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Starts %1 after the first job and takes %2</source>
        <translation>Börjar %1 efter det första jobbet och tar %2</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Inte startat än</translation>
    </message>
    <message>
        <source>Re-run &amp;Failed</source>
        <translation>Kör &amp;misslyckade igen</translation>
    </message>
    <message>
        <source>&amp;Cancel Run…</source>
        <translation>&amp;Avbryt körning…</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>Öppna i &amp;webbläsaren</translation>
    </message>
    <message>
        <source>Run the failed jobs of the selected run again</source>
        <translation>Kör de misslyckade jobben i den valda körningen igen</translation>
    </message>
    <message>
        <source>Stop the selected run while it is queued or running</source>
        <translation>Stoppa den valda körningen medan den väntar eller körs</translation>
    </message>
    <message>
        <source>Open the selected run on the forge</source>
        <translation>Öppna den valda körningen på forgen</translation>
    </message>
    <message>
        <source>Cancel Run</source>
        <translation>Avbryt körning</translation>
    </message>
    <message>
        <source>Cancel run “%1” #%2 on %3? Its jobs still going stop; Re-run Failed starts them again.</source>
        <translation>Avbryta körningen ”%1” #%2 på %3? Dess jobb som pågår stoppas; ”Kör misslyckade igen” startar dem igen.</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>Låt den köra</translation>
    </message>
    <message>
        <source>Re-running the failed jobs of “%1” #%2…</source>
        <translation>Kör de misslyckade jobben i ”%1” #%2 igen…</translation>
    </message>
    <message>
        <source>Cancelling “%1” #%2…</source>
        <translation>Avbryter ”%1” #%2…</translation>
    </message>
    <message>
        <source>The failed jobs of “%1” #%2 run again.</source>
        <translation>De misslyckade jobben i ”%1” #%2 körs igen.</translation>
    </message>
    <message>
        <source>“%1” #%2 was cancelled.</source>
        <translation>”%1” #%2 avbröts.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Startad av</translation>
    </message>
    <message>
        <source>Show the runs of one workflow only</source>
        <translation>Visa bara körningarna av ett arbetsflöde</translation>
    </message>
    <message>
        <source>All workflows</source>
        <translation>Alla arbetsflöden</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Mina</translation>
    </message>
    <message>
        <source>Only the runs you started (needs a token: the forge says whose it is)</source>
        <translation>Bara körningarna du startade (kräver en token: forgen säger vems den är)</translation>
    </message>
    <message>
        <source>Only the runs you started: not available, %1</source>
        <translation>Bara körningarna du startade: inte tillgängligt, %1</translation>
    </message>
    <message>
        <source>Only the runs started by %1, whom the token belongs to</source>
        <translation>Bara körningarna som %1 startade, som token tillhör</translation>
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
        <source>%n checks failed: the release cannot start yet.</source>
        <translation>
            <numerusform>%n kontroll misslyckades: utgivningen kan inte starta än.</numerusform>
            <numerusform>%n kontroller misslyckades: utgivningen kan inte starta än.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready, with %n warnings to read.</source>
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
        <source>%n files change.</source>
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
    <message>
        <source>%1 is released, but publishing did not start: %2
Fix it, then publish from the tag with `releasedesk-cli publish`.</source>
        <translation>%1 är släppt, men publiceringen startade inte: %2
Åtgärda det och publicera sedan från taggen med `releasedesk-cli publish`.</translation>
    </message>
    <message>
        <source>There is no reviewed plan to run.</source>
        <translation>Det finns ingen granskad plan att köra.</translation>
    </message>
    <message>
        <source>No repository is open.</source>
        <translation>Inget förråd är öppet.</translation>
    </message>
    <message numerus="yes">
        <source>Publishing the %n artifacts built before the tag, as reviewed</source>
        <translation>
            <numerusform>Publicerar den %n artefakt som byggdes före taggen, som granskad</numerusform>
            <numerusform>Publicerar de %n artefakter som byggdes före taggen, som granskade</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no reviewed plan to build.</source>
        <translation>Det finns ingen granskad plan att bygga.</translation>
    </message>
    <message>
        <source>The build was cancelled before it started.</source>
        <translation>Bygget avbröts innan det började.</translation>
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
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Tillbaka</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nästa &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Slutför</translation>
    </message>
</context>
<context>
    <name>rd::gui::ReleasesPage</name>
    <message numerus="yes">
        <source>*Nothing for the release notes: none of its %n commits is of a type the notes list.*
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
        <source>%n releases</source>
        <translation>
            <numerusform>%n utgåva</numerusform>
            <numerusform>%n utgåvor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n pre-releases</source>
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
        <source> · %n tags skipped</source>
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
        <source> · %n commits since `%1`</source>
        <translation>
            <numerusform> · %n incheckning sedan `%1`</numerusform>
            <numerusform> · %n incheckningar sedan `%1`</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · the first release, %n commits</source>
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
    <message>
        <source>, no push</source>
        <translation>, skickas inte</translation>
    </message>
    <message>
        <source>, pushed to %1</source>
        <translation>, skickas till %1</translation>
    </message>
    <message numerus="yes">
        <source>%n files changed</source>
        <translation>
            <numerusform>%n fil ändrad</numerusform>
            <numerusform>%n filer ändrade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps, %1, tag %2%3. Press Release to run them.</source>
        <translation>
            <numerusform>%n steg, %1, tagg %2%3. Tryck på ”Ge ut” för att köra det.</numerusform>
            <numerusform>%n steg, %1, tagg %2%3. Tryck på ”Ge ut” för att köra dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>The build and the publishing the Plan tab lists follow them.</source>
        <translation>Därefter följer bygget och publiceringen som fliken Plan listar.</translation>
    </message>
    <message numerus="yes">
        <source>Built %n artifacts: the release publishes exactly these files.</source>
        <translation>
            <numerusform>Byggde %n artefakt: releasen publicerar exakt denna fil.</numerusform>
            <numerusform>Byggde %n artefakter: releasen publicerar exakt dessa filer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The artifacts are built (the Artifacts tab lists them with their digests). Press Release to make the release and publish them.</source>
        <translation>Artefakterna är byggda (fliken Artefakter listar dem med deras kontrollsummor). Tryck på Ge ut för att göra releasen och publicera dem.</translation>
    </message>
    <message>
        <source>The build was cancelled; the release builds after the tag, as the Plan tab says.</source>
        <translation>Bygget avbröts; releasen bygger efter taggen, som fliken Plan säger.</translation>
    </message>
    <message>
        <source>The artifacts could not be built: %1. Nothing was made; fix it and build again, or release and build after the tag.</source>
        <translation>Artefakterna kunde inte byggas: %1. Inget gjordes; rätta det och bygg igen, eller ge ut och bygg efter taggen.</translation>
    </message>
    <message numerus="yes">
        <source>Then the %n artifacts built before the tag are published as they are.</source>
        <translation>
            <numerusform>Sedan publiceras den %n artefakt som byggdes före taggen som den är.</numerusform>
            <numerusform>Sedan publiceras de %n artefakter som byggdes före taggen som de är.</numerusform>
        </translation>
    </message>
    <message>
        <source>Then publishes the artifacts built before the tag (not built again):</source>
        <translation>Publicerar sedan artefakterna byggda före taggen (byggs inte igen):</translation>
    </message>
    <message>
        <source>Building the artifacts of %1 in a scratch folder…</source>
        <translation>Bygger artefakterna för %1 i en tillfällig mapp…</translation>
    </message>
    <message>
        <source>&amp;Cancel Build</source>
        <translation>&amp;Avbryt bygget</translation>
    </message>
    <message>
        <source>&amp;Build Artifacts Now</source>
        <translation>&amp;Bygg artefakterna nu</translation>
    </message>
    <message>
        <source>SHA-256 of %1 as built: what is published</source>
        <translation>SHA-256 för %1 som byggd: det som publiceras</translation>
    </message>
    <message>
        <source>The build was cancelled. publish: build_first asks for the artifacts before the release: build them to go on.</source>
        <translation>Bygget avbröts. publish: build_first kräver artefakterna före releasen: bygg dem för att gå vidare.</translation>
    </message>
    <message>
        <source>The artifacts could not be built: %1. Nothing was made. publish: build_first asks for them before the release: fix it and build again.</source>
        <translation>Artefakterna kunde inte byggas: %1. Inget gjordes. publish: build_first kräver dem före releasen: rätta det och bygg igen.</translation>
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
    <name>rd::gui::SourceStatus</name>
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
    <message numerus="yes">
        <source>%n version sources found.</source>
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
    <message>
        <source>not asked</source>
        <translation>inte tillfrågat</translation>
    </message>
    <message numerus="yes">
        <source>%n registries detected from the sources are not asked: ReleaseDesk reads registries only when .releasedesk.yml has a registries: section (releasedesk-cli status --published asks the detected ones once).</source>
        <translation>
            <numerusform>%n register som hittats i källorna tillfrågas inte: ReleaseDesk läser register bara när .releasedesk.yml har ett registries:-avsnitt (releasedesk-cli status --published frågar de hittade en gång).</numerusform>
            <numerusform>%n register som hittats i källorna tillfrågas inte: ReleaseDesk läser register bara när .releasedesk.yml har ett registries:-avsnitt (releasedesk-cli status --published frågar de hittade en gång).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::gui::TokensDialog</name>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>ReleaseDesk sends these servers a token: the forge for pipelines and releases, the registries for publishing. A token set here is kept in the system keychain, where ReleaseDesk and releasedesk-cli look first; the other places are the environment and the registry&apos;s own files.</source>
        <translation>ReleaseDesk skickar en token till de här servrarna: forgen för pipelines och utgåvor, registren för publicering. En token som anges här sparas i systemets nyckelring, där ReleaseDesk och releasedesk-cli letar först; därefter kommer miljön och registrets egna filer.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Keychain entry</source>
        <translation>Post i nyckelringen</translation>
    </message>
    <message>
        <source>Token from</source>
        <translation>Token från</translation>
    </message>
    <message>
        <source>&amp;Set Token…</source>
        <translation>&amp;Ange token…</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Glöm</translation>
    </message>
    <message>
        <source>&amp;Add Address…</source>
        <translation>&amp;Lägg till adress…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Add Address</source>
        <translation>Lägg till adress</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Looking up where each token comes from…</source>
        <translation>Tar reda på var varje token kommer ifrån…</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, från %2</translation>
    </message>
    <message>
        <source>not looked up</source>
        <translation>inte kontrollerad</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>%1 (user %2)</source>
        <translation>%1 (användare %2)</translation>
    </message>
    <message>
        <source>No server of this repository needs a token. Add Address… stores one for any other server.</source>
        <translation>Ingen server i det här förrådet behöver en token. ”Lägg till adress…” sparar en för vilken annan server som helst.</translation>
    </message>
    <message>
        <source>Double-click a server, or select it and press Set Token…, to store its token in the system keychain.</source>
        <translation>Dubbelklicka på en server, eller markera den och tryck på ”Ange token…”, för att spara dess token i systemets nyckelring.</translation>
    </message>
    <message>
        <source>Set Token</source>
        <translation>Ange token</translation>
    </message>
    <message>
        <source>The token for %1 (%2), stored in the system keychain under %3. It is not shown again.</source>
        <translation>Token för %1 (%2), sparad i systemets nyckelring under %3. Den visas inte igen.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>&amp;User name (optional):</source>
        <translation>&amp;Användarnamn (valfritt):</translation>
    </message>
    <message>
        <source>&amp;Password or token:</source>
        <translation>&amp;Lösenord eller token:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Type or paste the token; nothing was stored.</source>
        <translation>Skriv eller klistra in token; inget sparades.</translation>
    </message>
    <message>
        <source>%1 needs the user name the token belongs to.</source>
        <translation>%1 behöver användarnamnet som token hör till.</translation>
    </message>
    <message>
        <source>Storing the token for %1…</source>
        <translation>Sparar token för %1…</translation>
    </message>
    <message>
        <source>The token for %1 was not stored: %2</source>
        <translation>Token för %1 sparades inte: %2</translation>
    </message>
    <message>
        <source>Forget Token</source>
        <translation>Glöm token</translation>
    </message>
    <message>
        <source>Remove the token for %1 from the system keychain? Publishing and the forge then use the next place that has one, or none.</source>
        <translation>Ta bort token för %1 från systemets nyckelring? Publicering och forgen använder då nästa ställe som har en, eller ingen.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behåll</translation>
    </message>
    <message>
        <source>Removing the token for %1…</source>
        <translation>Tar bort token för %1…</translation>
    </message>
    <message>
        <source>The token for %1 was not removed: %2</source>
        <translation>Token för %1 togs inte bort: %2</translation>
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
        <source>The last release is &lt;b&gt;%1&lt;/b&gt; (tag %2); %n commits since.</source>
        <translation>
            <numerusform>Den senaste utgåvan är &lt;b&gt;%1&lt;/b&gt; (tagg %2); %n incheckning sedan dess.</numerusform>
            <numerusform>Den senaste utgåvan är &lt;b&gt;%1&lt;/b&gt; (tagg %2); %n incheckningar sedan dess.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There is no release yet: this is the first one (%n commits).</source>
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
    <message>
        <source>Repositories watched</source>
        <translation>Bevakade förråd</translation>
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
        <source>&quot;My runs only&quot; needs your forge login: type it beside the option.</source>
        <translation>”Endast mina körningar” behöver ditt användarnamn på forgen: skriv det bredvid alternativet.</translation>
    </message>
    <message>
        <source>Reading the history database…</source>
        <translation>Läser historikdatabasen…</translation>
    </message>
    <message>
        <source>&amp;Watch:</source>
        <translation>&amp;Bevaka:</translation>
    </message>
    <message>
        <source>The checked repositories</source>
        <translation>De markerade förråden</translation>
    </message>
    <message>
        <source>The checked repositories and all opened in the last 30 days</source>
        <translation>De markerade förråden och alla som öppnats de senaste 30 dagarna</translation>
    </message>
    <message>
        <source>default branch %1</source>
        <translation>standardgren %1</translation>
    </message>
    <message>
        <source>latest release tag %1</source>
        <translation>senaste release-tagg %1</translation>
    </message>
    <message>
        <source>last opened %1</source>
        <translation>senast öppnat %1</translation>
    </message>
    <message>
        <source>Never opened here: only releases made from ReleaseDesk are followed</source>
        <translation>Aldrig öppnat här: bara releaser gjorda från ReleaseDesk följs</translation>
    </message>
    <message>
        <source>No repository yet: opening one adds it.</source>
        <translation>Inget förråd ännu: att öppna ett lägger till det.</translation>
    </message>
    <message>
        <source>Of each watched repository, the pipelines of its default branch, its latest release tag and the latest release made from ReleaseDesk are followed in the background and notified. Opening a repository adds it here; a release or a watch from ReleaseDesk checks it.</source>
        <translation>För varje bevakat förråd följs pipelines för dess standardgren, dess senaste release-tagg och den senaste releasen som gjorts från ReleaseDesk i bakgrunden och aviseras. Ett förråd som öppnas hamnar här; en release eller en bevakning från ReleaseDesk markerar det.</translation>
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
    <name>rd::history</name>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutet.</translation>
    </message>
    <message>
        <source>Reading tags</source>
        <translation>Läser taggar</translation>
    </message>
    <message>
        <source>Reading releases</source>
        <translation>Läser utgåvor</translation>
    </message>
    <message>
        <source>The repository has no commits yet, so there is nothing to release. Make a first commit, then try again.</source>
        <translation>Förrådet har inga incheckningar än, så det finns inget att ge ut. Gör en första incheckning och försök sedan igen.</translation>
    </message>
    <message>
        <source>HEAD is detached at %1: versions are computed for that commit. Check out a branch to make a release.</source>
        <translation>HEAD är frikopplat vid %1: versioner beräknas för den incheckningen. Checka ut en gren för att göra en utgivning.</translation>
    </message>
    <message>
        <source>This is a shallow clone and no release tag matching &quot;%1&quot; is within its history, so the current version cannot be known. Fetch the full history (git fetch --unshallow, or fetch-depth: 0 in CI) and try again.</source>
        <translation>Det här är en grund klon och ingen releasetagg som matchar ”%1” finns i dess historik, så den aktuella versionen kan inte avgöras. Hämta hela historiken (git fetch --unshallow, eller fetch-depth: 0 i CI) och försök igen.</translation>
    </message>
    <message>
        <source>This is a shallow clone: commits before the shallow boundary are not read.</source>
        <translation>Det här är en grund klon: incheckningar före den grunda gränsen läses inte.</translation>
    </message>
    <message>
        <source>Reading commits</source>
        <translation>Läser incheckningar</translation>
    </message>
    <message>
        <source>the tagged commit is not in this clone (a shallow or partial clone); fetch the full history to use it</source>
        <translation>den taggade incheckningen finns inte i den här klonen (en grund eller partiell klon); hämta hela historiken för att använda den</translation>
    </message>
    <message>
        <source>the tag points at a tree or blob, not a commit</source>
        <translation>taggen pekar på ett träd eller en blob, inte på en incheckning</translation>
    </message>
    <message>
        <source>tag %1 names the same version in the newer style</source>
        <translation>taggen %1 anger samma version i den nyare stilen</translation>
    </message>
    <message>
        <source>package %1 of .releasedesk.yml</source>
        <translation>paketet %1 i .releasedesk.yml</translation>
    </message>
    <message>
        <source>pattern `%1`, set by tag-pattern in %2</source>
        <translation>mönstret `%1`, satt av tag-pattern i %2</translation>
    </message>
    <message numerus="yes">
        <source>tags look like `%1`: pattern `%2`, inferred from %3 tags</source>
        <translation>
            <numerusform>taggar ser ut som `%1`: mönstret `%2`, härlett från %3 tagg</numerusform>
            <numerusform>taggar ser ut som `%1`: mönstret `%2`, härlett från %3 taggar</numerusform>
        </translation>
    </message>
    <message>
        <source>no release tag to learn from: pattern `%1`, the default (set tag-pattern in %2 to choose another)</source>
        <translation>ingen releasetagg att lära av: mönstret `%1`, standardvärdet (ange tag-pattern i %2 för att välja ett annat)</translation>
    </message>
    <message numerus="yes">
        <source>%1 tags in `%2`</source>
        <translation>
            <numerusform>%1 tagg i `%2`</numerusform>
            <numerusform>%1 taggar i `%2`</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release tags come in %1 styles: %2 tags in `%3` (the most recent, like `%4`) and %5. All are read as releases and the next tag is named `%3`. To keep this pattern, add to .releasedesk.yml: %6</source>
        <translation>
            <numerusform>Releasetaggar finns i %1 stilar: %2 tagg i `%3` (den senaste, som `%4`) och %5. Alla läses som utgåvor och nästa tagg får namnet `%3`. För att behålla det här mönstret, lägg till i .releasedesk.yml: %6</numerusform>
            <numerusform>Releasetaggar finns i %1 stilar: %2 taggar i `%3` (den senaste, som `%4`) och %5. Alla läses som utgåvor och nästa tagg får namnet `%3`. För att behålla det här mönstret, lägg till i .releasedesk.yml: %6</numerusform>
        </translation>
    </message>
    <message>
        <source>The tags name packages (%1, ...), not one version line, so none was taken as the repository&apos;s releases. Declare the packages in .releasedesk.yml, e.g. packages: { app: { path: packages/app } }, and use --package.</source>
        <translation>Taggarna namnger paket (%1, …), inte en enda versionslinje, så ingen togs som förrådets utgåvor. Deklarera paketen i .releasedesk.yml, t.ex. packages: { app: { path: packages/app } }, och använd --package.</translation>
    </message>
</context>
<context>
    <name>rd::net</name>
    <message>
        <source> The server said: “%1”.</source>
        <translation> Servern svarade: ”%1”.</translation>
    </message>
    <message>
        <source>Refusing to send the access token over plain http to %1: anyone on the way could read it. Use an https:// API address (plain http is only allowed for 127.0.0.1 and localhost).</source>
        <translation>Vägrar skicka åtkomsttoken över okrypterad http till %1: vem som helst på vägen kan läsa den. Använd en https://-API-adress (okrypterad http tillåts bara för 127.0.0.1 och localhost).</translation>
    </message>
    <message>
        <source>Cancelled %1 %2.</source>
        <translation>Avbröt %1 %2.</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 (%3 %4). Check the network and the API address; the server may be down.</source>
        <translation>Inget svar från %1 inom %2 (%3 %4). Kontrollera nätverket och API-adressen; servern kan vara nere.</translation>
    </message>
    <message>
        <source>TLS error talking to %1: %2. The connection was refused because the certificate cannot be trusted; ReleaseDesk never ignores this. If the server uses a private certificate authority, add it to the system&apos;s trusted certificates.</source>
        <translation>TLS-fel vid kontakt med %1: %2. Anslutningen avvisades eftersom certifikatet inte går att lita på; ReleaseDesk ignorerar aldrig detta. Om servern använder en privat certifikatutfärdare, lägg till den bland systemets betrodda certifikat.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2. Check the network, the proxy settings (https_proxy) and the API address.</source>
        <translation>Kunde inte nå %1: %2. Kontrollera nätverket, proxyinställningarna (https_proxy) och API-adressen.</translation>
    </message>
    <message>
        <source>%1 is rate limited (HTTP %2%3); waiting %4 before trying %5 again.</source>
        <translation>%1 är hastighetsbegränsad (HTTP %2%3); väntar %4 innan %5 försöks igen.</translation>
    </message>
    <message>
        <source>Cancelled while waiting for the rate limit of %1.</source>
        <translation>Avbröts under väntan på hastighetsbegränsningen för %1.</translation>
    </message>
    <message>
        <source>%1 is rate limited (HTTP %2) and asks to wait %3, longer than the %4 ReleaseDesk waits. Try again later%5.%6</source>
        <translation>%1 är hastighetsbegränsad (HTTP %2) och ber om att vänta %3, längre än de %4 som ReleaseDesk väntar. Försök igen senare%5.%6</translation>
    </message>
    <message>
        <source> (after %1 UTC)</source>
        <translation> (efter %1 UTC)</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 to %3 %4; trying again in %5 (attempt %6 of %7).</source>
        <translation>%1 svarade HTTP %2 på %3 %4; försöker igen om %5 (försök %6 av %7).</translation>
    </message>
    <message>
        <source>Cancelled while waiting to retry %1.</source>
        <translation>Avbröts under väntan på att försöka %1 igen.</translation>
    </message>
    <message>
        <source>%1 failed with HTTP %2 on %3 %4, %5 times in a row. The server has a problem; try again later.%6</source>
        <translation>%1 misslyckades med HTTP %2 på %3 %4, %5 gånger i rad. Servern har ett problem; försök igen senare.%6</translation>
    </message>
    <message>
        <source>%1 failed with HTTP %2 on %3 %4. It was not tried again because it may have taken effect; check on the forge before repeating it.%5</source>
        <translation>%1 misslyckades med HTTP %2 på %3 %4. Det försöktes inte igen eftersom det kan ha fått effekt; kontrollera på forgen innan du upprepar det.%5</translation>
    </message>
    <message>
        <source>%1 refused the credentials (HTTP 401 Unauthorized) for %2 %3: the token is missing, expired or revoked. Store a valid token in the keychain or set it in the environment.%4</source>
        <translation>%1 avvisade inloggningsuppgifterna (HTTP 401 Unauthorized) för %2 %3: token saknas, har gått ut eller återkallats. Spara en giltig token i nyckelringen eller ange den i miljön.%4</translation>
    </message>
    <message>
        <source>%1 denied %2 %3 (HTTP 403 Forbidden): the token lacks the permission (scope) this needs, or the account has no access. Use a token with the needed scope.%4</source>
        <translation>%1 nekade %2 %3 (HTTP 403 Forbidden): token saknar behörigheten (scope) som behövs, eller kontot har ingen åtkomst. Använd en token med den behörighet som krävs.%4</translation>
    </message>
    <message>
        <source>%1 has nothing at %2 (HTTP 404 Not Found). Check the project path and the API address; a private project also looks like this without a token that can see it.%3</source>
        <translation>%1 har inget på %2 (HTTP 404 Not Found). Kontrollera projektsökvägen och API-adressen; ett privat projekt ser också ut så utan en token som kan se det.%3</translation>
    </message>
    <message>
        <source>%1 refused %2 %3 because of a conflict (HTTP 409): the resource is not in a state that allows it (e.g. the run already finished). Reload and try again.%4</source>
        <translation>%1 avvisade %2 %3 på grund av en konflikt (HTTP 409): resursen är inte i ett tillstånd som tillåter det (t.ex. är körningen redan klar). Läs in igen och försök på nytt.%4</translation>
    </message>
    <message>
        <source>%1 rejected %2 %3 as invalid (HTTP 422 Unprocessable Entity). Check the ref and the inputs.%4</source>
        <translation>%1 avvisade %2 %3 som ogiltigt (HTTP 422 Unprocessable Entity). Kontrollera referensen och indata.%4</translation>
    </message>
    <message>
        <source>%1 is rate limited (HTTP 429 Too Many Requests) and did not say for how long. Wait a while and try again.%2</source>
        <translation>%1 är hastighetsbegränsad (HTTP 429 Too Many Requests) och angav inte hur länge. Vänta en stund och försök igen.%2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 to %3 %4.%5</source>
        <translation>%1 svarade HTTP %2 på %3 %4.%5</translation>
    </message>
    <message>
        <source>The next page of %1 is on another server (%2); not following it with the token.</source>
        <translation>Nästa sida av %1 ligger på en annan server (%2); den följs inte med token.</translation>
    </message>
    <message>
        <source>The answer is not valid JSON (%1 at byte %2 of %3): the server, or a proxy in between, sent something else. Try again; if it persists, check that the API address is right.</source>
        <translation>Svaret är inte giltig JSON (%1 vid byte %2 av %3): servern, eller en proxy däremellan, skickade något annat. Försök igen; om det kvarstår, kontrollera att API-adressen är rätt.</translation>
    </message>
    <message>
        <source>%1 of %2 requests left</source>
        <translation>%1 av %2 förfrågningar kvar</translation>
    </message>
    <message>
        <source>%1 requests left</source>
        <translation>%1 förfrågningar kvar</translation>
    </message>
    <message>
        <source>a limit of %1 requests</source>
        <translation>en gräns på %1 förfrågningar</translation>
    </message>
    <message>
        <source>, resets at </source>
        <translation>, återställs </translation>
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
    <name>rd::notify::Notification</name>
    <message>
        <source>The release %1 stopped</source>
        <translation>Releasen %1 stoppades</translation>
    </message>
    <message>
        <source>%1 is released; publishing it stopped</source>
        <translation>%1 är släppt; publiceringen stoppades</translation>
    </message>
    <message>
        <source>%1 is on every registry</source>
        <translation>%1 finns i alla register</translation>
    </message>
    <message>
        <source>%1 is released</source>
        <translation>%1 är släppt</translation>
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
    <name>rd::peerconfig</name>
    <message>
        <source>the search &quot;%1&quot; holds a placeholder other than {current_version}; declare %2 under sources.extra</source>
        <translation>sökningen ”%1” innehåller en annan platshållare än {current_version}; deklarera %2 under sources.extra</translation>
    </message>
    <message>
        <source>ReleaseDesk writes the version in the file&apos;s own spelling where the search found it</source>
        <translation>ReleaseDesk skriver versionen i filens egen stavning där sökningen hittade den</translation>
    </message>
    <message>
        <source> (default tag_name v{new_version})</source>
        <translation> (standard tag_name v{new_version})</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a placeholder other than {new_version}</source>
        <translation>”%1” innehåller en annan platshållare än {new_version}</translation>
    </message>
    <message>
        <source>only {new_version} has an equivalent ({version}) in release.commit-message</source>
        <translation>bara {new_version} har en motsvarighet ({version}) i release.commit-message</translation>
    </message>
    <message>
        <source>a ReleaseDesk release always commits and tags</source>
        <translation>en utgivning med ReleaseDesk checkar alltid in och taggar</translation>
    </message>
    <message>
        <source>only files named by filename are read (not glob)</source>
        <translation>bara filer som anges med filename läses (inte glob)</translation>
    </message>
    <message>
        <source>no .releasedesk.yml equivalent</source>
        <translation>ingen motsvarighet i .releasedesk.yml</translation>
    </message>
    <message>
        <source>only [bumpversion:file:PATH] sections are read</source>
        <translation>bara avsnitt av typen [bumpversion:file:PATH] läses</translation>
    </message>
    <message>
        <source>only a plain commit type maps onto types.&lt;type&gt;.bump</source>
        <translation>bara en enkel incheckningstyp motsvarar types.&lt;type&gt;.bump</translation>
    </message>
    <message>
        <source> (commitizen&apos;s default tag_format $version)</source>
        <translation> (commitizens standard tag_format $version)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a placeholder other than $version; set tag-pattern in .releasedesk.yml</source>
        <translation>”%1” innehåller en annan platshållare än $version; ange tag-pattern i .releasedesk.yml</translation>
    </message>
    <message>
        <source>ReleaseDesk knows the pep440 and semver schemes only</source>
        <translation>ReleaseDesk känner bara till schemana pep440 och semver</translation>
    </message>
    <message>
        <source> (commitizen&apos;s default bump_map)</source>
        <translation> (commitizens standard bump_map)</translation>
    </message>
    <message>
        <source> (commitizen&apos;s default major_version_zero false)</source>
        <translation> (commitizens standard major_version_zero false)</translation>
    </message>
    <message>
        <source>the %1 provider has no version source ReleaseDesk knows</source>
        <translation>leverantören %1 har ingen versionskälla som ReleaseDesk känner till</translation>
    </message>
    <message>
        <source>the kind of tag is not a .releasedesk.yml setting</source>
        <translation>typen av tagg är ingen inställning i .releasedesk.yml</translation>
    </message>
    <message>
        <source>no .releasedesk.yml key names the changelog file; use `releasedesk-cli changelog --prepend FILE`</source>
        <translation>ingen nyckel i .releasedesk.yml anger filen för ändringsloggen; använd `releasedesk-cli changelog --prepend FIL`</translation>
    </message>
    <message>
        <source>a release updates the changelog unless --no-changelog is given</source>
        <translation>en utgivning uppdaterar ändringsloggen om inte --no-changelog anges</translation>
    </message>
    <message>
        <source>only a parser matching a commit type (message = &quot;^feat&quot;) maps onto types.&lt;type&gt;</source>
        <translation>bara en tolk som matchar en incheckningstyp (message = &quot;^feat&quot;) motsvarar types.&lt;type&gt;</translation>
    </message>
    <message>
        <source>a commit&apos;s scope is its own in ReleaseDesk</source>
        <translation>en incheckings omfång är dess eget i ReleaseDesk</translation>
    </message>
    <message>
        <source>the regex &quot;%1&quot; is more than a prefix before the version; set tag-pattern in .releasedesk.yml</source>
        <translation>det reguljära uttrycket ”%1” är mer än ett prefix före versionen; ange tag-pattern i .releasedesk.yml</translation>
    </message>
    <message>
        <source>every tag matching tag-pattern is a release in ReleaseDesk</source>
        <translation>varje tagg som matchar tag-pattern är en utgåva i ReleaseDesk</translation>
    </message>
    <message>
        <source>commits no type matches are listed as ignored, with the reason</source>
        <translation>incheckningar som ingen typ matchar listas som ignorerade, med skälet</translation>
    </message>
    <message>
        <source>a breaking change is never hidden from ReleaseDesk&apos;s notes</source>
        <translation>en bakåtinkompatibel ändring döljs aldrig i ReleaseDesks versionsinformation</translation>
    </message>
    <message>
        <source> (git-cliff&apos;s default breaking_always_bump_major true)</source>
        <translation> (git-cliffs standard breaking_always_bump_major true)</translation>
    </message>
    <message>
        <source>in 0.x a feature bumps the minor number in ReleaseDesk; there is no setting for a patch</source>
        <translation>i 0.x höjer en ny funktion minor-numret i ReleaseDesk; det finns ingen inställning för patch</translation>
    </message>
    <message>
        <source>changelog.body is a Tera template, which ReleaseDesk cannot run: the notes use ReleaseDesk&apos;s Markdown renderer (changelog.template takes a Mustache template)</source>
        <translation>changelog.body är en Tera-mall, som ReleaseDesk inte kan köra: versionsinformationen använder ReleaseDesks Markdown-renderare (changelog.template tar en Mustache-mall)</translation>
    </message>
    <message>
        <source>expected a list of {type, section, hidden}</source>
        <translation>förväntade en lista med {type, section, hidden}</translation>
    </message>
    <message>
        <source>an entry without a type</source>
        <translation>en post utan typ</translation>
    </message>
    <message>
        <source>a changelog type has only a section and hidden in .releasedesk.yml</source>
        <translation>en ändringsloggstyp har bara section och hidden i .releasedesk.yml</translation>
    </message>
    <message>
        <source>This file cannot be read (%1). Fix it, or remove it so that ReleaseDesk stops importing it.</source>
        <translation>Den här filen kan inte läsas (%1). Rätta den, eller ta bort den så att ReleaseDesk slutar importera den.</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>för djupt nästlad</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>ogiltig YAML: %1</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>ogiltig JSON: %1</translation>
    </message>
    <message>
        <source>invalid TOML: %1</source>
        <translation>ogiltig TOML: %1</translation>
    </message>
    <message>
        <source>an indented line belongs to no key</source>
        <translation>en indragen rad hör inte till någon nyckel</translation>
    </message>
    <message>
        <source>expected [section] or key = value, found &quot;%1&quot;</source>
        <translation>förväntade [avsnitt] eller nyckel = värde, hittade ”%1”</translation>
    </message>
    <message>
        <source>a %1 file with path %2 cannot be a sources.extra key path; declare it under sources.extra by hand</source>
        <translation>en %1-fil med sökvägen %2 kan inte vara en nyckelsökväg i sources.extra; deklarera den för hand under sources.extra</translation>
    </message>
    <message>
        <source> (release-please&apos;s default bump-minor-pre-major false)</source>
        <translation> (release-pleases standard bump-minor-pre-major false)</translation>
    </message>
    <message>
        <source>the repository&apos;s changelog file is not a .releasedesk.yml setting</source>
        <translation>förrådets ändringsloggsfil är ingen inställning i .releasedesk.yml</translation>
    </message>
    <message>
        <source>a package&apos;s own extra version files are not a .releasedesk.yml setting</source>
        <translation>ett pakets egna extra versionsfiler är ingen inställning i .releasedesk.yml</translation>
    </message>
    <message>
        <source>package versions are read from the package&apos;s tags and files, not from the manifest</source>
        <translation>paketversioner läses från paketets taggar och filer, inte från manifestet</translation>
    </message>
    <message>
        <source>no .releasedesk.yml equivalent (a release type&apos;s version files are found as version sources)</source>
        <translation>ingen motsvarighet i .releasedesk.yml (en releasetyps versionsfiler hittas som versionskällor)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a template expression other than ${version}; set tag-pattern in .releasedesk.yml</source>
        <translation>”%1” innehåller ett annat malluttryck än ${version}; ange tag-pattern i .releasedesk.yml</translation>
    </message>
    <message>
        <source>the branch pattern &quot;%1&quot; is not a plain glob; add the branch to release.branches by hand</source>
        <translation>grenmönstret ”%1” är inte en enkel glob; lägg till grenen i release.branches för hand</translation>
    </message>
    <message>
        <source>ReleaseDesk makes pre-releases on any release branch with --pre CHANNEL; use --pre %1 on %2</source>
        <translation>ReleaseDesk gör förhandsversioner på vilken releasegren som helst med --pre KANAL; använd --pre %1 på %2</translation>
    </message>
    <message>
        <source>ReleaseDesk has no distribution channels or version ranges per branch</source>
        <translation>ReleaseDesk har inga distributionskanaler eller versionsintervall per gren</translation>
    </message>
    <message>
        <source>the %1 preset reads another commit format; ReleaseDesk reads Conventional Commits (as the angular preset)</source>
        <translation>förinställningen %1 läser ett annat incheckningsformat; ReleaseDesk läser Conventional Commits (som förinställningen angular)</translation>
    </message>
    <message>
        <source>release rules in a separate module are not read; list them as types in .releasedesk.yml</source>
        <translation>utgivningsregler i en separat modul läses inte; lista dem som types i .releasedesk.yml</translation>
    </message>
    <message>
        <source>only rules by type alone map onto types.&lt;type&gt;.bump; a rule by scope, subject, breaking or a glob has no .releasedesk.yml equivalent</source>
        <translation>bara regler enbart efter typ motsvarar types.&lt;type&gt;.bump; en regel efter omfång, ämne, breaking eller en glob har ingen motsvarighet i .releasedesk.yml</translation>
    </message>
    <message>
        <source>the commit parser&apos;s options are not configurable in ReleaseDesk, which reads Conventional Commits</source>
        <translation>incheckningstolkens alternativ går inte att ställa in i ReleaseDesk, som läser Conventional Commits</translation>
    </message>
    <message>
        <source>%1: ReleaseDesk&apos;s release steps (commit, tag, push, forge release) replace semantic-release&apos;s plugins</source>
        <translation>%1: ReleaseDesks utgivningssteg (incheckning, tagg, push, forge-utgåva) ersätter semantic-releases insticksprogram</translation>
    </message>
    <message>
        <source>%1 is JavaScript, which ReleaseDesk does not run: its tagFormat, branches and commit-analyzer rules were not read. Put them in .releasedesk.yml or in .releaserc.json.</source>
        <translation>%1 är JavaScript, som ReleaseDesk inte kör: dess tagFormat, branches och commit-analyzer-regler lästes inte. Lägg dem i .releasedesk.yml eller i .releaserc.json.</translation>
    </message>
    <message>
        <source>a custom updater is JavaScript, which ReleaseDesk does not run; declare %1 under sources.extra</source>
        <translation>en egen uppdaterare är JavaScript, som ReleaseDesk inte kör; deklarera %1 under sources.extra</translation>
    </message>
    <message>
        <source>a prefix holding { cannot be a tag-pattern</source>
        <translation>ett prefix som innehåller { kan inte vara ett tag-pattern</translation>
    </message>
    <message>
        <source>only {{currentTag}} has an equivalent ({tag})</source>
        <translation>bara {{currentTag}} har en motsvarighet ({tag})</translation>
    </message>
    <message>
        <source>.versionrc.js is JavaScript, which ReleaseDesk does not run: its types, tagPrefix and bump files were not read. Put them in .versionrc.json or .releasedesk.yml.</source>
        <translation>.versionrc.js är JavaScript, som ReleaseDesk inte kör: dess types, tagPrefix och bump files lästes inte. Lägg dem i .versionrc.json eller .releasedesk.yml.</translation>
    </message>
</context>
<context>
    <name>rd::project</name>
    <message>
        <source>expected the package&apos;s settings as a map, e.g. { path: packages/%1 }</source>
        <translation>förväntade paketets inställningar som en mappning, t.ex. { path: packages/%1 }</translation>
    </message>
    <message>
        <source>give either path or paths, not both</source>
        <translation>ange antingen path eller paths, inte båda</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a folder inside the repository, relative to its root</source>
        <translation>”%1” måste vara en mapp i förrådet, relativt dess rot</translation>
    </message>
    <message>
        <source>the package name does not make a valid tag pattern (%1); set tag-pattern</source>
        <translation>paketnamnet ger inget giltigt taggmönster (%1); ange tag-pattern</translation>
    </message>
    <message>
        <source>expected a map of packages by name, e.g. packages: { app: { path: packages/app } }</source>
        <translation>förväntade en mappning av paket efter namn, t.ex. packages: { app: { path: packages/app } }</translation>
    </message>
    <message>
        <source>There is no package &quot;%1&quot;: %2 declares no packages (see the `packages` section).</source>
        <translation>Det finns inget paket ”%1”: %2 deklarerar inga paket (se avsnittet `packages`).</translation>
    </message>
    <message>
        <source>There is no package &quot;%1&quot;; the packages are: %2.</source>
        <translation>Det finns inget paket ”%1”; paketen är: %2.</translation>
    </message>
    <message>
        <source>expected a mapping with breaking-bumps-major</source>
        <translation>förväntade en mappning med breaking-bumps-major</translation>
    </message>
    <message>
        <source>Cannot make a folder for HEAD&apos;s files of %1: %2.</source>
        <translation>Kan inte skapa en mapp för HEAD:s filer i %1: %2.</translation>
    </message>
</context>
<context>
    <name>rd::publish</name>
    <message>
        <source>Run %1</source>
        <translation>Kör %1</translation>
    </message>
    <message>
        <source>Command: %1
In the work tree, through /bin/sh; run again when a stopped release is resumed.</source>
        <translation>Kommando: %1
I arbetskatalogen, via /bin/sh; körs igen när en stoppad release återupptas.</translation>
    </message>
    <message>
        <source>“%1” ran and is not undone: undo what it did by hand if needed.</source>
        <translation>”%1” har körts och ångras inte: ångra vid behov det den gjorde för hand.</translation>
    </message>
    <message>
        <source>“%1” is outside the project; write a path relative to its root</source>
        <translation>”%1” ligger utanför projektet; skriv en sökväg relativ till dess rot</translation>
    </message>
    <message>
        <source>“%1” has a wildcard in a folder; only the file name may have one (dist/*.whl)</source>
        <translation>”%1” har ett jokertecken i en mapp; bara filnamnet får ha ett (dist/*.whl)</translation>
    </message>
    <message>
        <source>publish: “%1” matches no file in %2. Build the release first (publish.build runs before the publish steps are planned) or correct the pattern.</source>
        <translation>publish: ”%1” matchar ingen fil i %2. Bygg releasen först (publish.build körs innan publiceringsstegen planeras) eller rätta mönstret.</translation>
    </message>
    <message>
        <source>publish: names %1 tarballs (%2); an npm package publishes one, so name it, e.g. app-{version}.tgz</source>
        <translation>publish: anger %1 tarballs (%2); ett npm-paket publicerar en, så ange den, t.ex. app-{version}.tgz</translation>
    </message>
    <message>
        <source>%1: this ReleaseDesk cannot publish there yet; remove publish: from the entry</source>
        <translation>%1: denna ReleaseDesk kan inte publicera där än; ta bort publish: från posten</translation>
    </message>
    <message>
        <source>verify_timeout is in seconds, from 1 to 3600</source>
        <translation>verify_timeout anges i sekunder, från 1 till 3600</translation>
    </message>
    <message>
        <source>an empty command; remove it or write the command line</source>
        <translation>ett tomt kommando; ta bort det eller skriv kommandoraden</translation>
    </message>
    <message>
        <source>Cannot start “%1”: %2</source>
        <translation>Kan inte starta ”%1”: %2</translation>
    </message>
    <message>
        <source>Cancelled while running “%1”.</source>
        <translation>Avbröts medan ”%1” kördes.</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>kraschade</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>avslutades med kod %1</translation>
    </message>
    <message>
        <source>The command “%1” %2. Fix it and run again.</source>
        <translation>Kommandot ”%1” %2. Åtgärda det och kör igen.</translation>
    </message>
    <message>
        <source>There is no release tag in this history yet, so there is nothing to publish. Release first.</source>
        <translation>Det finns ingen release-tagg i denna historik än, så det finns inget att publicera. Gör en release först.</translation>
    </message>
    <message>
        <source>HEAD is not the release %1: publishing builds and reads the work tree, which must be the release&apos;s. Check it out (git switch --detach %1) and publish from there.</source>
        <translation>HEAD är inte releasen %1: publiceringen bygger och läser arbetskatalogen, som måste vara releasens. Checka ut den (git switch --detach %1) och publicera därifrån.</translation>
    </message>
    <message>
        <source>Then publishes (the artifacts are read after the build):
</source>
        <translation>Publicerar sedan (artefakterna läses efter bygget):
</translation>
    </message>
    <message>
        <source>  build: %1
</source>
        <translation>  bygge: %1
</translation>
    </message>
    <message>
        <source>a release without assets</source>
        <translation>en release utan bilagor</translation>
    </message>
    <message>
        <source>  command: %1
</source>
        <translation>  kommando: %1
</translation>
    </message>
    <message>
        <source>%1 is not a PyPI target: the PyPI publish step uploads Python distributions only.</source>
        <translation>%1 är inget PyPI-mål: PyPI-publiceringssteget laddar bara upp Python-distributioner.</translation>
    </message>
    <message>
        <source>No index address for %1: set url: in its registries: entry of .releasedesk.yml.</source>
        <translation>Ingen indexadress för %1: ange url: i dess registries:-post i .releasedesk.yml.</translation>
    </message>
    <message>
        <source>No upload address for %1: set upload_url: in its registries: entry (or TWINE_REPOSITORY_URL).</source>
        <translation>Ingen uppladdningsadress för %1: ange upload_url: i dess registries:-post (eller TWINE_REPOSITORY_URL).</translation>
    </message>
    <message>
        <source>No distribution files to upload for %1: build the wheel and sdist first (python3 -m build).</source>
        <translation>Inga distributionsfiler att ladda upp för %1: bygg först wheel och sdist (python3 -m build).</translation>
    </message>
    <message>
        <source>Cannot read the distribution file: %1. Build it first (python3 -m build).</source>
        <translation>Distributionsfilen kan inte läsas: %1. Bygg den först (python3 -m build).</translation>
    </message>
    <message>
        <source>%1 holds the project %2, not %3: upload it with its own target.</source>
        <translation>%1 innehåller projektet %2, inte %3: ladda upp det med sitt eget mål.</translation>
    </message>
    <message>
        <source>%1 has the version &quot;%2&quot;, which is not a PEP 440 version.</source>
        <translation>%1 har versionen ”%2”, som inte är en PEP 440-version.</translation>
    </message>
    <message>
        <source>%1 holds %2 %3, but the release is %4: build it again from the release commit.</source>
        <translation>%1 innehåller %2 %3, men utgåvan är %4: bygg den igen från utgåvans incheckning.</translation>
    </message>
    <message>
        <source>%1 is given twice: an index takes each file name once.</source>
        <translation>%1 anges två gånger: ett index tar emot varje filnamn bara en gång.</translation>
    </message>
    <message>
        <source>Publish %1 %2 to PyPI</source>
        <translation>Publicera %1 %2 på PyPI</translation>
    </message>
    <message>
        <source>Index: %1</source>
        <translation>Index: %1</translation>
    </message>
    <message>
        <source>Upload to: %1</source>
        <translation>Ladda upp till: %1</translation>
    </message>
    <message>
        <source>%1 (sha256 %2)</source>
        <translation>%1 (sha256 %2)</translation>
    </message>
    <message>
        <source>The index&apos;s answer for %1 is not a JSON project.</source>
        <translation>Indexets svar för %1 är inget JSON-projekt.</translation>
    </message>
    <message>
        <source>%1 is already on %2 with other content (sha256 %3); this release&apos;s file is sha256 %4. A file is never overwritten: release the next version instead.</source>
        <translation>%1 finns redan på %2 med annat innehåll (sha256 %3); denna releases fil har sha256 %4. En fil skrivs aldrig över: släpp nästa version i stället.</translation>
    </message>
    <message>
        <source>Cannot read the distribution file: %1.</source>
        <translation>Distributionsfilen kan inte läsas: %1.</translation>
    </message>
    <message>
        <source>%1 changed since the release was planned (sha256 now %2, planned %3): abort the release and plan it again.</source>
        <translation>%1 har ändrats sedan releasen planerades (sha256 nu %2, planerat %3): avbryt releasen och planera den igen.</translation>
    </message>
    <message>
        <source>Uploading %1 to %2 (token from %3)</source>
        <translation>Laddar upp %1 till %2 (token från %3)</translation>
    </message>
    <message>
        <source>%1 does not let the token from %2 upload %3 (HTTP 403): use a token scoped to the project, or check that it is still valid.</source>
        <translation>%1 låter inte token från %2 ladda upp %3 (HTTP 403): använd en token för projektet, eller kontrollera att den fortfarande är giltig.</translation>
    </message>
    <message>
        <source>The upload of %1 failed (%2); asking the index whether it arrived.</source>
        <translation>Uppladdningen av %1 misslyckades (%2); frågar indexet om den kom fram.</translation>
    </message>
    <message>
        <source>%1 was already on the index with the same sha256.</source>
        <translation>%1 fanns redan i indexet med samma sha256.</translation>
    </message>
    <message>
        <source>%1 refused %2 (HTTP 400): %3</source>
        <translation>%1 avvisade %2 (HTTP 400): %3</translation>
    </message>
    <message>
        <source>%1 is already on the index; not uploaded again.</source>
        <translation>%1 finns redan i indexet; laddas inte upp igen.</translation>
    </message>
    <message>
        <source>%1 accepted the files of %2 %3 but does not list them all after %4 s: check the index, then resume the release.</source>
        <translation>%1 tog emot filerna för %2 %3 men listar inte alla efter %4 s: kontrollera indexet och återuppta sedan releasen.</translation>
    </message>
    <message>
        <source>Verified: %1 lists %2 %3 with %4 files and their sha256.</source>
        <translation>Verifierat: %1 listar %2 %3 med %4 filer och deras sha256.</translation>
    </message>
    <message>
        <source>The files of %1 %2 stay on %3: an index never takes a file name twice, so they are not deleted. Release the next version with the fix.</source>
        <translation>Filerna för %1 %2 ligger kvar på %3: ett index tar aldrig emot ett filnamn två gånger, så de tas inte bort. Släpp nästa version med rättelsen.</translation>
    </message>
    <message>
        <source>%1 is not named like a wheel (name-version-python-abi-platform.whl).</source>
        <translation>%1 är inte namngiven som en wheel (name-version-python-abi-platform.whl).</translation>
    </message>
    <message>
        <source>%1 is neither a wheel (.whl) nor an sdist (.tar.gz): build it with python3 -m build.</source>
        <translation>%1 är varken en wheel (.whl) eller en sdist (.tar.gz): bygg den med python3 -m build.</translation>
    </message>
    <message>
        <source>Line %1 of the package metadata continues a field, but none came before it.</source>
        <translation>Rad %1 i paketets metadata fortsätter ett fält, men inget kom före den.</translation>
    </message>
    <message>
        <source>Line %1 of the package metadata is not a &quot;Key: value&quot; field: %2</source>
        <translation>Rad %1 i paketets metadata är inget fält ”Nyckel: värde”: %2</translation>
    </message>
    <message>
        <source>The package metadata has no %1: it was not written by a Python build tool.</source>
        <translation>Paketets metadata saknar %1: de skrevs inte av ett byggverktyg för Python.</translation>
    </message>
    <message>
        <source>The zip archive is broken (%1): build it again.</source>
        <translation>Zip-arkivet är trasigt (%1): bygg det igen.</translation>
    </message>
    <message>
        <source>an entry does not inflate to its size</source>
        <translation>en post packas inte upp till sin storlek</translation>
    </message>
    <message>
        <source>no zip central directory</source>
        <translation>ingen central zip-katalog</translation>
    </message>
    <message>
        <source>zip64 or a directory past the end</source>
        <translation>zip64 eller en katalog bortom slutet</translation>
    </message>
    <message>
        <source>bad directory entry at byte %1</source>
        <translation>felaktig katalogpost vid byte %1</translation>
    </message>
    <message>
        <source>an entry runs past the end</source>
        <translation>en post går förbi slutet</translation>
    </message>
    <message>
        <source>%1 is encrypted</source>
        <translation>%1 är krypterad</translation>
    </message>
    <message>
        <source>no local header for %1</source>
        <translation>inget lokalt huvud för %1</translation>
    </message>
    <message>
        <source>%1 uses compression method %2</source>
        <translation>%1 använder komprimeringsmetod %2</translation>
    </message>
    <message>
        <source>it has no %1</source>
        <translation>den saknar %1</translation>
    </message>
    <message>
        <source>%1 is not an OCI registry: the image promote step only publishes to OCI registries.</source>
        <translation>%1 är inget OCI-register: steget som befordrar en avbildning publicerar bara till OCI-register.</translation>
    </message>
    <message>
        <source>The OCI target %1 needs the registry&apos;s address (http or https) and the image&apos;s repository path: give the image as host/path/name.</source>
        <translation>OCI-målet %1 behöver registrets adress (http eller https) och avbildningens förrådssökväg: ange avbildningen som värd/sökväg/namn.</translation>
    </message>
    <message>
        <source>The image source &quot;%1&quot; is neither a tag (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;, at most 128, {commit} allowed) nor a sha256 digest.</source>
        <translation>Avbildningskällan ”%1” är varken en tagg (bokstäver, siffror, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;, högst 128, {commit} tillåtet) eller en sha256-sammanfattning.</translation>
    </message>
    <message>
        <source>No tags to promote %1 to: name at least the version&apos;s tag.</source>
        <translation>Inga taggar att befordra %1 till: ange åtminstone versionens tagg.</translation>
    </message>
    <message>
        <source>The image tag &quot;%1&quot; is not a valid tag or is listed twice: a tag has letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, at most 128.</source>
        <translation>Avbildningstaggen ”%1” är ingen giltig tagg eller står två gånger i listan: en tagg har bokstäver, siffror, &apos;.&apos;, &apos;_&apos; och &apos;-&apos;, högst 128.</translation>
    </message>
    <message>
        <source>The version tag &quot;%1&quot; is not one of the image tags (%2).</source>
        <translation>Versionstaggen ”%1” är inte en av avbildningens taggar (%2).</translation>
    </message>
    <message>
        <source>Tag the image %1 as %2</source>
        <translation>Tagga avbildningen %1 som %2</translation>
    </message>
    <message>
        <source>Registry: %1
Source: %2
Tags: %3
Never moved: %4</source>
        <translation>Register: %1
Källa: %2
Taggar: %3
Flyttas aldrig: %4</translation>
    </message>
    <message>
        <source>The image source %1 needs the commit of the release tag %2: %3</source>
        <translation>Avbildningskällan %1 behöver incheckningen som releasetaggen %2 pekar på: %3</translation>
    </message>
    <message>
        <source>The image source %1 names {commit}, but the plan has neither a tag step nor a release tag.</source>
        <translation>Avbildningskällan %1 nämner {commit}, men planen har varken ett taggsteg eller en releasetagg.</translation>
    </message>
    <message>
        <source>The image %1 has no %2 after %3 s: CI has not pushed it (or failed). Check the CI run for the release commit, then resume the release.</source>
        <translation>Avbildningen %1 har ingen %2 efter %3 s: CI har inte skickat upp den (eller misslyckades). Kontrollera CI-körningen för releaseincheckningen och återuppta sedan releasen.</translation>
    </message>
    <message>
        <source>Waiting up to %1 s for CI to push %2:%3</source>
        <translation>Väntar upp till %1 s på att CI skickar upp %2:%3</translation>
    </message>
    <message>
        <source>%1:%2 already holds %3, but this release&apos;s image (%4) is %5. The exact version&apos;s tag is never moved: release the next version instead.</source>
        <translation>%1:%2 pekar redan på %3, men den här releasens avbildning (%4) är %5. Taggen för den exakta versionen flyttas aldrig: släpp nästa version i stället.</translation>
    </message>
    <message>
        <source>the user in RELEASEDESK_OCI_USERNAME</source>
        <translation>användaren i RELEASEDESK_OCI_USERNAME</translation>
    </message>
    <message>
        <source>an anonymous caller</source>
        <translation>en anonym anropare</translation>
    </message>
    <message>
        <source>%1 forbids %2 to push %3 (HTTP 403): grant that user push rights on the repository, or promote with another account.</source>
        <translation>%1 förbjuder %2 att skicka upp %3 (HTTP 403): ge den användaren skrivrätt till förrådet, eller befordra med ett annat konto.</translation>
    </message>
    <message>
        <source>Tagging %1:%2 as %3 (%4)</source>
        <translation>Taggar %1:%2 som %3 (%4)</translation>
    </message>
    <message>
        <source>Storing the tag %1 failed (%2); asking the registry whether it arrived.</source>
        <translation>Att lagra taggen %1 misslyckades (%2); frågar registret om den kom fram.</translation>
    </message>
    <message>
        <source>Promoting %1:%2 (%3, %4)</source>
        <translation>Befordrar %1:%2 (%3, %4)</translation>
    </message>
    <message>
        <source>%1:%2 already holds %3.</source>
        <translation>%1:%2 pekar redan på %3.</translation>
    </message>
    <message>
        <source>Verified: %1 has %2 as %3.</source>
        <translation>Kontrollerat: %1 har %2 som %3.</translation>
    </message>
    <message>
        <source>%1 accepted the tags %2 but does not answer %3 for all of them after %4 s: check the registry, then resume the release.</source>
        <translation>%1 tog emot taggarna %2 men svarar inte %3 för alla efter %4 s: kontrollera registret och återuppta sedan releasen.</translation>
    </message>
    <message>
        <source>The tags %1 of %2 stay: the exact version&apos;s tag is never deleted, and the floating tags move back with a release of the earlier version.</source>
        <translation>Taggarna %1 för %2 ligger kvar: taggen för den exakta versionen tas aldrig bort, och de rörliga taggarna flyttas tillbaka med en release av den tidigare versionen.</translation>
    </message>
    <message>
        <source>Cannot read the release asset %1: %2. Build it first, or leave it out of the release&apos;s assets.</source>
        <translation>Det går inte att läsa releasetillgången %1: %2. Bygg den först, eller ta bort den från releasens tillgångar.</translation>
    </message>
    <message>
        <source>A GitHub release needs the API address, the project as owner/name and a tag; got &quot;%1&quot;, &quot;%2&quot; and &quot;%3&quot;.</source>
        <translation>En GitHub-release behöver API-adressen, projektet som owner/name och en tagg; fick ”%1”, ”%2” och ”%3”.</translation>
    </message>
    <message>
        <source>Two release assets are named %1: a release holds one file of each name. Rename one.</source>
        <translation>Två releasetillgångar heter %1: en release rymmer en fil per namn. Byt namn på en av dem.</translation>
    </message>
    <message>
        <source>Publish the release %1 on %2</source>
        <translation>Publicera releasen %1 på %2</translation>
    </message>
    <message>
        <source>Forge: %1
Tag: %2
Name: %3
Pre-release: %4
Assets: %5</source>
        <translation>Forge: %1
Tagg: %2
Namn: %3
Förhandsversion: %4
Tillgångar: %5</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>ingen token</translation>
    </message>
    <message>
        <source>%1 refused the token (%2) while %3 (HTTP 401): it is missing, expired or revoked. Store a valid token in the keychain or set GITHUB_TOKEN, then resume the release.</source>
        <translation>%1 avvisade token (%2) vid %3 (HTTP 401): den saknas, har gått ut eller har återkallats. Lägg en giltig token i nyckelringen eller sätt GITHUB_TOKEN, och återuppta sedan releasen.</translation>
    </message>
    <message>
        <source>%1 does not let the token (%2) do this: %3 (HTTP 403). It needs write access to the repository&apos;s contents (the repo scope, or contents: write).</source>
        <translation>%1 låter inte token (%2) göra detta: %3 (HTTP 403). Den behöver skrivåtkomst till förrådets innehåll (omfånget repo, eller contents: write).</translation>
    </message>
    <message>
        <source>%1 was not found while %2 (HTTP 404): check the forge&apos;s api and project, and that the token (%3) can see the repository.</source>
        <translation>%1 hittades inte vid %2 (HTTP 404): kontrollera forgens api och project, och att token (%3) kan se förrådet.</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>saknas: %1</translation>
    </message>
    <message>
        <source>different: %1</source>
        <translation>avvikande: %1</translation>
    </message>
    <message>
        <source>unfinished: %1</source>
        <translation>ofullständig: %1</translation>
    </message>
    <message>
        <source>%1 already has a published release %2 with other assets (%3). A published release is never changed: fix it on the forge by hand, or release the next version.</source>
        <translation>%1 har redan en publicerad release %2 med andra tillgångar (%3). En publicerad release ändras aldrig: rätta den för hand på forgen, eller släpp nästa version.</translation>
    </message>
    <message>
        <source>reading release %1</source>
        <translation>läsning av release %1</translation>
    </message>
    <message>
        <source>looking for release %1</source>
        <translation>sökning efter release %1</translation>
    </message>
    <message>
        <source>Continuing the release %1 already on %2 (id %3).</source>
        <translation>Fortsätter releasen %1 som redan finns på %2 (id %3).</translation>
    </message>
    <message>
        <source>Creating the draft release %1 on %2 (token from %3).</source>
        <translation>Skapar releaseutkastet %1 på %2 (token från %3).</translation>
    </message>
    <message>
        <source>creating release %1</source>
        <translation>skapande av release %1</translation>
    </message>
    <message>
        <source>Creating the release failed (%1); looking it up on the forge.</source>
        <translation>Det gick inte att skapa releasen (%1); letar efter den på forgen.</translation>
    </message>
    <message>
        <source>Asset %1 is already on the draft.</source>
        <translation>Tillgången %1 finns redan i utkastet.</translation>
    </message>
    <message>
        <source>The draft release %1 on %2 holds another file named %3 (%4). Delete that asset from the draft on the forge, then resume the release.</source>
        <translation>Releaseutkastet %1 på %2 innehåller en annan fil som heter %3 (%4). Ta bort den tillgången från utkastet på forgen och återuppta sedan releasen.</translation>
    </message>
    <message>
        <source>The release asset %1 changed since the release was planned (now sha256:%2, planned sha256:%3): abort the release and plan it again.</source>
        <translation>Releasetillgången %1 har ändrats sedan releasen planerades (nu sha256:%2, planerat sha256:%3): avbryt releasen och planera den igen.</translation>
    </message>
    <message>
        <source>Uploading %1 (%2 bytes).</source>
        <translation>Laddar upp %1 (%2 byte).</translation>
    </message>
    <message>
        <source>uploading %1 to release %2</source>
        <translation>uppladdning av %1 till release %2</translation>
    </message>
    <message>
        <source>Uploading %1 failed (%2); checking whether the forge stored it.</source>
        <translation>Uppladdningen av %1 misslyckades (%2); kontrollerar om forgen sparade den.</translation>
    </message>
    <message>
        <source>verifying release %1</source>
        <translation>verifiering av release %1</translation>
    </message>
    <message numerus="yes">
        <source>Verified: %1 has the published release %2 with %n asset(s).</source>
        <translation>
            <numerusform>Verifierat: %1 har den publicerade releasen %2 med %n tillgång.</numerusform>
            <numerusform>Verifierat: %1 har den publicerade releasen %2 med %n tillgångar.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 accepted the release %2 but does not show it published with all its assets after %3 s: check the release on the forge, then resume the release.</source>
        <translation>%1 tog emot releasen %2 men visar den inte publicerad med alla tillgångar efter %3 s: kontrollera releasen på forgen och återuppta sedan releasen.</translation>
    </message>
    <message>
        <source>No token for %1: store one in the keychain or set GITHUB_TOKEN (it needs write access to the repository&apos;s contents).%2</source>
        <translation>Ingen token för %1: lägg en i nyckelringen eller sätt GITHUB_TOKEN (den behöver skrivåtkomst till förrådets innehåll).%2</translation>
    </message>
    <message>
        <source>Publishing the release %1.</source>
        <translation>Publicerar releasen %1.</translation>
    </message>
    <message>
        <source>publishing release %1</source>
        <translation>publicering av release %1</translation>
    </message>
    <message>
        <source>Publishing failed (%1); checking whether the forge published it.</source>
        <translation>Publiceringen misslyckades (%1); kontrollerar om forgen publicerade den.</translation>
    </message>
    <message>
        <source>draft release %1 on %2</source>
        <translation>releaseutkast %1 på %2</translation>
    </message>
    <message>
        <source>release %1 on %2</source>
        <translation>release %1 på %2</translation>
    </message>
    <message>
        <source>The release %1 stays on %2: it may already have been downloaded, so it is not deleted. Delete it on the forge by hand if it must go.</source>
        <translation>Releasen %1 ligger kvar på %2: den kan redan ha laddats ner och tas därför inte bort. Ta bort den för hand på forgen om den måste bort.</translation>
    </message>
    <message>
        <source>The forge&apos;s answer is not a release: it has no id or tag_name.</source>
        <translation>Forgens svar är ingen release: det saknar id eller tag_name.</translation>
    </message>
    <message>
        <source>Release %1 lists an asset without a name.</source>
        <translation>Releasen %1 listar en tillgång utan namn.</translation>
    </message>
    <message>
        <source>The release&apos;s upload_url &quot;%1&quot; is not an address to upload %2 to.</source>
        <translation>Releasens upload_url ”%1” är ingen adress att ladda upp %2 till.</translation>
    </message>
    <message>
        <source>%1 (there: %2 bytes, %3; planned: %4 bytes, sha256:%5)</source>
        <translation>%1 (där: %2 byte, %3; planerat: %4 byte, sha256:%5)</translation>
    </message>
    <message>
        <source>no digest</source>
        <translation>ingen kontrollsumma</translation>
    </message>
    <message>
        <source>%1 refused %2: the release is immutable (HTTP 422). An immutable release cannot be changed; release the next version, or turn off immutable releases in the repository&apos;s settings before publishing.</source>
        <translation>%1 avvisade %2: releasen är oföränderlig (HTTP 422). En oföränderlig release kan inte ändras; släpp nästa version, eller stäng av oföränderliga releaser i förrådets inställningar innan du publicerar.</translation>
    </message>
    <message>
        <source>%1 already has what %2 would add (HTTP 422 already_exists).</source>
        <translation>%1 har redan det som %2 skulle lägga till (HTTP 422 already_exists).</translation>
    </message>
    <message>
        <source>%1 rejected %2 as invalid (HTTP 422%3): %4</source>
        <translation>%1 avvisade %2 som ogiltigt (HTTP 422%3): %4</translation>
    </message>
    <message>
        <source>Stopped while waiting for CI to push %1:%2.</source>
        <translation>Stoppades medan vi väntade på att CI skulle pusha %1:%2.</translation>
    </message>
    <message>
        <source>A GitLab release needs the API address (…/api/v4), the project&apos;s path as group/name and a tag; got &quot;%1&quot;, &quot;%2&quot; and &quot;%3&quot;.</source>
        <translation>En GitLab-release behöver API-adressen (…/api/v4), projektets sökväg som grupp/namn och en tagg; fick ”%1”, ”%2” och ”%3”.</translation>
    </message>
    <message>
        <source>The tag %1 cannot be the version of a GitLab generic package, where the release&apos;s assets go: use letters, digits and . _ + - only, or release without assets.</source>
        <translation>Taggen %1 kan inte vara versionen av ett generiskt GitLab-paket, dit releasens filer går: använd bara bokstäver, siffror och . _ + -, eller släpp utan filer.</translation>
    </message>
    <message>
        <source>The forge&apos;s answer is not a GitLab release: it has no tag_name.</source>
        <translation>Forgens svar är ingen GitLab-release: det saknar tag_name.</translation>
    </message>
    <message>
        <source>Release %1&apos;s assets.links is not a list.</source>
        <translation>assets.links i release %1 är ingen lista.</translation>
    </message>
    <message>
        <source>Release %1 lists a link without a name or url.</source>
        <translation>Release %1 listar en länk utan namn eller url.</translation>
    </message>
    <message>
        <source>The forge lists a package file without an id, file_name or size.</source>
        <translation>Forgen listar en paketfil utan id, file_name eller size.</translation>
    </message>
    <message>
        <source>%1 (there: %2; planned: %3)</source>
        <translation>%1 (där: %2; planerat: %3)</translation>
    </message>
    <message>
        <source>%1 already has a release %2 (HTTP 409: %3).</source>
        <translation>%1 har redan en release %2 (HTTP 409: %3).</translation>
    </message>
    <message>
        <source>%1 rejected the release %2 as invalid (HTTP %3): %4. Check that the tag is pushed and the links&apos; names are unique, then resume the release.</source>
        <translation>%1 avvisade releasen %2 som ogiltig (HTTP %3): %4. Kontrollera att taggen är pushad och att länkarnas namn är unika, och återuppta sedan releasen.</translation>
    </message>
    <message>
        <source>%1 rejected the package file %2 (HTTP %3): %4. Rename the asset or the tag to what the generic package registry accepts.</source>
        <translation>%1 avvisade paketfilen %2 (HTTP %3): %4. Byt namn på filen eller taggen till något som det generiska paketregistret godtar.</translation>
    </message>
    <message>
        <source>%1 refused the token (%2) while %3 (HTTP 401): it is missing, expired or revoked. Store a valid token in the keychain or set GITLAB_TOKEN, then resume the release.</source>
        <translation>%1 avvisade token (%2) vid %3 (HTTP 401): den saknas, har gått ut eller har återkallats. Spara en giltig token i nyckelringen eller sätt GITLAB_TOKEN, och återuppta sedan releasen.</translation>
    </message>
    <message>
        <source>%1 does not let the token (%2) do this: %3 (HTTP 403). It needs the api scope and at least the Developer role in the project (Maintainer where the tag is protected).</source>
        <translation>%1 låter inte token (%2) göra detta: %3 (HTTP 403). Den behöver omfånget api och minst rollen Developer i projektet (Maintainer där taggen är skyddad).</translation>
    </message>
    <message>
        <source>%1 was not found while %2 (HTTP 404): check the forge&apos;s api (…/api/v4) and the project&apos;s path, that the token (%3) can see the project, and that its package registry is turned on.</source>
        <translation>%1 hittades inte vid %2 (HTTP 404): kontrollera forgens api (…/api/v4) och projektets sökväg, att token (%3) kan se projektet och att dess paketregister är påslaget.</translation>
    </message>
    <message>
        <source>%1 is limiting the token&apos;s requests while %2 (%3): wait a few minutes, then resume the release. What is uploaded stays and is not sent again.</source>
        <translation>%1 begränsar tokens förfrågningar vid %2 (%3): vänta några minuter och återuppta sedan releasen. Det som är uppladdat ligger kvar och skickas inte igen.</translation>
    </message>
    <message>
        <source>%1 failed while %2 (%3). Resume the release when the forge works again: it reads back what the forge stored before it writes anything twice.</source>
        <translation>%1 misslyckades vid %2 (%3). Återuppta releasen när forgen fungerar igen: den läser tillbaka vad forgen sparat innan den skriver något två gånger.</translation>
    </message>
    <message>
        <source>%1 did not answer while %2 (%3). Check the network and the forge&apos;s address, then resume the release: it reads back what the forge stored before it writes anything twice.</source>
        <translation>%1 svarade inte vid %2 (%3). Kontrollera nätverket och forgens adress och återuppta sedan releasen: den läser tillbaka vad forgen sparat innan den skriver något två gånger.</translation>
    </message>
    <message>
        <source>not planned: %1</source>
        <translation>inte planerat: %1</translation>
    </message>
    <message>
        <source>reading the package files of %1</source>
        <translation>läsning av paketfilerna för %1</translation>
    </message>
    <message>
        <source>linked file missing: %1</source>
        <translation>länkad fil saknas: %1</translation>
    </message>
    <message>
        <source>linked file different: %1 (there: %2 bytes, sha256:%3; planned: %4 bytes, sha256:%5)</source>
        <translation>länkad fil annorlunda: %1 (där: %2 byte, sha256:%3; planerat: %4 byte, sha256:%5)</translation>
    </message>
    <message>
        <source>%1 already has a release %2 with other links (%3). A release is never changed or deleted here: fix it on the forge by hand, or release the next version.</source>
        <translation>%1 har redan en release %2 med andra länkar (%3). En release ändras eller raderas aldrig här: rätta den för hand på forgen, eller släpp nästa version.</translation>
    </message>
    <message>
        <source>The generic package %1/%2 on %3 holds another file named %4 (%5 bytes, sha256:%6; planned: %7 bytes, sha256:%8). Delete that file in the project&apos;s package registry, then resume the release.</source>
        <translation>Det generiska paketet %1/%2 på %3 innehåller en annan fil som heter %4 (%5 byte, sha256:%6; planerat: %7 byte, sha256:%8). Radera den filen i projektets paketregister och återuppta sedan releasen.</translation>
    </message>
    <message>
        <source>Asset %1 is already in the package %2/%3.</source>
        <translation>Filen %1 finns redan i paketet %2/%3.</translation>
    </message>
    <message>
        <source>uploading %1 to the package %2/%3</source>
        <translation>uppladdning av %1 till paketet %2/%3</translation>
    </message>
    <message>
        <source>%1 accepted the release %2 but does not show it with all its links after %3 s: check the release on the forge, then resume the release.</source>
        <translation>%1 tog emot releasen %2 men visar den inte med alla länkar efter %3 s: kontrollera releasen på forgen och återuppta sedan releasen.</translation>
    </message>
    <message numerus="yes">
        <source>Verified: %1 has the release %2 with %n link(s) to its package files.</source>
        <translation>
            <numerusform>Verifierat: %1 har releasen %2 med %n länk till sina paketfiler.</numerusform>
            <numerusform>Verifierat: %1 har releasen %2 med %n länkar till sina paketfiler.</numerusform>
        </translation>
    </message>
    <message>
        <source>No token for %1: store one in the keychain or set GITLAB_TOKEN (it needs the api scope and at least the Developer role).%2</source>
        <translation>Ingen token för %1: spara en i nyckelringen eller sätt GITLAB_TOKEN (den behöver omfånget api och minst rollen Developer).%2</translation>
    </message>
    <message>
        <source>The release %1 is already on %2.</source>
        <translation>Releasen %1 finns redan på %2.</translation>
    </message>
    <message>
        <source>Creating the release %1 on %2 (token from %3).</source>
        <translation>Skapar releasen %1 på %2 (token från %3).</translation>
    </message>
    <message numerus="yes">
        <source>generic package %1/%2 on %3 (%n file(s))</source>
        <translation>
            <numerusform>generiskt paket %1/%2 på %3 (%n fil)</numerusform>
            <numerusform>generiskt paket %1/%2 på %3 (%n filer)</numerusform>
        </translation>
    </message>
    <message>
        <source>the user %1 from %2</source>
        <translation>användaren %1 från %2</translation>
    </message>
    <message>
        <source>%1 refused %2 for %3 (HTTP 401): store the user name and a password or access token with push rights on the repository in the system keychain (%4 --username NAME, the token on stdin), or set RELEASEDESK_OCI_USERNAME and RELEASEDESK_OCI_PASSWORD.</source>
        <translation>%1 avvisade %2 för %3 (HTTP 401): spara användarnamnet och ett lösenord eller en åtkomsttoken med push-rätt till förrådet i systemets nyckelring (%4 --username NAMN, token på stdin), eller sätt RELEASEDESK_OCI_USERNAME och RELEASEDESK_OCI_PASSWORD.</translation>
    </message>
    <message>
        <source>%1 refused the token from %2 (HTTP 401): create a new API token and store it in the system keychain (%3, the token on stdin) or set it in TWINE_PASSWORD or PYPI_TOKEN.</source>
        <translation>%1 avvisade token från %2 (HTTP 401): skapa en ny API-token och spara den i systemets nyckelring (%3, token på stdin) eller sätt den i TWINE_PASSWORD eller PYPI_TOKEN.</translation>
    </message>
    <message>
        <source>No PyPI token for %1: store an API token in the system keychain (%2, the token on stdin) or set TWINE_PASSWORD or PYPI_TOKEN to one (it is sent as the user __token__).</source>
        <translation>Ingen PyPI-token för %1: spara en API-token i systemets nyckelring (%2, token på stdin) eller sätt TWINE_PASSWORD eller PYPI_TOKEN till en (den skickas som användaren __token__).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registry or forge address: give it as https://host[:port][/path], as in .releasedesk.yml.</source>
        <translation>”%1” är inte adressen till ett register eller en forge: ange den som https://host[:port][/path], som i .releasedesk.yml.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a user name or password in it: give the address without them (the user name goes in --username, the token on stdin).</source>
        <translation>”%1” innehåller ett användarnamn eller lösenord: ange adressen utan dem (användarnamnet hör till --username, token till stdin).</translation>
    </message>
    <message>
        <source>A command step lacks its command or index.</source>
        <translation>Ett kommandosteg saknar kommando eller index.</translation>
    </message>
    <message>
        <source>A forge release step lacks its forge, tag or an asset&apos;s path, name, size or sha256.</source>
        <translation>Ett forge-utgivningssteg saknar forge, tagg eller en fils sökväg, namn, storlek eller sha256.</translation>
    </message>
    <message>
        <source>An npm publish step lacks its registry, tarball, package, version or integrity.</source>
        <translation>Ett npm-publiceringssteg saknar register, tar-arkiv, paket, version eller integritet.</translation>
    </message>
    <message>
        <source>An OCI promote step lacks its registry, repository, source or version tag.</source>
        <translation>Ett OCI-steg saknar register, förråd, källa eller versionstagg.</translation>
    </message>
    <message>
        <source>A PyPI publish step lacks its index, upload address, package, version or files.</source>
        <translation>Ett PyPI-publiceringssteg saknar index, uppladdningsadress, paket, version eller filer.</translation>
    </message>
    <message>
        <source>Cannot read the artifact: %1</source>
        <translation>Artefakten kan inte läsas: %1</translation>
    </message>
    <message>
        <source>publish.build “%1” needs {commit}, which exists only once the release is committed: build after the tag instead</source>
        <translation>publish.build ”%1” behöver {commit}, som finns först när releasen är incheckad: bygg efter taggen i stället</translation>
    </message>
    <message>
        <source>%1: publish: “%2” needs {commit}, which exists only once the release is committed: build after the tag instead</source>
        <translation>%1: publish: ”%2” behöver {commit}, som finns först när releasen är incheckad: bygg efter taggen i stället</translation>
    </message>
    <message>
        <source>Cannot make a scratch folder to build in: %1</source>
        <translation>Ingen tillfällig mapp att bygga i kan skapas: %1</translation>
    </message>
    <message>
        <source>Writing the files of %1 with the release&apos;s changes into a scratch folder</source>
        <translation>Skriver filerna i %1 med releasens ändringar till en tillfällig mapp</translation>
    </message>
    <message>
        <source>Cannot make the folder of a changed file</source>
        <translation>Mappen för en ändrad fil kan inte skapas</translation>
    </message>
    <message>
        <source>Cannot keep the artifact %1</source>
        <translation>Artefakten %1 kan inte sparas</translation>
    </message>
    <message>
        <source>Cannot keep the built artifacts</source>
        <translation>De byggda artefakterna kan inte sparas</translation>
    </message>
    <message numerus="yes">
        <source>Built %n artifacts for %1</source>
        <translation>
            <numerusform>Byggde %n artefakt för %1</numerusform>
            <numerusform>Byggde %n artefakter för %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The record of the prebuilt artifacts is not readable; build them again</source>
        <translation>Registret över de förbyggda artefakterna kan inte läsas; bygg dem igen</translation>
    </message>
    <message>
        <source>The artifact %1 reviewed for %2 is gone (%3); build it again</source>
        <translation>Artefakten %1 som granskades för %2 är borta (%3); bygg den igen</translation>
    </message>
    <message>
        <source>The artifact %1 changed since it was reviewed for %2 (sha256 %3, reviewed %4); nothing was published from it. Build it again</source>
        <translation>Artefakten %1 har ändrats sedan den granskades för %2 (sha256 %3, granskad %4); inget publicerades från den. Bygg den igen</translation>
    </message>
    <message>
        <source>expected a map with build:, commands:, verify_timeout: and build_first:</source>
        <translation>förväntade en mappning med build:, commands:, verify_timeout: och build_first:</translation>
    </message>
</context>
<context>
    <name>rd::release</name>
    <message>
        <source>HEAD is detached. Check out a release branch (%1).</source>
        <translation>HEAD är frikopplat. Checka ut en releasegren (%1).</translation>
    </message>
    <message>
        <source>%1 is not a release branch. Releases are made from %2; switch branches, or add it to release.branches in .releasedesk.yml.</source>
        <translation>%1 är ingen releasegren. Utgåvor görs från %2; byt gren, eller lägg till den i release.branches i .releasedesk.yml.</translation>
    </message>
    <message>
        <source>%1 is a release branch.</source>
        <translation>%1 är en releasegren.</translation>
    </message>
    <message>
        <source>On a release branch</source>
        <translation>På en releasegren</translation>
    </message>
    <message>
        <source>A commit step lacks its branch, base, message or files.</source>
        <translation>Ett incheckningssteg saknar gren, bas, meddelande eller filer.</translation>
    </message>
    <message numerus="yes">
        <source>Commit %n file(s) on %1</source>
        <translation>
            <numerusform>Checka in %n fil på %1</numerusform>
            <numerusform>Checka in %n filer på %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Author: %1 &lt;%2&gt;%3
Parent: %4 (%5)
Files:
%6

%7</source>
        <translation>Författare: %1 &lt;%2&gt;%3
Förälder: %4 (%5)
Filer:
%6

%7</translation>
    </message>
    <message>
        <source> (signed with %1)</source>
        <translation> (signerad med %1)</translation>
    </message>
    <message>
        <source>The branch %1 no longer exists.</source>
        <translation>Grenen %1 finns inte längre.</translation>
    </message>
    <message>
        <source>The branch %1 moved to %2 since the release started from %3. Abort the release and plan it again.</source>
        <translation>Grenen %1 har flyttats till %2 sedan utgivningen startade från %3. Avbryt utgivningen och planera den igen.</translation>
    </message>
    <message>
        <source>HEAD is no longer on %1 (now: %2). Switch back to %1, then resume.</source>
        <translation>HEAD är inte längre på %1 (nu: %2). Byt tillbaka till %1 och återuppta sedan.</translation>
    </message>
    <message>
        <source>The file no longer holds what the release wrote, so it was not committed. Abort, or restore it and resume.</source>
        <translation>Filen innehåller inte längre det som utgivningen skrev, så den checkades inte in. Avbryt, eller återställ den och återuppta.</translation>
    </message>
    <message>
        <source>commit.gpgSign asks for a signed commit but no signer is available.</source>
        <translation>commit.gpgSign kräver en signerad incheckning men ingen signerare finns tillgänglig.</translation>
    </message>
    <message>
        <source>The branch %1 has moved past the release commit %2, so it was not reset. Reset it by hand if you want the commit gone.</source>
        <translation>Grenen %1 har gått förbi utgivningens incheckning %2, så den återställdes inte. Återställ den för hand om du vill bli av med incheckningen.</translation>
    </message>
    <message>
        <source>The release journal has an unknown format; it was written by another ReleaseDesk version.</source>
        <translation>Utgivningsjournalen har ett okänt format; den skrevs av en annan version av ReleaseDesk.</translation>
    </message>
    <message>
        <source>The release journal has no valid state.</source>
        <translation>Utgivningsjournalen har inget giltigt tillstånd.</translation>
    </message>
    <message>
        <source>The release journal has a step without id or state.</source>
        <translation>Utgivningsjournalen har ett steg utan id eller tillstånd.</translation>
    </message>
    <message>
        <source>The release journal is not valid JSON (%1). It is written atomically, so it was edited by hand or the disk is damaged.</source>
        <translation>Utgivningsjournalen är inte giltig JSON (%1). Den skrivs atomärt, så den har redigerats för hand eller så är disken skadad.</translation>
    </message>
    <message>
        <source>Cannot create the journal folder.</source>
        <translation>Kan inte skapa journalmappen.</translation>
    </message>
    <message>
        <source>The commits since the last release were not counted.</source>
        <translation>Incheckningarna sedan den senaste utgåvan räknades inte.</translation>
    </message>
    <message>
        <source>Nothing to release: there is no commit since %1.</source>
        <translation>Inget att ge ut: det finns ingen incheckning sedan %1.</translation>
    </message>
    <message>
        <source>the last release</source>
        <translation>den senaste utgåvan</translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) since %1.</source>
        <translation>
            <numerusform>%n incheckning sedan %1.</numerusform>
            <numerusform>%n incheckningar sedan %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>the start</source>
        <translation>början</translation>
    </message>
    <message>
        <source>There is something to release</source>
        <translation>Det finns något att ge ut</translation>
    </message>
    <message>
        <source>Checks done</source>
        <translation>Kontrollerna är klara</translation>
    </message>
    <message>
        <source>No remote to check against.</source>
        <translation>Inget fjärrförråd att kontrollera mot.</translation>
    </message>
    <message>
        <source>The push step needs network access, which this run was started without.</source>
        <translation>Push-steget behöver nätverksåtkomst, som den här körningen startades utan.</translation>
    </message>
    <message>
        <source>A push step lacks its remote or refs.</source>
        <translation>Ett push-steg saknar fjärrförråd eller referenser.</translation>
    </message>
    <message>
        <source>Push %1 to %2</source>
        <translation>Skicka %1 till %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> och </translation>
    </message>
    <message>
        <source>Remote: %1 (%2)</source>
        <translation>Fjärrförråd: %1 (%2)</translation>
    </message>
    <message>
        <source>  %1 -&gt; %2 (on the remote now: %3)</source>
        <translation>  %1 -&gt; %2 (på fjärrförrådet nu: %3)</translation>
    </message>
    <message>
        <source>The remote %1 now points at %2, not at %3 as when the release was planned. Restore the URL, or abort and plan again.</source>
        <translation>Fjärrförrådet %1 pekar nu på %2, inte på %3 som när utgivningen planerades. Återställ URL:en, eller avbryt och planera igen.</translation>
    </message>
    <message>
        <source>There is nothing to push: %1 does not exist.</source>
        <translation>Det finns inget att skicka: %1 finns inte.</translation>
    </message>
    <message>
        <source>Pushing %1 to %2 (%3)</source>
        <translation>Skickar %1 till %2 (%3)</translation>
    </message>
    <message>
        <source>No step to add.</source>
        <translation>Inget steg att lägga till.</translation>
    </message>
    <message>
        <source>The plan already has a step &quot;%1&quot;.</source>
        <translation>Planen har redan ett steg ”%1”.</translation>
    </message>
    <message>
        <source>The release plan has format %1; this ReleaseDesk reads %2.</source>
        <translation>Utgivningsplanen har formatet %1; den här versionen av ReleaseDesk läser %2.</translation>
    </message>
    <message numerus="yes">
        <source>Release %1 (tag %2) from %3 at %4: %n step(s)
</source>
        <translation>
            <numerusform>Utgivning %1 (tagg %2) från %3 vid %4: %n steg
</numerusform>
            <numerusform>Utgivning %1 (tagg %2) från %3 vid %4: %n steg
</numerusform>
        </translation>
    </message>
    <message>
        <source> [changes the remote]</source>
        <translation> [ändrar fjärrförrådet]</translation>
    </message>
    <message>
        <source>A release needs a work tree; this repository is bare.</source>
        <translation>En utgivning behöver en arbetskatalog; det här förrådet är naket (bare).</translation>
    </message>
    <message>
        <source>HEAD is not on a branch. Check out the branch to release (e.g. git switch main).</source>
        <translation>HEAD är inte på någon gren. Checka ut grenen som ska ges ut (t.ex. git switch main).</translation>
    </message>
    <message>
        <source>The release has no tag name.</source>
        <translation>Utgivningen har inget taggnamn.</translation>
    </message>
    <message>
        <source>A release may only write files inside the work tree, by relative &apos;/&apos;-separated path.</source>
        <translation>En utgivning får bara skriva filer inuti arbetskatalogen, via en relativ sökväg med &apos;/&apos; som avgränsare.</translation>
    </message>
    <message>
        <source>Two planners want to write the same file; merge their changes first.</source>
        <translation>Två planerare vill skriva samma fil; slå först ihop deras ändringar.</translation>
    </message>
    <message>
        <source>There is no remote to push the release to. Add one (git remote add origin URL) or turn pushing off.</source>
        <translation>Det finns inget fjärrförråd att skicka utgivningen till. Lägg till ett (git remote add origin URL) eller stäng av skickandet.</translation>
    </message>
    <message>
        <source>Another ReleaseDesk is running a release in this repository. Wait for it to finish.</source>
        <translation>En annan ReleaseDesk gör en utgivning i det här förrådet. Vänta tills den är klar.</translation>
    </message>
    <message>
        <source>A release (%1) was stopped before it finished. Resume it or abort it first.</source>
        <translation>En utgivning (%1) stoppades innan den var klar. Återuppta eller avbryt den först.</translation>
    </message>
    <message>
        <source>There is no unfinished release in this repository.</source>
        <translation>Det finns ingen oavslutad utgivning i det här förrådet.</translation>
    </message>
    <message>
        <source>The journal&apos;s steps do not match its plan.</source>
        <translation>Journalens steg stämmer inte med dess plan.</translation>
    </message>
    <message>
        <source>The release was cancelled before &quot;%1&quot;. Resume it or abort it.</source>
        <translation>Utgivningen avbröts före ”%1”. Återuppta eller avbryt den.</translation>
    </message>
    <message>
        <source>Already done: %1</source>
        <translation>Redan gjort: %1</translation>
    </message>
    <message>
        <source>Release %1 done</source>
        <translation>Utgivning %1 klar</translation>
    </message>
    <message>
        <source>Cannot tell whether &quot;%1&quot; reached the remote (%2). Nothing was undone; try again when the remote can be reached, or resume the release.</source>
        <translation>Det går inte att avgöra om ”%1” nådde fjärrförrådet (%2). Ingenting ångrades; försök igen när fjärrförrådet kan nås, eller återuppta utgivningen.</translation>
    </message>
    <message>
        <source>The release already reached the remote (%1). Nothing was undone. Resume to finish it, or abort with confirmation to also remove it from the remote.</source>
        <translation>Utgivningen har redan nått fjärrförrådet (%1). Ingenting ångrades. Återuppta för att slutföra den, eller avbryt med bekräftelse för att även ta bort den från fjärrförrådet.</translation>
    </message>
    <message>
        <source>Undoing: %1</source>
        <translation>Ångrar: %1</translation>
    </message>
    <message>
        <source>expected a mapping (branches, remote, push, commit-message)</source>
        <translation>förväntade en mappning (branches, remote, push, commit-message)</translation>
    </message>
    <message>
        <source>the commit message must not be empty</source>
        <translation>incheckningsmeddelandet får inte vara tomt</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>den här sessionen</translation>
    </message>
    <message>
        <source>The plan has a step of unknown kind &quot;%1&quot;; it was written by a newer ReleaseDesk.</source>
        <translation>Planen har ett steg av okänd sort ”%1”; den skrevs av en nyare ReleaseDesk.</translation>
    </message>
    <message>
        <source>The plan&apos;s step &quot;%1&quot; does not rebuild to the same step.</source>
        <translation>Planens steg ”%1” återskapas inte till samma steg.</translation>
    </message>
    <message>
        <source>Cannot list the tags of %1: %2</source>
        <translation>Kan inte lista taggarna på %1: %2</translation>
    </message>
    <message>
        <source>The tag %1 already exists on %2: version %3 was released already. Choose another version.</source>
        <translation>Taggen %1 finns redan på %2: version %3 har redan getts ut. Välj en annan version.</translation>
    </message>
    <message>
        <source>The tag %1 already exists in this clone%2.</source>
        <translation>Taggen %1 finns redan i den här klonen%2.</translation>
    </message>
    <message>
        <source> (but not on %1)</source>
        <translation> (men inte på %1)</translation>
    </message>
    <message>
        <source>Delete the local tag %1</source>
        <translation>Ta bort den lokala taggen %1</translation>
    </message>
    <message>
        <source>%1 does not exist yet.</source>
        <translation>%1 finns inte än.</translation>
    </message>
    <message>
        <source>%1 exists neither here nor on %2.</source>
        <translation>%1 finns varken här eller på %2.</translation>
    </message>
    <message>
        <source>Tag is free</source>
        <translation>Taggen är ledig</translation>
    </message>
    <message>
        <source>A tag step lacks its name, message or target.</source>
        <translation>Ett taggsteg saknar namn, meddelande eller mål.</translation>
    </message>
    <message>
        <source>Create the signed tag %1</source>
        <translation>Skapa den signerade taggen %1</translation>
    </message>
    <message>
        <source>Create the annotated tag %1</source>
        <translation>Skapa den annoterade taggen %1</translation>
    </message>
    <message>
        <source>the commit made by step &quot;%1&quot;</source>
        <translation>incheckningen som görs av steget ”%1”</translation>
    </message>
    <message>
        <source>Tag: %1
On: %2
Tagger: %3 &lt;%4&gt;%5

%6</source>
        <translation>Tagg: %1
På: %2
Taggare: %3 &lt;%4&gt;%5

%6</translation>
    </message>
    <message>
        <source>The tag needs the commit of step &quot;%1&quot;, which has not run.</source>
        <translation>Taggen behöver incheckningen från steget ”%1”, som inte har körts.</translation>
    </message>
    <message>
        <source>The tag %1 already exists and is not the one this release makes. Delete it (git tag -d %1) if it is a leftover, or release another version.</source>
        <translation>Taggen %1 finns redan och är inte den som den här utgivningen skapar. Ta bort den (git tag -d %1) om den är en kvarleva, eller ge ut en annan version.</translation>
    </message>
    <message>
        <source>tag.gpgSign asks for a signed tag but no signer is available.</source>
        <translation>tag.gpgSign kräver en signerad tagg men ingen signerare finns tillgänglig.</translation>
    </message>
    <message>
        <source>HEAD is not on a branch.</source>
        <translation>HEAD är inte på någon gren.</translation>
    </message>
    <message>
        <source>%1 has no upstream and there is no remote: the release stays in this clone.</source>
        <translation>%1 har ingen uppströmsgren och det finns inget fjärrförråd: utgivningen stannar i den här klonen.</translation>
    </message>
    <message>
        <source>%1 has no upstream branch, so it cannot be compared; the release pushes it to %2.</source>
        <translation>%1 har ingen uppströmsgren, så den kan inte jämföras; utgivningen skickar den till %2.</translation>
    </message>
    <message>
        <source>Fetching %1</source>
        <translation>Hämtar %1</translation>
    </message>
    <message>
        <source>Cannot fetch %1 to compare: %2</source>
        <translation>Kan inte hämta %1 för att jämföra: %2</translation>
    </message>
    <message>
        <source>Cannot read %1 or its upstream.</source>
        <translation>Kan inte läsa %1 eller dess uppströmsgren.</translation>
    </message>
    <message>
        <source>The upstream %1 does not exist yet; the release creates it.</source>
        <translation>Uppströmsgrenen %1 finns inte än; utgivningen skapar den.</translation>
    </message>
    <message>
        <source>%1 and %2 have diverged (%3 local, %4 remote commits). Merge or rebase, then re-run the checks.</source>
        <translation>%1 och %2 har gått isär (%3 lokala, %4 fjärranslutna incheckningar). Slå samman eller gör rebase, och kör sedan kontrollerna igen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n commit(s) behind %2. Update it so the release includes them.</source>
        <translation>
            <numerusform>%1 ligger %n incheckning efter %2. Uppdatera den så att utgivningen tar med den.</numerusform>
            <numerusform>%1 ligger %n incheckningar efter %2. Uppdatera den så att utgivningen tar med dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fast-forward %1 to %2</source>
        <translation>Snabbspola %1 till %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n commit(s) not yet on %2; the release pushes them too.</source>
        <translation>
            <numerusform>%1 har %n incheckning som inte finns på %2 än; utgivningen skickar den också.</numerusform>
            <numerusform>%1 har %n incheckningar som inte finns på %2 än; utgivningen skickar dem också.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is up to date with %2.</source>
        <translation>%1 är à jour med %2.</translation>
    </message>
    <message>
        <source>Branch is up to date with its upstream</source>
        <translation>Grenen är à jour med sin uppströmsgren</translation>
    </message>
    <message>
        <source>%1 is the first release.</source>
        <translation>%1 är den första utgåvan.</translation>
    </message>
    <message>
        <source>%1 is not greater than the last release %2 (%3). Choose a higher version.</source>
        <translation>%1 är inte större än den senaste utgåvan %2 (%3). Välj en högre version.</translation>
    </message>
    <message>
        <source>%1 follows %2.</source>
        <translation>%1 följer på %2.</translation>
    </message>
    <message>
        <source>Next version is greater than the last release</source>
        <translation>Nästa version är större än den senaste utgåvan</translation>
    </message>
    <message>
        <source>The project declares no version sources.</source>
        <translation>Projektet deklarerar inga versionskällor.</translation>
    </message>
    <message>
        <source>Not a version: %1. Fix these files first.</source>
        <translation>Inte en version: %1. Rätta de här filerna först.</translation>
    </message>
    <message>
        <source>The version sources disagree (%1). Make them agree, then re-run the checks.</source>
        <translation>Versionskällorna stämmer inte överens (%1). Få dem att stämma, och kör sedan kontrollerna igen.</translation>
    </message>
    <message>
        <source>The version sources say %1, but the last release is %2.</source>
        <translation>Versionskällorna anger %1, men den senaste utgåvan är %2.</translation>
    </message>
    <message numerus="yes">
        <source>All %n version source(s) agree on %1.</source>
        <translation>
            <numerusform>Den %n versionskällan anger %1.</numerusform>
            <numerusform>Alla %n versionskällor anger %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Version sources agree</source>
        <translation>Versionskällorna stämmer överens</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>och %n till</numerusform>
            <numerusform>och %n till</numerusform>
        </translation>
    </message>
    <message>
        <source>A %1 is in progress. Finish or abort it first.</source>
        <translation>En %1 pågår. Slutför eller avbryt den först.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) have uncommitted changes: %1. Commit or stash them, so the release is made from what is committed.</source>
        <translation>
            <numerusform>%n fil har ändringar som inte checkats in: %1. Checka in eller lägg undan dem, så att utgivningen görs av det som är incheckat.</numerusform>
            <numerusform>%n filer har ändringar som inte checkats in: %1. Checka in eller lägg undan dem, så att utgivningen görs av det som är incheckat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n untracked file(s): %1. The release leaves them alone.</source>
        <translation>
            <numerusform>%n ospårad fil: %1. Utgivningen lämnar den orörd.</numerusform>
            <numerusform>%n ospårade filer: %1. Utgivningen lämnar dem orörda.</numerusform>
        </translation>
    </message>
    <message>
        <source>No uncommitted changes.</source>
        <translation>Inga ändringar som inte checkats in.</translation>
    </message>
    <message>
        <source>Working tree is clean</source>
        <translation>Arbetskatalogen är ren</translation>
    </message>
    <message>
        <source>A write-file step lacks its path or content.</source>
        <translation>Ett filskrivningssteg saknar sökväg eller innehåll.</translation>
    </message>
    <message>
        <source>The journal&apos;s content for %1 does not match its hash.</source>
        <translation>Journalens innehåll för %1 stämmer inte med dess hash.</translation>
    </message>
    <message>
        <source>Update %1</source>
        <translation>Uppdatera %1</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>Skapa %1</translation>
    </message>
    <message>
        <source>The file changed after the release was planned, so it was not overwritten. Review the release again to include the current content.</source>
        <translation>Filen ändrades efter att utgivningen planerades, så den skrevs inte över. Granska utgivningen igen för att ta med det aktuella innehållet.</translation>
    </message>
    <message>
        <source>Left %1 as it is: it was edited after the release planned or wrote it.</source>
        <translation>Lämnade %1 som den är: den redigerades efter att utgivningen planerade eller skrev den.</translation>
    </message>
    <message>
        <source>Cannot remove the file the release created.</source>
        <translation>Kan inte ta bort filen som utgivningen skapade.</translation>
    </message>
    <message>
        <source>This repository is bare: a release needs a work tree to write the version files in. Clone it (git clone %1) and release from the clone.</source>
        <translation>Det här förrådet är naket (bare): en utgivning behöver ett arbetsträd att skriva versionsfilerna i. Klona det (git clone %1) och ge ut från klonen.</translation>
    </message>
    <message>
        <source>The release is undone, but the metrics will not count it as a failed deployment: %1</source>
        <translation>Releasen är ångrad, men mätvärdena räknar den inte som en misslyckad driftsättning: %1</translation>
    </message>
</context>
<context>
    <name>rd::releasedraft</name>
    <message>
        <source>The release was cancelled.</source>
        <translation>Utgivningen avbröts.</translation>
    </message>
    <message>
        <source>%1: the version you chose.</source>
        <translation>%1: versionen du valde.</translation>
    </message>
    <message>
        <source>There is nothing to release.</source>
        <translation>Det finns inget att ge ut.</translation>
    </message>
    <message>
        <source>A %1 bump, as you chose (the commits call for %2).</source>
        <translation>En %1-höjning, som du valde (incheckningarna kräver %2).</translation>
    </message>
    <message>
        <source>Some version sources cannot take %1: %2</source>
        <translation>Vissa versionskällor kan inte ta emot %1: %2</translation>
    </message>
    <message>
        <source>%1 already has a section for %2. Remove it, or leave the changelog out of this release.</source>
        <translation>%1 har redan ett avsnitt för %2. Ta bort det, eller lämna ändringsloggen utanför den här utgivningen.</translation>
    </message>
    <message>
        <source>Tag pattern %1.</source>
        <translation>Taggmönster %1.</translation>
    </message>
    <message>
        <source>%1 is not counted as a version source: %2.</source>
        <translation>%1 räknas inte som en versionskälla: %2.</translation>
    </message>
    <message>
        <source>The release tags could not be read: %1</source>
        <translation>Releasetaggarna kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>Give either a version or a bump level, not both.</source>
        <translation>Ange antingen en version eller en höjningsnivå, inte båda.</translation>
    </message>
    <message>
        <source>A pre-release channel goes with a computed or bumped version; write the pre-release into the version instead (e.g. 1.4.0-%1.1).</source>
        <translation>En förhandsversionskanal hör till en beräknad eller höjd version; skriv förhandsversionen i versionen i stället (t.ex. 1.4.0-%1.1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SemVer version: %2</source>
        <translation>”%1” är ingen SemVer-version: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bump level: use major, minor or patch.</source>
        <translation>”%1” är ingen höjningsnivå: använd major, minor eller patch.</translation>
    </message>
    <message>
        <source>This repository is bare: the version files are read from HEAD&apos;s tree and cannot be changed here. A release needs a work tree: clone the repository and open the clone.</source>
        <translation>Det här förrådet är naket (bare): versionsfilerna läses från HEAD:s träd och kan inte ändras här. En utgivning behöver ett arbetsträd: klona förrådet och öppna klonen.</translation>
    </message>
    <message>
        <source>remote %1</source>
        <translation>fjärrförråd %1</translation>
    </message>
</context>
<context>
    <name>rd::semver</name>
    <message>
        <source>a breaking change in 0.x bumps the minor number (zero-major policy; set zero-major.breaking-bumps-major to change it)</source>
        <translation>en bakåtinkompatibel ändring i 0.x höjer minor-numret (zero-major-policy; ange zero-major.breaking-bumps-major för att ändra det)</translation>
    </message>
    <message>
        <source>a breaking change bumps the major number, also in 0.x (zero-major.breaking-bumps-major is set)</source>
        <translation>en bakåtinkompatibel ändring höjer major-numret, även i 0.x (zero-major.breaking-bumps-major är satt)</translation>
    </message>
    <message>
        <source>a breaking change bumps the major number</source>
        <translation>en bakåtinkompatibel ändring höjer major-numret</translation>
    </message>
    <message>
        <source>a minor change (such as a new feature) bumps the minor number</source>
        <translation>en minor-ändring (som en ny funktion) höjer minor-numret</translation>
    </message>
    <message>
        <source>a patch change (such as a bug fix) bumps the patch number</source>
        <translation>en patch-ändring (som en buggrättelse) höjer patch-numret</translation>
    </message>
    <message>
        <source>The pre-release channel is not valid: %1 Use a name such as rc, beta or alpha.</source>
        <translation>Förhandsversionskanalen är ogiltig: %1 Använd ett namn som rc, beta eller alpha.</translation>
    </message>
    <message>
        <source>The pre-release channel &apos;%1&apos; starts with a number; a channel is a name such as rc, beta or alpha.</source>
        <translation>Förhandsversionskanalen &apos;%1&apos; börjar med en siffra; en kanal är ett namn som rc, beta eller alpha.</translation>
    </message>
    <message>
        <source>The last release %1 is a pre-release; the next version is computed from the last final release.</source>
        <translation>Den senaste utgåvan %1 är en förhandsversion; nästa version beräknas från den senaste slutliga utgåvan.</translation>
    </message>
    <message>
        <source>The last pre-release %1 is not a pre-release.</source>
        <translation>Den senaste förhandsversionen %1 är ingen förhandsversion.</translation>
    </message>
    <message>
        <source>The initial version %1 is a pre-release. Set initial-version to a release such as 0.1.0 and choose a channel for its pre-releases.</source>
        <translation>Startversionen %1 är en förhandsversion. Ange initial-version till en utgåva som 0.1.0 och välj en kanal för dess förhandsversioner.</translation>
    </message>
    <message>
        <source>no release yet → %1: the first release is the initial version (set initial-version to change it)</source>
        <translation>ingen utgåva än → %1: den första utgåvan är startversionen (ange initial-version för att ändra den)</translation>
    </message>
    <message>
        <source>Nothing to release: no change since %1 calls for a new version. Commit a fix or a feature, or choose the bump level yourself.</source>
        <translation>Inget att ge ut: ingen ändring sedan %1 kräver en ny version. Checka in en rättelse eller en ny funktion, eller välj höjningsnivån själv.</translation>
    </message>
    <message>
        <source>Cannot bump %1: its %2 number is already the largest possible (%3).</source>
        <translation>Kan inte höja %1: dess %2-nummer är redan det största möjliga (%3).</translation>
    </message>
    <message>
        <source>%1 → %2: no change since %1 needs a new version by itself, but the pre-release %3 is under way towards %2</source>
        <translation>%1 → %2: ingen ändring sedan %1 behöver en ny version i sig, men förhandsversionen %3 är på väg mot %2</translation>
    </message>
    <message>
        <source>%1 → %2: the pre-release %3 is already heading for %2, so this release continues it</source>
        <translation>%1 → %2: förhandsversionen %3 är redan på väg mot %2, så den här utgåvan fortsätter den</translation>
    </message>
    <message>
        <source>the pre-release %1 is left behind: %2 is higher, so its pre-releases start over</source>
        <translation>förhandsversionen %1 lämnas kvar: %2 är högre, så dess förhandsversioner börjar om</translation>
    </message>
    <message>
        <source>%1 → %2: promotes the pre-release to the final release</source>
        <translation>%1 → %2: befordrar förhandsversionen till den slutliga utgåvan</translation>
    </message>
    <message>
        <source>%1 → %2: starts the %3 channel with the first pre-release of %1</source>
        <translation>%1 → %2: startar kanalen %3 med den första förhandsversionen av %1</translation>
    </message>
    <message>
        <source>Cannot continue %1: its pre-release number is already the largest possible (%2).</source>
        <translation>Kan inte fortsätta %1: dess förhandsversionsnummer är redan det största möjliga (%2).</translation>
    </message>
    <message>
        <source>%1 → %2: continues the %3 channel</source>
        <translation>%1 → %2: fortsätter kanalen %3</translation>
    </message>
    <message>
        <source>Cannot release %1: it sorts below the existing pre-release %2, because SemVer orders pre-release names in ASCII order (&apos;%3&apos; comes before &apos;%4&apos;). Continue on the %4 channel, or release %5.</source>
        <translation>Kan inte ge ut %1: den sorteras före den befintliga förhandsversionen %2, eftersom SemVer ordnar förhandsversionsnamn i ASCII-ordning (&apos;%3&apos; kommer före &apos;%4&apos;). Fortsätt på kanalen %4, eller ge ut %5.</translation>
    </message>
    <message>
        <source>%1 → %2: switches from the %3 channel to %4 on the same version %5</source>
        <translation>%1 → %2: byter från kanalen %3 till %4 på samma version %5</translation>
    </message>
    <message>
        <source>the number %1 is too large (the largest is %2)</source>
        <translation>talet %1 är för stort (det största är %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PEP 440 version: %2.</source>
        <translation>&apos;%1&apos; är ingen PEP 440-version: %2.</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>texten är tom</translation>
    </message>
    <message>
        <source>the epoch %1! is not followed by a release number</source>
        <translation>epoken %1! följs inte av något releasenummer</translation>
    </message>
    <message>
        <source>it does not start with a release number such as 1.0</source>
        <translation>den börjar inte med ett releasenummer som 1.0</translation>
    </message>
    <message>
        <source>the local version after &apos;+&apos; is empty</source>
        <translation>den lokala versionen efter &apos;+&apos; är tom</translation>
    </message>
    <message>
        <source>the local version &apos;%1&apos; has an empty segment (segments are separated by single &apos;.&apos;, &apos;-&apos; or &apos;_&apos;)</source>
        <translation>den lokala versionen &apos;%1&apos; har ett tomt segment (segment avgränsas med enkla &apos;.&apos;, &apos;-&apos; eller &apos;_&apos;)</translation>
    </message>
    <message>
        <source>the local version &apos;%1&apos; contains &apos;%2&apos; (only letters, digits and the separators &apos;.&apos;, &apos;-&apos; and &apos;_&apos; are allowed)</source>
        <translation>den lokala versionen &apos;%1&apos; innehåller &apos;%2&apos; (bara bokstäver, siffror och avgränsarna &apos;.&apos;, &apos;-&apos; och &apos;_&apos; är tillåtna)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not fit at position %2 (after the release come, each optional and in this order: a pre-release such as a1, b2 or rc1, a post-release such as .post1, a dev release such as .dev1, and a local version such as +ubuntu.1)</source>
        <translation>&apos;%1&apos; passar inte på position %2 (efter releasen kommer, var och en valfri och i den här ordningen: en förhandsversion som a1, b2 eller rc1, en efterversion som .post1, en utvecklingsversion som .dev1, och en lokal version som +ubuntu.1)</translation>
    </message>
    <message>
        <source>The Python version %1 has no SemVer form: %2.</source>
        <translation>Python-versionen %1 har ingen SemVer-form: %2.</translation>
    </message>
    <message>
        <source>its epoch (%1!) has no place in SemVer</source>
        <translation>dess epok (%1!) har ingen plats i SemVer</translation>
    </message>
    <message>
        <source>its release has %1 numbers, SemVer has three (major.minor.patch)</source>
        <translation>dess release har %1 tal, SemVer har tre (major.minor.patch)</translation>
    </message>
    <message>
        <source>its local version +%1 would read back as a post-release</source>
        <translation>dess lokala version +%1 skulle läsas tillbaka som en efterversion</translation>
    </message>
    <message>
        <source>The version %1 has no PEP 440 form: %2.</source>
        <translation>Versionen %1 har ingen PEP 440-form: %2.</translation>
    </message>
    <message>
        <source>its pre-release &apos;%1&apos; is not alpha/a, beta/b or rc, then dev, each with a number (e.g. -rc.1 or -alpha.1.dev.2)</source>
        <translation>dess förhandsversion &apos;%1&apos; är inte alpha/a, beta/b eller rc, sedan dev, var och en med ett tal (t.ex. -rc.1 eller -alpha.1.dev.2)</translation>
    </message>
    <message>
        <source>its build identifier &apos;%1&apos; would leave an empty segment in the local version</source>
        <translation>dess byggidentifierare &apos;%1&apos; skulle lämna ett tomt segment i den lokala versionen</translation>
    </message>
    <message>
        <source>contains the control character U+%1</source>
        <translation>innehåller styrtecknet U+%1</translation>
    </message>
    <message>
        <source>contains a space</source>
        <translation>innehåller ett mellanslag</translation>
    </message>
    <message>
        <source>contains &apos;%1&apos;</source>
        <translation>innehåller &apos;%1&apos;</translation>
    </message>
    <message>
        <source>has a path component starting with &apos;.&apos;</source>
        <translation>har en sökvägsdel som börjar med &apos;.&apos;</translation>
    </message>
    <message>
        <source>has a path component ending with &apos;.lock&apos;</source>
        <translation>har en sökvägsdel som slutar med &apos;.lock&apos;</translation>
    </message>
    <message>
        <source>starts with &apos;%1&apos;</source>
        <translation>börjar med &apos;%1&apos;</translation>
    </message>
    <message>
        <source>ends with &apos;%1&apos;</source>
        <translation>slutar med &apos;%1&apos;</translation>
    </message>
    <message>
        <source>ends with &apos;.lock&apos;</source>
        <translation>slutar med &apos;.lock&apos;</translation>
    </message>
    <message>
        <source>The tag pattern &apos;%1&apos; is not usable: %2.</source>
        <translation>Taggmönstret &apos;%1&apos; går inte att använda: %2.</translation>
    </message>
    <message>
        <source>it is empty (write the tag name with {version} where the version goes, e.g. v{version})</source>
        <translation>det är tomt (skriv taggnamnet med {version} där versionen ska stå, t.ex. v{version})</translation>
    </message>
    <message>
        <source>it has no {version} placeholder (write it where the version goes, e.g. v{version} or pkg@{version})</source>
        <translation>det har ingen platshållare {version} (skriv den där versionen ska stå, t.ex. v{version} eller pkg@{version})</translation>
    </message>
    <message>
        <source>it has %1 {version} placeholders; a tag names one version, so the pattern needs exactly one</source>
        <translation>det har %1 platshållare {version}; en tagg anger en version, så mönstret behöver exakt en</translation>
    </message>
    <message>
        <source>it has a &apos;%1&apos; outside the {version} placeholder (the only placeholder is {version}, in lower case)</source>
        <translation>det har ett &apos;%1&apos; utanför platshållaren {version} (den enda platshållaren är {version}, med gemener)</translation>
    </message>
    <message>
        <source>it starts with &apos;refs/&apos; (a pattern names the tag itself: write v{version}, not refs/tags/v{version})</source>
        <translation>det börjar med &apos;refs/&apos; (ett mönster anger själva taggen: skriv v{version}, inte refs/tags/v{version})</translation>
    </message>
    <message>
        <source>the text before {version} %1, which git does not allow in a tag name</source>
        <translation>texten före {version} %1, vilket git inte tillåter i ett taggnamn</translation>
    </message>
    <message>
        <source>the text after {version} %1, which git does not allow in a tag name</source>
        <translation>texten efter {version} %1, vilket git inte tillåter i ett taggnamn</translation>
    </message>
    <message>
        <source>Tag &apos;%1&apos; looks like a version tag for the pattern &apos;%2&apos;, but %3</source>
        <translation>Taggen &apos;%1&apos; ser ut som en versionstagg för mönstret &apos;%2&apos;, men %3</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>ett mellanslag</translation>
    </message>
    <message>
        <source>the %1 number is empty</source>
        <translation>%1-numret är tomt</translation>
    </message>
    <message>
        <source>the %1 number &apos;%2&apos; is not a number (only digits 0-9 are allowed)</source>
        <translation>%1-numret &apos;%2&apos; är inte ett tal (bara siffrorna 0–9 är tillåtna)</translation>
    </message>
    <message>
        <source>the %1 number has a leading zero (&apos;%2&apos;)</source>
        <translation>%1-numret har en inledande nolla (&apos;%2&apos;)</translation>
    </message>
    <message>
        <source>the %1 number &apos;%2&apos; is too large (the largest is %3)</source>
        <translation>%1-numret &apos;%2&apos; är för stort (det största är %3)</translation>
    </message>
    <message>
        <source>the pre-release after &apos;-&apos; is empty</source>
        <translation>förhandsversionen efter &apos;-&apos; är tom</translation>
    </message>
    <message>
        <source>the build metadata after &apos;+&apos; is empty</source>
        <translation>byggmetadata efter &apos;+&apos; är tom</translation>
    </message>
    <message>
        <source>%1 identifier %2 is empty (identifiers are separated by single dots, with none at either end)</source>
        <translation>%1-identifierare %2 är tom (identifierare avgränsas med enkla punkter, utan någon i ändarna)</translation>
    </message>
    <message>
        <source>the build metadata has a second &apos;+&apos; at position %1 (only one &apos;+&apos; is allowed, before the build metadata)</source>
        <translation>byggmetadata har ett andra &apos;+&apos; på position %1 (bara ett &apos;+&apos; är tillåtet, före byggmetadata)</translation>
    </message>
    <message>
        <source>%1 identifier %2 (&apos;%3&apos;) contains %4 at position %5 (only ASCII letters, digits and &apos;-&apos; are allowed)</source>
        <translation>%1-identifierare %2 (&apos;%3&apos;) innehåller %4 på position %5 (bara ASCII-bokstäver, siffror och &apos;-&apos; är tillåtna)</translation>
    </message>
    <message>
        <source>pre-release identifier %1 (&apos;%2&apos;) is a number with a leading zero</source>
        <translation>förhandsversionsidentifieraren %1 (&apos;%2&apos;) är ett tal med inledande nolla</translation>
    </message>
    <message>
        <source>it contains %1 at position %2 (a version holds only ASCII letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;+&apos;)</source>
        <translation>den innehåller %1 på position %2 (en version innehåller bara ASCII-bokstäver, siffror, &apos;.&apos;, &apos;-&apos; och &apos;+&apos;)</translation>
    </message>
    <message>
        <source>it starts with &apos;%1&apos; (a version has no prefix: the tag v1.2.3 names the version 1.2.3)</source>
        <translation>den börjar med &apos;%1&apos; (en version har inget prefix: taggen v1.2.3 anger versionen 1.2.3)</translation>
    </message>
    <message>
        <source>it starts with &apos;%1&apos; (a version starts with its major number)</source>
        <translation>den börjar med &apos;%1&apos; (en version börjar med sitt major-nummer)</translation>
    </message>
    <message>
        <source>the version core &apos;%1&apos; has %2 %3 (it needs exactly three numbers: major.minor.patch)</source>
        <translation>versionskärnan &apos;%1&apos; har %2 %3 (den behöver exakt tre tal: major.minor.patch)</translation>
    </message>
    <message>
        <source>the patch number &apos;%1&apos; is not a number (a pre-release goes after a &apos;-&apos;: &apos;%2-%3&apos;)</source>
        <translation>patch-numret &apos;%1&apos; är inte ett tal (en förhandsversion kommer efter ett &apos;-&apos;: &apos;%2-%3&apos;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a SemVer version: %2.</source>
        <translation>&apos;%1&apos; är ingen SemVer-version: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid pre-release: %2.</source>
        <translation>&apos;%1&apos; är ingen giltig förhandsversion: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 version: %3.</source>
        <translation>”%1” är ingen %2-version: %3.</translation>
    </message>
    <message>
        <source>expected 1 to 4 numbers</source>
        <translation>förväntade 1 till 4 tal</translation>
    </message>
    <message>
        <source>it must start with a number</source>
        <translation>den måste börja med ett tal</translation>
    </message>
    <message>
        <source>the qualifier is empty</source>
        <translation>kvalificeraren är tom</translation>
    </message>
    <message>
        <source>expected up to four numbers (Major.Minor.Build.Revision)</source>
        <translation>förväntade upp till fyra tal (Major.Minor.Build.Revision)</translation>
    </message>
    <message>
        <source>expected X.Y[.Z[.R]][-suffix][+metadata]</source>
        <translation>förväntade X.Y[.Z[.R]][-suffix][+metadata]</translation>
    </message>
    <message>
        <source>a number is too large</source>
        <translation>ett tal är för stort</translation>
    </message>
    <message>
        <source>The version is empty.</source>
        <translation>Versionen är tom.</translation>
    </message>
    <message>
        <source>Unknown version scheme.</source>
        <translation>Okänt versionsschema.</translation>
    </message>
    <message>
        <source>%1 cannot be written as a %2 version: %3.</source>
        <translation>%1 kan inte skrivas som en %2-version: %3.</translation>
    </message>
    <message>
        <source>Maven versions have no build metadata</source>
        <translation>Maven-versioner har inga byggmetadata</translation>
    </message>
    <message>
        <source>the version holds numbers only</source>
        <translation>versionen innehåller bara tal</translation>
    </message>
    <message>
        <source>only one number of build metadata fits, as the fourth part</source>
        <translation>bara ett tal med byggmetadata får plats, som fjärde del</translation>
    </message>
    <message>
        <source>unknown scheme</source>
        <translation>okänt schema</translation>
    </message>
    <message>
        <source>.NET four-part</source>
        <translation>.NET, fyrdelad</translation>
    </message>
    <message>
        <source>numeric</source>
        <translation>numerisk</translation>
    </message>
</context>
<context>
    <name>rd::signing</name>
    <message>
        <source>GPGME could not be initialised; check that gpg is installed.</source>
        <translation>GPGME kunde inte initieras; kontrollera att gpg är installerat.</translation>
    </message>
    <message>
        <source>Cannot start GPGME (%1). Check that gpg is installed.</source>
        <translation>Kan inte starta GPGME (%1). Kontrollera att gpg är installerat.</translation>
    </message>
    <message>
        <source>The OpenPGP engine is not available (%1). Install gnupg.</source>
        <translation>OpenPGP-motorn är inte tillgänglig (%1). Installera gnupg.</translation>
    </message>
    <message>
        <source>Cannot list the secret keys (%1).</source>
        <translation>Kan inte lista de hemliga nycklarna (%1).</translation>
    </message>
    <message>
        <source>No usable secret OpenPGP key matches &quot;%1&quot;. Set user.signingKey to one of the keys `gpg --list-secret-keys` shows, or turn off tag.gpgSign.</source>
        <translation>Ingen användbar hemlig OpenPGP-nyckel matchar ”%1”. Ange user.signingKey till en av nycklarna som `gpg --list-secret-keys` visar, eller stäng av tag.gpgSign.</translation>
    </message>
    <message>
        <source>Cannot use the key for signing (%1).</source>
        <translation>Kan inte använda nyckeln för signering (%1).</translation>
    </message>
    <message>
        <source>Out of memory while signing.</source>
        <translation>Minnet tog slut vid signering.</translation>
    </message>
    <message>
        <source>gpg could not sign (%1). If the key has a passphrase, check that gpg-agent can ask for it (a pinentry program).</source>
        <translation>gpg kunde inte signera (%1). Om nyckeln har en lösenfras, kontrollera att gpg-agent kan fråga efter den (ett pinentry-program).</translation>
    </message>
    <message>
        <source>gpg made no signature with the key &quot;%1&quot;.</source>
        <translation>gpg gjorde ingen signatur med nyckeln ”%1”.</translation>
    </message>
    <message>
        <source>git is set to sign with gpg.format=%1; ReleaseDesk signs with OpenPGP only. Set gpg.format to openpgp for this repository or turn off tag.gpgSign/commit.gpgSign.</source>
        <translation>git är inställt på att signera med gpg.format=%1; ReleaseDesk signerar bara med OpenPGP. Ange gpg.format till openpgp för det här förrådet eller stäng av tag.gpgSign/commit.gpgSign.</translation>
    </message>
</context>
<context>
    <name>rd::sources</name>
    <message>
        <source>latest release tag</source>
        <translation>senaste releasetaggen</translation>
    </message>
    <message>
        <source>The file does not exist (declared in %1).</source>
        <translation>Filen finns inte (deklarerad i %1).</translation>
    </message>
    <message>
        <source>The regular expression of %1 matches nothing.</source>
        <translation>Det reguljära uttrycket för %1 matchar ingenting.</translation>
    </message>
    <message>
        <source>A key path needs a .json, .toml, .yaml or .yml file; use a regex for other files (%1).</source>
        <translation>En nyckelsökväg behöver en .json-, .toml-, .yaml- eller .yml-fil; använd ett reguljärt uttryck för andra filer (%1).</translation>
    </message>
    <message>
        <source>The file has no value at %1 (declared in %2).</source>
        <translation>Filen har inget värde vid %1 (deklarerad i %2).</translation>
    </message>
    <message>
        <source>Inherited from [workspace.package] version of the workspace&apos;s Cargo.toml.</source>
        <translation>Ärvd från versionen i [workspace.package] i arbetsytans Cargo.toml.</translation>
    </message>
    <message>
        <source>latest release</source>
        <translation>senaste utgåvan</translation>
    </message>
    <message>
        <source>Taken from a CMake variable: %1</source>
        <translation>Hämtad från en CMake-variabel: %1</translation>
    </message>
    <message>
        <source>The image label (line %1) is %2.</source>
        <translation>Avbildningens etikett (rad %1) är %2.</translation>
    </message>
    <message>
        <source>The label is %1, set at build time (docker build --build-arg).</source>
        <translation>Etiketten är %1, satt vid byggtillfället (docker build --build-arg).</translation>
    </message>
    <message>
        <source>Also written: %1 %2 on line %3.</source>
        <translation>Skrivs också: %1 %2 på rad %3.</translation>
    </message>
    <message>
        <source>line %1 sets it again: %2</source>
        <translation>rad %1 sätter den igen: %2</translation>
    </message>
    <message>
        <source>The build computes it: %1</source>
        <translation>Bygget beräknar den: %1</translation>
    </message>
    <message>
        <source>The version property is empty; give it a value.</source>
        <translation>Versionsegenskapen är tom; ge den ett värde.</translation>
    </message>
    <message>
        <source>Computed at compile time: %1</source>
        <translation>Beräknas vid kompilering: %1</translation>
    </message>
    <message>
        <source>Computed from MSBuild properties: %1.</source>
        <translation>Beräknas från MSBuild-egenskaper: %1.</translation>
    </message>
    <message>
        <source>%1 computes it from the git history.</source>
        <translation>%1 beräknar den från git-historiken.</translation>
    </message>
    <message>
        <source>The version is ${%1}, set outside this file (for example mvn -D%1=...).</source>
        <translation>Versionen är ${%1}, satt utanför den här filen (till exempel mvn -D%1=...).</translation>
    </message>
    <message>
        <source>&lt;version&gt; is ${%1}; the property holds the value.</source>
        <translation>&lt;version&gt; är ${%1}; egenskapen innehåller värdet.</translation>
    </message>
    <message>
        <source>Hatch reads it from %1 ([tool.hatch.version] path).</source>
        <translation>Hatch läser den från %1 ([tool.hatch.version] path).</translation>
    </message>
    <message>
        <source>Hatch takes it from the git tags ([tool.hatch.version] source = &quot;vcs&quot;).</source>
        <translation>Hatch tar den från git-taggarna ([tool.hatch.version] source = &quot;vcs&quot;).</translation>
    </message>
    <message>
        <source>Hatch computes it ([tool.hatch.version]).</source>
        <translation>Hatch beräknar den ([tool.hatch.version]).</translation>
    </message>
    <message>
        <source>setuptools reads it from the attribute %1.</source>
        <translation>setuptools läser den från attributet %1.</translation>
    </message>
    <message>
        <source>setuptools reads it from the file %1.</source>
        <translation>setuptools läser den från filen %1.</translation>
    </message>
    <message>
        <source>setuptools_scm takes it from the git tags.</source>
        <translation>setuptools_scm tar den från git-taggarna.</translation>
    </message>
    <message>
        <source>PDM computes it ([tool.pdm.version]).</source>
        <translation>PDM beräknar den ([tool.pdm.version]).</translation>
    </message>
    <message>
        <source>Flit reads the module&apos;s __version__.</source>
        <translation>Flit läser modulens __version__.</translation>
    </message>
    <message>
        <source>The build backend computes it.</source>
        <translation>Byggbakänden beräknar den.</translation>
    </message>
    <message>
        <source>poetry-dynamic-versioning replaces it with the version from the git tags at build time.</source>
        <translation>poetry-dynamic-versioning ersätter den med versionen från git-taggarna vid byggtillfället.</translation>
    </message>
    <message>
        <source>Computed when the module is imported: %1</source>
        <translation>Beräknas när modulen importeras: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written as MAJOR/MINOR/TINY/PRE constants.</source>
        <translation>%1 kan inte skrivas som konstanterna MAJOR/MINOR/TINY/PRE.</translation>
    </message>
    <message>
        <source>%1 has a pre-release or build part, and the file has only MAJOR/MINOR/TINY numbers.</source>
        <translation>%1 har en förhandsversions- eller byggdel, och filen har bara talen MAJOR/MINOR/TINY.</translation>
    </message>
    <message>
        <source>Taken from %1</source>
        <translation>Hämtad från %1</translation>
    </message>
    <message>
        <source>setuptools reads it from %1 %2.</source>
        <translation>setuptools läser den från %1 %2.</translation>
    </message>
    <message>
        <source>the attribute</source>
        <translation>attributet</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>filen</translation>
    </message>
    <message>
        <source>setup(version=%1) on line %2.</source>
        <translation>setup(version=%1) på rad %2.</translation>
    </message>
    <message>
        <source>setup() computes it: version=%1</source>
        <translation>setup() beräknar den: version=%1</translation>
    </message>
    <message>
        <source>The first line is empty.</source>
        <translation>Första raden är tom.</translation>
    </message>
    <message>
        <source>unexpected text after the end of the document</source>
        <translation>oväntad text efter dokumentets slut</translation>
    </message>
    <message>
        <source>Invalid JSON at line %1: %2.</source>
        <translation>Ogiltig JSON på rad %1: %2.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>rad %1: %2</translation>
    </message>
    <message>
        <source>unterminated comment</source>
        <translation>oavslutad kommentar</translation>
    </message>
    <message>
        <source>a comment, which JSON does not allow; skipped</source>
        <translation>en kommentar, som JSON inte tillåter; överhoppad</translation>
    </message>
    <message>
        <source>nesting is too deep</source>
        <translation>nästlingen är för djup</translation>
    </message>
    <message>
        <source>the document ends where a value is expected</source>
        <translation>dokumentet slutar där ett värde förväntas</translation>
    </message>
    <message>
        <source>a value is expected</source>
        <translation>ett värde förväntas</translation>
    </message>
    <message>
        <source>a digit is expected</source>
        <translation>en siffra förväntas</translation>
    </message>
    <message>
        <source>a digit is expected after &apos;.&apos;</source>
        <translation>en siffra förväntas efter &apos;.&apos;</translation>
    </message>
    <message>
        <source>a digit is expected in the exponent</source>
        <translation>en siffra förväntas i exponenten</translation>
    </message>
    <message>
        <source>the string is not terminated</source>
        <translation>strängen är inte avslutad</translation>
    </message>
    <message>
        <source>a control character inside a string</source>
        <translation>ett styrtecken inuti en sträng</translation>
    </message>
    <message>
        <source>a \u escape needs four hex digits</source>
        <translation>en \u-escape behöver fyra hexadecimala siffror</translation>
    </message>
    <message>
        <source>an unknown escape sequence</source>
        <translation>en okänd escapesekvens</translation>
    </message>
    <message>
        <source>a trailing &apos;,&apos; before &apos;%1&apos;; ignored</source>
        <translation>ett avslutande &apos;,&apos; före &apos;%1&apos;; ignorerat</translation>
    </message>
    <message>
        <source>missing &apos;,&apos; between members; read as if it were there</source>
        <translation>&apos;,&apos; saknas mellan medlemmar; läst som om det fanns där</translation>
    </message>
    <message>
        <source>missing &apos;,&apos; between items; read as if it were there</source>
        <translation>&apos;,&apos; saknas mellan element; läst som om det fanns där</translation>
    </message>
    <message>
        <source>the document ends inside %1</source>
        <translation>dokumentet slutar inuti %1</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ett objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>en array</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;%1&apos; is expected</source>
        <translation>&apos;,&apos; eller &apos;%1&apos; förväntas</translation>
    </message>
    <message>
        <source>a member name in double quotes is expected</source>
        <translation>ett medlemsnamn inom dubbla citattecken förväntas</translation>
    </message>
    <message>
        <source>&apos;:&apos; is expected after the member name</source>
        <translation>&apos;:&apos; förväntas efter medlemsnamnet</translation>
    </message>
    <message>
        <source>The version is not a string.</source>
        <translation>Versionen är inte en sträng.</translation>
    </message>
    <message>
        <source>The version is written with escapes; edit it by hand.</source>
        <translation>Versionen är skriven med escapesekvenser; redigera den för hand.</translation>
    </message>
    <message>
        <source>The file is not valid JSON, read anyway: %1.</source>
        <translation>Filen är inte giltig JSON, läst ändå: %1.</translation>
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
        <source>All %n version source(s) agree with %1 (%2).</source>
        <translation>
            <numerusform>Den %n versionskällan stämmer med %1 (%2).</numerusform>
            <numerusform>Alla %n versionskällor stämmer med %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n version source(s) disagree with %2 (%3).</source>
        <translation>
            <numerusform>%1 av %n versionskälla avviker från %2 (%3).</numerusform>
            <numerusform>%1 av %n versionskällor avviker från %2 (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>The primary source &quot;%1&quot; (sources.primary) is not among the detected sources. Use a path or path#key as `releasedesk-cli status --json` names them.</source>
        <translation>Den primära källan ”%1” (sources.primary) finns inte bland de hittade källorna. Använd en sökväg eller sökväg#nyckel så som `releasedesk-cli status --json` namnger dem.</translation>
    </message>
    <message>
        <source>The primary source %1 has no readable version, so nothing can be compared.</source>
        <translation>Den primära källan %1 har ingen läsbar version, så ingenting kan jämföras.</translation>
    </message>
    <message>
        <source>No release tag yet: the sources are compared with %1.</source>
        <translation>Ingen releasetagg än: källorna jämförs med %1.</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>taggen %1</translation>
    </message>
    <message>
        <source>Detection of version sources was cancelled.</source>
        <translation>Sökningen efter versionskällor avbröts.</translation>
    </message>
    <message>
        <source>Looking for version files</source>
        <translation>Letar efter versionsfiler</translation>
    </message>
    <message>
        <source>The folder does not exist or cannot be read.</source>
        <translation>Mappen finns inte eller kan inte läsas.</translation>
    </message>
    <message>
        <source>it is under the %1/ folder, so it belongs to a test, fixture or example rather than to the project; list it under sources.extra in .releasedesk.yml to count it</source>
        <translation>den ligger under mappen %1/, så den hör till ett test, en fixtur eller ett exempel snarare än till projektet; lista den under sources.extra i .releasedesk.yml för att räkna den</translation>
    </message>
    <message>
        <source>it is a private package (&quot;private&quot;: true): tooling that is never published; list it under sources.extra in .releasedesk.yml to count it</source>
        <translation>det är ett privat paket (&quot;private&quot;: true): verktyg som aldrig publiceras; lista det under sources.extra i .releasedesk.yml för att räkna det</translation>
    </message>
    <message>
        <source>Reading version sources was cancelled.</source>
        <translation>Läsningen av versionskällor avbröts.</translation>
    </message>
    <message>
        <source>Reading version files</source>
        <translation>Läser versionsfiler</translation>
    </message>
    <message>
        <source>set at release: %1 is a placeholder the release tool replaces when it publishes, so it is neither compared nor written</source>
        <translation>sätts vid utgivning: %1 är en platshållare som utgivningsverktyget ersätter när det publicerar, så den varken jämförs eller skrivs</translation>
    </message>
    <message>
        <source>expected a mapping with primary, exclude, ignore and extra</source>
        <translation>förväntade en mappning med primary, exclude, ignore och extra</translation>
    </message>
    <message>
        <source>expected a list of {file, regex} or {file, key} entries</source>
        <translation>förväntade en lista med poster {file, regex} eller {file, key}</translation>
    </message>
    <message>
        <source>expected {file, regex} or {file, key}</source>
        <translation>förväntade {file, regex} eller {file, key}</translation>
    </message>
    <message>
        <source>`file` is required</source>
        <translation>`file` krävs</translation>
    </message>
    <message>
        <source>give either `regex` or `key`</source>
        <translation>ange antingen `regex` eller `key`</translation>
    </message>
    <message>
        <source>invalid regular expression: %1</source>
        <translation>ogiltigt reguljärt uttryck: %1</translation>
    </message>
    <message>
        <source>unknown scheme &quot;%1&quot;; use semver, pep440, maven, nuget, dotnet, numeric or rubygems</source>
        <translation>okänt schema ”%1”; använd semver, pep440, maven, nuget, dotnet, numeric eller rubygems</translation>
    </message>
    <message>
        <source>A version write overlaps another or lies outside the file (bytes %1-%2 of %3); nothing was written.</source>
        <translation>En versionsskrivning överlappar en annan eller ligger utanför filen (byte %1–%2 av %3); ingenting skrevs.</translation>
    </message>
    <message>
        <source>Invalid TOML at line %1: %2.</source>
        <translation>Ogiltig TOML på rad %1: %2.</translation>
    </message>
    <message>
        <source>Invalid TOML: %1.</source>
        <translation>Ogiltig TOML: %1.</translation>
    </message>
    <message>
        <source>The value is written with escapes or as a multi-line string; edit it by hand.</source>
        <translation>Värdet är skrivet med escapesekvenser eller som en flerradssträng; redigera det för hand.</translation>
    </message>
    <message>
        <source>%1 is not written: &quot;%2&quot; is not a version, so it may not be one. Fix it by hand, or add it to sources.ignore.</source>
        <translation>%1 skrivs inte: ”%2” är ingen version, så det är kanske inte en. Rätta det för hand, eller lägg till det i sources.ignore.</translation>
    </message>
    <message>
        <source>The file changed since it was read; scan again.</source>
        <translation>Filen har ändrats sedan den lästes; sök igen.</translation>
    </message>
    <message>
        <source>The file changed since the versions were planned; nothing was written. Scan again and retry.</source>
        <translation>Filen har ändrats sedan versionerna planerades; ingenting skrevs. Sök igen och försök på nytt.</translation>
    </message>
    <message>
        <source>project</source>
        <translation>projekt</translation>
    </message>
    <message>
        <source>app</source>
        <translation>app</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>diagram</translation>
    </message>
    <message>
        <source>changelog</source>
        <translation>ändringslogg</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>tagg</translation>
    </message>
    <message>
        <source>it is only compared, never written</source>
        <translation>den jämförs bara, skrivs aldrig</translation>
    </message>
    <message>
        <source>the version is computed elsewhere</source>
        <translation>versionen beräknas någon annanstans</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>den finns inte</translation>
    </message>
    <message>
        <source>its bytes are not the plain version</source>
        <translation>dess byte är inte den rena versionen</translation>
    </message>
    <message>
        <source>%1 (%2) is not written: %3.</source>
        <translation>%1 (%2) skrivs inte: %3.</translation>
    </message>
    <message>
        <source>The %1 format has no writer for this part of the version.</source>
        <translation>Formatet %1 har ingen skrivare för den här delen av versionen.</translation>
    </message>
    <message>
        <source>Invalid XML at line %1: %2.</source>
        <translation>Ogiltig XML på rad %1: %2.</translation>
    </message>
    <message>
        <source>The element holds entities, comments or CDATA; edit it by hand.</source>
        <translation>Elementet innehåller entiteter, kommentarer eller CDATA; redigera det för hand.</translation>
    </message>
    <message>
        <source>Invalid YAML at line %1: %2.</source>
        <translation>Ogiltig YAML på rad %1: %2.</translation>
    </message>
    <message>
        <source>Invalid YAML: %1.</source>
        <translation>Ogiltig YAML: %1.</translation>
    </message>
    <message>
        <source>The value is written with escapes, an anchor or over several lines; edit it by hand.</source>
        <translation>Värdet är skrivet med escapesekvenser, ett ankare eller över flera rader; redigera det för hand.</translation>
    </message>
    <message>
        <source>an empty placeholder would match every file without a version; write the version the file keeps, e.g. &quot;0.0.0&quot;</source>
        <translation>en tom platshållare skulle matcha varje fil utan version; skriv versionen som filen innehåller, t.ex. &quot;0.0.0&quot;</translation>
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
    <name>rd::util</name>
    <message>
        <source>Cannot read the file: %1.</source>
        <translation>Kan inte läsa filen: %1.</translation>
    </message>
    <message>
        <source>Cannot write the file: %1. Check that the folder is writable.</source>
        <translation>Kan inte skriva filen: %1. Kontrollera att mappen är skrivbar.</translation>
    </message>
    <message>
        <source>Writing failed (%1); the file was left unchanged.</source>
        <translation>Skrivningen misslyckades (%1); filen lämnades oförändrad.</translation>
    </message>
    <message>
        <source>Could not replace the file (%1); it was left unchanged.</source>
        <translation>Filen kunde inte ersättas (%1); den lämnades oförändrad.</translation>
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
