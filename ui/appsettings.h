// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "reluexplorer/figure.h"
#include "reluexplorer/state.h"
#include "apptheme.h"

class QSettings;

/// What the window remembers between runs, in the application's QSettings: geometry and tool bars,
/// splitters and hidden panes, the whole state (as a session document under one key), theme,
/// language, recent files, the legend's placement and the readout's precision.
struct AppSettings
{
    QByteArray geometry;
    QByteArray windowState;
    std::optional<rx::ExplorerState> state; ///< nullopt when absent or unreadable (then: defaults).
    ThemeChoice theme = ThemeChoice::FollowSystem;
    QString language;        ///< A QLocale name such as "de"; "" follows the system.
    QStringList recentFiles; ///< Most recent first.
    /// Where the window's legend goes (View > Legend); a figure's own comes from its options.
    rx::LegendPlacement legend = rx::LegendPlacement::Best;
    bool fullPrecisionReadout = false; ///< The tracer readout at full precision, not 6 digits.
    QList<int> mainSplitter; ///< Sizes of the plot | side panel splitter with both shown; empty: default.
    QList<int> plotSplitter; ///< ... and of the plot | readout splitter.
    bool readoutShown = true;
    bool sidePanelShown = true;

    /// Reads settings; a corrupt value is ignored (its default used), never an error.
    static AppSettings read(QSettings &settings);
    void write(QSettings &settings) const;
    /// Stores the language choice alone, when the user makes it.
    static void writeLanguage(QSettings &settings, const QString &language);
    /// Stores which panes are shown, when the user toggles one.
    static void writePanes(QSettings &settings, bool readoutShown, bool sidePanelShown);
};

/// Recent session files kept in the File menu.
inline constexpr int maxRecentFiles = 8;
