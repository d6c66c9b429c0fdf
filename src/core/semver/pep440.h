// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "semver/version.h"

#include <QList>

#include <optional>

namespace rd {

// A PEP 440 version ("1!2.0.0rc1.post2.dev3+local.7"), as Python packaging writes them.
//
// parse() accepts the spellings PEP 440 normalises (case-insensitive, leading "v", surrounding
// whitespace, "alpha"/"beta"/"c"/"pre"/"preview" → a/b/rc, "-"/"_"/"." separators, implicit 0
// numbers, "-1" post releases, "rev"/"r" → post, leading zeros, "-"/"_" in the local version →
// ".") and toString() writes the normalised form (an epoch of 0 is omitted, release numbers are
// kept as written: "1.0" stays "1.0"). compare() is PEP 440 ordering (epochs first, trailing
// zeros of the release ignored, dev < a < b < rc < final < post, a dev release before its
// parent, local versions after the public one: numeric segments above words, more segments
// higher). So 1.0 == 1.0.0, although their toString() differ.
class Pep440Version
{
public:
    enum class PreKind { None, Alpha, Beta, ReleaseCandidate };

    static Result<Pep440Version> parse(QStringView text);

    quint64 epoch() const { return m_epoch; }
    const QList<quint64> &release() const { return m_release; }
    PreKind preKind() const { return m_preKind; }
    quint64 preNumber() const { return m_preNumber; }
    std::optional<quint64> post() const { return m_post; }
    std::optional<quint64> dev() const { return m_dev; }
    const QString &local() const { return m_local; } // normalised, "." separated; empty if none

    QString toString() const; // normalised
    int compare(const Pep440Version &other) const;

    // SemVer mapping used to compare Python sources with tags:
    //   release X.Y.Z (missing parts 0; more than 3 parts → error), aN → -alpha.N, bN → -beta.N,
    //   rcN → -rc.N, .devN → -dev.N (appended after a pre part: 1.0a1.dev2 → -alpha.1.dev.2),
    //   .postN → +post.N, +local → build identifiers after post
    //   (1.0.post1.dev2+ubuntu.1 → 1.0.0-dev.2+post.1.ubuntu.1). Epoch != 0 → error.
    //   A local version without a post release that starts like one ("+post.1", "+post2",
    //   "+post") → error: it would read back as a post release.
    // Note: the mapping keeps identity, not order. PEP 440 sorts dev releases before alphas,
    // SemVer sorts "dev" after "alpha"; and a post release becomes build metadata, which SemVer
    // precedence ignores (1.0.post1 and 1.0 map to versions that compare equal). Compare Python
    // versions with compare(), not through their SemVer form.
    Result<Version> toSemVer() const;
    // The inverse: -alpha.N/-a.N → aN, -beta.N/-b.N → bN, -rc.N → rcN, -dev.N → .devN,
    // +post.N → .postN, other build metadata → +local. Labels are case-insensitive ("-RC.1"),
    // the number may be attached ("-beta2", "+post3") or missing (0, as in PEP 440: "-beta" →
    // b0). The local version is normalised: lower case, "-" inside an identifier → ".", numeric
    // segments without leading zeros ("+001" → "+1"). Error (errc::notRepresentable) for
    // pre-releases PEP 440 cannot express ("-snapshot", "-0.3.7", "-dev.1.rc.1") and for build
    // identifiers that would leave an empty local segment ("a--b").
    static Result<Pep440Version> fromSemVer(const Version &version);

    friend bool operator==(const Pep440Version &a, const Pep440Version &b)
    {
        return a.compare(b) == 0 && a.m_local == b.m_local;
    }

private:
    quint64 m_epoch = 0;
    QList<quint64> m_release;
    PreKind m_preKind = PreKind::None;
    quint64 m_preNumber = 0;
    std::optional<quint64> m_post;
    std::optional<quint64> m_dev;
    QString m_local;
};

namespace errc {
inline constexpr QStringView invalidPep440 = u"pep440.invalid";
inline constexpr QStringView notRepresentable = u"version.not-representable";
} // namespace errc

} // namespace rd
