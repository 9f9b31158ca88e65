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
const QString mainSplitterKey = QStringLiteral("window/mainSplitter");
const QString plotSplitterKey = QStringLiteral("window/plotSplitter");
const QString readoutKey = QStringLiteral("window/readoutShown");
const QString sidePanelKey = QStringLiteral("window/sidePanelShown");

// Two or more positive sizes, or nothing.
QList<int> sizesFrom(const QVariant &value)
{
    QList<int> sizes;
    for (const QVariant &v : value.toList()) {
        bool ok = false;
        const int size = v.toInt(&ok);
        if (!ok || size <= 0 || size > 100000)
            return {};
        sizes << size;
    }
    return sizes.size() >= 2 ? sizes : QList<int>{};
}

QVariantList sizesTo(const QList<int> &sizes)
{
    QVariantList list;
    for (int size : sizes)
        list << size;
    return list;
}

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
    s.mainSplitter = sizesFrom(settings.value(mainSplitterKey));
    s.plotSplitter = sizesFrom(settings.value(plotSplitterKey));
    s.readoutShown = settings.value(readoutKey, true).toBool();
    s.sidePanelShown = settings.value(sidePanelKey, true).toBool();
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
    settings.setValue(mainSplitterKey, sizesTo(mainSplitter));
    settings.setValue(plotSplitterKey, sizesTo(plotSplitter));
    writePanes(settings, readoutShown, sidePanelShown);
}

void AppSettings::writePanes(QSettings &settings, bool readoutShown, bool sidePanelShown)
{
    settings.setValue(readoutKey, readoutShown);
    settings.setValue(sidePanelKey, sidePanelShown);
}

void AppSettings::writeLanguage(QSettings &settings, const QString &language)
{
    settings.setValue(languageKey, language);
}
