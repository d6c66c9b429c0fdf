# SPDX-License-Identifier: GPL-3.0-or-later
# Writes a `git fast-import` stream of a synthetic Conventional Commits history, shaped like the
# fixtures (empty trees, merges of pull requests, lightweight and annotated release tags and
# release candidates), with as many commits on main as asked:
#
#   awk -v commits=100000 -v unreleased=30 -f bench/generate-history.awk | git fast-import
#
# `tags` asks for that many releases spread evenly instead of one every `every` commits (and no
# release candidates), e.g. commits=30000 tags=12000 for a history as dense in tags as the GUI
# bench's.
# With -v shape=branches, the history has Angular's release branches instead (see
# release_branches below): pre-releases on main, final and patch releases on branches.
#
# Deterministic: the same arguments give the same history (and the same commit ids).
BEGIN {
    if (commits == "") commits = 100000
    if (unreleased == "") unreleased = 30
    if (every == "") every = 200 # commits between releases
    if (tags != "") every = (commits - unreleased) / tags
    released = 0
    srand(20261123)

    split("feat feat feat fix fix fix fix fix chore chore chore chore docs docs refactor test ci perf build style", types, " ")
    ntypes = 20
    split("api cli core parser render config deps docs build router store cache", scopes, " ")
    nscopes = 12
    split("add|support|handle|avoid|keep|make|allow|use|drop|update|rework|speed up", verbs, "|")
    nverbs = 12
    split("nested options|empty input|the cache key|relative paths|large files|unicode names|the retry loop|stale locks|the progress bar|windows line endings|symbolic links|the plugin hooks|dry runs|config overrides|proxy settings|the lock file", objects, "|")
    nobjects = 16
    split("Update README|WIP|Bump version|Merge branch 'main' into next|typo|Fix tests|Initial import|Apply review suggestions", freeform, "|")
    nfree = 8
    for (i = 1; i <= 50; ++i)
        authors[i] = sprintf("Contributor %d <contributor%d@example.invalid>", i, i)

    when = 1420070400 # 2015-01-01
    mark = 0
    if (shape == "branches") {
        release_branches()
        exit
    }
    major = 0; minor = 1; patch = 0
    issue = 1
    last = ""
    release_at = commits - unreleased
    for (n = 1; n <= commits; ++n) {
        when += 600 + int(rand() * 2400)
        if (n % 50 == 0 && last != "") {
            # A pull request: one commit on a side branch, merged with a merge commit.
            side_base = last
            side = commit_to("refs/heads/topic", message(), side_base, "")
            pr = issue++
            last = commit_to("refs/heads/main",
                             sprintf("Merge pull request #%d from contributor%d/topic-%d\n\n%s", pr, pr % 50 + 1, pr, title()),
                             last, side)
        } else {
            last = commit_to("refs/heads/main", message(), last, "")
        }
        if (tags != "") {
            if (n <= release_at && int(n / every) > released) {
                released = int(n / every)
                release(last, released * every)
            }
        } else if ((n % every == 0 && n < release_at) || n == release_at)
            release(last, int((n + every - 1) / every) * every)
        else if (n % every == every - 40 && n <= release_at && (n / every) % 10 == 9)
            prerelease(last)
    }
    printf "reset refs/heads/main\nfrom :%d\n\n", last
}

function title(    type, scope, bang) {
    type = types[1 + int(rand() * ntypes)]
    scope = rand() < 0.45 ? "(" scopes[1 + int(rand() * nscopes)] ")" : ""
    bang = rand() < 0.01 ? "!" : ""
    return type scope bang ": " verbs[1 + int(rand() * nverbs)] " " objects[1 + int(rand() * nobjects)]
}

function message(    text, r) {
    if (rand() < 0.07)
        return freeform[1 + int(rand() * nfree)]
    text = title()
    r = rand()
    if (r < 0.25)
        text = text sprintf(" (#%d)", issue++)
    if (r > 0.6)
        text = text "\n\nThe previous behaviour surprised users; this keeps the old default\nand documents the new option."
    if (r > 0.85)
        text = text sprintf("\n\nCloses #%d\nReviewed-by: Contributor %d <contributor%d@example.invalid>", issue++, int(r * 40), int(r * 40))
    if (index(text, "!:") > 0)
        text = text "\n\nBREAKING CHANGE: the old option is gone; use the new one."
    return text
}

