// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "appsettings.h"

#include <QSettings>

#include "reluexplorer/session.h"

namespace {

const QString geometryKey = QStringLiteral("window/geometry");
const QString windowStateKey = QStringLiteral("window/state");
const QString stateKey = QStringLiteral("session/state");
const QString themeKey = QStringLiteral("view/theme");
const QString languageKey = QStringLiteral("ui/language");
const QString recentKey = QStringLiteral("files/recent");
const QString legendKey = QStringLiteral("view/legend");
const QString fullPrecisionKey = QStringLiteral("view/fullPrecisionReadout");

} // namespace

AppSettings AppSettings::read(QSettings &settings)
{
    AppSettings s;
    s.geometry = settings.value(geometryKey).toByteArray();
    s.windowState = settings.value(windowStateKey).toByteArray();
    const QByteArray json = settings.value(stateKey).toString().toUtf8();
    if (!json.isEmpty()) {
        const rx::StateReadResult read = rx::sessionFromJson(std::string_view(json.constData(), json.size()));
        if (read.ok())
            s.state = read.state;
    }
    s.theme = themeChoiceFromName(settings.value(themeKey).toString());
    s.language = settings.value(languageKey).toString();
    s.recentFiles = settings.value(recentKey).toStringList().mid(0, maxRecentFiles);
    s.legend = rx::legendPlacementFromName(settings.value(legendKey).toString().toStdString())
                   .value_or(rx::LegendPlacement::Best);
    s.fullPrecisionReadout = settings.value(fullPrecisionKey, false).toBool();
    return s;
}

void AppSettings::write(QSettings &settings) const
{
    settings.setValue(geometryKey, geometry);
    settings.setValue(windowStateKey, windowState);
    if (state)
        settings.setValue(stateKey, QString::fromStdString(rx::sessionToJson(*state)));
    else
        settings.remove(stateKey);
    settings.setValue(themeKey, themeChoiceName(theme));
    settings.setValue(languageKey, language);
    settings.setValue(recentKey, recentFiles);
    settings.setValue(legendKey, QString::fromUtf8(rx::legendPlacementName(legend).data()));
    settings.setValue(fullPrecisionKey, fullPrecisionReadout);
}

void AppSettings::writeLanguage(QSettings &settings, const QString &language)
{
    settings.setValue(languageKey, language);
}
