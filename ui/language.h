// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

/// The languages of the window: English (the source language) and Simplified Chinese.
namespace language {

inline constexpr char english[] = "en";
inline constexpr char chinese[] = "zh_CN";

/// The languages --lang accepts and the settings store: "en", "zh_CN".
QStringList available();

/// "en" or "zh_CN" for a choice: "en" and "zh_CN" are themselves, anything else ("" in the settings)
/// follows the system: Chinese for a zh_* locale, otherwise English.
QString resolve(const QString &choice, const QLocale &system = QLocale::system());

/// Makes language the application's: loads its translations (the app's from the resources, Qt's
/// own from the system if present) in place of the previous ones; "en" removes them. Needs a
/// QCoreApplication. Returns false if the app's translation for a non-English language is missing.
bool install(const QString &language);

/// The language last installed ("en" before any).
QString installed();

/// The name of a language in that language: "English", "简体中文".
QString nativeName(const QString &language);

/// text (a MainWindow context source string) translated into language, without installing it; for
/// a message that must also be read in the language the user just chose.
QString translatedInto(const QString &language, const char *context, const char *text);

} // namespace language