function commit_to(ref, text, parent, merge,    who) {
    who = authors[1 + int(rand() * 50)]
    ++mark
    printf "commit %s\nmark :%d\nauthor %s %d +0000\ncommitter %s %d +0000\n", ref, mark, who, when, who, when
    printf "data %d\n%s\n", length(text) + 1, text
    if (parent != "")
        printf "from :%d\n", parent
    if (merge != "")
        printf "merge :%d\n", merge
    printf "\n"
    return mark
}

function release(at, n,    version, text) {
    if ((n / every) % 100 == 0) { ++major; minor = 0; patch = 0 }
    else if ((n / every) % 5 == 0) { ++minor; patch = 0 }
    else ++patch
    version = major "." minor "." patch
    if ((n / every) % 4 == 0) {
        text = "Release " version
        printf "tag v%s\nfrom :%d\ntagger Release Bot <bot@example.invalid> %d +0000\ndata %d\n%s\n\n", version, at, when, length(text) + 1, text
    } else {
        printf "reset refs/tags/v%s\nfrom :%d\n\n", version, at
    }
}

function prerelease(at,    next_minor) {
    next_minor = major "." (minor + 1) ".0-rc.1"
    printf "reset refs/tags/v%s\nfrom :%d\n\n", next_minor, at
}

# Angular's model (angular/components): main carries the next minor's pre-releases
# (v10.2.0-next.3); each minor is cut on a maintenance branch 10.1.x at a fork from main, where
# its final release and every patch release are tagged (fixes are backported there); no branch
# is merged back, so no final release after the first is reachable from main.
function release_branches(    n, lmaj, lmin, nmaj, nmin, pre, patch, branch, btip, k, cut) {
    if (cut_every == "") cut_every = 1000  # main commits between two minors
    if (patch_every == "") patch_every = 40 # main commits between two patch releases
    if (backports == "") backports = 10     # fixes per patch release
    lmaj = 10; lmin = 0; nmaj = 10; nmin = 1; pre = 0
    last = commit_to("refs/heads/main", "feat: first release", "", "")
    printf "reset refs/tags/v10.0.0\nfrom :%d\n\n", last
    branch = ""
    for (n = 1; n <= commits; ++n) {
        when += 600 + int(rand() * 2400)
        last = commit_to("refs/heads/main", message(), last, "")
        if (n > commits - unreleased)
            continue
        if (n % cut_every == 0) {
            lmaj = nmaj; lmin = nmin
            if (lmin == 2) { nmaj = lmaj + 1; nmin = 0 } else { nmaj = lmaj; nmin = lmin + 1 }
            branch = sprintf("refs/heads/%d.%d.x", lmaj, lmin)
            cut = sprintf("%d.%d.0", lmaj, lmin)
            btip = commit_to(branch, "release: cut the v" cut " release", last, "")
            printf "reset refs/tags/v%s\nfrom :%d\n\n", cut, btip
            patch = 0; pre = 0
        } else if (n % patch_every == 0) {
            printf "reset refs/tags/v%d.%d.0-next.%d\nfrom :%d\n\n", nmaj, nmin, pre++, last
            if (branch == "")
                continue
            for (k = 0; k < backports; ++k) {
                when += 60
                btip = commit_to(branch, "fix(" scopes[1 + int(rand() * nscopes)] "): backport " objects[1 + int(rand() * nobjects)], btip, "")
            }
            ++patch
            btip = commit_to(branch, sprintf("release: cut the v%d.%d.%d release", lmaj, lmin, patch), btip, "")
            printf "reset refs/tags/v%d.%d.%d\nfrom :%d\n\n", lmaj, lmin, patch, btip
        }
    }
    printf "reset refs/heads/main\nfrom :%d\n\n", last
}
