<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>rd::DeliveryMetrics</name>
    <message numerus="yes">
        <source>the release reached the remote and was then undone by ReleaseDesk (release --abort --confirm-remote, or Undo in the wizard); %n recorded in this clone</source>
        <translation>
            <numerusform>the release reached the remote and was then undone by ReleaseDesk (release --abort --confirm-remote, or Undo in the wizard); %n recorded in this clone</numerusform>
            <numerusform>the release reached the remote and was then undone by ReleaseDesk (release --abort --confirm-remote, or Undo in the wizard); %n recorded in this clone</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::cigate</name>
    <message numerus="yes">
        <source>%n runs on %1 succeeded: %2.</source>
        <translation>
            <numerusform>%n run on %1 succeeded: %2.</numerusform>
            <numerusform>%n runs on %1 succeeded: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CI on %1 was still going after %n minutes (%2); check again later.</source>
        <translation>
            <numerusform>CI on %1 was still going after %n minute (%2); check again later.</numerusform>
            <numerusform>CI on %1 was still going after %n minutes (%2); check again later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::gui::ChangelogPage</name>
    <message numerus="yes">
        <source>%n commits, no release yet</source>
        <translation>
            <numerusform>%n commit, no release yet</numerusform>
            <numerusform>%n commits, no release yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commits since %1</source>
        <translation>
            <numerusform>%n commit since %1</numerusform>
            <numerusform>%n commits since %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n in the notes</source>
        <translation>
            <numerusform> · %n in the notes</numerusform>
            <numerusform> · %n in the notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n left out</source>
        <translation>
            <numerusform> · %n left out</numerusform>
            <numerusform> · %n left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::gui::ConfigSourceBanner</name>
    <message numerus="yes">
        <source>%n settings could not be imported; Details lists them with the reason.</source>
        <translation>
            <numerusform>%n setting could not be imported; Details lists it with the reason.</numerusform>
            <numerusform>%n settings could not be imported; Details lists them with the reason.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::gui::MainWindow</name>
    <message numerus="yes">
        <source>%n commits since the last release.</source>
        <translation>
            <numerusform>%n commit since the last release.</numerusform>
            <numerusform>%n commits since the last release.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::gui::MetricsPage</name>
    <message numerus="yes">
        <source>%1 a week · %2 · %n deployments</source>
        <translation>
            <numerusform>%1 a week · %2 · %n deployment</numerusform>
            <numerusform>%1 a week · %2 · %n deployments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>median %1 · p90 %2 · %n commits</source>
        <translation>
            <numerusform>median %1 · p90 %2 · %n commit</numerusform>
            <numerusform>median %1 · p90 %2 · %n commits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 of %n deployments</source>
        <translation>
            <numerusform>%1 · %2 of %n deployment</numerusform>
            <numerusform>%1 · %2 of %n deployments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>median %1 · p90 %2 · %n restored failures</source>
        <translation>
            <numerusform>median %1 · p90 %2 · %n restored failure</numerusform>
            <numerusform>median %1 · p90 %2 · %n restored failures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deployments from %1 to %2</source>
        <translation>
            <numerusform>%n deployment from %1 to %2</numerusform>
            <numerusform>%n deployments from %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n deployments failed</source>
        <translation>
            <numerusform>%1: %2 of %n deployment failed</numerusform>
            <numerusform>%1: %2 of %n deployments failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): median %3, p90 %4 over %n commits</source>
        <translation>
            <numerusform>%1 (%2): median %3, p90 %4 over %n commit</numerusform>
            <numerusform>%1 (%2): median %3, p90 %4 over %n commits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 failed (%n reasons), restored by %2 after %3</source>
        <translation>
            <numerusform>%1 failed (%n reason), restored by %2 after %3</numerusform>
            <numerusform>%1 failed (%n reasons), restored by %2 after %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commits</source>
        <translation>
            <numerusform>%n commit</numerusform>
            <numerusform>%n commits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 passed of %n finished runs · median %3, p90 %4 · flaky jobs: %5</source>
        <translation>
            <numerusform>%1: %2 passed of %n finished run · median %3, p90 %4 · flaky jobs: %5</numerusform>
            <numerusform>%1: %2 passed of %n finished runs · median %3, p90 %4 · flaky jobs: %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n runs of %1 the watches recorded</source>
        <translation>
            <numerusform>the %n run of %1 the watches recorded</numerusform>
            <numerusform>the %n runs of %1 the watches recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the newest %n runs fetched from %1</source>
        <translation>
            <numerusform>the newest %n run fetched from %1</numerusform>
            <numerusform>the newest %n runs fetched from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workflows · %1 of the runs passed · flaky jobs: %2</source>
        <translation>
            <numerusform>%n workflow · %1 of the runs passed · flaky jobs: %2</numerusform>
            <numerusform>%n workflows · %1 of the runs passed · flaky jobs: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From %1; %n runs in the window.</source>
        <translation>
            <numerusform>From %1; %n run in the window.</numerusform>
            <numerusform>From %1; %n runs in the window.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::gui::OverviewPage</name>
    <message numerus="yes">
        <source>%n commits since the last release</source>
        <translation>
            <numerusform>%n commit since the last release</numerusform>
            <numerusform>%n commits since the last release</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n commits bumps the version; the Commits view tells why.</source>
        <translation>
            <numerusform>The only commit does not bump the version; the Commits view tells why.</numerusform>
            <numerusform>None of the %n commits bumps the version; the Commits view tells why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n commits bump the version.</source>
        <translation>
            <numerusform>The only commit bumps the version.</numerusform>
            <numerusform>All %n commits bump the version.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n commits bump the version; the Commits view tells why the others do not.</source>
        <translation>
            <numerusform>%1 of %n commit bumps the version; the Commits view tells why the others do not.</numerusform>
            <numerusform>%1 of %n commits bump the version; the Commits view tells why the others do not.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tags look like releases but were skipped, e.g. %1: %2</source>
        <translation>
            <numerusform>%n tag looks like a release but was skipped: %1: %2</numerusform>
            <numerusform>%n tags look like releases but were skipped, e.g. %1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::gui::PreflightPage</name>
    <message numerus="yes">
        <source>%n checks failed: the release cannot start yet.</source>
        <translation>
            <numerusform>%n check failed: the release cannot start yet.</numerusform>
            <numerusform>%n checks failed: the release cannot start yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready, with %n warnings to read.</source>
        <translation>
            <numerusform>Ready, with %n warning to read.</numerusform>
            <numerusform>Ready, with %n warnings to read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::gui::ReconcileDialog</name>
    <message numerus="yes">
        <source>%n files change.</source>
        <translation>
            <numerusform>%n file changes.</numerusform>
            <numerusform>%n files change.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::gui::ReleaseSession</name>
    <message numerus="yes">
        <source>Publishing the %n artifacts built before the tag, as reviewed</source>
        <translation>
            <numerusform>Publishing the %n artifact built before the tag, as reviewed</numerusform>
            <numerusform>Publishing the %n artifacts built before the tag, as reviewed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::gui::ReleasesPage</name>
    <message numerus="yes">
        <source>*Nothing for the release notes: none of its %n commits is of a type the notes list.*
