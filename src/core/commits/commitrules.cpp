// SPDX-License-Identifier: GPL-3.0-or-later
#include "commitrules.h"

#include <QCoreApplication>

namespace rd {

namespace {

bool isLettersOnly(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')))
            return false;
    }
    return true;
}

Result<BumpLevel> readBump(const ConfigValue &value, BumpLevel fallback)
{
    if (!value.isDefined())
        return fallback;
    auto text = value.toString();
    if (!text)
        return std::unexpected(text.error());
    const std::optional<BumpLevel> level = bumpLevelFromString(text->trimmed());
    if (!level)
        return std::unexpected(value.error(
                QCoreApplication::translate("rd::commits",
                                            "expected one of none, patch, minor, major")));
    return *level;
}

// A new type without a section gets its name as the title ("deps" → "Deps").
QString defaultSection(const QString &type)
{
    QString title = type;
    if (!title.isEmpty())
        title[0] = title[0].toUpper();
    return title;
}

Status readType(const QString &name, const ConfigValue &value, QList<TypeRule> &types)
{
    if (!isLettersOnly(name)) {
        return fail(value.error(
                QCoreApplication::translate("rd::commits",
                                            "a type may only contain letters (a-z), as in a "
                                            "commit header such as `feat: …`")));
    }
    if (!value.isMap()) {
        return fail(
                value.error(QCoreApplication::translate("rd::commits",
                                                        "expected the type's rule as a map, e.g. "
                                                        "{ bump: minor, section: Features }")));
    }
    static const QStringList known = {QStringLiteral("bump"),
                                      QStringLiteral("section"),
                                      QStringLiteral("hidden")};
    // An unknown key here is an error, not a warning: a typo ("bunp") would silently change
    // what gets released.
    if (const QList<Error> unknown = value.unknownKeys(known); !unknown.isEmpty())
        return fail(unknown.first());

    const QString type = name.toLower();
    auto it = std::find_if(types.begin(), types.end(), [&](const TypeRule &r) {
        return r.type == type;
    });
    // Listed defaults are overridden key by key: `feat: { bump: patch }` keeps "Features".
    TypeRule rule = it != types.end() ? *it : TypeRule{type, BumpLevel::None, defaultSection(type)};

    auto bump = readBump(value[QStringLiteral("bump")], rule.bump);
    if (!bump)
        return fail(bump.error());
    auto section = value[QStringLiteral("section")].toString(rule.section);
    if (!section)
        return fail(section.error());
    auto hidden = value[QStringLiteral("hidden")].toBool(rule.hidden);
    if (!hidden)
        return fail(hidden.error());
    if (section->trimmed().isEmpty()) {
        return fail(value[QStringLiteral("section")].error(
                QCoreApplication::translate("rd::commits",
                                            "the changelog section title must not be empty")));
    }
    rule.bump = *bump;
    rule.section = section->trimmed();
    rule.hidden = *hidden;
    if (it != types.end())
        *it = rule;
    else
        types.append(rule);
    return {};
}

} // namespace

CommitRules CommitRules::defaults()
{
    CommitRules rules;
    const auto visible = [](const char16_t *type, BumpLevel bump, const char16_t *section) {
        return TypeRule{QString::fromUtf16(type), bump, QString::fromUtf16(section), false};
    };
    const auto hidden = [](const char16_t *type, const char16_t *section) {
        return TypeRule{QString::fromUtf16(type),
                        BumpLevel::None,
                        QString::fromUtf16(section),
                        true};
    };
    rules.types = {
            visible(u"feat", BumpLevel::Minor, u"Features"),
            visible(u"fix", BumpLevel::Patch, u"Bug Fixes"),
            visible(u"perf", BumpLevel::Patch, u"Performance Improvements"),
            visible(u"revert", BumpLevel::Patch, u"Reverts"),
            hidden(u"docs", u"Documentation"),
            hidden(u"style", u"Styles"),
            hidden(u"refactor", u"Code Refactoring"),
            hidden(u"test", u"Tests"),
            hidden(u"build", u"Build System"),
            hidden(u"ci", u"Continuous Integration"),
            hidden(u"chore", u"Miscellaneous Chores"),
    };
    return rules;
}

Result<CommitRules> CommitRules::fromConfig(const ProjectConfig &config)
{
    CommitRules rules = defaults();

    const ConfigValue types = config[QStringLiteral("types")];
    if (types.isDefined()) {
        if (!types.isMap()) {
            return fail(types.error(QCoreApplication::translate(
                    "rd::commits",
                    "expected a map of commit types to rules, e.g. feat: { bump: minor }")));
        }
        QStringList seen;
        for (const auto &[name, value] : types.entries()) {
            if (seen.contains(name, Qt::CaseInsensitive)) {
                return fail(
                        value.error(QCoreApplication::translate("rd::commits",
                                                                "listed twice (types are compared "
                                                                "without regard to case)")));
            }
            seen.append(name);
            if (Status status = readType(name, value, rules.types); !status)
                return fail(status.error());
        }
    }

    const ConfigValue commits = config[QStringLiteral("commits")];
    if (commits.isDefined()) {
        if (!commits.isMap()) {
            return fail(commits.error(QCoreApplication::translate(
                    "rd::commits", "expected a map with revert-bump and merge-commits")));
        }
        static const QStringList known = {QStringLiteral("revert-bump"),
                                          QStringLiteral("merge-commits")};
        if (const QList<Error> unknown = commits.unknownKeys(known); !unknown.isEmpty())
            return fail(unknown.first());

        auto revertBump = readBump(commits[QStringLiteral("revert-bump")], rules.revertBump);
        if (!revertBump)
            return fail(revertBump.error());
        rules.revertBump = *revertBump;

        const ConfigValue merges = commits[QStringLiteral("merge-commits")];
        auto mode = merges.toString(QStringLiteral("ignore"));
        if (!mode)
            return fail(mode.error());
        const QString m = mode->trimmed().toLower();
        if (m == u"ignore")
            rules.classifyMerges = false;
        else if (m == u"classify")
            rules.classifyMerges = true;
        else
            return fail(merges.error(
                    QCoreApplication::translate("rd::commits", "expected ignore or classify")));
    }
    return rules;
}

const TypeRule *CommitRules::rule(QStringView type) const
{
    for (const TypeRule &r : types) {
        if (QStringView(r.type).compare(type, Qt::CaseInsensitive) == 0)
            return &r;
    }
    return nullptr;
}

} // namespace rd
