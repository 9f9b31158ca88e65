// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <QPalette>
#include <QString>

#include "plottheme.h"

/// What View > Theme offers. FollowSystem uses the desktop's light or dark palette as Qt 6.4 reports
/// it at start-up (the window colour's lightness), light when it cannot tell.
enum class ThemeChoice
{
    FollowSystem,
    Light,
    Dark
};

/// "system", "light", "dark" (for QSettings) and back; unknown text gives FollowSystem.
QString themeChoiceName(ThemeChoice choice);
ThemeChoice themeChoiceFromName(const QString &name);

/// The window's look for the application's widgets: Fusion with a designed dark palette (a slate
/// ground, not inverted colours), or the platform's own style and palette for light; either with
/// its text raised to AA contrast (withContrast) and drawn through ContrastStyle, which gives every
/// control an outline of at least 3:1.
class AppTheme
{
public:
    /// Remembers the platform's style and palette; construct once the QApplication exists.
    AppTheme();

    /// True when the choice means dark here (FollowSystem asks the platform's palette).
    bool isDark(ThemeChoice choice) const;
    /// Applies choice to the whole application.
    void apply(ThemeChoice choice);

    /// The plot's theme for choice.
    PlotTheme plotTheme(ThemeChoice choice) const;

    static QPalette darkPalette();
    /// palette with every text colour at >= 4.5:1 on the ground it is drawn on (WCAG AA): window
    /// text, text on base and alternate base, button text, tool tips, placeholders, links, secondary
    /// text (Mid) on the window, and white-on-highlight by darkening the highlight. Disabled colours
    /// are left as they are.
    static QPalette withContrast(QPalette palette);

private:
    QString m_platformStyle;
    QPalette m_platformPalette;
    bool m_applied = false;
    bool m_appliedDark = false;
};