</source>
        <translation>
            <numerusform>*Nothing for the release notes: its %n commit is not of a type the notes list.*
</numerusform>
            <numerusform>*Nothing for the release notes: none of its %n commits is of a type the notes list.*
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n releases</source>
        <translation>
            <numerusform>%n release</numerusform>
            <numerusform>%n releases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n pre-releases</source>
        <translation>
            <numerusform>, %n pre-release</numerusform>
            <numerusform>, %n pre-releases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n tags skipped</source>
        <translation>
            <numerusform> · %n tag skipped</numerusform>
            <numerusform> · %n tags skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n commits since `%1`</source>
        <translation>
            <numerusform> · %n commit since `%1`</numerusform>
            <numerusform> · %n commits since `%1`</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · the first release, %n commits</source>
        <translation>
            <numerusform> · the first release, %n commit</numerusform>
            <numerusform> · the first release, %n commits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::gui::ReviewPage</name>
    <message numerus="yes">
        <source>%n files changed</source>
        <translation>
            <numerusform>%n file changed</numerusform>
            <numerusform>%n files changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps, %1, tag %2%3. Press Release to run them.</source>
        <translation>
            <numerusform>%n step, %1, tag %2%3. Press Release to run it.</numerusform>
            <numerusform>%n steps, %1, tag %2%3. Press Release to run them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Built %n artifacts: the release publishes exactly these files.</source>
        <translation>
            <numerusform>Built %n artifact: the release publishes exactly this file.</numerusform>
            <numerusform>Built %n artifacts: the release publishes exactly these files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Then the %n artifacts built before the tag are published as they are.</source>
        <translation>
            <numerusform>Then the %n artifact built before the tag is published as it is.</numerusform>
            <numerusform>Then the %n artifacts built before the tag are published as they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::gui::SourcesPage</name>
    <message numerus="yes">
        <source>%n version sources found.</source>
        <translation>
            <numerusform>%n version source found.</numerusform>
            <numerusform>%n version sources found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registries detected from the sources are not asked: ReleaseDesk reads registries only when .releasedesk.yml has a registries: section (releasedesk-cli status --published asks the detected ones once).</source>
        <translation>
            <numerusform>%n registry detected from the sources is not asked: ReleaseDesk reads registries only when .releasedesk.yml has a registries: section (releasedesk-cli status --published asks the detected ones once).</numerusform>
            <numerusform>%n registries detected from the sources are not asked: ReleaseDesk reads registries only when .releasedesk.yml has a registries: section (releasedesk-cli status --published asks the detected ones once).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::gui::VersionPage</name>
    <message numerus="yes">
        <source>The last release is &lt;b&gt;%1&lt;/b&gt; (tag %2); %n commits since.</source>
        <translation>
            <numerusform>The last release is &lt;b&gt;%1&lt;/b&gt; (tag %2); %n commit since.</numerusform>
            <numerusform>The last release is &lt;b&gt;%1&lt;/b&gt; (tag %2); %n commits since.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There is no release yet: this is the first one (%n commits).</source>
        <translation>
            <numerusform>There is no release yet: this is the first one (%n commit).</numerusform>
            <numerusform>There is no release yet: this is the first one (%n commits).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::history</name>
    <message numerus="yes">
        <source>tags look like `%1`: pattern `%2`, inferred from %3 tags</source>
        <translation>
            <numerusform>tags look like `%1`: pattern `%2`, inferred from %3 tag</numerusform>
            <numerusform>tags look like `%1`: pattern `%2`, inferred from %3 tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 tags in `%2`</source>
        <translation>
            <numerusform>%1 tag in `%2`</numerusform>
            <numerusform>%1 tags in `%2`</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release tags come in %1 styles: %2 tags in `%3` (the most recent, like `%4`) and %5. All are read as releases and the next tag is named `%3`. To keep this pattern, add to .releasedesk.yml: %6</source>
        <translation>
            <numerusform>Release tags come in %1 styles: %2 tag in `%3` (the most recent, like `%4`) and %5. All are read as releases and the next tag is named `%3`. To keep this pattern, add to .releasedesk.yml: %6</numerusform>
            <numerusform>Release tags come in %1 styles: %2 tags in `%3` (the most recent, like `%4`) and %5. All are read as releases and the next tag is named `%3`. To keep this pattern, add to .releasedesk.yml: %6</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::publish</name>
    <message numerus="yes">
        <source>Verified: %1 has the published release %2 with %n asset(s).</source>
        <translation>
            <numerusform>Verified: %1 has the published release %2 with %n asset.</numerusform>
            <numerusform>Verified: %1 has the published release %2 with %n assets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verified: %1 has the release %2 with %n link(s) to its package files.</source>
        <translation>
            <numerusform>Verified: %1 has the release %2 with %n link to its package files.</numerusform>
            <numerusform>Verified: %1 has the release %2 with %n links to its package files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>generic package %1/%2 on %3 (%n file(s))</source>
        <translation>
            <numerusform>generic package %1/%2 on %3 (%n file)</numerusform>
            <numerusform>generic package %1/%2 on %3 (%n files)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Built %n artifacts for %1</source>
        <translation>
            <numerusform>Built %n artifact for %1</numerusform>
            <numerusform>Built %n artifacts for %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::release</name>
    <message numerus="yes">
        <source>Commit %n file(s) on %1</source>
        <translation>
            <numerusform>Commit %n file on %1</numerusform>
            <numerusform>Commit %n files on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) since %1.</source>
        <translation>
            <numerusform>%n commit since %1.</numerusform>
            <numerusform>%n commits since %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release %1 (tag %2) from %3 at %4: %n step(s)
