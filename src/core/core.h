// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

class QTranslator;

namespace rd {

// The version of ReleaseDesk itself, as the CLI's --version and the GUI's About box show it.
QString applicationVersion();

// Installs ReleaseDesk's translations for `locale` from :/i18n (each front end compiles the .qm
// files in) and Qt's own from the system. English and the C locale get the English plural forms,
// so a count reads "1 commit", never "1 commit(s)". Call after the QCoreApplication exists; it
// owns the translators. Returns the language of the ReleaseDesk translation installed ("de",
// "en"...), empty when there is none for that locale.
QString installTranslations(const QLocale &locale = QLocale());

// Loads Qt's own texts for `locale` (dialog buttons, the wizard's, message boxes) into
// `translator`: the system's qtbase translation, else ReleaseDesk's supplement in :/i18n for a
// language the system's Qt lacks (Debian's Qt 6.4 has no Swedish). False when neither exists.
bool loadQtTranslations(QTranslator &translator, const QLocale &locale);

} // namespace rd
