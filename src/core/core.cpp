// SPDX-License-Identifier: GPL-3.0-or-later
#include "core.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace rd {

QString applicationVersion()
{
    return QStringLiteral(RELEASEDESK_VERSION);
}

QString installTranslations(const QLocale &locale)
{
    QCoreApplication *app = QCoreApplication::instance();
    // The C locale names no language; its texts are English.
    const QLocale effective = locale.language() == QLocale::C ? QLocale(QLocale::English) : locale;
    auto *qt = new QTranslator(app);
    if (loadQtTranslations(*qt, effective))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *own = new QTranslator(app);
    if (!own->load(effective,
                   QStringLiteral("releasedesk"),
                   QStringLiteral("_"),
                   QStringLiteral(":/i18n"))) {
        delete own;
        return {};
    }
    QCoreApplication::installTranslator(own);
    return own->language().section(u'_', 0, 0).section(u'-', 0, 0);
}

bool loadQtTranslations(QTranslator &translator, const QLocale &locale)
{
    return translator.load(locale,
                           QStringLiteral("qtbase"),
                           QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))
           || translator.load(locale,
                              QStringLiteral("qtbase"),
                              QStringLiteral("_"),
                              QStringLiteral(":/i18n"));
}

} // namespace rd