</source>
        <translation>
            <numerusform>Release %1 (tag %2) from %3 at %4: %n step
</numerusform>
            <numerusform>Release %1 (tag %2) from %3 at %4: %n steps
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n commit(s) behind %2. Update it so the release includes them.</source>
        <translation>
            <numerusform>%1 is %n commit behind %2. Update it so the release includes it.</numerusform>
            <numerusform>%1 is %n commits behind %2. Update it so the release includes them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n commit(s) not yet on %2; the release pushes them too.</source>
        <translation>
            <numerusform>%1 has %n commit not yet on %2; the release pushes it too.</numerusform>
            <numerusform>%1 has %n commits not yet on %2; the release pushes them too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n version source(s) agree on %1.</source>
        <translation>
            <numerusform>The %n version source says %1.</numerusform>
            <numerusform>All %n version sources agree on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) have uncommitted changes: %1. Commit or stash them, so the release is made from what is committed.</source>
        <translation>
            <numerusform>%n file has uncommitted changes: %1. Commit or stash them, so the release is made from what is committed.</numerusform>
            <numerusform>%n files have uncommitted changes: %1. Commit or stash them, so the release is made from what is committed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n untracked file(s): %1. The release leaves them alone.</source>
        <translation>
            <numerusform>%n untracked file: %1. The release leaves it alone.</numerusform>
            <numerusform>%n untracked files: %1. The release leaves them alone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::sources</name>
    <message numerus="yes">
        <source>%n version source(s); no reference version to compare with.</source>
        <translation>
            <numerusform>%n version source; no reference version to compare with.</numerusform>
            <numerusform>%n version sources; no reference version to compare with.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n version source(s) agree with %1 (%2).</source>
        <translation>
            <numerusform>The %n version source agrees with %1 (%2).</numerusform>
            <numerusform>All %n version sources agree with %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n version source(s) disagree with %2 (%3).</source>
        <translation>
            <numerusform>%1 of %n version source disagrees with %2 (%3).</numerusform>
            <numerusform>%1 of %n version sources disagree with %2 (%3).</numerusform>
        </translation>
    </message>
</context>
</TS>
