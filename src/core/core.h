// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace rd {

// The version of ReleaseDesk itself, as the CLI's --version and the GUI's About box show it.
QString applicationVersion();

// Installs ReleaseDesk's translations for `locale` from :/i18n (each front end compiles the .qm
// files in) and Qt's own from the system. English and the C locale get the English plural forms,
// so a count reads "1 commit", never "1 commit(s)". Call after the QCoreApplication exists; it
// owns the translators. Returns the language of the ReleaseDesk translation installed ("de",
// "en"...), empty when there is none for that locale.
QString installTranslations(const QLocale &locale = QLocale());

} // namespace rd
