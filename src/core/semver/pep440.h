// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "semver/version.h"

#include <QList>

#include <optional>

namespace rd {

// A PEP 440 version ("1!2.0.0rc1.post2.dev3+local.7"), as Python packaging writes them.
//
// parse() accepts the spellings PEP 440 normalises (case-insensitive, leading "v", "alpha"/
// "beta"/"c"/"pre"/"preview" → a/b/rc, "-"/"_"/"." separators, implicit 0 numbers, "-1" post
// releases, "rev"/"r" → post) and toString() writes the normalised form. compare() is PEP 440
// ordering (dev < a < b < rc < final < post, epochs first).
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
    //   .postN → +post.N, +local → build identifiers after post. Epoch != 0 → error.
    // Note: PEP 440 sorts dev releases before alphas; SemVer sorts "dev" after "alpha", so the
    // mapping keeps identity, not order, for dev releases beside alphas/betas.
    Result<Version> toSemVer() const;
    // The inverse: -alpha.N/-a.N → aN, -beta.N/-b.N → bN, -rc.N → rcN, -dev.N → .devN,
    // +post.N → .postN, other build metadata → +local. Error for pre-release identifiers
    // PEP 440 cannot express ("-snapshot").
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
